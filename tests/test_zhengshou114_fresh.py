"""Round 114 (zhengshou114): land acquisition notices — 征收土地预公告 of county governments in Guizhou (平塘县),
Yunnan (昌宁县) and Sichuan (峨边彝族自治县), and 土地征收启动公告 of Henan's 延津县, 邓州市 and 方城县 (fresh
texts of /tmp/s27/txt/zhengshou114).  Fixes: a village listed after another under its township whose name
opens with a function character that is one word with the next (者密镇福荣村、和平村、拉栗村) and a village
whose name ends in 村 written again (沙坡村、茂村村、甲青村) no longer end the list; an area after a list of
townships and their villages set off by semicolons (…;平舟镇兴民村、龙兴村;掌布镇联合村范围内,涉及集体土地
548.2588公顷) is the notice's county's, not the last village's."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _subjects(doc) -> dict[tuple, str]:
    return {(m.indicator, m.value, m.unit): doc.entities[m.subject].name if m.subject in doc.entities else m.subject
            for m in doc.metrics}


def test_a_listed_village_opening_with_a_function_word_goes_on_the_list():
    """01-pingtang-yugonggao: 拟征收土地位于者密镇福荣村、和平村、拉栗村、幸福村…; base: the list ended at 和平村
    (和 opens no name after a 、), so 和平村 and every village after it were lost."""
    doc = extract_text("平塘县人民政府关于征收土地的预公告\n拟征收土地位于者密镇福荣村、和平村、拉栗村、幸福村、沙坡村范围内。")
    got = _places(doc)
    for v in ("福荣村", "和平村", "拉栗村", "幸福村", "沙坡村"):
        assert v in got, got
    # (向阳 nr the same; a 和 closing the list still joins the last: 东风村、向阳村和红旗村)
    got = _places(extract_text("平塘县新闻\n调研组走访了城关镇东风村、向阳村和红旗村。"))
    assert {"东风村", "向阳村", "红旗村"} <= got, got


def test_a_listed_village_ending_in_cun_cun_keeps_its_name_and_the_list():
    """01-pingtang-yugonggao: …沙坡村、茂村村、甲青村、六硐村…; base: 茂村 (the doubled 村 left out) closed the
    list, and 甲青村, 六硐村 were lost."""
    doc = extract_text("平塘县人民政府关于征收土地的预公告\n拟征收土地位于者密镇拉栗村、沙坡村、茂村村、甲青村、六硐村范围内。")
    got = _places(doc)
    assert "茂村村" in got and "茂村" not in got, got
    assert {"甲青村", "六硐村"} <= got, got


def test_a_conjunction_after_a_listed_village_opens_no_village():
    """Guard: 和 after a 、 opens a village only when it is one name-word with the next (东风村、和村干部座谈
    stays one village: 和村 is no word)."""
    got = _places(extract_text("平塘县新闻\n调研组走访了城关镇东风村、和村干部座谈。"))
    assert "和村" not in got and not any(p.startswith("和") for p in got), got


def test_an_area_after_townships_listed_by_semicolons_is_the_countys():
    """01-pingtang-yugonggao: …平舟镇兴民村、龙兴村;金盆街道吉古村;掌布镇联合村范围内,涉及集体土地548.2588公顷
    (折合8223.882亩…); base: both figures 联合村's, the last item of the list."""
    doc = extract_text("平塘县人民政府关于征收土地的预公告\n一、征收范围\n拟征收土地位于者密镇福荣村、拉关村;"
                       "平舟镇兴民村、龙兴村;金盆街道吉古村;掌布镇联合村范围内,涉及集体土地548.2588公顷"
                       "(折合8223.882亩,具体以勘测定界结果为准)。")
    got = _subjects(doc)
    subj = [v for (ind, val, unit), v in got.items() if val == 548.2588]
    assert subj == ["平塘县"], got


def test_a_clause_after_a_semicolon_opening_with_its_own_place_keeps_it():
    """Guard: a clause closing on a place alone (no list) before the semicolon lists nothing: the place
    opening the next clause keeps its figure (…支持鹿泉区;栾城区完成投资20亿元)."""
    doc = extract_text("石家庄市新闻\n市财政局加大力度支持鹿泉区;栾城区完成投资20亿元。")
    got = _subjects(doc)
    assert [v for (ind, val, unit), v in got.items() if val == 2000000000] == ["栾城区"], got
