"""Round 107 (qiyeming107): company names in investment and company-visit news — 招商签约 from 筠连县
(Sichuan), 蓝山县 (Hunan) and 济宁 (Shandong), a 建材工业园 signing in 白城 (Jilin), 企业走访 in 津市 (Hunan)
and 鲤城区 (Fujian), 项目开工 in 舒城县 (Anhui) and 郯城县高峰头镇 (Shandong) (fresh texts of
/tmp/s27/txt/qiyeming107).  Fixes: a verb that makes a place noun with 谷/港 after it (济宁创新谷发展集团
有限公司) is the brand's word, not the sentence's verb the name opens after (base: 谷发展集团有限公司, and
李兵's posts in it); a government's act on a company (推动…，扩大|北方水泥有限公司…, 支持, 帮助) opens no
name (base: 扩大北方水泥有限公司); a distant city written in full that opens a registered company name
(东莞市蜀江新能源科技有限公司 in a Sichuan county's text) is the company's seat, kept with its locatedIn
(base: dropped as a brand, as 北京|合展集团 still is); a word only jieba reads as a place that opens a
company's name the text writes (天海汽车电子线束项目 … 天海集团董事长) is the brand, no place (base: Place 天海)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _rels(doc, predicate: str) -> set[tuple[str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations
            if r.predicate == predicate and r.subject in ents and r.object in ents}


def test_a_brand_noun_made_with_a_verb_stays_in_the_name():
    """06-jining-qianyue: 济宁创新谷发展集团有限公司党委书记、董事长李兵 (base: 谷发展集团有限公司, 创新 read as the
    verb the name opens after, and 李兵's posts in that)."""
    doc = extract_text("签约仪式\n2月20日上午，济宁高新区管委会副主任罗会涛，济宁创新谷发展集团有限公司党委书记、董事长李兵"
                       "等出席仪式。")
    orgs = _names(doc, "Organization")
    assert "济宁创新谷发展集团有限公司" in orgs, orgs
    assert "谷发展集团有限公司" not in orgs, orgs
    assert ("李兵", "济宁创新谷发展集团有限公司") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")


def test_a_verb_before_a_plain_head_still_opens_the_name():
    """Guard: a verb before a company whose name does not make a noun with it is still cut (考察|华为…);
    the short form 济宁创新谷集团 stays whole."""
    doc = extract_text("招商\n市长一行考察华江物流有限公司。苏科高新与济宁创新谷集团签约。")
    orgs = _names(doc, "Organization")
    assert "华江物流有限公司" in orgs, orgs
    assert "济宁创新谷集团" in orgs, orgs


def test_an_act_on_a_company_opens_no_name():
    """08-baicheng-qianyue: 是充分发挥双方优势，推动白城经济发展，扩大北方水泥有限公司在东北地区战略布局的共同选择
    (base: 扩大北方水泥有限公司, the verb of the clause read into the name)."""
    doc = extract_text("签约\n刘继武说，这是充分发挥双方优势，推动白城经济发展，扩大北方水泥有限公司在东北地区战略布局的共同选择。")
    orgs = _names(doc, "Organization")
    assert "北方水泥有限公司" in orgs, orgs
    assert not any(o.startswith("扩大") for o in orgs), orgs
    doc = extract_text("走访\n县委书记表示，将全力支持北方水泥有限公司发展。")
    orgs = _names(doc, "Organization")
    assert "北方水泥有限公司" in orgs and not any(o.startswith("支持") for o in orgs), orgs


def test_a_distant_city_opening_a_registered_name_is_its_seat():
    """01-junlian-qianyue: 签约企业代表东莞市蜀江新能源科技有限公司总经理曾伟作了发言, in a text of 筠连县 (Sichuan)
    (base: 东莞市 dropped as a brand, no locatedIn)."""
    doc = extract_text("签约仪式\n12月22日，筠连县2023年12月招商引资项目集中签约仪式在县会议中心举行。"
                       "签约企业代表东莞市蜀江新能源科技有限公司总经理曾伟作了发言。")
    assert ("东莞市蜀江新能源科技有限公司", "东莞市") in _rels(doc, "locatedIn"), _rels(doc, "locatedIn")
    assert ("曾伟", "东莞市蜀江新能源科技有限公司") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")


def test_a_distant_brand_written_short_is_still_dropped():
    """Guard: a province's or city's short name inside a group's brand (北京合展集团 in a report from
    Inner Mongolia) is no place of the text, as before; only the full name of a registered company's
    seat is kept."""
    doc = extract_text("招商\n4月23日，兴安盟与北京合展集团签约，建设乌兰浩特合展小学。北京合展有限公司负责人出席。")
    assert "北京市" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_brand_opening_a_company_name_is_no_place():
    """05-shucheng-kaigong: 集中开工活动在舒城县经济开发区城关园区天海汽车电子线束项目生产基地成功举行 … 天海集团董事长
    董立刚代表开工企业发言 (base: 天海 a Place, jieba's ns)."""
    doc = extract_text("开工\n3月26日上午，舒城县集中开工活动在舒城县经济开发区城关园区天海汽车电子线束项目生产基地成功举行。"
                       "天海集团董事长董立刚代表开工企业发言。")
    assert "天海" not in _names(doc, "Place"), _names(doc, "Place")
    assert ("董立刚", "天海集团") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")
