"""Round 94 (bingtuan94): 新疆生产建设兵团 news, second pass — the divisions' and regiments' own news
(师市合一 cities: 第八师石河子市, 第六师五家渠市, 第十四师昆玉市, 第十三师新星市; regiments and their
companies: 一四七团, 红星二场六连; 招商 visits, 援疆 pairing, a company's cotton figures) from the
divisions' government sites and papers that reprinted them (fresh texts of /tmp/s26/fresh/bingtuan94).
Fixes: a division's word with 道 after a name is a road's class (毗邻乌克省道: the Urumqi–Karamay
provincial road), no province abroad (was the place 乌克省); 鄂 is a family name (石河子市党委书记、政委
鄂宏达 was no person at all), a name opening with it read only with a post or verb as any other, the
places it opens (鄂州, 鄂尔多斯, 鄂温克) and Hubei's short name (援鄂, 鄂西北) still places."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_provincial_roads_class_word_is_no_province_abroad():
    """03-yisiqituan-zhaoshang: 秦大乾认为一四七团距离石河子较近。又毗邻乌克省道，具有得天独厚的地缘优势
    (base: a place 乌克省, a province abroad written by sound).  A province abroad before its roads
    (…州道路) and one before other words stay places."""
    doc = extract_text("考察\n该团距离石河子较近，又毗邻乌克省道，具有得天独厚的地缘优势。")
    assert not {n for n in _names(doc, "Place") if n.endswith("省")}, _names(doc, "Place")
    doc = extract_text("考察\n车队沿塔克县道行驶。")
    assert not {n for n in _names(doc, "Place") if n.endswith("县")}, _names(doc, "Place")
    doc = extract_text("访问\n代表团访问了老挝琅勃拉邦省，考察琅勃拉邦省道路建设。")
    assert any(n.endswith("琅勃拉邦省") for n in _names(doc, "Place")), _names(doc, "Place")


def test_e_is_a_family_name_after_a_post():
    """02-bashi-shihezizongchang-qianyue: 新疆生产建设兵团第八师石河子市党委书记、政委、市人大常委会主任
    鄂宏达，德州市委常委、常务副市长赵纪钢出席 (base: no person 鄂宏达, no post).  The places 鄂 opens
    and Hubei's short name are no person."""
    doc = extract_text("签约\n新疆生产建设兵团第八师石河子市党委书记、政委、市人大常委会主任鄂宏达，"
                       "德州市委常委、常务副市长赵纪钢出席。")
    assert "鄂宏达" in _names(doc, "Person"), _names(doc, "Person")
    assert any(p == "鄂宏达" and "政委" in post for p, _, post in post_triples(doc)), post_triples(doc)
    doc = extract_text("调研\n湖北省委书记王忠林赴鄂州市调研。援鄂医疗队队长李明返回。鄂尔多斯市市长杜汇良出席。"
                       "鄂西北地区降雨。内蒙古鄂温克族自治旗旗长张三出席。")
    assert not {n for n in _names(doc, "Person") if n.startswith("鄂")}, _names(doc, "Person")
    assert {"鄂州市", "鄂尔多斯市"} <= _names(doc, "Place"), _names(doc, "Place")
