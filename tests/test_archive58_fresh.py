"""Round 58 (archive58): archives, local chronicles and party-history offices from fresh texts of
/tmp/s26/fresh/archive58 — archives counted in 卷 (卷(册), 卷(盒)) and a chronicle's length in 万字; bare
counts listed over 、 count what the list's last count names (24343卷、53271件、2267张档案); 区属 and 市属
say owned by that level (no count of districts); 进馆 ends what is counted; 接收 leads no indicator; a
year before 卷 names a yearbook's volume."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> list[tuple[str, float, str]]:
    return [(m.indicator, m.value, m.unit) for m in doc.metrics]


def test_archives_counted_in_files():
    """广水市档案馆 (hbda.gov.cn): 文书档案以卷为保管单位42491卷…专门档案28252卷;特藏档案322卷, and 靖远县档案馆
    馆藏…档案116544卷(册): counts of archive files (base: no figure in 卷 at all, 25万卷档案 a bare
    250000 with 卷档案 its indicator)."""
    doc = extract_text("广水市档案馆开展馆藏档案清查工作\n发布时间:2018-05-11\n"
                       "广水市档案馆摸清档案数量“家底”(专门档案28252卷;特藏档案322卷)。"
                       "靖远县档案馆能容纳25万卷档案。目前档案馆馆藏82个全宗,档案116544卷(册)。")
    got = _figures(doc)
    assert ("专门档案", 28252, "卷") in got and ("特藏档案", 322, "卷") in got, got
    assert ("档案", 116544, "卷") in got and ("档案", 250000, "卷") in got, got


def test_a_year_before_its_volume_is_no_count():
    """东明县 (shandong-chorography.org): 《东明年鉴》2018卷 is the yearbook's volume of 2018, no count of
    2018 files once 卷 counts archives."""
    doc = extract_text("东明县史志工作\n发布时间:2018-12-20\n"
                       "《东明年鉴》2018卷由中国文史出版社出版发行。全年接收档案1200卷。")
    got = _figures(doc)
    assert not any(v == 2018 for _i, v, _u in got), got
    assert any(v == 1200 and u == "卷" for _i, v, u in got), got


def test_bare_counts_listed_share_the_last_count_s_noun():
    """沙市区档案馆 (hbdaxh.cn): 全年接收39个全宗单位24343卷、53271件、2267张档案“双套制”进馆: the files and
    items are archives (base: 53271件 measured 件, and with 卷 read, 全宗单位)."""
    doc = extract_text("荆州市沙市区档案馆2023年工作实现突破\n发布时间:2024-02-08\n"
                       "2023年,沙市区档案馆全年接收39个全宗单位24343卷、53271件、2267张档案“双套制”进馆。")
    got = _figures(doc)
    assert ("档案", 24343, "卷") in got and ("档案", 53271, "件") in got, got
    assert ("全宗单位", 39, "个") in got, got
    book = _figures(extract_text("东明年鉴出版\n发布时间:2018-12-20\n该书共80万字、181张图片。"))
    assert not any(v == 800000 and i == "图片" for i, v, _u in book), book  # 字 is what is counted


def test_a_chronicle_s_length_in_characters():
    """高港区志 (jssdfz.jiangsu.gov.cn): 终审稿分上、下册,计158.5万字: a length in 字 (base: a bare 1585000
    with the indicator 数量); 十字路口 stays a word."""
    doc = extract_text("《高港区志》召开终审会议\n2016-11-15\n终审稿分上、下册,计158.5万字。会场设在十字路口东侧。")
    got = _figures(doc)
    assert any(v == 1585000 and u == "字" for _i, v, u in got), got
    assert not any(u == "字" and v != 1585000 for _i, v, u in got), got


def test_district_owned_enterprises_are_no_count_of_districts():
    """沙市区档案馆: 接收21家区属改制企业文书档案6514件: 21 enterprises owned by the district (base: 21家区,
    then 属改制企业文书档案 for 6514件)."""
    doc = extract_text("荆州市沙市区档案馆2023年工作\n发布时间:2024-02-08\n"
                       "2023年,沙市区档案馆接收21家区属改制企业文书档案6514件。")
    got = _figures(doc)
    assert not any(i == "区" for i, _v, _u in got), got
    assert any(v == 6514 and i.startswith("区属") for i, v, _u in got), got


def test_received_archives_are_counted_without_the_verb():
    """沙市区档案馆: 接收精准扶贫档案1305卷(盒)8666件 and 会计档案1851卷档案进馆: the archives counted, no 接收,
    no 进馆 (base: 8666件 measured 件, 1851卷 lost)."""
    doc = extract_text("荆州市沙市区档案馆2023年工作\n发布时间:2024-02-08\n"
                       "2023年,沙市区完成两类档案移交工作,接收精准扶贫档案1305卷(盒)8666件。"
                       "另有13家企业会计档案1851卷档案进馆。")
    got = _figures(doc)
    assert ("精准扶贫档案", 1305, "卷") in got and ("精准扶贫档案", 8666, "件") in got, got
    assert ("档案", 1851, "卷") in got, got


def test_the_merged_party_history_and_chronicles_office_of_the_city_committee():
    """安庆 (aqdsw.cn): 市委党史和地方志研究室三管齐下抓方志工作 — the city committee's office for party history and
    local chronicles, of 安庆市 (base: only 安庆市委, which ran the office's 两全目标)."""
    doc = extract_text("市委党史和地方志研究室三管齐下抓方志工作\n发布时间:2019-07-18\n"
                       "近年以来,市委党史和地方志研究室围绕存史、资政、育人的中心职能开展工作。《安庆年鉴》多次获奖。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "安庆市委党史和地方志研究室" in agencies, agencies


def test_a_chronicle_named_after_its_place_is_no_part_of_what_is_counted():
    """《高港区志》召开终审会议 (jssdfz.jiangsu.gov.cn): 评审组成员、《高港区志》编纂工作人员约30人参会: the people
    counted are the chronicle's compilers, of 高港区 (base: the indicator 志编纂工作人员参会人数, the place cut
    out of the title)."""
    doc = extract_text("《高港区志》召开终审会议\n2016-11-15\n"
                       "9月20日,泰州市党史方志档案办公室在高港区召开《高港区志》终审会议。"
                       "评审组成员、《高港区志》编纂工作人员约30人参会。")
    got = [m.indicator for m in doc.metrics if m.value == 30]
    assert got and not got[0].startswith("志"), got


def test_people_coming_in_batches_are_counted_without_the_batches():
    """通州区 (kanbao.dayuntongzhou.com): 玉桥中学近200名学生分两批次来到通州区档案馆参观: 200 students (base:
    the indicator 学生分两)."""
    doc = extract_text("通州区开展国际档案日系列宣传活动\n刊发日期:2025-06-11\n"
                       "昨天下午,玉桥中学近200名学生分两批次来到通州区档案馆参观。")
    got = [m.indicator for m in doc.metrics if m.value == 200]
    assert got == ["学生"], got
