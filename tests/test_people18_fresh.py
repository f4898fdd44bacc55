"""People and posts in the shapes of fresh texts of university, hospital and company news and
of foreign-affairs notices naming foreign ministers and parliament heads (people18)."""
from conftest import extract_text, held_posts


def test_school_head_named_after_a_city_leader_is_no_post_of_the_city_committee():
    """市委副书记、市长A会见了校长B: a 校长 written with no school is no 校长 of the 市委 the
    person before held a post in (a school's head is held in a school only)."""
    got = held_posts(extract_text("重庆市委副书记、市长黄某帆会见了校长胡寿根一行。"))
    assert not any(name == "胡寿根" for name, *_ in got)


def test_vice_president_after_a_discipline_secretary_is_no_post_of_that_committee():
    """纪委书记A、副校长B in a university's list: 副校长 inherits no 纪委."""
    got = held_posts(extract_text("常州市召开会议\n校党委书记陈群、纪委书记邱正祥、副校长徐树法出席。"))
    assert not any(name == "徐树法" and body.endswith("纪委") for name, body, *_ in got)


def test_school_head_after_the_school_is_the_schools():
    """The school named before a bare 校长 still holds it (党委书记、校长)."""
    got = held_posts(extract_text("武汉大学党委书记韩进、校长窦贤康出席。"))
    assert any(name == "窦贤康" and body == "武汉大学" for name, body, *_ in got)


def test_discipline_secretary_after_a_hospital_post_is_the_hospitals():
    """人民医院党委副书记、纪委书记A: the 纪委 is the hospital's own, not the province's the
    hospital (or one named before) stands in."""
    got = held_posts(extract_text("山东省肿瘤医院院长于某明出席。北京大学人民医院党委副书记、纪委书记陈红松当选副会长。"))
    assert any(name == "陈红松" and body == "北京大学人民医院纪委" for name, body, *_ in got)
    assert not any(name == "陈红松" and body == "山东省纪委" for name, body, *_ in got)


def test_speaker_of_a_foreign_parliament_holds_a_post_in_it():
    """法国国民议会议长A, 日本众议院议长B: 议长 is the post of the head of a parliament, held in
    the parliament named before it."""
    got = held_posts(extract_text("外交部发言人表示，法国国民议会议长阿夸耶此行访华。"))
    assert ("阿夸耶", "法国国民议会", "议长", None) in got
    got = held_posts(extract_text("省人大常委会主任会见泰国国会副议长素差一行。"))
    assert ("素差", "泰国国会", "副议长", None) in got


def test_house_of_a_named_congress_is_one_body():
    """美国国会众议院议长A: the house of the congress is one body (not 美国国会 and a bare 众议院)."""
    doc = extract_text("美国国会众议院议长佩洛西星期二晚上欢迎代表团。")
    assert any(e.name == "美国国会众议院" and e.type == "Agency" for e in doc.entities.values())
    assert ("佩洛西", "美国国会众议院", "议长", None) in held_posts(doc)


def test_french_ministry_of_europe_and_foreign_affairs():
    """法国欧洲和外交部长A: the ministry's name holds 和; its head is written through its 部."""
    got = held_posts(extract_text("应法国欧洲和外交部长勒德里昂邀请，王毅将访问法国。"))
    assert ("勒德里昂", "法国欧洲和外交部", "部长", None) in got


def test_party_branch_of_a_village_the_gazetteer_left_unread():
    """会上，庙林村党支部书记A: a village's party branch (党支部, 党总支) right before the post
    is the body, though the village's name holds a word the gazetteer will not read alone."""
    got = held_posts(extract_text("会上，庙林村党支部书记李明介绍了情况。"))
    assert ("李明", "庙林村党支部", "书记", None) in got
    got = held_posts(extract_text("会上，寿祥居民区党总支书记陈芳介绍了情况。"))
    assert ("陈芳", "寿祥居民区党总支", "书记", None) in got


def test_kind_of_village_before_a_party_branch_names_none():
    """贫困村党支部书记A, 各村党支部书记B: a kind of village or a count is no village's name."""
    assert not held_posts(extract_text("会上，贫困村党支部书记王刚介绍了情况。"))
    assert not held_posts(extract_text("各村党支部书记王刚介绍了情况。"))


def test_village_committee_after_the_village_branch_is_the_villages():
    """X村党支部书记、村委会主任A: the 村委会 is the village's (X村村委会), not a unit of the branch."""
    got = held_posts(extract_text("会上，双午村党支部书记、村委会主任赵永朗介绍了情况。"))
    assert ("赵永朗", "双午村党支部", "书记", None) in got
    assert ("赵永朗", "双午村村委会", "主任", None) in got
    got = held_posts(extract_text("会上，新城社区党总支书记、居委会主任李红出席。"))
    assert ("李红", "新城社区居委会", "主任", None) in got


def test_status_word_between_a_country_and_its_ministry_is_no_part_of_its_name():
    """中国新任外交部长A, 美国新任财政部长B: 新任 says the post is new; the body is the country's
    ministry (外交部, 美国财政部), not a 中国新任外交部."""
    doc = extract_text("中国新任外交部长秦刚会见来宾。")
    assert ("秦刚", "外交部", "部长", None) in held_posts(doc)
    assert not any("新任" in e.name for e in doc.entities.values())
    assert ("耶伦", "美国财政部", "部长", None) in held_posts(extract_text("美国新任财政部长耶伦表示。"))


def test_short_name_of_the_politburo():
    """中共政治局委员A: 中共政治局 is 中共中央政治局, not a unit of the body named before it."""
    got = held_posts(extract_text("外交部发言人林剑宣布，中共政治局委员、中央外办主任王毅将访问。"))
    assert ("王毅", "中共中央政治局", "委员", None) in got
    assert not any(body.endswith("中共政治局") for _, body, *_ in got)


def test_co_heads_and_chief_executives_of_companies():
    """紫光集团联席总裁A, 公司董事长兼首席执行官B: 联席 is a modifier of a company's post like 副,
    首席执行官 a company's post (never held in a committee: 市委书记A、首席执行官B)."""
    assert ("王慧轩", "紫光集团", "联席总裁", None) in held_posts(extract_text("紫光集团联席总裁王慧轩获聘。"))
    got = held_posts(extract_text("红星美凯龙家居集团股份有限公司董事长兼首席执行官车建新出席。"))
    assert ("车建新", "红星美凯龙家居集团股份有限公司", "首席执行官", None) in got
    assert not any(n == "李明" for n, *_ in held_posts(extract_text("市委书记王刚、首席执行官李明出席。")))


def test_election_list_goes_on_after_a_semicolon():
    """选举A为…主任；B为…省长，C为…检察长: the verb of the sentence governs every item of the list,
    after a semicolon too; the 任 of 主任 is no verb of the items after it."""
    got = held_posts(extract_text("会议选举周祖翼为福建省人大常委会主任；赵龙为福建省人民政府省长，"
                                  "王刚为福建省高级人民法院院长，侯建军为福建省人民检察院检察长。"))
    assert ("赵龙", "福建省", "省长", "elected") in got
    assert ("王刚", "福建省高级人民法院", "院长", "elected") in got
    assert ("侯建军", "福建省人民检察院", "检察长", "elected") in got


def test_clause_after_a_semicolon_with_no_post_is_no_item():
    """选举A为主任；B介绍了…: a name opening the next clause with no 为 and post holds nothing."""
    got = held_posts(extract_text("会议选举周祖翼为福建省人大常委会主任；赵龙介绍了情况。"))
    assert not any(n == "赵龙" for n, *_ in got)


def test_permanent_representative_to_the_united_nations():
    """中国常驻联合国代表A, 美国常驻联合国副代表B: 代表 after 常驻 and an organisation of states is
    a post, held in the sending country's mission there (a status word 新任 may stand before 常驻);
    a 代表 with no 常驻 before it is none (全国人大代表: a deputy, read elsewhere)."""
    got = held_posts(extract_text("中国新任常驻联合国代表、特命全权大使张军30日在纽约递交了全权证书。"))
    assert ("张军", "中国常驻联合国代表团", "代表", None) in got
    assert ("张军", "中国常驻联合国代表团", "特命全权大使", None) in got
    got = held_posts(extract_text("美国常驻联合国副代表伍德表示。"))
    assert ("伍德", "美国常驻联合国代表团", "副代表", None) in got
    assert not held_posts(extract_text("联合国代表团访问北京。"))


def test_cppcc_committee_with_its_term_after_the_place():
    """中国人民政治协商会议汶上县第七届委员会, 政协汶上县第七届委员会: the county's CPPCC committee
    in one of its terms is 汶上县政协 (not the national committee and a 汶上县第七届委员会)."""
    for text in ("中国人民政治协商会议汶上县第七届委员会第三次会议开幕。", "政协汶上县第七届委员会第三次会议开幕。"):
        names = {e.name for e in extract_text(text).entities.values() if e.type == "Agency"}
        assert "汶上县政协" in names
        assert "中国人民政治协商会议全国委员会" not in names
        assert not any(n.endswith("第七届委员会") for n in names)


def test_discipline_secretary_in_a_companys_list_is_the_companys():
    """集团董事长A、总经理B、纪委书记C: a bare 纪委 in a list whose body is a company is the
    company's committee, not the one of the city the article names."""
    got = held_posts(extract_text("常州市召开会议\n晋陵投资集团有限公司董事长王伟明、总经理高轶、纪委书记周峰出席。"))
    assert ("周峰", "晋陵投资集团有限公司纪委", "书记", None) in got
    assert not any(body == "常州市纪委" for _, body, *_ in got)


def test_short_titles_of_the_heads_of_a_foreign_congress():
    """美国众议长A, 巴西众议长B: 众议长 (参议长) after a foreign country is the head of its house,
    held in that house (美国众议院), as 外长 after one is held in its foreign ministry."""
    assert ("麦卡锡", "美国众议院", "众议长", None) in held_posts(extract_text("赵乐际会见美国众议长麦卡锡。"))
