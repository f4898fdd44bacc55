"""County festivals, signing ceremonies and framework agreements (round 24, relations24).

A festival named with its edition is a programme whatever kind of 节 it is (首届鲁山杜鹃花节,
第三届安庆购物节, 第四届年俗年货节), where 节 ends no common word (环节, 春节) and opens none (节能);
a second event joined by 暨 to a festival or contest found by the edition rule is an event of its own
(…油菜花文化旅游节暨梅干岭全国摄影大赛), and so is the first when the edition rule read across 暨 up
to the last head (第二届龙虾美食节暨首届农产品博览会); the same festival named again after its
edition without the place before it (首届杜鹃花节) is the one named first.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import built as _result, placed_in as _placed, programmes_in as _programmes


def test_a_festival_named_with_its_edition_is_a_programme():
    """首届…杜鹃花节, 第三届…购物节, 第四届…年货节: no event head (文化节, 旅游节) closes these names,
    and none was read."""
    assert "平山杜鹃花节" in _programmes("4月18日，2020年首届平山杜鹃花节开幕式在平沟村举行。")
    assert "安庆购物节" in _programmes("9月20日，第三届安庆购物节在市区开幕。")
    assert "年俗年货节" in _programmes("1月5日，第四届年俗年货节在县城开幕。")


def test_a_word_ending_or_opening_with_jie_after_an_edition_is_no_festival():
    """环节, 春节 close a word; 节能 opens one: no festival is named."""
    assert not _programmes("首届大赛各环节顺利进行。")
    assert not any(n.endswith("节") for n in _programmes("第二届全国节能宣传周启动。"))
    assert not any(n.endswith("节") for n in _programmes("首届年会恰逢春节，气氛热烈。"))


def test_a_contest_joined_to_a_festival_is_a_second_event():
    """第六届油菜花文化旅游节暨梅干岭全国摄影大赛: only the festival was read."""
    names = _programmes("3月29日，第六届油菜花文化旅游节暨梅干岭全国摄影大赛开幕式在家朋乡举行。")
    assert {"油菜花文化旅游节", "梅干岭全国摄影大赛"} <= names


def test_the_first_of_two_joined_events_is_kept():
    """第二届龙虾美食节暨首届农产品博览会: the edition rule read up to 博览会 and kept the second alone."""
    names = _programmes("9月8日，第二届龙虾美食节暨首届农产品博览会在县城开幕。")
    assert {"龙虾美食节", "农产品博览会"} <= names


def test_one_session_titled_by_two_stays_one():
    """秋播生产暨…推进会: one meeting; its first part is no event of its own."""
    names = _programmes("县里召开首届秋播生产暨重点农业产业链建设现场推进会。")
    assert not any(n.startswith("秋播生产") and "暨" not in n and n != "秋播生产暨重点农业产业链建设现场推进会" for n in names)


def test_the_festival_named_again_without_its_place_is_the_same():
    """首届平山杜鹃花节…首届杜鹃花节: one festival (平山 is no place the text reads), not two."""
    names = _programmes("4月18日，首届平山杜鹃花节开幕式在平沟村举行。据了解，首届杜鹃花节活动持续到5月6日。")
    assert "平山杜鹃花节" in names and "杜鹃花节" not in names


def test_a_fair_joined_to_the_national_harvest_festival_is_not_placed_in_china():
    """2023年中国农民丰收节暨…展销会在该县洲头乡举办: the 中国 the festival's name opens with made the
    article's place, and both events were placed in 中国; the township of the stage places them now."""
    placed = _placed("2023年中国农民丰收节暨优质农产品展销会举办\n"
                     "近日，2023年中国农民丰收节暨优质农产品展销会在该县洲头乡举办。\n"
                     "宿松县乡园禽业贸易有限责任公司经理表示，将深化三产融合。")
    assert ("优质农产品展销会", "中国") not in placed
    assert ("中国农民丰收节", "中国") not in placed
    assert ("优质农产品展销会", "洲头乡") in placed
    placed = _placed("9月23日，2022年中国农民丰收节暨第三届桐乡农产品展销会开幕。")
    assert not any(p == "中国" for n, p in placed if n != "中国农民丰收节")


def test_an_expo_with_a_host_keeps_the_article_where_it_was():
    """我市…参加中国国际进口博览会 (hosted in 上海): the article is about a city it does not name; the
    host city is no better a guess than 中国, so a hosted expo's 中国 still counts."""
    res = _result("昨天，第二届中国国际进口博览会在上海国家会展中心开幕。我市报名参会的企事业单位91家。")
    assert all(a["place"] != "place-310000" for a in res.document["articles"])


def _cooperating(text: str) -> set[frozenset]:
    res = _result(text)
    names = {k: e.name for k, e in res.entities.items()}
    return {frozenset((names[r.subject], names[r.object])) for r in res.relations if r.predicate == "cooperatesWith"}


def test_persons_signing_for_three_parties_make_their_bodies_cooperate():
    """副县长张三、X院总会计师李四、Y集团董事长王五代表三方签署…: the three bodies the signers' titles
    name sign together (no cooperation was read: the count followed persons, not bodies); a bare 副县长
    stands for the county's government the article names."""
    pairs = _cooperating("10月16日，无棣县人民政府与华东院座谈。副县长张恩传、华东院总会计师周歌、"
                         "友发集团董事长付华雁代表三方签署战略合作协议。")
    assert {frozenset(("华东院", "友发集团")), frozenset(("无棣县人民政府", "友发集团"))} <= pairs


def test_a_list_shorter_than_the_count_signs_for_nobody():
    """两人代表三方: the list is not the parties' (one side's signer unread); nothing is guessed."""
    pairs = _cooperating("华东院总会计师周歌、友发集团董事长付华雁代表三方签署战略合作协议。")
    assert frozenset(("华东院", "友发集团")) not in pairs


def test_the_parties_an_agreement_title_opens_with_cooperate():
    """双方签署了《A、B战略合作框架协议》, 《A与B…协议》, 《A B…协议》: the title names the parties, and
    nothing was read from it (the bodies inside a title are no mentions of their own)."""
    pairs = _cooperating("2月27日，中天城投集团股份有限公司董事长到访玉溪市人民政府，会上双方签署了"
                         "《玉溪市人民政府、中天城投集团股份有限公司战略合作框架协议》。")
    assert frozenset(("玉溪市人民政府", "中天城投集团股份有限公司")) in pairs
    pairs = _cooperating("会上，泰顺县人民政府、浙江农林大学负责人出席，双方签署《泰顺县人民政府与浙江农林大学战略合作框架协议》。")
    assert frozenset(("泰顺县人民政府", "浙江农林大学")) in pairs
    pairs = _cooperating("5月5日，中山大学代表到访平舆县人民政府，双方签订了《平舆县人民政府 中山大学共建河南研究院合作协议》。")
    assert frozenset(("平舆县人民政府", "中山大学")) in pairs


def test_a_title_naming_one_body_names_no_pact():
    """《泰顺县人民政府关于…协议》, a body and a topic: one body is no pair."""
    pairs = _cooperating("会上，泰顺县人民政府、浙江农林大学负责人出席。县政府印发《泰顺县人民政府乡村振兴合作协议管理办法》。")
    assert frozenset(("泰顺县人民政府", "浙江农林大学")) not in pairs


def test_a_pair_read_already_is_not_read_again_the_other_way():
    """中山大学与平舆县人民政府签署…《平舆县人民政府 中山大学…协议》: one cooperation, not two."""
    res = _result("5月5日，中山大学与平舆县人民政府签署合作协议，双方签订了《平舆县人民政府 中山大学共建研究院合作协议》。")
    names = {k: e.name for k, e in res.entities.items()}
    got = [(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "cooperatesWith"
           and {names[r.subject], names[r.object]} == {"平舆县人民政府", "中山大学"}]
    assert len(got) == 1


def test_signers_each_acting_for_a_body_in_a_clause_of_their_own_cooperate():
    """区长张三代表X区人民政府，区域经理李四代表Y集团有限公司云签署…协议: the last clause's verb signs for
    both; no cooperation was read (no 与 between them).  A clause where 代表X does something else
    (代表县政府致辞) names no signer."""
    pairs = _cooperating("6月4日上午，区长杨桂榕代表阿城区人民政府，区域经理孙昊代表航天建设集团有限公司"
                         "云签署全方位经济发展战略合作协议。")
    assert frozenset(("阿城区人民政府", "航天建设集团有限公司")) in pairs
    pairs = _cooperating("县长王五代表阿城区人民政府致辞，董事长李四代表航天建设集团有限公司签署协议。")
    assert frozenset(("阿城区人民政府", "航天建设集团有限公司")) not in pairs
