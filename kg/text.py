"""Character classes and text helpers, defined once for every stage.

As `spacy/lang/char_classes.py` is for spaCy: the ranges of Han characters, CJK punctuation,
quotes, closers and terminators, and the helpers that turn word lists into regular-expression
alternations.  Stages import these instead of spelling their own (they had drifted: two `HAN`,
a `_CJK` with another range, `CLOSERS` differing between layout and sentences).  The segmenter
(jieba, configured once) and its dictionary tags live here too, since every stage that asks
"is this a word?" must ask the same dictionary.
"""
from __future__ import annotations

import pickle
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, chain, islice
from typing import Iterable

HAN = "\u4e00-\u9fff"  # CJK Unified Ideographs: the characters of names
IDEOGRAPH = "\u3400-\u9fff"  # with Extension A (a byline's names, a gloss after a word)
CJK = "\u3400-\u9fff\uf900-\ufaff"  # with Extension A and compatibility ideographs (names of people)
DIGIT = "0-9０-９"  # full-width digits are digits (１５３３, ２３个项目)
LATIN = "A-Za-zＡ-Ｚａ-ｚ"
CHINESE_NUMERALS = "一二三四五六七八九十百千万"

# The dot between the parts of a name written by sound (艾尔肯·吐尼亚孜, 穆罕默德·本·扎耶德), U+00B7, and
# the look-alikes pages write it with: a bullet (吾提库尔•阿不都热合曼, U+2022), the katakana middle dot
# (U+30FB, its half-width U+FF65), the hyphenation point (U+2027), the dot operators (U+2219, U+22C5),
# a dot above (U+02D9) and the full-width full stop (U+FF0E).  The `simplified` stage reads a look-alike
# between two Han characters as NAME_DOT (same length; `as_written` gives the page back), so every later
# rule tests NAME_DOT alone; NAME_DOTS is for text read before that reading.
NAME_DOT = "\u00b7"
NAME_DOT_LOOKALIKES = "\u2022\u30fb\uff65\u2027\u2219\u22c5\u02d9\uff0e"
NAME_DOTS = NAME_DOT + NAME_DOT_LOOKALIKES

TERMINATORS = "。！？!?；;"  # end a sentence
LINE_TERMINAL = "。！？!?；;：:…"  # a line ending with one of these ends its sentence
CLOSERS = "”’\"'』」）)】》〉"  # stay with the sentence they close (…全覆盖。”)
CLAUSE_END = "。；;！？!?\n"
CLAUSE_PUNCT = "，,。；;：:！？\n"
OPEN_QUOTES = "“‘「『\"《"
CLOSE_QUOTES = "”’」』\"》"

_HAN_RE = re.compile(f"[{HAN}]")

# The longest sentence and the longest paragraph the stages see.  Real government text stays far
# below (dev-set, extra texts, sample: sentences up to 327 characters, paragraphs up to 1,368);
# a scrape without 。 or without line breaks would otherwise be one sentence or one paragraph of
# the whole text, and every per-figure or per-name look around its sentence or paragraph would
# make the build quadratic in the text's length.
MAX_SENTENCE = 600
MAX_SECTION = 3000


def bounded_cuts(text: str, start: int, end: int, limit: int,
                 tiers: tuple[str, ...] = (TERMINATORS, "，,、：:")) -> list[int]:
    """Where to cut text[start:end] so that no piece is longer than `limit`: after the last
    character of the first tier found in each window (after the closing quotes and brackets that
    follow it), else at the window's end.  Empty when the span already fits.  Each window is
    searched once, so the cost is linear in the span."""
    cuts: list[int] = []
    pos = start
    while end - pos > limit:
        hi = pos + limit
        cut = hi
        for marks in tiers:
            k = max(text.rfind(ch, pos + 1, hi) for ch in marks)
            if k > pos:
                cut = k + 1
                while cut < hi and text[cut] in CLOSERS:
                    cut += 1
                break
        cuts.append(cut)
        pos = cut
    return cuts


def is_han(ch: str) -> bool:
    """True for one Han character (False for the empty string)."""
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so a longer word wins at a position),
    words of one length in code-point order: the pattern is then the same in every process, whatever
    order a set of words came in (string hashing differs per process)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# Pinyin written with tone marks (ā á ǎ à …), and a syllable of it in parentheses right after a
# Chinese character: the reading a careless converter wrote after every character it changed
# (設(shè)為首頁(yè), 阿聯(lián)酋): not text, and it splits every name it falls in.
PINYIN_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
RUBY = re.compile(rf"(?<=[{CJK}])[(（](?=[a-zü]{{0,5}}[{PINYIN_TONED}])[a-zü{PINYIN_TONED}]{{1,6}}[)）]")
INLINE_SPACE = "[ \\t\\u3000\\xa0]"  # white space inside a line: space, tab, ideographic, no-break


_WIDE = re.compile("[\u1100-\u115f\u2013-\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def display_width(line: str) -> int:
    """Columns a line takes on a page: a CJK or full-width character two, any other one.  A PDF's
    hard-wrapped lines have the page's width in columns, not in characters (年份 2023 packs more
    characters into a line than 二〇二三); Chinese type sets quotes, dashes and ellipses full-width."""
    return 2 * len(line) - len(_NARROW.findall(line))  # (= len + the wide ones: a Chinese line has few narrow ones to list)


_NARROW = re.compile(f"[^{_WIDE.pattern[1:-1]}]")  # every character `_WIDE` does not match


def letter_spaced(word: str) -> str:
    """A regex of `word` whose characters may stand apart (发 布 机 构, 发 文 日 期: a web form's label
    spaced to the width of its column)."""
    return f"{INLINE_SPACE}*".join(re.escape(ch) for ch in word)


def alt_ordered(words: Iterable[str]) -> str:
    """A regex alternation of literal words in the given order (for lists whose order is the rule)."""
    return "|".join(re.escape(w) for w in words)


def word_runs(words: Iterable[str]) -> re.Pattern | None:
    """The stretches of a text where an Aho-Corasick automaton of `words` can match: a character
    that opens a word, then characters that occur in words, and the character after them.
    None for no words.

    `long_matches` runs the automaton over these stretches only.  Its cost is per character (the
    automaton scans a node's children one by one, and the root has hundreds), and half the
    characters of a text occur in no word.  The matches are the same as over the whole text:
    a character that opens no word leaves the automaton at its root, and after a character of no
    word it is back at its root with nothing pending (no transition reads it: a pending match is
    given out and the walk restarts after it, inside the stretch).  That character is part of the
    stretch: `iter_long` gives out a word ending one character before a failing transition
    (bc in abc|y with the words abcd, bc) but not one ending with the text (abc)."""
    words = [w for w in words if w]
    if not words:
        return None
    opening = "".join(sorted({w[0] for w in words}))
    inner = re.escape("".join(sorted({c for w in words for c in w})))
    more = "+" if min(map(len, words)) >= 2 else "*"  # a run shorter than every word holds none
    return re.compile(f"[{re.escape(opening)}][{inner}]{more}[^{inner}]?")


def long_matches(automaton, runs: re.Pattern | None, text: str):
    """`automaton.iter_long(text)`, walked as UTF-8 bytes (`utf8_long_matches`); `runs` (the
    `word_runs` of its words) is no longer needed and kept for the callers' sake."""
    return utf8_long_matches(automaton, text)


def runs_long_matches(automaton, runs: re.Pattern | None, text: str):
    """`automaton.iter_long(text)`, walked over the `word_runs` of its words only (the walk
    `long_matches` made before `utf8_long_matches`; kept as the reference the tests compare with).

    The runs are walked as one string, joined end to end, its end indices mapped back to the
    text by bisection over where each run lies in it: every run but the last ends with a character
    of no word, after which the automaton is at its root with nothing pending, exactly as at the
    start of a run, so the joined walk gives the matches of the runs walked one by one; one
    `iter_long` call per text instead of one per run (a text has a run every ten characters and
    a match in one run of ten).  (`iter_long(text, start, end)` is no way out: it converts the
    whole text at every call, 19 µs per call on 100k characters, which made a long document
    quadratic.)"""
    if runs is None:
        yield from automaton.iter_long(text)
        return
    pieces = runs.findall(text)
    if not pieces:
        return
    matches = list(automaton.iter_long("".join(pieces)))
    if not matches:
        return
    joined = list(accumulate(map(len, pieces), initial=0))  # where each run lies in the joined string
    found = runs.finditer(text)  # … and in the text: asked only of the runs holding a match
    k_at, start = -1, 0
    for end_idx, value in matches:  # (in text order)
        k = bisect_right(joined, end_idx) - 1
        if k != k_at:
            start = next(islice(found, k - k_at - 1, None)).start()  # skips the runs between in C
            k_at = k
        yield end_idx - joined[k] + start, value


# automaton id -> (the automaton, its twin over UTF-8 bytes); the automaton is held so that its id
# cannot be reused by another one while the twin is kept
_UTF8_TWINS: dict[int, tuple] = {}


def _utf8(s: str) -> str:
    """`s` as its UTF-8 bytes, one character per byte (a latin-1 string), lone surrogates too."""
    return s.encode("utf-8", "surrogatepass").decode("latin-1")


def utf8_twin(automaton):
    """The automaton of the same words and values, each word spelt as its UTF-8 bytes (`_utf8`),
    added in the order of `frequent_first`; built on first use, once per process.

    pyahocorasick looks a character up among a node's children one by one, and a character no
    word begins with is compared with every child of the root (430–930 in the name automata:
    about 290 ns, against 6 ns for a common first character) before the walk stays at the root;
    half the characters walked were such.  Spelt as bytes, a Han character is three steps, each
    among at most 64 children (the root: a handful of lead bytes), so the walk over a text costs
    about a third of the character walk.  The matches are the same: UTF-8 is self-synchronising
    (no word's bytes begin with a continuation byte), so a word's bytes occur in a text's bytes
    only where the word occurs in the text; the nodes inside a character are no words and fail
    only onto nodes inside a character, so the failure links and the longest-match restarts of
    `iter_long` land on the same words at the same places (`tests/test_perf_xspeed9.py` checks
    it exhaustively on short strings and on real text)."""
    got = _UTF8_TWINS.get(id(automaton))
    if got is None or got[0] is not automaton:
        import ahocorasick
        items = dict(automaton.items())
        twin = ahocorasick.Automaton()
        for w in _frequency_order(items):
            twin.add_word(_utf8(w), items[w])
        twin.make_automaton()
        got = _UTF8_TWINS[id(automaton)] = (automaton, twin)
    return got[1]


def utf8_long_matches(automaton, text: str):
    """`automaton.iter_long(text)`, the same (end index, value) pairs, walked by `utf8_twin` over
    the text's UTF-8 bytes; a match's end byte is mapped back to its character by decoding the
    bytes since the previous match (linear in the text)."""
    data = text.encode("utf-8", "surrogatepass")
    at_byte = at_char = 0
    for end, value in utf8_twin(automaton).iter_long(data.decode("latin-1")):
        at_char += len(data[at_byte:end + 1].decode("utf-8", "surrogatepass"))
        at_byte = end + 1
        yield at_char - 1, value


def _frequency_order(words) -> list[str]:
    """`words` in the order of their characters' frequency in jieba's dictionary (the order in
    which `frequent_first` adds them)."""
    freq = word_freq()
    chars = sorted({ch for w in words for ch in w}, key=lambda ch: (-freq.get(ch, 0), ch))
    ranks = {ord(ch): k + 1 for k, ch in enumerate(chars)}  # code points 1.. (no surrogates)
    return sorted(words, key=lambda w: w.translate(ranks))


def frequent_first(words: dict):
    """An Aho-Corasick automaton of `words` (word → value), the words added in the order of
    their characters' frequency in jieba's dictionary (的, 国, 中 … first); None for no words.

    pyahocorasick looks a character up among a node's children one by one, in the order the
    children were added; the root of a name automaton has 400–900 of them and the walk is back
    at the root after most characters.  Which children a node has, and so every match, does not
    depend on that order, but the time of a look-up does: common characters found first cut the
    walk over a text by about a third.  Ties (characters of no frequency) go by code point, so
    the order is the same in every process; the words are sorted by their characters' ranks
    written as one string each (`str.translate`: the sort compares in C)."""
    import ahocorasick
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for w in _frequency_order(words):
        automaton.add_word(w, words[w])
    automaton.make_automaton()
    return automaton


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of `pattern` holds (None when none can be told): a run of
    literal characters or a list of literal alternatives (大赛|竞赛|博览会) that the pattern must
    consume, outside any optional part or look-around; of several such, the one whose shortest
    word is longest.  Why: a rule opening with a look-behind or a lazy run is tried at every
    position of a text; a text holding none of the words cannot match, and one search says so."""
    try:
        from re import _constants as const, _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as const
        import sre_parse as parser
    tree = parser.parse(pattern.pattern, pattern.flags)
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found: list[tuple[str, ...]] = []
    _required_in(list(tree.data), found, const)
    return max(found, key=lambda words: min(map(len, words)), default=None)


def _required_in(seq: list, found: list, const) -> None:
    """`required_words` of one parsed sequence, every candidate appended to `found`."""
    run: list[str] = []
    for op, av in seq + [(None, None)]:
        if op is const.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if op is const.SUBPATTERN and not av[1] and not av[2]:
            _required_in(list(av[3]), found, const)
        elif op is const.BRANCH:
            words = [_literal_word(list(alt), const) for alt in av[1]]
            if all(words):
                found.append(tuple(words))
            elif len(av[1]) == 1:
                _required_in(list(av[1][0]), found, const)
        elif op in (const.MAX_REPEAT, const.MIN_REPEAT) and av[0] >= 1:
            _required_in(list(av[2]), found, const)


def _literal_word(seq: list, const) -> str | None:
    """The word a parsed sequence of literal characters spells, None for anything else."""
    if seq and all(op is const.LITERAL for op, _av in seq):
        return "".join(chr(av) for _op, av in seq)
    return None


def words_guard(pattern: re.Pattern) -> re.Pattern | None:
    """A search for `required_words(pattern)`, None when there are none."""
    words = required_words(pattern)
    if not words:
        return None
    return re.compile(alt(words))


def attempt_reach(pattern: re.Pattern) -> int | None:
    """How far past its start one match attempt of `pattern` can look: the longest match plus the
    longest look-ahead, or None when that is unbounded or the pattern looks behind or anchors
    (then a scan cannot be resumed in the middle of a text; see `GrowingScan`)."""
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser
    if pattern.flags & re.MULTILINE:
        return None
    tree = parser.parse(pattern.pattern, pattern.flags)
    width = tree.getwidth()[1]
    looks = []

    def walk(items) -> bool:
        for op, av in items:
            name = str(op)
            if name in ("ASSERT", "ASSERT_NOT"):
                if av[0] < 0:
                    return False  # a look-behind
                looks.append(av[1].getwidth()[1])
            elif name in ("AT",) or name == "GROUPREF" or name == "GROUPREF_EXISTS":
                return False
            for sub in (av if isinstance(av, (list, tuple)) else ()):
                if isinstance(sub, parser.SubPattern):
                    if not walk(sub.data):
                        return False
                elif isinstance(sub, (list, tuple)):
                    for x in sub:
                        if isinstance(x, parser.SubPattern) and not walk(x.data):
                            return False
            if isinstance(av, parser.SubPattern) and not walk(av.data):
                return False
        return True

    if not walk(tree.data):
        return None
    reach = width + max(looks, default=0) + 1
    return reach if reach < 10_000 else None


_CATEGORY_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                     "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def unmatched_chars(pattern: re.Pattern, chars: str) -> str:
    """The characters of `chars` that no match of `pattern` can hold (look-arounds read, they hold
    nothing): a scan of the pattern resumed right after one of them makes the same attempts as a
    scan from further back, since no match reaches over it (`GrowingScan`).  "" when the pattern
    has a part not understood here (then nothing is claimed)."""
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return ""
    left = dict.fromkeys(chars)

    def in_class(items, c: str) -> bool:
        negate, hit = False, False
        for op, av in items:
            name = str(op)
            if name == "NEGATE":
                negate = True
            elif name == "LITERAL":
                hit = hit or av == ord(c)
            elif name == "RANGE":
                hit = hit or av[0] <= ord(c) <= av[1]
            elif name == "CATEGORY" and str(av) in _CATEGORY_CLASSES:
                hit = hit or re.fullmatch(_CATEGORY_CLASSES[str(av)], c) is not None
            else:
                return True  # (not understood: it may hold c)
        return hit != negate

    def walk(items) -> bool:
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                left.pop(chr(av), None)
            elif name in ("NOT_LITERAL", "ANY"):
                left.clear()
            elif name == "IN":
                for c in [c for c in left if in_class(av, c)]:
                    del left[c]
            elif name in ("ASSERT", "ASSERT_NOT", "AT", "GROUPREF"):
                continue  # (nothing held, or what its group holds)
            elif name == "SUBPATTERN":
                if av[1] & re.IGNORECASE or not walk(av[-1].data):
                    return False
            elif name == "BRANCH":
                if not all(walk(alt.data) for alt in av[1]):
                    return False
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                if not walk(av[2].data):
                    return False
            elif name == "ATOMIC_GROUP":
                if not walk(av.data):
                    return False
            else:
                return False
        return True

    return "".join(left) if walk(parser.parse(pattern.pattern, pattern.flags).data) else ""


def _start_of(result: tuple) -> int:
    """Where a scan's result starts (the key `GrowingScan` bisects its earlier results by)."""
    return result[0]


class GrowingScan:
    """`find(text, start, end)` for one text and start, asked again with a later end (every figure
    of a sentence asks for the periods from the sentence start to itself): the results that start
    more than `reach` characters before the last end cannot change, since no attempt made there
    looked at a character past it, so the scan resumes at the last of them (found again) instead
    of running again from the start.  `find` must give matches of a pattern in text order, each
    judged on its own or on the result kept just before it (as `kg.periods.find_periods` does);
    `reach` is its pattern's `attempt_reach` (None: every call scans afresh).

    `barriers`: characters no match of the pattern holds (`unmatched_chars`).  The scan resumes
    right after the last barrier before the stable part and past the end of the last result kept
    (2023年，… : every figure of the sentence scanned it again from its start): no match reaches
    over a barrier, so the attempts after it are the same; only a `find` that reads the result
    before a match when that one ends right where the match starts (`kg.periods.find_periods`:
    9月|当月), or reads none, may be given barriers — across a barrier none ends there."""

    def __init__(self, find, reach: int | None, barriers: str = ""):
        self.find, self.reach, self.barriers = find, reach, barriers
        self._last: dict[int, tuple[str, int, list]] = {}  # start -> (text, end, results)

    def __call__(self, text: str, start: int, end: int) -> list:
        last = self._last.get(start)
        if self.reach is None or last is None or last[0] is not text or last[1] > end:
            got = self.find(text, start, end)
        else:
            safe = last[1] - self.reach  # (results in text order: those starting before safe are a prefix,
            kept = last[2][:bisect_left(last[2], safe, key=_start_of)]  # found by bisection, not a pass)
            # resumed at the START of the last kept result, which is found again first: a judgment of
            # `find` may read the result just before (9月|当月 is one month said twice), so that one
            # must be in the resumed scan's own list, not only in `kept`
            # (from the last barrier before safe, past the last kept result's end, when there is one)
            after = kept[-1][1] if kept else start
            cut = rfind_any(text, self.barriers, after, safe) if self.barriers and safe > after else -1
            if cut >= 0:
                got = kept + self.find(text, cut + 1, end)
            elif kept:
                got = kept[:-1] + self.find(text, kept[-1][0], end)
            else:
                got = self.find(text, start, end)
        self._last[start] = (text, end, got)
        return list(got)


_JIEBA = None


def cache_dir() -> str:
    """The user's cache folder for govkg (`$XDG_CACHE_HOME/govkg`, else `~/.cache/govkg`), where
    jieba keeps its dictionary cache: a file in the shared system temp folder can be planted or
    removed by another user, and is lost at each reboot."""
    import os
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "govkg")


def _writable_cache_dir() -> str:
    """`cache_dir()`, created; a private folder of the system temp when it cannot be written
    (a read-only home, a service account without one)."""
    import os
    import tempfile
    d = cache_dir()
    try:
        os.makedirs(d, exist_ok=True)
        if os.access(d, os.W_OK):
            return d
    except OSError:
        pass
    d = os.path.join(tempfile.gettempdir(), f"govkg-jieba-{os.getuid() if hasattr(os, 'getuid') else 0}")
    os.makedirs(d, exist_ok=True)
    return d


def segmenter():
    """jieba's default tokenizer, its dictionary cache kept in the user's cache folder
    (`cache_dir()`), not in the shared system temp folder; its word frequencies and the tagger's
    word tags come from `_load_dictionary` (one cache file) when they can."""
    global _JIEBA
    if _JIEBA is None:
        jieba = _import_jieba()
        jieba.setLogLevel(60)
        if jieba.dt.tmp_dir is None and jieba.dt.cache_file is None:
            jieba.dt.tmp_dir = _writable_cache_dir()
        _load_dictionary(jieba)
        _JIEBA = jieba
    return _JIEBA


def _import_jieba():
    """`import jieba`, without pkg_resources when nothing has imported it yet: jieba only uses it to
    open its own data files and falls back to `open()` without it, and importing it (deprecated,
    it scans every installed distribution) is a fifth of jieba's start-up."""
    import sys
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
        return jieba
    sys.modules["pkg_resources"] = None  # makes `import pkg_resources` fail inside jieba only
    try:
        import jieba
    finally:
        if "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


# --- the dictionary's tables in one cache file
# jieba loads its word frequencies from its own cache (marshal, about 1.5 CPU-s) and jieba.posseg
# parses the whole dictionary file again in Python for the word tags (0.5 CPU-s): two thirds of a
# build's start-up.  The same three objects (frequencies, their total, tags) pickled together
# load in about half that time.  The file is named by a hash of the dictionary's bytes (another or
# an edited dictionary gets another file), is read only from the user's own cache folder when
# nobody else can write it there, and is written atomically; any failure falls back to jieba's own
# loading, which gives the same tables.

_DICT_CACHE_FORMAT = 2  # bump when what the file holds changes (2: shared strings, kg.warm_cache)


def _dictionary_cache_file(jieba) -> str:
    import hashlib
    import os
    import sys
    with jieba.dt.get_dict_file() as f:
        digest = hashlib.sha256(f.read()).hexdigest()[:32]
    v = sys.version_info
    return os.path.join(cache_dir(), f"jieba-tables-{_DICT_CACHE_FORMAT}-{jieba.__version__}-"
                                     f"py{v[0]}{v[1]}-{digest}.pickle")


def _private(path: str) -> bool:
    """The file or folder belongs to this user and no one else can write it (a pickle from
    anywhere else could run someone else's code)."""
    import os
    import stat
    if not hasattr(os, "getuid"):
        return False
    try:
        st = os.stat(path)
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


class _DataOnlyUnpickler(pickle.Unpickler):
    """Refuses every class and function: the tables are dicts, strings and ints, which a pickle
    stores without naming a callable, so nothing in the file can run code even if the ownership
    check were fooled."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the tables cache")


def _read_tables(path: str):
    """(FREQ, total, word tags) from the cache file, or None."""
    import os
    if not (_private(os.path.dirname(path)) and _private(path)):
        return None
    try:
        with open(path, "rb") as f:
            got = _DataOnlyUnpickler(f).load()
    except Exception:  # a truncated or foreign file: load the dictionary the slow way
        return None
    if type(got) is not tuple or len(got) != 3 or type(got[0]) is not dict or \
            type(got[1]) is not int or type(got[2]) is not dict:
        return None
    return got


def _write_tables(path: str, tables: tuple) -> None:
    """Write the cache file atomically; a read-only or missing cache folder only costs the cache."""
    import os
    import pickle
    import tempfile
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        if not _private(folder):
            return
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(tables, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


def _load_dictionary(jieba) -> None:
    """Load jieba's word frequencies and jieba.posseg's word tags, from the cache file when it is
    there (and write it when not).  Left to jieba when either is loaded already (jieba used
    before govkg) or the dictionary cannot be read."""
    import sys
    if jieba.dt.initialized or "jieba.posseg" in sys.modules:
        return
    try:
        path = _dictionary_cache_file(jieba)
    except OSError:
        return
    got = _read_tables(path)
    if got is None:
        jieba.dt.check_initialized()
        import jieba.posseg as pseg
        from .warm_cache import shared_tables
        _write_tables(path, shared_tables(jieba.dt.FREQ, jieba.dt.total, pseg.dt.word_tag_tab))
        return
    dt = jieba.dt
    dt.FREQ, dt.total = got[0], got[1]
    dt.initialized = True
    import io
    dt.get_dict_file = lambda: io.BytesIO(b"")  # posseg's import parses the dictionary: nothing …
    try:
        import jieba.posseg as pseg
    finally:
        del dt.get_dict_file
    pseg.dt.word_tag_tab = got[2]  # … and gets the cached tags instead


@lru_cache(maxsize=1)
def word_tags() -> dict:
    """jieba's dictionary tags (ns, nt, nr …) to tell proper names from common words.

    Importing jieba.posseg reads the tags of the tokenizer's dictionary file already;
    `pseg.dt.initialize()` would read the whole file a second time (0.5 s of every start) for the
    same table, so only the word frequencies are loaded here (the tokenizer, not its tags)."""
    segmenter().dt.check_initialized()
    import jieba.posseg as pseg
    return pseg.dt.word_tag_tab


def word_freq() -> dict:
    """jieba's dictionary frequencies, loaded first (an uninitialised tokenizer has none: reading
    them before any segmentation made results depend on which document came first)."""
    j = segmenter()
    j.dt.check_initialized()
    return j.dt.FREQ


@lru_cache(maxsize=16384)
def dictionary_words(s: str) -> tuple[str, ...]:
    """`segmenter().lcut(s, HMM=False)` as a tuple, remembered: the stages ask for the dictionary
    segmentation of the same short strings again and again (the words around a name, a name's
    prefix: 3.5k calls per 150 documents, a fifth of them repeats within a document and more across
    documents), and the tokenizer's dictionary never changes during a run.  Only short strings go
    through the cache: anything long is segmented afresh (it will not be asked again)."""
    return tuple(segmenter().lcut(s, HMM=False))


def dict_words(s: str):
    """The dictionary segmentation of `s` (`dictionary_words` for strings of up to 64
    characters, the tokenizer itself for longer ones, so the cache holds only short keys)."""
    return dictionary_words(s) if len(s) <= 64 else segmenter().lcut(s, HMM=False)


def starts_word(text: str, s: int) -> bool:
    """Does the dictionary segmentation of the few characters around `s` put a word break at `s`?
    (The gazetteer and the world registry both ask it of a name's first character.)"""
    lo = max(0, s - 6)
    pos = lo
    for tok in dict_words(text[lo:s + 6]):
        if pos >= s:
            return pos == s
        pos += len(tok)
    return pos == s


def proper(prefix: str) -> bool:
    """True when a name's prefix contains a proper noun or an out-of-vocabulary piece."""
    tags = word_tags()
    for w in dict_words(prefix):
        t = tags.get(w)
        if t is None or t.startswith(("ns", "nt", "nr", "nz", "j")):
            return True
    return False


@lru_cache(maxsize=None)
def late_module(name: str, package: str | None = None):
    """The module `name` (relative to `package`, as `importlib.import_module` reads them),
    imported at first use and remembered.  Stage modules whose neighbours import them at load
    reach those modules late; an import statement inside a function ran the import machinery
    at every call (about 3 µs, where the gazetteer checks each place name it reads)."""
    import importlib
    return importlib.import_module(name, package)


class TextMemo:
    """Answers about the last few texts asked about, keyed by the text object itself (held, so
    its id cannot be reused by another string while the answers are kept).  Stages that ask the
    same question of one article twice (the gazetteer and the entities stage) share the answer;
    nothing is kept beyond `size` texts, so nothing is shared between documents."""

    def __init__(self, size: int = 8):
        self._slots: dict[int, tuple[str, dict]] = {}
        self._size = size

    def of(self, text: str) -> dict:
        """The answers kept for `text` (an empty dict the first time)."""
        slot = self._slots.get(id(text))
        if slot is None or slot[0] is not text:
            if len(self._slots) >= self._size:
                del self._slots[next(iter(self._slots))]
            slot = self._slots[id(text)] = (text, {})
        return slot[1]


_POSITIONS_MEMO = TextMemo()  # text -> {characters: their sorted positions in it}


def find_all(text: str, word: str, overlapping: bool = True) -> list[int]:
    """Every start of `word` in `text`, in order: overlapping ones too (as `str.find` or `str.rfind`
    may return any of them), or with `overlapping=False` each after the end of the one before."""
    step = 1 if overlapping else max(len(word), 1)
    at, i = [], text.find(word)
    while i >= 0:
        at.append(i)
        i = text.find(word, i + step)
    return at


def literal_starts(text: str, word: str) -> list[int]:
    """The starts of `re.finditer(re.escape(word), text)`'s matches (left to right, none
    overlapping the one before), found with `str.find`: a pattern made of a name the document
    gave (a person, a programme) is compiled anew for every document, and more such names than
    `re`'s cache of 512 patterns holds evict each other."""
    return find_all(text, word, overlapping=False)


def rfind_any(text: str, chars: str, lo: int, hi: int) -> int:
    """`max(text.rfind(ch, lo, hi) for ch in chars)`: the last position in [lo, hi) of any of
    `chars`, -1 when there is none.  The positions of `chars` are found once per text (kept in
    a `TextMemo`, see `_positions`) and bisected: every figure of an article asks where its
    sentence began, and six searches back over up to 200 characters per figure cost more.  A
    negative bound counts from the end, as in `str.rfind`."""
    if lo < 0 or hi < 0:
        lo, hi, _ = slice(lo, hi).indices(len(text))
    known = _POSITIONS_MEMO.of(text)
    at = known.get(chars)
    if at is None:
        at = _positions(known, text, chars)
    k = bisect_left(at, hi) - 1
    return at[k] if k >= 0 and at[k] >= lo else -1


def _positions(known: dict, text: str, chars: str) -> list[int]:
    """The sorted positions in `text` of any of `chars`, remembered in `known` (the text's memo)
    under `chars`: each character's own list is found once per text by `str.find` (a set of marks
    shares them with every other set holding the same marks) and the lists are merged.  A regex
    pass over the whole article per set cost about 0.1 ms, more than the look-backs it saved
    where a set is asked about a few times per article."""
    if len(chars) == 1:
        at, i = [], text.find(chars)
        while i >= 0:
            at.append(i)
            i = text.find(chars, i + 1)
    else:
        at = sorted(chain.from_iterable(_positions(known, text, ch) if known.get(ch) is None else known[ch]
                                        for ch in dict.fromkeys(chars)))  # (an absent mark's [] is known too)
    known[chars] = at
    return at


# the gazetteer asks about a short name once for the document's context and once for its mention
_BOUNDED_MEMO = TextMemo()


def word_bounded(text: str, start: int, end: int) -> bool:
    """`_word_bounded`, answered once per text and position (it runs the segmenter, ~0.1 ms)."""
    known = _BOUNDED_MEMO.of(text)
    if (start, end) not in known:
        known[(start, end)] = _word_bounded(text, start, end)
    return known[(start, end)]


def _word_bounded(text: str, start: int, end: int) -> bool:
    """A short place name is a word of its sentence, not a piece of another word.

    jieba's dictionary segmentation of its neighbourhood must put a word break where it starts
    (确保|山|更绿 has none before 保山) and where it ends, unless the word it opens is itself a
    name (新疆生产建设兵团, 怒江州: tagged ns/nt/nz); and the word before it must not be a lone
    noun glued to it (河|长治 in 河长治, 茅|塔河 in 茅塔河) — a verb, preposition or punctuation
    before it (在长治, 有莱阳) is fine."""
    lo = max(0, start - 6)
    hi = min(len(text), end + 8)
    tags = word_tags()
    pos, prev, opening = lo, None, None
    breaks = {lo}
    for tok in dict_words(text[lo:hi]):
        if pos + len(tok) <= start:
            prev = tok
        if pos == start:
            opening = tok
        pos += len(tok)
        breaks.add(pos)
    if start not in breaks:
        return False
    if end not in breaks and not (opening and len(opening) > end - start
                                  and (tags.get(opening) or "").startswith(("ns", "nt", "nz"))):
        return False
    if prev is not None and len(prev) == 1 and is_han(prev) and start > lo:
        return not (tags.get(prev) or "n").startswith(("n", "a", "j"))
    return True


# a content system's tag the page was served without filling in: {{sitedesc}}, ${title}, {$time},
# {poc_title} (ASCII names only: Chinese text never writes them), 帝国CMS's [!--newstext--], a
# server-side include left as text (<!--#echo var="title"-->, often escaped as &lt;!--#…--&gt;), ASP/JSP's <%=title%>
PLACEHOLDER = re.compile(r"\{\{[^{}\n]{1,60}\}\}|\$\{[^{}\n]{1,60}\}|\{\$[^{}\n]{1,60}\}"
                         r"|\{[A-Za-z_][A-Za-z0-9_.:]{0,40}\}|\[!--[A-Za-z0-9_.]{1,40}--\]"
                         r"|<!--#[^\n]{0,80}?-->|<%=?[^%\n]{1,60}%>")


def without_placeholders(line: str) -> str:
    """A line without the template tags the page was served with unfilled (`PLACEHOLDER`): as text they
    became the title ({{sitedesc}}), a heading (${title}) or ran into the headline they stood beside
    (县政府召开常务会议_${sitename}); they name nothing the page says."""
    return PLACEHOLDER.sub("", line) if ("{" in line or "<" in line or "[!" in line) else line
