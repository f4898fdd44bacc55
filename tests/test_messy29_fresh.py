"""Messy pages of round messy29: PDF-converted bulletins whose page breaks fall inside sentences.

A county gazette or a statistics bulletin converted from PDF keeps each page's running head and
page number in the text.  Set on one line (`某某县统计局  第 3 页`), the head changes with its number,
so it was never seen twice and stayed: the sentence it cut read `…第二产业增` / `加值230.5亿元` and
the figure went to `加值`.  A gazette's name set over page 1 (the text's first line, no page number
before it) was counted against it and every later copy stayed too.  And a page break that falls
before a figure (`…社会消费品零售总额` / `— 3 —` / `260.4亿元，增长5.5%。`) forms no dictionary word,
so the sentence was cut and the figure read as a bare `金额`.  The texts are written for these
tests in the shapes seen in converted bulletins.

Leader pages too: a scrape that ran a leader's name cell into the posts cell (`某某某县委常委、常务副
县长` on its own line, no white space) gave the name no post, the row reader wanting white space
after the name."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _metrics(doc: Doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_footer_with_its_page_number_on_one_line_is_dropped():
    """`某某市统计局  第 N 页` recurring: a footer, and the word it cut (`增` / `加值`) is whole again."""
    text = ("某某市2025年国民经济和社会发展统计公报\n"
            "全年全市实现地区生产总值512.3亿元，比上年增长6.2%。其中，第一产业增加值20.1亿元，增长3.1%；第二产业增\n"
            "某某市统计局  第 1 页\n"
            "加值230.5亿元，增长7.0%。全年规模以上工业增加值180.2亿元，比上年增长8.1%。全年一般公共预算\n"
            "某某市统计局  第 2 页\n"
            "收入40.2亿元，增长4.0%。\n")
    doc = _doc(text)
    got = _metrics(doc)
    assert ("第二产业增加值", 23050000000, "元") in got
    assert ("一般公共预算收入", 4020000000, "元") in got
    assert all("第 1 页" not in a.text for a in doc.articles)


def test_a_gazette_name_over_page_one_is_a_running_head():
    """The gazette's name on the first line and after each page number: a running head everywhere."""
    text = ("某某县人民政府公报\n某某县2025年国民经济和社会发展统计公报\n"
            "全年全县实现地区生产总值312.3亿元，比上年增长6.2%。其中，第一产业增加值20.1亿元，增长3.1%；第二产业增\n"
            "— 2 —\n某某县人民政府公报\n"
            "加值130.5亿元，增长7.0%。全年规模以上工业增加值80.2亿元，比上年增长8.1%。\n"
            "— 3 —\n某某县人民政府公报\n全年一般公共预算收入12.1亿元，增长3.0%。\n")
    got = _metrics(_doc(text))
    assert ("第二产业增加值", 13050000000, "元") in got
    assert not any(ind.startswith("加值") for ind, _, _ in got)


def test_a_page_break_before_a_figure_runs_the_sentence_on():
    """`…社会消费品零售总额` / `3 / 5` / `160.4亿元…`: one sentence, the figure keeps its indicator."""
    text = ("某某县2025年统计公报\n"
            "全年全县实现地区生产总值312.3亿元，比上年增长6.2%。全年规模以上工业增加值80.2亿元，比上年增长8.1%。全年社会消费品零售总额\n"
            "3 / 5\n"
            "160.4亿元，增长5.5%。\n")
    got = _metrics(_doc(text))
    assert ("社会消费品零售总额", 16040000000, "元") in got
    assert not any(ind.startswith("金额") for ind, _, _ in got)


def test_a_page_break_before_a_heading_ends_the_paragraph():
    """A heading under a page number opens its own paragraph: the unterminated line above is not
    run into it."""
    text = ("某某县2025年统计公报\n"
            "全年全县实现地区生产总值312.3亿元，比上年增长6.2%。全年规模以上工业增加值80.2亿元，比上年增长8.1%\n"
            "— 2 —\n"
            "二、农业\n全年粮食产量12.5万吨，增长1.2%。\n")
    doc = _doc(text)
    got = _metrics(doc)
    assert ("粮食产量", 125000, "吨") in got
    assert all("8.1%二、农业" not in a.text for a in doc.articles)


def _held(text: str) -> set[tuple[str, str, str]]:
    """(person, post, body) of every holdsPost relation the pipeline writes for `text`."""
    doc = _doc(text)
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject, ""), p["post"], names.get(r.object, "")) for r in doc.relations
            if r.predicate == "holdsPost" for p in r.posts}


def test_a_leader_line_with_the_name_glued_to_its_posts():
    """A leader page scraped with its name cell and posts cell run together (`某某某县委常委、常务副县长`,
    no white space): the name on its own line holds every post of the line."""
    got = _held("宁海县人民政府领导分工\n孙丽华县委常委、常务副县长\n负责县政府常务工作，分管财政、审计工作。\n")
    assert ("孙丽华", "常务副县长", "宁海县") in got
    assert ("孙丽华", "常委", "宁海县委") in got


def test_a_glued_line_that_opens_with_a_body_has_no_name():
    """`高新区管委会主任` on a leader page: the line opens with a body, not with a name."""
    got = _held("宁海县人民政府领导分工\n高新区管委会主任\n负责高新区全面工作。\n")
    assert not any(person == "高新区" for person, _, _ in got)


def test_a_headline_with_another_s_posts_after_a_verb_is_no_row():
    """`王某会见某国外交部长`: the posts after the verb are the guest's, not the name's."""
    got = _held("王毅会见法国欧洲和外交部长\n中共中央政治局委员、外交部长王毅在北京会见法国欧洲和外交部长塞茹尔内。\n")
    assert not any(person == "王毅" and body.startswith("法国") for person, _, body in got)


def test_full_width_spaces_inside_a_converted_notice():
    """A .doc/.wps notice converted to text keeps the full-width spaces its justification spread
    the line with (`同比增长　8.2%`): the change word and its figure read together."""
    doc = _doc("关于召开全县工业经济运行分析会的通知\n各乡镇人民政府，县直各单位：\n"
               "今年以来，全县规模以上工业增加值同比增长　8.2%，固定资产投资同比增长　5.1%。\n")
    got = {(m.indicator, m.value, m.unit, m.kind) for m in doc.metrics}
    assert ("规模以上工业增加值同比增长", 8.2, "%", "change") in got
    assert not any("\u3000" in m.indicator for m in doc.metrics)


def test_a_list_of_names_keeps_its_full_width_spaces():
    """Names set apart by full-width spaces in a prose line form no word across the spaces: kept."""
    doc = _doc("关于召开全县工业经济运行分析会的通知\n出席会议的有：王明　李强　张华　赵军，县直有关部门负责人。\n")
    assert "王明　李强　张华　赵军" in doc.articles[0].text


_BAR_TABLE = ("2025年1-6月某县主要经济指标\n指标 | 单位 | 1-6月 | 增长%\n地区生产总值 | 亿元 | 86.4 | 5.6\n"
              "进出口总额 | 万美元 | — | —\n一般公共预算收入 | 亿元 | 6.2 | －\n")


def test_a_scraped_table_with_cell_bars_and_a_unit_column():
    """A county portal's table exported with cell bars (`地区生产总值 | 亿元 | 86.4 | 5.6`): the unit
    cell stands between bars, not white space, and the header's columns count the same cells."""
    got = _metrics(_doc(_BAR_TABLE))
    assert ("地区生产总值", 8640000000, "元") in got
    assert ("地区生产总值增长", 5.6, "%") in got
    assert ("一般公共预算收入", 620000000, "元") in got


def test_dash_cells_of_a_barred_table_are_no_figures():
    """`—` and `－` mark no data: no figure is read from them."""
    doc = _doc(_BAR_TABLE)
    assert not any(m.indicator.startswith("进出口总额") for m in doc.metrics)
    assert not any(m.indicator == "一般公共预算收入增长" for m in doc.metrics)


def test_a_table_naming_its_unit_in_the_header():
    """A bulletin's table names the unit once, in its column's header (`| 指　　标 | 绝对数(亿元) |
    比上年增长% |`), the rows bare (`| 地区生产总值 | 2313.0 | 5.2 |`): each row's figure counts in the
    header's unit and its growth is read under the percent column; a letter-spaced header cell is
    one cell."""
    text = ("2024年全市地区生产总值及其增长速度\n| 指　　标 | 绝对数(亿元) | 比上年增长% |\n"
            "| 地区生产总值 | 2313.0 | 5.2 |\n| 第二产业 | 714.1 | -6.2 |\n")
    got = _metrics(_doc(text))
    assert ("地区生产总值", 231300000000, "元") in got
    assert ("地区生产总值比上年增长", 5.2, "%") in got
    assert ("第二产业比上年增长", -6.2, "%") in got


def test_a_header_without_its_corner_cell_gives_no_unit():
    """`| 绝 对 数 (亿元) | 比上年增长 (%) |` over rows of three cells: the header lost its corner
    cell and its columns stand one to the left; nothing is read from it (617.50 is no percentage)."""
    text = ("表1 2019年某市生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n地区生产总值 | 617.50 | 5.2 |\n"
            "第一产业 | 37.11 | 2.6 |\n")
    got = _metrics(_doc(text))
    assert not any(v == 617.5 for _, v, _ in got)
