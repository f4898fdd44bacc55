"""Round 75 (neimeng75): ordinary news of 内蒙古's banners, 苏木 and 嘎查 (扎鲁特旗, 西乌珠穆沁旗, 苏尼特左旗,
科左中旗, 鄂温克旗, 东乌珠穆沁旗, 正蓝旗, 乌拉特后旗) and of 宁夏's 盐池县 (/tmp/s26/fresh/neimeng75).  Fixes:
a Mongolian name of four to six syllables closed by the home a visit goes to (牧户敖特根巴雅尔家), the syllables
楞 and 伊 of Mongolian names (斯日古楞, 苏伊拉其其格), a 嘎查 of a five-character stem after a verb of place
(到呼格吉勒图嘎查), a count of 苏木 or 嘎查 as a count of divisions (7个嘎查集体经济收入…: 嘎查, no indicator
嘎查集体经济收入 in 个), 全部 closing an indicator as 均 does, and a head count after an area never the area's
later figure (耕地总面积2400亩…共计约415头: no 耕地总面积 in 头); a named township's banner the scope of 旗X局
(巴彦托海镇…旗政府办公室、林草局), 部队 after a scope no department 部 (驻旗边防部队), 以 closing the topic
of 以…为主 and a bracketed unit twin closing the clause (牲畜以养殖羊为主,共计约415头(只) → 牲畜), and one-character
animals after 其中 or in a list of counts (其中羊300只、牛115头)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_herder_s_long_mongolian_name_before_his_home():
    """02-xiwuqi-zhengxie (西乌旗): 调研组深入…嘎查牧户苏伊拉其其格家实地查看暖棚、呼格吉勒图嘎查牧户敖特根巴雅尔家查看
    暖棚 (base: neither herder a person; a Tibetan name of four syllables was closed by 家 already)."""
    doc = extract_text("盟政协调研重大生态工程\n8月12日,调研组深入吉仁高勒镇扎嘎斯台嘎查牧户苏伊拉其其格家实地查看暖棚。"
                       "随后,调研组到呼格吉勒图嘎查牧户敖特根巴雅尔家查看储草棚。")
    people = _names(doc, "Person")
    assert {"苏伊拉其其格", "敖特根巴雅尔"} <= people, people
    # the home word ends a name only where a name stands: a herder's household word after no name stays none
    none = extract_text("调研组到牧户家中查看暖棚,了解牧民储草情况。")
    assert not _names(none, "Person"), _names(none, "Person")


def test_a_mongolian_name_ending_in_leng_after_a_post():
    """10-szq-chenqi-renda (苏尼特左旗): 呼伦贝尔市陈巴尔虎旗人大常委会主任斯日古楞一行深入我旗学习考察 (base: no
    person; 楞 was no syllable of steppe_name_chars)."""
    doc = extract_text("陈巴尔虎旗人大常委会考察团到我旗考察学习\n5月28日,呼伦贝尔市陈巴尔虎旗人大常委会主任斯日古楞一行"
                       "深入我旗学习考察现代化畜牧业发展情况。")
    assert "斯日古楞" in _names(doc, "Person"), _names(doc, "Person")


def test_a_gacha_of_a_five_character_stem_after_a_verb_of_place():
    """02-xiwuqi-zhengxie: 到呼格吉勒图嘎查 (base: no place; the locative read stems of two to four
    characters only).  A stem holding a common word stays none (到全旗各苏木镇嘎查)."""
    doc = extract_text("西乌旗开展生态工程调研\n调研组一行到呼格吉勒图嘎查实地查看围栏项目建设情况。")
    assert "呼格吉勒图嘎查" in _names(doc, "Place"), _names(doc, "Place")
    none = extract_text("西乌旗开展生态工程调研\n工作组深入到全旗各苏木镇嘎查开展调研。")
    assert not any(n.endswith("嘎查") for n in _names(none, "Place")), _names(none, "Place")


def test_a_count_of_gacha_is_a_count_of_divisions():
    """07-zlq-zhagesitai-sumu (正蓝旗): 2022年7个嘎查集体经济收入全部达到10万元以上 (base: an indicator
    嘎查集体经济收入 of 7个, and 嘎查集体经济收入 for the amount; 7个村… read 村 already)."""
    doc = extract_text("正蓝旗这十年|扎格斯台苏木篇\n扎实推进牧区集体产权制改革,2022年7个嘎查集体经济收入全部达到10万元以上。")
    got = _metrics(doc)
    assert ("嘎查", 7, "个") in got, got
    assert ("集体经济收入", 100000, "元") in got, got
    assert not any(ind.endswith("全部") for ind, _, _ in got), got


def test_all_closes_an_indicator_as_each_does():
    """village65's and this round's 村集体经济收入全部达到5万元以上: 全部 before the figure all reach is no part of
    the indicator, as 均 is not (base: 集体经济收入全部)."""
    doc = extract_text("村级集体经济发展壮大\n2020年,全市村集体经济收入全部达到5万元以上。")
    got = _metrics(doc)
    assert ("村集体经济收入", 50000, "元") in got or ("集体经济收入", 50000, "元") in got, got


def test_a_head_count_after_an_area_is_no_later_figure_of_the_area():
    """08-wlthq-bayintala-gacha (乌拉特后旗): 嘎查耕地总面积2400亩,主要种植玉米、葫芦等农作物,牲畜以养殖羊为主,
    共计约415头(只) (base: 嘎查耕地总面积 of 415头, read through the 为 of 为主 as the same measure).  A
    multiple after an amount keeps the amount's reading (完成投资45亿元,是去年全年的1.6倍)."""
    doc = extract_text("巴音塔拉嘎查简介\n嘎查耕地总面积2400亩,主要种植玉米、葫芦等农作物,牲畜以养殖羊为主,共计约415头(只)。")
    got = _metrics(doc)
    assert ("嘎查耕地总面积", 2400, "亩") in got, got
    assert not any(ind.endswith("面积") and unit == "头" for ind, _, unit in got), got
    assert ("牲畜", 415, "头") in got, got  # (以…为主: 以 closes the topic; 头(只): the unit's bracketed twin)
    ratio = extract_text("凤阳县重点项目建设提速\n今年全县已开工项目100个,完成投资45亿元,是去年全年的1.6倍。")
    assert any(unit == "倍" and ind != "倍" for ind, _, unit in _metrics(ratio)), _metrics(ratio)


def test_a_named_township_s_banner_is_the_scope_of_its_bureaus():
    """05-ewenke-aohuiran (鄂温克族自治旗): 旗长敖慧然…先后赴…巴彦托海镇…调研…旗政府办公室、林草局有关负责同志陪同调研,
    the banner never written (base: no agency; 旗 stood for a banner only where the text named one or its
    league).  A county's township names its county as before; a text naming no place keeps 旗 no scope."""
    doc = extract_text("敖慧然深入苏木乡镇调研\n4月16日,旗长敖慧然一行赴巴彦托海镇调研禁牧休牧工作。旗政府办公室、林草局有关"
                       "负责同志陪同调研。")
    agencies = _names(doc, "Agency")
    assert {"鄂温克族自治旗人民政府办公室", "鄂温克族自治旗林业和草原局"} <= agencies, agencies
    none = extract_text("工作调研\n4月16日,领导一行调研禁牧休牧工作。旗农牧局有关负责同志陪同调研。")
    assert not any("农牧局" in a for a in _names(none, "Agency")), _names(none, "Agency")


def test_troops_stationed_in_the_banner_are_no_department():
    """03-szq-wangyongjun-border (苏尼特左旗): 旗委书记王永军深入部分驻旗边防部队及赛罕高毕苏木…调研 (base, once the
    苏木 made 旗 a scope: an agency 苏尼特左旗边防部 read out of 边防部队; the same 县边防部 in a county's news)."""
    doc = extract_text("王永军深入边境一线巡边\n3月28日,县委书记王永军深入部分驻县边防部队调研强边固防工作。")
    assert not any(a.endswith("边防部") for a in _names(doc, "Agency")), _names(doc, "Agency")
    dept = extract_text("工作会议\n县委宣传部部署宣传工作,县委宣传部部长张三出席。")
    assert "县委宣传部" in _names(dept, "Agency"), _names(dept, "Agency")


def test_one_character_animals_after_qizhong_and_in_a_list_of_counts():
    """08-wlthq-bayintala-gacha's shape in livestock registers: 牲畜共计415头,其中羊300只、牛115头 (base: indicators
    只 and 头, the units themselves; 羊4999只 opening a clause was read already).  A list of animals sharing one
    count stays unread as each (共免疫猪、牛、羊3000头: no 羊 of 3000)."""
    got = _metrics(extract_text("巴音塔拉嘎查简介\n全嘎查牲畜共计415头,其中羊300只、牛115头。"))
    assert {("羊", 300, "只"), ("牛", 115, "头")} <= got, got
    shared = _metrics(extract_text("动物防疫工作\n全镇共免疫猪、牛、羊3000头。"))
    assert not any(ind == "羊" for ind, _, _ in shared), shared
