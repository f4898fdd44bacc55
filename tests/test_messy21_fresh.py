"""Messy pages of round messy21: foreign-ministry transcripts titled with the day in brackets
(`…例行记者会（2024年12月16日）`) or bilingual over two lines, a photo credit glued to the next
paragraph's date (`…摄3月7日…`), a page stamp with a stray full stop (`2018-08-27 11:51.`), a PDF's
date line with its 年月日 lost (`{ 2017 6 23`), a county portal's metadata fields (`- 备注/文号：…`),
and a county government's standing meeting numbered without its 第 (`十七届61次常务会议`).  The
sentences are written for these tests in the shapes seen on county portals and reposts."""
from __future__ import annotations

from kg.model import Article, Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.dates import title_date
from kg.stages.layout import split_articles
from kg.stages.sentences import split_sentences


def _articles(text: str) -> list[Article]:
    return split_articles(Doc(id="p", source="p.txt", text=text))


def _sentences(text: str) -> list[str]:
    return [s.text for art in _articles(text) for s in split_sentences(art)]


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def test_a_transcript_title_closing_with_its_day_in_brackets_dates_the_page():
    """A press conference's transcript is titled with its day in brackets at the end, full-width or
    not (`…主持例行记者会（2024年12月16日）`, `… / MFA Regular Press Conference (2024年12月16日)`):
    with no header nor signature, that day dates the page, as a title opening with it does."""
    body = "\n\n某某：今天我没有要发布的消息。\n"
    assert title_date("外交部发言人某某主持例行记者会（2024年12月16日）" + body) == "2024-12-16"
    assert title_date("外交部例行记者会 / MFA Regular Press Conference (2024年12月16日)" + body) == "2024-12-16"
    assert _doc("外交部发言人某某主持例行记者会（2024年12月16日）" + body).date == "2024-12-16"


def test_a_bracket_holding_more_than_the_day_is_no_title_date():
    """A deadline or an adoption note in brackets (`（2023年5月1日起施行）`, `（2019年3月1日修订）`)
    is no day the text reports: the bracket must hold the date alone."""
    assert title_date("某某市物业管理条例（2023年5月1日起施行）\n\n第一条 为了规范物业管理，制定本条例。\n") is None
    assert title_date("某某县村规民约（2019年3月1日修订）\n\n第一条 全体村民应当遵守。\n") is None


def test_a_photo_credit_glued_to_the_next_paragraph_s_date_ends_its_sentence():
    """A page run together loses the break after a caption's credit (`新华社记者 某某 摄3月7日(星期二)上午…`):
    the credit closes the caption's sentence, and the lead starts at its day."""
    sents = _sentences("3月7日，某县召开记者会。新华社记者 张明 摄3月7日上午，记者会在县政府举行，县长回答提问。\n")
    assert "新华社记者 张明 摄" in sents
    assert any(s.startswith("3月7日上午，记者会在县政府举行") for s in sents)


def test_a_stamp_with_a_stray_full_stop_stands_apart_from_the_paragraph_under_it():
    """`2018-08-27 11:51.` over a blank line and `1-7月份,…`: the stamp and its stray stop are a unit,
    or the sentence reads `11:51.1-7月份` and the stamp's minutes turn into a decimal."""
    text = "某某统计局:1-7月份全市工业企业利润增长17.1%\n\n2018-08-27 11:51.\n\n1-7月份,全市规模以上工业企业实现利润总额39亿元,同比增长17.1%。\n"
    sents = _sentences(text)
    assert "2018-08-27 11:51." in sents
    assert any(s.startswith("1-7月份,全市规模以上工业企业") for s in sents)


def test_a_date_line_whose_year_month_and_day_marks_were_lost_stands_apart():
    """A PDF converter drops the 年月日 of a notice's date line and leaves a stray brace (`{ 2017 6 23`):
    the line is still a whole unit, so the plan's title under it stands apart from it."""
    text = ("某某县人民政府办公室\n\n(此件公开发布)\n\n{ 2017 6 23\n\n某某县突发环境事件应急预案(试行)\n\n"
            "1 总则\n\n建立健全突发环境事件应急机制,提高应对能力。\n")
    sents = _sentences(text)
    assert "{ 2017 6 23" in sents
    assert "某某县突发环境事件应急预案(试行)" in sents


def test_a_bilingual_title_s_english_half_over_two_lines_is_left_out():
    """A bilingual transcript sets its English title over two lines (`Foreign Ministry Spokesperson Wang
    Wenbin's` / `Regular Press Conference on August 19, 2022`): the second, too short to be told a
    translation alone, is the rest of the first and left out with it, not run into the next paragraph."""
    text = ("2022年8月19日外交部发言人某某主持例行记者会\n\n"
            "Foreign Ministry Spokesperson Wang Wenbin’s\nRegular Press Conference on August 19, 2022\n\n"
            "某某:今天我没有要发布的消息。各位记者朋友,大家下午好,现在开始提问。\n\n"
            "记者:我们注意到,某某论坛会议昨天以视频方式举行,你可否介绍会议情况?\n")
    sents = _sentences(text)
    assert not any("Regular Press Conference" in s for s in sents)
    assert "某某:今天我没有要发布的消息。" in sents


def test_a_reporter_s_question_opens_a_unit_of_its_own():
    """In a transcript, `路透社记者：…` opens a question: an unterminated line above it (an image's
    leftover label, `双语例行记者会8月16(1)`) does not run into it."""
    text = "某某主持例行记者会\n\n图片说明8月16(1)\n\n路透社记者:我们注意到有关报道,你能否介绍情况?\n\n某某:我不掌握你提到的情况。\n"
    sents = _sentences(text)
    assert any(s.startswith("路透社记者:我们注意到") for s in sents)


def test_a_press_conference_in_brackets_is_no_dateline_byline():
    """`(双语例行记者会)` after a line is no dateline's byline: the role word 记者 runs on into 记者会,
    so no `双语例行` is read as the story's author."""
    text = "某某主持例行记者会\n\n双语例行记者会8月16(双语例行记者会)(1)\n\n某某:今天我没有要发布的消息。\n"
    (art,) = _articles(text)
    assert art.authors == [] and art.dateline is None


def test_a_county_portal_s_bulleted_metadata_fields_are_no_title():
    """`- 备注/文号：明政办〔2016〕82号` and `- 公文生成日期：2016-06-23` head a Fujian county portal's
    notice: metadata fields of the page, never the notice's title nor its text."""
    text = ("- 索 引 号:SM04100-1100-2016-00100\n- 备注/文号:某政办〔2016〕82号\n- 发布机构:县政府办\n"
            "- 公文生成日期:2016-06-23\n各乡(镇)人民政府,县有关部门:\n"
            "《某某县食品安全事故应急预案》已经县政府常务会议研究通过,现印发给你们。\n")
    (art,) = _articles(text)
    assert art.title is None or "文号" not in art.title
    assert not any("公文生成日期" in s or "备注/文号" in s for s in _sentences(text))


def test_a_standing_meeting_numbered_without_its_di_is_no_count():
    """`市政府十七届61次常务会议`: the 61st meeting of the 17th government, its 第 left out after 届, not
    61 meetings."""
    doc = _doc("某某市人民政府关于完善联动机制的意见\n\n《意见》已经市政府十七届61次常务会议审议通过,现印发给你们。\n")
    assert not any(m.value == 61 for m in doc.metrics)


def test_a_salutation_run_into_the_first_paragraph_is_a_sentence_of_its_own():
    """A scrape runs a report's salutation onto its first paragraph's line (`各位代表，同志们：现在，我代表…`):
    the salutation, address words set apart by commas and closed by a colon, is a sentence of its own,
    and the report's first sentence starts at 现在."""
    sents = _sentences("某某县人大常委会工作报告\n各位代表，同志们：现在，我代表县人大常委会向大会报告工作，请予审议。\n")
    assert "各位代表，同志们：" in sents
    assert "现在，我代表县人大常委会向大会报告工作，请予审议。" in sents
    assert "记者：今年以来，全县经济运行平稳。" in _sentences("某某县经济运行平稳\n记者：今年以来，全县经济运行平稳。\n")


def test_a_county_media_review_chain_is_metadata_and_its_source_ends_before_the_byline():
    """A county media centre closes a story with its source and review chain on one line (`(来源:某某镇
    通讯员:王某 一审编辑:李某 二审校对:赵某 终审核发:钱某)`): the line is metadata, its source is the
    town (the byline after it no part of the name), and a bare `一审：… 二审：…` chain is metadata too."""
    from kg.stages.chrome import classify
    line = "(来源:某某镇 通讯员:王某某 一审编辑:李某某 二审校对:赵某某 终审核发:钱某某)"
    c = classify(line)
    assert c is not None and c.kind == "meta" and [line[s:e] for s, e in c.values] == ["某某镇"]
    assert classify("一审:张某 二审:李某 三审:王某") is not None
    assert classify("一审判决认定事实清楚，二审维持原判。") is None


def test_a_json_lines_record_s_title_outside_its_text_places_the_article(tmp_path):
    """A crawler's record keeps the headline in its `title` field, outside the text (`浙江省某县召开…`
    over `全县…推进会召开。县委书记…`): the HTML page setting that headline in its body is placed by
    it, so the record is placed the same, and its 县委 is that county's."""
    import json
    from kg.readers.corpus import read_corpus
    rec = {"id": "1", "title": "浙江省安吉县召开乡村振兴工作推进会",
           "text": "5月10日，全县乡村振兴工作推进会召开。县委书记李某某出席会议并讲话。"}
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = list(read_corpus([path]))
    doc = Pipeline(DEFAULT_PIPELINE)(doc)
    (art,) = doc.articles
    assert art.place == "place-330523"


def test_a_rule_drawn_with_asterisks_parts_two_paragraphs_and_is_no_text():
    """A transcript draws a rule of asterisks (`*****…`) between its last answer and the office's notice:
    the rule is no text, and the unterminated answer above it does not run on into the notice."""
    text = ("某某主持例行记者会\n\n某某:关于此类无端指控,我们已多次表明立场\n\n" + "*" * 40 + "\n\n"
            "根据元旦假期放假安排,例行记者会将于1月1日休会,1月2日恢复。\n")
    sents = _sentences(text)
    assert not any("*" in s for s in sents)
    assert "根据元旦假期放假安排,例行记者会将于1月1日休会,1月2日恢复。" in sents
