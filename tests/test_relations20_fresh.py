"""Relations and programmes in shapes read on fresh news of festivals, fairs and forums (round 20):
an anaphor that names the event (据了解，此次农根文化节以…为主题，由A主办) is that event; 此次博览会
and a short name (本届农交会) point back to the fair named before; a country opening an event name
stays in it (中国国际进口博览会); a meeting named only by its kind (新闻发布会, 专题座谈会) is none,
and the body holding a meeting about an event (举行X博览会新闻发布会) does not run the event; ASCII
brackets in an expo name (第七届中国(山西)…博览会) are marks of the name; 市 organs in a story about a
town of a county-level city (公主岭市 二十家子满族镇) are that city's; bodies listed before their count
(A、B、C三方签订) sign together; a direction opening a project name (西南环城路…项目) is no region;
a city's short name before 全国/国际 opens a fair's name (郑州全国商品交易会); the body convening
the listed ones (A组织B、C开展“X”) runs X with them; an anaphor opening a paragraph (¶此次博览会由A主办)
points to the fair the paragraph before ends with;
a town's party committee and government written back to back (洧川镇党委政府主办) are two organisers;
a guiding clause may list bodies the finder does not know (由县委宣传部、市旅游协会指导，C主办) and the
organisers after it still run the event; organisers' clauses that open a sentence (由A主办，B承办，
第五届X节在Y举办) run the programme that is the subject of the clause after them.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import extract_relations as _extract, relations_of as _relations


def test_party_committee_and_government_back_to_back_both_organise():
    """这次文化艺术节由A局、洧川镇党委政府主办: 党委 and 政府 with nothing between them are a pair
    of organisers, as 县委县政府 is; each runs the festival."""
    text = ("文化节开幕\n2月20日，尉氏县洧川镇举办第七届文化艺术节。"
            "这次文化艺术节由尉氏县文化广电和旅游局、洧川镇党委政府主办，洧川镇综合文化站承办。")
    runs = _relations(text, "runs")
    assert ("洧川镇人民政府", "文化艺术节") in runs
    assert ("洧川镇党委", "文化艺术节") in runs
    assert ("尉氏县文化广电和旅游局", "文化艺术节") in runs


def test_guidance_listing_an_unknown_body_keeps_the_organisers_after_it():
    """由县委宣传部、市旅游协会指导，山南镇政府主办: the association is no known body, yet the
    clause is still one of guidance; the town government after it runs the festival."""
    text = ("文化节开幕\n4月3日，肥西县山南镇第九届农根文化节正式开幕。"
            "此次农根文化节由县委宣传部、市旅游协会指导，山南镇政府主办，县旅游局协办。")
    runs = _relations(text, "runs")
    assert ("山南镇人民政府", "农根文化节") in runs
    assert not any(s == "肥西县委宣传部" for s, _ in runs)  # guidance is no running


def test_organisers_opening_the_sentence_run_the_subject_after_them():
    """8月27日，由A主办，B承办，X镇第五届农民文化节在…举办: the festival is the subject of the
    clause the organisers' clauses modify; both run it (not only the one next to it)."""
    text = ("文化节举办\n8月27日，由中共公主岭市委宣传部主办，公主岭市文化广电新闻出版局承办，"
            "二十家子满族镇第五届农民文化节在风情园举办。")
    runs = _relations(text, "runs")
    assert ("公主岭市委宣传部", "农民文化节") in runs
    assert ("公主岭市文化广电新闻出版局", "农民文化节") in runs
    text = "博览会开幕\n5月9日，由省商务厅主办，市农业农村局承办，2023中国·贵州茶产业博览会在贵阳开幕。"
    runs = _relations(text, "runs")
    # (the expo opens in 贵阳: the province's 商务厅 is Guizhou's, named in full since round 39)
    assert ("贵州省商务厅", "中国·贵州茶产业博览会") in runs



def test_anaphor_naming_the_programme_after_a_reporters_lead():
    """据了解，此次农根文化节以“…”为主题，由A指导，B主办: the anaphor (此次 + the festival's own
    name) opens the sentence after a reporter's lead and names the programme itself, even when the
    headline names none and the festival was introduced in another paragraph; the festival keeps
    the place the text gives it though its organiser has none."""
    text = ("文化节开幕\n4月3日上午，肥西县山南镇小井庄第九届农根文化节正式开幕。\n"
            "据了解，此次农根文化节以“致敬小井庄”为主题，由县委宣传部指导，山南镇政府主办，县旅游局协办。")
    assert ("山南镇人民政府", "农根文化节") in _relations(text, "runs")


def test_fair_anaphor_and_short_name_point_back_to_the_fair():
    """此次博览会由A和B主办 after …中国国际进口博览会; 本届农交会由A、B共同主办 after
    …中国国际农产品交易会: 博览会 heads an anaphor as 活动 does, and 农交会 is the fair's short name
    (each character found in the full name in order, the last its last)."""
    text = ("会长赴沪参会\n11月8日，会长赴上海参加首届中国国际进口博览会。"
            "此次博览会由商务部和上海市人民政府主办。")
    runs = _relations(text, "runs")
    assert ("商务部", "中国国际进口博览会") in runs
    assert ("上海市人民政府", "中国国际进口博览会") in runs
    text = ("农交会举办\n第二十届中国国际农产品交易会将在青岛举办。"
            "本届农交会由农业农村部、山东省人民政府共同主办。")
    runs = _relations(text, "runs")
    assert ("农业农村部", "中国国际农产品交易会") in runs
    assert ("山东省人民政府", "中国国际农产品交易会") in runs


def test_a_short_name_of_another_fair_is_no_anaphor():
    """本届广交会 after the 农产品交易会 of the sentence before: 广 is nowhere in that name, so the
    organisers are not given to it."""
    text = ("农交会举办\n第二十届中国国际农产品交易会将在青岛举办。"
            "本届广交会由商务部和广东省人民政府主办。")
    runs = _relations(text, "runs")
    assert not any(o == "中国国际农产品交易会" for _, o in runs)



def test_a_country_opening_an_event_name_is_part_of_it():
    """由商务部主办的中国国际进口博览会: 中国 opens the fair's name (a national brand), as it does
    after an edition (首届中国国际…); it is not cut off as the place before a local event's name."""
    _, progs, _ = _extract("博览会开幕\n11月5日，由商务部主办的中国国际进口博览会开幕。")
    assert "中国国际进口博览会" in progs
    _, progs, _ = _extract("大赛举行\n5月9日，由市人社局主办的宁德市第四届职业技能大赛举行。")
    assert not any(p.startswith("宁德") for p in progs)


def test_a_meeting_named_only_by_its_kind_is_no_programme():
    """在16日举办的新闻发布会上说, 召开专题座谈会: 新闻, 专题 only say what kind of meeting it is —
    every press conference would be one node run by every press office; a meeting whose name says
    what it is about (一季度经济运行情况新闻发布会) stays."""
    _, progs, _ = _extract("发布会\n住房和城乡建设部副部长齐骥在16日举办的新闻发布会上说，论坛将在南京举办。")
    assert "新闻发布会" not in progs
    _, progs, _ = _extract("会议\n4月16日，县委召开专题座谈会。")
    assert "专题座谈会" not in progs
    _, progs, _ = _extract("发布会\n4月16日，市政府召开一季度经济运行情况新闻发布会。")
    assert "一季度经济运行情况新闻发布会" in progs


def test_a_press_conference_about_a_fair_does_not_run_the_fair():
    """省政府新闻办公室举行第十八届X博览会新闻发布会: the office holds the press conference about the
    fair; it runs no fair.  (举办第十八届X博览会 without one still gives the fair its runner.)"""
    text = "西博会\n9月9日，四川省人民政府新闻办公室举行第十八届中国西部国际博览会新闻发布会，介绍相关情况。"
    assert not _relations(text, "runs")
    text = "西博会\n9月9日，四川省人民政府举办第十八届中国西部国际博览会。"
    assert ("四川省人民政府", "中国西部国际博览会") in _relations(text, "runs")


def test_a_province_in_ascii_brackets_stays_in_an_expos_name():
    """第七届中国(山西)特色农产品交易博览会: scraped pages write the brackets of a fair's name as ASCII
    (, ); they are marks of the name as （ ） are, and the fair is found and placed."""
    text = "农交会开幕\n9月23日，第七届中国(山西)特色农产品交易博览会在晋中开幕。"
    _, progs, _ = _extract(text)
    assert "中国(山西)特色农产品交易博览会" in progs
    assert ("中国(山西)特色农产品交易博览会", "晋中市") in _relations(text, "implementedIn")


def test_city_organs_in_a_town_of_a_county_level_city_are_that_citys():
    """市文化广电新闻出版局承办，二十家子满族镇…: the town lies in 公主岭市, a county-level city; its
    paper writes 市 for 公主岭市, not for 长春市 above it (as a story about 公主岭市 itself did)."""
    text = ("文化节举办\n8月27日，由中共公主岭市委宣传部主办，市文化广电新闻出版局承办，"
            "二十家子满族镇第五届农民文化节在风情园举办。")
    runs = _relations(text, "runs")
    assert ("公主岭市文化广电新闻出版局", "农民文化节") in runs
    assert not any(s.startswith("长春") for s, _ in runs)
    text = "马宏伟到鲍沟镇调研\n10月6日，市委副书记、市长马宏伟一行到鲍沟镇调研，鲍沟镇党委书记赵曰国陪同。"
    assert any(o == "滕州市委" for _, o in _relations(text, "holdsPost"))


def test_parties_listed_before_their_count_sign_together():
    """遂平县人民政府、X公司、Y集团三方签订《合作框架协议》: with no 与 the list before 三方 names the
    signers; each pair cooperates.  A count that does not match the list (two bodies, 三方) leaves it:
    the third party is one the finder missed, and the list may reach further back."""
    text = ("签约\n10月15日，遂平县人民政府、联英管理(上海)有限公司、北京二商肉类食品集团有限公司"
            "三方签订《合作框架协议》。")
    coop = _relations(text, "cooperatesWith")
    assert ("遂平县人民政府", "北京二商肉类食品集团有限公司") in coop
    assert ("联英管理(上海)有限公司", "北京二商肉类食品集团有限公司") in coop
    text = "签约\n10月15日，遂平县人民政府、北京二商肉类食品集团有限公司三方签署合作协议。"
    assert not _relations(text, "cooperatesWith")


def test_a_direction_opening_a_project_name_is_no_region():
    """西南环城路市政配套工程建设项目 in a county's list of projects: 西南 is the ring road's side of the
    county town, not south-west China; the project is the county's."""
    text = ("项目开工\n4月15日，夏县举行重点项目集中开工仪式，分别是西南环城路市政配套工程建设项目、"
            "东北环路改造工程建设项目。")
    places = _relations(text, "implementedIn")
    assert ("西南环城路市政配套工程建设项目", "西南") not in places
    assert ("西南环城路市政配套工程建设项目", "夏县") in places


def test_a_city_short_name_before_quanguo_or_guoji_opens_the_fairs_name():
    """由河南省人民政府主办的郑州全国商品交易会: 郑州 (no 市) right before 全国 opens the fair's name;
    cut off, every city's fair would be the one 全国商品交易会.  宁德市第四届…大赛 still loses its place."""
    _, progs, _ = _extract("交易会\n5月9日，由河南省人民政府主办的郑州全国商品交易会开幕。")
    assert "郑州全国商品交易会" in progs
    _, progs, _ = _extract("会\n5月9日，由省政府主办的厦门国际投资贸易洽谈会开幕。")
    assert "厦门国际投资贸易洽谈会" in progs
    _, progs, _ = _extract("大赛举行\n5月9日，由市人社局主办的宁德市第四届职业技能大赛举行。")
    assert "职业技能大赛" in progs


def test_the_body_convening_the_listed_ones_runs_their_campaign():
    """县商务局组织县市场监管局、县公安局开展“双打”联合执法行动: the bureau that gathers the others runs
    the campaign with them."""
    text = "执法\n9月30日，县商务局组织县市场监管局、县公安局开展“双打”联合执法行动。"
    runs = _relations(text, "runs")
    assert ("县商务局", "双打") in runs
    assert ("县公安局", "双打") in runs


def test_an_anaphor_opening_a_paragraph_points_to_the_one_before():
    """…赴上海参加首届中国国际进口博览会。¶此次博览会由A和B主办: the new paragraph goes on about the
    fair the paragraph before ends with; it is held where the visitor went (赴上海), organisers or not."""
    text = "会长参会\n11月8日，会长赴上海参加首届中国国际进口博览会。\n此次博览会由商务部和上海市人民政府主办。"
    assert ("商务部", "中国国际进口博览会") in _relations(text, "runs")
    assert ("中国国际进口博览会", "上海市") in _relations(text, "implementedIn")
