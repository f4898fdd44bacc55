"""Metrics on real sentences: indicators, subjects, periods, merging of facts printed twice, and
the scores on the gold article A1 of the seed page."""
import importlib
import json
from pathlib import Path

import pytest

from kg.model import Article, Doc, Entity, Extraction, Mention, Section
from kg.stages.metrics import extract_metrics, make_metrics
from kg.stages.numbers import numbers_component
from kg.stages.sentences import split_sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGE = Path(__file__).resolve().parents[1] / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
GOLD = SHARED / "gold" / "dev.json"
CITY = "place-130400"


def make_doc(text: str, entities=(), place=CITY, place_name="邯郸市") -> Doc:
    """One article, one body section per line, with entity mentions at every occurrence of each
    given surface: entities = [(surface, type, name), ...]."""
    doc = Doc(id="t", source="t.txt", text=text)
    art = Article(id="t#A1", text=text, place=place)
    art.offsets.add(0, 0, len(text))
    pos = 0
    for line in text.split("\n"):
        art.sections.append(Section("body", pos, pos + len(line)))
        pos += len(line) + 1
    art.sentences = split_sentences(art)
    doc.articles.append(art)
    if place:
        doc.entities[place] = Entity(place, "Place", place_name, aliases={"全市", "该市"},
                                     level="city")
    for surface, etype, name in entities:
        key = f"{etype.lower()}-{name}"
        doc.entities.setdefault(key, Entity(key, etype, name))
        i = text.find(surface)
        while i >= 0:
            doc.mentions.append(Mention(i, i + len(surface), surface, etype, art.id, "test",
                                        key=key, astart=i, aend=i + len(surface)))
            i = text.find(surface, i + 1)
    numbers_component()(doc)
    return doc


def metrics_of(doc: Doc) -> dict:
    make_metrics()(doc)
    return {m.surface: m for m in doc.metrics}


# --------------------------------------------------------------------------- indicators

def test_indicators_of_real_sentences():
    text = ("量化建设标准。细化15个建设项目、36项建设内容、95条建设标准。\n"
            "做实资源统筹。整合各级党群服务中心、宣传文化中心、妇女之家等10类5828个基层公共服务资源。\n"
            "延伸壮大基层队伍。号召基层干部自发设立5000余个“中心户”,辐射组建文明实践“互助组”7000余个。\n"
            "自实行“云执法”监管模式以来,共完成网上巡查1200余次,电子取证15条。\n"
            "今年争列省市重点项目34个,总投资173.6亿元。\n"
            "市财政设立300万元专项经费。按照每月20%的进度,由各县(市、区)按月提请“销号”。\n"
            "培育理论宣讲、技能培训等特色品牌项目383个。")
    got = {(m.indicator, m.value, m.unit) for m in metrics_of(make_doc(text)).values()}
    for expected in [("建设项目", 15, "个"), ("建设内容", 36, "项"), ("建设标准", 95, "条"),
                     ("基层公共服务资源类别", 10, "类"), ("基层公共服务资源", 5828, "个"),
                     ("中心户", 5000, "个"), ("互助组", 7000, "个"), ("网上巡查", 1200, "次"),
                     ("电子取证", 15, "条"), ("争列省市重点项目", 34, "个"),
                     ("总投资", 17360000000, "元"), ("专项经费", 3000000, "元"),
                     ("每月进度", 20, "%"), ("特色品牌项目", 383, "个")]:
        assert expected in got


def test_respectively_gives_each_figure_its_item():
    text = "全市93%的新时代文明实践中心、所、站面积分别达到1000平方米、500平方米、200平方米。"
    ms = sorted(metrics_of(make_doc(text)).values(), key=lambda m: m.evidence[0].start)
    assert [(m.value, m.unit) for m in ms] == [(93, "%"), (1000, "平方米"), (500, "平方米"),
                                                (200, "平方米")]
    assert [m.indicator for m in ms[1:]] == ["新时代文明实践中心面积", "新时代文明实践所面积",
                                             "新时代文明实践站面积"]
    assert ms[0].subject == CITY


@pytest.mark.parametrize("text,expected", [
    ("全年完成地区生产总值3500.5亿元，同比增长6.5%。",
     [("地区生产总值", 350050000000, "元", "全年"), ("地区生产总值同比增长", 6.5, "%", "全年")]),
    ("今年1-5月，全县完成固定资产投资45.3亿元，同比增长12.3%。",
     [("固定资产投资", 4530000000, "元", "今年1-5月"), ("固定资产投资同比增长", 12.3, "%", "今年1-5月")]),
    ("全市共有A级景区45家，接待游客1200万人次。",
     [("A级景区", 45, "家", None), ("接待游客", 12000000, "人次", None)]),
    ("共查处交通违法行为3200余起，其中酒驾醉驾86起。",
     [("查处交通违法行为", 3200, "起", None), ("酒驾醉驾", 86, "起", None)]),
    ("截至5月底，已累计发放补贴资金1.2亿元，惠及农户3.6万户。",
     [("累计发放补贴资金", 120000000, "元", "截至5月底"), ("惠及农户", 36000, "户", "截至5月底")]),
    ("PM2.5平均浓度下降至45微克/立方米。", [("PM2.5平均浓度", 45, "微克/立方米", None)]),
    ("2022年全市粮食总产量达到58.6亿斤。", [("粮食总产量", 5860000000, "斤", "2022年")]),
])
def test_statistical_bulletin_sentences(text, expected):
    ms = sorted(extract_metrics(make_doc(text)), key=lambda m: m.evidence[0].start)
    assert [(m.indicator, m.value, m.unit, m.period_text) for m in ms] == expected


def test_bare_count_of_people_is_in_persons():
    (m,) = metrics_of(make_doc("每年利用视频直播形式,对全市140万志愿者进行志愿服务“云”培训。")).values()
    assert (m.value, m.unit, m.indicator) == (1400000, "人", "志愿者")
    assert "metrics.unit-people" in m.rules


def test_surface_and_evidence_point_at_the_sentence():
    text = "强化资金保障。市财政设立300万元专项经费,筹措600万元建设资金。"
    doc = make_doc(text)
    ms = metrics_of(doc)
    m = ms["300万元专项经费"]
    (ev,) = m.evidence
    assert ev.quote == "市财政设立300万元专项经费,筹措600万元建设资金。"
    assert text[ev.start:ev.end] == ev.quote
    assert ev.rule == "metrics.count-noun" and "metrics.count-noun" in m.rules
    assert m.id.startswith("metric-") and m.id.isascii()


# --------------------------------------------------------------------------- subjects

def test_programme_opening_the_clause_is_the_subject():
    text = ("做大做强市级品牌。“惠民实践团”联动宣讲,采取“宣讲+帮扶服务”方式,解决群众实际问题7000余件;"
            "“微爱实践”志愿帮扶,推出“进万家、访民情、解民忧”活动,号召30万人次参与“微爱接力”等志愿服务活动;"
            "“健康小屋”护健康,把遍布城乡的3393个“健康小屋”打造成文明实践基地。")
    doc = make_doc(text, [("惠民实践团", "Programme", "惠民实践团"),
                          ("微爱实践", "Programme", "微爱实践"),
                          ("健康小屋", "Programme", "健康小屋")])
    ms = metrics_of(doc)
    assert ms["解决群众实际问题7000余件"].subject == "programme-惠民实践团"
    assert ms["解决群众实际问题7000余件"].approx
    m30 = next(m for m in ms.values() if m.value == 300000)
    assert m30.subject == "programme-微爱实践" and m30.unit == "人次" and not m30.approx
    assert ms["3393个“健康小屋”"].subject == "programme-健康小屋"


def test_programme_opening_the_paragraph_and_counted_places():
    text = ("“1533”文明实践活动实现常态化、全覆盖。截至目前,共开展文明实践日集中活动3000余场,惠及群众500余万人。\n"
            "“四单”运行机制服务民生。18个县(市、区)全部建立智能化网络服务平台,近年来,全市通过摸排,"
            "共解决群众“急难愁盼”问题2.3万余个。")
    doc = make_doc(text, [("1533", "Programme", "1533"), ("四单", "Programme", "四单"),
                          ("全市", "Place", "邯郸市")])
    ms = {m.value: m for m in metrics_of(doc).values()}
    assert ms[3000].subject == "programme-1533" and ms[5000000].subject == "programme-1533"
    assert ms[18].subject != "programme-四单"  # a count of counties is about the place
    assert ms[23000].subject == "programme-四单"
    assert ms[23000].period_text == "近年来"


def test_agency_opening_the_clause_and_city_fallback():
    text = "市财政设立300万元专项经费,筹措600万元建设资金;县级财政安排6000余万元工作经费。"
    doc = make_doc(text, [("市财政", "Agency", "邯郸市财政局")])
    ms = metrics_of(doc)
    assert ms["300万元专项经费"].subject == "agency-邯郸市财政局"
    assert ms["600万元建设资金"].subject == "agency-邯郸市财政局"
    assert ms["6000余万元工作经费"].subject == CITY


def test_agency_opening_a_clause_wins_over_the_place_nested_in_its_name():
    text = "针对部分企业招工难,魏县人力资源和社会保障局通过“云招聘”、直播带岗,帮助6家重点企业解决用工需求。"
    doc = make_doc(text, [("魏县人力资源和社会保障局", "Agency", "魏县人力资源和社会保障局"),
                          ("魏县", "Place", "魏县")])
    (m,) = metrics_of(doc).values()
    assert m.subject == "agency-魏县人力资源和社会保障局" and m.indicator == "重点企业"


def test_generic_organs_are_not_subjects():
    doc = make_doc("县级财政安排6000余万元工作经费。", [("县级财政", "Agency", "县级财政")])
    (m,) = metrics_of(doc).values()
    assert m.subject == CITY and m.approx and m.value == 60000000


def test_listed_places_and_shared_head_nouns():
    text = ("通过检查,安新、容城、雄县3县共发现安全隐患8处,现已全部完成整改。"
            "对雄安新区上游6座大型及8座中型水库,精准预报。")
    doc = make_doc(text, [("安新", "Place", "安新县"), ("容城", "Place", "容城县"),
                          ("雄县", "Place", "雄县")], place="place-130000", place_name="河北省")
    ms = {(m.value, m.unit): m for m in metrics_of(doc).values()}
    assert ms[8, "处"].indicator == "发现安全隐患"
    assert ms[8, "处"].subject == "place-130000"  # three counties together: not one of them
    assert ms[6, "座"].indicator == "大型水库" and ms[8, "座"].indicator == "中型水库"


def test_most_specific_place_before_the_figure():
    doc = make_doc("6月2日,馆陶县河北三海装配式超低能耗绿色智能建筑等23个项目开工。",
                   [("馆陶县", "Place", "馆陶县")], place=CITY)
    doc.mentions[0].attrs["level"] = "county"
    (m,) = metrics_of(doc).values()
    assert m.subject == "place-馆陶县" and m.indicator == "项目" and m.value == 23


# --------------------------------------------------------------------------- periods, merging

def test_periods_and_a_fact_printed_twice_is_one_metric():
    lead = "今年争列省市重点项目34个,总投资173.6亿元,年计划完成投资33.4亿元;1至4月,实际完成投资16.16亿元,占年度计划的48.32%"
    body = "馆陶县聚焦主导产业。今年争列省市重点项目34个,总投资173.6亿元,年计划完成投资33.4亿元;1至4月,实际完成投资16.16亿元,占年度计划的48.32%。"
    doc = make_doc(lead + "\n" + body, place="place-130433", place_name="馆陶县")
    make_metrics()(doc)
    assert len(doc.metrics) == 5
    by_value = {m.value: m for m in doc.metrics}
    assert all(len(m.evidence) == 2 for m in doc.metrics)
    assert by_value[34].period_text == "今年" and by_value[17360000000].period_text == "今年"
    assert by_value[1616000000].period_text == "1至4月" and by_value[48.32].period_text == "1至4月"
    assert by_value[48.32].unit == "%" and by_value[17360000000].unit == "元"
    assert all(m.subject == "place-130433" for m in doc.metrics)
    assert len({m.id for m in doc.metrics}) == 5


def test_same_value_different_things_stay_apart():
    text = ("建设志愿服务体系。20个县级文明实践志愿服务总队按照“8+N”模式设置队伍。\n"
            "加强协调联动。20个市新时代文明实践中心建设工作指导组成员单位下沉优质资源。"
            "20个市级领导包联各县(市、区)。")
    doc = make_doc(text)
    make_metrics()(doc)
    assert sorted(m.indicator for m in doc.metrics) == sorted(
        ["县级文明实践志愿服务总队", "市新时代文明实践中心建设工作指导组成员单位", "市级领导"])
    assert len({m.id for m in doc.metrics}) == 3


def test_ids_are_stable_across_runs():
    text = "共完成网上巡查1200余次,电子取证15条。"
    a = extract_metrics(make_doc(text))
    b = extract_metrics(make_doc(text))
    assert [m.id for m in a] == [m.id for m in b] and len(a) == 2


def test_no_quantities_no_metrics():
    doc = make_doc("5月30日,“惠民实践团”联动宣讲走进复兴区百家村街道六二社区。“1533”文明实践活动。")
    assert metrics_of(doc) == {}


# --------------------------------------------------------------------------- the gold article

def _available_pipeline():
    from kg.pipeline import DEFAULT_PIPELINE, Pipeline
    names = []
    for n in DEFAULT_PIPELINE:
        try:
            importlib.import_module(f"kg.stages.{n}")
            names.append(n)
        except ImportError:
            pass
    return Pipeline(names)


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold not mounted")
def test_scores_on_gold_article_a1():
    from kg.evaluate import score
    text = PAGE.read_text(encoding="utf-8")
    doc = _available_pipeline()(Doc(id="hebei-daily-handan-page", source=PAGE.name, text=text))
    ex = Extraction(documents=[doc.document_json()], entities=dict(doc.entities),
                    relations={r.key: r for r in doc.relations},
                    metrics={m.id: m for m in doc.metrics})
    rep = score(ex.to_json(), json.loads(GOLD.read_text(encoding="utf-8")), text)["metrics"]
    assert rep["f1"] >= 0.98, (rep["false_positives"], rep["false_negatives"])
    assert rep["approx_accuracy"] == 1.0
    assert rep["subject_accuracy"] >= 0.90
    # the lead box repeats body figures: merged, not counted twice
    a1 = [m for m in doc.metrics if m.evidence[0].article.endswith("#A1")]
    twice = [m for m in a1 if len(m.evidence) == 2]
    assert {(m.value, m.unit) for m in twice} >= {(93, "%"), (4624, "个"), (4624, "支"),
                                                    (83, "个"), (1000, "平方米")}


def test_document_index_gives_the_same_metrics_as_per_article_views():
    """The per-document mention index (built once) gives what a per-article scan gives."""
    from kg.stages.metrics import article_metrics
    doc = make_doc("今年争列省市重点项目34个,总投资173.6亿元。\n市财政设立300万元专项经费。",
                   [("市财政", "Agency", "邯郸市财政局")])
    whole = [(m.subject, m.indicator, m.value, m.unit) for m in extract_metrics(doc)]
    one = [(m.subject, m.indicator, m.value, m.unit)
           for m in article_metrics(doc, doc.articles[0], doc.quantities.get(doc.articles[0].id))]
    assert whole == one and len(whole) == 3


def test_a_place_opening_the_figures_clause_beats_the_sentence_agency():
    text = "衡水市行政审批局推行“一网通办”,全市92%的政务服务事项实现网上办理,企业开办时间压缩至1个工作日。"
    doc = make_doc(text, [("衡水市行政审批局", "Agency", "衡水市行政审批局"), ("全市", "Place", "衡水市")],
                   place="place-131100", place_name="衡水市")
    ms = {(m.value, m.unit): m.subject for m in metrics_of(doc).values()}
    # (1个工作日: a time in working days since procure51, no count of 个)
    assert ms[92, "%"] == "place-衡水市" and ms[1, "工作日"] == "agency-衡水市行政审批局"
