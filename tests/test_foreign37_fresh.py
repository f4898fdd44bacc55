"""Foreign-affairs news (round 37, foreign37): statements of 外交部, joint statements, 外办 and
consulate news, foreign leaders' visits.  Short real excerpts (sources in
/tmp/s22/fresh/foreign37/SOURCES.md and the round-36 review texts) and the facts they must and
must not give."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs, relation_pairs


def test_treaty_named_after_its_signing_city_is_not_done_there():
    """在纽约联合国总部举行的《巴黎协定》高级别签署仪式上: an instrument named after the city it was
    signed in (《京都议定书》, 《维也纳公约》, 《视听表演北京条约》) is carried out by every party,
    not in that city (was 巴黎协定 implementedIn 巴黎).  A local pledge keeps its place."""
    doc = extract_text("在纽约联合国总部举行的《巴黎协定》高级别签署仪式上，中国签署了协定。"
                       "各国落实《京都议定书》和《维也纳公约》。")
    assert not relation_pairs(doc, "implementedIn"), relation_pairs(doc, "implementedIn")
    doc = extract_text("2012年，《视听表演北京条约》在北京签署。邯郸市发布《邯郸市民文明公约》。")
    assert relation_pairs(doc, "implementedIn") == {("邯郸市民文明公约", "邯郸市")}, relation_pairs(doc, "implementedIn")


def test_head_meeting_a_side_written_as_chinese_is_foreign():
    """范明政总理会见中国广西壮族自治区主席韦韬 (a Vietnamese report): a name and bare head's post
    meeting a side written as Chinese (or visiting China: 访华) is a foreign head — his post is the
    country's the article names (越南), never the State Council's, at every mention (was 范明政
    holdsPost 国务院).  A Chinese premier meeting Chinese guests in a text with no foreign country
    keeps his."""
    doc = extract_text("范明政总理会见中国广西壮族自治区主席韦韬\n范明政总理对韦韬同志访问越南表示欢迎。"
                       "韦韬主席在会见中表示，广西愿同越南各部委、地方深化合作。范明政总理高度评价双方合作成果。")
    posts = post_pairs(doc)
    assert ("范明政", "国务院") not in posts and ("范明政", "越南") in posts, posts
    assert ("李强", "国务院") in post_pairs(extract_text("李强总理会见中国企业家代表。李强总理表示，要稳经济。"))
    # a Chinese leader abroad meeting Chinese guests or envoys keeps his (only an official side makes one foreign)
    assert ("李强", "国务院") in post_pairs(extract_text("李强总理在新加坡会见中国企业代表。李强总理表示，要稳经济。"))
    assert ("王毅", "外交部") in post_pairs(extract_text("王毅外长会见中国驻美国大使谢锋。王毅外长表示要做好工作。"))


def test_division_written_after_a_place_abroad_is_that_countrys():
    """越南高平省广和县与中国广西龙州县…暨广和县驮隆镇与龙州县水口镇; 蒙古国东方省, 韩国忠清北道忠州市
    (friendship-city news): a name and a division's word right after a place abroad is a place of
    that country, the next one after it too, and so is the name written again alone — never a
    Chinese division (广和县, 驮隆镇, 东方省 and 忠州市 were no places at all)."""
    doc = extract_text("越南高平省广和县与中国广西龙州县缔结友好县10周年庆祝活动暨广和县驮隆镇与龙州县水口镇缔结友好镇"
                       "协议签字仪式12月7日举行。\n驮隆镇与水口镇代表签署缔结友好镇协议。")
    parts = relation_pairs(doc, "partOf")
    assert {("广和县", "越南"), ("驮隆镇", "越南"), ("水口镇", "龙州县")} <= parts, parts
    doc = extract_text("大会上，内蒙古自治区兴安盟与蒙古国东方省、黑龙江省大庆市与韩国忠清北道忠州市签署建立友好城市关系协议书。")
    parts = relation_pairs(doc, "partOf")
    assert {("东方省", "蒙古国"), ("忠州市", "韩国")} <= parts, parts
    doc = extract_text("法国驻广州总领事福希玮表示，越南北部城市发展快，越南各省市代表出席。")
    assert body_names(doc, "Place") == {"法国", "广州市", "越南"}, body_names(doc, "Place")


def test_last_part_of_a_dotted_foreign_name_is_that_person():
    """所罗门群岛总理梅纳西·索加瓦雷…习近平主席会见索加瓦雷总理 (a joint statement): the last part of a
    name written in full earlier is the same person (was nobody); 若泽·拉莫斯·奥尔塔…奥尔塔总统 is one
    person, not two."""
    doc = extract_text("应中华人民共和国国务院总理李强邀请，所罗门群岛总理梅纳西·索加瓦雷于2023年7月9日至15日"
                       "对中华人民共和国进行正式访问。\n访问期间，习近平主席会见索加瓦雷总理，李强总理同索加瓦雷总理举行会谈。")
    people = {e.name: [m.surface for m in e.mentions] for e in doc.entities.values() if e.type == "Person"}
    assert "索加瓦雷" not in people and people["梅纳西·索加瓦雷"].count("索加瓦雷") == 2, people
    doc = extract_text("应中华人民共和国主席习近平邀请，东帝汶民主共和国总统若泽·拉莫斯·奥尔塔于2024年7月28日至31日"
                       "对中国进行国事访问。\n访问期间，习近平主席同奥尔塔总统举行会谈。")
    assert "奥尔塔" not in body_names(doc, "Person") and "若泽·拉莫斯·奥尔塔" in body_names(doc, "Person")


def test_office_division_named_by_regions_is_no_place():
    """陶平生主任会见菲律宾驻重庆总领事玛友…亚非处同志参加会见 (a provincial 外办's news): the 外办's
    division named by the regions it covers (亚非处, 欧美处) names no continent (was 亚洲 and 非洲);
    the same short forms before other words still do (亚非国家, 中美处于…)."""
    doc = extract_text("4月23日，省外事办党组书记、主任陶平生在贵阳会见即将离任的菲律宾驻重庆总领事玛友。\n"
                       "亚非处同志参加会见。欧美处、亚非处负责同志参加。")
    assert not {"亚洲", "非洲", "欧洲", "美国"} & body_names(doc, "Place"), body_names(doc, "Place")
    doc = extract_text("亚非国家代表出席。中美处于关键时期。")
    assert {"亚洲", "非洲", "中国", "美国"} <= body_names(doc, "Place"), body_names(doc, "Place")


def test_na_ends_the_last_part_of_a_dotted_lao_name():
    """会见了…老挝代表团团长开玛尼·奔舍那一行…副省长陈舜与老挝计划投资部副部长康连·奔舍那举行了会谈
    (云南—老挝北部合作工作组): 那 right before where a name ends is the last syllable of the part after ·
    (was 开玛尼·奔舍, 康连·奔舍); 那 opening a word (那天) still ends the name."""
    doc = extract_text("云南省省长阮成发出席会议，并会见了老挝工贸部部长、老挝代表团团长开玛尼·奔舍那一行。"
                       "会议期间，云南省副省长陈舜与老挝计划投资部副部长康连·奔舍那举行了会谈。")
    people = body_names(doc, "Person")
    assert {"开玛尼·奔舍那", "康连·奔舍那"} <= people and "开玛尼·奔舍" not in people, people
    assert "穆罕默德·阿里" in body_names(extract_text("外交部长穆罕默德·阿里那天表示。"), "Person")


def test_body_of_a_division_abroad_keeps_its_division_word():
    """高平省人民委员会副主席郑长辉强调 (VOV), 越南广宁省人民委员会主席…: the body of a province abroad
    is named as written, 高平省人民委员会 (was 高平人民委员会, the world table's bare 高平 before the organ)."""
    posts = post_pairs(extract_text("高平省人民委员会副主席郑长辉强调，两县合作潜力较大。越南广宁省人民委员会主席范文成出席。"))
    assert {("郑长辉", "高平省人民委员会"), ("范文成", "广宁省人民委员会")} <= posts, posts
