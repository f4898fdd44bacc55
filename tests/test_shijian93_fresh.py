"""Round 93 (shijian93): 市场监管 news — food sampling (抽检批次, 合格率), enforcement cases (查办案件, 罚没款),
市场主体 registration, 12315/12345 complaint data and counterfeit-brand cases, from 市场监督管理局 releases and
papers in Shanxi (大同), Shanghai (嘉定区), Hubei, Hunan (岳阳), Sichuan (乐山, 广元), Yunnan (永德县), Guangdong
(深圳), Beijing and the national 总局 (fresh texts of /tmp/s26/fresh/shijian93).  Fixes: a hotline's number
before the name of its centre or line (12315指挥中心, 12315专线, 12345政府服务热线) names the line, no figure that
cuts the indicator; 全国12315平台 in a local story is the platform a local office works through, not the
country's scope; a small count before 合计 (两项合计, 两个行业合计) counts the items summed, no figure; a run of
quoted names a brand word closes or 假冒 opens (假冒“耐克”“阿迪达斯”品牌) is brands, never a programme; a city
bureau's district office named by 监管局 (深圳市市场监督管理局龙岗监管局) is an agency; shops and trading firms a
case names (深圳市龙岗区佟佟服装店, XX商行, XX经营部) are organisations."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


def test_a_hotlines_centre_and_line_keep_their_number():
    """04-yueyang-12315: 今年6月,全市12315指挥中心收到12345热线转办消费者咨询投诉举报2625件; 05-gytoday-12315:
    12315专线和12345政府服务热线接待消费者来访咨询1320余次 (base: indicators 挥中心收到…, 府服务热线接待… — the
    hotline's number read as a figure cut the name one character in).  A count of 12315 件 stays a figure."""
    doc = extract_text("岳阳市消费者投诉举报数据分析\n今年6月，岳阳市12315指挥中心收到12345热线转办消费者咨询投诉举报2625件。")
    inds = _indicators(doc)
    assert not any(i.startswith("挥中心") for i in inds), inds
    # (xiaoxie121: the centre is a body of its city now, the figure's subject, so the indicator opens at 收到)
    assert any(i.startswith("收到12345热线") and i.endswith("投诉举报") for i in inds), inds
    assert {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}.get(2625) \
        == "岳阳市12315指挥中心", doc.metrics
    doc = extract_text("消费维权\n2022年，广元市12315专线和12345政府服务热线接待消费者来访咨询1320余次。")
    inds = _indicators(doc)
    assert not any(i.startswith("府服务") for i in inds), inds
    assert any("政府服务热线接待消费者来访咨询" in i for i in inds), inds
    doc = extract_text("消费维权\n2022年，全市共受理消费者投诉12315件。")
    assert 12315 in {m.value for m in doc.metrics}, _metrics(doc)


def test_the_national_12315_platform_in_a_local_story_is_the_citys():
    """04-yueyang-12315: 全国12315平台受理消费者投诉举报1717件 … 6月,全市在全国12315平台共受理投诉2461件 in
    岳阳's release (base: subject 中国 for every figure of the sentence).  A national story's 全国 stays the
    country's."""
    doc = extract_text("岳阳市2022年6月消费者投诉举报数据分析\n6月，岳阳市在全国12315平台共受理投诉2461件，"
                       "其中商品类1367件。")
    subjects = {s for s, i, v, u in _metrics(doc) if v == 2461}
    assert subjects == {"岳阳市"}, _metrics(doc)
    doc = extract_text("市场监管总局通报\n2023年，全国市场监管部门共查办各类违法案件140.62万件。")
    assert {s for s, i, v, u in _metrics(doc) if v == 1406200} == {"中国"}, _metrics(doc)


def test_a_count_of_the_items_summed_is_no_figure():
    """04-yueyang-12315: …2625件,全国12315平台受理消费者投诉举报1717件,两项合计共受理消费者咨询投诉举报4342件;
    03-hubei-shichangzhuti: …科学研究和技术服务业两个行业合计新登记5.59万户 (base: 合计受理… 2 项, 行业合计新登记
    2 个).  The sum keeps its figure; a count of projects before 合计 (5个项目合计投资…) is a real count."""
    doc = extract_text("岳阳市消费者投诉举报数据分析\n6月，岳阳市12345热线转办消费者咨询投诉举报2625件，"
                       "12315平台受理消费者投诉举报1717件，两项合计共受理消费者咨询投诉举报4342件。")
    values = {(v, u) for _s, _i, v, u in _metrics(doc)}
    assert (2, "项") not in values and (4342, "件") in values, _metrics(doc)
    doc = extract_text("湖北省市场主体\n今年，湖北省信息传输、软件和信息技术服务业，科学研究和技术服务业两个行业合计新登记5.59万户。")
    values = {(v, u) for _s, _i, v, u in _metrics(doc)}
    assert (2, "个") not in values and (55900, "户") in values, _metrics(doc)
    doc = extract_text("重点项目\n今年，襄阳市5个项目合计完成投资12亿元。")
    assert (5, "个") in {(v, u) for _s, _i, v, u in _metrics(doc)}, _metrics(doc)


def test_quoted_brands_of_a_counterfeit_case_are_no_programmes():
    """07-leshan-jiamao: 犍为县市场监管局…查获了一起销售假冒“耐克”“阿迪达斯”品牌服装鞋帽案件 … “耐克”和“阿迪达斯”
    的中国公司总部分别派遣专业人员 (base: 耐克 a programme by quote-list-head, n=5).  A quoted campaign run by the
    bureau (开展“铁拳”行动) stays a programme."""
    doc = extract_text("乐山查办假冒案\n今年9月，犍为县市场监管局在当地查获了一起销售假冒“耐克”“阿迪达斯”品牌服装鞋帽案件。"
                       "通过积极协调，“耐克”和“阿迪达斯”的中国公司总部分别派遣专业人员赶赴乐山配合鉴定。")
    progs = _names(doc, "Programme")
    assert not {"耐克", "阿迪达斯"} & progs, progs
    doc = extract_text("乐山查办假冒案\n犍为县市场监管局查获仿冒“金龙”“银凤”牌白酒200瓶。")
    assert not {"金龙", "银凤"} & _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("铁拳行动\n今年以来，深圳市市场监督管理局持续开展“铁拳”“净网”专项行动。")
    assert {"铁拳", "净网"} & _names(doc, "Programme"), _names(doc, "Programme")


def test_a_city_bureaus_district_office_is_an_agency():
    """08-shenzhen-tiequan: 2021年4月6日,深圳市市场监督管理局龙岗监管局依法将…案移交公安机关处理 (base: only
    深圳市市场监督管理局; 龙岗监管局 lost).  The office sits in 龙岗区 under the city bureau; a word that is no
    district of the city (经开监管局) adds no office."""
    doc = extract_text("铁拳行动\n2021年4月6日，深圳市市场监督管理局龙岗监管局依法将一起售假案移交公安机关处理。")
    assert "深圳市市场监督管理局龙岗监管局" in _names(doc, "Agency"), _names(doc, "Agency")
    rels = {(doc.entities[r.subject].name, r.predicate, doc.entities[r.object].name) for r in doc.relations
            if r.subject in doc.entities and r.object in doc.entities}
    assert ("深圳市市场监督管理局龙岗监管局", "locatedIn", "龙岗区") in rels, rels
    doc = extract_text("铁拳行动\n深圳市市场监督管理局经开监管局开展检查。")
    assert not any(n.endswith("经开监管局") for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_a_shop_a_case_names_is_an_organisation():
    """08-shenzhen-tiequan: 深圳市市场监督管理局龙岗监管局依法将深圳市龙岗区佟佟服装店销售侵犯商标专用权产品案移交
    公安机关处理 (base: no organisation).  So is a 商行 fined; the kinds alone in a list of places checked
    (辖区便利店、食品店、商行) name no body."""
    doc = extract_text("铁拳行动\n2021年4月6日，深圳市市场监督管理局龙岗监管局依法将深圳市龙岗区佟佟服装店销售侵犯商标专用权产品案"
                       "移交公安机关处理。")
    assert "深圳市龙岗区佟佟服装店" in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("食品安全\n永德县德党镇鑫鑫商行销售过期食品，被罚款2000元。")
    assert "永德县德党镇鑫鑫商行" in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("食品安全\n执法人员对辖区便利店、食品店、商行开展检查，在农贸市场、超市等场所检查食品经营部30户。")
    assert not _names(doc, "Organization"), _names(doc, "Organization")
