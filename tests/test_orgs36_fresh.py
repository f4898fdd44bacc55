"""Organisations in fresh chamber-of-commerce, development-zone and civil-affairs news (orgs36):
excerpts of the texts in /tmp/s21/fresh/orgs35 and /tmp/s21/fresh/orgs36 (SOURCES.md there), as
published."""
from __future__ import annotations

from conftest import body_names as _names, extract_text, post_pairs as _posts, relation_pairs as _pairs


def _place(doc) -> str | None:
    return doc.articles[0].place


def test_a_chamber_of_another_citys_firms_is_the_host_citys_news():
    """上海市蕪湖商會舉行成立大會 (Shanghai news, traditional script): the chamber of Wuhu firms in
    Shanghai is Shanghai's body, its founding Shanghai's story; it was placed in 芜湖, so the bare
    市工商聯 of Shanghai's officials became 芜湖市工商联 (the municipality's bare names stay as written
    where the story names another city: `_municipal_home`)."""
    doc = extract_text("上海市蕪湖商會舉行成立大會\n"
                       "7月1日,上海市蕪湖商會成立大會在上海虹橋綠地鉑瑞酒店舉行。市委統戰部副部長、市工商聯黨組書記王霄漢,"
                       "松江區委書記程向民,蕪湖市委副書記、市長寧波出席會議並講話。市工商聯黨組成員、副主席楊茜,"
                       "蕪湖市政協副主席、市工商聯主席孫四平等領導出席會議。")
    assert _place(doc) == "place-310000", _place(doc)
    posts = _posts(doc)
    assert ("杨茜", "芜湖市工商联") not in posts, posts
    # 陈俊义调度上海市绩溪商会筹备工作 (绩溪县委统战部), 江西抚州:上海崇仁商会举行成立大会: the hometown's
    # organ leads the story, or its title names the hometown's side: the hometown's news, kept
    doc = extract_text("陈俊义调度上海市绩溪商会筹备工作\n"
                       "11月9日,绩溪县委常委、统战部部长陈俊义赴上海走访在沪绩溪籍企业,调度上海市绩溪商会一届一次会员大会筹备工作,"
                       "县政协副主席、工商联主席毕永生陪同,上海市绩溪商会筹备组成员参加。")
    assert _place(doc) == "place-341824", _place(doc)
    doc = extract_text("江西抚州:上海崇仁商会举行成立大会\n"
                       "4月18日,上海崇仁商会成立大会在上海宝隆花园酒店国宾厅隆重举行。崇仁县委副书记、县长程新飞为商会授牌,"
                       "县人大常委主任龙雪荣、县政协主席魏友旗等领导出席大会。")
    assert _place(doc) == "place-361024", _place(doc)


def test_a_chamber_with_its_hometown_chain_is_the_host_citys_news():
    """厦门市南平延平商会换届 (Xiamen news): the chamber of 南平延平 firms in Xiamen; its county (延平,
    inside 南平) is the members' origin, not the story's place."""
    doc = extract_text("11月27日,厦门市南平延平商会换届,林小钦当选第四届会长,叶国华当选监事长。"
                       "随着厦门的区域中心城市角色日益凸显,越来越多的延平籍和曾在延平生活、工作和学习过的人士来厦创业、发展。"
                       "厦门市工商联(总商会)党组成员、副主席邱向东,南平市延平区委常委、总工会主席张道强等到会祝贺并讲话。")
    assert _place(doc) == "place-350200", _place(doc)


def test_a_chamber_named_by_a_place_alone_is_not_located_there():
    """安徽、福建、河南、湖北和江西等五个异地商会 … 江西商会的“小候鸟”爱心活动 (Zhongshan news): the
    Jiangxi chamber of Zhongshan gathers Jiangxi firms in Zhongshan; its bare name places it nowhere
    (it was located in 江西省)."""
    doc = extract_text("会上,安徽、福建、河南、湖北和江西等五个异地商会的代表介绍了商会建设的经验。"
                       "其中,江西商会的“小候鸟”爱心活动得到了众多商会代表的关注。中山市异地商会蓬勃发展。")
    located = _pairs(doc, "locatedIn")
    assert ("江西商会", "江西省") not in located, located
    assert "江西商会" in _names(doc), _names(doc)


def test_a_zones_organs_read_from_bare_words_are_located_in_the_zone():
    """菏泽经济开发区举办… 开发区党工委书记、管委会主任练建军 (Heze): the zone's committees, read from
    their bare names as 菏泽经济开发区管委会 and …党工委, stand in the zone, as one written in full does."""
    doc = extract_text("5月18日,菏泽经济开发区举办重点项目签约仪式,总投资108亿元,市政府副市长张鹏出席活动。"
                       "开发区党工委书记、管委会主任练建军出席仪式并致辞。")
    located = _pairs(doc, "locatedIn")
    assert ("菏泽经济开发区管委会", "菏泽经济开发区") in located, located
    assert ("菏泽经济开发区党工委", "菏泽经济开发区") in located, located


def test_a_groups_investment_centre_is_named_whole():
    """东华软件股份公司、北京联东集团投资中心分别与菏泽经济开发区… (Heze): the group's investment centre
    signs; its name was cut at 集团 (北京联东集团)."""
    doc = extract_text("东华软件股份公司、北京联东集团投资中心分别与菏泽经济开发区签约。")
    names = _names(doc)
    assert "北京联东集团投资中心" in names and "北京联东集团" not in names, names


def test_a_holding_group_named_by_a_dictionary_word_partners_in_its_clause():
    """雨润控股集团与艾科农业科技发展有限公司合作建设冷链物流与食品商贸城 (Liaocheng development zone):
    雨润 is a dictionary word, but a group partnering another company in its clause is named."""
    doc = extract_text("中德石油装备公司项目年产油田系列专用设备3万台套。"
                       "雨润控股集团与艾科农业科技发展有限公司合作建设冷链物流与食品商贸城。")
    assert "雨润控股集团" in _names(doc), _names(doc)


def test_a_quoted_unit_counted_with_others_is_no_programme():
    """“陇西县志平盲人康复中心”等26家社会组织 (Longxi civil-affairs notice, at the text's start): one of
    the 26 organisations deregistered, an organisation in Longxi — it was a quoted topic programme —
    and not what the 26 are counted of."""
    doc = extract_text("“陇西县志平盲人康复中心”等26家社会组织(具体名单见附件),"
                       "连续两年及两年以上未按规定参加年度检查且长期未正常开展活动。")
    assert "陇西县志平盲人康复中心" in _names(doc, "Organization"), _names(doc, "Organization", "Programme")
    assert "陇西县志平盲人康复中心" not in _names(doc, "Programme")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}
    assert "陇西县志平盲人康复中心" not in subjects, subjects
