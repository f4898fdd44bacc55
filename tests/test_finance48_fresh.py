"""Round 48 (finance48): taxation, customs and banking news from fresh texts of
/tmp/s26/fresh/finance48 (成都海关, 福州海关, 厦门海关 trade reports; 中国人民银行成都分行's quarterly
figures): a national organ's office named by a place whose name holds a character the unit check
refuses (成都 of 中国人民银行成都分行, 国家税务总局成都市税务局) or that makes a verb with the suffix (西安|分行);
人行 as the central bank's short form; the local offices of the financial regulator (资阳金融监管分局,
四川银保监局); goods listed before 分别进口 each with their own figure; 而 opening a contrasting clause;
the subject's place opening a quoted partner's trade (四川对“一带一路”沿线国家进出口)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> dict[tuple[str, float], str]:
    """{(indicator, value): subject's name} of the document's figures."""
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.indicator, m.value): names.get(m.subject, m.subject) for m in doc.metrics}


def test_central_bank_branch_named_by_a_city_whose_name_holds_du():
    """06 (scjjzx.hrnewspaper.com): 中国人民银行成都分行发布了…; 人行成都分行调查统计处朱江表示: the bank's
    branch (base: only 中国人民银行 — 都 of 成都 read as the adverb no unit's name holds)."""
    doc = extract_text("一季度四川省金融运行总体平稳\n"
                       "本报讯 2015年4月15日,中国人民银行成都分行发布了2015年一季度四川省金融运行情况。"
                       "人行成都分行调查统计处朱江表示,一季度非金融企业存款下滑比较厉害。")
    assert "中国人民银行成都分行" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("中国人民银行成都分行", "中国人民银行") in relation_pairs(doc, "subOrganizationOf")


def test_tax_bureau_and_bank_branch_named_by_their_city():
    """Tax and central-bank offices of 成都 and 西安 written after their national organ (base:
    国家税务总局 and 成都市税务局 apart; 中国人民银行西安分行 an organisation, 安分 read as a verb)."""
    doc = extract_text("税务局召开会议\n2023年5月10日,国家税务总局成都市税务局召开会议,"
                       "中国人民银行西安分行有关负责人参加。")
    agencies = _names(doc, "Agency")
    assert {"国家税务总局成都市税务局", "中国人民银行西安分行"} <= agencies, agencies
    assert ("国家税务总局成都市税务局", "国家税务总局") in relation_pairs(doc, "subOrganizationOf")


def test_local_offices_of_the_financial_regulator():
    """The regulator's offices named by their place (资阳金融监管分局, 四川银保监局), as in bank news
    (base: only the places 资阳市 and 四川省)."""
    doc = extract_text("金融服务座谈会召开\n2023年6月1日,资阳金融监管分局、四川银保监局有关负责同志出席座谈会。")
    agencies = _names(doc, "Agency")
    assert {"资阳市金融监管分局", "四川省银保监局"} <= agencies, agencies
    assert ("资阳市金融监管分局", "资阳市") in relation_pairs(doc, "locatedIn")


def test_goods_listed_before_respective_imports_each_take_their_figure():
    """02 (riulidt.cn, 福州海关): 铁矿砂、煤、原油、铝矿砂分别进口8363.9万吨、4680.8万吨、1170.9万吨、
    646.3万吨: each good's imports (base: all four 铝矿砂进口)."""
    doc = extract_text("福建前10个月外贸进出口1.62万亿元\n"
                       "2022年11月18日,福州海关发布消息。前10个月,福建省粮食进口358.2亿元,增长11%。同期,"
                       "铜矿砂进口331.6万吨,增加18.9%;铁矿砂、煤、原油、铝矿砂分别进口8363.9万吨、4680.8万吨、"
                       "1170.9万吨、646.3万吨,分别减少7.5%、6.4%、16%、4.5%。")
    got = _metrics(doc)
    assert got.get(("铁矿砂进口", 83639000)) == "福建省", got
    assert got.get(("煤进口", 46808000)) == "福建省", got
    assert got.get(("原油进口减少", 16)) == "福建省", got


def test_contrasting_er_opens_no_indicator():
    """03 (mszz.cn, 厦门海关): …分别增长24.6%、6.4%,而对澳大利亚进出口27.5亿元,下降3.2%: 而 is the
    connective (base: 而对澳大利亚进出口)."""
    doc = extract_text("1—11月福建省外贸进出口10606.2亿元\n"
                       "2018年12月10日,据厦门海关统计,1—11月福建省外贸进出口10606.2亿元人民币,同比增长13.8%。"
                       "11月份当月对东盟、美国分别进出口203.2亿、159亿元,分别增长24.6%、6.4%,"
                       "而对澳大利亚进出口27.5亿元,下降3.2%。")
    inds = {m.indicator for m in doc.metrics}
    assert "对澳大利亚进出口" in inds and not any(i.startswith("而") for i in inds), inds


def test_subject_place_before_a_quoted_partner_is_no_part_of_the_indicator():
    """01 (markspestcontrol.com, 成都海关): 此外,四川对“一带一路”沿线国家进出口2289.7亿元: the province's
    trade with the partner (base: the indicator 四川对一带一路沿线国家进出口 — the quotes hid the place)."""
    doc = extract_text("四川前10月货物贸易进出口总值7542.4亿元\n"
                       "2021年11月14日,成都海关公布统计数据:1—10月,四川货物贸易进出口总值7542.4亿元。"
                       "此外,四川对“一带一路”沿线国家进出口2289.7亿元,增长14%,占30.4%。")
    got = _metrics(doc)
    assert got.get(("对一带一路沿线国家进出口", 228970000000)) == "四川省", got


def test_partners_listed_without_their_flow_trade_with_the_subject():
    """04 (hainiu11.com, 成都海关): 三是对“一带一路”沿线国家和地区进出口…,其中对柬埔寨、科威特、伊拉克
    分别增长2.3倍、2.1倍、1.9倍: the province's trade with each (base: each country the subject of
    进出口额增长)."""
    doc = extract_text("今年1—10月四川省货物贸易进出口总值5489.3亿元\n"
                       "2019年11月13日,记者从成都海关获悉,今年1—10月四川省货物贸易进出口总值5489.3亿元。"
                       "三是对“一带一路”沿线国家和地区进出口继续保持增长势头,进出口额1569.5亿元,增长17%,"
                       "其中对柬埔寨、科威特、伊拉克分别增长2.3倍、2.1倍、1.9倍。")
    got = _metrics(doc)
    assert got.get(("对柬埔寨进出口增长", 2.3)) == "四川省", got
    assert got.get(("对伊拉克进出口增长", 1.9)) == "四川省", got
    assert not any(s in ("柬埔寨", "科威特", "伊拉克") for s in got.values()), got


def test_a_surge_is_a_change_of_the_listed_cities_trade():
    """04: 其中南充进出口激增4倍、达州激增2.3倍、遂宁增长52.6%、巴中增长45%: 激增 changes the level named
    first, and a change is no level the growths after it are of (base: the indicators 激增 and 激增增长)."""
    doc = extract_text("今年1—10月四川省货物贸易进出口总值5489.3亿元\n"
                       "2019年11月13日,记者从成都海关获悉,川东部分市州增速大幅领先全省平均水平,"
                       "其中南充进出口激增4倍、达州激增2.3倍、遂宁增长52.6%、巴中增长45%。")
    got = _metrics(doc)
    assert got.get(("进出口激增", 2.3)) == "达州市", got
    assert got.get(("进出口增长", 52.6)) == "遂宁市", got
    assert got.get(("进出口增长", 45)) == "巴中市", got


def test_tax_bureau_named_by_its_place_is_the_national_office_and_no_government_department():
    """12 (kcqsx.com, 化州): 国家税务总局化州市税务局…; 市政府办公室、税务局、发改局、财政局…;
    化州市税务局主要负责人表示: one body, the State Taxation Administration's office (base: a second
    entity 化州市税务局, subOrganizationOf 化州市人民政府 — the tax bureau is run from above)."""
    doc = extract_text("化州成立落实减税降费工作领导小组\n"
                       "2019年3月10日,化州市人民政府召开常务会议。国家税务总局化州市税务局不折不扣贯彻落实减税降费政策。"
                       "市政府办公室、税务局、发改局、财政局等市相关单位部门主要负责人任组员。"
                       "化州市税务局主要负责人表示,将认真做好相关工作。")
    agencies = _names(doc, "Agency")
    assert "国家税务总局化州市税务局" in agencies and "化州市税务局" not in agencies, agencies
    subs = relation_pairs(doc, "subOrganizationOf")
    assert ("国家税务总局化州市税务局", "国家税务总局") in subs
    assert not any(a.endswith("税务局") and b == "化州市人民政府" for a, b in subs), subs
    assert ("化州市财政局", "化州市人民政府") in subs  # (a department of the government stays one)


def test_ren_before_a_roster_role_is_the_verb():
    """12: …等市相关单位部门主要负责人任组员: 任 'serve as' before a group's role (base: a person 任组员)."""
    doc = extract_text("化州成立落实减税降费工作领导小组\n"
                       "2019年3月10日,领导小组由市政府主要领导任组长,市相关单位部门主要负责人任组员。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def test_a_quoted_role_is_no_programme():
    """14 (cs.rednet.cn, 国家税务总局): 县级税务局都成立了实施减税降费工作领导小组,实行“一把手”负责制:
    the leader's role (base: a programme 一把手 run by 国家税务总局)."""
    doc = extract_text("国家税务总局党委发布通知\n"
                       "2019年4月2日,国家税务总局共出台减税降费工作文件12个。从税务总局到省、市、县级税务局都成立了"
                       "实施减税降费工作领导小组,实行“一把手”负责制。")
    assert "一把手" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_body_after_the_clause_s_period_is_the_subject_of_its_figures():
    """11 (ettaleb.com, 农发行): 上半年農發行累計投放貸款1.4萬億元,同比多投放2198億元: the bank's loans
    (base: no subject — the period before the bank hid that it opens the clause)."""
    doc = extract_text("農發行上半年累計投放貸款1.4萬億元\n"
                       "2022年7月18日,今年以來,農發行聚焦農業農村重點領域和關鍵環節。"
                       "上半年農發行累計投放貸款1.4萬億元,同比多投放2198億元。")
    got = _metrics(doc)
    assert got.get(("累计投放贷款", 1400000000000)) == "中国农业发展银行", got
    assert got.get(("同比多投放", 219800000000)) == "中国农业发展银行", got


def test_customs_house_named_after_a_port_that_is_no_division():
    """拱北海关 (the Zhuhai–Macao crossing's customs house) is an agency of 海关总署 (base: a place 拱北)."""
    doc = extract_text("拱北海关查获走私案件\n2023年6月1日,拱北海关在口岸查获一批走私货物,海关总署通报表扬。")
    assert "拱北海关" in _names(doc, "Agency") and "拱北" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("拱北海关", "海关总署") in relation_pairs(doc, "subOrganizationOf")


def test_more_or_less_increase_than_a_year_before_is_the_balance_s_change():
    """06 (人行成都分行): 本外币住户存款余额28070.63亿元,比年初增加2282.45亿元,同比多增225.67亿元:
    the balance's change (base: a level named 同比多增 alone)."""
    doc = extract_text("一季度四川省金融运行总体平稳\n"
                       "本报讯 2015年4月15日,中国人民银行成都分行发布了2015年一季度四川省金融运行情况。"
                       "2015年3月末,全省本外币住户存款余额28070.63亿元,比年初增加2282.45亿元,同比多增225.67亿元。")
    inds = {(m.indicator, m.value): m.kind for m in doc.metrics}
    assert inds.get(("本外币住户存款余额同比多增", 22567000000)) == "change", inds


def test_interceptions_counted_by_species_occasions():
    """07 (厦门年鉴 海关工作): 截获二类动物疫病2种5种次、植物检疫性有害生物48种1665种次: 种次 is one unit
    (base: figures 5 种 and 1665 种 with the indicator 种)."""
    doc = extract_text("海关工作\n2023年,厦门海关推进落实重点工作任务。全年截获二类动物疫病2种5种次、"
                       "植物检疫性有害生物48种1665种次。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("植物检疫性有害生物", 1665, "种次") in got, got
    assert not any(i == "种" for i, _v, _u in got), got


def test_a_bare_count_after_an_amount_of_money_counts_its_loans():
    """Bank and tax reports (as 11's 投放…貸款): 发放普惠小微贷款5.6亿元、2300笔; 办理留抵退税3.5亿元、1200户:
    the loans and the refunds counted (base: indicators 笔 and 户)."""
    doc = extract_text("金融支持小微企业\n2023年7月10日,上半年全县发放普惠小微贷款5.6亿元、2300笔,"
                       "办理留抵退税3.5亿元、1200户。")
    got = {(m.indicator, m.unit) for m in doc.metrics}
    assert ("普惠小微贷款", "笔") in got and ("办理留抵退税", "户") in got, got


def test_an_office_named_by_an_autonomous_region_s_long_name():
    """国家税务总局广西壮族自治区税务局副局长陈刚表示…: the office of the region, however long its name (base:
    国家税务总局 and 广西壮族自治区税务局 apart — the stem outgrew the unit's)."""
    doc = extract_text("优化税费服务\n2023年6月1日,国家税务总局广西壮族自治区税务局副局长陈刚表示,将持续优化税费服务。")
    assert "国家税务总局广西壮族自治区税务局" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("陈刚", "国家税务总局广西壮族自治区税务局") in relation_pairs(doc, "holdsPost")
