"""Round 80 (court80): county and city courts' and procuratorates' news and work reports from fresh texts
of /tmp/s26/fresh/court80 (福建平潭, 湖北洪山 and 竹山, 广东中山, 甘肃临洮, 吉林安图, 安徽宣州, 浙江普陀,
湖南衡东).  What each fix is for: one defendant's term (判处有期徒刑八个月) is no figure of the court
(kg/stages/metrics.py); a name ends before 以 and a quoted title (刘永忠|以《…》为题, kg/stages/posts.py); a
report's signature names its speaker set to the width of three (检察长王 桦⏎, kg/stages/posts.py); a zone's
own court or procuratorate (平潭综合实验区人民检察院, kg/stages/entities/agencies.py, with 综合实验区 a zone
kind of cue_words.tsv); defendants named hidden and counted (廖某某等27人) are no person and their count
no figure (kg/stages/posts.py, kg/stages/metrics.py); a wetland park's office (临洮县洮河国家湿地公园管理局,
agency_cues.tsv reserve_kinds, located in the county that opens it); numbered headings under an unnumbered
dated one (2023年工作回顾 ⏎ 一、…) keep its year (kg/stages/metrics.py `_section_year`); a place opening an
awarded title (获评第十三届安徽省文明单位) is no figure's subject (kg/stages/metrics.py); a procuratorate's own
post written bare (副检察长金德春) is held in the procuratorate named just before (kg/stages/posts.py,
posts_words procuratorate_posts); a county app's or city paper's source mark (云上竹山讯, 本报竹山讯) and a bare
县法院 place the story in the county (kg/stages/gazetteer.py, place_grammar.tsv)."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_defendant_s_term_is_no_figure():
    """08-putuo-court (普陀区人民法院工作报告): 对驾驶内河船只违规出海…的姜某判处有期徒刑八个月 (base: figures
    of 8 and 6 months with the sentence as indicator); the count of people sentenced stays."""
    doc = extract_text("区人民法院工作报告\n全年审结一审刑事案件262件,判处罪犯448人。对驾驶内河船只违规出海引发海上交通事故的"
                       "姜某判处有期徒刑八个月。对醉酒后袭警的被告人蔡某判处有期徒刑一年六个月,缓刑二年。")
    got = _metrics(doc)
    assert ("判处罪犯", 448, "人") in got and ("审结一审刑事案件", 262, "件") in got, got
    assert not any(unit in ("个月", "年") for _, _, unit in got), got
    plain = extract_text("县开展培训\n今年以来,该县干部培训时间累计达6个月。")
    assert any(unit == "个月" for _, _, unit in _metrics(plain)), _metrics(plain)


def test_a_name_ends_before_yi_and_a_quoted_title():
    """09-hengdong-procuratorate (衡阳市检察院): 检委会专职委员刘永忠以《发挥检察监督职能…》为题 (base: a person
    刘永忠以)."""
    doc = extract_text("衡阳市人民检察院开展法治宣传活动\n活动现场,衡阳市人民检察院检委会专职委员刘永忠以《发挥检察监督职能"
                       " 守护人民美好生活》为题,进行了一场法治教育课。")
    assert "刘永忠" in _people(doc) and "刘永忠以" not in _people(doc), _people(doc)
    assert ("刘永忠", "衡阳市人民检察院") in _posts(doc), _posts(doc)


def test_a_signature_set_to_three_characters_names_the_speaker():
    """01-pingtan-procuratorate: 平潭综合实验区人民检察院检察长王 桦 on the line under the report's title
    (base: no person; nor the zone's procuratorate, the next test)."""
    doc = extract_text("县人民政府工作报告\n——2024年1月10日在平潭县第十八届人民代表大会第三次会议上\n县人民政府县长 王 伟\n"
                       "各位代表:\n现在,我代表县人民政府向大会报告工作。")
    assert "王伟" in _people(doc), _people(doc)
    assert any(name == "王伟" for name, _ in _posts(doc)), _posts(doc)  # (县长 heads the county: 平潭县)
    running = extract_text("县政府召开会议\n会上,县长王 伟表示,全县要加快发展。")
    assert "王伟" not in _people(running), _people(running)


def test_a_zone_s_own_procuratorate():
    """01-pingtan-procuratorate: 平潭综合实验区人民检察院 (base: no agency, no zone 平潭综合实验区); its chief
    prosecutor holds his post in it."""
    doc = extract_text("平潭综合实验区人民检察院工作报告\n—2024年1月19日在平潭县第十八届人民代表大会第三次会议上\n"
                       "平潭综合实验区人民检察院检察长王 桦\n各位代表,同志们:\n现在,我代表平潭综合实验区人民检察院,向大会报告工作。")
    assert "平潭综合实验区人民检察院" in _agencies(doc), _agencies(doc)
    assert ("王桦", "平潭综合实验区人民检察院") in _posts(doc), _posts(doc)
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "平潭综合实验区" in places, places


def test_hidden_defendants_counted_are_no_person_nor_figure():
    """02-hongshan-procuratorate: 精准打掉廖某某等27人把持基层政权等一批黑恶势力犯罪 (base: a person 廖某某;
    without him, a figure 27人 of 精准打掉廖某某); 起诉47人 stays."""
    doc = extract_text("洪山区人民检察院工作报告\n聚焦重点领域,起诉47人。精准打掉廖某某等27人把持基层政权等一批黑恶势力犯罪。"
                       "依法审结李某某等22人参加黑社会性质组织犯罪案件。")
    assert not any("某" in n for n in _people(doc)), _people(doc)
    got = _metrics(doc)
    assert ("起诉", 47, "人") in got and not any(v in (27, 22) for _, v, _ in got), got


def test_a_wetland_park_s_office_is_an_agency():
    """05-lintao-procuratorate: 向临洮县洮河国家湿地公园管理局公开宣告、送达检察建议书 (base: no agency)."""
    doc = extract_text("临洮县检察院公开宣告送达检察建议\n11月12日,临洮县院组织召开检察建议公开宣告送达会,向临洮县洮河国家湿地"
                       "公园管理局公开宣告、送达检察建议书。")
    assert "临洮县洮河国家湿地公园管理局" in _agencies(doc), _agencies(doc)
    located = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
               if r.predicate == "locatedIn"}
    assert ("临洮县洮河国家湿地公园管理局", "临洮县") in located, located  # (the county's, not the river's)
    park = extract_text("市民休闲\n市民在森林公园管理中心门前锻炼。")
    assert not _agencies(park), _agencies(park)


def test_numbered_headings_under_a_dated_review_keep_its_year():
    """08-putuo-court: 2023年工作回顾 ⏎ 2023年，…新收各类案件6634件 ⏎ 一、讲政治、顾大局，… ⏎ 审结一审刑事案件262件
    (base: the figures under 一、 with no period); the plan section's heading gives its own."""
    doc = extract_text("2024年1月29日在舟山市普陀区第十八届人民代表大会第三次会议上\n区人民法院院长 卢增华\n各位代表:\n"
                       "现在,我代表区人民法院向大会报告工作,请予审议。\n2023年工作回顾\n"
                       "2023年,区人民法院各项工作不断取得新进展。全年新收各类案件6634件,办结6283件。\n"
                       "一、讲政治、顾大局,以能动司法为高质量发展赋能增效\n维护社会安全稳定。审结一审刑事案件262件,判处罪犯448人。\n"
                       "2024年工作安排\n一、坚持服务大局\n力争全年审结案件7000件。")
    got = {m.indicator: m.period for m in doc.metrics}
    assert got.get("审结一审刑事案件") == "2023" and got.get("判处罪犯") == "2023", got
    assert got.get("办结") == "2023", got


def test_a_place_opening_an_awarded_title_is_no_subject():
    """07-xuanzhou-court: 获评第十三届安徽省文明单位,9个集体、24名个人获市级以上表彰 (base: the counts the
    province's); a province's own count of titles stays the province's."""
    doc = extract_text("宣城市宣州区人民法院工作报告\n区法院收结案数居全市法院第一位。获评第十三届安徽省文明单位,"
                       "9个集体、24名个人获市级以上表彰。")
    got = {(doc.entities[m.subject].name, m.value) for m in doc.metrics if m.subject}
    assert ("宣州区", 24) in got and not any(n == "安徽省" for n, _ in got), got
    province = extract_text("安徽省新闻\n2024年,安徽省共有15个单位获评全国文明单位。")
    assert {doc_name for doc_name, _ in {(province.entities[m.subject].name, m.value) for m in province.metrics}} \
        == {"安徽省"}


def test_a_procuratorate_s_post_written_bare_is_held_in_the_one_named_before():
    """06-antu-procuratorate: 吉林省安图县人民检察院召开…新闻发布会。党组成员、副检察长金德春… (base: 金德春 a
    person with no post); after another body named last, no post is given."""
    doc = extract_text("安图县检察院召开发布会\n10月30日,吉林省安图县人民检察院召开新闻发布会。党组成员、副检察长金德春出席发布会。")
    assert ("金德春", "安图县人民检察院") in _posts(doc), _posts(doc)
    other = extract_text("县委政法委召开会议\n10月30日,县委政法委召开专题会议。副检察长李明远出席会议。")
    assert not any(body.endswith("检察院") for _, body in _posts(other)), _posts(other)


def test_a_county_app_s_source_mark_places_the_story():
    """04-zhushan-court (云上竹山): 云上竹山讯 4月7日上午,县法院院长索明全… (base: no place, 县人民法院 of no
    county, figures of no subject); the bare 县法院 makes the text the county's as 县卫生局 does."""
    doc = extract_text("县法院:院领导开庭审案成常态\n云上竹山讯 4月7日上午,县法院院长索明全适用简易程序审理了一起抚恤金纠纷案件。"
                       "今年一季度,该院共受理案件1644件,审执结723件。")
    assert [a.place for a in doc.articles] == ["place-420323"], [a.place for a in doc.articles]
    assert "竹山县人民法院" in _agencies(doc), _agencies(doc)
    portal = extract_text("要闻\n云上新闻讯 4月7日上午,县法院院长索明全审理了一起案件。")
    assert [a.place for a in portal.articles] == [None], [a.place for a in portal.articles]
