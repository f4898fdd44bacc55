"""perf35: skips of the posts and metrics stages that must not change any answer.

- `NameFinder._name_at` returns None at once where the character opens none of the names it reads
  (`posts._name_firsts`: family names, Tibetan and Mongolian openers and syllables); the syllable
  readers do the same for a first character that is no syllable.  With the gate opened to every
  character, every position of texts with Han, Tibetan, Mongolian and foreign names, in every
  mode, gets the same answer.
- `metrics._survey_team_place` looks for a survey team only in an article that writes the team's
  organ (国家统计局): with the gate forced open the figures are the same, with a team written or not.
"""
from __future__ import annotations

from conftest import extract_text, figure_table, post_pairs

from kg.stages import metrics as M
from kg.stages import posts as P

_TEXTS = (
    "西藏自治区林业和草原局局长桑旦罗布表示，要抓好生态保护。副局长坚参、旦巴出席。",
    "盟政协党组成员、副主席哈斯巴雅尔、李志鹏出席会议。州委副书记、州长苏嘎尔布作通报。",
    "自治区主席洛桑江村会见尼玛扎西一行，副主席巴音朝鲁主持。",
    "县委书记王建国、县长李明清，副县长欧阳海、司马光辉出席；外交部长王毅同阿联酋外长会谈。",
    "总统普京和夫人出席。马格坦戈尔·圭尼贡多表示，2024年全县GDP增长5.3%，abc 123。",
    "主任商量过，市长时表示，局长国庆期间到岗，书记明确要求，布小林主持。",
)


class _Every:
    def __contains__(self, ch: str) -> bool:
        return True


def _answers(text: str) -> list:
    finder = P.NameFinder(text, [], frozenset())
    return [finder._name_at(p, strong, after) for p in range(len(text) + 1)
            for strong in (True, False) for after in (True, False)]


def test_name_gate_keeps_every_answer(monkeypatch):
    gated = [_answers(t) for t in _TEXTS]
    assert any(a for answers in gated for a in answers)  # (names are read: the texts trigger the readers)
    monkeypatch.setattr(P, "_name_firsts", lambda: _Every())
    assert [_answers(t) for t in _TEXTS] == gated


def test_name_gate_holds_every_reading_first_character():
    firsts = P._name_firsts()
    assert {"王", "欧", "洛", "桑", "哈", "苏"} <= firsts
    assert "，" not in firsts and "的" not in firsts


def test_tibetan_and_mongolian_names_after_posts_still_hold_their_posts():
    doc = extract_text("西藏自治区林业和草原局召开会议\n西藏自治区林业和草原局局长桑旦罗布表示，要抓好生态保护。")
    assert ("桑旦罗布", "西藏自治区林业和草原局") in post_pairs(doc)


_FIGURES = (
    "国家统计局江西调查总队发布，10月份居民消费价格同比上涨0.3%。",
    "国家统计局江西调查总队发布最新数据。10月份，全省居民消费价格同比上涨0.3%。",
    "国家统计局朝阳调查队发布，10月份全市居民消费价格同比上涨0.5%。",
    "江西省统计局发布，10月份居民消费价格同比上涨0.3%。全省规模以上工业增加值增长5.1%。",
    "本报南昌12月2日电 记者获悉，南昌市前三季度居民人均可支配收入增长5.1%，达38000元。",
)


def test_survey_gate_keeps_every_figure(monkeypatch):
    gated = [figure_table(t, "2024-12-05") for t in _FIGURES]
    assert gated[0][(0.3, "%")][1] == "江西省" and gated[2][(0.5, "%")][1] == "朝阳市"
    monkeypatch.setattr(M, "_names_survey_organ", lambda view: True)
    assert [figure_table(t, "2024-12-05") for t in _FIGURES] == gated


def test_rows_still_read_where_a_line_has_a_colon_white_space_or_a_line_of_its_own():
    """`_name_colon_row` needs a colon in the line, `_roster_row` white space or a line of its own
    (a glued row): lines that have them are read as before, a sentence with neither gives nothing."""
    doc = extract_text("泾县人民政府领导\n罗梅：县委副书记、县长。\n张伟：副县长。")
    assert {("罗梅", "泾县县委"), ("罗梅", "泾县"), ("张伟", "泾县")} <= post_pairs(doc)
    doc = extract_text("泾县人民政府领导\n李建华 县长 主持县政府全面工作。\n王小明 副县长 负责教育工作。")
    assert {("李建华", "泾县"), ("王小明", "泾县")} <= post_pairs(doc)
    assert ("王小明", "泾县") in post_pairs(extract_text("泾县人民政府领导\n李建华县委副书记、县长\n王小明副县长"))
    assert not post_pairs(extract_text("泾县召开会议\n李建华主持会议，王小明讲话。"))
