"""Review of round 10's foreign posts: the country of the only foreign officials read before is the
weakest evidence, asked only for a name written wholly in transliteration characters.

习近平同总统卢拉 (a Chinese name and a joiner before the post) gave 习近平同 a Vietnamese post in a story
that had named Vietnam's president; 匈方赞赏泽连斯基总统 gave 匈方赞赏泽连斯基 Hungary's.
"""
from __future__ import annotations

from conftest import relations_of


def test_a_chinese_name_and_joiner_before_a_bare_post_is_no_foreign_official():
    held = relations_of("习近平会见越南国家主席武文赏。会见后，习近平同总统卢拉通电话。", "holdsPost")
    assert not any(p.startswith("习近平") and body == "越南" for p, body in held)


def test_a_clause_before_a_bare_post_is_no_foreign_name():
    held = relations_of("匈牙利总理欧尔班在布达佩斯会见中国外长王毅。欧尔班表示，匈方赞赏泽连斯基总统的表态。",
                        "holdsPost")
    assert not any("赞赏" in p for p, _ in held)


def test_a_transliterated_name_still_takes_the_sole_foreign_country():
    held = relations_of("匈牙利总理欧尔班会见王毅。王毅请欧尔班转达对舒尤克总统的问候。", "holdsPost")
    assert ("舒尤克", "匈牙利") in held
