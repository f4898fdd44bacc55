"""people43: people and posts in real government texts — a county congress's appointments and removals
in news of no named place (任命邢晟同志为政府副县长, 免除路正阳同志常务副县长一职); a zone's working
committee after the host's 由 (会议由开发区党工委委员…); 曾出任 after a name (陈寅曾出任); a medium glued
to its reporter's role in a dateline (浙江在线记者 金春华); a seat on a state firm's board (董事); a
Mongolian name of two characters after a banner's post (旗长宝龙) and of five syllables (达布希拉图); a
banner's and a league's head in news naming neither (旗长, 盟长); a city's head written through the
city's 市 after a verb (出任枣庄市长); the date of the act between a name and its verb (解维俊则于今年2月7日
被补选为); stepping down (卸任); a headline's move of one post (原山大校长任吉大校长); 则为 after a name
(蔡艳则为1972年生人)  (excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import body_names, extract_text, held_posts


def _people(doc) -> set[str]:
    return body_names(doc, "Person")


def test_appointments_and_removals_in_news_of_no_place():
    """县十六届人大常委会召开第三十一次会议 (shexian114, 涉县): 免除路正阳同志常务副县长一职, …任命邢晟同志为政府
    副县长 — no place is named, as the title's 副县长付学亮 is held in the bare 县人民政府 so are these; base
    read none of the four."""
    doc = extract_text("县十六届人大常委会召开第三十一次会议\n会议还一致通过了新的人事任免决议,免除路正阳同志常务副县长一职,"
                       "免除孟凡哲同志副县长一职,任命邢晟同志为政府副县长,苑华东同志为政府副县长。")
    posts = held_posts(doc)
    assert {("路正阳", "县人民政府", "常务副县长", "removed"), ("孟凡哲", "县人民政府", "副县长", "removed"),
            ("邢晟", "县人民政府", "副县长", "appointed"), ("苑华东", "县人民政府", "副县长", "appointed")} <= posts, posts


def test_head_after_a_committee_post_in_news_of_no_place():
    """(the same frame as above) 任县委副书记、县长: the 县长 after the committee's post is the bare
    county government's (base: none)."""
    doc = extract_text("标题\n2019年,王东任县委副书记、县长。")
    assert ("王东", "县人民政府", "县长", "appointed") in held_posts(doc), held_posts(doc)


def test_zone_committee_after_the_hosts_preposition():
    """集团召开干部大会 (pemold, 繁体): 会议由开发区党工委委员,党群工作部部长李远博主持 — 由 opens no zone's
    name (base: bodies 会议由开发区党工委 and 会议由开发区党工委党群工作部)."""
    doc = extract_text("集团召开干部大会\n会议由开发区党工委委员,党群工作部部长李远博主持。")
    assert not any(n.startswith("会议") for n in body_names(doc)), body_names(doc)
    doc = extract_text("标题\n会议由中新苏滁高新区党工委委员李远博主持。")
    assert ("李远博", "中新苏滁高新区党工委", "委员", None) in held_posts(doc), held_posts(doc)


def test_past_adverb_before_taking_is_no_part_of_the_name():
    """领导干部二度任职 (ttnews, 繁体): 此前,2016年5月至2017年7月,陈寅曾出任上海市副市长 — 曾 is the past,
    no third character of 陈寅 (base: a person 陈寅曾 appointed)."""
    doc = extract_text("领导干部二度任职\n此前,2016年5月至2017年7月,陈寅曾出任上海市副市长。")
    assert _people(doc) == {"陈寅"}, _people(doc)
    assert ("陈寅", "上海市", "副市长", "former") in held_posts(doc), held_posts(doc)


def test_medium_glued_to_the_reporters_role_is_no_name():
    """我省28名拟提拔任用省管领导干部任前公示 (zjol): 浙江在线11月28日讯(浙江在线记者 金春华) — the medium
    written before 记者 is no person (base: a person 浙江在线)."""
    doc = extract_text("任前公示\n浙江在线11月28日讯(浙江在线记者 金春华)11月19日至11月26日,我省有28名拟提拔任用"
                       "省管领导干部任前公示。")
    assert "浙江在线" not in _people(doc) and "金春华" in _people(doc), _people(doc)


def test_board_seat_of_a_state_firm():
    """中轻集团召开干部大会 (fightcredit): 张万顺同志任中轻集团党委书记、董事、总经理; 南太湖集团 (daqintv, 繁体):
    免去周小洁的…集团有限公司党委委员、董事、副总经理职务 — 董事 is a post; base stopped at it."""
    doc = extract_text("干部大会\n张万顺同志任中轻集团党委书记、董事、总经理。")
    posts = {(b, p, s) for n, b, p, s in held_posts(doc) if n == "张万顺"}
    assert {("中轻集团", "董事", "appointed"), ("中轻集团", "总经理", "appointed")} <= posts, posts
    doc = extract_text("干部大会\n免去周小洁的浙江南太湖城市开发控股集团有限公司党委委员、董事、副总经理职务。")
    assert ("周小洁", "浙江南太湖城市开发控股集团有限公司", "副总经理", "removed") in held_posts(doc), held_posts(doc)


def test_mongolian_names_after_a_banners_post():
    """东乌珠穆沁旗大事记 (dwq.gov.cn): a two-character Mongolian name after a banner's post (旗长宝龙主持),
    and 达布希拉图 (希 a syllable of such names) — base read neither; 旗长强调 stays no name."""
    doc = extract_text("东乌珠穆沁旗召开会议\n旗长宝龙主持会议。")
    assert ("宝龙", "东乌珠穆沁旗", "旗长", None) in held_posts(doc), held_posts(doc)
    doc = extract_text("东乌珠穆沁旗召开会议\n旗长达布希拉图陪同。")
    assert "达布希拉图" in _people(doc), _people(doc)
    doc = extract_text("东乌珠穆沁旗召开会议\n旗长强调,要抓好工作。旗委书记一行到苏木调研。")
    assert not _people(doc), _people(doc)


def test_banner_and_league_heads_in_news_naming_neither():
    """盟长奇巴图到我旗调研 (kyqq.gov.cn): 盟委副书记、盟长奇巴图…旗委常委、政府党组成员、副旗长提名人选刘海涛 —
    the league's head is its administrative office's, the banner's its government's (base: no 盟长)."""
    doc = extract_text("标题\n1月20日,盟委副书记、盟长奇巴图深入我旗调研。旗长李振林参加调研。")
    posts = held_posts(doc)
    assert {("奇巴图", "盟行政公署", "盟长", None), ("李振林", "旗人民政府", "旗长", None)} <= posts, posts


def test_city_head_written_through_the_citys_scope():
    """山东17市专职副书记 (chinadaily): 李峰现已出任枣庄市长; 解维俊则于今年2月7日被补选为菏泽市长 — the found
    city whose 市 opens 市长 is the body, in a round-up of the province; base read neither post."""
    title = "山东17市专职副书记将完成补缺\n"
    doc = extract_text(title + "李峰现已出任枣庄市长。")
    assert ("李峰", "枣庄市", "市长", "appointed") in held_posts(doc), held_posts(doc)
    doc = extract_text(title + "原菏泽市委副书记解维俊则于今年2月7日被补选为菏泽市长。")
    assert ("解维俊", "菏泽市", "市长", "elected") in held_posts(doc), held_posts(doc)
    doc = extract_text(title + "会上,菏泽市长解维俊发言。")
    assert ("解维俊", "菏泽市", "市长", None) in held_posts(doc), held_posts(doc)


def test_stepping_down_is_a_removal():
    """(the same text): 因年龄原因,刘士合卸任东营市委书记 — base read no post and no person."""
    doc = extract_text("山东17市专职副书记将完成补缺\n东营情况与菏泽相似,因年龄原因,刘士合卸任东营市委书记。")
    assert ("刘士合", "东营市委", "书记", "removed") in held_posts(doc), held_posts(doc)


def test_taking_that_post_again():
    """时隔两年再次担任该职: 该职 points back to the post the same person was read holding (base: the
    second clause read nothing, the earlier post of no status stayed so)."""
    doc = extract_text("标题\n县长王东出席。时隔两年,王东再次担任该职。")
    assert ("王东", "县人民政府", "县长", "appointed") in held_posts(doc), held_posts(doc)


def test_headline_move_of_one_post_is_no_name():
    """徐显明任山大校长,原山大校长任吉大校长 (新京报 via secretchina, 繁体) — 任 takes the same post again,
    no person 任吉大 (base: one)."""
    doc = extract_text("徐显明任山大校长,原山大校长任吉大校长,原吉大校长另有任用\n正文。")
    assert "任吉大" not in _people(doc), _people(doc)


def test_then_is_after_a_name_is_no_part_of_it():
    """书记县长越来越年轻 (zjnews, 兰溪): 拟提名为兰溪市长候选人的蔡艳则为1972年生人 — 则为 (then is) ends the
    name (base: a person 蔡艳则)."""
    doc = extract_text("任前公示\n拟任兰溪市委书记的朱瑞俊和拟提名为兰溪市长候选人的蔡艳则为1972年生人。")
    assert ("蔡艳", "兰溪市", "市长", "nominated") in held_posts(doc), held_posts(doc)
    assert "蔡艳则" not in _people(doc), _people(doc)
