"""people39: election results and appointment notices of Qinghai, Tibet, Xinjiang and the Corps —
a list of names whose notes in brackets mark a minority or a woman (选举马福海(回族)、刘晓…为…), a
roster after a colon with such notes and a note on its order (委员:(按姓名笔画为序)⏎扎西措姆(女)、…),
a name with no family name closed by such a note (昂毛(女、蒙古族)), a name's parts joined by a
look-alike of the middle dot (吾提库尔•阿不都热合曼), a family name that is a country's short form
after a verb of appointment (任命韩军为…), the one succeeded (接替刘国中出任…), and the Corps'
regiments and companies (十师一八二团七连党支部)  (excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import body_names, extract_text, held_posts, post_pairs


def _people(doc) -> set[str]:
    return body_names(doc, "Person")


def test_election_list_with_ethnic_and_gender_notes():
    """青海新闻网: 选举马福海(回族)、刘晓、桑杰(藏族)、…、昂毛(女、蒙古族)为青海省人大常委会副主任 —
    the note after the first name put its 、 past the list's first look; 昂毛 has no family name
    of the table, the note says a person."""
    doc = extract_text(
        "以无记名投票和差额选举方式,选举马福海(回族)、刘晓、桑杰(藏族)、王小青、郭汝琢、刘春耀、昂毛(女、蒙古族)"
        "为青海省人大常委会副主任,蔡德贵为青海省第十一届人大常委会秘书长。")
    people = _people(doc)
    assert {"马福海", "刘晓", "桑杰", "王小青", "郭汝琢", "刘春耀", "昂毛"} <= people, people
    pairs = post_pairs(doc)
    assert {("马福海", "青海省人大常委会"), ("昂毛", "青海省人大常委会")} <= pairs, pairs


def test_appointment_list_with_a_note_after_the_first_name():
    """任命马福海（回族）、刘晓为…: the same with full-width brackets and 任命; 县城(女) is no name (a
    word of the dictionary, whatever note follows it)."""
    doc = extract_text("会议任命马福海（回族）、刘晓为青海省人民政府副省长。")
    assert {"马福海", "刘晓"} <= _people(doc), _people(doc)
    doc = extract_text("会议任命王刚、县城(女)为副县长。")
    assert "县城" not in _people(doc), _people(doc)


def test_roster_after_colons_with_notes_and_an_order_note():
    """西藏 人大常委会 补选: 副主任:张洪波(汉族); and 委员:(按姓名笔画为序) with the names on the next line,
    one of them after a scrape's space (、 吕涛)."""
    doc = extract_text(
        "补选西藏自治区第十二届人民代表大会常务委员会主任、副主任、委员。现将名单公告如下:\n"
        "主任:严金海;\n副主任:张洪波(汉族);\n委员:(按姓名笔画为序)\n扎西措姆(女)、白玛罗布、 吕涛(汉族)、宗嘎。")
    people = _people(doc)
    assert {"严金海", "张洪波", "扎西措姆", "白玛罗布", "吕涛", "宗嘎"} <= people, people


def test_roster_with_notes_gives_the_posts():
    """县人大常委会委员:王小青、郭汝琢(女)、刘春耀(回族): the body is written before the colon."""
    doc = extract_text("县人大常委会委员:王小青、郭汝琢(女)、刘春耀(回族)。")
    assert {("郭汝琢", "县人大常委会"), ("刘春耀", "县人大常委会")} <= post_pairs(doc), post_pairs(doc)


def test_name_dot_look_alikes():
    """吾提库尔•阿不都热合曼 (U+2022), 努尔・白克力 (U+30FB), 艾尔肯‧吐尼亚孜 (U+2027): one person each,
    with the post before the name."""
    doc = extract_text("自治区党委常委吾提库尔•阿不都热合曼出席会议。")
    assert ("吾提库尔·阿不都热合曼", "自治区党委") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("自治区主席努尔・白克力、副主席艾尔肯‧吐尼亚孜出席。")
    assert {"努尔·白克力", "艾尔肯·吐尼亚孜"} <= _people(doc), _people(doc)


def test_heading_number_with_full_stop_is_no_name_dot():
    """一．总则: the full-width full stop after a numeral numbers a heading, no name's dot."""
    from kg.stages.simplified import one_name_dot
    assert one_name_dot("一．总则") == "一．总则"
    assert one_name_dot("吾提库尔•阿不都") == "吾提库尔·阿不都"


def test_country_short_family_name_after_appointment_verb():
    """任命韩军为县人民政府副县长: 韩 opens the appointee's name, no 韩国 (the Korean army of 韩军 is
    read where no verb of appointment comes before: 韩军为维护半岛和平举行演习)."""
    doc = extract_text("会议决定任命韩军为县人民政府副县长。")
    assert ("韩军", "县人民政府") in post_pairs(doc), post_pairs(doc)
    assert "韩国" not in body_names(doc, "Place"), body_names(doc, "Place")
    army = extract_text("韩军为维护半岛和平举行演习。")
    assert "韩国" in body_names(army, "Place"), body_names(army, "Place")


def test_the_one_succeeded_held_the_post():
    """接替刘国中出任陕西省省长的郝会龙: the successor takes the post, the one succeeded held it."""
    doc = extract_text("接替刘国中出任陕西省省长的郝会龙,此前任省委副书记。")
    posts = held_posts(doc)
    assert ("刘国中", "陕西省", "省长", "former") in posts, posts
    assert ("郝会龙", "陕西省", "省长", "appointed") in posts, posts


def test_corps_regiment_and_company_organs():
    """兵团: 十师一八二团七连党支部书记 — the company's party branch; 第十师一八二团党委 — the regiment's."""
    doc = extract_text("新疆生产建设兵团十师一八二团七连党支部书记王建国主持会议。")
    assert ("王建国", "新疆生产建设兵团第十师一八二团七连党支部") in post_pairs(doc), post_pairs(doc)
    doc = extract_text("兵团第十师一八二团党委书记、政委李刚到七连调研。")
    assert ("李刚", "新疆生产建设兵团第十师一八二团党委") in post_pairs(doc), post_pairs(doc)


def test_elected_posts_then_de_hai_you_and_a_list_with_notes():
    """文汇网 西藏 (traditional): 當選為自治區黨委常委的還有楊金山、崔玉英(女,藏族)、洛桑江村(藏族)、金書波 —
    the posts the verb gave, closed by 的, 还有 and the names; a note closes a name of the list."""
    doc = extract_text(
        "中共西藏自治區第八屆委員會第一次全體會議此間在拉薩舉行,會議選舉陳全國為自治區黨委書記,向巴平措(藏族)、"
        "白瑪赤林(藏族)、郝鵬、吳英傑為自治區黨委副書記。當選為自治區黨委常委的還有楊金山、崔玉英(女,藏族)、"
        "洛桑江村(藏族)、金書波、尹德明、公保扎西(藏族)。")
    posts = held_posts(doc)
    for name in ("杨金山", "崔玉英", "洛桑江村", "金书波", "公保扎西"):
        assert (name, "西藏自治区党委", "常委", "elected") in posts, (name, posts)
    assert ("白玛赤林", "西藏自治区党委", "副书记", "elected") in posts, posts


def test_localizer_ends_a_name():
    """西藏: 坐在自治区人大常委会副主任刘柏呈和自治区政协副主席卓嘎之间 — 之间 (between) ends the name."""
    doc = extract_text("西藏新闻\n赵鹏坐在自治区人大常委会副主任刘柏呈和自治区政协副主席卓嘎之间。")
    people = _people(doc)
    assert "卓嘎" in people and "卓嘎之间" not in people, people


def test_compound_family_name_after_a_post_is_no_unit():
    """新疆政协 开幕: 全国人大常委会原副委员长司马义·铁力瓦尔地应邀出席 — 司 opens 司马, no unit 原副委员长司."""
    doc = extract_text("全国人大常委会原副委员长司马义·铁力瓦尔地应邀出席。")
    assert not any(n.endswith("副委员长司") for n in body_names(doc)), body_names(doc)
    assert ("司马义·铁力瓦尔地", "全国人民代表大会常务委员会") in post_pairs(doc), post_pairs(doc)


def test_bare_posts_after_a_dotted_holder_are_his_bodys():
    """新疆 政协 开幕: 自治区政协主席努尔兰·阿不都满金，副主席吉尔拉·衣沙木丁、孔星隆、…、努热木·斯玛依汗 —
    the vice-chairs listed after the chair, a dotted name first, hold 副主席 in the same 政协."""
    doc = extract_text(
        "新疆新闻\n自治区政协主席努尔兰·阿不都满金,副主席吉尔拉·衣沙木丁、孔星隆、杨勇、阿不都热克甫·吐木尼牙孜、"
        "努热木·斯玛依汗、艾则孜·木沙、刘会军,秘书长任澄在主席台前排就座。")
    pairs = post_pairs(doc)
    for name in ("吉尔拉·衣沙木丁", "孔星隆", "努热木·斯玛依汗", "刘会军"):
        assert (name, "新疆维吾尔自治区政协") in pairs, (name, pairs)
