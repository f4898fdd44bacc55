"""Round 90 (tongji90): county and city statistics bulletins and monthly releases, second pass —
国民经济和社会发展统计公报 of counties and prefectures in Qinghai (黄南州, 民和县), Guizhou (丹寨县), Jiangxi
(南昌县) and a county of 2022, and 统计月报 / 经济运行 releases of counties (1-10月, 1-11月), of 泉州市
(Fujian) and of 杨凌示范区 (Shaanxi) (fresh texts of /tmp/s26/fresh/tongji90).  Fixes: a bulletin's note
mark in tortoise-shell brackets (地区生产总值〔2〕129.92亿元) cut like [2] (was the indicator 金额); a bare
增加值 that of the sector just measured — over a semicolon after its output (农业实现总产值…；实现增加值66亿元;
工业总产值…；增加值…增长13.4%) or after the sector's own 增加值 in the sentence (其中10月份增加值同比增长7.3%);
是全省首个突破千亿的县 no figure (was a level 1000亿 of 是全省首个, and its change 是全省首个比上年增长);
统计监测的23种工业产品，12种增长，11种下降 no counts of a measure 增长; 下拉 a verb of pulling like 拉动;
生猪年末存栏 the herd's (生猪存栏, not 存栏 under a label 生猪); 按产业划分，第一产业完成29.23亿元 the
sector's value added; 其中城镇户籍人口 no 户籍城镇户籍人口; 占…的比重(常住人口城镇化率)为43.48% the part's
share; 增速比9月当月提高 no 当月 in the indicator."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple, tuple]:
    """(value, unit) → (indicator, subject name, kind) of the document's metrics."""
    return {(m.value, m.unit): (m.indicator, doc.entities[m.subject].name if m.subject in doc.entities else None,
                                m.kind)
            for m in doc.metrics}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def test_a_note_mark_in_tortoise_shell_brackets_is_cut():
    """02-minhe-2023: 经市统计局核算反馈〔1〕,全年完成地区生产总值〔2〕129.92亿元,按可比价格计算,同比增长2.8%
    (base: the indicator 金额 and 金额同比增长).  A document number's 〔2019〕 stays (four digits)."""
    doc = extract_text("民和县2023年国民经济和社会发展统计公报\n一、综合\n经市统计局核算反馈〔1〕,全年完成地区生产总值〔2〕"
                       "129.92亿元,按可比价格计算,同比增长2.8%。")
    got = _metrics(doc)
    assert got[(12992000000, "元")][0] == "地区生产总值", got
    assert got[(2.8, "%")][0] == "地区生产总值同比增长", got
    doc = extract_text("通知\n根据青政办〔2019〕12号文件,全县下达资金300万元。")
    assert not any(m.value in (2019, 12) for m in doc.metrics), _metrics(doc)


def test_a_bare_value_added_over_a_semicolon_is_the_sectors():
    """04-nanchangxian-2019: 全年农业实现总产值108.1亿元,可比增长3.4%;实现增加值66亿元,可比增长3.4%
    (base: 增加值 and 增加值可比增长); 09-county-2022: 全年完成工业总产值74.70亿元,增长16.0%;增加值按可比价计算
    增长13.4% (base: 增加值增长)."""
    got = _metrics(extract_text("南昌县2019年国民经济和社会发展统计公报\n二、农业\n全年农业实现总产值108.1亿元,"
                                "可比增长3.4%;实现增加值66亿元,可比增长3.5%。"))
    assert got[(6600000000, "元")][0] == "农业增加值", got
    assert got[(3.5, "%")][0] == "农业增加值可比增长", got
    got = _metrics(extract_text("县统计公报\n三、工业\n全年完成工业总产值74.70亿元,增长16.0%;增加值按可比价计算增长13.4%;"
                                "实现销售总产值68.96亿元。"))
    assert got[(13.4, "%")][0] == "工业增加值增长", got
    assert got[(6896000000, "元")][0] == "销售总产值", got


def test_a_bare_value_added_after_the_sectors_own_is_that_sectors():
    """07-quanzhou-1-10yue: 全市规模以上工业增加值同比增长3.4%,增速比1—9月份加快0.5个百分点,其中10月份增加值
    同比增长7.3%,比9月份加快0.9个百分点 (base: 增加值同比增长).  A named 增加值 keeps its own words."""
    got = _metrics(extract_text("泉州市统计月报\n1—10月份,全市规模以上工业增加值同比增长3.4%,增速比1—9月份加快"
                                "0.5个百分点,其中10月份增加值同比增长7.3%,比9月份加快0.9个百分点。"))
    assert got[(7.3, "%")][0] == "规模以上工业增加值同比增长", got
    got = _metrics(extract_text("县统计公报\n全县规模以上工业增加值同比增长5.1%,其中制造业增加值同比增长6.2%。"))
    assert got[(6.2, "%")][0] == "制造业增加值同比增长", got


def test_passing_a_round_mark_to_describe_a_county_is_no_figure():
    """04-nanchangxian-2019: 全年地区生产总值(GDP)突破千亿大关,实现1027.8亿元,是全省首个突破千亿的县,按可比价格
    计算,比上年增长8% (base: a level 1000亿 of 是全省首个 and 是全省首个比上年增长)."""
    got = _metrics(extract_text("南昌县2019年国民经济和社会发展统计公报\n一、综合\n初步核算,全年地区生产总值(GDP)突破"
                                "千亿大关,实现1027.8亿元,是全省首个突破千亿的县,按可比价格计算,比上年增长8%。"))
    assert not any(ind.startswith("是") for ind, _s, _k in got.values()), got
    assert (100000000000, "") not in got and (100000000000, None) not in got, got
    assert got[(8, "%")][0] == "地区生产总值(GDP)比上年增长", got
    # a mark passed with its unit, then the amount reached, stays as before: the amount is the figure
    got = _metrics(extract_text("县统计公报\n全年财政收入突破10亿元,达12.5亿元,比上年增长6%。"))
    assert got[(1250000000, "元")][0] == "财政收入", got


def test_how_many_products_rose_is_no_measure_named_by_the_verb():
    """08-yangling-10yue: 统计监测的23种工业产品,12种增长,11种下降; 统计监测的19类商品,11类增长,8类下降 (base:
    levels 12 种 and 11 类 of an indicator 增长, 11 种 and 8 类 of 下降).  A count with its own noun before the
    verb (18个行业保持增长) is still counted."""
    doc = extract_text("杨凌示范区10月份经济运行情况\n1-10月,统计监测的23种工业产品,12种增长,11种下降。分消费类别看,"
                       "统计监测的19类商品,11类增长,8类下降。汽车类增长25.9%。")
    assert not _indicators(doc) & {"增长", "下降"}, _metrics(doc)
    assert _metrics(doc)[(25.9, "%")][0] == "汽车类增长", _metrics(doc)
    doc = extract_text("工业运行\n1-10月,18个行业保持增长。")
    assert (18, "个") in _metrics(doc), _metrics(doc)


def test_a_pull_down_is_the_items_pull():
    """08-yangling-10yue: 农产品加工业产值下降3.3%,下拉规上工业产值增速1.1个百分点 (base: the indicator
    下拉规上工业产值增速, no item), as 装备制造业产值增长10.5%,拉动规上工业产值增长3.3个百分点 was read."""
    got = _metrics(extract_text("杨凌示范区10月份经济运行情况\n两降:农产品加工业产值下降3.3%,下拉规上工业产值增速1.1个"
                                "百分点;电热气和水生产供应业产值下降16.7%,下拉规上工业产值增速3.1个百分点。"))
    assert got[(1.1, "个百分点")][0] == "农产品加工业产值下拉规上工业产值增速", got
    assert got[(3.1, "个百分点")][0] == "电热气和水生产供应业产值下拉规上工业产值增速", got


def test_a_herd_stock_after_a_time_is_the_herds():
    """04-nanchangxian-2019: 生猪年末存栏23.7万头,下降37.5%;生猪出栏70万头,下降21.1% (base: 存栏, 存栏下降: 生猪
    read as a section label glued to the text).  A label glued before a time (人口年末常住人口) still goes."""
    got = _metrics(extract_text("南昌县2019年国民经济和社会发展统计公报\n二、农业\n全年肉类总产量9.8万吨,下降1.9%。"
                                "生猪年末存栏23.7万头,下降37.5%;生猪出栏70万头,下降21.1%。人口年末常住人口32.2万人。"))
    assert got[(237000, "头")][0] == "生猪存栏", got
    assert got[(37.5, "%")][0] == "生猪存栏下降", got
    assert got[(700000, "头")][0] == "生猪出栏", got
    assert got[(322000, "人")][0] == "常住人口", got


def test_a_bare_sector_amount_in_a_breakdown_is_its_value_added():
    """09-county-2022: 全县实现地区生产总值(现价)110.04亿元,按不变价计算增长5.5%。按产业划分,第一产业完成29.23亿元,
    增长3.8% (base: 第一产业, 第一产业增长).  A sector's investment (分产业看，第二产业完成12亿元 after 投资) keeps
    its measure, and a bare sector in another unit is not made a value added."""
    got = _metrics(extract_text("县统计公报\n初步核算,全县实现地区生产总值(现价)110.04亿元,按不变价计算增长5.5%。"
                                "按产业划分,第一产业完成29.23亿元,增长3.8%;第二产业完成30.07亿元,增长12.0%。"))
    assert got[(2923000000, "元")][0] == "第一产业增加值", got
    assert got[(3.8, "%")][0] == "第一产业增加值增长", got
    assert got[(3007000000, "元")][0] == "第二产业增加值", got
    got = _metrics(extract_text("县统计公报\n全县固定资产投资增长9.7%。分产业看,第一产业增长129.2%;第二产业完成12亿元。"))
    assert got[(129.2, "%")][0] == "第一产业投资增长", got
    assert got[(1200000000, "元")][0] == "第二产业投资", got


def test_a_registered_part_naming_its_register_is_not_doubled():
    """02-minhe-2023: 年末全县户籍人口43.92万人,其中城镇户籍人口12.51万人 (base: 户籍城镇户籍人口).  A part named
    without the register (户籍总人口…,其中城镇人口) is still the registered part (户籍城镇人口)."""
    got = _metrics(extract_text("民和县2023年统计公报\n年末全县户籍人口43.92万人,其中城镇户籍人口12.51万人。"))
    assert got[(125100, "人")][0] == "城镇户籍人口", got
    got = _metrics(extract_text("县统计公报\n年末户籍总人口134.9万人,其中城镇人口25.0万人。"))
    assert got[(250000, "人")][0] == "户籍城镇人口", got


def test_a_share_with_the_rates_name_in_brackets_is_the_parts():
    """02-minhe-2023: 全县常住人口32.20万人,其中城镇常住人口14.00万人,占全县常住人口的比重(常住人口城镇化率)为
    43.48% (base: an indicator 占全县常住人口的比重(常住人口城镇化率) with no owner); read as without the bracket."""
    got = _metrics(extract_text("民和县2023年统计公报\n全县常住人口32.20万人,其中城镇常住人口14.00万人,占全县常住人口的"
                                "比重(常住人口城镇化率)为43.48%。"))
    assert got[(43.48, "%")][0].startswith("城镇常住人口占"), got
    assert got[(43.48, "%")][2] == "share", got


def test_a_months_own_figure_as_base_is_no_word_of_the_indicator():
    """08-yangling-10yue: 其中10月当月实现消费品零售额3.13亿元,增长3.2%,增速比9月当月提高8.4个百分点 (base:
    消费品零售额增速当月提高)."""
    got = _metrics(extract_text("杨凌示范区10月份经济运行情况\n其中10月当月实现消费品零售额3.13亿元,增长3.2%,增速比9月"
                                "当月提高8.4个百分点。"))
    assert got[(8.4, "个百分点")][0] == "消费品零售额增速提高", got


def _periods(doc) -> dict[tuple, str | None]:
    return {(m.value, m.unit): m.period for m in doc.metrics}


def test_a_year_end_before_a_semicolon_dates_no_flow_after_it():
    """04-nanchangxian-2019: 生猪年末存栏23.7万头,下降37.5%;生猪出栏70万头; 家禽存笼1177.8万羽,…;家禽出笼2686.6万羽
    (base: 出笼 and its change at 2019-12-31, the day of the stock: 出笼 was no flow word; 出栏 was one); 09-county-2022:
    年末全县共有规模以上工业企业47家,全年完成工业总产值…;利润总额4.77亿元 (base: the profit at the year's last day, the
    year end before the semicolon read as stated in its sentence).  The stocks keep the year end."""
    doc = extract_text("南昌县2019年国民经济和社会发展统计公报\n二、农业\n全年肉类总产量9.8万吨。生猪年末存栏23.7万头,下降37.5%;"
                       "生猪出栏70万头,下降21.1%。家禽存笼1177.8万羽,增长20.3%;家禽出笼2686.6万羽,增长32.3%。")
    got = _periods(doc)
    assert got[(237000, "头")] == "2019-12-31", got
    assert got[(700000, "头")] == "2019", got
    assert got[(11778000, "羽")] == "2019-12-31", got
    assert got[(26866000, "羽")] == "2019", got
    doc = extract_text("某县2022年国民经济和社会发展统计公报\n三、工业\n年末全县共有规模以上工业企业47家,全年完成工业总产值"
                       "74.70亿元,增长16.0%;利润总额4.77亿元,资产负债率69.1%。")
    got = _periods(doc)
    assert got[(477000000, "元")] == "2022", got
    assert got[(47, "家")] == "2022-12-31", got
