"""A party committee named by its level alone before what it did (省委决定, 经省委研究), not before
a post (县委书记: a kind of post in a story about many counties); broadcasters by their kind
(新闻台, 广播电视台) and ASEAN by its other full name: sentences written like provincial
government news and foreign news."""
from __future__ import annotations

from conftest import text_doc
from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def run(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(text_doc(text))


def agency_mentions(doc: Doc) -> list[tuple[str, str]]:
    return [(m.surface, e.name) for e in doc.entities.values() if e.type == "Agency" for m in e.mentions]


def test_provincial_committee_by_its_level_is_the_provinces():
    doc = run("2024年5月8日，河北省召开全省经济工作会议。省委决定今年第四季度对全省干部进行轮训。"
              "经省委研究，成立专项工作组。")
    found = agency_mentions(doc)
    assert ("省委", "河北省委") in found
    assert sum(1 for s, _ in found if s == "省委") == 2


def test_committee_level_before_a_post_is_no_body():
    doc = run("2024年11月2日，全国已有至少30名优秀县委书记获提拔，1人成市委常委。")
    assert not [s for s, _ in agency_mentions(doc) if s in ("县委", "市委")]


def test_committee_level_inside_other_words_is_no_body():
    doc = run("2024年5月8日，本省委派专人赴超市委托检测机构抽检食品。")
    assert not [s for s, _ in agency_mentions(doc) if s.endswith("委")]


def test_broadcasters_named_by_their_kind():
    doc = run("新加坡亚洲新闻台主持人表示，湖北广播电视台记者也参加了采访。")
    orgs = {m.surface for e in doc.entities.values() if e.type == "Organization" for m in e.mentions}
    assert {"新加坡亚洲新闻台", "湖北广播电视台"} <= orgs


def test_asean_by_its_other_full_name():
    doc = run("雅加达7月12日电 东南亚国家协会外长系列会议本周在印尼雅加达举行。")
    names = {e.name for e in doc.entities.values() if e.type == "Organization" and e.mentions}
    assert "东南亚国家联盟" in names and "国家协会" not in names


def orgs(doc: Doc) -> set[str]:
    return {m.surface for e in doc.entities.values() if e.type == "Organization" for m in e.mentions}


def test_event_committees_by_their_event():
    doc = run("新华社北京5月5日电 法兰西世界杯组委会官员在巴黎宣布了门票分配办法。"
              "第十五届全运会组委会昨天召开新闻发布会。")
    assert {"法兰西世界杯组委会", "第十五届全运会组委会"} <= orgs(doc)


def test_an_event_committee_right_after_a_dateline():
    doc = run("新华社北京5月5日电法国世界杯组委会官员在巴黎宣布，4日他们又分配了门票。")
    found = orgs(doc)
    assert "法国世界杯组委会" in found and not any("日电" in o for o in found)


def test_an_event_committee_named_by_a_common_word_alone_is_no_name():
    doc = run("2024年5月8日，本届组委会高度重视安全工作，大会组委会将为参赛选手提供食宿。"
              "幸福工程组委会将资助100名困难母亲。")
    found = orgs(doc)
    assert "工程组委会" not in found and "大会组委会" not in found


def test_youth_league_provincial_committee_after_a_verb():
    doc = run("2024年5月8日，青年企业家们在长春汇聚一堂，畅谈如何响应团省委的号召。")
    assert "团省委" in orgs(doc)
    assert not [m for e in doc.entities.values() if e.type == "Agency" for m in e.mentions if m.surface == "省委"]


def test_foreign_parties_named_without_their_country():
    doc = run("波哥大6月1日电 这正是保守党候选人竞选的口号。联合执政三党之一的社民党对内阁决定表示反对。"
              "新芬党参加了北爱和平谈判。")
    names = {e.name for e in doc.entities.values() if e.type == "Organization" and e.mentions}
    assert {"保守党", "社会民主党", "新芬党"} <= names


def test_the_democratic_parties_of_china_are_no_foreign_party():
    doc = run("2024年5月8日，会议要求加强同各民主党派、工商联和无党派人士的团结合作。")
    names = {e.name for e in doc.entities.values() if e.type == "Organization" and e.mentions}
    assert not names & {"保守党", "社会民主党", "共和党", "工党"}


def test_hometown_and_alumni_associations():
    doc = run("6月19日，晋江市副市长、香港福建同乡会会长等领导见证了签约。北京大学校友会举办年会。")
    found = orgs(doc)
    assert {"香港福建同乡会", "北京大学校友会"} <= found
    assert not [m for e in doc.entities.values() if e.type == "Agency" for m in e.mentions if "同乡会" in m.surface]


def test_a_committee_level_after_another_bodys_name_is_not_the_party_committee():
    doc = run("沧州市召开座谈会\n市政协副主席、民革市委主委侯四清等24名代表先后发言。")
    assert not [m for e in doc.entities.values() if e.type == "Agency" for m in e.mentions if m.surface == "市委"]
