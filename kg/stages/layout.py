"""Page structure: split a document into its articles (the `layout` component).

A newspaper page converted from PDF is several stories laid out in columns: headlines marked
`##`/`#`, section headings `###` and `——…` lead lines, bylines, datelines, photo captions with
photographer credits, paragraphs broken where a column ends, and a story that runs out of room and
continues elsewhere on the page.  Extraction must see each story as one clean, re-joined text while
every character keeps its position in the source, so this stage builds, per article, a text view
plus an `OffsetMap` back to `Doc.text`.

Rules (each generalises beyond the seed page; all are deterministic):

* Lines.  Every non-blank line is a block; `\\n`, `\\r\\n`, `\\r` and the Unicode line separators
  end a line; offsets always refer to `Doc.text` as decoded.  Blocks are classified as headline
  (`#`, `##`), heading (`###`…, or a short unterminated `——…` line), credit (a short line ending
  in 摄/供图 or starting 图/), caption (`上图:`, `图为…`, `图1:`…, or any line followed directly by
  a credit), byline (a short line `<报社>记者|通讯员 <names>`), or paragraph.
* Page mode (the document has `#`/`##` headlines).  A new article starts at each group of
  consecutive headline lines, and at a paragraph opening with a dateline (`河北日报(记者陈正)`)
  unless that dateline is the first finished paragraph under a headline (an unterminated lead box
  may sit between headline and dateline).  Plain mode (no headlines): the whole document is one
  article; its first line is the title when it looks like a headline (short, unterminated, and
  followed by a prose paragraph — a list of short lines has no title).
* Title.  In a group of several headline lines the main title is the first one that opens with a
  named actor (an administrative-division name, full or short, or an agency name: `邯郸推动…`,
  `馆陶建立…`); the others are kicker/subtitle lines (`明确项目完成审批…`, `“五有”标准…`).  With
  no such line, the first line is the title.  A `Doc.title` is used when the document is a single
  article without a title of its own.
* Column joins.  A paragraph that does not end with terminal punctuation (。！？!?；;：:… possibly
  followed by closing quotes) continues in the next paragraph of the same article, skipping
  captions and credits, with nothing inserted between the halves — unless the next paragraph opens
  with a dateline, or the two are on consecutive lines with no blank line between and the junction
  does not form a dictionary word (plain text: a list, not a broken paragraph), or the paragraph
  is a lead/pull-quote box: the first paragraph under a headline (no dateline) whose opening
  (8 characters) recurs later in the article.  In plain mode a blank line also ends a paragraph
  whose last line is a whole unit (`_whole_unit`: no clause punctuation, and it opens with an
  enumerator 一、/（二）/第三章, is a post and a name `县长 陈大用`, a document number or a date line,
  or ends a title with a document head …的实施意见, `layout_units.tsv`), or whose next paragraph
  is a salutation (`各位代表：`), a date line or a document number, or the two are a leader page's
  fields (`_leader_lines`: posts over the next name, a name over posts opening with their body) —
  unless the junction forms a dictionary word or the next paragraph opens like a fragment (`，…`):
  a heading or a title line is no column broken mid-sentence.  Such a title line heads a plain document when a document
  number, a date line, a signature or a salutation follows it.
* Continuations.  An article whose last paragraph is still unterminated ("dangling") takes a
  continuation from elsewhere on the page: a paragraph that follows a finished paragraph in another
  article (or opens a headline-less article) together with everything after it in that article.
  Candidates score 2 when the dangling tail and the candidate's head join into a dictionary word
  (`建立建`+`账` → 建账), 1 when the candidate starts like a fragment (`账、…`), and 1 more when its
  anaphora (`该县`) match the dangling article's and not the host's (`该市`); the best candidate
  with score >= 2 is moved (ties: the earliest on the page).  Only articles of the same page
  (form feeds separate pages) and at most 12 articles away are searched.
* Scraped pages (`kg.stages.chrome`).  A navigation bar, a breadcrumb (and the site's or column's
  name above it), tool lines, links to other items and the footer are dropped; so are the lines of
  a metadata block, except the value of a field naming the issuer (`发布机构：…`), kept as a heading
  section after the captions.  No paragraph runs on across a dropped line, and a first line over
  one is the title.  A list's bullet (`·`) opens no text.  In plain text a long prose line that
  ends unterminated runs on into the next line (a hard wrap), unless that line opens a unit.  Two
  or more lines in a row that are a headline and a date (`城关镇召开…会议 2023-05-12`) are a list
  page's headlines: each is an article of its own, its date kept as the article's dateline.
* Article text.  title, subtitle lines, then headings and body paragraphs in reading order (the
  continuation last), then captions; "\\n" between sections.  Credits, bylines and datelines are
  metadata, never article text, so `Article.body` is pure body text.  Articles are numbered
  `{doc.id}#A{n}` in page order of their first line.  Empty or blank text gives zero articles.
  Pinyin readings a converter wrote after characters (`設(shè)為`, `kg.text.RUBY`) are left out of
  the article text (the offsets skip them), so the names they split read whole; so are a statistics
  bulletin's note marks (`地区生产总值(GDP)[2]2313亿元`), so a figure reads with its indicator.  On a
  Chinese page a line of English prose is a translation, no article text (nothing runs on over it).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexicon as L
from ..divisions import table
from ..metric_words import cue_alt, cue_chars, guarded
from ..model import Article, Caption, Doc, OffsetMap, Section
from ..pipeline import component
from .dates import TYPED_ZEROS, paper_credit
from .sentences import CHART_CAPTION_RUN
from .numbers import TABLE_UNIT_END, UNIT_WORD, dotted_heading
from .chrome import MAX_CRUMB_ITEM, Chrome, bare_counter, crumb_columns, crumb_last, crumb_open, crumb_piece
from .chrome import closes_page_index, collection_piece, is_bar, is_link_item, is_listed_title, is_stamp, source_alone, status_value
from .chrome import classify as classify_chrome
from .chrome import is_value as chrome_value
from .chrome import opens_field, trailing_fields_at
from ..text import (NAME_DOTS, CJK, CLOSERS, HAN, IDEOGRAPH, LINE_TERMINAL, MAX_SECTION, RUBY, alt, alt_ordered, bounded_cuts,
                    display_width, segmenter)

# ---------------------------------------------------------------------------- patterns

_LINE = re.compile(r"[^\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]+")
_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
_HEADER = re.compile(r"(#{1,6})[ \t\u3000]+")
# (a single dash before a year opens the meeting subtitle too: `—2021年9月2日在…常务委员会第三十九次会议上`)
_DASH_LEAD = re.compile(r"(?:——|－－|--|―{2}|─{2}|[—―](?=[0-9０-９]{4}年))[ \t\u3000]*")
TERMINAL = LINE_TERMINAL


def _words(name: str) -> tuple[str, ...]:
    """One list of `layout_words.tsv` (bylines, captions, credits, headline actors), file order
    (`word_lists`, the table split once: the title checks ask for their lists at every line)."""
    return L.word_lists("layout_words").get(name, ())


def _alt(name: str) -> str:
    """A regex alternation of one list of `layout_words.tsv`, in file order."""
    return "(?:" + alt_ordered(_words(name)) + ")"


def _chars(name: str) -> str:
    """The characters of one `*_chars` list of `layout_words.tsv`, escaped for a [class]."""
    return re.escape("".join(_words(name)))


_ROLE = _alt("byline_roles")
# (a colon may follow the role: 记者：王某 李某, 通讯员：张某; 记者：王某 通讯员：张某; or a web page's bar: 记者丨王某)
_BYLINE = re.compile(r"(?P<org>[^\s，,。：:()（）]{0,15}?)" + _ROLE
                     + r"[ \t\u3000]*[:：" + _chars("byline_role_separator_chars") + rf"]?[ \t\u3000]*(?P<names>[{IDEOGRAPH}·・][{IDEOGRAPH}·・ \t\u3000、，,:：/／]*)")
_DATELINE = re.compile(r"(?P<org>[^\s()（）。，,]{1,24}?)[ \t\u3000]*[(（](?P<inner>[^()（）\r\n]{0,40}?"
                       + _ROLE + "(?![" + _chars("role_word_tail_chars") + r"])[^()（）\r\n]{0,60}?)[)）]")
_ROLE_SPLIT = re.compile(_ROLE)
_ROLE_BARS = "".join(_words("byline_role_separator_chars"))  # 记者丨王某: the bar a page sets after the role
# a credit closing a story's last paragraph in brackets (…实现全覆盖。(记者 皇甫美鲜)): its reporters, as a
# byline's (`_closing_credit`); bounded: the bracket holds a role and at most 30 characters of names
_CREDIT_AFTER = "。！？!?”\""
_OWN_MEDIUM = frozenset(_words("own_medium_words"))  # 本报: the credit's own paper, no name that places the story  # the sentence a closing credit follows ends there
_CLOSING_CREDIT = re.compile(rf"[(（](?:[{IDEOGRAPH}]{{2,8}}?)?" + _ROLE + rf"[ \t\u3000]*[:：]?[ \t\u3000]*[{IDEOGRAPH}·・ \t\u3000、]{{2,30}}[)）][ \t\u3000]*$")
# yibao100: the same credit without brackets (…各州市有效开展基金监管。记者 赵维): a role, a gap and one to three
# names of two to four characters closing the line (`_open_credit`)
_OPEN_CREDIT = re.compile(_ROLE + "(?![" + _chars("role_word_tail_chars") + rf"])[ \t\u3000]+"
                          rf"(?P<inner>[{IDEOGRAPH}]{{2,4}}(?:[ \t\u3000、]+[{IDEOGRAPH}]{{2,4}}){{0,2}})[ \t\u3000]*$")
# flood67: the same credit with its reporters' names alone, no role (…直接经济损失247.19万元。(许昌武)): one to
# three names of two to four characters, each opening with a family name and none a division's name (`_bare_credit`)
_BARE_CREDIT = re.compile(rf"[(（](?P<inner>[{IDEOGRAPH}]{{2,4}}(?:[ \t\u3000、]+[{IDEOGRAPH}]{{2,4}}){{0,2}})[)）][ \t\u3000]*$")
# a wire dateline whose bracket holds its reporters' names alone (中新社长春2月7日电 (李彦国 陈博宜)): no
# role word, two to four names of two to four characters, each opening with a family name (`_wire_dateline`)
_WIRE_DATELINE = re.compile(r"(?P<org>[^\s()（）。，,]{1,24}?[0-9０-９]{1,2}日[电電])[ \t\u3000]*[(（]"
                            rf"(?P<inner>[{IDEOGRAPH}]{{2,4}}(?:[ \t\u3000、]+[{IDEOGRAPH}]{{2,4}}){{0,3}})[)）]")
_ASKER = re.compile(r"[^\s，,。：:；;()（）]{1,16}?" + _alt("asker_roles") + r"[ \t\u3000]*[:：](?=[^\s])")
# an interview's turn: 主持人：…, 嘉宾刘某：…, 网友“某某”：… (the speaker's role first, a name may follow)
_SPEAKER = re.compile(r"[^\s，,。：:；;()（）]{0,6}?" + _alt("speaker_roles") + r"[^\s，,。：:；;()（）]{0,8}?[ \t\u3000]*[:：](?=[^\s])")
_NAME_TAIL = re.compile("(?<=[^\\s])" + _alt("byline_name_tails") + "$")  # 吕守军报道 → 吕守军
_UNIT_ENDINGS = tuple(_words("byline_unit_endings"))  # 云网讯(莆美镇 图/文): a township credited, no name
_TAIL_WORD = re.compile(_alt("byline_name_tails"))  # 记者 赵霞 报道: the tail standing alone is no name
_CREDIT_OPENER_WORDS = frozenset(_words("credit_openers"))  # 图片, 摄影: a photo credit's role, never a reporter's name
_NAME_SPLIT = re.compile(r"[\s、，,;；/" + _chars("byline_name_separator_chars") + "]+")
_CAPTION = re.compile("(?:" + _alt("caption_marks") + r"[:：]|" + _alt("caption_numbered")
                      + r"\s*[①-⑳0-9０-９" + _chars("caption_numeral_chars") + r"]+\s*[:：、]?|"
                      + _alt("caption_leads") + ")")
# a credit line: no sentence ends before its role (`某村新寨。 本报记者 某某 摄` is a caption with its credit)
_CREDIT = re.compile("(?:" + _alt("credit_slash_openers") + "[/／]|" + _alt("credit_openers")
                     + r"[/／:：]).{1,30}"
                     + r"|[^。！？!?]{0,24}?" + _alt("credit_roles") + r"[ \t\u3000]*\S.{0,16}"
                     + _alt("credit_verbs") + r"|[^。！？!?]{1,30}?" + _alt("credit_tails"))
# (no sentence ends before a tail either: `太湖湿地。江苏省林业局供图` is a caption with its credit, and the
# paragraph over it no caption)
_AGENCY_HEAD = re.compile(f"[{HAN}]{{1,10}}?" + _alt("headline_actor_suffixes") + f"(?=[{HAN}])")
_REFS = re.compile(_alt("anaphor_determiners") + "([" + _chars("anaphor_scope_chars") + "])")
_DIVISION_SUFFIX = re.compile("(?:" + alt_ordered(_words("division_suffixes")) + ")$")
_CJK = re.compile(f"[{CJK}]")
_CJK_TAIL = re.compile(f"[{CJK}]{{1,4}}$")
_CJK_HEAD = re.compile(f"[{CJK}]{{1,4}}")
_NUMERAL = "".join(_words("numeral_chars")) + "0123456789０１２３４５６７８９"
_BULLETS = "·•●◆■▪◦"
# a Markdown list item's mark that a scrape keeps (`- 交通固定资产投资规模…`, jiaotong89): an ASCII dash or
# star with a space after it opens the item, no part of its text (a minus sign stands against its digits)
_MD_ITEM = re.compile(r"[-*][ \t]+(?=\S)")
# a line's indentation a scrape decoded in the wrong charset (each non-breaking or full-width space a ?):
# two or more ASCII question marks opening a line, then a space; the text after them is the line
_LOST_INDENT = re.compile(r"\?{2,8}[ \t\u3000]+")
_FRAGMENT_START = "、，,；;：:）)」』”’。.!！？?"


def _unit_alt(name: str) -> str:
    """A regex alternation of one list of `layout_units.tsv`, in file order."""
    return "(?:" + alt_ordered(r["word"] for r in L.load_table("layout_units") if r["list"] == name) + ")"


_POSTS = "(?:" + alt(r["word"] for r in L.load_table("posts") if r["kind"] in ("head", "post")) + ")"
_POST_MODIFIERS = "(?:" + alt(r["word"] for r in L.load_table("posts") if r["kind"] == "modifier") + ")"
_DIGITS = "0-9０-９"
_SP = r"[ \t\u3000]"
# a numbered heading: 一、 （二） 3、 4. ① 第三章 (a decimal 1.5 is no enumerator); public: a numbered
# item's name opens right after it (programmes)
ENUMERATOR = re.compile(f"[{_NUMERAL}]{{1,3}}(?:、|[．.](?![{_DIGITS}]))|[（(][{_NUMERAL}]{{1,3}}[）)]|[①-⑳]|"
                         + _unit_alt("ordinal_prefix") + f"[{_NUMERAL}]{{1,4}}" + _unit_alt("ordinal_units"))
# a signature: post and name set apart by spaces (县长 陈大用, 市人民政府代理市长 王 明)
# a list's item opening a paragraph (1.思明区：…项目，总投资3.7亿元, （二）…, ③…): the enumerators of ENUMERATOR
# without an ordinal word (第一批 may open a line a wrap broke)
LIST_ITEM_OPEN = re.compile(f"[{_NUMERAL}]{{1,3}}(?:、|[．.](?![{_DIGITS}]))|[（(][{_NUMERAL}]{{1,3}}[）)]|[①-⑳]")
# a line's last character that leaves its clause open (…以下，/ …包括、), so the next line continues it
_OPEN_LINE_ENDS = "，,、（(《“‘—"
_SIGNATURE = re.compile(f"[^\\s]{{0,20}}?{_POST_MODIFIERS}?{_POSTS}{_SP}+[{CJK}·]{{1,4}}(?:{_SP}+[{CJK}]{{1,3}})?")
# a document number: 鲁政发〔2014〕20号, 工信部联原[2011]177号
_DOC_NUMBER = re.compile(f"[^\\s]{{0,16}}?[〔\\[［(（【]{_SP}*(?:19|20|１９|２０)[{_DIGITS}]{{2}}{_SP}*[〕\\]］)）】]{_SP}*"
                         + _unit_alt("ordinal_prefix") + f"?[{_DIGITS}]{{1,5}}{_SP}*" + _unit_alt("doc_number_tails"))
# a congress's label over a report (叶县十六届人大四次会议文件(五), …会议文件之三): set over the title as a
# document number is, no title of its own
_MEETING_FILE = re.compile(f"[^\\s，,。：:]{{2,24}}?{_alt('meeting_file_labels')}"
                           f"(?:[(（][{_DIGITS}一二三四五六七八九十]{{1,3}}[)）]|之[一二三四五六七八九十]{{1,3}})?")
# a date line: 2023年5月12日, 二〇二三年五月十二日, (2023年5月12日); the year's zero may be typed ○ or O
# (二○一一年四月八日), as the dates stage reads it; a repost's stamp may name its verb after it
# (2001年1月13日发表, `dates.posted_words`)
_DATE_LINE = re.compile(f"[（(]?{_SP}*[{_NUMERAL}{TYPED_ZEROS}]{{4}}{_SP}*年{_SP}*[{_NUMERAL}]{{1,2}}{_SP}*月"
                        f"{_SP}*[{_NUMERAL}]{{1,3}}{_SP}*日{_SP}*[)）]?(?:{_SP}*(?:{cue_alt('dates.posted_words')}))?")
# a title's end: …的实施意见, …工作报告, …办法（试行）, 《…方案》
_TITLE_END = re.compile(_unit_alt("doc_heads") + r"(?:[（(][^（）()\s]{1,12}[)）])?[》”]?$")
_CLAUSE_MARKS = "，,。；;！？!?"
# a date line whose 年/月/日 a PDF converter lost, the digits left apart by spaces, in a stray bracket or
# not: `{ 2017 6 23` (a notice's signature date over the plan it issues)
_BARE_DATE = re.compile(f"[{{(（\\[【]?{_SP}*(?:19|20)\\d\\d{_SP}+\\d{{1,2}}{_SP}+\\d{{1,2}}{_SP}*[}})）\\]】]?")
# a notice's annex or copy line: 附件：…, 附件2：…, 抄送：…
_ANNEX = re.compile(_alt("annex_openers") + f"[{_DIGITS}]{{0,2}}{_SP}*[:：]")
# a notice's remark under its signer: (此件公开发布), （此件主动公开）
_REMARK = re.compile(f"[（(]{_SP}*" + _alt("notice_remark_heads") + f"[{CJK}]{{2,8}}{_SP}*[)）]")
# a numbered heading of a plan or a regulation: 1 总则, 1.1 编制目的, 2.3.1 成员单位
_DECIMAL_HEADING = re.compile(f"[{_DIGITS}]{{1,2}}(?:[.．][{_DIGITS}]{{1,2}}){{0,3}}{_SP}+[{CJK}]{{2,12}}")
# a notice's signers' line: one or several organs' names set apart by spaces (生态环境部  国家发展改革委)
_SIGNER_LINE = re.compile(f"[{HAN}]{{2,20}}?{_alt('signer_line_heads')}(?:{_SP}+[{HAN}]{{2,20}}?{_alt('signer_line_heads')})*")

SHORT_LINE = 40  # bylines and credits are at most this long
HEADLINE_MAX = 64  # a plain-text first line longer than this is prose, not a headline
REPEATED_HEADLINE_SHORTEST = 6  # a line set twice in a row is a repeated headline from this length (a table's
# cells, 是 / 是 or 合计 / 合计, repeat in shorter lines)
PULL_QUOTE_PREFIX = 8  # opening characters of a lead box that recur in its article
CONTINUATION_WINDOW = 12  # a continuation is looked for this many articles either side
HEAD_LINES = 8  # a breadcrumb among a scrape's first lines has the site's name above it
COLUMN_NAME_MAX = 8  # a column's name (通知公告, 民生事业) is this short; a crumb ending in a headline is longer
SITE_NAME_MAX = 30  # a site's or column's name (or greeting) above the breadcrumb is at most this long
_GAP = re.compile(r"(?<=[^\s])[ \u3000\xa0](?=[^\s])")  # one space between two characters
_GAP = guarded(_GAP)  # (most positions turned away at one character)
SPACED_SHORTEST = 7  # a letter-spaced line has four characters at least (三 个 空 格)
# ... or is a document's head alone, its characters one space apart (通 告, 实 施 方 案)
_SPACED_DOC_HEAD = re.compile(rf"[{HAN}](?:[ \u3000\xa0][{HAN}]){{1,3}}")
_DOC_HEAD_WORDS = frozenset(r["word"] for r in L.load_table("layout_units") if r["list"] == "doc_heads")
SPACED_SHARE = 0.7  # ... and this share of its neighbouring characters one space apart
_BAR = re.compile("[_|｜]")  # sets off the site's or the column's name in a page's title bar
# a table's line naming the indicator of all its cells (指标:工业增加值_同比增长(%)): no title bar
_TABLE_HEAD_LINE = re.compile(f"[ \t\u3000]*(?:{_alt('table_indicator_heads')})[:：]")
TITLE_BAR_HEAD = 4  # the headline kept from a title bar is at least this long
TITLE_HEAD_SHORTEST = 6  # a title bar's headline found in the page's own headline (…的通知 in 某县…关于…的通知) from this length
# A PDF's or a paged scrape's page number alone on its line: - 3 -, — 12 —, 第3页, 第[1]页, 第 3 页 共 12 页, 3/12 (a bare number may be a
# table's cell, so it is kept)
_PAGE_NUMBER = re.compile(r"[-—－–―]{1,2}[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*[-—－–―]{1,2}"
                          r"|第[ \t\u3000]*[\[［]?[0-9０-９]{1,4}[\]］]?[ \t\u3000]*页(?:[ \t\u3000]*[,，/／]?[ \t\u3000]*共[ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*页)?"
                          r"|[0-9０-９]{1,4}[ \t\u3000]*[/／][ \t\u3000]*[0-9０-９]{1,4}")
# a rule drawn across the page with a repeated mark (`*****`, `-----`, `=====`, `———`, `━━━`): it parts two
# pieces of text (a transcript's questions from the office's notice under them), no text of either
_RULE_LINE = re.compile(r"([*＊=＝\-－_~～—─━·•.。])\1{4,}")
RUNNING_HEAD_MIN = 2  # a PDF's running head recurs on this many pages at least
# a running head and its page number set on one line, apart by white space (`某某县统计局  第 3 页`,
# `某某县人民政府公报 — 3 —`, `2023年第5期    3/12`, `— 4 —  某某县人民政府公报`)
_FOLIO_NUMBER = re.compile(f"(?P<head>.*?\\S)[ \\t\\u3000]+(?:{_PAGE_NUMBER.pattern})"
                           f"|(?:{_PAGE_NUMBER.pattern})[ \\t\\u3000]+(?P<tail>\\S.*)")
# a bare page number `3/12` (no dash, no 页): a fraction a report writes in its text too (整改完成情况  3/12)
_BARE_PAGE = re.compile(r"(?P<n>[0-9０-９]{1,4})[ \t\u3000]*[/／][ \t\u3000]*(?P<of>[0-9０-９]{1,4})")
PAGE_TEXT_MIN = 200  # a page of a PDF holds at least this many characters between two footers
_FOLIO = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日.*?[ \t\u3000]{2,}\S+[ \t\u3000]{2,}\S")
FOLIO_MAX = 120  # a folio line, with its gaps, is at most this long
RUNNING_HEAD_SHORTEST = 4  # shorter repeated lines (合计, 附件) are kept
PROSE_RUN = 4  # a wrapped paragraph under a title ends a sentence within this many lines
WRAP_MAX = 200  # a hard-wrapped line is at most this long (longer lines are not measured)
WRAP_MIN = 20  # lines narrower than this many columns (half as many characters) do not set a text's wrap width
WRAP_SLACK = 2  # a full line may be this much shorter or longer than the wrap width (punctuation kept off a line's start)
WRAP_LINES = 3  # a text is hard-wrapped when this many lines ...
WRAP_SHARE = 0.4  # ... and this share of its measured lines fill one width
WRAP_WIDER = 0.1  # ... and at most this share is wider
# a headline of a list page and its date: 城关镇召开安全生产工作会议 2023-05-12, …会议 [2023年05月12日]
_DATED_HEADLINE = re.compile(f"(?P<head>[^。！？!?]{{4,{HEADLINE_MAX}}}?[^\\s。！？!?；;：:，,、]){_SP}*[\\[［【（(]?{_SP}*"
                             r"(?P<date>(?:19|20|１９|２０)\d\d\s*[-/.年－／．]\s*\d{1,2}\s*[-/.月－／．]\s*\d{1,2}日?)"
                             f"{_SP}*[\\]］】）)]?")


def terminated(s: str) -> bool:
    """True when `s` ends a sentence (terminal punctuation, optionally followed by closers); a text typed
    with Western punctuation ends one with a half-width full stop after a Chinese character (`…半天时间.`:
    no decimal point nor abbreviation ends so), or with an ellipsis typed as three or more of them
    (`…在下营开赛......`: no number nor address ends so either)."""
    s = s.rstrip().rstrip(CLOSERS)
    dots = len(s) - len(s.rstrip("."))
    return bool(s) and (s[-1] in TERMINAL or ((dots == 1 or dots >= 3) and len(s) > dots
                                              and bool(_CJK.match(s[-dots - 1]))))


# ---------------------------------------------------------------------------- dictionaries

@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """Division names of the statistics table (`kg.divisions.table()`, down to the county) and
    their short form without the division suffix (邯郸, 馆陶): what a headline's actor can be."""
    names: set[str] = set()
    for d in table().by_code.values():
        names.add(d.name)
        short = _DIVISION_SUFFIX.sub("", d.name)
        if len(short) >= 2:
            names.add(short)
    return frozenset(names)


def opens_with_actor(line: str) -> bool:
    """Does a headline open with a named actor (a place or an agency) — `邯郸推动…`, `馆陶建立…`?"""
    names = _division_names()
    for n in range(min(8, len(line)), 1, -1):
        if line[:n] in names:
            return True
    return bool(_AGENCY_HEAD.match(line))


_segmenter = segmenter  # one jieba, configured in kg.text


def forms_word(left: str, right: str) -> bool:
    """Do the end of `left` and the start of `right` make one dictionary word (`宣`+`讲`)?

    Only CJK runs are looked at (up to 4 characters each side); segmentation is jieba's
    dictionary-only mode, so the answer is deterministic."""
    lm = _CJK_TAIL.search(left)
    rm = _CJK_HEAD.match(right)
    return bool(lm and rm) and _junction_is_word(lm.group(), rm.group())


@lru_cache(maxsize=65536)
def _junction_is_word(a: str, b: str) -> bool:
    pos = 0
    for tok in _segmenter().lcut(a + b, HMM=False):
        if pos < len(a) < pos + len(tok):
            return True
        pos += len(tok)
    return False


# ---------------------------------------------------------------------------- blocks

@dataclass
class _Block:
    i: int  # index among non-blank lines
    start: int  # source span of the content (markers and white space stripped)
    end: int
    text: str
    kind: str  # h1 h2 title heading credit caption byline para meta (an issuer named in a page's metadata)
    blank_before: bool  # a blank line separates it from the previous block
    credit: "_Block | None" = None
    after_chrome: bool = False  # page chrome (a breadcrumb, a metadata line) was dropped right before it
    full: bool = False  # the line fills a hard-wrapped page's width: its paragraph runs on (`_mark_full`)
    size: tuple[int, ...] = (0, 0, 0)  # the source line's length in characters, in columns less a PDF
    # conversion's spaces (`_set_width`) and in columns with them, indent kept
    spaced: bool = False  # letter-spaced (`关 于 印 发 …`): the single spaces are no part of the article's text
    tail: "_Block | None" = None  # a title's second line (a long title set over two lines)
    page_top: bool = False  # a PDF newspaper's folio (a running head) was skipped right before it
    after_page: bool = False  # a page number or a running head was skipped right before it: a page break


_PARTY_FIELDS = _words("party_fields")
_PARTY_ADDRESS = re.compile(f"[ \t\u3000]*{_alt('party_address_labels')}[ \t\u3000]*[:：]")


def _party_address(line: str) -> bool:
    """地址：河南省新乡市新乡县七里营镇龙泉村 right under a field of a penalty decision's party (统一社会信用代码：…,
    法定代表人：…): the party's address, a line of the document, not a site footer's 地址 field."""
    return _PARTY_ADDRESS.match(line) is not None


class _Chrome:
    """Reads a scraped page's chrome line by line (`kg.stages.chrome`): furniture and metadata lines
    are dropped, the value of an issuer field is kept as a `meta` block, a bare label line
    (`• 发文机构：`) takes the next line as its value, and the bulleted lines under a link-list head
    (`相关报道`) are links, not text.  The site owner named in the footer (`主办：某县人民政府办公室`) is kept
    like an issuer where the page names no issuer above it."""

    def __init__(self):
        self.label: Chrome | None = None  # a bare label line waiting for its value
        self.links = False  # inside a list of links
        self.dropped = False  # the last line read was dropped
        self.crumb = False  # the last line read was a breadcrumb
        self.crumb_open = False  # and it left the crumb open (`当前位置：`, `首页`, `>`): its next item may follow
        self.column = ""  # a breadcrumb's item set alone on its line, last read (a column's name)
        self.crumb_columns = 0  # the columns the last breadcrumb line named (`chrome.crumb_columns`)
        self.issuer = False  # an issuer's name was kept from a metadata field
        self.stamp = False  # the last line read was a date stamp (`2019-08-30 09:57`)
        self.party = False  # the last line read held a field of a party's particulars (`_PARTY_FIELDS`)
        self.collection = False  # the last line read was a WeChat post's collection (`chrome.collection_piece`)
        self.owner_site: list[tuple[int, int]] = []  # the footer owner's name read where an issuer was named

    def read(self, line: str, start: int, after_text: bool = False) -> list[tuple[int, int]] | None:
        """None when `line` (starting at source offset `start`) may be text; else the source spans of
        it to keep as issuer names (often none).  `after_text`: a sentence of the page was read above
        (a list of links there holds bare titles too: `往期推荐` under a WeChat post)."""
        label, self.label = self.label, None
        after_stamp, self.stamp = self.stamp, is_stamp(line)
        c = classify_chrome(line)
        after_party, self.party = self.party, any(w in line for w in _PARTY_FIELDS)
        if c is not None and after_party and _party_address(line):
            c, self.party = None, True  # 统一社会信用代码：… ⏎ 地址：…: the party's address, no footer
        after_collection, self.collection = self.collection, False
        if (c is None or c.kind == "chrome") and collection_piece(line, after_collection):
            c, self.collection = Chrome("chrome"), True  # 收录于话题 ⏎ #香港一线 ⏎ 83个: the account's collection
        if c is None and after_stamp and bare_counter(line):
            c = Chrome("chrome")  # `2019-08-30 09:57 ⏎ 1679次`: the page's view counter under its stamp
        if c is None and not after_text and status_value(line):
            c = Chrome("chrome")  # `…的通知 ⏎ 有效 ⏎ 无`: an unlabelled metadata column's validity, no title line
        piece = False
        if c is None and self.crumb:  # a breadcrumb set one item a line: 当前位置: / 首页 / > / 正文
            piece, still_open = crumb_piece(line, self.crumb_open,
                                            COLUMN_NAME_MAX if self.crumb_columns else MAX_CRUMB_ITEM)
            if piece:
                c = Chrome("chrome", crumb=True)
                self.crumb_open = still_open
                self.column = crumb_last(line) if crumb_last(line) == "".join(line.split()) else ""
            else:
                self.crumb_open = False
        elif c is not None and c.crumb:
            self.crumb_open = crumb_open(line)
            self.crumb_columns = crumb_columns(line)
        if c is None and not piece and is_bar(line):
            c = Chrome("chrome")  # a bar between links set one a line (outside a breadcrumb, whose piece it may be)
        if (c is None and self.crumb and 0 < len(self.column) <= COLUMN_NAME_MAX
                and "".join(line.split()) == self.column):
            c = Chrome("chrome", crumb=True)  # the column's name set again under its breadcrumb (民生事业)
        elif c is None or not c.crumb or not piece:
            self.column = ""  # (`>> 市政府常务会议 >> 会议简介` may end in the page's own heading: it is kept)
        if c is None and self.dropped and is_stamp(line):
            return []  # a date stamp under dropped chrome (a breadcrumb): the dates stage reads it
        if c is None and label is not None and chrome_value(line, label.keeps_value):
            self.dropped = True
            self.issuer = self.issuer or label.keeps_value
            return [(start, start + len(line))] if label.keeps_value else []
        if c is None and self.links and (is_link_item(line) or after_text and is_listed_title(line)):
            self.dropped = True
            return []
        self.links = bool(c and (c.link_head or self.links))
        self.dropped = c is not None
        self.crumb = bool(c and c.crumb)
        if c is None:
            return None
        if c.takes_value:
            self.label = c
        base = start + len(line) - len(line.lstrip())
        # the footer's owner stands in for an issuer only where the page names none, a banner's site never
        if c.owner and (self.issuer or c.banner):
            self.owner_site = [(base + s, base + e) for s, e in c.values]  # but it still tells the site's place
            return []  # (来源：县农业农村局 ⏎ … ⏎ 主办单位：修武县人民政府办公室: 我县 is 修武县)
        self.issuer = self.issuer or bool(c.values) and not c.owner
        return [(base + s, base + e) for s, e in c.values]


_SHARE_TAIL = re.compile(f"[ \t\u3000\xa0]*{_alt('share_tails')}[ \t\u3000\xa0]*[:：]?[ \t\u3000\xa0]*$")
_TITLE_FIELD = re.compile(f"{_alt('title_field_labels')}[ \t\u3000\xa0]*[:：][ \t\u3000\xa0]*")
_BRACKETED = re.compile(f"【([{CJK}]{{2,30}})】")
# a column's label glued to the front of a headline on its line: 【时政新闻】, 【图片新闻】 (2-8 characters)
_LABEL_LEAD = re.compile(f"【([{CJK}]{{2,8}})】[ \t\u3000\xa0]*(?=[{CJK}0-9０-９“《])")
HEADLINE_AFTER_LABEL_MIN = 4  # the headline after a glued label is this long at least
NEXT_LINE_REACH = 400  # a page's first line's next line is looked for this far at most


def _bracketed_headline(text: str, first: str, end: int) -> str | None:
    """The words of a page's first line set in 【】 when the line right under it is the page's date
    or metadata line (`【政协年中工作会议】⏎2015-09-23 来源: 上海普陀`): that is a headline in brackets over its
    stamp, as a portal sets it, not a column's label (`【图片新闻】` sits over a headline or prose),
    which the chrome stage drops; dropped, the page had no title.  None otherwise."""
    m = _BRACKETED.fullmatch(first)
    if m is None:
        return None
    nxt = _LINE.search(text, end, end + NEXT_LINE_REACH)
    while nxt is not None and not nxt.group().strip():
        nxt = _LINE.search(text, nxt.end(), end + NEXT_LINE_REACH)
    if nxt is None:
        return None
    line = nxt.group().strip()
    c = classify_chrome(line)
    return m.group(1) if is_stamp(line) or (c is not None and c.kind == "meta") else None


def _source_over_stamp(text: str, line: str, end: int) -> tuple[int, int] | None:
    """The span in `line` of a medium's name set alone on it (`chrome.source_alone`: 新华社, 贾辉/黑龙江日报)
    when the next line that is not blank (within `NEXT_LINE_REACH`) is a bare date stamp (`2018-10-10
    16:37`): the page's source and stamp under its headline, set on two lines.  None otherwise."""
    src = source_alone(line)
    if src is None:
        return None
    nxt = _LINE.search(text, end, end + NEXT_LINE_REACH)
    while nxt is not None and not nxt.group().strip():
        nxt = _LINE.search(text, nxt.end(), end + NEXT_LINE_REACH)
    return src if nxt is not None and is_stamp(nxt.group().strip()) else None


PAGE_INDEX_MIN = 3  # an e-paper's headline list names this many stories at least (fewer may be the story's own kicker and title)


def _without_page_index(blocks: list[_Block]) -> list[_Block]:
    """`blocks` less the e-paper's list of the page's headlines read last, above the navigation line
    that closes it (`chrome.closes_page_index`) before any sentence: a run of `PAGE_INDEX_MIN` or more
    bare titles (郑州日报: `“一对一”帮扶` ⏎ `二七区公厕全部铺设无障碍通道` ⏎ … ⏎ `返回主页 | 郑州日报 | 版面导航 |`).
    They are the other stories of the page; left in, they ran on into one heading and gave their
    places and figures (二七区, 三个破洞) to the article set under the bar.  One or two lines stay: they
    may be the story's own kicker and title over a page's bar."""
    k = len(blocks)
    while k > 0 and blocks[k - 1].kind == "para" and is_listed_title(blocks[k - 1].text) \
            and not terminated(blocks[k - 1].text):
        k -= 1
    return blocks[:k] if len(blocks) - k >= PAGE_INDEX_MIN else blocks


def _below_site_header(blocks: list[_Block]) -> list[_Block]:
    """The blocks read before a breadcrumb near the top of a scrape, the site's and the column's names
    and greetings above it (`牟定县人民政府`, `政府动态`, `欢迎访问某县人民政府!`: short lines without a
    comma or a full stop), the page's own title bar, which names the column and the site after the
    headline (`…“四箭齐发” 省内新闻-吉林新闻地图`, `…的通知_某某县人民政府`), and any other line that ends no
    sentence (a hacked page's advertising line), marked `site`: no article text, but the site's owner
    may tell the place."""
    for b in blocks:
        if b.kind == "para" and (
                (len(b.text) <= SITE_NAME_MAX and not any(ch in "，,。；;" for ch in b.text))
                or (len(b.text) <= HEADLINE_MAX and not terminated(b.text))):
            b.kind = "site"
    return blocks


# a scrape's headline with its stamp on the same line: 某县召开…会议 2022-10-25 来源：县应急管理局
_HEAD_STAMP = re.compile(f"(?P<head>[^。！？!?\\s:：][^。！？!?:：]{{3,{HEADLINE_MAX - 2}}}?[^\\s。！？!?；;：:，,、])"
                         f"{_SP}+(?P<stamp>(?:19|20)\\d\\d[-/.年]\\d{{1,2}}[-/.月]\\d{{1,2}}日?(?:{_SP}+\\d{{1,2}}:\\d{{2}}(?::\\d{{2}})?)?"
                         f"{_SP}+\\S.*)")


@dataclass
class _Piece:
    """A part of a line read as a line of its own (`_lines`), with a match's accessors."""
    s: int
    e: int
    text: str

    def group(self) -> str:
        return self.text[self.s:self.e]

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e


def _lines(text: str):
    """The lines of a text (`_LINE` matches); the first line among the first `HEAD_LINES` that is a
    headline with its stamp and fields after it (`…会议 2022-10-25 来源：县应急管理局`, a scrape's header
    set on one line) is read as two: the headline, then the stamp line the chrome reader takes
    (its issuer kept, its date read by the dates stage).  A headline with a bare date stays whole
    (a list page's item: `_mark_headline_list`), so does a line that is chrome whole (`某县政府
    www.… 2024-03-08 来源：…`, a site's name and stamp)."""
    split = False
    for k, m in enumerate(_LINE.finditer(text)):
        h = None if split or k >= HEAD_LINES else _HEAD_STAMP.fullmatch(m.group().strip())
        if (h is None or classify_chrome(h.group("stamp")) is None or classify_chrome(h.group("head")) is not None
                or classify_chrome(m.group()) is not None):  # (a site's name over its stamp: chrome whole)
            yield m
            continue
        split = True
        a = m.start() + len(m.group()) - len(m.group().lstrip())
        yield _Piece(a, a + h.end("head"), text)
        yield _Piece(a + h.start("stamp"), a + h.end("stamp"), text)


MARKDOWN_INDENT = 3  # a `#` headline is indented by at most this many spaces (more is no markdown)


def _markdown_indent(raw: str) -> bool:
    """Can a line's `#` open a markdown headline by its indentation?  A statistics table converted
    from HTML sets its 其中 rows indented with a `#` (`     # 批发零售业` over its figures): no
    headline, and read as one it cut the table into articles titled by its rows.  Markdown allows
    at most three spaces before a headline's `#` (no tab, no ideographic space)."""
    indent = raw[:len(raw) - len(raw.lstrip())]
    return len(indent) <= MARKDOWN_INDENT and "\t" not in indent and "\u3000" not in indent


def _after_figure_cell(out: list[_Block]) -> bool:
    """Is the line read before a table's cell that is one figure (`25.5`)?  Then a `#` line after it
    is the table's 其中 row (`# 批发零售业`), however little it is indented: a headline there cut the
    table into articles titled by its rows."""
    return bool(out) and out[-1].kind == "para" and bool(_BARE_FIGURE.fullmatch(out[-1].text.strip()))


COLUMN_ITEM_MAX = 15  # a column's name (an item of a navigation bar) is at most this long
MIN_BAR_ITEMS = 3  # a navigation bar holds at least this many items


def _column_over_its_bar(out: list[_Block], n_line: int, bar: str) -> bool:
    """Is the last block read the current column's name, set alone on the line right above the
    dropped bar that lists it (`利辛县` over `旗下栏目: 涡阳县 蒙城县 亳州市/谯城区 利辛县`)?  It is no
    headline: left in, it was taken for the article's title."""
    if not out or out[-1].kind != "para" or out[-1].i != n_line - 1:
        return False
    name = out[-1].text
    items = bar.split()
    return (len(items) >= MIN_BAR_ITEMS and 0 < len(name) <= COLUMN_ITEM_MAX and name in items[1:]
            and not terminated(name))


PAGE_LABEL_MAX = 6  # a column's or a news programme's label over a page's headline (今日舞阳) is at most this long


def _label_over_headline(out: list[_Block]) -> None:
    """A page's first line a short label (`通知公告`, `新闻中心`, `法规库`: a column's name, or the
    site's) set apart by a blank line over a headline: page chrome, dropped, no longer run on into
    the headline as one broken line (`通知公告县委县政府…会议召开` lost the article its title).  An issuer's name over its
    notice's title (`县人民政府` / `关于…的通知`), ending in an organ's word, stays; so does a label
    naming a place (`_names_division`).  So is the label over a page's metadata block with the headline
    under it (`预算绩效管理` ⏎ `发布机构: 红河州数据发展中心` ⏎ `发布日期: …` ⏎ `红河州数据发展中心2024年度…自评报告`:
    the column's name, then the page's fields, then its headline, longer than the label)."""
    j = 1
    while j < len(out) and out[j].kind == "meta":
        j += 1  # (the issuer a metadata field named, kept as a block: the fields stand between)
    if len(out) < j + 2:
        return
    a, b = out[0], out[j]
    if j > 1 and len(b.text) <= len(a.text):
        return
    if (a.kind == "para" and b.kind == "para" and b.blank_before and 2 <= len(a.text) <= PAGE_LABEL_MAX
            and not terminated(a.text) and not any(ch.isdigit() for ch in a.text)
            and not _ORGAN_END.search(a.text) and not terminated(b.text)
            and len(b.text) <= HEADLINE_MAX and not any(ch in _CLAUSE_MARKS for ch in a.text)
            and not _names_division(a.text)):
        del out[0]


_ORGAN_END = re.compile(_alt("signer_line_heads") + "$")  # 县人民政府, 县政府办: an issuer's name


def _names_division(label: str) -> bool:
    """Does a short label hold a division's name or short name (`今日舞阳`, `利辛县`)?  Such a label is
    the page's only word of its place where the headline names none (县委…召开), and the gazetteer
    reads a short name only next to an organ's word: it is left as it was."""
    T = table()
    return any(T.candidates(label[i:j]) or T.short_candidates(label[i:j])
               for i in range(len(label)) for j in range(i + 2, len(label) + 1))


SUMMARY_PROBE = 20  # a teaser repeats the article when its first this many characters open the next paragraph


@lru_cache(maxsize=1)
def _summary_label() -> re.Pattern:
    words = [r["word"] for r in L.load_table("page_chrome") if r["list"] == "summary_labels"]
    return re.compile(f"(?:{alt(words)})[ \t\u3000]*[:：][ \t\u3000]*")


REPEATED_TITLE_TAIL_SHORTEST = 10  # a line repeating the end of the line before, from this length, is its title again


def _headline_again(before: str, line: str) -> bool:
    """Is `line` the line before set again: the same words, or (from REPEATED_TITLE_TAIL_SHORTEST
    characters) its end without the issuer opening the title bar (西山区农业农村局关于…答复的函 over
    关于…答复的函: the page's title bar, then the article's own heading)?"""
    return before == line or (len(line) >= REPEATED_TITLE_TAIL_SHORTEST and before.endswith(line))


def _without_repeated_summary(out: list[_Block]) -> list[_Block]:
    """`out` less a page's teaser field whose words open the paragraph after it (涡河网: `摘要:4月30日
    下午,县委书记…陪同调研。走进…` over `4月30日下午,县委书记…`): the page set the article's start twice,
    and the teaser, with no full stop at its cut end, ran into the article's first paragraph."""
    keep = []
    for k, b in enumerate(out):
        m = _summary_label().match(b.text) if b.kind == "para" else None
        if m is not None and k + 1 < len(out):
            probe = b.text[m.end():m.end() + SUMMARY_PROBE]
            if len(probe) == SUMMARY_PROBE and out[k + 1].text.startswith(probe):
                continue
        keep.append(b)
    return keep


def _blocks(text: str) -> list[_Block]:
    out: list[_Block] = []
    prev_end = 0
    n_line = -1  # index among non-blank lines: a dropped chrome line leaves a gap
    chrome = _Chrome()
    running = _running_heads(text)
    chinese = None  # a Chinese page (its English lines are translations): counted at the first English line
    prose = False  # a sentence was read: a breadcrumb further down has no site header above it
    furniture = False  # a page number or a running head was skipped since the last line read
    folio = False  # ... and it was a newspaper's folio (its next story may start under it)
    translating = False  # the line before was an English translation
    paged = _paged_bare_lines(text)
    for m in _lines(text):
        raw = m.group()
        content = raw.strip()
        lost = _LOST_INDENT.match(content)  # ??? 德州新闻网讯 5月6日…: spaces a scrape lost to ?
        if lost and lost.end() < len(content):
            raw = raw[:raw.index(content)] + " " * lost.end() + content[lost.end():]
            content = content[lost.end():]
        if not content:
            continue
        if (_PAGE_NUMBER.fullmatch(content) and (m.start() in paged or not _BARE_PAGE.fullmatch(content))) \
                or content in running:
            furniture = True  # a PDF's page number or running head: the paragraph it cut runs on over it
            folio = folio or bool(_FOLIO.search(content))
            continue
        n_line += 1
        start = m.start() + (len(raw) - len(raw.lstrip()))
        after_chrome = chrome.dropped
        blank = (len(_BREAK.findall(text, prev_end, m.start())) >= 2 or after_chrome) if out and not furniture else False
        page_top, after_page, furniture, folio = folio, furniture, False, False
        next_line = len(_BREAK.findall(text, prev_end, m.start())) < 2
        prev_end = m.end()
        if _RULE_LINE.fullmatch(content):
            chrome.dropped = True  # a drawn rule: nothing runs on over it
            continue
        if (_translation(content) or (translating and next_line and _latin_line(content))) \
                and (chinese := _chinese_page(text) if chinese is None else chinese):
            chrome.dropped = True  # a bilingual page's English line: no text of the article; nothing runs on over it
            translating = True  # (its next line, `Regular Press Conference on August 19, 2022`, is its own)
            continue
        translating = False
        if n_line == 0 and (inner := _bracketed_headline(text, content, m.end())):
            start += content.index(inner)  # the page's headline set in 【】: the title, without its brackets
            content = inner
            kept = None
            chrome.dropped = False
        elif not prose and (meta_title := _meta_doc_title(content)) is not None \
                and all(b.kind in ("meta", "site") for b in out):
            # 名 称: | …关于印发…的通知 |: the page's title set as a metadata field's value, over no headline
            start += meta_title[0]  # (a headline over it has the title already: the field stays chrome)
            content = content[meta_title[0]:meta_title[1]]
            kept = None
        else:
            kept = chrome.read(content, start, prose)
            if kept is None and not prose and (src := _source_over_stamp(text, content, m.end())):
                kept = [(start + src[0], start + src[1])]  # 新华社 ⏎ 2018-10-10 16:37: the stamp's source on its own line
                chrome.dropped = True  # (the stamp under it is dropped as under other chrome: the dates stage reads it)
            if chrome.owner_site:  # the site owner's name, no issuer: read by resolve like a site header
                out.extend(_Block(n_line, s, e, text[s:e], "site", True) for s, e in chrome.owner_site)
                chrome.owner_site = []
        if chrome.crumb and (n_line < HEAD_LINES or not prose):  # a menu of many lines may sit above it
            out = _below_site_header(out)
        elif kept is not None and not prose and closes_page_index(content):
            out = _without_page_index(out)
        prose = prose or (kept is None and (terminated(content) or len(content) > HEADLINE_MAX))
        if kept is not None:
            if not kept and _column_over_its_bar(out, n_line, content):
                out.pop()
            out.extend(_Block(n_line, s, e, text[s:e], "meta", True) for s, e in kept)
            continue
        field = _TITLE_FIELD.match(content)
        if field is not None and field.end() < len(content) and not terminated(content):
            start += field.end()  # 杂志名称: 总票房和银幕数量居世界首位: the headline set as a field's value
            content = content[field.end():]
        label = _LABEL_LEAD.match(content)
        if (label is not None and not terminated(content) and len(content) <= HEADLINE_MAX
                and len(content) - label.end() >= HEADLINE_AFTER_LABEL_MIN
                and not _names_division(label.group(1))):
            start += label.end()  # 【时政新闻】县政府召开常务会议: a column's label glued to the headline, no word of it
            content = content[label.end():]
        share = _SHARE_TAIL.search(content)
        if share is not None and share.start() > 0:
            content = content[:share.start()]  # …8616万人次分享到: a share button glued to the headline, no word of it
        bullet = len(content) - len(content.lstrip(_BULLETS))  # ·城关镇召开…: a list's mark, no text
        if not bullet:  # - 年末农村公路里程459.86万公里: a Markdown list item's mark in a scraped page
            item = _MD_ITEM.match(content)
            bullet = item.end() if item else 0
        if bullet and content[bullet:].strip():
            stripped = content[bullet:].lstrip()
            start += len(content) - len(stripped)
            content = stripped
        kind = "para"
        own_credit = None  # a caption's credit set on its own line after its full stop
        own_rest = None  # the paragraph a chart caption ran into on its line
        hm = _HEADER.match(content) if _markdown_indent(raw) and not _after_figure_cell(out) else None
        if not content.strip("#"):  # a bare "#" line: nothing to extract
            continue
        if hm:
            level = len(hm.group(1))
            kind = "h2" if level == 2 else "h1" if level == 1 else "heading"
            start += hm.end()
            content = content[hm.end():]
        else:
            dm = _DASH_LEAD.match(content)
            if dm and len(content) > dm.end() and len(content) <= 50 and not terminated(content):
                kind = "heading"
                start += dm.end()
                content = content[dm.end():]
            elif (len(content) <= SHORT_LINE and not terminated(content)
                  and not _CAPTION.match(content) and _CREDIT.fullmatch(content)):
                kind = "credit"
            elif _CAPTION.match(content):
                kind = "caption"
                content, own_rest = _caption_run_on(content, start, n_line)
            elif _credited_caption(content):
                kind = "caption"
                k = _story_before_caption(content)
                if k:  # 管理局一共有4个管理站…。图为2月17日，…。新华社记者 某某摄: the story, then its photo's caption
                    out.append(_Block(n_line, start, start + k, content[:k].rstrip(), "para", blank,
                                      after_chrome=after_chrome, page_top=page_top, after_page=after_page))
                    start += k
                    content = content[k:]
                content, own_credit = _split_credit(content, start, n_line)
            elif (len(content) <= SHORT_LINE and not terminated(content)
                  and _is_byline(content) and not _spaced_doc_head(content)):
                kind = "byline"  # (通 告 under a notice's 关于…的 is its head set apart, no writer's name)
        if (kind == "para" and out and out[-1].kind == "para" and _headline_again(out[-1].text, content)
                and REPEATED_HEADLINE_SHORTEST <= len(content) <= HEADLINE_MAX and not terminated(content)
                and not _BARE_FIGURE.fullmatch(content.strip(" \t\u3000|｜"))):
            continue  # a headline a page sets twice (its title bar, then the article's own heading); a
            # table's figure cell repeated down a column (98.4 |⏎98.4 |: three years alike) is no headline
        line = raw.rstrip()
        size = (len(line), _set_width(line), display_width(line)) if len(line) <= WRAP_MAX else (0, 0, 0)
        out.append(_Block(n_line, start, start + len(content), content, kind, blank, after_chrome=after_chrome,
                          size=size, spaced=_letter_spaced(content), page_top=page_top,
                          after_page=after_page))
        if own_credit is not None:
            out[-1].credit = own_credit
        if own_rest is not None:
            out.append(own_rest)
    out = _without_repeated_summary(out)
    _label_over_headline(out)
    _mark_full(out)
    # a line followed directly by a photo credit is that photo's caption
    for b, nxt in zip(out, out[1:]):
        if nxt.kind == "credit" and b.kind in ("para", "caption"):
            b.kind = "caption"
            b.credit = nxt
    _caption_second_lines(out)
    return out


CAPTION_TAIL_MAX = 16  # a chart caption's second line (占地区生产总值比重) is at most this long
_CHART_CAPTION = re.compile(_alt("caption_numbered") + r"\s*[0-9０-９]{1,2}(?![0-9０-９])")


def _caption_second_lines(blocks: list[_Block]) -> None:
    """A statistics bulletin's chart caption set over two lines (`图2 2018-2022年三次产业增加值` ⏎
    `占地区生产总值比重`): the short unterminated line right under a numbered chart caption, with no
    clause mark, is the caption's rest — run on into the next paragraph it read `占地区生产总值比重全盟
    城镇完成新增就业2770人` (stats43)."""
    for b, nxt in zip(blocks, blocks[1:]):
        if b.kind == "caption" and _CHART_CAPTION.match(b.text) and nxt.kind == "para" and nxt.i == b.i + 1 \
                and len(nxt.text) <= CAPTION_TAIL_MAX and not terminated(nxt.text) \
                and not any(ch in _CLAUSE_MARKS or ch.isdigit() or ch == "、" for ch in nxt.text) \
                and not ENUMERATOR.match(nxt.text):  # (二、农业 ⏎ under the chart: the next heading)
            nxt.kind = "caption"


CHINESE_SAMPLE = 4000  # characters of a page sampled to tell it is Chinese
CHINESE_SHORTEST = 40  # ... holding at least this many CJK characters
TRANSLATION_WORDS = 6  # an English line of a Chinese page is a translation from this many words
TRANSLATION_TAIL_WORDS = 2  # ... and the line right under one is its wrapped rest from this many
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def _chinese_page(text: str) -> bool:
    """Does the page's opening hold `CHINESE_SHORTEST` CJK characters at least?"""
    return len(_CJK.findall(text, 0, CHINESE_SAMPLE)) >= CHINESE_SHORTEST


def _latin_line(line: str) -> bool:
    """A line of English words and no CJK character: under a translation's line, the rest of that
    translation wrapped onto the next line (a bilingual title set over two: `Foreign Ministry Spokesperson
    Wang Wenbin's` / `Regular Press Conference on August 19, 2022`), too short to be told on its own."""
    return not _CJK.search(line) and len(_LATIN_WORD.findall(line)) >= TRANSLATION_TAIL_WORDS


def _translation(line: str) -> bool:
    """A line of English prose on a Chinese page (a bilingual transcript's or a mirror's translation under
    each paragraph: `From January to July, the total profits of … increased by 17.1%.`): no CJK
    character and `TRANSLATION_WORDS` words at least.  Its figures and names repeat the Chinese text's."""
    return not _CJK.search(line) and len(_LATIN_WORD.findall(line)) >= TRANSLATION_WORDS


def _byline_match(line: str) -> re.Match | None:
    """`_BYLINE` over the whole line (after a printed paper's mark: □ 本报记者 杜壮), or inside the
    brackets it is set in alone (`（通讯员 王某）`) when no paper's name opens it: `(某某报社记者 王某)`
    closing a story stays text, where the paper places the story (某某报社 → its prefecture)."""
    if line[:1] in "(（" and line[-1:] in ")）":
        m = _BYLINE.fullmatch(line, 1, len(line) - 1)
        return m if m is not None and not m.group("org") else None
    return _BYLINE.fullmatch(line, _byline_mark_end(line)) or _medium_lead_byline(line)


# a reposted story's byline: the medium, its reporter's name with no role, then a role and more names
# (山东商报·速豹新闻网 刘燕 通讯员 杜贵霞); the names group opens at the first name (`_names` splits at the role)
_MEDIUM_LEAD = re.compile(rf"(?P<org>[^\s，,。：:()（）]{{2,15}}?)[ \t\u3000]+(?P<names>[{IDEOGRAPH}]{{2,4}}[ \t\u3000]+"
                          + _ROLE + rf"[ \t\u3000]*[:：]?[ \t\u3000]*[{IDEOGRAPH}·・][{IDEOGRAPH}·・ \t\u3000、]*)")
_MEDIUM_ENDINGS = tuple(_words("byline_medium_endings"))


def _medium_lead_byline(line: str) -> re.Match | None:
    """山东商报·速豹新闻网 刘燕 通讯员 杜贵霞: a medium's name (`byline_medium_endings`), a reporter's name set
    apart by spaces with no role, then a role and its names: a byline as `_BYLINE`'s, the first name one of them
    (no headline of a reporter's names over the story)."""
    m = _MEDIUM_LEAD.fullmatch(line)
    return m if m is not None and m.group("org").endswith(_MEDIUM_ENDINGS) else None


_BYLINE_MARK = re.compile(rf"[{_chars('byline_mark_chars')}][ \t\u3000]*")


def _byline_mark_end(line: str) -> int:
    """Where a byline starts after the box or dot a printed paper sets before it (□ 本报记者 杜壮): the
    mark and its spaces are no paper's name before the role; 0 for a line with no such mark."""
    m = _BYLINE_MARK.match(line)
    return m.end() if m else 0


def _closing_credit(line: str) -> tuple[int, list[str]]:
    """…通电话行政村达到99.6%。(记者 皇甫美鲜): where a credit in brackets closing a paragraph with text
    before it starts, and its reporters (a bracket alone on its line is a byline block already), as
    `_byline_match` reads a bracketed byline; where a paper's name opens it ((宁夏日报记者 杨超)) its reporters
    are read but the paper's name stays text up to the role, as the paper places the story (本报 is no
    paper's name: `own_medium_words`)."""
    m = _CLOSING_CREDIT.search(line) if line.rstrip()[-1:] in ")）" else None
    if m is None:
        return _open_credit(line) if line.rstrip()[-1:] not in ")）" else _bare_credit(line)
    if m.start() == 0 or line[m.start() - 1] not in _CREDIT_AFTER:
        return len(line), []  # (a bracket inside a sentence: 他说(记者 来了) is none)
    credit = m.group().rstrip()
    got = _BYLINE.fullmatch(credit, 1, len(credit) - 1)
    names = [n for n in _names(got.group("names")) if _name_sized(n)] \
        if got is not None else []  # ((记者 潘登吴茜文): two names run together, no one person's — review57)
    if names and got.group("org") and got.group("org") not in _OWN_MEDIUM:
        return m.start() + got.start("org") + len(got.group("org")), names  # (宁夏日报|记者 杨超): the paper stays text
    return (m.start(), names) if names else (len(line), [])


def _open_credit(line: str) -> tuple[int, list[str]]:
    """…督促指导各州市有效开展基金监管。记者 赵维: a paragraph closed by a role and its reporters' names without
    brackets, as a paper's site credits a story on the last line (`_OPEN_CREDIT`) — read as a bracketed closing
    credit is, the names no text.  The role must follow the sentence's end and each name open with a family name
    (…。记者会 is no role: `role_word_tail_chars`)."""
    m = _OPEN_CREDIT.search(line)
    at = m.start() if m is not None else 0
    own = next((w for w in _OWN_MEDIUM if line.endswith(w, 0, at)), "")  # (。本报记者 李明: the paper's own word)
    at -= len(own)
    if m is None or at <= 0 or line[at - 1] not in _CREDIT_AFTER:
        return len(line), []
    names = [n for n in _NAME_SPLIT.split(m.group("inner").strip()) if n]
    if not names or not all(_name_sized(n) and n.startswith(L.surnames()) and n not in _division_names()
                            for n in names):
        return len(line), []
    return at, names


def _bare_credit(line: str) -> tuple[int, list[str]]:
    """…造成直接经济损失247.19万元。(许昌武): a paragraph closed by its reporters' names alone in brackets, as
    county and weather sites credit a story (`_BARE_CREDIT`) — read as `_closing_credit` reads one with a role,
    so the name is no text (许昌|武 was a place, 许昌市, and the subject of the story's figures).  Each name
    opens with a family name, is no division's name and ends in no division's, township's or medium's word
    ((北京), (胡集鎮), (新华社), (全文完) stay: `bare_credit_not_tails`)."""
    m = _BARE_CREDIT.search(line) if line.rstrip()[-1:] in ")）" else None
    if m is None or m.start() == 0 or line[m.start() - 1] not in _CREDIT_AFTER:
        return len(line), []
    names = [n for n in _NAME_SPLIT.split(m.group("inner").strip()) if n]
    if not all(n.startswith(L.surnames()) and n not in _division_names() and not _DIVISION_SUFFIX.search(n)
               and not n.endswith(_words("bare_credit_not_tails")) for n in names):
        return len(line), []
    return m.start(), names


def _is_byline(line: str) -> bool:
    """A byline (`本报记者 王强`): a role word and names after it.  The role word that runs on into a
    word of its own (`…走基层记者团到定安采访`: 记者团, a headline) opens no names."""
    m = _byline_match(line)
    if m is None or not _names(m.group("names")):
        return False
    role_end = m.start("names")
    if line[:role_end].rstrip()[-1:] in ":：" and any(ch in "，," for ch in m.group("names")):
        return False  # a reporter's question (记者：今年以来，…), not names after a colon
    if _headline_clause(m.group("names")):
        return False  # 首场记者招待会，这些回答很干脆: a headline, 记者 inside a word of it
    if m.group("names").lstrip(" \t\u3000:：").startswith(_CLAUSE_OPENERS):
        return False  # 主流媒体记者走进海陵九龙: the role then a verb, a headline's clause (dangbao92)
    return line[role_end - 1:role_end].isspace() or not forms_word(line[:role_end], line[role_end:])


_CLAUSE_OPENERS = tuple(_words("byline_clause_openers"))  # 走进, 来到: a verb after the role opens no name
BYLINE_NAME_LONGEST = 4  # Han characters of a name without a middle dot (欧阳小明; 买买提·艾力 has one)


def _headline_clause(names: str) -> bool:
    """Is the would-be names part of a byline a headline's clauses: a clause comma in it and a
    piece longer than any name (首场记者招待会，这些回答很干脆)?  A byline's names are short pieces
    (本报记者 王强，通讯员 李明)."""
    if not any(ch in "，," for ch in names):
        return False
    pieces = (_NAME_TAIL.sub("", p.strip(" \t\u3000()（）:：")) for p in _NAME_SPLIT.split(names))
    return not all(_name_sized(p) for p in pieces)


def _name_sized(piece: str) -> bool:
    """Is a byline's piece no longer than one name (`BYLINE_NAME_LONGEST`, or any length with a middle dot:
    买买提·艾力)?  Longer is a clause, or two names run together (潘登吴茜文)."""
    return len(piece) <= BYLINE_NAME_LONGEST or any(d in piece for d in NAME_DOTS)


def _credited_caption(line: str) -> bool:
    """A photo's caption with its credit after its full stop (`9月5日，省长某某会见…一行。记者 某某 摄`):
    the sentence the caption repeats is the article's; the line is no headline and no text."""
    cut = line.rfind("。")
    tail = line[cut + 1:].strip() if cut >= 0 else ""
    return bool(tail) and len(tail) <= SHORT_LINE and bool(_CREDIT.fullmatch(tail))


def _caption_run_on(line: str, start: int, n_line: int) -> tuple[str, "_Block | None"]:
    """A chart caption and the paragraph a scrape ran onto its line (`图3 2015-2019年城镇居民人均可支配
    收入及其增长速度全年城镇居民人均可支配收入40046元，增长6.5%。`): the caption to its tail (及其增长速度),
    the rest a paragraph of its own when it is a terminated sentence — read as a caption, the line's
    figures were lost.  The line itself, None, for any other caption."""
    m = CHART_CAPTION_RUN.match(line)
    if m is None:
        return line, None
    lead = len(line) - len(line[m.end():].lstrip(" \t\u3000"))
    rest = line[lead:]
    if len(rest) < 2 or not terminated(rest) or not any(ch.isdigit() for ch in rest):
        return line, None
    return line[:m.end()], _Block(n_line, start + lead, start + len(line), rest, "para", False)


_CAPTION_LEADS = tuple(_words("caption_leads"))  # 图为


def _story_before_caption(line: str) -> int:
    """内蒙古贺兰山国家级自然保护区管理局一共有4个管理站…。图为2月17日，…管护员在修理防护栏。新华社记者
    某某摄: a photo story set as one credited line, its sentences first and the caption (opening with
    图为) after them; the sentences before the caption are the story's text, not the caption's
    (their figures and bodies are read).  Where the caption starts (past its white space), 0 when no
    sentence comes before a caption lead."""
    for lead in _CAPTION_LEADS:
        k = line.find("。" + lead)
        if k > 0:
            return k + 1
    return 0


def _split_credit(line: str, start: int, n_line: int) -> tuple[str, "_Block"]:
    """A credited caption's own text (to its full stop) and its credit as a block of its own
    (`某村彝家新寨。 本报特约记者 某某 摄`): the credit names the photographer, no place or body of the
    story, and is read as every credit is (people and agencies with source offsets)."""
    cut = line.rfind("。") + 1
    lead = len(line) - len(line[cut:].lstrip())
    tail = line[lead:]
    return line[:cut], _Block(n_line, start + lead, start + len(line), tail, "credit", False)


def _running_heads(text: str) -> frozenset[str]:
    """Lines a PDF conversion repeats at the top or foot of every page (`某某县人民政府公报`,
    `2023年第5期`): short unterminated lines seen at least twice, each time right before or after a
    page number (`— 3 —`), which is where a page ends and the next begins; the head set over page 1,
    the text's first line, has no page number before it, and is not counted against it.  A head set
    with its page number on one line (`某某县统计局  第 3 页`) is one too when its head recurs so.  A value a table or a
    list repeats (the same unit on many rows) stands among rows, and stays.  A newspaper's folio
    (`2020年9月25日 星期五      某某晚报      A03`: a date, then fields set apart by wide gaps) repeated
    as it is over each page is one too, though it holds its own page number."""
    seen: Counter = Counter()
    by_number: Counter = Counter()  # occurrences next to a page number
    folios: Counter = Counter()  # a newspaper's folio line: its date, name and page set far apart
    numbered: dict[str, list[str]] = {}  # a head set with its page number on one line: its lines
    bare: list[tuple[int, int, int, int]] = []  # bare `N/M` lines: (N, M, start, end)
    bare_credits: list[tuple[str, int]] = []  # a line next to a bare number, and that number's index
    prev_line, prev_number, prev_credited, prev_bare = None, False, False, None
    first = True  # the text's first line: the top of page 1, with no page number before it
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        number = bool(_PAGE_NUMBER.fullmatch(line))
        b = _BARE_PAGE.fullmatch(line) if number else None
        if b:
            bare.append((int(b.group("n")), int(b.group("of")), m.start(), m.end()))
        if number and prev_line is not None and not prev_credited:
            if b:
                bare_credits.append((prev_line, len(bare) - 1))
            else:
                by_number[prev_line] += 1  # the line before a page number
        candidate = not number and _head_candidate(line)
        prev_credited = False
        if (not number and len(line) <= FOLIO_MAX and (fm := _FOLIO_NUMBER.fullmatch(line))
                and _head_candidate(head := fm.group("head") or fm.group("tail"))):  # (a footer is short: no long line tried)
            numbered.setdefault(head, []).append((line, fm, m.start(), m.end()))
        if candidate and not first:
            seen[line] += 1
            if prev_number:
                if prev_bare is not None:
                    bare_credits.append((line, prev_bare))
                else:
                    by_number[line] += 1  # the line after a page number
                prev_credited = True
        prev_line, prev_number, first = (line if candidate else None), number, False
        prev_bare = len(bare) - 1 if b else None
        if not candidate and not number and len(line) <= FOLIO_MAX and not terminated(line) and _FOLIO.search(line):
            folios[line] += 1
    paging = _paging(bare, text)
    by_number.update(line for line, i in bare_credits if i in paging)
    return frozenset([line for line, k in seen.items() if k >= RUNNING_HEAD_MIN and by_number[line] >= k]
                     + [line for line, k in folios.items() if k >= RUNNING_HEAD_MIN]
                     + [line for lines in numbered.values() if _paged(lines, text) for line, *_ in lines])


def _paged_bare_lines(text: str) -> frozenset[int]:
    """The starts of the bare `N/M` lines that number pages (`_paging`: a form feed beside one, or
    pages numbered one by one), and of those that cut a sentence (`…社会消费品零售总额` / `3 / 5` /
    `160.4亿元`: the line above is prose left unterminated).  Any other lone `3/12` is content — a
    fraction a report writes (完成3/12), a table's cell — and stays in the text."""
    if "/" not in text and "／" not in text:
        return frozenset()
    bare, cut, above = [], set(), ""
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        b = _BARE_PAGE.fullmatch(line)
        if b:
            bare.append((int(b.group("n")), int(b.group("of")), m.start(), m.end()))
            if len(above) >= WRAP_MIN and not terminated(above):
                cut.add(m.start())
        above = line
    return frozenset(bare[i][2] for i in _paging(bare, text)) | cut


def _page_after(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Is bare number b (N, M, start, end) the page after a: the same total, one more, a page of
    text between?"""
    return b[0] == a[0] + 1 and b[1] == a[1] and b[2] - a[3] >= PAGE_TEXT_MIN


def _paging(bare: list[tuple[int, int, int, int]], text: str) -> set[int]:
    """The bare `N/M` lines that number pages (a form feed next to one, or the page before or after
    it numbered so): only these witness a running head beside them; a list's `整改完成情况` / `3/12`
    / … / `整改完成情况` / `7/12` is content."""
    return {i for i, x in enumerate(bare)
            if text[x[2] - 1:x[2]] == "\f" or text[x[3]:x[3] + 1] == "\f"
            or (i and _page_after(bare[i - 1], x)) or (i + 1 < len(bare) and _page_after(x, bare[i + 1]))}


def _paged(lines: list, text: str) -> bool:
    """A head set with its page number on one line, recurring over pages: `— 3 —` and `第 3 页` say
    page, but a bare `3/12` is a fraction a report writes in its text as well (`整改完成情况  3/12` /
    `整改完成情况  7/12`, two items of a list), so the bare form needs a page's evidence: a form feed
    next to each line, or pages numbered one by one (the same total, each number one more) with at
    least a page of text between."""
    if len(lines) < RUNNING_HEAD_MIN:
        return False
    bare = []
    for line, fm, start, end in lines:
        number = line[fm.end("head"):] if fm.group("head") is not None else line[:fm.start("tail")]
        b = _BARE_PAGE.fullmatch(number.strip())
        if b is None:
            continue
        if text[start - 1:start] == "\f" or text[end:end + 1] == "\f":
            continue  # (a form feed: the page ends there)
        bare.append((int(b.group("n")), int(b.group("of")), start, end))
    if len(bare) == 1:  # (one bare number among a head's `第 N 页` lines: the head is a footer still)
        return len(lines) - 1 >= RUNNING_HEAD_MIN
    return all(_page_after(a, b) for a, b in zip(bare, bare[1:]))


def _head_candidate(line: str) -> bool:
    """Can a line be a running head: short, unterminated, with Chinese in it (a sentence is not)."""
    return (RUNNING_HEAD_SHORTEST <= len(line) <= SHORT_LINE and not terminated(line)
            and _CJK.search(line) is not None)


# a space a PDF conversion sets between a Chinese character and a run of figures or Latin letters
# (`地区生产总值 702922 万元`, `2023 年`): the page shows no such space
_CONVERSION_SPACE = re.compile(f"(?<=[{CJK}，。；：、）])[ ]+(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%％])[ ]+(?=[{CJK}，。；：、（])")


def _set_width(line: str) -> int:
    """A line's width in columns as the page set it (`display_width`), less the spaces a PDF conversion
    puts around figures: a hard-wrapped bulletin's lines that hold many figures (`第一产业增加值 138608`
    ⏎ `万元，增长 3.2%，…`) measured wider than its prose lines, the text had no wrap width, and each of
    its sentences the wrap broke was cut in two (`增长 3.2%` with no indicator)."""
    return display_width(_CONVERSION_SPACE.sub("", line))


def _wrap_band(sizes: list[int], least: int) -> tuple[int, int] | None:
    """The band of sizes (`WRAP_SLACK` either side) that most lines of a hard-wrapped text fill, when
    at least `WRAP_LINES` lines and `WRAP_SHARE` of the lines measured (of size `least` or more) fall
    in it and hardly any (`WRAP_WIDER`) is wider, else None."""
    counts = Counter(x for x in sizes if x >= least)
    if not counts:
        return None
    inside = {w: sum(counts.get(w + k, 0) for k in range(-WRAP_SLACK, WRAP_SLACK + 1)) for w in counts}
    best = max(inside, key=lambda w: (inside[w], w))
    total = sum(counts.values())
    wider = sum(k for w, k in counts.items() if w > best + WRAP_SLACK)
    if inside[best] < WRAP_LINES or inside[best] < WRAP_SHARE * total or wider > WRAP_WIDER * total:
        return None  # a wrap caps its lines: lines of many lengths around a common one are a list
    return best - WRAP_SLACK, best + WRAP_SLACK


def _mark_full(blocks: list[_Block]) -> None:
    """Mark the lines that fill the width of a hard-wrapped text (a PDF conversion, a scrape wrapped
    at 35 characters): most of its prose lines have one length, in columns (a PDF wraps by width)
    or in characters (a mail or a scrape wraps by count).  Such a line that ends unterminated is a
    sentence the wrap cut, however short the line.  In columns a conversion's spaces around figures
    are left out (`_set_width`) unless the lines fill no one width so, and do with the spaces: a
    township's report whose page set a space either side of each figure (`粮播面积 31392 亩，产量
    12209.2 吨，完成撂荒地开垦` ⏎ `1483 亩，…`) wraps its figure lines at its prose lines' width only
    with the spaces counted; measured without, no width held, and each sentence the wrap broke was cut
    in two (`1483 亩` read with the indicator 亩)."""
    paras = [b for b in blocks if b.kind == "para"]
    bands = [(k, _wrap_band([b.size[k] for b in paras], least)) for k, least in ((0, WRAP_MIN // 2), (1, WRAP_MIN))]
    if bands[1][1] is None:  # the page set its spaces around figures: measured with them (`_spaced_band`)
        bands[1] = (2, _wrap_band([b.size[2] for b in paras], WRAP_MIN))
    bands = [(k, band) for k, band in bands if band is not None]
    if not bands:
        return
    ends = _runs_end_sentences(blocks)
    for b, ends_sentence in zip(blocks, ends):
        b.full = b.kind == "para" and ends_sentence and any(_fills(b.size, k, band) for k, band in bands)


def _fills(size: tuple[int, ...], k: int, band: tuple[int, int]) -> bool:
    """Does a line of this size fill the band of measure `k`: in columns, measured either way (a line
    of figures of a page that set spaces around them, `31.88 亿元，增长 7%，其中农业总产值 17.2 亿元，增长`,
    fills its prose lines' width only with the spaces counted)."""
    lo, hi = band
    return lo <= size[k] <= hi or (k in (1, 2) and any(lo <= w <= hi for w in size[1:]))


def _runs_end_sentences(blocks: list[_Block]) -> list[bool]:
    """For each line, does the run of lines from it (each on the next line, no blank line between)
    reach a line that ends a sentence?  A wrapped paragraph does; a list of headlines of one length
    does not, and its lines are no wrap.  One pass from the end."""
    out = [False] * len(blocks)
    for k in range(len(blocks) - 1, -1, -1):
        b = blocks[k]
        if terminated(b.text):
            out[k] = True
        elif k + 1 < len(blocks):
            nb = blocks[k + 1]
            out[k] = out[k + 1] and nb.i == b.i + 1 and not nb.blank_before and nb.kind == "para"
    return out


def _wire_dateline(text: str, pos: int = 0) -> re.Match | None:
    """A wire dateline with its reporters named alone in the bracket (中新社长春2月7日电 (李彦国 陈博宜)),
    as `_DATELINE` matches one with a role word (记者 刘相琳): the head must open with a medium
    (`_WIRE_MEDIUM`) and each name with a family name (surnames.tsv), so a bracketed note after
    the dateline (电 (完), (图文)) is none."""
    m = _WIRE_DATELINE.match(text, pos)
    if m is None or not _WIRE_MEDIUM.match(m.group("org")) \
            or not all(n.startswith(L.surnames()) for n in _NAME_SPLIT.split(m.group("inner").strip()) if n):
        return None
    return m


# the dateline's head is a medium's (据)中新社|长春, 新华网|北京, 本报|北京: a title run into it (●…结束访华据新华社…)
# is no dateline of this kind
_WIRE_MEDIUM = re.compile(rf"(?:据)?[{IDEOGRAPH}]{{1,8}}?(?:社|網|网|报|報|台)")


def _names(s: str) -> list[str]:
    """Person names from the part of a byline/dateline after the role word; they end at a metadata
    field set on the same line (`记者 汪晓东 谢建伟  来源:人民网`: 来源:人民网 is no name)."""
    out = []
    chunks = _ROLE_SPLIT.split(s)
    for k, chunk in enumerate(chunks):
        pieces = _NAME_SPLIT.split(_SPACED_NAME.sub(_join_spaced_name, chunk))
        if k + 1 < len(chunks) and pieces[-1] and (len(pieces) > 1 or (k == 0 and chunks[1].strip(" \t\u3000:："))):
            pieces = pieces[:-1]  # 记者刘伟 东北网|记者印蕾: glued to the next role, its medium, no name; so
            # the first word glued to the role the names follow (浙江在线|记者 金春华; 王某记者 alone: a name)
        for name in pieces:
            if opens_field(name.strip(" \t\u3000()（）")):
                return out
            name = name.strip(" \t\u3000()（）:：" + _ROLE_BARS)  # (记者丨陈正明: the bar is no name's)
            if _TAIL_WORD.fullmatch(name):
                continue  # 记者 尼加提 王艳 董喆 摄影报道: the tail standing alone, no 摄影 left of it as a name
            if name in _CREDIT_OPENER_WORDS:
                continue  # (记者 姜歌 王博 图片 张威): the photographer's role standing alone, no name
            name = _NAME_TAIL.sub("", name)
            if 1 < len(name) <= 8 and not any(c.isdigit() for c in name) and _CJK.search(name) \
                    and not _TAIL_WORD.fullmatch(name) and not (len(name) > 2 and name.endswith(_UNIT_ENDINGS)):
                out.extend(_glued_names(name))
    return out


# a two-character name a paper set to the width of three with a space inside (本报记者张 杰, 记者 王 强,
# dangbao92): a family name alone, one space, one character alone (`_join_spaced_name`)
_SPACED_NAME = re.compile(f"(?<![{HAN}])([{HAN}])[ \t\u3000]([{HAN}])(?![{HAN}])")


def _join_spaced_name(m: re.Match) -> str:
    """`张 杰` → `张杰` when the first character is a family name (`_SPACED_NAME`); else as written."""
    return m.group(1) + m.group(2) if m.group(1) in L.surnames() else m.group()


_GLUED_RUN = re.compile(f"[{HAN}]{{5,6}}")


def _glued_names(name: str) -> list[str]:
    """Two reporters' names run together where a scrape lost the space between them (通讯员谢徐军姜承云
    → 谢徐军, 姜承云; the byline took one person 谢徐军姜承云): a run of five or six Han characters with
    exactly one cut into two names of two or three characters, each opening with a family name.  Any
    other run is kept as it is (a name of four: 欧阳明华, 扎西顿珠; a cut both ways: no guess)."""
    if not _GLUED_RUN.fullmatch(name):
        return [name]
    sn = L.single_surnames()
    cuts = [k for k in (2, 3) if 2 <= len(name) - k <= 3 and name[0] in sn and name[k] in sn]
    return [name[:cuts[0]], name[cuts[0]:]] if len(cuts) == 1 else [name]


# ---------------------------------------------------------------------------- articles

@dataclass
class _Para:
    pieces: list[tuple[int, int]]  # source spans, in reading order
    kind: str  # body or heading
    first: _Block
    last: _Block
    dateline: bool = False
    lead: bool = False  # a lead/pull-quote box: never joined to what follows
    closed: bool = False  # a byline line follows it (齐鲁晚报 2024年02月07日 / 记者 陶春燕): it ends there

    def tail(self, text: str) -> str:
        s, e = self.pieces[-1]
        return text[s:e]

    def head(self, text: str) -> str:
        s, e = self.pieces[0]
        return text[s:e]


@dataclass
class _Region:
    first: int  # source offset of its first block
    headers: list[_Block] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    flow: list[_Para] = field(default_factory=list)
    captions: list[_Block] = field(default_factory=list)
    meta: list[_Block] = field(default_factory=list)  # issuers named in the page's metadata block
    end: int = 0  # source offset where the next region starts
    finished: bool = False  # some body paragraph (as split on the page) ends a sentence
    n_body: int = 0
    dispatched: bool = False  # a body paragraph opened with a dispatch head (本报讯…): see `_opens_dispatch`
    bare_dateline: bool = False  # the dateline a bare line gave (`_BARE_WIRE_LINE`): the lead's full one replaces it

    def body(self) -> list[_Para]:
        return [p for p in self.flow if p.kind == "body"]


# a joint notice's title names every issuer before its 关于 (成都市发展和改革委员会 中共成都市委社会工作部
# 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发…实施方案的通知, tongzhi98): a line with 关于 that
# ends in a document's head and has no clause mark is a title up to this length, though past a headline's
DOC_TITLE_MAX = 128


def _long_doc_title(line: str) -> bool:
    """A document's title too long for a headline (`HEADLINE_MAX` < length <= `DOC_TITLE_MAX`): 关于 in
    it, its end a document's head (…的通知), no clause mark."""
    line = line.strip()
    return (HEADLINE_MAX < len(line) <= DOC_TITLE_MAX and "关于" in line
            and not any(ch in _CLAUSE_MARKS for ch in line) and bool(_TITLE_END.search(line)))


# a public-information page's 标题 or 名称 field holding the document's title (名 称: | 上海市嘉定区人民政府
# 办公室关于转发《…实施方案》的通知 |, [标题] | 某某区人民政府关于印发…的通知 |): the chrome stage drops the
# line as metadata, and a page that sets its title nowhere else (the notice's text under its salutation
# right after the block, jiedu108) lost it, or took the next stray cell line (公开属性: | 全部公开) instead
_META_TITLE = re.compile(f"[\\[【]?(?:标{_SP}*题|名{_SP}*称)(?P<sep>[\\]】]?{_SP}*[:：]?{_SP}*[|｜]?){_SP}*"
                         f"(?P<v>[^|｜\\s]{{8,{DOC_TITLE_MAX}}})(?:[|｜]|{_SP})*")


def _meta_doc_title(line: str) -> tuple[int, int] | None:
    """The span in `line` of a document's title set as the value of a metadata block's 标题 or 名称
    field (the line nothing else: the label, a colon or a table's bar, the value, empty cells): a
    value with no clause mark that ends in a document's head (…的通知, …实施方案).  None otherwise."""
    m = _META_TITLE.fullmatch(line)
    if m is None or not m.group("sep").strip():
        return None
    v = m.group("v")
    if any(ch in _CLAUSE_MARKS for ch in v) or not _TITLE_END.search(v):
        return None
    return m.span("v")


def _exclaimed_headline(blocks: list[_Block]) -> bool:
    """A portal's headline ending in an exclamation or a question mark (`…百强镇公布!宜都这个乡镇上榜!`)
    over the page's metadata line it stands above (来源, 时间: dropped as chrome): a headline, though
    its mark ends a sentence."""
    t = blocks[0].text.rstrip().rstrip(CLOSERS)
    return (len(blocks) >= 2 and bool(t) and t[-1] in "!！?？" and len(blocks[0].text) <= HEADLINE_MAX
            and blocks[1].after_chrome and not blocks[0].after_chrome)


def _headline_like(blocks: list[_Block]) -> bool:
    b = blocks[0]
    if (b.kind != "para" or (len(b.text) > HEADLINE_MAX and not _long_doc_title(b.text))
            or (terminated(b.text) and not _exclaimed_headline(blocks)) or len(blocks) < 2):
        return False
    if _DATELINE.match(b.text) or b.text.rstrip().endswith(_OPEN_CLAUSE_ENDS):
        return False  # (为进一步…，根据《…办法》(苏办发〔2020〕9号)的规定, ⏎ 海安市…: a sentence broken after its comma)
    nxt = blocks[1]
    return (nxt.kind != "para" or terminated(nxt.text) or len(nxt.text) > HEADLINE_MAX
            or _credit_bracket_after_stop(nxt.text)  # a photo's caption under the headline
            or _titled(b.text, nxt.text) or nxt.after_chrome  # a scrape's headline over its metadata
            or _page_stamp(nxt.text)  # ... or over the page's bare date stamp (某县召开… / 2023-12-05)
            or _dateline_only(nxt.text)  # ... or over a wire dateline set on a line of its own (中新社上海6月3日电 (记者 姜煜))
            or (nxt.full and (nxt.blank_before or not b.full))  # a headline over a hard-wrapped paragraph
            or _prose_run(blocks, 1)
            or _speaker_over_date(b.text, blocks)
            or _ORIGINAL_TITLE.match(nxt.text) is not None  # a repost's headline over 原标题:…
            or _notice_over_fields(blocks)  # a notice's title over a scrape's fields, their colons lost
            or _title_over_first_heading(b.text, nxt.text))


def _title_over_first_heading(title: str, nxt: str) -> bool:
    """某市养老服务体系建设实施方案 ⏎ 一、总体要求 ⏎ （一）指导思想, 县民政局工作总结 ⏎ 一、各项工作目标任务完成情况
    (minzheng115): a line ending in a document head with no clause mark, over a numbered heading, is the
    document's title — its first section opens under it (was no title: a heading under a heading read as
    no prose)."""
    t = title.strip()
    return bool(ENUMERATOR.match(nxt.strip())) and not any(ch in _CLAUSE_MARKS for ch in t) \
        and bool(_TITLE_END.search(t))


_OPEN_CLAUSE_ENDS = ("，", ",")  # a line ending so goes on in the next: no headline (zhaopin114)
FIELD_LINES = 2  # short lines of a scrape's fields between a notice's title and its text, at most


def _notice_over_fields(blocks: list[_Block]) -> bool:
    """衡阳县2025年卫健系统公开招聘专业技术人员公告 ⏎ 发布单位衡阳县卫健系统 ⏎ 工作地点湖南 ⏎ 为加强…。 (zhaopin114):
    a line ending in a document head with no clause mark, over one or two short unterminated lines with no
    clause mark (a job site's fields, their colons lost) and then prose, is the notice's title (was no
    title: the short line under it read as a list's)."""
    t = blocks[0].text.strip()
    if any(ch in _CLAUSE_MARKS for ch in t) or not _TITLE_END.search(t):
        return False
    for k in range(1, min(len(blocks), FIELD_LINES + 2)):
        b = blocks[k]
        s = b.text.strip()
        if b.kind != "para" or not s:
            return False
        if k > 1 and (terminated(s) or len(s) > HEADLINE_MAX):
            return True
        if len(s) > SHORT_LINE or terminated(s) or any(ch in _CLAUSE_MARKS for ch in s) or _TITLE_END.search(s) \
                or any(ch in _FIELD_NOT_CHARS for ch in s):
            return False  # (福建省厦门市人民政府（2002年）: a regulation's issuer and year, its subtitle, no field)
    return False


_FIELD_NOT_CHARS = "（）()"  # a line with a bracket is an issuer's or a date's line under a title, no scraped field


_SPEECH_TITLE_HEADS = tuple(_words("speech_title_heads"))
_ORIGINAL_TITLE = re.compile(f"[ \t\u3000]*(?:{_alt('original_title_marks')})[ \t\u3000]*[:：]")
_NAME_GAPS = re.compile(r"[ \t\u3000]")
_HAN_NAME = re.compile(f"[{HAN}]+")


def _speaker_over_date(title: str, blocks: list[_Block]) -> bool:
    """jianghua108: 在迎春茶话会上的致辞 ⏎ 周生信 ⏎ （2004年1月19日） ⏎ 同志们、朋友们：: a speech's title over its
    speaker's bare name (a family name first, no division's name; 周 生 信 set to width too) and the date line
    of the speech — the transcript's head, the title though the name under it is a short unterminated line."""
    if len(blocks) < 3 or not title.rstrip().endswith(_SPEECH_TITLE_HEADS) or blocks[1].kind != "para":
        return False
    name = _NAME_GAPS.sub("", blocks[1].text.strip())
    return (2 <= len(name) <= BYLINE_NAME_LONGEST and _HAN_NAME.fullmatch(name) is not None
            and name.startswith(L.surnames()) and name not in _division_names()
            and bool(_DATE_LINE.fullmatch(blocks[2].text.strip())))


def _dateline_only(line: str) -> bool:
    """中新社上海6月3日电 (记者 姜煜), 东南网9月12日讯(海峡导报记者 黄奕琳): a line that is a dateline and nothing
    else (the story's first sentence on the next line) — the short line over it is the headline, as
    over a dateline that opens the body (shangwu86: four wire stories lost their titles so)."""
    m = _dateline_at(line)
    return m is not None and not line[m.end():].strip()


# 中新网 呼和浩特11月9日电 (记者 张林虎): a medium (as `_WIRE_MEDIUM`), spaces, then the dateline's place (sifa89)
_MEDIUM_SPACE = re.compile(rf"(?:据)?[{IDEOGRAPH}]{{1,8}}?(?:社|網|网|报|報|台)[ \t\u3000]+(?=[{IDEOGRAPH}])")


def _dateline_at(text: str) -> re.Match | None:
    """The dateline opening `text` (`_DATELINE`, `_wire_dateline`), or one after its medium and a space
    (中新网 呼和浩特11月9日电 (记者 张林虎): the match from the place on, its end the dateline's end), or a
    bare wire dateline that is the whole line (`_BARE_WIRE_LINE`)."""
    m = _DATELINE.match(text) or _wire_dateline(text)
    if m is None and (head := _MEDIUM_SPACE.match(text)) is not None:
        m = _DATELINE.match(text, head.end()) or _wire_dateline(text, head.end())
    if m is None:
        m = _BARE_WIRE_LINE.fullmatch(text.rstrip()) or _BARE_WIRE_LEAD.match(text)
    return m


# youzheng104: a wire dateline with no bracket set alone on its line (新华社北京4月21日电 over the lead
# 国家邮政局19号公布…): a medium (as `_WIRE_MEDIUM`), the place, the day and 电/讯, nothing after — the
# dateline (where the story was filed), and the short line above it the headline; an empty `inner`
# (no reporters named).  Only a whole line here; one opening the lead before a space: `_BARE_WIRE_LEAD`.
_BARE_WIRE_LINE = re.compile(rf"[ \t\u3000]*(?P<org>[{IDEOGRAPH}]{{1,8}}?(?:社|網|网|报|報|台)[ \t\u3000]*"
                             rf"[{IDEOGRAPH}]{{1,8}}?[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日[电電讯訊])(?P<inner>)")
# renda114: the same dateline opening the lead, a space between it and the prose (据新华社北京3月10日电 十三届全国人大
# 四次会议主席团…): where the story was filed, kept out of the text (the dateline's place as `resolve` reads one)
_BARE_WIRE_LEAD = re.compile(_BARE_WIRE_LINE.pattern + rf"(?=[ \t\u3000]+[{IDEOGRAPH}])")


def _credit_bracket_after_stop(line: str) -> bool:
    """西阳镇美丽圩镇入口旧貌换新颜。(林翔 摄), …提升乡村人气。(长沙镇政府供图): a sentence ended, then a short
    bracket (a photo's credit, no role named) closing the line — a terminated line, as a caption under
    a scraped page's headline is; read as unterminated, the headline ran into it and was lost."""
    return _STOP_THEN_BRACKET.search(line.rstrip()) is not None


_STOP_THEN_BRACKET = re.compile(r"[。！？!?][ \t\u3000]*[（(][^（()）。！？!?]{1,16}[)）]$")


def _prose_run(blocks: list[_Block], k: int) -> bool:
    """Do the lines from `blocks[k]` make one prose paragraph wrapped over lines: the first holds a
    clause mark and a sentence ends within `PROSE_RUN` lines that follow one another without a blank
    line (a list of short lines has none of this)."""
    if not any(ch in _CLAUSE_MARKS + "、" for ch in blocks[k].text):
        return False
    for j in range(k, min(k + PROSE_RUN, len(blocks))):
        b = blocks[j]
        if b.kind != "para" or (j > k and b.blank_before):
            return False
        if terminated(b.text):
            return j > k
    return False


def _cut_title_bar(b: _Block) -> None:
    """A headline copied from a page's title bar holds the site's or the column's name set off by `_`
    or `|` (`…解读政策措施|某某网`, `…的通知_某某县人民政府`, `人事时间|哪些省份将…`): the title is the
    longest of the parts (no Chinese headline holds these marks; the first of equals).  Not a table's
    line naming what the table measures (`指标:工业增加值_同比增长(%) | ||||||`, a statistics database's
    by-place table): its `_` joins the indicator's words, its bars are empty cells."""
    if _BAR.search(b.text) is None or _TABLE_HEAD_LINE.match(b.text):
        return
    s, e = _title_bar_head(b.text)
    if e - s >= TITLE_BAR_HEAD:
        b.start, b.end, b.text = b.start + s, b.start + e, b.text[s:e]


def _title_bar_head(text: str) -> tuple[int, int]:
    """The span of the longest part of a title bar between its `_` or `|` marks, without white space."""
    parts, pos = [], 0
    for m in _BAR.finditer(text):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(text)))
    s, e = max(parts, key=lambda p: (len(text[p[0]:p[1]].strip()), -p[0]))
    part = text[s:e]
    return s + len(part) - len(part.lstrip()), e - (len(part) - len(part.rstrip()))


def page_title_head(title: str) -> str:
    """The headline of a page's <title>, which names the site or the column after it (`…的通知_某某县
    人民政府`, `…|某某网`): an article without a headline of its own takes this, not the whole bar."""
    s, e = _title_bar_head(title)
    return title[s:e] if _BAR.search(title) and e - s >= TITLE_BAR_HEAD else title


def _two_line_title(lines: list[_Block]) -> bool:
    """A document's title set over two lines (`某某县人民政府办公室关于印发某某县` / `安全生产工作要点的通知`):
    two unterminated lines in a row without clause marks that end with a document head together, over
    a document number, a date, a salutation or prose."""
    if len(lines) < 3 or lines[0].kind != "para" or lines[1].kind != "para":
        return False
    a, b, c = lines[0], lines[1], lines[2]
    if b.i != a.i + 1 or b.blank_before or terminated(a.text) or terminated(b.text):
        return False
    if _DOC_NUMBER.fullmatch(a.text):  # the document number over the title (沪府发〔2017〕92号): no part of it
        return False
    both = "".join((a.text + b.text).split()) if a.spaced or b.spaced else a.text + b.text
    if any(ch in _CLAUSE_MARKS for ch in both) or not _TITLE_END.search(both):
        return False
    return (_opens_unit(c.text) or bool(_SIGNATURE.fullmatch(c.text)) or terminated(c.text)
            or len(c.text) > HEADLINE_MAX or c.full)


TITLE_LINES = 3  # a notice's title is set over this many lines at most


def _split_title(lines: list[_Block]) -> int:
    """How many lines a notice's title is set over, when it is broken before its end (`湖南省人民政府办公厅
    关于加强普通高等学校` / `毕业生就业工作的通知`, `…关于印发广东省` / `进一步…发展` / `实施方案的通知`), with
    or without blank lines between: 2 to `TITLE_LINES` unterminated lines without clause marks, none
    but the last ending in a document head, all of them ending in one together, the first holding
    关于 (a notice's title names its matter so) or naming the issuer over a line opening with it, over
    a document number, a date, a salutation or prose.
    0 when there is no such title (a one-line title is `_headline_like`'s)."""
    if not lines or lines[0].kind != "para" or _TITLE_END.search(lines[0].text.strip()):
        return 0
    markers = _words("split_title_markers")
    if not (any(w in lines[0].text for w in markers) or _issuers_over_matter(lines, markers)):
        return 0  # (江西省吉安市人民政府办公室 / 关于印发…的通知: the issuer set over the title's matter)
    joined = ""
    for k in range(min(TITLE_LINES, len(lines) - 1)):
        b = lines[k]
        t = "".join(b.text.split()) if b.spaced else b.text.strip()  # (通 告: the head set apart)
        if (b.kind != "para" or terminated(t) or len(t) > HEADLINE_MAX or any(ch in _CLAUSE_MARKS for ch in t)
                or _opens_unit(t) or _whole_unit(t) and not _TITLE_END.search(t)
                or k and (_DASH_LEAD.match(t) or ENUMERATOR.match(t))):
            return 0  # (a ——subtitle or a numbered heading under a headline is no line of its title)
        joined += "".join(t.split())
        if _TITLE_END.search(t):
            c = lines[k + 1].text
            ok = k >= 1 and (_opens_unit(c) or bool(_SIGNATURE.fullmatch(c)) or terminated(c)
                             or len(c) > HEADLINE_MAX or lines[k + 1].full)
            return k + 1 if ok and _TITLE_END.search(joined) else 0
    return 0


def _issuers_over_matter(lines: list[_Block], markers: tuple[str, ...]) -> bool:
    """The issuer's name set over the title's matter (`某县人民政府办公室` / `关于印发…的通知`), or the
    names of the issuers of a joint notice, one a line (`中共某镇委员会` / `某镇人民政府` / `关于…的通知`)."""
    k = 0
    while k < TITLE_LINES - 1 and k + 1 < len(lines) and _SIGNER_LINE.fullmatch(lines[k].text.strip()):
        k += 1
    return k > 0 and lines[k].text.strip().startswith(markers)


def _red_header(line: str) -> bool:
    """A notice's red header above its title: the issuer's name alone (`云南省临沧市人民政府`, `江西省吉安市
    人民政府办公室`) or with 文件 (`湖南省人民政府办公厅文件`), no title of the text."""
    line = line.strip()
    for w in _words("red_header_tails"):
        if line.endswith(w) and len(line) > len(w):
            line = line[:-len(w)]
            break
    return bool(_SIGNER_LINE.fullmatch(line))


def _drop_red_header(lines: list[_Block]) -> list[_Block]:
    """A plain notice's red header (`_red_header`), with the document number under it, over the
    title: marked `over_title` (kept out of the text) when a title follows; else the lines as they are."""
    if len(lines) < 3 or lines[0].kind != "para" or not _red_header(lines[0].text):
        return lines
    k = 1
    if _DOC_NUMBER.fullmatch(lines[1].text.strip()):
        k = 2
    rest = lines[k:]
    if k == 1 and rest[0].text.strip().startswith(_words("split_title_markers")):
        return lines  # 县人民政府办公室 / 关于印发…的通知: the title's own issuer, set over its first line
    if k == 1 and _issuers_over_matter(lines, _words("split_title_markers")):
        return lines  # 中共某县委 / 某县人民政府 / 关于…的通报: the first of a joint notice's issuers, one a line
    if len(rest) < 2 or not (_split_title(rest) or _titled_line(rest)):
        return lines
    lines[0].kind = "meta"  # the issuer's name: read as a heading, as a scrape's 发布机构 is
    for b in lines[1:k]:
        b.kind = "over_title"
    return rest


_PAGE_HEAD_END = re.compile(_unit_alt("page_heads") + "$")
SECTION_HEAD_MAX = 12  # a profile page's section heading under its title (基本情况, 主要职责, 局长) is this long at most


def _profile_head(lines: list[_Block]) -> bool:
    """牡丹江市政府办公室简介 ⏎ 办公室基本情况 ⏎ …, 县统计局领导信息 ⏎ 局长 ⏎ 王某某: a portal's profile page's own head
    (`page_heads`) over a short section heading of its own, with no clause mark in either: the first line is
    the page's title, though the line under it is short and no prose comes at once (was no title at all)."""
    if len(lines) < 3 or lines[0].kind != "para" or lines[1].kind != "para":
        return False
    t, nxt = lines[0].text.strip(), lines[1].text.strip()
    return (len(t) <= HEADLINE_MAX and bool(_PAGE_HEAD_END.search(t)) and 0 < len(nxt) <= SECTION_HEAD_MAX
            and not any(ch in _CLAUSE_MARKS for ch in t + nxt) and not terminated(nxt))


def _titled_line(lines: list[_Block]) -> bool:
    """Is the first line a notice's whole title (…关于…的通知) over a headline's next line?"""
    t = lines[0].text.strip()
    return (lines[0].kind == "para" and not any(ch in _CLAUSE_MARKS for ch in t) and bool(_TITLE_END.search(t))
            and _headline_like(lines))


def _scrape_headlines(lines: list[_Block]) -> list[_Block]:
    """A scrape's headline and its subtitle right under the page's dropped chrome (`踔厉奋发 谱时代华章` /
    `2026云南省两会掠影` under an e-paper's page label), the subtitle over the text: both lines, else none.
    A document number, a date line or a salutation is no subtitle."""
    if len(lines) < 3 or not lines[0].after_chrome or lines[0].kind != "para":
        return []
    first, second = lines[0].text, lines[1].text
    if len(first) > HEADLINE_MAX or terminated(first):
        return []
    if _page_stamp(second):
        return lines[:1]  # the headline over the page's date stamp (会议简介 / 2015-10-30): no subtitle
    if _whole_unit(second) or _opens_unit(second):
        return []
    return lines[:2] if _headline_like(lines[1:]) else []


STACKED_HEADS = 4  # a headline set over this many lines at most (引题 / 主题 / 副题 / 副题)


def _stacked_headlines(lines: list[_Block]) -> list[_Block]:
    """A plain text's headline with its kicker or subtitles, one a line (`坚持绿色发展 建设美丽乡村` /
    `我县召开…推进会` / `县委书记王强出席并讲话`): two to `STACKED_HEADS` short unterminated lines without a
    comma or a blank line between them (a subtitle set with a space for its comma, `_spaced_headline`,
    may stand over a blank line: a scraped newspaper's page), then a blank line and prose.  All are headers (the title is
    chosen among them); a date line, a document number, a numbered heading, a signature or a salutation
    among them is no headline, nor a line shorter than a headline (a column's name, 民生事业)."""
    k = 0
    while k < min(STACKED_HEADS + 1, len(lines)):
        b = lines[k]
        if (b.kind != "para" or (k and b.blank_before and not _spaced_headline(b.text)) or terminated(b.text)
                or not REPEATED_HEADLINE_SHORTEST <= len(b.text) <= HEADLINE_MAX
                or any(ch in _CLAUSE_MARKS for ch in b.text) or _page_stamp(b.text) or _opens_unit(b.text)
                or ENUMERATOR.match(b.text) or _SIGNATURE.fullmatch(b.text) or _DATE_LINE.fullmatch(b.text)):
            break
        k += 1
    if not 2 <= k <= STACKED_HEADS or k >= len(lines):
        return []
    j = k + 1 if lines[k].kind == "byline" and k + 1 < len(lines) else k  # (记者 周琳 over the body)
    body = lines[j]
    prose = body.kind == "para" and (terminated(body.text) or len(body.text) > HEADLINE_MAX or _prose_run(lines, j))
    return lines[:k] if prose and (body.blank_before or _DAY_OPENING.match(body.text)) else []


# a news story's body opening with the day of the event (9月13日，市长…主持召开…), maybe after its dateline
# (本报讯 (记者 周琳) 8月21日，…): under a stack of short lines with no blank line between (a scrape of a
# headline with its two deck lines), the stack is the headline
_DAY_OPENING = re.compile(r"(?:[^\s，,。]{0,12}讯[ \t\u3000]*(?:[(（][^()（）\n]{0,30}[)）])?[ \t\u3000]*)?"
                          r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[上下]午|晚|早)?[,，]")


def _mark_page_top_headlines(lines: list[_Block]) -> None:
    """A PDF newspaper's next story headed at the top of a page (`扶绥县表彰60名脱贫之星` under the folio
    dropped as a running head): a headline-like line right after the running head, below a paragraph
    that ended its sentence, opens an article of its own."""
    for k in range(1, len(lines)):
        b, prev = lines[k], lines[k - 1]
        if (b.page_top and b.kind == "para" and prev.kind == "para" and terminated(prev.text)
                and not ENUMERATOR.match(b.text) and _headline_like(lines[k:k + PROSE_RUN + 2])):
            b.kind = "title"


def _mark_headline_list(blocks: list[_Block]) -> None:
    """A plain page's list of headlines each with its date (`城关镇召开安全生产工作会议 2023-05-12`):
    two or more such lines in a row are each the title of an article of their own, dated by the date
    trimmed off the line (kept as the block's `credit`, read by the dates stage)."""
    dated = [b.kind == "para" and bool(_DATED_HEADLINE.fullmatch(b.text)) for b in blocks]
    for k, b in enumerate(blocks):
        if not dated[k] or not ((k > 0 and dated[k - 1]) or (k + 1 < len(blocks) and dated[k + 1])):
            continue
        m = _DATED_HEADLINE.fullmatch(b.text)
        head_end = b.start + m.end("head")
        date_start = b.start + m.start("date")
        b.credit = _Block(b.i, date_start, date_start + len(m.group("date")), m.group("date"), "credit", False)
        b.kind, b.end, b.text = "listed", head_end, b.text[:m.end("head")]


def _titled(first: str, nxt: str) -> bool:
    """A title line ending in a document head (…的实施意见) over its document number, date line,
    signature, salutation or issuer's name (a bulletin's `某某市统计局` over its date): a document's
    title, though the line after it is short."""
    first = first.strip()
    return (not any(ch in _CLAUSE_MARKS for ch in first) and bool(_TITLE_END.search(first))
            and (_opens_unit(nxt) or bool(_SIGNATURE.fullmatch(nxt.strip()))
                 or bool(_SIGNER_LINE.fullmatch(nxt.strip()))))


def _segment(doc: Doc, blocks: list[_Block]) -> list[_Region]:
    text = doc.text
    page_mode = any(b.kind in ("h1", "h2") for b in blocks)
    if not page_mode:
        _mark_headline_list(blocks)
    lines = [b for b in blocks if b.kind not in ("meta", "site")]
    over = 0  # (an e-paper's masthead over its date and page label: 甘肃日报 ⏎ 2020年03月20日 ⏎ 第02版:要闻, mine57)
    while (not page_mode and len(lines) >= 3 and lines[0].kind == "para" and over < OVER_TITLE_LINES
            and (_DOC_NUMBER.fullmatch(lines[0].text) or _page_stamp(lines[0].text)
                 or _MEETING_FILE.fullmatch(lines[0].text.strip()) or _masthead(lines[0].text)
                 or (over == 0 and _site_agency(lines)))
            and (_headline_like(lines[1:]) or _split_title(lines[1:]) or _two_line_title(lines[1:])
                 or _stacked_headlines(lines[1:]) or _scrape_headlines(lines[1:])
                 or _masthead(lines[0].text) and over == 0)):
        # the document number over the title (沪府发〔2017〕92号), or the site's date over the headline
        # (2023年03月29日 星期三, the dates stage reads the page's own): no title, no text; the title may
        # be set over two lines (某市人民政府 某市中级人民法院印发 / 关于…的通知)
        lines[0].kind = "over_title"
        lines = lines[1:]
        over += 1
    if not page_mode and (k := _title_under_column(lines)):
        for b in lines[:k]:  # an unlabelled metadata column over the title the page sets twice: no text
            b.kind = "over_title"
        lines = lines[k:]
    if not page_mode:
        lines = _drop_red_header(lines)
    split = 0 if page_mode else _split_title(lines)
    heads = lines[:1] if split or (lines and (_headline_like(lines) or _profile_head(lines))) \
        else _scrape_headlines(lines) or _stacked_headlines(lines)
    if not page_mode:
        _mark_page_top_headlines(lines)
    if not heads and not page_mode and _two_line_title(lines):
        split = 2
    if split:
        heads = lines[:1]
        for k in range(1, split):
            lines[k - 1].tail, lines[k].kind = lines[k], "joined"
    if not page_mode and heads:
        title = doc.title.strip() if doc.title else None
        head = page_title_head(title) if title else ""  # the <title>'s headline without the site's name
        if (not title or title in lines[0].text or lines[0].text in title
                or len(head) >= TITLE_HEAD_SHORTEST and head in lines[0].text):
            for b in heads:
                b.kind = "title"
                if b.tail is None:
                    _cut_title_bar(b)
        elif heads and heads[0].tail is not None:
            for b in _title_lines(heads[0])[1:]:
                b.kind = "para"
            heads[0].tail = None
    regions: list[_Region] = []
    cur: _Region | None = None
    prev: _Block | None = None
    meta: list[_Block] = []  # issuers read before the first region opens
    for b in blocks:
        if b.kind in ("joined", "over_title"):  # the second line of a title set over two lines: read with the first
            continue
        if b.kind == "meta":
            (cur.meta if cur is not None else meta).append(b)
            continue
        if b.kind == "listed":  # a headline of a list, dated: an article of its own, all title
            regions.append(_Region(b.start, headers=[b], dateline=b.credit.text if b.credit else None))
            cur = None
            prev = b
            continue
        if b.kind in ("h1", "h2", "title"):
            if cur is None or prev is None or prev.kind not in ("h1", "h2", "title") or cur.flow:
                cur = _Region(b.start)
                regions.append(cur)
            cur.headers.append(b)
        elif b.kind == "para":
            if (not page_mode and cur is not None and prev is not None and prev.kind == "title"
                    and not cur.flow and _stamp_region_tail().search(b.text) and _page_stamp(b.text)):
                prev = b  # weixin109: a post's stamp under its title, the province posted from after
                continue  # the time (2024-11-07 20:49 山东): the account's, no text and no place of the story
            dm = _dateline_at(b.text)
            if dm and page_mode and cur is not None and (
                    cur.dateline is not None or cur.finished or (not cur.headers and cur.n_body)):
                cur = None
            dispatch = not page_mode and _opens_dispatch(b.text)
            if dispatch and cur is not None and cur.dispatched:
                cur = _next_brief(cur, prev, b.start, regions)
            elif (not page_mode and cur is not None and (dispatch or dm is not None) and cur.authors
                  and cur.finished and cur.n_body and prev is not None and prev.kind == "para"):
                cur = _next_brief(cur, prev, b.start, regions)  # dangbao92: a byline's story, then 西和讯(通讯员…)
            if cur is None:
                cur = _Region(b.start)
                regions.append(cur)
            start = b.start
            is_dateline = False
            cur.dispatched = cur.dispatched or dispatch
            if dm and (cur.dateline is None or (cur.bare_dateline and dm.group("inner"))) and not cur.finished:
                # (新华社兰州12月25日电 ⏎ 新华社兰州12月25日电(记者张钦)…: a page repeating its bare dateline over
                # the lead's own, which names the reporters, wenwu91)
                cur.bare_dateline = dm.re is _BARE_WIRE_LINE
                cur.dateline = dm.group().strip()
                cur.authors.extend(_names(dm.group("inner")))
                start = b.start + dm.end()
                while start < b.end and text[start].isspace():
                    start += 1
                is_dateline = True
            at, names = _closing_credit(b.text)
            cur.authors.extend(names)
            end = b.start + at if names else b.end  # the credit is left out of the text, as a byline is
            if (fields := trailing_fields_at(text[start:end])) is not None:
                end = start + fields  # …新山东。来源:闪电新闻编辑:孔然责编:赵宇光: the page's credits, no text
            para = _Para([(start, end)] if start < end else [], "body", b, b, dateline=is_dateline)
            if para.pieces:
                cur.flow.append(para)
                cur.n_body += 1
                cur.finished = cur.finished or terminated(b.text)
        else:
            if cur is None:
                cur = _Region(b.start)
                regions.append(cur)
            if b.kind == "heading":
                cur.flow.append(_Para([(b.start, b.end)], "heading", b, b))
            elif b.kind == "byline":
                if not page_mode and _headline_over_byline(cur, prev):
                    cur = _next_brief(cur, prev, b.start, regions)
                cur.authors.extend(_names(_byline_match(b.text).group("names")))
                if cur.flow and cur.flow[-1].kind == "body":
                    cur.flow[-1].closed = True  # a subtitle over the reporter's line runs into no body
            elif b.kind == "caption":
                cur.captions.append(b)
            # credits are kept on their caption (see _blocks); a stray credit is dropped
        prev = b
    for r, nxt in zip(regions, regions[1:] + [None]):
        r.end = nxt.first if nxt is not None else len(text)
    if meta and regions:
        regions[0].meta[:0] = meta
    elif meta:
        regions.append(_Region(meta[0].start, meta=meta, end=len(text)))
    return regions


_DISPATCH = re.compile(r"[ \t\u3000]*(?:" + _alt("dispatch_papers") + f"[{HAN}]{{0,6}}?"
                       + f"|[{HAN}]{{1,10}}?" + _alt("dispatch_paper_endings") + r")(?<!通)讯(?![员])")


def _opens_dispatch(line: str) -> bool:
    """Does a paragraph open with a paper's dispatch head (本报讯, 本报微山讯, 信阳日报讯, 又讯)? A
    digest of briefs (简讯, 要闻简报, 县区动态) gives each item one, so a second such head in a plain-text
    region opens the next item: its facts keep their own county (brief79)."""
    return _DISPATCH.match(line) is not None


def _next_brief(cur: _Region, prev: "_Block | None", start: int, regions: list[_Region]) -> _Region:
    """The region of the brief whose dispatch head follows `cur`'s: the short unended line just above
    it (the brief's own headline, 潢川整治非法载客营运三轮车成效显著) leaves `cur`'s body for its header."""
    nxt = _Region(start)
    last = cur.flow[-1] if cur.flow else None
    if (prev is not None and prev.kind == "para" and last is not None and last.kind == "body"
            and last.first is prev and last.last is prev and len(prev.text.strip()) <= HEADLINE_MAX
            and not terminated(prev.text) and not _opens_dispatch(prev.text)):
        cur.flow.pop()
        cur.n_body -= 1
        prev.kind = "title"
        nxt.first = prev.start
        nxt.headers.append(prev)
    regions.append(nxt)
    return nxt


def _headline_over_byline(cur: _Region, prev: "_Block | None") -> bool:
    """A page of several stories with no marked headlines (来料加工农妇笑 ⏎ 记者 李扬 ⏎ 9月21日 苍南龙港镇卢处村 ⏎
    …, then 山沟里的百姓村 ⏎ 记者 陈醉 ⏎ …, dangbao92): a short unended line right over a byline, after a story
    whose body ended a sentence, is the next story's headline; a subtitle over the first byline (no body ended
    before it) and a byline closing a story (a terminated paragraph over it) open none."""
    if prev is None or prev.kind != "para" or not cur.finished or cur.n_body < 2 or not cur.flow:
        return False
    last = cur.flow[-1]
    return (last.kind == "body" and last.first is prev and last.last is prev
            and len(prev.text.strip()) <= SHORT_LINE and not terminated(prev.text)
            and not _opens_dispatch(prev.text) and _dateline_at(prev.text) is None)


def _is_lead(text: str, region: _Region, para: _Para) -> bool:
    """A lead/pull-quote box: the first paragraph under a headline, set in its own frame, that
    repeats body text (its opening recurs later in the article)."""
    if para.dateline or not region.headers:
        return False
    opening = para.head(text)[:PULL_QUOTE_PREFIX]
    return len(opening) == PULL_QUOTE_PREFIX and text.find(opening, para.last.end, region.end) >= 0


@lru_cache(maxsize=1)
def _weekday_tail() -> re.Pattern:
    return re.compile(f"{_SP}*(?:{cue_alt('dates.weekday_words', False)})[{cue_chars('dates.weekday_chars')}]$")


def _page_stamp(line: str) -> bool:
    """A line that is only a date, perhaps with its time of day or its weekday, perhaps in brackets
    (`2015-10-30`, `2023年03月29日 星期三`, `[ 2023-12-05 ]`), or a reprint's newspaper credit
    (`《工人日报》(2012年01月17日 002版)`): a page's stamp, no subtitle and no headline."""
    if paper_credit(line):
        return True
    line = _weekday_tail().sub("", line.strip().strip(_STAMP_BRACKETS))
    line = _STAMP_PAPER_TAIL.sub("", line)
    line = _STAMP_SOURCE_TAIL.sub("", line)
    line = _STAMP_PRINT_TAIL.sub("", line)
    line = _stamp_region_tail().sub("", line)
    return bool(_DATE_LINE.fullmatch(line) or _stamp_line(line))


@lru_cache(maxsize=1)
def _stamp_region_tail() -> re.Pattern:
    """weixin109: a WeChat post's stamp, its time of day and then the province it was posted from
    (魏传永现场调研… ⏎ 2024-11-07 20:49   山东): the account's location (IP属地), no headline and no
    text; only after a time of day, a province's full or short name (`kg.divisions.table()`) closing
    the line."""
    names = set()
    for d in table().by_code.values():
        if d.level == "province":
            names.update(n for n in (d.name, d.short) if n)
    return re.compile("(?<=[0-9][:：][0-9]{2})[ \t\u3000\xa0]+(?:" + alt(sorted(names)) + ")[ \t\u3000\xa0]*$")


# the newspaper a reprint names after its stamp (燃气管网改造第三阶段竣工 / 2013年08月24日14:20 今晚报): the
# stamp's source, no headline; a space sets it off, and it ends in 报 (晚报, 日报, 商报)
# an internal paper's printing stamp (定安报: 2011-12-08编印, dangbao92): the date it was printed, no headline
_STAMP_PRINT_TAIL = re.compile("(?<=[0-9日号])[ \t\u3000]*" + _alt("stamp_print_tails") + "$")
# (huijian98: the site that reprints it and the paper joined by a hyphen, `2005年04月13日 四川新闻网-成都日报`: one
# credit, the site's name ending in 网)
_STAMP_PAPER_TAIL = re.compile(f"(?<=[0-9日号])[ \t\u3000\xa0]+(?:[{HAN}]{{1,8}}网[-－—])?[{HAN}]{{1,8}}报$")
# yiyuan116: a reprint's stamp with the site or the office that posted it, not a paper, after a gap
# (…义诊活动 / 2022-05-19 新乡市卫生健康委员会; 2019-10-09 健康中国人): the stamp's source, no headline;
# only after a full date (a day or 日), a run of Han characters with no punctuation, at most this long
STAMP_SOURCE_MAX = 12
# (yuye117: a site and its local channel, 2021-03-01 大众网·日照, the channel after a middle dot)
_STAMP_SOURCE_TAIL = re.compile(f"(?:(?<=[0-9]-[0-9]{{2}})|(?<=[0-9]日))[ \t\u3000\xa0]+[{HAN}]{{2,{STAMP_SOURCE_MAX}}}"
                                f"(?:[·•][{HAN}]{{2,4}})?$")
_STAMP_BRACKETS = " \t\u3000[]【】（）()"  # a stamp set in brackets: [ 2023-12-05 ], （2023-12-05）


def _whole_unit(line: str) -> bool:
    """Is an unterminated line a complete unit of a document (a numbered heading, a `——` subtitle,
    a signature, a document number, a date line, a title ending in a document head), not a column broken
    mid-sentence?  A line holding clause punctuation is prose."""
    line = line.strip()
    if len(line) > HEADLINE_MAX or any(ch in _CLAUSE_MARKS for ch in line):
        return False
    if (ENUMERATOR.match(line) and len(line) <= SHORT_LINE) or _DASH_LEAD.match(line):
        return True  # a numbered heading; a subtitle too long for a heading (——在…会议上)
    if _ANNEX.match(line):
        return True  # 附件：…监测表 over the signers: the annex's name, no sentence broken before them
    if _REMARK.fullmatch(line) or _decimal_heading(line) or _stamp_line(line):
        return True  # (此件公开发布); 1.1 编制目的, 3.2元数据; a page's stamp 2023-07-17 19:00 over the text
    return bool(_SIGNATURE.fullmatch(line) or _doc_number(line) or _DATE_LINE.fullmatch(line)
                or _TITLE_END.search(line) or _PHOTO_VIEW.fullmatch(line))


PHOTO_VIEW_MAX = 16  # a photo's caption left alone on a scraped page's line (田林县全景) is at most this long
# (田林县全景 ⏎⏎ 田林县三产融合…项目位于…: run on, the caption and the sentence read as one name)
_PHOTO_VIEW = re.compile(f"[{HAN}]{{1,{PHOTO_VIEW_MAX - 2}}}" + _unit_alt("photo_view_tails"))


def _stamp_line(line: str) -> bool:
    """A page's stamp, with a full stop a scrape left after its clock (`2018-08-27 11:51.`: run into the
    next paragraph it reads `11:51.1-7月份`, a decimal), or a date line whose 年月日 a PDF converter lost
    (`{ 2017 6 23`): a unit of its own, no sentence broken before the paragraph under it."""
    return is_stamp(line.rstrip(".．。")) or bool(_BARE_DATE.fullmatch(line))


def _opens_unit(line: str) -> bool:
    """Does a line stand apart from the paragraph before it: a salutation (`各市、县人民政府：`,
    short, ending in a colon), a date line, a document number, a notice's remark (`(此件公开发布)`),
    a plan's numbered heading (`1.1 编制目的`), a transcript's question (`路透社记者：…`) or an
    interview's turn (`主持人：各位网友大家好`)?"""
    line = line.strip()
    if len(line) <= SHORT_LINE and line[-1:] in "：:" and not any(ch in _CLAUSE_MARKS for ch in line):
        return True
    return bool(_doc_number(line) or _DATE_LINE.fullmatch(line) or _REMARK.fullmatch(line)
                or _decimal_heading(line) or _ASKER.match(line) or _SPEAKER.match(line))


def _decimal_heading(line: str) -> bool:
    """A plan's or a standard's numbered heading: `1.1 编制目的`, or its dotted number run straight into
    the heading (`3.2元数据`, `numbers.dotted_heading`): a unit of its own, never the head of the
    paragraph under it (3.2元数据元数据是描述…)."""
    return bool(_DECIMAL_HEADING.fullmatch(line)) or (len(line) <= SHORT_LINE and dotted_heading(line))


def _doc_number(line: str) -> bool:
    """Is a line a document number, perhaps in brackets of its own (`( 吉府发〔2003〕37号 )`)?"""
    line = line.strip()
    if line[:1] in "(（" and line[-1:] in ")）":
        line = line[1:-1].strip()
    return bool(_DOC_NUMBER.fullmatch(line) or _DATED_DOC_NUMBER.fullmatch(line))


# the document number and the date it was issued on one line (税总函〔2019〕85号 2019年3月18日): a
# document number's line all the same, under the title
_DATED_DOC_NUMBER = re.compile(f"(?:{_DOC_NUMBER.pattern}){_SP}+(?:{_DATE_LINE.pattern})")


def _kept_apart(text: str, p: _Para, n: _Para) -> bool:
    """In plain text, does a blank line keep an unterminated paragraph from the next one?  Yes when
    its last line is a whole unit or the next opens one, unless the next opens like a fragment
    (`，…`, `、…`) or the line was broken inside a word (`…工作回`+`顾…`): a heading, title or
    signature is not a column broken mid-sentence.  A line ending on a whole word is not broken
    inside one, though a longer dictionary word may span the junction (回顾|过去)."""
    tail, head = _last_line(text, p), n.head(text)
    if head[:1] in _FRAGMENT_START:
        return False
    if _FIGURE_END.search(tail) and _PROSE_OPEN.match(head) and not forms_word(tail, head):
        return True  # 完成投资286亿元 ⏎⏎ 广大建设者们全力抢进度: a poster's phrase a line, closed by its figure
        # (…企业已达80家 ⏎⏎ 《行动计划》给…: a headline over a paragraph opening with a title or a quote)
    if LIST_ITEM_OPEN.match(head) and tail.rstrip()[-1:] not in _OPEN_LINE_ENDS:
        return True  # …总投资3.7亿元 ⏎⏎ 2.湖里区：…项目，总投资9.6亿元: a numbered list's next item, no wrap (kaigong110)
    if _headline_over_lead(tail, head) or _signer_lines(tail, head) or _dated_headline(tail) \
            or _leader_lines(tail, head) or _spaced_headline(tail) or _spaced_headline(head) \
            or (len(p.pieces) == 1 and (_label_over_prose(tail, head) or _subhead_between(text, p, tail, head))):
        return True
    if not (_whole_unit(tail) or (len(n.pieces) == 1 and (_opens_unit(head) or _title_line(head, tail)))):
        return False
    return not forms_word(tail, head) or _ends_word(tail)


# a line closing on a figure and its unit (…完成投资286亿元): see `_kept_apart`; the next paragraph's
# opening, maybe a title's or a quote's opening mark first (《行动计划》给…, “双减”以来…)
_PROSE_OPEN = re.compile(f"[《“「『]?[{CJK}]")
_FIGURE_END = re.compile(f"[0-9０-９](?:[.．][0-9０-９]+)?[万亿]?{_unit_alt('figure_close_units')}[ \t\u3000]*$")


POST_LINE_MAX = 30  # a leader page's line of posts (县委副书记、县长) is at most this long
_POST_LINE = re.compile(f"[{HAN}、]{{0,{POST_LINE_MAX}}}?{_POSTS}")
_NAME_LINE = re.compile(f"[{HAN}]{{2,4}}")
_POST_OPEN = re.compile(f"{_POST_MODIFIERS}?{_POSTS}")  # a line of posts opening with a title (副县长), not a body


def _leader_lines(tail: str, head: str) -> bool:
    """A leader page set one field a block (`<h3>王某某</h3><p>县委副书记、县长</p>`, read as lines apart
    by blank lines): a line of posts only (`县委副书记、县长`) does not run on into the next leader's
    name (`…县长李某`: the post read as 李某's), and a name does not run on into a line of posts
    that opens with their body (`王某某县委副书记`: an agency 王某某县委).  A name over a bare title
    (`王某某` / `县长`) and a title over its duties (`县长` / `主持县政府全面工作。`) still run on:
    `王某某县长主持…` reads as a sentence."""
    tail, head = tail.strip(), head.strip()
    if _POST_LINE.fullmatch(tail) and _NAME_LINE.fullmatch(head):
        return True
    return bool(_NAME_LINE.fullmatch(tail) and _POST_LINE.fullmatch(head) and not _POST_OPEN.match(head))


def _title_line(line: str, above: str) -> bool:
    """A document's title alone on its line (`某省人民政府关于任免国家机关工作人员问题的通知`): ending in a
    document head, no clause mark, not a quoted title opening a sentence (`《…》`): a column's name
    `above` it (`法规库`) is no sentence that runs on into it.  A title's second half under its
    issuer (`某镇人民政府` / `关于印发…的通知`) is no whole title: the issuer's line runs on into it."""
    line = line.strip()
    return (len(line) <= HEADLINE_MAX and not line.startswith(_TITLE_HALF_OPENERS) and bool(_TITLE_END.search(line))
            and not any(ch in _CLAUSE_MARKS for ch in line) and not _SIGNER_LINE.fullmatch(above.strip()))


_TITLE_HALF_OPENERS = ("《", "“", "关于", "印发", "转发")


def _dated_headline(tail: str) -> bool:
    """A short line without a clause mark that opens with a whole date, over a blank line (`2023年11月21日
    外交部发言人某某主持例行记者会`): a record's headline, as a press conference's transcript is titled,
    not a sentence broken before the paragraph under it."""
    tail = tail.strip()
    m = _DATE_LINE.match(tail)
    return (m is not None and m.end() < len(tail) and len(tail) <= HEADLINE_MAX
            and not any(ch in _CLAUSE_MARKS for ch in tail))


HEADLINE_PHRASE_MIN = 4  # each phrase of a headline line set apart by a space (…会议精神 安排部署…) is at least this long
_SPACED_HEADLINE = re.compile(f"[{HAN}]{{{HEADLINE_PHRASE_MIN},}}(?:[ \u3000]{{1,4}}[{HAN}]{{{HEADLINE_PHRASE_MIN},}}){{1,3}}")


def _spaced_headline(line: str) -> bool:
    """A line of two to four phrases of characters only, set apart by a space where prose would have a
    comma (`传达学习中央政治局常委会会议精神 安排部署全市疫情防控工作`, `王忠林主持并讲话 孙述涛…出席`): a
    newspaper's headline or subtitle line over a blank line, whole; a column of prose broken mid-sentence
    holds no such space.  Run on into the headline above it, the headline reads as no title."""
    line = line.strip()
    return len(line) <= HEADLINE_MAX and bool(_SPACED_HEADLINE.fullmatch(line))


LABEL_LINE_MAX = 6  # a label set alone as a paragraph over prose (采访对象, 编者按) is at most this long
_LABEL_LINE = re.compile(f"[{HAN}]{{2,{LABEL_LINE_MAX}}}")


def _label_over_prose(tail: str, head: str) -> bool:
    """A paragraph of one short line of characters only, ending a word, over a blank line and prose
    (`采访对象` / `蒋建明，1962年12月生，…县委书记；`): a scraped page's label of the paragraphs under it.
    A column broken mid-sentence leaves a line of its full width, and a paragraph's first line is
    full; run on, the label swallows the name it stands over (采访对象蒋建明).  An issuer's name over
    its document's title (某镇人民政府 / 关于…) is no label."""
    tail = tail.strip()
    return (bool(_LABEL_LINE.fullmatch(tail)) and not _SIGNER_LINE.fullmatch(tail)
            and any(ch in _CLAUSE_MARKS for ch in head) and _ends_word(tail))


SUBHEAD_MAX = 24  # a subheading set between two paragraphs (朝阳区投入50万助力林下养殖扶贫) is at most this long


def _subhead_between(text: str, p: _Para, tail: str, head: str) -> bool:
    """A web story's subheading set alone between blank lines, after a paragraph that ended its sentence
    and over prose (`…援疆干部之一。` / `朝阳区投入50万助力林下养殖扶贫` / `付菁文提到的扶贫项目…`): short, no
    clause mark, ending a word, figures allowed (which `_label_over_prose` refuses).  A paragraph's first
    line broken by a column is full and follows no finished paragraph set apart; run on, the heading's
    figure took the next sentence as its noun (助力林下养殖扶贫付菁文提)."""
    tail = tail.strip()
    before = text[:p.pieces[0][0]].rstrip()
    return (p.first.blank_before and len(tail) <= SUBHEAD_MAX and bool(_CJK.match(tail))
            and not any(ch in _CLAUSE_MARKS for ch in tail) and bool(before) and terminated(before[-8:])
            and bool(_CJK.match(head.strip())) and any(ch in _CLAUSE_MARKS for ch in head) and _ends_word(tail)
            and not forms_word(tail, head.strip()))  # (`全市新增就业岗位` / `1.5万个，…`: a sentence a column broke)


def _signer_lines(tail: str, head: str) -> bool:
    """Two lines over a blank line that hold nothing but organs' names (国家发展和改革委员会 /
    市场监督管理总局): a joint notice's signers written one (or a few) to a line, each line whole —
    run together they would read as one organ's unit (国家发展和改革委员会市场监督管理总局)."""
    return bool(_SIGNER_LINE.fullmatch(tail.strip()) and _SIGNER_LINE.fullmatch(head.strip()))


_NEWS_LEAD = re.compile(r"[ \t\u3000]*(?:\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|早上?|凌晨|中午)?|"
                        + _alt("lead_openers") + ")[，,]")  # a news lead's first words: 10月21日， 近日，


def _headline_over_lead(tail: str, head: str) -> bool:
    """A short line without a clause mark over a blank line and a news lead opening with its day or
    a word for it (`下沉社区防控疫情` / `10月21日，在…`, `近日，`): a headline, not a sentence broken before it."""
    tail = tail.strip()
    return (bool(_NEWS_LEAD.match(head)) and len(tail) <= HEADLINE_MAX
            and not any(ch in _CLAUSE_MARKS for ch in tail))


def _last_line(text: str, p: _Para) -> str:
    """The text of `p` when it is short (a heading rejoined after a break inside a word: `一、…工作回`
    + `顾与今后打算`), else its last piece; at most `HEADLINE_MAX` characters are gathered."""
    out, size = [], 0
    for s, e in reversed(p.pieces):
        out.append(text[s:e])
        size += e - s
        if size > HEADLINE_MAX:
            return p.tail(text)
    return "".join(reversed(out))


def _ends_word(line: str) -> bool:
    """Does a line end with a dictionary word of two or more characters (…工作回顾, not …工作回)?"""
    m = _CJK_TAIL.search(line)
    return bool(m) and _last_word_long(m.group())


@lru_cache(maxsize=4096)
def _last_word_long(run: str) -> bool:
    """Is the last word of a CJK run (jieba's dictionary only: deterministic) two characters or more?"""
    return len(_segmenter().lcut(run, HMM=False)[-1]) >= 2


# 三次产业结构为9.2:51:39.8 ⏎ 全年居民消费价格…: a bulletin's structure ratio closing a line whose full stop
# the page left out ends its sentence — run on, the next sentence's first character was read as the
# ratio's unit (年居民消费价格总水平, stats43); a line opening with a clause mark still runs on
# (three parts at least: 上午9:30 ⏎ 在市政府召开 is a clock a hard wrap broke, no ratio)
_RATIO_END = re.compile(r"[0-9０-９](?:[.．][0-9０-９]+)?(?:\s*[:：∶]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?){2,4}\s*$")


_BARE_NUMBER_LINE = re.compile("[" + "".join(_words("numeral_chars")) + "]{1,3}")  # (a line of a Chinese numeral alone: an item's number)


def _continues(text: str, p: _Para, n: _Para, plain: bool) -> bool:
    """Does unterminated `p` run on into `n`?  Across a blank line (or skipped captions) yes, but in
    plain text not when `_kept_apart`; on the next line only when the junction forms a word.  Never
    across a scraped page's chrome: a sentence is not broken around a breadcrumb or a metadata block.
    Nor from or into a table's cell set on a line of its own (`_table_cell`): a table set one cell a
    line (`地区生产总值（亿元）` ⏎⏎ `128.6` ⏎⏎ `一般公共预算收入（亿元）`) ran together as one run of labels
    and figures."""
    if n.first.after_chrome:
        return False
    if _RATIO_END.search(p.tail(text)[-40:]) and _CJK.match(n.head(text)):
        return False
    if _table_row(p.tail(text)) or _table_row(n.head(text)):
        return False
    if _figure_row(p.tail(text)) or _figure_row(n.head(text)):
        return False
    if header_row(p.tail(text)) or header_row(n.head(text)):
        return False
    if _table_cell(p.tail(text)) or _table_cell(n.head(text)):
        return False
    if _BARE_NUMBER_LINE.fullmatch(p.tail(text).strip()):
        return False  # 四 ⏎ 项城市凯森制衣有限公司…项目: a list's number set on a line of its own, no 四项 (kaigong110)
    if _SIGNATURE.fullmatch(p.tail(text).strip()):
        return False  # 乳源瑶族自治县审计局局长 温新 ⏎ 县人大常委会主任…: the speaker's line is whole (no 温新县)
    if n.first.blank_before or n.first.i > p.last.i + 1:
        return not (plain and _kept_apart(text, p, n)) and not _numbers_meet(p.tail(text), n.head(text))
    return (forms_word(p.tail(text), n.head(text)) or (plain and _broken_prose(p.tail(text), n.head(text)))
            or (p.last.full and _wrap_continues(n.head(text)))
            or (n.first.after_page and _page_break_inside(p.tail(text), n.head(text))))


def _page_break_inside(tail: str, head: str) -> bool:
    """Does a PDF's page break (a page number, a running head, skipped) cut a sentence: the line
    above is prose (long, with clause marks) left unterminated, and the line under it opens no unit
    of its own (a heading, a date line, a salutation)?  The break falls anywhere, before a figure too
    (`…社会消费品零售总额` / `— 3 —` / `260.4亿元，增长5.5%。`), which no dictionary word spans.  Two
    figures meeting stay apart (`_numbers_meet`: a table's cells)."""
    tail, head = tail.strip(), head.strip()
    return (len(tail) > SHORT_LINE and any(ch in _CLAUSE_MARKS for ch in tail) and not _numbers_meet(tail, head)
            and not _whole_unit(head) and not _opens_unit(head) and not ENUMERATOR.match(head)
            and not _table_cell(head))


_ROW_GAP = re.compile(r"[ \t\u3000\xa0]+")
ROW_CELL_MAX = 8  # a table row's cells before its last are at most this long
_ROW_CELL = re.compile(f"[{CJK}]{{2,{ROW_CELL_MAX}}}")  # (no figures: 5月8日 上午，… is prose after its date)


def _table_row(line: str) -> bool:
    """Is a line a table's row read as one line, its cells apart by white space (a leader page's
    `王某某 县长 主持县政府全面工作。`, its header `姓名 职务 分管工作`, `李某 副县长`)?  Every cell but the last
    is a short word with no punctuation.  A row runs into no other line, nor another into it: joined,
    a header and the first row read `…领导信息姓名 职务 分管工作王某某 县长…`, one name's post running
    into the next row's name."""
    cells = _ROW_GAP.split(line.strip())
    return len(cells) >= 2 and all(_ROW_CELL.fullmatch(c) for c in cells[:-1]) and bool(_CJK.match(cells[-1]))


# a cell of a statistics table's row after its label: a figure, a unit, or a dash for no value
_FIGURE_CELL = re.compile(r"[-+−－＋]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?[%％‰]?|[-—－/／…]{1,2}")
FIGURE_LABEL_MAX = 24  # a statistics row's label (with its unit in brackets) is at most this long


def _figure_row(line: str) -> bool:
    """Is a line a statistics table's row read as one line: a label, then only figures, unit cells and
    dashes apart by white space, a figure last (`地区生产总值 亿元 125.6 5.2`, `固定资产投资(亿元) — -3.4`)?
    An HTML table's rows come one a paragraph; run on, a row's last figure met the next row's label
    (`…125.6 5.2规模以上工业增加值 亿元 40.1`) and only the first row's figures were read."""
    cells = _ROW_GAP.split(line.strip())
    if len(cells) < 2 or not _FIGURE_CELL.fullmatch(cells[-1]) or not any(ch.isdigit() for ch in cells[-1]):
        return False
    label = cells[0]
    if len(label) > FIGURE_LABEL_MAX or not _CJK.match(label) or any(ch in _CLAUSE_MARKS for ch in label):
        return False
    return all(_FIGURE_CELL.fullmatch(c) or UNIT_WORD.fullmatch(c) for c in cells[1:])


# a header's cell: a column's name with its percent mark (增长%, 比上年增长(%), 同比±%), or the period a
# column holds (1-6月, 2024年, 1-6月累计)
_HEADER_CELL = re.compile(_alt("table_header_words") + r"(?:[（(]?[±]?[%％][)）]?)?")
_PERIOD_CELL = re.compile(r"(?:(?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}[-—－~～至][0-9]{1,2}月|[0-9]{1,2}月)(?:份)?"
                          r"(?:累计)?|(?:19|20)[0-9]{2}年(?:度)?")


def header_row(line: str) -> bool:
    """Is a line a statistics table's header (`指标 单位 1-6月 增长%`, or one of its cells set alone on a
    line: `指标`, `增长%`)?  Every cell a column's name (`table_header_words`, a percent mark after it) or
    a period, one name at least.  Run on, the header joined the title above it (`…主要经济指标指标 单位
    1-6月 增长%`) and the table's rows were read as one sentence of the title.  (The metrics stage
    reads no time from a header: its 本月 names a column, the month the table is of.)"""
    cells = _ROW_GAP.split(line.strip())
    if len(cells) > ROW_CELLS_MAX or not all(_HEADER_CELL.fullmatch(c) or _PERIOD_CELL.fullmatch(c) for c in cells):
        return False
    return any(_HEADER_CELL.fullmatch(c) for c in cells)


ROW_CELLS_MAX = 12  # a header has at most this many columns


# a line that is one figure and nothing else (`128.6`, `-10.7`, `5.6%`): a table's cell set one a line
_BARE_FIGURE = re.compile(r"[-+−－＋]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?[%％‰]?")
UNIT_LABEL_MAX = 30  # a table's row label with its unit in brackets is at most this long


def _table_cell(line: str) -> bool:
    """Is a line one cell of a table set one cell a line: a bare figure (`128.6`, `-10.7`, `5.6%`),
    a unit alone (`亿元`, a unit column's cell) or a row's label ending with its unit in brackets, no
    clause marks (`地区生产总值（亿元）`)?"""
    line = line.strip()
    if _BARE_FIGURE.fullmatch(line) or UNIT_WORD.fullmatch(line):
        return True
    return (len(line) <= UNIT_LABEL_MAX and line[-1:] in ")）" and not any(ch in _CLAUSE_MARKS for ch in line)
            and bool(TABLE_UNIT_END.search(line)))


_NUMBER_END = re.compile(r"[0-9０-９][%％‰]?[ \t\u3000]*\Z")
_NUMBER_START = re.compile(r"[ \t\u3000]*[-+−－＋]?[0-9０-９]")


def _numbers_meet(tail: str, head: str) -> bool:
    """Does a line end with a figure and the line after a blank line open with one (a table's cells
    set one a line: `34.52` / `1.7`, `19349.31` / `-5.7`)?  Run together they would read as one
    number (34.521.7): cells apart, never a sentence broken across the blank line."""
    return bool(_NUMBER_END.search(tail) and _NUMBER_START.match(head))


def _wrap_continues(head: str) -> bool:
    """Can the line after a full line of a hard-wrapped text continue its sentence: not when it opens
    a unit of its own (a numbered heading, a date line, a salutation, a document number)."""
    head = head.strip()
    return not (_whole_unit(head) or _opens_unit(head) or ENUMERATOR.match(head))


def _broken_prose(tail: str, head: str) -> bool:
    """Is a plain text's line a paragraph broken mid-sentence (a scrape's hard wrap: `…同比增长5.6%。
    规模以上工业增加值` / `增长7.2%。`)?  Yes when the line is prose — long, with clause marks — and the
    next line opens no unit of its own (a numbered heading, a date line, a salutation) nor a fragment
    of a list; a list of short lines is no broken paragraph."""
    tail, head = tail.strip(), head.strip()
    return (len(tail) > SHORT_LINE and any(ch in _CLAUSE_MARKS for ch in tail) and bool(_CJK.match(head))
            and not _whole_unit(head) and not _opens_unit(head) and not ENUMERATOR.match(head))


def _join_columns(text: str, region: _Region, plain: bool = False) -> None:
    """Join the paragraphs a column break split (see the module docstring); `plain`: a document
    without headlines, where a blank line after a whole unit ends its paragraph."""
    flow = region.flow
    first_body = next((p for p in flow if p.kind == "body"), None)
    if first_body is not None:
        first_body.lead = _is_lead(text, region, first_body) and not terminated(first_body.tail(text))
    joined: list[_Para] = []
    for n in flow:
        p = joined[-1] if joined else None
        if (p is not None and p.kind == "body" and n.kind == "body" and not n.dateline
                and not p.lead and not p.closed and not terminated(p.tail(text))
                and _continues(text, p, n, plain)):
            p.pieces.extend(n.pieces)
            p.last = n.last
        else:
            joined.append(n)
    region.flow = joined


def _dangling(text: str, region: _Region) -> _Para | None:
    body = region.body()
    if body and region.flow[-1] is body[-1] and not body[-1].lead and not terminated(body[-1].tail(text)):
        return body[-1]
    return None


def _refs(s: str) -> set[str]:
    return set(_REFS.findall(s))


def _continue_articles(text: str, regions: list[_Region]) -> None:
    feeds = [m.start() for m in re.finditer("\f", text)]
    page = [bisect.bisect_right(feeds, r.first) for r in regions]
    for ri, region in enumerate(regions):
        tail = _dangling(text, region)
        if tail is None:
            continue
        best = None
        for hi in range(max(0, ri - CONTINUATION_WINDOW), min(len(regions), ri + CONTINUATION_WINDOW + 1)):
            host = regions[hi]
            if host is region or page[hi] != page[ri]:
                continue
            for k, para in enumerate(host.flow):
                if para.kind != "body" or para.dateline:
                    continue
                if k == 0:
                    if host.headers or host.dateline is not None:
                        continue
                elif host.flow[k - 1].kind != "body" or not terminated(host.flow[k - 1].tail(text)):
                    continue
                head = para.head(text)
                score = 2 if forms_word(tail.tail(text), head) else 0
                if head[:1] in _FRAGMENT_START or (len(head) > 1 and head[1] in "、，," and
                                                  head[0] not in _NUMERAL and _CJK.match(head[0])):
                    score += 1
                if score == 0:
                    continue
                cand = _refs(text[para.first.start:host.end])
                if (cand and not cand <= _refs(text[host.first:para.first.start])
                        and cand <= _refs(text[region.first:region.end])):
                    score += 1
                if score >= 2 and (best is None or score > best[0]):
                    best = (score, host, k)
        if best is None:
            continue
        _, host, k = best
        moved = host.flow[k:]
        del host.flow[k:]
        cut = moved[0].first.start
        region.captions.extend(c for c in host.captions if c.start >= cut)
        host.captions = [c for c in host.captions if c.start < cut]
        tail.pieces.extend(moved[0].pieces)
        tail.last = moved[0].last
        region.flow.extend(moved[1:])


def _choose_title(headers: list[_Block]) -> tuple[_Block | None, list[_Block]]:
    if not headers:
        return None, []
    main = next((h for h in headers if opens_with_actor(h.text)), headers[0]) if len(headers) > 1 else headers[0]
    return main, [h for h in headers if h is not main]


OVER_TITLE_LINES = 3  # lines over a headline at most: a masthead, its date, its page label
TITLE_COLUMN_VALUES = 8  # an unlabelled metadata column over a page's title holds this many values at most
TITLE_COLUMN_REACH = 12  # the title set again is looked for this many lines below the column's first at most
COLUMN_VALUE_MAX = 40  # a metadata value (an index number, the issuer, the topics) is at most this long


def _title_under_column(lines: list[_Block]) -> int:
    """How many lines of a public-information page's metadata column, its labels lost with the scrape's
    table, stand over its title (冠县: `113715250043286799/2017-26749960` ⏎ `冠县政府` ⏎ `综合政务;应急管理` ⏎
    `2017-09-04` ⏎ `冠县人民政府办公室关于印发…的通知` ⏎ `有效` ⏎ … ⏎ the title again over the text): the page
    sets its title twice, as the column's 名称 and as its heading, so a headline's line repeated further
    down the head, under short values and above the first sentence, is the title and the values over it
    no text (read as the first line, the index number cost the page its title).  0 when there is none."""
    head: list[str] = []
    for b in lines[:TITLE_COLUMN_REACH]:
        text = b.text.strip()
        if b.kind != "para" or terminated(text) or len(text) > HEADLINE_MAX:
            break
        head.append(text)
    for k in range(1, min(len(head) - 1, TITLE_COLUMN_VALUES + 1)):
        title = head[k]
        if len(head[k - 1]) > COLUMN_VALUE_MAX:
            return 0
        if (REPEATED_TITLE_TAIL_SHORTEST <= len(title) and title in head[k + 1:] and title not in head[:k]
                and not any(ch in _CLAUSE_MARKS for ch in title) and not _opens_unit(title)
                and not _page_stamp(title) and not ENUMERATOR.match(title)):
            return k  # (the document number set twice, 冠政办发〔2017〕83号, is no title)
    return 0


_MASTHEAD = re.compile(f"[{HAN}]{{2,8}}" + _alt("masthead_endings"))


_SITE_AGENCY = re.compile(f"[{HAN}]{{1,10}}[省市县区州旗盟][{HAN}]{{0,10}}?" + _alt("site_agency_endings"))
_PLACE_OPENED = re.compile(f"(?:(?![全本我该各年月日])[{HAN}]){{1,6}}[省市县区州旗盟]")  # (no 上半年全市: a scope)


def _site_agency(lines: list[_Block]) -> bool:
    """Is the first line a government body's name alone (遂宁市林业局, 某某县人民政府) over a story's
    headline that opens with a place of its own (大英县召开…), as a bureau's site opens its page?  The
    site's name, no headline.  Over a headline naming no place first (三门峡市统计局 ⏎ 上半年全市经济…) the
    body's line is the only place of the story and stays; never over a second issuer or a
    document's title (某某县人民政府 ⏎ 关于…的通知: the issuer's line is the title's first part)."""
    if len(lines) < 2 or _SITE_AGENCY.fullmatch(lines[0].text.strip()) is None:
        return False
    head = lines[1].text.strip()
    return (_PLACE_OPENED.match(head) is not None and _SITE_AGENCY.fullmatch(head) is None
            and not _TITLE_END.search(head) and not head.startswith("关于"))


def _masthead(line: str) -> bool:
    """Is the line a newspaper's name alone (甘肃日报, 宜春晚报), as a page scraped from an e-paper opens
    with its masthead over the date and the page (mine57)?"""
    return _MASTHEAD.fullmatch(line.strip()) is not None


def _bounded_sections(text: str, pieces: list[tuple[int, int]], kind: str, start: int,
                      end: int) -> list[Section]:
    """One section, or, when longer than `MAX_SECTION` (a page scraped without line breaks), pieces
    of it cut after a sentence's end: stages look around a fact's paragraph, and a paragraph of
    the whole text made them quadratic."""
    if end - start <= MAX_SECTION:
        return [Section(kind, start, end)]
    own = "".join(text[s:e] for s, e in pieces)  # the section's text (only when over-long: rare)
    cuts = [start + c for c in bounded_cuts(own, 0, len(own), MAX_SECTION)]
    return [Section(kind, a, b) for a, b in zip([start] + cuts, cuts + [end])]


def _spaced_doc_head(line: str) -> bool:
    """Is the line a document's head alone, set with a space between its characters (通 告, 公 告)?"""
    return bool(_SPACED_DOC_HEAD.fullmatch(line.strip())) and re.sub(r"\s", "", line) in _DOC_HEAD_WORDS


def _letter_spaced(line: str) -> bool:
    """Is a line set with a space between every two characters (`关 于 印 发 2 0 2 3 年 …`, a PDF
    converter's or a wide column's letter spacing): most of its neighbouring characters are one
    space apart.  Words set apart by spaces (`县长 王明 副县长 李强`) are not."""
    if _spaced_doc_head(line):
        return True  # 通 告, 公 告 under 关于…的: a document's head set apart, two characters long
    if len(line) < SPACED_SHORTEST or _GAP.search(line) is None:
        return False
    chars = len(line) - sum(ch.isspace() for ch in line)
    return len(_GAP.findall(line)) >= SPACED_SHARE * (chars - 1)


def _without_gaps(text: str, pieces: list[tuple[int, int]], spaced: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`pieces` of `text` less the single spaces of its letter-spaced lines (`spaced`: their sorted
    source spans): the article reads `关于印发`, and its offsets still map every character to the
    source, where the spaces stay."""
    starts = [a for a, _ in spaced]
    out = []
    for s, e in pieces:
        k = bisect.bisect_right(starts, s) - 1
        if k < 0 or e > spaced[k][1]:
            out.append((s, e))
        else:
            out.extend(_cut(text, s, e, _GAP))
    return out


def _cut(text: str, s: int, e: int, rx: re.Pattern) -> list[tuple[int, int]]:
    """The piece text[s:e] less every match of `rx` in it, as (start, end) pieces."""
    out = []
    for m in rx.finditer(text, s, e):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if e > s:
        out.append((s, e))
    return out


# zero-width characters a page or an editor leaves inside words (王\u200b立新, 县交通\u00ad运输局: a zero-width
# space, joiners, a word joiner, a BOM pasted mid-text, a soft hyphen): invisible, no part of any name
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_READ_OUT = re.compile(f"{RUBY.pattern}|[{_INVISIBLE}]+")


def _without_ruby(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`pieces` of `text` less the pinyin a converter wrote after characters (設(shè)為 → 設為,
    `kg.text.RUBY`) and less zero-width characters (`_INVISIBLE`): the article's text reads the name
    whole, and its offsets still map every character to the source, where the readings stay."""
    return [piece for s, e in pieces for piece in _cut(text, s, e, _READ_OUT)]


# a note's reference mark after a word of a statistics bulletin: 地区生产总值(GDP)[2]2313亿元, 第三产业[3]增加值,
# or in tortoise-shell brackets (全年完成地区生产总值〔2〕129.92亿元; a document number's 〔2019〕 has four digits)
_NOTE_MARK = re.compile(f"(?<=[{CJK}）)%”])(?:[\\[［][{_DIGITS}]{{1,2}}[\\]］]|〔[{_DIGITS}]{{1,2}}〕)")


def _without_note_marks(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`pieces` of `text` less the reference marks of a bulletin's notes (`[2]`): the figure reads
    with its indicator (地区生产总值(GDP)2313亿元), as the bulletin means it, and the offsets still map
    every character to the source, where the marks stay."""
    return [piece for s, e in pieces for piece in _cut(text, s, e, _NOTE_MARK)]


# one full-width space between two characters of a line (a .doc/.wps conversion's justification)
_WIDE_GAP = re.compile("(?<=[^\\s])\u3000(?=[^\\s])")
_FIGURE_HEAD = re.compile(r"[0-9０-９]")


def _inner_gaps(text: str, b: _Block) -> list[int]:
    """The full-width spaces a .doc or .wps conversion left inside the words of a prose line (its
    justification spreads a line by spaces: `安全　生产`, `同比增长　8.2%`): a single one where the
    characters either side make one dictionary word, or between a word and the figure it reads
    (增长　8.2%).  Read with the space, `增长　` was no change word and the figure a level of
    `…增长　`.  Only in a prose line (a clause mark in it, longer than a byline): a list of names
    set apart by full-width spaces (`王明　李强`) forms no word across them and keeps its spaces."""
    if len(b.text) <= SHORT_LINE or not any(ch in _CLAUSE_MARKS for ch in b.text):
        return []
    out = []
    for m in _WIDE_GAP.finditer(text, b.start, b.end):
        left, right = text[max(b.start, m.start() - 4):m.start()], text[m.end():min(b.end, m.end() + 4)]
        if (_CJK.match(left[-1]) and _FIGURE_HEAD.match(right)) or forms_word(left, right):
            out.append(m.start())
    return out


# spaces a PDF conversion set around a figure in prose (社会消费品零售总额 35295 亿元，同比增长 3.3% ；
# 1 — 9 月份; 分别下降 16.6% 、 9.2% 和 6.8%): between a figure and a character or mark of the sentence
# (before a figure only when the figure is set apart after it too: 个贷比 2022年第三季度… is a heading run into
# its sentence, no figure spaced out)
_FIGURE_GAP = re.compile(rf"(?<=[0-9０-９%％‰])[ \t]+(?=[{HAN}，,。；;：:、（(）)—－~～])"
                         rf"|(?<=[{HAN}，,。；;：:、（(）)—－~～])[ \t]+(?=[0-9０-９][0-9０-９.．]*[%％‰]?[ \t])")


def _figure_gaps(text: str, b: _Block) -> list[int]:
    """The spaces a PDF conversion set around the figures of a prose line (`_FIGURE_GAP`): read with
    them, 1 — 9 月份 was no period, 16.6% 、 9.2% 和 6.8% no list and 总额 35295 亿元 a figure apart from
    its words (mine57).  Only in a prose line (a clause mark in it, longer than a byline), as
    `_inner_gaps`: a table's cells and a dateline's date and time keep their spaces."""
    if len(b.text) <= SHORT_LINE or not any(ch in _CLAUSE_MARKS for ch in b.text):
        return []
    return [i for m in _FIGURE_GAP.finditer(text, b.start, b.end) if not _item_number_gap(text, b, m)
            for i in range(m.start(), m.end())]


_ITEM_NUMBER_LONGEST = 3  # an item's or a row's number opening its line (1 …, 12 …, 105 …)
# … followed by a time word is a figure's date (12 月份, 3 日) set apart by the conversion, not a number
_ITEM_NUMBER_NOT_BEFORE = "月日号时季旬周"


def _item_number_gap(text: str, b: _Block, m: re.Match) -> bool:
    """7 社会消费品零售总额增长5.5%。 区商务委 …: the space after an item's or a table row's number
    opening the line, before the item's words, keeps it apart — joined (7社会…), the number read as
    a figure of the sentence and cut the noun after it one character short (会消费品零售总额).  A
    number opening the line before its unit (35295 亿元, 2023 年) or a time word (12 月份) is a
    figure set apart by the conversion (so is 1 — 9 月份, no word after it): that space still goes."""
    head = text[b.start:m.start()]
    return (head.isdigit() and len(head) <= _ITEM_NUMBER_LONGEST and _CJK.match(text, m.end()) is not None
            and text[m.end()] not in _ITEM_NUMBER_NOT_BEFORE and UNIT_WORD.match(text, m.end()) is None)


def _without_inner_gaps(pieces: list[tuple[int, int]], gaps: list[int]) -> list[tuple[int, int]]:
    """`pieces` less the one-character `gaps` (sorted source positions) inside them: the article reads
    the word whole, and its offsets still map every character to the source, where the space stays."""
    out = []
    for s, e in pieces:
        k = bisect.bisect_left(gaps, s)
        while k < len(gaps) and gaps[k] < e:
            if gaps[k] > s:
                out.append((s, gaps[k]))
            s = gaps[k] + 1
            k += 1
        if e > s:
            out.append((s, e))
    return out


def _line(text: str, block: _Block, ruby: bool) -> str:
    """A title's or subtitle's text, without pinyin readings where the page has them nor the spaces
    of a letter-spaced line."""
    if not ruby and not block.spaced and block.tail is None:
        return block.text
    return "".join(text[s:e] for s, e in _title_pieces(text, block, ruby)).strip()


def _title_lines(block: _Block) -> list[_Block]:
    """A title's lines: its first and the lines it runs on into (`tail`, then the tail's tail)."""
    out = [block]
    while out[-1].tail is not None:
        out.append(out[-1].tail)
    return out


def _title_pieces(text: str, block: _Block, ruby: bool) -> list[tuple[int, int]]:
    """The source pieces of a title's (or subtitle's) line, and of its second line, without pinyin
    readings and the spaces of a letter-spaced line."""
    out = []
    for b in _title_lines(block):
        pieces = [(b.start, b.end)]
        if b.spaced:
            pieces = _without_gaps(text, pieces, pieces)
        out.extend(_without_ruby(text, pieces) if ruby else pieces)
    return out


def _article(doc: Doc, region: _Region, n: int, use_doc_title: bool, ruby: bool,
             spaced: list[tuple[int, int]], notes: bool = False, gaps: list[int] | None = None) -> Article:
    text = doc.text
    title, subtitles = _choose_title(region.headers)
    parts: list[tuple[str, list[tuple[int, int]]]] = []
    if title is not None:
        parts.append(("title", [(b.start, b.end) for b in _title_lines(title)]))
    parts.extend(("subtitle", [(s.start, s.end)]) for s in subtitles)
    parts.extend((p.kind, p.pieces) for p in region.flow)
    parts.extend(("caption", [(c.start, c.end)]) for c in region.captions)
    parts.extend(("heading", [(b.start, b.end)]) for b in region.meta)
    if spaced:
        parts = [(kind, _without_gaps(text, pieces, spaced)) for kind, pieces in parts]
    if ruby:
        parts = [(kind, _without_ruby(text, pieces)) for kind, pieces in parts]
    if gaps:
        parts = [(kind, _without_inner_gaps(pieces, gaps)) for kind, pieces in parts]
    if notes:
        parts = [(kind, _without_note_marks(text, pieces)) for kind, pieces in parts]
    chunks: list[str] = []
    offsets = OffsetMap()
    sections: list[Section] = []
    pos = 0
    for kind, pieces in parts:
        if chunks:
            chunks.append("\n")
            pos += 1
        sec_start = pos
        for s, e in pieces:
            chunks.append(text[s:e])
            offsets.add(pos, s, e - s)
            pos += e - s
        sections.extend(_bounded_sections(text, pieces, kind, sec_start, pos))
    authors: list[str] = []
    for a in region.authors:
        if a not in authors:
            authors.append(a)
    article_title = _line(text, title, ruby) if title is not None else None
    if article_title is None and use_doc_title and doc.title:
        article_title = page_title_head(doc.title)
    return Article(
        id=f"{doc.id}#A{n + 1}",
        title=article_title,
        subtitle="\n".join(_line(text, s, ruby) for s in subtitles) or None,
        authors=authors,
        dateline=region.dateline,
        captions=[Caption(c.text, c.start, c.end, c.credit.text if c.credit else None)
                  for c in region.captions],
        spans=[s for p in region.flow if p.kind == "body" for s in p.pieces],
        text="".join(chunks),
        offsets=offsets,
        sections=sections,
    )


# a related page's title and its stamp as a portal lists it below an article, with no head above the
# list: `市政府召开常务会议 05-09`, `… (2024-09-30)`, `… 2024/09/30` — a day without its year, or a date in
# figures; never 年月日, how a notice's signer dates it (某某县人民政府 2024年3月1日), and a day without its year
# never with a point (地区生产总值（亿元） 12.5: a table's row and its figure)
_LISTED_LINK = re.compile(f"(?P<head>[^。！？!?；;，,\n]{{4,{HEADLINE_MAX}}}?[^\\s。！？!?；;：:，,、])"
                          f"(?:{_SP}+|{_SP}*[\\[［【（(])"
                          r"(?:(?:19|20)\d\d(?P<sep>[-/.])(?:0?[1-9]|1[0-2])(?P=sep)|(?:0?[1-9]|1[0-2])[-/])(?:0?[1-9]|[12]\d|3[01])"
                          f"{_SP}*[\\]］】）)]?")
LINK_RUN = 2  # so many listed links in a row below the article's text make a list of links


def _without_link_runs(blocks: list[_Block]) -> list[_Block]:
    """`blocks` less the runs of dated links a portal lists below an article with no head over them
    (`副市长刘某某调研防汛工作 05-08` under the last paragraph): other pages' titles, no text of this one;
    only below a paragraph that ended its sentence, so a list page's own entries stay its articles."""
    linked = [False] * len(blocks)
    prose = False
    for k, b in enumerate(blocks):
        linked[k] = prose and b.kind == "para" and bool(_LISTED_LINK.fullmatch(b.text))
        prose = prose or (b.kind == "para" and terminated(b.text))
    keep = []
    for k, b in enumerate(blocks):
        run = linked[k] and ((k > 0 and linked[k - 1]) or (k + 1 < len(blocks) and linked[k + 1]))
        if not run:
            keep.append(b)
    return keep


def _without_repeated_stamp(blocks: list[_Block]) -> list[_Block]:
    """`blocks` up to the page's source stamp set again below its text (乌鲁木齐 portal: `本文来源: 市政府`
    over the story, the same stamp under it, then the next item's title and teaser, cut short): the
    stamp closes the article, and what follows is other pages' furniture, no text of this one.  Only
    a stamp read above the first sentence of the page and repeated word for word after a finished one,
    with no finished sentence below it (teasers are cut short)."""
    first = None
    for k, b in enumerate(blocks):
        if b.kind == "para" and terminated(b.text):
            break
        if b.kind == "meta" and first is None:
            first = b.text
    if first is None:
        return blocks
    prose = False
    for k, b in enumerate(blocks):
        if prose and b.kind == "meta" and b.text == first:
            rest = blocks[k + 1:]  # (a list page's next item, stamped alike, has sentences of its own: kept)
            return blocks[:k] if not any(r.kind == "para" and terminated(r.text) for r in rest) else blocks
        prose = prose or (b.kind == "para" and terminated(b.text))
    return blocks


_BAR_TAIL = re.compile(f"{_SP}*[-_|｜–—]{_SP}*[^\\n]{{1,{SITE_NAME_MAX}}}")


def _mark_title_bar(blocks: list[_Block]) -> list[_Block]:
    """A page's title bar copied over its headline (`某区人代会开幕 - 天天要闻 国际` over `某区人代会开幕`):
    the headline, a separator and the site's or the column's name, the headline set again on the next
    line; the bar is marked `site` (no text: its headline would run on into the one under it)."""
    for k in range(min(len(blocks) - 1, HEAD_LINES)):
        b, n = blocks[k], blocks[k + 1]
        if (b.kind == "para" and len(n.text) >= TITLE_BAR_HEAD and b.text.startswith(n.text)
                and _BAR_TAIL.fullmatch(b.text, len(n.text))):
            b.kind = "site"
    return blocks


def split_articles(doc: Doc) -> list[Article]:
    """The articles of `doc`, in page order (see the module docstring for the rules)."""
    blocks = _mark_title_bar(_without_repeated_stamp(_without_link_runs(_blocks(doc.text))))
    site = [(b.start, b.end) for b in blocks if b.kind == "site"]
    if site:
        doc.meta["site_header"] = site  # read by resolve: the site's owner, for an article placed nowhere
    blocks = [b for b in blocks if b.kind != "site"]
    if not blocks:
        return []
    plain = not any(b.kind in ("h1", "h2") for b in blocks)
    regions = _segment(doc, blocks)
    for r in regions:
        _join_columns(doc.text, r, plain)
    _continue_articles(doc.text, regions)
    regions = [r for r in regions if r.headers or r.flow or r.captions or r.meta]
    regions.sort(key=lambda r: r.first)
    single = len(regions) == 1  # Doc.title names a single-article document only
    ruby = _READ_OUT.search(doc.text) is not None  # (once per document: a list page has hundreds of articles)
    spaced = [(b.start, b.end) for b in blocks if b.spaced]  # in source order
    notes = _NOTE_MARK.search(doc.text) is not None  # (once per document, as the ruby)
    gaps = [g for b in blocks if not b.spaced and ("\u3000" in b.text or " " in b.text)
            for g in sorted(set(_inner_gaps(doc.text, b) + _figure_gaps(doc.text, b)))]  # in source order
    return [_article(doc, r, n, single, ruby, spaced, notes, gaps) for n, r in enumerate(regions)]


@component("layout", reads=("doc.text", "doc.title"),
           writes=("doc.articles", "doc.meta.site_header", "article.text", "article.sections", "article.captions", "article.authors",
                   "article.spans", "article.dateline"))
def layout():
    """Split a document into articles: titles, bylines, captions, re-joined body text."""
    def run(doc: Doc) -> Doc:
        doc.articles = split_articles(doc)
        return doc
    return run
