"""Round 72 (police72): public-security news of counties and cities (/tmp/s26/fresh/police72: 警情通报,
cases solved, 专项行动 results, 交警 and 派出所 news of county and city bureaus in 甘肃, 陕西, 山西, 宁夏, 内蒙古, 河北, 湖北,
福建, 浙江, 广东, 四川, 贵州 and 重庆): a two-character county the segmenter glues to its organ (成|县公安局), a police station named again by
its own name after its chained full name (曲周县公安局侯村派出所 … 侯村派出所), a unit's work counted after
共 (该大队共查处酒驾15起), a count of people whose noun runs on into what was done (为7名受害群众返还…,
9名受害人现场领取…, 30名志愿者协助大队整治…), kinds of crime sharing 发案 in a 分别 list (刑事、治安发案同比分别
下降…), a policeman named after 民警, the 2号 of an operation's name (“护旗2号”: no day), a span since (30多天来:
no figure), a case's losses in 万 (in 元), example places before 等地 and stations listed with 、 (no subject),
and vehicles named by their wheels (三轮车: no count)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_two_character_county_before_its_police_bureau():
    """06-chengxian-fanhuan (每日甘肃网, 甘肃成县): 成县公安局:集中返还群众被骗资金 … 成县公安局举行仪式 — jieba
    reads 成|县公安局 (base: no place 成县 and a bare agency 县公安局); so 曹县政府, 礼县政协."""
    doc = extract_text("成县公安局集中返还群众被骗资金\n近日,成县公安局举行仪式,将近期破案追回的涉案资金集中返还给受骗群众。")
    assert "成县" in _names(doc, "Place"), _names(doc, "Place")
    assert "成县公安局" in _names(doc, "Agency"), _names(doc, "Agency")
    other = extract_text("曹县政府召开常务会议\n近日,曹县政府召开常务会议。礼县政协开展视察活动。")
    assert {"曹县", "礼县"} <= _names(other, "Place"), _names(other, "Place")
    # a verb ending with the county's first character is still no county (形成|县…, 完成|县…)
    verb = extract_text("工作简报\n全面完成县政府交办的任务,形成县公安局牵头的机制。")
    assert not {"成县"} & _names(verb, "Place"), _names(verb, "Place")


def test_a_police_station_named_again_by_its_own_name_is_one_body():
    """12-quzhou-houcun (河北新闻网, 曲周县): 曲周县公安局侯村派出所接到群众求助 … 失主来到侯村派出所 (base: a
    second agency 侯村镇派出所 beside the chained one)."""
    doc = extract_text("派出所帮群众找回失物\n3月16日18时许,邯郸市曲周县公安局侯村派出所接到群众求助。"
                       "3月18日13时许,失主来到侯村派出所,将一面锦旗送给民警。")
    agencies = _names(doc, "Agency")
    assert "曲周县公安局侯村派出所" in agencies and "侯村镇派出所" not in agencies, agencies


def test_a_police_unit_and_its_time_before_gong_are_no_part_of_the_indicator():
    """07-wuping-jiujia (闽西日报): 该大队共查处酒驾15起; 08-xishui-yecha (浠水): 行动当晚共查获酒驾20起; 06-chengxian:
    成县公安局共立电信网络诈骗案件133起 (base: the indicators 该大队共查处酒驾, 行动当晚共查获酒驾, 成县公安局共立…)."""
    doc = extract_text("武平交警严查酒驾\n据统计,截至12月21日,该大队共查处酒驾15起,醉驾4起。行动当晚共查获酒驾20起。")
    got = _metrics(doc)
    assert ("查处酒驾", 15, "起") in got and ("查获酒驾", 20, "起") in got, got
    case = extract_text("成县公安局返还资金\n今年以来,成县公安局共立电信网络诈骗案件133起,破案80起。")
    got = {(case.entities[m.subject].name if m.subject else None, m.indicator) for m in case.metrics if m.value == 133}
    assert got == {("成县公安局", "立电信网络诈骗案件")}, got
    # no object after the verb: the words before 共 are what is counted (电诈案件共破获30起)
    bare = extract_text("电诈打击成效\n全年电诈案件共破获30起。")
    assert any(m.indicator.startswith("电诈案件") for m in bare.metrics), _metrics(bare)


def test_a_count_of_people_ends_before_what_was_done_for_them():
    """05-yangxian-fanzha (洋县): 9名电信网络诈骗受害人现场领取了…, 与3名大学生反诈志愿者一起开展反诈宣传;
    14-chengkou-fanhuan (城口县): 为7名电信网络诈骗受害群众返还被骗资金15余万元 (base: 电信网络诈骗受害人现场,
    大学生反诈志愿者一起, 电信网络诈骗受害群众返还)."""
    doc = extract_text("洋县返还涉诈资金\n7月15日,洋县公安局召开大会,9名电信网络诈骗受害人现场领取了返还资金。"
                       "该县反诈中心民警与3名大学生反诈志愿者一起开展反诈宣传。"
                       "活动现场,洋县公安局为7名电信网络诈骗受害群众返还被骗资金15余万元。")
    got = {m.indicator for m in doc.metrics if m.unit == "名"}
    assert got == {"电信网络诈骗受害人", "大学生反诈志愿者", "电信网络诈骗受害群众"}, got
    # 18-dayingxian-toukui (四川大英县): a verb with its object after them is their deed (base: 文明交通志愿者协助大队整治…)
    deed = extract_text("大英交警整治头盔\n驾校分别抽调15名执法人员、30名文明交通志愿者协助大队整治电动自行车违法行为。")
    got = {m.indicator for m in deed.metrics if m.value == 30}
    assert got == {"文明交通志愿者"}, got
    # without a preposition of whom it is done for, a verb closing the run is their measure
    kept = extract_text("合作社带动就业\n合作社带动10名村民就业,事故中2名施工人员受伤。")
    got = {m.indicator for m in kept.metrics}
    assert {"村民就业", "施工人员受伤"} <= got, got


def test_kinds_of_crime_share_the_cases_reported_in_a_respective_list():
    """03-dingxi-bairi (法治甘肃网, 定西市): 全市刑事、治安发案同比分别下降4.7%、11.4% (base: 刑事同比下降)."""
    doc = extract_text("定西公安百日行动成效显著\n截至9月份,全市刑事、治安发案同比分别下降4.7%、11.4%。")
    got = {m.indicator for m in doc.metrics}
    assert got == {"刑事发案同比下降", "治安发案同比下降"}, got


def test_a_policeman_named_after_his_role_is_a_person():
    """14-chengkou-fanhuan (重庆城口县): “…”城口县反诈中心民警张刚说 (base: no person); 民警王超斌第一时间联动辖区村干部
    (莆田湄洲, the same shape): a whole name after 民警, closed by a verb of speech or 第一时间."""
    doc = extract_text("城口县公安局返还被骗资金\n“不仅要破大案,也要更快破小案。”城口县反诈中心民警张刚说。"
                       "为尽快锁定目标,民警王超斌第一时间联动辖区村干部。")
    assert {"张刚", "王超斌"} <= _names(doc, "Person"), _names(doc, "Person")
    # a bare 民警 (no name after it) or a 某 names nobody
    bare = extract_text("派出所帮群众找回失物\n民警张某说,接警后民警第一时间赶到现场。")
    assert not _names(bare, "Person"), _names(bare, "Person")


def test_the_number_of_a_named_operation_is_no_day():
    """16-junlian-jindu (筠连头条, 四川筠连县): 在“护旗2号”专项行动中,…共抓获贩毒人员18人 (base: the period 2号, read as
    the 2nd of the month, 2021-06-02): the number closing a quoted name is the operation's."""
    from kg.periods import find_periods
    assert find_periods("在“护旗2号”专项行动中,共抓获贩毒人员18人") == []
    assert find_periods("“昆仑2号”行动取得成效") == []
    # a day written in a quote (its month before it), or a bare day closed by no quote, stays a day
    assert [w for _a, _b, w in find_periods("“10月2号”那天")] == ["10月2号"]
    assert [w for _a, _b, w in find_periods("他说“我们2号出发”")] == ["2号"]


def test_an_approximate_span_since_is_no_figure():
    """09-yunhe-liangjian (长城网, 沧州运河公安分局): 30多天来,已先后查处各类刑事案件34起 (base: a metric 天 30, the span
    up to now read as a figure; 30天来 was already none)."""
    doc = extract_text("运河公安分局亮剑行动\n30多天来,已先后查处各类刑事案件34起。行动开展两个多月以来,共查处治安案件16起。")
    got = _metrics(doc)
    assert not any(u in ("天", "个月") for _i, _v, u in got), got
    assert ("查处各类刑事案件", 34, "起") in got, got
    # a span that is the figure (工作20余天) stays one
    kept = extract_text("驻村工作简报\n工作队在村里工作20余天,完成入户走访。")
    assert any(u == "天" for _i, _v, u in _metrics(kept)), _metrics(kept)


def test_a_case_s_losses_in_wan_are_money():
    """13-qianxinan-fanhuan (黔西南州): 挽回被骗群众经济损失300余万 (base: 3000000 with no unit, while 被骗资金180余万
    beside it was read in 元): a loss, a sum involved or stolen money written in 万 alone is in 元."""
    doc = extract_text("黔西南公安返还被骗资金\n2021年初以来,黔西南州公安机关挽回被骗群众经济损失300余万,涉案金额1.2亿,"
                       "追缴赃款50余万。")
    got = {(v, u) for _i, v, u in _metrics(doc)}
    assert {(3000000, "元"), (120000000, "元"), (500000, "元")} <= got, got


def test_example_places_and_listed_stations_are_no_subject():
    """17-xiuwen-dalingshoujie (贵州修文县): 缉毒民警与谷堡派出所、洒坪派出所联动盘查,先后在县城街心花园、龙场镇城南村等地
    抓获吸毒人员5名 (base: the subject 城南村, one example of where; then 谷堡镇, the township of a listed station): the
    figure is the county's."""
    doc = extract_text("修文县开展禁毒行动\n本月初修文警方在全县范围内启动“打零收戒”禁毒行动。此外,缉毒民警与谷堡派出所、"
                       "洒坪派出所联动盘查,先后在县城街心花园、龙场镇城南村等地抓获吸毒人员5名。")
    got = {(doc.entities[m.subject].name if m.subject else None, m.indicator) for m in doc.metrics if m.value == 5}
    assert got == {("修文县", "抓获吸毒人员")}, got
    # a lone place the figure is about (no 等地 after it) stays its subject
    own = extract_text("修文县开展禁毒行动\n本月初修文警方在全县范围内启动禁毒行动。龙场镇抓获吸毒人员5名。")
    got = {doc_name for doc_name in (own.entities[m.subject].name for m in own.metrics if m.subject)}
    assert got == {"龙场街道"}, got


def test_a_vehicle_named_by_its_wheels_is_no_count():
    """19-yanhu-toukui (运城市公安局盐湖分局): 提高电动自行车、三轮车、摩托车骑乘人员安全防护意识 (base: a metric 轮 3, the
    三轮 of 三轮车 read as three rounds); 经过三轮谈判 stays a count."""
    doc = extract_text("盐湖公安交警劝导整治\n进一步提高电动自行车、三轮车、摩托车骑乘人员安全防护意识。")
    assert not doc.metrics, _metrics(doc)
    rounds = extract_text("招商引资取得成效\n经过三轮谈判,签约项目5个。")
    assert ("谈判", 3, "轮") in _metrics(rounds), _metrics(rounds)
