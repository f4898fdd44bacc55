"""People and posts in the shapes of fresh foreign-affairs reports (people27): lists of new envoys
to China written "country + 大使 + name" with no 驻华 (习近平接受…新任驻华大使递交国书。他们是：
拉脱维亚大使马尼卡、…), transliterated names cut where a character of transliteration was missing
from the table (柯依舍巴耶夫 → 柯依舍, 罗慕阿多 → 罗慕阿)."""
from conftest import extract_text, held_posts


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_envoys_listed_without_stationed_in_a_credentials_story():
    """接受新任驻华大使递交国书。他们是：拉脱维亚大使马尼卡、缅甸大使苗丹佩: the list writes each
    envoy's country and 大使 only, so the rule that needs 驻华 after the country read no post.  In a
    story that writes 驻华, a foreign country's 大使 is its envoy in China (拉脱维亚驻华大使馆)."""
    text = ("国家主席习近平在人民大会堂接受新任驻华大使递交国书。"
            "他们是：拉脱维亚大使马尼卡、缅甸大使苗丹佩、古巴大使佩雷拉。")
    got = held_posts(extract_text(text))
    assert ("马尼卡", "拉脱维亚驻华大使馆", "大使", None) in got
    assert ("苗丹佩", "缅甸驻华大使馆", "大使", None) in got
    assert ("佩雷拉", "古巴驻华大使馆", "大使", None) in got


def test_bare_envoy_needs_a_story_of_envoys_to_china():
    """Without 驻华 in the story the envoy may serve anywhere; China's own 大使 is sent abroad."""
    assert not held_posts(extract_text("拉脱维亚大使马尼卡表示欢迎。"))
    got = held_posts(extract_text("新任驻华大使递交国书。中国大使王镝出席活动。"))
    assert not any(p == "王镝" for p, *_ in got)


def test_transliterated_names_with_more_characters_of_the_table():
    """哈萨克斯坦大使柯依舍巴耶夫, 菲律宾众议长罗慕阿多: 依, 舍 and 慕 are characters of the standard
    transliteration table the name table lacked, so the name stopped at jieba's end (柯依舍,
    罗慕阿).  A name of such characters runs on to where the text ends it."""
    assert "柯依舍巴耶夫" in _persons("新任驻华大使递交国书。哈萨克斯坦大使柯依舍巴耶夫出席。")
    persons = _persons("菲律宾众议长罗慕阿多表示欢迎。")
    assert "罗慕阿多" in persons and "罗慕阿" not in persons


def test_names_still_end_at_a_word():
    """The added characters continue an all-transliteration name only: a word after it ends it."""
    assert "马塔雷拉" in _persons("意大利总统马塔雷拉表示欢迎。")
    assert "哈西娜" in _persons("孟加拉国总理哈西娜出席会议。")


def test_verb_of_hoping_after_a_name_in_a_headline():
    """外交部长王毅冀双方加强合作 (a headline: 冀 'hopes', 双方 'both sides'): the name finder read 王毅冀.
    A one-character verb of hoping or urging (冀, 盼, 吁) right before a word of persons taken
    together ends the name before it; a given name 冀 or 望 standing alone is still one."""
    got = held_posts(extract_text("外交部长王毅冀双方加强合作。"))
    assert ("王毅", "外交部", "部长", None) in got and not any(p == "王毅冀" for p, *_ in got)
    assert "李冀" in _persons("县长李冀主持会议。")
    assert "张望" in _persons("副市长张望出席会议。")



def test_longer_verbs_ending_in_a_verb_of_hoping():
    """外交部长王毅呼吁各方停火, 王毅希望双方…: 吁 and 望 close a longer verb there (呼吁, 希望); the
    name ends before that verb, never inside it (王毅呼)."""
    for text in ("外交部长王毅呼吁各方停火。", "外交部长王毅希望双方加强合作。"):
        got = held_posts(extract_text(text))
        assert ("王毅", "外交部", "部长", None) in got and len({p for p, *_ in got}) == 1


def test_head_of_a_foreign_party_and_a_former_post_joined_to_it():
    """王毅会见英国工党领袖斯塔默, 英国工党前领袖、前首相布莱尔: 领袖 and 党首 are no posts of the
    table, so a foreign party's head (a foreign body whose name ends in 党) had none; 前 makes the
    party's post former, and a post of the country joined by 、 (前首相) is held in the country."""
    got = held_posts(extract_text("王毅会见英国工党领袖斯塔默。"))
    assert ("斯塔默", "英国工党", "领袖", None) in got
    got = held_posts(extract_text("英国工党前领袖、前首相布莱尔会见了中方代表。"))
    assert ("布莱尔", "英国工党", "领袖", "former") in got
    assert ("布莱尔", "英国", "首相", "former") in got
    assert ("斋藤铁夫", "日本公明党", "党首", None) in held_posts(extract_text("王毅会见日本公明党党首斋藤铁夫。"))


def test_no_party_post_without_a_post_word():
    """英国工党议员 (a member of parliament) is no head's post: no name is read after it."""
    assert not held_posts(extract_text("王毅会见英国工党议员代表团。"))


def test_time_after_taking_a_post_is_no_name():
    """这是后者1月就任法国外长后的首次访华, 就任法国总统后首次访华: the foreign-name rule read the
    characters after the post (后的, 后首次) as a name.  The time after taking the post is none."""
    assert not held_posts(extract_text("这是后者1月就任法国外长后的首次访华。"))
    assert not held_posts(extract_text("这是他就任法国总统后首次访华。"))
    assert "塞茹尔内" in _persons("法国外长塞茹尔内表示欢迎。")


def test_birthplace_of_a_resume_scopes_no_body():
    """陈某，男，…，籍贯、出生地：广东博罗，…，现任市委编办综合科科长 (a notice before appointment):
    the birthplace became the article's place and its city (惠州) the scope of the bare 市委编办.
    A place after 籍贯/出生地 is an origin, as one before 人 (广东博罗人) already was."""
    text = "聂玉成，男，1978年6月出生，籍贯、出生地：广东博罗，大学，2001年8月参加工作，现任市委编办综合科科长。"
    got = held_posts(extract_text(text))
    assert ("聂玉成", "市委机构编制委员会办公室综合科", "科长", None) in got
    assert not any(b.startswith("惠州") for _, b, *_ in got)
    got = held_posts(extract_text("张三，男，出生地：江苏宜兴，现任县委办公室主任。"))
    assert not any(b.startswith("宜兴") for _, b, *_ in got)


def test_list_of_names_removed_with_a_rare_family_name():
    """决定免去詹夏来、花建慧、梁卫国的省人民政府副省长职务: 花 opens a name only after a post (it is far
    more often a word), so the list of names broke at 花建慧 and no one of the three was read.  After
    a name's 、 in such a list the family name opens a name, as in a list after a post."""
    got = held_posts(extract_text("经大会表决通过，决定免去詹夏来、花建慧、梁卫国的省人民政府副省长职务。"))
    assert {p for p, *_ in got} == {"詹夏来", "花建慧", "梁卫国"}
    assert ("花建慧", "省人民政府", "副省长", "removed") in got


def test_list_of_names_still_needs_names():
    """王刚、国务院有关部门负责人: 国 after a name's 、 opens a body, no name."""
    assert "国务院有" not in _persons("王刚、国务院有关部门负责人出席会议。")


def test_a_couple_after_a_foreign_name():
    """与其并肩而行的有美国总统布什夫妇、国际奥委会主席罗格夫妇 (a banquet report): 夫妇 'and his wife'
    ran into the name (布什夫妇).  夫妇 and 夫人 follow a name and end it, as 等 and 同志 do."""
    text = "与其并肩而行的有美国总统布什夫妇、国际奥委会主席罗格夫妇、俄罗斯总理普京等人。"
    got = held_posts(extract_text(text))
    assert ("布什", "美国", "总统", None) in got
    assert not any(p.endswith("夫妇") for p, *_ in got)
    assert "布什" in _persons("美国总统布什夫人劳拉出席宴会。")
