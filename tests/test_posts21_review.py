"""Review of the fifth round of helpers (session of 2026-12-03): three narrowings that went too
far.  A foreign country opening the sentence (在意大利访问期间，…) still owns its bare national post;
a foreign head's title earlier in the article blocks the bare title only before that head's name;
a session's number after 届 needs a numeral before 届; and (outside posts) the abbreviations stage
searched the whole document per abbreviation for each reading's full name."""
from conftest import text_doc

from kg.builder import _pipeline
from kg.stages.numbers import find_quantities

_PIPE = _pipeline(None)


def _holdings(text: str) -> set[tuple[str, str]]:
    doc = _PIPE(text_doc(text))
    names = {e.id: e.name for e in doc.entities.values()}
    return {(names.get(r.subject, r.subject), names.get(r.object, r.object))
            for r in doc.relations if r.predicate == "holdsPost"}


def test_a_country_opening_the_sentence_blocks_the_bare_post():
    """在意大利访问期间，普罗迪总理满意地说: Italy's premier, not the State Council's."""
    held = _holdings("在意大利访问期间，普罗迪总理满意地说，两国关系很好。")
    assert not any(who == "普罗迪" for who, _ in held)


def test_a_foreign_heads_title_before_does_not_block_chinas_head():
    """越南国家主席苏林访华。国家主席习近平会见…: the bare title before another name is China's."""
    held = _holdings("越南国家主席苏林访华。国家主席习近平在人民大会堂会见越南客人。")
    assert ("习近平", "中国") in held
    held = _holdings("老挝国家主席通伦访华。国家主席通伦表示，两国友谊深厚。")
    assert not any(who == "通伦" and where == "中国" for who, where in held)


def test_only_a_sessions_number_after_jie_is_no_figure():
    assert not [q for q in find_quantities("市十七届61次常务会议召开。") if q.value == 61]
    assert [q.value for q in find_quantities("本届3000多家企业参展。")] == [3000]


def test_a_documents_full_names_are_searched_once_per_name():
    """Every abbreviation of a long document (巴 … 巴 … ×1000) asked whether the document writes
    each reading's full name, searching the whole text each time: quadratic in a long list."""
    from kg.stages import abbreviations as A

    class Counting(str):
        searches = 0

        def __contains__(self, other):
            Counting.searches += 1
            return super().__contains__(other)

    options = A.readings()["巴"]
    text = Counting("巴方表示。" * 2000 + "巴基斯坦")
    first = A._choose(options, text)
    for _ in range(999):
        assert A._choose(options, text) is first
    assert Counting.searches <= sum(len(r.surfaces) for r in options)
