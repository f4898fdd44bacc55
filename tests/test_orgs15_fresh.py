"""Organs in texts of Xinjiang, Yunnan, Guizhou and foreign-affairs briefings (orgs15): a party
committee after an autonomous prefecture's short name (怒江州委组织部) is the prefecture's, its 州
written once; a foreign consulate stationed in a Chinese city (美国驻成都总领事馆) is one agency of
its country; the Xinjiang Production and Construction Corps names its own organs (兵团党委,
兵团发展改革委) and so do its divisions (七师党委, 第八师石河子市党委).  Sentences in those shapes."""
from __future__ import annotations

from conftest import held_posts, mentioned, names_doc as run, surfaces, text_doc
from kg.pipeline import Pipeline

_POSTS = Pipeline(("layout", "sentences", "gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def test_a_prefecture_committee_after_its_short_name_writes_zhou_once():
    doc = run("州委会议召开\n怒江州委组织部发布干部任前公示。红河州委宣传部、延边州委统战部派员参加。")
    agencies = mentioned(doc, "Agency")
    assert {"怒江傈僳族自治州委组织部", "红河哈尼族彝族自治州委宣传部", "延边朝鲜族自治州委统战部"} <= agencies
    assert not any("州州委" in name for e in doc.entities.values() for name in (e.name, *e.aliases))
    assert "怒江州委组织部" in surfaces(doc, "Agency")


def test_a_level_committee_after_a_place_stands_alone_before_a_verb():
    doc = run("会议召开\n湘西州委召开常委会议，研究部署有关工作。")
    assert "湘西土家族苗族自治州委" in mentioned(doc, "Agency")
    assert "湘西州委" in surfaces(doc, "Agency")


def test_a_consulate_in_a_chinese_city_is_one_agency_of_its_country():
    doc = run("例行记者会\n美国驻成都总领事馆今天闭馆。日本驻沪总领事馆发表声明，韩国驻沈阳总领馆暂停签证。")
    assert {"美国驻成都总领事馆", "日本驻沪总领事馆", "韩国驻沈阳总领馆"} <= mentioned(doc, "Agency")


def test_no_mission_where_the_host_is_no_place():
    doc = run("提醒\n中国驻外使馆提醒公民注意安全。美国驻军撤离后使馆关闭。")
    agencies = mentioned(doc, "Agency")
    assert not any(name.endswith("使馆") and "驻" in name for name in agencies)


def test_an_embassy_in_china_jieba_reads_as_one_word_with_its_country():
    doc = run("声明\n美国驻华大使馆表示反对。")
    assert "美国驻华大使馆" in surfaces(doc, "Agency")


def test_the_corps_and_its_divisions_name_their_own_organs():
    doc = run("兵团党委召开会议\n兵团党委组织部印发通知，兵团发展改革委发布公告。七师党委、第八师石河子市党委参加。")
    agencies = mentioned(doc, "Agency")
    assert {"新疆生产建设兵团党委", "新疆生产建设兵团党委组织部", "新疆生产建设兵团发展和改革委员会",
            "新疆生产建设兵团第七师党委", "新疆生产建设兵团第八师石河子市党委"} <= agencies
    assert not any(name.startswith("新疆维吾尔自治区") or name == "石河子市党委" for name in agencies)


def test_a_division_needs_the_corps_named_in_the_text():
    doc = run("战史\n，第七师党委研究作战方案。")
    assert not any("第七师" in name for name in mentioned(doc, "Agency"))


def test_a_division_committees_officer_holds_the_post_in_the_division():
    got = {held[:3] for held in held_posts(_POSTS(text_doc(
        "兵团座谈会召开\n七师党委书记刘新建出席会议。第八师石河子市党委副书记葛志辉主持。")))}
    assert ("刘新建", "新疆生产建设兵团第七师党委", "书记") in got
    assert ("葛志辉", "新疆生产建设兵团第八师石河子市党委", "副书记") in got


def test_a_former_ministry_is_no_name_where_its_bu_opens_another_word():
    doc = run("通知\n贯彻省委关于医联体建设部署的具体行动，基础设施建设部分资金已到位，武警交通部队参加抢险。")
    assert not mentioned(doc, "Agency") & {"住房和城乡建设部", "交通运输部", "武警交通部"}
    doc = run("通知\n农业部部署春耕生产工作。")
    assert "农业农村部" in mentioned(doc, "Agency")


def test_a_village_organ_after_a_country_or_city_in_a_title_is_no_body():
    doc = run("方案\n根据《中华人民共和国村民委员会组织法》和《重庆市村民委员会选举规程(试行)》，制定本方案。")
    assert not any("村民委员会" in name and "法" not in name for name in mentioned(doc, "Agency"))


def test_listed_departments_share_the_scope_of_an_office_or_committee_department_before_them():
    doc = run("签约\n延边大学分别与龙井市扶贫办、农业局、市委组织部、教育局、卫计局签订协议。")
    agencies = mentioned(doc, "Agency")
    assert {"龙井市农业局", "龙井市教育局", "龙井市卫生和计划生育局"} <= agencies


def test_health_and_family_planning_bodies_written_short():
    doc = run("会议\n省卫计委党组成员、市县卫计局局长参加会议。县卫生计生局发布通知。")
    agencies = mentioned(doc, "Agency")
    assert {"省卫生和计划生育委员会", "县卫生和计划生育局"} <= agencies


def test_a_universitys_own_hospital_is_one_organisation():
    doc = run("签约\n吉林大学第二医院与延边朝医医院签约。四川大学华西医院、南京医科大学第一医院专家参加。")
    orgs = mentioned(doc, "Organization")
    assert {"吉林大学第二医院", "四川大学华西医院", "南京医科大学第一医院"} <= orgs
    assert "华西医院" not in orgs


def test_institutions_listed_after_a_scoped_one_share_its_county():
    doc = run("调研\n调研组对纳雍县妇幼保健院、中医医院、人民医院进行实地调研。")
    assert {"纳雍县中医医院", "纳雍县人民医院"} <= mentioned(doc, "Organization")
    assert "中医医院" not in mentioned(doc, "Organization")


def test_a_deal_verb_before_a_companys_registered_name_is_no_part_of_it():
    doc = run("签约\n中国稀土集团收购获得中色南方稀土(新丰)有限公司控股权。")
    orgs = mentioned(doc, "Organization")
    assert "中色南方稀土(新丰)有限公司" in orgs
    assert not any(name.startswith("收购") for name in orgs)


def test_foreign_parties_named_without_their_country_after_a_first_mention():
    doc = run("会议\n由中国共产党和日本自民党、公明党共同举办的会议在厦门举行。中方愿同包括立宪民主党在内的日本各政党加强对话。")
    orgs = mentioned(doc, "Organization")
    assert {"公明党", "立宪民主党"} <= orgs
    assert "民主党" not in orgs


def test_a_cppcc_committee_written_with_zhengxie_and_its_term_first():
    doc = run("政协会议\n政协第十届西藏自治区委员会召开主席会议，审议政协第十届西藏自治区委员会常务委员会工作报告。"
              "政协西藏自治区委员会办公厅印发通知。")
    agencies = mentioned(doc, "Agency")
    assert {"西藏自治区政协", "西藏自治区政协常委会", "西藏自治区政协办公厅"} <= agencies
    assert not any(name.startswith("西藏自治区委员会") for name in agencies)


def test_a_corps_body_inside_a_clause_and_the_limits_of_its_divisions():
    doc = run("兵团\n葛志辉代表第八师石河子市党委表示欢迎，按照兵团党委要求开展工作。黑龙江生产建设兵团党委旧址开放。"
              "部队第一一二师党委研究。")
    agencies = mentioned(doc, "Agency")
    assert {"新疆生产建设兵团第八师石河子市党委", "新疆生产建设兵团党委"} <= agencies
    assert len([m for e in doc.entities.values() if e.name == "新疆生产建设兵团党委" for m in e.mentions]) == 1
    assert not any("一一二师" in name or "一二师" in name for name in agencies)


def test_forest_and_border_police_units():
    doc = run("警务协作\n两县森林公安在雷山县森林公安局共商警务协作。泸水市公安局森林警察大队、勐腊县公安局边境管理大队开展巡逻。")
    assert {"雷山县森林公安局", "泸水市公安局森林警察大队", "勐腊县公安局边境管理大队"} <= mentioned(doc, "Agency")


def test_a_signatory_before_the_body_it_represents_is_no_part_of_its_name():
    doc = run("签约\n仪式上,陈铁与朴日路分别代表延边大学和龙井市政府签订协议。")
    orgs = mentioned(doc, "Organization")
    assert "延边大学" in orgs and not any(name.endswith("代表延边大学") for name in orgs)


def test_numbered_police_units_and_township_police_stations():
    doc = run("警情\n西畴县兴街镇派出所民警出警。县公安局交警三中队查获车辆，市公安局特警支队一大队出动。")
    agencies = mentioned(doc, "Agency")
    assert "兴街镇派出所" in agencies
    assert {"县公安局交警三中队", "市公安局特警支队一大队"} <= surfaces(doc, "Agency")


def test_a_courts_tribunals_and_divisions_named_after_it():
    doc = run("审判\n西畴县人民法院兴街人民法庭开庭。文山州中级人民法院刑事审判第一庭二审，县人民法院执行局执行。")
    assert {"西畴县人民法院兴街人民法庭", "文山壮族苗族自治州中级人民法院刑事审判第一庭"} <= mentioned(doc, "Agency")
    assert "县人民法院执行局" in surfaces(doc, "Agency")


def test_a_kind_of_institution_jieba_tags_nt_is_no_name_alone():
    doc = run("视察\n视察组深入兴义市医院、下午屯街道卫生院、洒金街道社区卫生服务站实地了解情况。")
    assert not mentioned(doc, "Organization") & {"卫生院", "中医院"}


def test_a_discipline_commissions_stationed_groups_and_their_heads():
    doc = run("纪委通报\n县纪委监委第一派驻纪检监察组开展监督。市纪委监委驻市教育局纪检监察组通报。")
    assert {"县纪委监委第一派驻纪检监察组", "市纪委监委驻市教育局纪检监察组"} <= surfaces(doc, "Agency")
    got = {held[:3] for held in held_posts(_POSTS(text_doc(
        "纪委通报\n西畴县纪委监委驻县教育局纪检监察组组长李明出席。")))}
    assert ("李明", "西畴县纪委监委驻县教育局纪检监察组", "组长") in got


def test_offices_of_a_party_committees_commissions_written_short():
    doc = run("会议\n县委改革办、市委深改办、县委军民融合办、市委国安办、县委机要保密局派员参加。")
    assert {"县委改革办", "市委深改办", "县委军民融合办", "市委国安办", "县委机要保密局"} <= surfaces(doc, "Agency")


def test_a_peoples_congress_committees_written_short_after_it():
    doc = run("人大\n省人大财经委、省人大常委会法工委、县人大常委会农业农村工委、县人大内司委参加调研。")
    assert {"省人大财经委", "省人大常委会法工委", "县人大常委会农业农村工委", "县人大内司委"} <= surfaces(doc, "Agency")


def test_bingtuan_alone_in_a_text_about_xinjiang_is_the_corps():
    doc = run("会议\n今年是兵团成立70周年，兵团深入贯彻落实新疆工作会议精神。黑龙江生产建设兵团知青返城。")
    corps = [e for e in doc.entities.values() if e.name == "新疆生产建设兵团"]
    assert corps and len(corps[0].mentions) == 2
    doc = run("会议\n志愿者兵团参加活动。")
    assert "新疆生产建设兵团" not in mentioned(doc, "Agency")
