"""Round 89 (zhaoshang89): 招商引资 and 项目签约 news — district and county 集中签约 reports (协议引资,
签约额, 合同投资金额), a development zone's monthly signing notes, 重点项目 progress reports (总投资,
年度计划投资, 累计完成投资) and promotion meetings held in another city, from Chongqing, Hubei, Gansu,
Anhui, Shanxi, Fujian, Liaoning, Henan and Hunan (fresh texts of /tmp/s26/fresh/zhaoshang89).
Fixes: the county-level 管理区 the division table names with their city before them (岳阳市屈原管理区)
read as the places they are when a text writes them alone (屈原管理区举行…集中签约), so the story and
its figures are theirs, not the province's; a verb of pushing a figure up opening its clause
(推动协议投资总额175.42亿元, 推动工业总产值突破2000亿元) no word of the indicator; a class of projects by
size (过10亿元项目3个) neither takes the subject of a listed place's count of the same value (宜都市3个)
nor merges with a plain count of it (现代服务产业专班3个项目)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_management_district_written_alone_is_the_place():
    """09-quyuan-signing-groundbreaking: 5月19日,屈原管理区举行2022年第二批产业招商项目集中签约暨重大项目集中开工仪式,
    3个项目集中签约,6个项目集中开工,总投资10.67亿元 (base: no place 屈原管理区, the article placed in 湖南省 and
    its figures the province's).  The table writes 岳阳市屈原管理区; the other 管理区 so written (大通湖管理区 of
    益阳) alike."""
    doc = extract_text("屈原管理区举行项目集中签约仪式\n5月19日,屈原管理区举行2022年第二批产业招商项目集中签约"
                       "暨重大项目集中开工仪式,3个项目集中签约,总投资10.67亿元。")
    assert "430671" in _places(doc).values(), _places(doc)
    subjects = {s for s, *_ in _metrics(doc)}
    assert subjects and all(s and s.endswith("屈原管理区") for s in subjects), _metrics(doc)
    doc = extract_text("大通湖管理区签约\n大通湖管理区签约项目3个。")
    assert "430971" in _places(doc).values(), _places(doc)


def test_a_management_district_alias_needs_the_whole_name():
    """The alias is the area's whole name: 屈原 alone (屈原故里, 纪念屈原) and 屈原镇 of 宜昌 are no management
    district, and 洪江市 stays the city beside 洪江管理区."""
    doc = extract_text("端午活动\n秭归县屈原镇举办纪念屈原活动3场。")
    assert "430671" not in _places(doc).values(), _places(doc)
    doc = extract_text("洪江签约\n洪江市签约项目3个。")
    assert "431271" not in _places(doc).values() and "431281" in _places(doc).values(), _places(doc)


def test_pushing_a_figure_up_is_no_word_of_its_indicator():
    """02-yichang-27-projects: 宜昌市已先后举行两次集中签约活动,推动协议投资总额175.42亿元的28个项目落户宜昌 (base:
    indicator 推动协议投资总额); 10-rongchang-q4-signing: 推动工业总产值突破2000亿元 (base: 推动工业总产值)."""
    doc = extract_text("宜昌签约\n宜昌市已先后举行两次集中签约活动,推动协议投资总额175.42亿元的28个项目落户宜昌。")
    assert ("宜昌市", "协议投资总额", 17542000000, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("荣昌发展目标\n荣昌区将推动工业总产值突破2000亿元。")
    indicators = {i for _, i, *_ in _metrics(doc)}
    assert "工业总产值" in indicators and not any(i.startswith("推动") for i in indicators), _metrics(doc)


def test_a_size_class_is_no_copy_of_a_listed_places_count():
    """02-yichang-27-projects: 其中,宜昌高新区10个,宜都市3个,枝江市3个…从投资规模来看,26个项目投资额均超过5000万元,
    其中,过1亿元项目19个,过10亿元项目3个 (base: 过10亿元项目3个 took 宜都市 as the same figure as 宜都市3个).  The
    same figure with the same indicator written twice still shares its subject (全国102名县委书记 … 获表彰的102名书记)."""
    doc = extract_text("宜昌签约\n宜昌市签约的27个项目,其中,宜都市3个,枝江市3个。过1亿元项目19个,10亿元以上项目3个。")
    got = _metrics(doc)
    assert ("宜都市", "项目", 3, "个") in got, got
    assert ("宜昌市", "10亿元以上项目", 3, "个") in got and ("宜都市", "10亿元以上项目", 3, "个") not in got, got
    doc = extract_text("宜昌签约\n宜昌市签约的27个项目,其中,宜都市3个,枝江市4个。过10亿元项目3个。")
    assert ("宜都市", "过10亿元项目", 3, "个") not in _metrics(doc), _metrics(doc)


def test_a_size_class_is_not_merged_with_the_things_of_the_same_count():
    """02-yichang-27-projects: …过1亿元项目19个,过10亿元项目3个 and later 现代服务产业专班3个项目 (once 过10亿元项目3个
    was the city's, the two merged into one figure and the size class was lost).  Two figures of the same words
    and value with no amount in them still merge."""
    doc = extract_text("宜昌签约\n宜昌市签约的27个项目,其中,宜都市3个,枝江市4个。过1亿元项目19个,过10亿元项目3个。"
                       "今年7月,宜昌市成立14个招商专班。其中,现代服务产业专班3个项目。")
    got = _metrics(doc)
    assert ("宜昌市", "过10亿元项目", 3, "个") in got and ("宜昌市", "项目", 3, "个") in got, got
    doc = extract_text("宜昌签约\n宜昌市签约项目27个。会上,宜昌市共签约项目27个,总投资93亿元。")
    assert sum(1 for m in doc.metrics if m.value == 27) == 1, _metrics(doc)
    doc = extract_text("宜昌签约\n宜昌市签约过10亿元项目3个。会上,宜昌市共签约过10亿元项目3个。")
    assert sum(1 for m in doc.metrics if m.value == 3) == 1, _metrics(doc)  # the same amount: one class
