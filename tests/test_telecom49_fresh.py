"""Round 49 (telecom49): telecommunications, post and express delivery news from fresh texts of
/tmp/s26/fresh/telecom49: a 纪检组 written bare after a department's post is the department's
(江苏省通信管理局纪检组, no 江苏省纪检组); a name of a post-only family name closed by 在 and a place
(省长信长星|在西宁会见); a given name ending in 和 before 与 (戴邦和|与); 通管局 and 通管办, the
customary short forms of a 通信管理局 and a city's 通信发展管理办公室; a headline's use of a short
form the body defines (中国电信四川公司) and a post right after its definition; a network's generation
inside the noun counted (10万个4G、5G基站); no figure of a thing's height (30米高的铁塔) or of the bodies
whose heads attend a meeting (4家通信公司相关负责人就…)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_discipline_group_after_a_bureau_s_post_is_the_bureau_s():
    """南通 (jsca.miit.gov.cn): 省通信管理局党组成员、纪检组长刘宝出席会议: the group stationed in
    江苏省通信管理局 (base: 江苏省纪检组, a group of the province)."""
    doc = extract_text("南通信息通信行业召开座谈会\n"
                       "3月11日,南通市召开2026年第一次行业总经理座谈会。省通信管理局党组成员、纪检组长刘宝出席会议并讲话。")
    holds = relation_pairs(doc, "holdsPost")
    assert ("刘宝", "江苏省通信管理局纪检组") in holds, holds
    assert "江苏省纪检组" not in _names(doc, "Agency")
    other = extract_text("长沙市召开会议\n3月11日,长沙市召开会议。省教育厅党组成员、纪检组长刘宝出席会议并讲话。")
    assert ("刘宝", "湖南省教育厅纪检组") in relation_pairs(other, "holdsPost")


def test_a_name_closed_by_zai_and_a_place_after_a_head_post():
    """青海日报: 省委副书记、省长信长星在西宁会见中国移动通信集团有限公司党组书记、董事长杨杰一行: 信长星
    the governor (base: no 信长星, and 杨杰 took the 省委's post)."""
    doc = extract_text("信长星会见中国移动通信集团董事长杨杰\n"
                       "本报讯 6月2日下午,省委副书记、省长信长星在西宁会见中国移动通信集团有限公司党组书记、董事长杨杰一行。")
    holds = relation_pairs(doc, "holdsPost")
    assert ("信长星", "青海省") in holds and ("信长星", "青海省委") in holds, holds
    assert ("杨杰", "青海省委") not in holds


def test_a_given_he_before_yu_ends_the_name():
    """丽水日报: 副市长戴邦和与中国移动浙江公司党委委员、副总经理张汉良代表双方签约: 戴邦和 (base: 戴邦);
    和 before 与会 stays the conjunction (王刚和与会代表)."""
    doc = extract_text("市政府与中国移动浙江公司签署协议\n"
                       "4月15日上午,丽水市政府与中国移动通信集团浙江有限公司签署协议。"
                       "副市长戴邦和与中国移动浙江公司党委委员、副总经理张汉良代表双方签约。")
    assert "戴邦和" in _names(doc, "Person") and "戴邦" not in _names(doc, "Person")
    other = extract_text("县召开会议\n4月15日上午,平利县召开会议。副县长王刚和与会代表交流。")
    assert "王刚" in _names(other, "Person") and "王刚和" not in _names(other, "Person")


def test_tongguanju_is_the_communications_administration():
    """汕头市工信局: 拜访省通信管理局。省通管局局长苏少林: one body 广东省通信管理局 (base: a second
    agency 广东省通管局 holding the posts)."""
    doc = extract_text("市政府领导带队拜访省通管局\n"
                       "1月21日上午,汕头市政府副市长林晓湧带队赴广州拜访省通信管理局。"
                       "省通管局局长苏少林、副局长梅强华等领导与汕头市一行座谈。")
    assert "广东省通管局" not in _names(doc, "Agency")
    assert ("苏少林", "广东省通信管理局") in relation_pairs(doc, "holdsPost")


def test_tongguanban_is_the_city_communications_development_office():
    """贵州省通信管理局 and 娄底新闻网: 黔西南州通管办作经验分享, 市通信发展管理办公室主要负责人: the
    city's 通信发展管理办公室 (base: neither read)."""
    doc = extract_text("贵州召开会议\n1月30日,贵州省通信管理局召开会议。毕节市通管办作经验分享。")
    assert "毕节市通信发展管理办公室" in _names(doc, "Agency"), _names(doc, "Agency")
    loudi = extract_text("娄底市通信工作会议召开\n"
                         "11月22日,娄底市通信工作会议召开。会上,市通信发展管理办公室主要负责人就全市通信工作情况进行汇报。")
    assert "娄底市通信发展管理办公室" in _names(loudi, "Agency")


def test_a_headline_uses_the_short_form_its_body_defines():
    """smedric.cn: 公司领导拜访中国电信四川公司 … 中国电信股份有限公司四川分公司(简称:中国电信四川公司):
    one company (base: the headline's 中国电信四川公司 a second one)."""
    doc = extract_text("公司领导拜访中国电信四川公司\n"
                       "11月3日,公司董事长程鹏拜访了中国电信股份有限公司四川分公司(简称:中国电信四川公司)党委副书记、"
                       "副总经理周雪峰。中国电信四川公司党委委员、副总经理蒋成参加会谈。")
    orgs = _names(doc, "Organization")
    assert "中国电信股份有限公司四川分公司" in orgs and "中国电信四川公司" not in orgs, orgs


def _metrics(doc) -> dict[str, float]:
    return {m.indicator: m.value for m in doc.metrics}


def test_a_network_generation_is_part_of_the_noun_counted():
    """人民网 (电信普遍服务): 累计支持13万个行政村的光纤网络建设和农村地区10万个4G、5G基站建设: the
    base stations counted (base: 光纤网络建设和农村地区, the digits of 4G cut the noun); 全县新建了
    120个5G基站 (base: 个)."""
    doc = extract_text("电信普遍服务成效显著\n"
                       "2023年,累计支持13万个行政村的光纤网络建设和农村地区10万个4G、5G基站建设。全县新建了120个5G基站。")
    got = _metrics(doc)
    assert got.get("5G基站") == 120, got
    assert any(k.startswith("4G、5G基站") and v == 100000 for k, v in got.items()), got
    assert "光纤网络建设和农村地区" not in got


def test_the_height_of_a_thing_described_is_no_figure():
    """人民网 (阿坝县): 一处露营基地,30米高的铁塔矗立在基地西侧: the tower's height describes it (base: a
    metric 高的铁塔矗立在基地西侧 30 米 of 阿坝县)."""
    doc = extract_text("阿坝县建成基站\n位于四川阿坝藏族羌族自治州阿坝县的一处露营基地,30米高的铁塔矗立在基地西侧。"
                       "2023年全县道路长度达到500公里。")
    got = _metrics(doc)
    assert not any(v == 30 for v in got.values()), got
    assert got.get("道路长度") == 500


def test_a_post_written_after_a_short_form_s_definition_is_the_body_s():
    """smedric.cn: 拜访了中国电信股份有限公司四川分公司(简称:中国电信四川公司)党委副书记、副总经理周雪峰:
    周雪峰 holds his posts in the company defined (base: no post of his)."""
    doc = extract_text("公司领导拜访中国电信四川公司\n"
                       "11月3日,公司董事长程鹏拜访了中国电信股份有限公司四川分公司(简称:中国电信四川公司)党委副书记、"
                       "副总经理周雪峰。")
    assert ("周雪峰", "中国电信股份有限公司四川分公司") in relation_pairs(doc, "holdsPost")


def test_bodies_whose_heads_attend_a_meeting_are_no_figure():
    """娄底新闻网: 娄底电信、娄底移动、娄底联通、中国广电娄底分公司等4家通信公司相关负责人就各自业内工作进行交流:
    who attended (base: a metric 通信公司相关负责人就各自业内工作 4 家); 全市共有企业120家 stays."""
    doc = extract_text("娄底市通信工作会议召开\n11月22日,娄底市通信工作会议召开。娄底电信、娄底移动、娄底联通、"
                       "中国广电娄底分公司等4家通信公司相关负责人就各自业内工作进行交流。全市共有通信企业120家。")
    got = _metrics(doc)
    assert not any(v == 4 for v in got.values()), got
    assert any(v == 120 for v in got.values()), got
