"""Round 46 (mine46): employment, social security and veterans' news from fresh texts of
/tmp/s26/fresh/mine46 (巫山县, 蓬溪县, 马山县, 吴川市 papers; 人社部's quarterly press conference; a
宁波日报 page): a county paper's headline opening with its own short name (巫山研究部署…) names the
county however common jieba counts the word; a rare dictionary entry (蓬溪 nr 3) may be the county a
paper speaking as 我县 names itself by; a plan's horizon (延续实施至2024年底) is no year an undated text
reports on; a paper's dateline with its weekday (宁波日报 2023年12月21日 星期四) is page metadata; 率
before a group it leads (张琦率慰问团) ends the name; townships written right after 我县 place the story
in their county (到我县周鹿镇、白山镇), not in the visitors' city."""
from __future__ import annotations

from conftest import article_place, extract_text, figure_table


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_a_county_paper_headline_opens_with_its_short_name():
    """巫山 paper (epaper.wushannews.com): 巫山研究部署2022年就业创业工作 … 我县召开…, and 鲁渝劳务协作…
    转至山东就业364人 (base: no 巫山县 — jieba counts 巫山 405 times — and the story, with its twelve
    employment figures, placed in 山东省)."""
    text = ("巫山研究部署2022年就业创业工作\n"
            "6月22日,我县召开2022年度全县就业领导小组工作会议。2021年,我县城镇新增就业2889人;"
            "鲁渝劳务协作带动就业937人,其中转至山东就业364人。")
    assert article_place(text) == "巫山县"
    assert _places(extract_text(text)).get("巫山县") == "500237"
    # a common word opening a headline stays a word (清水 is jieba's n, no place word)
    assert "清水县" not in _places(extract_text("清水河道整治全面完成\n我县共清理河道12公里。"))


def test_a_rare_dictionary_entry_is_the_county_a_paper_speaks_as():
    """蓬溪 paper (m.yybnet.net): 我县召开2019年农民工迎春座谈会 … 与蓬溪籍在外企业家…欢聚一堂 (base: no
    蓬溪县 — jieba has 蓬溪 as a name of count 3 — and 县委书记张智勇 held a post in a bare 县委)."""
    text = ("我县召开2019年农民工迎春座谈会\n"
            "1月28日,我县召开2019年农民工迎春座谈会,县委书记张智勇,县委副书记、代理县长黄亚军"
            "与蓬溪籍在外企业家、返乡创业人员、农民工代表欢聚一堂。")
    assert article_place(text) == "蓬溪县"


def test_a_plans_horizon_is_no_year_of_the_undated_report():
    """人社部 quarterly press conference (newjobs.com.cn): 2023年1-3月…。阶段性降低失业、工伤保险费率政策
    延续实施至2024年底,预计… 。一季度发放职业培训券超过261万张 … 截至3月底,…参保人数… (base: every
    figure after the policy sentence dated 2024)."""
    text = ("人社部举行2023年一季度新闻发布会\n"
            "记者在发布会上获悉,2023年1-3月全国城镇新增就业297万人。阶段性降低失业、工伤保险费率政策"
            "延续实施至2024年底,预计年均为企业减负1800亿元。一季度发放职业培训券超过261万张。\n"
            "社会保障制度改革稳步推进。截至3月底,全国基本养老保险参保人数为10.52亿人。")
    table = figure_table(text, None)
    assert table[(2610000.0, "张")][2] == "2023-01/2023-03", table
    assert table[(1052000000.0, "人")][2] == "2023-03-31", table


def test_a_papers_dateline_with_its_weekday_is_page_metadata():
    """宁波日报 page (daily.cnnb.com.cn): 我国年均新增就业1300万人 / 宁波日报 2023年12月21日 星期四 / 据新华社…
    (base: no headline and no date; 今年1月至11月 had no year)."""
    doc = extract_text("我国年均新增就业1300万人\n宁波日报 2023年12月21日 星期四\n"
                       "据新华社北京12月20日电 2013年至2022年,我国累计实现城镇新增就业1.3亿人。"
                       "今年1月至11月,全国城镇新增就业1180万人。")
    art = doc.articles[0]
    assert art.title == "我国年均新增就业1300万人"
    assert (art.date or doc.date or "").startswith("2023-12")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(11800000.0) == "2023-01/2023-11", periods


def test_lv_before_a_led_group_ends_the_name():
    """吴川 site (gdwc.gov.cn): 湛江市退役军人事务局副局长张琦率慰问团到我市… (base: a person 张琦率 — jieba
    writes the three characters as one name)."""
    doc = extract_text("7月28日上午,湛江市退役军人事务局副局长张琦率慰问团到我市慰问。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert people == {"张琦"}, people
    # a given name 率 closed by a verb stays whole
    assert {e.name for e in extract_text("副局长王率到会讲话。").entities.values()
            if e.type == "Person"} == {"王率"}


def test_townships_after_wo_xian_place_the_story_in_their_county():
    """马山 site (mashantv.com): 南宁市退役军人事务局党组书记、局长刘强业先后到我县周鹿镇、白山镇开展…
    (来源:马山县退役军人事务局) (base: the story placed in the visitors' 南宁市, and 县退役军人事务局 left
    unresolved)."""
    text = ("南宁市退役军人事务局到我县开展常态化联系走访慰问活动\n"
            "近日,南宁市退役军人事务局党组书记、局长刘强业先后到我县周鹿镇、白山镇开展常态化联系走访"
            "慰问活动。县退役军人事务局主要负责人陪同慰问。\n(来源:马山县退役军人事务局 通讯员:黄玉葵)")
    assert article_place(text) == "马山县"
    agencies = {e.name for e in extract_text(text).entities.values() if e.type == "Agency"}
    assert "县退役军人事务局" not in agencies, agencies


def test_prepositions_close_no_indicator():
    """汉阴 site (hanyin.gov.cn): 农村分散供养特困人员按不超过200元/人…, 每户发放现金300元及米面油1套, 全县各福利
    机构按照3000-6000元的标准 (base: indicators 农村分散供养特困人员按, 及米面油, 各福利机构按照)."""
    doc = extract_text("汉阴民政部门筹资77.6万元走访慰问困难群众\n"
                       "慰问标准为:极为困难的城乡困难群众每户发放现金300元及米面油1套;农村分散供养特困人员按不超过"
                       "200元/人实行全部慰问,全县各福利机构按照3000-6000元的标准进行慰问。")
    indicators = {m.indicator for m in doc.metrics}
    assert not any(i and (i.endswith(("按", "按照")) or i.startswith("及")) for i in indicators), indicators
    assert "米面油" in indicators, indicators


def test_a_country_named_in_its_founding_anniversary_leaves_the_titles_union_its_place():
    """临高 union news (baogaosu.com): 临高县总工会开展国庆劳模走访慰问活动 / 为庆祝中华人民共和国成立65周年,…
    共对全县5名全国劳模和20名省级劳模、全国五一劳动奖章获得者进行慰问,每名劳模慰问金1000元 (base: no
    article place — 临高县 inside the union's name was taken for a brand beside the country — the 20
    model workers counted for 中国, and 五一 of the medal's name dated the allowance 1 May)."""
    text = ("临高县总工会开展国庆劳模走访慰问活动\n"
            "为庆祝中华人民共和国成立65周年,9月29日,在县人大常委会副主任、县总工会主席陈伟同志的带领下,"
            "临高县总工会领导班子成员来到劳模家中。县总工会本次活动共对全县5名全国劳模和20名省级劳模、"
            "全国五一劳动奖章获得者进行慰问,每名劳模慰问金1000元。")
    assert article_place(text) == "临高县"
    doc = extract_text(text)
    names = {k: e.name for k, e in doc.entities.items()}
    figures = {m.value: (names.get(m.subject), m.period) for m in doc.metrics}
    assert figures[20.0][0] == "临高县", figures
    assert figures[1000.0][1] is None, figures
    # a company's brand beside the city the story names still goes (德州 story, 广东海大集团)
    brand = "德州市领导赴广东海大集团对接项目\n德州市副市长一行到广东海大集团对接项目合作。"
    assert article_place(brand) == "德州市"


def test_xiang_after_a_post_before_an_audience_is_the_preposition():
    """咸阳 women's federation news (yybnet.net): 由各县市区妇联主席向广大基层妇女汇报… (base: a person
    向广大 holding a post in 各县市区妇联); 县长向大会作政府工作报告 likewise (向大会)."""
    for text in ("此次活动由各县市区妇联主席向广大基层妇女汇报70年来妇女事业的发展成果。",
                 "县长向大会作政府工作报告。"):
        people = {e.name for e in extract_text(text).entities.values() if e.type == "Person"}
        assert not any(p.startswith("向") for p in people), people
    # a family name 向 with a given name stays a name (向建国: 建国 is a place word of the dictionary)
    people = {e.name for e in extract_text("副市长向建国主持会议。").entities.values() if e.type == "Person"}
    assert people == {"向建国"}, people
    # nor where the meeting's verb closes it (湘西 news: 副州长向清平出席会议 — 清平 a word of the dictionary)
    people = {e.name for e in extract_text("湘西州常务副州长邝邹飞,副州长向清平出席会议。").entities.values()
              if e.type == "Person"}
    assert "向清平" in people, people


def test_an_epaper_edition_picker_is_no_headline():
    """山西青年报 e-paper (sxqnb.com.cn): 日期查询:2017年12月12日 / 左权万名巾帼争当新标兵 / 本报记者 陈彤 (base:
    no headline and no date)."""
    doc = extract_text("日期查询:2017年12月12日\n左权万名巾帼争当新标兵\n本报记者 陈彤\n"
                       "近日,晋中市左权县妇联精心组织,广泛发动妇女群众参与。")
    art = doc.articles[0]
    assert art.title == "左权万名巾帼争当新标兵"
    assert (art.date or doc.date) == "2017-12-12"


def test_shiyi_quoted_is_a_holiday_and_a_title_speaks_as_its_county_after_its_time():
    """保康 site (bkrmw.net): “十一”黄金周全县接待游客30万人次 / …城关镇小沟村、刘家坪村,马良陈家湾村… (base: a
    programme 十一 owning the title's 30万人次, and the story placed in the township 马良镇: the title's
    全县 after its time was not read); 蓟州 (“十一”国庆节长假第一天) likewise had a programme 十一."""
    text = ("“十一”黄金周全县接待游客30万人次\n2022-10-08 16:55:17    作者:刘依    来源:保康融媒网\n"
            "“十一”期间,城关镇小沟村、刘家坪村,马良陈家湾村等一批美丽乡村为游客提供了新的去处。\n"
            "据统计,“十一”黄金周期间,全县共接待游客30.12万人次,实现旅游综合收入1.755亿元。")
    assert article_place(text) == "保康县"
    doc = extract_text(text)
    assert "十一" not in {e.name for e in doc.entities.values() if e.type == "Programme"}
    names = {k: e.name for k, e in doc.entities.items()}
    assert {names.get(m.subject) for m in doc.metrics} == {"保康县"}, [(m.value, names.get(m.subject)) for m in doc.metrics]
    jizhou = extract_text("“十一”国庆节长假第一天,蓟州区美丽的秋景吸引了众多游客。")
    assert not [e.name for e in jizhou.entities.values() if e.type == "Programme"]
