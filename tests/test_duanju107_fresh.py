"""Round 107 (duanju107): headline and page boundaries in scraped county and city pages — 兴县's
【时政新闻】县政府召开常务会议 (Shanxi), 通城县's 县政府常务会 page with its comment box (Hubei), 武汉市's print
page of 签订2017年度友好交流协议 (打印本文 … 关闭窗口 over the headline), 宜都市's 2020中国中部百强镇公布!宜都这个
乡镇上榜! over its 来源 line, and pages from 重庆, 东辽, 常州 and a 广州日报 page of two stories (fresh texts of
/tmp/s27/txt/duanju107).  Fixes: a column's label 【…】 glued to the front of a headline is no word of
the title; 打印本文 a print page's tool word (the tool line no longer taken for the headline); a
headline ending in ! or ? over the page's metadata line is still the headline; a comment box headed
by its button word (评论 0人参与,0条评论; 评论一下) is page chrome, no figures of 评论; a headline closing on
its figure over a blank line and a paragraph opening with a title's or a quote's mark (…企业已达80家 ⏎⏎
《行动计划》给…) is kept apart from it, as over a paragraph opening with a character."""
from __future__ import annotations

from conftest import extract_text


def _title(doc) -> str | None:
    return doc.articles[0].title


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_column_label_glued_to_the_headline_is_no_word_of_the_title():
    """01-xingxian-changwu: 【时政新闻】县政府召开常务会议 over its 时间/来源 line (base: the title kept
    the label)."""
    doc = extract_text("【时政新闻】县政府召开常务会议\n\n 时间:2024-04-25 19:35  来源: 兴县新闻网\n\n"
                       "   4月18日,县委副书记、县长梁文壮主持召开县政府常务会议,县政府班子成员参加会议。\n"
                       "会议原则通过了《兴县发展特色庭院经济实施方案》。\n")
    assert _title(doc) == "县政府召开常务会议", _title(doc)
    doc = extract_text("【图片新闻】城关镇开展防汛应急演练\n\n6月5日,城关镇组织开展防汛应急演练,200余人参加。\n")
    assert _title(doc) == "城关镇开展防汛应急演练", _title(doc)


def test_a_label_naming_a_place_stays_in_the_title():
    """Guard: a bracketed label that names a division (【兴县】) is the headline's only word of its place:
    left as it was."""
    doc = extract_text("【兴县】召开全县安全生产工作会议\n\n 时间:2024-04-25 19:35  来源: 兴县新闻网\n\n"
                       "4月18日,全县安全生产工作会议召开。\n")
    assert _title(doc) and "兴县" in _title(doc), _title(doc)


def test_a_print_pages_tool_line_is_no_headline():
    """04-wuhan-oita: 打印本文 打印本文 关闭窗口 关闭窗口 over 武汉市与日本大分市签订2017年度友好交流协议
    (base: the tool line read as a paragraph, the page had no title)."""
    doc = extract_text("打印本文 打印本文 关闭窗口 关闭窗口\n\n武汉市与日本大分市签订2017年度友好交流协议\n\n"
                       "作者:佚名 文章来源:华夏经纬网 点击数 更新时间:2016-10-20 10:40:28\n\n"
                       "昨日,副市长邵为民会见日本大分市副市长久渡晃一行,两市签署2017年度友好交流协议书。\n")
    assert _title(doc) == "武汉市与日本大分市签订2017年度友好交流协议", _title(doc)


def test_an_exclaimed_headline_over_its_source_line_is_the_title():
    """05-yidu-baiqiangzhen: 2020中国中部百强镇公布!宜都这个乡镇上榜! over 2021-09-14 08:50 中国经济导报
    (base: no title, the article placed in 中国, not 宜都市)."""
    doc = extract_text("2020中国中部百强镇公布!宜都这个乡镇上榜!\n\n2021-09-14 08:50   中国经济导报  \n\n"
                       "近日,《中国乡镇综合竞争力报告2020》在京发布,在中部百强中我市枝城镇上榜。\n\n"
                       "枝城镇位于长江中游南岸之滨,全镇版图面积235平方公里。\n")
    assert _title(doc) == "2020中国中部百强镇公布!宜都这个乡镇上榜!", _title(doc)
    doc = extract_text("这些政策红利你知道吗?\n\n来源: 某县人民政府  2023-05-06\n\n"
                       "近日,县人民政府印发《关于支持中小企业发展的若干措施》。\n")
    assert _title(doc) == "这些政策红利你知道吗?", _title(doc)


def test_an_exclaimed_first_sentence_without_metadata_stays_prose():
    """Guard: a body's first sentence ending in ! with prose, not a metadata line, under it is no
    headline."""
    doc = extract_text("县政府召开常务会议\n\n同志们,现在开会!\n会议听取了全县防汛工作情况汇报。\n")
    assert _title(doc) == "县政府召开常务会议", _title(doc)


def test_a_comment_box_is_no_figure():
    """02-tongcheng-changwu: 评论一下 ⏎ 评论 0人参与,0条评论 under the story (base: figures 评论 0 条 and
    评论参与人数 0 人 of 通城县)."""
    doc = extract_text("2020年第6次县政府常务会召开\n\n4月7日,县委副书记、县长刘明灯主持召开2020年第6次县政府常务会议。\n\n"
                       "(编辑:赖聪 审核:黄争光)\n\n评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n")
    assert not any("评论" in m[0] for m in _metrics(doc)), _metrics(doc)
    assert "刘明灯" in {e.name for e in doc.entities.values()}


def test_a_headline_closing_on_its_figure_stays_apart_from_a_paragraph_opening_with_a_title():
    """The topic's converted page: …省级专精特新企业已达80家 ⏎⏎ 《行动计划》给企业带来实惠。 (base: run on as
    one sentence, the figure read with 行动计划 as its indicator).  The same over “双减”以来…"""
    doc = extract_text("某市推进专精特新企业发展\n\n3月5日,市工信局召开新闻发布会。\n\n全市省级专精特新企业已达80家\n\n"
                       "《行动计划》给企业带来实惠。截至目前,全市专精特新企业数量位居全省前列。\n")
    got = _metrics(doc)
    assert ("省级专精特新企业", 80, "家") in got, got
    doc = extract_text("某县教育工作\n\n5月8日,县教育局召开会议。\n\n全县课后服务覆盖学校126个\n\n"
                       "“双减”以来,全县课后服务实现全覆盖。\n")
    got = _metrics(doc)
    assert ("课后服务覆盖学校", 126, "个") in got, got

