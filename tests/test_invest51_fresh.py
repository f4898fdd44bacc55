"""Round 51 (invest51): investment promotion, signing and development-zone news from fresh texts of
/tmp/s26/fresh/invest51 (滨州高新区, 烟台高新区, 苏州高新区, 安庆市, 商务部 via 人民日报): a signing told
as a feat (一举签下) opens no indicator; the guests a body's head is one of (签约嘉宾) are no word of
its name; a body's award to a park names no project; a -化 manner of making (智能化工厂) is a kind of
plant, no body; 实际投入外资 keeps its words; 县(市)区 is one noun of the divisions counted; 南大 is
南京大学, no place."""
from __future__ import annotations

from conftest import extract_text, post_pairs


def _metrics(doc) -> list[tuple[str | None, str, float, str]]:
    """(subject name, indicator, value, unit) of every metric of `doc`."""
    names = {k: e.name for k, e in doc.entities.items()}
    return [(names.get(m.subject), m.indicator, m.value, m.unit) for m in doc.metrics]


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


_BINZHOU = "滨州高新区2023年招商引资项目集中签约仪式举行\n12月28日,滨州高新区2023年招商引资项目集中签约仪式顺利举行。"


def test_a_signing_told_as_a_feat_opens_no_indicator():
    """滨州高新区: 高新区聚焦无人机、医养健康…等多个领域,一举签下总投资112.95亿元的35个项目 (base:
    indicator 一举签下总投资)."""
    doc = extract_text(_BINZHOU + "本次集中签约仪式,高新区聚焦无人机、医养健康、新材料等多个领域,"
                       "一举签下总投资112.95亿元的35个项目,为产业高质量发展注入强劲动能。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 11295000000}
    assert inds == {"总投资"}, _metrics(doc)


def test_the_signing_guests_are_no_word_of_a_body_s_name():
    """滨州高新区: 李春田、吴启晖、杨金才及签约嘉宾南京航空航天大学无人机研究院院长、南京长空科技有限公司
    总经理燕雪峰…分别致辞 (base: an organisation 嘉宾南京航空航天大学无人机研究院, 燕雪峰 holding a post
    in it)."""
    doc = extract_text(_BINZHOU + "签约仪式现场,李春田、吴启晖、杨金才及签约嘉宾南京航空航天大学无人机研究院院长、"
                       "南京长空科技有限公司总经理燕雪峰和成都纵横自动化技术股份有限公司董事长、总经理任斌分别致辞。")
    orgs = _names(doc, "Organization")
    assert not any(n.startswith("嘉宾") for n in orgs), orgs
    assert not any(body.startswith("嘉宾") for _p, body in post_pairs(doc)), post_pairs(doc)


def test_a_body_s_award_to_a_park_names_no_project():
    """滨州高新区: 杨金才代表世界无人机联合会、深圳无人机协会授予滨州高新区无人机产业园“渤海湾创新基地”称号
    (base: a programme 深圳无人机协会授予滨州高新区无人机产业园 run by the association)."""
    doc = extract_text(_BINZHOU + "杨金才代表世界无人机联合会、深圳无人机协会授予滨州高新区无人机产业园"
                       "“渤海湾创新基地”称号。")
    progs = _names(doc, "Programme")
    assert not any("授予" in n for n in progs), progs


def test_a_manner_of_making_in_hua_is_no_plant_s_name():
    """烟台高新区: 主要建设金枪鱼产品研发及生产、销售、工业旅游为一体的智能化工厂 (base: an organisation
    智能化工厂, read 智能 + 化工厂)."""
    doc = extract_text("烟台高新区2个项目成功签约\n"
                       "其中,泰联国际医养健康产业园项目规划面积约196亩,主要建设金枪鱼产品研发及生产、销售、"
                       "工业旅游为一体的智能化工厂,打造集工业旅游、医养休闲、高端保健为一体的产业园区。")
    assert "智能化工厂" not in _names(doc, "Organization"), _names(doc, "Organization")


def test_foreign_capital_actually_put_in_keeps_its_words():
    """人民日报 (商务部 data): 欧盟、东盟实际投入外资金额同比分别增长22.5%、7.2% — the statistics' term
    实际投入外资金额 (base: 外资金额同比增长, 实际投入 cut as clause words)."""
    doc = extract_text("上半年我国实际使用外资增长7.2%\n"
                       "本报北京7月11日电 上半年,德国、美国实际投入外资金额同比分别增长22.5%和8.5%。")
    inds = {i for s, i, _v, _u in _metrics(doc) if s in ("德国", "美国")}
    assert inds == {"实际投入外资金额同比增长"}, _metrics(doc)


def test_county_city_district_in_brackets_is_one_counted_noun():
    """安庆市: 10个省级开发区,实际外资到位资金10459万美元…;11个县(市)区到位外资10632万美元,占总额的70%
    (base: 11个县(市) counted, indicator 区到位外资)."""
    doc = extract_text("我市1-9月实际利用外资15150万美元\n"
                       "今年1-9月份,我市实际利用外资15150万美元。10个省级开发区,实际外资到位资金10459万美元,"
                       "占总额的69%;11个县(市)区到位外资10632万美元,占总额的70%。")
    got = _metrics(doc)
    assert any(i == "到位外资" and v == 106320000 for _s, i, v, _u in got), got
    assert any(i == "县(市)区" and v == 11 for _s, i, v, _u in got), got
    assert not any(i.startswith("区") for _s, i, _v, _u in got), got


def test_nanda_is_nanjing_university_not_a_place():
    """苏州高新区: “双一流”南大苏州校区启动建设 (base: a place 南大 with no code)."""
    doc = extract_text("苏州高新区在北京举办投资推介会\n"
                       "苏州高新区在30年开发建设中,全区已累计引进近100家国字号院所平台;“双一流”南大苏州校区启动建设,"
                       "国际化的太湖科学城加快规划。")
    assert "南大" not in _names(doc, "Place"), _names(doc, "Place")
    assert "南京大学" in _names(doc, "Organization"), _names(doc, "Organization")


def test_the_verb_opening_a_list_of_projects_is_no_word_of_the_indicator():
    """定远县 (人民网-安徽频道): 分别是总投资5.8亿元的江苏南通城欣市政工程天然油脂深加工项目,总投资5.5亿元的…
    (base: indicator 是总投资)."""
    doc = extract_text("定远县5个项目集中签约总投资23.2亿元\n"
                       "据悉,参加此次集中签约的项目共5个,协议总投资23.2亿元。分别是总投资5.8亿元的江苏南通城欣市政工程"
                       "天然油脂深加工项目,总投资5.5亿元的苏州超邦涂料年产4.5万吨先进功能多用途涂料及研发工程中心项目。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 580000000}
    assert inds == {"总投资"}, _metrics(doc)


def test_a_year_s_projected_output_keeps_its_verb():
    """竹山县 (农村新报): 园区投产达效后,年可实现产值15亿元 (base: indicator 年可产值, the modal left
    without its verb)."""
    doc = extract_text("竹山跨省招商喜迎“第一签”\n"
                       "今年第一季度,该县计划开工项目107个。其中,正在建设的乡村振兴产业园项目(一期),将引入上海均和集团"
                       "参与运营,园区投产达效后,年可实现产值15亿元。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 1500000000}
    assert inds == {"年可实现产值"}, _metrics(doc)


def test_yiji_ends_the_noun_counted_and_a_guitar_is_no_place():
    """东安县 (红网): 现场共签约2个特色产业吉他乐器项目以及1个设备制造项目 (base: counted noun
    特色产业吉他乐器项目以, and a place 吉他)."""
    doc = extract_text("东安县吉他产业园签约活动举行\n"
                       "10月26日下午,东安县吉他产业园签约活动在东安经开区举行,现场共签约2个特色产业吉他乐器项目"
                       "以及1个设备制造项目。")
    got = _metrics(doc)
    assert any(i == "特色产业吉他乐器项目" and v == 2 for _s, i, v, _u in got), got
    assert "吉他" not in _names(doc, "Place"), _names(doc, "Place")


def test_the_year_s_target_in_an_april_report_is_this_year_s():
    """雅安经开区 (四川在线, 2019-04-23): 一季度,经开区招商引资到位资金累计完成14.98亿元,完成全年43亿元
    目标任务的34.82% (base: the target and its share in 2018, the yearless 全年 read as a year already
    over)."""
    doc = extract_text("雅安经开区:一季度多项经济指标增长强劲\n"
                       "www.scol.com.cn (2019-04-23 09:44:56) 来源:四川在线\n"
                       "据统计,今年一季度,经开区招商引资到位资金累计完成14.98亿元,完成全年43亿元目标任务的34.82%。")
    periods = {m.value: m.period for m in doc.metrics}
    assert periods.get(4300000000) == "2019" and periods.get(34.82) == "2019", periods


def test_a_year_between_a_count_and_its_noun_is_no_part_of_what_is_counted():
    """雅安经开区 (四川在线): 一季度,经开区投资完成5.98亿元,…而4个2019年省重点项目也均已开复工 (base:
    indicator 个, the bare unit, the year cutting the noun off)."""
    doc = extract_text("雅安经开区:一季度多项经济指标增长强劲\n"
                       "www.scol.com.cn (2019-04-23 09:44:56) 来源:四川在线\n"
                       "一季度,经开区投资完成5.98亿元,几乎完成目标任务的2倍,而4个2019年省重点项目也均已开复工。")
    inds = {i for _s, i, v, u in _metrics(doc) if v == 4 and u == "个"}
    assert inds == {"省重点项目"}, _metrics(doc)


def test_funds_arrived_end_the_noun_of_the_parks_counted():
    """云南省 (园区招商引资): 1至7月,3个沿边产业园产业招商到位资金同比增长83.1% (base: counted
    沿边产业园产业招商到位, the funds' words taken into the parks)."""
    doc = extract_text("我省园区招商引资成效显著\n"
                       "沿边产业园招商取得新突破。瑞丽、河口、磨憨3个沿边产业园积极承接产业转移。"
                       "1至7月,3个沿边产业园产业招商到位资金同比增长83.1%。")
    inds = {i for _s, i, v, u in _metrics(doc) if u == "个"}
    assert inds == {"沿边产业园"}, _metrics(doc)
