"""Round 102 (huazhong102): county and township news of central China — 融媒体 and county government
pages, city papers and news agencies from 河南 (周口 郸城县巴集乡 and 淮阳区冯塘乡, 信阳 新县陈店乡), 湖北 (恩施
宣恩县, 十堰 郧西县香口乡), 湖南 (邵阳 洞口县, 湘西 凤凰县新场镇 and 泸溪县) and 江西 (赣州 寻乌县吉潭镇 and 安远县
三百山镇): leaders' inspections, key projects' groundbreaking, aid to villages, orchards and vegetable bases
(fresh texts of /tmp/s26/fresh/huazhong102).  Fixes: a county's organ and a post after it read as a
project's name (洞口县|委书记艾方毅宣布项目开工: Programme 委书记艾方毅宣布, no 艾方毅 nor his post); the tie of a
body to the village it aids read as a village (到定点帮扶村郸城县巴集乡徐楼行政村: Place 定点帮扶村); a village
named after a hamlet's 村子 cut at its first 村 (长潭河侗族乡猫村子村: 猫村); a community written right after a
village in a title made part of it, and left pointing at a key the merge of the title's village dropped
(凤凰县大坡村茨岩社区: 茨岩社区 partOf place-…); the projects counted before 概算总投资 counted as 项目概算; a
village found on its own after its township in a sentence that named the county first (全县…支持香口乡…,在
上香口村六组) placed in the county, not in the township; the modal 要 before a figure's verb kept in its
indicator (我家全年茶叶毛收入要在80万元以上: …毛收入要)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _name(doc, key: str) -> str:
    return doc.entities[key].name if key in doc.entities else key


def _rels(doc, predicate: str) -> set[tuple[str, str]]:
    return {(_name(doc, r.subject), _name(doc, r.object)) for r in doc.relations if r.predicate == predicate}


def _metrics(doc) -> set[tuple]:
    return {(_name(doc, m.subject), m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_county_secretary_announcing_the_groundbreaking_is_no_project():
    """02-dongkou-kaigong: 在洞口县经开区的分会场,洞口县委书记艾方毅宣布项目开工 (base: Programme 委书记艾方毅宣布
    implementedIn 洞口县, no person 艾方毅 and no post): the county's organ and a post right after the place
    are a title, no project's name; a project written after its place stays one."""
    doc = extract_text("邵阳市重点项目集中开工\n9月24日上午,在洞口县经开区的分会场,洞口县委书记艾方毅宣布项目开工,"
                       "县委副书记、县长周乐彬讲话。")
    assert not {n for n in _names(doc, "Programme") if "书记" in n}, _names(doc, "Programme")
    assert "艾方毅" in _names(doc, "Person"), _names(doc, "Person")
    assert ("艾方毅", "洞口县委") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")
    doc = extract_text("重点项目\n10月8日,洞口县政府副县长王明出席。其中,洞口县赧水河水环境综合治理项目总投资7000万元。")
    assert "赧水河水环境综合治理" in _names(doc, "Programme"), _names(doc, "Programme")
    assert not {n for n in _names(doc, "Programme") if "县长" in n}, _names(doc, "Programme")


def test_the_village_a_body_aids_is_named_after_its_tie():
    """03-dancheng-xulou: 一行7人到定点帮扶村郸城县巴集乡徐楼行政村开展“三夏”帮扶慰问活动 (base: Place 定点帮扶村):
    定点帮扶村, 结对帮扶村, 定点联系村 say whose village it is, the name follows (到结对帮扶村桃园村: 桃园村)."""
    doc = extract_text("帮扶慰问\n6月2日,周口市文化广电和旅游局局长刘国庆一行7人到定点帮扶村郸城县巴集乡徐楼行政村"
                       "开展帮扶慰问活动。")
    places = _names(doc, "Place")
    assert "徐楼村" in places and not {p for p in places if "帮扶" in p}, places
    assert ("徐楼村", "巴集乡") in _rels(doc, "partOf"), _rels(doc, "partOf")
    doc = extract_text("走访\n市委办公室到结对帮扶村桃园村走访,又到定点联系村红星村调研,再到帮扶村开展慰问。")
    places = _names(doc, "Place")
    assert {"桃园村", "红星村"} <= places, places
    assert not {p for p in places if "帮扶" in p or "联系" in p}, places


def test_a_village_named_after_a_hamlet_is_read_whole():
    """01-xuanen-liuzhiyong: 猫村子村位于长潭河侗族乡北部 — written after its township (来到长潭河侗族乡猫村子村) the
    base read 猫村; 村子 then 村 end the name, while 村民 after it (猫村子村民) and 全村 (高湾村全村) are words of the
    village, no part of its name."""
    doc = extract_text("宣恩县调研\n随后,刘智勇一行来到长潭河侗族乡猫村子村,详细了解该村基本情况。")
    places = _names(doc, "Place")
    assert "猫村子村" in places and "猫村" not in places, places
    assert ("猫村子村", "长潭河侗族乡") in _rels(doc, "partOf"), _rels(doc, "partOf")
    doc = extract_text("调研\n刘智勇来到长潭河侗族乡李庄村口村民家中,又到陈店乡高湾村全村走访。")
    places = _names(doc, "Place")
    assert {"李庄村", "高湾村"} <= places and not {p for p in places if p.endswith(("口村", "全村"))}, places


def test_a_community_after_a_village_in_a_title_is_its_neighbour():
    """09-fenghuang-dapo: title 湘西州生态环境局赴凤凰县大坡村茨岩社区学习交流乡村振兴工作, body 到凤凰县新场镇大坡村、
    茨岩社区学习交流 (base: 茨岩社区 partOf place-4d08446342, the key of the title's 大坡村, which the body's
    merged away): a community written right after a village is no part of it, and no relation points at a
    dropped key."""
    doc = extract_text("湘西州生态环境局赴凤凰县大坡村茨岩社区学习交流\n近日,湘西土家族苗族自治州生态环境局副局长石胜福"
                       "带队,到凤凰县新场镇大坡村、茨岩社区学习交流乡村振兴工作。")
    part_of = _rels(doc, "partOf")
    assert ("大坡村", "新场镇") in part_of, part_of
    assert ("茨岩社区", "大坡村") not in part_of, part_of
    assert all(o in {e.name for e in doc.entities.values()} for _, o in part_of), part_of
    assert any(s == "茨岩社区" for s, _ in part_of), part_of
    doc = extract_text("走访\n到凤凰县大坡村茨岩社区调研。")
    assert ("茨岩社区", "凤凰县") in _rels(doc, "partOf"), _rels(doc, "partOf")


def test_projects_counted_before_their_estimated_investment():
    """02-dongkou-kaigong: 32个项目概算总投资70.08亿元,年度投资20.47亿 (base: 项目概算 32个, 总投资 70.08亿元): the
    projects are counted, 概算总投资 (and 计划总投资) is the next figure's indicator."""
    doc = extract_text("开工\n此次邵阳市重点项目集中开工。32个项目概算总投资70.08亿元,年度投资20.47亿。")
    got = _metrics(doc)
    assert ("邵阳市", "项目", 32, "个") in got, got
    assert ("邵阳市", "概算总投资", 7008000000, "元") in got, got
    assert not {m for m in got if m[1] == "项目概算"}, got
    doc = extract_text("开工\n邵阳市重点项目集中开工。8个项目计划总投资50亿元。")
    got = _metrics(doc)
    assert ("邵阳市", "项目", 8, "个") in got and ("邵阳市", "计划总投资", 5000000000, "元") in got, got


def test_a_village_after_its_township_in_a_county_sentence():
    """08-yunxi-xiangkou: 为进一步扩大全县设施蔬菜产业规模,…2018年县委、县政府投资500万元支持香口乡新扩展设施蔬菜
    基地100亩,在上香口村六组新建高标准蔬菜大棚100个 (base: 上香口村 partOf 郧西县): the coded township between the
    county and the village is the village's; a township of another county is not taken."""
    doc = extract_text("郧西县香口乡:产业扶贫挑“大梁”\n蔬菜产业是香口乡的传统支柱产业。为进一步扩大全县设施蔬菜产业规模,"
                       "2018年县委、县政府投资500万元支持香口乡新扩展设施蔬菜基地100亩,在上香口村六组新建高标准蔬菜大棚100个。")
    assert ("上香口村", "香口乡") in _rels(doc, "partOf"), _rels(doc, "partOf")
    doc = extract_text("调研\n郧西县委书记到竹山县麻家渡镇调研后,又到郧西县上香口村走访。")
    assert ("上香口村", "麻家渡镇") not in _rels(doc, "partOf"), _rels(doc, "partOf")


def test_the_modal_before_a_figure_is_no_word_of_its_indicator():
    """04-xinxian-chendian: “我家全年茶叶毛收入要在80万元以上,纯利也有15万元” (base: indicator 我家全年茶叶毛收入要):
    the modal 要 before the figure's verb closes the clause, as 将 does (利润要达到20万元: 利润); words ending in 要
    (主要, 纪要, 需要) keep it."""
    doc = extract_text("茶叶\n新县陈店乡。全乡茶叶毛收入要在80万元以上,利润要达到20万元。主要农作物播种面积要稳定在200万亩。"
                       "形成会议纪要3份。")
    inds = {m[1] for m in _metrics(doc)}
    assert {"茶叶毛收入", "利润"} <= {i.removeprefix("全乡") for i in inds}, inds
    assert not {i for i in inds if i.endswith("要")} - {"会议纪要"}, inds
    assert "主要农作物播种面积" in inds and "会议纪要" in inds, inds
