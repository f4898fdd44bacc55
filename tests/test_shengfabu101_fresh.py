"""Round 101 (shengfabu101): provincial and city press conferences — 省政府新闻办 briefings on the
quarter's economy, a province's NPC session briefings, a city's anniversary briefing and a harvest
festival's, as reported by the provinces' papers and broadcasters (Shandong, Guizhou, Qinghai, Gansu,
Heilongjiang, Jiangxi; fresh texts of /tmp/s26/fresh/shengfabu101).  Fixes: a briefing named only by
its place in a series and its kind (举行第二场新闻发布会, 召开首场新闻发布会) no programme; the bodies
whose people attended written with 的 before them (5个单位的有关负责同志…作主题发布, 50多家新闻媒体的记者
参加了新闻发布会) no figure; a broadcast caption's posts set apart by one space (发展和改革委党组成员 副主任
吴密森：) both the speaker's; and the agency of such a speaker label (…委党组成员 副主任 吴密森：…1.4万吨…)
no subject of the figures he speaks."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_briefing_named_by_its_place_in_a_series_is_no_programme():
    """04-qinghai-npc-2022: 1月24日下午,省十三届人大七次会议举行第二场新闻发布会。… 省十三届人大三次会议召开首场
    新闻发布会 (base: programmes 第二场新闻发布会 and 首场新闻发布会, the first a sub-programme of the second).
    A briefing that says what it is about keeps its name."""
    doc = extract_text("人大会议新闻发布会\n1月24日下午,省十三届人大七次会议举行第二场新闻发布会。"
                       "1月28日上午,省十三届人大三次会议召开首场新闻发布会。")
    assert not {n for n in _names(doc, "Programme") if n.endswith("发布会")}, _names(doc, "Programme")
    doc = extract_text("发布会\n4月20日,省政府新闻办举行第二场全省一季度经济运行情况新闻发布会。")
    assert any(n.endswith("经济运行情况新闻发布会") for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_the_bodies_whose_people_attend_a_briefing_are_no_figure():
    """04-qinghai-npc-2022: 邀请省委改革办、省发展和改革委员会、省农业农村厅、省乡村振兴局、省林业和草原局5个单位
    的有关负责同志就…作主题发布 (base: 青海省 | 单位 | 5 个); 05-gansu-tianshui-2011: 新华社甘肃分社、…甘肃电视台
    等50多家新闻媒体的记者参加了新闻发布会 (base: 天水市 | 新闻媒体 | 50 家).  Bodies counted whose people do
    something else (5个单位的工作人员培训班, 30家企业的产值) stay figures."""
    doc = extract_text("青海省新闻发布会\n发布会邀请省委改革办、省发展和改革委员会、省农业农村厅、省乡村振兴局、"
                       "省林业和草原局5个单位的有关负责同志就“开启新征程”作主题发布。")
    assert not [m for m in _metrics(doc) if m[2] == 5], _metrics(doc)
    doc = extract_text("天水市新闻发布会\n新华社甘肃分社、人民日报、甘肃日报等50多家新闻媒体的记者参加了新闻发布会。")
    assert not [m for m in _metrics(doc) if m[2] == 50], _metrics(doc)
    doc = extract_text("天水市工业\n今年,天水市新增规模以上工业企业30家,30家企业的产值达到12亿元。")
    assert [m for m in _metrics(doc) if m[2] == 30], _metrics(doc)


def test_a_captions_posts_set_apart_by_a_space_are_the_speakers():
    """03-qinghai-fgw-2023: 青海省发展和改革委党组成员 副主任 吴密森:投资结构持续优化 (base: no post of 吴密森).
    A space between two posts joins them as 、 does; a space between names joins nothing."""
    doc = extract_text("青海省发改委专场新闻发布会\n青海省发展和改革委党组成员 副主任 吴密森：投资结构持续优化。")
    assert {("吴密森", "青海省发展和改革委员会", "党组成员"),
            ("吴密森", "青海省发展和改革委员会", "副主任")} <= post_triples(doc), post_triples(doc)
    doc = extract_text("山东省新闻发布会\n省文化和旅游厅二级巡视员 新闻发言人 王春生出席发布会。")
    assert {("王春生", "山东省文化和旅游厅", "二级巡视员"),
            ("王春生", "山东省文化和旅游厅", "新闻发言人")} <= post_triples(doc), post_triples(doc)
    doc = extract_text("发布会\n记者 张三 李四 报道")
    assert not post_triples(doc), post_triples(doc)


def test_a_speaker_labels_agency_is_no_subject_of_his_figures():
    """03-qinghai-fgw-2023: 青海省发展和改革委党组成员 副主任 吴密森:投资结构持续优化,西宁机场三期、西成铁路等加快
    推进,中复神鹰1.4万吨高性能碳纤维等项目投产 (base: 青海省发展和改革委员会 | 高性能碳纤维 | 14000 吨).  The
    agency's own figure, with no speaker between, stays its own."""
    doc = extract_text("青海省发改委专场新闻发布会\n青海省发展和改革委党组成员 副主任 吴密森：投资结构持续优化，"
                       "西宁机场三期加快推进，中复神鹰1.4万吨高性能碳纤维等项目投产。")
    got = [m for m in _metrics(doc) if m[2] == 14000]
    assert got and all(m[0] != "青海省发展和改革委员会" for m in got), _metrics(doc)
