"""Round 72 (municipal72): district, 街道 and 社区 news of the four municipalities (北京 朝阳区, 海淀区;
上海 浦东新区; 天津 滨海新区新河街道; 重庆 渝中区, 九龙坡区) from fresh texts of /tmp/s26/fresh/municipal72.
Fixes: 浦东 (and 沈北) written for their 新区 district; 发挥 inside a would-be body's name; 德治 and 塔楼
(jieba's ns) no places; a post word cut off a longer word (党组|织) closing no divisions' parenthetical;
two one-character levels over 、 sharing the head noun counted (32项市、区重大工程); a facility closing a
project's phase name (机场四期); sales totals written in 亿 with no unit being sums in 元."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_pudong_alone_is_the_pudong_new_area():
    """03-pudong-projects-2026, 04-pudong-projects-2025: 2026年全年,浦东共计划实施380项重大工程; 浦东建交委
    重点工程建设处副处长郑骞 (base: a Place 浦东 with no code, the figures and the office placed there,
    apart from 浦东新区 310115)."""
    doc = extract_text("浦东重大工程年度投资约1692亿元\n今年,浦东安排重大工程正式项目433项。"
                       "浦东建交委重点工程建设处副处长郑骞介绍了情况。")
    places = {e.name: e for e in doc.entities.values() if e.type == "Place"}
    assert "浦东" not in places and "浦东新区" in places, places
    pudong = places["浦东新区"].id
    assert {m.subject for m in doc.metrics} == {pudong}, [(m.indicator, m.subject) for m in doc.metrics]
    # 滨海 stays no district (滨海县 of 江苏 too, and many cities' coast)
    coast = extract_text("某市发展滨海旅游\n该市加快发展滨海旅游产业。")
    assert "滨海新区" not in _places(coast), _places(coast)


def test_a_verb_of_leading_is_no_part_of_a_body_s_name():
    """06-haidian-street-tasks: 万寿路街道充分发挥街道党工委总揽全局、协调各方的领导作用 (base: an Agency
    万寿路街道充分发挥街道党工委)."""
    doc = extract_text("海淀区推进街道重点任务\n今年上半年,万寿路街道充分发挥街道党工委总揽全局、协调各方的领导作用。"
                       "万寿路街道党工委书记曾涛在会上介绍。")
    agencies = _agencies(doc)
    assert not any("发挥" in a for a in agencies), agencies
    assert "万寿路街道党工委" in agencies, agencies


def test_rule_by_virtue_and_a_tower_block_are_no_places():
    """06-haidian-street-tasks: 推进基层法治和德治建设; 01-chaoyang-social-work: 望京SOHO塔楼群 (base: Places
    德治 and 塔楼, jieba's ns)."""
    doc = extract_text("海淀区街道工作\n区民政局持续推进基层法治和德治建设。深夜,望京SOHO塔楼群在大风中矗立。")
    assert not {"德治", "塔楼"} & _places(doc), _places(doc)


def test_a_post_word_cut_off_a_word_closes_no_divisions_parenthetical():
    """06-haidian-street-tasks: 优化调整了…626个社区(村)党组织结对共建关系 (base: the indicator 社区(村)党组,
    党组 read as a post closing the parenthetical though 组织 is the word); 7位县(市、区)委书记 keeps its post."""
    doc = extract_text("海淀区街道工作\n其中优化调整了667个区属机关企事业单位党支部与626个社区(村)党组织结对共建关系。"
                       "全市7位县(市、区)委书记参加会议。")
    got = {m.indicator for m in doc.metrics}
    assert "社区(村)党组" not in got, got
    assert "县(市、区)委书记" in got, got


def test_two_one_character_levels_share_the_noun_counted():
    """03-pudong-projects-2026: 浦东新区一季度32项市、区重大工程全面启动建设 (base: the indicator 市); a verb
    after the second level keeps the levels alone (25个市、县参加)."""
    doc = extract_text("浦东新区重大工程\n近日,浦东新区一季度32项市、区重大工程全面启动建设。全县5个省、市重点项目开工。"
                       "全市25个市、县参加。")
    got = _metrics(doc)
    assert ("市、区重大工程", 32, "项") in got, got
    assert ("省、市重点项目", 5, "个") in got, got
    assert not any(i.endswith("参加") for i, _v, _u in got), got


def test_an_airport_s_phase_is_no_count():
    """03-pudong-projects-2026: 包括为机场四期和东方枢纽配套的川南奉公路提升改建 (base: 包括为机场 4期)."""
    doc = extract_text("浦东新区重大工程\n此次开工9项市政交通工程,包括为机场四期和东方枢纽配套的川南奉公路提升改建。")
    got = _metrics(doc)
    assert not any(u == "期" for _i, _v, u in got), got
    assert ("市政交通工程", 9, "项") in got, got


def test_sales_written_in_yi_with_no_unit_are_yuan():
    """08-binhai-xinhe-street (天津滨海新区新河街道): 辖区规上工业总产值累计完成23.3亿、限上商品销售总额累计
    完成25.5亿 (base: 25.5亿 with no unit, the output beside it in 元)."""
    doc = extract_text("新河街道十四五规划\n主要经济指标稳定增长,辖区规上工业总产值累计完成23.3亿、"
                       "限上商品销售总额累计完成25.5亿。全区社会消费品零售总额完成120亿。")
    got = _metrics(doc)
    assert ("限上商品销售总额", 2550000000, "元") in got, got
    assert ("社会消费品零售总额", 12000000000, "元") in got, got


def test_a_city_s_short_name_after_a_street_opens_a_community_s_name():
    """07-haidian-chunyan (北京海淀街道): 海淀街道苏州桥西社区党委书记李春燕 (base: a Place 苏州市 and 桥西社区
    partOf 苏州市 in a Beijing story: no city lies inside a street)."""
    doc = extract_text("海淀街道推出图书\n12月27日,由海淀街道策划并出版的图书《春燕日记》正式首发。"
                       "作为作者之一,海淀街道苏州桥西社区党委书记李春燕扎根社区27年。")
    places = {e.id: e.name for e in doc.entities.values() if e.type == "Place"}
    assert "苏州市" not in places.values(), places
    assert "苏州桥西社区" in places.values(), places
    parts = {(places.get(r.subject), places.get(r.object)) for r in doc.relations if r.predicate == "partOf"}
    assert ("苏州桥西社区", "海淀街道") in parts, parts
    # a city named after a county keeps its reading (no street before it)
    other = extract_text("两地合作\n海淀区与苏州市签署合作协议。")
    assert "苏州市" in _places(other), _places(other)


def test_a_municipality_after_a_lone_adjective_hides_no_county():
    """11-putuo-changshoulu-report (上海普陀长寿路街道): 大上海城市花园居委会荣获…称号 (base: 海城市 of 辽宁
    read over 上海|城市, and 花园居委会 partOf 海城市); 曾任泽州县委书记 keeps its county."""
    doc = extract_text("长寿路街道社区代表会议报告\n大上海城市花园居委会荣获“上海市先进基层群众性自治组织”称号。")
    assert "海城市" not in _places(doc), _places(doc)
    county = extract_text("干部任职\n他曾任泽州县委书记。")
    assert "泽州县" in _places(county), _places(county)


def test_opening_and_signing_end_the_noun_of_the_firms_counted():
    """11-putuo-changshoulu-report: 实现商业体有69家商户开业、6家企业签约办公入驻 (base: indicators 商户开业 and
    企业签约办公); a noun that opens with signing keeps it (15个重点签约项目)."""
    doc = extract_text("长寿路街道报告\n聚力鸿寿坊项目招商,实现商业体有69家商户开业、6家企业签约办公入驻。"
                       "活动现场,5个项目成功签约。会上15个重点签约项目总投资80亿元。")
    got = _metrics(doc)
    assert ("商户", 69, "家") in got and ("企业", 6, "家") in got, got
    assert ("项目", 5, "个") in got, got
    assert ("重点签约项目", 15, "个") in got, got


def test_a_verb_of_forming_opens_no_indicator():
    """06-haidian-street-tasks: 结合区级特点,形成区级街道工作重点任务28项 (base: the indicator
    形成区级街道工作重点任务); 固定资本形成总额 keeps its word."""
    doc = extract_text("海淀区街道工作\n2023年,区民政局按照市级街道工作重点任务清单,并结合区级特点,"
                       "形成区级街道工作重点任务28项。全年固定资本形成总额1200亿元。")
    got = {m.indicator for m in doc.metrics}
    assert "区级街道工作重点任务" in got, got
    assert any(i.startswith("固定资本形成总额") for i in got), got
