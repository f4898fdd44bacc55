"""Round 43 (scrape43): government pages copied with their chrome, from /tmp/s26/fresh/scrape43
(SOURCES.md there): a yearbook page's metadata set in lenticular brackets without colons (【作者】…
【点击率】1322次), a newspaper's headline over subtitles set with a space for their comma, a breadcrumb
printed whole with a trailing > over the headline, a content farm's login link over the headline, a
stamp written day first (12.03.2015 15:31) and a site's dispatch head (中国教育新闻网讯)."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline


def _doc(text: str) -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="p", source="p.txt", text=text))


def _names(doc: Doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _pairs(doc: Doc, predicate: str) -> set[tuple[str, str]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == predicate}


def test_bracketed_metadata_labels_are_the_page_s_fields():
    """zsdag.cn, 《中山年鉴•2020》 民众镇: `【作者】… 【文章来源】… 【成文日期】2019-12-31 【点击率】1322次` is
    the page's metadata line (base: text; 【点击率】 a metric of 1322次, and the yearbook's committee the
    article's place 中山市, so every figure of 民众镇 was 中山市's)."""
    doc = _doc("【作者】中山年鉴编纂委员会 【文章来源】《中山年鉴•2020》 【成文日期】2019-12-31 【点击率】1322次 | |||\n"
               "【民众镇概况】 民众镇位于中山市东北部,毗邻广州市南沙区和中山火炬开发区。总面积121.87平方千米。"
               "2019年末常住人口11.44万人,户籍人口8.34万人。\n")
    names = {k: e.name for k, e in doc.entities.items()}
    got = {(m.indicator, m.value, names.get(m.subject)) for m in doc.metrics}
    assert not any("点击" in ind for ind, _v, _s in got), got
    assert ("常住人口", 114400, "民众街道") in got, got
    assert doc.date == "2019-12-31"


def test_a_headline_over_subtitles_set_with_spaces_is_the_title():
    """jnsw.gov.cn (济南): `市委常委会召开扩大会议` over `传达学习…精神 安排部署…工作` and `王忠林主持并讲话
    孙述涛…出席`, under the site's date line (base: the three lines run together, no title)."""
    doc = _doc("2023年03月29日 星期三\n\n市委常委会召开扩大会议\n\n"
               "传达学习中央政治局常委会会议精神 安排部署全市疫情防控工作\n\n"
               "王忠林主持并讲话 孙述涛殷鲁谦雷杰边祥慧出席\n\n发布日期:2020-01-27\n\n信息来源:济南日报\n\n"
               "  1月26日下午,市委常委会召开扩大会议,传达学习中央政治局常委会会议、省委常委会会议精神,研究部署下一步工作。\n")
    assert doc.articles[0].title == "市委常委会召开扩大会议"
    assert doc.date == "2020-01-27"


def test_a_breadcrumb_printed_whole_with_a_trailing_mark_leaves_the_headline():
    """mqwsgw.com (民权): `当前位置: > 阅览室 > 社会广角 >` over `县委书记的一天(人民观察)`: the crumb names
    its columns already, the line under it is the headline (base: dropped as the crumb's last item,
    no title)."""
    doc = _doc("社会广角\n当前位置: > 阅览室 > 社会广角 >\n\n县委书记的一天(人民观察)\n\n发表日期:2011-02-12 点击\n\n"
               "  编者按:中国有2000多个县(市、区),意味着有2000多个县(市、区)委书记。\n")
    assert doc.articles[0].title == "县委书记的一天(人民观察)"
    column = _doc("当前位置: > 阅览室 > 社会广角 >\n\n正文\n\n发表日期:2011-02-12\n\n"
                  "  编者按:中国有2000多个县(市、区)委书记。\n")
    assert column.articles[0].title != "正文"  # an item as short as a column's name is still the crumb's


def test_a_login_link_over_the_headline_is_furniture():
    """ndf191.com (a content farm's copy of 湛江日报): `登錄湛江云媒賬號` over the headline (base: run into
    it, no title, and 湛江 of the link placed the programme in 湛江市)."""
    doc = _doc("登錄湛江云媒賬號\n\n遂溪:“一鎮一廣場”今年建成\n\n2013-05-28 09:45 來源:湛江日報 作者:賴寒霜 黃武\n\n"
               "昨天,在遂溪縣嶺北鎮占地72畝的工業園主題公園破土動工了,將按縣“一鎮一廣場”實施要求今年底建成。\n")
    assert doc.articles[0].title and doc.articles[0].title.endswith("今年建成"), doc.articles[0].title
    assert not any(b == "湛江市" for _a, b in _pairs(doc, "implementedIn"))


def test_a_stamp_written_day_first_is_the_page_s_stamp():
    """A page stamped `12.03.2015 15:31` under its headline (the shape the round's brief reports from
    scraped pages): a stamp as `2015-03-12 15:31` is, so the headline over it is the title (base:
    both read as text, no title)."""
    doc = _doc("某县召开教育工作会议\n12.03.2015 15:31\n3月12日,某县召开教育工作会议,县教育局局长张明出席会议。\n")
    assert doc.articles[0].title == "某县召开教育工作会议"
    assert doc.date == "2015-03-12"


def test_a_site_s_dispatch_head_names_the_site():
    """`中国教育新闻网讯(记者 …)` opening a lead, as 本报讯 or 中国教育报讯 does: the site is the medium
    (base: layout cut the head off the text and nothing named the site; a paper's head was read)."""
    doc = _doc("某县推进义务教育均衡发展\n中国教育新闻网讯(记者 王强)近日,河北省邢台市某县教育局召开会议,部署义务教育均衡发展工作。\n")
    assert "中国教育新闻网" in _names(doc, "Organization"), _names(doc, "Organization")
    assert "王强" in _names(doc, "Person")


def _held(doc: Doc) -> set[tuple[str, str]]:
    return _pairs(doc, "holdsPost")


def test_a_label_alone_over_a_list_of_interviewees_stays_apart():
    """mqwsgw.com (人民网's 县委书记的一天): `采访对象` over a blank line and `蒋建明,196212月生,江苏沭阳县委书记;`
    (base: run together, 采访对象蒋建明 named no one: no person, no post)."""
    doc = _doc("县委书记的一天(人民观察)\n\n发表日期:2011-02-12\n\n"
               "  最近,本网记者分赴江苏沭阳县、湖南衡南县,跟踪采访当地县委书记。\n\n  采访对象\n\n"
               "  蒋建明,196212月生,江苏沭阳县委书记;\n\n  周千山,196211月生,湖南衡南县委书记;\n")
    assert ("蒋建明", "沭阳县委") in _held(doc), _held(doc)


def test_a_woman_s_mark_after_a_resume_s_name():
    """mqwsgw.com: `张永霞(女),196812月生,山东日照市委常委、东港区委书记;` opens a resume as 蒋建明's line does,
    the bracketed mark read past (base: no person, no post)."""
    doc = _doc("县委书记的一天(人民观察)\n\n  李公乐,19623月生,河南郑州市委常委、巩义市委书记;\n\n"
               "  张永霞(女),196812月生,山东日照市委常委、东港区委书记;\n")
    assert {("张永霞", "东港区委"), ("张永霞", "日照市委")} <= _held(doc), _held(doc)


def test_a_date_run_into_the_column_s_name_over_a_field_is_the_page_s_date():
    """34314.com (云南 云龙县): `2020-10-09新闻 编辑: huazhu` under the headline: the page's date, the column's
    name and the editor's field (base: read as the article's subtitle, the page undated)."""
    doc = _doc("首页 > 新闻 > > 正文\n\n云龙脱贫记:能人、物产与山村\n\n2020-10-09新闻 编辑: huazhu\n\n"
               "当一场国家推动的脱贫攻坚行动进入偏远的山区村庄,村民的生活和村庄的轨迹会发生什么样的改变?"
               "我们带着这样的好奇考察了云南西部一个叫云龙的县城。\n")
    assert doc.date == "2020-10-09"
    assert not any(s.kind == "subtitle" for s in doc.articles[0].sections)


def test_a_site_s_dispatch_head_with_its_day_and_city():
    """hxdzsz.com (a copy of 中国台湾网 on 吉安): `  中國臺灣網9月17日吉安訊 (記者 李杰)9月16日,…`, indented: the
    site is the medium (base: no site)."""
    doc = _doc("推動蘇區振興 吉安市走上全面小康、綠色崛起之路\n\n2017年09月18日 08:08:31  來源:中國江西網\n\n"
               "  中國臺灣網9月17日吉安訊 (記者 李杰)9月16日,2017年全國重點網絡媒體采訪團兵分兩路,"
               "分別深入吉安市經開區、吉安縣和廬陵新區、青原區采訪。\n")
    assert "中国台湾网" in _names(doc, "Organization"), _names(doc, "Organization")
