"""Publication dates of documents and articles, so that 今年 and 去年 in a figure can be resolved.

Where a date comes from, first that applies:

* the input's metadata (a JSON Lines `date`, an HTML `<meta>` publication date) for the document;
* a header line of the page: `发布时间：2011-04-25`, `发布日期：2019-11-29`, a bare date line
  `2011年10月08` near the top, a scrape's source line `来源：某某县人民政府网  2019-03-26 10:25`,
  an issuer's line `某州委宣传部 2024年2月6日`, a site's line after its 【字体：大 中 小】 box, a content
  system's stamp `admin 2019-02-05 15:23:34 导读`,
  a speech's subtitle `——2019年2月16日在某县第十七届人民代表大会第四次会议上` (the dash may be lost),
  a newspaper's credit line `《 人民日报 》（ 2024年06月18日 01 版）`, a statement's date line under
  its title `2023年7月10日于北京`;
* the article's dateline: `新华社北京12月30日电`, `河北日报讯（记者…）6月2日，`, `河北日报(通讯员…)6月2日`;
* a signature line closing the text: `2019年7月23日于北京`, the newspaper's credit line there, or a
  footer field `发布日期：2022-10-31` / `日期：2022-10-31`;
* a title opening with the date of what it reports: `2022年8月19日外交部发言人汪文斌主持例行记者会`;
* a story's first sentence opening with the full date of its event, under its title:
  `县政府召开常务会议⏎2023年7月11日，县长…主持召开…`;
* last, an issuer's line in the head giving only a year and month (`市统计局 2020年3月`): the month.

Dates in a list of links closing a page (`相关链接⏎关于…的通知 2023-05-12`, `上一篇：…`) are other
pages' and never looked at.

A month and day without a year (datelines usually) take the year from the metadata, the header
of the page, or a full date elsewhere in the document's first lines; with no year known, the
date stays unknown rather than guessed.  Dates are ISO 8601 (`2011-04-25`, or `2011-04` / `2011`
when only that much is known).
"""
from __future__ import annotations

import calendar
import email.utils
import datetime as _dt
import re
import unicodedata
from functools import lru_cache

from ..lexicon import load_table
from ..metric_words import cue_alt, cue_chars, cues, numeral_forms, weekday_after_date
from ..model import Doc
from ..text import HAN, letter_spaced
from ..pipeline import component
from .numbers import parse_number

# a year, month and day on one line, spaces allowed between the parts (2016 年 5 月 16 日, 2019-11-29), never a
# line break (来源：今日房县 2016年5月⏎5月13日… is a month, no 2016-05-05): the date patterns below are built on it
_GAP = r"[ \t\u3000]*"
_YMD = rf"(?:19|20)\d\d{_GAP}[-/.年]{_GAP}\d{{1,2}}{_GAP}[-/.月]{_GAP}\d{{1,2}}"
_FULL = re.compile(rf"((?:19|20)\d\d){_GAP}[-/.年]{_GAP}(\d{{1,2}}){_GAP}[-/.月]{_GAP}(\d{{1,2}})(?![\d:])")
# 发布时间：2011-04-25, 发布日期: 2019-11-29, 【发布日期】2019-11-29, 发布日期 2019-11-29, 日期：…, 时间：…,
# 发 文 日 期 2019-11-29 in the first lines of a page
def _spaced_alt(name: str) -> str:
    """An alternation of a cue list whose words may be letter-spaced (发 文 日 期), in file order."""
    return "|".join(letter_spaced(w) for w in cues(name))


# (a metadata block scraped as a table sets the label and its date in cells apart by bars:
# `[ 成文日期 ] | 2025-03-28 |`, `发布日期 | 2025-03-28`)
# (a field named by its verb may run into its date with no mark: 发布时间2016-02-15 来源:系统管理, a
# union's county site — a bare 时间2016年… may be a sentence's, so only the verb's field)
_HEADER = re.compile(rf"(?:(?:{_spaced_alt('dates.header_verbs')})?(?:{_spaced_alt('dates.header_nouns')})\s*(?:[:：】\]|｜]|\s)[\s|｜]*"
                     rf"|(?:{_spaced_alt('dates.header_verbs')})(?:{_spaced_alt('dates.header_nouns')})(?=(?:19|20)\d\d))"
                     "(" + _YMD + r")")
# a date's weekday after it (2022年6月3日 星期五, 2025年7月23日(星期三))
_WEEKDAY = weekday_after_date()
# a line that is a date and little else (2011年10月08来源：, 2022年6月3日 星期五, 2025年7月23日(星期三) closing a
# Hong Kong government press release, （2023-05-12）, 2025年01月20日 (点击: ), a scraped table's
# `|| 2022-03-23 11:18:04 编辑: …`, a paper's `2021年07月27日 经济晚报`, a county paper's `2016/5/16 今日房县`,
# a site's stamp naming its publisher after the posted word: `2021-10-26 09:58 发布:中乡网 责任编辑:晓东`, a site
# with its local channel: `2021-03-01 大众网·日照` (yuye117))
_DATE_LINE = re.compile(r"^[ \t\u3000|｜•·]*[\[【（(]?[ \t\u3000]*(" + _YMD + r")[日号]?"
                        r"(?:[ \t\u3000]*[\]】）)])?"
                        + _WEEKDAY +
                        r"(?:[ \t\u3000]*(?:\d{1,2}:\d{2}(?::\d{2})?))?"
                        rf"(?:[ \t\u3000]*(?:{cue_alt('dates.posted_words')})"
                        r"(?:[ \t\u3000]*[:：][ \t\u3000]*[^\s\d，。,：:|｜]{2,12})?)?"  # 2021-10-26 发布:中乡网 (its publisher)
                        rf"(?:[ \t\u3000|｜•·]+(?:[^\s\d，。,：:|｜]{{2,10}}?(?:{cue_alt('dates.media_ends', False)})"
                        rf"(?:[·•][{HAN}]{{2,4}})?"  # 2021-03-01 大众网·日照: the site's local channel after its name
                        rf"|(?:{cue_alt('dates.media_starts', False)})[{HAN}]{{2,6}}))?"  # 2016/5/16 今日房县
                        rf"(?:[ \t\u3000|｜•·]*[（(【\[]?(?:{cue_alt('dates.byline_fields', False)})[^\n]*)?"  # (点击: ) too
                        r"(?:[ \t\u3000]{2,}(?:[A-Z]{1,2}\d{1,3}|第?\d{1,3}版)"  # a newspaper folio's page: L03, A2, 第3版
                        r"|[ \t\u3000]+[A-Z]{0,2}\d{1,3}版(?:[ \t\u3000]+[^\s\d，。,：:|｜]{2,8})?)?"  # an e-paper's: A1版 要闻
                        rf"(?:[ \t\u3000]+(?:{cue_alt('dates.page_tools', False)}))*"  # its buttons: 放大 缩小 默认
                        r"[ \t\u3000]*$", re.M)
# a news site's stamp with a two-digit year, its time of day and a byline field after it: `22-05-02 10:50
# 来源：新华社 编辑：…` (the century is this one's: the clock and the field tell a page's stamp)
_SHORT_YEAR_LINE = re.compile(r"^[ \t\u3000]*(\d\d)-(\d{1,2})-(\d{1,2})[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?"
                              rf"[ \t\u3000]+(?:{cue_alt('dates.byline_fields', False)})\s*[:：]", re.M)
# 新华社北京12月30日电; 本报讯（记者 王明）6月2日, 河北日报(通讯员…)6月2日 at an article's start
_DIANTOU = re.compile(rf"(?:((?:19|20)\d\d)年)?(\d{{1,2}})月(\d{{1,2}})日(?:{cue_alt('dates.wire_suffix')})")
_XUN = re.compile(rf"^[^\n，。,]{{0,24}}?(?:{cue_alt('dates.dispatch_marks', False)})" r"[ \t\u3000]*(?:[(（][^()（）\n]{0,40}[)）])?[ \t\u3000]*"
                  r"(?:((?:19|20)\d\d)年)?(\d{1,2})月(\d{1,2})日")
# 来源：某某县人民政府网  2019-03-26 10:25 — a scrape's source or author line carrying the date
_BYLINE_DATE = re.compile(rf"^[ \t\u3000]*(?:{cue_alt('dates.byline_fields', False)})\s*[:：][^\n]{{0,40}}?"
                          rf"(?<![\d.])({_FULL.pattern})", re.M)
# 湘西州委宣传部 2024年2月6日: an issuer's or paper's name, a space (or a bar: 某县融媒体中心 | 2023-12-05), then
# the date, alone on a line; the site's name may come first and its column's or the reporter's after it, apart by
# spaces (chongqing90: 重庆大渡口网 大渡口新闻 2022-09-28; 北京日报客户端 记者 刘桥斌 2023-06-05), at most _ISSUER_PIECES
_NOT_DEADLINE = "".join(f"(?<!{re.escape(w)})" for w in cues("dates.deadline_words"))  # (报名截止2024-06-30)
_ISSUER_PIECE = r"[^\s\d，。,：:；;！？!?、“”\"（）()|｜]"
_ISSUER_PIECES = 4  # space-set names before the date at most (site, column, role, reporter)
_ISSUER_DATE_LINE = re.compile(rf"^[ \t\u3000]*(?:{_ISSUER_PIECE}{{2,20}}[ \t\u3000]+){{0,{_ISSUER_PIECES - 1}}}{_ISSUER_PIECE}{{2,20}}" + _NOT_DEADLINE + r"(?:[ \t\u3000]+|[ \t\u3000]*[|｜•·][ \t\u3000]*"
                               r"|(?=(?:19|20)\d\d-\d{1,2}-\d{1,2}))"  # 四川省商务厅2022-10-08: no space before a dashed date
                               rf"({_FULL.pattern})[日号]?(?:[ \t\u3000]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
                               + _WEEKDAY + r"[ \t\u3000]*$", re.M)  # (宁波日报 2023年12月21日 星期四)
# a paper's masthead line: its issue or page count and the issue's date, no sentence mark (第 23 期 总第1647期
# 本期16版 2024年6月6日 星期四 甲辰年五月初一; 今日16版 总第3640期 星期三2024年1月31日 农历…)
_MASTHEAD_LINE = re.compile(r"^(?=[^\n，。,；;]*?(?:" + cue_alt("dates.masthead_counts") + r")[ \t\u3000]*\d{1,5}[ \t\u3000]*[期版])"
                            r"[^\n，。,；;]*?(?<!\d)(" + _FULL.pattern + r")[^\n，。,；;]*$", re.M)
# 税总函〔2019〕85号 2019年3月18日: a notice's document number and the date it was issued, one line under its title
_NUMBER_DATE_LINE = re.compile(r"^[ \t\u3000]*[^\s\d，。,：:；;]{1,16}?[〔\[［【(（][ \t\u3000]*(?:19|20)\d\d[ \t\u3000]*[〕\]］】)）]"
                               r"[ \t\u3000]*第?\d{1,5}号[ \t\u3000]+"
                               rf"({_FULL.pattern})[日号]?[ \t\u3000]*$", re.M)
# 中央政府门户网站 www.gov.cn   2009年10月09日   来源：湖北省人民政府网站: a page's head line — site
# name or address, the date, then a source or author field — with no sentence mark before the date
_SITE_DATE_LINE = re.compile(r"^(?:【[^】\n]{0,20}】|[^\n，。,；;！？!?：:]){0,60}?[ \t\u3000]"
                             rf"({_FULL.pattern})[日号]?(?:[ \t\u3000]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[ \t\u3000]+"
                             rf"(?:{cue_alt('dates.byline_fields', False)})\s*[:：][^\n]{{0,60}}$", re.M)
# 2020-10-09新闻 编辑: huazhu: a page's date run into its column's short name, then a field (the chrome
# stage drops the line as metadata, `chrome._between_stamp_and_fields`)
_COLUMN_DATE_LINE = re.compile(rf"^[ \t\u3000]*({_FULL.pattern})[日号]?(?:[ \t\u3000]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
                               rf"[ \t\u3000]*[{HAN}]{{1,4}}[ \t\u3000]+"
                               rf"(?:{cue_alt('dates.byline_fields', False)})\s*[:：]", re.M)
# a content system's stamp line: `admin 2019-02-05 15:23:34 导读`, a date with its time of day after
# a short name, before any sentence mark of the line
_STAMP_LINE = re.compile(r"^[ \t\u3000]*[^\s，。,；;！？!?：:]{1,20}[ \t\u3000]+"
                         rf"({_FULL.pattern})[ \t\u3000]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![\d:])", re.M)
# a speech's subtitle: ——2019年2月16日在进贤县第十七届人民代表大会第四次会议上 (政府工作报告); the
# dash is often lost in a scrape, or the line is bracketed: （2023年2月9日在某县…会议上）
_SPEECH_LINE = re.compile(r"^[ \t\u3000]*(?:[—－-]{1,2}|[（(])?[ \t\u3000]*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"
                          rf"(?:{cue_alt('dates.speech_opens', False)})(?:[^\n，。,；;]{{1,60}}?\n)?[^\n，。,；;]{{2,80}}?"
                          rf"(?:{cue_alt('dates.speech_closes', False)})[）)]?[ \t\u3000]*$", re.M)
# (a subtitle wrapped once, as a PDF's line breaks leave it: ——2025年2月28日在靖安县第十七届⏎人民代表大会第五次会议上)
# a report's subtitle naming the session that adopted it, with no 在/于: 2024年10月18日某县第十七届人民代表大会
# 常务委员会第二十四次会议通过 (a 决算, a budget report, a 条例), bracketed or not
_PASSED_LINE = re.compile(r"^[ \t\u3000]*(?:[—－-]{1,2}|[（(])?[ \t\u3000]*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"
                          rf"[^\n，。,；;]{{2,80}}?(?:{cue_alt('dates.passed_closes', False)})[）)]?[ \t\u3000]*$", re.M)
# a newspaper page's credit line, at the head or foot of a reprint: 《 人民日报 》（ 2024年06月18日 01 版）,
# its page in three digits in some papers' (《工人日报》(2012年01月17日 002版))
_PAPER_LINE = re.compile(r"《[ \t\u3000]*[^《》\n]{2,12}?[ \t\u3000]*》[ \t\u3000]*[（(][ \t\u3000]*"
                         rf"({_FULL.pattern})[日号]?[ \t\u3000]*第?[ \t\u3000]*\d{{1,3}}[ \t\u3000]*版"
                         r"[ \t\u3000]*[）)]")


def paper_credit(line: str) -> bool:
    """Is the line only a newspaper page's credit (《工人日报》(2012年01月17日 002版)), as a reprint sets it
    under its headline?  The layout reads it as the page's stamp: no subtitle, and the headline over it
    the title (it was read as the text's first line, and the story had no title)."""
    return bool(_PAPER_LINE.fullmatch(line.strip(" \t\u3000")))


# closing signature: 2019年7月23日于北京 (二〇一九年七月二十三日 too, once written in digits by _arabic_dates)
SIGNATURE_LINE = _SIGNATURE = re.compile(r"^[ \t\u3000]*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"
                        rf"(?:(?:{cue_alt('dates.signature_place')})[^\n]{{1,10}}|{cue_alt('dates.signature_issued')})?"
                        r"[ \t\u3000]*$", re.M)
# （某县人民政府办公室 2023年10月8日） closing a notice: the issuer and its date on one line, bracketed or not
_TAIL_ISSUER_DATE = re.compile(r"^[ \t\u3000]*[（(]?[ \t\u3000]*(?!截至|截止)[^\s\d，。,：:；;！？!?、“”\"（）()]{2,20}[ \t\u3000]+"
                               rf"({_FULL.pattern})[日号]?(?:{cue_alt('dates.signature_issued', False)})?"
                               r"[ \t\u3000]*[）)]?[ \t\u3000]*$", re.M)  # (the 版记's 某县人民政府办公室 2024年3月5日印发)
# a scrape's head line stamping the date with a clock time, whatever else it holds:
# `2010/1/6 16:43:13 次浏览`, `单位：档案馆 2020年12月22日 17:13 浏览：`, `… >> 新闻中心  来源：… 2018-08-30 18:12:31`
_STAMP = re.compile(r"^[^\n，。,；;！？!?]{0,80}?(?<![\d.])"
                    "(" + _YMD + r")[日号/]?[ \t\u3000]*\d{1,2}:\d{2}(?![\d])"
                    r"(?![^\n]*[。！？!?])", re.M)  # (a sentence going on after it is prose: 全县在…08:30召开会议。)
_NOT_PUBLICATION = re.compile(f"(?:{cue_alt('dates.header_not_publication')})\\Z")
_SITE_FIELD = re.compile(f"(?:{cue_alt('dates.site_field_heads')})\\Z")  # 网站|更新时间: the site's date
_SITE_HEAD = re.compile(f"(?:{cue_alt('dates.site_field_heads')})")
# a page's footer field: 发布日期：2022-10-31, 日期：2022-10-31 on a line of its own at the end of
# a scrape (a bare 时间： there is as often an event's time, so only 日期 stands without a verb)
_FOOTER_FIELD = re.compile(rf"^[ \t\u3000【\[]*(?:(?:{cue_alt('dates.header_verbs', False)})(?:{cue_alt('dates.header_nouns', False)})"
                           r"|日期)\s*[:：】\]]\s*"
                           "(" + _YMD + r")", re.M)
# 发布时间：16.11.2015: a header field written day first, dots between, the year last (pages made
# abroad or by foreign-language systems); never month first with dots, so the reading is one
_HEADER_DAY_FIRST = re.compile(rf"(?:{_spaced_alt('dates.header_verbs')})?(?:{_spaced_alt('dates.header_nouns')})"
                               r"\s*(?:[:：】\]]|\s)\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])")
# 28.09.2015 19:43 alone on a line: the same day-first stamp without its field name
_DAY_FIRST_LINE = re.compile(r"^[ \t\u3000]*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)"
                             r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*$", re.M)
# a title opening with the full date of what it reports: 2022年8月19日外交部发言人汪文斌主持例行记者会 (a
# transcript's or a record's title); the text's first line, not a deadline (2023年5月1日起施行)
_TITLE_DATE = re.compile(r"\A[ \t\u3000]*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"
                         rf"(?!\d|[ \t\u3000]*(?:{cue_alt('dates.title_date_not_before', False)}))[^\n。！？!?]{{4,60}}$", re.M)
# a title closing with the date of what it records, in brackets: 外交部发言人毛宁主持例行记者会（2024年12月16日）,
# `外交部例行记者会 / MFA Regular Press Conference (2024年12月16日)`; the bracket holds the date alone
# (not （2023年5月1日起施行）, a deadline)
_TITLE_DATE_TAIL = re.compile(r"\A[ \t\u3000]*[^\n。！？!?]{4,80}?[（(][ \t\u3000]*((?:19|20)\d\d)(?:年|-)(\d{1,2})(?:月|-)(\d{1,2})日?"
                              r"[ \t\u3000]*[）)][ \t\u3000]*$", re.M)
# a story's first sentence opening with the full date of what it reports, under at most two short
# lines (its title, a site's crumb): 县政府召开第18次常务会议⏎2023年7月11日，县长…主持召开…; 当地时间
# 2023年10月27日，… abroad; the date is the event's, the day or the day before the story was published
_LEAD_DATE = re.compile(r"\A(?:[^\n。！？!?]{0,64}\n(?:[ \t\u3000]*\n)*){0,2}?[ \t\u3000]*"
                        rf"({cue_alt('dates.lead_local_time', False)})?((?:19|20)\d\d)年(\d{{1,2}})月(\d{{1,2}})日"
                        rf"({cue_alt('dates.lead_day_parts')})?[，,]")
# the end of a first sentence with more of the story after it (a line of text beyond the 。)
_STORY_GOES_ON = re.compile(r"[^。！？!?]*[。！？!?][”’」』]?\s*\S")
_HEAD_CHARS = 600  # how far into a page or article header dates are looked for
# 市统计局 2020年3月: an issuing office and the year and month of the release, alone on a line of
# the head (a monthly statistics release under its title); the page's month when no day is given
_ISSUER_MONTH_LINE = re.compile(r"^[ \t\u3000]*[^\s\d，。,：:；;！？!?、“”\"（）()]{1,18}?"
                                rf"(?:{cue_alt('dates.issuer_ends')})[ \t\u3000]+((?:19|20)\d\d)年(\d{{1,2}})月"
                                r"[ \t\u3000]*$", re.M)
# 来源:唐山市 2023年6月 (a scrape's source line): the outlet and the page's year and month, no day
_SOURCE_MONTH_LINE = re.compile(rf"^[ \t\u3000]*(?:{cue_alt('dates.source_month_fields')})[ \t\u3000]*[:：][ \t\u3000]*"
                                r"[^\s\d，。,：:；;！？!?]{1,20}[ \t\u3000]+((?:19|20)\d\d)年(\d{1,2})月[ \t\u3000]*$", re.M)
_TAIL_CHARS = 300


def _iso(y, m, d) -> str | None:
    try:
        return _dt.date(int(y), int(m), int(d)).isoformat()
    except (TypeError, ValueError):
        return None


def _parse(s: str) -> str | None:
    m = _FULL.search(s)
    return _iso(*m.groups()) if m else None


def normalise(value: str | None) -> str | None:
    """A metadata date as ISO 8601: `2011-4-5`, `2011/04/05`, `2011年4月5日`, `2011-04-05T08:00`
    → `2011-04-05`; `2011-04` and `2011` pass; anything else → None.  A crawl's other ways of
    writing the day are read too (`_crawl_date`)."""
    if not value:
        return None
    v = unicodedata.normalize("NFKC", str(value)).strip()  # (２０２３－０５－０６: full-width digits)
    full = _parse(v) or _crawl_date(v)
    if full:
        return full
    m = re.fullmatch(r"((?:19|20)\d\d)(?:\s*[-/.年]\s*(\d{1,2})月?)?", v)
    if m:
        return m.group(1) + (f"-{int(m.group(2)):02d}" if m.group(2) else "")
    return None


# a day written as one run of digits, perhaps with its clock time: 20230506, 2023050610, 20230506103000
_COMPACT_DAY = re.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{2}){0,3}")


def _crawl_date(v: str) -> str | None:
    """A record's date as crawlers store it other than with separators: the day as one run of
    digits (`20230506`, `20230506103000`), in Chinese numerals (`二〇二三年五月六日`), or an RSS
    feed's RFC 822 stamp (`Sat, 06 May 2023 10:30:00 +0800`, read as the day in China, UTC+8)."""
    m = _COMPACT_DAY.fullmatch(v)
    if m:
        return _iso(*m.groups())
    if "年" in v:
        return _parse(_arabic_dates(v))
    if v[:1].isalpha() and "," in v[:5]:
        try:
            stamp = email.utils.parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError):
            return None
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(_dt.timezone(_dt.timedelta(hours=8)))
        return stamp.date().isoformat()
    return None


def _other_field(head: str, start: int, end: int) -> bool:
    """Does a field that dates something else (废止时间：, 会议时间：, 网站更新时间：) stand in head[start:end]?"""
    return any(_NOT_PUBLICATION.search(head[start:f.start()]) or _SITE_HEAD.search(head, start, f.start())
               for f in _FIELD_NOUN.finditer(head, start, end))


_FIELD_NOUN = re.compile(f"(?:{cue_alt('dates.header_nouns', False)})")
_NOUNS = tuple(cues("dates.header_nouns"))
_VERBS = tuple(cues("dates.header_verbs"))  # in file order: the first names the publication best


# a notice's numbered section heading (一、试鸣时间, （二）报名时间, 3. 活动时间): the 时间 closing it heads the
# section's schedule, no page field dating the publication (zhengbing105)
_NUMBERED_HEADING = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])")


def _publication_field(head: str) -> re.Match | None:
    """The `发布日期：…`-like field of a page head that dates the publication: one named by a verb
    (发布, 成文, 发文) first — of several, the verb listed first in `dates.header_verbs` (发布日期 over
    成文日期, the day a document was signed), then the first written — else a bare 时间/日期 not
    written after a word that makes it date something else (生成日期 of a retrieval system,
    废止时间, 会议时间)."""
    plain = None
    named: list[tuple[int, int, re.Match]] = []
    for m in _HEADER.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1  # (会议\n时间：… is the page's time field)
        if _SITE_FIELD.search(head[max(line_start, m.start() - 4):m.start()]):
            continue  # 网站更新时间：… in a footer dates the site, not the article
        field = re.sub(r"\s", "", m.group(0))
        if not field.startswith(_NOUNS):
            rank = next((k for k, v in enumerate(_VERBS) if field.startswith(v)), len(_VERBS))
            named.append((rank, m.start(), m))  # a verb names the field
        elif plain is None and not _NOT_PUBLICATION.search(head[max(line_start, m.start() - 4):m.start()]) \
                and not _NUMBERED_HEADING.match(head, line_start, m.start()):
            plain = m  # (not 一、试鸣时间 over 2025年9月18日9:00-10:00: a notice's numbered section on its schedule)
    return min(named, key=lambda r: r[:2])[2] if named else plain


# full-width digits and marks of a date (２０２３－０５－１２ １０：３０) as ASCII: one character for one
_HALF_WIDTH = str.maketrans("０１２３４５６７８９－／．：", "0123456789-/.:")
_FULL_WIDTH = re.compile("[０１２３４５６７８９－／．：]")


def _half_width(s: str) -> str:
    """`s` with full-width digits and date marks in half width (translated only where one stands:
    str.translate with a table costs as much as the rest of the dates stage)."""
    return s.translate(_HALF_WIDTH) if _FULL_WIDTH.search(s) else s


# a date in Chinese numerals, as notices sign and head themselves (二〇二三年十月八日, the zero also
# written ○, O or a digit 0: 二0一三年): a year of four digits read one by one, a month and a day read as numbers
_CN_DIGIT_CHARS = "".join(f for f, v in numeral_forms("digit").items() if v < 10)
_CN_NUMBER_CHARS = _CN_DIGIT_CHARS + "".join(numeral_forms("small"))
TYPED_ZEROS = "OＯ0０○"  # the zero as typed in place of 〇 (○ is a numeral form too; the layout stage reads date lines with them)
_CN_DATE = re.compile(f"([{_CN_DIGIT_CHARS}{TYPED_ZEROS}]{{4}})\\s*年\\s*([{_CN_NUMBER_CHARS}]{{1,3}})\\s*月"
                      f"\\s*([{_CN_NUMBER_CHARS}]{{1,4}})\\s*日")


_ZERO_AS_CN = str.maketrans({z: "〇" for z in TYPED_ZEROS})


def _cn_date_digits(m: re.Match) -> str:
    """One Chinese-numeral date written in digits (二〇二三年十月八日 → 2023年10月8日), or left as it
    is when a part does not read as a number."""
    if not m.group(1).strip(TYPED_ZEROS):
        return m.group(0)  # (0000年: no year)
    try:
        year = parse_number(m.group(1).translate(_ZERO_AS_CN))
        month, day = parse_number(m.group(2)), parse_number(m.group(3))
    except ValueError:
        return m.group(0)
    return f"{year}年{month}月{day}日"


def _arabic_dates(s: str) -> str:
    """`s` with its Chinese-numeral dates in digits, so that the header and signature patterns,
    written for digits, read a notice signed 二〇二三年十月八日 (same length or shorter: the
    patterns only parse, no offset is taken from the result)."""
    return _CN_DATE.sub(_cn_date_digits, s) if "年" in s else s


def header_date(text: str) -> str | None:
    """A full date stated in a header: `发布时间：…` anywhere in the head, else a bare date line,
    else a source or author line that carries one (来源：…网 2019-03-26).  Full-width digits and
    marks (２０２３－０５－１２) read as ASCII, Chinese-numeral dates (二〇二三年十月八日) as digits."""
    head = _arabic_dates(_half_width(text[:_HEAD_CHARS]))
    m = _publication_field(head)
    if m:
        return _parse(m.group(1))
    m = _HEADER_DAY_FIRST.search(head)
    if m and not _NOT_PUBLICATION.search(head[max(0, m.start() - 4):m.start()]):
        return _iso(m.group(3), m.group(2), m.group(1))
    day_first = _DAY_FIRST_LINE.search(head)
    m = _MASTHEAD_LINE.search(head) or _DATE_LINE.search(head) or _BYLINE_DATE.search(head) \
        or _ISSUER_DATE_LINE.search(head) \
        or _SITE_DATE_LINE.search(head) or _COLUMN_DATE_LINE.search(head) or _STAMP_LINE.search(head) \
        or _NUMBER_DATE_LINE.search(head)
    if m:
        return _parse(m.group(1))
    m = _SIGNATURE.search(head)  # a statement's date line under its title: 2023年7月10日于北京
    if m:
        return _iso(*m.groups())
    m = next((s for s in _STAMP.finditer(head) if not _other_field(head, s.start(), s.start(1))), None)
    if m:
        return _parse(m.group(1))
    m = _SHORT_YEAR_LINE.search(head)
    if m:
        return _iso("20" + m.group(1), m.group(2), m.group(3))
    m = _SPEECH_LINE.search(head) or _PASSED_LINE.search(head)  # ——2019年2月16日在…会议上, …会议通过
    if m:
        return _iso(*m.groups())
    m = _PAPER_LINE.search(head)
    if m:
        return _parse(m.group(1))
    if day_first:
        return _iso(day_first.group(3), day_first.group(2), day_first.group(1))
    m = _generated_field(head)  # 公文生成日期：2016-06-23 and nothing else in the head
    return _parse(m.group(1)) if m else None


_GENERATED = re.compile(f"(?:{cue_alt('dates.header_generated')})\\Z")


def _generated_field(head: str) -> re.Match | None:
    """A `生成日期：…` field of a portal's record (公文生成日期 on a Fujian county's, 生成日期 on an
    Anhui one), the day the document's record was made: its publication, or days from it.  Only
    the last resort of the head — a 发文日期 or any other dated line there wins over it."""
    for m in _HEADER.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if _GENERATED.search(head[max(line_start, m.start() - 4):m.start()]):
            return m
    return None


# a county site's source line closing a story, often bracketed: （来源：某县融媒体中心 2023年10月8日）
_TAIL_BYLINE = re.compile(rf"^[ \t\u3000]*[（(【\[]?[ \t\u3000]*(?:{cue_alt('dates.byline_fields', False)})\s*[:：]"
                          rf"[^\n]{{0,40}}?(?<![\d.])({_FULL.pattern})", re.M)


_LINK_LIST_REACH = 1500  # how far from a page's end a list of links to other pages is looked for


@lru_cache(maxsize=1)
def _link_list_head() -> re.Pattern:
    """A line opening a list of links to other pages at a page's foot: 相关链接 alone on its line,
    or 上一篇：… (page_chrome.tsv `link_list_heads`, `prev_next`)."""
    rows = load_table("page_chrome")
    heads = "|".join(re.escape(r["word"]) for r in rows if r["list"] == "link_list_heads")
    links = "|".join(re.escape(r["word"]) for r in rows if r["list"] == "prev_next")
    return re.compile(rf"^[ \t\u3000【\[·•]*(?:(?:{heads})[ \t\u3000】\]：:]*$|(?:{links}))", re.M)


_SENTENCE_END = re.compile("[。！？!?]")


def _before_link_list(text: str) -> str:
    """The text up to a list of links closing the page (相关链接⏎关于…的通知 2023-05-12): the dates
    there are other pages', never this one's header or signature.  A list only: no sentence ends
    after its head (a 相关链接 box at the top of a page, with the story under it, cuts nothing)."""
    lo = max(0, len(text) - _LINK_LIST_REACH)
    m = _link_list_head().search(text, lo)
    if m is None or _SENTENCE_END.search(text, m.end()):
        return text
    return text[:m.start()]


# epaper49: the property block an e-paper's CMS leaves after a story, its issue's date first (2022-07-29 1 1 淮安日报
# content_190469.html 1 3 政协淮安市九届二次常委会议召开 /enpproperty-->; the chrome stage drops the line)
_PROPERTY_LINE = re.compile(r"^[ \t\u3000]*((?:19|20)\d\d-\d{1,2}-\d{1,2})[ \t\u3000][^\n]{0,200}?enpproperty-->[ \t\u3000]*$",
                            re.M)


def property_date(text: str) -> str | None:
    """The issue's date an e-paper's property block after the story gives (`_PROPERTY_LINE`), or None."""
    if "enpproperty" not in text:
        return None
    m = _PROPERTY_LINE.search(text)
    return _parse(m.group(1)) if m else None


def signature_date(text: str) -> str | None:
    """A date line closing the text (the signature of a statement or notice), the credit line
    of the newspaper page the text was reprinted from (《 人民日报 》（ 2024年06月18日 01 版）),
    or a scrape's footer field (发布日期：2022-10-31); failing these, a source or editor line
    that closes the story with its date (（来源：某县融媒体中心 2023年10月8日）)."""
    tail = _arabic_dates(_half_width(_before_link_list(text)[-_TAIL_CHARS:]))
    footer = _PAPER_LINE.search(tail) or _FOOTER_FIELD.search(tail)
    if footer:
        return _parse(footer.group(1))
    found = None
    for m in _SIGNATURE.finditer(tail):
        found = _iso(*m.groups())
    for pattern in (_TAIL_ISSUER_DATE, _DATE_LINE, _TAIL_BYLINE):
        if found is None:  # the issuer's line, a bare date line (2023-10-08), a source line: the last
            for m in pattern.finditer(tail):
                found = _parse(m.group(1))
    return found


def title_date(text: str) -> str | None:
    """The date a text's first line opens with, when that line is a title reporting an event of
    that day (`_TITLE_DATE`), or closes with in brackets (`…例行记者会（2024年12月16日）`,
    `_TITLE_DATE_TAIL`): the last resort, after the header and the signature."""
    head = _arabic_dates(_half_width(text[:_HEAD_CHARS]))
    m = _TITLE_DATE.match(head) or _TITLE_DATE_TAIL.match(head)
    return _iso(*m.groups()) if m else None


def issuer_month(text: str) -> str | None:
    """The year and month of an issuer's line in the head (市统计局 2020年3月, `_ISSUER_MONTH_LINE`) or
    of a source line giving only those (来源:唐山市 2023年6月, `_SOURCE_MONTH_LINE`), as `2020-03`: the last resort, when no line or sentence gives the day."""
    head = _half_width(text[:_HEAD_CHARS])
    m = _ISSUER_MONTH_LINE.search(head) or _SOURCE_MONTH_LINE.search(head)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def lead_date(text: str) -> str | None:
    """The full date a story's first sentence opens with (`_LEAD_DATE`: 2023年7月11日上午，县长…),
    when nothing else dates the page: the day of the event reported, the nearest the text comes
    to its publication.  A date not closed by a comma (1989年10月27日正式成立) is history, none;
    so is a bare date opening a text of one sentence (1986年4月26日，切尔诺贝利…发生爆炸。: a date
    recalled; a story has a title, names the part of the day, 上午, or goes on after its first
    sentence)."""
    head = _half_width(text[:_HEAD_CHARS])
    m = _LEAD_DATE.match(head)
    if m is None:
        return None
    titled = "\n" in head[:m.start(2)]
    if not (m.group(1) or m.group(5) or titled) and not _STORY_GOES_ON.match(head, m.end()):
        return None  # 1986年4月26日，切尔诺贝利…爆炸。 alone: a date recalled, no story's day
    return _iso(*m.group(2, 3, 4))


def dateline_date(body: str, year: int | None, ref: str | None = None) -> str | None:
    """The month and day of a dateline at the start of an article's body, in `year` (or in the
    year the dateline writes itself: 人民网北京2021年3月5日电; or, with no year known, in the year of
    the event its first sentence dates in full: 红网岳阳8月19日讯 …，2022年8月18日上午，…).  `ref`,
    the page's date that `year` was taken from, turns a yearless dateline months after it back a
    year (新华社北京12月31日电 on a page of 2025-01-02 is 2024's: `_filed_before`)."""
    head = _half_width(body[:200])
    m = _DIANTOU.search(head)
    if not (m and m.start() < 40):
        m = _XUN.match(head)
    if not m:
        return None
    if m.group(1):
        return _iso(m.group(1), m.group(2), m.group(3))
    if year:
        return _filed_before(_iso(year, m.group(2), m.group(3)), ref)
    return _event_year_date(head, m)


_DATELINE_AHEAD_DAYS = 31  # a page's date may lag behind or slip ahead of its story's a little, never by months


def _filed_before(filed: str | None, ref: str | None) -> str | None:
    """A yearless dateline's date put in the page's year, or in the year before when that falls
    more than a month after the page's date (or month): a story is filed before its page is
    published, so 12月31日电 on a page of 2025-01-02 is 2024-12-31, never 2025-12-31."""
    if not filed or not ref or len(ref) < 7:
        return filed
    y, mo = int(ref[:4]), int(ref[5:7])
    bound = _dt.date.fromisoformat(ref) if len(ref) >= 10 else \
        _dt.date(y, mo, calendar.monthrange(y, mo)[1])
    if (_dt.date.fromisoformat(filed) - bound).days <= _DATELINE_AHEAD_DAYS:
        return filed
    return _iso(int(filed[:4]) - 1, filed[5:7], filed[8:10]) or filed


_EVENT_LAG_DAYS = 31  # a story is filed within a month of the event its lead dates in full


def _event_year_date(head: str, m: re.Match) -> str | None:
    """A yearless dateline's date in the year of the first full date after it in the story's
    lead, when the dateline's day falls on that date or within a month after it (the story was
    filed after the event): 8月19日讯 … 2022年8月18日上午 → 2022-08-19."""
    full = _FULL.search(head, m.end())
    if full is None:
        return None
    event = _iso(*full.groups())
    filed = _iso(full.group(1), m.group(2), m.group(3))
    if not event or not filed:
        return None
    lag = (_dt.date.fromisoformat(filed) - _dt.date.fromisoformat(event)).days
    return filed if 0 <= lag <= _EVENT_LAG_DAYS else None


# 发表时间:02-13 09:33 — a publication field with the day and its clock time but no year (宣城新闻网)
_YEARLESS_HEADER = re.compile(rf"(?:{_spaced_alt('dates.header_verbs')})(?:{_spaced_alt('dates.header_nouns')})\s*[:：]\s*"
                              r"(\d{1,2})-(\d{1,2})[ \t\u3000]+\d{1,2}:\d{2}(?![\d:])")
# …讯 2019年春节期间, … 2019年2月: the year the story's first sentence opens its time with
_LEAD_YEAR = re.compile(r"((?:19|20)\d\d)年(?:(\d{1,2})月|(春节))")
_LEAD_YEAR_REACH = 80  # characters of the story, from the field on, where that year is looked for
_YEARLESS_LAG_DAYS = 62  # a page dated so is published within two months of the time its lead names


def yearless_header_date(text: str) -> str | None:
    """发表时间:02-13 09:33 over 宣城新闻网讯 2019年春节期间，…: a yearless publication field takes the year
    of the time the story's first sentence names (a month, or the lunar new year by its table), only
    where the page is then dated on or after that time and within two months of it (a summary of
    last year, 2018年…, on a page of February gives nothing: its time is no month of the year)."""
    head = _half_width(text[:_HEAD_CHARS])
    m = _YEARLESS_HEADER.search(head)
    if m is None:
        return None
    window = head[m.end():m.end() + _LEAD_YEAR_REACH]
    lead = _LEAD_YEAR.search(window.split("。", 1)[0])
    if lead is None:
        return None
    year = int(lead.group(1))
    if lead.group(3):
        start = _lunar_new_year(year)
    else:
        start = _iso(year, lead.group(2), 1)
        start = _dt.date.fromisoformat(start) if start else None
    filed = _iso(year, m.group(1), m.group(2))
    if start is None or filed is None:
        return None
    lag = (_dt.date.fromisoformat(filed) - start).days
    return filed if 0 <= lag <= _YEARLESS_LAG_DAYS else None


@lru_cache(maxsize=1)
def _lunar_new_years() -> dict[int, _dt.date]:
    """The lunar new year's Gregorian date by year (lunar_new_year.tsv), read once."""
    return {int(r["year"]): _dt.date.fromisoformat(r["date"]) for r in load_table("lunar_new_year")}


def _lunar_new_year(year: int) -> _dt.date | None:
    return _lunar_new_years().get(year)


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date else None


def _without_site_header(doc: Doc) -> str:
    """The page's text with its site header blanked (the lines above a breadcrumb, `site_header` from
    the layout stage): a portal's today-widget there (`2024年6月1日 星期六`) is no publication date.
    Offsets stay, only the head is copied."""
    spans = [(s, min(e, _HEAD_CHARS)) for s, e in doc.meta.get("site_header", ()) if s < _HEAD_CHARS]
    if not spans:
        return doc.text
    head = list(doc.text[:_HEAD_CHARS])
    for s, e in spans:
        head[s:e] = " " * (e - s)
    return "".join(head) + doc.text[_HEAD_CHARS:]


def date_document(doc: Doc) -> None:
    """Set `doc.date` and each article's `date` (see the module docstring for the order)."""
    meta = normalise(doc.date) or normalise(doc.meta.get("date"))
    page = header_date(_before_link_list(_without_site_header(doc))) or property_date(doc.text) \
        or signature_date(doc.text) or title_date(doc.text) \
        or lead_date(doc.text) or issuer_month(_before_link_list(doc.text)) \
        or yearless_header_date(_without_site_header(doc))
    doc.date = meta or page
    year = _year_of(doc.date)
    for k, art in enumerate(doc.articles):
        own = None
        if art.spans:
            # the first article's header is the page's: a scrape's metadata block (发布日期：…) above the
            # title is no part of the article's text, but dates it before a signature line does
            body = min(s for s, _e in art.spans)
            s0 = 0 if k == 0 else body
            e0 = max(e for _s, e in art.spans)
            region = doc.text[s0:e0]
            # (the dateline opens the body, under the page's header: 新华社北京3月8日电 dates the story as
            # it does where a record's text starts with it)
            own = dateline_date(doc.text[body:e0].lstrip(), year, doc.date) or header_date(region)
            if own is None and art.dateline:
                own = dateline_date(art.dateline + region.lstrip(), year, doc.date)
        elif art.dateline:  # a headline of a list page: the date beside it (kept as its dateline)
            own = header_date(art.dateline)
        art.date = own or doc.date
    dated = sorted({a.date for a in doc.articles if a.date})
    if len(dated) == 1 and (doc.date is None or dated[0].startswith(doc.date)):
        doc.date = dated[0]  # one story: its dateline dates the document (or refines a bare year)


@component("dates", reads=("doc.text", "doc.date", "doc.articles"), writes=("doc.date", "article.date"))
def make_dates(**_config):
    """Publication dates of the document and its articles (metadata, header, dateline, signature)."""
    def run(doc: Doc) -> Doc:
        date_document(doc)
        return doc
    return run
