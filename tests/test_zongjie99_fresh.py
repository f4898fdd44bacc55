"""Round 99 (zongjie99): 年度工作总结 of townships, streets and county departments — 2021–2024
工作总结和工作思路 of a county's 农业农村局 (Zhejiang: 云和, a government site with its 发布机构 field),
street offices (杭州 西溪, 白杨; 安吉 昌硕), a town's report (重庆 巴南 木洞) and county departments' year
news (广西 资源, 河南 柘城) (fresh texts of /tmp/s26/fresh/zongjie99).  Fixes: a department's report
naming no place of its own but its province in a policy's name (新时代浙江“三农”工作…行动) is the
county's its page's issuer field names (发布机构：云和) when it speaks as a county (全县, 我县), so its
figures are the county's, not the province's; a place written inside an honour's name after a verb
of being honoured (获评广西供应深圳农产品示范基地) is no subject of the figures after it."""
from __future__ import annotations

from conftest import article_place, extract_text


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


_YUNHE = ("2022年工作总结和2023年工作思路\n"
          "发布机构:云和     发布时间:2023-01-30 11:06:08\n\n"
          "2022年,我局在县委县政府的坚强领导下,深入贯彻落实新时代浙江\"三农\"工作“369”行动,\"三农\"工作取得较好成效。\n\n"
          "2.全体居民人均可支配收入及增长率。2022年,居民人均可支配收入为43684元,增幅4.4%。\n\n"
          "7.低收入农户同步基本实现现代化。全县低收入农户人均可支配收入18435元,增长16%。\n")


def test_a_county_departments_report_is_its_issuers_county():
    """01-yunhe-nongye: 发布机构:云和 over 2022年,我局在县委县政府的坚强领导下,深入贯彻落实新时代浙江"三农"工作
    “369”行动 … 2022年,居民人均可支配收入为43684元 … 全县低收入农户人均可支配收入18435元 (base: the article
    placed in 浙江省, so 43684元 and 农业增加值5.94亿元 were the province's, 县委 unplaced)."""
    assert article_place(_YUNHE) == "云和县"
    doc = extract_text(_YUNHE)
    got = _metrics(doc)
    assert ("云和县", "居民人均可支配收入", 43684, "元") in got, got
    assert not any(s == "浙江省" for s, *_ in got), got
    assert "云和县委" in {e.name for e in doc.entities.values() if e.type == "Agency"}


def test_a_provinces_story_on_a_county_site_stays_the_provinces():
    """The issuer's county takes over only a text speaking as a county: a province's news a county
    site reprints (全省…) stays the province's."""
    text = ("浙江出台农业新政\n发布机构:云和     发布时间:2023-01-30 11:06:08\n\n"
            "近日,浙江省出台新一轮强农惠农政策。2022年,全省农业增加值2324亿元,增长3.2%。\n")
    assert article_place(text) == "浙江省"


def test_a_place_inside_an_honours_name_is_no_subject():
    """06-ziyuan-nongye: 源祥养殖专业合作社生猪养殖基地获评广西供应深圳农产品示范基地,资源丰绿生态种养开发有限公司等
    5家企业成功入选深圳标准促进会会员单位。基础设施不断完善,建成小型农田水利项目灌溉水渠44条 (base: 5家企业,
    水渠44条, 高标准农田1.6万亩 all 深圳市's)."""
    doc = extract_text("资源县农业农村局召开工作部署会\n"
                       "2021年,资源县一产增加值达24.24亿元,同比增长10%。"
                       "源祥养殖专业合作社生猪养殖基地获评广西供应深圳农产品示范基地,资源丰绿生态种养开发有限公司等5家企业"
                       "成功入选深圳标准促进会会员单位。基础设施不断完善,建成小型农田水利项目灌溉水渠44条,"
                       "改善灌溉面积3475亩,建成高标准农田1.6万亩。\n")
    got = _metrics(doc)
    assert ("资源县", "高标准农田", 16000, "亩") in got, got
    assert not any(s == "深圳市" for s, *_ in got), got


def test_a_place_before_its_honour_stays_the_subject():
    """Only a place after the verb is the honour's: 深圳市获评… keeps 深圳市 the subject of its figures."""
    doc = extract_text("深圳经济运行\n2023年,广东省深圳市获评全国文明城市,全年地区生产总值3.46万亿元,增长6%。\n")
    got = _metrics(doc)
    assert any(s == "深圳市" and v == 3.46e12 for s, _i, v, _u in got), got
