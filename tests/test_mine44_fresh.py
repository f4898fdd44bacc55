"""Round 44 (mine44): a national roundup titled 各地… (央视网 新闻联播, fresh text in
/tmp/s26/fresh/mine43/05) whose places span provinces is the country's story, not that of the
city most often named; a provincial paper's 各地 story stays its province's."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _place(doc) -> str | None:
    key = doc.articles[0].place
    return doc.entities[key].name if key in doc.entities else None


def test_an_all_localities_roundup_across_provinces_is_china_s():
    """各地集中力量稳步推进重大项目建设: 西安东站, 沈白高铁 in 东北, 福建, 山东 (济南、滨州、潍坊), 湖南邵阳, 河南信阳 …
    (base: 滨州市, the city of a river's course)."""
    doc = extract_text("各地集中力量稳步推进重大项目建设\n"
                       "央视网消息(新闻联播):各地集中力量稳步推进重大项目建设,促投资、惠民生,推动经济高质量发展。"
                       "今天(5月9日),西安东站站房正式开工建设。在福建,厦门新机场、福厦高铁等重大设施提速建设;"
                       "在山东,小清河复航工程进入收尾阶段。小清河流经济南、滨州、潍坊等五市,最终汇入渤海。"
                       "在湖南邵阳犬木塘水库、在河南信阳袁湾水库,工人们正在紧张作业。")
    assert _place(doc) == "中国", _place(doc)


def test_a_provincial_all_localities_story_stays_the_province_s():
    """河北: 各地积极开展春耕生产 naming 邯郸、邢台、保定: one province's localities (no spread)."""
    doc = extract_text("各地积极开展春耕生产\n河北省各地积极开展春耕生产。邯郸市播种小麦,邢台市整修水渠,保定市培训农民。")
    assert _place(doc) != "中国", _place(doc)


def test_a_capital_s_customary_name_is_the_city():
    """中国食品安全报: 记者昨日从呼市市场监督管理局了解到 … 市商务局: 呼市 is 呼和浩特市, its bureaus the city's
    (base: no place, 市市场监督管理局 unplaced)."""
    doc = extract_text("呼市市场监管局开展校园周边食品安全专项行动\n"
                       "本报讯 记者昨日从呼市市场监督管理局了解到,近期,该局加大对校园周边食品安全的检查力度,"
                       "共检查校园周边食品经营户8953户。市场监管局还联合市商务局等11个部门组织开展了保健市场专项整治行动。")
    assert _place(doc) == "呼和浩特市", _place(doc)
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "呼和浩特市市场监督管理局" in agencies, agencies


def test_a_shop_s_brand_is_no_place():
    """国贸、维多利商城商厦、华联超市等重点经营区域: 华联 (jieba: ns) is the supermarket chain, no place."""
    doc = extract_text("呼市市场监管局开展执法检查\n市场监督管理局还重点对国贸、维多利商城商厦、华联超市等重点经营区域开展了执法检查。")
    assert "华联" not in {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_customs_house_after_a_local_body_s_post_is_no_unit_of_it():
    """东乌珠穆沁旗 大事记: …中共东乌旗委…,东乌海关关长达布希拉图、政府副旗长姚海霞: the customs house is the
    national administration's, no unit of the banner's committee (merged round 44: 东乌珠穆沁旗委东乌海关)."""
    doc = extract_text("东乌珠穆沁旗大事记\n旗委书记到珠恩嘎达布其口岸实地检查指导疫情防控措施落实情况,"
                       "东乌海关关长达布希拉图、政府副旗长姚海霞及相关部门负责人陪同。")
    assert not any("旗委东乌海关" in b for _p, b in relation_pairs(doc, "holdsPost")), relation_pairs(doc, "holdsPost")


def test_wu_shi_in_xing_an_league_is_no_urumqi():
    """科右前旗: 奇巴图详细了解前旗、乌市出入口改造项目 — 乌市 is 乌兰浩特市 there (乌海 has its own): no alias
    makes it 乌鲁木齐市 (merged round 44 placed the story in 新疆)."""
    doc = extract_text("盟长奇巴图到我旗调研种业发展和盟旗共建项目\n在科右前旗桥头社区城南出口,奇巴图详细了解前旗、乌市出入口改造项目。")
    assert "乌鲁木齐市" not in {e.name for e in doc.entities.values() if e.type == "Place"}
