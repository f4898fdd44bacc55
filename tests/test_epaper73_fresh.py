"""Round 73 (epaper73): whole pages of city and county papers as a reader gets them from a PDF or an
e-paper site (/tmp/s26/fresh/epaper73: 娄底广播电视报's front page, 定安报, 周口晚报, 漯河日报, 今日普陀,
济宁日报's 微山 page, 陇南日报, 陕西工人报's briefs, 揭西): the masthead's issue line (第 23 期 总第1647期 本期16版
2024年6月6日 星期四) dates the page; the masthead's publisher line (某局主管 某中心主办) and its registration line
(国内统一连续出版物号… 邮发代号…) are page furniture, no agencies of the stories (they took the page's figures as
their subject); a page alone on its line in the front page's guide (3版 ⏎ headline) is no part of the headline;
two reporters' names a scrape ran together in a byline (通讯员谢徐军姜承云) are two people; a negated clause
before 的 (5个还未完成的白色塑料大棚) stays in the noun counted."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


_FRONT = ("湖 南 城 市 广 播 电 视 报\n娄底广播电视\n"
          "国内统一连续出版物号:CN 43-0043/07 邮发代号:41-124\n"
          "第 23 期 总第1647期 本期16版 2024年6月6日 星期四 甲辰年五月初一\n"
          "湖南省新闻出版广电局主管 娄底广播电视中心(市广播电视台)主办\n"
          "3版\n\n第十三届中部博览会娄底签约项目12个\n\n7版\n\n娄底中院公布五起环境资源审判典型案例\n\n"
          "汇聚青春正能量 无偿献血传爱心\n"
          "6月4日,2024娄底市第二十届爱心送考活动启动仪式举行。本次爱心送考公益活动由市委宣传部、市文明办指导,"
          "市广播电视台、市交通运输局主办,继续采取流动接送、定点接送和“一对一”接送三种方式。\n")


def test_the_masthead_s_issue_line_dates_the_page():
    """01-loudi-tvbao-front: `第 23 期 总第1647期 本期16版 2024年6月6日 星期四 甲辰年五月初一` (base: no date);
    德州晚报's `今日16版 总第3640期 星期三2024年1月31日 农历…` too; a sentence's 第3期 is no masthead."""
    assert extract_text(_FRONT).date == "2024-06-06"
    doc = extract_text("德州晚报\n今日16版 总第3640期 星期三2024年1月31日 农历癸卯年十二月廿一\n"
                       "本报讯(记者 张明凯)1月30日,德州市减灾委员会办公室发布寒潮预警。\n")
    assert doc.date == "2024-01-31", doc.date
    assert extract_text("我县第3期培训班于2024年1月31日开班,共有学员50人。\n").date is None


def test_the_masthead_s_publisher_line_names_no_agency_of_the_page():
    """01-loudi-tvbao-front: `湖南省新闻出版广电局主管 娄底广播电视中心(市广播电视台)主办` (base: agencies
    湖南省新闻出版广电局 and 娄底市广播电视中心, the bureau the subject of the headlines' figures 12个, 5起);
    a sentence naming a magazine's owners (由市委宣传部主管、市文联主办) keeps its bodies."""
    doc = extract_text(_FRONT)
    agencies = _names(doc, "Agency")
    assert "湖南省新闻出版广电局" not in agencies and "娄底市广播电视中心" not in agencies, agencies
    subjects = {m.subject for m in doc.metrics}
    assert not any("agency" in (s or "") and "新闻出版" in doc.entities[s].name for s in subjects if s in doc.entities)
    doc = extract_text("娄底文艺创刊\n由娄底市委宣传部主管、娄底市文学艺术界联合会主办的《娄底文艺》日前创刊。\n")
    assert "娄底市委宣传部" in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_page_alone_on_its_line_is_no_text_of_the_headline_under_it():
    """01-loudi-tvbao-front: the front page's guide `3版 ⏎⏎ 第十三届中部博览会娄底签约项目12个 ⏎⏎ 7版 ⏎⏎ 娄底中院…`
    (base: the text `3版第十三届中部博览会娄底签约项目12个7版娄底中院…`, the page numbers run into the headlines
    and the figure 12个 into 7版; beside the masthead's 主办, a programme `3版⏎⏎第十三届中部博览会`)."""
    doc = extract_text("3版\n\n第十三届中部博览会娄底签约项目12个\n\n7版\n\n娄底中院公布五起环境资源审判典型案例\n")
    text = " ".join(a.text for a in doc.articles)
    assert "3版" not in text and "7版" not in text, text
    assert ("第十三届中部博览会娄底签约项目", 12, "个") in {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert not any("版" in n for n in _names(extract_text(_FRONT), "Programme"))


def test_two_reporters_run_together_in_a_byline_are_two_people():
    """06-jining-weishan (济宁日报): `本报微山讯(通讯员谢徐军姜承云)` (base: one person 谢徐军姜承云); a name of four
    (扎西顿珠) or one no cut makes two names of (艾尔肯吐尔逊) stays whole."""
    doc = extract_text("微山县留庄镇 八百亩苇地变良田\n本报微山讯(通讯员谢徐军姜承云)微山县留庄镇满口村大力开发耕种土地,"
                       "将闲置4年的集体土地打造成良田。\n")
    people = _names(doc, "Person")
    assert {"谢徐军", "姜承云"} <= people and "谢徐军姜承云" not in people, people
    for name in ("扎西顿珠", "艾尔肯吐尔逊"):
        doc = extract_text(f"我县召开会议\n本报讯(记者 {name})近日,我县召开春耕生产会议。\n")
        assert name in _names(doc, "Person"), _names(doc, "Person")


def test_a_negated_clause_before_de_is_part_of_the_noun_counted():
    """07-longnan-xihe (陇南日报): `5个还未完成的白色塑料大棚` (base: the indicator `还未`, the adverb alone, cut at
    完成); 未完成的大棚 was read whole already, and a negation closing a clause with no 的 after it is left as
    it was (36件认定不构成…)."""
    doc = extract_text("姜川村的变化\n坑洼不平的黄土道路,5个还未完成的白色塑料大棚,一群正在建设工地忙碌的村民。\n")
    assert [(m.indicator, m.value) for m in doc.metrics] == [("还未完成的白色塑料大棚", 5)], \
        [(m.indicator, m.value) for m in doc.metrics]
    doc = extract_text("扫黑除恶\n其中36件认定不构成黑恶犯罪。\n")
    assert [m.indicator for m in doc.metrics] == ["认定不"], [m.indicator for m in doc.metrics]
