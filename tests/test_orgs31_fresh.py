"""Organisations in association-congress, friendship-association and company news (orgs31).
Sentences in the shapes found on fresh provincial, city and county pages, none copied."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, *types: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in (types or ("Agency", "Organization"))}


def test_a_post_after_a_term_is_written_whole():
    """协会首任会长, 联合会第二届会长, 商会第一任会长: the term (首任, 第二届) ends the run before the post,
    so 会长 is written whole — no body 协会首任会 read through the 会 of 会长 (宣传部长 is read so)."""
    for text in ("大会选举刘建华为协会首任会长。",
                 "市物流协会第二届会长王大伟作工作报告。",
                 "会议选举张明为商会第一任会长。"):
        names = _names(extract_text(text))
        assert not any(n.endswith(("任会", "届会")) for n in names), (text, names)


def test_a_post_after_a_persons_name_is_written_whole():
    """江泽慧会长: a name read before (…副主任江泽慧) then 会长 is the person's post, no body 江泽慧会
    (nor one qualified by the body of the post before it, 世园局江泽慧会)."""
    text = ("市花卉协会会长李秀英出席会议。仪式由世园局党组书记刘强主持，"
            "李秀英会长、王刚副局长，副市长、世园局局长林克庆分别致辞。")
    names = _names(extract_text(text))
    assert not any("李秀英" in n for n in names), names


def test_a_through_post_is_still_read():
    """宣传部长, 县公安局长: the post written through its body's last character is still read."""
    doc = extract_text("县委宣传部长王小明出席会议。")
    assert any(n.endswith("宣传部") for n in _names(doc)), _names(doc)


def test_a_society_of_two_countries_written_short():
    """日中友好协会, 中日友好协会, 日中经济协会: two one-character countries (one of them China) then a
    kind of society name one society; the run (日|中) read as two places cut the name away."""
    for text, name in (("日本前首相、日中友好协会名誉顾问山田太郎抵达北京。", "日中友好协会"),
                       ("中日友好协会会长出席招待会。", "中日友好协会"),
                       ("日中经济协会代表团访华。", "日中经济协会")):
        names = _names(extract_text(text))
        assert name in names, (text, names)


def test_a_kind_of_body_of_two_countries_stays_a_kind():
    """中美合资企业, 中日两国协会: an enterprise or the societies of both countries in general, no name."""
    for text in ("中美合资企业发展迅速。", "中日两国协会开展交流。"):
        names = _names(extract_text(text))
        assert not names, (text, names)
