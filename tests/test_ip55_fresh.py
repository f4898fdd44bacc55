"""Round 55 (ip55): intellectual property, standards and quality releases from fresh texts of
/tmp/s26/fresh/ip55 (中山市政府质量奖, 许昌市市长质量奖, 亳州 安徽省人民政府质量奖 公示, 桂林 and 新疆 IP
figures): a government's 授予 opens the name of the company it honours; 组织 after a count (等5个组织)
is the honoured organisations, no runner verb; a country qualifying an idea (中国特色社会主义) is no
subject of a figure; 马德里商标国际注册 counts filings, no city 马德里; 地州市 counts divisions; and the
省 of 质量强省 opens no body inside a leading group's name."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple]:
    ents = doc.entities
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {(ents[m.subject].name if m.subject in ents else None, m.indicator, m.value, m.unit) for m in ms}


_ZHONGSHAN = ("中山市人民政府关于授予2022年度中山市政府质量奖的决定\n"
              "火炬开发区管委会,各镇政府、街道办事处,市各有关单位:\n"
              "为深入贯彻落实习近平新时代中国特色社会主义思想,全方位推进质量强市建设,根据《中山市政府质量奖管理办法》规定,"
              "市政府决定授予明阳智慧能源集团股份公司、洋紫荆油墨(中山)有限公司、广东金城金素制药有限公司等5个组织"
              "“2022年度中山市政府质量奖”称号,授予达能(中国)食品饮料有限公司、中山市开普电器有限公司等10个组织"
              "“2022年度中山市政府质量奖提名奖”称号。\n")


def test_a_government_s_award_verb_opens_the_honoured_company_s_name():
    """中山市人民政府 决定 (nync.zs.gov.cn): 市政府决定授予明阳智慧能源集团股份公司…, 授予达能(中国)食品饮料有限公司…
    (base: organisations 决定授予明阳智慧能源集团股份公司 and 授予达能(中国)食品饮料有限公司)."""
    orgs = _names(extract_text(_ZHONGSHAN), "Organization")
    assert {"明阳智慧能源集团股份公司", "达能(中国)食品饮料有限公司"} <= orgs, orgs
    assert not any(o.startswith(("决定", "授予")) for o in orgs), orgs


def test_an_award_verb_before_a_company_keeps_the_company():
    """许昌市人民政府 许政[2017]16号 (henan.kjzch.com): 市政府决定授予许继电源有限公司、河南世纪香食用菌开发有限公司等2家企业
    (base: no 许继电源有限公司 at all)."""
    doc = extract_text("许昌市人民政府关于授予2015—2016年度许昌市市长质量奖的决定\n"
                       "根据《许昌市市长质量奖管理办法》规定,经市长质量奖评审委员会评审,市政府决定授予许继电源有限公司、"
                       "河南世纪香食用菌开发有限公司等2家企业“2015—2016年度许昌市市长质量奖”,各奖励100万元。\n")
    assert "许继电源有限公司" in _names(doc, "Organization")


def test_counted_organisations_run_no_award_and_an_idea_s_country_is_no_subject():
    """中山市政府质量奖: …等5个组织“2022年度中山市政府质量奖”称号 — the honoured companies run no award
    (base: 广东金城金素制药有限公司 runs it, 组织 read as a verb), and the counts are 中山市's (base: 中国's,
    from 中国特色社会主义思想)."""
    doc = extract_text(_ZHONGSHAN)
    runs = relation_pairs(doc, "runs")
    assert not any(s.endswith("公司") for s, _o in runs), runs
    subjects = {s for s, i, _v, u in _metrics(doc) if i == "组织"}
    assert subjects == {"中山市"}, _metrics(doc)


def test_madrid_trademark_filings_are_no_city():
    """桂林市 知识产权宣传周 (news.guilinlife.com): 有效注册商标 53611 件,马德里商标国际注册 90 件 — the city's
    filings (base: a place 马德里 of Spain, the subject of 90 件)."""
    doc = extract_text("桂林市知识产权宣传周启动\n"
                       "2024年,桂林市有效发明专利达 7850 件;有效注册商标 53611 件,马德里商标国际注册 90 件。\n")
    assert "马德里" not in _names(doc, "Place")
    assert ("桂林市", "马德里商标国际注册", 90, "件") in {(s, i, v, u) for s, i, v, u in _metrics(doc)}, _metrics(doc)


def test_prefectures_counted_before_a_figure_are_no_part_of_its_indicator():
    """新疆 2024 知识产权 (法治日报): 新疆维吾尔自治区14个地州市授权专利20495件 — 授权专利 (base: the indicator
    地州市授权专利, and 14 个 counted as 地州市授权专利)."""
    doc = extract_text("新疆2024年授权专利20495件\n"
                       "2024年,新疆维吾尔自治区14个地州市授权专利20495件,同比增长12.63%。\n")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert ("授权专利", 20495) in got and ("地州市授权专利", 14) not in got, got


def test_a_strong_province_campaign_keeps_its_leading_group_s_name():
    """亳州市市场监管局 公示 (chacewang.com): 根据省质量强省建设协调推进领导小组办公室《…》要求 (base: the body
    安徽省建设协调推进领导小组办公室, its name cut at 强|省)."""
    doc = extract_text("关于拟推荐申报第七届安徽省人民政府质量奖企业名单的公示\n"
                       "根据省质量强省建设协调推进领导小组办公室《关于开展第七届安徽省人民政府质量奖申报工作的通知》要求,"
                       "我市组织了申报推荐工作。\n亳州市市场监督管理局\n2024年3月25日\n")
    agencies = _names(doc, "Agency")
    assert "安徽省质量强省建设协调推进领导小组办公室" in agencies, agencies
    assert "安徽省建设协调推进领导小组办公室" not in agencies


def test_an_ip_protection_centre_named_by_its_city_is_a_body():
    """泉州市知识产权保护中心 通知 (m.12425.cn): 现印发《…》,请遵照执行。泉州市知识产权保护中心 (base: no body at all,
    only the city)."""
    doc = extract_text("关于印发《泉州市知识产权保护中心备案主体和代理机构预审服务管理办法(2025修订版)》的通知\n"
                       "各有关单位:\n我中心对现行办法进行了修订,请遵照执行。\n泉州市知识产权保护中心\n2025年11月17日\n"
                       "泉州市知识产权保护中心负责对泉州市行政区域内的专利申请提供预审服务。\n")
    assert "泉州市知识产权保护中心" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("泉州市知识产权保护中心", "泉州市") in relation_pairs(doc, "locatedIn")
    wenzhou = extract_text("温州市知识产权工作推进会召开\n"
                           "温州市知识产权维权援助中心、温州市知识产权快速维权中心负责人参加会议。\n")
    assert "温州市知识产权维权援助中心" in _names(wenzhou, "Agency"), _names(wenzhou, "Agency")


def test_a_notice_s_term_after_its_dates_is_no_figure():
    """亳州市市场监管局 公示: 公示期自2024年3月25日至2024年3月30日,为期5个工作日 — how long the notice stands
    (base: a figure 5 工作日 of 亳州市 under the indicator 企业申报安徽省人民政府质量奖(名单见附件))."""
    doc = extract_text("关于拟推荐申报第七届安徽省人民政府质量奖企业名单的公示\n"
                       "我市拟推荐上报安徽东方帝维生物制品股份有限公司等4家企业申报安徽省人民政府质量奖(名单见附件),"
                       "现面向社会公示,公示期自2024年3月25日至2024年3月30日,为期5个工作日,如有意见建议,欢迎与市市场监管局联系。\n"
                       "亳州市市场监督管理局\n2024年3月25日\n")
    assert not any(u == "工作日" for _s, _i, _v, u in _metrics(doc)), _metrics(doc)


def test_a_document_s_serial_number_is_no_day_of_the_month():
    """亳州市市场监管局 公示: 根据…《关于开展第七届安徽省人民政府质量奖申报工作的通知》(质办〔2024〕6号)要求,…拟推荐上报
    4家企业 — the count has no period (base: 2024-03-06, the 6号 of the notice's number read as a day)."""
    doc = extract_text("关于开展质量奖申报工作的公示\n"
                       "根据省领导小组办公室《关于开展第七届安徽省人民政府质量奖申报工作的通知》(质办〔2024〕6号)要求,"
                       "我市组织了申报推荐工作,拟推荐上报4家企业申报。\n亳州市市场监督管理局\n2024年3月25日\n")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    periods = {m.period for m in ms if m.value == 4}
    assert periods and "2024-03-06" not in periods, periods


def test_a_rank_before_a_list_mark_shares_the_next_count_s_head():
    """新疆 2024 知识产权: 新疆全区共有9家国家级、7家自治区级知识产权信息公共服务网点 — 9 national service points
    (base: the indicator 国家级 alone)."""
    doc = extract_text("新疆知识产权服务\n"
                       "截至2024年年底,新疆全区共有9家国家级、7家自治区级知识产权信息公共服务网点。\n")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert ("国家级知识产权信息公共服务网点", 9) in got and ("自治区级知识产权信息公共服务网点", 7) in got, got


def test_a_county_s_level_written_again_before_its_government_is_its_government():
    """滑县市场监管局 迎检会 (hnipr.com): 滑县县政府办公室党组成员徐红涛作了总结性讲话 — 滑县人民政府办公室, the body
    县政府办公室 names in the same text (base: no agency read, a second body 滑县政府办公室 from the post)."""
    doc = extract_text("滑县召开迎接2023年省知识产权保护检查考核工作会\n"
                       "12月7日,滑县市场监管局组织召开迎接2023年省知识产权保护检查考核工作会。"
                       "县政府办公室党组成员徐红涛出席了会议。\n"
                       "滑县县政府办公室党组成员徐红涛作了总结性讲话。\n")
    agencies = _names(doc, "Agency")
    assert "滑县人民政府办公室" in agencies and "滑县政府办公室" not in agencies, agencies
    assert ("徐红涛", "滑县人民政府办公室") in relation_pairs(doc, "holdsPost")
