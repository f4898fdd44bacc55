"""Round 85 (wenlv85): culture-and-tourism news — a chrysanthemum festival's and a Dragon-Boat holiday's
visitors and income (开封), 送戏下乡 and 送文化下乡 performances counted in 场 (大同, 夏邑县, 秭归县), a city's
list of intangible-heritage items (开封) and a provincial tourism work conference (四川) — from fresh texts
of /tmp/s26/fresh/wenlv85 (河南, 山西, 四川, 湖北; city, county and province).  Fixes: a time bounded by
不足/只有 in a clause opening with 距离 (距离春节已不足10天) is the wait before a date, no figure; a place's
state troupes and theatres and its intangible-heritage centre named by their scope alone (大同市歌舞剧院,
市晋剧院, 市非遗中心) are organisations; a money noun whose number is a bare magnitude (旅游收入超万亿) is in 元; a word jieba tags ns
inside a park's name closed by 园 (清明上河园) is no place."""
from __future__ import annotations

from conftest import extract_text


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_the_days_left_before_a_festival_are_no_figure():
    """06-sichuan-wenlv (四川省文化和旅游工作会议): 距离春节已不足10天,…展示表演场次将达到5000余场 (base: a
    metric 天 10天 of the province)."""
    doc = extract_text("四川文化惠民\n距离春节已不足10天,全省将统筹开展乡村春晚、文化惠民,展示表演场次将达到5000余场。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert not any(u == "天" for _i, _v, u in got), got
    assert ("展示表演场次", 5000, "场") in got, got
    # negative: 距离年目标值差85天 (no bound 不足/只有: the gap to the year's target) stays a figure
    doc = extract_text("全市空气质量\n今年以来,全市空气质量优良天数为200天,距离年目标值差85天。")
    assert (85, "天") in {(m.value, m.unit) for m in doc.metrics}, doc.metrics


def test_a_citys_troupes_and_theatres_are_organisations():
    """03-datong-songxi (大同市文化和旅游局): 大同市歌舞剧院送戏下乡以歌舞类…为重点,市晋剧院演出剧目以传统晋剧为主
    (base: neither theatre an organisation)."""
    doc = extract_text("大同市送戏下乡收官\n据了解,大同市歌舞剧院送戏下乡以歌舞类节目演出为重点,市晋剧院演出剧目以传统晋剧为主。")
    got = _orgs(doc)
    assert {"大同市歌舞剧院", "大同市晋剧院"} <= got, got


def test_a_citys_intangible_heritage_centre_is_an_organisation():
    """05-kaifeng-feiyi (开封市公布第六批市级非遗名录): 市非遗中心共收到82项申报材料 (base: no organisation)."""
    doc = extract_text("开封市公布非遗名录\n据悉,开封市非遗中心共收到82项申报材料。")
    assert "开封市非遗中心" in _orgs(doc), _orgs(doc)


def test_a_bare_magnitude_of_income_is_in_yuan():
    """06-sichuan-wenlv (headline 全省旅游收入超万亿): a money noun with a bare magnitude for its number (超万亿,
    no digit) is in 元 as 1.2万亿 is (base: 旅游收入 1e12 with no unit); a population's stays without."""
    doc = extract_text("四川旅游\n去年全省旅游收入超万亿,同比增长14.7%。全县常住人口超万。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("旅游收入", 1e12, "元") in got, got
    assert not any(u == "元" for i, _v, u in got if "人口" in i), got


def test_a_word_inside_a_parks_name_is_no_place():
    """04-kaifeng-duanwu (开封市文广旅局): 清明上河园 (base: a Place 上河, jieba's ns inside the park's name);
    an industrial park at a place (上河园区) keeps it."""
    doc = extract_text("开封端午\n端午假期,清明上河园、万岁山景区游人如织。")
    assert "上河" not in {e.name for e in doc.entities.values() if e.type == "Place"}, doc.entities
    doc = extract_text("开封端午\n游客在上河园区参观。")
    assert "上河" in {e.name for e in doc.entities.values() if e.type == "Place"}, doc.entities
