"""Round 109 (quyu109): officials named beside China's own regions and leaders' pages written
name-then-post — 民革's 长江大保护 survey in Hubei (团结报), Wuhan's CPPCC on 长江高水平保护 (长江日报),
Gansu's 黄河流域 forum (甘肃日报), the 京津冀 vice-governors' meeting (北京日报), Shaanxi's DRC on 黄河流域
(sndrc.shaanxi.gov.cn), 苏家屯区's office division of work, the 长江保护与发展论坛 in Chongqing (重庆日报)
(fresh texts of /tmp/s27/txt/quyu109).  Fixes: a region of China beyond the division table (长江, 黄河,
青藏高原, 粤港澳大湾区, 京津冀: world_names.tsv rows of parent CN) is no foreign place that might own a post
written beside it (副市长王明在长江大保护推进会上讲话 gave no holdsPost in news of no named place); a
leaders' page of a body (大冶市生态环境局领导信息, 枣强县农业农村局⏎领导信息) gives the bare posts of its
name-then-post rows (张明 局长、党组书记) to that body, and a two-character name padded with two spaces
(田  兰 副局长) is read as one padded with one; 干 opens a name after a post (市政协副主席干小明)."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _posts(doc) -> set[tuple[str, str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name, p["post"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def test_a_river_of_china_owns_no_post_beside_it():
    """02-wuhan-cppcc-changjiang (副市长杨泽发到会…, the meeting on 长江高水平保护): a vice-mayor written in
    the sentence that names 长江 keeps the bare government of his scope where the news names no place
    (base: no holdsPost — 长江, a region of no iso, was read as a foreign place that might own 副市长)."""
    doc = extract_text("召开专题会议\n5月10日，副市长王明在长江大保护推进会上讲话。")
    assert ("王明", "市人民政府", "副市长") in _posts(doc), _posts(doc)


def test_a_region_of_china_owns_no_post_beside_it():
    """04-jingjinji-vice-mayors, 06-sujiatun: 粤港澳大湾区, 京津冀 and 青藏高原 are China's own regions."""
    doc = extract_text("召开推进会\n粤港澳大湾区建设推进会召开，副区长李四出席并讲话。")
    assert ("李四", "区人民政府", "副区长") in _posts(doc), _posts(doc)
    doc = extract_text("召开座谈会\n京津冀协同发展座谈会召开，副市长张建出席。")
    assert ("张建", "市人民政府", "副市长") in _posts(doc), _posts(doc)
    doc = extract_text("召开座谈会\n青藏高原生态保护座谈会召开，副县长赵刚出席。")
    assert ("赵刚", "县人民政府", "副县长") in _posts(doc), _posts(doc)


def test_a_foreign_region_still_owns_the_post():
    """Guard: a foreign country in the sentence still leaves a bare head's post unread (日本: the mayor
    may be its); 李长江副市长 stays a name."""
    doc = extract_text("出访\n在日本访问期间，副市长赵六会见了客商。")
    assert not any(p[0] == "赵六" for p in _posts(doc)), _posts(doc)
    doc = extract_text("召开会议\n李长江副市长在会上讲话。")
    assert "李长江" in _people(doc), _people(doc)


def test_a_leaders_page_gives_its_rows_bare_posts_to_its_body():
    """A portal's leaders' page (…局领导信息) lists 姓名 then 职务 on one line: the bare posts are the
    page's body's (base: no person, no post — 局长 alone names no body)."""
    doc = extract_text("大冶市生态环境局领导信息\n\n张明 局长、党组书记\n主持局全面工作。\n王某某　副局长、党组成员\n")
    got = _posts(doc)
    assert ("张明", "大冶市生态环境局", "局长") in got, got
    assert ("张明", "大冶市生态环境局", "党组书记") in got, got
    assert ("王某某", "大冶市生态环境局", "副局长") in got, got


def test_a_leaders_page_head_on_its_own_line():
    """枣强县农业农村局⏎领导信息⏎陈建国  党组书记、局长: the head under the body's own line."""
    doc = extract_text("枣强县农业农村局\n\n领导信息\n\n陈建国  党组书记、局长\n刘晓红  党组成员、副局长\n")
    got = _posts(doc)
    assert ("陈建国", "枣强县农业农村局", "局长") in got, got
    assert ("刘晓红", "枣强县农业农村局", "副局长") in got, got


def test_a_name_padded_with_two_spaces():
    """田  兰 副局长: a two-character name set to the width of three full-width characters with two
    half-width spaces is the name 田兰 (base: no person)."""
    doc = extract_text("大冶市生态环境局领导信息\n\n田  兰 副局长\n")
    assert ("田兰", "大冶市生态环境局", "副局长") in _posts(doc), _posts(doc)


def test_no_page_body_without_a_leaders_head():
    """Guards: a news title that names the bureau (大冶市生态环境局召开会议) and a notice's issuer over its
    group's members (…办公室⏎关于成立…领导小组的通知⏎成员：李四 局长) are no leaders' page: the bare 局长
    is no post of theirs; a row whose post names its own body keeps it."""
    doc = extract_text("大冶市生态环境局召开会议\n\n张明 局长\n")
    assert not any(p[0] == "张明" for p in _posts(doc)), _posts(doc)
    doc = extract_text("枣强县人民政府办公室\n关于成立防汛工作领导小组的通知\n\n组长：张明 副县长\n成员：李四 局长\n")
    got = _posts(doc)
    assert not any(p[0] == "李四" for p in got), got
    doc = extract_text("枣强县农业农村局领导信息\n\n陈建国 县委农办主任\n")
    assert not any(p[1] == "枣强县农业农村局" for p in _posts(doc)), _posts(doc)


def test_gan_opens_a_name_after_a_post():
    """02-wuhan-cppcc-changjiang: 市政协副主席干小明主持会议,副主席彭浩、彭富春、梁鸣、周晓琦,秘书长陈跃庆出席会议
    (base: no 干小明, and none of the list after him held a post).  干 opens a name only after a post:
    干劲, 干在实处, 干部 after a post stay words."""
    doc = extract_text("专题协商会议\n市政协副主席干小明主持会议,副主席彭浩、彭富春出席会议。")
    got = _posts(doc)
    assert ("干小明", "市政协", "副主席") in got, got
    assert ("彭浩", "市政协", "副主席") in got, got
    doc = extract_text("村里召开会议\n村支部书记干劲十足，带领群众致富。党支部书记干在实处。县委书记干部出身。")
    assert not any(n.startswith("干") for n in _people(doc)), _people(doc)
