"""Round 55 (zone55): development zones and new areas, from fresh texts of /tmp/s26/fresh/zone55
(SOURCES.md there): a zone's working committee written by its kind alone (经开区党工委) and its
管委会 after it, kept as written rather than read as the district's; a bare 区党工委 in a plain
district's story left bare (no 崇礼区党工委); figures of an article whose title opens with a zone
(重庆高新区…) are the zone's; a change after a bracketed aside of figures is the figure the aside
explained (进出口总值…（出口…；进口…），增长1.8倍); bonded port zones (天津港保税区, 钦州保税港区)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> dict[str, tuple[str, float]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {m.indicator: (names.get(m.subject), m.value) for m in doc.metrics}


def test_a_zone_written_by_its_kind_keeps_its_working_and_management_committee():
    """06 (南阳 宛城区政协 调研): 区委常委、经开区党工委书记、管委会主任贾迪 in a story naming no zone by its
    name: 经开区党工委 and 经开区管委会 (base: no 经开区党工委, and 宛城区管委会, a body no district has)."""
    doc = extract_text("宛城区政协开展招商引资专题调研\n"
                       "6月4日,宛城区政协党组书记、主席刘文昌带领部分区政协委员对我区招商引资工作进行专题调研。"
                       "区委常委、经开区党工委书记、管委会主任贾迪,区政协领导王志明参加上述调研活动。\n")
    posts = relation_pairs(doc, "holdsPost")
    assert ("贾迪", "经开区党工委") in posts and ("贾迪", "经开区管委会") in posts, posts
    assert not any(b == "宛城区管委会" for _p, b in posts), posts


def test_a_bare_district_working_committee_is_no_plain_district_s():
    """14 (张家口 新区, 崇礼 named in the body): 区党工委书记李正朴调研新区开发建设工作: the zone's working
    committee, kept bare (base: 崇礼区党工委, a committee a plain district does not have); a new area
    that is a district keeps its own (滨海新区管委会), and a zone the table codes its (commerce46's
    新乡经开区 story: 区管委会主任杨洁)."""
    doc = extract_text("李正朴书记调研指导新区开发建设工作\n"
                       "11月9日上午,区党工委书记李正朴调研新区开发建设工作,并召开座谈会。"
                       "冬奥赛场中心在崇礼,但冬奥城市中心在主城区。\n")
    posts = relation_pairs(doc, "holdsPost")
    assert ("李正朴", "区党工委") in posts and not any(b.startswith("崇礼区") for _p, b in posts), posts
    binhai = extract_text("滨海新区召开会议\n天津市滨海新区召开会议。区党工委书记、区管委会主任张三出席会议。\n")
    assert ("张三", "滨海新区管委会") in relation_pairs(binhai, "holdsPost")
    coded = extract_text("经开区参加推进会\n7月10日上午,新乡经济技术开发区参加全省重大项目建设推进会。"
                         "区中储棉项目作为代表在新乡市参加签约活动,区管委会主任杨洁参加市签约活动。\n")
    assert ("杨洁", "新乡经济技术开发区管委会") in relation_pairs(coded, "holdsPost")  # (a zone the table codes)


def test_figures_of_an_article_titled_by_a_zone_are_the_zone_s():
    """05 (重庆高新区工业经济扩量提质成效明显): 1—5月…实现规上工业总产值216.3亿元 is the zone's figure
    (base: 重庆市's, the article's place)."""
    doc = extract_text("重庆高新区工业经济扩量提质成效明显\n"
                       "记者从九龙坡区人民政府官网获悉,1—5月重庆高新区工业经济扩量提质成效明显。"
                       "一是规模总量快速增长。2017年1—5月完成工业投资34亿元,同比增长36.8%,实现规上工业总产值216.3亿元、增长28%。\n")
    got = _metrics(doc)
    assert got.get("规上工业总产值") == ("重庆高新区", 21630000000), got
    assert got.get("工业投资", ("",))[0] == "重庆高新区", got


def test_a_change_after_a_bracketed_aside_is_the_explained_figure_s():
    """09 (两江新区一季度): 进出口总值743亿元(出口386亿元,增长103.5%;进口356.9亿元,增长3.5倍),增长1.8倍,
    占全市当季进出口总值的56.4%: the total grew 1.8 times and is 56.4% of the city's (base: 进口增长
    1.8倍 and 进口占全市…, the aside's last figure)."""
    doc = extract_text("两江新区一季度进出口增长1.8倍\n"
                       "记者4月27日从两江新区获悉,今年一季度新区GDP同比增长(下同)15%;进出口总值743亿元(出口386亿元,"
                       "增长103.5%;进口356.9亿元,增长3.5倍),增长1.8倍,占全市当季进出口总值的56.4%。\n")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("进出口总值增长", 1.8) in got and ("进口增长", 3.5) in got, got
    assert ("进口增长", 1.8) not in got, got


def test_bonded_port_zones_are_zones_of_their_city():
    """10 (天津港保税区一季度): 天津港保税区 (the city's port written before 保税区) and a 保税港区 are zones
    of their city (base: no zone; the figures all 天津市's)."""
    doc = extract_text("天津港保税区一季度主要经济指标实现开门红\n"
                       "今年一季度,天津港保税区主要经济指标延续去年以来的高位运行态势。"
                       "一季度,保税区完成固定资产投资44.2亿元,增长11.3%。\n")
    assert ("天津港保税区", "天津市") in relation_pairs(doc, "partOf")
    # (fenxiang106: the zone's kind written alone is its subject, no word of the indicator — was 保税区完成固定资产投资)
    assert _metrics(doc).get("固定资产投资", ("",))[0] == "天津港保税区"
    port = extract_text("钦州保税港区进出口增长\n广西钦州保税港区今年进出口保持增长。\n")
    assert ("钦州保税港区", "钦州市") in relation_pairs(port, "partOf")


def test_factories_a_zone_newly_built_are_no_organization():
    """03 (上饶经开区 集中签约): 去年,上饶经济开发区新建工厂面积超过200万平方米: the factories the zone built,
    a class counted (base: an organisation 上饶经济开发区新建工厂, the subject of the zone's figures)."""
    doc = extract_text("上饶经济技术开发区举办集中签约活动\n"
                       "马成祖指出,上饶经济技术开发区作为全市工业的主平台。去年,上饶经济开发区新建工厂面积超过200万平方米,"
                       "引进项目资金超过460亿,平整土地超过7000亩。\n")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert not any(n.endswith("新建工厂") for n in orgs), orgs
