"""Round 90 (xiangcun90): 乡村振兴 衔接资金 and 项目 公示 notices — county and district notices publishing
how 财政衔接推进乡村振兴补助资金 and 扶贫 funds were shared out over projects (项目名称, 建设地点 镇/村, 投资,
资金规模 万元, 受益户数/人数), a 项目库 批复 and a city's news of its funds, from Sichuan (达川), Henan (凤泉,
北关), Fujian (城厢), Qinghai (泽库), Gansu (张掖), Hunan (益阳高新区), Ningxia (沙坡头) and Xinjiang (温泉)
(fresh texts of /tmp/s26/fresh/xiangcun90; the tests use short snippets modelled on their sentences and
never read them).  Fixes: a township the national table lists once, in a province other than every
division the notice names (泽库县's 王家乡, which the table spells 王加乡, read as 重庆's 王家乡 with its code),
is a township of the notice's county without that far code; the number of a list item (①, 3.) opening
the words before a figure is no word of its indicator (①楚布勒达村购置垃圾箱, 3.补助标准)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _part_of(doc) -> set[tuple[str, str]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == "partOf"}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def test_a_township_of_another_province_is_no_code_of_the_notices_county():
    """04-zeku-fenpei: 5.王家乡叶金木村饲料加工基地扩建项目 / 投资:167万元(少数民族发展资金)实施单位:王家乡人民政府, in
    泽库县's notice (base: 王家乡 code 500240208, the one 王家乡 the table lists, in 重庆's 石柱县; the table spells
    泽库县's township 王加乡).  Now a township of 泽库县 without a code.  A township of the named province keeps
    its code (西卜沙乡 after 青海省), and so does the table's one township in a text naming no division."""
    doc = extract_text("关于泽库县2023年中央财政衔接推进乡村振兴补助资金分配计划的公告\n根据青海省财政厅文件,共安排了6个项目。\n"
                       "5.王家乡叶金木村饲料加工基地扩建项目\n投资:167万元 实施单位:王家乡人民政府")
    places = _places(doc)
    assert "王家乡" in places and places["王家乡"] is None, places
    assert ("王家乡", "泽库县") in _part_of(doc), _part_of(doc)
    doc = extract_text("资金分配公告\n根据青海省财政厅文件,安排西卜沙乡人民政府实施项目。")
    assert _places(doc).get("西卜沙乡") == "632323203", _places(doc)
    doc = extract_text("乡镇动态\n王家乡人民政府召开会议。")
    assert _places(doc).get("王家乡") == "500240208", _places(doc)


def test_a_list_items_number_is_no_word_of_the_indicator():
    """09-wenquan-huanbao: 2.建设内容:①楚布勒达村购置垃圾箱20个,每个5000元,小计10万元;②冬都布勒格村…购置垃圾箱20个
    and 3.补助标准:5000元/每个 (base: indicators ①楚布勒达村购置垃圾箱, ②冬都布勒格村…, 3.补助标准).  The circled
    numeral and the item's 3. go; a decimal and a 5G opening the words stay what they are."""
    doc = extract_text("温泉县项目公示\n塔秀乡实施环保建设项目。\n"
                       "2.建设内容:①楚布勒达村购置垃圾箱20个,每个5000元;②扎很布勒格村购置垃圾箱30个。\n"
                       "3.补助标准:5000元/每个\n4.资金来源及规模:财政专项扶贫资金45万元")
    inds = _indicators(doc)
    assert "补助标准" in inds, inds
    assert not any(i[:1] in "①②③④" or i[:1].isdigit() for i in inds), inds
    doc = extract_text("通信\n全县新建5G基站1200个,完成投资3.5亿元。")
    assert any(i.startswith("5G") for i in _indicators(doc)), _indicators(doc)


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _subjects(doc) -> set[str | None]:
    return {doc.entities[m.subject].name if m.subject in doc.entities else None for m in doc.metrics}


def test_the_centre_and_the_province_side_by_side_are_the_funds_sources():
    """05-zhangye-xianjie: 近日,省财政下达我市2023年第二批中央省级财政衔接推进乡村振兴补助资金15763万元 (base: subject
    中国, 中央 read as the nation's scope).  中央省级 names where the money comes from; the figure is the city's.
    中央 before 省级领导干部 is no fund: a national figure stays the country's."""
    doc = extract_text("张掖市衔接资金下达\n近日,省财政下达我市2023年第二批中央省级财政衔接推进乡村振兴补助资金15763万元。")
    assert _subjects(doc) == {"张掖市"}, _subjects(doc)
    doc = extract_text("全国\n中央省级领导干部参加培训,全国共培训干部3000名。")
    assert "中国" in _subjects(doc), _subjects(doc)


def test_a_provinces_finance_written_bare_is_its_department():
    """05-zhangye-xianjie: 省财政下达我市…补助资金 (base: agency 甘肃省财政局; a province's finance body is its
    财政厅).  A municipality's (北京市财政) and a county's (县财政) stay bureaus; 自治区财政 is the region's 厅."""
    doc = extract_text("张掖市衔接资金下达\n近日,省财政下达我市2023年第二批财政衔接资金15763万元。")
    assert "甘肃省财政厅" in _agencies(doc) and "甘肃省财政局" not in _agencies(doc), _agencies(doc)
    doc = extract_text("北京\n北京市财政拨付资金。")
    assert "北京市财政局" in _agencies(doc), _agencies(doc)
    doc = extract_text("县里\n县财政拨付资金。")
    assert "县财政局" in _agencies(doc), _agencies(doc)
    doc = extract_text("广西\n自治区财政下达资金。")
    assert "广西壮族自治区财政厅" in _agencies(doc), _agencies(doc)


def test_a_herding_area_is_no_district_of_the_notice():
    """04-zeku-fenpei: 经县委农村牧区工作领导小组(乡村振兴领导小组)会议研究审议通过 (base: agencies 泽库县委 and
    区工作领导小组, 区 of 牧区 read as the district).  Now the county committee's group, whole; a district's own
    group (区委农村工作领导小组) stays one."""
    doc = extract_text("泽库县公告\n经县委农村牧区工作领导小组会议研究审议通过,现予以公告。")
    assert "泽库县委农村牧区工作领导小组" in _agencies(doc), _agencies(doc)
    assert not any(a.startswith("区工作") for a in _agencies(doc)), _agencies(doc)
    doc = extract_text("某区\n区委农村工作领导小组召开会议。")
    assert "区委农村工作领导小组" in _agencies(doc), _agencies(doc)


def _by_value(doc) -> dict[int, str | None]:
    return {m.value: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_a_numbered_works_fields_are_its_villages():
    """04-zeku-fenpei: 2.泽库县和日镇司玛村人畜饮水安全工程 / 投资:230万元 实施单位:泽库县农牧水利和科技局; 07-shapotou-minzu:
    (一)兴仁镇川裕村渠道改造项目 / 该项目在兴仁镇川裕村砌护渠道… / 资金规模:206.7万元。 (base: the county's and the
    district's, the article place).  A field line (a short label and its colon) takes the last place of the
    nearest numbered line above, when that line names a work (…工程, …项目).  A sentence of prose after the
    list, and a field under a numbered line that names no work, keep the county."""
    doc = extract_text("关于泽库县2023年资金分配计划的公告\n资金分配计划具体如下:\n"
                       "1.西卜沙乡三个村游牧民定居点人饮巩固提升工程\n投资:500万元 实施单位:泽库县农牧水利和科技局\n"
                       "2.泽库县和日镇司玛村人畜饮水安全工程\n投资:230万元 实施单位:泽库县农牧水利和科技局\n"
                       "3.项目管理费\n投资:14万元\n"
                       "现将分配计划予以公告,共涉及资金744万元。")
    got = _by_value(doc)
    assert got.get(5000000) == "西卜沙乡" and got.get(2300000) == "司玛村", got
    assert got.get(140000) == "泽库县" and got.get(7440000) == "泽库县", got
    doc = extract_text("沙坡头区资金使用计划公示\n二、资金安排\n(一)兴仁镇川裕村渠道改造项目\n"
                       "该项目在兴仁镇川裕村砌护渠道共计7.59千米。\n资金规模:206.7万元。")
    assert _by_value(doc).get(2067000) == "川裕村", _by_value(doc)
