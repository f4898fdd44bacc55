"""Round 119 (gangkou119): ports and shipping — port throughput bulletins (交通部水运司 主要港口 monthly, 珠海港集团
half-year, 连云港港口 monthly), new container routes (防城港务集团, 天津港集团, 洋浦 小铲滩码头), maritime patrols and checks
(平潭海事处, 莆田 湄洲岛/南日海事处, 岱山 县海事处, 广东海事局 joint patrol) and the 长航局's year (fresh texts of
/tmp/s27/txt/gangkou119).
Fixes, base → now:
- a word of trade between 完成 and a throughput is a word of the measure (主要港口完成国际集装箱吞吐量611.67万TEU →
  主要港口国际集装箱吞吐量, was 主要港口完成国际集装箱吞吐量; 外贸/内贸 so too);
- a bracketed 含 between an amount and its bound still makes a size class (1000总吨(含)以下小型货运船舶: no figure,
  was 针对性地加强了对 1000 总吨; 3000万元（含）以上项目52个 → 3000万元（含）以上项目, was 以上项目 and a bare 金额);
- 省市/省市区/省区 after a count are one counted noun (长江经济带11省市船舶靠港使用岸电 → 船舶靠港使用岸电, was
  市船舶靠港使用岸电; 11个省市 → 省市, was 省; 31省区市城镇新增就业 → 城镇新增就业, was 区市城镇新增就业);
- a ship's size in container slots is the class of the ships counted, as 5万吨散货船 is (投入2条1740箱位集装箱船 →
  1740箱位集装箱船 2 条, was 位集装箱船 1740 箱 and 现阶段投入 2 条; 2艘8500标准箱集装箱船 likewise; 箱位 a unit);
- a body whose official speaks the sentence is skipped and the body opening what is said is the subject
  (…业务部副总经理任伟介绍说，今年以来，天津港集团开通内外贸新航线9条 → 天津港集团, was 天津市);
- a figure whose clause names nothing after a clause that names a measure and says it grew is that measure's
  (集装箱量逆势上扬，累计完成49.7万标箱 → 集装箱量, was 标准箱; 全县粮食产量稳定增长，达到50万吨 → 粮食产量, was 吨)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m.indicator for m in doc.metrics}


def _subjects(doc) -> dict:
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_a_trade_word_between_the_verb_and_a_throughput_keeps_no_verb():
    """01-quanguo-zhuyao-gangkou (base: 主要港口完成国际集装箱吞吐量, 沿海主要港口完成国际集装箱吞吐量)."""
    got = _metrics(extract_text("港口生产\n5月份，全国主要港口完成国际集装箱吞吐量611.67万TEU，同比增长26%。"))
    assert got.get(6116700) == "主要港口国际集装箱吞吐量", got
    got = _metrics(extract_text("港口生产\n1-6月，全市港口完成外贸集装箱吞吐量12.5万标箱，完成内贸货物吞吐量1200万吨。"))
    assert got.get(125000) == "港口外贸集装箱吞吐量" and got.get(12000000) == "港口内贸货物吞吐量", got


def test_a_result_verb_before_a_plain_throughput_stays_as_before():
    """Guard: 完成货物吞吐量 (a listed result) and 完成旅客吞吐量 read as before."""
    got = _metrics(extract_text("港口生产\n5月份，全国主要港口完成货物吞吐量32547万吨，完成旅客吞吐量786万人。"))
    assert got.get(325470000) == "主要港口货物吞吐量" and got.get(7860000) == "主要港口旅客吞吐量", got


def test_an_inclusive_note_before_a_bound_still_makes_a_size_class():
    """07-pingtan-haishichu: 加强了对1000总吨(含)以下小型货运船舶的专项检查 (base: 针对性地加强了对 1000 总吨)."""
    got = _metrics(extract_text("巡航执法\n执法人员针对性地加强了对1000总吨(含)以下小型货运船舶的专项检查，共检查船舶24艘次。"))
    assert 1000 not in got and got.get(24) == "检查船舶", got
    got = _metrics(extract_text("项目建设\n今年全市有3000万元（含）以上项目52个。"))
    assert got == {52: "3000万元（含）以上项目"}, got


def test_a_bound_with_no_noun_after_it_is_still_a_figure():
    """Guard: an amount and (含)以上 closing the clause bounds a figure (总投资3000万元（含）以上。), kept."""
    got = _metrics(extract_text("项目建设\n入库项目总投资3000万元（含）以上。"))
    assert 30000000 in got, got


def test_provinces_and_municipalities_after_a_count_are_one_noun():
    """11-changhang-2022: 长江经济带11省市船舶靠港使用岸电近80万艘次 (base: 市船舶靠港使用岸电)."""
    got = _metrics(extract_text("长江航运\n2022年长江经济带11省市船舶靠港使用岸电近80万艘次。"))
    assert got.get(800000) == "船舶靠港使用岸电", got
    got = _metrics(extract_text("长江航运\n2022年长江经济带11个省市船舶靠港使用岸电近80万艘次。"))
    assert got.get(800000) == "船舶靠港使用岸电" and got.get(11) == "省市", got
    got = _metrics(extract_text("就业\n全国31省区市城镇新增就业1200万人。"))
    assert got.get(12000000) == "城镇新增就业", got


def test_a_ships_size_in_container_slots_is_the_class_counted():
    """06-yangpu-hangxian: 现阶段投入2条1740箱位集装箱船 (base: 位集装箱船 1740 箱, 现阶段投入 2 条)."""
    got = _metrics(extract_text("新航线\n该航线现阶段投入2条1740箱位集装箱船，船舶班期密度为两周一班。"))
    assert got == {2: "1740箱位集装箱船"}, got
    got = _metrics(extract_text("新航线\n该航线投入2艘8500标准箱集装箱船。"))
    assert got == {2: "8500标准箱集装箱船"}, got


def test_a_range_of_ship_sizes_stays_a_range():
    """Guard (05-tianjingang-hangxian): 共投入7艘8500标准箱至9500标准箱集装箱船 keeps its range and its count."""
    doc = extract_text("新航线\n共投入7艘8500标准箱至9500标准箱集装箱船，实行周班运营。")
    got = {m.value: (m.indicator, m.kind) for m in doc.metrics}
    assert got.get(8500) == ("集装箱船", "range") and got.get(7) == ("集装箱船", "level"), got


def test_a_container_throughput_is_no_size_class():
    """Guard: a throughput in 标箱 closing the clause stays a figure (完成集装箱吞吐量120万标箱)."""
    got = _metrics(extract_text("港口生产\n全港完成集装箱吞吐量120万标箱。"))
    assert got.get(1200000) == "全港集装箱吞吐量", got


def test_the_body_opening_what_a_speaker_says_is_the_subject():
    """05-tianjingang-hangxian: 天津港股份有限公司业务部副总经理任伟介绍说，今年以来，天津港集团开通内外贸新航线9条
    (base: subject 天津市)."""
    doc = extract_text("天津港新航线开通\n天津港股份有限公司业务部副总经理任伟介绍说，今年以来，天津港集团开通内外贸新航线9条。")
    assert _subjects(doc).get(9) == "天津港集团", _subjects(doc)


def test_a_speaker_body_is_still_no_subject():
    """Guard: the speaking body is never the subject; a place scope after the speech stays the place's."""
    doc = extract_text("就业\n安远县人力资源和社会保障局负责人介绍，今年安远县城镇新增就业1200人。")
    assert _subjects(doc).get(1200) == "安远县", _subjects(doc)


def test_a_bare_figure_after_a_clause_that_says_a_measure_grew_is_that_measure():
    """06-yangpu-hangxian: 集装箱量…逆势上扬，累计完成49.7万标箱 (base: indicator 标准箱, the bare unit)."""
    got = _metrics(extract_text("港口生产\n洋浦小铲滩码头今年1-8月集装箱量逆势上扬，累计完成49.7万标箱，同比增长66%。"))
    assert got.get(497000) == "集装箱量" and got.get(66) == "集装箱量同比增长", got
    got = _metrics(extract_text("农业生产\n全县粮食产量稳定增长，达到50万吨。"))
    assert got.get(500000) == "粮食产量", got


def test_a_grown_clause_before_a_figure_with_its_own_noun_changes_nothing():
    """Guard: a figure whose clause names its noun (新增企业1200家) keeps it; a clause before that names no measure
    (形势下逆势上扬) lends none."""
    got = _metrics(extract_text("市场主体\n企业数量稳步增长，新增企业1200家。"))
    assert got.get(1200) == "新增企业", got
    got = _metrics(extract_text("港口生产\n在困难形势下逆势上扬，累计完成49.7万标箱。"))
    assert got.get(497000) != "形势下", got
