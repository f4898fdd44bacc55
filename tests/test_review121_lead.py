"""The lead's review (round 121): sizes listed before one kind, from round 119's water bulletins.

base = 36f22e33 (round 119 merged).
- metrics: one-character sizes joined by 、 before one kind word closed by 型 (大、中型水库总蓄水量125.6亿立方米,
  大、中、小型水库368座, 大、中小型企业) are one modifier of the noun (`metrics._size_list_start`,
  `metrics.size_list_chars`), as levels are (省、市重点项目). Base: the last size alone (中型水库总蓄水量, 小型水库).
"""
from conftest import extract_text


def _indicators(text):
    doc = extract_text("工作动态\n" + text + "\n")
    return {(m.value, m.unit): m.indicator for m in doc.metrics}


def test_sizes_listed_before_one_kind_are_one_modifier():
    ms = _indicators("2023年末，全省大、中型水库总蓄水量125.6亿立方米。")
    assert ms[(12560000000, "立方米")] == "大、中型水库总蓄水量", ms
    ms = _indicators("全市共有大、中、小型水库368座，大、中小型企业1200家。")
    assert ms[(368, "座")] == "大、中、小型水库", ms
    assert ms[(1200, "家")] == "大、中小型企业", ms


def test_a_list_of_things_after_a_size_word_stays_a_list():
    """Guards (pass on the base): no 型 after the sizes, or items that are no sizes, keep the list's cut."""
    ms = _indicators("全年新建学校、中型水库12座。")
    assert ms[(12, "座")] == "中型水库", ms
    ms = _indicators("企业规模大、中小企业数量多，全市共有企业1200家。")
    assert ms[(1200, "家")] == "企业", ms
