"""Round 71 (henan71): ordinary county, township and village news of 河南 and 安徽's north, from fresh texts of
/tmp/s26/fresh/henan71 (周口 美丽庭院示范村, 阜阳 芦村镇, 平舆县 小吴村, 舞阳县 马村乡, 鹿邑县): a named committee's
office written in full (…指导委员会办公室) read as the committee, a piece rate quoted after its amount
(工价0.25元一个) read as 一个 counted, and a villager named as he goes about his day (村民张秀英正在…) read as
no person, a writer credited as 采写: read as no person, and a township's own report naming a company of
another province (江苏凯迪亚新型材料) read as that province's story; a count in Chinese numerals (十名皖美村支书)
read as a village's name."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_committee_s_office_written_in_full_is_the_office():
    """02-zhoukou-meili-tingyuan (周口网): 河南省妇女联合会、河南省精神文明建设指导委员会办公室…四部门联合发起
    (base: the committee 河南省精神文明建设指导委员会, its office's 办公室 dropped)."""
    doc = extract_text("周口6村获评美丽庭院示范村\n在河南省妇女联合会、河南省精神文明建设指导委员会办公室联合发起的"
                       "评选活动中,周口市获得6个示范村命名。")
    agencies = _names(doc, "Agency")
    assert "河南省精神文明建设指导委员会办公室" in agencies, agencies
    assert "河南省精神文明建设指导委员会" not in agencies, agencies
    safety = extract_text("安委办部署检查\n周口市安全生产委员会办公室印发通知,部署节前安全检查。")
    assert "周口市安全生产委员会办公室" in _names(safety, "Agency"), _names(safety, "Agency")
    # the committee written alone stays the committee
    alone = extract_text("安委会召开全体会议\n周口市安全生产委员会召开全体会议,研究部署安全生产工作。")
    assert "周口市安全生产委员会" in _names(alone, "Agency"), _names(alone, "Agency")


def test_a_piece_rate_after_the_amount_is_per_piece():
    """05-wuyang-macun-industry (网易河南, 舞阳县马村乡): 一个吨包的配帽就做好了,工价0.25元一个 (base: the
    indicator 一个 for 0.25元)."""
    doc = extract_text("马村乡扶贫车间带动就业\n在马村乡盛发塑编编织厂,吨包配帽的工价0.25元一个,熟练工一天能做三百多个。")
    assert any(i.endswith("工价") and (v, u) == (0.25, "元/个") for i, v, u in _metrics(doc)), _metrics(doc)
    assert not any(m.indicator == "一个" for m in doc.metrics), _metrics(doc)
    # a span of time after the amount stays no piece (月工资3000元一个月)
    month = extract_text("工资发放\n该厂工人月工资3000元一个月。")
    assert not any(m.unit == "元/个" for m in month.metrics), _metrics(month)


def test_a_villager_named_as_he_goes_about_his_day_is_a_person():
    """05-wuyang-macun-industry (舞阳县马村乡): 放磨店村村民王玉环像往常一样,早早地来到了村头的盛发塑编编织厂
    (base: no person after 村民 unless a verb of speech closes the name)."""
    doc = extract_text("马村乡产业兴\n走进马村乡放磨店村,村民张秀英正在田里摘辣椒,种植大户李建国一边查看长势一边介绍。")
    assert {"张秀英", "李建国"} <= _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("马村乡产业兴\n放磨店村村民王秀兰像往常一样,早早地来到了村头的编织厂。")
    assert "王秀兰" in _names(doc, "Person"), _names(doc, "Person")
    # a word after the role noun is no name, whatever adverb follows
    words = extract_text("村里开展评选\n全村村民小组正在开展评选,村民代表正在投票。")
    assert not _names(words, "Person"), _names(words, "Person")


def test_a_writer_credited_as_gathering_and_writing_is_a_person():
    """02-zhoukou-meili-tingyuan (周口网): 采写:周口广电全媒体记者 张博越 (base: no person; 采写: read as no role)."""
    doc = extract_text("周口6村获评美丽庭院示范村\n周口市获得6个示范村命名。\n采写:周口广电全媒体记者 张博越\n责编 锦勤")
    assert "张博越" in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("周口6村获评美丽庭院示范村\n周口市获得6个示范村命名。\n采写:张博越 王小明")
    assert {"张博越", "王小明"} <= _names(doc, "Person"), _names(doc, "Person")


def test_a_township_s_own_report_is_about_the_township_not_a_company_s_province():
    """09-weizhuang-town-report (怀远县魏庄镇政府工作报告): 2018年全镇财政收入466.43万元…超额完成县政府下达目标任务;
    洽谈引进和盛养殖、江苏凯迪亚新型材料、隆海物流等企业 (base: the article's place 江苏省, from the company's name,
    and the town's figures given to 江苏省)."""
    text = ("魏庄镇2018年政府工作报告\n魏庄镇人民政府镇长 杨杰\n"
            "经济持续稳健发展。2018年全镇财政收入466.43万元,较去年增长24.7%,超额完成县政府下达目标任务;洽谈引进"
            "和盛养殖、江苏凯迪亚新型材料、隆海物流等企业,完成招商引资完成目标任务3000万元。\n"
            "现代农业量效齐增。全面完成植树造林1100亩,超目标任务200亩,投入资金11万元;完成“一事一议”农业财政奖补项目7个。")
    doc = extract_text(text)
    subjects = {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get("植树造林", subjects.get("全面完成植树造林")) == "魏庄镇", subjects
    assert "江苏省" not in subjects.values(), subjects
    # a county's story held in a town stays the county's, not the town's (no 全镇: the county speaks)
    county = extract_text("魏庄镇召开全县秸秆禁烧工作会议\n县委、县政府在魏庄镇召开全县秸秆禁烧工作会议,全县完成植树造林1100亩。")
    assert not any(county.entities[m.subject].name == "魏庄镇" for m in county.metrics if m.subject in county.entities)


def test_a_count_in_chinese_numerals_opens_no_village_s_name():
    """08-mengcheng-village-secretary (涡河网, 亳州蒙城县): 评选出蒙城县十名皖美村支书 (base: a village 十名皖美村 of
    蒙城县)."""
    doc = extract_text("蒙城“皖美村书记”擂台赛圆满落幕\n经过乡镇初赛、县级预赛、最终决赛,评选出蒙城县十名皖美村支书。")
    assert not any(n.startswith("十名") for n in _names(doc, "Place")), _names(doc, "Place")
    # a village whose name opens with a numeral keeps it (三家村)
    named = extract_text("三家村召开村民大会\n蒙城县三家村召开村民大会,研究人居环境整治。")
    assert "三家村" in _names(named, "Place"), _names(named, "Place")
