"""People and posts in the shapes of fresh foreign-affairs reports and county personnel news
(people25): an aide's post written after a foreign head's (巴西总统首席特别顾问阿莫林, 美国总统国家安全
事务助理沙利文, 俄罗斯总统助理乌沙科夫): the name after it was read by no rule, so the aide was no
person at all."""
from conftest import extract_text, held_posts


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_aide_of_a_foreign_head():
    """会见巴西总统首席特别顾问阿莫林: the foreign-head rule read 总统 and tried a name at 首席…, which
    opens with a common word: no name, no holding.  The aide holds the joined post in the country;
    the head's own post is not given to the aide."""
    got = held_posts(extract_text("外交部长王毅在纽约会见巴西总统首席特别顾问阿莫林。"))
    assert ("阿莫林", "巴西", "总统首席特别顾问", None) in got
    assert not any(p == "阿莫林" and post == "总统" for p, _, post, _ in got)
    got = held_posts(extract_text("杨洁篪同美国总统国家安全事务助理沙利文在瑞士苏黎世举行会晤。"))
    assert ("沙利文", "美国", "总统国家安全事务助理", None) in got
    got = held_posts(extract_text("俄罗斯总统助理乌沙科夫表示，双方讨论了合作问题。"))
    assert ("乌沙科夫", "俄罗斯", "总统助理", None) in got


def test_head_without_aide_unchanged():
    """南非总统拉马福萨: with no aide's word after 总统 the head's reading stays as it was."""
    got = held_posts(extract_text("南非总统拉马福萨在会上讲话。"))
    assert ("拉马福萨", "南非", "总统", None) in got


def test_pronoun_is_no_name_around_a_head_post():
    """沙利文说，我也代表拜登总统向您问候 (a quoted greeting): the name-first rule read 我也代表拜登 as
    the head before 总统 (in the country of the article's last 美国总统), and the main scan read
    向您问候 after 总统 (向 is a family name).  A personal pronoun (我, 您, 你) is in no name."""
    text = "美国总统拜登表示欢迎。沙利文说，我也代表拜登总统向您问候。"
    persons = _persons(text)
    assert "向您问候" not in persons and "我也代表拜登" not in persons
    assert not any(p in ("向您问候", "我也代表拜登") for p, *_ in held_posts(extract_text(text)))
    assert "向你" not in "".join(_persons("美国总统拜登表示欢迎。他说，拜登总统向你们问好。"))


def test_country_name_opening_a_name_after_a_post():
    """县委书记法国华主持会议: 法 is a family name, and a post is followed by its holder's name; the
    registry read 法国 (France) there and the name finder read no one.  A country after a post of
    a Chinese body with a Han character after it is the name; 驻法国大使, 法国外长 keep France."""
    text = "县委书记法国华主持会议，县长韩国华出席。"
    ex = extract_text(text)
    assert {"法国华", "韩国华"} <= {e.name for e in ex.entities.values() if e.type == "Person"}
    assert not any(e.type == "Place" and e.name == "法国" for e in ex.entities.values())
    ex = extract_text("外交部长王毅会见法国外长。中国驻法国大使卢沙野出席。")
    assert any(e.type == "Place" and e.name == "法国" for e in ex.entities.values())
    assert ("卢沙野", "中国驻法国大使馆", "大使", None) in held_posts(ex)


def test_one_character_country_before_a_ministry_post():
    """俄外长拉夫罗夫 (news writes 俄, 美, 日 for the country): the foreign-head rule read the name,
    but the chain before it read no body in the one-character country, so 拉夫罗夫 held nothing;
    written in full (俄罗斯外长) the post is the ministry's.  The abbreviation gives the same."""
    got = held_posts(extract_text("俄外长拉夫罗夫在记者会上表示欢迎。"))
    assert ("拉夫罗夫", "俄罗斯外交部", "外长", None) in got
    got = held_posts(extract_text("日首相岸田文雄发表讲话。"))
    assert ("岸田文雄", "日本", "首相", None) in got
