"""Round 60 (civility60): 精神文明建设 news from fresh texts of /tmp/s26/fresh/civility60 (文明城市创建,
新时代文明实践中心/所/站 counts, 志愿服务 figures, 文明办 and 好人榜 news): 中央精神文明建设办公室 as
中央文明办's full written form, no verb of founding (成功创建, 扶持建设, 共建设) and no bracketed 指…
definition in an indicator, and the volunteers of counted places cut off the places' noun."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_central_civilisation_office_by_its_written_full_form():
    """第九届全国道德模范评选 (Xinhua): 中央宣传部、中央精神文明建设办公室等6部门近日启动…: the office of
    the central civilisation commission, 中央文明办 (base: only 中共中央宣传部)."""
    doc = extract_text("第九届全国道德模范评选表彰启动\n记者11月19日从中央精神文明建设办公室获悉，"
                       "中央宣传部、中央精神文明建设办公室等6部门近日启动第九届全国道德模范评选表彰。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "中央精神文明建设指导委员会办公室" in agencies, agencies


def test_a_verb_of_founding_is_no_part_of_what_is_counted():
    """吉林蛟河: 成功创建县级文明村12个 (base: indicator 成功创建县级文明村); 福建省委文明办: 共建设乡镇
    实践所129个, 扶持建设福建省助力乡村振兴发展志愿服务中心23个 (base: 建设乡镇实践所, 扶持建设…)."""
    doc = extract_text("蛟河市新时代文明实践中心新址揭牌\n近年来，吉林省蛟河市实现了文明实践“中心、所、站”三级全覆盖，"
                       "打造了1座社会主义核心价值观主题公园，成功创建县级文明村12个。")
    assert ("县级文明村", 12, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("基层基础工作更加扎实有效\n福建省7个省级试点县都建立了县级中心，共建设乡镇实践所129个、"
                       "村实践站1673个。推进文明乡风建设，扶持建设福建省助力乡村振兴发展志愿服务中心23个。")
    found = _metrics(doc)
    assert ("乡镇实践所", 129, "个") in found, found
    assert ("助力乡村振兴发展志愿服务中心", 23, "个") in found, found
    kept = extract_text("全县建设用地\n某县今年共建设项目120个。")
    assert not any(m.indicator == "项目" for m in kept.metrics), _metrics(kept)  # 共建设|项目 stays whole


def test_a_bracketed_definition_is_no_part_of_the_indicator():
    """宁波日报: 志愿服务信用时长(指志愿者在We平台上通过签到、签退系统自动记录的服务时长)超890万小时，增幅39.5%
    (base: the whole definition inside both indicators)."""
    doc = extract_text("宁波发布志愿服务大数据\n数据显示，2022年宁波市共有注册志愿者2139259人；志愿服务信用时长"
                       "(指志愿者在We平台上通过签到、签退系统自动记录的服务时长)超890万小时，增幅39.5%。")
    names = {m.indicator for m in doc.metrics}
    assert "志愿服务信用时长" in names and "志愿服务信用时长增幅" in names, names
    assert not any("指志愿者" in n for n in names), names


def test_the_volunteers_of_counted_places_end_the_places_noun():
    """福建省委文明办: 9个试点县注册志愿者超65万人 (base: 9 个 read as 试点县注册志愿者超)."""
    doc = extract_text("基层基础工作更加扎实有效\n福建省9个试点县注册志愿者超65万人，全年共开展各类文明实践活动11200多场次。")
    found = _metrics(doc)
    assert ("试点县", 9, "个") in found, found
    assert not any(m.indicator.endswith("超") for m in doc.metrics), found


def test_a_verb_of_being_put_on_an_honour_roll_ends_the_noun():
    """中央文明办发布10月“中国好人榜”: 共有98位身边好人光荣上榜 (base: indicator 身边好人光荣上榜), as
    入选 and 荣获 do; a noun opening with the verb keeps it (5家上榜企业)."""
    doc = extract_text("中央文明办发布10月“中国好人榜”\n本报宜春10月30日电 中央文明办30日在江西省宜春市发布10月"
                       "“中国好人榜”。经过网友推荐点赞、地方文明办筛选审核等环节，共有98位身边好人光荣上榜。")
    assert ("身边好人", 98, "位") in _metrics(doc), _metrics(doc)
    doc = extract_text("榜单发布\n江西省共有14家企业上榜，其中5家上榜企业在宜春市。")
    names = {m.indicator for m in doc.metrics}
    assert "企业" in names and not any(n == "企业上榜" for n in names), names
