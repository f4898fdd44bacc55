"""China's missions abroad written with no sender, in the shape of fresh foreign-affairs notices
(people31)."""
from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_embassy_with_no_sender_is_chinas_mission():
    """驻日本使馆提醒在日中国公民: 驻 + a country + an embassy word, no sender written, is China's
    mission there (中国驻日本使馆), never the host's embassy (was 日本使馆, placed in Japan)."""
    doc = extract_text("领事提醒\n驻日本使馆提醒在日中国公民注意安全。")
    assert "中国驻日本使馆" in _agencies(doc)
    assert "日本使馆" not in _agencies(doc)


def test_embassy_after_our_country_or_a_verb_is_chinas():
    """我国驻法国大使馆, 通过驻泰国大使馆: the same China's mission."""
    got = _agencies(extract_text("外交部消息\n我国驻法国大使馆和驻泰国大使馆发布提醒。"))
    assert "中国驻法国大使馆" in got
    assert "中国驻泰国大使馆" in got
    assert not {"法国大使馆", "泰国大使馆"} & got


def test_embassy_with_another_sender_written_stays_theirs():
    """各国驻日本使馆, 美国驻日本大使馆: a sender written before 驻 is no China."""
    got = _agencies(extract_text("东京消息\n美国驻日本大使馆和各国驻日本使馆发布通知。"))
    assert not any(n.startswith("中国驻日本") for n in got)
