"""Round 118 (hongshizi118): Red Cross and blood-donation text — city and county 红十字会 and 中心血站 news:
吐鲁番's 市红十字会 with the 中心血站, 宁国's 世界红十字日 donation at a bank's door, 蚌埠's cadres at the 市中心血站,
宜秀区's office donation, 岱山's 99公益日 and 博爱家园 story, 邵阳's 博爱周, 甘肃's and 江西's provincial Red Cross
year figures, 苏州's 爱心成绩单; fresh texts of /tmp/s27/txt/hongshizi118.  Fixes: a comparison group of the
same kind in a whole (领跑全省和全国同类城市) is a yardstick, no scope of the figures after it (base: 新增遗体捐献86例
was 中国's, and 中国 an entity); a country before an ordinal (也是中国第15个互联网公益日) numbers the day among the
country's, no scene of the county's story (base: article place 中国, 博爱家园互助友爱 implementedIn 中国); a
streak adverb right after an amount (公益性应急救护培训10万人连续第五年列入市实事项目) is no noun the amount counts
(base: indicator 连续第五年); a body's door (市红十字会在市工行门口献血屋组织开展了“X”活动) is a venue, the bank
runs nothing held there (base: 中国工商银行 runs X); a verb of giving before 者 (为困难的遗体器官捐献者家庭发放救助金) is
a word of the receiver, the lead to strip runs to 发放 (base: indicator 者家庭发放救助金, now 救助金); a verb and 给 after an amount (筹集爱心款物5000余万元分配给急需群体)
hands it on, no noun counted (base: indicator 分配给急需群体, now 筹集爱心款物)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subjects(doc) -> dict[str, str | None]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {m.indicator: names.get(m.subject) for m in doc.metrics}


def _rels(doc) -> set[tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), r.predicate, names.get(r.object)) for r in doc.relations}


def test_same_kind_cities_nationwide_scope_nothing():
    """09-suzhou-chengjidan: 领跑全省和全国同类城市；新增遗体捐献86例; base: subject 中国."""
    doc = extract_text("苏州市红十字会成功捐献造血干细胞累计149例，领跑全省和全国同类城市；新增遗体捐献86例，"
                       "器官捐献12例。")
    subj = _subjects(doc)
    assert subj.get("遗体捐献") == "苏州市红十字会", subj
    assert "中国" not in {e.name for e in doc.entities.values()}


def test_same_kind_in_the_province_keeps_the_local_subject():
    """Guard: with 全省同类 alone the figures after it stay the local body's."""
    doc = extract_text("昆山市红十字会成功捐献造血干细胞累计36例，领跑全省同类城市；新增遗体捐献20例。")
    assert _subjects(doc).get("遗体捐献") == "昆山市红十字会", _subjects(doc)


def test_national_scope_still_scopes_figures():
    """Guard: 全国 opening a clause is still the scope (全国无偿献血人次…)."""
    doc = extract_text("据国家卫生健康委统计，2021年全国献血人次达1674万。")
    assert _subjects(doc).get("献血人次") == "中国", _subjects(doc)


def test_country_before_an_ordinal_day_is_no_scene():
    """05-daishan-boaijiayuan: 也是中国第15个互联网公益日; base: article place 中国, implementedIn 中国."""
    doc = extract_text("县红十字会开展99公益日众筹\n今天是“99公益日”，也是中国第15个互联网公益日。县红十字会组织开展"
                       "网络众筹活动，以持续推进“博爱家园互助友爱”项目建设与运行。目前，我县已建成“博爱家园”21家。")
    names = {k: e.name for k, e in doc.entities.items()}
    assert all(names.get(a.place) != "中国" for a in doc.articles), [a.place for a in doc.articles]
    assert not any(p == "implementedIn" and o == "中国" for _s, p, o in _rels(doc)), _rels(doc)


def test_a_streak_after_an_amount_is_no_counted_noun():
    """09-suzhou-chengjidan: 公益性应急救护培训10万人连续第五年列入市实事项目; base: indicator 连续第五年."""
    doc = extract_text("苏州市红十字会积极推进救护培训，公益性应急救护培训10万人连续第五年列入市实事项目。")
    got = _metrics(doc)
    assert ("公益性应急救护培训", 100000, "人") in got, got
    assert not any(i.startswith("连续") for i, _v, _u in got), got


def test_a_noun_after_a_count_stays():
    """Guard: a counted noun after the unit (2座连续梁桥) is not a streak."""
    doc = extract_text("今年全县建成2座连续梁桥。")
    assert ("连续梁桥", 2, "座") in _metrics(doc), _metrics(doc)


def test_a_body_at_whose_door_an_event_is_held_runs_none():
    """02-ningguo-hongshiziri: 市红十字会在市工行门口献血屋组织开展了“X”; base: 中国工商银行 runs X."""
    doc = extract_text("5月6日，市红十字会在市工行门口献血屋组织开展了“红十字：处处为人人”无偿献血和健康义诊主题活动。")
    runs = {(s, o) for s, p, o in _rels(doc) if p == "runs"}
    assert not any(s == "中国工商银行" for s, _o in runs), runs


def test_a_donor_noun_is_no_verb_of_giving():
    """08-jiangxi-minshengshishi: 为困难的遗体器官捐献者家庭发放救助金1009.9万元; base: indicator 者家庭发放救助金
    (the lead cut at 捐献 of 捐献者)."""
    doc = extract_text("省红十字会实施人道救助项目，为困难的遗体器官捐献者家庭发放救助金1009.9万元。")
    got = _metrics(doc)
    assert ("救助金", 10099000, "元") in got, got


def test_a_short_recipient_lead_stays():
    """Guard: 向群众累计发放宣传资料700多份 keeps its noun after the verb."""
    doc = extract_text("5月8日，县红十字会开展宣传活动，向群众累计发放宣传资料700多份。")
    assert ("宣传资料", 700, "份") in _metrics(doc), _metrics(doc)


def test_an_amount_handed_on_is_named_before():
    """06-shaoyang-boaizhou: 筹集爱心款物5000余万元分配给急需群体; base: indicator 分配给急需群体."""
    doc = extract_text("最近三年，邵阳市红十字会筹集爱心款物5000余万元分配给急需群体。")
    assert ("筹集爱心款物", 50000000, "元") in _metrics(doc), _metrics(doc)


def test_money_used_for_keeps_its_noun_before():
    """Guard: 筹集善款300万元，用于… still names the money before (an older spend verb)."""
    doc = extract_text("全年共筹集善款300万元，用于博爱家园建设。")
    assert ("筹集善款", 3000000, "元") in _metrics(doc), _metrics(doc)
