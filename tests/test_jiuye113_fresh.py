"""Round 113 (jiuye113): employment and social-security news — city 人社 progress bulletins (南昌 2021
1~10月 民生工程, 雅安 and 德阳 就业 figures), 盐城's 2009 就业再就业 通报 with its county-by-county lists,
招聘会 news from 灌阳县 (Guangxi) and 东至县 (Anhui), 黑龙江's 省人社厅 January figures and the ministry's
2023 third-quarter release (fresh texts of /tmp/s27/txt/jiuye113).  Fixes: a list of places after a
clause naming what they are measured by (完成年度目标的比例依次为：大丰市180.00%…, 城镇新增就业完成情况
依次为：东台市5200人…, 就业人数分别为…) gives each place that indicator, not a bare % or 人数 — the
frame 完成情况 dropped and a bracketed level list after 各县 (各县（市、区）) read as the places listed;
a scope 各县(市、区) between a rate and its verb (达标率各县均达70%以上) is no word of the rate; a place
opening the last quoted name of a run joined by 和 (“桂林企业专区”和“广东企业专区”3个招聘专区) no
subject; idioms jieba's dictionary tags ns (人山人海, 高高兴兴, 上山下乡 …) no places."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    def subj(m):
        e = doc.entities.get(m.subject) if m.subject else None
        return e.name if e is not None else None
    return {(subj(m), m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_list_of_places_takes_the_proportion_named_before_it():
    """04-yancheng-2009: 下岗失业人员实现再就业完成年度目标的比例依次为：大丰市180.00%、亭湖区167.43%…
    (base: indicator % for every county, and the first county's figure given the clause before's rate)."""
    doc = extract_text("就业\n盐城市下岗失业人员实现再就业完成年度目标的比例依次为：射阳县155.80%、亭湖区167.43%、"
                       "响水县163.87%。")
    got = _metrics(doc)
    for place, value in (("射阳县", 155.8), ("亭湖区", 167.43), ("响水县", 163.87)):
        assert (place, "下岗失业人员实现再就业完成年度目标的比例", value, "%") in got, got
    assert not any(m[1] == "%" for m in got), got


def test_a_list_of_places_after_a_completion_frame_takes_the_indicator():
    """The 通报 form of 04-yancheng-2009 for counts: 城镇新增就业完成情况依次为：东台市5200人 (base: 人数);
    各县（市、区） before it the places listed, no word of the indicator; …人数分别为 keeps its 人数."""
    doc = extract_text("就业\n2023年，盐城市各县（市、区）城镇新增就业完成情况依次为：东台市5200人、亭湖区4300人。")
    got = _metrics(doc)
    assert ("东台市", "城镇新增就业", 5200, "人") in got, got
    assert ("亭湖区", "城镇新增就业", 4300, "人") in got, got
    doc = extract_text("就业\n2023年，盐城市城镇新增就业人数分别为：东台市5200人、亭湖区4300人。")
    got = _metrics(doc)
    assert ("东台市", "城镇新增就业人数", 5200, "人") in got, got
    doc = extract_text("项目\n各县（市、区）亿元以上项目开工率分别为：霍山县94.1%、金寨县68.9%。")
    got = _metrics(doc)
    assert ("霍山县", "亿元以上项目开工率", 94.1, "%") in got, got


def test_a_list_of_places_with_an_unnamed_head_stays_guarded():
    """Guard: a clause before the list that names no measure (各地情况如下 / a bare 分别为 after a count
    named by words) keeps the older readings."""
    doc = extract_text("项目\n全市亿元以上新签约项目174个，分别为：霍山县34个、金寨县32个。")
    got = _metrics(doc)
    assert ("霍山县", "亿元以上新签约项目", 34, "个") in got, got


def test_each_county_between_a_rate_and_its_verb_is_no_word_of_the_rate():
    """04-yancheng-2009: 充分就业社区达标率各县均达70%以上；…被征地农民就业率各县(市、区)均达到70%以上
    (base: indicators 充分就业社区达标率各县, 登记失业的被征地农民就业率各县(市、区))."""
    doc = extract_text("就业\n2009年，全市充分就业社区达标率各县均达70%以上；被征地农民就业率各县(市、区)均达到70%以上。")
    inds = {m[1] for m in _metrics(doc)}
    assert "充分就业社区达标率" in inds, inds
    assert "被征地农民就业率" in inds, inds
    assert not any("各县" in i for i in inds), inds


def test_a_place_opening_the_last_quoted_name_of_a_run_is_no_subject():
    """05-guanyang-zhaopin: 招聘会现场设立“灌阳企业专区”“桂林企业专区”和“广东企业专区”3个招聘专区 (base:
    广东省's 3个招聘专区, and the next sentence's 14个部门 with it)."""
    doc = extract_text("灌阳县举办专场招聘会\n3月17日，灌阳县举办专场招聘会。招聘会现场设立“灌阳企业专区”“桂林企业专区”"
                       "和“广东企业专区”3个招聘专区。灌阳县人社局、乡村振兴局等14个部门把咨询服务台搬到现场。")
    got = _metrics(doc)
    assert not any(m[0] == "广东省" for m in got), got
    assert ("灌阳县", "招聘专区", 3, "个") in got, got


def test_a_place_in_a_quoted_name_after_its_own_clause_stays():
    """Guard: a place quoted alone before a figure of its own clause (“林周鹤影”-like, no run) is left to
    the older rules; 和 between two places unquoted is a list as before."""
    doc = extract_text("旅游\n2023年，灌阳县接待游客120万人次。")
    assert ("灌阳县", "接待游客", 1200000, "人次") in _metrics(doc), _metrics(doc)


def test_idioms_the_dictionary_tags_ns_are_no_places():
    """06-dongzhi-zhaopin: 招聘会现场人山人海 (base: a Place 人山人海); the same for other idioms jieba's
    dictionary tags ns."""
    for sent in ("招聘会现场人山人海。", "大家高高兴兴过新年。", "当年他上山下乡来到这里。", "祝愿大家平平安安。"):
        doc = extract_text("招聘会\n" + sent)
        assert not _names(doc, "Place"), (sent, _names(doc, "Place"))


def test_a_real_place_next_to_an_idiom_stays():
    """Guard: the county named in the same sentence is still a place."""
    doc = extract_text("招聘会\n东至县招聘会现场人山人海。")
    assert "东至县" in _names(doc, "Place"), _names(doc, "Place")


def test_a_whole_province_clause_is_not_the_bodys_of_a_clause_before():
    """07-heilongjiang-jan: 记者从省人社厅获悉,1月份,省人社厅紧盯…两项主要指标,…,全省实现城镇新增就业2.3万人,完成年计划
    7.6% (base: both figures 省人力资源和社会保障厅's; 全省 says the province's, the body only works for it)."""
    doc = extract_text("我省1月城镇新增就业2.3万人\n本报讯(记者徐佳倩)记者从省人社厅获悉,1月份,省人社厅紧盯“城镇调查失业率”"
                       "和“城镇新增就业”两项主要指标,千方百计拓宽就业渠道,全省实现城镇新增就业2.3万人,完成年计划7.6%;"
                       "全省城镇调查失业率6%。")
    got = _metrics(doc)
    for m in got:
        if m[1].startswith("城镇新增就业"):
            assert m[0] != "省人力资源和社会保障厅", got
    assert any(m[1] == "城镇新增就业" and m[2] == 23000 for m in got), got


def test_a_bodys_own_figures_stay_the_bodys():
    """Guard: a body opening the sentence keeps the figures of its own clauses (市财政局安排资金300万元), and
    a 全市 clause after it does not take them away."""
    doc = extract_text("就业\n市财政局安排资金300万元,全市新增就业2000人。")
    got = _metrics(doc)
    assert ("市财政局", "资金", 3000000, "元") in got, got
