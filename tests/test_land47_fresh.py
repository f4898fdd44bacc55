"""Round 47 (land47): natural resources, land and forest-chief news from fresh texts of
/tmp/s26/fresh/land47: listed land figures paired item by item after 分别为 when the middle item ends
with a head word of its own (基本农田保护面积), the land added in a year kept apart from the stock
(新增耕地, 新增建设用地), a forest chief's order (林长令) no person, and the county written bare before
a list of its townships (县合德镇、临海镇…) no part of the first township's name."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_listed_land_measures_pair_with_their_figures():
    """宁海县 (浙江) land consolidation news: 该县实际耕地保有量、基本农田保护面积、标准农田保有量分别为
    54.32万亩、40.05万亩、22.83万亩 (base: all three figures read as 标准农田保有量, the middle item
    ending with 面积 rather than 量 or 额 left the list unpaired)."""
    doc = extract_text("宁海县连续两年新增耕地超2000亩\n"
                       "截至目前，宁海县实际耕地保有量、基本农田保护面积、标准农田保有量分别为54.32万亩、"
                       "40.05万亩、22.83万亩，均远高于省市考核指标。")
    got = _metrics(doc)
    assert got.get(543200) in ("耕地保有量", "实际耕地保有量"), got
    assert got.get(400500) == "基本农田保护面积", got
    assert got.get(228300) == "标准农田保有量", got


def test_land_added_in_a_year_keeps_its_new():
    """宁海县: 今年该县实施开发造地项目12个，已竣工5个，新增耕地2000余亩。去年，宁海县新增耕地面积达2480亩
    (base: 耕地, 耕地面积 — the stock of cultivated land, not the land added); so too a year's
    新增建设用地."""
    doc = extract_text("宁海县连续两年新增耕地超2000亩\n"
                       "今年该县实施开发造地项目12个，已竣工5个，新增耕地2000余亩。"
                       "去年，宁海县新增耕地面积达2480亩。2023年，全县新增建设用地1200亩。")
    got = _metrics(doc)
    assert got.get(2000) == "新增耕地", got
    assert got.get(2480) == "新增耕地面积", got
    assert got.get(1200) == "新增建设用地", got


def test_a_forest_chief_s_order_is_no_person():
    """将乐县 (福建三明) news: 县级林长签发2021年林长1号令。林长令要求各级林长… (base: a person 林长令,
    林 read as a family name before a verb of speech)."""
    doc = extract_text("将乐县县级林长签发2021年林长1号令\n"
                       "近日，福建省三明市将乐县县级林长签发2021年林长1号令。\n"
                       "林长令要求各级林长，一要建立健全林长制组织体系。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "林长令" not in people, people


def test_the_bare_county_before_a_list_of_townships_is_no_part_of_the_first():
    """射阳县 (江苏) news: 截至目前，县合德镇、临海镇、新坍镇3个乡镇共完成耕地占补平衡项目入库面积1105.2亩
    (base: a place 县合德镇 besides 合德镇 — 县 is the text's own county written bare)."""
    doc = extract_text("县自然资源与规划局加大耕地占补平衡项目实施力度\n"
                       "截至目前，县合德镇、临海镇、新坍镇3个乡镇共完成耕地占补平衡项目入库面积1105.2亩。")
    places = _places(doc)
    assert "县合德镇" not in places, places
    assert {"合德镇", "临海镇", "新坍镇"} <= places, places


def test_the_infrastructure_land_class_is_named_whole():
    """国土资源部 2016 statistics (北京晨报): 其中，工矿仓储用地12.08万公顷…；基础设施等用地28.97万公顷，
    同比增长0.2% (base: 用地 and 用地同比增长 — the class's 等 read as closing a list)."""
    doc = extract_text("去年全国土地出让面积降5.9%\n"
                       "数据显示，2016年，全国国有建设用地供应51.8万公顷，同比下降2.9%。其中，工矿仓储用地"
                       "12.08万公顷，同比下降3.2%；房地产用地10.75万公顷，同比下降10.3%；基础设施等用地"
                       "28.97万公顷，同比增长0.2%。")
    got = _metrics(doc)
    assert got.get(289700) == "基础设施等用地", got
    assert got.get(0.2) == "基础设施等用地同比增长", got
