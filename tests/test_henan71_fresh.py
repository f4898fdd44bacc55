"""Round 71 (henan71): ordinary county, township and village news of 河南 and 安徽's north, from fresh texts of
/tmp/s26/fresh/henan71 (周口 美丽庭院示范村, 阜阳 芦村镇, 平舆县 小吴村, 舞阳县 马村乡, 鹿邑县): a named committee's
office written in full (…指导委员会办公室) read as the committee, a piece rate quoted after its amount
(工价0.25元一个) read as 一个 counted, and a villager named as he goes about his day (村民张秀英正在…) read as
no person, and a writer credited as 采写: read as no person."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_committee_s_office_written_in_full_is_the_office():
    """02-zhoukou-meili-tingyuan (周口网): 河南省妇女联合会、河南省精神文明建设指导委员会办公室…四部门联合发起
    (base: the committee 河南省精神文明建设指导委员会, its office's 办公室 dropped)."""
    doc = extract_text("周口6村获评美丽庭院示范村\n在河南省妇女联合会、河南省精神文明建设指导委员会办公室联合发起的"
                       "评选活动中,周口市获得6个示范村命名。")
    agencies = _names(doc, "Agency")
    assert "河南省精神文明建设指导委员会办公室" in agencies, agencies
    assert "河南省精神文明建设指导委员会" not in agencies, agencies
    safety = extract_text("安委办部署检查\n周口市安全生产委员会办公室印发通知,部署节前安全检查。")
    assert "周口市安全生产委员会办公室" in _names(safety, "Agency"), _names(safety, "Agency")
    # the committee written alone stays the committee
    alone = extract_text("安委会召开全体会议\n周口市安全生产委员会召开全体会议,研究部署安全生产工作。")
    assert "周口市安全生产委员会" in _names(alone, "Agency"), _names(alone, "Agency")


def test_a_piece_rate_after_the_amount_is_per_piece():
    """05-wuyang-macun-industry (网易河南, 舞阳县马村乡): 一个吨包的配帽就做好了,工价0.25元一个 (base: the
    indicator 一个 for 0.25元)."""
    doc = extract_text("马村乡扶贫车间带动就业\n在马村乡盛发塑编编织厂,吨包配帽的工价0.25元一个,熟练工一天能做三百多个。")
    assert any(i.endswith("工价") and (v, u) == (0.25, "元/个") for i, v, u in _metrics(doc)), _metrics(doc)
    assert not any(m.indicator == "一个" for m in doc.metrics), _metrics(doc)
    # a span of time after the amount stays no piece (月工资3000元一个月)
    month = extract_text("工资发放\n该厂工人月工资3000元一个月。")
    assert not any(m.unit == "元/个" for m in month.metrics), _metrics(month)


def test_a_villager_named_as_he_goes_about_his_day_is_a_person():
    """05-wuyang-macun-industry (舞阳县马村乡): 放磨店村村民王玉环像往常一样,早早地来到了村头的盛发塑编编织厂
    (base: no person after 村民 unless a verb of speech closes the name)."""
    doc = extract_text("马村乡产业兴\n走进马村乡放磨店村,村民张秀英正在田里摘辣椒,种植大户李建国一边查看长势一边介绍。")
    assert {"张秀英", "李建国"} <= _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("马村乡产业兴\n放磨店村村民王秀兰像往常一样,早早地来到了村头的编织厂。")
    assert "王秀兰" in _names(doc, "Person"), _names(doc, "Person")
    # a word after the role noun is no name, whatever adverb follows
    words = extract_text("村里开展评选\n全村村民小组正在开展评选,村民代表正在投票。")
    assert not _names(words, "Person"), _names(words, "Person")


def test_a_writer_credited_as_gathering_and_writing_is_a_person():
    """02-zhoukou-meili-tingyuan (周口网): 采写:周口广电全媒体记者 张博越 (base: no person; 采写: read as no role)."""
    doc = extract_text("周口6村获评美丽庭院示范村\n周口市获得6个示范村命名。\n采写:周口广电全媒体记者 张博越\n责编 锦勤")
    assert "张博越" in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("周口6村获评美丽庭院示范村\n周口市获得6个示范村命名。\n采写:张博越 王小明")
    assert {"张博越", "王小明"} <= _names(doc, "Person"), _names(doc, "Person")
