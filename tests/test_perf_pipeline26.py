"""perf26: speed-ups of the pipeline that must not change any answer.

- `kg.fast_pos.pos_cut`: jieba.posseg.cut's pairs, its Viterbi scoring for each state only the
  previous states that can move to it (the others add jieba's -inf and lose; an all -inf column
  falls back to jieba's full comparison, so ties break as in jieba).  The posts stage tags the
  8-character window at every possible name with it.
- `kg.text.literal_starts`: the starts of `re.finditer(re.escape(word), text)` found with
  `str.find` (posts' same-name pass, programmes' repeats): no pattern compiled per name.
"""
import random
import re

import jieba.posseg as pseg

from kg.fast_pos import pos_cut, viterbi
from kg.text import literal_starts, segmenter

_TEXTS = ["省委书记信长星主持会议", "副市长华源出席并讲话", "马格坦戈尔·圭尼贡多总统会见了贾斯蒂卡",
          "主任李谦作的报告", "县长周例会上王晓江说", "2025年GDP增长5.2%，达到1234.5亿元",
          "高峰会议\n\t 用电高峰期", "𠀀𠀁㐀乂", "欧阳海镇长", ""]


def _pairs(tokens):
    return [(t.word, t.flag) for t in tokens]


def test_pos_cut_answers_as_jieba_posseg():
    segmenter()
    rnd = random.Random(26)
    texts = list(_TEXTS)
    joined = "".join(_TEXTS)
    for _ in range(300):  # windows of every length at every offset, as the posts stage asks
        p = rnd.randrange(len(joined))
        texts.append(joined[p:p + rnd.choice((2, 3, 5, 8, 13))])
    for text in texts:
        assert _pairs(pos_cut(text)) == _pairs(pseg.cut(text)), text


def test_viterbi_answers_as_jieba_on_unknown_characters():
    """Characters outside the state table (every state possible) and runs jieba scores -inf."""
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi as jieba_viterbi
    rnd = random.Random(2026)
    alphabet = "王李张的了是国中一二三乂㐀𠀀"
    for _ in range(200):
        obs = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 9)))
        assert viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P) == \
            jieba_viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P), obs


def test_literal_starts_answer_as_finditer():
    """Overlapping repeats (文文文), a word at both ends, no match, the empty word."""
    texts = ["文文文文文", "王伟王伟东王伟", "高峰会议用电高峰期", "", "aaa"]
    for text in texts:
        for word in ("文文", "文", "王伟", "高峰", "无", "", "aa", "a"):
            assert literal_starts(text, word) == [m.start() for m in re.finditer(re.escape(word), text)], (text, word)


def test_post_search_answers_as_the_pattern_search():
    """posts' `_post_search` tries the post pattern only where a post word can begin: the same
    match (span and text) as `post_re.search` / `post_end_re.search` over every window."""
    from kg.stages import posts as P
    V = P.vocabulary()
    text = ("会议由县委常委、常务副县长王某主持，市人大常委会副主任李某，省纪委监委驻省政府办公厅纪检监察组组长"
            "张某出席；原党组书记、局长赵某，董事会秘书、总经理助理钱某，副主任科员孙某。\n外交部长王毅")
    for pattern in (V.post_re, V.post_end_re):
        for pos in range(len(text)):
            for end in range(pos, min(len(text), pos + 31) + 1):
                a, b = pattern.search(text, pos, end), P._post_search(pattern, text, pos, end)
                assert (a and a.span(), a and a.group(0)) == (b and b.span(), b and b.group(0)), (pos, end)


def test_reporter_starts_answer_as_the_byline_pattern():
    """entities' `_reporter_starts` finds a byline's reporter by str.find and two character
    classes: the same starts as the pattern compiled per name, on repeats, region ends and
    names run on into Han text."""
    from kg import lexicon as L
    from kg.stages.entities import _reporter_starts
    from kg.text import HAN
    rnd = random.Random(17)
    pieces = ["记者", "王伟", "王伟王伟", " ", "\u3000", "、", "通讯员", "（", "摄", "ab", "\n", "员王"]
    regions = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) for _ in range(400)]
    # (a byline role right after a name ends it as a space does: 记者王银宁通讯员周红霞, water79)
    roles = "|".join(re.escape(w) for w in sorted(L.word_lists("layout_words")["byline_roles"], key=len, reverse=True))
    for region in regions + ["记者王伟", "王伟", "记者 王伟报道", "员王伟王伟"]:
        for name in ("王伟", "王伟王伟", "伟王", "王", ""):
            ends = f"|(?={roles})" if name else ""  # (an empty name keeps the pattern's own ends)
            want = [m.start(1) for m in re.finditer(rf"(?<=[记者员\s、,，(（])({re.escape(name)})(?:(?![{HAN}]){ends})", region)]
            assert _reporter_starts(region, name) == want, (region, name)
