"""People and posts in the shapes of fresh meeting reports where two places' leaders meet
(one city's leaders listed in another city's news) and of provincial leaders holding a city post
(posts31)."""
from conftest import extract_text, held_posts


def test_bare_city_committee_after_a_named_citys_leader_is_that_citys():
    """A市委书记X，市委副书记、市长Y会见了B市委书记Z (in B's news): the bare 市委, 市长 right after a
    post of a city written in full, in one sentence, are that city's, not the article's (was
    Y in 郑州市委 and 郑州市)."""
    got = held_posts(extract_text("郑州市领导会见上海市代表团\n12月2日，上海市委书记俞正声，"
                                  "市委副书记、市长韩正会见了郑州市委书记王文超一行。"))
    assert ("韩正", "上海市委", "副书记", None) in got
    assert ("韩正", "上海市", "市长", None) in got
    assert not any(p == "韩正" and body.startswith("郑州") for p, body, _, _ in got)
    assert ("王文超", "郑州市委", "书记", None) in got


def test_bare_province_committee_after_a_named_provinces_leader():
    """省 the same: A省委书记X和省委副书记、省长Y, read in another province's news."""
    got = held_posts(extract_text("吉林省领导会见客人\n昨天，江苏省委书记娄勤俭和省委副书记、"
                                  "省长吴政隆会见了吉林省代表团。"))
    assert ("吴政隆", "江苏省", "省长", None) in got
    assert not any(p == "吴政隆" and body.startswith("吉林") for p, body, _, _ in got)


def test_bare_committee_of_another_level_stays_after_a_city_leader():
    """A county's bare 县委 after a city's leader is no city's: only the listed place's own level."""
    got = held_posts(extract_text("澧县新闻\n昨天，常德市委书记周德睿，县委书记鄒如龙陪同考察。"))
    assert not any(p == "鄒如龙" and body.startswith("常德") for p, body, _, _ in got)


def test_city_committee_after_a_provincial_post_is_no_province_organ():
    """省委常委、市委书记X率领的青岛市考察团: the 市委 is a city's the chain leaves unnamed, never
    a body glued to the province (was 山东省市委)."""
    doc = extract_text("山东新闻\n6日，省委常委、市委书记李群率领的青岛市党政考察团一行抵达。")
    got = held_posts(doc)
    assert not any("省市委" in body for _, body, _, _ in got)
    assert not any("省市委" in e.name for e in doc.entities.values())


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_japanese_given_name_runs_over_a_one_character_word():
    """日本公明党党首山口那津男一行, 委员长志位和夫表示: 那 and 和 open a syllable of a Japanese given
    name there, not the name's end (was 山口, 志位, false persons)."""
    got = _persons(extract_text("外交部消息\n王毅在北京会见日本公明党党首山口那津男一行。"))
    assert "山口那津男" in got and "山口" not in got
    got = _persons(extract_text("外交部消息\n王毅会见日本公明党党首志位和夫一行。"))
    assert "志位和夫" in got and "志位" not in got


def test_one_character_word_still_ends_a_name_before_a_word_or_a_name():
    """拜登那天表示 (那天, a word), 岸田和林芳正 (和 joins a second name): the name ends at 那, 和."""
    got = _persons(extract_text("外交部消息\n美国总统拜登那天表示欢迎。"))
    assert "拜登" in got and not any(n.startswith("拜登那") for n in got)
    got = _persons(extract_text("外交部消息\n日本首相岸田和林芳正出席。"))
    assert not any(n.startswith("岸田和") for n in got)


def test_head_post_after_an_unread_place_is_not_the_articles():
    """会见后，常州市代市长A与芬兰萨塔昆塔地区市长B续签协议; 英国爱丁堡市荣誉市长C: a 市长 after a
    place or title the scan cannot read is held there, not in the article's city (was 常州市,
    广州市 市长 for foreign guests).  A bare 市长 and a found place run into it stay read."""
    got = held_posts(extract_text("常州新闻\n会见后，常州市代市长费高云与芬兰萨塔昆塔地区市长帕蒂·拉杰拉"
                                  "续签了友好城市关系协议书。"))
    assert ("费高云", "常州市", "代市长", None) in got
    assert not any(p.startswith("帕蒂") and body == "常州市" for p, body, _, _ in got)
    got = held_posts(extract_text("常州新闻\n9月27日，市委书记阎立、市长费高云会见来宾。"))
    assert ("费高云", "常州市", "市长", None) in got


def test_honorific_after_a_foreign_name_ends_it():
    """市长彼得·罗德纳斯先生、副市长塞娜·马卡亚女士, 外相川口顺子女士: 先生, 女士 follow the name
    (was 彼得·罗德纳斯先生, 川口顺子女士)."""
    got = _persons(extract_text("常州新闻\n来宾代表蒂尔堡市市长彼得·罗德纳斯先生、达累斯萨拉姆市副市长"
                                "塞娜·马卡亚女士作了讲话。"))
    assert {"彼得·罗德纳斯", "塞娜·马卡亚"} <= got
    assert not any(n.endswith(("先生", "女士")) for n in got)


def test_joiner_before_a_spouse_closes_a_transliterated_name():
    """俄罗斯总统普京和夫人: 和 joins his wife, no name 普京和; a Chinese name ending in 和 (罗富和夫人)
    stays whole."""
    got = _persons(extract_text("外交部消息\n习近平会见俄罗斯总统普京和夫人。"))
    assert "普京" in got and "普京和" not in got
    assert "罗富和" in _persons(extract_text("政协消息\n全国政协副主席罗富和夫人出席活动。"))
