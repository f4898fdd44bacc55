"""Hong Kong and Macao releases, Qingdao district news, village news of the west (places27).

A Hong Kong release on its chief executive's trip (行政长官前往北京述职 … 在李家超离港期间，由政务司司长
署理行政长官职务, signed 香港时间10时30分) was placed in Beijing, a Macao one (行政长官不在澳门期间，
由…临时代理行政长官的职务) in Shanghai, Sichuan or Portugal, and 新华社澳门电 何厚铧抵京 in Beijing: the
title's destination won over the release's own region.  青岛市南区 named only 青岛市 (the walk read
青岛市 and lost 市南区, a district whose name begins with the city's 市), and 济南市中区 beside 枣庄市中区
left both 市中区 unresolved.  来自山南海北的游客 named 山南市 (an idiom jieba tags ns), and a title
opening with its village (曼弄村：茶产业带动群众增收) named no village."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_hong_kong_release_on_its_chief_executives_trip_is_hong_kongs():
    """离港期间…署理行政长官职务 / 香港时间: the release is Hong Kong's, not the city the chief executive
    goes to; a mainland story on a trip to Beijing stays Beijing's."""
    doc = _doc("行政长官前往北京述职\n行政长官将于明日下午到北京述职，向国家领导人汇报香港最新情况。"
               "在他离港期间，由政务司司长署理行政长官职务。\n2022年12月20日\n香港时间10时30分")
    assert doc.articles[0].place == "place-810000"
    doc = _doc("市长率团赴京对接项目\n近日，市长率团赴北京对接项目，与国家部委座谈。")
    assert doc.articles[0].place == "place-110000"


def test_a_macao_release_on_its_chief_executives_trip_is_macaos():
    """行政长官不在澳门期间，由行政法务司司长临时代理行政长官的职务: Macao's release, wherever he goes."""
    doc = _doc("行政长官赴上海商沪澳合作\n行政长官将于本月21日启程前往上海，与上海市领导会面。"
               "行政长官不在澳门期间，由行政法务司司长临时代理行政长官的职务。")
    assert doc.articles[0].place == "place-820000"
    doc = _doc("行政长官启程前往葡萄牙\n行政长官今晚启程前往葡萄牙，展开官式访问。"
               "行政长官离澳期间，由行政法务司司长临时代理行政长官的职务。")
    assert doc.articles[0].place == "place-820000"


def test_an_arrival_datelined_in_macao_is_macaos():
    """新华社澳门11月3日电 何厚铧…抵达北京: the dateline gives the release's place; an arrival is where
    its subject went.  A Beijing dateline keeps Beijing."""
    doc = _doc("何厚铧抵京出席会议\n新华社澳门11月3日电 全国政协副主席何厚铧今日抵达北京，出席会议。")
    assert doc.articles[0].place == "place-820000"
    doc = _doc("何厚铧抵京出席会议\n新华社北京11月3日电 全国政协副主席何厚铧今日抵达北京，出席会议。")
    assert doc.articles[0].place == "place-110000"
