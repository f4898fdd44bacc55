"""mine39: quoted and edition-named programmes that are no programmes (excerpts of real news, as
published): an incident named by its date (“7•5”事件), a quoted utterance (“可以来村里玩雪了”), a body
whose term an edition counts (第五届委员会向大会), and a verb of seeking before a railway's ends."""
from __future__ import annotations

from conftest import body_names, extract_text, relation_pairs


def test_a_quoted_date_before_an_incident_word_is_no_programme():
    """“7•5”事件两个月后: an incident, carried out by no one; a quoted campaign at a paragraph's
    start still is one."""
    doc = extract_text("解读新疆人事变动\n“7•5”事件两个月后,新疆作出重大人事调整。")
    assert not {p for p in body_names(doc, "Programme") if "7" in p}
    doc = extract_text("“百日攻坚”行动开展以来,全县共排查隐患1200余处。")
    assert "百日攻坚" in body_names(doc, "Programme")


def test_a_quoted_utterance_is_no_programme():
    """A first secretary's posts quoted at a paragraph's start are things said, not campaigns."""
    doc = extract_text("“可以来村里玩雪了”“明天有戏剧演出,走过路过不要错过”“欢迎回村”……打开驻村第一书记钟宇的朋友圈,"
                       "热气腾腾的乡村生活扑面而来。")
    assert not body_names(doc, "Programme")


def test_an_edition_counting_a_bodys_term_names_no_event():
    """民盟临沂市第五届委员会向大会作工作报告: the fifth committee reports to the congress; there is
    no event 委员会向大会. An edition of a meeting still names one (第三届旅游产业发展大会)."""
    doc = extract_text("民盟临沂市委主委孟凡明代表民盟临沂市第五届委员会向大会作工作报告。")
    assert not {p for p in body_names(doc, "Programme") if "委员会" in p}
    doc = extract_text("第三届湖北省旅游产业发展大会在宜昌开幕。")
    assert "第三届湖北省旅游产业发展大会" in body_names(doc, "Programme") \
        or "湖北省旅游产业发展大会" in body_names(doc, "Programme")


def test_a_verb_of_seeking_before_a_railways_ends_is_no_part_of_its_name():
    """共同争取黄桶至百色铁路尽早开工建设: the railway is 黄桶至百色铁路, carried out where its ends are."""
    doc = extract_text("同时,四川省和贵州省提出要联合广西壮族自治区,共同争取黄桶至百色铁路尽早开工建设。")
    progs = body_names(doc, "Programme")
    assert "黄桶至百色铁路" in progs
    assert not {p for p in progs if p.startswith(("共同", "争取"))}
    # (its ends are where it runs, not the story's place: round 43 no longer takes 百色 for the
    # article's place, which had given the railway to 百色市 alone)
    assert ("黄桶至百色铁路", "百色市") not in relation_pairs(doc, "implementedIn")
