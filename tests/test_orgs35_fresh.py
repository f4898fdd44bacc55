"""Organisations in fresh civil-affairs, chamber-of-commerce, development-zone and foreign-affairs
news (orgs35): excerpts of the texts in /tmp/s21/fresh/orgs35 (SOURCES.md there), as published."""
from __future__ import annotations

from conftest import body_names as _names, extract_text, post_pairs as _posts, relation_pairs as _pairs


def test_an_embassy_at_china_is_located_in_china():
    """印尼駐華使館 (Qinghai foreign-affairs office news, traditional script): the Indonesian
    embassy in China stands in China; it was placed in Indonesia, as a ministry of the country is."""
    doc = extract_text("印尼駐華使館願同青海保持溝通,積極推動印尼與青海加強相關領域務實合作。")
    located = _pairs(doc, "locatedIn")
    assert ("印度尼西亚驻华使馆", "中国") in located, located
    assert ("印度尼西亚驻华使馆", "印度尼西亚") not in located, located


def test_a_suffix_written_twice_ends_the_name_at_the_first():
    """上海崇仁商会商会章程 (Fuzhou, Jiangxi): the chamber's name, then 商会章程 (its statutes); the
    name was read through the second 商会 into 上海崇仁商会商会."""
    doc = extract_text("大会通过了上海崇仁商会商会章程、商会会费缴纳及使用管理办法。")
    names = _names(doc)
    assert "上海崇仁商会" in names, names
    assert "上海崇仁商会商会" not in names, names


def test_qizhong_opens_no_company_name():
    """其中光大控股公司入股华建装备 (Liaocheng development zone): 其中 (among them) opens the clause;
    its 中 was read as the company's first character (中光大控股公司)."""
    doc = extract_text("其中光大控股公司入股华建装备,融资1.2亿元。")
    names = _names(doc)
    assert "光大控股公司" in names, names
    assert "中光大控股公司" not in names, names


def test_a_chamber_named_without_its_city_is_the_shanghai_chamber():
    """上海市蕪湖商會 … 上海市工商聯將全力支持蕪湖商會: the chamber of Wuhu firms in Shanghai, named
    later without 上海市, is the same body, in Shanghai — not a second chamber located in Wuhu.
    Not after a word making it many (义乌 news: 等地淳安商会)."""
    doc = extract_text("希望新成立的上海市蕪湖商會不負眾望、不辱使命。"
                       "上海市工商聯將全力支持蕪湖商會和蕪商企業在滬發展壯大。")
    names = _names(doc)
    assert "上海市芜湖商会" in names and "芜湖商会" not in names, names
    located = _pairs(doc, "locatedIn")
    assert ("上海市芜湖商会", "上海市") in located, located
    assert not any(p == "芜湖市" for _, p in located), located
    # 杭州、北京…等地淳安商会: the 淳安 chambers of several cities are no short form of 义乌市淳安商会
    doc = extract_text("大会由义乌市淳安商会主办,参会人员有杭州、北京、宁波、乐清、深圳等地淳安商会嘉宾。")
    assert {"义乌市淳安商会", "淳安商会"} <= _names(doc), _names(doc)


def test_a_un_programme_named_short_is_the_un_programme():
    """聯合國開發計劃署駐華代表 … 國合署高度重視與開發計劃署合作 (CIDCA news): 开发计划署 is the UNDP
    the text named in full, not an agency of its own."""
    doc = extract_text("國家國際發展合作署署長羅照輝會見聯合國開發計劃署駐華代表白雅婷。"
                       "羅照輝表示,國合署高度重視與開發計劃署合作。")
    names = _names(doc)
    assert "联合国开发计划署" in names, names
    assert "开发计划署" not in names, names


def test_an_affiliated_hospital_named_short_is_the_hospital():
    """上海交通大學醫學院附屬瑞金醫院 … 瑞金醫院院長寧光: the hospital a university's medical school
    runs, named later by its own name, is one body; its president holds his post there."""
    doc = extract_text("上海交通大學醫學院附屬瑞金醫院閔行院區共建協議簽約儀式舉行。"
                       "中國工程院院士、瑞金醫院院長寧光作規劃情況匯報。")
    names = _names(doc)
    assert "瑞金医院" not in names, names
    assert ("宁光", "上海交通大学医学院附属瑞金医院") in _posts(doc), _posts(doc)


def test_hong_kong_bureaus_with_ji_are_read_whole():
    """政制及内地事务局局长聂德权 (HK government press release on a delegation to Fujian): a bureau of
    the region's government whose name holds 及; its name was cut at the conjunction (内地事务局,
    库务局) into bodies of no place."""
    doc = extract_text("特区政府代表团成员包括政制及内地事务局局长聂德权、创新及科技局副局长钟伟强博士、"
                       "财经事务及库务局副局长陈浩濂和民政事务局副局长陈积志。")
    names = _names(doc)
    assert not {"内地事务局", "科技局", "库务局"} & names, names
    posts = _posts(doc)
    assert ("聂德权", "香港特别行政区政府政制及内地事务局") in posts, posts
    assert ("陈浩濂", "香港特别行政区政府财经事务及库务局") in posts, posts
    assert ("香港特别行政区政府创新及科技局", "香港") in _pairs(doc, "locatedIn"), _pairs(doc, "locatedIn")


def test_private_units_a_civil_affairs_bureau_lists():
    """萊蕪市金諾商務信息諮詢中心、… (Jinan civil-affairs bureau, 撤销登记) and 山东丛林铝资源再生研究中心
    (Shandong civil-affairs department): private units named by their division, a proper stem and
    中心, listed between list marks; they were no names, and the list lost them."""
    doc = extract_text("具體名單如下:\n萊蕪市鳳城風濕病研究所、萊蕪市金諾商務信息諮詢中心、萊蕪市雙贏農作物研究所、"
                       "萊蕪市陽光身心健康指導中心、萊蕪廣播電視藝術團。")
    names = _names(doc)
    assert {"莱芜市金诺商务信息咨询中心", "莱芜市阳光身心健康指导中心"} <= names, names
    doc = extract_text("山东省民营企业家会馆、山东丛林铝资源再生研究中心、山东省聚源化工研究所等9家社会组织"
                       "因连续三年未按规定报送年度工作报告。")
    assert "山东丛林铝资源再生研究中心" in _names(doc, "Organization"), _names(doc)


def test_a_provinces_hong_kong_and_macao_affairs_office():
    """四川省港澳事務辦公室李輝副主任一行 (Macao chamber news): the province's Hong Kong and Macao
    affairs office is an agency of the province; its department stem was unknown, and the office
    was lost where the post follows the holder's name."""
    doc = extract_text("四川省港澳事務辦公室李輝副主任一行六人於6月15日下午訪問澳門中華總商會。")
    names = _names(doc, "Agency")
    assert "四川省港澳事务办公室" in names, names
    assert ("四川省港澳事务办公室", "四川省") in _pairs(doc, "locatedIn"), _pairs(doc, "locatedIn")


def test_a_news_agencys_bureau_is_its_unit():
    """新華社上海分社黨組書記姜微 (Shanghai 芜湖商会 news): the agency's Shanghai bureau, a unit of
    新华社; it was read as 上海市分社, a body of Shanghai's, cut from the agency."""
    doc = extract_text("新華社上海分社黨組書記姜微,中國銀行上海市分行黨委書記、行長張守川出席會議。")
    names = _names(doc)
    assert "新华社上海分社" in names and "上海市分社" not in names, names
    assert ("新华社上海分社", "新华通讯社") in _pairs(doc, "subOrganizationOf"), _pairs(doc, "subOrganizationOf")
    assert ("姜微", "新华社上海分社") in _posts(doc), _posts(doc)


def test_an_anaphor_after_a_verb_names_the_body_before():
    """訪問澳門中華總商會,受到該會理事長馬志毅 … 的熱情接待 (Macao chamber news): 該會 is the chamber
    just named; the verb before it was read into a body 受到该会."""
    doc = extract_text("李輝副主任一行於6月15日下午訪問澳門中華總商會,受到該會理事長馬志毅,"
                       "副理事長葉兆佳等的熱情接待。")
    names = _names(doc)
    assert not any(n.startswith("受到") for n in names), names
    posts = _posts(doc)
    assert ("马志毅", "澳门中华总商会") in posts and ("叶兆佳", "澳门中华总商会") in posts, posts


def test_a_social_organisation_bureau_is_an_agency():
    """深圳市民間組織管理局 (Shenzhen 异地商会 news): the city's bureau registering social
    organisations, an agency of the city; its department stem was unknown and the bureau was lost."""
    doc = extract_text("本次沙龙由深圳前海管理局、深圳市民间组织管理局支持,深圳市山东商会、深圳市浙江商会主办。")
    names = _names(doc, "Agency")
    assert "深圳市民间组织管理局" in names, names
    assert ("深圳市民间组织管理局", "深圳市") in _pairs(doc, "locatedIn"), _pairs(doc, "locatedIn")


def test_an_organs_general_office_is_read_whole():
    """聯合國秘書長辦公廳主任拉特雷 (UN peace fund news): the Executive Office of the Secretary-General,
    a unit of the UN; it was cut at 办 (联合国秘书长办)."""
    doc = extract_text("中国常驻联合国代表傅聪、联合国秘书长办公厅主任拉特雷分别代表中国政府和联合国,签署了基金捐款延期协议。")
    names = _names(doc)
    assert "联合国秘书长办公厅" in names and "联合国秘书长办" not in names, names
    assert ("联合国秘书长办公厅", "联合国") in _pairs(doc, "subOrganizationOf"), _pairs(doc, "subOrganizationOf")


def test_a_coined_holding_group_opening_the_clause():
    """线下,中安芯界控股集团、菏泽城投控股集团有限公司与菏泽经济开发区签约 (Heze development zone): a
    coined brand of single characters (中|安|芯|界, 安 tagged a verb) and 控股集团, a holding group
    (控股 read as a verb of one company over another); the group was lost."""
    doc = extract_text("线下,中安芯界控股集团、菏泽城投控股集团有限公司与菏泽经济开发区签约中安芯界石墨烯快充锂离子短条板电池项目。")
    names = _names(doc, "Organization")
    assert "中安芯界控股集团" in names, names
    assert "菏泽城投控股集团有限公司" in names, names
