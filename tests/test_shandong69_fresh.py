"""Round 69 (shandong69): ordinary county and township news of 山东 (临沂, 日照, 德州, 菏泽) and 河北 outside
邯郸 (保定, 廊坊, 沧州) from fresh texts of /tmp/s26/fresh/shandong69 — visits, 乡村振兴, 河长制, projects,
cooperatives.  Fixes: a photo story set as its headline and one credited caption (图片新闻: no body but the
caption) has its caption's figures read, the caption being the story; how the counted river chiefs or water
bodies are run (常态化, 分段, 责任到人) ends the noun counted; a post's or a chief's title quoted before a
programme head (“河长”管理体系, “第一书记”帮扶机制) is no programme; a body pointed back at with 该 (该合作社, 该企业)
is the figure's subject and no word of its indicator; a county's state forest farm named by a bare level word
(县望海楼国有林场) takes the article's county; 实施 (works carried out) opens no indicator (实施投资 → 投资);
the spoken 来 between a round number and its unit (9万来块钱) is approx; the bare head noun that points back at
the body (合作社开展…) is no word of the indicator."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_a_photo_story_s_credited_caption_is_its_text():
    """12-dingtao-putao (中国菏泽网, 定陶县): 葡萄喜获丰收 ⏎ 10月16日,…社员人均年收入1.6万元。 通讯员 某 记者 某 摄
    — the whole story is one credited caption under its headline (base: none of its figures read)."""
    doc = extract_text("葡萄喜获丰收\n10月16日,定陶县马集镇时寨村葡萄专业合作社社员正在收获葡萄。据了解,时寨村及周边村入社群众"
                       "达100余户,已发展晚熟葡萄360余亩,社员人均年收入1.6万元。 通讯员 刘忠玉 记者 刘卫国 摄")
    got = _metrics(doc)
    assert ("社员人均年收入", 16000, "元") in got, got
    assert ("发展晚熟葡萄", 360, "亩") in got, got
    # a caption under an article's body repeats it: its figures are not read twice
    doc = extract_text("葡萄喜获丰收\n今年,时寨村发展晚熟葡萄360余亩,社员人均年收入1.6万元。\n"
                       "图为社员在采摘葡萄,今年亩产2000公斤。 记者 刘卫国 摄")
    got = _metrics(doc)
    assert ("社员人均年收入", 16000, "元") in got, got
    assert not any(v == 2000 for _, v, _ in got), got


def test_how_counted_chiefs_and_waters_are_run_ends_their_noun():
    """06-laiyuan-jieshui (保定涞源县): 县、乡、村232名河长常态化、规范化巡河; 08-wenan-hezhang (廊坊文安县): 对全县
    5条主要河流、26条骨干渠道分段设立河长,对全县1004个水体责任到人 (base: indicators 河长常态化, 骨干渠道分段,
    水体责任到人)."""
    got = _metrics(extract_text("近年来,涞源县县、乡、村232名河长常态化、规范化巡河,加强河湖监管。"))
    assert ("河长", 232, "名") in got, got
    got = _metrics(extract_text("文安县对全县26条骨干渠道分段设立河长,对全县1004个水体责任到人、实名管理。"))
    assert ("骨干渠道", 26, "条") in got and ("水体", 1004, "个") in got, got
    # a noun that opens with the word keeps it
    got = _metrics(extract_text("今年,全县建成3个常态化监测点。"))
    assert ("常态化监测点", 3, "个") in got, got


def test_a_quoted_chief_or_post_title_is_no_programme():
    """07-xianghe-anping (廊坊香河县安平镇): 建立总河长领导下的镇、村两级“河长”管理体系 (base: a programme 河长);
    the same for a post's title before a head (建立“第一书记”帮扶机制: base a programme 第一书记)."""
    doc = extract_text("该镇建立总河长领导下的镇、村两级“河长”管理体系,设置镇、村两级河长23名。")
    assert "河长" not in _programmes(doc), _programmes(doc)
    doc = extract_text("县委组织部建立“第一书记”帮扶机制,选派干部驻村。")
    assert "第一书记" not in _programmes(doc), _programmes(doc)
    # the system itself, quoted whole, stays a programme
    doc = extract_text("该县全面推行“河长制”,河湖面貌明显改善。")
    assert "河长制" in _programmes(doc), _programmes(doc)


def _subjects(doc) -> dict[str, str | None]:
    return {m.indicator: (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def test_a_body_pointed_back_at_with_gai_is_the_subject_no_word_of_the_indicator():
    """11-dezhou-shuiluobo (德州水罗卜李村): 成立惠丰种植专业合作社…, then the co-op pointed back at (该合作社…, as
    该企业, 该基地 are in county news) — the body named before is the subject and 该合作社 no word of the
    indicator (base: indicator 该合作社带动农户, no subject)."""
    doc = extract_text("2019年,水罗卜李村成立惠丰种植专业合作社。今年该合作社带动农户120户。")
    assert _subjects(doc).get("农户") == "惠丰种植专业合作社", _subjects(doc)
    doc = extract_text("今年该企业实现产值3亿元。")
    assert ("产值", 300000000, "元") in _metrics(doc), _metrics(doc)
    # a word that 该厂 only begins (该厂房) keeps its noun
    doc = extract_text("该厂房面积3000平方米。")
    assert not any(i == "房面积" for i, _, _ in _metrics(doc)), _metrics(doc)


def test_a_county_s_own_forest_farm_named_by_a_bare_level_word_takes_its_place():
    """01-junan-meili (临沂莒南县): 县委副书记李洪刚、县望海楼国有林场场长、县美丽办主任庄悦宁陪同 — the county's state
    forest farm, completed with the article's county as 县城投公司 is (base: an organisation 县望海楼国有林场)."""
    doc = extract_text("莒南县召开美丽乡村建设推进会\n6月20日,莒南县召开美丽乡村建设推进会。县委副书记李洪刚、县望海楼国有林场场长"
                       "庄悦宁参加会议。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "莒南县望海楼国有林场" in orgs and "县望海楼国有林场" not in orgs, orgs


def test_carrying_out_works_is_no_word_of_their_investment():
    """05-yixian-hehu (保定易县): 易县水利局…先后实施投资2.2亿元的北易水(梁格庄桥至县界)水毁提升防洪工程 (base: an
    indicator 实施投资); 实施率 stays the rate's noun."""
    got = _metrics(extract_text("易县水利局先后实施投资2.2亿元的北易水防洪工程。"))
    assert ("投资", 220000000, "元") in got, got
    got = _metrics(extract_text("今年,全县实施产业类重点项目12个,项目实施率达95%。"))
    assert ("产业类重点项目", 12, "个") in got, got
    assert any(i.endswith("实施率") for i, _, _ in got), got


def test_the_spoken_lai_between_a_round_number_and_its_unit_is_approx():
    """11-dezhou-shuiluobo (德州): 牡丹这一块主要是收籽,这个收益是每年大约9万来块钱 (a village head's words; base: the
    indicator 来块钱 with no unit); 来 before a word that is no unit (300万来自…) reads no unit."""
    doc = extract_text("村党支部书记说:“这个收益是每年大约9万来块钱。”全村有二十来个大棚。")
    got = {(m.value, m.unit, m.approx) for m in doc.metrics}
    assert (90000, "元", True) in got and (20, "个", True) in got, got
    doc = extract_text("项目资金500万元,其中300万来自中央财政。")
    assert not any(m.unit == "来" or "来" in (m.unit or "") for m in doc.metrics), doc.metrics


def test_a_bare_head_noun_pointing_back_is_no_word_of_the_indicator():
    """11-dezhou-shuiluobo (德州): 2019年…成立惠丰种植专业合作社…。从2022年起,合作社开展大豆玉米带状种植150亩 — 合作社
    points back at the co-op, the figure's subject (base: indicator 合作社开展大豆玉米带状种植)."""
    doc = extract_text("2019年,水罗卜李村成立惠丰种植专业合作社。从2022年起,合作社开展大豆玉米带状种植150亩。")
    assert _subjects(doc).get("大豆玉米带状种植") == "惠丰种植专业合作社", _subjects(doc)
    # a co-op's own noun after the head keeps what is measured (社员人均收入, no 人均收入)
    doc = extract_text("2019年,水罗卜李村成立惠丰种植专业合作社。目前,合作社社员人均收入2万元。")
    assert _subjects(doc).get("社员人均收入") == "惠丰种植专业合作社", _subjects(doc)
