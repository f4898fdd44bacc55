"""Resolution: mentions become entities with stable ids, per article.

- The article's own place (title first, then dateline/lead, then the most named place) is what
  该市/全市/本市, 该县/全县 and 我省/全省 refer to, and what abbreviated agency names (市生态环境局)
  are completed with.  我省/全省 are resolved first (to the province holding the places named),
  so a title opening with 我省 makes the province the article's place; a state-level new area
  (雄安新区) can be the article's place; a place named only as an item of a 、-list of siblings
  (安新、容城、雄县) is never chosen alone: their nearest common place the article names, else the
  province, is.
- Ids are stable across runs and documents: places by division code (sub-county places by their
  parent's code and name), everything else by type and canonical name.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from itertools import accumulate

from .. import lexicon as L
from ..divisions import LEVELS, place_words, table
from ..model import Article, Doc, Entity, Mention
from ..pipeline import component
from ..text import CHINESE_NUMERALS, CLAUSE_PUNCT, DIGIT, HAN, alt, is_han
from .short_forms import link_short_forms
from .helpers import PlaceSpellings, SpanIndex, after_rank_peer, county_of_scope, entity_id, in_exclusion_frame, in_lesson_clause, mention_evidence, mentions_by_article, scoped_name, short_named_organ  # noqa: F401 (also imported from here)
from .entities.common import contained
from .entities.agencies import DEPARTMENT
from ..periods import find_periods
from ..metric_words import cues
from .registry import CHINA_CODE, CHINA_ISO, CHINA_KEY, brand_provinces, settle_overlaps, unit_place_code

ANAPHORA = L.ANAPHORA


def _anaphor_pattern(forms) -> str:
    """The anaphora as one pattern, 全区/全市 … not where their 全 closes a word (转移撤离至安全区域,
    健全市场体系, metrics.quan_words): no whole of a place is meant there (digest83).  The forms are
    grouped by their first character (该(?:市|县…)|全(?:…)…), in their order within each group: the same
    matches, but `re` tests one character class per position where 33 branches were each tried."""
    before = "".join(sorted({w[0] for w in cues("metrics.quan_words")}))
    groups: dict[str, list[str]] = {}
    for f in forms:
        groups.setdefault(f[0], []).append(re.escape(f[1:]))
    return "|".join(f"(?<![{before}])" * (first == "全") + f"{re.escape(first)}(?:{'|'.join(rests)})"
                    for first, rests in groups.items())


_ANAPHOR_RE = re.compile(_anaphor_pattern(ANAPHORA))
# 市X局 / 县X局 / 省X厅: an agency named relative to the article's place
_RELATIVE = L.RELATIVE_SCOPES








def _place_at_level(code: str | None, level: str, strict: bool = False) -> str | None:
    """The division of `level` that contains (or is) `code`; unless `strict`, 市 of a county-level
    city (定州市, 辛集市) is that city itself: 该市/市农业农村局 in a story about it, or about one
    of its towns (二十家子满族镇 of 公主岭市: the city's own paper writes 市 for 公主岭市)."""
    if not code:
        return None
    T = table()
    d = T.get(code)
    chain = ([d] if d else []) + T.ancestors(code)
    if level == "city" and not strict and d is not None:
        county = next((c for c in chain if c.level == "county"), None)
        if county is not None and county.name.endswith("市") and d.level in ("county", "township"):
            return county.code
    for div in chain:
        if div.level == level:
            return div.code
    if level == "county" and d is not None and d.level == "city":
        return None
    return None


_PROVINCE_ANAPHORA = tuple(f for f, level in ANAPHORA.items() if level == "province")
# a title opening with 我省/全市 … is about the place the anaphor names (我省力保雄安新区…度汛)
_TITLE_ANAPHOR_RE = re.compile("^(?:" + "|".join(ANAPHORA) + ")")
_SPECIFICITY = {"township": 3, "county": 2, "city": 1, "new-area": 1}


def _candidate(m: Mention) -> bool:
    """A place an article can be about: a division down to the county, or a state-level new area."""
    if m.label != "Place" or m.attrs.get("byline"):
        return False  # (a wire dateline's city, 新华社|北京…电: where the story was filed, `_dateline_place`)
    if m.attrs.get("level") in ("new-area", "country"):  # a country: what a national text is about
        return True
    code = m.attrs.get("code")
    if m.rule == _RUN_RULE and code in _CLASS_REGIONS:
        return False  # 港澳台商投资企业, 港澳同胞: the regions as a class of investors or people, no story's place
    if m.rule == _VERB_RULE and m.attrs.get("level") == "city":
        return False  # 东盟外长经我州赴昆: a city's one character (read only where the text names the
        # city or its province) points at a place named elsewhere; the full names decide the story
    return bool(code) and (len(code) == 6 or m.attrs.get("level") == "township")


_TOWNSHIP_TABLE_RULE = "gazetteer.township-table"
# 我县, 全市, 县委, 区政府 …: the text speaks as a county or a city, above any township it names
_ABOVE_TOWNSHIP = re.compile(alt(L.word_lists("relation_cues").get("above_township_words", ("\0",))))


def _lone_town(art: Article, mine: list[Mention]) -> tuple[str, str | None, str | None] | None:
    """张家湾镇召开环境治理专题会议 (three towns of that name, the text names no county): the story is
    still the town's when it is the only place the article names and the text speaks as the town
    (镇党委, 全镇), never as a county or a city above it (我县, 全县, 县委: the town is then where a
    county's event was held) — unless the town heads the text and it speaks as the town (全镇, 我镇):
    its own report, which names the county's organs it answers to.  The town has no code; its name is
    the place."""
    places = [m for m in mine if m.label == "Place" and not m.attrs.get("anaphor")]
    lone = [m for m in places if m.rule == _TOWNSHIP_TABLE_RULE and not m.attrs.get("code")
            and m.attrs.get("level") == "township"]
    if not lone:
        return None
    heads = _heads_text(art.text, lone[0], places)
    if _speaks_above(art.text) and not (heads and any(f in art.text for f in _TOWNSHIP_OWN_SCOPES)):
        return None  # (魏庄镇2018年政府工作报告 ⏎ …全镇财政收入…完成县政府下达目标任务: still the town's own report)
    if len({_place_key(m) for m in places}) != 1 and not heads:
        return None
    return _place_key(lone[0]), None, "township"


_LED_REACH = 12  # (在区委、区政府的坚强领导下: the led formula's words after its organs)


def _speaks_above(text: str) -> bool:
    """Does the text speak as a county or a city (我县, 全区, 县委 …: above_township_words)?  Not where
    those organs are only named leading the town (白杨街道在区委、区政府的坚强领导下: a street's summary
    names the district that leads it, central_formula_after within a few characters)."""
    for m in _ABOVE_TOWNSHIP.finditer(text):
        after = re.split(r"[。；;，,\n]", text[m.end():m.end() + _LED_REACH], maxsplit=1)[0]
        if not any(w in after for w in _FORMULA_AFTER):
            return True
    return False


def _heads_text(text: str, town: Mention, places: list[Mention]) -> bool:
    """白杨街道2022年工作总结及2023年工作思路 ⏎ 今年以来，白杨街道…: a town opening the text's first line,
    the only place of that line, and named again below, is what a summary or plan of its own is about,
    whatever other places its body names."""
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    key = _place_key(town)
    own = [m for m in places if _place_key(m) == key]
    return any(m.astart == first for m in own) and len(own) > 1 \
        and not any(first <= m.astart < line_end and _place_key(m) != key for m in places)


_RUN_RULE = "gazetteer.abbreviation-run"
_VERB_RULE = "gazetteer.abbreviation-verb"
_CLASS_REGIONS = frozenset(place_words("class_run_regions"))  # 香港, 澳门, 台湾 written 港澳台 in a run


@lru_cache(maxsize=1)
def _national_event_names() -> frozenset:
    """The full names and short forms of the national events of national_events.tsv held everywhere
    (中国农民丰收节: no host).  A hosted expo's 中国 still counts (我市…参加中国国际进口博览会: the article is
    about a city it does not name, and the host city, 上海, is no better a guess than the country)."""
    return frozenset(w for r in L.load_table("national_events.tsv") if not r.get("host")
                     for w in (r["name"], *filter(None, r["aliases"].split("|"))))


def _without_event_names(places: list[Mention], mine: list[Mention]) -> list[Mention]:
    """保康县庆祝中国农民丰收节: the 中国 of a national event's name (national_events.tsv) is part of
    the event's name, held in every county or in its host city; no story of China's."""
    names = _national_event_names()
    events = sorted((m.astart, m.aend) for m in mine if m.label == "Programme" and m.astart >= 0
                    and (m.norm in names or m.surface in names))
    if not events:
        return places
    held = contained(events)  # (a bisection: no input makes it quadratic)
    return [p for p in places if not held(p.astart, p.aend)]


_ROUTE_JOINERS = tuple(L.word_lists("programme_cues").get("route_joiners", ())) or ("\0",)


def _without_route_ends(art: Article, places: list[Mention], mine: list[Mention]) -> list[Mention]:
    """西安至武汉高铁等4个铁路项目年内开工 (a Hubei press conference): the ends of a road or railway
    named inside a programme's name, joined by 至 (route_joiners), are where it runs, not the place
    the story is told about, when the article names any other place.  `places` without them."""
    progs = sorted((m.astart, m.aend) for m in mine if m.label == "Programme" and m.astart >= 0)
    if not progs:
        return places
    text, named = art.text, contained(progs)

    def route_end(p: Mention) -> bool:
        return named(p.astart, p.aend) and (
            text.startswith(_ROUTE_JOINERS, p.aend) or text.endswith(_ROUTE_JOINERS, 0, p.astart))

    return [p for p in places if not route_end(p)] or places


# 我县, 本市, 我区: the writer's own county, district or city, named nowhere in a local paper's story
_OWN_SCOPES = {f: scope for f, scope in L.SCOPE_ANAPHORA.items() if f[0] in "我本" and scope != "省"}
# the levels above each such scope: a company of that level's division says nothing of which county or city
_ABOVE_SCOPE = {"市": ("province",), "县": ("province", "city"), "区": ("province", "city")}
_TOWNSHIP_OWN_SCOPES = L.words("township_own_scopes")  # 全镇, 我镇, 本乡: a township speaking of itself
_LEVELS_ABOVE_TOWNSHIP = ("province", "city", "county")


def _levels_above_own_scope(text: str) -> tuple[str, ...]:
    """The levels of division above the county, district or city the article speaks of as its own
    (我县, 本市: `_OWN_SCOPES`; a township's 全镇, 我乡), the lowest such scope deciding; () when it
    speaks of none."""
    said = [_ABOVE_SCOPE[scope] for f, scope in _OWN_SCOPES.items() if scope in _ABOVE_SCOPE and f in text]
    if any(f in text for f in _TOWNSHIP_OWN_SCOPES):  # 全镇, 我乡: a township's own story, below every county
        said.append(_LEVELS_ABOVE_TOWNSHIP)
    return max(said, key=len) if said else ()


def _above_own_scope(p: Mention, above: tuple[str, ...]) -> bool:
    """Is place p of a level in `above` — a municipality (北京市, a province by rank) not above 本市,
    which is that municipality itself?"""
    level = p.attrs.get("level")
    if level == "province" and above == _ABOVE_SCOPE["市"] and (p.norm or p.surface).endswith("市"):
        return False
    return level in above


def _without_brands(places: list[Mention], mine: list[Mention], text: str | None = None) -> list[Mention]:
    """德州市领导…赴广东海大集团对接项目: a division named only inside organisations' names and
    outside every province the article names a place of on its own is a company's brand, not what
    the article is about (the registries drop it later: `drop_distant_places_in_company_names`).
    When the article names no division of its own but speaks of its own county or city (我县与中国电建
    集团江西省电力建设有限公司签约, `text` given) and the companies' divisions are all above it (a
    province for 我县 or 我市, a city for 我县), they are no more its place: the story is about the
    writer's county, whichever province the company comes from (本市 and 北京市's own company stay)."""
    orgs = sorted((m.astart, m.aend) for m in mine if m.label == "Organization" and m.astart >= 0)
    if not orgs:
        return places
    named = contained(orgs)  # (a bisection, not a scan of every span: no input makes it quadratic)

    def held(p: Mention) -> bool:
        return named(p.astart, p.aend)

    inside = {id(p) for p in places if held(p)}
    provinces = brand_provinces(str(p.attrs.get("code") or "") for p in places if id(p) not in inside)
    if not provinces:
        above = _levels_above_own_scope(text) if text is not None and inside else ()
        if above and all(id(p) in inside and _above_own_scope(p, above)
                         for p in places if str(p.attrs.get("code") or "")[:1].isdigit()):
            return [p for p in places if id(p) not in inside]
        return _abroad_without_origins(places, mine, inside, held)
    brands = {_place_key(p) for p in places if id(p) in inside and str(p.attrs.get("code") or "")[:2] not in provinces}
    brands -= {_place_key(p) for p in places if id(p) not in inside}
    return [p for p in places if _place_key(p) not in brands]


def _division_prefix(code: str) -> str:
    """The digits a division's code shares with every division inside it (310000 → 31, 340200 → 3402)."""
    while len(code) > 2 and code.endswith("00"):
        code = code[:-2]
    return code


def _without_hometowns(art: Article, places: list[Mention], mine: list[Mention]) -> list[Mention]:
    """上海市芜湖商会举行成立大会, 深圳市|潮州商会, 北京市|浙江企业商会: a division written right after
    another division it is not inside, both in one organisation's name, is where that body's members
    come from (a chamber of another city's firms, a hometown society), not a place of the story: the
    body is the host division's, and so is its news.  Only that mention is left out (芜湖市委 named on
    its own still counts).  A title naming the hometown's own side outside the name (江西抚州：上海崇仁商会
    举行成立大会), or a body whose first place outside the organisations' names is the hometown's
    (绩溪县委常委…赴上海…调度上海市绩溪商会筹备工作), is the hometown's news of its chamber: kept."""
    orgs = sorted((m.astart, m.aend) for m in mine if m.label == "Organization" and m.astart >= 0)
    if not orgs:
        return places
    starts = [a for a, _ in orgs]
    reach = list(accumulate((b for _, b in orgs), max))
    by_end = {p.aend: p for p in places if len(str(p.attrs.get("code") or "")) == 6}
    out: set[int] = set()
    for p in sorted(places, key=lambda q: q.astart):
        code, host = str(p.attrs.get("code") or ""), by_end.get(p.astart)
        if host is not None and id(host) in out and len(code) == 6:
            out.add(id(p))  # 厦门市南平|延平商会: the hometown's county after the hometown
            continue
        if host is None or len(code) != 6 or code.startswith(_division_prefix(str(host.attrs["code"]))):
            continue
        k = bisect.bisect_right(starts, host.astart)  # (a bisection: no scan of every span)
        if k > 0 and reach[k - 1] >= p.aend:
            out.add(id(p))
    if not out:
        return places
    title = next((s for s in art.sections if s.kind == "title"), None)
    titled = (lambda q: title is not None and title.start <= q.astart < title.end)
    free = [q for q in places if id(q) not in out and not _held(starts, reach, q)]
    own = [str(q.attrs.get("code") or "") for q in free if titled(q)]
    first = next((q for q in sorted(free, key=lambda q: q.astart) if not titled(q)), None)
    if first is not None:  # (绩溪县委常委…赴上海走访…调度上海市绩溪商会…: the hometown's organ leads)
        own.append(str(first.attrs.get("code") or ""))
    return [p for p in places if id(p) not in out
            or any(c and str(p.attrs["code"]).startswith(_division_prefix(c)) for c in own)]


def _held(starts: list[int], reach: list[int], p: Mention) -> bool:
    """Is `p` inside one of the spans whose sorted starts and running furthest ends are given?"""
    k = bisect.bisect_right(starts, p.astart)
    return k > 0 and reach[k - 1] >= p.aend


def _abroad_without_origins(places: list[Mention], mine: list[Mention], inside: set[int], held) -> list[Mention]:
    """驻旧金山副总领事…拜访了潮州会馆、福建会馆: where every division of the table is named only
    inside organisations' names (a hometown association's, a company's) and a place abroad is named
    on its own, the story is about that place abroad: the divisions are origins, not its place."""
    divisions = [p for p in places if str(p.attrs.get("code") or "")[:1].isdigit()]
    if not divisions or any(id(p) not in inside for p in divisions):
        return places
    abroad = any(_foreign(str(m.attrs.get("code") or "")) and not held(m)
                 for m in mine if m.label == "Place" and m.astart >= 0)
    return [p for p in places if id(p) not in inside] if abroad else places


def _lookup_code(m: Mention) -> str | None:
    """The division code used for level lookups (a new area: its province)."""
    return m.attrs.get("code") or m.attrs.get("parent_code")


def _place_key(m: Mention) -> str:
    if m.attrs.get("code"):
        return entity_id("Place", "", m.attrs["code"])
    return entity_id("Place", m.norm or m.surface, None, m.attrs.get("parent_key"))


def home_division(places: list[Mention], level: str, own_cities: bool = False) -> str | None:
    """The division of `level` holding most of the places named (the province 我省 refers to).
    With `own_cities`, a county-level city whose prefecture the article never names is a 市 of its
    own (我市 in 莱西's news naming 莱西 and its visitors' 安顺市: 莱西市, not 青岛市).  Of divisions
    named as often, the one named first (the headline's, before a partner's or a giver's)."""
    named = {_lookup_code(m) for m in places} if own_cities and level == "city" else set()
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for m in places:
        code = _place_at_level(_lookup_code(m), level, strict=True)
        if named and code not in named:
            code = _place_at_level(_lookup_code(m), level) or code
        if code is None and level == "city":
            code = _municipality_of(_lookup_code(m))
        if code:
            counts[code] += 1
            first.setdefault(code, m.astart if m.astart >= 0 else m.start)
    if not counts:
        return None
    # (贵州省召开东西部协作推进会…全省到位广东省财政援助资金: named as often, the one named first is home)
    return sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]], kv[0]))[0][0]


def _municipality_of(code: str | None) -> str | None:
    """朝阳区, 海淀区 in a story titled 本市试鸣防空警报…: a municipality's district has no prefecture above it,
    so the 市 an anaphor (本市, 全市) speaks as is the municipality itself (北京市, a province by rank); None
    for a place of any other province (renfang117)."""
    prov = _place_at_level(code, "province") if code else None
    return prov if prov and _of_level(table().get(prov), "city") else None


def _listed_run(text: str, m: Mention, starts: dict[int, Mention], ends: dict[int, Mention]) -> bool:
    """A place named as an item of a 、-list (安新、容城、雄县3县): one of several, not the topic.
    到漯河市舞阳县、许昌市襄城县调研: a place written right against others (漯河市|舞阳县) is part of
    that run, and the run is the 、-list's item: 漯河市 and 襄城县 are listed as 舞阳县 and 许昌市 are
    (the story went to 襄城县, the list's last county, not to the province the list is of).  An item
    may hold the place's figure after it (分别为：霍山县34个、金寨县32个: each county's count).
    `starts`, `ends`: the places by start and by end, built once per article (not per place)."""
    lo, hi, steps = m.astart, m.aend, 0
    while lo in ends and steps < 4:
        lo, steps = ends[lo].astart, steps + 1
    while hi in starts and steps < 8:
        hi, steps = starts[hi].aend, steps + 1
    if m.attrs.get("level") == "township" and (v := _VILLAGE_AFTER.match(text, hi)):
        hi = v.end()  # 四庄|清水村、马港|界上村: a township's village closes its item (villages are no candidates)
    return text[lo - 1:lo] == "、" or text[hi:hi + 1] == "、" or _FIGURE_ITEM_AFTER.match(text, hi) is not None


# 霍山县34个、金寨县32个: a place's own figure closing its item of a 、-list (a count of each listed place)
_FIGURE_ITEM_AFTER = re.compile(rf"[0-9０-９][0-9０-９.．]*[%％]?[{HAN}]{{0,3}}、")
_VILLAGE_AFTER = re.compile(f"[{HAN}]{{1,4}}?(?:{alt(place_words('subplace_suffixes'))})(?=、)")


def _run_ends(listed: list[Mention]) -> list[Mention]:
    """赣州市章贡区沙河、沙石、水东: of places written right against each other, the run's item is its
    last place (沙河); the city and district before it only lead up to it, so the listed places'
    nearest common division is the district holding the townships, not the city above it."""
    starts = {m.astart for m in listed}
    return [m for m in listed if m.aend not in starts] or listed


def _common_ancestor(codes: list[str], mentioned: set[str], province: str | None,
                     city_voice: bool = False) -> str | None:
    """The nearest division containing every code that the article names; else, for townships
    only, their county (a county's paper lists its townships and never names itself); else the province —
    but none for places of three or more provinces (a national notice addressed to 天津、河北、…
    新疆 is no province's, whichever of them the rest of it names most)."""
    T = table()
    # a code that holds another listed one is in its own chain: 永吉县口前镇、一拉溪镇 lists the
    # county with its townships, and the county holds them all (it was their province)
    above = {c: [a.code for a in T.ancestors(c)] for c in set(codes)}
    holders = {a for c in above for a in above[c]}
    chains = [([c] if c in holders else []) + above[c] for c in codes]
    if not chains:
        return province
    shared = [c for c in chains[0] if all(c in ch for ch in chains[1:])]
    if not shared and len({c[:2] for c in codes}) >= _NATIONAL_SPREAD:
        return None
    for c in shared:
        if c in mentioned:
            return c
    if shared and all(T.by_code[c].level == "township" for c in codes if c in T.by_code) \
            and T.by_code[shared[0]].level == "county":
        return shared[0]  # 县长到黄茅岭乡、沙拉托乡; 深入赛罕高毕苏木、洪格尔苏木: the townships' own county
    if city_voice and len(set(codes)) >= _OWN_CITY_LISTED and shared and all(T.by_code[c].level == "county" for c in codes if c in T.by_code) \
            and T.by_code[shared[0]].level == "city":
        return shared[0]  # 全市…分别为：霍山县34个、金寨县32个、裕安区27个: a city's report lists its counties
    return province or (shared[-1] if shared else None)  # (安新、容城、雄县3县: no city speaks, 保定市 unnamed)


_OWN_CITY_LISTED = 3  # counties of one city listed, in a text speaking of 全市/我市, that make it the city's


def _tied_counties_city(ranked: list[tuple[str, int]], hosts: list, fallback, text: str):
    """全市公共资源交易共完成452项…临泽县分中心完成交易56项…；高台县分中心…；肃南县分中心…: a city's
    report (全市) giving its counties one clause each names each once; none of them is what it is about,
    but the city holding them all (`_common_ancestor`'s city voice), never the first code of the tie."""
    if not any(w in text for w in _city_anaphora()):
        return None
    top = {k for k, n in ranked if n == ranked[0][1]}
    if len(top) < _OWN_CITY_LISTED:
        return None
    return fallback([m for m in hosts if _place_key(m) in top])


@lru_cache(maxsize=1)
def _city_anaphora() -> tuple[str, ...]:
    """全市, 我市, 本市, 该市 (anaphora.tsv, level city): a text using one speaks of a city."""
    return tuple(r["form"] for r in L.load_table("anaphora") if r["level"] == "city")


_NATIONAL_SPREAD = 3  # provinces a list of places spans that make it the country's


def _sections_of(art: Article):
    """A function giving the kind of section (title, body …) a mention is in."""
    starts = [s.start for s in art.sections]  # sections are in text order: bisect, not scan
    ordered = all(a.end <= b.start for a, b in zip(art.sections, art.sections[1:]))

    def section(m: Mention) -> str:
        k = bisect.bisect_right(starts, m.astart) - 1
        for s in (art.sections[k:k + 1] if ordered else art.sections):
            if s.start <= m.astart < s.end:
                return s.kind
        return "body"
    return section


def _ref(m: Mention) -> tuple[str, str | None, str | None]:
    return _place_key(m), _lookup_code(m), m.attrs.get("level")


def _division_ref(code: str | None) -> tuple[str, str | None, str | None] | None:
    if not code:
        return None
    d = table().get(code)
    return (entity_id("Place", "", code), code, d.level if d else None)


def _after_opening_time(text: str, start: int, end: int) -> int:
    """Where a title's subject starts: after the time it opens with (“十一”黄金周|全县接待游客…, 2023年|全市…,
    一季度|全省…), else at its start."""
    first = next(iter(find_periods(text, start, end)), None)
    return first[1] if first is not None and first[0] == start else start


def _title_anaphor_place(art: Article, places: list[Mention], province: str | None):
    """A title opening with 我省/全市 … (perhaps after its time: “十一”黄金周全县…) is about the place the
    anaphor names."""
    title = next((s for s in art.sections if s.kind == "title"), None)
    mt = _TITLE_ANAPHOR_RE.match(art.text[_after_opening_time(art.text, title.start, title.end):title.end]) \
        if title is not None else None  # (a slice: the pattern is anchored with ^)
    if not mt:
        return _title_session_place(art, title, province)
    host = _visited_home_level(art, title, _after_opening_time(art.text, title.start, title.end) + mt.end())
    if host is not None and (got := home_division(places, host)) is not None:
        return _division_ref(got)  # 全市…观摩团来我县观摩: the host county's story, not the visiting city's
    level = ANAPHORA[mt.group(0)]
    # (我市与新华社青海分社交流座谈, naming 格尔木市 alone: the paper's own county-level city, not 海西州 the text never
    # names; but 全市台办主任会议 held in 桐乡市 with 各县(市、区)台办 is 嘉兴市's: only 我 speaks as the city)
    own = mt.group(0).startswith(_FIRST_PERSON)
    return _division_ref(province if level == "province" else home_division(places, level, own_cities=own))


_FIRST_PERSON = "我"  # 我市, 我县: the paper speaking as its own place (anaphora.tsv)


def _visited_home_level(art: Article, title, after: int) -> str | None:
    """全市经济社会发展现场观摩团来我县观摩… (曹县's own page): a title opening with the anaphor of the
    visitors' place (全市, 市) and then a visit to the paper's own place (来我县, `visit_to_home`): the
    story is the host's, so the level of that first-person anaphor (county), else None."""
    m = _VISIT_HOME_RE.search(art.text, after, title.end)
    if m is None:
        return None
    own = next((f for f in sorted(ANAPHORA, key=len, reverse=True)
                if f.startswith(_FIRST_PERSON) and m.group(0).endswith(f)), None)
    return ANAPHORA.get(own) if own else None


_SESSION_CUES = {k: alt(L.word_lists("relation_cues").get(k, ("\0",)))
                 for k in ("title_session_levels", "title_session_organs", "title_session_heads")}
# 省十四届人大常委会第十三次会议闭幕, 省十三届人大一次会议: the level, its term, the organ, its session's count, the session
_TITLE_SESSION_RE = re.compile(f"(?:{_SESSION_CUES['title_session_levels']})(?:[{CHINESE_NUMERALS}{DIGIT}]{{1,3}}届)?"
                               f"(?:{_SESSION_CUES['title_session_organs']})"
                               f"(?:第?[{CHINESE_NUMERALS}{DIGIT}]{{1,3}}次)?(?:{_SESSION_CUES['title_session_heads']})")


def _title_session_place(art: Article, title, province: str | None):
    """省十四届人大常委会第十三次会议闭幕 (a provincial paper's story of its congress's session): a
    title opening with the province's own organ in session (relation_cues title_session_*) is
    about the province the text's places lie in, though the cities its approved regulations or
    lists name (关于批准《广州市湿地保护规定》…) outnumber the province's name; never an official's
    visit (省委书记…来我市调研: no session is written after the organ).  None otherwise."""
    if title is None or province is None:
        return None
    at = _after_opening_time(art.text, title.start, title.end)
    return _division_ref(province) if _TITLE_SESSION_RE.match(art.text, at, title.end) else None


_DESTINATION_RE = re.compile("(?:" + "|".join(sorted(L.word_lists("relation_cues").get("event_locatives", ())
                                                     + L.word_lists("relation_cues").get("title_destinations", ()),
                                                     key=lambda w: (-len(w), w))) + ")$")


_VISIT_HOME_RE = re.compile("(?:" + "|".join(sorted(L.word_lists("relation_cues").get("visit_to_home", ()),
                                                    key=lambda w: (-len(w), w)))
                            + ")(?:" + "|".join(sorted((f for f in ANAPHORA if f.startswith("我")),
                                                       key=lambda w: (-len(w), w))) + ")")


_MEET_GUESTS_RE = re.compile("|".join(sorted(L.word_lists("relation_cues").get("meet_guests", ()),
                                              key=lambda w: (-len(w), w))))


def _visitors(art: Article, titled: list[Mention]) -> set[str]:
    """郧西县党政考察团来我县参观考察: the places a title names before a visit to 我县/我市 are the
    visitors'; 县委书记李明会见深圳市宝安区考察团: the Chinese places it names after a verb of meeting
    guests are the guests' (a foreign guest's country stays: `home_code` reads such a story); the
    story (and its 县委, 我县) is the host's, named elsewhere; the text's own place written as such
    (行政长官会见多个本澳社团代表: 本澳) is no guest's.  Their keys."""
    title = next((s for s in art.sections if s.kind == "title"), None)
    if title is None:
        return set()
    meet = _MEET_GUESTS_RE.search(art.text, title.start, title.end) if _MEET_GUESTS_RE.pattern else None
    guests = {_place_key(p) for p in titled if meet and p.astart >= meet.end() and not p.attrs.get("anaphor")
              and not str(p.attrs.get("code") or "").startswith("iso-") and p.attrs.get("level") != "country"}
    if not (m := _VISIT_HOME_RE.search(art.text, title.start, title.end)) \
            or not ANAPHORA.get(m.group(0)[-2:]) and not any(m.group(0).endswith(f) for f in ANAPHORA):
        return guests
    return guests | {_place_key(p) for p in titled if p.aend <= m.start()}


def _title_visitors(art: Article, titled: list[Mention], body: list[Mention]) -> set[str]:
    """The visitors' places of a story whose title names a visit (`_visitors`): with them, the places the
    lead names in the clause of its own visit to 我县/我市 (市协作工作队到我县调研, then 铜仁市…干部到我县调研),
    and, once a title names visitors, the places of the lead sentence inside a visitor's place (长沙市政协
    …率考察团到我市, 成员包括岳麓区、天心区: the visitors' districts).  Their keys."""
    found = _visitors(art, titled) or _title_named_lead_visitors(art, titled, body)
    if not found:
        return found
    found |= _lead_visitors(art, body, clause=True)
    lead = art.sentence_at(body[0].astart) if body else None
    if lead is None:
        return found
    T = table()
    codes = {str(_lookup_code(m)) for m in titled + body if _place_key(m) in found and _lookup_code(m)}
    return found | {_place_key(m) for m in body if lead.start <= m.astart < lead.end and _lookup_code(m)
                    and any(T.is_within(_lookup_code(m), c) for c in codes if c != _lookup_code(m))}


def _title_named_lead_visitors(art: Article, titled: list[Mention], body: list[Mention]) -> set[str]:
    """广西巴马瑶族自治县代表团来扬考察, then 广西巴马瑶族自治县党政代表团来我市参观考察: a title whose visit
    names the host by a short form (来扬) holds no 我市 to tell the visitors by; the lead's visit to
    我市 does (`_lead_visitors`).  When every place the title names is one the lead names before its
    visit to 我市/我县, they are the visitors', and the story the host's.  Their keys, else none."""
    lead = _lead_visitors(art, body, clause=True)
    if not lead or not titled or any(_place_key(m) not in lead for m in titled):
        return set()
    return lead


def _lead_guests(art: Article, body: list[Mention], mine: list[Mention] | None = None) -> set[str]:
    """市长许宗衡会见了由扬州市委书记季建业…率领的党政代表团: in a story whose title names no place, the
    Chinese places its lead sentence names after a verb of meeting guests are the guests'; the story
    is the host's.  Not a place inside the name of the event the guests came to (地区领导会见出席第十五届
    新疆喀什·中亚南亚商品交易会外国部长级嘉宾: the fair is the host's, 喀什's).  Their keys."""
    lead = art.sentence_at(body[0].astart) if body else None
    if lead is None or not _MEET_GUESTS_RE.pattern:
        return set()
    meet = _MEET_GUESTS_RE.search(art.text, lead.start, lead.end)
    if meet is None:
        return set()
    events = [(e.astart, e.aend) for e in mine or () if e.label == "Programme"
              and e.astart >= meet.end() and e.aend <= lead.end]
    return {_place_key(p) for p in body if meet.end() <= p.astart < lead.end
            and not str(p.attrs.get("code") or "").startswith("iso-") and p.attrs.get("level") != "country"
            and not any(a <= p.astart and p.aend <= b for a, b in events)}


def _lead_visitors(art: Article, body: list[Mention], clause: bool = False) -> set[str]:
    """新疆第一师阿拉尔市党政代表团来我市考察: in a story whose title names no place, the places its
    lead sentence names before a visit to 我市/我县 are the visitors'; the story is the host's (我市,
    named elsewhere).  With `clause` (a title naming the visit already), only those of the clause
    holding the verb: a dateline before it (东北网伊春6月29日电 …，大庆市…抵达我市) is the host's.
    Their keys."""
    lead = art.sentence_at(body[0].astart) if body else None
    m = _VISIT_HOME_RE.search(art.text, lead.start, lead.end) if lead is not None else None
    if m is None:
        return set()
    lo = lead.start
    if clause:
        lo = max([lo] + [art.text.rfind(c, lead.start, m.start()) + 1 for c in _CLAUSE_BREAKS])
    return {_place_key(p) for p in body if lo <= p.astart and p.aend <= m.start() and not _news_source(art, p)}


_SOURCE_MARKS = tuple(sorted(L.word_lists("relation_cues")["news_source_marks"], key=lambda w: (-len(w), w)))


_LEVEL_RANK = {level: i + 1 for i, level in enumerate(LEVELS)}  # province 1 … township 4
# the host's own level by the last character of 我市/我县/我区/我镇 (anaphora.tsv: 我区 a district, 我市 a
# city of either level)
_OWN_RANK = {form[-1]: _LEVEL_RANK[level] for form, level in L.ANAPHORA.items()
             if form.startswith("我") and level in _LEVEL_RANK}


def _peers(art: Article, body: list[Mention], places: list[Mention], visitors: set[str],
           mine: list[Mention] | None) -> set[str]:
    """The lead's visitors (`_lead_visitors`) when they come from a division no higher than the host's
    (深圳市…到我市, 临城县…来我县: a peer, whose place the host is not) or are companies named by their
    city (天津某某有限公司…来我县: investors, not the city's own body); none when the visitors' most
    specific place is above the host and names a body of it (雅安市水利局检查组到我县: the host may be
    the city's own county, which the city's name still holds)."""
    if not visitors:
        return visitors
    lead = art.sentence_at(body[0].astart)
    m = _VISIT_HOME_RE.search(art.text, lead.start, lead.end) if lead is not None else None
    own = _OWN_RANK.get(m.group()[-1]) if m else None
    if own is None:
        return set()
    orgs = [(o.astart, o.aend) for o in mine or () if o.label == "Organization" and lead.start <= o.astart < m.start()]
    ranks = [own if any(a <= p.astart and p.aend <= b for a, b in orgs) else _LEVEL_RANK.get(p.attrs.get("level"), 0)
             for p in places if _place_key(p) in visitors]
    return visitors if ranks and max(ranks) >= own else set()


def _news_source(art: Article, p: Mention) -> bool:
    """秀山网讯 11月13日，合川区区长…一行来我县: a place naming the news source that opens the lead
    (秀山网讯, 盐城日报讯) is the host's paper, not a visitor's place."""
    return art.text.startswith(_SOURCE_MARKS, p.aend)


_CLAUSE_BREAKS = ("，", ",", "；", ";", "：", ":")


def _destination(art: Article, ok: list[Mention]) -> list[Mention]:
    """The places of a title that a visit goes to (崇明区党政代表团到镇康县考察调研, …代表团赴云县…):
    the story happens there and its 县委, 我县 are that place's; with no such verb, all of them.  A
    place written right before 在 and a venue after it (巴中市在成都举行推介会) holds the event: its own."""
    title = next((s for s in art.sections if s.kind == "title"), None)
    if title is None:
        return ok
    to = [m for m in ok if title.start <= m.astart < title.end
          and _DESTINATION_RE.search(art.text, title.start, _chain_start(ok, m))]
    hosts = [m for m in ok if title.start <= m.astart < title.end
             and art.text.startswith(_SUBJECT_LOCATIVES, m.aend) and any(t.astart > m.aend for t in to)]
    return hosts or to or ok


# 巴中市在成都举行招商推介会: a place right before 在 is who holds the event, the place after it only where
# (relation_cues.tsv title_subject_locatives): the story and its 市委, 市政府 are the holder's
_SUBJECT_LOCATIVES = tuple(L.word_lists("relation_cues").get("title_subject_locatives", ())) or ("\0",)


_VISIT_PURPOSES = L.word_lists("relation_cues").get("lead_visit_purposes", ())
_VISIT_PURPOSE_RE = re.compile(alt(_VISIT_PURPOSES))


def _lead_destination(art: Article, lead, ok: list[Mention]) -> list[Mention]:
    """天津市津南区委常委…带领考察组来秦安县考察对接…: in a lead sentence, the places right after a verb
    of going (来, 到, 赴, 莅临) and right before what the visit is for (考察, 调研, 对接) are where the story
    happens; the visitors' places named before them are not (a trip 赴北京参加会议 is no visit there).
    With no such place, all of them."""
    if lead is None or not _VISIT_PURPOSE_RE.pattern:
        return ok
    to = [m for m in ok if _DESTINATION_RE.search(art.text, lead.start, _chain_start(ok, m))
          and _VISIT_PURPOSE_RE.match(art.text, m.aend)]
    return to or ok


_VISIT_TO_CHINA = tuple(L.word_lists("relation_cues").get("visit_to_china", ()))


def _without_guest_countries(art: Article, lead, ok: list[Mention]) -> list[Mention]:
    """应国家主席习近平邀请，缅甸联邦共和国总统廷觉将于4月6日至11日对中国进行国事访问 (a foreign
    ministry's announcement): a lead sentence telling of a visit to China (relation_cues.tsv
    visit_to_china) is China's story, not the story of the guest's country it names before the
    visit.  `ok` without the foreign countries written before the visit's words, when China's
    mention stays; else `ok` as it is."""
    if lead is None or not _VISIT_TO_CHINA:
        return ok
    at = min((i for i in (art.text.find(w, lead.start, lead.end) for w in _VISIT_TO_CHINA) if i >= 0), default=-1)
    if at < 0:
        return ok
    kept = [m for m in ok if not (_foreign(m.attrs.get("code")) and m.astart < at)]
    return kept if any(m.attrs.get("code") == CHINA_CODE for m in kept) else ok


_VENUE_BEFORE = tuple(L.word_lists("relation_cues")["venue_before"])
_VENUE_VERBS = tuple(L.word_lists("relation_cues")["venue_verbs"])


def _venue_lead_dateline(art: Article, ok: list[Mention], places: list[Mention]) -> tuple | None:
    """本报白银讯（记者…）7月29日，全国…表彰大会在北京举行…。白银市再度荣膺…: where the lead names only the
    venue of a meeting (between 在 and 举行/召开), a paper's dateline place (本报X讯) that the article
    names too is what the story is about; None where the lead names any other place, the dateline names
    none, or the text does not name it (zhengbing105)."""
    if not all(art.text.startswith(_VENUE_VERBS, m.aend) and art.text[m.astart - 1:m.astart] in _VENUE_BEFORE
               for m in ok):
        return None
    dated = _dateline_place(art)
    if dated is None or any(_lookup_code(m) == dated for m in ok):
        return None
    return _division_ref(dated) if any(_lookup_code(m) == dated for m in places) else None


def _without_venue(art: Article, ok: list[Mention]) -> list[Mention]:
    """河南省产业集聚区建设工作会议在郑州召开 (then 新乡市委书记…在郑州主会场参加会议): a place written
    between 在 and 召开/举行 after the place that holds the meeting is only where it meets, not
    what the story is about (the holder's, or the one city the rest is about: `_focus_city`)."""
    if not ok:
        return ok
    first_end = min(o.aend for o in ok)  # (a place named before: read once, not per place)
    ends = {p.aend: p for p in ok}

    def venue(m: Mention) -> bool:
        if first_end >= m.astart:
            return False
        if art.text.startswith(_VENUE_VERBS, m.aend) and art.text[m.astart - 1:m.astart] in _VENUE_BEFORE:
            return True
        start = _chain_start(ok, m, ends)  # 大邑县在大邑县沙渠街道五矿…项目区举行了…开工仪式: the site's place (kaigong110)
        return art.text[start - 1:start] in _VENUE_BEFORE and _VENUE_SITE.match(art.text, m.aend) is not None
    return [m for m in ok if not venue(m)] or ok


# a venue's site named after its place, up to the verb (在沙渠街道五矿国际时尚运动健康城项目区举行): no clause break
_VENUE_SITE_MAX = 24
_VENUE_SITE = re.compile(f"[^，,。；;：:、！？!?\\s]{{0,{_VENUE_SITE_MAX}}}?(?:{alt(_VENUE_VERBS)})")


_VENUE_JOINERS = tuple(L.word_lists("relation_cues")["venue_joiners"])
_VENUE_REACH = 4  # places a venue's run holds at most (在福建厦门和漳州举办)


def _venue_run_edge(text: str, pos: int, edges: dict[int, Mention], forward: bool) -> int:
    """From `pos`, past the run of places (and 和/、 between them) written on one side: where the
    run stops.  At most `_VENUE_REACH` places: a bounded walk."""
    for _ in range(_VENUE_REACH):
        j = next((w for w in _VENUE_JOINERS if (text.startswith(w, pos) if forward else text.endswith(w, 0, pos))), "")
        step = len(j) if forward else -len(j)
        m = edges.get(pos + step)
        if m is None:
            break
        pos = m.aend if forward else m.astart
    return pos


def _without_event_venues(art: Article, hosts: list[Mention], by_start: dict[int, Mention],
                          by_end: dict[int, Mention], national: bool) -> list[Mention]:
    """博览会在福建厦门和漳州举办, 论坛将于2月3日在北京举办: a place in a run between 在 and
    举办/举行/召开 is where an event is held, not a place the story is about — a national briefing
    that names several events' cities is no story of the city named most (nor of 杭州 for a 亚运会
    held there).  Mentions of the run are not counted; when every place is a venue they stay,
    unless the lead opens with a central organ (`national`: the briefing is the country's)."""
    text = art.text

    def venue(m: Mention) -> bool:
        start = _venue_run_edge(text, m.astart, by_end, forward=False)
        end = _venue_run_edge(text, m.aend, by_start, forward=True)
        return text.endswith(_VENUE_BEFORE, 0, start) and text.startswith(_VENUE_VERBS, end)
    kept = [m for m in hosts if not venue(m)]
    return kept if kept or national else hosts


def _chain_start(ok: list[Mention], m: Mention, ends: dict[int, Mention] | None = None) -> int:
    """赴台州市黄岩区考察: where the run of places written one right after another that ends with `m`
    begins — the verb of going stands before the run's first place (台州市), and the visit goes to
    the whole run, down to its last, most specific place (黄岩区).  `ends`: the places by their end,
    built once by a caller asking of every place."""
    ends = ends if ends is not None else {p.aend: p for p in ok}
    start, seen = m.astart, 0
    while start in ends and seen < 4:
        start, seen = ends[start].astart, seen + 1
    return start


_SHORT_DESTINATION_RE = re.compile(f"(?:{alt(L.word_lists('relation_cues').get('short_destination_verbs', ()))})"
                                   f"([{HAN}])(?:{alt(_VISIT_PURPOSES)})")
_SHORT_DESTINATION_NOT = frozenset(L.word_lists("relation_cues").get("short_destination_not", ()))


def _short_destination(art: Article, places: list[Mention], section) -> Mention | None:
    """山东省德州市庆云县来秀对接东西部协作工作, 日本佐贺县小城市友好访问团来盐访问: a title (else the lead
    sentence) whose visit goes to one character of a short name (秀 of 秀山, 盐 of 海盐) is the story of
    the one Chinese division the article names with that character in its short name, not of the
    visitors' places named before the verb.  That place's first mention, or None (none or several)."""
    title = next((s for s in art.sections if s.kind == "title"), None)
    body = sorted((m for m in places if section(m) == "body"), key=lambda m: m.astart)
    lead = art.sentence_at(body[0].astart) if body and body[0].astart < 80 else None
    T = table()
    for span in (title, lead):
        hit = _SHORT_DESTINATION_RE.search(art.text, span.start, span.end) if span is not None else None
        if hit is None or hit.group(1) in _SHORT_DESTINATION_NOT:
            continue
        found: dict[str, Mention] = {}
        for m in sorted(places, key=lambda m: m.astart):
            d = T.get(m.attrs.get("code") or "")
            if d is not None and hit.group(1) in (d.short or d.name) and not m.attrs.get("anaphor") \
                    and not (span.start <= m.astart < hit.start()):
                found.setdefault(d.code, m)
        return next(iter(found.values())) if len(found) == 1 else None
    return None


@lru_cache(maxsize=1)
def _counties_by_city() -> dict[str, tuple[str, ...]]:
    """City code → the codes of its counties (built once from the division table)."""
    out: dict[str, list[str]] = {}
    for d in table().by_code.values():
        if d.level == "county" and d.parent:
            out.setdefault(d.parent, []).append(d.code)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _short_county_destination(art: Article, places: list[Mention]) -> str | None:
    """北京温州商会来瑞考察 (the lead: 来瑞考察, 市委书记陈建明…): a title's visit to one character of a
    short name that no named place bears (`_short_destination` found none) goes to the one county
    of a city the article names whose short name opens with it (瑞 → 瑞安市 of 温州) — the visitors'
    organisation names the region, the county's paper names itself by one character.  Its code,
    else None (no such visit, or no county or several)."""
    title = next((s for s in art.sections if s.kind == "title"), None)
    hit = _SHORT_DESTINATION_RE.search(art.text, title.start, title.end) if title is not None else None
    if hit is None or hit.group(1) in _SHORT_DESTINATION_NOT:
        return None
    T, by_city = table(), _counties_by_city()
    cities = {str(m.attrs.get("code")) for m in places if m.attrs.get("level") == "city"}
    found = {c for city in cities for c in by_city.get(city, ())
             if (T.get(c).short or T.get(c).name).startswith(hit.group(1))}
    return next(iter(found)) if len(found) == 1 else None


def _most_specific(doc: Doc, art: Article, ok: list[Mention], rest: list[Mention]):
    """The most specific of the places a title or lead names (of a title's, the ones a visit goes
    to); for a province, the one city the rest of the story is about, if there is one
    (`_focus_city`)."""
    ok = _destination(art, ok)
    best = max(ok, key=lambda m: (_SPECIFICITY.get(m.attrs.get("level"), 0), -m.astart))
    if best.attrs.get("code") == CHINA_CODE:  # 中国(云南)—缅甸合作论坛在昆明举行: the province is in China
        best = max((m for m in ok if str(m.attrs.get("code") or "")[:1].isdigit()),
                   key=lambda m: (_SPECIFICITY.get(m.attrs.get("level"), 0), -m.astart), default=best)
    city = _focus_city(doc, art, rest, best) if best.attrs.get("level") == "province" else None
    return _division_ref(city) if city else _ref(best)


_NATIVE_RE = re.compile(f"(?:{alt(place_words('native_suffixes'))})[{CLAUSE_PUNCT}、）)]")
_NATIVE_GROUPS = place_words("native_groups")  # 台湾同胞: people from there, no place of the story


_MIGRANT_BEFORE = tuple(L.word_lists("relation_cues")["migrant_work_before"])
_MIGRANT_WORK = tuple(L.word_lists("relation_cues")["migrant_work"])


def _migrant_work_place(text: str, m: Mention) -> bool:
    """刚从广东务工回家的村民, 在浙江打工的青年: a place where villagers go out to work (从/在/赴 X 务工)
    is theirs as migrants, like an origin: a township's story naming it so is not about it."""
    return text.startswith(_MIGRANT_WORK, m.aend) and m.astart > 0 and text[m.astart - 1] in _MIGRANT_BEFORE


_GOODS_FROM = tuple(L.word_lists("relation_cues")["goods_origin_before"])
_GOODS_VERBS = tuple(L.word_lists("relation_cues")["goods_origin_verbs"])
_GOODS_FROM_REACH = 12  # characters between 从 and the place (从数千公里外的成都运过来)


def _goods_origin_place(text: str, m: Mention) -> bool:
    """建筑材料需要从数千公里外的成都运过来, 从山东调运饲草: a place after 从 in its clause and right before a
    verb of shipping goods is where the goods come from, like an origin: no place of the story on that
    mention alone (a 察隅县 story's lead naming 成都)."""
    if not text.startswith(_GOODS_VERBS, m.aend):
        return False
    lo = max(0, m.astart - _GOODS_FROM_REACH)
    cut = max(text.rfind(c, lo, m.astart) for c in "，,。；;：:！？\n") + 1
    return any(text.find(w, max(lo, cut), m.astart) >= 0 for w in _GOODS_FROM)


_AGENCY_CUES = L.word_lists("agency_cues")
_STATIONED_AT = tuple(_AGENCY_CUES.get("stationed_at", ()))  # 驻
# 办事处, 联络处, 办 (驻京办): the offices a government keeps in another place, longest first
_HOSTED_OFFICES = tuple(sorted(set(_AGENCY_CUES.get("stationed_organs", ())) |
                               set(_AGENCY_CUES.get("stationed_short_organs", ())), key=len, reverse=True))


_LONG_OFFICES = tuple(o for o in _HOSTED_OFFICES if len(o) > 1)  # 办事处, 联络处 (not 办: 驻村办学)
_OFFICE_QUALIFIER_MAX = 6  # Han characters of what an office does, written between its host and it (经济贸易)


def _office_host(text: str, m: Mention) -> bool:
    """市政府驻北京联络处, 驻京办, 吉林省政府驻沪办事处, 香港特区政府驻武汉经济贸易办事处: a division
    written right after 驻 and before an office (right before it, or before what the office does
    and its long word: 经济贸易|办事处) hosts the office another government keeps there; the story
    is the sender's, so the host counts for its place no more than an origin does (named elsewhere
    on its own, it still counts: `_not_native` drops a place only when every mention of it is such)."""
    if m.astart == 0 or not text.endswith(_STATIONED_AT, 0, m.astart):
        return False
    if text.startswith(_HOSTED_OFFICES, m.aend):
        return True
    k = m.aend
    while k < min(len(text), m.aend + _OFFICE_QUALIFIER_MAX) and is_han(text[k]) and not text.startswith(_LONG_OFFICES, k):
        k += 1
    return k > m.aend and text.startswith(_LONG_OFFICES, k)


_ENVOY_WORDS = tuple(sorted(L.word_lists("relation_cues").get("envoy_words", ()), key=len, reverse=True)) or ("\0",)
_ENVOY_REACH = 8  # Han characters from 驻 to the envoy's word (驻|华|大使, 驻|武汉|经济贸易办事处)


def _envoy_role(text: str, m: Mention) -> bool:
    """老挝|驻华大使, 老挝驻|华|大使, 香港特区政府驻|武汉|办: a place a title names only as the sender of
    an envoy or an office (right before 驻) or as its host (right after 驻), the envoy's word
    (relation_cues.tsv envoy_words) at most a few characters after 驻.  The story is what the envoy
    does, told where it happens; neither place is that.  Bounded: a few characters read."""
    if text.startswith(_STATIONED_AT, m.aend):
        at = m.aend
    elif m.astart > 0 and text.endswith(_STATIONED_AT, 0, m.astart):
        at = m.astart - 1
    else:
        return False
    k = at + 1
    while k < min(len(text), at + 1 + _ENVOY_REACH) and is_han(text[k]):
        if text.startswith(_ENVOY_WORDS, k):
            return True
        k += 1
    return False


def _without_envoys(text: str, ms: list[Mention]) -> list[Mention]:
    """`ms` without the places named only as an envoy's sender or host (`_envoy_role`: 老挝驻华大使宋蓬
    应邀赴四川参访 is 四川's story), when any other is left; else `ms` as it is."""
    return [m for m in ms if not _envoy_role(text, m)] or ms


_EXCLUDED_AFTER = tuple(place_words("data_excluded_after"))
_EXCLUDED_BEFORE = tuple(place_words("data_excluded_before"))
_EXCLUSION_REACH = 40  # characters a list of excluded places runs over, at most


def _excluded_from_data(text: str, m: Mention, spans: dict[int, int]) -> bool:
    """Is the place named in a statistics release's note of what its figures leave out (香港特别行政
    区、澳门特别行政区和台湾省数据未包括在内; 不包括港澳台)?  Only other places (`spans`: start → end),
    list joiners and 数据 may stand between the place and the cue, at most `_EXCLUSION_REACH`
    characters: 固定资产投资（不含农户）同比增长5.1%，其中杭州市区… excludes no 杭州."""
    after = text[m.aend:m.aend + _EXCLUSION_REACH]
    for w in _EXCLUDED_AFTER:
        j = after.find(w)
        if j >= 0 and _only_places_between(text, m.aend, m.aend + j, spans):
            return True
    lo = max(0, m.astart - _EXCLUSION_REACH)
    for w in _EXCLUDED_BEFORE:
        j = text.rfind(w, lo, m.astart)
        if j >= 0 and _only_places_between(text, j + len(w), m.astart, spans):
            return True
    return False


_BETWEEN_EXCLUDED = frozenset("、和及与 \u3000的数据")


def _only_places_between(text: str, lo: int, hi: int, spans: dict[int, int]) -> bool:
    """Is text[lo:hi] only place names (their spans) and list joiners?"""
    k = lo
    while k < hi:
        end = spans.get(k)
        if end is not None and end > k:
            k = end
        elif text[k] in _BETWEEN_EXCLUDED:
            k += 1
        else:
            return False
    return True


def _native_places(text: str, places: list[Mention]) -> set[int]:
    """ids of the places a résumé names as a person's origin (张某，男，汉族，1964年12月生，辽宁庄河人，
    …): the place right before 人 and a clause's end, and the places written right before it (辽宁|
    庄河人); so are people named by their origin (台湾同胞, 香港同胞 in a tourism table's rows).  A national story that tells an official's career is not about his home county."""
    by_end = {m.aend: m for m in places}
    spans = {m.astart: m.aend for m in places}
    out: set[int] = set()
    for m in places:
        if _excluded_from_data(text, m, spans) or _office_host(text, m):
            out.add(id(m))  # (left out of the figures, or hosting an office: no place of the story, as an origin is none)
            continue
        if not (_NATIVE_RE.match(text, m.aend) or text.startswith(_NATIVE_GROUPS, m.aend)
                or _migrant_work_place(text, m) or _goods_origin_place(text, m) or _birthplace(text, m, 0)):
            continue
        cur: Mention | None = m
        while cur is not None and id(cur) not in out:
            out.add(id(cur))
            cur = by_end.get(cur.astart)
    return out


def _not_native(art: Article, places: list[Mention]) -> list[Mention]:
    """`places` without those the article names only as somebody's origin (`_native_places`)."""
    native = _native_places(art.text, places)
    if not native:
        return places
    natives = {_place_key(m) for m in places if id(m) in native} - \
        {_place_key(m) for m in places if id(m) not in native}
    return [m for m in places if _place_key(m) not in natives]


_OWN = alt(sorted((f for f in ANAPHORA if f.startswith("我")), key=lambda w: (-len(w), w)))
_OWN_ORGANS = alt(sorted(L.word_lists("relation_cues").get("partner_organs", ()), key=lambda w: (-len(w), w)))
_JOINERS = alt(L.word_lists("relation_cues").get("partner_joiners", ()))
_OWN_THEN_PARTNER = re.compile(f"(?:{_OWN})(?:{_OWN_ORGANS})?(?:{_JOINERS})$")
_PARTNER_THEN_OWN = re.compile(f"(?:{_OWN_ORGANS})?(?:{_JOINERS})(?:{_OWN})")


_VENUE_EVENTS = alt(L.word_lists("relation_cues").get("venue_events", ()))
_VENUE_AFTER = re.compile(rf"[^，。；！？、,;\n]{{0,10}}?(?:{_VENUE_EVENTS})")
_VENUE_WINDOW = 12  # characters after the place in which the event's opening is looked for
_TAKE_PART = tuple(L.word_lists("relation_cues").get("venue_take_part", ()))
_TAKE_PART_WINDOW = 60  # characters after the place in which its own place's taking part is looked for


def _anaphor_venues(art: Article, places: list[Mention]) -> set[str]:
    """广交会在广州开幕，我市共有86家企业参展: in a story speaking as 我市/我县, a place named only as
    where an event opens (在 before it, 开幕/举办 … within the clause after it) while its own place
    takes part (参展, 组团 … soon after) is the venue its own place went to, never 我市 itself (全市
    会议在宜昌召开，我市… meets at home).  Keys of places named only so."""
    t = art.text
    if "我" not in t or not re.search(_OWN, t):
        return set()
    by_end = {m.aend: m for m in places}
    venue = {id(m) for m in places if _after_at(t, m, by_end)
             and _VENUE_AFTER.match(t[m.aend:m.aend + _VENUE_WINDOW])
             and any(w in t[m.aend:m.aend + _TAKE_PART_WINDOW] for w in _TAKE_PART)}
    if not venue:
        return set()
    return {_place_key(m) for m in places if id(m) in venue} - \
        {_place_key(m) for m in places if id(m) not in venue}


def _after_at(t: str, m: Mention, by_end: dict[int, Mention]) -> bool:
    """Is m written after 在, itself or through the places written right before it (在四川成都开幕:
    成都 after 四川, the province naming the city)?  At most three places back."""
    for _ in range(3):
        if m.astart > 0 and t[m.astart - 1] == "在":
            return True
        m = by_end.get(m.astart)
        if m is None:
            return False
    return False


def _anaphor_partners(art: Article, places: list[Mention]) -> set[str]:
    """我县人民政府与东阿县人民政府签约, 东阿县与我县结对: the place joined to 我县 by 与/和 is the
    other party, never the article's own place (我县 was read as 东阿县).  Their keys."""
    t = art.text
    if "我" not in t:
        return set()
    return {_place_key(m) for m in places
            if _OWN_THEN_PARTNER.search(t[max(0, m.astart - 12):m.astart]) or _PARTNER_THEN_OWN.match(t, m.aend)}


# 市政府与…, 县人民政府和…: a government written with its level alone (the story's own, unnamed) and a
# partner joined to it; the level's character opens the clause (南京市政府与… names its city)
_BARE_ORGAN_THEN_PARTNER = re.compile(
    f"(?:^|[^{HAN}])(?:[市县区](?:人民)?政府|[市县区]委)(?:{_JOINERS})$")


def _bare_organ_partners(art: Article, places: list[Mention]) -> set[str]:
    """市政府与南京师范大学签署合作协议 (连云港's story), 县政府与福建农林大学…: the place that opens the
    name of the party joined to a government written without its place is the partner's, not the
    story's own (that government is the article's city, named elsewhere).  Their keys."""
    t = art.text
    return {_place_key(m) for m in places if _BARE_ORGAN_THEN_PARTNER.search(t[max(0, m.astart - 8):m.astart])}


def _choose_article_place(doc: Doc, art: Article, places: list[Mention],
                          province: str | None, mine: list[Mention] | None = None) -> tuple[str, str | None, str | None] | None:
    """`_choose_place`, chosen again without the guests' places when it chose one of them
    (市长宋军继…会见韩国宜宁郡郡守…: the guests' country is not the scene, `_foreign_guests`)."""
    got = _choose_place(doc, art, places, province, mine)
    if got is None or not (_foreign(got[1]) or got[1] is None):
        return got
    guests = _foreign_guests(art, places)
    if got[0] not in guests:
        return got
    return _choose_place(doc, art, [m for m in places if _place_key(m) not in guests], province,
                         None if mine is None else [m for m in mine if m.label != "Place" or _place_key(m) not in guests])


def _choose_place(doc: Doc, art: Article, places: list[Mention],
                  province: str | None, mine: list[Mention] | None = None) -> tuple[str, str | None, str | None] | None:
    """(entity key, division code for level lookups, level) of the place an article is about:
    a title's anaphor, else the title's place, else the lead sentence's, else the most named; never
    a place named only as somebody's origin (the callers leave those out: `_not_native`)."""
    places = _without_border_runs(art, places)  # (位于中俄边境的绥滨县: neither China nor Russia is the story's)
    places = _without_contact_addresses(art, places)  # (通信地址：北京市东城区…: where letters go, not the scene)
    places = _without_idea_countries(art, places)  # (以习近平新时代中国特色社会主义思想为指引: an idea's, not the scene)
    places = _without_national_preamble(art, places)  # (同志们：我国人民的传统节日…全区各族人民: 利通区's speech)
    places = _without_cited_owners(art, places)  # (根据《甘肃省实施…办法》…漳县城区内: the law's owner, not the scene)
    places = _without_aid_helpers(art, places)  # (117名天津援疆干部爱洒天山: 天津 helps, the story is 和田's)
    places = _without_tie_runs(art, places)  # (闽宁携手打造东西部协作新典范: both provinces of the tie, neither the scene)
    places = _without_country_lists(places)  # (外交部回应美日韩涉华消极表态: the parties named, not the scene)
    places = _without_trip_goals(art, places)  # (群众进京走访: Beijing is where they go, not the story's place)
    places = _without_speech_places(art, places)  # (传达学习总书记在湖南考察时的重要讲话: the speech's place)
    places = _without_studied_sessions(art, places)  # (学习…安庆市委十一届十次全体会议精神: a higher committee's)
    places = _without_lesson_places(art, places)  # (汲取江西新余火灾事故教训: another accident's place)
    places = _without_rank_peers(art, places)  # (位列副省级城市第二位，仅次于深圳: the peer ranked against)
    places = _without_excluded_places(art, places)  # (除陇南市外，天水…参保率达到80%: the part left out)
    places = _without_title_dateline(art, places)  # (新华社哈尔滨…电 题:…伊春…: where it was filed, not the story's)
    venues = _anaphor_venues(art, places)  # (广交会在广州开幕，我市…: 我市 is not the venue)
    by_anaphor = _title_anaphor_place(art, [m for m in places if _place_key(m) not in venues], province)
    if by_anaphor is not None:  # (我市政企代表团赴平昌县…: 我市 is the travellers', never the city gone to)
        return _anaphor_trip_home(art, places) or by_anaphor
    if not places:
        return by_anaphor
    section = _sections_of(art)
    text = art.text
    by_start, by_end = {p.astart: p for p in places}, {p.aend: p for p in places}
    only_listed = {_place_key(m) for m in places} - \
        {_place_key(m) for m in places if not _listed_run(text, m, by_start, by_end)}
    free = [m for m in places if _place_key(m) not in only_listed]
    free_ids = {id(m) for m in free}

    def fallback(listed: list[Mention]):
        mentioned = {_lookup_code(m) for m in places if m.attrs.get("code")}
        listed = _run_ends(listed)
        return _division_ref(_common_ancestor([_lookup_code(m) for m in listed if m.attrs.get("code")],
                                              mentioned, province, any(w in text for w in _city_anaphora())))

    body = sorted((m for m in places if section(m) == "body"), key=lambda m: m.astart)
    titled = [m for m in places if section(m) in ("title", "subtitle")]
    titled = [m for m in titled if not _envoy_role(text, m)]  # (老挝驻华大使宋蓬四川行: the lead tells where)
    # (a title's visit to 我县 whose visitors the lead names: 市协作工作队到我县调研, then 铜仁市…到我县调研)
    come = set() if titled else _lead_visitors(art, body)  # (…考察团一行到我市考察: the lead's visit to 我市)
    visitors = _title_visitors(art, titled, body) if titled else _lead_guests(art, body, mine) | come
    come = _peers(art, body, places, come, mine)
    partners = _anaphor_partners(art, places) | venues
    if partners and all(_place_key(m) in partners for m in places):
        return None  # 我县与东阿县…: the only place named is the other party, 我县 is named nowhere
    visitors |= partners
    if (come or titled) and visitors and all(_place_key(m) in visitors for m in places):
        return None  # 延边州政协考察团来我市参观考察: the host is never named as a place (梅河口), and 我市 is not the visitors'
    guests = _bare_organ_partners(art, places)
    if guests and any(_place_key(m) not in guests for m in places):
        visitors |= guests  # (市政府与南京师范大学签约…连云港: the other city named is the story's)
    if visitors:  # the host is named in the body (今日房县网讯 …): choose among the others
        titled = [m for m in titled if _place_key(m) not in visitors]
        body = [m for m in body if _place_key(m) not in visitors] or body

    def listed_county(got, group: list[Mention]):
        listed = _county_only_listed(got, group, only_listed) or _county_of_city_list(art, got, group, by_start, by_end)
        return fallback(listed) if listed else got

    briefing = _briefing_china(doc, art, places, mine)
    if briefing is not None:
        return _ref(briefing)
    short = _short_destination(art, places, section)
    if short is not None:
        return _ref(short)
    # (the cities of every place mention: 北京温州商会's 温州, no place of the story, names the region)
    if (county := _short_county_destination(art, places if mine is None else
                                            [m for m in mine if m.label == "Place"] + places)) is not None:
        return _division_ref(county)
    announced = _announcement_start(art, places, mine or [])
    if announced is not None:  # (习近平将对西班牙…进行国事访问 / 新华社北京…电 外交部发言人…宣布: a briefing in China)
        titled = []
        body = [m for m in body if m.astart >= announced] or body
    if titled:
        title = next((s for s in art.sections if s.kind == "title"), None)
        ok = _without_guest_countries(art, title, [m for m in titled if id(m) in free_ids])
        if (home := _own_trip_home(art, title, ok, places)) is not None:
            return home
        if (home := _delegation_home(art, title, ok, places)) is not None:
            return home
        got = listed_county(_most_specific(doc, art, ok, body), titled) if ok else fallback(titled)
        return _meeting_place(art, title, got, titled, body, places, mine) or got
    session = _session_place(art, places, section)
    if session is not None:
        return _ref(session)
    if mine is None:  # (a later stage choosing again: the article's mentions as they stand now)
        mine = [m for m in doc.mentions if m.article == art.id]
    national = _national_title(art, places, section, mine)
    if national is not None:
        return _ref(national)
    notice = _national_notice(art, places, section, mine, by_start, by_end)
    if notice is not None:  # (农业农村部办公厅关于公布…名单的通知 / 北京市怀柔区等49个县…: no Beijing story)
        return notice
    # 我县 is never the visitors' (but a township brought along is its own: 县长带领城关镇、花园乡…到我县)
    hosts = [m for m in places if _place_key(m) not in visitors or m.attrs.get("level") == "township"] or places
    by_lead_anaphor = _lead_anaphor_place(art, body, hosts, province) or _lead_province_scope(art, body, hosts, province)
    if by_lead_anaphor is not None:
        return by_lead_anaphor
    own_townships = _anaphor_townships(art, places)
    if own_townships is not None:
        return own_townships
    abroad = _lead_abroad(art, section, places, mine or [])
    if abroad is not None:
        if _spokesperson_lead(art, section, mine or []):
            return _ref(national) if (national := _china(places)) is not None else None
        return _first_person_host(art, hosts, province) or _ref(abroad)
    title_abroad = None if announced is not None else \
        _title_abroad(section, [m for m in mine or [] if not _envoy_role(text, m)])  # (老挝驻华大使…: the envoy's)
    if title_abroad is not None:
        return _first_person_host(art, hosts, province) or _ref_of_country(title_abroad, places)
    if body and body[0].astart < 80:  # named in the lead sentence
        lead = art.sentence_at(body[0].astart)
        same_sentence = [m for m in body if art.sentence_at(m.astart) is lead]
        if (home := _own_trip_home(art, lead, [m for m in same_sentence if id(m) in free_ids], places)) is not None:
            return home
        ok = _without_venue(art, _lead_destination(art, lead, _without_guest_countries(
            art, lead, _without_envoys(text, [m for m in same_sentence if id(m) in free_ids]))))
        rest = [m for m in body if lead is not None and m.astart >= lead.end]
        if not ok and (home := _lead_speaker_home(art, lead, places)) is not None:
            return home  # (市委宣传部…宁德市广播电视台台长林妃…深入我县融媒体中心开展调研: 我县 is 寿宁县)
        if ok and (dated := _venue_lead_dateline(art, ok, places)) is not None:
            return dated  # (本报白银讯…表彰大会在北京举行…白银市再度荣膺…: the paper's city, not the venue)
        return listed_county(_most_specific(doc, art, ok, rest), same_sentence) if ok else fallback(same_sentence)
    hosts = [m for m in free if _place_key(m) not in visitors] or free  # (a guest's city named as often: the host's story)
    national_lead = _national_lead(art, section, mine)
    hosts = _without_event_venues(art, hosts, by_start, by_end, national_lead)
    counts = Counter(_place_key(m) for m in hosts
                     if m.attrs.get("level") in ("city", "county", "new-area"))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    tied = len(ranked) > 1 and ranked[0][1] == ranked[1][1]  # (no county stands out: a national list of them)
    nationwide = None if national_lead else _nationwide_lead(art, section, mine)
    if tied and not national_lead and (city := _tied_counties_city(ranked, hosts, fallback, text)) is not None:
        return city
    if ranked and not (tied and (national_lead or nationwide is not None)):
        return _ref(next(m for m in free if _place_key(m) == ranked[0][0]))
    if national_lead:
        return _ref(national) if (national := _china(places)) is not None else None
    if nationwide is not None:  # (全国各省、市、县同时启动…, then 赴…（山西省和陕西省）: the country's story)
        return nationwide
    if free:
        return _townships_county(places) or _ref(free[0])
    return fallback(places)


_IDEA_AFTER = tuple(sorted(L.word_lists("relation_cues").get("attributive_after", ()), key=len, reverse=True)) or ("\0",)


_FOUNDED, _ANNIVERSARY = L.word_lists("relation_cues")["founding_anniversary"][:2]
_FOUNDING_ANNIVERSARY = re.compile(f"{_FOUNDED}[{DIGIT}{CHINESE_NUMERALS}]{{1,4}}{_ANNIVERSARY}")


def _without_idea_countries(art: Article, places: list[Mention]) -> list[Mention]:
    """全县上下以习近平新时代中国特色社会主义思想为指引 (a county's bulletin), 中国式现代化: a country
    named only to qualify an idea (a word of attributive_after right after it), or inside a national
    festival's name (网络中国节), is no place the story is about, when the article names any other
    place; `places` without those mentions.  A country named only in its founding anniversary
    (以优异成绩迎接新中国成立70周年, in a city committee's meeting) is none even when nothing else is
    named: the meeting is some place's the text leaves unnamed, not the country's; nor is an idea's
    country in a text speaking as its own place (我县, 全市) that names no other."""
    text = art.text
    places = [m for m in places if not (m.attrs.get("level") == "country"
                                        and _FOUNDING_ANNIVERSARY.match(text, m.aend))]
    kept = [m for m in places if not (m.attrs.get("level") == "country" and (
        text.startswith(_IDEA_AFTER, m.aend) or _in_festival_name(text, m) or _opens_title(text, m)))]
    # (我县信访工作坚持以…中国特色社会主义思想为指引: a text speaking as its own place names that place, unnamed)
    return kept if kept or _ANAPHOR_RE.search(text) or _speaks_as_own_organ(text) else places


def _without_national_preamble(art: Article, places: list[Mention]) -> list[Mention]:
    """jianghua108: 同志们：我国人民的传统节日——春节，即将到来 … 关心利通区改革发展 … 全区各族人民: a speech or a
    report that speaks as its own place (全区, 我县: an anaphor of the level of a division it names) may open on
    the country (我国); the anaphor 我国 is the setting, no place the text is about.  `places` without the
    mentions of China written 我国 (China named 中国 stays), when the text names a division of the level one
    of its anaphora speaks as; else `places` as they are.  One pass over the text per article."""
    if not any(m.attrs.get("anaphor") and m.attrs.get("code") == CHINA_CODE for m in places):
        return places
    levels = {ANAPHORA.get(a.group(0)) for a in _ANAPHOR_RE.finditer(art.text)}
    if not any(m.attrs.get("level") in levels for m in places if m.attrs.get("code") != CHINA_CODE):
        return places
    return [m for m in places if not (m.attrs.get("anaphor") and m.attrs.get("code") == CHINA_CODE)]


_OWN_ORGAN_RE = re.compile("(?:^|(?<=[，,。；;：:\n]))(?:" + alt(L.RELATIVE_SCOPES) + ")(?:"
                           + alt(L.word_lists("relation_cues").get("own_organs", ())) + ")")


def _speaks_as_own_organ(text: str) -> bool:
    """2022年,市人大常委会坚持以习近平新时代中国特色社会主义思想为指导 (a city paper's story): a clause
    opened by a local organ written by its scope alone (市人大常委会, 县政府, 区委: relation_cues own_organs)
    speaks as its own place, unnamed, as 我市 does; the idea's country is no scene of it."""
    return _OWN_ORGAN_RE.search(text) is not None or any(
        DEPARTMENT.match(text, m.end()) for m in _OWN_SCOPE_RE.finditer(text))


# jiguan106: a clause opened by a scope alone (，县发改委联合县市场监管局…, 市机关事务服务中心…): a department of
# that level written without its place (agencies.DEPARTMENT right after the scope) speaks as the place too
_OWN_SCOPE_RE = re.compile("(?:^|(?<=[，,。；;：:\n]))(?:" + alt(L.RELATIVE_SCOPES) + ")")


# national festivals held everywhere (national_events.tsv rows without a host) whose names hold a country's
# name: (name, where the country's name starts in it)
_FESTIVALS = tuple((n, n.find("中国")) for r in L.load_table("national_events.tsv") if not r["host"]
                   for n in [r["name"], *filter(None, r["aliases"].split("|"))] if "中国" in n)


def _in_festival_name(text: str, m: Mention) -> bool:
    """Is the country named only inside a national festival's name (【网络中国节·中秋】…, 中国农民丰收节):
    a festival held everywhere, not the scene of the township's story that celebrates it."""
    return any(m.astart >= k and text.startswith(name, m.astart - k) for name, k in _FESTIVALS)


def _without_cited_owners(art: Article, places: list[Mention]) -> list[Mention]:
    """按照《中华人民共和国人民防空法》《甘肃省实施〈…〉办法》规定，定于…进行…试鸣…漳县城区内 (a county's
    notice): a division opening a book title is the owner in a law's or a plan's name (`_opens_title`);
    where the text names a place inside it elsewhere, that place is the scene, not the title's owner
    (zhengbing105).  `places` without such owners; a text naming nothing inside them keeps them."""
    text = art.text
    owners = [m for m in places if m.attrs.get("code") and _opens_title(text, m)]
    if not owners:
        return places
    T = table()
    inside = {a.code for o in places if not _opens_title(text, o) and (c := _lookup_code(o)) and T.get(c)
              for a in T.ancestors(c)}  # (every division holding a place named outside a title: once per place)
    drop = {id(m) for m in owners if m.attrs["code"] in inside}
    return [m for m in places if id(m) not in drop] if drop else places


def _opens_title(text: str, m: Mention) -> bool:
    """本报告根据《中华人民共和国政府信息公开条例》规定编制 (a county office's annual report): a country
    opening a book title is the owner in a law's or a plan's name, not the scene of the text citing it."""
    return m.astart > 0 and text[m.astart - 1] in "《〈"  # (〈 a title inside a title: 《甘肃省实施〈中华人民共和国…法〉办法》)


_AID_HELPER_AFTER = tuple(sorted(L.word_lists("relation_cues").get("aid_helper_after", ()), key=len, reverse=True)) or ("\0",)


def _aided_place(text: str, m: Mention) -> bool:
    """喀什地区援疆资金助力文化事业发展: a place of the aided region before its aid word (援疆 is aid to
    新疆, 援藏 to 西藏, 援青 to 青海: the word's last character is in the province's name, or is its short
    form: 援滇 to 云南) receives
    the aid; it is the story's place, no helper."""
    word = next((w for w in _AID_HELPER_AFTER if text.startswith(w, m.aend)), "")
    code = str(_lookup_code(m) or "")
    province = table().get(code[:2] + "0000") if word and code[:2].isdigit() else None
    return province is not None and (word[-1] in province.name or province.name in _short_for(word[-1]))


def _short_for(ch: str) -> frozenset[str]:
    """The provinces a one-character short form stands for (滇: 云南省, 黔: 贵州省; place_abbreviations.tsv):
    援滇 is aid to 云南 though 滇 is no character of its name."""
    from .abbreviations import readings
    return frozenset(r.name for r in readings().get(ch, ()) if r.kind == "province")


def _without_aid_helpers(art: Article, places: list[Mention]) -> list[Mention]:
    """117名天津援疆干部爱洒天山, 广东援疆工作队: a place named right before an aid word
    (aid_helper_after) is the helper of a paired-aid story, told where the aid goes (和田地区,
    于田县); when the article names any other place, none of the helper's mentions chooses the
    article's place.  `places` without them."""
    text = art.text
    helpers = {_place_key(m) for m in places if text.startswith(_AID_HELPER_AFTER, m.aend) and not _aided_place(text, m)}
    if not helpers:
        return places
    kept = [m for m in places if _place_key(m) not in helpers]
    return kept or places


_TIE_AFTER = tuple(sorted((r["word"] for r in L.load_table("place_abbreviation_cues") if r["rule"] == "tie-after"),
                          key=len, reverse=True)) or ("\0",)


def _without_tie_runs(art: Article, places: list[Mention]) -> list[Mention]:
    """闽宁携手打造东西部协作新典范, 苏陕协作向全方位战略合作升级, 沪滇协作工作集训…: a run of province
    short forms right before a word of a tie between them (tie-after: 协作, 携手, 对口) names the two
    parties of paired cooperation, giver and receiver alike; neither is the place the story is
    about, which the lead names (永宁县, 全省).  When the article names any other place, `places`
    without the run's mentions."""
    text = art.text
    run = [m for m in places if m.rule == _RUN_RULE and m.attrs.get("level") == "province"]
    ends = {m.astart: m for m in run}
    tied: set[int] = set()
    for m in run:
        if any(o.aend == m.astart for o in run):
            continue  # not the run's first character
        chain, k = [m], m.aend
        while k in ends:
            chain.append(ends[k])
            k = ends[k].aend
        if len(chain) >= 2 and text.startswith(_TIE_AFTER, k):
            tied.update(id(o) for o in chain)
    kept = [m for m in places if id(m) not in tied]
    return kept if tied and kept else places


_COUNTRY_LIST_MIN = 3  # countries written together by one character each (美日韩, 美英澳) that make a list


def _without_country_lists(places: list[Mention]) -> list[Mention]:
    """外交部回应美日韩涉华消极表态, 美日韩借三边防长会…: three or more countries written together by one
    character each are the parties a statement answers, listed, not the place the story is about (a
    pair, 中美关系, is left to the usual choice).  When the article names any other place, `places`
    without the list's mentions."""
    run = {m.astart: m for m in places if m.rule == _RUN_RULE and m.attrs.get("level") == "country"}
    listed: set[int] = set()
    ends = {o.aend for o in run.values()}  # (a set: asking every mention of the run per mention was quadratic)
    for m in run.values():
        if m.astart in ends:
            continue  # not the list's first character
        chain, k = [m], m.aend
        while k in run:
            chain.append(run[k])
            k = run[k].aend
        if len(chain) >= _COUNTRY_LIST_MIN:
            listed.update(id(o) for o in chain)
    kept = [m for m in places if id(m) not in listed]
    return kept if listed and kept else places


_SETTING_OUT = frozenset(L.word_lists("relation_cues").get("setting_out_verbs", ()))


def _without_trip_goals(art: Article, places: list[Mention]) -> list[Mention]:
    """群众进京走访4人次, 进京上访量减少30%: a province written by one character right after a verb of
    setting out for it (setting_out_verbs: 进京, 赴沪, 晋京) is where the story's people travel from
    home, so it never chooses the article's place, even when no other place is named (a county's
    petition figures are not Beijing's).  Countries are left alone (赴华访问: a visit to China)."""
    text = art.text
    return [m for m in places if not (m.rule == _VERB_RULE and m.attrs.get("level") == "province"
                                      and m.astart > 0 and text[m.astart - 1] in _SETTING_OUT)]


_SPEECH_LEADERS = tuple(L.word_lists("relation_cues").get("speech_leaders", ())) or ("\0",)
_SPEECH_WORDS = tuple(L.word_lists("relation_cues").get("speech_words", ())) or ("\0",)
_STUDY_VERBS = tuple(L.word_lists("relation_cues").get("higher_policy_verbs", ())) or ("\0",)
_SPEECH_REACH = 12  # characters between the leader and the place (总书记在, 习近平总书记视察, 总书记近日在)


def _speech_place(art: Article, m: Mention) -> bool:
    """传达学习习近平总书记在湖南考察…时的重要讲话精神 (an Ordos city government's meeting): is the place
    named between a leader (speech_leaders, at most _SPEECH_REACH characters before it) and a speech
    word after it (speech_words), in a sentence studying that speech (a verb of higher_policy_verbs
    before the leader)?  Then it is where the speech was given, not the meeting's place."""
    sent = art.sentence_at(m.astart)
    if sent is None:
        return False
    text = art.text
    near = text[max(sent.start, m.astart - _SPEECH_REACH):m.astart]
    at = max(near.rfind(w) for w in _SPEECH_LEADERS)
    if at < 0:
        return False
    lead = text[sent.start:m.astart - len(near) + at]
    return any(v in lead for v in _STUDY_VERBS) and any(w in text[m.aend:sent.end] for w in _SPEECH_WORDS)


# 新华社哈尔滨5月25日电 题:…, 电（记者 王某）题：…: a wire feature's title after its dateline (and its reporters)
_FEATURE_TITLE_RE = re.compile(r"\s*(?:[(（][^()（）]{1,30}[)）])?\s*题[:：]")


def _without_title_dateline(art: Article, places: list[Mention]) -> list[Mention]:
    """新华社哈尔滨5月25日电 题:…——伊春全面停伐十年记: a wire's feature opens its title line with the
    dateline; the city there is where the story was filed (as a dateline's own line is:
    `_candidate`), no place of the title.  `places` without mentions inside such a dateline (only
    before 题: a title line after a bare dateline keeps it for the fallback), when
    any other is named."""
    spans = []
    for sec in art.sections:
        title = art.text[sec.start:sec.end]
        if sec.kind == "title" and (m := _agency_dateline_re().match(title)) is not None \
                and _FEATURE_TITLE_RE.match(title, m.end()):  # (电 题:…, 电（记者…）题:…: the feature's title)
            spans.append((sec.start, sec.start + m.end()))
    if not spans:
        return places
    kept = [m for m in places if not any(a <= m.astart < b for a, b in spans)]
    return kept or places


def _without_lesson_places(art: Article, places: list[Mention]) -> list[Mention]:
    """`places` without those of an accident whose lessons are drawn (`in_lesson_clause`), when any other
    is named or the text speaks as its own place (我县, 全市): a notice naming only that place still
    keeps it."""
    kept = [m for m in places if not in_lesson_clause(art.text, m.astart, m.aend)]
    return kept if kept or _ANAPHOR_RE.search(art.text) or _speaks_as_own_organ(art.text) else places


def _without_rank_peers(art: Article, places: list[Mention]) -> list[Mention]:
    """`places` without those a ranking places the subject against (`after_rank_peer`: 仅次于深圳),
    when any other is named or the text speaks as its own place (我市, 全市): a text naming only
    that place keeps it."""
    kept = [m for m in places if not after_rank_peer(art.text, m.astart, e=m.aend)]
    if len(kept) == len(places):
        return places
    return kept if kept or _ANAPHOR_RE.search(art.text) or _speaks_as_own_organ(art.text) else places


def _without_excluded_places(art: Article, places: list[Mention]) -> list[Mention]:
    """`places` without those a 除…外 frame leaves out (`in_exclusion_frame`: 除陇南市外，天水、庆阳…参保率达到
    80%, yibao114), when any other is named or the text speaks as its own place (全省, 我县): the part left
    out is not the story's place; a text naming only that place keeps it."""
    kept = [m for m in places if not in_exclusion_frame(art.text, m.astart)]
    if len(kept) == len(places):
        return places
    return kept if kept or _ANAPHOR_RE.search(art.text) or _speaks_as_own_organ(art.text) else places


def _without_speech_places(art: Article, places: list[Mention]) -> list[Mention]:
    """`places` without those where a studied speech was given (`_speech_place`), when any other is
    named; else as they are (a text naming only that province may well be its own)."""
    kept = [m for m in places if not _speech_place(art, m)]
    return kept or places


# 学习省委十届九次全体会议、安庆市委十一届十次全体会议精神 (quanhui111): the committee of a place, its session (a
# term, a number, a short reach, no clause mark) and the session's 精神 that a sentence studies
_STUDIED_SESSION_RE = re.compile(r"[市县区州省盟旗]?委(?:[一二三四五六七八九十百零〇0-9]{1,3}届)?[^，,。；;：:！？\n]{0,10}?"
                                 r"(?:全会|全体会议|全委会|全体（扩大）会议|全体\(扩大\)会议)(?:和[^，,。；;：:！？\n]{0,12}?)?精神")


def _studied_session_place(art: Article, m: Mention) -> bool:
    """深入学习…省委十届九次全体会议、安庆市委十一届十次全体会议精神 (a Tongcheng plenary): is the place
    named right before its committee's session whose 精神 the sentence studies (a verb of
    higher_policy_verbs before the place, in its sentence)?  Then it is the higher committee's place,
    not the meeting's."""
    if m.astart < 0 or not _STUDIED_SESSION_RE.match(art.text, m.aend):
        return False
    sent = art.sentence_at(m.astart)
    if sent is None:
        return False
    return any(v in art.text[sent.start:m.astart] for v in _STUDY_VERBS)


def _without_studied_sessions(art: Article, places: list[Mention]) -> list[Mention]:
    """`places` without those named only before their committee's studied session
    (`_studied_session_place`), when any other is named; a place named elsewhere too stays (鞍山市政府
    党组会议传达学习鞍山市委…全会精神: its own committee's), and so does a text naming no other."""
    studied = {_place_key(m) for m in places if _studied_session_place(art, m)}
    if not studied:
        return places
    studied -= {_place_key(m) for m in places if not _studied_session_place(art, m)}
    kept = [m for m in places if _place_key(m) not in studied]
    return kept or places


_BORDER_RUN_WORDS = tuple(L.word_lists("relation_cues").get("border_run_words", ())) or ("\0",)


def _without_border_runs(art: Article, places: list[Mention]) -> list[Mention]:
    """這個位于中俄邊境、三面環水的小縣城 (綏濱縣): countries read from a run of their characters right
    before a border word (中|俄|边境) bound the county the story is about; they are no place it is
    about, when it names any other.  `places` without them."""
    runs = {m.astart: m.aend for m in places if m.rule == _RUN_RULE and m.attrs.get("level") == "country"}
    if not runs:
        return places
    text = art.text

    def border(m: Mention) -> bool:
        k, steps = m.aend, 0
        while k in runs and steps < 4:  # (the run's later countries: 中|俄|边境)
            k, steps = runs[k], steps + 1
        return text.startswith(_BORDER_RUN_WORDS, k)
    kept = [m for m in places if not (m.astart in runs and border(m))]
    return kept or places


_CONTACT_ADDRESS_REACH = 40  # characters of an address after its label, at most (bounded: one field)


@lru_cache(maxsize=1)
def _contact_address_re() -> re.Pattern:
    """A contact address's label and its colon (通信地址：, 联系地址：: page_chrome `contact_address_labels`;
    the bare 地址 only where no Han character runs into it, as a field's own label), then the address
    up to the line's or clause's end (at most _CONTACT_ADDRESS_REACH characters: the layout may have
    joined the contact lines)."""
    words = [r["word"] for r in L.load_table("page_chrome") if r["list"] == "contact_address_labels"]
    longer = sorted((w for w in words if len(w) > 2), key=len, reverse=True)
    bare = [w for w in words if len(w) <= 2]
    labels = [re.escape(w) for w in longer] + [rf"(?<![{HAN}]){re.escape(w)}" for w in bare]
    return re.compile(rf"(?:{'|'.join(labels)})[ \t\u3000]*[:：][^\n，,。；;]{{0,{_CONTACT_ADDRESS_REACH}}}")


def _without_contact_addresses(art: Article, places: list[Mention]) -> list[Mention]:
    """通信地址：北京市东城区和平里东街3号 under a national 公示 (kangyi, biaozhang102 08): the places of a
    contact address field are where letters are sent, not what the text is about; `places` without
    the mentions inside such fields, when any other place is left (a county's notice naming no other
    place than its own address keeps it).  The fields are found once per article (one pass of a bounded pattern)."""
    text = art.text
    spans = [m.span() for m in _contact_address_re().finditer(text)]
    if not spans:
        return places
    starts = [a for a, _ in spans]

    def inside(m: Mention) -> bool:
        k = bisect.bisect_right(starts, m.astart) - 1
        return k >= 0 and m.aend <= spans[k][1]
    kept = [m for m in places if not inside(m)]
    return kept or places


def _anaphor_trip_home(art: Article, places: list[Mention]):
    """我市政企代表团赴平昌县开展交流活动 (then …立足平昌所需、永康所能): a title whose 我市/我县 names
    a delegation going out is the travellers' division (`_own_trip_home`), not the division holding
    most places — those of the place gone to.  None when the title is no such trip."""
    title = next((s for s in art.sections if s.kind == "title"), None)
    if title is None:
        return None
    return _own_trip_home(art, title, [m for m in places if title.start <= m.astart < title.end], places)


_OWN_TRIP_VERBS = tuple(L.word_lists("relation_cues").get("own_trip_verbs", ())) or ("\0",)
_OWN_TRAVELLER_RE = re.compile(f"副?({alt(L.word_lists('relation_cues').get('own_traveller_levels', ()))})"
                               f"(?:{alt(L.word_lists('relation_cues').get('own_traveller_heads', ()))})")
# 李德琦率我县党政代表团赴…, 我市政企代表团赴…: the text's own delegation named with 我 anywhere in the clause
_OWN_DELEGATION_RE = re.compile(f"我({alt(L.word_lists('relation_cues').get('own_traveller_levels', ()))})"
                                f"[{HAN}]{{0,4}}?(?:{alt(L.word_lists('relation_cues').get('named_delegation_heads', ()))})")
# (县委书记 → the own county, 市委书记 → the own city or county-level city; a level character in no list names none)
_OWN_LEVELS = {c: tuple(level for level in ("city", "county")
                        if c in L.word_lists("relation_cues").get(f"own_traveller_{level}_levels", ()))
               for c in L.word_lists("relation_cues").get("own_traveller_levels", ())}
# (代表德江县人民, 德江县委, 宿松县党政代表团: a division named as the traveller's own — 学习浙江安吉县经验 is not)
_OWN_NAMED_BEFORE = tuple(L.word_lists("relation_cues").get("own_division_before", ())) or ("\0",)
_OWN_NAMED_AFTER = tuple(L.word_lists("relation_cues").get("own_traveller_heads", ())) or ("\0",)


def _trip_destination(text: str, span, ok: list[Mention]) -> int | None:
    """Where the first chain of places gone to in `span` starts (赴|广东省中山市, 到|北京市通州区: a place
    right after a verb of going, its province or city written before it), else None."""
    dest = min((m for m in ok if span.start <= m.astart < span.end
                and text.endswith(_OWN_TRIP_VERBS, span.start, _chain_start(ok, m))), key=lambda m: m.astart, default=None)
    return None if dest is None else _chain_start(ok, dest)


def _own_trip_home(art: Article, span, ok: list[Mention], places: list[Mention]):
    """县委书记商友江带队赴广东省中山市开展招商考察 (then 代表德江县56万人民…), 县党政代表团赴黄梅县…
    (then 代表宿松县党政代表团): a clause opening with a bare official or delegation of a level (县委书记,
    县党政考察团: the text's own, its relative names), or holding one named with 我 (李德琦率我县党政
    代表团赴…, 我市政企代表团赴…), going (赴, 前往, 到) to a place is the own division's
    trip, not the story of the place gone to: the division of that level the article names most
    outside the places gone to (neither holding nor inside them).  None (the usual choice) when no
    such clause opens `span` or the own division is named nowhere."""
    if span is None or not ok:
        return None
    text = art.text
    at = _trip_destination(text, span, ok)
    if at is None:
        return None
    lo = max([span.start] + [text.rfind(c, span.start, at) + 1 for c in _CLAUSE_BREAKS])
    own = _OWN_TRAVELLER_RE.match(text, lo) or _OWN_DELEGATION_RE.search(text, lo, at)
    if own is None or own.end() > at:
        return None
    T = table()
    levels = _OWN_LEVELS.get(own.group(1), ())
    chain = {str(_lookup_code(m)) for m in ok if _chain_start(ok, m) == at and _lookup_code(m)}
    named = {m.attrs["code"] for m in places if str(m.attrs.get("code") or "")[:1].isdigit()
             and not m.attrs.get("anaphor") and m.attrs.get("level") in levels}
    # (县委书记到西峡县丁河镇调研, 市委书记到于都县调研 with 赣州市 named: the trip lies inside a division the
    # article names — a township of a county, or a county of a city named outside the chain gone to)
    # (…赴四川省巴中市平昌县: a division written as the head of the chain gone to is part of it)
    chain_starts = {m.astart for m in places if str(_lookup_code(m)) in chain}
    heads = {m.attrs["code"] for m in places if m.aend in chain_starts and m.attrs.get("code") in named}
    if any(c != g and T.is_within(g, c) and (c not in chain or len(g) > 6) and c not in heads
           for g in chain for c in named):
        return None
    gone = set(chain)
    # (the trip's other stops lie in the province gone to: 江门市 of 先后前往江门市…, never the own division)
    gone |= {p for g in gone if (p := _place_at_level(g, "province", strict=True))}
    dated = {c for c in (_dateline_place(art), _agency_dateline_place(art)) if c}
    voiced = own.re is _OWN_DELEGATION_RE  # (我县党政代表团: the text speaks as the traveller, whose name is any it writes)
    voiced = voiced or _speaks_as_traveller(art, at, own.group(1), ok)
    counts = Counter(m.attrs["code"] for m in places if m.attrs.get("code") in named
                     and (voiced or m.attrs["code"] in dated or text.endswith(_OWN_NAMED_BEFORE, 0, m.astart)
                          or text.startswith(_OWN_NAMED_AFTER, m.aend))
                     and not any(m.attrs["code"] == g or T.is_within(g, m.attrs["code"]) or T.is_within(m.attrs["code"], g)
                                 for g in gone))
    if not counts:
        return None
    first = {}
    for m in places:
        first.setdefault(m.attrs.get("code"), m.astart)
    code = min(counts, key=lambda c: (-counts[c], first.get(c, 0)))
    return _division_ref(code)


def _speaks_as_traveller(art: Article, at: int, level: str, ok: list[Mention]) -> bool:
    """县委书记…率县党政考察团到北京市通州区考察 (then 介绍了我县经济社会发展): a bare traveller of a level
    whose text then says 我 and that level (我县) within a bounded reach after the trip, while the
    place gone to is named with another level's word (通州区, not a 县), speaks as the traveller —
    我县 cannot be the district gone to, so the own division is any county the text names."""
    gone = [m for m in ok if m.astart >= at]
    if not gone or any((m.norm or m.surface).endswith(level) for m in gone):
        return False
    return art.text.find("我" + level, at, at + _SENDER_VOICE_REACH) >= 0


_DELEGATION_HEADS = tuple(L.word_lists("relation_cues").get("named_delegation_heads", ())) or ("\0",)
_SENDER_VOICE_REACH = 300  # characters of the body read for the sender's own voice (a bounded look)
_HOST_VOICE_RE = re.compile(f"(?:{alt(L.word_lists('relation_cues').get('visit_to_home', ()))})我[省市县区旗州盟]")


def _delegation_home(art: Article, title, ok: list[Mention], places: list[Mention]):
    """象山县党政代表团赴延边考察交流 (then 县委书记带队): a title naming a division's delegation going
    (赴, 前往) to another place is the sender's story when the text speaks as the sender — a bare
    official of the sender's level that the place gone to cannot have (县委书记 for a county visiting
    a 州), or the sender's official leading it out (`_led_by_sender`) — and never as the host (来我市).  The sender's mention, else None (the place gone to stays)."""
    if title is None or not ok:
        return None
    text = art.text
    at = _trip_destination(text, title, ok)
    if at is None:
        return None
    senders = [m for m in ok if title.start <= m.astart and m.aend <= at and m.attrs.get("level") in _SPECIFICITY]
    if not senders:
        return None
    sender = max(senders, key=lambda m: m.aend)
    if not any(w in text[sender.aend:at] for w in _DELEGATION_HEADS):
        return None
    gone = [m for m in ok if _chain_start(ok, m) == at]
    lo = title.end
    hi = min(len(text), lo + _SENDER_VOICE_REACH)
    if _HOST_VOICE_RE.search(text, lo, hi):
        return None
    if _sender_voice(art, lo, hi, sender, gone, places) or _led_by_sender(art, lo, hi, sender, places):
        return _ref(sender)
    return None


_SENDER_LEADS = tuple(L.word_lists("relation_cues").get("sender_leader_verbs", ())) or ("\0",)
_SENDER_GOES = tuple(L.word_lists("relation_cues").get("sender_going_verbs", ())) or ("\0",)
_LEAD_CLAUSE_BREAKS = _CLAUSE_BREAKS + ("。", "\n")


def _led_by_sender(art: Article, lo: int, hi: int, sender: Mention, places: list[Mention]) -> bool:
    """宁波象山县委副书记、县长黄焕利率象山代表团赴吉林省延边州龙井市…, 长汀县委书记赖进益率党政代表团一行
    赴晋江…: a lead clause in which the sender's named official leads (率, 带领) the delegation and it
    goes out (赴, 前往: a host writes 来, 到) to another place tells the trip as the sender does."""
    key = _place_key(sender)
    by_start = {m.astart: m for m in places if lo <= m.astart < hi}
    own = sorted((m for m in places if lo <= m.astart < hi and _place_key(m) == key), key=lambda m: m.astart)
    text = art.text
    for m in own[:3]:  # (the sender's first mentions: a bounded look)
        clause_end = min([hi] + [i for i in (text.find(c, m.aend, hi) for c in _LEAD_CLAUSE_BREAKS) if i >= 0])
        lead_at = min((i for i in (text.find(v, m.aend, clause_end) for v in _SENDER_LEADS) if i >= 0), default=-1)
        if lead_at < 0:
            continue
        for v in _SENDER_GOES:
            go = text.find(v, lead_at, clause_end)
            dest = by_start.get(go + len(v)) if go >= 0 else None
            if dest is not None and _place_key(dest) != key:
                return True
    return False


def _sender_voice(art: Article, lo: int, hi: int, sender: Mention, gone: list[Mention],
                  places: list[Mention]) -> bool:
    """Does text[lo:hi] hold a bare official opening a clause (，县委书记带队: no place written right before) whose level
    and name's last character fit the sender and none of the places gone to (县 for 象山县 visiting
    延边州, 市 for 宁波市 visiting 黔西南州)?"""
    named = set()  # positions a place's name covers or ends at (象山县委书记 is no bare 县委书记)
    for m in places:
        if m.aend >= lo and m.astart < hi:
            named.update(range(max(m.astart, lo), min(m.aend, hi) + 1))
    T = table()

    def fits(m: Mention, c: str) -> bool:  # (市长 fits a 市, never a 州 of the same level)
        d = T.get(str(_lookup_code(m) or ""))
        return m.attrs.get("level") in _OWN_LEVELS.get(c, ()) and d is not None and d.name.endswith(c)
    for own in _OWN_TRAVELLER_RE.finditer(art.text, lo, hi):
        c = own.group(1)
        if own.start() in named or own.start(1) in named or c not in _OWN_LEVELS:
            continue
        if own.start() > lo and not art.text.endswith(_LEAD_CLAUSE_BREAKS, 0, own.start()):
            continue  # (象山县委副书记、县长: a named official's second post, no voice of the text)
        if fits(sender, c) and not any(fits(g, c) for g in gone):
            return True
    return False


_MEETING_LEAD_SENTENCES = 2  # the lead and the sentence after it (在京会见 is said at once)
_MEETING_PLACE_BEFORE = tuple(L.word_lists("relation_cues").get("meeting_place_before", ())) or ("\0",)


@lru_cache(maxsize=1)
def _agency_dateline_re() -> re.Pattern:
    """新华社北京2月27日电: the agency (its last character as the dateline patterns share it,
    sar_issuer_marks' dateline_agency_end: 社, 网, 台), the place, the day and 电."""
    return re.compile(rf"^[{HAN}]{{1,6}}(?:{_sar_marks('dateline_agency_end')[1].pattern})"
                      rf"([{HAN}]{{2,4}}?)\d{{1,2}}月\d{{1,2}}日[电電]")


def _meeting_place(art: Article, title, got, titled: list[Mention], body: list[Mention],
                   places: list[Mention], mine: list[Mention] | None):
    """中日友协会长会见日本首相特使 (then …在京会见了来华访问的特使), 李鹏会见日本客人 (新华社北京…电):
    a foreign country a title names after a verb of meeting guests is the guests', not where the
    story happens; the meeting's place is: a division of China written right after 在 in the lead
    or the sentence after it (在京, 在广州会见), else the city of a news agency's dateline
    (新华社北京2月27日电), else China when the lead tells of a visit to China (来华访问).  None
    (the choice stands) when the chosen country is no such guest or no meeting place is written."""
    if title is None or got is None or got[2] != "country" or not _foreign(got[1]) or not _MEET_GUESTS_RE.pattern:
        return None
    meet = _MEET_GUESTS_RE.search(art.text, title.start, title.end)
    if meet is None or not any(m.attrs.get("code") == got[1] and m.astart >= meet.end() for m in titled):
        return None
    lead = art.sentence_at(body[0].astart) if body else None
    if lead is None:
        return _division_ref(_agency_dateline_place(art))
    starts = [s.start for s in art.sentences]
    k = bisect.bisect_left(starts, lead.start) + _MEETING_LEAD_SENTENCES - 1
    end = max(lead.end, art.sentences[min(k, len(starts) - 1)].end)
    # (a short form, 在京, is marked as an anaphor and left out of `places`: read all the article's mentions)
    at = min((m for m in (mine if mine is not None else places) if m.label == "Place" and lead.start <= m.astart < end
              and art.text.endswith(_MEETING_PLACE_BEFORE, 0, m.astart) and str(m.attrs.get("code") or "")[:1].isdigit()),
             key=lambda m: m.astart, default=None)
    if at is not None:
        return _division_ref(at.attrs["code"])
    if (dated := _agency_dateline_place(art)) is not None:
        return _division_ref(dated)
    china = _china(places)
    if china is not None and any(art.text.find(w, lead.start, end) >= 0 for w in _VISIT_TO_CHINA):
        return _ref(china)
    return None


def _abroad(m: Mention) -> bool:
    """A country other than China, or a city or state abroad."""
    return _foreign(m.attrs.get("code")) or m.attrs.get("country") not in (None, CHINA_ISO)


def _foreign_guests(art: Article, places: list[Mention]) -> set[str]:
    """县委副书记吴秀丽会见美国客人, 市委副书记、市长宋军继在市会议接待中心会见韩国宜宁郡郡守吴永浩一行:
    the countries and places abroad a title or the lead sentence names after a verb of meeting guests
    (relation_cues meet_guests), with nothing abroad before the verb there (驻釜山总领事赴安东市会见…: a
    meeting abroad), are the guests'; the story is the host's, named elsewhere (聊城市, 我县石涧镇).
    Their keys, when the article names a division of China besides or speaks as one (我县: the host's
    place then unnamed, no guest's); else none (China alone: `_meeting_place` reads 在京, 来华访问)."""
    if not _MEET_GUESTS_RE.pattern or not any(_abroad(m) for m in places):
        return set()
    spans = [(s.start, s.end) for s in art.sections if s.kind == "title"][:1]
    first = min((m.astart for m in places if m.astart >= 0 and not any(a <= m.astart < b for a, b in spans)),
                default=None)
    lead = art.sentence_at(first) if first is not None else None
    if lead is not None:
        spans.append((lead.start, lead.end))
    found: set[str] = set()
    for lo, hi in spans:
        meet = _MEET_GUESTS_RE.search(art.text, lo, hi)
        if meet is None or any(_abroad(m) and lo <= m.astart < meet.start() for m in places):
            continue
        found |= {_place_key(m) for m in places if _abroad(m) and meet.end() <= m.astart < hi}
    if not found or not any(_place_key(m) not in found and str(m.attrs.get("code") or "")[:1].isdigit()
                            for m in places) and _LEAD_ANAPHOR_RE.search(art.text) is None:
        return set()
    return found


def _agency_dateline_place(art: Article) -> str | None:
    """新华社北京2月27日电: the division (one reading, down to a county) a news agency's dateline
    names, else None (a city abroad, 新华社华盛顿…电, is none)."""
    m = _agency_dateline_re().match(art.dateline or "")
    if m is None:
        return None
    T = table()
    cands = [d for d in T.candidates(m.group(1)) if d.level in _DATELINE_LEVELS] or \
        [d for d in T.short_candidates(m.group(1)) if d.level in _DATELINE_LEVELS]
    return cands[0].code if len(cands) == 1 else None


def _townships_county(places: list[Mention]) -> tuple[str, str | None, str | None] | None:
    """县委书记…深入到各乡镇 (then 口前镇, 万昌镇, 一拉溪镇 … and no county named): a story whose
    places are townships of one county, two or more of them, is the county's, not its first
    township's (its villages, without a code, go with them).  None where any coded place is no
    township or they lie in several counties."""
    codes = {m.attrs["code"] for m in places if m.attrs.get("code")}
    if len(codes) < 2 or any(table().get(c) is None or table().get(c).level != "township" for c in codes):
        return None
    counties = {c[:6] for c in codes}
    return _division_ref(next(iter(counties))) if len(counties) == 1 else None


_ABROAD_LEVELS = ("world-city", "region")


def _first_abroad(section, mine: list[Mention]) -> Mention | None:
    """The body's first mention of a city or state abroad."""
    return min((m for m in mine if m.label == "Place" and m.astart >= 0 and section(m) == "body"
                and m.attrs.get("level") in _ABROAD_LEVELS
                and m.attrs.get("country") not in (None, CHINA_ISO)), key=lambda m: m.astart, default=None)


_HOST_LEVELS = ("province", "city", "county")


def _first_person_host(art: Article, places: list[Mention], province: str | None):
    """市人大常委会主任会见了由日本新潟市议会议长率领的代表团 … 来我市参加…, 省长与塔斯马尼亚州
    州长通过视频互致问候 … 这是我省建立的第一对国际友城: a story that speaks as a division of
    China (我市, 我省, 我县) anywhere is that division's, however early it names the guests' or the
    partner's city abroad — a paper abroad never writes 我市 of a Chinese city.  The division the
    anaphor names (the province, or the division of that level most named), else None."""
    m = _LEAD_ANAPHOR_RE.search(art.text)
    level = ANAPHORA[m.group(0)] if m is not None else None
    if level not in _HOST_LEVELS:
        return None
    return _division_ref(province if level == "province" else home_division(places, level, own_cities=True))


def _title_abroad(section, mine: list[Mention]) -> Mention | None:
    """塔州举办春节庆祝活动 (then 塔州州长在霍巴特出席…，福建省友好代表团应邀参加): a title naming a
    city or state abroad and no place an article can be about (the callers ask only then) is that
    place's story, not the story of the Chinese division its body names as a guest or partner.
    The title's first place abroad, else None."""
    return min((m for m in mine if m.label == "Place" and m.astart >= 0 and section(m) in ("title", "subtitle")
                and m.attrs.get("level") in _ABROAD_LEVELS
                and m.attrs.get("country") not in (None, CHINA_ISO)), key=lambda m: m.astart, default=None)


def _ref_of_country(m: Mention, places: list[Mention]):
    """The article's mention of the country (or of 台湾) holding the place abroad `m`, else None —
    no place rather than a guest's division."""
    iso = m.attrs["country"]
    country = next((p for p in places if p.attrs.get("iso") == iso), None)
    return _ref(country) if country is not None else None


def _spokesperson_lead(art: Article, section, mine: list[Mention]) -> bool:
    """外交部发言人华春莹宣布：应南非共和国总统邀请，国家主席…将出席在南非约翰内斯堡举行的…:
    a lead opening with a central organ's spokesperson, before any city abroad, is a briefing given
    in China (the country's story), not the foreign country the announcement names."""
    first = _first_abroad(section, mine)
    organ = min((m for m in mine if m.label == "Agency" and m.astart >= 0 and section(m) in _LEAD_SECTIONS
                 and m.attrs.get("national")), key=lambda m: m.astart, default=None)
    if organ is None or first is None or organ.astart >= first.astart:
        return False
    return any(art.text.startswith(w, organ.aend) for w in L.word_lists("relation_cues")["spokesperson_titles"])


_BRIEFING_REACH = 16  # a central organ opens its title or lead sentence: at most a date before it
_ANNOUNCEMENT_REACH = 40  # characters of the lead before its spokesperson (新华社北京11月23日电 外交部发言人)


def _announcement_start(art: Article, places: list[Mention], mine: list[Mention]) -> int | None:
    """习近平将对西班牙、阿根廷…进行国事访问 / 新华社北京11月23日电 外交部发言人陆慷23日宣布:应西班牙…邀请:
    a title naming only the countries a leader will visit, over a paragraph that opens with a central
    organ's spokesperson (spokesperson_titles) a few characters in, no foreign place before it in
    that paragraph, is an announcement made in China — the dateline's or China's story (chosen from
    that paragraph), not the first country visited.  Where that paragraph starts, else None."""
    organ = min((m for m in mine if m.label == "Agency" and m.astart >= 0 and m.attrs.get("national")),
                key=lambda m: m.astart, default=None)
    if organ is None:
        return None
    para = next((s for s in art.sections if s.start <= organ.astart < s.end), None)
    if para is None or organ.astart - para.start > _ANNOUNCEMENT_REACH \
            or not art.text.startswith(tuple(L.word_lists("relation_cues")["spokesperson_titles"]), organ.aend):
        return None
    before = [m for m in places if m.astart < para.start]
    if not before or not all(_foreign(m.attrs.get("code")) for m in before):
        return None
    if any(m.label == "Place" and para.start <= m.astart < organ.astart and _foreign(m.attrs.get("code")) for m in mine):
        return None
    return para.start


def _briefing_china(doc: Doc, art: Article, places: list[Mention],
                    mine: list[Mention] | None) -> Mention | None:
    """外交部发言人就美国对台军售答记者问, 2024年3月5日，外交部发言人汪文斌主持例行记者会。…菲律宾…:
    a title or lead sentence opening with a central organ's spokesperson is a briefing given in
    China — China's story, not the foreign country the title or the questions name (a Chinese
    division that span names in full, 在北京表示, stays the story's: the usual choice; 对台军售's
    one character does not).  The article's
    mention of China, else None (no place chosen here)."""
    china = _china(places)
    if china is None:
        return None
    mine = [m for m in doc.mentions if m.article == art.id] if mine is None else mine
    title = next((s for s in art.sections if s.kind == "title"), None)
    body = next((s for s in art.sections if s.kind == "body"), None)
    lead = art.sentence_at(body.start) if body is not None else None
    titles = L.word_lists("relation_cues")["spokesperson_titles"]
    for span in (title, lead):
        if span is None:
            continue
        organ = min((m for m in mine if m.label == "Agency" and span.start <= m.astart < span.start + _BRIEFING_REACH
                     and m.attrs.get("national")), key=lambda m: m.astart, default=None)
        if organ is None or not any(art.text.startswith(w, organ.aend) for w in titles):
            continue
        if any(m.label == "Place" and span.start <= m.astart < organ.astart for m in mine):
            continue
        if any(str(m.attrs.get("code") or "")[:1].isdigit() and not m.attrs.get("anaphor")
               and span.start <= m.astart < span.end for m in places):
            return None  # 秦刚15日在北京表示, 将在福建厦门主持召开…: the division named is the story's
        return china
    return None


def _lead_abroad(art: Article, section, places: list[Mention], mine: list[Mention]) -> Mention | None:
    """驻珀斯总领馆举办侨胞座谈会 (then 中国国内形势, 中澳关系), 驻釜山总领事赴安东市会见庆尚北道议长:
    a lead naming a city or state abroad, and no division of China up to its end, is about that
    place's country — the country's mention, when the article names it (a city abroad is no place
    an article can be about: its country is)."""
    first = _first_abroad(section, mine)
    if first is None or first.astart >= 80:
        return None
    lead = art.sentence_at(first.astart)
    end = lead.end if lead is not None else first.aend
    if any(m.astart < end and str(m.attrs.get("code") or "")[:1].isdigit() for m in places):
        return None
    iso = first.attrs["country"]
    return next((m for m in places if m.attrs.get("level") == "country" and m.attrs.get("iso") == iso), None)


_LEAD_SECTIONS = ("title", "subtitle", "body")  # (not a caption, a byline or a source line)


def _national_lead(art: Article, section, mine: list[Mention]) -> bool:
    """2月1日，国务院新闻办公室公布了…名录 (then officials' careers in 辽宁, 广东, 贵州): a story whose
    lead opens with a central organ, naming no place of its own there and no city or county after
    (or several, none more often than the others: 国务院办公厅通报…天津市西青区、…楚雄市), is the
    country's (China, where the text names it; else no place), not the first place a later
    sentence names."""
    first = min((m for m in mine if m.label == "Agency" and m.astart >= 0 and section(m) in _LEAD_SECTIONS
                 and not _central_formula(art.text, m)), key=lambda m: m.astart, default=None)
    return first is not None and first.astart < _LEAD_CHARS and bool(first.attrs.get("national"))


_FORMULA_BEFORE = tuple(L.word_lists("relation_cues").get("central_formula_before", ())) or ("\0",)
_FORMULA_AFTER = tuple(L.word_lists("relation_cues").get("central_formula_after", ())) or ("\0",)


# the formula's words after the organ, or after a list of organs it opens (党中央、国务院、自治区党委、政府决策部署)
_FORMULA_AFTER_RE = re.compile(f"(?:、[^、，,。；;：:]{{1,12}}?){{0,4}}(?:{alt(_FORMULA_AFTER)})")


def _central_formula(text: str, m: Mention) -> bool:
    """在以习近平同志为核心的党中央坚强领导下, 认真落实党中央、国务院、自治区党委、政府决策部署: is the organ
    named in the formula of a local report's lead (central_formula_before right before it, or
    central_formula_after right after it or after the list of organs it opens)?  Such a lead opens a
    region's review, no national story."""
    return text.endswith(_FORMULA_BEFORE, 0, m.astart) or _FORMULA_AFTER_RE.match(text, m.aend) is not None


def _nationwide_lead(art: Article, section, mine: list[Mention]) -> tuple[str, str, str] | None:
    """本报北京10月13日电 …13日起至19日，全国各省、市、县同时启动…: a lead sentence that speaks for the
    whole country (a national scope word, 全国 or 我国, near the body's start) and names no place of
    its own; where no city or county stands out later, the story is China's, not that of the first
    province a later sentence names (赴吕梁山…（山西省和陕西省）).  China's reference, or None."""
    body = next((s for s in art.sections if s.kind == "body"), None)
    if body is None:
        return None
    head = art.text[body.start:min(body.end, body.start + _LEAD_CHARS)]
    found = next((f for f in _NATIONWIDE.finditer(head) if not head.endswith(_RANK_VERBS, 0, f.start())), None)
    if found is None:
        return None  # (营收增速居全国省级监管企业第一: the country is where a province ranks, no scope)
    at = body.start + found.start()
    sent = art.sentence_at(at)
    lo, hi = (sent.start, sent.end) if sent is not None else (at, at + len(found.group()))
    if any(lo <= m.astart < hi for m in mine if m.label == "Place" and m.astart >= 0 and section(m) == "body"):
        return None
    return CHINA_KEY, CHINA_CODE, "country"


# verbs of a place in a ranking (居, 位居, 排名: …增速居全国第一): the country after them is the
# ranking's whole, not the scope the lead speaks for
_RANK_VERBS = tuple(L.word_lists("metric_cues")["metrics.rank_verbs"])
# the national scope words of metric_scopes.tsv (全国, 我国)
_NATIONWIDE = re.compile("|".join(re.escape(r["word"]) for r in L.load_table("metric_scopes") if r["scope"] == "national"))


_LEAD_CHARS = 80  # a lead's opening: where `_national_lead` looks for its central organ too


_CITY_LIST_ITEMS = 3  # counties a lead lists for it to be the city's round-up (信都区、襄都区、巨鹿、柏乡等地)


def _county_of_city_list(art: Article, got, group: list[Mention], by_start: dict[int, Mention],
                         by_end: dict[int, Mention]) -> list[Mention]:
    """连日来，邢台信都区、襄都区、巨鹿、柏乡等地，征兵办公室…开展…体检 … 全市上站体检5000余人 (a city paper's
    round-up): a county chosen that the lead names as one item of a 、-list of three counties or more, in a
    text speaking as its city (全市, 本市, 我市), is one of the places the city's story goes through, not
    its place, even where the text names it again (在巨鹿县人武部体检现场); the listed places (their
    nearest common place is chosen), or [] when the choice stands (zhengbing105)."""
    if got is None or got[2] != "county" or not got[1]:
        return []
    listed = [m for m in group if m.attrs.get("code") and _listed_run(art.text, m, by_start, by_end)]
    if sum(1 for m in listed if m.attrs.get("level") == "county") < _CITY_LIST_ITEMS \
            or not any(_lookup_code(m) == got[1] for m in listed):
        return []
    return listed if any(ANAPHORA.get(a.group(0)) == "city" for a in _ANAPHOR_RE.finditer(art.text)) else []


def _county_only_listed(got, group: list[Mention], only_listed: set[str]) -> list[Mention]:
    """A township chosen whose county the text names only as an item of a 、-list (永丰县、吉水县在
    佐龙乡联合开展…) is no story's place: the story is the listed places' (their nearest common
    place is chosen instead).  The listed places of `group`, or [] when the choice stands."""
    if got is None or got[2] != "township" or not got[1]:
        return []
    county = _place_at_level(got[1], "county", strict=True)
    listed = [m for m in group if _place_key(m) in only_listed and m.attrs.get("code")]
    return listed if county and any(_lookup_code(m) == county for m in listed) else []


def _china(places: list[Mention]) -> Mention | None:
    """The article's mention of China, if it names China."""
    return next((m for m in places if m.attrs.get("code") == CHINA_CODE), None)


def _national_title(art: Article, places: list[Mention], section, mine: list[Mention]) -> Mention | None:
    """外交部发言人毛宁主持例行记者会, 国家发展改革委召开新闻发布会: a story whose title names no
    place but a central organ is the country's (China, as the text names it), not the first foreign
    country or scene its lead names.  The mention of China, when the article has one."""
    china = _china(places)
    if china is None or _title_trip(art):
        return None
    return china if any(m.label == "Agency" and m.attrs.get("national") and m.astart >= 0
                        and section(m) == "title" for m in mine) else None


def _national_notice(art: Article, places: list[Mention], section, mine: list[Mention],
                     by_start: dict[int, Mention], by_end: dict[int, Mention]) -> tuple[str, str | None, str | None] | None:
    """农业农村部办公厅关于公布第一批…示范县创建名单的通知 (then 北京市怀柔区等49个县…, 河北省 邱县、任丘市,
    山西省 …), 国家乡村振兴局公布了…名单，涉及内蒙古、广西、重庆…: a central organ's notice — the organ in
    a title that names no place, or opening the lead — whose places are a national list is the
    country's, not that of the list's first province or of its first item (北京市怀柔区 leads the list
    only as the first of its rows).  A national list: the title's own scope is 全国 (…公布全国第二批
    …名单的通知: however few of its rows are kept), or the places span three provinces or more, none
    of its cities or counties stands out (named three times and more than half as often as all),
    and the lead sentence names a division only as an item of a 、-list (not 在北京表示: the usual
    choice).  China's reference (its mention, where the text names it), else None."""
    title = next((s for s in art.sections if s.kind == "title"), None)
    organ_title = title is not None and any(
        m.label == "Agency" and (m.attrs.get("national") or m.attrs.get("national_unit")) and m.astart >= 0
        and section(m) == "title" for m in mine)
    if not (organ_title or _national_lead(art, section, mine) or _all_localities_title(art, title)) or _title_trip(art):
        return None
    china = _china(places)
    ref = _ref(china) if china is not None else (CHINA_KEY, CHINA_CODE, "country")
    if organ_title and _national_scope_in(art.text, title.start, title.end):
        return ref
    codes = [_lookup_code(m) for m in places if str(m.attrs.get("code") or "")[:1].isdigit()]
    if len({c[:2] for c in codes if c}) < _NATIONAL_SPREAD:
        return None
    counts = Counter(_place_key(m) for m in places if m.attrs.get("level") in ("city", "county"))
    top = max(counts.values(), default=0)
    if top >= 3 and 2 * top > sum(counts.values()):
        return None
    body = next((s for s in art.sections if s.kind == "body"), None)
    lead = art.sentence_at(body.start) if body is not None else None
    if lead is not None and any(lead.start <= m.astart < lead.end and str(m.attrs.get("code") or "")[:1].isdigit()
                                and not _listed_run(art.text, m, by_start, by_end)
                                and not _WIRE_DAY_AFTER.match(art.text, m.aend) for m in places):
        return None  # (据新华社北京6月9日电 国务院办公厅…: a wire's dateline in the text names where it was filed)
    return ref


_ALL_LOCALITIES = tuple(L.word_lists("relation_cues").get("all_localities", ())) or ("\0",)


def _all_localities_title(art: Article, title) -> bool:
    """各地集中力量稳步推进重大项目建设 (央视网): a title opening with 各地 speaks of every locality, as a
    central organ's notice does: where the places it names then span three provinces or more, the
    story is the country's (`_national_notice` weighs the spread); a provincial paper's 各地 names its
    own province's places and never spans three."""
    return title is not None and art.text.startswith(_ALL_LOCALITIES, title.start)


_WIRE_DAY_AFTER = re.compile(r"\d{1,2}月\d{1,2}日[电電]")  # 新华社北京|6月9日电


def _national_scope_in(text: str, lo: int, hi: int) -> bool:
    """Does text[lo:hi] write the national scope (全国 as a scope, not 全国人大, 全国第二; but 全国第二批
    …名单 is the country's second batch, no rank)?"""
    i = text.find(_NATIONAL_SCOPE, lo, hi)
    while i >= 0:
        after = i + len(_NATIONAL_SCOPE)
        if not text.startswith(_NATIONAL_NOT_BEFORE, after) or _BATCH_RE.match(text, after):
            return True
        i = text.find(_NATIONAL_SCOPE, i + 1, hi)
    return False


_BATCH_RE = re.compile(rf"第[{CHINESE_NUMERALS}\d]{{1,3}}批")  # 全国第二批: a batch of the country's


_TRIP_REACH = 12  # characters from a verb of going to the visit's purpose in a title (到章凤口岸调研)


def _title_trip(art: Article) -> bool:
    """国家商务部调研组到章凤口岸调研: a title telling of a trip (own_trip_verbs: 赴, 到, 前往) and what
    it is for (lead_visit_purposes: 调研, 考察) a few characters after — the central organ's
    group goes somewhere its title names as no division; the story is that place's, which the
    lead names, not the country's.  Bounded: the title only, a few characters after each verb."""
    title = next((s for s in art.sections if s.kind == "title"), None)
    if title is None or not _VISIT_PURPOSE_RE.pattern:
        return False
    text = art.text[title.start:title.end]
    for verb in _OWN_TRIP_VERBS:
        k = text.find(verb)
        if k >= 0 and _VISIT_PURPOSE_RE.search(text, k + len(verb) + 1, k + len(verb) + 1 + _TRIP_REACH):
            return True
    return False


_LEAD_ANAPHOR_RE = re.compile("|".join(sorted((f for f in ANAPHORA
                                                if f.startswith(tuple(L.word_lists("relation_cues")["first_person"]))),
                                               key=lambda w: (-len(w), w))))


def _lead_anaphor_place(art: Article, body: list[Mention], places: list[Mention], province: str | None):
    """浙江在线11月28日讯 … 我省有28名…干部任前公示: a story whose lead speaks as a place (我省, 我市,
    我县) before it names any place is that place's (the province holding the places named, or the
    division of that level most named), however often it then names counties of it."""
    lead = next((s for s in art.sections if s.kind == "body"), None)
    if lead is None:
        return None
    m = _LEAD_ANAPHOR_RE.search(art.text, lead.start, min(lead.end, lead.start + 80))
    if m is None:
        return None
    level = ANAPHORA[m.group(0)]
    # (根据湖南省农业农村厅办公室《…》要求，我市…: a higher division's body cited before 我市 is not the
    # place speaking; a place of 我市's level or below named first is, scrape101)
    if any(p.astart < m.start() and not _above_level(p, level) for p in body):
        return None
    if level == "province":
        return _division_ref(province)
    home = home_division(places, level, own_cities=True)
    if level == "county":
        home = _county_of_kind(places, m.group(0)[-1], home)
    return _division_ref(home)


def _lead_province_scope(art: Article, body: list[Mention], places: list[Mention], province: str | None):
    """hezhang110: 记者从省河长办获悉，2023年，全省各级党委、政府深入实施河湖长制…广东河湖长制工作…中山市推行…: a
    lead that speaks of the whole province (全省, 本省) before it names any place, in a text speaking as no
    division below it (no 全市, 我县 …) and naming that province, is the province's story, however often
    it then names a city of it as an example.  None otherwise (one search of the lead, one of the text)."""
    lead = next((s for s in art.sections if s.kind == "body"), None)
    if lead is None or province is None:
        return None
    m = _LEAD_ANAPHOR_RE.search(art.text, lead.start, min(lead.end, lead.start + 80))
    if m is not None:
        return None  # (我省: `_lead_anaphor_place`)
    m = _ANAPHOR_RE.search(art.text, lead.start, min(lead.end, lead.start + 80))
    if m is None or ANAPHORA.get(m.group(0)) != "province" or any(p.astart < m.start() for p in body):
        return None
    if any(ANAPHORA.get(a.group(0)) not in (None, "province") for a in _ANAPHOR_RE.finditer(art.text)):
        return None  # (全省…我市3个村入选: the city speaks)
    if not any(p.attrs.get("code") == province for p in places):
        return None
    return _division_ref(province)


def _above_level(m: Mention, level: str) -> bool:
    """Is place `m` a division strictly above `level` (the country or a province over 我市, a city or a
    province over 我县)?"""
    own = 0 if m.attrs.get("level") == "country" else _LEVEL_RANK.get(m.attrs.get("level") or "")
    other = _LEVEL_RANK.get(level)
    return own is not None and other is not None and own < other


def _anaphor_townships(art: Article, places: list[Mention]):
    """南宁市退役军人事务局…先后到我县周鹿镇、白山镇开展…慰问: townships written right after 我县 (我区,
    我旗) are the text's own, and their county is the story's, however high the visitors' city is
    named (the city holds that county: no reason to leave the story at the city).  The county when
    every such township is of one county of the anaphor's kind; else None."""
    after = {m.astart: m for m in places if m.attrs.get("level") == "township" and m.attrs.get("parent")}
    counties = set()
    for m in _LEAD_ANAPHOR_RE.finditer(art.text):
        if ANAPHORA.get(m.group(0)) != "county" or (t := after.get(m.end())) is None:
            continue
        d = table().get(t.attrs["parent"])
        if d is None or d.level != "county" or not d.name.endswith(m.group(0)[-1]):
            continue  # (我县|城关镇 of a 市's county: the kind must be the anaphor's)
        counties.add(d.code)
    return _division_ref(next(iter(counties))) if len(counties) == 1 else None


def _lead_speaker_home(art: Article, lead, places: list[Mention]):
    """市委宣传部常务副部长…宁德市广播电视台台长林妃…深入我县融媒体中心开展调研: a lead sentence whose
    places are none the story goes to (the visitors' bodies) but which speaks as a county or a city
    (我县, 我市: not 我省, whose province the fallback finds) is that division's story: the one of
    that level the article names most (寿宁县, named later).  None without such a word in the lead."""
    if lead is None:
        return None
    m = _LEAD_ANAPHOR_RE.search(art.text, lead.start, lead.end)
    level = ANAPHORA.get(m.group(0)) if m else None
    if level not in ("county", "city"):
        return None
    home = home_division(places, level, own_cities=True)
    if level == "county":
        home = _county_of_kind(places, m.group(0)[-1], home)
    return _division_ref(home) if home else None


def _county_of_kind(places: list[Mention], kind: str, home: str | None) -> str | None:
    """县委书记付宇率我县党政代表团赴浙江省义乌市 (义乌 named five times, 浠水 once): 我县 is a 县, 我区 a
    区, 我旗 a 旗 — never the county-level city gone to, however often it is named.  `home` when its
    name (or the text's spelling of it) is of that kind or no county named is; else the county of
    that kind the article names most."""
    T = table()
    counties = [(c, m.surface) for m in places if (c := _place_at_level(_lookup_code(m), "county", strict=True))]
    spelled = {c for c, surface in counties if surface.endswith(kind)}  # (肥乡县, now 肥乡区: the text's 县)

    def fits(code: str | None) -> bool:
        d = T.get(code) if code else None
        return d is not None and (d.name.endswith(kind) or code in spelled)
    if home is None or fits(home):
        return home
    counts = Counter(c for c, _s in counties if fits(c))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else home


_SESSION_RE = re.compile(f"{L.word_lists('relation_cues')['party_term_ordinal'][0]}[{DIGIT}{CHINESE_NUMERALS}]{{1,4}}"
                         f"(?:{'|'.join(L.word_lists('relation_cues')['report_session_close'])})")


def _session_place(art: Article, places: list[Mention], section) -> Mention | None:
    """A report whose heading names the session it is given at (——在南昌市第十六届人民代表大会第五次
    会议上) is that place's, however often the body names a new area or a county of it (赣江新区
    加快发展): the first place of a heading, or of the article's first 80 characters, right before
    a session's ordinal (第十六届, 第十五次)."""
    for m in sorted(places, key=lambda m: m.astart):
        if m.astart >= 80 and section(m) == "body":
            break
        if _SESSION_RE.match(art.text, m.aend):
            return m
    return None


def _focus_city(doc: Doc, art: Article, body: list[Mention], province: Mention) -> str | None:
    """A story titled with its province that reports on one of its cities (内蒙古45个…项目集中开工,
    then 兴安盟, 乌兰浩特 … in the body) is about that city: the city holding most of the places
    the body names, when it holds at least three and more than half of them.  Places inside other
    names (鄂尔多斯 of 鄂尔多斯羊绒集团) do not count, and a 、-list of places counts as its first item
    (a provincial list of appointments names several counties of one city: 永嘉、瑞安调任瓯海、鹿城)."""
    names = sorted((o.astart, o.aend) for o in doc.mentions
                   if o.article == art.id and o.label != "Place" and o.astart >= 0)
    starts = [a for a, _ in names]
    reach = list(accumulate((b for _, b in names), max))  # the furthest end of a name starting so far
    counts: Counter = Counter()
    county_counts: Counter = Counter()  # (city, county) → places of the body inside that county
    for m in body:
        k = bisect.bisect_right(starts, m.astart)  # inside a name: one starting at or before it reaches its end
        if m.attrs.get("anaphor") or (k and reach[k - 1] >= m.aend) or art.text[m.astart - 1:m.astart] == "、":
            continue  # (a 、-list counts once, by its first item: 分别从永嘉、瑞安调任瓯海、鹿城 is no Wenzhou story)
        city = _place_at_level(_lookup_code(m), "city", strict=True)
        if city and city != province.attrs.get("code") and table().is_within(city, province.attrs.get("code") or ""):
            counts[city] += 1
            county = _place_at_level(_lookup_code(m), "county", strict=True)
            if county:
                county_counts[(city, county)] += 1
    if not counts:
        return None
    city, n = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    if not (n >= 3 and 2 * n > sum(counts.values())):
        return None
    if _titled_with(art, province) and _speaks_of_province(art, body):
        return None  # (四川A级景区迎客…: 全省纳入统计的716家…, 全省门票收入排名前5位的…成都欢乐谷、成都宽窄巷子: the province's)
    return _focus_county(city, n, county_counts) or city


def _titled_with(art: Article, m: Mention) -> bool:
    """Is the place named in the article's title (not only in its lead: 湖南省委农村工作会议召开。会上,邵阳市获表彰为全省
    粮食生产先进市 is 邵阳's story, its 全省 the rank the city was given)?"""
    title = next((s for s in art.sections if s.kind == "title"), None)
    return title is not None and title.start <= m.astart < title.end


_PROVINCE_VOICE = 2  # 全省/我省 written this often in the body: the story speaks of the whole province


def _speaks_of_province(art: Article, body: list[Mention]) -> bool:
    """A story titled with its province whose body says 全省/我省 again and again (全省纳入统计的716家A级旅游景区,
    全省门票收入排名前5位的分别是：成都欢乐谷…, 全省游客接待排名前5位的景区…成都宽窄巷子) reports the province's
    figures: the city its scenic spots are named after is no focus (counted once per article, from the body's
    first place on)."""
    if not body:
        return False
    text = art.text[body[0].astart:]
    return sum(text.count(w) for w in _PROVINCE_ANAPHORA) >= _PROVINCE_VOICE


def _focus_county(city: str, n: int, county_counts: Counter) -> str | None:
    """The one county of the focus city that holds most of the city's places the body names (at
    least three and more than half: 黑龙江省… then 绥滨县, 绥滨县永德村, 绥滨县 — a county's story led by
    its province is that county's, not its city's), else None."""
    mine = sorted(((c, k) for (ci, c), k in county_counts.items() if ci == city), key=lambda ck: (-ck[1], ck[0]))
    return mine[0][0] if mine and mine[0][1] >= 3 and 2 * mine[0][1] > n else None


def choose_place_again(doc: Doc, art: Article, places: list[Mention]) -> tuple[str, str | None, str | None] | None:
    """(entity key, division code, level) of the place an article is about, chosen among `places`
    alone (those of them an article can be about): the public seam for a later stage whose
    places changed (a place the registries dropped) or that wants the choice among some of them."""
    cands = _not_native(art, [m for m in places if _candidate(m)])
    return _choose_article_place(doc, art, cands, home_division(cands, "province"))


def _foreign(code: str | None) -> bool:
    """A foreign country's code (iso-…, not China's): no division of the table."""
    return bool(code) and code.startswith("iso-") and code != CHINA_CODE


_CITY_TRAVELLER = "市"  # the own_traveller_levels character of a city's officials (市长, 市委书记, 市领导)
_VISIT_REACH = 40  # characters before a place gone to in which its clause's opening official is looked for


def _visited_city_prefecture(art: Article, mentions: list[Mention], code: str | None) -> str | None:
    """市长王吉到舒兰市、昌邑区、高新区、磐石市调研 (吉林市's news, 吉林市 named nowhere): a county-level
    city that a bare 市 official or body opening the clause (`_OWN_TRAVELLER_RE`: 市长, 市委书记,
    市人大) goes to (own_trip_verbs), itself the end of the places gone to (not 到舒兰市某镇: a trip
    inside it), is no city of that official — no one travels to his own city — so the text's 市
    (市长, 市委, 市政府) is the prefecture above it.  That prefecture's code, else None."""
    d = table().get(code) if code else None
    if d is None or d.level != "county" or not d.name.endswith(_CITY_TRAVELLER):
        return None
    prefecture = _place_at_level(code, "city", strict=True)
    if prefecture is None:
        return None
    places = [m for m in mentions if m.label == "Place" and m.astart >= 0]
    starts = {m.astart for m in places}
    ends = {m.aend: m for m in places}
    text = art.text
    for m in places:
        if m.attrs.get("code") != code or m.aend in starts or not _trip_ends_at(text, m.aend):
            continue
        at, seen = m.astart, 0
        while at in ends and seen < 4:  # (赴吉林省舒兰市: the run's first place follows the verb)
            at, seen = ends[at].astart, seen + 1
        verb = next((v for v in _OWN_TRIP_VERBS if text.endswith(v, 0, at)), None)
        if verb is None:
            continue
        lo = max(0, at - _VISIT_REACH)
        lo = max([lo] + [text.rfind(c, lo, at) + 1 for c in _LEAD_CLAUSE_BREAKS])
        own = _OWN_TRAVELLER_RE.match(text, lo)
        if own is not None and own.group(1) == _CITY_TRAVELLER and own.end() <= at - len(verb):
            return prefecture
    return None


def _trip_ends_at(text: str, e: int) -> bool:
    """Does the place gone to end the trip's destination at e: a stop, the 、 of a list of places or
    what the visit is for follows (到舒兰市、昌邑区, 到舒兰市调研), not a body inside it (到常宁市融媒体中心:
    the city's own 市人大 may go there)?"""
    return e >= len(text) or text[e] in _TRIP_LIST_ENDS or bool(_VISIT_PURPOSE_RE.match(text, e))


_TRIP_LIST_ENDS = "、，,。；;"


def home_code(doc: Doc, art: Article, mentions: list[Mention], code: str | None) -> str | None:
    """The division relative names (省委, 省政府秘书长, 县长) refer to.  An article about a foreign
    country (省长王伟中会见乌克兰外长库列巴: the title names the visitor's country) is told from a
    Chinese host's side, so they are the host's: the place the article is about among the Chinese
    divisions it names (广州 of 在广州会见 → 广东省 for 省长); otherwise `code` itself, or the
    prefecture above it when the text's own 市 officials travel to it (`_visited_city_prefecture`)."""
    if not _foreign(code):
        return _visited_city_prefecture(art, mentions, code) or code
    home = [m for m in mentions if m.label == "Place" and not m.attrs.get("anaphor")
            and not (m.attrs.get("code") or "").startswith("iso-")]
    got = choose_place_again(doc, art, home)
    return got[1] if got and got[1] and table().get(got[1]) else None


def article_place(doc: Doc, art: Article, mentions: list[Mention] | None = None) -> str | None:
    """Division code of the place an article is about (a new area: its province's code)."""
    mentions = [m for m in doc.mentions if m.article == art.id] if mentions is None else mentions
    places = _not_native(art, _without_hometowns(art, _without_event_names(
        [m for m in mentions if _candidate(m) and not m.attrs.get("anaphor")], mentions), mentions))
    province = home_division(places, "province")
    got = _choose_article_place(doc, art, places, province, mentions)
    return got[1] if got else None


@component("resolve", reads=("doc.mentions", "doc.meta.site_header", "article.sections", "article.sentences", "mention.attrs.relative"),
           writes=("article.place", "doc.entities", "mention.key", "mention.norm",
                   "doc.mentions[Place,Agency,Organization,Programme]"))  # adds anaphora (该市 …) and
# the uses of defined short forms (kg.stages.short_forms), drops unresolved relative names
def make_resolve():
    """Article places, anaphora (该市, 全县 …), relative agency names, stable entity ids."""
    T = table()

    def resolve(doc: Doc) -> Doc:
        settle_overlaps(doc)  # registry names over the grammar's names they overlap
        by_article = mentions_by_article(doc)
        for art in doc.articles:
            mine = by_article.get(art.id, [])
            places = _not_native(art, _without_hometowns(art, _without_brands(_without_route_ends(
                art, _without_event_names([m for m in mine if _candidate(m)], mine), mine), mine, art.text), mine))
            unranked = _without_rank_peers(art, places)  # (仅次于深圳: 全省 is not 广东's)
            province = home_division(unranked, "province")
            if province is None and len(unranked) == len(places):  # an article naming no place of its own: the document's province
                province = home_division([m for m in doc.mentions if _candidate(m)], "province")
            _province_anaphora(doc, art, province)  # 我省/全省 first: they can be what it is about
            got = _choose_article_place(doc, art, places, province, mine)
            if got is not None and _filed_only(art, places) and _national_voice(art, mine):
                got = None  # (本报北京10月18日讯 国家统计局今天发布…: China's, read below)
            if got is None or got[2] == "country":
                got = _dateline_unless_national(art, mine, got)
            got = _outlet_county_within(art, places, got)
            got = _issuer_place_within(art, places, got)
            got = _sar_place(art, places, got)
            if got is None:
                got = _division_ref(outside_title_place(art)) or _division_ref(site_owner_place(doc))
            if got is None:  # (李家超会见深圳市委书记: the visitor's city is no place of the story's)
                got = _sar_place(art, places, got, unplaced=True)
            if got is None and _national_voice(art, mine):
                got = (CHINA_KEY, CHINA_CODE, "country")
            if got is None:  # (记者从中国人民银行兰州中心支行了解到，全省…: the unit's place)
                got = _division_ref(_unit_place(mine))
            if got is None:
                got = _lone_town(art, mine)
            art.place = got[0] if got else None
            _place_anaphora(doc, art, got, places)
            mine_sorted = sorted((m for m in mine if m.astart >= 0), key=lambda m: m.astart)
            mine_starts = [m.astart for m in mine_sorted]
            home = home_code(doc, art, places, got[1] if got else None)
            spellings = PlaceSpellings([(o.attrs.get("code"), o.surface) for o in mine_sorted
                                        if o.label == "Place" and not o.attrs.get("anaphor")])
            _listed_bare_organs(art, mine_sorted)
            _localise_bare_organs(art, mine, home)
            municipal = _municipal_home(art, home, mine_sorted)
            named = _named_scoped_organizations(mine_sorted)
            named_agencies = _named_scoped_organizations(mine_sorted, "Agency")
            lone = _lone_county(mine_sorted, home)
            for m in mine:
                if m.label != "Place":
                    _complete_relative(doc, art, m, home, mine_sorted, mine_starts, spellings, municipal, named,
                                       named_agencies, lone)
                    _league_name(m)
            _complete_listed_organs(art, mine_sorted)
            _bare_twins_local(mine_sorted)
        link_short_forms(doc, by_article)  # (以下简称市营商局): after the names are completed
        doc.mentions = [m for m in doc.mentions if not m.attrs.get("unresolved")]
        doc.mentions = drop_overlapped(doc.mentions)
        _one_spelling_per_mass_body(doc)
        _make_entities(doc)
        _merge_nested_places(doc)
        _merge_orphan_places(doc)
        _merge_former_townships(doc)
        _merge_township_stems(doc)
        for art in doc.articles:  # an article about a place it never names (listed counties' province)
            code = art.place[len("place-"):] if art.place else None
            if art.place == CHINA_KEY and art.place not in doc.entities:  # (`_national_voice`)
                doc.entities[art.place] = Entity(art.place, "Place", "中国", code=CHINA_CODE, level="country",
                                                 rules={"resolve.national-voice"})
            if art.place and art.place not in doc.entities and code in _SAR_NAMES.values():
                name = next(k for k, v in _SAR_NAMES.items() if v == code)  # (`_sar_issuer`: never named)
                doc.entities[art.place] = Entity(art.place, "Place", name, code=code, level="region",
                                                 rules={"resolve.sar-issuer"})
            if art.place and art.place not in doc.entities and code and T.get(code):
                d = T.get(code)
                doc.entities[art.place] = Entity(art.place, "Place", d.name, code=code, level=d.level,
                                                 rules={"divisions.hierarchy"})
        return doc

    return resolve


# a dispatch's head left in the lead's text (本报北京10月18日讯, 新华社北京3月5日电, 人民网北京…电): the
# outlet (本报, or a name ending as an outlet's does: 社, 网, 台, 报), the place, the day, 讯 or 电
@lru_cache(maxsize=1)
def _filed_re() -> re.Pattern:
    return re.compile(rf"\s*(?:本报|[{HAN}]{{1,6}}(?:{_sar_marks('dateline_agency_end')[1].pattern}|报))"
                      rf"([{HAN}]{{2,4}}?)\d{{1,2}}月\d{{1,2}}日[电電讯訊]")


def _filed_at(art: Article) -> tuple[int, int] | None:
    """The span of a dispatch's head opening the article's first body paragraph (本报北京10月18日讯:
    a plain-text page keeps it in the text), whose place names where the story was filed."""
    body = next((sec for sec in art.sections if sec.kind == "body"), None)
    m = _filed_re().match(art.text, body.start, body.end) if body is not None else None
    return (m.start(1), m.end(1)) if m else None


def _filed_only(art: Article, places: list[Mention]) -> bool:
    """Are all the places the article names written in its dispatch's head (`_filed_at`)?"""
    span = _filed_at(art)
    return span is not None and bool(places) and all(span[0] <= m.astart and m.aend <= span[1] for m in places)


def _dateline_unless_national(art: Article, mine: list[Mention], got):
    """本报北京10月18日讯 记者…报道:国家统计局今天发布的统计数据显示，前三季度，固定资产投资…: a
    paper's dateline names where the story was filed; a story naming no place of its own is the
    dateline's place, unless it speaks for the whole country (`_national_voice`: a central organ's
    release, 全国 as a clause's subject), which is China's story wherever it was filed."""
    wired = _agency_dateline_place(art) if got is not None and got[2] == "country" else None
    # (renda114: a news agency's city where the story names a country and no division of its own:
    # 据新华社上海11月10日电 首届中国国际进口博览会…闭幕, the dateline kept out of the text, is 上海市's story;
    # never the capital, where the country's organs speak: 新华社北京…电 …我国邮政快递业 stays China's)
    wired = None if wired == _CAPITAL and not _foreign(got[1]) else wired  # (…对西班牙…进行国事访问: Beijing's announcement)
    dated = _division_ref(_dateline_place(art) or wired)
    if dated is not None and got is None and _national_voice(art, mine):
        return None  # (the national voice is read after the other fallbacks: China)
    return dated or got


_NATIONAL_SCOPE = "全国"
_CAPITAL = "110000"  # 北京市: a wire filed there speaks for the country (`_dateline_unless_national`)
_NATIONAL_NOT_BEFORE = tuple(L.word_lists("metric_cues")["metrics.national_not_before"])
_NATIONAL_AFTER_DATE = "年月日份"  # 1-10月全国…, 10月份全国…
_NATIONAL_LEAD_CHARS = 120  # the title and the lead's first sentence or two
# the opening paragraphs where 全国 opening a clause makes a text naming no place China's (a release's
# preamble on the policy may fill its first paragraph: 前三季度，面对复杂严峻的外部环境…。全国夏粮…)
_NATIONAL_SCOPE_CHARS = 600
# a central organ releasing data right after its name (国家统计局发布的最新数据显示, 国家统计局今天公布数据): a few
# characters of the clause between (a day, 的, 最新), bounded
_RELEASE_RE = re.compile(rf"[^，,。；;：:]{{0,4}}?(?:{alt(L.word_lists('relation_cues')['release_verbs'])})"
                         rf"[^，,。；;：:]{{0,6}}?(?:{alt(L.word_lists('relation_cues')['release_objects'])})")


def _national_voice(art: Article, mine: list[Mention]) -> bool:
    """2023年10月份规模以上工业增加值增长4.6% / 10月份，全国规模以上工业增加值…国家统计局…: a
    release that names no place at all and speaks for the whole country — a central organ in its
    title (国家统计局), or the scope 全国 opening a clause of its opening paragraphs (not 全国第二, 全国人大; a central
    organ in the lead may be a document's author or a visitor) — is China's story, not a story of
    no place.  A text speaking as a place (我县, 全市, 本省) is that place's, named or not; a place
    written by one character (外商及港澳台商投资企业: `anaphor`) is no place the story names, nor is
    one inside an organisation's name (北京商报, the paper that reprints 国家统计局's release), nor
    where the story was filed (新华社北京…电 as its byline or 本报北京…讯 opening its lead: `_filed_at`)."""
    in_org = contained([(m.astart, m.aend) for m in mine if m.label == "Organization" and m.astart >= 0])
    filed = _filed_at(art) or (0, 0)
    if any(m.label == "Place" and not m.attrs.get("anaphor") and not m.attrs.get("byline")
           and not (m.astart >= 0 and (in_org(m.astart, m.aend) or filed[0] <= m.astart < filed[1]))
           for m in mine) or _ANAPHOR_RE.search(art.text):
        return False
    section = _sections_of(art)
    if any(m.label == "Agency" and (m.attrs.get("national") or m.attrs.get("national_unit")) and m.astart >= 0
           and section(m) == "title" for m in mine):
        return True  # ([国家统计局]…增长8.3%, 国家统计局城市司首席统计师…解读…CPI: a central organ's unit; not
        # 区工委会议…传达…国务院办公厅…文件精神: a district's meeting)
    if any(m.label == "Agency" and m.attrs.get("national") and 0 <= m.astart < _NATIONAL_LEAD_CHARS
           and _RELEASE_RE.match(art.text, m.aend) for m in mine):
        return True  # (本报讯 国家统计局发布的最新数据显示,10月,…: the organ's own figures)
    opening = art.text[:_NATIONAL_SCOPE_CHARS]
    i = opening.find(_NATIONAL_SCOPE)
    while i >= 0:
        if (i == 0 or not is_han(opening[i - 1]) or opening[i - 1] in _NATIONAL_AFTER_DATE) \
                and not opening.startswith(_NATIONAL_NOT_BEFORE, i + len(_NATIONAL_SCOPE)):
            return True  # (10月份，全国…: the clause's subject; not 创建全国文明城市, 荣获全国…)
        i = opening.find(_NATIONAL_SCOPE, i + 1)
    return False


# 本报兰州讯, and a paper naming itself before the place (甘肃日报兰州讯, bank64): the paper's name ends in
# one of media_heads (日报, 晚报, 报); 河北日报讯 alone leaves no place after it and names none
_DATELINE_PLACE_RE = re.compile(rf"^(?:本报|[{HAN}]{{2,6}}?(?:{L.words_alt('media_heads')}))?"
                                rf"([{HAN}]{{2,8}}?)(?:\d{{1,2}}月\d{{1,2}}日)?讯")
_DATELINE_LEVELS = ("province", "city", "county")


def _dateline_place(art: Article) -> str | None:
    """宁波讯（记者 王某）日前，一批企业赴澳大利亚参展: the layout keeps such a dateline out of the
    article's text, so the division it names (宁波) is no mention; where the text names no division
    of its own (or only a country), the story is the dateline's place.  A division's full or short
    name down to a county's (a newspaper's name before 讯, 河北日报讯, names none); one reading only."""
    m = _DATELINE_PLACE_RE.match(art.dateline or "")
    if m is None:
        return None
    T = table()
    name = m.group(1)
    cands = [d for d in T.candidates(name) if d.level in _DATELINE_LEVELS] or \
        [d for d in T.short_candidates(name) if d.level in _DATELINE_LEVELS]
    return cands[0].code if len(cands) == 1 else _county_outlet_place(art)


_OUTLET_DATELINE_RE = re.compile(rf"^([{HAN}]{{2,3}}?)(?:{L.words_alt('outlet_dateline_heads')})"
                                 rf"(?:\d{{1,2}}月\d{{1,2}}日)?讯")  # (湖南日报6月30日讯: the day may stand before 讯)
_COUNTY_SELF_REF_RE = re.compile(L.words_alt("outlet_county_self_refs"))
_PROVINCE_SELF_REF_RE = re.compile(L.words_alt("outlet_province_self_refs"))


def _county_outlet_place(art: Article) -> str | None:
    """文成新闻网讯(记者 赵礼锋)7月2日下午,县长章寿禹主持召开…: a county's own outlet (its short name and 新闻网,
    融媒, 日报 … before 讯) opening a story that names no division but speaks of its county (县长, 我县) is that
    county's story.  A county (县, 旗 …) of one reading only, whose name is no city's or district's: a paper whose
    brand reads as a city (新民晚报, 东方网) or a story of no county of its own is none.  A province's
    paper (湖南日报6月30日讯) whose story speaks as its province (全省, 省委) is that province's story."""
    m = _OUTLET_DATELINE_RE.match(art.dateline or "")
    if m is None:
        return None
    cands = table().short_candidates(m.group(1))
    if len(cands) == 1 and cands[0].level == "province" and _PROVINCE_SELF_REF_RE.search(art.text):
        return cands[0].code  # 湖南日报6月30日讯…全省共有党员…: a province's paper, a story of its own province
    if _COUNTY_SELF_REF_RE.search(art.text) is None:
        return None
    if len(cands) != 1 or cands[0].level != "county" or not cands[0].name.endswith(("县", "旗")):
        return None
    return cands[0].code


def _outlet_county_within(art: Article, places: list[Mention], got):
    """南漳新闻网讯…县委副书记、代县长陈栋督办襄阳环境产业园…选址位于南漳县武安镇: a county's own outlet,
    a story of its 县长 or 县委, and the county named in the text: the story is the county's, not that of
    its city the most named place (襄阳, in a project's name) would make it.  Only a city or province
    holding the county gives way; a township of the county, or another place, stays the story's."""
    if got is None or got[1] is None:
        return got
    county = _county_outlet_place(art)
    if county is None or county == got[1] or not any(m.attrs.get("code") == county for m in places):
        return got
    if got[1] not in _ancestors(county) and not _other_county(got[1], county):
        return got
    return _division_ref(county)


def _other_county(code: str, county: str) -> bool:
    """云阳网讯…大足区委统战部副部长李荣燕率队来云阳…我县总商会: a county-level place other than the
    outlet's county (a visiting delegation's, named in full) gives way to the outlet's county the story
    speaks as; a township of the county, or one of another county's, does not."""
    d = table().get(code)
    return d is not None and d.level == "county" and code not in _ancestors(county) and county not in _ancestors(code)


def _issuer_place_within(art: Article, places: list[Mention], got):
    """发布机构：云和 over 2022年工作总结和2023年工作思路 (我局在县委县政府的坚强领导下，深入贯彻落实新时代
    浙江“三农”工作…，全县低收入农户…): a page's issuer field (kept by the layout as the article's last
    heading) naming one county or township inside the place chosen (the province a policy's name gave),
    in a text speaking as that level (全县, 我县; 全镇 …), is the story's place: a department's or a
    township's own report.  One issuer place only; a text naming no such anaphor keeps its place."""
    if got is None or got[1] is None or not art.sections:
        return got
    k = len(art.sections)
    while k > 0 and art.sections[k - 1].kind == "heading":
        k -= 1
    if k == 0 or k == len(art.sections):
        return got  # (no body before, or no heading after it: no issuer field)
    lo = art.sections[k].start
    codes = {m.attrs.get("code") for m in places if m.astart >= lo and m.attrs.get("code")
             and m.attrs.get("level") in ("county", "township")}
    if len(codes) != 1:
        return got
    code = next(iter(codes))
    d = table().get(code)
    if d is None or code == got[1] or got[1] not in _ancestors(code):
        return got
    if not any(ANAPHORA[mt.group(0)] == d.level for mt in _ANAPHOR_RE.finditer(art.text, 0, lo)):
        return got
    return _division_ref(code)


@lru_cache(maxsize=None)
def _sar_marks(use: str) -> tuple[dict[str, str], re.Pattern]:
    """(mark → region code, one alternation of the marks) of `sar_issuer_marks.tsv` of one use
    (always, unplaced, object_after)."""
    marks = {r["mark"]: r["code"] for r in L.load_table("sar_issuer_marks") if r["use"] == use}
    return marks, re.compile("|".join(sorted(map(re.escape, marks), key=len, reverse=True)))


_SAR_NAMES = _sar_marks("dateline_name")[0]  # 香港 → 810000, 澳门 → 820000
_DATELINE_DAY = r"[\d〇一二三四五六七八九十]{1,3}"  # (11月3日, 十一月二十二日)
_SAR_DATELINE_RE = re.compile(rf"(?:{_sar_marks('dateline_agency_end')[1].pattern})\s?({_sar_marks('dateline_name')[1].pattern})"
                              rf"{_DATELINE_DAY}(?:月{_DATELINE_DAY})?日[电電]")
_SAR_DATELINE_CHARS = 40  # (新华社澳门11月3日电 opens the lead, after the title)


_MAINLAND_POST_REACH = 24  # (市委组织部部务委员、市委党校副校长(兼)|董建华: the post chain before the name)
_CLAUSE_ENDS = "。，,;；!！?？\n"


def _mainland_post_before(text: str, at: int) -> bool:
    """Does the clause right before a chief executive's name write a mainland party body (市委党校副校长
    (兼)董建华, 县委常委…): the name is a namesake's, a mainland official, and marks no release of the
    region (sar_issuer_marks: mainland_post_before)."""
    lo = max(0, at - _MAINLAND_POST_REACH)
    lo = max([lo] + [text.rfind(c, lo, at) + 1 for c in _CLAUSE_ENDS])
    return _sar_marks("mainland_post_before")[1].search(text, lo, at) is not None


def _sar_issuer(art: Article, unplaced: bool = False) -> str | None:
    """The region (810000, 820000) whose own release an article is: 在李家超离港期间，由政务司司长署理
    行政长官职务 / 香港时间15时00分 / 行政长官不在澳门期间 / 抵达本澳, or a news agency's dateline
    opening the lead (新华社澳门11月3日电).  Such a release is its region's story, not that of the city
    its chief executive goes to (行政长官前往北京述职, 何厚铧抵京) or receives a visitor from; one
    region only (a text marked by both is left alone).  `unplaced`: the article named no place of its
    own, so a chief executive's name counts too (李家超会见深圳市委书记: 深圳 is the visitor's)."""
    marks, mark_re = _sar_marks("always")
    found = {marks[m.group()] for m in mark_re.finditer(art.text)}
    if unplaced and not found:
        names, name_re = _sar_marks("unplaced")
        guest = tuple(_sar_marks("object_after")[0])  # 会见李家超: the guest's name places nothing
        found = {names[m.group()] for m in name_re.finditer(art.text)
                 if not art.text.endswith(guest, max(0, m.start() - 4), m.start())
                 and not _mainland_post_before(art.text, m.start())}
    lead_start = next((sec.start for sec in art.sections if sec.kind == "body"), 0)
    lead = art.text[lead_start:lead_start + _SAR_DATELINE_CHARS]
    found |= {_SAR_NAMES[m.group(1)] for m in _SAR_DATELINE_RE.finditer(lead)}
    return found.pop() if len(found) == 1 else None


def _sar_place(art: Article, places: list[Mention], got, unplaced: bool = False):
    """`got` unless the article is a Hong Kong or Macao release (`_sar_issuer`) placed elsewhere;
    `unplaced`: an article still placed nowhere, where a chief executive's name counts too."""
    code = _sar_issuer(art, unplaced=unplaced)
    if code is None or (got and (got[1] or "").startswith(code[:2])):
        return got
    named = next((m for m in places if _lookup_code(m) == code), None)
    return _ref(named) if named is not None else _division_ref(code)


def site_owner_place(doc: Doc) -> str | None:
    """The division of a scraped page's site owner (`欢迎访问某某县人民政府!` above the breadcrumb, kept by
    the layout stage as `doc.meta["site_header"]`, or a JSON Lines record's site field, read as
    `doc.meta["site_name"]`): the place of an article that names none of its own (全县…, 县政府…).  Full division names only; one with several readings counts when a
    division named before it holds exactly one (北京市朝阳区); of a chain, the innermost."""
    lines = [doc.text[s:e] for s, e in doc.meta.get("site_header", ())]
    if doc.meta.get("site_name"):
        lines.append(doc.meta["site_name"])  # a JSON Lines record's site field (`"site": "某某县人民政府"`)
    return _named_division(lines)


def _unit_place(mine: list[Mention]) -> str | None:
    """记者从中国人民银行兰州中心支行了解到, 在国家金融监督管理总局绵阳监管分局的部署下: an article naming no
    division of its own but a bank's or a national organ's unit named by the place it serves is
    that place's story (its 全省, 全市 are the place's); the first such unit in the text."""
    units = sorted((m for m in mine if m.rule == "registry.unit" and m.astart >= 0 and m.attrs.get("organ")),
                   key=lambda m: m.astart)
    return next((c for m in units if (c := unit_place_code(m.surface, m.attrs.get("organ_written") or m.attrs["organ"]))),
                None)


def outside_title_place(art: Article) -> str | None:
    """The division a title kept outside the text names (a JSON Lines record's `title` field, an HTML
    page's <title> with no headline in its body: `浙江省某某县召开…推进会`), for an article whose text names
    no place of its own: the HTML page setting that headline in its body is placed by it, so is the
    record.  Full division names only, as a site's name (`_named_division`)."""
    if not art.title or any(sec.kind == "title" for sec in art.sections):
        return None
    return _named_division([art.title])


def _named_division(lines: list[str]) -> str | None:
    """The one innermost division that `lines` name in full (a name with several readings counts when
    a division named before it holds exactly one), or None."""
    T = table()
    found: list[str] = []
    for line in lines:
        i = 0
        while i < len(line):
            for n in range(min(SITE_NAME_SPAN, len(line) - i), 1, -1):
                cands = T.candidates(line[i:i + n])
                if len(cands) > 1:
                    cands = [c for c in cands if _ancestors(c.code) & set(found)]
                if len(cands) == 1:
                    found.append(cands[0].code)
                    i += n - 1
                    break
            i += 1
    inner = {c for c in found if not any(c in _ancestors(o) for o in found)}
    return inner.pop() if len(inner) == 1 else None


def _ancestors(code: str) -> set[str]:
    """The codes of the divisions holding `code`'s (`DivisionTable.ancestors`)."""
    return {d.code for d in table().ancestors(code)}


SITE_NAME_SPAN = 12  # the longest division name looked for in a site's name


def _province_anaphora(doc: Doc, art: Article, province: str | None) -> None:
    """我省/全省 … name the province holding the places the article (or document) names."""
    pdiv = table().get(province) if province else None
    if pdiv is None:
        return
    for mt in _ANAPHOR_RE.finditer(art.text):
        if mt.group(0) in _PROVINCE_ANAPHORA:
            doc.add_mention(art, mt.start(), mt.end(), "Place", "resolve.anaphora",
                            norm=pdiv.name, code=pdiv.code, level=pdiv.level,
                            parent=pdiv.parent, anaphor=True)


def _named_whole(T, code: str | None, anaphor: str):
    """福州全市, 秭归全县: a division named right before 全市/全县 of its own kind (its name ends in the
    anaphor's level word) is the whole the anaphor means, not the article's place (a 福清 story's
    福州全市累计拥有地理标志商标32件 is Fuzhou's).  The division, or None."""
    div = T.get(code) if code else None
    return div if div is not None and div.name.endswith(anaphor[-1]) else None


def _place_anaphora(doc: Doc, art: Article, got, places: list[Mention]) -> None:
    """该市/全县/全区 … name the article's place at their level (全区 in a new area's story: the area)."""
    T = table()
    art_code, art_level = (got[1], got[2]) if got else (None, None)
    area = next((m for m in places if got and m.attrs.get("level") == "new-area"
                 and _place_key(m) == got[0]), None)
    spellings = PlaceSpellings([(m.attrs.get("code"), m.surface) for m in places])
    counties = sorted((m for m in places if m.astart >= 0 and m.attrs.get("level") == "county"), key=lambda m: m.astart)
    counties = (counties, [m.astart for m in counties])  # (bisected per anaphor: no pass over them each time)
    towns = sorted((m for m in places if m.astart >= 0 and m.attrs.get("level") == "township"
                    and _lookup_code(m)), key=lambda m: m.astart)
    towns = (towns, [m.astart for m in towns])
    named_before = {m.aend: m.attrs.get("code") for m in places if m.astart >= 0 and _lookup_code(m)}
    for mt in _ANAPHOR_RE.finditer(art.text):
        level = ANAPHORA[mt.group(0)]
        if mt.group(0) in _PROVINCE_ANAPHORA:
            continue
        own = _named_whole(T, named_before.get(mt.start()), mt.group(0))
        if own is not None:  # 截至目前,福州全市累计拥有…: the whole of the city named, not the article's
            doc.add_mention(art, mt.start(), mt.end(), "Place", "resolve.anaphora",
                            norm=own.name, code=own.code, level=own.level, parent=own.parent, anaphor=True)
            continue
        if area is not None and level == "county" and art_level == "new-area":
            doc.add_mention(art, mt.start(), mt.end(), "Place", "resolve.anaphora",
                            norm=area.norm, code=None, level="new-area",
                            parent_key=area.attrs.get("parent_key"),
                            parent_code=area.attrs.get("parent_code"), anaphor=True)
            continue
        target = _place_at_level(art_code, level)
        if target is not None and level == "county":
            target = _anaphor_county(art, mt, target, counties, spellings)
        if level == "township" and (target is None or not T.get(target).name.endswith(mt.group(0)[-1])):
            target = _anaphor_township(art, mt, towns) or target
        if target is None:
            continue
        div = T.get(target)
        doc.add_mention(art, mt.start(), mt.end(), "Place", "resolve.anaphora",
                        norm=div.name, code=div.code, level=div.level, parent=div.parent,
                        anaphor=True)


def _anaphor_county(art: Article, mt: re.Match, target: str, counties: tuple[list[Mention], list[int]],
                    spellings: PlaceSpellings) -> str | None:
    """全县辖11个乡镇 in 嘉定工业区's story of its trip to 武定县: 全县/该县/我县 name a 县, 全区 a 区, 全旗 a
    旗, as 县委 does (`county_of_scope`); 全区 in a 县's or 旗's story of an autonomous region is the
    region (察雅县: 西藏自治区, 金秀瑶族自治县: 广西壮族自治区) — unless a 区 the story visits opens a
    sentence just before it (三江县's trip: 青秀区位于南宁市东部…。全区辖4个街道: 青秀区, not 广西).
    When the article's county is of another kind (嘉定区) and
    the text names several of that kind, the one opening a sentence last before the anaphor, in the
    few sentences before it (武定县位于滇中高原北部，东邻…禄劝县…: not a neighbour named after it);
    with none, none — but a county-level 市 stays (盘县, now 盘州市, is still 本县 in an old story)."""
    kind = mt.group(0)[-1]
    region, here = _place_at_level(target, "province"), table().get(target)
    if mt.group(0) in _REGION_ANAPHORA and here is not None and not here.name.endswith(kind) \
            and region and table().get(region).name.endswith(kind):
        if mt.group(0) in _AREA_ANAPHORA and (opening := _opening_county(art, mt, kind, counties)) is not None:
            return opening  # (青秀区位于…。全区辖…: the district just described)
        return region  # 察雅县's 全区粮食产量: the autonomous region (西藏自治区), not a district it visits
    got = county_of_scope(kind, target, spellings)
    if got is not None:
        return got
    if (opening := _opening_county(art, mt, kind, counties)) is not None:
        return opening
    d = table().get(target)
    return target if d is not None and d.name.endswith(_CITY_SCOPE) else None


def _anaphor_township(art: Article, mt: re.Match, towns: tuple[list[Mention], list[int]]) -> str | None:
    """全乡/全镇/该镇 in a story whose place is no township of that kind (a county's page of its
    towns, 田林县…项目位于田林县潞城乡，全乡行政区域面积777平方公里): the 乡 or 镇 described — the last one
    opening a sentence in the few sentences before (陕坝镇是…旗政府所在地…。全镇总户数5.5万户, not
    the neighbour 蛮会镇 named between), else the last one named before it in its own sentence, else
    the only one of that kind named in those few sentences.
    Bisected and bounded like `_opening_county`."""
    kind = mt.group(0)[-1]
    opening = _opening_county(art, mt, kind, towns)
    if opening is not None:
        return opening
    named, starts = towns
    sent = art.sentence_at(mt.start())
    if sent is None:
        return None
    k = bisect.bisect_left(starts, mt.start())
    seen = set()
    while k > 0 and starts[k - 1] >= mt.start() - _ANAPHOR_LOOKBACK:
        k -= 1
        if named[k].surface.endswith(kind):
            if starts[k] >= sent.start:
                return _lookup_code(named[k])
            seen.add(_lookup_code(named[k]))
    return seen.pop() if len(seen) == 1 else None  # (one such township named just before: it)


def _opening_county(art: Article, mt: re.Match, kind: str, counties: tuple[list[Mention], list[int]]) -> str | None:
    """The code of the last county of `kind` (its surface ending so) that opens a sentence in the
    few sentences before the anaphor `mt` (武定县位于…, 青秀区位于…), else None; bisected, bounded by
    `_ANAPHOR_LOOKBACK`."""
    named, starts = counties
    k = bisect.bisect_left(starts, mt.start())
    lo = mt.start() - _ANAPHOR_LOOKBACK
    while k > 0 and starts[k - 1] >= lo:
        k -= 1
        m = named[k]
        sent = art.sentence_at(m.astart)
        if m.surface.endswith(kind) and sent is not None \
                and not art.text[sent.start:m.astart].strip(" \u3000\t\n“\""):
            return _lookup_code(m)
    return None


_ANAPHOR_LOOKBACK = 300  # characters before a county anaphor in which the county it names is looked for
_AREA_ANAPHORA = ("全区",)  # the whole of a 区 the story describes (我区 is the writer's own: the region)
_REGION_ANAPHORA = ("全区", "我区")  # in a 县's or 旗's story of an autonomous region (自治区): the region (该区 points back at a district)


def drop_overlapped(mentions: list[Mention]) -> list[Mention]:
    """Mentions of several stages side by side: a weak candidate (jieba's tags) overlapping any
    other mention is dropped, and of two mentions of one span and type the first with a division
    code (else the first) is kept — the longest, most specific name wins."""
    size: dict[str, int] = {}
    for m in mentions:
        size[m.article] = max(size.get(m.article, 0), m.aend)
    taken = {a: bytearray(n + 1) for a, n in size.items()}  # characters named by strong mentions
    for m in mentions:
        if not m.attrs.get("weak") and m.astart >= 0:
            taken[m.article][m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
    out: list[Mention] = []
    seen: dict[tuple, int] = {}
    for m in mentions:
        if m.attrs.get("weak") and 1 in taken[m.article][m.astart:m.aend]:
            continue
        key = (m.article, m.astart, m.aend, m.label)
        if m.astart >= 0 and key in seen:
            i = seen[key]
            if not out[i].attrs.get("code") and m.attrs.get("code"):
                out[i] = m
            continue
        seen[key] = len(out)
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _organ_full_forms() -> tuple[tuple[str, str], ...]:
    """(short, standard) organ names of `organ_full_forms.tsv`, longest short form first."""
    rows = ((r["organ"], r["standard"]) for r in L.load_table("organ_full_forms"))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _standard_organ(rest: str) -> str:
    """法院行政审判庭 → 人民法院行政审判庭: a unit named after its organ's short form belongs to the
    organ under its standard name (县法院 is 县人民法院, so its chamber is 县人民法院行政审判庭); a rest
    that is the organ alone is the entities stage's to name."""
    for short, standard in _organ_full_forms():
        if rest.startswith(short) and len(rest) > len(short) and not rest.startswith(standard):
            return standard + rest[len(short):]
    return rest


_CITY_COURT = L.words("city_court")  # (人民法院, 中级人民法院): cue_words.tsv


def _city_court(scope: str, target: str, rest: str) -> str:
    """市法院, 市人民法院 (and its chambers) of a prefecture-level city (a division of the city level,
    not a municipality: 北京市 is a province's level, 定州市 a county's) is its intermediate court
    (漳州市中级人民法院: renmian96's 市法院院长罗雄, named so elsewhere as 市中级人民法院院长罗雄); a
    county-level city's 市人民法院 stays a basic court.  `rest` as it stands otherwise."""
    d = table().get(target)
    if scope != _CITY_SCOPE or d is None or d.level != "city" or len(_CITY_COURT) < 2 \
            or not rest.startswith(_CITY_COURT[0]):
        return rest
    return _CITY_COURT[1] + rest[len(_CITY_COURT[0]):]


def _written_city_county(art_code: str | None, level: str, spellings: PlaceSpellings) -> str | None:
    """蓬莱市人民政府关于…任职的通知 … 任市交通运输局局长: a county-level city since made a district
    (蓬莱市, now 蓬莱区 of 烟台市) is a 市 in a story that writes it so, and its 市X局 are its own, as
    定州市's are (`_place_at_level`), never the prefecture's.  The county's code when the article's
    county is written with 市 in the text, else None."""
    if level != "city" or not art_code:
        return None
    county = _place_at_level(art_code, "county", strict=True)
    return county if county and spellings.written_with(county, _CITY_SCOPE) else None


_CITY_SCOPE = "市"


def _own_city_county(scope: str, art_code: str | None, level: str, spellings: PlaceSpellings) -> str | None:
    """`_written_city_county` for 市 only: 州, 盟 of the city level never stand for a county-level city
    (州委 in a story of 马尔康市 is 阿坝州委, 州政府 in one of 香格里拉市 迪庆州's government)."""
    return _written_city_county(art_code, level, spellings) if scope == _CITY_SCOPE else None


# organs an autonomous region writes after 区 alone (posts_words.tsv region_short_organs, level any: 区党委),
# never a district's (a district has a 区委)
_REGION_SHORT_ORGANS = frozenset(r["word"] for r in L.load_table("posts_words")
                                  if r["list"] == "region_short_organs" and r["level"] == "any")
# what ends a body only a province-level place keeps (posts_words.tsv region_short_organ_tails: 厅): 区财政厅
_REGION_SHORT_TAILS = tuple(r["word"] for r in L.load_table("posts_words") if r["list"] == "region_short_organ_tails")


_REGION_WORD = next(w for w, level in _RELATIVE.items() if level == "province" and len(w) > 1)  # 自治区
_REGION_SHORT = _REGION_WORD[-1]  # 区 of 区党委: 自治区 written short


def _short_region_committee(scope: str, rest: str, art_code: str | None) -> str | None:
    """区党委 in a story placed in an autonomous region (在区党委和地委的坚强领导下, 噶尔县): the region's
    party committee, 区 its short form (a district has a 区委, never a 区党委).  The region's code,
    or None."""
    if scope != _REGION_SHORT or not (rest in _REGION_SHORT_ORGANS or rest.endswith(_REGION_SHORT_TAILS)):
        return None  # (区财政厅: a department, which no district keeps, is the region's too)
    region = _place_at_level(art_code, "province", strict=True)
    place = table().get(region) if region else None
    return region if place is not None and place.name.endswith(_REGION_WORD) else None


def _branch_city(m: Mention, scope: str, rest: str) -> bool:
    """市生态环境局绛县分局 (the entities stage set `branch_code`, the county named): the city is the
    county's own (运城市生态环境局绛县分局), whatever place the article is about, and the branch sits in
    the county.  False (nothing done) for any other mention, or a county under no city of its own."""
    branch = m.attrs.get("branch_code")
    city = table().get(branch[:4] + "00") if branch else None
    if city is None:
        return False
    m.norm, m.attrs["expanded"], m.attrs["place_code"] = scoped_name(city.name, scope, rest), True, branch
    return True


def _complete_relative(doc: Doc, art: Article, m: Mention, art_code: str | None,
                       mine_sorted: list[Mention], mine_starts: list[int],
                       spellings: PlaceSpellings, municipal: str | None = None,
                       named: dict[str, set[str]] | None = None,
                       named_agencies: dict[str, set[str]] | None = None, lone: str | None = None) -> None:
    """市生态环境局 → 邯郸市生态环境局: a relative name takes the article's place at its level, or,
    where the article is about a larger place (县农业农村局 in a city story), the place of that level
    named before it in the same sentence (成安大队 … 县农业农村局 → 成安县农业农村局)."""
    T = table()
    scope = m.attrs.get("relative")  # set by the entities stage for 市X局 etc.
    if not scope or not m.norm or m.attrs.get("expanded"):
        return
    level = _RELATIVE.get(scope, "city")
    rest = m.attrs.get("rest") or m.norm[len(scope):]
    if level == "city" and _branch_city(m, scope, rest):
        return
    zone = _zone_before(art, m, mine_sorted, mine_starts, scope, rest)
    if zone is not None:  # 珠海高新区党工委副书记、区管委会主任王小彬: the zone's committee
        m.norm, m.attrs["expanded"] = zone[0] + rest, True
        if zone[1] and T.get(zone[1]):
            m.attrs["place_code"] = zone[1]  # (a zone that is a division: 新乡经济技术开发区)
        return
    if level == "city" and (city := _city_abroad_before(art, m, mine_sorted, mine_starts)) is not None:
        m.norm, m.attrs["expanded"] = (city.norm or city.surface) + m.surface, True  # 杜伊斯堡市政府
        m.attrs[CITY_ABROAD_SPAN] = (city.astart, city.aend)  # (located there: relations)
        return
    region = _short_region_committee(scope, rest, art_code)
    if region is not None:  # 在区党委和地委的坚强领导下 (噶尔县, 阿里地区): 西藏自治区党委
        m.norm, m.attrs["expanded"], m.attrs["place_code"] = scoped_name(T.get(region).name, scope, rest), True, region
        return
    target = _named_organization_place(m, rest, level, named) \
        or _list_sibling_place(art, m, mine_sorted, mine_starts, level) \
        or _listed_leaders_place(art, m, mine_sorted, mine_starts, level, scope) \
        or _sentence_sibling_county(art, m, mine_sorted, mine_starts, level, art_code) \
        or (_paragraph_township(art, m, mine_sorted, mine_starts, scope) if level == "township" else None) \
        or _own_city_county(scope, art_code, level, spellings) or _place_at_level(art_code, level, scope != _CITY_SCOPE) \
        or _named_agency_place(m, rest, level, named_agencies)
    if target is not None:  # 县委 in a story about 云县 whose title names 崇明区 first: 云县's
        target = county_of_scope(scope, target, spellings)  # (the article's named places)
    target = _region_of_scope(scope, target)
    if target is not None and not _has_zone_organs(scope, rest, target):
        return  # 区党工委书记A in a story about 崇礼区: the zone's committee, kept bare (no 崇礼区党工委)
    if target is not None and m.astart >= 0 and _other_township_kind(scope, target):
        target = _sentence_township(art, m, mine_sorted, mine_starts, scope) or target
    if target is None and m.astart >= 0:
        near = _near_places(art, m, mine_sorted, mine_starts)
        for o in near:
            target = _place_at_level(o.attrs.get("code") or o.attrs.get("place_code"), level, scope != _CITY_SCOPE)
            if target and level == "county":  # (青川县委县政府向西湖区委区政府…: 区政府 is no 县's,
                target = county_of_scope(scope, target, spellings)  # whatever county is near)
            target = _region_of_scope(scope, target)
            if target:
                break
    if target is None and level == "county" and lone is not None:
        target = county_of_scope(scope, lone, spellings)  # 县政协 in a 甘南州 story of 碌曲县 alone
    if target is None and level == "city":
        target = municipal  # 市委 in a story set in 上海市 alone: 上海市委
    if target:
        standard = _city_court(scope, target, _standard_organ(rest))
        m.norm = short_named_organ(target, standard) or scoped_name(T.get(target).name, scope, standard)  # (市军分区:
        m.attrs["expanded"] = True  # 潍坊军分区)
        m.attrs["place_code"] = target
        raw = m.attrs.get("raw_rest") or (rest if standard != rest else None)
        if raw and raw != standard:
            m.attrs["alias"] = T.get(target).name + raw  # 邯郸市发展改革委 beside 邯郸市发展和改革委员会
    elif scope in ("乡", "镇") and (named := _only_named_township(mine_sorted, scope)) is not None:
        m.norm = scoped_name(named, scope, _standard_organ(rest))  # 永和镇 (of no one code) … 镇党委书记陈鑫淼
        m.attrs["expanded"] = True
    elif scope in ("乡", "镇"):
        m.attrs["unresolved"] = True  # 镇党委 of no known township: dropped by the caller


# people's organisations by their short form (妇联) and the full name it stands for (妇女联合会)
_MASS_FULL = tuple((r["name"], r["full"]) for r in L.load_table("mass_organizations") if r.get("full"))


def _one_spelling_per_mass_body(doc: Doc) -> None:
    """区妇联党组书记张颖 … 南岸区第十二届妇女联合会执行委员会: a text that writes one people's
    organisation both by its short form and in full names one body, called by its full name (as
    `_one_name_per_committee` names a party committee written two ways).  A body written one way
    only keeps its spelling."""
    names = {m.norm for m in doc.mentions if m.label == "Organization" and m.norm}
    for m in doc.mentions:
        if m.label != "Organization" or not m.norm:
            continue
        for short, full in _MASS_FULL:
            if m.norm.endswith(short) and len(m.norm) > len(short) \
                    and m.norm[:-len(short)] + full in names:
                m.norm = m.norm[:-len(short)] + full
                break


def _league_name(m: Mention) -> None:
    """团县委 completed as 西和县委 is the Youth League's committee of that county, 共青团西和县委 (as the
    league committees written with their place are named), never the party committee; one the story
    gives no county keeps its name as written (团县委)."""
    head = m.attrs.get("league")
    if head and m.attrs.get("expanded") and not m.norm.startswith(head):
        m.norm = head + m.norm
        m.attrs.pop("alias", None)


def _named_scoped_organizations(mine_sorted: list[Mention], label: str = "Organization") -> dict[str, set[str]]:
    """The organisations an article names with their place written out (绍兴市佛教协会, 铜山区总工会), by
    the kind after the place (佛教协会): the codes of the places each kind is named with.  Read once
    per article, for `_named_organization_place`."""
    T = table()
    out: dict[str, set[str]] = {}
    for o in mine_sorted:
        code = o.attrs.get("place_code")
        if o.label != label or o.attrs.get("relative") or not code or not T.get(code):
            continue
        place, name = T.get(code).name, o.norm or o.surface
        if name.startswith(place) and len(name) > len(place):
            out.setdefault(name[len(place):], set()).add(code)
    return out


def _named_organization_place(m: Mention, rest: str, level: str,
                              named: dict[str, set[str]] | None) -> str | None:
    """庆元县委统战部一行赴绍兴市佛教协会…参访 … 市佛协会长净芳: an organisation written with a bare level
    (市佛协) is the one of that kind the article names with its place written out, when it names one
    place only for that kind and of the level written (绍兴市佛教协会), not the article's own city's
    (丽水市佛教协会, named nowhere).  Organisations only: an agency's bare 市 stays the article's city."""
    return _one_named_place(rest, level, named) if m.label == "Organization" else None


def _one_named_place(rest: str, level: str, named: dict[str, set[str]] | None) -> str | None:
    """The code of the one place of `level` the article writes out before the kind `rest`
    (`_named_scoped_organizations`), None when it writes none or several."""
    codes = named.get(rest) if named else None
    if not codes or len(codes) != 1:
        return None
    code = next(iter(codes))
    div = table().get(code)
    return code if div is not None and div.level == level else None


def _named_agency_place(m: Mention, rest: str, level: str, named: dict[str, set[str]] | None) -> str | None:
    """山西省人民检察院发布…案例: 经尖草坪区水务局会议研究…区水务局已收缴罚款72万余元: in a story whose place
    has no division of the level written (a province's, for 区), an agency written with that bare level
    is the one of its kind the article names with its place written out, when it names one such place
    only (尖草坪区水务局).  Tried after the article's own place: 市生态环境局 in a city's story stays its own."""
    return _one_named_place(rest, level, named) if m.label == "Agency" else None


def _only_named_township(mine_sorted: list[Mention], scope: str) -> str | None:
    """The one township of the relative name's kind (镇, 乡) an article names, when the table gives it no
    code (永和镇, 寨里镇: a name many counties' townships bear) and it names no other of that kind: its
    镇党委, 镇政府 are that township's (永和镇人大主席团开展…督查活动，镇党委书记陈鑫淼、镇长张华尧…参加)."""
    names = {m.norm or m.surface for m in mine_sorted if m.label == "Place" and not m.attrs.get("anaphor")
             and (m.norm or m.surface).endswith(scope)}
    if len(names) != 1:
        return None
    name = next(iter(names))
    coded = any(m.attrs.get("code") for m in mine_sorted if m.label == "Place" and (m.norm or m.surface) == name)
    return name if len(name) > len(scope) + 1 and not coded else None


_ZONE_ENDS = tuple(sorted(L.words("zone_suffixes"), key=len, reverse=True))  # 高新区, 经济技术开发区
_ZONE_OFFICE = "办事处"  # a zone organ a district has too (区驻京办事处): not a zone's alone
_ZONE_SCOPE = "区"  # the relative scope a zone's own organs are written with (区管委会, 区党工委)
_ZONE_ORGAN_RESTS = frozenset(w for w in L.word_lists("posts_words").get("zone_organs", ()) if len(w) > 1) \
    | frozenset(L.word_lists("posts_words").get("zone_party_committees", ()))


_ZONE_ORGAN_DISTRICT_ENDS = tuple(L.word_lists("posts_words").get("zone_organ_district_ends", ()))


def _has_zone_organs(scope: str, rest: str, target: str) -> bool:
    """Can the place `target` be the one of a bare 区 zone organ (区党工委, 区管委会)?  Only a zone the
    table codes, or a district that is itself one (滨海新区, 西湖管理区: zone_organ_district_ends), keeps
    such committees; a plain district (宛城区) has its 区委 and 区政府, so the bare organ there is
    some zone's, unnamed."""
    if scope != _ZONE_SCOPE or rest not in _ZONE_ORGAN_RESTS or rest == _ZONE_OFFICE:
        return True
    div = table().get(target)  # (a zone the table codes keeps them: 新乡经济技术开发区管委会)
    return div is None or div.name.endswith(_ZONE_ORGAN_DISTRICT_ENDS) or div.name.endswith(_ZONE_ENDS)


def _zone_before(art: Article, m: Mention, mine_sorted: list[Mention], mine_starts: list[int],
                 scope: str, rest: str) -> tuple[str, str | None] | None:
    """珠海高新区党工委副书记、区管委会主任王小彬: 区 before a zone's own organ (管委会, 党工委) names the
    development zone its sentence named last (as a place, or inside the zone's agency named before
    it), not a district of the article's city (was a bare 区管委会 of no place).  The zone's name
    (珠海高新区) and its division code if it is one, or None when the sentence names no zone before it."""
    if scope != _ZONE_SCOPE or rest not in _ZONE_ORGAN_RESTS or m.astart < 0:
        return None
    sent = art.sentence_at(m.astart)
    if sent is None:
        return None
    k = bisect.bisect_left(mine_starts, m.astart)
    while k > 0 and mine_starts[k - 1] >= sent.start:
        k -= 1
        o = mine_sorted[k]
        name = o.norm or o.surface
        if o.aend > m.astart or o.label not in ("Place", "Agency"):
            continue
        if o.label == "Place":
            return (name, o.attrs.get("code")) if name.endswith(_ZONE_ENDS) else None
        cut = max((name.rfind(z) + len(z) for z in _ZONE_ENDS if z in name), default=-1)
        if cut > 0 and name[cut:] in _ZONE_ORGAN_RESTS and o.attrs.get("relative") is None:
            return name[:cut], None  # 珠海高新区|党工委: the zone of the committee named before
    return None


_ABROAD_CITY_ORGANS = frozenset(L.word_lists("agency_cues").get("abroad_city_organs", ()))
_WORLD_CITY = "world-city"
CITY_ABROAD_SPAN = "city_abroad_span"  # the span of the city abroad a bare organ is that city's (杜伊斯堡市政府)
_STORY_OPENING_MENTIONS = 40  # the mentions an article opens with, read for the first place it names
_ABROAD_CITY_SENTENCES = 2  # sentences before a bare organ's own read back for the last place named


def _city_abroad_before(art: Article, m: Mention, mine_sorted: list[Mention], mine_starts: list[int]) -> Mention | None:
    """温振顺总领事…赴北威州杜伊斯堡市，在市政厅拜会该市市长索伦·林克。市政府礼宾…处处长奈伦女士…在座:
    a bare city organ a city abroad has too (agency_cues abroad_city_organs: 市政府) whose sentence,
    or the two before when its own names no place, last named a city abroad is that city's, not
    the Chinese city of the story (was 重庆市人民政府, the city the article also names)."""
    if m.attrs.get("raw_rest") not in _ABROAD_CITY_ORGANS or m.astart < 0:
        return None
    return city_abroad_before(art, m.astart, mine_sorted, mine_starts)


def city_abroad_before(art: Article, at: int, mine_sorted: list[Mention], mine_starts: list[int]) -> Mention | None:
    """The city abroad (a world city's mention) that is the last place named before article position
    `at` in its sentence, or in the two sentences before when its own names none; None when that
    place is no city abroad.  The places are read back over those sentences only (bounded)."""
    sent = art.sentence_at(at)
    if sent is None:
        return None
    lo = sent.start
    for _ in range(_ABROAD_CITY_SENTENCES):
        prev = next((p for p in (art.sentence_at(lo - d) for d in (1, 2) if lo >= d) if p), None)
        lo = prev.start if prev is not None else lo
    k = bisect.bisect_left(mine_starts, at)
    while k > 0 and mine_starts[k - 1] >= lo:
        k -= 1
        o = mine_sorted[k]
        if o.label != "Place" or o.attrs.get("anaphor") or o.aend > at:
            continue
        if not _city_abroad(o) or (o.astart < sent.start and not _city_story(art, mine_sorted)):
            return None
        return o
    return None


def _city_story(art: Article, mine_sorted: list[Mention]) -> bool:
    """Is the article a story told abroad (placed abroad, or the first place it names below a
    country is abroad: 温振顺总领事…赴北威州杜伊斯堡市)?  Only then a bare organ a sentence or two after
    a city abroad is that city's (a Chinese host's story, 市长万勇会见了日本大分市代表团一行。
    市政府秘书长…陪同, is the host city's).  The article's first mentions only are read (bounded)."""
    if str(art.place or "").startswith("place-iso-") and not str(art.place).startswith(f"place-{CHINA_CODE}"):
        return True
    first = next((o for o in mine_sorted[:_STORY_OPENING_MENTIONS] if o.label == "Place" and not o.attrs.get("anaphor")
                  and o.attrs.get("code") and o.attrs.get("level") != "country"), None)
    return first is not None and not str(first.attrs["code"])[:1].isdigit()


def _city_abroad(o: Mention) -> bool:
    """A world city of the registry, or a city abroad read by sound with its 市 (新西兰|陶波市,
    英国北爱尔兰|弗马纳市: coded under its country, of level region)."""
    if o.attrs.get("level") == _WORLD_CITY:
        return True
    code = str(o.attrs.get("code") or "")
    return _foreign(code) and (o.norm or o.surface).endswith(_CITY_SCOPE)


def _region_of_scope(scope: str, code: str | None) -> str | None:
    """`code` unless the scope is a word that names a kind of place (自治区 of 自治区党委党校) the place
    is not: a story set in 北京市 that writes 自治区党委 speaks of an autonomous region, never of 北京市
    (the organ is then left as written)."""
    if code is None or len(scope) < 2:
        return code
    d = table().get(code)
    return code if d is not None and scope in d.name else None


def _near_places(art: Article, m: Mention, mine_sorted: list[Mention], mine_starts: list[int]) -> list[Mention]:
    """The coded places named before `m` in its sentence, nearest first (a birthplace left out)."""
    sent = art.sentence_at(m.astart)
    lo = sent.start if sent else max(0, m.astart - 80)
    k = bisect.bisect_left(mine_starts, m.astart)
    near = []
    while k > 0 and mine_starts[k - 1] >= lo:  # mentions before it in its sentence, nearest first
        k -= 1
        o = mine_sorted[k]
        if (o.attrs.get("place_code") or o.attrs.get("code")) and not _birthplace(art.text, o, lo):
            near.append(o)
    return near


def _lone_county(mine_sorted: list[Mention], home: str | None) -> str | None:
    """州政协副主席召玛杰…到尕秀村视察，县政协主席尕藏南杰、县政府副县长才让东智陪同 … 碌曲县: in a story set
    in a prefecture that names one county of it and no other (its townships and villages counted as
    that county's), a bare 县政协 or 县政府 is that county's.  The county's code, or None.  Read once
    per article."""
    d = table().get(home) if home else None
    if d is None or d.level != "city":
        return None
    counties = set()
    for m in mine_sorted:
        if m.label == "Place" and not m.attrs.get("anaphor"):
            county = _place_at_level(m.attrs.get("code"), "county", strict=True)
            if county is not None:
                counties.add(county)
                if len(counties) > 1:
                    return None
    county = next(iter(counties), None)
    return county if county is not None and table().is_within(county, home) else None


def _sentence_sibling_county(art: Article, m: Mention, mine_sorted: list[Mention], mine_starts: list[int],
                             level: str, art_code: str | None) -> str | None:
    """龙伟深入布拖、德昌两县调研 … 8日，龙伟走访调研了德昌县志能稀土、…、县公安局等地: in a story set in
    one county that visits its neighbours, a bare 县X局 after another county of the same prefecture
    named in its sentence (and the story's own county not named there) is that county's.  The
    county's code, or None."""
    if level != "county" or m.astart < 0 or not art_code:
        return None
    d = table().get(art_code)
    if d is None or d.level != "county":
        return None
    counties = {_place_at_level(o.attrs.get("code") or o.attrs.get("place_code"), "county")
                for o in _near_places(art, m, mine_sorted, mine_starts)}
    counties.discard(None)
    if art_code in counties or len(counties) != 1:
        return None
    other = next(iter(counties))
    return other if other[:4] == art_code[:4] else None


def _other_township_kind(scope: str, code: str) -> bool:
    """乡党委 where the article's township is a 镇 (or 镇政府 where it is a 乡): the scope names a
    township of the other kind, so not the article's."""
    d = table().get(code)
    return scope in ("乡", "镇") and d is not None and d.level == "township" and not d.name.endswith(scope)


_PARAGRAPH_TOWNSHIP_REACH = 200  # characters back a bare 镇党委 looks for the one township its paragraph names
_OWN_TOWNSHIP_MARKS = ("我", "本")  # 我镇, 本镇: the writer's own township, the article's


def _paragraph_township(art: Article, m: Mention, mine_sorted: list[Mention], mine_starts: list[int],
                        scope: str) -> str | None:
    """suzhe90: 郑陆镇是我市东部工业强镇…。镇党委书记曹志伟、镇长杨康成表示 in a round-up of several towns
    (the article placed in 奔牛镇, named first): a bare 镇党委 (乡 alike) is the one coded township of
    the scope's kind its paragraph names before it, not the article's.  None when the paragraph names
    none or two (the article's place decides) or the writer's own (我镇).  Bounded: the same line, at
    most _PARAGRAPH_TOWNSHIP_REACH characters back, read by bisection."""
    if m.astart < 0:
        return None
    text = art.text
    lo = max(0, m.astart - _PARAGRAPH_TOWNSHIP_REACH, text.rfind("\n", 0, m.astart) + 1)
    if any(text.find(a + scope, lo, m.astart) >= 0 for a in _OWN_TOWNSHIP_MARKS):
        return None
    named = set()
    for o in mine_sorted[bisect.bisect_left(mine_starts, lo):bisect.bisect_left(mine_starts, m.astart)]:
        if o.label != "Place" or o.aend > m.astart or o.attrs.get("anaphor") or o.attrs.get("level") != "township" \
                or not (o.norm or o.surface).endswith(scope):
            continue
        named.add(o.attrs.get("code"))
    return next(iter(named)) if len(named) == 1 else None


def _sentence_township(art: Article, m: Mention, mine_sorted: list[Mention], mine_starts: list[int],
                       scope: str) -> str | None:
    """The township of the scope's kind named before `m` in its sentence (玛多县扎陵湖乡卓让村牧委会召开
    牧民大会，乡党委书记… in a story set in a 镇: 扎陵湖乡党委), nearest first; None when none is."""
    for o in _near_places(art, m, mine_sorted, mine_starts):
        code = _place_at_level(o.attrs.get("code") or o.attrs.get("place_code"), "township")
        d = table().get(code) if code else None
        if d is not None and d.name.endswith(scope):
            return code
    return None


_BIRTH_SLOTS = place_words("birthplace_labels")  # 籍贯, 出生地: 籍贯、出生地：广东博罗
_BIRTH_AFTER = place_words("birthplace_after")  # 人，: 广东博罗人，
_BIRTH_REACH = 12  # characters from a label to the place it introduces (籍贯、出生地：广东|博罗)


def _birthplace(text: str, o: Mention, lo: int = 0) -> bool:
    """Is the place `o` a person's birthplace in a resume (籍贯、出生地：广东博罗, 广东博罗人，)?  It
    says where he was born, not where the bodies of his posts are: 现任市委编办综合科科长 after it is
    no 惠州市's.  A label within a few characters before it with no stop between, or 人 and a stop
    right after it."""
    if text.startswith(_BIRTH_AFTER, o.aend):
        return True
    start = max(lo, o.astart - _BIRTH_REACH)
    k = max((text.rfind(w, start, o.astart) for w in _BIRTH_SLOTS), default=-1)
    return k >= 0 and not any(ch in "，,；;。" for ch in text[k:o.astart])


_LOCAL_BARE_ORGANS = frozenset(L.word_lists("agency_cues").get("local_bare_organs", ()))
_NATIONAL_PREFIX = "国家"
_LOCAL_LEVELS = ("province", "city", "county")


def _bare_local_organ(m: Mention) -> bool:
    """A national organ written by a short name every level's body of that name bears (发改委)."""
    return m.label == "Agency" and bool(m.attrs.get("national")) and m.surface in _LOCAL_BARE_ORGANS \
        and m.norm.startswith(_NATIONAL_PREFIX)


def _localise(m: Mention, code: str) -> None:
    """发改委 → 平利县发展和改革委员会: the national organ's name without 国家, after the place's."""
    name = table().get(code).name
    m.norm = name + m.norm[len(_NATIONAL_PREFIX):]
    for key in ("national", "located", "parent_org"):
        m.attrs.pop(key, None)
    m.attrs.update(place_code=code, expanded=True, alias=name + m.surface)


_LIST_GAP = 2  # characters between two items of a list of bodies (、, 和)


def _written_beside(m: Mention, n: Mention) -> bool:
    """Are `m` and `n` items of one list of bodies (at most `_LIST_GAP` characters between them)?"""
    return -_LIST_GAP <= m.astart - n.aend <= _LIST_GAP or -_LIST_GAP <= n.astart - m.aend <= _LIST_GAP


def _localise_bare_organs(art: Article, mine: list[Mention], home: str | None) -> None:
    """A bare 发改委 in a county or city story is that place's 发展和改革委员会, not the national
    commission the registry reads it as: every level has one, and local news names its own body
    without a scope.  Only where the article is about a Chinese division (a national story's
    发改委 stays national), the article never writes the national body's full or 国家 form, no
    national organ is listed beside it (国家工业和信息化部、发展改革委和科技部), and no post of
    another body's is listed before it (市政协副主席、发改委主任: `_complete_listed_organs`)."""
    T = table()
    d = T.get(home) if home else None
    if d is None:
        return
    code = d.code if d.level in _LOCAL_LEVELS else _place_at_level(d.code, "county")
    if code is None or T.get(code) is None:
        return
    national = [m for m in mine if m.label == "Agency" and m.attrs.get("national") and not _bare_local_organ(m)]
    bodies = sorted((m for m in mine if m.label in ("Agency", "Organization") and m.astart >= 0),
                    key=lambda m: m.astart)
    for m in mine:
        if not _bare_local_organ(m) or any(n.norm == m.norm for n in national):
            continue  # 国家发展改革委 … 发改委: the article names the national body, the short form is it
        if any(_written_beside(m, n) for n in national if n.astart >= 0):
            continue  # 工业和信息化部、发展改革委和科技部: listed with national organs
        prev = [b for b in bodies if b.aend <= m.astart and b is not m]
        if prev and _POST_LIST_RE.match(art.text[prev[-1].aend:m.astart]):
            continue  # 市政协副主席、发改委主任: the listed body's place's (read once it is resolved)
        _localise(m, code)


_POST_LIST_RE = re.compile("^[^，,。；;：:]{0,6}、$")
_LISTED_GAP_RE = re.compile("^(?:[（(][^（(）)、，,。；;]{1,8}[）)])?、$")  # 县财政局(国资局)、发改委


def _listed_bare_organs(art: Article, mine_sorted: list[Mention]) -> None:
    """分管区政府办公室、发改委、财政局: a bare 发改委 listed right after a body with a Chinese division's
    scope (区政府办公室, 市财政局, 平利县统计局) shares that body's scope, as the departments after it
    do (区财政局): the list names one level's bodies, whether or not the article's place is known.  Only
    the item right after the scoped body (a 、 between, or its other name in brackets and a 、), and
    never a body listed with national organs.  One pass over the article's mentions in order."""
    prev: Mention | None = None
    for m in mine_sorted:
        if m.label not in ("Agency", "Organization"):
            continue
        if prev is not None and _bare_local_organ(m) and prev.label == "Agency" and not prev.attrs.get("national") \
                and (prev.attrs.get("relative") or str(prev.attrs.get("place_code") or "").isdigit()) \
                and _LISTED_GAP_RE.match(art.text[prev.aend:m.astart]):
            rest = m.norm[len(_NATIONAL_PREFIX):]
            for key in ("national", "registry", "located", "parent_org"):
                m.attrs.pop(key, None)
            if prev.attrs.get("relative"):
                scope = prev.attrs["relative"]
                m.norm = scope + rest
                m.attrs.update(relative=scope, rest=rest, raw_rest=m.surface, tail=rest)
            else:
                code = prev.attrs["place_code"]
                m.norm = table().get(code).name + rest
                m.attrs.update(place_code=code, expanded=True, tail=rest, alias=table().get(code).name + m.surface)
        prev = m
_PERSON_LIST_RE = re.compile("^[^，,。；;：:（(）)]{0,12}、$")


_NATIONAL_OPENINGS = ("国家", "国务院", "中国", "中华人民共和国", "中央", "全国")


def _listed_with_national(mine_sorted: list[Mention], k: int) -> bool:
    """Is the k-th mention written right next to a national organ's (a list mark or 和 between)?"""
    m = mine_sorted[k]
    for j in (k - 1, k + 1):
        if 0 <= j < len(mine_sorted) and (n := mine_sorted[j]).label == "Agency" and n.attrs.get("national") \
                and n.surface != m.surface and _written_beside(m, n):
            return True
    return False


_TWIN_ATTRS = ("relative", "place_code", "expanded", "tail", "rest", "raw_rest")


def _bare_twins_local(mine_sorted: list[Mention]) -> None:
    """记者从市国资委获悉…国资委监管企业…: a national organ's bare short name (国资委, 发改委, 医保局)
    written after a body of the same name with a Chinese division's scope (市国资委, 邯郸市国资委) is that body, the one
    the story reports from, not the national organ the registry reads the short name as — unless
    the article also writes the national organ in a form of its own (国务院国资委), when the bare
    name may be either.  One pass over the article's mentions in order."""
    bare = {m.surface for m in mine_sorted if m.label == "Agency" and m.attrs.get("national")
            and m.surface == m.attrs.get("alias") and not m.surface.startswith(_NATIONAL_OPENINGS)}
    if not bare:
        return
    written = {m.norm for m in mine_sorted if m.attrs.get("national") and m.surface not in bare}
    scoped: dict[str, Mention] = {}
    for k, m in enumerate(mine_sorted):
        if m.label != "Agency":
            continue
        if not m.attrs.get("national"):
            if not (m.attrs.get("relative") or str(m.attrs.get("place_code") or "").isdigit()):
                continue  # (法国欧洲和外交部: a foreign ministry, no Chinese division's body of the name)
            for s in bare:
                if len(m.surface) > len(s) and m.surface.endswith(s) and s not in scoped:
                    scoped[s] = m  # the first scoped body of that name
            continue
        twin = scoped.get(m.surface)
        if twin is None or m.surface not in bare or m.norm in written or _listed_with_national(mine_sorted, k):
            continue  # (国家工业和信息化部、发展改革委和科技部: listed with national organs, the national one)
        m.norm = twin.norm
        for key in ("national", "registry", "located", "parent_org"):
            m.attrs.pop(key, None)
        m.attrs.update({key: twin.attrs[key] for key in _TWIN_ATTRS if key in twin.attrs})


def _list_sibling_place(art: Article, m: Mention, mine_sorted: list[Mention], mine_starts: list[int],
                        level: str) -> str | None:
    """由秭归县人大常委会副主任魏启扬、县人民检察院检察长杨玉超…带队的考察团: a relative name right
    after another body's post and person in a 、-list belongs to that body's place when it is of the
    name's level (a visiting delegation lists its own county's bodies so, in a story about the host).
    That place's code, or None."""
    k = bisect.bisect_left(mine_starts, m.astart)
    while k > 0:
        k -= 1
        prev = mine_sorted[k]
        if prev.label in ("Agency", "Organization") and prev.aend <= m.astart:
            break
    else:
        return None
    code = prev.attrs.get("place_code")
    if not code or not _PERSON_LIST_RE.match(art.text[prev.aend:m.astart]):
        return None
    d = table().get(code)
    return code if _of_level(d, level) else None


_MUNICIPALITY_SUFFIX = "市"


def _municipal_home(art: Article, home: str | None, places: list[Mention]) -> str | None:
    """The municipality (上海市, a province by rank, no prefecture under it) a story is set in, when
    the article names no place outside it but provinces, and names it (or a place in it) once at
    least not as where something goes or happens (在北京举办, 赴上海): its bare 市委, 市人大常委会 are
    the municipality's, as its 市长 is (上海市代表团赴浙江省和江苏省考察…市委秘书长A).  A story naming a
    city elsewhere (宜昌市政协…赴上海, 台州市商务局…在上海开幕) or the municipality only as a venue
    (市政府在北京举办推介会) keeps them as they were read."""
    prov = _place_at_level(home, "province") if home else None
    d = table().get(prov) if prov else None
    if d is None or not _of_level(d, "city"):
        return None
    home_named = False
    for m in places:
        code = m.attrs.get("code")
        o = table().get(code) if m.label == "Place" and code and len(code) == 6 else None
        if o is None or m.attrs.get("anaphor"):
            continue
        inside = _place_at_level(o.code, "province") == prov
        if o.level != "province" and not inside:
            return None
        home_named = home_named or (inside and art.text[m.astart - 1:m.astart] not in _MUNICIPAL_NOT_AFTER)
    return prov if home_named else None


_MUNICIPAL_NOT_AFTER = frozenset(L.word_lists("relation_cues")["municipal_not_after"])


def _of_level(d, level: str) -> bool:
    """Is the division d of the relative name's level?  A municipality (天津市, a province by rank)
    is a 市 too: its 市政府 is the city-level name of its government."""
    return d is not None and (d.level == level or (level == "city" and d.level == "province"
                                                   and d.name.endswith(_MUNICIPALITY_SUFFIX)))


def _county_city(d, level: str) -> bool:
    """义乌市委常委、市纪委书记、市监委主任傅晓辉 (in 浠水县's story of its trip there): a county-level
    city's 市纪委 is its own, as its 市委 is — a 市 of that level opening a list of leaders names it."""
    return d is not None and level == "city" and d.level == "county" and d.name.endswith(_CITY_SCOPE)


_LEADERS_GAP = 40  # characters of posts and names between a city's body and a relative name after it
_LEADER_LIST_BREAK_RE = re.compile(alt(L.word_lists("relation_cues")["leader_list_breaks"]))


def _listed_leaders_place(art: Article, m: Mention, mine_sorted: list[Mention], mine_starts: list[int],
                          level: str, scope: str = "") -> str | None:
    """舟山市委书记何中伟，市委副书记、市长徐仁标，市人大常委会主任张明超: a relative name in a list of
    leaders that a body of a named place of its level opens, in the same sentence, with nothing between
    but posts, names and commas (no verb: 会见, 陪同, 在…), is that place's (a story about 达州's
    delegation lists the host city's leaders so).  That place's code, or None.  A province's or a
    city's scope word names only a place called so: 省政协 after 重庆市政协副主席某 is no 重庆市's (a
    municipality is never a 省), 市委 after 州委 no prefecture's, so the list is no guide."""
    sent = art.sentence_at(m.astart)
    if sent is None:
        return None
    k = bisect.bisect_left(mine_starts, m.astart)
    while k > 0:
        k -= 1
        prev = mine_sorted[k]
        if prev.astart < sent.start or m.astart - prev.aend > _LEADERS_GAP:
            return None
        if prev.label not in ("Agency", "Organization") or prev.aend > m.astart:
            continue
        code = prev.attrs.get("place_code")
        d = table().get(code) if code else None
        if not (_of_level(d, level) or _county_city(d, level)) \
                or (level in ("province", "city") and scope and not d.name.endswith(scope)):
            return None  # (落实省委、州委决策部署，紧扣市委…: 市委 is no 州's, 州委 no 市's)
        gap = art.text[prev.aend:m.astart]
        if _CLAUSE_BREAK_RE.search(gap) or _LEADER_LIST_BREAK_RE.search(gap):
            return None
        return code
    return None


_CLAUSE_BREAK_RE = re.compile("[。；;：:（(）)！？\n]")


def _complete_listed_organs(art: Article, mine_sorted: list[Mention]) -> None:
    """An organ named without a scope right after another body's post in a 、-list is that body's
    place's organ: 自治区党委书记、人大常委会主任 → 内蒙古自治区人大常委会, 佳木斯市委常委、纪委书记 →
    佳木斯市纪委 (appointment news lists one person's posts so)."""
    T = table()
    prev = None
    for m in mine_sorted:
        if m.label not in ("Agency", "Organization"):
            continue
        name = m.norm or m.surface
        if prev is not None and _bare_local_organ(m) and prev.attrs.get("place_code") \
                and _POST_LIST_RE.match(art.text[prev.aend:m.astart]) and T.get(prev.attrs["place_code"]):
            _localise(m, prev.attrs["place_code"])  # 市政协副主席、发改委主任 → 周口市发展和改革委员会
        elif prev is not None and name in L.ORGANS and not m.attrs.get("place_code") \
                and not m.attrs.get("registry") and prev.attrs.get("place_code") \
                and _POST_LIST_RE.match(art.text[prev.aend:m.astart]) and T.get(prev.attrs["place_code"]):
            code = prev.attrs["place_code"]
            m.norm, m.label = T.get(code).name + name, "Agency"
            m.attrs.update(place_code=code, expanded=True)
        prev = m




@lru_cache(maxsize=1)
def _party_term_re() -> re.Pattern:
    """(place)第十四届委员会: a party committee named with its term (relation_cues.tsv party_term_*)."""
    c = L.word_lists("relation_cues")
    return re.compile(f"^(.+?)(?:{alt(c['party_term_ordinal'])})?[{CHINESE_NUMERALS}{DIGIT}]{{1,4}}(?:{alt(c['party_term_close'])})"
                      f"(?:{alt(c['party_term_head'])})$")


def _party_committee(doc: Doc, m: Mention, name: str) -> str:
    """中共临河区第十四届委员会 names 临河区委 in one of its terms: the body is the committee, the term
    is no part of its name (one entity with 区委 and 临河区委).  Only after the party's marker (中共),
    written before the name or opening it: 政协…第十四届委员会 is another body."""
    m_term = _party_term_re().match(name)
    if m_term is None or m.label != "Agency":
        return name
    opens = L.word_lists("relation_cues")["party_term_open"]
    before = doc.text[max(0, m.start - 6):m.start] if m.start >= 0 else ""
    place = m_term.group(1)
    if place.startswith(opens):
        place = place[next(len(w) for w in sorted(opens, key=len, reverse=True) if place.startswith(w)):]
    elif not before.endswith(opens):
        return name
    tail = _party_term_re().match(m.attrs.get("tail") or "")
    if tail is not None and place.endswith(tail.group(1)):
        place = tail.group(1)  # 巴彦淖尔市|临河区…: the committee of the last place, 临河区委
    return place + L.word_lists("relation_cues")["party_committee_short"][0] if place else name


def _relative_unplaced(m: Mention) -> bool:
    """Is the mention a body named by a relative scope (县政协, 县中医院) that no place was found for?"""
    return bool(m.attrs.get("relative")) and not m.attrs.get("expanded") and not m.attrs.get("place_code")


def _unplaced_key_name(doc: Doc, m: Mention, name: str, relative_names: frozenset = frozenset()) -> str:
    """县政协, 县委 left with no place (the story names no county): this document's body, keyed by
    the document as the posts stage keys the bodies it names so — one id for the bare name would
    make every such story's county one agency.  Another mention of the same name in the document,
    found by a rule that marks no scope (设在县中医院院坝 by its suffix, 县中医院专家 as a relative
    institution), is the same body under the same key (weijian95: was two 县中医院)."""
    if _relative_unplaced(m) or (m.label, name) in relative_names:
        return doc.id + "|" + name
    return name


def _make_entities(doc: Doc) -> None:
    by_span: dict[tuple[str, int], Mention] = {}
    counties: dict[str, tuple[list[Mention], list[int]]] = {}  # per article, sorted, with starts
    townships: dict[str, tuple[list[Mention], list[int]]] = {}  # (coded townships, the same way)
    for o in sorted(doc.mentions, key=lambda o: o.astart):
        if o.label == "Place" and o.attrs.get("level") in ("county", "township") and o.astart >= 0 \
                and (o.attrs.get("level") == "county" or o.attrs.get("code")):
            ms, starts = (counties if o.attrs.get("level") == "county" else townships).setdefault(o.article, ([], []))
            ms.append(o)
            starts.append(o.astart)
    first_parent: dict[str, str | None] = {}  # an unlisted place's name → the parent its first mention got
    # … and the parent it was written under (万山区丹都街道旺家社区): the same name written alone later in
    # the document (她从思南县鹦鹉溪镇青中村搬迁到旺家社区) is that place, not one of the county nearest it
    written_parent: dict[str, str] = {}
    namesakes = _namesake_townships(doc)
    # (label, name) of the bodies some mention names by a relative scope with no place: every mention of the name
    relative_names = frozenset((o.label, o.norm or o.surface) for o in doc.mentions
                               if o.label != "Place" and _relative_unplaced(o))
    later: dict = {}  # (article, start) → place mention, built the first time a repeat needs it
    for m in sorted(doc.mentions, key=lambda m: (m.start, -(m.end - m.start))):
        name = m.norm or m.surface
        if m.label == "Place":
            parent_key = None
            if m.attrs.get("level") in ("water", "region"):
                pass  # a river or lake crosses divisions, a region or a foreign place has none
            elif not m.attrs.get("code"):
                pm = m.attrs.get("parent_mention")
                parent = by_span.get((m.article, pm[0])) if pm else None
                if pm and parent is None:
                    parent = _later_parent(doc, m.article, pm[0], later)
                parent_key = m.attrs.get("parent_key") or (parent.key if parent
                                                           else _repeated_parent(m, name, first_parent)
                                                           or written_parent.get(name)
                                                           or namesakes.get((m.article, _village_stem_of(m, name)))
                                                           or (None if m.attrs.get("no_enclosing_county")
                                                               else _enclosing_county_key(doc, m, counties, townships)))
                if parent_key and (m.attrs.get("parent_key") or parent):
                    written_parent.setdefault(name, parent_key)
                m.attrs["parent_key"] = parent_key
                first_parent.setdefault(name, parent_key)
            key = entity_id("Place", name, m.attrs.get("code"), parent_key)
        else:
            name = _party_committee(doc, m, name)
            key = entity_id(m.label, _unplaced_key_name(doc, m, name, relative_names))
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
        sent = doc.article(m.article).sentence_at(m.astart) if m.astart >= 0 else None
        if sent is not None:
            ev.quote, ev.sentence_start = doc.text[sent.src_start:sent.src_end], sent.src_start
        ent.mentions.append(ev)
        ent.rules.add(m.rule)
        if m.attrs.get("parent_key"):
            ent.attrs.setdefault("parent_key", m.attrs["parent_key"])


def _merge_nested_places(doc: Doc) -> None:
    """海南侨乡文昌白土村 in a title and 文昌市昌洒镇白土村 in the body are one village: a place the
    tables do not know, placed under a coded division, joins the one place of its name and level
    the same article places under a coded division within that one (昌洒镇 is of 文昌市).  Its
    mentions take the finer parent, so the village is part of 昌洒镇 only.  With two finer places
    of the name (two townships' 白土村) it stays apart: which one is unknown."""
    by_name: dict[tuple[str, str | None], list[Entity]] = {}
    for e in doc.entities.values():
        if e.type == "Place" and not e.code and str(e.attrs.get("parent_key") or "").startswith("place-"):
            by_name.setdefault((e.name, e.level), []).append(e)
    groups = [ents for ents in by_name.values() if len(ents) > 1]
    if not groups:
        return
    T = table()
    articles = _articles_by_key(doc)
    moved: dict[str, str] = {}
    for ents in groups:
        under = _under_ancestors(T, ents)
        for coarse in ents:
            up = str(coarse.attrs["parent_key"])[len("place-"):]
            finer = []
            for e in under.get(up, ()) if T.get(up) else ():
                if e is not coarse and articles.get(coarse.id, set()) <= articles.get(e.id, set()):
                    finer.append(e)
                    if len(finer) > 1:
                        break  # (two finer places of the name: which one is unknown)
            if len(finer) == 1 and finer[0].id not in moved and coarse.id not in moved:
                finer[0].merge(coarse)
                moved[coarse.id] = finer[0].id
    for m in doc.mentions if moved else ():
        if m.key in moved:
            kept = doc.entities[moved[m.key]].attrs["parent_key"]
            m.attrs["parent_key"] = kept
            if m.attrs.get("parent_code"):
                m.attrs["parent_code"] = kept[len("place-"):]
    _drop_merged(doc, moved)


def _under_ancestors(T, ents: list[Entity]) -> dict[str, list[Entity]]:
    """The places of one name by each division their parent lies within (its ancestors' codes), in
    the group's order: the finer places under a coarse one's parent looked up at once, not by
    comparing every pair of the group (a list naming one uncoded name under hundreds of parents)."""
    under: dict[str, list[Entity]] = {}
    for e in ents:
        for a in T.ancestors(str(e.attrs["parent_key"])[len("place-"):]):
            under.setdefault(a.code, []).append(e)
    return under


def _merge_orphan_places(doc: Doc) -> None:
    """马郢村 alone in a title and 杨庙镇马郢村 in the body are one village: a place the tables do not
    know, found with no parent, joins the one place of its name and level the same article places
    under a parent (with two such, it stays apart: which one is unknown)."""
    by_name: dict[tuple[str, str | None], list[Entity]] = {}
    for e in doc.entities.values():
        if e.type == "Place" and not e.code:
            by_name.setdefault((e.name, e.level), []).append(e)
    moved: dict[str, str] = {}
    articles: dict[str, set[str]] = {}
    for ents in by_name.values():
        parented = [e for e in ents if e.attrs.get("parent_key")]
        if len(parented) != 1 or len(ents) == 1:
            continue
        articles = articles or _articles_by_key(doc)  # (built once, when first needed)
        for orphan in ents:  # only within the articles that place it (a page's other story: another)
            if not orphan.attrs.get("parent_key") and articles.get(orphan.id, set()) <= articles.get(parented[0].id, set()):
                parented[0].merge(orphan)
                moved[orphan.id] = parented[0].id
    _drop_merged(doc, moved)


def _articles_by_key(doc: Doc) -> dict[str, set[str]]:
    """The articles each entity key is mentioned in: two places of one name are one place only
    where the same story names both (a page's other story may mean another)."""
    articles: dict[str, set[str]] = {}
    for m in doc.mentions:
        articles.setdefault(m.key, set()).add(m.article)
    return articles


def _drop_merged(doc: Doc, moved: dict[str, str]) -> None:
    """After `Entity.merge`: the merged entities (`moved`: old key → the key that took them in)
    leave the document and their mentions point at the entity that took them in, in one pass."""
    for key in moved:
        del doc.entities[key]
    for m in doc.mentions if moved else ():
        if m.key in moved:
            m.key = moved[m.key]
        if m.attrs.get("parent_key") in moved:
            m.attrs["parent_key"] = moved[m.attrs["parent_key"]]
    for e in doc.entities.values() if moved else ():
        if e.attrs.get("parent_key") in moved:  # huazhong102: 凤凰县大坡村茨岩社区 in a title, 新场镇大坡村 in the
            e.attrs["parent_key"] = moved[e.attrs["parent_key"]]  # body: the community's parent is the kept village


def _former_township_names(name: str) -> tuple[str, ...]:
    """The current names a township written `name` can bear after being raised (杜曲镇 → 杜曲街道,
    庙坝乡 → 庙坝镇, 大兆乡 → 大兆街道): the stem (two characters or more) with the suffix of each
    level the old suffix was raised to (place_grammar.tsv former_street_suffixes, former_town_suffixes)."""
    out = []
    for now, before in (("street_suffix", "former_street_suffixes"), ("town_suffix", "former_town_suffixes")):
        for old in place_words(before):
            stem = name[:-len(old)]
            if name.endswith(old) and len(stem) >= 2:
                out.append(stem + place_words(now)[0])
    return tuple(out)


def _merge_former_townships(doc: Doc) -> None:
    """撤销杜曲镇…设立杜曲街道, 闻堰镇党委 beside 闻堰街道: a township the tables do not know, written
    with the suffix it had before it was raised, is the coded 街道 (or 镇) of the same stem the same
    article names: one place, the old name its alias and `former_name`.  Only with exactly one such
    place, of the old name's county when its county is known (a 城关镇 and another county's 城关街道
    stay two places)."""
    T = table()
    coded: dict[str, list[Entity]] = {}
    for e in doc.entities.values():
        if e.type == "Place" and e.code and e.level == "township":
            coded.setdefault(e.name, []).append(e)
    if not coded:
        return
    articles = _articles_by_key(doc)
    moved: dict[str, str] = {}
    for e in list(doc.entities.values()):
        if e.type != "Place" or e.code or e.level not in ("township", None):
            continue
        parent = str(e.attrs.get("parent_key") or "")[len("place-"):]
        fits = [c for new in _former_township_names(e.name) for c in coded.get(new, ())
                if articles.get(e.id, set()) & articles.get(c.id, set())
                and (not T.get(parent) or T.is_within(c.code, parent))]
        if len(fits) != 1:
            continue
        fits[0].merge(e)
        fits[0].attrs.setdefault("former_name", e.name)
        moved[e.id] = fits[0].id
    _drop_merged(doc, moved)


def _merge_township_stems(doc: Doc) -> None:
    """杏林 beside 杏林镇 (…开创杏林经济社会高质量发展新局面): a township's own news writes it by its
    stem.  A place only jieba's tags found (no code, no level below a region) joins the one
    township of the same article whose name is that stem (two characters or more) and a township
    suffix (place_grammar.tsv table_township_suffixes)."""
    by_stem: dict[str, list[Entity]] = {}
    for e in doc.entities.values():
        if e.type == "Place" and e.level == "township":
            for suffix in _TOWNSHIP_SUFFIXES:
                if e.name.endswith(suffix) and len(e.name) - len(suffix) >= 2:
                    by_stem.setdefault(e.name[:-len(suffix)], []).append(e)
    if not by_stem:
        return
    articles: dict[str, set[str]] = {}
    moved: dict[str, str] = {}
    for e in list(doc.entities.values()):
        if e.type != "Place" or e.code or e.level not in (None, "region") or e.name not in by_stem \
                or not all(r.startswith("pos.") for r in e.rules):
            continue
        articles = articles or _articles_by_key(doc)
        fits = [t for t in by_stem[e.name] if articles.get(e.id, set()) & articles.get(t.id, set())]
        if len(fits) == 1:
            fits[0].merge(e)
            moved[e.id] = fits[0].id
    _drop_merged(doc, moved)


_TOWNSHIP_SUFFIXES = tuple(place_words("table_township_suffixes"))


_NOT_IN_A_COUNTY = ("province", "city", "county")


class _KeyedParent:
    """A parent mention not yet keyed by the walk in document order, with the key it will get."""
    def __init__(self, key: str) -> None:
        self.key = key


def _later_parent(doc: Doc, article: str, start: int, later: dict):
    """一〇三团…十四连职工李佩新说 … 一〇三团十四连和…签订: a village written again (gazetteer.subplace-repeat)
    before the mention that chained it to its parent carries that parent's span, which the walk in
    document order has not keyed yet; a parent whose key needs no other mention (a coded place, or
    one given its parent's key: a 兵团 regiment) is keyed here as the walk will key it.  The index
    of place mentions is built once per document (`later`, filled on first use)."""
    if not later:
        later.update({(o.article, o.astart): o for o in doc.mentions if o.label == "Place" and o.astart >= 0})
        later[None] = None  # (built, even when the document holds no place)
    p = later.get((article, start))
    if p is None or p.attrs.get("level") in ("water", "region"):
        return None
    name = p.norm or p.surface
    if p.attrs.get("code"):
        return _KeyedParent(entity_id("Place", name, p.attrs["code"], None))
    if p.attrs.get("parent_key"):
        return _KeyedParent(entity_id("Place", name, None, p.attrs["parent_key"]))
    return None


def _repeated_parent(m: Mention, name: str, first_parent: dict[str, str | None]) -> str | None:
    """The parent of an unlisted village written again alone (gazetteer.subplace-repeat: the same place as
    where the document named it): the parent its first mention got, not the county nearest the repeat in its
    sentence (保亭…什进村华丽转身 … 现场会在陵水黎族自治县召开,参会人员参观了什进村: still 保亭's village,
    base made a second 什进村 of 陵水)."""
    return first_parent.get(name) if m.rule == "gazetteer.subplace-repeat" else None


_NAMESAKE_TOWNSHIP_ENDS = tuple(place_words("township_suffixes"))  # 镇, 乡
_NAMESAKE_VILLAGE_END = place_words("subplace_suffixes")[1]  # 村


def _namesake_townships(doc: Doc) -> dict[tuple[str, str], str]:
    """(article, stem) → key of a township of the table the article names (苏溪镇 → 苏溪): the village
    that bears its name is its own."""
    got: dict[tuple[str, str], str] = {}
    for m in doc.mentions:
        name = m.norm or m.surface
        if m.label == "Place" and m.attrs.get("level") == "township" and m.attrs.get("code") \
                and not m.attrs.get("anaphor") and name.endswith(_NAMESAKE_TOWNSHIP_ENDS) and len(name) >= 3:
            got.setdefault((m.article, name[:-1]), entity_id("Place", "", m.attrs["code"]))
    return got


def _village_stem_of(m: Mention, name: str) -> str | None:
    """hunan78: 来到苏溪镇丰颖稻业农民专业合作社…在苏溪村, 宋埠镇…宋埠村牌楼组人: a village named on its own
    whose stem is a township's the article names lies in that township (the seat village bears the
    township's name).  The stem, or None where `m` is no village."""
    if m.attrs.get("level") != "village" or not name.endswith(_NAMESAKE_VILLAGE_END) or len(name) < 3:
        return None
    return name[:-1]


_VILLAGE_LEVELS = ("village", "community")


def _township_between(m: Mention, county: Mention, code: str | None, lo: int,
                      townships: dict[str, tuple[list[Mention], list[int]]] | None) -> str | None:
    """huazhong102: 为…扩大全县设施蔬菜产业规模,…支持香口乡新扩展设施蔬菜基地100亩,在上香口村六组新建…: a
    village found on its own after a coded township of the county, in the same sentence, is that
    township's (上香口村 of 香口乡), not the county's at large; the township nearest before it, when
    it stands after the county and lies in it (its code under the county's)."""
    mine, starts = (townships or {}).get(m.article, ([], []))
    k = bisect.bisect_left(starts, m.astart)
    town = mine[k - 1] if k else None
    if town is None or town.astart < max(lo, county.aend) or town.aend > m.astart:
        return None
    tcode = town.attrs.get("code") or ""
    return f"place-{tcode}" if code and tcode.startswith(code) else None


def _enclosing_county_key(doc: Doc, m: Mention, counties: dict[str, tuple[list[Mention], list[int]]],
                          townships: dict[str, tuple[list[Mention], list[int]]] | None = None) -> str | None:
    """For a community found on its own: the nearest county-level place before it in its sentence;
    for a township the table does not know (新街乡 of 开江县, merged or renamed since): the county
    the article is about, when it is about one (a county's news names its own townships).  A
    county-level place itself (西湖区, which of two the text does not say) lies in no county: none."""
    if m.attrs.get("level") in _NOT_IN_A_COUNTY:
        return None
    art = doc.article(m.article)
    sent = art.sentence_at(m.astart)
    if sent is None:
        return None
    mine, starts = counties.get(m.article, ([], []))
    k = bisect.bisect_left(starts, m.astart)
    best = mine[k - 1] if k and mine[k - 1].astart >= sent.start else None
    if best is None and m.attrs.get("level") == "township" and art.place:
        d = table().get(art.place[len("place-"):])
        return art.place if d is not None and d.level == "county" else None
    if best is None:
        return None
    code = best.attrs.get("code")
    town = _township_between(m, best, code, sent.start, townships) if m.attrs.get("level") in _VILLAGE_LEVELS else None
    if town is not None:
        return town
    # 永定区坎市镇、下洋镇: a county the text does not place (two are so named) is the towns' parent as
    # found, no entity place-None
    return f"place-{code}" if code else best.key
