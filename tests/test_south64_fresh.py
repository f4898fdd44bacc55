"""Round 64 (south64): ordinary county and township news of 湖北, 湖南, 江西, 广西 and 重庆 from fresh
texts of /tmp/s26/fresh/south64 (团风县 and 竹山县 leaders' visits and study meetings, 南昌县's rural
works meeting, 丰城市's model-zone meeting, 铅山县 and 莲花县 village farming, 苍梧县 townships, a 瑶族乡's
anniversary works, 沙坪坝区 and 綦江区 news, 监利市's village talks).  The fixes:

- a cadre's assigned villages (到所包保村, 所联系村, 到包保村) are whose villages, no village named so
  (vocabulary: not_subplace_prefixes);
- a township whose suffix jieba reads into 镇上 (in the town) before a named village (隍城镇上陈村) is
  still the table's township, and the village is chained after it (gazetteer `_named_village_after`);
- a village before its organs or office (肖石坳村村部) may open the second of two things joined by
  和/与/及, as at a clause's start (gazetteer `_conjoined_opening`; 村部 a village's office);
- a figure whose clause holds only places (after a verb of place) before it is of the noun it
  describes through 的 (屋场村400多亩的毛豆基地: 毛豆基地), not of the places' names (metrics
  `_place_then_attributive`);
- an anniversary (30周年) is no size of what a place's project builds (programme_cues
  not_capacity_units);
- 口人 after a number counts persons (1260口人 as 1260人), falling back to 口 where 人 opens the next
  word (3口人饮水井) (units.tsv, numbers `_SHORTER_ON_CLASH`);
- 在全国 before a verb of having or setting up (建有, 设立) after a named subject says where its outlets
  stand, no national scope of the figure (metrics `_spread_across`);
- 为 (for) before a place and a verb of gain (为轸源村集体经济实现年增收) names the beneficiary, the
  figure's subject, not a yardstick (metrics `_compared_before`, `_BENEFIT_AFTER_FOR`)."""
from __future__ import annotations

from conftest import extract_text


def _places(text: str) -> set[str]:
    doc = extract_text(text)
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_cadre_s_assigned_village_is_no_village_named_so():
    """13-jianli-sishuji (监利市): 全市各市直单位党组书记分别到所包保村(社区)… (base: a Place 所包保村)."""
    got = _places("四位书记与群众面对面\n监利市各市直单位党组书记分别到所包保村(社区),开展“四位书记与群众面对面”活动。"
                  "县直单位干部到包保村走访,镇干部到所联系村调研。")
    assert not {"所包保村", "包保村", "所联系村"} & got, got
    assert "监利市" in got, got


def test_a_named_village_after_a_township_jieba_reads_into_zhen_shang():
    """05-fengcheng-xiaokang (丰城市): 胡江萍、江伟斌先后来到隍城镇上陈村、湖塘乡湖塘村… (base: 隍城镇 and
    上陈村 both lost, jieba's 镇上 across the township's end)."""
    got = _places("小康示范区推进会\n胡江萍、江伟斌先后来到隍城镇上陈村、湖塘乡湖塘村实地视察调研。")
    assert {"隍城镇", "上陈村", "湖塘村"} <= got, got
    # negative: 镇上 before a word (上个月, 上下一心) chains no village
    got = _places("通知\n隍城镇上个月召开会议,隍城镇上下一心抓落实。")
    assert not any(n.endswith("村") for n in got), got


def test_a_village_before_its_office_after_a_conjunction():
    """01-tuanfeng-liujunfeng (团风县): 刘君峰先后来到湖北浪阁鲜农产品加工产业园、…项目建设现场和肖石坳村村部
    (base: no village 肖石坳村)."""
    got = _places("县委书记到总路咀镇调研\n在总路咀镇,刘君峰先后来到农产品加工产业园、项目建设现场和肖石坳村村部,"
                  "详细了解企业生产经营情况。")
    assert "肖石坳村" in got, got
    # negative: 和 closing a word (参与) or a kind of village (农村, 美丽村) after 和 is no village
    got = _places("通知\n县委和农村党支部书记参加会议,他参与新农村党支部建设,县直机关和美丽村党支部结对。")
    assert not any(n.endswith("村") for n in got), got


def test_a_figure_after_places_is_of_the_noun_after_de():
    """07-lianhua-maodou (莲花县): 走进江西省莲花县坊楼镇屋场村400多亩的毛豆基地 (base: the indicator
    坊楼镇屋场村, the places' names); the same after 在 with the locative closing the noun (香芋基地里)."""
    doc = extract_text("毛豆丰收\n9月13日,走进江西省莲花县坊楼镇屋场村400多亩的毛豆基地,近百名村民正在抢收毛豆。"
                       "在贝溪村3000多亩的香芋基地里,村民忙着采收。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("毛豆基地", 400, "亩") in got, got
    assert ("香芋基地", 3000, "亩") in got, got
    subjects = {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get("毛豆基地") == "屋场村", subjects


def test_an_anniversary_is_no_size_of_a_project():
    """09-suining-shangwujiang (湖南, a 瑶族乡): 县长魏和胜…到上梧江瑶族乡就该乡30周年乡庆项目建设的推进召开
    现场办公会 (base: a Programme 上梧江瑶族乡就该乡30周年乡庆项目, 30周年 read as the size built)."""
    doc = extract_text("现场办公会\n10月11日,县长魏和胜到上梧江瑶族乡就该乡30周年乡庆项目建设的推进召开现场办公会。")
    got = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert not any("就该乡" in n for n in got), got


def test_kou_ren_counts_persons():
    """04-hunan-yiyuancun (湖南日报): 香芋不仅让全村3000多口人致富 (base: 3000 in 口 with the indicator 人致富);
    a village's 312户1260口人 is 1260 persons (base: 312户 read as 人, 1260 in 口).  Wells counted in 口
    before 人饮/人工 stay in 口."""
    doc = extract_text("村情\n全村共有312户1260口人。新建3口人饮水井。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("人数", 1260, "人") in got, got
    assert not any(i == "人" for i, _v, _u in got), got
    assert any(v == 3 and u == "口" for _i, v, u in got), got


def test_outlets_set_up_across_the_country_are_the_subject_s():
    """04-hunan-yiyuancun (湖南日报): 牛角山村…在全国建有13家品牌形象自营店 (base: the subject 中国, 全国 read
    as the figure's national scope)."""
    doc = extract_text("明星村\n古丈县默戎镇牛角山村是一个苗族聚居村。牛角山村建成3条茶叶生产线,在全国建有13家品牌形象自营店。")
    subjects = {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get("品牌形象自营店") == "牛角山村", subjects


def test_the_one_a_gain_is_for_is_the_subject():
    """06-yanshan-tea (铅山县稼轩乡): 该茶山每年可产出茶叶5万余公斤,为轸源村集体经济实现年增收约7万元 (base: the
    subject 稼轩乡, 为 read as a comparison word making 轸源村 a yardstick); 为…的1.2倍 still compares."""
    doc = extract_text("茶山采茶\n铅山县稼轩乡轸源村千亩茶山上,村民在采茶。该茶山为轸源村集体经济实现年增收约7万元。"
                       "邯郸市人均收入为河北省平均水平的1.2倍。")
    subjects = {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert subjects.get(70000) == "轸源村", subjects
    assert subjects.get(1.2) == "邯郸市", subjects
