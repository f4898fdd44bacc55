"""Round 89 (sifa89): justice administration and the police, procuratorate and court texts — city and
district 司法局 annual reports (法律援助, 人民调解, 普法, 司法所 building), 人民检察院 work reports with their
case counts (件/人, 项次), and 公安局 case notices naming suspects as 刘某某, from Guangxi, Shanxi, Hubei,
Fujian, Ningxia, Sichuan, Inner Mongolia and Guangdong (fresh texts of /tmp/s26/fresh/sifa89).  Fixes:
awards counted per conferral in 项次 (集体受到上级表彰98项次) keep their own unit, as 人次 does, not 项; a
longer locative verb running into the name (到达该村附近) opens no village 达该村; an expectation after the
things counted (4个村有望被…命名) ends the counted noun (村, not 村有望)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_honours_counted_per_conferral_keep_their_unit():
    """05-jiangan-jianchayuan: 集体受到上级表彰98项次，个人受到上级表彰奖励203人次 (base: 98 项, the 次 lost).
    A plain count of items in 项 stays 项."""
    doc = extract_text("检察工作\n五年来，集体受到上级表彰98项次，个人受到上级表彰奖励203人次。完成重点项目12项。")
    got = _metrics(doc)
    assert ("集体受到上级表彰", 98, "项次") in got, got
    assert ("个人受到上级表彰奖励", 203, "人次") in got, got
    assert ("重点项目", 12, "项") in got, got
    assert not any(u == "项" and v == 98 for _, v, u in got), got


def test_a_longer_locative_verb_opens_no_village():
    """09-tuzuoqi-gonganju: 指派专人携带枪支到达该村附近，对进出村庄路口进行封堵 (base: a village 达该村, part of
    土默特左旗).  The demonstrative 该村 is no name; a real village after 到 or 在 is still read."""
    doc = extract_text("抓捕\n土左旗公安局随即组成抓捕组，指派专人到达该村附近，对进出村庄路口进行封堵。")
    assert not {p for p in _places(doc) if p.endswith("村")}, _places(doc)
    doc = extract_text("调研\n近日，县委书记到红星村调研，随后到达王庄村开展走访。")
    assert {"红星村", "王庄村"} <= _places(doc), _places(doc)


def test_an_expectation_ends_the_counted_noun():
    """02-changzhi-sifaju: 平顺县龙溪镇龙镇村等4个村有望被司法部命名为第九批“全国民主法治示范村” (base: the
    indicator 村有望).  3个项目有望年内竣工 counts 项目; a noun that does not meet the modal stays whole."""
    doc = extract_text("司法行政\n全市共有7个集体获得表彰，平顺县龙溪镇龙镇村等4个村有望被司法部命名为民主法治示范村。")
    got = _metrics(doc)
    assert ("村", 4, "个") in got, got
    assert not any(i and "有望" in i for i, _, _ in got), got
    doc = extract_text("项目建设\n今年全县3个项目可望年内竣工投产，5个重点项目已开工。")
    got = _metrics(doc)
    assert ("项目", 3, "个") in got, got
    assert ("重点项目", 5, "个") in got, got
