"""Round 110 (kaigong110): major projects' groundbreaking and signing ceremonies — 集中开工 and 集中签约
news of 房县 (Hubei), 沁源县 (Shanxi), 鄂城区, 荆州市 (Hubei), 大邑县 (Sichuan), 广陵区 (Jiangsu), 凤县
(Shaanxi), 厦门市 (Fujian), 项城市 (Henan) and 献县 (Hebei) (fresh texts of /tmp/s27/txt/kaigong110).
Fixes: a numbered list's items set apart by blank lines (1.思明区：…总投资3.7亿元 ⏎⏎ 2.湖里区：…) are
paragraphs of their own, not one run-on sentence whose later items took an earlier item's district;
a Chinese numeral alone on its line (四 ⏎ 项城市凯森制衣有限公司…) never runs into the next line (四项城市…);
千升 a unit (年产能40万千升啤酒工厂); the place that opens the site of a ceremony after 在 (大邑县在大邑县沙渠
街道五矿…项目区举行…开工仪式) is the venue, not the article's place; a place in an item of a 包括-list
closed by 等 and a count (…；黄牛铺镇菌类加工园等2个农业产业项目) is the example's, not the count's
subject; a figure of 此次 (此次集中开工的项目…先进制造业项目达61个) takes no time from a speaker's look
back (回望2020年，…); a repost's headline over 原标题:… is its title."""
from __future__ import annotations

from conftest import article_place, extract_text


def _metrics(doc) -> set[tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(m.subject), m.indicator, m.value, m.unit, m.period) for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


_XIAMEN = ("厦门举行重大项目集中开工活动\n本次集中开工的92个重大项目涵盖产业、基础设施等领域。\n\n15个分会场活动\n\n\n"
           "1.思明区:祥云实验学校项目,总投资3.7亿元\n\n\n"
           "2.湖里区:湖里区停车场PPP项目包(第一期)项目,总投资9.6亿元\n\n\n"
           "3.火炬管委会、同翔高新城片区指挥部:科华数能高端装备创新产业园项目,总投资13.2亿元\n\n\n"
           "4.马銮湾新城片区指挥部:马銮湾智慧科技产业园起步区A7地块项目,总投资5.5亿元")


def test_numbered_items_apart_keep_their_own_subjects():
    """08-xiamen-kaigong: the list of sub-venues, one item a paragraph; base: one sentence, so 翔安区 (item
    5) was the subject of every later item's 总投资 (13.2亿元, 5.5亿元 …)."""
    got = _metrics(extract_text(_XIAMEN))
    assert ("思明区", "总投资", 370000000, "元", None) in got, got
    assert ("湖里区", "总投资", 960000000, "元", None) in got, got
    assert not any(s in ("思明区", "湖里区") and v in (1320000000, 550000000) for s, _i, v, _u, _p in got), got


def test_a_wrapped_line_before_a_number_still_runs_on():
    """Guard: a sentence a blank line broke before a decimal (…增长 ⏎⏎ 2.5%) or after a comma still runs on."""
    doc = extract_text("经济运行\n全年地区生产总值增长\n\n2.5%，总量达到300亿元。")
    assert any(m.value == 2.5 and m.unit == "%" for m in doc.metrics), _metrics(doc)


def test_a_numeral_alone_on_its_line_is_no_word_of_the_next():
    """09-xiangcheng-kaigong: 四 ⏎ 项城市凯森制衣有限公司年产5000万件服装加工项目 (base: 四项城市凯森制衣有限公司)."""
    doc = extract_text("重点项目介绍\n三\n河南东方立业防水防腐材料有限公司项目\n四\n项城市凯森制衣有限公司年产5000万件服装加工项目\n"
                       "项城市凯森制衣有限公司年产5000万件服装加工项目:总投资5亿元,年度计划投资4.5亿元。")
    orgs = _names(doc, "Organization")
    assert "项城市凯森制衣有限公司" in orgs, orgs
    assert not any(n.startswith("四") for n in orgs | _names(doc, "Programme")), orgs


def test_kilolitres_are_a_unit():
    """08-xiamen-kaigong: 华润新建的年产能40万千升啤酒工厂项目 (base: 400000 with no unit)."""
    doc = extract_text("项目开工\n作为主会场，华润新建的年产能40万千升啤酒工厂项目总投资12.14亿元。")
    assert any(m.value == 400000 and m.unit == "千升" for m in doc.metrics), _metrics(doc)


def test_the_site_of_the_ceremony_is_no_article_place():
    """05-dayi-qianyue-kaigong: 大邑县在…，在大邑县沙渠街道五矿国际时尚运动健康城项目区举行了…仪式 (base: the
    article placed in 沙渠街道, and the county's 签约金额 306亿元 with it)."""
    assert article_place("3月27日上午，大邑县在大邑县沙渠街道五矿国际时尚运动健康城项目区举行了一季度重大项目"
                         "集中签约暨开工仪式。") == "大邑县"
    assert article_place("3月27日上午，大邑县一季度重大项目集中开工仪式在沙渠街道五矿项目区举行。") == "大邑县"


def test_a_township_holding_its_own_ceremony_keeps_it():
    """Guard: a township that holds the ceremony (沙渠街道在…项目区举行) is the article's place."""
    assert article_place("3月27日上午，大邑县沙渠街道在五矿项目区举行项目开工仪式。") == "沙渠街道"


def test_an_examples_township_is_no_subject_of_the_count():
    """07-fengxian-kaigong: 包括凤县古城河畔房车营地等6个文化旅游项目；…；黄牛铺镇菌类加工园等2个农业产业项目；
    智慧化绿色矿山建设等2个生态环保类项目 (base: both 2 个 黄牛铺镇's)."""
    got = _metrics(extract_text("项目开工\n8月30日，凤县举行重点项目集中开工仪式。本次开工的项目包括古城河畔房车营地等6个"
                                "文化旅游项目；黄牛铺镇菌类加工园等2个农业产业项目；智慧化绿色矿山建设等2个生态环保类项目。"))
    assert ("凤县", "农业产业项目", 2, "个", None) in got, got
    assert ("凤县", "生态环保类项目", 2, "个", None) in got, got


def test_a_township_acting_keeps_its_count():
    """Guard: a township opening its own sentence after the list (其中，黄牛铺镇开工…等2个…) is the subject."""
    got = _metrics(extract_text("项目开工\n8月30日，全市举行重点项目集中开工仪式。本次开工的项目包括古城河畔房车营地等6个"
                                "文化旅游项目。其中，黄牛铺镇开工菌类加工园等2个农业产业项目。"))
    assert ("黄牛铺镇", "农业产业项目", 2, "个", None) in got, got


def test_this_events_figures_take_no_year_from_a_look_back():
    """04-jingzhou-kaigong-qianyue: 全市2021年第一批重大项目集中开工…。何光中说，回望2020年，…。据了解，此次集中开工的
    项目…其中先进制造业项目达61个，总投资255亿元 (base: period 2020)."""
    got = _metrics(extract_text("项目集中开工\n1月8日上午，全市2021年第一批重大项目集中开工活动举行。何光中说，回望2020年，"
                                "我市坚持“大抓工业”，全市招商引资取得了丰硕成果。据了解，此次集中开工的项目涵盖先进制造等产业，"
                                "其中先进制造业项目达61个，总投资255亿元。"))
    periods = {p for _s, i, _v, _u, p in got if i in ("先进制造业项目", "总投资")}
    assert periods and "2020" not in periods, got


def test_a_reviewed_years_own_figures_keep_it():
    """Guard: figures of the review itself (回顾2020年，…。全年新开工项目61个) keep the reviewed year."""
    got = _metrics(extract_text("项目集中开工\n1月8日上午，全市2021年第一批重大项目集中开工活动举行。回顾2020年，"
                                "全市完成投资300亿元。全年新开工项目61个。"))
    assert any(i == "新开工项目" and p == "2020" for _s, i, _v, _u, p in got), got


_QINYUAN = ("长治:重点项目集中开工 投资71.73亿元\n原标题:沁源48个重点项目集中开工 总投资达71.73亿元\n"
            "沁源县2018秋冬季重点建设项目集中开工暨现场推进会日前在位于黄土坡岭下的小岭底村举行。"
            "本次集中开工总计48个项目，共设1个主会场和19个分会场。")


def test_a_reposts_headline_over_its_original_title():
    """02-qinyuan-kaigong: 长治:重点项目集中开工 投资71.73亿元 ⏎ 原标题:沁源48个… (base: no title, the headline read
    as the first paragraph)."""
    doc = extract_text(_QINYUAN)
    assert doc.articles[0].title == "长治:重点项目集中开工 投资71.73亿元", doc.articles[0].title
