"""Round 121 (dangxiao121): party-school and administration-college news (嘉定 区委党校 开学典礼, 铁岭 市委党校 “星光班”,
澧县 延安 党性教育培训班, 晴隆 县委党校 升格评审, 镇江 党外中青年干部培训班) and social-science / literary federation
reports (浙江省社科联, 福建省社科联, 康乐县作协, 新密 文联, 连云港 and 宁波 社科普及周) (fresh texts of
/tmp/s27/txt/dangxiao121).
Fixes, base → now:
- 办学 after a party school is running the school, no office (晴隆县委党校办学水平达标评估 → no Agency 晴隆县委党校办,
  was one; 县委党校办公室 stays);
- a party school's head written with its college (常务副校(院)长张景亭, 副校（院）长) is a post held in the school
  (张景亭 holdsPost 市委党校, was no person at all);
- a span right before a campaign's head names the campaign even after a word read as a qualifier (全面振兴新突破三年行动
  → nothing, was a metric 行动 3 年 approx; 超过3年未缴纳 stays a figure);
- the national cadre colleges (延安/井冈山/浦东干部学院) are national bodies (镇江's 市委统战部 sending cadres to
  延安干部学院 → no article place, was 延安市 and 延安市委统战部);
- a training class named with its session is a programme (县委党校举办第十二期中青年干部培训班 → Programme
  中青年干部培训班 run by 县委党校, was nothing; 第三期培训班 alone and 培训班3期 stay no name);
- a writers', artists', calligraphers' or photographers' association written short after its scope is a body (县作协有会员26人
  → 县作协 and 会员 26人, was no body and 县作协有会员; 市美协, 市书协, 省作协, was nothing)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, label: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == label}


def _rels(doc, kind: str) -> set[tuple[str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations
            if r.predicate == kind and r.subject in ents and r.object in ents}


def test_running_a_school_is_no_office_of_the_party_school():
    """04-qinglong-dangxiao-shengge (base: Agency 晴隆县委党校办)."""
    doc = extract_text("升格评审\n陈锐作中共晴隆县委党校办学水平达标评估工作情况汇报。")
    assert not any(n.endswith("党校办") for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert "晴隆县委党校" in _names(doc, "Organization")


def test_the_party_school_office_stays_an_office():
    """guard: 县委党校办公室 is an office of the school."""
    doc = extract_text("会议\n晴隆县委党校办公室主任王刚主持会议。")
    assert "晴隆县委党校办公室" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_head_of_school_and_college_is_a_post_in_the_school():
    """02-tieling-xingguangban (base: no person 张景亭)."""
    doc = extract_text("开班仪式\n开班仪式由市委党校常务副校(院)长张景亭主持。")
    assert ("张景亭", "市委党校") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")
    doc = extract_text("开班仪式\n县委党校（县行政学校）副校（院）长王刚出席。")
    assert "王刚" in _names(doc, "Person"), _names(doc, "Person")


def test_a_span_before_a_campaign_head_is_no_figure_after_a_qualifier_word():
    """02-tieling-xingguangban (base: 行动 3 年 approx from 突破三年行动)."""
    doc = extract_text("开班仪式\n认真落实辽宁全面振兴新突破三年行动的重大部署。")
    assert not any(m.unit == "年" for m in doc.metrics), doc.metrics


def test_a_qualified_span_before_other_words_stays_a_figure():
    """guard: 超过3年未缴纳 is still a figure of 3 years."""
    doc = extract_text("公告\n超过3年未缴纳的,予以注销。")
    assert any(m.value == 3 and m.unit == "年" for m in doc.metrics), doc.metrics


def test_a_national_cadre_college_places_no_article():
    """11-zhenjiang-dangwai-peixunban (base: article place 延安市, 延安市委统战部)."""
    doc = extract_text("全市党外中青年干部培训班开班\n由市委统战部举办的全市党外中青年干部培训班前天开班。"
                       "本次培训班将组织党外干部前往延安干部学院学习。")
    assert "延安市委统战部" not in _names(doc, "Agency"), _names(doc, "Agency")
    assert "延安市" not in _names(doc, "Place"), _names(doc, "Place")
    assert "中国延安干部学院" in _names(doc, "Organization"), _names(doc, "Organization")


def test_a_training_class_named_with_its_session_is_a_programme():
    """modelled on party-school class news (base: no programme)."""
    doc = extract_text("开班\n县委党校举办第十二期中青年干部培训班。")
    assert "中青年干部培训班" in _names(doc, "Programme"), _names(doc, "Programme")
    assert ("县委党校", "中青年干部培训班") in _rels(doc, "runs"), _rels(doc, "runs")
    doc = extract_text("开班\n市委组织部举办首期年轻干部研修班,共有学员45名。")
    assert "年轻干部研修班" in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_bare_class_or_a_count_of_classes_is_no_programme():
    """guard: 第三期培训班 names no class; 培训班3期 is a count."""
    doc = extract_text("总结\n今年共举办第三期培训班。举办培训班3期,培训学员200人次。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")


def test_a_short_writers_or_artists_association_is_a_body():
    """07-kangle-zuoxie-zongjie (base: no 县作协, indicator 县作协有会员; no 市美协, 省作协)."""
    doc = extract_text("工作总结\n县作协有会员26人,其中甘肃省作协会员3人。")
    assert "县作协" in _names(doc, "Organization"), _names(doc, "Organization")
    assert any(m.value == 26 and m.indicator == "会员" for m in doc.metrics), doc.metrics
    doc = extract_text("工作总结\n市美协、市书协联合举办书画展。参加省作协举办的培训班。")
    assert {"市美协", "市书协", "省作协"} <= _names(doc, "Organization"), _names(doc, "Organization")
