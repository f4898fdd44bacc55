"""Round 85 (gongxin85): industry-and-IT and science-bureau releases — 工信部 figures on 5G and the digital
economy, a provincial 工信厅's list of 专精特新 firms and a city's 小巨人 firms (市工信局), a city's new 高新技术企业
(市科技局, 河南巩义) and 晋城市科技局's count of 科技型中小企业 (山西) — from fresh texts of /tmp/s26/fresh/gongxin85.
Fixes: a figure listed after 、 with its own year before 的 (增长到2018年的40家、2019年的48家) keeps that year,
not the first item's; 成功 before a verb of being listed (2家企业成功上榜) ends the counted noun; the writer's own
place opening a list of firms (我市威达重工、大汉智能科技2家企业) is no part of the first firm, which is now read;
一批 and the tiers of the smart-factory ladder (卓越级智能工厂) open no body's name; 上年/上年度 after the counted
noun (196家科技型中小企业上年度销售收入) ends it; a bare 交易所 (jieba nt) is no organisation."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> set[tuple[str, float, str | None]]:
    return {(m.indicator, m.value, m.period) for m in doc.metrics}


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def test_a_listed_figure_keeps_its_own_year():
    """06-jincheng-kejixing (山西晋城市): 入库企业数量由2017年的20家,飞速增长到2018年的40家、2019年的48家、2020年的
    102家… (base: 48家 and 102家 of 2018, the first item's year)."""
    doc = extract_text("晋城市科技型中小企业入库企业数量由2017年的20家,飞速增长到2018年的40家、2019年的48家、"
                       "2020年的102家和2022年的191家。")
    got = _metrics(doc)
    for value, year in ((20, "2017"), (40, "2018"), (48, "2019"), (102, "2020"), (191, "2022")):
        assert ("科技型中小企业入库企业数量", value, year) in got, got
    # negative: a period opening a later item of a list of indicators stays that item's, not the first figure's
    doc = extract_text("规上工业增加值、1-2月规上服务业营业收入分别增长5.1%和8.2%。")
    assert all(p is None for _i, _v, p in _metrics(doc)), _metrics(doc)


def test_success_before_being_listed_ends_the_counted_noun():
    """04-xiaojuren-wushi: 我市威达重工、大汉智能科技2家企业成功上榜 (base: indicator 企业成功)."""
    doc = extract_text("近日,工信部发布了第五批国家级专精特新“小巨人”企业名单,我市威达重工、大汉智能科技2家企业成功上榜。")
    assert {i for i, _v, _p in _metrics(doc)} == {"企业"}, _metrics(doc)
    doc = extract_text("全省3家企业成功入选国家级名单。")
    assert {i for i, _v, _p in _metrics(doc)} == {"企业"}, _metrics(doc)


def test_the_writer_s_place_opening_a_list_of_firms_is_no_part_of_the_first():
    """04-xiaojuren-wushi: 我市威达重工、大汉智能科技2家企业成功上榜 (base: 威达重工 not read, its item opening with 我市)."""
    doc = extract_text("近日,工信部发布了第五批国家级专精特新“小巨人”企业名单,我市威达重工、大汉智能科技2家企业成功上榜。")
    assert {"威达重工", "大汉智能科技"} <= _orgs(doc), _orgs(doc)
    assert not any(o.startswith("我市") for o in _orgs(doc)), _orgs(doc)


def test_a_batch_or_a_factory_tier_opens_no_body_s_name():
    """03-shengji-zhuanjingtexin: 支持专精特新企业…发展,择优打造一批卓越级智能工厂 (base: an organisation
    择优打造一批卓越级智能工厂)."""
    doc = extract_text("支持专精特新企业朝着高端化、智能化、绿色化方向发展,择优打造一批卓越级智能工厂,形成一批发展路径。")
    assert not _orgs(doc), _orgs(doc)
    doc = extract_text("全县新建一批标准化工厂,带动就业。")
    assert not _orgs(doc), _orgs(doc)
    # negative: a company named in full beside such words stays
    doc = extract_text("宏达机械有限公司入选省级先进级智能工厂名单。")
    assert "宏达机械有限公司" in _orgs(doc), _orgs(doc)


def test_the_year_before_ends_the_counted_noun():
    """06-jincheng-kejixing: 全市现已入库的196家科技型中小企业上年度销售收入达37.13亿元 (base: indicator
    科技型中小企业上年度)."""
    doc = extract_text("全县120家规上企业上年度营业收入达50亿元。")
    assert ("规上企业", 120) in {(i, v) for i, v, _p in _metrics(doc)}, _metrics(doc)
    # negative: a noun opening with 上年 keeps it
    doc = extract_text("全县有15个上年结转项目。")
    assert ("上年结转项目", 15) in {(i, v) for i, v, _p in _metrics(doc)}, _metrics(doc)


def test_a_bare_exchange_is_no_organisation():
    """02-gongxinbu-5g (工信部): 推动北京、上海等地数据交易所高水平建设 (base: an organisation 交易所, jieba's nt)."""
    doc = extract_text("江明涛介绍,推动北京、上海等地数据交易所高水平建设,数据要素潜力进一步释放。")
    assert "交易所" not in _orgs(doc), _orgs(doc)
    # negative: an exchange named in full stays
    doc = extract_text("10日,山西省财政厅在上海证券交易所成功发行今年第九批政府债券。")
    assert "上海证券交易所" in _orgs(doc), _orgs(doc)
