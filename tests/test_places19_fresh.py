"""County, city and foreign-affairs news (places19): whose story it is when a lead names a place abroad.

A city paper's report of its leaders meeting a delegation from abroad (市人大常委会主任会见了由日本
新潟市议会议长率领的代表团 … 来我市参加…) and a provincial paper's report of a friendship anniversary
with a state abroad (省长与澳大利亚塔斯马尼亚州州长互致问候 … 这是我省建立的第一对国际友城) were
placed in the foreign country, because the lead names the city abroad before any Chinese division:
a story that speaks as 我市/我省 is the host's.  A ministry spokesperson's announcement (外交部发言人
宣布：应南非总统邀请…出席在南非约翰内斯堡举行的会晤) is a briefing given in China, not South Africa's
story.  Taiwan's cities written with 市 (台中市, 高雄市) were read as places without a code or country."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _place(text: str):
    return _PIPE(text_doc(text)).articles[0].place


def test_a_city_meeting_guests_from_abroad_is_the_host_city():
    """会见了由日本新潟市…率领的代表团 … 来我市: the guests' city abroad opens the lead, but the paper
    speaks as 我市 and names its city: the story is 青岛's (it was 日本)."""
    text = ("市人大常委会主任会见外宾\n昨晚，市人大常委会主任张某会见了由日本新潟市议会议长率领的代表团一行。"
            "他说，青岛与新潟都是港湾城市。新潟市的企业代表曾来我市参加展览会。")
    assert _place(text) == "place-370200"


def test_a_province_with_its_partner_state_abroad_is_the_province():
    """省长与澳大利亚塔斯马尼亚州州长…, 这是我省建立的第一对国际友城: the province's story (it was
    澳大利亚)."""
    text = ("两省州庆祝结好四十周年\n3月31日，省长王某与澳大利亚塔斯马尼亚州州长通过视频互致问候。"
            "1981年，福建省与塔斯马尼亚州签署友好省州关系议定书，这是我省建立的第一对国际友城。")
    assert _place(text) == "place-350000"


def test_a_story_abroad_without_first_person_stays_abroad():
    """No 我市/我省: a consulate's story abroad keeps its country, and so does a provincial delegation
    visiting a state abroad reported without speaking as the province (the rule needs 我省)."""
    text = ("总领馆举办招待会\n4月21日，驻珀斯总领馆举办招待会，西澳州官员出席。双方介绍了中澳合作情况。")
    assert _place(text) == "place-iso-AU"


def test_a_spokespersons_announcement_is_not_the_foreign_countrys():
    """外交部发言人宣布：应南非总统邀请…出席在南非约翰内斯堡举行的会晤: a briefing in China; with
    中国 named it is China's, without it no place (it was 南非)."""
    text = "外交部发言人宣布\n外交部发言人华某宣布：应南非总统邀请，国家主席将出席在南非约翰内斯堡举行的会晤。"
    assert _place(text) is None
    assert _place(text + "中国同南非是全面战略伙伴。") == "place-iso-CN"


def test_a_minister_abroad_keeps_the_foreign_country():
    """Only a spokesperson's briefing: 外交部长在约翰内斯堡会见… is a visit abroad and keeps 南非."""
    text = "外交部长会见南非外长\n外交部长王某在南非约翰内斯堡会见南非外长，双方就双边关系交换意见。"
    assert _place(text) == "place-iso-ZA"


def _mentions(text: str):
    doc = _PIPE(text_doc("标题\n" + text))
    return {m.surface: m.attrs for m in doc.mentions if m.label == "Place"}


def test_taiwan_cities_written_with_shi_are_taiwans():
    """台中市、高雄市多位民意代表来大陆参访: the segmenter reads 台中市 as one word, so the table's 台中
    never matched and 台中市 became a place without a code or country; written with 市 they are the
    same cities of Taiwan as 台中, 高雄."""
    got = _mentions("台中市、高雄市多位基层民意代表来大陆参访。")
    assert got["台中市"].get("country") == "TW" and got["高雄市"].get("country") == "TW"
    assert got["台中市"]["code"] == _mentions("台湾台中举办灯会。")["台中"]["code"]


def test_a_taiwan_citys_mayor_keeps_the_post_word():
    """台北市长, 高雄市民: 市 opens a word of its own (市长, 市民), so the city stays 台北 (the post stage
    reads 市长 after it, as for 斯特拉斯堡市长)."""
    assert "台北" in _mentions("台北市长柯某表示。")
    assert "高雄" in _mentions("高雄市民踊跃参加。")


def test_tazhou_is_tasmania():
    """塔州, the customary short form of 塔斯马尼亚州 in Fujian's texts (闽塔友好), was no place."""
    assert _mentions("塔州先后有7任州长访问福建。")["塔州"].get("country") == "AU"
    assert "塔州" not in _mentions("宝塔州际公路通车。")


def test_a_title_naming_only_a_place_abroad_is_not_the_guests_division():
    """塔州举办春节庆祝活动 … 福建省友好代表团应邀参加: the title names only a state abroad, so the story
    is not 福建省's (named in the body as the guest): its country's where the text names it, else no
    place; a city of Taiwan's title gives 台湾."""
    body = "2月10日，{}塔州州长在霍巴特出席春节庆祝活动，福建省友好代表团应邀参加。"
    assert _place("塔州举办春节庆祝活动\n" + body.format("")) is None
    assert _place("塔州举办春节庆祝活动\n" + body.format("澳大利亚")) == "place-iso-AU"
    assert _place("高雄举办两岸交流活动\n日前，台湾高雄市举办交流活动，厦门市代表团参加。") == "place-710000"


def test_a_title_abroad_with_first_person_stays_the_hosts():
    """市长率团访问塔州 … 我市与霍巴特市签署协议: a paper speaking as 我市 keeps its city."""
    assert _place("市长率团访问塔州\n日前，市长率团访问塔州，我市与霍巴特市签署合作协议。福州市与塔州合作深化。") == "place-350100"


def test_a_news_source_naming_the_host_is_not_a_visitor():
    """秀山网讯 11月13日，合川区区长…一行来我县: the place of the news source opening the lead is the
    host's paper; it was read as a visitor's place with 合川区, and the story went to 合川区."""
    text = ("秀山网讯 11月13日上午，合川区委副书记、区长徐某一行来我县，开展对口帮扶协作工作。"
            "县长向某参加。\n向某说，秀山取得的成绩离不开合川的大力支持。会上，梅江镇与合川区太和镇签订了帮扶协议。")
    doc = text_doc(text)
    for section in doc.articles[0].sections:
        section.kind = "body"  # (a page with no title: the source line opens the lead)
    assert _PIPE(doc).articles[0].place == "place-500241"


def test_a_visit_to_a_district_written_after_its_city_goes_to_the_district():
    """新龙县党政考察团赴台州市黄岩区考察: the verb stands before 台州市, but the visit goes to the run
    台州市黄岩区 down to its district (it was 台州市)."""
    assert _place("新龙县党政考察团赴台州市黄岩区考察\n双方召开黄岩区—新龙县对口支援联席会议。") == "place-331003"
    assert _place("新龙县党政考察团赴台州市考察\n双方召开对口支援联席会议。") == "place-331000"


def test_where_villagers_go_out_to_work_is_not_the_townships_story():
    """仁和镇秋冬生产掀热潮 … 刚从广东务工回家的村民 … 该镇已修水渠2000余米: the township has no code,
    and the only division named was where a villager had worked, so the story (and the township's
    figures) went to 广东省.  Named only so, it is like an origin; a province named on its own stays."""
    text = "仁和镇秋冬生产掀热潮\n连日来，仁和镇掀起秋冬生产热潮。刚从广东务工回家的村民黄某也投入到劳动中。该镇已修水渠2000余米。"
    assert _place(text) != "place-440000"
    assert _place(text.replace("该镇已修", "广东省农业农村厅介绍，该镇已修")) == "place-440000"


def test_a_meetings_venue_is_not_a_city_papers_story():
    """河南省产业集聚区建设工作会议在郑州召开 … 新乡市委书记…在郑州主会场参加会议: a city paper's report
    of a provincial meeting went to the venue 郑州, and 市委常委、常务副市长 became Zhengzhou's; the
    venue between 在 and 召开 is only where the meeting is held."""
    text = ("4月3日下午，河南省产业集聚区建设工作会议在郑州召开。省长谢某讲话。\n"
            "新乡市委书记舒某，新乡市代市长王某，市委常委、常务副市长周某在郑州主会场参加会议。"
            "市领导在新乡分会场收听收看。新乡市原阳县产业集聚区排名第一。")
    doc = text_doc(text)
    for section in doc.articles[0].sections:
        section.kind = "body"
    assert _PIPE(doc).articles[0].place != "place-410100"
    assert _place("郑州市召开工作会议\n4月3日，郑州市工作会议在市会议中心召开。") == "place-410100"


def test_a_list_of_counties_written_with_their_cities_is_the_provinces():
    """省委书记到漯河市舞阳县、许昌市襄城县调研: 漯河市 and 襄城县 touch no 、 themselves, but each is
    written against a listed place (漯河市|舞阳县、许昌市|襄城县): the item is the run, so the story
    is the province's, not the list's last county's (it was 襄城县)."""
    text = "7月14日，省委书记王某到漯河市舞阳县、许昌市襄城县，走进食用菌大棚、制造业车间，调研县域经济发展工作。"
    doc = text_doc(text)
    for section in doc.articles[0].sections:
        section.kind = "body"
    assert _PIPE(doc).articles[0].place == "place-410000"
    assert _place("县委书记调研\n7月14日，县委书记王某到许昌市襄城县调研县域经济。") == "place-411025"
