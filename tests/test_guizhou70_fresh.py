"""Round 70 (guizhou70): ordinary county, township and village news of 贵州 (遵义, 黔东南, 铜仁,
六盘水, 黔西南) and of 重庆's counties (奉节, 巫山) from fresh texts of /tmp/s26/fresh/guizhou70: a
threshold joined to the count it bounds by 就 (年收入超20万元就有200余户) read as no figure, a party
school's department read as the school's unit (not the provincial committee's inside the school's
name), a county since made a district written with its level twice (水城县县委 → 水城区委), and the
ethnic and religious affairs commission written short (省民宗委) named in full."""
from __future__ import annotations

from conftest import extract_text


def _name(doc, key: str) -> str:
    e = doc.entities.get(key)
    return e.name if e is not None else key


def _relations(doc, predicate: str) -> set[tuple[str, str]]:
    return {(_name(doc, r.subject), _name(doc, r.object)) for r in doc.relations if r.predicate == predicate}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_threshold_joined_by_jiu_to_its_count_is_no_figure():
    """06-chongqing-fengjie (奉节县永乐镇大坝村): 村里年收入超20万元就有200余户; 种植面积超过万亩就有11个乡镇
    (base: figures 就有 20万元 and 就有 1万亩 — the bounds, not levels of the village or county)."""
    doc = extract_text("大坝村脐橙产业兴旺\n2024年,重庆市奉节县永乐镇大坝村实现年产值1.8亿元,村里年收入超20万元就有200余户。"
                       "在奉节县,有26个乡镇街道种植脐橙,其中种植面积超过万亩就有11个乡镇。")
    got = {(m.value, m.unit) for m in doc.metrics}
    assert (200000, "元") not in got and (10000, "亩") not in got, got
    assert (200, "户") in got and (11, "个") in got and (180000000, "元") in got, got
    # 就 after a figure that is no bound (投资20万元就建成了…) leaves the figure alone
    spent = extract_text("村里建成冷库\n去年,团泽镇上坪村投资20万元就建成了冷库1座。")
    assert (200000, "元") in {(m.value, m.unit) for m in spent.metrics}


def test_a_party_school_department_is_the_school_s_unit():
    """03-qiandongnan-cengong (岑巩县): 省委党校经济管理教研部主任刘流 (base: the department
    subOrganizationOf 贵州省委, the committee whose name opens the school's)."""
    doc = extract_text("省委党校专家赴岑巩县开展调研\n7月15日,省委党校专家赴岑巩县开展乡村振兴调研。省委党校(贵州行政学院、"
                       "省委讲师团)副校长蒋云丽,省委党校经济管理教研部主任刘流参加调研。")
    subs = _relations(doc, "subOrganizationOf")
    assert ("贵州省委党校经济管理教研部", "贵州省委党校") in subs, subs
    assert ("贵州省委党校经济管理教研部", "贵州省委") not in subs, subs
    # a committee's own department keeps its committee (no organisation inside its name)
    dept = extract_text("岑巩县召开会议\n7月15日,岑巩县委书记谭海,县委常委、县委组织部部长邰通梅出席会议。")
    assert ("岑巩县委组织部", "岑巩县委") in _relations(dept, "subOrganizationOf")


def test_a_renamed_county_s_committee_written_with_its_level_twice():
    """08-qianxinan-liupanshui (ldqxn.com): 市委常委、水城县县委书记王彬 — 水城县 is now 水城区 (base: an
    agency 水城区县委)."""
    doc = extract_text("黔西南州党政代表团赴六盘水考察学习\n5月29日,六盘水市委副书记、市长周荣,市委常委、水城县县委书记王彬"
                       "陪同考察。")
    assert "水城区委" in _agencies(doc) and "水城区县委" not in _agencies(doc), _agencies(doc)
    assert ("王彬", "水城区委") in _relations(doc, "holdsPost")


def test_the_ethnic_and_religious_affairs_commission_written_short():
    """05-qiandongnan-zhenyuan (镇远县尚寨土家族乡), shape: 省民宗委副主任 (base: 贵州省民族宗教事务委, the
    standard name cut at the short suffix)."""
    doc = extract_text("省民宗委到镇远县调研\n6月13日,贵州省民宗委副主任王五到镇远县尚寨土家族乡调研。")
    assert "贵州省民族宗教事务委员会" in _agencies(doc), _agencies(doc)
    assert "贵州省民族宗教事务委" not in _agencies(doc), _agencies(doc)


def _subjects(doc) -> dict[float, str]:
    return {m.value: _name(doc, m.subject) for m in doc.metrics}


def test_a_village_named_as_one_work_s_site_is_not_carried_to_the_next_sentence():
    """01-zunyi-tuanze (china.com.cn, 遵义市汇川区团泽镇): 依托“订单农业”在卜台村建辣椒育苗基地…。以“六项小康行动”为重点,
    …投资1.2亿元修建集镇新街产业路2.7公里 (base: the town's investments carried to 卜台村, the site of one
    nursery; a farm named after 在 + county, 在法库县雨田…家庭农场, still carries its county)."""
    doc = extract_text("产业扶贫,脱贫有实效\n在脱贫攻坚中,团泽镇委托贵州城乡规划设计院制定出大坎村、卜台村中长期发展规划。"
                       "大力调整产业结构,大力发展城市保供蔬菜基地3000亩;依托“订单农业”在卜台村建辣椒育苗基地,2017年发展订单种植辣椒700亩;"
                       "在6个贫困村种植核桃、脆红李等精品水果6200亩;培育茶产业1800亩。以“六项小康行动”为重点,统筹推进脱贫攻坚工作,"
                       "投资1.2亿元修建集镇产业路2.7公里;投资0.13亿元扩建团河公路9公里。")
    got = _subjects(doc)
    assert got.get(700) == "卜台村", got
    assert {got.get(v) for v in (6200, 1800, 120000000, 2.7, 9)} == {"团泽镇"}, got
    farm = extract_text("调研组到沈阳调研\n辽宁省政协调研组来到沈阳市康平县、法库县调研。在法库县雨田谷物种植家庭农场,四台大“铁牛”"
                        "在田间往来穿梭。农场负责人崔兴震介绍说,今年共流转农户土地5200亩,其中3600亩种大豆。")
    assert _subjects(farm).get(5200) == _subjects(farm).get(4), _subjects(farm)


def test_thousand_hills_and_a_town_s_new_street_are_no_places():
    """02-zunyi-tongzi (黔北遵义千山苍翠) and 01-zunyi-tuanze (修建集镇新街产业路): jieba tags 千山 and 新街 ns
    (base: places 千山 and 新街, the latter the subject of the town's figures after it)."""
    doc = extract_text("产业旺 乡村美\n芒种时节,黔北遵义千山苍翠。团泽镇投资1.2亿元修建集镇新街产业路2.7公里,扩建团河公路9公里。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "千山" not in places and "新街" not in places, places
    assert set(_subjects(doc).values()) == {"团泽镇"}, _subjects(doc)
    full = extract_text("新街镇开展植树活动\n3月5日,遵义市汇川区团泽镇和鞍山市千山区开展植树活动。")
    assert "千山区" in {e.name for e in full.entities.values() if e.type == "Place"}


def test_the_village_a_whole_scope_word_named_goes_on_to_the_figures_after_it():
    """10-chongqing-wushan (北京日报, 巫山县曲尺乡权发村): 村支书孙祖勇算了一笔账:目前,全村脆李种植面积已达4600亩,
    产值近5800万元,加上1800亩柑橘 (base: 4600亩 the village's by 全村, the output and the oranges after
    it fell back to the county the story is placed in)."""
    doc = extract_text("巫山脆李成了致富果\n重庆巫山,被神女眷顾的绿水青山孕育了巫山脆李。曲尺乡权发村位于长江北岸山区,村民2661人。"
                       "村支书孙祖勇算了一笔账:目前,全村脆李种植面积已达4600亩,产值近5800万元,加上1800亩柑橘、2000余亩豌胡豆。")
    got = _subjects(doc)
    assert {got.get(v) for v in (4600, 58000000, 1800)} == {"权发村"}, got


def test_a_village_secretary_written_short_after_the_village_holds_its_branch():
    """09-qiandongnan-congjiang (从江县翠里乡南岑村) and 10-chongqing-wushan: 到达南岑村,村支书韦永财和几个村民…;
    村支书孙祖勇算了一笔账:目前,全村…4600亩,产值近5800万元 (base: no post; the branch, once read, is no
    subject of the village's figures its secretary reckons)."""
    doc = extract_text("乌英苗寨:一个苗寨 两省共管\n此地属从江县翠里乡南岑村。到达南岑村,村支书韦永财和几个村民正在准备午饭。")
    assert ("韦永财", "南岑村党支部") in _relations(doc, "holdsPost"), _relations(doc, "holdsPost")
    plums = extract_text("巫山脆李成了致富果\n曲尺乡权发村位于长江北岸山区,村民2661人。"
                         "村支书孙祖勇算了一笔账:目前,全村脆李种植面积已达4600亩,产值近5800万元,加上1800亩柑橘。")
    assert ("孙祖勇", "权发村党支部") in _relations(plums, "holdsPost"), _relations(plums, "holdsPost")
    assert {_subjects(plums).get(v) for v in (4600, 58000000, 1800)} == {"权发村"}, _subjects(plums)
    # every village's secretaries (全县各村支书) are no one village's
    every = extract_text("全县召开会议\n曲尺乡权发村位于长江北岸。全县各村支书参加培训。")
    assert not any(o.endswith("党支部") for _p, o in _relations(every, "holdsPost"))


def test_a_branch_named_for_a_city_of_the_story_s_province_is_there():
    """01-zunyi-tuanze (遵义市汇川区团泽镇): 团泽镇还成功引进北京华联遵义分公司到上坪村合作农超对接项目 (base: the
    branch located in 北京市, its company's city; 遵义 was looked up in Beijing only)."""
    doc = extract_text("团泽镇引进企业\n同时,团泽镇还成功引进北京华联遵义分公司到上坪村合作农超对接项目,"
                       "北京华联超市投资1000万元在上坪村建成蔬菜种植基地700亩。")
    located = _relations(doc, "locatedIn")
    assert ("北京华联遵义分公司", "遵义市") in located and ("北京华联遵义分公司", "北京市") not in located, located
