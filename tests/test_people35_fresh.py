"""Posts in the shapes of fresh people's-congress, CPPCC, democratic-party and State Council
appointment news (福建 泉州, 湖北 民盟, 安徽 太湖, 山西 晋中, 甘肃 天水, 重庆 round-up, 国务院) (people35)."""
from conftest import extract_text, held_posts


def _doc(text: str):
    return extract_text(text)


def _posts(doc) -> set[tuple[str, str, str]]:
    return {(p, b, post) for p, b, post, _ in held_posts(doc)}


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_marked_name_inside_an_appointment_list():
    """国务院…任命崔天凯、傅莹(女)、翟隽为外交部副部长: the woman's mark after a listed name does not end
    the list (was: nobody appointed)."""
    doc = _doc("国务院任免\n2010年1月4日,国务院任命崔天凯、傅莹(女)、翟隽为外交部副部长。")
    held = {(p, b, post, st) for p, b, post, st in held_posts(doc)}
    for name in ("崔天凯", "傅莹", "翟隽"):
        assert (name, "外交部", "副部长", "appointed") in held
    assert not any(p.startswith("傅莹(") for p, _, _, _ in held)


def test_deputies_after_a_head_who_entrusted_the_meeting():
    """受泉州市人大常委会主任委托,副主任许文贵主持会议,副主任张建生、朱团能,秘书长欧阳秋虹出席: the
    deputies and the secretary-general are the entrusting head's body's (was: no post at all)."""
    posts = _posts(_doc("泉州新闻\n23日,泉州市十六届人大常委会召开第十三次会议。受泉州市人大常委会主任委托,"
                        "副主任许文贵主持会议,副主任张建生、朱团能,秘书长欧阳秋虹出席会议。"))
    assert ("许文贵", "泉州市人大常委会", "副主任") in posts
    assert ("张建生", "泉州市人大常委会", "副主任") in posts
    assert ("朱团能", "泉州市人大常委会", "副主任") in posts
    assert ("欧阳秋虹", "泉州市人大常委会", "秘书长") in posts
    assert not any(b == "泉州市人大常委会" and post == "主任" for _, b, post in posts)


def test_posts_opened_by_de_before_a_list_of_attendees():
    """出席会议的副主委、常委有黄利鸣、赵作斌、叶春松、杨超: the listed names are persons (was: none of
    them read); with a body written (出席会议的市人大常委会副主任有…) each holds the post."""
    doc = _doc("民盟新闻\n7月6日下午,民盟湖北省委主委杨云彦主持召开了民盟湖北省十三届六次常委(扩大)会议。"
               "出席会议的副主委、常委有黄利鸣、赵作斌、叶春松、杨超。")
    assert {"黄利鸣", "赵作斌", "叶春松", "杨超"} <= _persons(doc)
    posts = _posts(_doc("阜新新闻\n出席会议的阜新市人大常委会副主任有袁传军、张万勤、张永廷。"))
    for name in ("袁传军", "张万勤", "张永廷"):
        assert (name, "阜新市人大常委会", "副主任") in posts


def test_leaders_list_with_rare_family_names():
    """县领导赵福南、…、占卓夫、石金印; 市领导那志茂、王兵、贡琦: 占, 那, 贡 open a name in a list of
    leaders, so the whole list is read (was: none of the list); as words of running text after a
    post they still open none (县长那天, 副县长贡献)."""
    doc = _doc("太湖新闻\n12月28日,县政协十一届一次会议举行预备会议。县委书记朱小兵,县长吴海宏应邀出席会议,"
               "县领导赵福南、殷跃平、阮波、李传萍、占卓夫、石金印、王锋、李仁强,县政协秘书长詹晓华出席会议。")
    assert {"赵福南", "占卓夫", "石金印", "李仁强"} <= _persons(doc)
    doc = _doc("晋中新闻\n市领导那志茂、王兵、贡琦、鹿建平出席会议。")
    assert {"那志茂", "王兵", "贡琦", "鹿建平"} <= _persons(doc)
    doc = _doc("新闻\n县长那天来到村里。副县长贡献了力量。市长占地调研。")
    assert not _persons(doc)


def test_title_after_name_keeps_the_body_named_before():
    """西安市委常委、副市长李秋实…；李秋实副市长说 in Tianshui's story: the vice-mayor of 西安市 named
    before, not of the article's city (was also 天水市's)."""
    posts = _posts(_doc("天水与西安共商合作发展\n6月2日,天水市党政代表团与西安市党政领导举行两市合作发展座谈会。\n"
                        "西安市委常委、副市长李秋实,市政协副主席向德出席座谈会。\n"
                        "天水市党政代表团团长、市委常委、副市长郭奇若介绍了天水市经济社会发展基本情况。\n"
                        "李秋实副市长说,西安市委、市政府高度重视。"))
    assert ("李秋实", "西安市", "副市长") in posts
    assert ("李秋实", "天水市", "副市长") not in posts
    assert ("郭奇若", "天水市", "副市长") in posts


def test_relative_organ_after_the_same_organ_named_in_the_paragraph():
    """A round-up of districts' CPPCC news: 长寿区政协召开常委会会议…。区政协主席师明萌出席 is 长寿区政协's
    chairman, not the first district's (was 黔江区政协)."""
    posts = _posts(_doc("重庆区县政协动态\n● 黔江区 ●\n12月16日,黔江区政协主席姚登惠前往五里镇宣讲。(谭富文)\n"
                        "● 北碚区 ●\n12月19日下午,北碚区政协主席董伦带队专题调研公安工作。(胡峻溢)\n"
                        "● 长寿区 ●\n12月18日,长寿区政协召开常委会会议,审议通过关于召开区政协十六届六次会议的决定等。"
                        "区政协主席师明萌出席。(杨娟)"))
    assert ("师明萌", "长寿区政协", "主席") in posts
    assert ("师明萌", "黔江区政协", "主席") not in posts
    assert ("董伦", "北碚区政协", "主席") in posts


def test_office_in_the_chain_of_a_partys_committee():
    """民进中山市委会副主委胡子冠、徐杰,委员杨国明,委员、办公室主任叶裕华: the office is the party
    committee's, not an office of 中山市 (was 中山市办公室)."""
    posts = _posts(_doc("民进新闻\n民进中山市委会副主委胡子冠、徐杰,委员杨国明,委员、办公室主任叶裕华也参加了会议。"))
    assert ("叶裕华", "民进中山市委会办公室", "主任") in posts
    assert ("叶裕华", "中山市办公室", "主任") not in posts
    assert ("胡子冠", "民进中山市委会", "副主委") in posts


def test_headline_removal_after_a_space_is_the_next_subject():
    """王维任苏州市代市长 吴庆文辞去市长职务 (a headline of two subjects): 吴庆文 resigns as mayor; the
    代市长 before the space is 王维's, never 吴庆文's (was also 吴庆文 代市长)."""
    held = held_posts(_doc("王维任苏州市代市长 吴庆文辞去市长职务\n\n3月30日,苏州市十七届人大常委会第二十八次会议召开。"))
    assert ("吴庆文", "苏州市", "市长", "removed") in held
    assert ("王维", "苏州市", "代市长", "appointed") in held
    assert not any(p == "吴庆文" and post == "代市长" for p, _, post, _ in held)


def test_leaders_who_sit_in_on_the_meeting():
    """县委常委、副县长王海军,副县级领导刘智、黄德胜、梁修贵列席会议: 列席 closes the list of leaders as
    出席 does (was: none of the three read)."""
    doc = _doc("竹山新闻\n5月24日,县十七届人大常委会第三十八次会议召开。县人大常委会副主任简育田、杨金銮、华新宇出席会议。"
               "县委常委、副县长王海军,副县级领导刘智、黄德胜、梁修贵列席会议。")
    assert {"刘智", "黄德胜", "梁修贵", "王海军"} <= _persons(doc)
