"""People and posts in the shapes of fresh foreign-affairs reports (people23): a clause of time
(会见…王毅时，…; 苏林时说) and a future marker (将于) end the name before them; a foreign ruling
party written with 中央 (越南共产党中央总书记, 越共中央总书记): its central committee holds the post, never
China's; a word of time after a foreign post (外长周内访华) is no name and ends one."""
from conftest import extract_text, held_posts


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_clause_of_time_ends_the_name():
    """在会见中国国务委员兼外长王毅时，范平明表示…: the 时 closing the meeting's clause is no given
    name's last character (a person 王毅时 was made); nor before a verb of speech (苏林时说)."""
    text = "在会见中国国务委员兼外长王毅时，范平明表示慰问。"
    assert "王毅" in _persons(text) and "王毅时" not in _persons(text)
    got = held_posts(extract_text("国家主席习近平会见越南国家主席苏林时说，双方要加强合作。"))
    assert ("苏林", "越南", "主席", None) in got
    assert not any(p.endswith("时") for p, *_ in got)


def test_future_marker_ends_the_name():
    """越南国家主席苏林将于8月18日来华: 将于 follows the name as 将 does; the digit after it made
    苏林将于 a four-character name, and jieba then read no name at all."""
    got = held_posts(extract_text("越共中央总书记、国家主席苏林将于8月18日来华进行国事访问。"))
    assert ("苏林", "越南", "主席", None) in got


def test_foreign_party_central_committee_holds_the_post():
    """越南共产党中央总书记苏林: 党中央 inside 共产党中央 was read as China's central committee (a
    false post); the foreign party's central committee (written X中央, 越共中央) holds it, as
    中共中央总书记 is held in China's; the party alone stays located in its country."""
    for text in ("越南共产党中央总书记苏林在河内会见王毅。", "越共中央总书记苏林在河内会见王毅。"):
        got = held_posts(extract_text(text))
        assert ("苏林", "越南共产党中央委员会", "总书记", None) in got, text
        assert not any(b == "中国共产党中央委员会" for _, b, *_ in got), text
    got = held_posts(extract_text("朝鲜劳动党中央总书记金正恩会见王毅。"))
    assert ("金正恩", "朝鲜劳动党中央委员会", "总书记", None) in got
    doc = extract_text("代表团祝贺越南共产党成立93周年。")
    assert any(r.predicate == "locatedIn" and doc.entities[r.subject].name == "越南共产党" for r in doc.relations)
    got = held_posts(extract_text("中共中央总书记习近平会见越南客人。"))
    assert ("习近平", "中国共产党中央委员会", "总书记", None) in got


def test_word_of_time_after_a_foreign_post_is_no_name():
    """星马印菲外长周内访华, 印尼外长蕾特诺周内访华: 周 reads as a family name and a transliteration
    character, so 周内 became a person, or ran into the minister's name."""
    assert not _persons("星马印菲外长周内访华。")
    got = held_posts(extract_text("新加坡外长维文、印尼外长蕾特诺周内访华。"))
    assert ("蕾特诺", "印度尼西亚外交部", "外长", None) in got
    assert not any(p.endswith("周内") for p, *_ in got)


def test_invitation_guest_owns_no_post_of_the_inviter():
    """应王毅外长邀请，英国外交大臣米利班德将访华: the country after the invitation's clause is the
    guest's (as after 会见), so the inviter's 外长 written before it stays China's."""
    for text, want in (("应王毅外长邀请，英国外交大臣米利班德将访华。", ("王毅", "外交部", "外长", None)),
                       ("应外交部长杨洁篪邀请，英国外交大臣米利班德将访华。", ("杨洁篪", "外交部", "部长", None))):
        got = held_posts(extract_text(text))
        assert want in got, text
        assert ("米利班德", "英国外交部", "外交大臣", None) in got, text
    got = held_posts(extract_text("应杨洁篪外长邀请，日本国外务大臣高村正彦正式访华。"))
    assert ("杨洁篪", "外交部", "外长", None) in got  # (日本|国|外务大臣: the guest's country with its 国)
    assert ("高村正彦", "日本外务省", "外务大臣", None) in got
    got = held_posts(extract_text("应俄罗斯外长拉夫罗夫邀请，外长王毅将访俄。"))
    assert ("王毅", "外交部", "外长", None) not in got  # a foreign country before it: unread


def test_country_written_with_guo_before_a_foreign_post():
    """日本国外务大臣岸田文雄: the finder reads 日本 and leaves 国外 a word, so neither the name nor
    the post was read; 国 between the country and its post is the country's own (never 国会)."""
    got = held_posts(extract_text("日本国外务大臣岸田文雄会见王毅。"))
    assert ("岸田文雄", "日本外务省", "外务大臣", None) in got
    assert not held_posts(extract_text("日本国会议员代表团访华。"))


def test_holding_a_ceremony_ends_the_name():
    """为到访的越南国家主席苏林举行欢迎仪式, 人民委员会主席陈保中举行会谈: 举行 follows a name as 会谈
    does; the name was lost (苏林举) or cut short before a given name's last character (陈保|中举行)."""
    got = held_posts(extract_text("黄循财总理为到访的越南国家主席苏林举行欢迎仪式。"))
    assert ("苏林", "越南", "主席", None) in got
    got = {p for p, *_ in held_posts(extract_text("县长田红梅与越南莱州省封土县人民委员会主席陈保中举行会谈。"))}
    assert "陈保中" in got and "陈保" not in got


def test_proper_noun_start_of_a_listed_name():
    """县人大常委会副主任简育田、杨金銮、华新宇出席会议: 华新 is a proper noun of the dictionary (a
    brand), so the third listed name was dropped; in a 、-list after a post, closed by a verb that
    follows names, it is a name as 华源 is right after a post."""
    got = held_posts(extract_text("县人大常委会副主任简育田、杨金銮、华新宇出席会议。"))
    assert {p for p, *_ in got} >= {"简育田", "杨金銮", "华新宇"}


def test_passive_removal_after_the_name():
    """李明被免去泾县副县长职务, 秦刚被免去外交部部长职务: the name opening the clause with 被 and a
    verb of removal leaves the post after it (status removed), as 李明免去… was read."""
    doc = extract_text("会议决定，李明被免去泾县副县长职务。")
    assert ("李明", "泾县", "副县长", "removed") in held_posts(doc)
    doc = extract_text("会议决定，秦刚被免去外交部部长职务。")
    assert ("秦刚", "外交部", "部长", "removed") in held_posts(doc)
    assert not held_posts(extract_text("2023年，李明被免去职务。"))


def test_british_foreign_secretary_by_full_title():
    """英国外交和联邦事务大臣戴维·米利班德: the full title was no post of the tables, so neither the
    name nor its ministry was read; it is the foreign ministry's post, as 外交大臣 is."""
    got = held_posts(extract_text("英国外交和联邦事务大臣戴维·米利班德将于2月24日访华。"))
    assert ("戴维·米利班德", "英国外交部", "外交和联邦事务大臣", None) in got
    got = held_posts(extract_text("英国外交与英联邦事务大臣亨特会见王毅。"))
    assert ("亨特", "英国外交部", "外交与英联邦事务大臣", None) in got
