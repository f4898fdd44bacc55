"""Round 54 (subsidy54): public notices (公示) of subsidies, awards and lists from fresh texts of
/tmp/s26/fresh/subsidy54: a notice's own term in a bracket after its verb (进行公示(5个工作日)) is no
figure; the list and its notice verb end the noun counted (8家…家庭农场名单予以公示); a count of
batches after 分 (分两批下达) is the manner, no figure, and does not split the fund's name; the verb
handing money down to the place (下达我县, 下达我市) is no part of the fund's name."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_notice_term_in_a_bracket_after_its_verb_is_no_figure():
    """贵州 省功勋荣誉表彰工作领导小组办公室: 现对拟开展表彰活动项目进行公示(5个工作日): how long the
    notice stands (base: a figure 5 工作日 of 现对拟开展表彰活动项目进行公示)."""
    doc = extract_text("市(州)、县(市、区)2025年度拟开展评比表彰项目初审情况的公示\n"
                       "拟原则同意市、县级党委和政府2025年开展表彰项目共108项,具体见附件,为充分发扬民主,"
                       "现对拟开展表彰活动项目进行公示(5个工作日),如有不同意见,请于2025年4月21日前以电话、"
                       "传真等方式实名向省功勋荣誉表彰工作领导小组办公室反映。")
    got = _metrics(doc)
    assert not any(unit == "工作日" for _i, _v, unit in got), got
    assert ("表彰项目", 108, "项") in got, got


def test_the_list_and_its_notice_verb_end_the_noun_counted():
    """东阳市农业农村局: 现将评审确定拟新认定的8家东阳市示范性家庭农场名单予以公示: 8 farms (base: the
    indicator 东阳市示范性家庭农场名单予以公示)."""
    doc = extract_text("2022年拟新认定东阳市示范性家庭农场名单公示\n"
                       "对2022年申报东阳市示范性家庭农场进行评审,现将评审确定拟新认定的8家东阳市示范性家庭农场"
                       "名单予以公示。公示期限为7天(2022年11月7日至2022年11月13日)。")
    got = _metrics(doc)
    assert ("东阳市示范性家庭农场", 8, "家") in got, got
    assert not any("公示" in ind for ind, _v, _u in got), got


def test_a_count_of_batches_after_fen_is_no_figure_nor_part_of_the_fund():
    """高台县: 分两批下达我县中央财政农机购置与应用补贴资金1442万元: one amount of the whole fund (base: a
    figure 2 批 of 下达我县中央财政农机购置 and the amount of 与应用补贴资金)."""
    doc = extract_text("高台县2023年农机购置与应用补贴实施情况\n"
                       "2023年,根据省农业农村厅通知,分两批下达我县中央财政农机购置与应用补贴资金1442万元。")
    got = _metrics(doc)
    assert not any(unit == "批" for _i, _v, unit in got), got
    # (review117: 中央财政 kept as the fund's source, as 中央财政资金 always was)
    assert [ind for ind, v, _u in got if v == 14420000] == ["中央财政农机购置与应用补贴资金"], got
    kept = extract_text("县财政局公示\n全年共组织培训5期。")  # no 分 before it: a count as before
    assert ("培训", 5, "期") in _metrics(kept), _metrics(kept)


def test_money_handed_down_to_the_place_is_named_without_the_verb():
    """高碑店市农业农村局: 2023年中央下达我市农机购置补贴中央资金640万元 (base: the indicator
    下达我市农机购置补贴中央资金)."""
    doc = extract_text("高碑店市2023年农机购置补贴实施情况公告\n"
                       "2023年中央下达我市农机购置补贴中央资金640万元,省补贴资金147万元。")
    got = _metrics(doc)
    assert ("农机购置补贴中央资金", 6400000, "元") in got, got
    assert ("省补贴资金", 1470000, "元") in got, got



def test_the_agency_handing_money_down_to_the_place_is_no_subject():
    """张掖市乡村振兴局: 省财政下达我市2023年第二批中央省级财政衔接推进乡村振兴补助资金15763万元,2023年我市
    已累计到位…66185万元: the city's money, not the province's finance department's (base: subject
    省财政局 of the figures the city received)."""
    doc = extract_text("省财政下达我市2023年第二批中央省级财政衔接推进乡村振兴补助资金15763万元\n"
                       "发布时间:2023-05-22 16:26 来源:市乡村振兴局\n"
                       "近日,省财政下达我市2023年第二批中央省级财政衔接推进乡村振兴补助资金15763万元,"
                       "2023年我市已累计到位中央、省级衔接资金66185万元,较上年同期增加3893万元。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert "省财政局" not in subjects, [(m.indicator, m.subject) for m in doc.metrics]
    assert any(m.value == 661850000 for m in doc.metrics), _metrics(doc)


def test_a_management_area_written_as_itself_is_the_table_s_division():
    """锡盟农牧局: 2023年上级下达乌拉盖管理区农机补贴资金997万元: 乌拉盖管理区 of 锡林郭勒盟 (152571), which the
    table names by its committee (乌拉盖管理区管委会) (base: no place, the figures of no subject)."""
    doc = extract_text("2023年乌拉盖管理区农机购置补贴实施进度\n来源:锡盟农牧局 发布时间:2023-11-22\n"
                       "2023年上级下达乌拉盖管理区农机补贴资金997万元,其中国家补贴资金790万元。")
    places = {e.name: e.code for e in doc.entities.values() if e.type == "Place"}
    assert "152571" in places.values(), places
    assert all(m.subject in doc.entities and doc.entities[m.subject].code == "152571" for m in doc.metrics), \
        [(m.indicator, m.subject) for m in doc.metrics]
