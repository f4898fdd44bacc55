"""Round 115 (keji115): science and technology news — 科技局/科技厅/科技部 reports on high-tech enterprise
certification, R&D spending, technology contracts and innovation platforms, at every level (鄞州区科技进步报告,
巩义 新增国家高新技术企业, 山东省全省科技工作会议, 西峡县科技特派员, a city bureau's 二十大 study note, 万盛
高企科企“双倍增”, 卸甲镇 and 头灶镇 and 边城镇 township stories, 科技部 technology-market release; fresh texts of
/tmp/s27/txt/keji115).  Fixes (base → now):
- an interview headline's verb before the interviewee's posts (——访市委常委、卸甲镇党委书记 周伟, 记者专访市委…):
  agency 访市委 → none (the post's body opens after 访/专访/采访, only before a party committee or government);
- a government's own tier keeps its name but loses the verb after it (区本级完成高新技术产业投资65.35亿元):
  区本级完成高新技术产业投资 → 区本级高新技术产业投资;
- verbs of certifying open a count's clause (认定通过国家高新技术企业13家, 新增认定高新技术企业3家):
  认定通过国家高新技术企业 → 国家高新技术企业;
- a place right before 级 is the rank of what is counted (全镇共建立镇江市级以上各类创新平台7个):
  级以上各类创新平台 → 镇江市级以上各类创新平台;
- the close of a frame 在…基础上 ends a counted noun and opens no indicator (在上个月首批通过7家国家高企基础上,
  在现有12个乡镇基础上新增2个): 国家高企基础上 → 国家高企, 乡镇基础上新增 → 新增乡镇;
- 首 of 首超 is an adverb (国家高企总数首超20家): 国家高企总数首 → 国家高企总数;
- a list judged by doubling hands each item its figure after 分别 (高新技术企业和科技型企业在2022年的基础上实现
  “双倍增”,分别超过90家和870家): 高新技术企业和科技型企业实现双倍增 ×2 → 高新技术企业 90, 科技型企业 870;
- a local scope word in the figure's own clause beats a campaign opening the sentence (“科技争投”主要
  指标稳中有进:2022年全区R&D经费占GDP比重达3.02%): subject 科技争投 → 鄞州区;
- 像…这样的 opening a count's clause (在该县像他这样的科技特派员共有120人): 像他这样的科技特派员 → 科技特派员;
- an item ranked by its figure (技术服务合同以3684.1亿元成交额居首): 成交额居首 → 技术服务合同成交额."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def _subjects(doc) -> dict[str, str | None]:
    return {m.indicator: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_an_interview_verb_opens_no_agency():
    """07-xiejia-town: ——访市委常委、卸甲镇党委书记 周伟; base: an agency 访市委 the person held a post of."""
    doc = extract_text("激发科技创新活力——访市委常委、卸甲镇党委书记 周伟\n2023年08月07日\n近日，卸甲镇党委书记周伟在接受记者采访时说。")
    got = _agencies(doc)
    assert "访市委" not in got, got
    assert "卸甲镇党委" in got, got
    doc = extract_text("新闻\n记者专访市委常委、秘书长王强。")
    assert not any(a.startswith(("专访", "记者")) for a in _agencies(doc)), _agencies(doc)


def test_a_petition_bureau_keeps_its_name():
    """Guard: 访 inside a body's name (县信访局, 市委信访办) is no interview verb."""
    doc = extract_text("信访工作\n县信访局局长张明接待群众。市委信访办主任李刚参加。")
    got = _agencies(doc)
    assert "县信访局" in got and "市委信访办" in got, got


def test_an_own_tier_loses_the_verb_after_it():
    """01-yinzhou-report: 区本级完成高新技术产业投资 65.35 亿元; 区本级实现技术交易额 99.8 亿元; base: the verbs
    完成 and 实现 inside the indicator."""
    doc = extract_text("鄞州区科技局\n2023年，区本级完成高新技术产业投资 65.35 亿元，同比增长 42.3%；"
                       "区本级实现技术交易额 99.8 亿元。")
    got = _indicators(doc)
    assert "区本级高新技术产业投资" in got and "区本级技术交易额" in got, got


def test_an_own_tier_alone_keeps_its_measure():
    """Guard (caizheng97): a tier with a bare verb (其中:市本级完成44.11亿元) still takes the whole's measure."""
    doc = extract_text("常德市财政\n全市累计完成一般公共预算支出227.53亿元，增长9.39%。其中:市本级完成44.11亿元。")
    assert ("市本级一般公共预算支出", 4411000000, "元") in _metrics(doc), _metrics(doc)


def test_certifying_verbs_are_no_word_of_the_count():
    """02-gongyi-gaoqi: 2019年我市认定通过国家高新技术企业13家; 07-xiejia-town: 新增认定高新技术企业3家; base:
    认定通过国家高新技术企业, 认定高新技术企业."""
    doc = extract_text("巩义市科技局\n2019年我市认定通过国家高新技术企业13家。2023年新增认定高新技术企业3家。")
    got = _metrics(doc)
    assert ("国家高新技术企业", 13, "家") in got and ("高新技术企业", 3, "家") in got, got


def test_a_certification_noun_stays():
    """Guard: 认定 opening a noun of its own (认定标准化示范企业 keeps nothing of 认定标准 cut) is not read as
    the verb: 认定工作 stays a word of the indicator."""
    doc = extract_text("某县科技局\n全年完成认定工作任务5项。")
    assert any(i.startswith("认定工作") for i in _indicators(doc)), _indicators(doc)


def test_a_place_before_ji_is_the_rank_of_the_platforms():
    """10-biancheng-town: 全镇共建立镇江市级以上各类创新平台7个; base: 级以上各类创新平台."""
    doc = extract_text("边城镇\n截至9月份，全镇共建立镇江市级以上各类创新平台7个。")
    assert ("镇江市级以上各类创新平台", 7, "个") in _metrics(doc), _metrics(doc)
    assert _subjects(doc).get("镇江市级以上各类创新平台") == "边城镇", _subjects(doc)


def test_a_place_opening_the_clause_is_still_cut():
    """Guard: a place opening the clause with no 级 after it stays the subject, no word of the indicator."""
    doc = extract_text("边城镇\n今年镇江市完成投资5亿元。")
    assert ("投资", 500000000, "元") in _metrics(doc), _metrics(doc)


def test_the_close_of_a_frame_ends_the_counted_noun():
    """08-touzao-town: 在上个月首批通过7家国家高企基础上，头灶镇再次通过3家国家高企认定; base: 国家高企基础上;
    在现有12个乡镇基础上新增2个; base: 乡镇基础上新增 for both figures."""
    doc = extract_text("头灶镇\n在上个月首批通过7家国家高企基础上，头灶镇再次通过3家国家高企认定。")
    assert ("国家高企", 7, "家") in _metrics(doc), _metrics(doc)
    doc = extract_text("某县\n在现有12个乡镇基础上新增2个。")
    got = _metrics(doc)
    assert ("乡镇", 12, "个") in got and not any("基础上" in i for i, _v, _u in got), got


def test_shou_of_shouchao_is_an_adverb():
    """08-touzao-town (title): 头灶镇国家高企总数首超20家; base: 国家高企总数首."""
    doc = extract_text("头灶镇\n头灶镇国家高企总数首超20家。")
    assert ("国家高企总数", 20, "家") in _metrics(doc), _metrics(doc)


def test_a_list_judged_by_doubling_gives_each_item_its_figure():
    """06-wansheng-shuangbeizeng: 到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和
    870家; base: 高新技术企业和科技型企业实现双倍增 for both."""
    doc = extract_text("万盛经开区科技局\n到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家。")
    got = _metrics(doc)
    assert ("高新技术企业", 90, "家") in got and ("科技型企业", 870, "家") in got, got


def test_a_local_scope_beats_a_campaign_heading_the_figures():
    """01-yinzhou-report: “科技争投”主要指标稳中有进:2022 年全区 R&D 经费占 GDP 比重达 3.02%; base: subject the
    programme 科技争投."""
    doc = extract_text("鄞州区科技局\n2023 年，鄞州区科技局强力推进创新深化。\n"
                       "“科技争投”主要指标稳中有进：2022 年全区 R&D 经费占 GDP 比重达 3.02%。")
    got = _subjects(doc)
    assert got.get("R&D 经费占 GDP 比重") == "鄞州区", got


def test_a_likeness_is_no_word_of_those_counted():
    """04-xixia-tepaiyuan: 在该县像他这样的科技特派员共有120人; base: 像他这样的科技特派员."""
    doc = extract_text("西峡县科技特派员\n在该县像他这样的科技特派员共有120人。")
    assert ("科技特派员", 120, "人") in _metrics(doc), _metrics(doc)


def test_an_item_ranked_by_its_figure_measures_the_noun_after_it():
    """09-most-jishushichang: 四类技术合同中，技术服务合同以3684.1亿元成交额居首，同比增长0.7%; base: 成交额居首 (and
    成交额居首同比增长)."""
    doc = extract_text("科技部\n四类技术合同中，技术服务合同以3684.1亿元成交额居首，同比增长0.7%。")
    got = _indicators(doc)
    assert "技术服务合同成交额" in got and not any("居首" in i for i in got), got


def test_a_figure_used_by_a_verb_is_no_rank():
    """Guard: 以 before a figure with no verb of ranking after its noun (以500万元资金支持企业研发) keeps its reading,
    and a share ranked so (工业以8.5%的增幅位居全省第一) stays 工业增幅."""
    doc = extract_text("某省\n工业以8.5%的增幅位居全省第一。")
    assert ("工业增幅", 8.5, "%") in _metrics(doc), _metrics(doc)
