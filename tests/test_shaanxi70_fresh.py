"""Round 70 (shaanxi70): ordinary county, township and village news of 陕西, 山西 and 甘肃 (/tmp/s26/fresh/
shaanxi70: 神木 and 榆阳 of 榆林, 扶风, 清水 and 环县, 长治 and 运城's fruit statistics).  Fixes: a paper signed
after its group's brand and a middle dot (新甘肃·甘肃经济日报) is the paper alone; 村官 (a village official)
ends no village's name and is a post before a name; 湖羊 (a breed of sheep) is no place; 养羊/养牛/养蜂 before 专业合作社 is the kind of
cooperative, no name, and 300只以上规模的 is the size class of the cooperatives counted, no figure; a bare
产量 after a crop's area written with bare 面积 (苹果面积…，产量…) is that crop's; 同比/环比 run straight after
an amount opens its change, no noun the amount counts."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_paper_signed_after_its_group_s_brand_is_the_paper_alone():
    """03-qingshui-apple (甘肃经济日报): 新甘肃·甘肃经济日报记者 张文都 (base: the organisation
    甘肃·甘肃经济日报, the brand's place glued to the paper's name)."""
    doc = extract_text("清水县苹果产业\n来源/ 新甘肃·甘肃经济日报 作者/ 时间/2025-11-26\n"
                       "新甘肃·甘肃经济日报记者 张文都\n清水县郭川镇苹果产量达6.45万吨。")
    orgs = _names(doc, "Organization")
    assert "甘肃经济日报" in orgs, orgs
    assert not any("·" in o for o in orgs), orgs
    doc = extract_text("中阿合作\n中国·东盟商务理事会举行会议。")  # no place after the dot: left alone
    assert not any(o == "东盟商务理事会" for o in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_village_official_ends_no_village_s_name():
    """10-yulin-huangjiagelao (榆阳区古塔镇): 最后在大学生村官杨佳妮的讲解中 (base: a village 大学生村)."""
    doc = extract_text("古塔镇调研\n最后在大学生村官杨佳妮的讲解中,大家对黄家圪崂村的发展历程进行了了解。")
    assert "大学生村" not in _names(doc, "Place"), _names(doc, "Place")
    assert "杨佳妮" in _names(doc, "Person"), _names(doc, "Person")  # 村官, the post before the name
    doc = extract_text("古塔镇调研\n领导班子一行来到榆阳区古塔镇黄家圪崂村,在张庄村官庄组查看。")
    assert "张庄村" in _names(doc, "Place") or "黄家圪崂村" in _names(doc, "Place"), _names(doc, "Place")


def test_a_breed_of_sheep_is_no_place():
    """05-huanxian-nongwenlv (环县曲子镇): 饲草棚内草料充足,湖羊饱食后卧地休憩 (base: a place 湖羊)."""
    doc = extract_text("环县养羊\n走进环县曲子镇西沟村村民赵彩莲家,饲草棚内草料充足,湖羊饱食后卧地休憩。")
    places = _names(doc, "Place")
    assert "湖羊" not in places and "西沟村" in places, places


def test_a_kind_of_stock_cooperative_counted_with_its_size_class():
    """04-huanxian-quzi (环县曲子镇): 全镇已建成300只以上规模的养羊专业合作社18个 (base: the organisation
    养羊专业合作社, the indicator 个, and a figure 规模 300只)."""
    doc = extract_text("曲子镇草畜产业\n目前,全镇已建成300只以上规模的养羊专业合作社18个,3000只以上规模合作社1个,"
                       "建成养羊专业村12个。")
    got = _metrics(doc)
    assert ("300只以上规模的养羊专业合作社", 18, "个") in got, got
    assert not any(v == 300 for _i, v, _u in got), got
    assert "养羊专业合作社" not in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("环县羊产业\n环县众托养羊专业合作社理事长王某介绍了情况。")  # a named one stays
    assert "环县众托养羊专业合作社" in _names(doc, "Organization"), _names(doc, "Organization")


def test_a_bare_output_after_a_crop_s_bare_area_is_that_crop_s():
    """09-yuncheng-fruit-q3 (运城市统计局): 其中苹果面积为22.1万亩,产量56.1万吨;…;葡萄面积为12.2万亩,增长3.2%,
    产量24.2万吨,增长6.2% (base: every crop's output the bare 产量)."""
    doc = extract_text("运城市园林水果产量增长\n其中苹果面积为22.1万亩,产量56.1万吨;桃面积为63.2万亩,产量164.7万吨;"
                       "葡萄面积为12.2万亩,增长3.2%,产量24.2万吨,增长6.2%;其他面积为16.0万亩,产量28.4万吨。")
    got = _metrics(doc)
    for row in [("苹果产量", 561000, "吨"), ("桃产量", 1647000, "吨"), ("葡萄产量", 242000, "吨"),
                ("葡萄产量增长", 6.2, "%"), ("产量", 284000, "吨")]:
        assert row in got, (row, got)
    doc = extract_text("某县农业\n全县耕地面积50万亩,产量12万吨。全市面积300万亩,产量2万吨。")  # land, a scope: no crop
    assert {i for i, _v, u in _metrics(doc) if u == "吨"} == {"产量"}, _metrics(doc)


def test_a_comparison_run_straight_after_an_amount_is_no_counted_noun():
    """08-changzhi-fruit-stats (长治市统计局): 梨产量9150.4吨,同比增长4.8%桃产量5481.2吨同比增长6.2%
    (base: the indicators 同比 for 5481.2吨 and 同比增长 for 6.2%)."""
    doc = extract_text("长治市园林水果\n全市梨产量9150.4吨,同比增长4.8%桃产量5481.2吨同比增长6.2%,杏产量8481.0吨。")
    got = _metrics(doc)
    assert ("桃产量", 5481.2, "吨") in got and ("桃产量同比增长", 6.2, "%") in got, got
    doc = extract_text("某县\n全县蔬菜产量3万吨环比下降1%。")
    assert ("蔬菜产量", 30000, "吨") in _metrics(doc), _metrics(doc)


def test_a_count_s_noun_ends_before_jiu_opening_what_they_speak_on():
    """02-fufeng-xinglin (扶风县杏林镇): 13个村书记就本村产业如何发展、…等五个方面谈想法 (base: the indicator
    村书记就本村产业如何发展); so 2家企业就今冬明春安全生产工作发了言.  就业, 就读 stay words of the noun."""
    doc = extract_text("杏林镇推进会\n第二部分召开室内座谈会,13个村书记就本村产业如何发展、如何壮大村集体经济等五个方面"
                       "谈想法、交流体会。")
    assert ("村书记", 13, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("某县\n全县帮助500名农民工就业,全县有200名学生就读于该校。")
    assert {i for i, _v, _u in _metrics(doc)} >= {"农民工就业"}, _metrics(doc)


def test_a_difference_against_a_past_time_is_the_previous_level_s_change():
    """03-qingshui-apple (清水县): 收购价每公斤5元,比往年高出1元多 (base: a level 比往年高出 1元); so
    较上年多, 比上年少 after a level — only against a time (比全国平均水平高出 is a yardstick)."""
    doc = extract_text("清水县苹果\n今年苹果收购价每公斤5元,比往年高出1元多。全县粮食产量10万吨,比上年少2万吨。")
    kinds = {(m.indicator, m.value): m.kind for m in doc.metrics}
    assert kinds.get(("苹果收购价比往年高出", 1)) == "change", kinds
    assert kinds.get(("粮食产量比上年少", 20000)) == "change", kinds
    doc = extract_text("百强县\n百强县城镇居民人均可支配收入39165元,比全国平均水平(33616元)高出16.5%。")
    assert all(m.kind != "change" for m in doc.metrics), doc.metrics  # a yardstick, no past time: no change
