"""Round 46 (ecology46): ecology and environment news from fresh texts of /tmp/s26/fresh/ecology46
(air-quality plans, river chiefs, nature reserves): a concentration written out with 每 (29微克每立方米)
is 微克/立方米 with its indicator; a river named after a county's short name (大宁河, 钱塘江) is no
county; the office of a nature reserve or national park named after the reserve is an agency."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_concentration_written_with_mei_is_micrograms_per_cubic_metre():
    """潮州市打赢蓝天保卫战实施方案: 细颗粒物(PM2.5)年均浓度控制在29微克每立方米以下 (base: indicator
    每立方米, unit 微克)."""
    doc = extract_text("潮州市打赢蓝天保卫战实施方案\n"
                       "到2020年,全市空气质量优良天数比例(AQI达标率)达到94%,细颗粒物(PM2.5)年均浓度控制在"
                       "29微克每立方米以下,空气质量六项基本指标年评价浓度均达到国家二级标准。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("细颗粒物(PM2.5)年均浓度", 29, "微克/立方米") in got, got
    assert not any(m.indicator == "每立方米" for m in doc.metrics), got


def test_a_river_named_like_a_county_is_no_county_in_a_county_paper():
    """A Chongqing county paper (我县全面推行河长制): 县城管局牵头,组织开展长江、大宁河集中清漂 — the
    river 大宁河, no 大宁县 of Shanxi (base: 大宁县 141030, the article's place, and every 县…局 made
    大宁县…局)."""
    doc = extract_text("我县全面推行河长制\n"
                       "据了解,全县161条河流、25座水库全面设立了县、乡、村三级河长605人。"
                       "县城管局牵头,组织开展长江、大宁河集中清漂。县移民局牵头,做好长江、大宁河消落区域库岸治理。")
    places = _places(doc)
    assert "大宁县" not in places, places
    assert not any(a.startswith("大宁县") for a in _agencies(doc)), _agencies(doc)
    # the city before its own 河湖长制/河道 stays the city
    own = _places(extract_text("深圳河湖长制工作会议召开\n深圳河湖长制工作推进,苏州河道整治完成。"))
    assert own.get("深圳市") == "440300" and own.get("苏州市") == "320500", own


def test_the_office_of_a_nature_reserve_is_an_agency():
    """宝兴县启动野生动物保护冬季巡护工作: 宝兴县林业局会同蜂桶寨国家级自然保护区管理局抽调的工作人员
    (base: no agency 蜂桶寨国家级自然保护区管理局)."""
    doc = extract_text("宝兴县启动野生动物保护冬季巡护工作\n"
                       "当日,宝兴县林业局会同蜂桶寨国家级自然保护区管理局抽调的工作人员对县城周边野生动物重点"
                       "分布地点开展实地巡查。")
    assert "蜂桶寨国家级自然保护区管理局" in _agencies(doc), _agencies(doc)


def test_a_reserve_office_opened_by_its_county_is_placed_in_it():
    """雅安 荥经汉源两县开展大熊猫国家公园冬季联合巡护: 荥经县大相岭自然保护区管护中心将采取以下措施
    (base: no agency); the county opens its name, so it is located there."""
    doc = extract_text("荥经汉源两县开展冬季联合巡护专项行动\n"
                       "下一步,荥经县大相岭自然保护区管护中心将采取以下措施持续做好大熊猫栖息地巡护工作。")
    assert "荥经县大相岭自然保护区管护中心" in _agencies(doc), _agencies(doc)
    assert ("荥经县大相岭自然保护区管护中心", "荥经县") in relation_pairs(doc, "locatedIn")


def test_a_reserve_office_after_a_verb_is_named_from_the_reserve():
    """A county and a verb before the reserve (宝兴县对蜂桶寨…) open no part of its office's name."""
    doc = extract_text("保护区检查\n宝兴县对蜂桶寨国家级自然保护区管理局开展检查。")
    assert "蜂桶寨国家级自然保护区管理局" in _agencies(doc), _agencies(doc)


_BULLETIN = ("生态环境部:前2月全国城市空气质量优良天数占81.9%\n"
             "北京3月28日电 生态环境部28日通报今年1—2月全国环境空气质量状况:全国339个地级及以上城市平均空气质量"
             "优良天数比例为81.9%,同比上升1.5个百分点;PM2.5平均浓度为47微克/立方米,同比下降2.1%;PM10平均浓度为"
             "66微克/立方米,同比下降15.4%。\n"
             "1—2月,长三角地区41个城市平均优良天数比例为78.6%,同比下降7.1个百分点;PM2.5浓度为52微克/立方米,同比上升"
             "13.0%。汾渭平原11个城市平均优良天数比例为48.7%,同比下降11.7个百分点;PM2.5浓度为81微克/立方米,同比上升17.4%。")


def _subjects(doc) -> dict[float, str | None]:
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_a_dateline_city_opens_no_clause_of_a_national_bulletin():
    """生态环境部 bulletin (xny365, 2022-03-29): 北京3月28日电 …全国339个…比例为81.9%…;PM2.5平均浓度为
    47微克/立方米 — the nation's figure after the semicolon, not Beijing's (base: 北京市, the dateline's
    city taken as the clause's place)."""
    got = _subjects(extract_text(_BULLETIN))
    assert got.get(47) == "中国" and got.get(66) == "中国", got


def test_the_fenwei_plain_is_a_region_of_its_own_figures():
    """Same bulletin: 汾渭平原11个城市平均优良天数比例为48.7%…PM2.5浓度为81微克/立方米 — the plain's
    (base: 中国, the plain was no place)."""
    got = _subjects(extract_text(_BULLETIN))
    assert got.get(48.7) == "汾渭平原" and got.get(81) == "汾渭平原", got
    assert got.get(78.6) == "长江三角洲", got


def test_a_figure_labelled_inside_an_open_bracket_takes_that_label():
    """唐山丰润区生态环境分局: 对一家未落实管控措施企业进行拟立案处罚(拟处罚款10万元) — the fine
    (base: indicator 一家未落实管控措施企业进行拟立案处罚(拟处罚款)."""
    doc = extract_text("丰润区生态环境分局全力开展夜查晨查工作\n"
                       "1月1日以来,共检查工业企业210家次。其中,对67个问题责令立行立改,对一家未落实管控措施企业"
                       "进行拟立案处罚(拟处罚款10万元)。")
    got = {m.indicator for m in doc.metrics if m.value == 100000}
    assert got == {"拟处罚款"}, got


def test_existing_ends_the_noun_counted():
    """东莞石碣生态环境分局: 执法人员发现五家企业存在环境隐患 — 5 enterprises (base: indicator 企业存,
    cut at the 在 inside 存在)."""
    doc = extract_text("石碣开展“地毯式”环保大巡查\n"
                       "行动中,执法人员发现五家企业存在环境隐患,遂责令企业限期整改。")
    got = {m.indicator for m in doc.metrics if m.value == 5}
    assert got == {"企业"}, got


def test_an_energy_bureau_among_the_signers_is_an_agency():
    """重庆市减污降碳协同增效实施方案's signers: 重庆市交通局 重庆市农业农村委员会 / 重庆市能源局 (base:
    no 重庆市能源局, 能源 was no department's stem); 新能源局面 stays no body."""
    doc = extract_text("重庆市生态环境局等部门关于印发《重庆市减污降碳协同增效实施方案》的函\n"
                       "《重庆市减污降碳协同增效实施方案》已经市政府同意,现印发给你们。\n"
                       "重庆市生态环境局 重庆市发展和改革委员会\n重庆市交通局 重庆市农业农村委员会\n重庆市能源局\n"
                       "2023年8月18日\n全市新能源局面持续向好。")
    agencies = _agencies(doc)
    assert "重庆市能源局" in agencies, agencies
    assert ("重庆市能源局", "重庆市") in relation_pairs(doc, "locatedIn")
    assert not any("新能源" in a for a in agencies), agencies


def test_a_bare_bureau_after_a_relative_government_is_the_relative_county_s():
    """济宁 county river-chief news: 副县长杨美兰调研我县河长制工作,县水务局党组成员、副局长郝信军、水务局
    党组成员、水政监察大队长张宪陪同参加 — 张宪 of 县水务局 (base: a body 县人民政府水务局 made of the
    副县长's government and the bare bureau)."""
    doc = extract_text("副县长杨美兰调研我县河长制工作\n"
                       "8月30日,副县长杨美兰调研我县河长制工作,县水务局党组成员、副局长郝信军、水务局党组成员、"
                       "水政监察大队长张宪陪同参加。")
    held = relation_pairs(doc, "holdsPost")
    assert ("张宪", "县水务局") in held, held
    assert "县人民政府水务局" not in _agencies(doc), _agencies(doc)


def test_a_river_named_before_its_channel_or_source_is_a_place():
    """蓝山县级河长、县长魏和胜带队巡河: 详细了解了凌江河河道水质 and 境内凌江河源于…黄龙山南麓 — the river
    凌江河 (base: no river; 河道 and 源于 said no water), and 境内 no part of its name."""
    doc = extract_text("蓝山县级河长、县长魏和胜带队巡河\n"
                       "荆竹瑶族乡是我县最偏远的一个乡镇。境内凌江河源于宁远、蓝山、江华交界的黄龙山南麓,流长47.61公里。"
                       "魏和胜一行详细了解了凌江河河道水质、河面垃圾等情况。")
    places = _places(doc)
    assert "凌江河" in places, places
    assert not any(p.startswith("境内") for p in places), places


def test_a_city_bureau_s_branch_in_its_county_is_one_agency():
    """唐山 丰润区生态环境分局 and 临汾 news: 唐山市生态环境局丰润区分局局长…, 临汾市生态环境局霍州分局按行业
    分为八个小组开展专项执法检查 — the branches, each in its county (base: 临汾市生态环境局 alone, and
    丰润区分局 cut from its bureau); a word naming no county of the city (经开区分局) is left alone."""
    doc = extract_text("生态环境分局开展执法检查\n"
                       "连日来,临汾市生态环境局霍州分局按行业分为八个小组开展专项执法检查。"
                       "唐山市生态环境局丰润区分局局长李明带队检查。岳阳市生态环境局经开区分局督促企业整改。")
    agencies = _agencies(doc)
    assert {"临汾市生态环境局霍州分局", "唐山市生态环境局丰润区分局"} <= agencies, agencies
    assert not any(a.endswith("经开区分局") for a in agencies), agencies
    located = relation_pairs(doc, "locatedIn")
    assert ("唐山市生态环境局丰润区分局", "丰润区") in located and ("临汾市生态环境局霍州分局", "霍州市") in located, located


def test_a_share_of_good_days_written_bilu_is_a_share():
    """木兰县打赢蓝天保卫战三年行动计划实施方案: 空气质量优良天数比率达到90%以上 — a share of the days, as
    优良天数比例 is (base: kind level)."""
    doc = extract_text("木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020年)\n"
                       "(二)改善目标\n保持和巩固2018年环境空气质量改善成果,明显减少重污染天数,空气质量优良天数比率达到90%以上。")
    got = {(m.indicator, m.kind) for m in doc.metrics if m.value == 90}
    assert got == {("空气质量优良天数比率", "share")}, got
