"""Round 106 (biaoti106): the headlines of scraped web pages, the page's chrome around the title —
county, city and news-site pages as a crawler stores them (fresh texts of /tmp/s27/txt/biaoti106: 巢湖
庙岗乡, 民权县直机关工委, 长沙县, 宁阳县, 齐齐哈尔市, 海口市, 新华每日电讯's e-paper) and round 105's
pages that showed the faults (guangdian105 01 05 10 11, fugao105 01 02 06, minhang105 09).  Fixes: a
contact label and an e-mail address alone on a line (投稿邮箱: mczfw@163.com) is chrome, no headline; a
news site's stamp and source with a comment widget after them (2017-11-06 11:25:58  新华网  参与评论()人) is
the stamp line, the headline above it the title; a medium's name alone over a bare stamp (新华社 ⏎
2018-10-10 16:37, 贾辉/黑龙江日报 ⏎ …) is the stamp's source and leaves the headline the title; a page's
closing credits (主编:董文胜, 责编:…, 美编:…) are metadata, no second article; the breadcrumb cue
您当前所在位置 (without 的); a share button glued to the headline (…8616万人次分享到:) cut off; a headline
set as a field's value (杂志名称: …) without its label, and the tab 详细内容 no headline; an e-paper's page
links without 第 (01版:要 闻) and its stamp's 稿件来源 field."""
from __future__ import annotations

from conftest import extract_text


def _titles(doc) -> list:
    return [a.title for a in doc.articles]


def test_an_email_contact_line_is_no_headline():
    """guangdian105 01: 主办单位: 麻城市融媒体中心 ⏎ 投稿邮箱: mczfw@163.com ⏎ 麻城信息港讯 … (base: title
    投稿邮箱: mczfw@163.com)."""
    doc = extract_text("主办单位: 麻城市融媒体中心\n投稿邮箱: mczfw@163.com\n"
                       "麻城信息港讯 (见习记者陈楠)10月22日,副市长戴昌远到乘马岗镇督导广播电视“户户通”工程。\n"
                       "戴昌远先后来到乘马岗镇大河铺村和四口塘村,实地了解“户户通”工程开展情况。\n")
    assert not any(t and "邮箱" in t for t in _titles(doc)), _titles(doc)


def test_an_email_inside_a_sentence_stays_text():
    """Guard: a sentence giving an address (意见请发送至邮箱：…，…) is text; its agency is found."""
    doc = extract_text("县卫生健康局征求意见\n公众可将意见发送至县卫生健康局邮箱:csxwjjyjb@163.com,截止日期为2月15日。\n")
    assert any("卫生健康局" in e.name for e in doc.entities.values()), [e.name for e in doc.entities.values()]


def test_a_stamp_with_its_comment_widget_is_no_headline():
    """fugao105 01: 当前位置:新闻 > 中国新闻 > 正文 ⏎ 邓垦同志逝世 ⏎ 2017-11-06 11:25:58    新华网  参与评论()人
    (base: the stamp line was the title)."""
    doc = extract_text("当前位置:新闻 > 中国新闻 > 正文\n\n邓垦同志逝世\n\n2017-11-06 11:25:58    新华网  参与评论()人\n\n"
                       "新华社深圳11月6日电 湖北省人民政府原副省长邓垦同志,于2017年10月15日因病医治无效在深圳逝世,享年106岁。\n")
    assert _titles(doc) == ["邓垦同志逝世"], _titles(doc)
    assert doc.articles[0].date == "2017-11-06"


def test_a_source_alone_over_the_stamp_leaves_the_headline():
    """fugao105 02 (吉林省政协原主席王国发因病逝世,享年72岁 ⏎ ⏎ 新华社 ⏎ 2018-10-10 16:37) and 06 (贾辉/黑龙江日报
    over its stamp): base: no title."""
    body = "新华社北京10月10日消息,吉林省政协原主席、党组书记王国发同志,因病于2018年9月16日在北京逝世,享年72岁。\n"
    doc = extract_text("吉林省政协原主席王国发因病逝世,享年72岁\n\n新华社\n2018-10-10 16:37\n\n" + body)
    assert _titles(doc) == ["吉林省政协原主席王国发因病逝世,享年72岁"], _titles(doc)
    assert doc.articles[0].date == "2018-10-10"
    doc = extract_text("黑龙江原副省长王军病逝\n\n贾辉/黑龙江日报\n2014-11-24 12:03\n\n"
                       "黑龙江日报23日消息,黑龙江省人民政府原副省长王军同志,因病医治无效,于2014年11月19日在哈尔滨逝世。\n")
    assert _titles(doc) == ["黑龙江原副省长王军病逝"], _titles(doc)


def test_a_signer_over_its_date_stays_text():
    """Guard: a notice's signer over its date at the end (长沙县融媒体中心 ⏎ 2024年1月15日) is text below the
    notice's sentences, not a stamp's source: the signer is still an entity."""
    doc = extract_text("关于开展公益电影放映的通知\n\n各乡镇:\n现将有关事项通知如下,请认真遵照执行。\n\n"
                       "长沙县融媒体中心\n2024年1月15日\n")
    assert _titles(doc) == ["关于开展公益电影放映的通知"], _titles(doc)
    assert any(e.name.endswith("融媒体中心") for e in doc.entities.values()), [e.name for e in doc.entities.values()]


def test_closing_credits_make_no_second_article():
    """guangdian105 10: 广告合作电话 ⏎ 监制:王高峰 ⏎ 主编:董文胜 ⏎ 责编:张芳校审:刘伟佳 closing the page (base: a second
    article titled 主编:董文胜)."""
    doc = extract_text("2136场公益电影 家门口放肆看\n\n7月15日,新乡县全面启动农村公益电影放映工作,在全县178个村、社区放映2136场公益电影。\n"
                       "今年,新乡县融媒体中心精心选择群众喜闻乐见的影片,合理安排放映计划。\n\n"
                       "广告合作电话\n监制:王高峰\n主编:董文胜\n责编:张芳校审:刘伟佳\n")
    assert len(doc.articles) == 1, _titles(doc)
    # (a People's Daily page's credit in brackets, （责编:李强强、章华维）, biaozhun106 01: its editors are no people of
    # the story, as under 编辑: and 责任编辑: already)
    doc = extract_text("国家标准发布\n市场监管总局批准发布了711项国家标准。\n(责编:李强强、章华维)\n")
    assert not any(e.type == "Person" for e in doc.entities.values()), [e.name for e in doc.entities.values()]


def test_the_location_cue_without_its_de_is_a_breadcrumb():
    """guangdian105 11: 您当前所在位置:首页农业农业新闻广西河池市部署“十二五”广播电视村村通工作 ⏎ 广西河池市部署…
    (base: the breadcrumb line was the title)."""
    doc = extract_text("您当前所在位置:首页农业农业新闻广西河池市部署“十二五”广播电视村村通工作\n\n"
                       "广西河池市部署“十二五”广播电视村村通工作\n\n发布时间:07-24 16:15分类:农业新闻\n\n"
                       "  广西河池市“十二五”广播电视村村通工作会议召开。副市长黎丽要求,全面总结工作经验。\n")
    assert _titles(doc) == ["广西河池市部署“十二五”广播电视村村通工作"], _titles(doc)


def test_a_share_button_is_cut_off_the_headline():
    """minhang105 09: 首頁 -> 電訊 ⏎ 中國鐵路節前春運累計發送旅客8616萬人次分享到: (base: no title)."""
    doc = extract_text("首页 -> 电讯\n中国铁路节前春运累计发送旅客8616万人次分享到:\n"
                       "香港中通社1月31日电 据中国国家铁路集团有限公司消息,1月17日至31日,全国铁路累计发送旅客8616万人次。\n")
    assert _titles(doc) == ["中国铁路节前春运累计发送旅客8616万人次"], _titles(doc)


def test_a_headline_set_as_a_fields_value():
    """guangdian105 05: 发布日期:2021-10-17… ⏎ 杂志名称: 总票房和银幕数量居世界首位 ⏎ 作者: ⏎ 详细内容 (base: the title kept
    its label); with the headline under 名称 (a metadata label) the tab 详细内容 is no title either."""
    tail = "\n作者:\n\n详细内容\n\n\n国家电影局的数据显示:截至10月10日,今年以来全国电影总票房超400亿元,达401.26亿元。\n"
    doc = extract_text("发布日期:2021-10-17总票房和银幕数量居世界首位\n杂志名称: 总票房和银幕数量居世界首位" + tail)
    assert _titles(doc) == ["总票房和银幕数量居世界首位"], _titles(doc)
    doc = extract_text("发布日期:2021-10-17\n名称: 总票房和银幕数量居世界首位" + tail)
    assert _titles(doc) != ["详细内容"], _titles(doc)


def test_an_epaper_page_list_and_its_stamp():
    """biaoti106 06 (新华每日电讯): 01版:要 闻 ⏎ 02版:权威发布 … ⏎ 两封无法寄达的信 ⏎ ( 2022-04-05 ) 稿件来源:新华每日电讯 要 闻
    (base: no title, no date)."""
    doc = extract_text("01版:要 闻\n\n02版:权威发布\n\n03版:新华关注·清明节\n\n04版:新华聚焦·疫情防控\n\n"
                       "两封无法寄达的信\n两封无法寄达的信\n\n( 2022-04-05 ) 稿件来源:新华每日电讯 要 闻\n \n"
                       "  新华社记者任沁沁\n\n  正是木棉花开的季节,殷红染遍大地。\n\n"
                       "  清明前夕,甘玉琴来到云南省德宏傣族景颇族自治州芒市烈士陵园。\n")
    assert _titles(doc) == ["两封无法寄达的信"], _titles(doc)
    assert doc.articles[0].date == "2022-04-05"
