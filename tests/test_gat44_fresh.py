"""Round 44 (gat44): Hong Kong, Macau, Taiwan and overseas-Chinese news from the fresh texts of
/tmp/s26/fresh/gat44 (news.gov.hk photo digests, info.gov.hk notices, gcs.gov.mo releases, 澳门日报
and 新华网 reports of Macau, 台办 and 侨办 news): a name ends before the day Macau writes in brackets
(崔世安今(17)晚), no Japan from a date's 日 before 政府, no unit of a region's government that is a
club or the central liaison office, the liaison offices under their full names, the heads of a customs
house and of an audit office, and no bureau read through a verb of appointing."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_name_ends_before_the_day_written_in_brackets():
    """gcs.gov.mo 2010-06-17: 行政长官崔世安今(17)晚启程前往葡萄牙; 澳门日报: 何厚铧今(二十四日)率领…
    (base: people 崔世安今, 何厚铧今)."""
    doc = extract_text("行政长官启程前往葡萄牙\n新闻局\n2010-06-17 23:12\n"
                       "行政长官崔世安今(17)晚启程前往葡萄牙,展开为期七天的官式访问行程。")
    assert "崔世安" in _names(doc, "Person") and "崔世安今" not in _names(doc, "Person")
    doc = extract_text("澳门特区代表团赴川\n据澳门日报报道,澳门特区行政长官何厚铧今(二十四日)率领特区政府代表团"
                       "启程往四川成都,出席第八届中国西部国际博览会。")
    assert ("何厚铧", "澳门特别行政区政府") in relation_pairs(doc, "holdsPost")
    assert "何厚铧今" not in _names(doc, "Person")


def test_the_day_of_a_date_before_government_is_no_japan():
    """news.gov.hk photo digest: 2016年9月26日至10月2日政府主要活动图片 (base: 日本 read from 2日|政府,
    the article placed in Japan and its metrics' subject 日本)."""
    doc = extract_text("2016年9月26日至10月2日政府主要活动图片\n政府官员和部门过去一星期的主要活动精华\n"
                       "目标不变: 行政长官梁振英9月27日出席行政会议前会见传媒,重申横洲兴建17,000个公营房屋单位目标不变。")
    assert "日本" not in _names(doc, "Place")
    side = extract_text("中日政府间会谈\n中日政府举行会谈。")
    assert "日本" in _names(side, "Place")  # a country's side before 政府 is still read


def test_no_unit_of_a_region_s_government_that_is_a_club_or_the_liaison_office():
    """news.gov.hk: 运输及房屋局局长张炳良(右一)、中联办副主任杨健(左一); 行政长官梁振英(前排左二)与
    赛马会主席叶锡安(左一) (base: 香港特别行政区政府运输及房屋局中联办, 香港特别行政区政府赛马会)."""
    doc = extract_text("祝酒\n行政长官梁振英(左二)、运输及房屋局局长张炳良(右一)、中联办副主任杨健(左一)与嘉宾"
                       "9月27日出席香港航运界庆祝中华人民共和国成立67周年国庆酒会。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("张炳良", "香港特别行政区政府运输及房屋局") in posts
    assert ("杨健", "中联办") in posts and not any("政府中联办" in b for _, b in posts), posts
    doc = extract_text("开幕礼\n第45届香港艺术节2月16日揭幕。行政长官梁振英(前排左二)与赛马会主席叶锡安(左一)、"
                       "艺术节主席查懋成(左三)主持开幕礼。")
    assert ("叶锡安", "赛马会") in relation_pairs(doc, "holdsPost")
    assert "香港特别行政区政府赛马会" not in _names(doc, "Agency")


def test_a_legislature_listed_after_the_government_is_none_of_its_units():
    """Delegation lists of Hong Kong (政务司司长…、立法会主席…): the legislature is no unit of the
    region's government (base: 香港特别行政区政府立法会)."""
    doc = extract_text("香港特区政府代表团访问\n香港特区政府代表团成员包括政务司司长张建宗、警务处处长卢伟聪、"
                       "立法会主席梁君彦。")
    assert "香港特别行政区政府立法会" not in _names(doc, "Agency")
    assert ("卢伟聪", "香港特别行政区政府警务处") in relation_pairs(doc, "holdsPost")


def test_the_liaison_offices_under_their_full_names():
    """gcs.gov.mo: 中央政府驻澳门特区联络办公室主任郑新聪; 新华网: 中央政府驻澳门联络办公室副主任徐泽
    (base: 国务院驻澳门特区联络办公室 and 国务院驻澳门联络办公室, two names of one office)."""
    doc = extract_text("夏宝龙抵澳考察\n夏宝龙主任下午前往礼宾府,在行政长官岑浩辉及中央政府驻澳门特区联络办公室"
                       "主任郑新聪的陪同下,与澳门特区行政、立法、司法机构主要负责人交流。")
    assert ("郑新聪", "中央人民政府驻澳门特别行政区联络办公室") in relation_pairs(doc, "holdsPost")
    doc = extract_text("华建敏赴澳门\n出席晚宴的还有商务部部长薄熙来、中央政府驻澳门联络办公室副主任徐泽、"
                       "商务部副部长魏建国及各界人士。")
    assert ("徐泽", "中央人民政府驻澳门特别行政区联络办公室") in relation_pairs(doc, "holdsPost")


def test_the_heads_of_a_customs_house_and_an_audit_office():
    """gcs.gov.mo: …警察总局局长梁文昌、澳门特区海关关长何浩瀚 (base: 何浩瀚 not read at all); 审计署审计长."""
    doc = extract_text("夏宝龙抵澳考察\n出席交流活动的主要负责人包括保安司司长黄少泽、警察总局局长梁文昌、"
                       "澳门特区海关关长何浩瀚,以及行政长官办公室主任陈格。")
    assert ("何浩瀚", "澳门海关") in relation_pairs(doc, "holdsPost")
    doc = extract_text("审计工作报告\n审计署审计长侯凯作报告。青岛海关关长李兵出席会议。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("侯凯", "审计署") in posts and ("李兵", "青岛海关") in posts, posts


def test_no_bureau_read_through_a_verb_of_appointing():
    """Headline of Hong Kong news: 香港特区政府再委任副局长 (base: an agency 香港特别行政区政府再委任副局)."""
    doc = extract_text("香港特区政府再委任副局长\n行政长官办公室今日公布,行政长官李家超委任2名副局长。")
    assert not any("委任" in n for n in _names(doc, "Agency")), _names(doc, "Agency")


def _place_codes(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_taiwan_is_one_place_with_its_division_code():
    """Shantou CPPCC's 海峡两岸中秋连线 (同台北、台中、高雄…等地的南澳乡亲视频连线) and 中新网 2023-09-10
    (台湾云林县…台湾高雄市): the parent of Taiwan's cities is 台湾 710000, the province named in the text
    (base: a second 台湾 coded iso-TW, a foreign country)."""
    doc = extract_text("海峡两岸中秋连线活动\n汕头市政协联合举行海峡两岸中秋连线活动,同台北、台中、台南、高雄等地的"
                       "南澳乡亲和各界朋友视频连线,互致节日问候。")
    codes = [e.code for e in doc.entities.values() if e.type == "Place" and e.name == "台湾"]
    assert codes == ["710000"], codes
    assert ("高雄", "台湾") in relation_pairs(doc, "partOf")
    doc = extract_text("汕台交流\n广东汕头市与台湾云林县10日在汕头启动交流活动。台湾高雄市议员出席。")
    codes = [e.code for e in doc.entities.values() if e.type == "Place" and e.name == "台湾"]
    assert codes == ["710000"], codes


def test_a_taiwan_county_written_with_its_xian():
    """中新网 2023-09-10: 广东汕头市与台湾云林县10日在汕头启动…交流活动 (base: a place 云林县 with no code)."""
    doc = extract_text("汕台交流\n广东汕头市与台湾云林县10日在汕头启动“两岸同心·汕台同行”交流活动。")
    places = _place_codes(doc)
    assert places.get("云林", "").startswith("iso-TW-"), places
    assert ("云林", "台湾") in relation_pairs(doc, "partOf")


def test_a_visiting_chamber_is_no_unit_of_the_office_that_receives_it():
    """中新网 2012-11-07: 福建省侨办副主任邓伦成在福州会见了旅美台商会会长刘天魁率领的访问团一行
    (base: 刘天魁 holdsPost 福建省侨务办公室旅美台商会)."""
    doc = extract_text("福建省侨办副主任会见旅美台商会访问团\n近日,福建省侨办副主任邓伦成在福州会见了旅美台商会"
                       "会长刘天魁率领的访问团一行。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("刘天魁", "旅美台商会") in posts and ("邓伦成", "福建省侨务办公室") in posts, posts


def test_a_company_s_short_name_before_a_farm_is_the_place_s():
    """中国侨网 (漳州市侨联 in 南靖): 并到南靖丰田华侨农场调研 — 丰田镇 of 南靖县 (base: 丰田汽车公司)."""
    doc = extract_text("漳州市侨联到南靖调研\n福建省漳州市侨联主席林智勇到南靖开展专题调研,并到南靖丰田华侨农场调研。")
    assert "丰田汽车公司" not in _names(doc, "Organization")
    toyota = extract_text("丰田汽车\n丰田在华销量增长。")
    assert "丰田汽车公司" in _names(toyota, "Organization")  # the company's short name alone is still read


def test_the_kind_of_enterprise_by_its_capital_is_no_part_of_the_company_s_name():
    """中国侨网: 林智勇还到侨资企业儒兰(福建)金线莲科技有限公司调研 (base: 资企业儒兰(福建)金线莲科技有限公司)."""
    doc = extract_text("漳州市侨联到南靖调研\n在南靖期间,林智勇还到侨资企业儒兰(福建)金线莲科技有限公司调研。")
    assert "儒兰(福建)金线莲科技有限公司" in _names(doc, "Organization"), _names(doc, "Organization")


def test_the_chief_executive_by_the_short_title():
    """Hong Kong and Macau news write the chief executive 特首 (全国港澳研究会…澳门特首崔世安, 特首李家超):
    the post of the region's government (base: no person read at all)."""
    doc = extract_text("大湾区领导小组开会\n现场所见,除了林郑月娥,还有澳门特首崔世安、广东省长马兴瑞等。")
    assert ("崔世安", "澳门特别行政区政府") in relation_pairs(doc, "holdsPost")
    doc = extract_text("李家超出席活动\n香港特首李家超今日出席活动。")
    assert ("李家超", "香港特别行政区政府") in relation_pairs(doc, "holdsPost")


def test_a_region_between_words_of_running_text_is_no_piece_of_a_transliteration():
    """星岛 2018-08-15: 将特首纳入小组,是中央要确保香港密切配合规划 — 保 and 密 are characters of names
    written by sound, but 确保 and 密切 are words (base: a second 香港 with no code)."""
    doc = extract_text("大湾区领导小组开会\n刘兆佳表示,将特首纳入小组,是中央要确保香港密切配合规划。")
    assert [e.code for e in doc.entities.values() if e.type == "Place" and e.name == "香港"] == ["810000"]
