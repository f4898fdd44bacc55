"""Organisations and agencies in water-conservancy and university news (orgs28). Sentences in the
shapes found on fresh provincial, city and county pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, *types: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in (types or ("Agency", "Organization"))}


def test_the_office_that_runs_a_water_work_is_the_organisation():
    """江苏省三河闸管理处, 岗南水库管理局: the office named after the sluice or reservoir it runs is
    the organisation (the subject of what follows), not the work alone (no 三河闸 cut short)."""
    for text, name in (("江苏省三河闸管理处开展汛前安全检查。", "三河闸管理处"),
                       ("岗南水库管理局组织人员巡查大坝。", "岗南水库管理局"),
                       ("汉寿县高家坝水库管理所负责人作了发言。", "高家坝水库管理所")):
        names = _names(extract_text(text))
        assert any(n.endswith(name) for n in names), (text, names)
        assert name[:-3] not in names, (text, names)


def test_a_work_with_no_office_stays_a_work():
    """岗南水库蓄水, 白洋淀千里堤: a work with no office after it is still the facility."""
    names = _names(extract_text("岗南水库蓄水正常，白洋淀千里堤加固完成。"))
    assert "岗南水库" in names, names


def test_a_university_s_full_name_gives_no_short_form():
    """河南理工大学: 河南 + 理工大 is the short form's shape, but 学 goes on to the full name; no
    second university 河南理工大 beside 河南理工大学 (江西师大 written short is still read)."""
    names = _names(extract_text("河南理工大学与焦作市人民政府签署合作协议。"))
    assert "河南理工大学" in names and "河南理工大" not in names, names
    names = _names(extract_text("江西师大与南昌市签署合作协议。"))
    assert "江西师大" in names, names


def test_words_of_the_clause_open_no_work_s_name():
    """确保大溪水库管理处通过验收, 切实保障汾河水库安全运行, 目前岗南水库: the backward scan for a
    work's name stops only at stop words, so a verb, adverb, time or numeral of the clause was
    read as the name's opening; the name opens after them (a name that opens with a numeral,
    十三陵水库, stays whole)."""
    for text, name in (("确保大溪水库管理处通过国家级水管单位验收。", "大溪水库管理处"),
                       ("要切实保障汾河水库汛期安全运行。", "汾河水库"),
                       ("目前岗南水库蓄水正常。", "岗南水库")):
        names = _names(extract_text(text))
        assert name in names, (text, names)
        assert not any(n.endswith(name) and n != name for n in names), (text, names)
    names = _names(extract_text("十三陵水库开展汛前巡查。"))
    assert "十三陵水库" in names, names


def test_a_count_of_works_is_no_work():
    """四座小一型水库, 流域三大水库: a count of works of a size is no work's name."""
    for text in ("检查组对开原市四座小一型水库进行了现场检查。", "会议讨论了东江流域三大水库的管理。"):
        names = _names(extract_text(text))
        assert not any(n.endswith("水库") for n in names), (text, names)


def test_a_preposition_of_following_opens_no_body():
    """要按照省委书记王明的指示, 根据市委书记李强的要求: the body of the post is the committee; the
    preposition (and the 要 before it) is no part of its name (no agency 要按照省委)."""
    for text, body in (("二要按照省委书记王明的指示精神，严格落实问责制度。", "省委"),
                       ("要根据市委书记李强的要求推进工作。", "市委")):
        names = _names(extract_text(text), "Agency")
        assert body in names, (text, names)
        assert not any(n.endswith(body) and n != body for n in names), (text, names)
