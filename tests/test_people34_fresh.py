"""Posts in the shapes of fresh news of the democratic parties and the CPPCC (民革, 民盟, 致公党
congresses and their provincial committees; guests of several provinces in one list) (people34)."""
from conftest import extract_text, held_posts


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(p, b, post) for p, b, post, _ in held_posts(extract_text(text))}


def test_chairman_of_a_committee_is_one_post():
    """当选为民革某省第十二届委员会主任委员, 财政经济委员会主任委员李强: 主任委员 is the whole post of a
    democratic party's committee or a special committee (was 主任, the 委员 cut off)."""
    posts = _posts("吉林新闻\n在民革吉林省第十二届委员会第一次全体会议上，张伯军当选为民革吉林省第十二届委员会主任委员。")
    assert any(p == "张伯军" and post == "主任委员" for p, _, post in posts)
    assert not any(p == "张伯军" and post == "主任" for p, _, post in posts)
    posts = _posts("市人大新闻\n市人大常委会财政经济委员会主任委员李强出席会议。")
    assert any(p == "李强" and post == "主任委员" for p, _, post in posts)


def test_party_central_committee_spelled_with_dang():
    """民革党中央常务副主席郑某: the central committee of 民革 (written with 党), never 党中央 the
    CPC's (was held in 中国共产党中央委员会)."""
    posts = _posts("民革新闻\n民革党中央常务副主席郑建邦出席会议并讲话。")
    assert ("郑建邦", "中国国民党革命委员会", "常务副主席") in posts
    assert not any(b == "中国共产党中央委员会" for _, b, _ in posts)


def test_local_committee_after_the_same_partys_central_post():
    """致公党中央副主席、四川省委会主委杨某: the bare 四川省委会 is the committee of the party whose
    central post comes first, not another party's committee the text names later (was 民建四川省委会)."""
    posts = _posts("四川新闻\n省政府副省长，致公党中央副主席、四川省委会主委杨兴平致贺词。"
                   "省政协副主席、民建四川省委会主委谢商华出席大会。")
    assert ("杨兴平", "致公党四川省委会", "主委") in posts
    assert ("杨兴平", "民建四川省委会", "主委") not in posts
    assert ("谢商华", "民建四川省委会", "主委") in posts


def test_cpc_provincial_committee_after_a_central_post_is_no_party_committee():
    """民革中央副主席、四川省委书记: 省委 with a CPC post after it stays the CPC's committee."""
    posts = _posts("四川新闻\n民革中央副主席、四川省委书记王某出席。")
    assert not any("民革四川" in b for _, b, _ in posts)


def test_province_scope_never_a_municipality_named_before():
    """重庆市政协副主席杜某，省政协副主席谢某 in a Sichuan story: 省政协 is no 重庆市's (a municipality
    is no 省), even where guests of other provinces leave the story's province open (was 重庆市政协)."""
    posts = _posts("四川新闻\n省政协副主席、民盟四川省委会主委刘旭光致欢迎词。贵州省政协副主席、民盟贵州省委会主委冉霞致贺词。\n"
                   "重庆市政协副主席、民盟重庆市委会主委杜惠平，"
                   "省政协副主席、民建四川省委会主委谢商华等出席大会。")
    assert ("谢商华", "四川省政协", "副主席") in posts
    assert ("谢商华", "重庆市政协", "副主席") not in posts
    assert ("杜惠平", "重庆市政协", "副主席") in posts


def _people(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_list_closed_by_a_count_of_comrades():
    """会议推选王某、李某、张某等3位同志为大会执行主席; 由刘某、陈某等二名同志担任: a 、-list closed by
    等, a count and 同志 is a list of persons, even after a verb that opens the clause (was missed)."""
    people = _people("县人大新闻\n会议推选王一鸣、李华、张建国等3位同志为大会执行主席。"
                     "会议决定大会副秘书长由刘文、陈晓东等二名同志担任。")
    assert {"王一鸣", "李华", "张建国", "刘文", "陈晓东"} <= people


def test_no_names_read_after_comrade():
    """李明同志任县委书记: 同志 is a title read only before it, never a list after it (任 is no name)."""
    people = _people("县委新闻\n李明同志任县委书记。")
    assert "李明" in people and not any(n.startswith("任") for n in people)


def test_attendance_cue_lists_no_cut_names():
    """出席会议的有王君、巴特尔、那顺孟和张平等: no name cut short (那顺孟) and no body's staff as persons.
    (people34 also read the names after an attendance cue as persons; the reading was withdrawn at the
    merge: on a long list repeated through a document its work grew with the square of the list —
    benchmarks/linear.py attendance 1.03/2.34/7.32 s at 50k/100k/200k characters.)"""
    people = _people("自治区人大新闻\n出席会议的有王君、巴特尔、那顺孟和张平等。")
    assert "那顺孟" not in people
    assert not _people("市政府新闻\n出席会议的有市直各部门负责人。")


def test_name_opening_with_a_pronoun_word_of_the_dictionary():
    """市政协副主席何国英出席, 推选孙某、何国英、杨某等: 何国 is a pronoun of the dictionary ('which
    country'), yet three characters standing alone after a post or in a list are a name (was
    missed); 主任何事都管 stays running text."""
    assert "何国英" in _people("市政协新闻\n市政协副主席何国英出席会议。")
    assert not _people("县政府新闻\n办公室主任何事都管，局长任何时候都在。")


def test_full_time_and_resident_deputies():
    """致公党某市委会专职副主委赵某, 市总工会驻会副主席王某: 专职, 驻会 qualify the post written right
    after the body (as after a comma: 专职副局长 → 副局长); the body ends before them (was no post)."""
    posts = _posts("致公党新闻\n致公党济宁市委会专职副主委赵广红一行来汉调研。")
    assert ("赵广红", "致公党济宁市委会", "副主委") in posts
    posts = _posts("市新闻\n市总工会驻会副主席王刚出席。")
    assert ("王刚", "市总工会", "副主席") in posts
