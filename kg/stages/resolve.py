"""Resolution: mentions become entities with stable ids, per article.

- The article's own place (title first, then dateline/lead, then the most named place) is what
  该市/全市/本市, 该县/全县 and 我省/全省 refer to, and what abbreviated agency names (市生态环境局)
  are completed with.
- Ids are stable across runs and documents: places by division code (sub-county places by their
  parent's code and name), everything else by type and canonical name.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from ..divisions import table
from ..model import Article, Doc, Entity, Evidence, Mention, short_hash
from ..pipeline import component

ANAPHORA = {
    "该市": "city", "全市": "city", "本市": "city", "我市": "city",
    "该县": "county", "全县": "county", "本县": "county", "我县": "county",
    "该区": "county", "全区": "county", "本区": "county", "我区": "county",
    "全省": "province", "我省": "province", "本省": "province", "该省": "province",
}
_ANAPHOR_RE = re.compile("|".join(ANAPHORA))
# 市X局 / 县X局 / 省X厅: an agency named relative to the article's place
_RELATIVE = {"市": "city", "县": "county", "区": "county", "省": "province", "乡": "township", "镇": "township"}


def mentions_by_article(doc: Doc) -> dict[str, list[Mention]]:
    """The document's mentions grouped by article (stages look them up per article)."""
    out: dict[str, list[Mention]] = {}
    for m in doc.mentions:
        out.setdefault(m.article, []).append(m)
    return out


def article_of(doc: Doc, article_id: str) -> Article:
    """doc.article(id) through a per-document index (documents can hold hundreds of articles)."""
    index = doc.__dict__.get("_article_index")
    if index is None or len(index) != len(doc.articles):
        index = doc.__dict__["_article_index"] = {a.id: a for a in doc.articles}
    return index[article_id]


def entity_id(label: str, name: str, code: str | None = None, parent: str | None = None) -> str:
    """Stable, ASCII entity id: places by code, others by type and canonical name."""
    if label == "Place":
        if code:
            return f"place-{code}"
        return f"place-{short_hash((parent or '') + '/' + name)}"
    return f"{label.lower()}-{short_hash(name)}"


def _place_at_level(code: str | None, level: str) -> str | None:
    """The division of `level` that contains (or is) `code`."""
    if not code:
        return None
    T = table()
    d = T.get(code)
    chain = ([d] if d else []) + T.ancestors(code)
    for div in chain:
        if div.level == level:
            return div.code
    if level == "county" and d is not None and d.level == "city":
        return None
    return None


def article_place(doc: Doc, art: Article, mentions: list[Mention] | None = None) -> str | None:
    """Division code of the place an article is about."""
    mentions = [m for m in doc.mentions if m.article == art.id] if mentions is None else mentions
    places = [m for m in mentions if m.label == "Place" and m.attrs.get("code") and len(m.attrs["code"]) == 6]
    if not places:
        return None

    def section(m: Mention) -> str:
        for s in art.sections:
            if s.start <= m.astart < s.end:
                return s.kind
        return "body"

    def specificity(m: Mention) -> int:
        return {"county": 2, "city": 1}.get(m.attrs.get("level"), 0)

    titled = [m for m in places if section(m) in ("title", "subtitle")]
    if titled:
        return max(titled, key=lambda m: (specificity(m), -m.astart)).attrs["code"]
    body = sorted((m for m in places if section(m) == "body"), key=lambda m: m.astart)
    if body and body[0].astart < 80:  # named in the lead sentence
        first = body[0]
        same_sentence = [m for m in body if art.sentence_at(m.astart) is art.sentence_at(first.astart)]
        return max(same_sentence, key=lambda m: (specificity(m), -m.astart)).attrs["code"]
    counts = Counter(m.attrs["code"] for m in places if m.attrs.get("level") in ("city", "county"))
    if counts:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return places[0].attrs["code"]


@component("resolve", reads=("doc.mentions", "article.sections"),
           writes=("article.place", "doc.entities", "mention.key"))
def make_resolve():
    """Article places, anaphora (该市, 全县 …), relative agency names, stable entity ids."""
    T = table()

    def resolve(doc: Doc) -> Doc:
        by_article = mentions_by_article(doc)
        for art in doc.articles:
            mine = by_article.get(art.id, [])
            code = article_place(doc, art, mine)
            art.place = entity_id("Place", "", code) if code else None
            art_code = code
            for mt in _ANAPHOR_RE.finditer(art.text):
                level = ANAPHORA[mt.group(0)]
                target = _place_at_level(art_code, level)
                if target is None:
                    continue
                div = T.get(target)
                doc.add_mention(art, mt.start(), mt.end(), "Place", "resolve.anaphora",
                                norm=div.name, code=div.code, level=div.level, parent=div.parent,
                                anaphor=True)
            mine_sorted = sorted((m for m in mine if m.astart >= 0), key=lambda m: m.astart)
            mine_starts = [m.astart for m in mine_sorted]
            for m in mine:
                if m.label != "Place":
                    _complete_relative(doc, art, m, art_code, mine_sorted, mine_starts)
        doc.mentions = [m for m in doc.mentions if not m.attrs.get("unresolved")]
        _make_entities(doc)
        return doc

    return resolve


def _complete_relative(doc: Doc, art: Article, m: Mention, art_code: str | None,
                       mine_sorted: list[Mention], mine_starts: list[int]) -> None:
    """市生态环境局 → 邯郸市生态环境局: a relative name takes the article's place at its level, or,
    where the article is about a larger place (县农业农村局 in a city story), the place of that level
    named before it in the same sentence (成安大队 … 县农业农村局 → 成安县农业农村局)."""
    T = table()
    scope = m.attrs.get("relative")  # set by the entities stage for 市X局 etc.
    if not scope or not m.norm or m.attrs.get("expanded"):
        return
    level = _RELATIVE.get(scope, "city")
    rest = m.attrs.get("rest") or m.norm[len(scope):]
    target = _place_at_level(art_code, level)
    if target is None and m.astart >= 0:
        sent = art.sentence_at(m.astart)
        lo = sent.start if sent else max(0, m.astart - 80)
        k = bisect.bisect_left(mine_starts, m.astart)
        near = []
        while k > 0 and mine_starts[k - 1] >= lo:  # mentions before it in its sentence, nearest first
            k -= 1
            o = mine_sorted[k]
            if o.attrs.get("place_code") or o.attrs.get("code"):
                near.append(o)
        for o in near:
            target = _place_at_level(o.attrs.get("code") or o.attrs.get("place_code"), level)
            if target:
                break
    if target:
        m.norm = T.get(target).name + rest
        m.attrs["expanded"] = True
        m.attrs["place_code"] = target
        raw = m.attrs.get("raw_rest")
        if raw and raw != rest:
            m.attrs["alias"] = T.get(target).name + raw  # 邯郸市发展改革委 beside 邯郸市发展和改革委员会
    elif scope in ("乡", "镇"):
        m.attrs["unresolved"] = True  # 镇党委 of no known township: dropped by the caller


def mention_evidence(doc: Doc, m: Mention, rule: str | None = None, whole_sentence: bool = True) -> Evidence:
    """Evidence for a mention: its sentence (or itself); mentions outside the article text (photo
    credits) carry their source span."""
    if m.astart < 0:  # the credit or byline line is the sentence
        a = doc.text.rfind("\n", 0, m.start) + 1
        b = doc.text.find("\n", m.end)
        b = len(doc.text) if b < 0 else b
        line = doc.text[a:b]
        if whole_sentence:
            return Evidence(doc.id, doc.source, a, b, m.article, line, rule)
        ev = Evidence(doc.id, doc.source, m.start, m.end, m.article, line, rule)
        ev.sentence_start = a
        return ev
    return doc.evidence(article_of(doc, m.article), m.astart, m.aend, rule=rule, whole_sentence=whole_sentence)


def _make_entities(doc: Doc) -> None:
    by_span: dict[tuple[str, int], Mention] = {}
    counties: dict[str, tuple[list[Mention], list[int]]] = {}  # per article, sorted, with starts
    for o in sorted(doc.mentions, key=lambda o: o.astart):
        if o.label == "Place" and o.attrs.get("level") == "county" and o.astart >= 0:
            ms, starts = counties.setdefault(o.article, ([], []))
            ms.append(o)
            starts.append(o.astart)
    for m in sorted(doc.mentions, key=lambda m: (m.start, -(m.end - m.start))):
        name = m.norm or m.surface
        if m.label == "Place":
            parent_key = None
            if not m.attrs.get("code"):
                pm = m.attrs.get("parent_mention")
                parent = by_span.get((m.article, pm[0])) if pm else None
                parent_key = m.attrs.get("parent_key") or (parent.key if parent
                                                           else _enclosing_county_key(doc, m, counties))
                m.attrs["parent_key"] = parent_key
            key = entity_id("Place", name, m.attrs.get("code"), parent_key)
        else:
            key = entity_id(m.label, name)
        m.key = key
        by_span[(m.article, m.astart)] = m
        ev = mention_evidence(doc, m, rule=m.rule, whole_sentence=False)
        ent = doc.entities.get(key)
        if ent is None:
            ent = doc.entities[key] = Entity(key, m.label, name, code=m.attrs.get("code"),
                                             level=m.attrs.get("level"))
        if not m.attrs.get("anaphor"):
            surface = m.surface if "\n" not in m.surface else None
            if surface and surface != ent.name:
                ent.aliases.add(surface)
            for extra in (m.attrs.get("qualified"), m.attrs.get("alias")):
                if extra and extra != ent.name and "\n" not in extra:
                    ent.aliases.add(extra)
            if m.attrs.get("former"):
                ent.attrs["former_name"] = m.attrs["former"]
        ev.surface = m.surface
        sent = article_of(doc, m.article).sentence_at(m.astart) if m.astart >= 0 else None
        if sent is not None:
            ev.quote, ev.sentence_start = doc.text[sent.src_start:sent.src_end], sent.src_start
        ent.mentions.append(ev)
        ent.rules.add(m.rule)
        if m.attrs.get("parent_key"):
            ent.attrs.setdefault("parent_key", m.attrs["parent_key"])


def _enclosing_county_key(doc: Doc, m: Mention,
                          counties: dict[str, tuple[list[Mention], list[int]]]) -> str | None:
    """For a community found on its own: the nearest county-level place before it in its sentence."""
    art = article_of(doc, m.article)
    sent = art.sentence_at(m.astart)
    if sent is None:
        return None
    mine, starts = counties.get(m.article, ([], []))
    k = bisect.bisect_left(starts, m.astart)
    best = mine[k - 1] if k and mine[k - 1].astart >= sent.start else None
    return f"place-{best.attrs['code']}" if best else None
