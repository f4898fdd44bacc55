"""Relations on unseen text (programmes11): cooperation news where the parties sign on a long topic
(A与B、C三方就设立…签约)."""
from __future__ import annotations

from conftest import programmes_and_relations


def test_parties_signing_on_a_topic_cooperate():
    """A与B、C三方就设立…中心签约: 就 opens what they agree on, the verb closes the clause however
    far; A cooperates with each. Without 就, a verb far off in the clause ties nobody."""
    _, rels = programmes_and_relations(
        "莆田与宁化签订协议\n6月3日，莆田市农业农村局与宁化县农业农村局、福建闽兴电子商务有限公司三方就设立宁化"
        "优质农产品莆田展销中心签约。")
    assert ("莆田市农业农村局", "cooperatesWith", "宁化县农业农村局") in rels
    assert ("莆田市农业农村局", "cooperatesWith", "福建闽兴电子商务有限公司") in rels
    _, rels = programmes_and_relations(
        "莆田农业\n6月3日，莆田市农业农村局与宁化县农业农村局的干部在展销中心门前的广场上观看了签约。")
    assert ("莆田市农业农村局", "cooperatesWith", "宁化县农业农村局") not in rels
