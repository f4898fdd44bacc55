"""Round 94 (nongye94): agriculture and rural-affairs news — a city 农业农村局's grain and pig supply
report (粮食种植面积, 高标准农田, 出栏生猪), a county's 三夏 wheat-harvest report (联合收割机, 机收率), a
provincial work report on 高标准农田 and 生猪产能, and spring and autumn animal-epidemic vaccination
reports of 动物疫病预防控制中心 from Sichuan, Anhui, Shandong, Gansu and Yunnan (fresh texts of
/tmp/s26/fresh/nongye94).  Fixes: the dose units of veterinary vaccines (头份, 羽份) and of injections
(剂次), and the area of field work counted per pass (亩次), read as their own units (were the head 头,
the bird 羽, the acre 亩, or no unit with 剂次 as the indicator); a farm season's campaign before 已 or
累计 (春防已累计使用…, 春播已完成…, 夏收已收获…) a time that opens the clause, no word of the indicator,
while the campaign's own measures (春播面积, 夏收进度, 秋防免疫密度) keep it."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _by_indicator(doc) -> dict:
    return {m.indicator: (m.value, m.unit) for m in doc.metrics}


def test_vaccine_doses_per_animal_are_their_own_unit():
    """05-gansu-qiufang: 全省春防已累计使用…猪瘟活疫苗812.47万头份, 新城疫弱毒疫苗4926.90万羽份 (base: units 头
    and 羽, the doses read as heads of pigs and birds).  A bare 头 and 羽 stay heads and birds, and 头份额
    is no dose."""
    doc = extract_text("动物防疫\n截至10月31日,全省已使用猪瘟活疫苗812.47万头份,禽流感灭活疫苗2801.10万羽份。")
    units = {m.unit for m in doc.metrics}
    assert {"头份", "羽份"} <= units, _metrics(doc)
    assert not {"头", "羽"} & units, _metrics(doc)
    doc = extract_text("畜牧生产\n全市出栏生猪330万头,家禽出栏1200万羽。")
    assert {m.unit for m in doc.metrics} == {"头", "羽"}, _metrics(doc)


def test_injection_doses_and_field_passes_are_their_own_unit():
    """Modelled on the vaccination and 农机 figures of the round (免疫…万头; 机收日进度达28万亩): 累计接种疫苗3.5万
    剂次 (base: no unit, 剂次 the indicator, the vaccine lost) and 完成机耕作业120.5万亩次 (base: 亩, the passes
    read as area).  A bare 亩 stays the acre."""
    doc = extract_text("春耕生产\n今年以来,全县累计完成机耕作业120.5万亩次,累计接种疫苗3.5万剂次,建成高标准农田2.3万亩。")
    got = _by_indicator(doc)
    assert got.get("累计完成机耕作业") == (1205000, "亩次"), _metrics(doc)
    assert got.get("累计接种疫苗") == (35000, "剂次"), _metrics(doc)
    assert "剂次" not in got, _metrics(doc)
    assert got.get("高标准农田") == (23000, "亩"), _metrics(doc)


def test_a_farm_campaign_before_already_is_no_word_of_the_indicator():
    """05-gansu-qiufang: 全省春防已累计使用口蹄疫疫苗5366.70万毫升 (base: indicator 春防已使用口蹄疫疫苗); so with
    春播已完成粮食播种 and 夏收已收获小麦 (base: 春播已完成粮食播种, 夏收已收获小麦)."""
    doc = extract_text("动物防疫\n截至10月31日,全省春防已累计使用口蹄疫疫苗5366.70万毫升。")
    inds = {m.indicator for m in doc.metrics}
    assert inds and not any(i.startswith("春防") or "已" in i for i in inds), _metrics(doc)
    assert any("口蹄疫疫苗" in i for i in inds), _metrics(doc)
    doc = extract_text("农业生产\n截至5月20日,全市春播已完成粮食播种200万亩,夏收已收获小麦100万亩。")
    inds = {m.indicator for m in doc.metrics}
    assert not any(i.startswith(("春播", "夏收")) or "已" in i for i in inds), _metrics(doc)
    assert {"粮食播种", "收获小麦"} <= inds, _metrics(doc)


def test_a_campaigns_own_measure_keeps_its_name():
    """The campaign stays where it names the measure (no 已 or 累计 after it): 春播面积, 夏收进度, 秋防免疫密度."""
    doc = extract_text("农业生产\n全市春播面积320万亩,夏收进度达85%,秋防免疫密度达到98%。")
    assert {"春播面积", "夏收进度", "秋防免疫密度"} <= {m.indicator for m in doc.metrics}, _metrics(doc)
