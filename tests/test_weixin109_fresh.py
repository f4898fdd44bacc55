"""Round 109 (weixin109): government WeChat posts as mirrors and sites republish them — 单县融媒's posts
(Shandong, a county: 魏传永现场调研重点项目建设情况, the 安全生产 round), 市场监管半月沙龙 on 医美 advertising
(Shanghai's 市场监管局), 直新闻's interview with Hong Kong's police, a Henan 两会 post in short lines, a
闪电新闻 credit chain, 舞阳县's credits and a township's 美篇 post (fresh texts of /tmp/s27/txt/weixin109).
Fixes: the post's stamp under its headline with the province it was posted from after the time
(2024-11-07 20:49   山东) no text, so the headline is the title and the province no place of the story;
a mirror's stamp of the writer, the account and the day (黄社德等 市场监管半月沙龙 2024-04-15; 单县融媒 单县融媒
2024-11-07) chrome, so the headline over it is the title; a post's collection (收录于话题 ⏎ #香港一线 ⏎ 83个)
chrome, its count of posts no figure; 爱美 (爱美之心,人皆有之) no place."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _titles(doc) -> list:
    return [a.title for a in doc.articles]


def test_a_posts_stamp_with_its_province_is_no_text():
    """01-shanxian-xiangmu: 魏传永现场调研重点项目建设情况 ⏎ 2024-11-07 20:49   山东 (base: no title, the stamp
    line read as the lead, so the post was placed in 山东省, not 单县)."""
    doc = extract_text("魏传永现场调研重点项目建设情况\n\n2024-11-07 20:49   山东  \n"
                       "11月7日,单县县委副书记、县长魏传永现场调研重点项目建设情况。")
    assert _titles(doc) == ["魏传永现场调研重点项目建设情况"], _titles(doc)
    assert "山东省" not in _names(doc, "Place"), _names(doc, "Place")
    assert doc.articles[0].place == "place-371722", doc.articles[0].place
    assert doc.date == "2024-11-07"
    doc = extract_text("某县召开会议\n2024-11-07 20:49 内蒙古\n11月7日,单县召开会议。")
    assert _titles(doc) == ["某县召开会议"] and "内蒙古自治区" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_plain_stamp_and_a_province_in_the_lead_are_unchanged():
    """Guards: a stamp with no province still stands under the title; a province that opens the lead
    after its date is the story's."""
    doc = extract_text("魏传永现场调研重点项目建设情况\n\n2024-11-07 20:49\n"
                       "11月7日,单县县委副书记、县长魏传永现场调研重点项目建设情况。")
    assert _titles(doc) == ["魏传永现场调研重点项目建设情况"], _titles(doc)
    doc = extract_text("会议召开\n11月7日,山东省召开全省安全生产会议。")
    assert "山东省" in _names(doc, "Place"), _names(doc, "Place")


def test_a_mirrors_stamp_of_writer_account_and_day_is_chrome():
    """03-yimei-guanggao: 医美广告乱象如何破?让消费者安心医个美! ⏎ 黄社德等 市场监管半月沙龙 2024-04-15 (base: no
    title); an account writing its own post (单县融媒 单县融媒 2024-11-07) the same."""
    doc = extract_text("医美广告乱象如何破?让消费者安心医个美!\n\n黄社德等 市场监管半月沙龙 2024-04-15\n\n\n"
                       "随着医疗美容科技的进步,医美行业市场日益红火。")
    assert _titles(doc) == ["医美广告乱象如何破?让消费者安心医个美!"], _titles(doc)
    assert doc.date == "2024-04-15"
    doc = extract_text("单县召开会议\n\n单县融媒 单县融媒 2024-11-07\n\n11月7日,单县召开会议。")
    assert _titles(doc) == ["单县召开会议"], _titles(doc)


def test_listed_headlines_with_a_space_and_their_dates_stay_articles():
    """Guard: a list of headlines each with its date (县政府召开 常务会议 2024-09-30) is no post's stamp: the
    writer there is neither a person's name nor the account."""
    doc = extract_text("要闻\n县政府召开 常务会议 2024-09-30\n国务院部署 秋粮收购 2024-09-29\n")
    assert "县政府召开 常务会议" in _titles(doc) and "国务院部署 秋粮收购" in _titles(doc), _titles(doc)


def test_a_posts_collection_and_its_count_are_chrome():
    """04-zhixinwen-hk: 收录于话题 ⏎ #香港一线 ⏎ 83个 under the post's stamp (base: a figure 个 83 of 香港); the
    collection on one line (收录于合集 #香港一线 83个) the same."""
    doc = extract_text("香港警方\n收录于话题\n#香港一线\n83个\n修例风波以来,香港警方遭到各种恶意起底和抹黑。")
    assert not any(m[1] == 83 for m in _metrics(doc)), _metrics(doc)
    doc = extract_text("香港警方\n收录于合集 #香港一线 83个\n修例风波以来,香港警方遭到各种恶意起底和抹黑。")
    assert not any(m[1] == 83 for m in _metrics(doc)), _metrics(doc)


def test_a_topic_mark_in_prose_is_text():
    """Guard: a topic written in a sentence (话题#美丽乡村#) is no collection: its figure is read."""
    doc = extract_text("活动\n本次活动话题#美丽乡村#阅读量达83万次。")
    assert any(m[1] == 830000 for m in _metrics(doc)), _metrics(doc)


def test_loving_beauty_is_no_place():
    """03-yimei-guanggao: 爱美之心,人皆有之 (base: a Place 爱美, jieba's ns)."""
    doc = extract_text("医美广告\n\n爱美之心,人皆有之。随着医疗美容科技的进步,医美行业市场日益红火。")
    assert "爱美" not in _names(doc, "Place"), _names(doc, "Place")
