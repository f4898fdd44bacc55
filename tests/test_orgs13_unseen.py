"""Organisations on unseen national and provincial news (orgs13): short forms of county organs and
institutions (人武部, 投促局, 教育考试院), people's organisations by scope (消费者协会, 个私协会),
international bodies by short name, provincial enterprises named by scope and trade, a brand that
ends with 和, a unit registered as a company, and kinds of enterprise that are no names."""
from __future__ import annotations

from conftest import mentioned, names_doc as run, surfaces


def test_short_forms_of_county_organs_and_institutions_are_agencies():
    doc = run("县人武部组织基干民兵开展防汛演练，市投促局、市教育考试院和市疾病控制中心派员参加。")
    agencies = mentioned(doc, "Agency")
    assert {"县人民武装部", "市投资促进局", "市教育考试院", "市疾病预防控制中心"} <= agencies
    assert {"县人武部", "市投促局", "市疾病控制中心"} <= surfaces(doc, "Agency")


def test_associations_a_scope_names_are_peoples_organisations():
    doc = run("3月15日，县消费者协会联合市律师协会开展维权宣传，县个私协会、县老区建设促进会派员参加。")
    orgs = mentioned(doc, "Organization")
    assert {"县消费者协会", "市律师协会", "县个体私营企业协会", "县老区建设促进会"} <= orgs
    assert "县个私协会" in surfaces(doc, "Organization")


def test_international_bodies_by_their_short_names():
    doc = run("集安组织秘书长表示，愿同拉共体和全球疫苗免疫联盟加强合作。")
    assert {"集体安全条约组织", "拉美和加勒比国家共同体", "全球疫苗免疫联盟"} <= mentioned(doc, "Organization")


def test_a_provincial_enterprise_is_named_by_scope_and_trade():
    doc = run("省交通投资集团有限公司与县政府签订协议，省农业发展集团、省能源集团有限公司参加签约。")
    orgs = mentioned(doc, "Organization")
    assert {"省交通投资集团有限公司", "省农业发展集团", "省能源集团有限公司"} <= orgs


def test_kinds_of_enterprise_after_a_scope_or_alone_are_no_names():
    doc = run("中国中铁是规模最大的央企集团之一。市企业集团和省大型集团公司要带头，国企集团加快改革。")
    orgs = mentioned(doc, "Organization")
    assert not orgs & {"央企集团", "市企业集团", "省大型集团公司", "国企集团"}
    assert "中国中铁" in surfaces(doc, "Organization")


def test_a_brand_that_ends_with_he_keeps_it():
    doc = run("园区将引入上海均和集团参与运营。市政府和集团签订了框架协议。")
    orgs = mentioned(doc, "Organization")
    assert "上海均和集团" in orgs
    assert not any(n.endswith("和集团") and n != "上海均和集团" for n in orgs)


def test_a_unit_registered_as_a_company_keeps_its_legal_form():
    doc = run("中国电建集团河北电力勘测设计研究院有限公司中标该项目。")
    assert "中国电建集团河北电力勘测设计研究院有限公司" in mentioned(doc, "Organization")


def test_the_cppcc_by_its_full_name_alone_is_the_national_body():
    doc = run("中国人民政治协商会议是中国人民爱国统一战线的组织。中国人民政治协商会议湖北省委员会召开常委会议。")
    agencies = {e.name: {m.surface for m in e.mentions} for e in doc.entities.values()
                if e.type == "Agency" and e.mentions}
    assert "中国人民政治协商会议" in agencies.get("中国人民政治协商会议全国委员会", set())
    assert "中国人民政治协商会议湖北省委员会" in agencies.get("湖北省政协", set())


def test_documents_ending_in_bao_before_a_bracket_are_no_papers():
    doc = run("县应急管理局印发全县安全生产工作简报（第5期）。市卫健委发布疫情防控情况通报（第1号）。")
    assert not any(n.endswith(("简报", "通报")) for n in mentioned(doc, "Organization"))


def test_a_preposition_before_a_paper_in_a_credit_is_no_part_of_it():
    doc = run("据经济日报（记者王明）报道，和烟台晚报记者一起采访。")
    orgs = surfaces(doc, "Organization")
    assert "烟台晚报" in orgs
    assert not any(n.startswith(("据", "和")) for n in orgs)


def test_a_zone_written_short_before_its_committee_is_no_relative_district():
    doc = run("经开区管委会召开会议，研究部署招商工作。")
    assert "区管委会" not in surfaces(doc, "Agency")


def test_a_mission_abroad_named_after_its_country_is_one_agency():
    doc = run("中国驻大阪总领事馆发布安全提醒。中国驻美国大使馆发言人表示，中国常驻联合国代表团将出席会议。")
    agencies = surfaces(doc, "Agency")
    assert {"中国驻大阪总领事馆", "中国驻美国大使馆", "中国常驻联合国代表团"} <= agencies
    assert "美国大使馆" not in agencies


def test_verbs_in_a_row_or_a_count_before_a_suffix_are_no_name():
    doc = run("有的村民不愿经营，只想靠拿银行利息过日子。他曾在省城一家报社当编辑。")
    orgs = surfaces(doc, "Organization")
    assert not any(n.startswith(("靠拿", "一家")) or "一家报" in n for n in orgs)


def test_central_enterprises_by_the_short_names_provincial_news_uses():
    doc = run("省政府与航天科工、中国航发、中国中化和中国化学工程签署协议，中国华能、中国有色集团负责人出席。")
    orgs = mentioned(doc, "Organization")
    assert {"中国航天科工集团有限公司", "中国航空发动机集团有限公司", "中国中化控股有限责任公司",
            "中国化学工程集团有限公司", "中国华能集团有限公司", "中国有色矿业集团有限公司"} <= orgs
    assert "中国" not in mentioned(doc, "Place")


def test_a_chamber_of_one_provinces_firms_in_another_keeps_both_places():
    doc = run("上海市安徽商会会长、广东省湖南商会秘书长出席。河南省郑州市第一中学派员参加。")
    orgs = mentioned(doc, "Organization")
    assert {"上海市安徽商会", "广东省湖南商会"} <= orgs
    assert "郑州市第一中学" in orgs and "河南省郑州市第一中学" not in orgs


def test_offices_and_party_departments_set_up_lately_are_agencies():
    doc = run("县委社会工作部、市国防动员办公室、市国动办、县营商办和市政府合作交流办负责同志参加会议，市委社工部作部署。")
    agencies = surfaces(doc, "Agency")
    assert {"县委社会工作部", "市国防动员办公室", "市国动办", "县营商办", "市政府合作交流办", "市委社工部"} <= agencies
    assert not any(n.startswith("市政府") and n != "市政府合作交流办" for n in agencies)


def test_a_generic_unit_jieba_tags_as_a_body_is_no_name_alone():
    doc = run("北约计划在日本开设联络处。县里将组建5个驻外企业服务联络处，并召开汇报会。")
    orgs = surfaces(doc, "Organization")
    assert not orgs & {"联络处", "汇报会"}
    assert "北约" in orgs


def test_a_business_environment_bureau_keeps_the_name_it_is_written_with():
    doc = run("齐齐哈尔市营商环境建设监督局是云平台的主管部门，县营商局负责本县平台。")
    agencies = mentioned(doc, "Agency")
    assert "齐齐哈尔市营商环境建设监督局" in agencies
    assert not any(n.endswith("营商环境局") for n in agencies)  # no full form is made up for 营商局
