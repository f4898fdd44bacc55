"""Round 69 (ningxia69): ordinary news of 宁夏 (银川's 兴庆区 and 金凤区 streets and communities) and of 内蒙古's
盟, 市 and 旗 (锡林郭勒, 鄂尔多斯, 兴安盟, 呼伦贝尔's 根河市) from /tmp/s26/fresh/ningxia69: a Mongolian name of
Tibetan syllables alone (巴达玛拉布丹, no 巴达玛), the Hui family name 敏, 鄂温克自治旗 and the table's X民族乡 as
their papers write them (敖鲁古雅鄂温克族乡), a bare 政协 in a township's story (the county's), a township's
short form before its head's post (敖乡|乡长: no person), a resident's name before how he speaks (笑着说),
a closing credit opened by 本报 or a paper's name, a doubled character jieba tags ns (美美与共: no place), and
照 opening a herder's Mongolian name (照日格图)."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _holds(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}


_AOLUGUYA = ("敖鲁古雅鄂温克族乡建乡五十周年庆典举行\n9月10日上午,敖鲁古雅鄂温克族乡建乡50周年庆典在根河市会议中心隆重"
             "举行。特邀呼伦贝尔市民族事务委员会副主任巴达玛拉布丹,鄂温克自治旗副旗长沈进忠、敏杰出席。"
             "诚邀我市领导有:根河市市委书记张洪岩,市委副书记、市长李铁群、人大主任车启明、政协主席张柏吉。乡人大主席王亮出席。"
             "会上,敖乡乡长戴光明致辞,回顾了敖乡定居、建乡50年来艰辛历程。")


def test_a_mongolian_name_of_tibetan_syllables_is_read_whole():
    """06-aoluguya (根河市): 民族事务委员会副主任巴达玛拉布丹 — six syllables all of tibetan_name_chars (Badamrabdan)
    are one Mongolian name (base: a person 巴达玛, the short Tibetan reading); a four-syllable Tibetan
    name stays four (区党委书记丹增多吉主持)."""
    doc = extract_text(_AOLUGUYA)
    assert "巴达玛拉布丹" in _names(doc, "Person") and "巴达玛" not in _names(doc, "Person"), _names(doc, "Person")
    tibet = extract_text("会议召开\n区党委书记丹增多吉主持会议。")
    assert "丹增多吉" in _names(tibet, "Person"), _names(tibet, "Person")


def test_the_hui_family_name_min_and_the_ewenki_banner_as_written():
    """06-aoluguya: 鄂温克自治旗副旗长沈进忠、敏杰 — 敏 is a Hui family name (base: no 敏杰), and 鄂温克自治旗 is
    鄂温克族自治旗 (base: no place, so neither deputy head held a post); 敏锐, 过敏 stay words."""
    doc = extract_text(_AOLUGUYA)
    assert {("沈进忠", "鄂温克族自治旗"), ("敏杰", "鄂温克族自治旗")} <= _holds(doc), _holds(doc)
    words = extract_text("会议召开\n他对花粉过敏感到不适,县长敏锐地发现问题。")
    assert not _names(words, "Person"), _names(words, "Person")


def test_an_ethnic_township_the_table_writes_with_minzu():
    """06-aoluguya: 敖鲁古雅鄂温克族乡 is the table's 敖鲁古雅鄂温克民族乡 (base: no place); a bare 政协 in the
    township's story is 根河市's (a township has none), so is a bare 人大主任 (a township's congress has a 主席:
    乡人大主席 stays the township's), and 敖乡|乡长 is the township's short form and its head's post, no person 敖乡."""
    doc = extract_text(_AOLUGUYA)
    assert "敖鲁古雅鄂温克民族乡" in _names(doc, "Place"), _names(doc, "Place")
    assert {("张柏吉", "根河市政协"), ("车启明", "根河市人大"), ("王亮", "敖鲁古雅鄂温克民族乡人大")} <= _holds(doc), _holds(doc)
    assert "敖乡" not in _names(doc, "Person"), _names(doc, "Person")


def test_a_resident_named_before_how_he_speaks():
    """09-luyin-community (宁夏日报, 银川市金凤区): 鲁银社区回族居民马金美笑着说, 72岁居民曹素玲高兴地表示 — the
    manner between the name and the verb of speech still closes the name (base: neither a person);
    居民小组长笑着说 names no one."""
    doc = extract_text("鲁银社区构建互嵌式社区\n4月16日,银川市金凤区长城中路街道鲁银社区回族居民马金美笑着说,"
                       "“这样的日子越过越有滋味了。”72岁居民曹素玲高兴地表示,“特别幸福。”")
    assert {"马金美", "曹素玲"} <= _names(doc, "Person"), _names(doc, "Person")
    none = extract_text("社区议事\n居民代表们笑着说,停车方便又安全。")
    assert not _names(none, "Person"), _names(none, "Person")


def test_a_closing_credit_opened_by_its_paper():
    """09-luyin-community: …和美乐章。(宁夏日报记者 杨超) and (本报记者 杨超) credit the reporter (base: no
    person; the paper's name stays text and is read)."""
    doc = extract_text("鲁银社区文化队伍\n鲁银社区目前共有21支文化队伍,各族居民携手奏出和美乐章。(宁夏日报记者 杨超)")
    assert "杨超" in _names(doc, "Person") and "宁夏日报" in _names(doc, "Organization"), _names(doc, "Person")
    own = extract_text("鲁银社区文化队伍\n鲁银社区目前共有21支文化队伍,各族居民携手奏出和美乐章。(本报记者 杨超)")
    assert "杨超" in _names(own, "Person"), _names(own, "Person")
    assert "杨超" not in own.articles[0].text


def test_a_doubled_character_is_no_place():
    """09-luyin-community: 各族居民携手奏出“各美其美、美美与共”的和美乐章 (base: a Place 美美, jieba's ns)."""
    doc = extract_text("鲁银社区文化队伍\n各族居民携手奏出“各美其美、美美与共”的和美乐章。")
    assert "美美" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_herder_s_mongolian_name_opened_by_zhao():
    """14-keyouqian-manzutun (人民网内蒙古频道, 科右前旗): 满都拉图嘎查牧民照日格图说起身边的变化 — 照 opens Mongolian
    names (照日格图, 照那斯图: Zorigt, Zunast) (base: no person); 书记照常主持, 村民照顾老人 stay running text."""
    doc = extract_text("科右前旗推进牧区党建\n满族屯满族乡满都拉图嘎查牧民照日格图说起身边的变化。")
    assert "照日格图" in _names(doc, "Person"), _names(doc, "Person")
    words = extract_text("牧区党建\n嘎查党支部书记照常主持会议。村民照顾老人说很好。")
    assert not _names(words, "Person"), _names(words, "Person")
