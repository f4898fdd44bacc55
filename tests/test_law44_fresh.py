"""Round 44 (law44): courts, procuratorates, police and discipline reports from fresh texts of
/tmp/s26/fresh/law44: 时任 inside the run before a post dates the post and names no body (组织时任省委,
南湖镇时任纪委), a project handed to someone (发包给) is no part of the body after it, and a court's or
a discipline report's career clause (在担任…期间, 利用担任…等职务上的便利) gives every post it lists."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_then_held_after_a_verb_opens_the_body():
    """中央纪委 通报 (青海, 2023): 师存武,组织时任省委委员、省农业农村厅党组书记、厅长李青川: 李青川 was a
    member of 青海省委 (base: an agency 组织时任省委 and 李青川 holdsPost it)."""
    doc = extract_text("中央纪委国家监委公开通报\n"
                       "经查,在青海省举办培训班期间,时任青海省委委员、省政府党组成员、秘书长师存武,"
                       "组织时任省委委员、省农业农村厅党组书记、厅长李青川,在省委党校学员宿舍聚餐饮酒。")
    assert not any("时任" in a for a in _agencies(doc)), _agencies(doc)
    assert ("李青川", "青海省委") in relation_pairs(doc, "holdsPost")


def test_then_held_between_a_place_and_its_organ():
    """东港区纪委监委 通报 (山东日照, 2020): 将目标锁定在南湖镇时任纪委书记马克亮: the town's 纪委 (base:
    an agency 南湖镇时任纪委; the plain fix alone would give the district's 东港区纪委)."""
    doc = extract_text("东港区纪委监委通报一起典型问题\n"
                       "山东省日照市东港区纪委监委通报了一起处分决定落实不到位典型问题。"
                       "东港区纪委监委随即成立调查组,将目标锁定在南湖镇时任纪委书记马克亮。")
    assert ("马克亮", "南湖镇纪委") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    assert "南湖镇时任纪委" not in _agencies(doc)


def test_a_project_handed_to_someone_is_no_part_of_the_body():
    """青田县 村干部违规发包本村工程项目典型案例 (浙江, 2020): 陈长平违规将本村砍头桥底堤坝修复工程项目发包给
    村监会委员陈斋伟 (base: an agency 平违规将本村砍头桥底堤坝修复工程项目发包给村监会)."""
    doc = extract_text("青田县通报村干部违规发包本村工程项目典型案例\n"
                       "3.北山镇仁村村党支部书记陈金荣、村委会主任陈长平违规发包本村工程项目问题\n"
                       "2016年1月22日,陈金荣、陈长平违规将本村砍头桥底堤坝修复工程项目发包给村监会委员陈斋伟。")
    assert not any("发包给" in a for a in _agencies(doc)), _agencies(doc)


def test_a_court_s_career_clause_gives_every_post_listed():
    """天津市第一中级人民法院 孙政才受贿案: 被告人孙政才在担任中共北京市顺义区委书记、…、中共吉林省委书记、…
    期间: former posts of 顺义区委 and 吉林省委 (base: only the posts written before his name)."""
    doc = extract_text("孙政才受贿案一审宣判\n"
                       "天津市第一中级人民法院对重庆市委原书记孙政才受贿案一审公开宣判。"
                       "经审理查明:2002年至2017年,被告人孙政才在担任中共北京市顺义区委书记、市委常委、市委秘书长、"
                       "农业部部长、中共吉林省委书记、中央政治局委员、重庆市委书记期间,利用职务上的便利,"
                       "非法收受他人财物。")
    held = relation_pairs(doc, "holdsPost")
    assert ("孙政才", "顺义区委") in held and ("孙政才", "吉林省委") in held, held


def test_a_bribe_taker_s_posts_through_his_duties():
    """合肥市中级人民法院 董云虎受贿案: 被告人董云虎利用担任…西藏自治区党委常委、宣传部部长,上海市委常委、
    宣传部部长,上海市政协党组书记、主席…等职务上的便利 (base: none of these posts)."""
    doc = extract_text("董云虎受贿案一审开庭\n"
                       "合肥市中级人民法院一审公开开庭审理了上海市人大常委会原党组书记、主任董云虎受贿一案。"
                       "合肥市人民检察院起诉指控称,2002年至2023年,被告人董云虎利用担任中央外宣办七局局长,"
                       "西藏自治区党委常委、宣传部部长,上海市委常委、宣传部部长,上海市政协党组书记、主席"
                       "等职务上的便利,非法收受财物。")
    held = relation_pairs(doc, "holdsPost")
    assert ("董云虎", "西藏自治区党委") in held and ("董云虎", "上海市政协") in held, held


def test_a_department_by_its_last_character_is_the_chain_s_own():
    """中央纪委 通报 (青海, 2023): …厅长李青川,省委委员、省文化和旅游厅党组书记、厅长王学文: 王学文 heads
    省文化和旅游厅 only (base: 厅长 read as the article's first 厅, 省农业农村厅, for him too)."""
    doc = extract_text("中央纪委国家监委公开通报\n"
                       "组织时任省委委员、青海省农业农村厅党组书记、厅长李青川,省委委员、省文化和旅游厅党组书记、"
                       "厅长王学文,在省委党校学员宿舍聚餐饮酒。")
    held = relation_pairs(doc, "holdsPost")
    assert ("王学文", "青海省文化和旅游厅") in held and ("王学文", "青海省农业农村厅") not in held, held


def test_an_alternate_member_holds_a_post_of_the_committee():
    """山西日报 (大同市纪委, 2015): 第十四届大同市委候补委员、市交通运输局原党组书记、局长张明生: 候补委员 is a
    post of 大同市委 (base: only 市交通运输局 read)."""
    doc = extract_text("大同市交通运输局原局长张明生被“双开”\n"
                       "近期,经大同市委批准,大同市纪委对第十四届大同市委候补委员、市交通运输局原党组书记、局长张明生"
                       "严重违纪问题进行立案审查。")
    assert ("张明生", "大同市委") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")


def _metric_subjects(doc) -> dict[str, str]:
    ents = doc.entities
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator: ents[m.subject].name for m in ms if m.subject in ents}


def test_first_in_the_country_is_no_national_scope():
    """江苏省高院 2023年全省法院审判执行工作情况: 在全国率先建立…两项省级协作机制,审结破产案件8513件,化解债务
    4835.7亿元: the province's courts' figures (base: 中国's)."""
    doc = extract_text("江苏省高院通报2023年全省法院审判执行工作情况\n"
                       "2023年,江苏省高院出台10项安商惠企司法措施。在全国率先建立上市公司重整、打击破产逃废债两项"
                       "省级协作机制,审结破产案件8513件,化解债务4835.7亿元,安置职工3.6万人。")
    subjects = _metric_subjects(doc)
    assert subjects.get("审结破产案件") == "江苏省" and subjects.get("化解债务") == "江苏省", subjects
