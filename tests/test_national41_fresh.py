"""national41: national texts — 公安部 press conferences (a campaign's office and the ministry's
bureau listed after it, a list of quoted campaigns a scrape broke), 国资委 meeting news read on
中国五矿's site (its 视频分会场), court news (a court written short by its level with its
adjudication committee; 最高法院 for 最高人民法院), 国新办 briefing notices and matchmaking meetings
(excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs, relation_pairs


def test_a_campaigns_office_and_a_bureau_listed_after_it_are_the_ministrys():
    """chinanews 2022-08-05: 中国公安部“百日行动”办公室主任、治安管理局局长仇保利 — the office is the
    ministry's office of the campaign (was a body named 办公室 alone) and the bureau the ministry's
    (was 办公室治安管理局, a bureau inside the office); 5日在北京表示 is where he spoke (was 百日行动
    implementedIn 北京市)."""
    doc = extract_text("中新社北京8月5日电 (记者 郭超凯 李京泽)中国公安部“百日行动”办公室主任、治安管理局局长仇保利"
                       "5日在北京表示,“百日行动”开展以来,截至7月底,全国公安机关共破获刑事案件26.98万起。")
    names = body_names(doc, "Agency")
    assert "办公室" not in names and not any(n.startswith("办公室") for n in names), names
    assert ("仇保利", "公安部治安管理局") in post_pairs(doc), post_pairs(doc)
    assert ("仇保利", "公安部百日行动办公室") in post_pairs(doc), post_pairs(doc)
    # where its officer speaks (5日在北京表示) is no place the campaign is carried out in
    assert ("百日行动", "北京市") not in relation_pairs(doc, "implementedIn"), relation_pairs(doc, "implementedIn")


def test_a_unit_listed_after_a_departments_office_is_the_departments():
    """A provincial leader's career (吉林): 曾任吉林省公安厅办公室主任兼指挥中心指挥长 — the command centre
    is the 公安厅's (was 吉林省指挥中心, a centre of the province)."""
    doc = extract_text("公开资料显示,刘伟,男,汉族,1970年4月生,在职研究生,法律硕士,中共党员。他曾任吉林省公安厅办公室"
                       "主任兼指挥中心指挥长,辽源市公安局局长,辽源市委副书记、政法委书记、市公安局局长等职务。")
    assert "吉林省指挥中心" not in body_names(doc, "Agency"), body_names(doc, "Agency")
    assert ("刘伟", "吉林省公安厅指挥中心") in post_pairs(doc), post_pairs(doc)
    assert ("吉林省公安厅指挥中心", "吉林省公安厅") in relation_pairs(doc, "subOrganizationOf")


def test_a_court_written_short_keeps_its_adjudication_committee():
    """Procuratorate news (绵阳, 内江): 内江中院审判委员会 is 内江市中级人民法院审判委员会, as 内江中院 alone
    is 内江市中级人民法院 (was the name as written), and 中级法院 without 人民 is the same court."""
    doc = extract_text("绵阳市人民检察院检察长列席内江中院审判委员会会议。绵阳中级法院审判委员会讨论了该案。"
                       "内江中院召开审判委员会会议。")
    names = body_names(doc, "Agency")
    assert {"内江市中级人民法院审判委员会", "绵阳市中级人民法院审判委员会"} <= names, names
    assert not {"内江中院审判委员会", "绵阳中级法院审判委员会"} & names, names
    assert ("内江市中级人民法院审判委员会", "内江市中级人民法院") in relation_pairs(doc, "subOrganizationOf")


def test_the_supreme_court_written_short_is_the_supreme_peoples_court():
    """新华社 on the court's monthly case release: 最高人民法院 … 今后最高法院将每月发布一批案例 — one court
    (was a second agency 最高法院); a foreign supreme court named in the text keeps the bare name its own."""
    doc = extract_text("为推进案例发布工作制度化、规范化,最高人民法院自今年4月份起正式建立人民法院案例月度发布制度。"
                       "今年2月、3月,最高法院相继集中发布了两批共计18个典型案例。今后最高法院将每月发布一批案例。")
    assert "最高法院" not in body_names(doc, "Agency"), body_names(doc, "Agency")
    foreign = extract_text("巴西最高法院法官表示,最高法院将于下周审理此案。")
    assert "最高人民法院" not in body_names(foreign, "Agency"), body_names(foreign, "Agency")


def test_a_programme_a_briefing_is_about_is_not_run_by_who_holds_the_briefing():
    """HK ISD (2025-07-23, simplified): 出席国务院新闻办公室在七月二十五日举行，介绍第十五届全国运动会（十五运会）
    筹办情况的新闻发布会 — the office holds the briefing, it does not run the games (was 国务院新闻办公室
    runs 全国运动会); nor where the briefing is written first (举行新闻发布会，介绍…)."""
    for text in ("政务司司长陈国基明日下午将前赴北京，出席国务院新闻办公室在七月二十五日举行，"
                 "介绍第十五届全国运动会（十五运会）筹办情况的新闻发布会。",
                 "国务院新闻办公室今天举行新闻发布会，介绍第十五届全国运动会筹备情况。"):
        doc = extract_text(text)
        assert "全国运动会" in body_names(doc, "Programme"), body_names(doc, "Programme")
        assert not {r for r in relation_pairs(doc, "runs") if r[0] == "国务院新闻办公室"}, relation_pairs(doc, "runs")
    # a briefing that tells of the holder's own campaign (该局: the bureau again) keeps its runner
    own = extract_text("7日上午,安溪县公安局举行新闻发布会,向媒体通报该局“打黑恶·缉枪爆”专项行动开展以来的相关情况。")
    assert ("安溪县公安局", "打黑恶·缉枪爆") in relation_pairs(own, "runs"), relation_pairs(own, "runs")


def test_a_list_of_quoted_campaigns_goes_on_over_a_doubled_closing_mark():
    """工人日报 on a 公安部 press conference: 深入开展“云剑”“净边”“净网””“昆仑”“断卡”“猎狐”“团圆”等专项行动 —
    the scrape doubled a closing mark; the campaigns after it are campaigns still (昆仑 was a place,
    断卡 and 猎狐 nothing)."""
    doc = extract_text("2021年,全国公安机关紧盯人民群众反映强烈的突出违法犯罪,深入开展“云剑”“净边”“净网””“昆仑”"
                       "“断卡”“猎狐”“团圆”等专项行动,依法严厉打击涉枪涉爆、电信网络诈骗等违法犯罪,取得显著成效。")
    assert {"昆仑", "断卡", "猎狐", "团圆"} <= body_names(doc, "Programme"), body_names(doc, "Programme")
    assert "昆仑" not in body_names(doc, "Place")


def test_a_matchmaking_meeting_named_by_its_parties_alone_is_no_programme():
    """Yunnan–Laos working group news: 举行了企业对接会,云南企业与老方签署了…多个合作协议 — a meeting of that
    kind, none named (was a programme implemented in 云南省); one that says more is named."""
    doc = extract_text("会议期间,云南省副省长陈舜与老挝计划投资部副部长康连·奔舍那举行了会谈;举行了企业对接会,"
                       "云南企业与老方签署了循环农业、旅游文化、基础设施等多个合作协议。")
    assert "企业对接会" not in body_names(doc, "Programme"), body_names(doc, "Programme")
    named = extract_text("县农业农村局举办2023年农产品产销对接会。")
    assert "农产品产销对接会" in body_names(named, "Programme"), body_names(named, "Programme")


def test_a_companys_video_venue_is_no_unit_of_it():
    """国资委 meeting news on 中国五矿's site: …及党组其他成员在中国五矿视频分会场参加会议 — the venue where
    the company took part (was an organisation 中国五矿视频分会, a unit of the company)."""
    doc = extract_text("11月24日,国务院国资委召开中央企业负责人专题会议。国务院国资委党委书记、主任张玉卓出席会议并讲话。"
                       "中国五矿党组书记、董事长翁祖亮及党组其他成员在中国五矿视频分会场参加会议。")
    assert not any("分会" in n for n in body_names(doc)), body_names(doc)
    assert ("翁祖亮", "中国五矿集团有限公司") in post_pairs(doc), post_pairs(doc)


def test_the_peoples_courts_as_a_whole_are_no_body_and_a_system_set_up_is_run():
    """中国法院网 2020-01-14 and 新华社 on 最高人民法院's releases: 集中展示人民法院环境资源审判工作成果 —
    the people's courts as a whole, no agency (was an agency 人民法院); 最高人民法院…正式建立人民法院案例
    月度发布制度 — the court that sets up the system runs it (was no runner)."""
    doc = extract_text("第24批共13件生态环境保护专题指导性案例,集中展示人民法院环境资源审判工作成果,"
                       "浓缩了中国环境资源审判的发展亮点。")
    assert "人民法院" not in body_names(doc, "Agency"), body_names(doc, "Agency")
    doc = extract_text("为推进案例发布工作制度化、规范化,最高人民法院自今年4月份起正式建立人民法院案例月度发布制度。")
    assert ("最高人民法院", "人民法院案例月度发布制度") in relation_pairs(doc, "runs"), relation_pairs(doc, "runs")


def test_a_reform_inside_a_campaigns_name_is_no_programme_of_its_own():
    """国资委 meeting news: 深入实施国企改革深化提升行动 — the campaign, and no programme 国企改革 beside it
    (was one, run by 国资委 as the article's agency)."""
    doc = extract_text("11月24日,国务院国资委召开中央企业负责人专题会议。会议强调,要积极主动担当作为,支持推动东北全面振兴"
                       "取得新突破。深入实施国企改革深化提升行动,不断为东北振兴注入新动力。")
    programmes = body_names(doc, "Programme")
    assert "国企改革深化提升行动" in programmes and "国企改革" not in programmes, programmes


def test_a_short_name_in_a_list_of_provinces_is_the_province():
    """生态环境部 July 2019 briefing: 8个中央生态环境保护督察组,已分别进驻上海、福建、海南、重庆、甘肃、青海等6个
    省(市) — 海南 listed among provinces is 海南省 (was 海南藏族自治州, since the list names 青海 too); 海南
    after 青海省's own prefecture stays the prefecture."""
    doc = extract_text("以朱之鑫、黄龙云任组长的8个中央生态环境保护督察组,已分别进驻上海、福建、海南、重庆、甘肃、青海等"
                       "6个省(市)和中国五矿集团有限公司、中国化工集团有限公司两家中央企业。")
    places = body_names(doc, "Place")
    assert "海南省" in places and "海南藏族自治州" not in places, places
    assert "海南藏族自治州" in body_names(extract_text("青海省海南州共和县召开会议。海南、海北两州干部参加。"), "Place")


def test_a_routine_briefing_named_by_its_month_is_no_programme():
    """生态环境部 April 2024 briefing: 4月28日,生态环境部举行4月例行新闻发布会 — a meeting of its kind, held
    monthly, none named (was a programme run by the ministry)."""
    doc = extract_text("记者方琬夷北京报道 4月28日,生态环境部举行4月例行新闻发布会。生态环境部海洋生态环境司副司长张志锋"
                       "出席发布会,介绍我国海洋生态环境保护与执法监管等工作进展情况。")
    assert not {p for p in body_names(doc, "Programme") if "发布会" in p}, body_names(doc, "Programme")


def test_a_ministrys_department_naming_two_fields_is_its_unit():
    """生态环境部 July 2019 briefing: 生态环境部法规与标准司司长别涛、副司长王开宇出席发布会 — the department
    joins its two fields with 与 (was no unit: 与 barred the name); two bodies joined by 与 stay two."""
    doc = extract_text("7月26日,生态环境部举行7月例行新闻发布会。生态环境部法规与标准司司长别涛、副司长王开宇出席发布会。")
    assert ("生态环境部法规与标准司", "生态环境部") in relation_pairs(doc, "subOrganizationOf"), \
        relation_pairs(doc, "subOrganizationOf")
    two = extract_text("近日,生态环境部与国家统计局联合发布报告。")
    assert {"生态环境部", "国家统计局"} <= body_names(two, "Agency") and len(body_names(two, "Agency")) == 2


def test_a_campaigns_office_named_by_its_place_and_quoted_name_is_an_agency():
    """The 公安部 office's pattern as other levels write it: 全国“扫黄打非”办公室近日部署开展“护苗2024”专项行动 —
    the office runs the campaign (was no agency, the article's 国务院新闻办公室 ran it), 河北省“双创”办公室主任 —
    the province's office (was a body named 办公室)."""
    doc = extract_text("国务院新闻办公室今天举行新闻发布会。全国“扫黄打非”办公室近日部署开展“护苗2024”专项行动。"
                       "河北省“双创”办公室主任张三出席。")
    assert ("全国扫黄打非办公室", "护苗2024") in relation_pairs(doc, "runs"), relation_pairs(doc, "runs")
    assert ("国务院新闻办公室", "护苗2024") not in relation_pairs(doc, "runs")
    assert ("张三", "河北省双创办公室") in post_pairs(doc), post_pairs(doc)


def test_a_bare_office_of_no_place_and_no_body_is_no_body():
    """办事处主任张三 in a text naming no place and no body: no body 办事处 of no one (the brief's case);
    after a body the article names (县政府召开会议。办公室主任…) the office stays, as before."""
    doc = extract_text("近日，社区召开居民代表大会，办事处主任张三出席并讲话。会议由办事处副主任李四主持。")
    assert "办事处" not in body_names(doc), body_names(doc)
    assert ("张三", "办公室") in post_pairs(extract_text("县政府召开会议。办公室主任张三主持。"))
