"""Names on unseen national, foreign-affairs, county and enterprise news (names11): a country
written short before 国内 (俄国内), a central enterprise's bureau opened by 中国 (中国水电八局), a
group's short and long forms (中国电建集团, 中国电力建设集团), and common words jieba's dictionary
tags as places (满意度, 台次, 镇区)."""
from __future__ import annotations

from conftest import mentioned, names_doc as run, surfaces


def test_a_country_written_short_before_guonei_is_the_country():
    doc = run("他表示，俄国内通胀压力上升，俄国外汇储备有所增加。")
    assert "俄罗斯" in mentioned(doc, "Place")
    assert "俄" in surfaces(doc, "Place")
    assert "俄国" in surfaces(doc, "Place")  # 俄国|外汇: the country's older name, before a word of its own
    assert mentioned(doc, "Place") == {"俄罗斯"}


def test_a_country_whose_name_ends_in_guo_keeps_it_before_nei():
    doc = run("美国内政部当天发布声明。")
    assert "俄罗斯" not in mentioned(doc, "Place")
    assert any(n.startswith("美国") for n in mentioned(doc, "Agency"))


def test_a_central_enterprise_bureau_opened_by_china_is_a_company():
    doc = run("该水电站大坝工程由中国水电八局承建，中国水电十一局负责厂房施工。")
    orgs = mentioned(doc, "Organization")
    assert {"中国水电八局", "中国水电十一局"} <= orgs
    assert not mentioned(doc, "Agency")


def test_a_groups_short_and_long_forms_merge_with_the_group():
    doc = run("中国电力建设集团有限公司（简称中国电建）中标该项目。中国电建集团表示，"
              "中国电力建设集团将派出精干力量。")
    orgs = mentioned(doc, "Organization")
    assert orgs == {"中国电力建设集团有限公司"}
    assert {"中国电建集团", "中国电力建设集团"} <= surfaces(doc, "Organization")


def test_a_group_written_with_jituan_after_its_short_form():
    doc = run("中国移动集团与中国华能集团签署战略合作协议。")
    assert {"中国移动通信集团有限公司", "中国华能集团有限公司"} <= mentioned(doc, "Organization")


def test_measures_and_counts_tagged_as_places_are_no_places():
    doc = run("活动聚焦群众满意度，大队共出动警力90人次，警车15台次。")
    assert not mentioned(doc, "Place")
    doc = run("该镇先后获评为市级平安镇区。")
    assert "镇区" not in mentioned(doc, "Place")


def test_a_township_whose_stem_is_a_proper_noun_of_the_dictionary():
    doc = run("5月8日，龙华镇乡村治理工作总结表扬活动在该镇燕坝村举办。")
    assert "龙华镇" in mentioned(doc, "Place")


def test_a_township_organising_its_villages_names_no_village():
    doc = run("10月29日，钱场镇组织各村（社区）召开第四季度户主会。")
    places = mentioned(doc, "Place")
    assert "钱场镇" in places
    assert not any("组织" in p for p in places)
    doc = run("西合营镇南大坪村、海子洼村开展人居环境整治。")
    assert {"南大坪村", "海子洼村"} <= mentioned(doc, "Place")


def test_a_university_town_is_no_university():
    doc = run("长清区委、区政府，长清大学城管委会、驻大学城高校负责同志参加会议。")
    assert not any(n.endswith("大学") for n in mentioned(doc, "Organization"))
    doc = run("山东大学城市学院举行开学典礼。")
    assert "山东大学城市学院" in mentioned(doc, "Organization")


def test_a_place_and_a_rank_name_a_class_of_bodies_not_one():
    doc = run("河北工程大学作为河北省重点骨干大学，在土木工程领域具备优势。")
    orgs = mentioned(doc, "Organization")
    assert "河北工程大学" in orgs and not any("重点" in n for n in orgs)
    doc = run("河北省智慧水利重点实验室揭牌，北京大学和河北大学签约。")
    assert {"河北省智慧水利重点实验室", "河北大学"} <= mentioned(doc, "Organization")


def test_a_police_brigade_is_no_team_and_keeps_its_county_unit():
    doc = run("三明市公安局沙县分局交警大队开展酒驾整治行动。")
    assert not mentioned(doc, "Organization")
    assert "沙县分局交警大队" in surfaces(doc, "Agency")
    doc = run("深圳交警东部大队联合龙岗公安分局开展行动。")
    assert not mentioned(doc, "Organization")
    doc = run("辽宁女子足球队主场获胜。")
    assert "辽宁女子足球队" in mentioned(doc, "Organization")


def test_a_zone_named_after_its_county_is_no_township_of_that_name():
    doc = run("太湖县人民政府通知：花亭湖风景名胜区管理处、太湖经济开发区管委会隶属县政府。")
    assert "经济开发区" not in mentioned(doc, "Place")
    assert "太湖经济开发区管委会" in mentioned(doc, "Agency")


def test_the_qu_of_a_cluster_or_resort_zone_is_no_district():
    doc = run("经省编办审批，核定集聚区管理委员会行政编制15名。")
    assert not any(n.startswith("区") for n in mentioned(doc, "Agency"))
    doc = run("旅游度假区管委会负责片区招商。")
    assert not any(n.startswith("区") for n in mentioned(doc, "Agency"))
    doc = run("市加快产业集聚区建设攻坚领导小组成员单位参加观摩。")
    assert not any(n.startswith("区") for n in mentioned(doc, "Agency"))
    doc = run("区政府召开常务会议。")
    assert "区人民政府" in mentioned(doc, "Agency")


def test_a_bare_party_department_is_the_committees_not_a_body_of_its_own():
    doc = run("会泽县委副书记、统战部部长杨军表示欢迎。")
    agencies = mentioned(doc, "Agency")
    assert "统战部" not in agencies  # (the posts stage names it 会泽县委统战部)
    assert "会泽县委" in agencies


def test_an_abolished_organ_before_its_heads_title_stays_historical():
    doc = run("铁道部部长刘志军出席会议。会上，铁道部发布了通知。")
    agencies = mentioned(doc, "Agency")
    assert "铁道部" in agencies and "国家铁路局" not in agencies
    doc = run("卫生部副部长黄洁夫表示。")
    assert "卫生部" in mentioned(doc, "Agency")


def test_a_renamed_organ_or_one_named_without_a_head_merges_into_the_current_organ():
    doc = run("农业部部长韩长赋出席。")
    assert "农业农村部" in mentioned(doc, "Agency")
    doc = run("铁道部发布通知。")
    assert "国家铁路局" in mentioned(doc, "Agency")


def test_a_given_name_the_dictionary_tags_as_a_place_after_a_family_name():
    doc = run("万广明在会上讲话。")
    assert "广明" not in mentioned(doc, "Place")
    doc = run("市委书记王广明指出，要加快发展。")
    assert "广明" not in mentioned(doc, "Place")
    doc = run("调研组来到广明村。")
    assert "广明" not in mentioned(doc, "Place")  # (the village's name, read whole)


def test_a_news_site_named_zaixian_before_a_dateline():
    doc = run("浙江在线记者 张三 报道：昨日，杭州市召开会议。")
    assert "浙江在线" in mentioned(doc, "Organization")
    assert "浙江在线" not in mentioned(doc, "Person")
    doc = run("群众可在线报道问题，平台开展在线消息推送。")
    assert not mentioned(doc, "Organization")


def test_a_congress_or_its_standing_committee_is_an_agency_with_its_term():
    doc = run("第二届全国人民代表大会第一次会议在北京举行。")
    assert "全国人民代表大会" in mentioned(doc, "Agency")
    assert "第二届全国人民代表大会" in surfaces(doc, "Agency")
    doc = run("六届人大常委会第三次会议通过了决定。")
    assert "人大常委会" in mentioned(doc, "Agency")
    assert not mentioned(doc, "Organization")


def test_a_foreign_ministry_of_two_joined_fields_before_its_ministers_title():
    doc = run("阿联酋外交与国际合作部部长阿卜杜拉会见王毅。")
    assert "阿联酋外交与国际合作部" in mentioned(doc, "Agency")
    doc = run("马来西亚农业和土地开发部长会见了代表团。")
    assert "马来西亚农业和土地开发部" in mentioned(doc, "Agency")
    doc = run("美国和日本外务省官员举行会谈。")
    assert "美国" in mentioned(doc, "Place")
    assert not any(n.startswith("美国") for n in mentioned(doc, "Agency"))


def test_a_design_institute_of_a_university_or_group_is_named_with_it():
    doc = run("文旅局与清华大学建筑研究设计院团队就全域旅游规划进行对接。")
    assert "清华大学建筑研究设计院" in mentioned(doc, "Organization")
    doc = run("学院与浙建集团工程设计总院举行产学研合作签约仪式。")
    assert "浙建集团工程设计总院" in mentioned(doc, "Organization")
    doc = run("他介绍了浙建集团和工程设计总院的发展历程。")
    assert "浙建集团" in mentioned(doc, "Organization")


def test_a_health_centre_is_an_institution_not_a_department():
    doc = run("县卫生院开展义诊，县卫生健康局派员指导。")
    assert "县卫生院" in surfaces(doc, "Organization")
    assert not any(n.endswith("卫生院") for n in mentioned(doc, "Agency"))
    assert any(n.endswith("卫生健康局") for n in mentioned(doc, "Agency"))


def test_a_post_and_its_holder_before_a_kind_word_name_no_organisation():
    doc = run("校党委书记郑永扣代表学校对客人表示欢迎。")
    assert not mentioned(doc, "Organization")
    doc = run("河北工程大学党委书记于树江出席。")
    assert "河北工程大学" in mentioned(doc, "Organization")


def test_village_rules_after_a_township_name_no_village():
    doc = run("该乡制订出台《大冲乡环境卫生村规民约》等长效机制。")
    assert not any(n.endswith("村") for n in mentioned(doc, "Place"))
    doc = run("吉安县大冲乡南村村民参加了评比。")
    assert "南村" in mentioned(doc, "Place")


def test_an_organisation_written_again_without_its_place_is_the_same():
    doc = run("济南城投集团联合长清区人民政府召开对接会。会上，城投集团推介了11个项目。")
    orgs = mentioned(doc, "Organization")
    assert "济南城投集团" in orgs and "城投集团" not in orgs
    assert "城投集团" in surfaces(doc, "Organization")
    doc = run("北京城投集团与上海城投集团签约，城投集团负责人出席。")
    assert {"北京城投集团", "上海城投集团", "城投集团"} <= mentioned(doc, "Organization")
