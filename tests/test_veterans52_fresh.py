"""Round 52 (veterans52): veterans-affairs news from fresh texts of /tmp/s26/fresh/veterans52 (谷城县,
禹州市, 阿尔山市, 湖北省 service centres; 赣州市's figures; a district's 光荣牌 story): the service
centre every county, city and province sets up is an organisation of that place; 大市 (兵员大市) is
no place; a figure of a unit put on a national list is not the country's; a second share written
without 的 (占全省43.8%、全国7.5%) and a bare 占全省 name the measure; 我区 is never a 社区 named
before it; a quote opened right after 指出 is somebody's words."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc):
    return list(doc.metrics.values()) if isinstance(doc.metrics, dict) else list(doc.metrics)


def _subjects(doc):
    ents = doc.entities
    return {(m.value, m.unit): (ents[m.subject].name if m.subject in ents else None) for m in _metrics(doc)}


def _indicators(doc):
    return {(m.value, m.unit): m.indicator for m in _metrics(doc)}


def _names(doc, etype):
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_a_county_and_a_province_s_veterans_service_centre():
    """谷城县 (cjyun) and 湖北日报: 谷城县退役军人服务中心再次在央视露脸, 湖北省退役军人服务中心在汉正式挂牌成立:
    each an organisation located in its place (base: neither found; only a township's 服务站 was)."""
    doc = extract_text("谷城县退役军人服务中心再次在央视露脸\n湖北省襄阳市谷城县。4月19日,谷城县退役军人服务中心再次在央视露脸。")
    assert "谷城县退役军人服务中心" in _names(doc, "Organization")
    assert ("谷城县退役军人服务中心", "谷城县") in relation_pairs(doc, "locatedIn")
    doc = extract_text("湖北省退役军人服务中心挂牌成立\n3月29日,湖北省退役军人服务中心在汉正式挂牌成立,该中心将为全省退役军人提供精准服务。")
    assert "湖北省退役军人服务中心" in _names(doc, "Organization")


def test_a_big_city_of_a_trade_is_no_place():
    """赣南日报: 赣州是革命老区,也是兵员大市、安置大市、优抚大市 (base: a Place 大市)."""
    doc = extract_text("赣州建成退役军人服务中心(站)4324个\n赣州是革命老区,也是兵员大市、安置大市、优抚大市,退役军人多、革命烈士多。")
    assert "大市" not in _names(doc, "Place")


def test_units_put_on_a_national_list_are_the_city_s():
    """赣南日报: 3个服务站入选全国“百年历程上的百家服务站点”,37个服务站入选全省“百家红色退役军人服务站”:
    the 37 stations are 赣州市's (base: 中国's, from the 全国 of the list before)."""
    doc = extract_text("赣州建成退役军人服务中心(站)4324个\n江西省赣州市。目前,"
                       "3个服务站入选全国“百年历程上的百家服务站点”,37个服务站入选全省“百家红色退役军人服务站”。")
    assert _subjects(doc).get((37, "个")) == "赣州市", _subjects(doc)


def test_shares_of_the_province_and_the_country_name_the_measure():
    """赣南日报: 有姓名可考的烈士10.82万人,占全省43.8%、全国7.5%: the martyrs' shares of the province
    and the country, the city's (base: 占全省, and a level named % of 中国)."""
    doc = extract_text("赣州市退役军人工作\n江西省赣州市。截至目前,全市有姓名可考的烈士10.82万人,占全省43.8%、全国7.5%。")
    ind, subj = _indicators(doc), _subjects(doc)
    assert ind.get((7.5, "%")) == "姓名可考的烈士占全国" and subj.get((7.5, "%")) == "赣州市", (ind, subj)
    assert ind.get((43.8, "%")) == "姓名可考的烈士占比", ind


def test_our_district_is_no_community_named_before_it():
    """区 paper (孙婷): …前往虹桥社区和金河社区…。2017年以来,我区已发放“光荣人家”牌匾1.7万块: the district's
    plaques, not 金河社区's (base: 金河社区, whose 社区 ends with 区)."""
    doc = extract_text("我区启动光荣牌换发工作\n本报讯 5月28日上午,副区长朱霞前往虹桥社区和金河社区,为现役军人朱勋家庭悬挂"
                       "“光荣之家”牌匾。2017年以来,我区已发放“光荣人家”牌匾1.7万块。")
    assert _subjects(doc).get((17000, "块")) != "金河社区", _subjects(doc)


def test_a_quote_after_a_verb_of_saying_scopes_its_figure():
    """谷城县 (cjyun): 《国防军事早报》报道中指出“全国已经建成六级64万多个退役军人服务中心服务站”: the
    country's stations (base: 谷城县's, the quote read as a title)."""
    doc = extract_text("谷城县退役军人服务中心再次在央视露脸\n湖北省谷城县。《国防军事早报》报道中指出“全国已经建成六级64万多个"
                       "退役军人服务中心服务站”,肯定了谷城县的做法。")
    assert _subjects(doc).get((640000, "个")) == "中国", _subjects(doc)


def test_a_quoted_news_headline_is_no_programme():
    """谷城县 (cjyun): 《军事新闻》栏目报道了“退役军人事务部发布庆祝建党100周年系列活动”新闻: the headline of a
    news item, no programme carried out in 谷城县 (base: a Programme, implementedIn 谷城县)."""
    doc = extract_text("谷城县退役军人服务中心再次在央视露脸\n湖北省谷城县。4月19日,《军事新闻》栏目报道了"
                       "“退役军人事务部发布庆祝建党100周年系列活动”新闻。")
    assert "退役军人事务部发布庆祝建党100周年系列活动" not in _names(doc, "Programme")
