"""People and posts in the shapes of fresh municipal meeting news and MFA reports (people30): a head's
post (副市长, 县长, 区长) in a story whose place no text names, held in the bare government of its
scope word (市人民政府) as 市委常委 is held in the bare 市委."""
from conftest import extract_text, held_posts


def test_head_post_after_a_bare_committee_post():
    """会议由市委常委、副市长李四主持 with no place named: 副市长 is the bare 市人民政府's, as
    常委 is the bare 市委's (was lost)."""
    got = held_posts(extract_text("会议由市委常委、副市长李四主持。县委副书记、县长赵六出席会议。"))
    assert ("李四", "市委", "常委", None) in got
    assert ("李四", "市人民政府", "副市长", None) in got
    assert ("赵六", "县人民政府", "县长", None) in got


def test_bare_head_post_alone_and_in_lists():
    """区长李伟光主持召开…, 副市长夏卫军、周平出席: a bare head's post before a name or a list."""
    got = held_posts(extract_text("区长李伟光在区政府会议室主持召开常务会议。"))
    assert ("李伟光", "区人民政府", "区长", None) in got
    got = held_posts(extract_text("市委常委、副市长卢林，副市长夏卫军、周平出席会议。"))
    assert ("夏卫军", "市人民政府", "副市长", None) in got


def test_bare_government_not_for_named_or_foreign_places():
    """A named place keeps heading its post (黄冈市委常委、副市长 → 黄冈市), and a mayor in a
    sentence naming a foreign country is no 市人民政府's."""
    got = held_posts(extract_text("黄冈市委常委、副市长王五出席会议。"))
    assert not any(b == "市人民政府" for _, b, _, _ in got)
    got = held_posts(extract_text("美国总统拜登在洛杉矶与市长巴斯会面。"))
    assert not any(b == "市人民政府" for _, b, _, _ in got)


def test_japanese_name_after_a_post_is_no_place():
    """日本经济产业大臣西村康稔: jieba calls 西村 a place; right after a post and run on by two more
    Han characters it opens the minister's name (was the place 西村 and no person)."""
    d = extract_text("王毅会见日本经济产业大臣西村康稔。")
    assert ("西村康稔", "日本经济产业省", "经济产业大臣", None) in held_posts(d)
    assert not any(e.name == "西村" for e in d.entities.values())


def test_post_of_a_foreign_society_before_a_name_by_sound():
    """日本国际贸易促进协会会长河野洋平: a society of a foreign country and its post; the holder's
    Japanese name has no family name the scan stops at (was no person); a country's post joined
    by 、 before it is kept too."""
    got = held_posts(extract_text("王毅会见日本国际贸易促进协会会长河野洋平。"))
    assert ("河野洋平", "日本国际贸易促进协会", "会长", None) in got
    got = held_posts(extract_text("日本前首相、日本国际贸易促进协会会长河野洋平出席。"))
    assert ("河野洋平", "日本", "首相", "former") in got
    assert ("河野洋平", "日本国际贸易促进协会", "会长", None) in got


def test_head_post_written_after_the_name():
    """胡绍军副市长连续两次召开联席会议 with no place named: the title after the name is the bare
    市人民政府's, as a 副市长 written before it is."""
    assert ("胡绍军", "市人民政府", "副市长", None) in held_posts(extract_text("5月6日，胡绍军副市长召开联席会议。"))


def test_registry_party_of_the_country_written_before_it():
    """日本自民党前干事长、前首相石破茂: the registry knows 自民党 with no country; the country written
    right before it makes it a foreign party whose post the name after is held in."""
    got = held_posts(extract_text("日本自民党前干事长、前首相石破茂表示。"))
    assert ("石破茂", "自由民主党", "干事长", "former") in got
    assert ("石破茂", "日本", "首相", "former") in got


def test_no_bare_government_after_an_unread_place():
    """成大使会见州长霍奇曼、霍巴特市长雷诺兹: a city no table names written before 市长 is no bare
    市人民政府 (an Australian mayor); a bare 市长 opening its clause still is."""
    got = held_posts(extract_text("访问期间，大使分别会见霍巴特市长雷诺兹、朗塞斯顿市长范泽顿。"))
    assert not any(b == "市人民政府" for _, b, _, _ in got)
    got = held_posts(extract_text("4月1日晚，市长万勇会见了代表团一行，副市长程用文陪同会见。"))
    assert ("程用文", "市人民政府", "副市长", None) in got


def test_honorary_post_is_a_post():
    """美国商会名誉会长, 基金会名誉主席: 名誉 qualifies a post as 副 does (was no post, so no holder);
    a 名誉市民 title is still none."""
    got = held_posts(extract_text("美国前总统、美国商会名誉会长克林表示。"))
    assert ("克林", "美国商会", "名誉会长", None) in got
    assert ("张三", "中国宋庆龄基金会", "名誉主席", None) in held_posts(extract_text("中国宋庆龄基金会名誉主席张三出席。"))
    assert held_posts(extract_text("他被授予名誉市民称号。")) == set()


def test_envoy_field_before_counsellor_or_minister():
    """驻美国大使馆经济商务参赞, 公使衔参赞, 经济商务公使: an envoy's field written before 参赞 or 公使
    is part of the post (was no post: the field broke the title, so no holder)."""
    got = held_posts(extract_text("中国驻美国大使馆经济商务参赞李四出席。"))
    assert ("李四", "中国驻美国大使馆", "经济商务参赞", None) in got
    got = held_posts(extract_text("中国驻美国大使馆公使衔参赞王五出席。"))
    assert ("王五", "中国驻美国大使馆", "公使衔参赞", None) in got
