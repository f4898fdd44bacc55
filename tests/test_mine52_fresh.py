"""Round 52 (mine52): fresh texts of /tmp/s26/fresh/mine52 and earlier rounds' (village news, county funds):
a village's or community's party organ written bare, by its kind only, is the organ of the village the
paragraph named; after an amount of money, a verb of building or buying opens what it was spent on, no noun
the amount counts."""
from __future__ import annotations

from conftest import extract_text, post_pairs


def _indicators(text: str) -> dict:
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    return {(m.value, m.unit): m.indicator for m in extract_document(doc).metrics}


def test_a_bare_village_party_organ_is_the_named_villages():
    """皋兰县 (grassroots39's text): “我们接官亭村是易地搬迁村…”村党支部书记、村委会主任张妍介绍道 (base: her 村委会 post
    only — the bare 村党支部 was no body, every village has one)."""
    doc = extract_text("新生代当家人带出全省先进村\n"
                       "走进位于皋兰县什川镇的接官亭村,映入眼帘的是错落有致的民居。\n"
                       "“我们接官亭村是易地搬迁村,也是什川镇最小的一个村,常住人口只有83人。”"
                       "村党支部书记、村委会主任张妍介绍道。")
    posts = post_pairs(doc)
    assert ("张妍", "接官亭村党支部") in posts and ("张妍", "接官亭村委会") in posts, posts
    # the kind of every village's organ (全县各村党支部书记) names no village
    doc = extract_text("培训会召开\n走进东风村，全县各村党支部书记李刚等参加培训。")
    assert not [b for p, b in post_pairs(doc) if b.endswith("党支部")], post_pairs(doc)


def test_money_spent_on_building_is_no_counted_noun():
    """定安贫困村建起文化广场 (海南日报): 这个由定安县委组织部、…龙门镇政府等投资共80万元修建的文化广场 (base: indicator 修建);
    争取资金200万元修建村级公路, 300万元建设资金 stays a noun of money."""
    assert _indicators("定安贫困村建起文化广场\n这个由定安县委组织部、县民政局、龙门镇政府等投资共80万元修建的文化广场，"
                       "面积约2200平方米。")[(800000, "元")] == "投资"
    assert _indicators("标题\n累计投入500万元改造老旧小区。")[(5000000, "元")] == "累计投入"
    assert _indicators("标题\n县里拨付300万元建设资金。")[(3000000, "元")] == "建设资金"
    assert _indicators("标题\n全县建成3个改造项目。")[(3, "个")] == "改造项目"


def test_a_bare_village_organ_after_the_paragraph_naming_its_village():
    """两位村干部的“心思” (乡村干部报, in traditional script): 记者回到江苏省泰兴市黄桥镇吴庄村的老家扫墓。⏎ 上午10点半，
    到家才一会儿，村党总支书记薛群和村委会主任王爱国便来到记者家中 (base: no post of 薛群, and 王爱国 no person: 便
    ran into his name)."""
    doc = extract_text("两位村干部的“心思”\n4月4日，清明节。记者回到江苏省泰兴市黄桥镇吴庄村的老家扫墓。\n"
                       "上午10点半，到家才一会儿，村党总支书记薛群和村委会主任王爱国便来到记者家中。\n")
    posts = post_pairs(doc)
    assert ("薛群", "吴庄村党总支") in posts and ("王爱国", "吴庄村委会") in posts, posts
