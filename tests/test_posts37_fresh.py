"""Posts in the shapes of fresh regional news (posts37): river chiefs with their level, a democratic
party's listed posts, words between an appointment verb and its name, a name glued to its body's
head post, a mission's staff, bracketed qualifiers inside a body's name, 原 before a head post, a
bare organ in a chain of a placeless committee and an unnamed 负责人 before a comma."""
from conftest import extract_text, held_posts


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(p, b, post) for p, b, post, _ in held_posts(extract_text(text))}


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_a_river_chief_with_its_level_keeps_the_chain():
    """黔江区政协主席、深溪河区级河长姚登惠: 区级河长 is a post (of the district), so the chain
    before the name holds (was: no post at all); 县总河长 likewise; 黄河长江 names nobody."""
    posts = _posts("巡河\n黔江区政协主席、深溪河区级河长姚登惠带队巡河。")
    assert ("姚登惠", "黔江区政协", "主席") in posts
    assert any(p == "姚登惠" and post == "区级河长" for p, _, post in posts)
    posts = _posts("河长制\n县委副书记、县长、县总河长王明主持会议。")
    assert any(p == "王明" and post == "县总河长" for p, _, post in posts)
    assert not _persons("治理\n黄河长江流域综合治理。")


def test_listed_posts_of_a_party_committee_after_you():
    """民盟湖北省委主委杨云彦主持召开了…会议。出席会议的副主委、常委有黄利鸣、赵作斌: the posts with no
    body written are the party committee's named before (was: names with no post); 出席会议的市州
    主委有… (other committees') gives none."""
    text = ("民盟\n7月6日下午,民盟湖北省委主委杨云彦主持召开了民盟湖北省十三届六次常委(扩大)会议。出席会议的"
            "副主委、常委有黄利鸣、赵作斌、叶春松,出席会议的市州主委有尚瑾、熊金林。")
    posts = _posts(text)
    assert ("黄利鸣", "民盟湖北省委", "副主委") in posts and ("叶春松", "民盟湖北省委", "常委") in posts
    assert not any(p in ("尚瑾", "熊金林") for p, _, _ in posts)
    assert not _posts("会议\n市政府召开常务会议。出席会议的副主任有王明、李强。")


def test_le_and_an_age_phrase_between_the_verb_and_the_names():
    """中国国务院免去了年仅55岁的何亚非和…的外交部副部长的职务: 了 and an age phrase (年仅55岁的) leave
    the verb governing the names (was: none); 任命了王明为… likewise."""
    posts = _posts("外交部\n2010年1月4日,中国国务院免去了年仅55岁的何亚非和武大伟的外交部副部长的职务。")
    assert {("何亚非", "外交部", "副部长"), ("武大伟", "外交部", "副部长")} <= posts
    posts = _posts("任免\n会议任命了年仅38岁的王明为县人民政府副县长。")
    assert any(p == "王明" and post == "副县长" for p, _, post in posts)


def test_a_name_glued_to_its_bodys_head_post():
    """县政协王明主席 (明主 is a word), 中共海城区委曾伟副书记 (a committee headed by 书记): the name
    between the body and its head's post holds it (was: nobody); 县政协党组主席 is no name."""
    assert ("王明", "县政协", "主席") in _posts("政协\n县政协王明主席出席会议。")
    posts = _posts("政协\n闭幕大会在北海市海城区举行,北海市政协黄漱鲁副主席、中共海城区委曾伟副书记分别介绍了当地基本情况。")
    assert any(p == "曾伟" and b.endswith("海城区委") and post == "副书记" for p, b, post in posts)
    assert not _persons("政协\n县政协党组主席会议召开。")


def test_the_mission_opened_by_daibiao_is_no_representatives_name():
    """历任常驻联合国代表团参赞、…: 代表团 is the mission's name, 参赞 its post (was: a person
    团参赞王明 holding 代表)."""
    persons = _persons("简历\n常驻联合国代表团参赞王明出席会议。")
    assert "团参赞王明" not in persons and "王明" in persons
    assert any(p == "王明" and post == "参赞" for p, _, post in _posts("简历\n常驻联合国代表团参赞王明出席会议。"))


def test_a_bracketed_qualifier_inside_an_agencys_name():
    """四川省外事(港澳)办出国(境)管理处处长曹峰: the brackets qualify words of one body's name (was:
    a bare 管理处)."""
    posts = _posts("到访\n到访的还有四川省外事(港澳)办出国(境)管理处处长曹峰。")
    assert ("曹峰", "四川省外事(港澳)办出国(境)管理处", "处长") in posts


def test_yuan_before_a_head_post_is_no_name():
    """自治区政协原副主席、民盟宁夏区委原主委安纯人: 原 marks the former post, no person 原副."""
    text = "民盟\n宁夏回族自治区政协原副主席、民盟宁夏区委原主委安纯人出席会议。"
    assert "原副" not in _persons(text)
    assert any(p == "安纯人" and post == "副主席" for p, _, post in _posts(text))


def test_a_bare_government_after_a_placeless_banner_committee():
    """旗委副书记、政府旗长李振林 in a league's news: 政府 is the banner's (旗政府), not the region's
    (was: 旗长 of 内蒙古自治区)."""
    posts = _posts("调研\n内蒙古自治区兴安盟盟长到我旗调研，旗委副书记、政府旗长李振林陪同。")
    assert ("李振林", "旗政府", "旗长") in posts
    assert not any(b.startswith("内蒙古") for p, b, _ in posts if p == "李振林")


def test_an_unnamed_responsible_person_before_a_comma():
    """省监察委员会负责人,省高级人民法院院长陈明国…列席会议: the list's unnamed 负责人 is not 陈明国's."""
    posts = _posts("会议\n省监察委员会负责人,省高级人民法院院长陈明国,省人民检察院检察长蒙永山列席会议。")
    assert not any(p == "陈明国" and b.endswith("监察委员会") for p, b, _ in posts)
    assert any(p == "陈明国" and post == "院长" for p, _, post in posts)


def test_a_proposed_holder_named_after_nirenrenxuan():
    """省人民政府副省长拟任人选吴晓军,省国土资源厅厅长拟任人选邓兴明到会: the posts are proposed for
    the names after 拟任人选 (was: names of no post)."""
    held = held_posts(extract_text("江西省人大\n省人民政府副省长拟任人选吴晓军,省国土资源厅厅长拟任人选邓兴明到会与"
                                   "常委会组成人员见面。"))
    assert any(p == "吴晓军" and post == "副省长" and st == "nominated" for p, _, post, st in held)
    assert any(p == "邓兴明" and b.endswith("国土资源厅") and st == "nominated" for p, b, _, st in held)


def test_a_political_commissar_in_the_chain():
    """七师党委书记、政委刘新建带领师党委常委、副政委徐广江,师党委常委、副师长蔡新平: 政委 and 副师长
    are posts, the names after them are read (was: 蔡新平 none); 尊敬师长王老师 reads no person."""
    persons = _persons("考察\n七师党委书记、政委刘新建带领师党委常委、副政委徐广江,师党委常委、副师长蔡新平"
                       "赴伊犁州走访考察。")
    assert {"刘新建", "徐广江", "蔡新平"} <= persons
    assert not _persons("新闻\n学生要尊敬师长王老师。")


def test_a_name_after_a_comma_and_a_scraped_space():
    """记者发现, 郑云峰作为常务副市长: the scraped page's space after the comma still opens the
    clause (was: no post)."""
    posts = _posts("厦门市政府领导分工\n分析厦门市政府领导分工,记者发现, 郑云峰作为常务副市长,负责市政府常务工作。")
    assert ("郑云峰", "厦门市", "常务副市长") in posts


def test_shiren_dates_every_post_of_the_chain():
    """时任省纪委书记、省监委主任张巍转任…: both posts are former (was: the second held now)."""
    held = held_posts(extract_text("黑龙江\n黑龙江省委常委缺员多人。2023年12月,时任省纪委书记、省监委主任张巍转任"
                                   "河南省委常委、省纪委书记。"))
    assert any(p == "张巍" and b.endswith("监委") and post == "主任" and st == "former" for p, b, post, st in held)
    assert not any(p == "张巍" and b.startswith("黑龙江") and st is None for p, b, _, st in held)


def test_by_election_and_added_election_verbs():
    """增选马吉孝、张黎为政协第十二届青海省委员会副主席: 增选 (and 补选) elect the names to the posts
    (was: none)."""
    held = held_posts(extract_text("青海\n大会补选公保扎西为政协第十二届青海省委员会主席,增选马吉孝、张黎为政协第十二届"
                                   "青海省委员会副主席。"))
    assert {p for p, b, post, st in held if post == "副主席" and st == "elected"} >= {"马吉孝", "张黎"}


def test_a_tibetan_name_with_re_after_a_post():
    """县委书记多杰热旦出席: 热 is a syllable of Tibetan names (热旦, 热地) as 公, 保 are (公保扎西); the
    four syllables after the post are a name (was: none); 市长热情接待 reads none."""
    assert ("多杰热旦", "县委", "书记") in _posts("青海\n县委书记多杰热旦出席会议。")
    assert not _persons("接待\n市长热情接待了客人。")


def test_a_court_with_an_ordinal_is_read_whole():
    """任命汪海鹏为海南省第一中级人民法院副院长: the court is 海南省第一中级人民法院, not a bare
    人民法院 the finder cut out of it."""
    posts = _posts("海南人大\n会议任命汪海鹏为海南省第一中级人民法院副院长、审判委员会委员、审判员。")
    assert ("汪海鹏", "海南省第一中级人民法院", "副院长") in posts
    assert not any(b == "人民法院" for _, b, _ in posts)


def test_a_concurrent_post_on_the_next_line_of_a_division_of_work_page():
    """上海市市长、副市长工作分工: 舒庆副市长\\n兼市公安局局长,负责公安…: the line after the leader's
    name and post opens with 兼 and the post held with it (was: only 副市长)."""
    posts = _posts("上海市长、副市长最新分工公布\n市长、副市长工作分工\n舒庆副市长\n兼市公安局局长,负责公安、司法行政、"
                   "社会稳定、道路交通安全等工作。\n分管市公安局,市司法局及市监狱管理局。")
    assert any(p == "舒庆" and b.endswith("公安局") and post == "局长" for p, b, post in posts)
