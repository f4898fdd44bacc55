"""perf39p: cheaper per-candidate work in the posts stage that must not change any answer.

- `posts._verb_gap_start` runs its regex only where a gap can end (a particle's last character
  or 的): at every position of texts with and without gaps, the same start as the regex alone.
- `NameFinder.syllabic_name_at` tests the openers with one tuple `startswith` first: the same
  names after an appointment verb (补选|洛桑江村为…) and none elsewhere.
- `posts._other_evidence` reads the weak name of a clause's opening (the segmenter's tag) only
  where a verb of speech can start inside the reach of a name (`_speech_may_follow`): with the
  gate forced open, the same persons, posts and rules, on texts whose speech is read (a Chinese
  name, a dotted foreign one) and texts with no verb of speech after the opening name.
- `posts._candidate_lookaheads` tries both kinds of head post in one look-ahead and the
  honorifics of one length in one: the candidate regex finds the same places as with one
  look-ahead per kind and per honorific (its form before).
"""
from __future__ import annotations

import re

from conftest import extract_text, post_pairs

from kg.stages import posts as P

_GAPS = (
    "会议决定，任命了王某为县人民政府副县长，免去了年仅55岁的何亚非的副主任职务。",
    "免去现年48岁的李明的职务，任命张三为局长。了的了的，\n的了。",
    "县委书记王建国、县长李明清出席会议并讲话。",
)


def test_verb_gap_gate_gives_the_regex_answer(monkeypatch):
    gated = [[P._verb_gap_start(t, p, 0) for p in range(len(t) + 1)] for t in _GAPS]
    assert any(v < p for p, v in enumerate(gated[0]))  # (a gap is read: 任命了|王某, 免去了年仅55岁的|何亚非)
    monkeypatch.setattr(P, "_VERB_GAP_LAST", None)
    assert [[P._verb_gap_start(t, p, 0) for p in range(len(t) + 1)] for t in _GAPS] == gated


_SPEECH = (
    "会议由县委办主持。王刚表示，要加强合作。李明清说，今年工作任务重。",
    "会谈中，穆罕默德·本·扎耶德·阿勒纳哈扬表示，阿方愿深化合作。普拉森西亚指出，双方要加强交流。",
    "会上，王刚强调各项工作。李明同志主持会议，高度重视安全生产。张家港市开展检查，周密部署。",
    "补选洛桑江村为自治区人民政府副主席。任命扎西顿珠为县长。",
    "县长李明来泾县经济开发区调研。王毅应欧盟邀请出席。市长韩军在韩国访问。",
)


def _posts_read(text: str):
    doc = extract_text(text)
    persons = sorted((m.surface, m.astart, m.rule) for m in doc.mentions if m.label == "Person")
    return persons, sorted(post_pairs(doc))


def test_speech_gate_keeps_every_answer(monkeypatch):
    gated = [_posts_read(t) for t in _SPEECH]
    rules = {rule for persons, _ in gated for _s, _a, rule in persons}
    assert "posts.speech" in rules and "posts.appointment" in rules  # (the texts trigger the readers)
    assert any(s == "王刚" for s, _a, _r in gated[0][0])
    monkeypatch.setattr(P, "_speech_may_follow", lambda t, p, speech: True)
    assert [_posts_read(t) for t in _SPEECH] == gated


def test_speech_gate_reaches_past_the_longest_name():
    t = "，穆罕默德·本·扎耶德·阿勒纳哈扬表示"
    speech = P._verb_kinds("speech")
    assert P._speech_may_follow(t, 1, speech)  # (表示 after a name of four dotted parts)
    assert not P._speech_may_follow("，王刚强调各项工作。", 1, ["说"])
    assert not P._speech_may_follow("，王。", 1, speech)  # (no two name characters: no name)
    assert P._NAME_REACH >= 8 + 8 * (P._DOTTED_PARTS_MAX - 1)


def _one_lookahead_per_test() -> re.Pattern:
    """`_candidate_re` with the look-aheads of its earlier form: one per kind of head post, one per
    honorific (and the verbs of speech a name after a body opens, as `_candidate_lookaheads` has them)."""
    mods = "|".join(re.escape(m) for m in sorted(P.vocabulary().modifiers, key=len, reverse=True))
    parts = [r"(?=[\s\S]{1,4}、)"]
    units = "".join(re.escape(u) for u in P._HEADED_UNITS)
    parts.append(rf"(?=[\s\S]{{1,3}}(?:{mods})?[{units}]{re.escape(P._HEAD_POST_END)})")
    heads = set(P._HEADED_BY.values()) | {post for _end, post in P._GOVERNMENT_HEADED_BY}  # (zhichan102: 区长 …)
    heads = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    parts.append(rf"(?=[\s\S]{{1,3}}(?:{mods})?(?:{heads}))")
    parts += [rf"(?=[\s\S]{{1,{6 - len(h)}}}{re.escape(h)})" for h in P.vocabulary().honorifics if len(h) <= 5]
    speech = sorted((w for w in P._verb_kinds("speech") if w), key=len, reverse=True)
    speech += [w for w in P._BODY_NAME_CLOSERS if w not in speech]  # (主持, a speaker's colon: people42)
    parts.append(rf"(?=[\s\S]{{1,3}}(?:{'|'.join(re.escape(w) for w in speech)}))")  # (a body's speaker, mine41)
    verbs = tuple(P._verb_kinds("appoint", "nominate", "elect", "transfer", "promote", "remove"))
    before = P._candidate_openers(verbs)
    behind = rf"(?<=[{re.escape(before)}][\s\S])"
    return re.compile(P._scan_tables()[1].pattern + "(?:" + "|".join([behind, *parts]) + ")")


_CANDIDATES = (
    "农业部农机化司李伟国司长、港澳事务办公室李辉副主任出席。王刚同志、李明清阁下、张三殿下到会。",
    "市财政局王明局长主持，县政协王明主席讲话，县委王强书记、市妇联刘红会长、区人大陈刚常务副主任出席。",
    "高度重视安全生产，方方面面，时时刻刻。国王陛下、文明城市、平安建设。" + _SPEECH[0] + _GAPS[0],
)


def test_grouped_lookaheads_find_the_same_candidates():
    verbs = tuple(P._verb_kinds("appoint", "nominate", "elect", "transfer", "promote", "remove"))
    old, new = _one_lookahead_per_test(), P._candidate_re(verbs)
    assert P._HEADED_UNITS and P._HEADED_BY and P.vocabulary().honorifics
    found = 0
    for t in _CANDIDATES + _SPEECH:
        spans = [m.span() for m in old.finditer(t)]
        assert [m.span() for m in new.finditer(t)] == spans
        found += len(spans)
        for p in range(len(t)):
            for hi in (p + 1, p + 4, len(t)):
                a, b = old.search(t, p, min(hi, len(t))), new.search(t, p, min(hi, len(t)))
                assert (a and a.span()) == (b and b.span())
    assert found > 30


_VILLAGES = (
    "镇辖有卓杰、华东、华北、城南等15个行政村，和平、中山等8个社区。",
    "全乡下辖东和、东沟、丹麻、台子16个乡(镇)和等自然村，沙石、沙河、水东等乡镇。",
    "等等，第3个、共12个项目，一二三个村，两个社区等行政村。",
    "滨海旅游公路途经东海、金厢、碣石三镇17个村。",
)


def test_village_list_end_lookahead_finds_the_same():
    from kg.divisions import place_chars, place_words
    from kg.stages import gazetteer as G
    from kg.text import alt
    digits = f"0-9{place_chars('count_numerals')}一二七八九十百"
    old = re.compile(rf"(?:等?[{digits}]+个({alt(place_words('listed_village_kinds'))})"
                     rf"|等({alt(place_words('listed_village_kinds_uncounted'))}))"
                     rf"|等?[{digits}]+个({alt(place_words('listed_township_kinds'))})"
                     rf"|等({alt(place_words('listed_township_kinds'))})"
                     # huanan84: townships counted by a bare numeral (东海、金厢、碣石三镇)
                     rf"|[{place_chars('count_numerals')}七八九十]({alt(place_words('listed_township_kinds_bare'))})")
    assert G._LIST_COUNT_DIGITS == digits
    got = [[(m.span(), m.groups()) for m in G._VILLAGE_LIST_END.finditer(t)] for t in _VILLAGES]
    assert got == [[(m.span(), m.groups()) for m in old.finditer(t)] for t in _VILLAGES]
    assert sum(map(len, got)) >= 5


def test_foreign_party_posts_still_read():
    doc = extract_text("英国工党领袖斯塔默会见了来访客人。日本自民党干事长二阶俊博表示欢迎。")
    persons = {m.surface for m in doc.mentions if m.label == "Person"}
    assert "斯塔默" in persons


def test_post_end_search_from_first_characters_is_the_search():
    """`chain_before` looks for the post ending at a name through `_post_search` (tried only where
    a post word can begin): the same match as `post_end_re.search` over every 14-character window."""
    V = P.vocabulary()
    found = 0
    for t in _CANDIDATES + _SPEECH + _GAPS + ("县委常委、\n副县长兼县公安局局长王刚，副市长\n李明",):
        for e in range(1, len(t) + 1):
            a = V.post_end_re.search(t, max(0, e - 14), e)
            b = P._post_search(V.post_end_re, t, max(0, e - 14), e)
            assert (a and a.span()) == (b and b.span())
            found += a is not None and a.end() == e
    assert found > 20
