"""Round 81 (hubei81): county, town and village news of 湖北 (襄阳保康, 十堰竹山/郧阳, 黄冈红安, 宜昌宜都) and
陕西 (延安宜川/安塞, 榆林榆阳) from fresh texts of /tmp/s26/fresh/hubei81: a county's own headline opening
with its short name (保康召开…) in a story naming its leaders by the bare 县 (县人大常委会主任, 副县长) is
the county, so its towns resolve; the preposition 由 opening a clause is no part of the village after
it (由辛户村党支部书记); a numeral phrase jieba tags ns (按一棵树年净利) is no place; a village's
stem written short in its own story (沙河村 … 沙河王姓一族) is no county of a province never named;
edible fungi counted in logs (10万棒食用菌) in the measure word 棒; 全村 in a quote opening its sentence
(“现在全村有720亩茶园…”) is the village; and a village opening its clause before 迎来 (吕家坳村迎来了…) a place."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_county_headline_with_its_leaders_written_bare_names_the_county():
    """01-baokang-meixiang (保康融媒网, 湖北保康县): 保康召开5月份和美乡村产业示范片区建设现场会 … 现场会在黄堡镇
    寨湾村召开。县人大常委会主任徐声军出席 (base: no place for the article, no 黄堡镇, no 寨湾村)."""
    doc = extract_text("保康召开和美乡村产业示范片区建设现场会\n5月28日,和美乡村产业示范片区建设现场会在黄堡镇寨湾村召开。"
                       "县人大常委会主任徐声军出席会议并讲话。副县长蔡德军出席会议。")
    got = _places(doc)
    assert {"保康县", "黄堡镇", "寨湾村"} <= got, got
    # leaders written with their county's name, or none at all: the headline's word stays what it was
    none = extract_text("保康召开和美乡村产业示范片区建设现场会\n5月28日,现场会在寨湾村召开。主任徐声军出席会议并讲话。")
    assert "保康县" not in _places(none), _places(none)
    other = extract_text("保康召开和美乡村产业示范片区建设现场会\n5月28日,现场会召开。各县委书记出席会议并讲话。")
    assert "保康县" not in _places(other), _places(other)


def test_a_preposition_opening_the_clause_is_no_part_of_the_village():
    """04-yichuan-yunyan (延安宜川县云岩镇): 引入“邻家书记”机制,由辛户村党支部书记张延刚担任跨村联合党总支副书记
    (base: a village 由辛户村 and its branch 由辛户村党支部)."""
    doc = extract_text("云岩镇推进土地连片整治\n延安市宜川县云岩镇引入“邻家书记”机制,由辛户村党支部书记张延刚担任"
                       "跨村联合党总支副书记。")
    got = _places(doc)
    assert "辛户村" in got and "由辛户村" not in got, got


def test_a_numeral_phrase_jieba_tags_ns_is_no_place():
    """04-yichuan-yunyan: 一分地里能栽植11棵矮化苹果树,按一棵树年净利200元算 (base: a place 一棵树, the
    subject of the figure)."""
    doc = extract_text("宜川县云岩镇苹果产业\n宜川县云岩镇一分地里能栽植11棵矮化苹果树,按一棵树年净利200元算。")
    assert "一棵树" not in _places(doc), _places(doc)


def test_a_village_s_stem_written_short_is_no_far_county():
    """07-hongan-shahe (黄冈红安县永佳河镇沙河村): 沙河王姓一族系…的后裔, 扩宽了桃花至沙河8公里长的通村公路
    (base: 沙河市 of 河北, read after 在 as a place)."""
    doc = extract_text("红安沙河村融合发展谋振兴\n近日,黄冈市红安县永佳河镇沙河村村民正在为树木浇水抗旱。\n"
                       "沙河村于2014年被湖北省民宗委列为民族村。沙河王姓一族系元朝地方行政长官的后裔,"
                       "蒙古文化在沙河王姓一族中传承至今。")
    got = _places(doc)
    assert "沙河村" in got and "沙河市" not in got, got
    # its province named, the county is read as before
    hebei = extract_text("邢台沙河市推进乡村振兴\n河北省邢台市所辖沙河村开展活动。沙河市委书记出席会议。")
    assert "沙河市" in _places(hebei), _places(hebei)


def test_edible_fungi_counted_in_logs():
    """03-zhushan-tayuan (十堰竹山县楼台乡塔院村): “现在全村有720亩茶园、10万棒食用菌、600多箱天然蜜蜂。”
    (base: the indicator 棒食用菌 with no unit)."""
    doc = extract_text("竹山县楼台乡塔院村发展产业\n“现在全村有720亩茶园、10万棒食用菌、600多箱天然蜜蜂。”今年全镇发展香菇50万棒。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("食用菌", 100000, "棒") in got and ("发展香菇", 500000, "棒") in got, got


def test_a_quote_opening_its_sentence_is_speech_for_its_scope_word():
    """03-zhushan-tayuan: a paragraph of the village's story that is its secretary's words, “现在全村有720亩茶园、
    10万棒食用菌…” (base: the figures the township's or county's, 全村 read as inside a title)."""
    doc = extract_text("竹山县楼台乡塔院村发展产业\n竹山县楼台乡塔院村新建300亩茶园。\n“现在全村有720亩茶园、10万棒食用菌。”")
    subjects = {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.value in (720, 100000)}
    assert subjects == {"茶园": "塔院村", "食用菌": "塔院村"}, subjects


def test_a_village_opening_its_clause_before_what_comes_to_it():
    """08-yidu-panjiawan (三峡日报, 宜都潘家湾土家族乡): 10月1日,国庆长假第一天,吕家坳村迎来了大批自驾游客
    (base: no village); 全村迎来丰收 and 示范村迎来新变化 name none."""
    doc = extract_text("潘家湾土家族乡乡村旅游\n10月1日,国庆长假第一天,吕家坳村迎来了大批自驾游客。全村迎来丰收。示范村迎来新变化。")
    got = _places(doc)
    assert "吕家坳村" in got and not {"全村", "示范村"} & got, got
