"""relations14: places tied in pairs (A村、B村分别与C镇、D街道签订…: each with the one of its rank;
A镇与X县B镇、C镇与X县D镇签订…: pairs listed before one verb share it) and an official's reported words
(…区长某某说，希望…探索建设“X”: the agency naming the speaker's office does not run X).
Sentences written in the shapes of county cooperation news."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def build(text: str):
    return _PIPE(text_doc(text))


def triples(doc, predicate: str) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == predicate}


def ties(doc) -> set[frozenset[str]]:
    return {frozenset(t) for t in triples(doc, "cooperatesWith")}


_RESPECTIVE = ("临安区与淳安县开展结对帮扶\n5月8日，临安区党政代表团来淳安县开展结对帮扶工作。会上，临安区昌化镇白牛村、"
               "於潜镇光明村分别与淳安县千岛湖镇、汾口镇签订了结对帮扶协议。")


def test_respective_pairs_go_by_rank():
    got = ties(build(_RESPECTIVE))
    assert frozenset({"白牛村", "千岛湖镇"}) in got
    assert frozenset({"光明村", "汾口镇"}) in got
    assert frozenset({"白牛村", "汾口镇"}) not in got  # (分别: not every village with every town)
    assert frozenset({"光明村", "千岛湖镇"}) not in got


def test_respective_list_with_an_unknown_item_ties_nothing():
    # the first item is no place the finder knows: the ranks cannot be matched, so no pair at all
    text = ("会上，某某单位、於潜镇光明村分别与淳安县千岛湖镇、汾口镇签订了结对帮扶协议。")
    assert not {t for t in ties(build(_RESPECTIVE.split("会上")[0] + text)) if "光明村" in t}


_PARALLEL = ("吴江区与沿河县开展东西部协作\n6月3日，吴江区党政代表团来沿河县考察。会上，两地签订了东西部协作框架协议，"
             "松陵街道与沿河和平街道、震泽镇与沿河中界镇签订了结对帮扶协议。")


def test_pairs_listed_before_one_verb_share_it():
    got = ties(build(_PARALLEL))
    assert frozenset({"松陵街道", "和平街道"}) in got
    assert frozenset({"震泽镇", "中界镇"}) in got
    assert frozenset({"松陵街道", "震泽镇"}) not in got


_SPEECH = ("五河县党政代表团来海曙开展对口合作\n5月11日，五河县党政代表团来海曙区开展对口合作工作。"
           "海曙区委副书记、区长叶枝利说，希望紧扣人才支援、产业合作等方面，探索建设海曙—五河协同发展合作区，推动两地园区互补。")


def test_agency_naming_a_speakers_office_runs_nothing_in_the_words():
    doc = build(_SPEECH)
    assert not {(s, o) for s, o in triples(doc, "runs") if s == "海曙区委"}


def test_agency_opening_its_sentence_still_runs_what_it_holds():
    text = ("开江县召开蜜柚种植培训会\n3月26日，开江县农业农村局组织各乡镇站长和种植大户，"
            "在永兴镇龙头桥村举行了全县蜜柚苗种植现场培训会。局长张明说，要抓好种植管理。")
    assert ("开江县农业农村局", "全县蜜柚苗种植现场培训会") in triples(build(text), "runs")
