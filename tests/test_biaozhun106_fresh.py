"""Round 106 (biaozhun106): standardisation, metrology, certification and quality news — 市场监管总局's
711 national standards (人民日报海外版), 河南's 中国质量奖提名奖 winners, 南通's 标准化试点 projects, 福州's and
新密's government quality awards, 雅安's and 新沂's 质量强市 groups, 浙江省质监局's 计量比对, 溧水区's and
赛马镇's free verification of market scales (fresh texts of /tmp/s27/txt/biaozhun106).  Fixes: 市场 is no
relative scope 市 (市场监督管理所所长王军 in a story set in 凤城市 was 凤城市场监督管理所, 市场监管局局长 in 渠县
达州市场监管局), and a township's station written alone is the one the article named (赛马镇市场监督管理所); a
place's share written with 占 or 有 after a count (全省共评出30个优秀试点项目，我市占5个) counts the same things; winning,
being on the list, striving and making a speech end the noun counted (19家企业获奖, 5家企业榜上有名, 两家单位作了
典型发言), as does 逐一; a bare count joined by 和 to the next (4台和22台统配秤) counts what that one names; a
-化 field before an institute's kind is a name (山东省标准化研究院), and testing institutes (检测院, 检验院, 测试院)
are organisations; a site's welcome banner (您好,欢迎访问中国食品安全网!) is page chrome, no headline and no place; a
draft's stages written together (《…评审管理办法(代拟稿草案)》) close a document's name."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _posts(doc) -> set[tuple]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_the_market_is_no_relative_scope():
    """09-saima-township-scales: 赛马镇市场监督管理所对…进行了检定。…市场监督管理所所长王军 (base: 王军 held 所长
    of 凤城市场监督管理所, 凤城市 + 场监督管理所); 渠县's 市场监管局局长 was 达州市场监管局."""
    doc = extract_text("凤城市\n近日,赛马镇市场监督管理所对商户在用电子台秤进行了检定。"
                       "检定现场,市场监督管理所所长王军向经营户讲解常识。")
    assert ("王军", "赛马镇市场监督管理所") in _posts(doc), _posts(doc)
    assert not any(n.startswith("凤城市场") for n in _names(doc, "Agency")), _names(doc, "Agency")
    doc = extract_text("凤城市\n近日,赛马镇市场监管所开展检查。检定现场,市场监管所所长王军向经营户讲解常识。")
    assert ("王军", "赛马镇市场监督管理所") in _posts(doc), _posts(doc)
    doc = extract_text("渠县\n渠县召开会议。会议由市场监管局局长赵显春主持。")
    assert not any(n.startswith("达州市场") for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_a_city_bureau_written_with_its_scope_stays_the_citys():
    """Guard: 市市场监督管理局局长 (市 + 市场…) is the article's city's bureau; two stations named leave a bare one
    to neither."""
    doc = extract_text("凤城市\n凤城市召开会议。市市场监督管理局局长王军出席。")
    assert ("王军", "凤城市市场监督管理局") in _posts(doc), _posts(doc)
    doc = extract_text("凤城市\n近日,赛马镇市场监管所和爱阳镇市场监管所开展检查。检定现场,市场监管所所长王军讲解常识。")
    assert not any(b in ("赛马镇市场监督管理所", "爱阳镇市场监督管理所") for _p, b in _posts(doc)), _posts(doc)


def test_a_bare_bureau_after_the_citys_named_one_is_that_one():
    """A bare 市场监督管理局局长 after 凤城市市场监督管理局 is that bureau (base: 凤城市场监督管理局)."""
    doc = extract_text("凤城市\n近日,凤城市市场监督管理局开展检查。检定现场,市场监督管理局局长王军向经营户讲解常识。")
    assert ("王军", "凤城市市场监督管理局") in _posts(doc), _posts(doc)


def test_a_places_share_after_zhan_counts_the_same_things():
    """03-nantong-pilot-projects: 全省共评出30个优秀试点项目,我市占5个 (base: indicator 个)."""
    doc = extract_text("标准化\n全省共评出30个优秀试点项目,我市占5个,南通获优数量全省第一。")
    assert ("优秀试点项目", 5, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("南通\n全省共评出30个优秀试点项目,南通市占5个。")
    assert ("优秀试点项目", 5, "个") in _metrics(doc), _metrics(doc)


def test_a_place_right_before_its_count_shares_as_before():
    """Guard: 国家级试点项目共有11个,南通3个 (the place right before the count, read so already)."""
    doc = extract_text("标准化\n全省获优项目中,国家级试点项目共有11个,南通3个。")
    assert ("国家级试点项目", 3, "个") in _metrics(doc), _metrics(doc)


def test_winning_and_speaking_end_the_noun_counted():
    """04-fuzhou-quality-award: 5家企業榜上有名 … 共19家企業獲獎; 05-xinmi: 两家单位作了典型发言; 02-henan: 对三家
    企业追求卓越…的肯定; 08-lishui-scales: 22台统配秤逐一进行检测 (base: 企业榜上有名, 企业获奖, 单位作典型发言,
    企业追求卓越, 统配秤逐一)."""
    doc = extract_text("质量奖\n福州市共19家企业获奖。5家企业榜上有名。两家单位作了典型发言。"
                       "此次获奖是对三家企业追求卓越的肯定。技术人员对22台统配秤逐一进行检测。")
    got = _metrics(doc)
    assert {("企业", 19, "家"), ("企业", 5, "家"), ("单位", 2, "家"), ("企业", 3, "家"), ("统配秤", 22, "台")} <= got, got


def test_a_noun_holding_huojiang_keeps_it():
    """Guard: a noun opening with 获奖, or holding it after a level, keeps it (5家获奖企业, 3个省级获奖项目)."""
    doc = extract_text("质量奖\n全市5家获奖企业受到表彰。3个省级获奖项目通过验收。")
    got = _metrics(doc)
    assert ("获奖企业", 5, "家") in got and ("省级获奖项目", 3, "个") in got, got


def test_a_bare_count_joined_to_the_next_counts_its_noun():
    """08-lishui-scales: 分别对其申报的4台和22台统配秤逐一进行检测 (base: 4台 read as 技术人员对其申报)."""
    doc = extract_text("计量\n技术人员分别对其申报的4台和22台统配秤逐一进行检测。")
    got = _metrics(doc)
    assert ("统配秤", 4, "台") in got and ("统配秤", 22, "台") in got, got
    assert not any("申报" in m[0] for m in got), got


def test_standardisation_and_testing_institutes_are_organisations():
    """07-zhejiang-metrology-comparison: 杭州市质量技术监督检测院; 08-lishui-scales: 南京市计量监督检测院 (base:
    neither found); 山东省标准化研究院 (base: none, 标准化 read as a manner of making)."""
    doc = extract_text("计量\n浙江省质监局指定浙江省计量科学研究院、杭州市质量技术监督检测院、宁波市计量测试研究院分别作为主导实验室。"
                       "溧水区市场监管局联合南京市计量监督检测院溧水分部开展检定。山东省标准化研究院发布报告。")
    orgs = _names(doc, "Organization")
    assert {"杭州市质量技术监督检测院", "南京市计量监督检测院", "山东省标准化研究院", "浙江省计量科学研究院"} <= orgs, orgs


def test_a_manner_before_a_plant_stays_a_kind():
    """Guard: a -化 manner before a plant stays a kind, no name (湖南省标准化工厂)."""
    doc = extract_text("标准化\n湖南省标准化工厂建设加快。")
    assert not any(n.endswith("工厂") for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_sites_welcome_banner_is_chrome():
    """04-fuzhou-quality-award: 您好,歡迎訪問中國食品安全網! above the headline (base: no title, the article placed
    in 中国)."""
    doc = extract_text("您好,歡迎訪問中國食品安全網!\n \n\n五家企業榮獲第四屆福州市政府質量獎\n\n"
                       "2019-07-05 08:30來源:福州市市場監管局 編輯:lky\n\n"
                       "日前,市政府發文公布了第四屆福州市政府質量獎獲獎名單,福建錦江科技有限公司榜上有名。")
    art = doc.articles[0]
    assert art.title == "五家企業榮獲第四屆福州市政府質量獎", art.title
    assert doc.entities[art.place].name == "福州市", art.place


def test_a_drafts_stages_written_together_close_its_name():
    """06-yaan-quality-group: 审议并原则通过了《雅安质量奖评审管理办法(代拟稿草案)》 (base: no programme; 代拟稿 and
    草案 were each read alone)."""
    doc = extract_text("雅安\n会议审议并原则通过了《雅安质量奖评审管理办法(代拟稿草案)》。")
    assert "雅安质量奖评审管理办法(代拟稿草案)" in _names(doc, "Programme"), _names(doc, "Programme")
