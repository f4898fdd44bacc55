"""Round 43 (mine43): the items of a project list closed by 等…项目 name works when they state a
phase or end in a built work's head, and the kind of the projects may stand between 等 and 项目
(…等两国发展项目, 等一批重点项目); fresh texts in /tmp/s26/fresh/mine43 (a Hubei press conference,
provincial government work reports, county coastal-development news)."""
from __future__ import annotations

from conftest import extract_text


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_phase_of_a_work_in_a_project_list_is_a_named_project():
    """楚天都市报 (湖北省 press conference): 争取鄂北水资源配置二期工程等项目纳入国家规划: the phase names the
    work 鄂北水资源配置二期工程, without the verb 争取 before it (base: only a place 鄂北)."""
    doc = extract_text("西安至武汉高铁等4个铁路项目年内开工\n"
                       "潘幼成说,加快19条高速公路开工建设。争取鄂北水资源配置二期工程等项目纳入国家规划,尽快开工建设。")
    assert "鄂北水资源配置二期工程" in _programmes(doc), _programmes(doc)
    assert not any(p.startswith("争取") for p in _programmes(doc))


def test_works_listed_before_the_kind_of_projects_are_named():
    """A joint statement's list: 共同支持中阿产能合作示范园、哈利法港二期集装箱码头、伊提哈德铁路网二期等两国发展
    项目 — 两国发展 says which projects, the three items are works (base: none, the list end 等项目 was
    read only right after 等)."""
    doc = extract_text("联合声明\n双方将不断深化能源、产能和基础设施建设合作，共同支持中阿产能合作示范园、"
                       "哈利法港二期集装箱码头、伊提哈德铁路网二期等两国发展项目。")
    assert {"中阿产能合作示范园", "哈利法港二期集装箱码头", "伊提哈德铁路网二期"} <= _programmes(doc), _programmes(doc)


def test_kinds_of_work_in_a_project_list_are_no_names():
    """滨海县 news: 加快临港产业区的自来水厂、污水处理厂、电力、管网等重点项目建设 (the modifier read as the
    kind): a waterworks, a sewage plant, power and pipes are kinds of work, and a head alone
    (水库、公路等基础设施项目) names none."""
    doc = extract_text("我县沿海开发释放发展潜能\n加快临港产业区的自来水厂、污水处理厂、电力、管网等重点项目建设。"
                       "全县开工建设水库、公路、码头等基础设施项目。")
    assert not _programmes(doc) & {"自来水厂", "污水处理厂", "电力", "管网", "水库", "公路", "码头"}, _programmes(doc)


def test_a_project_s_site_visited_names_the_project():
    """民权网: 张团结先后来到绿洲小铺安置房建设工地、双创园、雪人项目、气凝胶项目和金益科技产业园项目建设工地: the
    site of 金益科技产业园项目 names it (base: no project)."""
    doc = extract_text("县委书记张团结调研重点工程和重点项目建设推进情况\n"
                       "1月3日,县委书记张团结深入重点工程和重点项目建设工地,实地调研重点工程和重点项目建设推进情况。"
                       "张团结先后来到绿洲小铺安置房建设工地、双创园、雪人项目、气凝胶项目和金益科技产业园项目建设工地,"
                       "实地察看项目施工进度。")
    assert "金益科技产业园" in _programmes(doc), _programmes(doc)
    assert not any(p.startswith(("重点", "深入")) for p in _programmes(doc)), _programmes(doc)


def test_a_kind_or_a_clause_before_a_project_site_names_none():
    """龙山县 (红网): 深入部分重点项目建设现场 names no project; neither does a clause with no verb of going
    (全县召开重点项目现场会) nor a count (又到3个项目建设现场)."""
    doc = extract_text("陈忠耀调研重点项目建设\n"
                       "9月4日下午,龙山县委副书记陈忠耀深入部分重点项目建设现场就项目建设情况进行调研。"
                       "全县召开重点项目现场会。一行又到3个项目建设现场。")
    assert not any(p.endswith(("重点", "部分重点", "3个")) or "召开" in p for p in _programmes(doc)), _programmes(doc)


def test_a_quoted_list_of_qualities_is_no_programme():
    """A work to be built “高星级、高标准、高品位、高质量”, a service “零距离、零障碍、零投诉”: short words opening
    with one character list the qualities required (base: each quote a programme)."""
    doc = extract_text("区供销联社建设民生工程\n"
                       "扎实建设“高星级、高标准、高品位、高质量”民生工程,开展“零距离、零障碍、零投诉”服务。")
    assert not any("、" in p for p in _programmes(doc)), _programmes(doc)


def test_a_railway_s_ends_are_not_the_story_s_place():
    """楚天都市报: 西安至武汉高铁等4个铁路项目,年内开工! … 湖北省…指挥部召开第121场新闻发布会: the story is
    湖北省's; 西安, an end of the railway named first, is not (base: 西安市, and 鄂北…工程 implemented there)."""
    doc = extract_text("西安至武汉高铁等4个铁路项目,年内开工!\n"
                       "楚天都市报7月13日讯(记者周萍英)下午四点,湖北省新型冠状病毒肺炎疫情防控工作指挥部召开第121场新闻发布会。"
                       "潘幼成说,推动西安至武汉高铁、沿江铁路武汉至宜昌等4个铁路项目年内开工。")
    assert doc.entities[doc.articles[0].place].name == "湖北省", doc.articles[0].place


def test_a_country_inside_a_project_s_name_is_no_subject_of_the_figures():
    """大众网 (枣庄市市中区): 本次共签约中国兽药谷、三维海容医用物流装备生产…等13个项目,计划总投资达145亿元: the
    figures are the district's signing, not 中国's (base: subject 中国, read inside 中国兽药谷)."""
    doc = extract_text("市中区举行招商引资项目集中签约仪式\n"
                       "2月25日下午,2021年第一季度市中区招商引资项目集中签约仪式在市中区档案馆二楼会议室隆重举行。"
                       "据悉,本次共签约中国兽药谷、三维海容医用物流装备生产、枣庄市维度增长互联网医院等13个项目,"
                       "计划总投资达145亿元,涉及医疗器械、高端装备制造等多个领域。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert "中国" not in subjects and "市中区" in subjects, subjects


def test_a_county_s_short_name_ending_inside_a_common_word_is_no_place():
    """央视网 (各地集中力量稳步推进重大项目建设): 促投资、惠民生 in a story naming 滨州: 民生 is the word, no
    惠民县 (base: 惠民县 of 滨州市); the county written as a list item (惠民、阳信、无棣) still is."""
    doc = extract_text("各地集中力量稳步推进重大项目建设\n各地集中力量稳步推进重大项目建设,促投资、惠民生,推动经济高质量发展。"
                       "小清河流经济南、滨州、潍坊等五市,最终汇入渤海。")
    assert "惠民县" not in _places(doc), _places(doc)
    listed = extract_text("滨州市召开会议\n滨州市召开会议,惠民、阳信、无棣等县参加。")
    assert "惠民县" in _places(listed), _places(listed)


def test_a_verb_of_building_before_a_counted_project_is_no_part_of_its_name():
    """吉林省政府工作报告: 建设长春轨道交通2号线东延线等5个项目。高速公路续建集安至桓仁等7个项目722公里: the
    projects are 长春轨道交通2号线东延线 and 集安至桓仁 (base: 建设… and 高速公路续建…)."""
    doc = extract_text("吉林省政府工作报告\n建设长春轨道交通2号线东延线等5个项目。高速公路续建集安至桓仁等7个项目722公里,"
                       "新开工长春都市圈西环线等3个项目307公里。")
    assert {"长春轨道交通2号线东延线", "集安至桓仁", "长春都市圈西环线"} <= _programmes(doc), _programmes(doc)


def test_places_a_first_person_subject_courts_are_no_subject_of_its_figures():
    """武隆区 (本网讯): 我区紧盯长三角、珠三角、京津冀等重点地区,以及市内主城区、两江新区和“三北地区”等,…实现春季
    集中签约文旅、工业、商贸等产业项目9个,协议引资67.7亿元: the district signed them; the regions it courts
    are not the figures' subject (base: 三北)."""
    doc = extract_text("我区春季集中签约项目9个 协议引资67.7亿元\n"
                       "据了解,今年以来,我区紧盯长三角、珠三角、京津冀等重点地区,以及市内主城区、两江新区和“三北地区”等,"
                       "实施以商招商、协同招商,实现春季集中签约文旅、工业、商贸等产业项目9个,协议引资67.7亿元。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert not subjects & {"三北", "两江新区", "京津冀", "长江三角洲"}, subjects
