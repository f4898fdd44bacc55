"""Round 72 (ngo72): news of social organisations (chambers of commerce, trade associations, charity
federations, civil-affairs counts of registered organisations) from fresh texts of /tmp/s26/fresh/ngo72
(浙江 开化 and 庆元, 江苏 徐州 and 无锡, 福建 漳州, 广东 深圳 宝安, 河南 洛阳, 浙江 瓯海, 山东 济南, 广西).  Fixes: the head of
an association elected with no body written, or only its kind, term and council (郑健新当选会长,
王爱钦当选为商会新一届会长, 齐利锋当选第二届理事会会长) holds the post in the one association of that kind
the article names (posts); an association's leading group for its term (…行业协会第七届理事会换届工作领导小组)
is no government agency, the association is named (agencies), and its bare kind before a post (协会会长)
is that association; a city's one-character short form after 在 (在杭|庆元商会) is no part of the body's
name (organisations); a federation's second name in brackets (县工商联(总商会)主席, 福永工商联(商会)会长)
leaves the post to the federation, and a chain of posts goes on across it (posts); a foundation named
after the body that set it up (清华大学教育基金会) is one name (organisations); a general federation's term
before its head's post (第三届总会会长) is the federation (posts); 上年 after 网上, 线上 (网上年检) counts
back no year (periods); an association's head written right before another post's body
(江苏省蔬菜协会会长无锡朝阳集团董事长张海良) chains as 常委 does (posts)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _held(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_an_elected_head_with_no_body_written_is_the_article_s_association_s():
    """01-kaihua-chamber, 03-xuzhou-fujian-chamber, 06-zhangzhou-zhangping-chamber: 齐利锋当选第二届理事会会长,
    王爱钦当选为商会新一届会长, 郑健新当选会长 (base: no post, or only the company's 董事长)."""
    doc = extract_text("台州开化商会换届选举\n11月30日,台州开化商会二届一次会员大会在台州市召开。大会选举产生了商会"
                       "第二届理事会。齐利锋当选第二届理事会会长并发表讲话。")
    assert ("齐利锋", "台州开化商会") in _held(doc), _held(doc)
    doc = extract_text("徐州市福建商会换届\n9月25日,徐州市福建商会第四届第一次会员大会召开。会议选举产生了商会第四届"
                       "领导班子,江苏徐钢集团董事长王爱钦当选为商会新一届会长。")
    assert {("王爱钦", "徐州市福建商会"), ("王爱钦", "江苏徐钢集团")} <= _held(doc), _held(doc)
    doc = extract_text("漳州市漳平商会成立\n10月15日,漳州市漳平商会召开第一届第一次会员大会,漳州德众工程设计有限公司"
                       "董事长郑健新当选会长。")
    assert ("郑健新", "漳州市漳平商会") in _held(doc), _held(doc)
    # two chambers named: no telling whose head he is
    two = extract_text("两商会联谊\n徐州市福建商会与徐州市温州商会举行联谊会,会上王明当选会长。")
    assert not any(p == "王明" for p, _ in _held(two)), _held(two)


def test_an_association_s_term_leading_group_is_no_agency():
    """05-zhejiang-wall-assoc: 浙江省新型墙体材料行业协会第七届理事会换届工作领导小组第二次会议…协会会长、领导小组
    组长吴宗刚 (base: an Agency of that whole name, no association, 吴宗刚 holding a post in a bare 领导小组)."""
    doc = extract_text("10月22日下午,浙江省新型墙体材料行业协会第七届理事会换届工作领导小组第二次会议在杭州召开,"
                       "协会会长、领导小组组长吴宗刚,协会秘书长、领导小组副组长董波参加会议。")
    assert "浙江省新型墙体材料行业协会" in _names(doc, "Organization"), _names(doc, "Organization")
    assert not any("协会第七届" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert {("吴宗刚", "浙江省新型墙体材料行业协会"), ("董波", "浙江省新型墙体材料行业协会")} <= _held(doc), _held(doc)
    # a government's leading group stays an agency
    gov = extract_text("邯郸市脱贫攻坚领导小组召开会议。")
    assert "邯郸市脱贫攻坚领导小组" in _names(gov, "Agency"), _names(gov, "Agency")


def test_a_city_s_short_form_after_zai_is_no_part_of_a_chamber_s_name():
    """02-qingyuan-chamber: 也必将为在杭庆元商会发展带来新契机 (base: an Organization 杭庆元商会)."""
    doc = extract_text("杭州庆元商会召开第二次会员代表大会。柳新华当选第二届理事会会长。庆元的发展势头良好,"
                       "也必将为在杭庆元商会发展带来新契机。")
    assert "杭庆元商会" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert ("柳新华", "杭州庆元商会") in _held(doc), _held(doc)
    # a word the character opens stays: 在|京东集团
    jd = extract_text("他在京东集团工作多年。")
    assert "京东集团" in _names(jd, "Organization"), _names(jd, "Organization")


def test_a_federation_s_second_name_in_brackets_leaves_the_post_to_the_federation():
    """07-baoan-charity: 福永工商联(商会)会长黄尔春 (base: an Agency 福永工商联(商会)会); 嘉善县工商联(总商会)主席莫国平
    (the shape of county federations' news; base: no post)."""
    doc = extract_text("嘉善县工商联(总商会)主席莫国平出席会议。")
    assert ("莫国平", "嘉善县工商联") in _held(doc), _held(doc)
    doc = extract_text("深圳市宝安区慈善会副会长、福永工商联(商会)会长黄尔春出席。")
    assert not any("(" in n for n in _names(doc, "Agency") | _names(doc, "Organization")), doc.entities
    assert any(p == "黄尔春" and b.endswith("福永工商联") for p, b in _held(doc)), _held(doc)


def test_a_chain_of_posts_goes_on_across_a_bracketed_second_name():
    """07-baoan-charity: 深圳市宝安区慈善会副会长、福永工商联(商会)会长黄尔春 (base: the chain stopped at the bracket,
    no post in 宝安区慈善会); 县委常委、县工商联（总商会）主席李华 (base: no post at all)."""
    doc = extract_text("深圳市宝安区慈善会副会长、福永工商联(商会)会长黄尔春出席。")
    assert ("黄尔春", "宝安区慈善会") in _held(doc), _held(doc)
    doc = extract_text("县委常委、县工商联（总商会）主席李华出席会议。")
    assert {("李华", "县委"), ("李华", "县工商联")} <= _held(doc), _held(doc)


def test_a_foundation_named_after_the_body_that_set_it_up_is_one_name():
    """07-baoan-charity: 在深圳市民政局注册成立深圳市宝安福永商会公益基金会 (base: the Organization 深圳市宝安福永商会,
    the foundation lost); 清华大学教育基金会 (base: 清华大学 only)."""
    doc = extract_text("在深圳市民政局注册成立深圳市宝安福永商会公益基金会,募集捐款达2100余万元。")
    assert "深圳市宝安福永商会公益基金会" in _names(doc, "Organization"), _names(doc, "Organization")
    doc = extract_text("清华大学教育基金会向学校捐赠一批图书。")
    assert "清华大学教育基金会" in _names(doc, "Organization"), _names(doc, "Organization")
    # a verb or a preposition between: two bodies, or a body and the kind
    doc = extract_text("万科集团出资成立基金会。清华大学向基金会捐赠。")
    assert {"万科集团", "清华大学"} <= _names(doc, "Organization"), _names(doc, "Organization")
    assert not any(n.endswith("基金会") for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_general_federation_s_term_before_its_head_s_post_is_the_federation():
    """10-jinan-charity-federation (山东 济南): 张泽同志当选第三届总会会长, 选举张泽任总会三届理事会会长,
    谢传仁、栾毅昌…任副会长 (base: an Agency 第三届总会 holding the post, no 副会长 of the federation)."""
    doc = extract_text("济南慈善总会召开第三次会员代表大会\n选举产生第三届理事会 张泽同志当选第三届总会会长\n"
                       "会员代表大会闭幕后,召开了第三届理事会。选举张泽任总会三届理事会会长,谢传仁、栾毅昌任副会长。")
    assert not any("总会" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert {("张泽", "济南市慈善总会"), ("谢传仁", "济南市慈善总会")} <= _held(doc), _held(doc)


def test_shang_nian_inside_wangshang_is_no_last_year():
    """11-guangxi-online-inspection (广西 自治区民政厅): 此次网上年检全区性社会组织869个 (base: period 上年 read out of
    网上|年检, the indicator 检全区性社会组织); 较上年 and 以上年为基数 still count back a year."""
    doc = extract_text("此次网上年检全区性社会组织869个,其中基本合格97个。")
    got = {m.value: (m.indicator, m.period_text) for m in doc.metrics}
    assert got[869] == ("网上年检全区性社会组织", None), got
    doc = extract_text("网上年货节销售额达200万元。")
    assert [m.period_text for m in doc.metrics] == [None], [m.period_text for m in doc.metrics]
    back = extract_text("2023年全县生产总值达300亿元,上年为280亿元。")
    assert any(m.period_text == "上年" for m in back.metrics), [(m.indicator, m.period_text) for m in back.metrics]


def test_an_association_s_head_written_right_before_another_post_s_body():
    """04-wuxi-vegetable-assoc (江苏 无锡): 江苏省蔬菜协会会长无锡朝阳集团董事长张海良 (base: only the company's post)."""
    doc = extract_text("江苏省蔬菜协会会长无锡朝阳集团董事长张海良出席会议。")
    assert {("张海良", "江苏省蔬菜协会"), ("张海良", "无锡朝阳集团")} <= _held(doc), _held(doc)
    # 会长办公室: the post names the chamber's office, no second post follows
    office = extract_text("温州商会会长办公室主任王明出席。")
    assert ("王明", "温州商会") not in _held(office), _held(office)


def test_the_delegates_counted_end_before_their_vote():
    """10-jinan-charity-federation (山东 济南): 200余名与会代表选举产生了第三届理事会, the shape of every congress
    of an association (base: the indicator 会员代表选举产生了新一届理事会, 会员代表审议)."""
    doc = extract_text("大会召开,300余名会员代表选举产生了新一届理事会。")
    assert [m.indicator for m in doc.metrics] == ["会员代表"], [m.indicator for m in doc.metrics]
    doc = extract_text("大会召开,300余名会员代表审议通过了章程。")
    assert [m.indicator for m in doc.metrics] == ["会员代表"], [m.indicator for m in doc.metrics]
