"""Round 16 review (figures32 groups): the group-total rule (`_place_group_figure`) and the 之一 /
上榜 shapes next to it, on ordinary county news — the county's own figures stay the county's."""
from conftest import text_doc
from kg.pipeline import Pipeline

_FULL = Pipeline()


def _facts(text: str) -> list[tuple]:
    doc = _FULL(text_doc(text))
    return sorted(((doc.entities[m.subject].name if m.subject in doc.entities else None,
                    m.indicator, m.value) for m in doc.metrics), key=lambda f: (f[1], str(f[0]), f[2]))


def _owner(text: str, value) -> list:
    return [f[0] for f in _facts(text) if f[2] == value]


def test_a_count_of_inspection_teams_reaching_the_whole_county_is_no_group():
    """10个督导组深入全县各乡镇检查企业200家: 督导组深入全 is no kind of county (a verb, 全): the
    200 firms checked are the county's, not a group total with no owner."""
    assert _owner("魏县\n魏县开展安全检查。县里抽调50名干部组成10个督导组深入全县各乡镇检查企业200家。",
                  200) == ["魏县"]


def test_projects_benefiting_the_county_are_no_group_of_counties():
    assert _owner("魏县\n魏县推进乡村振兴。建设8个项目惠及全县农户3200户。", 3200) == ["魏县"]


def test_troupes_touring_the_county_are_no_group_of_counties():
    assert _owner("魏县\n魏县文化下乡。组织6个文艺小分队走遍全县乡村演出300场。", 300) == ["魏县"]


def test_a_kind_of_county_before_its_verb_or_measure_still_owns_its_total():
    """26个农业主产县实现生产总值… (its verb) and 832个国家级贫困县网络零售总额… (the measure right
    after it): still the group's total, no province's or country's."""
    assert _owner("陕西县域经济\n前三季度，全省26个农业主产县实现生产总值2035.97亿元，同比增长5.8%。",
                  203597000000) == [None]
    assert _owner("商务部\n大数据统计显示,2020年全国832个国家级贫困县网络零售总额3014.5亿元,同比增长26.0%。",
                  301450000000) == [None]
    assert _owner("商务部\n2020年全国832个国家级贫困县网络零售总额超3000亿元", 300000000000) == [None]


def test_one_of_the_provinces_pilot_counties_keeps_the_countys_figures():
    """成为全省10个试点县之一，… / 是全市3个产粮大县之一，…: the count is the province's or city's;
    the county's figures in the next clause stay the county's."""
    facts = _facts("魏县\n魏县上榜，成为全省10个试点县之一，全县粮食产量50万吨。")
    assert sorted((str(f[0]), f[2]) for f in facts) == [("河北省", 10), ("魏县", 500000)]
    facts = _facts("魏县\n魏县是全市3个产粮大县之一，全年实现地区生产总值200亿元。")
    assert sorted((str(f[0]), f[2]) for f in facts) == [("邯郸市", 3), ("魏县", 20000000000)]
    facts = _facts("魏县\n魏县成为河北省9个上榜县(市、区)之一，带动就业3000人。")
    assert sorted((str(f[0]), f[2]) for f in facts) == [("河北省", 9), ("魏县", 3000)]


def test_a_scope_word_closed_by_zhiyi_scopes_the_count_only():
    """魏县作为全省10个试点县之一获得资金500万元: 全省 scopes the ten counties; the funds after 之一
    are the county's (were 河北省's)."""
    facts = _facts("魏县\n魏县作为全省10个试点县之一获得资金500万元。")
    assert sorted((str(f[0]), f[2]) for f in facts) == [("河北省", 10), ("魏县", 5000000)]


def test_a_group_closed_by_deng_as_the_object_owns_no_figure():
    """萨迦县宣讲团深入雄玛乡、吉定镇和扯休乡等7个乡镇开展宣讲教育200场 (xz-sajia): the townships
    visited are the object, the talks given are the county's, no group total."""
    assert _owner("萨迦县\n萨迦县宣讲团深入雄玛乡、吉定镇和扯休乡等7个乡镇开展宣讲教育200场。", 200) == ["萨迦县"]
    assert _owner("魏县\n县里组织城关镇、双井镇等5个乡镇检查企业200家。", 200) == ["魏县"]
