"""A full-width colon after a word opens a list of figures (我省4人中：2人任副市长); after a digit
it is a time (12：30), and codes after a label start with 0 (电话：0310…)."""
from kg.stages.numbers import find_quantities


def _values(text):
    return [(q.value, q.unit) for q in find_quantities(text)]


def test_a_count_after_a_colon_is_read():
    assert _values("我省4人中：2人任副市长、1人任省民政厅副厅长。") == [(4, "人"), (2, "人"), (1, "人")]
    assert _values("中标金额：300万元。") == [(3000000, "元")]


def test_times_and_codes_after_a_colon_are_not():
    assert _values("会议定于12：30召开，联系电话：0310-1234567。") == []
