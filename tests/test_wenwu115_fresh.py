"""Round 115 (wenwu115): culture and heritage text — heritage listings and museum/culture-station news:
the State Council's 第八批全国重点文物保护单位 notice, 山东 and 潞城区 非遗 lists, 新乡县 and 泸州 文保 lists,
海南's heritage report, 金华's 文广旅局 half-year table, and township culture-station stories (郑家集乡,
宏村镇, 张公镇); fresh texts of /tmp/s27/txt/wenwu115.  Fixes: a listing's count in a bracket opened by a
word of summing (古遗址(共计167处), 项目名录(共计9项)) counts the noun before the bracket (base: indicator 处
or 项, the bare unit); a national word inside the name of a hosted event (举办…艺术家全国名城写生活动)
scopes none of the town's later figures (base: 中国's 接待游客290万人次); 徽州, the old prefecture named by crafts and customs (徽州三雕, 徽州工匠), is 黄山's
徽州区 only where 黄山 is named (base: 徽州区 in a 黟县 story); an organ and its deed of designating before 的
(市文化局提出的第六批市级文物保护单位(共9处)) are no words of the list counted (base: in the indicator); a
service span before a facility's name (392个15分钟品质文化生活圈, 24小时城市书房35家) is a word of the name
(base: indicator 建设, 城市书房); a compass word reaching a landmark a distance away (保护范围：东北至中城公园3米)
is the side of a site's border (base: the regions 东北, 西南, subjects of the distances), and opens no body's name
(base: Organization 北至王氏集团); a quoted brand of a culture station's work (打造“栀子花”、“研学”文化品牌) is no
programme (base: programmes 栀子花, 研学); a campaign going into places (非遗进学校) is no organisation (base: one); 全国重点文物保护单位 is a class of heritage
sites, no national scope of a local count (base: 全市现有全国重点文物保护单位8处 was 中国's), and keeps its 全国;
册次 (外借图书48万册次) is one unit (base: 册); a provincial department's own word (此外，我厅…举办…35场活动) turns
the text back to its province (base: the last sentence's 西沙群岛)."""
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


def test_the_designating_organ_is_no_word_of_the_list():
    """06-luzhou-wenbao6: 市政府同意市文化局提出的第六批市级文物保护单位(共9处); base: the organ and its deed in
    the indicator (同意市文化局提出的第六批市级文物保护单位)."""
    doc = extract_text("泸州市人民政府通知\n市政府同意市文化局提出的第六批市级文物保护单位(共9处)，现予公布。")
    assert ("第六批市级文物保护单位", 9, "处") in _metrics(doc), _metrics(doc)


def test_a_newly_designated_count_keeps_its_words():
    """Guard: 新公布的 with no organ before it stays a word of what is counted (on merging: keji115 strips 新认定,
    认定 as verbs of certifying, as 新增 is stripped, so the guard reads another designating verb)."""
    doc = extract_text("文化工作\n今年新公布的市级非物质文化遗产代表性项目12项。")
    assert ("新公布的市级非物质文化遗产代表性项目", 12, "项") in _metrics(doc), _metrics(doc)


def test_a_service_span_opens_the_facility_name():
    """08-jinhua-wenguang-banniandu: 完成建设392个15分钟品质文化生活圈; base: indicator 建设."""
    doc = extract_text("金华市文化工作\n完成建设392个15分钟品质文化生活圈、29个城市书房、11个文化驿站。")
    got = _metrics(doc)
    assert ("15分钟品质文化生活圈", 392, "个") in got and ("城市书房", 29, "个") in got, got


def test_a_service_span_before_the_figure_is_no_figure():
    """24小时城市书房35家 modelled on 08-jinhua; base: indicator 城市书房 (the span read as a figure)."""
    doc = extract_text("金华市文化工作\n全市建成24小时城市书房35家。")
    assert ("24小时城市书房", 35, "家") in _metrics(doc), _metrics(doc)


def test_a_border_side_reaching_a_landmark_is_no_region():
    """06-luzhou-wenbao6: 保护范围：东北至中城公园3米，西南前段至图书馆围墙17米; base: places 东北, 西南 (and the
    subject of the distances)."""
    doc = extract_text("泸州市第六批文物保护单位\n保护范围：东北至中城公园3米，西南前段至图书馆围墙17米，西北至图书馆宿舍57米。")
    got = _places(doc)
    assert "东北" not in got and "西南" not in got, got


def test_a_region_range_keeps_its_regions():
    """Guard: 东北至华北 naming no distance is a range of regions."""
    doc = extract_text("天气\n受冷空气影响，东北至华北一带有降雪。")
    assert "东北" in _places(doc), _places(doc)


def _named(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_quoted_culture_brands_are_no_programmes():
    """11-zhanggong-wenhuazhan: 打造“栀子花”、“研学”文化品牌; base: programmes 栀子花, 研学."""
    doc = extract_text("张公镇综合文化站\n依托红壤产业博览园积极探索实践，打造“栀子花”、“研学”文化品牌。")
    got = _named(doc, "Programme")
    assert "栀子花" not in got and "研学" not in got, got


def test_a_campaign_into_schools_is_no_organisation():
    """09-zhengjiaji-wenhuazhan: 先后开展了文化走基层、非遗进学校、书画传万家等公益活动; base: Organization 非遗进学校."""
    doc = extract_text("郑家集乡文化站\n先后开展了文化走基层、非遗进学校、书画传万家等公益活动。")
    assert "非遗进学校" not in _named(doc, "Organization"), _named(doc, "Organization")


def test_a_border_side_opens_no_organisation_name():
    """06-luzhou-wenbao6: 北至王氏集团滨江路商品房05米; base: Organization 北至王氏集团."""
    doc = extract_text("保护范围\n保护范围：东至市地税局宿舍78米，北至王氏集团滨江路商品房05米，南至红星旅馆20米。")
    got = _named(doc, "Organization")
    assert "北至王氏集团" not in got and "王氏集团" in got, got


def test_a_county_named_like_a_border_side_keeps_its_body():
    """Guard: 东至县供电公司 (the county 东至 of 池州) stays the company's name."""
    doc = extract_text("池州\n东至县供电公司正在改造。")
    assert "东至县供电公司" in _named(doc, "Organization"), _named(doc, "Organization")


def test_the_national_heritage_class_scopes_no_local_count():
    """Modelled on a 嘉兴 文物局 story (and 07-hainan): 全市现有全国重点文物保护单位8处; base: 中国's, and the
    class cut to 重点文物保护单位 after a comma."""
    doc = extract_text("嘉兴文物局挂牌\n嘉兴历史悠久、文化遗产丰富。全市现有不可移动文物2368处，其中，世界文化遗产1处，"
                       "全国重点文物保护单位24处。\n全市现有全国重点文物保护单位8处、省级文物保护单位45处。")
    subjects = {(m.indicator, m.value): doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get(("全国重点文物保护单位", 24)) == "嘉兴市", subjects
    assert subjects.get(("省级文物保护单位", 45)) == "嘉兴市", subjects


def test_loans_per_lending_keep_their_unit():
    """Modelled on a library's year (as 08-jinhua's 城市书房): 外借图书48万册次; base: unit 册."""
    doc = extract_text("市图书馆工作\n市图书馆全年接待读者62万人次，外借图书48万册次。")
    assert ("外借图书", 480000, "册次") in _metrics(doc), _metrics(doc)


def test_the_departments_own_word_turns_back_to_its_province():
    """07-hainan-wenwu-kaogu: …完成西沙群岛年度水下考古工作，采集标本55件。此外，我厅…举办…35场“文化遗产日”活动;
    base: 西沙群岛's 35 events."""
    doc = extract_text("海南省文化遗产保护取得新成果\n同时，完成西沙群岛年度水下考古工作，采集标本55件。此外，我厅完成第四批"
                       "国家级非遗代表性项目保护单位认定工作，举办第六届黎族织锦大赛等35场“文化遗产日”活动。")
    got = {(m.indicator, m.value): doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert got.get(("文化遗产日活动", 35)) == "海南省", got
    assert got.get(("采集标本", 55)) == "西沙群岛", got
