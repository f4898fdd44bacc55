"""Round 75 (shanxi75): county and township news of 山西 (吕梁 兴县 石楼县, 运城 绛县, 朔州) and 河北
(沧州 盐山县 海兴县苏基镇, 邢台 临西县, 保定 阜平县, 承德 围场) from fresh texts of /tmp/s26/fresh/shanxi75:
a deal's parties (该镇与…公司就…, 苏基镇与…集团签订了…) read as no words of the indicator; the base of a
rate in % after a gap in points from a yardstick (较去年同期(-2.2%)) read as the rate compared, not the
gap, so the figures after it carry no yardstick either; landform nouns jieba tags ns (山梁, 山岗) read
as no places; a county paper's 市生态环境局绛县分局 read as the city bureau's branch in the county; a
history event right after a time in the figure's own sentence (1964年由山东划归河北, 1965年3月正式设县) read as no time of
the county's figures; a project's stage then 后 (项目投产后, 3年后) read as no word of the indicator; and a
quarter written inside the measure's words (新建项目一季度开工) dropped from it once read as the period."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, str, float, str]]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else "", m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _relations(doc, predicate: str) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == predicate}


def test_a_deal_s_parties_are_no_words_of_the_indicator():
    """06-haixing-suji (河北经济日报, 海兴县苏基镇): 该镇与北京新农利合农业公司就计划总投资12亿元的…项目成功签约
    (base: the indicator 该镇与北京新农利合农业公司就计划总投资)."""
    doc = extract_text("海兴县苏基镇项目建设再上新台阶\n8月10日,苏基镇与北京某某农业公司就计划总投资12亿元的"
                       "农特产品交易中心项目成功签约。")
    assert {i for _s, i, _v, _u in _metrics(doc)} == {"计划总投资"}, _metrics(doc)
    signed = extract_text("盐山县项目签约\n苏基镇与河北某某集团签订了总投资5亿元的光伏发电项目。")
    assert ("苏基镇", "总投资", 500000000, "元") in _metrics(signed), _metrics(signed)
    trade = extract_text("苏基镇外贸\n苏基镇与海兴县贸易额达3亿元。")  # no deal: the pair is what is counted
    assert {i for _s, i, _v, _u in _metrics(trade)} == {"苏基镇与海兴县贸易额"}, _metrics(trade)


def test_a_rate_s_base_after_a_yardstick_gap_is_the_rate_compared():
    """09-shuozhou-coal (朔州市统计局): 煤炭行业增加值同比增长11.9%,高出全市平均水平3.8个百分点,较去年同期(-2.2%)
    上升14.1个百分点,占全市工业的比重达81.7% (base: -2.2% a level of …同比增长高出全市平均水平, and the rise and
    the share after it carried 高出全市平均水平 too)."""
    doc = extract_text("朔州市煤炭工业运行情况\n1—2月份,朔州市煤炭行业增加值同比增长11.9%,高出全市平均水平3.8个百分点,"
                       "较去年同期(-2.2%)上升14.1个百分点,占全市工业的比重达81.7%。")
    got = {(m.indicator, m.value, m.kind) for m in doc.metrics}
    assert ("煤炭行业增加值同比增长", -2.2, "change") in got, got
    assert ("煤炭行业增加值占全市工业的比重", 81.7, "share") in got, got
    assert not any("全市平均水平" in i for i, v, _k in got if v in (-2.2, 14.1, 81.7)), got
    plain = extract_text("朔州市工业\n1—2月份,朔州市规上工业增加值同比增长8.1%,较去年同期(3.1%)加快5.0个百分点。")
    assert ("规上工业增加值增长", 3.1, "change") in {(m.indicator, m.value, m.kind) for m in plain.metrics}


def test_landform_nouns_are_no_places():
    """08-fuping-laiyuan (河北经济日报, 阜平县): 剩下的大都是用石头块垒在山梁上的“薄田” (base: a Place 山梁)."""
    doc = extract_text("阜平脱贫纪实\n全县除了10多万亩水浇地,剩下的大都是用石头块垒在山梁上的“薄田”,翻过山岗就是邻村。"
                       "山梁村位于阜平县。")
    places = _names(doc, "Place")
    assert "山梁" not in places and "山岗" not in places, places
    assert "山梁村" in places and "阜平县" in places, places


def test_a_city_bureau_s_county_branch_written_with_shi_alone():
    """03-jiangxian-ruicheng (绛县报): 县农业农村局、住建局、林业局…、市生态环境局绛县分局…参加观摩学习 (base: the
    agency 运城市生态环境局, the branch's county and 分局 dropped)."""
    doc = extract_text("绛县召开会议\n县农业农村局、市生态环境局绛县分局等单位参加。")
    assert "运城市生态环境局绛县分局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("运城市生态环境局绛县分局", "绛县") in _relations(doc, "locatedIn"), _relations(doc, "locatedIn")
    other = extract_text("芮城县观摩\n县委副书记带队赴芮城县观摩,市生态环境局绛县分局参加。")  # the county's own city
    assert "运城市生态环境局绛县分局" in _names(other, "Agency"), _names(other, "Agency")
    zone = extract_text("盐山县召开会议\n市公安局城关分局参加会议。")  # 城关 names no county: left alone
    assert not any(n.endswith("城关分局") for n in _names(zone, "Agency")), _names(zone, "Agency")


def test_a_county_s_history_in_the_figure_s_own_sentence_dates_no_figure():
    """07-linxi-fabuhui (长城网, 邢台临西县): 临西县…,1964年由山东划归河北,1965年3月正式设县,共辖7镇、2乡,总面积542平方公里
    (base: every figure of the county dated 1964, the year it moved to 河北)."""
    doc = extract_text("临西县专场新闻发布会\n临西县东临运河,1964年由山东划归河北,1965年3月正式设县,共辖7镇、2乡,"
                       "总面积542平方公里。")
    got = {(m.indicator, m.period) for m in doc.metrics}
    assert ("总面积", None) in got and ("镇", None) in got, got
    dated = extract_text("临西县经济\n2021年,临西县地区生产总值完成150亿元。")  # a year of the figure itself stays
    assert {m.period for m in dated.metrics} == {"2021"}, {(m.indicator, m.period) for m in dated.metrics}


def test_a_stage_then_hou_opening_the_words_is_no_part_of_the_indicator():
    """10-weichang-xiaowa (长城网, 承德围场小洼村): 2019年建起中药材产业种植园,…,3年后年产值预计可达近百万元 (base: the
    indicator 后年产值, 3年 read as a time) and the shape 项目投产后年产值 (base: 项目投产后年产值)."""
    doc = extract_text("小洼村发展村集体产业\n2019年小洼村建起中药材产业种植园,3年后年产值预计可达近百万元。")
    assert {m.indicator for m in doc.metrics} == {"年产值"}, {m.indicator for m in doc.metrics}
    staged = extract_text("盐山县项目签约\n项目投产后年产值预计达到3亿元,年利税5000万元。")
    assert {m.indicator for m in staged.metrics} == {"年产值", "年利税"}, {m.indicator for m in staged.metrics}
    kept = extract_text("盐山县干部队伍\n全县后备干部达到120名,后续资金5000万元已到位。")  # nouns opening with 后 stay
    assert {m.indicator for m in kept.metrics} == {"后备干部", "后续资金"}, {m.indicator for m in kept.metrics}


def test_a_quarter_inside_the_measure_s_words_is_its_period_no_word_of_it():
    """01-xingxian-changwei (吕梁新闻网, 兴县, 2020): 确保新建项目一季度开工达到35% (base: the indicator 新建项目一季度开工,
    the quarter read as the period too)."""
    doc = extract_text("兴县县委召开常委扩大会议\n2020年,会议要求,确保新建项目一季度开工达到35%。")
    assert {(m.indicator, m.period) for m in doc.metrics} == {("新建项目开工", "2020-01/2020-03")}, \
        {(m.indicator, m.period) for m in doc.metrics}
    compared = extract_text("兴县工业\n2023年全县规上工业增加值增长5.1%,增速比一季度回落0.8个百分点,金融机构一季度末存款余额300亿元。")
    got = {m.indicator for m in compared.metrics}  # a compared quarter and a quarter's end stay
    assert any("比一季度回落" in i for i in got) and any("一季度末存款余额" in i for i in got), got
