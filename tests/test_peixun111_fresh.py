"""Round 111 (peixun111): news of training courses' openings and closings (开班仪式, 结业典礼, 毕业仪式,
党校主体班) — 嘉定区委党校's autumn term, 常州市's 科级干部培训班, 澧县's 党性教育专题培训班 in 延安, 盐边县's
公开遴选 course, 竹山县's 中青班, 宜秀区's and 海安市's 村党组织书记 courses, 无锡's 乡村振兴大学堂 in 宜兴,
德惠市's 农机手培训班 and 信阳市's 农村党支部书记培训班 (fresh texts of /tmp/s27/txt/peixun111).  Fixes: 经过
after the people counted opens the span they passed through, no part of the noun (49名参训学员经过一个月的培训
→ 参训学员); a superlative a few characters after 中 makes the noun before 中 the group picked from (7个培训班中
规模最大的一个班 → 培训班); 型 right after a quote makes it a type, no programme (打造“五强”型村书记队伍);
改革 opening a compound (农村改革发展综合试验区) is no reform programme's head."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_the_span_passed_through_is_no_part_of_the_trainees():
    """05-zhushan-zhongqingban: 49名参训学员经过一个月的培训顺利结业 (base: indicator 参训学员经过一个月)."""
    doc = extract_text("中青班毕业典礼\n5月23日，2019年春季中青班毕业典礼在县委党校举行，49名参训学员经过一个月的培训顺利结业。")
    got = _metrics(doc)
    assert ("参训学员", 49, "名") in got, got
    assert not any("经过" in m[0] for m in got), got
    doc = extract_text("培训结业\n全市200名村（社区）党组织书记经过为期一周的培训，全部结业。")
    assert not any("经过" in m[0] for m in _metrics(doc)), _metrics(doc)


def test_a_noun_opening_with_jingguo_keeps_it():
    """Guard: 经过 ends the noun only once it has begun (3家经过认证的企业: no empty noun, no 认证 alone)."""
    doc = extract_text("企业认证\n全县3家经过认证的企业获得补贴。")
    got = _metrics(doc)
    assert any(m[1:] == (3, "家") and m[0].startswith("经过") for m in got), got


def test_the_group_picked_from_before_a_superlative():
    """01-jiading-qiujikaixue: 新任领导培训班有150名同志，是7个培训班中规模最大的一个班 (base: indicator
    培训班中规模最大).  So 12个乡镇中最大的 (base: 乡镇中最大)."""
    doc = extract_text("开学典礼\n本期开设的班级中，新任领导培训班有150名同志，是7个培训班中规模最大的一个班。")
    got = _metrics(doc)
    assert ("培训班", 7, "个") in got, got
    doc = extract_text("乡镇概况\n全县12个乡镇中最大的是城关镇。")
    assert ("乡镇", 12, "个") in _metrics(doc), _metrics(doc)


def test_a_zhong_of_a_word_stays_in_the_noun():
    """Guard: 中 of a common word (中心, 中小学) with a superlative after it stays the noun's."""
    doc = extract_text("教育\n全县有5所中小学最近完成改造，12个乡镇中心学校最先开展试点。")
    got = _metrics(doc)
    assert any(m[1:] == (5, "所") and m[0].startswith("中小学") for m in got), got
    assert any(m[1:] == (12, "个") and m[0].startswith("乡镇中心") for m in got), got


def test_a_quoted_type_is_no_programme():
    """08-wuxi-xiangcunzhenxing-daxuetang: 进一步打造“五强”型村书记队伍 (base: a Programme 五强)."""
    doc = extract_text("乡村振兴大学堂开班\n昨日，全市村党组织书记培训班在宜兴开班，进一步打造“五强”型村书记队伍。")
    assert "五强" not in _names(doc, "Programme"), _names(doc, "Programme")
    # guard: a quoted campaign run by a verb stays one
    doc = extract_text("培训\n全县深入实施“百千万”工程，大力推进“放管服”改革。")
    assert {"百千万", "放管服"} <= _names(doc, "Programme"), _names(doc, "Programme")


def test_reform_and_development_is_no_reform_programme():
    """10-xinyang-zhibushuji: 是扎实推进全市农村改革发展综合试验区建设的需要 (base: a Programme 全市农村改革).
    A reform named so stays one (深化农村集体产权制度改革)."""
    doc = extract_text("培训班开班\n开展培训，是扎实推进全市农村改革发展综合试验区建设的需要。")
    assert not any(n.endswith("改革") for n in _names(doc, "Programme")), _names(doc, "Programme")
    doc = extract_text("改革\n全县深化农村集体产权制度改革，取得明显成效。")
    assert "农村集体产权制度改革" in _names(doc, "Programme"), _names(doc, "Programme")
