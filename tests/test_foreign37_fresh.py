"""Foreign-affairs news (round 37, foreign37): statements of 外交部, joint statements, 外办 and
consulate news, foreign leaders' visits.  Short real excerpts (sources in
/tmp/s22/fresh/foreign37/SOURCES.md and the round-36 review texts) and the facts they must and
must not give."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs, relation_pairs


def test_treaty_named_after_its_signing_city_is_not_done_there():
    """在纽约联合国总部举行的《巴黎协定》高级别签署仪式上: an instrument named after the city it was
    signed in (《京都议定书》, 《维也纳公约》, 《视听表演北京条约》) is carried out by every party,
    not in that city (was 巴黎协定 implementedIn 巴黎).  A local pledge keeps its place."""
    doc = extract_text("在纽约联合国总部举行的《巴黎协定》高级别签署仪式上，中国签署了协定。"
                       "各国落实《京都议定书》和《维也纳公约》。")
    assert not relation_pairs(doc, "implementedIn"), relation_pairs(doc, "implementedIn")
    doc = extract_text("2012年，《视听表演北京条约》在北京签署。邯郸市发布《邯郸市民文明公约》。")
    assert relation_pairs(doc, "implementedIn") == {("邯郸市民文明公约", "邯郸市")}, relation_pairs(doc, "implementedIn")
