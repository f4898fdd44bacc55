"""Round 95 (weijian95): health and family-planning (卫生健康) news, second pass — county 卫健委 free-clinic
weeks (服务百姓健康行动 大型义诊活动周), hospital news of 义诊 with their officers, a 县域医共体 meeting, a district
政协 survey of 医改, a district 卫生健康工作会议 and the national 卫生健康事业发展统计公报 (beds, staff, visits and
admissions per kind of facility), from Henan (武陟, 潢川), Sichuan, Guangdong (江门), Shanghai (崇明), Fujian
(洛江), Hebei (定州), Hubei (十堰), Beijing and the centre (fresh texts of /tmp/s26/fresh/weijian95).  Fixes:
a bare measure of medical service (入院人次) after another of the same sentence is the same facilities'
(医院总诊疗人次…，入院人次 → 医院入院人次), and a facility's staff (卫生人员) after its beds the counted
facilities'; a bare 纪委 in a chain of posts opened by the writer's own hospital (我院党委副书记、纪委书记) is
no committee of the article's city; 促进/改进 are whole words of a campaign counted (10项健康促进行动, not
健康促); a department's short form after the department named in full (县卫健委主任A讲话，卫健委副主任B) is
that department, no unit of it; and one 县中医院 however its mentions were found."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> list[str]:
    return sorted(e.name for e in doc.entities.values() if e.type == etype)


def _metrics(doc) -> dict[str, float]:
    return {m.indicator: m.value for m in doc.metrics}


def _posts(doc) -> set[tuple[str, str]]:
    out = set()
    for r in doc.relations:
        if r.predicate == "holdsPost" and r.subject in doc.entities and r.object in doc.entities:
            out.add((doc.entities[r.subject].name, doc.entities[r.object].name))
    return out


def test_admissions_after_a_facility_kinds_visits_are_that_kinds():
    """04-gongbao-2023: 其中，医院总诊疗人次42.6亿，入院人次24500.1万。…乡镇卫生院诊疗人次13.1亿，比上年增加1.0亿人次；
    入院人次3992.1万 (base: three metrics all called 入院人次).  The owner is carried only when it is a kind of
    facility or body; 全年诊疗人次…，入院人次 keeps the bare measure (全年 is no facility)."""
    doc = extract_text("卫生健康事业发展统计公报\n2023年，全国医疗卫生机构总诊疗人次95.5亿。其中，医院总诊疗人次42.6亿，"
                       "入院人次24500.1万。2023年，乡镇卫生院诊疗人次13.1亿，比上年增加1.0亿人次；入院人次3992.1万，"
                       "比上年增加753.0万人次。社区卫生服务中心诊疗人次8.3亿，入院人次480.4万。")
    got = _metrics(doc)
    assert got.get("医院入院人次") == 245001000, got
    assert got.get("乡镇卫生院入院人次") == 39921000, got
    assert got.get("社区卫生服务中心入院人次") == 4804000, got
    assert "入院人次" not in got, got
    doc = extract_text("县人民医院工作\n全年诊疗人次45.2万人次，入院人次3.1万人次。")
    got = _metrics(doc)
    assert "入院人次" in got and not any(k.startswith("全年入院") for k in got), got


def test_staff_after_a_facility_count_and_its_beds_are_those_facilities():
    """04-gongbao-2023: 全国共有乡镇卫生院33753个，床位150.5万张，卫生人员160.5万人 (base: 卫生人员, as if the whole
    country's staff; 床位 was already 乡镇卫生院床位).  After two kinds counted (卫生院12所，村卫生室300个) the staff
    may be all of them: left bare."""
    doc = extract_text("统计公报\n2023年末，全国共有乡镇卫生院33753个，床位150.5万张，卫生人员160.5万人。")
    got = _metrics(doc)
    assert got.get("乡镇卫生院卫生人员") == 1605000, got
    assert got.get("乡镇卫生院床位") == 1505000, got
    doc = extract_text("统计公报\n2023年末，全县有卫生院12所，村卫生室300个，卫生人员1500人。")
    got = _metrics(doc)
    assert "卫生人员" in got and not any(k.endswith("卫生人员") and k != "卫生人员" for k in got), got


def test_a_hospitals_discipline_committee_is_no_city_committee():
    """09-shiyan-yizhen: 全市25家医疗卫生机构在六堰广场展开义诊咨询活动，我院党委副书记、纪委书记王仁田出席启动仪式
    (base: 王仁田 holdsPost 十堰市纪委).  The city's own committee in a chain of the city's posts stays the city's."""
    doc = extract_text("我院在六堰广场举办大型义诊活动\n5月21日，健康湖北十堰全民行动在六堰广场启动，全市25家医疗卫生机构"
                       "展开义诊咨询活动，我院党委副书记、纪委书记王仁田出席启动仪式。")
    assert not any(p == "王仁田" and b.endswith("纪委") for p, b in _posts(doc)), _posts(doc)
    assert "十堰市纪委" not in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("十堰市召开大会\n5月21日，十堰市召开警示教育大会，市委常委、纪委书记张明出席会议。")
    assert ("张明", "十堰市纪委") in _posts(doc), _posts(doc)


def test_a_health_promotion_campaign_is_counted_whole():
    """09-shiyan-yizhen: “健康湖北”全民行动计划(2011—2015)提出，要重点推进10项健康促进行动 (base: 10项健康促, the
    进行 inside 促进|行动 read as the verb ending the noun).  组织10个单位进行检查 still ends at 进行."""
    doc = extract_text("健康湖北\n全民行动计划提出，要重点推进10项健康促进行动，全省组织10个单位进行检查。")
    got = _metrics(doc)
    assert got.get("健康促进行动") == 10, got
    assert got.get("单位") == 10, got
    assert not any(k.startswith("单位进行") for k in got), got


def test_a_short_form_after_its_department_is_that_department():
    """Found probing 02-huangchuan-yizhen (县政府领导徐宝才、卫计委主任郑先刚参加活动) with the commission named
    in full first, as county news usually does: 县卫健委主任A讲话，卫健委副主任B主持 (base: 潢川县卫生健康委员会卫健委,
    a unit of itself, subOrganizationOf the county's commission)."""
    doc = extract_text("潢川县启动义诊活动周\n9月11日，潢川县大型义诊活动举行，县卫健委主任李明讲话，卫健委副主任王刚主持。")
    assert ("王刚", "潢川县卫生健康委员会") in _posts(doc), _posts(doc)
    assert not any(n.endswith("委员会卫健委") for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_one_county_hospital_however_found():
    """03-sichuan-county-yizhen: 设在县中医院院坝的县城区义诊点现场…医务人员分别来自县医院、县中医院、县保健院 (the story
    names no county; base: two entities 县中医院, one found by its suffix, one as a county institution)."""
    doc = extract_text("义诊\n13日上午，设在县中医院院坝的义诊点现场人头攒动。医务人员分别来自县医院、县中医院、县保健院等"
                       "县级医疗单位。")
    names = _names(doc, "Organization")
    assert names.count("县中医院") == 1, names


def test_hospitals_counted_inside_all_facilities_are_hospitals():
    """04-gongbao-2023: 全国医疗卫生机构总数1070785个，比上年增加37867个，其中医院38355个 (base: 医院医疗卫生机构总数, the
    part glued to the whole's total).  A part that is no facility keeps the whole's noun as before."""
    doc = extract_text("统计公报\n2023年末，全国医疗卫生机构总数1070785个，比上年增加37867个，其中医院38355个，比上年增加1379个。")
    got = _metrics(doc)
    assert got.get("医院") == 38355, got
    assert not any(k.startswith("医院医疗卫生机构") for k in got), got


def test_a_cut_verb_still_ends_the_noun_after_a_campaign_word_was_kept_whole():
    """jiaotong89 (regression check for the 促进 rule): 3个综合交通枢纽规划建设持续推进 — 推进 is itself a verb
    that ends the noun counted, so it is no whole word stepped over."""
    doc = extract_text("交通\n2022年，长乐区3个综合交通枢纽规划建设持续推进。")
    got = _metrics(doc)
    assert not any(k.endswith("推进") for k in got), got
