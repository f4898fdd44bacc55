"""People and posts in the shapes of fresh appointment lists of people's congresses, county and
league news of Inner Mongolia, Tibet and Xinjiang, and foreign-affairs notices (posts15)."""
from conftest import extract_text, held_posts


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_appointee_to_a_working_committee_of_the_standing_committee():
    """任命A为省人大常委会财政经济工作委员会副主任: 常委 inside 常委会 is no post; the post is
    副主任 of the working committee, not 常委 of the congress."""
    got = held_posts(extract_text("安徽省人大常委会任免名单\n任命李强为省人大常委会财政经济工作委员会副主任，"
                                  "王刚为省人大常委会内务司法工作委员会主任。"))
    assert ("李强", "安徽省人大常委会财政经济工作委员会", "副主任", "appointed") in got
    assert ("王刚", "安徽省人大常委会内务司法工作委员会", "主任", "appointed") in got
    assert not any(post == "常委" for _, _, post, _ in got)


def test_appointee_to_the_general_office_of_the_standing_committee():
    got = held_posts(extract_text("任命赵明为河南省人大常委会办公厅主任。"))
    assert ("赵明", "河南省人大常委会办公厅", "主任", "appointed") in got


def test_office_after_a_post_of_its_organ_is_that_organs():
    """副秘书长、办公厅主任: the office of the body whose post comes first, not the province's."""
    got = held_posts(extract_text("决定免去孙林的河南省人大常委会副秘书长、办公厅主任职务。"))
    assert ("孙林", "河南省人大常委会办公厅", "主任", "removed") in got
    assert ("孙林", "河南省人大常委会", "副秘书长", "removed") in got


def test_committee_office_after_a_committee_post():
    got = held_posts(extract_text("邱县召开会议\n县委常委、办公室主任王刚出席。"))
    assert ("王刚", "邱县县委办公室", "主任", None) in got


def test_dotted_name_with_no_family_name_after_a_post():
    """自治区政府主席努尔·白克力, 工业部部长道·额尔登巴特: a name of ·-joined parts right after a
    post is a name whatever its first character."""
    doc = extract_text("新疆维吾尔自治区召开会议\n自治区党委书记王乐泉和自治区政府主席努尔·白克力等出席。")
    assert "努尔·白克力" in _persons(doc)
    assert ("努尔·白克力", "新疆维吾尔自治区人民政府", "主席", None) in held_posts(doc)
    doc = extract_text("博览会开幕\n蒙古国大呼拉尔委员、工业部部长道·额尔登巴特致辞。")
    assert "道·额尔登巴特" in _persons(doc)


def test_dot_in_an_event_name_is_no_person():
    doc = extract_text("新疆召开会议\n“7·5”事件后，以“同行草原·丝绸之路”为主题的活动举行。")
    assert not any("·" in name for name in _persons(doc))


def test_tibetan_names_after_a_post():
    """洛桑江村, 尼玛扎西: a Tibetan name opens with a given-name word, not a family name, and may
    hold what the gazetteer reads as places (洛桑, 江村); it runs to where a name ends."""
    doc = extract_text("西藏自治区会见外宾\n10日下午，自治区人大常委会主任洛桑江村在拉萨会见了外宾。"
                       "玉树州委副书记、州长尼玛扎西主持会议。")
    got = held_posts(doc)
    assert ("洛桑江村", "西藏自治区人大常委会", "主任", None) in got
    assert ("尼玛扎西", "玉树藏族自治州", "州长", None) in got


def test_tibetan_name_word_alone_in_running_text_is_no_person():
    doc = extract_text("西藏自治区新闻\n扎西德勒，格桑花开遍了高原。")
    assert not _persons(doc)


def test_post_only_family_names_of_the_north():
    """巨建华, 奇巴图: family names that are common characters too (巨大, 奇迹) read right after a post."""
    doc = extract_text("兴安盟召开会议\n盟委副书记、盟长奇巴图深入科右前旗调研，自治区人大常委会副主任巨建华参加。"
                       "这是一个巨大的奇迹。")
    assert {"奇巴图", "巨建华"} <= _persons(doc)
    assert ("奇巴图", "兴安盟", "盟长", None) in held_posts(doc)


def test_name_ends_before_a_speech_of_welcome():
    doc = extract_text("内蒙古自治区党委书记、人大常委会主任王君致欢迎辞。")
    assert "王君" in _persons(doc) and "王君致" not in _persons(doc)


def test_foreign_minister_joined_to_state_councillor():
    """中国国务委员兼外长秦刚: 外长 after 兼 is held in 外交部 as 国务委员 is in 国务院."""
    got = held_posts(extract_text("中国国务委员兼外长秦刚将出席会议。"))
    assert ("秦刚", "国务院", "国务委员", None) in got
    assert ("秦刚", "外交部", "外长", None) in got


def test_honour_before_a_post_is_no_post():
    """全国优秀县委书记、福贡县委书记李红文: the honour names no committee."""
    got = held_posts(extract_text("云南省委组织部公示\n全国优秀县委书记、怒江州福贡县委书记李红文拟任怒江州委常委。"))
    assert ("李红文", "福贡县委", "书记", None) in got
    assert not any("优秀" in body for _, body, _, _ in got)


def test_conjunction_after_a_name_opens_no_county():
    """县委书记张三和县委副书记、县长李四: 和 joins the second person; 县委 and 县长 are the article's
    county's, not 和县's (a county of Anhui the gazetteer reads there)."""
    got = held_posts(extract_text("泽州县召开会议\n县委书记张三和县委副书记、县长李四出席会议。"))
    assert ("李四", "泽州县委", "副书记", None) in got
    assert ("李四", "泽州县", "县长", None) in got
    assert not any(body.startswith("和县") for _, body, _, _ in got)


def test_candidate_between_post_and_name():
    """副旗长提名人选刘海涛: the name is the post's candidate (nominated); the posts before it in the
    chain are held, and the name is read (its posts no longer run on to the next name)."""
    got = held_posts(extract_text("科右前旗召开会议\n旗委常委、政府党组成员、副旗长提名人选刘海涛及旗政府副旗长李建民参加调研。"))
    assert ("刘海涛", "科尔沁右翼前旗", "副旗长", "nominated") in got
    assert ("刘海涛", "科尔沁右翼前旗委", "常委", None) in got
    assert not any(name == "李建民" and post == "常委" for name, _, post, _ in got)


def test_bare_head_of_government_takes_the_country_named_with_it():
    """日本首相… 时任首相安倍晋三: 首相 with no country is the one last named with 首相."""
    got = held_posts(extract_text("日本首相访问韩国\n日本首相岸田文雄表示将访问韩国。日本首相上次访问韩国是在2018年，"
                                  "时任首相安倍晋三出席了开幕式。"))
    assert ("安倍晋三", "日本", "首相", "former") in got


def test_bare_head_with_no_country_named_gives_none():
    got = held_posts(extract_text("会议召开\n总统尹锡悦表示欢迎。"))
    assert not any(name == "尹锡悦" for name, _, _, _ in got)


def test_place_word_of_the_dictionary_after_a_post_is_a_name():
    """镇长欧阳海, 镇人大主席常安: a name the dictionary knows as a place word, which no finder read
    as a place, is a name right after a post."""
    doc = extract_text("金山镇督导安全生产\n金山镇党委书记肖航涛，党委副书记、镇长欧阳海莅临龙泉村。会议由镇人大主席常安主持。")
    assert {"欧阳海", "常安"} <= _persons(doc)


def test_spokesman_answering_questions():
    doc = extract_text("外交部例行记者会\n8月13日外交部发言人林剑答记者问。")
    assert "林剑" in _persons(doc) and "林剑答" not in _persons(doc)


def test_head_of_state_after_a_foreign_country_or_its_party():
    """越南国家主席苏林, 越共中央总书记、国家主席苏林: 国家主席 is Vietnam's, not China's, though the
    text names China (来华)."""
    got = held_posts(extract_text("越共中央总书记、国家主席苏林将访华\n中国国家主席习近平欢迎越南国家主席苏林来华。"))
    assert ("苏林", "越南", "主席", None) in got
    assert ("习近平", "中国", "主席", None) in got
    assert not any(name == "苏林" and body == "中国" for name, body, _, _ in got)


def test_foreign_deputy_premier_and_foreign_minister():
    """老挝副总理兼外长沙伦赛: the name follows the last joined post; 外长 is held in Laos's 外交部."""
    got = held_posts(extract_text("外长访华\n老挝副总理兼外长沙伦赛将于4月2日访问中国。"))
    assert ("沙伦赛", "老挝", "副总理", None) in got
    assert ("沙伦赛", "老挝外交部", "外长", None) in got


def test_head_of_a_town_no_table_codes():
    """金山镇党委书记A，党委副书记、镇长B: 镇长 after the town's committee heads that town, though
    the division table gives it no code (many towns share the name)."""
    got = held_posts(extract_text("金山镇督导安全生产\n金山镇党委书记肖航涛，党委副书记、镇长欧阳海莅临龙泉村。"))
    assert ("欧阳海", "金山镇", "镇长", None) in got
