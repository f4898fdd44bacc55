"""Townships written without 镇/乡 before a station (round 7), as reviewed at its merge."""
from conftest import extract_text


def test_a_stem_ending_a_longer_word_is_no_township():
    """火车站派出所 in a 夏邑县 story: 车站 ends the word 火车站, no township 车站镇 (夏邑县 has one); 联合
    龙池派出所 in a 秀山 story still names 龙池镇 (合龙池 is no word)."""
    names = {e.name for e in extract_text("夏邑县公安局召开会议。火车站派出所所长王强汇报工作。").entities.values()}
    assert "车站镇" not in names and "车站镇派出所" not in names
    names = {e.name for e in extract_text("秀山县人民法院龙池人民法庭联合龙池派出所开展宣传。").entities.values()}
    assert {"龙池镇", "龙池镇派出所"} <= names
