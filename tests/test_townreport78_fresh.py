"""Round 78 (townreport78): township and street work reports and summaries (乡镇/街道 政府工作报告,
年度工作总结, 上半年工作总结, 工作计划) from fresh texts of /tmp/s26/fresh/townreport78 (浙江安吉县昌硕街道,
山东汶上县中都街道, 上海长宁区新华路街道, 四川剑阁县, 福建古田县平湖镇, 安徽广德市卢村乡, 山西长子县南漳镇,
云南姚安县适中乡).  Fixes: a hard-wrapped report whose page set spaces around its figures wraps at
one width only with the spaces counted (layout); 全县首家, 全市首个, 全省首批 rank a thing first of its
kind in the whole, no subject for the figures after it (metrics.rank_place_after); a township congress's
presidium (乡人大主席团主席) is an inner body kept in the post (posts.tsv); a clause naming nominees
(拟任…副区长人选赵海洋、董冲) opens no resume of the name before it (posts_words resume_nominees); a count
of sites named in quotes reads the head noun after the quote and a grade before it (10个省级“双微”提升点,
2个“四好农村路”示范点: numbers); 亩均 and 户均 are whole words of a counted noun (numbers.noun_whole)."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


_WRAPPED_REPORT = (
    "平湖镇2023年政府工作报告\n"
    "各位代表：\n"
    "现在，我代表平湖镇人民政府向大会报告政府工作，\n"
    "请各位代表予以审议，并请列席同志提出意见。\n"
    "2022 年工作回顾\n"
    "2022 年是党的二十大召开之年，是实施“十四五”规划的\n"
    "重要一年。这一年来，镇政府在县委、县政府和镇党委的\n"
    "坚强领导下，在镇人大的监督支持下，以习近平新时代中\n"
    "国特色社会主义思想为指导，深入贯彻党的二十大精神，\n"
    "全面落实“三提三效”行动部署，全面融入“数字古田、绿色\n"
    "古田、开放古田、健康古田、魅力古田”建设，团结带领全\n"
    "镇广大干部和群众，不忘初心、牢记使命，奋力攻坚、狠\n"
    "抓落实，顺利完成了镇第十九届人民代表大会第一次会议\n"
    "确定的各项目标任务。预计 2022 年全镇实现工农业总值\n"
    "31.88 亿元，增长 7%，其中农业总产值 17.2 亿元，增长\n"
    "5.5%，工业总产值 14.68 亿元，增长 9%；完成财政总收入\n"
    "1246.34 万元；固定资产投资 0.99 亿元；农民人均可支配收\n"
    "入23631 元，增长 9%。\n")


def test_a_wrap_with_spaces_around_figures_joins_its_lines():
    """05-gutian-pinghu-town-report (福建古田县平湖镇, 政府工作报告 set from a PDF): the figure lines
    (`31.88 亿元，增长 7%，…增长` ⏎ `5.5%，…`) fill the prose lines' width only with the spaces the page
    set around figures (base: no wrap width, each sentence cut at its line's end: 31.88亿元 and
    1246.34万元 read as 金额, 5.5% with the indicator %)."""
    got = _metrics(extract_text(_WRAPPED_REPORT))
    assert ("工农业总值", 3188000000, "元") in got, got
    assert ("财政总收入", 12463400, "元") in got, got
    assert not any(ind in ("金额", "%") for ind, _, _ in got), got


def test_a_list_of_short_lines_with_figures_is_no_wrap():
    """The negative: a list of figures one a line (no prose at one width) stays apart, line by line."""
    doc = extract_text("全镇主要指标\n地区生产总值 12.5 亿元\n财政收入 3200 万元\n固定资产投资 4.1 亿元\n"
                       "农民人均可支配收入 21000 元\n")
    got = _metrics(doc)
    assert ("财政收入", 32000000, "元") in got, got
    assert ("固定资产投资", 410000000, "元") in got, got


def _subjects(doc) -> dict[str, str]:
    return {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_the_first_in_the_county_is_a_rank_not_the_subject():
    """01-anji-changshuo-street (浙江安吉县昌硕街道, 2022年工作总结): 建成运营“青创加油站”，打造全县首家大学生
    创业基地，累计孵化创业项目11个…完成固定投资3.65亿元 (base: 安吉县 the subject of those figures and of
    every later one of the paragraph)."""
    doc = extract_text("昌硕街道2022年工作总结\n一是激发主体活力，推动城乡共兴。全年完成财政收入12.8亿元，增长25%。"
                       "建成运营“青创加油站”，打造全县首家大学生创业基地，累计孵化创业项目11个，服务大学生及商户4600余人。"
                       "金银岛、离城等五大综合体相继开工、竣工，完成固定投资3.65亿元。")
    got = _subjects(doc)
    assert got.get("累计孵化创业项目") == "昌硕街道", got
    assert got.get("固定投资") == "昌硕街道", got


def test_the_county_as_a_scope_still_holds_its_figures():
    """The negative: 全县 the scope of its own figures (全县新增规上企业12家) stays the county's."""
    doc = extract_text("安吉县经济运行情况\n今年以来，全县新增规上工业企业12家，完成固定资产投资85亿元。")
    got = _subjects(doc)
    assert got.get("固定资产投资") == "安吉县", got


def _posts(doc) -> set[tuple[str, str, str]]:
    return {(doc.entities[r.key[0]].name, p["post"], doc.entities[r.key[2]].name)
            for r in doc.relations if r.key[1] == "holdsPost" for p in r.posts}


def test_the_presidium_chair_of_a_township_congress():
    """08-yaoan-shizhong-township-congress (云南姚安县适中乡人代会): 乡第十九届人民代表大会主席团主席张建文代表…作工作
    报告 (base: no post; the bare 乡人大主席 was read, the presidium's chair was not)."""
    doc = extract_text("适中乡召开人代会\n1月10日，适中乡第十九届人民代表大会第二次会议开幕。乡党委书记申光著主持会议。"
                       "乡人大主席团主席张建文作工作报告。平湖镇人大主席团副主席李四出席。")
    got = _posts(doc)
    assert ("张建文", "主席团主席", "适中乡人大") in got, got
    assert ("李四", "主席团副主席", "平湖镇人大") in got, got


def test_a_clause_of_nominees_opens_no_resume():
    """The check of the presidium post on appoint73/06 (新华区人大常委会): …区委组织部部长龚宪君，拟任区人民政府副区长
    人选赵海洋、董冲、朱平生，…，焦店镇人大主席团主席，… (with 主席团 read, and on base with the bare 焦店镇人大主席:
    龚宪君 given that chair, read as the subject of a resume opening with 拟任).  A person's own nomination
    still reads."""
    doc = extract_text("新华区人大常委会召开会议\n8月13日上午，区十届人大常委会第三十六次会议召开。区人大党组书记、主任吕晋"
                       "主持会议，区委副书记、区人民政府区长张伟民，区委常委、区委组织部部长龚宪君，拟任区人民政府副区长"
                       "人选赵海洋、董冲、朱平生，区人民法院院长杨红卫，区人民检察院副检察长李新军，焦店镇人大主席，"
                       "各街道人大工委主任以及拟任职的有关人员列席会议。")
    got = _posts(doc)
    assert not any(name == "龚宪君" and "主席" in post for name, post, _ in got), got
    assert ("龚宪君", "部长", "新华区委组织部") in got, got
    doc = extract_text("干部任前公示\n刘洋，拟任县财政局局长人选，现任县财政局副局长。")
    assert ("刘洋", "局长", "县财政局") in _posts(doc), _posts(doc)


def test_a_quoted_name_counted_keeps_its_head_and_grade():
    """06-guangde-lucun-township-report (安徽广德市卢村乡): 打造10个省级“双微”提升点 (base: the indicator 省级);
    创建5个市级“美丽庭院”示范村，新建2个“四好农村路”示范点 (base: 市级, and 四好农村路 without its head)."""
    doc = extract_text("卢村乡2023年政府工作报告\n笄山大王村打造3A级村庄，建成3个露营地，打造10个省级“双微”提升点。"
                       "全乡创建5个市级“美丽庭院”示范村，新建2个“四好农村路”示范点。")
    got = _metrics(doc)
    assert ("省级双微提升点", 10, "个") in got, got
    assert ("市级美丽庭院示范村", 5, "个") in got, got
    assert ("四好农村路示范点", 2, "个") in got, got


def test_a_verb_after_the_quote_is_no_head():
    """The negative: 9个“明星村”上榜, 3393个“健康小屋”，…: a verb or a clause mark after the quote, the name alone."""
    doc = extract_text("某县工作综述\n全县建成3393个“健康小屋”，覆盖群众10万人。今年9个“明星村”上榜。")
    got = _metrics(doc)
    assert ("健康小屋", 3393, "个") in got, got
    assert ("明星村", 9, "个") in got, got


def test_per_mu_is_no_adverb_cutting_the_noun():
    """01-anji-changshuo-street: 完成256家企业亩均税收调查 (base: the indicator 企业亩, its 均 read as an adverb)."""
    doc = extract_text("昌硕街道2022年工作总结\n完成256家企业亩均税收调查，出清38家省市县高耗低效工业企业。")
    got = _metrics(doc)
    assert ("企业亩均税收调查", 256, "家") in got, got
    assert not any(ind == "企业亩" for ind, _, _ in got), got
