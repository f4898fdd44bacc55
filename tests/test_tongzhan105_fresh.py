"""Round 105 (tongzhan105): united-front news — democratic parties' local committees (民盟梅河口市委员会's
profile, 九三学社山东省委's profile, 台盟厦门市's and 农工党阳江市's and 盐城市's congresses, 民进中山市委会's
proposals meeting, 九三学社台州市's congress, 民盟义乌市支部), a county's 总商会 (云阳) and 全国工商联's visit to
盘锦 (fresh texts of /tmp/s27/txt/tongzhan105).  Fixes: 中共 before a relative committee (中共市委常委、统战部长
岑国健) names the article's 市委, not a body 中共市委 of no place; a democratic party's committee written
by its level alone (民建市委, 农工党省委, 民进市委会) is the committee of the story's city or province; a
bare deputy post after a comma (…农工党省委主委朱兆良，副主委兼秘书长张大钧) is the deputy of the post held
last in another body, not of the list's first body (省政协); 主委, 副主委 written with no body (现任主委宋学思，
副主委吴琼…，秘书长刘妍; 陈紫萱当选主委) and 主任委员 after a verb (谭家蓬任主任委员) are held in the democratic
party's committee the sentence (or the one before) names; a county's site named 云阳网 whose story
speaks as the county (我县) is that county's, not that of a visiting district named in full."""
from __future__ import annotations

from conftest import article_place, extract_text


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_cpc_prefix_before_a_relative_committee_names_the_articles():
    """02-yangjiang-nonggong: 中共市委常委、统战部长岑国健 (base: bodies 中共市委, 中共市委统战部 of no
    place); 08-yancheng-nonggong: 中共市委书记赵鹏 … 中共市委副书记李弛."""
    doc = extract_text("阳江新闻\n8月23日，农工党阳江市委会召开大会。中共市委常委、统战部长岑国健在会上讲话。")
    got = _posts(doc)
    assert ("岑国健", "阳江市委") in got and ("岑国健", "阳江市委统战部") in got, got
    assert not any(b.startswith("中共市委") for _, b in got), got
    doc = extract_text("盐城新闻\n2月9日上午，农工党盐城市第五次代表大会隆重召开。中共市委书记赵鹏应邀到会并讲话，"
                       "中共市委副书记李弛出席。")
    got = _posts(doc)
    assert ("赵鹏", "盐城市委") in got and ("李弛", "盐城市委") in got, got
    got = _posts(extract_text("新闻\n中共县委副书记李弛出席。"))  # no place named: the committee as written
    assert ("李弛", "县委") in got, got


def test_cpc_prefix_guard_central():
    """中共中央 stays the centre: no relative committee."""
    got = _posts(extract_text("新闻\n中共中央政治局常委王沪宁出席。"))
    assert not any(b in ("县委", "市委") for _, b in got), got


def test_a_partys_committee_by_its_level_is_the_storys():
    """08-yancheng-nonggong: 市政协副主席、民建市委主委孙锡初 … 农工党省委主委朱兆良 (base: 民建市委,
    农工党省委 of no place); 06-zhongshan-minjin: 民进市委会 after 民进中山市委会 is that committee."""
    doc = extract_text("盐城新闻\n2月9日上午，农工党盐城市第五次代表大会隆重召开。省政协副主席、农工党省委主委朱兆良"
                       "到会祝贺。市政协副主席、民建市委主委孙锡初出席。")
    got = _posts(doc)
    assert ("孙锡初", "民建盐城市委") in got, got
    assert ("朱兆良", "农工党江苏省委") in got, got
    doc = extract_text("中山新闻\n12月12日下午，民进中山市委会召开会议。民进市委会主委、市政协副主席周信参加了会议。")
    assert ("周信", "民进中山市委会") in _posts(doc), _posts(doc)


def test_a_bare_deputy_is_the_deputy_of_the_last_post():
    """08-yancheng-nonggong: 省政协副主席、农工党省委主委朱兆良，副主委兼秘书长张大钧 (base: 张大钧 of
    江苏省政协).  The same for a department's deputy after its head (base: 李强 of 市委)."""
    got = _posts(extract_text("盐城新闻\n2月9日，农工党盐城市代表大会召开。省政协副主席、农工党省委主委朱兆良，"
                              "副主委兼秘书长张大钧专程到会祝贺。"))
    assert ("张大钧", "农工党江苏省委") in got and ("张大钧", "江苏省政协") not in got, got
    got = _posts(extract_text("邯郸新闻\n邯郸市召开会议。市委常委、宣传部部长王明，副部长李强出席。"))
    assert ("李强", "邯郸市委宣传部") in got, got


def test_bare_deputy_guard_same_body():
    """市委书记张三，副书记李四: the deputy of the one body stays its."""
    got = _posts(extract_text("邯郸新闻\n邯郸市召开会议。市委书记张三，副书记李四出席。"))
    assert ("李四", "邯郸市委") in got, got


def test_bare_party_posts_are_the_named_committees():
    """01-meihekou-minmeng: 中国民主同盟梅河口市委员会成立于1987年9月…。现任主委宋学思,副主委吴琼、高岚、
    王崴,秘书长刘妍 (base: no post); 04-xiamen-taimeng: 选举产生了台盟厦门市第七届委员会,其中,陈紫萱当选主委,
    杨谦、刘奇光当选副主委; 01: 民盟梅河口市筹备委员会成立,谭家蓬任主任委员."""
    doc = extract_text("简介\n中国民主同盟梅河口市委员会成立于1987年9月,现有10个基层支部,盟员215人,"
                       "其中33人担任梅河口市政协委员。现任主委宋学思,副主委吴琼、高岚,秘书长刘妍。")
    got = _posts(doc)
    for person in ("宋学思", "吴琼", "高岚", "刘妍"):
        assert (person, "中国民主同盟梅河口市委员会") in got, got
    doc = extract_text("厦门新闻\n26日-27日,台湾民主自治同盟厦门市第七次盟员(代表)大会召开,选举产生了台盟厦门市第七届"
                       "委员会,其中,陈紫萱当选主委,杨谦、刘奇光当选副主委。")
    got = _posts(doc)
    assert ("陈紫萱", "台盟厦门市第七届委员会") in got and ("刘奇光", "台盟厦门市第七届委员会") in got, got
    doc = extract_text("简介\n1988年12月15日,民盟梅河口市筹备委员会成立,谭家蓬任主任委员,有盟员42人。")
    assert ("谭家蓬", "民盟梅河口市筹备委员会") in _posts(doc), _posts(doc)


def test_bare_party_posts_guard():
    """主任委员 with no party committee in its sentence stays unread (an NPC committee's chair, a
    term's committee: 第二届委员会); a 主委 with no committee named before holds none."""
    got = _posts(extract_text("简介\n民盟梅河口市委员会召开会议。1992年6月19日,第二次盟员大会选举产生了第二届委员会,"
                              "谭家蓬任主任委员。"))
    assert not any(p == "谭家蓬" for p, _ in got), got
    got = _posts(extract_text("新闻\n会议由县政协主持。主委王某出席。"))
    assert not any(p == "王某" for p, _ in got), got


def test_a_county_site_story_is_the_countys():
    """03-yunyang-shanghui: 云阳网讯…大足区委统战部副部长…李荣燕率队来云阳,就…进行考察交流。…目前,我县
    总商会共有会员1697名 (base: the story placed in 大足区, the visitors' district)."""
    text = ("云阳网讯(记者 杨梅娜 实习生 郑红均)5月18日,大足区委统战部副部长、工商联党组书记李荣燕率队来云阳,"
            "就组织建设及服务民营经济发展方面进行考察交流。\n"
            "目前,我县总商会共有会员1697名,其中个人会员919名。")
    assert article_place(text) == "云阳县"


def test_county_site_guard_no_self_reference():
    """Without the county's own words (我县, 县委 …) the story keeps the place its text names."""
    text = ("云阳网讯(记者 杨梅娜)5月18日,大足区委统战部副部长李荣燕率队来云阳,就组织建设进行考察交流。\n"
            "大足区共有商会会员1697名。")
    assert article_place(text) == "大足区"
