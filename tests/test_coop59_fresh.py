"""Round 59 (coop59): supply and marketing cooperatives (供销合作社), farmers' cooperatives and
family farms, from fresh texts of /tmp/s26/fresh/coop59: Guangdong's 供销合作联社 read as the
place's 供销合作社; a vote's count before 当选为 (全票当选为…理事会主任); a running total's adverb, a
budget's verb or an ordinal before 合作社 no part of a body's name; amounts listed before 分别 each
whole (消费品零售额、…农产品销售额); a system's 销售总额 achieved (实现/完成) read without the verb; a
national register named in brackets (入库(全国家庭农场名录系统)数量) no scope of the figure."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in ("Organization", "Agency")}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_a_cooperative_federation_written_as_gongxiao_hezuo_lianshe_is_the_place_s_cooperative():
    """江门日报 (06-jiangmen-kaohe): 广东省供销合作联社公布…考核结果，江门市供销合作联社获…一等奖;
    台山市供销合作联社、新会区供销合作联社: each its place's 供销合作社 (base: no body at all, the
    cities read as places only)."""
    doc = extract_text("江门市供销合作联社获综合业绩考核一等奖\n"
                       "近日,广东省供销合作联社公布2022年度全省供销合作社系统综合业绩考核结果,"
                       "江门市供销合作联社获地级以上市优胜单位一等奖。此外,台山市供销合作联社、"
                       "新会区供销合作联社获2022年度全省县级综合业绩考核一等奖。")
    orgs = _orgs(doc)
    assert {"广东省供销合作社", "江门市供销合作社", "台山市供销合作社", "新会区供销合作社"} <= orgs, orgs
    assert ("台山市供销合作社", "台山市") in relation_pairs(doc, "locatedIn")


def test_elected_by_a_unanimous_vote_holds_the_post():
    """中华合作时报 (01-jiangsu-lishihui): 张建军全票当选为江苏省供销合作社理事会主任并代表常务理事会作
    工作报告 — the chair of the provincial cooperative's council (base: no person, no post: 全票 between
    the name and 当选为 hid the verb)."""
    doc = extract_text("江苏省供销合作社六届五次理事会召开\n"
                       "4月4日,江苏省供销合作社六届五次理事会在南京召开。会议履行江苏省社理事会理事、常务理事、"
                       "理事会主任调整程序,张建军全票当选为江苏省供销合作社理事会主任并代表常务理事会作工作报告。")
    assert ("张建军", "江苏省供销合作社") in relation_pairs(doc, "holdsPost")
    posts = [p["post"] for r in doc.relations if r.predicate == "holdsPost" for p in r.posts]
    assert "理事会主任" in posts, posts


def test_a_running_total_or_a_budget_before_cooperatives_names_no_body():
    """四川 (03-sichuan-jiatingnongchang): 目前四川累计发展合作社超10万个 and 四川安排农民合作社和家庭农场
    培育资金14.7亿元 (base: bodies 四川累计发展合作社 and 四川安排农民合作社, the first the subject of
    the count); 西藏 (11-yumai-bianjing): 西藏首个边境基层供销合作社——隆子县玉麦乡供销合作社 (base: a
    body 西藏首个边境基层供销合作社)."""
    doc = extract_text("四川两步走推进家庭农场高质量发展\n"
                       "在推动农民合作社高质量发展方面,目前四川累计发展合作社超10万个,其中国家级示范社483个。"
                       "2018年-2020年,四川安排农民合作社和家庭农场培育资金14.7亿元。")
    orgs = _orgs(doc)
    assert not any(o.startswith("四川") for o in orgs), orgs
    assert _indicators(doc).get(1470000000) == "农民合作社和家庭农场培育资金"
    doc = extract_text("构建服务新网络\n"
                       "自2020年7月成立以来,西藏首个边境基层供销合作社——隆子县玉麦乡供销合作社将自身发展与"
                       "群众增收紧密绑定。")
    orgs = _orgs(doc)
    assert "西藏首个边境基层供销合作社" not in orgs and "玉麦乡供销合作社" in orgs, orgs


def test_amounts_listed_before_respectively_are_each_whole():
    """速豹新闻网 (07-zibo-liutong): 全年全系统消费品零售额、售给农民的农业生产资料额、农产品销售额分别实现
    54.29亿元、5.46亿元、37.35亿元 — each item an amount of its own (base: 全系统消费品零售额销售额 and
    售给农民的农业生产资料额销售额, the last item's 销售额 added to amounts)."""
    doc = extract_text("淄博市供销社加快完善现代流通服务体系\n"
                       "2022年,淄博市供销社系统扎实开展城乡流通服务品质提升行动,全年全系统消费品零售额、"
                       "售给农民的农业生产资料额、农产品销售额分别实现54.29亿元、5.46亿元、37.35亿元。")
    ind = _indicators(doc)
    assert ind.get(546000000) == "售给农民的农业生产资料额", ind
    assert ind.get(3735000000) == "农产品销售额", ind
    assert not ind.get(5429000000, "").endswith("零售额销售额"), ind


def test_a_system_s_sales_total_is_read_without_its_verb_of_achieving():
    """浙江 台州 (02-taizhou-daibiaodahui): 全市供销合作社系统实现销售总额60.08亿元; 济南日报
    (08-jinan-duchazu): 全市供销社系统完成销售总额50.3亿元，增长20% (base: …实现销售总额, …完成销售总额
    增长: the verb of achieving kept, as it is not with 销售额 or 利润)."""
    doc = extract_text("台州市供销合作社联合社第一次代表大会闭幕\n"
                       "去年,全市供销合作社系统实现销售总额60.08亿元,实现利润5260万元。")
    assert _indicators(doc).get(6008000000) == "供销合作社系统销售总额", _indicators(doc)
    doc = extract_text("省政府督查组来济南检查供销社工作\n"
                       "截至今年10月,全市供销社系统完成销售总额50.3亿元,增长20%。")
    ind = _indicators(doc)
    assert ind.get(5030000000) == "供销社系统销售总额" and ind.get(20) == "供销社系统销售总额增长", ind


def test_a_national_register_named_in_brackets_scopes_no_figure():
    """四川 (03-sichuan-jiatingnongchang): 目前四川全省家庭农场入库(全国家庭农场名录系统)数量达到14.61万家 —
    the bracket names the national register the farms are entered in; the count is the province's
    (base: subject 中国, from the 全国 of the register's name)."""
    doc = extract_text("四川两步走推进家庭农场高质量发展\n"
                       "据了解,目前四川全省家庭农场入库(全国家庭农场名录系统)数量达到14.61万家,覆盖近半数的村。")
    names = {e.id: e.name for e in doc.entities.values()}
    subjects = {m.value: names.get(m.subject) for m in doc.metrics}
    assert subjects.get(146100) == "四川省", subjects
