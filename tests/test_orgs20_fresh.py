"""Agencies and organisations in zone, university, enterprise, foreign-trade and regional-cooperation
news (orgs20): a company named after a leader's meeting verb (会见|名成集团), the office of a named
working group (…工作领导小组办公室), a region's joint office (京津冀…联合工作办公室) and its defined short
form (长三角办), a university's branch with its city in brackets (北京大学（青岛）…研究院), a group's
kind in brackets (柳工（集团）有限公司), companies listed by brand and trade before 等企业, a national
body's short name after a level's word (省级贸促会), 对外 inside a name.  Sentences in those shapes,
none copied."""
from __future__ import annotations

from conftest import extract_text, held_posts, mentioned, names_doc


def test_a_company_after_a_leaders_wish_opens_after_the_verb():
    """县委书记张某某希望光明食品集团…: jieba tags 光明 a common noun, so no cut was made after 希望
    and the name took the leader's last character (锋希望光明食品集团)."""
    doc = names_doc("座谈\n县委书记张本华希望光明食品集团加大支持力度。")
    orgs = mentioned(doc, "Organization")
    assert "光明食品集团" in orgs
    assert not any("希望" in o for o in orgs)


def test_a_company_after_a_meeting_in_a_hotel_keeps_no_hotel():
    """在富华大酒店会见名成集团总裁: jieba tags 会见 a noun, and the hotel and the verb were read into
    the company's name."""
    doc = names_doc("会见\n8月13日，市长会见华成集团董事长林某。市长在金海大酒店会见远成集团总裁。")
    orgs = mentioned(doc, "Organization")
    assert {"华成集团", "远成集团"} <= orgs
    assert not any("会见" in o for o in orgs)


def test_a_brand_holding_a_meeting_verb_is_kept():
    """新希望乳业: 希望 is the brand's word after 新, no verb."""
    doc = names_doc("调研\n市长到四川新希望乳业有限公司调研。")
    assert any(o.endswith("新希望乳业有限公司") for o in mentioned(doc, "Organization"))


def test_the_office_of_a_named_working_group_keeps_office():
    """县委农村工作领导小组办公室: the shortest stem met 工作领导小组 first and the office was read as
    the group itself; the office is a body of its own."""
    doc = names_doc("挂牌\n12月15日，中共平安县委农村工作领导小组办公室正式挂牌。")
    assert any(a.endswith("农村工作领导小组办公室") for a in mentioned(doc, "Agency"))
    doc = names_doc("预警\n县防汛抗旱指挥部办公室发布预警。")
    assert "县防汛抗旱指挥部办公室" in mentioned(doc, "Agency")


def test_the_group_alone_is_still_the_group():
    doc = names_doc("会议\n县委农村工作领导小组召开会议。")
    assert "县委农村工作领导小组" in mentioned(doc, "Agency")


def test_a_regions_joint_office_is_an_agency():
    """京津冀协同发展联合工作办公室, 长三角区域合作办公室: offices several governments set up together,
    named after the region; no scope named them, so nothing was found."""
    doc = names_doc("揭牌\n京津冀协同发展联合工作办公室在北京揭牌。干部到长三角区域合作办公室报到。")
    agencies = mentioned(doc, "Agency")
    assert {"京津冀协同发展联合工作办公室", "长三角区域合作办公室"} <= agencies


def test_an_office_after_a_region_without_a_joint_word_is_none():
    doc = names_doc("合作\n三省一市在长三角地区开展合作，办公室设在上海。")
    assert not any("办公室" in a for a in mentioned(doc, "Agency"))


def test_a_universitys_branch_with_its_city_in_brackets_is_one_name():
    """北京大学（青岛）计算社会科学研究院: the university was found first, its name blocked the scan,
    and the branch was cut to 社会科学研究院 or 青岛）海洋研究院."""
    doc = names_doc("揭牌\n北京大学（青岛）海洋研究院揭牌。清华大学（深圳）创新研究院成立。")
    orgs = mentioned(doc, "Organization")
    assert {"北京大学（青岛）海洋研究院", "清华大学（深圳）创新研究院"} <= orgs
    assert not any(o.startswith("青岛") or o.startswith("深圳") for o in orgs)


def test_a_university_with_a_bracketed_city_and_no_branch_stays_the_university():
    doc = names_doc("活动\n北京大学（青岛）举行活动。")
    assert "北京大学" in mentioned(doc, "Organization")


def test_a_group_written_in_brackets_before_its_legal_form():
    """上海光明农业发展(集团)有限公司, 柳工（集团）有限公司: the registered form of a group; the scan
    stopped at the bracket and the company was lost."""
    doc = names_doc("会见\n副局长罗某会见上海光明农业发展(集团)有限公司总裁张某。市长会见广西柳工（集团）有限公司董事长。")
    orgs = mentioned(doc, "Organization")
    assert {"上海光明农业发展(集团)有限公司", "广西柳工（集团）有限公司"} <= orgs


def test_a_consultation_meeting_is_no_chamber_of_commerce():
    """…筹建工作会商会在某区召开: 会商会 is a meeting whose last characters are 商会; no organisation
    was ever called so; 温州商会 stays one."""
    doc = names_doc("会议\n合肥某经济开发区筹建工作会商会在瑶海区召开。两地召开工作协商会。温州商会会长出席。")
    orgs = mentioned(doc, "Organization")
    assert not any(o.endswith(("会商会", "协商会")) for o in orgs)
    assert "温州商会" in orgs


def test_a_short_stem_before_an_institute_stays_as_written():
    """市发改院: the development and reform research institute; the short stem was read as 发展和改革
    and made a 市发展和改革院 no city has.  市发改委 keeps its standard name."""
    doc = names_doc("调研\n市发改院、市发改委有关领导参加调研。")
    agencies = mentioned(doc, "Agency")
    assert "市发展和改革院" not in agencies
    assert "市发展和改革委员会" in agencies


def test_a_zones_committee_written_short_takes_its_standard_name():
    """开发区党工委书记、管委主任: 管委 is 管委会 written short; it was read as a unit of the city (德州市管委)
    or of the working committee (区党工委管委)."""
    doc = extract_text("会议\n德州开发区党工委书记、管委主任王建国致辞。")
    assert ("王建国", "德州开发区管委会", "主任", None) in held_posts(doc)
    doc = extract_text("会议\n区党工委书记、管委主任王清主持会议。")
    assert not any(b.endswith("党工委管委") for _, b, _, _ in held_posts(doc))


def test_a_company_ends_at_its_legal_form_before_its_groups_committee():
    """…集团有限公司集团党委副书记: the legal form closes the registered name; 集团 after it opens the
    group's committee, and was read into the name (…有限公司集团)."""
    doc = names_doc("会见\n副局长罗某会见上海光明农业发展集团有限公司集团党委副书记张某一行。")
    orgs = mentioned(doc, "Organization")
    assert "上海光明农业发展集团有限公司" in orgs
    assert not any(o.endswith("有限公司集团") for o in orgs)


def test_the_central_taiwan_office_written_short_is_no_radio_station():
    """中央台办、国台办副主任: 中央台办 is the party's Taiwan work office; the radio's short name 中央台
    was read inside it and a 中央人民广播电台 was made."""
    doc = names_doc("任职\n他今年起担任中央台办、国台办副主任。")
    assert "中央台湾工作办公室" in mentioned(doc, "Agency")
    assert "中央人民广播电台" not in mentioned(doc, "Organization")


def test_an_embassy_in_many_countries_is_no_mission():
    """曾在中国驻多国大使馆任职: 多国 counts the hosts; no embassy of a country called 多国."""
    doc = names_doc("任职\n他曾在中国驻多国大使馆任职，后任中国驻美国大使馆参赞。")
    agencies = mentioned(doc, "Agency")
    assert "中国驻多国大使馆" not in agencies
    assert "中国驻美国大使馆" in agencies


def test_companies_listed_by_brand_and_trade_before_their_kind():
    """在韩塑新材料、伟冠食品、秋明汽配等企业: county news names the firms it visited by brand and
    trade, with no legal form; the suffix grammar found none (and read 韩 of 韩塑 as Korea)."""
    doc = names_doc("调研\n在韩塑新材料、优博特新材料、伟冠食品、秋明汽配等企业，书记深入生产车间。"
                    "他察看了悦达纺织、岭南重工等企业。")
    orgs = mentioned(doc, "Organization")
    assert {"韩塑新材料", "优博特新材料", "伟冠食品", "秋明汽配", "悦达纺织", "岭南重工"} <= orgs
    assert "韩国" not in mentioned(doc, "Place")


def test_trades_listed_in_general_are_no_companies():
    """全县有食品、纺织等企业, 在食品、建材、化工等企业: trades in general (no brand before them,
    or no verb of a visit opening the list), and people before 等企业家 are no companies."""
    doc = names_doc("调研\n全县有食品、纺织等企业120家。在食品、建材、化工等企业开展检查。张三、李四等企业家代表发言。")
    assert not mentioned(doc, "Organization")


def test_a_defined_short_form_holding_a_region_names_the_office():
    """长三角区域合作办公室(以下简称“长三角办”)…长三角办常务副主任张某: the region 长三角 read inside
    the short form kept its later uses from being linked, and the post went to a 长江三角洲办 of its own."""
    doc = extract_text("报到\n干部到长三角区域合作办公室(以下简称“长三角办”)报到。交流会上,长三角办常务副主任张某发言。")
    assert ("张某", "长三角区域合作办公室", "常务副主任", None) in held_posts(doc)
    assert "长江三角洲办" not in mentioned(doc, "Agency")


def test_a_national_bodys_short_name_after_a_levels_word_is_the_kind():
    """作为最早成立的省级贸促会之一, 县级外汇局: the bodies of a level in general; the bare short
    name was read as the national one (中国国际贸易促进委员会, 国家外汇管理局)."""
    doc = names_doc("贸促\n作为全国最早成立的省级贸促会之一，湖北省贸促会锚定目标。县级外汇局开展检查。")
    assert "中国国际贸易促进委员会" not in mentioned(doc, "Organization")
    assert "国家外汇管理局" not in mentioned(doc, "Agency")
    assert "湖北省贸促会" in mentioned(doc, "Organization")


def test_a_friendship_association_holding_duiwai_is_whole():
    """陕西省人民对外友好协会专职副会长: 对 is a stop character (a preposition), so the scan stopped
    inside 对外 and no name was left; 对外 is a word names hold."""
    doc = names_doc("友协\n陕西省人民对外友好协会专职副会长梁某出席。")
    assert "陕西省人民对外友好协会" in mentioned(doc, "Organization")


def test_a_brand_of_glued_characters_after_a_visit_verb_keeps_its_first():
    """副市长调研采芝林药业有限公司: jieba splits the brand 采|芝|林 and tags 采 a verb, so the name was
    cut after it (芝林药业有限公司); a one-character verb right after the visit's verb, before
    characters it cannot make words of, opens the brand.  决定让|华润公司 still cuts."""
    doc = names_doc("调研\n副市长调研采芝林药业有限公司。县里决定让华润公司承建。")
    orgs = mentioned(doc, "Organization")
    assert "采芝林药业有限公司" in orgs
    assert "华润公司" in orgs


def test_a_group_of_plain_words_before_its_chairman_is_named():
    """光明集团董事长王某陪同: 光明 is a common word and no rule made the group a name; only a named
    company has a chairman.  能源集团董事长 (a trade) and 两大集团 (a count) stay none."""
    doc = names_doc("调研\n光明集团董事长王某陪同。能源集团董事长李某出席。两大集团董事长会面。")
    assert mentioned(doc, "Organization") == {"光明集团"}


def test_a_bureau_whose_name_opens_with_duiwai_keeps_it():
    """国务院新闻办公室对外信息局副局长贾某: the post's body was read after 对 as after a function word
    (外信息局); 对外 is a word of the name.  对外交部… still reads 外交部."""
    doc = extract_text("名单\n包括国务院新闻办公室对外信息局副局长贾某。他对外交部副部长王某表示感谢。")
    posts = held_posts(doc)
    assert ("贾某", "国务院新闻办公室对外信息局", "副局长", None) in posts
    assert ("王某", "外交部", "副部长", None) in posts


def test_a_subsidiary_after_words_of_ownership_opens_after_them():
    """集团旗下华康药业公司, 及所属外建集团: the owner and 旗下/所属 were read into the subsidiary's name
    (集团旗下华康药业公司) or lost it (外建集团)."""
    doc = names_doc("座谈\n集团旗下华康药业公司负责人参加。集团负责人及所属外建集团、明德集团负责人参加。")
    orgs = mentioned(doc, "Organization")
    assert {"华康药业公司", "外建集团", "明德集团"} <= orgs
    assert not any(o.startswith("集团") for o in orgs)


def test_a_national_organs_stationed_office_is_its_unit():
    """审计署驻南京特派员办事处, 审计署南京特派办: the office the national audit office keeps in a
    region; only 审计署 was read."""
    doc = names_doc("审计\n审计署驻南京特派员办事处开展审计。审计署南京特派办发布公告。")
    assert {"审计署驻南京特派员办事处", "审计署南京特派办"} <= mentioned(doc, "Agency")
