"""Round 59 (data59): data-bureau and government-service news from fresh texts of
/tmp/s26/fresh/data59: the data and government-service bodies provinces and cities named in their
own way (重庆市大数据应用发展管理局, 广西壮族自治区大数据发展局, 湖南省政务管理服务局), the office of a party
committee's cyberspace commission written in full, a county bureau's section 股 before its head's
post, no agency 国家局 read from a kind, and no programme from a quoted manner word (“零距离”服务)."""
from __future__ import annotations

from conftest import extract_text, held_posts, relation_pairs


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def test_chongqing_big_data_bureau_heading_its_reply():
    """dsjj.cq.gov.cn reply to a deputy's proposal, headed 重庆市大数据应用发展管理局: the bureau
    (base: none; its stem 大数据应用发展管理 was no department's)."""
    doc = extract_text("重庆市大数据应用发展管理局关于建议办理情况的复函\n"
                       "重庆市大数据应用发展管理局\n关于市五届人大二次会议第0535号建议办理情况的复函\n郭蓉代表:\n"
                       "您提出的建议收悉。针对您提出的建议,我局认真研究后已经纳入今年重点工作。")
    assert "重庆市大数据应用发展管理局" in _agencies(doc), _agencies(doc)
    assert ("重庆市大数据应用发展管理局", "重庆市") in relation_pairs(doc, "locatedIn")


def test_data_and_service_bodies_under_their_own_names():
    """The provincial and city bodies data bureaus took over or replaced (湖南省政务管理服务局 edits the
    Hunan 一件事一次办 cases; 广西壮族自治区大数据发展局, 南宁市大数据发展局, 河南省行政审批和政务信息管理局,
    吉林省政务服务和数字化建设管理局, 湖北省政务管理办公室): each an agency of its place (base: places only)."""
    doc = extract_text("各地数据机构参加会议\n"
                       "广西壮族自治区大数据发展局、南宁市大数据发展局、湖南省政务管理服务局、湖北省政务管理办公室、"
                       "河南省行政审批和政务信息管理局、吉林省政务服务和数字化建设管理局负责同志参加会议。")
    want = {"广西壮族自治区大数据发展局", "南宁市大数据发展局", "湖南省政务管理服务局", "湖北省政务管理办公室",
            "河南省行政审批和政务信息管理局", "吉林省政务服务和数字化建设管理局"}
    assert want <= _agencies(doc), _agencies(doc)


def test_party_cyberspace_office_written_in_full():
    """taibo.cn 武汉市组建市数据局: 市数据局划入市委网络安全和信息化委员会办公室协调推动公共服务…等职责:
    the city party committee's cyberspace office, as 市委网信办 is read (base: nothing)."""
    doc = extract_text("武汉市组建市数据局\n"
                       "武汉市人民政府报告指出,组建市数据局。市数据局划入市委网络安全和信息化委员会办公室协调推动"
                       "公共服务和社会治理信息化等职责。")
    assert "武汉市委网络安全和信息化委员会办公室" in _agencies(doc), _agencies(doc)


def test_county_bureau_section_gu_holds_its_head_s_post():
    """tt.jxnews.com.cn 安远县 暗访: 露出真实身份——安远县发展改革委投资股股长刘森: 刘森 is 股长 of the
    bureau's 投资股, as a 科长 of its 科 is (base: no post); a stake's 入股 before 董事长 is no section."""
    doc = extract_text("办好“一件事” 服务大民生\n"
                       "当工作人员要求对方进一步提供个人信息时,这位“企业负责人”露出真实身份——安远县发展改革委投资股"
                       "股长刘森。")
    assert ("刘森", "安远县发展改革委投资股", "股长", None) in held_posts(doc), held_posts(doc)
    stake = extract_text("标题\n中国平安入股董事长张明表示。")  # the 股 of a stake is no section
    assert not any(body.endswith("入股") for _, body, _, _ in held_posts(stake)), held_posts(stake)


def test_a_national_bureau_as_a_kind_is_no_agency():
    """人民日报海外版 国家数据局运行: 为何新设这一国家局?具体承担哪些职能?: 国家局 is the kind of body
    (base: an agency 国家局 from jieba's nt)."""
    doc = extract_text("国家数据局运行,更好释放数据价值\n"
                       "今年3月,中国明确组建国家数据局。为何新设这一国家局?具体承担哪些职能?")
    assert "国家局" not in _agencies(doc), _agencies(doc)
    assert "国家数据局" in _agencies(doc)


def test_a_quoted_zero_word_is_a_manner_not_a_programme():
    """湖南 江永县 办不成事 window: 同时为了“零距离”服务企业和群众,江永县建立起一支“红马甲”帮代办队伍:
    “零距离” says how the county serves (base: a programme 零距离); “零点行动” stays a programme."""
    doc = extract_text("江永县设立办不成事窗口\n"
                       "同时为了“零距离”服务企业和群众,江永县建立起一支“红马甲”帮代办队伍。"
                       "公安局开展“零点行动”专项夜查。")
    assert "零距离" not in _programmes(doc), _programmes(doc)
    assert "零点行动" in _programmes(doc), _programmes(doc)


def test_an_unveiling_s_time_is_no_period_of_the_counts_after_it():
    """央视 31个省(区、市)和新疆生产建设兵团已组建数据机构: 国家数据局于去年10月正式挂牌,承担起…职责。
    各地…31个省(区、市)…均已完成机构组建,其中,独立设置机构的有26个: 去年10月 dates the unveiling,
    not the bodies counted in the next sentence (base: 2023-10 for all three counts)."""
    from conftest import figure_table
    figures = figure_table("31个省(区、市)已组建数据机构\n"
                           "相关负责人在全国数据工作会议上表示,国家数据局于去年10月正式挂牌,承担起统筹数字化发展和"
                           "数据行业管理的职责。各地因地制宜推进改革,31个省(区、市)和新疆生产建设兵团均已完成机构组建,"
                           "其中,独立设置机构的有26个,加挂牌子的有6个。", "2024-11-23")
    assert figures, figures
    assert all(period != "2023-10" for _, _, period in figures.values()), figures
    assert figures[(26, "个")][0] == "独立设置机构", figures


def test_a_byline_after_a_printed_paper_s_box_mark():
    """dacpa.org.cn (中国经济导报) 国家数据局正式挂牌成立: □ 本报记者 杜壮 on its own line under the photo
    credit: 杜壮 is the reporter (base: no person; the box was read as the paper's name)."""
    doc = extract_text("国家数据局正式挂牌成立\n"
                       "10月25日,国家数据局正式揭牌。 本报记者 高弘杰 摄\n"
                       "□ 本报记者 杜壮\n"
                       "10月25日,国家数据局正式挂牌成立。多位受访专家表示,国家数据局的成立恰逢其时,意义深远。")
    people = {e.name for e in doc.entities.values() if e.type == "Person"}
    assert "杜壮" in people, people
