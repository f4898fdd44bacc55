"""Round 120 (xinyong120): social-credit texts — 双公示 explainers (十堰 信用网), a province's review of its credit
system (江苏 “十三五”), notices naming credit model counties (陕西省发展改革委, 枞阳县社会信用体系建设领导小组办公室),
city and prefecture plans (宿迁 农村信用体系, 楚雄州 守信联合激励和失信联合惩戒) and national city-credit monitoring
and model-zone reviews (fresh texts of /tmp/s27/txt/xinyong120).
Fixes, base → now:
- a national organ listed after another one right after a verb of carrying out decisions is whose decisions they
  are, no source of the figure (为贯彻落实党中央、国务院和省委、省政府关于…的决策部署，现确定…等4个县(区) in a
  province's notice → subject 陕西省, was 中国; only the organ right after 落实 was skipped);
- an adverb of how a level moved right before the change verb closing a change's name leaves the name
  (地级市信用事件信息总量较2017年同期大幅增长了134.5% → 地级市信用事件信息总量增长, was …总量大幅增长; 同比大幅增长 →
  同比增长);
- a plan heading its own text keeps the period bracket after its title line, as its issuing notice's 《》 does
  (宿迁市深入推进农村信用体系建设三年行动计划(2023-2025年) on its own line and in 《》 → one Programme, the bare name
  its alias; was two, …行动计划 and …行动计划(2023-2025年));
- 上联 (a platform 上联国家、横通部门、下接市县) is a verb jieba tags ns: no Place (was Place 上联)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


_NOTICE = "关于公布全省首批信用建设示范县名单的通知\n陕西省发展和改革委员会\n"


def test_organs_listed_after_a_relaying_verb_are_no_national_source():
    """03-shaanxi-shifanxian-mingdan (base: subject 中国 for 4个县(区))."""
    doc = extract_text(_NOTICE + "为贯彻落实党中央、国务院和省委、省政府关于推进社会信用体系建设的决策部署，经自愿申报和组织评估，"
                       "现确定延安市宝塔区、榆林市榆阳区、铜川市宜君县等3个县(区)为全省首批信用建设示范县。")
    m = _metrics(doc)[3]
    assert doc.entities[m.subject].name == "陕西省", doc.entities[m.subject].name
    doc = extract_text(_NOTICE + "为贯彻落实党中央、国务院决策部署，现确定延安市宝塔区等3个县为全省首批信用建设示范县。")
    assert doc.entities[_metrics(doc)[3].subject].name == "陕西省"


def test_national_organs_acting_in_a_list_stay_national():
    """Guard: national organs listed as the ones that act (经…审核), with no verb of carrying out before them or
    only one beyond a clause mark, keep the count national."""
    for lead in ("经国家发展改革委、人民银行审核，现确定", "学习先进经验，国家发展改革委、人民银行审核确定"):
        doc = extract_text("关于公布示范县名单的通知\n陕西省发展和改革委员会\n" + lead
                           + "延安市宝塔区等3个县为全国信用建设示范县。")
        assert doc.entities[_metrics(doc)[3].subject].name == "中国", lead


def test_a_trend_adverb_before_the_closing_change_verb_leaves_the_name():
    """07-national-chengshi-xinyong-jiance (base: 地级市信用事件信息总量大幅增长, 信用事件信息总量同比大幅增长)."""
    got = _metrics(extract_text("信用状况监测\n2018年全国地级市信用事件信息总量较2017年同期大幅增长了134.5%。"))
    assert got[134.5].indicator == "地级市信用事件信息总量增长", got[134.5].indicator
    got = _metrics(extract_text("信用信息归集\n2023年全市归集信用信息总量同比明显增长12.5%。"))
    assert got[12.5].indicator == "归集信用信息总量同比增长", got[12.5].indicator


def test_the_change_name_without_an_adverb_stays():
    """Guard: names with no adverb before their verb stay as read."""
    got = _metrics(extract_text("信用信息归集\n2023年全市归集信用信息总量同比增长12.5%。"))
    assert got[12.5].indicator == "归集信用信息总量同比增长", got[12.5].indicator


def test_shang_lian_is_no_place():
    """02-jiangsu-shisanwu-xinyong (base: Place 上联)."""
    doc = extract_text("信用信息系统建设\n江苏省建立信用信息系统，成为上联国家、横通部门、下接市县、覆盖全省的信用信息交换共享枢纽。")
    assert "上联" not in _names(doc, "Place")
    assert "江苏省" in _names(doc, "Place")


def test_a_plan_title_line_keeps_its_period_as_its_quoted_name_does():
    """05-suqian-nongcun-xinyong (base: two Programmes, …三年行动计划 and …三年行动计划(2023-2025年))."""
    doc = extract_text("宿迁市深入推进农村信用体系建设三年行动计划(2023-2025年)\n各县、区人民政府，市各有关部门和单位：\n"
                       "《宿迁市深入推进农村信用体系建设三年行动计划(2023-2025年)》已经市政府常务会审议通过，现印发给你们，"
                       "请认真组织实施。")
    plans = {n for n in _names(doc, "Programme") if n.startswith("宿迁市深入推进")}
    assert plans == {"宿迁市深入推进农村信用体系建设三年行动计划(2023-2025年)"}, plans


def test_a_plan_title_line_without_a_period_stays():
    """Guard: a title line with no bracket after it keeps its name (永丰县…实施方案, as test_relations9_plans)."""
    doc = extract_text("永丰县农村人居环境整治提升五年行动实施方案\n\n为深入推进全县农村人居环境整治提升，制定本方案。")
    assert "永丰县农村人居环境整治提升五年行动实施方案" in _names(doc, "Programme")
