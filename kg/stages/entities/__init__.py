"""Agencies, organisations and programmes, found by the grammar of their names, not by segmentation.

jieba splits names apart (魏县/人力资源/和/社会/保障局) and its tagger is slow, so names are read
from the raw article text with regular grammars and the places the gazetteer found.  One module
per kind of name:

- `agencies`: scope + [organ] + [department stem + unit suffix] (邯郸市科技局, 市委宣传部, 国务院);
- `organizations`: proper name + suffix (…公司, …大学), people's organisations (市总工会), media,
  facilities named after their community;
- `water`: dikes, reservoirs and sluices (facilities) and the rivers and lakes they name (places);
- `programmes`: quoted names, policy documents, campaigns, events, mechanisms, projects (rule objects);
- `people`: people named in appointment notices' titles, credits and bylines;
- `userdict`: the user's own entries (Aho-Corasick), which win over the grammar;
- `pos`: names jieba's dictionary tags ns/nt, verified, where nothing else named the text.

The vocabulary of every module is data in `kg/resources/lexicon/` (see its README.md).  Every
mention records its rule; `attrs` carry what resolution and relations need (declared in
`kg.pipeline.MENTION_ATTRS`).  The cost is linear in the text (regular expressions, occupancy
arrays, bisection); jieba is used only to tell a proper name from common words in the few
organisation prefixes the grammar finds.
"""
from __future__ import annotations

import bisect
import re

from ... import lexicon as L
from ...model import Article, Doc, Mention
from ...pipeline import component
from ...text import HAN
from .agencies import CORPS_REGION, find_agencies
from .common import CITY_ABROAD_ATTR, Found, Occupancy, contained, cue
from .organizations import MEDIA_RE, media_start, find_news_sites, find_enterprise_bureaus, find_friendship_short_forms, find_group_short_forms, find_place_group_abbreviations, find_mass_organizations, find_organizations, find_public_institutions, \
    find_party_committees, find_university_short_forms, find_event_committees, held_committees, with_event_committees, complete_scoped_short_forms, find_youth_league_committees
from .people import CREDIT_PERSON_RE, find_appointed
from .pos import find_pos_names
from .programmes import find_programmes, programmes_from_agency_names, own_listed_projects, projects_of_organizations
from .userdict import find_user_entries, user_automaton
from .water import find_water_works

__all__ = ["extract_names", "find_agencies", "find_organizations", "find_mass_organizations",
           "find_programmes", "find_water_works", "find_user_entries", "Found", "make_entities"]


def _outside_agencies(works: list[Found], agencies: list[Found]) -> list[Found]:
    """The water works that are no part of a longer agency's name (河源市水库|移民工作局: the bureau, no
    reservoir 河源市水库); a work's own office (丹江口水库管理局) is kept."""
    inside = contained([(a.start, a.end) for a in agencies])
    return [w for w in works if w.rule != "org.water-work" or not inside(w.start, w.end)]


def _place_founds(mentions: list[Mention]) -> list[Found]:
    out = []
    for m in mentions:
        if m.label == "Place" and not m.attrs.get("anaphor") and m.astart >= 0:
            a = dict(m.attrs)
            a["short"] = m.surface != m.norm
            out.append(Found(m.astart, m.aend, "Place", m.norm or m.surface, m.rule, a))
    return sorted(out, key=lambda f: f.start)


_WORLD_CITY = "world-city"
_RELATIVE_ATTRS = ("relative", "rest", "raw_rest", "tail")


def _organs_of_cities_abroad(text: str, agencies: list[Found], places: list[Found]) -> list[Found]:
    """长崎市政府, 碧瑶市政府, 旧金山市政府: an organ written with a relative scope (市政府) right after a
    city abroad is that city's, named as written and placed there by its name (relations'
    locatedIn-name); read as relative it became the Chinese city of the story (福州市人民政府 in a
    consulate's news of 长崎市, the friendship city of 福州市)."""
    ends = {p.end: p for p in places if p.attrs.get("level") == _WORLD_CITY}
    if not ends:
        return agencies
    out = []
    for a in agencies:
        p = ends.get(a.start)
        if p is not None and a.attrs.get("relative"):
            attrs = {k: v for k, v in a.attrs.items() if k not in _RELATIVE_ATTRS}
            attrs[CITY_ABROAD_ATTR] = True  # (its city stays a mention of its own: `settle_overlaps`)
            a = Found(p.start, a.end, a.label, text[p.start:a.end], a.rule, attrs)
        out.append(a)
    return out


def _starts_inside(league: list[Found], a: Found) -> bool:
    """Does agency `a` open inside a Youth League committee's name and run past it (团|县委组织部)?
    Its scope and organ are the League's (团县委), so the party committee's department is no reading."""
    return any(f.start < a.start < f.end < a.end for f in league)


def extract_names(text: str, places: list[Found], section_starts: set[int] = frozenset(),
                  user_dict: str | None = None, pos: bool = True) -> list[Found]:
    """All non-place names of a text: user entries first, then agencies, organisations, programmes."""
    user = find_user_entries(text, user_dict) if user_dict else []
    league = find_youth_league_committees(text, places) + find_party_committees(text, places)
    institutions = find_public_institutions(text, places)
    in_league = contained([(f.start, f.end) for f in league + institutions])
    agencies = [a for a in find_agencies(text, places) if not in_league(a.start, a.end)  # not 四川省委 of 共青团四川省委
                and not _starts_inside(league, a)]  # not 县委组织部 of 团县委组织部
    agencies = _organs_of_cities_abroad(text, agencies, places)  # 长崎|市政府: the city's, not a Chinese one
    mass = find_mass_organizations(text, places)  # (商丘市)梁园区书法家协会: the people's organisation of the
    # innermost named place, as 铜山区总工会 — no second body read back from its suffix to the city (a
    # relative 区 may be a name's own: 西湖管理区妇女联合会)
    orgs = league + institutions + mass \
        + find_organizations(text, places, agencies + institutions + [f for f in mass if "place_code" in f.attrs]) \
        + _outside_agencies(find_water_works(text, places), agencies) + find_university_short_forms(text, places)
    orgs += find_group_short_forms(text, orgs, agencies + orgs)  # 河北建投集团 … 河北建投表示
    orgs += find_place_group_abbreviations(text, places, agencies + orgs)  # 甘肃建投作为省内大型国企
    orgs += find_friendship_short_forms(text, places, agencies + orgs)  # 中日友协, 南中友协会长
    complete_scoped_short_forms(text, orgs, places)  # 浙江省国贸集团 … 省国贸集团
    bureaus = find_enterprise_bureaus(text, orgs)  # 中建三局: a company, not an agency over it
    agencies = [a for a in agencies if not any(b.start < a.end and a.start < b.end for b in bureaus)]
    orgs += bureaus
    progs = find_programmes(text, section_starts, places) + programmes_from_agency_names(text, agencies)
    people = find_appointed(text)
    named = Occupancy(len(text))
    for f in progs:
        named.mark(f.start, f.end)
    progs += projects_of_organizations(text, orgs, named)
    own_listed_projects(progs, orgs)
    committees = find_event_committees(text, progs)  # 进博会组委会: the event's body, named after the event
    committees = held_committees(committees, agencies + orgs)  # a longer name holds it
    if committees:
        agencies, orgs = with_event_committees(committees, agencies), with_event_committees(committees, orgs) + committees
    out = list(user)
    taken = Occupancy(len(text))
    for u in user:
        taken.mark(u.start, u.end)
    for f in agencies + orgs + progs + people:
        if taken.overlaps(f.start, f.end):
            continue  # the user's entries win over the grammar
        out.append(f)
    # an agency inside a programme's name (《…》 titles name their issuer) is not a mention — but
    # the issuers a document's title opens with are (《渠县市场监督管理局关于…的通知》)
    issuers = _title_issuers(text, out)
    in_programme = contained([(p.start, p.end) for p in out if p.label == "Programme"
                              and not p.attrs.get("owner_span")])  # a company's project keeps the company
    out = [f for f in out if f.label == "Programme" or f.rule == "user-dict" or id(f) in issuers
           or not in_programme(f.start, f.end)]
    if pos:  # jieba's ns/nt names where nothing else named the text
        occupied = Occupancy(len(text))
        for f in out + places:
            occupied.mark(f.start, f.end)
        out += _without_brand_places(text, out, find_pos_names(text, occupied))
    out = [f for f in out if not (f.label == "Agency" and text.endswith(_SEVERAL_COUNTRIES, 0, f.start))]
    return sorted(out, key=lambda f: (f.start, -f.end))


def _without_brand_places(text: str, found: list[Found], pos: list[Found]) -> list[Found]:
    """天海汽车电子线束项目 … 天海集团董事长董立刚: a word only jieba reads as a place (pos.ns, no division
    of the tables) that opens an organisation's name the text writes (天海集团) is that company's brand,
    no place, wherever else it is written (qiyeming107).  One set of name openings per document."""
    if not any(f.rule == "pos.ns" for f in pos):
        return pos
    openings = {text[o.start:o.start + n] for o in found if o.label == "Organization"
                for n in (2, 3, 4) if o.end - o.start > n + 1}
    return [f for f in pos if not (f.rule == "pos.ns" and text[f.start:f.end] in openings)]


# 两国外交部, 双方外交部, 各国财政部: an agency's name right after words of several countries is each
# country's body, no single agency (a joint statement's 两国外交部 was read as China's 外交部); the
# registry's names are held back by the same words (`registry.find_registry_names`)
_SEVERAL_COUNTRIES = tuple(cue("agency_cues", "several_countries_before"))


_ABOUT = cue("programme_cues", "about")[0]  # 关于
_ISSUER_JOINERS = "".join(cue("programme_cues", "issuer_joiners"))  # 、 between joint issuers


def _joins_issuers(ch: str) -> bool:
    """A character between joint issuers: a listed joiner or white space (《中共中央 国务院关于…》;
    the lexicon's loader strips cells, so spaces cannot be listed)."""
    return ch in _ISSUER_JOINERS or ch.isspace()


def _title_issuers(text: str, found: list[Found]) -> set[int]:
    """The agencies a policy document's title opens with, up to its 关于 (《渠县市场监督管理局关于…》,
    《中共邯郸市委 邯郸市人民政府关于…》): kept as mentions (ids of their `Found`s); the first is
    the document's owner, and every one of them is an issuer (`issuer_spans`: each runs it)."""
    agencies = sorted((f for f in found if f.label == "Agency"), key=lambda f: (f.start, -f.end))
    starts = {}
    for a in agencies:
        starts.setdefault(a.start, a)
    kept: set[int] = set()
    for p in found:
        if p.label != "Programme" or p.attrs.get("kind") != "policy" or p.attrs.get("owner_span"):
            continue
        about = text.find(_ABOUT, p.start, p.end)
        at, chain = p.start, []
        while about > 0 and at in starts and starts[at].end <= about:
            chain.append(starts[at])
            at = starts[at].end
            while at < about and _joins_issuers(text[at]):
                at += 1
        if chain and at == about:
            kept.update(id(a) for a in chain)
            p.attrs["owner_span"] = (chain[0].start, chain[0].end)
            if len(chain) > 1:
                p.attrs["issuer_spans"] = [(a.start, a.end) for a in chain[1:]]
    return kept


def _credit_mentions(doc: Doc, art: Article, user_dict: str | None, art_mentions: list[Mention]) -> None:
    """Agencies in photo credits (邯郸市委宣传部供图): credits are not article text, so they are
    recorded with source offsets only.  `art_mentions`: the article's mentions as the stage began
    (its places: the short forms a credit may use, read once per article)."""
    from ..gazetteer import places_in
    shorts = None
    for cap in art.captions:
        if not cap.credit:
            continue
        at = doc.text.find(cap.credit, cap.end, cap.end + _CREDIT_REACH + len(cap.credit))
        if at < 0:
            continue
        if shorts is None:
            shorts = _article_short_forms(art_mentions)
        places = [Found(s, e, "Place", name, "gazetteer", {"code": code, "level": level, "short": short})
                  for s, e, name, code, level, short in places_in(cap.credit)]
        for m in CREDIT_PERSON_RE.finditer(cap.credit):  # 河北日报通讯员 聂长青摄
            s, e = at + m.start(1), at + m.end(1)
            doc.mentions.append(Mention(s, e, doc.text[s:e], "Person", art.id, "person.credit",
                                        norm=m.group(1), attrs={"credit": True}))
        for f in _credit_names(cap.credit, places, shorts, user_dict):
            if f.label not in ("Agency", "Organization"):
                continue
            s, e = at + f.start, at + f.end
            label, norm = _registry_form(f.label, f.norm or doc.text[s:e])
            doc.mentions.append(Mention(s, e, doc.text[s:e], label, art.id, f.rule + "+credit",
                                        norm=norm, attrs=dict(f.attrs, credit=True)))


_CREDIT_REACH = 40  # characters at most between a caption's end and its credit


def _credit_names(credit: str, places: list[Found], shorts: dict, user_dict: str | None) -> list[Found]:
    """The names of a credit as read alone, and the agencies it names by its article's short place
    forms (`_with_article_short_forms`): an organisation keeps its name as written (齐齐哈尔二机床…)."""
    found = extract_names(credit, places, user_dict=user_dict)
    wider = _with_article_short_forms(credit, places, shorts)
    if len(wider) == len(places):
        return found
    taken = [(f.start, f.end) for f in found if f.label in ("Agency", "Organization")]
    return found + [f for f in extract_names(credit, wider, user_dict=user_dict)
                    if f.label == "Agency" and not any(a < f.end and f.start < b for a, b in taken)]


def _article_short_forms(art_mentions: list[Mention]) -> dict:
    """The short forms of the divisions an article names (环江 for 环江毛南族自治县), by short form."""
    from ...divisions import table
    by_code = table().by_code
    shorts = {}
    for m in art_mentions:
        d = by_code.get(m.attrs.get("code")) if m.label == "Place" else None
        if d is not None and d.short and len(d.short) >= 2 and not m.attrs.get("anaphor"):
            shorts[d.short] = d
    return shorts


def _with_article_short_forms(credit: str, places: list[Found], shorts: dict) -> list[Found]:
    """A credit names a county by the short form its article uses (环江农业农村局供图 after 环江毛南族
    自治县): the gazetteer reads a credit alone, without the article that resolves a bare short form,
    so the article's short place forms are found in the credit too, as in its text."""
    taken = [(f.start, f.end) for f in places]
    extra = []
    for surface, d in shorts.items():
        at = credit.find(surface)
        while at >= 0:
            if not any(a < at + len(surface) and at < b for a, b in taken):
                extra.append(Found(at, at + len(surface), "Place", d.name, "gazetteer",
                                   {"code": d.code, "level": d.level, "short": True}))
                taken.append((at, at + len(surface)))
            at = credit.find(surface, at + 1)
    return sorted(places + extra, key=lambda f: f.start)


def _registry_form(label: str, name: str) -> tuple[str, str]:
    """A body a credit names by a name of the registry (新华社记者 兰红光 摄) is the registry's entry
    (新华通讯社), as the same name in the article's text is: the credit is read apart from the text
    the registry stage reads, and would name a second body."""
    from ..registry import registry
    got = registry()[0].get(name)
    entry = got[0] if got else None
    if entry is None or got[1] is not None or entry.label not in ("Agency", "Organization"):
        return label, name
    return entry.label, entry.name


def _byline_mentions(doc: Doc, art: Article, existing: set[tuple[int, int]],
                     bounds: tuple[list[int], list[int]]) -> None:
    """Media named in a byline or dateline before the article body (河北日报记者, 中国环境报记者):
    layout keeps bylines out of article text, so these carry source offsets only."""
    if not art.spans:
        return
    starts, ends = bounds  # of every article's spans, sorted
    s0 = art.spans[0][0]  # spans are in reading order: the byline opens the first, or closes the last
    k = bisect.bisect_right(ends, s0)
    lo = max(0, s0 - 300, ends[k - 1] if k else 0)
    e0 = art.spans[-1][1]
    k = bisect.bisect_left(starts, e0)
    hi = min(len(doc.text), e0 + 100, starts[k] if k < len(starts) else len(doc.text))
    regions = [(lo, doc.text[lo:s0]), (e0, doc.text[e0:hi])]
    ordered = sorted(art.spans)
    for (_, b), (a, _) in zip(ordered, ordered[1:]):  # a byline after a standfirst
        if 0 < a - b <= 200:
            regions.append((b, doc.text[b:a]))
    for base, region in regions:  # bylines open or close
        for m in MEDIA_RE.finditer(region):
            if (start := media_start(region, m)) is not None:  # 据|经济日报, no 工作简报
                _add_byline(doc, art, base + start, base + m.end(1), region[start:m.end(1)], existing)
        if "讯" in region and "网" in region:
            flush = _INDENT.sub(lambda m: "\n" * len(m.group()), region)  # a lead's indent: the head opens its line
            for f in find_news_sites(flush, Occupancy(len(flush))):  # 中国教育新闻网讯（记者…）: a site's dispatch head
                if _SITE_DISPATCH.match(region, f.end):
                    _add_byline(doc, art, base + f.start, base + f.end, f.norm, existing)
        for start, end, entry, place in _wire_agencies(region):  # 新华社|北京3月5日电
            _add_byline(doc, art, base + start, base + end, entry.name, existing,
                        attrs={"located": entry.place, "alias": region[start:end]} if entry.place else None)
            if place is not None and (base + place[0], base + place[1]) not in existing:
                ps, pe, pname, code, level = place
                existing.add((base + ps, base + pe))
                doc.mentions.append(Mention(base + ps, base + pe, doc.text[base + ps:base + pe], "Place", art.id,
                                            "gazetteer.dateline", norm=pname,
                                            attrs={"byline": True, "code": code, "level": level}))
        for name in art.authors:  # the reporters layout read from the byline
            for at in _reporter_starts(region, name, art.authors):
                _add_byline(doc, art, base + at, base + at + len(name), name, existing, "Person")
            if len(name) == 2:  # 本报记者张 杰: the two-character name set to the width of three (dangbao92)
                for gap in (" ", "\u3000"):
                    spaced = name[0] + gap + name[1]
                    for at in _reporter_starts(region, spaced, art.authors):
                        _add_byline(doc, art, base + at, base + at + len(spaced), name, existing, "Person")


# a dateline: the medium, perhaps its city, the day, 电 (新华社北京3月5日电, 据新华社南京5月12日电, a title
# run into it in a one-line text: ●…结束访华据新华社上海6月8日电)
_WIRE_DATELINE = re.compile(r"(?:^|(?<=\n))[ \t\u3000]*([^\s()（）。，,：:]{2,30}?)[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电電]")
_WIRE_NAME_MAX = 8


def _wire_agencies(region: str):
    """(start, end, registry entry, place) of a medium of the registry in a wire dateline the layout
    kept out of the article text (新华社北京3月5日电（记者…）, 据新华社南京5月12日电（…）): it is named there
    as 河北日报 is in its byline, and MEDIA_RE reads only a paper before 记者 or 讯.  The medium is the
    registry's longest, leftmost name in the dateline's head; `place` is (start, end, name, code,
    level) of the division written between it and the day (南京), or None."""
    from ..gazetteer import places_in
    from ..registry import registry
    surfaces = registry()[0]
    for m in _WIRE_DATELINE.finditer(region):
        head, at = m.group(1), m.start(1)
        found = next(((i, k) for i in range(len(head) - 1)
                      for k in range(min(len(head) - i, _WIRE_NAME_MAX), 1, -1)
                      if _medium(surfaces.get(head[i:i + k]))), None)
        if found is None:
            continue
        i, k = found
        rest = head[i + k:]
        got = places_in(rest) if rest else []
        place = next(((at + i + k + s, at + i + k + e, name, code, level) for s, e, name, code, level, _ in got
                      if s == 0 and e == len(rest)), None)
        yield at + i, at + i + k, surfaces[head[i:i + k]][0], place


def _medium(got) -> bool:
    """Is a registry lookup a medium (an organisation of the registry under its own current name)?"""
    return got is not None and got[1] is None and got[0].label == "Organization"


_REPORTER_BEFORE = re.compile(r"[记者员\s、,，(（:：/／"
                              + re.escape("".join(L.word_lists("layout_words").get("byline_role_separator_chars", ())))
                              + "]")  # (摄像:才项仁增, 审核：李某: a role's colon; 记者丨卢心雨: a web page's bar;
# 全媒体记者/陈正明: a slash, which layout splits a byline's names at too)
_HAN_CHAR = re.compile(f"[{HAN}]")


def _reporter_starts(region: str, name: str, authors: list[str] | tuple[str, ...] = ()) -> list[int]:
    """The starts of the matches of `name` after one of 记者员, a space, 、,，(（ or a role's colon and before no Han
    character in `region` (记者 王某, 通讯员、李某), as the pattern `_byline_mentions` compiled,
    found with `str.find` and two precompiled one-character classes: a pattern per reporter's
    name was compiled for every article (its Han class alone costs more than the search), and
    such names evicted the pipeline's other patterns from re's cache."""
    out: list[int] = []
    if not name:  # (the pattern's empty matches: kept to the regex)
        return [m.start(1) for m in re.finditer(rf"(?<=[记者员\s、,，(（:：])()(?![{HAN}])", region)]
    i, free = region.find(name), 0
    while i >= 0:
        e = i + len(name)
        if i >= free and i > 0 and (_REPORTER_BEFORE.match(region, i - 1) or _after_author(region, i, authors)) \
                and (not _HAN_CHAR.match(region, e) or any(region.startswith(a, e) for a in authors if a != name)
                     or region.startswith(_BYLINE_ROLES, e)):
            out.append(i)
            free = e  # (finditer goes on after a match: none overlaps it)
        i = region.find(name, i + 1)
    return out


# water79: a role of the byline right after a reporter's name (记者王银宁通讯员周红霞: the space between the
# first name and the next role lost in a scrape) ends the name as a space would
_BYLINE_ROLES = tuple(L.word_lists("layout_words").get("byline_roles", ()))


def _after_author(region: str, i: int, authors) -> bool:
    """Does another reporter's name of the byline end right at `i` (通讯员谢徐军姜承云: 姜承云 after 谢徐军, the
    space between them lost in a scrape)?"""
    return any(a and region.endswith(a, 0, i) for a in authors)


# after a site's name, its dispatch head, perhaps with the day and the city (中国教育新闻网讯, 中国台湾网9月17日吉安讯):
# layout leaves it out of the text
_INDENT = re.compile(r"(?m)^[ \t\u3000]+")
_SITE_DISPATCH = re.compile(f"(?:[{HAN}]{{2,4}})?(?:[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日)?(?:[{HAN}]{{2,4}})?讯")


def _add_byline(doc: Doc, art: Article, s: int, e: int, name: str, existing: set[tuple[int, int]],
                label: str = "Organization", attrs: dict | None = None) -> None:
    """A medium or reporter of a byline, with source offsets only; `attrs` adds what the registry
    knows of a medium (`located`: where it is, for its locatedIn)."""
    if (s, e) not in existing:
        existing.add((s, e))
        rule = "org.media+byline" if label == "Organization" else "person.byline"
        doc.mentions.append(Mention(s, e, doc.text[s:e], label, art.id, rule, norm=name,
                                    attrs={"byline": True} | (attrs or {})))


@component("entities", reads=("article.text", "article.sections", "article.captions", "article.authors",
                              "article.spans", "doc.mentions[Place]", "mention.attrs.code", "mention.attrs.level"),
           writes=("doc.mentions[Agency,Organization,Programme,Person,Place]",))  # Place: rivers and lakes
def make_entities(user_dict: str | None = None):
    """Agencies, organisations and programmes by name grammar; user dictionary by Aho-Corasick."""
    if user_dict:
        user_automaton(str(user_dict))  # fail early on a bad file

    def entities(doc: Doc) -> Doc:
        by_article: dict[str, list[Mention]] = {}
        for m in doc.mentions:
            by_article.setdefault(m.article, []).append(m)
        existing = {(m.start, m.end) for m in doc.mentions}
        bounds = (sorted(a for art in doc.articles for a, _ in art.spans),
                  sorted(b for art in doc.articles for _, b in art.spans))
        corps_regions: set[tuple[str, int, int]] = set()
        for art in doc.articles:
            places = _place_founds(by_article.get(art.id, []))
            starts = {s.start for s in art.sections}
            for f in extract_names(art.text, places, starts, str(user_dict) if user_dict else None):
                doc.add_mention(art, f.start, f.end, f.label, f.rule, norm=f.norm, **f.attrs)
                if f.attrs.get("region_written"):
                    corps_regions.add((art.id, f.start, f.start + len(CORPS_REGION)))
            _credit_mentions(doc, art, str(user_dict) if user_dict else None, by_article.get(art.id, []))
            _byline_mentions(doc, art, existing, bounds)
        if corps_regions:  # 新疆|兵团: the region opens the Corps' short name; marked so no figure reads it as
            for m in doc.mentions:  # whose (metrics), yet kept as where the article is
                if m.label == "Place" and (m.article, m.astart, m.aend) in corps_regions:
                    m.attrs["corps_region"] = True
        _placed_short_forms(doc)
        return doc

    return entities


_MIN_BARE = 4  # characters of a bare name (城投集团): shorter ones (集团, 公司) are kinds, not names


def _placed_short_forms(doc: Doc) -> None:
    """济南城投集团 … 城投集团: an organisation named after its place and written again without the
    place in the same article is the same organisation (its name, the bare form an alias), unless
    two organisations of the article share the bare form (北京城投集团 and 上海城投集团)."""
    place_end = {(m.article, m.start): m.end for m in doc.mentions if m.label == "Place"}
    full: dict[tuple[str, str], set[str]] = {}
    for m in doc.mentions:
        e = place_end.get((m.article, m.start))
        if m.label == "Organization" and m.rule == "org.suffix" and e is not None and m.end - e >= _MIN_BARE:
            full.setdefault((m.article, doc.text[e:m.end]), set()).add(m.norm or m.surface)
    if not full:
        return
    for m in doc.mentions:
        names = full.get((m.article, m.norm or m.surface))
        if m.label == "Organization" and m.rule == "org.suffix" and names and len(names) == 1 \
                and (m.article, m.start) not in place_end:
            m.norm = next(iter(names))
