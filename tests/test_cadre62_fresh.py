"""Round 62 (cadre62): party schools, cadre training, staffing offices (编办) and party history offices,
from fresh texts of /tmp/s26/fresh/cadre62 (21 texts: 上海嘉定, 山西大同, 湖北黄陂, 云南, 四川苍溪, 芦山 and 盐边,
安徽安庆, 宿松 and 黄山, 山东平邑 and 临清, 湖南澧县 and 临澧, 宁夏, 北京大兴, 江苏苏州, 贵州凤冈, 江西安福, 浙江舟山,
national).  Fixes: the staffing committee's office written short (编委办: its office, no committee); a person
addressed by name and post whose name jieba tags as a place (洪都主任); a verb jieba tags as a place (朝圣); an
academic title closing a name (杨俊教授, 杨俊副教授); the kind closing a list after 等 before a verb (等地赠送党史
书籍); a party department after a committee's unit or a county body (平邑县委组织部, never 研究中心组织部); a ring
road named by its side (东北环路: no region); a chief executive's namesake after a mainland party post (市委党校
副校长(兼)董建华: no Hong Kong story); 分赴 and 依次 ending the noun counted, 班 counted in one character; 参政党
no organisation; a quoted course before 培训班/研讨班 a programme; the note (主持日常工作) between post and name;
a body's second name in brackets before a post (区委党史研究室(区地方志办公室)主任); 教育长, a party school's
dean; a bare 党校 in a committee's chain of posts (县委常委、组织部长、党校校长)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_the_staffing_committee_s_office_written_short_is_its_office():
    """14-suzhou-bianban (苏州): 本次会议是苏州市编委办独立设置以来第一次独立承办的全国性研讨活动 (base: the
    committee 苏州市机构编制委员会, the office's 办 dropped; after a county's scope a body 澧县机构编制委员会办)."""
    doc = extract_text("全国研讨会在苏州召开\n本次会议是苏州市编委办独立设置以来第一次独立承办的全国性研讨活动。")
    assert "苏州市机构编制委员会办公室" in _names(doc, "Agency"), _names(doc, "Agency")
    assert "苏州市机构编制委员会" not in _names(doc, "Agency")
    county = extract_text("澧县召开机构编制工作会议\n3月5日,澧县召开机构编制工作会议,县编委办副主任李四主持会议。")
    assert ("李四", "澧县机构编制委员会办公室") in _posts(county), _posts(county)
    # the committee written alone stays the committee
    committee = extract_text("苏州市编委召开会议\n苏州市编委召开全体会议,研究机构编制事项。")
    assert "苏州市机构编制委员会" in _names(committee, "Agency"), _names(committee, "Agency")


def test_a_name_opening_its_clause_before_a_personal_post_is_a_person():
    """14-suzhou-bianban: 中央编办研究中心主任洪都出席研讨会…洪都主任从7个方面对研讨会取得的成果进行了归纳
    (base: a Place 洪都 beside the person)."""
    doc = extract_text("研讨会在苏州召开\n中央编办研究中心主任洪都出席研讨会并讲话。"
                       "洪都主任从7个方面对研讨会取得的成果进行了归纳。")
    assert "洪都" not in _names(doc, "Place"), _names(doc, "Place")
    assert "洪都" in _names(doc, "Person")
    # a place word before a division's head (县长) or inside a clause stays a place
    region = extract_text("东北振兴座谈会召开\n会议研究了东北振兴的重点任务。")
    assert "东北" in _names(region, "Place"), _names(region, "Place")


def test_a_pilgrimage_is_no_place():
    """10-lixian-dangxiao (湖南澧县, 延安培训): 到革命圣地延安来,一是朝圣,应有拜谒之心 (base: a Place 朝圣)."""
    doc = extract_text("澧县领导干部党性教育专题培训班开班\n唐直秋指出:到革命圣地延安来,一是朝圣,应有拜谒之心;"
                       "二是学习,应有专注之心。")
    assert "朝圣" not in _names(doc, "Place"), _names(doc, "Place")
    assert "延安市" in _names(doc, "Place")


def test_an_academic_title_after_a_name_ends_the_name():
    """01-jiading-dangxiao (上海嘉定): 市委党校党史党建教研部副主任杨俊教授作专题辅导报告 (base: no person; with
    副教授 a person 杨俊副)."""
    doc = extract_text("区委党校举行秋季开学典礼\n开学典礼后,市委党校党史党建教研部副主任杨俊教授作专题辅导报告。")
    assert "杨俊" in _names(doc, "Person"), _names(doc, "Person")
    assert any(p == "杨俊" and body.endswith("教研部") for p, body in _posts(doc)), _posts(doc)
    other = extract_text("区委党校举行秋季开学典礼\n开学典礼后,市委党校副校长杨俊副教授作专题辅导报告。")
    assert _names(other, "Person") == {"杨俊"}, _names(other, "Person")


def test_the_kind_closing_a_list_before_a_verb_is_no_part_of_the_indicator():
    """06-anqing-dangshi (安徽安庆): 今年,向军营、企业、社区等地赠送党史书籍1500多册 (base: the indicator
    地赠送党史书籍)."""
    doc = extract_text("市委党史和地方志研究室史志宣传教育再见成效\n今年,向军营、企业、社区等地赠送党史书籍1500多册。")
    assert {m.indicator for m in doc.metrics} == {"赠送党史书籍"}, [m.indicator for m in doc.metrics]
    # a word opening with the kind stays whole (地区生产总值, 地下水位)
    gdp = extract_text("经济运行情况\n北京、上海等地区生产总值增长5.2%。")
    assert any(m.indicator.startswith("地区生产总值") for m in gdp.metrics), [m.indicator for m in gdp.metrics]


def test_a_party_department_after_a_committee_s_unit_is_the_committee_s():
    """07-pingyi-dangshi (山东平邑): 平邑县委党史研究中心主任杨岩…市委常务(sic)、组织部长、统战部长赵纪钢 (base:
    平邑县委党史研究中心组织部, a department inside the research centre). A party department listed after a unit
    of a place's committee is that committee's; after another body of a county, the county committee's."""
    office = extract_text("平邑县召开会议\n会上,平邑县委办公室主任杨岩、组织部副部长赵纪钢出席会议。")
    assert ("赵纪钢", "平邑县委组织部") in _posts(office), _posts(office)
    bureau = extract_text("平邑县召开会议\n会上,平邑县水务局局长杨岩、宣传部副部长赵纪钢出席会议。")
    assert ("赵纪钢", "平邑县委宣传部") in _posts(bureau), _posts(bureau)
    centre = extract_text("平邑县委党史研究中心召开会议\n会上,平邑县委党史研究中心主任杨岩传达了市委常务、组织部长赵纪钢"
                          "同志的讲话。")
    assert not any(body.endswith("研究中心组织部") for _p, body in _posts(centre)), _posts(centre)
    # a committee's own department chain stays the committee's
    chain = extract_text("平邑县召开会议\n会上,平邑县委常委、组织部部长杨岩出席会议。")
    assert ("杨岩", "平邑县委组织部") in _posts(chain), _posts(chain)


def test_a_ring_road_named_by_its_side_is_no_region():
    """02-datong-dangxiao (山西大同): 大同市委党校新校区位于平城区御东北环路北侧片区 (base: a Place 东北 read out of
    the ring road's name)."""
    doc = extract_text("大同市委党校新校区落成揭牌\n大同市委党校新校区位于平城区御东北环路北侧片区,建筑面积60305平方米。")
    assert "东北" not in _names(doc, "Place"), _names(doc, "Place")
    region = extract_text("东北振兴座谈会召开\n推动东北振兴取得新突破,东北地区经济回升。")
    assert "东北" in _names(region, "Place"), _names(region, "Place")


def test_a_mainland_official_named_as_a_chief_executive_places_nothing_in_hong_kong():
    """16-linli-ganbujiaoyu (湖南临澧, a county page naming no place of its own): 市委组织部部务委员、市委党校副校长
    (兼)董建华一行来我县调研干部教育工作 (base: the article placed in 香港 by the chief executive's name, and its
    figures with it)."""
    from conftest import article_place
    text = ("市委组织部调研组来我县调研干部教育工作\n5月9日下午,市委组织部部务委员、市委党校副校长(兼)董建华一行来我县"
            "调研干部教育工作。近年来,我县先后开设了27个专业技能培训基地。")
    assert article_place(text) != "香港", article_place(text)
    # the chief executive himself still places a story that names no other place
    assert article_place("董建华会见访问团\n全国政协副主席董建华在会见时表示,欢迎代表团来访。") == "香港"


def test_people_counted_then_sent_out_end_their_noun_before_the_verb():
    """15-fenggang-ganbu (贵州凤冈): 组织县直部门负责人、16名乡镇领导班子成员、24名乡镇新进领导班子成员分赴上海、浙江参加
    科级干部能力提升培训班 (base: the indicator 乡镇新进领导班子成员分赴上海)."""
    doc = extract_text("凤冈县扎实开展干部教育培训\n该县先后组织县直部门负责人、16名乡镇领导班子成员、24名乡镇新进领导班子成员"
                       "分赴上海、浙江参加科级干部能力提升培训班。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("乡镇新进领导班子成员", 24) in got, got


def test_the_kind_of_party_is_no_organisation():
    """04-yunnan-dangwai (云南省社会主义学院, 党外中青年干部培训班): 持续推进中国特色社会主义参政党建设 (base: an
    Organization 参政党, jieba's nt)."""
    doc = extract_text("党外中青年干部培训班开班\n二是坚持学用结合,持续推进中国特色社会主义参政党建设。")
    assert "参政党" not in _names(doc, "Organization"), _names(doc, "Organization")


def test_a_quoted_training_class_is_a_programme():
    """A party school's or an organisation department's named class (举办了“不忘初心、牢记使命”年轻干部理论培训班,
    a county's 年轻干部 class found while searching this round; “学思想、强党性”专题培训班): the quoted name is the
    course, run by the school (base: no programme)."""
    doc = extract_text("县委党校举办年轻干部培训班\n县委党校举办“学思想、强党性”专题培训班,全县60名年轻干部参加。")
    assert "学思想、强党性" in _names(doc, "Programme"), _names(doc, "Programme")
    seminar = extract_text("市委党校举办研讨班\n市委党校举办“强基铸魂”中青年干部研讨班。")
    assert "强基铸魂" in _names(seminar, "Programme"), _names(seminar, "Programme")


def test_a_note_on_who_runs_the_daily_work_stands_between_post_and_name():
    """Party schools' heads are often a deputy running the daily work: 区委党校副校长(主持日常工作)刘洋主持 (base:
    no person; the short note (兼) was stepped over, this six-character one was not)."""
    doc = extract_text("区委党校举行春季学期开学典礼\n开学典礼由区委党校副校长(主持日常工作)刘洋主持。")
    assert ("刘洋", "区委党校") in _posts(doc), _posts(doc)


def test_a_body_s_second_name_in_brackets_before_a_post_keeps_the_post_the_body_s():
    """Party history offices merged with the chronicles office, propaganda departments with the cyberspace office:
    区委党史研究室(区地方志办公室)主任周敏, 县委宣传部（县委网信办）副部长张三 (base: no post; the bracket closing before
    the post hid the body)."""
    doc = extract_text("区委召开党史学习教育会议\n区委党史研究室(区地方志办公室)主任周敏讲授党课。"
                       "县委宣传部（县委网信办）副部长张三出席。")
    got = _posts(doc)
    assert ("周敏", "区委党史研究室") in got and ("张三", "县委宣传部") in got, got


def test_a_training_s_classes_are_counted_in_one_character():
    """03-huangpi-qingnian (湖北黄陂): 参加此次培训的学员共288名,分三个班依次开展轮训 (base: the indicator 班依次);
    学员120名,分为3个班 (base: the trainees' indicator again, 本期共有学员 3个)."""
    doc = extract_text("黄陂区青年干部培训班开班\n参加此次培训的学员共288名,分三个班依次开展轮训。")
    assert {(m.indicator, m.value) for m in doc.metrics} == {("参加此次培训的学员", 288), ("班", 3)}, \
        [(m.indicator, m.value) for m in doc.metrics]
    other = extract_text("区委党校春季学期开学\n本期共有学员120名,分为3个班。")
    assert ("班", 3) in {(m.indicator, m.value) for m in other.metrics}, [(m.indicator, m.value) for m in other.metrics]


def test_a_party_school_s_dean_of_studies_is_a_post_of_the_school():
    """A municipal party school's opening ceremony (市委党校…开学典礼上,教育长鄧云峰、副校长劉政權分别作教学安排和学员
    管理说明, seen this round in a traditional-script page): 教育长 is the school's dean of studies (base: no post,
    no person)."""
    doc = extract_text("市委党校举行夏季主体班开学典礼\n市委党校常务副校长李强主持典礼,教育长王平、副校长赵敏出席。")
    got = _posts(doc)
    assert ("王平", "市委党校") in got and ("李强", "市委党校") in got, got


def test_a_bare_party_school_in_a_committee_s_chain_is_the_committee_s_school():
    """20-yanbian-peixunban (四川盐边): 县委常委、组织部长、党校校长刘敏作了重要讲话 (base: no post in the school, the
    bare 党校 after the committee's department read as no body)."""
    doc = extract_text("盐边县干部和人才培训班开班\n3月5日上午,培训班在县委党校开班。县委常委、组织部长、党校校长刘敏作了重要讲话。")
    got = _posts(doc)
    assert ("刘敏", "盐边县委党校") in got and ("刘敏", "盐边县委组织部") in got, got
