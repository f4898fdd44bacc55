"""Round 39 (grassroots39): township, street and village news from fresh texts of
/tmp/s23/fresh/grassroots39 (Hainan, Guangdong, Gansu, Jilin, Ningxia, Guizhou): one village
placed by a title under its city and by the body under its township, no village read from a
count of one (配好一个村班子) nor from a word that counts or qualifies villages (现有城市社区,
很多村子), a village's collective income and its 我村 figures its own, and a village's organ
written bare (村委会) the organ of the village named before it."""
from __future__ import annotations

from conftest import extract_text, post_pairs, relation_pairs

from kg.builder import extract_document
from kg.model import Doc


def _places(doc) -> list[str]:
    return [e.name for e in doc.entities.values() if e.type == "Place"]


def _subjects(text: str) -> dict[tuple, str | None]:
    """(indicator, value) → subject name of every figure of `text` built as a whole document."""
    res = extract_document(Doc(id="t", source="t.txt", text=text))
    ents = res.entities if isinstance(res.entities, dict) else {e.id: e for e in res.entities}
    return {(m.indicator, m.value): (ents[m.subject].name if m.subject in ents else None) for m in res.metrics}


def test_a_village_under_its_city_in_the_title_and_its_township_in_the_body_is_one():
    """中新网 文昌: 海南侨乡文昌白土村 (title) and 海南省文昌市昌洒镇白土村 (body): one 白土村, part
    of 昌洒镇 only (base: three 白土村, one part of 文昌市)."""
    doc = extract_text("海南侨乡文昌白土村:大花园里风景独好\n"
                       "中新网海南文昌5月11日电 (凌楠)初夏时节,行走在革命老区海南省文昌市昌洒镇白土村,"
                       "一幅幅美丽乡村画卷尽收眼底。\n白土村党支部书记邢福旺介绍,十多年来,该村村庄面貌发生巨大变化。")
    assert _places(doc).count("白土村") == 1, _places(doc)
    part_of = relation_pairs(doc, "partOf")
    assert ("白土村", "昌洒镇") in part_of and ("白土村", "文昌市") not in part_of, part_of


def test_a_village_under_its_district_and_its_city_is_one():
    """农民日报 海南: 三亚水蛟村 and 三亚市天涯区水蛟村 are one village, of 天涯区."""
    doc = extract_text("海南新型农村集体经济多元实践探索\n"
                       "从三亚水蛟村的田园综合体到陵水大石村的精品民宿,一幅幅乡村振兴画卷正在海南岛徐徐展开。\n"
                       "位于三亚市天涯区水蛟村,过去因大量村民外出务工,村内20余栋传统民居长期闲置。")
    assert _places(doc).count("水蛟村") == 1, _places(doc)
    assert ("水蛟村", "三亚市") not in relation_pairs(doc, "partOf")


def test_one_village_in_a_clause_is_no_list_of_villages():
    """甘谷县从选好一个村支书、配好一个村班子入手: 配好 is no village (base: 配好 partOf 甘谷县)."""
    doc = extract_text("甘谷县百名村支书成为带头人\n"
                       "甘谷县从选好一个村支书、配好一个村班子入手,全面加强村级班子建设。")
    assert "配好" not in _places(doc), _places(doc)


def test_existing_urban_communities_and_many_villages_are_no_places():
    """吉林农村报: 在公主岭市现有城市社区网格391个 (no 现有城市社区); 电白: 了解到很多村子的村集体经济收入
    不足10万元 (no 很多村)."""
    doc = extract_text("“三长”联动 打造幸福岭城\n"
                       "近年来,公主岭市民政局推动“三长制”工作模式,在公主岭市现有城市社区网格391个,每个网格配备一名网格长。\n"
                       "因为我走访过很多乡村,了解到很多村子的村集体经济收入不足10万元。")
    places = _places(doc)
    assert "现有城市社区" not in places and "很多村" not in places, places
    assert "公主岭市" in places


def test_a_village_collective_income_is_the_village_s_own_but_not_a_threshold():
    """海丰村…村集体经济薄弱。2021年,村集体收入仅有1.6万元: 海丰村's, not 海棠区's (base); but
    村集体经济收入超10万元的村达12个 is a threshold (的 after it), no village's figure."""
    got = _subjects("我在海丰村当第一书记\n"
                    "我卸任海南省三亚市海棠区海丰村驻村第一书记已有半年多。\n"
                    "海丰村依路傍海,属于整村搬迁村。海棠湾开发建设以来,全村80%的土地被征用,村集体经济薄弱。"
                    "2021年,村集体收入仅有1.6万元。\n"
                    "村集体经济收入超10万元的村达12个。")
    assert got.get(("村集体收入", 16000)) == "海丰村", got
    assert got.get(("村集体经济收入", 100000)) != "海丰村", got


def test_my_village_in_quoted_speech_is_the_village_named_before():
    """旦海村党总支书记刘星文: “…,我村2800多人就聘请了6名保洁员”: 旦海村's (base: 树仔镇's)."""
    got = _subjects("飞凤朝阳看旦海\n"
                    "旦海是电白的一条村。她位于树仔镇东南部。\n"
                    "我来到旦海村已是傍晚时分,他就是旦海村党总支书记、主任刘星文。\n"
                    "“按照500人一名保洁员的标准,我村2800多人就聘请了6名保洁员,专门负责打扫。”刘星文应声答道。")
    assert got.get(("保洁员", 6)) == "旦海村", got


def test_a_bare_village_committee_is_the_committee_of_the_village_named_before():
    """皋兰县: “我们接官亭村是易地搬迁村…”村党支部书记、村委会主任张妍介绍道: 张妍 holds her post in
    接官亭村委会, located in 接官亭村 (base: a bare 村委会)."""
    doc = extract_text("新生代当家人带出全省先进村\n"
                       "走进位于皋兰县什川镇的接官亭村,映入眼帘的是错落有致的民居。\n"
                       "“我们接官亭村是易地搬迁村,也是什川镇最小的一个村,常住人口只有83人。”"
                       "村党支部书记、村委会主任张妍介绍道。")
    posts = post_pairs(doc)
    assert ("张妍", "接官亭村委会") in posts and ("张妍", "村委会") not in posts, posts
    assert ("接官亭村委会", "接官亭村") in relation_pairs(doc, "locatedIn")


def test_a_community_named_after_its_former_village_is_the_community():
    """新华网 重庆: 九龙坡区谢家湾街道民主村社区 is the community 民主村社区 (base: a village 民主村), and
    民主村社区党委书记、居委会主任伍成莉 holds her posts in its 党委 and its 居委会 (base: a bare 居委会)."""
    doc = extract_text("总书记到我们社区了\n"
                       "4月22日下午,习近平总书记来到九龙坡区谢家湾街道民主村社区考察。\n"
                       "民主村社区是一个老小区,2022年初启动更新改造项目。\n"
                       "“社区会客厅的墙上,我们分板块详细展示了民主村社区的前世今生。”"
                       "民主村社区党委书记、居委会主任伍成莉回忆。")
    places = _places(doc)
    assert "民主村社区" in places and "民主村" not in places, places
    assert ("民主村社区", "谢家湾街道") in relation_pairs(doc, "partOf")
    posts = post_pairs(doc)
    assert ("伍成莉", "民主村社区居委会") in posts and ("伍成莉", "居委会") not in posts, posts


def test_a_first_secretary_sent_to_a_village_holds_the_post_in_that_village():
    """宁夏日报: 陆少波2021年7月到贺兰县金贵镇江南村担任驻村第一书记; 何占科到永宁县闽宁镇玉海村担任驻村
    第一书记: each holds the post in the village (base: none; 何占科 only in his own body)."""
    doc = extract_text("银川村集体经济收入突破4.6亿元\n"
                       "自治区妇联三级调研员陆少波2021年7月到贺兰县金贵镇江南村担任驻村第一书记。"
                       "这个由拆迁失地村民和劳务移民组成的中心村,产业薄弱,收入低。\n"
                       "自治区残联机关党委专职副书记何占科到永宁县闽宁镇玉海村担任驻村第一书记,村里没产业,是典型的软弱涣散村。")
    posts = post_pairs(doc)
    assert ("陆少波", "江南村") in posts and ("何占科", "玉海村") in posts, posts


def test_villages_listed_each_with_its_own_suffix_are_places():
    """徐州日报 (as scraped, traditional): 組織部分人大代表對甘莊村、大山灣村、卞莊村、張莊村等開展…視察: four
    villages (base: none); 以省级示范村和整治村为重点 (kinds of village) names none."""
    doc = extract_text("楊屯鎮人大代表視察人居環境整治\n"
                       "近日,沛縣楊屯鎮人大主席團組織部分人大代表對甘莊村、大山灣村、卞莊村、張莊村等開展農村人居環境整治視察活動。\n"
                       "近年来,刘猴镇以省级示范村和整治村为重点,大力推进美丽乡村建设。")
    places = _places(doc)
    assert {"甘庄村", "大山湾村", "卞庄村", "张庄村"} <= set(places), places
    assert not {"示范村", "整治村", "省级示范村"} & set(places), places
