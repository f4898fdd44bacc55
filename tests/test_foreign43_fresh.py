"""Round 43 (foreign43): foreign-affairs news — provincial and city 外事办公室 stories, embassy and
consulate news, MFA meetings and sister-city conferences (fresh texts of /tmp/s26/fresh/foreign43):
an office's second name in brackets (山东省外办(港澳办)副主任) is that office's, no central 港澳办 and
no 香港/澳门; 地方港澳办 is no central office; a one-character foreign name after a foreign post (泰国外长
敦); 拜会长崎市市长 reads the city, no 会长; 前会长 names no body 前会; 中巴新 is China and Papua New
Guinea, no Singapore; 韩国晋州市 is Korea's city, not Hebei's."""
from __future__ import annotations

from conftest import extract_text, post_pairs, relation_pairs


def _names(doc, label: str) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == label}


def test_office_s_second_name_in_brackets_is_no_central_office():
    """Shandong FAO news (known problem of the round): 山东省外办(港澳办)副主任李永森: the deputy
    director of the province's office written first (base: no post, and the bracketed 港澳办 read as
    the central 中央港澳工作办公室)."""
    doc = extract_text("山东省外办会见外宾\n"
                       "山东省召开会议。5月10日,山东省外办(港澳办)副主任李永森会见了泰国驻青岛总领事。")
    assert ("李永森", "山东省外办") in post_pairs(doc), post_pairs(doc)
    assert "中央港澳工作办公室" not in _names(doc, "Agency")


def test_full_second_name_in_brackets_names_no_hong_kong_nor_macao():
    """The full form, 山东省人民政府外事办公室(港澳事务办公室)主任于冬: the director of the office
    (base: no post, and 香港 and 澳门 as places of a story about Shandong's office)."""
    doc = extract_text("山东省外办召开座谈会\n"
                       "山东省召开会议。山东省人民政府外事办公室(港澳事务办公室)主任于冬出席。")
    assert ("于冬", "山东省人民政府外事办公室") in post_pairs(doc), post_pairs(doc)
    places = _names(doc, "Place")
    assert "香港" not in places and "澳门" not in places, places


def test_local_offices_in_general_are_no_central_office():
    """武汉市外事办 (11-wuhan-hkmo-office): 安卫东主任参加第三次地方港澳办主任赴港澳工作交流活动: the
    offices of the provinces and cities (base: the central 中央港澳工作办公室 from 地方港澳办)."""
    doc = extract_text("安卫东主任参加第三次地方港澳办主任赴港澳工作交流活动\n"
                       "市港澳办主任安卫东参加了交流活动。")
    assert "中央港澳工作办公室" not in _names(doc, "Agency")


def test_one_character_foreign_name_after_a_foreign_post():
    """Known problem of the round: 泰国外长敦表示: Thailand's foreign minister 敦 (Don Pramudwinai),
    written by his first syllable (base: a person 敦表示愿)."""
    doc = extract_text("泰国外长访华\n泰国外长敦表示愿同中方加强合作。")
    persons = _names(doc, "Person")
    assert "敦" in persons and not any(p.startswith("敦表") for p in persons), persons
    assert any(p == "敦" for p, _ in post_pairs(doc)), post_pairs(doc)
    office = extract_text("美国总统府发表声明\n美国总统府,发表声明。")
    assert "府" not in _names(office, "Person")  # (总统府: a word of the post, no name 府)


def test_a_city_after_a_call_reads_no_post_across_the_verb():
    """Known problem of the round: 代表团拜会长崎市市长铃木史朗: the mayor of Nagasaki (base: 会长
    read across 拜会, no 长崎 and no 铃木史朗)."""
    doc = extract_text("代表团访问日本\n访问期间,代表团拜会长崎市市长铃木史朗,双方就友好城市交流进行了会谈。")
    assert "长崎" in _names(doc, "Place")
    assert ("铃木史朗", "长崎") in post_pairs(doc), post_pairs(doc)


def test_a_former_post_names_no_body_of_its_mark():
    """MFA (12-mfa-xie-feng): 会见美中关系全国委员会会长欧伦斯和前会长、麦克拉蒂咨询公司董事总经理何立强:
    前 marks the former president, no body 前会 (base: 何立强 holding a post in 外交部前会)."""
    doc = extract_text("外交部副部长谢锋会见美中关系全国委员会会长\n"
                       "3月23日,外交部副部长谢锋应约分别会见美中关系全国委员会会长欧伦斯和前会长、"
                       "麦克拉蒂咨询公司董事总经理何立强。")
    assert not any(a.endswith("前会") for a in _names(doc, "Agency")), _names(doc, "Agency")
    assert ("欧伦斯", "美中关系全国委员会") in post_pairs(doc)


def test_papua_new_guinea_s_short_name_in_a_run_is_no_singapore():
    """Embassy in PNG (08-embassy-png-madang): 进一步提升中巴新两国地方合作水平: China and 巴新
    (base: 新 read as Singapore)."""
    doc = extract_text("驻巴布亚新几内亚大使薛冰访问马当省\n"
                       "中国驻巴新使馆愿与马当省加强联系,进一步提升中巴新两国地方合作水平,不断夯实中巴新友好合作关系基础。")
    places = _names(doc, "Place")
    assert "新加坡" not in places and "中国" in places, places


def test_a_chinese_namesake_after_a_foreign_country_is_that_country_s_city():
    """2018 sister-city conference (06-wuhan-sister-cities-2018): 澳大利亚布里斯班市、韩国晋州市、日本福冈市
    等78个外国省市: Jinju of Korea (base: Hebei's 晋州市, code 130183)."""
    doc = extract_text("我国新增5对国际友好城市\n"
                       "大会对中外友好城市进行了表彰。澳大利亚布里斯班市、韩国晋州市、日本福冈市等78个外国省市获对华友好城市交流合作奖。")
    assert (_names(doc, "Place").get("晋州市") or "").startswith("iso-KR"), _names(doc, "Place")
    assert ("晋州市", "韩国") in relation_pairs(doc, "partOf")
    home = extract_text("晋州市召开会议\n河北省晋州市召开会议。")
    assert _names(home, "Place").get("晋州市") == "130183"


def test_a_division_abroad_named_twice_is_one_place():
    """Embassy in Guinea-Bissau (09-embassy-guinea-bissau): 访问几比博拉马省…走访了在博拉马省由中国公民开办的
    制冰厂: one province of Guinea-Bissau (base: two entities 博拉马省, one of them uncoded after the
    country's short form 几比)."""
    doc = extract_text("驻几内亚比绍大使金红军访问几比南部三省\n"
                       "2018年1月23日至25日,驻几内亚比绍大使金红军访问几比博拉马省、基纳拉省和通巴利省。"
                       "访问期间,金大使走访了在博拉马省由中国公民开办的制冰厂。")
    bolama = [e.code for e in doc.entities.values() if e.type == "Place" and e.name == "博拉马省"]
    assert len(bolama) == 1 and (bolama[0] or "").startswith("iso-GW"), bolama


def test_the_governor_of_a_province_abroad():
    """Embassy in PNG (08-embassy-png-madang): 并在省政府会见马当省省长亚马: the governor of Madang
    (base: no person; 省长 was no head's post of a province abroad)."""
    doc = extract_text("驻巴布亚新几内亚大使薛冰访问马当省\n"
                       "9月1日,驻巴布亚新几内亚大使薛冰应邀访问巴新马当省,并在省政府会见马当省省长亚马。")
    assert ("亚马", "马当省") in post_pairs(doc), post_pairs(doc)


def test_a_city_abroad_written_bare_again_is_the_same_city():
    """Wuhan and Oita (18-wuhan-oita): 副市长邵为民会见日本大分市副市长久渡晃…大分市是武汉最早结好的国际友城:
    one city of Japan, its deputy mayor 久渡晃 (base: a second, uncoded 大分市, and no post for the
    deputy mayor: 副市长 was no head's post of a city abroad)."""
    doc = extract_text("武汉市与日本大分市签订2017年度友好交流协议\n"
                       "昨日,副市长邵为民会见日本大分市副市长久渡晃、议长永松弘基一行,两市签署2017年度友好交流协议书。"
                       "大分市是武汉最早结好的国际友城,1979年两市正式缔结友城关系。")
    oita = [e.code for e in doc.entities.values() if e.type == "Place" and e.name == "大分市"]
    assert len(oita) == 1 and (oita[0] or "").startswith("iso-JP"), oita
    assert ("久渡晃", "大分市") in post_pairs(doc), post_pairs(doc)


def test_an_office_s_officer_named_before_the_post_is_no_kingdom():
    """Northeast FAO directors (17-northeast-fao-directors): 特别是长春外办齐国华主任作为本次会议的东道主:
    齐国华 is the director (base: the ancient state 齐国 as a place, and the subject of the metric)."""
    doc = extract_text("东北四市外办主任座谈会在长春召开\n"
                       "特别是长春外办齐国华主任作为本次会议的东道主,提出五项重要倡议。")
    assert "齐国" not in _names(doc, "Place")


def test_the_sar_s_bodies_written_as_an_administrative_region_s_name_no_district():
    """Wuhan FAO (11-wuhan-hkmo-office): 访问了香港贸易发展局、廉政公署、律政司等行政区政府: the SAR's bodies
    (base: a district's government 区人民政府 from 行政|区政府)."""
    doc = extract_text("地方港澳办主任赴港澳工作交流\n"
                       "交流期间,访问了香港贸易发展局、廉政公署、律政司等行政区政府;考察了香港金融管理局资讯中心。")
    assert "区人民政府" not in _names(doc, "Agency"), _names(doc, "Agency")


def test_envoys_stationed_in_china_leave_the_province_the_story_s():
    """Sichuan (21-sichuan-envoys-2024): 王晓晖黄强会见外国驻华使节代表团 … 省委书记、省人大常委会主任王晓晖,
    省委副书记、省长黄强在成都会见…: the province's leaders (base: the title's 驻华 made China the
    article's place, so 省委 and 省长 were read as no province's)."""
    doc = extract_text("王晓晖黄强会见外国驻华使节代表团\n"
                       "4月8日,省委书记、省人大常委会主任王晓晖,省委副书记、省长黄强在成都会见来川参访的外国驻华使节代表团一行。")
    assert ("黄强", "四川省") in post_pairs(doc), post_pairs(doc)
    assert ("王晓晖", "四川省委") in post_pairs(doc), post_pairs(doc)


def test_a_mission_written_short_and_in_full_is_one_mission():
    """Embassy in Ghana (20-ghana-embassy-reminder): 中国驻加纳大使馆22日发布公告…与中国驻加纳大使馆联系, the
    headline's 中国驻加纳使馆: one embassy (base: two, 中国驻加纳使馆 and 中国驻加纳大使馆)."""
    doc = extract_text("中国驻加纳使馆提醒在加中国公民加强安全防范\n"
                       "新华社阿克拉7月22日电 中国驻加纳大使馆22日发布公告,提醒在加纳的中国公民和机构加强安全防范。")
    missions = [e for e in doc.entities.values() if e.type == "Agency" and "驻加纳" in e.name]
    assert len(missions) == 1, [e.name for e in missions]


def test_an_envoy_s_mission_is_the_one_the_text_names_short():
    """Embassy in PNG (08-embassy-png-madang): 驻巴布亚新几内亚大使薛冰 … 中国驻巴新使馆愿与马当省加强联系: the
    ambassador's embassy is the one named 中国驻巴新使馆 (base: a second embassy entity for his post)."""
    doc = extract_text("驻巴布亚新几内亚大使薛冰访问马当省\n"
                       "9月1日,驻巴布亚新几内亚大使薛冰应邀访问巴新马当省。中国驻巴新使馆愿与马当省加强联系。")
    missions = [e for e in doc.entities.values() if e.type == "Agency" and "驻巴" in e.name]
    assert len(missions) == 1, [e.name for e in missions]
    assert any(p == "薛冰" and b == missions[0].name for p, b in post_pairs(doc))


def test_consulates_of_many_countries_are_no_mission_of_china():
    """Wenzhou FAO (03-wenzhou-fao-consulates): 温州市外办党组书记周建清带队赴上海拜访多国驻沪总领事馆: the
    consulates of many countries in Shanghai (base: an agency 中国驻沪总领事馆)."""
    doc = extract_text("温州市外办拜访多国驻沪总领事馆和香港驻沪办\n"
                       "5月15日至16日,温州市外办党组书记周建清带队赴上海拜访多国驻沪总领事馆和香港驻沪办。")
    assert "中国驻沪总领事馆" not in _names(doc, "Agency"), _names(doc, "Agency")
