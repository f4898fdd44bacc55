"""Round 97 (yungui97): county and township news from 云南, 贵州 and 广西 — 乡镇 profiles, 驻村第一书记
stories, 易地扶贫搬迁 and 移民搬迁, 民族团结 features from 楚雄州 (武定县发窝乡, 元谋县, 牟定县), 黔西南州
(册亨县坡妹镇, 兴义市), 黔东南州 (榕江县古州镇), 铜仁市石阡县, 安顺市 and 河池市天峨县 (fresh texts of
/tmp/s26/fresh/yungui97, excerpts of county papers, 融媒体 and government pages).  Fixes: a township's
neighbour named in its profile's border clause (北与龙井乡相交; 相交 a border word) is no place a later
全乡 means; 和 opening a village's two-character stem right after its township before the village's
organ or post (宋旗镇和兴村驻村第一书记), and a township written right after a city's development zone
(安顺市经开区宋旗镇); 现任 between a village and its post (水井村现任驻村第一书记蔡定雍); a person a story
names with 他叫/名叫, and the village post the comma after the name gives (…医院派驻坡妹镇同心村驻村第一
书记); a count of townships or villages (4个乡镇、14个行政村) no village's; households and people counted
right after a count of village groups (辖10个村民组706户2888人) no measure of those groups; a one-character
village stem that is a word (贵州山村) no village under a province."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_neighbour_in_the_border_clause_is_not_the_township_of_its_figures():
    """08-shiqian-guorong: 国荣乡位于石阡县西南部…。东与中坝镇相连,南与甘溪乡接壤,西与白沙镇毗邻,北与龙井乡相交。
    全乡辖14个行政村,101个村民组,有人口15970人 (base: 龙井仡佬族侗族乡's 14 行政村 and people — the neighbour
    named last; the interviewee's label opens the paragraph).  A 全乡 after a township named with no border clause
    keeps that township."""
    doc = extract_text("石阡县新媒体助推乡村振兴\n朱碧霞:国荣乡位于石阡县西南部,乡政府驻地距离石阡县城14.8公里。东与中坝镇相连,南与甘溪乡接壤,"
                       "西与白沙镇毗邻,北与龙井乡相交。全乡辖14个行政村,101个村民组,有人口15970人。")
    subjects = {s for s, ind, v, u in _metrics(doc) if v in (14, 101, 15970)}
    assert subjects == {"国荣乡"}, _metrics(doc)
    doc = extract_text("石阡县乡镇巡礼\n石阡县龙井乡召开大会。全乡辖9个行政村。")
    assert any(s and s.startswith("龙井") for s, ind, v, u in _metrics(doc) if v == 9), _metrics(doc)


def test_he_opens_a_village_after_its_township_before_its_post():
    """06-guizhou-nitu: 贵州省安顺市经开区宋旗镇和兴村驻村第一书记何孝友通过表演快板… (base: no 宋旗镇 after 经开区,
    no 和兴村, no post).  和 the conjunction between a township and 各村 names no village."""
    doc = extract_text("泥土干部\n贵州省安顺市经开区宋旗镇和兴村驻村第一书记何孝友通过表演快板给村民科普村规民约。")
    assert {"宋旗镇", "和兴村"} <= _names(doc, "Place"), _names(doc, "Place")
    assert ("何孝友", "和兴村", "驻村第一书记") in post_triples(doc), post_triples(doc)
    doc = extract_text("驻村\n普定县马官镇和兴村党支部书记王明介绍情况。")
    assert "和兴村" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("会议\n城关镇和各村党支部书记参加会议。")
    assert not {n for n in _names(doc, "Place") if n.startswith("和")}, _names(doc, "Place")


def test_a_township_right_after_a_development_zone():
    """06-guizhou-nitu: 安顺市经开区宋旗镇 (base: jieba's 开区宋 hid the township); a word after the zone that is no
    township's name stays none."""
    doc = extract_text("园区\n安顺市经开区宋旗镇新兴村驻村第一书记何孝友讲解政策。")
    assert "宋旗镇" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("园区\n安顺市经开区内镇宁路拓宽工程启动。")
    assert not {n for n in _names(doc, "Place") if n.endswith("镇")}, _names(doc, "Place")


def test_current_post_written_between_village_and_post():
    """06-guizhou-nitu: 贵州省安顺市普定县水井村现任驻村第一书记蔡定雍正在村民大会上讲解政策 (base: no post; 现任 read as
    the clause's verb cut the village off).  现任 after a person still states the post he holds."""
    doc = extract_text("驻村\n贵州省安顺市普定县水井村现任驻村第一书记蔡定雍正在村民大会上讲解政策。")
    assert ("蔡定雍", "水井村", "驻村第一书记") in post_triples(doc), post_triples(doc)
    doc = extract_text("驻村\n南湖镇时任纪委书记马克亮参加。")
    assert ("马克亮", "南湖镇纪委", "书记") in post_triples(doc), post_triples(doc)


def test_a_named_person_and_the_village_post_after_the_comma():
    """02-ceheng-tongxin: 他叫梁兴星,黔西南州册亨县人民医院派驻坡妹镇同心村驻村第一书记。…梁兴星挨家挨户走访 (base:
    no person 梁兴星, no post).  A post not closing the clause (第一书记助理) is none; a name written once after 他叫
    with nothing closing it (他叫王二小,是放牛娃) is not guessed, nor a verb after 叫 (叫醒, 叫来)."""
    doc = extract_text("他带着新农具来到同心村\n他叫梁兴星,黔西南州册亨县人民医院派驻坡妹镇同心村驻村第一书记。"
                       "初到同心村,梁兴星挨家挨户走访。")
    assert "梁兴星" in _names(doc, "Person"), _names(doc, "Person")
    assert ("梁兴星", "同心村", "驻村第一书记") in post_triples(doc), post_triples(doc)
    doc = extract_text("人物\n他叫梁兴星,坡妹镇同心村驻村第一书记助理。梁兴星挨家挨户走访。")
    assert not post_triples(doc), post_triples(doc)
    doc = extract_text("人物\n他叫来张三帮忙。她叫醒了孩子。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def test_a_count_of_townships_and_villages_is_no_villages():
    """07-yuanmou-yimin: 发生在腊甸村的一幕只是…一个缩影,乌东德水电移民搬迁安置涉及元谋县江边、姜驿、物茂、黄瓜园4个
    乡镇、14个行政村 (base: 腊甸村's 4 乡镇 and 14 行政村).  A township still holds its villages."""
    doc = extract_text("元谋移民\n发生在腊甸村的一幕只是移民搬迁安置工作中的一个缩影,乌东德水电移民搬迁安置涉及元谋县江边、"
                       "姜驿、物茂、黄瓜园4个乡镇、14个行政村,规划搬迁安置10860人。")
    got = {(ind, v): s for s, ind, v, u in _metrics(doc)}
    assert got.get(("乡镇", 4)) == "元谋县" and got.get(("行政村", 14)) == "元谋县", _metrics(doc)
    doc = extract_text("镇情\n红星镇辖12个行政村,有人口2万人。")
    assert ("红星镇", "行政村", 12, "个") in _metrics(doc), _metrics(doc)


def test_households_after_a_count_of_village_groups():
    """02-ceheng-tongxin: 同心村…国土面积约11.77平方公里,辖10个村民组706户2888人 (base: 村民组 706 户 and 村民组 2888
    人).  A measure run on a count in the same things' unit (治理3条18.5公里) keeps the count's noun, and so do the
    households a count of trades registered (shijian93: 两个行业合计新登记5.59万户: no settlement counted)."""
    doc = extract_text("同心村\n坡妹镇同心村国土面积约11.77平方公里,辖10个村民组706户2888人。")
    got = _metrics(doc)
    assert ("同心村", "村民组", 10, "个") in got, got
    assert not {m for m in got if m[1] == "村民组" and m[3] in ("户", "人")}, got
    assert {("同心村", "户", 706, "户"), ("同心村", "人数", 2888, "人")} <= got, got
    doc = extract_text("登记\n信息传输业,科学研究和技术服务业两个行业合计新登记5.59万户,同比增长62.39%。")
    assert any(ind.startswith("行业合计新登记") and u == "户" for s, ind, v, u in _metrics(doc)), _metrics(doc)
    doc = extract_text("河湖\n全县完成中小河流治理3条18.5公里。")
    assert any(ind == "中小河流治理" and u == "公里" for s, ind, v, u in _metrics(doc)), _metrics(doc)


def test_a_word_after_a_province_is_no_village():
    """06-guizhou-nitu: 记者走访了多个“山前是山,山后是山,山上长山”的贵州山村 (base: Place 山村 under 贵州省).  A village
    of a one-character stem under its township (城关镇新村, 白沙镇山村村委会) stays a village."""
    doc = extract_text("山村\n记者走访了多个贵州山村,见到许多驻村第一书记。")
    assert "山村" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("山村\n城关镇新村党支部书记李明说。石阡县白沙镇山村村委会召开会议。")
    assert {"新村", "山村"} <= _names(doc, "Place"), _names(doc, "Place")
