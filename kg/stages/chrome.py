"""A scraped web page's chrome: the lines around its article that are no part of it.

Text copied from a government portal keeps the portal's furniture: a navigation bar (`首页 政务公开
网上办事 …`), a breadcrumb (`当前位置：首页 > 政务公开 > 通知公告`), tool lines (`【字体：大 中 小】
打印本页 关闭窗口`, `分享到：`, `扫一扫在手机打开当前页`), links to the previous and next item, lists of
related headlines, the footer (`主办单位：…  网站标识码…  ICP备…`) and the metadata block of a
public-information page (`索引号：…  发文机构：…  发布日期：…`, labels often letter-spaced: `发 布 机 构`).
Left in, these lines run into the title and the first paragraph (they end in no 。, so the layout
stage joins them as a broken column) and give entities, figures and sentences that the article
never states.  `classify` tells such a line apart; the layout stage keeps it out of the article,
except the value of a field naming the issuing or source body (`发文机构：某某县人民政府办公室`,
`信息来源：…`), which stays as a heading section of its own so the issuer is an entity with its span.

Vocabulary: `page_chrome.tsv`.  Publication dates are read from the page text by the dates stage,
which knows these labels too (`生成日期` or `废止时间` are no publication dates).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon as L
from ..metric_words import weekday_after_date
from ..text import CJK, INLINE_SPACE, PLACEHOLDER, RUBY, alt, letter_spaced

_SP = INLINE_SPACE
_LEAD = re.compile(r"[\s•·●◆■▪◦\-\*【\[（(]*")
_CLAUSE = re.compile("[，,。；;！？!?]")
# (\d takes full-width digits too: ２０２３－０５－１２ is a date)
_DATE = re.compile(r"(?:19|20|１９|２０)\d\d\s*[-/.年－／．]\s*\d{1,2}\s*[-/.月－／．]\s*\d{1,2}[日号]?")
# (来源:南昌市人力资源和社会保障局 2021年12月: a month's stamp without its day too, renshe88)
_STAMP_TAIL = re.compile(r"[ \t\u3000\xa0]*(?:(?:19|20|１９|２０)\d\d\s*[-/.年－／．]\s*\d{1,2}\s*"
                         r"(?:[-/.月－／．]\s*\d{1,2}[日号]?|(?<=年\d)月|(?<=年\d\d)月))?"
                         r"[ \t\u3000\xa0]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000\xa0]*$")
# a date stamped with a clock time: 2020年12月22日 17:13, 2018-08-30 18:12:31
_CLOCK = re.compile(r"(?:19|20|１９|２０)\d\d\s*[-/.年－／．]\s*\d{1,2}\s*[-/.月－／．]\s*\d{1,2}[日号]?[ \t\u3000\xa0]*\d{1,2}[:：]\d{2}")
# a stamp with a two-digit year and a clock time opening a line of fields: 22-05-02 10:50 来源：新华社
_SHORT_CLOCK = re.compile(r"\d\d-\d{1,2}-\d{1,2}[ \t\u3000\xa0]+\d{1,2}[:：]\d{2}(?![\d:：])")
# a bullet or bar between a date and the fields after it: • 2012-08-01 • 来源：新华网
_GAP_MARKS = "•·|｜"
_BULLET = "·•●◦▪"
LINK_TITLE_MAX = 64  # a listed title is at most this long (a headline's length)
_SEPARATORS = ">＞»→|｜/\\-—"
# an e-paper's or a portal's column label alone on a line: 【图片新闻】, 【要闻】
_COLUMN_LABEL = re.compile(f"【[{CJK}]{{2,8}}】")
# a reading-time widget: 本篇文章200字,读完约1分钟; 全文共1234字，阅读大约需要3分钟
_READING_TIME = re.compile(r"(?:本篇文章|本文|全文)共?\d+字.{0,8}?(?:读完|阅读).{0,8}?\d+分钟")
# a widget counter's value: 8,917, 1.2万, 10万+, 1,024次 (a thousands comma is no clause's)
_COUNT = re.compile(r"(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[万亿]\+?)?|[0-9０-９]+(?:\.[0-9０-９]+)?[万亿]?\+?)"
                    r"(?:[ \t\u3000\xa0]?[次人])?")
# a phone number as sites print it: an area code and a dash (0731-88886666, (0731)8888666) or a
# 400/800 service number (400-6060-805); a bare run of digits may be a table's value and is none
_PHONE_NUMBER = r"(?:[（(]?0\d{2,3}[）)]?[-－]\d{7,8}|[（(]0\d{2,3}[）)]\d{7,8}|[48]00[-－]\d{3,4}[-－]\d{3,4})"
_URL = re.compile(r"(?:https?://|www\.)\S+$")
# a site's address inside a line: www.3030k.cn, http://www.gov.cn (its dots between letters or digits)
_ADDRESS = re.compile(r"(?:https?://|(?<![A-Za-z0-9.])www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
MAX_BANNER = 48  # a site's banner line (its name, address and slogan) is at most this long
MAX_COLUMN_NAME = 10  # a column's name before its "more" link (社会万象 阅读全部) is at most this long
# an e-paper's page label: 第02版:要闻, 第A3版：综合新闻, 第RB01版: 日报01版 (its links to the other pages
# follow on the line), after the issue's number (1886 期 / 第2版:2); the reader's 当前版:03版; a page
# label under its date (2012-03-20 A1版 要闻; not the close of a reprint's credit, 《 人民日报 》（ 2023年12月13日
# 04 版）, whose date is the paper's).  Read on the line without its white space.
_EDITION = re.compile(r"(?:第?[0-9０-９]{1,5}期[/／|｜]?)?第[0-9０-９A-Za-z]{1,4}版[:：]"
                      # (an e-paper's links to its pages without 第, one a line: 01版:要 闻 ⏎ 02版:权威发布, mrdx)
                      r"|[A-Za-z]?[0-9０-９]{1,3}版[:：][^:：]"
                      r"|当前版[:：]?[0-9０-９A-Za-z]{1,4}版"
                      r"|(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?[A-Za-z]?[0-9０-９]{1,2}版[^，,。；;()（）]{0,8}$"
                      # (a front page's guide to the pages inside, a page alone on its line over its
                      # headline: 3版 ⏎ 第十三届中部博览会娄底签约项目12个, A05版, 第7版)
                      r"|第?[A-Za-z]{0,2}[0-9０-９]{1,3}版$")
# a paper's page after the date of its source stamp (镇江日报 2024-06-04 第07版, 某某日报 2023-05-06 第A03版:要闻)
# (the page's own name after it is kept as the stamp's second value: 第07版:区域邯郸, the paper's page for 邯郸)
_PAGE_MARK = f"第?[A-Za-z]{{0,2}}[0-9０-９]{{1,3}}版(?:{_SP}*[:：]{_SP}*(?P<page>[{CJK}]{{1,8}}))?"
# a paper's day without the year, as a reprint under its headline stamps it (北京商报 12月16日, waijiao guotong99):
# only after a name ending in 报 (a paper), the line nothing else
_DAY_OF_YEAR = r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
# (not a bulletin's or a report's title over its day: 情况通报, 工作简报 12月16日)
_NOT_PAPER = "通公简汇预要快"
MAX_EDITION_LINE = 60  # an e-paper's page label line is at most this long
_ISSUE = re.compile(r"总第[ \t\u3000]*[0-9０-９]{1,5}[ \t\u3000]*期")  # a bulletin's issue line: 综合总第44期 …编印
MAX_SITE_NAME = 12  # a site's or an app's name inside its login link (登录湛江云媒账号) is at most this long
MAX_WIDGET = 40  # a widget's line is at most this long
MAX_WEATHER_PLACE = 8  # the place a weather widget names before 天气 (襄城天气：…) is at most this long
MAX_META_LINE = 200  # a metadata line is at most this long
MAX_VALUE = 30  # an issuer's name kept from a metadata field is at most this long
SHORT_VALUE = 20  # a weak label's value (来源：本站) is at most this long
MAX_FOOTER_LINE = 150
MIN_SPAM_MARKS = 2  # distinct spam keywords in one line that make it a hijacked mirror's stuffing (one may be quoted)
MAX_FOOTER_TAIL_LINE = 30  # a line ending in a footer's tail (光明网版权所有) is at most this long
MAX_SOURCE = 8  # a news site's name before its date stamp (中广网 2012-08-13) is at most this long
_BAR = "[|｜•·]"
# the frame of a tool bar whose buttons stood one a line (`【` ⏎ `收藏` ⏎ `】 【` ⏎ `打印` ⏎ `】`): brackets only
_FRAME = re.compile(r"[【】\[\]［］\s]+")
# the arrow glyph before an e-paper's link to the previous story or page, its symbol font lost (3上一篇  下一篇4)
_ARROWS = "3«‹<◀←"
_BARS = re.compile(r"[|｜\s]+")
_MONTH_DAY = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,2}[-/－／][0-9０-９]{1,2}(?![0-9０-９])")
_STAMP_GAP = f"(?:{_SP}*{_BAR}{_SP}*|{_SP}+)"  # between a site's name and its stamp: white space or a bar


@lru_cache(maxsize=None)
def _words(name: str) -> tuple[str, ...]:
    """The words of one list of page_chrome.tsv, in file order (remembered: the line tests ask
    for a list at each line, and each ask rebuilt the table's rows as dicts and filtered them)."""
    return tuple(r["word"] for r in L.load_table("page_chrome") if r["list"] == name)


@lru_cache(maxsize=1)
def _tables():
    strong = _words("meta_labels")
    weak = _words("meta_weak_labels")
    labels = sorted(strong + weak, key=len, reverse=True)
    field = re.compile("(?P<label>" + "|".join(letter_spaced(w) for w in labels) + ")"
                       + f"(?P<sep>{_SP}*[:：]|】|{_SP}+|$)")
    tools = sorted(_words("tool_words"), key=len, reverse=True)
    tool_re = re.compile("|".join(re.escape(w) for w in tools) + "|[\\s【】\\[\\]()（）:：,，、" + re.escape(
        _SEPARATORS + _BULLET) + "]")
    return dict(
        strong=frozenset(strong), weak=frozenset(weak), field=field, tool=tool_re,
        agency=frozenset(_words("agency_labels")), content=frozenset(_words("content_labels")),
        link_heads=frozenset(_words("link_list_heads")),
        location=re.compile("(?:" + alt(_words("location_cues")) + ")"),
        home=re.compile("(?:" + alt(_words("home_words")) + f"){_SP}*[{re.escape(_SEPARATORS)}]"),
        nav=_words("nav_words"),
        footer=re.compile("(?:" + alt(_words("footer_cues")) + f"){_SP}*[:：]"),
        footer_marks=_words("footer_marks"), footer_heads=_words("footer_heads"), spam=_words("spam_marks"),
        phone=re.compile(f"[{CJK}]{{0,2}}(?:{alt(_words('phone_label_tails'))})[:：]?|" + _PHONE_NUMBER),
        owner=re.compile("(?:" + alt(_words("footer_owner_cues")) + f"){_SP}*[:：]{_SP}*"),
        contact_open=re.compile(f"(?:{alt(_words('contact_address_labels') + _words('contact_labels'))}){_SP}*[:：]"),
        contact_next=re.compile(f"{_SP}(?:{alt(_words('contact_labels'))}){_SP}*[:：]"),
        # the name right before a copyright mark, the whole run of characters after the line's start or a
        # colon, ©, a year or a space (声明:某某网内容版权所有, Copyright © 2020 某县人民政府 版权所有)
        copyright=re.compile(f"(?:^|(?<=[:：©\\s\\d]))(?P<name>[{CJK}]{{2,{MAX_VALUE}}}?)"
                             f"(?:{alt(_words('copyright_name_tails'))})?{_SP}*(?:{alt(_words('copyright_marks'))})"),
        copyright_self=_words("copyright_self_heads"), status=frozenset(_words("status_values")),
        prev_next=re.compile("(?:" + alt(_words("prev_next")) + ")"),
        file_line=re.compile(f"[^。！？!?；;，,]{{1,{LINK_TITLE_MAX}}}?[.．](?:{alt(_words('file_extensions'))})"
                             f"(?:{_SP}*[（(\\[]{_SP}*[0-9.]+{_SP}*[KMGkmg]?[Bb]?{_SP}*[)）\\]])?"
                             f"(?:{_SP}*(?:{alt(_words('file_tails'))}))?", re.I),
        counter=re.compile(r"[0-9０-９]+(?:" + alt(_words("counter_tails")) + ")"),
        counter_bare=re.compile(r"[0-9０-９]{1,9}(?:" + alt(_words("counter_bare_tails")) + ")"),
        counter_line=re.compile(f"(?:[【\\[（(]?(?:{alt(_words('counter_words'))}){_SP}*[:：]?{_SP}*[（(\\[<]?{_SP}*"
                                f"(?:{_COUNT.pattern}){_SP}*(?:{alt(_words('counter_units'))})?{_SP}*[）)\\]>]?[】\\]）)]?{_SP}*)+"),
        counter_phrase=re.compile("(?:" + "|".join(re.escape(w).replace("COUNT", f"(?:{_COUNT.pattern})")
                                                   for w in _words("counter_phrases")) + ")[。.]?"),
        crumb_ends=frozenset(_words("crumb_ends")),
        login=re.compile(f"(?:{alt(_words('login_heads'))})[^，,。；;：:]{{0,{MAX_SITE_NAME}}}?(?:{alt(_words('login_tails'))})"),
        welcome=re.compile(f"(?:(?:{alt(_words('welcome_greetings'))})[,，!！]?)?(?:{alt(_words('welcome_heads'))})"
                           f"(?P<site>[^，,。；;：:!！]{{1,{MAX_SITE_NAME}}})[!！。.]?"),
        more=re.compile(f"[{CJK}]{{2,{MAX_COLUMN_NAME}}}(?P<gap>{_SP}+|{_SP}*[>»＞]+{_SP}*)?(?:"
                        + alt(_words("more_links")) + f")(?P<marks>{_SP}*[>»＞]+)?"),
        footer_tails=_words("footer_tails"), site_tails=_words("site_tails"), site_names=_words("site_name_tails"),
        weather=re.compile(f"[{CJK}]{{0,{MAX_WEATHER_PLACE}}}(?:{alt(_words('weather_cues'))}){_SP}*[:：].*?"
                           f"(?:{alt(_words('weather_marks'))})"),
        today=re.compile(f"(?:{alt(_words('today_cues'))}){_SP}*[:：]?{_SP}*{_DATE.pattern}"
                         f"(?:{_SP}*(?:星期|周)[一二三四五六日天])?"),
        post_stamp=re.compile(f"(?:(?:{alt(_words('post_stamp_heads'))}){_SP}+)?[^\\s，,。；;:：]{{1,20}}{_SP}+"
                              + _DATE.pattern + f"{_SP}+\\d{{1,2}}:\\d{{2}}(?::\\d{{2}})?"
                              + f"(?:{_SP}+(?:{alt(_words('post_stamp_places'))})[{CJK}]{{2,8}})?"),
        source_stamp=re.compile(f"(?P<source>(?=[{CJK}]{{2,{MAX_SOURCE}}}(?:{_SP}|{_BAR}))[{CJK}]*?(?:"
                                + alt(_words("source_stamp_tails")) + f")){_STAMP_GAP}"
                                + f"{_STAMP.pattern}(?:{_SP}+{_PAGE_MARK})?"),
        paper_day_stamp=re.compile(f"(?P<source>(?!关于)[{CJK}]{{2,{MAX_SOURCE}}}(?<![{_NOT_PAPER}])报){_SP}+{_DAY_OF_YEAR}"),
        # (a broadcaster's desk after its group's name: 江苏广电总台·融媒体新闻中心)
        stamp_source=re.compile(_STAMP.pattern + f"{_STAMP_GAP}(?P<source>(?:[{CJK}]{{2,{MAX_SOURCE}}}[·•])?"
                                f"[{CJK}]{{1,{MAX_SOURCE}}}?(?:"
                                + alt(_words("source_stamp_tails")) + "))"),
        licence=re.compile(f"[^{_SP[1:-1]}，,。；;：:]{{0,20}}?(?:" + alt(_words("footer_label_tails"))
                           + f"){_SP}*[:：][^，,。；;]*?(?:[0-9０-９]{{5,}}|字{_SP}*第?{_SP}*[0-9０-９]+号)"),
    )


@lru_cache(maxsize=1)
def _value_stop() -> re.Pattern:
    """A byline role and its colon inside a source field's value: the source's name ends before it."""
    return re.compile(f"{_SP}*(?:{alt(_words('value_stop_roles'))}){_SP}*[:：]")


@dataclass(frozen=True)
class Chrome:
    """What a chrome line is: `kind` "chrome" (furniture) or "meta" (metadata fields); `values`:
    spans in the line of the issuer's or source's name to keep; `takes_value`: a bare label line
    (`• 发文机构：`) whose value is the next line; `keeps_value`: that label names the issuer;
    `link_head`: it heads a list of links (`相关报道`); `crumb`: a breadcrumb (`当前位置：首页 > …`);
    `owner`: `values` name the site's owner in its footer; `banner`: in its welcome banner (您好,欢迎访问…!), read as
    a site header even where no issuer was named yet."""
    kind: str
    values: tuple[tuple[int, int], ...] = ()
    takes_value: bool = False
    keeps_value: bool = False
    link_head: bool = False
    crumb: bool = False
    owner: bool = False  # `values` hold the site owner's name (a footer's 主办单位), not an issuer's
    banner: bool = False  # `values` hold the site's name in its welcome banner: its header, never an issuer


# a line of linked headlines set side by side, each with its media tag (雪染石门(组图) 雪染麦积山(图)
# 天水在线航拍李广墓(图)): two tags at least, each closing a title before white space or the line's
# end, and no sentence mark (a sentence never runs two tagged titles on)
_MEDIA_TAG = r"[（(](?:组图|图|图文|视频|多图)[）)]"
_MEDIA_TAGGED = re.compile(rf"[^。；;！？!?]{{2,{LINK_TITLE_MAX}}}{_MEDIA_TAG}")
MIN_TAGGED_LINKS = 2


def _tagged_links(line: str) -> bool:
    items = line.split()
    return (len(items) >= MIN_TAGGED_LINKS
            and all(2 <= len(x) <= LINK_TITLE_MAX and not _SENTENCE_MARK.search(x) for x in items)
            and sum(bool(_MEDIA_TAGGED.fullmatch(x)) for x in items) >= MIN_TAGGED_LINKS)


# a multi-page story's pager (本新闻共2页,当前在第01页 0102; 共3页 上一页 1 2 3 下一页; 第1页/共2页), or a list's
# (1 条记录 1/1 页, 共25条记录 当前第1/3页: lead108, no figure 记录 1 条), read without its white space
_PAGER = re.compile(r"(?:本(?:新闻|文章?|篇|稿件?)?)?(?:共[0-9０-９]{1,3}页[,，]?(?:当前(?:在|为)?)?"
                    r"(?:第[0-9０-９]{1,3}页)?|第[0-9０-９]{1,3}页[/／,，]?共[0-9０-９]{1,3}页"
                    r"|共?[0-9０-９]{1,6}条(?:记录|信息|数据)?[,，]?(?:当前)?第?[0-9０-９]{1,3}[/／][0-9０-９]{1,3}页)"
                    r"(?:[0-9０-９]|上一页|下一页|首页|尾页|末页|[<>«»|｜])*")
LINK_HEAD_COLUMN_MAX = 4  # a column's name before a 相关… link-list head (摄影相关图片) is at most this long


def _column_link_head(core: str) -> bool:
    """`摄影相关图片`, `本站相关新闻`: a 相关… link-list head after a short column or site word (at most
    `LINK_HEAD_COLUMN_MAX` characters, the line nothing else)."""
    i = core.find("相关")
    return 0 < i <= LINK_HEAD_COLUMN_MAX and core[i:] in _tables()["link_heads"] \
        and all(ch not in "，,。；;：:" for ch in core[:i])


def _compact(s: str) -> str:
    """`s` without white space (str.split and the regex \\s take the same characters as space)."""
    return "".join(s.split())


def _fields(line: str, start: int) -> list[tuple[str, int, int]]:
    """(label, label start, value start) of the metadata fields of `line` from `start`: a label is
    followed by a colon, or by white space when it is letter-spaced or a strong label; one inside
    the line needs a colon or white space before it.  A label set in lenticular brackets, no colon
    (`【作者】某编纂委员会 【成文日期】2019-12-31 【点击率】1322次`), is closed by its bracket as by a colon."""
    t = _tables()
    out = []
    for m in t["field"].finditer(line, start):
        label = _compact(m.group("label"))
        sep = m.group("sep")
        bracketed = sep == "】" and line[m.start() - 1:m.start()] == "【"
        if sep == "】" and not bracketed:
            continue
        colon = ":" in sep or "：" in sep or bracketed
        spaced = label != m.group("label")
        if not (colon or spaced or (label in t["strong"] and (sep or m.end() == len(line)))):
            continue
        if m.start() > start and not (colon or line[m.start() - 1].isspace()):
            continue
        if out and m.start() < out[-1][2]:
            continue
        out.append((label, m.start(), m.end()))
    return out


def opens_field(s: str) -> bool:
    """Does `s` open with a metadata label and its colon (`来源:人民网`, `编辑：张三`)?  A byline's run of
    names ends there: what follows is that field's value, no name (记者 汪晓东 谢建伟  来源:人民网)."""
    m = _tables()["field"].match(s)
    return m is not None and (":" in m.group("sep") or "：" in m.group("sep"))


TRAILING_FIELDS_MAX = 160  # characters after a paragraph's last sentence end read for a run of fields
MIN_TRAILING_FIELDS = 2  # fields of a run glued to a paragraph's end (来源:…编辑:…) at least


def trailing_fields_at(line: str) -> int | None:
    """…充满活力的新山东。闪电新闻记者 孔然 报道来源:闪电新闻编辑:孔然责编:赵宇光审校:梁义主编:张倩 (lead109, an app's
    story scraped onto one line): where a run of metadata fields glued to the end of a paragraph starts — after
    its last sentence end, at least `MIN_TRAILING_FIELDS` labels with their colons (`opens_field`), each value
    short and no clause, up to the line's end — the page's credits, no text (主编:张倩 was a person of the story;
    on a line of its own the run is chrome already); a credit in brackets is the story's (`layout._closing_credit`).
    None where the line ends otherwise.  Bounded: the last
    `TRAILING_FIELDS_MAX` characters are read."""
    lo = max(0, len(line) - TRAILING_FIELDS_MAX)
    k = max(line.rfind(ch, lo) for ch in "。！？!?")
    if k < 0:
        return None
    field, rest = _tables()["field"], line[k + 1:].rstrip()
    if rest.lstrip()[:1] in ("(", "（"):
        return None  # …通过完工验收。(撰稿:方慧娟 审核:张志平): a closing credit in brackets, its writers read (shuili89)
    starts = [m for m in field.finditer(rest) if ":" in m.group("sep") or "：" in m.group("sep")]
    if len(starts) < MIN_TRAILING_FIELDS:
        return None
    for m, nxt in zip(starts, starts[1:] + [None]):
        value = rest[m.end():nxt.start() if nxt is not None else len(rest)].strip()
        if not value or len(value) > MAX_VALUE or _CLAUSE.search(value):
            return None
    return k + 1 + starts[0].start()


def _body_field(label: str, value: str, n_fields: int) -> bool:
    """名称：河北诚信招标有限公司, 名称：灵寿县第二中学: a procurement notice's 采购人信息 and 采购代理机构信息
    give the body's name under a weak label; a value ending as a body's name does (not a page's 名称：
    关于…的通知), so the line is the notice's text, no page chrome."""
    return n_fields == 1 and label in _words("body_field_labels") and value.endswith(_words("body_field_ends"))


def _clipped_label(line: str, lead: int) -> tuple[str, int, int] | None:
    """A metadata label whose first characters the page's layout cut off, opening the line: its
    last character alone and a colon (`号: 003087762/202401-00007 信息分类: …`, `称: 某区召开…`, `词:`,
    for 索引号, 名称, 关键词 set in a narrow cell).  A line of prose never opens with one character
    and a colon, so the field reads as the label it ends (a strong one first): (label, start,
    value start), or None."""
    m = _CLIPPED.match(line, lead)
    if m is None:
        return None
    label = _clip_labels().get(m.group(1))
    return (label, lead, m.end()) if label else None


_CLIPPED = re.compile(f"([{CJK}]){_SP}*[:：]")


@lru_cache(maxsize=1)
def _clip_labels() -> dict[str, str]:
    """The last character of each label of two or more characters → that label (a strong label
    before a weak one); a character that is a label itself, or that a one-character field of a
    document (注：, 附：, 问：, 答：) may be, is none."""
    t = _tables()
    out: dict[str, str] = {}
    for label in _words("meta_labels") + _words("meta_weak_labels"):
        if len(label) >= 2 and re.fullmatch(f"[{CJK}]+", label):
            out.setdefault(label[-1], label)
    return {ch: label for ch, label in out.items()
            if ch not in t["strong"] and ch not in t["weak"] and ch not in _ONE_CHARACTER_FIELDS}


_ONE_CHARACTER_FIELDS = "注附问答甲乙丙丁"


MAX_SPACED_NAME = 8  # a name set after its label with spaces (编辑 倪龙芝) is at most this long


def _spaced_field(head: str) -> bool:
    """Is `head` (what stands before a line's first field with a colon) a label and a short name set
    apart by spaces, no colon (`编辑 倪龙芝    `, `作者 张三 `): a byline field written as a table's
    cells, so the line is fields throughout."""
    t = _tables()
    parts = head.split()
    return (len(parts) == 2 and head[-1:].isspace() and (parts[0] in t["weak"] or parts[0] in t["strong"])
            and len(parts[1]) <= MAX_SPACED_NAME and not _CLAUSE.search(parts[1]))


def _meta(line: str) -> Chrome | None:
    """A line of metadata fields (see `_fields`), a date followed by fields (`2010/1/6 16:43:13 次浏览
    分类:政府动态 来源:`), or fields on a line stamped with a date and a time (`单位：某馆 2020年12月22日
    17:13 浏览：`)."""
    t = _tables()
    if len(line) > MAX_META_LINE:
        return None
    medium = None  # a medium's name opening the line before its fields, kept as a stamp's source is
    lead = _LEAD.match(line).end()
    clipped = _clipped_label(line, lead)
    fields = [clipped] + _fields(line, clipped[2]) if clipped else _fields(line, lead)
    if not fields:
        return None
    first_label, first_start, first_end = fields[0]
    spaced = _compact(line[first_start:first_end]).rstrip(":：") != line[first_start:first_end].rstrip(" \t\u3000\xa0:：")
    values = []
    for k, (label, _s, vstart) in enumerate(fields):
        vend = fields[k + 1][1] if k + 1 < len(fields) else len(line)
        values.append((label, vstart, vend))
    written = line[values[0][1]:values[0][2]].strip(" \t\u3000\xa0】]）)")
    first_value = _STAMP_TAIL.sub("", written)  # (来源:某某部 2020-02-05 19:03:34: the value is the source)
    if first_start == lead:
        if first_label in t["weak"] and not spaced:  # a letter-spaced label is a form's field (名  称)
            if _body_field(first_label, first_value, len(fields)):
                return None
            if len(fields) == 1 and first_label in _words("lone_field_not_meta"):
                return None  # 单位:万元 over a table: its unit, no page field (2018-10-08 单位:县政府办 作者:… is one)
            if not (len(fields) >= 2 or not first_value or _URL.match(first_value) or _COUNT.fullmatch(first_value)
                    or (len(first_value) <= SHORT_VALUE and not _CLAUSE.search(first_value))):
                return None
        elif len(fields) == 1 and len(first_value) > MAX_VALUE and line.rstrip().endswith("。"):
            return None  # prose after a label-like word
    elif _runs_on(line):
        return None  # fields inside a page scraped without its line breaks: the article runs on after them
    elif not _CLOCK.search(line):  # a line stamped with a date and a time holds fields anywhere
        dm = _DATE.match(line, lead) or _SHORT_CLOCK.match(line, lead)
        if dm is None and _spaced_field(line[lead:first_start]):
            pass  # 编辑 倪龙芝    发布时间:2020/04/21: a label and its name set apart by spaces, then fields
        elif dm is None and _medium_head(line[lead:first_start]) and first_label.endswith(_words("medium_credit_tails")):
            medium = (lead, lead + len(line[lead:first_start].rstrip()))  # 千岛湖新闻网 编辑:程就 姜智荣
        elif dm is None and _column_head(line[lead:first_start]) and any(label in t["agency"] for label, _s, _e in fields[1:]):
            pass  # 近报 新闻 时间：2016年09月16日 来源：近报: the paper's and the column's names, then its fields
        elif dm is None or not _between_stamp_and_fields(
                line[dm.end():first_start].strip(" \t\u3000\xa00123456789:)）" + _GAP_MARKS)):
            return None
    kept = [medium] if medium else []
    for label, vs, ve in values:
        if label not in t["agency"]:
            continue
        value = line[vs:ve]
        value = _value_stop().split(value, 1)[0]  # (来源:天鹅镇 通讯员:王某: the source is 天鹅镇)
        value = _STAMP_TAIL.sub("", value)
        s = vs + len(value) - len(value.lstrip(" \t\u3000\xa0"))
        e = vs + len(value.rstrip(" \t\u3000\xa0;；,，】]）)【["))  # (【文章来源】某年鉴 【成文日期】…)
        if e > s and e - s <= MAX_VALUE and re.search(f"[{CJK}]", line[s:e]):
            kept.append((s, e))
    # (a field whose value is its date, 发布日期：2024-03-12, is no bare label: the headline under it was read
    # as its value and lost, scrape96)
    bare = len(fields) == 1 and first_start == lead and not written
    return Chrome("meta", tuple(kept), takes_value=bare and first_label in t["strong"]
                  and first_label not in t["content"], keeps_value=bare and first_label in t["agency"])


def _medium_head(head: str) -> bool:
    """Is `head` (what stands before a line's first field) a medium's short name and a space (`千岛湖新闻网 `
    in `千岛湖新闻网 编辑:程就 姜智荣`, the credit closing a county news page)?  The line is the page's
    fields: left as text, its name gave a place (千岛湖) and its editors' names ran into the article."""
    name = head.strip()
    return (head[-1:].isspace() and 2 <= len(name) <= MAX_SOURCE and re.fullmatch(f"[{CJK}]+", name) is not None
            and name.endswith(_words("source_stamp_tails")))


COLUMN_HEAD_WORDS = 2  # a medium's name and its column's (近报 新闻) before a page's fields: this many words at most


def _column_head(head: str) -> bool:
    """Is `head` (what stands before a line's first field) a medium's short name and its column's, words set
    apart by spaces (`近报 新闻 ` in `近报 新闻 时间：2016年09月16日 来源：近报`)?  With a source field after it the
    line is the page's fields: left as text, it stood between the headline and the story, and the headline was
    lost (gongjijin115)."""
    words = head.split()
    return (head[-1:].isspace() and 1 <= len(words) <= COLUMN_HEAD_WORDS
            and all(_STAMP_COLUMN.fullmatch(w) for w in words))


STAMP_COLUMN_MAX = 4  # a column's name between a page's date and its fields (2020-10-09新闻 编辑:…) is at most this long
_STAMP_COLUMN = re.compile(f"[{CJK}]{{1,{STAMP_COLUMN_MAX}}}")


def _between_stamp_and_fields(gap: str) -> bool:
    """What may stand between a page's date and its first field on a metadata line: nothing, a
    counter's word (`2010/1/6 16:43:13 次浏览 分类:…`), or the column's short name, words only
    (`2020-10-09新闻 编辑: huazhu`: left as text, the page's date was lost with it)."""
    return gap in ("", "次浏览", "浏览", "点击") or bool(_STAMP_COLUMN.fullmatch(gap))


def classify(line: str) -> Chrome | None:
    """The chrome a (stripped) line is, or None when it may be article text.  Pinyin readings a
    converter wrote after characters (`发(fā)布机构`, `kg.text.RUBY`) are read as blanks of their length,
    so a label reads whole and a value's span stays the line's."""
    line = line.strip()
    if not line:
        return None
    if "(" in line or "（" in line:
        line = RUBY.sub(lambda m: " " * len(m.group()), line)
    if _FRAME.fullmatch(line):
        return Chrome("chrome")  # a tool bar's bracket left alone on a line, its words dropped as tools
    if _only_placeholders(line):
        return Chrome("chrome")  # {{sitedesc}}, ${title}: template tags a page was served with unfilled
    t = _tables()
    if len(line) <= MAX_META_LINE and sum(w in line for w in t["spam"]) >= MIN_SPAM_MARKS:
        return Chrome("chrome")  # 国产…一区二区三区,男女…免费视频网站: keywords a hijacked mirror stuffed into the page
    compact = _compact(line)
    core = compact.strip(_BULLET + "【】[]:：")
    if core in t["link_heads"] or _column_link_head(core):
        return Chrome("chrome", link_head=True)
    if _tagged_links(line) or _PAGER.fullmatch(compact):
        return Chrome("chrome")  # 雪染石门(组图) 雪染麦积山(图) …: linked headlines; 本新闻共2页,当前在第01页: a pager
    if _COLUMN_LABEL.fullmatch(compact) or (len(compact) <= MAX_WIDGET and _READING_TIME.search(compact)):
        return Chrome("chrome")
    if (t["location"].match(compact) or t["home"].match(compact) or _bare_crumb(compact)
            or _labelled_crumb(compact)) and not _runs_on(line):
        return Chrome("chrome", crumb=True)
    if t["prev_next"].match(compact, 1 if compact[:1] in _ARROWS else 0) or (len(line) <= MAX_EDITION_LINE and (_EDITION.match(compact) or _ISSUE.search(compact))
                                         and not _CLAUSE.search(line)):
        return Chrome("chrome")
    if len(line) <= MAX_FOOTER_LINE and t["file_line"].fullmatch(line):
        return Chrome("chrome")  # an attachment's file name: 2.某县重点企业名单（共56家）.doc — a download link
    if len(line) <= MAX_FOOTER_LINE and t["licence"].match(line):
        return Chrome("chrome")  # a footer's licence or filing number: 互联网新闻信息服务许可证编号：53120170002
    stamp = (t["source_stamp"].fullmatch(line) or t["stamp_source"].fullmatch(line)
             or t["paper_day_stamp"].fullmatch(line) or _stamp_with_widget(line))
    if stamp is not None:  # a news site's source and date under the headline: 中广网 2012-08-13, 2023-12-05 | 某县融媒体中心
        page = stamp.span("page") if "page" in stamp.re.groupindex and stamp.group("page") else None
        return Chrome("meta", ((stamp.start("source"), stamp.end("source")),) + ((page,) if page else ()))
    if t["post_stamp"].fullmatch(line) or _post_byline_stamp(line):
        return Chrome("chrome")  # a WeChat post's stamp: 原创 某县发布 2022-03-22 18:30 发表于某省 (the dates stage reads it)
    if t["footer"].match(compact) or compact.startswith(t["footer_heads"]) or (
            len(line) <= MAX_FOOTER_LINE and any(w in line for w in t["footer_marks"])) or (
            len(compact) <= MAX_FOOTER_TAIL_LINE and compact.endswith(t["footer_tails"])):
        owner = _owner(line)
        return Chrome("chrome", values=owner, owner=bool(owner))

    if _contact_line(line) or (len(line) <= MAX_FOOTER_LINE and _email_line_re().fullmatch(line)):
        return Chrome("chrome")  # 地址：某县某大道1号  邮编：454350  电话：…: the footer's contact line
    if _masthead_owners(line):
        return Chrome("chrome")  # 某局主管 某中心主办: a paper's masthead
    if len(compact) <= MAX_WIDGET and t["counter"].search(compact) and _only_tools(t["counter"].sub("", line)):
        return Chrome("chrome")  # a widget's counter: 0条评论, 阅读 1234次浏览
    if len(compact) <= MAX_WIDGET and (_counter_phrase_line(compact) or (
            t["counter_line"].search(line) and _only_tools(t["counter_line"].sub("", line)))):
        return Chrome("chrome")  # counts by their words (and tools): 阅读 1234, 阅读数：1234 点赞：12, 阅读原文 阅读 2345
    if len(compact) <= MAX_WIDGET and t["phone"].fullmatch(compact):
        return Chrome("chrome")  # a contact widget alone on a line: 洽谈电话 / 400-6060-805
    if _URL.fullmatch(line):
        return Chrome("chrome")  # the page's address alone on a line: www.某某.com.cn
    if t["login"].fullmatch(compact):
        return Chrome("chrome")  # the site's login link: 登录湛江云媒账号
    if (welcome := t["welcome"].fullmatch(line)) is not None:
        # its banner: 您好,欢迎访问中国食品安全网! — the site's name kept as a footer's owner is (欢迎访问开鲁县人民政府!)
        return Chrome("chrome", values=(welcome.span("site"),), owner=True, banner=True)
    if _more_line(line):
        return Chrome("chrome")  # 社会万象 阅读全部: a box of links beside the article
    site = _site_name_line(line)
    if site:
        return Chrome("meta", site)  # • 哈尔滨市人民政府网站: the site's name in a metadata block
    if len(compact) <= MAX_WIDGET and t["today"].fullmatch(compact):
        return Chrome("chrome")  # a widget's today (今天是:2025年11月06日 星期四): not the page's date
    if len(compact) <= MAX_WIDGET and t["weather"].match(compact):
        return Chrome("chrome")  # a post's weather widget (襄城天气：今天白天阴，东风1级，气温9~20℃): no headline, no figure
    if _doubled_label(compact):
        return Chrome("chrome")  # an image link's alt text and caption: 中国某某网微信中国某某网微信
    # (a line made of tool words only: one opens it — a cheap test that spares the substitution
    # over every paragraph of prose)
    if t["tool"].match(line) and not t["tool"].sub("", line) and re.search("[^\\s\\W]", line):
        return Chrome("chrome")
    if (len(line) <= MAX_WIDGET and t["tool"].match(line) and (day := _MONTH_DAY.search(line))
            and re.search("[^\\s\\W]", line[:day.start()] + line[day.end():])
            and not t["tool"].sub("", _MONTH_DAY.sub("", line))):
        return Chrome("chrome")  # an e-paper's back link with its issue's day: 返回 03-20 读报
    tokens = line.split()
    if (len(tokens) >= 4 and all(len(x) <= 10 for x in tokens) and not _CLAUSE.search(line)
            and any(w in compact for w in t["nav"])):
        return Chrome("chrome")
    if len(tokens) >= 2 and all(x in t["nav"] for x in tokens):
        return Chrome("chrome")  # a short navigation bar, every item a menu's: 政府信息公开 政务服务 互动交流
    if len(tokens) >= 2 and all(x in t["strong"] or x in t["weak"] for x in tokens):
        return Chrome("meta")  # a metadata block's labels whose values are empty: 文号 浏览量
    meta = _meta(line)
    if meta is None and _banner(line):
        return Chrome("chrome")  # 三联生活资讯 www.3030k.cn,中国最专业的资讯网站! (a source field with its address stays metadata)
    return meta


# weixin109: a WeChat post's stamp as a mirror prints it, its writer, the account and the day, no time
# (黄社德等 市场监管半月沙龙 2024-04-15; 单县融媒 单县融媒 2024-11-07)
_POST_BYLINE = re.compile(rf"(?:原创{_SP}+)?(?P<writer>[{CJK}]{{2,4}}?等?|[^\s，,。；;:：!！?？]{{2,20}})"
                          rf"{_SP}+(?P<account>[^\s，,。；;:：!！?？]{{2,20}}){_SP}+(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}")


def _post_byline_stamp(line: str) -> bool:
    """The writer, the account and the hyphened day of a WeChat post (`_POST_BYLINE`): chrome where the
    writer is a person's name (a family name first, 等 after a first of several) or the account itself
    (the account writes its own post) — a listed headline with a space in it and its date is neither."""
    m = _POST_BYLINE.fullmatch(line) if len(line) <= MAX_WIDGET + 20 else None
    if m is None:
        return False
    writer = m.group("writer")
    return writer == m.group("account") or (len(writer.rstrip("等")) in (2, 3, 4)
                                             and bool(re.fullmatch(f"[{CJK}]+", writer))
                                             and writer.startswith(L.surnames()))


def _stamp_with_widget(line: str) -> re.Match | None:
    """A news site's stamp and source followed by a comment widget on the same line (`2017-11-06
    11:25:58    新华网  参与评论()人`, `中广网 2012-08-13 评论(3)`): the stamp line under the headline.  Left
    as text it ended in no sentence mark and was taken for the headline, the real one above it a
    kicker (fugao105 01)."""
    if len(line) > MAX_WIDGET + MAX_SOURCE + 30:
        return None
    t = _tables()
    m = t["stamp_source"].match(line) or t["source_stamp"].match(line)
    if m is None or m.end() == len(line) or not line[m.end()].isspace():
        return None
    rest = _EMPTY_COUNT.sub("", t["counter_line"].sub("", line[m.end():]))
    return m if _only_tools(rest) else None


# a comment widget's count left empty by the scrape (参与评论()人, 评论（）): its word and brackets
_EMPTY_COUNT = re.compile(r"(?:参与|已有)?(?:评论|跟帖|浏览|阅读|点击)[（(][ \t\u3000\xa00-9０-９]*[）)](?:人|次|条)?")
# a contact label and an e-mail address, the line nothing else (投稿邮箱: mczfw@163.com, 举报邮箱：jb@x.gov.cn):
# a site's contact widget; left in, it was taken for the headline above the article (guangdian105 01)
_EMAIL_LINE_TAIL = r"[ \t\u3000\xa0]*[:：][ \t\u3000\xa0]*[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[ \t\u3000\xa0]*"


@lru_cache(maxsize=1)
def _email_line_re() -> re.Pattern:
    mail = [w for w in _words("contact_labels") if "邮" in w or "mail" in w.lower()]
    return re.compile(f"[{CJK}]{{0,4}}(?:{alt(mail)}|信箱)" + _EMAIL_LINE_TAIL, re.I)


def _contact_line(line: str) -> bool:
    """A line opening with an address or contact label and its colon that holds another contact field
    after a space (`地址：某县某大道1号  邮编：454350  电话：0391-7122345`, `电话:0475-6212345 邮编:028400`): a
    site footer's contact line (page_chrome.tsv `contact_address_labels`, `contact_labels`), no text —
    its street and town are no place of the article.  A sentence naming an address runs on with a
    comma (联系地址：某路1号，联系电话：…), no space: it is left alone."""
    t = _tables()
    if len(line) > MAX_FOOTER_LINE or t["contact_open"].match(line) is None:
        return False
    return t["contact_next"].search(line) is not None and not _CLAUSE.search(line)


def _banner(line: str) -> bool:
    """A site's banner: a short line holding the site's address among its name and slogan
    (`三联生活资讯 www.3030k.cn,中国最专业的资讯网站!`), ending no sentence with a full stop.  Left in, it
    ran into the title and its slogan's 中国 placed a county's article in China; an article names an
    address inside a sentence (请登录www.某某.gov.cn查询。), longer or closed by its full stop."""
    return (len(line) <= MAX_BANNER and not line.endswith(("。", "；", "，", ",", "：", ":"))
            and _ADDRESS.search(line) is not None)


@lru_cache(maxsize=1)
def _masthead_owners_re() -> re.Pattern:
    """Two or three names each with its masthead verb (主管, 主办), before it or after it with a colon."""
    verbs = alt(_words("masthead_owner_verbs"))
    name = f"[^\\s，。,；;！？!?、“”]{{2,{MAX_VALUE}}}?"
    before = f"(?:{name}(?:{verbs}){_SP}*){{2,3}}"
    after = f"(?:(?:{verbs}){_SP}*[:：]{_SP}*{name}{_SP}*){{2,3}}"
    return re.compile(f"{before}|{after}")


def _masthead_owners(line: str) -> bool:
    """Is the line a paper's masthead naming the body over it and its publisher (湖南省新闻出版广电局主管
    娄底广播电视中心(市广播电视台)主办, 主管:中共某县委 主办:某县委宣传部)?  Page furniture, printed on
    every issue: its bodies are no facts of the stories under it (they took the page's figures as their
    subject).  Two verbs at least, and no sentence mark: 由市委宣传部主管、市文联主办 is a clause."""
    return len(line) <= MAX_META_LINE and bool(_masthead_owners_re().fullmatch(line))


def _more_line(line: str) -> bool:
    """A column's name and its "more" link set apart by a space or a > mark (`社会万象 阅读全部`, `新闻快报
    更多>>`, `more_links`): the head of a box of links beside the article.  Its name is no text of the
    article (社会万象 gave a Place 万象, Vientiane); a headline ending in a word like 更多 (让群众获得感更多)
    has no gap before it."""
    m = _tables()["more"].fullmatch(line)
    return m is not None and bool(m.group("gap") or m.group("marks"))


def _site_name_line(line: str) -> tuple[tuple[int, int], ...]:
    """The span of a site's name set alone on its line, perhaps after a bullet (`• 哈尔滨市人民政府网站`,
    `site_name_tails`): what a page's metadata block shows as its source; no title and no sentence."""
    lead = _LEAD.match(line).end()
    name = line[lead:]
    if 0 < len(name) <= MAX_VALUE and re.fullmatch(f"[{CJK}]+", name) and name.endswith(_tables()["site_names"]):
        return ((lead, len(line)),)
    return ()


def _only_placeholders(line: str) -> bool:
    """Is a line nothing but unfilled template tags (`kg.text.PLACEHOLDER`: {{sitedesc}}, ${title},
    <!--#echo var="title"-->) and the marks between them?  Such a line says nothing; left in, it ran
    into the title (`{{sitedesc}}${title}县政府召开常务会议`)."""
    if "{" not in line and "<!--" not in line and "[!" not in line and "<%" not in line:
        return False
    rest = PLACEHOLDER.sub("", line)
    return rest != line and not rest.strip(" \t\u3000_-|·:：—–")


MAX_CRUMB_LINE = 100  # a breadcrumb line is at most this long


def _runs_on(line: str) -> bool:
    """A breadcrumb's line that runs on into the article (a page scraped without its line breaks:
    `当前位置：首页 > 新闻 某县召开会议 发布时间：… 5月11日，县长某某主持召开…。`): long, with a full stop.
    Kept as text: dropping it would drop the article."""
    return len(line) > MAX_CRUMB_LINE and any(ch in line for ch in "。！？")


_CRUMB_SPLIT = re.compile("[>＞»]+")
MAX_CRUMB_ITEM = 15  # an item of a breadcrumb (a site's or a column's name) is at most this long


def _bare_crumb(compact: str) -> bool:
    """A breadcrumb without its cue: three or more short items between > marks, the last one the
    article itself (`江苏文明网 > 苏州 > 正文`); or two or more opened by the site's own name
    (`中国西藏网 > 生态`, `site_tails`); or the rest of a crumb whose home word stood on the line
    above, opening with its > mark (`>新闻中心 >热点专题 >松北区`): prose never opens with one."""
    items = _CRUMB_SPLIT.split(compact)
    t = _tables()
    if not (len(items) >= 2 and all(len(x) <= MAX_CRUMB_ITEM and not _CLAUSE.search(x) for x in items)):
        return False
    if not items[0]:
        return len(items) >= 3 and all(items[1:])
    return all(items) and (len(items) >= 3 and items[-1] in t["crumb_ends"]
                           or items[0].endswith(t["site_tails"]) and len(items[0]) > 2)


MAX_CRUMB_LABEL = 8  # a column's name set before a breadcrumb's cue (社会暖闻当前位置：…) is at most this long


def _labelled_crumb(compact: str) -> bool:
    """A breadcrumb run on after the column's name the page sets above it (`社会暖闻当前位置:首页 >
    社会暖闻`): its cue within the first characters, after a name with no clause mark, and > marks
    after it (项目所在位置位于县城东部。 is no crumb)."""
    m = _tables()["location"].search(compact, 0, MAX_CRUMB_LABEL + 6)
    return (m is not None and 0 < m.start() <= MAX_CRUMB_LABEL and not _CLAUSE.search(compact, 0, m.start())
            and _CRUMB_SPLIT.search(compact, m.end()) is not None and not _CLAUSE.search(compact, m.end()))


def crumb_piece(line: str, after_open: bool, item_max: int = MAX_CRUMB_ITEM) -> tuple[bool, bool]:
    """A breadcrumb set one item a line (`当前位置:` `首页` `>` `精品栏目` `>` `正文`): (is `line` a piece of
    it, does the crumb go on after it).  A line of > marks only goes on any crumb; a short item goes on
    one left open (its last line a cue with a colon, a home word or a > mark), an item at most
    `item_max` long (shorter under a crumb whose line named its columns already, `crumb_columns`)."""
    compact = _compact(line)
    if compact and not _CRUMB_SPLIT.sub("", compact):
        return True, True
    if after_open and 0 < len(compact) <= item_max and not _CLAUSE.search(compact) and not is_stamp(line):
        return True, compact in _words("home_words")
    return False, False


def crumb_columns(line: str) -> int:
    """How many items a breadcrumb line names after its cue (`当前位置: > 阅览室 > 社会广角 >` → 2): a line
    that names its columns and ends with a > mark has been printed whole with a trailing mark; the
    line under it is the page's headline (县委书记的一天(人民观察)), no item of the crumb, unless it is as
    short as a column's name."""
    items = [x.split(":")[-1].split("：")[-1] for x in _CRUMB_SPLIT.split(_compact(line))]
    return sum(1 for x in items if x and x not in _words("home_words") and not _tables()["location"].fullmatch(x))


def crumb_last(line: str) -> str:
    """The last item of a breadcrumb line (`当前位置：首页 > 政务公开 > 通知公告` → 通知公告; a piece set
    alone on its line is its own last item): a page sets the column's name again under its crumb."""
    compact = _compact(line)
    item = _CRUMB_SPLIT.split(compact)[-1]
    return item.split(":")[-1].split("：")[-1]


def crumb_open(line: str) -> bool:
    """Does a breadcrumb line leave the crumb open: it ends with a colon or a > mark, or is a home word."""
    compact = _compact(line)
    return compact.endswith((":", "：")) or bool(_CRUMB_SPLIT.fullmatch(compact[-1:] or "x")) \
        or compact in _words("home_words")


def _counter_phrase_line(compact: str) -> bool:
    """A count sentence's frame, then tool words only (已有0人参与,点击查看更多精彩评论): a widget's line."""
    m = _tables()["counter_phrase"].match(compact)
    return m is not None and (m.end() == len(compact) or _only_tools(compact[m.end():]))


def _only_tools(rest: str) -> bool:
    """Is `rest` (a line less its counters) empty or made of tool words only?"""
    t = _tables()
    return not rest.strip(" \t\u3000\xa0:：|｜【】[]()（）") or not t["tool"].sub("", rest)


MAX_DOUBLED = 12  # a doubled image label (alt text and caption) is at most this long each


def _doubled_label(compact: str) -> bool:
    """A line that is one short label written twice with no punctuation (`学习强国学习强国`): an image
    link's alt text and its caption, no sentence."""
    n = len(compact)
    return (n % 2 == 0 and 4 <= n <= 2 * MAX_DOUBLED and compact[:n // 2] == compact[n // 2:]
            and not re.search(r"[^\w]", compact))


def _owner(line: str) -> tuple[tuple[int, int], ...]:
    """The span of the site owner's name in a footer line opening with its label (`主办：册亨县人民政府
    办公室 联系地址：…`): the value up to the next white space, kept like an issuer's name — a county
    portal's article often names only its township (冗渡镇), and the owner tells which county."""
    m = _tables()["owner"].match(line)
    if m is None:
        return _copyright_owner(line)
    end = re.compile(f"{_SP}|$").search(line, m.end()).start()
    value = line[m.end():end].rstrip("，,;；|｜")
    if 0 < len(value) <= MAX_VALUE and re.search(f"[{CJK}]", value):
        return ((m.end(), m.end() + len(value)),)
    return ()


def _copyright_owner(line: str) -> tuple[tuple[int, int], ...]:
    """The span of the site owner's name written before the copyright mark of a footer line
    (`声明:绵阳市场信息网内容版权所有`, `某县人民政府 版权所有`): the owner as `主办：` names it, where the
    article names only its township (魏城镇 is a town of two counties) and the footer tells which."""
    m = _tables()["copyright"].search(line)
    if m is None or m.group("name").startswith(_tables()["copyright_self"]):
        return ()  # 本网站版权所有: the site speaking of itself names no owner
    return ((m.start("name"), m.end("name")),)


# a stamp: a date, perhaps its clock time, perhaps its weekday (宁波日报 2023年12月21日 星期四: a paper's dateline);
# after 日 the clock may follow with no space (2013年08月24日14:20, as a reprint's head line sets it)
_STAMP = re.compile(_DATE.pattern + r"(?:(?:(?<=[日号])[ \t\u3000\xa0]*|[ \t\u3000\xa0]+)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
                    + weekday_after_date())
# a stamp written day first, as a foreign-made content system prints it (`12.03.2015 15:31`)
_DAY_FIRST_STAMP = re.compile(r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?:[ \t\u3000\xa0]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")


@lru_cache(maxsize=1)
def _source_alone_re() -> re.Pattern:
    return re.compile(f"(?:[{CJK}]{{2,4}}{_SP}*[/／]{_SP}*)?(?P<source>[{CJK}]{{1,{MAX_SOURCE}}}?(?:"
                      + alt(_words("source_stamp_tails")) + "))")


def source_alone(line: str) -> tuple[int, int] | None:
    """The span of a news medium's name set alone on its line, perhaps after its writer and a slash
    (`新华社`, `贾辉/黑龙江日报`), or None.  Under a headline and over the page's bare stamp
    (`2018-10-10 16:37`) such a line is the stamp's source (the layout stage looks at the next line);
    left as text it cost the page its headline (fugao105 02, 06)."""
    m = _source_alone_re().fullmatch(line)
    return m.span("source") if m is not None and len(m.group("source")) >= 2 else None


def is_stamp(line: str) -> bool:
    """A line that is only a date, perhaps with a clock time (`2007-1-8`, `2023年05月12日 10:30`): under a
    breadcrumb, a page's publication stamp (the dates stage reads it from the page), not article text.
    Written day first (`12.03.2015 15:31`) it is a stamp too: left as text, it ran into the headline.
    So is a stamp with its reporters' names set after it, unlabelled (`2019-04-26 17:57   梅再军、陈威`):
    left as text, the names ran into the dateline under it (陈威红安网消息)."""
    line = line.strip()
    if _STAMP.fullmatch(line) or _DAY_FIRST_STAMP.fullmatch(line):
        return True
    gap = _WIDE_GAP.search(line, 0, STAMP_NAMES_MAX) if line[:1].isdigit() else None
    if gap is None or not _STAMP.fullmatch(line, 0, gap.start()) or not _NAMES.fullmatch(line, gap.end()):
        return False
    return all(n.startswith(L.surnames()) for n in _NAME_GAP.split(line[gap.end():]))


STAMP_NAMES_MAX = 24  # a stamp's length at most, before the names set after it
_WIDE_GAP = re.compile(r"[ \t\u3000\xa0]{2,}")
# two to four names of two or three characters after the stamp (梅再军、陈威; 邵宏伟 李圣朋)
_NAMES = re.compile(rf"[{CJK}]{{2,3}}(?:(?:、|[ \u3000]+)[{CJK}]{{2,3}}){{1,3}}")
_NAME_GAP = re.compile(r"、|[ \u3000]+")


@lru_cache(maxsize=1)
def _collection() -> tuple[re.Pattern, re.Pattern]:
    item = rf"(?:#[^\s#]{{1,{MAX_COLLECTION_TAG}}}|[0-9０-９]{{1,5}}个)"
    head = re.compile(f"(?:{alt(_words('collection_heads'))})(?:{_SP}*{item})*")
    return head, re.compile(f"{item}(?:{_SP}*{item})*")


MAX_COLLECTION_TAG = 30  # a collection's tag (#香港一线) is this long at most


def collection_piece(line: str, after_head: bool) -> bool:
    """A WeChat post's collection (`collection_heads`: 收录于合集 #乡村振兴 12个), or, right under its head, a
    line of its tags (#香港一线) and its count of posts (83个) set one a line: chrome, the count no figure."""
    line = line.strip()
    head, items = _collection()
    return bool(head.fullmatch(line) or after_head and items.fullmatch(line))


def bare_counter(line: str) -> bool:
    """A line that is only a count with one of `counter_bare_tails` (`1679次`): right under a page's date
    stamp that is its view counter set without a word (a sentence never is a bare count); elsewhere a
    table's cell may be one, so the caller asks only under a stamp."""
    return bool(_tables()["counter_bare"].fullmatch(_compact(line)))


def is_bar(line: str) -> bool:
    """Is `line` only a bar, set between an e-paper's links that stood one a line (网站首页 ⏎ | ⏎ 数字报首页)?"""
    return bool(_BARS.fullmatch(line))


def is_link_item(line: str) -> bool:
    """A bulleted line (·遂宁出台…) in a list of links, a link's teaser cut short by the page
    (`为进一步深化根治欠薪冬季攻坚行动,…反映问...` under `新闻推荐`): the page cut it, the article never does;
    or a linked title followed by its date (`县政府召开第44次常务会议 2024-09-30`, `… [09-30]`), how a
    portal lists other pages under `相关阅读` without bullets: a title and a date, no sentence."""
    line = line.strip()
    return line[:1] in _BULLET or line.endswith(_CUT_MARKS) or bool(_DATED_LINK.fullmatch(line))


_CUT_MARKS = ("...", "…", "。。。")  # how a page marks a teaser it cut short


def is_listed_title(line: str) -> bool:
    """A bare linked title (`市委常委会召开会议 传达学习全国两会精神` under a WeChat post's `往期推荐`): a
    headline's length, ending no sentence, with no sentence mark inside — read as a link only under a
    link-list head below the article's text, where a page lists other pages."""
    line = line.strip()
    return (4 <= len(line) <= LINK_TITLE_MAX and not _SENTENCE_MARK.search(line)
            and not line.endswith((":", "：")))


_SENTENCE_MARK = re.compile("[。；;！？!?]")
# a listed title and its date after a space or in brackets: the title ends no sentence
_DATED_LINK = re.compile(rf"[^。！？!?\n]{{4,{LINK_TITLE_MAX}}}?[^\s。！？!?；;：:，,、]{_SP}*[\[［【（(]?{_SP}*"
                         rf"(?:{_DATE.pattern}|\d{{1,2}}[-/－／]\d{{1,2}})"
                         rf"(?:{_SP}+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_SP}*[\]］】）)]?")


@lru_cache(maxsize=1)
def _page_index_end() -> re.Pattern:
    return re.compile(alt(_words("page_index_ends")))


def closes_page_index(line: str) -> bool:
    """Is `line` an e-paper's navigation line (`返回主页 | 郑州日报 | 版面导航 |`, `版面概览`) that closes
    the list of the page's headlines set above the article (`page_index_ends`)?"""
    return len(line) <= MAX_EDITION_LINE and _page_index_end().search(line) is not None


def status_value(line: str) -> bool:
    """A public-information page's validity value alone on its line (`有效`, `已废止`): a metadata column
    whose labels the scrape lost (索引号, 发布机构 and 成文日期 set one value a line).  The caller asks only
    above the page's first sentence: in a table further down such a cell is the table's."""
    return _compact(line).strip(_BULLET) in _tables()["status"]


def is_value(line: str, name: bool = False) -> bool:
    """Can a line be the value of a bare label line above it: no prose; a name for an issuer's label
    (`name`), else a number, a date or a short word (有效, 综合政务) — not the title a page may set
    right under an empty field."""
    line = line.strip()
    if not (0 < len(line) <= 40 and not _CLAUSE.search(line) and not line.endswith(("。", "：", ":"))):
        return False
    return name or len(line) <= SHORT_WORD or any(ch.isdigit() for ch in line)


SHORT_WORD = 8  # a field's value without a digit (有效性：有效) is at most this long
