"""Round 107 (mingdan107): people named in lists without posts — attendance lists of congress and
CPPCC sessions and meetings from 山西 (省政协十二届四次会议: 省党政军领导王拥军、罗清宇…出席会议), 四川 乐山
(出席大会并在主席台就坐的市委、市人大常委会、市政府领导有彭琳、张彤…), a district congress's presidium
(主席团常务主席昌红梅、汪继宏…等出席), 武穴, 定州, 东台, 卓尼 and a 福建 district (fresh texts of
/tmp/s27/txt/mingdan107).  Fixes: a level's party, government and army leaders named as a group (省党政军领导,
市党政领导) a collective title, the names after it persons; a title followed by 有 (市政府领导有|…, 领导有|…)
opens its list after 有, closed by 等 or a stop; a presidium's 常务主席 / 执行主席 written before its
members' names a collective title; 昌 (and 隗, 眭, 仉, 厍, 郃) family names; a two-character name that is a
place's short name too (吉林, 金华, 常德) inside a 、-list of names a name, no place, and 等 after it no third
character of a name (was 吉林等)."""
from __future__ import annotations

from conftest import extract_text


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_party_government_and_army_leaders_are_a_collective_title():
    """01-shanxi-zhengxie: 省党政军领导王拥军、罗清宇、吕岩松…卢东亮…出席会议 (base: none of the 19 a person)."""
    doc = extract_text("山西新闻\n一月十九日上午，省政协十二届四次会议在太原隆重开幕。"
                       "省党政军领导王拥军、罗清宇、吕岩松、卫小春、李悦娥出席会议。")
    assert {"王拥军", "罗清宇", "吕岩松", "卫小春", "李悦娥"} <= _persons(doc), _persons(doc)
    doc = extract_text("新闻\n市党政领导张建华、李海林、王永刚参加活动。")
    assert {"张建华", "李海林", "王永刚"} <= _persons(doc), _persons(doc)
    assert not any(e.name.endswith("党政领导") for e in doc.entities.values())
    doc = extract_text("新闻\n自治区党政军领导张建华、李海林、王永刚出席。")
    assert {"张建华", "李海林", "王永刚"} <= _persons(doc), _persons(doc)


def test_leaders_listed_after_you():
    """09-leshan-zhengxie: 出席大会并在主席台就坐的市委、市人大常委会、市政府领导有彭琳、張彤、賴淑芳…
    (base: none a person; 市政府领导 took the title and 有彭琳 no name).  A plain 领导有 opens a list too."""
    doc = extract_text("乐山新闻\n出席大会并在主席台就坐的市委、市人大常委会、市政府领导有彭琳、张彤、赖淑芳、曾洪扬、郭捷。"
                       "市政协副主席刘忠福主持会议。")
    assert {"彭琳", "张彤", "赖淑芳", "曾洪扬", "郭捷"} <= _persons(doc), _persons(doc)
    doc = extract_text("新闻\n出席会议的领导有彭琳、张彤、赖淑芳。")
    assert {"彭琳", "张彤", "赖淑芳"} <= _persons(doc), _persons(doc)


def test_a_presidiums_standing_chairs_before_their_names():
    """06-qu-zhuxituan: 主席团常务主席昌红梅、汪继宏、陆峰…江有礼等出席 (base: none a person; 昌 no family
    name of the table)."""
    doc = extract_text("区人大\n2月9日下午，区十七届人大一次会议召开。主席团常务主席昌红梅、汪继宏、陆峰、汪光明、闻风、"
                       "江虹、陈洁等出席。昌红梅主持会议。")
    assert {"昌红梅", "汪继宏", "陆峰", "汪光明", "闻风", "江虹", "陈洁"} <= _persons(doc), _persons(doc)


def test_no_names_after_words_of_running_text():
    """Guards: 领导有 and a title before 有 followed by words, not names, name no one; 昌 opening a
    word (繁荣昌盛) is no family name; a title with nothing listed after it."""
    for text in ("新闻\n市领导有关负责同志参加。", "新闻\n县领导有力推动了工作落实。", "新闻\n各级领导有方、措施有力。",
                 "新闻\n祝愿祖国繁荣昌盛、人民幸福。", "新闻\n县党政领导高度重视，多次召开会议。"):
        assert not _persons(extract_text(text)), (text, _persons(extract_text(text)))


def test_collective_titles_still_read():
    """Guard: 市领导叶林、秦良骥…参加会议 (03-wuxue-shizhang) as before."""
    doc = extract_text("武穴新闻\n市领导叶林、秦良骥、李向阳、马聪参加会议。")
    assert {"叶林", "秦良骥", "李向阳", "马聪"} <= _persons(doc), _persons(doc)


def test_a_place_named_leader_inside_a_list():
    """The brief's example 王安顺、杜德印、吉林等 (a 北京 leader named 吉林): base read 吉林等 as a name after a
    post and dropped the whole list after a collective title (吉林 a word and a place), keeping 吉林省."""
    for text in ("北京新闻\n市领导王安顺、杜德印、吉林等出席。", "北京新闻\n王安顺、杜德印、吉林等市领导出席。"):
        doc = extract_text(text)
        assert {"王安顺", "杜德印", "吉林"} <= _persons(doc), (text, _persons(doc))
        assert "吉林等" not in _persons(doc)
        assert "吉林省" not in {e.name for e in doc.entities.values() if e.type == "Place"}, text
    doc = extract_text("新闻\n县领导张建华、常德、李海林出席。")
    assert {"张建华", "常德", "李海林"} <= _persons(doc), _persons(doc)


def test_places_listed_after_names_stay_places():
    """Guards: places listed after a name's clause, or after a list mark with no name before, stay places."""
    for text, place in (("新闻\n市领导张建华、李海林到金华、衢州调研。", "金华市"),
                        ("新闻\n嘉宾来自北京、吉林、江西等地。", "吉林省"),
                        ("新闻\n副省长张建华到吉林、长春、四平调研。", "吉林省"),
                        ("新闻\n县领导张建华、李海林、吉林等地负责人出席。", "吉林省"),
                        ("新闻\n主任王强、李明、吉林、辽宁等省负责人出席。", "吉林省")):
        doc = extract_text(text)
        assert place in {e.name for e in doc.entities.values() if e.type == "Place"}, text
        assert not ({"金华", "吉林"} & _persons(doc)), (text, _persons(doc))


def test_rare_family_names_in_a_list():
    """The brief's rare family names: 郃 was no family name of the table, so a list holding one was lost
    whole (訾, 禚 were read)."""
    doc = extract_text("新闻\n县领导郃建军、訾小兵、禚文清参加。")
    assert {"郃建军", "訾小兵", "禚文清"} <= _persons(doc), _persons(doc)
