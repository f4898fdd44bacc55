"""People and posts in the shapes of fresh visit reports, congratulation messages and county news
(people22): a delegation's leader keeps his home's bare 市委/市长 (the article's place is the host's),
a message verb (致贺电) ends a foreign head's name, and a pronoun or a weekly meeting after a family
name's character is no name (祝贺他当选, 县长周例会)."""
from conftest import extract_text, held_posts


def test_message_verb_ends_a_foreign_heads_name():
    """习近平向越南国家主席苏林致贺电: 致贺电 (致慰问电, 致信) follows a name as 致电 does."""
    got = held_posts(extract_text("习近平向越南国家主席苏林致贺电。"))
    assert ("苏林", "越南", "主席", None) in got


def test_pronoun_or_meeting_is_no_given_name():
    """祝贺他当选 (祝 a family name), 县长周例会 (周 'weekly'): running text, no person."""
    for text in ("习近平向越南国家主席苏林致贺电，祝贺他当选。", "3月5日，县长周例会召开。",
                 "县委书记陈冬主持召开县长周例会。"):
        doc = extract_text(text)
        names = {e.name for e in doc.entities.values() if e.type == "Person"}
        assert not names & {"祝贺他", "周例会"}, text
    doc = extract_text("县长周建国主持会议。")
    assert "周建国" in {e.name for e in doc.entities.values() if e.type == "Person"}
