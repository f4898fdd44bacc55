"""Round 65 (scrape65): messy scrapes of county and town news (/tmp/s26/fresh/scrape65: traditional-script
mirrors with glossed characters, a spam-injected mirror of 株洲's executive-meeting page, e-paper pages, county
news sites with chrome; 陕西, 湖南, 江苏, 浙江, 安徽, 山西, 山东, 河南). Fixes: a modal or manner adverb (必须, 务必,
具体) ends the noun after a count (16个村必须… → 村); an expert, professor or legal adviser named by what he is
(专家王闯就…, 法律顾问屈茂辉以…为题) is a person; a county's own outlet opening a story that names no division
but speaks of its county (文成新闻网讯…县长章寿禹主持召开…) places the story in that county; a reporter written
after a slash or a page's bar (全媒体记者/陈正明, 记者丨陈正明, 文/何天文) is a person, with no bar in the name."""
from __future__ import annotations

from conftest import article_place, extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_modal_adverb_ends_the_counted_noun():
    """07-lixin-jiangji (利辛县江集镇): 各单位和16个村必须把安全生产档案带到会场; 08-qingxu-epaper (清徐县): 确定2名
    县级党政领导具体负责安全生产工作 (base: indicators 村必须 and 县级党政领导具体)."""
    doc = extract_text("江集镇狠抓安全生产\n利辛县江集镇每季度召开一次安全生产专题会,各单位和16个村必须把安全生产档案带到会场。")
    assert ("村", 16, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("督导组莅临\n今年以来,清徐县确定2名县级党政领导具体负责安全生产工作。")
    assert ("县级党政领导", 2, "名") in _metrics(doc), _metrics(doc)
    doc = extract_text("措施出台\n清徐县出台5项具体措施,全县3个乡镇务必按时完成整改任务。")
    got = _metrics(doc)
    assert ("乡镇", 3, "个") in got, got
    assert ("具体措施", 5, "项") in got, got  # a noun opening with the adverb keeps it


def test_an_expert_or_legal_adviser_before_his_name_is_a_person():
    """01-mizhi-longzhen (米脂县龙镇, traditional mirror): 西勘院專家王闖就地質災害防治與監測做了詳細講解; 04-zhuzhou
    (株洲 executive meeting): 湖南大学法学院教授、市政府法律顾问屈茂辉以“…”为题进行了授课 (base: no person)."""
    doc = extract_text("龙镇部署安全大排查\n会上,西勘院专家王闯就地质灾害防治与监测做了详细讲解。")
    assert "王闯" in _people(doc), _people(doc)
    doc = extract_text("市政府常务会议召开\n会议举行专题学法讲座,湖南大学法学院教授、市政府法律顾问屈茂辉以“在法治轨道上全面"
                       "推进中国式现代化建设”为题进行了授课。")
    assert "屈茂辉" in _people(doc), _people(doc)
    # the role noun before a word that is no name keeps no person (专家组, 专家以问题为导向)
    doc = extract_text("方案论证\n专家组就方案进行了论证。专家以问题为导向开展评审,专家学者就发展提出建议。")
    assert not _people(doc), _people(doc)



def test_a_county_outlet_s_dateline_places_a_story_naming_no_division():
    """06-wencheng (文成新闻网, 浙江文成县): 文成新闻网讯(记者 赵礼锋 张玲)7月2日下午,县长章寿禹主持召开第36次县长办公会议
    (base: no place; 县财政局 and the county head's post unplaced)."""
    assert article_place("第36次县长办公会议召开\n\n文成新闻网讯(记者 赵礼锋 张玲)7月2日下午,县长章寿禹主持召开第36次"
                         "县长办公会议。会议审议了县财政局提交的考核奖励办法。") == "文成县"
    # a paper whose brand reads as a city's name (新民晚报: 新民市), or a story with no county of its own, is none
    assert article_place("会议召开\n\n新民晚报讯(记者 李明)7月2日下午,市领导出席会议,县长王强参加。") is None
    assert article_place("会议召开\n\n文成新闻网讯(记者 李明)7月2日下午,省领导出席会议并讲话。") is None


def test_a_reporter_after_a_slash_or_a_bar_is_a_person():
    """04-zhuzhou (株洲日报讯(全媒体记者/陈正明)…) and village65 石阡 (文/何天文 李凡 汪军): base read no person after the slash
    (the names after it were) and a person 丨陈正明 after a page's bar."""
    def people(text):
        return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}
    got = people("常务会议召开\n株洲日报讯(全媒体记者/陈正明)12月24日下午,市长陈恢清主持召开市政府常务会议。")
    assert "陈正明" in got, got
    got = people("常务会议召开\n株洲日报讯(记者丨陈正明)12月24日下午,市长陈恢清主持召开市政府常务会议。")
    assert "陈正明" in got and not any("丨" in n for n in got), got
    got = people("村社合一促增收\n文/何天文 李凡 汪军\n冬去春来,贵州武陵山区乍暖还寒。")
    assert {"何天文", "李凡", "汪军"} <= got, got
