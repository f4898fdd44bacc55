"""Round 96 (guowuyuan96): national notices of 国务院, 国务院办公厅 and the ministries, second pass —
国发/国函 opinions and replies (内蒙古高质量发展, 华南国家植物园), ministry opinions and notices (农业农村部
“放管服”, 工业和信息化部 国务院国资委 前沿材料目录 in traditional characters, 农业部 质检机构 办法 and 规范),
a province's finance notice passing on the centre's transfer funds (江苏省财政厅 江苏省农业农村厅) and a
农办财 notice listing 13 provinces (fresh texts of /tmp/s26/fresh/guowuyuan96, reposts of gov.cn and
ministry pages).  Fixes: a document in 《》 named as a 规范 or a 程序 (…审查认可评审规范, …验收和计量认证程序)
and a list issued in batches (…指导目录（第一批）) no programme; a budget account quoted with its
classification code (收入列“1100252农林水共同财政事权转移支付收入”结算项目) a programme; provinces counted by
their one character (等13个省, 全国13个省启动实施…) no count of divisions (was 省开展试点, 国家将在全国); a
list of targets whose first rate carries the firms it measures (规模以上工业企业数字化研发设计工具普及率、
关键工序数控化率分别超过90%、75%) read as one item (both figures 关键工序数控化率); a national city cluster
(长江中游城市群, 关中平原城市群) read as the river 长江 with 中游城市群… as the indicator."""
from __future__ import annotations

from conftest import extract_text, figure_table


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_norm_and_a_procedure_in_title_marks_are_documents():
    """05-nongyebu-zhijian-jigou: 形成了《农业部产品质量监督检验测试机构管理办法》和《农业部产品质量监督检验测试机构
    审查认可评审规范》 … 《农业部部级质检中心验收和计量认证程序》同时废止 (base: the 办法 only; no 规范, no 程序).
    A film or a book in 《》 with neither head stays none."""
    doc = extract_text("通知\n现将《农业部产品质量监督检验测试机构审查认可评审规范》印发给你们。"
                       "《农业部部级质检中心验收和计量认证程序》同时废止。")
    progs = _names(doc, "Programme")
    assert {"农业部产品质量监督检验测试机构审查认可评审规范", "农业部部级质检中心验收和计量认证程序"} <= progs, progs
    doc = extract_text("观影\n组织干部观看电影《长津湖》，阅读《平凡的世界》。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")


def test_a_list_issued_in_batches_is_a_document():
    """04-gongxinbu-qianyan-cailiao: 組織編制《前沿材料產業化重點發展指導目錄（第一批）》 (base: no programme —
    the batch in brackets hid the head word 目录); the same in simplified characters.  A batch of
    something else (《…（第一批）》 with no document's head) stays none."""
    for text in ("通知\n工業和信息化部、國務院國資委組織編制《前沿材料產業化重點發展指導目錄（第一批）》，適時分批發布。",
                 "通知\n工业和信息化部、国务院国资委组织编制《前沿材料产业化重点发展指导目录（第一批）》，适时分批发布。"):
        progs = _names(extract_text(text), "Programme")
        assert "前沿材料产业化重点发展指导目录（第一批）" in progs, progs
    doc = extract_text("书讯\n出版社推出《红色故事丛书（第一批）》，深受读者欢迎。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")


def test_a_budget_account_with_its_code_is_no_programme():
    """06-jiangsu-caizheng-nongye-zijin: 收入列“1100252农林水共同财政事权转移支付收入”结算项目，支出列“213农林水
    支出” (base: a programme 1100252农林水共同财政事权转移支付收入, implemented in 江苏省).  A hotline's number
    (“12345政务服务便民热线”工程) and a year opening a campaign's name (“2024年春风行动”) are no account."""
    doc = extract_text("通知\n市县通过2024年省与市县财政结算办理，收入列“1100252农林水共同财政事权转移支付收入”结算项目，"
                       "支出列“213农林水支出”。中央资金请列“2130135农业资源保护修复与利用”科目。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("通知\n全面推行“12345政务服务便民热线”工程。启动“2024年春风行动”专项活动。")
    assert {"12345政务服务便民热线", "2024年春风行动"} <= _names(doc, "Programme"), _names(doc, "Programme")


def test_provinces_counted_by_one_character_are_the_count():
    """07-nongbancai-caoyuan-butie: 国家将在河北、山西、内蒙古…等13个省（自治区）…启动实施新一轮草原生态保护补助奖励
    政策, written with 省 alone (base: 省启动实施新一轮草原生态保护补助奖励政策; 全国13个省 → 国家将在全国).
    A word opening with 省 that counts no province (省会城市, 省直部门) keeps its noun."""
    table = figure_table("通知\n国家将在河北、山西、内蒙古、辽宁等4个省启动实施新一轮草原生态保护补助奖励政策。", "2016-03-01")
    assert table[(4, "个")][0] == "省", table
    table = figure_table("通知\n国家将在全国13个省启动实施试点。", "2016-03-01")
    assert table[(13, "个")][:2] == ("省", "中国"), table
    table = figure_table("通知\n全国31个省份城镇调查失业率平均为5.3%。", "2024-03-01")
    assert table[(31, "个")][0] == "省份" and table[(5.3, "%")][0] == "城镇调查失业率", table
    table = figure_table("通知\n5个省直部门参加。3个省会城市空气质量优良天数比例为90%。", "2024-03-01")
    assert table[(5, "个")][0] == "省直部门" and table[(90, "%")][0].startswith("省会城市"), table


def test_a_long_rate_heads_a_list_of_targets():
    """Modelled on the ministries' targets (工信部联规 notices): 到2027年，…规模以上工业企业数字化研发设计工具普及率、
    关键工序数控化率分别超过90%、75% (base: both figures 关键工序数控化率 — the first item, longer than a plain
    one, broke the list).  An official name written with 、 (电力、热力、燃气及水生产和供应业增加值) stays one."""
    table = figure_table("通知\n到2027年，规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%。",
                         "2024-03-27")
    assert table[(90, "%")] == ("规模以上工业企业数字化研发设计工具普及率", None, "2027"), table
    assert table[(75, "%")] == ("关键工序数控化率", None, "2027"), table
    table = figure_table("统计\n1-5月，电力、热力、燃气及水生产和供应业增加值增长5.1%。", "2024-06-15")
    assert table[(5.1, "%")][0].startswith("电力、热力、燃气及水生产和供应业"), table


def test_a_national_city_cluster_is_the_subject():
    """Modelled on 国务院关于《长江中游城市群发展“十四五”实施方案》的批复: 到2025年，长江中游城市群常住人口城镇化率
    达到64%左右 (base: subject 长江, the river, indicator 中游城市群常住人口城镇化率).  The river's own basin
    stays the river's."""
    table = figure_table("批复\n到2025年，长江中游城市群常住人口城镇化率达到64%左右。", "2022-02-15")
    assert table[(64, "%")][:2] == ("常住人口城镇化率", "长江中游城市群"), table
    table = figure_table("批复\n关中平原城市群地区生产总值增长6%。", "2024-02-15")
    assert table[(6, "%")][1] == "关中平原城市群", table
    doc = extract_text("公报\n长江干流水质保持优良。")
    assert "长江" in _names(doc, "Place"), _names(doc, "Place")
