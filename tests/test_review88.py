"""Review of rounds 86–88 on merging: what the merge's reading found and mended.

- jingjin88's community named after its street (金顶街街道 … 金顶街四区社区) was first found by one
  `str.find` pass over the article per distinct street, each hit looking up to three characters
  past the street's stem — which read past the text's end where an article closed on the stem
  (IndexError: the document lost) and scanned the article once per street.  It now looks back
  from each community word (`gazetteer._street_named_communities`)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    ents = doc.entities
    parent = {r.subject: ents[r.object].name for r in doc.relations if r.predicate == "partOf"}
    return {e.name: parent.get(e.id) for e in ents.values() if e.type == "Place"}


def test_an_article_ending_on_a_street_s_stem_is_read():
    doc = extract_text("老楼加梯\n金顶街街道推进老楼加梯工作，居民说得最多的一个词是金顶街")
    assert "金顶街街道" in _places(doc), _places(doc)
    doc = extract_text("老楼加梯\n金顶街街道推进老楼加梯工作。金顶街四")
    assert "金顶街街道" in _places(doc), _places(doc)


def test_communities_named_after_each_street_of_an_article():
    doc = extract_text("社区动态\n石景山区金顶街街道、朝阳区八里庄街道开展活动。近日，金顶街四区社区的老楼加梯项目开工，"
                       "八里庄北里社区志愿者参加。金顶街街道社区建设持续推进。")
    got = _places(doc)
    assert got.get("金顶街四区社区") == "金顶街街道", got
    assert got.get("八里庄北里社区") == "八里庄街道", got
    assert not any(n.startswith("金顶街街道社区") for n in got), got
