"""Round 85 (dongbei85): county, town and village news of 辽宁 (凌源 牛营子镇), 吉林 (辽源, 延边) and 黑龙江
(绥化 北林区, 伊春 嘉荫县, 黑河) (/tmp/s26/fresh/dongbei85).  Fixes: the Northeast's black soil (黑土地) is
no place; a compass character opening a clause before a village jieba reads without it is the
village's first character (西|大川村: 西大川村); northern villages named by a settlement word (石杖子村,
老杖子村: 杖子, 营子, 窝堡) are villages where they open a clause; and two short-form characters after
至 and before a length are the road's far end (乌拉嘎至新青25.9千米: no 新疆 and 青海)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_black_soil_is_no_place():
    """黑河: 在广袤的黑土地上展开了…生动实践 (base: a place 黑土地, jieba's ns)."""
    doc = extract_text("黑河:打好“三张牌”\n近年来,黑河市谋篇布局,以全域创建农业绿色发展示范区为抓手,"
                       "在广袤的黑土地上展开了“绿水青山就是金山银山”的生动实践。")
    assert "黑土地" not in _places(doc), _places(doc)
    assert "黑河市" in _places(doc)


def test_a_clause_opening_compass_character_opens_the_village_name():
    """凌源 牛营子镇: 西大川村通过建立大枣产业合作社… (base: a village 大川村, its 西 lost)."""
    doc = extract_text("牛营子镇美丽新村建设\n朝阳市牛营子镇大力推进美丽新村建设。西大川村通过建立大枣产业合作社,"
                       "连续发展大枣产业,如今这个村年产大枣50余万公斤。")
    assert "西大川村" in _places(doc), _places(doc)
    assert "大川村" not in _places(doc)
    # after a word the compass character is that word's, and the village keeps its own start
    other = extract_text("牛营子镇美丽新村建设\n朝阳市牛营子镇大力推进美丽新村建设。镇西大川村通过建立大枣产业合作社,"
                         "连续发展大枣产业。")
    assert "西大川村" not in _places(other), _places(other)


def test_a_village_named_by_a_northern_settlement_word_opens_its_clause():
    """凌源 牛营子镇: 石杖子村争取脱贫攻坚贷款扶持项目,流转土地300余亩 (base: no village; the land counted
    for the township)."""
    doc = extract_text("牛营子镇美丽新村建设\n朝阳市牛营子镇实施乡村振兴项目100余个。石杖子村争取脱贫攻坚贷款扶持项目,"
                       "流转土地300余亩,建成百合苹果庄园。老杖子村借助于村屯环境整治三年攻坚,实现了硬化、美化。")
    places = _places(doc)
    assert {"石杖子村", "老杖子村"} <= places, places
    land = [m for m in doc.metrics if m.value == 300]
    assert land and all(doc.entities[m.subject].name == "石杖子村" for m in land if m.subject), land


def test_two_short_forms_after_zhi_before_a_length_are_the_road_s_end():
    """嘉荫县: 完成了19千米边巡路和乌拉嘎至新青25.9千米三级公路工程建设 (base: 新疆维吾尔自治区 and 青海省 read
    out of 新青, 伊春's district)."""
    doc = extract_text("嘉荫县城乡建设\n嘉荫县全面改善农村环境,维修农田路224.73千米,并全面完成了19千米边巡路和"
                       "乌拉嘎至新青25.9千米三级公路工程建设。")
    places = _places(doc)
    assert "新疆维吾尔自治区" not in places and "青海省" not in places, places
    # a run of provinces with its cue keeps them: 川渝地区
    pair = extract_text("成渝地区双城经济圈\n四川省推动产业向川渝地区集聚,打造增长极。")
    assert "重庆市" in _places(pair), _places(pair)
