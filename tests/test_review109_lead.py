"""The lead's review of round 109's reports: words of running policy text read as a place or a count, and a page's
credits glued to its last paragraph.

- places: 丹东's 振兴区 inside 乡村振兴 (建设乡村振兴区县示范点, 列入乡村振兴区委“书记领航”项目: quyu109's 润州 text) is
  revitalisation, no district: a division's name that is a common word (place_common_words) is taken only where the
  document names the division it belongs to (丹东市振兴区 stays);
- layout: a run of two or more metadata fields glued to the end of the last paragraph (…新山东。来源:闪电新闻编辑:孔然
  责编:赵宇光审校:梁义主编:张倩, weixin109's 06) is the page's credits, no text (主编:张倩 was a person of the story);
- numbers: 四起 closing an idiom (谣言四起, 狼烟四起: kaohe109's report) is no count of four cases; 4起 and 四起 after
  a case's noun written in figures stay counts.
"""
from conftest import extract_text


def _places(doc):
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_revitalisation_opens_no_district():
    assert "振兴区" not in _places(extract_text("各地要建设乡村振兴区县示范点，推动政策落地。"))
    doc = extract_text("润州区将禁捕退捕长效管理列入乡村振兴区委“书记领航”项目。")
    assert "振兴区" not in _places(doc), _places(doc)
    assert not any(e.name == "振兴区委" for e in doc.entities.values())


def test_the_district_where_its_city_is_named():
    doc = extract_text("辽宁省丹东市振兴区召开会议，振兴区委书记王明出席。")
    assert "振兴区" in _places(doc), _places(doc)


def test_an_idiom_of_rumours_is_no_count():
    assert not extract_text("一时间谣言四起，群众议论纷纷。").metrics


def test_cases_counted_stay_figures():
    doc = extract_text("今年以来，全县发生较大事故4起。")
    assert [(m.value, m.unit) for m in doc.metrics] == [(4, "起")]


def test_a_page_s_credits_glued_to_the_last_paragraph_are_no_text():
    """weixin109 06 (闪电新闻, an app's story scraped onto one line): …充满活力的新山东。闪电新闻记者 孔然 报道来源:闪电新闻
    编辑:孔然责编:赵宇光审校:梁义主编:张倩 — the desk's credits, no people of the story (base: Person 张倩, 主编)."""
    doc = extract_text("山东代表团举行全体会议\n3月6日下午，山东代表团举行全体会议，审议政府工作报告。"
                       "一问一答间，呈现出一个充满活力的新山东。闪电新闻记者 孔然 报道来源:闪电新闻编辑:孔然责编:赵宇光审校:梁义主编:张倩")
    persons = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "张倩" not in persons and "赵宇光" not in persons, persons


def test_one_field_after_the_last_sentence_stays_text():
    doc = extract_text("县政府召开常务会议\n3月1日，县政府召开常务会议，全县完成投资5亿元。来源:县政府办")
    assert [(m.value, m.unit) for m in doc.metrics] == [(500000000, "元")]
