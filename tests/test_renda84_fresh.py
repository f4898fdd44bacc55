"""Round 84 (renda84): county and district people's congress and CPPCC news — standing-committee meetings
(attendance and 任免), deputies' inspections, proposals and suggestions counted and handled — from fresh
texts of /tmp/s26/fresh/renda84 (山东临朐, 江西永丰, 陕西安康, 浙江, 湖北保康, 天津北辰, 西安灞桥, 云南江川,
重庆璧山).  Fixes: the actual attendance after a due count (应到组成人员24人，实到17人) counts the due
count's noun (实到组成人员, was 人数); a review or handling outcome after 其中 (其中立案185件, 其中办结120件)
is the count's own word (was 立案组收到…意见建议, 办结收到代表建议); a counted noun closed by the locative
中 before an adverb (32件区属建议中已经落实…) is the noun without it; the storeys between a count of
buildings and its noun (1栋3层独立商业) are part of the noun (was the list's previous 高层住宅); a line's yearly
count in pieces inside its name (年产两亿只纸箱数字化生产线) is its size, no figure; the handling of the things
counted (15件重点建议办理情况, 5件建议执行办理情况) ends their noun."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[tuple[float, str], str]:
    return {(m.value, m.unit): m.indicator for m in doc.metrics}


def test_the_actual_attendance_counts_the_due_count_s_noun():
    """02-yongfeng-changweihui (江西永丰县): 县十七届人大常委会应到组成人员24人，实到17人，符合法定人数
    (base: 实到17人 read as the bare 人数); 应出席会议代表186名，实出席177名 likewise.  With no noun after
    应到 (会议应到180名，实到172名) nothing names the count: 人数 stays."""
    got = _metrics(extract_text("县人大常委会召开会议\n县十七届人大常委会应到组成人员24人，实到17人，符合法定人数。"))
    assert got[(17, "人")] == "实到组成人员", got
    got = _metrics(extract_text("县人代会举行全体会议\n大会应出席会议代表186名，实出席177名，符合法定人数。"))
    assert got[(177, "名")] == "实出席会议代表", got
    got = _metrics(extract_text("县政协召开常委会议\n会议应到180名，实到172名。"))
    assert got[(172, "名")] == "人数", got


def test_a_review_outcome_after_qizhong_is_the_count_s_own_word():
    """05-zhejiang-county-tian (浙江, 县政协): 大会提案组收到以提案形式提交的意见建议192件，其中立案185件 (base:
    立案组收到以提案形式提交的意见建议, the whole's indicator cut at 案 of 提案); 共收到代表建议126件，其中办结
    120件 (base: 办结收到代表建议).  A class word after 其中 still names its part of the whole."""
    got = _metrics(extract_text("县政协提案工作\n截止昨天下午5时，大会提案组收到以提案形式提交的意见建议192件，"
                                "其中立案185件。"))
    assert got[(185, "件")] == "立案", got
    got = _metrics(extract_text("建议办理情况\n县人大常委会共收到代表建议126件，其中办结120件，并案3件。"))
    assert got[(120, "件")] == "办结", got
    got = _metrics(extract_text("龙头企业发展\n全县共有农业产业化龙头企业48家，其中国家级2家、省级15家。"))
    assert got[(15, "家")] == "省级农业产业化龙头企业", got


def test_a_counted_noun_closed_by_the_locative_before_an_adverb():
    """09-beichen-daibiao-shicha (天津北辰区): 区人大代表提出的32件区属建议中已经落实和正在落实的有25件 (base:
    区属建议中).  A noun whose 中 is its own word (高中) keeps it."""
    got = _metrics(extract_text("区人大代表视察\n目前，区人大代表提出的32件区属建议中已经落实和正在落实的有25件。"))
    assert got[(32, "件")] == "区属建议", got
    got = _metrics(extract_text("教育发展\n全县共有3所高中均已通过验收。"))
    assert got[(3, "所")] == "高中", got


def test_storeys_between_a_count_of_buildings_and_its_noun():
    """12-bishan-daibiao-diaoyan (重庆璧山区): 主要建设内容包括18栋高层住宅、1栋3层独立商业、1栋幼儿园 (base:
    1栋 read as one more 高层住宅, the list's previous noun); 2栋18层住宅楼和1栋5层办公楼 (base: 住宅楼和)."""
    got = {(m.value, m.indicator) for m in extract_text(
        "民生工程建设\n青杠经济适用房项目主要建设内容包括18栋高层住宅、1栋3层独立商业、1栋幼儿园以及其他附属配套建设。").metrics}
    assert (1, "3层独立商业") in got and (1, "高层住宅") not in got, got
    got = _metrics(extract_text("保障房建设\n今年新建2栋18层住宅楼和1栋5层办公楼。"))
    assert got[(1, "栋")] == "5层办公楼", got


def test_a_line_s_yearly_pieces_are_its_size_no_figure():
    """11-jiangchuan-daibiao-shicha (云南江川区): 视察组先后对…工业园区年产两亿只纸箱数字化生产线…进行实地察看 (base:
    纸箱数字化生产线 2亿只, a figure of the district): inside a line's name the yearly count is its size, as
    年产10万台电机项目 reads.  A count of birds held is still a figure."""
    doc = extract_text("区人大代表集中视察\n视察组先后对大街小学、工业园区年产两亿只纸箱数字化生产线进行实地察看。")
    assert not [m for m in doc.metrics if m.unit == "只"], _metrics(doc)
    got = _metrics(extract_text("畜牧业发展\n全县存栏蛋鸡50万只。"))
    assert got[(500000, "只")] == "存栏蛋鸡", got


def test_the_handling_of_the_things_counted_ends_their_noun():
    """15-xiji-yian-jiancha (宁夏西吉县): 就县十八届人大第三次会议确定的5件议案和5件建议执行办理情况进行检查 (base:
    建议执行办理情况); 会议听取了15件重点建议办理情况的汇报 (base: 重点建议办理情况).  A report of the handling
    is counted whole (3件办理情况报告)."""
    got = sorted(m.indicator for m in extract_text("县人大常委会检查议案建议办理\n检查组就县十八届人大第三次会议确定的"
                                                    "5件议案和5件建议执行办理情况进行检查。").metrics)
    assert got == ["建议", "议案"], got
    got = _metrics(extract_text("常委会会议\n会议听取了15件重点建议办理情况的汇报。"))
    assert got[(15, "件")] == "重点建议", got
    got = _metrics(extract_text("提案工作情况\n全年共形成3件办理情况报告。"))
    assert got[(3, "件")] == "办理情况报告", got
