"""Round 78 (xibei78): county and prefecture news of 新疆 (兵团 团场), 西藏 (察隅, 达孜), 宁夏 (固原, 西吉)
from fresh texts of /tmp/s26/fresh/xibei78 (深圳援藏 小康村 in 察隅县, 江苏援藏 in 达孜区, 一师十团五连's
合作社, 疏附县托克扎克镇, 西吉县's 特色优势产业, 固原市's “五特” 产业, 西藏's 乡村振兴项目).  Fixes: a township's
stem ending in 山 after its province is the mountain the town is named after (宁夏六盘山牛肉: no 六盘山镇);
a region no division bounds (六盘山, a mountain jieba tags ns) named after a division in the sentence is no
more specific subject of its figures (固原市是六盘山肉牛产业核心区…: 固原市's); 中央 before the words of
funds (中央衔接资金) is the money's source, no national scope word making a province's story the country's;
a Chinese-numeral phase bracketed after a works' name (整治项目(四期)) is no count; a place after 从 and before a verb
of shipping goods (从数千公里外的成都运过来) is where goods come from, no place of the story; livestock counted in
sheep units (195万个羊单位, 23.5万个绵羊单位) is one measure, not a count of 个; a period opening a meeting's name
read 会上 (从全区第一季度农牧业工作调度会上获悉) is the meeting's, no figure's time."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _subjects(doc) -> dict[str, str]:
    return {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_a_mountain_after_its_province_is_no_town():
    """06-guyuan-wute (固原): 先后注册“固原黄牛”“泾源黄牛肉”“宁夏六盘山牛肉”等区域公用品牌 (base: 六盘山镇 of
    泾源县, the subject of the city's figures and the article's place)."""
    doc = extract_text("固原肉牛产业\n固原市先后注册“固原黄牛”“宁夏六盘山牛肉”等区域公用品牌,发展肉牛养殖户8.03万户。")
    assert "六盘山镇" not in _places(doc), _places(doc)
    assert _subjects(doc).get("发展肉牛养殖户") == "固原市", _subjects(doc)
    town = extract_text("海南博鳌\n论坛年会在海南博鳌举行,吸引游客2万人次。")
    assert "博鳌镇" in _places(town), _places(town)


def test_a_region_named_after_the_city_is_no_subject_of_its_figures():
    """06-guyuan-wute (固原): 固原市是六盘山肉牛产业核心区,…发展肉牛养殖户8.03万户 (base: the mountain 六盘山,
    a place of no division, the subject)."""
    doc = extract_text("固原肉牛产业\n固原市是六盘山肉牛产业核心区,发展肉牛养殖户8.03万户,培育千头以上肉牛养殖示范村180个。")
    subjects = _subjects(doc)
    assert subjects.get("发展肉牛养殖户") == "固原市", subjects
    assert subjects.get("千头以上肉牛养殖示范村") == "固原市", subjects


def test_central_funds_make_no_national_story():
    """07-xizang-xiangcun (西藏日报): 已下达第一批中央衔接资金68.57亿元;已开工项目84个…中央和自治区衔接资金用于
    产业比重应不低于60% (base: every figure the country's, 中央 counted as a national scope word)."""
    doc = extract_text("西藏加快乡村振兴项目建设\n2023年西藏计划实施乡村振兴项目1337个,投资估算146.73亿元。"
                       "目前,已下达第一批中央衔接资金68.57亿元;已开工项目84个,涉及资金7.01亿元。"
                       "各市县要尽快完成招标,中央衔接资金支出进度达到30%,中央和自治区衔接资金用于产业比重应不低于60%。")
    subjects = _subjects(doc)
    assert subjects.get("开工项目") == "西藏自治区", subjects
    assert "中国" not in set(subjects.values()), subjects
    national = extract_text("全国乡村振兴\n全国已下达衔接资金1600亿元,全国已开工项目8.4万个,我国脱贫地区农民收入增长较快。")
    assert "中国" in set(_subjects(national).values()), _subjects(national)


def test_a_bracketed_phase_after_a_works_name_is_no_count():
    """02-dazi-jiangsu (西藏日报): 投资2300万元的达孜区扎叶巴村村容村貌整治项目(四期)是江苏援藏…的典型 (base: a
    figure 村容村貌整治项目 4 期)."""
    doc = extract_text("江苏援藏项目\n投资2300万元的达孜区扎叶巴村村容村貌整治项目(四期)是江苏援藏的典型。"
                       "投资5000万元的县城污水处理厂（二期）项目已开工建设。")
    units = {(m.value, m.unit) for m in doc.metrics}
    assert not any(u == "期" for _v, u in units), units
    assert (23000000, "元") in units, units
    sessions = extract_text("培训工作\n该县今年举办致富带头人培训班3期,培训学员300人。")
    assert any(m.unit == "期" and m.value == 3 for m in sessions.metrics), [(m.value, m.unit) for m in sessions.metrics]


def test_where_goods_are_shipped_from_is_no_place_of_the_story():
    """01-chayu-shenzhen (深圳新闻网, 察隅县): 深山中的建设工地,许多建筑材料需要从数千公里外的成都运过来 (base: the
    article's place 成都市, the subject of 察隅县's 计划实施资金)."""
    doc = extract_text("援藏工作组建设小康村\n许多建筑材料需要从数千公里外的成都运过来\n"
                       "记者从西藏察隅县出来,翻越高山才能到达俄玉村。察隅县建设了10个小康村项目,计划实施资金5890万元。")
    assert doc.entities[doc.articles[0].place].name == "察隅县", doc.articles[0].place
    subjects = _subjects(doc)
    assert subjects.get("计划实施资金") == "察隅县", subjects
    home = extract_text("成都物流\n成都市从各地调运蔬菜,今年蔬菜调运量120万吨。")
    assert home.entities[home.articles[0].place].name == "成都市", home.articles[0].place


def test_livestock_counted_in_sheep_units():
    """05-xiji-tese-chanye (西吉县): 畜禽饲养总量达195万个羊单位 (base: indicator 羊单位, 195万 个 — the yardstick
    read as the thing counted); 可增加载畜量23.5万个绵羊单位 (西藏's grassland figures)."""
    doc = extract_text("西吉县草畜产业\n2013年,西吉县种植牧草55.8万亩,畜禽饲养总量达195万个羊单位,肉类总产量达2.26万吨。"
                       "该县核定载畜量30万羊单位,可增加载畜量23.5万个绵羊单位。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("畜禽饲养总量", 1950000, "羊单位") in got, got
    assert ("核定载畜量", 300000, "羊单位") in got, got
    assert ("可增加载畜量", 235000, "绵羊单位") in got, got
    assert ("肉类总产量", 22600, "吨") in got, got


def test_a_quarter_opening_a_meeting_s_name_is_no_figure_s_time():
    """07-xizang-xiangcun (西藏日报): 记者日前从全区第一季度农牧业工作调度会上获悉,2023年我区计划实施乡村振兴项目
    1337个,投资估算146.73亿元 (base: 投资估算's period the first quarter, the meeting's)."""
    doc = extract_text("西藏乡村振兴项目\n记者日前从全区第一季度农牧业工作调度会上获悉,2023年我区计划实施乡村振兴项目1337个,"
                       "投资估算146.73亿元。")
    periods = {m.indicator: m.period for m in doc.metrics}
    assert periods.get("投资估算") == "2023", periods
    quarter = extract_text("某市经济运行\n2023年一季度,全市召开项目推进会3场,完成固定资产投资120亿元。")
    assert any(m.period == "2023-01/2023-03" for m in quarter.metrics), [(m.indicator, m.period) for m in quarter.metrics]
