"""Round 92 (dangbao92): party papers' e-paper pages, second pass — pages of city and county papers and
their provincial paper's county dispatches as a reader gets them from the e-paper site, several stories to
a page (/tmp/s26/fresh/dangbao92: 浙江日报's 基层 dispatches and 要闻 page, 泰州日报's A03 综合, 定安报, 沁州新闻,
延安日报, 陇南日报's 西和 page, a 明光 page).  What the tests pin down: a headline's clause with a reporter's
role in it (中央、省、市主流媒体记者走进海陵九龙) is no byline and names no person; on a page with no marked
headlines, a short unended line right over a byline after a finished story, and a dateline (西和讯(通讯员…))
after a finished, credited story, open the next story, so its figures keep their own place and period; an
internal paper's printing stamp (2011-12-08编印) dates the page and is no headline; the central enterprises'
short names (中国建材, 中国海油) are enterprises, no place 中国; a two-character name a paper set with a space
inside (本报记者张 杰) is one reporter."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_reporter_s_role_before_a_verb_of_going_opens_no_byline():
    """03-taizhou-putoucun (泰州日报 A03): the deck `中央、省、市主流媒体记者走进海陵九龙` over the headline (base: a
    person `走进海陵九龙`, the line read as a byline); 记者来到… the same; a real byline (本报记者 高加平) and one
    whose reporter's name opens with a character of such a verb (记者 来小明) stay bylines."""
    doc = extract_text("中央、省、市主流媒体记者走进海陵九龙\n铺头村和美宜居入画来\n"
                       "本报讯(记者 高加平 通讯员 吴驰)12月18日,“‘媒’好出圈”看海陵主题活动走进九龙镇。\n")
    people = _names(doc, "Person")
    assert "走进海陵九龙" not in people and {"高加平", "吴驰"} <= people, people
    doc = extract_text("省市媒体记者来到北京\n正文写明了采访的情况。\n")
    assert "来到北京" not in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("我县召开春耕生产会议\n本报记者 来小明\n近日,我县召开春耕生产会议。\n")
    assert "来小明" in _names(doc, "Person"), _names(doc, "Person")


_XIHE = ("记者手记 姜川村200天的巨变\n本报见习记者张旭晖\n"
         "去年4月底,是我第一次到西和县姜席镇姜川村,采访易地搬迁安置后续产业发展基地。\n"
         "西和新建改扩建各类学校369所\n"
         "西和讯(通讯员梁云霞杨军祥)近年来,西和县新建改扩建各类学校369所,不断改善办学条件。\n")


def test_a_dateline_after_a_credited_story_opens_the_next_story():
    """07-longnan-xihe (陇南日报): a 记者手记 under its byline (`去年4月底,是我第一次到姜川村`), then the headline
    `西和新建改扩建各类学校369所` and `西和讯(通讯员梁云霞杨军祥)近年来,…` (base: one story; the schools' 369所 took
    the 手记's 去年4月底 as its period, 2020-04-30, and the dispatch's reporters were no people); a story's one
    dateline under its headline opens nothing."""
    doc = extract_text(_XIHE, "xihe")
    assert [a.title for a in doc.articles] == ["记者手记 姜川村200天的巨变", "西和新建改扩建各类学校369所"], \
        [a.title for a in doc.articles]
    periods = {m.period for m in doc.metrics if m.value == 369}
    assert periods and "2020-04-30" not in periods, periods
    assert {"梁云霞", "杨军祥"} <= _names(doc, "Person"), _names(doc, "Person")
    one = extract_text("西和新建改扩建各类学校369所\n西和讯(通讯员梁云霞)近年来,西和县新建改扩建各类学校369所。"
                       "全县办学条件不断改善。\n")
    assert len(one.articles) == 1, [a.title for a in one.articles]


_ZJRB = ("浙江日报 要闻\n2011-09-22\n来料加工农妇笑\n记者 李扬\n9月21日 苍南龙港镇卢处村\n"
         "今天下午,走进村办公楼的一楼,几十个妇女坐在缝纫机前加工无纺布袋。\n"
         "“我们不出家门就赚到了钱。”46岁的林彩柳说,她一个月能赚2000元左右。\n"
         "山沟里的百姓村\n记者 陈醉\n9月21日 鄞州章水镇樟村\n"
         "其实这是一个躲在深山里的偏僻小村。不过140多户人家,却来自全国十余个省市区。\n")


def test_a_short_line_over_a_byline_after_a_finished_story_heads_the_next_story():
    """01-zjrb-xiangcun-duoji (浙江日报's 基层 dispatches): `…大有市场。` then `山沟里的百姓村 ⏎ 记者 陈醉 ⏎ 9月21日
    鄞州章水镇樟村` (base: one story placed in 苍南县, the 樟村's 140多户人家 counted in 苍南县); a subtitle over a
    story's first byline (nothing ended before it) and a byline closing a story open no story."""
    doc = extract_text(_ZJRB, "zjrb")
    assert [a.title for a in doc.articles][-1:] == ["山沟里的百姓村"], [a.title for a in doc.articles]
    households = [m for m in doc.metrics if m.value == 140]
    assert households and all(doc.entities[m.subject].name != "苍南县" for m in households), \
        [doc.entities[m.subject].name for m in households]
    sub = extract_text("山沟里的百姓村\n章水镇的移民故事\n记者 陈醉\n其实这是一个躲在深山里的偏僻小村。"
                       "不过140多户人家,却来自全国十余个省市区。\n")
    assert len(sub.articles) == 1, [a.title for a in sub.articles]
    closing = extract_text("山沟里的百姓村\n其实这是一个躲在深山里的偏僻小村。\n村民们说日子越过越好。\n记者 陈醉\n")
    assert len(closing.articles) == 1 and "陈醉" in _names(closing, "Person"), [a.title for a in closing.articles]


def test_an_internal_paper_s_printing_stamp_dates_the_page():
    """04-dingan-jizhetuan (定安报): `2011-12-08编印` over the headline `《海南日报》走基层记者团到定安采访` (base:
    the stamp was the page's title and the page had no date); a sentence's 编印 dates nothing."""
    doc = extract_text("2011-12-08编印\n《海南日报》走基层记者团到定安采访\n5日,《海南日报》走基层记者团一行5人到定安采访。\n")
    assert doc.date == "2011-12-08", doc.date
    assert [a.title for a in doc.articles] == ["《海南日报》走基层记者团到定安采访"], [a.title for a in doc.articles]
    assert extract_text("某县召开会议\n会议资料于2011-12-08编印,共印500份。\n").date is None


def test_central_enterprises_short_names_are_no_place():
    """04-dingan-jizhetuan (定安报): `东方光通、联塑集团、中国建材等一批重大项目的建设` (base: the place 中国, from
    中国建材); 中国海油 the same; 中国 alone stays the country."""
    doc = extract_text("定安项目建设\n随着联塑集团、中国建材等一批重大项目的建设,定安将迎来大发展。\n")
    assert "中国" not in _names(doc, "Place") and "中国建材集团有限公司" in _names(doc, "Organization"), \
        (_names(doc, "Place"), _names(doc, "Organization"))
    doc = extract_text("湛江项目\n中国海油在湛江投资建设项目。\n")
    assert "中国海洋石油集团有限公司" in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("中国经济\n中国经济持续回升向好。\n")
    assert "中国" in _names(doc, "Place"), _names(doc, "Place")


def test_a_two_character_name_set_with_a_space_inside_is_one_reporter():
    """08-mingguang-xincun (明光 page): `本报记者张 杰 通讯员张子国` (base: 张子国 alone; 张 and 杰 were single
    characters, no names); 记者 王 强　李 明 the same; two full names (记者 王强 李明) stay two, none run together."""
    doc = extract_text("新村里的幸福生活\n本报记者张 杰 通讯员张子国\n10月5日,明光市潘村镇潘村新村里呈现一片繁忙景象。\n")
    assert {"张杰", "张子国"} <= _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("新村里的幸福生活\n本报记者 王 强　李 明\n10月5日,明光市潘村镇潘村新村里呈现一片繁忙景象。\n")
    assert {"王强", "李明"} <= _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("新村里的幸福生活\n本报记者 王强 李明\n10月5日,明光市潘村镇潘村新村里呈现一片繁忙景象。\n")
    people = _names(doc, "Person")
    assert {"王强", "李明"} <= people and "强李" not in people, people
