"""A notice whose headline is its own title without 《》 (湖南省人民政府办公厅关于加强…工作的通知 as the
article's first line) is that document: a programme its issuer runs; a personnel notice's headline
(关于王明等同志职务任免的通知) and a wrapper (关于印发X的通知: X is the document) are no such
programme, nor is a line of a list of titles.  Sentences written in the shape of provincial notices."""
from __future__ import annotations

from conftest import RELATION_STAGES, programmes_and_relations

STAGES = ("layout", "sentences") + RELATION_STAGES


def build(text: str):
    """The programme names and (subject, predicate, object) relations of `text`, laid out first."""
    return programmes_and_relations(text, STAGES)


def test_a_headline_notice_is_a_programme_its_issuer_runs():
    names, rels = build("江西省人民政府办公厅关于加强农村饮水安全工程管理的通知\n"
                        "各设区市、县（市、区）人民政府，省政府各部门：\n"
                        "为加强农村饮水安全工程建设和运行管理，经省政府同意，现就有关事项通知如下。")
    doc = "关于加强农村饮水安全工程管理的通知"
    assert doc in names
    assert ("江西省人民政府办公厅", "runs", doc) in rels


def test_a_headline_without_issuer_is_still_the_document():
    names, _ = build("关于开展2024年全省安全生产大检查的通知\n各市、县人民政府，省直有关部门：\n"
                     "省安委会决定在全省开展安全生产大检查，现将有关事项通知如下。")
    assert "关于开展2024年全省安全生产大检查的通知" in names


def test_personnel_notices_wrappers_and_title_lists_are_no_programme():
    names, _ = build("关于王明等同志职务任免的通知\n各乡镇人民政府，县政府各部门：\n"
                     "经县人民政府研究决定：任命王明为开江县水务局局长。")
    assert not {n for n in names if n.startswith("关于")}
    names, _ = build("赣州市人民政府关于印发赣州市城市更新实施方案的通知\n各县（市、区）人民政府：\n"
                     "现将《赣州市城市更新实施方案》印发给你们，请认真贯彻执行。")
    assert "赣州市城市更新实施方案" in names and not {n for n in names if n.startswith("关于")}
    names, _ = build("政府文件\n2020-07-14\t邯郸市人民政府办公室关于进一步做好防震减灾工作的通知\n"
                     "2020-07-10\t邯郸市人民政府关于禁限燃放烟花爆竹的通告\n")
    assert not {n for n in names if n.startswith("关于")}


def test_a_quoted_model_or_mechanism_is_a_programme_of_its_place():
    names, rels = build("泉州市推广政府采购新做法\n记者从泉州市财政局了解到，今年该市将在各县市区全面推进"
                        "“泉州模式”，并建立“三级联动机制”。")
    assert {"泉州模式", "三级联动机制"} <= names
    assert ("泉州模式", "implementedIn", "泉州市") in rels


def test_a_headline_of_several_opinions_is_the_document_and_implemented_in_its_province():
    names, rels = build("湖北省人民政府关于进一步优化营商环境的若干意见\n各市、州、县人民政府，省政府各部门：\n"
                        "为深入贯彻国务院关于优化营商环境的决策部署，结合我省实际，提出如下意见。")
    doc = "关于进一步优化营商环境的若干意见"
    assert ("湖北省人民政府", "runs", doc) in rels
    assert (doc, "implementedIn", "湖北省") in rels


def test_a_forwarding_headline_names_the_forwarded_document_not_a_new_one():
    names, rels = build("市政府办公室转发市发展改革委关于做好2024年重点项目建设工作意见的通知\n各县(市、区)人民政府:\n"
                        "市发展改革委《关于做好2024年重点项目建设工作的意见》已经市政府同意，现转发给你们。\n"
                        "吉安市人民政府办公室\n2024年2月20日")
    assert names == {"关于做好2024年重点项目建设工作的意见"}
    assert ("吉安市发展和改革委员会", "runs", "关于做好2024年重点项目建设工作的意见") in rels


def test_a_document_referred_to_by_its_head_word_is_the_same_document():
    names, rels = build("两部门联合印发资金管理办法\n近日，省财政厅、省农业农村厅联合印发《江西省农业产业强镇建设资金管理办法》。"
                        "《办法》明确，资金重点支持产业强镇建设。《意见》另行发布。")
    assert names == {"江西省农业产业强镇建设资金管理办法"}
    assert ("江西省财政厅", "runs", "江西省农业产业强镇建设资金管理办法") in rels
