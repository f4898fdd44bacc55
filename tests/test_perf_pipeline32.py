"""perf32: speed-ups of the gazetteer, posts and entities stages that must not change any answer.

- A county's township automaton is built without the towns written with a people (羊二庄回族镇 for
  the table's 羊二庄镇, ~60 words a town and most of the build) for a text holding no 族镇/族乡:
  none of those words can match there, and the longest-match walk reads the same matches unless a
  word of the county is a proper suffix of a town's stem and the beginning of a people's name
  (河东乡 in 黄河东乡…): such a county gets the whole automaton.
"""
import random

from kg.divisions import table
from kg.stages import gazetteer as G


def _counties(n: int) -> list[str]:
    codes = [c for c in table().by_code if len(c) == 6 and not c.endswith("00") and table().townships(c)]
    return random.Random(32).sample(codes, n)


def _texts(code: str) -> list[str]:
    """Town names, stems run into the beginnings of peoples' names, the county's words glued."""
    rnd = random.Random(code)
    towns = list(table().townships(code))
    stems = [t[:-1] for t in towns if len(t) >= 3]
    parts = [p[:k] for p in G.L.ETHNIC_GROUPS for k in range(1, len(p) + 1)]
    out = ["，".join(towns), "".join(towns), "，".join(s + p + "群众" for s in stems for p in G.L.ETHNIC_GROUPS)]
    for _ in range(30):
        bits = [rnd.choice(stems or towns) + rnd.choice(parts) + rnd.choice(towns + ["群众", "村", ""])
                for _ in range(6)]
        out.append("".join(bits))
    return [t for t in out if not G._PEOPLE_WRITTEN.search(t)]


def test_plain_automaton_reads_as_the_whole_one():
    """Sampled counties plus those that fall back: the same iter_long on texts without 族镇/族乡."""
    for code in _counties(150) + ["430423", "120115", "130981", "320614", "659003"]:  # (the last fall back)
        plain, whole = G._township_automaton(code, False), G._township_automaton(code, True)
        for text in _texts(code):
            assert list(plain.iter_long(text)) == list(whole.iter_long(text)), (code, text)


def test_plain_automaton_is_smaller():
    """Most counties get the smaller automaton; a text with 族镇 gets the whole one."""
    codes = _counties(60)
    plain = [c for c in codes if G._township_automaton(c, False) is not G._township_automaton(c, True)]
    assert len(plain) > 50
    code = plain[0]
    assert len(G._township_automaton(code, False)) < len(G._township_automaton(code, True))
    assert G._county_automaton(code, "羊二庄回族镇") is G._township_automaton(code, True)
    assert G._county_automaton(code, "羊二庄回族群众") is G._township_automaton(code, False)


def test_hidden_word_falls_back():
    """江东乡 is a proper suffix of 长江 + 东乡 (the start of 长江东乡族镇); 东乡 itself of any stem + 东乡."""
    assert G._hidden_by_peoples(["江东乡"], ["长江"])
    assert G._hidden_by_peoples(["东乡"], ["长江"])
    assert G._hidden_by_peoples(["乌镇"], ["大乌镇"])  # (a stem's own end: 大乌镇回族乡 …)
    assert not G._hidden_by_peoples(["江东乡"], ["江"])  # (江东乡 read whole: no proper suffix)
    assert not G._hidden_by_peoples(["城关镇", "新华乡"], ["黄河", "城关"])


def test_leftmost_longest_is_the_regex_of_the_words():
    """`_repeat_townships` finds a document's named townships again by an automaton of them,
    not a regex compiled per document: the same spans as the regex (longest first) on texts
    full of overlapping and nested names."""
    import re

    import ahocorasick

    from kg.text import alt
    rnd = random.Random(32)
    pool = ["新寨村", "寨村委", "新寨村委会", "稼依镇", "依镇新寨村", "稼依镇新寨", "东城街道", "城街道办", "东城"]
    for _ in range(300):
        words = rnd.sample(pool, rnd.randint(1, len(pool)))
        text = "".join(rnd.choice(pool + ["，", "党委", "新", "镇", "村"]) for _ in range(rnd.randint(0, 30)))
        A = ahocorasick.Automaton()
        for w in words:
            A.add_word(w, len(w))
        A.make_automaton()
        want = [m.span() for m in re.finditer(alt(sorted(words)), text)]
        assert G._leftmost_longest(A, text) == want, (words, text)


def test_without_peoples_as_the_walk_over_every_people():
    """`_without_peoples` asks str.endswith of the whole tuple of peoples before finding which one:
    the same stems as trying each people in turn, on every township of the table and on stems of
    several peoples (大湾布依族苗族)."""
    def walk(stem):
        for _ in range(4):
            people = next((p for p in G._ETHNIC_TOWNSHIP if stem.endswith(p)), None)
            if people is None:
                break
            stem = stem[:-len(people)]
        return stem
    stems = [n[:-1] for c in _counties(400) for n in table().townships(c)]
    stems += ["大湾布依族苗族", "回族", "五族回族蒙古族满族朝鲜族", "亚曼苏柯尔克孜族", ""]
    assert [G._without_peoples(s) for s in stems] == [walk(s) for s in stems]


def test_tables_read_once_answer_as_read_per_call():
    """The row-name characters of posts and the gazetteer's bare zone kinds are read once per
    process (L.chars and L.load_table re-read their tables at every call, once per candidate or
    document); a body-name ending is asked of the whole tuple of endings at once."""
    import re

    from kg import lexicon as L
    from kg.stages import posts as P
    from kg.text import alt
    assert P._ROW_NAME_BAD_LAST == L.chars("row_name_bad_last")
    alone = sorted({r["short"] for r in L.load_table("zone_short_names.tsv") if r.get("alone") == "yes"},
                   key=len, reverse=True)
    assert G._bare_zone_kinds().pattern == re.compile(alt(alone)).pattern
    units = P.vocabulary().unit_suffixes
    for rest in ["区域医疗合作", "卫健委", "县人民政府", "家庭", "", "委员会", "某某公司"] + [u[1:] for u in units[:40]]:
        assert rest.endswith(units) == any(rest.endswith(u) for u in units)


def test_jieba_name_and_word_read_one_cut():
    """`_jieba_name` and `_jieba_word` read the tokens `_lead_tokens` cut once per window: the
    same answers as each cutting the window with the tagger itself."""
    from kg.fast_pos import pos_cut
    from kg.stages import posts as P

    def name_ref(window):
        name = ""
        for tok in pos_cut(window):
            if not tok.flag.startswith("nr") or len(name) + len(tok.word) > 6 or \
                    (name and tok.flag not in ("nrt", "nrfg")):
                break
            name += tok.word
        return name if 2 <= len(name) <= 6 else None

    def word_ref(window):
        first = next(iter(pos_cut(window)), None)
        if first is None or len(first.word) < 2 or first.flag.startswith(("nr", "x", "m")):
            return False
        tag = P._common_words().get(first.word)
        return bool(tag) and not tag.startswith("nr")

    text = ("县委书记王建国主持会议，副县长李明、贾斯蒂卡·阿卜杜拉希扬出席。商量过的事项由欧阳明月同志负责，"
            "米舒斯京总理会见了外交部长王毅，市长张三丰表示，高建军通报情况。")
    windows = [text[i:i + n] for i in range(len(text)) for n in (2, 6, 8)] + [""]
    assert [P._jieba_name(w) for w in windows] == [name_ref(w) for w in windows]
    assert [P._jieba_word(w) for w in windows] == [word_ref(w) for w in windows]
