"""People and posts in the shapes of fresh foreign-affairs reports and county news (people26):
transliterated names jieba ends early (米舒斯京 → 米舒斯, 阿卜杜拉希扬 → 阿卜杜拉), a headline's 冀双方
('hopes both sides') read as a name after 外长."""
from conftest import extract_text, held_posts


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_transliterated_name_runs_past_jiebas_end():
    """俄罗斯总理米舒斯京举行会谈: jieba tags 米舒斯 a name and stops; 京 is no character of the
    place-name transliteration table, so the name did not run on.  卜 (阿卜杜拉希扬) is the same: the
    few characters personal names use beyond that table (char_classes.tsv
    name_transliteration_chars) let the name run to where the text ends it."""
    got = held_posts(extract_text("国务院总理李强同俄罗斯总理米舒斯京举行会谈。"))
    assert ("米舒斯京", "俄罗斯", "总理", None) in got
    assert "米舒斯" not in _persons("俄罗斯总理米舒斯京表示，俄方愿意合作。")
    got = held_posts(extract_text("王毅同伊朗外长阿卜杜拉希扬通电话。"))
    assert any(p == "阿卜杜拉希扬" for p, *_ in got)
    assert not any(p == "阿卜杜拉" for p, *_ in got)


def test_transliterated_name_still_ends_at_a_word():
    """The added characters only continue an all-transliteration name: 普京总统 and a Chinese name
    before 京 (李强在北京) are read as before."""
    assert "普京" in _persons("俄罗斯总统普京表示欢迎。")
    assert "李强" in _persons("国务院总理李强在北京会见外宾。")


def test_both_sides_is_no_given_name():
    """王毅晤新西兰外长 冀双方深化合作 (a headline: 冀 'hopes', 双方 'both sides'): 冀 is a family
    name, so the post's name rule read 冀双方 after 外长.  Words of persons taken together (双方,
    各方, 两国, 大家) are never a given name."""
    text = "王毅晤新西兰外长 冀双方深化各领域合作\n\n外长王毅18日与新西兰外长彼得斯会面。"
    persons = _persons(text)
    assert "冀双方" not in persons and "彼得斯" in persons
    assert "盼各方" not in _persons("外交部长 盼各方保持克制\n\n外交部长王毅出席会议。")


def _keys(text: str, doc_id: str, name: str) -> set[str]:
    return {k for k, e in extract_text(text, doc_id).entities.items() if e.name == name}


def test_bare_county_body_of_no_known_county_is_the_documents_own():
    """县委书记郑俊华…围绕县委、县政府中心工作, 县政协主席 in two county stories that name no county:
    the organ rule's bare 县政协 had one id in both (entity_id of the bare name), so the graph held
    one 县政协 for every such county.  Each document's is its own, as the posts stage already keys
    the bare bodies it names; a body of a named county keeps one id across documents."""
    one = "12月2日，县委书记张建国主持会议。围绕县委、县政府中心工作，县政协主席王刚出席。"
    two = "11月8日，县委书记郑俊华看望委员。围绕县委、县政府中心工作，县政协主席李明出席。"
    a, b = _keys(one, "a", "县政协"), _keys(two, "b", "县政协")
    assert a and b and not (a & b)
    assert _keys(one, "a", "县委") and not (_keys(one, "a", "县委") & _keys(two, "b", "县委"))
    named = "全椒县召开会议\n\n12月2日，县委书记张建国主持会议。县政协主席王刚出席。"
    x, y = _keys(named, "a", "全椒县政协"), _keys(named, "b", "全椒县政协")
    assert x and x == y


def test_bare_foreign_post_after_a_verb_of_meeting():
    """王毅会见法国总统外事顾问 (title) … 王毅在巴黎会见总统外事顾问博纳: the body writes the post
    bare, so no rule read a country before it and 博纳 was no person.  A post China has none of
    (总统, 首相), right after 会见 or 同, takes the country the article named with it before; a
    shared post (总理: China's own is written bare) and a post never named with a country are
    left alone."""
    text = "王毅会见法国总统外事顾问\n\n新华社巴黎12月3日电 王毅3日在巴黎会见总统外事顾问博纳。博纳表示，法方愿加强沟通。"
    assert ("博纳", "法国", "总统外事顾问", None) in held_posts(extract_text(text))
    text = "王毅会见日本首相\n\n新华社东京12月3日电 王毅3日在东京会见首相岸本明。"
    assert ("岸本明", "日本", "首相", None) in held_posts(extract_text(text))
    assert "博纳" not in _persons("王毅在巴黎会见总统外事顾问博纳。博纳表示，法方愿加强沟通。")
    got = held_posts(extract_text("俄罗斯总理米舒斯京表示欢迎。王毅同总理马克西姆会谈。"))
    assert not any(p == "马克西姆" for p, *_ in got)


def test_words_before_a_known_name_and_a_head_post():
    """东帝汶总统奥尔塔将访华…，此系奥尔塔总统就任后首次访华: the name-first rule took the whole run
    after the comma (此系奥尔塔) as the name before 总统.  Where the run ends in a name the article
    read already, that name is the one before the post; the words before it are no name."""
    text = "东帝汶总统奥尔塔将对中国进行国事访问。毛宁表示，此系奥尔塔总统就任后首次访华。"
    persons = _persons(text)
    assert "奥尔塔" in persons and "此系奥尔塔" not in persons
    text = "德国总统施泰因迈尔表示欢迎。据悉施泰因迈尔总统将访华。"
    assert "据悉施泰因迈尔" not in _persons(text)


def test_a_day_after_a_name_ends_it():
    """国务院总理李鹏今天上午在中南海会见… (Xinhua of the 1990s writes the day after the name): 李鹏
    is a name of jieba's dictionary that needs a clear end, 今天 gave none, so 李鹏今 was read (天上
    is a word after it), or with 今天在 no name at all.  A day or part of one (posts_words.tsv
    day_after_name) ends a name as a verb that follows names does."""
    assert ("李鹏", "国务院", "总理", None) in held_posts(extract_text("国务院总理李鹏今天上午在中南海会见外宾。"))
    assert ("李鹏", "国务院", "总理", None) in held_posts(extract_text("国务院总理李鹏今天在北京会见外宾。"))
    assert ("钱其琛", "外交部", "部长", None) in held_posts(extract_text("外交部长钱其琛昨天在北京会见了外宾。"))


def test_foreign_head_named_again_with_a_bare_shared_post():
    """李强会见匈牙利总理欧尔班…欧尔班总理表示: the later 欧尔班总理 was read as China's 总理 (国务院):
    the rule that drops a foreign official's home-titled post knew only the names the foreign-head
    rules read, and ran before the later mentions were read.  A person holding a foreign
    country's post in the article holds no Chinese organ's post by a bare title after the name."""
    text = "国务院总理李强3日在人民大会堂会见匈牙利总理欧尔班。欧尔班总理表示，匈方愿深化合作。李强请欧尔班总理转达问候。"
    got = held_posts(extract_text(text))
    assert ("欧尔班", "匈牙利", "总理", None) in got and ("李强", "国务院", "总理", None) in got
    assert ("欧尔班", "国务院", "总理", None) not in got


def test_dateline_city_abroad_leaves_the_national_title_chinas():
    """新华社利马11月14日电 国家主席习近平14日在利马会见秘鲁总统…: the national title with no country
    is China's unless a foreign country is named earlier in its clause; the dateline's city (利马,
    read as Peru's) was taken for one, so 习近平 held nothing in every report filed abroad.  The
    clause starts after the dateline (日电, 电 and a space); a country in the clause still counts."""
    text = "新华社利马11月14日电 国家主席习近平14日在利马会见秘鲁总统博鲁阿尔特。"
    got = held_posts(extract_text(text))
    assert ("习近平", "中国", "主席", None) in got and ("博鲁阿尔特", "秘鲁", "总统", None) in got
    got = held_posts(extract_text("新华社河内8月18日电 越南国家主席苏林表示欢迎。"))
    assert ("苏林", "越南", "主席", None) in got and not any(b == "中国" for _, b, _, _ in got)


def test_head_post_after_a_name_in_a_story_of_one_country():
    """李强请欧尔班总理转达对舒尤克总统的问候 in a story of 匈牙利总理欧尔班: 总统 (a post China has none
    of) after an unknown name, with no country written with 总统 in the article, held nothing.  In
    a story whose foreign officials are all of one country it is that country's; in a story of
    two countries it stays unread."""
    text = "国务院总理李强3日会见匈牙利总理欧尔班。李强请欧尔班总理转达对舒尤克总统的问候。"
    assert ("舒尤克", "匈牙利", "总统", None) in held_posts(extract_text(text))
    text = "李强会见匈牙利总理欧尔班和塞尔维亚总理武切维奇。李强请他们转达对舒尤克总统的问候。"
    assert not any(p == "舒尤克" for p, *_ in held_posts(extract_text(text)))


def test_former_county_level_city_written_as_a_city():
    """蓬莱市人民政府关于王刚同志任职的通知 … 任市交通运输局局长 (蓬莱市, a county-level city, is now
    蓬莱区 of 烟台市): the text's 市 was read at the city level of the table, the prefecture, so
    王刚 headed 烟台市's bureau and 市委书记 was 烟台市委's.  A county the text writes with 市 is the
    市 of its 市X局, 市委 and 市长, as a county-level city's (定州市) are; a story of 烟台市蓬莱区
    keeps 烟台市."""
    text = "蓬莱市人民政府关于王刚同志任职的通知\n\n经研究，决定：王刚同志任市交通运输局局长。"
    got = held_posts(extract_text(text))
    assert ("王刚", "蓬莱区交通运输局", "局长", "appointed") in got
    got = held_posts(extract_text("蓬莱市召开会议\n\n市委书记李明主持会议，市长张强出席。"))
    assert ("李明", "蓬莱区委", "书记", None) in got and ("张强", "蓬莱区", "市长", None) in got
    got = held_posts(extract_text("烟台市蓬莱区召开会议\n\n市委书记李明主持会议。"))
    assert ("李明", "烟台市委", "书记", None) in got
