"""Review of round 101 (the lead's): named initiatives in foreign-affairs texts.

shengming101 read seven joint statements and saw 全球发展倡议, 全球安全倡议 and 全球文明倡议 found in none of
them: quoted, 倡议 inside the quotes was no head (“一带一路”倡议, with 倡议 after the quote, was); unquoted,
倡议 was no head of a name applied by a verb as 战略 is (落实乡村振兴战略).  Now 倡议 heads both, and the
words that say whose initiative or which one it is (两国元首倡议, 上述倡议, 这一倡议) name none.
"""
from conftest import extract_text


def _programmes(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Programme"}


def test_quoted_initiatives_are_programmes():
    """中方提出的“全球发展倡议”…; 支持“全球安全倡议”和“全球文明倡议” (base: none)."""
    assert _programmes("中方提出的“全球发展倡议”得到各方支持。\n") == {"全球发展倡议"}
    assert _programmes("双方支持“全球安全倡议”和“全球文明倡议”。\n") == {"全球安全倡议", "全球文明倡议"}


def test_unquoted_initiative_applied_by_a_verb():
    """阿方支持全球发展倡议; 中方提出全球安全倡议; 落实全球发展倡议 (base: none)."""
    assert _programmes("阿方支持全球发展倡议，愿积极参与。\n") == {"全球发展倡议"}
    assert _programmes("中方提出全球安全倡议。\n") == {"全球安全倡议"}
    assert "全球发展倡议" in _programmes("落实全球发展倡议，推动构建人类命运共同体。\n")


def test_whose_or_which_initiative_names_none():
    """两国元首倡议, 上述倡议, 这一倡议, 发出倡议: no name; 支持对方的发展战略 neither."""
    assert _programmes("双方同意落实两国元首倡议，加强合作。\n") == set()
    assert _programmes("会议号召全县干部落实上述倡议。\n") == set()
    assert _programmes("我们支持这一倡议。\n") == set()
    assert _programmes("团县委向全县青年发出倡议。\n") == set()
    assert _programmes("中方支持对方的发展战略。\n") == set()
    # (shengming101 07: 我们欢迎中方支持东盟倡议制定“东盟互联互通总体规划”: ASEAN proposes, 倡议 the verb)
    assert "东盟倡议" not in _programmes("我们欢迎中方支持东盟倡议制定新的规划。\n")
    assert _programmes("全县认真落实乡村振兴战略。\n") == {"乡村振兴战略"}


def test_listed_strategies_and_initiatives():
    """实施乡村振兴战略、创新驱动发展战略和区域协调发展战略 (base: the first only); shengming101 04: 越方赞赏中方
    提出的人类命运共同体、全球发展倡议、全球安全倡议和全球文明倡议 (base: none) — each name of the list, with no verb
    before the run; a list's generic or verb-led items (深入实施国家战略、区域战略) name none."""
    assert _programmes("全县深入实施乡村振兴战略、创新驱动发展战略和区域协调发展战略。\n") == {
        "乡村振兴战略", "创新驱动发展战略", "区域协调发展战略"}
    assert _programmes("越方赞赏中方提出的人类命运共同体、全球发展倡议、全球安全倡议和全球文明倡议，双方将深入探讨。\n") == {
        "全球发展倡议", "全球安全倡议", "全球文明倡议"}
    assert _programmes("深入实施国家战略、区域战略。\n") == set()
    assert _programmes("落实乡村振兴战略和这一倡议。\n") == {"乡村振兴战略"}
    assert _programmes("会议强调，发展战略和总体战略要统筹。\n") == set()
