"""Round 17 review of people33: dotted Uyghur names stay linear however long a chain of · runs,
and 布 after a post opens no name where it is a verb of running text (布好局, 布排)."""
from conftest import extract_text, held_posts, pipeline_calls as _calls, text_doc

from kg.builder import _pipeline


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}




def test_a_long_chain_of_dotted_parts_grows_work_linearly():
    """县长艾力·阿不都·… repeated: each · asked the whole chain of parts after it again (the syllable
    groups keep a part whole), so work grew with the square of the chain (4x at 2x the text)."""
    _pipeline(None)(text_doc("新疆新闻\n县长艾力·阿不都出席。"))  # warm-up
    unit = "县长艾力·阿不都·"
    small = _calls("新疆新闻\n" + unit * 300)
    large = _calls("新疆新闻\n" + unit * 600)
    assert large / small < 2.3, (small, large)


def test_bu_after_a_post_as_a_verb_opens_no_name():
    """县长布好局、开好头, 副县长布排了春耕生产重点工作: 布 is the verb (was 布好局, 布排 holding the post);
    主席布小林主持, 布小林与中信集团党委书记、董事长朱鹤新 keep the name (and 朱鹤新 no post of the region)."""
    for text in ("县政府新闻\n县长布好局、开好头，抓好落实。", "县政府新闻\n副县长布排了春耕生产重点工作。"):
        doc = extract_text(text)
        assert not any(n.startswith("布") for n in _people(doc)), text
        assert not any(p.startswith("布") for p, _, _, _ in held_posts(doc)), text
    doc = extract_text("内蒙古新闻\n自治区党委副书记、自治区主席布小林主持会议并讲话。")
    assert "布小林" in _people(doc)
    doc = extract_text("内蒙古新闻\n自治区党委副书记、自治区主席布小林与中信集团党委书记、董事长朱鹤新签署协议。")
    assert "布小林" in _people(doc)
    assert not any(p == "朱鹤新" and "内蒙古" in b for p, b, _, _ in held_posts(doc))
