"""Round 96 (scrape96): messy web scrapes of county and city government pages, page chrome kept —
breadcrumbs (当前位置：首页>新闻中心>乡镇动态), 发布时间/信息来源/浏览次数 lines, 【字体：大 中 小】, 分享到,
metadata blocks (索引号, 发布机构, 发布日期), editors' lines and footers — from Inner Mongolia (开鲁),
Hebei (秦皇岛海港区), Henan (舞阳), Hunan (南县, 长沙县, 平江/岳阳), Anhui (太湖) and Yunnan (红河州)
(fresh texts of /tmp/s26/fresh/scrape96; the store keeps most pages without their footers, so the footer
tests are modelled on the contact and owner lines those sites set).  Fixes: a field whose value is
its date (发布日期: 2025-04-29) read as a bare label, so the headline under it was taken for its value
and lost; a column's label over a metadata block (预算绩效管理) taken for the title; a footer's contact
line (地址：… 邮编：… 电话：…) read as article text; the footer's owner (主办单位：某县人民政府办公室) not
placing an article that says only 我县 once a 来源 line named an issuer; a footer's visit counter
(您是本站第 1234567 位访客, 网站访问量：2345678次) read as a figure; 全局 (the bureau reporting on itself)
read into an indicator (全局现有在职人员)."""
from __future__ import annotations

from conftest import extract_text

from kg.stages.chrome import classify


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _place(doc) -> str | None:
    key = doc.articles[0].place
    return doc.entities[key].name if key in doc.entities else None


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def test_a_dated_field_keeps_the_headline_under_it():
    """09-honghe-shuju-jixiao: `- 发布日期: 2025-04-29` over `红河州数据发展中心2024年度项目支出绩效单位自评报告`
    — a field whose value is only its date read as an empty label (its stamp was stripped as a source's
    tail), so the next line was taken for its value: the headline lost (base: title None on
    `发布日期：2024-03-12 ⏎ 某县召开…会议`).  A truly empty label (发布机构： ⏎ name) still takes its value."""
    doc = extract_text("首页 > 新闻中心\n发布日期：2024-03-12\n修武县召开2024年农业农村工作会议\n"
                       "3月11日，修武县召开农业农村工作会议。全县粮食总产量达到35.6万吨。")
    assert doc.articles[0].title == "修武县召开2024年农业农村工作会议", doc.articles[0].title
    doc = extract_text("首页 > 信息公开\n发布机构：\n修武县农业农村局\n修武县召开2024年农业农村工作会议\n"
                       "3月11日，修武县召开农业农村工作会议。")
    assert doc.articles[0].title == "修武县召开2024年农业农村工作会议", doc.articles[0].title
    assert "修武县农业农村局" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_column_label_over_the_metadata_block_is_no_title():
    """09-honghe-shuju-jixiao: `预算绩效管理` ⏎ `- 索引号: …` ⏎ `- 发布机构: 红河州数据发展中心` ⏎ … ⏎
    `红河州数据发展中心2024年度项目支出绩效单位自评报告` (base: title 预算绩效管理, the column's name).  A
    headline over its fields with the story under them (01-kailu: 全县生态保护大会…推进会议召开 ⏎ 发布时间 ⏎
    信息来源 ⏎ 5月21日,…) stays the title."""
    doc = extract_text("预算绩效管理\n- 索引号: zsjfzzx/2025-00002\n- 发布机构: 红河州数据发展中心\n- 文号:\n"
                       "- 发布日期: 2025-04-29\n- 时效性: 有效\n红河州数据发展中心2024年度项目支出绩效单位自评报告\n"
                       "一、基本情况\n2024年,红河州数据发展中心实施项目共15个。")
    assert doc.articles[0].title == "红河州数据发展中心2024年度项目支出绩效单位自评报告", doc.articles[0].title
    doc = extract_text("全县生态会议召开\n发布时间:\n2025-05-22 10:03\n信息来源:\n今日开鲁\n"
                       "5月21日,全县生态保护大会召开。县政府副县长常亮主持会议并讲话。")
    assert doc.articles[0].title == "全县生态会议召开", doc.articles[0].title


def test_a_footer_contact_line_is_no_text():
    """A county site's footer contact line (`地址：开鲁县开鲁镇 电话:0475-6212345 邮编:028400`, as 07-changshaxian
    sets its 联系电话/邮箱 lines) was read as text (base: the line a body section, its town a place of the
    article).  A notice's sentence giving its address with a comma stays text."""
    for line in ("地址：修武县云台大道1号  邮编：454350  电话：0391-7122345",
                 "联系地址：开鲁县开鲁镇 电话:0475-6212345 邮编:028400"):
        c = classify(line)
        assert c is not None and c.kind == "chrome", (line, c)
    assert classify("联系地址：修武县云台大道1号，联系电话：0391-7122345。") is None
    assert classify("地址：修武县云台大道1号").kind == "meta"  # a lone field stays the field it was
    doc = extract_text("全县召开生态会议\n5月21日,全县生态保护大会召开。县政府副县长常亮主持会议并讲话。\n"
                       "地址：开鲁县开鲁镇 电话:0475-6212345 邮编:028400")
    assert "开鲁镇" not in _names(doc, "Place"), _names(doc, "Place")


def test_the_footer_owner_places_a_sourced_article():
    """A county portal's story (03-wuyang: `我县召开创建全国文明城市工作推进会`, 01-kailu: `信息来源: 今日开鲁`)
    saying only 我县, with `来源：县农业农村局` over it and `主办单位：修武县人民政府办公室` in the footer: the
    owner was dropped once the source named an issuer (base: no place, figures without a subject).  The
    owner places only an article naming no place of its own: a story of another county keeps its county."""
    page = ("首页 > 新闻中心 > 部门动态\n我县召开2024年农业农村工作会议\n"
            "来源：县农业农村局  作者：王明  发布时间：2024-03-12 09:30  浏览次数：1234\n"
            "【字体：大 中 小】 【打印本页】 【关闭窗口】 分享到：\n"
            "3月11日，我县召开2024年农业农村工作会议。副县长李强出席会议并讲话。2023年，全县粮食总产量达到35.6万吨。\n"
            "责任编辑：张华\n相关链接：\n全市2024年春耕生产工作会议召开\n市农业农村局组织开展高标准农田建设督导\n"
            "主办单位：修武县人民政府办公室  承办单位：修武县融媒体中心\n网站标识码：4108210001  豫ICP备12345678号")
    doc = extract_text(page)
    assert _place(doc) == "修武县", _place(doc)
    assert {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities} == {"修武县"}
    assert "修武县人民政府办公室" not in _names(doc, "Agency")  # the owner is no issuer of the story
    doc = extract_text(page.replace("3月11日，我县", "3月11日，武陟县"))
    assert _place(doc) == "武陟县", _place(doc)


def test_the_whole_bureau_is_no_word_of_the_indicator():
    """05-nanxian-zhujian-jixiao: 全局现有在职人员246人,离退休人员85人 (base: indicator 全局现有在职人员) — 全局 is
    the bureau reporting on itself, as 全县 is the county.  全局性工作 keeps its word."""
    doc = extract_text("南县住房和城乡建设局2018年度整体支出绩效评价报告\n"
                       "全局现有在职人员246人,离退休人员85人。全局共有干部职工56人。")
    assert {"在职人员", "干部职工"} <= _indicators(doc), _indicators(doc)
    assert not {i for i in _indicators(doc) if i.startswith("全局")}, _indicators(doc)
    doc = extract_text("报告\n今年全局性工作完成12项。")
    assert not _indicators(doc) or any(i.startswith("全局性") for i in _indicators(doc)), _indicators(doc)


def test_a_footers_visit_counter_is_no_figure():
    """A county portal's footer counter (as 06-taihu's `浏览次数: 590` field, set for the whole site:
    `您是本站第 1234567 位访客`, `本站访问量：2345678 人次`, `网站访问量：2345678次`; base: figures of 访客,
    访问统计, 网站访问量).  A sentence counting visits (全县接待游客访问人次达12万人次。) and an annual
    report's row with its unit in brackets (网站总访问量（次） 12345678) are left alone."""
    doc = extract_text("平江县召开2024年安全生产工作会议\n5月5日，我县召开安全生产工作会议。2023年全县生产安全事故起数同比下降15.2%。\n"
                       "网站地图 | 联系我们 | 隐私声明 | 使用帮助\n您是本站第 1234567 位访客\n"
                       "本站访问量：2345678 人次\n访问统计：2345678\n网站访问量：2345678次")
    assert not {m.value for m in doc.metrics} & {1234567, 2345678}, [(m.indicator, m.value) for m in doc.metrics]
    assert any(m.value == 15.2 for m in doc.metrics), [(m.indicator, m.value) for m in doc.metrics]
    assert classify("全县接待游客访问人次达12万人次。") is None
    assert classify("网站总访问量（次） 12345678") is None
