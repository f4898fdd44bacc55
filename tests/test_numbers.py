"""The number grammar on real text: every gold figure of the seed page's article A1 is found with
the right value, unit and approx flag; dates, years, ordinals and quoted names are not counts."""
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from kg.model import Article, Doc
from kg.stages.numbers import (Quantity, find_quantities, format_number, numbers_component,
                               parse_number, to_chinese)

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGE = Path(__file__).resolve().parents[1] / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
TITLES = Path(__file__).resolve().parent / "data" / "extra" / "handan-gov-portal-titles-2020.txt"
GOLD = SHARED / "gold" / "dev.json"

needs_shared = pytest.mark.skipif(not PAGE.exists(), reason="shared corpus not mounted")


def a1_text() -> str:
    lines = PAGE.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[4:86])  # lines 5–86


# --------------------------------------------------------------------------- gold figures

@pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold/dev.json not present (optional)")
def test_every_gold_metric_of_a1_is_found():
    text = a1_text()
    found = find_quantities(text)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["metrics"]
    assert len(gold) == 44
    missing = []
    for g in gold:
        units = {g["unit"], *g.get("unit_alt", [])}
        core = g["surface"].split("…")[0]
        hits = [q for q in found if q.value == g["value"] and q.unit in units
                and q.approx == g["approx"]
                and (q.surface in g["surface"] or core in text[q.start - 30:q.end + 30])]
        if not hits:
            missing.append(g["surface"])
    assert missing == []


@needs_shared
def test_a1_figures_in_detail():
    by_surface = {q.surface: q for q in find_quantities(a1_text())}
    assert by_surface["2.3万余个"].value == 23000 and by_surface["2.3万余个"].unit == "个"
    assert by_surface["2.3万余个"].approx and by_surface["2.3万余个"].qualifier == "余"
    assert by_surface["6000余万元"].value == 60000000 and by_surface["6000余万元"].unit == "元"
    assert by_surface["500余万人"].value == 5000000 and by_surface["500余万人"].unit == "人"
    assert by_surface["140万"].value == 1400000 and by_surface["140万"].counted == "志愿者"
    assert by_surface["30万人次"].value == 300000 and by_surface["30万人次"].unit == "人次"
    assert by_surface["93%"].value == 93 and by_surface["93%"].unit == "%"
    assert by_surface["1000平方米"].unit == "平方米" and not by_surface["1000平方米"].approx
    assert by_surface["3393个"].counted == "健康小屋"
    assert by_surface["5000余个"].counted == "中心户"
    assert by_surface["20个"].counted  # first 20个: the county volunteer corps
    assert by_surface["6所"].counted == "驻地高校"


@needs_shared
def test_a1_has_no_false_figures():
    text = a1_text()
    found = find_quantities(text)
    # dates in captions, the quoted 1533 and 8+N, the idioms 一县一特色 / 一个领导 / 四大班子
    for q in found:
        assert "月" not in q.surface and "日" not in q.surface
        assert q.value not in (1533, 27, 30) or q.unit == "%"
    spans = [(m.start(), m.end()) for m in re.finditer(r"“(1533|8\+N|五有|四单|三下乡|四进社区)”", text)]
    assert spans
    for s, e in spans:
        assert not any(q.start < e and s < q.end for q in found)
    surfaces = [q.surface for q in found]
    assert "四大" not in surfaces and "一个" not in surfaces and "一县" not in surfaces


# --------------------------------------------------------------------------- non-counts

@needs_shared
def test_portal_titles_dates_years_ordinals_are_not_counts():
    text = TITLES.read_text(encoding="utf-8")
    found = find_quantities(text)
    values = {q.value for q in found}
    assert 175 not in values and 2020 not in values and 29 not in values
    # what remains are the real counts: 8件政府规章, 两件政府规章
    assert sorted((q.value, q.unit) for q in found) == [(2, "件"), (2, "件"), (8, "件")]


@pytest.mark.parametrize("text", [
    "5月30日", "6月2日", "1至4月", "2022年", "今年以来", "2020-07-29", "10时30分", "2022年度",
    "二〇二二年", "第175号", "第一", "第二批", "“1533”", "“8+N”模式", "“五有”标准", "“四单”",
    "“三下乡”服务", "《2018年雄安新区起步区安全度汛方案》", "一县一特色", "一对一", "一窗办",
    "三超一疲劳", "两高三低", "五账", "一批项目", "一些", "一系列", "一线", "统一受理", "一体化",
    "二次创业", "两不见面", "版本2.0", "电话0310-1234567", "G107国道", "数十个", "百家村街道",
    "五台山", "千家万户", "进万家", "唯一一个", "十四五期间", "五位一体", "十九届六中全会",
    "四次全会", "党的十八大以来", "3·15", "8:00-12:00", "5A级景区", "4G网络", "2020—2025年", "三四个", "80年代", "3至5个", "1533", "四大班子",
])
def test_not_a_quantity(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text,value,unit,approx", [
    ("173.6亿元", 17360000000, "元", False),
    ("2.3万余个", 23000, "个", True),
    ("140万志愿者", 1400000, "", False),
    ("48.32%", 48.32, "%", False),
    ("30万人次", 300000, "人次", False),
    ("1,200余次", 1200, "次", True),
    ("１２３个", 123, "个", False),
    ("四个时间节点", 4, "个", False),
    ("两件", 2, "件", False),
    ("十八个县", 18, "个", False),
    ("三十万人", 300000, "人", False),
    ("一百二十家", 120, "家", False),
    ("6000余万元", 60000000, "元", True),
    ("1万余个", 10000, "个", True),
    ("500余万人", 5000000, "人", True),
    ("近3年", 3, "年", True),
    ("约1200名", 1200, "名", True),
    ("超过30%", 30, "%", True),
    ("审批时限压缩30%以上", 30, "%", True),
    ("50家以上科技中小企业", 50, "家", True),
    ("将近五百名", 500, "名", True),
    ("3000人左右", 3000, "人", True),
    ("逾百分之三十", 30, "%", True),
    ("下降2.5个百分点", 2.5, "个百分点", False),
    ("36.9万立方米", 369000, "立方米", False),
    ("28条段", 28, "条段", False),
    ("36万平方米", 360000, "平方米", False),
    ("1.5万亿元", 1500000000000, "元", False),
    ("500元/亩", 500, "元/亩", False),
    ("3千米", 3, "公里", False),
    ("近千人参加", 1000, "人", True),
    ("上万名群众", 10000, "名", True),
    ("逾百家企业", 100, "家", True),
    ("搭建线上3个平台", 3, "个", False),
])
def test_quantity(text, value, unit, approx):
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.value, q.unit, q.approx) == (value, unit, approx)
    assert type(q.value) is type(value)
    assert text[q.start:q.end] == q.surface
    assert q.start <= q.number_start < q.number_end <= q.end


def test_approx_qualifier_is_part_of_the_span():
    text = "全市共有近2万余个站点"
    (q,) = find_quantities(text)
    assert q.surface == "近2万余个" and q.qualifier == "近余" and q.counted == "站点"


# --------------------------------------------------------------------------- parse_number

@pytest.mark.parametrize("s,v", [
    ("1,200", 1200), ("48.32", 48.32), ("１２３", 123), ("一百二十", 120), ("十八", 18),
    ("两", 2), ("三十万", 300000), ("二〇二二", 2022), ("一百零五", 105), ("一万零一", 10001),
    ("三点五", 3.5), ("2.3万", 23000), ("173.6亿", 17360000000), ("一亿二千万", 120000000),
    ("十万", 100000), ("1.5万亿", 1500000000000),
])
def test_parse_number(s, v):
    got = parse_number(s)
    assert got == v and type(got) is type(v)


@pytest.mark.parametrize("s", ["", "abc", "1.2.3", "万", "三点", "12a"])
def test_parse_number_rejects(s):
    with pytest.raises(ValueError):
        parse_number(s)


@settings(derandomize=True)
@given(st.integers(min_value=0, max_value=10 ** 15 - 1),
       st.sampled_from(["arabic", "grouped", "wan", "chinese"]))
def test_format_then_parse_round_trips_integers(n, style):
    assert parse_number(format_number(n, style)) == n


@settings(derandomize=True)
@given(st.decimals(min_value=0, max_value=10 ** 12, places=2, allow_nan=False,
                   allow_infinity=False),
       st.sampled_from(["arabic", "grouped", "wan"]))
def test_format_then_parse_round_trips_decimals(d, style):
    v = int(d) if d == d.to_integral_value() else float(d)
    assert parse_number(format_number(v, style)) == v


@settings(derandomize=True)
@given(st.integers(min_value=2, max_value=99999))
def test_chinese_numeral_spelling(n):
    assert parse_number(to_chinese(n)) == n


@settings(max_examples=500, derandomize=True)
@given(st.integers(min_value=2, max_value=10 ** 9),
       st.sampled_from(["个", "支", "项", "人次", "平方米", "万元", "%"]),
       st.sampled_from(["arabic", "chinese", "wan"]))
def test_figures_in_running_text(n, unit, style):
    if unit == "万元" and n >= 10000:
        style = "arabic"  # nobody writes 1万万元 or 一亿万元
    written = "两" if (n, style) == (2, "chinese") else format_number(n, style)  # 两个, not 二个
    text = f"截至目前，全市共建成{written}{unit}，进一步织密网络。"
    qs = find_quantities(text)
    assert len(qs) == 1
    expected = n * 10000 if unit == "万元" else n
    assert qs[0].value == expected
    assert qs[0].unit == {"万元": "元"}.get(unit, unit)


@settings(max_examples=300, derandomize=True)
@given(st.text())
def test_arbitrary_unicode_never_crashes_and_spans_hold(text):
    for q in find_quantities(text):
        assert isinstance(q, Quantity)
        assert text[q.start:q.end] == q.surface
        assert q.start <= q.number_start < q.number_end <= q.end


@settings(max_examples=300, derandomize=True)
@given(st.text(alphabet="0123456789０１２万亿千余多个人次%年月日第.,“”《》至近约以上一二两三十百点元", max_size=30))
def test_number_soup_never_crashes(text):
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.surface


# --------------------------------------------------------------------------- component

def test_component_writes_article_coordinates():
    body = "解决群众实际问题7000余件；号召30万人次参与。"
    text = "标题\n\n" + body
    doc = Doc(id="d1", source="x.txt", text=text)
    art = Article(id="d1-a1", text=body)
    art.offsets.add(0, 4, len(body))
    doc.articles.append(art)
    numbers_component()(doc)
    qs = doc.quantities["d1-a1"]
    assert [q.surface for q in qs] == ["7000余件", "30万人次"]
    assert all(body[q.start:q.end] == q.surface for q in qs)


def test_registered_and_in_article_coordinates_on_the_seed_page():
    from kg.pipeline import Pipeline, registered
    info = registered()["numbers"]
    assert info.writes == ("doc.quantities",)
    if not PAGE.exists():
        pytest.skip("shared corpus not mounted")
    text = PAGE.read_text(encoding="utf-8")
    doc = Pipeline(("layout", "numbers"))(Doc(id="p", source=PAGE.name, text=text))
    assert len(doc.articles) >= 6
    total = 0
    for art in doc.articles:
        for q in doc.quantities[art.id]:
            assert art.text[q.start:q.end] == q.surface
            span = art.offsets.span_to_source(q.start, q.end)
            assert span is not None and text[span[0]:span[1]] == q.surface
            total += 1
    assert total >= 70


def test_counted_noun_stops_at_a_cut_off_title():
    # 《关于废止…等两件政府...: the title is cut off, the noun ends where the text does
    qs = find_quantities("邯郸市人民政府令第167号《关于废止邯郸市城市环境噪声污染防治管理办法等两件政府...\n")
    two = [q for q in qs if q.value == 2]
    assert len(two) == 1 and two[0].unit == "件" and two[0].counted == "政府"


def test_bare_numbers_listed_before_a_figure_share_its_unit():
    """分别回落2.16和1.66个百分点, 分别为2351、10015吨: the first numbers take the last one's unit;
    an enumerator (2、24岁), a time's hundredths (11秒37、11秒49) and years stay out."""
    from kg.stages.numbers import find_quantities

    def got(t):
        return [(q.surface, q.value, q.unit) for q in find_quantities(t)]
    assert got("第二、第三产业比重分别回落2.16和1.66个百分点。") == [
        ("2.16", 2.16, "个百分点"), ("1.66个百分点", 1.66, "个百分点")]
    assert got("小麦、玉米产量分别为2351、10015吨。") == [("2351", 2351, "吨"), ("10015吨", 10015, "吨")]
    assert got("2、24岁的话务员。") == [("24岁", 24, "岁")]
    assert got("事迹如下。2、24岁的话务员。") == [("24岁", 24, "岁")]
    assert [q.surface for q in find_quantities("以11秒37、11秒49排名第五")] == ["11秒", "11秒"]
    assert got("2019、2020年全县完成造林。") == []
