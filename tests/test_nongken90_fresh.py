"""Round 90 (nongken90): state-farm (农垦), forest-industry (森工) and forest-region news of Heilongjiang,
Jilin and Inner Mongolia — 北大荒集团 branch companies' harvest figures (友谊分公司, 牡丹江分公司), a 农场's
gazetteer entry with its 作业站 (红旗岭农场), forest farms' fire-prevention and survey news (大石头林业局's
西北林场, 长白山森工's 天桥岭, 龙江森工's 林口局, 大兴安岭's 十八站林业局, 吉林森工's 白石山林业局), 内蒙古森工
and 龙江森工 company profiles and a Beijing-run farm in Heilongjiang (双河农场) (fresh texts of
/tmp/s26/fresh/nongken90).  Fixes: thousands grouped by a space as yearbooks print them (耕地1 139.33公顷)
one figure; a region's name before 林场/农场/牧场 (西北林场) the farm's, no region of China; a province
before a city's short name that is none of its cities (内蒙古大兴安岭林业管理局) no 大兴安岭地区 of 黑龙江; a
verb of place before a farm named like a far county (到双河农场调研) no 双河市 of 新疆; a company opening a
paragraph's first sentence whose the later sentences' figures are (北大荒集团牡丹江分公司周密部署…)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_thousands_grouped_by_a_space_are_one_figure():
    """08-hongqiling-zuoyezhan: 2006年有耕地1 139.33公顷…每年上交粮豆2 000吨 … 人均收入8 000元 (base: 139.33公顷
    with the indicator 公顷, 2 000吨 and 8 000元 lost).  A space after a year or between cells of a table's
    row (2023年 1 200万元, 合计 100 200) groups nothing: the digits stay apart."""
    doc = extract_text("作业站概况\n2006年有耕地1 139.33公顷,每年上交粮豆2 000吨,全站人均收入8 000元。")
    values = {(v, u) for _s, _i, v, u in _metrics(doc)}
    assert {(1139.33, "公顷"), (2000, "吨"), (8000, "元")} <= values, _metrics(doc)
    assert not {(139.33, "公顷"), (0, "吨")} & values, _metrics(doc)
    doc = extract_text("情况\n2023年 1 200万元用于建设。")
    assert (12000000, "元") not in {(v, u) for _s, _i, v, u in _metrics(doc)}, _metrics(doc)


def test_a_regions_name_before_a_farm_names_the_farm():
    """03-xibei-linchang-fanghuo: 西北林场共有24350公顷山林,其中国有生态公益林23290公顷 (base: the place 西北, China's
    north-west, subject of the forest figures).  西北地区 and a region before another word keep the region."""
    doc = extract_text("西北林场做好春季森林防火工作\n西北林场共有24350公顷山林,其中国有生态公益林23290公顷。"
                       "东北农场和华北牧场也在行动。")
    places = _names(doc, "Place")
    assert not {"西北", "东北", "华北"} & places, places
    assert "西北" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)
    doc = extract_text("气候\n西北地区降水偏少,华北大部气温偏高。")
    assert {"西北", "华北"} & _names(doc, "Place"), _names(doc, "Place")


def test_a_province_before_another_provinces_city_short_name_is_no_city():
    """09-neimenggu-sengong: 内蒙古大兴安岭林管局现有19个林业局 … 内蒙古大兴安岭重点国有林管理局(前身为内蒙古大兴安岭林业
    管理局) (base: 大兴安岭地区林业管理局 located in 大兴安岭地区, 黑龙江's prefecture, and the 19 bureaus its).  The
    province holding the city keeps it (黑龙江大兴安岭, 吉林延边), and so does any word but a forest region's after the
    city (北京温州商会: places34's chamber of Wenzhou natives)."""
    doc = extract_text("内蒙古森工\n内蒙古大兴安岭林业管理局现有19个林业局、2个自然保护区管理局。")
    assert "大兴安岭地区" not in _names(doc, "Place"), _names(doc, "Place")
    assert "大兴安岭地区" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)
    doc = extract_text("林区\n黑龙江大兴安岭地区有林场。吉林延边有森工企业。")
    assert {"大兴安岭地区", "延边朝鲜族自治州"} <= _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("商会\n北京温州商会会长带领考察团来访。")  # (the chamber of 温州 natives in Beijing)
    assert "温州市" in _names(doc, "Place"), _names(doc, "Place")


def test_a_farm_named_like_a_far_county_is_no_county():
    """11-shuanghe-nongchang: 北京市财政局等到双河农场调研 (base: 双河市 of 新疆's 兵团, the article's place, though
    the farm is 首农's in 黑龙江).  A county's farm where the story names its province keeps the county
    (吉林省…洮南农场), and a verb of place before the county alone still names it (到双河开会)."""
    doc = extract_text("北京市财政局等到双河农场调研\n北京市财政局副局长王婴来我场进行工作调研。")
    assert "双河市" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("调研\n吉林省白城市的洮南农场水稻丰收。")
    assert "洮南市" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("会议\n他们前往石河子,到双河开会。")
    assert "双河市" in _names(doc, "Place"), _names(doc, "Place")


def test_a_company_opening_the_paragraph_owns_its_later_figures():
    """02-mudanjiang-qiushou: 连日来,北大荒集团牡丹江分公司周密部署…。以日均出动机械5460余台(套),日均收获近40万亩的
    速度…。截至10月10日,720余万亩秋粮收获已完成70% (base: 牡丹江市, the place the company's name gave the article).
    A company that only heads a person's post (…分公司党委书记张三来到现场) or opens a list of bodies is no actor, nor
    is a news outlet writing its dateline (traffic53's 中新网西宁10月27日电)."""
    text = ("北大荒集团牡丹江分公司全力抢收秋粮\n连日来,北大荒集团牡丹江分公司周密部署,统筹安排,全力以赴抢收秋粮。"
            "日均收获近40万亩。截至10月10日,720余万亩秋粮收获已完成70%。")
    subjects = {s for s, *_ in _metrics(extract_text(text))}
    assert subjects == {"北大荒集团牡丹江分公司"}, subjects
    for first in ("北大荒集团牡丹江分公司党委书记张三来到现场。", "北大荒集团牡丹江分公司、宝泉岭分公司联合部署。"):
        doc = extract_text("北大荒集团牡丹江分公司全力抢收秋粮\n" + first + "截至10月10日,720余万亩秋粮收获已完成70%。")
        assert "北大荒集团牡丹江分公司" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)
    # a news outlet's dateline opening the paragraph is no actor (中新网西宁10月27日电: no figure of 中国新闻网)
    doc = extract_text("西宁机场冬春航季加密航班\n中新网西宁10月27日电 冬春航季,西宁至拉萨航班每天5班。"
                       "至疆内航班量增长52%。")
    assert "中国新闻网" not in {s for s, *_ in _metrics(doc)}, _metrics(doc)


def test_a_bare_group_is_no_member_of_a_list():
    """10-longjiang-gongzuohuiyi: 森工集团下辖23个林业局有限公司(公益类),森工投资集团、绿色食品集团、众创集团、林业设计院等54个
    二级商业类公司…。集团在册职工10.17万人 (base: 众创集团's staff, the last 集团 named, one member of the list).  A
    group named alone before keeps the anaphor (该集团 after 北大荒农垦集团有限公司)."""
    doc = extract_text("森工集团\n中国龙江森林工业集团有限公司,总部位于黑龙江省哈尔滨市。森工集团下辖森工投资集团、"
                       "绿色食品集团、众创集团等54个二级商业类公司。集团在册职工10.17万人。")
    staff = {s for s, i, v, u in _metrics(doc) if u == "人"}
    assert staff == {"中国龙江森林工业集团有限公司"}, _metrics(doc)
    doc = extract_text("秋收\n北大荒农垦集团有限公司召开会议。今年该集团粮食总产达到451亿斤。")
    assert "北大荒农垦集团有限公司" in {s for s, *_ in _metrics(doc)}, _metrics(doc)

