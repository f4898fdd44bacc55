"""Round 38 (figures38): figures of statistics releases, reports and tables, from fresh texts of
/tmp/s22/fresh/figures38 and round 37's (/tmp/s22/fresh/tables37, county37): each item of a list
taking its own share after 分别占 (新晃县, 皖南山区), no figure for the copies of a form (一式三份),
the floor of a meeting room or a count summing up named people (刚察县), and the unit-less child rows
of a bureau's outline table under a parent row that names the unit (Guangdong tourism tables)."""
from kg.builder import extract_document
from kg.model import Doc


def _figures(text: str) -> list[tuple]:
    doc = Doc(id="t", source="t.txt", text=text)
    res = extract_document(doc)
    return [(m.indicator, m.value, m.unit) for m in res.metrics]


def test_each_listed_item_takes_its_own_share_after_respectively():
    """山区、平原分别占62.5%、37.5%: 山区占 62.5, 平原占 37.5 (base: both 平原占)."""
    got = _figures("县情\n全县总面积1200平方公里,山区、平原分别占62.5%、37.5%。")
    assert ("山区占", 62.5, "%") in got and ("平原占", 37.5, "%") in got
    assert ("平原占", 62.5, "%") not in got


def test_each_listed_item_takes_its_share_of_the_named_whole():
    """其中山地、丘陵分别占总面积的84.22%、7.86% (新晃县 terrain): each item's share of the whole."""
    got = _figures("县情\n新晃县土地总面积1508平方公里,其中山地、丘陵分别占总面积的84.22%、7.86%。")
    assert ("山地占总面积", 84.22, "%") in got and ("丘陵占总面积", 7.86, "%") in got


def test_copies_of_a_form_are_no_figure():
    """申报书、推荐表,一式三份,附电子版光盘: how many copies to hand in, no figure."""
    got = _figures("通知\n请报送申报书、推荐表,一式三份,附电子版光盘。本协议一式两份。")
    assert not [g for g in got if g[2] == "份"]


def test_the_floor_of_a_meeting_room_is_no_figure_but_a_building_height_is():
    """会议在东楼三层中会议厅举行: the floor where it was held; 办公楼共五层 stays a count of floors."""
    got = _figures("会议\n会议在东楼三层中会议厅举行。座谈会在综合楼5层第一会议室召开。办公楼共五层。")
    assert [g for g in got if g[2] == "层"] == [("办公楼", 5, "层")]


def test_a_count_summing_up_named_people_is_no_figure():
    """援青干部高志国、吴建海、白雪亮、王巍、张为骅五人克服高原反应 (刚察县): the five are the names
    just given — no figure named 克服高原反应; the five townships visited stay."""
    got = _figures("援青干部调研\n近日,来自山东等地的援青干部高志国、吴建海、白雪亮、王巍、张为骅五人克服高原反应,"
                   "深入刚察县五个乡镇开展调研。全县共有党员1200人。")
    assert not [g for g in got if g[2] == "人" and g[1] == 5]
    assert ("党员", 1200, "人") in got


TOURISM = """2007年1月旅游接待人数
|
本 月 |
比上年同月 |
一、接待过夜游客(人次) | 9035769 | 20.0 | ||
1、国际游客 | 1388649 | 29.3 | ||
其中:台湾同胞 | 157826 | 42.2 | ||
外 国 人 | 380025 | 59.5 | ||
2、国内游客 | 7647120 | 18.4 | ||
二、旅行社接待国际游客总数(人) | 267549 | 30.8 | ||
其中:外 国 人 | 82100 | 26.1 | ||
三、合计 | 800353 | 43.4 | ||
相关链接:
"""


def test_child_rows_of_an_outline_table_take_their_parents_unit():
    """一、接待过夜游客(人次) over 1、国际游客 | 1388649 and 其中:台湾同胞 (Guangdong tourism table):
    the rows below a parent with its unit, up to the next section, are counted in that unit and
    measure the parent's indicator for their part; a new section without a unit (三、合计) is not."""
    got = _figures(TOURISM)
    assert ("接待过夜游客（国际游客）", 1388649, "人次") in got and ("接待过夜游客（国内游客）", 7647120, "人次") in got
    assert ("接待过夜游客（外国人）", 380025, "人次") in got and ("旅行社接待国际游客总数（外国人）", 82100, "人") in got
    assert ("接待过夜游客（台湾同胞）", 157826, "人次") in got
    assert not [g for g in got if g[1] == 800353]
    assert not [g for g in got if g[1] in (20.0, 29.3) and g[2] != "%"]  # (the change column is no count)
