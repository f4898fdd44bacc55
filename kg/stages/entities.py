"""Agencies, organisations and programmes, found by the grammar of their names, not by segmentation.

jieba splits names apart (魏县/人力资源/和/社会/保障局) and its tagger is slow, so names are read
from the raw article text with regular grammars and the places the gazetteer found:

- Agency = scope + [organ] + [department stem + unit suffix]: a place (邯郸市科技局, 魏县人力资源和
  社会保障局), a relative scope (市生态环境局, 县农业农村局, 省水利厅 — completed by `resolve` with
  the article's place) or 国家; organs (人民政府, 委 …), standard department stems
  (`kg.lexicon`), unit suffixes (局, 委员会, 支队 …) and strong suffixes that make any stem an
  agency after a scope (…工作指导组, …领导小组).  A county's short name plus 大队/中队 is a unit of
  the city detachment (成安大队).  Generic phrases (交通运输部门, 县级…部门, 省道…) fail the grammar.
- Organization = a proper name + organisation suffix (…公司, …大学, 中国科学院, …日报), and
  facilities named after the community they serve (…社区新时代文明实践站).
- Programme = quoted names that the context makes a programme (a head word after it: “五有”标准,
  “爱心存折”项目; a running verb before it: 推出/开展“…”; the topic of its paragraph or of a ;-list
  item), policy documents in 《…》, named campaigns (…落实年活动, 院士专家行) and mechanisms
  (建立…机制/制度).  Slogans and figures of speech in quotes (“名嘴”, “卡脖子”) match none of these.
  Also: events held (举办…大赛, named without place and edition), named reforms (深化放管服改革),
  province- or city-wide campaigns (全省河湖清理行动), projects before a count (X等23个项目) or named
  after their place as a clause's subject (其中,固安县航天产业园项目计划投资…), policy
  documents in official titles (关于印发X的通知, 令第N号X规定), and the programme a working group is
  named after (…中心建设工作指导组 → …中心建设).
- Water works: dikes, reservoirs and sluices by name (白洋淀千里堤, 萍河左堤, 岗南水库) are facilities
  (Organization); rivers and lakes (Place) are those a work's name opens with, those listed with
  works (…右堤及赵王新河) or listed as 河道 (府河、漕河等河道), named before what only water has
  (大清河流域, 白洋淀上游) or after 治理/清理 — a river named only inside a dike's name is no mention.
- People's organisations after a scope (市总工会), named national centres, media in bylines and
  credits; reporters and photographers as Person.
- User-dictionary entries (`kg.lexicon.load_user_dict`) are matched with Aho-Corasick and win over
  the grammar where they overlap.

Every mention records its rule; `attrs` carry what resolution and relations need.  The cost is
linear in the text (regular expressions, occupancy arrays, bisection); jieba is used only to tell
a proper name from common words in the few organisation prefixes the grammar finds.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

import ahocorasick

from .. import lexicon as L
from ..model import Article, Doc, Mention
from ..pipeline import component
from .layout import _segmenter

HAN = "\u4e00-\u9fff"
DIGIT = "0-9０-９"  # full-width digits are digits (１５３３, ２３个项目)
LATIN = "A-Za-zＡ-Ｚａ-ｚ"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_RE_DEPT = re.compile(rf"({_alt(L.GOV_STEMS)})({_alt(L.UNIT_SUFFIXES)})")
_RE_STRONG = re.compile(rf"([{HAN}]{{1,24}}?)({_alt(L.STRONG_SUFFIXES)})")
_RE_ORGAN = re.compile(rf"({_alt(L.ORGANS)})")
_RE_PARTY_DEPT = re.compile(rf"({_alt(L.PARTY_STEMS)})(部|办公室|室|委|办)")
_RE_GOV_OFFICE = re.compile(rf"((?:{_alt(L.GOV_STEMS)})?)(办公室|办公厅|督查室|研究室)")
_RE_BARE = re.compile(rf"({_alt(L.BARE_STEMS)})(?![{HAN}])|({_alt(L.BARE_STEMS)})(?=设立|安排|拨付|投入|筹措|下达)")
_RE_SUBUNIT = re.compile(r"(大队|中队|分局|派出所)")
_RE_NATIONAL = re.compile(rf"({_alt(L.NATIONAL)})")
_RE_MINISTRY = re.compile(rf"({_alt(L.NATIONAL_MINISTRIES)})部(?![门分署长委])")

_RE_MASS = re.compile(rf"({_alt(L.MASS_ORGS)})")
# words that do not occur inside a name: a span containing them is two names or a phrase
_NOT_IN_NAME = re.compile(r"(的|和|与|及|在|是|了|等|对|把|将|关于|成立|召开|印发|组成|主持|联合|部署|通知)")

_RELATIVE_CHARS = "省市县区乡镇"
_ANAPHOR_SCOPES = {"该市": "市", "本市": "市", "我市": "市", "该县": "县", "本县": "县", "我县": "县",
                   "该区": "区", "本区": "区", "我区": "区", "该省": "省", "本省": "省", "我省": "省"}
# a character before 市/县/省 that makes it part of another word (城市, 社区, 国道省道 …)
_BAD_PREV = set("城都超门夜股社园景山矿新片辖老街校灾湖郊全各本该我道国级")
# a character after it that does the same (市场, 省道, 县级, 市直, 县城 …)
_BAD_NEXT = set("场道级直内外里长域城民辖区县乡镇街情况值")
# characters after a one-character unit suffix that show it is part of another word (部门, 委员 …)
_BAD_AFTER_SUFFIX = set("门员法理面长有伍署分托在点置属机系")

_ORG_SUFFIX_RE = re.compile(rf"({_alt(L.ORG_SUFFIXES)})")
_NATIONAL_CENTRE_RE = re.compile(rf"国家[{HAN}]{{2,14}}?(?:技术创新中心|工程研究中心|工程技术研究中心|制造业创新中心|"
                                 rf"产业创新中心|临床医学研究中心)")
_COUNTY_FACILITY_RE = re.compile(r"()(新时代文明实践中心)(?!建设|工作|指导|领导)")
_FACILITY_RE = re.compile(rf"([{HAN}]{{0,8}}?)({_alt(L.FACILITY_SUFFIXES)})")
# characters and words at which a backward scan for an organisation's name stops
_ORG_STOP_CHARS = set("为与和及向在对由把被将从于给同跟的了是等有到让使其这那该各每本也都又还就并或而但帮请派经据")
_ORG_STOP_WORDS = ("支持", "帮助", "联合", "依托", "加强", "推动", "引导", "鼓励", "组织", "开展", "成立", "设立",
                   "建立", "成为", "包括", "通过", "协调", "配合", "对接", "签约", "走进", "来到",
                   "位于", "落户", "入驻", "引进", "组建", "牵头", "争创", "争取", "布局", "关于", "批复",
                   "招工", "申请")
_ORG_GENERIC = re.compile(r"^(合作|商业|金融|国有|民营|子|分|母|总|该|本|各|有关|相关|驻地|高等|科研|新型|一批|多家|"
                          r"产业技术|技术|重点|省级|市级|县级|国家级|地方|农村|城市|股份|控股|投资|这家|此|其)")
_MEDIA_RE = re.compile(rf"((?:中国|人民|光明|经济|法治|工人|农民|科技|[{HAN}]{{2,3}})[{HAN}]{{0,3}}?(?:日报|晚报|报))"
                       rf"(?=记者|通讯员|社|讯|\(|（)")

_QUOTE_RE = re.compile(r"“([^“”\n]{1,40})”")
_POLICY_RE = re.compile(r"《([^《》\n]{2,80})》")
_CAMPAIGN_RE = re.compile(rf"(?:组织开展|深入开展|持续开展|开展|启动|实施|举办)([{HAN}]{{2,16}}?"
                          rf"(?:落实年活动|年活动|创建活动|专项行动|攻坚行动|百日行动|三年行动|专项整治行动|提升行动))")
# events held (联合举办…第四届…大赛): the name runs from the verb to the event word
_EVENT_RE = re.compile(rf"(?:联合举办|举办|承办|主办|启动)([{HAN}{DIGIT}]{{2,24}}?"
                       rf"(?:大赛|竞赛|博览会|交易会|文化节|艺术节|旅游节|运动会|论坛|峰会|展览会|洽谈会|招聘会))")
_EVENT_LIST_RE = re.compile(rf"(?:组织开展|开展|举办|组织)((?:[{HAN}]{{2,10}}[行月周节季][、,，])*[{HAN}]{{2,10}}[行月周节季])等?活动")
_MECHANISM_RE = re.compile(rf"(?:建立健全|健全完善|建立完善|建立|健全|完善|实行|推行)([{HAN}]{{2,12}}?(?:机制|制度))")
# named reforms (深化放管服改革), campaigns of a whole province/city (结合全省河湖清理行动)
_REFORM_RE = re.compile(rf"(?:全面深化|深入推进|深化|推进|推动|实施)([{HAN}]{{2,8}}?改革)")
_SCOPED_CAMPAIGN_RE = re.compile(rf"(?<=全省|全市|全县|全区)([{HAN}]{{2,10}}?(?:专项行动|攻坚行动|行动|攻坚战|专项整治))")
# a project named before a count of projects (馆陶县河北三海装配式…建筑等23个项目开工)
_PROJECT_LIST_RE = re.compile(rf"([{HAN}{LATIN}{DIGIT}]{{4,30}}?)等[{DIGIT}一二三四五六七八九十百]+个(?:重点)?项目")
# policy documents named without 《》 in official titles: …关于印发X的通知, …令第N号X规定
# a project named after its place, as the subject of what a project does (计划投资, 开工 …)
_NAMED_PROJECT_RE = re.compile(rf"([{HAN}{LATIN}{DIGIT}]{{3,20}}?)项目(?=计划|总投资|投资|建成|开工|竣工|投产|占地|位于|"
                               rf"主要|于|正在|预计|由|[，,。；;])")
_GENERIC_PROJECT = re.compile(r"^(?:重点|民生|各类|在建|新建|续建|一批|省市|省级|市级|县级|签约|招商|产业|建设|"
                              r"基础设施|重大|该|这|此|所有|全部|多个|部分|[0-9０-９一二三四五六七八九十两几]+)")
_ISSUED_RE = re.compile(rf"关于印发((?:[{DIGIT}]{{4}}年)?[^《》\n]{{4,60}}?)的通知")
# a title cut off with an ellipsis (…关于印发X实施办法（...): the name is kept when its head word is
# whole before the cut or before the parenthesis the cut falls in; a cut head (…管理暂...) gives none
_ISSUED_CUT_RE = re.compile(rf"关于印发((?:[{DIGIT}]{{4}}年)?[^《》\n（(]{{4,60}}?)(?:[（(][^）)\n]*[）)]?)?(?:的通?知?)?(?:\.{{3,}}|…+)[ \t]*$",
                            re.M)
# a period or trial qualifier closing a document's name: 规划（2020—2025年）, 办法（试行）
_NAME_QUALIFIER = re.compile(rf"[（(](?:(?:[{DIGIT}]{{4}}\s*年?\s*(?:[—–\-－~～至到]+\s*[{DIGIT}]{{4}}\s*年?)?)"
                             rf"(?:修订|修正|修订版)?|试行|暂行|修订|修正|征求意见稿)[）)]$")
# regulations named as abolished or amended (关于废止X等8件政府规章的决定, 废止X、Y)
_REPEALED_RE = re.compile(rf"(?:废止|修改|修订|停止执行)([{HAN}{DIGIT}]{{4,40}}?(?:办法|规定|条例|细则|规则))(?=等|、|和|及|的决定)")
_DECREE_RE = re.compile(rf"令第[{DIGIT}]+号([{HAN}]{{4,40}}?(?:规定|办法|细则|条例))")
_NOT_REFORM = re.compile(r"^(各项|相关|有关|一系列|综合|重点|重大|全面|深层次|体制)")
# a working group's stem that names a programme (…中心建设工作指导组, 推进…行动领导小组)
_DERIVED_RE = re.compile(rf"^(?:推进|推动|深化|实施)?([{HAN}]{{2,20}}?(?:建设|行动|工程|治理|攻坚|改革|创建|整治))(?:工作)?$")
_COUNT_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十百千万]+[余多]?[个支家项名类所座]$")
_COUNT_AFTER = re.compile(r"^[0-9０-９]")
_NOT_NAME_QUOTE = re.compile(r"[，。！？,!?]")
# people appointed in an appointment notice's title (关于岳芝国等同志任职的通知, 关于张平同志职务任免的通知)
_APPOINTED_RE = re.compile(rf"关于([{HAN}]{{2,3}}?)(?:等)?同志(?=任职|职务|免职|任免|任命|试用期)")
_CREDIT_PERSON_RE = re.compile(rf"(?:记者|通讯员|摄影)\s*([{HAN}]{{2,3}}?)(?=摄|供图|$|\s)")


class Occupancy:
    """Which characters of a text are taken by names already found (linear-time overlap tests)."""

    def __init__(self, n: int):
        self.buf = bytearray(n + 2)

    def overlaps(self, s: int, e: int) -> bool:
        return 1 in self.buf[max(0, s):max(0, e)]

    def mark(self, s: int, e: int) -> None:
        s, e = max(0, s), min(len(self.buf), e)
        if e > s:
            self.buf[s:e] = b"\x01" * (e - s)


def _contained(spans: list[tuple[int, int]]):
    """A test `inside(s, e)`: does some span of `spans` contain [s, e)?"""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    max_end = list(accumulate((b for _, b in spans), max))

    def inside(s: int, e: int) -> bool:
        k = bisect.bisect_right(starts, s)
        return k > 0 and max_end[k - 1] >= e
    return inside


@dataclass
class Found:
    """A name found in a piece of text (offsets relative to that text)."""
    start: int
    end: int
    label: str
    norm: str
    rule: str
    attrs: dict = field(default_factory=dict)


@dataclass
class Scope:
    end: int  # where the name's tail starts
    start: int
    kind: str  # place | relative | national
    name: str  # full place name, relative char, or 国家
    code: str | None = None
    level: str | None = None
    short: bool = False
    weak: bool = False  # 市民政局: 市 before 民 reads as 市民 unless a department name follows


# --------------------------------------------------------------------------- agencies

def _scopes(text: str, places: list[Found]) -> list[Scope]:
    out: list[Scope] = []
    covered = set()
    for pl in places:
        if pl.attrs.get("level") in ("province", "city", "county", "township"):
            out.append(Scope(pl.end, pl.start, "place", pl.norm, pl.attrs.get("code"), pl.attrs.get("level"),
                             short=pl.attrs.get("short", False)))
        covered.update(range(pl.start, pl.end))
    for i, ch in enumerate(text):
        if ch not in _RELATIVE_CHARS or i in covered:
            continue
        two = text[i - 1:i + 1] if i else ""
        if two in _ANAPHOR_SCOPES:
            out.append(Scope(i + 1, i - 1, "relative", _ANAPHOR_SCOPES[two]))
            continue
        prev = text[i - 1] if i else ""
        if prev and (prev in _BAD_PREV or prev in _RELATIVE_CHARS
                     or (prev == "、" and i > 1 and text[i - 2] in _RELATIVE_CHARS)):
            continue  # 县市区人民政府, 各乡、镇人民政府: the levels in general, not one body
        out.append(Scope(i + 1, i, "relative", ch, weak=text[i + 1:i + 2] in _BAD_NEXT))
    for m in re.finditer("国家", text):
        out.append(Scope(m.end(), m.start(), "national", "国家"))
    return out


def _canon_tail(stem: str, suffix: str) -> str:
    canon = L.CANONICAL_STEMS.get(stem, stem)
    return canon + L.CANONICAL_SUFFIX.get((canon, suffix), suffix)


def _suffix_ok(text: str, end: int, suffix: str) -> bool:
    nxt = text[end:end + 1]
    if len(suffix) == 1 and nxt in _BAD_AFTER_SUFFIX:
        return False
    return not (suffix == "中心" and nxt in ("城", "区", "户", "村", "镇"))


def _tail_at(text: str, p: int, scope: Scope) -> tuple[int, str, str] | None:
    """The longest organ/department tail starting at p: (end, canonical tail, rule)."""
    best: tuple[int, str, str] | None = None

    def offer(end: int, tail: str, rule: str):
        nonlocal best
        if best is None or end > best[0]:
            best = (end, tail, rule)

    if scope.weak:
        d = _RE_DEPT.match(text, p)
        if d and _suffix_ok(text, d.end(), d.group(2)):
            return _chain(text, d.end(), _canon_tail(d.group(1), d.group(2)), "agency.dept")
        return None

    m = _RE_ORGAN.match(text, p)
    if m:
        organ, q = m.group(1), m.end()
        organ_tail = "人民政府" if organ == "政府" else organ  # 省政府 = 省人民政府
        for rx, rule in ((_RE_PARTY_DEPT, "agency.organ-party-dept"), (_RE_GOV_OFFICE, "agency.organ-office")):
            d = rx.match(text, q)
            if d and _suffix_ok(text, d.end(), d.group(2)):
                if rx is _RE_PARTY_DEPT and organ != "委":
                    continue
                offer(d.end(), organ_tail + d.group(0), rule)
        d = _RE_DEPT.match(text, q)
        if d and organ in ("委", "人民政府", "政府") and _suffix_ok(text, d.end(), d.group(2)):
            offer(d.end(), organ_tail + _canon_tail(d.group(1), d.group(2)), "agency.organ-dept")
        s = _RE_STRONG.match(text, q)
        if s and organ == "委":
            offer(s.end(), organ_tail + s.group(0), "agency.organ-strong")
        nxt = text[q:q + 2]
        if organ == "委":  # 市委 alone before punctuation or 、和与及; 委员, 委托, 委书记 are other words
            standalone = not re.match(f"[{HAN}]", nxt[:1] or " ") or nxt[:1] in "、和与及"
        elif organ == "人大":  # 人大代表, 人大常委会 (matched on its own)
            standalone = nxt[:1] not in ("代", "常")
        elif organ in ("政府", "人民政府"):  # 政府工作报告, 政府规章, 政府投资 …
            standalone = nxt not in ("工作", "规章", "投资", "采购", "性基", "债务", "部门")
        else:
            standalone = True
        if standalone and best is None:
            offer(q, organ_tail, "agency.organ")
    d = _RE_DEPT.match(text, p)
    if d and _suffix_ok(text, d.end(), d.group(2)):
        offer(*_chain(text, d.end(), _canon_tail(d.group(1), d.group(2)), "agency.dept"))
    if scope.kind != "national":
        s = _RE_STRONG.match(text, p)
        if s and not _NOT_IN_NAME.search(s.group(1)):
            offer(s.end(), s.group(0), "agency.strong-suffix")
        b = _RE_BARE.match(text, p)
        if b and best is None:
            stem = b.group(1) or b.group(2)
            offer(p + len(stem), stem + L.BARE_STEMS[stem], "agency.bare-stem")
    return best


def _chain(text: str, end: int, tail: str, rule: str) -> tuple[int, str, str]:
    """A unit of a department named right after it: 市卫生健康委 + 综合监督执法局."""
    d = _RE_DEPT.match(text, end)
    if d and d.group(2) not in ("委", "部", "办", "委员会") and _suffix_ok(text, d.end(), d.group(2)):
        return d.end(), tail + _canon_tail(d.group(1), d.group(2)), rule + "-chain"
    return end, tail, rule


def find_agencies(text: str, places: list[Found]) -> list[Found]:
    """Agency names in `text`, given the places found in it."""
    found: list[Found] = []
    scopes = _scopes(text, places)
    scope_starts = sorted({sc.start for sc in scopes if sc.kind != "national"})
    for sc in scopes:
        t = _tail_at(text, sc.end, sc)
        if t is not None and t[2].endswith("strong-suffix") and \
                bisect.bisect_left(scope_starts, t[0]) > bisect.bisect_right(scope_starts, sc.end):
            t = None  # …办公室关于成立邯郸市…委员会: the inner scope starts the name
        if t is None:
            if sc.kind == "place" and sc.level == "county":
                m = _RE_SUBUNIT.match(text, sc.end)
                if m and not re.match(f"[{HAN}]", text[m.end():m.end() + 1] or " ") or \
                        (m and text[m.end():m.end() + 1] in "加在与和及"):
                    surface = text[sc.start:m.end()]
                    found.append(Found(sc.start, m.end(), "Agency", surface, "agency.county-unit",
                                       {"unit": m.group(1), "place_code": sc.code, "sub_unit": True}))
            continue
        end, tail, rule = t
        attrs: dict = {"tail": tail}
        raw = text[sc.end:end]  # the tail as written (发展改革委), beside its standard form
        if sc.kind == "place":
            # a short place name before a generic name stays as written (太湖经济开发区管委会)
            norm = text[sc.start:end] if sc.short and rule.endswith("strong-suffix") else sc.name + tail
            attrs["place_code"] = sc.code
            if sc.name + raw != norm:
                attrs["alias"] = sc.name + raw  # 邯郸市卫生健康委 for 邯郸市卫生健康委员会
        elif sc.kind == "relative":
            norm = sc.name + tail
            attrs["relative"] = sc.name
            attrs["rest"] = tail
            attrs["raw_rest"] = raw
        else:
            norm = "国家" + tail
            attrs["national"] = True
        found.append(Found(sc.start, end, "Agency", norm, rule, attrs))
    for m in _RE_NATIONAL.finditer(text):
        found.append(Found(m.start(), m.end(), "Agency", m.group(1), "agency.national", {"national": True}))
    for m in _RE_MINISTRY.finditer(text):
        prev = text[m.start() - 1:m.start()]
        if prev and (prev in _RELATIVE_CHARS or prev in "委府"):
            continue
        found.append(Found(m.start(), m.end(), "Agency", _canon_tail(m.group(1), "部"), "agency.ministry",
                           {"national": True}))
    return _longest(found)


def _longest(found: list[Found]) -> list[Found]:
    """Drop names inside longer ones (邯郸市人民政府 inside 邯郸市人民政府办公室)."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Found] = []
    reach = -1
    for f in found:
        if f.end <= reach:
            continue  # inside a name that starts at or before it
        out.append(f)
        reach = f.end
    return out


# --------------------------------------------------------------------------- organisations

def find_mass_organizations(text: str, places: list[Found]) -> list[Found]:
    """People's organisations after a scope (市总工会, 县妇联): organisations of that place."""
    out = []
    for sc in _scopes(text, places):
        if sc.kind == "national":
            continue
        m = _RE_MASS.match(text, sc.end)
        if not m or text[m.end():m.end() + 1] in ("主", "副", "会", "员"):
            continue
        attrs: dict = {"mass": True}
        if sc.kind == "place":
            attrs["place_code"] = sc.code
        else:
            attrs["relative"], attrs["rest"] = sc.name, m.group(1)
        out.append(Found(sc.start, m.end(), "Organization", sc.name + m.group(1), "org.mass-organisation", attrs))
    return out


@lru_cache(maxsize=1)
def _word_tags() -> dict:
    """jieba's dictionary tags (ns, nt, nr …) to tell proper names from common words."""
    _segmenter()  # jieba configured once for the project (its cache out of the shared temp path)
    import jieba.posseg as pseg
    pseg.dt.initialize()
    return pseg.dt.word_tag_tab


def _proper(prefix: str) -> bool:
    """True when a name's prefix contains a proper noun or an out-of-vocabulary piece."""
    tags = _word_tags()
    words = _segmenter().lcut(prefix, HMM=False)
    for w in words:
        t = tags.get(w)
        if t is None or t.startswith(("ns", "nt", "nr", "nz", "j")):
            return True
    return False


def find_organizations(text: str, places: list[Found], agencies: list[Found]) -> list[Found]:
    found: list[Found] = []
    place_starts = sorted(p.start for p in places)
    taken = Occupancy(len(text))
    for a in agencies:
        taken.mark(a.start, a.end)
    for m in _ORG_SUFFIX_RE.finditer(text):
        end = m.end()
        if taken.overlaps(m.start(), m.start() + 1):
            continue
        while (nxt := _ORG_SUFFIX_RE.match(text, end)) is not None:
            end = nxt.end()  # …集团 + 股份有限公司
        if text[end:end + 1] in ("长", "生", "员") and m.group(1) not in ("日报",):
            continue
        start = m.start()
        i = start
        while i > 0 and start - i < 14:
            ch = text[i - 1]
            if not re.match(f"[{HAN}{LATIN}{DIGIT}]", ch) or ch in _ORG_STOP_CHARS:
                break
            if any(text.startswith(w, i - len(w)) for w in _ORG_STOP_WORDS):
                break
            i -= 1
        k = bisect.bisect_left(place_starts, i)
        if k < len(place_starts) and place_starts[k] < start:
            i = place_starts[k]  # 共建邯郸市肥乡区…研究院: the name starts with its place
        prefix = text[i:start]
        if len(prefix) < 2 or _ORG_GENERIC.match(prefix) or re.match(f"^[{DIGIT}]", prefix):
            continue
        if taken.overlaps(i, end):
            continue
        if not (prefix.startswith(("中国", "国家", "中共")) or _proper(prefix)):
            continue
        name = text[i:end]
        found.append(Found(i, end, "Organization", name, "org.suffix", {"suffix": m.group(1)}))
        taken.mark(i, end)
    for m in _NATIONAL_CENTRE_RE.finditer(text):  # 国家电子特种气体技术创新中心: named, not generic
        if not taken.overlaps(m.start(), m.end()) and not _NOT_IN_NAME.search(m.group(0)):
            found.append(Found(m.start(), m.end(), "Organization", m.group(0), "org.national-centre", {}))
            taken.mark(m.start(), m.end())
    for m in _MEDIA_RE.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        found.append(Found(m.start(1), m.end(1), "Organization", m.group(1), "org.media", {}))
    # facilities named after the community (or village, township) they serve
    starts = sorted({pl.start for pl in places})
    start_set = set(starts)
    for pl in places:
        level = pl.attrs.get("level")
        if level not in ("community", "village", "township", "county") or pl.end in start_set:
            continue  # the innermost place names the facility (古峰镇城东社区… → 城东社区)
        fm = (_COUNTY_FACILITY_RE if level == "county" else _FACILITY_RE).match(text, pl.end)
        if not fm or _NOT_IN_NAME.search(fm.group(1)) or \
                bisect.bisect_left(starts, fm.end()) > bisect.bisect_right(starts, pl.end):
            continue
        name = pl.norm + fm.group(0)
        found.append(Found(pl.start, fm.end(), "Organization", name, "org.facility",
                           {"facility": True, "place_span": (pl.start, pl.end)}))
    return found


# --------------------------------------------------------------------------- water works

# dikes, reservoirs and sluices: facilities (Organization) named after a river, lake or place
_WORK_RE = re.compile(r"(千里堤|左堤|右堤|北堤|南堤|东堤|西堤|大堤|水库|闸)(?![门口坝])")
_WATER_CHARS = "淀湖河江渠"
_WORK_GENERIC = re.compile(r"^(?:大型|中型|小型|大中型|病险|各类|各|主要|重点|上游|下游|沿线|周边|现有|新建|部分|骨干|"
                           r"该|本|有关|相关|其他|其余|这些|两岸|加固|维修|除险)")
_WORK_STOP_WORDS = _ORG_STOP_WORDS + ("位于", "包括", "完成", "加固", "整治", "治理", "清理", "修建", "新建", "巡查",
                                      "检查", "以北", "以南", "以东", "以西", "沿岸", "上游", "下游")
_LIST_SPLIT = re.compile(r"以及|、|及|和|与")


_WATER_GENERIC = {"河湖", "江湖", "江河", "内河", "界河", "运河", "护城河", "沟渠", "干渠", "支渠", "水渠", "河渠", "湖河"}
# a river or lake named before what only water has (大清河流域, 白洋淀上游), after what is done to
# it (治理滏阳河,), or listed as 河道 (府河、漕河、唐河等河道)
_WATER_AFTER = re.compile(rf"[{_WATER_CHARS}](?=上游|下游|流域|干流|支流|沿岸|水质|水位|水系|水域|湿地)")
_WATER_GOVERNED = re.compile(rf"(?:治理|清理|整治|疏浚|清淤)([{HAN}]{{1,4}}[{_WATER_CHARS}])(?=[，,。；;、及和与等]|上游|下游|流域|干流|支流)")
_WATER_LIST = re.compile(rf"((?:[{HAN}]{{1,5}}[{_WATER_CHARS}]、)+[{HAN}]{{1,5}}[{_WATER_CHARS}])等(?:[{DIGIT}一二三四五六七八九十]+条)?"
                         rf"(?:骨干河道|主要河道|河道|河流|河湖|湖泊|水系|水域|渠道)")


def _water_word_ok(name: str, listed: bool = False) -> bool:
    """A river or lake name: a place word in jieba's dictionary, or an unknown word with a proper
    or unknown stem (赵王新河); common nouns (运河, 沟渠) and generic pairs (河湖, 江河) are not."""
    if not (2 <= len(name) <= 6) or name in _WATER_GENERIC or name[-1] not in _WATER_CHARS:
        return False
    if not re.fullmatch(f"[{HAN}]+", name) or _WORK_GENERIC.match(name):
        return False
    tag = _word_tags().get(name)
    if tag is not None:  # listed as 河道, a name that is also a person's (唐河) is the river
        return tag.startswith(("ns", "nz", "nr") if listed else ("ns", "nz"))
    if listed and name[0] not in "上下大小新老主支干各该本这那沿护内外界河湖江渠":
        return True  # 治理卫河: the context says it is water, the name is unknown to jieba
    return _proper(name[:-1])


def _water_before(text: str, end: int) -> str | None:
    """The river or lake name ending at `end` (推进黄河|流域 → 黄河): the longest dictionary
    place name that ends there, else the name a backward scan finds."""
    start = _name_start(text, end, 6)
    tags = _word_tags()
    for i in range(start, end - 1):
        if (tags.get(text[i:end]) or "").startswith(("ns", "nz", "nr")) and _water_word_ok(text[i:end], True):
            return text[i:end]
    name = text[start:end]
    return name if _water_word_ok(name) else None


def _name_start(text: str, end: int, limit: int, floor: int = 0) -> int:
    """Where a name ending at `end` starts: a backward scan to a stop character or word."""
    i = end
    while i > floor and end - i < limit:
        ch = text[i - 1]
        if not re.match(f"[{HAN}]", ch) or ch in _ORG_STOP_CHARS:
            break
        if any(text.startswith(w, i - len(w)) for w in _WORK_STOP_WORDS):
            break
        i -= 1
    return i


def _water_name(prefix: str) -> int:
    """Length of the river or lake name that opens a work's name (白洋淀|新安北堤 → 3), or 0."""
    for i in range(1, min(len(prefix), 6)):
        if prefix[i] in _WATER_CHARS and prefix[i + 1:i + 2] not in set(_WATER_CHARS):
            return i + 1
    return 0


def find_water_works(text: str, places: list[Found]) -> list[Found]:
    """Dikes, reservoirs and sluices by name (白洋淀千里堤, 萍河左堤, 岗南水库) as facilities, and the
    rivers and lakes they name or are listed with (白洋淀, 赵王新河) as places — a water name is a place
    only where it also stands on its own (南拒马河右堤 alone does not make 南拒马河 a mention)."""
    works: list[Found] = []
    place_spans = [(p.start, p.end) for p in places]
    place_ends = sorted(p.end for p in places)
    last_end = 0
    for m in _WORK_RE.finditer(text):
        start = m.start()
        k = bisect.bisect_right(place_ends, start) - 1
        floor = max(last_end, place_ends[k] if k >= 0 and place_ends[k] < start - 1 else 0)
        i = _name_start(text, start, 10, floor)
        prefix = text[i:start]
        if len(prefix) < 2 or _WORK_GENERIC.match(prefix) or _NOT_IN_NAME.search(prefix) \
                or prefix[-1] in "开关启提泄落建修":  # 开闸放水, 修建水库: verbs, not names
            continue
        if not any(a <= i < b for a, b in place_spans) and not _proper(prefix):
            continue
        inner = next((b for a, b in place_spans if a == i), i)  # 河北省…水库: the place opens the name
        w = _water_name(text[inner:start])
        attrs: dict = {"water_work": True}
        rest = text[inner + w:m.end()] if w else ""
        norm = text[i:m.end()]
        if w:
            attrs["water"] = (inner, inner + w)
            if len(rest) >= 4:  # 白洋淀新安北堤 is 新安北堤 (named on its own too)
                norm, attrs["alias"] = rest, text[i:m.end()]
            elif len(rest) == 3:  # 白洋淀千里堤, also called 千里堤
                attrs["alias"] = rest
        works.append(Found(i, m.end(), "Organization", norm, "org.water-work", attrs))
        last_end = m.end()
    # rivers and lakes: named in a work's name, or listed with works (…右堤及赵王新河)
    names: set[str] = {text[a:b] for f in works if (ab := f.attrs.get("water")) for a, b in [ab]}
    for m in _WATER_AFTER.finditer(text):
        name = _water_before(text, m.end())
        if name:
            names.add(name)
    for m in _WATER_GOVERNED.finditer(text):
        if _water_word_ok(m.group(1), listed=True):
            names.add(m.group(1))
    for m in _WATER_LIST.finditer(text):
        items = m.group(1).split("、")
        first_end = m.start(1) + len(items[0])
        items[0] = text[_name_start(text, first_end, 6, m.start(1)):first_end]
        if all(_water_word_ok(it, listed=True) for it in items):
            names.update(items)
    listed: set[str] = set()
    work_spans = [(f.start, f.end) for f in works]
    for f in works:
        a = f.start
        while a > 0 and text[a - 1] not in "，,。；;：:！？\n":
            a -= 1
        b = f.end
        while b < len(text) and text[b] not in "，,。；;：:！？\n":
            b += 1
        seg_start = a + (text.find("包括", a, b) + 2 - a if "包括" in text[a:b] else 0)
        pos = seg_start
        for item in _LIST_SPLIT.split(text[seg_start:b]):
            s0, e0 = pos, pos + len(item)
            pos = e0
            m2 = _LIST_SPLIT.match(text, pos)
            pos = m2.end() if m2 else pos
            if any(x <= s0 and e0 <= y for x, y in work_spans):
                continue
            if _water_word_ok(item, listed=True):
                listed.add(item)
    if not works and not names:
        return []
    out = list(works)
    taken = Occupancy(len(text))
    for f in works:
        taken.mark(f.start, f.end)
    place_spans_set = set(place_spans)
    for name in sorted(names | listed):
        hits = [mt.span() for mt in re.finditer(re.escape(name), text)]
        alone = [(s0, e0) for s0, e0 in hits if not taken.overlaps(s0, e0)]
        if not alone:
            continue  # named only inside a work's name
        for s0, e0 in hits:
            if text[e0:e0 + 1] in _WATER_CHARS or (s0, e0) in place_spans_set:
                continue
            out.append(Found(s0, e0, "Place", name, "place.water", {"level": "water"}))
    return out


# --------------------------------------------------------------------------- programmes

_HEAD_ALLOWED = dict(L.PROGRAMME_HEADS)
_SELF_HEADS = ("行动", "工程", "计划", "活动", "项目", "工作法", "攻坚战")


def _head_re(greedy: bool) -> re.Pattern:
    """Modifiers (no function words) then a head word; greedy finds the furthest head."""
    n = max(_HEAD_ALLOWED.values())
    mods = rf"(?:(?![的等和与及为是])[{HAN}]){{0,{n}}}" + ("" if greedy else "?")
    return re.compile(rf"({mods})({_alt(_HEAD_ALLOWED)})")


_HEAD_RE, _HEAD_RE_FAR = _head_re(False), _head_re(True)


def _head_after(text: str, i: int) -> tuple[int, str] | None:
    """A programme head word at text[i:] after at most its allowed modifiers: (end, head); the
    furthest one when several fit (“…”专项整治行动 reads to 行动, not 专项)."""
    for rx in (_HEAD_RE_FAR, _HEAD_RE):
        m = rx.match(text, i)
        if not m or len(m.group(1)) > _HEAD_ALLOWED[m.group(2)]:
            continue
        if text[m.end():m.end() + 1] in set("室站点场中所窗馆队员"):
            continue
        return m.end(), m.group(2)
    return None


def _paragraph_start(text: str, i: int, starts: set[int]) -> bool:
    return i in starts or i == 0 or text[i - 1] == "\n"


def find_programmes(text: str, section_starts: set[int], places: list[Found] = ()) -> list[Found]:
    quotes = [(m.start(), m.end(), m.group(1)) for m in _QUOTE_RE.finditer(text)]
    groups: list[list[tuple[int, int, str]]] = []
    for q in quotes:
        if groups and (q[0] == groups[-1][-1][1] or (q[0] == groups[-1][-1][1] + 1
                                                     and text[q[0] - 1] in "、")):
            groups[-1].append(q)
        else:
            groups.append([q])
    qualified: dict[str, tuple[str, str | None]] = {}  # content → (rule, alias)
    found: list[Found] = []

    def name_like(c: str) -> bool:
        return 2 <= len(c) <= 25 and "+" not in c and "＋" not in c and not _NOT_NAME_QUOTE.search(c) \
            and not c.startswith(("《", "的"))

    for g in groups:
        qs, qe = g[0][0], g[-1][1]
        head = _head_after(text, qe)
        before = text[max(0, qs - 8):qs]
        verb = next((v for v in L.RUN_VERBS if before.endswith(v) or before.endswith(v + "了")), None)
        topic = _paragraph_start(text, qs, section_starts) or text[qs - 1:qs] in (";", "；")
        counted = bool(_COUNT_BEFORE.search(text[max(0, qs - 8):qs]) or _COUNT_AFTER.match(text[qe:qe + 1])
                       or text.startswith(("成员", "人员", "队员"), qe))  # a team's members: not a programme
        for k, (s, e, c) in enumerate(g):
            if not name_like(c) or c in qualified:
                continue
            own_head = _head_after(text, e)
            rule = None
            alias = None
            if own_head:
                rule, alias = "programme.quote-head", c + text[e:own_head[0]]
            elif head and k < len(g) - 1:
                rule = "programme.quote-list-head"
            elif c.endswith(_SELF_HEADS) and len(c) >= 4 and not counted:
                rule = "programme.quote-self-head"  # “百日行动”, “项目建设落地工程”
            elif verb and not counted and "、" not in c and (verb != "通过" or len(c) <= 6):
                rule = "programme.quote-verb"
            elif topic and k == 0 and not counted:
                rule = "programme.quote-topic"
            if rule:
                qualified[c] = (rule, alias)
    for s, e, c in quotes:
        if c in qualified:
            rule, alias = qualified[c]
            attrs = {"kind": "quoted"}
            if alias:
                attrs["alias"] = alias
            found.append(Found(s + 1, e - 1, "Programme", c, rule, attrs))
    for m in _POLICY_RE.finditer(text):
        c = m.group(1).strip()
        bare = _NAME_QUALIFIER.sub("", c)
        if bare.endswith(L.POLICY_HEADS) or c.startswith("关于"):
            attrs = {"kind": "policy"}
            if bare != c:
                attrs["alias"] = bare  # 《…实施办法（试行）》 is also named without its qualifier
            found.append(Found(m.start(1), m.end(1), "Programme", c, "programme.policy-document", attrs))
    occupied = Occupancy(len(text))
    for f in found:
        occupied.mark(f.start - 1, f.end + 1)

    def free(s, e):
        return not occupied.overlaps(s, e)

    for m in _CAMPAIGN_RE.finditer(text):
        if free(*m.span(1)):
            found.append(Found(m.start(1), m.end(1), "Programme", m.group(1), "programme.campaign",
                               {"kind": "campaign"}))
    for m in _EVENT_LIST_RE.finditer(text):
        pos = m.start(1)
        for item in re.split(r"[、,，]", m.group(1)):
            if free(pos, pos + len(item)):
                found.append(Found(pos, pos + len(item), "Programme", item, "programme.named-event",
                                   {"kind": "campaign"}))
            pos += len(item) + 1
    for m in _MECHANISM_RE.finditer(text):
        if free(*m.span(1)) and not _NOT_IN_NAME.search(m.group(1)) and not m.group(1).endswith("体制机制"):
            # 完善促进就业体制机制: "systems and mechanisms" in general, not one named mechanism
            topic = _paragraph_start(text, m.start(), section_starts)  # 建立…机制。 heading a paragraph
            found.append(Found(m.start(1), m.end(1), "Programme", m.group(1), "programme.mechanism",
                               {"kind": "mechanism", **({"topic": True} if topic else {})}))
    for rx, rule, kind in ((_EVENT_RE, "programme.event", "campaign"),
                           (_REFORM_RE, "programme.reform", "campaign"),
                           (_SCOPED_CAMPAIGN_RE, "programme.scoped-campaign", "campaign"),
                           (_ISSUED_RE, "programme.issued-document", "policy"),
                           (_ISSUED_CUT_RE, "programme.issued-document-cut", "policy"),
                           (_DECREE_RE, "programme.decree", "policy"),
                           (_REPEALED_RE, "programme.repealed-document", "policy")):
        for m in rx.finditer(text):
            name = m.group(1)
            attrs_alias = None
            if name.startswith("关于"):
                continue
            if rx is _REFORM_RE and (_NOT_REFORM.match(name) or _NOT_IN_NAME.search(name)):
                continue
            if rx is _ISSUED_RE:
                bare = _NAME_QUALIFIER.sub("", name)
                if not bare.endswith(L.POLICY_HEADS + ("规划",)):
                    continue
                if bare != name:
                    attrs_alias = bare  # 邯郸市文化旅游产业发展规划 for …规划（2020—2025年）
            if rx is _ISSUED_CUT_RE and not name.endswith(L.POLICY_HEADS + ("规划",)):
                continue
            if rx is _REPEALED_RE and (_NOT_IN_NAME.search(name) or not (
                    name.startswith("中华人民共和国") or any(p.start == m.start(1) for p in places))):
                continue  # 废止邯郸市…办法等: a regulation is named after its place, 修改相关规定 is none
            if not free(*m.span(1)):
                continue
            s0, attrs = m.start(1), {"kind": kind}
            if rx is _EVENT_RE:  # 宁德市第四届…大赛: the place and the edition are not the event's name
                lead = [p for p in places if p.start == s0]
                if lead:
                    s0 = max(p.end for p in lead)
                    attrs["named_place"] = (m.start(1), s0)
                ed = re.match(rf"(第[{DIGIT}一二三四五六七八九十百]+届|[{DIGIT}]{{4}}年)", text[s0:m.end(1)])
                core = text[s0 + (ed.end() if ed else 0):m.end(1)]
                if len(core) < 4:
                    continue
                attrs["alias"] = name
                name = core
            if attrs_alias:
                attrs["alias"] = attrs_alias
            found.append(Found(s0, m.end(1), "Programme", name, rule, attrs))
            occupied.mark(*m.span(1))
    ends = sorted(p.end for p in places if not p.attrs.get("short")
                  and p.attrs.get("level") in ("province", "city", "county", "township"))
    for m in _PROJECT_LIST_RE.finditer(text):
        # the project's name starts right after a place (or is the whole run)
        s0 = m.start(1)
        k = bisect.bisect_left(ends, s0)
        if k < len(ends) and ends[k] < m.end(1):
            s0 = ends[k]
        name = text[s0:m.end(1)]
        if len(name) >= 4 and free(s0, m.end(1)) and not _NOT_IN_NAME.search(name):
            found.append(Found(s0, m.end(1), "Programme", name, "programme.project-list",
                               {"kind": "project", "alias": name + "项目"}))
    for pl in places:  # 其中,固安县航天产业园项目计划投资32亿元: a project named after its place
        if pl.attrs.get("short") or pl.attrs.get("level") not in ("city", "county", "township", "new-area", "zone"):
            continue
        before = text[max(0, pl.start - 2):pl.start]
        if not (pl.start == 0 or before[-1:] in "，,。；;：:\n" or before == "其中"):
            continue
        m = _NAMED_PROJECT_RE.match(text, pl.end)
        if not m or _GENERIC_PROJECT.match(m.group(1)) or _NOT_IN_NAME.search(m.group(1)) \
                or not free(pl.end, m.end()):
            continue
        found.append(Found(pl.end, m.end(1), "Programme", m.group(1), "programme.named-project",
                           {"kind": "project", "alias": m.group(0), "qualified": text[pl.start:m.end()]}))
        occupied.mark(pl.end, m.end())
    return _with_repeats(text, found)


def _with_repeats(text: str, found: list[Found]) -> list[Found]:
    """Later unquoted mentions of a programme named earlier (对河湖清理行动中存在的问题)."""
    spans = Occupancy(len(text))
    for f in found:
        spans.mark(f.start, f.end)
    out = list(found)
    for name in {f.norm for f in found if f.attrs.get("kind") in ("campaign", "mechanism", "project")
                 and len(f.norm) >= 4}:
        for m in re.finditer(re.escape(name), text):
            if not spans.overlaps(m.start(), m.end()):
                out.append(Found(m.start(), m.end(), "Programme", name, "programme.repeat",
                                 {"kind": "repeat"}))
                spans.mark(m.start(), m.end())
    return out


def programmes_from_agency_names(text: str, agencies: list[Found]) -> list[Found]:
    """A working group names the programme it was set up for: 市新时代文明实践中心建设工作指导组 →
    新时代文明实践中心建设; 省推进华北地下水超采综合治理行动领导小组 → 华北地下水超采综合治理行动."""
    out = []
    for a in agencies:
        if not a.rule.endswith("strong-suffix"):
            continue
        tail = a.attrs.get("tail") or ""
        stem = next((tail[:-len(x)] for x in sorted(L.STRONG_SUFFIXES, key=len, reverse=True) if tail.endswith(x)), "")
        m = _DERIVED_RE.match(stem)
        if not m or len(m.group(1)) < 4:
            continue
        at = text.find(m.group(1), a.start, a.end)
        if at >= 0:
            out.append(Found(at, at + len(m.group(1)), "Programme", m.group(1), "programme.from-agency-name",
                             {"kind": "derived", "agency_span": (a.start, a.end)}))
    return out


# --------------------------------------------------------------------------- user dictionary

@lru_cache(maxsize=8)
def _user_automaton(path: str):
    entries = L.load_user_dict(path)
    A = ahocorasick.Automaton()
    for e in entries:
        for n in [e.name] + e.aliases:
            A.add_word(n, (n, e))
    if entries:
        A.make_automaton()
    return A if entries else None


def find_user_entries(text: str, path: str) -> list[Found]:
    A = _user_automaton(path)
    if A is None:
        return []
    out = []
    for end_idx, (surface, e) in A.iter_long(text):
        s = end_idx - len(surface) + 1
        attrs = {"user": True}
        if e.code:
            attrs["code"] = e.code
        if e.parent:
            attrs["parent_name"] = e.parent
        out.append(Found(s, end_idx + 1, e.type, e.name, "user-dict", attrs))
    return out


# --------------------------------------------------------------------------- the component

def _place_founds(mentions: list[Mention]) -> list[Found]:
    out = []
    for m in mentions:
        if m.label == "Place" and not m.attrs.get("anaphor") and m.astart >= 0:
            a = dict(m.attrs)
            a["short"] = m.surface != m.norm
            out.append(Found(m.astart, m.aend, "Place", m.norm or m.surface, m.rule, a))
    return sorted(out, key=lambda f: f.start)


def extract_names(text: str, places: list[Found], section_starts: set[int] = frozenset(),
                  user_dict: str | None = None) -> list[Found]:
    """All non-place names of a text: user entries first, then agencies, organisations, programmes."""
    user = find_user_entries(text, user_dict) if user_dict else []
    agencies = find_agencies(text, places)
    orgs = find_mass_organizations(text, places) + find_organizations(text, places, agencies) \
        + find_water_works(text, places)
    progs = find_programmes(text, section_starts, places) + programmes_from_agency_names(text, agencies)
    people = [Found(m.start(1), m.end(1), "Person", m.group(1), "person.appointed", {})
              for m in _APPOINTED_RE.finditer(text)]
    out = list(user)
    taken = Occupancy(len(text))
    for u in user:
        taken.mark(u.start, u.end)
    for f in agencies + orgs + progs + people:
        if taken.overlaps(f.start, f.end):
            continue  # the user's entries win over the grammar
        out.append(f)
    # an agency inside a programme's name (《…》 titles name their issuer) is not a mention
    in_programme = _contained([(p.start, p.end) for p in out if p.label == "Programme"])
    out = [f for f in out if f.label == "Programme" or f.rule == "user-dict" or not in_programme(f.start, f.end)]
    return sorted(out, key=lambda f: (f.start, -f.end))


def _credit_mentions(doc: Doc, art: Article, user_dict: str | None) -> None:
    """Agencies in photo credits (邯郸市委宣传部供图): credits are not article text, so they are
    recorded with source offsets only."""
    from .gazetteer import places_in
    for cap in art.captions:
        if not cap.credit:
            continue
        at = doc.text.find(cap.credit, cap.end)
        if at < 0 or at - cap.end > 40:
            continue
        places = [Found(s, e, "Place", name, "gazetteer", {"code": code, "level": level, "short": short})
                  for s, e, name, code, level, short in places_in(cap.credit)]
        for m in _CREDIT_PERSON_RE.finditer(cap.credit):  # 河北日报通讯员 聂长青摄
            s, e = at + m.start(1), at + m.end(1)
            doc.mentions.append(Mention(s, e, doc.text[s:e], "Person", art.id, "person.credit",
                                        norm=m.group(1), attrs={"credit": True}))
        for f in extract_names(cap.credit, places, user_dict=user_dict):
            if f.label not in ("Agency", "Organization"):
                continue
            s, e = at + f.start, at + f.end
            doc.mentions.append(Mention(s, e, doc.text[s:e], f.label, art.id, f.rule + "+credit",
                                        norm=f.norm, attrs=dict(f.attrs, credit=True)))


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
        for m in _MEDIA_RE.finditer(region):
            _add_byline(doc, art, base + m.start(1), base + m.end(1), m.group(1), existing)
        for name in art.authors:  # the reporters layout read from the byline
            for m in re.finditer(rf"(?<=[记者员\s、,，(（])({re.escape(name)})(?![{HAN}])", region):
                _add_byline(doc, art, base + m.start(1), base + m.end(1), name, existing, "Person")


def _add_byline(doc: Doc, art: Article, s: int, e: int, name: str, existing: set[tuple[int, int]],
                label: str = "Organization") -> None:
    if (s, e) not in existing:
        existing.add((s, e))
        rule = "org.media+byline" if label == "Organization" else "person.byline"
        doc.mentions.append(Mention(s, e, doc.text[s:e], label, art.id, rule, norm=name, attrs={"byline": True}))


@component("entities", reads=("article.text", "article.sections", "doc.mentions[Place]"),
           writes=("doc.mentions[Agency,Organization,Programme]",))
def make_entities(user_dict: str | None = None):
    """Agencies, organisations and programmes by name grammar; user dictionary by Aho-Corasick."""
    if user_dict:
        _user_automaton(str(user_dict))  # fail early on a bad file

    def entities(doc: Doc) -> Doc:
        by_article: dict[str, list[Mention]] = {}
        for m in doc.mentions:
            by_article.setdefault(m.article, []).append(m)
        existing = {(m.start, m.end) for m in doc.mentions}
        bounds = (sorted(a for art in doc.articles for a, _ in art.spans),
                  sorted(b for art in doc.articles for _, b in art.spans))
        for art in doc.articles:
            places = _place_founds(by_article.get(art.id, []))
            starts = {s.start for s in art.sections}
            for f in extract_names(art.text, places, starts, str(user_dict) if user_dict else None):
                doc.add_mention(art, f.start, f.end, f.label, f.rule, norm=f.norm, **f.attrs)
            _credit_mentions(doc, art, str(user_dict) if user_dict else None)
            _byline_mentions(doc, art, existing, bounds)
        return doc

    return entities
