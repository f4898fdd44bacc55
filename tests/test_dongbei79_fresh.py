"""Round 79 (dongbei79): ordinary county, town and village news of 辽宁 (朝阳县), 吉林 (延边州: 珲春市's
townships and 防川村, 和龙市东城镇光东村) and 黑龙江 (绥化's 兰西县 and 绥棱县上集镇, 黑河's 爱辉镇), from fresh
texts of /tmp/s26/fresh/dongbei79.  Fixes: a post held now written before 的 and a name after a verb of holding
(现任爱辉镇党委书记的杨占宏, 作为…的王某) is the name's, as after 担任; a photo credit's role standing alone in a
reporters' line (记者 姜歌 王博 图片 张威) is no reporter's name; (a rule that asked a name after a post written alone in quotes, 兰西“村官”成致富领头雁, for a name's
own evidence was withdrawn on review: it lost the holder of the common 现村“第一书记”邵东山, test_border55_fresh); a national organ
between 在 and a verb of registering (在国家工商总局注册了…商标) is where a town's firm registered its mark, no
national source that makes the figures after it the country's; merchants named by their home (山东胶州客商) are
no subject of the village's figures, as 台湾同胞 is none; a place right after 去 (去俄罗斯开拓劳务市场) is where
labourers go, like 赴, no subject of the town's figures (its labour income)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _rels(doc, pred: str) -> set[tuple[str, str]]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name.get(r.subject), name.get(r.object)) for r in doc.relations if r.predicate == pred}


def _subjects(doc) -> dict[str, str | None]:
    return {m.indicator: (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def test_a_post_held_now_before_de_is_the_name_s():
    """07-aihui-zhen (黑河): 现任爱辉镇党委书记的杨占宏,2004年开始到爱辉镇任镇长 (base: no person 杨占宏 at all;
    担任…的王某 was read, 现任…的 was not)."""
    doc = extract_text("现任爱辉镇党委书记的杨占宏,2004年开始到爱辉镇任镇长。几年来,他带领政府一班人为农民增收。")
    assert "杨占宏" in _names(doc, "Person")
    assert ("杨占宏", "爱辉镇党委") in _rels(doc, "holdsPost")
    held = extract_text("作为城关镇党委书记的李明说,今年要抓好项目建设。")
    assert ("李明", "城关镇党委") in _rels(held, "holdsPost")
    # no post before 的: nothing is read
    plain = extract_text("现任全县最大的合作社的负责人说,今年要扩大规模。")
    assert not _rels(plain, "holdsPost")


def test_a_photo_credit_s_role_is_no_reporter():
    """01-chaoyang-xiangmu (朝阳县融媒体中心): (记者 姜歌 王博 实习记者 李秀镇 图片 张威) (base: a person 图片)."""
    doc = extract_text("4月22日,全县二季度重点项目建设推进会议召开,县委副书记、县长石万田出席会议并讲话。\n"
                       "(记者 姜歌 王博 实习记者 李秀镇 图片 张威)")
    people = _names(doc, "Person")
    assert "图片" not in people, people
    assert {"姜歌", "王博", "张威"} <= people, people


def test_an_organ_a_mark_was_registered_at_is_no_national_source():
    """06-suileng-shangji-zhen (东北网): …米业公司,…并在国家工商总局注册了“上游水”牌商标,年加工销售水稻8万吨,
    占全镇水稻总产量的70% (base: both figures China's, read as a national organ's data)."""
    doc = extract_text("绥棱县上集镇以农民增收为目标开展工作。由镇党员干部领办创建的“上游水”米业公司,吸收37户水稻加工户为股东,"
                       "并在国家工商总局注册了“上游水”牌商标,年加工销售水稻8万吨,占全镇水稻总产量的70%。")
    subj = _subjects(doc)
    assert subj.get("年加工销售水稻") == "上集镇", subj
    # a national organ as the data's source still gives the country's figure
    wire = extract_text("新华社北京1月17日电 记者从国家统计局获悉,2023年全国粮食总产量13908亿斤。")
    assert _subjects(wire).get("粮食总产量") == "中国", _subjects(wire)


def test_merchants_named_by_their_home_are_no_subject():
    """05-lanxi-cunguan (东北网, 绥化): 兰河乡红堡村…与山东胶州客商签订了3000亩订单 (base: the village's contract
    figure 胶州市's, the merchants' home read as its subject)."""
    doc = extract_text("兰河乡红堡村曾是一个负债40万元的村子。2003年,他去山东、哈尔滨等地考察取经,与山东胶州客商签订了3000亩订单。")
    subj = _subjects(doc)
    assert subj.get("订单") == "红堡村", subj
    # a place that is no merchants' home stays the subject
    own = extract_text("2023年,胶州市签订农产品订单3000亩。")
    assert "胶州市" in set(_subjects(own).values()), _subjects(own)


def test_where_labourers_go_is_no_subject_of_the_town_s_figures():
    """07-aihui-zhen (东北网, 黑河): 去年全镇共有847人走出家门去黑河、哈尔滨、大连,甚至去俄罗斯开拓劳务市场,劳务收入
    达473万元 (base: the town's labour income Russia's, and Russia the article's place)."""
    doc = extract_text("现任爱辉镇党委书记的杨占宏,为爱辉镇的经济和社会的发展做出了不懈的努力。加强对农民劳务输出的教育和引导,"
                       "去年全镇共有847人走出家门去黑河、哈尔滨、大连,甚至去俄罗斯开拓劳务市场,劳务收入达473万元。")
    subj = _subjects(doc)
    assert subj.get("劳务收入") == "爱辉镇", subj
    # a country that is the figure's own place keeps it
    own = extract_text("2023年,俄罗斯粮食总产量达到1.47亿吨。")
    assert "俄罗斯" in set(_subjects(own).values()), _subjects(own)
