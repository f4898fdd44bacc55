"""Round 115 (wenwu115): culture and heritage text — heritage listings and museum/culture-station news:
the State Council's 第八批全国重点文物保护单位 notice, 山东 and 潞城区 非遗 lists, 新乡县 and 泸州 文保 lists,
海南's heritage report, 金华's 文广旅局 half-year table, and township culture-station stories (郑家集乡,
宏村镇, 张公镇); fresh texts of /tmp/s27/txt/wenwu115.  Fixes: a listing's count in a bracket opened by a
word of summing (古遗址(共计167处), 项目名录(共计9项)) counts the noun before the bracket (base: indicator 处
or 项, the bare unit); a national word inside the name of a hosted event (举办…艺术家全国名城写生活动)
scopes none of the town's later figures (base: 中国's 接待游客290万人次); 徽州, the old prefecture named by crafts and customs (徽州三雕, 徽州工匠), is 黄山's
徽州区 only where 黄山 is named (base: 徽州区 in a 黟县 story)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subjects(doc) -> dict[str, str | None]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {m.indicator: names.get(m.subject) for m in doc.metrics}


def test_a_bracketed_total_counts_the_heading_noun():
    """01-guowuyuan-guobao8: 一、古遗址(共计167处); base: indicator 处."""
    doc = extract_text("第八批全国重点文物保护单位名单\n一、古遗址(共计167处)\n二、古墓葬(共计30处)\n")
    got = _metrics(doc)
    assert ("古遗址", 167, "处") in got and ("古墓葬", 30, "处") in got, got


def test_a_bracketed_total_after_a_list_name():
    """04-lucheng-feiyi1: 现将第一批区级非物质文化遗产代表性项目名录(共计9项)予以公布; base: indicator 项."""
    doc = extract_text("通知\n现将第一批区级非物质文化遗产代表性项目名录(共计9项)予以公布。")
    assert ("第一批区级非物质文化遗产代表性项目名录", 9, "项") in _metrics(doc), _metrics(doc)


def test_a_bracketed_label_aside_keeps_its_label():
    """Guard: a bracket holding the figure's own label (拟处罚款10万元) still names it."""
    doc = extract_text("处罚\n对一家企业进行拟立案处罚(拟处罚款10万元)。")
    assert ("拟处罚款", 100000, "元") in _metrics(doc), _metrics(doc)


def test_a_national_word_inside_a_hosted_event_is_no_scope():
    """10-hongcun-wenhuahuimin: 举办艺术家全国名城写生活动等, …接待游客290万人次; base: 中国's."""
    doc = extract_text("黟县宏村镇:文化惠民工程助力乡村振兴\n举办艺术家全国名城写生活动等，推进“艺术+”产业融合，"
                       "培育民宿、农家乐628家，接待游客290万人次。")
    got = _subjects(doc)
    assert got.get("接待游客") == "宏村镇", got


def test_a_national_meeting_keeps_its_scope():
    """Guard: 全国 opening a national meeting's name right after its verb, the figure in a later clause, and
    全国 scoping its own clause stay the country's."""
    doc = extract_text("就业工作\n国务院召开全国稳就业工作会议，全国城镇新增就业1200万人。")
    assert _subjects(doc).get("城镇新增就业") == "中国", _subjects(doc)


def test_the_old_prefecture_of_crafts_is_no_district():
    """10-hongcun-wenhuahuimin: 成立徽州文化联谊会，…评选124名徽州工匠 in a 黟县 story; base: 徽州区."""
    doc = extract_text("宏村镇文化\n黟县宏村镇成立徽州文化联谊会，开展徽州婚俗等活动，评选124名徽州工匠。")
    assert "徽州区" not in _places(doc), _places(doc)


def test_the_district_with_its_city_stays():
    """Guard: 黄山市徽州区 and 徽州区 written in full stay the district."""
    assert _places(extract_text("黄山市\n黄山市徽州区新增就业1200人。")).get("徽州区") == "341004"
    assert _places(extract_text("就业\n徽州区新增就业1200人。")).get("徽州区") == "341004"
