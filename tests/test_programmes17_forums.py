"""Forums, expos and summits China holds with another country or region (programmes17, lead): named
by a run of short forms (中非合作论坛, 中阿商务论坛) or by both names joined with a dash (中国—东盟博览会,
中国—中亚峰会), they are programmes of both sides, placed in neither by their names; a run inside a
word (其中|阿…, 集中|美…) or before no such head (中美两国元首…) names none.  Sentences in the shape of
foreign-ministry releases and joint statements (illustrative)."""
from __future__ import annotations

from kg.builder import extract_document
from kg.model import Doc


def _programmes(text: str):
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    names = {k: e.name for k, e in res.entities.items()}
    progs = {e.name for e in res.entities.values() if e.type == "Programme"}
    placed = {(names.get(r.subject), names.get(r.object)) for r in res.relations if r.predicate == "implementedIn"}
    return progs, placed


def test_forums_named_by_a_run_of_short_forms():
    assert _programmes("双方同意在中非合作论坛框架内加强合作。")[0] == {"中非合作论坛"}
    assert "中阿商务论坛" in _programmes("双方将办好第七届中阿商务论坛。")[0]


def test_forums_named_by_both_names_with_a_dash():
    progs, placed = _programmes("双方欢迎举办中国－阿拉伯国家博览会，中国—中亚峰会在西安举行。")
    assert {"中国—阿拉伯国家博览会", "中国—中亚峰会"} <= progs  # (one dash however written: relations23)
    assert ("中国—阿拉伯国家博览会", "中国") not in placed  # (both sides', not China's by its name)


def test_no_forum_from_a_run_inside_a_word_or_without_a_head():
    assert not _programmes("其中阿里巴巴论坛吸引了众多企业。")[0] & {"中阿里巴巴论坛", "中阿里巴巴论坛吸"}
    assert not any(p.startswith("中美") for p in _programmes("中美两国元首在峰会期间举行会晤。")[0])
    assert not any(p.startswith("中非") for p in _programmes("中非共和国总统出席了峰会。")[0])


def test_a_document_named_with_its_revision_in_brackets():
    """《…激励措施实施办法（修订版）》, (修订版) half-width too: the document, also named without it."""
    progs, _ = _programmes("请各地按照新修订的《某市激励措施实施办法(修订版)》，积极组织评选推荐。")
    assert progs == {"某市激励措施实施办法(修订版)"}
    res = extract_document(Doc(id="t", source="t.txt", text="按照《农村公路养护管理办法（修正版）》执行。"))
    doc = next(e for e in res.entities.values() if e.type == "Programme")
    assert doc.name == "农村公路养护管理办法（修正版）" and "农村公路养护管理办法" in doc.aliases


def test_a_forum_after_chinas_full_name_in_the_same_clause():
    """中国在中非合作论坛框架内…: a run rejected at 中国 does not hide the forum two characters on."""
    assert "中非合作论坛" in _programmes("中国在中非合作论坛框架内加强合作。")[0]
