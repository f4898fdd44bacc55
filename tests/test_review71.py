"""Review of round 71 on merging (fix71): defects the round's rules brought to texts they were not written
for, found by per-document diffs of every test sentence, the dev-set texts and the fresh folders between
round 70 landed and the merged tree.  Each test fails on the merged tree before its fix."""
from __future__ import annotations

from conftest import extract_text


def test_a_profile_s_figures_skip_every_side_it_borders():
    """profile71 keeps a place in a clause of borders (东与…接壤, 西北环抱…) from the profile's figures; a side
    the county leans on (南倚天山与鄯善县交界) was no such clause, and places39's 木垒 profile gave its population
    to 天山.  倚 is a verb of borders as 依 is: the figures are the county's."""
    doc = extract_text("木垒哈萨克自治县概况\n木垒哈萨克自治县位于新疆维吾尔自治区东北部,天山北麓。东与巴里坤哈萨克自治县接壤,"
                       "西与奇台县毗邻,南倚天山与鄯善县交界,北与蒙古国接壤,边境线长达150公里。总人口87229人。")
    subj = {m.indicator: doc.entities[m.subject].name if m.subject in doc.entities else None for m in doc.metrics}
    assert subj.get("总人口") == "木垒哈萨克自治县", subj
