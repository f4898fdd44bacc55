"""Agencies and organisations in texts of Jiangxi, Gansu, Hunan, Hubei, Jilin, Liaoning, Shanxi and
Chongqing (orgs17): a province's high court (江西省高级人民法院, 省法院) and a prefecture's court
written short (南昌市法院); military commands whose 区 is no district (沈阳警备区党委); a body of
China is never a province after a verb (中国企联推进吉林省…); a would-be name holding a body and
what it does (学院合作共建…医院); a unit named right after its body (兰州大学法学院) is no body of
its own; an office kept in a host city (山西省驻上海办事处) is not the host's.  Sentences in those
shapes, none copied."""
from __future__ import annotations

from conftest import extract_text, held_posts, mentioned, names_doc as run


def test_a_provinces_high_court_is_one_agency():
    """高级人民法院 was no organ: only the bare 高级人民法院 (jieba's nt) was read, with no province."""
    doc = run("两会\n大会审议福建省高级人民法院工作报告。省高级人民法院院长作报告。")
    agencies = mentioned(doc, "Agency")
    assert "福建省高级人民法院" in agencies
    assert "高级人民法院" not in agencies


def test_a_court_written_short_after_a_province_or_prefecture_is_its_high_or_intermediate_court():
    """There is no 甘肃省人民法院: a province's court is its high court, a prefecture's its intermediate
    court; a county-level city's stays its people's court."""
    doc = run("法院工作\n甘肃省法院召开会议。南昌市法院召开会议。晋江市法院召开会议。")
    agencies = mentioned(doc, "Agency")
    assert {"甘肃省高级人民法院", "南昌市中级人民法院", "晋江市人民法院"} <= agencies
    assert "甘肃省人民法院" not in agencies and "南昌市人民法院" not in agencies


def test_a_military_commands_district_is_no_district():
    """警备区, 军区, 战区: their 区 is the command's, not a relative district (区党委)."""
    doc = run("任职大会\n大连警备区党委召开会议。省军区党委作出决定。")
    assert not any(n.startswith("区") or n.endswith("区党委") and len(n) <= 4 for n in mentioned(doc, "Agency"))


def test_china_then_a_verb_and_a_province_is_no_body_of_china():
    """中国 + stem + 省 read as China's ministry (日本外务省's shape): China has no 省 ministries."""
    doc = run("座谈会\n中国企联推进黑龙江省项目合作座谈会在哈尔滨举行。")
    assert not any(n.endswith("黑龙江省") for n in mentioned(doc, "Agency"))
    assert "中国企业联合会" in mentioned(doc, "Organization")


def test_a_foreign_ministry_named_sheng_is_still_read():
    doc = run("记者会\n日本外务省发言人表示关切。")
    assert "日本外务省" in mentioned(doc, "Agency")


def test_a_body_and_what_it_does_are_no_one_name():
    """学院 + 合作共建 + …医院: the college, then the verb, then a generic hospital — no organisation
    named 荆楚理工学院合作共建直属附属医院."""
    doc = run("签约\n两家医院与长江理工学院合作共建直属附属医院。")
    orgs = mentioned(doc, "Organization")
    assert not any("合作" in n for n in orgs)
    assert "长江理工学院" in orgs


def test_an_affiliated_hospital_stays_one_name():
    doc = run("揭牌\n湖北科技学院附属麻城医院揭牌成立。")
    assert "湖北科技学院附属麻城医院" in mentioned(doc, "Organization")


def test_a_unit_named_right_after_its_university_is_no_body_of_its_own():
    """兰州大学法学院: jieba's nt 法学院 after the university named no body (a bare 法学院)."""
    doc = run("开放日\n兰州大学法学院学生代表参加活动。")
    assert "法学院" not in mentioned(doc, "Organization")


def test_an_office_stationed_in_a_host_city_is_not_the_hosts():
    """山西省驻上海办事处: 上海 hosts the office; no 上海市办事处."""
    doc = run("调研\n山西省驻上海办事处主任出席。湖南省驻广州办事处负责人参加。")
    agencies = mentioned(doc, "Agency")
    assert "上海市办事处" not in agencies and "广州市办事处" not in agencies


def test_a_community_named_xinhua_is_not_the_news_agency():
    """新华社区 (a community, very common) read as 新华社 + 区: the news agency with a unit 区居民委员会."""
    doc = run("社区动态\n新华社区居民委员会组织志愿服务。新华社区党委书记出席。")
    assert "新华通讯社" not in mentioned(doc, "Organization")
    assert not any(n.startswith("新华社") for n in mentioned(doc, "Organization"))


def test_the_news_agency_is_still_read():
    doc = run("电讯\n新华社北京电 记者报道。")
    assert "新华通讯社" in mentioned(doc, "Organization")


def test_a_city_written_before_the_youth_league_names_its_committee():
    """郑州共青团市委: the city before 共青团 owns the committee (共青团郑州市委), not a 共青团市委 of
    no place."""
    doc = run("青年工作\n洛阳共青团市委组织青年志愿者开展活动。")
    orgs = mentioned(doc, "Organization")
    assert "共青团洛阳市委" in orgs and "共青团市委" not in orgs


def test_the_corps_units_listed_after_its_first_share_its_name():
    """新疆生产建设兵团财务局、科技局: 财务局 was no department, so the list after it had no scope."""
    doc = run("兵团会议\n新疆生产建设兵团财务局、科技局负责人参加会议。")
    assert {"新疆生产建设兵团财务局", "新疆生产建设兵团科技局"} <= mentioned(doc, "Agency")


def test_a_development_zone_written_short_with_kai_is_no_district():
    """井开区党工委, 经开区管委会: X开区 is a development zone; its 区 opens no relative 区党工委."""
    doc = run("调研\n井开区党工委书记陪同调研。区委书记出席。")
    agencies = mentioned(doc, "Agency")
    assert "区党工委" not in agencies
    assert not any(n.endswith("区党工委") and len(n) <= 4 for n in agencies)


def test_a_person_acting_on_behalf_of_a_body_is_no_part_of_its_name():
    """林清泉代表学校向…: 代表 (on behalf of) ends the scan back from 学校; no 林清泉代表学校."""
    doc = run("签约\n会上，张明代表学校向各方致谢。李红代表公司发言。")
    assert not any("代表" in n for n in mentioned(doc, "Organization"))


def test_a_cultural_and_educational_district_is_no_relative_district():
    """集美文教区管委会: the 文教区 is a zone of its own; its 区 opens no 区管委会 of the article's place."""
    doc = run("座谈\n厦门市集美文教区管委会负责人参加座谈。")
    assert not any(n.endswith("区管委会") and "文教" not in n for n in mentioned(doc, "Agency"))


def test_a_body_named_with_yu_inside_is_held_whole():
    """省信息安全与测评认证中心副主任, 产业开发与国际合作部主任: 与 joins two words of one name; the
    post's body was what followed it (测评认证中心, 国际合作部), a fragment."""
    doc = extract_text("会议\n信息安全与测评认证中心副主任郭剑峰出席。集团产业开发与国际合作部主任王德林发言。")
    bodies = {h[1] for h in held_posts(doc)}
    assert "测评认证中心" not in bodies and "国际合作部" not in bodies
    assert "信息安全与测评认证中心" in bodies


def test_two_bodies_joined_by_yu_stay_two():
    doc = extract_text("会议\n市文化和旅游局局长陈七与市教育局局长周八出席。")
    bodies = {h[1] for h in held_posts(doc)}
    assert {"市文化和旅游局", "市教育局"} <= bodies


def test_china_then_a_stem_and_dang_before_another_word_is_no_party():
    """中国新型政党制度: 党 opens 党制 (政党制度), no party 中国新型政党 of China."""
    doc = run("协商\n坚持和完善中国新型政党制度，发挥制度优势。")
    assert not any(n.endswith("政党") for n in mentioned(doc, "Organization"))


def test_an_honour_naming_a_township_is_no_township_of_another_county():
    """评为市先进街道办事处: 先进街道 is a township in the table (of a county far away); read as the
    place, it made the article's 我区 that county's district and every 市…局 that city's."""
    doc = run("通报\n上海市虹口区两个街道办事处被评为市先进街道办事处。我区将继续推进工作。")
    places = mentioned(doc, "Place")
    assert "先进街道" not in places
    assert not any("先进街道" in n for n in mentioned(doc, "Agency"))


def test_a_company_whose_name_opens_with_a_verb_character_is_read_whole():
    """考察了|通瑞新能源公司, 园区企业|通瑞…: 通 (a verb to jieba) is the name's first character where
    the scan stopped right before it (了) or a kind word precedes it (企业); not 瑞新能源公司."""
    doc = run("调研\n书记考察了通泽电子公司。随后考察园区企业通锐电子公司、通晟新能源公司。")
    orgs = mentioned(doc, "Organization")
    assert {"通泽电子公司", "通锐电子公司"} <= orgs
    assert "泽电子公司" not in orgs and "锐电子公司" not in orgs
    assert not any(n.startswith("随后") for n in orgs)


def test_a_party_committee_written_in_full_after_zhonggong_is_the_places_committee():
    """中共X县委员会, 中共X市委员会办公室 (notices' issuers): the place's 委 in full, read as nothing
    (or as a strong-suffix name of the district before the township: 永川区来苏镇委员会)."""
    doc = run("通知\n中共宁都县委员会召开会议。中共赣州市委员会办公室印发通知。")
    agencies = mentioned(doc, "Agency")
    assert {"宁都县委", "赣州市委办公室"} <= agencies
    doc = run("通知\n中共重庆市永川区来苏镇委员会\n重庆市永川区来苏镇人民政府\n各村党总支、村委会：")
    agencies = mentioned(doc, "Agency")
    assert "来苏镇党委" in agencies
    assert not any(n.endswith("镇委员会") for n in agencies)
    doc = run("会议\n中共赣州市宁都县委员会召开会议。")
    agencies = mentioned(doc, "Agency")
    assert "宁都县委" in agencies and not any(n.endswith("县委员会") for n in agencies)


def test_a_cppcc_committee_written_in_full_stays_the_cppcc():
    doc = run("会议\n政协宁都县委员会召开常委会议。")
    agencies = mentioned(doc, "Agency")
    assert "宁都县政协" in agencies and "宁都县委" not in agencies


def test_a_zones_party_working_committee_after_its_city_is_an_agency():
    """赣州高新区党工委, 赣州经开区党工委: like the zone's 管委会, its 党工委 after the city is one
    agency (was read as nothing: 党工委 was no strong suffix and 经开区's 区 opens no scope)."""
    doc = run("调研\n吉安高新区党工委书记陪同调研。吉安经开区党工委召开会议。")
    agencies = mentioned(doc, "Agency")
    assert {"吉安高新区党工委", "吉安经开区党工委"} <= agencies
