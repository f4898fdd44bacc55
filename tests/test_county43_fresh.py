"""Round 43 (county43): county, township and community news from fresh texts of
/tmp/s26/fresh/county43 (西藏, 青海, 甘肃, 云南, 湖南, 山西, 辽宁, 广东): no agency read through a
relayed message or an attended meeting (传达|市委常委, …座谈会|县委常委), no organisation after a
county's adverb and verb (庆城县大力推进|农民专业合作社), a name of a particle given character closed
by 等 (陈大为等), no scope in a road's middle (道路中央) or a meeting's name (全国…工作会), no period
from a founding date (成立于2013年6月), no county in 祁连山, no place in 山乡巨变, 中藏药材 or a paper's
name (珠江商报)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> list[tuple[str, str, float, str | None]]:
    names = {e.id: e.name for e in doc.entities.values()}
    return [(names.get(m.subject, m.subject), m.indicator, m.value, m.period) for m in doc.metrics]


def test_a_meeting_attended_before_the_next_post_is_no_part_of_its_body():
    """宁洱县 (云南) news, its line's full stop missing: …等市、县相关部门负责同志分别参加调研核查座谈会 /
    县委常委、县人民政府副县长龚亮主持座谈会 (base: an agency 宁洱…县相关部门负责同志分别参加调研核查座谈会县委
    and 龚亮 holding a post in it)."""
    doc = extract_text("核查组到宁洱县开展调研核查工作\n12月4日至5日,核查组到宁洱县考核指导工作。宁洱县委书记周强,"
                       "县委副书记、县人民政府县长张永华等市、县相关部门负责同志分别参加调研核查座谈会\n"
                       "县委常委、县人民政府副县长龚亮主持座谈会。")
    assert not any("座谈会" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert ("龚亮", "宁洱哈尼族彝族自治县委") in relation_pairs(doc, "holdsPost")


def test_a_relayed_speech_opens_no_body_with_its_verb():
    """法库县 (辽宁) 县委常委会: 会议…传达市委常委、秘书长连茂君到我县督导检查…时的讲话精神 — the city's 市委
    (沈阳市委), not an agency 传达市委 (base)."""
    doc = extract_text("县委十六届常委会召开第47次会议\n10月20日,法库县委书记王欢苗主持召开县委十六届常委会第47次会议。"
                       "会议传达市委常委、秘书长连茂君到我县督导检查十九大维稳安保工作时的讲话精神。")
    assert "传达市委" not in _names(doc, "Agency")
    assert ("连茂君", "沈阳市委") in relation_pairs(doc, "holdsPost")


def test_a_given_name_ending_in_wei_is_closed_by_deng():
    """法库县: 县委副书记、代县长陈大为等在家县委常委参加会议 — 陈大为, not 陈大 (base)."""
    doc = extract_text("县委召开常委会议\n10月20日,法库县委书记王欢苗主持召开县委常委会会议。"
                       "县委副书记、代县长陈大为等在家县委常委参加会议。")
    people = _names(doc, "Person")
    assert "陈大为" in people and "陈大" not in people, people


def test_no_cooperative_after_a_county_s_adverb_and_verb():
    """庆城县 (甘肃) title: 庆城县大力推进农民专业合作社建设 — the county pushes the cooperatives
    (大力, tagged n by jieba, is an adverb here); base: an organisation 庆城县大力推进农民专业合作社."""
    doc = extract_text("庆城县大力推进农民专业合作社建设\n今年以来,甘肃省庆城县把农民专业合作社发展作为推动农村经济发展的重点工作来抓。")
    assert not any("推进" in n for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_meeting_named_with_quan_guo_scopes_no_county_figure():
    """宁洱县: …重要指示精神和全国东西部协作工作会、中央单位定点帮扶工作推进会部署要求,…累计投入资金3560万元 —
    the county's money (base: every figure of the paragraph the country's, 中国)."""
    doc = extract_text("核查组到宁洱县开展调研核查工作\n2024年12月5日\n座谈会上,县长张永华作汇报。他说,今年以来,宁洱县坚持"
                       "以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平总书记关于深化东西部协作工作的重要指示精神和"
                       "全国东西部协作工作会、中央单位定点帮扶工作推进会部署要求,东西部协作项目累计投入资金3560万元,实施帮扶项目10个。")
    subjects = {s for s, _i, _v, _p in _metrics(doc)}
    assert subjects == {"宁洱哈尼族彝族自治县"}, _metrics(doc)


def test_the_middle_of_a_road_is_no_national_scope():
    """乡宁县 (山西): 走进乡宁县昌宁镇龙鼻村,宽阔干净的柏油路中央刷上了红、黄、蓝三条分隔线 — 中央 is the
    road's middle (base: the figure the country's and 中国 a place of the story)."""
    doc = extract_text("乡宁县打造乡村振兴县域样板\n2024年8月27日\n走进乡宁县昌宁镇龙鼻村,宽阔干净的柏油路中央刷上了红、黄、蓝三条分隔线。")
    assert "中国" not in _names(doc, "Place"), _metrics(doc)
    still = extract_text("会议召开\n2024年8月27日\n中央财政下达资金3亿元,全国新建农村公路1.2万公里。")
    assert any(s == "中国" for s, *_ in _metrics(still)), _metrics(still)  # a national figure stays national


def test_a_founding_date_is_no_period_of_the_figures_after_it():
    """花都区 (广东) 调研简报: 锦绣社区成立于2013年6月,位于增城区中部,辖区面积约0.6平方公里,…常住人口约14500人 —
    figures of now, not of June 2013 (base: period 2013-06 for each)."""
    doc = extract_text("调研简报\n2025年3月5日\n广州市增城区荔城街锦绣社区开展活动。锦绣社区成立于2013年6月,位于增城区中部,"
                       "辖区面积约0.6平方公里,常住人口约14500人。")
    periods = {i: p for _s, i, _v, p in _metrics(doc)}
    assert periods and "2013-06" not in periods.values(), periods


def test_qilian_mountains_in_a_list_are_no_county():
    """海北州 (青海): 要突出青海湖、祁连山、二二一基地等地域生态文化 — the mountains (a region), no 祁连县 (base)."""
    doc = extract_text("夏吾杰主持召开海北州委书记专题会议\n4月3日,青海省海北州委书记夏吾杰主持召开专题会议。"
                       "要突出青海湖、祁连山、二二一基地等地域生态文化。")
    places = _names(doc, "Place")
    assert "祁连县" not in places and "祁连山" in places, places


def test_common_words_and_a_paper_s_name_are_no_places():
    """乡宁县: 现实版的“山乡巨变”画卷; 舟曲县 (甘肃): 种植中藏药材11.2万亩; 顺德 (广东): 信息来源: 珠江商报 —
    the mountain countryside, Chinese-and-Tibetan medicine, a newspaper (base: places 山乡, 中藏, 珠江)."""
    doc = extract_text("乡宁县打造乡村振兴县域样板\n近年来,山西省乡宁县倾力打造乡村振兴县域样板。现实版的“山乡巨变”画卷正在这里"
                       "铺陈开来。全县种植中藏药材11.2万亩。")
    places = _names(doc, "Place")
    assert not places & {"山乡", "中藏"}, places
    paper = extract_text("解题工业社区治理\n信息来源: 珠江商报\n3月5日,区政协主席陈卫东到大良街道五沙社区调研。")
    assert "珠江" not in _names(paper, "Place"), _names(paper, "Place")


def test_a_county_short_name_jieba_knows_as_a_rare_verb_is_the_county():
    """牟定县 (云南) 抓落实专题会议: 听取了各副县长、云南牟定产业园区管委会…的汇报 — 牟定 (jieba: a verb counted 3
    times, an entry taken from a text naming the county) after its province is 牟定县 (base: no county)."""
    doc = extract_text("县人民政府召开抓落实专题会议\n会议听取了各副县长、云南牟定产业园区管委会2月分管领域重点工作完成情况的汇报。")
    assert ("牟定县", "云南省") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")


def test_a_consulting_mechanism_named_by_its_manner_alone_is_no_programme():
    """顺德 (广东) 区政协: 与职能部门建立常态化协商机制,推动问题分类化解 — a kind of mechanism, none named (base: a
    programme 常态化协商机制); one that says its topic stays (政协民主协商机制)."""
    doc = extract_text("解题工业社区治理\n3月5日,区政协主席陈卫东到大良街道五沙社区调研。陈卫东表示,区政协将充分发挥"
                       "协商式监督优势,与职能部门建立常态化协商机制,推动问题分类化解。")
    assert "常态化协商机制" not in _names(doc, "Programme"), _names(doc, "Programme")
    named = extract_text("调研\n3月5日,区政协主席陈卫东到大良街道调研。建立政协民主协商机制。")
    assert "政协民主协商机制" in _names(named, "Programme")
