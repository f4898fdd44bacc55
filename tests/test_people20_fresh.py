"""People and posts in the shapes of fresh appointment notices, NPC decisions on envoys and
leaders' visit reports (people20): an envoy's post after 任命…为, a Hui family name that is
also a verb, and a body that must not run across a person named before it."""
from conftest import extract_text, held_posts


def test_envoy_appointed_after_wei_is_held_in_the_mission():
    """任命A为中华人民共和国驻X特命全权大使, 免去B的…特命全权大使职务: the President's decision on
    envoys writes the post after 驻 and the country; it is held in China's embassy there, as
    中国驻加拿大大使A is read (the country is the place the mission sits in, not the body)."""
    got = held_posts(extract_text("任命卢沙野为中华人民共和国驻加拿大特命全权大使。"))
    assert ("卢沙野", "中国驻加拿大大使馆", "特命全权大使", "appointed") in got
    got = held_posts(extract_text("免去罗照辉的中华人民共和国驻加拿大特命全权大使职务。"))
    assert ("罗照辉", "中国驻加拿大大使馆", "特命全权大使", "removed") in got
    got = held_posts(extract_text("任命李明为中国驻索马里大使。"))
    assert ("李明", "中国驻索马里大使馆", "大使", "appointed") in got


def test_envoy_post_written_in_full_before_a_name():
    """中国驻X特命全权大使A: the full title is one post word (no 特命全权 left unread between the
    mission and 大使)."""
    got = held_posts(extract_text("中国驻加拿大特命全权大使卢沙野出席活动。"))
    assert ("卢沙野", "中国驻加拿大大使馆", "特命全权大使", None) in got


def test_hui_family_name_mai():
    """免去A、B、买某某孟州市人民政府副市长职务: 买 is a family name of Hui people (Henan, Ningxia);
    like every family name, it makes a person only with a post or a verb of appointment around it."""
    got = held_posts(extract_text("会议决定免去汤文胜、王荔、买银朋孟州市人民政府副市长职务。"))
    assert ("买银朋", "孟州市", "副市长", "removed") in got
    assert not any(n.startswith("买") for n, *_ in held_posts(extract_text("市长买菜归来。")))


def test_body_does_not_run_across_a_named_person():
    """由上海市委书记A和市委副书记、市长B率领: the place written before the first person is not the
    start of the second person's body (was 上海市委书记A和市委); the second post's 市委 is read
    on its own (the city's committee)."""
    got = held_posts(extract_text("由上海市委书记习近平和市委副书记、市长韩正率领的上海市代表团启程。"))
    assert ("韩正", "上海市委", "副书记", None) in got
    assert not any("习近平" in body for _, body, *_ in got)


def test_short_note_in_brackets_after_an_appointee():
    """免去邓英（女）的…职务, 任命马林（回族）为…: appointment notices mark a woman or a minority in
    brackets right after the name; the verb's 的 or 为 follows the note."""
    got = held_posts(extract_text("免去邓英(女)的中华人民共和国驻克罗地亚共和国特命全权大使职务。"))
    assert ("邓英", "中国驻克罗地亚大使馆", "特命全权大使", "removed") in got
    got = held_posts(extract_text("任命马林（回族）为县财政局局长。"))
    assert ("马林", "县财政局", "局长", "appointed") in got


def test_bare_city_organ_in_a_municipality_story():
    """上海市代表团…随同考察的还有市人大常委会主任A，市委秘书长B: in a story set in a municipality
    (a province by rank, no prefecture under it) 市委 and 市人大常委会 are the municipality's,
    as its 市长 already was; a story about a province keeps a bare 市委 unresolved."""
    got = held_posts(extract_text("上海市召开会议。市人大常委会主任龚学平、市委秘书长丁薛祥出席。"))
    assert ("龚学平", "上海市人大常委会", "主任", None) in got
    assert ("丁薛祥", "上海市委", "秘书长", None) in got
    got = held_posts(extract_text("浙江省召开会议。市委书记张三出席。"))
    assert ("张三", "市委", "书记", None) in got
    doc = extract_text("政策发布\n近日，市政府在北京举办招商引资推介会。")  # 北京 only as the venue
    assert "北京市人民政府" not in {e.name for e in doc.entities.values()}


def test_bare_city_organ_of_a_visiting_city_is_not_the_municipality():
    """宜昌市政协副主席A率市政协常委会培训班赴上海学习: a story naming a city outside the municipality
    it is set in keeps a bare 市政协 its own way (not 上海市政协)."""
    doc = extract_text("宜昌市政协副主席陈和春率市政协常委会培训班一行赴上海学习。")
    assert "上海市政协" not in {e.name for e in doc.entities.values()}


def test_acting_head_after_a_predecessor_resigns_heads_the_predecessors_place():
    """A round-up of many provinces' changes: A辞去安徽省省长职务，B任代理省长 — the acting head's
    post, written with no place, heads the place of its level written just before in the same
    sentence, not the article's place (黑龙江省 named first); 任 there is the verb, no given name's
    end (郝鹏任 is no name)."""
    text = ("3月25日，王宪魁辞去黑龙江省省长职务，陆昊被任命为黑龙江省代省长。"
            "3月27日，李斌辞去安徽省省长职务，王学军任代理省长；3月28日，骆惠宁辞去青海省省长职务，郝鹏任代理省长。")
    got = held_posts(extract_text(text))
    assert ("王学军", "安徽省", "代理省长", "appointed") in got
    assert ("郝鹏", "青海省", "代理省长", "appointed") in got
    assert not any(n == "郝鹏任" or (n == "王学军" and b == "黑龙江省") for n, b, *_ in got)
    got = held_posts(extract_text("泾县召开会议。张三在宣城市调研时强调，李四任副县长。"))
    assert ("李四", "泾县", "副县长", "appointed") in got  # a city is no county's place


def test_post_after_a_verb_is_not_cut_out_of_a_place_name():
    """马飚辞去广西壮族自治区主席职务: after a verb the longest post word (自治区主席) may start inside
    the found place (广西壮族自治区); the post is the word after the place (主席, the region's
    government's), as it is read before a name."""
    got = held_posts(extract_text("3月28日，马飚辞去广西壮族自治区主席职务。"))
    assert ("马飚", "广西壮族自治区人民政府", "主席", "removed") in got


def test_a_clause_before_a_foreign_post_is_no_name():
    """，这是阿斯托里任副总统后首次访华: the characters between a comma and 总统 are a clause (是, the
    verb 任, and 副 of 副总统), not a head named before his post (was the person 这是阿斯托里任副)."""
    doc = extract_text("乌拉圭副总统阿斯托里访华。这是阿斯托里任副总统后首次访华。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert people == {"阿斯托里"}


def test_posts_held_then_joined_by_de_to_a_name():
    """时任合肥包河区委书记的胡启生调任巢湖市委书记: 时任 … 的 before a name gives the posts its holder
    held at the time (former), as 拟任…的 gives proposed ones; 原县委书记的讲话 names nobody."""
    got = held_posts(extract_text("今年7月，时任合肥包河区委书记的胡启生调任巢湖市委书记。"))
    assert ("胡启生", "包河区委", "书记", "former") in got
    assert ("胡启生", "巢湖市委", "书记", "transferred") in got
    got = held_posts(extract_text("时任县委书记的王刚主持会议。"))
    assert ("王刚", "县委", "书记", "former") in got


def test_passive_appointee_after_a_description():
    """不满46岁的陆昊被任命为黑龙江省代省长: a name after a description ending in 的, followed by 被 and
    a verb that gives a post, is the appointee (no punctuation opens the name)."""
    got = held_posts(extract_text("不满46岁的陆昊被任命为黑龙江省代省长。"))
    assert ("陆昊", "黑龙江省", "代省长", "appointed") in got
    assert held_posts(extract_text("受到表彰的李明被评为先进个人。")) == set()


def test_school_organs_written_with_xiao_in_a_universitys_news():
    """青岛大学…校党委书记A, 校纪委书记B; 山东理工大学…校长C: in news naming one school, 校 before an
    organ or the bare 校长 is that school's (read as 青岛大学党委书记 is); a text naming two schools
    leaves 校党委 unread, and a 校长 met by a mayor stays in no body."""
    text = "青岛大学召开双代会\n3月10日，双代会闭幕。校党委书记夏临华作重要讲话。校纪委书记邵彬主持大会。"
    got = held_posts(extract_text(text))
    assert ("夏临华", "青岛大学", "党委书记", None) in got
    assert ("邵彬", "青岛大学纪委", "书记", None) in got
    got = held_posts(extract_text("山东理工大学召开大会。校长张铁柱作报告。"))
    assert ("张铁柱", "山东理工大学", "校长", None) in got
    assert held_posts(extract_text("青岛大学与山东大学签约。校党委书记夏临华出席。")) == set()
    # (the mayor of a place no text names: the bare 市人民政府, people30)
    assert held_posts(extract_text("市长张三会见了校长李四。")) == {("张三", "市人民政府", "市长", None)}


def test_appointee_after_a_space_in_a_headline_list():
    """张吉福任北京平谷区委书记 齐静任怀柔区委书记: a scraped list of appointments separates its items
    with spaces; a name after one is the subject of the verb and post that follow it (only so:
    记者 张三任务繁重 names nobody)."""
    got = held_posts(extract_text("张吉福任北京平谷区委书记 齐静任怀柔区委书记"))
    assert ("齐静", "怀柔区委", "书记", "appointed") in got
    assert held_posts(extract_text("记者 张三任务繁重。")) == set()
