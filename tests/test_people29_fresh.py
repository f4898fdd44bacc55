"""People and posts in the shapes of fresh visit reports, obituaries and leaders' lists (people29):
a visiting clause read into the body (正在日本访问的|中日友好协会会长), a relative scope in one person's
chain taken from the article and not from the chain (湖南省副省长、省公安厅厅长), Japanese names whose
pieces jieba lists as rare nouns (森喜朗, 村山富市), a Spanish name cut at a place word (普拉森|西亚), a
former post read as a name in a list (原副主任 → 原副主), and talks read into a name (王度座谈交流)."""
from conftest import extract_text, held_posts


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def _bodies(text: str) -> set[str]:
    return {b for _, b, _, _ in held_posts(extract_text(text))}


def test_visiting_clause_before_a_body():
    """正在日本访问的中日友好协会会长: the visit is the person's, the body opens after its 的 (no
    organisation 日本访问的中日友好协会)."""
    got = held_posts(extract_text("日本首相在东京会见了正在日本访问的中日友好协会会长宋健。"))
    assert ("宋健", "中日友好协会", "会长", None) in got
    assert not any("访问" in b for _, b, _, _ in got)


def test_relative_scope_in_a_chain_is_the_chains_province():
    """湖南省副省长、省公安厅厅长 in a story from 云南: the 省 of the second post is 湖南's, the
    province the chain's first post names, not the article's."""
    got = held_posts(extract_text("云南省召开会议。\n湖南省副省长、省公安厅厅长王五在昆明会见了代表团。"))
    assert ("王五", "湖南省公安厅", "厅长", None) in got
    assert ("王五", "湖南省", "副省长", None) in got
    assert ("张三", "云南省公安厅", "厅长", None) in held_posts(extract_text("云南省副省长、省公安厅厅长张三出席会议。"))


def test_japanese_names_jieba_lists_as_nouns():
    """日本前首相森喜朗, 村山富市: jieba lists 森喜 and 村山 as nouns, but rare ones (counts under 20);
    after a foreign post they are pieces of the name.  A frequent word after the post stays none."""
    assert ("森喜朗", "日本", "首相", "former") in held_posts(extract_text("日本前首相森喜朗会见了代表团。"))
    assert ("村山富市", "日本", "首相", "former") in held_posts(extract_text("习近平会见日本前首相村山富市。"))
    assert not _persons("美国总统选举将于明年举行。")
    assert not _persons("中韩外长视像会晤。")  # a rare word of two characters stays a word


def test_spanish_name_ending_in_a_place_word():
    """智利外长普拉森西亚: the name runs on over 西亚 (a place word of two transliteration
    characters) when the text can end a name right after it; a place visited stays a place."""
    assert ("普拉森西亚", "智利外交部", "外长", None) in held_posts(extract_text("智利外长普拉森西亚表示欢迎。"))
    assert "普拉森" not in _persons("智利外长普拉森西亚表示欢迎。")


def test_former_post_in_a_list_is_no_name():
    """副主任肖志恒、原副主任王骏: 原 (a family name too) before a post marks the post as held
    before; no person 原副主."""
    got = _persons("广东省人大常委会副主任肖志恒、原副主任王骏参加了告别仪式。")
    assert "原副主" not in got
    assert "肖志恒" in got


def test_talks_end_a_foreign_name():
    """分别与法国驻沪总领事王度座谈交流: 座谈 is the talks, as 会谈 is, and ends the name."""
    got = _persons("周建清分别与西班牙驻沪总领事路易斯·卡尔沃、法国驻沪总领事王度座谈交流。")
    assert "王度" in got
    assert not any("座谈" in n for n in got)


def test_region_government_before_its_heads_post():
    """英国苏格兰地方政府首席部长斯特金: a foreign region's devolved government written between the
    region and its head's post holds the post; without it, the region itself."""
    assert ("斯特金", "苏格兰地方政府", "首席部长", None) in \
        held_posts(extract_text("英国苏格兰地方政府首席部长斯特金会见中国驻爱丁堡总领事。"))
    assert ("斯特金", "苏格兰", "首席部长", None) in held_posts(extract_text("苏格兰首席部长斯特金表示欢迎。"))


def test_listed_terms_of_a_committee():
    """政协福建省第七届、八届委员会主席 (an obituary's career): the terms listed with 、 are one
    term of the committee, which holds the post, not a body 八届委员会 read after the 、."""
    got = _bodies("政协福建省第七届、八届委员会主席游德馨同志逝世。")
    assert "福建省政协" in got
    assert not any(b.startswith("八届") for b in got)


def test_acting_verb_before_the_body():
    """张宏义同志代理济源市人民政府市长, 任命A为副市长，代理杭州市市长职务 (任免 decisions): 代理 before
    the body makes the post an acting one; read bare, 市长 stated an appointment never made."""
    got = held_posts(extract_text("济源市人大常委会会议决定:张宏义同志代理济源市人民政府市长。"))
    assert ("张宏义", "济源市", "代理市长", "appointed") in got
    assert ("张宏义", "济源市", "市长", "appointed") not in got
    got = held_posts(extract_text("会议接受蔡奇辞去杭州市市长职务,决定任命邵占维为杭州市副市长,代理杭州市市长职务。"))
    assert ("邵占维", "杭州市", "代理市长", "appointed") in got
    assert ("邵占维", "杭州市", "市长", "appointed") not in got


def test_duty_closes_a_resignation_before_the_next_clause():
    """接受A辞去杭州市市长职务，决定任命B为杭州市副市长: 职务 (or 职务的请求) closes what A leaves;
    the next clause's posts are B's, never A's too."""
    got = held_posts(extract_text("会议接受蔡奇辞去杭州市市长职务,决定任命邵占维为杭州市副市长,代理杭州市市长职务。"))
    assert ("蔡奇", "杭州市", "市长", "removed") in got
    assert not any(p[0] == "蔡奇" and p[2] != "市长" for p in got)
    got = held_posts(extract_text("会议决定,接受赵某辞去陕西省人大常委会主任职务的请求,接受娄某辞去陕西省人民政府省长职务的请求。"))
    assert not any(p[0] == "赵某" and p[2] == "省长" for p in got)


def test_common_noun_after_a_two_character_name():
    """不见中国外交部长秦刚身影 (a news scrape): 身影, a common noun, right before the stop is no
    part of a name with one family-name character; the name is 秦刚."""
    got = _persons("在接见时不见中国外交部长秦刚身影。")
    assert "秦刚" in got
    assert "秦刚身影" not in got


def test_minister_of_a_field_no_table_names():
    """汤加王国民航和交通大臣保罗·卡拉卢斯 (a provincial governor's meeting): 大臣 after the field of a
    ministry no table names, right after a foreign country, is a minister of that country; a field
    holding a found body or place stays no post."""
    got = held_posts(extract_text("汤加王国民航和交通大臣保罗·卡拉卢斯参加会见。"))
    assert ("保罗·卡拉卢斯", "汤加", "民航和交通大臣", None) in got
    assert ("林德伟", "英国外交部", "外交大臣", None) in held_posts(extract_text("英国外交大臣林德伟计划访华。"))
