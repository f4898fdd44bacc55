"""Round 57 (mine57): fresh texts of /tmp/s26/fresh/mine57 (private economy, consumption and bank-enterprise
matchmaking news from 上海, 青海, 湖北, 四川, 辽宁, 吉林, 江西, 甘肃, 山西, 福建 and national releases): a
relative year before a year's end, a later level after 增长到, listed shares, counts of people before a body's
kind, an e-paper's masthead, spaces a PDF left around figures."""
from __future__ import annotations

from conftest import extract_text


def _metrics(text: str) -> list:
    from kg.builder import extract_document
    from kg.model import Doc
    return extract_document(Doc(id="t", source="t.txt", text=text)).metrics


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_relative_year_keeps_its_year_before_a_years_end():
    """中国经济网 2018 (访国家市场监管总局局长张茅): 全国个体工商户由1980年底的80.6万户,增长到今年三季度末的7054.6万户
    (base: 今年三季度末 lost its 年 to 年末 and was dated 1980-09-30, the later level named 增长到今年三季度末)."""
    from kg.periods import states_year
    assert states_year("今年三季度末") and states_year("去年底") and states_year("上年末")
    assert not states_year("三季度末") and not states_year("年底") and not states_year("全年")
    ms = _metrics("据统计,全国个体工商户由1980年底的80.6万户,增长到今年三季度末的7054.6万户,增长了86.5倍。")
    got = sorted((m.indicator, m.value, m.period) for m in ms if m.unit == "户")
    assert got == [("个体工商户", 806000, "1980-12-31"), ("个体工商户", 70546000, None)], got


def test_listed_shares_each_name_their_own_noun():
    """中国经济网 2018: 提供了我国80%以上的城镇就业岗位和90%以上的新增就业岗位 (base: the first share's indicator ran
    over the second, 城镇就业岗位和90%以上的新增就业岗位)."""
    ms = _metrics("民营企业提供了全市80%以上的城镇就业岗位和90%以上的新增就业岗位。")
    assert sorted((m.indicator, m.value) for m in ms) == [("城镇就业岗位", 80), ("新增就业岗位", 90)]
    ms = _metrics("民营企业贡献了全县60%以上的税收、70%以上的技术创新成果和80%以上的城镇劳动就业。")
    assert sorted(m.indicator for m in ms) == ["城镇劳动就业", "技术创新成果", "税收"]
    assert {m.kind for m in ms} == {"share"}


def test_a_count_of_people_opens_no_bodys_name_and_winning_closes_the_noun():
    """上海法治报 2019 (上海8名个体工商户获评全国先进): 协会系统8名工作人员获评全国个私协会系统先进工作者 (base: an
    Organization 系统8名工作人员获评全国个私协会, the count's noun 工作人员获评…); 6家单位获评… (base: 单位获评…)."""
    doc = extract_text("此外,上海市民营经济协会等6家单位获评全国个私协会系统先进单位,"
                       "协会系统8名工作人员获评全国个私协会系统先进工作者。")
    assert not any("8名" in n for n in _names(doc, "Organization")), _names(doc, "Organization")
    assert sorted(m.indicator for m in doc.metrics) == ["单位", "工作人员"]


def test_sichuans_merged_commerce_bureau_is_an_agency():
    """盐源县 (促消费活动): 盐源县商务经济合作和外事局 (base: missed); 经济合作 is a stem of a merged department's
    name, not of a phrase (区域经济合作局面 stays none)."""
    doc = extract_text("盐源县商务经济合作和外事局组织抓好参与商户活动知晓和受理培训。")
    assert "盐源县商务经济合作和外事局" in _names(doc, "Agency")
    assert _names(extract_text("推动区域经济合作局面不断打开。"), "Agency") == set()


def test_a_later_level_after_a_magnitude_is_no_count_of_items():
    """甘肃日报 2020 (政银企对接暨百名行长联千企推进会): 定向推送…总投资约1.75万亿项目1662个 (base: 1.75万亿 项, and
    the 1662 projects named 定向推送总投资); 5项目标任务 keeps its measure word."""
    ms = _metrics("定向推送省列重大项目等总投资约1.75万亿项目1662个。")
    assert [(m.indicator, m.value, m.unit) for m in ms if m.value == 1662] == [("项目", 1662, "个")]
    assert not any(m.unit == "项" for m in ms)
    assert [(m.indicator, m.unit) for m in _metrics("共实施5项目标任务。")] == [("目标任务", "项")]


def test_an_epaper_masthead_over_its_date_is_no_headline():
    """甘肃日报 2020: 甘肃日报 ⏎ 2020年03月20日 ⏎ 第02版:要闻 ⏎ headline ⏎ deck ⏎ body (base: title 甘肃日报,
    and a Programme 宋亮出席推进会 from the deck line)."""
    text = ("甘肃日报\n2020年03月20日\n第02版:要闻\n\n政银企对接暨百名行长联千企推进会召开\n\n宋亮出席推进会并见证签约\n\n"
            "本报兰州3月19日讯(新甘肃·甘肃日报记者沈丽莉)今天下午,省发展改革委组织召开推进会。会上,在甘20家银行业金融机构"
            "同60户企业进行了现场签约,签约金额1315亿元。")
    doc = extract_text(text)
    assert doc.articles[0].title == "政银企对接暨百名行长联千企推进会召开", doc.articles[0].title
    assert not any("出席" in n for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_spaces_a_pdf_set_around_figures_are_read_out():
    """中国有色网 2020 (国家统计局 9月份社会消费品零售总额): 1 — 9 月份,社会消费品零售总额 273324 亿元; 百货店、专业店和
    专卖店分别下降 16.6% 、 9.2% 和 6.8% (base: indicators ' 和' and '%' for the listed falls)."""
    ms = _metrics("按零售业态分, 1 — 9 月份限额以上零售业单位中的超市零售额同比增长 2.9% ,百货店、专业店和专卖店分别下降"
                  " 16.6% 、 9.2% 和 6.8% 。")
    got = {(m.indicator, m.value) for m in ms}
    assert got == {("专卖店下降", 6.8), ("专业店下降", 9.2), ("百货店下降", 16.6),
                   ("限额以上零售业单位中的超市零售额同比增长", 2.9)}, got
    ms = _metrics("2020年10月19日\n\n国家统计局发布数据。1 — 9 月份,社会消费品零售总额 273324 亿元,同比下降 7.2% 。")
    assert {m.period for m in ms} == {"2020-01/2020-09"}, [(m.indicator, m.period) for m in ms]


def test_the_editor_in_charge_is_a_role_of_the_credit_line():
    """夷陵区 (小微企业融资协调机制): 记者:谭明龙 通讯员:易仁敏 责编:卢薇 审核:朱家梅 (base: a Person 责编:卢薇)."""
    doc = extract_text("会议召开。\n\n记者:谭明龙 通讯员:易仁敏 责编:卢薇 审核:朱家梅")
    assert "卢薇" in _names(doc, "Person") and not any(":" in n for n in _names(doc, "Person"))


def test_signing_keeps_its_yue_before_the_next_figure():
    """夷陵区: 27家小微企业代表与13家银行代表授信签约2亿元 (base: noun 银行代表授信签, its 约 read as the next figure's
    approx word); 3个乡镇约2000户 still gives the approx word to the households."""
    ms = _metrics("会议现场,27家小微企业代表与13家银行代表授信签约2亿元。")
    assert not any(m.indicator.endswith("签") for m in ms), [m.indicator for m in ms]
    ms = _metrics("3个乡镇约2000户受益。")
    assert [m.indicator for m in ms if m.value == 3] == ["乡镇"]


def test_a_size_bound_before_a_longer_kind_of_unit_is_a_class():
    """河北省统计局 2019 (前三季度社会消费品零售总额): 限额以上单位是指…200万元及以上的住宿和餐饮业单位 (base: a level
    200万元 of 的住宿和餐饮业单位); a count after a class stays (总投资5000万元以上的项目32个)."""
    assert _metrics("其中,限额以上单位是指年主营业务收入2000万元及以上的批发业单位、500万元及以上的零售业单位、"
                    "200万元及以上的住宿和餐饮业单位。") == []
    assert [m.value for m in _metrics("全县总投资5000万元以上的项目32个。")] == [32]


def test_a_dated_start_level_then_a_verb_with_wei_reaches_a_level():
    """人民日报海外版 2024 (民营经济主体): 占比从2019年的95.5%增长为96.4% (base: a change 增长 96.4%, as though the
    share grew by 96.4%); 文盲率由2010年的14.03%下降为10.80% likewise (base: a change 下降 10.8%). A change
    amount after the start level stays one (从2019年的45.5%提高了2.7个百分点)."""
    ms = _metrics("截至今年5月底,中国实有民营经济主体总量18045万户,占比从2019年的95.5%增长为96.4%。")
    assert [(m.kind, m.value) for m in ms if m.value == 96.4] == [("level", 96.4)]
    ms = _metrics("文盲率由2010年的14.03%下降为10.80%。")
    assert sorted((m.indicator, m.kind, m.value) for m in ms) == [("文盲率", "level", 10.8), ("文盲率", "level", 14.03)]
    ms = _metrics("全县森林覆盖率从2019年的45.5%提高了2.7个百分点。")
    assert [m.kind for m in ms if m.value == 2.7] == ["change"]


def test_points_after_a_rate_compared_with_another_measure_name_the_rate():
    """360doc 2019 (全市规上民营工业经济): 新产品产值率42.6%,比规上工业高10.1个百分点 (base: indicator 比规上工业高,
    the rate compared lost); a scope compared (比全省高) and a base time (比上年高) read as before."""
    ms = _metrics("2018年,实现新产品产值3998.7亿元;新产品产值率42.6%,比规上工业高10.1个百分点。")
    assert [m.indicator for m in ms if m.value == 10.1] == ["新产品产值率比规上工业高"]
    ms = _metrics("城镇化率52.3%,比全省高1.5个百分点。")
    assert [m.indicator for m in ms if m.value == 1.5] == ["城镇化率比全省高"]
    ms = _metrics("城镇化率52.3%,比上年高1.5个百分点。")
    assert [m.indicator for m in ms if m.value == 1.5] == ["城镇化率比上年高"]


def test_a_provinces_one_character_form_after_a_verb_of_being_or_coming():
    """甘肃日报 2020: 在甘20家银行业金融机构同60户企业进行了现场签约 (base: no place, the figures the dateline
    city's); 来湘投资, 在川企业 likewise. A character in a word of its own (甘愿, 甘南, 桂花, 晋升) is none."""
    doc = extract_text("在甘20家银行业金融机构同60户企业进行了现场签约。")
    assert {m.subject for m in doc.metrics} == {"place-620000"}, [m.subject for m in doc.metrics]
    assert "湖南省" in _names(extract_text("来湘投资的企业增多。"), "Place")
    assert "四川省" in _names(extract_text("在川企业3000家。"), "Place")
    for text in ("他甘愿奉献。", "晋升为副局长。", "桂花开了。"):
        assert _names(extract_text(text), "Place") == set(), text


def test_one_numeral_and_yuan_before_a_noun_open_a_name():
    """三明 三元区 (政银企对接): 今年来,三元工行已为明海鑫授信2000万元 (base: a sum 工行 3 元, 三元 being the district);
    a sum goes on with a verb, 钱 or a mark (票价由三元提高到五元, 补助五元钱, 每张三元，)."""
    ms = _metrics("今年来,三元工行已为明海鑫授信2000万元。")
    assert [(m.value, m.unit) for m in ms] == [(20000000, "元")], [(m.indicator, m.value) for m in ms]
    assert sorted(m.value for m in _metrics("票价由三元提高到五元。")) == [3, 5]
    assert [m.value for m in _metrics("每人每月补助五元钱。")] == [5]
    assert [m.value for m in _metrics("门票每张三元，儿童半价。")] == [3]
