"""Round 60 (livestock60): 畜牧兽医 news from fresh texts of /tmp/s26/fresh/livestock60 — no continent
read from an animal disease or a vaccine strain named after it (非洲猪瘟, 口蹄疫O型-亚洲I型苗), a
division's 动物疫病预防控制中心 / 动物卫生监督所 read as its agency, a farm animal named by one character
(羊, 鸡, 鸭, 鹅) as the noun of its head count, and no distributive 各 left in an indicator."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in ("Agency", "Organization")}


def _indicators(doc) -> dict[str, float]:
    return {m.indicator: m.value for m in doc.metrics}


def test_african_swine_fever_names_no_continent():
    """河南 舞阳县: 我县组织收听收看全省非洲猪瘟防控电视电话会议 (base: a Place 非洲, continent)."""
    doc = extract_text("我县组织收听收看全省非洲猪瘟防控电视电话会议\n"
                       "3月17日下午,我县组织收听收看全省非洲猪瘟防控电视电话会议。县畜牧局等单位负责同志参加。")
    assert "非洲" not in _places(doc), _places(doc)


def test_a_vaccine_strain_names_no_continent():
    """青海 大通县 塔尔镇: 羊用O型-亚洲I型苗免疫 (base: a Place 亚洲, read by the tagger)."""
    doc = extract_text("大通县塔尔镇开展重大动物秋季防疫工作\n"
                       "秋季防疫对象为牛、羊、猪、鸡。羊用O型-亚洲I型苗免疫,牛用O型-亚洲I型-A型口蹄疫三价苗免疫。")
    assert "亚洲" not in _places(doc), _places(doc)
    assert "大通回族土族自治县" in _places(doc)
    abroad = extract_text("会议召开\n亚洲开发银行代表出席,来自亚洲和非洲的代表参加会议。")
    assert "非洲" in _places(abroad)  # the continent itself is still read


def test_animal_disease_control_centre_of_a_city_is_an_agency():
    """甘肃 兰州: 兰州市动物疫病预防控制中心于2月下旬对全市春季重大动物疫病防控工作做出了具体的安排部署
    (base: no agency at all)."""
    doc = extract_text("兰州市春防集中免疫全面展开\n"
                       "兰州市动物疫病预防控制中心于2月下旬对全市春季重大动物疫病防控工作做出了具体的安排部署。")
    assert "兰州市动物疫病预防控制中心" in _agencies(doc), _agencies(doc)
    assert ("兰州市动物疫病预防控制中心", "兰州市") in relation_pairs(doc, "locatedIn")
    other = extract_text("西和县开展培训\n西和县动物卫生监督所组织开展培训。")
    assert "西和县动物卫生监督所" in _agencies(other), _agencies(other)


def test_one_character_animals_name_their_head_counts():
    """上海 嘉定区: 本次秋防期间共免疫生猪3465 头,奶牛780 头,羊4999只,鸡68499羽,鸭28090羽,鹅2243羽
    (base: indicators 只 and 羽, the unit itself)."""
    doc = extract_text("嘉定区完成2020年度畜禽“秋防”免疫工作\n"
                       "上海市嘉定区于近期完成了畜禽免疫工作。据统计,本次秋防期间共免疫生猪3465 头,奶牛780 头,"
                       "羊4999只,鸡68499羽,鸭28090羽,鹅2243羽。")
    ind = _indicators(doc)
    assert ind.get("羊") == 4999 and ind.get("鸡") == 68499 and ind.get("鹅") == 2243, ind
    assert "只" not in ind and "羽" not in ind


def test_distributive_ge_is_no_part_of_the_indicator():
    """云南 香格里拉市: 全市共完成猪口蹄疫、猪瘟、高致病性猪蓝耳病免疫各18.97万头
    (base: the indicator 高致病性猪蓝耳病免疫各)."""
    doc = extract_text("香格里拉市加强秋季动物免疫\n"
                       "截至目前,香格里拉市共完成猪口蹄疫、猪瘟、高致病性猪蓝耳病免疫各18.97万头,牛口蹄疫免疫9.225万头。")
    ind = _indicators(doc)
    assert not any(k.endswith("各") for k in ind), ind
    assert ind.get("高致病性猪蓝耳病免疫") == 189700, ind


def test_he_lin_county_by_its_customary_name():
    """内蒙古 和林格尔县 (呼和浩特): 和林县副县长郭文俊介绍了和林县基本情形 (base: 和 read as a conjunction,
    a county 林县 with no code, 郭文俊 holding a post at it)."""
    doc = extract_text("专家组对和林县开展非洲猪瘟无疫小区评估\n"
                       "和林县副县长郭文俊介绍了和林县基本情形,和林县农牧局汇报了监管情形。")
    places = {e.name: e.code for e in doc.entities.values() if e.type == "Place"}
    assert places.get("和林格尔县") == "150123" and "林县" not in places, places


def test_equal_changes_of_two_levels_stay_two_facts():
    """A province's 前三季度 畜牧 report: 羊肉产量13.8万吨，同比增长0.7% … 鸡蛋产量27.8万吨，同比增长0.7%
    (base: the egg output's change merged into the mutton's, the two indicators sharing 产量同比增长)."""
    doc = extract_text("前三季度全省畜牧业生产情况\n"
                       "羊肉产量13.8万吨,同比增长0.7%。禽蛋产量30万吨,同比增长0.8%,其中鸡蛋产量27.8万吨,同比增长0.7%。")
    ind = _indicators(doc)
    assert ind.get("羊肉产量同比增长") == 0.7 and ind.get("鸡蛋产量同比增长") == 0.7, ind


def test_where_the_counted_are_spread_ends_their_noun():
    """河北 磁县 (《今日畜牧兽医》): 全县1015个养殖户遍布全县11个乡镇的197个行政村 (base: the indicator
    养殖户遍布全县)."""
    doc = extract_text("磁县积极构建五道防线严控非洲猪瘟疫情\n"
                       "磁县是生猪养殖大县,全县1015个养殖户遍布全县11个乡镇的197个行政村,生猪存栏达16.4万头。")
    ind = _indicators(doc)
    assert ind.get("养殖户") == 1015 and not any("遍布" in k for k in ind), ind
