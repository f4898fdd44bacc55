"""A count a village is one of, in Inner Mongolia's village news (places28).

芒来嘎查位于…，是克尔伦苏木15个牧业嘎查之一: once the 嘎查 was read as a village, the count of 15 嘎查
went to it (the sentence's most specific place), though it is the township's: the place written right
before a count whose items the subject is one of owns the count."""
from __future__ import annotations

from conftest import figure_table


def test_the_count_of_a_whole_the_village_is_one_of():
    got = figure_table("标题\n巴彦胡舒嘎查位于镇区西南，是克尔伦苏木15个牧业嘎查之一。", "2024-08-27")
    assert got[(15, "个")][1] == "克尔伦苏木"
    got = figure_table("标题\n芒来嘎查总人口134户，是全旗人口最多的嘎查。", "2024-08-27")
    assert got[(134, "户")][1] == "芒来嘎查"
