"""Round 107 (cunliebiao107): lists of places each with its own figure — petition bulletins of the central and
provincial environmental inspection teams (浙江's 第九批 132件 by city, 铜陵's 第十批 by district, 武汉's 第十二批,
眉山's and 迪庆's), 晋城's investment by county and 镇赉县's village collective income (fresh texts of
/tmp/s27/txt/cunliebiao107).  Fixes: a place's bare count after a view of the places (从区域分布上看，杭州45件;
按区域划分，铜官区4件) counts what the paragraph's first count in that unit counts (第九批群众信访举报件), not the
last item of the list before it (其他类型, 噪声污染); an item of such a list whose own name is no place (省直1件,
东湖风景区1件) is not the first item's place's; 交办/转办 before a place (其中交办香格里拉市12件) marks the
receiver, no word of the indicator."""
from __future__ import annotations

from conftest import extract_text


def _facts(doc) -> set[tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(m.subject, m.subject), m.indicator, m.value, m.unit) for m in doc.metrics}


_ZHEJIANG = ("中央第二生态环境保护督察组向浙江省转办第九批群众信访举报件132件\n"
             "5月16日，中央生态环境保护督察组向浙江移交第九批群众信访举报件132件，其中来电举报59件，来信举报73件。"
             "从信访举报件生态环境问题类型来看，涉及水22件、大气31件、噪声20件、其他类型9件。"
             "从区域分布上看，杭州45件、宁波9件、温州12件、丽水8件、省直1件。")


def test_a_region_view_counts_the_paragraphs_total_things():
    """04-zhejiang-xinfang: 从区域分布上看，杭州45件、宁波9件… after 移交第九批群众信访举报件132件 (base: 杭州's 45
    named 其他类型, the type list's last item, and 宁波's 9 the bare 件)."""
    got = _facts(extract_text(_ZHEJIANG))
    assert ("杭州市", "第九批群众信访举报件", 45, "件") in got, got
    assert ("宁波市", "第九批群众信访举报件", 9, "件") in got, got
    assert not any(f[1] == "其他类型" and f[2] == 45 for f in got), got


def test_by_region_after_a_type_list():
    """03-tongling-xinfang: 按主要污染类型分，水污染3件、大气污染3件、噪声污染1件。按区域划分，铜官区4件、义安区2件
    (base: 铜官区's 4 named 噪声污染)."""
    doc = extract_text("省督察组向铜陵市转办第十批信访件\n4月17日，安徽省第一生态环境保护督察组向我市转办生态环境保护方面"
                       "信访件7件，其中来电举报4件、微信举报3件。按主要污染类型分，水污染3件、大气污染3件、噪声污染1件。"
                       "按区域划分，铜官区4件、义安区2件、郊区1件。")
    got = _facts(doc)
    assert ("铜官区", "生态环境保护方面信访件", 4, "件") in got, got
    assert ("义安区", "生态环境保护方面信访件", 2, "件") in got, got
    assert not any(f[0] == "铜官区" and f[1] == "噪声污染" for f in got), got


def test_an_unplaced_item_is_not_the_first_places():
    """04-zhejiang-xinfang 省直1件, 02-wuhan-xinfang 东湖风景区1件: an item of a place list whose own name is no
    place (base: 杭州市's 省直 1件, 江岸区's 东湖风景区 1件)."""
    got = _facts(extract_text(_ZHEJIANG))
    assert not any(f[0] == "杭州市" and f[1] == "省直" for f in got), got
    doc = extract_text("督察\n从区域分布来看，江岸区1件、江汉区1件、东湖风景区1件。")
    got = _facts(doc)
    assert not any(f[0] == "江岸区" and f[2] == 1 and "东湖" in f[1] for f in got), got


def test_handed_to_a_place_is_no_indicator():
    """05-diqing-jubao: 其中交办香格里拉市12件、维西县3件、州级部门7件 (base: indicator 交办香格里拉市 for both
    counties)."""
    doc = extract_text("督察\n截止2021年4月23日，省边督边改组交办涉及迪庆州群众举报投诉生态环境问题共22件。"
                       "其中交办香格里拉市12件、维西县3件、州级部门7件。")
    got = _facts(doc)
    assert not any("香格里拉" in f[1] for f in got), got
    assert any(f[0] == "香格里拉市" and f[2] == 12 for f in got), got


def test_guard_view_without_a_named_total_and_growth_items():
    """Guards: a region view whose paragraph opens with a bare count keeps the bare unit (06-meishan: 涉及眉山3件…
    从区域分布上看，眉山天府新区1件、东坡区2件 — not 来电举报); a place's figure and its growth after 、 keep the
    place; 从区域看 after a named total still counts it (sichuan62)."""
    doc = extract_text("督察\n10月21日，督察组向四川移交第三批群众信访举报件。涉及眉山3件（来电举报3件，来信举报0件）。"
                       "从区域分布上看，眉山天府新区1件、东坡区2件。")
    got = _facts(doc)
    assert not any(f[0] == "东坡区" and f[1] == "来电举报" for f in got), got
    doc = extract_text("投资\n上半年，各县投资增速趋于平衡，其中，阳城县完成投资25.3亿元、增长36.9%。")
    got = _facts(doc)
    assert any(f[0] == "阳城县" and f[2] == 36.9 for f in got), got
    doc = extract_text("项目\n本次巴中集中开工重点项目共64个，总投资152亿元。从区域看：巴州区10个，恩阳区12个。")
    got = _facts(doc)
    assert ("巴州区", "集中开工重点项目", 10, "个") in got, got
