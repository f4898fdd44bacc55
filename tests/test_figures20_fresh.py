"""Figures in shapes read on fresh statistics releases, budget reports and poverty-alleviation news
(round 20): a product class named with a numeral (十种有色金属), an approx word after the counted noun
(280个县左右), the stretch a change was made over opening its clause (6年时间减少), a change restated
on an adjusted basis (还原留抵退税口径后增长), the words of a budget report around its sums (加上…,
约合…) and the centre's transfers in a district's budget (中央及市级转移支付: still the district's).
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import counted_nouns, figure_table


def _metrics(text: str, date: str | None = "2024-10-20"):
    return figure_table(text, date)


def _approx(text: str, date: str | None = "2024-10-20") -> dict:
    """{(value, unit): approx} of the figures of `text`."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    return {(m.value, m.unit): m.approx for m in extract_document(doc).metrics}


def test_a_product_class_named_with_a_numeral_is_no_count():
    """十种有色金属产量增长3.2%: 十种有色金属 is the statistics' name of a class of metals, no count
    of ten kinds; the name stays whole in the indicator."""
    ms = _metrics("前三季度，全市十种有色金属产量增长3.2%。")
    assert (10, "种") not in ms
    assert ms[(3.2, "%")][0] == "十种有色金属产量增长"


def test_an_approx_word_after_the_counted_noun_qualifies_the_figure():
    """将要摘帽280个县左右: 左右 closing the clause after the noun says the count is about 280, as
    280个左右 would; the noun counted is 县, not 县左右 (after 摘帽: the counties so marked, 摘帽县 —
    round 21)."""
    ms = _metrics("2018年将要摘帽280个县左右。")
    assert ms[(280, "个")][0] == "摘帽县"
    assert _approx("2018年将要摘帽280个县左右。")[(280, "个")] is True
    assert _approx("全县新增就业岗位500个以上。")[(500, "个")] is True
    assert _approx("全县建成村级服务站12个。")[(12, "个")] is False  # (no approx word: exact)


def test_a_span_opening_a_change_is_the_stretch_not_the_indicator():
    """贫困人口从…减少到…，6年时间减少8000多万人: 6年时间 says over how long; what fell is the
    population named before, so the change is 贫困人口减少 (never 时间减少)."""
    ms = _metrics("贫困人口从2012年的9899万人减少到2018年的1660万人，6年时间减少8000多万人。")
    assert ms[(80000000, "人")][0] == "贫困人口减少"
    ms = _metrics("全县三年时间新增就业1.2万人。")
    assert ms[(12000, "人")][0] == "新增就业"
    ms = _metrics("时间跨度达30年。")  # (a noun beginning with 时间 stays whole)
    assert ms[(30, "年")][0] == "时间跨度"


def test_a_change_restated_on_an_adjusted_basis_keeps_the_measure():
    """增长22.1%，还原留抵退税口径后增长3.4%: the same revenue's change after an adjustment; the
    clause of the adjustment names no measure of its own (还原 is one word, 还 no adverb there)."""
    ms = _metrics("一般公共预算收入完成53.19亿元，增长22.1%，还原留抵退税口径后增长3.4%。")
    assert ms[(3.4, "%")][0] == "一般公共预算收入增长"
    ms = _metrics("税收收入完成20亿元，增长30%，剔除留抵退税因素后增长5.2%。")
    assert ms[(5.2, "%")][0] == "税收收入增长"


def test_the_words_around_a_budget_sum_are_no_part_of_it():
    """加上转移支付…, 人均生产总值约合20533美元: 加上 adds the sum to a total, 约合 converts it;
    neither names what is counted (加上级补助收入 is 加 + 上级补助收入: 上级 stays)."""
    ms = _metrics("全区加上上年结转资金2.3亿元，收入总计为50亿元。")
    assert not ms[(230000000, "元")][0].startswith("加上")
    ms = _metrics("全市加上级补助收入42.8亿元。")
    assert ms[(4280000000, "元")][0] == "上级补助收入"  # (budget80: the 加 of the sum dropped too)
    ms = _metrics("人均生产总值约合20533美元。")
    assert ms[(20533, "美元")][0] == "人均生产总值"
    ms = _metrics("全市进出口总额1000亿元（约合150亿美元）。")
    assert ms[(15000000000, "美元")][0] == "进出口总额"


def test_the_centres_transfers_in_a_local_budget_are_the_localitys():
    """璧山区…加上中央及市级转移支付29.71亿元，收入总量为…: money the district receives from the
    centre and the city, counted in the district's budget; the centre is its source, not the place
    the figures hold for (中央对地方转移支付 stays China's)."""
    text = "璧山区一般公共预算本级收入完成53.19亿元。加上中央及市级转移支付29.71亿元，收入总量为102.06亿元。"
    ms = _metrics(text, "2024-02-18")
    assert ms[(2971000000, "元")][1] == "璧山区"
    assert ms[(10206000000, "元")][1] == "璧山区"
    ms = _metrics("2023年中央对地方转移支付10.29万亿元。", "2024-02-18")
    assert ms[(10290000000000, "元")][1] == "中国"


def test_a_collective_word_written_with_its_characters_apart_is_its_items():
    """城、乡居民人均可支配收入分别增长6.1%和7.2%, 一、二、三产业增加值分别增长…: 城乡 and 一二三产业
    listed character by character are the urban and rural residents, the three sectors (never 城居民,
    一产业); a list of whole items (猪、牛出栏) keeps its items."""
    ms = _metrics("城、乡居民人均可支配收入分别增长6.1%和7.2%。")
    assert ms[(6.1, "%")][0] == "城镇居民人均可支配收入增长"
    assert ms[(7.2, "%")][0] == "农村居民人均可支配收入增长"
    ms = _metrics("全县一、二、三产业增加值分别增长3.1%、6.2%和5.4%。")
    assert [ms[(v, "%")][0] for v in (3.1, 6.2, 5.4)] == ["第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长"]
    ms = _metrics("猪、牛出栏分别增长3%和5%。")
    assert ms[(3, "%")][0] == "猪出栏增长"


def test_a_post_after_bracketed_divisions_is_what_is_counted():
    """7位县(市、区)委书记参加会议, 2800多名县（市、区）委书记中遴选出100人: the count is of the
    people holding the post of those divisions, not of the divisions; a word after the bracket
    (委员会) or no post (完成任务) leaves the noun as it was."""
    assert counted_nouns("全市7位县(市、区)委书记参加会议。") == ["县(市、区)委书记"]
    assert counted_nouns("全市9名县（市、区）长参加。") == ["县（市、区）长"]
    assert counted_nouns("17位村(社区)党组织书记参加培训。") == ["村(社区)党组织书记"]
    assert counted_nouns("全省18个县(市、区)完成任务。") == ["县(市、区)"]
    assert counted_nouns("全市10个县(市、区)委员会") == ["县(市、区)委员会"]
    ms = _metrics("20年前，中央从2800多名县（市、区）委书记中遴选出100人。", "2015-11-04")
    assert ms[(2800, "名")][0] == "县（市、区）委书记"


def test_a_bare_measure_after_a_crop_or_a_sectors_output_is_theirs():
    """果用瓜1107公顷，增长1.9%，产量28408吨: the crop is named once, bare with its area; the bare
    产量 after it is its yield (果用瓜产量).  农林牧渔业总产值69.93亿元，增长2.5%，增加值37.90亿元:
    the bare 增加值 is the sector's value added (农林牧渔业增加值), not a value added of nothing."""
    ms = _metrics("果用瓜1107公顷，增长1.9%，产量28408吨，增长0.4%。")
    assert ms[(28408, "吨")][0] == "果用瓜产量"
    ms = _metrics("全市农林牧渔业总产值69.93亿元，增长2.5%，增加值37.90亿元，增长2.7%。")
    assert ms[(3790000000, "元")][0] == "农林牧渔业增加值"
    assert ms[(2.7, "%")][0] == "农林牧渔业增加值增长"
    ms = _metrics("园区占地面积1200亩，产量5000吨。")  # (an area of no crop lends no name)
    assert ms[(5000, "吨")][0] == "产量"


def test_a_clause_saying_how_a_level_moved_names_the_bare_change_after_it():
    """社会消费品零售总额稳步增长，同比增长5.1%: the clause opening the sentence names the level
    and how it moved, the figure after it is its change (never a bare 同比增长); also after a
    period in its own clause (前三季度，全市固定资产投资稳步增长，同比增长6.2%)."""
    ms = _metrics("全市社会消费品零售总额稳步增长，同比增长5.1%。")
    assert ms[(5.1, "%")][0] == "社会消费品零售总额同比增长"
    ms = _metrics("全市居民消费价格持续保持温和上涨，同比上涨0.3%。")
    assert ms[(0.3, "%")][0] == "居民消费价格同比上涨"
    ms = _metrics("前三季度，全市固定资产投资稳步增长，同比增长6.2%。")
    assert ms[(6.2, "%")][0] == "固定资产投资同比增长"
    ms = _metrics("全市经济平稳增长，地区生产总值同比增长5.1%。")  # (a figure naming its own level keeps it)
    assert ms[(5.1, "%")][0] == "地区生产总值同比增长"


def test_items_of_a_breakdown_share_the_measure_the_first_names():
    """分三大门类看，采矿业增加值同比下降0.2%，制造业增长7.4%; 国有控股企业增加值同比增长7.7%，集体
    企业下降6.4%: the later items, named bare with their change, are measured as the first (制造业
    增加值增长); items of another kind (新能源汽车产量…，集成电路增长) take nothing."""
    ms = _metrics("4月份，分三大门类看，采矿业增加值同比下降0.2%，制造业增长7.4%，"
                  "电力、热力、燃气及水生产和供应业增长8.8%。", "2018-05-15")
    assert ms[(7.4, "%")][0] == "制造业增加值增长"
    assert ms[(8.8, "%")][0] == "电力、热力、燃气及水生产和供应业增加值增长"
    ms = _metrics("4月份，国有控股企业增加值同比增长7.7%，集体企业下降6.4%。", "2018-05-15")
    assert ms[(6.4, "%")][0] == "集体企业增加值下降"
    ms = _metrics("新能源汽车产量同比增长82.2%，集成电路增长14.3%。", "2018-05-15")
    assert ms[(14.3, "%")][0] == "集成电路增长"


def test_run_on_adverbs_and_concessive_openers_are_no_part_of_the_indicator():
    """粮食产量持续稳定在50万吨以上: 持续 says the level held, no part of what is counted (可持续
    stays a word); 虽然上半年我县…回落0.3个百分点: 虽然 opens a concession, the period and the
    county after it are no part of the indicator either."""
    ms = _metrics("全县粮食产量持续稳定在50万吨以上。")
    assert ms[(500000, "吨")][0] == "粮食产量"
    ms = _metrics("全县可持续发展指数达85%。")
    assert ms[(85, "%")][0] == "可持续发展指数"
    ms = _metrics("虽然上半年我县地区生产总值增速较一季度回落0.3个百分点，但仍高于全省。", "2024-07-20")
    assert ms[(0.3, "个百分点")][0] == "地区生产总值增速较一季度回落"


def test_a_compound_opened_by_jizhong_is_the_thing_counted():
    """2个易地搬迁集中安置点启动建设: 集中安置点 is the settlement counted (集中 opens a compound, no
    adverb of the verb), and the noun ends before 启动 / 完工 as it does before 竣工; 85个项目集中
    开工 still counts the projects."""
    assert counted_nouns("全县2个易地搬迁集中安置点启动建设。") == ["易地搬迁集中安置点"]
    assert counted_nouns("全县3处农村集中供水工程完工。") == ["农村集中供水工程"]
    assert counted_nouns("全市85个项目集中开工。") == ["项目"]
    assert counted_nouns("规划3个启动区。") == ["启动区"]


def test_a_new_addition_compared_with_last_year_is_the_levels_change():
    """人均地区生产总值达28322元，比去年新增3637元，增长12.7%: after a comparison 新增 is the level's
    increase (a change of it, as 比去年增加), not a figure called 比去年新增; alone, 新增就业 stays
    a count of new jobs."""
    ms = _metrics("全年人均地区生产总值达28322元，比去年新增3637元，增长12.7%。", "2017-05-20")
    assert ms[(3637, "元")][0] == "人均地区生产总值比去年新增"
    assert ms[(12.7, "%")][0] == "人均地区生产总值增长"
    ms = _metrics("全县新增就业1.2万人。", "2017-05-20")
    assert ms[(12000, "人")][0] == "新增就业"


def test_funds_secured_after_zhengqu_are_a_result_of_the_year_reviewed():
    """政府工作报告 of March 2016: 全年争取到位基本建设类补助资金9.66亿元 — 到位 says the funds were
    secured, a result of the year reviewed (2015), not a target of the publication year; 力争到位率
    达到95% stays a target."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text="全年争取到位基本建设类补助资金9.66亿元。力争资金到位率达到95%。")
    doc.date = "2016-03-29"
    got = {m.value: (m.period, m.status) for m in extract_document(doc).metrics}
    assert got[966000000] == ("2015", None)
    assert got[95][1] == "target"


def test_a_place_opening_a_respectively_clause_is_its_subject_not_an_item():
    """…开江县农村居民人均可支配收入8831元。虽然上半年我县城乡居民收入同比增速分别较一季度回落0.3和
    0.2个百分点: 我县 (the county named before) opens the clause as its subject; the items are
    城镇 and 农村, one figure each — a place among the items (龙口、牟平…分别为) still is no list."""
    text = ("上半年，开江县农村居民人均可支配收入8831元。"
            "虽然上半年我县城乡居民收入同比增速分别较一季度回落0.3和0.2个百分点，但仍高于全省。")
    ms = _metrics(text, "2016-07-20")
    assert ms[(0.3, "个百分点")][0] == "城镇居民收入同比增速较一季度回落"
    assert ms[(0.2, "个百分点")][0] == "农村居民收入同比增速较一季度回落"
