"""Round 49 (mine49): notices and summaries from fresh texts of /tmp/s26/fresh/mine49 (秦安县 and 崇信县
air-raid siren notices, a county petition bureau's half-year summary): a notice's head set apart on its own
line under 关于…的 (通 告) closes its title, no writer's byline; a text speaking as its own county (我县) that
names no place is no story of China because an idea it follows is 中国特色."""
from __future__ import annotations

from conftest import article_place, extract_text


def test_a_spaced_document_head_closes_a_three_line_title():
    """秦安县国防动员办公室 (qinan.gov.cn): 秦安县国防动员办公室 / 关于在城区试鸣防空警报信号的 / 通 告 (base: no
    title — 通 告 read as a byline's spaced name — and no programme for the notice)."""
    doc = extract_text("秦安县国防动员办公室\n关于在城区试鸣防空警报信号的\n通 告\n"
                       "根据规定，秦安县国防动员办公室依法于2024年9月18日在城区试鸣防空警报信号。\n")
    assert doc.articles[0].title == "秦安县国防动员办公室关于在城区试鸣防空警报信号的通告"
    # the head written close keeps its title; a spaced name is no document's head
    doc = extract_text("秦安县国防动员办公室\n关于在城区试鸣防空警报信号的\n通告\n"
                       "根据规定，秦安县国防动员办公室依法于2024年9月18日在城区试鸣防空警报信号。\n")
    assert doc.articles[0].title == "秦安县国防动员办公室关于在城区试鸣防空警报信号的通告"
    from kg.stages.layout import _spaced_doc_head
    assert _spaced_doc_head("通 告") and not _spaced_doc_head("张 三")


def test_an_ideas_country_is_no_place_of_a_text_speaking_as_its_county():
    """A county petition bureau's summary (gaozi365.com scrape): 我县信访工作坚持以…新时代中国特色社会主义思想为
    指引 … 到国家信访局信访量33件次 (base: the article placed in 中国)."""
    text = ("县信访局2024年上半年工作总结\n2024年上半年，我县信访工作坚持以习近平新时代中国特色社会主义思想为指引，"
            "全县信访形势平稳向好。从信访层级看，到国家信访局信访量33件次，同比下降28.26%。")
    assert article_place(text) is None
    # a text that speaks for no place keeps the country
    assert article_place("学习会召开\n全党要以习近平新时代中国特色社会主义思想为指引，推进现代化。") == "中国"
