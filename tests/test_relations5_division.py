"""The division of work a notice writes after each task — （A牵头，B、C配合）, （A、B等负责）, a row
牵头单位：A；配合单位：B — names who runs the task's programmes; a division never reaches across
into the next task.  Sentences written in the shape of county and provincial notices."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts", "relations"))


def runs(text: str) -> dict[tuple[str, str], set[str]]:
    doc = _PIPE(text_doc(text))
    return {(doc.entities[r.subject].name, doc.entities[r.object].name): r.rules
            for r in doc.relations if r.predicate == "runs"}


_NOTICE = ("关于印发开江县2023年优化营商环境重点任务的通知\n"
           "1.全面推行“一网通办”改革。依托省政务服务平台，推动政务服务事项全部网上可办。（县行政审批局牵头，县发展改革局、县财政局配合）"
           "2.深入开展“放心消费”创建活动。推进线下无理由退货。（县市场监管局、县商务局等负责）"
           "3.持续实施“百企帮百村”行动。按照《四川省乡村振兴促进条例》要求，引导民营企业结对帮扶。（县工商联牵头，县乡村振兴局按职责分工负责）\n"
           "4.组织开展“智慧工地”试点建设。\n"
           "牵头单位：县住房城乡建设局；配合单位：县自然资源局、县应急管理局。")


def test_the_lead_of_a_task_runs_its_programme_and_those_who_assist_do_not():
    got = runs(_NOTICE)
    assert got[("开江县行政审批局", "一网通办")] == {"relations.runs-division"}
    assert ("开江县发展和改革局", "一网通办") not in got  # 配合 assists
    assert ("开江县财政局", "一网通办") not in got


def test_every_body_said_to_be_responsible_runs_the_task_when_none_leads():
    got = runs(_NOTICE)
    assert ("开江县市场监督管理局", "放心消费") in got
    assert ("开江县商务局", "放心消费") in got


def test_a_lead_outranks_those_responsible_and_a_cited_law_is_not_the_tasks():
    got = runs(_NOTICE)
    assert ("开江县工商联", "百企帮百村") in got
    assert ("开江县乡村振兴局", "百企帮百村") not in got  # 牵头 before 按职责分工负责
    assert not any(p == "四川省乡村振兴促进条例" for _, p in got)  # 按照《…》: a higher law


def test_a_row_of_labels_under_the_task_names_its_lead():
    got = runs(_NOTICE)
    assert got[("开江县住房和城乡建设局", "智慧工地")] == {"relations.runs-division"}
    assert ("开江县自然资源局", "智慧工地") not in got


def test_a_division_closing_one_task_is_no_subject_of_the_next():
    got = runs("陕西省政府工作报告重点工作分工\n"
               "2、继续抓好30个重大文化项目，支持生产性服务业加快发展。（省发改委、省文化厅等负责）"
               "3、继续实施“十百千万”工程，大力培育新型农业经营主体。（省农业厅牵头）")
    assert ("陕西省农业厅", "十百千万") in got
    assert ("陕西省文化厅", "十百千万") not in got
    assert ("陕西省发展和改革委员会", "十百千万") not in got


def test_a_parenthesis_that_says_something_else_divides_nothing():
    got = runs("邯郸市开展清洁家园行动\n3月2日，邯郸市启动“清洁家园”专项行动。（市农业农村局供图）")
    assert ("邯郸市农业农村局", "清洁家园") not in got


def test_the_first_issuer_of_a_document_several_bodies_wrote_issues_it():
    got = runs("汉阴县人民政府办公室关于印发资金管理办法的通知\n"
               "根据财政部等11部门《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》、"
               "陕西省财政厅等部门《关于印发过渡期资金管理实施细则的通知》等文件精神，制定本办法。")
    assert ("财政部", "关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知") in got
    # (a quoted 关于印发X的通知 only wraps X: the document the bureau issues is X, relations35)
    assert ("陕西省财政厅", "过渡期资金管理实施细则") in got


def test_jointly_issued_and_forwarded_documents_belong_to_their_issuers():
    got = runs("农业农村部部署高标准农田建设\n近日，农业农村部、财政部联合印发《关于做好2023年高标准农田建设工作的通知》。"
               "安康市人民政府办公室转发省农业农村厅《关于开展春耕备耕工作的通知》，要求各县区认真落实。")
    assert ("农业农村部", "关于做好2023年高标准农田建设工作的通知") in got
    assert ("财政部", "关于做好2023年高标准农田建设工作的通知") in got
    assert ("陕西省农业农村厅", "关于开展春耕备耕工作的通知") in got
    assert ("安康市人民政府办公室", "关于开展春耕备耕工作的通知") not in got  # 转发 passes it on


def test_a_division_with_pieces_that_name_no_body_or_more_than_bodies():
    got = runs("开江县人民政府办公室关于印发重点任务的通知\n"
               "1.开展“护苗2023”专项行动。（县委宣传部牵头，各乡镇人民政府、县直各有关部门配合，2023年底前完成）\n"
               "2.实施“春风行动”。责任单位：县人力资源社会保障局 完成时限：2023年6月底前")
    assert got[("开江县委宣传部", "护苗2023")] == {"relations.runs-division"}
    assert got[("开江县人力资源和社会保障局", "春风行动")] == {"relations.runs-division"}


def test_the_bodies_that_sign_an_agreement_each_issue_it():
    got = runs("开江县招商引资签约\n3月5日，开江县人民政府与四川能投集团签订《战略合作框架协议》。"
               "同日，商务部与新加坡贸工部签署《关于加强数字经济合作的谅解备忘录》。")
    assert ("开江县人民政府", "战略合作框架协议") in got
    assert ("四川能投集团", "战略合作框架协议") in got
    assert ("商务部", "关于加强数字经济合作的谅解备忘录") in got


def test_huitong_after_a_body_is_the_verb_not_the_county():
    got = runs("开江县部署就业工作\n县人社局会同县财政局印发《关于做好2023年就业创业工作的通知》。")
    assert ("开江县人力资源和社会保障局", "关于做好2023年就业创业工作的通知") in got
    assert ("开江县财政局", "关于做好2023年就业创业工作的通知") in got
    assert not any(a.startswith("会同县") for a, _ in got)
