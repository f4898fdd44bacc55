"""People and posts in the shapes of fresh visit reports, congratulation messages and county news
(people22): a delegation's leader keeps his home's bare 市委/市长 (the article's place is the host's),
a message verb (致贺电) ends a foreign head's name, and a pronoun or a weekly meeting after a family
name's character is no name (祝贺他当选, 县长周例会)."""
from conftest import extract_text, held_posts


def test_delegation_leader_keeps_his_home_posts():
    """市委书记李洪慈带领白城市党政代表团到浙江省嘉兴市考察: the story is the host's (嘉兴), so a bare
    市委 read at the article's place gave the visitor a 嘉兴 post; it is the delegation's home's."""
    got = held_posts(extract_text("市委书记李洪慈带领白城市党政代表团到浙江省嘉兴市考察交流。"
                                  "嘉兴市委书记陈伟会见代表团一行并陪同考察。"))
    assert ("李洪慈", "白城市委", "书记", None) in got
    assert ("李洪慈", "嘉兴市委", "书记", None) not in got
    assert ("陈伟", "嘉兴市委", "书记", None) in got


def test_delegation_leader_head_post_moves_home():
    """长治市市委书记马天荣，市委副书记、市长席小军率长治市党政考察团来潍考察: 市长 and 市委 of the
    second leader are 长治's, not the host 潍坊's."""
    got = held_posts(extract_text("7月22日，山西省长治市市委书记马天荣，市委副书记、市长席小军率长治市党政考察团"
                                  "来潍坊考察。潍坊市委书记杜昌文陪同。"))
    assert ("席小军", "长治市", "市长", None) in got
    assert not any(p == "席小军" and b.startswith("潍坊") for p, b, *_ in got)


def test_delegation_naming_no_home_drops_the_hosts_post():
    """市委书记罗联峰率领党政考察团来到江苏省昆山市和张家港市: no home named, the host's post is false."""
    got = held_posts(extract_text("3月27日，市委书记罗联峰率领党政考察团来到江苏省张家港市参观考察。"))
    assert not any(p == "罗联峰" for p, *_ in got)


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


def test_acting_head_after_a_decision_and_a_comma():
    """会议决定，由王建军代理泾县人民政府县长职务: the comma after 决定 still opens the decision's
    subject (as 决定由 does)."""
    got = held_posts(extract_text("泾县人大常委会会议决定，由王建军代理泾县人民政府县长职务。"))
    assert ("王建军", "泾县", "代理县长", "appointed") in got


def test_well_known_foreign_head_with_no_country_written():
    """普京总统表示…, 习近平主席同普京总统会谈: a well-known head's country (foreign_leaders) where the
    article names none; an unknown name (王普京) or one inside a run holds nothing."""
    for text in ("普京总统在克里姆林宫会见了来访的客人。", "会谈后，普京总统表示欢迎。",
                 "习近平主席同普京总统举行会谈。"):
        assert ("普京", "俄罗斯", "总统", None) in held_posts(extract_text(text)), text
    assert not held_posts(extract_text("王普京总统说。"))


def test_foreign_ministers_titled_daijin():
    """英国财政大臣奥斯本, 日本财务大臣铃木俊一: 大臣 posts besides 外交大臣 are a foreign state's
    ministers, held in its ministry (财政部, 财务省) after the country written before them; alone
    (财政大臣奥斯本表示) they name no body."""
    got = held_posts(extract_text("英国财政大臣奥斯本访华。"))
    assert ("奥斯本", "英国财政部", "财政大臣", None) in got
    got = held_posts(extract_text("日本财务大臣铃木俊一访华。"))
    assert ("铃木俊一", "日本财务省", "财务大臣", None) in got
    assert not held_posts(extract_text("财政大臣奥斯本表示。"))


def test_invitation_preposition_is_no_family_name():
    """应王毅外长邀请, 应李强总理邀请: 应 (a family name too: 应勇) is the preposition of an
    invitation when a name and its post follow it; the name is 王毅, never 应王毅."""
    for text, want in (("应王毅外长邀请访华。", ("王毅", "外交部", "外长", None)),
                       ("应李强总理邀请访华。", ("李强", "国务院", "总理", None))):
        got = held_posts(extract_text(text))
        assert want in got and not any(p.startswith("应") for p, *_ in got), text
    assert ("应勇", "最高人民检察院", "检察长", None) in held_posts(extract_text("最高人民检察院检察长应勇出席。"))


def test_surname_xin_only_right_after_a_post():
    """省委书记信长星、省长许昆林: 信 opens a name only right after a post (post_only_surnames), and
    there even where 信长 is a noun of the dictionary, when the three characters stand alone (closed
    by 、, punctuation or a verb that follows names); 信心, 信访, 信箱 after a post stay words."""
    got = held_posts(extract_text("江苏省委书记信长星、省长许昆林出席。"))
    assert ("信长星", "江苏省委", "书记", None) in got
    for text in ("县委书记信心满满地说。", "局长信访接待日。", "市长信箱开通。", "书记信任群众。"):
        doc = extract_text(text)
        assert not any(e.type == "Person" for e in doc.entities.values()), text
