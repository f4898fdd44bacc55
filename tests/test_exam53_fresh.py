"""Round 53 (exam53): examination and admissions news (fresh texts of /tmp/s26/fresh/exam53): the
admissions committees and offices written short after their scope (吴中区招委会, 市高招委, 省招办); a
count of people closed by 报名 named with it (高考报名人数, not 高考全省); no figure from how early a
candidate must come (提前15分钟), from the floor of a lettered building (B楼11层), and no noun opened
by the rest of a unit cut in two (钟延长至…)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> dict[str, tuple]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator: (m.value, m.unit, m.kind) for m in ms}


def _entities(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_admissions_committee_written_short_is_the_committee():
    """吴中区 (苏州) news: 区招委会在…召开2020年吴中区招生委员会会议…区招委会主任、副区长周黎敏: one committee,
    吴中区招生委员会 (base: 吴中区招委会 and 吴中区招生委员会, two agencies, the post in the short one)."""
    doc = extract_text("吴中区招委会召开2020年高考、中考专题会议\n"
                       "6月24日,区招委会召开2020年吴中区招生委员会会议。"
                       "区招委会主任、副区长周黎敏就做好今年高考、中考工作作了重要讲话。")
    agencies = _entities(doc, "Agency")
    assert "吴中区招生委员会" in agencies and "吴中区招委会" not in agencies, agencies
    assert ("周黎敏", "吴中区招生委员会") in relation_pairs(doc, "holdsPost")


def test_admissions_office_written_short_after_its_scope():
    """衡阳/驻马店 news: 记者从市招办获悉; 徐州: 县招办: an agency (base: none)."""
    doc = extract_text("今年全市考生报名参加高考\n衡阳市召开会议。记者从衡阳市招办获悉,今年全市考生57915人。")
    assert "衡阳市招办" in _entities(doc, "Agency")
    assert ("衡阳市招办", "衡阳市") in relation_pairs(doc, "locatedIn")
    words = extract_text("通知\n资阳市招考办法规定如下。安岳县招办理了手续。")  # 招考办法, 招办理: words
    assert not any("招考办" in a or "招办" in a for a in _entities(words, "Agency"))


def test_university_admissions_committee_short_form():
    """徐州 news: 徐州市高招委各成员单位有关负责同志: 徐州市高等学校招生委员会 (base: nothing)."""
    doc = extract_text("徐州市召开全市高考中考安全工作会议\n徐州市高招委各成员单位有关负责同志参加会议。")
    assert "徐州市高等学校招生委员会" in _entities(doc, "Agency")


def test_people_counted_with_a_closing_verb_of_sign_up():
    """Province news: 今年高考全省共有19.5万人报名,比去年减少了近3万人: 高考报名人数 and its change
    (base: 高考全省, 高考全省比去年减少)."""
    doc = extract_text("今年高考全省共有19.5万人报名\n记者从省招办了解到,今年高考全省共有19.5万人报名,"
                       "比去年减少了近3万人,减幅13%。")
    ms = _metrics(doc)
    assert ms.get("高考报名人数") == (195000, "人", "level"), ms
    assert "高考全省" not in ms and "高考报名人数比去年减少" in ms, ms


def test_city_people_counted_with_sign_up():
    """City TV news (2020): 今年我市高考共有49000余人报名: 高考报名人数 (base: 高考)."""
    doc = extract_text("我市召开2020年高考中考安全工作电视电话会议\n据了解,今年我市高考共有49000余人报名,"
                       "全市将有44000多人参考。")
    ms = _metrics(doc)
    assert ms.get("高考报名人数") == (49000, "人", "level"), ms
    assert "高考" not in ms, ms


def test_lead_time_is_no_figure_and_no_unit_piece_opens_a_noun():
    """邓州 news: 今年高考考生入场时间由原来的提前10分钟延长至提前15分钟: how early one comes, no figure
    (base: 钟延长至提前 15分钟, the noun opened by the rest of 分钟)."""
    doc = extract_text("我市召开普通高招中招统考考务工作联席会\n与往年不同,今年高考考生入场时间由原来的提前10分钟"
                       "延长至提前15分钟,而考生所需考试文具,则由考区统一配发。")
    ms = _metrics(doc)
    assert not any(v[1] == "分钟" for v in ms.values()), ms


def test_rest_of_a_split_unit_opens_no_noun():
    """A figure in hours before another (历时3小时完成检修12处): the second's noun is 检修, not 时完成检修."""
    doc = extract_text("抢修工作\n供电公司历时3小时完成检修12处。")
    ms = _metrics(doc)
    assert not any(k.startswith("时") for k in ms), ms
    assert any(v[:2] == (12, "处") for v in ms.values()), ms


def test_floor_of_a_lettered_building_is_an_address():
    """吴中区 news: 区招委会在吴中商务中心B楼11层区教育考试指挥中心收看收听…会议: no figure 11层 (base: a
    figure whose indicator was the rest of the sentence)."""
    doc = extract_text("吴中区招委会召开会议\n6月24日,区招委会在吴中商务中心B楼11层区教育考试指挥中心"
                       "收看收听苏州市招生委员会会议,共有24个部、委、办局成员单位参会。")
    ms = _metrics(doc)
    assert not any(v[1] == "层" for v in ms.values()), ms


def test_name_opening_with_a_dynasty_word_after_a_post():
    """湖南省教育厅 (常德) news: 6月7日上午,常德市副市长周代惠带队巡视市七中考点: a person 周代惠 holding a
    post in 常德 (base: none, 周代 read as the Zhou dynasty, a time word of the dictionary)."""
    doc = extract_text("常德:副市长高考首日带队巡视考点\n6月7日上午,常德市副市长周代惠带队巡视市七中考点,"
                       "看望慰问考点送考教师。")
    assert "周代惠" in _entities(doc, "Person")


def test_school_numbered_by_an_ordinal_after_its_scope():
    """郸城县 news: 李全林、邵在明一行到县第二实验小学、一高、第二实验中学考点: the county's 郸城县第二实验小学
    (base: none; 县实验小学 and 县第一中学 were read, an ordinal before 实验小学 was not)."""
    doc = extract_text("郸城县县长李全林查看开考情况\n6月7日上午,高考开考首场,郸城县县长李全林查看开考情况。"
                       "李全林、邵在明一行到县第二实验小学、一高、第二实验中学考点,向工作人员问好。")
    assert "郸城县第二实验小学" in _entities(doc, "Organization")
    assert ("郸城县第二实验小学", "郸城县") in relation_pairs(doc, "locatedIn")
    eleventh = extract_text("开学典礼\n郸城县召开会议。县第十一中学举行开学典礼。")
    assert "郸城县第十一中学" in _entities(eleventh, "Organization")  # no 第十|一中


def test_a_state_said_of_the_counted_ends_their_noun():
    """江苏 city news (2018): 21个考点、947个考场秩序井然,考试组织严密: 947 考场 (base: the indicator
    考场秩序井然)."""
    doc = extract_text("高考三天来我市考场秩序井然\n昨天,市招办对外通报:高考三天来,我市各考点、各部门部门联动保障有力,"
                       "21个考点、947个考场秩序井然,考试组织严密。")
    ms = _metrics(doc)
    assert ms.get("考场") == (947, "个", "level"), ms
    assert "考场秩序井然" not in ms, ms
