"""Round 44 (edu44): education, health, culture and sport news from fresh texts of
/tmp/s26/fresh/edu44 (Shanxi 武乡县, Beijing's health commission, Xinjiang 喀什, Shandong 烟台, Yunnan,
Guangdong, Liaoning 沈阳): a quoted holiday (“五一”假期) is a time, no programme; a date's 日 opens no
company (4日立春: no 日立); a paper in a byline is no reporter (昆明日报); 惠民 (文艺惠民) is no county
unless 滨州 is named; a district's 文化体育中心 is a venue, no department; the aided 喀什地区 before
援疆 is the story's place; a quote opening with 举办 is no programme's name; a hospital's 通州院区
places no project named after it; 新建医院 is no hospital's name; an 艺术季 is an event's head;
大班(额) is no place."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _types(doc) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities.values()}


def _metric_subjects(doc) -> set[str]:
    metrics = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {doc.entities[m.subject].name for m in metrics if m.subject in doc.entities}


def test_a_quoted_holiday_is_no_programme_and_no_subject_of_figures():
    """广东省文化和旅游厅 (11-guangdong-wuyi): “五一”假期首日…广东省纳入监测的150家重点景区共接待游客220.9万人次
    (base: a programme 五一 implemented in 广东省, subject of the visitor figures)."""
    doc = extract_text("“五一”假期首日,全省重点景区共接待游客220.9万人次\n"
                       "“五一”假期首日,据省文化和旅游厅初步测算,广东省纳入监测的150家重点景区共接待游客220.9万人次,"
                       "较2019年增长6.0%;全省4A级及以上景区接待游客291.0万人次,同比增长0.2%。")
    assert "五一" not in _names(doc, "Programme")
    assert "五一" not in _metric_subjects(doc) and "广东省" in _metric_subjects(doc)


def test_the_day_of_a_date_opens_no_company_name():
    """信息时报 (12-guangzhou-chunjie): 2月4日立春,全省大部分地区天气晴暖 (base: 日立制作所, Hitachi, from 日立)."""
    doc = extract_text("广州大年初四接待市民游客超152万人次\n"
                       "记者从广东省文化和旅游厅获悉,2月4日立春,全省大部分地区天气晴暖,居民出游意愿较前几天有所提升。")
    assert "日立制作所" not in _names(doc, "Organization")


def test_a_paper_in_a_byline_is_no_reporter():
    """昆明信息港 (07-yunnan-jiaoyu-touzi): 昆明信息港讯(昆明日报 首席记者廖兴阳) (base: a person 昆明日报)."""
    doc = extract_text("云南12个教育基础设施项目获7.55亿元支持\n"
                       "昆明信息港讯(昆明日报 首席记者廖兴阳)3月3日,来自云南省发展和改革委员会的消息,"
                       "国家发展改革委日前下达中央预算内投资共计7.55亿元。")
    assert "昆明日报" not in _names(doc, "Person")
    assert "廖兴阳" in _names(doc, "Person")


def test_huimin_benefiting_the_people_is_no_county():
    """喀什地区 (03-kashi-wenhua-yuanjiang): 山东投入190万元援疆资金支持举办“鲁疆万里情”文联文艺惠民系列活动项目
    (base: 惠民县 of 滨州, part of 山东省); 惠民县 written in full is still the county."""
    doc = extract_text("喀什地区援疆资金助力文化事业发展\n"
                       "喀什地区依托上海、山东援疆资金支持推动文化事业发展。"
                       "山东投入190万元援疆资金支持举办“鲁疆万里情”文联文艺惠民系列活动项目。")
    assert "惠民县" not in _names(doc, "Place")
    full = extract_text("惠民县召开会议\n山东省惠民县召开文化惠民工作会议。")
    assert "惠民县" in _names(full, "Place")


def test_an_aided_place_before_its_aid_word_is_the_story_s_place():
    """03-kashi-wenhua-yuanjiang: title 喀什地区援疆资金助力文化事业发展, then Shanghai, Shandong, Guangdong and
    Shenzhen's funds (base: the article placed in 深圳市, a helper)."""
    doc = extract_text("喀什地区援疆资金助力文化事业发展\n"
                       "喀什地区依托上海、山东、广东、深圳4个援疆省市援疆资金支持,推动喀什文化事业发展。"
                       "深圳投入1050万元援疆资金支持创编文旅融合剧目。")
    assert doc.entities[doc.articles[0].place].name == "喀什地区"


def test_a_district_culture_and_sports_centre_is_a_venue():
    """新华网 (13-shenyang-jianshen-dasai): 开幕式在沈阳市沈河区文化体育中心举行 (base: an Agency)."""
    doc = extract_text("第一届全国全民健身大赛在沈阳开幕\n"
                       "第一届全国全民健身大赛20日在辽宁省沈阳市开幕。开幕式在沈阳市沈河区文化体育中心举行,现场全民健身热潮涌动。")
    assert _types(doc).get("沈河区文化体育中心") == "Organization", _types(doc)
    assert ("沈河区文化体育中心", "沈河区") in relation_pairs(doc, "locatedIn")


def test_a_quote_opening_with_a_verb_of_holding_is_no_programme():
    """胶东在线 (05-yantai-yundonghui): 以“举办群众身边的活动”为重点 (base: a programme 举办群众身边的活动)."""
    doc = extract_text("烟台市第八届全民健身运动会开幕\n"
                       "烟台市体育局举办全民健身运动会。本届全民健身运动会以“全民动员、全民参与”为宗旨,"
                       "以“举办群众身边的活动”为重点,以“社会力量办赛”为主要方式。")
    assert "举办群众身边的活动" not in _names(doc, "Programme")


def test_a_campus_place_places_no_later_project_of_the_sentence():
    """北京市卫生健康委 (02-beijing-wjw-2023): 安贞医院通州院区基本完工,…,宣武医院房山院区暨国家医学中心项目…已提前核准
    (base: the 宣武医院 project implemented in 通州区)."""
    doc = extract_text("北京市卫生健康委员会2023年度绩效任务完成情况\n"
                       "北京市卫生健康委加快市属医疗资源疏解项目规划建设。"
                       "友谊医院顺义院区、安贞医院通州院区基本完工,安定医院新院区完成设计招标和项目方案设计,"
                       "宣武医院房山院区暨国家医学中心项目、儿童医院新院区项目已提前核准勘察设计招标方案并下拨前期经费。")
    assert not any(o == "通州区" for s, o in relation_pairs(doc, "implementedIn") if "宣武医院" in s), \
        relation_pairs(doc, "implementedIn")


def test_a_hospital_being_built_is_no_hospital_s_name():
    """02-beijing-wjw-2023: 交钥匙新建医院项目已完成竣工验收,9月28日移交雄安新区 (base: an organisation 交钥匙新建医院)."""
    doc = extract_text("北京市卫生健康委员会2023年度绩效任务完成情况\n"
                       "北京市全力支持雄安新区医疗卫生建设。交钥匙新建医院项目已完成竣工验收,9月28日移交雄安新区。")
    assert not any("新建医院" in n for n in _names(doc, "Organization"))


def test_an_art_season_is_the_event_s_head():
    """新华社 (14-xinjiang-minjian-yishu): 首届中国新疆民间艺术季主要通过民间艺术节目遴选、展演 (base: a programme
    中国新疆民间艺术季主要通过民间艺术节)."""
    doc = extract_text("中国新疆民间艺术季将常设举办\n"
                       "文化和旅游部公共服务司副司长张金宁介绍,首届中国新疆民间艺术季主要通过民间艺术节目遴选、展演、巡演等形式,"
                       "动员新疆民间文艺爱好者广泛参与。")
    programmes = _names(doc, "Programme")
    assert "中国新疆民间艺术季" in programmes and not any("主要通过" in p for p in programmes), programmes


def test_a_large_class_is_no_place():
    """武乡县 (01-wuxiang-zhaosheng): 起始年级班额小学不超45人、初中不超50人,杜绝起始年级出现大班额 (base: a place 大班)."""
    doc = extract_text("武乡县2023年中小学招生入学工作情况\n"
                       "武乡县各中小学校按照县教育局划定的服务范围招收新生,起始年级班额小学不超45人、初中不超50人,"
                       "杜绝起始年级出现大班额。")
    assert "大班" not in _names(doc, "Place")


def test_a_quoted_five_year_plan_before_its_span_word_is_a_time():
    """昆明日报 (07-yunnan-jiaoyu-touzi): “十四五”以来,国家对云南省教育领域的专项资金投入力度不断加大 (base: a
    programme 十四五 implemented in 云南省)."""
    doc = extract_text("云南12个教育基础设施项目获7.55亿元支持\n"
                       "国家发展改革委下达中央预算内投资7.55亿元,支持云南省12个教育基础设施项目建设。\n"
                       "“十四五”以来,国家对云南省教育领域的专项资金投入力度不断加大。")
    assert "十四五" not in _names(doc, "Programme")


def test_a_publicity_desk_signing_as_correspondent_is_no_person():
    """信息时报 (12-guangzhou-chunjie): 信息时报讯(记者 麦锦婷 通讯员 粤文旅宣) (base: a person 粤文旅宣, the
    provincial culture and tourism department's publicity desk)."""
    doc = extract_text("广州大年初四接待市民游客超152万人次\n"
                       "信息时报讯(记者 麦锦婷 通讯员 粤文旅宣)2022年春节假期第五日(大年初四),全省各级文化和旅游部门"
                       "认真落实工作部署,各地节日文化和旅游市场情况稳定有序。")
    people = _names(doc, "Person")
    assert "粤文旅宣" not in people and "麦锦婷" in people, people


def test_a_district_junior_middle_school_named_by_its_scope():
    """杜集区 (16-duji-kaixue-jiancha): 副区长吴奔飞在区教育局党委书记、局长周超的陪同下,前往区实验初级中学
    (base: no school)."""
    doc = extract_text("杜集区副区长吴奔飞检查新学期开学工作\n"
                       "9月1日上午,杜集区人民政府副区长吴奔飞在区教育局党委书记、局长周超的陪同下,前往区实验初级中学,"
                       "实地检查新学期开学各项工作开展情况。")
    assert ("杜集区实验初级中学", "杜集区") in relation_pairs(doc, "locatedIn")
