"""Persons in running text and the posts they hold (`holdsPost`), with appointments and removals.

A person is never "any two or three characters": a name is taken only where the text around it
says it is one — right after a post (局长李建国, 河北省省长王正谱, 国土资源部副部长、…办公室主任王世元),
between an appointment verb and 为/的 (任命王晓江为…, 免去…), before 同志, as the subject of a
statement (刘晓燕表示) when jieba also tags it as a personal name, or in a closing signature
(（全椒县纪委  梁端军）).  It must open with a family name (kg/resources/lexicon/surnames.tsv),
end where the text can end a name (jieba's nr tag, punctuation, or a verb that follows names),
and overlap no place or organisation already found.

Each post names the body it is held in: the place, agency or organisation written before it
(开江县农业农村局副局长), completed like the entities stage completes relative names
(自治区党委 → 内蒙古自治区党委, 区供销联社 → 萧山区供销联社).  Heads of a government
(省长, 县长 …) hold their post in the place; 主席 of a sub-national place is the head of its
人民政府.  A 、-chain of posts shares the body of the post before it (党委书记、主任; 市委常委、
纪委书记 → 市纪委), and names listed after a chain share it (党委委员、副主任陆静、何刚).
After a name, appointment verbs (出任, 拟任, 被提拔为 …) give further posts with their status; a
name opening a resume or an obituary (张三，男，…; 吕某同志，1933年…) is the subject of its paragraph's
clauses of 现任/曾任/历任 (`_resume`); a foreign head of state has no family name and is read after
its country and post (南非总统拉马福萨: `_foreign_heads`).

Persons are merged by name within a document; their id joins the name with the body of their
first post, so two 王伟 of different counties stay two, while the same name in the same body
across documents is one person.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import accumulate

from .. import lexicon as L
from ..divisions import place_chars, place_words, table
from ..model import Article, Doc, Entity, Mention, Relation, short_hash
from ..pipeline import component
from ..text import CHINESE_NUMERALS, CJK, DIGIT, HAN, MAX_SENTENCE, NAME_DOT, NAME_DOTS, alt, is_han, literal_starts, rfind_any, word_freq, word_tags
from .helpers import county_of_scope, ensure_place, entity_id, forget_mentions, mention_evidence, mentions_by_article, prefecture_committee, scoped_name
from .registry import CHINA_CODE, CHINA_ISO, post_ending_at, sender_written_otherwise
from .entities.agencies import DEPARTMENT as _DEPARTMENT, canon_tail as _canon_tail
from .entities.common import BODY_COUNT, cue as _entity_cue
from .resolve import _lone_county, _organ_full_forms, _place_at_level, _standard_organ, city_abroad_before, home_code

_PUNCT_END = set("，,。；;：:！？!?、）)（(“”\"'‘’》《 \u3000\t\n0123456789０１２３４５６７８９")
_LISTED_MARKS = "、和"  # the marks that join names in a list (梁宝贵、武威飚; 何亚非和武大伟)
_CLAUSE_STOP = set("，,。；;：:！？!?\n“”")


def _world_city_code(code: str | None) -> bool:
    """A world city's code (iso-LA-…: its country's ISO code and a hash), no country's or division's."""
    return bool(code) and code.startswith("iso-") and code.count("-") == 2


def _cue(list_name: str) -> tuple[tuple[str, str], ...]:
    """(word, level) rows of one list of `posts_words.tsv`, in file order."""
    return _cue_lists().get(list_name, ())


@lru_cache(maxsize=1)
def _cue_lists() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every list of `posts_words.tsv` (its (word, level) rows in file order), read once: `_cue`
    runs for some 230 lists as this module is imported, and each call built the table's 1,300
    row dicts again (a tenth of the pipeline's construction, in every build and worker)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in L.load_table("posts_words"):
        out.setdefault(r["list"], []).append((r["word"], r["level"]))
    return {k: tuple(v) for k, v in out.items()}


# scopes a name can open with that mean "the place of this article" at a level
_RELATIVE_SCOPES = _cue("relative_scopes")
_SCOPE_LEVELS = dict(_RELATIVE_SCOPES)  # 市 → city: the level a relative scope word names
_SCOPE_OPENED_WORDS = tuple(w for w, _ in _cue("scope_opened_words"))  # 市场: no 市 + 场…
_SUFFIXED_SCOPES = frozenset(w for w, _ in _cue("suffixed_scopes"))  # 苏木: only a township so named
# inner bodies that are organs of a place (自治区党委) or name one with what precedes (人大常委会)
_ORGAN_INNER = tuple(w for w, _ in _cue("organ_inner"))
_HONOUR_WORDS = tuple(w for w, _ in _cue("honour_words"))  # 全国优秀县委书记: an honour, no post
_CANDIDATE_NOTES = tuple(w for w, _ in _cue("candidate_notes"))  # 副旗长提名人选|刘海涛: proposed
_LISTED_CHIEFS = tuple(w for w, _ in _cue("listed_chiefs"))  # 党委书记、河长|张建龙: a bare chief after 、
_LISTED_AFTER = next(iter(w for w, _ in _cue("listed_after")), None)  # 出席会议的副主任|有|A、B
_LISTED_AFTER_ADVERBS = tuple(w for w, _ in _cue("listed_after_adverbs"))  # 还, 也: 当选为…的|还|有A、B
_TAKEN_STATUSES = ("appointed", "elected", "promoted", "transferred", "nominated")  # a verb of taking gave the post
_ENTRUSTING = dict((lvl, w) for w, lvl in _cue("entrusting"))  # 受|市人大常委会主任|委托
_COUNTRY_IMPLIED = frozenset(w for w, _ in _cue("country_implied_posts"))  # 时任首相安倍晋三
_PLACE_ONLY_ORGANS = frozenset(w for w, _ in _cue("place_only_organs"))  # 人大, 政协: no organisation's own organ
_AGENCY_OFFICES = frozenset(w for w, _ in _cue("agency_offices"))  # (the organ's office, after its post)
_STATIONED_GROUPS = frozenset(w for w, _ in _cue("stationed_groups"))  # 纪检组: a department's, after its post
_ANAPHORS = "".join(w for w, _ in _cue("anaphors"))
_ANAPHOR_KINDS = frozenset(w for w, _ in _cue("anaphor_kinds"))  # 该部门, 该单位: any body named before
_ANAPHOR_REACH = 3  # the bodies found last before an anaphor, nearest first, that it may name
_SELF_ANAPHORS = "".join(w for w, _ in _cue("self_anaphors"))  # 我, 本: the writer's own body
_INNER_ANAPHOR_TAIL = 2  # 该会, 该局: the anaphor and the kind of body, at most this many after it


def _inner_anaphor(run: str) -> int:
    """Where an anaphor of another body (该, not the writer's own 我/本) opens the last characters
    of a body's run after words the backward scan took (受到|该会理事长马志毅: the verb 受到 is no
    part of a body 受到该会), or 0."""
    k = len(run) - _INNER_ANAPHOR_TAIL
    while k > 0 and k >= len(run) - _INNER_ANAPHOR_TAIL - 1:
        if run[k] in _ANAPHORS and run[k] not in _SELF_ANAPHORS:
            return k
        k -= 1
    return 0
_HOST_VERBS = tuple(w for w, _ in _cue("host_verbs"))  # 到, 莅临 + a body: the visit's host
# a body that comes to the writer's place (省粮食和物资储备局…到我市开展…调研督导): a visitor, never the
# writer's own body 我局 names in the same story; the clause's words before the verb are bounded
_VISITOR_AFTER = re.compile(rf"[^。；;！!？?\n]{{0,30}}?(?:{'|'.join(w for w, _ in _cue('visitor_verbs'))})"
                            rf"[{''.join(w for w, _ in _cue('self_anaphors'))}]"
                            rf"[{''.join(w for w, _ in _cue('visited_scopes'))}]")
_PREPOSITIONS = "".join(w for w, _ in _cue("prepositions"))  # family names that are prepositions inside a clause
_GOVERNMENT_ORGANS = tuple(w for w, _ in _cue("government_organs"))  # 人民政府 first: the full name
_CHAIR_POSTS = tuple(w for w, _ in _cue("chair_posts"))
_SENTENCE_END_CHARS = "。！？\n"  # (a sentence's ends, for a look around a post within it)
_SENTENCE_UNIT_REACH = 40  # how far back a bare 局长's 局 is sought in its sentence (`_sentence_unit`)
_BARE_GOVERNMENT_SCOPES = {w: organ for w, organ in _cue("bare_government_scopes")}  # 市, 县, 区; 盟 → 行政公署
_SCOPE_RANKS = frozenset(w for w, _ in _cue("scope_ranks"))  # 巡视员, 调研员: 区二级巡视员 is the 区 government's
_NOT_ORG_ENDINGS = tuple(w for w, _ in _cue("not_organisation_endings"))
_LEAGUE_ENDINGS = tuple(w for w, _ in _cue("league_committee_endings"))  # 团委: a Youth League committee
_LEAGUE_ENDINGS += tuple(w for w, _ in _cue("student_body_endings"))  # 学生会: the students' own body it guides
# 卫生院, 卫生服务中心: a stem and unit suffix that name an institution, no department (agency_cues not_dept_words)
_INSTITUTION_ENDINGS = tuple(_entity_cue("agency_cues", "not_dept_words"))
# 市一院, 市二院 (a city's First, Second hospital): a numeral and the kind end an organisation's short form
_NUMBERED_INSTITUTION_RE = re.compile(
    rf"[{CHINESE_NUMERALS[:-3]}](?:{'|'.join(w for w, _ in _cue('numbered_institutions'))})$")
_LOCAL_SCOPES = tuple(w for w, _ in _cue("local_scopes"))
_LEAD_WORDS = [w for w, _ in _cue("lead_words")]
_LEAD_WORD_SET = frozenset(_LEAD_WORDS)  # (a run that is one of them alone)
# organs named without a scope that belong to a zone or an office, not to the article's place
_ZONE_ORGANS = tuple(w for w, _ in _cue("zone_organs"))
_PARTICLE_WORDS = tuple(w for w, _ in _cue("particle_words"))  # 对外: a function word's character opening a name's word
_LEAD_CHAR_WORDS = tuple(w for w, _ in _cue("lead_char_words"))  # 就业: a lead word's character opening a name's word
_COMMITTEE_END = "委"
_ZONE_MANAGEMENT = tuple(w for w, _ in _cue("zone_organs") if len(w) > 1 and w.startswith("管"))  # 管委会, 管委
_SIBLING_UNIT_ENDS = tuple(w for w, _ in _cue("sibling_unit_ends"))  # 室, 处: no such unit inside another
_HEADED_UNITS = tuple(w for w, _ in _cue("headed_units"))  # 司, 局, 厅: headed by 司长, 局长, 厅长
_HEAD_POST_END = "长"
# 办公室 → 主任, 政协 → 主席: heads whose post is no ending + 长 (longest ending first)
_HEADED_BY = dict(sorted(((w, lvl) for w, lvl in _cue("headed_by")), key=lambda r: -len(r[0])))
_HEAD_POST_NOT_BEFORE = tuple(w for w, _ in _cue("head_post_not_before"))  # 局长|助理: another post
_GOVERNMENT_HEADED_BY = tuple(sorted(_cue("government_headed_by"), key=lambda r: -len(r[0])))  # 区 → 区长


def _government_head(name: str) -> str | None:
    """仓山区人民政府 → 区长, 福州市政府 → 市长, 广西壮族自治区人民政府 → 主席: the head post of a people's
    government by the ending of the place its name opens with; None for any other body."""
    organ = next((o for o in _GOVERNMENT_ORGANS[:2] if name.endswith(o)), None)  # (行政公署: its 专员, no 区长)
    if organ is None:
        return None
    place = name[:-len(organ)]
    return next((post for end, post in _GOVERNMENT_HEADED_BY if place.endswith(end)), None)
_BUREAU_ENDS = tuple(w for w, _ in _cue("government_bureau_ends"))  # 招商局: a government's, no society's unit
_ZONE_PARTY_COMMITTEES = tuple(w for w, _ in _cue("zone_party_committees"))  # 党工委 first: the longest
_ZONE_UNITS = frozenset(w for w, _ in _cue("zone_units"))  # 纪工委: a zone's own, not the city's
_STEM_STOPS = frozenset(w for w, _ in _cue("zone_stem_stops"))  # 由: no character of a zone's short stem
_ZONE_NAME_ENDS = tuple(sorted(tuple(L.words("zone_suffixes")) + tuple(w for w, _ in _cue("zone_name_ends")), key=len, reverse=True))
_COMPANY_ENDS = tuple(w for w, _ in _cue("company_ends"))  # 公司, 集团: the suffixes a company's name ends in
_ENTERPRISE_SUFFIXES = tuple(w for w in L.ORG_SUFFIXES if w.endswith(_COMPANY_ENDS))  # 致盛集团: a company's own
_BARE_COMPANIES = frozenset(_ENTERPRISE_SUFFIXES) | {w for w, _ in _cue("bare_company_words")}  # 集团: no name
_BARE_COMPANY_WORDS = tuple(sorted(_BARE_COMPANIES, key=len, reverse=True))  # (one startswith of them all)
_COMMITTEE_JOINERS = "".join(w for w, _ in _cue("committee_joiners"))  # 和, 与: inside 社会和法制委员会
_JOINED_COMMITTEE_ENDS = tuple(w for w, _ in _cue("joined_committee_ends"))  # 委员会
_GLUED_POSTS = tuple(w for w, _ in _cue("glued_posts"))  # 常委: another post's body may follow with no 、
_GLUED_NOT_BEFORE = "".join(w for w, _ in _cue("glued_not_before"))  # 会: 常委会 is a body
_GLUED_ROLES = tuple(w for w, _ in _cue("glued_roles"))  # 新闻发言人: written right after a post, held in its body
_VILLAGE_INNER = frozenset(w for w, _ in _cue("village_inner"))  # 党支部, 党总支: a village's party organs
_VILLAGE_ENDS = tuple(w for w, _ in _cue("village_ends"))  # 村, 社区, 居民区: what a village's name ends with
# 支书 → 党支部: a short post that names its village organ (村支书 is the 村党支部's secretary)
_BRANCH_SHORT_POSTS = dict(_cue("village_branch_short_posts"))
# 书记 → 党支部 after a village only (东营村村书记, 村书记王强): the village's 党支部
_VILLAGE_SECRETARY_POSTS = dict(_cue("village_secretary_posts"))
_VILLAGE_KIND = "村"
_BARE_ORGAN_OPENERS = "，,。；;：:\n“”\"（("  # before a bare 村党支部/社区党委 that opens its clause
_VILLAGE_DEMONSTRATIVES = tuple(w for w, _ in _cue("village_demonstratives"))  # 该: 该村支书, 该村的“第一书记”
_VILLAGE_THAT = frozenset(w + _VILLAGE_KIND for w in _VILLAGE_DEMONSTRATIVES)  # 该村


_LISTED_ORGAN_MARK = "、"
# 我院, 该公司, 本校: the kinds of body of no place an anaphor names before its officers' posts (posts_words
# anaphoric_owner_kinds); 我市, 该县 are places, their organs the place's
_ANAPHORIC_OWNER_KINDS = tuple(w for w, _ in _cue("anaphoric_owner_kinds"))
_ANAPHORIC_OWNER_REACH = 20  # characters back to the clause that opens the chain of posts
# 乡镇、村党支部书记, 县、乡、村三级: after a division's kind the 、 lists kinds of body, no one village's
_LEVEL_KIND_ENDS = "".join(w for w, _ in _cue("listed_level_kinds"))


def _listed_bare_organ(t: str, k0: int, lo: int) -> bool:
    """听取了镇长张继伟、村支书康兔则: a bare village organ after the 、 of a list of people and their
    posts (a name before the mark) is the organ of the village the story is about, as after a comma
    (guanzhong87); not after a kind of division (乡镇、村党支部书记: the kinds of body listed)."""
    return k0 - 1 > lo and t[k0 - 1] == _LISTED_ORGAN_MARK and t[k0 - 2] not in _LEVEL_KIND_ENDS


def _village_branch_name(name: str) -> str | None:
    """铁鹅村村支部, 铁鹅村支部 (铁鹅村村支部书记柏道理): a village's 支部 written short, its kind repeated or
    not, is the village's 党支部, the name 村党支部书记 and 村支书 give it (one body, however written)."""
    kind = next((k for k in _VILLAGE_ENDS if name.endswith(k + _SHORT_BRANCH)), None)
    if kind is None:
        return None
    stem = name[:-len(kind + _SHORT_BRANCH)]
    stem = stem if stem.endswith(kind) else stem + kind
    return stem + _BRANCH_SHORT_POSTS[_SHORT_BRANCH_POST] if len(stem) > len(kind) + 1 else None


_SHORT_BRANCH = "支部"  # the village organ written without 党 (村支部书记)
_SHORT_BRANCH_POST = "支书"  # (its secretary's short post: the full organ's name is the one 支书 names)
_CAMPUS_WORDS = tuple(_entity_cue("agency_cues", "campus_words"))  # 校区, 分校: a campus named by its city
# 青岛海关 is named by its city's short name as written (agency_cues as_written_organs), and so are its divisions
_AS_WRITTEN_ORGANS = tuple(_entity_cue("agency_cues", "as_written_organs"))
_SCHOOL_ENDS = tuple(w for w, _ in _cue("school_ends"))  # 大学, 党校: the bodies a bare 校长 is held in
_SCHOOL_SCOPE = "校"  # 校党委, 校纪委: an organ of the school the article names
_SCHOOL_ORGANS = frozenset(w for w, _ in _cue("school_organs"))  # 党委, 纪委 (of 校党委书记)
_PARTY_BODY_UNIT_ENDS = tuple(w for w, _ in _cue("party_body_unit_ends"))  # 部, 室 (参政议政部, 调研室)
_PARTY_BODY_REACH = 40  # characters before a bare department its party's committee may be named in (one clause)
_PARTY_COMMITTEE_RULE = "org.party-committee"  # the organisations stage's democratic parties' committees
_ORG_OWN_UNITS = tuple(w for w, _ in _cue("org_own_units"))
_JUDICIAL_ORGANS = tuple(w for w, _ in _cue("judicial_organs"))  # 法院, 检察院: bodies whose departments
_JUDICIAL_UNITS = frozenset(w for w, _ in _cue("judicial_units"))  # 政治部, 执行局 are their own
_SIGNATURE_NOT_NAMES = frozenset(w for w, _ in _cue("signature_not_names"))  # 文图, 图文: a closing credit's words
_OTHER_BODY_LABEL = {"Agency": "Organization", "Organization": "Agency"}  # a body found under the other label
# bodies39: offices written bare by their short name (新闻办 → 新闻办公室) that stand for the one named in full before
_BARE_OFFICE_SHORTS = dict(tuple(w.split("|", 1)) for w, _ in _cue("bare_office_shorts") if "|" in w)  # 办公室 (of 医院…、区域医疗合作办公室主任)
_BARE_COMMITTEES = frozenset(w for w, _ in _cue("bare_committees"))  # 委员会委员: the committee just named
_SCHOOL_SELF = tuple(w for w, _ in _cue("school_self_words"))  # 我校, 本校, 全校: a school's own news
_SCHOOL_SELF_WINDOW = 200  # where a school's news says it is the school's (its opening; bounded)
# a college writing of itself (聊城市技师学院…学院党委书记金同元): 学院 as 校 is, only where the one school the
# article names is a 学院 (in a university's news 学院党委 is one of its colleges')
_SCHOOL_SCOPE_ENDS = {_SCHOOL_SCOPE: ("",), "学院": ("学院",), "学校": ("",)}
# a school's news writing of itself as 学校 (学校党支部书记、校长黄宗文, 学校副校长孙平): 学校 as 校 is, of the one
# school the article names, whatever its kind (中学, 幼儿园, 大学: 学校 is what each calls itself)
_SCHOOL_SELF_SCOPE = "学校"


def _school_scope(run: str) -> str | None:
    """The school's own scope a body's run opens with (校党委, 学院党委), or None."""
    return "学院" if run.startswith("学院") else _SCHOOL_SELF_SCOPE if run.startswith(_SCHOOL_SELF_SCOPE) \
        else _SCHOOL_SCOPE if run.startswith(_SCHOOL_SCOPE) else None


_SCHOOL_CLAUSE_REACH = 16  # characters back a clause opened by 校党委 is looked for (one person's posts)


def _school_clause(t: str, i: int) -> bool:
    """校党委委员、纪委书记何军: a bare organ in a run of posts whose clause opens with the school's
    organ (校党委, 校纪委) is the school's too, never the article place's (no 庙岗镇纪委)."""
    k = i
    while k > 0 and i - k < _SCHOOL_CLAUSE_REACH and t[k - 1] not in _CLAUSE_STOP:
        k -= 1
    return t.startswith(_SCHOOL_SCOPE, k) and t.startswith(tuple(_SCHOOL_ORGANS), k + 1) and k + 1 < i
_SELF_UNITS = frozenset(w for w, _ in _cue("self_units"))  # 厅, 局: 厅党组书记 in a department's own news
_SELF_UNIT_ORGANS = ("",) + tuple(w for w, _ in _cue("self_unit_organs"))  # 党组, 党委


@lru_cache(maxsize=1)
def _organ_full_forms_map() -> dict[str, str]:
    """An organ's short form → its standard name (organ_full_forms.tsv: 行署 → 行政公署)."""
    return dict(_organ_full_forms())


# organs only a prefecture has (地委, 行署) → the endings of the places that have them (地区, 盟)
_PREFECTURE_ORGANS: dict[str, tuple[str, ...]] = {
    organ: tuple(e for o, e in _cue("prefecture_organs") if o == organ) for organ, _ in _cue("prefecture_organs")}
_MEET_FOREIGN = tuple(w for w, _ in _cue("meet_foreign"))  # 会见|南非总统: the side a Chinese official meets
_COMING_HERE = tuple(w for w, _ in _cue("coming_here"))  # 来, 莅临: a delegation coming to the article's place
_NATIONAL_PREFIXES = tuple(w for w, _ in _cue("national_prefixes"))  # 国家统计局: no department's own news
_GENERAL_OFFICES = tuple(w for w, _ in _cue("general_offices"))  # 省政府办公厅: the government's office, no department
_CHINA_ONLY_TITLES = tuple(w for w, _ in _cue("china_only_titles"))  # 国务委员兼外长王毅: China's whatever the sentence names
_INVITED_BY = dict(_cue("invited_by"))  # 应 → 邀请, 受 → 委托: a preposition after a name and its closing word
_INVITED_REACH = 30  # characters from 应 to 邀请 (the inviter's country, body, post and name)
_NATIONAL_SCOPE = _cue("national_scope")  # 国家 before a state post, and the country's ISO code
_FOREIGN_PARTIES = _cue("foreign_parties")  # 越共 …: a foreign ruling party and its country's ISO code
_AS_OF = ("为", "的")  # 任命X为…, 免去X的…: what joins an appointee to the posts
_COMRADE = _cue("comrade")[0][0]  # 同志: the honorific a notice writes after a name (任命A同志为…)
_PARTY_DEPARTMENT_ENDS = tuple(w for w, _ in _cue("party_department_ends"))
_RESPECTIVELY = _cue("respectively")[0][0]  # 分别
_POST_ONLY_SURNAMES = tuple(w for w, _ in _cue("post_only_surnames"))  # 花学筑, 寿子琪: only after a post
_TAKE_SURNAME_VERBS = tuple(w for w, _ in _cue("take_surname_verbs"))  # 原山大校长|任吉大校长: 任 takes, a family name too
_VERB_SURNAMES = tuple(w for w, _ in _cue("verb_surnames"))  # 布: a verb of running text even after a post
_PREPOSITION_SURNAMES = tuple(w for w, _ in _cue("preposition_surnames"))  # 向: 主席向大会报告
_VERB_SURNAME_ENDERS = tuple(w for w, _ in _cue("verb_surname_enders"))  # 主持, 出席: the meeting's verbs
_SUO_PARTICLE_VERBS = tuple(w for w, _ in _cue("suo_particle_verbs"))  # 沈凯|所作的: 所 the particle
_HOME_WORDS = tuple(w for w, _ in _cue("home_words"))  # 王保生|家: the home a visit goes to, no given name
_NAME_OPENERS = tuple(sorted((w for w, _ in _cue("name_openers")), key=lambda w: (-len(w), w)))  # 洛桑江村: after a post
_YI_CLANS = tuple(w for w, _ in _cue("yi_clan_names"))  # 吉克劲松: a Yi clan and a given name of two, after a post
_TIBETAN_SYLLABLE = frozenset(L.chars("tibetan_name_chars"))  # 桑旦罗布: a four-syllable name after a post
_STEPPE_SYLLABLE = frozenset(L.chars("steppe_name_chars")) - _TIBETAN_SYLLABLE  # 哈斯巴雅尔: Mongolian, Yi
_LONG_SYLLABLE_NAMES = (6, 5)  # 巴达玛拉布丹: a Mongolian name of Tibetan syllables alone, longer than a Tibetan one
_STEPPE_POST_SCOPES = tuple(w for w, _ in _cue("steppe_post_scopes"))  # 旗, 盟: a post of the steppe's divisions
_STEPPE_POST_REACH = 9  # characters before a name where that post's scope is written (旗委副书记|, 旗人大常委会副主任|)
_STEPPE_LIST_JOINERS = ("及",)  # 旗委书记宝龙|及旗委、政府在家领导
_PARTICLE_GIVEN = frozenset(w for w, _ in _cue("particle_given_names"))  # 为, 和: 邓为, 李和
_SINCE_DATE_PREPS = frozenset(w for w, _ in _cue("since_before_date"))  # 自: 江飞剑|自2021年7月驻村以来
_SPOUSE_WORDS = tuple(w for w, _ in _cue("spouse_words"))  # 普京和|夫人: 和 joins the spouse
_CHARGE_WORDS = tuple(w for w, _ in _cue("charge_after_name"))  # 董事长舒展|严重违纪违法: the person charged
_CHARGE_FIRSTS = frozenset(w[0] for w in _CHARGE_WORDS)
_SINCE_WORDS = tuple(w for w, _ in _cue("time_since_words"))  # 以来: 局长谈入梅|以来 is no name
_CLOSING_PREPOSITIONS = frozenset(w for w, _ in _cue("name_closing_prepositions"))  # 以, 就: 胡衡华|以数据
_BODY_SHORT_ENDINGS = tuple(w for w, _ in _cue("body_short_endings"))  # 委会: 区委会主委 is no 区 family's member
_DOUBLED_UNIT_CHARS = frozenset(w for w, _ in _cue("doubled_unit_chars"))  # 部: 宣传部|部长 is no 宣 family's member
_NOT_GIVEN_CHARS = frozenset(w for w, _ in _cue("not_given_chars"))  # 他, 她: 祝贺他 is no name
_NOT_GIVEN_STARTS = tuple(w for w, _ in _cue("not_given_starts"))  # 例会: 县长周例会 is no name
_POST_TAIL_WORDS = frozenset(w for w, _ in _cue("post_tail_words"))  # 外|相关: 外相 is no post before 关
_NOT_SINGLE_GIVEN = frozenset(w for w, _ in _cue("not_single_given"))  # 村, 组: 干部包村 is no name 包村
# renwu93: a term of address written where a given name would be (王先生说, 李女士表示, 张师傅介绍): the family name
# alone, no person named (posts_words address_terms of two characters or more; 某 of 刘某 is a court's name)
_ADDRESS_GIVEN = frozenset(w for w, _ in _cue("address_terms") if len(w) >= 2)
_NAMES_FOLLOW = tuple(w for w, _ in _cue("names_follow"))  # 是, 为: 县长是王某, 局长、局长分别是A、B
_RESPECTIVELY_FOLLOW = tuple(_RESPECTIVELY + w for w in _NAMES_FOLLOW)  # 分别为|黄某任…: the clauses open after it
_NAMES_FOLLOW_CHAR = re.compile("[" + "".join(re.escape(w) for w in _NAMES_FOLLOW if len(w) == 1) + "]")
_POST_MODIFIERS = tuple(w for w, _ in _cue("post_modifiers"))  # 专职, 常务: before a post, no body
# a term and a council between an association and its head's post (第四届理事会, 二届常务理事会): `_before_term_council`
_TERM_COUNCIL_RE = re.compile(f"第?[{CHINESE_NUMERALS[:-3]}{DIGIT}]{{1,3}}届(?:{'|'.join(w for w, _ in _cue('term_councils'))})?")
_TERM_COUNCIL_MAX = 12  # characters such a term and council take at most
# quntuan108: a people's organisation's term and its committee (渭城区文联|第一届委员会|主席, 县妇联|第十三届执行委员会|
# 副主席): the post is the organisation's, read only after a people's organisation found (attrs mass)
_MASS_TERM_COUNCIL_RE = re.compile(f"第?[{CHINESE_NUMERALS[:-3]}{DIGIT}]{{1,3}}届(?:{'|'.join(w for w, _ in _cue('mass_term_councils'))})")
_ASSOCIATION_KINDS = tuple(L.word_lists("org_cues").get("association_kinds", ()))  # 商会, 协会: a social organisation's kind
_DEPUTY_MARKS = ("常务副", "副")  # 副主席 after 主席 elected: the same body's deputy (`_deputy_of_elected`)
_DEPUTY_ELECTED_REACH = 80  # characters back from a deputy's post to the head elected before it
_SENTENCE_STOPS = frozenset(_SENTENCE_END_CHARS + "；")  # (a deputy elected after its head: no sentence between)
_ASSOCIATION_POSTS = frozenset(w for w, _ in _cue("association_posts"))  # 会长, 理事长: only such a body's
_TERM_COUNCILS = tuple(w for w, _ in _cue("term_councils"))  # 理事会: the council that elects its head
_COOP_COUNCILS = tuple(w for w, _ in _cue("coop_councils"))  # 理事会, 监事会 of a co-operative
_COOP_COUNCIL_POSTS = frozenset(w for w, _ in _cue("coop_council_posts"))  # 主任 of 理事会主任
_TERM_ONLY_RE = re.compile(f"第?[{CHINESE_NUMERALS[:-3]}{DIGIT}]{{1,3}}届")  # 第三届 before a council
_COOP_KINDS = tuple(w for w, _ in _cue("coop_kinds"))  # 合作社, 供销社: a co-operative's name ends so
_SECOND_NAME_KINDS = frozenset(w for w, _ in _cue("second_name_kinds"))  # 工商联(总商会): one body's two names
_LEVEL_AGAIN = frozenset(w for w, _ in _cue("level_written_again"))  # 村 of 某村|村支书: the place's word again
_CLAUSE_WORDS = tuple(w for w, _ in _cue("clause_words"))  # never inside a body's name: a clause
_GROUP_LED_BY = tuple(w for w, _ in _cue("group_led_by"))  # 代表团由|市委书记…带队: the group's place
_GROUP_REACH = 12  # characters between the group's place and its 由 (凉山州|党政代表团则由)
_CLAUSE_OPENERS = tuple(w for w, _ in _cue("clause_openers"))  # never opening a unit after a place (我市|由市委)
_CLOSE_BRACKETS = ")）】"  # a place right before one is a bracket's note (工布江达县(中山)工作组), never a unit's scope
_DUTIES = tuple(w for w, _ in _cue("duty"))  # 职务, 等职: close the posts a verb gives or takes away
_RESUME_OPENERS = tuple(w for w, _ in _cue("resume_openers"))  # 男, 出生: a resume follows the name
# people45: 龙秀，壮族，1964年11月生: any ethnic group opens a resume as 汉族 does (ethnic_groups.tsv)
_RESUME_OPENERS += tuple(g for g in L.ETHNIC_GROUPS if g not in _RESUME_OPENERS)
_RESUME_VERBS = tuple(sorted(_cue("resume_verbs"), key=lambda r: -len(r[0])))  # 现任, 曾任 (status)
# 曾担任, 曾兼任: career verbs of three characters that open with the family name 曾, read as a name 曾担
# + 任 (曾任, a word of jieba's dictionary, was kept whole already)
_CAREER_OPENERS = tuple(w for w, st in _RESUME_VERBS if st == "former" and len(w) >= 3 and w.startswith("曾"))
_NOW = tuple(w for w, _ in _cue("now_words"))  # 目前, 现在: before a name, 任 states a post held
_HOLD_VERBS = tuple(w for w, _ in _cue("hold_verbs"))  # 任, 担任: verbs that state holding as well as taking
_HELD_VERBS = tuple(sorted((w for w, _ in _cue("held_verbs")), key=lambda w: (-len(w), w)))  # 现任, 作为
_SAR_OFFICES = _cue("sar_offices")  # 政务司 810000: the 司 whose 司长 is a post of the region's government
# longest first: 经济财政司 (Macao's) ends with 财政司 (Hong Kong's), and the longer office is the one written
_SAR_OFFICES_LONGEST = tuple(sorted(_SAR_OFFICES, key=lambda wc: -len(wc[0])))
_LEGISLATURE_ENDS = tuple(w for w, _ in _cue("legislature_ends"))  # 人大常委会, 立法会: keep no bureau nor court
_LEGISLATURE_NOT_UNITS = tuple(w for w, _ in _cue("legislature_not_units"))  # 局, 法院, 检察院
_SAR_PLACES = _cue("sar_places")  # 香港特别行政区 810000: the region's full name and its division code
_SAR_GOVERNMENT = L.word_lists("registry_cues")["sar_government"][0]  # 政府 (香港特别行政区政府)
# 香港特别行政区政府, 澳门特别行政区政府: a body named so (or a bureau of it) keeps only units named
# with its units' endings (registry_cues sar_unit_suffixes: 局, 署, 处, 司, 办公室 …)
_SAR_GOVERNMENTS = tuple(sar + _SAR_GOVERNMENT for sar, _ in _SAR_PLACES)
_SAR_UNIT_ENDS = tuple(L.word_lists("registry_cues")["sar_unit_suffixes"])
_SOCIETIES = tuple(w for w, _ in _cue("societies_not_units"))  # 商会, 同乡会: no unit of a government office
_SPACES = " \u3000\u00a0"  # a space between two items of a headline list (张吉福任… 齐静任…); NBSP of scraped pages
_PASSIVE = "被"  # …的陆昊被任命为…: the appointee named after a description
_DEPUTY = "副"  # the deputy mark of a post (副总理): never the last character of a name right before the post
_WATER_CHIEF_ENDS = tuple(w for w, _ in _cue("water_chief_ends"))  # 市级河长, 县级湖长: a chief of waters
_WATER_NAME_ENDS = L.chars("water_chars")  # (文岩渠市级河长: the canal the chief answers for, no name 文岩渠)
_TIME_CLAUSE_OPENERS = tuple(w for w, _ in _cue("time_clause_openers"))  # 在, 当, 会见: 在会见外长王毅时，
_TIME_CLAUSE_REACH = 40  # characters before 时 in which its clause's opener is looked for
_NAME_FRAMES = tuple(_cue("name_frames"))  # (任命, 为), (免去, 的), (接受, 辞去): 任命朱永和|为…副县长
_NAME_FRAME_REACH = 40  # characters before a name in which its clause's verb of naming is looked for
_PLACE_STATUS_VERBS = tuple(w for w, _ in _cue("place_status_verbs"))  # 时任, 现任 right after a place
_THEN_HELD = "时任"  # 时任A的B: A is B's post at the time told (原, 前 before 的 mark no holder)
_THEN_HELD_GAP = 4  # characters of a place's name between 时任 and the body (时任合肥|包河区委书记)
_LISTED_JOINERS = frozenset(L.chars("listed_joiners"))  # 上海市委书记俞正声，|市委副书记: the next leader of the list
_UNNAMED_POSTS = frozenset(w for w, _ in _cue("unnamed_posts"))  # 负责人: a list names the post, not its holder
_LISTED_REACH = 8  # holdings read back for the name just before (one person's chain of posts)
_PARAGRAPH_ORGAN_REACH = 200  # characters back a relative organ (区政协) looks for the same organ named in full
_CLAUSE_PLACE_REACH = 30  # characters back a head's post given after a verb looks for its place
_MUNICIPALITY_END = _cue("municipality_end")[0][0]  # 市: 上海市, 重庆市 are provinces that are cities
_RESUME_DATE_RE = re.compile(r"(?:\d{4}年(?:\d{1,2}月)?(?:至\d{4}年(?:\d{1,2}月)?)?起?)?")  # 1979年任…, 1949年5月起先后任…,
# 1945年8月至1949年5月(，)先后任…: a date or a span of dates may open the clause
_THROUGH_POST_END = _cue("through_post_end")[0][0]  # 长 (宣传部长)
_THROUGH_NOT_AFTER = frozenset(w for w, _ in _cue("through_not_after"))  # 任, 届: 首任|会长, 第二届|会长
_SCOPE_CHARS = frozenset(w for w, _ in _RELATIVE_SCOPES if len(w) == 1)  # 县, 市: 县长 is no 县 + 长
_WEAK_UNITS = tuple(w for w, level in _cue("unit_suffixes") if level == "weak")  # 庭, 科: not 家庭, 本科
_SHARE_WORDS = tuple(w for w, _ in _cue("share_words"))  # 控股, 入股: a stake, no section 股 (投资股)
_RANK_WORDS = tuple(w for w, _ in _cue("rank_words"))  # 正厅, 副处: a cadre's rank (天津正厅干部), no hall 厅
_ETC = tuple(r["verb"] for r in L.load_table("appointment_verbs") if r["kind"] == "follow"  # 等 (王志刚等同志)
             and r["verb"] not in {h["word"] for h in L.load_table("posts") if h["kind"] == "honorific"})
_PARTICLE_NAME_ETC = tuple(w for w, _ in _cue("particle_name_etc"))  # 等同志, 等参加: 等 closing names
_NAMED_POST_COPULAS = tuple(w for w, _ in _cue("named_post_copulas"))  # 为: 李四为|团长 (his post)
_REGION_SHORT_ORGANS = dict(_cue("region_short_organs"))  # 党委 → any: 区党委 in 西藏's news
_REGION_SHORT = "区"  # 区 of 区党委: 自治区 written short
_REGION_WORD = next(w for w, level in _RELATIVE_SCOPES if level == "province" and w.endswith(_REGION_SHORT))  # 自治区
_REGION_CHAIN = 4  # posts after 区政府 read for a chair's (区政府党组副书记、常务副主席)
_SUCCEEDED_BEFORE = tuple(w for w, _ in _cue("succeeded_before"))  # 接替: 接替|马启智任… (the one succeeded)
_ITS = tuple(w for w, _ in _cue("its"))  # 其: the person just named (免去其…职务)
_ALSO = tuple(w for w, _ in _cue("also"))  # 同时: before a second verb of the same person
_COMPOUND_HYPHENS = frozenset(L.chars("compound_hyphens"))  # 艾克斯-马赛: a place's parts, no name's end
_TRIP_VERBS = tuple(w for w, _ in _cue("trip_verbs"))  # 市长|访汉: the trip, no name after the post
_TRIP_LENGTH = 2  # the verb and the place's one-character short form
_VISIT_VERBS = tuple(w for w, _ in _cue("visit_verbs"))  # 到任|拜会…市长: the host's post, not the subject's
_MEET_BEFORE = tuple(sorted((w for w, _ in _cue("meet_before")), key=lambda w: (-len(w), w)))  # 会见了 | 王毅国务委员
_JOINERS = frozenset(w for w, _ in _cue("joiners") if len(w) == 1)  # 王毅|同|阿联酋外长: closes the name
_TITLE_PREPS = frozenset(w for w, _ in _cue("title_preps") if len(w) == 1)  # 刘永忠|以《…》为题
_TITLE_OPENS = "《“\"「"  # the marks that open the title after such a preposition
_CONJUNCTIONS = _JOINERS | frozenset(w for w, _ in _cue("respective_joiners") if len(w) == 1)  # 王家波|及…
_HOST_LEVELS = ("province", "city")  # a 办事处 after these is another government's office there
_STATIONED_SHORT = frozenset(L.word_lists("agency_cues").get("stationed_short_organs", ()))  # 驻京|办
_STATIONED_OFFICES = frozenset(L.word_lists("agency_cues").get("stationed_organs", ())) | _STATIONED_SHORT
_STATIONED_OFFICE_WORDS = tuple(L.word_lists("agency_cues").get("stationed_organs", ()))  # 办事处, 联络处: no 处 of a level
_STATIONED = tuple(w for w, _ in _cue("stationed"))  # 驻: 驻上海总领事 is no post of 上海
_TERM_WORDS = L.word_lists("org_cues").get("term_words", ())  # 新一届, 本届: a term of a body, never in its name
# 县委四个巡察组, 两位巡察组, 各巡察组: a count of bodies (or of their leaders) inside a would-be body's run
_BODY_COUNT_RE = re.compile(f"{BODY_COUNT}|[{''.join(L.word_lists('org_cues').get('body_each_words', ()))}]"  # 县委各巡察组
                            f"(?![{''.join(L.word_lists('org_cues').get('body_each_not_before', ()))}])")  # (省各界…)
_ENVOY_HOUSES = dict(_cue("envoy_posts"))  # 大使 → 大使馆: the mission an envoy's post is held in
_ENVOY_MARKS = tuple(w for w, _ in _cue("envoy_marks"))  # 常驻, 驻 (longest first)
_ENVOY_ORDINALS = tuple(w for w, k in _cue("post_ordinal") if k == "word")  # 首任, 新任: 白俄罗斯首任驻穗总领事
_ENVOY_SENDER = _cue("envoy_sender")[0][0]  # 中国: who sends an envoy whose country is not written
_REQUEST_BEFORE = tuple(w for w, _ in _cue("request_before"))  # 接受|X辞去…职务的请求
_REQUEST_RESIGNATIONS = tuple(w for w, _ in _cue("request_resignations"))  # 接受X|辞职请求: no post written
_REQUEST_REASONS = tuple(w for w, _ in _cue("request_reasons"))  # 接受X|因工作变动|辞去…: the reason before the act


def _reason_length(t: str, at: int) -> int:
    """How many characters of a request's reason (因工作变动, 因个人原因) stand at `at`; 0 if none."""
    return len(next((w for w in _REQUEST_REASONS if t.startswith(w, at)), ""))


_REQUEST_ASKS = tuple(w for w, _ in _cue("request_asks"))  # 请求, 申请: …，|请求|辞去…职务
_REASON_OPENER = _cue("request_reason_opener")[0][0]  # 因
_REASON_REACH = 30  # characters of a free reason (因已调任山东省旅游局党组书记) before its comma


def _own_request_end(t: str, q: int, hi: int) -> int:
    """于某因已调任…党组书记，请求辞去市政府副市长职务; 王某因工作调动，申请辞去…: after a name at q, the
    reason of a request and the word asking it, up to where the verb of leaving a post starts — the
    post left is the name's.  A listed reason (request_reasons) may stand alone before the verb; a
    reason of any words (因 and the rest of its clause) only with an asking word after its comma.
    q itself when no such request follows (王某因病住院: no act of his)."""
    k = q + _reason_length(t, q)
    free = k == q and t.startswith(_REASON_OPENER, q)
    if free:
        stop = min(hi, q + _REASON_REACH)
        k = next((i for i in range(q + 1, stop) if t[i] in "，,。；;\n"), -1)
        if k < 0 or t[k] not in "，,":
            return q
    if k < hi and t[k] in "，,":
        k += 1
    asked = next((w for w in _REQUEST_ASKS if t.startswith(w, k)), "")
    if free and not asked:
        return q
    k += len(asked)
    if k == q or not any(t.startswith(w, k) for w in _verb_kinds("remove") if len(w) >= 2):
        return q
    return k
_FROM_POST = _cue("from_post")[0][0]  # 从: X从A任B
_BEFORE_THEN = tuple(w for w, _ in _cue("before_then"))  # 本次任命前|分别任: posts held before
_RESPECTIVE_JOINERS = "、兼" + "".join(w for w, _ in _cue("respective_joiners"))  # A和B after 分别
_EARLIER = tuple(w for w in _BEFORE_THEN if len(w) > 1)  # 此前|张某任…: not 前 (目前, 当前)
_CLAUSE_VERBS = tuple(w for w, _ in _cue("clause_verbs"))  # …批准担任|省委常委: the body opens after them
_ORGAN_CLAUSE_VERBS = frozenset(w for w, lvl in _cue("clause_verbs") if lvl == "organ")  # 落实: only before 省委…
_COMPANY_CLAUSE_VERBS = frozenset(w for w, lvl in _cue("clause_verbs") if lvl == "company")  # 新任: only before 公司
_CLAUSE_VERB_ORGANS = tuple(w for w, _ in _cue("clause_verb_organs"))  # 落实|省委副书记, not 县委落实|办
# the count after a list of names (吕靖、李保庚、李超群三位同志为…): no part of what follows the list
_LIST_COUNT_RE = re.compile(f"(?:{'|'.join(_ETC)})?[{DIGIT}{CHINESE_NUMERALS}两]+(?:{'|'.join(w for w, _ in _cue('list_count'))})")  # (两位: 两 counts people)
_DATE_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


# --------------------------------------------------------------------------- vocabulary

@dataclass(frozen=True)
class Vocabulary:
    posts: dict            # post word -> (kind, level)
    inner: tuple           # inner bodies (党组, 理事会 …)
    modifiers: tuple       # 副, 常务副 …
    honorifics: tuple      # 同志
    surnames: tuple        # longest first
    verbs: dict            # verb -> kind
    post_end_re: re.Pattern
    post_re: re.Pattern
    unit_suffixes: tuple   # what an organ or body name ends with


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# national41: offices named by their kind alone (办公室, 办事处): bodies only where a place or a body is known
_BARE_OFFICES = frozenset(w for w, _ in _cue("bare_offices"))
_BARE_UNIT_WORDS = frozenset(w for w, _ in _cue("bare_unit_words"))  # 中心 alone: the centre named before
_STATION_UNITS = frozenset(w for w, _ in _cue("named_station_units"))  # 市场监督管理所 alone: the one named before
_CLOSE_QUOTES = "”\""  # the marks that close a campaign's quoted name before its office (“百日行动”办公室)
_OPEN_QUOTE = "“"
_QUOTED_POST_PREFIXES = tuple(w for w, _ in _cue("quoted_post_prefixes"))  # 驻村“第一书记”
_CAMPAIGN_REACH = 14  # characters a quoted campaign's name may take before its office
_BODY_REACH = 16  # characters a found body may open before a 、 that stops the window (政协福建省第七届、)
_POST_ORDINAL_RE = re.compile(  # 深圳市|第一任|市委书记, 首任: the post's ordinal between a place and its body
    f"^(?:(?:{_alt(w for w, k in _cue('post_ordinal') if k == 'open')})[{CHINESE_NUMERALS}{DIGIT}]{{1,4}}"
    f"(?:{_alt(w for w, k in _cue('post_ordinal') if k == 'close')})|{_alt(w for w, k in _cue('post_ordinal') if k == 'word')})")


@lru_cache(maxsize=1)
def _unit_suffix_re() -> re.Pattern:
    """The body-name endings of `Vocabulary.unit_suffixes`, longest first (the regex takes the
    first alternative that matches: the longest one starting at a place)."""
    return re.compile(_alt(vocabulary().unit_suffixes))


def _whole_organ(rest: str) -> str:
    """苏木政府副苏木达包爱华: an organ written alone after a scope the entities stage names no body
    of (苏木) under its standard name (政府 → 人民政府), as the stage names 镇政府 (敖包苏木人民政府)."""
    return next((standard for short, standard in _organ_full_forms() if rest == short), rest)


def _standard_department(rest: str) -> str:
    """县人武部长王忠祥, 县发改局长: a department written through its post (人武部|长 for 人武部部长) is
    the department the entities stage names when it is written whole (县人武部部长 → 县人民武装部), its
    short stem in the standard form (department_stems' canonical column); any other rest as written."""
    d = _DEPARTMENT.match(rest)
    return _canon_tail(d.group(1), d.group(2)) if d is not None and d.end() == len(rest) else rest


SCOPED_DEPARTMENT_REACH = 8  # characters of a place's name tried before a department's stem


def _scoped_standard_department(run: str) -> str:
    """兴隆山镇武装部长王德林, 县人武部长 (shuangyong120): a run of a place and a department read by no scope
    path is named as the entities stage names the department written whole (兴隆山镇人民武装部), its stem in
    the standard form — the first split within a fixed reach whose tail is a department; any other run as written."""
    for k in range(1, min(len(run) - 1, SCOPED_DEPARTMENT_REACH + 1)):
        if run[k - 1] not in _SCOPE_CHARS:
            continue  # (the place before the department ends in its level: 兴隆山镇|, 县|; 民族和宗|教委员会 is no split)
        d = _DEPARTMENT.match(run, k)
        if d is not None and d.end() == len(run):
            return run[:k] + _canon_tail(d.group(1), d.group(2))
    return run


def _body_word_at(t: str, m: re.Match) -> bool:
    """A body-name ending longer than the post word `m` starts where it does (委员 of 委员会):
    the post word is part of a body's name there.  (One regex match: a test of every ending at
    every post word was a tenth of an appointment list's time.)"""
    u = _unit_suffix_re().match(t, m.start())
    return u is not None and u.end() - m.start() > m.end() - m.start()


_PREFIXES: list = [None, ()]
_FIRSTS: list = [None, None]


def _post_search(pattern: re.Pattern, t: str, pos: int, endpos: int) -> re.Match | None:
    """`pattern.search(t, pos, endpos)` for `post_re` or `post_end_re`, tried only where one of
    their words can begin.  Their optional inner body and modifier defeat re's own first-character
    check, so a search tried the whole alternation at every position of its window; the leftmost
    start where `pattern.match` succeeds is the search's match (the same match: the words are
    literal, the pattern holds no look-behind).  A table holding an empty post word (a match
    anywhere) leaves the search to `pattern`."""
    V = vocabulary()
    if _FIRSTS[0] is not V:
        words = (*V.inner, *V.modifiers, *V.posts)
        firsts = sorted({w[0] for w in words if w})
        _FIRSTS[:] = [V, re.compile("[" + "".join(re.escape(c) for c in firsts) + "]")
                      if firsts and "" not in V.posts else None]
    if _FIRSTS[1] is None:
        return pattern.search(t, pos, endpos)
    first = _FIRSTS[1].search(t, pos, endpos)
    while first is not None:
        m = pattern.match(t, first.start(), endpos)
        if m is not None:
            return m
        first = _FIRSTS[1].search(t, first.start() + 1, endpos)
    return None


def _inner_and_modifiers(V) -> tuple[str, ...]:
    """`V.inner + V.modifiers`, concatenated once per vocabulary (`_base` asks at every post)."""
    if _PREFIXES[0] is not V:
        _PREFIXES[:] = [V, V.inner + V.modifiers]
    return _PREFIXES[1]


def _inner_body_at(t: str, m: re.Match) -> bool:
    """An inner body's name longer than the post word `m` starts where it does, with no more post
    after it (常委 of 人大常委会|财政经济工作委员会副主任; 常委会副主任 is one post word, and 常委|会见
    is a title before a verb): the post word is part of the body's name there."""
    e = m.end()
    return not t.startswith(_ACT_AFTER_TITLE, e) and any(
        len(w) > e - m.start() and t.startswith(w, m.start()) for w in vocabulary().inner)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The post, surname and verb tables, compiled once per process."""
    rows = L.load_table("posts")
    posts = {r["word"]: (r["kind"], r.get("level", "")) for r in rows if r["kind"] in ("post", "head")}
    inner = tuple(r["word"] for r in rows if r["kind"] == "inner")
    mods = tuple(r["word"] for r in rows if r["kind"] == "modifier")
    hon = tuple(r["word"] for r in rows if r["kind"] == "honorific")
    surnames = L.surnames()
    verbs = {r["verb"]: r["kind"] for r in L.load_table("appointment_verbs")}
    body = rf"(?:{_alt(inner)})?(?:{_alt(mods)})?(?:{_alt(posts)})"
    units = tuple(sorted(set(L.UNIT_SUFFIXES) | set(L.ORGANS) | set(L.ORG_SUFFIXES) | set(L.MASS_ORGS)
                         | set(L.STRONG_SUFFIXES) | {w for w, _ in _cue("unit_suffixes")},
                         key=lambda s: (-len(s), s)))
    return Vocabulary(posts, inner, mods, hon, surnames, verbs, re.compile(f"(?:{body})$"),
                      re.compile(body), units)


_DOTTED_PARTS_MAX = 6  # 穆罕默德·本·扎耶德·阿勒纳哈扬: four parts; no name has more than six


@lru_cache(maxsize=1)
def _scan_tables():
    """What the per-character scans test, compiled once: the surnames by their first character
    (in the vocabulary's order, longest first), a regex of those first characters, one of the
    honorifics (None without any) and one of a name's run of characters."""
    V = vocabulary()
    by_first: dict[str, list[str]] = {}
    for sur in V.surnames + tuple(s for s in _POST_ONLY_SURNAMES if s not in V.surnames):
        by_first.setdefault(sur[0], []).append(sur)
    starts = set(by_first) | {w[0] for w in _NAME_OPENERS + _YI_CLANS} | _TIBETAN_SYLLABLE | _STEPPE_SYLLABLE  # (an opener or a syllable is no family name: not in by_first)
    first = re.compile("[" + "".join(re.escape(c) for c in sorted(starts)) + "]") if starts else None
    hon = re.compile("|".join(re.escape(h) for h in V.honorifics)) if V.honorifics else None
    return ({c: tuple(v) for c, v in by_first.items()}, first, hon,
            re.compile(f"[{HAN}{NAME_DOT}]{{0,8}}"))


@lru_cache(maxsize=1)
def _name_firsts() -> frozenset[str]:
    """The characters a name `_name_at` reads can open with: a family name's first (post-only ones
    too), a Tibetan or Mongolian opener's, a transliteration syllable.  A position whose character
    is none of them opens no name, whichever reading is tried."""
    return frozenset(_scan_tables()[0]) | {w[0] for w in _NAME_OPENERS + _YI_CLANS} | _TIBETAN_SYLLABLE \
        | _STEPPE_SYLLABLE


_SPEECH_VERBS = tuple(sorted((r["verb"] for r in L.load_table("appointment_verbs") if r.get("kind") == "speech"),
                             key=lambda w: (-len(w), w)))  # 说, 表示: 王毅时|说 (a clause of time closed)
_ASPECT_PARTICLES = frozenset(w for w, _ in _cue("aspect_particles"))  # 了, 着, 过: 田磊|算了一笔账
_MOTION_VERBS = frozenset(w for w, _ in _cue("motion_verbs"))  # 来, 去, 回: 李明|来泾县…调研
_VISIT_PURPOSES = tuple(w for w, _ in _cue("visit_purposes"))  # 调研, 考察: 张澍|来郧西调研
_HOPE_VERBS = frozenset(w for w, _ in _cue("hope_verbs"))  # 冀, 盼, 望: 王毅|冀双方… (headlines)
_TIME_AFTER_NAME = tuple(w for w, _ in _cue("time_after_name"))  # 外长|周内访华: a time word, no name
_DASHED_PAIR_HEADS = tuple(w for w, _ in _cue("dashed_pair_heads"))  # 拜登—哈里斯|政府: a pair, no name
_FOREIGN_NAME_STOPS = frozenset(w for w, _ in _cue("foreign_name_stops"))  # 佩洛西|以晚宴招待
_DOTTED_INNER = frozenset(w for w, _ in _cue("dotted_name_inner") if len(w) == 1)  # 都: 阿不都满金, a syllable after ·
_DOTTED_SYLLABLES = tuple(w for w, _ in _cue("dotted_name_inner") if len(w) > 1)  # 阿不都: one syllable group
_INNER_WORDS = frozenset(w for w, _ in _cue("foreign_name_inner_words"))  # 那些, 那样: a word it opens
_FOREIGN_NAME_INNER = {w: int(n) for w, n in _cue("foreign_name_inner")}  # 山口|那|津男: a syllable, no end
_NAME_JOINERS = frozenset(w for w, _ in _cue("name_joiners"))  # 与, 和: words joined inside one name
_PEOPLE_BEFORE_JOINER = tuple(w for w, _ in _cue("people_before_joiner"))  # 负责同志和: the 和 joins people
_SPEECH_BEFORE_JOINER = tuple(w for w, _ in _cue("speech_before_joiner"))  # …的讲话和|市委常委: two things heard
_JOINER_NOT_AFTER = frozenset(L.chars("org_stop_chars"))  # 并与|县委: after a function word 与 joins no name's words
_HAN_RE = re.compile(f"[{HAN}]")


@lru_cache(maxsize=1)
def _prepositions() -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions of following (按照, 根据: appointment_verbs.tsv) and their last characters."""
    words = frozenset(_verb_kinds("preposition"))
    return words, frozenset(w[-1] for w in words)


def _chain_unit(prev: "Body | None", run: str) -> "Body | None":
    """省文化和旅游厅党组书记、|厅|长王学文: a department written by its last character right after a
    post of the chain held in a department of that kind is that department, not the article's
    first of its kind (省农业农村厅, named for the person before)."""
    if prev is None or prev.label != "Agency" or not prev.name.endswith(run[0]):
        return None
    return Body(prev.key, prev.name, prev.label, prev.start, prev.end, prev.place, prev.aliases, prev.new)


def _preposition_ends(t: str, i: int, k: int) -> bool:
    """Does a preposition of following end at k, inside t[i:k]? (要按照|省委: the body opens after
    it.)  Its last character is tested first: the backward scan asks at every character.  One of
    one character (受) counts only where it opens no word of the dictionary (受理)."""
    words, last = _prepositions()
    if not (k > i and t[k - 1] in last):
        return False
    return any(t.startswith(w, k - len(w)) and k - len(w) >= i and (len(w) > 1 or not _is_word(t[k - 1:k + 1]))
               for w in words)  # (受|州委; but 受理中心: a word the one character opens is the name's)


def _verb_kinds(*kinds: str) -> list[str]:
    return list(_verb_kinds_sorted(kinds))  # (a fresh list: callers may keep it)


@lru_cache(maxsize=64)
def _verb_kinds_sorted(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The verbs of these kinds, longest first, sorted once: the scans ask at most characters."""
    v = vocabulary().verbs
    return tuple(sorted((w for w, k in v.items() if k in kinds), key=lambda w: (-len(w), w)))


# --------------------------------------------------------------------------- names

_TRANSLIT = frozenset(place_chars("transliteration_chars")) | frozenset(L.chars("name_transliteration_chars"))
# (外国地名汉字译写: names of people too, with the few characters personal names use beyond it:
# 米舒斯京, 阿卜杜拉希扬 — jieba ends those names early, at 米舒斯 or 阿卜杜拉)


@lru_cache(maxsize=4096)
def _lead_tokens(window: str) -> tuple[tuple[str, str], ...]:
    """The (word, tag) pairs jieba's tagger reads at the start of `window`, as far as
    `_jieba_name` reads them (the name's pieces and the one that ends it): `_jieba_name` and
    `_jieba_word` ask of the same window one after the other, and each cut it afresh."""
    from ..text import segmenter as _segmenter
    _segmenter()
    from ..fast_pos import pos_cut  # jieba.posseg.cut's pairs, its HMM walked faster
    out, name = [], ""
    for tok in pos_cut(window):
        out.append((tok.word, tok.flag))
        if _ends_name(name, tok.word, tok.flag):
            break
        name += tok.word
    return tuple(out)


def _ends_name(name: str, word: str, flag: str) -> bool:
    """Does the token (word, flag) end the name read so far (no name tag, too long, or not a
    later piece's tag)?  贾斯|蒂卡: a transliterated name comes in several nr pieces."""
    return not flag.startswith("nr") or len(name) + len(word) > 6 or (name != "" and flag not in ("nrt", "nrfg"))


@lru_cache(maxsize=4096)
def _jieba_name(window: str) -> str | None:
    """The personal name jieba tags at the start of `window` (nr, nrfg, nrt), if any."""
    name = ""
    for word, flag in _lead_tokens(window):
        if _ends_name(name, word, flag):
            break
        name += word
    return name if 2 <= len(name) <= 6 else None


@lru_cache(maxsize=4096)
def _jieba_word(window: str) -> bool:
    """True when jieba reads the start of `window` as a common word of two or more characters."""
    lead = _lead_tokens(window)
    if not lead or len(lead[0][0]) < 2 or lead[0][1].startswith(("nr", "x", "m")):
        return False
    tag = _common_words().get(lead[0][0])  # a dictionary word, not a guess of jieba's HMM
    return bool(tag) and not tag.startswith("nr")


def _audience_word(word: str) -> bool:
    """Is a two-character word right after 向 a common word of running text (广大, 大会, 大家, 全县:
    jieba count of _COMMON_FREQ or more) and no name or place word (建国 ns, 东升 nr), so that 向 is
    the preposition before an audience, not a family name?"""
    tag = _common_words().get(word) if len(word) == 2 else None
    return bool(tag) and not tag.startswith(("nr", "ns")) and word_freq().get(word, 0) >= _COMMON_FREQ


def _plain_word(text: str) -> bool:
    """A two-character word of running text (a verb, adverb, adjective, time or number word), which
    ends a transliterated name; nouns are not, since transliterations form them by chance (纳哈)."""
    tag = _common_words().get(text) if len(text) == 2 else None
    return bool(tag) and tag[0] in "vdatmpcur"


_LOCALIZER_TAGS = tuple(w for w, _ in _cue("localizer_tags"))  # f: jieba's tag of 之间, 之中, 以来


def _localizer(text: str) -> bool:
    """A localizer of two characters (之间, 之中, 以来: jieba's tag f), which ends a name before it:
    坐在…副主席卓嘎|之间 (no person 卓嘎之间)."""
    tag = _common_words().get(text) if len(text) == 2 else None
    return bool(tag) and tag.startswith(_LOCALIZER_TAGS)


_AREA_GIVEN_ENDS = tuple(w for w, _ in _cue("area_given_ends"))  # 区


_CHIEF_RANKS = "总副"  # 总河长, 副总河长: the rank of a chief of the whole river system


def _chief_named(name: str) -> bool:
    """镇长任总河长, 由副县长任河长: a run ending in a chief of the river, lake or forest systems
    (listed_chiefs: 河长, 湖长, 林长, 河段长) that opens with the verb of appointment (任, a family name
    too) or whose given name opens with the chief's 总 or 副总 (任总河长) is the verb and the chief's
    post, never a person's name (镇长王林长 keeps his name: a given name may end so)."""
    return len(name) > 2 and name.endswith(_LISTED_CHIEFS) \
        and (name[0] in _one_char_verbs("appoint") or name[1] in _CHIEF_RANKS)


def _area_word_given(name: str) -> bool:
    """局长管全区、副局长管片区: three characters whose last two are a word of an area (全区, 片区,
    辖区, 城区) are a verb and its object after the post (管 manages the whole district), no family
    name and given name: no given name is such a word."""
    return len(name) == 3 and name.endswith(_AREA_GIVEN_ENDS) and name[1:] in word_tags()


def _echo_idiom(name: str, t: str, p: int) -> bool:
    """领导干部应知应会党内法规, 干部任劳任怨: three characters whose first and last are one character, with a
    character right after them, are the first three of a four-character set phrase of the pattern ABAC (应知应会,
    尽职尽责, 任劳任怨), no family name and given name: no given name ends on the family name's character
    (fazhi111: was a person 应知应)."""
    return len(name) == 3 and name[0] == name[2] != name[1] and is_han(t[p + 3:p + 4] or " ")


_MANNER_MARK = "地"  # 高兴|地|说: the particle that makes a word before a verb an adverbial of manner


def _manner_at(t: str, i: int) -> bool:
    """村民吾尔江汗·肉孜|兴奋地告诉记者, 主任阿卜杜热合曼·麦麦提|自豪地介绍: a two-character word of the
    dictionary, 地 and a verb right after a name are how the person acted (an adverbial of manner),
    which ends the name as a verb would.  Not a word of three ending in 地 (所在地, 目的地), nor 地
    opening a noun (…|地区, …|地方) unless a verb of speech follows it (高兴地|表示)."""
    if t[i + 2:i + 3] != _MANNER_MARK or not is_han(t[i + 3:i + 4] or "a") or not _is_word(t[i:i + 2]) \
            or _is_word(t[i:i + 3]):
        return False
    after = _common_words().get(t[i + 2:i + 4]) or ""
    return not after.startswith(("n", "s")) or t.startswith(_SPEECH_VERBS, i + 3)


def _is_word(text: str) -> bool:
    """A common word of jieba's dictionary (not a personal name)."""
    tag = _common_words().get(text)
    return bool(tag) and not tag.startswith("nr")


def _common_words() -> dict:
    return word_tags()  # cached there (imported at the top: an import here ran at every call)


@lru_cache(maxsize=1)
def _nr_common_words() -> frozenset[str]:
    """Common nouns jieba's dictionary tags as personal names (贺信, 白皮书): after a post
    (习近平主席贺信) they are what the official sends, never a name (posts_words.tsv nr_common_words)."""
    return frozenset(w for w, _ in _cue("nr_common_words"))


@lru_cache(maxsize=1)
def _mass_organisations() -> tuple[str, ...]:
    """People's organisations (妇联, 侨联, 总工会 …, `mass_organizations.tsv`): a body of a post
    named so is an organisation, as the entities stage types them, not an agency; the
    government-run ones (供销社: posts_words.tsv agency_mass_organisations) stay agencies."""
    agencies = {w for w, _ in _cue("agency_mass_organisations")}
    return tuple(w for w in L.MASS_ORGS if w and w not in agencies)


# verbs of taking a post of two characters or more (担任, 出任, 调任, 当选为): after 和 they end a
# name that 和 closes (戚永和担任), since 和 + such a verb opens no second name
_TAKING_VERBS = tuple(sorted((r["verb"] for r in L.load_table("appointment_verbs")
                              if r["kind"] in ("appoint", "transfer", "promote", "elect", "nominate")
                              and len(r["verb"]) >= 2), key=lambda w: (-len(w), w)))


# 率 (delegation_leads of one character) before a group of at most four characters (慰问团, 调研组)
_SINGLE_LEADS = frozenset(w for w, _ in _cue("delegation_leads") if len(w) == 1)
_LED_GROUP = re.compile(f"[^，,。；;、\\s]{{0,4}}?(?:{'|'.join(w for w, _ in _cue('led_group_tails'))})")


@lru_cache(maxsize=1)
def _name_finder_tables():
    """What every `NameFinder` reads of the vocabulary (the verbs that can follow a name, a resume's
    among them (王强现任…: no 王强现), longest first, as a set, their lengths and first characters; the one-character particles): built
    once, not sorted again for every document."""
    V = vocabulary()
    followers = tuple(sorted({w for w, k in V.verbs.items()
                              if k in ("speech", "act", "follow", "appoint", "nominate", "elect",
                                       "transfer", "promote", "remove", "particle", "adverb")}
                             | {w for w, _ in _RESUME_VERBS} | set(_HELD_VERBS)  # 王强|现任, 李明|目前任
                             | {w for w, _ in _cue("day_after_name")},  # 李鹏|今天上午: a day ends the name
                             key=lambda w: (-len(w), w)))
    follower_set, follower_lengths = _verb_ends(tuple(followers))
    return (followers, follower_set, follower_lengths, frozenset(w[0] for w in followers if w),
            frozenset(w for w, k in V.verbs.items() if k == "particle" and len(w) == 1))


_DAY_BRACKETS = frozenset("(（")


def _undated_day_bracket(t: str, i: int) -> bool:
    """李建明(男), 包崇明(曾任鄂尔多斯副市长): a day's first character and a bracket (今(, 明(:
    day_after_name, for 崔世安今(17)晚启程, 何厚铧今(二十四日)) end a name only where the bracket holds
    the date's figures; before a note of sex or career the character is the given name's last (was 李建)."""
    nxt = t[i + 2:i + 3]
    return t[i + 1:i + 2] in _DAY_BRACKETS and not (nxt.isdigit() or (nxt and nxt in CHINESE_NUMERALS))


def _reach_over(index: tuple[list[int], list[int]], a: int, b: int) -> bool:
    """Does a span of `index` (starts sorted, running max of ends) overlap [a, b)?  The spans that
    start before b are a prefix; one of them overlaps when the furthest end among them is past a."""
    starts, ends = index
    k = bisect_left(starts, b)
    return k > 0 and ends[k - 1] > a


_NAME_EVIDENCE_REACH = 3000  # characters either side of a name where its other writings are looked for


class NameFinder:
    """Where a person's name can start and how long it is, within one article."""

    def __init__(self, text: str, taken: list[tuple[int, int]], places: frozenset = frozenset()):
        self.text = text
        self.taken = taken
        self.places = places  # the taken spans that are places (a Tibetan name may hold one: 洛桑|江村)
        self._sorted: tuple[list[int], list[int]] | None = None  # starts, running max of ends
        self._unplaced: tuple[list[int], list[int]] | None = None  # the same of the spans no place
        self._mention_starts: frozenset[int] | None = None
        self._taken_set: frozenset[tuple[int, int]] | None = None  # the taken spans, for `_spans_inside`
        self._place_ends: dict[int, list[int]] | None = None  # the places' ends by start (_visit_place_at)
        self._long_starts: tuple[frozenset[int], frozenset[int]] | None = None  # starts of found places, spans of 3+ characters
        (self.followers, self._follower_set, self._follower_lengths, self._follower_firsts,
         self.not_in_name) = _name_finder_tables()
        self._names: dict[tuple[int, bool, bool], str | None] = {}  # (p, strong, after_post) -> name_at's answer
        self._written_apart: dict[str, bool] = {}  # three-character name -> written elsewhere without the verb
        self._boundaries: dict[int, int] = {}  # position -> `_boundary`'s answer

    def overlaps(self, a: int, b: int) -> bool:
        """Does [a, b) overlap a taken span?  The spans that start before b are a prefix of them
        sorted by start; one of them overlaps when the furthest end among them is past a."""
        if self._sorted is None:
            spans = sorted(self.taken)
            self._sorted = ([s for s, _ in spans], list(accumulate((e for _, e in spans), max)))
        return _reach_over(self._sorted, a, b)

    def overlaps_body(self, a: int, b: int) -> bool:
        """Does [a, b) overlap a taken span that is no place (a body, an organisation)?"""
        if self._unplaced is None:
            spans = sorted(sp for sp in self.taken if sp not in self.places)
            self._unplaced = ([s for s, _ in spans], list(accumulate((e for _, e in spans), max)))
        return _reach_over(self._unplaced, a, b)

    def _boundary(self, i: int) -> int:
        """2: punctuation or end; 1: a word that follows names; 0: neither.  Answered once per
        position (`_boundary_at`, a function of the text and the found spans): `name_at` asks it of
        the same two to four ends again for each of its three kinds of call at a position."""
        got = self._boundaries.get(i)
        if got is None:
            got = self._boundaries[i] = self._boundary_at(i)
        return got

    def _boundary_at(self, i: int) -> int:
        t = self.text
        if i >= len(t) or t[i] in _PUNCT_END:
            return 2
        if t[i] in _LAST_BEFORE_PARTY and t.startswith(_PARTY_WORDS, i + 1):
            return 0  # 局长曾庆于|一行: 于 before the party word is the given name's last character
        if t[i] in "为的" or ((t[i] in self._follower_firsts or "" in self._follower_set) and
                              any(t[i:i + k] in self._follower_set for k in self._follower_lengths)
                              and not _undated_day_bracket(t, i)):
            return 1  # (a set lookup of the first character spares the slices at most characters)
        if t[i] in _CHARGE_FIRSTS and t.startswith(_CHARGE_WORDS, i):
            return 1  # 董事长舒展|严重违纪违法, 局长王某|涉嫌严重违纪: a discipline notice's charge after the name
        if t[i] == "时" and self._when_clause_closes(i + 1) and self._time_clause_opened(i):
            return 1  # 在会见外长王毅|时，…; 苏林|时说: 时 closes a clause of time after the name
        if t[i] in _JOINERS and self._mention_at(i + 1):
            return 1  # 王毅同阿联酋外长: a preposition with a place or a body after it is no given name's end
        if t[i] in _TITLE_PREPS and t[i + 1:i + 2] in _TITLE_OPENS:
            return 1  # 专职委员刘永忠|以《…》为题: a preposition before a quoted title is no given name's end
        if t[i] in _INVITED_BY and self._invitation_closes(i + 1, _INVITED_BY[t[i]]):
            return 1  # 外交部长王毅|应欧盟…团长史伟大使邀请, 副部长解思明|受市委委托: a preposition after the name
        if t[i] in _MOTION_VERBS and (self._long_mention_at(i + 1, places=False) or self._visit_place_at(i + 1)):
            return 1  # 县长李明|来泾县经济开发区调研: a verb of going with a found place after it
        if t[i] in _HOPE_VERBS and t.startswith(_NOT_GIVEN_STARTS, i + 1) and not _is_word(t[i - 1:i + 1]):
            return 1  # 王毅|冀双方深化合作, 王毅|盼各方: a headline's verb of hoping before the sides it hopes of
            # (not the last character of a longer verb: 王毅呼吁|各方, 王毅希望|双方 end before that verb)
        if t[i] in _COUNT_FIRSTS and _PEOPLE_COUNT_RE.match(t, i):
            return 1  # 高志国、吴建海、…、张为骅|五人克服…: the list's count of people after its last name
        if self._sum_before_count(i):
            return 1  # 县长孟令选|共26名县级领导: the sum of the people listed after the last name
        if self._long_mention_at(i) and t[i - 1] not in self._follower_set and t[i - 1] not in self.not_in_name:
            return 1  # 免去汤文胜、王荔|孟州市人民政府副市长职务: a body named right after the name
            # (not after a verb or particle of one character: 李明|任泾县县委副书记, 王刚|在福州市)
        return 0

    def _sum_before_count(self, i: int) -> bool:
        """Does a word of summing (posts_words headcount_sum_words: 共, 合计) open i with a head count
        right after it (共26名)?  It closes the list of names before it (县长孟令选|共26名县级领导): a
        given name never ends in that word before a count of people."""
        t = self.text
        word = next((w for w in _HEADCOUNT_SUMS if t.startswith(w, i)), None)
        return word is not None and bool(_PEOPLE_COUNT_RE.match(t, i + len(word)))

    def _invitation_closes(self, i: int, closing: str) -> bool:
        """Does the clause from i hold the preposition's closing word (邀请 of 应, 委托 of 受:
        posts_words invited_by) within _INVITED_REACH characters, no stop between?  Then the
        preposition before i opens that clause (王毅|应…邀请, 解思明|受市委委托); a given name ending
        in 应 or 受 before such a clause is rare beside it."""
        t = self.text
        k = t.find(closing, i, i + _INVITED_REACH)
        return k >= 0 and not any(ch in _CLAUSE_STOP for ch in t[i:k])

    def _time_clause_opened(self, i: int) -> bool:
        """Does the clause before the 时 at i open as one of time (在会见…王毅时，, 会见王毅时说: a
        word of time_clause_openers in it), or does 时 close the clause's speech (时说)?  A roster's
        clause opens with none (县政府党组成员唐小时,副县长…: 唐小时 the name)."""
        t = self.text
        if not t.startswith((",", "，"), i + 1):
            return True  # (王毅时说: the verb of speech tells the clause of time)
        lo = max(0, i - _TIME_CLAUSE_REACH)
        lo = max(lo, rfind_any(t, "，,。；;：:\n", lo, i) + 1)
        return any(w in t[lo:i] for w in _TIME_CLAUSE_OPENERS)

    def _when_clause_closes(self, i: int) -> bool:
        """Does a clause of time (…时) end at i: a comma, or a verb of speech whose subject comes
        after it (会见外长王毅时，范平明表示…; 会见王毅时说)?  Foreign-affairs reports write the
        meeting as such a clause; a given name ending in 时 before a comma is rare beside it."""
        t = self.text
        return t[i:i + 1] in ("，", ",") or t.startswith(_SPEECH_VERBS, i)

    def _long_mention_at(self, i: int, places: bool = True) -> bool:
        """Does a found place of three characters or more (孟州市, 泾县经济开发区) start at i?
        Removal and appointment lists write the body right after the last name; a place that long
        is no given name's last character (a shorter one may be: 郭宁|宁; and a body is not
        trusted: an organisation finder may run one from inside a name, 宋占|江带领…集团).  With
        `places` false, any found span that long (after a verb of going: 回|泾县人民医院)."""
        if self._long_starts is None:
            self._long_starts = (frozenset(s for s, e in self.places if e - s >= 3),
                                 frozenset(s for s, e in self.taken if e - s >= 3))
        return i in self._long_starts[0 if places else 1]

    def _visit_place_at(self, i: int) -> bool:
        """Does a found place of two characters start at i with a verb of visiting right after it
        (常务副市长张澍|来郧西调研)?  A headline writes the short form of the county visited; the
        verb after it makes the 来 before it the visit's, not a given name's last character."""
        if self._place_ends is None:  # (built once per text: the places' ends by start)
            self._place_ends = {}
            for s, t_end in self.places:
                self._place_ends.setdefault(s, []).append(t_end)
        return any(t_end - i >= 2 and self.text.startswith(_VISIT_PURPOSES, t_end)
                   for t_end in self._place_ends.get(i, ()))

    def _mention_at(self, i: int) -> bool:
        """Does a taken span (a place, a body) start at i?"""
        if self._mention_starts is None:
            self._mention_starts = frozenset(s for s, _ in self.taken)
        return i in self._mention_starts

    def name_at(self, p: int, strong: bool = True, after_post: bool = False) -> str | None:
        """The name starting at p, or None.  `strong` context (a post, a verb of appointment)
        accepts a name by its ending alone; weak context needs jieba's nr tag too; only
        `after_post` (right after a post, or in a 、-list of names after one) a name may open with
        a family name of `post_only_surnames` (秘书长花学筑).  Remembered per position (the answer
        depends only on the text and the taken spans): the scans ask it again of every name in a
        、-list from every name before it."""
        key = (p, strong, after_post)
        if key not in self._names:
            name = self._name_at(p, strong, after_post) or (self._listed_three(p) if strong else None) \
                or (self._steppe_two(p) if strong and after_post else None) \
                or (self._sexed_name(p) if strong and after_post else None) \
                or (self._listed_place_two(p) if strong and after_post else None)
            if name and len(name) == 3 and (self._manner_opens_at(p + 2) or self._award_opens_at(p + 2)):
                name = name[:2]  # 村支书宋杨|笑着说, 书记李芳|荣获: the third character opens what he does
            self._names[key] = None if name and (self._before_compound_hyphen(p + len(name))
                                                 or _area_word_given(name) or _echo_idiom(name, self.text, p)
                                                 or _chief_named(name)) else name
        return self._names[key]

    def _manner_opens_at(self, i: int) -> bool:
        """村支书宋杨笑着说, 主任张平高兴地表示: does how a person speaks (speech_manners, or a word and
        地: `_manner_at`) start at i, the would-be third character of a name, with a verb of speech
        after it?  Then the name is the two characters before: no name runs into 笑着说."""
        t = self.text
        manner = next((w for w in _SPEECH_MANNERS if t.startswith(w, i)), None)
        if manner is not None:
            return t.startswith(_SPEECH_VERBS, i + len(manner))
        return _manner_at(t, i) and t.startswith(_SPEECH_VERBS, i + 3)

    def _award_opens_at(self, i: int) -> bool:
        """书记李芳荣获全国…称号: does an award verb (award_verbs_after_name: 荣获, 荣膺) start at i, the
        would-be third character of a name?  Then the name is the two characters before — unless
        the verb's second character makes a word of the dictionary with the one after it (张建荣|获得,
        张建荣|获评): the name keeps its third character there, as 荣获得 is no verb."""
        t = self.text
        if not t.startswith(_AWARD_VERBS_AFTER_NAME, i):
            return False
        return not _is_word(t[i + 1:i + 3])

    def _syllable_before_stop(self, q: int) -> bool:
        """安迪·福斯特在致辞中表示: a word of the dictionary at q (特在) whose first character is a
        transliteration syllable followed by where a name ends (在, a verb) is that syllable closing
        the name's part, not the word (as `_foreign_name` reads 布林肯|在, not 布林|肯在)."""
        t = self.text
        return t[q:q + 1] in _TRANSLIT and q + 1 < len(t) \
            and (self._boundary(q + 1) or _plain_word(t[q + 1:q + 3]))

    def _before_compound_hyphen(self, e: int) -> bool:
        """卢比罗拉、艾克斯-马赛-普罗旺斯大都会副主席帕拉基安: a hyphen and a Han character right after a
        name read joins a compound place's parts (char_classes compound_hyphens): the name is the
        first part of a place, no person (was 艾克斯)."""
        t = self.text
        return e + 1 < len(t) and t[e] in _COMPOUND_HYPHENS and is_han(t[e + 1])

    def syllabic_name_at(self, p: int) -> str | None:
        """A Tibetan, Mongolian or Uyghur-style name of syllables at p (公保扎西, 洛桑江村, 哈斯巴雅尔),
        read as right after a post: an appointment verb (补选|公保扎西为…, 任命|洛桑江村为…) is as
        strong a frame as a post, but `name_at` reads such names only after one.  Only the
        syllable readings (an opener word, four syllables, a steppe name); the caller asks for the
        为 or 的 that closes the appointee."""
        t = self.text
        if t[p:p + 1] not in _name_firsts():
            return None
        opener = next((w for w in _NAME_OPENERS if t.startswith(w, p)), None) \
            if t.startswith(_NAME_OPENERS, p) else None  # (one C test first: most positions open none)
        if opener is not None:
            return self._opened_name(p, opener)
        return self._syllable_name(p) or self._steppe_name(p) or self._appointed_syllables(p)

    def _appointed_syllables(self, p: int) -> str | None:
        """公保|扎西为…: four Tibetan syllables closed by 为 or 的 right after an appointment verb,
        where the gazetteer read a place inside the name (扎西, 江村: village and township names
        are Tibetan words too).  A place wholly inside is no bar there (a body is), as the verb
        before and the 为 after frame one person; never a word of the dictionary."""
        t = self.text
        name = t[p:p + 4]
        if len(name) < 4 or not all(ch in _TIBETAN_SYLLABLE for ch in name) or t[p + 4:p + 5] not in _AS_OF[0] + _AS_OF[1] \
                or _is_word(name) or self.overlaps_body(p, p + 4) or not self._spans_inside(p, p + 4):
            return None
        return name

    def _weekday_opened(self, p: int, sur: str, n: int) -> bool:
        """免去周四龙的…职务: three characters whose family name and first given character make a time
        word of the dictionary (周四, 周五: tag t), closed by what closes an appointee (的, 为) or a
        list's 、, are a name: no text writes a weekday, one character and 的 in a strong frame
        (after a post or a verb of appointment) — but a part of the day may follow a weekday
        (周四晚的…: `_WEEKDAY_PARTS`), so such a third character reads none."""
        t = self.text
        return n == 3 and len(sur) == 1 and _common_words().get(t[p:p + 2]) == _TIME_TAG \
            and t[p + 2] not in _WEEKDAY_PARTS and t[p + 3:p + 4] in _WEEKDAY_NAME_CLOSERS

    def _charged(self, p: int, n: int) -> bool:
        """董事长舒展|严重违纪违法: two characters right after a post, closed by a discipline notice's
        charge (posts_words charge_after_name), are the person charged, though the dictionary knows
        them as a common word: no running text writes a post, a common word and the charge."""
        return n == 2 and self.text.startswith(_CHARGE_WORDS, p + n)

    def _signed_line(self, p: int, n: int) -> bool:
        """乳源瑶族自治县审计局局长 温存 ⏎: a name set apart by a space after its post and closing its
        line is the speaker's signature under a report's title — a name, though it is a word of the
        dictionary too (温存), as no running text sets a word so."""
        t = self.text
        return p > 0 and t[p - 1] in _SPACES and (p + n == len(t) or t[p + n] == "\n")

    def _family_name_at(self, q: int) -> bool:
        """Does a family name no word of running text is (not 国, 时) open q?"""
        if q < 0:
            return False
        sur = next((s for s in _scan_tables()[0].get(self.text[q:q + 1], ()) if self.text.startswith(s, q)), None)
        return sur is not None and sur not in _POST_ONLY_SURNAMES

    def _spans_inside(self, a: int, b: int) -> bool:
        """Does every taken span that overlaps [a, b) lie inside it and short of all of it?  (Bounded:
        the spans opening at most 8 before a, each at most 12 long, are looked up.)"""
        if self._taken_set is None:
            self._taken_set = frozenset(self.taken)  # (a list's `in` read every span: quadratic in a long text)
        taken = self._taken_set
        found = [(s, e) for s in range(a - 8, b) for e in range(max(s + 1, a + 1), s + 13) if (s, e) in taken]
        return bool(found) and all(a <= s and e <= b and e - s < b - a for s, e in found)

    def _listed_three(self, p: int) -> str | None:
        """免去了何亚非和武大伟的…职务, 副主任梁宝贵、李年贵、武威飚出席: in a list of names (a 、 or 和
        right before or right after), three characters a family name opens are a name even where
        its given part is a word (亚非) or its first two a place (武威): the list's mark and the
        text's end on both sides say so.  Never a word of three, nor a run whose third character a
        found span holds (、武威市), nor one with a function word in it."""
        t = self.text
        if p + 3 > len(t) or not (t[p - 1:p] in _LISTED_MARKS or t[p + 3:p + 4] in _LISTED_MARKS):
            return None
        if (t[p + 3:p + 4] == _LIST_LAST_JOINER and not self._family_name_at(p + 4)) \
                or (t[p - 1:p] == _LIST_LAST_JOINER and not any(self._family_name_at(q) for q in (p - 4, p - 3))):
            return None  # 县长王家人和孩子: 和 joins no name to it, no list of names
        run = t[p:p + 3]
        if t.startswith(_ETC, p + 2):
            return None  # 、吉林|等出席: 等 closes the list, no name's third character (mingdan107)
        sur = next((s for s in _scan_tables()[0].get(run[:1], ()) if run.startswith(s)), None)
        if sur is None or len(sur) != 1 or sur in _POST_ONLY_SURNAMES or not _HAN_RUN.fullmatch(run) or _is_word(run) \
                or any(ch in self.not_in_name or ch in _LISTED_MARKS for ch in run[1:]):
            return None
        if self.overlaps(p, p + 3) and not self._spans_inside(p, p + 3):
            return None  # (、武威市: the place runs on; 武威|飚, 何|亚非: found spans inside the run, shorter)
        if not self._boundary(p + 3) and t[p + 3:p + 4] not in _LISTED_MARKS:
            return None
        if _opens_next_post(t, p + 3, min(len(t), p + 20)):
            return None  # 、国际合|作司司长李明: the run opens the next body and its post, no name
        return run

    def _name_at(self, p: int, strong: bool, after_post: bool = False) -> str | None:
        t = self.text
        if t[p:p + 1] not in _name_firsts():
            return None  # (every reading below opens with one of these characters: most positions asked open none)
        if after_post and p >= 2 and t[p - 2:p] in vocabulary().posts and _is_word(t[p - 2:p + 1]):
            return None  # waishi88: 乌方作为轮值主席国|所提出的倡议 — the post and the next character one noun of
            # the dictionary (主席国, 主席台, 总统府, 书记处), no name 国所 after a post 主席
        by_first, _, _, name_run = _scan_tables()
        if after_post and strong and t.startswith(_NAME_OPENERS, p) \
                and (opener := next((w for w in _NAME_OPENERS if t.startswith(w, p)), None)):
            return self._opened_name(p, opener)
        if after_post and strong and (clan := self._clan_name(p)):
            return clan
        if after_post and strong and (syllabic := self._syllable_name(p) or self._steppe_name(p)
                                      or self._steppe_three(p)):
            return syllabic
        sur = next((s for s in by_first.get(t[p:p + 1], ()) if t.startswith(s, p)), None)
        if sur is None or t.startswith(_CAREER_OPENERS, p):
            return None  # (…之后，曾担任市政协主席: 曾 the adverb of a career verb, no family name)
        if sur in _POST_ONLY_SURNAMES and (not after_post or (self._reads_as_words(p)
                                                             and not (self._household_name(p, sur, 3)
                                                                      and not _demonstrative_pair(t[p:p + 2]))
                                                             and not self._unread_country(p)
                                                             and not self._rare_word_name(p)
                                                             and not self._rare_proper_three(p, sur, 3))):
            return None  # (市长时|表示, 书记明确…, 局长国庆…: running text, no name; but 省委书记信长星|主持:
            # three characters standing alone after a post, 信长 a noun of the dictionary, as 王家|波)
        if sur in _VERB_SURNAMES and not self._verb_surname_closed(p, sur):
            return None  # 县长布好局、开好头, 副县长布排了: the verb 布, no name (主席布小林主持: one)
        if sur in _PREPOSITION_SURNAMES and _audience_word(t[p + len(sur):p + len(sur) + 2]) \
                and not self._closed_at_meeting(p, sur):
            return None  # 主席向广大基层妇女汇报, 县长向大会作报告: the preposition before its object
            # (副州长向清平出席会议, 县长向东方主持会议: a name the meeting's verb closes stays, 向东 a word or not)
        window = name_run.match(t, p).group(0)  # up to 8 Han characters or ·
        dot = window.find(NAME_DOT)
        if strong and dot >= 2 and not self.overlaps(p, p + dot):  # 马格坦戈尔·圭尼贡多: a foreign name
            return self._transliterated(p, window[:dot])
        ends = [n for n in (2, 3, 4) if len(sur) + 1 <= n <= len(window)
                and (b := self._boundary(p + n)) and (b == 2 or n - len(sur) <= 2)
                and not (n - 2 > len(sur) and (_plain_word(t[p + n - 2:p + n]) or _localizer(t[p + n - 2:p + n])))]
        # (王毅|邀请，: a verb ends it; 副主席卓嘎|之间: a localizer of a place between people)
        ends = [n for n in ends if t[p + len(sur):p + n] not in _VERB_SURNAME_ENDERS]
        # (会议由主任石|主持: a page that lost the given name; the meeting's verb is no given name)
        ends = self._past_follower(p, ends)
        if strong and ends and ends[0] > len(sur) + 2 and window[len(sur):len(sur) + 1] == _ANONYMOUS:
            ends = [len(sur) + 2]  # 村支部委员龚某康|道。: a hidden name keeps one character after 某 at most
        if not ends and strong and window[len(sur):len(sur) + 1] == _ANONYMOUS:
            ends = self._anonymous_end(p, sur)
        if ends and ends[0] == len(sur) + 2 and window[len(sur):len(sur) + 1] == _ANONYMOUS \
                and _plain_word(t[p + len(sur) + 1:p + len(sur) + 3]):
            ends = [len(sur) + 1]  # yiyuan116: 村民张某|坐在…: a verb opens after the 某, no given name's character
        ends = self._before_preposition(p, sur, ends)
        ends = self._before_since_date(p, sur, ends)
        ends = self._comrade_closes_longer(p, sur, ends)
        ends = self._before_particle_suo(p, sur, ends)
        ends = self._before_home_word(p, sur, ends)
        if ends == [4] and len(sur) == 1 and self._noun_tail(p + 2):
            ends = [2]  # 外交部长秦刚|身影。: a noun of running text after a two-character name, no 秦刚身影
        if len(ends) >= 2 and ends[1] == ends[0] + 1 and t[p + ends[0]] in _PARTICLE_GIVEN \
                and (self._particle_name_closed(p + ends[1]) or self._named_as(p, p + ends[1])):
            ends = ends[1:]  # 戚永和|担任, 罗富和|、: a 和 right before a verb of taking a post or a stop
            # ends the name, joins no second one (任命朱永和|为…: nor before the 为 of a clause of naming)
        if len(ends) == 1 and ends[0] - 1 > len(sur) and t[p + ends[0] - 1] in _NAME_JOINERS \
                and t.startswith(_SPOUSE_WORDS, p + ends[0]) and _all_transliteration(t[p:p + ends[0] - 1], 2):
            ends = [ends[0] - 1]  # 总统普京和|夫人: the 和 joins his wife, no name 普京和 (罗富和夫人: a name)
        if after_post and strong and len(sur) == 2 and ends[:2] == [3, 4] and t[p + 3] in _SPEECH_VERBS \
                and self._boundary(p + 4):
            ends = [3]  # 乡人大主席欧阳观|说。 (xiangjiang86): a compound family name's one given character, then
            # the verb of speech the clause closes on, no four-character name 欧阳观说
        proper = after_post and strong and ends[:1] == [2] and _common_words().get(window[:2]) == _PROPER_NOUN_TAG
        tagged = None  # (proper: 副市长华源出席 — a proper noun of the dictionary, ended right after a post)
        if not strong or len(ends) != 1:  # the segmenter (slow) only where the ending is unclear
            tagged = _jieba_name(window) if len(window) >= 2 else None
            if tagged is None and _jieba_word(window):
                return None  # 商量过: the text reads as a common word here
            if self._verb_swallowed(p, tagged, ends):
                tagged = None  # 主任李谦作的报告: 李谦 + 作的, not a name 李谦作
        elif _is_word(window[:2]) and not (_common_words().get(window[:2]).startswith("ns")
                                            and not self.overlaps(p, p + 2)) \
                and not (after_post and strong and len(sur) == 2) \
                and not self._household_name(p, sur, ends[0]) and not proper \
                and not (after_post and (self._proper_three(p, sur, ends[0]) or self._rare_proper_three(p, sur, ends[0])
                                         or self._rare_word_three(p, sur, ends[0]))) \
                and not (after_post and ends[0] == 2 and len(sur) == 1 and self._rare_word_name(p)) \
                and not (after_post and self._signed_line(p, ends[0])) \
                and not (after_post and self._charged(p, ends[0])) \
                and not self._weekday_opened(p, sur, ends[0]):
            return None  # (黄东|军, 卫国|胜: a place word of the dictionary no finder read here is a name's start)
            # (副主任司徒桂美, 主席上官清: a compound family name the dictionary tags a noun (司徒 n, 上官 n,
            # 宇文 nz) is the word itself, read after a post as the family name it opens)
        cands = []
        if tagged and tagged.startswith(sur):
            after = p + len(tagged)
            # jieba's name ends where the text can end one, or where a word starts (…总监吴清旗围绕)
            word = _common_words().get(t[after:after + 2])
            # a two-character tag may be the start of a longer name (沈求|我): it needs more
            # a two-character word of jieba's dictionary (廉政, 高峰) is a name only where it ends
            listed = len(tagged) == 2 and _common_words().get(tagged, "nrfg") != "nrfg"  # (李强: a full name's tag)
            if strong and (glued := self._given_glued_to_preposition(p, tagged)):
                cands.append(glued)  # 市长胡衡华|以数据: jieba's 胡衡|华以, the name before the preposition
            elif self._boundary(after) or (strong and not listed and (len(tagged) - len(sur) >= 2 or
                                                                      (word and not word.startswith("nr")))):
                cands.append(tagged)
        if strong:
            if ends:  # the shortest name the text can end (高云江说, 敖日格勒（)
                cands.append(window[:ends[0]])
            if not cands:  # 高建军|通报: a common word starts after a three-character name
                for n in (3,):
                    if len(sur) + 1 <= n <= len(window) and \
                            any(_is_word(t[p + n:p + n + k]) for k in (2, 3)) and \
                            not _common_words().get(t[p + len(sur):p + n], "").startswith("b"):  # 任|省级产业…: a class word (省级, 大型) is no given name
                        cands.append(window[:n])
                        break
        if strong:
            cands = [self._before_closing_preposition(p, sur, c) for c in cands]  # 马军|以“四不两直”方式
        if strong and cands and (longer := self._name_before_speech_word(p, sur, cands[0])):
            cands.insert(0, longer)  # 高忠文说: jieba's 高忠|文说, the name the article writes whole elsewhere
        for name in cands:
            if any(_LIST_COUNT_RE.match(t, p + j) for j in range(len(sur), len(name))):
                continue  # 朱春龙两位同志: a count of the names listed is no given name (龙两位)
            if self._no_given_name(p + len(sur), name[len(sur):]):
                continue  # 祝贺他|当选, 县长周例会: a pronoun or a meeting after a family name's character
            if any(ch in self.not_in_name for ch in name[len(sur):]) and \
                    not (strong and self._particle_given_name(p, sur, name)):
                continue  # 班的同志: a function word is never part of a given name
            if any(_is_word(t[p:p + len(name) + k]) for k in (1, 2)):
                continue  # 高峰会议: the name runs on into a common word
            if t.startswith(_SINCE_WORDS, p + len(name)):
                continue  # 局长谈入梅以来天气情况: 入梅以来 a time phrase (since…), 谈 the verb, no name
            if self._former_mark_opens_word(p, sur, name):
                continue  # 原总账会计董荣进: 原 marks a post held before, 总账会计 the post, no name 原总账
            tag = _common_words().get(name)
            unread_place = after_post and strong and (tag or "").startswith("ns") and not self.overlaps(p, p + len(name))
            rare = after_post and strong and len(name) == 2 and self._rare_word_name(p)  # 强卫出席, 市领导…、金志、…
            signed = after_post and strong and self._signed_line(p, len(name))  # 审计局局长 温存 ⏎
            charged = after_post and strong and self._charged(p, len(name))  # 董事长舒展严重违纪违法
            if (tag and not tag.startswith("nr") and not (proper and name == window[:2]) and not unread_place
                    and not rare and not signed and not charged) or name in _nr_common_words():
                continue  # a common word (高度, 文件; 贺信, which jieba's dictionary tags nr) that opens with a family name
                # (国家主席苏林, 镇长欧阳海: a place word of the dictionary that no finder read as a place, after a post)
            if self.overlaps(p, p + len(name)):
                continue
            if len(name) > len(sur) + 1 and self._boundary(p + len(name) - 1) and name[-1] in _MOTION_VERBS:
                continue  # 李明来|泾县…: jieba's name took the verb of going the text can end a name before
            if after_post and strong and len(name) == len(sur) + 2 and self._verb_before_aspect(p + len(name)):
                name = name[:-1]  # 党支部书记田磊算了一笔账: 算了, the verb and its particle, no name 田磊算
            if not strong and not tagged:
                continue
            return self._transliterated(p, name)
        return None

    def _verb_before_aspect(self, k: int) -> bool:
        """Is the character before k a verb (jieba's tag v) and the one at k a particle of aspect
        (算|了一笔账), the particle opening no word of the dictionary (了解: 张晓明了解到 keeps its name;
        明 of 明了 is no verb)?  Then a name ending at k ended a character before (guanzhong87)."""
        t = self.text
        return t[k:k + 1] in _ASPECT_PARTICLES and _common_words().get(t[k - 1:k]) == "v" \
            and not _is_word(t[k:k + 2])

    def _former_mark_opens_word(self, p: int, sur: str, name: str) -> bool:
        """原总账会计董荣进, 原办公室主任: a family name that is also the mark of a post held before
        (原, 前) followed by a common word of three or four characters that begins with the given
        name and runs past it (总账会计, 办公室) marks that post, opening no name; a name of the
        family 原 (原野) ends where its word does.  So does a post title there running past the name
        (原常务副省长肖志恒, duty68: 常务副省长 is the post held before, no name 原常务)."""
        if sur not in _FORMER_ONE:
            return False
        t, g = self.text, p + len(sur)
        if (m := vocabulary().post_re.match(t, g, g + 12)) is not None and m.end() > p + len(name):
            return True
        return any(_is_word(t[g:g + k]) for k in (3, 4) if g + k > p + len(name))

    def _name_before_speech_word(self, p: int, sur: str, name: str) -> str | None:
        """海域海岛司司长高忠文说: jieba reads 高忠|文说 (文说, 明说, 成说 are words of its dictionary), and a
        two-character name before a word of a given-name character and a verb of speech may be the
        first two characters of a three-character one.  The evidence is the article's: the
        three-character name written elsewhere without that verb after it (高忠文是首次…), within
        _NAME_EVIDENCE_REACH characters.  None
        when there is none (局长张成说: 张成, as jieba reads it).  Counted once per name."""
        t, n = self.text, len(name)
        word = t[p + n:p + n + 2]
        if n != len(sur) + 1 or len(word) < 2 or word[1:] not in _SPEECH_VERBS or not _is_word(word):
            return None
        longer = t[p:p + n + 1]
        if longer not in self._written_apart:  # (counted in a window: a long list of such names stays linear)
            a, b = max(0, p - _NAME_EVIDENCE_REACH), p + _NAME_EVIDENCE_REACH
            self._written_apart[longer] = t.count(longer, a, b) > t.count(longer + word[1:], a, b)
        return longer if self._written_apart[longer] else None

    def _anonymous_end(self, p: int, sur: str) -> list[int]:
        """党支部书记朱某|以乔迁新居的名义: a name a notice hides (朱某, 李某某) ends at its 某 where a
        preposition follows it (以, 因, 在, 对: jieba's tag p) and nothing closes a longer name; a
        notice that keeps the given name's last character (傅某杰因受贿, 朱某涛、) keeps it."""
        k = p + len(sur) + 1
        k += self.text[k:k + 1] == _ANONYMOUS
        return [k - p] if _common_words().get(self.text[k:k + 1]) == "p" else []

    def _given_glued_to_preposition(self, p: int, tagged: str) -> str | None:
        """市长胡衡华以数据和案例介绍: jieba tags 胡衡 a name and glues 华 to the preposition after it
        (华以, a rare word of its dictionary, under _COMMON_FREQ). Where a two-character name is
        followed by such a rare word ending in a preposition of `name_closing_prepositions` and a
        common word opens right after the preposition, the name takes the glued character (胡衡华);
        a common word there (华为, 建华) is read as jieba reads it."""
        t = self.text
        after = p + len(tagged)
        if len(tagged) != 2 or t[after + 1:after + 2] not in _CLOSING_PREPOSITIONS:
            return None
        glued = t[after:after + 2]
        if not _common_words().get(glued) or word_freq().get(glued, 0) >= _COMMON_FREQ:
            return None
        if not any(_is_word(t[after + 2:after + 2 + k]) for k in (2, 3)):
            return None
        return t[p:after + 1]

    def _before_closing_preposition(self, p: int, sur: str, name: str) -> str:
        """市长马军|以“四不两直”方式暗访, 市长王强|以视频方式出席: a name read with a preposition of
        `name_closing_prepositions` (以, 就) as its last character, an opening quote or a word right
        after, ends before it: the preposition opens what the person does (a given name ending in
        以 or 就 is rarer).  Only where a family name and one character or more stay before it."""
        if len(name) - 1 <= len(sur) or name[-1] not in _CLOSING_PREPOSITIONS:
            return name
        t, k = self.text, p + len(name)
        if t[k:k + 1] == _OPEN_QUOTE or any(_is_word(t[k:k + n]) for n in (2, 3)):
            return name[:-1]
        return name

    def _comrade_closes_longer(self, p: int, sur: str, ends: list[int]) -> list[int]:
        """区长陈天一|同志等全程陪同: the only end read (陈天|一同) leaves a follower word (一同, together)
        that runs into 同志; one character on, 同志 closes the name (陈天一), as 一同 before 志 reads
        nothing.  Not where that character closes a list (张三|等同志: 等)."""
        if len(ends) != 1 or ends[0] + 1 - len(sur) > 2:
            return ends
        t, k = self.text, p + ends[0]
        if t.startswith(_ETC, k) or not t.startswith(_COMRADE, k + 1) or not _is_word(t[k:k + 2]):
            return ends
        return [ends[0] + 1]

    def _before_preposition(self, p: int, sur: str, ends: list[int]) -> list[int]:
        """社区书记姜健|关于…的汇报: where the shortest end leaves the name's last character opening a
        preposition of two characters (关于, 对于: jieba tag p, a count of _COMMON_FREQ or more), the
        name ends before it (姜健, not 姜健关): a name then 于 is rarer than a preposition after a name.
        Only for a single family name with a given name of two characters."""
        if not ends or ends[0] != len(sur) + 2 or len(sur) != 1:
            return ends
        k = p + ends[0] - 1
        word = self.text[k:k + 2]
        if len(word) == 2 and _common_words().get(word) == "p" and word_freq().get(word, 0) >= _COMMON_FREQ \
                and not _is_word(self.text[p:k]):
            return [ends[0] - 1]
        return ends

    def _before_since_date(self, p: int, sur: str, ends: list[int]) -> list[int]:
        """第一书记江飞剑|自2021年7月驻村以来: a name's would-be last character that is a preposition of
        time (`since_before_date`: 自) right before a year's digits opens the time the sentence
        counts from; the name ends before it (江飞剑, not 江飞剑自).  Only where a shorter name of a
        given name of one or two characters is left."""
        if len(ends) != 1 or ends[0] < len(sur) + 2:
            return ends
        k = p + ends[0] - 1
        t = self.text
        if t[k] in _SINCE_DATE_PREPS and t[k + 1:k + 2].isdigit():
            return [ends[0] - 1]
        return ends

    def _noun_tail(self, k: int) -> bool:
        """Is the two-character word at k a common noun of running text (身影, 形象: jieba tag n, a
        count of _COMMON_FREQ or more), which a single family name's four-character name never
        ends with?  Then the name is the two characters before it (不见外交部长秦刚|身影)."""
        word = self.text[k:k + 2]
        tag = _common_words().get(word) or ""
        return len(word) == 2 and tag == "n" and word_freq().get(word, 0) >= _COMMON_FREQ \
            and not self.overlaps(k, k + 2)

    def _past_follower(self, p: int, ends: list[int]) -> list[int]:
        """The ends of a name at p, without those inside or right after a word of two characters or
        more that follows names and starts at a shorter end (苏林|将于8月…), or past the 时 of a
        clause of time there (王毅|时，): the longer name would take in the verb (the digit or comma
        after it ends a run, not a name).  A verb of one character may be a given name's last
        (朱宏任, 戚永和担任): the finder's other rules weigh those."""
        if len(ends) < 2:
            return ends
        t, first = self.text, ends[0]
        if t[p + first] == "时" and self._boundary(p + first):
            return ends[:1]
        word = max((k for k in self._follower_lengths if k >= 2 and t[p + first:p + first + k] in self._follower_set), default=0)
        word = 0 if word == 2 and _undated_day_bracket(t, p + first) else word  # 李建明(男): 明 no day
        if word >= 2 and ends[1] == first + 1 and any(
                first + 1 + k > first + word and t[p + first + 1:p + first + 1 + k] in self._follower_set
                for k in self._follower_lengths):
            return ends[1:]  # 陈建发|出席, 王建发|表示: the word read at the shorter end (发出, 发表) runs into
            # another that follows names one character on; the given name takes that character
        return [n for n in ends if n <= first or n > first + word]

    def _no_given_name(self, g: int, given: str) -> bool:
        """Can the characters at g (`given`, after a family name) be no given name?  A personal
        pronoun is never one (祝贺他当选: 祝 is a family name), nor a meeting's word a character
        that is also a family name opens (县长周例会, 周 'weekly'): both are running text."""
        return any(ch in _NOT_GIVEN_CHARS for ch in given) or self.text.startswith(_NOT_GIVEN_STARTS, g) \
            or given in _NOT_SINGLE_GIVEN or given in _ADDRESS_GIVEN  # 干部包村: a unit taken charge of, one
        # character alone; 王先生说: a term of address, the family name alone

    def _opened_name(self, p: int, opener: str) -> str | None:
        """A Tibetan or Mongolian name right after a post, opened by a given-name word of
        `_NAME_OPENERS` (洛桑|江村在…, 尼玛扎西|主持, 扎西|说, 扎西江村|家): the shortest run of two to four
        characters the text can end there (or the home a visit goes to follows); none where no such end
        comes, or a found span is crossed."""
        t = self.text
        for n in range(len(opener), 5):
            if n > len(opener) and not is_han(t[p + n - 1:p + n]):
                return None
            if (self._boundary(p + n) or self._home_after(p + n)) and not self.overlaps_body(p, p + n):
                if n < 4 and n > len(opener) and t[p + n:p + n + 1] in _PARTICLE_GIVEN \
                        and self._particle_name_closed(p + n + 1) and not self.overlaps_body(p, p + n + 1):
                    return t[p:p + n + 1]  # 嘎查党支部书记那顺孟和|带领牧民: 孟和 ends the name, no joiner
                return t[p:p + n]  # (洛桑|江村: places the gazetteer read inside the name are no bar)
        return None

    def _clan_name(self, p: int) -> str | None:
        """吉克劲松, 洛古有格, 海来几几: a Yi name right after a post is its clan's name (posts_words.tsv
        yi_clan_names) and a given name of two characters, four in all, which a family name's reading
        cuts short (吉克); so is a Hong Kong married name, the husband's family name before her own
        (林郑月娥, 叶刘淑仪, the same table).  Only where the text can end a name after the fourth character and not
        after the third or second (马海涛|说 is a Han name and its verb), every character Han and
        none a function word, and no found span crossed."""
        t = self.text
        if not t.startswith(_YI_CLANS, p):
            return None
        name = t[p:p + 4]
        if len(name) < 4 or not all(is_han(ch) for ch in name) or any(ch in self.not_in_name for ch in name[2:]):
            return None
        if not self._clan_name_ends(p + 4) or self._boundary(p + 3) or self._boundary(p + 2) or self.overlaps(p, p + 4):
            return None
        return name

    def _clan_name_ends(self, e: int) -> bool:
        """Can a Yi clan name end at e: where any name ends (`_boundary`), or before the home a visit
        goes to (村民吉地尔子|家的厨房: `_home_after`) or how the person speaks (吉地尔子|兴奋地说:
        `_manner_at`) — the reading of a four-character name is already bound to a clan word."""
        return bool(self._boundary(e)) or self._home_after(e) or _manner_at(self.text, e)

    def _syllable_name(self, p: int) -> str | None:
        """桑旦罗布, 赤列旺堆: a Tibetan name right after a post is four transliteration syllables
        (char_classes.tsv tibetan_name_chars), whatever its first one (no list of openers holds them
        all).  Only where the text can end a name after the fourth, its halves are no common word
        of running text (加强, 多次: jieba tags many syllable pairs nouns, 旺堆, 顿珠, so a noun is no
        bar), and no finder read a place or body in it (西藏, 巴西).  Where the four are no name, a longer run
        of syllables is read before a shorter one (`_steppe_name`: 巴达玛拉布丹, not 巴达玛)."""
        t = self.text
        if t[p:p + 1] not in _TIBETAN_SYLLABLE:
            return None  # (the four-syllable and the short reading both open with a syllable)
        name = t[p:p + 4]
        if len(name) < 4 or not all(ch in _TIBETAN_SYLLABLE for ch in name) \
                or not (self._boundary(p + 4) or self._home_after(p + 4)):
            return self._steppe_name(p, _LONG_SYLLABLE_NAMES) or self._short_syllable_name(p)
        if _is_word(name) or any(not (_common_words().get(half) or "n").startswith("n") for half in (name[:2], name[2:])):
            return None
        return None if self.overlaps(p, p + 4) else name

    def _steppe_name(self, p: int, lengths: tuple[int, ...] = (6, 5, 4)) -> str | None:
        """哈斯巴雅尔, 巴音朝鲁, 苏嘎尔布: a Mongolian or Yi name right after a post, written in four to six
        transliteration syllables (阿拉腾巴根那) (char_classes.tsv tibetan_name_chars and steppe_name_chars, at
        least one of the latter — or none in five or six, which no Tibetan name runs to: 巴达玛拉布丹,
        Badamrabdan, is Tibetan syllables alone), the longest the text can end a name after.  Not where a
        found span is crossed (a place the gazetteer read), nor where the run, or its first or last pair, is a
        word of running text (the dictionary tags many such names and their pieces as places or
        nouns, 乌兰, 巴音朝鲁: those are no bar).  The home a visit goes to ends the run as a Tibetan
        name's (牧户敖特根巴雅尔|家查看暖棚: `_home_after`)."""
        t, words = self.text, _common_words()
        if t[p:p + 1] not in _TIBETAN_SYLLABLE and t[p:p + 1] not in _STEPPE_SYLLABLE:
            return None  # (every character of the name is a syllable, the first too)
        for n in lengths:  # (阿拉腾巴根那: six syllables)
            name = t[p:p + n]
            if len(name) < n or not all(ch in _TIBETAN_SYLLABLE or ch in _STEPPE_SYLLABLE for ch in name) \
                    or not (n in _LONG_SYLLABLE_NAMES or any(ch in _STEPPE_SYLLABLE for ch in name)) \
                    or not (self._boundary(p + n) or self._home_after(p + n)):
                continue
            if any(not (words.get(w) or "n").startswith("n") for w in (name, name[:2], name[-2:])) \
                    or self.overlaps(p, p + n):
                continue
            return name
        return None

    def _sexed_name(self, p: int) -> str | None:
        """副乡长从善楠，女，大学本科, 局长某某，男，汉族: two or three Han characters right after a post, closed by a
        comma, the sex (男, 女) and a comma, are the holder's name though no family name of the table opens them
        (从, 禚, 仉): the note of sex says a person, as a resume's first line does.  Never a found span crossed,
        a given name's character that is in no name, nor a word of the dictionary but a name's (gongshi97)."""
        t = self.text
        m = _SEXED_NAME_RE.match(t, p)
        if m is None:
            return None
        name = m.group(1)  # (its first character may be a word's too, as family names are: 从, 向; the note decides)
        if any(ch in self.not_in_name for ch in name[1:]) or self.overlaps(p, p + len(name)) or _is_word(name) \
                or name[0] in _SEXED_NOT_FIRST:  # (副县长的|陈刚，男，: 的 links the post, 陈 opens the name)
            return None
        return name

    def _listed_place_two(self, p: int) -> str | None:
        """市领导王安顺、杜德印、吉林等出席, 县领导张建华、常德、李海林: a name of two characters inside a
        、-list of names after a post or a collective title that is a place's short name as well (吉林,
        金华, 常德): a 、 and a name-length run a family name opens right before it, a 、, 等 or a
        stop right after it, a family name opening it and a place found exactly on it (a longer place,
        吉林省, or a body runs on: no name).  Without the list's marks on both sides it stays the place
        (mingdan107)."""
        t = self.text
        if p < 3 or t[p - 1:p] != "、" or (p, p + 2) not in self.places:
            return None
        after = t[p + 2:p + 3]
        if not (after in "、，,。；;" or t.startswith(_ETC, p + 2)):
            return None
        if after == "、" and any(s == p + 3 for s, _ in self._places_from(p + 3)):
            return None  # 、武威、张掖等地: the list goes on with a place, a list of places
        if after == "等" and t[p + 3:p + 4] in _PLACE_KIND_AFTER_ETC and not _collective_title_re().match(t, p + 3):
            return None  # 、吉林等地 (等省, 等市), not 吉林等|市领导
        if not self._family_name_at(p) or not any(self._family_name_at(q) and all(is_han(c) for c in t[q:p - 1])
                                                   and (q, p - 1) not in self.places for q in (p - 4, p - 3) if q >= 0):
            return None
        return t[p:p + 2]

    def _places_from(self, i: int) -> list[tuple[int, int]]:
        """The place spans starting at i (a look-up of a few spans)."""
        return [sp for sp in ((i, i + n) for n in (2, 3, 4)) if sp in self.places]

    def _steppe_two(self, p: int) -> str | None:
        """旗长宝龙出席, 旗委书记宝龙及旗委…: a Mongolian name of two characters right after a post of a
        banner or league (旗, 盟, 苏木, 嘎查 within the few characters before: steppe_post_scopes), where
        no other reading found a name: both characters Han and of no function word, the run closed
        hard (punctuation, 同志, a verb that follows names) or by 及, no body crossed (a place is no
        bar: such names are places' too), and the run no word of the dictionary but a name or a
        place's (主持, 一行, 带队 are running text).  Asked only where a name can open (`_name_firsts`)."""
        t = self.text
        name = t[p:p + 2]
        if len(name) < 2 or not all(is_han(ch) for ch in name) or any(ch in self.not_in_name for ch in name) \
                or not any(w in t[max(0, p - _STEPPE_POST_REACH):p] for w in _STEPPE_POST_SCOPES):
            return None
        if not (self._closed_hard(p + 2) or t[p + 2:p + 3] in _STEPPE_LIST_JOINERS) or self.overlaps_body(p, p + 2):
            return None
        tag = _common_words().get(name)
        if tag is not None and not tag.startswith(("nr", "ns")):
            return None
        return name

    def _steppe_three(self, p: int) -> str | None:
        """旗政协主席宝力道、副主席…, 主任其其格主持: a Mongolian name of three characters right after a
        post, opened by a syllable of steppe_name_chars (not a Tibetan one, which opens foreign names
        too: 财政部长保尔森), every character a syllable
        or the run a person's name of the dictionary (宝力道: tagged nr), closed hard (punctuation,
        同志, a verb that follows names), no other word of the dictionary and no found span inside."""
        t = self.text
        name = t[p:p + 3]
        if len(name) < 3 or name[0] not in _STEPPE_SYLLABLE \
                or not all(is_han(ch) for ch in name) or not self._closed_hard(p + 3) or self.overlaps(p, p + 3):
            return None
        tag = _common_words().get(name)
        if tag is not None and not tag.startswith("nr"):
            return None
        syllables = all(ch in _STEPPE_SYLLABLE or ch in _TIBETAN_SYLLABLE for ch in name)
        if not (syllables and not _is_word(name[:2]) and not _is_word(name[1:])) and not (tag or "").startswith("nr"):
            return None
        return name

    def _home_after(self, e: int) -> bool:
        """村长扎西江村|家, 走进村民次仁多吉|家: the home a visit goes to (home_words, 家) right after a
        Tibetan name of four syllables ends it as punctuation would; no syllable of a name is 家."""
        return self.text.startswith(_HOME_WORDS, e)

    def _short_syllable_name(self, p: int) -> str | None:
        """坚参, 旦巴, 巴珠: a Tibetan name of two or three syllables right after a post (自治区副主席坚参，
        那曲市市长旦巴主持), where no four-syllable one stands: every character a syllable of
        char_classes.tsv tibetan_name_chars, the text able to end a name right after it, and the
        run no word of the dictionary but a person's (加强, 多次, 江南 are running text or places;
        a short name is read only so, as no family name opens it), nor crossing a found span."""
        t = self.text
        for n in (3, 2):
            name = t[p:p + n]
            if len(name) < n or not all(ch in _TIBETAN_SYLLABLE for ch in name) or not self._boundary(p + n):
                continue
            if _is_word(name) or not (_common_words().get(name) or "nr").startswith("nr") or self.overlaps(p, p + n):
                continue
            if n == 3 and _is_word(name[1:]):
                continue  # 格|加强: the last two a word of running text
            return name
        return None

    def _unread_country(self, p: int) -> bool:
        """书记法国华: the family name and the next character a place word of the dictionary (法国)
        that no finder read as a place there (the registry leaves a country after a post out):
        a name's start, not the word."""
        return (_common_words().get(self.text[p:p + 2]) or "").startswith("ns") and not self.overlaps(p, p + 2)

    def _verb_surname_closed(self, p: int, sur: str) -> bool:
        """布小林|主持, 布赫|，: a family name that is a verb of running text (布) opens a name only
        where it and the next character are no word of the dictionary (布置, 布设) and the two or
        three characters from it end at a clause's stop, a post or a verb of the meeting."""
        if word_freq().get(self.text[p:p + len(sur) + 1]):
            return False
        return self._closed_at_meeting(p, sur)

    def _closed_at_meeting(self, p: int, sur: str) -> bool:
        """Do the two or three characters from the family name at p end at a clause's stop, a post
        or a verb of the meeting (布小林|主持, 向东方|主持, 向清平|出席)?"""
        t = self.text
        post_re = vocabulary().post_re
        return any(all(is_han(ch) for ch in t[p + len(sur):p + n])
                   and (t[p + n:p + n + 1] in _CLAUSE_STOP or post_re.match(t, p + n)
                        or t.startswith(_VERB_SURNAME_ENDERS, p + n))
                   for n in (len(sur) + 1, len(sur) + 2))

    def _rare_word_name(self, p: int, listed: bool = False) -> bool:
        """Two characters after a post, a family name and one given character, that the dictionary
        knows only as a rare word, are a name where the text frames them as one: closed hard
        (省委书记强卫出席: `_RARE_WORD_FREQ` or less, unlike 强调, 强化), or an item of a 、-list of
        names (市领导姚高员、金志、陈一行: under _COMMON_FREQ; 高峰 1556, 文明 6584 stay words)."""
        t = self.text
        freq = word_freq().get(t[p:p + 2], 0)
        if (listed or t[p - 1:p] == "、" or t.startswith("、", p + 2)) and freq < _COMMON_FREQ:
            return True
        return 0 < freq <= _RARE_WORD_FREQ and self._closed_hard(p + 2)

    def _reads_as_words(self, p: int) -> bool:
        """Do the characters at p read as words of running text: the family name with the next
        character (国庆, 明确, 时刻) or the two after it (时|表示) a word of the dictionary?"""
        t, words = self.text, _common_words()
        given = words.get(t[p + 1:p + 3], "")  # (巨|建华: a given name the dictionary knows as a proper noun)
        return bool(words.get(t[p:p + 2]) or (given and given != _PROPER_NOUN_TAG  # (明白: tagged nr, a word all the same)
                                              and not given.startswith("nr")))  # (布|小林: a person's name of the dictionary is a given name)

    def _proper_three(self, p: int, sur: str, n: int) -> bool:
        """副主任简育田、杨金銮、华新宇出席: three characters in a 、-list of names after a post whose
        first two are a proper noun of the dictionary (华新, a brand), standing alone between the
        、 and a stop or a verb that follows names, are a name as 华源 is (华新宇 is no word, nor
        anything of it past the family name).  Only in such a list: right after a post a
        transliterated foreign name may read so too (部长蒙迪诺), and its post is read elsewhere."""
        t = self.text
        return (n == 3 and len(sur) == 1 and t[p - 1:p] == "、" and _common_words().get(t[p:p + 2]) == _PROPER_NOUN_TAG
                and self._closed_hard(p + 3) and not _is_word(t[p:p + 3]) and not _is_word(t[p + 1:p + 3]))

    def _rare_proper_three(self, p: int, sur: str, n: int) -> bool:
        """统战部长华金国出席: three characters right after a post, closed hard, whose first two are a
        rare proper noun of the dictionary (华金: tagged nz, `_RARE_WORD_FREQ` or less, as brands and
        transliterations are) and whose last two are no word or a proper one (金国: a place's tag) are a name:
        such a noun is no word of running text a post is followed by, and the run is no word of three."""
        t = self.text
        return (n == 3 and len(sur) == 1 and _common_words().get(t[p:p + 2]) == _PROPER_NOUN_TAG
                and word_freq().get(t[p:p + 2], 0) <= _RARE_WORD_FREQ
                and (_common_words().get(t[p + 1:p + 3]) or "nr")[:2] in _GIVEN_PAIR_TAGS
                and self._closed_hard(p + 3) and not _is_word(t[p:p + 3]))

    def _rare_word_three(self, p: int, sur: str, n: int) -> bool:
        """县热线中心主任包成鹏|主持会议: three characters right after a post, closed hard, whose first two
        are a rare word of the dictionary of any tag (包成, a verb: `_RARE_WORD_FREQ` or less) and whose
        last two are no word of running text are a name: a word so rare is no word a post is followed by
        (县长高度重视 runs on with a common one), and the run is no word of three (natres75: was no person)."""
        t = self.text
        return (n == 3 and len(sur) == 1 and _is_word(t[p:p + 2])
                and word_freq().get(t[p:p + 2], 0) <= _RARE_WORD_FREQ
                and self._given_pair_free(p + 1) and self._closed_hard(p + 3) and not _is_word(t[p:p + 3]))

    def _household_name(self, p: int, sur: str, n: int) -> bool:
        """常务副县长王家波，: a three-character name after a post, closed by punctuation, a verb
        that follows names or a conjunction (王家波|及县直部门负责人), whose family name and first given character make a plain noun of the
        dictionary (王家 'royal family', 庄稼 'crops', tagged n; 何国 'which country', tagged r as a
        pronoun: 市政协副主席何国英、) is still a name: a noun phrase of
        running text is no three characters standing alone between a post and a comma or such a
        verb (高度重视 runs on; 王家 alone is two), save a verb the dictionary tags n closed by its
        particle (主任商量过，)."""
        t = self.text
        if n == 3 and len(sur) == 1 and _common_words().get(t[p:p + 2]) == "n" \
                and _common_words().get(t[p:p + 3], "").startswith("nr"):
            return True  # 中国总理温家宝1日: a full name of the dictionary
        closed = self._closed_hard(p + n) or t[p + n:p + n + 1] in _CONJUNCTIONS \
            or self._at_found_place(p + n)  # 庄稼祥|出席, 王家波|及, 信长星|在西宁会见
        return (n == 3 and len(sur) == 1 and closed
                and _common_words().get(t[p:p + 2]) in _HOUSEHOLD_TAGS and not _is_word(t[p:p + 3])
                and self._given_pair_free(p + 1)
                and not _common_words().get(t[p + 2], "").startswith("u"))  # 商量过: an aspect particle closes a verb

    def _given_pair_free(self, g: int) -> bool:
        """The two given characters at g (朝华 of 宋朝华, 家波 of 王家波) are no word of running text:
        no word of the dictionary, or a proper noun of it (朝华, 建华: tagged nz, nr, ns, nt), which a
        given name may be (副主任宋朝华率队: 宋朝 a dynasty, 朝华 a brand; sichuan73)."""
        pair = self.text[g:g + 2]
        return not _is_word(pair) or (_common_words().get(pair) or "")[:2] in _GIVEN_PAIR_TAGS

    def _at_found_place(self, e: int) -> bool:
        """省长信长星|在西宁会见: the preposition 在 right before a place the finders read ends the
        name before it as a stop would (the clause goes on with where the person acted)."""
        return self.text[e:e + 1] == _AT and any(s == e + 1 for s, _ in self.places)

    def _before_particle_suo(self, p: int, sur: str, ends: list[int]) -> list[int]:
        """镇人大主席沈凯所作的《人大工作报告》: a 所 closing a name before a verb of `suo_particle_verbs`
        (所作, 所做, 所说) is the particle of the clause, no given name's last character: the name ends
        before it where a given name is still left (沈凯|所作); a three-character name (张艳清所作) keeps its end."""
        t = self.text
        return [n - 1 if t[p + n - 1] == "所" and n - 1 > len(sur) and t.startswith(_SUO_PARTICLE_VERBS, p + n)
                else n for n in ends]

    def _before_home_word(self, p: int, sur: str, ends: list[int]) -> list[int]:
        """来到省侨商会会长王保生家，在困难党员李明家: a visit goes to a person's home, and `home_words`
        (家) after a full name is that home, no third given character: a Han given name has two
        characters at most, so a single family name, two given characters and 家 end the name before
        家 (王保生|家); a two-character name (李明家) stays as the other finders read it."""
        t = self.text
        return [n - 1 if len(sur) == 1 and n == 4 and t[p + 3:p + 4] in _HOME_WORDS else n for n in ends]

    def _verb_swallowed(self, p: int, tagged: str | None, ends: list[int]) -> bool:
        """Did jieba's name take in the verb after a shorter name (李谦|作的报告, 王明|作了发言, 裘新|曾任)?
        The characters past the shorter end are a word that follows names, and 的 or 了 closes them
        as a verb's; or a word that follows names starts at the shorter end and runs past jieba's."""
        if not tagged or not ends or len(tagged) <= ends[0]:
            return False
        e, t = p + len(tagged), self.text
        if t[p + ends[0]:e] in _SINGLE_LEADS and _LED_GROUP.match(t, e):
            return True  # 副局长张琦|率慰问团: 率 leads a group, no name 张琦率
        if any(t[p + ends[0]:p + ends[0] + k] in self._follower_set for k in self._follower_lengths
               if ends[0] + k > len(tagged)):
            return True  # 裘新|曾任: the name took the first character of a verb that follows names
        return t[p + ends[0]:e] in self._follower_set and t[e:e + 1] in ("的", "了")

    def _particle_given_name(self, p: int, sur: str, name: str) -> bool:
        """侯为东, 李和平: a given name may open with a character that is a particle elsewhere (为, 和),
        or be that character alone (邓为: `_closed_hard`), when only its first character is one and the name is closed by 同志, punctuation or a word
        that follows names (任命侯为东为…, 侯为东同志不再担任…, 侯为东兼任…): a clause (张为大家,
        陈在会上) runs on instead."""
        given = name[len(sur):]
        e = p + len(name)
        if len(given) == 1 and given in _PARTICLE_GIVEN:
            return self._closed_hard(e)  # 县委副书记邓为出席会议
        if len(given) == 2 and given[1] in _PARTICLE_GIVEN and given[0] not in self.not_in_name:
            return self._particle_name_closed(e) or self._named_as(p, e)  # 戚永和担任…: no clause
        if len(given) == 2 and given[1] in _LAST_BEFORE_PARTY and given[0] not in self.not_in_name:
            return self.text.startswith(_PARTY_WORDS, e)  # 局长曾庆于一行: the party closes the name
            # goes on with 和 + 担任; 罗富和、何厚铧: nor with 和 + a stop
        if len(given) != 2 or given[1] in self.not_in_name or given[0] not in self.not_in_name:
            return False
        return self.text.startswith(_COMRADE, e) or self._boundary(e) > 0

    def _named_as(self, p: int, e: int) -> bool:
        """决定任命朱永和为县人民政府副县长, 免去朱永和的…职务, 接受朱永和辞去…职务: is the name at p..e
        closed by the word its clause's verb calls for (posts_words name_frames: 任命 → 为, 免去 → 的,
        接受 → 辞去), the verb earlier in the clause within _NAME_FRAME_REACH characters?  That word
        opens the post, so a particle before it (和, 为) is the given name's last character (was no
        person); the same word in any other clause (王明和为群众办实事) proves nothing."""
        t = self.text
        frames = [v for v, closing in _NAME_FRAMES if t.startswith(closing, e)]
        if not frames:
            return False
        lo = max(0, p - _NAME_FRAME_REACH)
        lo = max(lo, rfind_any(t, "，,。；;：:\n", lo, p) + 1)
        return any(v in t[lo:p] for v in frames)

    def _particle_name_closed(self, e: int) -> bool:
        """Is a name whose last character is a particle elsewhere (陈华为, 戚永和) closed at e: a
        verb of taking a post (戚永和|担任), a stop (罗富和|、), or a verb of two characters that
        follows names (陈华为|出席会议) whose clause holds no 的 and that runs into no longer word
        (李明为|出席会议的代表颁奖, 王刚为|主持人颁奖: 为 opens a clause there)."""
        t = self.text
        if self._takes_post_at(e) or t[e:e + 1] in "、，,。；;" or self._etc_closes(e):
            return True
        if e >= len(t) or t[e] in _CELL_ENDS:
            return True  # 市长:徐福和⏎, 副书记:徐福和 赵学礼: a roster's cell ends at the line or white space
        if t[e - 1:e + 1] == _AND_WITH and not t.startswith(_WITH_WORDS, e):
            return True  # 副市长戴邦和|与…代表双方签约: 和 and 与 are no two conjunctions in a row (王刚和与会代表: 与会)
        if _SAID_OR_ON_DAY.match(t, e):
            return True  # 副主任黄淑和|在29日举行的会议上说, 黄淑和|说，: no second name opens with 说 or a day
        if not any(t[e:e + k] in self._follower_set for k in self._follower_lengths if k >= 2) \
                or _is_word(t[e:e + 3]):
            return False
        end = next((k for k in range(e, min(len(t), e + 40)) if t[k] in _CLAUSE_STOP), min(len(t), e + 40))
        return "的" not in t[e:end]

    def _etc_closes(self, e: int) -> bool:
        """Does a 等 at e close a list of names (陈大为|等在家县委常委参加会议, 邓为|等同志): 等, then a
        word that follows a list of people (particle_name_etc), not 等待 or 等级 running on?"""
        return self.text.startswith(_PARTICLE_NAME_ETC, e)

    def _takes_post_at(self, e: int) -> bool:
        """Does a verb of taking a post of two characters or more start at e (担任, 出任, 调任), with
        its clause (up to the next stop) no relative clause (…和|担任县长的李明: 和 joins two names)?"""
        t = self.text
        if not t.startswith(_TAKING_VERBS, e):
            return False
        end = next((k for k in range(e, min(len(t), e + 40)) if t[k] in _CLAUSE_STOP), min(len(t), e + 40))
        return "的" not in t[e:end]

    def _closed_hard(self, e: int) -> bool:
        """邓为|，邓为|出席, 邓为|同志: a name of one given character that is a particle elsewhere (为,
        和) ends only where the text cannot read on as a clause: punctuation, 同志, or a verb of two
        or more characters that follows names (not 为 or 和 again: 邓为|和… is a clause)."""
        t = self.text
        if self._boundary(e) == 2 or t.startswith(_COMRADE, e):
            return True
        if self._etc_closes(e):
            return True  # 邓为|等同志
        return any(t[e:e + k] in self._follower_set for k in self._follower_lengths if k >= 2) \
            and t[e] not in self.not_in_name

    def _closing_pair(self, p: int, e: int) -> int:
        """普拉森|西亚|表示: two transliteration characters the dictionary knows as a word (or a found
        place: 西亚) right after a transliterated name of three or more, with the text able to end a
        name right after them, are the name's last syllables (普拉森西亚, a Spanish name); 2, else 0."""
        t = self.text
        pair = t[e:e + 2]
        return 2 if e - p >= 3 and e - p + 2 <= 8 and len(pair) == 2 and all(ch in _TRANSLIT for ch in pair) \
            and not _plain_word(pair) and self._boundary(e + 2) and not self._long_mention_at(e) else 0

    def _in_syllable_group(self, i: int) -> bool:
        """艾力·阿不|都出席, 阿不都·买买|提出席: does i fall inside a syllable group of dotted_name_inner
        (阿不都, 买买提, 热合曼: common stems of Uyghur names) written across it, or opening at it?  No part after · is
        cut there, whatever word of running text the characters at i open."""
        t = self.text
        return any(t.startswith(w, i - k) for w in _DOTTED_SYLLABLES for k in range(len(w)))  # (阿不都|热合曼: one opens at i)

    def _inner_last_syllable(self, i: int) -> bool:
        """开玛尼·奔舍|那|一行, 康连·奔舍|那|举行: inside a part after ·, a character of
        foreign_name_inner (那) right before where a name ends (一行, 举行, punctuation) is the part's
        last syllable (Lao and Thai names), no end before it; not where it opens a word of running
        text (那些, 那样)."""
        t = self.text
        return t[i:i + 1] in _FOREIGN_NAME_INNER and self._boundary(i + 1) and t[i:i + 2] not in _INNER_WORDS

    def _dotted_inner(self, i: int, rest: str) -> bool:
        """努尔兰·阿不|都|满金: inside a part after ·, an adverb of one character of dotted_name_inner (都)
        that the text reads on from (no word that follows names right after it, no word of running text
        it opens: 都是, 都表示 end the name) is a syllable of the name (阿不都, Abdu), no end."""
        return len(rest) >= 2 and rest[0] in _DOTTED_INNER and not self._boundary(i + 1) \
            and not _plain_word(rest[:2]) and not _is_word(rest[:2])

    def _transliterated(self, p: int, name: str) -> str:
        """穆罕默德·本·扎耶德·阿勒纳哈扬: the parts of a foreign name joined by · are one name; a
        name of three or more transliteration characters runs on over the ones after it
        (阿尔巴尼|斯将于: jieba stops a name where the dictionary knows a shorter one) until a
        plain word, a taken span or another character begins."""
        t = self.text
        e = p + len(name)
        if _all_transliteration(name):
            while e < len(t) and e - p < 8 and t[e] in _TRANSLIT and not _plain_word(t[e:e + 2]) \
                    and not _is_word(t[e:e + 2]) and not self._mention_at(e) \
                    and not any(t.startswith(h, e) for h in vocabulary().honorifics):
                e += 1
            e += self._closing_pair(p, e)
        parts = 1
        while e + 1 < len(t) and t[e] in NAME_DOTS and is_han(t[e + 1]) and parts < _DOTTED_PARTS_MAX:
            parts += 1  # (a chain of · runs on no further than a name's parts: each · of a long one
            j = e + 1  # asked again from the next would make the scan quadratic)
            while j < len(t) and j - e <= 8 and is_han(t[j]):
                j += 1
            part = t[e + 1:j]
            cut = next((k for k in range(1, len(part) + 1)
                        if k == len(part) or (not self._in_syllable_group(e + 1 + k)
                                              and not self._inner_last_syllable(e + 1 + k) and (
                            (self._boundary(e + 1 + k) and not self._dotted_inner(e + 1 + k, part[k:]))
                            or any(t.startswith(h, e + 1 + k) for h in vocabulary().honorifics)
                            or (k >= 2 and _manner_at(t, e + 1 + k))  # 肉孜|兴奋地告诉
                            or (k >= 2 and _plain_word(part[k:k + 2])  # 马尔登|有幸
                                and not self._syllable_before_stop(e + 1 + k))  # 福斯特|在致辞, not 福斯|特在
                            or (k >= 2 and _common_words().get(part[k:k + 2]) == "s")))), None)  # 艾则孜|家中: a place word
            if not cut:
                break
            e = e + 1 + cut
        return t[p:e]


# --------------------------------------------------------------------------- bodies

@dataclass
class Body:
    """The body a post is held in: an entity key (existing or new) and how to show it."""
    key: str | None
    name: str
    label: str
    start: int
    end: int
    place: tuple[str, str] | None = None  # (name, code) of the place it is scoped by
    aliases: tuple[str, ...] = ()
    new: bool = False


@dataclass
class Holding:
    person: str
    pstart: int
    pend: int
    body: Body
    post: str
    status: str | None
    date: str | None
    rule: str
    at: int  # where the post is written (article offset)


class _Persons(dict):
    """name → [(start, end, rule)] of the persons an article's scan has read, their spans also
    kept sorted: the scans ask "does a person start between, start at, or cross …?" of every
    post chain and every later occurrence of a name, and a pass over all persons each time made
    a list of thousands of names (出席会议的有…, 任命名单) quadratic.  Add only with `add`."""

    def __init__(self):
        super().__init__()
        self._starts: list[int] = []
        self._ends: list[int] = []  # the end of the span starting at _starts[i]
        self._width = 0  # the longest span: no span crossing [s, e) starts before s - _width

    def add(self, name: str, start: int, end: int, rule: str) -> None:
        self.setdefault(name, []).append((start, end, rule))
        k = bisect_right(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)
        self._width = max(self._width, end - start)

    def starts_between(self, lo: int, hi: int) -> bool:
        """A person starts at a with lo < a < hi."""
        k = bisect_right(self._starts, lo)
        return k < len(self._starts) and self._starts[k] < hi

    def starts_at(self, at: int) -> bool:
        k = bisect_left(self._starts, at)
        return k < len(self._starts) and self._starts[k] == at

    def ends_at(self, at: int) -> bool:
        """A person's span [a, b) has b == at (only spans starting within the longest span's width
        before it are looked at)."""
        lo = bisect_left(self._starts, at - self._width)
        hi = bisect_left(self._starts, at)
        return any(self._ends[i] == at for i in range(lo, hi))

    def last_within(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The (start, end) of the person ending last among those whose span lies in [lo, hi), or None."""
        spans = [(self._ends[i], self._starts[i]) for i in range(bisect_left(self._starts, lo), bisect_left(self._starts, hi))
                 if self._ends[i] <= hi]
        if not spans:
            return None
        e, s = max(spans)
        return s, e

    def crosses(self, start: int, end: int) -> bool:
        """A person's span [a, b) has a < end and start < b."""
        lo = bisect_left(self._starts, start - self._width + 1)
        hi = bisect_left(self._starts, end)
        return any(self._ends[i] > start for i in range(lo, hi))


def _straddled_post(t: str, s: int, e: int, lo: int) -> bool:
    """沙特阿拉伯王国王储兼副首相…萨勒曼 (base: 国王 read, 储兼副 a person): a post word whose first character
    closes a word begun right before it (王国) and whose last character opens another post that runs past
    it (王储) is written across the two, no post of its own.  Only another post on the right: a word there is
    often a given name's (桐庐县县长方毅: 县县 and 长方 are words, 县长 the post); a dictionary look, a post's
    match at one place (shengming101)."""
    if s - 1 < lo or e >= len(t) or not _is_word(t[s - 1:s + 1]):
        return False
    nxt = vocabulary().post_re.match(t, e - 1)
    return nxt is not None and nxt.end() > e


_COMMA_CLAUSES = 4  # clauses of posts read before a name's chain, each after a comma (an obituary's opening)


class ArticleScan:
    """Bodies, posts and names of one article."""

    def __init__(self, doc: Doc, art: Article, mentions: list[Mention]):
        self.doc, self.art, self.text = doc, art, art.text
        self.mentions = sorted((m for m in mentions if m.astart >= 0 and m.key and m.label != "Person"),
                               key=lambda m: (m.astart, -m.aend))
        self.names = NameFinder(self.text, [(m.astart, m.aend) for m in self.mentions],
                                frozenset((m.astart, m.aend) for m in self.mentions if m.label == "Place"))
        code = art.place[len("place-"):] if art.place and art.place.startswith("place-") else None
        code = home_code(doc, art, self.mentions, code)  # 省长 of a story titled with its visitor's country
        self.art_code = code if code and table().get(code) else None
        self.holdings: list[Holding] = []
        self.persons = _Persons()  # name -> [(start, end, rule)]
        self._starts = [m.astart for m in self.mentions]
        self._start_set = set(self._starts)
        self._lazy: dict[str, object] = {}  # indexes built on first use, once per article

    @cached_property
    def body_ends(self) -> frozenset[int]:
        """Where the article's agencies and organisations end: a name right after one (县农业农村局李明介绍,
        发布会由…新闻办公室张竞怡主持) opens its clause as that body's speaker, for a verb of speech."""
        return frozenset(m.aend for m in self.mentions if m.label in ("Agency", "Organization"))

    @cached_property
    def opening_place_ends(self) -> frozenset[int]:
        """Where a place opening its clause ends (3日，周至县|朱建平副县长在…作出批示, qixiang115): a name right
        after it, a post right after the name, is that place's official named first, as at the clause's start."""
        t = self.text
        return frozenset(m.aend for m in self.mentions if m.label == "Place"
                         and (m.astart == 0 or t[m.astart - 1] in _OPENING_STOPS))

    def _run_goes_on(self, e: int) -> bool:
        """Does another one-character place short form start at `e` (老|中合作委员会, 中|俄边境)?  A run
        of countries' characters before a body's words names a bilateral body (老中合作委员会), no body
        of the first country: the name is kept as written, the run whole."""
        return any(m.label == "Place" and m.attrs.get("anaphor") and m.astart == e and m.aend == e + 1
                   for m in self.mentions_starting(e, e + 1))

    def mentions_starting(self, lo: int, hi: int) -> list[Mention]:
        """The found mentions that start in [lo, hi), by bisection (the sentence scans ask this of
        every sentence: a pass over all mentions each time would be quadratic)."""
        return self.mentions[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]

    def written_span(self, name: str) -> tuple[int, int]:
        """(first, last) start of `name` in the article's text, read once per name and article (the
        role-noun rules ask it for every role noun a name follows)."""
        spans = self._lazy.setdefault("written_spans", {})
        got = spans.get(name)
        if got is None:
            got = spans[name] = (self.text.find(name), self.text.rfind(name))
        return got

    def _covered(self) -> bytearray:
        """1 at every character a found mention covers (built once per article)."""
        got = self._lazy.get("covered")
        if got is None:
            got = self._lazy["covered"] = bytearray(len(self.text) + 1)
            for m in self.mentions:
                got[m.astart:m.aend] = b"\x01" * (m.aend - m.astart)
        return got

    def _bodies_index(self) -> tuple[dict, dict, dict]:
        """The found agencies and organisations, first in order, by name, by span and by end:
        (position, mention) each, built once per article instead of a pass per post."""
        got = self._lazy.get("bodies")
        if got is None:
            by_name: dict = {}
            by_span: dict = {}
            by_end: dict = {}
            for n, m in enumerate(self.mentions):
                if m.label in ("Agency", "Organization"):
                    by_name.setdefault(m.norm, (n, m))
                    by_span.setdefault((m.astart, m.aend), (n, m))
                    by_end.setdefault(m.aend, (n, m))
            got = self._lazy["bodies"] = (by_name, by_span, by_end)
        return got

    def _stationed_office(self, i: int, pos: int, host: str | None) -> Body | None:
        """驻京办事处 written with no sender (a liaison office is the sending government's, placed
        where it sits): the one office in that host (`host`: its code, when read) the article names
        in full (河南省驻北京办事处…驻京办事处主任) when its sender is the article's place, else none
        (驻京办 written short, a roundup of many provinces') — never an office of the host city."""
        offices = {m.norm: m for m in self._stationed_mentions()
                   if host is None or m.attrs.get("host_code") == host}
        if len(offices) != 1:
            return None
        m = next(iter(offices.values()))
        if m.attrs.get("place_code") != self.art_code or self.text[pos - 1:pos] in _STATIONED_SHORT:
            return None  # (a roundup of many provinces' 驻京办: only the article's own office, written out)
        return Body(m.key, m.norm or m.surface, m.label, i, pos, None)

    def _own_body(self, kind: str, i: int) -> Mention | None:
        """我院, 本院 at i: the writer's own body of that kind (院), named before — the host of a
        visit the article names (市中级人民法院副院长到县人民法院调研…我院院长: 县人民法院), else the
        first body of that kind it names (遂昌县人民法院邀请县检察院检察长列席…我院院长: the court, not
        the guest named last).  A body that comes to the writer's place is a guest, never the
        writer's (省粮食和物资储备局副局长…到我市督导,我局局长尹明: not the province's bureau); when only
        guests are named before, the writer's body is the first other one of that kind the article
        names after (…中山发展和改革局将按照上级要求…).  The candidates of a kind are found once per article."""
        memo = self._lazy.setdefault("own_bodies", {})
        if kind not in memo:
            found = [m for m in self.mentions if m.label in ("Agency", "Organization")
                     and (m.norm or m.surface).endswith(kind)]
            hosts = [m for m in found if self.text.endswith(_HOST_VERBS, max(0, m.astart - 2), m.astart)]
            guests = [m for m in found if _VISITOR_AFTER.match(self.text, m.aend) is not None]
            memo[kind] = (hosts[:1], [m for m in found if m not in guests][:1], guests[:1])
        hosts, own, guests = memo[kind]
        for m in (*hosts, *own):
            if m.aend <= i:
                return m
        if guests and guests[0].aend <= i:
            return own[0] if own else None  # only a guest named before: the writer's body named after
        return None

    def _self_unit(self, i: int, pos: int, run: str) -> Body | None:
        """厅党组书记、厅长A, 局党组书记 in a department's own news: the department is written by its
        last character alone — the nearest agency named before of that kind (省文化厅召开…), with
        the party organ written after it (云南省文化厅党组); none when the article names no such body."""
        m = self._sentence_unit(run[0], i) or self._lead_units().get(run[0])
        if (m is None or m.aend > i) and (court := self._judicial_self(run, i)) is not None:
            return court if not run[1:] else self._make_body(i, pos, court.name + run[1:], court.place, alias=run)
        if m is None or m.aend > i:
            return None
        name = (m.norm or m.surface) + run[1:]
        if not run[1:]:
            return Body(m.key, name, m.label, i, pos, None)
        return self._make_body(i, pos, name, None, alias=run)

    def _sentence_unit(self, kind: str, i: int) -> Mention | None:
        """湘阴县民政局中秋节违规发放月饼，党组书记、局长庞国荣… (jijian100): a unit written by its last
        character alone is the nearest agency of that kind its own sentence names before it, within
        _SENTENCE_UNIT_REACH characters — in a round-up of cases each case names its own 局, and the
        article's first 局 (`_lead_units`) is another case's.  None where the sentence names none."""
        sent = self.art.sentence_at(i)  # (the article's sentences, found by bisection)
        lo = max(0, i - _SENTENCE_UNIT_REACH, sent.start if sent is not None else i)
        for m in reversed(self.mentions_starting(lo, i)):
            name = m.norm or m.surface
            if m.aend <= i and m.label == "Agency" and name.endswith(kind) and len(name) > 1 \
                    and not name.startswith(_NATIONAL_PREFIXES) and not name.endswith(_GENERAL_OFFICES):
                return m
        return None

    def _judicial_self(self, run: str, i: int) -> Body | None:
        """院党组成员 in a court's news whose court is first written inside its unit's name (潢川法院执行局…,
        院党组成员、副院长刘建国): the article's one court (`article_court`), when named before i; else None."""
        court = self.article_court() if run[0] == _COURT_ANAPHORS[0][-1] else None
        if court is None:
            return None
        if "court_named_at" not in self._lazy:  # (where the court or a unit of it is first written: once an article)
            self._lazy["court_named_at"] = min((m.astart for m in self.mentions
                                                if (m.norm or m.surface).startswith(court.name)), default=None)
        first = self._lazy["court_named_at"]
        return court if first is not None and first < i else None  # (潢川法院执行局 written before)

    def _lead_units(self) -> dict[str, Mention]:
        """The article's own department of each kind (厅, 局): the first agency of the article ending
        in that character, a national organ or a general office aside — the department whose news
        it is (县财政局召开会议，学习国家统计局…。局党组书记…: 县财政局's, not the statistics bureau's;
        省教育厅…传达省政府办公厅通知: 省教育厅's).  Found once per article."""
        got = self._lazy.get("lead_units")
        if got is None:
            got = self._lazy["lead_units"] = {}
            for m in self.mentions:
                name = m.norm or m.surface
                if m.label == "Agency" and name[-1:] not in got and not name.startswith(_NATIONAL_PREFIXES) \
                        and not name.endswith(_GENERAL_OFFICES):
                    got[name[-1]] = m
        return got

    def _stationed_mentions(self) -> list[Mention]:
        """The offices of places elsewhere the finders read in this article (山西省驻天津办事处, and
        天津办事处 read as it), collected once per article."""
        got = self._lazy.get("stationed")
        if got is None:
            got = self._lazy["stationed"] = [m for m in self.mentions if m.label == "Agency"
                                             and m.rule == "agency.stationed-office"]
        return got

    def _hosted_office(self, host: str | None, office: str) -> Mention | None:
        """深圳联络处 written after 上海市人民政府驻深圳联络处: the one office of that kind in that host
        the article names in full (as the agency finder reads 天津办事处), else none."""
        offices = {m.norm: m for m in self._stationed_mentions()
                   if host and m.attrs.get("host_code") == host and m.attrs.get("office") == office}
        return next(iter(offices.values())) if len(offices) == 1 else None

    def _mission(self, body: Body) -> Body | None:
        """大连市政府驻上海办事处: a body named right after 驻 (上海办事处, which the finders read as
        上海's office) is the mission the body before 驻 keeps there: a body under the whole written
        name (大连市人民政府驻上海办事处, its parent's full name first); none without such a body."""
        k = body.start - 1
        while k > max(0, body.start - 4) and not self.text.startswith(_STATIONED, k):
            k -= 1  # (驻 ends right before the body: a step or two back at most)
        hit = self._bodies_index()[2].get(k)  # a found agency ending right before 驻
        if hit is None or hit[1].label != "Agency":
            return None
        parent = hit[1]
        name = (parent.norm or parent.surface) + self.text[k:body.end]
        return self._make_body(parent.astart, body.end, name, None, alias=self.text[parent.astart:body.end])

    def _found_over(self, before: int, end: int) -> Body | None:
        """A found agency ending at `end`, after the organ a post opens with, and opening before
        `before` (第八师|石河子市党委副书记: the division's committee 第八师石河子市党委, not
        石河子市党委; 七师党委书记: 七师党委, which no place opens): that body, else none."""
        hit = self._bodies_index()[2].get(end)
        if hit is None or hit[1].label != "Agency" or hit[1].astart >= before:
            return None
        m = hit[1]
        code = m.attrs.get("place_code")
        if code and table().get(code):
            place = (table().get(code).name, code)
        else:  # 金山镇|党委: a town no table codes, the place the gazetteer found opening the body
            place = next(((p.norm or p.surface, None) for p in self.mentions_starting(m.astart, m.astart + 1)
                          if p.label == "Place" and p.aend <= m.aend), None)
        return Body(m.key, m.norm or m.surface, m.label, m.astart, m.aend, place)

    def _first_body_named(self, name: str, s: int, e: int) -> Mention | None:
        """The first found agency or organisation normalised to `name` or spanning [s, e)."""
        by_name, by_span, _ = self._bodies_index()
        hits = [h for h in (by_name.get(name), by_span.get((s, e))) if h is not None]
        return min(hits, key=lambda h: h[0])[1] if hits else None

    # ---- places and bodies

    def _place_mentions(self, lo: int, hi: int) -> list[tuple[int, int, str, str | None]]:
        """(start, end, name, code) of places inside [lo, hi): found ones, else division names."""
        out = [(m.astart, m.aend, m.norm or m.surface, m.attrs.get("code")) for m in self.mentions_starting(lo, hi)
               if m.label == "Place" and m.aend <= hi and not m.attrs.get("anaphor")]
        if out:
            return out
        T = table()
        t = self.text
        for i in range(lo, hi):
            for n in range(min(8, hi - i), 1, -1):
                cands = T.candidates(t[i:i + n])
                if cands:
                    c = self._nearest(cands)
                    out.append((i, i + n, c.name, c.code))
                    break
        return out

    def _nearest(self, cands):
        """Of several divisions of one name, the one in the article's province."""
        if self.art_code:
            prov = _place_at_level(self.art_code, "province")
            for c in cands:
                if prov and (c.code == prov or table().is_within(c.code, prov)):
                    return c
        return sorted(cands, key=lambda c: c.code)[0]

    def _group_place(self, i: int, level: str) -> tuple[str, str] | None:
        """广元市党政代表团由|市委书记、市长邹自景带队, 甘孜州考察团由|州委书记沈阳带队: a relative post
        right after a group's 由 (group_led_by) is the post of the place the group is named by — the
        nearest coded place of that level ending within a short reach before it, with no clause mark
        between — not the article's (杭州市's story of Sichuan's delegations).  Bounded look back."""
        t = self.text
        if not t.endswith(_GROUP_LED_BY, 0, i):
            return None
        lo = i - _GROUP_REACH
        for s, e, name, code in sorted(self._place_mentions(max(0, lo), i), key=lambda p: -p[1]):
            d = table().get(code) if code else None
            if d is None or any(not is_han(c) for c in t[e:i]):
                continue
            return (d.name, d.code) if d.level == level else None
        return None

    def _city_abroad_head(self, i: int, level: str, post: str) -> Body | None:
        """张美芳…走访英国北爱尔兰弗马纳市，会见新任市长麦克劳夫里: in a story placed abroad, a bare 市长
        whose sentence (or one of the two before) last named a city abroad is that city's head
        (`resolve.city_abroad_before`), not the Chinese city the story names too (was 黄石市, the
        friendship city named later)."""
        if level != "city" or self._post_scope(post) != _CITY_WORD or not self._abroad_story():
            return None
        city = city_abroad_before(self.art, i, self.mentions, self._starts)
        return Body(city.key, city.norm or city.surface, "Place", i, i) if city is not None and city.key else None

    def _abroad_story(self) -> bool:
        """Is the article placed in a country abroad (its place a foreign country's or city's)?"""
        place = self.art.place or ""
        return place.startswith("place-iso-") and not place.startswith(f"place-{CHINA_CODE}")

    def _relative_place(self, level: str, scope: str | None = None) -> tuple[str, str] | None:
        """(name, code) of the article's place at `level`; with the scope word the text uses (县 of
        县委, 副县长), only a county written with it (`county_of_scope`).  A prefecture's scope other
        than 市 (州 of 州委, 盟 of 盟长) names the prefecture even in a county-level city's story."""
        prefecture = level == "city" and bool(scope) and _CITY_WORD not in scope  # 州委, 州长, 盟委
        written = self._written_city() if level == "city" and not prefecture else None
        code = written or (_head_place(self.art_code, level) if self.art_code and not prefecture else None)
        if code is None and level == "county" and scope:  # 区委副书记 in a city's story of one district
            code = self._lone_county()
        if prefecture and self.art_code:  # (a county-level city, 西昌市, is never the 州 of 州委: its prefecture is)
            code = _place_at_level(self.art_code, level, strict=True)
        if (code or prefecture) and scope and not written:  # (州委 in a municipality's district: a named county's 州)
            code = county_of_scope(scope, code, self._place_spellings())
        d = table().get(code) if code else None
        if d is not None and scope in _SUFFIXED_SCOPES and not d.name.endswith(scope):
            return None  # 苏木党委 in a story set in 巴彦托海镇: no 苏木 of the story's
        if d is None and level == "township" and scope and self.art_code is None:
            return self._uncoded_township(scope)
        return (d.name, d.code) if d else None

    def _uncoded_township(self, scope: str) -> tuple[str, None] | None:
        """官塘镇召开…大会。…镇长侍凤成主持会议: a story placed in a township no table codes (merged,
        renamed or too new for the division table) — a bare 镇长, 副镇长 (乡长, 街道 主任 alike) is that
        township's, as a coded one's is; its 镇党委, 镇人大 are read so already.  Only a place found in
        the text, of township level, whose name ends with the post's scope word."""
        e = self.doc.entities.get(self.art.place) if self.art.place else None
        if e is None or e.type != "Place" or e.code or e.level != "township":
            return None
        return (e.name, None) if e.name.endswith(scope) and len(e.name) > len(scope) + 1 else None

    def _lone_county(self) -> str | None:
        """hunan78: 永州市政协副主席、冷水滩区委书记何冲龙主持召开区委常委会会议…区委副书记、区长桂砺锋: a story
        placed in a prefecture (永州 named most) that names one county of it and no other: a bare 区委,
        县长 of its posts is that county's, as `resolve._lone_county` reads 县政协 (once per article)."""
        got = self._lazy.get("lone_county", False)
        if got is False:
            got = self._lazy["lone_county"] = _lone_county(self.mentions, self.art_code)
        return got

    def _head_written_apart(self, place: str, post: str, s: int, e: int) -> bool:
        """省长林武与海南省委书记沈晓明、海南省省长冯飞举行会谈: is the same head's post of the
        article's place written with that place's name for someone else in the sentence?  Then the
        bare post (省长林武) is not that place's — the text names the place only where it is not
        the writer's own (a home province's paper filing from 海口) — and names no body (its bare
        government would be read as the article's place's again).  One look through the sentence."""
        t = self.text
        lo = max(t.rfind(c, 0, s) for c in _SENTENCE_END_CHARS) + 1
        hi = min((k for k in (t.find(c, e) for c in _SENTENCE_END_CHARS) if k >= 0), default=len(t))
        scope = self._post_scope(post)
        names = {place, place[:-len(scope)]} if scope and place.endswith(scope) and len(place) > len(scope) + 1 \
            else {place}
        for name in names:
            k = t.find(name + post, lo, hi)
            while k >= 0:
                if not (k <= s < k + len(name) + len(post)):
                    return True
                k = t.find(name + post, k + 1, hi)
        return False

    def _written_city(self) -> str | None:
        """The article's county when the text writes it with 市 (蓬莱市, a county-level city since
        made 蓬莱区): its 市委, 市长 are its own, as 定州市's are, not the prefecture's (resolve's
        `_written_city_county` names its 市X局 so).  Once per article."""
        got = self._lazy.get("written_city", False)
        if got is False:
            county = _place_at_level(self.art_code, "county", strict=True) if self.art_code else None
            got = county if county and any(c == county and (w or "").endswith(_CITY_WORD)
                                           for c, w in self._place_spellings()) else None
            self._lazy["written_city"] = got
        return got

    def _place_spellings(self) -> list[tuple[str | None, str]]:
        """(code, surface) of the places the article names."""
        got = self._lazy.get("spellings")
        if got is None:  # once per article (asked per post: a pass each time was quadratic)
            got = self._lazy["spellings"] = [(m.attrs.get("code"), m.surface) for m in self.mentions
                                             if m.label == "Place" and not m.attrs.get("anaphor")]
        return got  # (我县 spells the article's place)

    def _post_scope(self, post: str) -> str | None:
        """The relative scope a head's post is written with (县 of 副县长, 区 of 区长)."""
        return next((sc for sc, _ in _RELATIVE_SCOPES if len(sc) == 1 and sc in post), None)

    def article_agency(self, post: str, at: int) -> Body | None:
        """会议由局长赵显春主持 in news about 渠县市场监督管理局: a head's post named with no body (…长
        whose unit is the last character of the agency's name) is held in the agency the headline
        names."""
        base = self._base(post)
        title = next((s for s in self.art.sections if s.kind == "title"), None)
        if title is None or len(base) != 2 or not base.endswith(_THROUGH_POST_END):
            return None
        agency = next((m for m in self.mentions if m.label == "Agency" and title.start <= m.astart < title.end), None)
        if agency is None or not (agency.norm or agency.surface).endswith(base[0]):
            return None
        code = agency.attrs.get("place_code")
        place = (table().get(code).name, code) if code and table().get(code) else None
        return Body(agency.key, agency.norm or agency.surface, agency.label, at, at, place)

    def article_school(self) -> Body | None:
        """The one school the article names (青岛大学, 山东理工大学: a name ending as a school's does),
        which 校党委, 校纪委 and a bare 校长 in its news are of; None where it names none or several.
        Found once per article."""
        if "school" not in self._lazy:
            self._lazy["school"] = self._one_body(
                lambda m, name: m.label in ("Organization", "Agency") and name.endswith(_SCHOOL_ENDS))
        return self._lazy["school"]

    def _one_body(self, kind) -> Body | None:
        """The one body of a kind (`kind(mention, name)`) the article names, with its place; None where
        it names none or several."""
        names = {}
        for m in self.mentions:
            name = m.norm or m.surface
            if kind(m, name):
                names.setdefault(name, m)
        m = next(iter(names.values())) if len(names) == 1 else None
        if m is None:
            return None
        code = m.attrs.get("place_code")
        place = (table().get(code).name, code) if code and table().get(code) else None
        return Body(m.key, m.norm or m.surface, m.label, m.astart, m.aend, place)

    def article_court(self) -> Body | None:
        """The one court or procuratorate the article names (鲁山县人民法院, 襄阳市人民检察院), whose
        departments (执行局, 政治部) a bare one in its news is; None where it names none or several.
        Found once per article."""
        if "court" not in self._lazy:
            self._lazy["court"] = self._one_body(
                lambda m, name: m.label == "Agency" and name.endswith(_JUDICIAL_ORGANS) and len(name) > 3)
        return self._lazy["court"]

    def school_story(self) -> bool:
        """Is the article a school's news of itself (我校召开…, 全校师生 in its opening)?  Its bare
        纪委, 党委 are the school's organs, not its city's."""
        if "school_story" not in self._lazy:
            head = self.text[:_SCHOOL_SELF_WINDOW]
            self._lazy["school_story"] = any(w in head for w in _SCHOOL_SELF)
        return bool(self._lazy["school_story"])

    def _own_office(self, run: str) -> bool:
        """Is `run` an organisation's own office (区域医疗合作办公室): an office ending whose stem is
        no body's name (not 卫健委办公室: the 委's office)?"""
        end = next((w for w in _ORG_OWN_UNITS if run.endswith(w)), None)
        return end is not None and len(run) - len(end) >= 2 and not self._is_unit(run[:-len(end)])

    def _anaphor_unit(self, i: int, pos: int, run: str, before: list[Mention]) -> Body | None:
        """该部门网络新闻信息传播局|局长, 该厅基础教育处|处长: an anaphor, the kind of the body named
        before (部门, 单位 name any; 厅, 局 one that ends so) and a unit of it: the unit of the
        nearest such body before, in the last few bodies found (bounded), or None."""
        for n in (2, 1):
            kind, rest = run[1:1 + n], run[1 + n:]
            if len(rest) < 2 or not self._is_unit(rest):
                continue
            for m in list(reversed(before))[:_ANAPHOR_REACH]:
                name = m.norm or m.surface
                if m.aend <= i and m.label == "Agency" and (kind in _ANAPHOR_KINDS or name.endswith(kind)):
                    code = m.attrs.get("place_code")
                    d = table().get(code) if code else None
                    return self._make_body(i, pos, name + rest, (d.name, code) if d else None)
        return None

    def _is_unit(self, rest: str) -> bool:
        """Does `rest` end as a body's name does?  (A weak ending — 庭, 科 — not in a common word: 家庭.)"""
        if rest.endswith(_WEAK_UNITS) and _is_word(rest) or rest.endswith(_SHARE_WORDS + _RANK_WORDS):
            return False  # (中国平安入股|董事长: the stake, no section 股 of a body; 天津正厅|干部: a rank)
        return rest.endswith(vocabulary().unit_suffixes)  # (one C call of the tuple, not ~350 in a generator)

    def _not_inside_place(self, i: int, lo: int) -> int:
        """The start of a place whose name the run's start `i` cuts (a long body's 24-character
        window may stop inside 湖北省), else `i`: a body never opens in the middle of a place."""
        for m in self.mentions_starting(max(lo, i - 8), i):
            if m.label == "Place" and m.astart < i < m.aend:
                return m.astart
        return i

    def _not_inside_body(self, i: int, lo: int, pos: int) -> int:
        """The start of a found agency or organisation that ends right at the post and that the
        run's start `i` cuts (the window stops at a 、 inside 政协福建省第七届、八届委员会), else `i`:
        the body is the one found, never its tail after the 、 (八届委员会).  Looks back at most
        _BODY_REACH characters."""
        for m in self.mentions_starting(max(lo, i - _BODY_REACH), i):
            if m.label in ("Agency", "Organization") and m.astart < i < m.aend == pos:
                return m.astart
        return i

    def _strip_lead(self, lo: int, hi: int) -> int:
        """Skip verbs and time words that open the run before a body (率, 时任, 来自 …)."""
        t = self.text
        words = _verb_kinds("act", "speech", "appoint", "nominate", "elect", "transfer", "promote",
                            "remove", "career", "former", "adverb") + _LEAD_WORDS
        starts = tuple(words)  # (one startswith of them all says whether a pass can move)
        moved = True
        while moved and lo < hi and t.startswith(starts, lo) and not t.startswith(_LEAD_CHAR_WORDS, lo):
            # (，就业收入分配和消费司司长: 就 opens 就业, the body's first word, no adverb 'then')
            moved = False
            for w in words:  # (not the 将 of 将乐县: a name found starts there)
                if t.startswith(w, lo) and lo + len(w) < hi and lo not in self._start_set:
                    lo += len(w)
                    moved = True
                    break
        return lo

    def _after_clause_verb(self, i: int, pos: int) -> int:
        """副省长欧某已经中央批准担任|省委常委: a verb inside the run before a post ends the clause
        the run began with (a person, a subject, an act); the body is written after the last such
        verb, never one inside a name already found."""
        t, cov = self.text, self._covered()
        best = i
        for w in _CLAUSE_VERBS:
            k = t.rfind(w, i, pos)
            if k >= 0 and not cov[k] and best < k + len(w) < pos and not self._place_then_held(i, k, w) \
                    and (w not in _ORGAN_CLAUSE_VERBS or t.startswith(_CLAUSE_VERB_ORGANS, k + len(w))) \
                    and (w not in _COMPANY_CLAUSE_VERBS or t.startswith(_BARE_COMPANY_WORDS, k + len(w))):
                best = k + len(w)
        return best

    def _place_then_held(self, i: int, k: int, verb: str) -> bool:
        """南湖镇时任纪委书记马克亮: 时任 written between a place and its organ dates the post; the place
        still names the body (南湖镇纪委), so the run keeps it.  So does 现任 (普定县水井村现任驻村第一书记
        蔡定雍, yungui97: the post held now; post_ordinal strips it before the post)."""
        return verb in _PLACE_STATUS_VERBS and any(e == k for _, e, _, _ in self._place_mentions(i, k))

    def body_through(self, pos: int, lo: int, prev: Body | None, head_level: str | None,
                     inherit: bool = True) -> Body | None:
        """The body before a post, or, for a post written through its body's last character
        (宣传部长 = 宣传部部长, 县公安局长), the body ending inside the post — not one written out
        before it (秘书科|科长: no 秘书科科)."""
        body = self.body_before(pos, lo, prev, head_level, inherit)
        if body is None and self._defined_short_form_before(pos) and pos - 1 > lo:
            end = pos - 2 if self.text[pos - 2:pos - 1] in _CLOSE_QUOTES else pos - 1  # (简称“上航”)
            body = self.body_before(end, lo, prev, head_level, inherit)  # …分公司(简称:中国电信四川公司)|党委副书记
        if body is None and (k := self._second_name_bracket(pos, lo)) is not None:
            body = self.body_before(k, lo, prev, head_level, inherit)  # 区委党史研究室(区地方志办公室)|主任
        if body is None and self.text[pos + 1:pos + 2] == _THROUGH_POST_END \
                and self.text[pos] not in _SCOPE_CHARS and self.text[pos - 1:pos] != self.text[pos] \
                and not self._bare_kind_before(pos, lo) \
                and not self._whole_post_after(pos, lo):  # (县长: 县 is the head's scope, no body)
            body = self.body_before(pos + 1, lo, prev, head_level, inherit)
        if body is None and self.text[pos - 1:pos] == "国" and pos - 1 > lo:
            body = self._country_ending_at(pos - 1)  # 日本|国|外务大臣: the country found without its 国
        if body is None and (k := self._quoted_post_body_end(pos, lo)) is not None:
            body = self.body_before(k, lo, prev, head_level, inherit)  # 岩林村驻村|“第一书记”
        if body is None:
            body = self._village_of_post(pos, lo)  # 省物价局派驻伍坊村|(的)|第一书记陈健
        return body

    def _village_of_post(self, pos: int, lo: int) -> Body | None:
        """省物价局派驻伍坊村的第一书记陈健, 派驻岩林村的“第一书记”廖翔: a village's first secretary
        (village_posted_posts) written after the village and 的 holds that post in the village, as
        伍坊村第一书记 does.  Only a village or community found right before 的, within _VILLAGE_OF_REACH,
        or the one a demonstrative's 该村 names, 的 or not (`_village_named_last`: 该村第一书记廖翔)."""
        t = self.text
        if not t.startswith(_VILLAGE_POSTED, pos):
            return None
        k = pos - 1 if t[pos - 1:pos] == _OPEN_QUOTE else pos
        de = t[k - 1:k] == "的"
        k -= de
        that = next((w for w in _VILLAGE_THAT if t.endswith(w, lo, k)), None)
        if k <= lo or not (de or that):
            return None  # (伍坊村第一书记: the body before read it)
        if that is not None:  # 派驻该村的“第一书记”廖翔: the village named last (`_village_named_last`)
            m = _village_named_last(self, k - len(that))
            return None if m is None else Body(m.key, m.norm or m.surface, "Place", k - len(that), k)
        m = next((m for m in self.mentions_starting(max(lo, k - _VILLAGE_OF_REACH), k)
                  if m.label == "Place" and m.aend == k and m.attrs.get("level") in _VILLAGE_LEVELS), None)
        return None if m is None else Body(m.key, m.norm or m.surface, "Place", m.astart, m.aend)

    def _posted_village(self, body: Body, s: int) -> bool:
        """省物价局派驻|伍坊村|第一书记陈健: 驻 before a village found there and its first secretary's post
        (village_posted_posts) at s sends a cadre to the village, no envoy's mission: the post is the
        village's."""
        t = self.text
        return t.startswith(_VILLAGE_POSTED, s) and (
            t[body.start:body.end] in _VILLAGE_THAT  # 派驻|该村|的“第一书记”: the village named last
            or any(m.label == "Place" and m.aend == body.end and m.attrs.get("level") in _VILLAGE_LEVELS
                   for m in self.mentions_starting(body.start, body.start + 1)))

    def _quoted_post_body_end(self, pos: int, lo: int) -> int | None:
        """岩林村驻村“第一书记”陆建勇, 现村“第一书记”邵东山: a post written in quotes is the body's written
        before the opening quote, and a stationed cadre's 驻村 (驻村第一书记 written with the quotes inside)
        belongs to the post, no part of the body.  Where that body ends, or None (no quote opens the post)."""
        t = self.text
        if t[pos - 1:pos] != _OPEN_QUOTE or pos - 1 <= lo:
            return None
        k = pos - 1
        word = next((w for w in _QUOTED_POST_PREFIXES if t.endswith(w, lo, k)), "")
        return k - len(word) if k - len(word) > lo else None

    def _second_name_bracket(self, pos: int, lo: int) -> int | None:
        """Where the bracket opens that closes right before a post and holds one body's name whole
        (区委党史研究室(区地方志办公室)主任周敏, 县委宣传部（县委网信办）副部长: one office under two names,
        the bracket its second): the post is the body's written before the bracket; None otherwise."""
        if self.text[pos - 1:pos] not in _BRACKET_CLOSES:
            return None
        k = max(self.text.rfind(o, max(lo, pos - _SECOND_NAME_REACH), pos - 1) for o in _BRACKET_OPENS)
        if k <= lo:
            return None
        whole = any(m.label in ("Agency", "Organization") and m.aend == pos - 1
                    for m in self.mentions_starting(k + 1, k + 2)) \
            or self.text[k + 1:pos - 1] in _SECOND_NAME_KINDS \
            or self._unit_bracket(k, pos)  # 工商联(总商会)主席: the federation is the chamber
        return k if whole else None

    def _unit_bracket(self, k: int, pos: int) -> bool:
        """便民服务中心(退役军人服务站)主任, 县文化馆(县非遗保护中心)馆长: a bracket no finder read whole
        still holds a body's second name where it is Han characters alone that end as a body's name
        does (`_is_unit`) and the name before it ends so too — not a rank or note (主任(正科级))."""
        inner, t = self.text[k + 1:pos - 1], self.text
        return len(inner) >= 3 and all(is_han(ch) for ch in inner) and self._is_unit(inner) \
            and self._is_unit(t[max(0, k - 6):k])

    def _defined_short_form_before(self, pos: int) -> bool:
        """中国电信股份有限公司四川分公司(简称:中国电信四川公司)党委副书记: does a bracket defining a
        short form close right before the post, its short form a mention of the body named in full
        (short_forms)?  The post is that body's, written after its definition."""
        return self._defined_owner_before(pos) is not None

    def _defined_owner_before(self, pos: int) -> str | None:
        """The full name whose short form a bracket closing right before `pos` defines (…分公司(简称:
        中国电信四川公司)|, 上海航空股份有限公司(简称“上航”)|: the short form may close its quotes
        first), or None.  A bare organ after it (纪委, 党委) is that body's."""
        if self.text[pos - 1:pos] not in _DEFINITION_CLOSE:
            return None
        end = pos - 2 if self.text[pos - 2:pos - 1] in _CLOSE_QUOTES else pos - 1
        return next((m.attrs["short_form_of"] for m in self.mentions_starting(max(0, end - 20), end)
                     if m.aend == end and m.attrs.get("short_form_of")), None)

    def _place_through_head(self, i: int, pos: int) -> Body | None:
        """李峰出任枣庄市长, 解维俊被补选为菏泽市长: a head's post written through its place's last
        character (the 市 of 枣庄市 opens 市长, as the text never writes 枣庄市市长 there): the
        place the gazetteer found ending one past the post's start, its name ending in that scope
        character, is the body.  The found place, not the article's (a province's round-up)."""
        t = self.text
        if t[pos:pos + 1] not in _SCOPE_CHARS:
            return None
        for m in self.mentions_starting(i, pos):
            name = m.norm or m.surface
            if m.label == "Place" and m.aend == pos + 1 and not m.attrs.get("anaphor") and name.endswith(t[pos]) \
                    and len(name) > 1 and not self.persons.crosses(m.astart, pos):
                return Body(None, name, "Place", m.astart, pos, (name, m.attrs.get("code")))
        return None

    def _whole_post_after(self, pos: int, lo: int) -> bool:
        """Is the post at `pos` written whole after what precedes it, so that its first character
        ends no body (宣传部长 does)?  After a term (协会首任|会长, 联合会第二届|会长: no body 协会首任会)
        or after a person's name read before (江泽慧|会长: no body 江泽慧会) — the look-back is
        bounded by the longest name."""
        t = self.text
        if pos <= lo:
            return False
        if t[pos - 1] in _THROUGH_NOT_AFTER:
            return True
        return any(t[pos - k:pos] in self.persons for k in range(2, 5) if pos - k >= lo)

    def _joined_committee(self, i: int, k: int, pos: int, lo: int) -> bool:
        """Is the particle at k the 和 (与) of a committee's name running from i to pos (社会和法制
        委员会, 民族和宗教委员会, 农业与农村委员会)?  The run opens the clause (after punctuation), the
        part before the particle is two to four characters that hold nothing found, and the run
        ends with 委员会."""
        t = self.text
        return t[k] in _COMMITTEE_JOINERS and t.endswith(_JOINED_COMMITTEE_ENDS, i, pos) and 2 <= k - i <= 4 \
            and (i <= lo or not is_han(t[i - 1])) and not self._covered()[i] \
            and not any(self._covered()[i:k])

    def _bare_kind_before(self, pos: int, lo: int) -> bool:
        """Is what is written before `pos` a kind of organisation alone (，医院|院长)?  Its post is
        whole after it: the kind's last character opens no post written through it (医院院)."""
        t, i = self.text, pos
        while i > lo and pos - i < 8 and is_han(t[i - 1]):
            i -= 1
        return t[i:pos] in L.ORG_SUFFIXES

    def _listed_department(self, s: int) -> tuple[str, tuple[str, str] | None] | None:
        """州委组织部、统战部部长: a bare party department listed right after another committee's
        department (、 between them) shares one post and one committee with it — the committee of
        the department before (黔西南州委), never the article's place's.  (committee name, place)
        of that department, or None.  One look at the mentions just before (bounded)."""
        t = self.text
        if s < 2 or t[s - 1] != "、":
            return None
        for m in self.mentions_starting(max(0, s - 24), s - 1):
            if m.aend != s - 1 or m.label != "Agency":
                continue
            name = m.norm or m.surface
            k = name.rfind("委")
            if k <= 0 or not _party_department(name[k + 1:]):
                continue
            code = m.attrs.get("place_code")
            d = table().get(code) if code else None
            return name[:k + 1], ((d.name, code) if d else None)
        return None

    def _before_term_council(self, pos: int, lo: int) -> int:
        """Where a term and a council written between an organisation found and its head's post start
        (晋江市伊斯兰教协会|第四届理事会|会长, 县佛协|二届理事会|会长): the post is the association's,
        whose council elects its head; `pos` itself where no such term follows a found organisation."""
        m = _TERM_COUNCIL_RE.search(self.text, max(lo, pos - _TERM_COUNCIL_MAX), pos)
        mass = m is None or m.end() != pos
        if mass:  # 文联|第一届委员会|主席: a people's organisation's committee of its term
            m = _MASS_TERM_COUNCIL_RE.search(self.text, max(lo, pos - _TERM_COUNCIL_MAX), pos)
        if m is None or m.end() != pos or m.start() <= lo:
            return pos
        q = m.start()
        found = any(o.aend == q and o.label == "Organization" and (not mass or o.attrs.get("mass"))
                    for o in self.mentions_starting(max(lo, q - 30), q))
        return q if found else pos

    def body_before(self, pos: int, lo: int, prev: Body | None, head_level: str | None,
                    inherit: bool = True) -> Body | None:
        """The body written right before a post at `pos` (none: the previous post's body).  A word
        that qualifies the post stands between them (市文联专职副主席, 致公党某市委会专职副主委): the
        body ends before it, and it is no part of the body's name."""
        t = self.text
        pos = next((pos - len(w) for w in _POST_MODIFIERS if pos - len(w) >= lo and t.startswith(w, pos - len(w))), pos)
        pos = _second_office_name_open(t, pos, lo)  # 山东省外办|(港澳办)副主任: the office written first
        pos = self._before_term_council(pos, lo)  # 晋江市伊斯兰教协会|第四届理事会|会长: the association's
        i = pos
        while i > lo and pos - i < 24:
            if i < pos and self.persons.ends_at(i):
                break  # 三明市科协主席阎伟强|率市科协副主席刘辉 (minqiong100): a name ends another post's chain
            if is_han(t[i - 1]):
                i -= 1
            elif (q := _qualifier_open(t, i, lo)) is not None and not self.persons.ends_at(q):
                i = q  # 四川省外事（港澳）办出国（境）|管理处: a bracketed qualifier inside the name
            elif (q := _numbered_open(t, i, lo)) is not None:
                i = q  # 国家税务总局第34督导组|常务副组长: the group's number in figures inside the name
            else:
                break
        i = self._not_inside_place(i, lo)  # (湖|北省第十三届…委员会: the window cuts no place name)
        i = self._not_inside_body(i, lo, pos)  # (政协福建省第七届、|八届委员会: nor a body found to the post)
        i = self._after_clause_verb(self._strip_lead(i, pos), pos)
        if i >= pos:
            return None
        # a found agency or organisation spanning exactly to the post, or through its first
        # character (外交部长, 县公安局长: the 部 of 外交部 opens 部长)
        for m in self.mentions_starting(i, pos + 1):
            if (m.aend == pos or (m.aend == pos + 1 and m.astart < pos)) \
                    and m.label in ("Agency", "Organization") and not self._bare_organ_cut(m, i):
                code = m.attrs.get("place_code")
                place = (table().get(code).name, code) if code and table().get(code) else None
                name = m.norm or m.surface
                if inherit and prev is not None and prev.label != "Place" and prev.name.endswith("委") \
                        and not code and _party_department(name):  # 莆田市委常委、统战部部长
                    return Body(None, prev.name + name, "Agency", m.astart, m.aend, prev.place, (name,), new=True)
                if inherit and prev is not None and prev.label == "Agency" and not code and m.astart == i \
                        and (parent := _congress_committee_parent(prev.name, name)):  # 人大常委会委员、内务司法委员会主任委员
                    return Body(None, parent + name, "Agency", m.astart, m.aend, prev.place, (name,), new=True)
                if inherit and (moved := self._chain_scoped(m, prev)) is not None:
                    return moved  # 湖南省副省长、省公安厅厅长: 湖南省公安厅, not the article's province's
                if (moved := self._chain_scoped(m, None, paragraph=True)) is not None:
                    return moved  # 长寿区政协召开…。区政协主席师明萌: 长寿区政协, not the round-up's first district's
                return self._region_body(Body(m.key, name, m.label, m.astart, m.aend, place), pos)
        if head_level and (through := self._place_through_head(i, pos)) is not None:
            return through  # 出任枣庄市长: the found 枣庄市 ends inside the post
        anaphoric = [(m.astart, m.aend, m.norm, m.attrs.get("code")) for m in self.mentions_starting(i, pos)
                     if m.label == "Place" and m.attrs.get("anaphor") and m.norm and m.attrs.get("code")
                     and ((m.astart == i and m.aend < pos) or t.endswith(_STATIONED, 0, m.astart))]  # (中国驻|美|大使)
        places = [p for p in self._place_mentions(i, pos)] + anaphoric  # 该区|区委副书记: the place 该区 resolved to
        joined = max((p[0] for p in places if t[p[0]] in _CONJUNCTIONS and (self.persons.crosses(p[0] - 1, p[0])
                                                                             or t.endswith(_SPEECH_BEFORE_JOINER, i, p[0]))),
                     default=None)  # (…的报告和|县委常委: 和 joins two things heard, no 和县 either)
        if joined is not None:  # 张三和|县委副书记: 和 joins a second person, no 和县 is named
            i = joined + 1
            places = [p for p in places if p[0] >= i]
        for s, e, name, code in sorted(places, key=lambda p: -p[0]):
            if _water_before_chief(t, e, pos, name, code):
                continue  # 东河县级河段长张世忠: the river he answers for, no body he holds the post in
            if any(m.label == "Organization" and e < m.aend <= pos  # (no name is 200 characters long)
                   for m in self.mentions_starting(max(0, s - 200), s + 1)):
                continue  # 广东海大集团禽产业事业部: the company's brand, read with the company below
            if self.persons.starts_between(e - 1, pos):
                continue  # 上海市委书记习近平和|市委副书记: a name between, the place is another post's
            rest = t[e:pos]
            ordinal = _POST_ORDINAL_RE.match(rest)
            rest = rest[ordinal.end():] if ordinal and (ordinal.end() < len(rest) or rest in _PLACE_STATUS_VERBS) \
                else rest  # (水井村|现任|驻村第一书记: the village itself the body, as 南湖镇|时任|…)
            term = next((w for w in _TERM_WORDS if rest.startswith(w) and len(rest) > len(w)), "")
            rest = rest[len(term):]  # 山南|新一届|市委常委: the committee's new term, no word of its name
            ordinal = ordinal or term
            rest = _after_government(name, rest)  # 茌平区人民政府|区委副书记: the district's 区委
            then = rest.startswith(_THEN_HELD) and len(rest) > len(_THEN_HELD)
            rest = rest[len(_THEN_HELD):] if then else rest  # 南湖镇|时任|纪委书记: the town's 纪委, dated
            if len(rest) == 1 and rest == t[e - 1] and rest in _LEVEL_AGAIN:
                rest = ""  # 玉麦比村|村|支书阿扎, 某村|村|主任: the village's word again before its post (sichuan73)
            if rest and (not self._is_unit(rest) or any(w in rest for w in _CLAUSE_WORDS) or _joins_people(rest)
                         or rest.startswith(_CLAUSE_OPENERS) or rest[:1] in _CLOSE_BRACKETS):
                continue  # (横沙乡|人民政府代表团一行在县委: a clause, the body is 县委; 工作组(中山)|工作组: the
                # place is a bracket's note inside another body's name, no body of its own)
            if not rest:
                return Body(None, name, "Place", s, e, (name, code))
            if (t[s:e] != name or ordinal) and name[-1] == rest[0]:  # 怒江州委: 怒江傈僳族自治州委; 深圳市第一任市委
                rest = rest[1:]
            if rest in _STATIONED_OFFICES and t.endswith(_STATIONED, 0, s):
                at = s - len(next(w for w in _STATIONED if t.endswith(w, 0, s)))  # (the body opens at 驻)
                hit = self._bodies_index()[2].get(at)  # 江苏省政府|驻北京办事处: the agency before 驻 sends it
                if hit is not None and hit[1].label == "Agency" and rest not in _STATIONED_SHORT:
                    parent = hit[1]
                    return self._make_body(parent.astart, pos, (parent.norm or parent.surface) + t[at:pos], None,
                                           alias=t[parent.astart:pos])
                return self._stationed_office(at, pos, code)  # 驻京办事处主任: the sender's office, not 北京市办事处
            if rest in _STATIONED_OFFICES and (office := self._hosted_office(code, rest)) is not None:
                return Body(office.key, office.norm, office.label, s, pos, None)  # 深圳联络处 after 驻深圳联络处
            if rest in _STATIONED_OFFICES and code and (d := table().get(code)) is not None \
                    and d.level in _HOST_LEVELS:
                return None  # 深圳联络处: some government's office in 深圳, never 深圳市联络处 (街道办事处 is a street's)
            if rest in _PLACE_BRANCHES:  # 宜川分院院长: some institution's branch called by the place, not 宜川县分院
                return self._make_body(s, pos, t[s:pos], None)
            if rest.startswith(_AS_WRITTEN_ORGANS) and t[s:e] != name:  # 青岛海关统计分析处处长: the house's
                return self._make_body(s, pos, t[s:pos], None)  # division, named as the house is, not 青岛市海关…
            if rest.startswith(_CAMPUS_WORDS):  # 济南校区工会主席: a school's campus called by its city, not 济南市校区;
                return self._make_body(s, pos, t[s:pos], None, label="Organization")  # the school's unit
            if (s, e, name, code) in anaphoric and self._run_goes_on(e):
                return self._make_body(s, pos, t[s:pos], None)  # 老中|合作委员会: two countries name it, as written
            # (兴隆山镇武装部长: the department under its standard name, as the entities stage names it written whole)
            full = _organ_of_place(_written_division_abroad(t[s:e], name, code), code,
                                   _standard_department(_standard_organ(rest)))
            if (s, e, name, code) in anaphoric:  # 该区|区委: the body is written 区委, 该区 is no name of it
                return self._make_body(e, pos, full, (name, code), alias=t[e:pos])
            return self._make_body(s, pos, full, (name, code),
                                   alias=None if ordinal or then or full == t[s:pos] else t[s:pos])
        particles = _verb_kinds("particle")
        for k in range(pos - 1, i - 1, -1):  # 会议由|市委: what follows the last function word
            if _preposition_ends(t, i, k + 1) and not self._covered()[k]:
                i = k + 1  # 要按照|省委书记: a preposition of following, no part of the body
                break
            if t[k] in particles and not self._covered()[k]:
                if t.startswith(_PARTICLE_WORDS, k):
                    continue  # 国新办|对外信息局: 对 opens 对外, a word of the body's name, no function word
                if self._joined_committee(i, k, pos, lo):
                    break  # 社会和法制委员会, 农业与农村委员会: the 和 is inside the committee's name
                if t[k] in _NAME_JOINERS and k > i and _HAN_RE.match(t[k - 1]) and not self._covered()[k - 1] \
                        and not self.persons.crosses(k - 1, k) and t[k - 1] not in _JOINER_NOT_AFTER \
                        and not t.endswith(_PEOPLE_BEFORE_JOINER, i, k) \
                        and not t.endswith(_SPEECH_BEFORE_JOINER, i, k):  # (外办负责同志和|我校…办公室: two people;
                    # …的讲话和|市委常委: two things heard)
                    continue  # 省信息安全与测评认证中心: 与 joins two words of one name (not 董事长王志华|与…事业部)
                i = k + 1
                if t[k] == "的":
                    i = _after_list_verb(t, i)  # 出席会议的(领导)有|县委书记王刚: no part of the body
                break
        if i >= pos:
            return None
        run = t[i:pos]
        if (kind := _association_kind(run)) and (assoc := self._article_association(kind, i, pos)) is not None:
            return assoc  # 协会会长, 第三届总会会长: the 协会, 总会 the article names, no other written
        if any(w in run for w in _TERM_WORDS):
            return None  # 当选为商会新一届会长: a body's new term before its post, no body named 商会新一届会
        if _BODY_COUNT_RE.search(run):
            return None  # 县委四个巡察组组长A、B: the leaders of several teams, no one body (was 县委四个巡察组)
        scope = _school_scope(run)
        if scope and run[len(scope):] in _SCHOOL_ORGANS and (school := self.article_school()) is not None \
                and school.name.endswith(_SCHOOL_SCOPE_ENDS[scope]):  # 青岛大学…校纪委书记: the university's 纪委
            return self._make_body(i, pos, school.name + run[len(scope):], school.place, alias=run)
        if scope and run == scope and t.startswith(tuple(_SCHOOL_ORGANS), pos) \
                and (school := self.article_school()) is not None and school.name.endswith(_SCHOOL_SCOPE_ENDS[scope]):
            return Body(school.key, school.name, school.label, i, pos, school.place)  # 校|党委书记: as 青岛大学党委书记
        if scope == _SCHOOL_SELF_SCOPE and run == scope and (school := self.article_school()) is not None:
            return Body(school.key, school.name, school.label, i, pos, school.place)  # 学校|副校长孙平: the school's
        if run[0] in _SELF_UNITS and run[1:] in _SELF_UNIT_ORGANS:
            if inherit and (own := _chain_unit(prev, run)) is not None:
                return own if not run[1:] else self._make_body(i, pos, own.name + run[1:], own.place, alias=run)
            return self._self_unit(i, pos, run)  # 云南省文化厅召开…|厅党组书记: the 厅 the article names
        if (k := _inner_anaphor(run)) > 0 and not self._covered()[i + k - 1]:
            i, run = i + k, run[k:]  # 受到|该会理事长: the verb before the anaphor is no part of the body
        if run[0] in _ANAPHORS:  # 该局, 本委: the nearest body of that kind named before
            before = self.mentions[:bisect_left(self._starts, i)]
            if run[0] in _SELF_ANAPHORS:
                m = self._own_body(run[1:], i) if len(run) > 1 else None
                return Body(m.key, m.norm or m.surface, m.label, i, pos) if m is not None else None
            for m in reversed(before):
                if m.aend <= i and m.label in ("Agency", "Organization") and \
                        (m.norm or m.surface).endswith(run[1:]) and len(run) > 1:
                    return Body(m.key, m.norm or m.surface, m.label, i, pos)
            return self._anaphor_unit(i, pos, run, before)
        if (party := _party_before_relative(run)):
            # 中共市委常委、统战部长岑国健: the party's prefix before a relative committee (a democratic
            # party's story writes 中共市委 to tell the CPC's from its own 市委) names the article's 市委
            i, run = i + len(party), run[len(party):]
        for scope, level in _RELATIVE_SCOPES:
            if run.startswith(scope):
                rest = run[len(scope):]
                if rest and not self._is_unit(rest) or run.startswith(_SCOPE_OPENED_WORDS):
                    break
                pl = self._short_region(scope, rest, pos) or \
                    (self._prev_scope_place(prev, level, scope) if inherit else self._listed_place(i, level, scope)) \
                    or self._group_place(i, level) or self._paragraph_organ_place(i, level, scope, rest) \
                    or self._paragraph_township(i, level, scope) or self._relative_place(level, scope)
                if rest and (found := self._resolved_opening(i, pos)) is not None:
                    return self._found_unit(found, pos, pl)  # 省工信厅|工业互联网处: the unit of the 厅 as found
                if pl is None or (level == "province" and scope == "自治区" and "自治区" not in pl[0]):
                    break
                if not rest:
                    return Body(None, pl[0], "Place", i, pos, pl)
                return self._make_body(i, pos, scoped_name(pl[0], scope, _standard_department(_standard_organ(_whole_organ(rest)))),
                                       pl, alias=run)
        if inherit and prev is not None and run in _COMMITTEE_SCHOOLS and (committee := _committee_of(prev)):
            # 县委常委、组织部长、党校校长刘敏, 县委副书记、党校校长: the committee's own party school
            return self._make_body(i, pos, committee + run, prev.place, alias=run, label=_SCHOOL_LABEL)
        if not self._is_unit(run) or len(run) < 2:
            return None
        if run in _BARE_COMMITTEES and (named := self._committee_named_before(i, run, head_level)) is not None:
            # 市委网信委副主任徐张艳和委员会委员杜兴林: the committee just named, not one of the place (市人民政府委员会)
            return Body(named.key, named.name, named.label, i, pos, named.place)
        if prev is not None and prev.label == "Organization" and self._own_office(run) \
                and not any(m.astart == i for m in self.mentions_starting(i, i + 1)):
            # 人民医院副院长A、区域医疗合作办公室主任B: an office in the chain of its officers is the hospital's
            return self._make_body(i, pos, prev.name + run, prev.place, alias=run, label=prev.label)
        if inherit and prev is not None and prev.label == "Agency" and (parent := _congress_committee_parent(prev.name, run)) \
                and not any(m.label == "Place" for m in self.mentions_starting(i, i + 1)):
            # 省人大常委会委员、内务司法委员会主任委员: the congress's special committee (工作委员会: the standing committee's)
            return self._make_body(i, pos, parent + run, prev.place, alias=run)
        for m in self.mentions_starting(i, pos):  # an agency or organisation opening the run (国电集团党组)
            if m.label in ("Agency", "Organization"):
                return self._unit_of(m, pos)
        if _party_department(run) and (listed := self._listed_department(i)) is not None:
            return self._make_body(i, pos, listed[0] + run, listed[1], alias=run)  # 州委组织部、统战部部长
        committee = _committee_of(prev) if inherit and prev is not None and prev.label != "Place" else None
        if committee and run in _SCHOOL_UNITS:  # 北京大学团委副书记、教务部副部长: the school's, not the committee's
            school = next((prev.name[:-len(o)] for o in _SCHOOL_ORGANS if prev.name.endswith(o)), "")
            return self._make_body(i, pos, school + run, prev.place, alias=run) \
                if school.endswith(_SCHOOL_UNIT_PARENTS) else None  # (校团委: no school named, no body)
        if committee and prev.place and run.endswith("部") and _government_department_whole(run):
            # 县委常委、人武部政委 (zhengbing105): a government's department (人民武装部) is the place's, no
            # department of the committee; its standard name, as 县人武部 written whole has
            return self._make_body(i, pos, prev.place[0] + _standard_department(run), prev.place, alias=run)
        if committee and (run.endswith("部") or _party_department(run)):
            # 市委常委、宣传部部长, 市委常委、政法委书记: a department of that committee (not 重庆市政法委)
            return self._make_body(i, pos, committee + run, prev.place, alias=run)
        if inherit and prev is not None and prev.label == "Agency" and run in _AGENCY_OFFICES:
            return self._make_body(i, pos, prev.name + run, prev.place, alias=run)  # 人大常委会副秘书长、办公厅主任
        if inherit and prev is not None and _stationed_in(prev, run):
            return self._make_body(i, pos, prev.name + run, prev.place, alias=run)  # 省教育厅党组成员、纪检组长
        if prev is not None and prev.label == "Organization" and run in L.ORGANS and run not in _PLACE_ONLY_ORGANS \
                and not run.startswith(tuple(sc for sc, _ in _RELATIVE_SCOPES)):
            # 人民医院党委副书记、纪委书记, 集团总经理A、纪委书记B (the list's body): the organisation's own committee, not
            # the committee of the place the organisation is in
            return self._make_body(i, pos, prev.name + run, prev.place, alias=run)
        zone = _zone_of_committee(prev.name) if inherit and prev is not None and prev.label == "Agency" \
            and ((run in _ZONE_ORGANS and len(run) > 1) or run in _ZONE_UNITS or _government_department(run)) else None
        if zone:  # 开发区党工委书记、管委会主任, 党工委委员、财政局局长: the zone's, not the city's (聊城市管委会)
            # (管委主任: the 管委会's, under its standard name)
            return self._make_body(i, pos, zone + _organ_full_forms_map().get(run, run), prev.place, alias=run)
        if inherit and prev is not None and prev.label == "Organization" and run in _ORG_OWN_UNITS:
            # 民进中山市委会委员、办公室主任叶裕华: a bare office in the chain of a party's committee (an
            # organisation) is that committee's office, not an office of the place it is in (中山市办公室)
            return self._make_body(i, pos, prev.name + run, prev.place, alias=run, label=prev.label)
        if inherit and (parent := self._department_of_unit(prev)) is not None and self._is_unit(run) \
                and run not in L.ORGANS and not _government_department(run):
            # 吉林省公安厅办公室主任兼指挥中心指挥长: a unit listed after a department's unit is the department's
            # too (吉林省公安厅指挥中心), not a unit of the province (吉林省指挥中心)
            return self._make_body(i, pos, (parent.norm or parent.surface) + run, prev.place, alias=run)
        if inherit and prev is not None and prev.label == "Agency" and run in _JUDICIAL_UNITS \
                and prev.name.endswith(_JUDICIAL_ORGANS):
            # 北京知识产权法院党组成员、副院长A，党组成员、政治部主任B: the court's political department
            return self._make_body(i, pos, prev.name + run, prev.place, alias=run)
        if inherit and prev is not None and prev.place and prev.label != "Place" \
                and not (run in _PREFECTURE_ORGANS and not prev.place[0].endswith(_PREFECTURE_ORGANS[run])):
            # 市委常委、纪委书记 (not 自治区人民政府副主席、地委书记: a prefecture's committee, never the region's:
            # the bare organ below finds the article's prefecture)
            if _other_scope_organ(run, prev.place[0]):
                # 省委常委、市委书记, 市委常委、区委书记: a place of that level inside the one before, unnamed
                # (no 山东省市委): the organ as written, of no place, as where the text names no place
                return self._make_body(i, pos, run, None) if _relative_committee(run) else None
            # (地委副书记、行署专员: the prefecture's 行政公署, its standard name as when written alone)
            return self._make_body(i, pos, prev.place[0] + _organ_full_forms_map().get(run, run), prev.place, alias=run)
        if prev is None and run in _JUDICIAL_UNITS and (court := self.article_court()) is not None:
            # 鲁山县法院开展执行案款集中发放活动。…执行局局长时增旭: the one court of the story's 执行局
            return self._make_body(i, pos, court.name + run, court.place, alias=run)
        if run in _STATIONED_OFFICES and self.text.find(_STATIONED[0], max(0, i - 4), i) >= 0:
            return self._stationed_office(i, pos, None)  # 驻京办事处主任: the sender's office, not 北京市办事处
        bare_organ = run in L.ORGANS and run not in _ZONE_ORGANS \
            and not run.startswith(tuple(sc for sc, _ in _RELATIVE_SCOPES))  # (县委: relative, kept)
        if bare_organ and inherit and (scope := _placeless_scope(prev)) is not None:
            return self._make_body(i, pos, scope + run, None, alias=run)  # 旗委副书记、政府旗长: the 旗's 政府
        if bare_organ and run in _SCHOOL_ORGANS and (self.school_story() or _school_clause(t, i)):  # 我校…纪委书记
            school = self.article_school()
            return None if school is None else \
                self._make_body(i, pos, school.name + run, school.place, alias=run)
        if bare_organ and (owner := self._defined_owner_before(i)) is not None:
            # 上海航空股份有限公司(简称“上航”)纪委副书记: the company's own committee, not the article's place's
            return self._make_body(i, pos, owner + run, None, alias=run)
        if bare_organ and prev is None and self._anaphoric_owner_listed(i):
            return None  # 我院党委副书记、纪委书记王仁田: the hospital's own committee, unnamed — not the place's
        if bare_organ or (prev is None and _party_department(run)):  # 纪委书记, 宣传部部长 alone:
            pl = self._relative_place(table().get(self.art_code).level) if self.art_code else None
            if pl is not None and run in _PREFECTURE_ORGANS and not pl[0].endswith(_PREFECTURE_ORGANS[run]):
                # 地委书记 in a story naming no prefecture: the committee as written, of no place
                # (like 县委 where no county is named); 行署 so written names no body
                return self._make_body(i, pos, run, None) if run.endswith(_COMMITTEE_END) else None
            if pl is None:
                return None  # the article's place's organ; a text naming no place names none
            pl = _county_organ_place(run, pl, t, pos)
            committee = "" if bare_organ else next(w for w, end in _cue("committee") if pl[0].endswith(end))
            organ = _organ_full_forms_map().get(run, run)  # 行署 → 行政公署, 政府 → 人民政府
            name = prefecture_committee(pl[0], run) or pl[0] + committee + organ
            return self._make_body(i, pos, name, pl, alias=run)
        if _bare_kinds(run) or _owner_kind_union(run):
            return None  # 公司董事长, 集团公司总经理, 企业妇联主席: kinds of organisation alone name none of them
        if run in _SESSION_BODIES:
            return self._session_congress(i)  # 大会新闻发言人郭卫民: a congress's session, no body named 大会
        if run in _DOCUMENT_GROUPS:
            return self._document_group(i, pos, run)  # 《政府工作报告》起草组负责人: the report's drafting group
        if run in _GROUP_OFFICES and (group := self._group_with_office(i)) is not None:
            return self._make_body(i, pos, group.name + run, group.place, alias=run)  # 兼任办公室主任: the group's
        if (zone := self._article_zone()) is not None and (run in _ZONE_MANAGEMENT or run == _ZONE_PARTY_COMMITTEES[0]):
            # 天水经开区召开大会。管委会主任A: the one zone the article names
            return self._make_body(i, pos, zone[0] + _organ_full_forms_map().get(run, run), zone, alias=run)
        if (run in _ZONE_MANAGEMENT or run in _ZONE_PARTY_COMMITTEES) and (zone := self._clause_zone(i)) is not None:
            # 天津滨海新区近日人事变动，工委书记、管委会主任皮某: the zone the sentence opened with
            return self._make_body(i, pos, zone[0] + _organ_full_forms_map().get(run, run), zone, alias=run)
        short = next((w for w in _BARE_OFFICE_SHORTS if run.startswith(w)), None)
        if short and (named := self._office_named_before(i, i + len(short))) is not None:
            # 国务院新闻办举行发布会…图为新闻办新闻局局长: the office named in full before, its unit
            return self._make_body(i, pos, (named.norm or named.surface) + run[len(short):], None, alias=run,
                                   label=named.label)
        if (party := self._party_body_before(i, lo, run)) is not None:
            # 民盟新疆区委会选派参政议政部负责人曾维杰: the department of the party's committee the clause names
            return self._make_body(i, pos, party.norm + run, None, alias=run, label=party.label)
        if run in _AGENCY_OFFICES and (campaign := self._campaign_office(i)) is not None:
            return campaign(pos, run)  # 公安部“百日行动”办公室主任: the ministry's office of that campaign
        if run in _BARE_OFFICES and self.art_code is None and not self._body_named_before(i):
            return None  # 社区召开…，办事处主任张三: an office of no place and no body the article names, no body
        if run in _BARE_UNIT_WORDS:
            return self._unit_named_before(i, pos, run)  # 常宁市融媒体中心…中心主任方富贵: that centre
        if (station := _standard_department(run)) in _STATION_UNITS \
                and (named := self._unit_named_before(i, pos, station)) is not None:
            return named  # 赛马镇市场监督管理所…市场监督管理所所长王军: that station (市场监管所: under its standard name)
        return self._make_body(i, pos, _scoped_standard_department(run), None, alias=run)

    def _anaphoric_owner_listed(self, i: int) -> bool:
        """我院党委副书记、纪委书记王仁田, 该公司总经理、党委书记: a bare organ after the 、 of a chain of posts
        whose clause opens with the writer's or an anaphor's own body of no place (我院, 本院, 该公司, 我校) is
        that body's organ; where the anaphor named no body the organ is none — never the committee of the
        article's place.  The look-back is one clause, at most `_ANAPHORIC_OWNER_REACH` characters."""
        t = self.text
        if i < 3 or t[i - 1] != _LISTED_ORGAN_MARK:
            return False
        lo = max(0, i - _ANAPHORIC_OWNER_REACH)
        k = rfind_any(t, _BARE_ORGAN_OPENERS, lo, i - 1)
        if k < 0 and lo > 0:
            return False  # (no clause opened within reach)
        head = k + 1
        return t[head:head + 1] in tuple(_ANAPHORS) and t.startswith(_ANAPHORIC_OWNER_KINDS, head + 1)

    def _unit_named_before(self, i: int, pos: int, run: str) -> Body | None:
        """A bare unit word before its head's post (中心主任方富贵) stands for the one body ending with it
        that the article named before (常宁市融媒体中心…中心主任: that centre); where it named none, or
        two (融媒体中心, 网络中心), the word names no body — never an agency called 中心."""
        got = self._lazy.get("unit_words")
        if got is None:  # per word: where each body ending with it starts, and the one body named up to there
            got = self._lazy["unit_words"] = {}
            for m in self.mentions:
                name = m.norm or m.surface
                word = next((w for w in _BARE_UNIT_WORDS | _STATION_UNITS if name.endswith(w)), None)
                if word is None or name == word or m.label not in ("Agency", "Organization") or not m.key:
                    continue
                starts, named = got.setdefault(word, ([], []))
                one = (m.key, name, m.label) if not named or named[-1] == (m.key, name, m.label) else (None,) * 3
                starts.append(m.astart)
                named.append(one)
        starts, named = got.get(run, ((), ()))
        k = bisect_left(starts, i)
        if not k or named[k - 1][0] is None:
            return None
        named = named[k - 1]
        return Body(named[0], named[1], named[2], i, pos, None)

    def _body_named_before(self, i: int) -> bool:
        """Does the article name an agency or organisation before offset i (a body a bare office may be of)?"""
        first = self._lazy.get("first_body")
        if first is None:
            first = self._lazy["first_body"] = min((m.astart for m in self.mentions
                                                    if m.label in ("Agency", "Organization")), default=len(self.text))
        return first < i

    def _campaign_office(self, i: int):
        """公安部“百日行动”办公室主任: a bare office written right after a quoted campaign's name that a found
        agency is written right before is that agency's office of the campaign (公安部百日行动办公室), not a
        body named 办公室 of no one.  A maker of the body, or None.  Bounded: the quote's few characters."""
        t = self.text
        if i < 3 or t[i - 1] not in _CLOSE_QUOTES:
            return None
        k = t.rfind(_OPEN_QUOTE, max(0, i - _CAMPAIGN_REACH), i - 1)
        name = t[k + 1:i - 1] if k >= 0 else ""
        if len(name) < 2 or not all(is_han(ch) for ch in name):
            return None
        owner = next((m for m in self.mentions_starting(max(0, k - _BODY_REACH), k)
                      if m.label == "Agency" and m.aend == k), None)
        if owner is None:
            return None
        code = owner.attrs.get("place_code")
        place = (table().get(code).name, code) if code and table().get(code) else None
        return lambda pos, run: self._make_body(owner.astart, pos, (owner.norm or owner.surface) + name + run,
                                                place, alias=name + run)

    def _department_of_unit(self, body: Body | None) -> Mention | None:
        """The department a found unit is written after (吉林省公安厅|办公室: 吉林省公安厅), when that parent is
        a found agency opening the unit's name and no organ (a government's or a committee's own office
        lists the place's departments after it: 县政府办公室主任、教育局局长 is 县教育局's)."""
        if body is None or body.label != "Agency" or not body.name.endswith(tuple(_AGENCY_OFFICES)):
            return None
        for m in self.mentions_starting(body.start, body.start + 1):
            name = m.norm or m.surface
            rest = body.name[len(name):]
            office = next((w for w in _AGENCY_OFFICES if rest.endswith(w)), "")
            if m.label == "Agency" and m.aend < body.end and body.name.startswith(name) and office \
                    and not self._is_unit(rest[:-len(office)]) and not _organ_or_committee(name):
                return m  # (公安部|百日行动办公室: the campaign's office is the ministry's; 交警大队办公室 is the 大队's)
        return None

    def _party_body_before(self, i: int, lo: int, run: str) -> Mention | None:
        """The committee of a democratic party (民盟新疆区委会, org.party-committee) found last before a
        bare department (参政议政部, 组织部: `party_body_unit_ends`) in the same sentence, with no other
        agency or organisation between: the department is that committee's, not a body of its own."""
        if not run.endswith(_PARTY_BODY_UNIT_ENDS) or len(run) < 3:
            return None
        last = None
        for m in self.mentions_starting(max(lo, i - _PARTY_BODY_REACH), i):
            if m.label in ("Agency", "Organization") and m.aend <= i:
                last = m
        return last if last is not None and last.rule == _PARTY_COMMITTEE_RULE else None

    def _bare_organ_cut(self, m: Mention, i: int) -> bool:
        """A found body that is a bare organ's kind (人民法院) with a place and more of the name
        written before it in the window (海南省第一中级|人民法院, 海南省洋浦经济开发区|人民法院): the
        finder cut the name; the place's reading below takes it whole."""
        name = m.norm or m.surface
        return name in L.ORGANS and not m.attrs.get("place_code") and \
            any(s < m.astart and e < m.astart for s, e, _, _ in self._place_mentions(i, m.astart))

    def _group_with_office(self, i: int) -> Body | None:
        """成立国家制造强国建设领导小组。领导小组办公室设在工业和信息化部…副部长毛伟明兼任办公室主任: a bare
        office whose group the text has just named, and whose office it has just spoken of (领导小组办公室),
        within _ANTECEDENT_REACH characters before: the last such working group (a found agency ending in a
        `group_office_owners` word), else None."""
        lo = max(0, i - _ANTECEDENT_REACH)
        found = None
        for m in self.mentions_starting(lo, i):
            name = m.norm or m.surface
            if m.label == "Agency" and m.aend <= i and (kind := next((k for k in _GROUP_OWNERS if name.endswith(k)), None)) \
                    and self.text.find(kind + _GROUP_OFFICE, m.aend, i) >= 0:
                found = m
        return None if found is None else Body(found.key, found.norm or found.surface, found.label, found.astart,
                                               found.aend, None)

    def _document_group(self, i: int, pos: int, run: str) -> Body | None:
        """A drafting or compiling group right after the document it writes, in 《》 (《政府工作报告》
        起草组负责人、国务院研究室主任黄守宏): the group named by the document (政府工作报告起草组), no
        body named 起草组 alone; with no title right before it, the group names no body."""
        t = self.text
        if not t.endswith("》", 0, i):
            return None
        k = t.rfind("《", max(0, i - _TITLE_REACH), i - 1)
        title = t[k + 1:i - 1] if k >= 0 else ""
        if not title or any(ch in title for ch in "《》\n。"):
            return None
        return self._make_body(k, pos, title + run, None, alias=t[k:pos])

    def _session_congress(self, i: int) -> Body | None:
        """The congress whose session a bare 大会 or 会议 before a post at `i` is (十四届全国人大二次会议…
        举行新闻发布会，大会发言人娄勤俭): the last congress (a body of `session_congresses`) named
        earlier in the sentence; None when the sentence names none — the session is no body."""
        sent = self.art.sentence_at(i)
        if sent is None:
            return None
        found = None
        for m in self.mentions_starting(sent.start, i):
            if m.label == "Agency" and m.aend <= i and (m.norm or m.surface).endswith(_SESSION_CONGRESSES):
                found = m
        return None if found is None else Body(found.key, found.norm or found.surface, found.label, i, i, None)

    def _region_body(self, body: Body, pos: int) -> Body:
        """A found 区党委, 区政府 of no place before the post at `pos`, in an autonomous region's news:
        the region's (西藏自治区党委, `_short_region`); any other body as it is."""
        written = self.text[body.start:body.end]
        if body.place or not written.startswith(_REGION_SHORT) or \
                (region := self._short_region(_REGION_SHORT, written[1:], pos)) is None:
            return body
        organ = body.name[1:] if body.name.startswith(_REGION_SHORT) else written[1:]  # (政府 found as 人民政府)
        name = scoped_name(region[0], _REGION_SHORT, _standard_organ(organ))
        return Body(None, name, body.label, body.start, body.end, region, (written,), new=True)  # (not the found 区党委)

    def _chair_among(self, pos: int) -> bool:
        """Is a chair's post (主席, 常务副主席) among the posts written from `pos` on, joined by 、 only
        (区政府党组副书记、常务副主席)?  A district's 区政府副区长李某、区政协主席… stops at the name.
        Bounded: _REGION_CHAIN posts."""
        t, q = self.text, pos
        for _ in range(_REGION_CHAIN):
            m = vocabulary().post_re.match(t, q)
            if m is None:
                return False
            if self._base(m.group(0)) in _CHAIR_POSTS:
                return True
            q = m.end() + 1
            if t[q - 1:q] != "、":
                return False
        return False

    def _short_region(self, scope: str, rest: str, pos: int) -> tuple[str, str] | None:
        """区党委书记, 区政府常务副主席 in news of an autonomous region (西藏, 宁夏 …): 区 written short
        for 自治区 before the region's own organs (region_short_organs: 党委 for any post, 政府 for a
        chair's: a district has a 区委 and a 区长) is the region, not a district.  (name, code) of the
        region the article's place is in; None elsewhere."""
        if scope != _REGION_SHORT or rest not in _REGION_SHORT_ORGANS or not self.art_code:
            return None
        if _REGION_SHORT_ORGANS[rest] == "chair" and not self._chair_among(pos):
            return None
        d = table().get(_head_place(self.art_code, "province") or "")
        return (d.name, d.code) if d is not None and d.name.endswith(_REGION_WORD) else None

    def _paragraph_organ_place(self, i: int, level: str, scope: str, rest: str) -> tuple[str, str] | None:
        """长寿区政协召开常委会会议…。区政协主席师明萌出席: a relative organ (区政协) after the same
        organ written with its place's name earlier in the paragraph is that place's, not the
        article's (a round-up of several districts' news, each a paragraph).  Only when that place
        is the one place of the level the paragraph names before (开封市委书记李四，市委书记赵六 in a
        郑州 story, 李四来郑州考察。市委副书记赵六陪同: two cities, the article's place decides).
        Bounded: the same line, at most _PARAGRAPH_ORGAN_REACH characters back."""
        t = self.text
        if not rest:
            return None
        lo = max(0, i - _PARAGRAPH_ORGAN_REACH, t.rfind("\n", 0, i) + 1)
        if any(t.find(a + scope, lo, i) >= 0 for a in _SELF_ANAPHORS):
            return None  # 临城县县委书记…来我县考察。县委副书记…: the writer's own county is the second one
        named, organ = set(), None
        for m in self.mentions_starting(lo, i):
            if m.aend > i:
                continue
            code = m.attrs.get("code") if m.label == "Place" else m.attrs.get("place_code")
            d = table().get(code) if code else None
            if d is not None and m.attrs.get("anaphor"):
                named.add(_head_place(code, level) or code)  # 临城县县委书记…来我县考察: 我县 is a second county
                continue
            if d is None or not t.startswith(d.name[:2], m.astart):
                continue  # (区政协十六届六次会议: written relative itself, the resolver's guess)
            head = _head_place(code, level)
            if head is None:
                continue
            named.add(head)
            if m.label == "Agency" and head == code and d.name.endswith(scope) \
                    and (m.norm or m.surface).endswith(rest):
                organ = (d.name, d.code)
        return organ if organ is not None and named == {organ[1]} else None

    def _paragraph_township(self, i: int, level: str, scope: str) -> tuple[str, str] | None:
        """suzhe90: 郑陆镇是我市东部工业强镇…。镇党委书记曹志伟、镇长杨康成表示 in a round-up of several
        towns (the article placed in 奔牛镇, named first): a bare 镇党委, 镇长 (乡 alike) is the one
        township of that scope the paragraph names before it, not the article's.  Only when the
        paragraph names exactly one (two towns named: the article's place decides) and no 我镇/本镇
        (the writer's own town).  Bounded: the same line, at most _PARAGRAPH_ORGAN_REACH back."""
        if level != "township" or not scope:
            return None
        t = self.text
        lo = max(0, i - _PARAGRAPH_ORGAN_REACH, t.rfind("\n", 0, i) + 1)
        if any(t.find(a + scope, lo, i) >= 0 for a in _SELF_ANAPHORS):
            return None
        named = {}
        for m in self.mentions_starting(lo, i):
            if m.label != "Place" or m.aend > i or m.attrs.get("anaphor") or m.attrs.get("level") != "township":
                continue
            name = m.norm or m.surface
            if name.endswith(scope) and len(name) > len(scope) + 1:
                named[m.attrs.get("code") or name] = name
        if len(named) != 1:
            return None
        key, name = next(iter(named.items()))
        return (name, key if key != name else None)

    def _prev_scope_place(self, prev: Body | None, level: str, scope: str) -> tuple[str, str] | None:
        """湖南省副省长、省公安厅厅长: a relative scope (省, 市) in a chain of one person's posts is the
        place of that level the previous body is in, not the article's (a provincial leader met in
        another province's story).  Only a coded place whose name ends with the scope word."""
        code = prev.place[1] if prev is not None and prev.label != "Organization" and prev.place else None
        code = _head_place(code, level) if code else None
        d = table().get(code) if code else None
        return (d.name, d.code) if d is not None and d.name.endswith(scope) else None

    def _listed_place(self, i: int, level: str, scope: str | None) -> tuple[str, str] | None:
        """上海市委书记俞正声，市委副书记、市长韩正: a relative scope (市委, 市长) opening the first post
        of a name written right after another name (only ，、和 between) is the place of that level
        the other's last post names in full — a list of one place's leaders, not the article's place
        (郑州市's story of Shanghai's hosts).  Bounded: the last few holdings, read from the end."""
        t = self.text
        k = i - 1
        if k <= 0 or t[k] not in _LISTED_JOINERS or not scope:
            return None
        for h in reversed(self.holdings[-_LISTED_REACH:]):
            if h.pend != k:
                continue
            code = h.body.place[1] if h.body.place and h.body.label != "Organization" else None
            d = table().get(code) if code else None
            if d is None or _head_place(code, level) != code or not d.name.endswith(scope) \
                    or not t.startswith(d.name[:2], h.body.start):
                return None  # (the last post is another level's, or its place was itself relative)
            if h.post and h.body.name.startswith(d.name) \
                    and t.startswith(h.body.name[len(d.name) - len(scope):] + h.post, i):
                return None  # 开封市委书记李四，市委书记赵六陪同: the same post twice is two places' holders
            return (d.name, d.code)
        return None

    def _chain_scoped(self, m: Mention, prev: Body | None, paragraph: bool = False) -> Body | None:
        """A found agency written with a relative scope (省公安厅) that the finder resolved to the
        article's place, after a post of another place of that level in the same chain: the
        chain's place's agency (湖南省副省长、省公安厅厅长 in a story from 云南).  With `paragraph`,
        the place of the same organ written in full earlier in the paragraph instead
        (`_paragraph_organ_place`)."""
        surface = m.surface
        for scope, level in _RELATIVE_SCOPES:
            if not surface.startswith(scope) or len(surface) <= len(scope):
                continue
            pl = self._paragraph_organ_place(m.astart, level, scope, surface[len(scope):]) if paragraph \
                else self._prev_scope_place(prev, level, scope)
            own = self._relative_place(level, scope)
            name = m.norm or surface
            if pl is None or own is None or pl == own or name != scoped_name(own[0], scope, surface[len(scope):]):
                return None
            return Body(None, scoped_name(pl[0], scope, surface[len(scope):]), m.label, m.astart, m.aend, pl,
                        (surface,), new=True)  # (the found mention itself is the article's place's)
        return None

    def _resolved_opening(self, i: int, pos: int) -> Mention | None:
        """The found agency that opens a relative-scoped run at i and ends before `pos`, resolved to
        a full name (省政府办公厅 → 山东省人民政府办公厅): a unit written after it (秘书三处) is that
        body's, so a visiting province's office keeps its province and not the article's place's."""
        for m in self.mentions_starting(i, i + 1):
            if m.label == "Agency" and m.aend < pos and m.norm and m.norm != m.surface:
                return m
        return None

    def _found_unit(self, m: Mention, pos: int, pl: tuple[str, str] | None) -> Body:
        """The unit ending at `pos` of the found relative-scoped agency m (`_unit_of`), placed where
        m is: its own place, else the article's when m's name opens with it (省委|教育工委 of 山西省)."""
        body = self._unit_of(m, pos)
        code = m.attrs.get("place_code")
        place = (table().get(code).name, code) if code and table().get(code) else \
            (pl if pl is not None and body.name.startswith(pl[0]) else None)
        return body if place is None else replace(body, place=place)

    def _unit_of(self, m: Mention, pos: int) -> Body:
        """县法院行政审判庭庭长: a unit written after a body's short or relative name is the unit of
        that body under its full name (浙江省供销合作社业务处, with the written name as an alias)."""
        written = self.text[m.astart:pos]
        full = m.norm or m.surface
        if m.aend < pos and (named := self._office_named_before(m.astart, m.aend)) is not None:
            # 国务院新闻办举行发布会…图为新闻办新闻局局长: the office named in full before, its unit
            return self._make_body(m.astart, pos, (named.norm or named.surface) + self.text[m.aend:pos], None,
                                   alias=written, label=named.label)
        if m.label == "Organization" and m.aend < pos:  # 广东海大集团禽产业事业部: a company's unit is no agency
            return self._make_body(m.astart, pos, written, None, label="Organization")
        if m.label == "Agency" and _RE_SESSION.fullmatch(self.text, m.aend, pos):
            return Body(m.key, full, m.label, m.astart, pos, None)  # 十四届全国人大|二次会议大会新闻发言人: the congress's
        if m.aend >= pos or full == m.surface or m.label != "Agency":
            return self._make_body(m.astart, pos, written, None)
        # (no place of its own: a unit is where its body is, 浙江省供销社业务处 is part of the 供销社)
        return self._make_body(m.astart, pos, full + self.text[m.aend:pos], None, alias=written)

    def _committee_named_before(self, s: int, kind: str, head_level: str | None) -> Body | None:
        """The committee a bare kind (委员会: `bare_committees`) stands for as a post's body: the body
        written last in the _ANTECEDENT_REACH characters before s whose name ends with that kind and is
        more than it (市委网络安全和信息化委员会 → 衢州市委网络安全和信息化委员会), read as a post's body
        is there; None when there is none."""
        t = self.text
        k = t.rfind(kind, max(0, s - _ANTECEDENT_REACH), s)
        while k > 0 and not is_han(t[k - 1]):
            k = t.rfind(kind, max(0, s - _ANTECEDENT_REACH), k)
        if k <= 0:
            return None
        body = self.body_before(k + len(kind), max(0, k - 24), None, head_level, inherit=False)
        if body is None or body.label != "Agency" or len(body.name) <= len(kind) or not body.name.endswith(kind):
            return None
        return body

    def _office_named_before(self, s: int, e: int) -> Mention | None:
        """The agency a bare office's short name (新闻办, 外办: `bare_office_shorts`) stands for: the last
        agency found in the _ANTECEDENT_REACH characters before it whose written name ends with that short
        name (国务院新闻办) or whose name ends with its full form (国务院新闻办公室); None when there is none."""
        short = self.text[s:e]
        if short not in _BARE_OFFICE_SHORTS:
            return None
        full = _BARE_OFFICE_SHORTS[short]
        found = None
        for a in self.mentions_starting(max(0, s - _ANTECEDENT_REACH), s):
            name = a.norm or a.surface
            if a.label == "Agency" and a.aend <= s and len(name) > len(short) and name != full \
                    and (self.text.endswith(short, a.astart, a.aend) or name.endswith(full)):
                found = a
        return found

    def _make_body(self, s: int, e: int, name: str, place, alias: str | None = None,
                   label: str | None = None) -> Body:
        label = label or ("Organization" if (any(name.endswith(x) for x in L.ORG_SUFFIXES) and not name.endswith(_NOT_ORG_ENDINGS))
                          or name.endswith(_mass_organisations())
                          or _NUMBERED_INSTITUTION_RE.search(name)
                          or name.endswith(_INSTITUTION_ENDINGS)  # (社区卫生服务中心主任: a clinic)
                          or name.endswith(tuple(_PLACE_BRANCHES))  # (…医院宜川分院: a hospital's branch)
                          or name.endswith(_LEAGUE_ENDINGS) else "Agency")  # (学院团委书记: the League's)  # (市侨联主席: a people's organisation)
        m = self._first_body_named(name, s, e)
        if m is not None:
            return Body(m.key, m.norm or m.surface, m.label, s, e, place)
        aliases = tuple(a for a in (alias,) if a and a != name)
        return Body(None, name, label, s, e, place, aliases, new=True)

    def head_body(self, body: Body | None, kind: str) -> Body | None:
        """A head of government named with the government (临城县人民政府县长) heads the place."""
        if kind != "head" or body is None or body.label == "Place":
            return body
        for organ in _GOVERNMENT_ORGANS:
            if body.name.endswith(organ):
                cands = table().candidates(body.name[:-len(organ)])
                if cands:
                    c = self._nearest(cands)
                    return Body(None, c.name, "Place", body.start, body.end, (c.name, c.code))
        return body

    def national_head(self, s: int, lo: int, post: str) -> Body | None:
        """国家主席习近平: a head-of-state post after 国家 is held in the country that word stands
        for (posts_words.tsv national_scope: the word and the country's ISO code), whether or not
        the document writes its name (国家主席 is the Chinese state's own title: a Chinese report
        writes 中国 only when a foreign head is named beside it, if at all).  A foreign country
        written right before (越南国家主席苏林) or its ruling party (越共中央总书记、国家主席) makes the
        post that country's; a foreign country named earlier in the same clause, or earlier in
        the article before the same post, leaves it unread (老挝国家主席通伦…国家主席通伦表示)."""
        if self._post_kind(post)[1] != "state":
            return None
        for word, iso in _NATIONAL_SCOPE:
            k = s - len(word)
            if k < lo or not self.text.startswith(word, k):
                continue
            if (country := self._country_ending_at(k) or self._party_country(k)) is not None:
                return country  # 越南国家主席苏林, 越共中央总书记、国家主席苏林: that country's
            return self._home_state(iso, k, s, word + post)
        return None

    def _home_state(self, iso: str, k: int, s: int, title: str) -> Body | None:
        """The country of national_scope (China) for 国家主席 at [k, s) written with no country:
        the document's own mention of it, else a body of its name; none when a foreign country is
        named earlier in the clause or was written before the same title in the article."""
        t = self.text
        c = max([k - 30, 0] + [j + 1 for j in range(max(0, k - 30), k) if t[j] in _CLAUSE_STOP])
        c = _after_dateline(t, c, k)
        if self._names_foreign(c, k) or self._foreign_title_before(title, k):
            return None
        ent = self.doc.entities.get(f"place-iso-{iso}")
        if ent is not None:
            return Body(ent.id, ent.name, "Place", k, s, (ent.name, f"iso-{iso}"))
        name = _country_names().get(iso)
        return Body(None, name, "Place", k, s, (name, f"iso-{iso}")) if name else None

    def _foreign_title_before(self, title: str, k: int) -> bool:
        """Was `title` (国家主席) written right after a foreign country before k in the article,
        with the same name after it (老挝国家主席通伦 … 国家主席通伦)?  The bare title before
        another name is China's again (越南国家主席苏林访华。国家主席习近平会见…).  Such titles are
        listed once per article, with the two characters after each (where a name starts)."""
        index = self._lazy.get("foreign_titles")
        if index is None:
            index = self._lazy["foreign_titles"] = {}
            for m in self.mentions:
                code = m.attrs.get("code") or ""
                if m.label == "Place" and code.startswith("iso-") and code != CHINA_CODE:
                    for w, _ in _NATIONAL_SCOPE:
                        if self.text.startswith(w, m.aend):
                            pm = vocabulary().post_re.match(self.text, m.aend + len(w))
                            if pm:
                                index.setdefault(w + pm.group(0), []).append(
                                    (m.aend, self.text[pm.end():pm.end() + 2]))
        after = self.text[k + len(title):k + len(title) + 2]
        return any(e < k and name == after for e, name in index.get(title, ()))

    def _party_country(self, k: int) -> Body | None:
        """The country of a foreign ruling party named earlier in the clause before k (越共中央总书记、
        国家主席: Vietnam's; posts_words.tsv foreign_parties), as a body; none without one."""
        t = self.text
        c = max([k - 30, 0] + [j + 1 for j in range(max(0, k - 30), k) if t[j] in _CLAUSE_STOP])
        party = next(((w, iso, f) for w, iso in _FOREIGN_PARTIES if (f := t.find(w, c, k)) >= 0), None)
        if party is None or self.persons.starts_between(party[2] + len(party[0]) - 1, k):
            return None  # (越共中央总书记阮富仲会见了国家主席习近平: a name between, the post is no longer the party's)
        name = _country_names().get(party[1])
        return Body(None, name, "Place", k, k, (name, f"iso-{party[1]}")) if name else None

    def _country_ending_at(self, k: int) -> Body | None:
        """A foreign country's name found ending at k (越南|国家主席), as a body."""
        for m in self.mentions_starting(max(0, k - 12), k):
            if m.aend == k and m.label == "Place" and (m.attrs.get("code") or "").startswith("iso-"):
                name = m.norm or m.surface
                return Body(m.key, name, "Place", m.astart, m.aend, (name, m.attrs.get("code")))
        return None

    def foreign_in_sentence(self, at: int, post: str = "") -> bool:
        """The sentence at `at` names a foreign country that may own a national post written
        there (普罗迪总理满意地说，意大利政府…: Italy's premier, not the State Council's).  A country
        named only as the side met after `at` — a meeting word right before it and a post right
        after it (王毅国务委员兼外长将会见南非总统拉马福萨, 国务委员兼外长王毅应约同日本外相…通电话:
        posts_words.tsv meet_foreign) — owns nothing before the meeting, so the post stays
        China's; a country anywhere else in the sentence (before `at`, as in 在意大利访问期间，
        普罗迪总理…, or after it in any other role) still leaves the post unread: precision first.  So does a foreign
        country written with the same post elsewhere in the article (新加坡总理李显龙访华。李显龙
        总理会见美国总统…: 总理 may be Singapore's there)."""
        sent = self.art.sentence_at(at)
        if sent is None:
            return True
        seen = self.__dict__.setdefault("_foreign_sentences", {})  # once per sentence: stays linear
        if sent.start not in seen:
            seen[sent.start] = self._foreign_spans(sent.start, sent.end) \
                if self._names_foreign(sent.start, sent.end) else []
        spans = seen[sent.start]
        if not spans:
            return False
        if any(a < at for a, _b in spans) and not self._china_only_title_near(at) or \
                not all(self._met_official(a, b) for a, b in spans if a >= at):
            return True
        return bool(post) and self._post_abroad_elsewhere(post)

    def _china_only_title_near(self, at: int) -> bool:
        """A title only a Chinese official holds (posts_words.tsv china_only_titles) written within
        a dozen characters of `at`, in its clause (国务委员兼外交部长王毅, 王毅国务委员兼外长)."""
        lo, hi = max(0, at - 12), min(len(self.text), at + 12)
        cut = rfind_any(self.text, "，,；;：:。", lo, at) + 1
        end = next((k for k in range(at, hi) if self.text[k] in "，,；;：:。"), hi)
        window = self.text[max(lo, cut):end]
        return any(w in window for w in _CHINA_ONLY_TITLES)

    def _post_abroad_elsewhere(self, post: str) -> bool:
        """Is `post` written right after a foreign country anywhere in the article as its own
        official's (新加坡总理李显龙访华), not as the side met (同乌克兰外长库列巴会谈: a meeting word of
        meet_foreign right before the country)?"""
        self._country_of_post(post, 0)  # (builds the article's country-post index once)
        _, found = self._lazy["country_posts"].get(self._base(post), ((), ()))
        return any((m.attrs.get("code") or "") != CHINA_CODE
                   and not any(self.text.endswith(w, 0, m.astart) for w in _MEET_FOREIGN) for m in found)

    def _foreign_spans(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Where foreign countries are named in [lo, hi): written out (world_places) or found; a region
        of China (world_places parent CN: 长江, 粤港澳大湾区: 副市长王明在长江大保护推进会上讲话) is none."""
        got = {(m.start(), m.end()) for m in _foreign_country_re().finditer(self.text, lo, hi)}
        got |= {(m.astart, m.aend) for m in self.mentions_starting(lo, hi) if m.label == "Place"
                and m.attrs.get("code") != CHINA_CODE and not m.attrs.get("domestic")
                and (str(m.attrs.get("code") or "").startswith("iso-")
                                                           or m.attrs.get("level") in ("country", "region"))
                and not self._region_given_name(m)}
        return sorted(got)

    def _region_given_name(self, m: Mention) -> bool:
        """李长江副市长, 副市长王黄河: a region of no country (长江, 黄河, 珠江 — world_places rows of no
        iso, of no parent or of China's) of two characters right after a family name of one, with a post right
        after the name or ending right before it, is the person's given name, no foreign region
        that might own the post (foreign_in_sentence).  Bounded: the posts ending at most
        `_GIVEN_REGION_POST_REACH` characters before the family name are tried."""
        a, b, t = m.astart, m.aend, self.text
        if m.attrs.get("level") != "region" or m.attrs.get("iso") or m.attrs.get("country") or b - a != 2 or a < 1 \
                or t[a - 1] not in _scan_tables()[0].get(t[a - 1], ()):
            return False  # (a family name of one character right before: 李|长江)
        post_re = vocabulary().post_re
        if post_re.match(t, b):
            return True
        return any(post_re.fullmatch(t, k, a - 1) for k in range(max(0, a - 1 - _GIVEN_REGION_POST_REACH), a - 2))

    def _met_official(self, a: int, b: int) -> bool:
        """Is the country at [a, b) the side met: a meeting word of meet_foreign right before it
        (会见, 同, 来访的) and a post right after it (南非总统, 日本外相, 法国外交部长)?"""
        t = self.text
        if not any(t.endswith(w, 0, a) for w in _MEET_FOREIGN):
            return False
        if t.startswith("国", b) and not t.startswith("国会", b) and not t.endswith("国", a, b):
            b += 1  # 日本|国|外务大臣: the country found without its 国
        if vocabulary().post_re.match(t, b):
            return True
        organ = next((w for w in _foreign_organs() if t.startswith(w, b)), None)
        k = b + len(organ) if organ else b  # 法国外交部|长, 美国国务院|发言人: a post of its ministry
        return organ is not None and (t.startswith(_THROUGH_HEAD, k) or vocabulary().post_re.match(t, k) is not None)

    def _names_foreign(self, lo: int, hi: int) -> bool:
        """[lo, hi) names a foreign country: written in the text (a country the finders left
        unread: 意大利政府) or found as a place."""
        if _foreign_country_re().search(self.text, lo, hi):
            return True
        return any(m.label == "Place" and m.attrs.get("code") != CHINA_CODE and not m.attrs.get("domestic")
                   and (str(m.attrs.get("code") or "").startswith("iso-") or m.attrs.get("level") in ("country", "region"))
                   for m in self.mentions_starting(lo, hi))  # (印度 may be read as a region)

    def envoy_mission(self, place: Body, post: str) -> Body | None:
        """中国驻加拿大大使王镝, 美国驻华大使伯恩斯, 瑞典驻上海总领事: an envoy's post written after 驻 and
        the place he is sent to is held in the mission there (中国驻加拿大大使馆, 美国驻华大使馆, 瑞典驻上海
        总领事馆: envoy_posts), named after the sending country (the country written right before 驻,
        else China) — the document's own mention of it when it has one.  None for other posts after
        such a place, and for a post in China with no sender written."""
        house = _ENVOY_HOUSES.get(post) or _ENVOY_HOUSES.get(self._base(post))
        mark = next((w for w in _ENVOY_MARKS if self.text.endswith(w, 0, place.start)), None)
        if house is None or mark is None or not place.place:
            return None
        k = place.start - len(mark)
        k -= len(next((w for w in _ENVOY_ORDINALS if self.text.endswith(w, 0, k)), ""))  # 法国|新任|驻穗总领事
        k = _before_bracket_note(self.text, k)  # 刚果(布)|首任驻穗总领事: the country before its note
        sender = next((m for m in self.mentions_starting(max(0, k - 12), k) if m.aend == k and m.label == "Place"
                       and (m.attrs.get("code") or "").startswith("iso-")), None)
        sender_name = _country_names().get(sender.attrs["code"][4:], sender.surface) if sender else _ENVOY_SENDER
        china = place.place[1] == CHINA_CODE
        if sender is None and (china or sender_written_otherwise(self.text, k) or _home_division(place.place[1])):
            return None  # (拜访多国驻沪总领事馆: the consuls of many countries, no mission of China's; 驻穗总领事:
            # China has no consulate in its own city)
        country = (place.place[1] or "").startswith("iso-") and not china
        where = place.place[0] if country else self.text[place.start:place.end]  # 驻美 → 美国; 驻华, 驻上海 as written
        body = self.national_organ(sender_name + mark + where + house, place.start)
        if place.place[1]:  # shiguan103: the mission sits where it is sent (法国驻穗总领事馆 → 广州市)
            self._lazy.setdefault("mission_hosts", {})[body.key] = place.place[1]
        return body

    def national_organ(self, name: str, at: int) -> Body:
        """The central organ a national post implies (国务院 for 总理): the document's own mention of
        it when there is one, else a new body at the post (no mention: the text does not write it)."""
        named = self._lazy.get("organs_named")
        if named is None:  # once per article: a text of many such titles stays linear
            named = self._lazy["organs_named"] = {}
            for m in self.mentions:
                if m.label in ("Agency", "Organization"):
                    named.setdefault(m.norm or m.surface, m)
            for m in self.mentions:  # (中国驻巴新使馆 is the mission of 驻巴布亚新几内亚大使: its standard name)
                if m.label == "Agency" and (standard := m.attrs.get("standard_name")) is not None:
                    named.setdefault(standard, m)
        if (m := named.get(name)) is not None:
            return Body(m.key, name, m.label, at, at)
        key = entity_id("Agency", name)
        if key not in self.doc.entities:
            self.doc.entities[key] = Entity(key, "Agency", name, rules={"posts.body"})
        return Body(key, name, "Agency", at, at)

    def _bare_national_post(self, post: str, q: int) -> Body | None:
        """The central organ of a post written bare right after a verb of appointment or removal
        (秦刚被免去外长职务, 任命王毅为外长: national_posts 外长 → 外交部), as it is after a name
        (王毅外长); none when a foreign country is named in the sentence or the one before (the post
        may be its: 日本首相岸田文雄改组内阁。林芳正被免去外长职务 — Japan's foreign minister)."""
        organ = _national_posts().get(self._base(post))
        if organ is None or self.foreign_in_sentence(q, post):
            return None
        sent = self.art.sentence_at(q)
        if sent is not None and sent.start > 0 and self.art.sentence_at(sent.start - 1) is not None \
                and self.foreign_in_sentence(sent.start - 1, post):
            return None
        return self.national_organ(organ, q)

    def foreign_country(self, body: Body | None, post: str) -> Body | None:
        """A country holds the posts of its heads (总统, 国王, 国家主席: level `state` in posts.tsv);
        a post that implies one of its ministries (外长: foreign_organ_posts) is held in that ministry
        under the country's name (蒙古国外长 → 蒙古国外交部, one entity with 蒙古国外交部 written out);
        any other post after a country's name (美国国务卿) is held in a body of it the text does not
        name: no body.  China's own premier and state councillors (中国总理) hold their posts in
        the organ national_posts names (国务院), as when written without the country."""
        code = body.place[1] if body is not None and body.label == "Place" and body.place else None
        if code == CHINA_CODE and (organ := _national_posts().get(self._base(post))):
            return self.national_organ(organ, body.start)  # 中国总理温家宝, 中国副总理王岐山: 国务院's
        if code and code.startswith("iso-") and self._post_kind(post)[1] != "state":
            organ = _foreign_organ_posts().get(self._base(post))
            return self.national_organ(body.name + organ, body.start) if organ else None
        return body

    def sar_post(self, s: int, lo: int, post: str) -> tuple[Body, str, int] | None:
        """香港特区行政长官, 政务司司长, 澳门特区政府经济财政司司长: the posts of a special
        administrative region's government (posts.tsv level `sar`, and the 司长 of the 司 in
        posts_words sar_offices) are held in that government (香港特别行政区政府), the post keeping
        its 司 (政务司司长).  The region is the one written before (香港特区, 澳门特区政府), else the
        office's own, else the one the article is placed in or the only one the document names:
        never a mainland place.  (body, post, where the body is written) or None."""
        t = self.text
        kind, level = self._post_kind(post)
        k, code = s, None
        if level != "sar":
            office = next((w for w, _ in _SAR_OFFICES_LONGEST if s - len(w) >= lo and t.startswith(w, s - len(w))), None)
            if office is None:
                return None
            k, code, post = s - len(office), dict(_SAR_OFFICES)[office], office + post
        written = self._sar_written_before(k, lo)
        if written is not None:
            code, k = written
        code = code or self._sar_of_article()
        name = next((sar for sar, c in _SAR_PLACES if c == code), None)
        if name is None:
            return None
        return self.national_organ(name + _SAR_GOVERNMENT, k), post, k

    def _sar_written_before(self, k: int, lo: int) -> tuple[str, int] | None:
        """(code, start) of a special administrative region or its government found ending at `k`
        (香港特区|行政长官, 澳门特区政府|行政法务司)."""
        codes = {c for _, c in _SAR_PLACES}
        for m in self.mentions_starting(max(lo, k - 12), k):
            if m.aend != k:
                continue
            code = m.attrs.get("code") if m.label == "Place" else m.attrs.get("sar")
            if code in codes and (m.label == "Place" or (m.norm or "").endswith(_SAR_GOVERNMENT)):
                return code, m.astart
        return None

    def _sar_of_article(self) -> str | None:
        """The special administrative region the article is placed in, else the only one the
        document names."""
        codes = {c for _, c in _SAR_PLACES}
        if self.art_code in codes:
            return self.art_code
        if "sar_named" not in self._lazy:  # once per article: a notice of many 司长 stays linear
            named = {m.attrs.get("code") for m in self.mentions if m.label == "Place"} & codes
            self._lazy["sar_named"] = named.pop() if len(named) == 1 else None
        return self._lazy["sar_named"]

    def acting_chair(self, post: str, at: int) -> Body | None:
        """陈武任代理主席 with no body written, in an autonomous region's own news: only a government's
        head is ever made acting (代理: acting_verbs), so the bare 代理主席 is the region
        government's (广西壮族自治区人民政府); None for other posts and other places."""
        if not post.startswith(_ACTING) or self._base(post) not in _CHAIR_POSTS or not self.art_code:
            return None
        d = table().get(self.art_code)  # (the region's own news: a county's 代理主席 may be another body's)
        if d is None or d.level != "province" or not d.name.endswith(_AUTONOMOUS_REGION):
            return None
        return self.government_of(Body(None, d.name, "Place", at, at, (d.name, d.code)), post)

    def bare_government(self, prev: Body | None, post: str, s: int, lo: int | None = None) -> Body | None:
        """会议由市委常委、副市长李四主持 / 区长李伟光主持 in news of a place no text names: a head's
        post (市长, 副县长) with no place to head is held in the bare government of its scope word
        (市人民政府), as 市委常委 is held in the bare 市委 — when nothing before it in the chain
        names a body of another scope (黄冈市委常委、副市长 heads 黄冈市 through `_chain_place`)
        and no foreign country is in the sentence (a foreign city's mayor is no 市人民政府's), nor
        words no body was read from right before it (霍巴特市长雷诺兹: a city no table names)."""
        scope = self._post_scope(post)
        if scope not in _BARE_GOVERNMENT_SCOPES or (prev is None and lo is not None and self._unread_run(s, lo)):
            return None
        if prev is not None and (prev.place or prev.label != "Agency" or not prev.name.startswith(scope)):
            return None
        if self.foreign_in_sentence(s, post):
            return None
        return self._make_body(s, s, scope + (_BARE_GOVERNMENT_SCOPES[scope] or _GOVERNMENT_ORGANS[0]), None, label="Agency")

    def bare_scope_rank(self, post: str, s: int, lo: int) -> Body | None:
        """副区长王益群,区二级巡视员杨立红出席会议: a civil servant's rank (巡视员, 调研员: posts_words
        `scope_ranks`, with or without 一级, 二级) written right after a bare scope word (区, 县, 市) that
        opens its clause or list item is held in that division's government — the article's place's
        where known (宝山区人民政府), else the bare one (区人民政府), as 副区长 is."""
        t = self.text
        scope = t[s - 1:s]
        if self._base(post) not in _SCOPE_RANKS or scope not in _BARE_GOVERNMENT_SCOPES or s - 1 < lo \
                or (s - 1 > lo and is_han(t[s - 2])):
            return None
        level = _level_of_scope(scope)
        pl = self._relative_place(level, scope) if level else None
        if pl is not None:
            return self.government_of(Body(None, pl[0], "Place", s - 1, s, pl), post)
        return self._make_body(s - 1, s, scope + (_BARE_GOVERNMENT_SCOPES[scope] or _GOVERNMENT_ORGANS[0]), None,
                               label="Agency")

    def government_of(self, place: Body, post: str) -> Body:
        """主席 of a sub-national place heads its 人民政府 (自治区副主席 → …自治区人民政府)."""
        code = place.place[1] if place.place else None
        d = table().get(code) if code else None
        if d is None:
            return place  # a country: the head of state holds the post in the country
        return self._make_body(place.start, place.end, d.name + _GOVERNMENT_ORGANS[0], place.place, alias=None)

    # ---- posts

    def _held_in_note(self, p: int, lo: int, fallback: Body | None, end: int,
                      comma: bool) -> list[tuple[Body, str, str | None, int]] | None:
        """The posts before a name when a bracket between the posts and the name holds a second post
        of the same person (黄冈市卫健委副主任(市疾控中心主任)戴纯清, weijian89): the posts before the
        bracket, then the bracket's own; None where the bracket (`_HELD_NOTE_REACH` characters at
        most) does not end with a post word or no post stands before it."""
        t = self.text
        close = end - 1
        k = max(t.rfind("（", max(lo, end - _HELD_NOTE_REACH), close), t.rfind("(", max(lo, end - _HELD_NOTE_REACH), close))
        if k <= lo or t[k - 1] in _BRACKET_OPENS or not all(is_han(c) for c in t[k + 1:close]):
            return None
        m = _post_search(vocabulary().post_end_re, t, max(k + 1, close - 14), close)
        if not m or m.end() != close:
            return None
        outer = self.chain_before(p, lo, fallback, k, comma)
        if not outer:
            return None
        inner = self.chain_before(close, k + 1, outer[-1][0], close, comma=False)
        return outer + [c for c in inner if c[0] is not None]

    def chain_before(self, p: int, lo: int, fallback: Body | None = None,
                     end: int | None = None, comma: bool = True) -> list[tuple[Body, str, str | None, int]]:
        """Posts written right before a name at p (or ending at `end`: a byline's spaces between),
        left to right: (body, post, status, at); with `comma`, also a clause of posts before them
        (`_comma_chain`)."""
        t = self.text
        V = vocabulary()
        elems = []
        glued: set[int] = set()  # where a post written with no 、 ends right before the next body
        end = p if end is None else end
        if end == p:
            end -= _space_gap(t, lo, end)  # 县长 王立新, 副县长　李明: a scraped page's space after the post
        if t[end - 1:end] == "的":  # 拟任泾县副县长的陈刚: posts proposed for the name after 的, no others
            got = self.chain_before(p, lo, fallback, end - 1, comma=False) if end - 1 > lo else []
            if got and self._then_held(got[0], lo):
                return [(b, post, "former", at) for b, post, _, at in got]  # 时任合肥包河区委书记的胡启生
            if got and all(st is None for _, _, st, _ in got) and (taken := self._taken_before(got[0], lo)) is not None:
                return [(b, post, taken or None, at) for b, post, _, at in got]  # 出任自治区政府副主席的郝林海
            return got if got and (all(st == "nominated" for _, _, st, _ in got)
                                   or all(st == "former" for _, _, st, _ in got)) else []  # 曾任县委书记的王某
        if t[end - 1:end] == _LISTED_AFTER and end - 1 > lo and (taken := self._taken_listed(p, lo, fallback, end - 1)):
            return taken  # 当选为自治区党委常委的还有杨金山、崔玉英…: the posts the verb before gave
        if t[end - 1:end] == _LISTED_AFTER and end - 1 > lo:  # 出席会议的副主委、常委有黄利鸣、赵作斌
            got = self.chain_before(p, lo, fallback, end - 1, comma=False)
            first = min(got[0][3], got[0][0].start) if got and got[0][0] is not None else got[0][3] if got else lo
            return self._party_listed(got, first) if got and first > lo and t[first - 1] == "的" else []
        if t.endswith(_CANDIDATE_NOTES, lo, end) \
                and (note := next(w for w in _CANDIDATE_NOTES if t.endswith(w, lo, end))) and end - len(note) > lo:
            got = self.chain_before(p, lo, fallback, end - len(note), comma=False)  # 副旗长提名人选刘海涛:
            return got[:-1] + [got[-1][:2] + ("nominated",) + got[-1][3:]] if got else []  # the last post proposed
        if t.endswith(_LISTED_CHIEFS, lo, end) and (chief := next(w for w in _LISTED_CHIEFS if t.endswith(w, lo, end))) \
                and end - len(chief) - 1 > lo and t[end - len(chief) - 1] == "、":
            got = self.chain_before(p, lo, fallback, end - len(chief) - 1, comma=False)
            if got:  # hezhang110: 南阳镇党委书记、河长|张建龙 — the bare chief names no body; the posts before are his
                return got
        if t[end - 1:end] == "”" and (k := t.rfind("“", max(lo, end - _QUOTED_POST_MAX), end - 1)) >= lo \
                and V.post_re.fullmatch(t, k + 1, end - 1):  # 现村“第一书记”邵东山: a post in quotes
            return self.chain_before(p, lo, fallback, end - 1, comma=False)
        if t[end - 1:end] in ("）", ")"):  # 省乡村振兴局局长(兼)王建球: a short note between post and name
            # (区委党校副校长(主持日常工作)刘洋: the note of who runs the daily work, six characters)
            reach = max(lo, end - _POST_NOTE_REACH)
            k = max(t.rfind("（", reach, end), t.rfind("(", reach, end))
            if k <= lo and (held := self._held_in_note(p, lo, fallback, end, comma)) is not None:
                return held  # 黄冈市卫健委副主任(市疾控中心主任)戴纯清: a second post held, in the brackets
            end = k if k > lo else end
        last = _post_last_chars()
        while end > lo:
            if last is not None and t[end - 1] not in last:
                break  # no post word ends here (the search below would find none ending at `end`)
            m = _post_search(V.post_end_re, t, max(lo, end - 14), end)  # (only where a post word can begin)
            if not m or m.end() != end:
                break
            m = self._post_after_found(m)
            if elems and self._post_of_named(m.start(), lo):
                break  # 李四为团长、|省委常委王五: 团长 is 李四's, the chain of 王五 opens after the 、
            if not elems and any(_is_word(t[m.start():p + k]) for k in (1, 2)):
                break  # 成员国, 主任科员: the post word is part of a longer word here
            if not elems and _straddled_post(t, m.start(), m.end(), lo):
                break  # 沙特阿拉伯王国|王储: 国王 across the kingdom's 王国 and 王储, no post of its own
            if not elems and t[end - 1:end + 1] in _POST_TAIL_WORDS:
                break  # 载体外|相关科技: the post's last character opens a word with the next one, no post here
            if self._bare_inner_only(m.group(0)):
                break
            elems.append((m.start(), m.end()))
            k = m.start()
            # the body before it, then 、 and another post
            j = k
            while j > lo and k - j < 24:
                if is_han(t[j - 1]):
                    j -= 1
                elif (q := _qualifier_open(t, j, lo)) is not None:
                    j = q  # 慈善会副会长、福永工商联(商会)|会长: a bracket inside the body, the chain goes on
                elif (q := _quoted_name_open(t, j, lo)) is not None:
                    j = q  # 区委书记、区“百千万工程”指挥部|总指挥: a quoted programme inside the body
                else:
                    break
            nxt = None
            if t[k] in _SELF_UNITS and any(t.endswith(w, j, k) and k - len(w) - 1 >= j and t[k - len(w) - 1] == t[k]
                                           for w in _GLUED_POSTS):
                nxt = k  # minzheng92: 厅党组书记|厅长石光 — the unit's own post (厅长) glued to its party group's
                glued.add(k)  # secretary with no 、: a second post of the chain, no body 厅党组书记厅
            elif t.startswith(_GLUED_ROLES, k) and any(k + len(w) == m.end() for w in _GLUED_ROLES if t.startswith(w, k)) \
                    and (m4 := _post_search(V.post_end_re, t, max(lo, k - 14), k)) and m4.end() == k:
                nxt = k  # fabu97: 信息通信发展司司长|新闻发言人闻库 — the spokesperson's role glued to the post before,
                glued.add(k)  # in its body, with no 、
            for q in range(k - 1, j - 1, -1) if nxt is None else ():  # 、 or 兼 within reach: another post ends there
                if t[q] == "、" or (t[q] == "兼" and (m3 := _post_search(V.post_end_re, t, max(lo, q - 14), q))
                                    and m3.end() == q):  # 副县长兼县公安局局长
                    nxt = q
                    break
                if q - 2 > j and t.endswith(_GLUED_POSTS, j, q) and t[q] not in _GLUED_NOT_BEFORE:
                    nxt = q  # 区委常委统战部部长: 常委 written with no 、 before the next post's body
                    glued.add(q)
                    break
            if nxt is None and j > lo and t[j - 1] == "、":
                nxt = j - 1
            elif nxt is None and j == k and j - 1 > lo and t[j - 1] in _SPACES and _HAN_RE.match(t[j - 2]):
                nxt = j - 1  # shengfabu101: 发展和改革委党组成员 副主任 吴密森 (a caption's posts set apart by one
                # space, as by 、): the next post ends right before it (checked below), the chain goes on
            if nxt is None or self.persons.starts_between(nxt, k) or self.persons.starts_at(nxt):
                break  # (外交部长王毅在达喀尔同塞内加尔外长: no chain across a named person; nor from one named
                # right after the post before: 老促会会长阎伟强率秘书长刘辉, minqiong100 — 会长 is 阎伟强's)
            m2 = _post_search(V.post_end_re, t, max(lo, nxt - 14), nxt)
            if not m2 or m2.end() != nxt:
                break
            if t[nxt] == "、" and self._base((found := self._post_after_found(m2)).group(0)) in _UNNAMED_POSTS \
                    and _scoped_organ_before(t, lo, found.start()):
                break  # 市监察委负责人、市中级人民法院负责人、市人民检察院检察长黄秀强 (renmian96): a list's
                # items of no name before the named one, as after a comma (`_comma_chain`), not his posts
                # (but 《政府工作报告》起草组负责人、国务院研究室主任黄守宏 heads the group himself)
            end = nxt
        out = []
        marked = False  # 原 written between the first post and its body (`_former_between`)
        prev: Body | None = fallback
        ordered = elems[::-1]
        for n_elem, (s, e) in enumerate(ordered):
            start_lo = lo
            if out:
                # after the last post word as written, not as read (党支部书记兼村委会主任: 书记 is kept of
                # 党支部书记, the branch its body; the next body opens after 兼, guanzhong87)
                start_lo = ordered[n_elem - 1][1]
                start_lo += 0 if start_lo in glued else 1
            post = t[s:e]
            if self._honour_before(s, start_lo):
                out.append((None, post, None, s))  # 全国优秀县委书记、福贡县委书记李红文: an honour, no post held
                continue
            if (sar := self.sar_post(s, start_lo, post)) is not None:  # 香港特区行政长官, 政务司司长
                out.append((sar[0], sar[1], self._status_before(sar[2], lo), s))
                prev = sar[0]
                continue
            kind, level = self._post_kind(post)
            organ = next((w for w in _ORGAN_INNER if post.startswith(w) and post[len(w):]), None)
            if organ and s > start_lo and is_han(t[s - 1]) and \
                    (t[max(start_lo, s - 2):s] + organ) in L.ORGANS:  # 人大|常委会主任
                s, post = s + len(organ), post[len(organ):]
                organ = None
            former = self._former_between(s, start_lo)  # 德阳市委原书记: the body before 原
            inner = organ or next((w for w in vocabulary().inner if post.startswith(w) and post[len(w):]), None)
            over = self._found_over(s, s + len(inner)) if inner and not former else None
            marked_inner = None if former or inner else self._inner_before_former(s, start_lo)
            if marked_inner is not None:  # 华东师范大学党委原书记: the found body's 党委书记, held before
                former = marked_inner[1]
                body = self.body_through(s - len(former) - len(marked_inner[0]), start_lo, prev, None, inherit=bool(out))
                post = marked_inner[0] + post
            elif over is not None:  # 七师|党委书记, 县纪委监委驻县教育局|纪检监察组组长: the found body through the organ
                body, post, organ = self._region_body(over, s + len(inner)), post[len(inner):], None
            else:
                body = self.body_through(s - len(former), start_lo, prev, level if kind == "head" else None,
                                         inherit=bool(out))
                body = self._government_of_head_scope(body, prev, kind, level, post)
            if body is None and inner and not over and (village := self._village_organ(s, start_lo, inner)
                                                         or self._zone_organ(s, start_lo, inner)):
                body, post = village, post[len(inner):]  # 庙林村党支部书记, 寿祥居民区党总支书记, 火炬高新区党工委书记
            elif body is None and inner and not over and not former \
                    and (village := self._former_village_organ(s, start_lo, inner)):
                body, post, former = village, post[len(inner):], t[s - 1]  # 下房村原党支部书记: held before
            elif body is None and inner and not over and not former \
                    and (village := self._bare_village_organ(s, start_lo, inner)):
                body, post = village, post[len(inner):]  # 走进东风村，村党支部书记李刚介绍: 东风村党支部
            elif body is None and not inner and not former and post in _BRANCH_SHORT_POSTS \
                    and (village := self._bare_village_organ(s, start_lo, _BRANCH_SHORT_POSTS[post], s)):
                body = village  # 到达南岑村,村支书韦永财…: 南岑村党支部, as 村党支部书记 written bare is
            elif body is None and not inner and not former and post in _VILLAGE_SECRETARY_POSTS \
                    and t.endswith(_VILLAGE_KIND, start_lo, s) \
                    and (village := self._bare_village_organ(s, start_lo, _VILLAGE_SECRETARY_POSTS[post], s)):
                body = village  # 走进马家村，村书记王强介绍: 马家村党支部, as 村支书 written bare is
            if body is not None and body.label == "Agency" and body.new and (branch := _village_branch_name(body.name)):
                body = self._make_body(body.start, body.end, branch, body.place, alias=body.name)  # 铁鹅村村支部书记
            if body is not None and body.label == "Place" and not organ and post in _BRANCH_SHORT_POSTS \
                    and (branch := self._village_branch_of(body, s, post)) is not None:
                body = branch  # 铁鹅村村支书柏道理: the village's 党支部, as 铁鹅村村党支部书记 is
            elif body is not None and body.label == "Place" and not organ and post in _VILLAGE_SECRETARY_POSTS \
                    and body.name.endswith(_VILLAGE_KIND) \
                    and (branch := self._village_branch_of(body, s, post, _VILLAGE_SECRETARY_POSTS[post])) is not None:
                body = branch  # 东营村村书记李红军: the village's 党支部, as 东营村村支书 is
            if body is not None and body.label == "Place" and organ:  # 自治区党委书记
                body = self._found_over(body.start, s + len(organ)) or \
                    self._make_body(body.start, s + len(organ), body.name + organ, body.place,
                                    alias=t[body.start:s + len(organ)])
                post = post[len(organ):]
            if body is None:
                body = self._post_of_de(s, start_lo) or self.national_head(s, start_lo, post)
                if body is not None and body.label != "Place":
                    post = t[body.end + 1:e]
            status = "former" if former else self._status_before(body.start if body else s, lo)
            if not out:
                marked = bool(former)  # 龙城区农业农村局原党组书记、局长: 原 written after the body
            if body is None:
                if kind == "head" and not out and self._unread_run(s, start_lo, head=True) \
                        and not self._covered()[s - 1] and not self._chain_place(prev, level, post):
                    # (金门县长: 金门县 found, read as before)
                    body = None  # 萨塔昆塔地区市长, 荣誉市长: a place or title the scan cannot read, not the article's 市
                elif kind == "head":
                    pl = self._chain_place(prev, level, post) or \
                        (self._listed_place(s, level, self._post_scope(post)) if not out else None)
                    body = self._city_abroad_head(s, level, post) if pl is None else None
                    apart = False
                    if pl is None and body is None:
                        pl = self._paragraph_township(s, level, self._post_scope(post)) \
                            or self._relative_place(level, self._post_scope(post))
                        # 省长林武与海南省省长冯飞会谈 (a 海口 dateline): 林武 heads another province, unnamed
                        apart = pl is not None and self._head_written_apart(pl[0], post, s, e)
                        pl = None if apart else pl
                    if not apart:
                        body = body or (Body(None, pl[0], "Place", s, s, pl) if pl
                                        else self.bare_government(prev, post, s, start_lo))
                elif (ranked := self.bare_scope_rank(post, s, start_lo)) is not None:
                    body = ranked  # 区二级巡视员杨立红: the rank held in the district's government
                elif prev is None and (acting := self.acting_chair(post, s)) is not None:
                    body = acting  # 代理主席陈武 in the region's news: its government's
                elif self._base(post) in _COUNTRY_IMPLIED and (country := self._country_of_post(post, s)):
                    body = country  # 日本首相…，时任首相安倍晋三: the country last named with that post
                elif prev is None and (organ := _national_posts().get(self._base(post))) \
                        and not self._unread_run(s, start_lo) and not self.foreign_in_sentence(s, post):
                    body = self.national_organ(organ, s)  # 国务委员兼外交部长王毅: no body written, 国务院's
                elif self._unread_run(s, start_lo):
                    body = None  # 工委专职副书记刘建荣 after 区农水局副局长庄延平，: not the last person's body;
                    # 市委常委、廊坊军分区司令员: nor the body of the post before it in the chain
                elif prev is not None and (organ := _national_posts().get(self._base(post))) \
                        and not prev.name.endswith(organ):
                    # 国务委员兼外长秦刚: a national post joined by 兼 to another one's central organ is
                    # held in its own; …外交部长卡西斯邀请，国务委员兼外交部长王毅: no 国务委员 of their ministry
                    body = None
                    if t[s - 1:s] == "兼" and prev.name in _national_posts().values():
                        body = self.national_organ(organ, s)
                    elif t[s - 1:s] == "兼" and prev.label == "Place" and prev.place \
                            and (prev.place[1] or "").startswith("iso-"):
                        body = prev  # 老挝副总理兼外长沙伦赛: the country's, its 外交部 (`foreign_country`)
                elif level == "enterprise" and prev is not None and prev.label != "Organization":
                    body = None  # 招远市委书记A，山东招金董事长B: a company's post is held in no committee or place
                else:
                    body = prev if prev is not None else self.article_agency(post, s)
                    if level == "school" and body is not None and not body.name.endswith(_SCHOOL_ENDS):
                        body = None  # 市长A会见了校长B, 纪委书记A、副校长B: a school's head is held in a school only
                    if level == "school" and body is None and prev is None:
                        body = self.article_school()  # 山东理工大学…校长张铁柱: the one school the article names
                    inner = next((w for w in _ORGAN_INNER if post.startswith(w) and post[len(w):]), None)
                    if body is not None and body.label == "Place" and inner:  # 太和镇镇长、党委副书记
                        body = self._make_body(s, s + len(inner), body.name + inner, body.place, alias=inner)
                        post = post[len(inner):]  # (the 党委 of 太和镇: 太和镇党委, as 太和镇党委书记 is read)
            elif body.label != "Place" and t[body.start - 1:body.start] == "兼" and _abroad(prev) \
                    and body.name in _foreign_organs() \
                    and (joined := V.post_re.match(t, prev.end)) and joined.end() == body.start - 1:
                body = self.national_organ(prev.name + body.name, body.start)  # 老挝|副总理|兼外交部长: 老挝外交部's
            elif body.label != "Place" and t[max(0, body.start - 1):body.start].endswith(_STATIONED):
                body = self._mission(body)  # 大连市政府驻上海办事处主任: the mission of the body before 驻
            elif body.label == "Place" and level == "enterprise":
                body = None  # 中国移动广东总经理徐龙: a company's post after a place's name is held in no place
            elif body.label == "Place" and kind != "head":
                if t[max(0, body.start - 1):body.start].endswith(_STATIONED) and not self._posted_village(body, s):
                    body = self.envoy_mission(body, post)  # 瑞典驻上海总领事: the mission's post, not 上海's
                elif self._base(post) in _CHAIR_POSTS or prev is None or not prev.place:
                    body = self.government_of(body, post) if self._base(post) in _CHAIR_POSTS else body
            if level == "enterprise" and body is not None and body.new and t[body.start:body.end] in _BARE_COMPANIES:
                body = None  # 市政协委员、集团副董事长A: a company named by no name (was 宜昌市集团)
            body = self.foreign_country(self.head_body(body, kind), post)
            out.append((body, post, status, s))  # a post in no body named (局长李建国): a person still
            prev = body if body is not None else prev
        if out and out[0][2] == "nominated":  # 拟任A局局长、B局局长: the proposal governs every post
            out = [(b, post, "nominated", at) for b, post, _, at in out]
        elif out and out[0][2] == "former" and \
                self._status_before(out[0][0].start if out[0][0] is not None else out[0][3], lo) == "former":
            # 时任省纪委书记、省监委主任张巍: the verb before the chain dates every post of it, not the first only
            out = [(b, post, st or "former", at) for b, post, st, at in out]
        elif out and out[0][2] == "former" and marked and out[0][0] is not None:
            # 龙城区农业农村局原党组书记、局长潘世峰, 国网湖南省电力有限公司原党委委员、副总经理谭军武
            # (jijian100): the 原 between the body and the first post dates every post the chain holds
            # in that same body; a post of another body (、县政协副主席) states its own
            first = out[0][0].name
            out = [(b, post, st or ("former" if b is not None and b.name == first else None), at)
                   for b, post, st, at in out]
        if comma and out:
            first = out[0]
            left = min(first[3], first[0].start) if first[0] is not None else first[3]
            out = self._comma_chain(left, lo) + out
        return out

    def _taken_listed(self, p: int, lo: int, fallback, k: int) -> list:
        """当选为自治区党委常委的还有杨金山、崔玉英…, 被任命为副县长的有A、B: posts a verb of taking gave,
        closed by 的, then (还, 也 and) 有 and the names: each name holds them with the verb's status
        (the 的 reading of `chain_before`: only posts a verb before them gave).  [] otherwise."""
        t = self.text
        adv = next((w for w in _LISTED_AFTER_ADVERBS if t.endswith(w, lo, k)), "")
        k -= len(adv)
        if k - 1 <= lo or t[k - 1] != "的":
            return []
        got = self.chain_before(p, lo, fallback, k, comma=False)
        return got if got and all(st in _TAKEN_STATUSES for _, _, st, _ in got) else []

    def _party_listed(self, got: list, first: int) -> list:
        """出席会议的副主委、常委有A、B after 民盟湖北省委主委…召开了…会议: posts with no body written,
        opened by a democratic party committee's own post (主委), are the committee's the article
        named last (`_party_committee_before`: the nearest body only), each of the chain; with no
        such committee, or a body written in the chain, the chain as read."""
        if any(b is not None for b, _, _, _ in got) or self._base(got[0][1]) not in _PARTY_NAME_FIRST_POSTS:
            return got
        party = _party_committee_before(self, first)
        return [(party, post, st, at) for _, post, st, at in got] if party is not None else got

    def _then_held(self, first: tuple, lo: int) -> bool:
        """时任合肥包河区委书记的胡启生, 时任县委书记的王刚: is 时任 written right before the first post
        of a chain that 的 joins to a name (a place qualifying the body between allowed: at most
        _THEN_HELD_GAP characters)?  The posts are then the holder's at that time."""
        body, _, _, at = first
        start = min(at, body.start) if body is not None else at
        k = max(lo, start - _THEN_HELD_GAP - len(_THEN_HELD))
        return self.text.find(_THEN_HELD, k, start) >= 0

    def _honour_before(self, s: int, lo: int) -> bool:
        """Does the run of characters before the post at s hold an honour word (全国优秀|县委书记)?"""
        t, j = self.text, s
        while j > lo and s - j < 12 and is_han(t[j - 1]):
            j -= 1
        return any(w in t[j:s] for w in _HONOUR_WORDS)

    def _country_of_post(self, post: str, s: int) -> Body | None:
        """The foreign country last written right before the same post in the article, before s
        (日本首相岸田文雄 … 时任首相安倍晋三: Japan's); none when no country was named with it.  The
        country-post pairs are listed once per article."""
        index = self._lazy.get("country_posts")
        if index is None:
            index = self._lazy["country_posts"] = {}
            for m in self.mentions:
                if m.label == "Place" and (m.attrs.get("code") or "").startswith("iso-") \
                        and (pm := vocabulary().post_re.match(self.text, m.aend)):
                    got = index.setdefault(self._base(pm.group(0)), ([], []))
                    got[0].append(m.aend)
                    got[1].append(m)
        ends, found = index.get(self._base(post), ((), ()))
        k = bisect_right(ends, s) - 1
        if k < 0:
            return None
        m = found[k]
        name = m.norm or m.surface
        return Body(m.key, name, "Place", m.astart, m.aend, (name, m.attrs.get("code")))

    def _comma_chain(self, left: int, lo: int) -> list[tuple[Body, str, str | None, int]]:
        """The clauses of nothing but posts before the chain that starts at `left`, each after a
        comma (`_comma_clause`), up to _COMMA_CLAUSES of them: an obituary's opening names the
        deceased's posts clause by clause (原…办公室副主任，华东师范大学党委原书记，上海市…人大常委会副主任、
        党组副书记，…研究会顾问施平同志, fugao105)."""
        out: list[tuple[Body, str, str | None, int]] = []
        for _ in range(_COMMA_CLAUSES):
            ext = self._comma_clause(left, lo)
            if not ext:
                break
            out = ext + out
            first = ext[0]
            left = min(first[3], first[0].start) if first[0] is not None else first[3]
        return out

    def _comma_clause(self, left: int, lo: int) -> list[tuple[Body, str, str | None, int]]:
        """市委常委、副市长，市委政法委书记赵刚: a clause made of nothing but posts right before the
        chain that starts at `left`, after a comma (or a comma and 兼: posts held besides), is the same person's (the clause opens a
        sentence or follows punctuation; 王五担任县委书记，县长张三: a clause with words before its
        posts is someone else's)."""
        t = self.text
        left = self._past_opening_marks(left, lo)
        if left - 2 > lo and t[left - 1] == "兼" and t[left - 2] in "，,":
            left -= 1  # 市委副书记、市长，兼洋浦经济开发区工委副书记…邹广: the posts held besides, after a comma
        if left - 1 <= lo or t[left - 1] not in "，,":
            return []
        k = left - 1
        start = max(lo, rfind_any(t, "，,。；;：:\n！？" + _SPACES, lo, k) + 1)  # (本报讯 |中共…: a dateline's space)
        if k - start < 2:  # (a name inside the clause stops the chain before it spans the clause)
            return []
        ext = self.chain_before(k, start, comma=False)
        if not ext or self._base(ext[-1][1]) in _UNNAMED_POSTS:
            return []  # 省监察委员会负责人,省高级人民法院院长陈明国: a list's item of no name, not his post
        first = ext[0]
        opens = min(first[3], first[0].start) if first[0] is not None else first[3]
        return ext if self._strip_lead(start, k) >= opens and opens >= start else []

    def _past_opening_marks(self, left: int, lo: int) -> int:
        """Where a chain whose body was found without them opens: before the party's prefix and a
        word of former status written before the body (…原部长，|原|中共|辽宁省顾问委员会常委刘某: an
        obituary's clauses of posts).  At most one of each: a few characters."""
        t = self.text
        party = next((w for w in _PARTY_PREFIXES if left - len(w) > lo and t.startswith(w, left - len(w))), "")
        k = left - len(party)
        former = next((w for w in _FORMER_ONE if k - len(w) > lo and t.startswith(w, k - len(w))), "")
        return k - len(former)

    def _post_after_found(self, m: re.Match) -> re.Match:
        """俄罗斯联邦|总统, not 俄罗斯|联邦总统: where the longest post word ending at a name starts
        inside a found place (the country's full name holds 联邦), the post is the shorter word
        after that place, if the tables read one ending at the same place."""
        for x in self.mentions_starting(max(0, m.start() - 12), m.start()):
            if x.label == "Place" and x.astart < m.start() < x.aend < m.end():
                short = vocabulary().post_re.match(self.text, x.aend)
                if short and short.end() == m.end():
                    return short
        return m

    def _former_between(self, s: int, lo: int) -> str:
        """德阳市委原书记, 金华市政协原副主席: a word of former status (原, 前任) between a body the
        finders named and the post at s; the post was held in that body.  Only after a named body
        (the 原 of 太原市长 ends no body), else "".  前 (美国前国务卿) only after a foreign country."""
        t = self.text
        for w in _verb_kinds("former"):
            k = s - len(w)
            if k > lo and t.startswith(w, k) and any(
                    m.aend == k and m.label in ("Agency", "Organization", "Place") and not m.attrs.get("anaphor")
                    for m in self.mentions_starting(max(lo, k - 40), k)):
                return w
        for w in _FORMER_MARKS:  # 美国前国务卿: 前 only after a foreign country (会前, 节前 are times)
            k = s - len(w)
            if k > lo and t.startswith(w, k) and any(
                    m.aend == k and self._former_mark_after(m) for m in self.mentions_starting(max(lo, k - 40), k)):
                return w
        return ""

    def _inner_before_former(self, s: int, lo: int) -> tuple[str, str] | None:
        """华东师范大学党委原书记, 某集团党组原副书记: (inner, mark) where a word of former status (原) is
        written between an inner body (党委, 党组) right after a body the finders named (an agency
        or an organisation) and the post at s: the post is the inner body's, held in that body
        before, as 华东师范大学党委书记 is read.  None elsewhere."""
        t = self.text
        for w in _verb_kinds("former"):
            k = s - len(w)
            if k <= lo or not t.startswith(w, k):
                continue
            inner = next((x for x in vocabulary().inner if t.endswith(x, lo, k)), None)
            if inner is None:
                return None
            b = k - len(inner)
            if b > lo and any(m.aend == b and m.label in ("Agency", "Organization") and not m.attrs.get("anaphor")
                              for m in self.mentions_starting(max(lo, b - 40), b)):
                return inner, w
            return None
        return None

    @staticmethod
    def _former_mark_after(m: Mention) -> bool:
        """Does 前 right after this mention mark a post held before?  After a foreign country (美国前国务卿)
        and after a body the finders named (外交部前部长, 人民日报社前社长: the body's former head, not a
        body 外交部前部); not after a Chinese place (会前, 节前, 省前: times and other words)."""
        if m.label == "Place":
            code = m.attrs.get("code") or ""
            return code.startswith("iso-") and code != CHINA_CODE
        return m.label in ("Agency", "Organization") and not m.attrs.get("anaphor")

    def _chain_place(self, prev: Body | None, level: str, post: str) -> tuple[str, str] | None:
        """黄冈市委常委、常务副市长 in a story from the province: a head's post after a body of a
        place of its level heads that place, not the article's."""
        code = prev.place[1] if prev is not None and prev.place else None
        if not code and prev is not None and prev.place and (scope := self._post_scope(post)) \
                and prev.place[0].endswith(scope) and len(prev.place[0]) > len(scope):
            return prev.place  # 金山镇党委书记…，党委副书记、镇长欧阳海: a town no table codes heads itself
        if level == "city" and _world_city_code(code):
            return prev.place  # 万象市委书记兼市长: the foreign city's own mayor, not a city named later
        if not code or not table().get(code):
            return None
        written = self._written_city() if level == "city" else None
        if written and (code == written or table().is_within(code, written)):
            d = table().get(written)  # 蓬莱市委书记…，市长: the 市 the text writes, as 定州市's
            return (d.name, d.code)
        code = _head_place(code, level)  # (定州市委常委、常务副市长: the county-level city itself)
        scope = self._post_scope(post)
        d = table().get(code) if code else None
        if d is None or (scope and county_of_scope(scope, code, self._place_spellings()) != code):
            return None
        return (d.name, d.code)

    def _clause_place(self, q: int, level: str) -> tuple[str, str] | None:
        """李斌辞去安徽省省长职务，王学军任代理省长: a head's post given with no place written heads
        the place of its level written last in the clauses just before (the predecessor's), not
        the article's (a round-up of many provinces' changes).  Bounded: the same sentence, at most
        _CLAUSE_PLACE_REACH characters back."""
        t = self.text
        lo = max(0, q - _CLAUSE_PLACE_REACH)
        lo = max(lo, max(t.rfind(c, lo, q) for c in "。；;\n") + 1)
        for m in reversed(self.mentions_starting(lo, q)):
            code = m.attrs.get("code") if m.label == "Place" and not m.attrs.get("anaphor") else None
            d = table().get(code) if code and len(code) == 6 else None
            if d is not None and m.aend <= q and _head_place(d.code, level) == d.code:
                return (d.name, d.code)
        return None

    def _village_organ(self, s: int, lo: int, inner: str) -> Body | None:
        """庙林村党支部书记, 寿祥居民区党总支书记: a village's or community's party organ written
        after a name the gazetteer left unread (its stem holds a rare word) is the body of the post;
        the stem is two to four characters after the clause's opening words or a place found before
        it, and no common word of jieba's dictionary (贫困村, 示范村: kinds of village, no name)."""
        if inner not in _VILLAGE_INNER:
            return None
        t = self.text
        got = self._short_stem_before(s, lo, _VILLAGE_ENDS)
        if got is None:
            return None  # (no village ending, or a longer run: the stem's start is unknown)
        i, stop = got
        if self._common_stem(t[i:stop]):
            return None
        return self._make_body(i, s + len(inner), t[i:s + len(inner)], None)

    def _bare_village_organ(self, s: int, lo: int, inner: str, written: int | None = None) -> Body | None:
        """走进东风村，村党支部书记李刚介绍, 在东风社区，社区党委书记王明…: a village's or community's party organ
        written bare, its kind only (村, 社区) opening the clause, is the organ of the village or community the
        paragraph named last (`_village_organ_name`, as a bare 村委会 is); None where none is named there —
        every village has a 村党支部, the bare post names no body."""
        if inner not in _VILLAGE_INNER:
            return None
        t = self.text
        kind = next((k for k in _VILLAGE_ENDS if t.endswith(k, lo, s)), None)
        k0 = s - len(kind) if kind else s
        o = k0 - len(next((w for w in _VILLAGE_DEMONSTRATIVES if kind and t.endswith(w, lo, k0)), ""))  # 该|村支书
        if kind is None or (o > lo and t[o - 1] not in _BARE_ORGAN_OPENERS
                            and not _listed_bare_organ(t, o, lo)):
            return None  # (全县各村党支部书记: the kind of every village's organ, no one village's)
        end = s + len(inner) if written is None else written  # (村|支书: the organ written as its kind only)
        bare = Body(None, kind + inner, "Agency", k0, end)
        placed = _village_organ_name(self, bare)
        return self._make_body(k0, end, placed, None, alias=t[k0:end]) if placed else None

    def _village_branch_of(self, village: Body, s: int, post: str, inner: str | None = None) -> Body | None:
        """铁鹅村村支书柏道理, 铁鹅村支书: a short post naming its village organ (支书: the 党支部's
        secretary) written right after a village, its kind repeated or not, is held in that village's
        organ (铁鹅村党支部), as 铁鹅村村党支部书记 and a bare 村支书 after the village are — not in the
        village itself.  Only a village or community ending its name, nothing but its kind between."""
        kind = next((k for k in _VILLAGE_ENDS if village.name.endswith(k)), None)
        if kind is None or village.end > s or self.text[village.end:s] not in ("", kind):
            return None
        name = village.name + (inner or _BRANCH_SHORT_POSTS[post])
        return self._make_body(village.start, s + len(post), name, village.place,
                               alias=self.text[village.start:s + len(post)])

    @staticmethod
    def _common_stem(stem: str) -> bool:
        """Does a village's stem hold a common word of jieba's dictionary (贫困村, 示范村: kinds of
        village, no name)?  A name-like word (a place's, a person's) does not count."""
        return any((tag := _common_words().get(stem[a:b])) and not tag.startswith(_NAME_LIKE_TAGS)
                   for a in range(len(stem)) for b in range(a + 2, len(stem) + 1))

    def _former_village_organ(self, s: int, lo: int, inner: str) -> Body | None:
        """下房村原党支部书记朱某桂, 魏厝村原党支部副书记: a village's party organ with the mark of a
        post held before (原) between the village the gazetteer left unread and the organ, as
        discipline notices write the former posts of those they name: the body is the village's
        organ without the mark (下房村党支部), read as `_village_organ` reads it."""
        t = self.text
        if inner not in _VILLAGE_INNER or s - 1 <= lo or not t.startswith(_FORMER_ONE, s - 1):
            return None
        got = self._short_stem_before(s - 1, lo, _VILLAGE_ENDS)
        if got is None or self._common_stem(t[got[0]:got[1]]):
            return None
        return self._make_body(got[0], s + len(inner), t[got[0]:s - 1] + inner, None)

    def _short_stem_before(self, s: int, lo: int, ends) -> tuple[int, int] | None:
        """(start, end) of the two-to-four-character stem written before one of `ends` that ends
        at `s` (庙林|村, 中新苏滁|高新区), after the clause's opening words and no found name; None
        with no such ending, or where the run of characters goes on further back (its start is
        unknown)."""
        t = self.text
        end = next((w for w in ends if t.endswith(w, lo, s)), None)
        if end is None:
            return None
        stop = s - len(end)
        i = stop
        while i > lo and is_han(t[i - 1]) and t[i - 1] not in _STEM_STOPS and stop - i < 4 and not self._covered()[i - 1]:
            i -= 1
        i = self._strip_lead(i, stop)
        if not 2 <= stop - i <= 4 or (i > lo and is_han(t[i - 1]) and t[i - 1] not in _STEM_STOPS
                                      and not self._covered()[i - 1]):
            return None
        return i, stop

    def _zone_organ(self, s: int, lo: int, inner: str) -> Body | None:
        """火炬高新区党工委书记, 中新苏滁高新区党工委委员: a zone's party working committee written after a
        zone the gazetteer does not know (its stem is no place) is the body of the post, as a
        village's is (`_village_organ`): the stem is two to four characters that open the clause
        (after its opening words), so no verb or other word before the zone is taken into it."""
        if inner not in _ZONE_PARTY_COMMITTEES:
            return None
        t = self.text
        got = self._short_stem_before(s, lo, _ZONE_NAME_ENDS)
        if got is None:
            return self._bare_zone_organ(s, lo, inner)  # (else no zone ending, or a longer run)
        i, stop = got
        return self._make_body(i, s + len(inner), t[i:s + len(inner)], None)

    def _bare_zones(self) -> dict[str, tuple[str, str | None]]:
        """Bare zone words (经开区, 高新区) the gazetteer resolved in this article to one zone:
        word → (the zone's name, its code); a word read as two zones is left out."""
        got = self._lazy.get("bare_zones")
        if got is None:
            seen: dict[str, set] = {}
            for m in self.mentions:
                if m.label == "Place" and m.rule == "gazetteer.bare-zone" and m.norm:
                    seen.setdefault(m.surface, set()).add((m.norm, m.attrs.get("code")))
            got = self._lazy["bare_zones"] = {w: next(iter(z)) for w, z in seen.items() if len(z) == 1}
        return got

    def _article_zone(self) -> tuple[str, str | None] | None:
        """The one development zone the article names (天水经开区, its title or any sentence), as
        (name, code); None where it names none or several (a bare 管委会 is then left as written)."""
        if "zone" not in self._lazy:
            names = {(m.norm, m.attrs.get("code")) for m in self.mentions if m.label == "Place" and m.norm
                     and (m.rule.startswith("gazetteer.zone") or m.rule == "gazetteer.bare-zone"
                          or m.norm.endswith(_ZONE_NAME_ENDS))}  # (兰州新区: a zone the table codes)
            self._lazy["zone"] = next(iter(names)) if len(names) == 1 else None
        return self._lazy["zone"]

    def _clause_zone(self, i: int) -> tuple[str, str | None] | None:
        """The development zone or new area (a name ending in `zone_name_ends`: 滨海新区, 烟台高新区)
        named last before a bare zone organ at i in the same sentence, within _ZONE_CLAUSE_REACH
        characters and with no agency or organisation between (that body's own 工委 is read by the
        chain): (name, code), for an article naming several zones, whose own zone `_article_zone`
        cannot choose."""
        t = self.text
        stop = rfind_any(t, "。！？\n", max(0, i - _ZONE_CLAUSE_REACH), i) + 1
        last = None
        for m in self.mentions_starting(max(stop, i - _ZONE_CLAUSE_REACH), i):
            if m.aend > i:
                continue
            if m.label in ("Agency", "Organization"):
                last = None
            elif m.label == "Place" and m.norm and m.norm.endswith(_ZONE_NAME_ENDS) \
                    and (last is None or m.aend >= last[2]):
                last = (m.norm, m.attrs.get("code"), m.aend)
        return (last[0], last[1]) if last is not None else None

    def _kind_of_article_zone(self, s: int, lo: int) -> tuple[tuple[str, str | None], int] | None:
        """开发区 (a zone's kind, zone_short_names.tsv) written alone right before s, opening the
        clause, where the article names one zone of that kind by another word (天水经开区: 经开区 and
        开发区 stand for the same endings): (that zone, the kind word's length); else none."""
        t = self.text
        zone = self._article_zone()
        if zone is None:
            return None
        endings = _zone_kind_endings()
        word = next((w for w in endings if t.endswith(w, lo, s)), None)
        if word is None or (s - len(word) > lo and is_han(t[s - len(word) - 1])):
            return None  # (a run before the word: another zone's name, read elsewhere)
        if not zone[0].endswith(endings[word]):
            return None
        return zone, len(word)

    def _bare_zone_organ(self, s: int, lo: int, inner: str) -> Body | None:
        """经开区党工委书记A … 经开区是荆州…的主战场: a zone's working committee written after the bare
        zone word alone, opening the clause, is the committee of the zone the article reads that
        word as elsewhere (荆州经济技术开发区党工委); none where the article names no such zone."""
        t = self.text
        word = next((w for w in self._bare_zones() if t.endswith(w, lo, s)), None)
        if word is None and (kind := self._kind_of_article_zone(s, lo)) is not None:
            zone, n = kind  # 天水经开区…开发区党工委书记A: the zone the article names by another word
            return self._make_body(s - n, s + len(inner), zone[0] + inner, zone if zone[1] else None,
                                   alias=t[s - n:s + len(inner)])
        if word is None:
            zone = self._article_zone() if inner == _ZONE_PARTY_COMMITTEES[0] else None
            if zone is None and inner == _ZONE_PARTY_COMMITTEES[0]:
                return self._written_zone_organ(s, lo, inner)
            if zone is None or (s > lo and is_han(t[s - 1])):
                return None
            # 管委会主任A、党工委副书记B: the working committee written alone is the article's one zone's
            return self._make_body(s, s + len(inner), zone[0] + inner, zone, alias=inner)
        stop = i = s - len(word)
        while i > lo and stop - i < 6 and is_han(t[i - 1]):
            i -= 1
        if (i > lo and is_han(t[i - 1])) or self._strip_lead(i, stop) != stop:
            return None  # (a run before the word that is no opening word: another zone's name)
        zone, code = self._bare_zones()[word]
        place = (zone, code) if code else None
        return self._make_body(s - len(word), s + len(inner), zone + inner, place, alias=word + inner)

    def _written_zone_organ(self, s: int, lo: int, inner: str) -> Body | None:
        """区委常委、经开区党工委书记、管委会主任贾迪 in a story that names no zone by its own name: the
        working committee of the zone written by its kind alone (经开区, 高新区 of zone_short_names.tsv),
        opening the clause, is that body as written (经开区党工委), as 区党工委 is kept bare; its
        管委会 listed after it is then the zone's (经开区管委会), not the district's (was 宛城区管委会)."""
        t = self.text
        word = next((w for w in _zone_kind_words() if t.endswith(w, lo, s)), None)
        if word is None or (s - len(word) > lo and is_han(t[s - len(word) - 1])):
            return None  # (a run before the word: another zone's name, read elsewhere)
        return self._make_body(s - len(word), s + len(inner), word + inner, None)

    def _post_of_named(self, k: int, lo: int) -> bool:
        """Is the post at k written right after a name and a copula (李四为团长, 张三任组长)?  It is that
        name's, the predicate of his clause: never the first post of a chain read back from a later
        name across a 、 (李四为团长、省委常委王五为副团长: no 团长 of 王五).  Bounded: the copulas."""
        t = self.text
        for w in _NAMED_POST_COPULAS:
            a = k - len(w)
            if a - 1 >= lo and t.startswith(w, a) and self.persons.crosses(a - 1, a):
                return True
        return False

    def _unread_run(self, s: int, lo: int, head: bool = False) -> bool:
        """Words stand right before the post at s (after the verbs and time words that may open
        it) that no body was read from: the post is held in a body the scan cannot name, not in
        the one the previous person of the list holds theirs in.  Before a head's post (`head`),
        a lead word alone is no such words (以|副省长李四为团长, 新任|副省长): the post heads a place."""
        t = self.text
        moved = True
        while moved:  # 专职副局长, 常务副县长: a word that qualifies the post, not a body
            moved = False
            for w in _POST_MODIFIERS:
                if s - len(w) >= lo and t.startswith(w, s - len(w)):
                    s -= len(w)
                    moved = True
        j = s
        particles = _verb_kinds("particle")
        while j > lo and is_han(t[j - 1]) and s - j < 24 and t[j - 1] not in particles:
            j -= 1  # (会议由|局长赵显春主持: what follows the last function word)
        k = self._strip_lead(j, s)
        return j < s and k < s and not (head and t[k:s] in _LEAD_WORD_SET)

    def _post_of_de(self, s: int, lo: int) -> Body | None:
        """来自达州日好农业发展有限公司的技术总监: an organisation, 的, and up to four characters."""
        t = self.text
        for k in range(s - 1, max(lo, s - 5) - 1, -1):
            if t[k] == "的":
                hit = self._bodies_index()[2].get(k)  # the first body found ending at 的: (position, mention)
                if hit is None:
                    return None
                m = hit[1]
                return Body(m.key, m.norm or m.surface, m.label, m.astart, m.aend)
        return None

    def _bare_inner_only(self, post: str) -> bool:
        """成员 is a post only after an inner body (党组成员)."""
        kind, level = self._post_kind(post)
        return level == "inner-only" and not post.startswith(vocabulary().inner)

    def _base(self, post: str) -> str:
        V = vocabulary()
        prefixes = _inner_and_modifiers(V)
        if not post.startswith(prefixes):
            return post  # (one startswith of them all: most posts have no inner body or modifier)
        for w in prefixes:
            if post.startswith(w) and post[len(w):] in V.posts:
                return self._base(post[len(w):])
        return post

    def _elected_association(self, q: int, start: int, post: str) -> tuple[Body, str] | None:
        """郑健新当选会长, 王爱钦当选为商会新一届会长, 齐利锋当选第二届理事会会长: a head's post only a social
        organisation has, written after the verb with no body, or only with the association's kind, term
        and council (no name), is held in the one association of that kind the article names (the
        council's 理事会 is no part of the post); None where it names none or several."""
        council = next((w for w in _TERM_COUNCILS if post.startswith(w) and post[len(w):] in _ASSOCIATION_POSTS), "")
        if post[len(council):] not in _ASSOCIATION_POSTS:
            return self._elected_coop_council(q, start, post)
        kind = _association_kind(self.text[q:start])
        if kind is None:
            return None
        body = self._article_association(kind or _ASSOCIATION_KINDS, start, start)
        return (body, post[len(council):]) if body is not None else None

    def _elected_coop_council(self, q: int, start: int, post: str) -> tuple[Body, str] | None:
        """王云洋、胡勤燕当选为第三届理事会副主任, 吴清江当选为第三届监事会主任: a co-operative's council
        (理事会, 监事会) and its head's post, with only a term before them and no body, are held in the
        one co-operative the article names (宜昌市供销合作社); the council stays in the post.  None where
        the run holds anything else or the article names no co-operative or several."""
        run = self.text[q:start] + post
        run = next((run[len(w):] for w in _TERM_WORDS if run.startswith(w)), run)
        m = _TERM_ONLY_RE.match(run)
        run = run[m.end():] if m else run
        council = next((w for w in _COOP_COUNCILS if run.startswith(w)), "")
        if not council or run[len(council):] not in _COOP_COUNCIL_POSTS:
            return None
        body = self._one_body(lambda m, name: m.label == "Organization" and name.endswith(_COOP_KINDS))
        return (Body(body.key, body.name, body.label, start, start, body.place), run) if body is not None else None

    def _deputy_of_elected(self, q: int, post: str) -> Body | None:
        """严小平当选为渭城区文学艺术界联合会第一届委员会主席,尹军、朱苗当选副主席: a deputy's post with no
        body, elected right after the head of the same post was elected in that sentence, is a deputy
        of that body (王明当选县工商联主席，李强当选副主席).  Only after an election verb, only the
        post the head holds with 副 or 常务副 before it, within _DEPUTY_ELECTED_REACH characters and no
        sentence's end between."""
        t = self.text
        if not any(t.endswith(v, 0, q) for v in _verb_kinds("elect")):
            return None
        base = next((post[len(w):] for w in _DEPUTY_MARKS if post.startswith(w)), None)
        if not base:
            return None
        for h in reversed(self.holdings[-_LISTED_REACH:]):
            if h.at < q - _DEPUTY_ELECTED_REACH or h.at >= q:
                continue
            if h.post != base or any(ch in _SENTENCE_STOPS for ch in t[h.at:q]):
                return None
            return Body(h.body.key, h.body.name, h.body.label, q, q, h.body.place)
        return None

    def _article_association(self, ends: str | tuple[str, ...], i: int, pos: int) -> Body | None:
        """The one organisation the article names ending with the kind `ends` (商会, 协会 …), as the
        body written at `i`..`pos`; None where it names none or several."""
        body = self._one_body(lambda m, name: m.label == "Organization" and name.endswith(ends))
        return Body(body.key, body.name, body.label, i, pos, body.place) if body is not None else None

    def _government_of_head_scope(self, body, prev, kind: str, level: str, post: str):
        """政府县长付中权到西合营镇调研: a bare 政府 right before a head's post (县长, 市长) is the
        government that post heads (the article's county, 蔚县人民政府), not the government of the
        story's own place where that is of another level (a town's: 西合营镇人民政府)."""
        if kind != "head" or prev is not None or body is None or not level or not body.place \
                or not body.place[1] or self.text[body.start:body.end] not in _GOVERNMENT_ORGANS:
            return body
        d = table().get(body.place[1])
        if d is None or d.level == level:
            return body
        pl = self._relative_place(level, self._post_scope(post))
        return self.government_of(Body(None, pl[0], "Place", body.start, body.end, pl), post) if pl \
            else self.bare_government(None, post, body.end)

    def _post_kind(self, post: str) -> tuple[str, str]:
        return vocabulary().posts.get(self._base(post), ("post", ""))

    def _taken_before(self, first: tuple, lo: int) -> str | None:
        """出任自治区人民政府副主席的郝林海, 当选为县长的王某: a verb of taking a post (two characters or
        more: not the 任 of 主任) right before a chain of posts closed by 的 gives them to the name
        after 的, with that verb's status ("" for a verb of holding: 担任县委书记的王某, 现任…的王某 hold it); None
        where no such verb opens the chain."""
        body, _, _, at = first
        i = min(at, body.start) if body is not None and body.end > body.start else at
        t = self.text
        for w in _verb_kinds("appoint", "elect", "transfer", "promote"):
            if len(w) >= 2 and i - len(w) >= lo and t.startswith(w, i - len(w)):
                return "" if w in _HOLD_VERBS else _STATUS[vocabulary().verbs[w]]
        if any(len(w) >= 2 and i - len(w) >= lo and t.startswith(w, i - len(w)) for w in _HELD_VERBS):
            return ""  # 现任爱辉镇党委书记的杨占宏, 作为县长的王某: a verb of holding now, as 担任 is
        return None

    def _status_before(self, i: int, lo: int) -> str | None:
        """former after 时任/原 and after a verb of an earlier career (曾任西湖区区长刘颖, 历任);
        nominated after a verb of a proposal (拟任泾县县长陈刚, 拟任命的副县长陈刚: not yet held).
        The party's prefix a body is found without stands between them (原|中共|辽宁省顾问委员会常委)."""
        party = next((w for w in _PARTY_PREFIXES if i - len(w) >= lo and self.text.startswith(w, i - len(w))), "")
        i -= len(party)
        for w in _verb_kinds("former") + _verb_kinds("career"):
            if i - len(w) >= lo and self.text.startswith(w, i - len(w)):
                return "former"
        before = self.text[lo:i]
        before = before[:-1] if before.endswith("的") else before
        if before.endswith(_nominate_stems()):
            return "nominated"
        return None

    def chain_after(self, q: int, hi: int, prev: Body | None = None,
                    joiners: str = "、兼") -> list[tuple[Body, str, int]]:
        """Posts written after an appointment verb: 怒江州委常委, 南阳市委常委、邓州市委书记 (and, with
        `joiners`, posts joined by other words: 分别当选为A乡党委书记和B镇党委书记)."""
        t = self.text
        V = vocabulary()
        out = []
        while q < hi:
            m = _post_search(V.post_re, t, q, min(hi, q + 30))
            while m and (_body_word_at(t, m) or _inner_body_at(t, m)):
                m = _post_search(V.post_re, t, m.end(), min(hi, q + 30))  # 委员 of …发展和改革委员会主任: a body's name
            if not m or any(ch in _CLAUSE_STOP or ch == "、" for ch in t[q:m.start()]):
                break
            m = self._post_after_found(m)  # 辞去广西壮族自治区|主席职务: no 自治区主席 cut out of the place
            e = m.end()
            post = m.group(0)
            if self._bare_inner_only(post):
                break
            kind, level = self._post_kind(post)
            start = m.start()
            organ = next((w for w in _ORGAN_INNER if post.startswith(w) and post[len(w):]), None)
            if organ and (t[max(q, start - 2):start] + organ) in L.ORGANS:  # 省人大|常委会副主任
                start, post = start + len(organ), post[len(organ):]
                organ = None
            body = self.body_through(start, q, prev, level if kind == "head" else None) \
                if start > q else None
            body = self._government_of_head_scope(body, prev, kind, level, post)
            if prev is not None and prev.label != "Place" and t[q:start] in _ORGAN_INNER:
                body, post = prev, t[q:start] + post  # 四川大学校长、党委副书记: the university's 党委, no place's
            elif prev is not None and prev.label == "Place" and t[q:start] in _ORGAN_INNER:
                body = self._make_body(q, start, prev.name + t[q:start], prev.place, alias=t[q:start])
                # 太和镇镇长、党委副书记: the place's 党委 (太和镇党委), as 太和镇党委书记 is read
            if body is not None and body.label == "Place" and organ:  # 拟任太和镇党委书记: the place's 党委
                body = self._make_body(body.start, start + len(organ), body.name + organ, body.place,
                                       alias=t[body.start:start + len(organ)])
                post = post[len(organ):]
            if body is None:
                body = prev
                if kind == "head" and m.start() == q:  # (…镇党委副书记、镇长: the head of the chain's place)
                    pl = self._chain_place(prev, level, post) or \
                        (self._clause_place(q, level) if prev is None else None) or \
                        self._paragraph_township(q, level, self._post_scope(post)) or \
                        self._relative_place(level, self._post_scope(post))
                    body = Body(None, pl[0], "Place", q, q, pl) if pl else self.bare_government(prev, post, q)
                    # (任命邢晟为副县长, 任县委副书记、县长 in news of no place: the bare 县人民政府)
                elif kind == "head" and prev is None and t[q:start] in _GOVERNMENT_ORGANS:
                    body = self.bare_government(prev, post, start)  # 任命邢晟同志为政府副县长 in news of no place
                elif prev is None and m.start() == q:
                    body = self.acting_chair(post, q) or self._bare_national_post(post, q)
                    # 陈武任代理主席 in the region's news; 秦刚被免去外长职务: the central organ's
            elif body.label == "Place" and kind != "head" and t.endswith(_STATIONED, q, body.start):
                body = self.envoy_mission(body, post)  # 任命A为中华人民共和国驻加拿大特命全权大使: the mission's
            elif body.label == "Place" and kind != "head" and self._base(post) in _CHAIR_POSTS:
                body = self.government_of(body, post)
            if body is None and prev is None and m.start() == q:
                body = self._deputy_of_elected(q, post)  # 严小平当选…文联主席,尹军、朱苗当选副主席
            if body is None and prev is None and (assoc := self._elected_association(q, start, post)) is not None:
                body, post = assoc  # 郑健新当选会长, 王爱钦当选为商会新一届会长: the article's association
            if body is None and prev is None and m.start() == q and (post in _PARTY_COMMITTEE_POSTS
                                                                     or post in _PARTY_CHAIR_POSTS):
                # 陈紫萱当选主委, 谭家蓬任主任委员: the democratic party's committee the sentence names
                body = _party_committee_of_post(self, q, same_sentence=post in _PARTY_CHAIR_POSTS)
            body = self.foreign_country(self.head_body(body, kind), post)
            if body is not None:
                out.append((body, post, m.start()))
                prev = body
            q = e
            if q < hi and t[q] in joiners:
                q += 1
                continue
            break
        return out


_CITY_WORD = "市"


@lru_cache(maxsize=4096)
def _head_place(code: str, level: str) -> str | None:
    """The place of `level` containing `code`, as `_place_at_level`; a city's level in a
    municipality directly under the central government is the municipality itself (上海市委副书记、
    市长; 市长 in a story from 黄浦区): it is a province in the table and no prefecture lies between."""
    got = _place_at_level(code, level)
    if got is None and level == "city" and code:
        prov = _place_at_level(code, "province")
        d = table().get(prov) if prov else None
        if d is not None and d.name.endswith(_MUNICIPALITY_END):
            return d.code
    return got


@lru_cache(maxsize=1)
def _org_kinds_longest_first() -> tuple[str, ...]:
    return tuple(sorted(L.ORG_SUFFIXES, key=lambda k: (-len(k), k)))


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _zone_kind_words() -> tuple[str, ...]:
    """A zone's kind written alone, short or in full (经开区, 开发区; 经济开发区, 高新技术产业开发区: both
    columns of zone_short_names.tsv), longest first: 县委常委、经济开发区党工委书记 names the kind in full."""
    words = set(_zone_kind_endings())
    for row in L.load_table("zone_short_names.tsv"):
        words.add(row["ending"])
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _zone_kind_endings() -> dict[str, tuple[str, ...]]:
    """zone_short_names.tsv: a zone's kind written alone (开发区) → the endings of the zones it may
    stand for, with the other kind words of the same endings (经开区 for 开发区: 天水经开区)."""
    ends: dict[str, set[str]] = {}
    for row in L.load_table("zone_short_names.tsv"):
        ends.setdefault(row["short"], set()).add(row["ending"])
    out = {}
    for short, mine in ends.items():
        alike = {other for other, theirs in ends.items() if theirs & mine}
        out[short] = tuple(sorted(mine | alike, key=len, reverse=True))
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _joins_people(run: str) -> bool:
    """Does a conjunction in `run` follow a word for people (外办负责同志和|我校…办公室)?  It joins two
    people of a list, so the run is no one body's name."""
    return any(run.find(p + j) >= 0 for p in _PEOPLE_BEFORE_JOINER for j in _NAME_JOINERS)


def _stationed_in(prev: Body, run: str) -> bool:
    """省通信管理局党组成员、纪检组长: a discipline group written bare after a post of a department is
    the group the discipline commission stations in that department (江苏省通信管理局纪检组); a place
    has no 纪检组 of its own, so never the place's (江苏省纪检组).  Not after a party committee or a
    discipline commission itself (市委常委、纪委书记 is read as the place's)."""
    return run in _STATIONED_GROUPS and prev.label == "Agency" and not prev.name.endswith(("委", "监委"))


def _after_government(place: str, rest: str) -> str:
    """What follows a place's government when another organ of the same place follows it at once
    (茌平区人民政府区委副书记: a page's site name, then the post): that organ, written with the place's
    own scope character (区委 after 茌平区), is the body; no 人民政府区委 is a unit of the government."""
    gov = next((g for g in _GOVERNMENT_ORGANS if rest.startswith(g)), None)
    tail = rest[len(gov):] if gov else ""
    return tail if len(tail) >= 2 and place and tail[0] == place[-1] and tail in L.ORGANS else rest


def _bare_kinds(run: str) -> bool:
    """Is `run` nothing but kinds of organisation (公司, 集团公司, 集团有限公司), or a trade word and
    such kinds (农场有限公司, 科技有限公司)?  It names no body: the company a 集团公司总经理 heads is the
    one the article is about, not one called 集团公司."""
    kinds = 0
    while run:
        kind = next((k for k in _org_kinds_longest_first() if run.endswith(k)), None)
        if kind is None:
            return kinds > 0 and run in _UNNAMED_TRADES
        run, kinds = run[:-len(kind)], kinds + 1
    return True


_UNNAMED_TRADES = frozenset(w for w, _ in _cue("unnamed_trade_words"))  # 农场|有限公司: a kind, no name


@lru_cache(maxsize=1)
def _nominate_stems() -> tuple[str, ...]:
    """拟任, 拟任命, 拟提名: the verbs of a proposal, without the 为 some end with (拟任命为|的)."""
    return tuple(sorted({w[:-1] if w.endswith(_AS_OF[0]) else w for w in _verb_kinds("nominate")},
                        key=lambda w: (-len(w), w)))


def _committee_of(body: Body) -> str | None:
    """The party committee a body is or belongs to: 吴中区委 of 吴中区委 and of 吴中区委宣传部 (区委常委、
    宣传部长、统战部长: the second department is the committee's too, not the district's)."""
    if body.name.endswith("委"):
        return body.name
    k = body.name.rfind("委")
    return body.name[:k + 1] if k > 0 and _party_department(body.name[k + 1:]) else None


_COUNTY_UP_ORGANS = _cue("county_up_organs")  # 政协 (any post), 人大 (主任): no township's organ


def _county_organ_place(run: str, pl: tuple[str, str], t: str, pos: int) -> tuple[str, str]:
    """A bare organ no town or township has, in a story set in one (敖鲁古雅鄂温克族乡's anniversary: 人大主任车启明、
    政协主席张柏吉 of 根河市), is the county's: 政协 stops at the county (cppcc59), and a township's congress is
    headed by a 主席, so a 人大主任 is the county's (posts_words.tsv county_up_organs: the organ, and the post
    that marks it or any)."""
    if not any(run == organ and (post == "any" or t.startswith(post, pos)) for organ, post in _COUNTY_UP_ORGANS):
        return pl
    d = table().get(pl[1])
    if d is None or d.level != "township" or not d.parent or (up := table().get(d.parent)) is None:
        return pl
    return up.name, up.code


def _organ_of_place(name: str, code: str | None, rest: str) -> str:
    """The body a place's name and the unit after it make, the committee's name written once:
    曲靖市市委 is 曲靖市委 (the scope written again before the organ: not 曲靖市市场监管局, whose
    rest is no organ), and a party department written after a place alone is its committee's
    (荣县组织部 → 荣县县委组织部: a county has no department of its own outside the committee).
    A place of two characters keeps its scope before the committee (荣县县委, as written)."""
    if len(rest) > 1 and rest[0] == name[-1] and rest[1:].startswith(tuple(L.ORGANS)):
        return scoped_name(name, rest[0], rest[1:])
    if committee := prefecture_committee(name, rest):
        return committee  # 喀什地区 + 地委 → 喀什地委
    if _party_department(rest) and code and table().get(code) and table().get(code).level != "province":
        committee = next(w for w, end in _cue("committee") if name.endswith(end))
        return scoped_name(name, name[-1], committee + rest)
    return name + rest


def _other_scope_organ(run: str, place: str) -> bool:
    """Is `run` a relative scope's organ (市委, 县政府) of a level other than `place`'s (山东省)?
    Such an organ is some place of that level inside it, unnamed: gluing gives 山东省市委."""
    return any(run.startswith(sc) and run[len(sc):] in L.ORGANS and not place.endswith(sc)
               for sc, _ in _RELATIVE_SCOPES)


def _relative_committee(run: str) -> bool:
    """Is `run` a relative scope's party committee (县委, 区委, 市委)?  Named so in a chain after a
    post of the level above, it is the leader's own committee (市委常委、区委书记刘颖: the district's,
    written as 区委 where no district is named) — a government or a bureau so written stays unread."""
    return any(run.startswith(sc) and run[len(sc):] == "委" for sc, _ in _RELATIVE_SCOPES)


def _deputy_of_last(chain: list, group: list, fallback: Body) -> list:
    """省政协副主席、农工党省委主委朱兆良，副主委兼秘书长张大钧: a bare deputy post after a comma is the
    deputy of the post the list held last in another body (主委 of 农工党省委), not of the list's first
    body (省政协); the posts held with it (兼秘书长) go with it.  `chain` as is else."""
    held = {post: body for body, post, _, _ in group if body is not None and body is not fallback}
    own = next((held[post[len(_DEPUTY):]] for body, post, _, _ in chain
                if body is fallback and post.startswith(_DEPUTY) and post[len(_DEPUTY):] in held), None)
    if own is None:
        return chain
    return [(own if body is fallback else body, post, st, at) for body, post, st, at in chain]


def _party_before_relative(run: str) -> str:
    """中共|市委, 中共|县委统战部: the party's prefix (中共) written before a relative scope's
    committee, or ""."""
    party = next((w for w in _PARTY_PREFIXES if run.startswith(w)), "")
    rest = run[len(party):]
    return party if party and any(rest.startswith(sc + "委") for sc, _ in _RELATIVE_SCOPES) else ""


def _government_department_whole(run: str) -> bool:
    """人武部, 人民武装部: a run that is a government department's stem and unit suffix whole, and no
    party committee's department (宣传部, 统战部 are)."""
    d = _DEPARTMENT.match(run)
    return d is not None and d.end() == len(run) and not _party_department(run)


def _party_department(run: str) -> bool:
    """宣传部, 政法委, 组织部: a department of a party committee named without the committee."""
    return any(run.startswith(st) and run[len(st):] in _PARTY_DEPARTMENT_ENDS for st in L.PARTY_STEMS)


def _sentence_date(doc: Doc, text: str) -> str | None:
    """A full date in the sentence (2015年11月2日, or 11月2日 in a document of known year)."""
    if "日" not in text:
        return None  # (no date can match: spares the regex's attempt at every character)
    m = _DATE_RE.search(text)
    if not m:
        return None
    year = m.group(1) or (doc.date[:4] if doc.date else None)
    if not year:
        return None
    mo, d = int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if not m.group(1) and doc.date and len(doc.date) >= 7 and doc.date[5:7].isdigit() \
            and mo - int(doc.date[5:7]) > _FUTURE_DAY_MONTHS:
        year = str(int(year) - 1)  # 7月1日，市委书记胡海峰… in a chronicle of July-December posted in February: last year's
    return f"{year}-{mo:02d}-{d:02d}"


# a yearless day this many months after the publication's month is no day to come but last year's (a
# chronicle, 执政纪事(7-12月), posted the next February; a notice's day to come lies within weeks)
_FUTURE_DAY_MONTHS = 2


# --------------------------------------------------------------------------- finding

_OPENING_CHARS = "，,。：:；;\n”"  # what `_other_evidence` calls opening a statement (besides p == lo)


_SEX_NOTE_RE = re.compile("[，,][男女][，,]")


def _sexed_starts(t: str, lo: int, hi: int) -> list[int]:
    """Where a name of two or three Han characters closed by a note of sex (从善楠，女，) would open in the
    sentence [lo, hi), in order: the scan visits them though no family name of the table opens them
    (`_Names._sexed_name` reads the name, after a post only).  Found once a sentence."""
    out = []
    for m in _SEX_NOTE_RE.finditer(t, lo, hi):
        out.extend(q for q in (m.start() - 3, m.start() - 2) if q >= lo)
    return out


@lru_cache(maxsize=8)
def _candidate_re(verbs_before: tuple[str, ...]) -> re.Pattern | None:
    """The family names at which the scan can record anything, as one regex: after a post's or a
    verb's last character, an opening mark, 、 or a closing bracket (`chain_before`, a name listed after 、, the verb
    and opening tests of `_other_evidence`), or with 、 two to five characters on
    (`_listed_appointees`) or an honorific inside the next seven (`_other_evidence`).  Every other
    family name is passed over without a call (most of them: 和, 高, 方 in running text).
    None when a table holds an empty word (then any position can be one)."""
    first, before = _scan_tables()[1], _candidate_openers(verbs_before)
    if first is None or before is None:
        return None
    # the family name's character first, the tests after it: a pattern that opens with a
    # character class is searched by re's fast scan for that class (one alternative per test,
    # each opening with a look-behind, was tried at every character): the same matches
    parts = [rf"(?<=[{re.escape(before)}][\s\S])", *_candidate_lookaheads()]
    return re.compile(f"{first.pattern}(?:{'|'.join(parts)})")


def _candidate_openers(verbs_before: tuple[str, ...]) -> str | None:
    """The characters right before a family name that open a candidate (`_candidate_re`); None
    when a table holds an empty word."""
    posts, verbs = _post_last_chars(), _verb_last_chars(verbs_before)
    if posts is None or verbs is None or "" in vocabulary().honorifics:
        return None
    meet = {w[-1] for w in _MEET_BEFORE + _REQUEST_BEFORE}  # 会见了|王毅国务委员, 接受|杨某辞去
    now = {w[-1] for w in _NOW}  # 目前|李明担任…
    notes = {w[-1] for w in _CANDIDATE_NOTES}  # 县长候选人|李明
    # ）: 局长（兼）王建球; 的: 拟任…的陈刚; a space: 张吉福任… 齐静任… (a headline list)
    dated = {"年", "月", "日"}  # 2023年7月|罗蔺任…: a date opening the clause (`_dated_opening`)
    return "".join(sorted(posts | verbs | meet | now | notes | dated | set(_OPENING_CHARS) | {"、", "）", ")", "的"} | set(_SPACES)))


def _candidate_lookaheads() -> list[str]:
    """The tests after a family name that make it a candidate (`_candidate_re`): 、 two to five
    characters on, a body's head post after the name, an honorific inside the next seven."""
    parts = [r"(?=[\s\S]{1,4}、)"]
    mods = "|".join(re.escape(m) for m in sorted(vocabulary().modifiers, key=len, reverse=True))
    posts = []  # one look-ahead for both kinds of head post: each alternative was tried in turn at every family name
    if _HEADED_UNITS:  # 农机化司|李伟国司长: a name before its body's head post (`_name_then_head_post`)
        units = "".join(re.escape(u) for u in _HEADED_UNITS)
        posts.append(f"[{units}]{re.escape(_HEAD_POST_END)}")
    if _HEADED_BY or _GOVERNMENT_HEADED_BY:  # 港澳事务办公室|李辉副主任, 仓山区人民政府|高晓健副区长: the head post
        # of a body `_HEADED_BY` names, or of a government by its place (`_government_head`)
        heads = set(_HEADED_BY.values()) | {post for _end, post in _GOVERNMENT_HEADED_BY}
        posts += [re.escape(h) for h in sorted(heads, key=len, reverse=True)]
    posts += [re.escape(h) for h in sorted(set(_JUDICIAL_HEAD_POSTS.values()), key=len, reverse=True)]  # 该院|李某副检察长
    if posts:
        parts.append(rf"(?=[\s\S]{{1,3}}(?:{mods})?(?:{'|'.join(posts)}))")
    if _scan_tables()[2] is not None:
        by_reach: dict[int, list[str]] = {}  # the honorifics of one length share a look-ahead
        for h in vocabulary().honorifics:
            if len(h) <= 5:  # wholly inside t[p + 2:p + 7]
                by_reach.setdefault(6 - len(h), []).append(re.escape(h))
        parts += [rf"(?=[\s\S]{{1,{k}}}(?:{'|'.join(hs)}))" for k, hs in sorted(by_reach.items())]
    speech = sorted((w for w in _verb_kinds("speech") if w), key=len, reverse=True)
    speech += [w for w in _BODY_NAME_CLOSERS if w not in speech]  # …新闻办公室张竞怡|主持, |：
    if speech:  # 县农业农村局|李明介绍: a name right after a body, before a verb of speech (`ArticleScan.body_ends`)
        parts.append(rf"(?=[\s\S]{{1,3}}(?:{'|'.join(re.escape(w) for w in speech)}))")
    return parts


_TIME_TAG = "t"  # jieba's tag of a time word (周四, 周五)
_WEEKDAY_PARTS = frozenset("早晚上下中午夜间")  # 周四晚, 周五上午: a part of the day after a weekday
_WEEKDAY_NAME_CLOSERS = ("的", "为", "、")  # what closes a name after a verb of appointment or in a list
_LIST_LAST_JOINER = "和"  # 免去张某和李某的…职务, 任命王某和赵某为…: the joiner before a list's last name
_ENTRUSTING_REACH = 30  # characters from 受 to 委托: a body's full name and its head post


def _entrusting_body(scan: ArticleScan, lo: int, hi: int) -> Body | None:
    """受泉州市人大常委会主任委托，副主任许文贵主持会议，副主任张建生…出席: a sentence opening with
    the head of a body handing the meeting over names the body the bare posts after it belong to
    (the deputies of that head), though no person holds the head's post there.  The body the
    posts stage reads before that head's post, or none (the search is bounded: 受 at the
    sentence's start, 委托 within a short reach)."""
    t = scan.text
    opener, closer = _ENTRUSTING.get("open"), _ENTRUSTING.get("close")
    if not opener or not closer or not t.startswith(opener, lo):
        return None
    k = t.find(closer, lo + len(opener), min(hi, lo + _ENTRUSTING_REACH))
    if k < 0 or t[k + len(closer):k + len(closer) + 1] not in "，,":
        return None
    chain = scan.chain_before(k, lo + len(opener), comma=False)
    body = chain[-1][0] if chain else None
    return body if body is not None and body.label != "Place" else None


def _entrusted_head(scan: ArticleScan, lo: int, p: int, name: str) -> list:
    """受全国人大常委会委托，赵乐际委员长向大会报告…工作: the name opening the clause right after a
    sentence's 受 + body + 委托， with that kind of body's head post (委员长, 主任: `_HEADED_BY`) after
    it is that body's head — the post is written bare, the body in the clause handing over the
    report.  [] otherwise (another post, another clause, or no body right before 委托)."""
    t = scan.text
    opener, closer = _ENTRUSTING.get("open"), _ENTRUSTING.get("close")
    k = p - 1 - len(closer or "")
    if not opener or not closer or t[p - 1:p] not in "，," or k <= lo or not t.startswith(closer, k) \
            or not t.startswith(opener, lo) or k - lo > _ENTRUSTING_REACH:
        return []
    body = scan._found_over(k, k)
    if body is None or body.label == "Place" or body.start != lo + len(opener):
        return []
    written = t[body.start:body.end]  # (全国人大常委会 as written: its head is 委员长, not a 委员会's 主任)
    head = _HEADED_BY.get(next((w for w in _HEADED_BY if written.endswith(w)), None))
    at = p + len(name)
    return [(body, head, None, at)] if head is not None and t.startswith(head, at) else []


_HONORIFIC_WORD_TAILS = tuple(w for w, _ in _cue("honorific_word_tails"))
_TITLE_OPENERS = "，,。：:；;\n、 　“”"  # what may stand right before a name an `opening` honorific follows


@lru_cache(maxsize=1)
def _opening_honorifics() -> frozenset[str]:
    """The honorifics that are also common words (委员, 代表: posts.tsv level `opening`): a title only
    after a name that opens a clause or a list item."""
    return frozenset(r["word"] for r in L.load_table("posts") if r["kind"] == "honorific"
                     and r.get("level") == "opening")


def _honorific_after(t: str, q: int, opening: bool, name: str) -> bool:
    """Is an honorific written at q (王伟同志, 翟昆鹏委员建议, 胡建强代表提出), and not the opening of a
    longer word that is no title (安全|委员会, 黄河|委员会, 代表团): the name before it is a person's.
    A title that is also a common word counts only after a name `opening` a clause (收集|区人大代表,
    政府|方出资代表: no names) that ends with no body's suffix (企业家、商协会代表: the associations')."""
    h = next((h for h in vocabulary().honorifics if t.startswith(h, q)), None)
    if h is None or t.startswith(_HONORIFIC_WORD_TAILS, q):
        return False
    if len(name) >= 3 and word_freq().get(t[q - 1:q + len(h)]):
        return False  # 享受副县级以上待遇的党员|老同志 (dashiji105): the name's last character opens a word with the title
    return h not in _opening_honorifics() or opening and not any(
        len(u) >= 2 and name.endswith(u) for u in vocabulary().unit_suffixes)


# edu77: verbs a group does right after its kind (教师齐聚, 队员赶赴): no name after the post
_VERBS_NOT_NAMES = frozenset(w for w, _ in _cue("verbs_not_names"))
# sister58: posts only a foreign local council has (议长: posts_words abroad_only_posts)
_ABROAD_ONLY_POSTS = frozenset(w for w, _ in _cue("abroad_only_posts"))


def _glued_to_last_name(t: str, last_end: int, chain: list, fallback: Body) -> bool:
    """副团长、国务院办公厅秘书六局副局长孙浩康|副团长兼秘书长、国家民委协调推进司副司长孙启军 (minzu102,
    13-qinghai-zhuhetuan: a roster's lines run on into one sentence): a chain of posts written right
    after the last name, with no 、 or comma joining it to that name's list, opens a row of its own —
    a bare post in it (秘书长) is held in no body of the row before (it was 秘书六局's).  Reads the
    chain's own items only."""
    if last_end < 0:
        return False
    first = min(min(at, b.start) if b is not None and b is not fallback else at for b, _post, _st, at in chain)
    return first == last_end and t[last_end - 1:last_end] not in ("、", "，", ",")


def _scan_article(doc: Doc, scan: ArticleScan) -> None:
    art, t = scan.art, scan.text
    verbs_before = tuple(_verb_kinds("appoint", "nominate", "elect", "transfer", "promote", "remove"))
    speech = _verb_kinds("speech")
    first = _scan_tables()[1]
    cand = _candidate_re(verbs_before)
    carried: Body | None = None  # the body the last sentence's bare posts fell back on, if it closed with ；
    for sent in art.sentences:
        lo, hi = sent.start, sent.end
        date = _sentence_date(doc, t[lo:hi])
        group: list[tuple[Body, str, str | None, int]] | None = None  # the chain a list shares
        first_body: Body | None = None
        zone_body: Body | None = None  # the last zone's committee the sentence named (its bureaus: `_foreign_to`)
        list_status: str | None = None  # the status the first pair of a 、-list of post-and-name pairs has
        entrusted = _entrusting_body(scan, lo, hi) or carried  # 受市人大常委会主任委托，副主任许文贵…: that body's
        # (…党组成员、秘书长黄玉明出席；副主席林惠中列席: a clause after ； goes on the sentence, its bare posts too)
        p, last_end = lo, -1
        sexed_starts = _sexed_starts(t, lo, hi)  # (once a sentence: the few places a sex note closes a name)
        fallback = entrusted  # the first body of `group` (else `entrusted`): asked at every candidate, set with `group`
        while p < hi:
            if cand is None or (p == lo and first.match(t, p)):
                hit = first.search(t, p, hi) if first else None  # the next family name's first character
            else:  # the next one that can start anything (see _candidate_re; it looks up to 6 past hi)
                hit = cand.search(t, p, min(len(t), hi + 6))
                hit = hit if hit is not None and hit.start() < hi else None
            si = bisect_left(sexed_starts, p) if sexed_starts else 0  # (sorted: a bisection, not a walk per candidate)
            sexed = sexed_starts[si] if si < len(sexed_starts) else None
            if sexed is not None and (hit is None or sexed < hit.start()):
                p = sexed  # 副乡长从善楠，女，: a name no family name of the table opens, its sex after it
            elif hit is None:
                break
            else:
                p = hit.start()
            chain = scan.chain_before(p, lo, fallback)
            if chain and fallback is not entrusted and any(c[0] is fallback for c in chain) \
                    and _glued_to_last_name(t, last_end, chain, fallback):
                chain = scan.chain_before(p, lo, entrusted)  # (minzu102: …副局长孙浩康|副团长兼秘书长、…孙启军)
            if chain and group and fallback is not None and fallback is not entrusted:
                chain = _deputy_of_last(chain, group, fallback)
            name = None
            rule = None
            width = 0
            if chain:
                name = scan.names.name_at(p, after_post=True)
                rule = "posts.title"
                if name is None and (name := _signed_padded_name(scan, p)):
                    width = 2 + _padded_gap(t, p)  # 检察院检察长王 桦⏎: the name's two characters, its span three (four: 杜  宇)
                if name in _VERBS_NOT_NAMES:
                    name = None  # 110多名教师齐聚中心校: the group's verb, no name 齐聚
                if name and _preposition_before_name(scan, p, hi):
                    name = None  # 副董事长向陈和春副主席汇报: 向 is a preposition, 陈和春 a name with his own post
                if name and _holder_written_first(scan, p, chain):
                    name = None  # 李明清副市长|向东方希望集团介绍: the post's holder stands before it
                if name and _taken_same_post(scan, p, name, chain):
                    name = None  # 原山大校长任吉大校长: 任 takes the same post in another body, no name 任吉大
                if name and _takes_post_word(scan, p, name):
                    name = None  # 由希腊驻华大使任团长的…外交官团: 任 takes the post 团长, no name 任团长
                if name and (_closes_quoted_title(t, p, p + len(name), lo) or name in _event_words(t)):
                    name = None  # “首届深圳市全国异地商会会长沙龙”, 本次沙龙: the title's last word (a salon), no person
                if name and t[p - 1] in _SPACES and _appointed_after(scan, p + len(name)):
                    name = None  # 张吉福任平谷区委书记 齐静任…: after a space, a headline list's next subject
            elif group and ((t[p - 1:p] == "、" and last_end >= 0 and _past_note(t, last_end) == p - 1)
                            or _joined_last_name(scan, p, last_end, hi)):  # right after a name's 、 (or
                # the note closing it: 崔玉英(女,藏族)、洛桑江村), or the list's last 和 (副主任宋亚男和|孙延平参加会议)
                name = scan.names.name_at(p, after_post=True)
                if name and (_opens_next_post(t, p + len(name), hi) or _former_post_at(t, p)
                             or _runs_into_post(t, p, p + len(name), hi)):
                    name = None  # 局长王蹇、区畜牧发展中心主任薛瑜社: 区畜牧 opens the next body, no name
                chain = group if name and not _own_post_differs(name, group) else []
                rule = "posts.title-list"
            if name is None and (listed := _listed_appointees(scan, p, lo, hi, date, verbs_before)):
                p = last_end = listed  # 任命李娜、陈刚为…, 刘伟、孙丽分别任…: every name of the list
                continue
            if name is None and (named := _name_then_head_post(scan, p)) is not None:
                name, chain, rule = named[0], [named[1:] + (None, p + len(named[0]))], "posts.name-then-post"
                chain = [(c[0], c[1], None, c[3]) for c in chain]
            if name is None:
                name, rule = _other_evidence(scan, p, lo, verbs_before, speech)
                chain = [(b, post, None, at) for b, post, at in _held_before(scan, lo, p - 1)] \
                    if rule == "posts.held-before" else []
                if rule == "posts.name-first" and not chain:
                    chain = _entrusted_head(scan, lo, p, name)
            if name is None:
                p += 1
                continue
            if chain:
                chain = _list_status(t, chain, last_end, list_status)
                list_status = chain[0][2]
                if rule == "posts.title" and _left_after(t, p + len(name), hi):
                    chain = [(b, post, st or "removed", at) for b, post, st, at in chain]  # 主任皮某被免职
            e = last_end = p + (width or len(name))
            scan.persons.add(name, p, e, rule)
            if chain:
                if first_body is None:
                    first_body = next((c[0] for c in chain if c[0] is not None), None)
                opener = _chain_opener(chain, first_body)
                party_body = None  # 现任主委宋学思，副主委吴琼…，秘书长刘妍: the committee a bare 主委 is held in
                for body, post, status, at in chain:
                    if post in _ABROAD_ONLY_POSTS and (body is None or body.end != at):
                        continue  # 并与议长宋福燮会谈: a speaker's bare post is his foreign council's, not the organ the sentence named first
                    if body is None and (body := _chief_of_organ(scan, post, at, first_body)) is None:
                        continue
                    if party_body is None and post in _PARTY_COMMITTEE_POSTS and not any(c[0] for c in chain):
                        party_body = body
                    body = _qualify(scan, body, first_body if body is opener else opener, zone_body)
                    if body is None:
                        continue
                    zone_body = body if _zone_of_organ(body.name) else zone_body
                    scan.holdings.append(Holding(name, p, e, body, post, status, date, rule, at))
                group = chain
                fallback = next((c[0] for c in group if c[0] is not None), party_body or entrusted)

            _after_name(scan, name, p, e, hi, date, verbs_before)
            _resume(scan, name, p, e, date)
            while group and t.startswith("、", e) and (dotted := _dotted_list_name(scan, e + 1, hi)):
                q, e = e + 1, e + 1 + len(dotted)  # 副主席韩启德、帕巴拉·格列朗杰、董建华: the list goes on
                scan.persons.add(dotted, q, e, "posts.title-list")
                for body, post, status, at in group:
                    if body is not None:
                        body = _qualify(scan, body, first_body, zone_body) if first_body is not None else body
                        if body is None:
                            continue
                        scan.holdings.append(Holding(dotted, q, e, body, post, status, date, "posts.title-list", at))
                last_end = e
            p = e
        carried = fallback if t[lo:hi].rstrip().endswith(("；", ";")) else None
        _posts_then_names(scan, lo, hi, date)
        _name_then_posts(scan, lo, hi, date)
        _posts_taken_by(scan, lo, hi, date)
        _collective_leaders(scan, lo, hi)
        _photo_positioned(scan, lo, hi)
        _seated_names(scan, lo, hi)
        _post_taken_by(scan, lo, hi, date)
        _signature(scan, lo, hi)
        _field_names(scan, lo, hi)
        _byline(scan, lo, hi)
        _addressees(scan, lo, hi)
        _foreign_heads(scan, lo, hi, date)
        _joined_foreign_minister(scan, lo, hi, date)
        _party_state_heads(scan, lo, hi, date)
        _foreign_names_first(scan, lo, hi, date)
        _diplomatic_chair(scan, lo, hi, date)
        _bare_foreign_posts(scan, lo, hi, date)
        _permanent_representatives(scan, lo, hi, date)
        _dotted_names(scan, lo, hi, date)
        _colon_lists(scan, lo, hi, date)
        _succeeded_holders(scan, lo, hi, date)
        _roster_row(scan, lo, hi, date)
        _name_line(scan, lo, hi, date)
        _name_colon_row(scan, lo, hi, date)
        _profile_fields(scan, lo, hi, date)
        _county_secretary_lists(scan, lo, hi, date)
    if art.sentences:
        _roll_lines(scan, art.sentences[0].start, art.sentences[-1].end)
        _unit_name_cells(scan, art.sentences[0].start, art.sentences[-1].end)
        _speaker_labels(scan)
    _drop_home_titles_abroad(scan)
    _visitors_home_posts(scan)


_DELEGATION_RE = re.compile(  # 市委书记李洪慈|带领白城市党政代表团到…: bounded, inside one clause
    "(?:" + "|".join(w for w, _ in _cue("delegation_leads")) + ")(?!先)([^，,。；;！？\n]{0,14}?)(?:"
    + "|".join(sorted((w for w, _ in _cue("delegation_words")), key=len, reverse=True)) + ")(?:一行)?(?:"
    + "|".join(w for w, _ in _cue("delegation_goes")) + ")")
_DELEGATION_REACH = 12  # characters between a leader's name and the verb of leading (同志, 一行, 等)
_DELEGATION_WORDS_ALT = "|".join(sorted((w for w, _ in _cue("delegation_words")), key=len, reverse=True))
_DELEGATION_HEAD_RE = re.compile(  # 以…陆浩|为团长，…为副团长的我省党政代表团一行，今天中午抵达广州: bounded
    "(?:同志)?(?:" + "|".join(w for w, _ in _cue("delegation_heads")) + ")[^。；;！？\n]{0,30}?的([^，,。；;！？\n]{0,14}?)(?:"
    + _DELEGATION_WORDS_ALT + ")(?:一行)?[，,]?[^，,。；;！？\n]{0,8}?(?:"
    + "|".join(w for w, _ in _cue("delegation_goes")) + ")")


def _delegation_home(scan: ArticleScan, h: Holding) -> tuple[str, str] | None | bool:
    """Does the holder of `h` lead a delegation to another place right after his name (…李洪慈带领
    白城市党政代表团到嘉兴市考察)?  False where not; else the (name, code) of the home place the
    delegation's name opens with, None where it names none (率领党政考察团来到昆山市)."""
    m = _DELEGATION_HEAD_RE.match(scan.text, h.pend)  # 以省委书记陆浩|为团长的…代表团抵达广州
    if m is None:
        m = _DELEGATION_RE.search(scan.text, h.pend, min(len(scan.text), h.pend + _DELEGATION_REACH + 40))
        if m is None or m.start() - h.pend > _DELEGATION_REACH \
                or re.search("[，,。；;！？\n]", scan.text[h.pend:m.start()]):
            return False
    if not _goes_to_article_place(scan, m.end(), m.group(0)):
        return False  # 白城市委书记…率市党政代表团赴嘉兴市 in 白城's own news: his 市委 is the article's
    places = [p for p in scan.mentions_starting(m.start(1), m.end(1)) if p.label == "Place" and p.attrs.get("code")]
    if any(p.attrs.get("anaphor") for p in places):
        return None  # 我省党政代表团…抵达广州: the paper's province, not the host the dateline names
    if len(places) != 1 or not table().get(places[0].attrs["code"]):
        return None
    return (places[0].norm or places[0].surface, places[0].attrs["code"])


def _goes_to_article_place(scan: ArticleScan, k: int, led: str) -> bool:
    """Is the first place named within a few characters after k (the delegation's 赴|到 X) the
    article's place, or inside or around it, or does the verb `led` ends with bring it here (来)?
    Only then is the article the host's story."""
    code = scan.art_code
    if led.endswith(_COMING_HERE) or scan.text.startswith(_COMING_HERE, k):
        return bool(code)  # 率长治市党政考察团来潍考察, 来我市: coming to the article's place
    dest = next((p for p in scan.mentions_starting(k, min(len(scan.text), k + 12))
                 if p.label == "Place" and p.attrs.get("code")), None)
    if dest is None or not code:
        return False
    d = dest.attrs["code"]
    return d == code or table().is_within(d, code) or table().is_within(code, d)


def _visitors_home_posts(scan: ArticleScan) -> None:
    """杭州市委书记刘捷率杭州市党政代表团赴嘉兴考察; 市委书记李洪慈带领白城市党政代表团到嘉兴市: in
    a visit story the article's place is the host, so a bare 市委/市长 written for a delegation's
    leader (there, and wherever else in the article: 市委书记刘捷表示) was read as the host's.  Such
    a post is the leader's home's: moved to the place the delegation is named by when it is of the
    host's level (白城市委), dropped where the delegation names none."""
    homes: dict[str, tuple[str, str] | None] = {}
    for h in scan.holdings:
        if h.person not in homes and (home := _delegation_home(scan, h)) is not False:
            homes[h.person] = home
    if not homes or not scan.art_code:
        return
    kept = []
    for h in scan.holdings:
        if h.person in homes and _hosts_relative(scan, h.body, h.post):
            moved = _moved_home(scan, h.body, homes[h.person])
            if moved is None:
                continue
            h = replace(h, body=moved)
        kept.append(h)
    scan.holdings = kept


def _hosts_relative(scan: ArticleScan, body: Body, post: str) -> bool:
    """Is `body` written with a relative scope (市委; a place written by its head's post alone: 市长)
    and placed at the article's place?"""
    written = scan.text[body.start:body.end] or (post if body.label == "Place" else "")
    if not body.place or not written.startswith(tuple(sc for sc, _ in _RELATIVE_SCOPES)):
        return False
    code = body.place[1]
    return code == scan.art_code or table().is_within(scan.art_code, code) or table().is_within(code, scan.art_code)


def _moved_home(scan: ArticleScan, body: Body, home: tuple[str, str] | None) -> Body | None:
    """`body` (the host's 嘉兴市委, 潍坊市) as the home's (白城市委, 长治市), the home of the host
    place's level; None where there is none such."""
    host = table().get(body.place[1])
    got = table().get(home[1]) if home else None
    if host is None or got is None or got.level != host.level or not body.name.startswith(host.name):
        return None
    if body.label == "Place":
        return Body(None, got.name, "Place", body.start, body.end, (got.name, got.code))
    return scan._make_body(body.start, body.end, got.name + body.name[len(host.name):], (got.name, got.code),
                           alias=scan.text[body.start:body.end])


def _foreign_place_chain_before(scan: ArticleScan, p: int) -> bool:
    """Does a run of places written right before `p` (韩国京畿道议政府市|安炳龙) name a foreign
    country?  The places' ends are indexed once per article; the walk goes back one place at a time."""
    ends = scan._lazy.get("place_ends")
    if ends is None:
        ends = scan._lazy["place_ends"] = {m.aend: m.astart for m in scan.mentions if m.label == "Place"}
    k = p
    while k in ends and ends[k] < k:
        k = ends[k]
    return k < p and scan._names_foreign(k, p)


def _named_after_foreign_place(scan: ArticleScan, names: set[str]) -> set[str]:
    """The names (those read with a bare post) the article writes right after a foreign place
    (韩国京畿道议政府市安炳龙市长一行 … 安炳龙市长表示): a foreign city's official, whose bare 市长
    is his own city's, never the host city's.  A few look-ups of each such name in the text."""
    got = set()
    t = scan.text
    for name in names:
        k = t.find(name)
        while k >= 0 and name not in got:
            if _foreign_place_chain_before(scan, k):
                got.add(name)
            k = t.find(name, k + len(name))
    return got


def _drop_home_titles_abroad(scan: ArticleScan) -> None:
    """特鲁希略外长访华… 哥伦比亚外交部长特鲁希略: a foreign official named with his bare post (a title
    of speech, read as a Chinese organ's) holds nothing by it, wherever in the article his own
    country's post is written (before: `_posts_after_name` skips it; in the same sentence or
    after, the sentence's scans have read it first).  So is one the main scan read with a foreign
    country's post (匈牙利总理欧尔班 … 欧尔班总理表示: Hungary's premier, never the State Council's)."""
    abroad = set(scan._lazy.get("abroad") or ()) | {h.person for h in scan.holdings if _abroad(h.body)}
    abroad |= _named_after_foreign_place(scan, {h.person for h in scan.holdings
                                                if h.rule == "posts.name-first" and h.person not in abroad})
    if abroad:
        scan.holdings = [h for h in scan.holdings
                         if not (h.rule == "posts.name-first" and h.person in abroad and not _abroad(h.body))]


_COLONS = "：:"
_COLON = re.compile(f"[{_COLONS}]")
_COLONS_TUPLE = tuple(_COLONS)


def _next_colon(t: str, lo: int, hi: int) -> int | None:
    """The first colon in t[lo:hi], None if none: one regex search, where a Python loop over the
    sentence's characters ran for every sentence."""
    m = _COLON.search(t, lo, hi)
    return m.start() if m else None
_LIST_CLOSERS = "；;。，,\n"
_CELL_ENDS = "\r\n" + _SPACES  # what ends a roster's cell (a name set alone: 市长:徐福和⏎, 徐福和 赵学礼)


_ORDER_NOTE_REACH = 12  # characters of a note on the list's order after a roster's colon ((按姓名笔画为序))


def _roster_opening(t: str, q: int, hi: int) -> tuple[int, int]:
    """Where the names after a roster's colon start, and where they may run to: right after the
    colon, or past a note on their order in brackets and the line break after it (委员:(按姓名笔画
    为序)⏎扎西措姆(女)、白玛罗布…: an election result's list, set on the next line, which is
    another sentence, so its line is read to its end).  Bounded by the note's reach and the line."""
    if t[q:q + 1] not in _NOTE_OPENERS:
        return q, hi
    close = t.find("）" if t[q] == "（" else ")", q + 1, q + _ORDER_NOTE_REACH)
    if close < 0:
        return q, hi
    k = close + 1
    while k < len(t) and t[k] in _SPACES:
        k += 1
    if t[k:k + 1] not in ("\n", "\r"):
        return k, hi
    k += 1
    while k < len(t) and t[k] in _SPACES + "\r\n":
        k += 1
    line_end = t.find("\n", k, k + MAX_SENTENCE)
    return k, (line_end if line_end >= 0 else min(len(t), k + MAX_SENTENCE))


def _roster_deputy_body(scan: ArticleScan, t: str, lo: int, chain: list) -> list:
    """县委书记：刘军 …⏎副书记：董文琴 张超 (a yearbook's roster, dongbei92): a bare deputy post (副书记) that
    opens the line right after the line of its full post (书记) under a body is that body's deputy; the
    rows before remember each body by post (`scan._lazy["roster_posts"]`, the last line only).  A chain
    with a body of its own, or no such line just before, stays as it is."""
    kept = scan._lazy.get("roster_posts")
    line_start = t.rfind("\n", max(0, lo - MAX_SENTENCE), lo) + 1  # (bounded: a line's start, not the text's)
    fixed = chain
    if kept and kept[0] == line_start - 1 and any(body is None for body, *_ in chain):
        fixed = [(kept[1].get(post[1:]) if body is None and post.startswith("副") else body, post, status, at)
                 for body, post, status, at in chain]
    line_end = t.find("\n", lo, lo + MAX_SENTENCE)
    if line_end >= 0 and all(body is not None for body, *_ in fixed):
        scan._lazy["roster_posts"] = (line_end, {post: body for body, post, _s, _a in fixed})
    return fixed


def _colon_lists(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """出席会议的有：市委副书记：王刚、李明；副市长：张伟: posts, a colon, and a 、-list of names each
    ended by 、 or a stop (；。，), the last one by 等 too (市委常委：张晓、燕红等11人): every name holds the posts.  Nothing is read where a name runs on
    into a clause (市委书记：王刚在会上说…) or no post ends right at the colon."""
    t = scan.text
    c = _next_colon(t, lo, hi)
    while c is not None:
        if c > lo and not scan.persons.starts_at(c + 1) and (chain := scan.chain_before(c + 1, lo, end=c, comma=False)):
            names, q, end = [], *_roster_opening(t, c + 1, hi)
            celled = False  # (names apart by white space so far: a yearbook's roster of cells)
            while q < end:
                name = scan.names.name_at(q, after_post=True) or _noted_name(scan, q)  # 委员:昂毛(女)、…
                e = _past_note(t, q + len(name)) if name else q  # 张洪波(汉族);: a minority's or a woman's mark
                etc = bool(name) and t.startswith(_ETC, e)  # 市委常委：张晓、…、燕红|等11人: the list's close
                cell = bool(name) and t[e:e + 1] in _SPACES and not scan.persons.crosses(q, q + len(name))
                if not name or (e < len(t) and t[e] not in "、" + _LIST_CLOSERS and not etc and not cell) \
                        or scan.persons.crosses(q, q + len(name)):
                    names = names if celled and len(names) >= 2 else []  # (副书记:徐福和 赵学礼 韩 伟: the cells of
                    # names read before a padded one; 副组长:恽益明 武进…副主任 is a row, `_roster_row`'s)
                    break
                names.append((q, q + len(name), name))
                if cell:  # 副书记:徐福和 赵学礼, 市委书记:于晓东 1953年4月生: the next cell, a name or the row's notes
                    q = e
                    while q < end and t[q] in _SPACES:
                        q += 1
                    if q >= end or not is_han(t[q]):
                        break
                    celled = True
                    continue
                if t[e:e + 1] != "、":
                    break
                q = e + 1
                while q < end and t[q] in _SPACES:
                    q += 1  # 白玛罗布、 吕涛: a scrape's space after the 、
            chain = _roster_deputy_body(scan, t, lo, chain) if names else chain
            for q, e, name in names:
                scan.persons.add(name, q, e, "posts.colon-list")
                for body, post, status, at in chain:
                    if body is not None:
                        scan.holdings.append(Holding(name, q, e, body, post, status, date, "posts.colon-list", at))
        c = _next_colon(t, c + 1, hi)


_ROW_GAP_CHARS = " \t\u3000\xa0"  # the white space between a row's cells
_ROW_GAP = re.compile(f"[{_ROW_GAP_CHARS}]+")
_ROW_FIELD_ENDS = re.compile("[，,；;。\r\n]")  # the fields of a name-colon row (罗梅：副主席、党组成员，会长。)
_ROW_FIELDS = 8  # fields read after the colon at most


def _speaker_labels(scan: ArticleScan) -> None:
    """汪文斌：我们注意到有关报道。… 汪文斌：中方注意到朝方发布的消息。: a transcript (a spokesman's press
    conference, an interview) opens each turn of its speaker with his name and a colon at a line's
    start.  A name so written at the start of two lines or more is a person, each label a mention;
    his post is read where the text writes one (外交部发言人汪文斌主持…), none here.  A name opening
    one line only may be a row of a roster or a heading (`_name_colon_row`'s): not read.  One look
    per line of the article."""
    t = scan.text
    seen: dict[str, list[int]] = {}
    p = 0
    while p < len(t):
        q = p
        while q < len(t) and t[q] in _SPACES:
            q += 1
        name = scan.names.name_at(q) if q < len(t) and is_han(t[q]) else None
        if name and t.startswith(_COLONS_TUPLE, q + len(name)) and not scan.persons.crosses(q, q + len(name)):
            seen.setdefault(name, []).append(q)
        p = t.find("\n", p) + 1 or len(t)
    for name, starts in seen.items():
        if len(starts) >= 2:
            for q in starts:
                if not scan.persons.starts_at(q):
                    scan.persons.add(name, q, q + len(name), "posts.speaker-label")


def _name_colon_row(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """罗梅：自治区人民政府副主席、党组成员，自治区红十字会会长。: a leader page's line that opens with a
    name and a colon, then the name's posts in fields between commas: every field that is wholly
    posts (`chain_after` from its first character to its end) gives them to the name; a field that
    is not (第二十届中央候补委员, 主持县政府全面工作, 市委书记李四在会上说) is passed over, never read.
    A line whose fields hold no post gives nothing (王刚：我们要… is a speech).  Bounded: the line."""
    t = scan.text
    line = t[lo:hi]
    p = lo + len(line) - len(line.lstrip())  # (the line's or the sentence's start: 张某：书记。任某：主任。)
    if p >= hi or t[p] in _COLONS or not any(c in line for c in _COLONS):
        return  # (no colon in it: no name before one, whatever name opens it)
    name = scan.names.name_at(p)
    if name is None or not t.startswith(_COLONS_TUPLE, p + len(name)):  # 嘎玛泽登：…: a syllabic name, as after a post
        name = scan.names.name_at(p, after_post=True)
    c = p + len(name) if name else p
    if not name or c >= hi or t[c] not in _COLONS or scan.persons.crosses(p, c):
        return
    got, q, prev = [], c + 1, None
    for _ in range(_ROW_FIELDS):
        if q >= hi or t[q] in "\r\n":
            break
        m = _ROW_FIELD_ENDS.search(t, q, hi)
        end = m.start() if m else hi
        note = min((k for k in (t.find(b, q, end) for b in _ROW_NOTE_OPENS) if k > q), default=-1)
        end = note if note > 0 else end  # 刘玉博：…党工委副书记（挂职，派出单位为…）: the post, then a note on it
        posts = scan.chain_after(q, end, prev) if end > q else []
        last = t.find(posts[-1][1], posts[-1][2], end) if posts else -1  # (党委常委: read from 党委, 常委 kept)
        if posts and last >= 0 and end == last + len(posts[-1][1]) and \
                (posts[0][2] == q or (posts[0][0] is not None and posts[0][0].start == q)):
            got += posts
            prev = posts[-1][0]
        if note > 0:  # the note's own commas part no fields: nothing in it is read, the row goes on after it
            close = min((k for k in (t.find(b, note, hi) for b in _ROW_NOTE_CLOSES) if k > note), default=-1)
            if close < 0 or close + 1 >= hi or not _ROW_FIELD_ENDS.match(t, close + 1) or t[close + 1] in "\r\n":
                break
            q = close + 2
            continue
        if m is None or t[end] in "\r\n":
            break
        q = end + 1
    if not got:
        return
    scan.persons.add(name, p, c, "posts.colon-row")
    for body, post, at in got:
        scan.holdings.append(Holding(name, p, c, body, post, None, date, "posts.colon-row", at))


_ROW_NOTE_OPENS = ("（", "(")  # shanghai90: a note in brackets right after a row's post (（挂职，派出单位为…）)
_ROW_NOTE_CLOSES = ("）", ")")
_NAME_LINE_CLOSERS = "，,、；;。兼"  # what may follow the posts opening the line after a name's line
_DUTY_VERBS = tuple(w for w, _ in _cue("division_duty_verbs"))  # 主持, 负责: a leader's duties after the posts


def _name_line(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """马兴瑞⏎省长,主持省政府全面工作。: a leaders' division-of-work page (领导之窗, 领导分工) sets each
    leader's name on a line of its own and opens the next with the posts, then the duties: the
    posts read right after the line break (`_posts_after_name`, as 马兴瑞省长主持… is read) are the
    name's.  Only a line that is wholly one name, and posts that open the next line and end at a
    clause mark, 兼 or the line's end (马兴瑞⏎省长办公会… gives nothing)."""
    t = scan.text
    p, e = lo, hi
    while p < e and t[p] in _SPACES:
        p += 1
    while e > p and t[e - 1] in _SPACES + "\r\n":
        e -= 1
    if not 2 <= e - p <= 4 or (p > 0 and t[p - 1] not in "\r\n"):
        return
    name = scan.names.name_at(p)
    if name is None or p + len(name) != e or scan.persons.crosses(p, e):
        return
    k = e
    while k < len(t) and t[k] in _SPACES + "\r":
        k += 1
    if t[k:k + 1] != "\n":
        return
    k += 1
    while k < len(t) and t[k] in _SPACES:
        k += 1
    posts = _posts_after_name(scan, k, name) or scan.chain_after(k, _clause_end(t, k, len(t)))
    if not posts or min(at if body is None else min(at, body.start) for body, _, at in posts) != k:
        return  # (陈云贤⏎省政府党组成员,…: a body and its post opening the line, as well as a bare post)
    end = posts[-1][2] + len(posts[-1][1])
    if end < len(t) and t[end] not in _NAME_LINE_CLOSERS + "\r\n" and not t.startswith(_DUTY_VERBS, end):
        return  # (王明军⏎县委副书记、县长主持县政府全面工作: the duties' line joined to the posts')
    posts = posts + _concurrent_after(scan, end)
    _hold_chain(scan, name, p, [(body, post, None, at) for body, post, at in posts], date, "posts.name-line")


_CONCURRENT_OPENERS = ("兼任", "兼")  # 副省长兼任省公安厅厅长: the posts held with the ones before


def _concurrent_after(scan: ArticleScan, e: int) -> list[tuple[Body, str, int]]:
    """李春生⏎副省长兼任省公安厅厅长,负责…: the posts written after 兼任 (or 兼) right where a leader's
    posts end, read up to the clause's end and starting right after it, are the same leader's."""
    t = scan.text
    w = next((w for w in _CONCURRENT_OPENERS if t.startswith(w, e)), None)
    if w is None:
        return []
    r = e + len(w)
    got = scan.chain_after(r, _clause_end(t, r, len(t)))
    first = min((at if body is None else min(at, body.start) for body, _, at in got), default=-1)
    return got if first == r else []


# 陈斌(寿乡食用菌专业合作社): one line of an honour roll, a name and its unit in brackets (bounded: one line)
_ROLL_LINE_RE = re.compile(rf"^[ \t\u3000]*([{HAN}]{{2,3}})[（(][^（()）\n]{{2,40}}[)）][ \t\u3000]*$", re.M)
_ROLL_MIN = 3  # lines of that shape an article must hold to be read as a roll of people


def _roll_lines(scan: ArticleScan, lo: int, hi: int) -> None:
    """附：名单 / 陈斌(寿乡食用菌专业合作社) / 何平高(京和米业) / 胡为义(牌楼镇来龙村) (honours68): an honour
    roll written one person a line, the name then the unit in brackets, with no post nor cue around:
    its names are people when at least _ROLL_MIN lines read as whole names of a family name's shape
    (a line opening with a body or a place, 市二医(…), is none and is left)."""
    t = scan.text
    hits = [(m.start(1), m.end(1)) for m in _ROLL_LINE_RE.finditer(t, lo, hi)
            if scan.names.name_at(m.start(1)) == m.group(1) and _name_shaped(t, m.start(1), m.end(1))]
    if len(hits) < _ROLL_MIN:
        return
    for i, k in hits:
        if not scan.persons.starts_at(i) and not scan.names.overlaps(i, k):
            scan.persons.add(t[i:k], i, k, "posts.roll-line")


_CELL_NAME_RE = re.compile(rf"[ \t\u3000]([{HAN}]{{2,3}})(?=[ \t\u3000\r\n]|$)")  # one cell: bounded
_CELL_GAP = " \t\u3000"


def _unit_name_cells(scan: ArticleScan, lo: int, hi: int) -> None:
    """先进个人(16名): 市人民政府办公室 李勇平 市科学技术局 赖立明 市林业局 徐新平 (honours68): an honour roll's
    cells, each unit then its person apart by white space: a whole name of a family name's shape right
    after a found body and white space, closed by white space or the line's end, is a person when at
    least _ROLL_MIN such cells are in the article (one cell alone may be a heading's words)."""
    t, ends = scan.text, scan.body_ends
    hits = []
    for m in _CELL_NAME_RE.finditer(t, lo, hi):
        i, k = m.span(1)
        j = i
        while j > lo and t[j - 1] in _CELL_GAP:
            j -= 1
        if j in ends and scan.names.name_at(i) == t[i:k] and _name_shaped(t, i, k) \
                and not scan.names.overlaps(i, k):
            hits.append((i, k))
    if len(hits) < _ROLL_MIN:
        return
    for i, k in hits:
        if not scan.persons.starts_at(i):
            scan.persons.add(t[i:k], i, k, "posts.unit-name-cell")


def _roster_row(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """王某某 县长 主持县政府全面工作。: a leader page's table row read as one line (name, post and duties
    in cells apart by white space): the name opening the row holds the posts of the next cell, as
    `_posts_after_name` reads a title after a name (a head's post heads the article's place); a row
    whose post cell comes first (县长 王某某 …) the same.  Only whole cells: the posts and the name
    end at white space or the row's end (王某某 县长办公会… is no row)."""
    t = scan.text
    line = t[lo:hi]
    p = lo + len(line) - len(line.lstrip())
    if p >= hi or (p > 0 and t[p - 1] not in "\r\n" and not any(c in line for c in _ROW_GAP_CHARS)):
        return  # (no white space in it and no line of its own: cells apart and glued ones both need one)
    p = _past_group_role(t, p, hi)  # 组 长：|祝正庆 武进国家高新区管委会副主任
    name = scan.names.name_at(p)
    width = len(name) if name else 0
    if name is None and (padded := _padded_name(scan, p, hi)):
        name, width = padded, 2 + _padded_gap(scan.text, p)  # 吕 威 财政局局长: a two-character name set in three cells
    if name is None and (guessed := _guessed_place_cell(scan, p, hi)):
        name, width = guessed, len(guessed)  # 副指挥长：于洋 铜仁市国土资源局万山分局局长 (ziran94)
    if name:
        posts = _row_posts(scan, p + width, hi, name) or \
            (width == len(name) and _glued_row_posts(scan, p, p + len(name), hi, name))
        at = p
    else:  # (the post cell first)
        if not any(c in t[p:hi] for c in _ROW_GAP_CHARS):
            return  # (no white space after the posts: no name cell can follow them; most lines)
        posts = _row_posts(scan, p, hi, None, gap=False)
        cell = posts and _ROW_GAP.match(t, posts[-1][2] + len(posts[-1][1]), hi)
        at = cell.end() if cell else hi
        name = scan.names.name_at(at) if at < hi else None
        if name and at + len(name) < hi and not t[at + len(name)].isspace():
            name = None
        width = len(name) if name else 0
    if not name or not posts or scan.persons.crosses(at, at + width):
        return
    scan.persons.add(name, at, at + width, "posts.roster-row")
    for body, post, k in posts:
        scan.holdings.append(Holding(name, at, at + width, body, post, None, date, "posts.roster-row", k))


def _group_role_re() -> re.Pattern | None:
    """The roles of a leading group's roster before their colon (组长, 副组长, 成员: posts_words
    `group_roles`), each character apart from the next by at most one space (组 长, set to the
    width of 副组长), then the colon and any white space after it."""
    got = _group_role_re.__dict__.get("re", False)
    if got is False:
        words = sorted((w for w, _ in _cue("group_roles")), key=len, reverse=True)
        alt = "|".join("[ \u3000]?".join(map(re.escape, w)) for w in words)
        got = _group_role_re.__dict__["re"] = re.compile(f"(?:{alt})[ \u3000]*[{_COLONS}][ \t\u3000\xa0]*") if words else None
    return got


def _past_group_role(t: str, p: int, hi: int) -> int:
    """Where a roster row starts after the role and colon opening its line (组 长：祝正庆 武进国家高新
    区管委会副主任: the row is the name and its posts' cell; the group's role names no body and is
    no post held), else `p`."""
    rx = _group_role_re()
    m = rx.match(t, p, hi) if rx is not None else None
    return m.end() if m else p


_NAME_CELL_RE = re.compile(rf"([{HAN}]{{2,3}})[ \t\u3000]")  # a row's name cell closed by white space


def _guessed_place_cell(scan: ArticleScan, p: int, hi: int) -> str | None:
    """副指挥长：于洋 铜仁市国土资源局万山分局局长 (ziran94 06-wanshan-yanlian): a row's name cell of two
    or three characters of a family name's shape (`_name_shaped`) that only jieba's place tag read
    (于洋 ns, no table's place: `_guessed_places_only`) is the name; the guess goes with the name read
    (`_drop_places_inside_persons`).  Only where the posts' cell follows (`_roster_row`); a place of
    a table (铜仁 …) stays a place."""
    m = _NAME_CELL_RE.match(scan.text, p, hi)
    if m is None or not _name_shaped(scan.text, p, m.end(1)) or not _guessed_places_only(scan, p, m.end(1)):
        return None
    return m.group(1)


def _padded_name(scan: ArticleScan, p: int, hi: int) -> str | None:
    """吕 威, 毛 健: a two-character name a roster sets to the width of three with a space between its
    characters — a family name of one character (no word of running text: not of
    `post_only_surnames`), one space, one Han character, then the row's white space.  Only read where
    the posts' cell follows (`_roster_row`); the name is the two characters, the span all three."""
    t = scan.text
    gap = _padded_gap(t, p)
    if not gap or p + 3 + gap > hi or t[p + 2 + gap] not in _ROW_GAP_CHARS:
        return None
    by_first = _scan_tables()[0]
    if t[p] not in by_first.get(t[p], ()) or t[p] in _POST_ONLY_SURNAMES or not _HAN_RE.match(t[p + 1 + gap]):
        return None
    return t[p] + t[p + 1 + gap]


def _padded_gap(t: str, p: int) -> int:
    """The white space between a padded name's two characters at p: one space (吕 威, 毛　健) or two
    half-width ones (田  兰: a portal's page sets a two-character name to the width of three full-width
    characters), else 0."""
    if t[p + 1:p + 2] in (" ", "\u3000"):
        return 2 if t.startswith("  ", p + 1) else 1
    return 0


def _signed_padded_name(scan: ArticleScan, p: int) -> str | None:
    """平潭综合实验区人民检察院检察长王 桦⏎, 县人民政府县长 王 伟⏎: a two-character name set to the width of
    three (one space between its characters) right after its post and closing its line is the speaker's
    signature under a report's title, as `_padded_name` reads one in a roster's cell; the name is the two
    characters, the span all three.  Never where the line goes on (王 桦表示: running text).  Two half-width
    spaces pad it as one full-width space does (局长  杜  宇⏎: a speech's byline, `_padded_gap`)."""
    t = scan.text
    gap = _padded_gap(t, p)
    end = p + 2 + gap
    if not gap or end > len(t) or (end < len(t) and t[end] not in "\r\n"):
        return None
    if t[p] not in _scan_tables()[0].get(t[p], ()) or t[p] in _POST_ONLY_SURNAMES or not _HAN_RE.match(t[end - 1]):
        return None
    return t[p] + t[end - 1]


_ROW_NAME_BAD_LAST = L.chars("row_name_bad_last")  # (read once: L.chars re-reads its table)


def _glued_row_posts(scan: ArticleScan, p: int, q: int, hi: int, name: str) -> list:
    """王某某县委常委、副县长 on a line of its own (a leader page whose name cell and posts cell a scrape
    ran together with no white space): the posts read right after the name when the line holds
    nothing else — the name opens the line, the posts start right after it and end it.  A sentence
    that goes on after the posts (王某某县长主持召开…) is no row, nor a headline whose posts are
    another's (王某会见某国外交部长)."""
    t = scan.text
    if (p > 0 and t[p - 1] not in "\r\n") or name[-1] in _ROW_NAME_BAD_LAST:
        return []  # (no white space shows where the name ends: 高新区管委会主任 opens with a body, no name)
    posts = _row_posts(scan, q, hi, name, gap=False)
    if not posts and (cell := _comma_cell_end(t, q, hi)) > q:
        posts, hi = _row_posts(scan, q, cell, name, gap=False), cell  # 梁伟发省政府党组副书记,兼任…
    if not posts:
        return []
    body, _, k = posts[0]
    if min(k, body.start if body is not None else k) != q:
        return []  # 王某会见某国外交部长: the posts are not the name's cell run on, but another's
    end = posts[-1][2] + len(posts[-1][1])
    return posts if end >= hi or t[end] in "\r\n" else []


def _comma_cell_end(t: str, q: int, hi: int) -> int:
    """Where the posts cell of a division-of-work line ends at a comma (梁伟发省政府党组副书记,兼任…,
    duty68: the name and its posts open the line, the duties follow the comma), else `q` (no cell)."""
    e = _clause_end(t, q, hi)
    return e if e < hi and t[e] in "，," else q


def _row_posts(scan: ArticleScan, q: int, hi: int, name: str | None, gap: bool = True) -> list:
    """The posts of the cell at `q` (after white space when `gap`), which must end the cell: a bare
    title (县长) or posts with their bodies (县委副书记、县长 — `chain_after`); [] otherwise."""
    t = scan.text
    if gap:
        m = _ROW_GAP.match(t, q, hi)
        if m is None:
            return []
        q = m.end()
    cell = _ROW_GAP.search(t, q, hi)
    posts = _posts_after_name(scan, q, name) or scan.chain_after(q, cell.start() if cell else hi)
    if not posts and name and (page := _page_body(scan)) is not None:
        posts = scan.chain_after(q, cell.start() if cell else hi, page)  # 张明 局长、党组书记 on …局's page
        if posts and posts[0][2] != q:
            posts = []  # (the cell opens with its post: 张明 县教育局副局长 is `chain_after`'s with its body)
    if not posts:
        return []
    end = posts[-1][2] + len(posts[-1][1])
    return posts if end >= hi or t[end].isspace() else []


_PAGE_BODY_LINES = 3  # the article's first lines where a leaders' page names the body it is of
_PAGE_BODY_REACH = 80  # characters of the article's start those lines are looked for in
_LEADER_PAGE_HEADS = tuple(sorted((w for w, _ in _cue("leader_page_heads")), key=len, reverse=True))


def _page_body(scan: ArticleScan) -> Body | None:
    """大冶市生态环境局领导信息⏎⏎张明 局长、党组书记 / 枣强县农业农村局⏎领导信息⏎陈建国  党组书记、局长: the
    body a leaders' page is of — an agency whose name is one of the article's first lines, before a
    leaders' page head (posts_words `leader_page_heads`: 领导信息, 领导之窗) or with the head on a first
    line of its own — holds the bare posts of its roster rows (`_row_posts`).  None elsewhere (a news
    title: 大冶市生态环境局召开…; a notice's issuer over its group's members, 县人民政府⏎…成员：李四 局长:
    no head).  Once per article, over its first lines only."""
    if "page_body" in scan._lazy:
        return scan._lazy["page_body"]
    t, got, p, headed = scan.text, None, 0, False
    for _ in range(_PAGE_BODY_LINES):
        while p < min(len(t), _PAGE_BODY_REACH) and t[p] in _SPACES + "\r\n":
            p += 1
        if p >= min(len(t), _PAGE_BODY_REACH):
            break
        e = t.find("\n", p)
        e = len(t) if e < 0 else e
        end = e
        while end > p and t[end - 1] in _SPACES + "\r":
            end -= 1
        m = next((m for m in scan.mentions_starting(p, p + 1) if m.label == "Agency" and m.aend <= end), None)
        if m is not None and got is None and (m.aend == end or t[m.aend:end] in _LEADER_PAGE_HEADS):
            got = Body(m.key, m.norm or m.surface, m.label, m.astart, m.aend)
        headed = headed or t[m.aend if m is not None else p:end] in _LEADER_PAGE_HEADS
        p = e + 1
    scan._lazy["page_body"] = got = got if headed else None
    return got


# what may follow a profile's posts field: white space to the sentence's end, or the next field's
# label and colon (分工：…; the layout joins the short field lines into one sentence)
_NEXT_FIELD = re.compile(f"[ \\t\\u3000\\xa0]*(?:$|[\\r\\n]|[{HAN}\\s]{{1,6}}[:：])")
PROFILE_REACH = 40  # the posts field is looked for this far after the name, its posts this far after the label


@lru_cache(maxsize=1)
def _profile_labels() -> tuple[re.Pattern, re.Pattern]:
    """The name field's label and colon (姓名：), and the posts field's that must follow the name (职务：)."""
    def field(name: str) -> re.Pattern:
        words = sorted((w for w, _ in _cue(name)), key=len, reverse=True)
        return re.compile(r"\s{0,4}(?:" + "|".join(r"\s*".join(map(re.escape, w)) for w in words) + r")\s*[:：]\s*")
    return field("profile_name_labels"), field("profile_post_labels")


def _profile_fields(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """姓名：王某 ⏎ 职务：县委副书记、县长: a leader's profile set as fields (a portal's 领导信息 page)
    gives the name the posts of the field right after it, as a roster row does; the posts must
    end the field, the next field's label or the sentence's end after them (职务：县长助理 is no
    post field)."""
    t = scan.text
    name_label, post_label = _profile_labels()
    if "名" not in t[lo:hi]:
        return  # (most sentences: one cheap look)
    for m in name_label.finditer(t, lo, hi):
        name = scan.names.name_at(m.end())
        if not name or scan.persons.crosses(m.end(), m.end() + len(name)):
            continue
        e = m.end() + len(name)
        pm = post_label.match(t, e, min(len(t), e + PROFILE_REACH))  # (on the next line: a sentence of its own)
        if pm is None:
            continue
        reach = min(len(t), pm.end() + PROFILE_REACH)
        posts = _posts_after_name(scan, pm.end(), name) or scan.chain_after(pm.end(), reach)
        if not posts or not _NEXT_FIELD.match(t, posts[-1][2] + len(posts[-1][1])):
            continue
        s, e = m.end(), m.end() + len(name)
        scan.persons.add(name, s, e, "posts.profile-fields")
        for body, post, at in posts:
            scan.holdings.append(Holding(name, s, e, body, post, None, date, "posts.profile-fields", at))


def _particle_name_before_de(scan: ArticleScan, p: int) -> str | None:
    """免去张为的上海市副市长职务: a family name and one given character that is a particle elsewhere
    (为, 和), closed by 的 with a place or body found right after it and 职务 closing the posts: the
    的 of a removal, no clause (张为大家 runs on)."""
    t = scan.text
    by_first = _scan_tables()[0]
    sur = next((s for s in by_first.get(t[p:p + 1], ()) if t.startswith(s, p)), None)
    if sur is None:
        return None
    e = p + len(sur) + 1
    if t[e - 1:e] not in _PARTICLE_GIVEN or not t.startswith("的", e) or not scan.names._mention_at(e + 1) \
            or scan.names.overlaps(p, e) or not _duty_closes(t, e + 1, len(t)):
        return None
    return t[p:e]


def _name_before_mention(scan: ArticleScan, p: int) -> str | None:
    """免去张国洪普陀区委书记…职务: a family name at p and one or two given characters, ended where
    a place or body found starts (the finder reads none there: the characters run on into the
    place's).  The longest such name, crossing nothing found."""
    t = scan.text
    by_first = _scan_tables()[0]
    sur = next((s for s in by_first.get(t[p:p + 1], ()) if t.startswith(s, p)), None)
    if sur is None:
        return None
    for n in (len(sur) + 2, len(sur) + 1):
        if re.fullmatch(f"[{HAN}]+", t[p:p + n]) and scan.names._mention_at(p + n) \
                and not scan.names.overlaps(p, p + n) and not any(ch in scan.names.not_in_name for ch in t[p + len(sur):p + n]):
            return t[p:p + n]
    return None


def _own_post_differs(name: str, group) -> bool:
    """乡党委书记陶书记、左乡长: an item of a 、-list read as a family name and its own post (左乡长,
    an address) holds that post, not the posts of the list's first holder: 乡长 heads the township's
    government, never its party committee.  True when `name` ends in a post none of `group` is
    (陶书记 after 书记 still shares it)."""
    post_re = vocabulary().post_re
    for j in range(1, len(name)):
        m = post_re.match(name, j)
        if m is not None and m.end() == len(name):
            return all(post != m.group() and not post.endswith(m.group()) for _, post, _, _ in group)
    return False


def _dotted_list_name(scan: ArticleScan, p: int, hi: int) -> str | None:
    """A name of parts joined by · at p, inside a 、-list of names after a post (帕巴拉·格列朗杰,
    艾力更·依明巴海): its first part one to five characters, the whole closed by 、, punctuation or
    a word that follows names, and nothing found inside it.  Its first character is mostly no
    family name, so the scan for names never stops there."""
    t = scan.text
    d = t.find(NAME_DOT, p, min(hi, p + 6))
    if d <= p or not re.fullmatch(f"[{HAN}]+", t[p:d]) or scan.names.overlaps(p, d) or scan.persons.crosses(p, d):
        return None
    name = scan.names._transliterated(p, t[p:d])
    e = p + len(name)
    if NAME_DOT not in name or name.endswith(NAME_DOT) or e > hi or scan.names.overlaps(p, e) \
            or not (scan.names._boundary(e) or _manner_at(t, e)):
        return None
    return name


_QUOTE_PAIRS = {"”": "“", "」": "「", "』": "『", "》": "《", "\"": "\""}
_QUOTED_TITLE_REACH = 40  # how far back the opening mark of a quoted title is looked for


def _closes_quoted_title(t: str, p: int, e: int, lo: int) -> bool:
    """“首届深圳市全国异地商会会长沙龙”: a name right after a post that closes a quoted or
    bracketed title (the closing mark right after it, its opening mark earlier in the sentence with
    nothing closed between) is the title's last word — an event or a work (沙龙, 论坛), no person
    holding the post.  The look-back is bounded."""
    close = t[e:e + 1]
    if close not in _QUOTE_PAIRS:
        return False
    k = t.rfind(_QUOTE_PAIRS[close], max(lo, p - _QUOTED_TITLE_REACH), p)
    return k >= 0 and close not in t[k + 1:p]


_EVENT_WORD_RE = re.compile(f"(?:{_alt(sorted((w for w in L.word_lists('relation_cues').get('event_anaphora', ()) if len(w) > 1), key=len, reverse=True))})([{HAN}]{{2}})")


@lru_cache(maxsize=8)
def _event_words(t: str) -> frozenset[str]:
    """The two-character words an article writes right after an event's anaphor (本次沙龙, 此次论坛):
    things the article's own event is, never a person's name (会长|沙龙 before them: the salon of the
    chairmen).  One pass over the article, kept for its next candidates."""
    return frozenset(m.group(1) for m in _EVENT_WORD_RE.finditer(t))


def _preposition_before_name(scan: ArticleScan, p: int, hi: int) -> bool:
    """Is the family name at p a preposition (向, 于) opening a clause about another person: a name
    of two or three characters right after it that a post or an honorific follows (欧阳莉副董事长向
    陈和春副主席汇报)?  Then no name opens at p."""
    t = scan.text
    if t[p:p + 1] not in _PREPOSITIONS:
        return False
    by_first = _scan_tables()[0]
    if not any(t.startswith(sur, p + 1) for sur in by_first.get(t[p + 1:p + 2], ())):
        return False
    V = vocabulary()
    for q in (p + 3, p + 4):  # (陈和春: the finder reads no name whose given name holds 和 here)
        if q < hi and re.fullmatch(f"[{HAN}]+", t[p + 1:q]) and \
                (V.post_re.match(t, q) is not None or any(t.startswith(h, q) for h in V.honorifics)):
            return True
    return False


def _taken_same_post(scan: ArticleScan, p: int, name: str, chain) -> bool:
    """原山大校长任吉大校长: a would-be name opening with a verb of taking that is also a family name (任)
    right after a post, followed at once by that same post — the verb takes the post again in
    another body (the short name between), as headlines write a move; no person 任吉大."""
    t = scan.text
    if not chain or not t.startswith(_TAKE_SURNAME_VERBS, p):
        return False
    post = chain[-1][1]
    return bool(post) and t.startswith(post, p + len(name)) and t.endswith(post, 0, p)


def _takes_post_word(scan: ArticleScan, p: int, name: str) -> bool:
    """由希腊驻华大使任团长的代表团, 由副市长任组长: a would-be name opening with a verb of taking that is
    also a family name (任) whose rest is wholly a post word: the verb takes that post (the one
    after the post before it heads a delegation or a group); no person 任团长."""
    return scan.text.startswith(_TAKE_SURNAME_VERBS, p) and len(name) > 1 \
        and name[1:] in vocabulary().posts and scan.text[p - 1:p] not in _SPACES


def _holder_written_first(scan: ArticleScan, p: int, chain) -> bool:
    """李明清副市长向东方希望集团…, 王刚副县长向李明介绍…: is the family name at p a preposition (向,
    于) right after a chain of posts whose holder the scan already read right before it (name-first
    order)?  The post has its holder; the preposition opens the clause of what he did, so no
    name opens at p (the one after it may be read as its own)."""
    if scan.text[p:p + 1] not in _PREPOSITIONS or not chain:
        return False
    c = min([at for _, _, _, at in chain] + [b.start for b, _, _, _ in chain if b is not None])
    return scan.persons.ends_at(c)


def _posts_then_names(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """A clause of nothing but posts, a copula and their holders: 西宁市委书记是王晓， (one name, closed
    by the clause: every post is his), 县农业局局长、县林业局局长分别是李强、丁敦武 (分别: the n-th
    name the n-th post, only when the counts agree).  The posts must open the clause (今年的目标是…
    is no post), and 是 alone takes only 为 after 分别 (县长为… is read by the appointment scan).
    A clause opened by 此前 (or right after 此前，) states posts held before the news: former."""
    t = scan.text
    for mk in _NAMES_FOLLOW_CHAR.finditer(t, lo, hi):  # (a loop over every character was 2% of a build)
        k = mk.start()
        resp = t.endswith(_RESPECTIVELY, lo, k)
        if t[k] != _NAMES_FOLLOW[0] and not resp:
            continue
        end = k - len(_RESPECTIVELY) if resp else k
        c = max([lo] + [j + 1 for j in range(lo, end) if t[j] in _CLAUSE_STOP])
        if resp and end == c and (counted := _counted_post_clause(t, lo, c)) is not None:
            c, end = counted  # 国务院副秘书长至少有7人,分别是A、B: the posts of the clause before
        earlier = next((w for w in _EARLIER if t.startswith(w, c)), "")
        c += len(earlier)  # 此前西宁市委书记是王晓 (or 此前，西宁市委书记是王晓): held before the news
        earlier = earlier or (c > lo and t.endswith(_EARLIER, lo, c - 1))
        chain = scan.chain_before(end, c, comma=False)
        if resp and (not chain or any(b is None for b, _, _, _ in chain)):
            chain = _counted_chain(scan, c, end) or chain  # 外交部七名副外长分别为…: a count between
        if not chain or any(b is None for b, _, _, _ in chain):
            continue
        first = chain[0]
        if min(first[0].start, first[3]) != c:
            continue  # (…的目标是: the clause opens with something other than posts)
        if resp:
            names, q = _name_list(scan, k + 1, hi)
            if len(chain) == 1 and len(names) >= 2:
                chain = chain * len(names)  # 国务院副秘书长分别是A、B、C: one post, each name holds it
            if len(names) != len(chain) or len(chain) < 2:
                continue
        else:
            name = scan.names.name_at(k + 1)
            if not name:
                continue
            q, names = k + 1 + len(name), [(k + 1, k + 1 + len(name), name)]
        if q < len(t) and t[q] not in _CLAUSE_STOP:
            continue  # 县长是王强的… : the name runs on into a clause
        for n, (s, e, name) in enumerate(names):
            scan.persons.add(name, s, e, "posts.copula")
            for body, post, status, at in (chain[n:n + 1] if resp else chain):
                status = "former" if earlier else status
                scan.holdings.append(Holding(name, s, e, body, post, status, date, "posts.copula", at))


_HOLDER_AFTER = _cue("holder_after")[0][0]  # 由: the post's new holder follows it (专员由袁民忠出任)


def _posts_taken_by(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """政制及內地事務局局長由曾國衞出任, 县教育局局长由王建军同志担任 (Hong Kong's announcements, and
    mainland notices of appointments): a clause opened by posts, 由, one name and a verb of taking a post
    that closes the clause (`_taking_verbs`): the name takes every post of the chain (`_post_taken_by`
    reads 一职由 and a name found already, anywhere in the clause)."""
    t = scan.text
    k = t.find(_HOLDER_AFTER, lo, hi)
    c, read = lo, lo  # the clause's start, and how far the text has been read for it (once, not per 由)
    while k >= 0:
        c = max([c] + [j + 1 for j in range(read, k) if t[j] in _CLAUSE_STOP])
        read = k
        chain = scan.chain_before(k, c, comma=False)
        n = k + len(_HOLDER_AFTER)
        name = scan.names.name_at(n) if chain and all(b is not None for b, _, _, _ in chain) else None
        q = n + len(name) if name else k
        v = q + len(_COMRADE) if t.startswith(_COMRADE, q) else q  # 由王建军同志担任: the honorific between
        verb = next((w for w in _taking_verbs() if t.startswith(w, v)), None) if name else None
        if verb and min(chain[0][0].start, chain[0][3]) == c and t[v + len(verb):v + len(verb) + 1] in _CLAUSE_STOP:
            scan.persons.add(name, n, q, "posts.taken-by")
            status = _STATUS.get(vocabulary().verbs[verb])
            for body, post, _, at in chain:
                scan.holdings.append(Holding(name, n, q, body, post, status, date, "posts.taken-by", at))
        k = t.find(_HOLDER_AFTER, n, hi)


def _name_then_posts(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """晏忠琴是该村党支部书记。/ 王强是县农业局局长，他…: a clause of nothing but a name, 是 and a chain of
    posts that ends the clause (the mirror of `_posts_then_names`): every post is the name's.  The
    name must open the clause and end right at 是, and the chain must start right after it and run
    to the clause's end (王强是县里的好干部 / 李明是县长的秘书 name no post of his)."""
    t = scan.text
    for mk in _NAMES_FOLLOW_CHAR.finditer(t, lo, hi):
        k = mk.start()
        if t[k] != _NAMES_FOLLOW[0]:
            continue
        c = max([lo] + [j + 1 for j in range(max(lo, k - 8), k) if t[j] in _CLAUSE_STOP])
        name = scan.names.name_at(c) if k - c >= 2 else None
        if not name or c + len(name) != k or scan.persons.crosses(c, k):
            continue
        q = next((j for j in range(k + 1, min(hi, k + 40)) if t[j] in _CLAUSE_STOP), None)
        if q is None:
            continue
        chain = scan.chain_before(q, k + 1, comma=False)
        first = chain[0] if chain else None
        at = None if first is None else min(first[3], first[3] if first[0] is None else first[0].start)
        if at is None or at - k - 1 > _UNREAD_BODY_MAX or _DE_CHAR in t[k + 1:at]:
            continue  # (李明是县长的秘书: the post is another's)
        scan.persons.add(name, c, k, "posts.copula")
        if at != k + 1:
            continue  # 晏忠琴是蔬菜合作社基地负责人: a body no table names, the name is a person still
        for body, post, status, at in chain:
            if body is not None:
                scan.holdings.append(Holding(name, c, k, body, post, status, date, "posts.copula", at))


_UNREAD_BODY_MAX = 12  # characters of a body no table names between 是 and the post (蔬菜合作社基地)
_DE_CHAR = "的"


_NOW_OPENERS = tuple(w for w, _ in _cue("now_openers"))  # 目前, 现在: a clause of posts held now
_HEADCOUNT_RE = re.compile("(?:" + "|".join(map(re.escape, sorted((w for w, _ in _cue("headcount_verbs")), key=len, reverse=True)))
                           + f")[{DIGIT}{CHINESE_NUMERALS}]{{1,3}}[" + "".join(w for w, _ in _cue("headcount_units")) + "]$")


def _counted_post_clause(t: str, lo: int, c: int) -> tuple[int, int] | None:
    """国务院副秘书长至少有7人,分别是王志军、王永红…: a clause opened by 分别 lists the holders of a
    post the clause before counted (posts, a verb of having and a head count: nothing else).
    Where that clause's posts open (past a word of now: 目前) and where they end, or None."""
    if c - 1 <= lo or t[c - 1] not in "，,":
        return None
    c0 = max([lo] + [j + 1 for j in range(max(lo, c - 1 - MAX_SENTENCE), c - 1) if t[j] in _CLAUSE_STOP])
    m = _HEADCOUNT_RE.search(t, c0, c - 1)
    if m is None or m.start() <= c0:
        return None
    c0 += len(next((w for w in _NOW_OPENERS if t.startswith(w, c0)), ""))
    return c0, m.start()


# the count of a list of people right after its last name (…、王巍、张为骅五人克服…): no character of a name
_HEADCOUNT_SUMS = tuple(w for w, _ in _cue("headcount_sum_words"))  # 共, 合计: 孟令选|共26名
_PEOPLE_COUNT_RE = re.compile(f"[{DIGIT}{CHINESE_NUMERALS}两]{{1,3}}[" + "".join(w for w, _ in _cue("headcount_units")) + "]")
_COUNT_FIRSTS = frozenset("0123456789０１２３４５６７８９" + CHINESE_NUMERALS + "两")
_COUNT_BEFORE_POST_RE = re.compile(f"[{DIGIT}{CHINESE_NUMERALS}两]{{1,3}}[" + "".join(w for w, _ in _cue("headcount_units")) + "]")


def _counted_chain(scan: ArticleScan, c: int, end: int) -> list:
    """外交部七名副外长分别为A、B…, 市政府5位副市长分别是…: a body, a head count and a post before
    分别: the post in that body (the clause opens with the body), as `chain_before` gives it; [] else."""
    t = scan.text
    m = _COUNT_BEFORE_POST_RE.search(t, c, end)
    if m is None or m.start() <= c:
        return []
    post = vocabulary().post_re.match(t, m.end())
    if post is None or post.end() != end:
        return []
    body = scan.body_before(m.start(), c, None, None)
    return [(body, post.group(0), None, m.end())] if body is not None and body.start == c else []


_PARTY_PREFIXES = tuple(_entity_cue("agency_cues", "party_prefixes"))  # 中共: before a body found without it
_RARE_WORD_FREQ = 10  # a word of the dictionary this rare (强卫: 3; 强调: 6318) may be a name after a post
_ZONE_CLAUSE_REACH = 40  # characters back a bare zone organ looks for its zone in the same sentence
_FORMER_ONE = tuple(w for w, _ in _cue("before_then") if len(w) == 1)  # 原, 前: 原副主任 (held before)
_VILLAGE_OF_REACH = 12  # characters of a village's name written before 的 and its first secretary
_QUOTED_POST_MAX = 8  # characters of a post written in quotes right before its holder (“第一书记”)
_ANONYMOUS = "某"  # the character a discipline notice writes for a given name it hides (朱某, 张某某)


def _former_post_at(t: str, p: int) -> bool:
    """副主任肖志恒、原副主任王骏: a mark of a post held before (原, 前: both family names too)
    right before a post opens the list's next post, not a name (no 原副主)."""
    return t.startswith(_FORMER_ONE, p) and vocabulary().post_re.match(t, p + 1) is not None


def _runs_into_post(t: str, p: int, e: int, hi: int) -> bool:
    """处长吴国才、党办主任蒙洪敏: does a post word begin inside the listed name at [p, e) and end past
    it (党办主|任: 党 is a family name, 党办 the party office and 主任 its head)?  Then the name is the
    next pair's body and post, no person.  Reads a few characters only."""
    V = vocabulary()
    lo = max(p + 1, e - 2)
    m = _post_search(V.post_re, t, lo, min(hi, e + 4))
    return m is not None and m.start() < e < m.end()


def _opens_next_post(t: str, e: int, hi: int) -> bool:
    """Does the run of characters after a listed name (up to the next mark, a few characters at
    most) hold a post word with no verb before it?  Then what was read as the name opens the next
    body (区|畜牧发展中心主任: 区 is a family name and a relative scope; 霍巴特|市长)."""
    k = e
    while k < hi and k - e < 16 and is_han(t[k]):
        k += 1
    if k == e:
        return False
    V = vocabulary()
    m = _post_search(V.post_re, t, e, k)
    if m is None:
        return False
    verbs = _verb_ends(tuple(V.verbs))[0]  # 副市长A、张歌莺|拟任市委常委: a verb before the post, a name
    return not any(t[a:b] in verbs for a in range(e, m.start()) for b in range(a + 1, min(m.start(), a + 4) + 1))


def _list_status(t: str, chain: list, last_end: int, status: str | None) -> list:
    """曾任西湖区区长刘颖、桐庐县县长方毅、嵊州市市长徐建役: a chain opening right after the 、 that
    closes the last name continues that name's 、-list of posts and names, and the status its first
    pair took from the verb before it (former) is every pair's where the chain states none."""
    opens = min(c[3] if c[0] is None else min(c[3], c[0].start) for c in chain)
    if status is None or last_end < 0 or opens != last_end + 1 or t[last_end:opens] != "、":
        return chain
    return [(b, post, st or status, at) for b, post, st, at in chain]


_GIVEN_PAIR_TAGS = ("nr", "ns", "nz", "nt")  # tags of a word a given name may be (金国, 建华): proper nouns, no verb or noun of running text
_PROPER_NOUN_TAG = "nz"  # jieba's tag of a proper noun (华源): a given name may be one after a post
_NAME_LIKE_TAGS = ("nr", "ns", "nz")  # jieba tags a transliterated name's pieces may carry


_AFTER_DE_VERBS = tuple(w for w, _ in _cue("after_de_verbs"))  # 有: 出席会议的有…
_LISTED_PEOPLE = tuple(sorted({w for w, _ in _cue("listed_people_words")} | {w for w, _ in _cue("collective_titles")},
                              key=lambda w: (-len(w), w)))  # 领导, 市领导: 出席会议的领导有…


def _after_list_verb(t: str, i: int) -> int:
    """Where the body starts after a 的 at i - 1 that opens a list of those present: after its verb 有,
    alone (出席会议的有|县委书记王刚) or after the people it lists (就座的领导有|县委书记麦正华, 的市领导有|…),
    which name no body (base read 领导有县委); i where no such verb follows."""
    for head in ("",) + _LISTED_PEOPLE:
        if t.startswith(head, i) and (w := next((w for w in _AFTER_DE_VERBS if t.startswith(w, i + len(head))), None)):
            return i + len(head) + len(w)
    return i
_INTL_REGISTRY = "intl_orgs"  # the registry of international organisations (intl_orgs.tsv)
_FOREIGN_LOCAL_LEVELS = frozenset(w for w, _ in _cue("foreign_local_levels"))  # world-city, region
_FOREIGN_LOCAL_HEADS = frozenset(w for w, _ in _cue("foreign_local_heads"))  # 市长, 州长
_HOME_ISO = CHINA_ISO  # CN
_INTL_POSTS = frozenset(w for w, _ in _cue("intl_posts"))  # 秘书长, 总干事: the head of an organisation of states
_INTL_ROOTS = frozenset(w for w, _ in _cue("intl_roots"))  # 联合国 and the organisations of states it holds
_FOREIGN_LOCAL_GOVERNMENTS = tuple(w for w, _ in _cue("foreign_local_governments"))  # 苏格兰地方政府|首席部长


def _foreign_local_body(m: Mention, gov: str) -> Body:
    """The body of a foreign city's or region's head: the place itself (旧金山市市长), or, with its
    government written between (英国苏格兰地方政府首席部长), that government (苏格兰地方政府)."""
    name, code = m.norm or m.surface, m.attrs.get("code")
    if not gov:
        return Body(m.key, name, "Place", m.astart, m.aend, (name, code))
    return Body(None, name + gov, "Agency", m.astart, m.aend + len(gov), (name, code), (), new=True)


def _foreign_heads(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """南非总统拉马福萨在…, 俄罗斯总统普京表示: a foreign head of state or government opens with no
    family name, so the scan never stops there; after a country's name and a post of its own
    (level `state`: 总统, 总理, 国王) or one that names a ministry of it (外长:蒙古国外长巴特策策格),
    the characters up to where a name can end are the name."""
    t = scan.text
    V = vocabulary()
    for m in scan.mentions_starting(lo, hi):
        if m.aend >= hi:
            continue
        joined_to, own, read_own = None, None, None  # own: the chain a rule here reads; read_own: only for a name read already
        aide, post = None, None  # an aide's post after the head's (总统|首席特别顾问); the head's post
        if (party := _foreign_party_chain(scan, m)) is not None:
            own, p = party  # 英国工党前领袖、前首相布莱尔: the party's post, and the country's joined to it
        elif m.label == "Agency" and m.attrs.get("country") not in (None, CHINA_ISO):
            p = _foreign_organ_post_end(t, m)  # 哥伦比亚外交部长特鲁希略: a post of a foreign ministry
            if p is None:
                continue
        elif (society := _foreign_society_post(scan, m)) is not None:
            own, p = society  # 日本国际贸易促进协会会长河野洋平: a foreign society's post, a name by sound
            read = scan.chain_before(p, lo, comma=False)
            if read and read[-1][0] is not None and read[-1][0].name == own[0][0].name:
                own = read  # 日本前首相、日中友好协会名誉顾问村山富市: the country's post before it too
        else:
            intl = m.label == "Organization" and m.attrs.get("registry") == _INTL_REGISTRY
            local = m.label == "Place" and m.attrs.get("level") in _FOREIGN_LOCAL_LEVELS \
                and m.attrs.get("country") not in (None, _HOME_ISO)  # 旧金山市, 加州: a foreign city or state
            if not (intl or local or (m.label == "Place" and (m.attrs.get("code") or "").startswith("iso-"))):
                continue
            at = m.aend + _state_word_after(t, m, local or intl)  # 日本|国|外务大臣
            former = next((w for w in _FORMER_MARKS if t.startswith(w, at)), "")  # 美国|前|国务卿
            post = V.post_re.match(t, at + len(former))
            if post is None and not (local or intl) and m.attrs.get("code") != CHINA_CODE:
                post = _national_state_post(scan, t, at + len(former))  # 老挝|国家|主席通伦 (China's: the main scan's)
                if post is None and not former and (compound := _compound_ministry(t, at)) is not None:
                    post = compound  # 阿根廷|外交、国际贸易和宗教事务部部长卡菲耶罗
                    own = [(scan.national_organ((m.norm or m.surface) + compound.group(1), at),
                            ("副" if compound.group(2).startswith("副") else "") + _COMPOUND_HEAD, None, compound.start(2))]
                if post is None and not former and (field := _field_minister(scan, at)) is not None:
                    post = field  # 日本经济产业大臣西村康稔: a minister of a ministry no table names, the country's
                    own = [(Body(m.key, m.norm or m.surface, "Place", m.astart, m.aend,
                                 (m.norm or m.surface, m.attrs.get("code"))), field.group(0), None, field.start())]
            if local:  # 旧金山市市长布里德, 加州州长纽森: the head of a foreign city or state
                gov = next((g for g in _FOREIGN_LOCAL_GOVERNMENTS if t.startswith(g, at)), "") if post is None else ""
                post = V.post_re.match(t, at + len(gov)) if gov else post
                if post is None or scan._base(post.group(0)) not in _FOREIGN_LOCAL_HEADS:
                    continue  # (副市长, 副省长: the deputy's post of the same government)
                read_own = [(_foreign_local_body(m, gov), post.group(0), None, post.start())]
            elif own:
                pass
            elif intl and (union := _union_post(t, at, m)) is not None:
                post, own = union, [(Body(m.key, m.norm or m.surface, m.label, m.astart, m.aend, None),
                                     union.group(0), None, union.start())]  # 欧盟外交与安全政策高级代表博雷利
            elif intl:  # 联合国秘书长古特雷斯, 世界卫生组织总干事谭德塞: the organisation's own post
                if post is None or post.group(0) not in _INTL_POSTS \
                        or m.attrs.get("parent_org", m.norm or m.surface) not in _INTL_ROOTS:
                    continue
            elif post is not None and not _state_or_organ_post(scan, post.group(0)) \
                    and _joined_state_post(scan, post.end()):
                joined_to = post  # 瑞士联邦|委员兼外长卡西斯
            elif post is None or not _state_or_organ_post(scan, post.group(0)):
                envoy = _envoy_post_after(scan, m)  # 美国驻华大使伯恩斯: its envoy, named after the post
                if envoy is None and (own := _bare_envoy_in_china(scan, m, post)):
                    envoy = post  # 拉脱维亚大使马尼卡 in a story of envoys to China
                post = envoy
                if post is None:
                    continue
            p = post.end()
            if not (local or intl or own or joined_to) and (aide := _state_aide(scan, post)):
                p += len(aide)  # 巴西总统|首席特别顾问|阿莫林: the name follows the aide's post
        while t.startswith("兼", p) and (joined := _joined_end(scan, p)):
            p = joined  # 老挝副总理兼外长沙伦赛, 兼外交部长: the name follows the last of the joined posts
        if t.startswith("兼", p):
            continue  # 副总理兼经济政策统筹部长王瑞杰: a joined post none of the tables reads is no name
        if scan.persons.starts_at(p):
            if (own := own or read_own) and (read := _name_read_at(scan, p, lo)) is not None:
                for body, held, status, at in (own if party else own[:1]):
                    scan.holdings.append(Holding(read, p, p + len(read), body, held, status, date,
                                                 "posts.foreign-head", at))  # 欧洲理事会主席米歇尔, 旧金山市市长布里德
                _joined_envoy(scan, m, p + len(read), hi, date)  # 布哈拉州州长巴尔诺耶夫|和驻华大使赛义多夫
            elif aide and (read := _name_read_at(scan, p, lo)) is not None and (chain := _aide_chain(scan, post, aide, lo)):
                _hold_chain(scan, read, p, chain, date, "posts.foreign-head")  # 巴西总统首席特别顾问|阿莫林: the
                # name the main scan read after 顾问 (a post of the body before it) holds the aide's post in the country
            if t.endswith(_COMPOUND_HEAD, 0, p) and (read := scan.names.name_at(p, after_post=True)):
                _listed_ministers(scan, m, p + len(read), hi, date)  # 工业部长穆伦加|、旅游部长西孔巴
            continue  # a name the scan read already (国家主席习近平)
        name = _foreign_name(scan, p, hi)
        chain = (own or scan.chain_before(p, lo)) if name else []
        if name and read_own and not any(c[0] is not None for c in chain):
            chain = read_own  # 旧金山市市长布里德: the chain reads no body in a foreign city's post
        if name and joined_to is not None:
            chain = _joined_chain(scan, m, joined_to, p)
        if name and aide:
            chain = _aide_chain(scan, post, aide, lo)
        elif name and post is not None and m.aend - m.astart == 1 and not (own or read_own or joined_to):
            chain = _abbreviated_chain(scan, m, post, chain)
        if not chain:
            continue
        _hold_chain(scan, name, p, chain, date, "posts.foreign-head")
        _joined_envoy(scan, m, p + len(name), hi, date)
        if t.endswith(_COMPOUND_HEAD, 0, p):
            _listed_ministers(scan, m, p + len(name), hi, date)  # 外交部长卡卡博|、旅游部长西孔巴


_LISTED_MINISTRY_RE = re.compile(rf"((?:(?!部)[{HAN}]){{2,6}})(副?部长)")  # 旅游|部长: the field, its 部 the post's


def _listed_ministers(scan: ArticleScan, m: Mention, e: int, hi: int, date) -> None:
    """赞比亚商业、贸易和工业部长穆伦加、旅游部长西孔巴、交通部长塔亚利等: after a foreign minister's name, each
    further 、 + a ministry's field + 部长 + a name is a minister of the same country (its ministry named
    with the country's name: 赞比亚旅游部), not a Chinese ministry of that name (交通部).  Names the scan
    read already (a family name's) are left as they are; the list ends at the first item of another shape."""
    t = scan.text
    iso = m.attrs.get("country") if m.label != "Place" else None
    country = (m.norm or m.surface) if m.label == "Place" else _country_names().get(iso or "")
    if not country or (m.attrs.get("code") or "") == CHINA_CODE:
        return
    while t[e:e + 1] == "、" and (mt := _LISTED_MINISTRY_RE.match(t, e + 1, hi)) is not None:
        p = mt.end()
        name = None if scan.persons.starts_at(p) else _foreign_name(scan, p, hi)
        if not name:
            return
        body = scan.national_organ(country + mt.group(1) + _COMPOUND_HEAD[0], mt.start())
        _hold_chain(scan, name, p, [(body, mt.group(2), None, mt.start(2))], date, "posts.foreign-head")
        e = p + len(name)


def _joined_envoy(scan: ArticleScan, m: Mention, e: int, hi: int, date) -> None:
    """乌兹别克斯坦布哈拉州州长巴尔诺耶夫和驻华大使赛义多夫一行: a foreign official's name, a joiner and
    a bare 驻华大使 (no country written again) name that country's envoy to China, the delegation's
    second member: the name after the post holds it in that country's mission in China."""
    t = scan.text
    if t[e:e + 1] not in _JOINERS or not t.startswith(_ENVOYS_IN_CHINA, e + 1):
        return
    post = vocabulary().post_re.match(t, e + 1 + len(_ENVOYS_IN_CHINA))
    code = m.attrs.get("code") or ""
    iso = m.attrs.get("country") or (code[4:].split("-")[0] if code.startswith("iso-") else None)
    country = _country_names().get(iso or "")
    if post is None or post.group(0) not in _ENVOY_HOUSES or not country or iso == _HOME_ISO \
            or scan.persons.starts_at(post.end()):
        return
    name = _foreign_name(scan, post.end(), hi)
    if name:
        body = scan.national_organ(country + _ENVOYS_IN_CHINA + _ENVOY_HOUSES[post.group(0)], post.start())
        _hold_chain(scan, name, post.end(), [(body, post.group(0), None, post.start())], date, "posts.foreign-head")


def _before_bracket_note(t: str, k: int) -> int:
    """刚果(布)首任驻穗总领事: where a country's name ends before the short note in brackets that tells
    it from its namesake ((布), (金)) closing at k; k itself when no such note closes there."""
    if t[k - 1:k] not in ")）":
        return k
    j = max(t.rfind("(", max(0, k - 4), k), t.rfind("（", max(0, k - 4), k))
    return j if j > 0 and is_han(t[j + 1:k - 1] or "x") else k


def _home_division(code: str | None) -> bool:
    """Is `code` a division of China's (440100: 广州市) — no country or foreign place (iso-…)?"""
    return bool(code) and code != CHINA_CODE and code[:1].isdigit()


def _foreign_society_post(scan: ArticleScan, m: Mention) -> tuple[list, int] | None:
    """日本国际贸易促进协会会长河野洋平, 美国商会会长…: an organisation whose name opens with a foreign
    country's (or that the registry places in one) and a post written right after it: the holder is
    named after the post, often by sound or in Japanese (no family name the scan stops at).  The
    chain (the society and its post) and where the name starts; None for anything else."""
    if m.label != "Organization" or m.attrs.get("registry") == _INTL_REGISTRY:
        return None
    name = m.norm or m.surface
    country = m.attrs.get("country")
    if country in (None, CHINA_ISO) and not (hit := _foreign_country_re().match(name)):
        return None
    post = vocabulary().post_re.match(scan.text, m.aend)
    if post is None or _state_or_organ_post(scan, post.group(0)):
        return None  # (日本首相: a country's own post is `_foreign_heads`' main reading)
    own = [(Body(m.key, name, m.label, m.astart, m.aend, None), post.group(0), None, post.start())]
    return own, post.end()


def _foreign_party_chain(scan: ArticleScan, m: Mention) -> tuple[list, int] | None:
    """英国工党领袖斯塔默, 英国工党前领袖、前首相布莱尔: a foreign party (a body of a foreign country
    whose name ends in 党) and a post of a party's head (posts_words.tsv foreign_party_posts: 领袖,
    党首, 主席), 前 before it making it former.  A post of the country itself joined by 、 (前首相)
    is held in the country.  The chain and where the name starts; None for anything else."""
    t, name = scan.text, m.norm or m.surface
    if m.label != "Organization" or not name.endswith(_PARTY_END):
        return None  # (asked first: the country's look-back below is for a party only)
    iso = m.attrs.get("country")
    if iso is None and (before := _country_written_before(t, m.astart)):
        iso = before.place[1][len("iso-"):]  # 日本|自民党干事长二阶俊博: the registry's party, its country before it
    if iso in (None, CHINA_ISO):
        return None
    at = m.aend
    former = next((w for w in _FORMER_MARKS if t.startswith(w, at)), "")
    post = next((w for w in _FOREIGN_PARTY_POSTS if t.startswith(w, at + len(former))), None)
    if post is None:
        return None
    p = at + len(former) + len(post)
    chain = [(Body(m.key, name, m.label, m.astart, m.aend), post, "former" if former else None, at)]
    again = next((w for w in _FORMER_MARKS if t.startswith(w, p + 1)), "") if t.startswith("、", p) else None
    joined = vocabulary().post_re.match(t, p + 1 + len(again)) if again is not None else None
    country = _country_names().get(iso)
    if joined is not None and country and scan._post_kind(joined.group(0))[1] == "state":
        chain.append((Body(None, country, "Place", m.astart, m.aend, (country, f"iso-{iso}")), joined.group(0),
                      "former" if again else None, p + 1))  # 、前首相: the country's own post, joined
        p = joined.end()
    return chain, p


_PARTY_END = _cue("foreign_party_end")[0][0]  # 党: 英国工党, 日本自民党
_FOREIGN_PARTY_POSTS = tuple(sorted((w for w, _ in _cue("foreign_party_posts")), key=lambda w: (-len(w), w)))


_STATE_AIDE_POSTS = tuple(sorted((w for w, _ in _cue("state_aide_posts")), key=lambda w: (-len(w), w)))  # longest first


def _state_aide(scan: ArticleScan, post: re.Match) -> str | None:
    """巴西总统首席特别顾问阿莫林, 美国总统国家安全事务助理沙利文: an aide's post (`state_aide_posts`)
    written right after a foreign head of state's or government's post; the name after it is the
    aide's, not the head's (the head is named elsewhere or not at all).  None when the post is no
    state post or no aide's word follows."""
    if scan._post_kind(post.group(0))[1] != "state":
        return None
    return next((w for w in _STATE_AIDE_POSTS if scan.text.startswith(w, post.end())), None)


def _abbreviated_chain(scan: ArticleScan, m: Mention, post: re.Match, chain: list) -> list:
    """俄外长拉夫罗夫, 俄总统普京: a country written by one character (俄, 美, 日) before its post; the
    chain before the name reads no body in it (None), where the country written in full gives
    its ministry (俄罗斯外交部) or the country itself.  Only the post right after the country."""
    country, code = m.norm or m.surface, m.attrs.get("code")
    organ = _foreign_organ_posts().get(scan._base(post.group(0)))
    body = scan.national_organ(country + organ, post.start()) if organ else \
        Body(m.key, country, "Place", m.astart, m.aend, (country, code)) \
        if scan._post_kind(post.group(0))[1] == "state" else None
    return [(body if b is None and at == post.start() else b, p, st, at) for b, p, st, at in chain]


def _aide_chain(scan: ArticleScan, post: re.Match, aide: str, lo: int) -> list:
    """The aide's holding: the body the head's post is read in (the country), with the joined post
    (总统首席特别顾问); only the head's post right before the aide's is taken (巴西副总统兼… is
    the head's, not the aide's)."""
    return [(b, head + aide, st, at) for b, head, st, at in scan.chain_before(post.end(), lo)
            if at == post.start() and b is not None]


def _space_gap(t: str, lo: int, end: int) -> int:
    """How many spaces (ASCII, ideographic, no-break: at most two) stand right before end after a
    Han character: scraped pages and typeset lists put one between a post and the name after it
    (县长 王立新, 副县长　李明).  The post before them is still the name's; the scan then checks
    the post ends there and the name reads as one, as it does with no space."""
    k = end
    while k > lo and end - k < 2 and t[k - 1] in _SPACES:
        k -= 1
    return end - k if k < end and k > lo and _HAN_RE.match(t[k - 1]) else 0


_UNION_POSTS = tuple(sorted(_cue("union_posts"), key=lambda c: (-len(c[0]), c[0])))  # (post, root), longest first


_COMPOUND_HEAD = "部长"
_COMPOUND_FIELD_END = "部院局委厅署办司处会"  # a field word ends in none of these (国务院和国防部: two bodies, no one name)
_COMPOUND_MINISTRY_RE = re.compile(  # (宗教事务部|部长, not 部部|长; no field holds 部: 工业部长穆伦加、旅游部长… is a list)
    rf"((?:(?:(?!部)[{HAN}]){{2,8}}[、和与及]){{1,4}}[{HAN}]{{2,8}}?部)(副?部?长)")


_FIELD_MINISTER_RE = re.compile(  # 经济产业|大臣, 民航和交通|大臣: a field of two to six characters, then the post
    f"[{HAN}]{{2,6}}?(?:{_alt(w for w, _ in _cue('foreign_minister_posts'))})")


def _joined_foreign_minister(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """会见美国国务卿蓬佩奥和财政部长姆努钦: a foreign official read with his country, then 和 (、, 及) and
    a ministry's head post with a transliterated name: the ministry is his country's (美国财政部),
    though the registry reads its bare name as China's own.  Only right after a holding abroad of
    this sentence; the second name must be wholly of transliteration characters."""
    t = scan.text
    for h in _holdings_in(scan, lo, hi):
        e = h.pend
        if t[e:e + 1] not in _JOINED_MINISTER_MARKS:
            continue
        ministry = next((m for m in scan.mentions_starting(e + 1, e + 2) if m.label == "Agency"
                         and m.surface.endswith("部") and m.attrs.get("country") in (None, CHINA_ISO)), None)
        if ministry is None:
            continue
        k = ministry.aend - 1 if t.startswith(_MINISTRY_HEAD, ministry.aend - 1) else ministry.aend
        if not t.startswith(_MINISTRY_HEAD, k):  # 财政部长 (部 shared) or 财政部部长
            continue
        p = k + len(_MINISTRY_HEAD)
        country = _country_before(scan, lo, h.pstart)
        name = _foreign_name(scan, p, hi) if country is not None else None
        if name is None or not _all_transliteration(name, 2) or scan.persons.starts_at(p):
            continue
        body = scan.national_organ(country + ministry.surface, ministry.astart)
        scan.persons.add(name, p, p + len(name), "posts.joined-foreign-minister")
        scan.holdings.append(Holding(name, p, p + len(name), body, _MINISTRY_HEAD, None, date,
                                     "posts.joined-foreign-minister", k))


def _holdings_in(scan: ArticleScan, lo: int, hi: int) -> list:
    """The holdings whose name starts in [lo, hi) (one sentence), in the order they were read: an index by
    start kept up to date as holdings are appended (a pass over every holding of the article per
    sentence grew with the square of a long one), rebuilt when the list is replaced or shrinks.  The
    starts that hold any are kept sorted and bisected: a look-up at every position of the sentence
    cost a dict probe per character, where most sentences hold no holding at all."""
    idx = scan._lazy.get("holdings_by_start")
    if idx is None or idx[0] is not scan.holdings or len(scan.holdings) < idx[1]:
        idx = scan._lazy["holdings_by_start"] = [scan.holdings, 0, {}, []]
    held, n, by_start, starts = idx
    for k in range(n, len(held)):
        p = held[k].pstart
        if p not in by_start:
            insort(starts, p)
        by_start.setdefault(p, []).append(k)
    idx[1] = len(held)
    inside = starts[bisect_left(starts, lo):bisect_left(starts, hi)]
    return [held[k] for k in sorted(k for p in inside for k in by_start[p])] if inside else []


_JOINED_MINISTER_MARKS = "和、及"
_MINISTRY_HEAD = "部长"


def _country_before(scan: ArticleScan, lo: int, at: int) -> str | None:
    """The name of the last foreign country mentioned in [lo, at), or None."""
    found = None
    for m in scan.mentions_starting(lo, at):
        code = m.attrs.get("code") or ""
        if m.label == "Place" and code.startswith("iso-") and code != CHINA_CODE:
            found = m.norm or m.surface
    return found


def _field_minister(scan: ArticleScan, at: int) -> re.Match | None:
    """日本经济产业大臣, 汤加王国民航和交通大臣: a minister's post (大臣) after the field of a ministry
    no table names, right after a foreign country; the field holds nothing found (no place, no
    body: 日本驻华大使馆… is none) and no post word of its own."""
    m = _FIELD_MINISTER_RE.match(scan.text, at)
    if m is None or any(x.astart < m.end() for x in scan.mentions_starting(at, m.end())):
        return None
    return None if _post_search(vocabulary().post_re, scan.text, at, m.end() - 2) else m


def _compound_ministry(t: str, at: int) -> re.Match | None:
    """阿根廷外交、国际贸易和宗教事务部部长: a foreign ministry whose name lists its fields with 、 and
    和 (no finder reads it as one body: the 、 ends a name), right after the country; group 1 the
    ministry, group 2 the post.  Every field before the last is a field word, never a body (美国
    国务院和国防部: two bodies) nor a ministry and its head (赞比亚商业、贸易和工业部长穆伦加、旅游部长西孔巴、
    交通部长塔亚利: a list of ministers, the first ministry ends at its 部长); the match is bounded (five fields
    of eight characters)."""
    m = _COMPOUND_MINISTRY_RE.match(t, at)
    if m is None:
        return None
    fields = re.split("[、和与及]", m.group(1))
    if any(f[-1] in _COMPOUND_FIELD_END or _ends_with_foreign_name(f) for f in fields[:-1]):
        return None
    return m


def _ends_with_foreign_name(field: str) -> bool:
    """美国贸易代表莱特希泽和财政部长姆努钦: a field of a compound ministry that ends in three or more
    transliteration characters after two or more others is a post and its holder's name (a list
    of two officials joined by 和), no field of one ministry; a field of such characters alone
    (加勒比) is still a field."""
    run = len(field) - len(field.rstrip("".join(_TRANSLIT)))
    return run >= 3 and len(field) - run >= 2


def _name_read_at(scan: ArticleScan, p: int, lo: int) -> str | None:
    """The name the scan read starting at p, when it read one there with no post of its own (the
    main scan reads 米歇尔 or 布里德 by its family name but no post in 欧洲理事会主席 or a foreign
    city's 市长).  The name is the finder's (remembered per position); only the holdings of the
    sentence (from lo, the last ones appended) are looked at, so a long text stays linear."""
    for h in reversed(scan.holdings):
        if h.pstart < lo:
            break
        if h.pstart == p:
            return None
    name = scan.names.name_at(p, after_post=True)
    for s, _, _ in reversed(scan.persons.get(name, ()) if name else ()):
        if s == p:
            return name
        if s < lo:
            break
    return None


def _union_post(t: str, at: int, m: Mention) -> re.Match | None:
    """The European Union's own post written at `at` after the Union or one of its institutions
    (m: 欧盟|外交与安全政策高级代表, 欧洲理事会|主席), as a match; None elsewhere.  The general post
    table reads no such title (外交与安全政策高级代表), and the chain before the name would read a
    Chinese body out of its words; the organisation m is the body."""
    root = m.attrs.get("parent_org", m.norm or m.surface)
    for word, of in _UNION_POSTS:
        if root == of and t.startswith(word, at):
            return re.compile(re.escape(word)).match(t, at)
    return None


def _party_state_heads(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """老挝人民革命党中央总书记、国家主席通伦: a foreign ruling party's leader who is also head of
    state, named with no country before 国家主席 (the party names it: `_party_country`).  The main
    scan reads such a name only when it opens with a family name (越共中央总书记、国家主席苏林);
    a short transliterated one (通伦) is read here, the chain before it as the main scan reads it.
    Each 国家 of the sentence is looked at once (national_scope words)."""
    t = scan.text
    for word, _ in _NATIONAL_SCOPE:
        k = t.find(word, lo, hi)
        while k >= 0:
            post = _national_state_post(scan, t, k)
            if post is not None and not scan.persons.starts_at(post.end()) \
                    and scan._country_ending_at(k) is None and scan._party_country(k) is not None:
                p = post.end()
                name = _foreign_name(scan, p, hi)
                chain = scan.chain_before(p, lo) if name else []
                if any(c[0] is not None for c in chain):
                    _hold_chain(scan, name, p, chain, date, "posts.foreign-head")
            k = t.find(word, k + len(word), hi)


def _national_state_post(scan: ArticleScan, t: str, at: int) -> re.Match | None:
    """老挝国家主席通伦: a foreign country's name, the national-scope word (国家) and a post of
    state level; the main scan reads a name there only when it opens with a family name (苏林),
    so a short transliterated one (通伦) needs this reading.  Only a state post: 国家 before any
    other word is a noun of running text (老挝国家电力公司)."""
    word = next((w for w, _ in _NATIONAL_SCOPE if t.startswith(w, at)), None)
    if word is None:
        return None
    post = vocabulary().post_re.match(t, at + len(word))
    return post if post is not None and scan._post_kind(post.group(0))[1] == "state" else None


def _state_word_after(t: str, m: Mention, other: bool) -> int:
    """1 where a country found without its 国 is written with it before a post (日本国外务大臣: the
    finder reads 日本 and leaves 国外 a word), else 0; never 国会 (日本国会议员: the Diet)."""
    if other or m.surface.endswith("国") or not t.startswith("国", m.aend) or t.startswith("国会", m.aend):
        return 0
    return 1 if vocabulary().post_re.match(t, m.aend + 1) else 0


def _joined_chain(scan: ArticleScan, m: Mention, first, p: int) -> list[tuple[Body, str, None, int]]:
    """The posts joined by 兼 from `first` up to p after the country m (瑞士联邦委员兼外长): each one
    held as `foreign_country` places it (外长 → 瑞士外交部; 委员 in no body the text names: left out);
    a ministry's head written through its name (兼外交部长) in that ministry of the country."""
    t = scan.text
    name = m.norm or m.surface
    country = Body(m.key, name, "Place", m.astart, m.aend, (name, m.attrs.get("code")))
    out, word, at, q = [], first.group(0), first.start(), first.end()
    while q <= p:
        organ = _through_organ_at(t, at) if not word else None
        if organ is not None:  # 兼外交部长: 瑞士外交部's head
            out.append((scan.national_organ(name + organ, at), organ[-1] + _THROUGH_HEAD, None, at))
        elif word and (body := scan.foreign_country(country, word)) is not None:
            out.append((body, word, None, at))
        if not t.startswith("兼", q) or (end := _joined_end(scan, q)) is None:
            break
        at = q + 1
        word = "" if _through_organ_at(t, at) is not None else t[at:end]
        q = end
    return out


def _through_organ_at(t: str, k: int) -> str | None:
    """外交部|长 at k: a foreign country's ministry of foreign_organ_posts written with its head
    through its last character; the ministry's name, None when none is written there."""
    return next((w for w in _through_organs() if t.startswith(w, k) and t.startswith(_THROUGH_HEAD, k + len(w))), None)


@lru_cache(maxsize=1)
def _through_organs() -> tuple[str, ...]:
    """The ministries of foreign_organ_posts whose head is written through the name (外交部|长)."""
    return tuple(sorted({w for w in _foreign_organ_posts().values() if w.endswith(_THROUGH_ORGANS)}))


def _joined_end(scan: ArticleScan, p: int) -> int | None:
    """Where the post joined by the 兼 at p ends: a post word (兼外长) or a ministry's head written
    through its name (兼外交部长); None when none of these follows."""
    if (organ := _through_organ_at(scan.text, p + 1)) is not None:
        return p + 1 + len(organ) + len(_THROUGH_HEAD)
    joined = vocabulary().post_re.match(scan.text, p + 1)
    return joined.end() if joined else None


def _abroad(body: Body | None) -> bool:
    """Is the body a foreign country (a place of an ISO code other than China's)?"""
    code = body.place[1] if body is not None and body.label == "Place" and body.place else ""
    return bool(code) and code.startswith("iso-") and code != CHINA_CODE


def _state_or_organ_post(scan: ArticleScan, post: str) -> bool:
    """A post a foreign country's name can open: its state's own (总统) or one of its ministry's (外长)."""
    return scan._post_kind(post)[1] == "state" or scan._base(post) in _foreign_organ_posts()


def _joined_state_post(scan: ArticleScan, p: int) -> bool:
    """瑞士联邦|委员兼外长卡西斯: a post of no state level after a country is still its official's
    when 兼 joins a state or ministry post to it (the country's name may take in 联邦, leaving
    委员); one join looked at."""
    if not scan.text.startswith("兼", p):
        return False
    if _through_organ_at(scan.text, p + 1) is not None:
        return True  # 瑞士联邦|委员兼外交部长
    joined = vocabulary().post_re.match(scan.text, p + 1)
    return joined is not None and _state_or_organ_post(scan, joined.group(0))


_MISSION_POSTS = tuple(sorted((w for w, _ in _cue("mission_posts")), key=lambda w: (-len(w), w)))  # 副代表, 代表
_MISSION_HOUSE = _cue("mission_house")[0][0]  # 代表团: the mission a permanent representative heads
_PERMANENT = _ENVOY_MARKS[0]  # 常驻


def _permanent_representatives(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """中国常驻联合国代表刘结一, 美国常驻联合国副代表A: 代表 is a post only after 常驻 and an
    organisation of states (a 人大代表 is none); it is held in the sending country's mission there
    (中国常驻联合国代表团: the country written before 常驻, a status word between them allowed, else
    China).  A 、特命全权大使 after it is the same mission's."""
    t = scan.text
    for m in scan.mentions_starting(lo, hi):
        if m.label != "Organization" or m.attrs.get("registry") != _INTL_REGISTRY \
                or m.attrs.get("parent_org", m.norm or m.surface) not in _INTL_ROOTS \
                or not t.endswith(_PERMANENT, lo, m.astart):
            continue
        post = next((w for w in _MISSION_POSTS if t.startswith(w, m.aend)), None)
        house = m.aend + len(_MISSION_HOUSE) if t.startswith(_MISSION_HOUSE, m.aend) else None
        if house is not None:  # 常驻联合国代表团|参赞王明: 代表 opens the mission's name, a staff post follows
            staff = vocabulary().post_re.match(t, house)
            post = staff.group(0) if staff is not None else next((w for w in _MISSION_POSTS if t.startswith(w, house)), None)
        if post is None:
            continue
        p = (house or m.aend) + len(post)
        posts = [post]
        if t.startswith("、", p) and (envoy := next((w for w in _ENVOY_HOUSES if t.startswith(w, p + 1)), None)):
            posts.append(envoy)  # 常驻联合国代表、特命全权大使张军
            p += 1 + len(envoy)
        name = scan.names.name_at(p, after_post=True) or _foreign_name(scan, p, hi)  # (read by the scan too:
        if name is None:  # 、特命全权大使张军, a post with no body written, held in no body there)
            continue
        k = m.astart - len(_PERMANENT)
        k -= next((len(w) for w in _STATUS_BEFORE_MARK if t.endswith(w, lo, k)), 0)  # 中国|新任|常驻
        sender = next((x for x in scan.mentions_starting(max(lo, k - 12), k) if x.aend == k and x.label == "Place"
                       and (x.attrs.get("code") or "").startswith("iso-")), None)
        country = _country_names().get(sender.attrs["code"][4:], sender.surface) if sender else _ENVOY_SENDER
        body = scan.national_organ(country + _PERMANENT + (m.norm or m.surface) + _MISSION_HOUSE, m.astart)
        _hold_chain(scan, name, p, [(body, w, None, m.aend) for w in posts], date, "posts.permanent-representative")


_FORMER_MARKS = tuple(w for w, _ in _cue("former_marks"))  # 前: 美国前国务卿基辛格
_STATUS_BEFORE_MARK = tuple(w for w, _ in _cue("status_before_mark"))  # 新任: 中国新任常驻联合国代表


def _envoy_post_after(scan: ArticleScan, country: Mention) -> re.Match | None:
    """The envoy's post after a country, 驻 and the place he is sent to (美国|驻|华|大使, 瑞典|驻|上海|
    总领事: envoy_posts), or None."""
    t = scan.text
    start = country.aend + len(next((w for w in _ENVOY_ORDINALS if t.startswith(w, country.aend)), ""))
    mark = next((w for w in _ENVOY_MARKS if t.startswith(w, start)), None)  # (法国|新任|驻穗总领事: the
    if mark is None:  # envoy's ordinal between the country and 驻)
        return None
    at = start + len(mark)
    place = next((x for x in scan.mentions_starting(at, at + 1) if x.label == "Place"), None)
    post = vocabulary().post_re.match(t, place.aend) if place is not None else None
    return post if post and (post.group(0) in _ENVOY_HOUSES or scan._base(post.group(0)) in _ENVOY_HOUSES) else None


def _bare_envoy_in_china(scan: ArticleScan, country: Mention, post: re.Match | None) -> list | None:
    """拉脱维亚大使马尼卡、缅甸大使苗丹佩 (新任驻华大使递交国书): a list of envoys written with their
    country and 大使 only, in a story that names envoys to China (驻华) elsewhere.  The post is held
    in that country's mission in China (拉脱维亚驻华大使馆), as when 驻华 is written.  None for China's
    own envoys (中国大使: sent anywhere), another post, or a story that never writes 驻华."""
    if post is None or post.group(0) not in _ENVOY_HOUSES or country.attrs.get("code") == CHINA_CODE:
        return None
    t = scan.text
    if t[country.start - 1:country.start] not in _ENVOY_LIST_MARKS or country.start == 0 \
            or t.find(_ENVOYS_IN_CHINA + post.group(0), max(0, country.start - _ENVOY_LIST_REACH), country.start) < 0:
        return None  # (an item of a list, 驻华大使 written shortly before it)
    name = _country_names().get((country.attrs.get("code") or "")[4:], country.norm or country.surface)
    body = scan.national_organ(name + _ENVOYS_IN_CHINA + _ENVOY_HOUSES[post.group(0)], post.start())
    return [(body, post.group(0), None, post.start())]


_ENVOYS_IN_CHINA = _cue("envoys_in_china")[0][0]  # 驻华: where the envoys of a credentials story serve
_ENVOY_LIST_MARKS = frozenset(w for w, _l in _cue("envoy_list_marks"))
_ENVOY_LIST_REACH = 600  # characters before an envoy list's item where 驻华大使 is looked for


def _foreign_organ_post_end(t: str, m) -> int | None:
    """Where a post of a foreign country's ministry ends after its name (哥伦比亚外交部|长, 美国国务院|
    发言人): the head written through the ministry's last character (部 + 长 = 部长) or any post word
    after it; None when none follows."""
    if t.startswith(_THROUGH_HEAD, m.aend) and m.surface.endswith(_THROUGH_ORGANS):
        return m.aend + len(_THROUGH_HEAD)
    post = vocabulary().post_re.match(t, m.aend)
    return post.end() if post else None


_THROUGH_HEAD = _cue("through_head")[0][0]  # 长: 外交部|长, the head of a ministry written through its last character
_THROUGH_ORGANS = tuple(w for w, _ in _cue("through_organs"))  # 部, 局, 署


@lru_cache(maxsize=1)
def _country_implied_re() -> re.Pattern:
    """The posts of a foreign state China has none of (总统, 首相, 国王), and those it shares
    (总理: `name_first_shared_posts`, read only with a country or a known head), as one regex."""
    return re.compile(_alt(sorted(_COUNTRY_IMPLIED | _SHARED_NAME_FIRST, key=lambda w: (-len(w), w))))


_SHARED_NAME_FIRST = frozenset(w for w, _ in _cue("name_first_shared_posts"))  # 黄循财|总理


_NAME_FIRST_OPENERS = "同与和、应及向对，,"  # 习近平主席同热恩别科夫总统、拉赫蒙总统商定, 应拉赫蒙总统邀请
_NAME_FIRST_NOT_LAST = ("副", "兼")  # (阿斯托里副|总统: the post is 副总统, its name's end is unknown;
# 沙特王储兼|首相穆罕默德: 兼 joins two posts, what precedes it is a post, no name)


_DIPLOMATIC_CHAIR = _cue("diplomatic_chair")[0]  # (主席, CN): the head of state's title after a name
_DIPLOMATIC_WORDS = tuple(w for w, _ in _cue("diplomatic_words"))  # 会见, 会谈, 邀请
_FOREIGN_HEAD_POSTS = tuple(w for w, _ in _cue("foreign_head_posts"))  # 总统, 总理, 国王: a foreign head's post
_FOREIGN_HEAD_RE = re.compile(  # 索加瓦雷总理, 特朗普总统: a transliterated name and a head's post
    "[" + "".join(sorted(_TRANSLIT)) + "]{2,8}(?:" + "|".join(w for w, _ in _cue("foreign_head_posts")) + ")")


def _diplomatic_chair(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """访问期间，习近平主席会见索加瓦雷总理; 应习近平主席邀请，特朗普总统…: a Chinese name with 主席
    written after it is the head of state (held in 中国, as 国家主席习近平 is) when the sentence is
    diplomatic — a word of meeting, talks or invitation — and names a foreign head (a transliterated
    name before 总统, 总理, 国王 …).  主席 alone is also a CPPCC's, a federation's or a legislature's
    chair: a sentence with no foreign head (王沪宁主席会见代表团) gives nothing, nor a transliterated
    name (通伦主席: Laos's), nor a name the article holds in a body (全国政协主席汪洋…汪洋主席会见…).
    Bounded by the sentence."""
    t = scan.text
    chair, iso = _DIPLOMATIC_CHAIR
    k = t.find(chair, lo, hi)
    if k < 0 or not any(w in t[lo:hi] for w in _DIPLOMATIC_WORDS):
        return
    heads = [(m.start(), m.end()) for m in _FOREIGN_HEAD_RE.finditer(t, lo, hi) if not _country_before_post(t, m)]
    while k >= 0:
        name = next((t[k - n:k] for n in (3, 2) if k - n >= lo and scan.names.name_at(k - n) == t[k - n:k]), None)
        if name and not _all_transliteration(name, 2) and any(not (a <= k < b) for a, b in heads) \
                and not _holds_another_chair(scan, name) \
                and (k - len(name) == lo or t[k - len(name) - 1] in _CLAUSE_STOP or t.endswith(_MEET_BEFORE, lo, k - len(name))) \
                and (body := _home_country(scan, iso, k, k + len(chair))) is not None:
            s = k - len(name)
            scan.persons.add(name, s, k, "posts.diplomatic-chair")
            scan.holdings.append(Holding(name, s, k, body, chair, None, date, "posts.diplomatic-chair", k))
        k = t.find(chair, k + len(chair), hi)


def _country_before_post(t: str, m: re.Match) -> bool:
    """Is the transliterated run of a foreign head (`_FOREIGN_HEAD_RE`) a country's name, the post
    written after the country and before the person (巴基斯坦总理夏巴兹)?  Protocol writes a head of
    state's 主席 after his name beside a foreign head's name + post (习近平主席会见索加瓦雷总理); a
    regional or a CPPCC chair meets a country's premier named the other way (张雨浦主席在银川会见
    巴基斯坦总理夏巴兹一行): that sentence makes no head of state.  Read within the run."""
    post_at = next(j for j in range(m.start() + 2, m.end()) if t.startswith(_FOREIGN_HEAD_POSTS, j))
    return any(_foreign_country_re().fullmatch(t, i, post_at) for i in range(m.start(), post_at - 1))


def _holds_another_chair(scan: ArticleScan, name: str) -> bool:
    """Has the article read a post of `name` in a body other than a country (全国政协主席汪洋…汪洋主席
    会见…: the CPPCC's chair, no head of state)?  Asked once per name and article."""
    memo = scan._lazy.setdefault("other_chairs", {})
    if name not in memo:
        memo[name] = any(h.person == name and h.body.label != "Place" for h in scan.holdings)
    return memo[name]


def _home_country(scan: ArticleScan, iso: str, s: int, e: int) -> Body | None:
    """The country of `iso` as a body at [s, e): the document's own place, else one of its name."""
    ent = scan.doc.entities.get(f"place-iso-{iso}")
    if ent is not None:
        return Body(ent.id, ent.name, "Place", s, e, (ent.name, f"iso-{iso}"))
    name = _country_names().get(iso)
    return Body(None, name, "Place", s, e, (name, f"iso-{iso}")) if name else None


def _foreign_names_first(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """习近平主席同热恩别科夫总统、拉赫蒙总统商定: in a summary of talks a foreign head is named before a
    post of a foreign state (总统, 首相, 国王), after 同, 与, 应 or 、.  The two to eight characters
    between that word and the post are the name when they open with no common word and no finder
    read them; a name read before keeps its holding (the country of its first mention), a new one
    holds the post in the country the article last named with the same post (德国总统… 施泰因迈尔总统).  One look back (at most eight characters) per such post."""
    t = scan.text
    for m in _country_implied_re().finditer(t, lo, hi):
        k = m.start()
        s = next((j for j in range(k - 2, max(lo, k - 8) - 1, -1) if t[j - 1:j] in _NAME_FIRST_OPENERS and j > lo), None)
        shared = m.group(0) in _SHARED_NAME_FIRST
        if s is None or shared:
            known = _known_leader_before(t, k, lo, shared)  # 普京总统表示: a well-known head opening the clause
            s = known if known is not None else s
        j, written = _country_before_name(scan, k, lo)
        if j is not None and (s is None or j >= s):
            s = j  # 同法国马克龙总统: the country, nearer than 同, opens the name
        else:
            written = None
        if s is None or not re.fullmatch(f"[{HAN}{NAME_DOT}]+", t[s:k]):
            continue
        s = _known_name_tail(scan, s, k)
        name = t[s:k]
        if any((tag := _common_words().get(w)) and not tag.startswith(_NAME_LIKE_TAGS) for w in (name[:2], name)) \
                or scan.names.overlaps(s, k) or scan.persons.crosses(s, k):
            continue
        if any(ch in scan.names.not_in_name or ch in _one_char_verbs("appoint") or ch in _NOT_GIVEN_CHARS for ch in name) \
                or name.endswith(_NAME_FIRST_NOT_LAST):
            continue  # ，这是阿斯托里任副总统后: a clause (是, the verb 任, 副 of 副总统; 我也代表拜登总统: a pronoun) is no name
        if shared:  # 新加坡黄循财总理, 会见黄循财总理: a post China has too, only a country or a known head's
            country = written or _known_leader_country(name, s, k)
            if country is not None and not scan.persons.starts_at(s):
                _hold_chain(scan, name, s, [(country, m.group(0), None, k)], date, "posts.foreign-name-first")
            continue
        if name in scan.persons:  # 热恩别科夫 read with his country before: the post is that holding's
            scan.persons.add(name, s, k, "posts.foreign-name-first")
            continue
        country = written or scan._country_of_post(m.group(0), s) or _known_leader_country(name, s, k) \
            or (_recent_foreign_country(scan, s) or _sole_foreign_country(scan, s)
                if _all_transliteration(name, least=1) else None)
        if country is not None:
            _hold_chain(scan, name, s, [(country, m.group(0), None, k)], date, "posts.foreign-name-first")


def _recent_foreign_country(scan: ArticleScan, s: int) -> Body | None:
    """习近平主席访问塞内加尔是…再次访塞。习近平主席将同萨勒总统举行会谈: a briefing or a tour's story
    takes its countries one by one, and a head named before a post China has none of (总统, 国王)
    with no country of his own is the head of the foreign country written in his sentence or the
    one before it, when that is the only one written there (a story of two countries in those
    sentences reads none: the older evidence, `_sole_foreign_country`, may still).  Mentions are
    sorted, so one bisection per post."""
    sent = scan.art.sentence_at(s)
    if sent is None:
        return None
    prev = scan.art.sentence_at(sent.start - 1) if sent.start > 0 else None
    lo = prev.start if prev is not None else sent.start
    found: dict[str, object] = {}
    for m in scan.mentions[bisect_left(scan._starts, lo):bisect_left(scan._starts, s)]:
        code = m.attrs.get("code") or "" if m.label == "Place" else ""
        if code.startswith("iso-") and code != CHINA_CODE and m.aend <= s:
            found[code] = m
    if len(found) != 1:
        return None
    m = next(iter(found.values()))
    name = m.norm or m.surface
    return Body(m.key, name, "Place", s, s, (name, m.attrs.get("code")))


def _sole_foreign_country(scan: ArticleScan, s: int) -> Body | None:
    """转达对舒尤克总统的问候 in a story of 匈牙利总理欧尔班: a post China has none of (总统, 国王), after
    a name, with no country written with that post in the article, is the country of the foreign
    officials read before it when they are all of one country; none in a story of two or more.
    The weakest evidence of all, so the caller asks it only for a name written wholly in
    transliteration characters (习近平同总统卢拉, 匈方赞赏泽连斯基总统: runs of Chinese words before the
    post are no foreign names).
    The holdings are looked at once each (the count seen is kept), not again for every post."""
    seen = scan._lazy.setdefault("foreign_held", [0, {}])  # holdings looked at; code → (first start, body)
    for h in scan.holdings[seen[0]:]:
        if _abroad(h.body):
            seen[1].setdefault(h.body.place[1], (h.pstart, h.body))
    seen[0] = len(scan.holdings)
    if len(seen[1]) != 1:
        return None
    start, body = next(iter(seen[1].values()))
    return Body(body.key, body.name, "Place", s, s, body.place) if start < s else None


def _bare_foreign_posts(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """王毅会见总统外事顾问博纳, 同首相…: in a story of a foreign state a post China has none of
    (总统, 首相, 国王, and an aide's after it: 总统外事顾问) is written bare right after a verb of
    meeting or a joiner, its country named before with the same post (the title's 法国总统外事顾问).
    The foreign name after it holds the post in that country; none where the article named the
    post with no country (the main scan's) or the name was read already.  A shared post (总理) is
    never read so: China's own is written bare too."""
    t = scan.text
    for m in _country_implied_re().finditer(t, lo, hi):
        k, post = m.start(), m.group(0)
        if post in _SHARED_NAME_FIRST or not (t[k - 1:k] in _BARE_POST_OPENERS or t.endswith(_MEET_BEFORE, lo, k)):
            continue
        p = m.end()
        aide = next((w for w in _STATE_AIDE_POSTS if t.startswith(w, p)), "")
        p += len(aide)
        if scan.persons.starts_at(p) or (country := scan._country_of_post(post, k)) is None \
                or not country.place or country.place[1] == CHINA_CODE:
            continue
        name = _foreign_name(scan, p, hi)
        if name is None or name in scan.persons:
            continue
        _hold_chain(scan, name, p, [(country, post + aide, None, k)], date, "posts.foreign-bare-post")


_BARE_POST_OPENERS = "同与和、应及"  # (会见, 会晤: meet_before)


def _known_name_tail(scan: ArticleScan, s: int, k: int) -> int:
    """，此系奥尔塔总统…: the run from the clause's opener to the post holds words before a name the
    article read already (东帝汶总统奥尔塔); that name, the run's tail, is the one before the post.
    The start of the longest such tail of two characters or more (at most eight: the run's
    bound), else s."""
    t = scan.text
    return next((j for j in range(s + 1, k - 1) if t[j:k] in scan.persons), s)


def _after_dateline(t: str, c: int, k: int) -> int:
    """新华社利马11月14日电 国家主席习近平…: a dateline (its 日电, or 电 with the space or bracket
    after it) before k closes no clause with its sentence, but the city it names (利马) is where
    the report was filed, not a country the title is of: the clause starts after it.  c when
    none is there."""
    ends = [j + len(w) for w in _DATELINE_ENDS if (j := t.rfind(w, c, k)) >= 0]
    return max(ends) if ends else c


_DATELINE_ENDS = ("日电", "电 ", "电\u3000", "电）", "电)")


_FOREIGN_LEADERS = dict(_cue("foreign_leaders"))  # 普京 → RU: a head whose country goes unwritten
_LEADER_LENGTHS = sorted({len(w) for w in _FOREIGN_LEADERS}, reverse=True)


def _known_leader_before(t: str, k: int, lo: int, met: bool = False) -> int | None:
    """The start of a well-known foreign head's name (`foreign_leaders`) written right before the post
    at k and opening its clause (the sentence's start or a comma before it: 普京总统表示), else None;
    with `met`, also right after a verb of meeting or a joiner (会见黄循财总理, 同黄循财总理)."""
    for n in _LEADER_LENGTHS:
        s = k - n
        if s >= lo and t[s:k] in _FOREIGN_LEADERS and (s == lo or t[s - 1] in "，,；;：:\n" or (
                met and (t[s - 1] in _NAME_FIRST_OPENERS or t.endswith(_MEET_BEFORE, lo, s)))):
            return s
    return None


def _known_leader_country(name: str, s: int, k: int) -> Body | None:
    """The country of a well-known foreign head (普京 → 俄罗斯), as a body of its ISO code; none for
    any other name.  The person's country is stable; the post is the one the text writes."""
    iso = _FOREIGN_LEADERS.get(name)
    country = _country_names().get(iso) if iso else None
    return Body(None, country, "Place", s, k, (country, f"iso-{iso}")) if country else None


def _country_before_name(scan: ArticleScan, k: int, lo: int) -> tuple[int | None, Body | None]:
    """韩国尹锡悦总统, 俄罗斯普京总统: a foreign country written right before the two to eight
    characters before a post of a foreign state opens the name as 同 does, and is the post's
    country; (None, None) when none ends there (China's own is no opener: 中国总统 is no post)."""
    for j in range(k - 2, max(lo, k - 8) - 1, -1):
        country = scan._country_ending_at(j) or _country_written_before(scan.text, j)
        if country is not None and country.place and country.place[1] != CHINA_CODE and j - country.start >= 2:
            return j, country  # (阿方辛总统: a one-character abbreviation 阿 is a name's first syllable there)
    return None, None


def _country_written_before(t: str, j: int) -> Body | None:
    """A foreign country's name written right before j that no finder read (同法国马克龙总统: 法国
    left unread inside the run), as a body of its ISO code; the look is at most ten characters."""
    for m in _foreign_country_re().finditer(t, max(0, j - 10), j):
        if m.end() == j and (iso := _country_isos().get(m.group(0))):
            return Body(None, _country_names().get(iso, m.group(0)), "Place", m.start(), j,
                        (_country_names().get(iso, m.group(0)), f"iso-{iso}"))
    return None


@lru_cache(maxsize=1)
def _country_isos() -> dict[str, str]:
    """A foreign country's name → its ISO code (world_places.tsv, kind country)."""
    return {r["name"]: r["iso"] for r in L.load_table("world_places")
            if r.get("kind") == "country" and r.get("iso") and r.get("iso") != "CN"}


_ABROAD_RULES = ("posts.foreign-head", "posts.foreign-name-first")  # the rules that read a foreign official


_LISTED_COMMITTEES = re.compile(
    f"((?:[{HAN}]{{2,4}}、){{1,11}}[{HAN}]{{2,4}})等?([0-9]{{1,2}}|[一二三四五六七八九十]{{1,2}})个"
    f"[县区市][（(][县市区、]+[)）]委(书记|副书记)")  # 瓯海、鹿城、缙云3个县（市、区）委书记


_LISTED_COUNT = re.compile("个[县区市][（(]")


def _county_secretary_lists(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """瓯海、鹿城、缙云3个县（市、区）委书记A、B、C作交流发言: a list of k counties' stems, the count
    k and one post of their committees, then k names: the i-th name is the secretary of the i-th
    county's committee (瓯海区委).  Nothing is read unless every stem is one county-level division
    (a unique one, or the one in the article's province), the count is the stems' and exactly k
    names read by the scan follow, joined by 、."""
    t = scan.text
    if not _LISTED_COUNT.search(t, lo, hi):
        return  # (most sentences: one cheap look, no list pattern tried at every character)
    for m in _LISTED_COMMITTEES.finditer(t, lo, hi):
        stems = m.group(1).split("、")
        if _count_of(m.group(2)) != len(stems):
            continue
        places, k = [], m.start(1)
        for i, stem in enumerate(stems):
            # (the first item may take in characters before the list: 会上瓯海 → 瓯海)
            tries = [stem] if i else [stem[j:] for j in range(0, len(stem) - 1)]
            place = next((pl for w in tries if (pl := _county_of_stem(scan, w))), None)
            if place is not None:
                places.append((place, k + len(stem) - len(place[2]), place[2]))
            k += len(stem) + 1
        if len(places) != len(stems):
            continue
        names, q = [], m.end()
        while len(names) < len(stems) and (name := scan.names.name_at(q)):
            names.append((name, q))
            q += len(name)
            if not t.startswith("、", q):
                break
            q += 1
        if len(names) != len(stems) or t.startswith("、", q):
            continue
        for (name, at), ((pname, code, _), s, stem) in zip(names, places):
            body = scan._make_body(s, s + len(stem), pname + "委", (pname, code))
            _hold_chain(scan, name, at, [(body, m.group(3), None, m.start(3))], date, "posts.county-list")


def _county_of_stem(scan: ArticleScan, stem: str) -> tuple[str, str, str] | None:
    """(full name, code, stem) of the one county-level division a stem (瓯海) or full name (缙云县)
    denotes: the only one, or the only one in the article's province; None otherwise."""
    T = table()
    cands = [c for c in T.candidates(stem) + T.short_candidates(stem) if c.level == "county"]
    if len({c.code for c in cands}) > 1 and scan.art_code:
        prov = _place_at_level(scan.art_code, "province")
        cands = [c for c in cands if prov and T.is_within(c.code, prov)]
    codes = {c.code for c in cands}
    return (cands[0].name, cands[0].code, stem) if len(codes) == 1 else None


def _count_of(word: str) -> int | None:
    """3, 十二, 三 → the number (up to 99); None for anything else."""
    if word.isdigit():
        return int(word)
    digits = {ch: i + 1 for i, ch in enumerate("一二三四五六七八九")}
    if word == "十":
        return 10
    if len(word) == 1:
        return digits.get(word)
    if word[0] == "十":
        return 10 + digits[word[1]] if word[1] in digits else None
    return digits[word[0]] * 10 if word[1] == "十" and word[0] in digits else None


def _hold_chain(scan: ArticleScan, name: str, p: int, chain, date, rule: str) -> None:
    """A person read at `p` by `rule` and every post of the chain before the name held in its body."""
    scan.persons.add(name, p, p + len(name), rule)
    if rule in _ABROAD_RULES:
        scan._lazy.setdefault("abroad", set()).add(name)
    for body, post, status, at in chain:
        if body is not None:
            scan.holdings.append(Holding(name, p, p + len(name), body, post, status, date, rule, at))


_DOTTED_FIRST_MAX = 6  # characters of a dotted name's first part (阿不都热依木·…: six)
_PERSON_CUES_BEFORE = tuple(sorted({r["word"] for r in L.load_table("pos_person_cues")  # 村民, 牧民, 党员: what a
                                     if r["where"] == "before" and all(is_han(c) for c in r["word"])}))  # person is, before the name
_PERSON_CUE_LONGEST = max(map(len, _PERSON_CUES_BEFORE))


def _dotted_names(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """自治区政府主席努尔·白克力, 工业部部长道·额尔登巴特: a name of parts joined by · (Uyghur,
    Kazakh, Mongolian) right after a post is a name whatever its first character (most open with
    none of the family names the scan stops at); its first part is one to six characters up to
    the ·, which a post ends right before (董事长图拉尼亚孜·如孜艾提: five).  One look per · of the sentence."""
    t = scan.text
    d = t.find(NAME_DOT, lo, hi)
    last_body: Body | None = None  # the body the sentence's last dotted holder's posts are held in
    while d >= 0:
        read = last_body is not None and next((p for p in range(max(lo, d - 4), d - 1)
                                                if scan.persons.starts_at(p) and all(is_han(c) for c in t[p:d])), None)
        if read is not None and read is not False:
            _read_holder_again(scan, read, d, lo, hi, last_body, date)  # (a name the main scan read, no body)
            d = t.find(NAME_DOT, d + 1, hi)
            continue
        for k in range(1, _DOTTED_FIRST_MAX + 1):
            p = d - k
            if p < lo or not is_han(t[p]):
                break
            if scan.persons.starts_at(p) or scan.persons.crosses(p, d) or scan.names.overlaps(p, d):
                break
            if p == lo or t[p - 1] in _OPENING_CHARS:
                _dotted_name_first(scan, p, d, date)  # 买买提江·吐尔逊副县长主持会议
                break
            chain = scan.chain_before(p, lo, last_body)  # (主席努尔兰·阿不都满金，副主席吉尔拉·衣沙木丁: 副主席 of the same body)
            if not chain:
                if t.endswith(_PERSON_CUES_BEFORE, max(lo, p - _PERSON_CUE_LONGEST), p):
                    _dotted_alone(scan, p, d, p + len(scan.names._transliterated(p, t[p:d])), 2)  # 村民赛买提·莫合买提|入股了
                    break
                continue
            name = scan.names._transliterated(p, t[p:d])
            if NAME_DOT not in name or scan.names.overlaps(p, p + len(name)):
                break
            _hold_chain(scan, name, p, chain, date, "posts.dotted-name")
            last_body = next((b for b, _, _, _ in chain if b is not None), last_body)
            _dotted_list_goes_on(scan, p + len(name), hi, chain, date)
            break
        d = t.find(NAME_DOT, d + 1, hi)


def _read_holder_again(scan: ArticleScan, p: int, d: int, lo: int, hi: int, body: Body, date) -> None:
    """主席努尔兰·阿不都满金，副主席吉尔拉·衣沙木丁、孔星隆: a dotted name the main scan read after bare
    posts (副主席) whose body it could not tell, right after a dotted holder of the sentence: the bare
    posts are that holder's body's, for this name and the 、-list it opens."""
    name = scan.names._transliterated(p, scan.text[p:d])
    chain = scan.chain_before(p, lo, body) if NAME_DOT in name else []
    if not chain or not any(b is not None for b, _, _, _ in chain):
        return
    for b, post, status, at in chain:
        if b is not None:
            scan.holdings.append(Holding(name, p, p + len(name), b, post, status, date, "posts.dotted-name", at))
    _dotted_list_goes_on(scan, p + len(name), hi, chain, date)


def _read_dotted(scan: ArticleScan, q: int, hi: int) -> str | None:
    """The dotted name a person the scan read already opens at q (努热木·斯玛依汗), as
    `_dotted_list_name` reads one no person holds yet; None where no person starts at q."""
    t = scan.text
    d = t.find(NAME_DOT, q, min(hi, q + 6))
    if d <= q or not scan.persons.starts_at(q) or not all(is_han(c) for c in t[q:d]):
        return None
    name = scan.names._transliterated(q, t[q:d])
    return name if NAME_DOT in name and not name.endswith(NAME_DOT) and q + len(name) <= hi else None


_DOTTED_LIST_MAX = 40  # names of a 、-list read on after a dotted holder (a leaders' list is far shorter)


def _dotted_list_goes_on(scan: ArticleScan, q: int, hi: int, chain, date) -> None:
    """副主席吉尔拉·衣沙木丁、孔星隆、杨勇: the 、-list a dotted holder opens goes on with names that hold
    the same posts (the main scan, which read no dotted name there, left them without a body).
    Each item a name read as after a post, or a dotted one; the walk stops at the first item that is
    neither, and at most _DOTTED_LIST_MAX items."""
    t = scan.text
    for _ in range(_DOTTED_LIST_MAX):
        if t[q:q + 1] != "、":
            return
        q += 1
        name = scan.names.name_at(q, after_post=True) or _dotted_list_name(scan, q, hi) or _read_dotted(scan, q, hi)
        e = q + len(name) if name else q
        if not name or e > hi or (scan.persons.crosses(q, e) and not scan.persons.starts_at(q)) \
                or _opens_next_post(t, e, hi):
            return
        if scan.persons.starts_at(q):
            for body, post, status, at in chain:
                if body is not None:
                    scan.holdings.append(Holding(name, q, e, body, post, status, date, "posts.title-list", at))
        else:
            _hold_chain(scan, name, q, chain, date, "posts.title-list")
        q = e


def _dotted_name_first(scan: ArticleScan, p: int, d: int, date) -> None:
    """买买提江·吐尔逊副县长主持会议: a name of parts joined by · opening a clause, with posts that
    give a body right after it (as 毛伟明副省长主持 is read for a family name), holds them."""
    t, post_re = scan.text, vocabulary().post_re
    whole = p + len(scan.names._transliterated(p, t[p:d]))
    e = next((j for j in range(d + 3, whole + 1) if post_re.match(t, j)), None)  # (吐尔逊|副县长: the post ends
    if e is None:  # the last part, not 县长 as a word)
        _dotted_alone(scan, p, d, whole)
        return
    if scan.names.overlaps(p, e) or scan.persons.crosses(p, e):
        return
    name = t[p:e]
    posts = _posts_after_name(scan, e, name)
    if posts:
        _hold_chain(scan, name, p, [(body, post, None, at) for body, post, at in posts], date, "posts.name-first")


_DOTTED_ALONE_PART = (2, 6)  # characters of each part of a dotted name read with no post (阿卜迪麦麦提·奥布力)


def _dotted_alone(scan: ArticleScan, p: int, d: int, e: int, foreign: int = 1) -> None:
    """2月26日，阿卜迪麦麦提·奥布力在墨玉县托胡拉乡布古其村走访调研: a name of two parts joined by · opening
    a clause, with no post after it, is a person where each part is two to six characters written by
    sound (all but one of the transliteration table: not 走进天山·…), the name closed as a name is
    (punctuation, a word that follows names: 在 and a place; a verb or an adverb of running text: 一心带领),
    and nothing found inside it (阿勒泰·布尔津,
    two places).  Bounded: the name's own characters.  Right after a word that says a person
    (村民赛买提·莫合买提入股了33亩地: pos_person_cues.tsv before) each part may hold `foreign` = 2 characters
    outside the table (合, 买 of 莫合买提), the word before vouching for a person."""
    t = scan.text
    first, rest = t[p:d], t[d + 1:e]
    lo, hi = _DOTTED_ALONE_PART
    if NAME_DOT in rest or not (lo <= len(first) <= hi and lo <= len(rest) <= hi) \
            or any(sum(c not in _TRANSLIT for c in part) > foreign for part in (first, rest)) \
            or not (scan.names._boundary(e) or _plain_word(t[e:e + 2])) \
            or scan.names.overlaps(p, e) or scan.persons.crosses(p, e):
        return
    scan.persons.add(t[p:e], p, e, "posts.dotted-alone")


def _foreign_name(scan: ArticleScan, p: int, hi: int) -> str | None:
    """The two to eight characters at p up to where the text can end a name (punctuation, 在, 表示,
    会见 …, or a verb of running text: 拜登|举行), when they open with no common word and overlap nothing found (美国总统选举: none)."""
    t = scan.text
    if t.startswith(_TIME_AFTER_NAME, p) or not is_han(t[p:p + 1]):
        return None  # 星马外长|周内访华: a word of time after the post, no name; nor punctuation (国家主席，)
    if _opens_clause(scan, p):
        return None  # 巴西总统|将率240名商界代表: the post's holder unnamed, 将 opens the clause
    if (whole := _dictionary_full_name(scan, p)) is not None:
        return whole  # 日本前首相鸠山由纪夫: not 鸠山 cut at 由, a word that may follow a name
    if _one_char_foreign_name(scan, p):
        return t[p]  # 泰国外长敦|表示
    if (run := _transliteration_to_stop(scan, p, hi)) is not None:
        return run  # 埃塞俄比亚总理德萨马里亚姆、: not 德萨 cut at a guessed place 马里亚
    for n in range(2, 9 + _DASHED_EXTRA):  # (额勒贝格道尔吉: a Mongolian name runs to seven characters)
        if p + n > hi:
            return None
        if t[p + n - 1] in _NAME_DASHES:  # 冈萨雷斯—奥莱切亚: a dash joins two family names, never ends one
            if n < 3 or t[p + n - 2] in _NAME_DASHES or not is_han(t[p + n:p + n + 1]) \
                    or scan.names._boundary(p + n) or _plain_word(t[p + n:p + n + 2]):
                return None  # (索萨——, 米莱—表示: a dash of punctuation, a verb after it)
            continue
        if not re.match(f"[{HAN}{NAME_DOT}]", t[p + n - 1]) or (n > 8 and not any(d in t[p:p + n] for d in _NAME_DASHES)):
            return None
        if t.startswith(_TIME_AFTER_NAME, p + n):
            return _foreign_name_checked(scan, p, n)  # 蕾特诺|周内访华: the time word ends the name
        if _translit_pair_ends(scan, p, p + n):
            continue  # 西奥本·古里|拉布|会见: a word of two transliteration syllables the name can end after
        if (inner := _inner_syllable_end(scan, p, p + n, hi)) is not None:
            return _foreign_name_checked(scan, p, inner - p)  # 山口那津男, not 山口 cut at 那
        if NAME_DOT in t[p:p + n - 1] and p + n < hi and scan.names._inner_last_syllable(p + n):
            return _foreign_name_checked(scan, p, n + 1)  # 开玛尼·奔舍那|一行, not 奔舍 cut at 那
        if scan.names._boundary(p + n) or _foreign_stop_at(t, p, p + n) \
                or (_plain_word(t[p + n:p + n + 2])  # (拜登|举行会晤)
                                           and (t[p + n] not in _TRANSLIT  # 古特雷斯|共同出席: 共 is no syllable
                                                or (not _plain_word(t[p + n + 1:p + n + 3])  # 布林肯|进行, not 布林|肯进
                                                    and not (_common_words().get(t[p + n + 1:p + n + 3]) or "").startswith("nr")  # 热恩|别科夫: 科夫 goes on the name
                                                    and not scan.names._boundary(p + n + 1)))):  # 布林肯|在, not 布林|肯在
            return _foreign_name_checked(scan, p, n)
    return None


_LAST_BEFORE_PARTY = frozenset(w for w, _ in _cue("given_name_last_before_party"))  # 于 (曾庆于一行)
_PARTY_WORDS = tuple(w for w, _ in _cue("party_words"))  # 一行
_ONE_CHAR_NAME_COUNT = int(_cue("one_char_name_count")[0][0])
_ONE_CHAR_NAME_ENDS = tuple(w for w, _ in _cue("one_char_name_ends"))


def _one_char_foreign_name(scan: ArticleScan, p: int) -> bool:
    """泰国外长敦表示: a name of one character after a foreign post (Thai officials are written by their
    first syllable): a rare character jieba tags as a name or a place (`one_char_name_count`) that ends
    no word with the post before it (总统府), followed by punctuation or a word of speech or meeting
    (`one_char_name_ends`), overlapping nothing found."""
    t = scan.text
    ch = t[p:p + 1]
    if not ch or not (word_tags().get(ch) or "").startswith(("nr", "ns")) \
            or word_freq().get(ch, 0) >= _ONE_CHAR_NAME_COUNT \
            or _is_word(t[p - 1:p + 1]) or _is_word(t[p - 2:p + 1]) or scan.names.overlaps(p, p + 1):
        return False
    return p + 1 >= len(t) or t[p + 1] in _PUNCT_END or t.startswith(_ONE_CHAR_NAME_ENDS, p + 1)


def _inner_syllable_end(scan: ArticleScan, p: int, e: int, hi: int) -> int | None:
    """山口|那津男一行, 志位|和夫表示: a one-character word that ends names elsewhere (那, 和) at e,
    after two or three characters of a name, opening no word (那天, 和平), with one or two more
    characters (posts_words.tsv foreign_name_inner) before a sure end of a name (一行, 表示,
    punctuation): a syllable of a Japanese given name, the name ends there (at most five
    characters; 普京和拜登, two names, runs longer than 和 allows).  None for anything else."""
    t = scan.text
    most = _FOREIGN_NAME_INNER.get(t[e:e + 1])
    if most is None or not 2 <= e - p <= 3 or _is_word(t[e:e + 2]):
        return None
    for r in range(1, most + 1):
        end = e + 1 + r
        if end - p > 5 or end > hi or not all(is_han(c) for c in t[e + 1:end]) \
                or scan.names._boundary(e + r) or t[e + r] in _FOREIGN_NAME_INNER:
            return None  # (a name's end inside the syllables: no given name read on)
        if scan.names._boundary(end) and t[end:end + 1] not in _FOREIGN_NAME_INNER and not scan.names.overlaps(p, end):
            return end
    return None


def _dictionary_full_name(scan: ArticleScan, p: int) -> str | None:
    """鸠山由纪夫: a personal name of five or four characters that jieba's dictionary lists whole
    (tag nr) at p, where the text can end a name after it, overlapping nothing found.  Without it
    the walk below ends the name at the first character that may follow one (鸠山|由…)."""
    for n in (5, 4):
        word = scan.text[p:p + n]
        if len(word) == n and (_common_words().get(word) or "").startswith("nr") \
                and scan.names._boundary(p + n) and not scan.names.overlaps(p, p + n):
            return word
    return None


_NAME_DASHES = "—"  # a double-barrelled Spanish name's join (冈萨雷斯—奥莱切亚)
_DASHED_EXTRA = 4  # characters a dashed name may run past eight


def _opens_clause(scan: ArticleScan, p: int) -> bool:
    """巴西总统将率…代表团访华, 总统就…发表讲话: a preposition or adverb of `foreign_name_stops` right after a
    foreign post opens the clause of an unnamed holder — no transliteration syllable and, unless it is
    a family name too (于, 向), no name's first character."""
    ch = scan.text[p:p + 1]
    return ch in _FOREIGN_NAME_STOPS and ch not in vocabulary().surnames


def _transliteration_to_stop(scan: ArticleScan, p: int, hi: int) -> str | None:
    """刚果共和国总统萨苏、埃塞俄比亚总理德萨马里亚姆、莱索托首相…: four to eight characters after a
    foreign post, all of the transliteration table and closed by punctuation, are the name whole,
    though jieba tags a piece of them ns (马里亚): a place guessed by that tag alone, wholly inside, goes
    with the name read (`_drop_places_inside_persons`).  Anything else found there keeps the run from
    being read so (the ordinary search decides)."""
    t = scan.text
    q = next((j for j in range(p + 4, min(hi, p + 8) + 1) if j == hi or t[j] in _TRANSLIT_RUN_STOPS), None)
    if q is None or not _all_transliteration(t[p:q], 4):
        return None
    if scan.names.overlaps(p, q) and not _guessed_places_only(scan, p, q):
        return None
    return t[p:q]


_TRANSLIT_RUN_STOPS = "、，,。；;：:（(\n"


def _foreign_name_checked(scan: ArticleScan, p: int, n: int) -> str | None:
    """The n characters at p as a foreign name, unless they open with a common word or overlap
    something found (拉马, 普京: jieba's ns and nr words are transliterations too), or two names
    joined by a dash head an administration or an era (拜登—哈里斯政府, 卢拉—罗塞夫时期)."""
    name = scan.text[p:p + n]
    dash = next((name.index(d) for d in _NAME_DASHES if d in name), -1)
    if dash >= 0 and (scan.text.startswith(_DASHED_PAIR_HEADS, p + n)
                      or any(h in name[dash:] for h in _DASHED_PAIR_HEADS)):
        return None
    if (not _all_transliteration(name) and any(_common_noun(w, len(name) >= 3) for w in (name[:2], name))) \
            or scan.names.overlaps(p, p + n):
        return None
    if len(name) == _TRIP_LENGTH and name.startswith(_TRIP_VERBS):
        return None  # 日本大分市市长|访汉|并举办…: a trip to a place's short form (汉, 华, 连), no name
    if _joined_holder_next(scan, p, n):
        return None  # 布哈拉州州长|和乌|驻华大使的来访: 和 joins the next post's holder, no name 和乌
    if _takes_post_word(scan, p, name):
        return None  # 由希腊驻华大使|任团长|的…外交官团: 任 takes the post 团长, no name
    return name


def _joined_holder_next(scan: ArticleScan, p: int, n: int) -> bool:
    """布哈拉州州长和乌驻华大使的来访, 市长与日驻华大使: two characters after a foreign post opening with a
    joiner (和, 与) and followed at once by an envoy's 驻 or a post are the joiner and the next holder's
    country written short: the first post is named bare, its holder unnamed; no name 和乌."""
    t = scan.text
    if n != _TRIP_LENGTH or t[p] not in _JOINERS:
        return False
    return t.startswith(_STATIONED, p + n) or vocabulary().post_re.match(t, p + n) is not None


_COMMON_FREQ = int(_cue("common_word_count")[0][0])  # jieba's count from which a word opening a name is a common one (选举 15208; 森喜 2, 村山 13 are none)


def _common_noun(word: str, rare_ok: bool) -> bool:
    """Is `word` a common word of running text, no piece of a transliterated name?  jieba lists
    rare pieces of Japanese and other names as nouns (森喜 of 森喜朗, 村山 of 村山富市, counts
    under 20): with `rare_ok` (a name of three characters or more) a word that rare after a
    foreign post is read as the name's, a frequent one (选举, 官邸) still ends the reading; a
    candidate of two characters that is a rare word stays that word (外长|视像|会晤)."""
    tag = _common_words().get(word)
    return bool(tag) and not tag.startswith(_NAME_LIKE_TAGS) \
        and (not rare_ok or word_freq().get(word, 0) >= _COMMON_FREQ)


def _all_transliteration(name: str, least: int = 3) -> bool:
    """基辛格, 内盖夫: three or more characters (`least`) all of the transliteration table after a
    foreign post are a transliterated name even when jieba's dictionary lists them as a noun (基辛格
    n); a post's own words (官邸, 选举, 特使) always hold a character outside the table, or are two long."""
    return len(name) >= least and all(ch in _TRANSLIT for ch in name)


def _foreign_stop_at(t: str, p: int, e: int) -> bool:
    """佩洛西|以晚宴招待: a preposition or adverb of `foreign_name_stops` ends the name after two or
    more transliteration characters (the stops are none; 西 is no such character, so two suffice,
    and 李在明 or 文在寅, with one, read on)."""
    return t[e:e + 1] in _FOREIGN_NAME_STOPS and sum(ch in _TRANSLIT for ch in t[p:e]) >= 2


def _translit_pair_ends(scan: ArticleScan, p: int, e: int) -> bool:
    """古里|拉布|会见: two transliteration characters at e that the dictionary knows as a word
    (拉布, 拉比) are still the name's last syllables when the text can end a name right after them
    and a · came before (a foreign name's later part, never a Chinese one)."""
    t = scan.text
    pair = t[e:e + 2]
    return (len(pair) == 2 and all(ch in _TRANSLIT for ch in pair) and NAME_DOT in t[p:e]
            and scan.names._boundary(e + 2) == 1 and not scan.names._mention_at(e))


_PERSON_NOTE_WORDS = frozenset(w for w, _ in _cue("person_note_words")) | frozenset(L.ETHNIC_GROUPS)  # 女, 藏族
_PERSON_NOTE_JOINERS = re.compile("[、，,]")
_NOTED_NAME_MAX = 4  # Han characters of a name without a family name before a person's note (扎西措姆)


def _noted_name(scan: ArticleScan, q: int) -> str | None:
    """昂毛(女、蒙古族), 宗嘎(藏族): a name of two to four Han characters with no family name of the
    table, in a 、-list of names, closed by a note in brackets that says a person — every part of it
    a sex or a people of China (`person_note_words`, ethnic_groups.tsv).  The note is the evidence
    (a body or a place is never so noted); never a span a finder took, nor a word of the dictionary."""
    t = scan.text
    for n in range(2, _NOTED_NAME_MAX + 1):
        if t[q + n:q + n + 1] in _NOTE_OPENERS:
            break
    else:
        return None
    run, e = t[q:q + n], _past_note(t, q + n)
    note = t[q + n + 1:e - 1]
    if e == q + n or not all(is_han(ch) and ch not in scan.names.not_in_name for ch in run) \
            or not all(part in _PERSON_NOTE_WORDS for part in _PERSON_NOTE_JOINERS.split(note)) \
            or scan.names.overlaps(q, q + n) or _is_word(run):
        return None
    return run


_JOINED_NAME_LEN = (2, 3)  # a Han name's characters after the list's 和 (宋亚男和孙延平, 王刚和李明)


def _joined_last_name(scan: ArticleScan, p: int, last_end: int, hi: int) -> bool:
    """副主任宋亚男和孙延平参加会议: a 和 right after a name a post introduced joins the list's last
    name, who holds the same post — as a 、 does (`posts.title-list`).  Only where a name of two or
    three characters follows the 和 and what a person does closes it (参加, 出席: a boundary), and no
    spouse (和夫人) nor a body or post (和县长李明) opens after the 和."""
    t = scan.text
    if last_end < 0 or p != last_end + 1 or t[last_end:p] != _LIST_LAST_JOINER or t.startswith(_SPOUSE_WORDS, p):
        return False
    name = scan.names.name_at(p, after_post=True)
    return bool(name) and len(name) in _JOINED_NAME_LEN and p + len(name) <= hi \
        and scan.names._boundary(p + len(name)) > 0 and not _opens_next_post(t, p, hi)


def _name_list(scan: ArticleScan, p: int, hi: int) -> tuple[list[tuple[int, int, str]], int]:
    """N1、N2(、N3…) at p: two or more names joined by 、 (each one the text can end, a note in
    brackets after it, 傅莹(女), read past), and where the list ends; no list when a 、 is followed
    by no name.

    Asked at every name of a list in turn (each may open an appointment), so one walk answers for
    all of them: the list from its k-th name on is the same walk's tail, with the same end or the
    same failure.  (Walking again from each name made a list of thousands of names quadratic.)"""
    memo = scan._lazy.setdefault("name_lists", {})  # (p, hi) -> (the walk's names, index of p, end, ok)
    got = memo.get((p, hi))
    if got is None:
        t, out, q, ok = scan.text, [], p, True
        while q < hi:
            name = scan.names.name_at(q, after_post=bool(out))  # 免去詹夏来、花建慧的…: after a name's 、 a
            if not name:  # family name of post_only_surnames (花) opens a name, as in a list after a post
                name = _noted_name(scan, q)  # 昂毛(女、蒙古族), 白玛赤林(藏族)、…: no family name read, the note says a person
            if not name:
                ok = False
                break
            out.append((q, q + len(name), name))
            q = _past_note(t, q + len(name))  # 崔天凯、傅莹(女)、翟隽: a woman's or a minority's mark
            if out and t.startswith(_LIST_LAST_JOINER, q) and (last := scan.names.name_at(q + 1, after_post=True)):
                out.append((q + 1, q + 1 + len(last), last))  # 免去张某和李某的…职务: 和 joins the last name
                q = _past_note(t, q + 1 + len(last))
                break
            if t[q:q + 1] != "、":
                break
            q += 1
        for k, (s, _, _) in enumerate(out):
            memo[(s, hi)] = (out, k, q, ok)
        got = memo.get((p, hi)) or (out, 0, q, ok)
    out, k, q, ok = got
    return (out[k:], q) if ok and len(out) - k >= 2 else ([], p)


_NOTE_OPENERS = ("（", "(")
_NOTE_OPEN_RE = re.compile("|".join(map(re.escape, _NOTE_OPENERS)))


def _second_name_may_follow(t: str, p: int) -> bool:
    """May a list of names open at p: a 、 (or 和) two to five characters on, or right after a note
    in brackets closing the first name (选举马福海(回族)、刘晓为…, 昂毛(女、蒙古族): an election's or a
    notice's mark of a minority or a woman, which puts the 、 past the short window).  A cheap test
    before the list is walked (most characters open none); bounded by the note's own bound."""
    if "、" in t[p + 2:p + 6] or _LIST_LAST_JOINER in t[p + 2:p + 5]:
        return True
    m = _NOTE_OPEN_RE.search(t, p + 2, p + 5)  # (one search: most candidates have no note in reach)
    if m is None:
        return False
    b = m.start()
    e = _past_note(t, b)
    return e > b and t[e:e + 1] in ("、", _LIST_LAST_JOINER)


def _listed_appointees(scan: ArticleScan, p: int, lo: int, hi: int, date, verbs_before) -> int | None:
    """Appointment news names several people at once: 任命李娜、陈刚为…副局长 (each gets the posts),
    刘伟、孙丽分别任A局副局长、B局副局长 (分别: the n-th name the n-th post).  Records the persons
    and their posts; returns where the list ends, or None."""
    t = scan.text
    kinds = vocabulary().verbs
    if not _second_name_may_follow(t, p):
        return None  # no second name can follow (most characters end here: spare the segmenter)
    if p > lo and _common_words().get(t[p - 1:p + 1]):
        return None  # 关于|陈某、朱某: the family name's character ends a word (于), no name starts there
    verbs, lengths, _ = _verb_tables(verbs_before)  # verbs_before runs longest first: the longest verb ending at p
    v = _verb_gap_start(t, p, lo)  # 免去了年仅55岁的|何亚非和武大伟的…: the verb before the gap
    verb = next((t[v - k:v] for k in reversed(lengths) if v - k >= lo and t[v - k:v] in verbs), None)
    opens = p == lo or t[p - 1] in "，,。：:；;\n"
    if verb is None and not opens and not _verb_may_close_list(scan, p, hi, verbs_before):
        return None  # (inside a clause with no verb before: one must follow the list, below; most lists have none)
    names, q = _name_list(scan, p, hi)  # (inside a clause: only with a verb of appointment after)
    if not names:
        return None  # (asked first: most candidates with a 、 after them open no list)
    at, before = None, False  # where 分别 is, and whether a word before it dates the posts earlier
    if c := _LIST_COUNT_RE.match(t, q):  # 三位同志为…
        q = c.end()
    q += len(next((h for h in vocabulary().honorifics if t.startswith(h, q)), ""))  # 同志
    if verb is None and opens and t.startswith(_AS_OF[0], q):
        verb = _carried_verb(t, lo, p, verbs_before)  # 选举A为…，B、C为…: the verb of the clause before
    if verb is not None and t.startswith(_AS_OF, q):
        r = q + 1
    elif verb is not None and kinds.get(verb) == "remove":
        r = q  # 免去汤文胜、王荔孟州市人民政府副市长职务: the posts taken away follow the names
    elif verb is None and not opens and not t.startswith(tuple(_verb_kinds("appoint", "nominate", "elect",
                                                                          "transfer", "promote", "remove")), q):
        return None
    else:
        at, before = _respectively_at(t, q, opens)
        r = at + len(_RESPECTIVELY) if at is not None else q
        if at is not None and (moved := _moved_from(scan, r, hi)):
            return _respective_moves(scan, names, moved, date)  # A、B分别从X、Y调任P、Q
        after = next((w for w in _verb_kinds("appoint", "nominate", "elect", "transfer", "promote", "remove")
                      if t.startswith(w, r)), None)
        if after is not None:
            verb = after
            r += len(verb) + (1 if t.startswith(_AS_OF[0], r + len(verb)) else 0)
        elif at is not None and t.startswith(_AS_OF[0], r):
            r += 1  # 选举A、B分别为…: the verb before the names; A、B分别为…: posts held, no verb
        else:
            return None
    if at is not None and at > q and t[q] == "。":
        hi = len(t)  # (the posts are in the next sentence)
    posts = scan.chain_after(r, _clause_end(t, r, hi))
    if at is not None and len(posts) < len(names):  # 分别当选为A乡党委书记和B镇党委书记
        more = scan.chain_after(r, _clause_end(t, r, hi), joiners=_RESPECTIVE_JOINERS)
        posts = more if len(more) == len(names) else posts
    if not posts:
        return None
    pairwise = at is not None and len(posts) == len(names)
    if at is not None and not pairwise and (len(posts) > 1 or not _closes_posts(t, posts[-1])):
        return None  # 分别 with posts the names cannot be paired with (one of them in no body read)
    if at is not None and at > q and not pairwise:
        return None  # 分别 apart from the names pairs them only when the counts agree
    status = "former" if before else (_STATUS.get(kinds[verb]) if verb else None)
    for k, (s, e, name) in enumerate(names):
        scan.persons.add(name, s, e, "posts.appointment-list")
        for body, post, at in (posts[k:k + 1] if pairwise else posts):
            scan.holdings.append(Holding(name, s, e, body, post, status, date, "posts.appointment-list", at))
    return names[-1][1]


_NOTE_WIDTH = 8  # （女）, (回族): a note `_list_run_re` reads, brackets and one to six characters


@lru_cache(maxsize=1)
def _list_run_re() -> re.Pattern:
    """The most a list of names `_name_list` walks can take, with the count and honorific
    `_listed_appointees` reads after it (李娜、陈刚(女)和王伟等三位同志): its characters (Han ones —
    every name is of Han characters and name dots —, name dots, digits, 、 and the characters of the
    count's and honorifics' words) and notes in brackets as `_past_note` reads them (one to six
    characters, whatever they are).  The list ends at or before this run's end."""
    words = list(_ETC) + [w for w, _ in _cue("list_count")] + list(vocabulary().honorifics)
    extra = "".join(sorted({c for w in words for c in w} | set(_TRANSLIT) | {"、", _LIST_LAST_JOINER}))
    return re.compile(f"(?:[{CJK}{NAME_DOTS}{DIGIT}{re.escape(extra)}]|（[^）]{{1,6}}）|\\([^)]{{1,6}}\\))*")


def _verb_may_close_list(scan: ArticleScan, p: int, hi: int, verbs_before) -> bool:
    """A list of names at p inside a clause with no appointment verb before it is an appointment
    only where such a verb starts right where the list (with its count and honorific) ends
    (刘伟、孙丽分别任…): may one start after p and inside the run of characters such a list can
    be made of (`_list_run_re`)?  The verbs' starts are found once per article (a look-ahead: every
    start, overlapping ones too) and bisected.  Walking the names was most of the scan's work at the
    、 of running text (易积水、易滑坡), where no such verb follows."""
    t = scan.text
    starts = scan._lazy.get("list_verb_starts")
    if starts is None:
        starts = scan._lazy["list_verb_starts"] = [m.start() for m in _verb_start_re(verbs_before).finditer(t)]
    k = bisect_right(starts, p)
    if k == len(starts) or starts[k] > hi:
        return False  # (the list is walked no further than hi: a verb after it closes none)
    # the run is read only up to that verb's start and a note's width past it (a note in brackets
    # is at most eight characters): bounded by the next verb and by hi, never the rest of the text
    # (a long run of names and posts with no verb read to its end at every candidate was quadratic)
    return _list_run_re().match(t, p, min(hi, starts[k] + _NOTE_WIDTH)).end() >= starts[k]


@lru_cache(maxsize=4)
def _verb_start_re(verbs: tuple[str, ...]) -> re.Pattern:
    """Where any of `verbs` starts (an empty one: everywhere), as a zero-width look-ahead."""
    return re.compile(f"(?={alt(verbs)})")


def _respective_moves(scan: ArticleScan, names: list, moved, date) -> int | None:
    """王强、刘军分别从A局局长、B局局长调任C、D: the n-th name left the n-th post (former) and took the
    n-th post after the verb.  Only when the three counts agree (the pairing is the text's, not a
    guess); returns where the names end, or None."""
    left, verb, taken = moved
    if not (len(left) == len(taken) == len(names)):
        return None
    status = _STATUS.get(vocabulary().verbs[verb])
    for (s, e, name), (lb, lp, la), (tb, tp, ta) in zip(names, left, taken):
        scan.persons.add(name, s, e, "posts.appointment-list")
        scan.holdings.append(Holding(name, s, e, lb, lp, "former", date, "posts.appointment-list", la))
        scan.holdings.append(Holding(name, s, e, tb, tp, status, date, "posts.appointment-list", ta))
    return names[-1][1]


def _closes_posts(t: str, last: tuple[Body, str, int]) -> bool:
    """Does the text end its list of posts right after this one (the clause, a bracket, 职务)?"""
    _, post, at = last
    k = t.find(post, at)
    k = k + len(post) if k >= 0 else at
    return k >= len(t) or t[k] in _CLAUSE_STOP or t[k] in "（(" or t.startswith(_DUTIES, k)


def _respectively_at(t: str, q: int, opens: bool) -> tuple[int | None, bool]:
    """Where 分别 pairs the names of a list ending at q with the posts after it: right after them
    (A、B分别任X、Y), after a word that dates the posts earlier (A、B此前分别任…), or — for a list
    that is a whole clause of its own (两人：A、B。) — at the opening of the next sentence
    (本次任命前分别任…).  (position or None, whether the posts are earlier ones)."""
    if t.startswith(_RESPECTIVELY, q):
        return q, False
    k = q + 1 if opens and t[q:q + 1] == "。" else q
    stop = next((j for j in range(k, min(len(t), k + 12)) if t[j] in _CLAUSE_STOP), min(len(t), k + 12))
    at = t.find(_RESPECTIVELY, k, stop)
    if at < 0:
        return None, False
    before = t[k:at].endswith(_BEFORE_THEN)
    if before or (k > q and at == k):
        return at, before
    return None, False


def _after_post_item(t: str, p: int) -> bool:
    """选举魏焕全为本届人大常委会主任、|涂麟清为县长: a 、 right after a post closes one appointment
    of a list as a comma does (chronicles and yearbooks list an election's results so); the name
    after it opens the next item.  (After a name, 、 lists names: `_name_list` reads those.)"""
    return p > 1 and t[p - 1] == "、" and post_ending_at(t, p - 1) is not None


def _colon_spaces_before(t: str, p: int) -> int:
    """决定任命: 余兴军为…: where the spaces a scraped page leaves after a colon, right before p,
    open (p itself when no colon and spaces come before it); the name still opens the list."""
    k = p
    while k > 0 and p - k < _SPACED_REACH and t[k - 1] in _SPACES:
        k -= 1
    return k if k < p and k > 0 and t[k - 1] in "：:" else p


def _carried_verb(t: str, lo: int, p: int, verbs_before) -> str | None:
    """任命A为X，B为Y; 选举郭海为县委书记，陈雪、周平为县委副书记: a name opening a clause right after one
    that an appointment verb opens (verb, name, 为, posts) takes that verb too, and so does a name
    opening an item of a list after a verb and a colon (决定任命：\n陈华为…；\n林敏为…).  The verb, or None."""
    k = _colon_spaces_before(t, p)
    if k > 0 and t[k - 1] in "：:":  # 任命：张建国为…；刘海燕为…: the first item, right after the colon
        return next((w for w in verbs_before if t.endswith(w, 0, k - 1)), None)
    if p <= 0 or (t[p - 1] not in "，,；;\n" and not _after_post_item(t, p)):
        return None
    colon = max(t.rfind("：", max(0, p - 400), p), t.rfind(":", max(0, p - 400), p))
    if colon > 0 and not any(ch in "。！？" for ch in t[colon:p]):  # 决定任命：\n陈华为…；\n林敏为…
        listed = next((w for w in verbs_before if t.endswith(w, 0, colon)), None)
        if listed is not None:
            return listed
    if t[p - 1] == "\n" or (p <= lo and t[p - 1] not in "；;"):
        return None
    # 选举A为…主任；B为…省长，C为…: the verb opens the sentence, before the clause's start
    reach = max(0, p - 1 - MAX_SENTENCE)  # (a sentence's length back at most: no scan to the text's start)
    stop = rfind_any(t, "。！？\n", reach, p - 1)
    lo = max(reach, min(lo, stop + 1 if stop >= 0 else reach))
    best, verb = -1, None
    for w in verbs_before:  # the last verb with 为 after it (not the 任 of 主任)
        k = t.rfind(w, lo, p - 1)
        while k > best and (_AS_OF[0] not in t[k + len(w):p - 1] or _inside_post_word(t, k, k + len(w))
                            or _inside_noun(t, k, k + len(w), verbs_before)):
            k = t.rfind(w, lo, k)
        if k > best:
            best, verb = k, w
    if verb is None or any(t.find(ch, best, p) >= 0 for ch in "。！？\n"):
        return None
    return verb


def _inside_post_word(t: str, k: int, e: int) -> bool:
    """Is the verb at k..e the end of a post word (the 任 of 主任 in 人大常委会主任；B为…)?  No verb
    of an appointment then."""
    posts = vocabulary().posts
    return any(t[j:e] in posts for j in range(max(0, k - 3), k))


def _inside_noun(t: str, k: int, e: int, verbs_before) -> bool:
    """Is the one-character verb at k..e the end of a common noun (the 任 of 责任, 信任 in 包保责任路段，
    …行为，严格执法的…)?  No verb of an appointment then, so no name after a comma takes it; a noun
    that is itself a verb of the table (前任) stays one."""
    if e - k != 1 or k <= 0:
        return False
    word = t[k - 1:e]
    return (_common_words().get(word) or "").startswith("n") and word not in verbs_before


@lru_cache(maxsize=1)
def _government_stems() -> tuple[str, ...]:
    """Stems of a government's own departments (department_stems.tsv, group government), longest first."""
    return tuple(sorted((r["stem"] for r in L.load_table("department_stems") if r["group"] == "government"),
                        key=lambda w: (-len(w), w)))


def _government_department(name: str) -> bool:
    """教育厅, 民族宗教委, 台办: a department of a government, named after its place, not inside the
    government's name (办公厅, 研究室 are the government's own offices: no stem of a department)."""
    return any(name.startswith(stem) and len(name) > len(stem) for stem in _government_stems())


@lru_cache(maxsize=1)
def _national_units() -> dict[tuple[str, str], str]:
    """(parent, a unit's name without the parent's short form) → the unit's registry name, for the
    national organs whose units are named by the parent's short form (全国政协|提案委员会, parent
    中国人民政治协商会议全国委员会 written 全国政协)."""
    rows = L.load_table("organs_national")
    shorts = {r["name"]: [a for a in r["aliases"].split("|") if a] for r in rows}
    out: dict[tuple[str, str], str] = {}
    for r in rows:
        for short in shorts.get(r["parent"], ()):
            if r["name"].startswith(short) and len(r["name"]) > len(short) + 2:
                out[(r["parent"], r["name"][len(short):])] = r["name"]
    return out


@lru_cache(maxsize=1)
def _national_parents() -> dict[str, str]:
    """A national organ's registry parent (全国人民代表大会常务委员会 → 全国人民代表大会)."""
    return {r["name"]: r["parent"] for r in L.load_table("organs_national") if r["parent"]}


def _listed_national_unit(first: str, name: str) -> str | None:
    """A unit written bare after a post in a national organ (全国政协常委、提案委员会主任孙淦): the
    organ's unit of the registry (全国政协提案委员会), not a sibling committee of no body; after a post
    in its standing committee, the unit of the organ the standing committee is of (全国人大常委会委员、
    教育科学文化卫生委员会副主任委员: the congress's special committee, 全国人大教育科学文化卫生委员会)."""
    units = _national_units()
    return units.get((first, name)) or units.get((_national_parents().get(first, ""), name))


def _same_kind_of_unit(name: str, other: str) -> bool:
    """Do two bodies end with the same unit word of two characters or more (委员会, 管理局): bodies
    of one kind listed side by side, neither a unit of the other?"""
    unit = next((u for u in vocabulary().unit_suffixes if len(u) >= 2 and name.endswith(u)), None)
    return unit is not None and len(name) > len(unit) and other.endswith(unit) and len(other) > len(unit)


_CONGRESS_STANDING = dict(_cue("congress_standing"))  # 人大常委会 → 常委会: the standing committee's own word
_CONGRESS_COMMITTEE_END = "委员会"  # a committee's name listed after the standing committee (内务司法委员会)
_STANDING_COMMITTEE_UNITS = tuple(w for w, _ in _cue("standing_committee_units"))  # 工作委员会: the standing committee's own


def _congress_committee_parent(prev: str, run: str) -> str | None:
    """The body a committee written alone after a post in a people's congress's standing committee
    belongs to (省人大常委会委员、内务司法委员会主任委员): a special committee is the congress's (省人大),
    a working committee (法制工作委员会) the standing committee's own; None unless the chain's body
    is a standing committee and the run a committee's name (more than the word itself)."""
    if not run.endswith(_CONGRESS_COMMITTEE_END) or len(run) <= len(_CONGRESS_COMMITTEE_END) \
            or any(w in run for w in _LEGISLATURE_ENDS):
        return None  # (全国人大内务司法委员会: written in full, read as found)
    standing = next((w for w in _CONGRESS_STANDING if prev.endswith(w)), None)
    if standing is None:
        return None
    return prev if run.endswith(_STANDING_COMMITTEE_UNITS) else prev[:-len(_CONGRESS_STANDING[standing])]


def _zone_of_committee(name: str) -> str | None:
    """The zone whose party working committee `name` is (聊城开发区 of 聊城开发区党工委, 南海新区 of
    南海新区工委): a zone's 管委会 listed after it is that zone's, not the city's.  A zone written by
    its kind alone (经开区 of 经开区党工委, `_written_zone_organ`) is that zone as written."""
    for w in _ZONE_PARTY_COMMITTEES:
        zone = name[:-len(w)] if name.endswith(w) else ""
        if zone in _zone_kind_words():
            return zone
        if zone.endswith(_ZONE_NAME_ENDS) and len(zone) > max(len(e) for e in _ZONE_NAME_ENDS if zone.endswith(e)):
            return zone
    return None


def _zone_of_organ(name: str) -> str | None:
    """The zone whose working or management committee `name` is (天水经开区 of 天水经开区管委会)."""
    for w in _ZONE_MANAGEMENT:
        zone = name[:-len(w)] if name.endswith(w) else ""
        if zone.endswith(_ZONE_NAME_ENDS) and len(zone) > max(len(e) for e in _ZONE_NAME_ENDS if zone.endswith(e)):
            return zone
    return _zone_of_committee(name)


def _foreign_to(body: Body, first: Body, zone: Body | None) -> Body | None:
    """A zone's committee (管委会) or a government's bureau (招商局) listed after a post in a body
    that has no such unit: 工作室主任A，管委会副主任B and 协会副秘书长A，经开区管委会副主任B，招商局
    副局长C name no 工作室管委会 nor 协会招商局. The bureau is the zone's when the sentence named a
    zone's committee (天水经开区招商局), else it stays as written; None when the rule does not apply."""
    bare_zone_organ = body.name in _ZONE_MANAGEMENT or body.name in _ZONE_PARTY_COMMITTEES
    if bare_zone_organ and _zone_of_organ(first.name) is None and not first.name.endswith(_COMMITTEE_END):
        return body
    bureau = body.name.endswith(_BUREAU_ENDS) or _government_department(body.name)
    if not (bureau and first.label == "Organization"):
        return None
    zone_name = _zone_of_organ(zone.name) if zone is not None else None
    return body if zone_name is None else Body(None, zone_name + body.name, body.label, body.start, body.end,
                                               zone.place, (body.name,), True)


def _sibling_unit(scan: ArticleScan, body: Body, first: Body) -> Body:
    """A unit listed after a unit of the same level (研究室 then 立法规划室, 秘书处 then 综合处) is its
    sibling: a unit of the body the first one belongs to (the found agency that opens the first
    one's name, 全国人大常委会法工委), else as written; never a unit inside the first one."""
    parent = next((m for m in scan.mentions_starting(first.start, first.start + 1)
                   if m.label == "Agency" and m.aend < first.end), None)
    if parent is None:
        return body
    return scan._make_body(body.start, body.end, (parent.norm or parent.surface) + body.name, first.place,
                           alias=body.name)


def _scope_mass_organisation(name: str) -> bool:
    """总工会, 工商联, 妇联 …: a people's organisation a place has one of (`_mass_organisations`), never a
    unit of a department; 工会 alone is a unit's own union (县教育局工会), so it is not one."""
    return name in _mass_organisations() and name not in _UNIT_UNIONS


_UNIT_UNIONS = frozenset(w for w, _ in _cue("unit_unions"))  # 工会: every unit has its own
_KIND_OWNERS = tuple(w for w, _ in _cue("kind_owners"))  # 企业, 机关: an owner named by its kind
_SCHOOL_UNITS = frozenset(w for w, _ in _cue("school_units"))  # 教务部, 学生会: a university's own
_PLACE_BRANCHES = frozenset(w for w, _ in _cue("place_branches"))  # 分院, 分公司: a branch a place names
_SCHOOL_UNIT_PARENTS = tuple(w for w, _ in _cue("school_unit_parents"))  # 大学, 学院: the school a committee names


def _owner_kind_union(run: str) -> bool:
    """企业妇联, 机关工会, 非公企业工会: a kind of owner and a people's organisation every one of them
    keeps; it names no body (the company's union the story is about is not called 企业妇联)."""
    owner = next((w for w in sorted(_KIND_OWNERS, key=len, reverse=True) if run.startswith(w)), None)
    rest = run[len(owner):] if owner else ""
    return bool(rest) and (rest in _UNIT_UNIONS or rest in _mass_organisations())


_SESSION_BODIES = frozenset(w for w, _ in _cue("session_bodies"))  # 大会: a congress's session, no body
_DOCUMENT_GROUPS = frozenset(w for w, _ in _cue("document_groups"))  # 起草组: a document's drafting group
_GROUP_OWNERS = tuple(w for w, _ in _cue("group_office_owners"))  # 领导小组, 指挥部: groups that keep an office
_GROUP_OFFICE = next(w for w, _ in _cue("group_offices"))  # 办公室
_GROUP_OFFICES = frozenset(w for w, _ in _cue("group_offices"))
_TITLE_REACH = 40  # characters a document's title in 《》 before its group is looked for over
_SESSION_CONGRESSES = tuple(w for w, _ in _cue("session_congresses"))  # 人民代表大会, 政协: whose sessions they are
# a session written after its congress (二次会议大会, 第三次会议): the congress's, no unit of it
_RE_SESSION = re.compile(f"第?[{CHINESE_NUMERALS}]{{1,3}}次(?:{alt(_SESSION_BODIES)})+")
_MINISTRY_UNITS = tuple(w for w, _ in _cue("ministry_units"))  # 司, 办公厅: a national organ's own units
_ORGAN_ANAPHORS = tuple(w for w, _ in _cue("organ_anaphors"))  # 该部门, 该局: the organ named before
_ANTECEDENT_REACH = 200  # characters before the sentence an anaphor of an organ looks back over


@lru_cache(maxsize=1)
def _ministries() -> frozenset:
    """The national organs that keep internal units (司, 办公厅): organs_national rows of a
    ministry_kinds kind (自然资源部, 国家移民管理局, 国家卫生健康委员会), by their canonical names."""
    kinds = {w for w, _ in _cue("ministry_kinds")}
    return frozenset(r["name"] for r in L.load_table("organs_national") if r["kind"] in kinds)


def _ministry_of(name: str) -> str | None:
    """The national organ of `_ministries` a body is (自然资源部) or whose unit it is
    (生态环境部自然生态保护司 → 生态环境部), else None."""
    if name in _ministries():
        return name
    if not name.endswith(_MINISTRY_UNITS):
        return None
    return next((name[:k] for k in range(2, len(name) - 1) if name[:k] in _ministries()), None)


def _ministry_before(scan: ArticleScan, start: int, end: int) -> Body | None:
    """The last national organ of `_ministries` found between `start` and `end`, as a body."""
    found = None
    for m in scan.mentions_starting(start, end):
        if m.label == "Agency" and m.aend <= end and (m.norm or m.surface) in _ministries():
            found = m
    return None if found is None else Body(found.key, found.norm or found.surface, found.label,
                                           found.astart, found.aend, None)


def _organ_around(scan: ArticleScan, at: int) -> Body | None:
    """The national organ a bare unit or post at `at` is of: the last one named earlier in its
    sentence, or, after an anaphor of it (该部门发言人…), in the _ANTECEDENT_REACH characters before
    the sentence, else in the sentence before (国合署署长罗照辉会见…。监督评估司司长田林…参加)."""
    sent = scan.art.sentence_at(at)
    if sent is None:
        return None
    organ = _ministry_before(scan, sent.start, at)
    if organ is None and any(w in scan.text[sent.start:at] for w in _ORGAN_ANAPHORS):
        organ = _ministry_before(scan, max(0, sent.start - _ANTECEDENT_REACH), sent.start)
    if organ is None and (before := scan.art.sentence_at(sent.start - 1)) is not None:
        organ = _ministry_before(scan, max(before.start, sent.start - _ANTECEDENT_REACH), sent.start)
    return organ


_CHIEF_POSTS = frozenset(w for w, _ in _cue("ministry_chief_posts"))  # 总工程师, 总规划师: a ministry's own
_CHIEF_HOST_VERBS = tuple(w for w, _ in _cue("chief_host_verbs"))  # 调研, 考察: a body visited, whose chief may report


_ORGAN_OWN_POSTS = {w: organ for w, organ in _cue("procuratorate_posts")}  # 副检察长 → 检察院


def _own_organ_before(scan: ArticleScan, ending: str, at: int) -> Body | None:
    """安图县人民检察院召开…新闻发布会。党组成员、副检察长金德春出席: a post only one kind of organ has
    (procuratorate_posts), written with no body, is held in the last such organ (its name ending so)
    named in its sentence or the sentence before — never across another agency named between."""
    sent = scan.art.sentence_at(at)
    if sent is None:
        return None
    before = scan.art.sentence_at(sent.start - 1)
    lo = max(before.start if before is not None else sent.start, sent.start - _ANTECEDENT_REACH)
    found = None
    for m in scan.mentions_starting(lo, at):
        if m.label == "Agency" and m.aend <= at:
            found = m
    if found is None or not (found.norm or found.surface).endswith(ending):
        return None
    return Body(found.key, found.norm or found.surface, found.label, found.astart, found.aend, None)


_PARTY_COMMITTEE_POSTS = frozenset(w for w, _ in _cue("party_committee_posts"))  # 主委, 副主委
_PARTY_CHAIR_POSTS = frozenset(w for w, _ in _cue("party_committee_chair_posts"))  # 主任委员: after a verb only
_PARTY_OWNERS = tuple(w for w, _ in _cue("democratic_parties")) + tuple(_entity_cue("org_cues", "party_committee_heads"))
_PARTY_BODY_ENDS = ("委员会", "委会", "委", "支部", "总支")  # (民盟梅河口市委员会, 民盟义乌市支部)


def _party_committee_of_post(scan: ArticleScan, at: int, same_sentence: bool = False) -> Body | None:
    """中国民主同盟梅河口市委员会成立于…。现任主委宋学思，副主委吴琼: a post only a democratic party's
    committee has (party_committee_posts), written with no body, is held in the last such committee
    named in its sentence or the sentence before (no other body holds a 主委: the bodies between,
    梅河口市政协, are passed)."""
    sent = scan.art.sentence_at(at)
    if sent is None:
        return None
    before = None if same_sentence else scan.art.sentence_at(sent.start - 1)
    lo = max(before.start if before is not None else sent.start, sent.start - _ANTECEDENT_REACH)
    found = None
    for m in scan.mentions_starting(lo, at):
        name = m.norm or m.surface
        if m.label == "Organization" and m.aend <= at and name.startswith(_PARTY_OWNERS) \
                and name.endswith(_PARTY_BODY_ENDS):
            found = m
    if found is None:
        return None
    return Body(found.key, found.norm or found.surface, found.label, found.astart, found.aend, None)


def _chief_of_organ(scan: ArticleScan, post: str, at: int, first: Body | None) -> Body | None:
    """该部门发言人…分别为总工程师程利伟、总规划师吴海洋、办公厅主任刘国洪: a chief engineer's or
    planner's post written with no body, in a list that opens with it, is the national organ's the
    sentence (or its anaphor, or the sentence before) names — as its bare units are (`_ministry_unit`).
    None: another post, a list opened by a body, or no such organ."""
    if post in _ORGAN_OWN_POSTS and first is None:
        return _own_organ_before(scan, _ORGAN_OWN_POSTS[post], at)
    if post in _PARTY_COMMITTEE_POSTS and first is None:
        return _party_committee_of_post(scan, at)
    if post not in _CHIEF_POSTS or first is not None:
        return None
    organ = _organ_around(scan, at)
    if organ is None or _other_body_between(scan, organ, at):
        return None  # 交通运输部部长…调研港珠澳大桥管理局。总工程师苏权科: the body visited may be his
    return organ


def _other_body_between(scan: ArticleScan, organ: Body, at: int) -> bool:
    """Is an agency or organisation other than `organ` (or a unit of it) named, or a body visited
    (a verb of `chief_host_verbs`), between `organ` and `at`?  A chief engineer is a post of every kind of body: after 交通运输部部长李小鹏一行调研港珠澳
    大桥管理局。the 总工程师 who reports is the authority's as well as he may be the ministry's, so the
    organ named before is no evidence.  Bounded by the organ's reach (`_organ_around`)."""
    if any(w in scan.text[organ.end:at] for w in _CHIEF_HOST_VERBS):
        return True  # (调研港珠澳大桥管理局: the body visited, found or not, hosts the chief who reports)
    return any(m.label in ("Agency", "Organization") and not (m.norm or m.surface).startswith(organ.name)
               for m in scan.mentions_starting(organ.end, at) if m.aend <= at)


def _ministry_unit(scan: ArticleScan, body: Body, first: Body) -> Body | None:
    """A ministry's internal unit written bare (海域海岛司司长A, 办公厅主任B) is the unit of the national
    organ the list opened with (自然资源部副部长王广华主持，办公厅主任…), or, in a list that opens with
    the bare unit or a post of no body (总工程师A、办公厅主任B), of the last such organ named earlier in
    the sentence (国家移民管理局…分别为外国人管理司司长A), or, after an anaphor of it (该部门发言人…),
    in the _ANTECEDENT_REACH characters before the sentence, else in the sentence before (国合署署长
    罗照辉会见…。监督评估司司长田林…参加: the officials attending their head's meeting).  Ministries keep 司 and 办公厅; a province's
    or a county's bodies never meet the test (their organs are no national organs).  None: not such a
    unit, or no organ found — the other rules of `_qualify` decide."""
    if not body.new or body.place or not body.name.endswith(_MINISTRY_UNITS) \
            or any(m.label == "Agency" and m.aend < body.end for m in scan.mentions_starting(body.start, body.start + 1)):
        return None
    if first is not body and (organ_name := _ministry_of(first.name)) is not None:
        organ = first if organ_name == first.name else Body(None, organ_name, "Agency", first.start, first.end)
    elif first is body or (first.new and not first.place and first.name.endswith(_MINISTRY_UNITS)):
        organ = _organ_around(scan, body.start)
    else:
        return None
    units = _ministry_units_named(scan)
    if organ is None:
        full = units.get(body.name)  # 海域海岛司司长高忠文说: the one 自然资源部海域海岛司 the article wrote
        return None if not full else scan._make_body(body.start, body.end, full, None, alias=body.name)
    units.setdefault(body.name, organ.name + body.name)
    if units[body.name] != organ.name + body.name:
        units[body.name] = ""  # two ministries' 综合司: the bare one is neither
    return scan._make_body(body.start, body.end, organ.name + body.name, organ.place, alias=body.name)


def _ministry_units_named(scan: ArticleScan) -> dict[str, str]:
    """{bare unit: the ministry's unit} of the article: every found agency named by a ministry and
    a unit (国家统计局国民经济综合统计司 → 国民经济综合统计司), built once per article, then the
    units `_ministry_unit` qualified as it reads on ("" where two ministries' units share the name)."""
    units = scan._lazy.get("ministry_units")
    if units is None:
        units = scan._lazy["ministry_units"] = {}
        for m in scan.mentions:
            name = m.norm or m.surface
            if m.label != "Agency" or not name.endswith(_MINISTRY_UNITS):
                continue
            organ = _ministry_of(name)
            if organ is not None and organ != name:
                tail = name[len(organ):]
                units[tail] = name if units.get(tail, name) == name else ""
    return units


_VERTICAL_UNITS = tuple(w for w, _ in _cue("vertical_units"))  # 海关: a national system's house


def _chain_opener(chain: list, first_body: Body | None) -> Body | None:
    """The body a bare unit of this person's chain belongs to: the chain's own first body when it
    names one (全国妇联党组成员、书记处书记杜芮: the federation's 书记处, not a unit of 农业农村部, the
    body the sentence's list opened with), else the list's first body (自然资源部副部长A，办公厅主任B) —
    so too when the chain opens with a place's head (副县长、总工会主席B: the county's 总工会, qualified
    as before by the list's first body, 县委) or with a bare unit found by no finder (统战部副部长、工商联
    党组书记B after 县委统战部…: a unit the list's first body qualifies, as it does the rest)."""
    own = next((c[0] for c in chain if c[0] is not None), None)
    return own if own is not None and own.label != "Place" and not own.new else first_body


_LEVEL_COMMITTEE_NAMES = frozenset(L.words("level_committees"))  # 地委, 旗委: a division's party committee


def _qualify(scan: ArticleScan, body: Body, first: Body, zone: Body | None = None) -> Body | None:
    """A bare unit (研究室, 办公厅) listed after a leader's post belongs to the leader's body (None: the
    unit is of no body the text names)."""
    if (unit := _ministry_unit(scan, body, first)) is not None:
        return unit  # 自然资源部副部长A，海域海岛司司长B: the ministry's 司, however long its name
    if not body.new or body.place or body is first or first.label == "Place":
        return body
    if body.name[:1] == _SCHOOL_SCOPE and body.name[1:] in _SCHOOL_ORGANS:
        return None  # 巡察工作领导小组副组长A，校纪委书记B: the school's own committee, no unit of the body named
        # first (was 巡察工作领导小组校纪委); the text names no school, so the post names no body
    if first.name.startswith(_SAR_GOVERNMENTS) and not body.name.endswith(_SAR_UNIT_ENDS):
        return body  # 运输及房屋局局长A、中联办副主任B, 行政长官A与赛马会主席B: the central government's
        # liaison office, a club: no unit of a region's government, whose units end 局/署/处/司/办公室
    if body.name.endswith(_VERTICAL_UNITS):
        return body  # 旗委…、东乌海关关长达布希拉图: a customs house is the national administration's, no local unit
    if (foreign := _foreign_to(body, first, zone)) is not None:
        return foreign if foreign is body else scan._make_body(body.start, body.end, foreign.name,
                                                               foreign.place, alias=body.name)
    if (unit := _listed_national_unit(first.name, body.name)) is not None:
        return scan._make_body(body.start, body.end, unit, None, alias=body.name)  # 全国政协常委、提案委员会主任
    if len(body.name) > 5 or body.name.startswith(first.name) or body.name in _LEVEL_COMMITTEE_NAMES or \
            any(body.name.startswith(sc) for sc, _ in _RELATIVE_SCOPES):
        return body  # (兵团党委常委A，地委书记B: a prefecture's committee, no unit of the body named first)
    if any(m.label in ("Agency", "Organization") for m in scan.mentions_starting(body.start, body.start + 1)):
        return body  # 市政协副主席、民革市委主委: a body opening with an organisation's name is its own
    if first.label == "Agency" and _party_department(body.name) and _committee_of(first) is None \
            and not first.name.endswith(_COMMITTEE_END):
        return _department_of_committee_unit(scan, body, first)
    if first.name.endswith(body.name) or (len(body.name) < len(_standard_department(body.name))
                                          and first.name.endswith(_standard_department(body.name))):
        # 县委统战部常务副部长A，统战部副部长B: the same department, no unit of itself; so a short form of it
        # (县卫健委主任A讲话，卫健委副主任B: 潢川县卫生健康委员会, was 潢川县卫生健康委员会卫健委; weijian95)
        return scan._make_body(body.start, body.end, first.name, first.place, alias=body.name)
    if body.name.endswith(first.name):  # 工会主席A，集团工会副主席B: a body of the same kind, no unit of it (工会集团工会)
        return body
    if first.label == "Agency" and _scope_mass_organisation(body.name):
        # 县委常委、统战部部长A，…工商联主席B, 副县长、总工会主席C: a people's organisation of the scope,
        # no unit of the agency named first (a unit's own 工会 is: 县教育局工会)
        return body if first.place is None else \
            scan._make_body(body.start, body.end, first.place[0] + body.name, first.place, alias=body.name)
    if first.name.endswith(_COMMITTEE_END) and body.name in _SCHOOL_UNITS:
        return None  # 校团委副书记、教务部副部长, 学生会主席: the school's own, no unit of the committee; the list
        # names no school it is of (a career runs through several), so the post names no body
    if first.name.endswith(_COMMITTEE_END) and (first.place is not None or first.name in L.ORGANS) \
            and body.name.endswith(_mass_organisations() + tuple(_UNIT_UNIONS)):
        return None  # 县委常委A，…企业妇联主席B、工会主席C: a party committee keeps no union or women's federation
        # of its own; the one meant is a company's or a park's the text does not name, so the post names no body
        # (a company's 集团党委书记A、工会主席B is not a place's committee: its union stays the company's)
    if first.name.endswith(_LEGISLATURE_ENDS) and body.name.endswith(_LEGISLATURE_NOT_UNITS):
        # 县人大常委会主任A、公安局局长B, 立法会主席A、终审法院院长B: a legislature keeps no bureau or court;
        # the list names the place's (or the region's) bodies side by side
        return body if first.place is None else \
            scan._make_body(body.start, body.end, first.place[0] + body.name, first.place, alias=body.name)
    if _same_kind_of_unit(body.name, first.name):
        return body  # 经济委员会主任A、外事委员会主任B: a sibling of the first body, no unit of it
    if body.name.endswith(_SIBLING_UNIT_ENDS) and first.name.endswith(body.name[-1]) \
            and not first.name.endswith(_STATIONED_OFFICE_WORDS):  # (办事处主任A、经济联络处处长B: the office's own unit)
        return _sibling_unit(scan, body, first)  # 法工委研究室主任A、立法规划室主任B: no 室 inside a 室
    if body.name.endswith(_ENTERPRISE_SUFFIXES):
        return body  # 市政协副主席A，致盛集团董事长B: a company is no unit of a leader's body
    if first.label == "Agency" and body.name.endswith(_SOCIETIES):
        return body  # 省侨办副主任A…会见了旅美台商会会长B: the chamber is its members', no unit of the office
    if first.name.endswith(_COMMITTEE_END) and body.name.endswith("部") and _government_department_whole(body.name) \
            and first.place:  # 县委常委A，人武部部长B (zhengbing105): the place's 人民武装部, no unit of the committee
        return scan._make_body(body.start, body.end, first.place[0] + _standard_department(body.name), first.place,
                               alias=body.name)
    if first.name.endswith(_COMMITTEE_END) and (_government_department(body.name) or body.name.endswith(tuple(w for w in _ZONE_ORGANS if len(w) > 1))):
        # 县委副书记A，…公安局局长B, 管委会主任C: a government's department or a zone's committee is
        # no unit of the party committee; named by its place, or left as written where none is;
        # a zone's working committee names its zone (开发区党工委委员、建设局局长: the zone's bureau)
        if zone := _zone_of_committee(first.name):  # (管委主任: the 管委会's, under its standard name)
            organ = _organ_full_forms_map().get(body.name, body.name)
            return scan._make_body(body.start, body.end, zone + organ, first.place, alias=body.name)
        return body if first.place is None else \
            scan._make_body(body.start, body.end, first.place[0] + body.name, first.place, alias=body.name)
    if first.place and first.name.endswith(_GOVERNMENT_ORGANS) and _government_department(body.name):
        # 自治区政府秘书长莫某、教育厅厅长秦某: a department of the government is named by its place
        return scan._make_body(body.start, body.end, first.place[0] + body.name, first.place, alias=body.name)
    if (scope := _relative_government_scope(first)) is not None and _government_department(body.name):
        # 副县长杨美兰…、水务局党组成员张宪: the government of a scope the text names only relatively (县人民
        # 政府) keeps its departments under that scope (县水务局), none inside its name (was 县人民政府水务局)
        return scan._make_body(body.start, body.end, scope + body.name, None, alias=body.name)
    village = next((first.name[:-len(w)] for w in _VILLAGE_INNER if first.name.endswith(w)), None)
    if village and village.endswith(_VILLAGE_ENDS):  # 双午村党支部书记、村委会主任: the village's committee
        kind = next(k for k in _VILLAGE_ENDS if village.endswith(k))
        bare = body.name.startswith(kind) and any(a.startswith(kind) and a[len(kind):] in _VILLAGE_INNER
                                                    for a in first.aliases)
        # (村党支部书记、村委会主任张妍 after 接官亭村: both written bare, named as the bare 村委会 is, 接官亭村委会)
        return scan._make_body(body.start, body.end, village + (body.name[len(kind):] if bare else body.name),
                               first.place, alias=body.name)
    if (parent := scan._department_of_unit(first)) is not None and not _government_department(body.name):
        # 公安部百日行动办公室主任、治安管理局局长: a bureau listed after a department's office is the
        # department's (公安部治安管理局), never a unit inside the office
        return scan._make_body(body.start, body.end, (parent.norm or parent.surface) + body.name, first.place,
                               alias=body.name)
    b = scan._make_body(body.start, body.end, first.name + body.name, first.place, alias=body.name)
    return b


def _department_of_committee_unit(scan: ArticleScan, body: Body, first: Body) -> Body:
    """县委办公室主任A、组织部副部长B, 县委党史研究室主任A、宣传部副部长B: a party department listed after
    a unit of a place's committee is that committee's department (平邑县委组织部), never a unit inside the
    office (was 平邑县委办公室组织部); after another body of a place below a province (县水务局局长A、宣传部副部长B)
    the place's committee's (平邑县委宣传部, not 平邑县水务局宣传部); elsewhere left as written."""
    place, code = first.place if first.place else (None, None)
    if place is None or not first.name.startswith(place):
        return body
    rest = first.name[len(place):]
    committee = next((w for w, _ in sorted(_cue("committee"), key=lambda c: -len(c[0]))
                      if rest.startswith(w) and len(rest) > len(w)), None)
    if committee is not None:
        return scan._make_body(body.start, body.end, place + committee + body.name, first.place, alias=body.name)
    d = table().get(code) if code else None
    if d is None or d.level == "province":
        return body
    return scan._make_body(body.start, body.end, _organ_of_place(place, code, body.name), first.place, alias=body.name)


def _relative_government_scope(first: Body) -> str | None:
    """The relative scope (县, 市, 区) of a government named by it alone and no place (县人民政府 of a
    副县长 in a county's own paper), else None."""
    if first.place is not None:
        return None
    organ = next((w for w in _GOVERNMENT_ORGANS if first.name.endswith(w)), None)
    scope = first.name[:-len(organ)] if organ else None
    return scope if scope and any(scope == sc for sc, _ in _RELATIVE_SCOPES) else None


def _organ_or_committee(name: str) -> bool:
    """Does a body's name end with an organ (人民政府, 人大常委会) or a party committee (县委, 党工委)?"""
    return name.endswith(tuple(L.ORGANS)) or name.endswith(_COMMITTEE_END)


@lru_cache(maxsize=8)
def _verb_ends(verbs: tuple[str, ...]) -> tuple[frozenset, tuple[int, ...]]:
    """The verbs as a set and their lengths: "does a verb end at p" in a few slices, not one
    startswith per verb (this test runs at almost every character of an article)."""
    return frozenset(verbs), tuple(sorted({len(w) for w in verbs}))


@lru_cache(maxsize=1)
def _post_last_chars() -> frozenset | None:
    """The last characters of the post words: a post (what `post_end_re` ends with) can end at
    `end` only if t[end - 1] is one of them; None if an empty post word would end anywhere."""
    posts = vocabulary().posts
    return None if "" in posts else frozenset(w[-1] for w in posts)


@lru_cache(maxsize=8)
def _verb_last_chars(verbs: tuple[str, ...]) -> frozenset | None:
    """The last characters of the verbs: no verb ends at p unless t[p - 1] is one of them (a set
    lookup spares the slices at most characters); None if an empty verb ends everywhere."""
    return None if "" in verbs else frozenset(w[-1] for w in verbs)


_VERB_TABLES: dict[int, tuple] = {}  # id(verbs) -> (verbs, set, lengths, last characters)


def _verb_tables(verbs: tuple[str, ...]) -> tuple[frozenset, tuple[int, ...], frozenset | None]:
    """`_verb_ends(verbs)` and `_verb_last_chars(verbs)`, remembered by the tuple's identity: the
    scans ask them at almost every candidate of an article with the one tuple `_scan_article`
    built, and an `lru_cache` look-up hashed its ~40 verbs at every call.  The tuple is kept with
    its answers (its id cannot be reused while they are), at most eight tuples."""
    got = _VERB_TABLES.get(id(verbs))
    if got is None or got[0] is not verbs:
        if len(_VERB_TABLES) >= 8:
            _VERB_TABLES.clear()
        got = _VERB_TABLES[id(verbs)] = (verbs, *_verb_ends(verbs), _verb_last_chars(verbs))
    return got[1:]


def _name_then_head_post(scan: ArticleScan, p: int) -> tuple[str, Body, str] | None:
    """农业部农机化司李伟国司长, 市财政局王明局长: a name written between a found body and the head
    post of that kind of body (the body's last character + 长: 司|司长, 局|局长, 厅|厅长, with 副
    before it or not) holds that post in that body: (name, body, post); none otherwise."""
    t = scan.text
    body = scan._found_over(p, p) if p > 0 else None
    by = None if body is None else next((w for w in _HEADED_BY if t.endswith(w, body.start, p)), None)
    post = None if body is None else _judicial_head(body.name) if body.name.endswith(_JUDICIAL_ORGANS) \
        else _HEADED_BY[by] if by is not None and by.endswith(_HEADED_UNITS) \
        else body.name[-1] + _HEAD_POST_END if body.name.endswith(_HEADED_UNITS) \
        else _HEADED_BY.get(by) or _government_head(body.name)
    # (街道办事处黄东辉主任: the office's 主任, no 处长 of a 处 though 办事处 ends in one)
    if body is None and (court := _court_anaphor_before(scan, p)) is not None:
        body, post = court
    if body is None and (town := _township_before(scan, p)) is not None:
        return _name_then_township_post(scan, p, *town)
    if post is None:
        return None
    if t[p] in _FORMER_ONE and t.startswith(tuple(m + post for m in ("", *vocabulary().modifiers)), p + 1):
        return None  # 自治区政协原副主席、…安纯人: 原 marks the post held before, no family name there
    found = scan.names.name_at(p, after_post=True) or _name_glued_to_post(scan, p, post)
    if not found:
        return None
    for n in (2, 3):  # (王明副局长: the finder reads 王明副; the name is what the post's modifier leaves)
        name, k = t[p:p + n], p + n
        mod = max((m for m in vocabulary().modifiers if t.startswith(m, k)), key=len, default="")
        ps = k + len(mod)
        if found.startswith(name) and t.startswith(post, ps) and not t.startswith(_HEAD_POST_NOT_BEFORE, ps + len(post)) \
                and not any(_is_word(t[ps:ps + len(post) + j]) for j in (1, 2)):
            return name, body, mod + post  # (局长助理: a longer word, no head's post)
    return None


_PLACE_HEADED_BY = _cue("place_headed_by")  # (街道, 主任), (镇, 镇长): a township's heads by its name's ending
_TOWNSHIP_NAME_REACH = 12  # characters a township's found name before a person's may open back from it


def _township_before(scan: ArticleScan, p: int) -> tuple[Body, tuple[str, ...]] | None:
    """A found township, town or sub-district (西林街道, 城关镇) ending right at p, and the posts that head
    it by its name's ending (`place_headed_by`): (the place as a body, its posts), else None."""
    hit = next((m for m in scan.mentions_starting(max(0, p - _TOWNSHIP_NAME_REACH), p)
                if m.label == "Place" and m.aend == p and not m.attrs.get("anaphor")), None)
    if hit is None:
        return None
    name = hit.norm or hit.surface
    posts = tuple(post for end, post in _PLACE_HEADED_BY if name.endswith(end))
    if not posts:
        return None
    return Body(None, name, "Place", hit.astart, hit.aend, (name, hit.attrs.get("code"))), posts


def _name_then_township_post(scan: ArticleScan, p: int, body: Body, posts: tuple[str, ...]):
    """西林街道黄东辉主任汇报…, 城关镇王明镇长主持…: a name written between a township's name and one of
    its heads' posts (with 副 or not) holds that post there, as 西林街道主任黄东辉 does; none when the
    post runs on into a longer word (主任科员) or no name is there."""
    t = scan.text
    found = scan.names.name_at(p, after_post=True) \
        or next((g for post in posts if (g := _name_glued_to_post(scan, p, post))), None)
    if not found:
        return None  # (城关镇王明镇长: the segmenter reads 明镇; the glued name, as after a found body)
    for n in (2, 3):
        name, k = t[p:p + n], p + n
        mod = max((m for m in vocabulary().modifiers if t.startswith(m, k)), key=len, default="")
        ps = k + len(mod)
        post = next((w for w in posts if t.startswith(w, ps)), None)
        if found.startswith(name) and post and not t.startswith(_HEAD_POST_NOT_BEFORE, ps + len(post)) \
                and not any(_is_word(t[ps:ps + len(post) + j]) for j in (1, 2)):
            return name, body, mod + post
    return None


_COURT_ANAPHORS = tuple(w for w, _ in _cue("court_anaphors"))  # 该院, 本院: the article's court
_JUDICIAL_HEAD_POSTS = dict(_cue("judicial_head_posts"))  # 检察院 → 检察长, 法院 → 院长


def _court_anaphor_before(scan: ArticleScan, p: int) -> tuple[Body, str] | None:
    """该院王建华副院长通报… in a court's news: the anaphor of the article's one court or procuratorate
    (`article_court`) right before a name stands for that body as its full name would (桐城市人民法院王建华
    副院长), its head's post by its kind (院长, 检察长); (court, post) or None."""
    if not scan.text.endswith(_COURT_ANAPHORS, 0, p):
        return None
    court = scan.article_court()
    if court is None or _nearest_yuan_body(scan, p) != court.name:
        return None  # (县人民法院和县人民医院…该院: the hospital, the body named last)
    post = _judicial_head(court.name)
    return (court, post) if post else None


def _judicial_head(name: str) -> str | None:
    """The head's post of a court or procuratorate by its name's ending (检察院 → 检察长, 法院 → 院长):
    a procuratorate's head is no 院长 though its name ends in 院."""
    return next((v for k, v in _JUDICIAL_HEAD_POSTS.items() if name.endswith(k)), None)


def _nearest_yuan_body(scan: ArticleScan, p: int) -> str | None:
    """The name of the last agency or organisation ending in 院 found before p (该院's antecedent)."""
    hits = [m for m in scan.mentions_starting(max(0, p - _COURT_ANTECEDENT_REACH), p)
            if m.label in ("Agency", "Organization") and m.aend <= p
            and (m.norm or m.surface).endswith(_COURT_ANAPHORS[0][-1])]
    last = max(hits, key=lambda m: m.aend, default=None)
    return None if last is None else last.norm or last.surface


_COURT_ANTECEDENT_REACH = 3000  # characters before 该院 its antecedent is looked for in (bounded: no pass over the article)


_QUALIFIER_BRACKETS = {"）": "（", ")": "("}
_BRACKET_OPENS, _BRACKET_CLOSES = ("(", "（"), (")", "）")
_SECOND_NAME_REACH = 16  # a body's second name in brackets before a post: 区委党史研究室(区地方志办公室)主任
_COMMITTEE_SCHOOLS = frozenset(w for w, _ in _cue("committee_schools"))  # 党校: a committee's school
_SCHOOL_LABEL = "Organization"  # (a party school is a public institution, as org.public-institution finds it)
_POST_NOTE_REACH = 8  # a bracketed note between a post and its holder's name, brackets included: (主持日常工作)
_HELD_NOTE_REACH = 20  # a bracketed second post between a post and its holder's name, brackets included: (市疾控中心主任)
_BRACKET_NOTE_ENDS = tuple(w for w, _ in _cue("bracket_note_ends"))  # 级, 族, 女: a note on a person
_QUALIFIER_MAX = 4  # Han characters of a bracketed qualifier inside a body's name ((港澳), (境), (侨务))


def _association_kind(run: str) -> str | None:
    """The kind of association a run before a head's post names with no name of its own (商会,
    第三届总会, 总会三届理事会, 商会新一届, 第二届理事会: its term and council around it), "" where the run
    is only a term and council, or nothing; None where it holds anything else."""
    def term(rest: str) -> str:
        rest = next((rest[len(w):] for w in _TERM_WORDS if rest.startswith(w)), rest)
        m = _TERM_COUNCIL_RE.match(rest)
        rest = rest[m.end():] if m else rest
        return "" if rest in _TERM_COUNCILS else rest
    rest = term(run)
    kind = next((w for w in _ASSOCIATION_KINDS if rest.startswith(w)), "")
    return kind if not term(rest[len(kind):]) else None


def _qualifier_open(t: str, i: int, lo: int) -> int | None:
    """Where a bracketed qualifier closing right before i opens, when it stands inside a body's
    name: one to four Han characters in brackets between Han characters (四川省外事（港澳）办,
    出国（境）管理处: the office's name as written, one body).  None otherwise (a note after a name,
    王明（女）, is followed by no body character; a bracket holding a number or a clause is none)."""
    close = t[i - 1:i]
    if close not in _QUALIFIER_BRACKETS or i >= len(t) or not is_han(t[i]):
        return None
    k = t.rfind(_QUALIFIER_BRACKETS[close], max(lo, i - 2 - _QUALIFIER_MAX), i - 1)
    inside = t[k + 1:i - 1] if k > lo else ""
    if not inside or not is_han(t[k - 1]) or not all(is_han(c) for c in inside) or inside.endswith(_BRACKET_NOTE_ENDS):
        return None  # (王伟（正部级）率…, 马林（回族）: a note on a person, no part of a name)
    return k


_QUOTED_NAME_MAX = 10  # Han characters of a programme's quoted name inside a body's (“百千万工程”指挥部)


def _quoted_name_open(t: str, i: int, lo: int) -> int | None:
    """Where the quotes open that close right before i inside a body's name: a programme's name of Han
    characters only, quoted between the body's scope and its organ (清城区委书记、区“百千万工程”指挥部总指挥
    廖家杰: the chain of posts goes on past the quotes to 区委书记).  None otherwise (a quote followed by
    no Han character, or holding a clause, a number or a name too long)."""
    if t[i - 1:i] not in _CLOSE_QUOTES or i >= len(t) or not is_han(t[i]):
        return None
    k = t.rfind(_OPEN_QUOTE, max(lo, i - 2 - _QUOTED_NAME_MAX), i - 1)
    inside = t[k + 1:i - 1] if k > lo else ""
    return k if inside and is_han(t[k - 1]) and all(is_han(c) for c in inside) else None


_SECOND_OFFICE_NAMES = tuple(sorted({w for pair in _BARE_OFFICE_SHORTS.items() for w in pair}, key=len, reverse=True))
_SECOND_NAME_MAX = 12  # Han characters of an office's second name in brackets (省人民政府港澳事务办公室)
_OFFICE_NAME_ENDS = ("办", "办公室")  # the first name of an office that bears a second one


def _second_office_name_open(t: str, pos: int, lo: int) -> int:
    """Where the brackets open that close right before a post at `pos` and hold an office's second name
    (山东省外办(港澳办)副主任, 省人民政府外事办公室(港澳事务办公室)主任, 省侨办(省外办)主任: one office of
    a province or a city under two names, `bare_office_shorts`, its head holding one post): the post
    is the head's of the office written first.  `pos` itself when no such brackets close there."""
    close = t[pos - 1:pos]
    if close not in _QUALIFIER_BRACKETS:
        return pos
    k = t.rfind(_QUALIFIER_BRACKETS[close], max(lo, pos - 2 - _SECOND_NAME_MAX), pos - 1)
    inside = t[k + 1:pos - 1] if k > lo else ""
    if not inside.endswith(_SECOND_OFFICE_NAMES) or not all(is_han(c) for c in inside) \
            or not t.endswith(_OFFICE_NAME_ENDS, lo, k):
        return pos
    return k


def _placeless_scope(prev: Body | None) -> str | None:
    """The one-character relative scope (旗, 县, 区) a body of no resolved place opens with (旗委):
    a bare organ after it in a chain of posts (旗委副书记、政府旗长, 政府党组副书记) is that scope's
    organ, as the text would write 旗政府, not the organ of the article's wider place (内蒙古自治区
    人民政府).  None for a placed body, a place or a body with no such scope."""
    if prev is None or prev.label != "Agency" or prev.place or len(prev.name) < 2:
        return None
    scope = prev.name[0]
    return scope if scope in _SCOPE_CHARS and _level_of_scope(scope) in ("county", "township") else None


def _level_of_scope(scope: str) -> str | None:
    return next((lvl for sc, lvl in _RELATIVE_SCOPES if sc == scope), None)


def _name_glued_to_post(scan: ArticleScan, p: int, post: str) -> str | None:
    """县政协王明主席: between a found body and its head's post the segmenter may read the name's
    last character with the post's first (明主 is a word) and the finder no name; there, two
    characters (a family name, then no common word, no place or body) right before the post, with
    or without 副, are the name.  Only in that frame (`_name_then_head_post`)."""
    t = scan.text
    name, k = t[p:p + 2], p + 2
    k += len(max((m for m in vocabulary().modifiers if t.startswith(m, k)), key=len, default=""))
    if not t.startswith(post, k) or not all(is_han(c) for c in name) or _is_word(name) \
            or name[1] in _NOT_GIVEN_CHARS or scan.names.overlaps(p, p + 2):
        return None
    return name


def _other_evidence(scan: ArticleScan, p: int, lo: int, verbs_before, speech):
    """A name after an appointment verb (任命X为), before 同志, or opening a statement (X表示)."""
    t = scan.text
    V = vocabulary()
    verbs, lengths, last = _verb_tables(verbs_before)
    if _no_evidence_before(scan, p, lo, last):
        return None, None  # (most candidates: no cue before p, no honorific after it)
    v = _verb_gap_start(t, p, lo)  # 任命了|王某为, 免去了年仅55岁的|何某…: the verb ends before the gap
    verb = 0 if last is not None and t[v - 1:v] not in last else \
        max((k for k in lengths if v - k >= lo and t[v - k:v] in verbs), default=0)
    if verb and (verb >= 2 or v < p or not _common_words().get(t[p - 1:p + 1])):
        name = scan.names.name_at(p) or scan.names.syllabic_name_at(p)  # (任何税收: 任 is no verb there;
        # 免去|路正阳: 免去 is one; 补选|公保扎西为: a name of syllables, as after a post)
        if name and (t.startswith(_AS_OF + (_COMRADE,), _past_note(t, p + len(name)))):
            return name, "posts.appointment"
        if V.verbs.get(t[v - verb:v]) == "remove" and name is None and (short := _particle_name_before_de(scan, p)):
            return short, "posts.appointment"  # 免去张为的上海市副市长职务
        if V.verbs.get(t[v - verb:v]) == "remove" and (name := name or _name_before_mention(scan, p)) \
                and scan.names._mention_at(p + len(name)) and _duty_closes(t, p + len(name), len(t)):
            return name, "posts.appointment"  # 免去卢某泉州市人民政府副市长职务: the body right after the name
    opens = p == lo or t[p - 1] in _OPENING_STOPS or _spaced_after_stop(t, p, lo) or t.endswith(_RESPECTIVELY_FOLLOW, lo, p) or \
        _dated_opening(t, p, lo) or \
        t.endswith(_DECIDED_BY, lo, p) or \
        (t.endswith(_NOW, lo, p) and t.startswith(_HOLD_VERBS, p + len(scan.names.name_at(p) or " "))) or \
        (p in scan.body_ends and _speech_may_follow(t, p, tuple(speech) + _BODY_NAME_CLOSERS))  # 县农业农村局|李明介绍 (only before speech, below)
    hon = _scan_tables()[2]  # an honorific wholly inside t[p + 2:p + 7]
    honoured = hon is not None and hon.search(t, p + 2, p + 7) is not None
    met = not opens and (t.endswith(_MEET_BEFORE, lo, p) or _led_under(t, p))  # 会见了王毅国务委员: the name and title inside a clause
    placed = not opens and p in scan.opening_place_ends  # 周至县|朱建平副县长: the place's official, named first
    if (opens or met or placed) and (first := _name_before_post(scan, p)):
        return first, "posts.name-first"  # 毛伟明副省长主持…, 李强总理出席…
    if not opens and (listed := _name_post_list_item(scan, p, lo)):
        return listed, "posts.name-first"  # 王国平局长、陈坚副局长…, 参会人员有石光厅长、马涛副厅长
    if (opens or met) and (first := _name_before_bare_post(scan, p, speech=opens)) \
            and not (met and _country_implied_re().match(t, p + len(first))):
        return first, "posts.name-first"  # 温振顺总领事拜会…: a person, his post of no body written (应习近平主席邀请;
        # 应高克总统邀请: a foreign state's post, `_foreign_names_first` reads it with its country)
    if not opens and t[p - 1:p] == "的" and (passive := scan.names.name_at(p)) \
            and _passive_appointment(scan, p + len(passive)):
        return passive, "posts.appointment"  # 不满46岁的陆昊被任命为黑龙江省代省长
    if not opens and t[p - 1:p] == "的" and (described := scan.names.name_at(p)) \
            and _resume_verb_after_comma(t, p + len(described)):
        return described, "posts.resume"  # 1963年出生的胡泽，现任来凤县委书记; …区长的吴智明，拟任未央区委书记
    if not opens and t[p - 1:p] in _SPACES and p - 1 > lo and _HAN_RE.match(t[p - 2]) \
            and (spaced := scan.names.name_at(p)) and _appointed_after(scan, p + len(spaced)):
        return spaced, "posts.appointment"  # 张吉福任平谷区委书记 齐静任怀柔区委书记: a headline list
    if not opens and _after_post_item(t, p) and (listed := scan.names.name_at(p)) \
            and t.startswith(_AS_OF[0], p + len(listed)) and _carried_verb(t, lo, p, verbs_before):
        return listed, "posts.appointment"  # 选举A为…主任、B为县长: the next item of the election's list
    requested = not opens and _request_subject(t, lo, p)
    if not (opens or honoured or requested):
        return None, None  # no evidence can follow: spare the segmenter (most characters end here)
    joined = p > lo and _common_words().get(t[p - 1:p + 1])  # 各位同志: 位 is no family name here
    strong = scan.names.name_at(p) if not joined else None
    if strong is None and opens and not joined and (syl := scan.names.syllabic_name_at(p)) \
            and t.startswith(_TAKING_VERBS + _HELD_VERBS, p + len(syl)):
        strong = syl  # 此前，旦巴|担任…: a name of syllables opening a clause of taking or holding a post
    if strong is None and requested and not joined:
        strong = scan.names.name_at(p, after_post=True)  # 接受|多杰热旦|辞去…职务的请求, 接受|布小林|辞去…:
        # the request frames the name as a post does (names of syllables, family names read only after a post)
    if strong and opens and (whole := _resume_gender_name(t, p, strong)):
        strong = whole  # 陈敬就，男，1974年5月出生: the name runs to the comma before the sex (就 no adverb)
    after = p + len(strong) if strong else p
    if strong and t.startswith(_ETC, after):
        after += len(next(w for w in _ETC if t.startswith(w, after)))  # 李红梅、王志刚等同志
    if strong and _honorific_after(t, after, p == lo or t[p - 1] in _TITLE_OPENERS, strong) and \
            not (t[p] in _PREPOSITIONS and p > lo and is_han(t[p - 1])):
        _comrades_before(scan, p, lo)
        return strong, "posts.honorific"  # (回信向学昭同志: 向 is a preposition there)
    if strong and requested:  # 接受杨某辞去市人民政府市长职务的请求: only the act the request names
        after = p + len(strong)
        after += _reason_length(t, after)  # 因工作变动
        verb = next((w for w in _verb_kinds("remove") if t.startswith(w, after)), None)
        if verb and scan.chain_after(after + len(verb), _clause_end(t, after + len(verb), len(t))):
            return strong, "posts.appointment"
        if t.startswith(_REQUEST_RESIGNATIONS, after):
            return strong, "posts.appointment"  # 关于接受于某辞职请求的决定: a person, the post not written
        return None, None
    if strong and opens and t[p - 1:p] in "，," and _held_before(scan, lo, p - 1):
        return strong, "posts.held-before"  # 作为县委书记，王刚要求…
    if strong and opens:  # 赵志刚当选为…, 陈建国调任…, 张三任…局长: the subject of an appointment
        after = _past_adverbs(t, p + len(strong))  # 许宏球|已于近日|履新…: the verb after its adverbs
        if _moved_from(scan, after, len(t)):
            return strong, "posts.appointment"  # 杨某从莲都区区长任缙云县委书记
        counted = _OTHERS_COUNTED_RE.match(t, after)  # 任命A为…，C等3名同志为…: C and two more
        if t.startswith(_AS_OF, counted.end() if counted else after) and _carried_verb(t, lo, p, verbs_before):
            return strong, "posts.appointment"  # 任命A为…，B为…; 决定免去：\nC的…职务
        noted = _past_note(t, after)  # 张永霞(女)，1968年12月生，…: a woman's mark after the name
        if t[noted:noted + 1] in ("，", ",") and (t.startswith(_RESUME_OPENERS, noted + 1)
                                                  or _BIRTH_CLAUSE_RE.match(t, noted + 1)
                                                  or _line_of_posts(scan, p, noted + 1)):
            return strong, "posts.resume"  # 王建华，男，汉族，…; 蒋建明，1962年12月生，…: a resume opens with the name
        if any(t.startswith(w, after) for w in _verb_kinds("nominate", "elect", "transfer", "promote")
               if len(w) >= 2):
            return strong, "posts.appointment"
        if (past := _past_succeeded(scan, after, len(t))) > after and _taken_after(scan, past, len(t)):
            return strong, "posts.appointment"  # 王正伟接替马启智任自治区人民政府代主席
        if _held_after(scan, after, len(t)) or _career_after(scan, after):
            return strong, "posts.appointment"  # 王强现任县委副书记, 张伟作为常务副县长…, 李明曾任…
        if t.startswith(_PASSIVE, after) and any(t.startswith(w, after + len(_PASSIVE))
                                                 for w in _verb_kinds("remove") if len(w) >= 2):
            after += len(_PASSIVE)  # 秦刚|被|免去外长职务: removed, as by 免去 written before the name
        after = _own_request_end(t, after, len(t))  # 于某因已调任…，请求|辞去…职务: the request's own act
        for w in _verb_kinds("appoint", "remove"):  # 任 is common: only with the post it gives
            if t.startswith(w, after):
                r = after + len(w) + (1 if t.startswith("为", after + len(w)) else 0)
                if t.startswith(_VISIT_VERBS, r):
                    break  # 陈泳到任拜会长崎市市长: the mayor is the host, no post 陈泳 takes
                if scan.chain_after(r, _clause_end(t, r, len(t))) or _double_hatted(scan, r, len(t)):
                    return strong, "posts.appointment"
                break
    if opens and (name := _body_officer(scan, p)):
        return name, "posts.body-officer"
    if not opens or not _speech_may_follow(t, p, speech):
        return None, None
    name = scan.names.name_at(p, strong=False)
    if name is None:
        return None, None
    e = p + len(name)
    if any(t.startswith(w, e) for w in speech):
        return name, "posts.speech"
    return None, None


@lru_cache(maxsize=1)
def _evidence_before_chars() -> frozenset[str] | None:
    """The characters right before p that some test of `_other_evidence` needs (besides an
    appointment verb's last character): an opening mark, a space, 、, 的, 在, 年月日, the gap's
    last characters and the last character of every word it looks back for (分别为, 决定由, 目前,
    会见了, 参会人员有, 接受).  None when a word is empty (then any character can end one)."""
    words = _RESPECTIVELY_FOLLOW + _DECIDED_BY + _NOW + _MEET_BEFORE + _NAME_POST_LIST_OPENERS + _REQUEST_BEFORE
    if _VERB_GAP_LAST is None or not all(words):
        return None
    marks = set(_OPENING_CHARS) | set(_SPACES) | set(_SPACED_STOPS) | {"、", "的", _AT, "年", "月", "日"}
    return frozenset(marks | _VERB_GAP_LAST | {w[-1] for w in words})


def _no_evidence_before(scan: ArticleScan, p: int, lo: int, last: frozenset | None) -> bool:
    """Can no test of `_other_evidence` pass at p?  Every one but two needs a character right
    before p of `_evidence_before_chars` or a verb's last one (`last`); the two others, p right
    after a body (`body_ends`) or a place opening its clause (`opening_place_ends`) and an honorific in
    t[p + 2:p + 7], are asked here too.  One set
    test spares the dozen look-backs at most of its 40k candidates on 2 MB (the answer is the same)."""
    chars = _evidence_before_chars()
    if p <= lo or chars is None or last is None:
        return False
    t = scan.text
    c = t[p - 1]
    if c in chars or c in last or p in scan.body_ends or p in scan.opening_place_ends:
        return False
    hon = _scan_tables()[2]
    return hon is None or hon.search(t, p + 2, p + 7) is None


# what closes a name right after a body as that body's officer (发布会由…新闻办公室张竞怡|主持, a
# presser's speaker label …新闻办公室张竞怡|：), posts_words `body_name_closers`
_BODY_NAME_CLOSERS = tuple(sorted((w for w, _ in _cue("body_name_closers")), key=len, reverse=True))
_LABEL_MARKS = "：:"


def _body_officer(scan: ArticleScan, p: int) -> str | None:
    """发布会由陕西省人民政府新闻办公室张竞怡主持, 陕西省人民政府新闻办公室张竞怡：(a line of its own,
    the speaker's label of a transcript): a name right after a body's end, closed by a word of
    `body_name_closers` (a colon only where the label ends its line and the body opens it)."""
    if p not in scan.body_ends or not _speech_may_follow(scan.text, p, _BODY_NAME_CLOSERS):
        return None
    t = scan.text
    name = scan.names.name_at(p, strong=False)
    if name is None or _is_word(name):
        return None
    e = p + len(name)
    w = next((w for w in _BODY_NAME_CLOSERS if t.startswith(w, e)), None)
    if w is None or (w in _LABEL_MARKS and not _label_line(scan, p, e + len(w))):
        return None
    return name


def _label_line(scan: ArticleScan, p: int, e: int) -> bool:
    """Is t[:e] a line that is a body's name and the name ending at p (a speaker's label): the line
    ends at e, and a body mention opens the line and ends at p?"""
    t = scan.text
    if e < len(t) and t[e] != "\n":
        return False
    start = t.rfind("\n", 0, p) + 1
    return any(m.astart == start and m.aend == p for m in scan.mentions
               if m.label in ("Agency", "Organization"))


# the characters a name `NameFinder.name_at` reads can hold: Han, the dots of a foreign name's
# parts, the transliteration syllables (`_transliterated`)
_NAME_CHARS_RUN = re.compile(f"[{HAN}·•{''.join(re.escape(c) for c in sorted(_TRANSLIT))}]*")


# the longest name `name_at` reads: eight characters (a window; a transliteration run), then each
# further part after a dot eight more and its dot (`_transliterated`); the run is looked at no further
_NAME_REACH = 8 + 9 * _DOTTED_PARTS_MAX


@lru_cache(maxsize=8)
def _speech_re(speech: tuple[str, ...]) -> re.Pattern | None:
    """The verbs of speech as one regex (None when one is empty: it follows anything)."""
    if not speech or "" in speech:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(speech, key=len, reverse=True)))


def _speech_may_follow(t: str, p: int, speech) -> bool:
    """Can a verb of speech start where a name at p ends (王刚|表示)?  A name is two characters
    at least, all of `_NAME_CHARS_RUN`'s: no verb of speech opening within that run's reach from
    p + 2 means none can, and the weak reading of a name there (the segmenter's tag, the slow
    part of `_other_evidence` at a clause's opening) is spared; a bounded look."""
    rx = _speech_re(tuple(speech))
    if rx is None:
        return True
    run = _NAME_CHARS_RUN.match(t, p, min(len(t), p + _NAME_REACH)).end()
    if run < p + 2:
        return False
    m = rx.search(t, p + 2, run + max(map(len, speech)))
    return m is not None and m.start() <= run


_VERB_GAP_RE = re.compile(  # 了 after the verb, an age phrase before the name (年仅55岁的, 现年48岁的)
    f"(?:{_alt(w for w, _ in _cue('verb_gap_particles'))})?"
    f"(?:(?:{_alt(w for w, _ in _cue('age_openers'))})?[{DIGIT}{CHINESE_NUMERALS}]{{1,3}}"
    f"(?:{_alt(w for w, _ in _cue('age_closers'))})的)?$")
_VERB_GAP_REACH = 10  # characters between an appointment verb and the name, at most (了年仅55岁的)
# the characters a gap can end with (a particle's last, the age phrase's 的); None where a particle
# is empty (then any character can end one)
_VERB_GAP_LAST = None if any(not w for w, _ in _cue("verb_gap_particles")) \
    else frozenset(w[-1] for w, _ in _cue("verb_gap_particles")) | {"的"}


def _verb_gap_start(t: str, p: int, lo: int) -> int:
    """Where the words between an appointment verb and the name at p open, else p: the particle
    of a done act (任命了|王某为) and an age phrase describing the person (免去了年仅55岁的何亚非…
    职务): they leave the verb governing the name.  Only these (a bounded match on the few
    characters before p): any other description keeps the name apart from the verb.  A gap ends
    with a particle's last character or 的: before any other (most candidates) the regex, which
    tries each of the ten positions before p, can only find the empty gap, and is not run."""
    if _VERB_GAP_LAST is not None and t[p - 1:p] not in _VERB_GAP_LAST:
        return p
    m = _VERB_GAP_RE.search(t, max(lo, p - _VERB_GAP_REACH), p)
    return m.start() if m is not None and m.end() == p else p


_SPACED_STOPS = "，,。；;：:"
_SPACED_REACH = 3  # spaces a scraped page leaves after a comma (记者发现, 郑云峰作为…)


_DATED_OPENING_RE = re.compile(r"(?:^|[，,。；;：:\n])\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?$")
_DATED_REACH = 12  # characters of a date between a clause's opening and a name (2023年7月|罗蔺任…)


_DATED_VERBS = tuple(_verb_kinds("appoint", "nominate", "elect", "transfer", "promote", "remove", "career", "former"))


def _dated_opening(t: str, p: int, lo: int) -> bool:
    """Does a date with its year open the clause right before p (…。2023年7月|罗蔺任两江新区党工委书记)?
    The name after it opens the clause as after punctuation.  Reads _DATED_REACH characters back."""
    if p <= lo or t[p - 1] not in "年月日" or t.startswith(_DATED_VERBS, p):
        return False  # (2017年5月|任省委常委: the verb of the resume's unwritten subject, no family name 任)
    a = max(lo, p - _DATED_REACH)
    m = _DATED_OPENING_RE.search(t[a:p])
    return m is not None and (m.start() > 0 or a == lo or t[a - 1] in "，,。；;：:\n" or m.group()[:1] in "，,。；;：:\n")


def _spaced_after_stop(t: str, p: int, lo: int) -> bool:
    """Does the clause open at p after a stop and a few spaces (记者发现, 鄭云峰作為常務副市長: a
    scraped page's space after the comma)?  The name opens its clause as after the stop itself."""
    k = p
    while k > lo and p - k < _SPACED_REACH and t[k - 1] in _SPACES:
        k -= 1
    return k < p and k > lo and t[k - 1] in _SPACED_STOPS


_CONCURRENT_LINE = "\n兼"  # 舒庆副市长|\n兼市公安局局长,负责…: a 领导分工 page's next line


def _concurrent_next_line(scan: ArticleScan, k: int) -> list[tuple[Body, str, int]]:
    """A leaders' division-of-work page writes each leader's line as name and post (舒庆副市长) and
    opens the next with the posts held with it (兼市公安局局长,负责公安…): those posts, read
    after 兼 up to the clause's end, are the same person's; none when the next line opens otherwise."""
    t = scan.text
    if not t.startswith(_CONCURRENT_LINE, k):
        return []
    r = k + len(_CONCURRENT_LINE)
    return scan.chain_after(r, _clause_end(t, r, len(t)))


def _past_note(t: str, e: int) -> int:
    """Where the text goes on after a short note in brackets right after a name (免去邓英（女）的…职务,
    任命马林（回族）为…: the notices write a woman's or a minority's mark there), else e; the note
    is at most six characters (the bound keeps the look-ahead short)."""
    if t[e:e + 1] not in ("（", "("):
        return e
    close = t.find("）" if t[e] == "（" else ")", e + 1, e + 8)
    return close + 1 if close > e + 1 else e


def _appointed_after(scan: ArticleScan, e: int) -> bool:
    """Does a verb that gives a post (任, 出任, 当选为) or takes one away (辞去, 免去: 王维任苏州市代市长
    吴庆文辞去市长职务) and a post read after it follow a name ending at e?  (A name after a space in
    a headline list of appointments is their subject only so.)"""
    t = scan.text
    w = next((w for w in _verb_kinds("appoint", "elect", "promote", "transfer", "remove") if t.startswith(w, e)), None)
    if w is None:
        return False
    r = e + len(w) + (1 if t.startswith(_AS_OF[0], e + len(w)) else 0)
    return bool(scan.chain_after(r, _clause_end(t, r, len(t))))


def _passive_appointment(scan: ArticleScan, e: int) -> bool:
    """Does 被 and a verb that gives a post follow a name ending at e, with a post read after it
    (…的陆昊被任命为黑龙江省代省长, …的李明被提拔为副县长)?  Such a name, after a description ending
    in 的, is the appointee though no punctuation opens it.  So is one whose verb follows a comma
    and adverbs, passive or not (调重庆任职的许宏球，|已于近日|履新…管委会主任: the description is his)."""
    t = scan.text
    r = e + 1 if t[e:e + 1] in "，," else e
    r = _past_adverbs(t, r)
    if t.startswith(_PASSIVE, r):
        r += len(_PASSIVE)
    elif r == e:
        return False  # (…的王某|任…: 任 and the like after a bare name are read by the clause's own rules)
    w = next((w for w in _verb_kinds("appoint", "elect", "promote", "transfer") if len(w) >= 2 and t.startswith(w, r)), None)
    if w is None:
        return False
    r += len(w) + (1 if t.startswith(_AS_OF[0], r + len(w)) else 0)
    return bool(scan.chain_after(r, _clause_end(t, r, len(t))))


def _request_subject(t: str, lo: int, p: int) -> bool:
    """Is a name at p the subject of an act that a verb before it takes as its object (接受|杨某辞去
    …职务的请求, 同意|…), or the next item of a list of such acts (…市长职务、|邓某辞去…职务)?"""
    if t.endswith(_REQUEST_BEFORE, lo, p):
        return True
    return p - 1 > lo and t[p - 1] == "、" and t.endswith(_DUTIES, lo, p - 1)


def _moved_from(scan: ArticleScan, q: int, hi: int):
    """杨某从莲都区区长任缙云县委书记: after a name, 从, the posts left, a verb of appointment and the
    posts taken.  (left posts, verb, taken posts), or None when the text is not that shape (从事: a
    word, not 从)."""
    t = scan.text
    if not t.startswith(_FROM_POST, q) or _is_word(t[q:q + 2]):
        return None
    r = q + len(_FROM_POST)
    end = _clause_end(t, r, hi)
    left = scan.chain_after(r, end)
    if not left:
        return None
    _, post, at = left[-1]
    k = t.find(post, at, end)
    if k < 0:
        return None
    k += len(post)
    verb = next((w for w in _verb_kinds("appoint", "transfer", "promote") if t.startswith(w, k)), None)
    if verb is None:
        return None
    k += len(verb) + (1 if t.startswith(_AS_OF[0], k + len(verb)) else 0)
    taken = scan.chain_after(k, end)
    return (left, verb, taken) if taken else None


def _comrades_before(scan: ArticleScan, p: int, lo: int) -> None:
    """县领导张建国、李红梅、王志刚同志出席: 同志 after the last name of a 、-list marks every name of
    it a person (no post: none is written).  Each item must be exactly a name the finder reads."""
    t = scan.text
    k = p
    while k - 1 > lo and t[k - 1] == "、":
        item = next((j for j in range(k - 2, max(lo, k - 6) - 1, -1)
                     if scan.names.name_at(j) and j + len(scan.names.name_at(j)) == k - 1), None)
        if item is None:
            return
        scan.persons.add(t[item:k - 1], item, k - 1, "posts.honorific-list")
        k = item


def _past_succeeded(scan: ArticleScan, q: int, hi: int) -> int:
    """王正伟|接替马启智|任…: past a word of succeeding and the name of the one succeeded, where the
    verb and the posts the successor takes follow; q itself where no such words are written."""
    t = scan.text
    w = next((w for w in _SUCCEEDED_BEFORE if t.startswith(w, q)), None)
    if w is None or q + len(w) >= hi:
        return q
    pred = scan.names.name_at(q + len(w))
    return q + len(w) + len(pred) if pred else q


def _taken_after(scan: ArticleScan, q: int, hi: int) -> bool:
    """Does a verb of taking a post (任, 担任, 出任 …) and a chain of posts follow at q?"""
    t = scan.text
    for w in _verb_kinds("appoint", "transfer", "promote"):
        if t.startswith(w, q):
            r = q + len(w) + (1 if t.startswith("为", q + len(w)) else 0)
            return bool(scan.chain_after(r, _clause_end(t, r, hi)))
    return False


_ACTING_POSTS = tuple(w for w, _ in _cue("acting_marks"))  # 代: 代主席, 代市长 (held until the election)
_SUCCEEDED_RE = re.compile("|".join(map(re.escape, sorted(_SUCCEEDED_BEFORE, key=len, reverse=True))) or "(?!)")


def _succeeded_holders(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """接替刘国中出任陕西省省长的郝会龙, 王正伟接替马启智任自治区政府主席: the one succeeded, named right
    after the word of succeeding, held the posts the successor takes (the verb and the posts right
    after his name): they are his as held before (status former).  The successor's own posts are
    read where his name is (`_after_name`, `chain_before`).  One search per word of succeeding in
    the sentence; the posts are read in the clause only."""
    t = scan.text
    for m in _SUCCEEDED_RE.finditer(t, lo, hi):
        q = m.end()
        name = scan.names.name_at(q)
        if not name or scan.persons.crosses(q, q + len(name)):
            continue
        e = q + len(name)
        verb = next((w for w in _verb_kinds("appoint", "transfer", "promote") if t.startswith(w, e)), None)
        if verb is None:
            continue
        r = e + len(verb) + (1 if t.startswith(_AS_OF[0], e + len(verb)) else 0)
        posts = scan.chain_after(r, _clause_end(t, r, hi))
        if not posts:
            continue
        scan.persons.add(name, q, e, "posts.succeeded")
        for body, post, at in posts:
            if not post.startswith(_ACTING_POSTS):  # 接替马启智任…代主席: the acting post is the successor's alone
                scan.holdings.append(Holding(name, q, e, body, post, "former", date, "posts.succeeded", at))


_LEFT_AFTER = tuple(sorted((w for w, _ in _cue("left_after_name")), key=len, reverse=True))  # 免职, 辞职


def _left_after(t: str, e: int, hi: int) -> bool:
    """Does the clause after a name say the person left the posts written before it (工委书记、管委会
    主任皮黔生|被免职, 县长王某|已辞职): a word of posts_words `left_after_name` right after the
    adverbs, closing the clause (…辞职的原因 goes on: no such statement)?"""
    q = _past_adverbs(t, e)
    w = next((w for w in _LEFT_AFTER if t.startswith(w, q)), None)
    return w is not None and (q + len(w) >= hi or t[q + len(w)] in _CLAUSE_STOP)


_COUNTED_SPANS = {w: units for w, units in _cue("counted_span_adverbs")}  # 连续: 年届次
_SPAN_COUNT = re.compile(f"[0-9{CHINESE_NUMERALS}两]{{1,3}}")


def _past_counted_span(t: str, q: int) -> int:
    """李保俊连续|两年|担任…: past the count and its unit after an adverb opening a counted span
    (posts_words `counted_span_adverbs`, which ends at q), else q."""
    w = next((w for w in _COUNTED_SPANS if t.endswith(w, 0, q)), None)
    m = _SPAN_COUNT.match(t, q) if w else None
    if m and t[m.end():m.end() + 1] and t[m.end()] in _COUNTED_SPANS[w]:
        return m.end() + 1
    return q


# 解维俊则于今年2月7日|被补选为, 李峰于2015年2月13日|被任命为: the day of the act between a name and its verb
_DATED_AT_OPENERS = ("则于", "于")
_DATED_AT_RE = re.compile(r"则?于(?:(?:今年|去年|[0-9０-９]{4}年)(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?"
                          r"|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)")


_SCOPE_OPENERS = frozenset(w for w in L.words("organ_scope_chars"))  # 省 市 县 区 … (cue_words.tsv)
_ITEM_BREAKS = "、，,；;：:"


def _scoped_organ_before(t: str, lo: int, k: int) -> bool:
    """Is the list item ending at `k` (where its post word starts) an organ written with its level
    alone (市监察委, 县法院, 市中级人民法院): a government body of the story's own place, whose 负责人
    in a list of attendees is someone unnamed, no post of the name the list ends with?  The item
    opens after the last 、 or comma before it (at most `_ITEM_REACH` characters back)."""
    reach = max(lo, k - _ITEM_REACH)
    start = max(reach, rfind_any(t, _ITEM_BREAKS, reach, k) + 1)  # (read back no further than the reach)
    return k - start >= 2 and t[start] in _SCOPE_OPENERS


_ITEM_REACH = 16  # characters back from a 负责人 to the start of its body


def _past_adverbs(t: str, q: int) -> int:
    """Where the verb after a name starts, past the adverbs of appointment_verbs written between
    them (X就被提拔为, X已正式出任, 许宏球已于近日履新), the date of the act (解维俊则于今年2月7日被补选为)
    and the count a counted span's adverb opens (X连续两年担任): each pass moves over one, so the
    loop ends within the clause."""
    adverbs = _verb_kinds_sorted(("adverb",))  # (a tuple: one startswith says whether a pass moves)
    if t.startswith(_DATED_AT_OPENERS, q) and (d := _DATED_AT_RE.match(t, q)):
        q = d.end()
    moved = True
    while moved and t.startswith(adverbs, q):
        moved = False
        for w in adverbs:
            if t.startswith(w, q):
                q = _past_counted_span(t, q + len(w))
                moved = True
                break
    return q


# 等3名同志, 等五人: a name and the count of the others appointed with it, unnamed (任命申某等3名同志为委员)
_OTHERS_COUNTED_RE = re.compile(rf"等[{DIGIT}{CHINESE_NUMERALS}]{{1,3}}(?:名|位|人)(?:{_COMRADE})?")


def _after_name(scan: ArticleScan, name: str, p: int, e: int, hi: int, date, verbs_before) -> None:
    """Posts given after a name: X出任…, X（白族）就被提拔为…, X拟任…, 任命X为…, 免去X的…职务."""
    t = scan.text
    V = vocabulary()
    if t.endswith(_SUCCEEDED_BEFORE, max(0, p - 2), p):
        return  # 王正伟接替|马启智任…主席: the successor takes the post, not the one succeeded
    q = e
    counted = _OTHERS_COUNTED_RE.match(t, q)  # 申某等3名同志|为…委员: the first named of those appointed
    q = counted.end() if counted else q
    if t.startswith(_COMRADE, q):
        q += len(_COMRADE)
    if q < hi and t[q] in "（(":
        close = t.find("）" if t[q] == "（" else ")", q, min(hi, q + 12))
        if close > 0:
            q = close + 1
    if q < hi and t[q] in "，,":
        q += 1
    q = _past_adverbs(t, q)
    q = _past_succeeded(scan, q, hi)  # 王正伟接替马启智|任…: the successor takes the post
    if q == e and t.endswith(_REQUEST_BEFORE, 0, p):  # 接受陈某|因工作变动|辞去…: the act after its reason
        q += _reason_length(t, q)
    elif q == e:
        q = _own_request_end(t, q, hi)  # 于某因已调任…，请求|辞去…职务 (renda92)
    kinds = V.verbs
    v = _verb_gap_start(t, p, 0)  # 任命了|王某为, 免去了年仅55岁的|何某的…
    before = t[max(0, v - 4):v]
    verb = next((w for w in verbs_before if before.endswith(w)), None)
    comrade = q == e + len(_COMRADE) and t.startswith(_COMRADE, e) \
        or counted is not None and q == counted.end()  # 任命A同志为…，B同志为…, C等3名同志为…
    if verb is None and (q == e or comrade) and p > 0 and (t[p - 1] in "，,；;\n：:" or _after_post_item(t, p)
                                                           or _colon_spaces_before(t, p) < p) \
            and t.startswith(_AS_OF, q):
        verb = _carried_verb(t, t.rfind("\n", 0, p) + 1, p, verbs_before)  # 选举A为…，B为…
    if verb is None and (q == e or comrade) and t.startswith(_AS_OF, q):
        verb = _verb_before_chain(scan, p, verbs_before)  # 任命县委副书记纪某同志为…
    if verb is None and comrade:
        verb = _removal_item_verb(t, p, verbs_before)  # 免去A同志…职务、B同志…副市长职务
    if q == e and (first := _posts_after_name(scan, e, name)):
        status = _acting_status(t, p, first)
        for body, post, at in first:
            body = _earlier_holding(scan, name, post, body) or body
            scan.holdings.append(Holding(name, p, e, body, post, status, date, "posts.name-first", at))
        for body, post, at in _concurrent_next_line(scan, first[-1][2] + len(first[-1][1])):
            scan.holdings.append(Holding(name, p, e, body, post, None, date, "posts.name-first", at))
        return
    if t.startswith(("为", "的"), q) and verb is not None:
        status = _STATUS.get(kinds[verb])
        q += 1
        for body, post, at in _posts_through_duty(scan, q, hi):
            scan.holdings.append(Holding(name, p, e, body, post, status, date, "posts.appointment", at))
        if status != "removed":
            _its_removal(scan, name, p, e, q, hi, date)
            _its_appointment(scan, name, p, e, q, hi, date)
        return
    if verb is not None and kinds[verb] == "remove" and _duty_closes(t, q, hi):
        for body, post, at in _posts_through_duty(scan, q, hi):  # 免去X同志县财政局局长职务
            scan.holdings.append(Holding(name, p, e, body, post, "removed", date, "posts.appointment", at))
        return
    if moved := _moved_from(scan, q, hi):  # 从A任B: A was held, B is taken
        left, verb, taken = moved
        for body, post, at in left:
            scan.holdings.append(Holding(name, p, e, body, post, "former", date, "posts.appointment", at))
        for body, post, at in taken:
            scan.holdings.append(Holding(name, p, e, body, post, _STATUS.get(kinds[verb]), date,
                                         "posts.appointment", at))
        return
    if held := _held_after(scan, q, hi):
        for body, post, at in held:
            scan.holdings.append(Holding(name, p, e, body, post, None, date, "posts.appointment", at))
        return
    if acting := _acting_after(scan, q, hi):
        for body, post, at in acting:
            scan.holdings.append(Holding(name, p, e, body, post, "appointed", date, "posts.appointment", at))
        return
    if posted := _posted_to_village(scan, q, hi):
        scan.holdings.append(Holding(name, p, e, posted[0], posted[1], "appointed", date, "posts.appointment",
                                     posted[2]))
        return
    if posted := _serving_village(scan, q, hi):
        scan.holdings.append(Holding(name, p, e, posted[0], posted[1], None, date, "posts.appointment", posted[2]))
        return
    for w in _verb_kinds("appoint", "nominate", "elect", "transfer", "promote", "career", "remove"):
        if t.startswith(w, q):
            r = q + len(w)
            if t.startswith("为", r):
                r += 1
            if t.startswith(_VISIT_VERBS, r):
                return  # 陈泳到任|拜会长崎市市长: the mayor is the host, no post 陈泳 takes
            status = _STATUS.get(kinds[w])
            before = t[:p - 1] if t[p - 1:p] in "，," else t[:p]  # (此前，张某任…)
            if status != "removed" and before.endswith(_EARLIER):
                status = "former"  # 此前张某任固原市委书记
            elif w in _HOLD_VERBS and before.endswith(_NOW):
                status = None  # 目前，李明任县委副书记: held now, no appointment told
            got = _posts_through_duty(scan, r, hi) or _double_hatted(scan, r, hi) or _that_post(scan, name, p, r)
            if _candidates_named_after(scan, got):
                return  # 部长龚某，拟任副区长人选赵某、董某: the candidates are named after the post
            for body, post, at in got:
                scan.holdings.append(Holding(name, p, e, body, post, status, date, "posts.appointment", at))
            if status != "removed":
                _its_removal(scan, name, p, e, r, hi, date)
            return


def _candidates_named_after(scan: ArticleScan, posts: list[tuple[Body, str, int]]) -> bool:
    """部长龚某，拟任区人民政府副区长人选赵某、董某: a post a verb of proposal gives, followed by a
    candidate note (人选, 候选人) and a name, is proposed for the names after the note, not for the
    name before the verb (a guest list: who sat in, who is proposed)."""
    if not posts:
        return False
    t = scan.text
    end = posts[-1][2] + len(posts[-1][1])
    note = next((w for w in _CANDIDATE_NOTES if t.startswith(w, end)), None)
    return note is not None and scan.names.name_at(end + len(note)) is not None


_THAT_POST = tuple(w for w, _ in _cue("that_post_words"))  # 该职务, 该职, 此职


def _that_post(scan: ArticleScan, name: str, p: int, r: int) -> list[tuple[Body, str, int]]:
    """陈寅曾任上海市副市长。…陈寅再次担任该职: 该职 after a verb of taking points back to the post
    the same person was last read holding before (its body and post), taken again; [] where no
    such word follows the verb or no earlier post of that name was read."""
    if not scan.text.startswith(_THAT_POST, r):
        return []
    last = next((h for h in reversed(scan.holdings) if h.person == name and h.pend <= p), None)
    return [(last.body, last.post, r)] if last is not None else []


_ASIDE = "[^（()）,，。；;：:、\\n]"
# 民政部办公厅（国际合作司）主任（司长）: a body, the second body it also is in brackets, a post, and
# the post of the second in brackets (a unit of two names, one head holding both)
_DOUBLE_HATTED_RE = re.compile(f"({_ASIDE}{{2,24}}?)[（(]({_ASIDE}{{2,12}})[）)]({_ASIDE}{{1,10}}?)"
                               f"(?:[（(]({_ASIDE}{{1,8}})[）)])?(?=[，,。；;、\\n]|$)")


def _double_hatted(scan: ArticleScan, r: int, hi: int) -> list[tuple[Body, str, int]]:
    """李保俊任民政部办公厅（国际合作司）主任（司长）: the posts after a verb of taking written for a
    body and the second name it bears in brackets — the first body's post, and the bracketed post
    (else the same post) in the second body, completed by the first (民政部国际合作司).  [] unless
    both posts are whole posts and both bodies are read."""
    m = _DOUBLE_HATTED_RE.match(scan.text, r, min(hi, r + 60))
    if m is None:
        return []
    post_re = vocabulary().post_re
    post1, post2 = m.group(3), m.group(4) or m.group(3)
    if not post_re.fullmatch(post1) or not post_re.fullmatch(post2):
        return []
    first = scan.body_through(m.end(1), r, None, None)
    second = scan.body_through(m.end(2), m.start(2), first, None) if first is not None else None
    if first is None or second is None or first.label == "Place" or second.label == "Place":
        return []
    second = _completed_by_parent(scan, first, second)
    return [(first, post1, m.start(3)), (second, post2, m.start(4) if m.group(4) else m.start(3))]


def _completed_by_parent(scan: ArticleScan, first: Body, second: Body) -> Body:
    """民政部办公厅（国际合作司）: a bracketed second name written bare (国际合作司) is a unit of the
    organ the first name opens with (民政部: the longest of the first name's openings that names a
    found agency): named under it (民政部国际合作司), the bare name an alias."""
    if second.place is not None or not second.new or second.name.startswith(first.name[:2]):
        return second
    parent = next((first.name[:k] for k in range(len(first.name) - 2, 1, -1)
                   if (m := scan._first_body_named(first.name[:k], -1, -1)) is not None and m.label == "Agency"), None)
    if parent is None:
        return second
    return scan._make_body(second.start, second.end, parent + second.name, first.place, alias=second.name)


_POSTING_GO = tuple(w for w, k in _cue("village_posting_words") if k == "go")
_POSTING_VERBS = tuple(sorted((w for w, k in _cue("village_posting_words") if k == "verb"), key=len, reverse=True))
_POSTING_WHEN = re.compile(r"(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:起)?")
_VILLAGE_POSTED = tuple(sorted((w for w, _ in _cue("village_posted_posts")), key=len, reverse=True))
_POSTING_COMMAS = ("，", ",")  # between the village and the verb of serving there


def _village_run(scan: ArticleScan, j: int, hi: int) -> tuple[int, Mention | None]:
    """The places written one after another from j (永宁县|闽宁镇|玉海村, a few at most): where they end and
    the last of them, or (j, None) when they do not end in a village or community."""
    last = None
    while j < hi:
        m = next((m for m in scan.mentions_starting(j, j + 1) if m.label == "Place"), None)
        if m is None:
            break
        j, last = m.aend, m
    return (j, last) if last is not None and last.attrs.get("level") in _VILLAGE_LEVELS else (j, None)


def _posted_to_village(scan: ArticleScan, q: int, hi: int) -> tuple[Body, str, int] | None:
    """何占科|到永宁县闽宁镇玉海村担任驻村第一书记: a person sent to a village (到, 赴, then the
    places written one after another down to the village) to serve there as its first secretary
    holds that post in the village, written before the verb instead of before the post.  Only a
    village or community ends the places, and only a post no body is written with follows the
    verb, closing the clause."""
    t = scan.text
    q = _POSTING_WHEN.match(t, q).end()  # 陆少波|2021年7月|到…江南村担任驻村第一书记
    go = next((w for w in _POSTING_GO if t.startswith(w, q)), None)
    if go is None:
        return None
    j, last = _village_run(scan, q + len(go), hi)  # 永宁县|闽宁镇|玉海村
    if last is None:
        return None
    if t.startswith(_POSTING_COMMAS, j) and t.startswith(_POSTING_VERBS, j + 1):
        j += 1  # 选派…李烨到…东方红村,担任驻村第一书记: a comma before the verb, one clause of the posting
    verb = next((w for w in _POSTING_VERBS if t.startswith(w, j)), None)
    post = next((w for w in _VILLAGE_POSTED if verb and t.startswith(w, j + len(verb))), None)
    if post is None:
        return None
    at = j + len(verb)
    if at + len(post) < len(t) and t[at + len(post)] not in "，,。；;、）)\n":
        return None  # (担任第一书记助理: another post)
    return Body(last.key, last.norm or last.surface, "Place", last.astart, last.aend), post, at


_VILLAGE_COPULAS = tuple(w for w, _ in _cue("village_copulas"))  # 是: 梁兴星|是…同心村驻村第一书记
_VILLAGE_SENDING = tuple(sorted((w for w, _ in _cue("village_sending_words")), key=len, reverse=True))  # 派驻
_SENDER_MAX = 30  # characters of the sending body written between the name's comma and 派驻


def _serving_village(scan: ArticleScan, q: int, hi: int) -> tuple[Body, str, int] | None:
    """他叫梁兴星,黔西南州册亨县人民医院派驻坡妹镇同心村驻村第一书记。 / 梁兴星是坡妹镇同心村驻村第一书记。
    (yungui97, 02-ceheng-tongxin): after a name, a copula (village_copulas) or a comma and the body that sends
    him (within _SENDER_MAX characters, no clause mark, then village_sending_words: 派驻), the places written
    one after another down to a village and its first secretary's post (village_posted_posts) closing the
    clause: he holds that post in the village now.  Bounded: one clause after the name."""
    t = scan.text
    j = q + len(next((w for w in _VILLAGE_COPULAS if t.startswith(w, q)), ""))
    if j == q:
        if not t.endswith(_POSTING_COMMAS, 0, q):
            return None  # (the comma after the name was passed over before q)
        stop = min(hi, q + _SENDER_MAX)
        cut = min((i for i in (t.find(ch, q, stop) for ch in _CLAUSE_STOP) if i >= 0), default=stop)
        at = min((i for i in (t.find(w, q, cut) for w in _VILLAGE_SENDING) if i >= 0), default=-1)
        if at < 0:
            return None
        j = at + len(next(w for w in _VILLAGE_SENDING if t.startswith(w, at)))
    j, last = _village_run(scan, j, hi)  # 坡妹镇|同心村
    if last is None:
        return None
    post = next((w for w in _VILLAGE_POSTED if t.startswith(w, j)), None)
    if post is None or (j + len(post) < len(t) and t[j + len(post)] not in _CLAUSE_STOP):
        return None  # (同心村第一书记助理, 同心村第一书记张三: another post, or another holder)
    return Body(last.key, last.norm or last.surface, "Place", last.astart, last.aend), post, j


def _held_before(scan: ArticleScan, lo: int, c: int) -> list[tuple[Body, str, int]]:
    """The posts a clause ending at c states of the name after it, when the clause is a verb of
    holding and posts only (作为县委书记，王刚要求…: 王刚 is the 县委书记); none where a post is a
    possessive's (作为县长的代表) or the clause goes on past the posts."""
    t = scan.text
    k = max(lo, max(t.rfind(ch, lo, c) for ch in _CLAUSE_STOP) + 1)  # the clause's start
    w = next((w for w in _HELD_VERBS if t.startswith(w, k)), None)
    if w is None:
        return []
    posts = scan.chain_after(k + len(w), c)
    if not posts or max(at + len(post) for _, post, at in posts) != c:
        return []
    return [] if any(t.startswith("的", at + len(post)) for _, post, at in posts) else posts


def _acting_after(scan: ArticleScan, q: int, hi: int) -> list[tuple[Body, str, int]]:
    """由刘慧|代理自治区人民政府主席职务: 代理 (acting_verbs) before a body and a post closed by 职务
    appoints the person acting head: the post is kept with 代理 (代理主席), as 代理县长 is read."""
    t = scan.text
    w = next((w for w in _ACTING if t.startswith(w, q)), None)
    if w is None or not _duty_closes(t, q + len(w), hi):
        return []
    return [(body, post if post.startswith(w) else w + post, at)
            for body, post, at in _posts_through_duty(scan, q + len(w), hi)]


def _held_after(scan: ArticleScan, q: int, hi: int) -> list[tuple[Body, str, int]]:
    """The posts a verb of holding at q states (王强|现任县委副书记, 张伟|作为常务副县长作了发言):
    held now, no appointment.  None where a post is only a possessive's (作为县长的代表: the
    person is no 县长) or no post follows (作为一名党员)."""
    t = scan.text
    w = next((w for w in _HELD_VERBS if t.startswith(w, q)), None)
    if w is None:
        return []
    posts = _posts_through_duty(scan, q + len(w), hi)
    if any(t.startswith("的", at + len(post)) for _, post, at in posts):
        return []
    return posts


def _career_after(scan: ArticleScan, q: int) -> bool:
    """李明|曾任县委副书记: a verb of an earlier post after a name opening a sentence, with a post."""
    t = scan.text
    w = next((w for w in _verb_kinds("career") if t.startswith(w, q)), None)
    return w is not None and bool(scan.chain_after(q + len(w), _clause_end(t, q + len(w), len(t))))


def _verb_before_chain(scan: ArticleScan, p: int, verbs_before) -> str | None:
    """任命县委副书记纪某同志为县人民政府副县长: the appointment verb written before the posts a
    name at p already holds (the clause's verb, not one ending right before the name), or None."""
    t = scan.text
    lo = rfind_any(t, "，,。；;：:\n！？", 0, p) + 1
    chain = scan.chain_before(p, lo, comma=False)
    if not chain:
        return None
    body, _, _, at = chain[0]
    opens = at if body is None else min(at, body.start)
    return next((w for w in verbs_before if t.endswith(w, lo, opens)), None)


def _removal_item_verb(t: str, p: int, verbs_before) -> str | None:
    """免去马某同志西昌市人民政府市长职务、|徐某同志…副市长职务: a name with 同志 right after a 、 that
    closes an item of removal with its duty word (职务) is the next item of the same removal; the
    removal verb that opens the sentence, or None (a 、 after a name, or any other 、, lists nothing here)."""
    if p < 3 or t[p - 1] != "、" or not t.endswith(_DUTIES, 0, p - 1):
        return None
    reach = max(0, p - 1 - MAX_SENTENCE)
    lo = rfind_any(t, "。！？；;\n", reach, p - 1) + 1 or reach
    removals = [w for w in verbs_before if vocabulary().verbs.get(w) == "remove"]
    found = [(t.rfind(w, lo, p - 1), w) for w in removals]
    k, w = max(found, default=(-1, None))
    return w if k >= 0 else None


def _duty_closes(t: str, q: int, hi: int) -> bool:
    """Does 职务/一职 close the posts written from q on, before the sentence or ；-item ends?  After
    免去X (no 的) only such a closing word says that what follows the name is what the person loses."""
    stop = next((k for k in range(q, min(hi, q + 80)) if t[k] in "。；;！？\n"), min(hi, q + 80))
    return any(t.find(w, q, stop) >= 0 for w in _DUTIES)


_SUMMIT_POSTS = frozenset(w for w, _ in _cue("summit_posts"))  # 主席 (习近平主席同…总统)
_SUMMIT_JOINERS = tuple(w for w, _ in _cue("summit_joiners"))  # 同, 与, 会见


def _summit_host(scan: ArticleScan, e: int, q: int) -> Body | None:
    """习近平主席同美国总统特朗普举行会谈: a name, a head-of-state post of China's (主席), then 同
    (与, 会见) and a foreign country's head of state: the name is China's head of state, though no
    国家 is written.  Only where no foreign country is named before the name in its sentence (越南
    国家主席苏林…: that country's)."""
    t, V = scan.text, vocabulary()
    j = next((w for w in _SUMMIT_JOINERS if t.startswith(w, q)), None)
    if j is None:
        return None
    k = q + len(j)
    other = next((m for m in scan.mentions_starting(k, k + 1) if m.label == "Place"
                  and (m.attrs.get("code") or "").startswith("iso-") and m.attrs.get("code") != CHINA_CODE), None)
    if other is None or (post := V.post_re.match(t, other.aend)) is None or scan._post_kind(post.group(0))[1] != "state":
        return None
    sent = scan.art.sentence_at(e - 1)
    lo = sent.start if sent is not None else max(0, e - 60)
    if any(m.label == "Place" and (m.attrs.get("code") or "").startswith("iso-") and m.attrs.get("code") != CHINA_CODE
           for m in scan.mentions_starting(lo, e)):
        return None
    name = _country_names().get(CHINA_ISO)
    return Body(None, name, "Place", e, e, (name, CHINA_CODE)) if name else None


_OPENING_STOPS = "，,。：:；;\n”"  # what a name opening its clause (毛伟明副省长主持…) stands right after
_HAN_RUN = re.compile(f"[{HAN}]+")  # (compiled once: `_name_before_post` asks per candidate)


_LED_UNDER = tuple(sorted((w for w, _ in _cue("led_under_acts")), key=len, reverse=True))  # 的带领下
_LED_UNDER_REACH = 10  # characters of a name and its post between 在 and 的带领下


def _led_under(t: str, p: int) -> bool:
    """兴县老促会调研组一行7人，在刘五娥会长的带领下…: 在 right before a name and the post written after it, in
    the frame 在…的带领下 (posts_words `led_under_acts`), introduces the leader of a group as 会见 introduces a
    host: the name and its bare post are read inside the clause (`_name_before_bare_post` then needs the
    frame's act right after the post, `bare_post_acts`)."""
    if t[p - 1:p] != _AT:
        return False
    stop = next((k for k in range(p, min(len(t), p + _LED_UNDER_REACH + 5)) if t[k] in _CLAUSE_STOP), len(t))
    return any(0 < t.find(w, p, stop) <= p + _LED_UNDER_REACH for w in _LED_UNDER)


def _name_before_post(scan: ArticleScan, p: int, nested: bool = False) -> str | None:
    """The name at p of 毛伟明副省长主持…, 李强总理出席…: a family name and one or two more
    characters, the shortest after which posts that give a body follow (`_posts_after_name`; 王伟副主任
    is 王伟, not 王伟副).  Never a common word (全县县长, 市委书记) nor a span a place or an
    organisation holds, nor a given name with a function word in it."""
    t = scan.text
    by_first = _scan_tables()[0]
    sur = next((s for s in by_first.get(t[p:p + 1], ()) if t.startswith(s, p)), None)
    if sur is None:
        return None
    if t[p] in _MEET_BEFORE and not nested and _name_before_post(scan, p + 1, nested=True):
        return None  # 应王毅外长邀请, 同李强总理会谈: the preposition (a family name too: 应勇) opens the name after it
        # (one level: a run of 应应应… asked of itself once per character)
    for n in range(len(sur) + 1, len(sur) + 3):
        name = t[p:p + n]
        if len(name) < n or not _HAN_RUN.fullmatch(name):
            return None
        if vocabulary().post_re.match(t, p + n) is None:
            continue
        if _is_word(name) or any(ch in scan.names.not_in_name for ch in name[len(sur):]) or \
                _span_over_name(scan, p, n, sur) or name.endswith(_BODY_SHORT_ENDINGS) or \
                (name[-1] in _DOUBLED_UNIT_CHARS and t.startswith(name[-1], p + n)):
            return None  # (区委会|主委: a body's short name, no 区 family's member; 宣传部|部长: a unit's)
        if name[-1] in _WATER_NAME_ENDS and _posts_water_chief(t, p + n):
            return None  # zhongbu99: 新乡市副市长、文岩渠市级河长李瑞霞 — the canal he answers for, no name 文岩渠
        if name[-1] == _DEPUTY:
            return None  # waishi88: 乌副总理霍扎耶夫 — 副 marks the post (乌 a country's short form), no name 乌副
        if n > len(sur) + 1 and name[-1] in _one_char_verbs("appoint"):
            return None  # 郝鹏任代理省长: 任 is the verb of an appointment (read there), no given name's end
        if name[-1] in _SCOPE_CHARS and t.startswith(name[-1], p + n):
            return None  # 敖乡|乡长戴光明: a place's short form and its level word (敖鲁古雅乡), no name 敖乡
        if scan.names._former_mark_opens_word(p, sur, name):
            return None  # 原常务副省长肖志恒: 原 marks the post held before, no name 原常务
        return name if _posts_after_name(scan, p + n, name) else None
    return None


def _span_over_name(scan: ArticleScan, p: int, n: int, sur: str) -> bool:
    """Does a found span (a place, a body) bar the name of n characters at p before a post?  Any span
    over it does, but for a name of a family name and two characters whose given name holds a shorter
    span wholly inside it (李长江副市长, 王黄河县长: a river's or a place's name is a common given name):
    the family name before it and the post right after frame one person, as `_listed_three` reads a
    list's 武威|飚.  A span the name only opens (武威|市长, 张家港|市长) or runs past bars it still."""
    if not scan.names.overlaps(p, p + n):
        return False
    return n != len(sur) + 2 or not scan.names._spans_inside(p + len(sur), p + n + 1) \
        or not scan.names._spans_inside(p, p + n)


def _water_before_chief(t: str, e: int, pos: int, name: str, code: str | None) -> bool:
    """东河县级河段长张世忠, 汀江市级河长: a place of no division code whose name ends in a water character
    (河, 江, 湖, 渠), right before a chief of waters, is the river the chief answers for (read as a
    place by its tag alone), never the body the post is held in: the post keeps the level's own place."""
    return code is None and e == pos and bool(name) and name[-1] in _WATER_NAME_ENDS and _posts_water_chief(t, pos)


def _posts_water_chief(t: str, i: int) -> bool:
    """Whether the post that opens at i is a chief of waters (市级河长, 县级湖长, 县总河长: posts_words
    `water_chief_ends`): the run of Han characters before it ending in a water character (渠, 河, 湖)
    names the river he answers for, never a person (文岩渠市级河长李瑞霞, 深溪河区级河长姚登惠)."""
    m = vocabulary().post_re.match(t, i)
    return m is not None and m.group(0).endswith(_WATER_CHIEF_ENDS)


@lru_cache(maxsize=1)
def _bare_post_acts() -> tuple[str, ...]:
    """The acts of an official that make a name before a bare post a person (`_name_before_bare_post`):
    appointment_verbs `act` of two characters or more, and posts_words `bare_post_acts` (拜会, 应约,
    批示, 的讲话)."""
    return tuple(sorted({w for w in _verb_kinds("act") if len(w) >= 2} | {w for w, _ in _cue("bare_post_acts")},
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _bare_post_speech() -> tuple[str, ...]:
    """appointment_verbs `speech` of two characters or more (赵革书记指出, 王某市长强调: a county meeting's
    summary quotes a leader of the level above by name and bare title): acts after a name opening its clause."""
    return tuple(sorted((w for w in _verb_kinds("speech") if len(w) >= 2), key=len, reverse=True))


_BARE_POSTS_OF_UNITS = frozenset(w for w, _ in _cue("bare_posts_of_units"))  # 负责人: 缪边负责人汇报 is a village's


def _name_before_bare_post(scan: ArticleScan, p: int, nested: bool = False, speech: bool = False) -> str | None:
    """温振顺总领事拜会杜伊斯堡市长林克, 温振顺总领事应约赴…: a name opening its clause before a post
    that gives no body (no 驻… written) is still a person where an act of an official follows the
    post at once: the name as `_name_before_post` cuts it (the shortest a post follows), no post held.
    With `speech` (the name opens its clause: 赵革书记指出) a verb of speech is such an act too, unless
    the post is a unit's stand-in (posts_words `bare_posts_of_units`: 缪边负责人汇报 names a village's head)."""
    t = scan.text
    if t[p] in _MEET_BEFORE and not nested and _name_before_bare_post(scan, p + 1, nested=True, speech=speech):
        return None  # 应王毅外长邀请: the preposition (a family name too: 应勇) opens the name after it
    cut = _bare_post_cut(scan, p)
    if cut is None:
        return None
    name, m = cut
    act = m.end() + len(next((w for w in _BARE_POST_ACT_ADVERBS if t.startswith(w, m.end())), ""))
    speaks = speech and m.group() not in _BARE_POSTS_OF_UNITS and t.startswith(_bare_post_speech(), act)
    if not nested and t[m.end():m.end() + 1] in _PAIRED_HOLDERS and _name_before_post(scan, m.end() + 1, nested=True):
        return name  # 高庆丰书记和项敏市长多次作出重要批示: paired with a holder whose post gives a body
    if not nested and t.startswith(_NAME_POST_LIST_MARK, m.end()) and _bare_post_cut(scan, m.end() + 1) is not None:
        return name  # minzheng92: 王国平局长、陈坚副局长、沈华副局长等参加会议 — a 、-list of names each before its post
    return name if speaks or t.startswith(_bare_post_acts(), act) else None  # (习近平主席|将|出席: an adverb between)


def _bare_post_cut(scan: ArticleScan, p: int) -> tuple[str, re.Match] | None:
    """The name at p before a post (王国平|局长), as `_name_before_bare_post` cuts it: a family name and
    one or two more characters, the shortest a post follows; never a common word, a span found, a
    given name ending in 任 or 副, nor one a post opens inside (张|总领事).  (name, the post's match)."""
    t = scan.text
    sur = next((s for s in _scan_tables()[0].get(t[p:p + 1], ()) if t.startswith(s, p)), None)
    if sur is None:
        return None
    for n in range(len(sur) + 1, len(sur) + 3):
        name = t[p:p + n]
        if len(name) < n or not _HAN_RUN.fullmatch(name):
            return None
        m = vocabulary().post_re.match(t, p + n)
        if m is None:
            continue
        if _is_word(name) or any(ch in scan.names.not_in_name for ch in name[len(sur):]) or \
                _span_over_name(scan, p, n, sur) or name[-1] in _one_char_verbs("appoint") or name[-1] == _DEPUTY or \
                _post_inside_name(t, p + len(sur), p + n):
            return None
        return name, m
    return None


_NAME_POST_LIST_MARK = "、"
_NAME_POST_LIST_OPENERS = tuple(w for w, _ in _cue("name_post_list_openers"))  # 参会人员有|石光厅长、马涛副厅长
_POST_LIST_REACH = 8  # the longest post looked for right before a list's 、 (常务副秘书长)


def _name_post_list_item(scan: ArticleScan, p: int, lo: int) -> str | None:
    """minzheng92: 王智副秘书长、王国平局长、陈坚副局长等参加会议; 参会人员有石光厅长、马涛副厅长: the name at p
    of a 、-list whose items are each a name and its post (no body written).  At p, a name and a
    post (`_bare_post_cut`), and either the item before it is one too (a name of two or three
    characters, then a post ending at the 、 right before p) or, after a list opener (有), the next
    item is.  A post alone before the 、 (市委书记、市长) is no such item: its name must be cut."""
    t = scan.text
    if p <= lo:
        return None
    opened = t.endswith(_NAME_POST_LIST_OPENERS, lo, p)
    if not opened and t[p - 1] != _NAME_POST_LIST_MARK:
        return None  # (most positions: no cut asked)
    cut = _bare_post_cut(scan, p)
    if cut is None:
        return None
    if opened:
        nxt = cut[1].end()
        return cut[0] if t.startswith(_NAME_POST_LIST_MARK, nxt) and _bare_post_cut(scan, nxt + 1) else None
    if t[p - 1] != _NAME_POST_LIST_MARK:
        return None
    post_re = vocabulary().post_re
    for k in range(max(lo, p - 1 - _POST_LIST_REACH), p - 2):
        m = post_re.match(t, k)
        if m is None or m.end() != p - 1:
            continue
        for j in (k - 2, k - 3):
            if j >= lo and (before := _bare_post_cut(scan, j)) is not None and before[1].start() == k:
                return cut[0]
    return None


_PAIRED_HOLDERS = "和、"  # 高庆丰书记和项敏市长, 高庆丰书记、项敏市长: two holders named side by side
_BARE_POST_ACT_ADVERBS = tuple(sorted((w for w, _ in _cue("bare_post_act_adverbs")), key=len, reverse=True))


def _post_inside_name(t: str, a: int, b: int) -> bool:
    """张|总领事表示: does a post open inside the given name t[a:b] and run past it?  Then the family
    name alone addresses the holder (张总领事), no given name is written."""
    return any((m := vocabulary().post_re.match(t, k)) is not None and m.end() > b for k in range(a, b))


@lru_cache(maxsize=4)
def _one_char_verbs(kind: str) -> frozenset[str]:
    """The verbs of a kind written with one character (任 of X任…)."""
    return frozenset(w for w in _verb_kinds(kind) if len(w) == 1)


_AUTONOMOUS_REGION = "自治区"
_DECIDED_BY = tuple(w for w, _ in _cue("decided_by"))  # 决定由|刘慧代理…职务: the decision's subject
_ACTING = tuple(w for w, _ in _cue("acting_verbs"))  # 代理: 由A代理县长职务
_DUTY = "职务"


def _acting_status(t: str, p: int, first: list) -> str | None:
    """决定由刘慧代理自治区主席职务, 李四代理县长职务: 代理 right after a name is the verb of an
    acting appointment, not a title of speech (王忠林省长出席), when 由 opens the name or 职务 closes
    the post: "appointed"; None otherwise (the title is held, as written in speech)."""
    _, post, at = first[0]
    if not post.startswith(_ACTING) or not (t.endswith("由", 0, p) or t.startswith(_DUTY, at + len(post))):
        return None
    return "appointed"


def _earlier_holding(scan: ArticleScan, name: str, post: str, body: Body | None) -> Body | None:
    """西安市委常委、副市长李秋实…；…李秋实副市长说: a head's post written after a name takes the
    article's place of its level (no place is written), but the article has already named the
    person with that very post in a body written out: that body (the guest's city, not the host's
    article place, 天水市).  None when the body is written, or no such holding came before.
    So too a post whose body is implied as a central organ (总理 → 国务院): 越南社会主义共和国政府总理范明政…；
    国务院总理李强同范明政总理举行会谈 — the guest's government, no 国务院 (shengming101)."""
    if body is None or body.start != body.end:
        return None  # (a body written out before the post stays)
    return next((h.body for h in scan.holdings
                 if h.person == name and h.post == post and h.body is not None and h.body.name != body.name
                 and h.pstart < body.start and h.status is None), None)


def _meets_china(scan: ArticleScan, e: int, name: str | None) -> bool:
    """范明政总理会见中国广西壮族自治区主席韦韬, 阿尔巴尼斯总理访华: a name whose posts (from e) are
    followed by a meeting with a side written as Chinese (会见中国…, 同中国国务院…) or by a visit to
    China (posts_words.tsv china_side_marks) is a foreign official — a Chinese report never writes its
    own side so — when the article names a foreign country at all: the bare post is his own
    country's, never the central organ's, there and wherever else the article writes it."""
    t, post_re = scan.text, vocabulary().post_re
    q = e
    while (m := post_re.match(t, q)) is not None:
        q = m.end()
        if not t.startswith(("、", "兼"), q):
            break
        q += 1
    meet = next((w for w in _CHINA_SIDE_MEETINGS if t.startswith(w, q)), None)
    if not t.startswith(_CHINA_VISITS, q) and (meet is None or not _official_china_side(scan, q + len(meet))):
        return False
    foreign = scan._lazy.get("article_names_foreign")
    if foreign is None:  # (once per article)
        foreign = scan._lazy["article_names_foreign"] = scan._names_foreign(0, len(t))
    if foreign and name:
        scan._lazy.setdefault("abroad", set()).add(name)
    return foreign


_CHINA_SIDE_MEETINGS = tuple(sorted((w for w, _ in _cue("china_side_meetings")), key=len, reverse=True))
_CHINA_VISITS = tuple(w for w, _ in _cue("china_visits"))
_CHINA_OFFICIAL_SIDES = tuple(w for w, _ in _cue("china_official_sides"))


def _official_china_side(scan: ArticleScan, k: int) -> bool:
    """Is the Chinese side met at k (after 会见中国) an official one: a Chinese division (广西壮族
    自治区主席…) or body found there, or a word of the state (国务院, 国家主席: china_official_sides)?
    Not a Chinese envoy (中国驻美大使) nor Chinese guests (中国企业代表, 中国留学生), whom a Chinese
    leader abroad meets too."""
    t = scan.text
    if t.startswith("驻", k):
        return False
    if t.startswith(_CHINA_OFFICIAL_SIDES, k):
        return True
    return any(m.astart == k and (m.label == "Agency" or (m.label == "Place" and str(m.attrs.get("code") or "")[:1].isdigit()))
               for m in scan.mentions_starting(k, k + 1))


def _only_foreign_country(scan: ArticleScan, at: int) -> Body | None:
    """The one foreign country the article names (越南 in a report of 范明政总理会见中国…), as the
    body a foreign head's bare post is held in; none when it names several or none."""
    found = scan._lazy.get("only_foreign_country", False)
    if found is False:  # (once per article)
        countries = {}
        for m in scan.mentions:
            code = m.attrs.get("code") or ""
            if m.label == "Place" and code.startswith("iso-") and code != CHINA_CODE \
                    and m.attrs.get("level") == "country":
                countries.setdefault(code, m)
        found = scan._lazy["only_foreign_country"] = next(iter(countries.values())) if len(countries) == 1 else None
    if found is None:
        return None
    name = found.norm or found.surface
    return Body(found.key, name, "Place", at, at, (name, found.attrs.get("code")))


def _posts_after_name(scan: ArticleScan, e: int, name: str | None = None) -> list[tuple[Body, str, int]]:
    """王忠林省长出席…, 王毅国务委员兼外长会见…: posts written right after a name with no body before
    them, as a title is written in speech.  A head's post (省长, 副县长) heads the article's place
    of its level (`chain_after`); a national post (总理, 外长: posts_words.tsv national_posts) is
    held in the central organ it implies; any other post names no body and gives nothing.  The
    posts must end the name's phrase (punctuation or a verb follows, not more of a word: 省长办公会).
    A foreign official the article has named with his country's post (哥伦比亚外交部长特鲁希略, then
    特鲁希略外长访华) holds no Chinese organ by the bare post."""
    t = scan.text
    V = vocabulary()
    m = V.post_re.match(t, e)
    if m is None:
        return []
    hi = _clause_end(t, e, min(len(t), e + 60))  # (a bounded look: a list of such names stays linear)
    out = []
    q = e
    while q < hi and (m := V.post_re.match(t, q)):
        q = m.end()
        if (not t.startswith(_ACT_AFTER_TITLE, q) and any(_is_word(t[m.start():q + k]) for k in (1, 2) if q + k <= len(t))) or \
                _body_word_at(t, m):
            return []  # 主任科员, 委员会: the post word is part of a longer word (at the text's end: none)
        post = m.group(0)
        kind, level = scan._post_kind(post)
        body = None
        if kind == "head":
            body = scan._city_abroad_head(m.start(), level, post)
            pl = (scan._paragraph_township(m.start(), level, scan._post_scope(post))
                  or scan._relative_place(level, scan._post_scope(post))) if body is None else None
            body = body or Body(None, pl[0], "Place", m.start(), m.start(), pl) if pl or body \
                else scan.bare_government(None, post, m.start()) if name and not _all_transliteration(name) \
                else None  # 胡绍军副市长召开… with no place named; 霍巴特|市长: a city written by sound, no name
        elif (organ := _national_posts().get(scan._base(post))) and not scan.foreign_in_sentence(e - 1, post) \
                and _meets_china(scan, e, name):  # 范明政总理会见中国…: his country's, if the article names one
            body = _only_foreign_country(scan, m.start()) \
                if kind == "state" or scan._base(post) in _FOREIGN_HEAD_POSTS else None
        elif (organ := _national_posts().get(scan._base(post))) and not scan.foreign_in_sentence(e - 1, post) \
                and name not in scan._lazy.get("abroad", ()):
            body = scan.national_organ(organ, m.start())
        elif level == "state" and scan._base(post) in _SUMMIT_POSTS:
            body = _summit_host(scan, e, q)  # 习近平主席同美国总统…: China's head of state
        elif scan._base(post) in _PARTY_NAME_FIRST_POSTS and name:
            body = _party_committee_before(scan, e - len(name))  # 郭生练主委, 朱梅秘书长: 民盟湖北省委
        elif scan._base(post) in _MISSION_NAME_FIRST_POSTS and name:
            body = _mission_before(scan, e - len(name))  # 中国驻柬埔寨大使馆举办…。熊波大使在致辞中…
        if body is not None:
            out.append((body, post, m.start()))
        if q < hi and t[q] in "、兼":
            q += 1
            continue
        break
    if q < hi and t[q] in "、兼":
        return []
    return out


_GIVEN_REGION_POST_REACH = 8  # the longest post before a name looked for (常务副秘书长, 党组副书记)
_PARTY_NAME_FIRST_POSTS = frozenset(w for w, _ in _cue("party_name_first_posts"))  # 主委, 秘书长
_PARTY_COMMITTEE_ENDS = tuple(w for w, _ in _cue("party_committee_ends"))  # 委, 委会, 委员会
_PARTY_HEADS = tuple(_entity_cue("org_cues", "party_committee_heads"))  # 民盟, 九三学社
_PARTY_REACH = 3  # the bodies found last before a name that may be its party committee
_PARTY_LOOK = 40  # the mentions looked at before it (bounded: a long article stays linear)


def _party_committee_before(scan: ArticleScan, at: int) -> Body | None:
    """The democratic party's committee a name-first post of one (郭生练主委, 朱梅秘书长) is held
    in: the nearest body found before the name, if it is such a committee (民盟湖北省委; 民进省委),
    among the last few (bounded); None otherwise (a 秘书长 after a government's news is no party's)."""
    k = bisect_left(scan._starts, at)
    bodies = [m for m in reversed(scan.mentions[max(0, k - _PARTY_LOOK):k]) if m.label in ("Agency", "Organization")
              and m.aend <= at and m.surface not in _PARTY_HEADS]  # (民盟湖北省十三届…会议: the bare party is no committee)
    for m in bodies[:_PARTY_REACH]:
        name = m.norm or m.surface
        if name.startswith(_PARTY_HEADS) and name.endswith(_PARTY_COMMITTEE_ENDS):
            return Body(m.key, name, m.label, at, at)
        return None  # (the nearest body only: another's news in between)
    return None


_MISSION_NAME_FIRST_POSTS = frozenset(w for w, _ in _cue("mission_name_first_posts"))  # 大使, 总领事
_MISSION_ENDS = tuple(w for w, _ in _cue("mission_ends"))  # 大使馆, 总领事馆
_STATIONED_MARK = "驻"


def _mission_before(scan: ArticleScan, at: int) -> Body | None:
    """The mission a name-first head's post of one (熊波大使在致辞中, 何孟德总领事对…) is held in: the
    nearest body found before the name in its paragraph, if it is a mission abroad (中国驻柬埔寨大使馆,
    美国驻成都总领事馆: 驻 and a mission's end), among the last few mentions (bounded); None
    otherwise (a 大使 after a ministry's news names no body: 王大使, 友好大使)."""
    k = bisect_left(scan._starts, at)
    para = scan.text.rfind("\n", 0, at)
    for m in reversed(scan.mentions[max(0, k - _PARTY_LOOK):k]):
        if m.label not in ("Agency", "Organization") or m.aend > at:
            continue
        if m.astart <= para:
            return None  # (another paragraph's body)
        name = m.norm or m.surface
        if _STATIONED_MARK in name and name.endswith(_MISSION_ENDS):
            return Body(m.key, name, m.label, at, at)
        return None  # (the nearest body only: another's news in between)
    return None


_ACT_AFTER_TITLE = tuple(w for w, _ in _cue("act_after_title"))  # 国务委员|会见: no 委员会


@lru_cache(maxsize=1)
def _foreign_organ_posts() -> dict[str, str]:
    """Post → the ministry of a foreign country it is held in (posts_words.tsv foreign_organ_posts)."""
    return dict(_cue("foreign_organ_posts"))


@lru_cache(maxsize=1)
def _foreign_organs() -> tuple[str, ...]:
    """The ministries of `_foreign_organ_posts`, longest first (a fixed order: the first that
    matches is taken, the same in every run whatever the hash seed)."""
    return tuple(sorted(set(_foreign_organ_posts().values()), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO code → a country's name (world_places.tsv, kind country)."""
    return {r["iso"]: r["name"] for r in L.load_table("world_places") if r.get("kind") == "country" and r.get("iso")}


@lru_cache(maxsize=1)
def _foreign_country_re() -> re.Pattern:
    """The names of foreign countries (world_places.tsv, kind country, not CN), as one regex."""
    names = {r["name"] for r in L.load_table("world_places")
             if r.get("kind") == "country" and r.get("iso") != "CN" and len(r["name"]) >= 2}
    return re.compile(_alt(names))


@lru_cache(maxsize=1)
def _national_posts() -> dict[str, str]:
    """post -> the central organ a post implies when written after a name with no body (总理 → 国务院)."""
    return {w: organ for w, organ in _cue("national_posts")}


# 1962年12月生, 1962年出生, 196212月生 (a scraped page's lost 年): a date of birth closing its clause;
# an obituary's with its day and the place of birth after 于 (1911年11月生于四川广安，1922年6月16日生于山东省黄县(今龙口市)，)
_BIRTH_CLAUSE_RE = re.compile(rf"\d{{4}}(?:年|\.|-)?(?:\d{{1,2}}月?(?:\d{{1,2}}日)?)?(?:出生|生)"
                              rf"(?:于[{HAN}（）()]{{2,16}})?(?=[，,。；;])")


_RESUME_PROVINCE_REACH = 4  # 江苏, 内蒙古: the place before a resume's body, at most this long


def _resume_posts_alone(scan: ArticleScan, k: int, hi: int) -> list[tuple[Body, str, int]]:
    """蒋建明，1962年12月生，江苏沭阳县委书记；: a clause of a resume's first sentence that is nothing
    but a chain of posts (its last post ends the clause) states the posts held now; [] when
    anything else is written in it (a date, a verb, a place of work)."""
    end = _clause_end(scan.text, k, hi)
    posts = scan.chain_after(k, end)
    if not posts or posts[-1][2] + len(posts[-1][1]) != end:
        return []
    first = posts[0][0]
    if first is None or first.start - k > _RESUME_PROVINCE_REACH:
        return []
    if first.start > k:  # 江苏|沭阳县委书记: a place written before the body, one the body's place is in
        places = scan._place_mentions(k, first.start)
        if not (len(places) == 1 and places[0][0] == k and places[0][1] == first.start and places[0][3]
                and first.place and table().is_within(first.place[1], places[0][3])):
            return []
    return [posts[0]] + [(_under_first(scan, first, body), post, at) for body, post, at in posts[1:]]


def _under_first(scan: ArticleScan, first: Body, body: Body | None) -> Body | None:
    """万春，最高人民检察院检察委员会专职委员、法律政策研究室主任: a body of the line's chain written bare
    (new, of no place) after a found agency is its unit (最高人民检察院法律政策研究室), the bare name an alias."""
    if body is None or not body.new or body.place is not None or first.label != "Agency" \
            or body.name.startswith(first.name):
        return body
    return scan._make_body(body.start, body.end, first.name + body.name, first.place, alias=body.name)


def _line_of_posts(scan: ArticleScan, p: int, q: int) -> bool:
    """万春，最高人民检察院检察委员会专职委员、法律政策研究室主任。: a line opening with a name and a
    comma whose first sentence is nothing else but a chain of posts (an author's note, a list of
    interviewees) states the posts the person holds, as a resume does."""
    t = scan.text
    if p > 0 and t[p - 1] != "\n":
        return False
    stop = next((j for j in range(q, min(len(t), q + MAX_SENTENCE)) if t[j] in "。；;\n"), -1)
    return stop > q and _clause_end(t, q, stop) == stop and bool(_resume_posts_alone(scan, q, stop))


def _resume(scan: ArticleScan, name: str, p: int, e: int, date) -> None:
    """张三，男，汉族，…，现任X局局长; 吕世棠同志，1933年5月出生于…。曾任A，B，C等职: a name opening a
    resume or an obituary is the subject of every clause of its paragraph that opens with a verb of
    holding a post (resume_verbs, with a date before it: 1979年任…), the subject left unwritten.
    The clause's posts, or, when 等职/职务 closes a list of them, every comma-separated part up to it."""
    t = scan.text
    q = e + (len(_COMRADE) if t.startswith(_COMRADE, e) else 0)
    q = _past_note(t, q)  # 张永霞(女)，1968年12月生，…
    comma = t[q:q + 1] in "，,"
    q += 1 if comma else 0
    if not (t.startswith(_RESUME_OPENERS, q) or re.match(r"\d{4}", t[q:q + 4]) or _line_of_posts(scan, p, q)):
        return
    if not comma and t.startswith(_RESUME_OPENING_VERBS, q):
        return  # 任刚拟任…职务,现任肥城市委书记常绪扩: a sentence's verb, no resume line (胡泽，现任…)
    if _nominee_clause(t, q):
        return  # 部长龚宪君，拟任区人民政府副区长人选赵海洋、董冲: the nominees named, no resume of 龚宪君
    para = t.find("\n", q)
    para = min(len(t), q + 600) if para < 0 else min(para, q + 600)
    k = q
    while k < para:
        r = _RESUME_DATE_RE.match(t, k).end()
        r += 1 if t[r:r + 1] in _RESUME_PRONOUNS else 0  # 他曾任四平市委常委，…: the subject written as a pronoun
        verb = next(((w, st) for w, st in _RESUME_VERBS if t.startswith(w, r)), None)
        if verb is not None:
            r += len(verb[0])
            got = _resume_posts(scan, r, para, career=verb[1] == "former")
            for body, post, at in [] if _candidates_named_after(scan, got) else got:
                scan.holdings.append(Holding(name, p, e, body, post, verb[1] or None, date, "posts.resume", at))
        elif r == k and not any(t[j] in "。；;" for j in range(q, k)):
            for body, post, at in _resume_posts_alone(scan, k, para):
                scan.holdings.append(Holding(name, p, e, body, post, None, date, "posts.resume", at))
        k = next((j + 1 for j in range(k, para) if t[j] in "，,。；;"), para)


def _nominee_clause(t: str, q: int) -> bool:
    """Does the clause at q name nominees for a post, their names after the word (拟任区人民政府副区长人选
    赵海洋、董冲: resume_nominees)?
    A meeting's list of those attending goes on after the name before it, no resume of that person:
    read as one, a later clause's post without a name (焦店镇人大主席团主席) was given to him."""
    stop = next((j for j in range(q, min(len(t), q + MAX_SENTENCE)) if t[j] in "，,。；;\n"), len(t))
    clause = t[q:stop]  # (…拟任县财政局局长人选。: the person's own nomination, names none after it)
    return any(w in clause and len(clause) - clause.find(w) - len(w) >= 2 for w, _ in _cue("resume_nominees"))


_RESUME_GENDER_RE = re.compile(rf"([{HAN}]{{2,4}})[，,][男女][，,]")  # 陈敬就，男，…: a resume's first line
_SEXED_NOT_FIRST = frozenset(w for w, _ in _cue("sexed_not_first"))  # 的, 和: particles, never a name's first
_SEXED_NAME_RE = re.compile(rf"([{HAN}]{{2,3}})(?=[，,][男女][，,])")  # 副乡长从善楠，女，…: the name, its sex after


def _resume_gender_name(t: str, p: int, name: str) -> str | None:
    """陈敬就，男，1974年5月出生，…: a line opening with a few Han characters, a comma and the sex (男, 女)
    and a comma is a resume, and the whole run before that comma is the person's name, though the
    name read at p stops short of it (就, 才 read as adverbs); None where no such line opens at p or
    the run does not begin with the name read (the family name is the name finder's)."""
    if p > 0 and t[p - 1] != "\n":
        return None
    m = _RESUME_GENDER_RE.match(t, p)
    if m is None or len(m.group(1)) <= len(name) or not m.group(1).startswith(name):
        return None
    return m.group(1)


_RESUME_OPENING_VERBS = tuple(w for w in _RESUME_OPENERS if any(w == v for v, _ in _RESUME_VERBS))  # 现任, 拟任


def _resume_verb_after_comma(t: str, e: int) -> bool:
    """Does a comma and a resume's verb (现任, 拟任) follow the name ending at e?  A name described by
    a 的 phrase before it (1963年出生的胡泽，现任…) opens the resume as a name opening its clause does."""
    return t[e:e + 1] in "，," and t.startswith(_RESUME_OPENING_VERBS, e + 1)


_RESUME_PRONOUNS = "".join(w for w, _ in _cue("resume_pronouns") if len(w) == 1)  # 他, 她: the resume's subject again


def _resume_posts(scan: ArticleScan, r: int, hi: int, career: bool = False) -> list[tuple[Body, str, int]]:
    """The posts a resume's verb gives: its clause's, or, when 等职/职务 closes the sentence's list
    (or, after 历任/曾任, the sentence or ；-item ends it), those of every comma-separated part up to
    it (parts naming no post are passed over: 文书)."""
    t = scan.text
    stop = next((j for j in range(r, hi) if t[j] in "。；;"), hi)
    duty = max(t.rfind(w, r, stop) for w in _DUTIES)
    duty = stop if career and duty < 0 else duty
    if duty < 0:
        return scan.chain_after(r, _clause_end(t, r, hi))
    out, k = [], r
    while k < duty:
        end = _clause_end(t, k, duty)
        out += scan.chain_after(k, end)
        k = end + 1
    return out


_STATUS = {"nominate": "nominated", "remove": "removed", "career": "former", "elect": "elected",
           "transfer": "transferred", "promote": "promoted", "appoint": "appointed"}


def _posts_through_duty(scan: ArticleScan, q: int, hi: int) -> list[tuple[Body, str, int]]:
    """The posts after a verb, to the clause's end; when the list is closed by 职务 further on
    (不再担任A党组成员，B工委副书记、委员，C管委会主任职务) its comma-separated parts are posts of
    the same person too, each read as a chain of its own (and none past a part that names none)."""
    t = scan.text
    end = _next_appointee_item(scan, q, _clause_end(t, q, hi))
    out = scan.chain_after(q, end)
    if not out or t[end:end + 1] not in "，," or any(t.find(w, q, end) >= 0 for w in _DUTIES):
        return out  # (辞去A市长职务(的请求)，决定任命B为副市长: 职务 closed the list before the comma)
    stop = next((k for k in range(end, hi) if t[k] in "。；;\n"), hi)
    duty = max(t.rfind(w, end, stop) for w in _DUTIES)
    while duty > end and t[end:end + 1] in "，,":
        if _removal_opens(t, end + 1):
            break  # …任A，免去其B职务: the part after takes B away (`_its_removal`)
        got = scan.chain_after(end + 1, _clause_end(t, end + 1, hi))
        if not got:
            break
        out += got
        end = _clause_end(t, end + 1, hi)
    return out


def _next_appointee_item(scan: ArticleScan, q: int, end: int) -> int:
    """选举陈宇剑为闵行区区长、李忠兴为闵行区监察委员会主任: within the clause of posts after 为, a 、
    right after a post followed by a name and 为 opens the next appointee's item (`_after_post_item`),
    so the first appointee's posts end at that 、 (was 陈宇剑 also 闵行区监察委员会主任).  Only the
    clause is looked at, each 、 once."""
    t = scan.text
    k = t.find("、", q, end)
    while k >= 0:
        name = scan.names.name_at(k + 1) if _after_post_item(t, k + 1) else None
        if name and t.startswith(_AS_OF[0], k + 1 + len(name)):
            return k
        k = t.find("、", k + 1, end)
    return end


def _removal_opens(t: str, r: int) -> int:
    """The length of a removal opening text[r:] (免去其, 同时免去其, 不再担任), else 0."""
    k = r + next((len(w) for w in _ALSO if t.startswith(w, r)), 0)
    if (req := next((w for w in _REQUEST_BEFORE if t.startswith(w, k)), None)) and \
            (its := next((w for w in _ITS if t.startswith(w, k + len(req))), None)):
        k += len(req) + len(its)  # 接受其辞去…职务的请求: the person just named leaves the post
        verb = next((w for w in _verb_kinds("remove") if t.startswith(w, k)), None)
        return k + len(verb) - r if verb else 0
    verb = next((w for w in _verb_kinds("remove") if t.startswith(w, k)), None)
    if verb is None:
        return 0
    k += len(verb)
    return k + next((len(w) for w in _ITS if t.startswith(w, k)), 0) - r


def _its_removal(scan: ArticleScan, name: str, p: int, e: int, q: int, hi: int, date) -> None:
    """任命X为A，免去其B职务; X任A，同时免去其B职务: a clause of the same sentence that takes posts
    away from 其 (or from nobody named) speaks of the person just appointed."""
    t = scan.text
    stop = next((k for k in range(q, min(hi, q + 160)) if t[k] in "。；;\n"), min(hi, q + 160))
    k = q
    while (k := min((j for j in (t.find("，", k, stop), t.find(",", k, stop)) if j >= 0), default=-1)) >= 0:
        n = _removal_opens(t, k + 1)
        if n and _duty_closes(t, k + 1 + n, stop):
            for body, post, at in _posts_through_duty(scan, k + 1 + n, stop):
                scan.holdings.append(Holding(name, p, e, body, post, "removed", date, "posts.appointment", at))
            return
        k += 1


def _its_appointment(scan: ArticleScan, name: str, p: int, e: int, q: int, hi: int, date) -> None:
    """决定任命杜某为临沧市人民政府副市长，并决定其为代理市长: a later clause of the same sentence that
    gives 其 a post (并决定其为, 同时任命其为) gives it to the person just appointed (acting mayors and
    county heads are decided so)."""
    t = scan.text
    stop = next((k for k in range(q, min(hi, q + 160)) if t[k] in "。；;\n"), min(hi, q + 160))
    for k in (j for j in range(q, stop) if t[j] in "，,"):
        r = k + 1 + next((len(w) for w in _ALSO if t.startswith(w, k + 1)), 0)
        verb = next((w for w in _verb_kinds("appoint") if t.startswith(w, r)), None)
        its = verb and next((w for w in _ITS if t.startswith(w, r + len(verb))), None)
        if its and t.startswith(_AS_OF[0], r + len(verb) + len(its)):
            end = _clause_end(t, r + len(verb) + len(its) + 1, stop)
            for body, post, at in _posts_through_duty(scan, r + len(verb) + len(its) + 1, end):
                scan.holdings.append(Holding(name, p, e, body, post, "appointed", date, "posts.appointment", at))
            return


_CLAUSE_END_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_STOP)) + "（(") + "]")


def _clause_end(t: str, q: int, hi: int) -> int:
    """Where the clause from q ends (a clause mark or an opening bracket), at most a sentence's
    length on: a line of space-separated appointments has no mark, and every name of it asks."""
    hi = min(hi, q + MAX_SENTENCE)
    m = _CLAUSE_END_RE.search(t, q, hi)
    return m.start() if m else hi


# … and the same signature with what the correspondent did written after the name (（秭归县政协经济委员会
# 办公室 徐长江 供稿）: byline_name_tails), which is no part of the name
_SIGNATURE_RE = re.compile(rf"[（(]([{HAN}]{{3,24}})[\s\u3000]+([{HAN}{NAME_DOT}]{{2,4}}?)"
                           rf"(?:[\s\u3000]*(?:{'|'.join(map(re.escape, L.word_lists('layout_words').get('byline_name_tails', ())))}))?[）)]")


_BYLINE_MARKS = re.compile("[ \u3000：:]")  # one search per sentence (four finds in a generator cost more)
_BYLINE_RE = re.compile(rf"(?<=[{HAN}])(?:[ \u3000]+|[：:][ \u3000]*)([{HAN}{NAME_DOT}]{{2,8}})[ \u3000]*(?=\n|$)")


def _byline(scan: ArticleScan, lo: int, hi: int) -> None:
    """A report's byline or a decree's signature, post and name apart on one line: 县人民政府县长 覃正炜,
    县长  明进华, 县长：陈大用 — the speaker holds the post (only a name the line ends with, wholly)."""
    t = scan.text
    if _BYLINE_MARKS.search(t, lo, hi) is None:
        return  # no byline without a space or a colon (spares the look-behind tried at every character)
    for m in _BYLINE_RE.finditer(t, lo, hi):
        line = t.rfind("\n", 0, m.start()) + 1
        name = scan.names.name_at(m.start(1))
        if name != m.group(1) or line < lo:
            continue
        chain = scan.chain_before(m.start(1), line, None, end=m.start())
        if not chain:
            continue
        scan.persons.add(name, m.start(1), m.end(1), "posts.byline")
        for body, post, status, at in chain:
            if body is not None:
                scan.holdings.append(Holding(name, m.start(1), m.end(1), body, post, status, None,
                                             "posts.byline", at))


def _collective_title_re() -> re.Pattern | None:
    """The collective titles of posts_words `collective_titles` (县领导, 市级领导), longest first."""
    got = _collective_title_re.__dict__.get("re", False)
    if got is False:
        words = sorted((w for w, _ in _cue("collective_titles")), key=lambda w: (-len(w), w))
        got = _collective_title_re.__dict__["re"] = re.compile(_alt(words)) if words else None
    return got


def _congress_then_deputy(scan: ArticleScan, m: re.Match) -> bool:
    """全国人大代表马秀英参加视察: the congress found as a body (全国人大) ends inside the formal title
    人大代表, which goes on past it; the names after it are deputies, persons, as after 市人大代表 (a
    body covering the title's end, 人大代表联络站, leaves it no title)."""
    return m.group() in _TITLES_FORMAL and not scan.names.overlaps_body(m.end() - 1, m.end())


_PHOTO_POSITION = re.compile(r"[(（](?:左|右|中)[一二三四五六七八九]?[)）]")
_PHOTO_POSITION_OPENERS = ("图为", "、", "和", "与")  # 图为柳仕鸿(右)与客商洽谈, 图为张三(左)、李四(右)


def _photo_positioned(scan: ArticleScan, lo: int, hi: int) -> None:
    """图为柳仕鸿(右)与客商洽谈: a whole name right after a caption's 图为 (or a list mark after such a
    name) and right before a position in the photo ((左), (右二)) is a person's: only people stand
    somewhere in a photo.  No post is held."""
    t = scan.text
    for m in _PHOTO_POSITION.finditer(t, lo, hi):
        for n in (3, 2, 4):
            s = m.start() - n
            if s < lo or not t.endswith(_PHOTO_POSITION_OPENERS, lo, s):
                continue
            if scan.names.name_at(s, strong=False) == t[s:m.start()] and not scan.persons.starts_at(s) \
                    and not scan.names.overlaps_body(s, m.start()):
                scan.persons.add(t[s:m.start()], s, m.start(), "posts.photo-position")
            break


def _collective_leaders(scan: ArticleScan, lo: int, hi: int) -> None:
    """县领导梁薇、石峰、张正韶等参加慰问; 刘志忠、孙宏光等区领导深入…: names listed right after a
    collective title (or before 等 and the title) are persons, read as names after a post are; the
    title is no post and names no body, so no post is held.  Every item of the list must read as a
    whole name, else none is taken (区领导和部门负责人: no list), and a single name must be closed
    by 等 or punctuation."""
    rx = _collective_title_re()
    if rx is None:
        return
    t = scan.text
    for m in rx.finditer(t, lo, hi):
        if scan.names.overlaps_body(m.start(), m.end()) and m.group() not in _TITLES_ORGAN \
                and not _congress_then_deputy(scan, m):
            continue  # (inside a found body's name; a place ending in the title's scope is none: 我旗|领导, 平原县|领导)
        if m.group() in _TITLES_ROLE:
            names = _after_role(scan, m.end(), hi)
            if _role_opens_word(t, m):
                names = [n for n in names if _role_name_closed(t, n[1])]
            for s, e, name in names:
                if not scan.persons.starts_at(s):
                    scan.persons.add(name, s, e, "posts.role-noun")
                    if t.startswith(_POSTING_COMMAS, e) and (posted := _serving_village(scan, e + 1, hi)):
                        body, post, at = posted  # 他叫梁兴星,…医院派驻坡妹镇同心村驻村第一书记
                        scan.holdings.append(Holding(name, s, e, body, post, None,
                                                     _sentence_date(scan.doc, t[lo:hi]), "posts.role-noun", at))
            continue
        names = [] if m.group() in _TITLES_BEFORE_ONLY else _after_title(scan, m.end(), hi)[0]
        if not names and t.startswith(_TITLE_THEN_LIST, m.end()) and m.group() not in _TITLES_BEFORE_ONLY:
            names = _after_title(scan, m.end() + 1, hi)[0]  # 市政府领导有|彭琳、张彤…: the list after 有, closed
            if names and not _list_closed(t, names[-1][1]):  # as after 领导有 (mingdan107)
                names = []
        if not names and m.group() in _TITLES_FORMAL:
            names = _formal_single(scan, m.end(), hi)
        if names and m.group() in _TITLES_CLOSED and not _list_closed(t, names[-1][1]):
            continue  # (出席会议的有…那顺孟|和: the list ran into a name it cut, none is sure)
        if not names:
            names = _before_title(scan, m.start(), lo)
        for s, e, name in names:
            if not scan.persons.starts_at(s):
                scan.persons.add(name, s, e, "posts.collective-title")
    _counted_post_lists(scan, lo, hi)
    _counted_people(scan, lo, hi)
    _headcount_colon_lists(scan, lo, hi)


_HEADCOUNT_COLON_RE = re.compile(f"[{DIGIT}{CHINESE_NUMERALS}两]{{1,3}}[" + "".join(w for w, _ in _cue("headcount_units"))
                                 + "][：:]")  # 任设区市副市长的3人：|娄绍光、李无文、杨秀清


def _headcount_colon_lists(scan: ArticleScan, lo: int, hi: int) -> None:
    """由县委书记任设区市副市长的3人：娄绍光、李无文、杨秀清。: a head count of persons and a colon
    open a 、-list of names, each a whole name, the list closed by punctuation (not 等: a longer list
    goes on).  The posts are the clause's, but the colon does not say whose body: no post is held."""
    t = scan.text
    for m in _HEADCOUNT_COLON_RE.finditer(t, lo, hi):
        names, q = _after_title(scan, m.end(), hi)
        if not names or not _list_closed(t, q) or t.startswith(_ETC, q):
            continue
        for s, e, name in names:
            if not scan.persons.starts_at(s):
                scan.persons.add(name, s, e, "posts.headcount-list")


_POST_BEFORE_REACH = 6  # characters before counted names searched for a post they would hold


def _counted_people(scan: ArticleScan, lo: int, hi: int) -> None:
    """授予张燕等2人“肥东县最美志愿者”称号, 评选出王亨等10人为…最美志愿者: names closed by 等 and a
    count of persons (人, 名, 位; not 人次) are persons, with no collective title nor post after them
    (the honour is none); read as before a collective title, every item a whole name."""
    t = scan.text
    for m in _COUNTED_PEOPLE_RE.finditer(t, lo, hi):
        names = _before_title(scan, m.end(), lo)  # (the list read back from its 等)
        if not names:  # 现决定授予|张燕等2人: one name after words the lead words do not cover
            names = _counted_single(scan, max(lo, rfind_any(t, "，,。；;：:\n！？", lo, m.start()) + 1), m.start())
        if not names or t[names[0][0] - 1:names[0][0]] in "：:" or vocabulary().post_re.search(
                t, max(lo, names[0][0] - _POST_BEFORE_REACH), names[0][0]):
            continue  # (市委常委：张晓、格桑等11人, 市委常委张晓等11人: names after a post are its holders)
        if any(_ANONYMOUS in name for _, _, name in names) and not _comrades_after(t, m.end()):
            continue  # 打掉廖某某等27人…黑恶势力, 审结李某某等22人…案件: a case's defendants, named hidden
        for s, e, name in names:
            if not scan.persons.starts_at(s):
                scan.persons.add(name, s, e, "posts.counted-people")


_COMRADES = "同志"  # 刘某、陈某等二名同志: the count's noun that makes the hidden names appointees


def _comrades_after(t: str, q: int) -> bool:
    """Does 同志 follow the count after 等 at q (申某等3名同志)?  Then hidden names (某) are comrades
    appointed or elected, persons; without it a count of hidden names (廖某某等27人, 李某某等22人) is
    a criminal case's defendants a court or procuratorate report names hidden: no person of the graph."""
    return _COMRADES_AFTER.match(t, q) is not None


def _counted_post_lists(scan: ArticleScan, lo: int, hi: int) -> None:
    """特区政府孙玉菡、邓炳强等多名局长出席: a 、-list closed by 等, a count of persons and a post names
    persons, as before a collective title; the post is theirs but its body is not said there (each
    heads a bureau of his own), so none is held."""
    t, post_re = scan.text, vocabulary().post_re
    for m in _COUNTED_POST_RE.finditer(t, lo, hi):
        if post_re.match(t, m.end()) is None:
            continue
        for s, e, name in _before_title(scan, m.end(), lo):
            if not scan.persons.starts_at(s):
                scan.persons.add(name, s, e, "posts.counted-post")


_SEATED_MIN = 3  # names a list with no post nor title must hold to be read as people (王某、李某、赵某在主席台就座)
_SEATED_ITEMS = 40  # items read back from the cue at most (a meeting's platform list)
_SEATED_ITEM_LEN = 4  # characters of one item at most (a Chinese name)
_SEATED_PLACE_ENDS = frozenset(w for w, _ in _cue("seated_place_ends"))  # 村, 镇: a place's kind closing an item


def _seated_re() -> re.Pattern | None:
    """The cues of attendance that close a bare list of names (posts_words `seated_cues`: 在主席台就座)."""
    got = _seated_re.__dict__.get("re", False)
    if got is False:
        words = sorted((w for w, _ in _cue("seated_cues")), key=len, reverse=True)
        got = _seated_re.__dict__["re"] = re.compile(_alt(words)) if words else None
    return got


def _seated_names(scan: ArticleScan, lo: int, hi: int) -> None:
    """王少玄、刘连根、余阳春…、张言苍在主席台就坐: a 、-list of names with no post and no collective
    title, closed by a cue of attendance, opening its clause: its items are people when there are at
    least _SEATED_MIN of them and every one reads as a whole name (a list of bodies or places is
    none: one item that is no name drops the list).  The list is read back from the cue, at most
    _SEATED_ITEMS items of at most _SEATED_ITEM_LEN characters: bounded per cue."""
    rx = _seated_re()
    if rx is None:
        return
    t = scan.text
    for m in rx.finditer(t, lo, hi):
        items, k = [], _before_others(t, max(lo, m.start() - _OTHERS_REACH), m.start())
        while len(items) < _SEATED_ITEMS:
            i = k
            while i > lo and k - i <= _SEATED_ITEM_LEN and is_han(t[i - 1]):
                i -= 1
            if i == k or k - i > _SEATED_ITEM_LEN:
                items = []
                break
            items.append((i, k))
            if i <= lo or t[i - 1] != "、":
                break
            k = i - 1
        if len(items) < _SEATED_MIN or (items[-1][0] > lo and t[items[-1][0] - 1] not in _SEATED_OPENERS):
            continue  # (市领导王某、…: a title or a verb before the first name, read by their own rules)
        if any(scan.names.overlaps(i, k) for i, k in items):
            continue  # (a found body or place among the items: no list of people)
        ends = [t[k - 1] for _i, k in items if t[k - 1] in _SEATED_PLACE_ENDS]
        if len(ends) > len(set(ends)):
            continue  # (王家村、李家村、张家村作交流发言: villages the gazetteer left unread, no people)
        whole = sum(scan.names.name_at(i, after_post=True) == t[i:k] for i, k in items)
        if whole >= _SEATED_MIN and whole * 4 >= len(items) * 3 and all(_name_shaped(t, i, k) for i, k in items):
            for i, k in items:  # (雷音 among a dozen names: a word of the dictionary, a name in such a list)
                if not scan.persons.starts_at(i):
                    scan.persons.add(t[i:k], i, k, "posts.seated-list")


_SEATED_OPENERS = "，,。；;：:\n"
_OTHERS_REACH = 14  # characters from 等 to the cue at most (等其他大会主席团成员在主席台就座)
_OTHERS_MARK = "等"
_OTHERS_STOPS = frozenset("，,。；;、：:\n“”《》")


def _before_others(t: str, lo: int, k: int) -> int:
    """Where a list of names closed by 等 and the others seated with them ends (…、李浩等其他大会主席团
    成员在主席台就座 → before 等): the names are read back from there; k, the cue, when no such 等
    stands in [lo, k) with no stop between."""
    j = t.rfind(_OTHERS_MARK, lo, k)
    if j <= lo or any(ch in _OTHERS_STOPS for ch in t[j:k]):
        return k
    return j
_TAKEN_BY = tuple(w for w, _ in _cue("post_taken_by"))  # 一职由: the post written first, its holder after 由
_TAKEN_BY_REACH = 30  # characters from 由 to the holder's verb (his own posts and name between)


def _post_taken_by(scan: ArticleScan, lo: int, hi: int, date) -> None:
    """两江新区党工委书记一职由重庆市委常委罗蔺兼任: the posts written before 一职由 are held by the person
    named after it whose name a verb of taking closes (兼任, 担任, 接任: appointment_verbs), within
    _TAKEN_BY_REACH characters; the person's own posts between are read by the title rules."""
    t = scan.text
    taking = _taking_verbs()
    for w in _TAKEN_BY:
        k = t.find(w, lo, hi)
        while k >= 0:
            chain = scan.chain_before(k, lo, comma=False)
            after = k + len(w)
            for j in range(after, min(hi, after + _TAKEN_BY_REACH)):
                if not scan.persons.starts_at(j):
                    continue
                name = scan.names.name_at(j, after_post=True)  # (the name found there, read again: cached)
                v = j + len(name) if name else j
                verb = next((x for x in taking if t.startswith(x, v)), None)
                if name and verb and chain:
                    status = _STATUS.get(vocabulary().verbs[verb])
                    for body, post, _, at in chain:
                        if body is not None:
                            scan.holdings.append(Holding(name, j, v, body, post, status, date, "posts.taken-by", at))
                break
            k = t.find(w, after, hi)


@lru_cache(maxsize=1)
def _taking_verbs() -> tuple[str, ...]:
    """The verbs of taking a post `_post_taken_by` reads (appointment and transfer verbs of two
    characters or more, longest first): filtered once, not again for every sentence."""
    return tuple(w for w in _verb_kinds_sorted(("appoint", "transfer")) if len(w) >= 2)


def _name_shaped(t: str, i: int, k: int) -> bool:
    """Is t[i:k] two or three characters opening with a one-character family name of the table that
    is no word of running text first (not of `post_only_surnames`)?"""
    return 2 <= k - i <= 3 and t[i] in _scan_tables()[0].get(t[i], ()) and t[i] not in _POST_ONLY_SURNAMES


def _after_title(scan: ArticleScan, q: int, hi: int, closed_at: int = -1) -> tuple[list[tuple[int, int, str]], int]:
    """N1、N2… right after a collective title, up to a name the text closes (等, a verb,
    punctuation other than 、, or the count `closed_at` that follows the list: 门少起、徐立山|两名同志):
    [] when an item is no name."""
    t, out = scan.text, []
    while q < hi:
        name = scan.names.name_at(q, after_post=True) or _dotted_list_name(scan, q, hi)  # (自治区领导努尔·白克力、车俊)
        if not name or (_is_word(name) and not (len(name) == 2 and (scan.names._rare_word_name(q, bool(out))
                                                                     or scan.names._listed_place_two(q)))) \
                or (name[0] in _PREPOSITIONS and not out and not _list_goes_on(scan, q + len(name), hi)):
            return [], q  # (区领导陈述了, 市领导向大家: a word or a preposition, no name; but after 、 a list
            # goes on with a name, never a preposition: 市领导…郭千里、于玲玲参加)
        out.append((q, q + len(name), name))
        q += len(name)
        if t[q:q + 1] != "、":
            break
        q += 1
    if out and (last := _joined_last_item(scan, q, hi)):
        out.append(last)  # 卢宠茂及杨何蓓茵等: the list's last item joined by 及 and closed by 等
        q = last[1]
    closed = t.startswith(_ETC, q) or scan.names._boundary(q) == 2 or q == closed_at \
        or (len(out) == 1 and t.startswith(_TITLE_ACTS, q))  # 市领导李支农|参加: a leader's attendance
    if out and not (closed or (len(out) >= 2 and scan.names._boundary(q))):
        return [], q  # 区领导陈述了意见: one "name" a verb may follow is too weak; a list or 等 closes it
    return out, q


def _list_goes_on(scan: ArticleScan, k: int, hi: int) -> bool:
    """区领导于晓东、于晓光、张海平…出席: does a 、 follow the first "name" and a name that is no word of
    running text the 、?  A list of names goes on: its first item, though its family name is a
    preposition (于, 向), is a name too (市领导向大家 goes on with no 、)."""
    if scan.text[k:k + 1] != "、":
        return False
    nxt = scan.names.name_at(k + 1, after_post=True)
    return bool(nxt) and not _is_word(nxt) and k + 1 + len(nxt) <= hi


_TITLE_ACTS = tuple(w for w, _ in _cue("collective_title_acts"))  # 参加, 出席, 陪同: what one leader named does


_LAST_ITEM_JOINERS = ("及", "和")  # 卢宠茂及杨何蓓茵等: what may join a 、-list's last name


def _joined_last_item(scan: ArticleScan, q: int, hi: int) -> tuple[int, int, str] | None:
    """孙玉菡、邓炳强、卢宠茂及杨何蓓茵等多名局长: the last name of a 、-list joined by 及 (or 和), read
    only where 等 closes it right after: a name the finder reads, or two to four Han characters a
    family name opens (杨何蓓茵: her husband's family name before her own) that nothing found overlaps
    (县领导张三、李四及各部门负责人 goes on with no name: the list ends before 及, as it did)."""
    t = scan.text
    if not t.startswith(_LAST_ITEM_JOINERS, q):
        return None
    p = q + 1
    name = scan.names.name_at(p, after_post=True) if p < hi else None
    if name and not _is_word(name) and t.startswith(_ETC, p + len(name)):
        return (p, p + len(name), name)
    k = next((k for k in range(p + 2, min(hi, p + 5)) if t.startswith(_ETC, k)), None)  # 及|杨何蓓茵|等: a
    run = t[p:k] if k else ""  # name of four a married woman writes her husband's family name before
    if not run or run[0] not in _scan_tables()[0] or not all(is_han(c) for c in run) or _is_word(run) \
            or scan.names.overlaps(p, k) or scan.persons.crosses(p, k):
        return None
    return (p, k, run)


_PLACE_KIND_AFTER_ETC = "地省市县区州盟旗乡镇村国"  # 、吉林等|地: what after 等 makes a list of places (NameFinder._listed_place_two)
_TITLE_THEN_LIST = "有"  # 出席会议的市领导有|张三、李四。: the verb of a list of those present after a title
_TITLES_BEFORE_ONLY = frozenset(w for w, level in _cue("collective_titles") if level == "before")  # 同志
_TITLES_CLOSED = frozenset(w for w, level in _cue("collective_titles") if level == "closed")  # 出席会议的有
_TITLED_LIST_CLOSERS = "，,。；;"  # (its own name: it once reused the roster's _LIST_CLOSERS, which lost "\n" — the
# last name of a roster line, 副县长：…钟兆斌 高岩⏎, was dropped; dongbei92)
_ADDRESS_TERMS = tuple(sorted((w for w, _ in _cue("address_terms")), key=len, reverse=True))  # 王|女士, 李|大爷
_TITLES_FORMAL = frozenset(w for w, level in _cue("collective_titles") if level == "formal")  # 人大代表


def _formal_single(scan: ArticleScan, q: int, hi: int) -> list[tuple[int, int, str]]:
    """区人大代表卓山青到中心联络站…: a single name after a formal title (a deputy's, written as a
    post is) closed as a name after a post may be, by a verb that follows names as well."""
    name = scan.names.name_at(q, after_post=True) if q < hi else None
    if not name or _is_word(name) or name[0] in _PREPOSITIONS or not scan.names._boundary(q + len(name)):
        return []
    return [(q, q + len(name), name)]


_TITLES_ORGAN = frozenset(w for w, level in _cue("collective_titles") if level == "organ")  # 市人大领导 (市人大 a body)
_TITLES_ROLE = frozenset(w for w, level in _cue("collective_titles") if level == "role")  # 村民, 种植大户


def _role_opens_word(t: str, m: re.Match) -> bool:
    """居民楼加装电梯, 农民工工资: the role noun and the character after it are one common word (居民楼
    a residential building, 农民工 a migrant worker), so what follows is read as a name (楼加装: 楼 is also a
    surname) only where a verb of speech closes it (居民楼国华说), not where it is written twice."""
    return m.end() < len(t) and _is_word(t[m.start():m.end() + 1])


def _after_role(scan: ArticleScan, q: int, hi: int) -> list[tuple[int, int, str]]:
    """村民张小明说, 种植大户王建国介绍, 村民张小明、李大山等: the person a role noun introduces.  A list
    of two or more reads as after a collective title (`_after_title`); a single name must be whole
    and closed by a verb of speech (村民小组, 村民代表, 居民区 are words; 引导牧民储草， is a verb and
    its object, which a comma closes as well as a name)."""
    names = _after_title(scan, q, hi)[0]
    if len(names) >= 2:
        return names  # (a single "name" a comma closes may be a verb and its object: 引导牧民储草，)
    if (dotted := _dotted_list_name(scan, q, hi)) and not _dotted_words(dotted):
        dotted = _household_cut(dotted)
        return [(q, q + len(dotted), dotted)]  # 农民麦苏木·亚生的玉米地: parts joined by · are a name
    t = scan.text
    name = scan.names.name_at(q, after_post=True)
    if not name or _is_word(name) or name[0] in _PREPOSITIONS or scan.names.overlaps_body(q, q + len(name)) \
            or name.endswith(_ADDRESS_TERMS) \
            or not (_role_name_closed(t, q + len(name)) or _role_name_again(scan, q, name)):
        return []
    return [(q, q + len(name), name)]


_ROLE_NAME_AGAIN_LEN = 3  # characters of a name a role noun introduces that its writing again confirms


def _role_name_again(scan: ArticleScan, q: int, name: str) -> bool:
    """种植大户王茂权沿着崎岖山路… “…”王茂权面露喜色: a name of three characters after a role noun, closed by no
    verb of speech, is still a person's where the article writes it again elsewhere (a story follows its
    grower by name); a verb and its object (引导牧民储草) are seldom written twice.  Where a name is first
    and last written is read once per name and article (`ArticleScan.written_span`), not once per role noun."""
    if len(name) != _ROLE_NAME_AGAIN_LEN:
        return False
    first, last = scan.written_span(name)
    return last >= q + len(name) or first + len(name) <= q


_ROLE_NAME_CLOSERS = tuple(sorted((w for w, _ in _cue("role_name_closers")), key=len, reverse=True))  # 家, 在
_AWARD_VERBS_AFTER_NAME = tuple(w for w, _ in _cue("award_verbs_after_name"))  # 荣获, 荣膺: 李芳|荣获
_SPEECH_MANNERS = tuple(sorted((w for w, _ in _cue("speech_manners")), key=len, reverse=True))  # 笑着, 高兴地


def _dotted_words(name: str) -> bool:
    """市民果园·多彩后庄: is a part of a dotted run a word of running text (a noun, not a person's or a
    place's name of the dictionary)?  Then the run is a slogan's two halves, no name."""
    return any((_common_words().get(part) or "nr")[:2] not in ("nr", "ns") for part in name.split(NAME_DOT))


def _household_cut(name: str) -> str:
    """牧民巴·巴特尔家: a dotted name read on into a closer of role_name_closers (家) ends before it,
    where its last part keeps two characters or more."""
    closer = next((w for w in _ROLE_NAME_CLOSERS if name.endswith(w)), None)
    if closer is None or len(name) - len(closer) - name.rfind(NAME_DOT) - 1 < 2:
        return name
    return name[:-len(closer)]


def _role_name_closed(t: str, e: int) -> bool:
    """Does what follows a single name after a role noun close it as a person's: a verb of speech
    (村民张小明说), perhaps after how he speaks (居民马金美笑着说, speech_manners; 吾尔江汗·肉孜兴奋地告诉:
    `_manner_at`), a word of posts_words `role_name_closers` that follows a person, not a word
    (牧民巴特尔家, 村民麦合木提在田里: his household, where he is), or a count of persons summing up the
    names just listed (志愿者张存萍3人被评为)?"""
    manner = next((w for w in _SPEECH_MANNERS if t.startswith(w, e)), "")  # 马金美|笑着|说: how he speaks
    return t.startswith(_SPEECH_VERBS, e + len(manner)) or t.startswith(_ROLE_NAME_CLOSERS, e) \
        or _PEOPLE_COUNT_AFTER.match(t, e) is not None or _manner_at(t, e)


def _list_closed(t: str, q: int) -> bool:
    """Does the list of an attendance cue end cleanly at `q` (…张平等, …赵明。)?  A name cut short
    (那顺孟|和张平) leaves a character that is neither."""
    return t.startswith(_ETC, q) or t[q:q + 1] in _TITLED_LIST_CLOSERS or q >= len(t)


_AT = "在"  # the locative preposition: 信长星|在西宁会见
_DEFINITION_CLOSE = ")）"  # the bracket a short form's definition closes with: …(简称:中国电信四川公司)|党委副书记
_AND_WITH = "和与"  # 戴邦和|与…: a given 和 the conjunction 与 follows closes the name
_WITH_WORDS = ("与会", "与此")  # 和与会代表, 和与此相关: 与 opens a word, 和 is the conjunction
# after a name ending in a particle: 说 and a stop (黄淑和说，…), or 在 and a day (黄淑和在29日…): a
# verb of saying or a time clause, where 和 + a second name would need a name (王刚和在场代表: 在场 no day)
_SAID_OR_ON_DAY = re.compile(f"说[，,：:]|在[{DIGIT}{CHINESE_NUMERALS[:-3]}]{{1,3}}日")
_HOUSEHOLD_TAGS = ("n", "r", "t", "a")  # nouns, pronouns (何国), time words (周代, 唐代: a dynasty) and
# adjectives (高大: 党工委书记高大伟，) of the dictionary a name may open with (副市长周代惠带队巡视)


def _demonstrative_pair(word: str) -> bool:
    """Is `word` (a post-only family name and the next character) a pronoun of the dictionary
    (那么, 那样, 那时: 那 the demonstrative)?  A family name that is first a word of running text
    opens a name after a post only where it makes no such word: 县长那么忙，is no 县长 named
    那么忙, though three characters stand there closed by a comma (as 何国英 of a common family name
    does, whose 何国 is a pronoun too)."""
    return _common_words().get(word, "").startswith("r")
_COLLECTIVE_COUNTERS = frozenset(w for w, _ in _cue("collective_counters"))  # 位, 名
_COUNT_CHARS = frozenset("0123456789０１２３４５６７８９" + CHINESE_NUMERALS + "两多")  # (等多名局长: 多 an unsaid count)
_COUNT_REACH = 4  # digits of a count of listed persons (等11位同志, 等二十三名同志)
_COMRADES_AFTER = re.compile(f"[^，,。；;]{{1,{_COUNT_REACH + 1}}}?{_COMRADES}")  # `_comrades_after`, compiled once
_COUNTED_POST_RE = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(_ETC, key=len, reverse=True)) + ")["
                              + re.escape("".join(sorted(_COUNT_CHARS))) + "]{1,%d}[" % _COUNT_REACH
                              + re.escape("".join(sorted(_COLLECTIVE_COUNTERS))) + "]")  # 等多名|局长
_COUNTED_PEOPLE_RE = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(_ETC, key=len, reverse=True)) + ")(?=["
                                + re.escape("".join(sorted(_COUNT_CHARS))) + "]{1,%d}[" % _COUNT_REACH
                                + re.escape("".join(w for w, _ in _cue("headcount_units"))) + "](?!次))")  # 张燕等|2人

# 志愿者张存萍3人被评为…: a count of persons right after the names sums them up, closing the last as a name
_PEOPLE_COUNT_AFTER = re.compile("[" + re.escape("".join(sorted(_COUNT_CHARS - {"多"}))) + "]{1,%d}[" % _COUNT_REACH
                                 + re.escape("".join(w for w, _ in _cue("headcount_units"))) + "](?!次)")


def _count_start(t: str, k: int, lo: int) -> int:
    """Where the count before a collective title starts (张三、李四等|11位|同志): the list's 等 is
    before it.  `k` itself when no count is written."""
    if k - 1 <= lo or t[k - 1] not in _COLLECTIVE_COUNTERS:
        return k
    j = k - 1
    while j > lo and k - 1 - j < _COUNT_REACH and t[j - 1] in _COUNT_CHARS:
        j -= 1
    return j if j < k - 1 else k


def _before_title(scan: ArticleScan, k: int, lo: int) -> list[tuple[int, int, str]]:
    """刘志忠、孙宏光、吕德林等|区领导: the 、-list ending at 等 right before the title, read from
    the start of its clause; [] unless every item is a whole name."""
    t = scan.text
    title, k = k, _count_start(t, k, lo)
    counted = k < title
    etc = next((w for w in _ETC if k - len(w) > lo and t.startswith(w, k - len(w))), None)
    if etc is None and not counted:
        return []
    end = k - len(etc or "")
    start = max(lo, rfind_any(t, "，,。；;：:\n！？", lo, end) + 1)
    start = scan._strip_lead(start, end)
    closed_at = end if counted else -1  # (门少起、徐立山|两名同志: the count closes the list as 等 does)
    names, q = _after_title(scan, start, end + 1, closed_at)
    if names and q == end and (etc or len(names) >= 2):
        return names
    first = _first_item_start(scan, start, end)
    names, q = _after_title(scan, first, end + 1, closed_at) if first is not None else ([], first)
    if len(names) >= 2 and q == end:
        return names
    return _counted_single(scan, start, end) if etc and counted else []


_ADDRESSEE_RE = re.compile(
    "(?:" + "|".join(re.escape(w) for w, _ in _cue("addressee_openers")) + ")?"
    + f"([{HAN}{NAME_DOT}、]{{2,40}}?)"
    + "(?:(?:" + "|".join(re.escape(w) for w in sorted(_ETC, key=len, reverse=True)) + ")["
    + re.escape("".join(sorted(_COUNT_CHARS))) + "]{0,3}[" + "".join(w for w, _ in _cue("headcount_units")) + "]?)?"
    + "(?:" + "|".join(re.escape(w) for w, _ in _cue("addressee_roles")) + ")[：:]?[ \u3000]*(?=\n|$)")
_ADDRESSEE_ITEM = (2, 4)  # characters of one addressed name (a Chinese name)


def _addressees(scan: ArticleScan, lo: int, hi: int) -> None:
    """李任忠代表：, 尊敬的幸世高代表, 郭胜利、陈爱珍委员：, 尊敬的李晓林、周志勋等代表：: the salutation
    of a reply to a deputy's proposal or a member's motion, a line of its own, names the proposers:
    each item of its 、-list is a person when every item reads as a whole name (各位代表：, 县人大代表：
    and 冬花委员： are no list of whole names).  The role is no post: a deputy's seat names no body."""
    t = scan.text
    p = lo if not t[t.rfind("\n", 0, lo) + 1:lo].strip() else t.find("\n", lo, hi) + 1
    if p <= 0 < lo:
        return  # (the sentence opens mid-line and holds no line of its own)
    while p < hi:
        end = t.find("\n", p, hi)
        end = hi if end < 0 else end
        m = _ADDRESSEE_RE.match(t, p, end)
        if m is not None:
            _addressee_names(scan, m.start(1), m.group(1))
        p = end + 1


def _addressee_names(scan: ArticleScan, s: int, items: str) -> None:
    """The persons of a salutation's 、-list starting at s: none unless each item is a whole name."""
    got, k = [], s
    for item in items.split("、"):
        e = k + len(item)
        if not _ADDRESSEE_ITEM[0] <= len(item) <= _ADDRESSEE_ITEM[1] or _is_word(item) \
                or scan.names.overlaps(k, e) or scan.names.name_at(k, after_post=True) != item:
            return
        got.append((k, e, item))
        k = e + 1
    for k, e, item in got:
        if not scan.persons.starts_at(k):
            scan.persons.add(item, k, e, "posts.addressee")


def _counted_single(scan: ArticleScan, start: int, end: int) -> list[tuple[int, int, str]]:
    """会议表决通过了王兰俊等6名同志的免职议案: a single name closed by 等 and a count of persons,
    after words the lead words do not cover: the whole name ending right at 等 (the count says the
    list is of people, 等 that it goes on), with no family name's character right before it (及杨何蓓茵等:
    the name may start there, which is not told)."""
    t, firsts = scan.text, _scan_tables()[0]
    for n in _FIRST_ITEM_LENGTHS:
        s = end - n
        if s >= start and (name := scan.names.name_at(s, after_post=True)) == t[s:end] \
                and not _is_word(name) and not scan.persons.crosses(s, end) and t[s - 1:s] not in firsts:
            return [(s, end, name)]
    return []


_FIRST_ITEM_LENGTHS = (3, 2, 4)  # a Chinese name's usual lengths, the commonest first


def _first_item_start(scan: ArticleScan, start: int, end: int) -> int | None:
    """Where the first name of a 、-list starts when the clause opens with words the lead words do
    not cover (会议推选|孙某、何某…等11位同志): a whole name ending right at the first 、, with other
    items after it.  None when none is."""
    sep = scan.text.find("、", start, end)
    if sep < 0:
        return None
    for n in _FIRST_ITEM_LENGTHS:
        s = sep - n
        if s > start and scan.names.name_at(s, after_post=True) == scan.text[s:sep]:
            return s
    return None


_NUMBERED_RE = re.compile(f"第[{DIGIT}]{{1,3}}$")


def _numbered_open(t: str, i: int, lo: int) -> int | None:
    """Where 第 opens a number in figures that ends at `i` (国家税务总局第34|督导组, 中央第3|巡视组): the
    ordinal of a numbered group, read with the body before it; None when none ends there."""
    m = _NUMBERED_RE.search(t, max(lo, i - 4), i)
    return m.start() if m is not None else None


_FIELD_LABEL_RE = re.compile(f"(?:{_alt(w for w, _ in _cue('field_person_labels'))})[：:][ \u3000]*")
_FIELD_NEXT = tuple(w for w, _ in _cue("field_labels_after_name"))
_FIELD_NAME_ENDS = frozenset(" \u3000\t\n|/（(）)，,、；;")  # (…审核:张志平): its closing bracket too


def _field_names(scan: ArticleScan, lo: int, hi: int) -> None:
    """主持人:郑奕城, 记录人:王赵明 (a meeting's record), 作者:张文洁 in running text: the field that holds who
    ran the meeting, minuted it or wrote the piece holds a person — a whole name closed by a space, a
    line's end, a mark or the next field (a body written there, 作者:曹县政府办公室, runs on and is
    left).  The field names no body: no post is held."""
    t = scan.text
    for m in _FIELD_LABEL_RE.finditer(t, lo, hi):
        p = m.end()
        name = scan.names.name_at(p) if p < hi else None
        e = p + len(name) if name else p
        if name and (e >= hi or t[e] in _FIELD_NAME_ENDS or t.startswith(_FIELD_NEXT, e)) \
                and not scan.persons.starts_at(p):
            scan.persons.add(name, p, e, "posts.field")


def _signature(scan: ArticleScan, lo: int, hi: int) -> None:
    """A closing signature: （安徽省全椒县纪委  梁端军） — the correspondent of that body."""
    for m in _SIGNATURE_RE.finditer(scan.text, lo, hi):
        name = scan.names.name_at(m.start(2))
        if name != m.group(2) or name in _SIGNATURE_NOT_NAMES:
            continue  # (广州市荔湾区侨联 文图): what the body sent, text and pictures, no correspondent
        body = scan.body_before(m.end(1), m.start(1), None, None)
        if body is None or body.label == "Place":
            continue
        scan.persons.add(name, m.start(2), m.end(2), "posts.signature")
        scan.holdings.append(Holding(name, m.start(2), m.end(2), body, "通讯员", None, None,
                                     "posts.signature", m.start(1)))


_TRANSLIT_OR_DOT = _TRANSLIT | {NAME_DOT}


def _dotted_last_parts(names: set[str]) -> dict[str, str]:
    """The last part of each name joined by · (梅纳西·索加瓦雷 → 索加瓦雷, 若泽·拉莫斯·奥尔塔 → 奥尔塔)
    of at least two characters, for the one full name the document gives it."""
    fulls: dict[str, set[str]] = {}
    for n in names:
        if NAME_DOT in n and len(last := n.rsplit(NAME_DOT, 1)[1]) >= 2:
            fulls.setdefault(last, set()).add(n)
    return {last: next(iter(f)) for last, f in fulls.items() if len(f) == 1}


def _dotted_short_names(scan: ArticleScan, short: dict[str, str]) -> None:
    """所罗门群岛总理梅纳西·索加瓦雷…习近平主席会见索加瓦雷总理: a foreign name written in full once
    and by its last part after is one person — the last part read as a person of its own (奥尔塔)
    is the full name's, and the last part written alone elsewhere in the article (索加瓦雷总理,
    read as nobody) is a mention of him: where it stands over no other name and between no
    transliteration characters (索加瓦雷斯 would be another name).  One search per such name."""
    for last in [n for n in scan.persons if n in short]:
        for s_, e_, rule in scan.persons.pop(last):
            scan.persons.setdefault(short[last], []).append((s_, e_, rule))
    for h in scan.holdings:
        if h.person in short:
            h.person = short[h.person]
    t = scan.text
    seen = {(a, b) for occ in scan.persons.values() for a, b, _ in occ}
    for last, full in short.items():
        for s_ in literal_starts(t, last):
            e_ = s_ + len(last)
            if (s_, e_) in seen or scan.persons.crosses(s_, e_) or scan.names.overlaps(s_, e_) \
                    or t[s_ - 1:s_] in _TRANSLIT_OR_DOT or t[e_:e_ + 1] in _TRANSLIT_OR_DOT:
                continue
            scan.persons.add(full, s_, e_, "posts.dotted-last-part")


def _written_division_abroad(written: str, name: str, code) -> str:
    """越南广宁省|人民委员会: a division abroad is named in its bodies as written, with its division's
    word (广宁省人民委员会, 占巴塞省外事厅), not by the bare name the world table gives the place
    (广宁人民委员会 named no body); a Chinese division keeps its table name."""
    if not code or str(code)[:1].isdigit() or written == name or not written.startswith(name):
        return name
    return written if written[len(name):] in _FOREIGN_DIVISION_WORDS else name


_FOREIGN_DIVISION_WORDS = frozenset(place_words("foreign_division_suffixes"))


_GUESSED_PLACE_RULE = "pos.ns"  # a place read by jieba's tag alone, no table's
_CROSSING_REACH = 10  # characters before a name a mention crossing into it may start at (bounded look)


def _guessed_places_only(scan: ArticleScan, s: int, e: int) -> bool:
    """希望川口顺子女士…, 川口顺子女士在会见中说 (日本外务大臣川口顺子 read once with her post): what a name
    read with evidence overlaps elsewhere is only a place jieba's tag guessed (川口, no table's),
    wholly inside it: the name is read there too, and the guess goes (`_drop_places_inside_persons`)."""
    inside = scan.mentions_starting(s, e)
    if not inside or any(m.label != "Place" or m.rule != _GUESSED_PLACE_RULE or m.aend > e for m in inside):
        return False
    return not any(m.aend > s for m in scan.mentions_starting(max(0, s - _CROSSING_REACH), s))


def _known_names(scan: ArticleScan, names: set[str]) -> None:
    """Every other occurrence of a name found with evidence is the same person (one per document),
    and posts given after it (王晓江…成长为…) are read there too."""
    t = scan.text
    verbs_before = tuple(_verb_kinds("appoint", "nominate", "elect", "transfer", "promote", "remove"))
    seen = {(s, e) for occ in scan.persons.values() for s, e, _ in occ}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for s in literal_starts(t, name):
            e = s + len(name)
            if (s, e) in seen or (scan.names.overlaps(s, e) and not _guessed_places_only(scan, s, e)):
                continue
            if scan.persons.crosses(s, e):
                continue
            if any(_is_word(t[a:b]) for a, b in ((s - 1, e), (s - 2, e), (s, e + 1), (s, e + 2)) if a >= 0):
                continue  # inside a common word: 用电高峰期 names nobody
            if scan.names._boundary(e) == 0 and _jieba_name(t[s:s + 6]) not in (None, name):
                continue  # more of a name follows: 王伟东 is not 王伟
            scan.persons.add(name, s, e, "posts.same-name")
            sent = scan.art.sentence_at(s)
            hi = sent.end if sent else len(t)
            lo = sent.start if sent else 0
            _after_name(scan, name, s, e, hi, _sentence_date(scan.doc, t[lo:hi]), verbs_before)
            if not (s == lo or t[s - 1] in "，,。；;\n"):
                continue
            for w in _verb_kinds("career"):  # the subject of a career verb later in its sentence
                j = t.find(w, e, hi)
                if j >= 0:
                    r = j + len(w)
                    for body, post, at in scan.chain_after(r, _clause_end(t, r, hi)):
                        scan.holdings.append(Holding(name, s, e, body, post, "former", None,
                                                     "posts.career", at))
                    break


# --------------------------------------------------------------------------- output

def _person_key(name: str, anchor: str | None, doc_id: str) -> str:
    """Same name and same body (of the first post) across documents: one person; no post: per document."""
    return f"person-{short_hash(name + '|' + (anchor or 'doc:' + doc_id))}"


_VILLAGE_ORGANS_BARE = dict(_cue("village_organs_bare"))
_VILLAGE_LEVELS = ("village", "community")
_VILLAGE_BODY_WINDOW = 200  # characters before the organ: the sentence or two that named its village
_BODY_SECTION = "body"  # a paragraph of the article's text (no title, heading or caption)



def _village_organ_name(scan: ArticleScan, b: Body) -> str | None:
    """“我们接官亭村是易地搬迁村…”村党支部书记、村委会主任张妍介绍道: a village's organ written bare
    (村委会, 社区党委: village_organs_bare) is the organ of the village or community named last
    before it in its paragraph or the one before, within a few sentences (`_VILLAGE_BODY_WINDOW`), when that place
    is of the organ's kind (村 for 村委会): 接官亭村委会, the village's name sharing the 村.  None
    when no such place is named there: the bare organ stays this document's own."""
    kind = _VILLAGE_ORGANS_BARE.get(b.name)
    if kind is None:
        return None
    m = _village_named_last(scan, b.start)
    if m is None:
        return None
    village = m.norm or m.surface
    if not village.endswith(kind):
        return None
    return village + (b.name[len(kind):] if b.name.startswith(kind) else b.name)  # (居委会: 社区 + 居委会)


def _village_named_last(scan: ArticleScan, at: int):
    """The village or community mention named last before `at` in its paragraph or the one before,
    within _VILLAGE_BODY_WINDOW characters (what a bare 村委会 or a demonstrative's 该村 names), or None."""
    sec = scan.art.section_at(at)
    start = sec.start if sec else 0
    before = scan.art.section_before(sec) if sec is not None else None
    if before is not None and before.kind == sec.kind == _BODY_SECTION:
        start = before.start  # 记者回到…吴庄村的老家。⏎ …村党总支书记薛群: the village named in the paragraph before
    lo = max(start, at - _VILLAGE_BODY_WINDOW)
    k = bisect_left(scan._starts, at)
    for m in reversed(scan.mentions[bisect_left(scan._starts, lo):k]):
        if m.label == "Place" and m.attrs.get("level") in _VILLAGE_LEVELS and m.aend <= at:
            return m
    return None


_BUREAU_END = "局"


def _party_committee_placed(scan: ArticleScan, name: str) -> str | None:
    """A democratic party's committee written by its level alone (民盟市委, 民进省委会) in a story placed at
    that level: the committee of the article's place, named as the text names it in full (民盟上海市委,
    民进湖北省委会); None where the name is placed already or the article has no place at that level."""
    head = next((h for h in _PARTY_HEADS if name.startswith(h)), None)
    if head is None:
        return None
    rest = name[len(head):]
    scope = next((sc for sc, _ in _RELATIVE_SCOPES if rest.startswith(sc)), None)
    if scope is None or not rest[len(scope):].startswith(_PARTY_COMMITTEE_ENDS):
        return None
    pl = scan._relative_place(_SCOPE_LEVELS[scope], scope)
    return head + pl[0] + rest[len(scope):] if pl and pl[0].endswith(scope) else None


def _placed_department_before(scan: ArticleScan, b: Body) -> str | None:
    """The key of the one placed agency the article named before a bare body whose name it ends
    with (县水务局…, then 水务局党组成员张宪: 威远县水务局), or None — a bare department written again after
    its place's is that place's; two such (市水务局, 县水务局) leave it unplaced.  Bureaus only (…局): a
    bare 办公室 after 县委办公室 may be any body's office."""
    if len(b.name) < 3 or not b.name.endswith(_BUREAU_END):
        return None
    keys = {m.key for m in scan.mentions[:bisect_left(scan._starts, b.start)]
            if m.label == "Agency" and m.key and m.attrs.get("place_code") and m.aend <= b.start
            and (_ends_with_name(m.norm, b.name) or _ends_with_name(m.surface, b.name))}
    return keys.pop() if len(keys) == 1 else None


def _ends_with_name(name: str | None, bare: str) -> bool:
    """Does a placed agency's name, as normalised or as written, end with the bare body's and hold more?
    As written too (shuiwu115: 双峰县地税局 … 地税局副局长宋果能): the bare short form (地税局) ends the name the
    text wrote, not its full form (双峰县地方税务局)."""
    return bool(name) and name.endswith(bare) and len(name) > len(bare)


def _aliases_by_label(doc: Doc) -> dict[tuple[str, str], set[str]]:
    """(label, alias) → the keys of the entities the document knows under that alias: built once
    per document before the bodies are keyed, so each body's lookup is one probe (a pass over every
    entity per body was quadratic in a long document)."""
    index: dict[tuple[str, str], set[str]] = {}
    for k, e in doc.entities.items():
        for a in e.aliases:
            index.setdefault((e.type, a), set()).add(k)
    return index


def _entity_known_by_alias(aliases: dict[tuple[str, str], set[str]], b: Body) -> str | None:
    """The key of the one entity of the body's label the document already knows under the body's
    name as an alias (临江林业局, the short form of 临江市林业局 that the entities stage resolved), or
    None: a body written as the text wrote it elsewhere is that entity, not a second one of the same
    name."""
    keys = aliases.get((b.label, b.name), ())
    return next(iter(keys)) if len(keys) == 1 else None


def _found_place_key(scan: ArticleScan, b: Body) -> str | None:
    """顺石岭村村支书何强: a village with no division code that holds a post is the village the
    gazetteer found at that very span (its key carries the village's chain of parents), not a second,
    empty entity of the same name keyed by the name alone."""
    return next((m.key for m in scan.mentions_starting(b.start, b.start + 1) if m.label == "Place" and m.key
                 and m.aend == b.end), None)  # (by bisection: a pass over every mention per body was quadratic)


def _body_key(doc: Doc, scan: ArticleScan, b: Body, aliases: dict | None = None) -> str:
    if b.key:
        return b.key
    if b.label == "Place":
        code = b.place[1] if b.place else None
        key = _found_place_key(scan, b) if code is None else None
        key = key or entity_id("Place", b.name, code)
        if key not in doc.entities:
            d = table().get(code) if code else None
            doc.entities[key] = Entity(key, "Place", b.name, code=code, level=d.level if d else None,
                                       rules={"posts.body"})
        b.key = key
        return key
    other = _OTHER_BODY_LABEL.get(b.label)
    if other and entity_id(other, b.name) in doc.entities and entity_id(b.label, b.name) not in doc.entities:
        b.label = other  # 民进贵阳市政协副主席、市委会主委: the party committee found as an organisation, one body
    if b.label == "Organization" and (placed := _party_committee_placed(scan, b.name)):
        b.aliases, b.name = b.aliases + (b.name,), placed  # 民盟市委主委陈群 in a Shanghai story: 民盟上海市委
    if b.label == "Agency" and not b.place and (named := _village_organ_name(scan, b)):
        b.aliases, b.name = b.aliases + (b.name,), named  # 村委会 → 接官亭村委会
    if b.label == "Agency" and not b.place and (earlier := _placed_department_before(scan, b)) is not None:
        b.key = earlier  # 县水务局副局长郝信军…水务局党组成员张宪: the county's bureau named before
        return earlier
    key = entity_id(b.label, b.name)
    relative = b.name.startswith(tuple(sc for sc, _ in _RELATIVE_SCOPES) + _LOCAL_SCOPES)
    if key not in doc.entities and not relative and len(b.name) >= 4 \
            and (known := _entity_known_by_alias(aliases or {}, b)) is not None:
        key = known  # 临江林业局党委书记 after 来到临江林业局 (临江市林业局): the agency named before
    elif not b.place and (relative or len(b.name) <= 5):
        key = entity_id(b.label, doc.id + "|" + b.name)  # 区供销联社, 研究室: which one is this document's
    b.key = key
    m = doc.add_mention(scan.art, b.start, b.end, b.label, "posts.body", norm=b.name)
    if m is not None:
        m.key = key
        if b.place and b.place[1]:
            m.attrs["place_code"] = b.place[1]
        ev = mention_evidence(doc, m, rule="posts.body", whole_sentence=False)
        ev.surface = m.surface
        sent = scan.art.sentence_at(b.start)
        if sent is not None:
            ev.quote, ev.sentence_start = doc.text[sent.src_start:sent.src_end], sent.src_start
    ent = doc.entities.get(key)
    if ent is None:
        ent = doc.entities[key] = Entity(key, b.label, b.name)
    ent.aliases.update(a for a in b.aliases if a != ent.name and len(a) > 1)  # (村|支书: the kind alone
    if m is not None:  # names no body)
        if m.surface != ent.name and len(m.surface) > 1:
            ent.aliases.add(m.surface)
        ent.mentions.append(ev)
    ent.rules.add("posts.body")
    return key


@component("posts", reads=("doc.mentions", "doc.entities", "article.place"),
           writes=("doc.mentions", "doc.entities", "doc.relations"))
def make_posts():
    """Persons in running text and the posts they hold (holdsPost), with appointments."""

    def posts(doc: Doc) -> Doc:
        by_article = mentions_by_article(doc)
        scans = []
        for art in doc.articles:
            scan = ArticleScan(doc, art, by_article.get(art.id, []))
            _scan_article(doc, scan)
            scans.append(scan)
        names = {n for s in scans for n in s.persons}
        if (short := _dotted_last_parts(names)):
            for scan in scans:
                _dotted_short_names(scan, short)
            names -= set(short)
        for scan in scans:
            _known_names(scan, names)
            _drop_home_titles_abroad(scan)  # (欧尔班总理 read again at the name's later mentions)
            _acting_written(scan)
            _deceased_former(scan)
        _emit(doc, scans)
        _drop_places_inside_persons(doc)
        return doc

    return posts


def _drop_places_inside_persons(doc: Doc) -> None:
    """市领导…、黄海峰、朱华出席: a place the finders read inside a name this stage has read as a
    person's (黄海 of 黄海峰) is no place there — a short place name inside a longer word is none;
    nor is a place jieba's tag alone guessed on the very span of a name read (于洋 of 副指挥长：于洋
    …分局局长).  The mention loses its key and the place its evidence; a place then named nowhere goes, with
    any relation it had (a bisection over the sorted person spans: linear in the mentions)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in doc.mentions:
        if m.label == "Person" and m.key and m.astart >= 0:
            spans.setdefault(m.article, []).append((m.astart, m.aend))
    if not spans:
        return
    for v in spans.values():
        v.sort()
    inside: dict[str, set[tuple[int, int]]] = {}
    for m in doc.mentions:
        if m.label != "Place" or not m.key or m.astart < 0 or m.article not in spans:
            continue
        v = spans[m.article]
        k = bisect_right(v, (m.astart, len(doc.text) + 1)) - 1
        while k >= 0 and v[k][0] > m.astart - 12:  # (names are short: a few spans back at most)
            s, e = v[k]
            if s <= m.astart and m.aend <= e and (e - s > m.aend - m.astart or m.rule == _GUESSED_PLACE_RULE
                                                  or doc.text[m.start - 1:m.start] == "、"):
                # (the same span only for a place jieba's tag alone guessed: 于洋 of 副指挥长：于洋 …局长, or a
                # name inside a 、-list of names: 市领导王安顺、杜德印、吉林等, `NameFinder._listed_place_two`)
                inside.setdefault(m.key, set()).add((m.start, m.end))
                m.key = None
                break
            k -= 1
    if inside:
        forget_mentions(doc, inside)


_ACTING_BODY_REACH = 16  # characters from a body written after 代理 to its post (济源市人民政府|市长)


def _acting_written(scan: ArticleScan) -> None:
    """张宏义同志代理济源市人民政府市长, 任命A为副市长，代理杭州市市长职务: 代理 right before the
    body written with a post makes the post an acting one (代理市长), whichever rule read it; read
    bare (市长) it stated a full appointment the decision never made.  Only a body written
    after the name and at most _ACTING_BODY_REACH characters before its post; a post taken away
    is left as read."""
    t = scan.text
    for h in scan.holdings:
        b = h.body
        if h.status != "removed" and not h.post.startswith(_ACTING) \
                and h.pend <= b.start < h.at <= b.start + _ACTING_BODY_REACH \
                and t.endswith(_ACTING, 0, b.start):
            h.post = next(w for w in _ACTING if t.endswith(w, 0, b.start)) + h.post


_DEATH_VERBS_RE = re.compile("|".join(map(re.escape, (w for w, _ in _cue("death_verbs")))))  # 逝世, 病逝
_DEATH_GAP_STOPS = "".join(w for w, _ in _cue("death_gap_stops"))  # 的, 父, 母: another died (张三的父亲去世)
_DEATH_GAP_OPENERS = tuple("".join(w for w, _ in _cue("death_gap_openers")))  # ，因病于…, (省长级待遇): the notice's
_DEATH_REACH = 60  # characters from the name's end to the verb of dying (因病医治无效，于…在…逝世)


def _deceased_former(scan: ArticleScan) -> None:
    """An obituary (湖北省人民政府原副省长邓垦同志…在深圳逝世; 王国发同志，因病于2018年9月16日在北京逝世):
    the person whose name comes last before a verb of dying (death_verbs), in its sentence, at
    most _DEATH_REACH characters before it, with none of death_gap_stops between (张三的父亲去世:
    not 张三) and the words between opening as a notice's do (death_gap_openers: ，因病于…; 王五看望了
    病逝干部…: not 王五), is dead, so every post the article gives him without a status is a former one (the
    resume's 1993年1月任吉林省副省长, 政协福建省第七届、八届委员会主席…游德馨同志).  One search of the
    article for the verbs; the persons looked up by their spans."""
    if not scan.holdings:
        return
    t = scan.text
    dead = set()
    for m in _DEATH_VERBS_RE.finditer(t):
        d = m.start()
        lo = max(rfind_any(t, "。！？；;\n", max(0, d - _DEATH_REACH), d) + 1, d - _DEATH_REACH, 0)
        ps = scan.persons
        last = ps.last_within(lo, d)
        if last:
            s, e = last
            gap = t[e + len(_COMRADE):d] if t.startswith(_COMRADE, e) else t[e:d]
            if t[s:e] in ps and not any(c in _DEATH_GAP_STOPS for c in gap) \
                    and (not gap or gap.startswith(_DEATH_GAP_OPENERS)):
                dead.add(t[s:e])
    if dead:
        for h in scan.holdings:
            if h.status is None and h.person in dead:
                h.status = "former"


def _qualifies(head: str) -> bool:
    """Is `head`, what a longer body's name writes before a shorter one's, a qualifier of it: a
    short one (中华|全国供销合作总社) or a body's whole name (…总社|研究室)?  Not the rest of a longer
    unit's own name (…委员会网络新闻|信息传播局: another bureau than 信息传播局)."""
    return len(head) <= _QUALIFIER_SHORT or head.endswith(vocabulary().unit_suffixes)


_QUALIFIER_SHORT = 2  # 中华: a qualifier of two characters at most needs no body's ending


def _canonical_bodies(scans: list[ArticleScan]) -> None:
    """One body per document under its fullest name: 全国供销合作总社 written once in full as
    中华全国供销合作总社 is that body, and so is what is named after it (…总社研究室)."""
    bodies = [h.body for s in scans for h in s.holdings if h.body.label != "Place"]
    names = sorted({b.name for b in bodies}, key=lambda n: (-len(n), n))
    full = {}
    for n in names:
        if len(n) < 5:
            continue
        longer = [m for m in names if len(m) > len(n) and m.endswith(n) and _qualifies(m[:-len(n)])]
        if longer:
            full[n] = min(longer, key=lambda m: (len(m), m))
    if not full:
        return
    for b in bodies:
        for short in sorted(full, key=lambda n: (-len(n), n)):
            if b.name.startswith(short) and not b.name.startswith(full[short]):
                new = full[short] + b.name[len(short):]
                b.aliases = tuple(sorted(set(b.aliases) | {b.name} - {new}))
                b.name = new
                if b.key and not b.new:
                    b.key = None  # named in full now: the full name's entity
                b.new = True
                break


def _host_place(doc: Doc, code: str) -> str | None:
    """shiguan103: the place entity an envoy's mission is located in (法国驻穗总领事罗宏灵 → 法国驻穗
    总领事馆 in 广州市, 澳大利亚驻成都总领事郭南希 → 澳大利亚驻成都总领事馆 in 成都市, 中国驻加拿大大使 → 中国
    驻加拿大大使馆 in 加拿大): the document's place of that code, else the table's division; a mission
    named only through its envoy's post has no mention the relations stage would place."""
    key = entity_id("Place", "", code)
    if key in doc.entities:
        return key
    return ensure_place(doc, code) if table().get(code) is not None else None


def _emit(doc: Doc, scans: list[ArticleScan]) -> None:
    """Persons (one per name in a document), their mentions, and holdsPost relations."""
    _canonical_bodies(scans)
    first: dict[str, tuple[int, str]] = {}
    aliases = _aliases_by_label(doc)
    for n, scan in enumerate(scans):
        for h in sorted(scan.holdings, key=lambda h: (h.pstart, h.at)):
            key = _body_key(doc, scan, h.body, aliases)
            first.setdefault(h.person, (n, key))
    # byline persons of the same name become this person (one person per name)
    old = {e.name: k for k, e in doc.entities.items() if e.type == "Person"}
    for n, scan in enumerate(scans):
        for name, occ in sorted(scan.persons.items()):
            key = _person_key(name, first.get(name, (0, None))[1], doc.id)
            ent = doc.entities.get(key)
            if ent is None:
                ent = doc.entities[key] = Entity(key, "Person", name)
                if name in old and old[name] != key:
                    prev = doc.entities.pop(old[name])
                    ent.merge(prev)
                    for m in doc.mentions:
                        if m.key == old[name]:
                            m.key = key
            for s, e, rule in sorted(occ):
                m = doc.add_mention(scan.art, s, e, "Person", rule, norm=name)
                if m is None:
                    continue
                m.key = key
                ev = mention_evidence(doc, m, rule=rule, whole_sentence=False)
                ev.surface = m.surface
                sent = scan.art.sentence_at(s)
                if sent is not None:
                    ev.quote, ev.sentence_start = doc.text[sent.src_start:sent.src_end], sent.src_start
                ent.mentions.append(ev)
                ent.rules.add(rule)
    index = {r.key: r for r in doc.relations}
    cited: dict[tuple[str, str], set[tuple[int, int]]] = {}
    for n, scan in enumerate(scans):
        for h in sorted(scan.holdings, key=lambda h: (h.pstart, h.at, h.post)):
            pkey = _person_key(h.person, first.get(h.person, (0, None))[1], doc.id)
            okey = _body_key(doc, scan, h.body, aliases)
            ev = doc.evidence(scan.art, h.pstart, h.pend, rule=h.rule)
            rel = index.get((pkey, "holdsPost", okey))
            if rel is None:
                rel = index[(pkey, "holdsPost", okey)] = Relation(pkey, "holdsPost", okey, [], set())
                doc.relations.append(rel)
            spans = cited.get((pkey, okey))
            if spans is None:  # the spans a relation cites, kept as a set (a pass each: quadratic)
                spans = cited[(pkey, okey)] = {(x.start, x.end) for x in rel.evidence}
            if (ev.start, ev.end) not in spans:
                spans.add((ev.start, ev.end))
                rel.evidence.append(ev)
            rel.rules.add(h.rule)
            rel.add_post(h.post, h.status, h.date)
            host = scan._lazy.get("mission_hosts", {}).get(okey)
            if host is not None and not doc.entities[okey].mentions and (place := _host_place(doc, host)) is not None:
                doc.add_relation(okey, "locatedIn", place, ev, "posts.mission-host")
