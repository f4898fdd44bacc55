"""Programmes on unseen text (programmes11): projects named after their place where county news
names them (after 暨, before 涉及/在, with a numeral opening the name or a bracket before 项目) and
parks that two or three places build together (青岛-安顺共建产业园); sentences written in the shape of
county news and cooperation news."""
from __future__ import annotations

from conftest import programmes_and_relations


def test_project_after_ji_and_before_sheji():
    """…集中开工活动暨X镇…项目开工仪式: 暨 opens the project's name anew, and a project that 涉及
    its villages is the subject of its clause; both are the township's project."""
    progs, rels = programmes_and_relations(
        "安陆县举行重大项目集中开工活动\n5月8日，安陆县举行二季度重大项目集中开工活动暨赵棚镇高标准农田改造提升项目"
        "开工仪式。赵棚镇高标准农田改造提升项目涉及9个行政村，总投资1.2亿元。")
    assert "高标准农田改造提升" in progs
    assert ("高标准农田改造提升", "implementedIn", "赵棚镇") in rels


def test_project_name_opening_with_a_numeral_and_a_bracket():
    """临县三交东铁路专用线（含储装运系统）项目: a name may open with a numeral character (三交东) and
    what the project includes may stand in brackets before 项目; the headline's name without the
    bracket is the same project. A count or a phase (三个, 十大, 两批, 二期) names none."""
    progs, rels = programmes_and_relations(
        "兴县三岔口铁路专用线项目开工\n3月2日，兴县三岔口铁路专用线（含装车站）项目在该县举行开工仪式。")
    assert progs == {"三岔口铁路专用线"}
    assert ("三岔口铁路专用线", "implementedIn", "兴县") in rels
    progs, _ = programmes_and_relations(
        "兴县项目建设\n其中，兴县三个项目开工，兴县十大项目开工，兴县两批项目开工，兴县二期扩建项目开工。")
    assert not progs


def test_park_built_by_places_joined_by_dashes():
    """Places joined by dashes and the park they build (…共建产业园, “飞地”产业园, …合作区) are one named
    park; its place is where it is built (在…动工), not the first place of its name; a park after one
    place (安顺产业园) is no joint park."""
    progs, rels = programmes_and_relations(
        "三地共建产业园动工\n日前，平湖—泰顺—汶川“飞地”产业园在平湖市独山港镇动工。平湖市、泰顺县、汶川县共同签订了"
        "合作协议。")
    assert "平湖—泰顺—汶川“飞地”产业园" in progs
    assert ("平湖—泰顺—汶川“飞地”产业园", "implementedIn", "泰顺县") not in rels
    progs, rels = programmes_and_relations(
        "烟台与六盘水签约\n昨天，烟台-六盘水共建产业园重点项目签约仪式在烟台市举行，六盘水市、烟台市有关负责人出席。"
        "六盘水产业园同日开工。")
    assert "烟台—六盘水共建产业园" in progs  # (named with one dash however written: relations23)
    assert not {p for p in progs if p.startswith("六盘水产业园")}


def test_company_and_the_projects_it_plans_with_a_county():
    """…与中国X集团有限公司拟合作项目涉及…: the projects the two sides plan are no project named after
    the company; the company's own …钢结构项目 still is."""
    progs, rels = programmes_and_relations(
        "达茂旗签约\n近日，达茂旗政府与中国三冶集团有限公司签订了战略合作协议。达茂旗与中国三冶集团有限公司拟合作项目"
        "涉及园区基础设施建设，中国三冶集团有限公司钢结构项目同日开工。")
    assert "中国三冶集团有限公司钢结构项目" in progs
    assert not {p for p in progs if "拟合作" in p}


def test_working_group_keeps_the_word_its_scope_opens():
    """该乡成立了乡村治理专项行动领导小组: the group's 乡 opens the word 乡村, so the programme it is named
    after is 乡村治理专项行动, not 村治理专项行动."""
    progs, _ = programmes_and_relations("王庄乡开展治理\n该乡成立了乡村治理专项行动领导小组，下设办公室。")
    assert "乡村治理专项行动" in progs
    assert "村治理专项行动" not in progs


def test_every_item_of_a_counted_list_is_a_project():
    """包括A、B、C、D等15个项目: every item of the list a verb of listing opens is a project, not the
    last alone, each without the place it opens with; the kind of the projects may stand between the
    count and 项目 (等6个文化旅游项目); kinds of work (道路、桥梁、学校等12个项目) are none."""
    progs, rels = programmes_and_relations(
        "光山县举行重点项目集中开工仪式\n此次集中开工的项目包括光山县循环产业园、天润田园综合体、"
        "大苏山油茶文化生态园、华隆饲料生产基地等12个项目，总投资9.8亿元。全县道路、桥梁、学校等12个项目同时开工。"
        "本次开工的重点项目包括光山县官渡河畔房车营地等4个文化旅游项目。")
    assert {"循环产业园", "天润田园综合体", "大苏山油茶文化生态园", "华隆饲料生产基地", "官渡河畔房车营地"} <= progs
    assert not progs & {"道路", "桥梁", "学校"}
    assert ("循环产业园", "implementedIn", "光山县") in rels


def test_road_named_by_its_two_ends():
    """者东村至学堂村公路建设项目, 军店至窑淮一级路, 新建额济纳至哈密铁路: a road or railway between two named
    ends is a named project (without the verb or the list's 和 before it and without 建设项目); a span of time
    (自即日起至年底) is none."""
    progs, _ = programmes_and_relations(
        "景东县重点项目集中开工\n其中，大朝山村至安定村公路建设项目，共涉及5个村。3个分现场分别是华兴纸业二期、"
        "文井至漫湾一级路、城区老旧小区改造项目。景东县新建景东至镇沅高速公路。自即日起至年底公路养护不停。"
        "还有某集团捐资建设的景东县锦屏小学和者后至太忠二级公路等基础设施项目。")
    assert {"大朝山村至安定村公路", "文井至漫湾一级路", "景东至镇沅高速公路", "者后至太忠二级公路"} <= progs
    assert not {p for p in progs if p.startswith(("新建", "自即日"))}


def test_park_named_with_a_middle_dot_and_its_province():
    """山东烟台·巫山产业园: places joined by a middle dot name a joint park too, the province written
    before the first place in its name, though the second place has a zone of its own name; the parks
    of two places as the topic of a meeting (…产业园区协同发展座谈会) are no park of both."""
    progs, rels = programmes_and_relations(
        "威海市长赴城口县推进东西部协作\n11月19日，威海市委副书记、市长带队赴重庆市城口县推进东西部协作工作。"
        "一行来到山东威海·城口产业园参观。")
    assert "山东威海·城口产业园" in progs
    assert ("山东威海·城口产业园", "implementedIn", "山东省") not in rels
    progs, _ = programmes_and_relations(
        "温江—德格产业园区协同发展座谈会举行\n近日，成都市温江区与甘孜州德格县在德格县举行温江—德格产业园区协同发展座谈会。")
    assert not {p for p in progs if p.endswith("产业园区")}


def test_road_in_a_list_is_the_articles_not_an_earlier_places():
    """房县…主现场设在西南农产品物流园项目，分现场分别是…、军店至窑淮一级路: a road named by its ends is
    carried out where the article is, not in a place an earlier item of its sentence names."""
    progs, rels = programmes_and_relations(
        "竹山县举行春季重大项目集中开工仪式\n3月1日上午，竹山县举行了春季重大项目集中开工仪式。开工仪式主现场设立在"
        "西南农产品物流园项目，3个分现场分别是鑫达再生铅生产线、宝丰至溢水一级路、城区老旧片区改造项目。")
    assert "宝丰至溢水一级路" in progs
    assert ("宝丰至溢水一级路", "implementedIn", "竹山县") in rels
    assert not {r for r in rels if r[0] == "宝丰至溢水一级路" and r[1] == "implementedIn" and r[2] != "竹山县"}
