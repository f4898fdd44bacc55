"""Relations from the sentence's grammar on government sentences of other provinces and levels
(issue 13): lists of documents, written place chains, the agency opening a sentence, 在…举行,
donors, headlines that name the article's work."""
from __future__ import annotations

import pytest

from conftest import text_doc
from kg.pipeline import Pipeline
from kg.stages import relations as R

STAGES = ("gazetteer", "registry", "entities", "resolve", "relations")


def build(text: str):
    return Pipeline(STAGES)(text_doc(text))


def triples(doc) -> dict[tuple[str, str, str], set[str]]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name[r.subject], r.predicate, name[r.object]): r.rules for r in doc.relations}


def test_documents_listed_after_their_issuer_are_its_too():
    t = triples(build("有色金属产业健康发展\n各地区、各部门要认真落实国务院《有色金属产业调整和振兴规划》（国发[2009]14号）、"
                      "《关于抑制部分行业产能过剩和重复建设引导产业健康发展若干意见的通知》（国发[2009]38号）文件确定的各项政策措施。"))
    assert ("国务院", "runs", "有色金属产业调整和振兴规划") in t
    assert t[("国务院", "runs", "关于抑制部分行业产能过剩和重复建设引导产业健康发展若干意见的通知")] == {"relations.runs-list"}


def test_a_county_is_part_of_the_province_written_before_it():
    t = triples(build("优秀县委书记履新\n如云南省福贡县委书记李红文已任中共怒江州委常委。"))
    assert ("福贡县", "partOf", "怒江傈僳族自治州") in t  # the nearest larger place named
    assert t[("福贡县", "partOf", "云南省")] == {"relations.partOf-written"}  # and the one written with it


def test_the_agency_opening_the_sentence_runs_what_it_holds_where_the_sentence_says():
    t = triples(build("开江县水果产业发展\n3月26日，开江县农业农村局组织全县各乡镇站长等100余人，"
                      "在永兴镇龙头桥村成功举办了“蜜柚种植技术培训”活动。"))
    assert t[("开江县农业农村局", "runs", "蜜柚种植技术培训")] == {"relations.runs-subject"}
    assert t[("蜜柚种植技术培训", "implementedIn", "龙头桥村")] == {"relations.implementedIn-locative"}
    assert ("蜜柚种植技术培训", "implementedIn", "开江县") not in t


def test_a_place_that_funds_a_project_is_not_where_it_is_built():
    t = triples(build("兴安盟重点项目集中开工\n此次开工的项目有鄂尔多斯市援建的鄂尔多斯羊绒集团年产40万件羊绒衫加工项目、"
                      "博源集团30万吨合成氨52万吨尿素项目等。"))
    assert ("鄂尔多斯羊绒集团", "runs", "鄂尔多斯羊绒集团年产40万件羊绒衫加工项目") in t
    assert ("鄂尔多斯羊绒集团年产40万件羊绒衫加工项目", "implementedIn", "鄂尔多斯市") not in t
    assert ("鄂尔多斯羊绒集团年产40万件羊绒衫加工项目", "implementedIn", "兴安盟") in t
    assert ("博源集团30万吨合成氨52万吨尿素项目", "implementedIn", "鄂尔多斯市") not in t


def test_a_headline_names_the_work_its_body_reports_the_parts_of():
    t = triples(build("全椒县扎实开展“廉政风险防控”工作\n近日，全椒县纪委监察局组织召开“廉政风险提醒谈话”活动，"
                      "并推出“五个严禁”。全县深入贯彻落实“一岗双责”制度。"))
    assert t[("全椒县纪委", "runs", "廉政风险防控")] == {"relations.runs-headline"}
    assert ("廉政风险提醒谈话", "subProgrammeOf", "廉政风险防控") in t  # an event of the work
    assert ("五个严禁", "subProgrammeOf", "廉政风险防控") in t  # a numbered measure of it
    assert ("一岗双责", "subProgrammeOf", "廉政风险防控") not in t  # a policy it carries out


def test_a_headline_that_only_reports_a_visit_names_no_work():
    t = triples(build("王伟一行调研我区“为农服务”工作\n近日，全椒县纪委监察局组织召开“廉政风险提醒谈话”活动。"))
    assert not any(p == "subProgrammeOf" for _, p, _ in t)


def test_implemented_in_precedence_is_an_ordered_list_of_resolvers():
    """The order decides: a place written after 在 before the verb wins over the sentence's
    subject place, and a programme's own place over the subject too."""
    assert len(R.PLACE_RESOLVERS) >= 5 and R._policy_named in R.PLACE_RESOLVERS[:1]  # policies first
    doc = build("兴安盟重点项目集中开工\n兴安盟在乌兰浩特经济技术开发区建设“铁路专用线”项目。")
    t = triples(doc)
    assert ("铁路专用线", "implementedIn", "乌兰浩特经济技术开发区") in t
    assert ("铁路专用线", "implementedIn", "兴安盟") not in t


@pytest.mark.parametrize("text", [
    "开江县水果产业发展\n开江县农业农村局介绍了“蜜柚种植技术培训”活动。",  # no verb of holding before it
])
def test_no_runner_without_a_verb_of_holding(text):
    t = triples(build(text))
    assert ("开江县农业农村局", "runs", "蜜柚种植技术培训") not in t or \
        t[("开江县农业农村局", "runs", "蜜柚种植技术培训")] == {"relations.runs-article-agency"}


def test_an_organ_listed_after_another_bodys_post_shares_its_scope():
    """Resolution names it (自治区党委书记、人大常委会主任: the region's 人大常委会); it is located there."""
    t = triples(build("内蒙古重点项目集中开工\n4月23日，自治区党委书记、人大常委会主任胡春华宣布重点项目开工。"))
    assert ("内蒙古自治区人大常委会", "locatedIn", "内蒙古自治区") in t
    t = triples(build("内蒙古重点项目集中开工\n4月23日，自治区党委书记胡春华，人大常委会主任王某出席。"))
    assert not any(s.endswith("人大常委会") and s != "人大常委会" for s, _, _ in t)  # not one person's posts


def test_an_organisation_written_after_its_place_is_located_there(tmp_path):
    """Companies the grammar cannot split from their place come from a user dictionary here."""
    terms = tmp_path / "terms.tsv"
    terms.write_text("name\ttype\n乌兰集团\tOrganization\n圣华新药业公司\tOrganization\n", encoding="utf-8")
    pipe = Pipeline(STAGES, config={"entities": {"user_dict": str(terms)}})
    t = triples(pipe(text_doc("项目开工\n胡春华考察了兴安盟乌兰集团圣华新药业公司。")))
    assert t[("乌兰集团", "locatedIn", "兴安盟")] == {"relations.locatedIn-before"}
    assert ("圣华新药业公司", "locatedIn", "兴安盟") in t  # after the company written after the place
    t = triples(pipe(text_doc("项目开工\n胡春华考察了兴安盟、乌兰集团。")))  # a list: not its place
    assert ("乌兰集团", "locatedIn", "兴安盟") not in t


def test_a_visiting_delegation_does_not_run_the_hosts_work():
    """The lead sentence's first body is the visitor (…总社…率总社科教社团部…调研): no agency of the
    article runs the quoted programmes by default."""
    doc = build("王伟一行调研我社为农服务工作\n11月22日，中华全国供销合作总社理事会副主任王伟率总社科教社团部副部长沈青等"
                "调研指导我社为农服务工作。他指出，要扎实推进“三位一体”综合改革。")
    t = triples(doc)
    assert not any(p == "runs" for _, p, _ in t)
    doc = build("工作动态\n11月22日，杭州市萧山区农业农村局召开会议。会议强调，要扎实推进“三位一体”综合改革。")
    assert any(p == "runs" and r == {"relations.runs-article-agency"} for (_, p, _), r in triples(doc).items())


def test_a_country_is_no_default_place_in_a_text_between_countries():
    t = triples(build("中华人民共和国和阿拉伯联合酋长国关于加强全面战略伙伴关系的联合声明\n"
                      "应阿联酋副总统邀请，中国国家主席访问阿联酋。双方支持“中阿文化周”活动。"))
    assert not any(s == "中阿文化周" and p == "implementedIn" for s, p, _ in t)
    t = triples(build("我国外贸稳中向好\n中国海关总署发布数据。各地积极支持“单一窗口”活动。"))
    assert t[("单一窗口", "implementedIn", "中国")] == {"relations.implementedIn-article-place"}  # a national text


def full_build(tmp_path, text: str, terms: str):
    """The whole default pipeline over a text file, with a user dictionary."""
    from kg.readers.corpus import SourceFile, read_file
    n = len(list(tmp_path.glob("*.tsv")))  # a new file each time: user dictionaries are cached by path
    src, tsv = tmp_path / f"t{n}.txt", tmp_path / f"terms{n}.tsv"
    src.write_text(text, encoding="utf-8")
    tsv.write_text("name\ttype\n" + terms, encoding="utf-8")
    doc = next(iter(read_file(SourceFile(src, src.name))))
    return Pipeline(config={"entities": {"user_dict": str(tsv)}})(doc)


def test_a_programme_named_after_a_company_or_an_aid_is_its_and_the_aided_places(tmp_path):
    """Names a finder may give without their parts (here from a user dictionary): the company a
    project's name opens with runs it (中海油: the registry's); 鄂尔多斯市对口援建兴安盟 is done in
    the league it aids."""
    t = triples(full_build(tmp_path, "广东能源统计\n\n全省重点项目有中海油惠州1200万吨炼油等。\n",
                           "中海油惠州1200万吨炼油\tProgramme\n"))
    assert t[("中国海洋石油集团有限公司", "runs", "中海油惠州1200万吨炼油")] == {"relations.runs-owner"}
    t = triples(full_build(tmp_path, "项目开工\n\n自治区党委、政府作出鄂尔多斯市对口援建兴安盟的决策。\n",
                           "鄂尔多斯市对口援建兴安盟\tProgramme\n"))
    assert ("鄂尔多斯市对口援建兴安盟", "implementedIn", "兴安盟") in t
    assert ("鄂尔多斯市对口援建兴安盟", "implementedIn", "鄂尔多斯市") not in t


def test_a_unit_named_by_the_short_form_of_a_body_before_it_is_its_unit(tmp_path):
    doc = full_build(tmp_path, "王伟一行调研我社为农服务工作\n\n11月22日，中华全国供销合作总社党组成员、理事会副主任王伟（正部级）"
                     "率总社科教社团部副部长沈青、办公厅干部牛召等调研指导我社为农服务工作。\n", "")
    t = triples(doc)
    assert t[("总社科教社团部", "subOrganizationOf", "中华全国供销合作总社")] == {"relations.subOrganizationOf-short"}
    assert not any(p == "runs" for _, p, _ in t)  # the visitors run nothing of the host's


def test_a_place_that_qualifies_an_idea_is_not_where_a_programme_happens():
    """中国 in 中国特色社会主义思想 is no scene: the county's work happens in the county."""
    t = triples(build("上杭县政府工作报告\n2019年，上杭县人民政府以习近平新时代中国特色社会主义思想为指导，"
                      "扎实推进“产业发展项目建设年”活动。"))
    assert ("产业发展项目建设年", "implementedIn", "中国") not in t
    assert ("产业发展项目建设年", "implementedIn", "上杭县") in t


def test_a_reporter_asking_or_a_country_as_subject_does_not_make_the_agency_a_runner():
    """新华社记者：…中国将举办“…论坛” — the news agency asks; the country holds the forum."""
    t = triples(build("外交部长答记者问\n新华社记者：今年5月，中国将举办“一带一路”国际合作高峰论坛。"))
    assert not any(p == "runs" and s == "新华通讯社" for s, p, _ in t)
    t = triples(build("政策发布\n近日，市政府在北京举办“招商引资推介会”。"))  # a place as the scene
    assert ("市人民政府", "runs", "招商引资推介会") in t
