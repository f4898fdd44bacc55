"""Short forms a text defines: 齐齐哈尔市营商环境建设监督局(以下简称市营商局) … 受市营商局委托.

Notices, regulations, contracts and reports name a body, a company or a document in full once
and give, in a bracket right after it, the short form they use from then on: (以下简称市营商局),
（简称“中国中铁”）, (以下简称《管理办法》), (下称采购办).  Every later use of that short form in
the article is the thing named in full.  So, once `resolve` has completed the article's names:

- the mentions a finder made of the short form (市营商局 read as "the city's 营商局", 管理办法 as a
  programme of its own) take the full name and type: they join its entity, and the short form
  becomes one of its aliases;
- uses of the short form no finder read (采购办, 市信息中心) become mentions of it, with their
  own evidence, so what the text says of the short form (受市营商局委托) reaches the entity.

Only a name a finder found right before the bracket defines anything (a document's number may
stand between a title in 《》 and its bracket: 《…办法》(齐政办发〔2018〕23号)(以下简称《办法》));
a definition of a thing govkg does not name (…云平台(以下简称云平台)) adds nothing, and places are
left to the gazetteer (their short forms are the division table's).  The words that open a
definition are data (`cue_words.tsv`, list `short_form_define`).

Undefined short forms too: a body named in full with its place or parent body first and later by
the rest of its name (上海市芜湖商会 … 芜湖商会, 联合国开发计划署 … 开发计划署, …医学院附属瑞金医院 …
瑞金医院) is that body, where the article names one such (`link_qualified_tails`).
"""
from __future__ import annotations

import re

from .. import lexicon as L
from ..model import Article, Doc, Mention
from .registry import registry

RULE = "short_form.defined"
DEFINED_TYPES = ("Agency", "Organization", "Programme")
MAX_PER_ARTICLE = 32  # definitions read per article: a text defines a handful (linear however long)

# (Shanghai Airlines Co., Ltd.,简称“上航”): the body's English name may come first in the brackets (post57)
_DEFINITION = re.compile(
    rf"[（(](?:[A-Za-z][A-Za-z0-9 .&'-]{{0,60}}(?:,[A-Za-z0-9 .&'-]{{0,20}}){{0,2}}[,，]\s?)?"
    rf"(?:{L.words_alt('short_form_define')})[:：]?[“\"《「]?"
    rf"(?P<short>[^（()）“”\"《》「」，,。；;：:、\s]{{2,16}})[”\"》」]?[）)]")
# waishi88: 香港特别行政区政府驻上海经济贸易办事处(香港驻沪办), 湖南省人民政府外事办公室（湖南省外办）: a body's
# short form in brackets right after its full name with no word of definition (`_abbreviates`)
_BARE_DEFINITION = re.compile(r"[（(](?P<short>[^（()）“”\"《》「」，,。；;：:、\s\d]{3,10})[）)]")
_BARE_DEFINED_TYPES = ("Agency", "Organization")
_BARE_HEAD = 2  # characters the short form shares with the full name's opening
_BARE_TAIL = 3  # the full name's last characters, one of which closes the short form


def _abbreviates(short: str, full: str) -> bool:
    """Is `short` the short form of `full`: shorter, opening with the full name's first two characters
    and closing on one of its last three (香港驻沪办 of 香港…办事处, 湖南省外办 of 湖南省…办公室; not
    湖南省教育厅 of 湖南省人民政府)?"""
    return len(short) < len(full) and short[:_BARE_HEAD] == full[:_BARE_HEAD] and short[-1] in full[-_BARE_TAIL:]


# a document number between a title and its definition: (齐政办发〔2018〕23号)
_DOC_NUMBER = re.compile(r"[（(][^（()）\n]{1,30}号[）)]")
_CLOSERS = "》”\"」』"


def _defined(art: Article, ends: dict[int, Mention], open_at: int) -> Mention | None:
    """The mention a definition opening at `open_at` names in full: one ending right before the
    bracket, before a title's closing mark, or before a document number in brackets."""
    text = art.text
    for gap in (0, 1):  # 市营商局(以下… ; 《…办法》(以下…
        end = open_at - gap
        if gap and (end < 1 or text[end] not in _CLOSERS):
            break
        if end in ends:
            return ends[end]
    lo = text.rfind("(", max(0, open_at - 32), open_at)
    lo = max(lo, text.rfind("（", max(0, open_at - 32), open_at))
    if lo > 0 and _DOC_NUMBER.fullmatch(text, lo, open_at):
        return _defined(art, ends, lo)
    return None


def _uses(text: str, short: str, start: int, stop: int):
    """Where `short` is written in text[start:stop]."""
    k = text.find(short, start, stop)
    while k >= 0:
        yield k, k + len(short)
        k = text.find(short, k + len(short), stop)


def _link_article(doc: Doc, art: Article, mine: list[Mention]) -> None:
    ends: dict[int, Mention] = {}
    for m in mine:
        if m.label in DEFINED_TYPES and m.astart >= 0 and not m.attrs.get("unresolved"):
            if m.aend not in ends or m.aend - m.astart > ends[m.aend].aend - ends[m.aend].astart:
                ends[m.aend] = m
    definitions: list[tuple[int, str, Mention]] = []
    for d in _DEFINITION.finditer(art.text):
        full = _defined(art, ends, d.start())
        if full is not None and d.group("short") != (full.norm or full.surface):
            definitions.append((d.start("short"), d.group("short"), full))
            if len(definitions) == MAX_PER_ARTICLE:
                break
    for d in _BARE_DEFINITION.finditer(art.text):
        if len(definitions) >= MAX_PER_ARTICLE:
            break
        full = ends.get(d.start())
        if full is not None and full.label in _BARE_DEFINED_TYPES and _abbreviates(d.group("short"), full.norm or full.surface):
            definitions.append((d.start("short"), d.group("short"), full))
    definitions.sort(key=lambda x: x[0])
    if not definitions:
        return
    at: dict[tuple[int, int], list[Mention]] = {}
    taken = bytearray(len(art.text) + 1)
    inside_place = bytearray(len(art.text) + 1)  # positions inside a place, after its first character
    for m in mine:
        if m.astart >= 0:
            at.setdefault((m.astart, m.aend), []).append(m)
            if m.label == "Place":  # (长三角|办: a place inside a short form is part of it)
                inside_place[m.astart + 1:m.aend] = b"\x01" * (m.aend - m.astart - 1)
            else:
                taken[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
    headlines = [(h.start, h.end) for h in art.sections if h.kind in _HEADLINES]
    for n, (pos, short, full) in enumerate(definitions):
        # until the text defines the same short form again
        stop = next((p for p, s, _f in definitions[n + 1:] if s == short), len(art.text))
        earlier = () if any(s == short for _p, s, _f in definitions[:n]) else \
            [u for lo, hi in headlines if hi <= pos for u in _uses(art.text, short, lo, hi)]
        for s, e in [*earlier, *_uses(art.text, short, pos, stop)]:
            found = [m for m in at.get((s, e), ()) if m.label != "Place" and m is not full]
            for m in found:
                _retarget(m, full)
            if not found and 1 not in taken[s:e] and not inside_place[s] and not inside_place[e]:
                name = full.norm or full.surface
                if doc.add_mention(art, s, e, full.label, RULE, norm=name, short_form_of=name):
                    taken[s:e] = b"\x01" * (e - s)


# the headline of a story is written with the short form its body defines (公司领导拜访中国电信四川公司 …
# 中国电信股份有限公司四川分公司(简称:中国电信四川公司)): a use there names the defined body too
_HEADLINES = ("title", "subtitle")


def _retarget(m: Mention, full: Mention) -> None:
    """`m`, a use of a short form, names what `full` names."""
    m.label = full.label
    m.norm = full.norm or full.surface
    m.attrs["short_form_of"] = m.norm
    for k in ("unresolved", "relative", "weak"):
        m.attrs.pop(k, None)


_TAIL_RULE = "short_form.qualified-tail"
_TAIL_MIN = 3  # a tail of fewer characters (商会, 医院) is a kind of body, no name
_PLURAL_BEFORE = L.word_lists("org_cues").get("tail_plural_before", ())
_AFFILIATE_MARKS = tuple(L.word_lists("org_cues").get("tail_affiliate_marks", ()))
# 金堂县高板中学校 … 高板中学: a school whose registered name ends 中学校 is called by it without the last 校
_SCHOOL_LONG_FORMS = tuple(L.word_lists("org_cues").get("school_long_forms", ()))


def _qualifier(full: Mention, length: int, spans: set[tuple[int, int]], bodies: dict[int, int],
               known: dict) -> bool:
    """Is the first `length` characters of `full` a qualifier: a place or a body the article has a
    mention of at exactly that span (上海市|芜湖商会), a body the registries know (联合国|开发计划署),
    or a body the text names + an affiliate mark (上海交通大学医学院附属|瑞金医院)?"""
    s, e = full.astart, full.astart + length
    if (s, e) in spans or (full.norm or full.surface)[:length] in known:
        return True
    if not full.surface.endswith(_AFFILIATE_MARKS, 0, length):
        return False
    name = full.norm or full.surface
    return (s in bodies and bodies[s] < e) or any(name[:k] in known for k in range(2, length))


_PLACE_OFFICE_RULE = "registry.unit"


def _index_place_office(m: Mention, name: str, known: dict, fulls: dict, by_name: dict) -> None:
    """国家税务总局化州市税务局 … 化州市税务局主要负责人表示: a national organ's office named by its place
    (the registry's unit of the organ, its stem opening with a division's name) is named later by
    the place's part alone, which the agencies stage reads as the place's own bureau: one body."""
    from .registry import place_prefix
    for k in range(2, len(name) - _TAIL_MIN + 1):
        if name[:k] in known:
            if place_prefix(name[k:]) > 0:
                fulls.setdefault(name[k:], set()).add(name)
                by_name.setdefault(name, m)
            return


_CHAIN_MAX = 3  # places written one after another before a name (省, 市, 县): a chain of at most this many


def _place_chains(mine: list[Mention]) -> set[tuple[int, int]]:
    """The spans of places written one right after another (淄博市|张店区, 四川省|达州市|开江县), each chain
    from each of its places to each later end: a qualifier as one place is (淄博市张店区|齐盛学校 … 齐盛学校).
    Bounded: at most `_CHAIN_MAX` places a chain, each place found once."""
    ends = {m.astart: m.aend for m in mine if m.label == "Place" and m.astart >= 0 and m.aend > m.astart}
    chains = set()
    for s, e in ends.items():
        for _ in range(_CHAIN_MAX - 1):
            if e not in ends:
                break
            e = ends[e]
            chains.add((s, e))
    return chains


def link_qualified_tails(art: Article, mine: list[Mention]) -> None:
    """上海市芜湖商会 … 上海市工商联将全力支持芜湖商会: a body the article names in full once, with its
    place or parent body first, and then by the rest of its name, is one body — the later name is
    no body of 芜湖's but a short form of the Shanghai chamber (and 开发计划署 of 联合国开发计划署).
    Only where exactly one organisation of the article ends so, where the qualifier is a place or
    body the text names at that span, and not after a word making it many (等地淳安商会).  Every
    suffix of every full name is indexed once, so the article is read in linear time."""
    fulls: dict[str, set[str]] = {}
    by_name: dict[str, Mention] = {}
    known = registry()[1]
    spans = {(m.astart, m.aend) for m in mine if m.astart >= 0 and m.label != "Programme"}
    spans |= _place_chains(mine)  # 淄博市张店区|齐盛学校: the city, then its district, qualify the name too
    bodies: dict[int, int] = {}  # where a body's name starts → where the shortest one there ends
    for m in mine:
        if m.astart >= 0 and m.label in ("Organization", "Agency") and not m.attrs.get("unresolved"):
            bodies[m.astart] = min(bodies.get(m.astart, m.aend), m.aend)
    for m in mine:
        name = m.norm or m.surface
        if m.label == "Agency" and m.rule == _PLACE_OFFICE_RULE:
            _index_place_office(m, name, known, fulls, by_name)
            continue
        if m.label != "Organization" or m.astart < 0 or len(name) != m.aend - m.astart \
                or m.attrs.get("unresolved") or m.attrs.get("short_form_of"):
            continue
        long_school = name.endswith(_SCHOOL_LONG_FORMS)
        for k in range(1, len(name) - _TAIL_MIN + 1):
            if _qualifier(m, k, spans, bodies, known):
                fulls.setdefault(name[k:], set()).add(name)
                by_name.setdefault(name, m)
                if long_school and len(name) - k - 1 > _TAIL_MIN:  # 金堂县|高板中学校 … 高板中学
                    fulls.setdefault(name[k:-1], set()).add(name)
    if not fulls:
        return
    text = art.text
    for m in mine:
        name = m.norm or m.surface
        owners = fulls.get(name)
        if not owners or len(owners) != 1 or m.label not in ("Organization", "Agency") or m.astart < 0 \
                or m.attrs.get("anaphor") or any(text.endswith(w, 0, m.astart) for w in _PLURAL_BEFORE):
            continue
        full = by_name[next(iter(owners))]
        _retarget(m, full)
        m.attrs["tail_of"] = m.norm


_STATION_PARENTS = L.word_lists("agency_cues").get("station_parents", ())  # 公安局, 分局
_STATION_UNITS = L.words("county_subunits")  # 派出所, 大队, 中队: a unit named after its place or road
_STATION_TAIL_MIN = 4  # 侯村派出所, 城关大队: a stem of two characters at least, then the unit


def _station_tail(name: str) -> str | None:
    """The station's own name after its bureau in a chained name (曲周县公安局|侯村派出所 → 侯村派出所), or None."""
    for parent in _STATION_PARENTS:
        k = name.rfind(parent)
        tail = name[k + len(parent):] if k > 0 else ""
        if len(tail) >= _STATION_TAIL_MIN and tail.endswith(_STATION_UNITS) and not tail.startswith(_STATION_UNITS):
            return tail
    return None


_STATION_RULE = "short_form.station-tail"


def link_station_tails(art: Article, mine: list[Mention], doc: Doc | None = None) -> None:
    """曲周县公安局侯村派出所 … 失主来到侯村派出所: a police station or brigade named once with its bureau and
    then by its own name is one body; the later name, which the agencies stage reads as the station of
    the township so named (侯村镇派出所), joins the chained one.  Only where exactly one chained name
    of the article ends so.  A later use no finder read (玉泉区公安分局长和廊派出所 … 长和廊派出所出动警力7人:
    a stem that is no place's) becomes a mention of the chained body, with `doc` given."""
    fulls: dict[str, list[Mention]] = {}
    for m in mine:
        tail = _station_tail(m.norm or m.surface) if m.label == "Agency" and m.astart >= 0 else None
        if tail and not m.attrs.get("unresolved"):
            fulls.setdefault(tail, []).append(m)
    if not fulls:
        return
    for m in mine:
        owners = fulls.get(m.surface) if m.label == "Agency" and m.astart >= 0 else None
        names = {o.norm or o.surface for o in owners or ()}
        if len(names) == 1 and (m.norm or m.surface) not in names:
            _retarget(m, owners[0])
            m.attrs["tail_of"] = m.norm
    if doc is not None:
        _add_station_uses(doc, art, mine, fulls)


def _add_station_uses(doc: Doc, art: Article, mine: list[Mention], fulls: dict[str, list[Mention]]) -> None:
    """Uses of a chained station's own name that no mention covers: each a mention of the chained body.
    One find over the article per station name, for MAX_PER_ARTICLE names at most (an article names a
    few stations; a list of thousands must not make the pass quadratic)."""
    named = []
    for tail, owners in fulls.items():
        names = {o.norm or o.surface for o in owners}
        if len(names) == 1:
            named.append((tail, names.pop()))
    if not named:
        return
    taken = bytearray(len(art.text) + 1)
    for m in mine:
        if m.astart >= 0:
            taken[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
    for tail, name in named[:MAX_PER_ARTICLE]:
        for s, e in _uses(art.text, tail, 0, len(art.text)):
            if 1 not in taken[s:e] and doc.add_mention(art, s, e, "Agency", _STATION_RULE, norm=name, tail_of=name):
                taken[s:e] = b"\x01" * (e - s)


_NATIONAL_LAW = L.word_lists("programme_cues")["national_law_prefix"][0]  # 中华人民共和国
_LAW_SHORT_MIN = 2  # (宪法: the shortest law cited without the country's name)


def link_national_law_citations(mine: list[Mention]) -> None:
    """执法检查《中华人民共和国人民警察法》 … 检查《人民警察法》贯彻执行情况: a national law cited in
    full once and then without the country's name (national_law_prefix) is one law; the short
    citation joins the full one's entity, as a defined short form does (no second programme).  Only
    where the article cites the full name."""
    def short_of(m: Mention) -> str | None:
        name = m.norm or m.surface
        if name.startswith(_NATIONAL_LAW) and len(name) - len(_NATIONAL_LAW) >= _LAW_SHORT_MIN:
            return name[len(_NATIONAL_LAW):]
        return None
    _link_shortened(mine, "Programme", short_of)


_PEOPLE_GOVERNMENT = L.word_lists("agency_cues")["people_government"][0]  # 人民政府
_INFIX_TAIL_MIN = 3  # 研究室, 参事室: the office's own name after the government, three characters at least


def link_government_infix(mine: list[Mention]) -> None:
    """宜昌市人民政府国防动员办公室 … 宜昌市国防动员办公室主任: an office of a government named in full,
    with 人民政府 between its place and its own name, and then without it is one body (the short
    name is what its own staff and the press write; 市政府外事办公室 and 市外事办公室 alike).  The
    later name joins the full one's entity.  Only where the article writes the full name and the
    short one is that name with 人民政府 taken out at the same place."""
    def short_of(m: Mention) -> str | None:
        name = m.norm or m.surface
        k = name.find(_PEOPLE_GOVERNMENT)
        if k > 0 and len(name) - k - len(_PEOPLE_GOVERNMENT) >= _INFIX_TAIL_MIN and not m.attrs.get("unresolved"):
            return name[:k] + name[k + len(_PEOPLE_GOVERNMENT):]
        return None
    _link_shortened(mine, "Agency", short_of)


def _link_shortened(mine: list[Mention], label: str, short_of) -> None:
    """Index every full name of `label` in the article by the short form `short_of` gives it (None: no
    short form), then make each mention of `label` written as one of those short forms name what the
    full one names: one pass to index, one to link."""
    fulls: dict[str, Mention] = {}
    for m in mine:
        if m.label == label and m.astart >= 0 and (short := short_of(m)):
            fulls.setdefault(short, m)
    if not fulls:
        return
    for m in mine:
        full = fulls.get(m.norm or m.surface) if m.label == label else None
        if full is not None and m.astart >= 0 and not m.attrs.get("short_form_of"):
            _retarget(m, full)


def link_short_forms(doc: Doc, by_article: dict[str, list[Mention]]) -> None:
    """Link every defined short form of `doc` to its full name (see the module docstring);
    `by_article`: the document's mentions per article, as `resolve` holds them."""
    for art in doc.articles:
        if "称" in art.text or "(" in art.text or "（" in art.text:  # (every definition word has 称; a bare
            # short form its bracket: most articles have neither)
            _link_article(doc, art, by_article.get(art.id, []))
        link_qualified_tails(art, by_article.get(art.id, []))
        link_station_tails(art, by_article.get(art.id, []), doc)
        link_national_law_citations(by_article.get(art.id, []))
        link_government_infix(by_article.get(art.id, []))
