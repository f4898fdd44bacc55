"""Round 106 (qianxin106): wage arrears and labour inspection — 全总's figures of the 2021 根治欠薪冬季专项行动
(国务院根治拖欠农民工工资工作领导小组), 人社部's third 拖欠农民工工资“黑名单”, Shanxi's 冬季攻坚行动, Hainan's
红黑榜, Gansu's 重大劳动保障违法行为 and 失信联合惩戒名单, 十堰's case news (张湾区劳动保障监察局), 泉州's ten
cases, 华安县's 节前专项行动, 金乡县's 劳动保障执法监察大队 and 钟祥市's 工资专户 (fresh texts of
/tmp/s27/txt/qianxin106).  Fixes: a count of people whose noun runs on into their pay (拖欠38名劳动者工资达
167.3万元) counts the people, the pay is the amount's; the workers owed after a name and 等 (拖欠周某某等22人…
工资) are counted; a bare count in 万 after 为 (为62.93万职工追回被拖欠工资) is of people, in 人, the verb no word
of the noun; a clause after a semicolon that dates its figure right after the count's noun (拖欠9名工人2018年
3月—9月份工资) takes that period, not the clause before's; the State
Council's group on wage arrears a national organ; 开展的 and a year (2021年度) after the verb no part of a
campaign's name; a company or branch named by 海南 alone sits in the province, not in 海南藏族自治州."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _relations(doc) -> set[tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), r.predicate, names.get(r.object)) for r in doc.relations}


def test_a_count_of_workers_is_not_their_pay():
    """04-hainan: 海南建新装饰工程有限公司拖欠38名劳动者工资达167.3万元 (base: both figures 劳动者工资);
    05-gansu: 拖欠14名劳动者劳动报酬28.73万元的… (base: both 劳动者劳动报酬); 06-shiyan: 拒不支付28名农民工
    工资35.7万元 (base: 农民工工资 for the 28 workers)."""
    doc = extract_text("用工\n其中海南建新装饰工程有限公司拖欠38名劳动者工资达167.3万元，为拖欠工资金额最多的企业。")
    got = _metrics(doc)
    assert ("劳动者", 38, "名") in got, got
    assert ("工资", 1673000, "元") in got, got
    doc = extract_text("惩戒\n同时，拖欠14名劳动者劳动报酬28.73万元的甘肃嘉龙建材有限公司被列入失信联合惩戒名单。")
    got = _metrics(doc)
    assert ("劳动者", 14, "名") in got, got
    assert ("劳动报酬", 287300, "元") in got, got
    doc = extract_text("案件\n经查，项目负责人曾某涉嫌拒不支付28名农民工工资35.7万元。")
    got = _metrics(doc)
    assert ("农民工", 28, "名") in got, got
    assert ("工资", 357000, "元") in got, got


def test_the_workers_owed_after_a_name_and_deng_are_counted():
    """05-gansu: 拖欠蒲某某等5人2021年4月至7月期间工资5.27万元, 拖欠李某某等32人…共计5个月工资53.96万元 (base: no
    count, read as only summing up the names); 拖欠22名工人工资8万元 (base: 工人工资 for the 22 workers: 人工
    across 工人|工资 is no word of it)."""
    doc = extract_text("公告\n甘肃宏森盛商贸有限公司在白银市的经营中，拖欠周某某等22人2021年3月至12月期间工资86386元。")
    got = {(m.value, m.unit): m.period for m in doc.metrics}
    assert got.get((22, "人")) == "2021-03/2021-12", got
    doc = extract_text("公告\n该公司拖欠张某等22名工人工资8万元。")
    got = _metrics(doc)
    assert ("工人", 22, "名") in got, got
    assert ("工资", 80000, "元") in got, got


def test_a_gangs_size_after_hidden_names_stays_no_figure():
    """Guard: 打掉廖某某等27人把持基层政权等一批黑恶势力犯罪 and 张三等22名工人到场 only sum up the names."""
    assert not extract_text("扫黑\n打掉廖某某等27人把持基层政权等一批黑恶势力犯罪。").metrics
    assert not extract_text("现场\n张三等22名工人到场。").metrics


def test_a_count_of_projects_keeps_its_noun():
    """Guard: a count in a unit of things (个) is no count of people, its noun stays as it was
    (钟祥: 实现115个在建项目工资“零拖欠”), and a count of people with a verb after it keeps its measure."""
    doc = extract_text("治欠\n今年以来，全市实现115个在建项目工资“零拖欠”。")
    assert any(m[1:] == (115, "个") and m[0].startswith("在建项目") for m in _metrics(doc)), _metrics(doc)
    doc = extract_text("就业\n全县共有1200名农民工返乡创业。")
    assert any(m[1:] == (1200, "名") and m[0].startswith("农民工") for m in _metrics(doc)), _metrics(doc)


def test_a_bare_count_of_workers_served_is_in_people():
    """01-quanzong: 为62.93万职工追回被拖欠工资73.62亿元，其中为56.89万农民工追回被拖欠工资68.62亿元 (base:
    indicators 职工追回 and 农民工追回, no unit; the amounts 被拖欠工资)."""
    doc = extract_text("专项行动\n专项行动期间，各级工会为62.93万职工追回被拖欠工资73.62亿元，"
                       "其中为56.89万农民工追回被拖欠工资68.62亿元。")
    got = _metrics(doc)
    assert ("职工", 629300, "人") in got, got
    assert ("农民工", 568900, "人") in got, got
    assert ("追回被拖欠工资", 7362000000, "元") in got, got


def test_a_clause_dates_its_count_after_the_noun():
    """07-quanzhou: 泉州铂金酒店有限公司于2017年2月—2018年8月期间违法使用1名童工；晋江勇冠服饰有限公司拖欠9名
    工人2018年3月—9月份工资 (base: every clause after the first took 2017-02/2018-08).  The first clause
    keeps its own period."""
    doc = extract_text("通报\n近日，泉州市人社局通报10起案件。泉州铂金酒店有限公司于2017年2月—2018年8月期间违法使用"
                       "1名童工；晋江勇冠服饰有限公司拖欠9名工人2018年3月—9月份工资；福建神州电子股份有限公司拖欠35名"
                       "劳动者2017年10月—2018年7月份工资。")
    got = {(m.indicator, m.value): m.period for m in doc.metrics}
    assert got.get(("童工", 1)) == "2017-02/2018-08", got
    assert got.get(("工人", 9)) == "2018-03/2018-09", got
    assert got.get(("劳动者", 35)) == "2017-10/2018-07", got


def test_a_clause_with_its_own_period_keeps_it():
    """Guard: a period after a comma opens the next clause, no time of the count before it; a clause that
    names its period before the figure keeps it."""
    doc = extract_text("检查\n2021年，全县检查用人单位120家；2022年检查用人单位150家，2023年以来又检查80家。")
    got = {(m.indicator, m.value): m.period for m in doc.metrics}
    assert got.get(("检查用人单位", 150)) == "2022", got


def test_the_state_councils_wage_group_runs_the_winter_campaign():
    """01-quanzong: 国务院根治拖欠农民工工资工作领导小组组织开展的2021年度根治欠薪冬季专项行动已收官 (base: only
    国务院, and no campaign: the year after the verb; with no year, 的根治欠薪冬季专项行动)."""
    doc = extract_text("欠薪\n国务院根治拖欠农民工工资工作领导小组组织开展的2021年度根治欠薪冬季专项行动已收官。")
    assert "国务院根治拖欠农民工工资工作领导小组" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("国务院根治拖欠农民工工资工作领导小组", "runs", "根治欠薪冬季专项行动") in _relations(doc), _relations(doc)


def test_the_relative_and_the_year_after_the_verb_are_no_part_of_a_campaign():
    """01-quanzong: 组织开展的2021年度根治欠薪冬季专项行动 (base: with no year, the campaign 的根治欠薪冬季专项行动;
    with the year, none)."""
    doc = extract_text("欠薪\n省人社厅组织开展的根治欠薪冬季专项行动已收官。")
    assert "根治欠薪冬季专项行动" in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("欠薪\n县人社局开展2021年根治欠薪冬季专项行动。")
    assert "根治欠薪冬季专项行动" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_time_since_a_year_names_no_campaign():
    """Guard: 开展了2020年以来的专项行动 — the year and 以来 date the work, no campaign is named."""
    doc = extract_text("工作\n全县开展了2020年以来的专项行动。")
    assert not any("以来" in n for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_a_company_named_by_hainan_is_in_the_province():
    """04-hainan: 中国移动通信集团海南有限公司 (base: locatedIn 海南藏族自治州, whose stem alone is no name of it)."""
    doc = extract_text("诚信\n劳动用工管理诚信企业包括中国移动通信集团海南有限公司等10家企业。")
    rels = _relations(doc)
    assert ("中国移动通信集团海南有限公司", "locatedIn", "海南省") in rels, rels
    assert not any(o == "海南藏族自治州" for _s, _p, o in rels), rels


def test_a_prefectures_own_short_name_keeps_it():
    """Guard: 海南州 and a prefecture with no province of its stem (恩施) still name the prefecture."""
    rels = _relations(extract_text("金融\n中国建设银行海南州分行召开会议。"))
    assert ("中国建设银行海南州分行", "locatedIn", "海南藏族自治州") in rels, rels
    rels = _relations(extract_text("金融\n中国建设银行恩施分行开展活动。"))
    assert ("中国建设银行恩施分行", "locatedIn", "恩施土家族苗族自治州") in rels, rels
