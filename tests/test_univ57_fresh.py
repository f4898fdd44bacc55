"""Round 57 (univ57): universities, vocational colleges and institutes as news subjects, from fresh
texts of /tmp/s26/fresh/univ57: a university's 校长 written before a head whose family name and the
post's 长 spell a river (校长江绵恒: no 长江), a 于 family name after a post (副院长于乐山: no 乐山市), a
city government's story whose title names only its partner university's city (市政府与南京师范大学: the
story is 连云港's), a college's 纪委 in a run of posts opened by 校党委 (no township's 纪委) and a first
batch of schools that is no school's name (安徽省首批地方技能型高水平大学)."""
from __future__ import annotations

from conftest import extract_text, post_pairs, relation_pairs


def _names(doc, *types: str) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities.values() if e.type in types}


def test_a_university_head_whose_name_follows_its_post_is_no_river():
    """08 南方科技大学 news: 座谈前,上海科技大学校长江绵恒会见了李凤亮一行 — jieba writes 大|学校|长江, so
    base read the river 长江 and no person; the head 江绵恒 holds his post in 上海科技大学."""
    doc = extract_text("校党委书记率队调研交流\n11月2日下午,座谈前,上海科技大学校长江绵恒会见了李凤亮一行。")
    assert "长江" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("江绵恒", "上海科技大学") in post_pairs(doc)


def test_a_deputy_president_named_yu_is_no_city():
    """01 聊城市技师学院: 党委委员、副院长徐洪祥,党委委员、副院长于乐山,党委委员、…工会主席邵永山参加仪式 —
    base read 于 as a preposition and 乐山 as 乐山市 of Sichuan; 于乐山 is a person."""
    doc = extract_text("学院举行校地融合发展签约仪式\n9月3日,学院与茌平区人民政府举行签约仪式。"
                       "党委委员、副院长徐洪祥,党委委员、副院长于乐山,党委委员、工会主席邵永山参加仪式。")
    assert "乐山市" not in _names(doc, "Place"), _names(doc, "Place")
    assert "于乐山" in _names(doc, "Person")


def test_a_city_government_s_partner_university_names_no_story_place():
    """12 连云港日报: 市政府与南京师范大学全面战略合作协议签约仪式举行 … 连云港市人民政府与南京师范大学…;
    市长邢正军 — base placed the story in 南京 (the university's name in the title), made 市政府 a
    南京市人民政府 and 邢正军 a post of 南京市."""
    doc = extract_text("市政府与南京师范大学全面战略合作协议签约仪式举行\n"
                       "11月24日,连云港市人民政府与南京师范大学全面战略合作协议签约仪式在我市举行。"
                       "市长邢正军,南京师范大学党委书记王成斌出席签约仪式。"
                       "邢正军向南京师范大学长期以来对连云港的关心支持表示衷心感谢。")
    place = doc.entities.get(doc.articles[0].place)
    assert place is not None and place.name == "连云港市", place
    assert "南京市人民政府" not in _names(doc, "Agency")
    assert ("邢正军", "南京市") not in post_pairs(doc)


def test_a_college_s_discipline_committee_after_its_party_committee_is_no_township_s():
    """02 合肥职业技术学院 and 庙岗镇: 校党委副书记、校长檀明,校党委委员、纪委书记何军 … 庙岗镇党委书记江家年 —
    base made 何军 the 纪委书记 of 庙岗镇 (a 庙岗镇纪委) and gave 檀明 no school: the article's one
    school was hidden by a batch of schools read as a name (安徽省首批地方技能型高水平大学)."""
    doc = extract_text("合肥职业技术学院与巢湖市庙岗镇人民政府举行全面战略合作协议签约仪式\n"
                       "1月8日上午,合肥职业技术学院与巢湖市庙岗镇人民政府举行全面战略合作协议签约仪式,"
                       "校党委副书记、校长檀明,校党委委员、纪委书记何军等学院相关领导,巢湖市庙岗镇党委书记江家年出席。"
                       "合职院作为安徽省首批地方技能型高水平大学,是技术技能人才的“培养摇篮”。")
    bodies = _names(doc, "Agency", "Organization")
    assert "庙岗镇纪委" not in bodies and "安徽省首批地方技能型高水平大学" not in bodies, bodies
    assert ("何军", "庙岗镇纪委") not in post_pairs(doc)
    assert ("檀明", "合肥职业技术学院") in post_pairs(doc)


def test_a_discipline_committee_after_a_school_s_party_committee_names_no_place():
    """The same run of posts where the story names two schools (its one school unknown):
    校党委委员、纪委书记何军 is still never the 纪委 of the township the story names (base: 庙岗镇纪委)."""
    doc = extract_text("合肥职业技术学院与巢湖市庙岗镇人民政府举行签约仪式\n"
                       "1月8日上午,合肥职业技术学院与巢湖市庙岗镇人民政府举行签约仪式,"
                       "校党委委员、纪委书记何军,庙岗镇党委书记江家年出席。庙岗镇中心学校师生参加。")
    assert not any(b == "庙岗镇纪委" for _p, b in post_pairs(doc)), post_pairs(doc)


def test_a_bracketed_place_after_an_institute_opens_no_name():
    """09 金乡县: 中国农科院麻类研究所(金乡)大蒜产业研究院签约仪式举行 — base read a body named from
    the bracket's place with its close bracket inside (金乡)大蒜产业研究院)."""
    doc = extract_text("中科院软件中心产业创新中心签约仪式举行\n"
                       "5月20日,中国农科院麻类研究所(金乡)大蒜产业研究院签约仪式举行,中国农科院麻类研究所所长杨永坤线上出席。")
    broken = [n for n in _names(doc, "Organization", "Agency") if n[0] in "(（" or ")" in n and "(" not in n]
    assert not broken, broken


def test_a_college_s_own_party_secretary_is_held_in_the_college():
    """01 聊城市技师学院: 学院与茌平区人民政府举行…签约仪式。学院党委书记金同元出席会议并讲话 — a college
    writing of itself as 学院 as a university does as 校 (base: 金同元 held no post)."""
    doc = extract_text("聊城市技师学院与茌平区人民政府举行校地融合发展签约仪式\n"
                       "9月3日,聊城市技师学院与茌平区人民政府举行签约仪式。学院党委书记金同元出席会议并讲话。")
    assert ("金同元", "聊城市技师学院") in post_pairs(doc)
    # in a university's news 学院党委书记 is one of its colleges', never the university's own
    doc = extract_text("青岛大学召开座谈会\n青岛大学召开座谈会。学院党委书记张强出席会议并讲话。")
    assert ("张强", "青岛大学") not in post_pairs(doc)



def test_a_school_s_mode_of_study_opens_no_name():
    """13 四平职业大学: 四平职业大学是1983年经国家教育部和吉林省人民政府批准成立的全日制公办普通高等专科学校 —
    base read the class 全日制公办普通高等专科学校 as an organisation."""
    doc = extract_text("四平职业大学2016届毕业生就业质量年度报告\n"
                       "四平职业大学是1983年经国家教育部和吉林省人民政府批准成立的全日制公办普通高等专科学校。")
    assert not any(n.startswith("全日制") for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_state_programme_is_run_by_no_city_government():
    """12 连云港日报: 南京师范大学是国家“双一流”建设高校 — base made the city government the article is
    about run 双一流, the state's programme."""
    doc = extract_text("市政府与南京师范大学全面战略合作协议签约仪式举行\n"
                       "11月24日,连云港市人民政府与南京师范大学全面战略合作协议签约仪式在我市举行。"
                       "南京师范大学是国家“双一流”建设高校和江苏高水平大学建设高校,在高水平人才培养等方面成效显著。")
    assert not any(p == "双一流" for _a, p in relation_pairs(doc, "runs")), relation_pairs(doc, "runs")
