"""Review of round 69 on merging (fix69): defects the round's rules brought to texts they were not written
for, found by per-document diffs of every test sentence, the dev-set texts and the fresh folders between
9062007a and the merged tree.  Each test fails on the merged tree before its fix."""
from __future__ import annotations

from conftest import extract_text


def test_a_negation_closing_a_counted_noun_is_kept():
    """xinjiang69 drops a one-character adverb closing the noun cut before the verb (863台采棉机正陆续投入使用 →
    采棉机); a negation is such an adverb to jieba, and dropping it says the opposite (national40's 其中36件认定不构成
    黑恶犯罪 gave 认定 36件).  A negation stays; 正 still goes."""
    doc = extract_text("某市法院工作报告\n审结涉黑恶犯罪案件185件，其中36件认定不构成黑恶犯罪。")
    inds = [m.indicator for m in doc.metrics if m.value == 36]
    assert inds and all(i != "认定" for i in inds), inds
    doc = extract_text("某县棉花采收\n目前，全县863台采棉机正陆续投入使用。")
    assert [m.indicator for m in doc.metrics if m.value == 863] == ["采棉机"]

