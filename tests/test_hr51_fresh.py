"""Round 51 (hr51): employment, social-insurance and wage news of human-resources bureaus (fresh
texts of /tmp/s26/fresh/hr51): the share of a yearly plan written after its amount (完成4600人年计划的
61.78%), reached with 实现 or still ahead (将完成全年计划的109.1%); the employment-and-talent service
centre as an agency; 以及 and 意向 in a counted noun; no figure's subject read from a quoted
slogan's literary name (“南粤春暖”)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[str, tuple]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator: (m.value, m.unit, m.kind) for m in ms}


def _entities(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_share_of_a_yearly_plan_written_after_its_amount():
    """秀山县 (libmeeting.com, 2018): 城镇新增就业2842人,完成4600人年计划的61.78%: the plan is the new
    jobs' plan and the share the part of it done (base: both named 年计划, the share a level)."""
    doc = extract_text("秀山县上半年城镇新增就业2842人\n"
                       "截止6月底,我县城镇新增就业2842人,完成4600人年计划的61.78%;"
                       "城镇登记失业率3.28%,低于4%的控制指标。")
    ms = _metrics(doc)
    assert ms.get("城镇新增就业年计划") == (4600, "人", "level"), ms
    assert ms.get("城镇新增就业完成年计划") == (61.78, "%", "share"), ms
    assert "年计划" not in ms


def test_share_of_a_target_reached_with_shixian():
    """全市民生工程 (2010s city report): 城镇居民基本医疗保险覆盖人数达到31.36万人,实现全年目标数的93.61%:
    the share of the year's target the insured reached (base: a level named 目标数)."""
    doc = extract_text("全市劳动和社会保障民生工程实现“时间过半、任务过半”\n"
                       "社会保障方面,城镇居民基本医疗保险覆盖人数达到31.36万人,实现全年目标数的93.61%;"
                       "新型农村养老保险试点覆盖人数达到32.67万人,实现全年目标数106.42%。")
    ms = _metrics(doc)
    assert ms.get("城镇居民基本医疗保险覆盖人数实现全年目标数") == (93.61, "%", "share"), ms
    assert ms.get("新型农村养老保险试点覆盖人数实现全年目标数") == (106.42, "%", "share"), ms
    assert "目标数" not in ms


def test_share_of_a_plan_still_ahead():
    """山东省人社厅 (新华网, 2011): 农村劳动力转移就业131万人,将完成全年计划的109.1%: a forecast share of
    the plan is the transfers' all the same (base: a level named 计划)."""
    doc = extract_text("山东全年将新增城镇就业农村劳动力转移250万人\n"
                       "预计今年山东全省农村劳动力转移就业131万人,将完成全年计划的109.1%,比2010年增长2.5%。")
    ms = _metrics(doc)
    assert ms.get("农村劳动力转移就业完成全年计划") == (109.1, "%", "share"), ms
    assert "计划" not in ms


def test_employment_and_talent_service_centre_is_an_agency():
    """东营 (齐鲁晚报, 2013): 记者从东营市公共就业和人才服务中心了解到: the bureau's centre, its name joined
    by 和 (base: no agency)."""
    doc = extract_text("市直第一批职业培训补贴公示\n"
                       "21日,记者从东营市公共就业和人才服务中心了解到,今年市直第一批职业培训补贴支付情况已公示,"
                       "预计补贴支付总额达171.36万元。")
    assert "东营市公共就业和人才服务中心" in _entities(doc, "Agency")


def test_yiji_and_yixiang_inside_counted_nouns():
    """灌阳县 (广西民族报, 2024) and 东兴区 (川报观察): 设立3个招聘专区以及“政策宣传区”; 共有117人达成
    就业意向 (base: 招聘专区以, 达成就业意)."""
    doc = extract_text("灌阳县专场招聘会举行\n"
                       "灌阳县招聘会现场设立3个招聘专区以及“政策宣传区”。当天共有117人达成就业意向。")
    ms = _metrics(doc)
    assert ms.get("招聘专区") == (3, "个", "level"), ms
    assert ms.get("达成就业意向") == (117, "人", "level"), ms


def test_no_subject_from_a_quoted_slogan():
    """灌阳县 (广西民族报, 2024): “南粤春暖”线上招聘为求职者搭建…平台,…线上直播间浏览量达2.6万人次:
    南粤 (no division) opens the campaign's name, the views are the county's (base: subject 南粤)."""
    doc = extract_text("灌阳县专场招聘会举行\n"
                       "灌阳县举办专场招聘会。此次招聘活动采取线上线下双驱动模式,“南粤春暖”线上招聘为求职者搭建"
                       "跨区域高效互通平台,线上直播间浏览量达2.6万人次。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    subj = {doc.entities[m.subject].name for m in ms if m.indicator == "线上直播间浏览量" and m.subject in doc.entities}
    assert subj == {"灌阳县"}, subj


def test_share_of_a_target_whose_size_is_in_brackets():
    """山东省人社厅 (新华网, 2011): 山东全省城镇新增就业完成年度计划(100万)的98%,同比增长8.2%: the plan's
    size in brackets, the share of it done and the jobs' growth (base: 城镇新增就业完成年度计划 for the
    size, a bare % for the share, %同比增长 for the growth)."""
    doc = extract_text("山东全年将新增城镇就业农村劳动力转移250万人\n"
                       "截至9月底,山东全省城镇新增就业完成年度计划(100万)的98%,同比增长8.2%;"
                       "新增农村劳动力转移就业115.2万人,完成年度计划(120万)的95.8%,同比增长2.5%。")
    ms = _metrics(doc)
    assert ms.get("城镇新增就业年度计划", (None,))[0] == 1000000, ms
    assert ms.get("城镇新增就业完成年度计划") == (98, "%", "share"), ms
    assert ms.get("城镇新增就业同比增长") == (8.2, "%", "change"), ms
    assert ms.get("农村劳动力转移就业完成年度计划") == (95.8, "%", "share"), ms
    assert "%" not in ms and "年度计划" not in ms


def test_extent_of_a_scope_word_is_no_indicator_word():
    """东兴区 (川报观察): 东兴区在全区范围内组建了…就业促进小分队483支; 灌阳县: 跨省务工的农村劳动力常年保持在
    5万人左右 (base: 范围内组建就业促进小分队, 跨省务工的农村劳动力常年)."""
    doc = extract_text("内江东兴区院坝招聘会开到群众家门口\n"
                       "东兴区在全区范围内组建就业促进小分队483支。跨省务工的农村劳动力常年保持在5万人左右。")
    ms = _metrics(doc)
    assert ms.get("就业促进小分队") == (483, "支", "level"), ms
    assert ms.get("跨省务工的农村劳动力") == (50000, "人", "level"), ms


def test_agency_forecasting_is_no_subject():
    """山东省人社厅 (新华网, 2011): 山东省人力资源和社会保障厅预计,今年山东全省城镇新增就业将达到117万人,
    完成全年计划的117%,比2010年增长8.2%: the province's figures, the bureau only forecasts them (base:
    the share and the growth the bureau's)."""
    doc = extract_text("山东全年将新增城镇就业农村劳动力转移250万人\n"
                       "山东省人力资源和社会保障厅预计,今年山东全省城镇新增就业将达到117万人,完成全年计划的117%,"
                       "比2010年增长8.2%。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    subjects = {m.indicator: doc.entities[m.subject].name for m in ms if m.subject in doc.entities}
    assert subjects.get("城镇新增就业完成全年计划") == "山东省", subjects
    assert subjects.get("城镇新增就业增长") == "山东省", subjects
