"""Organisations in association-congress, friendship-association and company news (orgs31).
Sentences in the shapes found on fresh provincial, city and county pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _relations(doc) -> list:
    rels = doc.relations
    return list(rels.values()) if isinstance(rels, dict) else list(rels)


def _names(doc, *types: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in (types or ("Agency", "Organization"))}


def test_a_post_after_a_term_is_written_whole():
    """协会首任会长, 联合会第二届会长, 商会第一任会长: the term (首任, 第二届) ends the run before the post,
    so 会长 is written whole — no body 协会首任会 read through the 会 of 会长 (宣传部长 is read so)."""
    for text in ("大会选举刘建华为协会首任会长。",
                 "市物流协会第二届会长王大伟作工作报告。",
                 "会议选举张明为商会第一任会长。"):
        names = _names(extract_text(text))
        assert not any(n.endswith(("任会", "届会")) for n in names), (text, names)


def test_a_post_after_a_persons_name_is_written_whole():
    """江泽慧会长: a name read before (…副主任江泽慧) then 会长 is the person's post, no body 江泽慧会
    (nor one qualified by the body of the post before it, 世园局江泽慧会)."""
    text = ("市花卉协会会长李秀英出席会议。仪式由世园局党组书记刘强主持，"
            "李秀英会长、王刚副局长，副市长、世园局局长林克庆分别致辞。")
    names = _names(extract_text(text))
    assert not any("李秀英" in n for n in names), names


def test_a_through_post_is_still_read():
    """宣传部长, 县公安局长: the post written through its body's last character is still read."""
    doc = extract_text("县委宣传部长王小明出席会议。")
    assert any(n.endswith("宣传部") for n in _names(doc)), _names(doc)


def test_a_society_of_two_countries_written_short():
    """日中友好协会, 中日友好协会, 日中经济协会: two one-character countries (one of them China) then a
    kind of society name one society; the run (日|中) read as two places cut the name away."""
    for text, name in (("日本前首相、日中友好协会名誉顾问山田太郎抵达北京。", "日中友好协会"),
                       ("中日友好协会会长出席招待会。", "中日友好协会"),
                       ("日中经济协会代表团访华。", "日中经济协会")):
        names = _names(extract_text(text))
        assert name in names, (text, names)


def test_a_kind_of_body_of_two_countries_stays_a_kind():
    """中美合资企业, 中日两国协会: an enterprise or the societies of both countries in general, no name."""
    for text in ("中美合资企业发展迅速。", "中日两国协会开展交流。"):
        names = _names(extract_text(text))
        assert not names, (text, names)


def test_a_coined_brand_opening_the_clause_keeps_its_first_characters():
    """，歌斐颂巧克力小镇集团董事长: three characters the dictionary makes no word of open the clause —
    a brand by sound, whose last (颂) only looks like a verb; the company is not cut to 巧克力小镇集团."""
    doc = extract_text("县工商联召开大会，歌斐颂巧克力小镇集团董事长当选县工商联主席。")
    names = _names(doc)
    assert "歌斐颂巧克力小镇集团" in names, names
    assert "巧克力小镇集团" not in names, names


def test_a_company_investing_in_a_listed_project_is_named():
    """分别是香港某纺织企业有限公司参股陵县纺织业项目、某投资集团公司投资…项目: the listed item is a
    company and its act, then the project; the company is found, the project named after the act
    (not one project 香港…有限公司参股陵县纺织业项目 swallowing the company)."""
    text = ("达成合作意向项目2个，分别是香港瑞丰国际纺织企业有限公司参股陵县纺织业项目、"
            "香港福达国际投资集团公司投资陵县旅游开发项目。")
    doc = extract_text(text)
    orgs = _names(doc, "Organization")
    assert {"香港瑞丰国际纺织企业有限公司", "香港福达国际投资集团公司"} <= orgs, orgs
    progs = _names(doc, "Programme")
    assert not any("公司" in p for p in progs), progs


def test_a_company_opening_a_project_name_stays_in_it():
    """浙江某纺织有限公司年产5万吨纺织品项目: no act after the company, the project is named with it."""
    doc = extract_text("签约项目分别是浙江海纳纺织有限公司年产5万吨纺织品项目、县城污水处理厂提标改造项目。")
    assert "浙江海纳纺织有限公司年产5万吨纺织品项目" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_project_a_company_invests_in_is_not_the_articles_agencys():
    """县商务局…项目分别是某有限公司参股|某项目: the project after a company's investing is the
    company's (as 某公司…项目 is), so the agency the article is about runs none of them."""
    text = ("3月5日，县商务局举行招商签约仪式。签约项目分别是香港瑞丰国际纺织企业有限公司参股纺织产业园项目、"
            "香港福达国际投资集团公司投资旅游开发项目。")
    doc = extract_text(text)
    progs = {e.id for e in doc.entities.values() if e.type == "Programme"}
    assert progs, _names(doc, "Programme")
    assert not [r for r in _relations(doc) if r.predicate == "runs" and r.object in progs], \
        [(r.subject, r.object) for r in _relations(doc) if r.predicate == "runs"]


def test_a_brand_holding_a_bound_morpheme_is_a_name():
    """与正邦集团、某药业代表签约: 正|邦 make no word, and 邦 is never a word alone (a bound morpheme),
    so the two characters are a coined brand before 集团 — while 各|大集团, 两|大集团 hold a function word."""
    doc = extract_text("副县长代表县政府分别与正邦集团、广州某药业有限公司代表签约。")
    assert "正邦集团" in _names(doc, "Organization"), _names(doc)
    for text in ("全省各大集团积极参与。", "两大集团完成重组。"):
        assert not _names(extract_text(text)), text


def test_a_level_before_the_kind_is_a_class_of_bodies():
    """北京省级商会会长联席会: the chambers of every province in Beijing, a class (省级 right before the
    kind), no chamber named 北京省级商会; 福建省级机关医院 goes on after the level and is one hospital."""
    names = _names(extract_text("由北京湖南企业商会承办的北京省级商会会长联席会在湖南大厦召开。"))
    assert not any("省级" in n for n in names), names
    assert "福建省级机关医院" in _names(extract_text("福建省级机关医院开展义诊。"))


def test_an_international_society_is_named():
    """与国际儒学联合会、北京大学共同主办: 国际 + a field + a kind of society is one international body,
    found where it is listed (not only later as the body of a post, and then as an agency)."""
    doc = extract_text("活动由市对外友好协会与国际儒学联合会、北京大学共同主办。")
    assert "国际儒学联合会" in _names(doc, "Organization"), _names(doc)
    assert not _names(extract_text("积极参与国际行业协会活动。"))
