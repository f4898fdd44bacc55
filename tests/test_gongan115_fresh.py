"""Round 115 (gongan115): public-security news — case round-ups and campaigns (随州 破案会战, 保定 “利剑”, 广东
“粤剑扫毒”, 公安部禁毒局, 黑龙江 “净网2022”), anti-fraud money returned (成县, 新化县, 阿拉善右旗), traffic clean-ups
(秦州区 郊区交警大队, 永清县交警大队) and a cross-county arrest (泾源县) (fresh texts of /tmp/s27/txt/gongan115).
Fixes, base → now:
- 为 and the one helped before a verb of recovering or saving opens the clause (为群众挽回经济损失800余万元 →
  挽回经济损失, was 群众挽回经济损失; 为国家和企业…, 为群众及时挽损 → 挽损; 为提供线索的群众兑现举报奖励 → 兑现举报奖励);
- a bare day listed after a date with its month shares that month (5月25日、26日 in a story of 6月4日 → 2010-05-26,
  was 2010-06-26);
- a numeral and 城/市 is a count of cities in a slogan, no place (助力“三城同创”: was Place 三城);
- a 街道's stem before its police station is that 街道 (上梅派出所 → 上梅街道派出所, was nothing; as 坐石派出所 → 坐石乡);
- a verb of handing closed by 给 ends a counted noun (130万余元现金发还给15名受害群众 → 现金, was 现金发还给);
- a lone verb before a figure described through 的 yields the noun (准备了100万元的奖励资金 → 奖励资金, was 准备);
- a police unit written bare after the text's first bureau is that bureau's (并通报特警大队 → 泾源县公安局特警大队,
  was nothing; not 郊区交警大队, 分局刑侦大队);
- a verb of guiding and the people guided open the clause (指导群众下载“国家反诈中心”APP 1500余人次 → 下载国家反诈中心APP,
  was 指导群众下载国家反诈中心APP; modelled on anti-fraud campaign round-ups);
- the manner a campaign is held in opens no part of its name (开展全方位交通秩序集中整治行动 → 交通秩序集中整治行动)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict:
    return {m.value: m.indicator for m in doc.metrics}


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def test_the_one_helped_before_a_recovering_verb_is_no_part_of_the_indicator():
    """01-suizhou-pohan-huizhan, 04-xinhua-wasun, 08-alashanyouqi-tuizang (base: 群众挽回经济损失, 国家和企业挽回经济损失,
    群众及时挽损, 受害群众挽回损失, 线索的群众兑现举报奖励)."""
    got = _metrics(extract_text("破案会战\n公安机关摧毁盗抢团伙67个，为群众挽回经济损失800余万元；侦破重大经济犯罪案件36起，"
                                "为国家和企业挽回经济损失8000余万元。"))
    assert got.get(8000000) == "挽回经济损失" and got.get(80000000) == "挽回经济损失", got
    got = _metrics(extract_text("劝阻诈骗\n民警成功劝阻2起电信网络诈骗案，为群众及时挽损11万余元。"))
    assert got.get(110000) == "挽损", got
    got = _metrics(extract_text("退赃大会\n该局破案9起，为受害群众挽回损失130万余元，挽损率22%。"))
    assert got.get(1300000) == "挽回损失" and got.get(22) == "挽损率", got
    got = _metrics(extract_text("发布会\n公安机关同时为提供线索的群众兑现举报奖励近10万元。"))
    assert got.get(100000) == "兑现举报奖励", got


def test_a_beneficiary_lead_needs_the_recovering_verb():
    """Guard: 为 before a copula's figure (增速为5%) or a recipient served (为40余人提供咨询) is read as before."""
    got = _metrics(extract_text("通报\n今年以来，全市刑事案件发案数为1200起，为群众提供咨询服务300余次。"))
    assert got.get(1200) and "挽" not in got.get(1200), got
    assert got.get(300) and not got.get(300).startswith("群众"), got


def test_a_bare_day_listed_after_a_date_shares_its_month():
    """02-baoding-lijian: 5月25日、26日，博野县局通过情报信息系统平台相继抓获2名网上逃犯 in a story dated 6月4日 (base:
    period 2010-06-26, the bare 26日 read against the article's month)."""
    doc = extract_text("保定“利剑”行动\n中新网保定6月4日电 5月25日、26日，博野县公安局相继抓获2名网上逃犯。\n2010年06月04日")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(2) == "2010-05-26", periods
    # guard: a day written with its own month stays as written
    doc = extract_text("保定“利剑”行动\n中新网保定6月4日电 5月22日，北市区分局抓获3名网上逃犯。\n2010年06月04日")
    assert {m.value: m.period for m in doc.metrics}.get(3) == "2010-05-22"


def test_a_count_of_cities_in_a_slogan_is_no_place():
    """06-yongqing-jiaojing: 县公安局交警大队开展交通秩序整治行动，助力“三城同创” (base: Place 三城)."""
    doc = extract_text("交通整治\n永清县公安局交警大队开展交通秩序整治行动，助力“三城同创”。")
    assert "三城" not in _names(doc, "Place"), _names(doc, "Place")
    # guard: divisions whose names open with a numeral stay places
    doc = extract_text("会议\n三河市、六安市、九江市代表参加会议。")
    assert {"三河市", "六安市", "九江市"} <= _names(doc, "Place"), _names(doc, "Place")


def test_a_street_office_stem_before_its_police_station():
    """04-xinhua-wasun: 在上梅派出所及银行的高效联动下 (base: no agency; 坐石派出所 was read as 坐石乡's)."""
    doc = extract_text("劝阻诈骗\n湖南省新化县上梅街道曾某疑似遭遇电信网络诈骗。在上梅派出所及银行的高效联动下，民警找到受害人。")
    assert "上梅街道派出所" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_verb_of_handing_closed_by_gei_ends_the_counted_noun():
    """08-alashanyouqi-tuizang: 依法将今年前5个月追回的130万余元现金发还给15名受害群众 (base: 现金发还给)."""
    got = _metrics(extract_text("退赃大会\n6月1日，该局依法将追回的130万余元现金发还给15名受害群众。"))
    assert got.get(1300000) == "现金", got
    # guard: 给 inside a word of the noun (供给侧) is no verb of handing
    got = _metrics(extract_text("会议\n会议邀请3名供给侧改革专家参加。"))
    assert got.get(3) == "供给侧改革专家", got


def test_a_lone_verb_before_an_attributive_figure_yields_the_noun():
    """01-suizhou-pohan-huizhan: 今年公安机关准备了100万元的奖励资金 (base: indicator 准备)."""
    got = _metrics(extract_text("发布会\n蔡秀国说，今年公安机关准备了100万元的奖励资金，欢迎群众积极提供案件线索。"))
    assert got.get(1000000) == "奖励资金", got


def test_a_bare_police_unit_is_the_first_named_bureaus():
    """07-jingyuan-xiezuo: 泾源县公安局刑侦大队接到隆德县公安局刑侦大队紧急协作请求后，…并通报特警大队 (base: no agency)."""
    doc = extract_text("跨区域协作\n近日，泾源县公安局刑侦大队接到隆德县公安局刑侦大队紧急协作请求后，立即组织研判，并通报特警大队。")
    agencies = _names(doc, "Agency")
    assert "泾源县公安局特警大队" in agencies and "隆德县公安局特警大队" not in agencies, agencies


def test_a_unit_named_by_its_own_stem_is_no_bare_unit():
    """Guard, 05-qinzhou-jiaojing: 根据秦州区公安分局的统一部署安排，郊区交警大队开展…行动 — 郊区 names the unit, which is
    not the branch's 交警大队; nor is a unit after another bureau's short name (县局刑侦大队), nor a unit's head (大队长)."""
    doc = extract_text("清查行动\n9月19日晚，根据秦州区公安分局的统一部署安排，郊区交警大队开展节前道路交通秩序大清查行动。"
                       "县局刑侦大队参加。交警大队长张新表示。")
    agencies = _names(doc, "Agency")
    assert not any(a.endswith(("交警大队", "刑侦大队")) for a in agencies), agencies


def test_the_people_guided_are_no_part_of_what_they_did():
    """Anti-fraud and traffic round-ups: 指导群众下载“国家反诈中心”APP 1500余人次, 劝导群众佩戴头盔500人次, 督促企业整改隐患35处
    (base: 指导群众下载国家反诈中心APP, 劝导群众佩戴头盔, 督促企业整改隐患)."""
    got = _metrics(extract_text("反诈宣传\n琴城派出所民警在辖区开展反诈宣传，发放宣传资料2000余份，指导群众下载“国家反诈中心”APP 1500余人次。"))
    assert got.get(1500) == "下载国家反诈中心APP", got
    got = _metrics(extract_text("交通整治\n行动中，交警劝导群众佩戴头盔500人次，督促企业整改隐患35处。"))
    assert got.get(35) == "整改隐患", got
    # guard: the people counted themselves after the verb stay the noun (帮助群众1200人: no verb after them)
    got = _metrics(extract_text("走访\n今年以来，共帮助群众1200人。"))
    assert got.get(1200) == "群众", got


def test_a_city_bureau_keeps_no_bare_unit():
    """Guard: a city's bureau has 支队, so a bare 大队 after 保定市公安局 is some county's, not the city's."""
    doc = extract_text("利剑行动\n保定市公安局部署开展“利剑”行动。5月27日，治安大队抓获犯罪嫌疑人3名。")
    assert "保定市公安局治安大队" not in _names(doc, "Agency"), _names(doc, "Agency")


def test_the_manner_a_campaign_is_held_in_is_no_part_of_its_name():
    """06-yongqing-jiaojing: 大队集中警力对辖区主要道路，开展全方位交通秩序集中整治行动 (base: Programme
    全方位交通秩序集中整治行动)."""
    doc = extract_text("交通整治\n行动期间，永清县公安局交警大队集中警力对辖区主要道路，开展全方位交通秩序集中整治行动。")
    progs = _names(doc, "Programme")
    assert "交通秩序集中整治行动" in progs and not any(p.startswith("全方位") for p in progs), progs
