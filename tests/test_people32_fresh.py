"""People and posts in the shapes of fresh delegation visits and appointment news of provinces
little covered (黑龙江, 吉林, 宁夏, 西藏, 内蒙古) (people32)."""
from conftest import extract_text, held_posts


def _bodies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type in ("Agency", "Organization")}


def test_delegation_head_after_yi_is_the_bodys_not_a_body_opening_with_yi():
    """以省委书记X为团长的代表团: 以 is the preposition of the delegation's head, never the first
    character of the body (was 以省委, an agency of no place)."""
    doc = extract_text("江西新闻\n以省委书记张三林为团长的江西省党政代表团抵达成都。")
    got = held_posts(doc)
    assert not any(body.startswith("以") for _, body, _, _ in got)
    assert not any(n.startswith("以") for n in _bodies(doc))
    assert any(p == "张三林" and post == "书记" for p, _, post, _ in got)


def test_yi_before_a_named_place_still_opens_no_body():
    """以江西省委书记X为团长 keeps 江西省委; 以色列 (a country found there) is not stripped."""
    got = held_posts(extract_text("江西新闻\n以江西省委书记张三林为团长的代表团抵达。"))
    assert ("张三林", "江西省委", "书记", None) in got
    got = held_posts(extract_text("外交部消息\n以色列驻华大使张三林出席。"))
    assert any(p == "张三林" and body.startswith("以色列") for p, body, _, _ in got)


def test_qian_between_a_named_body_and_its_post_marks_a_former_head():
    """人民日报社前社长X, 外交部前部长X: 前 after a body the finders named marks the post held before,
    as 原 does (was the body 人民日报社前社, 外交部前部)."""
    got = held_posts(extract_text("外宣新闻\n以人民日报社前社长徐耀庭为团长的代表团抵达日本。"))
    assert ("徐耀庭", "人民日报社", "社长", "former") in got
    got = held_posts(extract_text("外交新闻\n外交部前部长李肇星出席论坛。"))
    assert ("李肇星", "外交部", "部长", "former") in got
    assert not any(body.endswith("前部") for _, body, _, _ in got)


def test_the_one_succeeded_takes_no_post():
    """王正伟接替马启智任自治区人民政府代主席, 接替马启智任…代主席职务的王正伟: the name after 接替 is
    the predecessor; the post after it is the successor's (was 马启智 代主席, appointed)."""
    lead = ("人民网银川5月12日电 宁夏回族自治区人大常委会会议结束。会议接受马启智辞去自治区人民政府"
            "主席职务的请求。\n")
    for tail in ("王正伟接替马启智任自治区人民政府代主席。",
                 "接替马启智任自治区人民政府代主席职务的王正伟发表了感言。"):
        got = held_posts(extract_text(lead + tail))
        assert not any(p == "马启智" and post == "代主席" for p, _, post, _ in got), tail
        assert any(p == "马启智" and post == "主席" and st == "removed" for p, _, post, st in got)


def test_delegation_head_named_by_yi_wei_tuanzhang_holds_the_delegations_home_posts():
    """以省委书记X为团长的江西省党政代表团来蓉考察 (in 成都's news): the head's bare 省委 is the
    delegation's home's, as for 率领…代表团 (was 四川省委, the host's)."""
    got = held_posts(extract_text("成都新闻\n以省委书记张三林为团长的江西省党政代表团来蓉考察。"))
    assert ("张三林", "江西省委", "书记", None) in got
    assert not any(body.startswith("四川") for _, body, _, _ in got)


def test_delegation_of_our_province_arriving_at_the_dateline_place_names_no_host_posts():
    """本报广州电 以省委书记X为团长，省长Y为副团长的我省党政代表团一行抵达广州: 我省 is the paper's
    province, never the host the dateline names; the bare posts are dropped (was 广东省委)."""
    got = held_posts(extract_text("本报广州4月14日电 以省委书记、省人大常委会主任陆大浩为团长，省委副书记、"
                                  "省长徐大盛为副团长的我省党政代表团一行，今天中午抵达广州。"))
    assert not any(body.startswith("广东") for _, body, _, _ in got)


def test_a_lead_word_alone_before_a_bare_head_post_leaves_no_unread_run():
    """以副省长X为团长, 新任副省长X: 以, 新任 alone before 副省长 are no body the scan cannot read;
    the post is the article's province's (was no post)."""
    for text in ("江西新闻\n以副省长李四林为团长的代表团抵达。", "江西新闻\n新任副省长李四林出席会议。"):
        assert ("李四林", "江西省", "副省长", None) in held_posts(extract_text(text)), text


def test_a_post_after_a_name_and_wei_is_not_the_next_names_first_post():
    """X为团长、省委常委Y为副团长: 团长 is X's (the predicate of his clause), never the first post of
    Y's chain across the 、 (was Y 团长 江西省)."""
    got = held_posts(extract_text("江西新闻\n副省长李四林为团长、省委常委王五林为副团长的代表团抵达。"))
    assert ("王五林", "江西省委", "常委", None) in got
    assert not any(p == "王五林" and post == "团长" for p, _, post, _ in got)


def test_name_colon_row_of_a_leader_page_gives_the_name_every_field_of_posts():
    """罗梅：自治区人民政府副主席、党组成员，自治区红十字会会长。 (a government site's leader list):
    the name opening the line, a colon, then fields of posts between commas: each field wholly
    posts is the name's; a field of duties or a membership is passed over (was nothing read)."""
    got = held_posts(extract_text("西藏自治区人民政府领导\n任维：西藏自治区党委常委，自治区人民政府常务副主席、"
                                  "党组副书记。\n罗梅：第二十届中央候补委员，自治区人民政府副主席，"
                                  "自治区红十字会会长。"))
    assert ("任维", "西藏自治区党委", "常委", None) in got
    assert ("任维", "西藏自治区人民政府", "党组副书记", None) in got
    assert ("罗梅", "西藏自治区人民政府", "副主席", None) in got
    assert ("罗梅", "西藏自治区红十字会", "会长", None) in got
    got = held_posts(extract_text("西藏自治区人民政府领导\n嘎玛泽登：第二十届中央候补委员，西藏自治区党委副书记，"
                                  "自治区人民政府党组书记。"))
    assert ("嘎玛泽登", "西藏自治区党委", "副书记", None) in got  # a four-syllable name opening the row
    got = held_posts(extract_text("彭泽县政府领导\n王大刚：县委副书记、县长，主持县政府全面工作。"
                                  "李小明：县委常委、副县长，分管财政。"))
    assert ("王大刚", "彭泽县", "县长", None) in got
    assert ("李小明", "彭泽县委", "常委", None) in got


def test_name_colon_speech_or_a_field_with_another_name_gives_no_post():
    """王刚：我们要…, 记者：市委书记李四在会上说…: no field is wholly posts, so the name opening the
    line holds nothing (李四 keeps his own post)."""
    got = held_posts(extract_text("彭泽县新闻\n王大刚：我们要把工作做好。\n王大刚：县委书记李四林在会上说了。"))
    assert not any(p == "王大刚" for p, _, _, _ in got)


def test_a_medium_glued_to_the_next_reporters_role_is_no_person():
    """东北网12月25日讯(黑龙江日报记者刘伟 东北网记者印蕾): 东北网 written right before the second
    记者 is that reporter's medium, not a third reporter (was a Person 东北网); 记者张三 通讯员李四
    keeps both names (a space before the role)."""
    from kg.stages.layout import _names
    assert _names("黑龙江日报记者刘伟 东北网记者印蕾") == ["刘伟", "印蕾"]  # (people43: nor 黑龙江日报, glued to the first)
    assert _names("记者张三 通讯员李四") == ["张三", "李四"]
    doc = extract_text("栗战书任代理省长\n东北网12月25日讯(黑龙江日报记者刘伟 东北网记者印蕾) 省人大常委会会议25日结束。")
    assert "东北网" not in {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_given_name_ending_in_hua_before_wei_is_no_huawei():
    """任命王某为副省长，郭晓华为省政府秘书长: 华为 after a family name and one character is a given
    name's last character and the copula, not the company (was 华为技术有限公司, and 郭晓华 lost);
    the company stays where a word ends before it (与华为签署, 支持华为发展)."""
    doc = extract_text("黑龙江新闻\n会议任命王大林为省政府副省长，郭晓华为省政府秘书长。")
    assert ("郭晓华", "黑龙江省人民政府", "秘书长", "appointed") in held_posts(doc)
    assert "华为技术有限公司" not in _bodies(doc)
    doc = extract_text("深圳新闻\n市政府与华为签署合作协议，支持华为发展。")
    assert "华为技术有限公司" in _bodies(doc)


def test_posts_taken_by_a_verb_before_de_go_to_the_name_after_de():
    """出任自治区人民政府副主席的郝林海, 新当选为县长的王某: a verb of taking a post before a chain of
    posts closed by 的 gives them to the name after 的, with the verb's status (was nothing);
    担任…的 states a post held, 曾任…的 one held before."""
    got = held_posts(extract_text("宁夏新闻\n出任自治区人民政府副主席的郝林海也做了表态发言。"))
    assert ("郝林海", "宁夏回族自治区人民政府", "副主席", "appointed") in got
    got = held_posts(extract_text("江西新闻\n新当选为县长的王大林表示感谢。"))
    assert any(p == "王大林" and post == "县长" and st == "elected" for p, _, post, st in got)
    got = held_posts(extract_text("江西新闻\n担任县委书记的王大林表示。"))
    assert any(p == "王大林" and post == "书记" and st is None for p, _, post, st in got)
    got = held_posts(extract_text("江西新闻\n曾任县委书记的王大林表示。"))
    assert any(p == "王大林" and post == "书记" and st == "former" for p, _, post, st in got)


def test_qu_dangwei_and_qu_zhengfu_chair_in_an_autonomous_regions_news_are_the_regions():
    """西藏党委常委、区政府党组副书记、常务副主席X; 区党委书记Y: in an autonomous region's news 区
    before 党委 (a district has a 区委) or before 政府 with a chair's post (主席; a district's head is
    a 区长) is the region written short (was 区党委, 区人民政府 of no place)."""
    got = held_posts(extract_text("西藏新闻\n区党委常委、区政府党组副书记、常务副主席任维出席会议。"))
    assert ("任维", "西藏自治区党委", "常委", None) in got
    assert ("任维", "西藏自治区人民政府", "常务副主席", None) in got
    got = held_posts(extract_text("广西南宁市青秀区新闻\n区政府副区长李大林、区政协主席王小林参加。"))
    assert ("李大林", "青秀区", "副区长", None) in got
    assert not any("自治区" in body for _, body, _, _ in got)


def test_the_successor_before_jieti_takes_the_post():
    """王正伟接替马启智任自治区人民政府代主席, 李大林接替王小林任县委书记: the name before 接替 takes
    the post the verb after the one succeeded gives (was no post, and no person)."""
    got = held_posts(extract_text("人民网银川5月12日电 宁夏回族自治区人大常委会会议结束。会议接受马启智辞去"
                                  "自治区人民政府主席职务的请求。\n王正伟接替马启智任自治区人民政府代主席。"))
    assert ("王正伟", "宁夏回族自治区人民政府", "代主席", "appointed") in got
    got = held_posts(extract_text("彭泽县新闻\n李大林接替王小林任县委书记。"))
    assert ("李大林", "彭泽县委", "书记", "appointed") in got
    assert not any(p == "王小林" and st != "former" for p, _, _, st in got)  # (people39: he held it before)
