"""Round 115 (qixiang115): meteorology and weather bureau news — rainfall reports, forecasts, warnings,
climate bulletins and farm weather services from national to county level (国家气候中心 autumn climate,
兴隆县 2020 climate bulletin, a county's annual climate summary, 嵊州 city rain report and forecast lines,
莆田 city rain forecast, 西安 geological-hazard weather warning, 石家庄 rainstorm blue warning, 周至县
rainstorm yellow warning, 佳县 and 梅县区 spring-ploughing services; fresh texts of /tmp/s27/txt/qixiang115).
Fixes (base → now):
- a forecast's coming days (今明两天, 未来三天) are a period: base 今明 2天 a metric and 今明两天的最高气温
  its indicator → no figure, 最高气温 of 2016-07-19/2016-07-20 (今明 from the story's day; 未来三天 left open);
- a forecast line's weather words before degrees (6月23日(星期二):小雨转阴24~35℃): base indicator 小雨转阴,
  (星期六) → 气温;
- a month-day without a year in a sentence opened by a year (2020年内…，其中8月12~13日最大降水量…) in a bulletin
  published in 2022: base 2021-08-12/2021-08-13 → 2020-08-12/2020-08-13;
- a name right after a place opening its clause, a post after it (周至县朱建平副县长作出批示): base no person →
  朱建平 holding 副县长 of 周至县;
- stations (towns) counted whose rain passes a bound (40个站点(总共118个站点)雨量超过50毫米, 3个乡镇降水量超过100
  毫米): base 站点(总共118个站点)雨量 40个 and 乡镇降水量 100毫米 → 雨量超过50毫米的站点 40个, the bound no figure;
- 今秋, 今春 are a time as 今夏, 今冬 (今秋全国大部地区气温偏高1至2摄氏度): base indicator 今秋全国大部地区气温偏高 →
  大部地区气温偏高;
- the weather that befell divisions counted with their parenthetical (5个县(市、区)出现大暴雨, a provincial report
  modelled on the genre): base 县(市、区) (the event cut once past five characters) → 县(市、区)出现大暴雨, as
  23个县(市、区)出现暴雨 and 5个县出现大暴雨 read;
- a bureau's 我局 before a colon introducing the forecast it issued (我局…发布降雨预报信息:…预计周至县今天…降水量30-50mm,
  气温21~25℃): base subject 周至县气象局 → 周至县, the place named after the colon."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _periods(doc) -> dict[tuple, str | None]:
    return {(m.indicator, m.value): m.period for m in doc.metrics}


def _posts(doc) -> set[tuple[str, str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name, p["post"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_the_days_a_forecast_covers_are_no_figure_nor_indicator_word():
    """07-hebei-shijiazhuang-baoyu-lanse: 今明两天的最高气温将维持在25℃左右; base: 今明 2天 and indicator
    今明两天的最高气温."""
    doc = extract_text("省会将有强降雨\n2016-07-19\n受降雨影响，今明两天的最高气温将维持在25℃左右。未来三天全市最高气温可达33℃。")
    got = _metrics(doc)
    assert ("最高气温", 25, "℃") in got and ("最高气温", 33, "℃") in got, got
    assert not any(u == "天" for _i, _v, u in got), got
    assert _periods(doc).get(("最高气温", 25)) == "2016-07-19/2016-07-20", _periods(doc)  # (the days from the story's)
    assert _periods(doc).get(("最高气温", 33)) is None, _periods(doc)  # (未来三天: a first day left open)


def test_a_count_of_days_stays_a_figure():
    """Guard: a count of days that is no forecast's stretch (高温日数10.2天, 持续39天) stays a figure."""
    doc = extract_text("高温\n全国平均高温日数为10.2天。高温过程持续时间39天。")
    got = _metrics(doc)
    assert any(v == 10.2 and u == "天" for _i, v, u in got) and any(v == 39 and u == "天" for _i, v, u in got), got


def test_a_forecast_lines_weather_words_name_the_air_temperature():
    """04-zhejiang-shengzhou-meiyu: 6月23日(星期二):小雨转阴24~35℃, 6月27日(星期六):阴22~33℃; base:
    indicators 小雨转阴, 阴有阵雨或雷雨, (星期六)."""
    doc = extract_text("天气预报\n具体天气预报:\n6月22日(星期一):阴有阵雨或雷雨21~30℃\n6月23日(星期二):小雨转阴24~35℃\n"
                       "6月27日(星期六):阴22~33℃")
    got = _metrics(doc)
    assert {i for i, _v, u in got if u == "℃"} == {"气温"}, got
    assert {v for _i, v, u in got if u == "℃"} == {21, 24, 22}, got


def test_a_named_temperature_keeps_its_name():
    """Guard: degrees after a measure's own name (白天最高气温35℃, 平均气温16.5℃) keep it."""
    doc = extract_text("气候\n今年全市平均气温16.5℃。白天最高气温35℃。")
    got = _metrics(doc)
    assert ("平均气温", 16.5, "℃") in got and ("白天最高气温", 35, "℃") in got, got


def test_a_month_day_in_a_sentence_opened_by_a_year_is_that_years():
    """03-hebei-xinglong-qihou-gongbao (成文日期 2022-03-25): 2020年内兴隆县发生的主要气象灾害…，其中8月12~13日
    最大降水量达到171.6毫米; base: 2021-08-12/2021-08-13 (the latest August before publication)."""
    doc = extract_text("兴隆县2020年气候公报\n成文日期: 2022-03-25\n2020年内兴隆县发生的主要气象灾害特点为:暴雨日数偏多,"
                       "全年出现4次强降雨过程,其中8月12~13日最大降水量达到171.6毫米,出现在蓝旗营镇苇子峪村。")
    assert _periods(doc).get(("最大降水量", 171.6)) == "2020-08-12/2020-08-13", _periods(doc)


def test_a_year_inside_the_sentence_frames_no_later_day():
    """Guard: a year that is the basis of a comparison inside the sentence (较2019年偏多2天) is no frame: the day
    after it keeps the publication's reading."""
    doc = extract_text("气候公报\n成文日期: 2022-03-25\n全县暴雨日数偏多,较2019年偏多2天,其中8月12日最大降水量达到171.6毫米。")
    assert _periods(doc).get(("最大降水量", 171.6)) == "2021-08-12", _periods(doc)


def test_a_name_after_a_place_opening_the_clause_before_a_post_is_an_official():
    """10-shaanxi-zhouzhi-baoyu-huangse: 3日,周至县朱建平副县长在…服务材料作出批示; base: no person."""
    doc = extract_text("气象服务\n3日,周至县朱建平副县长在《气象信息》暴雨黄色预警信号服务材料作出批示。")
    assert "朱建平" in _persons(doc), _persons(doc)
    assert any(n == "朱建平" and o == "周至县" and "副县长" in p for n, o, p in _posts(doc)), _posts(doc)


def test_a_body_after_a_place_is_no_person():
    """Guard: a body's name after a place (周至县高新区管委会主任) gives no person."""
    doc = extract_text("会议\n会上,周至县高新区管委会主任作了讲话。")
    assert not _persons(doc), _persons(doc)


def test_stations_counted_past_a_rain_bound_are_that_class():
    """04-zhejiang-shengzhou-meiyu: 40个站点(总共118个站点)雨量超过50毫米; base: 站点(总共118个站点)雨量 40个.
    And 3个乡镇降水量超过100毫米; base: 乡镇降水量 3个 and 乡镇降水量 100毫米."""
    doc = extract_text("降水\n全市平均雨量47.6毫米,40个站点(总共118个站点)雨量超过50毫米。全县共有3个乡镇降水量超过100毫米。")
    got = _metrics(doc)
    assert ("雨量超过50毫米的站点", 40, "个") in got, got
    assert ("降水量超过100毫米的乡镇", 3, "个") in got, got
    assert not any(u == "毫米" and v in (50, 100) for _i, v, u in got), got


def test_stations_reaching_an_amount_keep_it():
    """Guard: stations whose rain reaches an amount with no pass verb nor bound (12个站点雨量达到50毫米) keep both
    figures, as villages reaching an income do."""
    doc = extract_text("降水\n全市12个站点雨量达到50毫米。")
    got = _metrics(doc)
    assert any(v == 50 and u == "毫米" for _i, v, u in got), got


def test_this_autumn_is_a_time_no_word_of_the_indicator():
    """01-guojia-qiuji-qihou: 今秋全国大部地区气温偏高1至2摄氏度; base: indicator 今秋全国大部地区气温偏高."""
    doc = extract_text("秋季气候\n统计显示,今秋全国大部地区气温偏高1至2摄氏度。")
    got = {i for i, _v, _u in _metrics(doc)}
    assert got and not any("今秋" in i for i in got), got


def test_the_weather_befalling_bracketed_divisions_is_what_counts_them():
    """Modelled on provincial rain reports: 其中5个县(市、区)出现大暴雨; base: 县(市、区) (the event cut off)."""
    doc = extract_text("暴雨\n全省有23个县(市、区)出现暴雨,其中5个县(市、区)出现大暴雨。")
    got = _metrics(doc)
    assert ("县(市、区)出现大暴雨", 5, "个") in got, got
    assert ("县(市、区)出现暴雨", 23, "个") in got, got


def test_bracketed_divisions_before_other_words_keep_the_noun():
    """Guard: the divisions' parenthetical before an adverb (18个县(市、区)长期坚持) keeps the bare noun."""
    doc = extract_text("活动\n全省18个县(市、区)长期坚持开展活动。")
    assert ("县(市、区)", 18, "个") in _metrics(doc), _metrics(doc)


def _subjects(doc) -> dict[tuple, str | None]:
    return {(m.indicator, m.value): (doc.entities[m.subject].name if m.subject in doc.entities else None)
            for m in doc.metrics}


def test_a_forecast_a_bureau_issued_is_of_the_place_it_names():
    """10-shaanxi-zhouzhi-baoyu-huangse: 我局…及时发布降雨预报信息:…预计周至县今天白天阴有中-大雨,…降水量30-50mm,气温21~25℃;
    base: subject 周至县气象局."""
    doc = extract_text("周至县气象局及时发布暴雨预警\n随后,我局积极联系县广电台,及时发布降雨预报信息:根据最新气象资料分析,"
                       "预计周至县今天白天阴有中-大雨,晚上阴有小雨,降水量30-50mm,气温21~25℃。")
    got = _subjects(doc)
    assert got.get(("气温", 21)) == "周至县" and got.get(("降水量", 30)) == "周至县", got


def test_a_bureau_speaking_of_itself_after_a_colon_keeps_its_figures():
    """Guard: 我局人员编制情况:本部门人员编制15人 (no place after the colon) stays the bureau's."""
    doc = extract_text("某县审计局2020年部门决算\n我局人员编制情况:本部门人员编制15人,实有人员14人。")
    got = _subjects(doc)
    assert got.get(("人员编制", 15)) == "县审计局", got
