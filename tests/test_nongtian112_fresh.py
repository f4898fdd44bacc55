"""Round 112 (nongtian112): high-standard farmland and cultivated land protection news — 陕西省's 2017
耕地保护 account (province), 襄阳市's winter farmland works and 宜春市's 2021年度 progress (cities), 东海县's
督查, 巴里坤县's and 旺苍县's 高标准农田 projects (counties) and 歙县郑村镇's 撂荒地整治 (township) (fresh texts of
/tmp/s27/txt/nongtian112).  Fixes: 新建 before 高标准农田 kept in the indicator (新建高标准农田2.3万亩: the new
fields, told apart from 改造提升 and the cumulative 建成 stock; was 高标准农田); the time an effort took
(经过2年的不懈努力, 通过3年的努力) no figure (was 不懈努力时间 2 年); a bare genre in 《》 (制定…《实施方案》,
印发《工作方案》) no programme unless a full title ending so was named before it."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_newly_built_farmland_keeps_its_verb():
    """06-wangcang-xian (旺苍县): 2024年，旺苍县…新建高标准农田2.3万亩 (base: 高标准农田, as the cumulative 建成
    figure is named)."""
    doc = extract_text("据了解，2024年，旺苍县高标准农田建设项目投入财政资金3030万元，新建高标准农田2.3万亩，"
                       "目前所有项目均已完工。")
    assert ("新建高标准农田", 23000, "亩") in _metrics(doc), _metrics(doc)


def test_new_and_upgraded_farmland_are_two_figures():
    """The two tasks of a year's farmland plan side by side, as county reports write them."""
    doc = extract_text("2024年，全县新建高标准农田5.7万亩，改造提升高标准农田5.9万亩。")
    got = _metrics(doc)
    assert ("新建高标准农田", 57000, "亩") in got and ("改造提升高标准农田", 59000, "亩") in got, got


def test_other_built_things_still_lose_the_verb():
    """Guard: 新建 before other facilities is still the plan verb stripped (新建学校3所 → 学校)."""
    doc = extract_text("全县新建学校3所，建成高标准农田12.5万亩。")
    got = _metrics(doc)
    assert ("学校", 3, "所") in got and ("高标准农田", 125000, "亩") in got, got


def test_the_time_of_an_effort_is_no_figure():
    """07-shexian-zhengcun (歙县郑村镇): 经过2年的不懈努力,整治工作取得了显著成效 (base: 不懈努力时间 2 年)."""
    doc = extract_text("自2023年开始，歙县郑村镇集中力量打响撂荒地整治攻坚战。经过2年的不懈努力，整治工作取得了显著成效。")
    assert not any(u == "年" for _i, _v, u in _metrics(doc)), _metrics(doc)
    doc = extract_text("通过3年的努力，全县新增耕地1200亩。")
    got = _metrics(doc)
    assert not any(u == "年" for _i, _v, u in got) and ("新增耕地", 1200, "亩") in got, got


def test_the_time_of_a_named_activity_stays():
    """Guard: 历经5年左右的考察 is still the time the survey took (考察时间)."""
    doc = extract_text("历经5年左右的考察，项目最终落地。")
    assert ("考察时间", 5, "年") in _metrics(doc), _metrics(doc)


def test_a_bare_genre_in_title_marks_is_no_programme():
    """01-shaanxi-gengdi (陕西省): 制定2017 年度高标准农田《实施方案》 (base: a programme 实施方案)."""
    doc = extract_text("注重抓质量，制定2017年度高标准农田《实施方案》，安排高标准农田建设项目78个。")
    assert "实施方案" not in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("县农业农村局印发《工作方案》，明确撂荒地整治任务。")
    assert "工作方案" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_full_title_and_named_genres_stay_programmes():
    """Guard: a full title is a programme, and so is a genre with its subject (《耕地保护实施方案》)."""
    doc = extract_text("县政府印发《关于加强耕地保护的实施方案》。各乡镇按《实施方案》执行。")
    assert "关于加强耕地保护的实施方案" in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("市政府出台《耕地保护实施方案》。")
    assert "耕地保护实施方案" in _names(doc, "Programme"), _names(doc, "Programme")
