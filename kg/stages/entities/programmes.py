"""Programmes: quoted names, policy documents, campaigns, events, mechanisms, reforms, projects.

- Quoted names that the context makes a programme (a head word after it: “五有”标准,
  “爱心存折”项目; a running verb before it: 推出/开展“…”; the topic of its paragraph or of a ;-list
  item), policy documents in 《…》.  Slogans and figures of speech in quotes (“名嘴”, “卡脖子”)
  match none of these.
- Unquoted names found by rules (`RULES`, each an id, a pattern, a kind and an `accept` that
  checks the match and returns the name's span): named campaigns (…落实年活动), events held
  (举办…大赛, named without place and edition; 2024湖北县域经济高峰论坛在…举行, named with its year;
  首届鲁山杜鹃花节, a festival of any 节 named with its edition, and what 暨 joins to such events;
  全国网络媒体湖北行活动, a tour named after the place it visits), meetings held (组织召开全县…推进会, 筹备了一场
  …谈话会), expos attended (参加中国国际进口博览会, 出席2020年迪拜世博会), strategies put into
  effect (落实乡村振兴战略: kind policy, like “一带一路”倡议), named reforms (深化放管服改革), province- or
  city-wide campaigns (全省河湖清理行动), policy documents in official titles (关于印发X的通知,
  令第N号X规定, 废止X办法).  Mechanisms (建立…机制/制度), projects before a count (X等23个项目)
  or named after their place as a clause's subject (其中,固安县航天产业园项目计划投资…; after 暨, with
  what it includes in brackets), every item of a counted list (包括A、B、C等15个项目), parks places build
  together (青岛-安顺共建产业园, 烟台·巫山产业园) and the meetings they hold together (天津市-长春市对口合作
  推进会), a division assigned to help another (台州市对口帮扶…峨边彝族自治县), farm bases named after
  their village (双河村|黄金猕猴桃基地), roads named by their ends (者东村至学堂村公路建设项目),
  named services for farmers (土地托管), projects a body builds at a named place (…在…经济开发区建设
  光伏储能项目), and the programme a working group is named after
  (…中心建设工作指导组 → …中心建设).
Head words, verbs and cue words are data (programme_heads.tsv, run_verbs.tsv, cue_words.tsv,
programme_cues.tsv).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Callable

from ... import lexicon as L
from ...text import CHINESE_NUMERALS, DIGIT, HAN, LATIN, TextMemo, alt, dict_words, dictionary_words, literal_starts, word_tags, \
    words_guard
from ...divisions import table as division_table
from ...metric_words import guarded
from ..layout import ENUMERATOR
from .common import NOT_IN_NAME, Found, Occupancy, cue, cue_alt, cue_chars, contained, name_re, paragraph_start

_W = L.words_alt
_P = "programme_cues"


def _C(name: str) -> str:
    """An alternation of one list of programme_cues.tsv."""
    return cue_alt(_P, name)


def _done(verbs: str) -> str:
    """A verb that runs or holds something, with the perfective 了 it may take (举办了首届…文化节,
    开展了…行动): 了 is the verb's, never the first character of the name that follows."""
    return f"(?:{verbs})(?:{cue_alt(_P, 'perfective')})?"


_QUOTE_RE = re.compile(r"“([^“”\n]{1,40})”")
_QUOTE_PADDING = " \u3000\t"  # blanks a PDF's text sets inside quotation marks (“ 赶场立案”)
_POLICY_RE = re.compile(r"《([^《》\n]{2,80})》")
# (组织开展的2021年度根治欠薪冬季专项行动: the relative 的 and the year after the verb are no part of the name)
_CAMPAIGN_RE = name_re(_W('campaign_heads'), 2, 16, lead=_done(_W('campaign_verbs'))
                       + f"(?:{_C('campaign_relative')})?(?:(?:19|20)[0-9]{{2}}(?:{_C('campaign_year_marks')}))?")
_YEAR_MARK_ENDS = frozenset(w[-1] for w in cue(_P, "campaign_year_marks"))  # 年, 度: a year read before the name
# one campaign named by two fields joined with 、 before one head (开展城乡环境卫生、交通秩序综合整治
# 攻坚行动); a field ending in a head of its own makes a list of campaigns instead (see _joined_campaign)
_JOINED_CAMPAIGN_RE = re.compile(rf"{_done(_W('campaign_verbs'))}((?:[{HAN}]{{2,10}}、){{1,3}}[{HAN}]{{2,16}}?"
                                 rf"(?:{_W('campaign_heads')}))")
# events held (联合举办…第四届…大赛): the name runs from the verb to the event word
# a campaign whose name carries its year right before its head (开展重大事故隐患专项排查整治2023行动,
# yingji93), or listed after another campaign the verb opens (开展安全生产大检查、…2023行动): the year,
# written with no 年, is part of the name, as in the ministry's own title
_YEAR_CAMPAIGN_RE = re.compile(rf"(?:{_done(_W('campaign_verbs'))}|、)([{HAN}]{{5,16}}?(?:19|20)[0-9]{{2}}(?:{_C('year_campaign_heads')}))"
                               rf"(?![0-9])")
# a campaign named by what it guards against or cleans up, as the work a body 开展s (开展工程建设领域
# 廉政风险防控工作): the name without 工作; short ones (开展环境卫生整治工作) are kinds of work, not names
_WORK_CAMPAIGN_RE = name_re(_C('work_campaign_heads'), 6, 14, lead=_done(_W('campaign_verbs')),
                            follow=f"(?={_C('work_campaign_tail')})")
_WORK_BAD_STARTS = tuple(cue(_P, "work_campaign_bad_starts"))
_WORK_OVERSIGHT = tuple(cue(_P, "work_campaign_oversight"))  # 督查指导: longest first in the file
_WORK_NAME_MIN = 6  # characters a work campaign's name holds at least (as _WORK_CAMPAIGN_RE)


def _after_oversight(name: str) -> int:
    """Where a work campaign's name starts once a superior's oversight written before it is left out
    (督查指导|人居环境突出问题排查整治: the leaders oversee the township's campaign); 0 when none opens it
    or too little would be left."""
    w = next((w for w in _WORK_OVERSIGHT if name.startswith(w)), "")
    return len(w) if w and len(name) - len(w) >= _WORK_NAME_MIN else 0
_EVENT_RE = name_re(_W('event_heads'), 2, 24, f"{HAN}{DIGIT}", lead=_done(_W('event_verbs')))
# an event named right after the verb that holds it and 的 (由A和B共同举行的中阿商务论坛)
_HELD_EVENT_RE = name_re(_W('event_heads'), 2, 16, f"{HAN}{DIGIT}", lead=_C('held_event_verbs'))
_EL = L.chars("event_list_heads")
_EVENT_LIST_RE = re.compile(rf"(?:{_W('event_list_verbs')})((?:[{HAN}]{{2,10}}[{_EL}][、,，])*[{HAN}]{{2,10}}[{_EL}])"
                            rf"(?:{_C('etc')})?(?:{_C('event_list_tail')})")
# (建立起…机制: the resultative 起 is the verb's, as 了 is; not before 草: 建立起草审查机制)
# (建立“两病”门诊用药保障机制: a quoted short name opening the mechanism's is part of it, quotes and all)
_MECHANISM_RE = re.compile(f"(?:{_done(_W('mechanism_verbs'))}(?:(?:{_C('mechanism_complements')})(?!草))?)"
                           f"((?:“[{HAN}]{{2,6}}”)?[{HAN}]{{2,12}}?(?:{_W('mechanism_heads')}))")
# a second verb joined to the mechanism verb (完善|并实施|有关规章制度): `_joined_verb_length`
_JOINED_VERB_RE = re.compile(f"(?:{_C('mechanism_joined_verb_conjunctions')})"
                             f"(?:{_C('mechanism_joined_verbs')}|{_W('mechanism_verbs')})")
# named reforms (深化放管服改革), campaigns of a whole province/city (结合全省河湖清理行动)
# (深入推进DRG支付方式改革, 推进DRG/DIP支付方式改革: the method's Latin initials open the reform's name)
_REFORM_RE = re.compile(f"(?:{_done(_W('reform_verbs'))})((?:[{LATIN}]{{2,6}}[/／、])*[{LATIN}]{{2,6}}[{HAN}]{{2,8}}?"
                        f"(?:{_C('reform_heads')})|[{HAN}]{{2,8}}?(?:{_C('reform_heads')}))")
_SCOPED_CAMPAIGN_RE = name_re(_W('scoped_campaign_heads'), 2, 10, lead=f"(?<={_W('scoped_campaign_scopes')})")
# a project named before a count of projects (馆陶县河北三海装配式…建筑等23个项目开工)
# (the kind of the projects counted may stand before 项目: 等6个文化旅游项目, 等3个重点项目)
_PROJECT_KIND = rf"(?:(?!{_C('project_kind_stops')})[{HAN}]){{0,4}}?"
_PROJECT_LIST_RE = re.compile(rf"([{HAN}{LATIN}{DIGIT}]{{4,30}}?)(?:{_C('etc')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+"
                              rf"(?:{_C('project_count_classifiers')}){_PROJECT_KIND}(?:{_C('project_heads')})")
# how every _PROJECT_LIST_RE match ends (等23个项目): a text without it has none, and one quick search
# spares the lazy name run tried at every character
_PROJECT_LIST_END = re.compile(rf"(?:{_C('etc')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+(?:{_C('project_count_classifiers')})"
                               rf"{_PROJECT_KIND}(?:{_C('project_heads')})")
# a 、-list of projects closed by 等项目 (建成中海油惠州1200万吨炼油、茂名石化100万吨乙烯扩建等项目), the kind
# of the projects perhaps said before 项目 (…等两国发展项目, 等一批重点项目): each item that states a
# capacity (a figure), a phase or a built work's head is a named project
_PROJECT_ITEMS_END = re.compile(rf"(?:{_C('etc')})(?:{_C('project_list_modifiers')}){{0,2}}(?:{_C('project_list_heads')})")
# a phase of a built work (哈利法港二期集装箱码头, 伊提哈德铁路网二期): one work, named
_PHASE_RE = re.compile(rf"[{CHINESE_NUMERALS[:10]}{DIGIT}](?:{_C('project_phases')})")
_ITEM_HEADS = tuple(cue(_P, "project_item_heads"))
_MIN_HEADED_ITEM = 6
_PROJECT_ITEM_RE = re.compile(rf"[{HAN}{LATIN}{DIGIT}×．.]{{4,30}}")
# a figure inside the name, not opening it (10万头生猪养殖, 2个停车场: a size or a count, no name) nor a year
_CAPACITY_RE = re.compile(rf"(?<=[{HAN}{LATIN}])[{DIGIT}]+(?:[.．][{DIGIT}]+)?(?![{DIGIT}]|{_C('year')})")
_PROJECT_LIST_VERB_RE = re.compile(rf"(?:{_C('project_list_verbs')})")
# a project named after its place, as the subject of what a project does (计划投资, 开工 …); what it
# includes may stand in brackets before 项目 (临县三交东铁路专用线（含储装运系统）项目在该县举行开工仪式):
# no part of its name
_NAMED_PROJECT_RE = re.compile(rf"([{HAN}{LATIN}{DIGIT}]{{3,20}}?)(?:[（(][^（()）\n，,。]{{1,16}}[）)])?(?:{_C('project_heads')})"
                               rf"(?={_W('named_project_followers')}|[，,。；;])")
# a project named after its place and the size of what it builds (乌兰浩特2×34万千瓦热电项目,
# 某县年产10万吨饲料项目): a figure of capacity, not a count (3个), money (10亿元) nor a year
_SIZED_PROJECT_RE = re.compile(rf"([{HAN}{DIGIT}×xX．.]{{2,24}}?)(?:{_C('project_heads')})")
_SIZE_AFTER_PLACE = 3
_GENERIC_WORDS = re.compile(f"^(?:{_W('generic_project_prefixes')})")
_SIZE_FIGURE_RE = re.compile(rf"[{DIGIT}]+(?:[.．×xX][{DIGIT}]+)*(?![{DIGIT}.．×xX])(?!{_C('not_capacity_units')})")
# a count (3个, 两批, 十大) is no name; a name may open with a numeral character (三交东铁路专用线, 五河…)
_GENERIC_PROJECT = re.compile(rf"^(?:{_W('generic_project_prefixes')}|"
                              rf"[{DIGIT}]|[{CHINESE_NUMERALS[:-3]}{cue_chars(_P, 'approx_numerals')}]+"
                              rf"(?:[{cue_chars(_P, 'count_classifiers')}{cue_chars(_P, 'project_count_measures')}]|$))")
# policy documents named without 《》 in official titles: …关于印发X的通知, …令第N号X规定
_YEAR = rf"[{DIGIT}]{{4}}(?:{_C('year')})"
# (the name may hold another document's, in 《》: 关于印发山西省贯彻落实《促进中部地区崛起规划》工作方案的通知)
_ISSUED_RE = re.compile(rf"(?:{_C('issued_title_open')})((?:{_YEAR})?[^《》\n](?:[^《》\n]|《[^《》\n]{{2,40}}》){{3,59}}?)"
                        rf"(?:{_C('issued_title_close')})")
_INNER_TITLE = str.maketrans("《》", "〈〉")  # a title inside a title is written 〈〉 (GB/T 15834)
# a title cut off with an ellipsis (…关于印发X实施办法（...): the name is kept when its head word is
# whole before the cut or before the parenthesis the cut falls in; a cut head (…管理暂...) gives none
_CLOSE = cue(_P, "issued_title_close")[0]
_ISSUED_CUT_RE = re.compile(rf"(?:{_C('issued_title_open')})((?:{_YEAR})?[^《》\n（(]{{4,60}}?)(?:[（(][^）)\n]*[）)]?)?"
                            rf"(?:{re.escape(_CLOSE[0])}{''.join(re.escape(c) + '?' for c in _CLOSE[1:])})?"
                            rf"(?:\.{{3,}}|…+)[ \t]*$", re.M)
# a period, trial or batch qualifier closing a document's name: 规划（2020—2025年）, 办法（试行）,
# 目录（第一批） (a list issued in parts: 前沿材料产业化重点发展指导目录（第一批）, guowuyuan96); the stages of a
# draft may be written one after the other (…评审管理办法(代拟稿草案), biaozhun106)
_Y = cue_chars(_P, "year")
_NAME_QUALIFIER = re.compile(rf"[（(](?:(?:[{DIGIT}]{{4}}\s*[{_Y}]?\s*(?:[—–\-－~～{cue_chars(_P, 'period_joiners')}]+\s*"
                             rf"[{DIGIT}]{{4}}\s*[{_Y}]?)?)"
                             rf"(?:{_C('revision_marks')})?|{_W('document_qualifiers')}|(?:{_C('draft_qualifiers')})+"
                             rf"|(?:{_C('batch_open')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]{{1,3}}(?:{_C('batch_close')}))[）)]$")
# a version number closing a document's title (《应急广播服务防汛救灾工作指南1.0》, 《…行动计划2.0版》): no part of its head
_VERSION_SUFFIX = re.compile(rf"[Vv]?[{DIGIT}]\.[{DIGIT}]{{1,2}}(?:{_C('revision_marks')})?$")
# regulations named as abolished or amended (关于废止X等8件政府规章的决定, 废止X、Y)
_REPEALED_RE = name_re(_W('regulation_heads'), 4, 40, f"{HAN}{DIGIT}", lead=_W('repeal_verbs'),
                       follow=f"(?=、|{_C('repealed_followers')})")
_DECREE_RE = name_re(_W('decree_heads'), 4, 40, lead=f"(?:{_C('decree_open')})[{DIGIT}]+(?:{_C('decree_number_close')})")
_NOT_REFORM = re.compile(f"^({_W('not_reform_prefixes')})")
# meetings held (组织召开全县水果产业发展推进会, 举行了一场…谈话会) and named events attended
# (参加中国国际进口博览会); strategies put into effect (全面落实乡村振兴战略)
# a meeting named as the subject of its being held, opening a line or clause or after a scope
# (我县秋播生产暨重点农业产业链建设现场推进会召开, 25日，全县…观摩会在…举行), a standing one perhaps by its
# session (…部际联席会议第一次全体会议在京召开: the joint meeting)
_MEETING_SUBJECT_RE = re.compile(rf"(?:^|(?<=[\n，,。；;：:]))[ \t\u3000]*(?:{alt(L.ANAPHORA)})?"
                                 rf"([{HAN}{DIGIT}]{{2,24}}?(?:{_C('meeting_heads')}))"
                                 rf"(?:(?:{_C('meeting_session_open')})[{DIGIT}{CHINESE_NUMERALS}]{{1,3}}(?:{_C('meeting_session_close')}))?"
                                 rf"(?=(?:{_C('meeting_subject_verbs')})|(?:{_C('meeting_subject_scene')})[^，,。\n]{{1,16}}?"
                                 rf"(?:{_C('meeting_subject_verbs')}))", re.M)
_MEETING_RE = name_re(_C("meeting_heads"), 2, 24, f"{HAN}{DIGIT}",
                      lead=f"(?:{_C('meeting_verbs')})(?:{_C('perfective')})?(?:{_C('meeting_counts')})?")
_EDITION_NAME_MARKS = cue_chars(_P, "event_name_marks") + cue_chars(_P, "edition_name_marks")  # (中国·X县…节)
# heads that name an event only after its edition (第三届黑龙江省旅游产业发展大会, 首届…征文比赛): bare,
# 大会 and 比赛 are any meeting or match; never a body's congress (第十四届全国人民代表大会)
_EDITION_ONLY_HEADS = "".join(f"(?<!{w})" for w in cue(_P, "edition_heads_not_after")) \
    + f"(?:{_C('edition_event_heads')})(?![{cue_chars(_P, 'edition_heads_not_before')}])"
# an event named with its edition (第十三届中国—东盟博览会, 第二届“一带一路”国际合作高峰论坛): the
# edition marks a named event whatever verb comes before it
_EDITION_EVENT_RE = re.compile(rf"((?:(?:{_C('edition_open')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+(?:{_C('edition_close')})"
                               rf"|{_C('edition_first')})[{HAN}{DIGIT}{_EDITION_NAME_MARKS}]{{2,24}}?"
                               rf"(?:{_W('event_heads')}|{_EDITION_ONLY_HEADS}))")
# a festival named with its edition (首届鲁山杜鹃花节开幕, 第三届安庆购物节): 第N届/首届 then a name ending
# in 节 is a festival whatever its kind (花节, 购物节, 开洋节…), where 节 closes no word (环节, 春节) and
# opens none (第二届全国节能宣传周: 节能)
_FESTIVAL_RE = re.compile(rf"((?:(?:{_C('edition_open')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+届|{_C('edition_first')})"
                          rf"(?:(?!{_C('festival_name_breaks')})[{HAN}{DIGIT}{_EDITION_NAME_MARKS}]){{2,16}}?"
                          rf"(?<![{cue_chars(_P, 'festival_not_before')}])(?:{_C('festival_head')}))(?![{cue_chars(_P, 'festival_not_after')}])")
# an event named with its year as the subject of its being held (2024湖北县域经济高峰论坛在宜昌举行,
# 2023中国国际数字经济博览会开幕): the year and what is held mark a named event without a verb before it
# (the look-behind after the year's first digit, not before it: a pattern opening with a character
# class is searched by re's fast scan for that class, one opening with a look-behind is tried at every
# character; the same matches, as that digit is one)
_YEAR_EVENT_RE = re.compile(rf"([{DIGIT}](?<![{DIGIT}]{{2}})[{DIGIT}]{{3}}(?:{_C('edition_year')})?[{HAN}{cue_chars(_P, 'event_name_marks')}]{{2,20}}?"
                            rf"(?:{_W('event_heads')}|{_EDITION_ONLY_HEADS}))(?={_C('event_subject_followers')})")
# (its year is an edition: 2018中国国际友好城市大会在武汉闭幕 names the event as 第六届…大会 would)
# an event its place opens, as the subject of its being held at a clause's opening (，威县旅游产业发展大会开幕式
# 暨…举行, 邢台市梨花节在…开幕): the place and what is held mark a named event without a verb or an edition
_PLACED_EVENT_RE = re.compile(rf"(?:(?<=[，,。；;：:\n])|^)([{HAN}]{{4,20}}?(?:{_W('event_heads')}))"
                              rf"(?={_C('event_subject_followers')})")
# a tour named after the place it visits, before 活动 (开展全国网络媒体湖北行活动): opening a clause or after a
# verb of holding; `_tour` wants a place right before 行
_TOUR_RE = re.compile(rf"(?:(?<=[，,。；;：:\n])|{_W('event_verbs')}|{_W('campaign_verbs')})"
                      rf"([{HAN}]{{2,16}}?(?:{_C('tour_head')}))(?={_C('tour_followers')})")
_ATTENDED_EVENT_RE = name_re(f"{_C('named_event_heads')}|{_W('event_heads')}", 2, 24, f"{HAN}{DIGIT}",
                             lead=_done(_C("attend_verbs")))  # 出席了中巴工商界峰会: 了 the verb's (shengming101)
_STRATEGY_RE = name_re(_C("strategy_heads"), 2, 10, lead=_done(_C("strategy_verbs")))
# a later strategy or initiative of a list after one (实施乡村振兴战略、创新驱动发展战略和区域协调发展战略; 提出的
# 人类命运共同体、全球发展倡议、全球安全倡议和全球文明倡议): the joiner, then a name with the same kind of head
_LISTED_STRATEGY_RE = re.compile(f"[、和及与]([{HAN}]{{2,10}}?(?:{_C('strategy_heads')}))")
# the first of two or more such names listed with no verb before it (…、全球发展倡议、全球安全倡议和…): opening a
# clause or a list's item, another such name joined right after it
_STRATEGY_RUN_RE = re.compile(f"(?:(?<=[、，,；;：:\n])|^)(?!{_C('strategy_verbs')})([{HAN}]{{2,10}}?(?:{_C('strategy_heads')}))"
                              f"(?={_LISTED_STRATEGY_RE.pattern})")
_NOT_STRATEGY = re.compile(f"^(?:{_C('not_strategy_prefixes')})")
# 中日战略互惠关系, 中法战略对话: 战略 the attribute of a relationship or a dialogue, no strategy's head
_STRATEGY_ATTRIBUTIVE_RE = re.compile(f"(?:{_C('strategy_attributive_after')})")
# a working group's stem that names a programme (…中心建设工作指导组, 推进…行动领导小组)
_DERIVED_RE = re.compile(rf"^(?:{_W('derived_verbs')})?([{HAN}]{{2,20}}?(?:{_W('derived_heads')}))(?:{_C('derived_tail')})?$")
# a document's number (鲁政发〔2014〕20号), which a title line may run into when the layout joins its lines
_DOC_NUMBER = rf"[{HAN}]{{1,8}}[〔\[［(（][{DIGIT}]{{4}}[〕\]］)）][{DIGIT}]{{1,4}}(?:{_C('doc_number_close')})"
# an article headed by a document's title without 《》 (关于开展2024年全省安全生产大检查的通知,
# 湖南省人民政府办公厅关于加强…工作的通知) is that document: its issuer, then the name from 关于 to the line's end
_TITLE_DOCUMENT_RE = re.compile(rf"\s*([^\n，,。；;：:《》“”\t]{{0,30}}?)((?:{_C('about')})(?!{_C('title_wrapper_verbs')})"
                                rf"[^\n，,。；;：:《》“”\t]{{4,60}}?(?:{_C('title_document_heads')}))[ \t]*(?:\n|$|(?={_DOC_NUMBER}))")
# a notice reposted inside a story (农业农村部 国家乡村振兴局关于公布…名单的通知 / 各省、自治区…：): a line
# holding a document's title, right above the line of its addressees, is that document's title
_REPOSTED_TITLE_RE = re.compile(rf"^[ \t\u3000]*([^\n，,。；;：:《》“”\t]{{0,30}}?)((?:{_C('about')})(?!{_C('title_wrapper_verbs')})"
                                rf"[^\n，,。；;：:《》“”\t]{{4,60}}?(?:{_C('title_document_heads')}))[ \t]*\n"
                                rf"(?=[ \t\u3000]*(?:{_C('addressee_open')})[^\n]{{2,300}}?[：:][ \t]*$)", re.M)
# a plan's own title line without 关于 (永丰县农村人居环境整治提升五年行动实施方案), with its period (（2024—2026年）)
_STANDALONE_TITLE_RE = re.compile(rf"\s*([^\n，,。；;：:《》“”\t\s]{{4,60}}?(?:{_C('standalone_title_heads')}))"
                                  rf"(?:[（(][^（()）\n]{{1,16}}[）)])?[ \t]*\n((?:[ \t\u3000]*\n|[^\n]{{0,30}}\n){{0,2}}?)"
                                  rf"[ \t\u3000]*(?:{_C('standalone_openers')})")
_STANDALONE_NEWS_RE = re.compile(rf"(?:{_C('standalone_news_verbs')})")
_TITLE_PERSONNEL = cue(_P, "title_personnel")
# 关于表彰…的决定, 关于对…进行表彰的通报 (biaozhang102): a commendation's title, no programme (bounded: the honoured
# between 对 and the join at most 60 characters of one clause)
_HONOUR_TITLE_RE = re.compile(rf"(?:{_C('about')})(?:对[^，,。；;]{{1,60}}?(?:{_C('honour_title_joins')}))?"
                              rf"(?:{_C('honour_title_verbs')})")


def _honour_title(c: str) -> bool:
    """Is `c` a commendation's title (关于表彰2019年度…先进集体的决定, 某市人民政府关于命名…卫生镇的通报)?
    The act honours units and people: no programme, as a personnel notice is none."""
    return _HONOUR_TITLE_RE.search(c) is not None
_PERSONNEL_DOCUMENTS = cue(_P, "personnel_documents")  # 辞去, 任命名单: a congress's personnel act in 《》
_TITLE_WRAPPERS = cue(_P, "title_wrapper_verbs")
_COUNT_BEFORE = re.compile(rf"[{DIGIT}{CHINESE_NUMERALS}]+[{cue_chars(_P, 'count_approx')}]?"
                           rf"[{cue_chars(_P, 'count_classifiers')}]$")
_COUNT_AFTER = re.compile(r"^[0-9０-９]")
# “陇西县志平盲人康复中心”等26家社会组织: one of the counted bodies, no programme
_LISTED_BODIES_AFTER = re.compile(rf"(?:{alt(cue(_P, 'listed_bodies_and'))})[{DIGIT}{CHINESE_NUMERALS}]+"
                                  rf"[{cue_chars(_P, 'count_approx')}]?[{cue_chars(_P, 'listed_bodies_classifiers')}]")
_NOT_NAME_QUOTE = re.compile(r"[，。！？,!?]")
_HEAD_ALLOWED = dict(L.PROGRAMME_HEADS)
_SELF_HEADS = L.words("self_heads")
_TEAM_MEMBERS = L.words("team_members")
_HEAD_NOT_BEFORE = set(L.chars("head_not_before"))
_DOCUMENT_HEADS = L.POLICY_HEADS + cue(_P, "plan_heads")
_ABOUT = cue(_P, "about")[0]
# 《关于推进…的几点思考》: a paper's title opens with 关于 too; what it ends with says it is an essay, no policy
_ESSAY_TAILS = tuple(cue(_P, "essay_tails"))
# 《关于…的请示》: a request for approval opens with 关于 too; it asks for what it names, no programme
_REQUEST_TAILS = tuple(cue(_P, "request_tails"))
# 《某区2022年度法治政府建设情况报告》, 《关于…工作情况的报告》: an account of work done, no policy run (fazhi111)
_ACCOUNT_TAILS = tuple(cue(_P, "account_tails"))
_EDITION = re.compile(rf"((?:{_C('edition_open')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+(?:{_C('edition_close')})|[{DIGIT}]{{4}}(?:{_C('edition_year')})"
                      rf"|{_C('edition_first')})")
_ORDINAL_EDITION = re.compile(rf"(?:{_C('edition_open')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+(?:{_C('edition_close')})")
_NATIONAL_LAW = cue(_P, "national_law_prefix")
_QUOTE_BAD_START = cue(_P, "quote_bad_start")
_INCIDENT_AFTER = tuple(cue(_P, "incident_after_quote"))
_STORM_BEFORE = tuple(cue(_P, "storm_before_quote"))
_MANNER_ENDS = tuple(cue(_P, "manner_quote_ends"))
_MANNER_NOT_ENDS = tuple(cue(_P, "manner_quote_not_ends"))
_MANNER_HEADS_KEPT = frozenset(cue(_P, "manner_heads_kept"))  # “枫桥式”工作法: a method's name
_MANNER_WORD_MAX = 4  # 一站式, 全覆盖式: a manner is one short word; a longer quote may be a name
_MANNER_STARTS = tuple(cue(_P, "manner_quote_starts"))  # 零: “零距离”, “零跑腿”
_MANNER_START_LEN = 3  # 零 and a two-character word: “零点行动”, “零距离家园” are names
_ROLE_QUOTES = frozenset(cue(_P, "role_quotes"))  # “一把手”: a person's role, nothing run
# jiangxi72, gongshi97: a birth cohort quoted (“80后”的付亮亮, “60后”40人, “75后”区县主官): two digits and the tail,
# whichever decade: people by their age, nothing run
_COHORT_QUOTE = re.compile(rf"[{DIGIT}]{{2}}(?:{_C('cohort_tails')})")
# sichuan62: a post's title quoted alone (下派河沟村任“第一书记”, “第一书记”周文杰): the post a person holds, nothing run
_POST_QUOTES = frozenset(r["word"] for r in L.load_table("posts") if r.get("kind") in ("post", "head"))
# shandong69: a post's or a chief's title quoted before a programme head (建立“第一书记”帮扶机制, 镇、村两级“河长”
# 管理体系): the head names what is built for the people holding it, the title is no programme's name
_TITLE_QUOTES = _POST_QUOTES | frozenset(cue(_P, "chief_quotes"))
# 报道了“退役军人事务部发布…系列活动”新闻: a quote closed by a news noun ending its clause is a news
# item's headline, nothing run (veterans52)
# “桂北渔34009”号渔船: a fishing vessel's number (its port's short name, 渔, the digits) quoted as its name: a boat
_VESSEL_NUMBER = re.compile(rf"[{HAN}]{{1,4}}[{re.escape(L.chars('vessel_number_marks'))}][0-9０-９]{{3,}}")
_NEWS_ITEM_AFTER = re.compile(rf"的?(?:{alt(cue(_P, 'news_item_nouns'))})(?=[，,。；;、]|$)")
_UTTERANCE_FINALS = tuple(cue(_P, "utterance_finals"))
_PERFECTIVE = cue(_P, "perfective")[0]
_WEAK_RUN_VERBS = cue(_P, "weak_run_verbs")
_GENERAL_MECHANISMS = cue(_P, "general_mechanisms")
# 联动工作机制, 长效机制: a mechanism named only by words of how it works is a kind, none named
_GENERIC_MECHANISM_RE = re.compile(f"(?:{_C('generic_mechanism_words')})+(?:{_W('mechanism_heads')})")
_PROJECT_HEAD = cue(_P, "project_heads")[0]
_CLAUSE_OPENERS = cue(_P, "clause_openers")
_WORK_HEADS = set(cue(_P, "work_heads"))


def _head_re(greedy: bool) -> re.Pattern:
    """Modifiers (no function words) then a head word; greedy finds the furthest head."""
    n = max(_HEAD_ALLOWED.values())
    mods = rf"(?:(?![{cue_chars(_P, 'head_modifier_stops')}])[{HAN}]){{0,{n}}}" + ("" if greedy else "?")
    return re.compile(rf"({mods})({alt(_HEAD_ALLOWED)})")


_HEAD_RE, _HEAD_RE_FAR = _head_re(False), _head_re(True)


def _head_after(text: str, i: int) -> tuple[int, str] | None:
    """A programme head word at text[i:] after at most its allowed modifiers: (end, head); the
    furthest one when several fit (“…”专项整治行动 reads to 行动, not 专项)."""
    for rx in (_HEAD_RE_FAR, _HEAD_RE):
        m = rx.match(text, i)
        if not m or len(m.group(1)) > _HEAD_ALLOWED[m.group(2)]:
            continue
        if text[m.end():m.end() + 1] in _HEAD_NOT_BEFORE:
            continue
        return m.end(), m.group(2)
    return None


# --------------------------------------------------------------------------- rule objects

Accept = Callable[[str, "re.Match", list], "tuple[int, str, dict] | None"]


@dataclass(frozen=True)
class ProgrammeRule:
    """One unquoted-programme rule: its pattern's group 1 is the name; `accept(text, match,
    places)` returns (start, name, extra attrs) for a name it keeps, None for one it rejects."""
    id: str
    pattern: re.Pattern
    kind: str
    accept: Accept


def _plain(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    return m.start(1), m.group(1), {}


_CAMPAIGN_VERBS = tuple(sorted(L.words("campaign_verbs"), key=len, reverse=True))


def _scoped(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """全县开展|农村人居环境整治专项行动: the verb that runs the campaign is no part of its name
    (the campaign rule reads the same name after the verb: one name, not two); a run with a word no
    name holds (全县上下要切实把思想和行动统一到…) is a sentence, not a campaign."""
    name, start = m.group(1), m.start(1)
    if NOT_IN_NAME.search(name):
        return None
    everyone = next((w for w in _SCOPE_EVERYONE if name.startswith(w)), "")
    name, start = name[len(everyone):], start + len(everyone)
    verb = next((v for v in _CAMPAIGN_VERBS if name.startswith(v) and len(name) - len(v) >= 4), "")
    if everyone and not verb:
        return None  # 动员全县上下立即行动起来: the whole county called to act, no campaign named
    more = next((h for h in _SCOPED_HEADS if text.startswith(h, m.end())), "")
    return start + len(verb), name[len(verb):] + more, {}


# 全县开展货车超限超载专项整治|行动: the shortest name ends at the first head (专项整治) though a longer
# head (行动) follows: the campaign's name runs on to it, as the campaign rule reads it
_SCOPED_HEADS = tuple(sorted(L.words("scoped_campaign_heads"), key=len, reverse=True))


# 全县上下: "the whole county, high and low" — the people of the scope, not a word of a campaign's name
_SCOPE_EVERYONE = tuple(cue(_P, "scope_everyone"))


# peixun111: 改革 opening a compound with the word after it (推进全市农村改革发展综合试验区建设: reform and development,
# the zone's name; 改革开放) is no reform's head: nothing named ends there
_REFORM_COMPOUND_AFTER = tuple(cue(_P, "reform_head_compounds")) or ("\0",)


def _reform(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    name = m.group(1)
    if _NOT_REFORM.match(name) or NOT_IN_NAME.search(name) or text.startswith(_REFORM_COMPOUND_AFTER, m.end()):
        return None
    return m.start(1), name, {}


def _issued(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """关于印发X的通知: X is the document issued; one it names in 《》 is read as the body quotes it,
    in 〈〉 (《山西省贯彻落实〈…规划〉工作方案》), one name however the title writes it."""
    name = m.group(1).translate(_INNER_TITLE)
    bare = _NAME_QUALIFIER.sub("", name)
    if not bare.endswith(_DOCUMENT_HEADS):
        return None
    # 邯郸市文化旅游产业发展规划 for …规划（2020—2025年）
    return m.start(1), name, ({"alias": bare} if bare != name else {})


def _issued_cut(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    return (m.start(1), m.group(1), {}) if m.group(1).endswith(_DOCUMENT_HEADS) else None


def _repealed(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """废止邯郸市…办法等: a regulation is named after its place, 修改相关规定 is none."""
    name = m.group(1)
    if NOT_IN_NAME.search(name) or not (name.startswith(_NATIONAL_LAW)
                                        or any(p.start == m.start(1) for p in places)):
        return None
    return m.start(1), name, {}


_MEETING_HEADS = cue(_P, "meeting_heads")
_POLICY_LIKE_HEADS = set(cue(_P, "policy_like_heads"))
_MEETING_COUNTS = cue(_P, "meeting_counts")
_MEETING_TOPIC_PREPS = tuple(cue(_P, "meeting_topic_preps"))
_MEETING_PREP_WORDS = tuple(cue(_P, "meeting_topic_prep_words"))
_MEETING_LEAD_TIMES = tuple(cue(_P, "meeting_lead_times"))
# (national41: after the month a routine meeting is held in, 7月例行新闻发布会: still its kind alone)
# (shengfabu101: and after the meeting's place in a series, 举行第二场新闻发布会, 召开首场新闻发布会: which one of its
# kind, none named)
_MEETING_ORDINAL = f"(?:第[{DIGIT}{CHINESE_NUMERALS}]{{1,3}}|{_C('meeting_ordinal_words')})(?:{_C('meeting_ordinal_measures')})"
_MEETING_KIND_ONLY = re.compile(
    f"(?:[0-9０-９]{{1,2}}月份?)?(?:{_MEETING_ORDINAL})?(?:{_C('meeting_kind_words')})+")
_MEETING_VERB_NOUNS = cue_chars(_P, "meeting_verb_nouns")
_OF = cue(_P, "head_modifier_stops")[0]


def _meeting(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """A meeting's name starts after the last 的 (一场别开生面的|…谈话会) and a count (一次|座谈会),
    and says what the meeting is about: two characters or more before its head word."""
    s0 = m.start(1)
    if m.start(1) > m.start(0) and text[s0:s0 + 1] and text[s0] in _MEETING_VERB_NOUNS:
        return None  # 组织部部长…参加座谈会: the verb is a noun's first half
    at = text.rfind(_OF, s0, m.end(1))
    if at >= 0:
        s0 = at + 1
    for c in _MEETING_COUNTS:
        if text.startswith(c, s0):
            s0 += len(c)
    if s0 == m.start(1) and text.startswith(_MEETING_TOPIC_PREPS, s0) and not text.startswith(_MEETING_PREP_WORDS, s0):
        s0 += next(len(w) for w in _MEETING_TOPIC_PREPS if text.startswith(w, s0))  # 就|今年…座谈会在泰宁召开相关事宜
        s0 += next((len(w) for w in _MEETING_LEAD_TIMES if text.startswith(w, s0)), 0)  # (minqiong100)
    head = next((h for h in _MEETING_HEADS if text.endswith(h, s0, m.end(1))), "")
    # the words before the head, not the head (…动员部署会议 holds 部署, a verb elsewhere)
    if m.end(1) - len(head) - s0 < 2 or NOT_IN_NAME.search(text[s0:m.end(1) - len(head)]):
        return None
    if _MEETING_KIND_ONLY.fullmatch(text, s0, m.end(1) - len(head)):
        return None  # 举办的新闻发布会: a kind of meeting, not one named
    if _host_and_kind_only(text[s0:m.end(1) - len(head)]):
        return None  # 国新办发布会, 商务部例行新闻发布会 (fabu97): who holds it and its kind, none named
    if any(w in text[s0:m.end(1)] for w in _WATCH_VERBS) or text.startswith(_STUDY_VERBS, s0):
        return None  # 组织收听收看全省…电视电话会议, 组织学习全省…推进会精神: another's meeting, not the subject's
    if text.startswith(_MEETING_SPIRIT, m.end(1)) and any(v in text[s0:m.end(1)] for v in _STUDY_VERBS):
        return None  # 组织全体干部职工传达学习区委…工作会议精神: the audience, then another's meeting studied
    return _event(text, _Span(text, s0, m.end(1)), places)


@lru_cache(maxsize=1)
def _national_organ_names() -> tuple[str, ...]:
    """The names and aliases of the national organs (organs_national.tsv), longest first."""
    names = set()
    for r in L.load_table("organs_national"):
        if r["type"] == "Agency":
            names.add(r["name"])
            names.update(a for a in (r["aliases"] or "").split("|") if a)
    return tuple(sorted(names, key=len, reverse=True))


def _host_and_kind_only(words: str) -> bool:
    """国新办|发布会, 国务院新闻办公室|新闻发布会, 商务部|例行新闻发布会: the words before a meeting's head are a
    national organ's name and at most words of the meeting's kind, so they say who holds it, not which it is
    (国务院新闻办公室推动高质量发展系列主题新闻发布会 says more, and is named)."""
    names = _national_organ_names()
    if not words.startswith(names):
        return False  # (one test over the whole tuple first: most meetings name no national organ)
    host = next(n for n in names if words.startswith(n))
    return len(host) == len(words) or bool(_MEETING_KIND_ONLY.fullmatch(words, len(host)))


# 县政府组织(干部)收听收看全省安全生产电视电话会议: a meeting of a higher level watched from afar is
# no meeting the organiser of the watching holds, and the verb of watching is no part of its name
_WATCH_VERBS = cue(_P, "watch_verbs")
# 组织学习全省老年大学建设发展推进会的会议精神: 组织 organises the studying of a meeting held elsewhere
_STUDY_VERBS = tuple(cue(_P, "study_verbs"))
_MEETING_SPIRIT = tuple(cue(_P, "meeting_spirit"))  # 精神: what is studied of a meeting held elsewhere


class _Span:
    """A match-like view of text[start:end] as group 1 (rules that narrow a match reuse `_event`)."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self.s, self.e = text, start, end

    def start(self, g: int = 0) -> int:
        return self.s

    def end(self, g: int = 0) -> int:
        return self.e

    def group(self, g: int = 0) -> str:
        return self.text[self.s:self.e]


_NAMED_EVENT_HEADS = cue(_P, "named_event_heads")


_ATTEND_SECOND_VERB = tuple(cue(_P, "attend_second_verb"))  # 并: joins a second verb to 出席


def _attended(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """参加中国国际进口博览会, 出席2020年迪拜世博会, 参与北京世园会: an expo named by its place or
    year is a name even when the rest is its head word alone (世园会, 世博会).  A run holding the verb
    that announces an opening (出席开幕式并宣布运动会开幕) is a clause about the ceremony, no name."""
    if any(v in m.group(1) for v in _ANNOUNCE_VERBS) or m.group(1).startswith(_ATTEND_SECOND_VERB):
        return None  # (出席|并为竞赛承办单位代表授旗: a second verb's clause)
    got = _event(text, m, places)
    if got is not None:
        s0, core, extra = got
        country = [p for p in places if p.start == m.start(1) and p.attrs.get("level") == "country"]
        if country and s0 == country[0].end:  # 中国国际进口博览会: a country's name is part of it
            return m.start(1), m.group(1), dict(extra, alias=core)
        if "named_place" not in extra:  # 2020年迪拜世博会: held in the place after its year
            ed = _EDITION.match(m.group(1))
            lead = [p for p in places if ed and p.start == m.start(1) + ed.end()]
            if lead:
                extra["named_place"] = (lead[0].start, lead[0].end)
        return s0, core, extra
    name = m.group(1)
    head = next((h for h in _NAMED_EVENT_HEADS if name.endswith(h)), None)
    if head is None or len(name) == len(head):
        return None
    ed = _EDITION.match(name)
    at = m.start(1) + (ed.end() if ed else 0)  # the place after the year (2020年|迪拜|世博会)
    lead = [p for p in places if p.start == at and p.end == m.end(1) - len(head)]
    if not lead and not (ed and ed.end() <= len(name) - len(head)):
        return None
    extra = {"named_place": (lead[0].start, lead[0].end)} if lead else {}
    full = _SHORT_GAMES.get(name[at - m.start(1):]) or _SHORT_GAMES.get(head)
    if full and (lead or at + len(head) == m.end(1)):  # 第十四届全运会, 陕西全运会: the games of the full name
        return m.start(1), full, dict(extra, alias=name)
    return m.start(1), name, extra


# 全运会 → 全国运动会 (event_short_forms.tsv): games named short after their edition or host
_SHORT_GAMES = {r["short"]: r["full"] for r in L.load_table("event_short_forms.tsv")}


_INITIATIVE_HEADS = tuple(h for h in cue(_P, "strategy_heads") if h in _POLICY_LIKE_HEADS)  # 倡议
_INITIATIVE_STEM_MIN = 4  # characters before 倡议 in an initiative's own name (全球发展倡议, 一带一路倡议)


def _strategy(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """乡村振兴战略, 创新驱动发展战略: a named strategy, not 这一战略 or 国家战略.  An initiative is
    named by four characters at least before 倡议 (全球发展倡议): fewer say whose it is, or 倡议 is the
    verb (中方支持东盟倡议制定…: ASEAN proposes)."""
    name = m.group(1)
    if _NOT_STRATEGY.match(name) or NOT_IN_NAME.search(name) or _STRATEGY_ATTRIBUTIVE_RE.match(text, m.end(1)):
        return None
    head = next((h for h in _INITIATIVE_HEADS if name.endswith(h)), "")
    if head and len(name) - len(head) < _INITIATIVE_STEM_MIN:
        return None
    return m.start(1), name, {}


# a country or a world region opening an event is part of its name (中国国际…博览会, 太平洋运动会, 亚洲
# 运动会: games of many countries, held in one host city each time), not where it is held
_NAMING_LEVELS = ("country", "continent", "region")


# a count of editions (no 第) before the bare head (两届论坛, 三届大赛): how many were held, no event named
# (十二届全国人大四次会议 keeps its name: more than the head follows 届)
# a count of editions (3届, 两届) without 第 opening an event's name: how many were held, no edition
_EDITIONS_COUNT_RE = re.compile(rf"[{DIGIT}{CHINESE_NUMERALS}两几多]+届")
_COUNTED_EDITIONS_RE = re.compile(rf"[{DIGIT}{CHINESE_NUMERALS}两几多]+届(?:{_W('event_heads')})")


def _event(text: str, m: re.Match, places: list, shortest: int = 4) -> tuple[int, str, dict] | None:
    """宁德市第四届…大赛: the place and the edition are not the event's name; a country opening it
    is (中国国际进口博览会, 中国国际农产品交易会: a national brand, as 首届中国国际… keeps it)."""
    s0, extra = m.start(1), {}
    lead = [p for p in places if p.start == s0 and p.attrs.get("level") not in _NAMING_LEVELS
            and not _brand_place(text, p)]
    if lead:
        s0 = max(p.end for p in lead)
        extra["named_place"] = (m.start(1), s0)
        s0 = _after_host_committee(text, s0)
    alias = m.group(1)
    joined = text.rfind(_JOINED_EVENT, s0, m.end(1))
    if joined > s0 and _joins_two_events(text, joined, m.end(1)):
        extra["first_span"] = (s0, joined)  # (the first is read on its own: _first_joined)
        s0 = joined + 1  # 第二届龙虾节暨第三届农产品博览会: two events; the run up to the head names the last
        alias = text[s0:m.end(1)]
    ed = _EDITION.match(text[s0:m.end(1)])
    cs = s0 + (ed.end() if ed else 0)
    if text.startswith("“", cs) and "”" not in text[cs:m.end(1)]:
        cs += 1  # 第四届“湖湘三农论坛”: the quote closes after the head, it is no part of the name
    core = text[cs:m.end(1)]
    if len(core) < shortest or _described_event(core) or any(v in core for v in _ANNOUNCE_VERBS):
        return None  # (第十五届运动会开幕式并宣布运动会: a clause about the opening, no name)
    if _COUNTED_EDITIONS_RE.fullmatch(core):
        return None  # 承办两届论坛的村庄, 连续举办三届论坛 (renwu93): a count of editions and the bare head, no name
    counted = _EDITIONS_COUNT_RE.match(core)
    if counted and len(core) - counted.end() >= shortest:
        s0 = cs + counted.end()  # 成功举办3届甘肃省科普作品创作大赛 (kexie118): how many editions were held,
        core, alias = core[counted.end():], text[s0:m.end(1)]  # a count the metrics read, no part of the name
    if _JOINT_FORUM_DASHED_RE.fullmatch(core):  # 首届中国—阿拉伯国家峰会: held by both, named by both,
        extra.update(kind="mechanism", joint=True)  # in neither of them (as the joint-forum rule has it)
    extra["alias"] = alias
    return s0, core, extra


_HOST_COMMITTEES = tuple(cue(_P, "meeting_host_committees"))
_COMMITTEE_BAD_NEXT = frozenset(cue("agency_cues", "committee_bad_next"))  # 委员, 委托: another word


def _after_host_committee(text: str, s0: int) -> int:
    """湖南省委农村工作会议, 邯郸市委经济工作会议: the place's party committee (委, not 委员/委托) holds the
    meeting; like the place, it is no part of the meeting's name (not 委农村工作会议)."""
    for w in _HOST_COMMITTEES:
        if text.startswith(w, s0) and text[s0 + len(w):s0 + len(w) + 1] not in ("", *_COMMITTEE_BAD_NEXT):
            return s0 + len(w)
    return s0


_EDITION_ONLY_ENDS = tuple(cue(_P, "edition_event_heads"))
_EDITION_RUN_STOPS = tuple(cue(_P, "edition_run_stops"))
# a named event's own head inside the run before 大会/比赛 (甘肃省第十三届运动会完成所有比赛, 第十七届省运会所有比赛)
_EDITION_INNER_HEADS = tuple(sorted(set(L.words("event_heads")) | set(cue(_P, "edition_inner_heads")), key=len, reverse=True))


def _event_named_before_head(name: str) -> bool:
    """第十三届运动会完成所有比赛: the edition's event (运动会, 省运会) is named before the run's 比赛 or
    大会 and words follow it, so the run is that event and a clause about its matches, no name."""
    body = name[:-2]
    return any(0 < body.find(h) and body.find(h) + len(h) < len(body) for h in _EDITION_INNER_HEADS)


def _edition_event(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """第三届X省旅游产业发展大会: a name ending in 大会 or 比赛 (heads only an edition makes an event's) holds
    no meeting of its own before its head (第十七届人民代表大会第三次会议经过大会: a session, then words)
    and no named event followed by words (第十三届运动会完成所有比赛)."""
    name = m.group(1)
    if name.endswith(_EDITION_ONLY_ENDS) and not name.endswith(_EVENT_HEADS) \
            and (any(w in name[:-2] for w in _EDITION_RUN_STOPS) or _event_named_before_head(name)):
        return None
    return _event(text, m, places)


_GENERIC_FESTIVALS = frozenset(L.words("event_heads")) | frozenset(cue(_P, "joined_event_heads"))


def _festival(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """首届龙虾节, 第二届桃花节: after its edition a festival's three characters name it (what the
    festival is of, then 节); a kind of festival (文化节, 旅游节, 美食节) is no name of its own."""
    got = _event(text, m, places, shortest=3)
    return None if got is None or got[1] in _GENERIC_FESTIVALS else got


_JOINED_EVENT = cue(_P, "event_joiner")[0]  # 暨: joins a second event to the first
_EDITION_FIRST = tuple(cue(_P, "edition_first"))
_JOINED_EVENT_ENDS = cue_chars(_P, "event_joined_ends")


def _joins_two_events(text: str, joined: int, end: int) -> bool:
    """Does 暨 at `joined` join two events (龙虾节暨第三届…博览会, “中国农民丰收节”暨…博览会) rather than
    name one session (秋播生产暨重点农业产业链建设现场推进会, 生态保护大会暨…推进会议: one meeting, titled
    by both)?  So when a quoted name closes before it or an edition opens what follows."""
    return text[joined - 1] in _JOINED_EVENT_ENDS or _ORDINAL_EDITION.match(text, joined + 1, end) is not None \
        or text.startswith(_EDITION_FIRST, joined + 1)  # …节暨首届…博览会


_BRAND_SCOPES = tuple(cue(_P, "brand_scope_words"))


def _brand_place(text: str, p) -> bool:
    """郑州全国商品交易会, 厦门国际投资贸易洽谈会: a city's short name (no 市) right before 全国/国际
    opens the fair's name, as 中国 does; cut off, every city's fair would be the one 全国商品交易会."""
    surface = text[p.start:p.end]
    return surface != p.norm and text.startswith(_BRAND_SCOPES, p.end)


_EVENT_HEADS = tuple(sorted(L.words("event_heads"), key=len, reverse=True))
# (承办的国家级综合博览会: a run the verb's 的 opens, when the held-event rule has left it, is the same)
_DESCRIBED_OPEN = re.compile(f"^(?:{_C('possessive')})?(?:{_C('event_description_openers')})")
_DESCRIBED_BEFORE_HEAD = re.compile(f"(?:{_C('event_description_words')})$")
# 高峰论坛, 主题论坛, 分论坛: only the kind of event before its head (programme_cues event_kind_words)
_EVENT_KIND_ONLY = re.compile(f"(?:{_C('possessive')})?(?:{_C('event_kind_words')})+")  # (…承办的高峰论坛)
# 20多项…洽谈会, 3场招聘会, 四十余场对接会: a count of events opening the run (a bare Chinese numeral
# before a measure may open a name: 百场千企招聘会, so one counts only with 多/余 after it)
_COUNTED_OPEN = re.compile(rf"^(?:[{DIGIT}]+(?:多|余)?|[{CHINESE_NUMERALS}两几]+(?:多|余))(?:{_C('event_count_measures')})")


def _described_event(core: str) -> bool:
    """…每年举行的全国性大型论坛, 举办各类旅游节庆活动: words that say what kind of event it is (its
    scale, its rank, 各类) right before its head or opening it describe events, name none."""
    if _DESCRIBED_OPEN.match(core) or _COUNTED_OPEN.match(core):
        return True
    head = next((h for h in _EVENT_HEADS if core.endswith(h)), "")
    return bool(head) and (bool(_DESCRIBED_BEFORE_HEAD.search(core[:-len(head)]))
                           or bool(_EVENT_KIND_ONLY.fullmatch(core[:-len(head)])))


def _year_event(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """2024湖北县域经济高峰论坛: the name keeps its year (2020年迪拜世博会); a run with a function word
    (2024年在武汉举办的…论坛) is a clause, not a name, and the name needs four characters after the year."""
    name = m.group(1)
    ed = _EDITION.match(name)
    core = name[ed.end():] if ed else name[4:]
    if len(core) < 4 or NOT_IN_NAME.search(core) or not re.match(rf"[{HAN}]", core):
        return None
    return m.start(1), name, {}


_ANNOUNCE_VERBS = cue(_P, "event_announce_verbs")


def _placed_event(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """河北省邢台市威县旅游产业发展大会开幕式: the places the run opens with (one after another) say where
    it is held and are no part of its name, which needs four characters of its own after them; a run
    no place opens (本届旅游节在…开幕, 全省…大会) names none here."""
    by_start = {p.start: p for p in places if p.attrs.get("level") != "country"}
    s0 = m.start(1)
    end = last = s0
    while end in by_start and by_start[end].end < m.end(1):
        last, end = end, by_start[end].end
    core = text[end:m.end(1)]
    if end != s0 and _place_opened_org(text, s0, end):
        return s0, m.group(1), {}  # waishi88: 上海合作组织成员国地方领导人论坛 — 上海 opens the organisation's name
        # (intl_orgs.tsv), no place the forum is held in: the event is named whole
    if end == s0 or len(core) < 4 or _described_event(core) or NOT_IN_NAME.search(core) \
            or any(v in core for v in _ANNOUNCE_VERBS):
        return None  # (安徽省|委书记某某宣布运动会: the one announcing its opening, no name)
    if core in _EVENT_HEADS:  # 威县旅游产业发展大会: a bare kind of event keeps its own place (every
        return last, text[last:m.end(1)], {"alias": m.group(1)}  # province holds a 旅游产业发展大会)
    ed = _EDITION.match(core)
    if ed and core[ed.end():] in _EVENT_HEADS:  # 安徽省第十五届运动会: an edition of a bare kind is the
        return last, text[last:end] + core[ed.end():], {"alias": m.group(1)}  # place's (安徽省运动会)
    return end, core, {"named_place": (s0, end), "alias": m.group(1)}


def _tour(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """全国网络媒体湖北行: a place ends right before 行 and words that are not a place stand before
    it (湖北行 alone, 银行, 执行, 进行 are no tours)."""
    name, s0, e0 = m.group(1), m.start(1), m.end(1) - 1
    if NOT_IN_NAME.search(name) or not any(p.end == e0 and p.start >= s0 + 2 for p in places):
        return None
    return s0, name, {}


# a project a body builds at a named place (沈阳铁路局在乌兰浩特经济技术开发区建设铁路专用线项目): the run after
# the verb of building, up to 项目; the place is checked by _built_project
_BUILT_PROJECT_RE = re.compile(rf"在[{HAN}]{{2,24}}?(?:{_C('built_project_verbs')})([{HAN}]{{3,10}}?(?:{_C('project_heads')})|"
                               rf"[{HAN}]{{1,6}}[{DIGIT}]+(?:[.．][{DIGIT}]+)?[{HAN}]{{2,10}}?(?:{_C('project_heads')}))"
                               rf"(?!{_C('built_project_not_after')})")
_BUILT_PROJECT_VERBS = frozenset(cue(_P, "built_project_verbs"))
_BUILT_PROJECT_BAD_START = re.compile(_C("built_project_bad_starts"))


_PLACE_ENDS = TextMemo()  # text -> (its places, start -> the ends of the places starting there)


def _place_ends(text: str, places: list) -> dict[int, list[int]]:
    """Where the places of `text` starting at each offset end, built once per text and places
    (asked at every step of every match: scanning all places there made a text of many
    matches quadratic)."""
    memo = _PLACE_ENDS.of(text)
    if memo.get("places") is not places:
        ends: dict[int, list[int]] = {}
        for p in places:
            ends.setdefault(p.start, []).append(p.end)
        memo["places"], memo["ends"] = places, ends
    return memo["ends"]


def _built_project(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """…在乌兰浩特经济技术开发区建设铁路专用线项目: after 在, a place (or a chain of places) written up
    to the verb, and a name of three characters or more before 项目 that is no kind of project (重点项目,
    一批项目) and no clause (建设的项目, 和)."""
    at = m.start(0) + 1
    ends = _place_ends(text, places)
    while text[at:m.start(1)] not in _BUILT_PROJECT_VERBS:
        nxt = max((e for e in ends.get(at, ()) if e < m.start(1)), default=None)
        if nxt is None:
            return None
        at = nxt
    if at == m.start(0) + 1:
        return None
    name = m.group(1)
    if _BUILT_PROJECT_BAD_START.match(name) or NOT_IN_NAME.search(name) or _COUNT_IN_NAME_RE.search(name):
        return None  # (在…建设年产10万吨纺织品项目: a size in the name, not a count: 建设3个项目)
    return m.start(1), name, {}


# 位于盘陀镇的天福养老产业项目: a project named after 的, the places it is at written before it
_LOCATED_AFTER_RE = re.compile(rf"(?:{_C('located_verbs')})[{HAN}]{{2,24}}?的([{HAN}{LATIN}{DIGIT}]{{3,20}}?(?:{_C('project_heads')}))"
                               rf"(?=[，,。；;、和及]|{_W('named_project_followers')})")
# 滨湖生态农业园项目位于中垾镇滨湖村: a project opening its clause, the places it is at after the verb
_LOCATED_BEFORE_RE = re.compile(rf"(?:^|(?<=[\n，,。；;：:]))([{HAN}{LATIN}{DIGIT}]{{3,20}}?(?:{_C('project_heads')}))"
                                rf"(?:{_C('located_verbs')})")


def _located_after(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """位于盘陀镇的天福养老产业项目: the run between the verb and 的 is a chain of places, and the name
    is no kind of project (重点项目) and no clause."""
    at = m.start(0) + next(len(v) for v in _LOCATED_VERBS if text.startswith(v, m.start(0)))
    ends = _place_ends(text, places)
    while at < m.start(1) - 1:
        nxt = max((e for e in ends.get(at, ()) if e < m.start(1)), default=None)
        if nxt is None:
            return None
        at = nxt
    return _located_name(m)


def _located_before(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """滨湖生态农业园项目位于中垾镇滨湖村: a place right after the verb; the name is no kind of project
    (该项目, 重点项目)."""
    if not _place_ends(text, places).get(m.end(0)):
        return None
    return _located_name(m)


def _located_name(m: re.Match) -> tuple[int, str, dict] | None:
    """The project's name without 项目, as a project named after its place is (滨湖生态农业园, alias
    滨湖生态农业园项目: one entity with it when the text names it so elsewhere)."""
    name = m.group(1)
    if _BUILT_PROJECT_BAD_START.match(name) or _GENERIC_PROJECT.match(name) or NOT_IN_NAME.search(name) \
            or _COUNT_IN_NAME_RE.search(name) or _KIND_ONLY_RE.match(name):
        return None
    return m.start(1), name[:-len(_PROJECT_HEAD)], {"alias": name}


_LOCATED_VERBS = tuple(sorted(cue(_P, "located_verbs"), key=len, reverse=True))


# a training class named with its session (第十二期中青年干部培训班, 首期年轻干部研修班): the session marks a
# named class of a party school or an organisation department whatever verb comes before it (dangxiao121)
_CLASS_EDITION_RE = re.compile(rf"(?:(?:{_C('edition_open')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+(?:{_C('class_edition_close')})"
                               rf"|{_C('class_edition_first')})([{HAN}]{{2,16}}?(?:{_C('class_heads')}))")
_CLASS_MIN = 4  # characters a class's name holds at least (干部培训班; 培训班 alone is no name)


def _edition_class(text: str, m: re.Match, places: list) -> tuple[int, str, dict] | None:
    """第十二期中青年干部培训班: the class's name without its session (as an event's is without its
    edition), the whole written form its alias; a bare kind (第三期培训班) or a clause is no name."""
    name = m.group(1)
    if len(name) < _CLASS_MIN or NOT_IN_NAME.search(name) or _COUNT_IN_NAME_RE.search(name):
        return None
    return m.start(1), name, {"alias": m.group(0)}


# in this order: a span taken by an earlier rule is not offered to a later one
RULES: tuple[ProgrammeRule, ...] = (
    ProgrammeRule("programme.held-event", _HELD_EVENT_RE, "campaign", _event),  # (first: 主办的… is not 主办 + 的…)
    ProgrammeRule("programme.event", _EVENT_RE, "campaign", _event),
    ProgrammeRule("programme.edition-event", _EDITION_EVENT_RE, "campaign", _edition_event),
    ProgrammeRule("programme.edition-festival", _FESTIVAL_RE, "campaign", _festival),
    ProgrammeRule("programme.edition-class", _CLASS_EDITION_RE, "campaign", _edition_class),
    ProgrammeRule("programme.year-event", _YEAR_EVENT_RE, "campaign", _year_event),
    ProgrammeRule("programme.placed-event", _PLACED_EVENT_RE, "campaign", _placed_event),
    ProgrammeRule("programme.tour", _TOUR_RE, "campaign", _tour),
    ProgrammeRule("programme.meeting", _MEETING_RE, "campaign", _meeting),
    ProgrammeRule("programme.meeting-subject", _MEETING_SUBJECT_RE, "campaign", _meeting),
    ProgrammeRule("programme.attended-event", _ATTENDED_EVENT_RE, "campaign", _attended),
    ProgrammeRule("programme.strategy", _STRATEGY_RE, "policy", _strategy),  # applies where its name says
    ProgrammeRule("programme.strategy-run", _STRATEGY_RUN_RE, "policy", _strategy),
    ProgrammeRule("programme.reform", _REFORM_RE, "campaign", _reform),
    ProgrammeRule("programme.scoped-campaign", _SCOPED_CAMPAIGN_RE, "campaign", _scoped),
    ProgrammeRule("programme.issued-document", _ISSUED_RE, "policy", _issued),
    ProgrammeRule("programme.issued-document-cut", _ISSUED_CUT_RE, "policy", _issued_cut),
    ProgrammeRule("programme.decree", _DECREE_RE, "policy", _plain),
    ProgrammeRule("programme.repealed-document", _REPEALED_RE, "policy", _repealed),
    ProgrammeRule("programme.built-project", _BUILT_PROJECT_RE, "project", _built_project),
    ProgrammeRule("programme.located-project", _LOCATED_AFTER_RE, "project", _located_after),
    ProgrammeRule("programme.located-project", _LOCATED_BEFORE_RE, "project", _located_before),
)


# --------------------------------------------------------------------------- quoted names

# one mark between two quoted names of a run: 、, or a closing mark a scrape doubled (“净网””“昆仑”: the run goes on)
_GROUP_GAP_MARKS = "、”"


def _quote_groups(text: str) -> tuple[list, list[list[tuple[int, int, str]]]]:
    """Quoted names, and runs of them written together (“A”“B”, “A”、“B”)."""
    # (a page set from a PDF may print a space inside the marks: “ 赶场立案”; the name is without it)
    quotes = [(m.start(), m.end(), m.group(1).strip(_QUOTE_PADDING)) for m in _QUOTE_RE.finditer(text)]
    groups: list[list[tuple[int, int, str]]] = []
    for q in quotes:
        if groups and (q[0] == groups[-1][-1][1] or (q[0] == groups[-1][-1][1] + 1
                                                     and text[q[0] - 1] in _GROUP_GAP_MARKS)):
            groups[-1].append(q)
        else:
            groups.append([q])
    return quotes, groups


_HAN_CHAR = re.compile(f"[{HAN}]")
_FIGURES_ONLY = re.compile(f"[{DIGIT}]+")  # “510”, “1133”: figures alone
_FIGURE_CODE_HEADS = frozenset(cue(_P, "figure_code_heads"))  # 标准


def _figure_code(c: str, own_head, group_head, verb) -> bool:
    """“510”除治标准 (stumps cut to 5 cm, felled trees within 10 days): figures alone, before a head
    of a norm or with neither a head nor a verb of running, code a rule's numbers, no programme
    anyone runs; before a strategy's or a work's head they name one (全面实施“1133”战略), as in a run
    of names a verb of running opens or a head closes (推进“千百十”“3510”“三牌”…等五大工程)."""
    if _FIGURES_ONLY.fullmatch(c) is None:
        return False
    return own_head[1] in _FIGURE_CODE_HEADS if own_head else group_head is None and verb is None


_ACCOUNT_CODE_RE = re.compile(f"[{DIGIT}]{{3,9}}[{HAN}]")
_YEAR_CODE_RE = re.compile(f"[{DIGIT}]{{4}}[{_Y}]")
_ACCOUNT_NAME_ENDS = tuple(cue(_P, "account_name_ends"))
_ACCOUNT_AFTER = tuple(cue(_P, "account_after"))


def _budget_account(text: str, e: int, c: str) -> bool:
    """收入列“1100252农林水共同财政事权转移支付收入”结算项目, 请列“2130135农业资源保护修复与利用”科目
    (guowuyuan96): a budget account quoted with its classification code — the code's digits right
    before its name, the name closing with 收入 or 支出 or the word after the quote calling it an
    account (科目, 结算项目) — is where money is booked, no programme; a code alone (“12345”热线)
    or a year (“2024年…行动”) is no account."""
    if _ACCOUNT_CODE_RE.match(c) is None or _YEAR_CODE_RE.match(c):
        return False
    return c.endswith(_ACCOUNT_NAME_ENDS) or text.startswith(_ACCOUNT_AFTER, e)


def _name_like(c: str, headed: bool = False) -> bool:
    """A quoted name's shape; one joining words with + (“互联网+”, “研学+农文旅”) names a programme
    only before a head word (“果林+”优势产业, “研学+农文旅”融合发展模式), not alone, and joins words, not
    figures (“8+N”模式, “1+3”机制: a formula of how something is staffed or split)."""
    if "+" in c or "＋" in c:
        if not headed or len(_HAN_CHAR.findall(c)) < 2:
            return False
    if _parallel_qualities(c):
        return False
    return 2 <= len(c) <= 25 and not _NOT_NAME_QUOTE.search(c) and not c.startswith(("《",) + _QUOTE_BAD_START)


_QUALITY_ITEM_MAX = 3
_QUALITY_ITEMS_MIN = 3


def _parallel_qualities(c: str) -> bool:
    """“高星级、高标准、高品位、高质量”民生工程, “零距离、零障碍、零投诉”: three or more short words opening
    with one character list the qualities a work is to have (a requirement), no programme's name."""
    items = c.split("、")
    return len(items) >= _QUALITY_ITEMS_MIN and all(1 < len(i) <= _QUALITY_ITEM_MAX for i in items) \
        and len({i[0] for i in items}) == 1


# “金色花海 醉美双峰”, “庆丰收 迎盛会”: short phrases set apart by spaces are a theme's slogan heading
# the story, not the name of what is held
_SLOGAN_RE = re.compile(rf"[{HAN}]{{2,8}}(?:[ \u3000]+[{HAN}]{{2,8}})+")
_RUN_VERB_ENDINGS = tuple(L.RUN_VERBS) + tuple(v + _PERFECTIVE for v in L.RUN_VERBS)  # one test rules most out


def _qualify_group(text: str, g: list, section_starts: set[int], qualified: dict) -> None:
    """Which quoted names of one group the context makes programmes: content → (rule, alias)."""
    qs, qe = g[0][0], g[-1][1]
    head = _head_after(text, qe)
    before = text[max(0, qs - 8):qs]
    verb = next((v for v in L.RUN_VERBS if before.endswith(v) or before.endswith(v + _PERFECTIVE)), None) \
        if before.endswith(_RUN_VERB_ENDINGS) else None
    topic = paragraph_start(text, qs, section_starts) or text[qs - 1:qs] in (";", "；")
    counted = bool(_COUNT_BEFORE.search(text[max(0, qs - 8):qs]) or _COUNT_AFTER.match(text[qe:qe + 1])
                   or text.startswith(_TEAM_MEMBERS, qe)  # a team's members: not a programme
                   or _LISTED_BODIES_AFTER.match(text, qe))  # (…”等26家社会组织: bodies, counted)
    brands = _brand_group(text, g, head)
    if brands:  # (a brand once, a brand in the whole text: “耐克”和“阿迪达斯”的中国公司 names no programme either)
        for _s, _e, c in g:
            qualified.setdefault(c, None)
    for k, (s, e, c) in enumerate(g):
        own_head = _head_after(text, e)
        if not _name_like(c, headed=own_head is not None) or c in qualified or _figure_code(c, own_head, head, verb) \
                or brands or _brand(text, e, own_head) or _NEWS_ITEM_AFTER.match(text, e) or _VESSEL_NUMBER.fullmatch(c) \
                or _said_or_happened(text, e, c) or _budget_account(text, e, c) or _holiday_quote(text, e, c, own_head) or _forbidden(text, s) \
                or (own_head is None and (_manner(c) or c in _ROLE_QUOTES or _COHORT_QUOTE.fullmatch(c))) \
                or c in _TITLE_QUOTES \
                or _manner_of_head(c, own_head) \
                or text.startswith(_WORD_TALKED_OF, e) \
                or (text.startswith(_TYPE_SUFFIX_AFTER, e) and not text.startswith(_TYPE_SUFFIX_NOT, e)):
                # (“浙川”其名: the word itself, talked of; “五强”型村书记队伍: a type the team is built to)
            continue  # (开展“地毯式”检查, 推进“巩固提升阶段”工作: a manner or a phase, nothing run)
        rule = None
        alias = None
        if own_head:
            rule, alias = "programme.quote-head", c + text[e:own_head[0]]
            if own_head[1] in _POLICY_LIKE_HEADS:  # “一带一路”倡议: a policy, applied where it names
                rule = "programme.quote-policy-head"
        elif head and k < len(g) - 1:
            rule = "programme.quote-list-head"
        elif head is None and not counted and _head_over_joiner(text, qe):
            rule = "programme.quote-list-head"  # “云剑”“亮剑”以及…“百日攻坚”专项行动: the later campaign's head
        elif c.endswith(_SELF_HEADS) and len(c) >= 4 and not counted:
            rule = "programme.quote-self-head"  # “百日行动”, “项目建设落地工程”
        elif verb and not counted and "、" not in c and (verb not in _WEAK_RUN_VERBS or len(c) <= 6) \
                and not _bare_verb(c) and not _run_qualifies_noun(text, g):
            rule = "programme.quote-verb"
        elif topic and k == 0 and not counted and not _SLOGAN_RE.fullmatch(c) and not _summary_term(text, e, c) \
                and not _spoken_line(text, e, g) and not _heading_qualifier(text, e, c) \
                and not _place_epithet(text, e, c) and not _figure_noun_qualifier(text, e) \
                and not (c.endswith(_TOPIC_BODY_ENDS) and not c.endswith(_TOPIC_NOT_BODY_ENDS)):  # (“国家税务总局厦门市税务局”挂牌: the body, nothing it runs)
            rule = "programme.quote-topic"
        if rule:
            qualified[c] = (rule, alias)


_HEAD_JOINERS = tuple(cue(_P, "quote_head_joiners"))  # 以及, 及, 和, 与
_JOINED_HEAD_REACH = 12  # the words a later campaign's name may open with before its quote (冬春严打整治)
_JOINED_QUOTE_RE = re.compile(rf"[{HAN}]{{0,{_JOINED_HEAD_REACH}}}?“[^”“\n]{{2,25}}”")


def _head_over_joiner(text: str, qe: int) -> tuple[int, str] | None:
    """突出抓好“云剑”“亮剑”以及冬春严打整治“百日攻坚”专项行动: a run of quoted names joined by 以及
    (及, 和, 与) to one more quoted name, within a few words, whose head follows it: the head is all
    of theirs, each a campaign (never a brand's word: “耐克”和“阿迪达斯”品牌). Read only past the
    joiner and one bounded quote."""
    j = next((w for w in _HEAD_JOINERS if text.startswith(w, qe)), None)
    if j is None:
        return None
    m = _JOINED_QUOTE_RE.match(text, qe + len(j))
    h = _head_after(text, m.end()) if m else None
    if h is None or _brand(text, m.end(), h):
        return None  # 销售“耐克”和“阿迪达斯”品牌服装: brands, no campaigns
    return h


_LIST_CLOSERS = tuple(cue(_P, "quote_run_list_closers"))
_CLAUSE_REST = re.compile(r"[^，,。；;：:！？\n]{1,40}")
_QUOTE_OPEN_MARK = "“"
_RUN_WORK_HEADS = tuple(cue(_P, "quote_run_work_heads"))  # 工作, 任务 after a run of quoted slogans


def _run_qualifies_noun(text: str, g: list) -> bool:
    """开展“假病人”“假病情”“假票据”欺诈骗保问题专项整治行动: a run of two or more quoted words written
    right before more words (no mark, no 等) qualifies the noun those words make — what the campaign
    is against — and none of them is a programme a verb of running opens."""
    qe = g[-1][1]
    if len(g) < 2 or _HAN_CHAR.match(text, qe) is None or text.startswith(_LIST_CLOSERS, qe):
        return False
    if text.startswith(_RUN_WORK_HEADS, qe):
        return False  # 做好“六稳”“六保”工作: the policies worked on, each a programme
    rest = _CLAUSE_REST.match(text, qe)  # (“青年夜校”“返家乡”暨“扬帆计划”实践实习: a quote goes on, names listed)
    return rest is not None and _QUOTE_OPEN_MARK not in rest.group(0)


# 三个下降, 两个平稳; 三下降, 两平稳 (yingji93: “三下降”是：事故总量下降…, with no 个)
_SUMMARY_TERM = re.compile(rf"[两双{CHINESE_NUMERALS[:-3]}]个?[{HAN}]{{2,4}}")
_SUMMARY_TERM_AFTER = tuple(cue(_P, "summary_term_after"))
_TOPIC_BODY_ENDS = tuple(cue(_P, "quote_topic_body_ends"))  # 局, 委员会: a body's name quoted, no programme
_TOPIC_NOT_BODY_ENDS = tuple(cue(_P, "quote_topic_not_body_ends"))  # 格局, 客厅: no body's last word


# “浙川”其名, “山海情”一词: a quoted word followed by what says it is a word (its name, the word) is talked
# of as a word, no programme anyone runs
_WORD_TALKED_OF = tuple(cue(_P, "word_talked_of_after")) or ("\0",)
# peixun111: 型 right after a quote makes the quote a type of what follows (打造“五强”型村书记队伍, 建设“学习”型机关):
# what the team or body is built to be, nothing run; 型号 is a model's number
_TYPE_SUFFIX_AFTER = tuple(cue(_P, "type_suffix_after")) or ("\0",)
_TYPE_SUFFIX_NOT = tuple(cue(_P, "type_suffix_not")) or ("\0",)


def _summary_term(text: str, e: int, c: str) -> bool:
    """“三个下降”是：事故总量持续下降… / “两平稳”是：…: a quoted count of a short word opening a
    paragraph that explains it is a summary term of the figures that follow (what went down, what
    held steady), not a programme anyone runs."""
    return text.startswith(_SUMMARY_TERM_AFTER, e) and _SUMMARY_TERM.fullmatch(c) is not None


# holidays and festivals (periods.tsv kinds holiday, holiday_days, festival, lunar: “五一”假期, “十一”黄金周,
# “端午”小长假)
_HOLIDAY_NAMES = frozenset(r["word"] for r in L.load_table("periods.tsv")
                           if r["kind"] in ("holiday", "holiday_days", "festival", "lunar")) \
    | frozenset(cue(_P, "holiday_pair_quotes"))  # “双节”前, “两节”期间: two holidays, no one day


# 十五 … 十五五, and the single-figure periods (“七五”普法规划, “八五”普法, “六五”时期): the legal-
# publicity plans keep the five-year plans' count, so “七五” names a period as “十四五” does
_PLAN_PERIOD_RE = re.compile(f"(?:{CHINESE_NUMERALS[9]}[{CHINESE_NUMERALS[:5]}]?|[{CHINESE_NUMERALS[:9]}])"
                             f"{CHINESE_NUMERALS[4]}")


def _holiday_quote(text: str, e: int, c: str, own_head) -> bool:
    """“五一”假期首日, “国庆”期间: a quoted holiday is the time the figures and events of the story
    fall in, not a programme anyone runs (a head word of its own still makes one: “七一”勋章 …);
    so is a five-year plan's quoted name before a word of its span (“十四五”以来, “十三五”期间), where
    no 规划 follows.  Before a head word or after a verb the period alone names no plan either (各专病
    防控“十四五”专项规划, 推进“十四五”规划编制: some field's plan, which the quote does not name), so
    the quote is never a programme; nor is a quoted event before 期间 (`_event_stretch`)."""
    if _PLAN_PERIOD_RE.fullmatch(c) is not None or _DAY_LABEL_RE.fullmatch(c) is not None:
        return True  # (“9·18”防空警报试鸣, “5·12”防灾减灾宣传: the day the work is held on, renfang117)
    if c in _HOLIDAY_NAMES and text.startswith(_HOLIDAY_TIME_AFTER + _HOLIDAY_GREETING_AFTER, e):
        return True  # 在“七一”前评选表彰…, 开展“八一”慰问活动: the day the honours or visits fall on (biaozhang102)
    if own_head is not None:
        return False
    return c in _HOLIDAY_NAMES or _event_stretch(text, e, c)


# biaozhang102 (05-bailiu): a time word right after a quoted holiday (“七一”前, “五一”前后, “国庆”当天): the
# holiday dates what follows, even where a programme's head word comes later in the clause (…前评选表彰)
_HOLIDAY_TIME_AFTER = tuple(cue(_P, "holiday_time_after"))
# shuangyong120 (03-chunan-renwubu): the greetings a holiday brings (“八一”慰问活动): the holiday dates the visits
_HOLIDAY_GREETING_AFTER = tuple(cue(_P, "holiday_greeting_after"))


_STRETCH_AFTER = "期间"


# renfang117: a month and day in digits joined by a dot (“9·18”, “5.12”, “9•15”) is a day of the year the
# work is held on (an anniversary, a national day), as a holiday's name is: no programme's name
_DAY_LABEL_RE = re.compile(r"(?:1[0-2]|0?[1-9]|１[０-２]|[１-９])[·•．.・](?:3[01]|[12][0-9]|0?[1-9]|[１-３]?[０-９])")


def _event_stretch(text: str, e: int, c: str) -> bool:
    """开展“两会”期间消防安全检查, “双十一”期间: a quoted name right before 期间, with no head word of
    its own, is the event whose days the story's work falls in, as a holiday's are — no programme
    the body runs; a name ending in a programme's own head (“百日行动”期间) is still one."""
    return text.startswith(_STRETCH_AFTER, e) and not c.endswith(_SELF_HEADS)


def _said_or_happened(text: str, e: int, c: str) -> bool:
    """“7•5”事件, “3·21”特大爆炸事故: a quoted name an incident word follows is something that
    happened; “可以来村里玩雪了”: a quote ending in a sentence-final particle is something said.
    Neither is carried out by anyone."""
    return c.endswith(_UTTERANCE_FINALS) or text.startswith(_INCIDENT_AFTER, e) or _storm_name(text, c)


_SENTENCE_ENDS = tuple(cue(_P, "spoken_line_ends"))  # 。！？ right after the closing mark


def _spoken_line(text: str, e: int, g: list) -> bool:
    """“还能收听20多个广播台”。 opening a paragraph: one quote that is a whole sentence, its full stop
    right after the closing mark, is a line someone said (the next words say who), no programme's
    name heading the paragraph (a topic's name goes on: “厕所革命”持续推进…).  So is one quote that is
    a whole line next to another such line (“群众当年受灾、当年入住” ⏎ “97项政务服务事项不出乡、52项不出村”:
    a congress story's highlights quoted one a line); a lone quoted line under a title (“请听档案说”) is
    the theme the story goes on to name."""
    return len(g) == 1 and (text.startswith(_SENTENCE_ENDS, e) or _quoted_line_run(text, g[0][0], e))


def _quoted_line_run(text: str, s: int, e: int) -> bool:
    """Is the quote text[s:e] (marks included) a whole line, with the line before or after it a whole
    quoted line too: a run of quoted lines (only the neighbouring lines' two ends are read)?"""
    if (s > 0 and text[s - 1] != "\n") or (e < len(text) and text[e] != "\n"):
        return False
    if s >= 2 and text[s - 2] in _QUOTE_CLOSES:  # the line before ends at s - 2
        prev_start = text.rfind("\n", 0, s - 1) + 1
        if text[prev_start] in _QUOTE_OPENS:
            return True
    if e + 1 < len(text) and text[e + 1] in _QUOTE_OPENS:
        next_end = text.find("\n", e + 1)
        return text[(len(text) if next_end < 0 else next_end) - 1] in _QUOTE_CLOSES
    return False


# “党派”对接。, “专场”对接。: a quoted word of the dictionary, a heading's few words and its full stop
_HEADING_REST = re.compile(rf"[{HAN}]{{1,4}}[。:：]")


def _heading_qualifier(text: str, e: int, c: str) -> bool:
    """“党派”对接。“专场”对接。“行业”对接。 heading a paragraph each (bank64: a district's 政银企对接
    by party, by session, by trade): a quoted common noun of the dictionary, with a heading's few
    words and its stop right after it, only qualifies that heading's word (by party, by trade) —
    no name of anything run, as a coined name (“厕所革命”见实效。, no dictionary word) is."""
    return (word_tags().get(c) or "").startswith("n") and _HEADING_REST.match(text, e) is not None


# 产品出口1214.5亿元 right after “新三样”: a few words of a noun, then a figure (not a year) in the same clause
_FIGURE_NOUN_REST = re.compile(rf"[{HAN}]{{1,8}}[{DIGIT}]+(?:[.．][{DIGIT}]+)?(?![{DIGIT}.．年])")


def _figure_noun_qualifier(text: str, e: int) -> bool:
    """江苏省…;“新三样”产品出口1214.5亿元 (shangwu95): a quoted term after a semicolon or opening a paragraph,
    written straight before the noun of a figure (no mark, a few words, then the figure), qualifies the
    goods or things counted — a class of them (the new three: cars, batteries, solar cells), no name of
    anything run; a quoted name with its own head word (“百日攻坚”行动) is read before this."""
    return _FIGURE_NOUN_REST.match(text, e) is not None


_EPITHET_MAX = 6  # 冰城夏都, 东方明珠: a city's byname is a short phrase
_EPITHET_PLACE_LEN = (4, 3, 2)  # 哈尔滨市, 哈尔滨, 长春: a province's or city's name, longest first
_EPITHET_LEVELS = ("province", "city")


def _place_epithet(text: str, e: int, c: str) -> bool:
    """“冰城夏都”哈尔滨近年来…, “春城”长春: a short quoted phrase written straight before the name of a
    province or a city (full or short, nothing between) is the place's byname in apposition — no
    name of anything run (dongbei92).  “一主六双”高质量发展战略, “两先区”建设 have no place after them."""
    if len(c) > _EPITHET_MAX:
        return False
    t = division_table()
    for n in _EPITHET_PLACE_LEN:
        w = text[e:e + n]
        if len(w) == n and any(d.level in _EPITHET_LEVELS for d in t.candidates(w) + t.short_candidates(w)):
            return True
    return False


_QUOTE_OPENS = "“「"
_QUOTE_CLOSES = "”」"


def _bare_verb(c: str) -> bool:
    """参与“打卡”达466555人次: a quote that is one verb of the dictionary, with no head word after it,
    is what people do (check in), not a name of what a body runs."""
    return word_tags().get(c) == "v"


_FORBIDDEN_BEFORE = tuple(cue(_P, "forbidden_before"))


def _forbidden(text: str, s: int) -> bool:
    """项目严禁“非农化”建设, 坚决防止“非粮化”: a quoted name right after a verb of forbidding or
    preventing is a practice to be stopped, never a programme anyone runs (whatever head follows)."""
    return text.endswith(_FORBIDDEN_BEFORE, 0, s)


def _manner(c: str) -> bool:
    """“地毯式”, “巩固提升阶段”, “零距离”: a quoted word saying how something is done, which phase a
    campaign is in or what it aims at — not a model's name (“烟台模式”) nor a form (方式, 形式)."""
    return (c.endswith(_MANNER_ENDS) and not c.endswith(_MANNER_NOT_ENDS)) or \
        (len(c) == _MANNER_START_LEN and c.startswith(_MANNER_STARTS))  # “零距离”服务企业: a manner


def _manner_of_head(c: str, own_head) -> bool:
    """“一站式”平台, “保姆式”服务, “订单式”培养模式: a short quoted manner word before a head only says how
    the platform or service works (talent58: a county's youth station built “一站式”平台, read as a
    programme 一站式) — save before the head of a method (“枫桥式”工作法)."""
    return own_head is not None and len(c) <= _MANNER_WORD_MAX and _manner(c) \
        and own_head[1] not in _MANNER_HEADS_KEPT


def _storm_name(text: str, c: str) -> bool:
    """今年第22号台风“山竹”造成…受灾: a quoted name the article writes after a storm's word is the
    storm's, wherever it is quoted again (“山竹”致…受灾, 部署“山竹”防御工作): weather, nothing run."""
    return c in _storm_names(text)


@lru_cache(maxsize=4)
def _storm_names(text: str) -> frozenset[str]:
    """The names `text` quotes right after a storm's word, read once per text (a search of the whole text
    for each quoted name grew with its square in a text of many quotes)."""
    if not _STORM_BEFORE:
        return frozenset()
    return frozenset(m.group(1) for m in _STORM_QUOTED.finditer(text))


_STORM_QUOTED = re.compile(f"(?:{'|'.join(map(re.escape, _STORM_BEFORE)) or '(?!)'})“([^“”]*)”")


_BRAND_AFTER = tuple(sorted(cue(_P, "brand_after_quote") + cue(_P, "account_after_quote") + cue(_P, "feature_after_quote")
                            + cue(_P, "troupe_after_quote"), key=len, reverse=True))


_COUNTERFEIT_BEFORE = tuple(cue(_P, "counterfeit_before_quote"))


def _brand_group(text: str, g: list, head: tuple[int, str] | None) -> bool:
    """销售假冒“耐克”“阿迪达斯”品牌服装鞋帽 (shijian93): a run of quoted names a brand word closes, or one a
    word of counterfeiting opens, names brands — each of them, not only the last the brand word follows."""
    qs, qe = g[0][0], g[-1][1]
    return _brand(text, qe, head) or text.endswith(_COUNTERFEIT_BEFORE, 0, qs)


def _brand(text: str, e: int, own_head: tuple[int, str] | None) -> bool:
    """“华阳河”牌大米, “宿松大米”区域公用品牌, “乡宁味道”系列产品: a quoted name a brand word follows is
    a brand or a product line, nothing carried out; a programme's head after the brand word makes
    it a campaign of the brand (“百县千品”品牌提升行动).  So is a media account (“上海体育”政务微信), and a
    feature a place shows off (打造“为老”亮点), and a troupe or a society named by it (“心连心”艺术团走进古田慰问演出)."""
    if not text.startswith(_BRAND_AFTER, e):
        return False  # (one C test first: most quoted names have no brand word after them)
    w = next((w for w in _BRAND_AFTER if text.startswith(w, e)), None)
    return w is not None and (own_head is None or own_head[0] <= e + len(w))


_GENRE_LEADS = tuple(cue(_P, "bare_genre_leads"))  # 实施, 工作: 《实施方案》, 《工作方案》 name a genre only
_GENRE_FULL_REACH = 32  # titles read back for the full one a bare genre stands for (no pass over every title)


def _bare_genre(bare: str) -> bool:
    """实施方案, 工作方案, 管理办法: a title in 《》 that is only a document's genre (a lead word of how it
    works and a policy head, nothing naming whose or what) names no one document (nongtian112)."""
    return any(bare.startswith(w) and bare[len(w):] in L.POLICY_HEADS for w in _GENRE_LEADS)


def _quoted(text: str, section_starts: set[int]) -> list[Found]:
    """Quoted programme names and policy documents in 《》."""
    quotes, groups = _quote_groups(text)
    qualified: dict[str, tuple[str, str | None] | None] = {}
    for g in groups:
        _qualify_group(text, g, section_starts, qualified)
    found: list[Found] = []
    for s, e, c in quotes:
        if qualified.get(c) is not None:  # (None: a brand, no programme)
            rule, alias = qualified[c]
            attrs = {"kind": "policy" if rule == "programme.quote-policy-head" else "quoted"}
            if alias:
                attrs["alias"] = alias
            lead = s + 1 + len(text[s + 1:e - 1]) - len(text[s + 1:e - 1].lstrip(_QUOTE_PADDING))
            found.append(Found(lead, lead + len(c), "Programme", c, rule, attrs))
    m = _TITLE_DOCUMENT_RE.match(text)  # the article's headline only: a list of titles names no one document
    if m and not any(w in m.group(2) for w in _TITLE_PERSONNEL) and not _honour_title(m.group(2)) \
            and not any(w in m.group(1) for w in _TITLE_WRAPPERS):  # A转发B关于…的通知: B's document
        found.append(Found(m.start(2), m.end(2), "Programme", m.group(2), "programme.title-document", {"kind": "policy"}))
    elif (m := _standalone_title(text)) is not None:
        end = _period_qualifier_end(text, m.end(1))
        attrs = {"kind": "policy"} | ({"alias": m.group(1)} if end > m.end(1) else {})
        found.append(Found(m.start(1), end, "Programme", text[m.start(1):end], "programme.title-plan", attrs))
    found += _reposted_titles(text, m.start(2) if m is not None and m.re is _TITLE_DOCUMENT_RE else -1)
    named: list[str] = []  # the documents named in 《》 so far, in text order
    for m in _POLICY_RE.finditer(text):
        c = m.group(1).strip()
        if c in L.POLICY_HEADS or _NAME_QUALIFIER.sub("", c) in L.POLICY_HEADS:
            # 《办法》明确…, 围绕《报告(征求意见稿)》讨论: the document just named in full, by its head word
            # alone (with its draft's qualifier): no document of its own
            full = next((n for n in reversed(named) if n.endswith(c) and n != c), None)
            if full is not None and not _honour_title(full) and not full.endswith(_ACCOUNT_TAILS):  # (以下简称《决定》 after 《关于表彰…的决定》: no programme)
                found.append(Found(m.start(1), m.end(1), "Programme", full, "programme.policy-short", {"kind": "policy"}))
            continue
        if (inner := _wrapped_document(c) or _opening_inner_document(c)) is not None:
            # 《关于印发〈…实施细则〉的通知》: the 实施细则; 《〈…保护条例〉贯彻实施情况报告的审议意见》: the 条例
            s0 = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
            c = c[inner[0]:inner[1]]
            found.append(Found(s0 + inner[0], s0 + inner[1], "Programme", c, "programme.policy-document",
                               {"kind": "policy"}))
            named.append(c)
            continue
        named.append(c)
        if any(w in c for w in _PERSONNEL_DOCUMENTS) or _honour_title(c):
            continue  # 《…关于接受姜伟辞去…职务的请求的决定》: a personnel act, no programme; 《关于表彰…的决定》 a commendation
        bare = _VERSION_SUFFIX.sub("", _NAME_QUALIFIER.sub("", c))
        if bare.endswith(_ACCOUNT_TAILS):
            continue  # 审议《某区2022年度法治政府建设情况报告》: a report on work done, no policy (fazhi111)
        if _bare_genre(bare) and not any(n != c and _NAME_QUALIFIER.sub("", n).endswith(bare)
                                         for n in named[-_GENRE_FULL_REACH:]):
            continue  # 制定2017年度高标准农田《实施方案》: a genre alone, no name (nongtian112); after a full title, its short form
        if bare.endswith(L.POLICY_HEADS) or (c.startswith(_ABOUT) and not bare.endswith(_ESSAY_TAILS + _REQUEST_TAILS)):
            attrs = {"kind": "policy"}
            if bare != c:
                attrs["alias"] = bare  # 《…实施办法（试行）》 is also named without its qualifier
            found.append(Found(m.start(1), m.end(1), "Programme", c, "programme.policy-document", attrs))
        elif bare.endswith(_TITLED_PROJECT_HEADS) and len(bare) >= 6 and not _GENERIC_PROJECT.match(bare) \
                and not _KIND_ONLY_RE.match(bare):
            # 票决确定了《全乡域单村供水站提升项目》《…整治项目》: a project a congress voted for
            found.append(Found(m.start(1), m.end(1), "Programme", c, "programme.titled-project", {"kind": "project"}))
        elif (head := _head_after(text, m.end())) is not None:  # 《以案为鉴，遵守准则，筑牢防线》警示教育片, 《…》系列活动
            kind = "work" if head[1] in _WORK_HEADS else "campaign"  # a film is made, not carried out somewhere
            found.append(Found(m.start(1), m.end(1), "Programme", c, "programme.titled-head", {"kind": kind}))
    return found


# 《关于印发〈X〉的通知》, 《关于转发X的通知》: a notice quoted by its title that only issues (or forwards)
# another document; the document is X
_QUOTED_WRAPPER_RE = re.compile(rf"(?:{_C('about')})(?:{_C('title_wrapper_verbs')})"
                                rf"(?:{_C('inner_title_open')})?(.{{4,70}}?)(?:{_C('inner_title_close')})?"
                                rf"(?:{_C('issued_title_close')})")


_OPENING_INNER_RE = re.compile(rf"(?:{_C('inner_title_open')})([^〈〉<>＜＞]{{4,60}}?)(?:{_C('inner_title_close')})")


def _opening_inner_document(c: str) -> tuple[int, int] | None:
    """The span (within the quoted title `c`) of a document whose title opens `c` inside its inner
    marks (《〈湘西土家族苗族自治州酉水河保护条例〉贯彻实施情况报告的审议意见》): the outer title only
    reports on it (how it is carried out, what the committee thinks of that), so the document
    named is the inner one, when it ends with a document's head word; else None."""
    m = _OPENING_INNER_RE.match(c)
    if m is None or m.end() >= len(c):
        return None
    return m.span(1) if _NAME_QUALIFIER.sub("", m.group(1)).endswith(_DOCUMENT_HEADS) else None


def _wrapped_document(c: str) -> tuple[int, int] | None:
    """The span (within the quoted title `c`) of the document a quoted 关于印发X的通知 issues: the
    notice is the wrapper, X the policy (汉阴县…管理办法, 过渡期…实施细则), when X ends with a
    document's head word; else None (the title itself is the document)."""
    m = _QUOTED_WRAPPER_RE.fullmatch(c)
    if m is None or any(ch in m.group(1) for ch in "〈〉<>＜＞"):
        return None
    return m.span(1) if _NAME_QUALIFIER.sub("", m.group(1)).endswith(_DOCUMENT_HEADS) else None


def _reposted_titles(text: str, headline: int) -> list[Found]:
    """农业农村部 国家乡村振兴局关于公布2022年国家乡村振兴示范县创建名单的通知, a line of its own right above
    its addressees (各省、自治区、直辖市…：): a notice a story reposts whole is that document (its issuers
    before 关于), as a notice heading the page is; a title with no addressees under it may be a list's
    item or a headline's echo, and is left to the other rules."""
    if "\n" not in text:
        return []
    return [Found(m.start(2), m.end(2), "Programme", m.group(2), "programme.title-document", {"kind": "policy"})
            for m in _REPOSTED_TITLE_RE.finditer(text)
            if m.start(2) != headline and not any(w in m.group(2) for w in _TITLE_PERSONNEL) and not _honour_title(m.group(2))
            and not any(w in m.group(1) for w in _TITLE_WRAPPERS)]  # A转发B关于…的通知: B's document


def _standalone_title(text: str) -> re.Match | None:
    """A text headed by a plan's own title without 关于 (XX县…实施方案, …工作方案) and opening as that
    plan does (为…, 根据…, 一、, 各乡镇…：, at most two short lines such as its number or date
    between) is that plan; a headline saying what is done with it (出台, 印发, 召开) is a story."""
    m = _STANDALONE_TITLE_RE.match(text)
    if m is None or _STANDALONE_NEWS_RE.search(m.group(1)) or m.group(1).startswith(_ABOUT):
        return None
    return m


_QUALIFIER_REACH = 18  # characters of a bracketed qualifier right after a title (（2023—2025年）, （试行）)


def _period_qualifier_end(text: str, e: int) -> int:
    """宿迁市…三年行动计划(2023-2025年) heading its own text: the period or trial qualifier right after the
    title line's name is part of the name, as 《…行动计划(2023-2025年)》 in its issuing notice is (one plan,
    one name; the bare name its alias) — the title line was read without it, two plans.  → where the name
    ends with it (e when no qualifier follows)."""
    close = next((k for k in range(e + 1, min(len(text), e + _QUALIFIER_REACH)) if text[k] in "）)\n"), -1)
    if close < 0 or text[e:e + 1] not in "（(" or text[close] == "\n":
        return e
    return close + 1 if _NAME_QUALIFIER.search(text, e, close + 1) else e


# --------------------------------------------------------------------------- unquoted names

_CAMPAIGN_HEADS = tuple(L.words("campaign_heads")) + tuple(L.words("event_heads"))


def _joined_campaign(name: str) -> bool:
    """城乡环境卫生、交通秩序综合整治攻坚行动 is one campaign (two fields share its head); 禁毒宣传行动、
    消防安全专项行动 lists two, and 宣传、培训等活动 or a field with 的/和 is a sentence, not a name."""
    fields = name.split("、")
    return not NOT_IN_NAME.search(name) and not any(f.endswith(_CAMPAIGN_HEADS) for f in fields[:-1])

# 开展候鸟护飞等专项行动: 等 right before the head closes examples of a kind of campaign, no one's name
# (the character before 等 of an adjective, 平等, 同等, keeps it: 男女平等宣传月活动)
_EXAMPLES_OF_KIND_RE = re.compile(rf"[{HAN}]*[^{cue_chars(_P, 'equal_firsts')}](?:{_C('etc')})(?:{_W('campaign_heads')})")


def _examples_of_kind(name: str) -> bool:
    """候鸟护飞等专项行动: a name whose head follows 等 lists examples (候鸟护飞 and others like it)
    of a kind of campaign; the run is no campaign's name (and 候鸟护飞 alone has no head word)."""
    return _EXAMPLES_OF_KIND_RE.fullmatch(name) is not None


_CAMPAIGN_TIME_STEMS = frozenset(cue(_P, "campaign_time_stems"))


def _timed_kind(name: str) -> bool:
    """节前专项行动, 年底专项整治行动: a campaign head after nothing but the time it is held (before the
    festival, at the year's end) is a kind of campaign held then, no campaign's name."""
    head = max((h for h in _CAMPAIGN_HEADS if name.endswith(h)), key=len, default="")
    return bool(head) and name[:-len(head)] in _CAMPAIGN_TIME_STEMS


# 为期三个月的…专项整治行动: how long the campaign runs, said before its name
_DURATION_OPEN_RE = re.compile(rf"(?:{_C('duration_openers')})[^的，,。；;]{{1,6}}的")


def _after_duration(text: str, start: int, end: int) -> int:
    """Where a campaign's name starts once the length it runs for (为期三个月的, 为期一年的) or the manner it is
    held in (全方位, 拉网式: manner_openers) is left out: said of this holding, no part of the name."""
    d = _DURATION_OPEN_RE.match(text, start, end)
    start = d.end() if d and end - d.end() >= 4 else start
    m = _MANNER_OPEN_RE.match(text, start, end)
    return m.end() if m and end - m.end() >= 4 else start


_MANNER_OPEN_RE = re.compile(rf"(?:{_C('manner_openers')})的?")


# works a body carries out, named before a head of building or upgrading (实施乡村振兴示范村创建工程,
# 推进农贸市场提升改造): no generic word, count or verb opens the name (推进重点工程 names none)
_NAMED_WORKS_RE = name_re(_C('named_works_heads'), 4, 16, lead=_done(_C('project_opening_verbs')))


def _named_works(text: str, free) -> list[Found]:
    """Named works after a verb of carrying them out (实施农村饮水安全巩固提升工程)."""
    found = []
    for m in _NAMED_WORKS_RE.finditer(text):
        name = m.group(1)
        if free(*m.span(1)) and not _GENERIC_PROJECT.match(name) and not NOT_IN_NAME.search(name) \
                and not _COUNT_IN_NAME_RE.search(name) and not _PROJECT_VERB_OPEN_RE.match(name):
            found.append(Found(m.start(1), m.end(1), "Programme", name, "programme.named-works", {"kind": "project"}))
    return found


_MEANS_OPEN = tuple(cue(_P, "means_openers"))
_MEANS_CLOSE = tuple(cue(_P, "means_closers"))


def _means_role(text: str, start: int, end: int) -> bool:
    """建立了以基本医疗保险制度为主体、大病保险为补充的多层次医保制度: a run opened by 以 and closed by 为
    names what the system built rests on (its role: 为主体), no mechanism the verb sets up."""
    return text.startswith(_MEANS_OPEN, start) and text.startswith(_MEANS_CLOSE, end)


def _joined_verb_length(name: str) -> int:
    """How many characters of a mechanism's name are a second verb joined to the first (完善|并实施|有关
    规章制度, 建立|和落实|…制度): a verb phrase of its own, no part of the name, which starts after it."""
    m = _JOINED_VERB_RE.match(name)
    return m.end() if m and len(name) - m.end() >= 2 else 0


def _campaigns(text: str, section_starts: set[int], free) -> list[Found]:
    """Named campaigns, lists of named events (…宣传月、…服务周等活动) and mechanisms."""
    found: list[Found] = _named_works(text, free)
    for m in _JOINED_CAMPAIGN_RE.finditer(text):
        if free(*m.span(1)) and _joined_campaign(m.group(1)):
            found.append(Found(m.start(1), m.end(1), "Programme", m.group(1), "programme.joined-campaign",
                               {"kind": "campaign"}))
    for m in _CAMPAIGN_RE.finditer(text):
        if m.start(1) > m.start(0) + 1 and text[m.start(1) - 1] in _YEAR_MARK_ENDS and NOT_IN_NAME.search(m.group(1)):
            continue  # 开展了2020年以来的专项行动: a time since the year, no campaign named after it
        if free(*m.span(1)) and not _examples_of_kind(m.group(1)) and not _timed_kind(m.group(1)):
            # 第十九个党风廉政建设宣教月活动: the edition of a yearly campaign is no part of its name
            ed = _ORDINAL_EDITION.match(m.group(1))
            s1 = _after_duration(text, m.start(1), m.end(1))
            s0 = s1 + (ed.end() if s1 == m.start(1) and ed and m.end(1) - m.start(1) - ed.end() >= 4 else 0)
            found.append(Found(s0, m.end(1), "Programme", text[s0:m.end(1)], "programme.campaign",
                               {"kind": "campaign", **({"alias": text[s1:m.end(1)]} if s0 > s1 else {})}))
    for m in _YEAR_CAMPAIGN_RE.finditer(text):
        if free(*m.span(1)) and not NOT_IN_NAME.search(m.group(1)):
            found.append(Found(m.start(1), m.end(1), "Programme", m.group(1), "programme.campaign",
                               {"kind": "campaign"}))
    for m in _WORK_CAMPAIGN_RE.finditer(text):
        # 开展好…, 开展各类…: a complement or a quantifier opens a kind of work, not a name
        if free(*m.span(1)) and not NOT_IN_NAME.search(m.group(1)) and not m.group(1).startswith(_WORK_BAD_STARTS):
            s1 = m.start(1) + _after_oversight(m.group(1))
            found.append(Found(s1, m.end(1), "Programme", text[s1:m.end(1)], "programme.work-campaign",
                               {"kind": "campaign"}))
    for m in _EVENT_LIST_RE.finditer(text):
        pos = m.start(1)
        for item in re.split(r"[、,，]", m.group(1)):
            if free(pos, pos + len(item)):
                found.append(Found(pos, pos + len(item), "Programme", item, "programme.named-event",
                                   {"kind": "campaign"}))
            pos += len(item) + 1
    for m in _MECHANISM_RE.finditer(text):
        s1 = m.start(1) + _joined_verb_length(m.group(1))
        name = text[s1:m.end(1)]
        quoted = name[1:name.index("”")] if name.startswith("“") and "”" in name else ""
        if quoted in _TITLE_QUOTES:
            continue  # (建立“第一书记”帮扶机制: a post's title quoted names no mechanism — shandong69)
        if free(s1, m.end(1)) and not NOT_IN_NAME.search(name) and not name.endswith(_GENERAL_MECHANISMS) \
                and not _GENERIC_MECHANISM_RE.fullmatch(name) and not _means_role(text, s1, m.end(1)):
            # 完善促进就业体制机制: "systems and mechanisms" in general, not one named mechanism
            topic = paragraph_start(text, m.start(), section_starts)  # 建立…机制。 heading a paragraph
            found.append(Found(s1, m.end(1), "Programme", name, "programme.mechanism",
                               {"kind": "mechanism", **({"topic": True} if topic else {})}))
    return found


# named services a body runs for farmers (土地托管, 农业生产托管): one of named_services, as the service
# (…服务, …工作) or as what a running verb opens (推行土地托管, 开展大田作物土地托管服务工作)
_SERVICE_RE = re.compile(rf"(?:(?:{_W('campaign_verbs')}|{_C('service_verbs')})[{HAN}]{{0,6}}?)?({_C('named_services')})"
                         rf"(?=({_C('service_tails')})?)")


_SERVICE_TAILS = cue(_P, "service_tails")  # 工程: a named service that ends with one (农家书屋工程) is named alone
_SERVICE_ALONE = frozenset(cue(_P, "named_services_alone"))  # 残疾人两项补贴: a scheme's name, named with no verb or tail
_SERVICE_WORD = re.compile(_C("named_services"))  # (a text naming none is left at once: the rule's
# optional verb before the service made the regex try every position)


def _named_services(text: str, free) -> list[Found]:
    """土地托管服务面积达142万亩, 全市推行土地托管: a named service, before 服务/工作 or after a running
    verb in its clause (a word of the service alone, 托管 of 托管费, names none)."""
    found = []
    if not _SERVICE_WORD.search(text):
        return found
    for m in _SERVICE_RE.finditer(text):
        if not (m.start(1) > m.start(0) or m.group(2) or m.group(1).endswith(_SERVICE_TAILS)
                or m.group(1) in _SERVICE_ALONE) or not free(*m.span(1)):
            continue
        attrs = {"kind": "campaign", **({"alias": m.group(1) + m.group(2)} if m.group(2) else {})}
        found.append(Found(m.start(1), m.end(1), "Programme", m.group(1), "programme.named-service", attrs))
    return found


# per rule, a search for words every match of it holds (`text.words_guard`): a text without
# them is not scanned by the rule (most rules open with a look-behind or a lazy run, tried at
# every position of the text)
_RULE_GUARDS = tuple(words_guard(rule.pattern) for rule in RULES)


def _adjacent_guard(head: str, follow: str) -> re.Pattern:
    """A search for a head word right before what must follow it: two rules end their match on a
    head (行, 项目) that the rule wants followed at once (活动, 位于…), and their word guards (行,
    项目) pass in almost every text; the pair passes in few (on 2 MB: 0.017 s of scans to 0.0003)."""
    return re.compile(f"(?:{head})(?:{follow})")


# (the rule's pattern -> its guard: every match holds the pair, so a text without it is not scanned)
_PAIR_GUARDS = {_TOUR_RE: _adjacent_guard(_C("tour_head"), _C("tour_followers")),
                _LOCATED_BEFORE_RE: _adjacent_guard(_C("project_heads"), _C("located_verbs"))}
_RULE_GUARDS = tuple(_PAIR_GUARDS.get(rule.pattern, guard) for rule, guard in zip(RULES, _RULE_GUARDS))


def _outside_campaigns(got: list[Found], campaigns: list[Found]) -> list[Found]:
    """national41: a reform read inside a campaign's name (深入实施|国企改革|深化提升行动, 国企改革三年行动) is a
    word of that name, no programme of its own beside the campaign."""
    inside = contained([(f.start, f.end) for f in campaigns if f.rule == _CAMPAIGN_RULE])
    return [f for f in got if not (f.rule == _REFORM_RULE and inside(f.start, f.end))]


_CAMPAIGN_RULE, _REFORM_RULE = "programme.campaign", "programme.reform"


def _by_rules(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    found: list[Found] = []
    for rule, guard in zip(RULES, _RULE_GUARDS):
        if guard is not None and guard.search(text) is None:
            continue
        for m in rule.pattern.finditer(text):
            if m.group(1).startswith(_ABOUT) or not free(*m.span(1)):
                continue
            got = rule.accept(text, m, places)
            if got is None:
                continue
            s0, name, extra = got
            first = extra.pop("first_span", None)
            found.append(Found(s0, m.end(1), "Programme", name, rule.id, {"kind": rule.kind, **extra}))
            occupied.mark(*m.span(1))
            if first is not None:
                found += _first_joined(text, first, places)
            if rule.accept in _JOINING_ACCEPTS:
                found += _joined_after(text, m.end(1), free, occupied)
            if rule.accept is _strategy:
                found += _listed_strategies(text, m.end(1), places, free, occupied)
    return found


def _listed_strategies(text: str, end: int, places: list, free, occupied: Occupancy) -> list[Found]:
    """乡村振兴战略、创新驱动发展战略和区域协调发展战略 (lead101): the names listed after a strategy or an
    initiative, each joined by 、/和/及/与 and ending in the same kind of head, are strategies too, each
    judged as the first (`_strategy`: 这一倡议, 两国元首倡议 are none).  The walk stops at the first item
    that is none; it reads each character of the list once."""
    out = []
    m = _LISTED_STRATEGY_RE.match(text, end)
    while m is not None and free(*m.span(1)):
        got = _strategy(text, m, places)
        if got is None:
            break
        out.append(Found(got[0], m.end(1), "Programme", got[1], "programme.strategy-listed", {"kind": "policy"}))
        occupied.mark(*m.span(1))
        m = _LISTED_STRATEGY_RE.match(text, m.end(1))
    return out


def _first_joined(text: str, span: tuple[int, int], places: list) -> list[Found]:
    """第二届龙虾美食节暨首届农产品博览会: the run the edition rule read up to the last head holds a
    first event before 暨 when that run is an event's name of its own (an edition, then a name ending in
    an event head or 节); otherwise (秋播生产暨…推进会) it titles one session and names nothing."""
    a, b = span
    for rx, rule in ((_FESTIVAL_RE, "programme.edition-festival"), (_EDITION_EVENT_RE, "programme.edition-event")):
        m = rx.fullmatch(text, a, b)
        got = (_festival if rx is _FESTIVAL_RE else _event)(text, m, places) if m is not None else None
        if got is not None:
            return [Found(got[0], b, "Programme", got[1], rule, {"kind": "campaign", **got[2]})]
    return []


def _joining_accepts() -> tuple:
    """The rules whose names are events a second one may be joined to by 暨 (第六届油菜花文化旅游节暨
    梅干岭全国摄影大赛: the festival and the photo contest are two events, as after a national one)."""
    return (_event, _edition_event, _festival, _year_event)


_JOINING_ACCEPTS = _joining_accepts()


# a count of projects inside what reads as a name (石泉县|已经集中开工两批次27个重点项目, 阿图什市公安基础设施
# 6个项目, …第四双语幼儿园两个项目): a tally of several projects, no project's name
_COUNT_IN_NAME_RE = re.compile(rf"[{DIGIT}{CHINESE_NUMERALS[:-3]}{cue_chars(_P, 'approx_numerals')}]"
                               rf"[{cue_chars(_P, 'counted_projects_classifiers')}]")


_WHOLE_SHORT_SUFFIXES = tuple(cue(_P, "whole_short_suffixes"))
_GENERIC_PROJECT_ENDS = tuple(cue(_P, "generic_project_ends"))  # 完成相关|项目: a clause, no name
# a verb of carrying out right after the place (观音阁镇实施农贸市场升级改造项目): the place is the subject
_PROJECT_VERB_OPEN_RE = re.compile(rf"(?:{_C('project_opening_verbs')})")
# 枣阳市成为襄阳市年度高标准农田项目…: a verb of being after the place; the rest is its predicate
_PROJECT_COPULA_RE = re.compile(rf"(?:{_C('project_copula_verbs')})")
_MIN_VERB_OPENED_NAME = 4


def _verb_opened_project(text: str, pl: Found, m: re.Match, occupied: Occupancy) -> list[Found]:
    """观音阁镇实施农贸市场升级改造项目: the place and a verb of carrying out are the clause's subject
    and verb, no words of the name; the project's name is what the verb takes (农贸市场升级改造), when
    that is a name (four characters or more, no generic word: 推进重点项目 names none)."""
    v = _PROJECT_VERB_OPEN_RE.match(m.group(1))
    s0 = m.start(1) + v.end()
    name = text[s0:m.end(1)]
    if len(name) < _MIN_VERB_OPENED_NAME or _GENERIC_PROJECT.match(name) or _PROJECT_VERB_OPEN_RE.match(name):
        return []
    return [Found(s0, m.end(1), "Programme", name, "programme.named-project",
                  {"kind": "project", "alias": name + _PROJECT_HEAD})]


def _organ_post_opening() -> re.Pattern:
    """An organ of the place and a post right after it (洞口县|委书记艾方毅宣布项目开工, 某县|政府副县长…):
    the place, its organ and the post are a person's title, what follows his name and verb, no project's
    name (huazhong102).  Organs from organs.tsv, posts and their deputy forms from posts.tsv."""
    organs = L.ORGANS
    posts = [r["word"] for r in L.load_table("posts") if r["kind"] in ("post", "head")]
    mods = [r["word"] for r in L.load_table("posts") if r["kind"] == "modifier"]
    return re.compile(f"(?:{alt(organs)})(?:{alt(mods)})*(?:{alt(posts)})")


_ORGAN_POST_OPENING = _organ_post_opening()


_MIN_LISTED_NAME = 4
# 海博思创25万千瓦/100万千瓦时等8个子项目: a size and its unit alone (size_only_chars) names no project
_SIZE_ONLY = re.compile(f"[0-9０-９.．{cue_chars(_P, 'size_only_chars')}]+")


def _after_list_verb(text: str, s0: int, e: int) -> int:
    """高速公路续建集安至桓仁等7个项目, 建设长春轨道交通2号线东延线等5个项目: the name starts after the
    last verb of carrying out (project_list_verbs) that leaves a name of four characters or more;
    a verb inside a name too short to stand after it (…一体化建设等3个项目) stays in it."""
    for v in reversed(list(_PROJECT_LIST_VERB_RE.finditer(text, s0, e))):
        if e - v.end() >= _MIN_LISTED_NAME:
            return v.end()
    return s0


# 目前|春天国际学校项目等8个项目, 其中|…: a word of time or linking opening the clause (longest first)
_PROJECT_CLAUSE_LEADS = tuple(sorted(cue(_P, "project_clause_leads"), key=len, reverse=True))


def _after_time_lead(text: str, s0: int, e: int) -> int:
    """目前春天国际学校项目等8个项目, 今年以来…, 其中…: a word of time or linking at the start of the run
    before 等N个项目 opens the clause, not the project's name; the name starts after it (and after a
    second such word: 其中目前…) when four characters or more are left; so does an anaphor of the place
    (该市|城北旅游休闲综合体等32个项目: the city named before)."""
    for _ in range(2):
        w = next((w for w in _PROJECT_CLAUSE_LEADS if text.startswith(w, s0)), None)
        if w is None or e - s0 - len(w) < _MIN_LISTED_NAME \
                or (w.startswith(_ANAPHOR_MARK) and _word_across(text, s0 + len(w))):
            break
        s0 += len(w)
    return s0


_PROJECT_PREPOSITIONS = frozenset(cue(_P, "project_clause_prepositions"))  # 以


def _after_preposition(text: str, s0: int, e: int) -> int:
    """以天府国际机场等118个重大项目建设为载体 (guozi102): a preposition written as a word of its own at the
    run's start, before a word of two characters or more, opens the clause; the project's name starts
    after it when four characters or more are left (以工代赈, 以旧换新: one word, kept; 以|奖|代|补 too)."""
    toks = dict_words(text[s0:min(e, s0 + 8)])
    if len(toks) >= 2 and toks[0] in _PROJECT_PREPOSITIONS and len(toks[1]) >= 2 \
            and e - s0 - len(toks[0]) >= _MIN_LISTED_NAME:
        return s0 + len(toks[0])
    return s0


_ANAPHOR_MARK = "该"  # 该市, 该县: the leads that point back to a place (其中|国家级…: 其中 is cut whatever follows)


def _word_across(text: str, i: int) -> bool:
    """该市场改造项目, 该区域光伏项目: the lead's last character makes a word with the next one (市场, 区域,
    县城), so the lead is no anaphor 该市, 该区 there; the run is left whole."""
    return word_tags().get(text[i - 1:i + 1]) is not None


_QUOTE_CLOSERS = "”’」』"
# 加快推进南湖中学、奓山二小等5个项目建设: an item closed by a school's head names the school being built,
# an organisation the organisation rules read, no project (school_item_heads)
_SCHOOL_HEADS = tuple(cue(_P, "school_item_heads"))
# 奓山二小, 中法城一高: a school's short name, an ordinal then its level (school_item_short_heads)
_SCHOOL_SHORT_HEAD = re.compile(f"[{CHINESE_NUMERALS[:10]}](?:{_C('school_item_short_heads')})$")


def _school_item(name: str) -> bool:
    """南湖中学, 奓山二小, 中法城一高: an item closed by a school's head or short name names a school."""
    return name.endswith(_SCHOOL_HEADS) or _SCHOOL_SHORT_HEAD.search(name) is not None


def _projects(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    """Projects before a count (X等23个项目) and projects named after their place as a subject."""
    found: list[Found] = []
    ends = sorted(p.end for p in places if not p.attrs.get("short")
                  and p.attrs.get("level") in ("province", "city", "county", "township"))
    for m in (_PROJECT_LIST_RE.finditer(text) if _PROJECT_LIST_END.search(text) else ()):
        # the project's name starts right after a place (or is the whole run)
        s0 = m.start(1)
        k = bisect.bisect_left(ends, s0)
        if k < len(ends) and ends[k] < m.end(1):
            s0 = ends[k]
        s0 = _after_list_verb(text, _after_preposition(text, _after_time_lead(text, s0, m.end(1)), m.end(1)), m.end(1))
        name = text[s0:m.end(1)]
        if text[s0 - 1:s0] in _QUOTE_CLOSERS and s0 > 0:
            continue  # 双桥社区“居家养老”志愿服务项目等2个项目: the words after a quote close its name (quote rules)
        if len(name) >= 4 and free(s0, m.end(1)) and not NOT_IN_NAME.search(name) and not _SIZE_ONLY.fullmatch(name):
            if not _school_item(name):  # (…、南湖中学等5个项目: the school, the items before it still read)
                found.append(Found(s0, m.end(1), "Programme", name, "programme.project-list",
                                   {"kind": "project", "alias": name + _PROJECT_HEAD}))
            if text[m.start(1) - 1:m.start(1)] == "、":
                found += _counted_list_items(text, m.start(1) - 1, ends, free)
    found += _listed_projects(text, free)
    found += _item_projects(text, free)
    found += _named_list_projects(text, free)
    for pl in places:  # 其中,固安县航天产业园项目计划投资32亿元: a project named after its place
        if (pl.attrs.get("short") and not text[pl.start:pl.end].endswith(_WHOLE_SHORT_SUFFIXES)) \
                or pl.attrs.get("level") not in ("city", "county", "township", "new-area", "zone"):
            continue  # (张家川县, the short form of 张家川回族自治县 with its level's word, is as good)
        before = text[max(0, pl.start - 2):pl.start]
        if not (pl.start == 0 or before[-1:] in "，,。；;：:\n" or before.endswith(_CLAUSE_OPENERS)):
            continue
        m = _NAMED_PROJECT_RE.match(text, pl.end)
        if not m or _GENERIC_PROJECT.match(m.group(1)) or NOT_IN_NAME.search(m.group(1)) \
                or m.group(1).endswith(_GENERIC_PROJECT_ENDS) \
                or _COUNT_IN_NAME_RE.search(m.group(1)) or _PROJECT_COPULA_RE.match(m.group(1)) \
                or _ORGAN_POST_OPENING.match(m.group(1)) or not free(pl.end, m.end()):
            continue  # (林芝市已组织复工51个重点项目: a count of projects, no project's name)
        found += _verb_opened_project(text, pl, m, occupied) if _PROJECT_VERB_OPEN_RE.match(m.group(1)) else \
            [Found(pl.end, m.end(1), "Programme", m.group(1), "programme.named-project",
                   {"kind": "project", "alias": m.group(1) + _PROJECT_HEAD,
                    "qualified": text[pl.start:m.start(1)] + m.group(1) + _PROJECT_HEAD})]
        occupied.mark(pl.end, m.end())
    found += _sized_projects(text, places, free, occupied)
    found += _site_projects(text, places, free, occupied)
    found += _joint_parks(text, places, free, occupied)
    found += _corridors(text, free, occupied)
    found += _joint_forums(text, free, occupied)
    found += _joint_meetings(text, places, free, occupied)
    found += _joint_summits(text, free, occupied)
    found += _bases(text, places, free, occupied)
    found += _aid_pairings(text, places, free, occupied)
    found += _route_projects(text, free, occupied)
    found += _field_projects(text, free, occupied)
    found += _named_plants(text, places, free, occupied)
    return found


# nengyuan102: a power plant named by its own words before the kind of plant (位于杜皮乡的魏家冲抽水蓄能电站项目,
# 太子河抽水蓄能电站位于本溪市, 继已建成的宝泉抽水蓄能电站、即将开建的九峰山抽水蓄能电站之后): a named project
# as 某县航天产业园项目 is, 项目 after it an alias.  The name opens a clause, a list item or a 的 phrase; a kind
# of plant (大型, 分布式, 屋顶, 抽水蓄能) or one common word (屋顶光伏电站, 海上风电场) names none.
_PLANT_HEADS = _C("plant_heads")
_PLANT_RE = re.compile(rf"(?:^|(?<=[，,。；;：:\n、“的]))([{HAN}]{{2,6}}?(?:{_PLANT_HEADS}))({_PROJECT_HEAD})?", re.M)
_PLANT_GUARD = words_guard(_PLANT_RE)
_GENERIC_PLANT = re.compile(rf"^(?:{_C('generic_plant_prefixes')})")
_NOT_PLANT_NAME_CHARS = frozenset(cue_chars(_P, "not_plant_name_chars"))
_PLANT_HEAD_END = re.compile(rf"(?:{_PLANT_HEADS})$")
_COMMON_WORD_TAGS = ("n", "v", "a", "b", "d", "m", "r", "s", "f", "q", "t", "c", "p", "u")
_NAME_WORD_TAGS_KEPT = ("nr", "ns", "nz", "nt")
_VERB_TAGS = ("v", "a", "d")  # verbs, adjectives and adverbs (vn, ad, an with them)


def _plant_name_words(words: str) -> bool:
    """Are the words before a plant's kind a name (魏家冲, 太子河, 辽宁太子河), not one common word
    (屋顶, 村级) nor a word of kind or count (大型, 分布式, 一座)?"""
    if _GENERIC_PLANT.match(words) or any(ch in _NOT_PLANT_NAME_CHARS for ch in words):
        return False  # (海西首座核电站, 全省第三座抽水蓄能电站, 海西大型核电站: a count, an ordinal or a kind)
    tags = word_tags()
    parts = [(w, tags.get(w, "")) for w in dictionary_words(words)]
    if any(len(w) > 1 and t.startswith(_VERB_TAGS) for w, t in parts):
        return False  # 加快推进抽水蓄能电站, 积极发展光伏电站: a verb's object, no name
    first, tag = parts[0]
    return len(first) == 1 or not tag or tag.startswith(_NAME_WORD_TAGS_KEPT) or not tag.startswith(_COMMON_WORD_TAGS)


def _named_plants(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    """魏家冲抽水蓄能电站项目, 太子河抽水蓄能电站: a power plant named before its kind (plant_heads), at a
    clause's, list item's or 的 phrase's start — a named project (`_PLANT_RE`, `_plant_name_words`).  A
    place opening the words (辽宁太子河抽水蓄能电站) says where the plant is: no part of its name, kept as
    the qualified name (as a project named after its place)."""
    found: list[Found] = []
    if not _PLANT_GUARD.search(text):
        return found
    starts = {pl.start: pl.end for pl in places}
    for m in _PLANT_RE.finditer(text):
        s0, e0 = m.span(1)
        head = len(_PLANT_HEAD_END.search(m.group(1)).group(0))
        placed = starts.get(s0, s0)
        if e0 - head - placed >= 2:
            s0 = placed  # (辽宁|太子河抽水蓄能电站)
        words = text[s0:e0 - head]
        if len(words) < 2 or not _plant_name_words(words) or NOT_IN_NAME.search(m.group(1)) \
                or not free(s0, m.end()):
            continue
        name = text[s0:e0]
        attrs = {"kind": "project", **({"alias": name + m.group(2)} if m.group(2) else {}),
                 **({"qualified": m.group(1)} if s0 > m.start(1) else {})}
        found.append(Found(s0, e0, "Programme", name, "programme.named-plant", attrs))
        occupied.mark(s0, m.end())
    return found


# a project's site visited (来到新能源电池项目建设现场, 在…周边的美丽田园项目现场): 项目 then the site word
_SITE_RE = re.compile(rf"(?:{_C('project_heads')})(?:{_C('project_site_words')})")
# where the name before 项目 starts: after a verb of going to the site or a 的, within its clause
_SITE_OPEN_RE = re.compile(rf"(?P<open>{_C('project_site_openers')})|[^{HAN}{LATIN}{DIGIT}×．.]")
_SITE_REACH = 20
_GENERIC_ENDS = tuple(L.words("generic_project_prefixes"))
_MIN_SITE_NAME = 2


def _site_projects(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    """Leaders' visits go to a project's site (先后来到新能源电池项目建设现场, 在钱江世纪城…周边的美丽田园项目
    现场): what stands between the verb of going (or 的, or a place: 来到石门村光伏扶贫项目现场) and 项目
    names the project; a kind or a count (重点项目现场, 3个项目现场) names none, and neither does a run with
    no such opening in its clause (全县召开重点项目现场会: the run is the clause's subject and verb)."""
    found: list[Found] = []
    if not _SITE_RE.search(text):
        return found
    ends = sorted(p.end for p in places if p.attrs.get("level") in _SITE_PLACE_LEVELS)
    for m in _SITE_RE.finditer(text):
        e = m.start()
        lo = max(0, e - _SITE_REACH)
        last = None
        for last in _SITE_OPEN_RE.finditer(text, lo, e):
            pass
        if last is None or not last.group("open"):
            continue  # (no verb of going or 的 after the clause's start: no site visited)
        s0 = last.end()
        k = bisect.bisect_right(ends, e) - 1
        if k >= 0 and s0 <= ends[k] < e:
            s0 = ends[k]  # (the place says where the project is: no part of its name)
        name = text[s0:e]
        if len(name) < _MIN_SITE_NAME or _GENERIC_PROJECT.match(name) or name.endswith(_GENERIC_ENDS) \
                or NOT_IN_NAME.search(name) or _YEAR_CLOSING.search(name) \
                or _COUNT_IN_NAME_RE.search(name) or not free(s0, e):
            continue
        found.append(Found(s0, e, "Programme", name, "programme.site-project",
                           {"kind": "project", "alias": name + _PROJECT_HEAD}))
        occupied.mark(s0, e)
    return found


_SITE_PLACE_LEVELS = ("city", "county", "township", "village", "new-area", "zone")
# 友爱村2021年项目施工现场 (seed62): a year closing the words before 项目 dates the site's project; the
# words name a place and a year, no project
_YEAR_CLOSING = re.compile(r"[0-9０-９]{4}年度?$")


_JOINT_DASHES = cue_chars(_P, "joint_place_dashes")
# 阿拉伯—伊斯兰国家联合特别峰会: two parties joined by a dash opening a clause, a few words, then 峰会
_JOINT_SUMMIT_RE = re.compile(rf"(?:^|(?<=[，,。；;：:\n“]))([{HAN}]{{2,8}}[{_JOINT_DASHES}]{{1,2}}[{HAN}]{{2,12}}?"
                              rf"(?:{_C('joint_summit_heads')}))", re.M)
_JOINT_SUMMIT_GUARD = words_guard(_JOINT_SUMMIT_RE)  # a search for the head words every match holds


_SUMMIT_KIND_RE = re.compile(f"(?:{_C('joint_summit_modifiers')})+(?={_C('joint_summit_heads')}$)")


def _joint_summits(text: str, free, occupied: Occupancy) -> list[Found]:
    """A summit of two groups of countries named by both with a dash (阿拉伯—伊斯兰国家联合特别峰会,
    China no party: the joint-forum rule wants its name first); the name opens a clause, as a
    subject held somewhere (…峰会在利雅得举行), and holds no word no name holds."""
    found: list[Found] = []
    if _JOINT_SUMMIT_GUARD is not None and not _JOINT_SUMMIT_GUARD.search(text):
        return found  # (峰会 is in every match: a text without it is left after one search)
    for m in _JOINT_SUMMIT_RE.finditer(text):
        s, e = m.span(1)
        ed = _ORDINAL_EDITION.match(text, s, e)  # 第三届|欧盟—非盟峰会: the edition is no part of the name
        s = ed.end() if ed else s
        if free(s, e) and not NOT_IN_NAME.search(_SUMMIT_KIND_RE.sub("", text[s:e])):
            found.append(Found(s, e, "Programme", text[s:e], "programme.joint-summit", {"kind": "campaign"}))
            occupied.mark(s, e)
    return found
# 郫都—道孚产业园区协同发展座谈会: the parks of two places as the topic of a meeting, no park of both
_MEETING_TOPIC_AFTER = re.compile(rf"[{HAN}]{{0,8}}?(?:{_C('meeting_heads')})")
# what two places build together, after their names joined by dashes (青岛-安顺共建产业园, 海曙—五河协同发展
# 合作区, 嘉善—庆元—九寨沟“飞地”产业园): a few words or a quoted word, then the park's head word
_JOINT_PARK_RE = re.compile(rf"((?:“[^“”\n]{{1,6}}”|[{HAN}]){{0,6}}?(?:{_C('joint_park_heads')}))")


_CHINA_FULL, _CHINA_SHORT = cue(_P, "joint_forum_first")[:2]
# 中国—东盟博览会: China's name, a dash (one or two), the partner's name and a few words, then the head;
# 中非合作论坛: China's short form, one to three short forms of countries or continents, then the same
_FORUM_COUNT = rf"(?:[（(](?:{_C('joint_forum_counts')})[）)])?"
# (a head may follow a head: 中国—海湾阿拉伯国家合作委员会峰会 is the summit, not the council)
_JOINT_FORUM_DASHED_RE = re.compile(rf"{_CHINA_FULL}[{_JOINT_DASHES}]{{1,2}}[{HAN}]{{2,14}}?{_FORUM_COUNT}"
                                    rf"(?:{_C('joint_forum_heads')})+")
# 东盟-中国（10+1）领导人会议, 东盟与中日韩（10+3）领导人会议: the partner first, then China (alone or with
# Japan and Korea), the count of parties, a few words and the head; the link may be 与, a word no other
# name holds, so only the words after the parties are checked for such words (group 1)
_JOINT_FORUM_PARTNER_RE = re.compile(rf"(?:{_C('joint_forum_partners')})(?:[{_JOINT_DASHES}]{{1,2}}|"
                                     rf"{_C('joint_forum_partner_links')})(?:{_C('joint_forum_china')}){_FORUM_COUNT}"
                                     rf"([{HAN}]{{0,6}}?)(?:{_C('joint_forum_heads')})")


@lru_cache(maxsize=1)
def _joint_forum_run_re() -> re.Pattern:
    """中非合作论坛: China's short form, one to three characters that stand for a country or a
    continent in a run of short forms (美, 非, 阿: place_abbreviations.tsv), a few words, the head."""
    from ..abbreviations import readings
    runs = "".join(sorted(re.escape(ch) for ch, rs in readings().items()
                          if any(r.kind == "country" and "run" in r.rules for r in rs)))
    heads = f"{_C('joint_forum_heads')}|{_C('joint_forum_mechanism_heads')}"
    return re.compile(rf"{_CHINA_SHORT}[{runs}]{{1,3}}[{HAN}]{{0,6}}?(?:{heads})")


@lru_cache(maxsize=1)
def _org_names_by_first() -> dict[str, tuple[str, ...]]:
    """The names and short forms of intl_orgs.tsv by their first character, longest first."""
    out: dict[str, list[str]] = {}
    for r in L.load_table("intl_orgs.tsv"):
        for n in (r["name"], *r["aliases"].split("|")):
            if len(n) >= 3:
                out.setdefault(n[0], []).append(n)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _place_opened_org(text: str, s: int, e: int) -> bool:
    """Does the name of an organisation of intl_orgs.tsv start at s and run past the place at [s, e)
    (上海|合作组织, 亚洲|基础设施投资银行)?  A look at the names of one first character."""
    return any(len(n) > e - s and text.startswith(n, s) for n in _org_names_by_first().get(text[s:s + 1], ()))


@lru_cache(maxsize=1)
def _linked_org_names() -> re.Pattern:
    """Names of international bodies that hold a word no other name holds (拉美和加勒比国家共同体,
    经济合作与发展组织: intl_orgs.tsv): as the partner of a forum (中国—拉美和加勒比国家共同体论坛)
    their 和 or 与 joins no two things."""
    names = [n for r in L.load_table("intl_orgs.tsv") for n in [r["name"], *r["aliases"].split("|")]
             if n and NOT_IN_NAME.search(n)]
    return re.compile(alt(names) or "(?!)")


@lru_cache(maxsize=1)
def _corridor_re() -> re.Pattern:
    """中巴经济走廊, 孟中印缅经济走廊 (a run of country short forms holding China's, anywhere in it, last
    too: 巴中经济走廊, as the partner's own voice writes it),
    中国—中亚—西亚经济走廊 (China's name and one to three regions joined by dashes), or a corridor
    named by no country (新亚欧大陆桥经济走廊), then a corridor head (`corridor_heads`)."""
    from ..abbreviations import readings
    runs = "".join(sorted(re.escape(ch) for ch, rs in readings().items()
                          if any(r.kind == "country" and "run" in r.rules for r in rs)))
    heads = _C("corridor_heads")
    named = _C("named_corridors")
    return re.compile(rf"{named}|(?:[{runs}]{{0,3}}{_CHINA_SHORT}[{runs}]{{1,3}}|[{runs}]{{1,3}}{_CHINA_SHORT})(?:{heads})"
                      rf"|{_CHINA_FULL}(?:[{_JOINT_DASHES}]{{1,2}}[{HAN}]{{2,6}}?){{1,3}}(?:{heads})")


def _corridors(text: str, free, occupied: Occupancy) -> list[Found]:
    """中巴经济走廊, 中蒙俄经济走廊, 孟中印缅经济走廊, 中国—中南半岛经济走廊: a Belt and Road corridor is one
    programme of all the countries that name it (built by them together: no place of its own, so
    no default place), not a run of places with a stray head word.  The run must start a word
    (集中|巴…: no run)."""
    if _CORRIDOR_HINT not in text:
        return []
    found: list[Found] = []
    for m in _corridor_re().finditer(text):
        s, e = m.span()
        if text[s] in _CORRIDOR_NOT_FIRST:
            s = text.index(_CHINA_SHORT, s)  # (以|中巴经济走廊为引领: the run starts at 中)
        if s and word_tags().get(text[s - 1:s + 1]) or not free(s, e) or _CORRIDOR_BODY_RE.match(text, e):
            continue
        found.append(Found(s, e, "Programme", _china_first(text[s:e]), "programme.corridor",
                           {"kind": "project", "joint": True, "alias": text[s:e]}))
        occupied.mark(s, e)
    return found


def _china_first(name: str) -> str:
    """巴中经济走廊 → 中巴经济走廊: the partner's voice writes its own short form first; with one
    partner the corridor is the one China's voice names with 中 first (one programme however it is
    written).  A run of several partners is kept as written (孟中印缅经济走廊 is its own name)."""
    if name[1:2] == _CHINA_SHORT and name[2:] in _CORRIDOR_HEADS:
        return _CHINA_SHORT + name[0] + name[2:]
    return name


_CORRIDOR_HEADS = frozenset(cue(_P, "corridor_heads"))


_CORRIDOR_HINT = cue(_P, "corridor_heads")[0][-2:]  # 走廊: most texts hold none
_CORRIDOR_NOT_FIRST = frozenset(cue(_P, "corridor_run_not_first"))
# 中巴经济走廊|联合合作委员会第十三次会议在伊斯兰堡举行: a body or meeting named after the corridor (a few
# characters, then its head word) is held there, not the corridor
_CORRIDOR_BODY_RE = re.compile(rf"[{HAN}]{{0,8}}?(?:{_C('joint_forum_heads')}|{_C('meeting_heads')}|{_C('corridor_body_heads')})")


def _joint_forums(text: str, free, occupied: Occupancy) -> list[Found]:
    """中非合作论坛, 中阿商务论坛, 中国—东盟博览会, 中国—中亚峰会: a forum, an expo, a summit or a trade
    area China holds or builds with another country or region, named by both (a run of their short
    forms, or their names joined by a dash) and a head word of `joint_forum_heads`: a programme of
    both.  The run must start a word (其中|阿…, 集中|…: no run) and hold only short forms of countries
    and continents (中非, 中阿, 中美); no name holds a word no name holds (中美两国元首会晤…)."""
    if _CHINA_SHORT not in text:
        return []
    found: list[Found] = []
    run_re = _joint_forum_run_re()
    for rx in (_JOINT_FORUM_DASHED_RE, _JOINT_FORUM_PARTNER_RE, run_re):
        for m in rx.finditer(text):
            s, e = m.span()
            if rx is run_re and s and word_tags().get(text[s - 1:s + 1]):
                continue  # 其中|阿…, 集中|美…: the run's first character ends another word
            checked = text[slice(*m.span(1))] if rx is _JOINT_FORUM_PARTNER_RE else text[s:e]
            if NOT_IN_NAME.search(_linked_org_names().sub("", checked)) or not free(s, e):
                continue
            found.append(Found(s, e, "Programme", text[s:e], "programme.joint-forum", {"kind": "mechanism", "joint": True}))
            occupied.mark(s, e)
    return found


_BASE_RE = re.compile(rf"([{HAN}]{{2,10}}?(?:{_C('base_heads')}))")
_GENERIC_BASE_RE = re.compile(rf"^(?:{_C('generic_base_words')})*$")
# 万亩…基地, 蔬菜万亩示范基地: a size, before or inside the kind words, describes a base and names none
_SIZED_BASE_RE = re.compile(rf"[{CHINESE_NUMERALS}两余多]+(?:{_C('base_size_units')})")
_BASE_LEVELS = ("county", "township", "village")
_BASE_TITLE_VERBS = tuple(cue(_P, "base_title_verbs"))  # 授予, 命名为: a title conferred (xinan92)
_BASE_TITLE_QUOTES = frozenset("“\"「")


def _bases(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    """在永兴镇龙头桥村XX蜜柚基地举行…, 考察了松来村三七中药材种植基地: a base named right after its
    village, township or county by what it grows or makes (the name without the place, which says
    where it is); a base named by kind words alone (种植基地, 示范基地) or by a figure (300亩蔬菜基地)
    is none (and so is 蔬菜万亩示范基地, a size inside the words), and neither is a run that holds another place or a word no name holds.  A verb of
    building between the place and the name (在临西县投资建设食用菌生产基地) is no part of the name."""
    found: list[Found] = []
    if not _BASE_HEAD.search(text):
        return found
    starts = sorted({p.start for p in places})
    for pl in places:
        if pl.attrs.get("short") or pl.attrs.get("level") not in _BASE_LEVELS:
            continue
        before = pl.start - (text[pl.start - 1:pl.start] in _BASE_TITLE_QUOTES)
        if before > 0 and text.endswith(_BASE_TITLE_VERBS, 0, before):
            continue  # 被授予“田林县瑶族铜鼓舞校园传习基地”: a title conferred, no base built there
        m = _BASE_RE.match(text, pl.end)
        if m is None:
            continue
        verb = _BASE_VERB_RE.match(m.group(1))  # 在临西县|投资建设|食用菌生产基地: the verb is no part of it
        if verb is not None:
            m = _BASE_RE.fullmatch(text, pl.end + verb.end(), m.end(1))
            if m is None:
                continue
        k = bisect.bisect_left(starts, pl.end)  # another place inside the run: no name of one base
        if (k < len(starts) and starts[k] < m.end(1)) or NOT_IN_NAME.search(m.group(1)) \
                or _GENERIC_BASE_RE.match(m.group(1)) or _SIZED_BASE_RE.search(m.group(1)) \
                or not free(m.start(1), m.end(1)):
            continue
        found.append(Found(m.start(1), m.end(1), "Programme", m.group(1), "programme.named-base",
                           {"kind": "project", "qualified": text[pl.start:pl.end] + m.group(1)}))
        occupied.mark(m.start(1), m.end(1))  # (qualified by its place only: no verb between them)
    return found


# a verb of building opening the run after the place (光明集团在临西县投资建设…基地): the base is named after it
_BASE_VERB_RE = re.compile(f"(?:{_C('built_project_verbs')})")
_BASE_HEAD = re.compile(_C("base_heads"))  # (a text naming no base is left at once)
_AID_VERB_RE = re.compile(rf"(?:{_C('aid_pair_verbs')})|(?P<build>{_C('aid_pair_build_verbs')})")
_AID_LEVELS = ("province", "city", "county", "township", "new-area")


def _aid_pairings(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    """台州市对口帮扶四川省乐山市峨边彝族自治县, 由鄂尔多斯市支援兴安盟建设: a division assigned to help
    another (a verb of standing aid between their names, written back to back) is a programme named
    by both; with a plain verb of aid (支援, 援建) only when 建设 closes it, as a pairing is written.
    The programme is named by the places' full names, however the text writes them."""
    found: list[Found] = []
    if not _AID_VERB_RE.search(text):
        return found
    by_start: dict[int, Found] = {}
    for p in places:
        if p.attrs.get("level") in _AID_LEVELS and p.attrs.get("code"):
            if p.start not in by_start or p.end > by_start[p.start].end:
                by_start[p.start] = p
    for a in sorted(by_start.values(), key=lambda f: f.start):
        turned = _turned_pairing(text, a, by_start)
        if turned is not None:  # (written from 对 on: the donor before it stays a place of its sentence)
            if free(a.end, turned[0]):
                found.append(Found(a.end, turned[0], "Programme", turned[1], "programme.aid-pairing",
                                   {"kind": "campaign"}))
                occupied.mark(a.end, turned[0])
            continue
        m = _AID_VERB_RE.match(text, a.end)
        if m is None or m.end() not in by_start:
            continue
        b = by_start[m.end()]
        norms = [a.norm, m.group(0), b.norm]
        while b.end in by_start:  # 四川省乐山市峨边彝族自治县: the chain to its last place
            b = by_start[b.end]
            norms.append(b.norm)
        end = b.end
        if m.group("build"):
            if not text.startswith(_AID_BUILD_TAIL, end):
                continue
            end += len(_AID_BUILD_TAIL)
            norms.append(_AID_BUILD_TAIL)
        if not free(a.start, end):
            continue
        # named by the places' full names: 钟楼区结对帮扶镇坪 is 钟楼区结对帮扶镇坪县, and one pairing written
        # with short and full names (青岛结对帮扶陇南, 青岛市结对帮扶陇南市) is one programme
        found.append(Found(a.start, end, "Programme", "".join(norms), "programme.aid-pairing",
                           {"kind": "campaign"}))
        occupied.mark(a.start, end)
    return found


_AID_BUILD_TAIL = cue(_P, "aid_pair_build_tail")[0]
# 拱墅区对黄平县实施对口帮扶, 宁海县对安图县的对口帮扶: the place aided turned before the verb by 对
_AID_TURNED_RE = re.compile(rf"(?:{_C('aid_pair_turn')})")
_AID_TURNED_VERB_RE = re.compile(rf"(?:{_C('aid_pair_turn_links')})?(?P<verb>{_C('aid_pair_verbs')})")


def _turned_pairing(text: str, a: Found, by_start: dict[int, Found]) -> tuple[int, str] | None:
    """拱墅区对黄平县实施对口帮扶: the same standing pairing as 拱墅区对口帮扶黄平县, the place aided
    written before the verb after 对 (a light verb or 的 may stand between); only a verb of standing
    aid closes it (对口帮扶, not a plain 帮扶, which any help is).  Returns where it ends and its name,
    written as the direct form is, so both forms are one programme."""
    t = _AID_TURNED_RE.match(text, a.end)
    if t is None or t.end() not in by_start:
        return None
    b = by_start[t.end()]
    norms = [b.norm]
    while b.end in by_start:
        b = by_start[b.end]
        norms.append(b.norm)
    v = _AID_TURNED_VERB_RE.match(text, b.end)
    if v is None:
        return None
    return v.end(), "".join([a.norm, v.group("verb"), *norms])


def _joint_parks(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    """青岛-安顺共建产业园, 秀洲—龙泉飞地产业园, 烟台·巫山产业园: places joined by dashes or a middle dot
    and what they build together is one named park (a programme of both), the places kept in its
    name; one place before the head word (安顺产业园) names no joint park."""
    found = []
    by_start: dict[int, Found] = {}
    start_by_end: dict[int, int] = {}
    for p in places:  # the place alone, not a zone named after it (巫山 of 巫山产业园): the park's head follows it
        if p.start not in by_start or p.end < by_start[p.start].end:
            by_start[p.start] = p
        start_by_end[p.end] = min(p.start, start_by_end.get(p.end, p.start))
    for first in places:
        if first.start > 0 and text[first.start - 1] in _JOINT_DASHES:
            continue  # not the first place of its chain
        last, n = first, 1
        while text[last.end:last.end + 1] in _JOINT_DASHES and last.end + 1 in by_start:
            last, n = by_start[last.end + 1], n + 1
        m = _JOINT_PARK_RE.match(text, last.end) if n >= 2 else None
        if m is None:
            continue
        # 山东|烟台·巫山产业园: the larger division written right before the first place is part of the name
        s0 = start_by_end.get(first.start, first.start)
        if NOT_IN_NAME.search(m.group(1)) or not free(s0, m.end()) or _MEETING_TOPIC_AFTER.match(text, m.end()):
            continue
        found.append(Found(s0, m.end(), "Programme", text[s0:m.end()], "programme.joint-park",
                           {"kind": "project", "joint": True, "joint_park": True}))
        occupied.mark(s0, m.end())
    return found


# a meeting of places joined by dashes or a middle dot (天津市-长春市对口合作推进会, 德州庆云·重庆秀山东西部协作工作
# 联席会议): a few words of what they do together, then a meeting's head word
_JOINT_MEETING_RE = re.compile(rf"((?:“[^“”\n]{{1,8}}”|[{HAN}]){{0,14}}?(?:{_C('meeting_heads')}))")


_PAIRING_WORDS = re.compile(_C("pairing_words"))  # 对口 holds 对, a word no name holds elsewhere
_MEETING_HEAD = re.compile(_C("meeting_heads"))  # (a text naming no meeting is left at once)


def _dash_run(text: str, i: int) -> int:
    """How many joining dashes (one or two, as 钟祥——崇阳 writes an em dash) stand at text[i:]."""
    k = 0
    while k < 2 and text[i + k:i + k + 1] in _JOINT_DASHES and text[i + k:i + k + 1]:
        k += 1
    return k


def _joint_meetings(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    """天津市-长春市对口合作推进会, 德州庆云·重庆秀山东西部协作工作联席会议: the places of a pairing joined by
    a dash or a middle dot (each may be written after its larger division) and the meeting they hold
    together are one named meeting, of both (`joint`: its name says who meets, not where)."""
    found = []
    if not _MEETING_HEAD.search(text):
        return found
    by_start: dict[int, Found] = {}
    for p in places:
        if p.start not in by_start or p.end > by_start[p.start].end:
            by_start[p.start] = p
    ends = {p.end for p in places}
    for first in sorted(by_start.values(), key=lambda f: f.start):
        if first.start > 0 and (text[first.start - 1] in _JOINT_DASHES or first.start in ends):
            continue  # not the first place of its chain
        last, dashes = first, 0
        while True:
            if last.end in by_start:  # 德州|庆云: a place after its larger division
                last = by_start[last.end]
            elif (k := _dash_run(text, last.end)) and last.end + k in by_start:  # a dash, or two: 钟祥——崇阳
                last, dashes = by_start[last.end + k], dashes + 1
            else:
                break
        m = _JOINT_MEETING_RE.match(text, last.end) if dashes else None
        if m is None or NOT_IN_NAME.search(_PAIRING_WORDS.sub("", m.group(1))) or not free(first.start, m.end()):
            continue
        found.append(Found(first.start, m.end(), "Programme", text[first.start:m.end()], "programme.joint-meeting",
                           {"kind": "campaign", "joint": True}))
        occupied.mark(first.start, m.end())
    return found


# a road or railway named by the places it joins (军店至窑淮一级路, 者东村至学堂村公路建设项目, 新建额济纳至哈密铁路):
# opening a clause or a list item, or after a verb of building
_ROUTE_RE = re.compile(rf"(?:(?<=[、，,。；;：:\n{cue_chars(_P, 'route_list_joiners')}])|^|(?:{_C('route_verbs')}))"
                       rf"([{HAN}]{{2,8}}?(?:{_C('route_joiners')})[{HAN}]{{2,8}}?(?:{_C('route_heads')}))"
                       rf"((?:{_C('route_works')})?(?:{_C('project_heads')}|{_C('route_works_heads')})?)", re.M)


_ROUTE_VERB_OPEN = re.compile(f"(?:{_C('route_verbs')})|[{cue_chars(_P, 'route_list_joiners')}]")
_ROUTE_JOIN = re.compile(f"(?:{_C('route_joiners')})")
_ROUTE_HEAD = re.compile(f"(?:{_C('route_heads')})")
_ROUTE_NOT_END = re.compile(f"[{cue_chars(_P, 'route_not_ends')}]")
_ROUTE_MOTION = tuple(cue(_P, "route_motion_verbs"))  # 行驶|至: a vehicle driving to a road, no route's first end
_ROUTE_SERVICE = tuple(cue(_P, "route_service_after"))  # 天津至西安间高铁|列车: a train service, no line


def _route_projects(text: str, free, occupied: Occupancy) -> list[Found]:
    """者东村至学堂村公路建设项目, 军店至窑淮一级路: a road or railway between two named ends is a named
    project (the road its name, what is done to it and 项目 an alias)."""
    found = []
    if not (_ROUTE_HEAD.search(text) and _ROUTE_JOIN.search(text)):
        return found  # (both words are in every match: most texts are left at once)
    for m in _ROUTE_RE.finditer(text):
        # 景东县新建|景东至镇沅高速公路, …小学和|音德尔至江桥一级公路: the road starts after the last verb of
        # building or list joiner before its first end
        verbs = list(_ROUTE_VERB_OPEN.finditer(m.group(1), 0, _ROUTE_JOIN.search(m.group(1)).start()))
        s0 = m.start(1) + (verbs[-1].end() if verbs else 0)
        name = text[s0:m.end(1)]
        # 自即日起至年底…: a span of time, not two places; an end of one character is what a verb left
        if NOT_IN_NAME.search(name) or _ROUTE_NOT_END.search(name) or _ROUTE_JOIN.search(name).start() < 2 \
                or name.endswith(_ROUTE_MOTION, 0, _ROUTE_JOIN.search(name).start()) or not free(s0, m.end(2)) \
                or text.startswith(_ROUTE_SERVICE, m.end(1)):
            continue
        # joint: its ends are where it runs, neither one alone where it is
        attrs = {"kind": "project", "joint": True, **({"alias": name + m.group(2)} if m.group(2) else {})}
        found.append(Found(s0, m.end(1), "Programme", name, "programme.route-project", attrs))
        occupied.mark(s0, m.end(2))
    return found


# 一、项目名称：洋县洋州街道梁家村稻虾种养农旅综合项目 (the value alone up to its line's or clause's end)
_FIELD_PROJECT_RE = re.compile(rf"(?:{_C('project_name_fields')})[ \t\u3000]*[:：][ \t\u3000]*"
                               rf"([{HAN}{LATIN}{DIGIT}（）()·]{{2,60}}?(?:{_C('project_name_field_ends')}))"
                               rf"[ \t\u3000]*(?=[\n。；;，,|]|$)")
_FIELD_WORD = cue(_P, "project_name_fields")[0][-2:]  # 名称: in every field word, a quick test first


def _field_projects(text: str, free, occupied: Occupancy) -> list[Found]:
    """一、项目名称：2021年魏县车往镇回隆镇高标准农田建设项目: an approval's or assessment notice's
    field naming the project it decides on — the whole value, up to its line's end, is the project's
    name (a name of a project or works, ending in 项目 or 工程)."""
    found: list[Found] = []
    if _FIELD_WORD not in text:
        return found
    for m in _FIELD_PROJECT_RE.finditer(text):
        s0, e0 = m.span(1)
        if NOT_IN_NAME.search(m.group(1)) or not free(s0, e0):
            continue
        found.append(Found(s0, e0, "Programme", m.group(1), "programme.field-project", {"kind": "project"}))
        occupied.mark(s0, e0)
    return found


def _counted_list_items(text: str, end: int, ends: list[int], free) -> list[Found]:
    """包括静脉产业园、天润田园综合体、…生产基地等15个项目: the items before the last one of a 、-list
    that a verb of listing opens in its clause (包括, 分别是, 开工 …) are projects as the last one is,
    each without the place it opens with; a list no such verb opens is left alone."""
    lo = max(text.rfind(ch, max(0, end - 240), end) for ch in "，,。；;：:\n") + 1
    run = text[lo:end]
    verbs = list(_PROJECT_LIST_VERB_RE.finditer(run, 0, run.find("、") if "、" in run else len(run)))
    if not verbs:
        return []
    found, k = [], lo + verbs[-1].end()
    for item in text[k:end].split("、"):
        s0, e0, k = k, k + len(item), k + len(item) + 1
        j = bisect.bisect_left(ends, s0)
        if j < len(ends) and ends[j] < e0:
            s0 = ends[j]  # 凤县|古城河畔房车营地
        name = text[s0:e0]
        if len(name) >= 4 and _PROJECT_ITEM_RE.fullmatch(name) and not NOT_IN_NAME.search(name) and free(s0, e0) \
                and not _school_item(name):
            found.append(Found(s0, e0, "Programme", name, "programme.project-list", {"kind": "project"}))
    return found


_PRODUCT_JOIN_RE = re.compile(rf"(?<=[{HAN}])(?:{_C('sized_product_joins')})(?=[{HAN}])")


def _without_product_joins(words: str) -> str:
    """兴县15万吨新能源汽车零部件及铝型材项目: the products one sized project makes, joined by 及
    (sized_product_joins) between two words, are one name; the joining word is no sign of two phrases there."""
    return _PRODUCT_JOIN_RE.sub("", words)


def _sized_projects(text: str, places: list[Found], free, occupied: Occupancy) -> list[Found]:
    """考察了乌兰浩特2×34万千瓦热电项目: a place, the size of what is built (a figure with its unit,
    at most a word such as 年产 before it) and 项目 is one named project, place and 项目 in its name; a count (3个项目), an amount
    (10亿元项目) or a year (2024年项目) names none."""
    found = []
    for pl in places:
        if pl.attrs.get("level") not in ("city", "county", "township", "new-area", "zone"):
            continue
        m = _SIZED_PROJECT_RE.match(text, pl.end)
        size = m and _SIZE_FIGURE_RE.search(m.group(1))
        # the size right after the place (年产 at most before it): 鄂尔多斯|羊绒集团年产40万件… is a
        # company's project, named after the company, not after the place
        if not size or size.start() > _SIZE_AFTER_PLACE or _GENERIC_WORDS.match(m.group(1)) \
                or NOT_IN_NAME.search(_without_product_joins(m.group(1))) or not free(pl.start, m.end()):
            continue
        found.append(Found(pl.start, m.end(), "Programme", text[pl.start:m.end()], "programme.sized-project",
                           {"kind": "project"}))
        occupied.mark(pl.start, m.end())
    return found


_TITLED_PROJECT_HEADS = tuple(cue(_P, "named_list_heads"))
# a kind of projects, not one (新开工项目, 农业产业项目, 基础设施建设项目): the words before the head
# are all words of kind, stage or field
_KIND_ONLY_RE = re.compile(rf"^(?:{_C('project_kind_words')})+(?:{_C('item_project_heads')})$")
_ITEM_LEAD = re.compile(rf"(?:^|(?<=[\n。；;]))[ \t\u3000]*(?:{ENUMERATOR.pattern})[ \t\u3000]*")
_NAME_RUN = rf"[{HAN}{LATIN}{DIGIT}“”（()）·\-—]"
# a numbered item opening with a project's name, then its clause's end (or 该项目 at once) and, in
# that sentence, what only a project has (总投资, 该项目位于, 占地): （一）中药材种植产业园项目：该项目位于…
_ITEM_PROJECT_RE = re.compile(rf"({_NAME_RUN}{{2,40}}?(?:{_C('item_project_heads')}))(?:{_C('item_project_tails')})?"
                              rf"(?:[：:，,。\n]|(?={_C('item_project_evidence')}))")
_ITEM_EVIDENCE_RE = re.compile(rf"[^。\n]{{0,40}}?(?:{_C('item_project_evidence')})")
_ITEM_BAD_START = re.compile(rf"^(?:{_C('project_list_verbs')}|{_W('campaign_verbs')})")


def _item_projects(text: str, free) -> list[Found]:
    """（一）中药材种植产业园项目：该项目位于我镇东王内村，总投资120万元; 四、兰塘畈高标准农田建设项目
    (a heading) then 该项目…: a numbered item opening with a name ending in 项目/工程 is one project when
    its sentence (or the heading's next line) says what only a project has — an investment, a site,
    an area.  A task (一是扎实推进产业强镇, （二）加快推进XX项目建设) opens with a verb, a count (六个
    行政村…项目) names none."""
    found = []
    for lead in _ITEM_LEAD.finditer(text):
        m = _ITEM_PROJECT_RE.match(text, lead.end())
        if not m:
            continue
        name = m.group(1)
        if _GENERIC_PROJECT.match(name) or _KIND_ONLY_RE.match(name) or _COUNT_IN_NAME_RE.search(name) \
                or NOT_IN_NAME.search(name) \
                or _ITEM_BAD_START.match(name) or not _ITEM_EVIDENCE_RE.match(text, m.end()) \
                or not free(m.start(1), m.end(1)):
            continue
        found.append(Found(m.start(1), m.end(1), "Programme", name, "programme.item-project", {"kind": "project"}))
    return found


# 分别是A项目、B项目 (or A项目，B项目): a list after a verb that names its items, each item ending in
# 项目 (项目 only: 包括建筑工程、安装工程 lists kinds of work); a separator right after 项目 ends an item,
# one inside an item is part of its name (丘北县官寨乡白马、秧补片区农业产业发展基地建设项目)
_LIST_SEPARATORS = "".join(cue(_P, "named_list_separators"))
_LIST_ITEM = rf"[{HAN}{LATIN}{DIGIT}“”（()）·\-—{_LIST_SEPARATORS}]{{2,40}}?(?:{_C('named_list_heads')})"
_NAMED_LIST_RE = re.compile(rf"(?:{_C('named_list_verbs')})((?:{_LIST_ITEM}[{_LIST_SEPARATORS}])+{_LIST_ITEM})"
                            rf"(?:{_C('etc')})?(?=[，,。；;：:\n])")
_LIST_ITEM_RE = re.compile(rf"[{_LIST_SEPARATORS}]?({_LIST_ITEM})")


# what a listed project's name may hold that a free-text name may not: a batch in brackets ((第二批):
# no count of projects) and the joiner of two roads built together (南秀大道及古岩路建设项目)
_LIST_ITEM_LOOSE = re.compile(rf"[（(][^（()）]*[）)]|{_C('named_list_joiners')}")


_INVESTOR_ACT_RE = re.compile(rf"(?:{_C('named_list_investors')})(?:{_C('named_list_invest_verbs')})")


def _after_investor(item: str) -> int:
    """Where a listed item's project name starts: after the company and its act written first
    (香港某纺织企业有限公司参股|陵县纺织业项目: the company invests in the project, which the
    organisation scan names on its own), else at the item's start."""
    m = _INVESTOR_ACT_RE.search(item)
    return m.end() if m else 0


# hebei89: …or a phase (包括鹿鸣小镇一期、鑫瀚科技高性能混凝土外加剂项目: the phase closes the first project's name)
_INNER_ITEM_RE = re.compile(rf"(?:{_C('named_list_inner_heads')}|(?<=[{CHINESE_NUMERALS[:10]}{DIGIT}])(?:{_C('project_phases')}))"
                            rf"(?=[{_LIST_SEPARATORS}])")


def _inner_items(s0: int, item: str) -> list[tuple[int, str]]:
    """A listed project's item cut after each 工程 or phase a separator follows (运河新城基础设施建设工程、
    南池御都花园二期项目; 鹿鸣小镇一期、鑫瀚科技…项目): in a list whose items end in 项目, a work ending in 工程
    or in its phase before the separator is an item of its own; a place's list inside a name
    (丘北县官寨乡白马、秧补片区…项目) has neither there."""
    out, at = [], 0
    for m in _INNER_ITEM_RE.finditer(item):
        out.append((s0 + at, item[at:m.end()]))
        at = m.end() + 1
    out.append((s0 + at, item[at:]))
    return out


_LEADING_JOINER_RE = re.compile(f"(?:{_C('named_list_joiners')})")  # 和, 及 before a list's last item
_COUNTED_LIST_VERB = cue(_P, "named_list_counted_verbs")[0]  # 项目为: a list naming the projects counted
# the count of projects right before it, in its clause (集中开工的9个产业项目为…)
_COUNTED_BEFORE = re.compile(f"[0-9{CHINESE_NUMERALS}两]+[个项][^，,。；;：:]{{0,10}}$")


def _named_list_projects(text: str, free) -> list[Found]:
    """民生实事项目有3个，分别为A建设项目、B提升项目、C改造提升项目: every item of a 、-list after
    分别是/分别为/包括, when each of them ends in 项目, is a named project (its batch in
    brackets and 及 between two roads are part of its name); a year in an item
    (丘北县2022年高标准农田(第二批)建设项目) is part of its name here, the list itself saying these are
    projects (a lone 2023年老旧小区改造 stays a year's work)."""
    found = []
    for m in _NAMED_LIST_RE.finditer(text):
        if text.startswith(_COUNTED_LIST_VERB, m.start()) and not _COUNTED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # 该项目为省重点项目、市重点项目: no count of projects before 项目为, their kinds
        for it in _LIST_ITEM_RE.finditer(text, m.start(1), m.end(1)):
            s0, item = it.start(1), it.group(1)
            joiner = _LEADING_JOINER_RE.match(item)
            if joiner:  # …生产线项目和黄花主题公园项目: the last item after 和/及, without the joiner
                s0, item = s0 + joiner.end(), item[joiner.end():]
            cut = _after_investor(item)  # 某有限公司投资|某项目: the company then its act
            for s0, item in _inner_items(s0 + cut, item[cut:]):
                bare = _LIST_ITEM_LOOSE.sub("", item)
                if len(item) >= 5 and not _GENERIC_PROJECT.match(item) and not _KIND_ONLY_RE.match(item) \
                        and not _COUNT_IN_NAME_RE.search(bare) \
                        and not NOT_IN_NAME.search(bare) and free(s0, s0 + len(item)):
                    found.append(Found(s0, s0 + len(item), "Programme", item, "programme.named-list",
                                       {"kind": "project"}))
    return found


def _named_item(item: str) -> bool:
    """An item of a project list that names one work: it states a capacity (茂名石化100万吨乙烯扩建), a
    phase (伊提哈德铁路网二期) or ends in a built work's head with words of its own before it
    (中阿产能合作示范园); 道路、桥梁 or 污水处理厂 are kinds of work."""
    return bool(_CAPACITY_RE.search(item) or _PHASE_RE.search(item)
                or (len(item) >= _MIN_HEADED_ITEM and item.endswith(_ITEM_HEADS)))


def _listed_projects(text: str, free) -> list[Found]:
    """建成中海油惠州1200万吨炼油、广州石化1200万吨炼油改扩建等项目: the items of a 、-list closed by
    等项目/等工程, each up to the list's opening (a clause's start, after its verb: 建成, 开工 …);
    only items that name one work (`_named_item`) are named projects (道路、桥梁等项目 are kinds;
    10万头生猪养殖 is a size, 2023年老旧小区改造 a year's work)."""
    found = []
    for end in _PROJECT_ITEMS_END.finditer(text):
        lo = max(text.rfind(ch, max(0, end.start() - 240), end.start()) for ch in "，,。；;：:\n") + 1
        run = text[lo:end.start()]
        verbs = list(_PROJECT_LIST_VERB_RE.finditer(run, 0, run.find("、") if "、" in run else len(run)))
        k = lo + (verbs[-1].end() if verbs else 0)
        for item in text[k:end.start()].split("、"):
            s0, k = k, k + len(item) + 1
            if _PROJECT_ITEM_RE.fullmatch(item) and _named_item(item) and not NOT_IN_NAME.search(item) \
                    and free(s0, s0 + len(item)):
                found.append(Found(s0, s0 + len(item), "Programme", item, "programme.project-items", {"kind": "project"}))
    return found


_NAME_DASH = cue(_P, "name_dash")[0]
_DASH_VARIANTS = "".join(cue(_P, "name_dash_variants"))
_HAN_DASH_RE = re.compile(rf"(?<=[{HAN}])[{re.escape(_DASH_VARIANTS)}](?=[{HAN}])")


def _canonical_dashes(text: str) -> str:
    """中国-东盟博览会, 中国－东盟博览会, 中国―东盟博览会: a dash between two Han characters is written
    with whatever dash the source had (a hyphen, a full-width minus, an en dash, a bar); the rules
    and the names read the one dash of `name_dash`, so every writing names the same programme.
    One character for one: the offsets stay those of the text."""
    if not any(ch in text for ch in _DASH_VARIANTS):
        return text
    return _HAN_DASH_RE.sub(_NAME_DASH, text)


_NAME_DOT = cue(_P, "name_dot")[0]
_DOT_VARIANTS = "".join(cue(_P, "name_dot_variants"))
_HAN_DOT_RE = re.compile(rf"(?<=[{HAN}{DIGIT}])[{re.escape(_DOT_VARIANTS)}](?=[{HAN}{DIGIT}])")


def _canonical_dots(text: str) -> str:
    """扫黄打非·护苗2023 and 扫黄打非•护苗2023 (a bullet, a katakana middle dot, a hyphenation
    point typed for the interpunct): a dot joining two parts of a name is written with whatever dot
    the source had; the names read the one dot of `name_dot`, so every writing names the same
    programme.  One character for one: the offsets stay those of the text."""
    if not any(ch in text for ch in _DOT_VARIANTS):
        return text
    return _HAN_DOT_RE.sub(_NAME_DOT, text)


_BRAND_SENTENCE_WORDS = tuple(cue(_P, "brand_sentence_words"))
_BRAND_WEAK_RULES = ("programme.quote-topic", "programme.quote-list-head")
_BRAND_SENTENCE_ENDS = "。！？!?\n"


def _brand_sentence(text: str, s: int, e: int) -> str:
    """The sentence around text[s:e] (from the last end mark before it to the next one, bounded)."""
    lo, hi = max(0, s - _BRAND_SENTENCE_REACH), min(len(text), e + _BRAND_SENTENCE_REACH)
    a = max(text.rfind(c, lo, s) for c in _BRAND_SENTENCE_ENDS)
    a = a + 1 if a >= 0 else lo
    b = min((k for k in (text.find(c, e, hi) for c in _BRAND_SENTENCE_ENDS) if k >= 0), default=hi)
    return text[a:b]


_BRAND_SENTENCE_REACH = 200  # characters read each side of the quotation at most (a text with no sentence end: linear)


def _without_place_brands(text: str, found: list[Found], places) -> list[Found]:
    """“平和琯溪蜜柚”获福建省首届十佳地理标志商标, “福鼎白茶”“坦洋工夫”入选…区域公用品牌声誉前100位: a
    quoted name opening with a place's name, which only its place in the text (a topic, a list) made a
    programme, is the place's product when its sentence speaks of brands, trademarks or 地理标志 —
    a brand (an agricultural one, sold), nothing anyone carries out."""
    starts = {p.start: p.end for p in places}
    return [f for f in found if not (f.rule in _BRAND_WEAK_RULES and starts.get(f.start, f.end) < f.end
                                     and any(w in _brand_sentence(text, f.start, f.end) for w in _BRAND_SENTENCE_WORDS))]


def find_programmes(text: str, section_starts: set[int], places: list[Found] = ()) -> list[Found]:
    """Every programme name of a text: quoted ones first (they take their span and its quote
    marks), then campaigns, rule-found names and projects in the free text (read with one dash
    and one dot)."""
    text = _canonical_dots(_canonical_dashes(text))
    found = _without_place_brands(text, _quoted(text, section_starts), places)
    forms = _national_event_re()[1]  # (借助“西博会”重要平台: a national fair quoted is the fair, read below)
    found = [f for f in found if f.norm not in forms or text[f.start:f.end] != f.norm]
    events = _quoting_editions(text, places) + _nesting_titles(text)
    if events:  # 第二届|“一带一路”|国际合作高峰论坛: the quoted name is part of the event's
        found = [f for f in found if not any(s <= f.start and f.end <= e for s, e in events)]
    occupied = Occupancy(len(text))
    for f in found:
        occupied.mark(f.start - 1, f.end + 1)

    def free(s, e):
        return not occupied.overlaps(s, e)

    found += _national_events(text, free, occupied)
    found += _edition_games(text, free, occupied, places)
    campaigns = _campaigns(text, section_starts, free)
    found += campaigns
    found += _named_services(text, free)
    found += _outside_campaigns(_by_rules(text, places, free, occupied), campaigns)
    found += _projects(text, places, free, occupied)
    return _with_repeats(text, _short_event_forms(_whole_scope_forms(_issued_as_quoted(_without_speaker(found)))))


@lru_cache(maxsize=1)
def _national_event_re() -> tuple[re.Pattern, dict[str, tuple[str, str] | None]]:
    """The short forms and full names of national_events.tsv (longest first), after an optional
    edition (第二届进博会: the edition is no part of the name), and each form's full name and host."""
    names: dict[str, tuple[str, str]] = {}
    for r in L.load_table("national_events.tsv"):
        names[r["name"]] = (r["name"], r["host"])
        for a in filter(None, r["aliases"].split("|")):
            names[a] = (r["name"], r["host"])
    for r in L.load_table("national_events.tsv"):
        if r.get("shared"):
            names.setdefault(r["shared"], None)  # (a form several fairs share: `_shared_fair` picks one)
    forms = "|".join(_annual_form(f) for f in sorted(names, key=len, reverse=True))
    edition = rf"(?:{_C('edition_open')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+(?:{_C('edition_close')})|{_C('edition_first')}"
    return guarded(re.compile(rf"(?P<ed>{edition})?(?P<name>{forms})")), names  # (most positions turned away at one character)


_ANNUAL = cue(_P, "annual_meeting_heads")  # 年会
_INNER_YEAR_RE = re.compile(rf"[{DIGIT}]{{4}}(?:{_C('edition_year')})(?=(?:{_C('annual_meeting_heads')})$)")


def _annual_form(form: str) -> str:
    """A form's pattern: an annual meeting (博鳌亚洲论坛年会) is written with the year of this
    meeting before its 年会 (博鳌亚洲论坛2024年年会), which is no part of the event's name."""
    head = next((h for h in _ANNUAL if form.endswith(h)), None)
    if head is None:
        return re.escape(form)
    return rf"{re.escape(form[:-len(head)])}(?:[{DIGIT}]{{4}}(?:{_C('edition_year')}))?{re.escape(head)}"


@lru_cache(maxsize=1)
def _shared_forms() -> dict[str, tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]]:
    """A short form several fairs share → each fair's (name, host, how a text names its host city,
    its host's province)."""
    out: dict[str, list] = {}
    for r in L.load_table("national_events.tsv"):
        if r.get("shared"):
            cities = tuple(filter(None, r["named_by"].split("|")))
            out.setdefault(r["shared"], []).append((r["name"], r["host"], cities,
                                                    tuple(filter(None, r.get("hosted_in", "").split("|")))))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def _hosting_scene_re(forms: tuple[str, ...]) -> re.Pattern:
    """在陕西省西安市举办, 由陕西省承办, 四川省人民政府承办的: a place named as the scene or the host of a
    holding (at most eight characters of its name before the verb, so a clause away is no scene);
    without 在/由 only 承办 says host (主办 lists co-hosts: 重庆市、四川省…共同主办)."""
    place = rf"(?:{alt(forms)})[{HAN}]{{0,8}}?"
    return re.compile(rf"(?:{_C('fair_host_openers')}){place}(?:{_C('fair_host_verbs')})"
                      rf"|{place}(?:{_C('fair_host_alone_verbs')})"
                      rf"|(?:{_C('fair_visit_openers')}){place}(?:{_C('fair_visit_verbs')})")  # (赴渝参加: where visitors go)


@lru_cache(maxsize=None)
def _host_city_re(cities: tuple[str, ...]) -> re.Pattern:
    """A host city named other than as a visitor (西安市代表团参加第六届西洽会, 重庆、西安两地代表团 name
    visitors: a list of places before one 代表团 is read through its 、)."""
    return re.compile(rf"(?:{alt(cities)})(?![{HAN}、]{{0,6}}?(?:{_C('fair_visitor_words')}))")


def _only(hosts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one fair witnessed, or none when no sharer or several are."""
    return hosts[0] if len(hosts) == 1 else None


def _shared_fair(text: str, form: str, memo: dict) -> tuple[str, str] | None:
    """西洽会 (重庆's 中国西部国际投资贸易洽谈会 and 西安's 中国东西部合作与投资贸易洽谈会): the fair a hosting
    scene places (在重庆开幕, 在陕西省西安市举办, 由陕西省承办, 赴渝参加), else the one whose host city the
    text names (not before 代表团: a visitor), when no other sharer's is named the same way; else none
    (a false fair costs as much as a missed one).  A province outside a hosting scene is no witness:
    a delegation names its own province (陕西省代表团参加第六届西洽会, held in 重庆).  Once per text and
    form (memo)."""
    if form not in memo:
        fairs = _shared_forms()[form]
        scene = [(n, h) for n, h, cities, provs in fairs if _hosting_scene_re(cities + provs).search(text)]
        named = [(n, h) for n, h, cities, _ in fairs if cities and _host_city_re(cities).search(text)]
        memo[form] = _only(scene) if scene else _only(named)
    return memo[form]


def _event_form(written: str) -> str:
    """The table's form a match wrote (博鳌亚洲论坛2024年年会 → 博鳌亚洲论坛年会)."""
    return _INNER_YEAR_RE.sub("", written)


# 第十九届西博会筹备工作动员会, 进博会城市服务保障推进会: a meeting named after the expo's short form, which
# the meeting rules read whole (the expo is the meeting's topic, not the thing this mention names)
_EXPO_MEETING_RE = re.compile(rf"[{HAN}]{{0,8}}?(?:{_C('meeting_heads')})")
# … but not the expo's own committee before a meeting it holds (进博会组委会|在成都举办推介会): the expo,
# which the committee finder names the committee after (organizations.find_event_committees)
_EXPO_COMMITTEES = tuple(cue("org_cues", "event_committees"))

_EVENT_SHORT_BEFORE = frozenset(cue(_P, "national_event_before"))
# 2023年中国农民丰收节, 2022年农民丰收节暨…: the year of this holding, as an edition says which one
_YEAR_BEFORE_RE = re.compile(rf"(?<![{DIGIT}])[{DIGIT}]{{4}}(?:{_C('edition_year')})$")


def _meeting_after(text: str, e: int) -> bool:
    """A meeting named after an event's form (进博会新闻发布会; 全国科技活动周总结交流会: a festival held
    everywhere has no expo of its own for the meeting to keep) is the meeting's name, which the meeting
    rules read, unless the expo's committee holds it (进博会组委会) or 暨 joins a second event."""
    return bool(_EXPO_MEETING_RE.match(text, e)) and not text.startswith(_EXPO_COMMITTEES, e) \
        and "暨" not in text[e:e + 9]


def _national_events(text: str, free, occupied: Occupancy) -> list[Found]:
    """进博会, 第127届广交会, 本届义博会: a national expo the press names by a short form alone is the
    event its full name names (one programme however it is written).  A Han character before the
    form that is no edition's end, particle or verb of attending makes it part of a longer local
    name (湖北农交会, 某某服贸会专场): left alone."""
    rx, names = _national_event_re()
    found: list[Found] = []
    shared: dict = {}
    for m in rx.finditer(text):
        s, e = m.span()
        if not m.group("ed") and s and _HAN_CHAR.match(text[s - 1]) and text[s - 1] not in _EVENT_SHORT_BEFORE \
                and not _YEAR_BEFORE_RE.search(text, max(0, s - 8), s):
            continue
        form = _event_form(m.group("name"))
        short = names[form] is None or names[form][0] != form
        if not free(s, e) or (short and _meeting_after(text, e)):
            continue  # (a full name keeps its expo: 第十八届中国西部国际博览会新闻发布会, which no meeting rule reads)
        fair = names[form] or _shared_fair(text, form, shared)
        if fair is None or (not fair[1] and _meeting_after(text, e)):
            continue
        name, host = fair
        # 中国—阿拉伯国家博览会: both parties' (as the joint-forum rule and _event have it), held where it is hosted
        joint = {"kind": "mechanism", "joint": True} if _JOINT_FORUM_DASHED_RE.fullmatch(name) else {}
        found.append(Found(s, e, "Programme", name, "programme.national-event",
                           {"kind": "campaign", "alias": m.group(0), **({"host_code": host} if host else {}), **joint}))  # (as written, edition and all)
        occupied.mark(s, e)
        found += _joined_after(text, e, free, occupied)
    return found


@lru_cache(maxsize=1)
def _own_games_before() -> tuple[str, ...]:
    return tuple(cue(_P, "own_games_before"))


@lru_cache(maxsize=1)
def _own_games_forms() -> frozenset[str]:
    return frozenset(cue(_P, "own_games_forms"))


@lru_cache(maxsize=1)
def _edition_games_re() -> re.Pattern:
    """An edition, then a games' short form of event_short_forms.tsv (第十四届全运会, 第19届亚运会)."""
    edition = rf"(?:{_C('edition_open')})[{DIGIT}{CHINESE_NUMERALS[:-2]}]+(?:{_C('edition_close')})"
    return re.compile(rf"{edition}(?P<name>{alt(sorted(_SHORT_GAMES))})")


def _edition_games(text: str, free, occupied: Occupancy, places: list[Found] = ()) -> list[Found]:
    """第十四届全运会在西安开幕, 观看第十四届全运会开幕式: games written short after their edition are the
    games of the full name (全国运动会), held by one host each time (the sentence's 在 says where).
    A place or a division's word right before the edition (沂水县第十四届全运会, 全县第十四届全运会: the
    own_games_before cues) makes games a county or province holds too (own_games_forms: 全运会, 青运会)
    that place's own games of the same short name, not these; a continental one is the host's
    (杭州第19届亚运会)."""
    if not any(f in text for f in _SHORT_GAMES):
        return []
    ends = {p.end for p in places}
    found: list[Found] = []
    for m in _edition_games_re().finditer(text):
        if not free(*m.span()):
            continue
        own = m.start() in ends or text.endswith(_own_games_before(), 0, m.start())
        if own and m.group("name") in _own_games_forms():
            continue  # 沂水县第十四届全运会: the county's own games (杭州第19届亚运会: the host of the Asian Games)
        found.append(Found(m.start(), m.end(), "Programme", _SHORT_GAMES[m.group("name")], "programme.edition-event",
                           {"kind": "campaign", "alias": m.group(0)}))
        occupied.mark(*m.span())
    return found


_JOINED_AFTER_RE = re.compile(rf"[{_JOINED_EVENT_ENDS}]?[ \u3000]?{_JOINED_EVENT}(?:{_ORDINAL_EDITION.pattern})?"
                              rf"([{HAN}{DIGIT}]{{1,20}}?(?:{_W('event_heads')}|{_C('joined_event_heads')}))")


def _joined_after(text: str, end: int, free, occupied: Occupancy) -> list[Found]:
    """第二届“中国农民丰收节”暨生态农业博览会: a second event joined by 暨 to a national one is an event
    of its own (the national name takes its span first, so the edition rule never sees the pair)."""
    m = _JOINED_AFTER_RE.match(text, end)
    if m is None or len(m.group(1)) < 4 or not free(*m.span(1)) or NOT_IN_NAME.search(m.group(1)):
        return []  # (a name of four characters at least: 茶文化节)
    occupied.mark(*m.span(1))
    return [Found(m.start(1), m.end(1), "Programme", m.group(1), "programme.joined-event", {"kind": "campaign"})]


_FIRST_PERSON = tuple(sorted((f for f in L.ANAPHORA if f.startswith(cue(_P, "first_person"))), key=len, reverse=True))


def _without_speaker(found: list[Found]) -> list[Found]:
    """深化我省预算管理制度改革: a first-person scope opening an unquoted name (我省, 我市, 我县) is the
    speaker's place, no part of the name: the programme is 预算管理制度改革, the one named without it."""
    out = []
    for f in found:
        w = next((w for w in _FIRST_PERSON if f.norm.startswith(w) and f.start >= 0
                  and len(f.norm) - len(w) >= 4), None)
        if w is not None and f.attrs.get("kind") not in ("policy", "quoted"):
            f = Found(f.start + len(w), f.end, f.label, f.norm[len(w):], f.rule, dict(f.attrs))
        out.append(f)
    return out


_OF_CHAR = cue(_P, "possessive")[0]


def _issued_as_quoted(found: list[Found]) -> list[Found]:
    """关于印发广东省…民间投资发展实施方案的通知 … 《广东省…民间投资发展的实施方案》: a notice's title
    drops a 的 the document's own name holds; the two are one document, named as the 《》 writes it
    (the title's form kept as the mention's surface)."""
    quoted = {f.norm.replace(_OF_CHAR, ""): f.norm for f in found
              if f.rule == "programme.policy-document" and _OF_CHAR in f.norm}
    if quoted:
        for f in found:
            if f.rule == "programme.issued-document" and f.norm != quoted.get(f.norm.replace(_OF_CHAR, ""), f.norm):
                f.attrs.setdefault("alias", f.norm)
                f.norm = quoted[f.norm.replace(_OF_CHAR, "")]
    return found


def _whole_scope_forms(found: list[Found]) -> list[Found]:
    """二七区召开无主管楼院治理工作专题研讨会 … 召开了全区无主管楼院治理工作专题研讨会: the name
    written after 全区/全县 (the whole of the article's place) is the same programme as the name
    written without it; one name, the scoped form kept as the mention's surface (an alias)."""
    names = {f.norm for f in found}
    wholes = tuple(sorted(cue(_P, "whole_scopes"), key=len, reverse=True))
    for f in found:
        w = next((w for w in wholes if f.norm.startswith(w)), None)
        if w is not None and len(f.norm) - len(w) >= 4 and f.norm[len(w):] in names:
            f.norm = f.norm[len(w):]
    return found


def _nesting_titles(text: str) -> list[tuple[int, int]]:
    """Spans of documents a notice issues that name another document in 《》 (关于印发山西省贯彻落实
    《…规划》工作方案的通知): the issued one is named there, and what the notice issues, not the
    document it carries out (that one is named inside its name, as the body writes it)."""
    if "《" not in text or _ABOUT not in text:
        return []
    return [m.span(1) for m in _ISSUED_RE.finditer(text)
            if "《" in m.group(1) and _issued(text, m, []) is not None]


def _quoting_editions(text: str, places: list[Found]) -> list[tuple[int, int]]:
    """Spans of events named with their edition that hold a quoted name (第二届“一带一路”国际合作
    高峰论坛): the event's rule, not the quote, names that span."""
    quote_marks = _EVENT_QUOTE_MARKS
    if not any(q in text for q in quote_marks):
        return []  # (no quote in the text: no event's name holds one; the scan is spared)
    return [m.span(1) for m in _EDITION_EVENT_RE.finditer(text)
            if any(q in m.group(1) for q in quote_marks) and _event(text, m, places) is not None]


_EVENT_QUOTE_MARKS = cue_chars(_P, "event_name_marks")[:2]  # (read once, not per document)


_FESTIVAL_RULE = "programme.edition-festival"


def _short_event_forms(found: list[Found]) -> list[Found]:
    """首届鲁山杜鹃花节开幕…首届杜鹃花节活动举办时间为…: a festival named with its edition by the end of
    another festival's name (the place left off, 鲁山 being no place read) is that festival, not a second
    one.  (Festivals only: a contest named by its prize alone, 第二十二届“大禹杯”竞赛, may be a county's
    round of a city's contest, whose runners and place are its own.)"""
    named = [f.norm for f in found if f.rule == _FESTIVAL_RULE]
    longer: dict[str, str] = {}  # a proper ending of a festival's name -> the first festival so ending
    for n in named if len(named) > 1 else ():
        for k in range(1, len(n)):
            longer.setdefault(n[-k:], n)  # (one pass over the names: no festival checked against each other)
    out = []
    for f in found:
        full = longer.get(f.norm) if f.rule == _FESTIVAL_RULE else None
        out.append(f if full is None else Found(f.start, f.end, f.label, full, f.rule, {"alias": f.norm, **f.attrs}))
    return out


def _with_repeats(text: str, found: list[Found]) -> list[Found]:
    """Later unquoted mentions of a programme named earlier (对河湖清理行动中存在的问题).  Names are
    tried longest first (and in one fixed order): where one name holds another (河湖清理行动 and
    清理行动), the longer one takes the span, whatever the process's string hashing."""
    spans = Occupancy(len(text))
    for f in found:
        spans.mark(f.start, f.end)
    out = list(found)
    names = {f.norm for f in found if f.attrs.get("kind") in ("campaign", "mechanism", "project")
             and len(f.norm) >= 4}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        for s in literal_starts(text, name):
            if not spans.overlaps(s, s + len(name)):
                out.append(Found(s, s + len(name), "Programme", name, "programme.repeat",
                                 {"kind": "repeat"}))
                spans.mark(s, s + len(name))
    return out


_DERIVED_SCOPE_WORDS = frozenset(cue(_P, "scope_led_words"))


_DERIVED_GENERIC = frozenset(cue(_P, "derived_generic_names"))  # 工程建设, 项目建设
_DERIVED_ORGAN_ENDS = tuple(cue(_P, "derived_organ_ends"))  # 厅, 局


def _generic_derived(name: str) -> bool:
    """襄阳工程建设指挥部, 省交通运输厅工程建设指挥部, 中国铁路武汉局集团有限公司襄阳工程建设指挥部 (tielu116):
    a headquarters for building works in general names no programme — the stem is the field of work
    (工程建设), after the owning department's name (交通运输厅|工程建设) where one is written first; was
    Programme 工程建设 / 交通运输厅工程建设.  A named one (新时代文明实践中心建设) is kept."""
    for end in _DERIVED_ORGAN_ENDS:
        k = name.rfind(end)
        if k >= 0:
            name = name[k + len(end):]
    return name in _DERIVED_GENERIC


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
        if not m or len(m.group(1)) < 4 or _generic_derived(m.group(1)):
            continue
        at = text.find(m.group(1), a.start, a.end)
        if at < 0:
            continue
        # 乡|村治理专项行动领导小组: the 乡 read as the group's scope opens the word 乡村 of the programme
        s0 = at - 1 if at > a.start and text[at - 1:at + 1] in _DERIVED_SCOPE_WORDS else at
        out.append(Found(s0, at + len(m.group(1)), "Programme", text[s0:at + len(m.group(1))],
                         "programme.from-agency-name", {"kind": "derived", "agency_span": (a.start, a.end)}))
    return out



# a company's project named after it (河套酒业集团白酒项目, 博源集团30万吨合成氨52万吨尿素项目)
# or a park it builds (鑫隆集团医药物流园区): the heads in owned_project_heads
_OWNED_PROJECT_RE = re.compile(rf"([{HAN}{DIGIT}×xX．.]{{1,30}}?)(?:{_C('owned_project_heads')})")


# what breaks a company's project name: a verb or preposition of dealing with it, or a post (its manager signing)
_OWNED_BREAK_RE = re.compile(f"(?:{_C('owned_project_breaks')}|"
                             f"{alt([r['word'] for r in L.load_table('posts') if len(r['word']) >= 2])})")


# 由…集团有限公司投资建设的中山兴中怀集生猪养殖一体化产业园项目: the name after the company's verb of building
_BUILT_BY_RE = re.compile(rf"(?:{_C('built_by_verbs')})([{HAN}{LATIN}{DIGIT}]{{4,30}}?(?:{_C('project_heads')}))"
                          rf"(?=[，,。；;、和及]|{_C('built_by_followers')})")
_BUILT_BY_BEFORE = tuple(cue(_P, "built_by_before"))


def _built_by(text: str, o: Found, taken) -> Found | None:
    """由中山兴中集团有限公司投资建设的X项目: X项目, run by the company (its `owner_span`); a kind of
    project (该项目, 重点项目) or a name with a count is none."""
    if not text[max(0, o.start - 1):o.start].endswith(_BUILT_BY_BEFORE):
        return None
    m = _BUILT_BY_RE.match(text, o.end)
    if not m or NOT_IN_NAME.search(m.group(1)) or _BUILT_PROJECT_BAD_START.match(m.group(1)) \
            or _GENERIC_PROJECT.match(m.group(1)) or _COUNT_IN_NAME_RE.search(m.group(1)) \
            or taken.overlaps(m.start(1), m.end(1)):
        return None
    return Found(m.start(1), m.end(1), "Programme", m.group(1), "programme.built-by",
                 {"kind": "project", "owner_span": (o.start, o.end)})


def projects_of_organizations(text: str, orgs: list[Found], taken) -> list[Found]:
    """Projects named after the company that runs them: the company's name, what it builds and
    项目, with no function word between (…集团和…项目 is two names); and projects a company builds
    (由…公司投资建设的X项目)."""
    out = []
    ending = {o.end: o for o in orgs if o.label == "Organization" and o.rule == "org.suffix"}
    for o in orgs:
        if o.label == "Organization" and (built := _built_by(text, o, taken)) is not None:
            out.append(built)
            continue
        if o.label != "Organization" or o.rule not in ("org.suffix", "pos.nt"):
            continue
        m = _OWNED_PROJECT_RE.match(text, o.end)
        if not m or NOT_IN_NAME.search(m.group(1)) or _OWNED_BREAK_RE.search(m.group(1)) \
                or _COUNT_IN_NAME_RE.search(m.group(1)) or taken.overlaps(o.end, m.end()):
            continue
        owner = o
        while owner.start in ending:  # 鄂尔多斯玄峰集团|红云酒厂…项目: the group, then its company
            owner = ending[owner.start]
        name = text[owner.start:m.end()]
        out.append(Found(owner.start, m.end(), "Programme", name, "programme.owned-project",
                         {"kind": "project", "owner_span": (owner.start, owner.end)}))
    return out


def own_listed_projects(progs: list[Found], orgs: list[Found]) -> None:
    """A listed project whose name opens with a company's (广州石化|1200万吨炼油改扩建): the company
    runs it and stays a mention of its own (`owner_span`, as for 博源集团…项目)."""
    by_start = {}
    for o in orgs:
        if o.label == "Organization":
            by_start.setdefault(o.start, o)
    for p in progs:
        o = by_start.get(p.start) if p.rule == "programme.project-items" else None
        if o is not None and o.end < p.end and not p.attrs.get("owner_span"):
            p.attrs["owner_span"] = (o.start, o.end)
