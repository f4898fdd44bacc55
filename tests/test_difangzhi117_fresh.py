"""Round 117 (difangzhi117): local chronicles and party-history offices — yearbook and chronicle compiling,
village and township chronicles, archive work: 杭州市委党史研究室's year, 渝北区委党史研究室's work report,
广州市地方志办公室's annual meeting, 东莞市委党史研究室, 邹城市史志办's yearbook report, 长清县's yearbook
notice, the 石碣镇志 and 第一关镇志 launches, 如东县马塘镇's chronicle meeting and 遂昌县's archives in
chronicle work; fresh texts of /tmp/s27/txt/difangzhi117.  Fixes: the party-history and chronicle offices
written short after a scope (遂昌县党史办, 遂昌县志办公室, 市志办, 县志办) are agencies, 县志办 the same body as
the 地方志办公室 named in full (base: none; guarded so the full office keeps its locatedIn), and the offices
made institutes (宁波市史志研究院, 中共山西省委党史研究院) are agencies (base: an Organization, or nothing); the
national 中国地方志指导小组办公室 (中指办) is an agency under 中国地方志指导小组 (base: nothing); an award, an
effort or the compiling after the works counted ends their noun (两个作品获全国…, 四项重点业务工作上下功夫,
12部村志编纂: base 作品获全国党史, 重点业务工作上下功夫, 村志编纂); the deeds of compiling, publishing, collecting
and consulting open the clause before the books and records counted (编纂出版村志15部, 征集史料1200件: base
编纂出版村志, 征集史料); 共分 closes the clause before a book's parts (全书共分22篇: base 全书分); a length in 字
before 的 and a written work (编成一部50多万字的军事志, 60万字的《平阳县志》) measures that work (base: the words
before it, 编成一部, 县史志办出版); a sentence whose only time is the start of a work that then lasted
(修编工作从2002年末正式启动,历时8年多) dates none of the figures after it (base: 2002-12-31 for the book's parts); a task had before 的 (66个有承编任务的
单位) tells what the units counted do (base: indicator 有承编任务)."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _located(doc) -> set[tuple]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == "locatedIn"}


def test_short_party_history_and_chronicle_offices_are_agencies():
    """10-suichang-dangan: 遂昌县党史办组织力量到县档案馆查阅…, 当时的遂昌县志办公室按县志篇目…; base: neither."""
    doc = extract_text("档案在修志中的作用\n2009年,遂昌县党史办组织力量查阅有关档案800余卷。"
                       "当时的遂昌县志办公室按县志篇目布置修志任务。")
    got = _agencies(doc)
    assert "遂昌县党史办" in got and "遂昌县地方志办公室" in got, got


def test_the_short_chronicle_office_is_the_full_one():
    """Guard (08-rudong-matang): 县地方志办公室主任周旭东 … 县志办专家虞建宣: one office, keeping its place (a
    separate 县地方志办 took the full office's locatedIn before 县志办 was given the standard tail)."""
    doc = extract_text("如东县马塘镇召开镇志编纂工作动员大会\n6月12日,如东县马塘镇召开会议。县地方志办公室主任周旭东参加大会。"
                       "县志办专家虞建宣对全体人员进行业务培训。")
    assert "如东县地方志办" not in _agencies(doc), _agencies(doc)
    assert ("如东县地方志办公室", "如东县") in _located(doc), _located(doc)


def test_the_national_chronicle_guidance_office():
    """05-zoucheng-shizhi, 09-diyiguan-zhenzhi: 在中国地方志指导小组办公室和中国地方志协会举办的…; base: no agency."""
    doc = extract_text("史志工作\n2004年12月22日,在中国地方志指导小组办公室和中国地方志协会举办的评选活动中,"
                       "《邹城年鉴》荣获优秀奖。")
    assert "中国地方志指导小组办公室" in _agencies(doc), _agencies(doc)
    subs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "subOrganizationOf"}
    assert ("中国地方志指导小组办公室", "中国地方志指导小组") in subs, subs


def test_a_chronicle_word_is_no_volunteer_office():
    """Guard: 志 names the chronicle office only right before 办 (志愿服务办公室 stays no chronicle office)."""
    doc = extract_text("通知\n2023年,遂昌县志愿服务办公室组织志愿者开展活动。")
    assert not any("地方志" in a for a in _agencies(doc)), _agencies(doc)


def test_an_award_and_an_effort_end_the_noun_counted():
    """01-hangzhou-dangshi: 两个作品获全国党史和文献部门优秀科研成果; 02-yubei-dangshi: 在四项重点业务工作上下功夫;
    base: 作品获全国党史, 重点业务工作上下功夫."""
    doc = extract_text("工作综述\n2022年,市委党史研究室两个作品获全国党史和文献部门优秀科研成果。"
                       "2023年,区委党史研究室着力在四项重点业务工作上下功夫。")
    got = _metrics(doc)
    assert ("作品", 2, "个") in got and ("重点业务工作", 4, "项") in got, got


def test_compiling_ends_the_chronicles_counted():
    """全县完成12部村志编纂 (base: 村志编纂); guard: 5个编纂单位, 3名获奖作者 keep their words."""
    doc = extract_text("史志工作\n2023年,全县完成12部村志编纂,5个编纂单位通过验收,3名获奖作者受表彰。")
    got = _metrics(doc)
    assert ("村志", 12, "部") in got, got
    assert ("编纂单位", 5, "个") in got and ("获奖作者", 3, "名") in got, got


def test_deeds_of_compiling_and_collecting_open_the_clause():
    """编纂出版村志15部, 征集史料1200件, 编印党史读物3000册; base: 编纂出版村志, 征集史料, 编印党史读物."""
    doc = extract_text("史志工作\n2023年,全县编纂出版村志15部。县史志办征集史料1200件,编印党史读物3000册。")
    got = _metrics(doc)
    assert {("村志", 15, "部"), ("史料", 1200, "件"), ("党史读物", 3000, "册")} <= got, got


def test_nouns_the_deeds_open_keep_them():
    """Guard (07-shijie-zhenzhi): 出版数量共有5000册, 出版物1200种, 查阅量 keep their verb."""
    doc = extract_text("镇志出版\n2023年,目前出版数量共有5000册,全年出版物1200种。")
    got = _metrics(doc)
    assert ("出版数量", 5000, "册") in got and ("出版物", 1200, "种") in got, got


def test_a_book_divided_into_parts():
    """07-shijie-zhenzhi: 全书共分22篇78章256节,共80多万字; base: indicator 全书分."""
    doc = extract_text("镇志首发\n2023年,全书共分22篇,共80多万字。")
    got = _metrics(doc)
    assert ("全书", 22, "篇") in got and ("全书", 800000, "字") in got, got


def test_a_length_in_characters_measures_the_work_after_it():
    """10-suichang-dangan: 最终编成一部50多万字的军书志 (base: indicator 最终编成一部); a title in 《》 after 的
    (base: 县史志办出版)."""
    doc = extract_text("档案在修志中的作用\n2002年,县人武部编成一部50多万字的军事志。"
                       "2023年,县史志办出版了60万字的《平阳县志》。")
    got = _metrics(doc)
    assert ("军事志", 500000, "字") in got and ("平阳县志", 600000, "字") in got, got


def test_a_length_before_another_noun_is_no_work():
    """Guard: 该书共80万字 keeps its indicator; 3000字的心得体会 names no work (no figure of a work)."""
    doc = extract_text("东明年鉴出版\n发布时间:2018-12-20\n该书共80万字。他写了3000字的心得体会。")
    got = _metrics(doc)
    assert ("该书", 800000, "字") in got, got
    assert not any(i == "心得体会" for i, _v, _u in got), got


def test_chronicle_and_party_history_institutes_are_agencies():
    """The offices made institutes (宁波市史志研究院, 中共山西省委党史研究院(省地方志研究院)); base: an Organization
    and no 党史研究院 at all."""
    doc = extract_text("山西省史志工作会议\n中共山西省委党史研究院(省地方志研究院)发布通知。宁波市史志研究院派员参加。")
    got = _agencies(doc)
    assert {"宁波市史志研究院", "山西省委党史研究院", "山西省地方志研究院"} <= got, got


def test_a_standards_institute_stays_an_organisation():
    """Guard: 浙江省标准化研究院 is no government office."""
    doc = extract_text("培训\n浙江省标准化研究院举办培训。")
    assert "浙江省标准化研究院" not in _agencies(doc), _agencies(doc)


def _periods(doc) -> dict[tuple, str | None]:
    return {(m.indicator, m.value): m.period for m in doc.metrics}


def test_the_start_of_a_lasting_work_is_no_time_of_its_result():
    """07-shijie-zhenzhi: 修编工作从2002年末正式启动,历时8年多。全书共分22篇,共80多万字; base: 2002-12-31 for the
    finished book's parts and length."""
    doc = extract_text("东莞市石碣镇志\n据悉,修编工作从2002年末正式启动,历时8年多。全书共分22篇,共80多万字。")
    got = {m.value: m.period for m in doc.metrics}
    assert 22 in got and 800000 in got, got
    assert got[22] is None and got[800000] is None, got


def test_a_year_that_opens_the_sentences_still_dates_them():
    """Guard: 2023年,镇志编修工作启动。全镇发动80多个单位参与 (no lasting word): the year stays."""
    doc = extract_text("镇志编修\n2023年,镇志编修工作启动。全镇发动80多个单位参与。")
    assert _periods(doc).get(("单位", 80)) == "2023", _periods(doc)


def test_a_task_had_before_de_tells_the_units_counted():
    """10-suichang-dangan: 66个有承编任务的单位均组织人员… (base: indicator 有承编任务); guard: 13个有关部门的负责人
    stays no count of people in charge."""
    doc = extract_text("档案在修志中的作用\n2023年,全县66个有承编任务的单位均组织人员查阅档案。13个有关部门的负责人参加会议。")
    got = _metrics(doc)
    assert ("单位", 66, "个") in got, got
    assert not any(i == "负责人" for i, _v, _u in got), got
