"""Posts of a resume or an obituary (张三，男，…，现任…; 吕某同志，1933年…。曾任A，B，C等职) and posts
written with 原 between the body and the post (德阳市委原书记)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def posts(text: str) -> dict[tuple[str, str], set]:
    doc = _PIPE(text_doc(text))
    name = {k: e.name for k, e in doc.entities.items()}
    out: dict[tuple[str, str], set] = {}
    for r in doc.relations:
        if r.predicate == "holdsPost":
            out.setdefault((name[r.subject], name[r.object]), set()).update(
                (p.get("post"), p.get("status")) for p in r.posts)
    return out


def test_a_former_post_written_with_yuan_is_held_in_the_body_before_it():
    got = posts("德阳严如高同志遗体送别活动举行\n德阳市政府原市长、德阳市委原书记、德阳市人大常委会原主任严如高同志"
                "因病医治无效，不幸逝世。市人大常委会主任陈彬主持。")
    assert ("书记", "former") in got[("严如高", "德阳市委")]
    assert ("主任", "former") in got[("严如高", "德阳市人大常委会")]
    assert ("主任", None) in got[("陈彬", "德阳市人大常委会")]


def test_the_yuan_of_a_place_name_is_no_status():
    got = posts("太原市召开会议\n太原市长李晓波出席会议。")
    assert ("李晓波", "太原市") in got
    assert not any(k[1] == "太" for k in got)


def test_an_obituarys_career_list_closed_by_dengzhi_gives_every_post():
    got = posts("吕某某同志逝世\n金华市政协原副主席吕世棠同志，因病医治无效，于2025年7月30日逝世，享年93岁。\n"
                "吕世棠同志，1933年5月出生于浙江永康，1950年6月参加工作。曾任永康县西芦乡文书，"
                "磐安县委副书记，磐安县委书记，金华市政协副主席等职。")
    assert ("副书记", "former") in got[("吕世棠", "磐安县委")]
    assert ("书记", "former") in got[("吕世棠", "磐安县委")]
    assert ("副主席", "former") in got[("吕世棠", "金华市政协")]


def test_a_resume_after_a_name_and_its_sex_gives_the_current_post():
    got = posts("拟任职人选公示\n王建华，男，汉族，1975年3月生，湖南长沙人，大学学历，现任长沙市岳麓区财政局局长。")
    assert any(p == "王建华" and b.endswith("岳麓区财政局") for p, b in got)


def test_a_name_with_no_resume_after_it_gets_no_post_from_a_later_clause():
    got = posts("长沙市召开会议\n会上，王建华表示，要抓好落实，任务艰巨，任重道远。")
    assert not any(k[0] == "王建华" for k in got)


def test_a_post_after_a_body_no_finder_knows_is_not_held_in_the_chains_first_body():
    got = posts("廊坊市召开会议\n市委常委、廊坊军分区司令员焦加根出席会议。")
    assert ("常委", None) in got[("焦加根", "廊坊市委")]
    assert ("司令员", None) not in got[("焦加根", "廊坊市委")]


def test_a_second_party_department_in_a_chain_belongs_to_the_committee():
    got = posts("吴中区举办活动\n10月23日上午，吴中区委书记唐晓东，区委常委、宣传部长、统战部长顾建列出席了活动。")
    assert ("顾建列", "吴中区委统战部") in got
    assert ("顾建列", "吴中区统战部") not in got


def test_the_chair_of_a_democratic_partys_committee_holds_it_in_that_party_not_the_cppcc():
    got = posts("沧州市召开座谈会\n市政协副主席、民革市委主委侯四清等24名代表先后发言。")
    assert ("副主席", None) in got[("侯四清", "沧州市政协")]
    assert not any(b.startswith("沧州市政协民革") for _, b in got)
    assert any(p == "侯四清" and "民革" in b for p, b in got)


def test_a_foreign_head_named_after_country_and_post_holds_it_in_the_country():
    got = posts("南非总统会见王毅\n南非总统拉马福萨在比勒陀利亚会见中国国务委员兼外长王毅。俄罗斯总统普京表示，俄方支持该倡议。"
                "美国总统会见了代表团。南非总统府发表声明。11月14日，国家主席习近平在巴厘岛同美国总统拜登举行会晤。")
    assert ("拉马福萨", "南非") in got
    assert ("普京", "俄罗斯") in got
    assert ("拜登", "美国") in got  # a verb of running text ends the name (拜登|举行)
    assert not any(b in ("美国", "南非") and p not in ("拉马福萨", "拜登") for p, b in got)


def test_names_opening_a_clause_after_an_election_take_its_verb():
    got = posts("万载县委全会召开\n中共万载县第十五届委员会第一次全体会议举行。选举郭海为县委书记，陈雪、周平为县委副书记。")
    assert ("书记", "elected") in got[("郭海", "万载县委")]
    assert ("副书记", "elected") in got[("陈雪", "万载县委")]
    assert ("副书记", "elected") in got[("周平", "万载县委")]


def test_a_clause_after_a_post_named_with_ren_takes_no_verb_from_it():
    got = posts("万载县召开会议\n县委办主任张强主持会议，李明为大家作辅导报告。")
    assert not any(p == "李明" for p, _ in got)


def test_jueding_names_an_acting_head():
    got = posts("万载县人大常委会举行会议\n会议决定任命孙亮为县人民政府副县长，并决定孙亮为县人民政府代理县长。")
    assert {("副县长", "appointed"), ("代理县长", "appointed")} <= got[("孙亮", "万载县")]


def test_province_scoped_posts_in_a_story_set_in_beijing_are_the_named_provinces():
    got = posts("湖北专场新闻发布会在京举行\n湖北日报讯 6月19日上午，国务院新闻办公室在北京举行湖北专场新闻发布会。"
                "省委书记、省人大常委会主任蒋超良作新闻发布，省委副书记、省长王晓东回答有关提问。")
    assert ("蒋超良", "湖北省委") in got
    assert ("王晓东", "湖北省") in got
    assert not any(b.startswith("北京") for _, b in got)


def test_a_heads_post_after_a_city_committee_heads_that_city_in_a_provincial_story():
    got = posts("湖北省政府新闻办举行发布会\n3月29日下午，湖北省政府新闻办举行系列新闻发布会。"
                "黄冈市委常委、常务副市长刘忠诚参加新闻发布会。")
    assert ("常务副市长", None) in got[("刘忠诚", "黄冈市")]


def test_a_publicity_notice_gives_the_current_and_the_proposed_post():
    got = posts("万载县拟任职干部任前公示\n根据干部选拔任用有关规定，现将拟任职人选予以公示：\n"
                "张伟，男，1975年5月生，汉族，江西丰城人，大学学历，现任万载县农业农村局副局长，拟任万载县农业农村局局长。")
    assert {("副局长", None), ("局长", "nominated")} <= got[("张伟", "万载县农业农村局")]


def test_guazhi_gives_a_post_like_ren():
    got = posts("万载县召开会议\n会上，王磊挂任县发改委副主任。")
    assert ("副主任", "appointed") in got[("王磊", "万载县发展和改革委员会")]


def test_posts_joined_by_jian_before_a_name_are_all_held():
    got = posts("万载县召开全县安全生产工作会议\n3月5日，万载县召开全县安全生产工作会议。"
                "县委常委、副县长兼县公安局局长张强出席会议并讲话。副县长兼县应急管理局局长刘明主持会议。")
    assert ("副县长", None) in got[("张强", "万载县")]
    assert ("局长", None) in got[("张强", "万载县公安局")]
    assert ("常委", None) in got[("张强", "万载县委")]
    assert ("副县长", None) in got[("刘明", "万载县")]
    assert ("局长", None) in got[("刘明", "万载县应急管理局")]


def test_items_of_a_list_after_a_verb_and_a_colon_take_the_verb():
    got = posts("闽清县人大常委会会议闭幕\n会议经表决，决定任命：\n陈刚为县发展和改革局局长；\n林敏为县教育局局长。\n"
                "决定免去：\n郑强的县发展和改革局局长职务。")
    assert ("局长", "appointed") in got[("陈刚", "闽清县发展和改革局")]
    assert ("局长", "appointed") in got[("林敏", "闽清县教育局")]
    assert ("局长", "removed") in got[("郑强", "闽清县发展和改革局")]


def test_a_colon_after_no_appointment_verb_carries_none():
    got = posts("闽清县召开会议\n会议指出：\n林敏为大家作了辅导报告。")
    assert not any(p == "林敏" for p, _ in got)


def test_a_career_list_after_liren_runs_to_the_semicolon_without_dengzhi():
    got = posts("湖北省人民政府任免一批干部\n王建国，男，汉族，1968年9月生，湖北黄冈人，研究生学历。"
                "历任黄冈市财政局副局长，黄冈市团风县委书记；现任湖北省财政厅副厅长。")
    assert ("副局长", "former") in got[("王建国", "黄冈市财政局")]
    assert ("书记", "former") in got[("王建国", "团风县委")]
    assert ("副厅长", None) in got[("王建国", "湖北省财政厅")]


def test_a_clause_of_posts_before_a_comma_is_the_next_names():
    got = posts("万载县召开会议\n3月5日，万载县召开会议。县委常委、副县长，县委政法委书记赵刚介绍情况。")
    assert ("常委", None) in got[("赵刚", "万载县委")]
    assert ("副县长", None) in got[("赵刚", "万载县")]


def test_a_clause_with_a_subject_before_its_post_is_not_the_next_names():
    got = posts("万载县召开会议\n3月5日，王五担任县委书记，县长张三表示，要抓好落实。县长刘强，副县长李四出席。")
    assert ("张三", "万载县委") not in got
    assert ("李四", "万载县") in got and ("县长", None) not in got[("李四", "万载县")]
