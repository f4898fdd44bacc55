"""Round 71 (congress71): county and city people's congress news (/tmp/s26/fresh/congress71: 代表建议办理
in 西安, 潍坊, 东营; 主任会议 and 常委会会议 in 安徽 and 山西 counties; 视察 tours in 湖南凤凰, 陕西汉阴,
甘肃积石山, 广西全州, 陕西蓝田; 执法检查 in 贵州沿河).  Fixes: a deputy to the national congress named after
全国人大代表 is a person; the works a congress's inspection tour looks at are not run by the congress; a
place inside an item of a 、-list closed by 等 and a count is a member, not the count's subject; a city
paper's story speaking as its own organ (，市人大常委会坚持以…中国特色社会主义思想为指导) is not placed in
China by the idea's name."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _runs(doc) -> set[tuple[str, str]]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name[r.subject], name[r.object]) for r in doc.relations if r.predicate == "runs"}


def _subjects(doc) -> dict[str, str | None]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {m.indicator: name.get(m.subject) for m in doc.metrics}


def test_a_national_deputy_is_a_person():
    """12-jishishan-shicha (甘肃积石山县): 副县长韩岳参加视察,全国人大代表马秀英参加视察 (base: no person 马秀英;
    the congress 全国人大 found inside the title hid the names after it, where 市人大代表邱琇 had them)."""
    doc = extract_text("积石山县人大常委会开展视察活动\n4月25日,县人大常委会主任王晓忠带领视察组对全县重点项目进行视察,"
                       "副县长韩岳参加视察,全国人大代表马秀英、李红梅参加视察。")
    assert {"马秀英", "李红梅"} <= _names(doc, "Person"), _names(doc, "Person")
    assert "全国人民代表大会" in _names(doc, "Agency")
    # a body covering the title's end (全国人大代表联络站) leaves no title: no person read after it
    station = extract_text("代表联络站揭牌\n全国人大代表联络站张家口站揭牌。")
    assert not _names(station, "Person"), _names(station, "Person")


def test_the_works_a_congress_inspects_are_not_its_own():
    """13-lantian-shicha (陕西): 县人大常委会主任魏桂叶…带领部分县人大代表…视察. 视察组一行…实地察看了…新寨黑木耳
    产业园、蓬腾精品农业示范园等项目 (base: 县人大常委会 runs both parks)."""
    doc = extract_text("县人大常委会视察重点产业项目\n12月2日,县人大常委会主任魏桂叶带领部分县人大代表,对县级重点产业项目"
                       "建设情况进行了深入视察。视察组一行实地察看了白鹿原文化产业基地、新寨黑木耳产业园、"
                       "蓬腾精品农业示范园等项目。")
    assert not {o for s, o in _runs(doc) if s == "县人大常委会"}, _runs(doc)
    # a government pushing the same works still runs them
    gov = extract_text("县政府召开项目推进会\n12月2日,县政府召开会议,推进新寨黑木耳产业园、蓬腾精品农业示范园等项目建设。")
    assert ("县人民政府", "新寨黑木耳产业园") in _runs(gov), _runs(gov)


def test_a_place_inside_a_counted_list_item_is_no_subject():
    """12-jishishan-shicha: 视察组一行先后到胡林家乡高关村集中安置点、…、大河家镇陈家村“千头肉牛、万只肉羊”繁育
    中心、刘集乡敬老院等11个重点项目现场进行了实地调研 (base: the count's subject 陈家村, one item's village)."""
    doc = extract_text("积石山县人大常委会开展视察活动\n4月25日,县人大常委会主任王晓忠带领视察组对全县重点项目进行视察。"
                       "视察组一行先后到胡林家乡高关村集中安置点、大河家镇自来水厂、大河家镇陈家村“千头肉牛、万只肉羊”"
                       "繁育中心、刘集乡敬老院等11个重点项目现场进行了实地调研。")
    assert _subjects(doc).get("重点项目现场") == "积石山保安族东乡族撒拉族自治县", _subjects(doc)
    # the last item's place too (…、刘集乡敬老院等11个: no subject)
    last = extract_text("积石山县人大常委会开展视察活动\n视察组一行先后察看了县自来水厂、大河家镇集中供热项目、刘集乡敬老院"
                        "等11个重点项目现场。")
    assert _subjects(last).get("重点项目现场") != "刘集乡", _subjects(last)
    # a place before the verb is where the listed things are built: it stays the subject
    town = extract_text("汉阴县人大常委会开展视察活动\n该县在城关镇建成文化广场、农家书屋等3个站点。")
    assert _subjects(town).get("站点") == "城关镇", _subjects(town)


def test_a_city_paper_speaking_as_its_own_organ_is_not_placed_in_china():
    """03-weifang-jianyi (潍坊): 2022年,市人大常委会坚持以习近平新时代中国特色社会主义思想为指导,…到12个县市区
    与提建议代表见面座谈 (base: the article placed in 中国, the count of 县市区 China's)."""
    doc = extract_text("代表建议全部办复\n市十八届人大一次会议以来,代表共提出建议238件。\n2022年,市人大常委会坚持以"
                       "习近平新时代中国特色社会主义思想为指导,不断加大代表建议督查督办力度。调查组到12个县市区"
                       "与提建议代表见面座谈。")
    assert _subjects(doc).get("县市区") != "中国", _subjects(doc)


def test_a_congress_committee_written_short_by_its_personnel_stem():
    """04-shucheng-zhurenhuiyi (安徽): 主任会议听取审议了县人大常委会人选工委关于走访代表…的报告; 09-dongying (山东):
    市政府办公室会同市人大人代联委就代表建议办理情况…联合督查 (base: neither committee found)."""
    doc = extract_text("县人大常委会召开主任会议\n主任会议听取审议了县人大常委会人选工委关于走访代表收集意见和建议情况的报告。")
    assert "县人大常委会人选工委" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("市人大督办代表建议办理\n5月下旬,市政府办公室会同市人大人代联委就代表建议办理情况进行联合督查。")
    assert "市人大人代联委" in _names(doc, "Agency"), _names(doc, "Agency")
