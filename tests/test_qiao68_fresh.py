"""Round 68 (qiao68): overseas Chinese affairs and the united front — 侨联, 侨务办, 统战部, 台办 and 工商联
news of provinces, cities and counties (/tmp/s26/fresh/qiao68: 江苏, 常州, 通州, 凭祥, 汕头金平区, 贵州, 上海,
安阳, 汉中).  Fixes: the home a visit goes to after a full name (来到会长王保生家: no person 王保生家); a
compound family name the dictionary tags a noun (司徒, 上官) read after a post (副主任司徒桂美: a person);
a figure that counts a list closed by 等 right before it (发放宣传册、慰问信等1200份: the items are the
indicator, not the unit 份 alone); a percentage after a group closed by 中 and followed by what that part
of the group does (人才中90%以上具有侨的背景: the share of the talents with that background, not a level);
overseas general associations (加拿大温州同乡总会, 旅德上海华人华侨总会): organisations, no agency of a home town;
life-long honorary heads (永远名誉主席, 永远荣誉会长) and heads of federations (署理总会长, 总主席): posts of the
association."""
from __future__ import annotations

from conftest import body_names as _names, extract_text, post_pairs as _posts


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_the_home_a_visit_goes_to_is_no_part_of_the_name():
    """06-guizhou-zhongqiu (贵州省侨联): 王茂爱、吕虹一行先来到省侨商会会长王保生家,亲切询问了他的身体
    (base: a person 王保生家 holding the post of 省侨商会 beside 王保生)."""
    doc = extract_text("省侨联开展中秋走访慰问活动\n9月15日,省侨联主席吕虹走访慰问老归侨。吕虹一行先来到省侨商会"
                       "会长王保生家,亲切询问了他的身体和生活情况,并送上慰问金和节日祝福。")
    people = _names(doc, "Person")
    assert "王保生家" not in people and "王保生" in people, people
    assert ("王保生", "省侨商会") in _posts(doc), _posts(doc)
    # a three-character name after a post stays whole, and so does a name the text writes on its own
    plain = extract_text("县侨联召开会议\n副县长王保生出席会议并讲话。")
    assert "王保生" in _names(plain, "Person"), _names(plain, "Person")


def test_a_compound_family_name_the_dictionary_tags_a_noun_opens_a_name_after_a_post():
    """06-guizhou-zhongqiu: 走访慰问了原省人大副主任司徒桂美和省侨商会会长王保生两位老归侨 (base: no person
    司徒桂美 — 司徒 is a noun of the dictionary, so the finder took it for a common word)."""
    doc = extract_text("省侨联开展中秋走访慰问活动\n9月15日,省侨联主席吕虹走访慰问了原省人大副主任司徒桂美和"
                       "省侨商会会长王保生两位老归侨。")
    assert "司徒桂美" in _names(doc, "Person"), _names(doc, "Person")
    other = extract_text("市政协召开主席会议\n市政协副主席上官清华主持会议。")
    assert "上官清华" in _names(other, "Person"), _names(other, "Person")


def test_a_figure_counting_a_list_closed_by_etc_is_named_by_the_list():
    """09-hanzhong-taiban (汉中市台办): 赠送汉中宣传片、宣传资料和重点合作项目等560份 (base: the indicator 份,
    the unit alone, as for every figure right after a list's 等)."""
    doc = extract_text("县侨联开展侨法宣传\n活动中,县侨联发放宣传册、慰问信等1200份,接受群众咨询300余人次。")
    assert ("宣传册、慰问信", 1200, "份") in _metrics(doc), _metrics(doc)
    total = extract_text("县侨联开展侨法宣传\n今年,县侨联赠送图书、光盘等共1000册。")
    assert ("图书、光盘", 1000, "册") in {(i.removeprefix("赠送"), v, u) for i, v, u in _metrics(total)}, _metrics(total)
    # a 等 whose list's kind and a verb follow still opens what is counted; a grade's 等 is no list
    places = extract_text("县侨联开展慰问\n县侨联向军营、社区等地赠送党史书籍1500多册。")
    assert ("赠送党史书籍", 1500, "册") in _metrics(places), _metrics(places)
    grade = extract_text("县教育发展\n全县有中等职业学校等12所。")
    assert ("中等职业学校", 12, "所") in _metrics(grade), _metrics(grade)
    # a count followed by its own noun or the next figure of the same noun is named by that noun
    stacked = extract_text("做实资源统筹\n整合各级党群服务中心、妇女之家等10类5828个基层公共服务资源。")
    assert not any(i.endswith("妇女之家") for i, _v, _u in _metrics(stacked)), _metrics(stacked)


def test_a_percentage_among_a_group_is_the_share_of_the_group_doing_it():
    """02-changzhou-qiaoqing (常州日报): 常州市引进落户的海外创新创业人才中90%以上具有侨的背景 (base: the indicator
    引进落户的海外创新创业人才中, a level — the group and its 中, not what the 90% of it does)."""
    doc = extract_text("常州启动基本侨情调查\n据初步统计,常州市引进落户的海外创新创业人才中90%以上具有侨的背景。")
    got = {(m.indicator, m.value, m.kind) for m in doc.metrics}
    assert ("引进落户的海外创新创业人才具有侨的背景", 90, "share") in got, got
    comma = extract_text("常州启动基本侨情调查\n在引进的海外人才中,80%具有硕士以上学历。")
    assert ("引进的海外人才具有硕士以上学历", 80, "share") in {(m.indicator, m.value, m.kind) for m in comma.metrics}
    # 其中 names no group, and a change after the figure is no share of a group
    other = extract_text("常州启动基本侨情调查\n全市引进各类人才5000人,其中90%以上具有侨的背景。全市工业中增长5%。")
    assert not any(m.kind == "share" and m.value == 5 for m in other.metrics), [(m.indicator, m.kind) for m in other.metrics]
    assert not any(m.indicator.startswith("其") for m in other.metrics), [m.indicator for m in other.metrics]


def test_an_overseas_chinese_general_association_is_an_organisation_abroad():
    """Overseas associations a 侨务 page names (加拿大温州同乡总会常务副会长陈时满, 旅德上海华人华侨总会会长龚礼明): the
    society abroad (base: an agency 温州市同乡总会 located in 温州市, the country dropped; an agency
    旅德上海华人华侨总会)."""
    doc = extract_text("浙江省侨办赴温州调研\n会上,加拿大温州同乡总会常务副会长陈时满、旅德上海华人华侨总会会长龚礼明"
                       "分别作了发言。")
    orgs = _names(doc, "Organization")
    assert {"加拿大温州同乡总会", "旅德上海华人华侨总会"} <= orgs, orgs
    assert "温州市同乡总会" not in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("陈时满", "加拿大温州同乡总会") in _posts(doc), _posts(doc)


def test_a_life_long_honorary_head_holds_a_post_of_the_association():
    """Overseas and home-town associations name their life-long honorary heads (泰国潮州会馆永远名誉主席陈汉士,
    澳门南安同乡会永远名誉会长) (base: the person, no post — 永远 before 名誉 was read as no modifier)."""
    doc = extract_text("泰国潮州会馆访问团访问汕头\n泰国潮州会馆永远名誉主席陈汉士率团访问汕头,市侨联主席李明会见了访问团。")
    assert ("陈汉士", "泰国潮州会馆") in _posts(doc), _posts(doc)


def test_the_head_of_an_overseas_federation_holds_its_post():
    """Overseas federations of associations (马来西亚福建社团联合会署理总会长黄文景, 印尼客属联谊总会总主席叶联礼)
    (base: a body 马来西亚福建社团联合会署理总会 read before 长, and no post nor organisation for 印尼客属联谊总会)."""
    doc = extract_text("海外侨团到访市侨联\n12月3日,马来西亚福建社团联合会署理总会长黄文景一行到访市侨联。"
                       "印尼客属联谊总会总主席叶联礼率团回乡考察。")
    posts = _posts(doc)
    assert ("黄文景", "马来西亚福建社团联合会") in posts, posts
    assert ("叶联礼", "印尼客属联谊总会") in posts, posts
    assert not any(n.endswith("署理总会") for n in _names(doc, "Organization")), _names(doc, "Organization")
