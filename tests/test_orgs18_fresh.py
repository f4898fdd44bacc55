"""Agencies and organisations in investment, signing and party-building news (orgs18): the party
working committee of a level's organs (市直机关工委, 省直机关党工委, 市级机关工委) after a relative
scope whose 直/级 made it weak; the centre's two organ committees before their 2018 merger
(中央直属机关工委 beside 中央国家机关工委).  Sentences in those shapes, none copied."""
from __future__ import annotations

from conftest import mentioned, names_doc as run


def test_the_working_committee_of_a_levels_organs_is_an_agency():
    """市直机关工委 was never read: 直 after 市 makes the scope weak (市直单位) and only departments
    followed it; 市直机关工委 is the body that leads the party work of the city's own organs."""
    doc = run("机关党建\n济南市召开会议。市直机关工委召开党建工作会议。省直机关党工委负责同志出席。")
    agencies = mentioned(doc, "Agency")
    assert any(n.endswith("市直机关工委") for n in agencies)
    assert any(n.endswith("省直机关党工委") for n in agencies)


def test_a_committee_of_organs_after_a_named_city():
    """镇江市级机关工委, 扬中机关工委: the organs' committee after a place, as its 党工委 is."""
    doc = run("机关党建\n镇江市级机关工委作工作报告。扬中机关工委作交流发言。")
    agencies = mentioned(doc, "Agency")
    assert "镇江市级机关工委" in agencies
    assert any(n.endswith("机关工委") and n.startswith("扬中") for n in agencies)


def test_the_centres_organ_committees_before_their_merger():
    """中央直属机关工委 was merged with 中央国家机关工委 in 2018: alone it is today's 中央和国家机关工委,
    beside the other it is a body of its own."""
    alone = run("机关党建\n中央直属机关工委负责同志出席会议。")
    assert "中央和国家机关工作委员会" in mentioned(alone, "Agency")
    both = run("机关党建\n中央直属机关工委、中央国家机关工委负责同志出席会议。")
    assert {"中央直属机关工作委员会", "中央国家机关工作委员会"} <= mentioned(both, "Agency")


def test_a_countrys_friendship_association_keeps_its_country():
    """南非中国人民友好协会 was read as 中国人民友好协会: 中国 opening a name cut the country before it;
    the body is South Africa's association of friendship with China, not a Chinese one."""
    doc = run("民间外交\n应肯尼亚中国友好协会邀请，代表团访问内罗毕。日本中国文化交流协会代表团来访。")
    orgs = mentioned(doc, "Organization")
    assert {"肯尼亚中国友好协会", "日本中国文化交流协会"} <= orgs
    assert "中国友好协会" not in orgs and "中国文化交流协会" not in orgs


def test_a_name_joining_two_parties_with_a_dash_is_one_name():
    """澳大利亚—中国友好交流协会 was read from the dash on (中国友好交流协会); 中国—东盟中心 and
    中国-东盟商务理事会 (any dash) were only 东盟."""
    doc = run("合作\n澳大利亚—中国友好交流协会会长来访。中国—东盟中心秘书长出席。中国-东盟商务理事会执行理事长致辞。")
    orgs = mentioned(doc, "Organization")
    assert {"澳大利亚—中国友好交流协会", "中国—东盟中心", "中国—东盟商务理事会"} <= orgs
    assert "中国友好交流协会" not in orgs


def test_a_short_brand_before_a_group_and_its_legal_form_is_a_company():
    """正大集团有限公司 was not read: a prefix of common words needed four characters before a legal
    form; a kind inside the registered name (集团有限公司, 药业有限公司) makes two enough.  Verbs and
    pronouns are still no brand (扩大集团有限公司规模, 该集团有限公司)."""
    doc = run("招商引资\n正大集团有限公司投资建设饲料项目。华康药业有限公司负责人出席。")
    assert {"正大集团有限公司", "华康药业有限公司"} <= mentioned(doc, "Organization")
    doc = run("国企改革\n扩大集团有限公司规模。该集团有限公司表示支持。")
    assert not mentioned(doc, "Organization")


def test_a_groups_companies_in_general_are_no_unit_of_it():
    """中信集团旗下公司 was read as a unit of 中信集团 (registry.unit): 旗下, 下属, 所属 say a body's
    companies in general."""
    doc = run("签约\n该院是中信集团旗下公司。中国五矿所属企业参加签约。")
    orgs = mentioned(doc, "Organization")
    assert not any(n.endswith(("旗下公司", "所属企业")) for n in orgs)
    assert "中国中信集团有限公司" in orgs


def test_a_ranking_list_is_no_part_of_a_name():
    """世界500强中信集团 and 中国500强企业恒力集团 were read whole: the ranking and its kind are the
    class a body is in."""
    doc = run("招商引资\n世界500强中信集团来我市考察。中国民营企业500强企业恒力集团落户。")
    orgs = mentioned(doc, "Organization")
    assert not any("500强" in n for n in orgs)
    assert "恒力集团" in orgs


def test_a_design_institute_after_its_province_is_an_organisation():
    """设计院 was no suffix: 福建省建筑设计院 among the builders of a project went unread."""
    doc = run("奠基\n浙江省建筑设计院等参建单位代表参加奠基仪式。")
    assert "浙江省建筑设计院" in mentioned(doc, "Organization")


def test_a_consultation_meeting_is_no_chamber_of_commerce():
    """…界别协商会 was read as a chamber (商会 its last characters): 协商会 is a meeting."""
    doc = run("协商\n南昌市文化旅游专题界别协商会在市政务中心召开。")
    assert not any(n.endswith("协商会") for n in mentioned(doc))


def test_a_maternal_and_child_hospital_is_an_organisation_not_an_agency():
    """县妇幼保健院 was an Agency (agency.dept: 妇幼保健 + 院): it is a hospital, a public institution
    (an Organization, as 县人民医院 and 县卫生院 are)."""
    doc = run("义诊\n渠县妇幼保健院开展义诊活动。")
    assert "渠县妇幼保健院" in mentioned(doc, "Organization")
    assert not any(n.endswith("妇幼保健院") for n in mentioned(doc, "Agency"))


def test_a_hospital_before_its_heads_post_is_still_read():
    """县人民医院院长: 院 after an institution made it no name (as 市一中院 is the court), so a
    hospital named before its president's post was lost."""
    doc = run("会议\n县人民医院院长出席会议。市一中院院长出席会议。")
    orgs = mentioned(doc, "Organization")
    assert any(n.endswith("县人民医院") for n in orgs)
    assert not any(n.endswith("一中") for n in orgs)


def test_a_chamber_of_one_citys_firms_in_another_city():
    """成都市长春商会 was not read (市长 across 成都市|长春 taken for a post in its prefix), and a chamber
    of one province's firms in another's city was placed in the home province (上海市浙江商会 →
    浙江省): the chain 上海市|浙江 holds no division inside the one before, the chamber is in the first."""
    doc = run("商会\n深圳市长春商会成立大会召开。上海市浙江商会会长出席。")
    assert {"深圳市长春商会", "上海市浙江商会"} <= mentioned(doc, "Organization")
    located = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
               if r.predicate == "locatedIn"}
    assert ("深圳市长春商会", "深圳市") in located and ("上海市浙江商会", "上海市") in located
    assert ("上海市浙江商会", "浙江省") not in located


def test_a_kind_of_committee_alone_is_no_agency():
    """经济委员会 with no scope before it was read from jieba's nt tag: a kind of committee, no body."""
    doc = run("会议\n会议要求经济委员会加强统筹。")
    assert "经济委员会" not in mentioned(doc)


def test_a_universitys_institute_named_by_a_place_opens_with_the_university():
    """电子科技大学长三角研究院 was read from the place on (长三角研究院): a body of common words
    (电子科技大学) before the place was cut as no name; a university or group before a place keeps
    units named by that place."""
    doc = run("校地合作\n电子科技大学广州研究院破土动工。")
    orgs = mentioned(doc, "Organization")
    assert "电子科技大学广州研究院" in orgs
    assert "广州研究院" not in orgs


def test_a_companys_board_is_no_unit_of_it():
    """万达集团董事局 was read as a unit of the group (registry.unit: 局 ends bureaus): 董事局 is the
    group's board, and 董事局主席 its chairman's post."""
    doc = run("签约\n万达集团董事局主席出席签约仪式。")
    orgs = mentioned(doc, "Organization")
    assert not any(n.endswith("董事局") for n in orgs)
    assert "万达集团" in orgs
