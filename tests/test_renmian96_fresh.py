"""Round 96 (renmian96): appointment texts, second pass — county and city 人大常委会 sessions that
decide 任免 (代理县长, 代理市长, 副县长, 局长), a 主席令 of a minister's 任免, a city's 提请任命 statement,
a court's 任免 by a county 人大常委会 and a province's 任前公示 round-up, from Hubei (竹山, 房县), Henan
(济源, 郑州, 息县), Shanxi (清徐), Zhejiang, Sichuan, Shandong (临朐), Fujian (漳州) and the national
level (fresh texts of /tmp/s26/fresh/renmian96).  Fixes: a short place name opening the next item
of a post's list of names (副主任梁宝贵、李树明、李年贵、武威飚出席) is that person, no 武威市 (which
had made the article's place a province's and left every bare 县人大常委会 of the story unplaced); a
负责人 item of a 、-list of attendees before a named post (市监察委负责人、市中级人民法院负责人、市人民检察院
检察长黄秀强) is no post of that name, as after a comma; a prefecture-level city's 市法院 is its
中级人民法院 (市法院院长罗雄: 漳州市中级人民法院, no 漳州市人民法院), a county-level city's stays a basic
court; the approval an appointment went through, written between the name and its verb
(副省长欧泽高已经中央批准担任省委常委), no longer hides the post taken."""
from __future__ import annotations

from conftest import article_place, extract_text, held_posts, mentioned


def test_a_short_place_opening_a_listed_name_is_the_person():
    """04-qingxu-renda (山西清徐): 县人大常委会主任张晋涛,副主任梁宝贵、李树明、李年贵、武威飚出席 (base: 武威
    read as 武威市 in the lead sentence, the article placed in 山西省 and 县人大常委会, 县人民政府, 县政协
    left bare).  Places listed after a verb (赴兰州、武威调研), a list whose items are places (…、武威、张掖等地)
    and a place's own body (武威日报) stay places."""
    text = ("县十六届人大常委会第二次会议召开\n县人大常委会主任张晋涛,副主任梁宝贵、李树明、李年贵、武威飚出席。"
            "会议听取了县人民政府关于清徐县2016年财政预算执行情况的汇报。会议任命蒋锐为县人民政府副县长。")
    doc = extract_text(text)
    assert "武威飚" in mentioned(doc, "Person") and "武威市" not in mentioned(doc, "Place"), mentioned(doc)
    assert ("武威飚", "清徐县人大常委会", "副主任", None) in held_posts(doc), held_posts(doc)
    assert ("蒋锐", "清徐县", "副县长", "appointed") in held_posts(doc), held_posts(doc)
    assert article_place(text) == "清徐县"
    assert "武威市" in mentioned(extract_text("调研\n局长张三、李四赴兰州、武威调研。"), "Place")
    assert {"武威市", "张掖市"} <= mentioned(extract_text("会议\n主任王强、李明、武威、张掖等地负责人出席。"), "Place")
    assert "武威市" in mentioned(extract_text("调研\n天水、武威两市负责人出席。"), "Place")


def test_a_listed_head_of_no_name_is_no_post_of_the_named_one():
    """11-zhangzhou-renda-2018 (福建漳州): 市政府副市长兰万安、市监察委负责人、市中级人民法院负责人、市人民检察院
    检察长黄秀强等列席会议 (base: 黄秀强 also 负责人 of 漳州市监察委 and of 漳州市中级人民法院).  A chain of the
    named one's own posts (县委常委、常务副县长王家波; 市委常委、市政府负责人张三: 负责人 his last post) stays whole,
    as does a group's 负责人 not written as an organ of the story's place (national37: 《政府工作报告》起草组负责人、
    国务院研究室主任黄守宏)."""
    doc = extract_text("漳州市人大常委会举行会议\n市政府副市长兰万安、市监察委负责人、市中级人民法院负责人、"
                       "市人民检察院检察长黄秀强等列席会议。")
    got = {h for h in held_posts(doc) if h[0] == "黄秀强"}
    assert got == {("黄秀强", "漳州市人民检察院", "检察长", None)}, held_posts(doc)
    assert ("兰万安", "漳州市", "副市长", None) in held_posts(doc), held_posts(doc)
    doc = extract_text("房县人大常委会召开会议\n县委常委、常务副县长王家波出席。")
    assert {("王家波", "房县县委", "常委", None), ("王家波", "房县", "常务副县长", None)} <= held_posts(doc), \
        held_posts(doc)
    doc = extract_text("会议\n市委常委、市政府负责人张三出席。")
    assert {p for _, _, p, _ in held_posts(doc)} == {"常委", "负责人"}, held_posts(doc)
    doc = extract_text("吹风会\n请《政府工作报告》起草组负责人、国务院研究室主任黄守宏解读。")
    assert {b for _, b, _, _ in held_posts(doc)} >= {"政府工作报告起草组", "国务院研究室"}, held_posts(doc)


def test_a_prefecture_citys_court_is_its_intermediate_court():
    """09-zhangzhou-daili-shizhang (福建漳州): 市法院院长罗雄,市检察院检察长黄秀强 (base: 漳州市人民法院, while
    11-zhangzhou-renda-2018's 市中级人民法院院长罗雄 named 漳州市中级人民法院: one court, two bodies).  A
    county-level city's court (定州市) and a county's stay basic courts; the procuratorate keeps its name."""
    doc = extract_text("漳州市人大常委会召开会议\n市法院院长罗雄,市检察院检察长黄秀强列席会议。")
    assert {("罗雄", "漳州市中级人民法院", "院长", None), ("黄秀强", "漳州市人民检察院", "检察长", None)} \
        <= held_posts(doc), held_posts(doc)
    doc = extract_text("定州市人大常委会召开会议\n市法院院长罗雄列席会议。")
    assert ("罗雄", "定州市人民法院", "院长", None) in held_posts(doc), held_posts(doc)
    doc = extract_text("房县人大常委会召开会议\n县法院院长罗雄列席会议。")
    assert ("罗雄", "房县人民法院", "院长", None) in held_posts(doc), held_posts(doc)


def test_an_approval_between_the_name_and_its_verb():
    """06-sichuan-fushengzhang (四川): 副省长欧泽高已经中央批准担任省委常委 (base: only his 副省长; the 常委 taken
    lost behind 经中央批准).  The same with 经省委研究决定; an approval of no post taken gives none."""
    doc = extract_text("四川省人大常委会会议\n谢世杰说,副省长欧泽高已经中央批准担任省委常委。")
    assert ("欧泽高", "四川省委", "常委", "appointed") in held_posts(doc), held_posts(doc)
    doc = extract_text("县人大常委会会议\n房县县委副书记王明经市委研究决定任县人民政府副县长。")
    assert ("王明", "房县", "副县长", "appointed") in held_posts(doc), held_posts(doc)
    doc = extract_text("县人大常委会会议\n副县长王明经县委同意的方案已经实施。")
    assert {p for _, _, p, _ in held_posts(doc)} == {"副县长"}, held_posts(doc)
