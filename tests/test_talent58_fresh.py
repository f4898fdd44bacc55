"""Round 58 (talent58): talent-work news from fresh texts of /tmp/s26/fresh/talent58 (county talent
meetings, youth talent stations in Fujian, a county's talent dispatch meeting in Xiangxi): a quoted
manner word before a head (“一站式”平台) is no programme, a bare 驿站 before its head's post is no
agency, the tasks of a speech's list (七件事) and the "cards" of a figure of speech (四张牌) are no
figures, and the doer before 共 and a verb of doing (驿站共举办交流会) is no part of what is counted."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> list:
    ms = doc.metrics
    return list(ms.values() if isinstance(ms, dict) else ms)


def test_a_quoted_manner_word_before_a_head_is_no_programme():
    """06-shaxian-youth-station (三明市沙县区青年人才驿站揭牌成立): 搭建引领青年、凝聚青年、服务青年的“一站式”平台
    (base: a programme 一站式, implemented in 沙县区); a method's name (“枫桥式”工作法) stays one."""
    doc = extract_text("沙县区青年人才驿站揭牌成立\n本报讯 近日,三明市沙县区青年人才驿站揭牌成立。驿站依托曲巷·壹号茶馆为"
                       "日常运营管理单位,搭建引领青年、凝聚青年、服务青年的“一站式”平台。")
    assert "一站式" not in _names(doc, "Programme")
    kept = extract_text("某县召开会议\n江西省吉安市推广“枫桥式”工作法。")
    assert "枫桥式" in _names(kept, "Programme")


def test_a_bare_station_before_its_head_s_post_is_no_agency():
    """11-pinghe-youth-station (光明日报, 平和县青创人才驿站): 驿站站长阮志军介绍 (base: an agency 驿站 and
    阮志军 holdsPost 驿站)."""
    doc = extract_text("青春驿站 扎根乡土\n福建省漳州市平和县县委人才办、团县委于2018年建立青创驿站。"
                       "驿站站长阮志军介绍,为有效凝聚人才,驿站共举办交流会50多场。")
    assert "驿站" not in _names(doc, "Agency") | _names(doc, "Organization")
    assert not any(b == "驿站" for _, b in relation_pairs(doc, "holdsPost"))


def test_the_doer_before_gong_is_no_part_of_what_is_counted():
    """11-pinghe-youth-station: 驿站站长阮志军介绍,为有效凝聚人才,驿站共举办交流会50多场 (base: the
    indicator 驿站共举办交流会)."""
    doc = extract_text("青春驿站 扎根乡土\n福建省漳州市平和县建立青创驿站。"
                       "驿站站长阮志军介绍,为有效凝聚人才,驿站共举办交流会50多场。")
    got = {(m.indicator, m.value) for m in _metrics(doc)}
    assert ("交流会", 50) in got, got


def test_the_cards_of_a_figure_of_speech_are_no_figure():
    """11-pinghe-youth-station: 平和县大力实施柚都人才回归工程,打好政策、亲情、服务和项目四张牌 (base: a
    metric 服务和项目 = 4 张)."""
    doc = extract_text("青春驿站 扎根乡土\n党的十八大以来,福建省平和县大力实施柚都人才回归工程,打好政策、亲情、服务和项目四张牌,"
                       "吸引一大批平和籍外出人才返乡创业就业。")
    assert not [m for m in _metrics(doc) if m.unit == "张"], [(m.indicator, m.value) for m in _metrics(doc)]


def test_the_tasks_of_a_speech_s_list_are_no_figure():
    """03-fenghuang-talent-dispatch (凤凰县“乡村育才聚才行动”工作调度会): 第四季度全县人才工作要重点完成七件事:
    一是乡村工匠的认定工作 (base: a metric 人才工作要重点 = 7 件)."""
    doc = extract_text("凤凰县召开工作调度会\n湖南省凤凰县召开会议。会议要求,第四季度全县人才工作要重点完成七件事:"
                       "一是乡村工匠的认定工作,要做好登记造册、培训培养、扶持补贴工作。")
    assert not [m for m in _metrics(doc) if m.unit == "件"], [(m.indicator, m.value) for m in _metrics(doc)]


def test_a_talent_station_named_by_its_place_is_an_organisation_its_head_holds():
    """11-pinghe-youth-station and 07-zibo-youth-liaison: 平和县青创人才驿站…驿站站长阮志军介绍, 淄博市青年人才联络站
    (北京站)成立仪式 (base: no station at all; 阮志军 held a post in a bare agency 驿站)."""
    doc = extract_text("青春驿站 扎根乡土\n同时,福建省平和县县委人才办、团县委于2018年建立平和县青创人才驿站。"
                       "驿站站长阮志军介绍,为有效凝聚人才,驿站共举办交流会50多场。")
    assert "平和县青创人才驿站" in _names(doc, "Organization")
    assert ("阮志军", "平和县青创人才驿站") in relation_pairs(doc, "holdsPost")
    zibo = extract_text("淄博市青年人才联络站落户\n8月8日,淄博市青年人才联络站(北京站)成立仪式暨青年人才座谈交流会举行。")
    assert "淄博市青年人才联络站" in _names(zibo, "Organization")
    bare = extract_text("某市召开会议\n全市建成各类人才驿站12个,我市将加快建设青年人才驿站。")
    assert not any(n.endswith("人才驿站") for n in _names(bare, "Organization"))
