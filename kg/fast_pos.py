"""`jieba.posseg.cut` with the same pairs, its HMM walked over the transitions that exist.

jieba.posseg's Viterbi scores, for every character and every state the character can take, every
state of the previous character, although a state has about 20 successors among 256: most of
those sums add jieba's -inf (no transition) and lose.  The posts stage asks the tagger about the
name at the start of an 8-character window thousands of times per corpus (8% of the pipeline on
real text); here each state looks only at the previous states that can move to it.  The answer is
the same by construction: the skipped candidates score -inf, and where the best of the others is
-inf too (or there are none) the original full comparison runs, so ties break as in jieba.
"""
from __future__ import annotations

MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")

_INTO: dict[int, tuple[object, dict]] = {}


def _into(trans_p: dict) -> dict:
    """state → {previous state: log probability of the move}, the transition table reversed (once
    per table)."""
    got = _INTO.get(id(trans_p))
    if got is None or got[0] is not trans_p:
        into: dict = {}
        for y0, nxt in trans_p.items():
            for y, p in nxt.items():
                into.setdefault(y, {})[y0] = p
        got = _INTO[id(trans_p)] = (trans_p, into)
    return got[1]


_PLANS: dict = {}  # (transition table, the previous character's states) -> `_plan`
_PLANS_MAX = 4096  # plans kept (cleared when full: a plan is a pure function of its key)


def _plan(prev_keys, trans_p: dict, into: dict) -> tuple:
    """What a step of `viterbi` reads from the previous character's states alone, computed once
    per set of them: (the table, the states with a move, the states they can move to, the set,
    `into`, {state: its possible moves from those states, filled by `viterbi` as it asks}).
    Names of the same characters (the posts stage asks about the same family names and
    given-name characters all corpus long) give the same sets, and the inner loop then walks
    only the moves whose source exists (about one in eight of `into`)."""
    key = (id(trans_p), frozenset(prev_keys))
    got = _PLANS.get(key)
    if got is None or got[0] is not trans_p:
        if len(_PLANS) >= _PLANS_MAX:
            _PLANS.clear()
        prev_states = [x for x in prev_keys if len(trans_p[x]) > 0]
        expect = {y for x in prev_states for y in trans_p[x].keys()}
        got = _PLANS[key] = (trans_p, prev_states, expect, key[1], into, {})
    return got


def viterbi(obs, states, start_p, trans_p, emit_p):
    """`jieba.posseg.viterbi.viterbi`: the same (probability, route); only the max per state
    skips the impossible moves.  The result does not depend on the order the states are tried
    in: every comparison is of (score, state) pairs, whose states differ, as in jieba's max()."""
    V = [{}]
    mem_path = [{}]
    all_states = trans_p.keys()
    into = _into(trans_p)
    for y in states.get(obs[0], all_states):
        V[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        mem_path[0][y] = ''
    for t in range(1, len(obs)):
        vp = V[t - 1]
        plan = _plan(vp.keys(), trans_p, into)
        prev_states, prev_states_expect_next = plan[1], plan[2]
        ch = obs[t]
        obs_states = set(states.get(ch, all_states)) & prev_states_expect_next
        if not obs_states:
            obs_states = prev_states_expect_next if prev_states_expect_next else all_states
        vt, mt = {}, {}
        V.append(vt)
        mem_path.append(mt)
        known, keys = plan[5], plan[3]
        for y in obs_states:
            emit = emit_p[y].get(ch, MIN_FLOAT)
            moves = known.get(y)
            if moves is None:  # the moves into y from the plan's previous states, in `into`'s order
                moves = known[y] = tuple([(y0, p) for y0, p in into.get(y, {}).items() if y0 in keys])
            best = None  # max() over the possible moves, written out: the first largest wins
            for y0, p in moves:
                cand = (vp[y0] + p + emit, y0)
                if best is None or cand > best:
                    best = cand
            if best is None or best[0] == MIN_INF:  # jieba's full comparison decides the ties
                best = max([(vp[y0] + trans_p[y0].get(y, MIN_INF) + emit, y0) for y0 in prev_states])
            vt[y] = best[0]
            mt[y] = best[1]
    prob, state = max([(V[-1][y], y) for y in mem_path[-1].keys()])
    route = [None] * len(obs)
    i = len(obs) - 1
    while i >= 0:
        route[i] = state
        state = mem_path[i][state]
        i -= 1
    return (prob, route)


_FAST = None


def _tokenizer():
    """A POSTokenizer whose character-level tagging uses `viterbi` above (made once; it shares
    jieba.posseg.dt's tokenizer and tag table, read again at every call since kg.text replaces the
    table when it loads it from its cache)."""
    global _FAST
    if _FAST is None:
        import jieba.posseg as pseg

        class FastPOS(pseg.POSTokenizer):
            def __init__(self):  # no dictionary read: the tables are pseg.dt's
                pass

            def _POSTokenizer__cut(self, sentence):  # POSTokenizer.__cut with `viterbi` above
                prob, pos_list = viterbi(sentence, pseg.char_state_tab_P, pseg.start_P,
                                         pseg.trans_P, pseg.emit_P)
                begin, nexti = 0, 0
                for i, char in enumerate(sentence):
                    pos = pos_list[i][0]
                    if pos == 'B':
                        begin = i
                    elif pos == 'E':
                        yield pseg.pair(sentence[begin:i + 1], pos_list[i][1])
                        nexti = i + 1
                    elif pos == 'S':
                        yield pseg.pair(char, pos_list[i][1])
                        nexti = i + 1
                if nexti < len(sentence):
                    yield pseg.pair(sentence[nexti:], pos_list[nexti][1])

        _FAST = FastPOS()
    return _FAST


def pos_cut(sentence: str):
    """`jieba.posseg.cut(sentence)` (HMM on, no parallel pool): the same pairs, faster."""
    from .text import segmenter
    segmenter()  # (the tag table from kg's cache before jieba.posseg is imported)
    import jieba.posseg as pseg
    fast = _tokenizer()
    fast.tokenizer = pseg.dt.tokenizer
    fast.word_tag_tab = pseg.dt.word_tag_tab
    return fast.cut(sentence)
