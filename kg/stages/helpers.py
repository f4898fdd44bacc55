"""What every stage shares: entity ids, mentions per article, evidence, relations, division places.

Why one module: before it, these lived in `resolve.py` and `relations.py` and other stages
imported them from there (`relations._ev`, `resolve.article_of`), each with its own cache hidden in
an object's `__dict__`.  The caches are now declared indexes of the model (`Doc.article`,
`Doc.add_relation`, `Article.sentence_at`, `Article.section_at`), and the helpers that are not
methods of the model live here.  A stage imports these from `kg.stages.helpers`, never another
stage's privates.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import re

from ..divisions import place_chars, place_words, table
from ..metric_words import cue_alt
from ..text import HAN, alt, rfind_any
from ..model import Doc, Entity, Evidence, Mention, short_hash


# one real place written with two codes: the country is 100000 in GB/T 2260 (the metrics stage's
# 全国) and CN in ISO 3166 (the world registry's 中国); its id is the registry's, place-iso-CN
SAME_PLACE_CODES = {"100000": "iso-CN"}


def entity_id(label: str, name: str, code: str | None = None, parent: str | None = None) -> str:
    """Stable, ASCII entity id: places by division code (a sub-county place without one by its
    parent's key and its name; one id for a place with two codes), every other entity by type and
    canonical name."""
    if label == "Place":
        if code:
            return f"place-{SAME_PLACE_CODES.get(code, code)}"
        return f"place-{short_hash((parent or '') + '/' + name)}"
    return f"{label.lower()}-{short_hash(name)}"


def mentions_by_article(doc: Doc) -> dict[str, list[Mention]]:
    """The document's mentions grouped by article (stages look them up per article)."""
    out: dict[str, list[Mention]] = {}
    for m in doc.mentions:
        out.setdefault(m.article, []).append(m)
    return out


def mention_evidence(doc: Doc, m: Mention, rule: str | None = None,
                     whole_sentence: bool = True) -> Evidence:
    """Evidence for a mention: its sentence (or, with `whole_sentence=False`, itself).  Mentions
    outside the article text (photo credits, bylines: `astart < 0`) have their source line as
    the sentence."""
    if m.astart < 0:
        a = doc.text.rfind("\n", 0, m.start) + 1
        b = doc.text.find("\n", m.end)
        b = len(doc.text) if b < 0 else b
        line = doc.text[a:b]
        if whole_sentence:
            return Evidence(doc.id, doc.source, a, b, m.article, line, rule)
        ev = Evidence(doc.id, doc.source, m.start, m.end, m.article, line, rule)
        ev.sentence_start = a
        return ev
    return doc.evidence(doc.article(m.article), m.astart, m.aend, rule=rule,
                        whole_sentence=whole_sentence)


def sentence_start(doc: Doc, m: Mention) -> int:
    """Article offset of the sentence holding a mention (-1 outside the article's sentences):
    two mentions with the same value are in the same sentence."""
    if m.astart < 0:
        return -1
    sent = doc.article(m.article).sentence_at(m.astart)
    return sent.start if sent is not None else -1


def ensure_place(doc: Doc, code: str) -> str:
    """Entity id of a division of the statistics table, creating an unmentioned entity for it
    when a relation needs it (the city a named county is part of)."""
    key = entity_id("Place", "", code)
    if key not in doc.entities:
        d = table().get(code)
        doc.entities[key] = Entity(key, "Place", d.name, code=code, level=d.level,
                                   rules={"divisions.hierarchy"})
    return key


def scoped_name(place: str, scope: str, rest: str) -> str:
    """The full name of a body written with a relative scope (县委, 市生态环境局) once its place is
    known: the place's name and the rest (邯郸市 + 生态环境局, 馆陶县 + 委 → 馆陶县委).  A place
    whose name is one character and the scope's suffix keeps the scope before a committee
    (魏县 + 县委 → 魏县县委, as 富县县委 and 涉县县委 are written: 魏县委 reads as 魏 + 县委)."""
    if len(place) == 2 and place.endswith(scope) and rest.startswith(place_words("scope_kept_before")):
        return place + scope + rest
    return place + township_committee_rest(scope, rest)


def short_named_organ(code: str | None, rest: str) -> str | None:
    """潍坊市 + 军分区 → 潍坊军分区, 沈阳市 + 警备区 → 沈阳警备区: a military command is named by its city's
    (or province's) short name however its scope is written (潍坊市军分区, 市军分区 in a 潍坊 story); None
    for any other organ, or a place with no short name (agency_cues short_named_organs)."""
    if rest not in _short_named_organs() or not code:
        return None
    d = table().get(code)
    return d.short + rest if d is not None and d.short else None


@lru_cache(maxsize=1)
def _short_named_organs() -> frozenset[str]:
    from .. import lexicon as L
    return frozenset(L.word_lists("agency_cues").get("short_named_organs", ()))


def township_committee_rest(scope: str, rest: str) -> str:
    """镇委 is how 两广 and 海南 write a town's party committee (镇委副书记、镇长邓仲宇 beside 镇党委书记侯锦强 in
    one story): after a town or township (镇, 乡) the organ 委 is its 党委, one body under one name, as
    中共来苏镇委员会 is 来苏镇党委 (a county's 县委 keeps its name)."""
    short, full, scopes = _township_committee_words()
    if scope in scopes and rest.startswith(short) and not rest.startswith(full) and not rest.startswith(short + "员"):
        return full + rest[len(short):]
    return rest


@lru_cache(maxsize=1)
def _township_committee_words() -> tuple[str, str, frozenset[str]]:
    from .. import lexicon as L
    lists = L.word_lists("agency_cues")
    return lists["committee"][0], lists["township_committee"][0], frozenset(lists["township_relative_scopes"])


def prefecture_committee(place: str, rest: str) -> str | None:
    """The party committee of a prefecture (地区) named as it is written, by the prefecture's short
    name and 地委 (喀什地区 + 地委… → 喀什地委…; agency_cues.tsv prefecture_suffix,
    prefecture_committee); None for any other place or unit."""
    suffix, committee = _prefecture_words()
    if place.endswith(suffix) and len(place) > len(suffix) and rest.startswith(committee):
        return place[:-len(suffix)] + rest
    return None


@lru_cache(maxsize=1)
def _prefecture_words() -> tuple[str, str]:
    from .. import lexicon as L
    lists = L.word_lists("agency_cues")
    return lists["prefecture_suffix"][0], lists["prefecture_committee"][0]


def _county_scopes() -> tuple[str, ...]:
    """The one-character relative scopes of county level (县, 区): each names one kind of county."""
    from .. import lexicon as L
    return tuple(s for s, level in L.RELATIVE_SCOPES.items() if level == "county" and len(s) == 1)


class SpanIndex:
    """Items by their [start, end) spans, asked "which cross [lo, hi)?" by bisection.

    Why: the stages asked this of every place or name they found, each time in a pass over all of
    the article's mentions, so that a long article naming the same bodies over and over (a list of
    5,000 names, a statistics table) took time growing with the square of its length.  The
    answer is every item whose span crosses, in the order the items were given (the callers'
    results do not depend on that order, but keeping it keeps them obviously the same)."""

    def __init__(self, items, span):
        rows = sorted(((s, e, i, it) for i, it in enumerate(items) for s, e in (span(it),)),
                      key=lambda r: (r[0], r[2]))
        self._rows = rows
        self._starts = [r[0] for r in rows]
        self._width = max((r[1] - r[0] for r in rows), default=0)  # no crossing span starts earlier

    def crossing(self, lo: int, hi: int) -> list:
        """The items with start < hi and lo < end."""
        a = bisect_left(self._starts, lo - self._width + 1)
        b = bisect_left(self._starts, hi)
        got = [r for r in self._rows[a:b] if r[1] > lo]
        if len(got) > 1:
            got.sort(key=lambda r: r[2])
        return [r[3] for r in got]


class PlaceSpellings:
    """The (code, surface) pairs of the places an article names, as `county_of_scope` and
    `province_of_scope` take them, with their answers remembered: they are asked once per relative
    name or post (县委, 副县长), and a pass over every place each time made an article listing
    thousands of posts quadratic.  The answer depends only on (scope, code) and these places."""

    def __init__(self, places):
        self.items = list(places)
        self._memo: dict[tuple[str, str | None], str | None] = {}

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def written_with(self, code: str, suffix: str) -> bool:
        """Does the article write the place of `code` with `suffix` (蓬莱市 for 蓬莱区)?  Remembered."""
        key = ("written", code + "|" + suffix)
        if key not in self._memo:
            self._memo[key] = any(c == code and s.endswith(suffix) for c, s in self.items)
        return bool(self._memo[key])

    def answer(self, scope: str, code: str | None) -> str | None:
        key = (scope, code)
        if key not in self._memo:
            self._memo[key] = _county_of_scope(scope, code, self.items)
        return self._memo[key]


def county_of_scope(scope: str, code: str | None, places) -> str | None:
    """`_county_of_scope`; `places` a list of (code, surface) or a `PlaceSpellings` of them (which
    remembers the answers)."""
    if isinstance(places, PlaceSpellings):
        return places.answer(scope, code)
    return _county_of_scope(scope, code, places)


def _county_of_scope(scope: str, code: str | None, places: list[tuple[str | None, str]]) -> str | None:
    """The county a county-level scope (县委, 副县长, 区委) names, given the article's county `code`
    and the (code, surface) of the places the article names.  县委 is the committee of a 县, never of
    a district: when the article's county is written otherwise (a Chongming delegation's 崇明区 in a
    story about 云县), the one county of the text written with that scope is meant, and with none
    (or several), no county is — a wrong county is worse than an unresolved one.  The text's own
    spelling counts (肥乡县, now 肥乡区 in the table, is a 县 in a 2011 story)."""
    if code is not None and scope in _province_scopes():
        return province_of_scope(scope, code, places)
    if scope in _city_scopes() and scope != _CITY_SCOPE_WORD:
        return prefecture_of_scope(scope, code, places)
    if code is not None and scope in _city_scopes():
        return city_of_scope(scope, code, places)
    if code is None or scope not in _county_scopes():
        return code
    return _one_written_with(scope, code, places, "county")


def _one_written_with(scope: str, code: str, places: list[tuple[str | None, str]], level: str) -> str | None:
    """`code` when it is a division of `level` that the scope fits (its name, or the text's own
    spelling of it, ends in the scope) or not of that level at all; else the one division of that
    level the text writes with the scope, and None when there is none or several."""
    T = table()
    d = T.get(code)
    if d is None or d.level != level or d.name.endswith(scope) \
            or any(c == code and s.endswith(scope) for c, s in places):
        return code
    fits = {c for c, s in places if c and s.endswith(scope) and (x := T.get(c)) is not None and x.level == level}
    return next(iter(fits)) if len(fits) == 1 else None


@lru_cache(maxsize=None)
def _province_scopes() -> tuple[str, ...]:
    """The one-character relative scopes of province level (省)."""
    from .. import lexicon as L
    return tuple(s for s, level in L.RELATIVE_SCOPES.items() if level == "province" and len(s) == 1)


def _city_scopes() -> tuple[str, ...]:
    """The one-character relative scopes of city level (市, 州, 盟)."""
    from .. import lexicon as L
    return tuple(s for s, level in L.RELATIVE_SCOPES.items() if level == "city" and len(s) == 1)


def city_of_scope(scope: str, code: str, places: list[tuple[str | None, str]]) -> str | None:
    """市委, 市扶贫办 name a 市: in a story set in a prefecture written otherwise (宁波市代表团赴黔西南州
    考察…市扶贫办负责人陪同: the visitors' own city) they are never the 州's; the one city of the text
    written with that scope is meant (宁波市), with none or several, none.  A county-level 市 is
    left to the caller (定州市: 市农业农村局 in a story about it)."""
    return _one_written_with(scope, code, places, "city")


_CITY_SCOPE_WORD = "市"


def prefecture_of_scope(scope: str, code: str | None, places: list[tuple[str | None, str]]) -> str | None:
    """州委, 州长 (盟委) name an autonomous prefecture (a league): the article's own when it is one
    (`city_of_scope`: or the one written with the scope); else, in a story set in a place under no
    such prefecture (天津市和平区与舟曲县开展东西部协作…州委副书记吕哲军), the one prefecture so named that
    holds a place the article names (舟曲县's 甘南藏族自治州), as `province_of_scope` reads 省委.  None
    when there is none or several."""
    got = city_of_scope(scope, code, places) if code is not None else None
    return got if got is not None else _one_holding(scope, places, "city")


def province_of_scope(scope: str, code: str, places: list[tuple[str | None, str]]) -> str | None:
    """省委, 省长 name a 省: in a story set in a municipality (湖北专场新闻发布会在北京举行) they are never
    Beijing's (its committee is a 市委); the one province of the text written with that scope is
    meant (湖北省), with none or several, none."""
    T = table()
    d = T.get(code)
    if d is None or d.level != "province" or d.name.endswith(scope):
        return code
    return _one_holding(scope, places, "province")


def _one_holding(scope: str, places: list[tuple[str | None, str]], level: str) -> str | None:
    """The one division of `level` whose name ends with `scope` (省, 州, 盟) that is or holds a place
    of `places`; None when there is none or several."""
    T = table()
    fits = set()
    for c, _ in places:
        place = T.get(c) if c else None
        if place is None:
            continue
        for div in (place, *T.ancestors(c)):
            if div.level == level and div.name.endswith(scope):
                fits.add(div.code)
    return next(iter(fits)) if len(fits) == 1 else None


def forget_mentions(doc: Doc, cut: dict[str, set[tuple[int, int]]]) -> set[str]:
    """After a stage took their key from mentions it no longer trusts (a place inside a company's
    short form, inside a person's name), their evidence leaves each entity of `cut` (key → the
    (start, end) spans given up); an entity then named by no mention and no evidence goes, with
    every relation it had.  The keys of the entities gone."""
    kept = {m.key for m in doc.mentions if m.key in cut}
    gone: set[str] = set()
    for key, spans in cut.items():
        ent = doc.entities.get(key)
        if ent is None:
            continue
        ent.mentions = [ev for ev in ent.mentions if (ev.start, ev.end) not in spans]
        if key not in kept and not ent.mentions:
            del doc.entities[key]
            gone.add(key)
    if gone:
        doc.relations = [r for r in doc.relations if r.subject not in gone and r.object not in gone]
    return gone


# 丰益国际等世界500强企业: a firm's own name (no mark, no figure), then 等, then a few words and a company head
_FIRM_LISTED = re.compile(f"[{HAN}A-Za-z]{{2,8}}等[^，,。；;：:、0-9０-９]{{0,4}}?[0-9０-９]*"
                          f"[^，,。；;：:、0-9０-９]{{0,6}}?(?:{cue_alt('metrics.company_heads')})")


def firm_home(text: str, b: int, key: str) -> bool:
    """新加坡丰益国际等世界500强企业入驻，“一园六区”引进项目470个: a country abroad (key: a world
    registry place, not 中国) ending at b that opens a firm's name, the firm listed as one of such
    companies (等…企业), is the firm's home — neither the subject of the sentence's figures (the
    metrics stage) nor where its programmes are done (the relations stage): those are the story's
    own place's, the city that drew the firm in.  A place of China (河北省钢铁等企业) is left alone:
    there the firms are that place's."""
    return bool(key) and key.startswith("place-iso-") and key != "place-iso-CN" and _FIRM_LISTED.match(text, b) is not None


@lru_cache(maxsize=1)
def _border_opener() -> re.Pattern:
    """A side and a verb of borders opening a clause (东接, 西北环抱, 北面与 …): the compass characters,
    a side's filler (面, 侧, 部), then a verb of borders or 与/同 (group 1: a border word must close the clause);
    or 与/同 alone (与桃源县毗邻: a side left unnamed, group 2, a border word closing the clause as well)."""
    from .. import lexicon as L
    fillers = L.word_lists("registry_cues")["compass_side_fillers"]
    return re.compile(f"[{place_chars('compass_chars')}]{{1,2}}(?:{alt(fillers)})?"
                      f"(?:[{place_chars('border_verb_chars')}]|环抱|(与|同))|(与|同)")


_BORDER_CLAUSE_MARKS = "，,；;。\n"
_BORDER_REACH = 60  # characters after the place to the border word closing its clause (…、宁国市接壤)


@lru_cache(maxsize=1)
def _border_words() -> tuple[str, ...]:
    from .. import lexicon as L
    return tuple(L.word_lists("registry_cues")["compass_border_words"])  # 接壤, 毗邻, 交界, 为邻 …


def in_border_clause(text: str, a: int, e: int, clause: int | None = None) -> bool:
    """东接溆浦县、南邻洪江市…,西北环抱鹤城区; 东与宣州区、宁国市接壤 (a place's profile): is the place at
    a..e in a clause opened by a side and a verb of borders (东接, 西北环抱, 北面与 … with a word of
    borders closing the clause; 与桃源县毗邻, 与湖北省鹤峰县交界 with no side named likewise)?  Then it is a
    neighbour of the profile's subject, never the subject.
    The side must end before the place (东至县, 南通市 opening the clause are the places themselves)."""
    if clause is None:
        clause = max(text.rfind(ch, 0, a) for ch in _BORDER_CLAUSE_MARKS) + 1
    m = _border_opener().match(text, clause)
    if not m or m.end() > a:
        return False
    if not m.group(1) and not m.group(2):
        return True
    hi = min(len(text), e + _BORDER_REACH)  # (bounded: a text with no such mark is not read to its end per place)
    end = min((i for i in (text.find(ch, e, hi) for ch in _BORDER_CLAUSE_MARKS) if i >= 0), default=hi)
    return any(w in text[e:end] for w in _border_words())


@lru_cache(maxsize=1)
def _lesson_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from .. import lexicon as L
    cues = L.word_lists("relation_cues")
    return tuple(cues.get("lesson_verbs", ())) or ("\0",), tuple(cues.get("lesson_nouns", ())) or ("\0",)


_LESSON_REACH = 40  # characters from the verb to the place, and from the place to 教训
_LESSON_STOPS = "。；;\n"


def in_lesson_clause(text: str, a: int, e: int, lo: int = 0) -> bool:
    """深刻汲取江西新余“1·24”特别重大火灾事故教训, 吸取大连瓦房店燃气闪爆事故教训 (a county's safety
    notice): is the place at a..e named between a verb of drawing lessons (relation_cues lesson_verbs,
    at most _LESSON_REACH characters before it, after `lo`) and 教训 after it in the same sentence?
    Then it is where another accident happened, never where the checks and figures are."""
    verbs, nouns = _lesson_words()
    floor = max(lo, a - _LESSON_REACH)  # (the stops are looked for only that far back: linear in a text with none)
    start = max(floor, *(text.rfind(ch, floor, a) + 1 for ch in _LESSON_STOPS))
    if max(text.rfind(v, start, a) for v in verbs) < 0:
        return False
    hi = min(len(text), e + _LESSON_REACH)
    end = min((i for i in (text.find(ch, e, hi) for ch in _LESSON_STOPS) if i >= 0), default=hi)
    return any(w in text[e:end] for w in nouns)


@lru_cache(maxsize=1)
def _exclusion_frame() -> tuple[re.Pattern, re.Pattern]:
    from ..metric_words import cue_alt
    names = f"[{HAN}A-Za-z0-9·、和及]"
    return (re.compile(f"(?:{cue_alt('metrics.exclusion_frame_opens')}){names}{{0,24}}"),
            re.compile(f"{names}{{1,30}}?(?:{cue_alt('metrics.exclusion_frame_closes')})[，,；;]"))


_EXCLUSION_REACH = 30  # characters from the frame's 除 to the place


def in_exclusion_frame(text: str, a: int, lo: int = 0) -> bool:
    """除陇南市外，天水、庆阳、甘南…参保率达到80% (a province's insurance news; 除了…以外, 除…之外): is the
    place at `a` inside a 除…外 frame that makes a clause of its own (the clause opens with 除, only names
    run to the place, and names then 外 close the clause)?  Then it is the part left out, never the
    subject of the figures after it nor the place the story is about.  Bounded: the clause back to
    `lo` or _EXCLUSION_REACH characters, the frame's close at most 30 characters on."""
    floor = max(lo, a - _EXCLUSION_REACH)
    start = max(floor, rfind_any(text, "，,；;：:。！？\n", floor, a) + 1)
    opens, closes = _exclusion_frame()
    m = opens.match(text, start, a)
    return m is not None and m.end() == a and closes.match(text, a, a + 40) is not None


@lru_cache(maxsize=1)
def _rank_peer_marks() -> tuple[str, ...]:
    from .. import lexicon as L
    return tuple(L.word_lists("relation_cues").get("rank_peer_marks", ())) or ("\0",)


@lru_cache(maxsize=1)
def _compared_peer_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    from .. import lexicon as L
    cues = L.word_lists("relation_cues")
    return tuple(cues.get("compared_peer_leads", ())) or ("\0",), tuple(cues.get("compared_peer_closers", ())) or ("\0",)


def after_rank_peer(text: str, a: int, lo: int = 0, e: int | None = None) -> bool:
    """位列全国15个副省级城市第二位，仅次于深圳 (a city's release of its own figures, speaking as 我市):
    is the place at `a` written right after a word placing the subject below or above it in a
    ranking (relation_cues rank_peer_marks: 仅次于, 次于)?  Then it is the peer the subject is ranked
    against, never the story's place nor the subject of a figure.  With the place's end `e`, so is
    one a comparison sets the subject against (全县主要经济指标与比拼对象保康县比，…: compared_peer_leads
    right before it, compared_peer_closers right after it)."""
    if text.endswith(_rank_peer_marks(), max(lo, a - 4), a):
        return True
    if e is None:
        return False
    leads, closers = _compared_peer_words()
    if text.startswith(closers, e) and text.endswith(leads, max(lo, a - 5), a):
        return True
    before, after = _ranked_peer_runs()  # (位居郧阳区、丹江口市、茅箭区之后: each place of the run)
    return after.match(text, e, e + _RANKED_PEER_REACH) is not None \
        and before.search(text, max(lo, a - _RANKED_PEER_REACH), a) is not None


_RANKED_PEER_REACH = 50  # characters of a run of places between a ranking verb and 之后, either side of one


@lru_cache(maxsize=1)
def _ranked_peer_runs() -> tuple[re.Pattern, re.Pattern]:
    from .. import lexicon as L
    cues = L.word_lists("relation_cues")
    leads, closers = alt(cues.get("ranked_peer_leads", ("\0",))), alt(cues.get("ranked_peer_closers", ("\0",)))
    return (re.compile(f"(?:{leads})(?:[{HAN}]{{2,8}}[、和])*$"),
            re.compile(f"(?:[、和][{HAN}]{{2,8}})*(?:{closers})"))
