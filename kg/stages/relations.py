"""Relations between entities, each from the sentence that states (or implies) it.

The words the rules read around entities are data (`kg/resources/lexicon/relation_cues.tsv`,
`unit_parents.tsv`); where a programme is implemented is decided by ordered tuples of resolvers
(`ORGANISER_RESOLVERS`, `PLACE_RESOLVERS`): the first that answers wins.

- partOf: the division table (to the nearest larger division the document names; none when it
  names no larger division), the larger division written right before a place (云南省福贡县 →
  云南省, though 怒江州 is named too) and sub-place chains in the text (复兴区百家村街道六二社区).
- locatedIn: an agency's scope (邯郸市科技局 → 邯郸市; 市委宣传部 completed by resolution), a
  facility's community (东城社区服务站 → 东城社区), the place a name opens with (开江县果品协会,
  南宁市联合执法组), the place written right before an organisation (科右前旗华锐风机制造厂, and
  科右前旗乌兰集团圣华新药业公司).  National organs, foreign agencies and media: the registries.
- subOrganizationOf: a county unit named by its county (成安大队) belongs to the detachment of the
  same article; an agency whose name extends another agency's name (…人民政府办公室).
- runs: an agency or organisation that is the subject of a verb of issuing, running, holding or
  building with the programme as its object (邯郸市科技局出台《…》, 市纪委拍摄的《…》, …集团捐资建设的…),
  every organiser of a list (市委宣传部、市委文明办、市民政局联合举办…), an issuer named with its
  document (国务院《…》, …令第169号《…》) and with the documents listed after it (国务院《A》、《B》),
  (not through a verb inside an earlier item's name: …啤酒厂新厂区建设项目、…小学建设项目; signers of an
  agreement in 《》 run it, each), the agency opening the sentence when a verb of holding stands right
  before the programme
  (3月26日，开江县农业农村局…，在…举行了…培训会; not when a person speaks between them: …区长某某说，希望…
  探索建设X), the body deciding it (作出由A支援B建设决策), the company a programme's name opens with; a
  headline's programme (…组织召开…推进会) is run by the agency opening the lead (not one named
  after the programme held as the lead's subject: …现场会在…举行，市政协副主席…出席); in an article
  about an agency (its title, or the first body its lead names), programmes nobody else runs are
  that agency's.
- implementedIn: where a verb of being located puts it (位于盘陀镇的…项目, …项目位于中垾镇滨湖村: the
  last place of the chain); a policy document applies to the most specific place its name contains
  (《2018年雄安新区起步区安全度汛方案》), else where its issuer is (an agreement: nowhere, it is every
  side's); the place right before a programme (肥乡区“文明实践大集”; the more specific one its name goes
  on with: 镇原县|城关镇…小学建设项目), the place after 在 in its clause (在永兴镇龙头桥村举行了…), the
  community an event goes to (走进…六二社区), a place in its own name (2020年迪拜世博会; the place
  aided in …对口援建兴安盟; not one of the places a joint park or a road is named by: 青岛-安顺共建产业园),
  the place subject of its sentence (该县通过“云招商”; not a place that opens another project's name:
  中国…产业园项目总投资…，是继X项目…; not a place that funds it: 鄂尔多斯市援建的…项目; not one after 的/、/和 that opens a noun phrase or a list item:
  开工的福建圣农…; not one that locates the noun after it: 仙塘镇所在的东源县), where its organiser is, where the working group it is named after
  works; otherwise the article's place (not a country among others: a joint statement); and, for
  any mention, the place a verb of settling sets it down in (将…基地落地在永兴镇, 该项目落户于…).
- runs (named after): a leading group (…行动领导小组, …指挥部, …工作专班) runs the programme it is
  named after; a 指导组/督导组 only guides it.
- subProgrammeOf: programmes named inside the ;-list item a programme heads (“微爱实践”志愿帮扶,
  推出…号召…参与“微爱接力”“微爱圆梦”); the events and numbered measures of an article whose
  headline reports a programme (…开展…防控工作: its 谈话会, its “五个严禁”), not the policies it
  serves (落实乡村振兴战略); the projects the donor of a pairing of aid builds (鄂尔多斯市援建的A项目、B项目
  with 鄂尔多斯市支援兴安盟建设 in the article).
- cooperatesWith: 与 X、Y (等…) 合作/协调配合 (与X、Y三方就…签约: the verb as far as the clause goes),
  X 联合/会同 Y (not when they 组成 a joint group:
  the group is the joint work); places joined by 与/和 and a verb of signing or pairing (the verb
  neither inside quotes nor a noun's word: 合作社; pairs listed before one verb share it, and A、B分别与C、D
  pair by rank; a village of a known township is a side too, and so is a district the text leaves
  unplaced: 西湖区); places joined by 携手/联手 (北京携手内蒙古); the two places a joint meeting or park
  is named by (舟山·达州东西部协作工作联席会议); the bodies of persons who sign for as many parties as
  counted (副县长A、X院总会计师B、Y集团董事长C代表三方签署), of signers each acting for one in a clause
  of their own (A代表X，B代表Y签署), and the bodies an agreement's title opens with (《X与Y…协议》,
  《X Y…协议》: names the article reads outside the title); supports: 为/帮助/支持 an organisation (not a rite
  done for it: 为…分院揭牌).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import accumulate

from .. import lexicon as L
from ..divisions import level_rank, place_words, table
from ..model import Article, Doc, Entity, Mention, Relation
from ..pipeline import component
from ..text import CHINESE_NUMERALS, CLAUSE_END, DIGIT, HAN, LATIN, TextMemo, alt, find_all, rfind_any
from ..metric_words import cue_chars, guarded
from .registry import CHINA_CODE, CHINA_KEY, registry_relations, resident_division
from .helpers import ensure_place, firm_home, mention_evidence, mentions_by_article
from .resolve import CITY_ABROAD_SPAN, choose_place_again
from .dates import SIGNATURE_LINE
from .entities.common import cue

_CLAUSE_END = CLAUSE_END  # (kg.text's character class, defined once)
# places of the world registry: a chain of sub-places never goes on into one (临江街道 + 太平洋城小区)
_WORLD_LEVELS = ("region", "country", "world-city")
# places below the division table, found with the township they belong to (岑溪乡桂林村)
_LOCAL_LEVELS = ("village", "community")


def _cue_lists() -> dict[str, tuple[str, ...]]:
    return L.word_lists("relation_cues")


def cues(name: str) -> tuple[str, ...]:
    """One word list of `relation_cues.tsv`, in file order."""
    return _cue_lists().get(name, ())


def _alt(name: str) -> str:
    """A cue list as a regex alternation, longest first (so 对口援建 wins over 援建)."""
    return alt(cues(name))


_LOCATIVE_RE = re.compile(_alt("event_locatives"))
# 旨在, 存在, 所在: 在 inside another word opens no scene
_NOT_LOCATIVE_BEFORE = "".join(cues("not_locative_before"))
_COOPERATE = re.compile(f"({_alt('cooperate_before')})$")
# words before a name that make it an object or a means, not the subject of what follows
_NOT_SUBJECT = cues("not_subject_before")
_COOPERATE_VERBS = cues("cooperate_verbs")
_SUPPORT_BEFORE = cues("support_before")
# X联合Y…组成联合督查组: they form a body together, which is the joint work (not a relation of theirs)
_FORMS_BODY = re.compile(f"^[^，,。；;]{{0,24}}?(?:{_alt('forms_body_verbs')})[^，,。；;]{{0,12}}?"
                         f"(?:{_alt('forms_body_heads')})")
# groups that run the programme they are named after (a 指导组/督导组 guides or inspects it)
_LEADING_GROUPS = cues("leading_groups")
_DECREE_RE = re.compile(f"(?:{_alt('decree_open')})[{DIGIT}{CHINESE_NUMERALS}{''.join(cues('decree_numerals'))}]+(?:{_alt('decree_close')})")
# 财政部等11部门《…》: the first issuer of a document several bodies wrote, its count between
_ISSUER_GROUP_RE = re.compile(f"(?:{_alt('issuer_group_open')})[{DIGIT}{CHINESE_NUMERALS}]*"
                              f"(?:{_alt('organised_by_fillers')})+")
_SCOPE_PREFIX_RE = re.compile(f"^.*?(?:{_alt('scope_ends')})")
# a place followed by one of these gives or pays for what follows (鄂尔多斯市援建的…项目): not its place
_DONOR_RE = re.compile(f"(?:{_alt('donor_verbs')})")
# a place followed by one of these qualifies an idea, not a scene (中国特色社会主义, 中国式现代化,
# 中国梦): it is no subject of the sentence's programme
_ATTRIBUTIVE_RE = re.compile(f"(?:{_alt('attributive_after')})")
# a place right after one of these opens a noun phrase (开工的福建圣农…项目): no subject of the sentence
_SUBJECT_NOT_AFTER = cues("subject_not_after")
# a place right after a verb of learning from it (深入学习浙江“千万工程”经验): the model studied, no subject
_LEARNED_FROM = tuple(cues("learned_from_verbs"))
# a place right after a verb of welcoming or inviting (欢迎厄瓜多尔青年参加…大运会): the guests, no subject
_GUEST_OF = tuple(cues("guest_verbs"))
# a place opening the name of another project (中国绿色植保科技产业园项目总投资…): the run of name characters
# after it up to a project's head word, with no verb of doing between
_OPENS_PROJECT_RE = re.compile(f"[{HAN}{LATIN}{DIGIT}·]{{1,24}}?(?:{_alt('named_project_heads')})")
# a verb of holding, building or issuing right before a programme: its subject runs it
# (a count of editions may stand between the verb and the name: 成功举办3届甘肃省科普作品创作大赛, kexie118)
_OBJECT_VERB_RE = re.compile(f"(?:{_alt('object_verbs')})(?:{_alt('verb_particles')})?(?:[0-9一二三四五六七八九十两]+届)?$")
# a clause that is nothing but such a verb (…走进宝峰社区，开展“X”): it goes on the clause before
_VERB_ONLY_RE = re.compile(f"(?:{_alt('object_verbs')})(?:{_alt('verb_particles')})?")
_LIST_PROGRAMMES_RE = re.compile(f"^[”》\"]?(?:[（(][^）)]{{0,24}}[）)])?(?:{_alt('list_between_programmes')})[“《\"]?$")
# a programme right after these is a higher policy the article's work serves, not a part of it
_HIGHER_POLICY_RE = re.compile(f"(?:{_alt('higher_policy_verbs')})[^，,。；;]{{0,2}}$")
# what a reported work is made of: events (…谈话会, …培训会) and numbered measures (五个严禁)
_PART_RE = re.compile(f"(?:{_alt('part_heads')})$|^[{CHINESE_NUMERALS}两]+(?:{_alt('part_measures')})")
_TIME_OPENER_RE = re.compile(f"^(?:[{DIGIT}{CHINESE_NUMERALS}]+(?:{_alt('date_chars')})|{_alt('time_openers')}"
                             f"|[，,、\\s])*$")


@lru_cache(maxsize=1)
def _unit_parents() -> dict[str, str]:
    """大队 → 支队: the unit a county unit belongs to (`unit_parents.tsv`)."""
    return {r["unit"]: r["parent"] for r in L.load_table("unit_parents")}


@lru_cache(maxsize=1)
def _runner_verbs() -> tuple[str, ...]:
    """Verbs between an agency and its programme that make the agency its runner."""
    return tuple(dict.fromkeys(L.ISSUE_VERBS + cues("runner_verbs")))


def add_relation(doc: Doc, subject: str, predicate: str, obj: str, evidence, rule: str) -> None:
    """Add (or add evidence to) a relation of this document: `Doc.add_relation`."""
    doc.add_relation(subject, predicate, obj, evidence, rule)




def _section_kind(art: Article, i: int) -> str:
    s = art.section_at(i)
    return s.kind if s is not None else "body"


def _paragraph(art: Article, i: int) -> tuple[int, int]:
    s = art.section_at(i)
    return (s.start, s.end) if s is not None else (0, len(art.text))


def _clause_bounds(text: str, i: int, j: int) -> tuple[int, int]:
    """Start of the sentence-like unit holding text[i:j] and end of the clause after it."""
    ends = _CLAUSE_ENDS.of(text)  # where the text's units end, found once per text
    if "at" not in ends:
        ends["at"] = [m.start() for m in _CLAUSE_END_RE.finditer(text)]
    k = bisect.bisect_left(ends["at"], max(i, 0)) - 1  # the last end before i (was a loop back to it)
    a = ends["at"][k] + 1 if k >= 0 else 0
    a = i if i <= 0 else a
    if "stops" not in ends:  # (a search forward per call ran to the text's end when no mark came)
        ends["stops"] = [m.start() for m in _CLAUSE_STOP.finditer(text)]
    stops = ends["stops"]
    k = bisect.bisect_left(stops, j)  # the clause's end: the first stop at or after j
    return a, (stops[k] if k < len(stops) else max(j, len(text)))


_CLAUSE_STOP = re.compile("[" + re.escape(_CLAUSE_END + ",，") + "]")
_CLAUSE_END_RE = re.compile("[" + re.escape(_CLAUSE_END) + "]")
_CLAUSE_ENDS = TextMemo()  # per text: where `_CLAUSE_END` characters stand


_SOURCE_BEFORE = re.compile(f"(?:{_alt('news_source_before')})[^，。,；;：:]{{0,4}}$")
_SOURCE_AFTER = re.compile(f"(?:{_alt('news_source_channels')})?的?(?:{_alt('news_source_after')})")


def _news_source(text: str, m: Mention) -> bool:
    """A body named as the source of what follows (根据中国外交部官网的消息，…; 据县统计局通报): it
    tells, it does nothing in the sentence, so it is no actor of any relation there."""
    return _SOURCE_AFTER.match(text, m.aend) is not None and \
        _SOURCE_BEFORE.search(text, max(0, m.astart - 6), m.astart) is not None


# orgs18: the digits of a division code a division inside a place of that level shares with it
_CODE_DIGITS = {"province": 2, "city": 4, "county": 6}


def _division_inside(inner: Mention, outer: Mention) -> bool:
    """Is the Chinese division `inner` inside `outer` by their codes (邯郸市|肥乡区: yes; 上海市|浙江:
    no)?  Places without codes or levels the codes do not nest by are taken as inside."""
    digits = _CODE_DIGITS.get(outer.attrs.get("level"))
    a, b = inner.attrs.get("code"), outer.attrs.get("code")
    if not digits or not a or not b or inner.attrs.get("level") not in _CODE_DIGITS:
        return True
    return a[:digits] == b[:digits]


_CAPITAL_WORDS = cues("capital_words")


class _ArticleView:
    """The mentions of one article, by type and position, with indexes for positional lookups."""

    def __init__(self, doc: Doc, art: Article, mentions: list[Mention]):
        self.doc, self.art, self.text = doc, art, art.text
        ms = [m for m in mentions if m.key and m.astart >= 0]
        self.all = sorted(ms, key=lambda m: (m.astart, -m.aend))
        self.places = [m for m in self.all if m.label == "Place"]
        self.actors = [m for m in self.all if m.label in ("Agency", "Organization")
                       and not _news_source(self.text, m)]
        self.programmes = [m for m in self.all if m.label == "Programme"]
        self.persons = [m for m in self.all if m.label == "Person"]
        self.person_starts = [m.astart for m in self.persons]
        self.credits = [m for m in mentions if m.key and m.astart < 0]
        self.place_starts = [p.astart for p in self.places]
        self.actor_starts = [a.astart for a in self.actors]
        self.actor_index = {id(a): i for i, a in enumerate(self.actors)}
        self.programme_starts = [p.astart for p in self.programmes]
        self.places_by_end: dict[int, list[Mention]] = {}
        self.places_by_start: dict[int, list[Mention]] = {}
        self.places_by_span: dict[tuple[int, int], Mention] = {}
        for p in self.places:
            self.places_by_end.setdefault(p.aend, []).append(p)
            self.places_by_start.setdefault(p.astart, []).append(p)
            self.places_by_span.setdefault((p.astart, p.aend), p)
        self.actors_by_span = {(a.astart, a.aend): a for a in self.actors}
        self.stem_towns: set[str] = set()  # townships a health centre's stem placed (_township_stem_place)
        self._actor_keys: dict[str, Mention] | None = None
        self.actors_by_end = {a.aend: a for a in self.actors}
        others = [m for m in self.all if m.label != "Place"]
        self._other_starts = [m.astart for m in others]
        self._other_max_end = list(accumulate((m.aend for m in others), max))
        self._programme_max_end = list(accumulate((m.aend for m in self.programmes), max))

    def inspected_programmes(self) -> set[str]:
        """Keys of the programmes written anywhere in the article after a verb of inspection in their
        clause (relation_cues inspect_verbs), read once per article: asking it of every writing of a
        programme for every other one would grow with the square of the programme's writings."""
        if not hasattr(self, "_inspected"):
            verbs = cues("inspect_verbs")
            self._inspected = set()
            for q in self.programmes:
                start = rfind_any(self.text, "，,。；;：:\n", 0, q.astart) + 1
                if any(v in self.text[start:q.astart] for v in verbs):
                    self._inspected.add(q.key)
        return self._inspected

    def agency_names(self) -> dict[str, str]:
        """Entity key → name of the document's agencies (cached per article view)."""
        if not hasattr(self, "_agency_names"):
            self._agency_names = {k: e.name for k, e in self.doc.entities.items() if e.type == "Agency"}
        return self._agency_names

    def agency_keys(self) -> dict[str, str]:
        """Name → entity key of the document's agencies (the first of a name)."""
        if not hasattr(self, "_agency_keys"):
            self._agency_keys = {}
            for k, n in self.agency_names().items():
                self._agency_keys.setdefault(n, k)
        return self._agency_keys

    def inside_other(self, m: Mention) -> bool:
        """Whether a place lies inside a non-place name (邯郸 in 领军人才邯郸行)."""
        k = bisect.bisect_right(self._other_starts, m.astart)
        return k > 0 and self._other_max_end[k - 1] >= m.aend

    def in_programme_name(self, i: int) -> bool:
        """Whether article offset i lies inside a programme's name (建设 of …新厂区建设项目)."""
        k = bisect.bisect_right(self.programme_starts, i)
        return k > 0 and self._programme_max_end[k - 1] > i

    def place_ending_at(self, i: int) -> Mention | None:
        cands = self.places_by_end.get(i)
        return max(cands, key=lambda p: p.aend - p.astart) if cands else None

    def actor_by_key(self, key: str) -> Mention | None:
        """The article's first actor mention of an entity (an index built once per article)."""
        if self._actor_keys is None:
            self._actor_keys = {}
            for a in self.actors:
                self._actor_keys.setdefault(a.key, a)
        return self._actor_keys.get(key)

    def uncoded_places(self) -> dict[str, Mention]:
        """The article's places without a division code (zones, new areas), by entity name."""
        got = getattr(self, "_uncoded", None)
        if got is None:
            ents = self.doc.entities
            got = self._uncoded = {ents[p.key].name: p for p in self.places if p.key in ents
                                   and not p.attrs.get("code") and p.attrs.get("level") not in _WORLD_LEVELS}
        return got

    def places_from(self, i: int):
        """The places starting at or after article offset `i`, in order: walked by index (a
        slice copied the rest of the list for every programme: quadratic on long lists)."""
        places = self.places
        for k in range(bisect.bisect_left(self.place_starts, i), len(places)):
            yield places[k]

    def place_chain_from(self, i: int) -> Mention | None:
        """The last place of a chain of adjacent places starting at i (复兴区百家村街道六二社区)."""
        last = None
        while True:
            nxt = self.places_by_start.get(i)
            if last is not None and (not nxt or all(p.attrs.get("level") in _WORLD_LEVELS for p in nxt)) \
                    and (city := self._city_after(last, i)) is not None:
                return city
            if not nxt or (last is not None and all(p.attrs.get("level") in _WORLD_LEVELS for p in nxt)):
                return last  # (临江街道太平洋城小区: no ocean inside a street)
            outer, last = last, max(nxt, key=lambda p: p.aend)
            if outer is not None and not _division_inside(last, outer):
                return outer  # 上海市|浙江商会, 成都市|长春商会: another province's or city's firms, in the first
            if last.aend <= i:
                return last
            i = last.aend

    def _city_after(self, country: Mention, i: int) -> Mention | None:
        """沙特阿拉伯利雅得, 沙特首都利雅得: a country, maybe a word for its capital, then a city of that
        country: the city is where things there are held, not the whole country."""
        if country.attrs.get("level") != "country":
            return None
        w = next((w for w in _CAPITAL_WORDS if self.text.startswith(w, i)), "")
        city = max(self.places_by_start.get(i + len(w), ()), key=lambda p: p.aend, default=None)
        return city if city is not None and city.key.startswith(country.key + "-") else None

    def actors_between(self, lo: int, hi: int) -> list[Mention]:
        """Actors that start at or after lo and end at or before hi."""
        k = bisect.bisect_left(self.actor_starts, lo)
        out = []
        while k < len(self.actors) and self.actors[k].astart < hi:
            if self.actors[k].aend <= hi:
                out.append(self.actors[k])
            k += 1
        return out

    def last_actor_between(self, lo: int, hi: int) -> Mention | None:
        """The last of `actors_between(lo, hi)` (`_last_within`)."""
        return _last_within(self.actors, self.actor_starts, lo, hi)

    def standing_meeting_government(self) -> Mention | None:
        """The people's government whose standing meeting the article reports (市政府第58次常务会议,
        第58次市政府常务会议): the first agency named 人民政府 written right before (第N次)常务会议; found
        once per article."""
        if not hasattr(self, "_standing"):
            self._standing = next((m for m in self.actors
                                   if self.doc.entities[m.key].name.endswith(cues("standing_meeting_holders"))
                                   and _STANDING_MEETING_RE.match(self.text, m.aend)), None)
        return self._standing

    def lead_agency(self) -> Mention | None:
        """The agency an article is about: named in its title, or first named in its first sentence
        (not after a visiting body: 总社…王伟率总社科教社团部…调研) when the title names no place."""
        if not hasattr(self, "_lead"):
            self._lead = self._find_lead()
        return self._lead

    def _find_lead(self) -> Mention | None:
        titled = [m for m in self.actors if _leads(m) and _section_kind(self.art, m.astart) == "title"
                  and not _press_office(m) and not _carried_out_in_title(self.text, m)]
        if titled and _spokesman_voice(self.text, titled[0]):
            return None  # (外交部发言人毛宁主持例行记者会: a press conference, no body's report of its work)
        if titled:
            return titled[0]
        title_places = [p for p in self.places if _section_kind(self.art, p.astart) == "title"
                        and not self.inside_other(p)]
        if title_places:
            return None
        body = [s for s in self.art.sentences if s.section == "body"]
        if not body:
            return None
        first, after = None, -1  # (after: where the last body governed by a preposition ends)
        for m in self.actors_between(body[0].start, body[0].end):
            if _after_preposition(self.text, m) or (after >= 0 and self.text[after:m.astart] in _LIST_JOINS):
                after = m.aend  # (在市委、市政府的坚强领导下: every body of the list the preposition governs)
                continue
            first = m
            break
        if first is not None and _HIGHER_POLICY_RE.search(self.text, max(body[0].start, first.astart - 6), first.astart):
            return None  # 传达学习市委…批示要求, 按照省委部署: the body whose word is carried out
        if first is not None and self._higher_than_story(first):
            return None  # 湖南省委农村工作会议召开。会上，邵阳市获表彰: the province's meeting, the city's story
        return first if first is not None and _leads(first) and not _press_office(first) else None  # not one it visits

    def _higher_than_story(self, m: Mention) -> bool:
        """Is the body first named in the lead one of a division holding the article's place (湖南省委 in
        邵阳市's story)?  A higher body's meeting or visit opens the story; the programmes the story's
        place carries out are not the higher body's by default."""
        code = str(m.attrs.get("place_code") or "")
        here = (self.art.place or "")[len("place-"):]
        if not code or not here.isdigit() or code == here:
            return False
        return code in {d.code for d in table().ancestors(here)}


_LIST_JOINS = frozenset(cue_chars("metrics.enum_join_chars"))  # 、和及与: the items of a list
_HIGHER_POLICY_WORD_RE = re.compile(_alt("higher_policy_verbs"))
_TITLE_PHRASE_MARKS = "，,。；;:： \u3000"  # what ends a phrase of a title (its parts are set apart by spaces)
_CARRIED_REACH = 10  # characters before a body in a title where its word's carrying out is written


def _carried_out_in_title(text: str, m: Mention) -> bool:
    """州委常委会召开会议 传达学习中央、省委有关部署要求: a body in a title after a verb of carrying out or
    studying (传达学习, 贯彻, 落实), in the same phrase, perhaps after other bodies listed with 、, is the
    one whose word is carried out, no body the article is about (as `_HIGHER_POLICY_RE` in the first
    sentence) (sichuan62)."""
    window = text[max(0, m.astart - _CARRIED_REACH):m.astart]
    window = window[max(window.rfind(ch) for ch in _TITLE_PHRASE_MARKS) + 1:]
    return _HIGHER_POLICY_WORD_RE.search(window) is not None


def _after_preposition(text: str, m: Mention) -> bool:
    """县政务公开办在|县政务服务中心四楼会议室召开…: a body right after a preposition (在, 向, 依托:
    relation_cues not_subject_before) is where or to whom the subject acts, never the article's subject
    (the subject before it may be a body no rule names); a passed verb before it (通过在) is left alone."""
    return text[max(0, m.astart - 2):m.astart].endswith(_NOT_SUBJECT) \
        and not text[max(0, m.astart - 4):m.astart].endswith(cues("passed_verbs"))


_PRESS_OFFICE_ENDS = tuple(cues("press_office_ends"))


def _press_office(m: Mention) -> bool:
    """国务院新闻办公室推动高质量发展系列主题新闻发布会, 省政府新闻办召开发布会: the news office hosts the
    conference the article reports; what is presented there (重点打造“六个区”) is the presenters' work,
    so the office is not the body the article's programmes are run by."""
    return (m.norm or m.surface).endswith(_PRESS_OFFICE_ENDS)


_SPOKESMAN_MARKS = tuple(cues("spokesman_marks"))


def _spokesman_voice(text: str, m: Mention) -> bool:
    """外交部发言人毛宁主持例行记者会, 国家统计局新闻发言人答记者问: the body whose spokesperson a title names
    speaks through him for what the questions ask (中泰高铁项目, a partner's summit); the article is no
    report of its own work, so it runs no programme by default.  Only the words right after the name."""
    return text.startswith(_SPOKESMAN_MARKS, m.aend)


_MASS_ORGS = tuple(w for w in L.MASS_ORGS if w)  # 供销社, 妇联, 科协, 侨联 … (mass_organizations.tsv)


def _leads(m: Mention) -> bool:
    """Can the body an article is about run its programmes by default: an agency, or a people's
    organisation that does government work (县供销社…推进农村综合改革, 县妇联…“巾帼建功”), not a
    company or a society the article names."""
    return m.label == "Agency" or (m.label == "Organization" and (m.norm or m.surface).endswith(_MASS_ORGS))


def _ev(doc: Doc, m: Mention, rule: str):
    return mention_evidence(doc, m, rule=rule)


@component("relations", reads=("doc.mentions", "doc.entities", "mention.key", "article.place", "article.sentences",
                               "mention.attrs.place_code"),
           writes=("doc.relations", "doc.entities"))  # places of the division hierarchy a relation needs
def make_relations():
    """partOf, locatedIn, subOrganizationOf, runs, implementedIn, subProgrammeOf, cooperatesWith,
    supports — each with its evidence sentence and rule."""
    T = table()

    def relations(doc: Doc) -> Doc:
        registry_relations(doc)  # what the registries state: units, world places, national organs
        _replace_dropped_article_places(doc)
        _part_of(doc, T)
        by_article = mentions_by_article(doc)
        for art in doc.articles:
            view = _ArticleView(doc, art, by_article.get(art.id, []))
            _located_in(doc, view)
            _sub_organization(doc, view)
            _programme_relations(doc, view)
            _aid_parts(doc, view)
            _settled_in(doc, view)
            _cooperation(doc, view)
            _user_parents(doc, view)
        _late_table_parents(doc, T)
        return doc

    return relations


def _replace_dropped_article_places(doc: Doc) -> None:
    """德州市领导…赴广东海大集团对接项目: the registries drop a distant place named only inside a
    company's name (广东 of 广东海大集团), which may have been the article's place (the visitors'
    destination); the article is then about the place chosen among the places left, and no default
    relation points at an entity that is gone."""
    gone = [art for art in doc.articles if art.place and art.place not in doc.entities]
    by_article = mentions_by_article(doc) if gone else {}
    for art in gone:
        left = [m for m in by_article.get(art.id, []) if m.label == "Place" and m.key
                and m.key in doc.entities]
        got = choose_place_again(doc, art, left)
        art.place = got[0] if got and (got[0] in doc.entities or (got[1] and table().get(got[1]))) else None
        if art.place and art.place not in doc.entities:
            art.place = ensure_place(doc, got[1])


# --------------------------------------------------------------------------- places

def _part_of(doc: Doc, T) -> None:
    """A named division is part of the nearest larger division the document also names (邯山区 →
    邯郸市; 安新县 → 河北省 when 保定市 is never named), else of its parent in the table; and of the
    larger division written right before it (云南省福贡县 → 云南省, though 怒江州 is named too)."""
    named = {m.attrs["code"] for m in doc.mentions if m.label == "Place" and m.attrs.get("code")}
    ending = {(m.article, m.aend): m for m in doc.mentions
              if m.label == "Place" and m.astart >= 0 and m.attrs.get("code") and not m.attrs.get("anaphor")}
    for m in doc.mentions:
        if m.label != "Place" or m.attrs.get("anaphor") or not m.key:
            continue
        ev = _ev(doc, m, "relations.partOf")
        code = m.attrs.get("code")
        if code:
            ancestors = T.ancestors(code)
            target = next((a for a in ancestors if a.code in named), None)
            if target is not None:
                add_relation(doc, m.key, "partOf", ensure_place(doc, target.code), ev,
                             "relations.partOf-divisions")
            elif ancestors and f"place-{ancestors[0].code}" in doc.entities:
                # the text names no larger place, but the parent is an entity of the document (an
                # article's place): the link comes from the division table alone, so it carries
                # no sentence as evidence (its provenance is the table).  A parent the document
                # never names is not made an entity of it.
                _table_part_of(doc, m.key, f"place-{ancestors[0].code}")
            written = ending.get((m.article, m.astart))
            if written is not None and written.attrs["code"] in {a.code for a in ancestors}:
                add_relation(doc, m.key, "partOf", ensure_place(doc, written.attrs["code"]), ev,
                             "relations.partOf-written")
            elif written is not None and _division_under_abroad(m, written) and written.key in doc.entities:
                add_relation(doc, m.key, "partOf", written.key, ev, "relations.partOf-written")
        elif m.attrs.get("parent_key"):
            parent = m.attrs["parent_key"]
            if m.attrs.get("parent_code"):
                parent = ensure_place(doc, m.attrs["parent_code"])
            add_relation(doc, m.key, "partOf", parent, ev, "relations.partOf-chain")


def _division_under_abroad(m, written) -> bool:
    """越南高平省|广和县, 老挝琅勃拉邦省|X县: a division abroad written right after a region of the same
    country (no country itself: 越南|高平省 is the country's own) is part of that region too, as a
    Chinese county is of the province written before it.  Both places abroad of one country."""
    country = m.attrs.get("country")  # (丰沙里省|南塔省: two provinces in a row, neither part of the other)
    return bool(country) and str(m.attrs.get("code") or "").startswith("iso-") and m.attrs.get("level") != "region" \
        and written.attrs.get("country") == country and written.attrs.get("level") == "region" \
        and written.key != m.key


def _late_table_parents(doc: Doc, T) -> None:
    """沪东新村街道办事处工作报告 …按照区委、区政府具体工作部署 (shanghai90): a named division left with no
    larger place (the text names none) whose parent in the table became an entity of the document
    after `_part_of` ran (浦东新区, the place of the 区政府 the article's 区委、区政府 stand for) is part
    of it, by the table alone, as `_part_of` links a parent that is already an entity.  One pass
    over the document's place mentions."""
    has_parent = {r.subject for r in doc.relations if r.predicate == "partOf"}
    for m in doc.mentions:
        code = m.attrs.get("code") if m.label == "Place" and m.key and not m.attrs.get("anaphor") else None
        if not code or m.key in has_parent:
            continue
        ancestors = T.ancestors(code)
        if ancestors and f"place-{ancestors[0].code}" in doc.entities:
            _table_part_of(doc, m.key, f"place-{ancestors[0].code}")
            has_parent.add(m.key)


def _table_part_of(doc: Doc, child: str, parent: str) -> None:
    for r in doc.relations:
        if r.key == (child, "partOf", parent):
            r.rules.add("divisions.hierarchy")
            return
    doc.relations.append(Relation(child, "partOf", parent, [], {"divisions.hierarchy"}))


# --------------------------------------------------------------------------- organisations

_AID_WORDS = tuple(L.word_lists("relation_cues").get("aid_helper_after", ())) or ("\0",)


def _aid_body(m) -> bool:
    """Is the body a helper's paired-aid unit at the front (天津援疆指挥部, 广东援疆工作队: an aid word of
    aid_helper_after in its name, a unit of aid_front_units at its end)?  It works where it aids, so
    the helper its name opens with is no place it is located in; the helper's office at home
    (安徽省援藏援疆办) and committees (宜宾市对口支援藏区工作领导小组) are located there."""
    name = m.norm or m.surface
    return any(w in name for w in _AID_WORDS) and name.endswith(_AID_FRONT_UNITS)


_AID_FRONT_UNITS = tuple(L.word_lists("relation_cues").get("aid_front_units", ())) or ("\0",)


def _located_in(doc: Doc, view: _ArticleView) -> None:
    """An agency or organisation is located in its scope (邯郸市科技局 → 邯郸市), in the place its
    name opens with (开江县果品协会 → 开江县; 南宁市联合执法组 → 南宁市), in the community a facility is
    named after, or in the place written right before it (科右前旗华锐风机制造厂)."""
    for m in view.actors + [c for c in view.credits if c.label in ("Agency", "Organization")]:
        code = m.attrs.get("place_code")
        if code and m.label == "Agency" and _inner_unit_of(view, m) is not None:
            continue  # 云南省纪委党风政风监督室: part of 云南省纪委, which is where it is
        if code and _aid_body(m):
            continue  # 天津援疆指挥部: the helper's body at work where it aids (和田), not in 天津
        if m.label == "Agency" and (post := resident_division(doc.entities[m.key].name)) is not None:
            add_relation(doc, m.key, "locatedIn", ensure_place(doc, post), _ev(doc, m, "relations.locatedIn-resident"),
                         "relations.locatedIn-resident")
            continue  # waishi88: 香港驻沪办 (香港特别行政区政府驻上海经济贸易办事处): stationed in 上海, not at home
        if code and (m.label == "Organization" or not m.attrs.get("national")):
            add_relation(doc, m.key, "locatedIn", ensure_place(doc, code), _ev(doc, m, "relations.locatedIn-scope"),
                         "relations.locatedIn-scope")
        elif code or m.astart < 0 or m.attrs.get("parent_name") or _placed_elsewhere(m):
            continue
        elif (city := _city_abroad_of(view, m)) is not None:
            add_relation(doc, m.key, "locatedIn", city.key, _ev(doc, m, "relations.locatedIn-city-abroad"),
                         "relations.locatedIn-city-abroad")
        elif (branch := _branch_division(view, m)) is not None:
            add_relation(doc, m.key, "locatedIn", ensure_place(doc, branch), _ev(doc, m, "relations.locatedIn-branch"),
                         "relations.locatedIn-branch")
        elif (town := _township_stem_place(view, m)) is not None:
            add_relation(doc, m.key, "locatedIn", town, _ev(doc, m, "relations.locatedIn-township-stem"),
                         "relations.locatedIn-township-stem")
        elif (place := _name_place_of(view, m)) is not None:
            add_relation(doc, m.key, "locatedIn", place.key, _ev(doc, m, "relations.locatedIn-name"),
                         "relations.locatedIn-name")
        elif m.label == "Organization" and (place := _place_before(view, m)) is not None:
            add_relation(doc, m.key, "locatedIn", place.key, _ev(doc, m, "relations.locatedIn-before"),
                         "relations.locatedIn-before")
        elif m.label == "Agency" and (zone := _zone_of_agency(view, m)) is not None:
            add_relation(doc, m.key, "locatedIn", zone.key, _ev(doc, m, "relations.locatedIn-zone"),
                         "relations.locatedIn-zone")


def _zone_of_agency(view: _ArticleView, m: Mention) -> Mention | None:
    """开发区党工委书记、管委会主任A (the bare organs read as 菏泽经济开发区管委会): an agency whose name is
    that of a place the article names without a division code (a development zone, a new area)
    followed by the place's organ is located in that place, as one written in full is (by its
    name's opening place).  The name's openings only are looked up (bounded by its length)."""
    zones = view.uncoded_places()
    if not zones:
        return None
    name = view.doc.entities[m.key].name
    return next((zones[name[:n]] for n in range(len(name) - 2, 1, -1) if name[:n] in zones), None)


def _branch_division(view: _ArticleView, m: Mention) -> str | None:
    """江西银行永丰支行: a branch named after the division it serves, by the division's short name
    right before the branch word, is located there (not in the province its bank is named after):
    the one province of that name, or the one city or county inside the place the name opens with,
    else inside the article's province.  Its code."""
    if m.label != "Organization":
        return None
    name = view.doc.entities[m.key].name
    suffix = next((w for w in cues("branch_units") if name.endswith(w)), None)
    if suffix is None:
        return None
    stem = name[:-len(suffix)]
    opening = view.place_chain_from(m.astart)
    opened = str(opening.attrs.get("code") or "") if opening is not None and opening.aend < m.aend else ""
    home = (view.art.place or "")[len("place-"):][:2]
    scope = (opened if opened.isdigit() else home)[:2]
    T = table()
    for n in (4, 3, 2):
        if len(stem) <= n:
            continue
        found = {d.code for d in T.short_candidates(stem[-n:]) + T.candidates(stem[-n:])
                 if d.level == "province" or (scope.isdigit() and d.code.startswith(scope) and d.level in ("city", "county"))}
        if not found and home.isdigit() and home != scope:  # 北京华联|遵义|分公司 in a 贵州 story: the
            found = {d.code for d in T.short_candidates(stem[-n:]) + T.candidates(stem[-n:])  # branch is in the
                     if d.code.startswith(home) and d.level in ("city", "county")}  # story's province
        cities = {c for c in found if T.get(c) is not None and T.get(c).level == "city"}
        provinces = any(T.get(c) is not None and T.get(c).level == "province" for c in found)
        found = cities if len(cities) == 1 and not provinces else found  # (遵义: the city, not 播州区 once 遵义县; also when no
        # place opens the name, shipin117: 北京华联 read as a store chain's brand, no 北京市)
        if len(found) == 1:
            return found.pop()
    return None


def _inner_unit_of(view: _ArticleView, m: Mention) -> str | None:
    """The agency (key) whose name m's name extends with an inner unit (…纪委 + 党风政风监督室,
    …供销社 + 业务处), if the document names it; a department (市委 + 宣传部) and a government's
    office (…人民政府 + 办公室) are none."""
    ents = view.doc.entities
    name = ents[m.key].name
    if not name.endswith(cues("inner_unit_ends")):
        return None
    for k, e in view.agency_names().items():
        if k != m.key and len(e) >= 3 and name.startswith(e) and len(name) > len(e) + 1:
            rest = name[len(e):]
            if e.endswith(cues("government_organs")) or \
                    (rest.endswith(cues("department_ends")) and rest[:-1] in set(L.PARTY_STEMS) | set(L.GOV_STEMS)):
                return None  # a government's offices (…人民政府办公室) and departments are bodies of their own
            return k
    return None


def _city_abroad_of(view: _ArticleView, m: Mention) -> Mention | None:
    """…杜伊斯堡市…拜会该市市长索伦·林克。市政府礼宾…处处长…: the bare 市政府 resolve read as the city
    abroad's (`resolve.city_abroad_before`, named 杜伊斯堡市政府) is located in that city."""
    span = m.attrs.get(CITY_ABROAD_SPAN)
    city = view.places_by_span.get(tuple(span)) if span else None
    return city if city is not None and city.key else None


def _placed_elsewhere(m: Mention) -> bool:
    """Bodies whose place the registries state (a national organ, a unit of one, a foreign
    agency, a medium), and the short name of a body named in full (芜湖商会 for 上海市芜湖商会,
    `short_forms.link_qualified_tails`): their name's first place is not where they are."""
    return any(m.attrs.get(k) for k in ("national", "organ", "country", "located", "registry", "tail_of"))


# 商会, 企业商会: a chamber named by a place alone (中山市…江西商会, 各地连云港商会) gathers that place's
# firms in another city, which its bare name does not say: no place of its own from its name
_HOMETOWN_CHAMBERS = frozenset(cues("hometown_chamber_kinds"))


_PARENT_SHORT_FORMS = tuple(L.word_lists("org_cues").get("parent_short_forms", ()))  # 国铁


def _name_place_of(view: _ArticleView, m: Mention) -> Mention | None:
    """The place a name opens with (邯郸市肥乡区…研究院: the district), or a facility's community; after
    its group's short form (国铁|哈尔滨局集团公司: the bureau of 哈尔滨) the place that follows it."""
    place = view.place_chain_from(m.astart)
    if place is None and m.astart >= 0 and (short := next((w for w in _PARENT_SHORT_FORMS
                                                           if view.text.startswith(w, m.astart)), None)):
        place = view.place_chain_from(m.astart + len(short))
    place = place if place is not None and place.aend <= m.aend else None
    if place is not None and m.label == "Organization" and view.text[place.aend:m.aend] in _HOMETOWN_CHAMBERS:
        return None  # 江西商会, 连云港商会 named alone: a chamber of that place's firms in some other city
    if place is not None and (host := _park_host(view, place.aend, m.aend)) is not None:
        place = host  # 中山火炬|阳西|园区妇女联合会: the park one city runs in a county is in that county
    if m.label == "Organization" and m.attrs.get("facility"):
        ps = m.attrs.get("place_span")
        place = view.places_by_span.get(tuple(ps), place) if ps else place
    return place


def _township_stem_place(view: _ArticleView, m: Mention) -> str | None:
    """常山县球川中心卫生院, 球川中心卫生院: a township's health centre or school is named by the
    township's stem alone (球川 for 球川镇), after its county or, in the county's own article, without
    it; it is in that township (created, part of the county, when unnamed), not only in the county.
    The stem must be a township of that county in the table (relation_cues township_stem_institutions)."""
    if m.label != "Organization":
        return None
    chain = view.place_chain_from(m.astart)
    lo = chain.aend if chain is not None and chain.aend < m.aend else m.astart
    county = chain.attrs.get("code") if lo > m.astart else _article_county(view)
    rest = view.text[lo:m.aend]
    inst = next((w for w in _TOWNSHIP_STEM_INSTITUTIONS if rest.endswith(w)), None)
    if not county or inst is None or len(rest) - len(inst) < 2 or (d := table().get(county)) is None \
            or d.level != "county":
        return None
    towns, stem = table().townships(county), rest[:-len(inst)]
    code = next((towns[stem + s] for s in _TOWN_SUFFIXES if stem + s in towns), None)
    if code is None:
        return None
    key, parent = ensure_place(view.doc, code), ensure_place(view.doc, county)
    if key not in view.stem_towns:  # (once per township and article: the scan of the relations is not repeated)
        view.stem_towns.add(key)
        if not any(r.subject == key and r.predicate == "partOf" for r in view.doc.relations):
            _table_part_of(view.doc, key, parent)
    return key


_TOWNSHIP_STEM_INSTITUTIONS = tuple(sorted(cues("township_stem_institutions"), key=len, reverse=True))
_TOWN_SUFFIXES = tuple(place_words("township_suffixes"))  # 镇, 乡: the township a health centre's stem names


def _article_county(view: _ArticleView) -> str | None:
    """The code of the article's place when it is a county (its own news names its towns short)."""
    e = view.doc.entities.get(view.art.place or "")
    return e.code if e is not None else None


def _park_host(view: _ArticleView, lo: int, hi: int) -> Mention | None:
    """A second place inside a name, right before a park's word (中山火炬|阳西|园区, 佛山顺德|英德|产业园):
    the park a city builds in another county (a paired or transfer park) is named for both, and it
    lies in the second; its bodies are there, not in the city their name opens with.  The name's
    own span is read (bounded by its length)."""
    for i in range(lo, hi):
        for p in view.places_by_start.get(i, ()):
            if p.aend < hi and p.attrs.get("code") and view.text.startswith(cues("hosted_park_words"), p.aend):
                return p
    return None


def _place_before(view: _ArticleView, m: Mention) -> Mention | None:
    """The place written right before an organisation, or before the organisation it follows
    (科右前旗乌兰集团圣华新药业公司: both companies are in 科右前旗)."""
    i, hops = m.astart, 0
    while hops < 3:
        place = view.place_ending_at(i)
        if place is not None:
            return None if view.inside_other(place) else place
        prev = view.actors_by_end.get(i)
        if prev is None or prev.label != "Organization":
            return None
        named = view.place_chain_from(prev.astart)  # 科右前旗乌兰集团圣华新药业公司: the group's place
        if named is not None and named.aend < prev.aend \
                and not any(q.astart <= m.astart and m.aend <= q.aend for q in view.programmes):
            return named  # (not inside a project's name: 鄂尔多斯玄峰集团红云酒厂…项目 is built elsewhere)
        i, hops = prev.astart, hops + 1
    return None


_ORG_UNIT_ENDS = tuple(cues("organisation_unit_ends"))  # 分会, 部, 室, 联谊会 …


def _organisation_units(doc: Doc, view: _ArticleView) -> None:
    """An organisation whose name is another organisation's name and a unit's words (中国开发区协会|
    边境经济合作区分会, 民盟新疆区委会|参政议政部, 汕头市侨联|新马归侨联谊会) is that organisation's
    unit: subOrganizationOf it.  Only endings of units (`organisation_unit_ends`), not a company's
    longer legal name (…集团|有限公司 is the same company)."""
    orgs = [m for m in view.actors if m.label == "Organization"]
    names = {doc.entities[o.key].name: o.key for o in orgs}
    for m in orgs:
        name = doc.entities[m.key].name
        if not name.endswith(_ORG_UNIT_ENDS):
            continue
        for n in range(len(name) - 2, 3, -1):  # the longest organisation the name opens with
            key = names.get(name[:n])
            if key is not None and key != m.key:
                add_relation(doc, m.key, "subOrganizationOf", key, _ev(doc, m, "relations.subOrganizationOf-org-name"),
                             "relations.subOrganizationOf-org-name")
                break


def _organisation_opening(name: str, orgs: dict[str, str]) -> str | None:
    """贵州省委党校|经济管理教研部, 某某大学|后勤管理处: the longest organisation the document names that an
    agency's name opens with (and extends) is the body the unit is part of, not the shorter agency
    inside that organisation's own name (贵州省委): a party school's department is none of the
    committee's.  Openings of at least 4 characters only (bounded by the name's length)."""
    return next((name[:n] for n in range(len(name) - 2, 3, -1) if name[:n] in orgs), None)


def _sub_organization(doc: Doc, view: _ArticleView) -> None:
    """A county unit belongs to the city's unit of the same service; an agency whose name
    extends another agency's name is its part (…人民政府办公室), unless the extension only completes
    the other's short suffix (县监察委 and 县监察委员会: one body)."""
    agencies = [m for m in view.actors if m.label == "Agency"]
    units: dict[str, list[Mention]] = {}
    for m in agencies:
        if m.attrs.get("sub_unit"):
            _county_unit(doc, view, m, agencies, units)
    names = {doc.entities[a.key].name: a.key for a in agencies + [c for c in view.credits if c.label == "Agency"]}
    _organisation_units(doc, view)
    orgs = {doc.entities[o.key].name: o.key for o in view.actors if o.label == "Organization"}
    for m in agencies:
        name = doc.entities[m.key].name
        school = _organisation_opening(name, orgs)
        if school is not None and not any(school.startswith(a) for a in names if len(a) < len(school)):
            school = None  # (no agency inside the organisation's name to mistake for the parent)
        for n in range(max(4, len(school or "")), len(name)):
            key = names.get(name[:n])
            if key is not None and key != m.key and name[n:] not in cues("short_form_completions"):
                add_relation(doc, m.key, "subOrganizationOf", key, _ev(doc, m, "relations.subOrganizationOf-name"),
                             "relations.subOrganizationOf-name")
        if school is not None and orgs[school] != m.key:
            add_relation(doc, m.key, "subOrganizationOf", orgs[school], _ev(doc, m, "relations.subOrganizationOf-name"),
                         "relations.subOrganizationOf-name")
        gov = _government_of(view, m)
        if gov is not None:
            add_relation(doc, m.key, "subOrganizationOf", gov, _ev(doc, m, "relations.subOrganizationOf-government"),
                         "relations.subOrganizationOf-government")
        parent = _short_form_parent(view, m)
        if parent is not None:
            add_relation(doc, m.key, "subOrganizationOf", parent.key, _ev(doc, m, "relations.subOrganizationOf-short"),
                         "relations.subOrganizationOf-short")
    for m in view.actors:
        for unit in _subordinates(view, m):
            add_relation(doc, unit.key, "subOrganizationOf", m.key,
                         _ev(doc, unit, "relations.subOrganizationOf-subordinate"),
                         "relations.subOrganizationOf-subordinate")


_SUBORDINATE_RE = re.compile(f"(?:{_alt('subordinate_open')})?(?:{_alt('subordinate_verbs')})"
                             f"(?:{_alt('subordinate_fillers')})*[：:]?")


def _subordinates(view: _ArticleView, m: Mention) -> list[Mention]:
    """宜春市自然资源局及其下属的宜春市不动产登记中心, …委员会下设A、B: the bodies listed right after a
    word of subordination are units of the body before it."""
    said = _SUBORDINATE_RE.match(view.text, m.aend)
    if said is None:
        return []
    i = view.actor_index[id(m)] + 1
    out: list[Mention] = []
    at = said.end()
    while i < len(view.actors) and view.actors[i].astart == at and view.actors[i].key != m.key:
        out.append(view.actors[i])
        at = view.actors[i].aend + (view.text[view.actors[i].aend:view.actors[i].aend + 1] in cues("cooperate_links"))
        i += 1
    return out


@lru_cache(maxsize=1)
def _government_stems() -> tuple[str, ...]:
    """Stems of a government's own departments (department_stems.tsv, group government)."""
    return tuple(r["stem"] for r in L.load_table("department_stems") if r["group"] == "government")


def _government_of(view: _ArticleView, m: Mention) -> str | None:
    """开江县农业农村局 → 开江县人民政府: a department of a government (a government stem and a unit
    suffix after its place) belongs to that place's government, when the article names it."""
    code, tail = m.attrs.get("place_code"), m.attrs.get("tail") or ""
    if m.label != "Agency" or not code or m.attrs.get("national") or m.attrs.get("sub_unit") \
            or not tail.startswith(_government_stems()) or not tail.endswith(L.UNIT_SUFFIXES) \
            or tail.startswith(cues("not_government_units")):
        return None
    d = table().get(code)
    gov = view.agency_keys().get(d.name + cues("government_organs")[0]) if d is not None else None
    if gov is None or gov == m.key or not any(a.key == gov for a in view.actors):
        return None
    return gov


_LEVEL_SCOPE_CHARS = L.chars("relative_scopes")  # 省市县区乡镇…: a name opening with one is a level's body


def _short_form_parent(view: _ArticleView, m: Mention) -> Mention | None:
    """中华全国供销合作总社…率总社科教社团部…: a unit named by the short form of a body named
    before it in its sentence (the body name's last two characters or more) is that body's unit.
    A unit opening with a level's scope (市委统战部) is that level's, never a unit of an organisation
    whose name ends the same (民革市委: a democratic party's city committee, no 市委 of the city)."""
    sent = view.art.sentence_at(m.astart)
    name = view.doc.entities[m.key].name
    if sent is None or m.attrs.get("place_code"):
        return None
    for a in view.actors_between(sent.start, m.astart):
        if a.label == "Organization" and name[:1] in _LEVEL_SCOPE_CHARS:
            continue
        full = view.doc.entities[a.key].name
        k = next((k for k in range(min(len(full) - 1, len(name) - 3), 1, -1) if full.endswith(name[:k])), 0)
        if k and a.key != m.key and name[k:].endswith(L.UNIT_SUFFIXES):
            return a
    return None


def _county_unit(doc: Doc, view: _ArticleView, m: Mention, agencies: list[Mention],
                 units: dict[str, list[Mention]]) -> None:
    """成安大队 → the 支队 of the same article, and the unit's fuller names as aliases."""
    want = _unit_parents().get(m.attrs.get("unit"), "")
    if want not in units:
        units[want] = [a for a in agencies if not a.attrs.get("sub_unit")
                       and doc.entities[a.key].name.endswith(want)]
    cands = [a for a in units[want] if a is not m]
    before = [a for a in cands if a.astart < m.astart]
    parent = (before[-1] if before else cands[0]) if cands else None
    if parent is None:
        return
    add_relation(doc, m.key, "subOrganizationOf", parent.key,
                 _ev(doc, m, "relations.subOrganizationOf-unit"), "relations.subOrganizationOf-unit")
    # the unit's fuller names: 邯郸市交巡警支队成安大队, 成安县交巡警大队
    unit, pname = doc.entities[m.key], doc.entities[parent.key].name
    unit.aliases.add(pname + m.surface)
    service = _SCOPE_PREFIX_RE.sub("", pname)[:-len(want)] if want and pname.endswith(want) else ""
    county = table().get(m.attrs.get("place_code") or "")
    if service and county is not None:
        unit.aliases.add(county.name + service + m.attrs.get("unit", ""))


# --------------------------------------------------------------------------- programmes: who runs them

_ACTOR_VENUE_HEADS = cues("actor_venue_heads")


_HONOUR_REACH = 8  # characters between a contest's name and the honour's noun closing it (县区级|优胜单位)
_HONOUR_AFTER_RE = re.compile(rf"[^，,。；;：:、]{{0,{_HONOUR_REACH}}}?(?:{_alt('honour_nouns')})")


def _honoured_in(text: str, between: str, p: Mention) -> bool:
    """A body, then 为 (被评为, 被授予) and a contest's name closed by an honour's noun within a few
    characters (盘山县人民政府、大洼县人民政府为2009年度…第二十二届“大禹杯”竞赛县区级优胜单位, biaozhang102 06-panjin):
    the body wins the contest's honour; it holds no contest (was: runs “大禹杯”竞赛, read off 建设 of 农田基本建设)."""
    if not between.startswith(cues("honouree_copulas")):
        return False
    e = p.aend + (1 if text[p.aend:p.aend + 1] in "”》\"" else 0)
    return _HONOUR_AFTER_RE.match(text, e) is not None


_GONE_TO_ANAPHORS = tuple(cues("visited_anaphors"))


def _gone_to(view: _ArticleView, m: Mention) -> bool:
    """yiyuan116: is the organisation the place a team goes to (来到/赴/走进 right before it, perhaps over
    the place it is in: 赴桑植县洪家关白族乡卫生院, 来到该县高沙镇中心卫生院)?  The visitors hold what
    follows there; the host runs none of it.  Only the place or anaphor written right before the name;
    a later item of a list of hosts (赴A卫生院、B卫生院开展…) is read at the list's first, over at most
    _GONE_TO_ITEMS items."""
    for _ in range(_GONE_TO_ITEMS):
        i = m.astart
        place = view.place_ending_at(i)
        if place is not None:
            i = place.astart
        elif view.text[max(0, i - 2):i] in _GONE_TO_ANAPHORS:
            i -= 2
        if view.text[i - 1:i] == "、" and (prev := view.last_actor_between(max(0, i - 1 - _GONE_TO_ITEM_LEN), i - 1)) \
                and prev.aend == i - 1:
            m = prev
            continue
        before = view.text[max(0, i - 2):i]
        return any(before.endswith(w) for w in cues("event_locatives") if w != "在")
    return False


_GONE_TO_ITEMS = 8  # the items of a list of hosts walked back over
_GONE_TO_ITEM_LEN = 30  # one item's length at most


def _runner(view: _ArticleView, p: Mention) -> Mention | None:
    """The agency or organisation whose verb of issuing/running takes the programme as object
    (市纪委拍摄的《…》, …集团捐资建设的…小学, 国务院《…》, …令第169号《…》)."""
    text = view.text
    a, _ = _clause_bounds(text, p.astart, p.aend)
    sent = view.art.sentence_at(p.astart)
    lo = min(a, sent.start) if sent else a
    m = view.last_actor_between(lo, p.astart)
    if m is None:
        return None
    if text[max(0, m.astart - 2):m.astart].endswith(_NOT_SUBJECT) \
            and not text[max(0, m.astart - 4):m.astart].endswith(cues("passed_verbs")):
        return None  # 依托区政务服务中心…推出: the place it works through, not who runs it
    if _gone_to(view, m):
        return None  # 县人民医院组织医务人员来到该县高沙镇中心卫生院，开展“X”活动: the host, not who runs X
    between = text[m.aend:p.astart].rstrip("“《")
    if _honoured_in(text, between, p):
        return None  # 盘山县人民政府为…“大禹杯”竞赛县区级优胜单位: the contest's winner, not who holds it
    if between.startswith(_ACTOR_VENUE_HEADS):
        return None  # 在纽约联合国总部举行的《…》签署仪式: the body's building is the venue, no actor
    if between == "" or (_section_kind(view.art, p.astart) == "title" and between.strip() == ""):
        return m  # 国务院《政府工作报告》; a headline's agency and its programme
    if _DECREE_RE.fullmatch(between) or _ISSUER_GROUP_RE.fullmatch(between):
        return m  # 邯郸市人民政府令第169号《…》, 财政部等11部门《…》
    if "》" in between[1:] and "《" not in between:
        return None  # 《2012年商务部引导支持展会名单》发布，…交易会入选: a word of a title, no actor
        # (a paper's own name in title marks, 《海南日报》“走基层”, is the actor still)
    if len(between) > 16 or any(ch in between for ch in "。;；：:") \
            or (between.count("）") + between.count(")") > between.count("（") + between.count("(")):
        return None  # too far, or across a speaker's label (新华社记者：…中国将举办…)
    # a verb inside a programme's name (…啤酒厂新厂区建设项目、镇原县城关镇…小学建设项目) is a word of that
    # name: the actor before it, an earlier item of a list of projects, runs none after it
    briefing = _briefing_chars(between)
    verbs = [k for v in _runner_verbs() for k in find_all(between, v) if not view.in_programme_name(m.aend + k)
             and not _HOLDS_BRIEFING_RE.match(between, k + len(v)) and k not in briefing
             and not _counted_noun(between, k)]
    if not verbs and briefing and _own_anaphor_before(between, view.doc.entities[m.key].name):
        return m  # 安溪县公安局举行新闻发布会，通报该局“打黑恶·缉枪爆”专项行动…: the briefing tells of its own campaign
    if not verbs or _PARTICIPATION_RE.search(between):
        return None  # (组织党员干部参加全市“X”竞赛: it takes part in X, someone else holds it)
    if _approved_report(view, p, between, verbs):
        return None  # 省十三届人大五次会议审议通过的《政府工作报告》: the congress approves the government's report
    if _COPULA_AFTER_VERB_RE.search(between, max(verbs)):
        return None  # 该活动由A主办，是“X”的子活动之一: the verb's object is the activity, X only classes it
    if _place_between(view, m.aend, m.aend + min(verbs)):
        return None  # 中国将举办…: the place before the verb is its subject, not the actor before it
    if _modifier_across_comma(between, min(verbs)):
        return None  # 落实省委、市委农村工作会议部署要求，并通过表彰“X”: the organs qualify a noun, they do not act
    return m


_APPROVED_REPORT_HEADS = tuple(cues("approved_report_heads"))


def _approved_report(view: _ArticleView, p: Mention, between: str, verbs: list[int]) -> bool:
    """根据省十三届人大五次会议审议通过的《政府工作报告》 (tongzhi98): a report whose only verb before it is one
    of approving (审议通过, 表决通过: relation_cues passed_verbs) is the work of whoever delivered it, not of
    the congress or meeting that approved it — no runner (base: 安徽省人大 runs 政府工作报告)."""
    name = view.doc.entities[p.key].name if p.key in view.doc.entities else ""
    if not name.endswith(_APPROVED_REPORT_HEADS):
        return False
    passed = cues("passed_verbs")
    return all(between.startswith("通过", k) and between[:k + 2].endswith(passed) for k in verbs)


def _report_approver(view: _ArticleView, p: Mention) -> Mention | None:
    """The congress or meeting that approves a report (`_approved_report`), right before it in its
    clause: the report is placed where that body sits, though the body runs none of it."""
    text = view.text
    a, _ = _clause_bounds(text, p.astart, p.aend)
    m = view.last_actor_between(a, p.astart)
    if m is None:
        return None
    between = text[m.aend:p.astart].rstrip("“《")
    if len(between) > 16 or any(ch in between for ch in "。;；：:"):
        return None
    verbs = [k for v in _runner_verbs() for k in find_all(between, v)]
    return m if verbs and _approved_report(view, p, between, verbs) else None


# a meeting about a programme written right after its name (X新闻发布会, X推介会): what a verb before holds
_MEETING_ABOUT = tuple(cues("meeting_about_heads"))
# …or after the delegation or body that meets (第十四届全国运动会广西体育代表团总结表彰大会: a few characters
# naming who meets, no 暨 joining a second event, then a review meeting's head, relation_cues review_meeting_heads)
_REVIEW_MEETING_RE = re.compile(rf"[^{''.join(cues('review_meeting_not_between'))}\W\d]{{0,10}}?"
                                f"(?:{_alt('review_meeting_heads')})")


def _meeting_topic(view: "_ArticleView", p: Mention) -> bool:
    """Is p what a meeting written right after its name is about (X新闻发布会; X广西体育代表团总结表彰大会;
    X(十五运会)筹办情况的新闻发布会)?  The verb before holds the meeting, and the place after 在 is the
    meeting's venue: neither runs nor hosts p.  A document's name closes its 《》 first (举行解读《政府工作报告》
    吹风会, 举行《…若干措施》新闻发布会): the meeting then starts after the closing mark."""
    text = view.text
    at = p.aend + 1 if text[p.aend:p.aend + 1] in _NAME_CLOSERS else p.aend
    if text[p.aend:p.aend + 1] == _TITLE_CLOSE:
        at = _LISTED_TITLES_RE.match(text, at).end()  # 开展《A》、《B》执法检查: the inspection is of both
    return text.startswith(_MEETING_ABOUT, at) or _REVIEW_MEETING_RE.match(text, p.aend) is not None \
        or _AGREEMENT_ABOUT_RE.match(text, p.aend) is not None \
        or _MEETING_ABOUT_LINKED_RE.match(text, at) is not None


_NAME_CLOSERS = "”》\""
_TITLE_CLOSE = "》"
# 《A》、《B》新闻发布会, 《A》和《B》执法检查: the titles listed before the meeting's head are all its topics
_LISTED_TITLES_RE = re.compile(r"(?:[、和及与]《[^《》\n]{1,60}》)*")


# national41: the programme's short form in brackets and the words of a briefing's subject between it and
# the meeting (介绍第十五届全国运动会(十五运会)筹办情况的新闻发布会): still the meeting's topic
_MEETING_ABOUT_LINKED_RE = re.compile(rf"(?:[（(][^（()）\n]{{1,12}}[）)])?(?:{_alt('meeting_topic_links')})?的?"
                                      f"(?:{alt(_MEETING_ABOUT)})")
# national41: a verb of holding whose object is a briefing (国务院新闻办公室举行新闻发布会，介绍第十五届全国运动会…):
# the body holds the briefing, and the programme after it is what the briefing tells, not the body's
_HOLDS_BRIEFING_RE = re.compile(f"了?(?:{alt(_MEETING_ABOUT)})")


def _own_anaphor_before(between: str, actor: str) -> bool:
    """Does the text right before the programme name the actor again by an anaphor of its kind (该局, 本局,
    我局 of a …局; relation_cues own_anaphor_words)?  Then the programme is the actor's own."""
    head = between.rstrip("“《\"")
    return any(head.endswith(w + actor[-1]) for w in cues("own_anaphor_words")) and len(actor) > 1


# a count and its measure word right before a verb's characters (等5个组织“…”称号): the word is a noun counted
_COUNT_BEFORE_RE = re.compile(rf"[{DIGIT}{CHINESE_NUMERALS}两几多]+[{''.join(cues('counted_noun_measures'))}]$")


def _counted_noun(between: str, k: int) -> bool:
    """Is the runner verb at `between[k:]` a noun a count qualifies (授予明阳…公司、…等5个组织“X”称号:
    5 organisations, the honour's holders, who organise nothing)?"""
    return _COUNT_BEFORE_RE.search(between, 0, k) is not None


def _briefing_chars(between: str) -> set[int]:
    """The offsets of the briefings' words in `between` (新闻发布会: its 发布 is no verb of issuing)."""
    return {k for h in _MEETING_ABOUT for i in find_all(between, h) for k in range(i, i + len(h))}
# an agreement about a programme written right after its name (签署一带一路备忘录, 签署关于“一带一路”倡议的
# 谅解备忘录): the signers sign the agreement, and run not X
_AGREEMENT_ABOUT_RE = re.compile(f"[”》\"]?(?:{_alt('agreement_topic_links')})?(?:{_alt('agreement_about_heads')})")
# a clause after the verb that only says what the verb's object is (…主办，是第三届…之一)
_COPULA_AFTER_VERB_RE = re.compile(f"[，,](?:{_alt('copula_clause_opens')})")


def _modifier_across_comma(between: str, verb: int) -> bool:
    """Is the actor before a comma only the modifier of a noun phrase that closes its clause
    (市委农村工作会议部署要求，并通过…)?  Then the verb after the comma has another subject.  An
    actor that a comma closes at once (县文明办，联合…推出) is still the subject."""
    comma = next((k for k, ch in enumerate(between[:verb]) if ch in "，,"), None)
    return comma is not None and comma > 0


def _place_between(view: _ArticleView, lo: int, hi: int) -> bool:
    """Is a place (not an anaphor, not a scene after 在/到/赴 …) named between article offsets lo
    and hi?  Such a place is the subject of what follows (中国将举办…)."""
    k = bisect.bisect_left(view.place_starts, lo)
    if k >= len(view.places) or view.places[k].aend > hi or view.places[k].attrs.get("anaphor"):
        return False
    before = view.text[max(lo, view.places[k].astart - 2):view.places[k].astart]
    return not any(before.endswith(w) for w in cues("event_locatives"))


_MEDIA_RULES = ("org.media", "org.news-site", "org.titled-media", "org.titled-paper")


def _media(m: Mention) -> bool:
    """A news agency, paper or news site (新华社北京5月14日电, 今日竹山网消息): it opens a dateline and
    reports; it is the subject of nothing the sentence tells."""
    return m.attrs.get("registry") == "media" or m.attrs.get("kind") == "media" or m.rule in _MEDIA_RULES


def _clause_subject(view: _ArticleView, p: Mention) -> Mention | None:
    """The sentence's first agency (or organisation: 县供销社, a company), when it opens its clause
    (after nothing but a date or 近日) and a verb of holding or issuing stands right before the
    programme: 3月26日，开江县农业农村局…，在…成功举行了…培训会 (organisations that do not open
    their clause, a paper quoted in the dateline, are passed over;
    the agencies it joins with 联合/会同 run it too)."""
    text = view.text
    q = p.astart - 1 if text[p.astart - 1:p.astart] in "“《" else p.astart
    sent = view.art.sentence_at(p.astart)
    verb = _OBJECT_VERB_RE.search(text, max(sent.start, q - 8), q) if sent is not None else None
    if verb is None or text.endswith(_STATE_MARK, 0, verb.start()):
        return None  # (积极响应国家实施乡村振兴战略: the state holds it, not the clause's agency)
    for first in view.actors_between(sent.start, p.astart):
        opening = max(sent.start, *(text.rfind(ch, sent.start, first.astart) + 1 for ch in "，,"))
        if first.label != "Agency" and (_media(first) or not _TIME_OPENER_RE.match(text[opening:first.astart])):
            continue  # 据甘肃经济日报报道（记者…）近日，省农机局…举办了“X”: a paper in the dateline is no actor
        # (an organisation that opens its clause is its subject as an agency is: 县供销社积极推进…，实施X)
        if _reported_speech(view, first.aend, q):
            return None  # 海曙区委副书记、区长叶枝利说，希望…探索建设“X”: the official speaks, the organ does nothing
        if _PARTICIPATION_RE.search(text, first.aend, q):
            return None  # 国务院总理李强出席在南宁举行的…博览会: the verb holds a clause qualifying what is attended
        return first if _TIME_OPENER_RE.match(text[opening:first.astart]) else None
    return None


# a person's name, a few words (在会上), a verb of saying and the comma or colon that opens the words said
_SPEECH_AFTER_PERSON_RE = re.compile(f"[^，,。；;：:]{{0,8}}?(?:{_alt('speech_verbs')})[，,：:]")


def _reported_speech(view: _ArticleView, lo: int, hi: int) -> bool:
    """Does a person speak between article offsets lo and hi (…区长叶枝利说，…)?  What stands after
    is their words, not an act of the agency that names their office."""
    k = bisect.bisect_left(view.person_starts, lo)
    for m in view.persons[k:bisect.bisect_left(view.person_starts, hi)]:
        if m.aend <= hi and _SPEECH_AFTER_PERSON_RE.match(view.text, m.aend, hi):
            return True
    return False


def _joint_issuers(view: _ArticleView, prev: Mention, nxt: Mention) -> bool:
    """中共岳阳市委办公室岳阳市人民政府办公室印发《…》: two agencies written back to back (or apart by
    spaces only), as joint issuers head a document, act together; not an agency and the unit it
    names next (国务院 + 办公厅 are one name, already joined by the finder).  An organisation may be
    one of two issuers set apart by a space right before the document's 关于 (商务部 中央广播电视总台关于
    组织开展…的通知: a notice's header names each body that issues it), never two bodies back to back."""
    if prev.key == nxt.key:
        return False
    between = view.text[prev.aend:nxt.astart]
    if between.strip(" \u3000") != "":
        return False
    if prev.label == nxt.label == "Agency":
        return True
    return between != "" and {prev.label, nxt.label} == {"Agency", "Organization"} \
        and view.text.startswith(_HEADER_ABOUT, nxt.aend)


_HEADER_ABOUT = tuple(cues("document_about"))  # 关于: a document's subject opens right after its issuers


_JOINT_ADVERBS_RE = re.compile(f"^(?:{_alt('joint_adverbs')})+")


def _joint_link(between: str) -> bool:
    """Is the text between two actors a joint verb, maybe after adverbs (还会同, 积极联合)?"""
    return _JOINT_ADVERBS_RE.sub("", between) in cues("joint_verbs")


def _enumerated(view: _ArticleView, last: Mention) -> list[Mention]:
    """`last` and the actors listed right before it (市委宣传部、市委文明办、市民政局联合举办…)."""
    out = [last]
    i = view.actor_index[id(last)]
    links = cues("organiser_links")
    while i > 0:
        prev = view.actors[i - 1]
        between = view.text[prev.aend:out[-1].astart]
        if between not in links and not _joint_link(between) and not _joint_issuers(view, prev, out[-1]):
            break
        out.append(prev)
        i -= 1
    return out


# after the last organiser found: more items the finder did not know (、县文明办), 等九个单位, 共同, the verb
# (not a noun it opens: 由县文明办负责人讲解 — the person in charge speaks, the office organises nothing)
_ORGANISED_BY = cues("organised_by_open")[0]  # 由
_ORGANISED_LINKS = cues("organised_by_links")
# an item never holds a link character: each list splits one way only (with 和 inside an item,
# 农业和农村与… split in exponentially many ways, and the match backtracked through all of them)
_TAIL_ITEMS = f"(?:[{''.join(_ORGANISED_LINKS)}][^，,。；;“”《》的{_ORGANISED_BY}{''.join(_ORGANISED_LINKS)}]{{2,14}}?)*"
_ORGANISED_TAIL_RE = re.compile(f"{_TAIL_ITEMS}"
                                f"(?:{_alt('organised_by_fillers')}|[{DIGIT}{CHINESE_NUMERALS}])*"
                                f"(?:{_alt('organised_by_verbs')})(?!{_alt('organised_by_verb_nouns')})")
# (matched at a clause's start) 此次活动, 本届大赛…: not 该局, 该县
_BARE_EVENT_RE = re.compile(f"(?:{_alt('event_heads')})")  # a clause opening with 活动/大赛 alone
# (heads in a row: 此次专项整治行动 is read to its last head, not to 整治)
_EVENT_ANAPHOR_RE = re.compile(f"(?:{_alt('event_anaphora')})[^，,。；;由]{{0,4}}?(?:{_alt('event_heads')}){{1,3}}")


def _organised_by(view: _ArticleView) -> dict[str, list[Mention]]:
    """由 A、B (等…) 主办/承办/牵头…: A and B run the programme the clause is about — the one right
    after the verb (由A主办的“X”), the one the clause opens with (“X”活动由A主办), or, when the clause
    opens with 此次/本次… (此次活动由A主办), the programme the headline names.  Programme key →
    organisers, in the order written."""
    text, out = view.text, {}
    k = 0
    while k < len(view.actors):
        a = view.actors[k]
        if text[a.astart - 1:a.astart] != _ORGANISED_BY or (k and text[view.actors[k - 1].aend:a.astart] in _ORGANISED_LINKS):
            k += 1
            continue
        group = [a]
        while k + 1 < len(view.actors) and (_organiser_link(text[group[-1].aend:view.actors[k + 1].astart])
                                            or _joint_issuers(view, group[-1], view.actors[k + 1])):
            k += 1
            group.append(view.actors[k])
        k += 1
        tail = _organised_tail(text, group[-1].aend)
        if tail is None:
            _guided_organisers(view, a.astart - 1, group[-1].aend, out)
            continue
        group += view.actors_between(group[-1].aend, tail.end())  # known items among the unknown
        co, co_end = _co_organisers(view, tail.end())
        p = _organised_programme(view, a.astart - 1, tail.end())
        if p is None and co_end > tail.end():  # 由A主办，B承办的“X”: the programme after the last verb
            p = _organised_programme(view, a.astart - 1, co_end)
        if p is None:
            p = _next_clause_subject(view, a.astart - 1, co_end)
        if p is None:
            p = _issued_next(view, a.astart - 1, co_end)
        if p is not None:
            group += co
            out.setdefault(p.key, [])
            out[p.key] += [g for g in group if g.key not in {o.key for o in out[p.key]}]
    _organisers_before_de(view, out)
    _leads_after(view, out)
    return out


_CLAUSE_OPENERS = ("，", ",", "。", "；", ";", "\n", "")


def _organisers_before_de(view: _ArticleView, out: dict[str, list[Mention]]) -> None:
    """2月20日，A、B主办，C承办的2022年庐阳区春风行动专场招聘会在…举行: a clause that opens with bodies and
    a verb of organising, no 由 before them, and ends with 的 (maybe after co-organisers' clauses)
    names the programme right after the 的 — A, B and C run it, as 由A、B主办 says.  Only that 的
    form: a bare A主办 clause elsewhere may be anything (A主办，B负责宣传)."""
    text = view.text
    k = 0
    while k < len(view.actors):
        a = view.actors[k]
        if text[a.astart - 1:a.astart] not in _CLAUSE_OPENERS:
            k += 1
            continue
        group = [a]
        while k + 1 < len(view.actors) and _organiser_link(text[group[-1].aend:view.actors[k + 1].astart]):
            k += 1
            group.append(view.actors[k])
        k += 1
        tail = _organised_tail(text, group[-1].aend)
        if tail is None:
            continue
        co, co_end = _co_organisers(view, tail.end())
        if text[co_end:co_end + 1] != "的":
            continue
        j = bisect.bisect_left(view.programme_starts, co_end)
        p = view.programmes[j] if j < len(view.programmes) else None
        if p is None or p.astart - co_end > 16 or re.search(r"[，,。；;]", text[co_end:p.astart]) \
                or view.actors_between(co_end, p.astart):
            continue
        group += view.actors_between(group[-1].aend, tail.end()) + co
        out.setdefault(p.key, [])
        out[p.key] += [g for g in group if g.key not in {o.key for o in out[p.key]}]


# what may stand between the organisers' clause and the programme that is the next clause's subject:
# places (二十家子满族镇), an edition (第五届, 首届, 2018年), a middle dot (中国·)
_EDITION_GAP_RE = re.compile(f"(?:[{DIGIT}]{{4}}年?|第[{DIGIT}{CHINESE_NUMERALS}]+届|首届|[·•]|\x00)*")


def _next_clause_subject(view: _ArticleView, by: int, verb_end: int) -> Mention | None:
    """8月27日，由A主办，B承办，二十家子镇第五届农民文化节在…举办: organisers' clauses that open the
    sentence (由 right after a clause mark) modify the clause after them, whose subject is the
    programme — only places and an edition may stand before its name.  Else None."""
    text = view.text
    if text[verb_end:verb_end + 1] not in ("，", ",") or text[by - 1:by] not in ("，", ",", "。", "\n", ""):
        return None
    k = bisect.bisect_left(view.programme_starts, verb_end + 1)
    after = view.programmes[k] if k < len(view.programmes) else None
    if after is None or after.astart - verb_end > 24:
        return None
    gap, i = "", verb_end + 1
    while i < after.astart:
        place = max(view.places_by_start.get(i, []), key=lambda m: m.aend, default=None)
        if place is not None and place.aend <= after.astart:
            gap, i = gap + "\x00", place.aend
        else:
            gap, i = gap + text[i], i + 1
    return after if _EDITION_GAP_RE.fullmatch(gap) else None


# 由A牵头，B、C配合，制定了《X》: the helpers' clause (bodies and a verb of helping) may stand between
# the lead's clause and the clause that issues the document
_HELPERS_CLAUSE_RE = re.compile(f"[，,][^，,。；;！？\n]{{1,30}}?(?:{_alt('helper_verbs')})(?=[，,])")
_ISSUED_NEXT_RE = re.compile(f"[，,](?:{_alt('issued_next_verbs')})了?《?")


def _issued_next(view: _ArticleView, by: int, verb_end: int) -> Mention | None:
    """由省发展改革委牵头，省工信厅、省财政厅配合，制定了《X》: a sentence that opens with the lead's
    clause and goes on to a clause of issuing names the document the lead runs (the helpers only
    help: they are not added).  Else None."""
    text = view.text
    if text[by - 1:by] not in ("，", ",", "。", "\n", ""):
        return None
    helpers = _HELPERS_CLAUSE_RE.match(text, verb_end)
    issued = _ISSUED_NEXT_RE.match(text, helpers.end() if helpers else verb_end)
    if issued is None:
        return None
    k = bisect.bisect_left(view.programme_starts, issued.end())
    p = view.programmes[k] if k < len(view.programmes) else None
    return p if p is not None and p.astart == issued.end() else None


def _organiser_link(between: str) -> bool:
    """What joins two organisers after 由: a list mark (由A、B主办) or a joint verb (由A联合B主办:
    both organise it, as 由A、B联合主办 says)."""
    return between in _ORGANISED_LINKS or _joint_link(between)


_LEAD_AFTER_RE = re.compile(f"(?:{_alt('lead_after_verbs')})(?=[，,。；;])")


# (由县委宣传部、市旅游协会指导: listed bodies the finder did not know may stand before the verb, as in
# _ORGANISED_TAIL_RE)
_GUIDED_TAIL_RE = re.compile(f"{_TAIL_ITEMS}(?:{_alt('organised_by_fillers')})*(?:{_alt('guidance_verbs')})")


def _guided_organisers(view: _ArticleView, by: int, end: int, out: dict[str, list[Mention]]) -> None:
    """活动由县委宣传部指导，县文明办、县总工会主办: guidance is no running, yet the clauses after it
    that name bodies and a verb of organising name the programme's organisers (`_co_organisers`)."""
    guided = _GUIDED_TAIL_RE.match(view.text, end)
    if guided is None:
        return
    co, co_end = _co_organisers(view, guided.end())
    p = _organised_programme(view, by, co_end) if co else None
    if p is not None:
        out.setdefault(p.key, [])
        out[p.key] += [g for g in co if g.key not in {o.key for o in out[p.key]}]


def _leads_after(view: _ArticleView, out: dict[str, list[Mention]]) -> None:
    """…开展“清洁家园”行动，县农业农村局牵头，各乡镇具体实施: the bodies of a clause that says only
    that they lead run the programme of the clause before it in the same sentence; a sentence that
    opens with such a clause (…开展“X”行动。市农业农村局牵头，各县区具体实施) speaks of the last
    programme of the sentence before it in the same paragraph (`_previous_sentence_programme`)."""
    text = view.text
    for a in view.actors:
        verb = _LEAD_AFTER_RE.match(text, a.aend)
        if verb is None:
            continue
        group = _enumerated(view, a)
        first = group[-1]
        sent = view.art.sentence_at(first.astart)
        if _LEAD_THEN_JOINT_RE.match(text, verb.end()):
            p = _programme_later_in_clause(view, verb.end())
        elif sent is not None and first.astart == sent.start:
            p = _previous_sentence_programme(view, sent.start)
        elif text[first.astart - 1:first.astart] in ("，", ","):
            lo = sent.start if sent else _clause_bounds(text, first.astart, first.aend)[0]
            k = bisect.bisect_left(view.programme_starts, first.astart)
            before = [p for p in view.programmes[:k] if p.astart >= lo and p.aend < first.astart]
            p = before[-1] if before and not re.search(r"[。；;]", text[before[-1].aend:first.astart]) else None
        else:
            p = None
        if p is None:
            continue
        out.setdefault(p.key, [])
        out[p.key] += [g for g in reversed(group) if g.key not in {o.key for o in out[p.key]}]


# A牵头，会同B、C起草了《X》: the lead's clause goes on with the bodies it joins, so the programme
# it leads is the one after (not 《Y》 of 为贯彻落实《Y》 before it)
_LEAD_THEN_JOINT_RE = re.compile(f"[，,](?:{_alt('lead_then_joint')})")
_LEAD_FORWARD_REACH = 60  # 会同 + a list of bodies + a verb before the programme's name


def _programme_later_in_clause(view: _ArticleView, i: int) -> Mention | None:
    """The first programme after `i` in the same sentence and within reach (牵头，联合省教育厅、
    省财政厅印发《…方案》: the document the lead issues with the bodies it joins), else None."""
    k = bisect.bisect_left(view.programme_starts, i)
    if k >= len(view.programmes):
        return None
    p = view.programmes[k]
    if p.astart - i > _LEAD_FORWARD_REACH or re.search(r"[。；;！？\n]", view.text[i:p.astart]):
        return None
    return p


def _previous_sentence_programme(view: _ArticleView, start: int) -> Mention | None:
    """The last programme of the sentence right before `start`, in the same paragraph of the body
    (a sentence that opens with 此次行动由A牵头 or 市Y局牵头 goes on about it), else None."""
    prev = view.art.sentence_at(start - 1) if start > 0 else None
    if prev is None or "\n" in view.text[prev.start:start] or _section_kind(view.art, prev.start) == "title":
        return None
    k = bisect.bisect_left(view.programme_starts, start)
    last = view.programmes[k - 1] if k else None
    return last if last is not None and last.astart >= prev.start else None


def _previous_paragraph_programme(view: _ArticleView, start: int) -> Mention | None:
    """The last programme of the last sentence of the body paragraph right before the one `start`
    opens (…参加首届中国国际进口博览会。¶此次博览会由A主办: the new paragraph goes on about it)."""
    text = view.text
    if start < 2 or text[start - 1] != "\n" or text[start - 2] == "\n":
        return None
    prev = view.art.sentence_at(start - 2)
    if prev is None or _section_kind(view.art, prev.start) == "title":
        return None
    k = bisect.bisect_left(view.programme_starts, start)
    last = view.programmes[k - 1] if k else None
    return last if last is not None and last.astart >= prev.start else None


def _anaphor_antecedent(view: _ArticleView, start: int) -> Mention | None:
    """此次行动由A牵头 opening a sentence when the headline names no programme: the programme the
    sentence before it ends its talk with, when the anaphor's head word (行动, 活动 …) is the
    programme's own or written right after it (“清洁家园”专项行动)."""
    p = _previous_sentence_programme(view, start) or _previous_paragraph_programme(view, start)
    m = _EVENT_ANAPHOR_RE.match(view.text, start)
    if p is None or m is None:
        return None
    head = _BARE_EVENT_RE.search(m.group(0))
    word = head.group(0) if head else ""
    after = _NOUN_AFTER_NAME_RE.match(view.text, p.aend).group(0)  # “书香满城”全民阅读活动: up to its head
    name = p.norm or p.surface
    return p if word and (name.endswith(word) or word in after or _abbreviates(m.group(0), name)) else None


def _abbreviates(anaphor: str, name: str) -> bool:
    """本届农交会 after 中国国际农产品交易会: the noun after the anaphora word is a short name of the
    programme — three or more characters, each found in the name in order, the last its last
    (农交会 of 农产品交易会, 进博会 of 进口博览会), as Chinese short names are made."""
    word = _ANAPHORA_WORD_RE.sub("", anaphor)
    if len(word) < 3 or word[-1] != name[-1]:
        return False
    i = 0
    for ch in word:
        i = name.find(ch, i) + 1
        if i == 0:
            return False
    return True


_ANAPHORA_WORD_RE = re.compile(f"^(?:{_alt('event_anaphora')})")


# the words after a programme's quoted name that end the noun phrase it heads (“X”全民阅读活动)
_NOUN_AFTER_NAME_RE = re.compile(r"[”》\"]?[^，,。；;：:、“”《》\s]{0,10}")


# the division of work a notice writes after each task: （A牵头，B、C配合）, （A、B等负责）, 牵头单位：A；配合单位：B
_DIVISION_PAREN_RE = re.compile(r"[（(]([^（）()\n]{2,160})[）)]")
_DIVISION_LABEL_RE = re.compile(f"(?:{_alt('division_lead_labels')}|{_alt('division_helper_labels')})[：:]")
_DIVISION_CLAUSE_RE = re.compile(
    f"^(?:(?P<label>{_alt('division_lead_labels')}|{_alt('division_helper_labels')})[：:])?"
    f"\x00(?:[、和及与]?\x00)*(?:{_alt('division_fillers')})*"
    f"(?P<verb>{_alt('division_lead_verbs')}|{_alt('division_helper_verbs')})?$")
_DIVISION_ROLE_END_RE = re.compile(f"(?:{_alt('division_lead_verbs')}|{_alt('division_helper_verbs')})$")
# (a division in tortoise-shell brackets, 〔责任单位：省市场监管局〕, read by its label: the brackets are no word)
_DIVISION_PIECES_RE = re.compile(r"[^，,；;\s〔〕]+")
_SENTENCE_STOP_RE = re.compile(r"[。\n]")
# where a task of a numbered list opens (1、 2. （三） 四、): the programmes of a division are the task's
_TASK_OPEN_RE = re.compile(f"(?:^|(?<=[。；;\n）)]))\\s*(?:[{DIGIT}]+[、.．]|[（(][{CHINESE_NUMERALS}{DIGIT}]+[）)]"
                           f"|[{CHINESE_NUMERALS}]+、)")


def _division_roles(view: _ArticleView, lo: int, hi: int) -> list[Mention]:
    """The bodies a division of work (text[lo:hi]: 省农业厅牵头，省财政厅配合 / 牵头单位：A；配合单位：B)
    names as leads: those of its 牵头 clauses (or its 牵头单位), else those said to be 负责 (or the
    责任单位); the bodies that only 配合/参与 assist and run nothing.  Pieces naming no body are passed
    over (2023年底前完成); empty when a piece names bodies and no role (the parenthesis says
    something else: 市农业农村局供图)."""
    text, lead, primary, label = view.text, [], [], None
    leads = set(cues("division_lead_verbs")) | set(cues("division_lead_labels"))
    for piece in _DIVISION_PIECES_RE.finditer(text, lo, hi):
        actors = view.actors_between(piece.start(), piece.end())
        given, label = label, None
        if not actors:
            if _DIVISION_LABEL_RE.fullmatch(piece.group(0)):
                label = piece.group(0)[:-1]  # 牵头单位： with the bodies after a space
            continue  # (各有关部门配合, 2023年底前完成: a piece naming no body)
        skeleton, k = "", piece.start()
        for a in actors:
            skeleton += text[k:a.astart] + "\x00"
            k = a.aend
        m = _DIVISION_CLAUSE_RE.match(skeleton + text[k:piece.end()])
        role = m and (m.group("verb") or m.group("label") or given)
        if not role:
            if given or _DIVISION_ROLE_END_RE.search(piece.group(0)) or _DIVISION_LABEL_RE.match(piece.group(0)):
                continue  # 各乡镇人民政府、县直有关部门配合: a role, said of more than bodies
            return []
        if role in leads:
            lead.append(actors)
            if role in cues("division_primary"):
                primary.append(actors)
    return [a for group in (primary or lead) for a in group]


def _division_units(view: _ArticleView):
    """(start, end, lo, hi) of every division of work of the article: the span it takes and the span
    of its clauses — a parenthesis closing a task (after 。/； or before one or a comma) or a run of labelled
    clauses (牵头单位：…) up to the end of its sentence."""
    text = view.text
    units = []
    for m in _DIVISION_PAREN_RE.finditer(text):
        before = text[max(0, m.start() - 4):m.start()].rstrip(" \u3000")[-1:]
        after = text[m.end():m.end() + 1]
        if before in "。；;\n" or after in ("", "。", "；", ";", "\n", "，", ","):  # （A负责），确保…: mid-sentence too
            units.append((m.start(), m.end(), m.start(1), m.end(1)))
    k, inside = 0, [m.span() for m in _DIVISION_PAREN_RE.finditer(text)]
    starts = [s for s, _ in inside]
    for m in _DIVISION_LABEL_RE.finditer(text):
        j = bisect.bisect_right(starts, m.start()) - 1
        if m.start() < k or (j >= 0 and m.start() < inside[j][1]):
            continue  # (a label inside a parenthesis is read with it)
        stop = _SENTENCE_STOP_RE.search(text, m.start())
        k = stop.start() if stop else len(text)
        units.append((m.start(), k, m.start(), k))
    return sorted(units)


def _task_paragraph(view: _ArticleView, start: int) -> int:
    """Where the paragraph of the task a division at `start` closes opens: its own paragraph's
    start, or the one before when the division opens a line of its own (a table's 牵头单位：… row)."""
    if _section_kind(view.art, start) == "title":
        return start
    first = _paragraph(view.art, start)[0]
    if view.text[first:start].strip() or first == 0:
        return first
    j = first - 1
    while j > 0 and view.text[j].isspace():
        j -= 1
    return start if _section_kind(view.art, j) == "title" else _paragraph(view.art, j)[0]


def _division_of_work(view: _ArticleView) -> dict[str, list[Mention]]:
    """Notices and plans close each task with who does it (…实施“十百千万”工程。（省农业厅牵头）):
    the leads run the programmes of that task — from the task's opening (its number, the end of
    the division before it, or the paragraph's start) to the division — save the higher policies
    the task carries out (贯彻《…》, 根据《…》).  Programme key → leads, in the order written."""
    out: dict[str, list[Mention]] = {}
    floor = 0
    for start, end, lo, hi in _division_units(view):
        leads = _division_roles(view, lo, hi)
        if leads:
            first = max(floor, _task_paragraph(view, start))
            opens = [t.end() for t in _TASK_OPEN_RE.finditer(view.text, first, start)]
            first = opens[-1] if opens else first
            k = bisect.bisect_left(view.programme_starts, first)
            while k < len(view.programmes) and view.programmes[k].aend <= start:
                p = view.programmes[k]
                k += 1
                if _HIGHER_POLICY_RE.search(view.text, max(0, p.astart - 6), p.astart):
                    continue
                out.setdefault(p.key, [])
                out[p.key] += [a for a in leads if a.key not in {o.key for o in out[p.key]}]
        floor = max(floor, end)
    return out


def _co_organisers(view: _ArticleView, end: int) -> tuple[list[Mention], int]:
    """…由A主办，B承办，C协办: the clauses right after, each a list of bodies and a verb of
    organising and nothing more, name organisers too (C only assists: 协办 is no such verb); a
    clause closed by 的 (由A主办，B承办的“X”) is the last.  A semicolon may part the clauses as a comma
    does (本届博览会由A主办；B承办: a list of roles, each clause no more than bodies and a verb).
    The organisers and where the last verb ends."""
    text, out = view.text, []
    while text[end:end + 1] in ("，", ",", "；", ";"):
        items = view.actors_between(end + 1, end + 40)
        tail = _organised_tail(text, items[0].aend) if items and _co_clause_lead(view, end + 1, items[0].astart) \
            else None
        if tail is None or text[tail.end():tail.end() + 1] not in ("，", ",", "。", "；", ";", "的"):
            break
        out += [a for a in items if a.aend <= tail.end()]
        end = tail.end()
        if text[end:end + 1] == "的":
            break
    return out, end


_CO_LEAD_MAX = 30  # how far before its first known body a co-organisers' clause may list others


def _co_clause_lead(view: _ArticleView, lo: int, hi: int) -> bool:
    """What opens a co-organisers' clause before the first body the finders know (at hi): nothing, a
    list of items the finders do not know, each closed by 、 (东岳路街道、|大冶市残联、大冶市就业局…承办), or
    the place written before the body (庐阳区|杏林街道办事处承办的…) — never a clause mark, 的 or a
    quote, and no more than `_CO_LEAD_MAX` characters."""
    gap = view.text[lo:hi]
    if not gap:
        return True
    if len(gap) > _CO_LEAD_MAX or any(ch in _NAME_TAIL_STOPS and ch not in _ORGANISED_LINKS for ch in gap):
        return False
    if gap.endswith(_ORGANISED_LINKS):
        return True
    k = max(gap.rfind(ch) for ch in _ORGANISED_LINKS) + 1
    return any(m.aend == hi for m in view.places_by_start.get(lo + k, ()))


_NAME_SUFFIXES = tuple(sorted(set(L.ORG_SUFFIXES) | set(L.UNIT_SUFFIXES)))
_NAME_TAIL_STOPS = f"，,。；;、“”《》的{_ORGANISED_BY}"


def _organised_tail(text: str, i: int) -> re.Match | None:
    """The rest of a 由… clause after the organiser ending at i (more organisers, 等, the verb); when
    none follows, after the rest of a name the finders cut short — up to six characters that end
    the name with a unit or organisation suffix (由江西日报|传媒集团和…共同主办, 新法制报|社承办)."""
    tail = _ORGANISED_TAIL_RE.match(text, i)
    for j in range(i + 1, min(len(text), i + 7)):
        if tail is not None or text[j - 1] in _NAME_TAIL_STOPS:
            break
        if text[max(0, i - 4):j].endswith(_NAME_SUFFIXES):
            tail = _ORGANISED_TAIL_RE.match(text, j)
    return tail


def _clause_opening(text: str, lo: int, at: int) -> int:
    """Where the clause holding `at` opens: after the last clause mark before it, not before `lo`
    (its sentence's start).  The search stops at `lo`: run back to the text's start, a mark the
    text never uses cost a whole-text scan per call."""
    return max(lo, rfind_any(text, "，,。；;！？\n", lo, at) + 1)


def _organised_programme(view: _ArticleView, by: int, verb_end: int) -> Mention | None:
    """The programme a 由…主办 clause (由 at `by`, the verb ending at `verb_end`) is about."""
    text = view.text
    k = bisect.bisect_left(view.programme_starts, verb_end)
    after = view.programmes[k] if k < len(view.programmes) else None
    if after is not None and not re.search(r"[，,。；;]", text[verb_end:after.astart]) and \
            (after.astart - verb_end <= 3 or (text[verb_end:verb_end + 1] == "的" and after.astart - verb_end <= 16
                                              and not view.actors_between(verb_end, after.astart))):
        return after  # 由A主办的“X”, 由A牵头开展“X”, 由A承办的全国省级法制报“X”
    sent = view.art.sentence_at(by)
    opening = _clause_opening(text, sent.start if sent else 0, by)
    before = [p for p in view.programmes[:bisect.bisect_left(view.programme_starts, by)]
              if p.astart >= opening and p.aend <= by]
    if before and by - before[-1].aend <= 8:
        return before[-1]  # “X”活动由A主办
    opener = _sentence_opening_programme(view, sent, by)
    if opener is not None:
        return opener  # 广交会每年春秋两季在广州举办，由A和B联合主办: the sentence's subject
    anaphor = _sentence_anaphor(view, sent, opening, by)
    if anaphor is not None:
        # (本次活动以“…”为主题，由A主办: the anaphor is the subject of the whole sentence)
        named = _programme_inside(view, anaphor.start(), anaphor.end())
        if named is not None:
            return named  # 此次农根文化节以“…”为主题，由A主办: the anaphor names the programme itself
        head = next((p for p in view.programmes if _section_kind(view.art, p.astart) == "title"), None)
        return head or _anaphor_antecedent(view, sent.start if sent else opening)
    if _BARE_EVENT_RE.fullmatch(text, opening, by):  # …启动仪式在…举行。活动由A、B联合主办: the event just named
        k = bisect.bisect_left(view.programme_starts, opening)
        last = view.programmes[k - 1] if k else None
        if last is not None and opening - last.aend <= 60 and "\n" not in text[last.aend:opening]:
            return last
    return _bare_event_sentence(view, sent, opening, by)


_BARE_EVENT_CLAUSE = 16  # how long the one clause about the event before the 由 clause may be
_BARE_EVENT_REACH = 60  # how far back the event just named may stand


def _bare_event_sentence(view: _ArticleView, sent, opening: int, by: int) -> Mention | None:
    """活动为期一个月，由靖边县农业农村局组织实施: the 由 clause has no subject of its own (由 right
    after a comma) and the sentence opens with a bare event head (活动, 比赛) and one short clause
    about it: the event just named with that same head (“大调研、大摸排”活动启动。, the sentence or
    paragraph before, no other programme between) is what the organisers run.  Else None."""
    text = view.text
    if sent is None or opening != by or not (0 < opening - sent.start <= _BARE_EVENT_CLAUSE):
        return None
    m = _BARE_EVENT_RE.match(text, sent.start)
    if m is None or rfind_any(text, "，,；;", sent.start, opening - 1) >= 0 \
            or view.actors_between(sent.start, opening):
        return None
    k = bisect.bisect_left(view.programme_starts, sent.start)
    last = view.programmes[k - 1] if k else None
    if last is None or sent.start - last.aend > _BARE_EVENT_REACH or text.count("\n", last.aend, sent.start) > 1:
        return None
    named_as = last.aend + 1 if text[last.aend:last.aend + 1] in "”》\"" else last.aend
    return last if text.startswith(m.group(), named_as) else None  # (“X”活动…。活动…: the same head)


_SUBJECT_GAP = 40  # how far after the subject's name its 由…主办 clause may stand


def _sentence_opening_programme(view: _ArticleView, sent, by: int) -> Mention | None:
    """The programme a sentence opens with (after at most 本届/此次), when its 由…主办 clause at `by`
    follows within a few clauses and names no other programme between: the sentence is about it
    (广交会每年春秋两季在广州举办，由商务部和广东省人民政府联合主办).  Else None."""
    if sent is None:
        return None
    k = bisect.bisect_left(view.programme_starts, sent.start)
    first = view.programmes[k] if k < len(view.programmes) else None
    if first is None or first.astart - sent.start > 2 or first.aend > by or by - first.aend > _SUBJECT_GAP:
        return None
    nxt = view.programmes[k + 1] if k + 1 < len(view.programmes) else None
    if nxt is not None and nxt.astart < by and nxt.key != first.key:
        return None
    return first


_REPORT_LEAD_RE = re.compile(f"(?:{_alt('report_leads')})[，,]")


def _sentence_anaphor(view: _ArticleView, sent, opening: int, by: int) -> re.Match | None:
    """The 此次/本届… subject of a 由…主办 clause at `by`: at the clause's opening, or opening its
    sentence (after a reporter's lead, 据了解，) with no sentence mark before `by`.  Else None."""
    text = view.text
    m = _EVENT_ANAPHOR_RE.match(text, opening)
    if m is not None or sent is None or re.search(r"[。；;]", text[sent.start:by]):
        return m
    lead = _REPORT_LEAD_RE.match(text, sent.start)
    return _EVENT_ANAPHOR_RE.match(text, lead.end() if lead else sent.start)


def _programme_inside(view: _ArticleView, lo: int, hi: int) -> Mention | None:
    """The last programme mention lying within text[lo:hi], else None."""
    return _last_within(view.programmes, view.programme_starts, lo, hi)


def _last_within(items: list[Mention], starts: list[int], lo: int, hi: int) -> Mention | None:
    """The last of `items` (sorted by start, `starts` their starts) lying within [lo, hi), found
    walking back from hi: a span with no clause mark reaches back to the text's start, and
    listing every item since was quadratic."""
    k = bisect.bisect_left(starts, hi) - 1
    while k >= 0 and items[k].astart >= lo:
        if items[k].aend <= hi:
            return items[k]
        k -= 1
    return None


def _own_place_runners(view: _ArticleView, p: Mention, runners: list[Mention]) -> list[Mention]:
    """省委组织部、省委农办《A》和《鹿邑县关于…的实施方案》: a title listed after another that opens with
    a division's name is that division's own document; the runners of the title before it run it only
    where they are of that division (a body placed elsewhere issued the first title alone)."""
    own = next((m.attrs.get("code") for m in view.places_by_start.get(p.astart, ()) if m.attrs.get("code")), None)
    if own is None:
        return runners
    return [r for r in runners if r.attrs.get("place_code") in (None, own)]


def _runners(view: _ArticleView, p: Mention, previous: tuple[Mention, list[Mention]] | None) -> tuple[list[Mention], str]:
    """Who runs a programme, and the rule: the subject of a verb taking it as object (with every
    organiser listed with it), the runner of the programme it is listed after (国务院《A》、《B》),
    or the agency opening its sentence.  None for a programme a meeting is about (举行第十八届X博览会
    新闻发布会: the verb holds the meeting written right after the name, not X)."""
    if _meeting_topic(view, p):
        return [], ""
    runner = _runner(view, p)
    if runner is not None and _local_of_corridor(p, runner):
        return [runner], _CORRIDOR_PART
    if runner is None and (approver := _report_approver(view, p)) is not None:
        return [approver], _CORRIDOR_PART  # (the report is done where the congress approving it sits; it runs none)
    if runner is not None:
        listed = _enumerated(view, runner)
        return listed + _convener(view, listed[-1]), "relations.runs-verb"
    if previous is not None and previous[1] and _LIST_PROGRAMMES_RE.match(view.text[previous[0].aend:p.astart]) \
            and (listed := _own_place_runners(view, p, previous[1])):
        return listed, "relations.runs-list"
    if (government := _meeting_approver(view, p)) is not None:
        return [government], "relations.runs-standing-meeting"
    subject = _clause_subject(view, p)
    if subject is not None:
        return _listed_after(view, subject, p.astart), "relations.runs-subject"
    return [], ""


_MEETING_SUBJECT_RE = re.compile(f"(?:{_alt('meeting_subjects')})")
_MEETING_APPROVAL_RE = re.compile(f"({_MEETING_SUBJECT_RE.pattern})?[^，。；;《》]{{0,6}}?(?:{_alt('meeting_approval_verbs')})了?")
_STANDING_MEETING_RE = re.compile(f"(?:第[{DIGIT}{CHINESE_NUMERALS}]{{1,4}}次)?(?:{_alt('standing_meetings')})")
_MEETING_APPROVAL_REACH = 16  # how far before the document the clause's 会议…通过 may open
_MEETING_LIST_ITEMS = 12  # how many documents listed before it are walked back over


def _meeting_approver(view: _ArticleView, p: Mention) -> Mention | None:
    """会议审议并原则通过了《菏泽市…作战方案》 (changwu104, 02-heze-58th): the document a government's
    standing meeting (市政府第58次常务会议, 十六届县人民政府第52次常务会议) approves is that government's, which
    issues and runs it.  Only when the clause before the document is the meeting approving it (会议 + a
    verb of approving, nothing else) and the article names a people's government right before 常务会议;
    a report it approves (《政府工作报告》) stays its drafter's (no runner), and a meeting that only hears or
    studies a document (会议听取了…, 会前学习了《…法》) runs none."""
    name = view.doc.entities[p.key].name if p.key in view.doc.entities else ""
    if name.endswith(_APPROVED_REPORT_HEADS):
        return None
    start = p.astart
    for _ in range(_MEETING_LIST_ITEMS):  # 《A》《B》、《C》: the documents listed after the verb share it
        item = _programme_inside(view, max(0, start - 120), start)
        gap = view.text[item.aend:start] if item is not None else "x"
        if len(gap) > 4 or gap.strip("》”\"《“、") != "":
            break
        start = item.astart
    lo = max(0, start - _MEETING_APPROVAL_REACH)
    before = view.text[lo:start].rstrip("《“\"")
    cut = max(before.rfind(c) for c in "，。；;：:\n")
    clause = _MEETING_APPROVAL_RE.fullmatch(before, max(0, cut + 1))
    if clause is None:
        return None
    if not clause.group(1):  # 会议听取…汇报，审议并原则通过了《…》: the sentence's 会议 is the subject
        sent = view.art.sentence_at(start)
        if sent is None or not _MEETING_SUBJECT_RE.match(view.text, sent.start):
            return None
    return view.standing_meeting_government()


def _local_of_corridor(p: Mention, runner: Mention) -> bool:
    """绵阳市委研究推进中巴经济走廊建设: a Belt and Road corridor (programme.corridor) is built by the
    countries that name it together; a province's, city's or county's body that promotes it takes
    part in it and runs none of it; that part is done where the body is."""
    code = str(runner.attrs.get("place_code") or "")
    return p.rule == _CORRIDOR_RULE and code[:1].isdigit()


_CORRIDOR_RULE = "programme.corridor"
_CORRIDOR_PART = "corridor-part"  # (no rule: the runner is read for its place only)
_CONVENE_RE = re.compile(f"(?:{_alt('convene_verbs')})")


def _convener(view: _ArticleView, first: Mention) -> list[Mention]:
    """县双打办组织县市场监管局、县公安局…开展“双打”行动: the body that convenes the listed ones (组织,
    召集 right between them) runs it with them.  [that body] or []."""
    i = view.actor_index.get(id(first), 0)
    if i == 0:
        return []
    prev = view.actors[i - 1]
    return [prev] if _CONVENE_RE.fullmatch(view.text, prev.aend, first.astart) else []


def _listed_after(view: _ArticleView, first: Mention, before: int) -> list[Mention]:
    """`first` and the actors listed right after it, before `before` (淄博市委宣传部、市文明办、市民政局…
    联合举行“X”: every body of the subject list)."""
    out = [first]
    i = view.actor_index[id(first)] + 1
    links = cues("organiser_links")[:4] + cues("joint_verbs")  # (A联合B…开展“X”: both run it)
    while i < len(view.actors) and view.actors[i].aend <= before \
            and view.text[out[-1].aend:view.actors[i].astart] in links:
        out.append(view.actors[i])
        i += 1
    return out


# --------------------------------------------------------------------------- programmes: where

@lru_cache(maxsize=1)
def _project_verb_re() -> re.Pattern:
    """A verb of doing between a place and a project's head word (该县新建…项目, 费县实施…项目): the
    place is a subject, not the opening of a name."""
    return re.compile(alt(_runner_verbs() + cues("place_project_verbs") + cues("event_locatives")))


def _opens_other_project(view: _ArticleView, pl: Mention, p: Mention) -> bool:
    """中国绿色植保科技产业园项目总投资120亿元，是继X项目落户…: the place opens another project's name,
    which ends before the programme; it says nothing of where the programme is."""
    m = _OPENS_PROJECT_RE.match(view.text, pl.aend)
    return m is not None and m.end() <= p.astart and not _project_verb_re().search(m.group())


# a run of peers' short names (供粤港澳蔬菜基地, 京津冀): they name a region together, none of them alone the
# subject, and the second is no inner place of the first (粤|港: no 香港 in 广东) (zhongbu84)
_PEER_RUN_RULE = "gazetteer.abbreviation-run"


def _subject_place(view: _ArticleView, p: Mention):
    """A place (or 该县/全市 …) that is the subject of the programme's sentence (_STOP: two countries
    are, and it is done in neither alone nor in the article's place by default); not a place that
    gives or pays for it (鄂尔多斯市援建的…项目) or is welcomed to it (欢迎厄瓜多尔青年参加…), nor any place before a park or road named by the places
    it joins (a list of projects, a news site's city: 青岛新闻网…青岛-安顺共建产业园): the sentence
    says where such a one is only with 在 (在嘉善县动工), else it is the article's."""
    if p.attrs.get("joint") or _REVIEW_MEETING_RE.match(view.text, p.aend) or _FORUM_ABOUT_RE.match(view.text, p.aend):
        return None  # (自治区政府在南宁召开X…总结表彰大会: the subject meets about X there; 中国在北京举办X…论坛)
    sent = view.art.sentence_at(p.astart)
    lo = sent.start if sent else _clause_bounds(view.text, p.astart, p.aend)[0]
    host = _host_place(view, p)
    if host is not None:
        return host
    for k in range(bisect.bisect_left(view.place_starts, lo), len(view.places)):  # no slice:
        pl = view.places[k]  # copying the tail of the list per call was quadratic
        if lo <= pl.astart and pl.aend <= p.astart and not view.inside_other(pl):
            between = view.text[pl.aend:p.astart]
            if ("。" in between or ";" in between or "；" in between) or _DONOR_RE.match(between) \
                    or _ATTRIBUTIVE_RE.match(view.text, pl.aend) \
                    or view.text[max(0, pl.astart - 1):pl.astart] in _SUBJECT_NOT_AFTER \
                    or view.text.endswith(_LEARNED_FROM + _GUEST_OF, lo, pl.astart) \
                    or _opens_other_project(view, pl, p) or _spoken_or_filed_at(view.text, pl.aend) \
                    or firm_home(view.text, pl.aend, pl.key) or pl.rule == _PEER_RUN_RULE:
                continue  # (新加坡丰益国际等企业入驻，“一园六区”引进…: the firm's home, not the park's)
            if _paired_country(view, pl):
                return _STOP  # 中俄双方推动“一带一路”建设…: both countries' (not 俄罗斯 as 中's inner place), no default
            inner = view.place_chain_from(pl.aend)  # 邯郸市肥乡区推行…: the district
            if inner is not None and inner.aend <= p.astart and _affiliation(view, inner, p.astart):
                return None
            return inner if inner is not None and inner.aend <= p.astart else pl
        if pl.astart >= p.astart:
            break
    return None


def _paired_country(view: _ArticleView, pl: Mention) -> bool:
    """中俄双方, 中国和俄罗斯将推动…: two countries written together (their short forms side by side,
    or joined by 和/与/同/、) are the subject together — a joint statement's voice; the sentence says
    what both do, so it is done in neither alone (not in the first, nor in the second read as the
    first's inner place as 省 then 市 are)."""
    if pl.attrs.get("level") != "country":
        return False
    at = pl.aend + 1 if view.text.startswith(cues("country_pair_links"), pl.aend) else pl.aend
    return any(q.attrs.get("level") == "country" and q.key != pl.key for q in view.places_by_start.get(at, ()))


def _joint_unplaced(view, p, runner):
    """青岛-安顺共建产业园, 宁波—黔西南共建产业园: a park two places build together lies in one of them,
    which its name does not say (often the aided one, yet an enclave lies in the donor); unless the
    text says where (在…, the resolvers before this one), it has no place here: neither the runner's
    nor the article's (_STOP).  (A road named by its two ends runs through the article's place.)"""
    return _STOP if p.attrs.get("joint_park") else None


_STANDING_HEADS = cues("standing_mechanism_heads")


def _standing_unplaced(view, p, runner):
    """中法人文交流机制…在北京共同主持召开机制第六次会议: a standing exchange of two countries meets in
    either by turns; the place of one meeting is not where the mechanism is carried out (_STOP)."""
    return _STOP if p.attrs.get("joint") and (p.norm or p.surface).endswith(_STANDING_HEADS) else None


def _speaker_affiliation(view, p, runner):
    """衡南县三塘镇前进村党支部书记周发军在“X”上发言: the sentence's subject is a person, the places
    only say whose; X has no place here (_STOP: nor the article's, nor its agency as runner, by
    default: the speaker's body does not run what he speaks at)."""
    sent = view.art.sentence_at(p.astart)
    lo = sent.start if sent else _clause_bounds(view.text, p.astart, p.aend)[0]
    first = next(iter(view.places_from(lo)), None)  # (the first place only: no walk over every later one)
    if first is None or first.astart >= p.astart or first.aend > p.astart or view.inside_other(first):
        return None
    inner = view.place_chain_from(first.aend)
    last = inner if inner is not None and inner.aend <= p.astart else first
    return _STOP if _affiliation(view, last, p.astart) else None


def _affiliation(view: _ArticleView, place: Mention, end: int) -> bool:
    """衡南县三塘镇前进村党支部书记周发军在“X”上发言: a chain of places ending inside a body's name with
    a person named after it, before the programme, is that person's affiliation; the person is the
    subject, and the places say nothing of where X is."""
    if not view.inside_other(place):
        return False
    k = bisect.bisect_left(view.person_starts, place.aend)
    return k < len(view.persons) and view.persons[k].astart < end


_HOST_RE = re.compile(f"(?:{_alt('host_adverbs')})?(?:{_alt('host_verbs')})"
                      f"(?:第[{DIGIT}{CHINESE_NUMERALS}]+[届次])?")


def _host_place(view: _ArticleView, p: Mention) -> Mention | None:
    """祝贺中国成功举办第二届“X”论坛, 感谢阿方在阿布扎比举办…: the place right before a verb of
    hosting that takes the programme is where it is held, whoever the sentence's subject is."""
    k = bisect.bisect_left(view.place_starts, p.astart)
    pl = view.places[k - 1] if k else None
    if pl is None or pl.aend > p.astart or view.inside_other(pl):
        return None
    return pl if _HOST_RE.fullmatch(view.text, pl.aend, p.astart) else None


_NAME_PLACE_RANK = level_rank()  # province 1 … village 5 (place_levels.tsv); unknown levels 0


def _region_donor(view: _ArticleView, place: Mention) -> bool:
    """江苏援藏项目, 上海援疆干部: a place right before a word of aid that names the region aided (援藏,
    援疆) gives the aid; what is named after it is carried out in the region, not in the place."""
    return view.text.startswith(_REGION_AID_WORDS, place.aend)


_REGION_AID_WORDS = cues("region_aid_words")


def _name_place(view: _ArticleView, p: Mention) -> Mention | None:
    """The most specific place named inside a programme's name (…雄安新区起步区安全度汛方案); a park
    named after the places that build it together (青岛-安顺共建产业园) says who builds it, not where;
    nor does a treaty or plan named after two countries (《中华人民共和国和俄罗斯联邦睦邻友好合作条约》)
    say that it is done in the first of them only: both parties' (as a joint statement is), no place
    — unless a place below them is named as well."""
    if p.attrs.get("joint"):
        return None
    best, countries = None, set()
    for pl in view.places_from(p.astart):
        if pl.astart >= p.aend:
            break
        if pl.aend <= p.aend and not pl.attrs.get("anaphor") and not _region_donor(view, pl) \
                and not _direction_opening_project(p, pl) and not _brand_country(view, pl) \
                and not _signing_city(view, p, pl):
            if pl.attrs.get("level") == "country":
                countries.add(pl.key)
            rank = (_NAME_PLACE_RANK.get(pl.attrs.get("level"), 0), pl.aend - pl.astart)
            if best is None or rank > best[0]:
                best = (rank, pl)
    if best is None or (len(countries) > 1 and best[1].key in countries):
        return None  # (but 中国与哈萨克斯坦霍尔果斯…合作中心: the city both name is its place)
    return best[1]


def _signing_city(view: _ArticleView, p: Mention, pl: Mention) -> bool:
    """《巴黎协定》, 《京都议定书》, 《维也纳公约》, 《视听表演北京条约》: a city right before the head
    of an international instrument that ends the name is where it was signed, not where it is
    carried out (every party does that at home).  A foreign city takes any such head
    (relation_cues.tsv city_instrument_heads); a Chinese place only a treaty's own words
    (treaty_instrument_heads: 条约, 议定书), since 《某村公约》 or 《某市宣言》 may be its own pledge."""
    if pl.attrs.get("level") == "country":
        return False
    head = view.text[pl.aend:p.aend]
    code = str(pl.attrs.get("code") or "")
    foreign = code.startswith("iso-") and not code.startswith(CHINA_CODE)
    return head in (_CITY_INSTRUMENT_HEADS if foreign else _TREATY_INSTRUMENT_HEADS)


_CITY_INSTRUMENT_HEADS = frozenset(cues("city_instrument_heads"))
_TREATY_INSTRUMENT_HEADS = frozenset(cues("treaty_instrument_heads"))


def _brand_country(view: _ArticleView, pl: Mention) -> bool:
    """中国·高淳固城湖螃蟹节, 中国•盱眙龙虾节: a country joined by a dot to what follows is the brand a
    local festival or fair gives itself, not where it is held (the county after the dot is)."""
    return pl.attrs.get("level") == "country" and view.text[pl.aend:pl.aend + 1] in _BRAND_DOTS


_BRAND_DOTS = tuple("".join(cue("programme_cues", "edition_name_marks")))  # · •


def _direction_opening_project(p: Mention, pl: Mention) -> bool:
    """西南环城路市政配套工程建设项目: a macro-region (西南, 东北) opening a project's name is the
    direction of a road or a quarter in the place the project is built in, not the region."""
    return p.attrs.get("kind") == "project" and pl.astart == p.astart and pl.attrs.get("level") == "region"


_EVENT_REACH = 100  # characters after a programme's name in which its scene is looked for


def _event_place(view: _ArticleView, p: Mention) -> Mention | None:
    """走进复兴区百家村街道六二社区: the place an event goes to, in the programme's clause."""
    _, b = _clause_bounds(view.text, p.astart, p.aend)
    # (within reach: a list of names with no clause mark had every name scan the rest of the text)
    for m in _LOCATIVE_RE.finditer(view.text, p.aend, min(b, p.aend + _EVENT_REACH)):
        if view.text[m.start() - 1:m.start()] in tuple(_NOT_LOCATIVE_BEFORE):
            continue  # “一七”公益集市旨在通过…: no scene
        place = _past_country_pair(view, view.place_chain_from(m.end()))
        if place is not None and _SPOKEN_AT_RE.match(view.text, place.aend):
            continue  # 百日行动办公室主任仇保利5日在北京表示: where its officer speaks, not where it is carried out
        if place is not None:
            return place
    return None


# national41: a verb of speech right after the place (…在北京表示, 在京介绍): the scene of the words
_SPOKEN_AT_RE = re.compile(f"(?:{_alt('speech_verbs')})")
# national41: a wire dateline's date right after its city (中新社北京8月5日电): where the report was filed
_FILED_AT_RE = re.compile(rf"[0-9０-９{CHINESE_NUMERALS}]{{1,3}}月[0-9０-９{CHINESE_NUMERALS}]{{1,3}}日电")


def _spoken_or_filed_at(text: str, end: int) -> bool:
    """Is the place ending at `end` where someone spoke (在北京表示) or a wire report was filed (中新社北京8月5日电)?
    Neither is the subject of what the sentence says is carried out."""
    return _SPOKEN_AT_RE.match(text, end) is not None or _FILED_AT_RE.match(text, end) is not None


def _event_scene(view, p, runner):
    """The place an event goes to (`_event_place`); when its people only visit it (X大会的嘉宾到
    淮安市考察) the event has no place the sentence gives, and no default one either (the article's
    city and its party committee only welcomed the guests)."""
    place = _event_place(view, p)
    if place is None:
        return None
    if _visited(view, place) and not any(v in view.text[p.astart:place.astart] for v in _visit_verbs()):
        return _STOP  # (an inspection tour, 省政协“助力乡村振兴”调研活动到某县调研, is where it goes)
    return place.key, "relations.implementedIn-event"


def _visited(view: _ArticleView, place: Mention) -> bool:
    """到淮安市考察, 走进某县调研: a place followed by a verb of visiting (relation_cues visit_verbs) is
    where people of the event went to see things, not where the event is held."""
    chain_end = max((m.aend for m in view.places_by_start.get(place.astart, [])), default=place.aend)
    return view.text.startswith(_visit_verbs(), max(place.aend, chain_end))


@lru_cache(maxsize=1)
def _visit_verbs() -> tuple[str, ...]:
    return cues("visit_verbs")


_PAIR_NOUN_REACH = 4  # 中俄|边城|黑河市, 中越|边境城市|凭祥市: the noun a pair of countries describes


def _past_country_pair(view: _ArticleView, place: Mention | None) -> Mention | None:
    """在中俄边城黑河市举办: two countries' short forms written together (中俄, 中越) describe the city
    named a few characters later (a border town of both): that city, or none; never the first country."""
    if place is None or place.attrs.get("level") != "country":
        return place
    pair = [q for q in view.places_by_start.get(place.aend, ()) if q.attrs.get("level") == "country"]
    if not pair:
        return place
    end = max(q.aend for q in pair)
    for i in range(end + 1, end + _PAIR_NOUN_REACH + 1):
        city = view.place_chain_from(i)
        if city is not None and city.attrs.get("level") != "country":
            return city
    return None


# a forum or summit about a programme, written after its name (在北京举办“一带一路”国际合作高峰论坛): 在 gives
# the forum's venue, not where the programme is carried out (no 暨 or 和 joining a second event between)
_FORUM_ABOUT_RE = re.compile(f"[”》\"]?[^{''.join(cues('review_meeting_not_between'))}\\W\\d]{{0,10}}?"
                             f"(?:{_alt('forum_about_heads')})")


def _locative_place(view: _ArticleView, p: Mention) -> Mention | None:
    """在永兴镇龙头桥村…举行了…培训会, …在乌兰浩特经济技术开发区建设…项目: the place after 在 in the
    programme's clause, when a verb of holding or building stands right before the programme."""
    text = view.text
    a, _ = _clause_bounds(text, p.astart, p.aend)
    q = p.astart - 1 if text[p.astart - 1:p.astart] in "“《" else p.astart
    if not _OBJECT_VERB_RE.search(text, max(a, q - 8), q) or _REVIEW_MEETING_RE.match(text, p.aend) \
            or _FORUM_ABOUT_RE.match(text, p.aend):
        return None  # (在南宁召开第十四届全国运动会…总结表彰大会: the meeting's venue, not the games')
    # (each search bounded by the unit's start a: unbounded, a comma absent from the whole text
    # was looked for back to its start once per programme — quadratic on a long article)
    lo = max(a, text.rfind("，", a, p.astart) + 1, text.rfind(",", a, p.astart) + 1)
    if lo > a and _VERB_ONLY_RE.fullmatch(text, lo, q):  # 走进…宝峰社区，开展“X”: the clause before
        lo = max(a, text.rfind("，", a, lo - 1) + 1, text.rfind(",", a, lo - 1) + 1)
    for m in _LOCATIVE_RE.finditer(text, lo, p.astart):
        if text[m.start() - 1:m.start()] in tuple(_NOT_LOCATIVE_BEFORE):
            continue
        place = view.place_chain_from(m.end())
        if place is not None and place.aend <= p.astart and not view.inside_other(place):
            return place
    return None


def _inner_place(view: _ArticleView, p: Mention) -> Mention | None:
    """2020年迪拜世博会, 乌兰浩特2×34万千瓦热电项目: the most specific place the programme's own name
    holds, outside any organisation named in it (not 鄂尔多斯 of 鄂尔多斯羊绒集团…项目)."""
    place = _recipient(view, p) or _name_place(view, p)
    if place is None:  # 叶城县维吾尔医医院援建项目: where the aided body its name opens with is
        aided = next((a for a in view.actors_between(p.astart, p.aend)
                      if a.astart == p.astart and _aided_in_name(view, a, p)), None)
        return _name_place_of(view, aided) if aided is not None else None
    if any(a.astart <= place.astart and place.aend <= a.aend and not _aided_in_name(view, a, p)
                            for a in view.actors_between(p.astart, p.aend)):
        return None  # (but 叶城县 of 叶城县维吾尔医医院援建项目: the aided hospital's county is the site)
    return place


def _recipient(view: _ArticleView, p: Mention) -> Mention | None:
    """鄂尔多斯市对口援建兴安盟: in a name where one place aids another, the place aided (the last of
    its chain: 台州市对口帮扶四川省乐山市峨边彝族自治县 → the county)."""
    donor = _DONOR_RE.search(view.text, p.astart, p.aend)
    if donor is None:
        return None
    first = None
    for pl in view.places_from(donor.end()):
        if pl.astart >= p.aend:
            break
        if pl.aend <= p.aend:
            first = pl
            break
    if first is None:
        first = _turned_recipient(view, p, donor.start())
        if first is None:
            return None
    last = view.place_chain_from(first.astart)
    return last if last is not None and last.aend <= p.aend else first


def _turned_recipient(view: _ArticleView, p: Mention, verb: int) -> Mention | None:
    """拱墅区|对黄平县实施对口帮扶: the place aided written after the 对 the name's span opens with,
    before the verb of aid; the place before 对 is the donor."""
    t = _AID_TURN_RE.match(view.text, p.astart)
    after = view.place_chain_from(t.end()) if t is not None else None
    return after if after is not None and after.aend <= verb else None


_AID_TURN_RE = re.compile(f"(?:{_alt('aided_turn')})")


def _adjacent_place(view: _ArticleView, p: Mention) -> Mention | None:
    """肥乡区“文明实践大集”: the place written right before the programme; when the programme's name
    goes on with a more specific place (镇原县|城关镇莲池小学建设项目), that one.  Not for an aid
    pairing (江苏省|昆山市对口支援阿图什市): what stands before it is the donor, the aided place is its
    own (`_recipient`)."""
    if _recipient(view, p) is not None:
        return None
    q = p.astart - 1 if view.text[p.astart - 1:p.astart] == "“" else p.astart
    place = view.place_ending_at(q)
    if place is not None and _region_donor(view, place):
        return None  # (江苏|援藏项目现场推进会: Jiangsu gives the aid, the meeting is held elsewhere)
    if place is not None and q == p.astart:
        inner = view.place_chain_from(p.astart)
        if inner is not None and inner.aend < p.aend and not inner.attrs.get("anaphor") \
                and _rank(inner) > _rank(place):  # (馆陶县|河北三海…建筑: a brand's province is no sub-place)
            return inner
    return place


_TRAVEL_RE = re.compile(f"(?:{_alt('travel_verbs')})$")
_ATTEND_RE = re.compile(f"(?:{_alt('attend_verbs')})[“《\"]?$")


# (the list programmes.py reads too, where a project's name follows it: one list, in programme_cues.tsv)
_LOCATED_VERBS = tuple(sorted(cue("programme_cues", "located_verbs"), key=len, reverse=True))


def _located_place(view: _ArticleView, p: Mention) -> Mention | None:
    """位于盘陀镇的天福养老产业项目, 滨湖生态农业园项目位于中垾镇滨湖村: the last place of the chain a
    verb of being located takes, written right before 的 and the programme or right after it."""
    text = view.text
    verb = next((v for v in _LOCATED_VERBS if text.startswith(v, p.aend)), None)
    if verb is not None:
        return view.place_chain_from(p.aend + len(verb))
    if text[p.astart - 1:p.astart] != "的":
        return None
    last = view.place_ending_at(p.astart - 1)
    if last is None:
        return None
    start = _chain_start(view, last)
    return last if text[max(0, start - 3):start].endswith(_LOCATED_VERBS) else None


def _destination_place(view: _ArticleView, p: Mention) -> Mention | None:
    """赴巴西里约热内卢出席…峰会, 前往纽约参加…: the place a journey goes to, to attend the programme
    right after it, is where the programme is held — not the sentence's subject place nor the
    city of a wire dateline the report was filed from (新华社北京…电)."""
    text = view.text
    m = _ATTEND_RE.search(text, max(0, p.astart - 4), p.astart)
    place = view.place_ending_at(m.start()) if m else None
    if place is None or view.inside_other(place):
        return None
    start = _chain_start(view, place)
    return place if _TRAVEL_RE.search(text, max(0, start - 2), start) else None


def _rank(place: Mention) -> float:
    """How specific a place's level is (a province 1 … a village 5; unknown 0)."""
    return _NAME_PLACE_RANK.get(place.attrs.get("level"), 0)


_STOP = object()  # a resolver's answer: this programme has no place of its own (a policy's)
# 省委提出的“三大高地”, 党中央部署的“X”、“Y”: a higher body's programme, in the programme's sentence
_PROPOSED_RE = re.compile(f"(?:{_alt('higher_proposers')})(?:{_alt('proposal_verbs')})的[^。；;！？]{{0,16}}$")


def _proposed_higher(view, p, runner):
    """A programme a higher body named without a place put forward (省委提出的打造“三大高地”) is
    that body's strategy: not done in the article's county or city by default."""
    sent = view.art.sentence_at(p.astart)
    lo = max(sent.start if sent else 0, p.astart - 40)
    return _STOP if _PROPOSED_RE.search(view.text, lo, p.astart) else None


_SESSION_AFTER_RE = re.compile(f"[”》]?第[{DIGIT}{CHINESE_NUMERALS}]+[次届期]")


def _session_of(view, p, runner):
    """在阿布扎比举办中阿合作论坛第十六次高官会: the programme only names whose session is held
    there (a forum or mechanism meets in turn elsewhere): the place is the session's, not its."""
    return _STOP if _SESSION_AFTER_RE.match(view.text, p.aend) else None


_AGREEMENT_RE = re.compile(f"(?:{_alt('agreement_heads')})$")


def _policy_named(view, p, runner):
    """A policy document applies where its name says (《2018年雄安新区起步区安全度汛方案》); without
    that, where its issuer is (a local issuer), else nowhere in particular."""
    if p.attrs.get("kind") != "policy":
        return None
    named = _name_place(view, p)
    if named is not None:
        return named.key, "relations.implementedIn-name"
    if _AGREEMENT_RE.search(p.norm or p.surface):
        return _STOP  # 甲市人民政府与乙州人民政府签订《…对口协作框架协议书》: both sides', not the first signer's place
    if runner is not None and runner.attrs.get("place_code") and not runner.attrs.get("national"):
        return ensure_place(view.doc, runner.attrs["place_code"]), "relations.implementedIn-organiser"
    return _STOP


def _facility_community(view, p, runner):
    """What a facility runs is done in the community it is named after."""
    if runner is None or runner.label != "Organization" or not runner.attrs.get("facility"):
        return None
    ps = runner.attrs.get("place_span")
    place = view.places_by_span.get(tuple(ps)) if ps else None
    return (place.key, "relations.implementedIn-organiser") if place is not None else _STOP


# 学习运用“千万工程”经验, 借鉴浙江“千村示范、万村整治”工程经验: a verb of learning shortly before the
# programme (in its clause), its experience or practice right after it
_LEARNED_BEFORE_RE = re.compile(f"(?:{_alt('learned_verbs')})[^，,。；;！？\n]{{0,6}}$")
_LEARNED_AFTER_RE = re.compile(f"[”\"]?(?:{_alt('learned_heads')})?的?(?:{_alt('learned_objects')})")


def _learned_from(view, p, runner):
    """学习运用“千万工程”经验: a programme whose experience the article's body learns from is done
    where it began (浙江, a place written before it is read by the resolver before this one), not
    in the county or city that learns from it; without such a place it has none here."""
    if not _LEARNED_AFTER_RE.match(view.text, p.aend):
        return None
    return _STOP if _LEARNED_BEFORE_RE.search(view.text, max(0, p.astart - 8), p.astart) else None


def _region_named_games(view, p, runner):
    """第17届太平洋运动会, 亚洲冬季运动会: games, contests or fairs named after a continent or an ocean
    (relation_cues hosted_event_heads) gather its countries in one host city each time; the region
    names who takes part, not where it is held, and without a scene in the text (在霍尼亚拉开幕, read
    before this) it has no place here — nor is it the county's whose athletes win there."""
    if not (p.norm or p.surface).endswith(cues("hosted_event_heads")):
        return None
    named = _name_place(view, p)
    return _STOP if named is not None and _world_region(view, named) else None


def _world_region(view: _ArticleView, place: Mention) -> bool:
    """A continent (亚洲, 大洋洲) or an ocean (太平洋: relation_cues world_region_ends), not a region of
    China (长三角, 粤港澳大湾区), which a regional fair or games named after it is held in."""
    ent = view.doc.entities.get(place.key)
    if ent is None:
        return False
    return ent.level == "continent" or (ent.level == "region" and ent.name.endswith(cues("world_region_ends")))


def _organiser_place(view, p, runner):
    """Done where its organiser is (an agency's place)."""
    if runner is not None and runner.attrs.get("place_code"):
        return ensure_place(view.doc, runner.attrs["place_code"]), "relations.implementedIn-organiser"
    return None


def _by(rule: str, find):
    """A resolver from a positional finder (view, programme) → place mention."""
    def resolve(view, p, runner):
        place = find(view, p)
        if place is None or place is _STOP:
            return place
        return place.key, rule
    resolve.__doc__ = find.__doc__
    return resolve


# national festivals held everywhere (national_events.tsv rows without a host city), by any name
_EVERYWHERE = frozenset(n for r in L.load_table("national_events.tsv") if not r["host"]
                        for n in [r["name"], *filter(None, r["aliases"].split("|"))])


def _local_festival(view, p, runner):
    """中国农民丰收节, a national festival held everywhere (national_events.tsv without a host): the
    county's or city's article that reports it (青田县第二届“中国农民丰收节”…在方山乡开幕) tells of the
    celebration held there, not in the 中国 its name opens with nor only in the township of the
    stage; a national article (no place below the country) places it as any other."""
    place = view.art.place
    if (p.norm or p.surface) in _EVERYWHERE and place and not _among_countries(view.doc, place):
        return place, "relations.implementedIn-local-festival"
    return None


# X大会的80余名嘉宾应邀莅淮考察访问: the event's guests (relation_cues event_guests), then a verb of
# visiting in the same clause, within reach
_GUESTS_VISIT_RE = re.compile(f"的?[^，,。；;！？\n]{{0,10}}?(?:{_alt('event_guests')})"
                              f"[^，,。；;！？\n]{{0,12}}?(?:{_alt('visit_verbs')})")


def _guests_visiting(view, p, runner):
    """第四届X大会的80余名嘉宾应邀莅淮考察访问，受到淮安市委、市政府的欢迎: the event only names whose
    guests visit; it is held elsewhere, so neither the article's city nor the committee that welcomed
    the guests is its place or its runner."""
    return _STOP if _GUESTS_VISIT_RE.match(view.text, p.aend) else None


# where a programme is implemented: the first resolver that answers wins (issue 12: the
# precedence as data).  With a runner named in its sentence:
ORGANISER_RESOLVERS = (
    _local_festival,
    _facility_community,
    _policy_named,
    _by("relations.implementedIn-located", _located_place),
    _by("relations.implementedIn-locative", _locative_place),
    _by("relations.implementedIn-destination", _destination_place),  # 赴上海参加X。此次博览会由A主办
    _event_scene,  # 由A主办的“X”在Y举行
    _joint_unplaced,
    _region_named_games,
    _by("relations.implementedIn-name", _inner_place),
    _organiser_place,
)
# and without one (then, if none answers, the article's place and its lead agency):
PLACE_RESOLVERS = (
    _policy_named,
    _guests_visiting,
    _local_festival,
    _by("relations.implementedIn-located", _located_place),
    _session_of,
    _proposed_higher,
    _by("relations.implementedIn-adjacent", _adjacent_place),
    _learned_from,
    _by("relations.implementedIn-locative", _locative_place),
    _by("relations.implementedIn-destination", _destination_place),
    _standing_unplaced,
    _event_scene,
    _joint_unplaced,
    _region_named_games,
    _by("relations.implementedIn-name", _inner_place),
    _speaker_affiliation,
    _by("relations.implementedIn-subject", _subject_place),
)


# rules of the programme stage that find a held event (a festival, a meeting, a forum, a summit)
_EVENT_RULE_WORDS = ("festival", "event", "meeting", "forum", "summit")


def _water_for_event(view: _ArticleView, p: Mention, key: str) -> bool:
    """A lake or river (relation_cues water_bodies, not a division of the gazetteer) is no place
    an event is held in: 洪泽湖螃蟹节, 中国洪泽湖国际大闸蟹节新闻发布会, 太湖开捕节 take the water their
    fish come from into the name, while the festival is held by and in a county (the article's
    place or the organiser's).  A campaign on the water (长江十年禁渔, 洞庭湖综合治理) keeps it."""
    if not any(w in p.rule for w in _EVENT_RULE_WORDS):
        return False
    ent = view.doc.entities.get(key)
    if ent is None or ent.level != "region":  # (大通湖区, 洪泽区: divisions of the gazetteer are places)
        return False
    return ent.name in _water_bodies() or (ent.code is None and ent.name.endswith(_water_suffixes()))


@lru_cache(maxsize=1)
def _water_bodies() -> frozenset[str]:
    return frozenset(cues("water_bodies"))


@lru_cache(maxsize=1)
def _water_suffixes() -> tuple[str, ...]:
    """固城湖, 大通湖: a lake or river the tagger found (no code, no gazetteer row), by its last word."""
    return cues("water_body_suffixes")


def _place_of(doc: Doc, view: _ArticleView, p: Mention, runner: Mention | None, resolvers) -> bool:
    """Apply the first resolver that answers; True when one did (even with no place).  A work (a
    film: 《…》警示教育片) is made, not carried out somewhere: it gets no place."""
    if p.attrs.get("kind") == "work":
        return True
    for resolve in resolvers:
        got = resolve(view, p, runner)
        if got is _STOP:
            return True
        if got is not None:
            key, rule = got
            if _water_for_event(view, p, key):
                continue  # 洪泽湖螃蟹节在洪泽湖畔开幕: the lake names the crab, not a place the festival is in
            if rule == "relations.implementedIn-subject" and _wide_event_elsewhere(doc, p, key):
                continue  # 魏县运动员在第十四届全运会上获得金牌: whose athletes, not where the games are held
            add_relation(doc, p.key, "implementedIn", key, _ev(doc, p, rule), rule)
            return True
    return False


# --------------------------------------------------------------------------- programmes: the rules

def _topic_segments(view: _ArticleView) -> list[tuple[Mention, int]]:
    """Programmes heading a paragraph or a ;-list item, with the end of what they head."""
    out = []
    text = view.text
    starts = {s.start for s in view.art.sections}
    for p in view.programmes:
        q = p.astart - 1 if text[p.astart - 1:p.astart] == "“" else p.astart
        if not (q in starts or q == 0 or text[q - 1] in "\n;；"):
            continue
        if _post_after(text, p.aend):
            continue  # (广交会副秘书长…徐兵介绍: the fair names its officer's post, it heads nothing the paragraph lists)
        m = _TOPIC_END.search(text, q)  # (a loop over every character of a long paragraph)
        out.append((p, m.start() if m else len(text)))
    return out


_TOPIC_END = re.compile("[。;；\n]")


def _post_after(text: str, i: int) -> bool:
    """Does a post's title follow at `i` (广交会|副秘书长、新闻发言人…徐兵介绍, shangwu95)?  A programme opening
    a paragraph that way names whose officer speaks, no topic the paragraph's programmes are parts of."""
    from .entities.agencies import POST_IN_STEM  # (the posts' titles, read once by the agencies stage)
    i += next((len(w) for w in _POST_MODIFIERS if text.startswith(w, i)), 0)  # 副|秘书长, 常务副|主任
    return POST_IN_STEM.match(text, i) is not None


_POST_MODIFIERS = sorted((r["word"] for r in L.load_table("posts") if r.get("kind") == "modifier"), key=len, reverse=True)


# …，是第十四届“X”的重要子活动之一: the programme a copula clause names as what the sentence's event
# belongs to (the event: the sentence's opening programme, or the one 该活动/此次活动 stands for)
_CLASSING_BEFORE_RE = re.compile(f"[，,](?:{_alt('copula_clause_opens')})[^，,。；;“《]{{0,6}}[“《]?$")
_CLASSING_AFTER_RE = re.compile(f"[”》]?的[^，,。；;]{{0,10}}?(?:{_alt('part_of_tails')})")


def _classing_parents(doc: Doc, view: _ArticleView) -> set[int]:
    """A programme named as the whole the sentence's event is one part of (该活动由A主办，是“X”的重要
    活动之一): the event is its sub-programme, and it is not held where the article is (a fair or a
    festival the event belongs to has its own place, which the sentence does not give).  Ids of
    such parents."""
    text, out = view.text, set()
    for p in view.programmes:
        if not _CLASSING_BEFORE_RE.search(text, max(0, p.astart - 10), p.astart) \
                or not _CLASSING_AFTER_RE.match(text, p.aend):
            continue
        out.add(id(p))
        sent = view.art.sentence_at(p.astart)
        if sent is None:
            continue
        k = bisect.bisect_left(view.programme_starts, sent.start)
        first = view.programmes[k] if k < len(view.programmes) else None
        child = first if first is not None and first.astart - sent.start <= 12 and first is not p \
            else _anaphor_antecedent(view, sent.start)
        if child is not None and child.key != p.key:
            add_relation(doc, child.key, "subProgrammeOf", p.key, _ev(doc, p, "relations.subProgrammeOf-copula"),
                         "relations.subProgrammeOf-copula")
    return out


def _sub_programmes(doc: Doc, view: _ArticleView) -> set[int]:
    """Programmes named inside the paragraph or ;-item another programme heads are its parts."""
    sub_of: set[int] = _classing_parents(doc, view)
    for head, end in _topic_segments(view):
        k = bisect.bisect_right(view.programme_starts, head.aend)
        for p in view.programmes[k:bisect.bisect_left(view.programme_starts, end)]:
            if head.aend < p.astart < end and p.key != head.key:
                sub_of.add(id(p))
                add_relation(doc, p.key, "subProgrammeOf", head.key, _ev(doc, p, "relations.subProgrammeOf-list"),
                             "relations.subProgrammeOf-list")
    return sub_of


# the donor's name, then 援建的/对口支援的 … right before the first project of a list
_DONATED_RE = re.compile(f"(?:{_alt('donor_verbs')})的")


def _aid_parts(doc: Doc, view: _ArticleView) -> None:
    """Projects the donor of a pairing of aid builds are parts of that pairing: with 鄂尔多斯市支援兴安盟
    建设 in the article, 鄂尔多斯市援建的A项目、B项目、C项目等 → each subProgrammeOf the pairing.  Only
    the projects of the list written right after the donor and its verb; another place's aid is
    another pairing's."""
    aids = {}
    for a in view.programmes:
        donor = view.place_ending_at(_donor_end(view, a)) if a.rule == _AID_PAIRING else None
        if donor is not None and donor.key:
            aids.setdefault(donor.key, a)
    if not aids:
        return
    by_start = {p.astart: p for p in view.programmes}
    links = cues("cooperate_links")
    for q in view.places:
        aid = aids.get(q.key)
        if aid is None or view.inside_other(q) or (mt := _DONATED_RE.match(view.text, q.aend)) is None:
            continue
        i = mt.end()
        while (p := by_start.get(i)) is not None and p.key != aid.key:
            add_relation(doc, p.key, "subProgrammeOf", aid.key, _ev(doc, p, "relations.subProgrammeOf-aid"),
                         "relations.subProgrammeOf-aid")
            i = p.aend + 1 if view.text[p.aend:p.aend + 1] in links else -1


# a programme, then 落地在/落户/选址于 … and the place: where it was set down; the programme may end its
# clause and 该项目 take it up (（一）X产业园项目：该项目位于我镇东王内村), and the speaker's own scope
# (我镇, 我县) may stand before the place
_SETTLED_RE = re.compile(f"(?:[{''.join(cues('settle_links'))}]?(?:{_alt('settle_subjects')}))?(?:{_alt('settle_verbs')})"
                         f"(?:{_alt('settle_own_scopes')})?")


def _settled_in(doc: Doc, view: _ArticleView) -> None:
    """最后将琯溪蜜柚基地落地在永兴镇, 该项目落户于…: a programme (any mention of it, a later one too)
    set down in a place by a verb of settling right after it is implemented there; the place is
    the chain's last (永兴镇龙头桥村 → 龙头桥村).  So is the project the sentence before names last,
    when a sentence opens with 该项目 and the verb (…项目开工建设。该项目位于中垾镇滨湖村)."""
    text = view.text
    for p in view.programmes:
        mt = _SETTLED_RE.match(text, p.aend)
        place = view.place_chain_from(mt.end()) if mt else None
        if place is not None and place.key and not view.inside_other(place) \
                and place.attrs.get("level") not in _WORLD_LEVELS:
            add_relation(doc, p.key, "implementedIn", place.key, _ev(doc, place, "relations.implementedIn-settled"),
                         "relations.implementedIn-settled")


    for mt in _ANAPHOR_SETTLED_RE.finditer(text):
        p = _project_before(view, mt.start())
        place = view.place_chain_from(mt.end()) if p is not None else None
        if place is not None and place.key and not view.inside_other(place) \
                and place.attrs.get("level") not in _WORLD_LEVELS:
            add_relation(doc, p.key, "implementedIn", place.key, _ev(doc, place, "relations.implementedIn-settled"),
                         "relations.implementedIn-settled")


# 该项目位于…, opening a sentence (after its date or a paragraph's start)
_ANAPHOR_SETTLED_RE = re.compile(f"(?:^|(?<=[。；;\n]))[ \t\u3000]*(?:{_alt('settle_anaphora')})(?:{_alt('settle_verbs')})")
_ANAPHOR_SETTLED_RE = guarded(_ANAPHOR_SETTLED_RE)  # (most positions turned away at one character)


def _project_before(view: _ArticleView, start: int) -> Mention | None:
    """The last programme of the body sentence right before `start` (across a paragraph's break), when
    it is a project (…中垾镇项目正式开工建设。\n该项目位于…: 该项目 is it)."""
    k = bisect.bisect_left(view.programme_starts, start)
    last = view.programmes[k - 1] if k else None
    i = start - 1
    while i >= 0 and view.text[i] in " \t\u3000\n":
        i -= 1
    prev = view.art.sentence_at(i) if i >= 0 else None
    if last is None or prev is None or last.astart < prev.start or _section_kind(view.art, prev.start) == "title" \
            or last.attrs.get("kind") != "project":
        return None
    return last


_AID_PAIRING = "programme.aid-pairing"


def _donor_end(view: _ArticleView, aid: Mention) -> int:
    """Where the donor's name ends in a pairing's mention (鄂尔多斯市|支援兴安盟建设): the longest place
    that starts with the mention."""
    firsts = view.places_by_start.get(aid.astart) or []
    return max((f.aend for f in firsts if f.aend < aid.aend), default=-1)


def _derived(doc: Doc, view: _ArticleView, p: Mention) -> None:
    """A programme named by a working group: a leading group (…行动领导小组) runs it, a 指导组 or
    督查组 only guides it; it is done where the group works."""
    a, b = p.attrs.get("agency_span", (-1, -1))
    group = view.actors_by_span.get((a, b))
    if group is None:
        return
    if (group.attrs.get("tail") or "").endswith(_LEADING_GROUPS):
        add_relation(doc, group.key, "runs", p.key, _ev(doc, p, "relations.runs-working-group"),
                     "relations.runs-working-group")
    if group.attrs.get("place_code"):
        add_relation(doc, p.key, "implementedIn", ensure_place(doc, group.attrs["place_code"]),
                     _ev(doc, p, "relations.implementedIn-working-group"), "relations.implementedIn-working-group")


def _founding_treaty(owner: Mention, p: Mention) -> bool:
    """《区域全面经济伙伴关系协定》: a title that is a body's whole name and a treaty's head names the
    treaty that is the body (RCEP), which the body does not run."""
    name, title = owner.norm or owner.surface, p.norm or p.surface
    return title.startswith(name) and title[len(name):] in cues("founding_treaty_heads")


def _site_beside(owner: Mention, p: Mention) -> bool:
    """三元区小蕉小学南侧地块项目: a site named by the body it lies beside (a compass side or 周边 right
    after the body's whole name) is no project of that body, which does not run it."""
    name, title = owner.norm or owner.surface, p.norm or p.surface
    return title.startswith(name) and title.startswith(cues("site_beside_heads"), len(name))


def _named_and_owned(doc: Doc, view: _ArticleView, p: Mention) -> bool:
    """邯郸市第四届…大赛: held where its full name says; 河套酒业集团白酒项目: run by the company it
    is named after.  True when the programme has such an owner."""
    if p.attrs.get("named_place"):
        place = view.places_by_span.get(tuple(p.attrs["named_place"]))
        if place is not None and not _region_donor(view, place):  # (not 江苏 of 江苏援藏…推进会)
            add_relation(doc, p.key, "implementedIn", place.key, _ev(doc, p, "relations.implementedIn-name"),
                         "relations.implementedIn-name")
    owner = view.actors_by_span.get(tuple(p.attrs["owner_span"])) if p.attrs.get("owner_span") else None
    if owner is not None and owner.astart == p.astart and _aided_in_name(view, owner, p):
        owner = None  # (叶城县维吾尔医医院援建项目: the hospital is aided, others build it)
    owner = owner or _opening_actor(view, p)
    if owner is not None and (_founding_treaty(owner, p) or _site_beside(owner, p)):
        owner = None
    if owner is not None:
        add_relation(doc, owner.key, "runs", p.key, _ev(doc, p, "relations.runs-owner"), "relations.runs-owner")
        for span in p.attrs.get("issuer_spans", ()):  # 《中共X省委 X省人民政府关于…》: each issuer
            co = view.actors_by_span.get(tuple(span))
            if co is not None:
                add_relation(doc, co.key, "runs", p.key, _ev(doc, p, "relations.runs-owner"), "relations.runs-owner")
    return owner is not None


def _opening_actor(view: _ArticleView, p: Mention) -> Mention | None:
    """The company or body a programme's name opens with (中海油惠州1200万吨炼油项目); not a body
    the name says is aided (叶城县维吾尔医医院援建项目: others build it for the hospital); nor the
    first party of a meeting named by its parties (东盟与中日韩领导人会议: of all, run by none of them)."""
    if p.attrs.get("joint"):
        return None
    return next((a for a in view.actors_between(p.astart, p.aend)
                 if a.astart == p.astart and a.aend < p.aend and a.label == "Organization"
                 and not _aided_in_name(view, a, p)), None)


_AIDED_RE = re.compile(_alt("aided_name_words"))


def _aided_in_name(view: _ArticleView, a: Mention, p: Mention) -> bool:
    """Does a word of aid follow the body a inside the programme's name (…医院援建项目)?"""
    return _AIDED_RE.search(view.text, a.aend, p.aend) is not None


_SIGNER_LINES = 12  # lines of signers read back from the date line at the most
# a token of a signers' line that ends as an organ's name does, which no finder read (能源局)
_UNREAD_SIGNER_RE = re.compile(rf"[{HAN}]{{2,12}}(?:{_alt('signer_heads')})")
_SIGNED_TAIL = 600  # characters at the article's end where that date line is looked for


def _signers(view: _ArticleView) -> list[Mention]:
    """The agencies that sign a notice: the lines right above its closing date line that hold
    nothing but agencies' names, one or several to a line set apart by spaces (生态环境部 发展改革委 /
    工业和信息化部 公安部 / … / 2020年10月30日).  They issue what the notice's title names."""
    text = view.text
    date = None
    for m in SIGNATURE_LINE.finditer(text, max(0, len(text) - _SIGNED_TAIL)):  # (the dates stage's pattern)
        date = m
    if date is None:
        return []
    ends = view.actors_by_end
    out: list[Mention] = []
    end = text.rfind("\n", 0, date.start())  # the line above the date ends here
    if end < 0:
        return []  # (the date opens the article: nothing above it signs)
    for _ in range(_SIGNER_LINES):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip(" \t\u3000")
        if not line.strip():
            if end <= 0:
                break
            end = start - 1  # (a blank line between signers and date, or between signers' lines)
            continue
        got, k, unread = [], start + len(line), 0
        while k > start:  # right to left: names and the spaces between them, nothing else
            a = ends.get(k)
            if a is not None and a.label == "Agency" and a.astart >= start:
                got.append(a)
                k = a.astart
                pl = next((p for p in view.places_by_end.get(k, ()) if p.astart >= start), None)
                if pl is not None and a.attrs.get("place_code") and pl.attrs.get("code") \
                        and table().is_within(a.attrs["place_code"], pl.attrs["code"]):
                    k = pl.astart  # 四平市|铁东区新冠肺炎疫情防控指挥部 (jijian100): the district's body, its city before it
            elif _UNREAD_SIGNER_RE.fullmatch(last := text[max(start, text.rfind(" ", start, k) + 1,
                                                              text.rfind("\u3000", start, k) + 1,
                                                              text.rfind("\t", start, k) + 1):k]):
                k -= len(last)  # 能源局 beside 市场监管总局: an organ's name no finder read, passed over
                unread += 1
            else:
                break
            while k > start and text[k - 1] in " \t\u3000":
                k -= 1
        if k > start or not (got or unread and out):
            break  # (a line of names none read, below one that was: a signer line all the same)
        out = list(reversed(got)) + out
        end = start - 1
        if end <= 0:
            break
    return out


def _signed_documents(doc: Doc, view: _ArticleView) -> None:
    """Each signer of a notice runs the document its title names (关于印发《X》的通知: X; 关于…的
    通知: the notice), as its own words say whoever reprints it."""
    titles = [(s.start, s.end) for s in view.art.sections if s.kind == "title"]
    titled = [p for p in view.programmes if p.attrs.get("kind") != "repeat"
              and any(a <= p.astart < b for a, b in titles)]
    if not titled:
        return
    for a in _signers(view):
        for p in titled:
            add_relation(doc, a.key, "runs", p.key, _ev(doc, a, "relations.runs-signer"), "relations.runs-signer")


def _programme_relations(doc: Doc, view: _ArticleView) -> None:
    """runs, implementedIn and subProgrammeOf of the article's programmes (module doc)."""
    _signed_documents(doc, view)
    sub_of = _sub_programmes(doc, view)
    defaults: list[Mention] = []
    ran: dict[str, set[str]] = {}  # programme → who runs it, as the sentences say
    owned: set[str] = set()
    previous: tuple[Mention, list[Mention]] | None = None
    organised = _organised_by(view)
    divided = _division_of_work(view)
    for p in view.programmes:
        kind = p.attrs.get("kind")
        if kind == "repeat":
            continue  # a later mention of a name: its relations come from where it was introduced
        if kind == "derived":
            _derived(doc, view, p)
            continue
        if _named_and_owned(doc, view, p):
            owned.add(p.key)
        runners, rule = _runners(view, p, previous)
        if rule == _CORRIDOR_PART:  # (its part done where the body is, which runs none of it)
            _place_of(doc, view, p, runners[0], ORGANISER_RESOLVERS)
            runners, rule = [], ""
        previous = (p, runners)
        by = organised.pop(p.key, [])
        for r in by:  # 由A、B主办: each organiser, with the sentence that says so
            add_relation(doc, r.key, "runs", p.key, _ev(doc, r, "relations.runs-organised-by"),
                         "relations.runs-organised-by")
            ran.setdefault(p.key, set()).add(r.key)
        for r in divided.pop(p.key, []):  # （A牵头，B配合）after the task: each lead
            add_relation(doc, r.key, "runs", p.key, _ev(doc, r, "relations.runs-division"), "relations.runs-division")
            ran.setdefault(p.key, set()).add(r.key)
            by = by or [r]
        if _hosted(doc, view, p):
            for r in runners:  # (placed where it is held every year, not where its runners are)
                add_relation(doc, r.key, "runs", p.key, _ev(doc, p, rule), rule)
            ran.setdefault(p.key, set()).update(r.key for r in runners)
        elif by and not runners:
            if not _place_of(doc, view, p, by[0], ORGANISER_RESOLVERS):
                _place_of(doc, view, p, None, PLACE_RESOLVERS)  # (an organiser of no known place)
        elif runners:
            ran.setdefault(p.key, set()).update(r.key for r in runners)
            for r in runners:
                add_relation(doc, r.key, "runs", p.key, _ev(doc, p, rule), rule)
            _place_of(doc, view, p, runners[-1] if rule == "relations.runs-verb" else runners[0], ORGANISER_RESOLVERS)
        elif not _place_of(doc, view, p, None, PLACE_RESOLVERS) \
                and id(p) not in sub_of and not (kind == "mechanism" and not p.attrs.get("topic")) \
                and not _inside_document_title(view, p):
            defaults.append(p)
    _defaults(doc, view, [p for p in defaults if p.key not in ran], owned)
    _headline_programme(doc, view, sub_of, ran)


def _inside_document_title(view: _ArticleView, p: Mention) -> bool:
    """按照《关于开展“百日攻坚”行动的通知》要求，县住建局组织开展检查: a campaign named inside a
    policy document's title is the issuer's; the body that follows the notice (the article's own
    agency) does not run it by default."""
    k = bisect.bisect_right(view.programme_starts, p.astart)
    return any(q is not p and q.astart <= p.astart and p.aend <= q.aend and q.attrs.get("kind") == "policy"
               and not _place_between(view, q.astart, p.astart)  # (丹棱县…“百日攻坚”行动工作方案: the county's)
               for q in view.programmes[max(0, k - 4):k])


def _hosted(doc: Doc, view: _ArticleView, p: Mention) -> bool:
    """A national expo (进博会, 广交会: national_events.tsv) is held in the same city every year: when
    the article names that city (第二届进博会定于…在国家会展中心（上海）举办), it is implemented there, not
    in the place of the article that mentions it (四川交易团…进博会, 石柱县组团参加渝洽会) nor in the 中国
    of its name, nor in a city holding a branch venue (兰洽会天水分会场在天水举行); nor does the
    article's agency run it.  An article that never names the city places it in 中国 (the county or
    city whose delegation attends is no place of the fair); a joint expo (中国—阿拉伯国家博览会) is
    then placed as any other, in both parties."""
    code = p.attrs.get("host_code")
    if not code:
        return False
    city = _host_named(view, code)
    if _short_form_names_host(p, code) and (city is None or city.attrs.get("code") != code):
        rule = "relations.implementedIn-host-city"  # 赴昆交会参展: 昆 of the short name is 昆明
        add_relation(doc, p.key, "implementedIn", ensure_place(doc, code), _ev(doc, p, rule), rule)
        return True
    if city is None and p.attrs.get("joint"):
        return False
    key = city.key if city is not None else _china(doc)
    rule = "relations.implementedIn-host-city" if city is not None else "relations.implementedIn-host-country"
    add_relation(doc, p.key, "implementedIn", key, _ev(doc, p, rule), rule)
    return True


def _short_form_names_host(p: Mention, code: str) -> bool:
    """昆交会, 哈洽会, 兰洽会: a fair's short name opens with its host city's one-character name (a
    reading of place_abbreviations.tsv with the host's code), which names the city as its full name
    would (the place stage leaves that character to the fair: no mention of its own)."""
    from .abbreviations import readings
    written = p.surface or ""
    k = _EDITION_RE.match(written).end()  # (after an edition: 第三十届昆交会)
    return k < len(written) and any(dict(r.attrs).get("code") == code for r in readings().get(written[k], ()))


# 第三十届, 首届, 2024年: what a fair's short name may open with before its host's character (relation_cues fair_edition_*)
_EDITION_RE = re.compile(f"^(?:(?:{_alt('fair_edition_open')})[0-9０-９{''.join(cues('fair_edition_numerals'))}]+"
                         f"(?:{_alt('fair_edition_close')})|{_alt('fair_edition_first')}|[0-9]{{4}}(?:{_alt('fair_edition_year')})?)?")


def _host_named(view: _ArticleView, code: str) -> Mention | None:
    """The host city of a national event as the article names it, else the province or prefecture
    that holds it (博鳌亚洲论坛2024年年会在海南博鳌开幕: 海南省, which holds 琼海市), the most specific
    first: true wherever the event is held, and nearer than the 中国 an article naming neither gets."""
    for c in (code, code[:4] + "00", code[:2] + "0000"):
        named = next((m for m in view.places if m.attrs.get("code") == c and m.key), None)
        if named is not None:
            return named
    return None


def _china(doc: Doc) -> str:
    """The key of 中国, made an entity when the text never names it (as an article in the national
    voice has it)."""
    if CHINA_KEY not in doc.entities:
        doc.entities[CHINA_KEY] = Entity(CHINA_KEY, "Place", "中国", code=CHINA_CODE, level="country",
                                         rules={"relations.host-country"})
    return CHINA_KEY


def _headline_programme(doc: Doc, view: _ArticleView, sub_of: set[int], ran: dict[str, set[str]]) -> None:
    """A headline that reports what its subject holds or carries out (开江县组织召开全县水果产业发展推进会,
    …扎实开展工程建设领域廉政风险防控工作) names the article's programme: the agency opening the lead
    sentence runs it when no sentence says who does, and the body's events and measures that
    nobody else runs are its parts (not the higher policies the work serves: 落实乡村振兴战略, nor a
    national expo held in its own city every year: 厦洽会 is no part of a province's campaign)."""
    head = _headline_object(view)
    if head is None or (_wide_event(head) and _meeting_topic(view, head)):
        return  # (广西举行第十四届全运会总结表彰大会: the headline's meeting is about the games)
    if head.attrs.get("kind") == "repeat":
        _headline_repeat_place(doc, view, head)
    if head.key not in ran and (lead := _lead_sentence_agency(view)) is not None:
        add_relation(doc, lead.key, "runs", head.key, _ev(doc, lead, "relations.runs-headline"),
                     "relations.runs-headline")
        ran[head.key] = {lead.key}
    for p in view.programmes:
        if p.key == head.key or id(p) in sub_of or p.attrs.get("kind") in ("policy", "repeat", "derived") \
                or p.attrs.get("host_code") \
                or _section_kind(view.art, p.astart) != "body" or not ran.get(p.key, set()) <= ran.get(head.key, set()) \
                or _HIGHER_POLICY_RE.search(view.text, max(0, p.astart - 6), p.astart) \
                or _serves_higher_policy(view, p) or _proposed_higher(view, p, None) is _STOP \
                or not (_opens_item(view, p)
                        or any(_PART_RE.search(n) for n in (doc.entities[p.key].name, *doc.entities[p.key].aliases))):
            continue
        add_relation(doc, p.key, "subProgrammeOf", head.key, _ev(doc, p, "relations.subProgrammeOf-headline"),
                     "relations.subProgrammeOf-headline")


_ITEM_RE = re.compile(f"(?:(?:{_alt('item_open')})?[{CHINESE_NUMERALS}{DIGIT}]+(?:{_alt('item_marks')})"
                      f"|[（(][{CHINESE_NUMERALS}{DIGIT}]+[）)])[“《\"]?$")


def _opens_item(view: _ArticleView, p: Mention) -> bool:
    """一是“邻里守望”志愿服务进社区, （二）“X”: the programme opens an enumerated item (right after its
    numeral, at the start of a sentence, a line or a ;-item)."""
    text = view.text
    lo = max(0, p.astart - 6)
    m = _ITEM_RE.search(text, lo, p.astart)
    if m is None:
        return False
    i = m.start()
    while i > 0 and text[i - 1] in " \u3000\t":
        i -= 1
    return i == 0 or text[i - 1] in "。；;：:\n"


def _headline_object(view: _ArticleView) -> Mention | None:
    """The programme a title names as the object of a verb of holding or carrying out."""
    text = view.text
    for p in view.programmes:
        if _section_kind(view.art, p.astart) != "title":
            continue
        sec = view.art.section_at(p.astart)
        q = p.astart - 1 if text[p.astart - 1:p.astart] in "“《" else p.astart
        if _OBJECT_VERB_RE.search(text, max(sec.start, q - 8), q):
            return p
    return None


def _headline_repeat_place(doc: Doc, view: _ArticleView, head: Mention) -> None:
    """宁县扎实开展农资打假专项治理行动, the name first met in the body (全省农资打假专项治理行动视频会议):
    the headline's mention is a repeat, which the other rules pass over, yet the place its title
    sentence opens with carries out the programme."""
    pl = _subject_place(view, head)
    if pl is not None and pl is not _STOP and _section_kind(view.art, pl.astart) == "title":
        add_relation(doc, head.key, "implementedIn", pl.key, _ev(doc, head, "relations.implementedIn-headline"),
                     "relations.implementedIn-headline")


# a programme held as the subject of its clause (…现场会在县工业集中区举行，): those named after it attend it
_HELD_AFTER_RE = re.compile(f"[”》]?(?:{_alt('held_subject_verbs')}|在[^，,。；;]{{1,20}}?(?:{_alt('held_subject_verbs')}))")


def _lead_sentence_agency(view: _ArticleView) -> Mention | None:
    """The agency opening the first sentence of the body (after a date or 近日); not one after the
    programme itself opens the sentence as its subject (1月13日，平利县…现场会在…举行，市政协副主席…出席:
    who attends it, not who holds it)."""
    body = [s for s in view.art.sentences if s.section == "body"]
    if not body:
        return None
    first = next(iter(view.actors_between(body[0].start, body[0].end)), None)
    text = view.text
    if first is None or not _leads(first) \
            or any(body[0].start <= p.astart < first.astart and _HELD_AFTER_RE.match(text, p.aend, first.astart)
                   for p in view.programmes):
        return None
    opening = max(body[0].start, *(text.rfind(ch, body[0].start, first.astart) + 1 for ch in "，,"))
    return first if _TIME_OPENER_RE.match(text[opening:first.astart]) else None


_COMPANY_RE = re.compile(_alt("company_marks"))
# nengyuan102: a power plant named in the text (继已建成的宝泉抽水蓄能电站、即将开建的九峰山抽水蓄能电站之后 in a
# city government's signing of another plant): an energy company builds and runs it, the article's agency none
_PLANT_RULE = "programme.named-plant"
_COMPANY_INVESTS_RE = re.compile(f"(?:{_alt('company_marks')})(?:{_alt('company_invest_verbs')})$")


def _company_invested(text: str, p: Mention) -> bool:
    """Is the programme written right after a company and its investing (某有限公司参股|陵县纺织业项目)?
    It is that company's, as one whose name holds the company; the look-back is a few characters."""
    return _COMPANY_INVESTS_RE.search(text, max(0, p.astart - 6), p.astart) is not None


def _defaults(doc: Doc, view: _ArticleView, defaults: list[Mention], owned: set[str]) -> None:
    """Programmes nothing else places: the article's place; the agency the article is about runs
    those nobody else runs, but for a company's (天纤棉业公司二期…生产线: the company runs it)."""
    lead = view.lead_agency()
    place = view.art.place if view.art.place and not _among_countries(doc, view.art.place) \
        and not _brand_only(view, view.art.place) and not _filed_from_only(view, view.art.place) else None
    served = {q.key for q in view.programmes if _served(view, q)}
    abroad = None
    for p in defaults:
        builder = _builder(view, p) if _applied_for(p) else None
        if builder is not None:  # (项目名称：X with 建设单位：Y in its block: Y runs X)
            add_relation(doc, builder.key, "runs", p.key, _ev(doc, p, "relations.runs-builder-field"),
                         "relations.runs-builder-field")
        attends = _participates(view, p)
        if lead is not None and p.key not in owned and not _serves_higher_policy(view, p) and p.key not in served \
                and not _carries_out_central(view, p) \
                and not _heard_report_topic(view, p) and not attends and not _COMPANY_RE.search(p.surface) \
                and not _company_invested(view.text, p) and not _wide_event(p) and not _applied_for(p) \
                and not _state_programme(view.text, p) and not _inspected_by_overseer(view, lead, p) \
                and p.rule != _PLANT_RULE:
            add_relation(doc, lead.key, "runs", p.key, _ev(doc, p, "relations.runs-article-agency"),
                         "relations.runs-article-agency")
        if attends and place and _INTERNATIONAL_RE.search(p.norm or p.surface):
            abroad = _names_abroad(doc) if abroad is None else abroad
            if abroad:
                continue  # 中国国家元首…连续出席四个重要国际峰会 (中新社北京…电): not held in the dateline's city
        if place and not _wide_event_elsewhere(doc, p, place) and not _route_elsewhere(doc, view, p, place):
            add_relation(doc, p.key, "implementedIn", place,
                         _ev(doc, p, "relations.implementedIn-article-place"), "relations.implementedIn-article-place")


def _inspected_by_overseer(view: _ArticleView, lead: Mention, p: Mention) -> bool:
    """县人大常委会主任…视察组一行…实地察看了…新寨黑木耳产业园、蓬腾精品农业示范园等项目: a body that
    oversees (a people's congress, a CPPCC: relation_cues overseeing_bodies) looks at the works it
    inspects (a verb of inspection, inspect_verbs, earlier in the programme's clause); it runs none."""
    name = lead.norm or lead.surface
    if not any(w in name for w in cues("overseeing_bodies")):
        return False
    # (any writing of the same programme: 视察区政府学习运用“千万工程”经验…。代表们认为,“千万工程”为…: the
    # programme inspected, named again in the delegates' view)
    return p.key in view.inspected_programmes()


def _route_elsewhere(doc: Doc, view: _ArticleView, p: Mention, place: str) -> bool:
    """宁德 news of the 温福高铁: …接入福州至厦门高铁福州南站: a road or line named by its ends (a joint
    programme) whose coded ends all lie outside the article's place runs elsewhere — the story names
    it as the line joined, not as work done in its own place (an end inside keeps it: 台安至黑山高速公路
    in a story placed in 鞍山市)."""
    if not p.attrs.get("joint") or p.rule != "programme.route-project":
        return False
    home = doc.entities.get(place)
    if home is None or not home.code or not home.code.isdigit():
        return False
    k = bisect.bisect_left(view.place_starts, p.astart)
    ends = [doc.entities[m.key].code for m in view.places[k:] if m.astart < p.aend and m.aend <= p.aend
            and m.key in doc.entities and doc.entities[m.key].code and doc.entities[m.key].code.isdigit()]
    return bool(ends) and not any(c == home.code or table().is_within(c, home.code) for c in ends)


def _wide_event_elsewhere(doc: Doc, p: Mention, place: str) -> bool:
    """县体育局组织观看第十五届全国运动会开幕式, 我县选手在太平洋运动会上夺金: games, contests and fairs
    named for a scope wider than any division (全国, 世界, 亚洲, 太平洋: relation_cues wide_event_scopes)
    are held in one host city or country each time, which the text did not give; the county or city
    whose article reports its athletes or viewers is no place of them (a national article keeps its
    country, where a national event is held)."""
    if not _wide_event(p):
        return False
    ent = doc.entities.get(place)
    return ent is not None and ent.level != "country"


_BUILDER_FIELD_RE = re.compile(f"(?:{_alt('builder_fields')})[ \t\u3000]*[:：][ \t\u3000]*")
_BUILDER_REACH = 150  # a notice's block of fields: its builder a few lines before or after its project


def _builder(view: _ArticleView, p: Mention) -> Mention | None:
    """建设单位：四川西南建兴建设工程有限公司 / 项目名称：成绵高速扩容项目配套砂石加工场建设项目: the body
    or company a notice's builder field names, in the project's block of fields — only where one such
    field is within reach (a table of several projects leaves each to its own row)."""
    text = view.text
    fields = list(_BUILDER_FIELD_RE.finditer(text, max(0, p.astart - _BUILDER_REACH),
                                             min(len(text), p.aend + _BUILDER_REACH)))
    if len(fields) != 1:
        return None
    k = bisect.bisect_left(view.actor_starts, fields[0].end())
    a = view.actors[k] if k < len(view.actor_starts) else None
    return a if a is not None and a.astart == fields[0].end() and a.key else None


def _applied_for(p: Mention) -> bool:
    """项目名称：成绵高速扩容项目配套砂石加工场建设项目 in an approval or assessment notice: the project
    its builder (建设单位) asked the body to approve; the body deciding on it runs none of it."""
    return p.rule == "programme.field-project"


def _wide_event(p: Mention) -> bool:
    """全国运动会, 太平洋运动会, 世界技能大赛: an event named for a scope wider than any division, held by
    one host each time (the article's agency, reporting its athletes or a meeting about it, runs none
    of it unless the text says so)."""
    name = p.norm or p.surface
    return name.startswith(cues("wide_event_scopes")) and name.endswith(cues("hosted_event_heads"))


_HEARD_REPORT_RE = re.compile(f"(?:{_alt('heard_report_verbs')})[^。；;！？\n]{{0,40}}?关于")


def _heard_report_topic(view: _ArticleView, p: Mention) -> bool:
    """会议听取了副县长作的关于“平安南丰”建设情况的报告: a programme named as the topic of a
    report the body hears or reviews is the reporter's work, not the hearing body's."""
    sent = view.art.sentence_at(p.astart)
    lo = max(sent.start if sent else 0, p.astart - 60)
    return any(m.end() <= p.astart for m in _HEARD_REPORT_RE.finditer(view.text, lo, p.astart))


_SERVED_RE = re.compile(f"(?<![{''.join(cues('served_not_after'))}])(?:{_alt('served_before')})[“《\"]?$")


def _served(view: _ArticleView, p: Mention) -> bool:
    """为“三清三拆”保驾护航, 助力“X”: the clause's body serves someone else's work (not 命名为/评为“X”)."""
    return _SERVED_RE.search(view.text, max(0, p.astart - 4), p.astart) is not None


_HIGHER_POLICY_IN_CLAUSE_RE = re.compile(f"(?:{_alt('higher_policy_verbs')})")
_OBJECT_VERBS_ANY_RE = re.compile(f"(?:{_alt('object_verbs')})")


_PARTICIPATION_RE = re.compile(f"(?:{_alt('participation_verbs')})")


def _participates(view: _ArticleView, p: Mention) -> bool:
    """局机关干部参与了“清洁家园”志愿服务: a programme the clause's body takes part in is someone
    else's (a verb of holding after the participation makes it its own again: 参加…并开展“X”)."""
    text = view.text
    opening = _clause_opening(text, max(0, p.astart - 80), p.astart)  # (a bounded look back)
    last = None
    for last in _PARTICIPATION_RE.finditer(text, opening, p.astart):
        pass
    return last is not None and _OBJECT_VERBS_ANY_RE.search(text, last.end(), p.astart) is None


def _serves_higher_policy(view: _ArticleView, p: Mention) -> bool:
    """为贯彻落实…关于“实施…工程”的要求: a programme named in a clause of carrying out a higher
    policy is that policy (or part of it), not the work of the agency the article is about."""
    text = view.text
    sent = view.art.sentence_at(p.astart)
    opening = _clause_opening(text, sent.start if sent else 0, p.astart)
    last = None
    for last in _HIGHER_POLICY_IN_CLAUSE_RE.finditer(text, opening, p.astart):
        pass
    # (围绕…提升开展“X”: a verb of holding after it makes X the agency's own work again; not after 关于:
    # 传达学习…市、区关于携手开展“五个一”行动的实施方案: the holding is the higher body's document's)
    return last is not None and (_OBJECT_VERBS_ANY_RE.search(text, last.end(), p.astart) is None
                                 or any(text.find(w, last.end(), p.astart) >= 0 for w in cues("document_about")))


# 贯彻落实党中央、国务院各项决策部署: carrying out what the central bodies decided (their names right after the verb)
_CENTRAL_DECISIONS_RE = re.compile(f"(?:{_alt('higher_policy_verbs')})(?:{_alt('central_deciders')})")
_CENTRAL_DECISIONS_REACH = 80  # characters before the programme, within its sentence, that clause may open


_STATE_MARK = "国家"  # 国家“双一流”建设高校: the state's programme
_PROGRAMME_OPENERS = "“《\"「"


def _state_programme(text: str, p: Mention) -> bool:
    """南京师范大学是国家“双一流”建设高校: a programme written right after 国家 (its quote or title mark
    between) is the state's; the local agency the article is about (连云港市人民政府) runs none of it."""
    k = p.astart - 1 if p.astart > 0 and text[p.astart - 1] in _PROGRAMME_OPENERS else p.astart
    return text.endswith(_STATE_MARK, 0, k) and not (p.norm or p.surface).startswith(_STATE_MARK)


def _carries_out_central(view: _ArticleView, p: Mention) -> bool:
    """下一步，要坚决贯彻落实党中央、国务院各项决策部署，…坚定不移推进供给侧结构性改革: a national
    strategy named in a sentence that carries out the central bodies' decisions is theirs; the agency the
    article is about (国家统计局 reporting on the economy) runs none of it by default.  The sentence
    before the programme is read, at most _CENTRAL_DECISIONS_REACH characters."""
    sent = view.art.sentence_at(p.astart)
    lo = max(sent.start if sent else 0, p.astart - _CENTRAL_DECISIONS_REACH)
    return _CENTRAL_DECISIONS_RE.search(view.text, lo, p.astart) is not None


def _names_abroad(doc: Doc) -> bool:
    """Does the document name a foreign country or a city abroad?  Then an international meeting
    its article's people only attend (出席…峰会) may be held abroad: the article's own place (often a
    wire dateline's city) is no default for it; one they hold (举行记者会), or a county's event its
    leaders attend, keeps it."""
    return any(e.type == "Place" and e.mentions and (e.level == "world-city" or (
        e.level == "country" and str(e.code or "").startswith("iso-") and e.code != _HOME_COUNTRY))
        for e in doc.entities.values())


_HOME_COUNTRY = CHINA_CODE
# words that name an international meeting (峰会, 国际…, 二十国集团…): attended, it may be held anywhere
_INTERNATIONAL_RE = re.compile(f"(?:{_alt('international_event_words')})")


def _brand_only(view: _ArticleView, key: str) -> bool:
    """中国·绩溪第六届油菜花文化旅游节: a place the article names only before a middle dot (or a word
    of attributive_after) opens a brand; the article is no more about it than about the festival's
    county its gazetteer missed, so it is no default place."""
    named = [m for m in view.places if m.key == key]
    return bool(named) and all(_ATTRIBUTIVE_RE.match(view.text, m.aend) for m in named)


def _filed_from_only(view: _ArticleView, key: str) -> bool:
    """本报北京1月28日电 …从住房城乡建设部获悉，2025年，全国新开工改造…“温暖工程”建设: a place the article names
    only where its report was filed (or someone spoke), in a story a national organ tells, is no default
    place of its programmes: the ministry's programmes are national, not the dateline city's."""
    if not any(m.attrs.get("national") for m in view.actors):
        return False
    named = [m for m in view.places if m.key == key]
    return bool(named) and all(_spoken_or_filed_at(view.text, m.aend) for m in named)


def _among_countries(doc: Doc, key: str) -> bool:
    """An article about a country that names other countries or their cities (a joint statement):
    what it names is not all done in its country, so the country is no default place."""
    ent = doc.entities.get(key)
    if ent is None or ent.level != "country":
        return False
    return any(e.type == "Place" and e.level in ("country", "world-city") and e.id != key and e.mentions
               for e in doc.entities.values())


# --------------------------------------------------------------------------- cooperation and support

def _cooperation(doc: Doc, view: _ArticleView) -> None:
    """cooperatesWith and supports between the article's agencies and organisations."""
    lead = view.lead_agency()
    for i, m in enumerate(view.actors):
        if _COOPERATE.search(view.text[max(0, m.astart - 1):m.astart]):
            _cooperate_with_list(doc, view, i, lead)
        _jointly(doc, view, i)
        _parties_signing(doc, view, m)
        _supports(doc, view, m, lead)
    _represented_parties(doc, view)
    _represented_each(doc, view)
    _titled_parties(doc, view)
    _paired_places(doc, view)
    _listed_pair(doc, view)
    _joint_names(doc, view)


# A、B、C三方签订《…》: the count of the parties, then the verb of signing
_PARTY_COUNTS = {w: n for w, n in (row.split(":") for row in cues("party_counts"))}
_PARTIES_SIGN_RE = re.compile(f"({'|'.join(_PARTY_COUNTS)})(?:共同|正式)?(?:{_alt('party_sign_verbs')})")


def _parties_signing(doc: Doc, view: _ArticleView, m: Mention) -> None:
    """遂平县人民政府、X公司、Y集团三方签订《合作框架协议》: the bodies listed before 三方 (as many as
    it counts: 双方 two, 三方 three…) sign together, each pair cooperating."""
    sign = _PARTIES_SIGN_RE.match(view.text, m.aend)
    if sign is None:
        return
    group = list(reversed(_enumerated(view, m)))
    want = int(_PARTY_COUNTS[sign.group(1)])
    if len(group) != want and not (want == 0 and len(group) >= 3):
        return  # (the list reaches further back, or the count names bodies the finder did not see)
    for k, a in enumerate(group):
        for b in group[k + 1:]:
            add_relation(doc, a.key, "cooperatesWith", b.key, _ev(doc, b, "relations.cooperatesWith-parties"),
                         "relations.cooperatesWith-parties")


_REPRESENT_PARTIES_RE = re.compile(f"(?:{_alt('represent_verbs')})({'|'.join(_PARTY_COUNTS)})(?:共同|正式)?"
                                   f"(?:{_alt('party_sign_verbs')})")
_EACH_SIGN_RE = re.compile(f"(?:{_alt('each_sign_adverbs')})?(?:{_alt('party_sign_verbs')})")
_REPRESENT_CLAUSE = 40  # characters of a clause 代表A is looked for in (a signer's titles and name, then 代表)


def _represented_each(doc: Doc, view: _ArticleView) -> None:
    """区长张三代表X区人民政府，区域经理李四代表Y集团有限公司签署…协议: each clause names a signer
    and the body he acts for, the last one's verb of signing ends them all; the bodies cooperate."""
    rep = cues("represent_verbs")
    for b in view.actors:
        if not _EACH_SIGN_RE.match(view.text, b.aend) or not view.text.endswith(rep, 0, b.astart):
            continue
        sides, cur = [b], b
        while len(sides) < 8:  # (a handful of signers at the most)
            lo = max(view.text.rfind(c, max(0, cur.astart - _REPRESENT_CLAUSE), cur.astart) for c in "，,。；;")
            a = view.actors_by_end.get(lo) if lo > 0 and view.text[lo] in "，," else None
            if a is None or not view.text.endswith(rep, 0, a.astart):
                break
            sides.append(a)
            cur = a
        for k, x in enumerate(sides):
            for y in sides[k + 1:]:
                if x.key != y.key:
                    add_relation(doc, y.key, "cooperatesWith", x.key, _ev(doc, x, "relations.cooperatesWith-represented"),
                                 "relations.cooperatesWith-represented")


_TITLE_PARTY_LINKS = cues("title_party_links")  # (between the parties a title opens with: 、 与 和, a space)


def _titled_parties(doc: Doc, view: _ArticleView) -> None:
    """《平舆县人民政府 中山大学共建…合作协议》, 《泰顺县人民政府与浙江农林大学战略合作框架协议》: an
    agreement's title that opens with two bodies or more the article names elsewhere, joined by 、 与
    和 or a space, names its parties: each cooperates with the others.  A body read only inside the
    title (中山大学共建河南研究院, cut from the title itself) is no party."""
    agreements = [p for p in view.programmes if _AGREEMENT_RE.search(p.norm or p.surface)]
    if not agreements:
        return
    outside: dict[str, Mention] = {}
    for a in view.actors:
        if not view.in_programme_name(a.astart):
            name = view.doc.entities[a.key].name if a.key in view.doc.entities else a.surface
            outside.setdefault(name, a)
            outside.setdefault(a.surface, a)
    lengths = sorted({len(n) for n in outside}, reverse=True)  # a title tries each length once, longest first
    known = None
    for p in agreements:
        parties = _title_parties(view.text[p.astart:p.aend].lstrip("《“"), lengths, outside)
        if parties and known is None:  # (the pairs read already, either way round: one fact, not two)
            known = {r.key for r in doc.relations if r.predicate == "cooperatesWith"}
        for k, a in enumerate(parties):
            for b in parties[k + 1:]:
                if a.key != b.key and (b.key, "cooperatesWith", a.key) not in known:
                    add_relation(doc, a.key, "cooperatesWith", b.key, _ev(doc, p, "relations.cooperatesWith-title"),
                                 "relations.cooperatesWith-title")


def _title_parties(title: str, lengths: list[int], outside: dict[str, Mention]) -> list[Mention]:
    """The bodies a title opens with, each the longest name the article reads outside it (`lengths`:
    of those names, longest first), joined by the links of a list; fewer than two: none (a title
    naming one body is its programme, not a pact)."""
    out, i = [], 0
    while len(out) < 8:  # (a title names a handful of parties at the most)
        name = next((title[i:i + k] for k in lengths if title[i:i + k] in outside and i + k <= len(title)), None)
        if name is None:
            break
        out.append(outside[name])
        i += len(name)
        gap = len(title[i:i + 4]) - len(title[i:i + 4].lstrip())  # (white space: a link of its own)
        link = next((w for w in _TITLE_PARTY_LINKS if title.startswith(w, i + gap)), "")
        if not gap and not link:
            break
        i += gap + len(link)
    return out if len(out) >= 2 else []


_TITLE_REACH = 30  # characters of titles before a signer's name read for the body they hold them in


def _represented_parties(doc: Doc, view: _ArticleView) -> None:
    """副县长张三、X院总会计师李四、Y集团董事长王五代表三方签署…: persons, each after the titles of
    the body they act for, sign for as many parties as the count says; the bodies those titles name
    (a government head's post: the government of the article's place, when the article names it) each
    cooperate with the others.  A list of persons that is not as long as the count signs for nobody."""
    for sign in _REPRESENT_PARTIES_RE.finditer(view.text):
        signers = _signer_list(view, sign.start())
        want = int(_PARTY_COUNTS[sign.group(1)])
        if not signers or (len(signers) != want and not (want == 0 and len(signers) >= 3)):
            continue
        bodies = list({b.key: b for b in (_signer_body(view, lo, q) for lo, q in signers) if b is not None}.values())
        for k, a in enumerate(bodies):
            for b in bodies[k + 1:]:
                add_relation(doc, a.key, "cooperatesWith", b.key, _ev(doc, b, "relations.cooperatesWith-represented"),
                             "relations.cooperatesWith-represented")


def _signer_list(view: _ArticleView, end: int) -> list[tuple[int, Mention]]:
    """The persons listed with 、 whose last name ends at `end`, each with where its titles open."""
    text, out = view.text, []
    k = bisect.bisect_left(view.person_starts, end) - 1
    while k >= 0 and view.persons[k].aend == end:
        q = view.persons[k]
        lo = max(text.rfind(c, max(0, q.astart - _TITLE_REACH), q.astart) for c in "、，,。；;：:\n")
        out.append((lo + 1 if lo >= 0 else max(0, q.astart - _TITLE_REACH), q))
        if lo < 0 or text[lo] != "、":
            break
        end = lo
        k = bisect.bisect_left(view.person_starts, end) - 1
    return out[::-1]


def _signer_body(view: _ArticleView, lo: int, q: Mention) -> Mention | None:
    """The body a signer's titles name (X集团董事长: X集团); a government head's post alone (副县长) is
    the government of the article's place, when the article names it."""
    actors = [a for a in view.actors_between(lo, q.astart)]
    if actors:
        return actors[-1]
    if not any(w in view.text[lo:q.astart] for w in cues("government_head_posts")):
        return None
    place = view.doc.entities.get(view.art.place) if view.art.place else None
    gov = view.agency_keys().get(place.name + cues("government_organs")[0]) if place is not None else None
    return view.actor_by_key(gov) if gov else None


_JOINT_DASHES = "".join(L.word_lists("programme_cues")["joint_place_dashes"])


def _joint_names(doc: Doc, view: _ArticleView) -> None:
    """天津市-长春市对口合作推进会, 青岛-安顺共建产业园: the two places a joint meeting or park is named by
    (each the last of its chain: 德州庆云·重庆秀山 → 庆云县, 秀山县) work together."""
    text = view.text
    for p in view.programmes:
        if not p.attrs.get("joint"):
            continue
        sides, i = [], p.astart
        while len(sides) < 3:
            last = view.place_chain_from(i)
            if last is None or last.aend > p.aend:
                break
            sides.append(last)
            k = last.aend
            while k < p.aend and text[k] in _JOINT_DASHES:
                k += 1
            if k == last.aend:
                break
            i = k
        if len(sides) == 2 and sides[0].key != sides[1].key and all(_pair_side(view, s, named=True) for s in sides):
            add_relation(doc, sides[0].key, "cooperatesWith", sides[1].key,
                         _ev(doc, p, "relations.cooperatesWith-joint-name"), "relations.cooperatesWith-joint-name")


# X与Y(、Z)…签订/缔结/结对: the tail after the last side, short and with no other place in it; the verb
# neither inside a quoted name nor a word of a noun (在定西市和张掖市举办了“一乡一农机合作社”培训班)
_PLACE_PAIR_RE = re.compile(f"[^，,。；;：:、“《\"]{{0,10}}?(?:{_alt('place_pair_verbs')})"
                            f"(?!{_alt('place_pair_noun_tails')})")


# after a place, a noun of its member units (对口协作市, 对口帮扶县, 各市, 有关部门): the place qualifies them
_MEMBERS_AFTER_RE = re.compile(f"(?:{_alt('pair_member_nouns')})")


def _pair_side(view: _ArticleView, m: Mention | None, named: bool = False) -> bool:
    """A place that can be a side of a tie: a Chinese division named on its own or by an anaphor
    resolved to one (自2007年我县与龙湾区结对), or a village or community of one (岑溪乡桂林村与…结对);
    not a country, not 衢江区 inside 衢江区人民政府."""
    if m is None or (view.inside_other(m) and not named) or _MEMBERS_AFTER_RE.match(view.text, m.aend):
        return False  # (…与广东省对口协作市签署: the province only qualifies its cities, each a side)
    if m.attrs.get("level") in _LOCAL_LEVELS:
        return bool(m.attrs.get("parent_key"))
    if m.attrs.get("level") == "county" and not m.attrs.get("code") and not m.attrs.get("short"):
        return True  # (西湖区与青川县…协作: a district whose city the text leaves open is still one)
    return bool(m.attrs.get("code")) \
        and not str(m.attrs.get("code")).startswith("iso-") and m.attrs.get("level") not in _WORLD_LEVELS


def _paired_places(doc: Doc, view: _ArticleView) -> None:
    """斗门区与孙吴县签订《…框架协议》, 赤壁市和衢江区缔结友好城市, 松江区与庄河市建立了对口合作关系:
    two places (or more, 、-listed) joined by 与/和/同 and closed by a verb of signing, pairing or
    cooperating are the two sides of a tie, as their governments' agencies would be (cooperatesWith).
    Pairs listed before one verb share it (城厢镇与玉屏朱家场镇、璜泾镇与玉屏新店镇签订…); places listed
    before 分别与 pair in rank with those listed after (A村、B村分别与C镇、D街道签订…: A–C, B–D).
    A place inside another name is no side; a pair closed by nothing of the kind (X县与Y县
    交界, 与…相比) is none."""
    text = view.text
    for start in sorted({m.astart for m in view.places}):
        if _hand_in_hand(doc, view, start):
            continue
        if not _COOPERATE.search(text[max(0, start - 1):start]):
            continue
        lefts = _left_sides(view, start - 1)
        side = view.place_chain_from(start)
        if not lefts or not _pair_side(view, side):
            continue
        group = [side]
        while True:
            nxt = view.place_chain_from(group[-1].aend + 1) if text[group[-1].aend:group[-1].aend + 1] == "、" else None
            if not _pair_side(view, nxt) or _opens_pair(view, nxt) is not None:
                break
            group.append(nxt)
        end = _after_listed_pairs(view, group[-1].aend)
        tail = _PLACE_PAIR_RE.match(text, end)
        if tail is None or view.places_by_start.keys() & set(range(end, tail.end())):
            continue
        if len(lefts) > 1 and len(lefts) != len(group):
            continue  # (A、B、C分别与D、E…: which goes with which is not written)
        pairs = zip(lefts, group) if len(lefts) > 1 else ((lefts[0], g) for g in group)
        for left, g in pairs:
            if g.key == left.key:
                continue
            # (symmetric: 斗门区与孙吴县 after 孙吴县与斗门区 adds evidence to the tie already there)
            a, b = (g.key, left.key) if (g.key, "cooperatesWith", left.key) in {r.key for r in doc.relations} \
                else (left.key, g.key)
            add_relation(doc, a, "cooperatesWith", b,
                         _ev(doc, g, "relations.cooperatesWith-places"), "relations.cooperatesWith-places")


_LISTED_PAIR_RE = re.compile(f"[^，,。；;：:、“《\"\n]{{0,10}}?(?:{_alt('listed_pair_verbs')})"
                             f"(?!{_alt('place_pair_noun_tails')})")
_LISTED_PAIR_OPENERS = frozenset(cues("listed_pair_openers")) | {"\n"}
_LISTED_PAIR_STOPS = re.compile(_alt("listed_pair_stops"))


def _listed_pair(doc: Doc, view: _ArticleView) -> None:
    """孝义市、石楼县于2006年签订“结对帮扶”协议: two places, and only two, 、-listed at a clause's start and
    closed within a few characters by a verb of signing or pairing are the two sides of one tie
    (cooperatesWith), as A与B签订 would be.  A third place in the list, a 与/分别 between them and the
    verb (A、B分别与C签订: the tie is with C), or a weaker verb (北京、上海建立…) make none."""
    text = view.text
    for start in sorted({m.astart for m in view.places}):
        if start > 0 and text[start - 1] not in _LISTED_PAIR_OPENERS:
            continue
        left = view.place_chain_from(start)
        if left is None or text[left.aend:left.aend + 1] != "、":
            continue
        right = view.place_chain_from(left.aend + 1)
        if not _pair_side(view, left) or not _pair_side(view, right) or right.key == left.key \
                or text[right.aend:right.aend + 1] == "、":
            continue
        tail = _LISTED_PAIR_RE.match(text, right.aend)
        if tail is None or _LISTED_PAIR_STOPS.search(text, right.aend, tail.end()) \
                or view.places_by_start.keys() & set(range(right.aend, tail.end())):
            continue
        add_relation(doc, left.key, "cooperatesWith", right.key,
                     _ev(doc, right, "relations.cooperatesWith-listed-pair"), "relations.cooperatesWith-listed-pair")


def _hand_in_hand(doc: Doc, view: _ArticleView, start: int) -> bool:
    """北京市携手内蒙古自治区打造…: a place right before 携手 (联手) and the place right after it work
    together; the word says so without a verb of signing after them."""
    text = view.text
    hand = next((w for w in cues("pair_hand_in_hand") if text[max(0, start - len(w)):start] == w), None)
    if hand is None:
        return False
    left = view.place_ending_at(start - len(hand))
    side = view.place_chain_from(start)
    if _pair_side(view, left) and _pair_side(view, side) and side.key != left.key:
        add_relation(doc, left.key, "cooperatesWith", side.key,
                     _ev(doc, side, "relations.cooperatesWith-places"), "relations.cooperatesWith-places")
    return True


def _chain_start(view: _ArticleView, m: Mention) -> int:
    """Where the chain of places that ends with m begins (梅江镇民族村 → 梅江镇's start)."""
    i = m.astart
    while (before := view.place_ending_at(i)) is not None and before.astart < i:
        i = before.astart
    return i


def _left_sides(view: _ArticleView, end: int) -> list[Mention]:
    """The side(s) before 与 at article offset `end`: the place ending there (or before an adverb, 另与);
    or, before 分别与, each place of the 、-list ending there, in order (梅江镇民族村、岑溪乡桂林村分别与…)."""
    text = view.text
    respective = next((w for w in cues("pair_respective") if text[max(0, end - len(w)):end] == w), "")
    # (拱墅区另与黄平县达成…协议, 甲县还与乙县签订…: an adverb between the first side and 与)
    adverb = "" if respective else next((w for w in cues("pair_adverbs") if text[max(0, end - len(w)):end] == w), "")
    left = view.place_ending_at(end - len(respective) - len(adverb))
    if not _pair_side(view, left):
        return []
    out = [left]
    while respective:
        k = _chain_start(view, out[0])
        if text[k - 1:k] != "、":
            break
        prev = view.place_ending_at(k - 1)
        if not _pair_side(view, prev):
            return []  # (an item of the list that is no side: the ranks cannot be matched)
        out.insert(0, prev)
    return out


def _opens_pair(view: _ArticleView, m: Mention) -> Mention | None:
    """The place m is tied to when it opens a pair of its own (璜泾镇|与玉屏新店镇): the side after 与."""
    if not _COOPERATE.search(view.text[m.aend:m.aend + 1]):
        return None
    other = view.place_chain_from(m.aend + 1)
    return other if _pair_side(view, other) else None


def _after_listed_pairs(view: _ArticleView, end: int) -> int:
    """Past the pairs 、-listed after a pair, which share its verb (城厢镇与玉屏朱家场镇|、璜泾镇与玉屏
    新店镇|签订): where the verb's tail starts."""
    text = view.text
    while text[end:end + 1] == "、":
        first = view.place_chain_from(end + 1)
        other = _opens_pair(view, first) if _pair_side(view, first) else None
        if other is None:
            break
        end = other.aend
    return end


_COOPERATE_TOPIC_RE = re.compile(f"(?:{_alt('cooperate_parties')})?(?:{_alt('cooperate_topic_open')})")
# 与B、C…关于X项目战略合作框架协议的签约仪式: the agreement's name, however long, then its signing (的签约,
# 签署): the signing ends the name; the parties before it sign (bounded: one name, inside the clause)
_SIGNED_AGREEMENT_RE = re.compile(f"[^，,。；;]{{0,60}}?(?:{_alt('agreement_heads')})(?:{_alt('possessive_de')})?"
                                  f"(?:{_alt('agreement_signing')})")


def _cooperate_with_list(doc: Doc, view: _ArticleView, i: int, lead: Mention | None) -> None:
    """与 X、Y 等 … 合作: the clause's acting agency (else a division written right before 与, else the
    article's agency, with organisations) cooperates with each."""
    text, orgs, m = view.text, view.actors, view.actors[i]
    group = [m]
    j = i + 1
    while j < len(orgs) and text[group[-1].aend:orgs[j].astart] in cues("cooperate_links"):
        group.append(orgs[j])
        j += 1
    _, b = _clause_bounds(text, m.astart, group[-1].aend)
    tail = text[group[-1].aend:b]
    # 与B、C三方就设立…营销中心签约: 就 opens what they agree on, however long; the verb ends the clause
    reach = len(tail) if _COOPERATE_TOPIC_RE.match(tail) or _SIGNED_AGREEMENT_RE.match(tail) else 14
    if any(v in tail[:reach] for v in _COOPERATE_VERBS) and (i == 0 or orgs[i - 1] is not m):
        actor = _clause_actor(view, m) or _earlier_signer(view, m)
        if actor is _NO_SIGNER:
            pairs = []
        elif actor is not None:
            subjects = _listed_before(view, actor)
            pairs = _signing_pairs(text[subjects[-1].aend:m.astart], subjects, group)
        elif (place := _signing_place(view, m)) is not None:
            pairs = [(place, g) for g in group if g.label == "Organization"]
        elif _unknown_signer(view, m):
            pairs = []
        elif _side_opens_clause(view, m) or _country_before_with(view, m):
            pairs = []  # huijian98: 中方愿同联合国加强合作, 为中国同联合国合作 — the country acts, no agency of the article
        else:  # the article's agency, a guess, is paired with organisations only (各乡镇、部门要主动与县自然
            # 资源局对接: another agency there is met by a subject the text names in words, not by the government)
            pairs = [(lead, g) for g in group if lead is not None and g.label == "Organization"]
        for subj, g in pairs:
            add_relation(doc, subj.key, "cooperatesWith", g.key,
                         _ev(doc, g, "relations.cooperatesWith"), "relations.cooperatesWith")


def _unknown_signer(view: _ArticleView, m: Mention) -> bool:
    """…，常州经开区总工会与平利县总工会签订…: the words of m's clause before 与 end like a body's name
    (signer_tails) the entities missed; that body signs, the article's agency is no guess for it."""
    reach = max(0, m.astart - _CLAUSE_REACH)  # (bounded: no scan back to the text's start per signer)
    lo = max(reach, view.text.rfind("，", reach, m.astart) + 1, view.text.rfind(",", reach, m.astart) + 1,
             view.text.rfind("。", reach, m.astart) + 1)
    words = view.text[lo:m.astart - 1]
    return len(words) >= _OWN_SIGNER_CHARS and words.endswith(cues("signer_tails"))


def _earlier_signer(view: _ArticleView, m: Mention) -> Mention | None:
    """The sentence's acting body, when m's own clause names none (…签订A协议，常州经开区总工会与平利县
    总工会签订B协议: the unknown 常州经开区总工会 signs); not a body that was itself the partner after
    与 in an earlier clause (平利县人社局 of X与平利县人社局签订…), nor when m's clause names a signer of
    its own the entities missed (`_unknown_signer`)."""
    a = _subject_actor(view, m)
    if a is None or _COOPERATE.search(view.text[max(0, a.astart - 1):a.astart]) or _unknown_signer(view, m):
        return None
    return a


_OWN_SIGNER_CHARS = 4  # characters before 与 in m's own clause that make a name of the clause's own signer


def _signing_place(view: _ArticleView, m: Mention) -> Mention | None:
    """茶陵县与广州白云山药业有限公司签订…: a division written right before 与 (not after 在/到 …:
    the scene) is the side that signs with the organisation."""
    place = view.place_ending_at(m.astart - 1)
    if not _pair_side(view, place):
        return None
    start = _chain_start(view, place)
    before = view.text[max(0, start - 2):start]
    return None if any(before.endswith(w) for w in cues("event_locatives")) else place


def _signing_pairs(between: str, subjects: list[Mention], group: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Who signs with whom: each body of the list before 与 with each after (A、B与C签署); before
    分别与, by rank (A、B分别与C、D签订: A–C, B–D), each with the one body after it (县政府、县农业
    农村局分别与华润集团签订: each signs its own agreement with it), and with lists of unequal length,
    nobody."""
    if len(subjects) > 1 and len(group) > 1 and any(w in between for w in cues("pair_respective")):
        return list(zip(subjects, group)) if len(subjects) == len(group) else []
    return [(a, g) for g in group for a in subjects]


def _clause_actor(view: _ArticleView, m: Mention) -> Mention | None:
    """The acting agency or organisation of m's own clause, before m (A与B签署…，C与D签订…: C
    signs with D, not A): a clause names its signers itself when it names any.  In a list of items
    the item holding m names them first (包括天元集团投资…的产业园项目、北京101中学与宏原集团合作办学
    项目: the school partners the group, not the investor of another item — huadong82)."""
    a, _ = _clause_bounds(view.text, m.astart, m.aend)
    a = max(a, m.astart - _CLAUSE_REACH)  # (bounded: a unit with no mark ran back to its start per name)
    lo = max(a, view.text.rfind("，", a, m.astart) + 1, view.text.rfind(",", a, m.astart) + 1)
    if (agent := _represented(view, lo, m)) is not None:
        return agent
    if (titled := _titled_signer(view, lo, m)) is not None:
        return titled
    item = view.text.rfind("、", lo, m.astart) + 1  # (0: no item mark in the clause)
    for start in ((item, lo) if item > lo else (lo,)):
        for actor in view.actors_between(start, m.astart):
            if actor.key != m.key and not view.text[actor.aend:m.astart].startswith(cues("subject_list_links")):
                return actor
    return None


_NO_SIGNER = object()  # _titled_signer's answer: the signer's body is not one the article names


def _titled_signer(view: _ArticleView, lo: int, m: Mention):
    """县委副书记、县长李四与X签订…, 开发区党工委书记、管委会主任张三与X签订…: a person signs in the
    capacity of the title written right before the name.  The last body of the titles is the side,
    unless what follows it there is a government head's post (县长): then the place's government,
    when the article names it, else nobody (_NO_SIGNER; the party committee is no guess)."""
    person = None
    for k in range(bisect.bisect_left(view.person_starts, lo), len(view.persons)):  # (by index, up to m)
        q = view.persons[k]
        if q.astart >= m.astart:
            break
        if q.aend == m.astart - 1:
            person = q
            break
    if person is None:
        return None
    actors = [a for a in view.actors_between(lo, person.astart) if a.aend <= person.astart]
    if not actors:
        return None
    last = actors[-1]
    titles = view.text[last.aend:person.astart]
    if not any(w in titles for w in cues("government_head_posts")):
        return last
    code = last.attrs.get("place_code")
    d = table().get(code) if code else None
    gov = view.agency_keys().get(d.name + cues("government_organs")[0]) if d is not None else None
    return view.actor_by_key(gov) or _NO_SIGNER if gov else _NO_SIGNER


def _represented(view: _ArticleView, lo: int, m: Mention) -> Mention | None:
    """市委副书记、市长武小凯代表市政府与X签订…: the body a signer acts for (after 代表, right before
    与) is the side, not a body of the signer's titles earlier in the clause."""
    actors = [x for x in view.actors_between(lo, m.astart) if x.key != m.key]
    last = actors[-1] if actors else None
    if last is None or last.aend != m.astart - 1:
        return None
    return last if view.text[lo:last.astart].endswith(cues("represent_verbs")) else None


_CLAUSE_REACH = 120  # characters a clause's opening is looked for before a name
_LIST_REACH = 20  # bodies a list of signers is walked back over


def _listed_before(view: _ArticleView, last: Mention) -> list[Mention]:
    """The subject list that ends with `last` (贵州省乡村振兴局、省农业农村厅与广东省…签署: both
    sign): the actors joined to it by 、/和, walking back from it (at most `_LIST_REACH`: a list of
    thousands, 与 after each, would be walked once per 与)."""
    k = view.actor_index[id(last)]
    out = [last]
    while k > 0 and len(out) < _LIST_REACH \
            and view.text[view.actors[k - 1].aend:view.actors[k].astart] in cues("subject_list_links") \
            and view.actors[k - 1].aend <= view.actors[k].astart:
        k -= 1
        out.append(view.actors[k])
    return out[::-1]


def _jointly(doc: Doc, view: _ArticleView, i: int) -> None:
    """X 联合/会同 Y(、Z) …: they work together (unless they form a joint group: the group is)."""
    text, orgs, m = view.text, view.actors, view.actors[i]
    if i + 1 >= len(orgs) or not _joint_link(text[m.aend:orgs[i + 1].astart]):
        return
    if _FORMS_BODY.search(text[orgs[i + 1].aend:_clause_bounds(text, m.astart, orgs[i + 1].aend)[1]]):
        return
    j = i + 1
    while j < len(orgs) and (j == i + 1 or text[orgs[j - 1].aend:orgs[j].astart] in cues("jointly_links")):
        add_relation(doc, m.key, "cooperatesWith", orgs[j].key,
                     _ev(doc, orgs[j], "relations.cooperatesWith-jointly"), "relations.cooperatesWith-jointly")
        j += 1


# 为X揭牌 / 为X举行…: a rite done for the organisation (a branch opened), no help given to it; a
# name cut short before its last word (为河南省人民医院|大别山分院揭牌) is let through a few characters
_SUPPORT_RITE_RE = re.compile(f"[^，,。；;：:、]{{0,6}}?(?:{_alt('support_rites')})")


# 为 after one of these is a copula (援建项目为皮山县人民医院…, 分别为…): it names, it does not help
_COPULA_WEI_RE = re.compile(f"(?:{_alt('copula_wei_after')})$")


def _copula_wei(text: str, m: Mention, before: str) -> bool:
    """Is the 为 before m a copula that starts a list (援建项目为皮山县人民医院、…), not help given?
    Or the 为 of an election or appointment (当选为集美区新一届侨联主席, 被推选为…会长): the body
    whose post follows, helped by no one."""
    if before == "为" and text.endswith(_ELECTED_BEFORE_WEI, 0, m.astart - 1):
        return True
    if before == "为" and text.endswith(_COPULA_NOUNS_BEFORE_WEI, 0, m.astart - 1):
        return True  # 派出单位为上海社会科学院…: the unit named, no help given to it
    if before == "为" and text.endswith(_BECOME_BEFORE_WEI, 0, m.astart - 1):
        return True  # waishi88: 马来西亚成为东盟中首个…: the verb 成为, no help given to 东盟
    return before == "为" and text[m.aend:m.aend + 1] in "、，,。；;" \
        and _COPULA_WEI_RE.search(text, max(0, m.astart - 5), m.astart - 1) is not None


_ELECTED_BEFORE_WEI = tuple(cues("elected_before_wei"))  # 当选, 推选, 任命 …: 为 then opens a post
_BECOME_BEFORE_WEI = tuple(cues("become_before_wei"))  # 成, 作, 列: 成为, 作为, 列为 — verbs, no help
_COPULA_NOUNS_BEFORE_WEI = tuple(cues("copula_nouns_before_wei"))  # 单位, 地点: 为 then names what the noun is


def _supports(doc: Doc, view: _ArticleView, m: Mention, lead: Mention | None) -> None:
    """为/帮助/支持 an organisation: the paragraph's acting agency supports it."""
    text = view.text
    before = next((w for w in _SUPPORT_BEFORE if text[max(0, m.astart - len(w)):m.astart] == w), None)
    if m.label == "Organization" and before is not None and not _SUPPORT_RITE_RE.match(text, m.aend) \
            and not _copula_wei(text, m, before):
        if _side_opens_clause(view, m):
            return  # huijian98: 中方将全力支持联合国的工作 — the country's side supports, no agency of the paragraph
        subj = _subject_actor(view, m, same_paragraph=True) or lead
        if subj is not None and subj.label == "Agency":
            add_relation(doc, subj.key, "supports", m.key, _ev(doc, m, "relations.supports"), "relations.supports")


# huijian98: the side words a clause opens with (中方, 美方, 双方, 我方): a country's one-character short form
# that is read before a side (place_abbreviations.tsv rule side) or a word of relation_cues side_subject_firsts,
# then 方
_SIDE_FIRSTS = frozenset(r["abbr"] for r in L.load_table("place_abbreviations") if "side" in r["rules"].split("|")) \
    | frozenset(cues("side_subject_firsts"))
_SIDE_WORD_FIRSTS = frozenset(cues("side_subject_firsts"))
_SIDE_MARK = "方"
_SIDE_CLAUSE_REACH = 40  # characters back from the organisation a clause's opening is looked for
_SIDE_CLAUSE_MARKS = "，,。；;：:！!？?\n"


def _side_opens_clause(view: _ArticleView, m: Mention) -> bool:
    """中方将全力支持联合国的工作, 中方愿同联合国加强合作 (a meeting's report, huijian98): a clause opened by
    a country's side (中方, 美方) or by both sides (双方) has that side as its subject — the country
    acts, and the article's agency (中共中央政治局 of the minister's posts) is no guess for it.  The
    clause's opening is looked for within `_SIDE_CLAUSE_REACH` characters before m."""
    text = view.text
    lo = max(0, m.astart - _SIDE_CLAUSE_REACH)
    k = max((text.rfind(c, lo, m.astart) for c in _SIDE_CLAUSE_MARKS), default=-1)
    if k < 0 and lo > 0:
        return False  # (no clause opening within reach)
    k += 1
    while k < m.astart and text[k] in " \u3000":
        k += 1
    if m.astart - k < 2 or text[k] not in _SIDE_FIRSTS or text[k + 1] != _SIDE_MARK:
        return False
    if text[k] in _SIDE_WORD_FIRSTS:
        return True  # 双方, 我方, 各方
    # 中|方 read as China's side (the gazetteer's side abbreviation); 中方县 (Hunan's county) is a place of its own
    sides = view.places_by_start.get(k, ())
    return bool(sides) and all(p.aend == k + 1 for p in sides)


def _country_before_with(view: _ArticleView, m: Mention) -> bool:
    """为中国同联合国合作指明了方向 (huijian98): a country written right before the 同/与 that opens m is the
    side that works with m — the article's agency is no guess for it."""
    side = view.place_ending_at(m.astart - 1)
    return side is not None and side.attrs.get("level") == "country"


def _subject_actor(view: _ArticleView, m: Mention, same_paragraph: bool = False) -> Mention | None:
    """The agency or organisation acting in m's sentence (or paragraph) before m."""
    if same_paragraph:
        lo, _ = _paragraph(view.art, m.astart)
    else:
        sent = view.art.sentence_at(m.astart)
        lo = sent.start if sent else _clause_bounds(view.text, m.astart, m.aend)[0]
    for a in view.actors_between(lo, m.astart):
        if a.key != m.key and not view.text[a.aend:m.astart].startswith(cues("subject_list_links")) \
                and not _told_by(view.text, a):
            return a
    return None


def _told_by(text: str, a: Mention) -> bool:
    """记者从华安县教育局了解到，…: the body told the reporter what follows; it does not act in it."""
    return text.startswith(cues("told_after"), a.aend) and text[max(0, a.astart - 1):a.astart] in cues("told_before")


# --------------------------------------------------------------------------- user dictionary parents

def _user_parents(doc: Doc, view: _ArticleView) -> None:
    """A user entry's parent becomes partOf/subOrganizationOf/locatedIn/subProgrammeOf."""
    by_name = {e.name: e for e in doc.entities.values()}
    for m in view.all:
        parent = m.attrs.get("parent_name")
        if not parent or parent not in by_name:
            continue
        pe = by_name[parent]
        pred = {("Place", "Place"): "partOf", ("Agency", "Agency"): "subOrganizationOf",
                ("Programme", "Programme"): "subProgrammeOf", ("Programme", "Place"): "implementedIn",
                ("Agency", "Place"): "locatedIn", ("Organization", "Place"): "locatedIn",
                ("Organization", "Organization"): "subOrganizationOf",
                ("Organization", "Agency"): "subOrganizationOf"}.get((m.label, pe.type))
        if pred:
            add_relation(doc, m.key, pred, pe.id, _ev(doc, m, "relations.user-dict-parent"),
                         "relations.user-dict-parent")
