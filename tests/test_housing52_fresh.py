"""Round 52 (housing52): housing news from fresh texts of /tmp/s26/fresh/housing52 (老旧小区改造
progress reports of 住房城乡建设部, 经济日报 and 天津市住房城乡建设委): a figure's multiplier (22万|城镇)
opens no township, and a floor area listed after a count its clause names (新开工49个、256万平方米)
measures the same estates."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _metrics(doc):
    return list(doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics)


def test_a_multiplier_after_a_digit_opens_no_township():
    """经济日报 (paper.ce.cn, 2024-01-31): 我国近5年开工改造22万城镇老旧小区: 22万 is the figure,
    城镇老旧小区 its noun (base: a place 万城镇, the table's town of 正定县 and of 文昌市)."""
    doc = extract_text("我国近5年开工改造22万城镇老旧小区\n"
                       "本报北京1月30日讯(记者亢舒)住房和城乡建设部数据显示,2019年至2023年,"
                       "全国累计新开工改造城镇老旧小区22万个,惠及居民3800多万户、约1亿人。")
    assert "万城镇" not in _places(doc), _places(doc)
    named = extract_text("正定县召开会议\n河北省石家庄市正定县万城镇组织开展人居环境整治。")
    assert "万城镇" in _places(named)  # the town itself, written as a name, stays


def test_a_floor_area_listed_after_a_count_measures_the_same_estates():
    """天津市住房城乡建设委 (cni.top, 2020): 全市2020年城镇老旧小区改造新开工49个、256万平方米、3.2万户:
    the floor area of the estates begun (base: indicator 平方米, the unit itself)."""
    doc = extract_text("天津市城镇老旧小区更新改造征求意见稿发布\n"
                       "天津市住房城乡建设委发布公告。全市2020年城镇老旧小区改造新开工49个、256万平方米、3.2万户。")
    area = [m for m in _metrics(doc) if m.unit == "平方米"]
    assert area and area[0].indicator == "城镇老旧小区改造新开工", [(m.indicator, m.value) for m in _metrics(doc)]


def test_civil_works_are_no_place():
    """泰兴 news (new.hybbs.net): 由居民自筹资金35万元加装的电梯已完成土建及设施安装: 土建 is a building's
    civil works (base: a place 土建, jieba's ns)."""
    doc = extract_text("老旧小区加装电梯\n12月19日上午,在延令街道鼓楼社区苏利巷1号楼1单元,"
                       "由居民自筹资金35万元加装的电梯已完成土建及设施安装。")
    assert "土建" not in _places(doc), _places(doc)


def test_a_quoted_highlight_is_no_programme():
    """建邺区人民政府网站 (m.chengju.com): 二是打造“为老”亮点。针对电站村小区老年人数量多的实际需求…: a
    feature the district shows off (base: a programme 为老 implemented in 建邺区)."""
    doc = extract_text("建邺区扎实推进老旧小区改造\n一是加快“焕新”进度。将凤栖苑等11个老旧小区列入年度改造计划。\n"
                       "二是打造“为老”亮点。针对电站村小区老年人数量多的实际需求,在原社区辅房一楼改造自助餐厅。")
    programmes = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "为老" not in programmes, programmes


def test_a_day_word_closes_the_counted_noun():
    """上观新闻 (sh.people.com.cn, 2022-08-06): 虹口区欧阳街道祥东小区首批30台加装电梯昨天集中开工: the lifts
    counted, 昨天 the clause's time (base: indicator 加装电梯昨天)."""
    doc = extract_text("上海今年首个整小区加梯项目在虹口开工\n2022年08月06日09:52 | 来源:上观新闻\n"
                       "记者从虹口区房管局了解到,虹口区欧阳街道祥东小区首批30台加装电梯昨天集中开工。")
    lifts = [m for m in _metrics(doc) if m.value == 30]
    assert lifts and lifts[0].indicator == "加装电梯", [(m.indicator, m.value) for m in _metrics(doc)]
