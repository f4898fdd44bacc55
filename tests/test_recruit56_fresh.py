"""Round 56 (recruit56): public recruitment notices (事业单位/国企 公开招聘 公告, /tmp/s26/fresh/recruit56): no
figure from a graduating class (2023届毕业生), an age limit (35周岁以下), the weight of an exam's score
(笔试成绩和面试成绩各占50%) or an applicant's term of service (服务期不得少于5年, 放宽两年); the counts
of posts stay."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> set[tuple[str, float, str]]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {(m.indicator, m.value, m.unit) for m in ms}


def test_a_graduating_class_year_is_no_count():
    """泉州城建集团2023年度第一批公开招聘简章: 应届毕业生是指2023届全日制普通高等院校毕业生、2022届离校未就业…毕业生
    (base: figures 2023 届 and 2022 届); the 76 posts stay."""
    doc = extract_text("泉州城建集团2023年度第一批公开招聘简章\n"
                       "泉州城建集团权属企业本次计划公开招聘工作人员76名。"
                       "应届毕业生是指2023届全日制普通高等院校毕业生、2022届离校未就业全日制普通高等院校毕业生和退役大学生。")
    units = {(v, u) for _i, v, u in _figures(doc)}
    assert (76, "名") in units, units
    assert not any(u == "届" for _v, u in units), units


def test_an_exam_score_weight_is_no_share():
    """2012年长春市市属事业单位公开招聘公告: 考试岗位拟聘人选以面试人员笔试成绩和面试成绩各占50%计入考试总成绩
    (base: a share of 50% for 长春市); a rate of the place (优良率达到50%) stays."""
    doc = extract_text("长春市事业单位公开招聘公告\n"
                       "考试岗位拟聘人选以面试人员笔试成绩和面试成绩各占50%计入考试总成绩,并依据总成绩从高分到低分确定。"
                       "笔试科目为《医学基础知识》,占总成绩的40%。\n"
                       "全市学生体质健康测试优良率达到50%。")
    figures = _figures(doc)
    assert [f for f in figures if f[2] == "%"] == [("学生体质健康测试优良率", 50, "%")], figures


def test_an_age_limit_in_full_years_is_no_span_of_weeks():
    """Recruitment notices' 年龄在35周岁以下 (base: a figure 35 周 '年龄'); the posts counted stay."""
    doc = extract_text("某县公开招聘教师公告\n本次共招聘教师120名。报考人员年龄在35周岁以下。")
    figures = _figures(doc)
    assert not any(u == "周" for _i, _v, u in figures), figures
    assert any(v == 120 for _i, v, _u in figures), figures


def test_an_applicant_term_of_service_is_no_figure():
    """海门区招引村卫生室工作人员公告: 录用后服务期不得少于5年 (base: a figure 5 年), and 泉州城建集团:
    全日制研究生及以上学历的工作年限要求可适当放宽两年 (base: a figure 2 年); the 60 posts stay."""
    doc = extract_text("南通市海门区招引村卫生室工作人员公告\n"
                       "经研究决定,南通市海门区部分区镇(街道)招引村卫生室(社区卫生服务站)工作人员60名。"
                       "录用后服务期不得少于5年。全日制研究生及以上学历的工作年限要求可适当放宽两年。")
    figures = _figures(doc)
    assert not any(u == "年" for _i, _v, u in figures), figures
    assert any(v == 60 for _i, v, _u in figures), figures


def test_a_bare_term_after_the_notice_s_verb_is_how_long_the_notice_stands():
    """徐州市公安机关考试录用人民警察简章: 对拟录用人员进行公示,接受社会和考生监督,期限为7天 (base: a figure
    '期限' 7 天 of 徐州市); a campaign's 期限为30天 with no notice before it stays."""
    doc = extract_text("徐州市公安机关考试录用人民警察简章\n"
                       "政审合格者为拟录用人员,由市公务员主管部门通过徐州人力资源和社会保障网上对拟录用人员进行公示,"
                       "接受社会和考生监督,期限为7天。\n"
                       "全市开展专项整治行动,期限为30天,共查处案件12起。")
    days = {v for _i, v, u in _figures(doc) if u == "天"}
    assert days == {30}, _figures(doc)
