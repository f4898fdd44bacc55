"""Scraped government pages as mirror and news sites serve them (round messy17): breadcrumbs whose cue
reads 您所在的位置 or that have no cue at all (某某网 > 某市 > 正文), breadcrumbs set one item a line,
comment counters (0条评论), image links whose alt text and caption are the same label twice, the
copyright notice (版权声明：…), stamp lines with a bullet between the date and the source or with a
two-digit year, and traditional-script pages whose 於 著 覆 徵 (their own simplified forms too, so the
character table keeps them) must read 关于 意味着 批复 征求 in context.  The sentences are written for
these tests in the shapes seen on county portals, provincial news sites and traditional mirrors."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline import DEFAULT_PIPELINE, Pipeline
from kg.stages.chrome import classify
from kg.stages.dates import header_date
from kg.stages.layout import split_articles
from kg.stages.simplified import simplify


def _doc(text: str, doc_id: str = "p") -> Doc:
    return Pipeline(DEFAULT_PIPELINE)(Doc(id=doc_id, source=f"{doc_id}.txt", text=text))


def _surfaces(doc: Doc) -> set[str]:
    return {m.surface if hasattr(m, "surface") else doc.text[m.start:m.end]
            for e in doc.entities.values() for m in e.mentions}


def _mention_starts(doc: Doc) -> list[int]:
    return sorted(m.start for e in doc.entities.values() for m in e.mentions)


CRUMB_PAGE = """您所在的位置:首页>>新闻中心>>平凉新闻>>崇信>>正文
崇信县木林乡举行撤乡设镇揭牌仪式
(2016-3-8 10:10:00)  来源:崇信县新闻中心   打印本页

  3月7日,崇信县木林乡举行揭牌仪式,县委常委、副县长李明出席仪式并讲话。
"""


def test_a_crumb_cued_with_suo_zai_de_wei_zhi_is_chrome():
    """您所在的位置 (and 您现在所在的位置) open a breadcrumb as 当前位置 does: the crumb's column names
    (平凉新闻, 崇信) are no places of the article, and the headline under it is the title."""
    assert classify("您所在的位置:首页>>新闻中心>>平凉新闻>>崇信>>正文").crumb
    assert classify("您现在所在的位置: 网站首页 > 新闻中心 > 某县要闻").crumb
    assert classify("您的当前位置:").crumb
    (art,) = split_articles(Doc(id="p", source="p.txt", text=CRUMB_PAGE))
    assert art.title == "崇信县木林乡举行撤乡设镇揭牌仪式"
    doc = _doc(CRUMB_PAGE)
    crumb_end = CRUMB_PAGE.index("\n")
    assert all(s > crumb_end for s in _mention_starts(doc))


def test_a_crumb_without_a_cue_ending_in_zheng_wen_is_chrome():
    """`江苏某某网 > 苏州 > 正文`: three short items between > marks, the last the article itself."""
    assert classify("江苏文明网 > 苏州 > 正文").crumb
    assert classify("某某新闻网>无锡>详情").crumb
    # prose with a > mark, or two items only, stays text
    assert classify("今年产值>去年产值,增长明显。") is None
    assert classify("苏州 > 正文") is None
    page = "江苏某某网 > 苏州 > 正文\n苏州市两个村入选全国示范村\n2021-11-11 15:09:00  来源:苏州日报\n\n日前,苏州市两个村入选。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "苏州市两个村入选全国示范村"


def test_a_crumb_set_one_item_a_line_is_chrome():
    """A template that sets each crumb item and each > on its own line: the items after `当前位置:`
    are crumb, not a headline; the headline after `正文` is the title, and the column name (黔江视讯)
    gives no place."""
    page = "当前位置:\n首页\n>\n精品栏目\n>\n黔江视讯\n>\n正文\n中塘镇卫生镇创建动员会召开\n发布日期:2024-03-29 17:33\n近日,中塘镇召开创建动员会。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "中塘镇卫生镇创建动员会召开"
    doc = _doc(page)
    assert "黔江" not in _surfaces(doc)


def test_a_comment_counter_gives_no_figure():
    """`0条评论` under an article is a widget's counter: no metric."""
    assert classify("0条评论") is not None
    assert classify("1234次浏览") is not None
    assert classify("暂无网友评论") is not None
    assert classify("全县共收到群众评论12条。") is None
    page = "某县召开会议\n\n  1月17日,县长王明主持召开县政府常务会议。\n\n扫一扫在手机打开当前页\n\n0条评论\n\n网友评论列表\n"
    doc = _doc(page)
    assert not doc.metrics


def test_a_doubled_image_label_is_chrome():
    """`中国某某网微信中国某某网微信`: an image link's alt text and caption, the same label twice: no
    place is read from it; a headline that repeats a word with punctuation (北蔡!北蔡!) is no label."""
    assert classify("中国甘肃网微信中国甘肃网微信") is not None
    assert classify("学习强国学习强国") is not None
    assert classify("北蔡!北蔡!") is None
    page = "某镇开展疫情防控\n\n  4月8日,张明被任命为北蔡镇党委书记。\n\n中国甘肃网微博中国甘肃网微博\n今日头条号今日头条号\n"
    doc = _doc(page)
    assert "甘肃" not in _surfaces(doc)


def test_a_copyright_notice_is_footer():
    """`版权声明：凡注有稿件来源为…的稿件` opens a site's footer, like 声明："""
    assert classify("版权声明:凡注有稿件来源为“中国甘肃网”的稿件,均为中国甘肃网版权稿件,转载必须注明来源。") is not None
    assert classify("免责声明：本网转载稿件仅供参考。") is not None


def test_stamp_lines_with_a_bullet_or_a_two_digit_year():
    """`• 2012-08-01 • 来源:新华网` and `22-05-02 10:50 来源:新华社 编辑:某某` are a page's stamp: the
    publication date, and no subtitle."""
    assert header_date("中方代表出席年会\n• 2012-08-01 • 来源:新华网\n正文。") == "2012-08-01"
    assert header_date("上海抗疫故事:书记\n22-05-02 10:50 来源:新华社 编辑:宋某\n正文。") == "2022-05-02"
    assert classify("• 2012-08-01 • 来源:新华网") is not None
    assert classify("22-05-02 10:50 来源:新华社 编辑:宋某") is not None
    page = "某镇防疫故事:书记\n\n22-05-02 10:50 来源:新华社 编辑:宋某\n\n  张明4月8日被任命为北蔡镇党委书记。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert not art.subtitle


def test_traditional_words_whose_character_is_kept_by_the_table():
    """於 著 覆 徵 are their own simplified forms too, so the character table keeps them; in 關於, 意味著,
    批覆, 徵求 they are 于 着 复 征.  A name or a word keeping the character (著名, 覆盖) is left."""
    assert simplify("關於") == "关于"
    assert simplify("這意味著國務院批覆,徵求意見") == "这意味着国务院批复,征求意见"
    assert simplify("著名作家,覆蓋全縣") == "著名作家,覆盖全县"
    assert simplify("會議於2023年5月12日召開") == "会议于2023年5月12日召开"  # 於 before a date
    for t in ("關於", "意味著國務院批覆"):
        assert len(simplify(t)) == len(t)


def test_a_traditional_page_reads_its_guan_yu_document_as_its_simplified_twin():
    """縣林業局《關於下達森林採伐限額的匯報》: the programme and the runs relation as on the simplified page."""
    trad = "1月17日,縣長孫明主持召開縣政府常務會議。會議聽取審議了縣林業局《關於下達森林採伐限額相關事宜》的匯報。"
    simp = "1月17日,县长孙明主持召开县政府常务会议。会议听取审议了县林业局《关于下达森林采伐限额相关事宜》的汇报。"
    def facts(doc):
        names = {e.id: e.name for e in doc.entities.values()}
        return ({(e.type, e.name) for e in doc.entities.values()},
                {(names.get(r.subject), r.predicate, names.get(r.object)) for r in doc.relations})
    t, s = facts(_doc(trad, "t")), facts(_doc(simp, "s"))
    assert ("Programme", "关于下达森林采伐限额相关事宜") in s[0]
    assert t == s


RUBY_PAGE = """打開適老化模式 無障礙瀏覽 x
索引號 01526089-2-02_D/2016-0510008 發(fā)布機構 騰沖市固東鎮(zhèn)
公開目錄 公開制度 發(fā)布日期 2016-05-10 16:49:05
文號 瀏覽量
主題詞
固東鎮(zhèn)政府信息公開備案制度

 固東鎮(zhèn)政府信息公開備案制度

第一條 為保證政府公開信息的規(guī)範、適時、真實,特制定本制度。
"""


def test_a_metadata_label_with_a_pinyin_reading_is_still_a_label():
    """A converter writes pinyin after polyphonic characters (發(fā)布機構, 鎮(zhèn)): the label reads
    whole, the line is metadata, and the issuer named after it is kept at its own span."""
    line = "索引号 01526089-2-02_D/2016-0510008 发(fā)布机构 腾冲市固东镇(zhèn)"
    c = classify(line)
    assert c is not None and c.kind == "meta"
    assert [line[s:e] for s, e in c.values] == ["腾冲市固东镇"]
    assert classify("公开目录 公开制度 发(fā)布日期 2016-05-10 16:49:05") is not None


def test_a_line_of_empty_labels_is_metadata():
    """`文号 浏览量`: two field labels whose values the page left empty; a line of words that are not
    all labels stays text."""
    assert classify("文号 浏览量") is not None
    assert classify("来源 作者 编辑") is not None
    assert classify("文号 规范") is None


def test_accessibility_toggles_are_page_furniture():
    """`打开适老化模式 无障碍浏览 x`, `繁体版 长辈版`: a portal's accessibility switches, no headline."""
    assert classify("打开适老化模式 无障碍浏览 x") is not None
    assert classify("繁体版") is not None
    assert classify("长辈版") is not None


def test_a_headline_set_twice_is_read_once():
    """A page sets its headline twice (its title bar, then the article's heading): it is the title
    once, not run on into the first paragraph twice; the traditional page with pinyin readings gets
    its township and its title."""
    doc = _doc(RUBY_PAGE)
    (art,) = doc.articles
    assert art.title == "固东镇政府信息公开备案制度"
    assert art.text.count("政府信息公开备案制度") == 1
    assert "第一条" in art.text
    assert "固东镇人民政府" in {e.name for e in doc.entities.values()}


def test_a_bar_of_township_sub_sites_is_navigation():
    """`乡镇(街道)分站: 甲镇 乙镇 丙镇 丁街道`: a portal's links to its townships' sub-sites, no places of
    the article (the first of them was taken for the article's place)."""
    assert classify("乡镇(街道)分站: 苏湾镇 栏杆集镇 柘皋镇 庙岗镇 夏阁镇 中庙街道") is not None
    page = ("乡镇(街道)分站: 苏湾镇 栏杆集镇 柘皋镇 夏阁镇 中庙街道\n当前位置: 首页巢湖快讯\n\n"
            "某乡人民代表大会第四次会议召开\n\n发布时间:2017-10-26 11:46:39 来源:本站 阅读次数:1407\n\n"
            "3月28日,某乡人民代表大会第四次会议召开。61名乡人大代表出席了大会。\n")
    doc = _doc(page)
    assert not {"苏湾镇", "栏杆集镇", "柘皋镇"} & _surfaces(doc)
    assert doc.articles[0].title == "某乡人民代表大会第四次会议召开"


def test_a_document_number_over_the_title_is_no_part_of_it():
    """`沪府发〔2017〕92号` on the line above a notice's title: the title is the notice's line alone."""
    page = ("某府发〔2017〕92号\n某某市人民政府印发《关于加强政务诚信建设的实施意见》的通知\n各区人民政府,市政府各委、办、局:\n"
            "现将《关于加强政务诚信建设的实施意见》印发给你们,请认真按照执行。\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "某某市人民政府印发《关于加强政务诚信建设的实施意见》的通知"


def test_the_page_s_address_alone_on_a_line_is_chrome():
    """`www.某某.com.cn` under a news site's headline, or an error page's `404 Not Found` pasted into the
    scrape: chrome, so the headline above them is the title; an address inside a sentence stays."""
    assert classify("www.zjol.com.cn") is not None
    assert classify("http://www.gov.cn/xinwen/2020-01/01/content_1.htm") is not None
    assert classify("404 Not Found") is not None
    assert classify("详见www.gov.cn网站。") is None
    page = ("某省长会见澳大利亚客人\nwww.zjol.com.cn\n2007年06月07日 21:58:10\n\n"
            "今天,省长王明在宁波会见了澳大利亚客人一行。\n404 Not Found\n")
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "某省长会见澳大利亚客人"
    assert "zjol" not in art.text and "Not Found" not in art.text


def test_variant_forms_read_as_their_traditional_character():
    """A Hong Kong or older Big5 page writes variant forms (衞生署 for 衛生署, 靑年 for 青年, 鄕鎮 for 鄉鎮):
    read as the simplified character, the page gives what its twin in the standard forms gives."""
    assert simplify("衞生署 靑年 淸潔 鄕鎮") == "卫生署 青年 清洁 乡镇"
    variant = "香港特別行政區政府衞生署今日公布,全港靑年接種率達九成。"
    standard = "香港特別行政區政府衛生署今日公布,全港青年接種率達九成。"
    def names(doc):
        return {(e.type, e.name) for e in doc.entities.values()}
    v, s = names(_doc(variant, "v")), names(_doc(standard, "s"))
    assert any("卫生署" in n for _t, n in s)
    assert v == s


def test_a_page_scraped_without_its_line_breaks_keeps_its_article():
    """The breadcrumb, the stamp fields and the article on one line (a scrape that lost its line
    breaks): the line is no breadcrumb and no metadata, else the article is dropped with it; a short
    crumb or stamp line stays chrome."""
    line = ("当前位置：首页 > 新闻中心 > 县区动态 某县召开安全生产会议 发布时间：2023-05-12 10:20 来源：县政府办 "
            "浏览次数：123 5月11日，县委副书记、县长王明主持召开县政府常务会议。副县长李强参加会议。")
    assert classify(line) is None
    assert classify("当前位置：首页 > 新闻中心 > 县区动态") is not None
    assert classify("单位：某馆 2020年12月22日 17:13 浏览：12") is not None
    doc = _doc(line.replace("某县", "泾县"))
    names = {e.name for e in doc.entities.values()}
    assert {"王明", "李强"} <= names
    assert not doc.metrics


def test_counter_and_poster_fields_are_metadata():
    """`点击：1234次`, `阅读：1234`, `热度：6767`, `发布者：管理员` under a headline are a content system's
    fields: no figure (点击 = 1234 次), and `阅读：1234` no longer runs into the first paragraph's date
    (阅读：12345月11日); correction and mobile links (我要纠错, 手机扫一扫) are furniture."""
    page = ("泾县召开安全生产会议\n\n发布者：管理员\n点击：1234次\n热度：6767\n阅读：1234\n\n"
            "5月11日，县长王明主持召开县政府常务会议。\n\n我要纠错\n手机扫一扫\n")
    doc = _doc(page)
    (art,) = doc.articles
    assert art.title == "泾县召开安全生产会议"
    assert not doc.metrics
    assert "1234" not in art.text and "纠错" not in art.text
    assert classify("阅读习近平总书记的重要讲话，大家深受鼓舞。") is None


def test_a_caption_with_its_credit_after_the_full_stop_is_no_headline():
    """A scrape that opens at the photo: `9月5日，省长某某在昆明会见…一行。记者 某某 摄`, then the same
    sentence as the article's lead.  The credited line is a caption, not the title; its people and
    places are still read."""
    page = ("9月5日，省委副书记、省长王明在昆明会见美国客人一行。记者 顾某 摄\n"
            "9月5日，省委副书记、省长王明在昆明会见美国客人一行。\n王明对客人一行表示欢迎。\n")
    doc = _doc(page)
    (art,) = doc.articles
    assert art.title is None or "摄" not in art.title
    assert "王明" in {e.name for e in doc.entities.values()}


def test_a_sentence_with_pinyin_readings_is_quoted_whole():
    """A converter's pinyin readings (執(zhí)行) are left out of the article's text; the sentence's
    source span still runs from its first character to its last (it was cut to its longest run
    between two readings: `行。` was quoted for a whole sentence)."""
    page = ("某市人民政府印發(fā)《關(guān)於加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知\n"
            "各區(qū)人民政府:\n現(xiàn)將《關(guān)於加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》印發(fā)給你們,請認(rèn)真按照執(zhí)行。\n")
    doc = _doc(page)
    (art,) = doc.articles
    sent = next(s for s in art.sentences if "按照执行" in s.text or "按照執行" in s.text)
    quoted = page[sent.src_start:sent.src_end]
    assert quoted.startswith("現(xiàn)將") and quoted.endswith("執(zhí)行。")


def test_a_short_line_set_twice_is_kept():
    """Only a headline-long line set twice in a row is a repeated headline: a table's cells set one a
    line repeat (合计 / 合计, 是 / 是) and stay."""
    page = "某县项目情况表\n\n项目\n合计\n合计\n120万元\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.text.count("合计") == 2


def test_a_date_stamp_under_or_over_the_headline_is_no_part_of_it():
    """`会议简介` over `2015-10-30` (under a dropped breadcrumb): the headline is the title, the date
    no subtitle; the site's date with its weekday over the headline (`2023年03月29日 星期三`) does not
    hide the headline either."""
    page = "当前位置:\n>> 市政府常务会议 >> 会议简介\n会议简介\n2015-10-30\n[收藏][字号: ] [打印] [关闭]\n\n  市政府常务会议一般每半月召开一次。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "会议简介" and not art.subtitle
    page = "2023年03月29日 星期三\n\n某县召开安全生产会议\n\n5月11日，县长王明主持召开县政府常务会议。\n"
    (art,) = split_articles(Doc(id="p", source="p.txt", text=page))
    assert art.title == "某县召开安全生产会议"


def test_a_content_system_s_signature_line_is_footer():
    """`Produced By 某某网络 某某发布系统`, `Powered by …`: the content system's credit, no place (大汉)."""
    assert classify("Produced By 大汉网络 大汉版通发布系统") is not None
    assert classify("Powered by 某某CMS") is not None
