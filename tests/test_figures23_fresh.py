"""Figures in shapes read on fresh monthly releases, county releases, visit news and price notices
(round 23): the planned length of a visit (为期3天), a bare change after a change (其中，10月份同比
增长), a list of sectors sharing 营业额 with 同比 before 分别, counties whose growth beat the average
(43个增速超过…), 元/每月, a building as the venue of a meeting, an index with its base in brackets.
Sentences written for these tests in the shape of such texts (figures illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2024-12-05"):
    return figure_table(text, date)


def test_the_planned_length_of_a_visit_is_no_figure():
    """对越南进行为期3天的正式访问, 会期两天: what a visit or a meeting lasts is no measure of a place
    (it was read as 正式访问时间 of 越南); the figures after it stay, and so does a time spent
    written with 历经 (历经5年左右的考察 → 考察时间)."""
    ms = _metrics("应邀于11月3日至5日对越南进行为期3天的正式访问。")
    assert (3, "天") not in ms
    ms = _metrics("代表团一行对我市进行了为期3天的考察，共签约项目12个。")
    assert (3, "天") not in ms
    assert ms[(12, "个")][0] == "签约项目"
    ms = _metrics("本次会议会期两天，共有代表300人参加。")
    assert (2, "天") not in ms
    ms = _metrics("历经5年左右的考察，最终选定厂址。")
    assert ms[(5, "年")][0] == "考察时间"


def test_a_bare_change_after_a_change_changes_the_same_level():
    """规上工业增加值同比增长5.1%。其中，10月份同比增长9.8%: the bare change opening the next
    sentence changes the same level (规上工业增加值同比增长), never the change again (…同比增长同比增长);
    名义增长4.5%；…实际增长3.1% the same."""
    ms = _metrics("1—10月，全省规上工业增加值同比增长5.1%，比1—9月加快0.6个百分点。其中，10月份同比增长9.8%。")
    assert ms[(9.8, "%")][0] == "规上工业增加值同比增长"
    ms = _metrics("全省规上工业增加值同比增长5.1%。其中，10月份增长9.8%。")
    assert ms[(9.8, "%")][0] == "规上工业增加值增长"
    ms = _metrics("全市居民人均可支配收入名义增长4.5%；扣除价格因素，实际增长3.1%。")
    assert ms[(3.1, "%")][0] == "居民人均可支配收入增长"


def test_a_list_of_sectors_shares_a_head_that_holds_a_ye():
    """住宿业、餐饮业营业额分别下降…: 营业额 (营业收入, 营业利润) is the head the items share — its own
    业 is no end of the last item (住宿业额, 住宿业收入 were read); a basis before 分别 (同比) is every
    item's, not part of the last one's head."""
    ms = _metrics("1—10月，全省限上住宿业、餐饮业营业额同比分别下降3.1%、4.3%。")
    assert ms[(3.1, "%")][0] == "限上住宿业营业额同比下降"
    assert ms[(4.3, "%")][0] == "餐饮业营业额同比下降"
    ms = _metrics("全省住宿业、餐饮业营业收入分别下降3.1%、4.3%。")
    assert ms[(3.1, "%")][0] == "住宿业营业收入下降"
    ms = _metrics("全省基础设施、制造业投资比上年分别增长9.4%、9.1%。")  # (as before)
    assert ms[(9.4, "%")][0] == "基础设施投资比上年增长"


def test_a_count_of_things_whose_growth_beat_a_yardstick_counts_the_things():
    """43个县增速超过全省平均水平: the counties are counted, their rate and the yardstick are what
    they share (县, not 县增速超过全省平); with the noun left out after a whole (83个县（市、区）中，
    43个增速超过…, 12个县中，有8个增速高于…) the count is of the whole's things."""
    ms = _metrics("全省83个县中，43个县增速超过全省平均水平。")
    assert ms[(43, "个")][0] == "县"
    ms = _metrics("83个县（市、区）中，43个增速超过全省县域平均水平。")
    assert ms[(43, "个")][0] == "县（市、区）"
    ms = _metrics("全市12个县中，有8个增速高于全市平均水平。")
    assert ms[(12, "个")][0] == "县"
    assert ms[(8, "个")][0] == "县"
    ms = _metrics("全市有5个乡镇增幅低于全市平均水平。")
    assert ms[(5, "个")][0] == "乡镇"


def test_a_per_unit_written_with_mei_is_the_per_unit():
    """3500元/每月, 120元/每亩: 每 after the slash says the per-unit again — the unit is 元/月 (元/亩),
    and 每月 is no indicator."""
    ms = _metrics("全省城镇居民人均可支配收入为3500元/每月。")
    assert ms[(3500, "元/月")][0] == "城镇居民人均可支配收入"
    ms = _metrics("种植补贴标准为120元/每亩。")
    assert ms[(120, "元/亩")][0] == "种植补贴标准"


def test_a_building_after_zai_is_the_venue_not_the_subject():
    """习近平在人民大会堂会见…200多名外方代表: the building (人民大会堂, 中南海) is where the meeting
    took place, never whose figure it is; a site opening its own clause (天安门广场共接待游客) stays."""
    ms = _metrics("习近平在人民大会堂会见来华出席论坛的200多名外方代表。")
    assert ms[(200, "名")][1] != "人民大会堂"
    ms = _metrics("国庆当天，天安门广场共接待游客12万人次。")
    assert ms[(120000, "人次")][1] == "天安门广场"


def test_an_index_with_its_base_in_brackets_is_read():
    """居民消费价格总指数（上年同月=100）为102.1: the base in brackets stands between the index and
    its value — the value is still the index's, and the base's time (上年同月) is no time of it."""
    ms = _metrics("5月份，全市居民消费价格总指数（上年同月=100）为102.1。")
    assert ms[(102.1, "")] == ("居民消费价格总指数", None, "2024-05")
    ms = _metrics("5月份，全市居民消费价格总指数（以上年同期价格为100）为102.1。")
    assert ms[(102.1, "")][0] == "居民消费价格总指数"


def test_industries_set_off_by_commas_are_items_of_the_list():
    """重点行业中，农副食品加工业，金属制品业，计算机、通信和其他电子设备制造业，…，专用设备制造业增加值
    分别同比增长a、b、…: with items holding a 、 of their own the list is parted by commas — each
    figure is its own industry's (all were read as the last one's, 专用设备制造业增加值同比增长)."""
    ms = _metrics("10月份，重点行业中，农副食品加工业，金属制品业，计算机、通信和其他电子设备制造业，"
                  "橡胶和塑料制品业，专用设备制造业增加值分别同比增长10.2%、11.4%、67.4%、8.3%、3.3%。")
    assert ms[(10.2, "%")][0] == "农副食品加工业增加值同比增长"
    assert ms[(11.4, "%")][0] == "金属制品业增加值同比增长"
    assert ms[(67.4, "%")][0] == "计算机、通信和其他电子设备制造业增加值同比增长"
    assert ms[(8.3, "%")][0] == "橡胶和塑料制品业增加值同比增长"
    assert ms[(3.3, "%")][0] == "专用设备制造业增加值同比增长"
    ms = _metrics("信息传输、软件和信息技术服务业，金融业生产指数分别增长10.1%和5.6%。")  # (as before)
    assert ms[(5.6, "%")][0] == "金融业生产指数增长"


def test_gdp_written_in_letters_before_its_amount_is_read():
    """上半年凉山实现GDP961.42亿元: the letters before the digits name the measure, they are no code
    the digits belong to (the amount was dropped, and 同比增长6.0% was left a bare 同比增长); a
    code stays none (G107国道), nor is PM2.5 a figure."""
    ms = _metrics("上半年凉山实现GDP961.42亿元，同比增长6.0%。")
    assert ms[(96142000000, "元")][0] == "GDP"
    assert ms[(6, "%")][0] == "GDP同比增长"
    assert _metrics("沿G107国道行驶。") == {}
    ms = _metrics("全市PM2.5平均浓度为35微克/立方米。")
    assert (2.5, "") not in ms and len(ms) == 1


def test_an_industry_named_with_he_and_no_dun_is_one_item():
    """交通运输仓储和邮政业、其他服务业和金融业分别增长a、b和c: 交通运输仓储和邮政业 is one official
    name written without 、 (its 和 joins inside it) — three items for three figures (all three
    were read as 其他服务业和金融业增长)."""
    ms = _metrics("交通运输仓储和邮政业、其他服务业和金融业分别增长4.8%、4.6%和3.7%。")
    assert ms[(4.8, "%")][0] == "交通运输仓储和邮政业增长"
    assert ms[(4.6, "%")][0] == "其他服务业增长"
    assert ms[(3.7, "%")][0] == "金融业增长"


def test_a_region_after_other_regions_takes_their_measure():
    """其中东部地区的增长率为6.7%，中部为6.9%，…，东北则达到了12%: the regions are parts of one
    breakdown — 东北 takes the measure the regions before it share (东北地区的增长率), not the whole
    previous name after it (东北则西部地区的增长率); 则 closing a part's name is no part of it."""
    ms = _metrics("31个省份的财政收入均实现了正增长，其中东部地区的增长率为6.7%，中部为6.9%，"
                  "西部达到10.7%，东北则达到了12%。")
    assert ms[(6.9, "%")][0] == "中部地区的增长率"
    assert ms[(12, "%")][0] == "东北地区的增长率"
    ms = _metrics("全县共有农业产业化龙头企业48家，其中国家级2家、省级15家。")  # (as before)
    assert ms[(15, "家")][0] == "省级农业产业化龙头企业"


def test_money_given_is_named_by_the_noun_after_de():
    """中方决定向叙利亚方面提供3000万元人民币的紧急人道主义援助: an amount given (提供, 援助, 捐赠,
    下拨) and followed by 的 is named by what is given (紧急人道主义援助; up to a join, 现汇援助和…,
    or a verb of spending, 专项资金用于…), not by the clause before it (方决定向叙利亚方面提供)."""
    ms = _metrics("中方决定向叙利亚方面提供3000万元人民币的紧急人道主义援助，提供200万美元的现汇援助和叙方急需的救援物资。")
    assert ms[(30000000, "元")][0] == "紧急人道主义援助"
    assert ms[(2000000, "美元")][0] == "现汇援助"
    ms = _metrics("省财政下拨500万元的专项资金用于灾后重建。")
    assert ms[(5000000, "元")][0] == "专项资金"


def test_a_task_count_is_a_target():
    """新植甘蔗面积3375亩，完成任务数3300亩的102.27%: 任务数 names the target as 目标任务 does — the
    share is the area's share of it (新植甘蔗面积为任务数), not a level called 任务数."""
    ms = _metrics("全年全乡新植甘蔗面积3375亩，完成任务数3300亩的102.27%。")
    assert ms[(102.27, "%")][0] == "新植甘蔗面积为任务数"
    ms = _metrics("全年全乡新植甘蔗面积3375亩，完成目标任务3300亩的102.27%。")  # (as before)
    assert ms[(102.27, "%")][0] == "新植甘蔗面积为目标任务"
