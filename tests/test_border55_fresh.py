"""Round 55 (border55): county and prefecture news of border and ethnic regions from fresh texts of
/tmp/s26/fresh/border55: no village 担任村 read from a cadre's post (担任村第一书记), the head of a
Corps division written after its division (第八师师长葛志辉), a bare 县公安局 in a sentence about the
neighbouring county the story visits (德昌县, not the story's 布拖县), and the traffic of a border's
ports with a neighbour kept in its indicator (对俄口岸进出境货运量), a post written in quotes
before its holder (现村“第一书记”邵东山), a 苏木's bare organs (苏木党委), no place in 祖国南疆 or in a
slogan (产业兴县), a count of counties after their names (安图2县) the prefecture's, no programme in a
press meeting (记者见面会), Amdo names with 毛 (拉毛加) and a prefecture story's one county (县政协)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _indicators(doc) -> set[str]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator for m in ms}


def test_no_village_read_from_the_post_taken_there():
    """mmxj.org.cn (民盟新疆区委会, 莎车县): 民盟新疆区委会选派干部赴莎车县担任村第一书记 — the cadre takes
    a village's first secretary's post (base: a village 担任村 of 莎车县)."""
    doc = extract_text("民盟新疆区委会选派干部赴莎车县担任村第一书记\n"
                       "2022年8月8日,民盟新疆区委会选派参政议政部负责人曾维杰同志深入喀什地区莎车县恰尔巴格乡"
                       "米苇果勒村担任村第一书记。")
    places = _names(doc, "Place")
    assert "担任村" not in places, places
    assert "米苇果勒村" in places


def test_the_head_of_a_corps_division_after_its_division():
    """btdsss.gov.cn (第十四师昆玉市): 第八师石河子市党委副书记、第八师师长葛志辉 — the division's head
    (base: no person 葛志辉; the bare 师长 stays a word of respect)."""
    doc = extract_text("师市党政代表团赴第八师石河子市学习考察\n"
                       "第八师石河子市党委副书记、第八师师长葛志辉;石河子大学党委书记徐善东等分别与师市党政代表团一行座谈。")
    assert "葛志辉" in _names(doc, "Person")
    respect = extract_text("学校召开会议\n学生们要尊敬师长，团结同学。")
    assert not _names(respect, "Person")


def test_a_bare_county_bureau_in_the_sentence_of_the_visited_county():
    """yybnet.net (凉山 龙伟调研): a story set in 布拖县 that visits 德昌县 next — 8日,龙伟走访调研了德昌县
    志能稀土、…、县公安局等地 is 德昌县公安局 (base: 布拖县公安局, the story's county)."""
    doc = extract_text("龙伟深入布拖德昌两县调研\n"
                       "7日,龙伟一行到布拖县拉达乡易地移民搬迁示范点、乐安乡瓦沟村等地着重调研了布拖县脱贫攻坚工作。"
                       "在布拖县拉达乡,龙伟详细查看了项目施工开展情况。\n"
                       "8日,龙伟走访调研了德昌县志能稀土、民族中学、核桃产业科技园区、元坤果业、县公安局等地,"
                       "详细了解了德昌县经济运行情况。")
    agencies = _names(doc, "Agency")
    assert "德昌县公安局" in agencies and "布拖县公安局" not in agencies, agencies
    assert ("德昌县公安局", "德昌县") in relation_pairs(doc, "locatedIn")
    own = extract_text("布拖县召开会议\n布拖县召开禁毒工作会议。布拖县与德昌县交界地区,县公安局加强巡查。")
    assert "布拖县公安局" in _names(own, "Agency")  # the story's own county named there: its bureau


def test_border_port_traffic_with_a_neighbour_keeps_the_neighbour():
    """caop.org.cn (内蒙古口岸办通报): 其中:对俄口岸进出境货运量为2007.1万吨 — the traffic of the ports
    facing Russia (base: indicator 口岸进出境货运量, the whole region's, and 蒙口岸进出境货运量)."""
    doc = extract_text("2013年1-8月全区口岸运量情况通报\n"
                       "内蒙古自治区2013年1-8月全区口岸进出境货运量为3872.3万吨,同比下降3.5%。"
                       "其中:对俄口岸进出境货运量为2007.1万吨,同比增长5.5%。对蒙口岸进出境货运量为1865.2万吨,同比下降11.7%。")
    inds = _indicators(doc)
    assert "对俄口岸进出境货运量" in inds and "对蒙口岸进出境货运量" in inds, inds


def test_a_post_in_quotes_before_its_holder():
    """fx361.cc (新疆克州): 原克州社科联主席、现村“第一书记”邵东山正在带领村干部 — the village's first
    secretary written in quotes right before his name (base: no person 邵东山)."""
    doc = extract_text("新疆克州:县处级“第一书记”驻村纪实\n"
                       "周一清晨,克州阿图什市阿湖乡托万克买里村委会大院里,原克州社科联主席、现村“第一书记”邵东山"
                       "正在带领村干部举行升国旗仪式。")
    assert "邵东山" in _names(doc, "Person")


def test_a_sumu_s_bare_organs_are_the_story_s_sumu():
    """zzswgk.cn (科左中旗 敖包苏木): 苏木政府副苏木达包爱华 … 由苏木党委副书记王亮主持 — the bare 苏木政府 and
    苏木党委 of a story set in 敖包苏木 are that sumu's (base: a body 苏木政府 of no place, no post for
    王亮); in a story set in a 镇 a 苏木党委 is none of the 镇's."""
    doc = extract_text("敖包苏木重点工作动态\n"
                       "8月19日,旗政府副旗长齐广利一行到敖包苏木,实地调研推进自然资源管理工作。"
                       "敖包苏木政府副苏木达包杨陪同。\n"
                       "8月19日,苏木政府副苏木达包爱华陪同。\n"
                       "8月19日,敖包苏木综治中心组织派出所召开联席会议,由苏木党委副书记王亮主持。")
    held = relation_pairs(doc, "holdsPost")
    assert ("包爱华", "敖包苏木人民政府") in held and ("王亮", "敖包苏木党委") in held, held
    town = extract_text("巴彦托海镇开展工作\n"
                        "8月19日,旗政府副旗长王明一行到巴彦托海镇调研。镇党委书记李强陪同。苏木党委书记张华参加。")
    assert ("张华", "巴彦托海镇党委") not in relation_pairs(town, "holdsPost")


def test_the_homeland_s_southern_frontier_is_no_place():
    """xcgbb.com (乡村干部报, 广西): 地处祖国南疆的广西壮族自治区,陆地边境线超过1000公里 — 祖国南疆 is the
    country's southern frontier, and the border's length is Guangxi's (base: a place 南疆, the figure's
    subject); Xinjiang's 南疆 written alone stays a place."""
    doc = extract_text("广西:红旗耀边关 堡垒筑前沿\n"
                       "八桂大地,千里边陲。地处祖国南疆的广西壮族自治区,陆地边境线超过1000公里。")
    assert "南疆" not in _names(doc, "Place")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    subjects = {doc.entities[m.subject].name for m in ms if m.indicator == "陆地边境线" and m.subject in doc.entities}
    assert subjects == {"广西壮族自治区"}, subjects
    xj = extract_text("民盟新疆区委会选派干部\n向南疆农村基层、急难险重岗位选派第一书记是一项具体举措。")
    assert "南疆" in _names(xj, "Place")


def test_a_count_of_counties_after_their_names_is_the_prefecture_s():
    """bjnews.com.cn (延边州): 下辖延吉、图们、敦化、珲春、龙井、和龙6市和汪清、安图2县 — the two counties are
    延边's count, 汪清 and 安图 listed together (base: subject 安图县, the list's last county, as if the
    figure were its own)."""
    doc = extract_text("胡家福任延边州委书记\n"
                       "延边朝鲜族自治州位于吉林省东部。自治州成立于1952年9月3日,下辖延吉、图们、敦化、珲春、龙井、"
                       "和龙6市和汪清、安图2县,首府为延吉市。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    subjects = {doc.entities[m.subject].name for m in ms if m.value == 2 and m.subject in doc.entities}
    assert "安图县" not in subjects, subjects


def test_a_meeting_with_the_press_is_no_programme():
    """甘南日报: 中央媒体采访团来我州开展采访活动,并举行记者见面会 — a meeting of that kind, none named
    (base: a programme 记者见面会 run by 中宣部 and implemented in 甘南)."""
    doc = extract_text("中央媒体采访团来我州采访 俞成辉出席记者见面会\n"
                       "6月18日,由中宣部牵头,人民日报社、新华社、中央电视台等多家中央媒体记者组成的采访团来我州"
                       "开展采访活动,并举行记者见面会。州委书记俞成辉出席见面会。")
    assert "记者见面会" not in _names(doc, "Programme")


def test_a_county_s_slogan_names_no_county_of_shanxi():
    """西藏日报 (安多县): 按照“依法治县、产业兴县、生态立县、党建促县”的县域发展思路 — 产业兴县 is a slogan
    (industry makes the county thrive), no 兴县 of 吕梁市 (base: a place 兴县 141123 in a story of
    Tibet); 兴县 stays the county where its city is named."""
    doc = extract_text("西藏自治区人大代表扎西平措:把民生作为确保长治久安的前提和基础\n"
                       "2018年,安多县将按照“依法治县、产业兴县、生态立县、党建促县”的县域发展思路推进工作。")
    assert "兴县" not in _names(doc, "Place")
    shanxi = extract_text("吕梁市兴县召开会议\n吕梁市兴县坚持产业兴县。兴县县委召开会议。")
    assert "兴县" in _names(shanxi, "Place")


def test_an_amdo_name_with_mao_after_a_post():
    """luqu.gov.cn (碌曲县 尕秀村): 州人大代表、尕秀村党支部书记拉毛加就尕秀村开展“清洁乡村”工作…作了汇报 — 拉毛加,
    a Tibetan name of Gansu written with 毛 (base: no person, 毛 no syllable of Tibetan names)."""
    doc = extract_text("州政协视察组到尕秀村视察\n"
                       "随后召开的座谈会上,州人大代表、尕秀村党支部书记拉毛加就尕秀村开展“清洁乡村”工作采取的主要做法"
                       "进行了详细汇报。")
    assert "拉毛加" in _names(doc, "Person")


def test_a_bare_county_organ_in_a_prefecture_story_of_one_county():
    """luqu.gov.cn (甘南州政协视察 碌曲县): 县政协主席尕藏南杰、县政府副县长才让东智…陪同视察 in a story set in
    甘南州 that names one county of it, 碌曲县 (and its 尕海镇), are 碌曲县's (base: a 县政协 of no place)."""
    doc = extract_text("州政协视察组到尕秀村视察\n"
                       "6月21日,州政协副主席召玛杰带领州交通局、州农牧局负责人组成的视察组到尕秀村视察,"
                       "县政协主席尕藏南杰、县政府副县长才让东智、县政协副主席马福莲等人陪同视察。\n"
                       "召玛杰高度肯定了尕海镇清洁乡村建设工作。并强调,尕秀村的打造是甘南生态文明小康村建设的一座丰碑,"
                       "体现了碌曲县、乡、村三级干部群众的勤劳与智慧。")
    held = relation_pairs(doc, "holdsPost")
    assert ("尕藏南杰", "碌曲县政协") in held and ("马福莲", "碌曲县政协") in held, held
