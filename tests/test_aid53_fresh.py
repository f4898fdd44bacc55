"""Round 53 (aid53): counterpart-assistance news (对口援疆, 援藏, 援青) from fresh texts of /tmp/s26/fresh/aid53:
a work group's name that carries its helper city in brackets (工布江达县(中山)工作组), the helper
provinces' forward headquarters in general (各对口援疆省市前方指挥部), a batch numbered in a list whose
第 stands once (第八、九、十、十一批援藏医疗队) and the size of the group a rank is taken in
(位居19个援疆省市之首), and a prefecture's committee listed after the Corps' (兵团党委常委A，地委书记B)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _figures(doc) -> set[tuple[str, object, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_work_group_named_with_its_helper_city_in_brackets():
    """中山日报 (广东→林芝工布江达): 广东省第十批援藏工作队工布江达县(中山)工作组组长谢凯表示: the group of
    工布江达县, its helper city a bracket's note (base: an agency 中山市)工作组 located in 中山市)."""
    doc = extract_text("广东省第十批援藏工作队工布江达县(中山)工作组组长谢凯表示,今年是西藏自治区成立60周年,"
                       "也是广东对口支援西藏林芝31周年。")
    agencies = _names(doc, "Agency")
    assert "中山市)工作组" not in agencies, agencies
    assert ("谢凯", "工布江达县(中山)工作组") in relation_pairs(doc, "holdsPost")


def test_the_helper_provinces_forward_headquarters_in_general_are_no_agency():
    """新华网/发改委 援疆: 各对口援疆省市前方指挥部和受援地州早谋划: 省市 names provinces and cities in general
    (base: an agency 省市前方指挥部); 省市场监督管理局 stays the province's bureau."""
    doc = extract_text("新华网消息 据国家发改委网站消息,今年以来,各对口援疆省市前方指挥部和受援地州早谋划、早准备、"
                       "早启动,援疆项目建设开局良好。")
    assert not any("指挥部" in a for a in _names(doc, "Agency")), _names(doc, "Agency")
    bureau = extract_text("江苏省召开会议。省市场监督管理局局长张三出席。")
    assert "江苏省市场监督管理局" in _names(bureau, "Agency")


def test_a_batch_numbered_in_an_ordinal_list_is_no_count():
    """中山日报: 他先后与第八、九、十、十一批援藏医疗队(一年期)并肩作战于高原: the eleventh batch (base: a
    figure 援藏医疗队 11 批); a plain list of counts stays."""
    doc = extract_text("在藏3年,中山市人民医院肿瘤外科主任雒洪志几乎跑遍了工布江达县的每一个乡村。"
                       "他先后与第八、九、十、十一批援藏医疗队(一年期)并肩作战于高原。")
    assert not any(unit == "批" for _, _, unit in _figures(doc)), _figures(doc)
    counts = extract_text("全县新建学校3所、幼儿园5所、卫生院12个。")
    assert ("卫生院", 12, "个") in _figures(counts)


def test_the_group_a_rank_is_taken_in_is_no_figure():
    """安徽援疆 (皮山县): 前两年援疆资金完成率108.4%,位居19个援疆省市之首: 19 is the number of helper
    provinces ranked, no figure of 安徽省 (base: 援疆省市之首 19 个); the rate stays."""
    doc = extract_text("2014年至2016年,安徽省实施援疆项目99个,累计投入资金9.23亿元。其中前两年援疆资金完成率108.4%,"
                       "位居19个援疆省市之首,主要用于皮山县产业发展。")
    figures = _figures(doc)
    assert not any(value == 19 for _, value, _ in figures), figures
    assert ("援疆资金完成率", 108.4, "%") in figures


def test_a_prefecture_committee_after_the_corps_is_no_unit_of_it():
    """新疆和田学院 (北京→和田): 兵团党委常委、副司令员哈增友,地委书记刘琛参加有关活动: 地委 is the prefecture's
    committee, no unit of the Corps' committee named first (base: 新疆生产建设兵团党委地委)."""
    doc = extract_text("8月15日至16日,北京市委常委、常务副市长夏林茂一行来和考察对口支援工作。"
                       "自治区副主席凯赛尔·阿不都克热木,兵团党委常委、副司令员哈增友,地委书记刘琛参加有关活动。")
    assert not any(a.endswith("党委地委") for a in _names(doc, "Agency")), _names(doc, "Agency")
    assert ("哈增友", "新疆生产建设兵团党委") in relation_pairs(doc, "holdsPost")


def test_a_forward_headquarters_named_by_its_helper_is_the_helper_s():
    """解放日报 (上海→喀什): 上海市对口支援新疆工作前方指挥部坚持“民生为本…”: the headquarters named by the
    helper, the pairing verb and the place helped (base: an agency 新疆工作前方指挥部)."""
    doc = extract_text("今年是上海市第十一批援疆干部人才整体入疆第二年。上海市对口支援新疆工作前方指挥部坚持"
                       "“民生为本、产业为重”,累计落实183个项目。")
    agencies = _names(doc, "Agency")
    assert "上海市对口支援新疆工作前方指挥部" in agencies and "新疆工作前方指挥部" not in agencies, agencies


def test_the_tibetan_areas_open_no_district_s_body():
    """对口援藏: 宜宾市对口支援藏区工作领导小组会议召开: 藏区 (the Tibetan areas) is no district of the story
    (base: an agency 区工作领导小组); 四川省委藏区工作委员会 is read whole (base: 区工作委员会)."""
    doc = extract_text("宜宾市对口支援藏区工作领导小组会议召开。")
    assert "区工作领导小组" not in _names(doc, "Agency"), _names(doc, "Agency")
    committee = extract_text("四川省委藏区工作委员会召开会议,甘孜州委书记出席。")
    assert "区工作委员会" not in _names(committee, "Agency"), _names(committee, "Agency")
