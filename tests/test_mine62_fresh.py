"""Round 62 (mine62): major-project groundbreaking news of 山东济宁 (a city, its districts and counties;
2017–2025) from fresh texts of /tmp/s26/fresh/mine62: a listed work ending in 工程 is an item of its own in a
list of projects, 5项目 in a headline is no 5 项 of 目…, the fields counted projects cover (涵盖) end their
noun, and a news page's comment box (我来说两句 0人参与,0条评论) gives no figures."""
from __future__ import annotations

from conftest import extract_text


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def test_a_work_ending_in_gongcheng_is_its_own_item_of_a_project_list():
    """04-rencheng (济宁任城区, 2019): 投资10亿元以上项目7个,分别是…运河新城基础设施建设工程、南池御都花园二期项目…
    (base: one programme 运河新城基础设施建设工程、南池御都花园二期项目)."""
    doc = extract_text("某区重大项目集中开工\n据介绍,投资10亿元以上项目3个,分别是滨江壹号二期项目、运河新城基础设施建设工程、"
                       "南池花园二期项目;投资亿元以上项目3个,分别是商务大厦项目、附属小学扩建工程、港航服务中心项目。")
    got = _programmes(doc)
    assert {"运河新城基础设施建设工程", "南池花园二期项目", "附属小学扩建工程", "港航服务中心项目"} <= got, got
    assert not any("、" in p for p in got), got


def test_a_list_of_kinds_of_work_stays_no_project():
    """包括建筑工程、安装工程项目: kinds of work, no named project (the inner cut keeps the kind-only filter)."""
    doc = extract_text("某县招标公告\n本次招标内容包括建筑工程、安装工程项目。")
    assert not ({"建筑工程", "安装工程项目"} & _programmes(doc)), _programmes(doc)


def test_a_headline_count_of_projects_without_ge_is_no_count_of_xiang():
    """05-jining-2017 (济宁新闻网): 济宁5项目列入省重点建设项目 (base: 5 项 of 目列入省重点建设项目);
    5项目标任务 still counts 项 of 目标任务."""
    doc = extract_text("某市5项目列入省重点建设项目 今年计划投资28.4亿元\n\n2017-04-22 10:30:33 来源:某市新闻网\n"
                       "某市5项目列入省重点建设项目 今年计划投资28.4亿元\n\n"
                       "  日前,我市5个项目列入2017年省重点建设项目,总投资达53.9亿元。全年完成5项目标任务。")
    got = _indicators(doc)
    assert not any(i.startswith("目列入") for i in got), got
    assert ("目标任务", 5, "项") in {(m.indicator, m.value, m.unit) for m in doc.metrics}, got


def test_the_fields_counted_projects_cover_end_their_noun():
    """03-wenshang (汶上县, 2025): 当天集中开工的27个项目涵盖高端装备、高端化工、新能源…等多个领域
    (base: the indicator 项目涵盖高端装备)."""
    doc = extract_text("某县项目集中开工\n当天集中开工的27个项目涵盖高端装备、高端化工、新能源等多个领域。")
    assert ("项目", 27) in {(m.indicator, m.value) for m in doc.metrics}, _indicators(doc)


def test_a_comment_box_gives_no_figures():
    """01-jining-183 (济宁新闻网, 2024): under the article, 我来说两句 0人参与,0条评论 and 已有0人参与,点击查看更多精彩评论
    (base: figures 我来说两句参与人数 0人 and 评论 0条)."""
    doc = extract_text("某市183个重大项目集中开工\n2月26日,某市183个项目集中开工,总投资1488亿元。\n\n"
                       "我来说两句 0人参与,0条评论\n发表\n最热评论\n最新评论\n已有0人参与,点击查看更多精彩评论\n")
    assert {(m.indicator, m.value) for m in doc.metrics} >= {("项目", 183)}, _indicators(doc)
    assert not any("评论" in i or "参与" in i for i in _indicators(doc)), _indicators(doc)


def test_an_e_paper_date_line_with_its_buttons_dates_the_article():
    """06-leshan (乐山日报 e-paper, 2022): 2022年03月21日 星期一 放大 缩小 默认 over the headline (base: no
    publication date, so 2021年 figures had nothing to be read against)."""
    doc = extract_text("01:一版要闻\n\n2022年03月21日 星期一 放大 缩小 默认\n探寻嘉州春天 共话乡村振兴\n\n"
                       "  本报讯 (记者 赵径)近日,某区举行采风活动。2021年,某区第一产业增加值39亿元。")
    assert [a.date for a in doc.articles] == ["2022-03-21"], [a.date for a in doc.articles]


def test_a_visit_and_a_make_up_end_the_counted_noun():
    """06-leshan: 活动邀请中央、省、市21家媒体记者走进市中区 (base: 媒体记者走进市中区); 09-jiangyong (央广网, 湖南江永):
    凤岩山村共有13个村民小组组成 (base: 村民小组组成); nouns opening with them keep them, and
    指导组|成员 is no make-up (the seed page's 市新时代文明实践中心建设工作指导组成员单位)."""
    doc = extract_text("某区开展活动\n活动邀请中央、省、市21家媒体记者走进市中区。某村共有13个村民小组组成。"
                       "开展3个走进社区活动,5个组成部门参加。12个工作指导组成员单位参加。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert {("媒体记者", 21), ("村民小组", 13), ("走进社区活动", 3), ("组成部门", 5),
            ("工作指导组成员单位", 12)} <= got, got


def test_a_list_with_ji_inside_its_first_item_pairs_item_by_item():
    """12-yangling (杨凌示范区 statistics, 2023): 建筑及装潢材料、饮料、金银珠宝、体育娱乐用品、日用品和书报杂志类分别下降
    44.4%、…和12.1% (base: all six figures named 日用品和书报杂志类下降)."""
    doc = extract_text("某区1-10月经济运行情况\n分消费类别看,建筑及装潢材料、饮料、金银珠宝、体育娱乐用品、日用品和书报杂志类"
                       "分别下降44.4%、20.0%、18.0%、13.1%、12.5%和12.1%。")
    got = [(m.indicator, m.value) for m in doc.metrics]
    assert got == [("建筑及装潢材料下降", 44.4), ("饮料下降", 20.0), ("金银珠宝下降", 18.0), ("体育娱乐用品下降", 13.1),
                   ("日用品下降", 12.5), ("书报杂志类下降", 12.1)], got


def test_the_yangling_zone_is_a_place_of_shaanxi():
    """12-yangling: 杨凌示范区 (杨凌农业高新技术产业示范区), administered by 陕西省, titles its statistics releases
    (base: no place, so the article's figures had no subject and 全省 no province)."""
    doc = extract_text("杨凌示范区2023年1-10月经济运行情况\n10月份,示范区规模以上工业经济继续领跑全省。"
                       "1-10月,示范区规上工业增加值增长14.3%。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert {"杨凌示范区", "陕西省"} <= places, places
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects == {"杨凌示范区"}, subjects


def test_an_approximate_share_after_a_count_is_that_count_s_share():
    """16-jinhua (浙江在线, 2011): 研究生学历30人,约占22.5%; 大专学历有10人,约7.5% (base: indicators 约占 and %)."""
    doc = extract_text("某市干部任前公示\n从学历看,研究生学历30人,约占22.5%;拥有本科学历93人,约占69.9%;"
                       "大专学历有10人,约7.5%,以50后干部为主。")
    got = {(m.indicator, m.value, m.kind) for m in doc.metrics if m.unit == "%"}
    assert got == {("研究生学历占", 22.5, "share"), ("本科学历占", 69.9, "share"), ("大专学历占比", 7.5, "share")}, got


def test_a_bare_percentage_after_an_amount_stays_no_share():
    """The bare-share rule reads a count of people only: 收入50亿元,12% names no share of the amount."""
    doc = extract_text("某市经济运行\n全市实现收入50亿元,12%。")
    assert not any(m.kind == "share" for m in doc.metrics), [(m.indicator, m.kind) for m in doc.metrics]


def test_leaders_counted_by_their_divisions_and_roles_given():
    """16-jinhua: 最近走马上任的14位县(市、区)党政一把手 (base: 县(市、区), 把 read as a preposition); 把3个村作为试点
    (base: 村作, cut at 为); 14-zhejiang (浙江在线, 2018): 其余6人皆于2016年11月开始担任… (base: 皆于)."""
    doc = extract_text("某市干部任前公示\n以及在最近走马上任的14位县(市、区)党政一把手,共有12名乡镇党政一把手参加。"
                       "把3个村作为试点。其余6人皆于2016年11月开始担任县委书记。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert {("县(市、区)党政一把手", 14), ("乡镇党政一把手", 12), ("村", 3)} <= got, got
    assert not any(i.startswith("皆") for i, _v in got), got


def test_a_variant_traditional_character_of_a_province():
    """19-miit-cities (工业和信息化部办公厅's notice, a traditional repost, 2017): 內蒙古、遼寧、…、貴州、陜西省(自治區)
    工業和信息化主管部門 — 陜, a variant of 陝 (base: 陕西省 missed, 榆林市 of no province)."""
    doc = extract_text("工業和信息化部辦公廳關于公布第二批國家工業運行重點聯系城市名單的通知\n"
                       "內蒙古、遼寧、四川、貴州、陜西省(自治區)工業和信息化主管部門:\n"
                       "一、第二批工業運行重點聯系城市名單:包頭市、撫順市、德陽市、遵義市和榆林市。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert {"陕西省", "榆林市", "遵义市"} <= places, places


def test_a_level_that_passes_its_later_mark():
    """24-xunwu (人民网 interview, 江西寻乌县): 规上工业企业…、总营收由53亿元突破140亿元 (base: 53亿 named 突破,
    140亿 named 金额)."""
    doc = extract_text("寻乌县综合实力迈上新台阶\n规上工业企业由2021年的56家增至117家、总营收由53亿元突破140亿元,"
                       "工业支撑作用显著增强。全县财政总收入突破18亿元。")
    got = {(m.indicator, m.value, m.approx) for m in doc.metrics}
    assert {("总营收", 5300000000, False), ("总营收", 14000000000, True), ("财政总收入", 1800000000, True)} <= got, got


def test_a_report_subtitle_wrapped_once_dates_the_report():
    """21-jingan (靖安县政府工作报告, 2025): ——2025年2月28日在靖安县第十七届⏎人民代表大会第五次会议上 (base: no date)."""
    doc = extract_text("政府工作报告\n——2025年2月28日在某县第十七届\n人民代表大会第五次会议上\n"
                       "县委常委、县政府党组副书记、副县长 胡小强\n各位代表:\n2024年,全县GDP增长6.0%。")
    assert [a.date for a in doc.articles] == ["2025-02-28"], [a.date for a in doc.articles]


def test_a_committee_leading_us_is_no_subject_of_the_county_s_figures():
    """21-jingan: 县委带领我们迎难而上,精准施策,…GDP增长6.0%,首次突破百亿元大关,达到100.6亿元 (base: the GDP
    of 靖安县委)."""
    doc = extract_text("靖安县政府工作报告\n2024年,县委带领我们迎难而上,精准施策,保持经济平稳增长,GDP增长6.0%,"
                       "首次突破百亿元大关,达到100.6亿元。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects == {"靖安县"}, subjects


def test_an_html_fragment_pasted_as_text_is_read_as_html(tmp_path):
    """28-ezhou-html (a WeChat article's markup pasted into a forum, 2026): `<p style=…><span …>` runs with
    border-radius: 100% in a style (base: a figure % 100%, the markup read as text)."""
    from kg.readers.corpus import read_file, find_files
    body = "".join(f'<p style="line-height: 2;"><span leaf="" style="visibility: visible;">第{i}段,在西山街道开展活动。'
                   "</span></p>" for i in range(3))
    page = ("某融媒 发表于 2026-5-13 09:58:35\n\n鄂州用“微实事”解开“大幸福”的密码\n\n" + body +
            '<section style="border-radius: 100%; margin: 0px auto;"><strong><span>01</span></strong></section>')
    f = tmp_path / "post.txt"
    f.write_text(page, encoding="utf-8")
    files, _errors = find_files([str(f)])
    doc = next(d for d in read_file(files[0]) if hasattr(d, "text"))
    assert "<span" not in doc.text and "border-radius" not in doc.text, doc.text[:200]
    assert "在西山街道开展活动" in doc.text
    got = extract_text(doc.text)
    assert not any(m.unit == "%" for m in got.metrics), [(m.indicator, m.value) for m in got.metrics]


def test_a_count_opens_no_community_and_full_coverage_is_no_name():
    """25-hanyang (湖北文明网, 2020): 汉阳116名社区“第一书记”为居民解忧 (base: a Place 116名社区); 实现社区“第一书记”
    全覆盖 (base: a Person 全覆盖 holding the post); 桥西社区“第一书记”朱浩 stays a person."""
    doc = extract_text("党员干部下沉!汉阳116名社区“第一书记”为居民解忧\n4月26日以来,汉阳区选派116名党员干部下沉社区,"
                       "实现社区“第一书记”全覆盖。6月14日,汉阳区桥西社区“第一书记”朱浩到社区服务居民。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert not any(p[0].isdigit() for p in places), places
    assert people == {"朱浩"}, people


def test_a_joint_statement_s_fixed_names_are_no_figures_and_no_bodies():
    """30-micronesia, 31-suriname (joint statements, 2019 and 2024): 两国将继续秉持和平共处五项原则 (base: 5 项 of 原则);
    中华人民共和国和苏利南共和国联合新闻公报 (base: an Organization 新闻公报); 制定了五项原则 still counts."""
    doc = extract_text("中华人民共和国和苏利南共和国联合新闻公报\n两国将继续秉持和平共处五项原则,深化相互尊重。")
    assert not doc.metrics, [(m.indicator, m.value) for m in doc.metrics]
    assert not [e.name for e in doc.entities.values() if e.type == "Organization"]
    counted = extract_text("某县出台办法\n县委制定了五项原则。")
    assert [(m.indicator, m.value) for m in counted.metrics] == [("原则", 5)]
