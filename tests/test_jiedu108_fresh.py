"""Round 108 (jiedu108): policy interpretation and the documents around it — 宁夏 自治区发展改革委's notice
on 重要政策解读 (a 政务公开 page with its metadata table), 富民县's and 沧源佤族自治县's reviews of their
政策解读 work (云南), 辽宁省人民政府办公厅's 政策文件解读工作规范, 上海 嘉定区's forwarded 海绵城市 plan (区建设管理委
拟定的《…实施方案》, 到2025年底/2030年底 targets), 金华 婺城区's 若干政策举措, and 国新办's briefings reading the
政府工作报告 (2020, 2025), 商务部's and 中央农办's 答记者问 (fresh texts of /tmp/s27/txt/jiedu108).  Fixes: a
public-information table's 标题/名称 field holding a document's title is the page's title (the title was
lost, or was the cell line 公开属性: | 全部公开, now a metadata label with 公开期限 and 公开类型); a change in
percentage points then a rate in % after a copula is the rate's level (赤字率提高了1个百分点，达到4%左右); a
duration's quoted name after N年的 is read whole (连续实施了14年的“稳健的货币政策”); a bound run into a noun
ending in its measure (50平方公里以上建设用地面积达到…) with no figure after it is that measure's level, no size
class; Shanghai's 建设管理委 a department (the drafting body)."""
from __future__ import annotations

from conftest import extract_text


def _title(doc) -> str | None:
    return doc.articles[0].title


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit, m.kind) for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


_JIADING_HEAD = ("索 引 号: | WA1304001-2024-002 | 主题分类: | 区政府 |\n"
                 "发布机构: | 区政府办公室 | 发文日期: | 2024-10-10 |\n"
                 "名 称: | 上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知 | ||\n"
                 "文 号: | 嘉府办发〔2024〕23号 | 公开类型: | 主动公开 |\n"
                 "公开属性: | 全部公开 | 公开期限: | 长期公开 |\n"
                 "各镇人民政府,区政府相关委、办、局、街道办事处:\n")


def test_a_metadata_tables_title_field_is_the_pages_title():
    """05-jiading-haimian-fangan (base: title 公开属性:, the cell line under the table) and
    01-ningxia-fgw-jiedu-tongzhi (base: no title): the 名 称 / 标 题 field's value, a document's title."""
    doc = extract_text(_JIADING_HEAD + "区建设管理委拟定的《嘉定区系统化全域推进海绵城市建设的实施方案》已经区政府同意,"
                       "现转发给你们,请认真按照执行。\n")
    assert _title(doc) == "上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知", _title(doc)
    doc = extract_text("索 引 号 | 640000001/2024-00490 | 发文时间 | 2024-12-06 |\n"
                       "发布机构 | 自治区发展和改革委员会 | 文 号 | |\n"
                       "公开方式 | 主动公开 | 有效性 | 有效 |\n"
                       "标 题: | 自治区发展改革委关于进一步加强重要政策解读工作的通知 |\n"
                       "委机关各处室、委属各单位:\n"
                       "政策解读是提高政府公信力执行力的重要举措。现就有关事项通知如下。\n")
    assert _title(doc) == "自治区发展改革委关于进一步加强重要政策解读工作的通知", _title(doc)


def test_a_table_cell_line_of_open_information_is_no_title():
    """05-jiading: 公开属性: | 全部公开 | 公开期限: | 长期公开 | under a table whose title field names no
    document is metadata, never the title."""
    doc = extract_text("索 引 号: | WA1304001-2024-002 | 主题分类: | 区政府 |\n"
                       "公开属性: | 全部公开 | 公开期限: | 长期公开 |\n"
                       "各镇人民政府:\n现将有关事项通知如下。\n")
    assert _title(doc) is None or "公开" not in _title(doc), _title(doc)


def test_a_name_field_of_a_body_is_no_title():
    """Guard: a procurement notice's 名称：河北诚信招标有限公司 is a body's name, no document's title."""
    doc = extract_text("灵寿县第二中学采购项目中标公告\n二、采购代理机构信息\n名称：河北诚信招标有限公司\n"
                       "地址：石家庄市长安区。\n")
    assert _title(doc) == "灵寿县第二中学采购项目中标公告", _title(doc)


def test_a_headline_over_the_table_stays_the_title():
    """Guard: a page whose headline stands over its metadata table keeps that headline; the table's title
    field adds nothing to it (zhaobiao79's 名称：关于…的通知 under its headline stays chrome)."""
    doc = extract_text("关于转发海绵城市建设实施方案的通知\n"
                       "名 称: | 上海市嘉定区人民政府办公室关于转发《嘉定区海绵城市建设实施方案》的通知 | ||\n"
                       "各镇人民政府:\n现转发给你们,请认真按照执行。\n")
    assert _title(doc) == "关于转发海绵城市建设实施方案的通知", _title(doc)


def test_points_then_a_rate_is_the_rates_level():
    """07-guoxinban-2025-baogao-jiedu: 今年的赤字率提高了1个百分点,达到4%左右 (base: 赤字率提高 4% change)."""
    doc = extract_text("解读\n从力度上看,今年的赤字率提高了1个百分点,达到4%左右,赤字规模达到5.66万亿元。\n")
    got = _metrics(doc)
    assert ("赤字率", 4, "%", "level") in got, got
    assert ("赤字率提高", 1, "个百分点", "change") in got, got
    doc = extract_text("经济\n全市城镇化率提高0.8个百分点,达到62.5%。\n")
    assert ("城镇化率", 62.5, "%", "level") in _metrics(doc), _metrics(doc)


def test_points_compared_then_a_rate_stays_the_level():
    """Guard: with the comparison written (比上年提高…达到) the level was read already; a % change after a
    % change stays a change."""
    doc = extract_text("生态\n全市森林覆盖率比上年提高1.2个百分点,达到45.3%。\n")
    assert ("森林覆盖率", 45.3, "%", "level") in _metrics(doc), _metrics(doc)
    doc = extract_text("经济\n全县规上工业增加值增长8.5%,增速提高2.1个百分点。\n")
    assert not any(m[0] == "规上工业增加值" and m[1] == 2.1 for m in _metrics(doc)), _metrics(doc)


def test_a_durations_quoted_name_is_read_whole():
    """07-guoxinban-2025: 将连续实施了14年的“稳健的货币政策”调整为… (base: 稳健时间, cut at the 的 inside the
    quoted name)."""
    doc = extract_text("解读\n从取向上看,首次提出“更加积极的财政政策”,并将连续实施了14年的“稳健的货币政策”"
                       "调整为“适度宽松的货币政策”。\n")
    got = {m[0] for m in _metrics(doc) if m[1] == 14}
    assert got == {"稳健的货币政策时间"}, got


def test_a_quoted_name_with_words_after_stays():
    """Guard: a quoted name closed before the rest of the noun (经过3年的“强省会”建设) keeps the rest."""
    doc = extract_text("发展\n经过3年的“强省会”建设，全市面貌一新。\n")
    assert ("强省会建设时间", 3, "年", "level") in _metrics(doc), _metrics(doc)


def test_a_bound_run_into_its_measure_is_a_target():
    """05-jiading: 嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市建设目标要求;到2030年底,80平方公里
    以上… (base: both figures dropped as size classes)."""
    doc = extract_text("工作目标\n根据上海市海绵城市建设要求,嘉定区到2025年底,50平方公里以上建设用地面积达到海绵城市"
                       "建设目标要求;到2030年底,80平方公里以上建设用地面积达到海绵城市建设目标要求。\n")
    got = {(m.value, m.unit, m.period) for m in doc.metrics}
    assert (50, "平方公里", "2025-12-31") in got, got
    assert (80, "平方公里", "2030-12-31") in got, got


def test_a_size_class_stays_no_figure():
    """Guard: a bound naming a class of things counted (100亩以上经营主体12个) or a class whose area is
    stated after it (100亩以上土地面积达5万亩) stays no figure."""
    doc = extract_text("农业\n全县培育100亩以上经营主体12个。\n")
    assert not any(m.value == 100 for m in doc.metrics), _metrics(doc)
    doc = extract_text("农业\n全县100亩以上土地面积达5万亩。\n")
    assert not any(m.value == 100 for m in doc.metrics), _metrics(doc)


def test_shanghais_construction_commission_is_a_department():
    """05-jiading: 区建设管理委拟定的《…实施方案》 (base: no agency, the drafting body lost)."""
    doc = extract_text("通知\n上海市嘉定区人民政府办公室通知：区建设管理委拟定的《嘉定区海绵城市建设实施方案》"
                       "已经区政府同意。\n")
    assert "嘉定区建设管理委" in _names(doc, "Agency"), _names(doc, "Agency")


def test_construction_management_as_work_is_no_agency():
    """Guard: 加强工程建设管理 names work, no body."""
    doc = extract_text("交通\n县交通运输局加强工程建设管理，确保工程质量。\n")
    assert not any("建设管理" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
