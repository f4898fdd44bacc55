"""`readers.corpus._blank`: a document with no visible character is reported, not built.

The check runs on every document in the build process, so it must answer from the first
visible character; these tests hold it to the definition it replaced (every character white
space by `str.isspace` or zero-width)."""
from hypothesis import given, settings, strategies as st

from kg.readers.corpus import _blank

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "\u3000"


def _by_definition(text: str) -> bool:
    return all(c.isspace() or c in ZERO_WIDTH for c in text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(SPACES + ZERO_WIDTH + "国a1。\u00a0\u2028\x85"))))
def test_blank_is_white_space_and_zero_width_only(text):
    assert _blank(text) == _by_definition(text)


def test_blank_on_real_shapes():
    assert _blank("")
    assert _blank("\ufeff\u200b\u00a0\u200b \n\u2060\u3000\u2028")
    assert not _blank("\ufeff\u200b  邯郸市召开会议。")
    assert not _blank("\u3000" * 10_000 + "县")
    assert not _blank("\u00ad-")
