"""Review of round 14's organisations.

- Event committees (进博会组委会) were checked against every body and every body against every
  committee: a list of committees thousands long cost a product (16k characters 0.52 s, 64k
  7.55 s).  Both checks now bisect spans sorted by start; the answers are the old ones.
- A direction before 区 is a part of a zone (甘眉工业园区南区招商局) only right after the zone's or
  town's name: a bare 东区管委会 in a 西安 story became 攀枝花市东区."""
import random

from conftest import text_doc
from kg.pipeline import Pipeline
from kg.stages.entities.common import Found
from kg.stages.entities.organizations import held_committees, with_event_committees

_FULL = Pipeline()


def _old_held(cs, bs):
    return [c for c in cs if not any(f.start <= c.start and c.end <= f.end and f.end - f.start > c.end - c.start
                                     for f in bs)]


def _old_with(cs, bs):
    return [f for f in bs if not any(c.start <= f.start < c.end and f.end <= c.end or c.start < f.start < c.end
                                     for c in cs)]


def test_committee_checks_answer_as_the_pairwise_ones():
    rnd = random.Random(30)

    def spans(n):
        out = []
        for _ in range(n):
            a = rnd.randrange(0, 40)
            out.append(Found(a, a + rnd.randrange(1, 12), "Organization", "x", "r"))
        return out
    for _ in range(5000):
        cs, bs = spans(rnd.randrange(0, 5)), spans(rnd.randrange(0, 6))
        assert held_committees(cs, bs) == _old_held(cs, bs)
        assert with_event_committees(cs, bs) == _old_with(cs, bs)


def test_committee_checks_do_not_multiply():
    """5,000 committees and 5,000 bodies: the pairwise checks took 25 million comparisons each
    (seconds); sorted spans take milliseconds.  A guard against a hang, not a speed target."""
    import time
    cs = [Found(10 * i, 10 * i + 6, "Organization", "c", "r") for i in range(5000)]
    bs = [Found(10 * i + 1, 10 * i + 5, "Organization", "b", "r") for i in range(5000)]
    t0 = time.perf_counter()
    assert with_event_committees(cs, bs) == [] and held_committees(cs, bs) == cs
    assert time.perf_counter() - t0 < 1.0


def test_a_bare_directional_district_committee_is_no_district_elsewhere():
    doc = _FULL(text_doc("西安市召开招商大会。东区管委会主任赵五出席。"))
    assert "东区" not in {e.name for e in doc.entities.values() if e.type == "Place"}
    doc = _FULL(text_doc("眉山市甘眉工业园区南区招商局局长徐泽贵介绍。"))
    assert "东坡区招商局" not in {e.name for e in doc.entities.values()}
