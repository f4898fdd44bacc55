"""Round 66 (project66): key-project news of cities and counties (集中开工, 集中签约, 竣工投产) from fresh
texts of /tmp/s26/fresh/project66 (鄂城区, 新疆, 郏县, 澄城县, 祁东县 …): an order of size before 级
(100亿级项目1个) read as an amount with no unit and the count as 级项目; a capacity inside a named
project (30万锭环纺建设项目, 20万吨/年EVA项目, 年产20万吨硅氧烷及下游深加工项目) read as a figure of
the region; the projects named after their count (集中开工的9个产业项目为A项目、B项目和C项目) read as
no programme at all, and the last item after 和/及 kept its joiner (和C项目); the figures of a project
named after its site (位于澄城县寺前镇的新型材料生产线项目，总投资2.66亿元) read as the township's."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_an_order_of_size_before_ji_is_no_amount():
    """05-echeng-qianyue (鄂城区): 其中，100亿级项目1个、30亿级项目2个 (base: 级项目 10000000000 with no
    unit, and the counts as 级项目)."""
    doc = extract_text("鄂城区重大项目集中签约\n鄂城区三季度签约亿元项目15个,其中,100亿级项目1个、30亿级项目2个、"
                       "1至10亿级项目9个,总投资额为285.31亿元。")
    got = _metrics(doc)
    assert not any(v >= 10 ** 9 and u == "" for _i, v, u in got), got
    assert ("100亿级项目", 1, "个") in got and ("30亿级项目", 2, "个") in got, got
    assert ("总投资额", 28531000000, "元") in got, got


def test_a_tier_in_tons_is_no_tonnage_but_a_tonnage_stays():
    """A port's berths of a tier (5万吨级泊位2个) count berths; a throughput in tons is the figure (negative)."""
    doc = extract_text("港口建设加快推进\n全县港区新建5万吨级泊位2个,港口吞吐量达到5万吨。")
    got = _metrics(doc)
    assert ("5万吨级泊位", 2, "个") in got, got
    assert ("港口吞吐量", 50000, "吨") in got, got
    assert not any(i.endswith("泊位") and u == "吨" for i, _v, u in got), got


def test_a_capacity_inside_a_named_project_is_no_figure_of_the_region():
    """07-xinjiang-touchan (新疆日报): 天利高新20万吨/年EVA项目是新疆首套EVA项目, 新疆利华纺织有限公司30万锭
    环纺建设项目等12个重大产业项目建成投产, 合盛硅业年产20万吨硅氧烷及下游深加工项目已基本完成土建
    (base: 新疆 EVA项目 200000 吨/年, 锭环纺建设项目 300000, 硅氧烷 200000 吨)."""
    doc = extract_text("新疆重点产业项目加快建设\n天利高新20万吨/年EVA项目是新疆首套EVA项目。今年以来,新疆利华纺织有限公司"
                       "30万锭环纺建设项目等12个重大产业项目建成投产。其中,合盛硅业年产20万吨硅氧烷及下游深加工项目"
                       "已基本完成土建部分施工。")
    got = _metrics(doc)
    assert ("重大产业项目", 12, "个") in got, got
    assert not any(v in (200000, 300000) for _i, v, _u in got), got
    # negative: products joined by 和 with no project's head after them are the county's output
    doc = extract_text("某县农业生产稳中有进\n今年全县粮食产量20万吨和蔬菜产量5万吨,均创历史新高。")
    assert ("粮食产量", 200000, "吨") in _metrics(doc), _metrics(doc)



def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_projects_named_after_their_count_are_programmes():
    """03-qidong-kaigong (湖南祁东县): 本次祁东县集中开工的9个产业项目为科多供电生产线项目、广裕橡塑汽丰泡棉项目、…
    和黄花主题公园项目 (base: no programme); negative: 该项目为省重点项目、市重点项目 names kinds, no count
    before it."""
    doc = extract_text("祁东县产业项目集中开工\n本次祁东县集中开工的4个产业项目为科多供电生产线项目、广裕橡塑汽丰泡棉项目、"
                       "建汉铝建材生产线项目和黄花主题公园项目。")
    got = _programmes(doc)
    assert {"科多供电生产线项目", "广裕橡塑汽丰泡棉项目", "建汉铝建材生产线项目", "黄花主题公园项目"} <= got, got
    assert not any(n.startswith("和") for n in got), got
    doc = extract_text("某县重点项目推进\n该项目为省重点项目、市重点项目。")
    assert not {"省重点项目", "市重点项目"} & _programmes(doc), _programmes(doc)


def test_a_project_named_after_its_site_owns_its_figures():
    """02-chengcheng-kaigong (陕西澄城县): 位于澄城县寺前镇的新型材料生产线项目,总投资2.66亿元 (base: 寺前镇
    总投资 2.66亿元); negative: the county's total in the sentence before stays the county's."""
    doc = extract_text("澄城县10个项目集中开工\n澄城县此次集中开工项目10个,总投资10.1亿元。位于澄城县寺前镇的新型材料"
                       "生产线项目,总投资2.66亿元,年度计划投资2.66亿元。")
    names = {k: e.name for k, e in doc.entities.items()}
    subj = {(m.indicator, m.value): names.get(m.subject) for m in doc.metrics}
    assert subj[("总投资", 266000000)] == "新型材料生产线", subj
    assert subj[("总投资", 1010000000)] == "澄城县", subj
