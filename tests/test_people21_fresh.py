"""People and posts in the shapes of fresh foreign-affairs reports and MFA briefings (people21):
a Chinese official meeting a foreign one keeps his own posts, 国家主席 is China's when the text
never writes 中国, a foreign head named after his country and before his post, and a foreign
minister whose first post no table reads (瑞士联邦委员兼外长)."""
from conftest import extract_text, held_posts


def test_national_posts_kept_when_the_foreign_country_is_the_side_met():
    """王毅国务委员兼外长会见南非总统拉马福萨: a foreign country named only as the side met (a meeting
    word right before it, a post right after it) owns no post written before the meeting; the
    State Council's and the Foreign Ministry's posts stay China's."""
    for text in ("王毅国务委员兼外长会见南非总统拉马福萨。",
                 "国务委员兼外长王毅在北京会见南非总统拉马福萨。",
                 "国务委员兼外长王毅26日应约同日本外相河野太郎通电话。",
                 "国务委员王毅会见来访的南非总统拉马福萨。",
                 "国务委员王毅同乌克兰外长会谈。毛宁：国务委员王毅同乌克兰外长举行会谈。"):
        got = held_posts(extract_text(text))
        assert ("王毅", "国务院", "国务委员", None) in got, text


def test_a_foreign_country_in_any_other_role_still_blocks_a_bare_national_post():
    """总理普罗迪满意地说，意大利政府…, 李强总理同意大利企业家座谈 (no post after the country),
    新加坡总理李显龙访华。李显龙总理会见美国总统… (a foreign country written with the same post
    elsewhere in the article): precision first."""
    for text in ("总理普罗迪满意地说，意大利政府愿同中方加强合作。",
                 "新加坡总理李显龙访华。李显龙总理会见美国总统拜登。",
                 "普罗迪总理表示，意大利政府把发展对华关系摆在首位。",
                 "李强总理同意大利企业家座谈。"):
        assert not any(b == "国务院" for _, b, *_ in held_posts(extract_text(text))), text


def test_head_of_state_after_guojia_is_chinas_with_no_country_written():
    """国家主席习近平出席会议: 国家主席 (and 国家副主席) is the Chinese state's own title, written
    without 中国 in Chinese reports; it is China's unless a foreign country is written before it
    (越南国家主席苏林), in its clause, or before the same title earlier in the article."""
    got = held_posts(extract_text("国家主席习近平在人民大会堂会见来访的法国总统马克龙。"))
    assert ("习近平", "中国", "主席", None) in got
    got = held_posts(extract_text("国家副主席韩正出席会议。"))
    assert ("韩正", "中国", "副主席", None) in got
    got = held_posts(extract_text("越南国家主席苏林出席。国家主席苏林表示欢迎。"))
    assert ("苏林", "越南", "主席", None) in got
    assert ("苏林", "中国", "主席", None) not in got


def test_foreign_head_named_between_country_and_post():
    """韩国尹锡悦总统, 同法国马克龙总统举行会谈: a foreign country written right before a name and a
    post of a foreign state opens the name as 同 does and is the post's country."""
    got = held_posts(extract_text("韩国尹锡悦总统表示欢迎。"))
    assert ("尹锡悦", "韩国", "总统", None) in got
    got = held_posts(extract_text("习近平主席同法国马克龙总统会谈。"))
    assert ("马克龙", "法国", "总统", None) in got


def test_foreign_minister_whose_first_joined_post_is_read_by_no_table():
    """瑞士联邦委员兼外长卡西斯: the country's name takes in 联邦, leaving 委员, no post of a state;
    the 外长 joined by 兼 is still the Swiss minister's (瑞士外交部), never China's."""
    got = held_posts(extract_text("瑞士联邦委员兼外长卡西斯会见王毅。"))
    assert ("卡西斯", "瑞士外交部", "外长", None) in got
    assert not any(b == "外交部" for _, b, *_ in got)


def test_acting_appointment_written_with_dai_li_after_a_name():
    """决定由刘慧代理自治区主席职务: 代理 right after a name, with 由 before it or 职务 after the post,
    is the verb of an acting appointment (status appointed), not a title of speech."""
    got = held_posts(extract_text("泾县人大常委会决定，由李四代理县长职务。"))
    assert ("李四", "泾县", "代理县长", "appointed") in got
    got = held_posts(extract_text("泾县召开会议，李四代理县长出席。"))
    assert ("李四", "泾县", "代理县长", None) in got


def test_hui_family_name_xian():
    """接受咸辉辞去自治区主席职务的请求: 咸 is a Hui family name (Ningxia, Gansu); 咸阳, 咸宁 stay
    places, and a name opening with 咸 needs a post or verb around it like any other."""
    got = held_posts(extract_text("宁夏回族自治区人大常委会决定，免去咸辉的自治区主席职务。"))
    assert ("咸辉", "宁夏回族自治区", "自治区主席", "removed") in got
    got = held_posts(extract_text("咸阳市市长张三出席。"))
    assert ("张三", "咸阳市", "市长", None) in got


def test_acting_appointment_to_a_body_and_post_closed_by_duty():
    """决定由刘慧代理自治区人民政府主席职务: 代理 before a body and a post closed by 职务 appoints the
    person acting head; the post keeps 代理 (代理主席), as 代理县长 is read."""
    got = held_posts(extract_text("宁夏回族自治区人大常委会决定：由刘慧代理自治区人民政府主席职务。"))
    assert ("刘慧", "宁夏回族自治区人民政府", "代理主席", "appointed") in got


def test_name_after_jueding_you_opens_its_clause():
    """会议决定由张伟担任县财政局局长: 决定由 before a name opens the clause whose subject it is, as
    a comma does (the name was read nowhere)."""
    got = held_posts(extract_text("会议决定由张伟担任县财政局局长。"))
    assert ("张伟", "县财政局", "局长", "appointed") in got


def test_secretaries_listed_after_the_stems_of_their_counties():
    """瓯海、鹿城、缙云3个县（市、区）委书记A、B、C作交流发言: k county stems, the count k, one post of
    their committees, then k names: the i-th name is the i-th county committee's.  A count, a
    number of names or a stem that does not fit (城关: several counties) reads nothing."""
    got = held_posts(extract_text("近日，温州市召开会议。瓯海、鹿城、缙云3个县(市、区)委书记张三、李四、王五作交流发言。"))
    assert ("张三", "瓯海区委", "书记", None) in got
    assert ("李四", "鹿城区委", "书记", None) in got
    assert ("王五", "缙云县委", "书记", None) in got
    assert not held_posts(extract_text("瓯海、鹿城、缙云3个县(市、区)委书记张三、李四作交流发言。"))
    assert not held_posts(extract_text("城关、鹿城2个县(市、区)委书记张三、李四作交流发言。"))


def test_bare_acting_chairman_in_an_autonomous_regions_news():
    """决定陈武任代理主席: only a government's head is ever made acting, so in an autonomous
    region's own news the bare 代理主席 is its government's; elsewhere (a province's news) it
    stays unread."""
    got = held_posts(extract_text("广西壮族自治区人大常委会决定，任命陈武为自治区副主席，决定陈武任代理主席。"))
    assert ("陈武", "广西壮族自治区人民政府", "代理主席", "appointed") in got
    got = held_posts(extract_text("湖北省召开会议，会议决定张三任代理主席。"))
    assert not got


def test_foreign_ministry_head_joined_by_jian_is_the_countrys():
    """老挝副总理兼外交部长沙伦赛, 巴基斯坦副总理兼外交部长达尔, 瑞士联邦委员兼外交部长卡西斯: the
    外交部 joined by 兼 after a foreign country's post is that country's ministry (was China's
    外交部 for 沙伦赛, nothing for the others) only when the country's post is written right before
    兼; China's own (国务委员兼外交部长王毅, after a foreign official's name) is kept."""
    got = held_posts(extract_text("老挝副总理兼外交部长沙伦赛表示。"))
    assert ("沙伦赛", "老挝外交部", "部长", None) in got
    assert not any(b == "外交部" for _, b, *_ in got)
    got = held_posts(extract_text("巴基斯坦副总理兼外交部长达尔表示。"))
    assert ("达尔", "巴基斯坦外交部", "部长", None) in got
    got = held_posts(extract_text("瑞士联邦委员兼外交部长卡西斯表示。"))
    assert ("卡西斯", "瑞士外交部", "部长", None) in got
    got = held_posts(extract_text("国务委员兼外交部长王毅表示。"))
    assert ("王毅", "外交部", "部长", None) in got
    got = held_posts(extract_text("应越南副总理兼外长范平明邀请，国务委员兼外交部长王毅将访问越南。"))
    assert ("王毅", "外交部", "部长", None) in got
    assert ("王毅", "越南外交部", "部长", None) not in got
