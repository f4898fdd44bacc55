"""Round 66 (edu66): county and city education news (new and rebuilt schools and their places, county
school counts, teachers and pupils) from fresh texts of /tmp/s26/fresh/edu66 (湖北十堰, 浙江新昌, 湖南平江,
贵州织金, 深圳光明/宝安, 福建长乐, 广东江门).  Fixes: a building verb opening a school's clause
(新建天津路第一小学, 郧西县改扩建均州中学) is what is done to the school, no word of its name, and a kind
built (新建幼儿园学校2所) is no name at all; the school after such a verb is still what the figure of its
clause is about (新建天津路第一小学新增学位2000个: the school's places, not the city's); the ordinary
school class a county counts (普通高中学校5所) is no organisation; a place alone on a line (张湾区) heads the
figures of the lines below that name no one of their own."""
from __future__ import annotations

from conftest import extract_text


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _by_subject(doc) -> set[tuple[str, float]]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else m.subject, m.value)
            for m in doc.metrics}


_SHIYAN = ("十堰市今年秋季新增学位15700个\n茅箭区\n新建天津路第一小学新增学位2000个;\n"
           "改扩建阳光小学新增学位200个;\n张湾区\n新建国瑞学校新增学位3900个。")


def test_a_building_verb_is_no_part_of_a_school_s_name():
    """01-shiyan-new-schools (十堰): 新建天津路第一小学新增学位2000个, 改扩建… (base: organisations
    新建天津路第一小学, 改扩建阳光小学, 新建国瑞学校)."""
    got = _orgs(extract_text(_SHIYAN))
    assert {"天津路第一小学", "阳光小学", "国瑞学校"} <= got, got
    assert not any(n.startswith(("新建", "改扩建")) for n in got), got
    # negative: 新建路小学 is named by its road, 南昌市新建区 is a district: the word stays in the name
    assert "新建路小学" in _orgs(extract_text("今年秋季,新建路小学招收新生300人。"))
    assert "新建区第一中学" in _orgs(extract_text("南昌市新建区第一中学今年招生800人。"))


def test_the_figure_after_a_built_school_is_the_school_s():
    """The same lines: the places added are the school's (base: subject 新建天津路第一小学 with the
    indicator 天津路第一小学新增学位; with the name alone and no rule, the city's)."""
    doc = extract_text(_SHIYAN)
    got = _by_subject(doc)
    assert ("天津路第一小学", 2000) in got and ("国瑞学校", 3900) in got, got
    assert not any(m.indicator.startswith("天津路") for m in doc.metrics), [m.indicator for m in doc.metrics]


def test_a_place_before_the_building_verb_is_no_part_of_the_name():
    """郧西县: 新建观音镇初级中学…; an article line 郧西县改扩建城南小学,增加学位600个 (base: one organisation
    郧西县改扩建城南小学)."""
    got = _orgs(extract_text("郧西县教育局推进学校建设\n今年,郧西县改扩建城南小学,增加学位600个。"))
    assert "城南小学" in got and not any("改扩建" in n for n in got), got


def test_a_kind_built_is_no_name():
    """竹山县: 新建幼儿园学校2所,民办高中1所 (base: an organisation 新建幼儿园学校 that took every figure of the line)."""
    doc = extract_text("竹山县\n新建幼儿园学校2所,民办高中1所,改扩建学校4所,新增幼儿园学位900个。")
    assert not any(n.endswith("幼儿园学校") for n in _orgs(doc)), _orgs(doc)


def test_the_ordinary_school_class_counted_is_no_name():
    """02-xinchang-edu-stats (新昌县): 普通高中学校5所;毕业生2158人 (base: an organisation 普通高中学校 whose
    count had the indicator 所)."""
    doc = extract_text("高中段教育\n普通高中学校5所;毕业生2158人;招生2500人;在校生6747人,比上年增加289人。")
    assert not any(n.startswith("普通") for n in _orgs(doc)), _orgs(doc)
    assert ("普通高中学校", 5, "所") in {(m.indicator, m.value, m.unit) for m in doc.metrics}
    # negative: a school named with a place before the class word keeps its name
    assert "平江县第一中学" in _orgs(extract_text("平江县第一中学今年招收普通高中新生800人。"))


def test_a_place_alone_on_a_line_heads_the_figures_below():
    """01-shiyan-new-schools: the city's list of districts, each on a line of its own, then its schools and a
    total line (张湾区\\n…新建学校1所,改扩建学校2所,新增义务教育学位6300个: base gave every district's total to
    the first district named, 茅箭区)."""
    doc = extract_text("十堰市秋季学位扩充情况\n茅箭区\n重庆路小学新增学位400个;\n新建学校1所,新增义务教育学位2900个。\n"
                       "张湾区\n阳光小学新增学位1200个;\n新建学校1所,改扩建学校2所,新增义务教育学位6300个。")
    got = _by_subject(doc)
    assert ("张湾区", 6300) in got and ("茅箭区", 2900) in got, got
    assert ("阳光小学", 1200) in got, got  # the school opening its own line keeps its figure
