"""Review of the sixth round of helpers (session of 2026-12-03): rules that went too far on
ordinary government sentences, and one recursion without a bound."""
from conftest import text_doc

from kg.builder import _pipeline

_PIPE = _pipeline(None)


def _run(text: str):
    doc = _PIPE(text_doc(text))
    names = {e.id: e.name for e in doc.entities.values()}
    held = {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == "holdsPost"}
    return doc, names, held


def test_a_run_of_prepositions_before_a_name_is_asked_one_level_deep():
    """应 and 同 are prepositions and family names: a run of them asked the name after each of itself
    (RecursionError from about 1,000 characters, quadratic before)."""
    _doc, _names, held = _run("会见了" + "应" * 1200 + "王毅外长。")
    assert ("王毅", "外交部") in held


def test_a_bare_bureau_post_is_the_articles_own_department():
    """局党组书记、局长 in a county bureau's news is that bureau's, not the national bureau the
    meeting studied; 厅党组书记 is the department's, not the government's general office."""
    _d, _n, held = _run("县财政局召开会议，学习国家统计局发布的数据。局党组书记、局长张三主持会议。")
    assert ("张三", "国家统计局") not in held and ("张三", "县财政局") in held
    _d, _n, held = _run("省教育厅召开党组会议，传达省政府办公厅通知精神。厅党组书记、厅长张三主持会议。")
    assert not any(body.endswith("办公厅") for who, body in held if who == "张三")


def test_a_release_excluding_farm_households_excludes_no_place():
    """固定资产投资（不含农户）: a note on what the figure leaves out, not a list of places left out."""
    doc, _n, _h = _run("1-9月，全市固定资产投资（不含农户）同比增长5.1%，其中杭州市区增长6%。")
    assert doc.articles[0].place == "place-330100"


def test_a_delegation_owns_only_the_figures_of_its_own_clause():
    """陕西代表团与江苏省签署合作协议，江苏省将投资50亿元: 江苏's investment, not the delegation's."""
    doc, names, _h = _run("会上，陕西代表团与江苏省签署合作协议，江苏省将投资50亿元。")
    subjects = {names.get(m.subject, m.subject) for m in doc.metrics if m.value == 5_000_000_000}
    assert subjects == {"江苏省"}


def test_a_district_name_inside_a_word_makes_no_hong_kong_text():
    """重新界定 holds 新界: no Hong Kong district is named, so 九龙 is no Kowloon."""
    _d, names, _h = _run("会议要求重新界定责任。代表团前往九龙考察。")
    assert "香港" not in names.values() and "九龙" not in names.values()


def test_a_leader_leaving_the_articles_place_keeps_its_post():
    """In 白城's own news, 市委书记李洪慈率市党政代表团赴嘉兴市: his bare 市委 is the article's (白城市委);
    only a delegation coming to the article's place is a visitor whose 市委 is not the host's."""
    _d, _n, held = _run("白城新闻 白城市召开全市经济工作会议。市委书记李洪慈率市党政代表团赴嘉兴市考察学习。")
    assert ("李洪慈", "白城市委") in held
    _d, _n, held = _run("市委书记李洪慈带领白城市党政代表团到嘉兴市考察。嘉兴市委书记张兵陪同。")
    assert ("李洪慈", "白城市委") in held and ("李洪慈", "嘉兴市委") not in held
