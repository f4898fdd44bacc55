"""Round 110 (diaoyan110): leaders' inspection tours and field research — 蔚县's 县长 touring the villages
of 西合营镇 (Hebei), 舒城 (Anhui), 涟水 (Jiangsu), 镇坪 (Shaanxi) and 秦安 (Gansu) hosting research teams,
石家庄新华区's 区委书记 inspecting work safety, 云南's 省长 in 文山州, 黔东南州's 观摩团 at 丹寨 and 黔西南州's
副州长 at 贞丰 (Guizhou) (fresh texts of /tmp/s27/txt/diaoyan110).  Fixes: a company opening the figure's own
clause, alone or after 由 or a qualifier closed by 的, right before its verb of investing and the sum, is
whose the sum is (在麻栗坡县,来自深圳的天雄锰业公司投资22亿元…: the company's 投资, not the county's
来自深圳的天雄锰业公司投资); a metal's trade names a company (天雄锰业公司, 某某铝业公司) and a scope word
opens no company's name (全县锰业公司、铝业公司共计12家); the commerce and grain bureau (州商粮局, 县商务和
粮食局) a department, so the prefecture's 州 before it reaches the items after it (州商粮局、发改委、工信委:
the prefecture's, was the county's 发改委); a zone with a coined name of two characters between its county
and its kind (丹寨金钟经济开发区, 麻江县碧波工业园区) a zone of the county."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _subjects(doc) -> dict[tuple, str]:
    return {(m.indicator, m.value, m.unit): doc.entities[m.subject].name
            for m in doc.metrics if m.subject in doc.entities}


def test_the_investing_company_of_a_later_clause_owns_the_sum():
    """07-wenshan-shengzhang: 在麻栗坡县,来自深圳的天雄锰业公司投资22亿元建设的年产8万吨电解锰项目; base: the
    county's, indicator 来自深圳的天雄锰业公司投资."""
    doc = extract_text("调研\n在麻栗坡县,来自深圳的天雄锰业公司投资22亿元建设的年产8万吨电解锰项目,已进入安装调试阶段。")
    assert "天雄锰业公司" in _names(doc, "Organization")
    assert _subjects(doc).get(("投资", 2200000000, "元")) == "天雄锰业公司", _subjects(doc)
    # the company alone, or after 由, opening the clause after the place
    doc = extract_text("调研\n在麻栗坡县,由天雄矿业公司投资22亿元建设电解锰项目。")
    assert _subjects(doc).get(("投资", 2200000000, "元")) == "天雄矿业公司", _subjects(doc)
    doc = extract_text("调研\n在麻栗坡县,天雄矿业公司投资22亿元建设电解锰项目。")
    assert _subjects(doc).get(("投资", 2200000000, "元")) == "天雄矿业公司", _subjects(doc)


def test_a_project_sum_after_a_place_stays_the_place_s():
    """Guard: no company before the sum (该项目总投资…) keeps the place of the sentence."""
    doc = extract_text("调研\n在麻栗坡县,该项目总投资22亿元,年产电解锰8万吨。")
    assert _subjects(doc).get(("总投资", 2200000000, "元")) == "麻栗坡县", _subjects(doc)


def test_a_metal_trade_names_a_company():
    doc = extract_text("调研\n张三先后来到红星水泥厂、天雄锰业公司调研。")
    assert "天雄锰业公司" in _names(doc, "Organization")
    doc = extract_text("调研\n张三来到华光铝业公司调研。")
    assert "华光铝业公司" in _names(doc, "Organization")


def test_a_scope_word_opens_no_company_name():
    """全县 before a trade and 公司 is the county's companies counted, no company named 全县矿业公司
    (base: an organisation)."""
    doc = extract_text("调研\n全县矿业公司、煤业公司共计12家。")
    assert not any(n.startswith("全县") for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_the_commerce_and_grain_bureau_and_the_list_it_opens():
    """09-zhenfeng-fuzhouzhang: 副州长范华率州商粮局、发改委、工信委相关负责人到贞丰县调研; base: no 商粮局 and
    发改委 the county's (贞丰县发展和改革委员会)."""
    doc = extract_text("贞丰调研\n6月20日,副州长范华率州商粮局、发改委、工信委相关负责人到贞丰县调研。")
    agencies = _names(doc, "Agency")
    assert "黔西南布依族苗族自治州商粮局" in agencies, agencies
    assert "黔西南布依族苗族自治州发展和改革委员会" in agencies, agencies
    assert "贞丰县发展和改革委员会" not in agencies, agencies
    doc = extract_text("调研\n县商务和粮食局局长王明参加。")
    assert "县商务和粮食局" in _names(doc, "Agency")


def test_a_zone_with_a_coined_name_after_its_county():
    """08-danzhai-guanmo: 观摩团在丹寨金钟经济开发区多功能展厅…; base: no zone (丹寨县 alone)."""
    doc = extract_text("调研\n9月1日,观摩团在丹寨金钟经济开发区多功能展厅参观。")
    assert "丹寨金钟经济开发区" in _names(doc, "Place")
    zone = next(e for e in doc.entities.values() if e.name == "丹寨金钟经济开发区")
    assert any(r.subject == zone.id and r.predicate == "partOf" and doc.entities[r.object].name == "丹寨县"
               for r in doc.relations)
    doc = extract_text("调研\n张三来到麻江县碧波工业园区调研。")
    assert "麻江县碧波工业园区" in _names(doc, "Place")


def test_words_of_the_clause_before_a_zone_kind_name_no_zone():
    """Guard: a verb, a word of building, a pronoun or a number before the kind is no zone's name."""
    doc = extract_text("调研\n丹寨县加快工业园区建设,丹寨县新建工业园区2个,麻江县各类工业园区、丹寨县两个经济开发区。")
    zones = {n for n in _names(doc, "Place") if n.endswith(("园区", "开发区"))}
    assert not zones, zones
