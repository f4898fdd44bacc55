"""Round 72 (signing72): investment-promotion news (招商引资 集中签约仪式, 推介会, lists of projects signed)
from fresh texts of /tmp/s26/fresh/signing72 (聊城开发区, 吴川市, 通州湾, 筠连县, 大同经开区, 邹城经开区,
成都, 禹城市, 石泉县, 大兴区, 荆州市, 婺城区): a tier written out in numerals (又一百亿级项目) read as an
amount with no unit; a company's investment after 其中 read as the host county's; a company's sum of
money run into a project's name (…公司计划投资5亿元建设…项目 as one programme); 继 "following" glued to
a company (是继山能集团…后: 继山能集团); a country opening a project's name (中国绿色植保科技产业园项目
总投资…) read as the figure's subject; and a party committee opening a deputy secretary's posts
(区委副书记、区长某某…与14家企业签约) read as the subject of the firms counted; a government signing
with firms (吴川市政府与…公司签约,计划投资金额共17.5亿元) read as the subject of their investment; and
companies' short names listed before their count (中国融通、中建市政、中铁置业3家企业) or opening a clause with
their investment (精工科技拟投资3.5亿元) read as none, and a company's investment after 由 (项目由研祥集团投资
30亿元) read as the city's; the capacity of a project listed before 等N个项目 (年产10万吨纳米生物基新材料、…等24个
项目) read as the city's output."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subjects(doc) -> dict[tuple[str, float], str]:
    return {(m.indicator, m.value): doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_tier_written_in_numerals_is_no_amount():
    """06-zoucheng-devzone (山东邹城经济开发区): 又一百亿级项目成功签约, 园区签约的又一百亿级大项目 (base:
    级项目成功签约 10000000000 and 级大项目 10000000000, no unit); negative: an amount in numerals with
    its unit (产值达一百亿元) stays a figure."""
    doc = extract_text("某开发区招商引资再突破 又一百亿级项目成功签约\n该项目是园区签约的又一百亿级大项目。"
                       "全区打造一个千亿级产业集群,去年工业产值达一百亿元。")
    got = _metrics(doc)
    assert not any(u == "" and v >= 10 ** 9 for _i, v, u in got), got
    assert ("工业产值", 10 ** 10, "元") in got, got


def test_a_company_after_qizhong_owns_its_investment():
    """01-liaocheng-devzone (聊城开发区): 五个项目成功签约…。其中光大控股公司入股华建装备,融资1.2亿元
    (base: 融资 the zone's); the same for a company's plan in a county's batch; negative: an agency after
    其中 keeps its figure, and the batch's total stays the county's."""
    doc = extract_text("筠连县招商引资项目集中签约\n筠连县集中签约项目8个,总投资50亿元。其中,四川天宏新材料有限公司"
                       "计划投资12亿元建设新材料项目。")
    subj = _subjects(doc)
    assert subj.get(("计划投资", 1200000000)) == "四川天宏新材料有限公司", subj
    assert subj.get(("总投资", 5000000000)) == "筠连县", subj
    doc = extract_text("聊城开发区招商项目签约\n聊城开发区五个项目成功签约,投融资总额78.2亿元。其中光大控股公司入股华建装备,"
                       "融资1.2亿元。")
    assert _subjects(doc).get(("融资", 120000000)) == "光大控股公司", _subjects(doc)


def test_a_sum_of_money_breaks_a_company_s_project_name():
    """02-zhanjiang-wuchuan (广东吴川市): 天顺风能计划投资5亿元建设储能装备制造项目 (base, with the company's
    suffix: one Programme 天顺风能公司计划投资5亿元建设储能装备制造项目, and the investment its figure);
    negative: a capacity in a company's project (博源集团30万吨合成氨52万吨尿素项目) stays its name."""
    doc = extract_text("吴川市项目集中签约\n吴川市集中签约项目3个。天顺风能公司计划投资5亿元建设储能装备制造项目,"
                       "涵盖储能系统的研发、制造。")
    assert not any("亿元" in p for p in _names(doc, "Programme")), _names(doc, "Programme")
    assert _subjects(doc).get(("计划投资", 500000000)) == "天顺风能公司", _subjects(doc)
    doc = extract_text("某县项目集中签约\n某县宏峰股份公司投资建设汽车零部件项目。")
    assert not any("投资建设" in p for p in _names(doc, "Programme")), _names(doc, "Programme")
    doc = extract_text("重点项目开工\n博源集团30万吨合成氨52万吨尿素项目开工。")
    assert "博源集团30万吨合成氨52万吨尿素项目" in _names(doc, "Programme"), _names(doc, "Programme")


def test_ji_following_is_no_word_of_a_company():
    """06-zoucheng-devzone: 是继山能集团智慧制造园区项目落户开发区后 (base: 继山能集团 and its project
    继山能集团智慧制造园区项目); negative: 继 after no verb of being stays (继峰… at a text's start is base's
    own matter)."""
    doc = extract_text("开发区项目签约\n该项目是继山能集团智慧制造园区项目落户开发区后,园区签约的又一大项目。")
    orgs = _names(doc, "Organization")
    assert "山能集团" in orgs and "继山能集团" not in orgs, orgs
    doc = extract_text("开发区项目签约\n该市成为继宏达集团之后第二个签约城市。")
    assert "宏达集团" in _names(doc, "Organization"), _names(doc, "Organization")


def test_a_country_opening_a_project_s_name_is_no_subject():
    """06-zoucheng-devzone: 其中,中国绿色植保科技产业园项目总投资120亿元 (base: the subject 中国);
    negative: a country that is the clause's subject with a verb (中国新建项目投资) stays."""
    doc = extract_text("山东邹城经济开发区项目成功签约\n邹城经济开发区与中国空分工程有限公司完成项目签约。其中,中国绿色植保"
                       "科技产业园项目总投资120亿元。")
    subj = _subjects(doc)
    assert subj and not any(s == "中国" for s in subj.values()), subj
    doc = extract_text("对外合作成效明显\n今年以来,中国新建项目投资达120亿元。")
    assert any(s == "中国" for s in _subjects(doc).values()), _subjects(doc)


def test_a_deputy_secretary_s_committee_is_no_subject():
    """10-daxing-beijing (北京市大兴区): 大兴区委副书记、区长刘学亮…代表大兴区,与…14家企业进行了签约 (base: 企业
    14家 the 大兴区委's; the secretary alone, 县委书记某某, was already the place's)."""
    doc = extract_text("大兴区集中签约\n大兴区委副书记、区长刘学亮代表大兴区,与中国融通等14家企业进行了签约。")
    assert _subjects(doc).get(("企业", 14)) == "大兴区", _subjects(doc)
    doc = extract_text("石泉县集中签约\n石泉县委副书记、县长张明与8家企业进行了签约。")
    assert _subjects(doc).get(("企业", 8)) == "石泉县", _subjects(doc)


def test_a_government_signing_with_firms_is_no_subject_of_their_investment():
    """02-zhanjiang-wuchuan (广东吴川市): 吴川市政府与珠海金桥置业有限公司、…签约,计划投资金额共17.5亿元 (base:
    吴川市人民政府's); the same for 县政府与…公司签订投资协议,项目总投资10亿元; negative: an agency working
    with others and no signing keeps its own figure (县财政局与3家银行合作,发放贷款5000万元)."""
    doc = extract_text("吴川市项目集中签约\n吴川市政府与珠海金桥置业有限公司、上海伟嘉晶创光电科技有限公司签约,"
                       "计划投资金额共17.5亿元。")
    assert _subjects(doc).get(("计划投资金额", 1750000000)) == "吴川市", _subjects(doc)
    doc = extract_text("石泉县举行签约仪式\n县政府与陕西宏达新材料有限公司签订投资协议,项目总投资10亿元。")
    assert _subjects(doc).get(("项目总投资", 1000000000)) == "石泉县", _subjects(doc)
    doc = extract_text("石泉县加强政银合作\n县财政局与3家银行合作,发放贷款5000万元。")
    assert _subjects(doc).get(("贷款", 50000000)) == "石泉县财政局", _subjects(doc)


def test_short_company_names_listed_before_their_count():
    """10-daxing-beijing (北京市大兴区): 与中国融通、中建市政、…、江南信安等14家企业进行了签约, 央企类项目有中国融通、中建
    市政、中铁置业3家企业 (base: no company at all; 中国 the subject of 企业 3家 and 江南 a place); negative:
    kinds of firm listed before a count (规上企业、高新技术企业等12家企业) and people are no companies."""
    doc = extract_text("大兴区集中签约\n大兴区与中国融通、中建市政、中铁置业、庞大集团、恩力动力、江南信安等14家企业进行了签约。"
                       "其中,央企类项目有中国融通、中建市政、中铁置业3家企业。")
    orgs = _names(doc, "Organization")
    assert {"中国融通", "中建市政", "中铁置业", "庞大集团", "江南信安"} <= orgs, orgs
    assert not any(s in ("中国", "江南") for s in _subjects(doc).values()), _subjects(doc)
    assert "江南" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("园区企业发展\n园区内有规上企业、高新技术企业等12家企业。该镇有张三、李四、王五3家企业主参加。")
    assert not _names(doc, "Organization"), _names(doc, "Organization")


def test_a_firm_s_short_name_investing_at_a_clause_start():
    """07-chengdu-shenzhen (成都在深圳招商): 精工科技拟投资3.5亿元,在双流建设西部物流网智能卡个人数据中心 (base: no
    company; the figure 精工科技拟投资 the new area's), 海高投资公司拟投资6.2亿元 (an investment firm); negative: a
    common word before a trade (全市科技拟投入, 农业科技, 生物医药, 民间投资公司) is no firm."""
    doc = extract_text("成都在深圳招商签约\n天府新区是项目签约的重点。精工科技拟投资3.5亿元,在双流建设西部物流网智能卡"
                       "个人数据中心。")
    assert "精工科技" in _names(doc, "Organization"), _names(doc, "Organization")
    assert _subjects(doc).get(("拟投资", 350000000)) == "精工科技", _subjects(doc)
    doc = extract_text("成都在深圳招商签约\n天府新区是项目签约的重点。海高投资公司拟投资6.2亿元,在双流建设锂离子动力电池项目。")
    assert _subjects(doc).get(("拟投资", 620000000)) == "海高投资公司", _subjects(doc)
    doc = extract_text("某县招商引资\n今年,全市科技拟投入5亿元。该县农业科技计划投资3亿元,生物医药拟投资2亿元,"
                       "民间投资公司拟投资2亿元。")
    assert not _names(doc, "Organization"), _names(doc, "Organization")


def test_a_company_after_you_investing_owns_the_amount():
    """07-chengdu-shenzhen: 最大的一个工业项目由研祥集团投资30亿元,在蓉设立西南生产基地 (base: the city's);
    negative: money a county's finance puts in (由县财政投资500万元) stays the county's."""
    doc = extract_text("成都在深圳招商签约\n现场签约的16个项目中,先进制造业项目9个。最大的一个工业项目由研祥集团投资30亿元,"
                       "在蓉设立西南生产基地。")
    assert {s for (_i, v), s in _subjects(doc).items() if v == 3000000000} == {"研祥集团"}, _subjects(doc)
    doc = extract_text("石泉县新闻\n石泉县新建文化广场。该项目由县财政投资500万元建设。")
    assert {s for (_i, v), s in _subjects(doc).items() if v == 5000000} == {"石泉县"}, _subjects(doc)


def test_a_listed_project_s_capacity_is_no_output_of_the_place():
    """05-datong-devzone (大同经济技术开发区): 此次集中签约的有…汽车全铝制动系统、年产10万吨纳米生物基新材料、再生资源
    利用…等24个项目 (base: 大同市 纳米生物基新材料 100000吨); negative: a figure with no such lead before a
    list of projects (新增产能10万吨、…) and outputs listed with no projects stay."""
    doc = extract_text("大同经济技术开发区项目集中签约\n此次集中签约的有汽车全铝制动系统、年产10万吨纳米生物基新材料、再生资源利用、"
                       "大同碳谷产业园等24个项目,总投资350.73亿元。全市签约了年产5万吨饲料、年产2000吨茶叶加工等8个项目。")
    got = _metrics(doc)
    assert not any(u == "吨" for _i, _v, u in got), got
    assert ("总投资", 35073000000, "元") in got, got
    doc = extract_text("大同经济技术开发区项目集中签约\n此次集中签约的有——\n汽车全铝制动系统、\n年产10万吨纳米生物基新材料、\n"
                       "再生资源利用、\n大同碳谷产业园等24个项目,\n涵盖了新材料等领域,总投资350.73亿元。")
    assert not any(u == "吨" for _i, _v, u in _metrics(doc)), _metrics(doc)  # (the list written one item a line)
    doc = extract_text("某县经济运行\n全县新增产能10万吨、建成甲厂、乙厂等3个项目。全年粮食产量50万吨、蔬菜产量20万吨。")
    got = _metrics(doc)
    assert ("产能", 100000, "吨") in got and ("粮食产量", 500000, "吨") in got, got
