"""Periods resolved to ISO 8601 against the publication date, and publication dates of documents
and articles (datelines, 电头, page headers, signatures, JSON Lines metadata)."""
import pytest

from kg.model import Article, Doc
from kg.periods import find_periods, resolve
from kg.stages.dates import date_document, normalise


@pytest.mark.parametrize("words,ref,iso", [
    ("今年", "2022-06-03", "2022"),
    ("去年", "2022-06-03", "2021"),
    ("今年1至4月", "2022-05-10", "2022-01/2022-04"),
    ("1-5月", "2023-06-12", "2023-01/2023-05"),
    ("前3个月", "2023-04-12", "2023-01/2023-03"),
    ("截至2009年12月31日", None, "2009-12-31"),
    ("截至5月底", "2022-06-03", "2022-05-31"),
    ("到2015年底", None, "2015-12-31"),
    ("至去年底", "2021-03-01", "2020-12-31"),
    ("“十一五”期间", None, "2006/2010"),
    ("十三五时期", None, "2016/2020"),
    ("到“十四五”末", None, "2025"),
    ("一季度", "2021-04-20", "2021-01/2021-03"),
    ("前三季度", "2021-10-20", "2021-01/2021-09"),
    ("上半年", "2021-07-20", "2021-01/2021-06"),
    ("今年以来", "2022-06-03", "2022-01/2022-06"),
    ("2020年以来", "2022-06-03", "2020-01/2022-06"),
    ("过去五年", "2021-01-20", "2016/2020"),
    ("10年前", "2021-01-20", "2011"),
    ("目前", "2021-01-20", "2021-01"),
    ("截至目前", "2021-01-20", "2021-01-20"),
    ("截至昨日", "2021-03-01", "2021-02-28"),
    ("国庆前夕", "2021-10-12", "2021-09"),
    ("12月", "2022-01-05", "2021-12"),  # December, in a January article: last year's
    ("6月2日", "2022-06-03", "2022-06-02"),
    ("8日至10日", "2022-06-12", "2022-06-08/2022-06-10"),
    ("2019年3月", None, "2019-03"),
    ("近年来", "2022-06-03", None),
    ("今年", None, None),  # a relative word with no publication date stays unresolved
    ("3年来", "2020-04-15", "2017/2019"),  # as 近三年
    ("20余年来", "2020-04-15", None),  # a span the text does not pin down
    ("年末", "2020-04-15", "2020-12-31"),  # the year's last day, as 2019年末
    ("2019年末", None, "2019-12-31"),
    ("今年年底", "2020-04-15", "2020-12-31"),
    ("“十四五”以来", "2023-07-15", "2021-01/2023-07"),  # from the plan's start up to publication
    ("一至三季度", "2023-10-20", "2023-01/2023-09"),
    ("二季度末", "2023-07-15", "2023-06-30"),
    ("2020年至2022年", None, "2020/2022"),
    ("2019—2021年", None, "2019/2021"),
])
def test_resolve(words, ref, iso):
    assert resolve(words, ref) == iso


def test_find_periods_in_sentences():
    text = ("今年1至4月，全县规模以上工业增加值同比增长8.6%；截至3月底，累计发放贷款12亿元。"
            "“十三五”期间建成高标准农田20万亩，80年代建成的水库有15座，十五个村已完成改造。")
    words = [w for _s, _e, w in find_periods(text)]
    assert words == ["今年1至4月", "截至3月底", "“十三五”期间"]
    assert [w for _s, _e, w in find_periods("2022年度全县财政收入，3年级学生")] == ["2022年"]


def _doc(text, date=None, dateline=None):
    doc = Doc(id="d", source="d.txt", text=text, date=date)
    body = text.find("\n\n") + 2 if "\n\n" in text else 0
    doc.articles.append(Article(id="d#A1", spans=[(body, len(text))], dateline=dateline))
    return doc


@pytest.mark.parametrize("text,meta,expected", [
    ("市政府召开常务会议\n\n\t发布时间：2021-07-16\n\n会议研究了全市防汛工作。", None, "2021-07-16"),
    ("县农业农村局开展技术培训\n\n2020年09月18来源：县政府办\n\n培训农户300余人。", None, "2020-09-18"),
    ("新华社北京12月30日电 国务院常务会议30日召开。", "2021", "2021-12-30"),
    ("河北日报讯（记者 李明）6月2日，石家庄市举行重点项目集中开工活动。", "2022-06-03", "2022-06-03"),
    ("双方同意加强合作。\n\n　　2019年7月23日于北京", None, "2019-07-23"),
    ("记者从县财政局获悉，今年以来全县一般公共预算收入增长。", "2022/6/3", "2022-06-03"),
    ("3月26日，县农业农村局组织召开水果产业推进会。", None, None),  # no year anywhere: unknown
    ("全县召开经济工作会议\n来源：某某县人民政府网  2019-03-26 10:25\n\n3月25日，会议召开。", None,
     "2019-03-26"),  # a scrape's source line carries the date
    ("县财政局通报\n来源：县财政局 电话：0310-12345678\n\n今年以来收入增长。", None, None),  # no date there
    ("县农业农村局开展技术培训\n【发布日期】2019-11-29\n\n培训农户300余人。", None, "2019-11-29"),
    ("县农业农村局开展技术培训\n发布日期 2019-11-29 浏览次数：12\n\n培训农户300余人。", None, "2019-11-29"),
    ("县农业农村局开展技术培训\n[ 2019-11-29 ]\n\n培训农户300余人。", None, "2019-11-29"),
    # a scraped table row: the date-time, then the editor's fields
    ("县政府党组召开会议\n|| 2022-03-23 11:18:04 编辑: 刘燕 审核人:叶玲玲 阅读次数:2236 |\n\n3月21日，会议召开。",
     None, "2022-03-23"),
    # a paper's date line with the paper's name after it; a date opening a sentence is no header
    ("全省粮食生产再获丰收\n\n2021年07月27日 经济晚报\n\n7月26日，记者从发布会上获悉。", None, "2021-07-27"),
    ("全省粮食生产再获丰收\n\n2021年07月27日 我们召开了发布会\n\n会议通报了情况。", None, None),
])
def test_document_dates(text, meta, expected):
    doc = _doc(text, meta)
    date_document(doc)
    assert doc.date == expected


def test_dateline_month_and_day_take_the_year_of_the_metadata():
    doc = Doc(id="d", source="d.jsonl#1", text="河北日报讯（记者 李明）6月2日，石家庄市举行重点项目集中开工活动。",
              date="2022")
    doc.articles.append(Article(id="d#A1", spans=[(0, len(doc.text))]))
    date_document(doc)
    assert doc.articles[0].date == "2022-06-02"
    assert doc.document_json()["articles"][0]["date"] == "2022-06-02"


def test_normalise_metadata_dates():
    assert normalise("2011-4-5") == "2011-04-05"
    assert normalise("2011年4月5日") == "2011-04-05"
    assert normalise("2011-04-05T08:00:00+08:00") == "2011-04-05"
    assert normalise("2011-04") == "2011-04" and normalise("2011") == "2011"
    assert normalise("last week") is None


def test_html_meta_and_jsonl_dates_reach_the_extraction(tmp_path):
    from kg.readers.corpus import read_corpus
    from kg.pipeline import Pipeline
    page = ("<html><head><meta charset='utf-8'><meta name=\"PubDate\" content=\"2021-07-16 09:30\">"
            "<title>县政府召开常务会议</title></head><body><p>今年以来，全县完成固定资产投资41.2亿元。</p>"
            "</body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "news.jsonl").write_text(
        '{"id": "1", "date": "2020/1/22", "text": "去年全县粮食总产量达到12.6万吨。"}\n', encoding="utf-8")
    docs = {d.source.split("/")[-1]: Pipeline()(d) for d in read_corpus([tmp_path])}
    html, jsonl = docs["page.html"], docs["news.jsonl#1"]
    assert html.date == "2021-07-16" and html.articles[0].date == "2021-07-16"
    assert [(m.value, m.period, m.period_text) for m in html.metrics] == [(4120000000, "2021-01/2021-07", "今年以来")]
    assert jsonl.date == "2020-01-22"
    assert [(m.value, m.period) for m in jsonl.metrics] == [(126000, "2019")]
