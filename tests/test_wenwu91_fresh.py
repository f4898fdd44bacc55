"""Round 91 (wenwu91): cultural relics, museum and intangible heritage news — the ministry's decade
figures of museums (藏品数量4665万件/套, 参观人次), a Gansu rescue excavation of Spring and Autumn tombs,
city museums opening and closing (雅安, 洛阳, 本溪: 展出文物约1.1万件(套), 接待观众80多万人次) and the fifth
national list of intangible heritage items (第五批国家级非物质文化遗产代表性项目名录共有185项) — fresh texts
of /tmp/s26/fresh/wenwu91, national, Gansu, Sichuan, Henan and Liaoning.  Fixes: a count whose noun is
described by two adjectives before 的 (近500件精美珍贵的文物) counted the description, not the relics; a
count of items followed by the verb of what they cover (325个项目覆盖全国31个省) read the verb and its
object into the noun counted; a museum's or archive's staff title (甘肃省文物考古研究所馆员王永安) was no post, and
the person before it was lost."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def test_two_adjectives_before_de_describe_the_things_counted():
    """03-yaan-museum-opening: 本月底,市博物馆将举行隆重的开馆仪式,近500件精美珍贵的文物将免费供市民参观
    (base: indicator 精美珍贵, the description).  Two adjectives of two characters joined, closed by 的, say
    what the relics are like, as one adjective does (50栋崭新的…); the noun after 的 is what is counted.
    The two adjectives alone stay no indicator."""
    doc = extract_text("雅安市博物馆开馆\n本月底,雅安市博物馆将举行开馆仪式,近500件精美珍贵的文物将免费供市民参观。")
    assert ("文物", 500, "件") in _metrics(doc), _metrics(doc)
    assert "精美珍贵" not in _indicators(doc), _indicators(doc)
    doc = extract_text("人居环境\n今年全县建成12个干净整洁的美丽村庄。")
    assert any(i.endswith("村庄") for i in _indicators(doc)), _indicators(doc)
    assert "干净整洁" not in _indicators(doc), _indicators(doc)


def test_the_verb_of_covering_ends_the_noun_counted():
    """06-fifth-batch-feiyi: 第五批国家级非物质文化遗产代表性项目名录共有185项、扩展项目名录共有140项。325个项目覆盖全国
    31个省(区、市)以及新疆生产建设兵团 (base: indicator 项目覆盖全国).  覆盖 after the noun begun is the
    predicate; 覆盖率 is the noun's own measure, and a noun that opens with the verb (覆盖城乡的服务网点)
    keeps it."""
    doc = extract_text("非遗名录公布\n据介绍,第五批国家级非物质文化遗产代表性项目名录共有185项、扩展项目名录共有140项。"
                       "325个项目覆盖全国31个省(区、市)以及新疆生产建设兵团。")
    assert ("项目", 325, "个") in _metrics(doc), _metrics(doc)
    assert not {i for i in _indicators(doc) if "覆盖" in i}, _indicators(doc)
    from kg.stages.numbers import _counted_after
    text = "全县3个村覆盖率达到90%"
    assert _counted_after(text, text.index("个") + 1).startswith("村覆盖率")
    text = "建成12个覆盖城乡的服务网点"
    assert _counted_after(text, text.index("个") + 1).startswith("覆盖城乡")


def test_a_museum_staff_title_is_a_post_in_the_unit_before_it():
    """02-gansu-chunqiu-tombs: 据甘肃省文物考古研究所馆员王永安介绍,他们在墓葬中发现带铭文的铜礼器 (base: no person,
    no post).  馆员 and 研究馆员, the professional titles of museum, archive and library staff, are written after
    the unit and before the name, as 研究员 is: the person holds it in the unit.  A 馆员 counted (该馆有馆员12名)
    names nobody."""
    from conftest import post_triples
    doc = extract_text("考古发掘\n据甘肃省文物考古研究所馆员王永安介绍,墓地周围已勘探出墓葬300多座。")
    assert ("王永安", "甘肃省文物考古研究所", "馆员") in post_triples(doc), post_triples(doc)
    doc = extract_text("新馆开馆\n洛阳博物馆研究馆员王晓东介绍,新馆展出文物约1.1万件(套)。")
    assert ("王晓东", "洛阳博物馆", "研究馆员") in post_triples(doc), post_triples(doc)
    doc = extract_text("图书馆\n市图书馆馆员参加业务培训。该馆有馆员12名。")
    assert not {e.name for e in doc.entities.values() if e.type == "Person"}, post_triples(doc)
