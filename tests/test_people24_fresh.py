"""People and posts in the shapes of fresh foreign-affairs reports and scraped county pages
(people24): a short transliterated name after a foreign country's 国家主席 (老挝国家主席通伦); a
space between a post and the name (县长 王立新: scraped pages); a call written 通了电话 and an
invitation's 应 after a name end it (特朗普|通了电话, 王毅|应…邀请); the European Union's own posts
(欧盟外交与安全政策高级代表博雷利, 欧洲理事会主席米歇尔); 总理 after a foreign name (黄循财总理); a bare
national post after a removal (秦刚被免去外长职务); compound ministries (阿根廷外交、国际贸易和宗教事务部);
a foreign city's mayor; time words, dashes and one-character countries around foreign names."""
from conftest import extract_text, held_posts


def _persons(text: str) -> set[str]:
    return {e.name for e in extract_text(text).entities.values() if e.type == "Person"}


def test_foreign_national_head_with_a_short_name():
    """会见老挝国家主席通伦: 通 is no family name, so the main scan never stops at the name, and the
    foreign-head rule read no post after 老挝 (国家主席 is 国家 and a state post): no person."""
    got = held_posts(extract_text("国家主席习近平在人民大会堂会见老挝国家主席通伦。"))
    assert ("通伦", "老挝", "主席", None) in got
    assert ("习近平", "中国", "主席", None) in got
    assert not _persons("老挝国家电力公司通报了情况。")


def test_space_between_post_and_name():
    """县长 王立新, 副县长　李明 (an ASCII, ideographic or no-break space of a scraped page): the post
    still heads the name after it; a headline list's next subject after a space is no holder of
    the post before (张吉福任平谷区委书记 齐静任怀柔区委书记)."""
    for sp in (" ", "\u3000", "\u00a0"):
        text = f"平江县召开县政府常务会议。县委副书记、县长{sp}王立新主持会议，副县长{sp}李明出席。"
        got = held_posts(extract_text(text))
        assert ("王立新", "平江县", "县长", None) in got, repr(sp)
        assert ("李明", "平江县", "副县长", None) in got, repr(sp)
    got = held_posts(extract_text("张吉福任平谷区委书记 齐静任怀柔区委书记"))
    assert not any(p == "齐静" and b == "平谷区委" for p, b, *_ in got)


def test_call_with_le_ends_a_foreign_name():
    """同美国总统特朗普通了电话: 通了电话 follows a name as 通电话 does; the name ran on into 通."""
    text = "国家主席习近平同美国总统特朗普通了电话。"
    assert "特朗普" in _persons(text) and "特朗普通" not in _persons(text)


def test_invitation_after_a_name_ends_it():
    """外交部长王毅应欧盟驻华代表团团长史伟大使邀请出席餐叙: 应 opens the invitation, no given
    name's character (a person 王毅应 held the post)."""
    got = held_posts(extract_text("外交部长王毅应欧盟驻华代表团团长史伟大使邀请，出席工作餐叙。"))
    assert ("王毅", "外交部", "部长", None) in got
    assert not any(p.endswith("应") for p, *_ in got)


def test_european_union_posts():
    """欧盟外交与安全政策高级代表博雷利, 欧洲理事会主席米歇尔: the Union's own posts, held in the
    Union or its institution; no post was read (the general table has no such title)."""
    got = held_posts(extract_text("国务委员兼外长王毅同欧盟外交与安全政策高级代表博雷利举行视频会见。"))
    assert ("博雷利", "欧洲联盟", "外交与安全政策高级代表", None) in got
    got = held_posts(extract_text("王毅在布鲁塞尔与欧洲理事会主席米歇尔会面。"))
    assert ("米歇尔", "欧洲理事会", "主席", None) in got


def test_china_national_head_then_punctuation_is_no_name():
    """欣悉您当选中国国家主席，我谨表示祝贺: China's 国家主席 is the main scan's; the foreign-head
    reading of 国家主席 after a country read the comma and the words after it as a name."""
    for text in ("巴西总统特梅尔表示，欣悉您当选中国国家主席，我谨表示衷心祝贺。",
                 "使节们转达了各自国家领导人对习近平当选连任中国国家主席的诚挚祝贺。"):
        assert not any(p.startswith(("，", "我", "的")) for p in _persons(text)), text


def test_shared_post_after_a_foreign_name():
    """会见黄循财总理, 会见新加坡黄循财总理: 总理 is a post China has too, so a name before it was
    never read as a foreign head's; a known head's name (foreign_leaders) or a foreign country
    right before the name makes it that country's.  李强总理 stays China's."""
    for text in ("国务院总理李强在新加坡会见黄循财总理。", "李强总理会见新加坡黄循财总理。"):
        got = held_posts(extract_text(text))
        assert ("黄循财", "新加坡", "总理", None) in got, text
        assert not any(p == "李强" and b == "新加坡" for p, b, *_ in got), text
    got = held_posts(extract_text("外交部长王毅同李强总理一道会见外宾。"))
    assert not any(p == "李强" and b != "国务院" for p, b, *_ in got)


def test_bare_national_post_after_a_removal():
    """秦刚被免去外长职务, 秦刚被免去国务委员职务: a national post written bare right after the verb
    (national_posts: 外长 → 外交部, 国务委员 → 国务院) is the central organ's, as after a name (王毅外长);
    it was read after the name but never after a verb of appointment or removal."""
    got = held_posts(extract_text("全国人大常委会第四次会议表决，秦刚被免去外长职务。"))
    assert ("秦刚", "外交部", "外长", "removed") in got
    got = held_posts(extract_text("全国人大常委会第四次会议表决，秦刚被免去国务委员职务。"))
    assert ("秦刚", "国务院", "国务委员", "removed") in got
    got = held_posts(extract_text("日本国会决定，林芳正被免去外长职务。"))
    assert not any(b == "外交部" for _, b, *_ in got)


def test_foreign_ministry_with_a_compound_name():
    """阿根廷外交、国际贸易和宗教事务部部长卡菲耶罗: a foreign ministry listing its fields with 、 and
    和 is no body any finder reads (the 、 ends a name), so its minister held nothing; the
    ministry under the country's name holds the post (written 部部长 or 部长).  Two bodies joined
    by 和 (国务院和国防部) are no such name."""
    for text in ("阿根廷外交、国际贸易和宗教事务部部长卡菲耶罗表示愿加强合作。",
                 "王毅会见阿根廷外交、国际贸易和宗教事务部长卡菲耶罗。"):
        got = held_posts(extract_text(text))
        assert ("卡菲耶罗", "阿根廷外交、国际贸易和宗教事务部", "部长", None) in got, text
    got = held_posts(extract_text("外交部长王毅会见澳大利亚外交和贸易部副部长亚当斯。"))
    assert ("亚当斯", "澳大利亚外交和贸易部", "副部长", None) in got
    assert not any(b.endswith("国防部") for _, b, *_ in held_posts(extract_text("王毅会见美国国务院和国防部部长。")))


def test_foreign_city_head():
    """美国加利福尼亚州旧金山市市长布里德: the chain before the name reads no body in a foreign
    city's 市长, so the mayor held nothing; the city the post follows holds it."""
    for text in ("美国加利福尼亚州旧金山市市长布里德宣布将于近日访问中国。", "旧金山市市长布里德将访问中国。"):
        got = held_posts(extract_text(text))
        assert ("布里德", "旧金山", "市长", None) in got, text


def test_time_adverb_after_a_foreign_name():
    """美国总统里根最近访问巴西: 最近 (tagged f, no word of running text) ended no transliterated
    name, so the person was 里根最近; like 近期 it is a time word after the name (日前, 近日 too)."""
    for w in ("最近", "日前", "近日"):
        text = f"巴西总统菲格雷多通报了美国总统里根{w}访问巴西的情况。"
        assert "里根" in _persons(text) and f"里根{w}" not in _persons(text), w


def test_party_leader_and_head_of_state_with_a_short_name():
    """老挝人民革命党中央总书记、国家主席通伦: the party names the country of 国家主席, but 通 is no
    family name, so the main scan read no name there; the party's leader holds both posts."""
    got = held_posts(extract_text("国家主席习近平会见老挝人民革命党中央总书记、国家主席通伦。"))
    assert ("通伦", "老挝", "主席", None) in got
    assert ("通伦", "老挝人民革命党中央委员会", "总书记", None) in got


def test_party_named_before_another_person_leaves_the_state_post_home():
    """越共中央总书记阮富仲会见了国家主席习近平特使: a person named between the foreign party and
    国家主席 ends the party's reach; the bare title is China's again (习近平 held Vietnam's)."""
    got = held_posts(extract_text("越共中央总书记阮富仲会见了国家主席习近平特使。"))
    assert ("习近平", "中国", "主席", None) in got
    assert ("习近平", "越南", "主席", None) not in got


def test_double_barrelled_foreign_name_with_a_dash():
    """秘鲁外长冈萨雷斯—奥莱切亚访华: a dash joins two family names of one person (a Spanish name),
    so the minister held nothing (the dash ended the reading); a dash of punctuation (索萨——) or
    one before a verb (米莱—表示) is no join."""
    got = held_posts(extract_text("秘鲁外长冈萨雷斯—奥莱切亚访华期间，王毅外长将同其举行会谈。"))
    assert ("冈萨雷斯—奥莱切亚", "秘鲁外交部", "外长", None) in got
    assert not any("—" in p for p in _persons("阿根廷总统米莱—表示欢迎。"))
    assert not any("—" in p for p in _persons("玻利维亚外长索萨——这位新任外长首次访华。"))


def test_one_character_country_is_no_opener_of_a_name():
    """阿方辛总统接见他时 after 阿根廷 was named: the place finder reads 阿 as Argentina's
    abbreviation, and the country before a name cut the name to 方辛 (a false person holding
    Argentina's 总统).  A country of one character opens no name before a foreign post."""
    text = "吴学谦结束访问阿根廷抵达巴西。\n吴学谦外长说，阿方辛总统接见他时，双方交换了意见。"
    assert "方辛" not in _persons(text)
    got = held_posts(extract_text("国家主席习近平同法国马克龙总统举行会谈。"))
    assert ("马克龙", "法国", "总统", None) in got
