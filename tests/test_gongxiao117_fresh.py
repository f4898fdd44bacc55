"""Round 117 (gongxiao117): supply and marketing co-operatives (供销合作社联合社) — province and city system
reports, county co-ops' figures, 基层社 recovery, spring fertiliser supply, congresses electing a co-op's councils
(山西省供销社一季度, 广西供销合作联社理事会, 中华合作时报 玉麦乡/泰州, 池州东至县百强县级社, 衢州春耕化肥, 织金县农资,
宜昌市供销社代表大会, 台州市供销社代表大会, 武进区基层社恢复重建, 滕州全省供销社会议, 泸州市供销社, 平湖市供销社,
基层供销社提质扩面; fresh texts of /tmp/s27/txt/gongxiao117).
Fixes (base → now):
- a co-op's council heads elected with no body (王云洋、胡勤燕当选为第三届理事会副主任, 吴清江当选为第三届监事会主任):
  no person, no post → holdsPost the article's one co-operative (宜昌市供销合作社);
- a quoted programme followed right away by a noun and its figure (“新网工程”连锁网点259个,农村综合服务社185个):
  subject 新网工程 → the co-op (indicator 新网工程连锁网点);
- verbs before or after what a network counts: 发展农资连锁经营龙头企业 → 农资连锁经营龙头企业, 建设县级物流配送中心 →
  县级物流配送中心 (建设改造县城综合商贸服务中心 → 县城综合商贸服务中心), 会议应到代表 → 应到代表, 领办创办农民专业合作社 → 农民专业合作社, 终端网点构建农资经营网络 → 终端网点,
  经营服务网点协同发力 → 经营服务网点;
- a lead's stretch since a body was founded (自2020年7月成立以来) → no period the later paragraphs' figures share
  (泰州 78个基层社: 2020-07/2025-11 → none);
- a dateline city's story whose lead says 全省 (本报太原…讯 …全省供销社系统…): later placeless figures 太原市 → 山西省;
- a city's co-op written 供销总社 (市供销总社 in 常州 news): no entity → Organization 常州市供销合作社 (the full
  常州市供销合作总社 is left: a row for it turned 全国供销合作总社 into a scoped body, devset 09 gained wrong runs).
Left as it is: company short names with a trade word (武农农资公司, 丰收农资公司) are not found; figures before their
subject in the same sentence (为67户边境群众…——隆子县玉麦乡供销合作社) stay the article place's."""
from __future__ import annotations

from conftest import extract_text


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}


def _metrics(doc) -> dict[str, object]:
    return {m.indicator: m for m in doc.metrics}


def _subject(doc, m) -> str | None:
    return doc.entities[m.subject].name if m.subject in doc.entities else None


def test_coop_council_heads_elected_hold_the_article_coop():
    doc = extract_text("宜昌市供销合作社第三次代表大会第二次全体会议召开。大会选举产生了第三届理事会和监事会。"
                       "王钢等30名同志当选为第三届理事会理事,王云洋、胡勤燕当选为第三届理事会副主任,"
                       "谭家军当选为第三届理事会主任。吴清江当选为第三届监事会主任。")
    posts = _posts(doc)
    for name in ("王云洋", "胡勤燕", "谭家军", "吴清江"):
        assert (name, "宜昌市供销合作社") in posts


def test_guard_council_head_without_coop_has_no_body():
    doc = extract_text("大会召开。谭家军当选为第三届理事会主任。")
    assert not _posts(doc)


def test_quoted_programme_before_counted_noun_is_no_subject():
    doc = extract_text("此次入选的东至县供销社2013年实现销售收入12.85亿元;基层社8个,乡镇覆盖率80%;"
                       "“新网工程”连锁网点259个,农村综合服务社185个。")
    ms = _metrics(doc)
    assert _subject(doc, ms["农村综合服务社"]) != "新网工程"
    assert "新网工程连锁网点" in ms


def test_lead_verbs_of_a_network_are_no_part_of_what_it_counts():
    doc = extract_text("目前,全市已培育发展农资连锁经营龙头企业8家。截至目前,全区已建设县级物流配送中心106个。"
                       "本次会议应到代表108人。全市领办创办农民专业合作社671个。")
    assert {"农资连锁经营龙头企业", "县级物流配送中心", "应到代表", "农民专业合作社"} <= set(_metrics(doc))


def test_guard_building_noun_keeps_its_word():
    doc = extract_text("全县建设用地面积120公顷,建设项目投资5亿元。")
    assert {"建设用地面积", "建设项目投资"} <= set(_metrics(doc))


def test_counted_outlets_end_before_what_they_build():
    doc = extract_text("依托551个终端网点构建农资经营网络。全市3000多个经营服务网点协同发力。")
    assert {"终端网点", "经营服务网点"} <= set(_metrics(doc))


def test_stretch_since_founding_is_no_lead_period():
    doc = extract_text("构建服务新网络 打造供销新力量\n时间:2025-11-21 来源:中华合作时报\n"
                       "自2020年7月成立以来,西藏首个边境基层供销合作社——隆子县玉麦乡供销合作社将自身发展与群众增收紧密绑定。\n"
                       "在江苏省泰州市,78个基层社、18个片区中心协同发力。")
    assert _metrics(doc)["基层社"].period is None


def test_dateline_city_story_scoped_by_its_province():
    doc = extract_text("一季度全省供销社系统销售总额增长25.6%\n"
                       "本报太原5月12日讯(记者 桑莉媛)今年一季度,全省供销社系统购进总额累计完成147.3亿元,同比增长22.3%。\n"
                       "从行业看,全系统农资类销售26.7亿元,同比增长15.9%。")
    m = next(m for m in doc.metrics if m.value == 2670000000)
    assert _subject(doc, m) == "山西省"


def test_guard_dateline_city_story_scoped_by_the_city():
    doc = extract_text("标题\n本报太原5月12日讯(记者 张三)今年一季度，全市规上工业增加值增长5%。\n"
                       "全系统农资销售26.7亿元。")
    m = next(m for m in doc.metrics if m.value == 2670000000)
    assert _subject(doc, m) == "太原市"


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_city_coop_general_society_is_its_coop():
    doc = extract_text("常州市武进区讯 今年以来，市供销总社根据基层社恢复重建总体要求，创建基层为农服务组织4家。")
    assert "常州市供销合作社" in _orgs(doc)


def test_guard_national_general_society_stays():
    doc = extract_text("记者从供销总社获悉，中华全国供销合作总社发布通知。")
    assert "中华全国供销合作总社" in _orgs(doc)


def test_guard_national_general_society_runs_no_local_reform():
    doc = extract_text("全国供销合作总社理事会副主任王伟一行调研我社为农服务工作\n"
                       "11月22日，中华全国供销合作总社理事会副主任王伟调研指导我社为农服务工作。\n"
                       "他指出，萧山供销社以土地托管为切入点，创造性地把“三位一体”综合改革与美丽田园建设结合起来。")
    assert not any(r.predicate == "runs" and doc.entities[r.subject].name == "中华全国供销合作总社"
                   for r in doc.relations)
