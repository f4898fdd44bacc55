"""Round 52 (elderly52): ageing and elderly-care news from fresh texts of /tmp/s26/fresh/elderly52
(陆良县/瑞金市 养老机构安全检查, 平利县/方山县/东安县 老年大学, 顺义区 养老助餐点, 中山市 敬老月): the veteran
cadres bureau written short after its committee (县委老干局), a party committee's 社会工委, no place read
from 无虞, no meeting named by the verb of studying it, and indicators that keep their age band (60岁以上人群)
and their 在 (在学学员)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> dict[str, tuple]:
    return {m.indicator: (doc.entities[m.subject].name, m.value, m.unit) for m in doc.metrics}


def test_worry_free_is_no_place():
    """瑞金市民政局: 全力打造安全无虞的养老环境: 无虞 (free of worry) is an adjective jieba tags ns (base: a
    Place 无虞)."""
    doc = extract_text("瑞金市民政局持续开展养老机构安全检查\n"
                       "通过这种扎实且持续的检查举措,全力打造安全无虞的养老环境,让老人们安享晚年。")
    assert "无虞" not in _names(doc, "Place")


def test_veteran_cadres_bureau_written_short_after_the_committee():
    """平利县: 平利县老年大学声乐班开学典礼在县委老干局举行: the county committee's 老干部局 (base: only
    平利县委, the committee, read from 县委老干局)."""
    doc = extract_text("平利县老年大学声乐班举行开学典礼\n"
                       "9月3日,平利县老年大学声乐班开学典礼在县委老干局举行。")
    agencies = _names(doc, "Agency")
    assert "平利县委老干部局" in agencies and "平利县委" not in agencies, agencies


def test_veteran_cadres_bureau_is_no_department_of_the_government():
    """方山县: 方山县老干局全体工作人员…;局长刘爱忠介绍…: the bureau written short is the 老干部局, its head
    刘爱忠, and it belongs to the party committee, no department of 方山县人民政府 (base: 方山县老干局 as
    written, no post for 刘爱忠)."""
    doc = extract_text("方山县老干局组织学习会议精神\n"
                       "4月28日下午,方山县老干局全体工作人员在会议室召开会议。局长刘爱忠介绍了老年大学发展概况。"
                       "刘爱忠强调,在县委政府及有关老领导的大力支持下,把方山县人民政府办好的事情办好。")
    assert "方山县老干部局" in _names(doc, "Agency")
    assert ("刘爱忠", "方山县老干部局") in relation_pairs(doc, "holdsPost")
    assert ("方山县老干部局", "方山县人民政府") not in relation_pairs(doc, "subOrganizationOf")


def test_a_district_committee_s_social_work_committee_written_short():
    """顺义区: 顺义区委社会工委区民政局…共建设运营养老助餐点39个: the committee's 社会工作委员会 (merged with
    the civil-affairs bureau), not the district committee itself, runs the meal points (base: 顺义区委, the
    subject of the count)."""
    doc = extract_text("顺义区建设运营养老助餐点39个\n"
                       "近年来,顺义区委社会工委区民政局通过养老服务驿站功能提升等方式,共建设运营养老助餐点39个。")
    agencies = _names(doc, "Agency")
    assert "顺义区委社会工作委员会" in agencies and "顺义区委" not in agencies, agencies
    assert _metrics(doc)["建设运营养老助餐点"][0] != "顺义区委"


def test_no_meeting_named_by_the_verb_of_studying_it():
    """方山县老干局组织学习全省老年大学建设发展推进会的会议精神: 组织 organises the studying of a meeting held
    elsewhere (base: a Programme 学习全省老年大学建设发展推进会)."""
    doc = extract_text("方山县老干局组织学习会议精神\n"
                       "方山县老干局组织学习全省老年大学建设发展推进会的会议精神。")
    assert not any(n.startswith("学习") for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_an_age_band_before_the_generic_word_for_people():
    """中山市: 截至2020年底,中山市户籍人口192.17万,其中60岁以上人群达29.41万: the band names the people
    counted (base: an indicator 以上人群)."""
    doc = extract_text("营造养老敬老助老的良好氛围\n"
                       "截至2020年底,中山市户籍人口192.17万,其中60岁以上人群达29.41万,老龄化率达15.3%。")
    got = _metrics(doc)
    assert got.get("60岁以上人群", (None, None))[1] == 294100, got
    assert "以上人群" not in got


def test_enrolled_learners_keep_their_zai():
    """东安县: 东安县老年大学现在有…共47所,在学学员4588人: 在学 is the enrolled, no preposition (base: an
    indicator 学学员)."""
    doc = extract_text("湖南东安:家门口老年大学\n"
                       "据悉,东安县老年大学现在有县、乡镇、村三级老年大学(分校)共47所,在学学员4588人。")
    got = _metrics(doc)
    assert got.get("在学学员", (None, None, None))[1:] == (4588, "人"), got


def test_the_allowance_granted_after_the_amount_s_de():
    """定州市: 我市目前有36位百岁老人,…不但每月给他们发放150元的生活补助金: the allowance named after 的 is
    what the amount measures (base: an indicator 不但每月给他们发放, the verb's clause)."""
    doc = extract_text("市领导看望慰问百岁老人\n"
                       "据了解,定州市目前有36位百岁老人,对这些百岁寿星,不但每月给他们发放150元的生活补助金,"
                       "每年老人节,还会带上慰问金和慰问品上门慰问。")
    got = _metrics(doc)
    assert got.get("生活补助金", (None, None, None))[1:] == (150, "元"), got


def test_an_age_band_between_the_count_and_the_people_counted():
    """官渡区: 看望、慰问了官渡区小板桥、金马街道的房小琼、何许英、陈新凤、莫义秀4位90岁以上的高龄老人: the
    count is of the old people of that band (base: an indicator 莫义秀, the last name listed)."""
    doc = extract_text("官渡:“敬老月”区级领导走访慰问90岁以上高龄老人\n"
                       "10月8日,官渡区区长王忠带领区级领导,看望、慰问了官渡区小板桥、金马街道的房小琼、何许英、"
                       "陈新凤、莫义秀4位90岁以上的高龄老人。")
    got = _metrics(doc)
    assert got.get("90岁以上高龄老人", (None, None, None))[1:] == (4, "位"), got
    assert "莫义秀" not in got
