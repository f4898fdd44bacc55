"""Round 86 (shangwu86): 商务 and 消费 news, second pass — a 商务局's monthly trade and foreign-investment
figures, 促消费 campaigns and their 消费券, shopping festivals (“五五购物节”, “2010上海购物节”, 网上年货节) and
trade fairs (投洽会, 西洽会, 西博会) — from fresh texts of /tmp/s26/fresh/shangwu86 (山东 莱西, 四川 盐源,
上海, 安徽 安庆, 福建 厦门, 重庆, 四川, 商务部).  Fixes: a quoted consumption campaign (购物节, 美食节, 年货节,
消费季, 消费促进月) as a programme, as a quoted 文化节 is (cue_words self_heads); the family name 骞 (骞芳莉, a
司长 of 商务部); 银联 (the card network jieba tags ns) as no place; the scope word listed after a place named
in full behind a comparison word (高于青岛市、全省) as a second yardstick, no subject of the figures after it
(metrics._named_yardstick_before); a 、 list whose last item is a class of goods closed by 类 (化妆品、食品、
服装鞋帽类销售额) shares what follows 类, not the middle item's length of it; 包括 opening a part's clause,
共同 after the things counted and 更 before the figure as no words of the indicator (metric_affixes,
numbers.noun_cut_inner); a sentence opening with 同期 after a place named in the paragraph goes on with that place's
figures, not the campaign opening the paragraph (metrics._same_period_sequel); a noun and an adjective (特色鲜明), an idiom or
a set phrase (形式多样) closed by 的 after a count describe the noun counted after 的 (numbers._quality_stated); the size of a ranking (世界500强企业300家) is part of the
noun before a figure, no figure cutting it (metrics._RANKING_NAME); a short line over a wire dateline set on a line
of its own is the headline (layout._dateline_only)."""
from __future__ import annotations

from conftest import counted_nouns, extract_text, held_posts


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _figures(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject else None, m.indicator, m.value, m.kind) for m in doc.metrics}


def test_a_quoted_shopping_festival_is_a_programme():
    """03-shanghai-wuwu-gouwujie: 作为上海首创的大规模消费节庆活动,“五五购物节”已进程过半; 10-shanghai-gouwujie-2010:
    为期27天的“2010上海购物节”举行了热烈而欢快的闭幕式 (base: neither a programme). A quoted word that only
    ends with 节 as part of a holiday (“春节”期间) stays none."""
    doc = extract_text("上海促消费\n作为上海首创的大规模消费节庆活动,“五五购物节”已进程过半。为期27天的“2010上海购物节”"
                       "举行了闭幕式。")
    assert {"五五购物节", "2010上海购物节"} <= _programmes(doc), _programmes(doc)
    doc = extract_text("某县商务局开展促消费\n“春节”期间,全县重点商贸企业实现销售额1.2亿元。")
    assert not _programmes(doc), _programmes(doc)


def test_the_director_named_by_a_rare_family_name_holds_her_post():
    """05-shanghai-wangshang-nianhuojie: 中国商务部电子商务和信息化司司长骞芳莉在“2022上海网上年货节”启动仪式上视频致辞
    (base: no person, no post — 骞 was no family name)."""
    doc = extract_text("网上年货节启动\n商务部电子商务和信息化司司长骞芳莉在启动仪式上视频致辞时指出,近年来上海全力推进数字商务建设。")
    assert ("骞芳莉", "商务部电子商务和信息化司", "司长", "current") in {p[:3] + ("current",) for p in held_posts(doc)}, \
        held_posts(doc)


def test_the_card_network_is_no_place():
    """10-shanghai-gouwujie-2010: 还举行了…“银联杯”2010上海购物节营销大赛 (base: a place 银联)."""
    doc = extract_text("上海购物节闭幕\n本届购物节,还举行了“百联杯”2010年上海优秀商业形象作品评选活动和“银联杯”2010上海购物节营销大赛。")
    assert "银联" not in _places(doc), _places(doc)


def test_a_scope_listed_after_a_named_yardstick_is_no_subject():
    """01-laixi-jinchukou: 我市完成进出口21.6亿美元…同比增长4.2%,增幅分别高于青岛市、全省0.5、1.6个百分点。其中,出口
    15.1亿美元,同比增长7.1% (base: 山东省 — 全省, the second yardstick — the subject of the gaps and of 出口).
    A scope word opening a clause of its own stays the subject."""
    doc = extract_text("1—9月份我市外贸进出口情况\n2012-10-24\n1—9月份,我市完成进出口21.6亿美元,占青岛市工作目标的77.1%,"
                       "同比增长4.2%,增幅分别高于青岛市、全省0.5、1.6个百分点。其中,出口15.1亿美元,同比增长7.1%。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject}
    assert "山东省" not in subjects, _figures(doc)
    assert any(i == "出口" for _s, i, _v, _k in _figures(doc)), _figures(doc)
    doc = extract_text("山东外贸\n1—9月份,青岛市进出口增速高于全国2个百分点。1—9月份,全省完成进出口2000亿美元。")
    assert any(s == "山东省" and i == "进出口" for s, i, _v, _k in _figures(doc)), _figures(doc)


def test_a_class_of_goods_closes_the_last_item_of_a_list():
    """03-shanghai-wuwu-gouwujie: 5月,上海化妆品、食品、服装鞋帽类销售额同比增速分别达15%、12.7%和10.7% (base: 化妆品鞋帽类
    销售额同比增速, 食品鞋帽类…: the last item cut at the middle one's two characters). Parallel classes
    (吃类、穿类、用类商品零售额) keep their own reading."""
    doc = extract_text("上海消费市场\n5月,上海化妆品、食品、服装鞋帽类销售额同比增速分别达15%、12.7%和10.7%;餐饮消费亦加快复苏。")
    got = {i for _s, i, _v, _k in _figures(doc)}
    assert got == {"化妆品销售额同比增速", "食品销售额同比增速", "服装鞋帽类销售额同比增速"}, got
    doc = extract_text("全市消费市场\n1—10月,全市吃类、穿类、用类商品零售额分别增长16.7%、5.3%、6.5%。")
    got = {i for _s, i, _v, _k in _figures(doc)}
    assert got == {"吃类商品零售额增长", "穿类商品零售额增长", "用类商品零售额增长"}, got


def test_words_around_a_counted_noun_are_no_part_of_it():
    """07-chongqing-xiqiahui: 约7万人参展参会,包括跨国公司2000余家 (base: 包括跨国公司); 10-shanghai-gouwujie-2010:
    由2000多家商业企业、2万余个商业网点共同参与 (base: 商业网点共同); 03-shanghai-wuwu-gouwujie: 家电行业销售额同比
    增幅更超过了四成 (base: 同比增幅更, a share). 共同体 stays a noun."""
    doc = extract_text("西洽会闭幕\n此次“西洽会”约7万人参展参会,包括跨国公司2000余家。这次购物节,由2000多家商业企业、2万余个商业网点"
                       "共同参与。家电行业销售额同比增幅更超过了四成。")
    got = {(i, k) for _s, i, _v, k in _figures(doc)}
    assert {("跨国公司", "level"), ("商业网点", "level"), ("家电行业销售额同比增幅", "change")} <= got, got
    assert not any(i.startswith("包括") or i.endswith(("共同", "更")) for i, _k in got), got
    doc = extract_text("乡村振兴\n全县组建5个产业共同体,带动农户增收。")
    assert any(i == "产业共同体" for _s, i, _v, _k in _figures(doc)), _figures(doc)


def test_a_same_period_sequel_keeps_the_place_not_the_campaign_opening_the_paragraph():
    """05-shanghai-wangshang-nianhuojie: “2022上海网上年货节”10日启动,上海市商务委…发布的统计数据显示,2021年1月至11月,上海实现
    社会消费品零售总额1.65万亿元…;同期实现商品类网络购物交易额7081亿元,同比增长12.4% (base: the 年货节's figures). With no
    place named since the campaign, its own figures go on after 同期."""
    doc = extract_text("“2022上海网上年货节”启动\n“2022上海网上年货节”10日启动,上海市商务委在启动仪式上发布的统计数据显示,2021年1月"
                       "至11月,上海实现社会消费品零售总额1.65万亿元,同比增长15.7%,规模稳居中国各城市首位;同期实现商品类网络购物"
                       "交易额7081亿元,同比增长12.4%。")
    got = {(s, i) for s, i, _v, _k in _figures(doc)}
    assert ("上海市", "商品类网络购物交易额") in got, got
    assert not any(s == "2022上海网上年货节" for s, _i in got), got
    doc = extract_text("“五五购物节”成效明显\n“五五购物节”开幕以来,线上销售额达100亿元;同期线下销售额50亿元。")
    got = {(s, i) for s, i, _v, _k in _figures(doc)}
    assert ("五五购物节", "线下销售额") in got, got


def test_a_stated_quality_before_de_leaves_the_noun_after_it_counted():
    """08-sichuan-xibohui: 各市(州)举行了26场特色鲜明的专题投资推介活动 (base: the count of 特色鲜明); a set phrase
    (形式多样) closes the same way. Two nouns before 的 (街道社区的居民) are no description."""
    doc = extract_text("西博会闭幕\n各市(州)举行了26场特色鲜明的专题投资推介活动。全县开展了5场形式多样的宣传活动。")
    got = {i for _s, i, _v, _k in _figures(doc)}
    assert got == {"专题投资推介活动", "宣传活动"}, got
    assert counted_nouns("走访了3个街道社区的居民。") == ["街道社区"]


def test_the_size_of_a_ranking_stays_in_the_noun_before_a_figure():
    """07-chongqing-xiqiahui: 超过7800家企业(机构)…包括跨国公司2000余家,其中世界500强企业300家 (base: 企业 — the digits of
    500强 cut the noun as another figure would). A figure before the noun still cuts it."""
    doc = extract_text("西洽会闭幕\n此次“西洽会”约7万人参展参会,包括跨国公司2000余家,其中世界500强企业300家。")
    got = {i for _s, i, _v, _k in _figures(doc)}
    assert "世界500强企业" in got, got
    doc = extract_text("招商引资\n全县签约项目12个,总投资额50亿元。")
    got = {i for _s, i, _v, _k in _figures(doc)}
    assert "总投资额" in got, got


def test_a_headline_over_a_dateline_on_its_own_line_is_the_title():
    """03-shanghai-wuwu-gouwujie: 上海“五五购物节”促消费成效明显 ⏎ 中新社上海6月3日电 (记者 姜煜) ⏎ 作为上海首创的…; so
    05 and 06 (东南网9月12日讯(海峡导报记者 黄奕琳)) (base: no title — a short line over a short line read as no
    headline). A short line over a short line that is no dateline stays no title."""
    doc = extract_text("上海“五五购物节”促消费成效明显\n中新社上海6月3日电 (记者 姜煜)\n作为上海首创的大规模消费节庆活动,"
                       "“五五购物节”已进程过半。")
    assert [a.title for a in doc.articles] == ["上海“五五购物节”促消费成效明显"], [a.title for a in doc.articles]
    doc = extract_text("上海“五五购物节”促消费成效明显\n上海市商务委员会\n作为上海首创的大规模消费节庆活动,“五五购物节”已进程过半。")
    assert "上海市商务委员会" not in [a.title for a in doc.articles]
