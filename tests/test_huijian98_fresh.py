"""Round 98 (huijian98): a state leader's meetings and talks with foreign leaders — 新华社 reports of
习近平, 李克强 and 王毅 meeting or phoning the presidents of the United States, the chancellor of Germany and
the UN's secretary-general (2013–2024), a banquet for a visiting president, and provincial leaders (Sichuan's
governor, Suzhou's party secretary) meeting a foreign princess and a foreign party's delegation (fresh
texts of /tmp/s26/fresh/huijian98).  Fixes: the leaders listed bare before the verb of attendance that
closes the sentence (李克强、张德江、…、王岐山出席。 …等出席, …在座) are people, as a list before 出席会议 was;
and a clause opened by a country's side (中方将全力支持联合国的工作, 中方愿同联合国加强合作) has that side
as its subject — the article's agency (中共中央政治局 of the minister's posts) neither supports nor
cooperates with the UN there."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def test_leaders_listed_before_a_bare_verb_of_attendance_are_people():
    """02-xi-yanhui-trump-2017: 国家主席习近平和夫人彭丽媛9日晚在人民大会堂举行宴会,欢迎美国总统特朗普和夫人梅拉尼娅。
    李克强、张德江、俞正声、张高丽、栗战书、汪洋、王沪宁、赵乐际、韩正、刘云山、王岐山出席。 (base: none of the eleven a
    person; the same list before 出席会议 was read)."""
    doc = extract_text("宴会\n国家主席习近平9日晚在人民大会堂举行宴会,欢迎美国总统特朗普。"
                       "李克强、张德江、俞正声、张高丽、栗战书、汪洋、王沪宁出席。")
    assert {"李克强", "张德江", "俞正声", "张高丽", "栗战书", "汪洋", "王沪宁"} <= _names(doc, "Person"), \
        _names(doc, "Person")


def test_a_leaders_wife_named_after_furen_is_a_person():
    """02-xi-yanhui-trump-2017: 国家主席习近平和夫人彭丽媛9日晚在人民大会堂举行宴会,欢迎美国总统特朗普和夫人梅拉尼娅。
    (base: neither wife a person).  A spouse is no post; 夫人 with no name after it (普京夫人出席, 和夫人一起, 夫人外交)
    names no one."""
    doc = extract_text("宴会\n国家主席习近平和夫人彭丽媛9日晚在人民大会堂举行宴会,欢迎美国总统特朗普和夫人梅拉尼娅。")
    assert {"彭丽媛", "梅拉尼娅"} <= _names(doc, "Person"), _names(doc, "Person")
    assert not {h for h in relation_pairs(doc, "holdsPost") if h[0] in ("彭丽媛", "梅拉尼娅")}, \
        relation_pairs(doc, "holdsPost")
    doc = extract_text("活动\n普京夫人出席了活动。他和夫人一起参观。夫人外交受到关注。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def test_a_list_closed_by_deng_or_zaizuo_is_people_too():
    """The same list closed by 等 before the verb (李克强、张德江、俞正声等出席) and the aides seated at a meeting
    (07-suzhou-wangmin-maolitaniya-2002: 会见时,省外办副主任苏根华等在座, here with three bare names)."""
    doc = extract_text("会见\n李克强、张德江、俞正声等出席。")
    assert {"李克强", "张德江", "俞正声"} <= _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("会见\n会见时,马文普、苏根华、李洪仁在座。")
    assert {"马文普", "苏根华", "李洪仁"} <= _names(doc, "Person"), _names(doc, "Person")


def test_a_list_of_places_posts_or_bodies_before_the_verb_is_no_people():
    """Precision: the cue makes people only of whole names — places, posts and bodies listed before 出席 or 陪同
    stay what they are, and two names alone are too few to read a bare list."""
    doc = extract_text("会议\n北京、上海、广州出席。")
    assert not _names(doc, "Person") and {"北京市", "上海市", "广州市"} <= _names(doc, "Place"), \
        (_names(doc, "Person"), _names(doc, "Place"))
    doc = extract_text("会议\n市长、副市长、秘书长出席。开幕式上,高新区、经开区、新区负责人陪同。")
    assert not _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("会见\n王毅、杨洁篪陪同。")
    assert not _names(doc, "Person"), _names(doc, "Person")


def test_a_countrys_side_opening_the_clause_is_its_subject():
    """03-wangyi-guterres-2024: 中共中央政治局委员、外交部长王毅在纽约联大期间会见联合国秘书长古特雷斯。… 中方愿同联合国加强合作
    … 中方将全力支持联合国的工作。 … 为中国同联合国合作指明了方向 (base: 中共中央政治局 cooperatesWith 联合国 and supports 联合国 — the article's
    agency guessed for a clause whose subject is China's side)."""
    doc = extract_text("王毅会见联合国秘书长\n当地时间9月27日,中共中央政治局委员、外交部长王毅在纽约会见联合国秘书长古特雷斯。\n"
                       "王毅表示,中方愿同联合国加强合作。\n王毅说,中方将全力支持联合国的工作。\n"
                       "习近平主席同你达成诸多重要共识,为中国同联合国合作指明了方向。")
    assert ("古特雷斯", "联合国") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    assert not {p for p in relation_pairs(doc, "supports") | relation_pairs(doc, "cooperatesWith")
                if "联合国" in p}, (relation_pairs(doc, "supports"), relation_pairs(doc, "cooperatesWith"))

    # precision: where no side opens the clause the agency of the article still acts (县民政局…将全力支持县慈善总会的
    # 工作), and a county whose name opens with 中方 (湖南中方县) is no side of China
    doc = extract_text("帮扶\n县民政局召开会议。县民政局将全力支持县慈善总会的工作。")
    assert ("县民政局", "县慈善总会") in relation_pairs(doc, "supports"), relation_pairs(doc, "supports")
    doc = extract_text("帮扶\n中方县民政局召开会议。\n中方县将全力支持县慈善总会的工作。")
    assert "中方县民政局" in {a for a, _ in relation_pairs(doc, "supports")}, relation_pairs(doc, "supports")


def test_a_stamp_crediting_a_site_and_its_paper_is_no_headline():
    """06-sichuan-zhangzhongwei-shilintong-2005: 四川省省长张中伟会见泰国公主诗琳通 / 2005年04月13日 四川新闻网-成都日报
    (base: no title — the stamp, its site and paper joined by a hyphen, was read as a line of the headline).  A
    stamp with the paper alone was read already and still is."""
    doc = extract_text("四川省省长张中伟会见泰国公主诗琳通\n2005年04月13日 四川新闻网-成都日报\n"
                       "昨日,省长张中伟在蓉会见了泰国公主诗琳通一行。")
    assert [a.title for a in doc.articles] == ["四川省省长张中伟会见泰国公主诗琳通"], [a.title for a in doc.articles]
    assert doc.articles[0].date == "2005-04-13", doc.articles[0].date
    doc = extract_text("四川省省长张中伟会见泰国公主诗琳通\n2005年04月13日 成都日报\n昨日,省长张中伟在蓉会见了泰国公主诗琳通一行。")
    assert [a.title for a in doc.articles] == ["四川省省长张中伟会见泰国公主诗琳通"], [a.title for a in doc.articles]
