"""Review of round 72 on merging (fix72): defects the round's rules brought to texts they were not written
for, found by the full suite and per-document diffs of the fresh folders between main and the merged tree.
Each test fails on the merged tree before its fix."""
from __future__ import annotations

from conftest import extract_text


def _subjects(doc, value):
    return [doc.entities[m.subject].name if m.subject in doc.entities else None
            for m in doc.metrics if m.value == value]


def test_a_signing_measured_in_mu_keeps_its_signing():
    """municipal72 made 签约 end the noun of the firms counted (6家企业|签约办公); a land transfer signed is the thing
    measured (200亩土地流转签约), and the word that holds the cut word further in is now stepped over as one that
    opens with it (3个签约企业) always was."""
    doc = extract_text("某镇推进土地流转\n今年以来,全镇已完成200亩土地流转签约,另有6家企业签约入驻园区。")
    got = {m.value: m.indicator for m in doc.metrics}
    assert got.get(200) == "土地流转签约", got
    assert got.get(6) == "企业", got


def test_a_height_after_a_lie_word_is_kept_a_distance_from_a_place_is_not():
    """dongbei72 read a distance closed by 的 after 位于 as where a village lies (位于凤城市城西19公里的宝山镇); a height
    so written (位于海拔2100米的高山上) is a measure of the village: the rule now asks for a direction or 距 between."""
    doc = extract_text("某村发展高山蔬菜\n该村位于海拔2100米的高山上,距离县城东40公里的地方另有一个基地。")
    assert {m.indicator for m in doc.metrics if m.value == 2100} == {"海拔"}, [(m.indicator, m.value) for m in doc.metrics]
    doc = extract_text("某村发展旅游\n走进位于县城以南12公里的桃园村,游客络绎不绝。")
    assert not [m for m in doc.metrics if m.value == 12], [(m.indicator, m.value) for m in doc.metrics]


def test_a_medium_after_qizhong_is_still_the_channel_a_company_is_the_investor():
    """signing72 let any organisation after 其中 be the part of the batch its figure counts (其中光大控股公司…融资);
    a news site there is the channel of the messages counted (其中新华网网友留言35件), the county's, as before."""
    doc = extract_text("某县信访工作\n本月全县共受理网上信访96件,其中新华网网友留言35件。")
    assert _subjects(doc, 35) != ["新华网"], _subjects(doc, 35)
    doc = extract_text("某县集中签约\n此次签约项目8个,总投资36亿元。其中,四川华达新材料有限公司计划投资12亿元。")
    assert _subjects(doc, 1200000000) == ["四川华达新材料有限公司"], _subjects(doc, 1200000000)
