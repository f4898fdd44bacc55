"""Round 60 (east60): town and street news of 江苏, 浙江, 福建, 山东 and 广东 from fresh texts of
/tmp/s26/fresh/east60: no village read from an adverb and a verb of means before a village's medium
(还通过|村广播), a village written before its 村委会 is no 兰田村村, a bare 市委 after a verb of
reaching (统一到|市委书记) is the committee and no agency 思想上要统一到市委, a quoted figure of speech
(打好…“组合拳”) is no programme, and a county's short name opening an estate's name (东昌丽都小区)
is no county."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == kind}


def test_no_village_from_a_verb_of_means_before_the_village_s_medium():
    """东南网 (诏安梅岭镇, 06-zhaoan-meiling): 梅岭镇还通过村广播、微信群等多种形式开展安全宣传教育 — the
    town's village broadcasts, no village (base: a Place 还通过村 partOf 梅岭镇)."""
    doc = extract_text("梅岭镇筑牢节前安全网\n中秋国庆双节临近,诏安梅岭镇全面启动节前安全生产专项检查工作。"
                       "梅岭镇还通过村广播、微信群等多种形式开展安全宣传教育,提升群众安全防范意识。")
    places = _names(doc, "Place")
    assert "还通过村" not in places and not any(p.endswith("通过村") for p in places), places


def test_a_village_written_before_its_committee_keeps_one_village_suffix():
    """长乐新闻网 (05-changle-anquan): 要求基督教堂配足安全管理员,兰田村村委会尤其是下雨天要加强对小山塘安全巡查 —
    the committee of 兰田村 (base: a second place 兰田村村, the committee located in it)."""
    doc = extract_text("福州市领导来航检查安全生产工作\n在金峰镇基督教堂和兰田村,检查组再次强调安全的重要性,"
                       "要求基督教堂配足安全管理员,兰田村村委会尤其是下雨天要加强对小山塘安全巡查。")
    places = _names(doc, "Place")
    assert "兰田村村" not in places, places
    assert ("兰田村村委会", "兰田村") in relation_pairs(doc, "locatedIn")


def test_a_bare_city_committee_after_a_verb_of_reaching_is_the_committee():
    """徐闻县 下桥镇 (10-xuwen-xiaqiao): 全镇领导干部职工在思想上要统一到市委书记刘红兵到徐闻调研指示精神上来 —
    刘红兵 is the 市委's secretary (湛江市委 of the story's 徐闻县), no agency 思想上要统一到市委 (base)."""
    doc = extract_text("下桥镇召开专题会议\n8月29日,徐闻县下桥镇召开专题会议。"
                       "廖哲龙要求,全镇领导干部职工在思想上要统一到市委书记刘红兵到徐闻调研指示精神上来。")
    agencies = _names(doc, "Agency")
    assert not any("统一到" in a for a in agencies), agencies
    assert ("刘红兵", "湛江市委") in relation_pairs(doc, "holdsPost")


def test_a_quoted_figure_of_speech_is_no_programme():
    """徐闻县 下桥镇 (10-xuwen-xiaqiao): 曾进泽要求,各地各有关部门要加强谋划,打好乡村振兴示范创建“组合拳” — how the
    work is done (base: a Programme 组合拳 implementedIn 下桥镇)."""
    doc = extract_text("下桥镇召开专题会议\n徐闻县下桥镇召开专题会议。"
                       "曾进泽要求,各地各有关部门要加强谋划,打好乡村振兴示范创建“组合拳”。")
    assert "组合拳" not in _names(doc, "Programme")


def test_a_county_s_short_name_opening_an_estate_s_name_is_no_county():
    """聊城日报 (14-liaocheng-wangge): 开发区派驻单光屯社区网格第一书记工作队在东昌丽都小区开展网格书记接待日活动 —
    the estate 东昌丽都小区 (base: 东昌区 of 通化市, 220502, as the article's place)."""
    doc = extract_text("开发区网格第一书记开展接待日活动\n6月11日,开发区派驻单光屯社区网格第一书记工作队在东昌丽都小区"
                       "开展网格书记接待日活动,收集群众意见建议。")
    assert "东昌区" not in _names(doc, "Place")
    kept = extract_text("老旧小区改造\n北京市海淀老旧小区改造加快推进。")
    assert "海淀区" in _names(kept, "Place")  # a common word between: the district is read


def _indicators(doc) -> dict[str, float]:
    metrics = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator: m.value for m in metrics}


def test_a_verb_of_going_or_sending_ends_the_counted_noun():
    """聊城日报 (14-liaocheng-wangge): 开发区在机关选派34名年轻干部深入各街道、社区担任网格第一书记, and 浙江日报
    (16-ninghai-dajiahe): 将1000份绿植花卉送到石门艺术谷联建的5个村 — the cadres and the plants are counted
    (base: indicators 年轻干部深入各街道, 绿植花卉送到石门艺术谷联建)."""
    cadres = _indicators(extract_text("网格第一书记\n今年5月,聊城市开发区在机关选派34名年轻干部深入各街道、社区担任网格第一书记。"))
    assert cadres.get("年轻干部") == 34, cadres
    plants = _indicators(extract_text("宁海开展联镇街入村社活动\n6月15日,宁海县大佳何镇将1000份绿植花卉送到石门艺术谷联建的5个村。"))
    assert plants.get("绿植花卉") == 1000, plants


def test_a_company_s_short_name_that_is_a_named_town_s_stem_is_the_town():
    """长乐新闻网 (05-changle-anquan): 检查组一行先后来到松下镇松下客运码头、梅花镇敬老院 — the pier of 松下镇
    (base: an Organization 松下电器 from each 松下); the company keeps its short name where no such town is named."""
    doc = extract_text("福州市领导来航检查安全生产工作\n检查组一行先后来到长乐区松下镇松下客运码头、梅花镇敬老院。"
                       "在松下客运码头,检查组表示安全无小事。")
    assert "松下电器" not in _names(doc, "Organization")
    assert "松下镇" in _names(doc, "Place")
    company = extract_text("外资企业\n松下电器在苏州设厂,松下表示看好中国市场。")
    assert "松下电器" in _names(company, "Organization")
