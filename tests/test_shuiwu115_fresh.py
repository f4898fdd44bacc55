"""Round 115 (shuiwu115): tax bureau releases — 国税/地税 revenue reports and 税务局 news of city, county and
district bureaus (郑州日报 on the city's 国税 revenue, 肇东 地税 visit, 洛阳老城 and 周口 税收宣传月, 睢县 新闻月赛,
枣庄市中区 齐村税务所, 惠州市税务局, 三江 five-county 宣传月, 双峰 小记者, 卢湾 宣传月, the national 春风行动;
fresh texts of /tmp/s27/txt/shuiwu115).  Fixes (base → now):
- a township's tax office written after its stem (枣庄市市中区齐村税务所): no agency and a codeless place 齐村 →
  the agency 齐村镇税务所 in the township 齐村镇 (税务所/税务分局 join the township's stations);
- a tax bureau's inspection bureau named by the chain (国家税务总局南昌市税务局稽查局, …税务局第三稽查局): the
  parent bureau alone → the inspection bureau;
- the handling verb and its total before a tax office's refund (累计办理留抵退税8.2亿元): 累计办理留抵退税 →
  留抵退税 (办理量 stays a noun; 办理 alone stays: 检察机关办理公益诉讼案件, procur59); after 为 and the beneficiary (为企业办理出口退税12.3亿元): 企业办理出口退税 → 出口退税;
- a rate noun alone after that rate in % (国税收入降幅为-24.05%，二季度末降幅为-8.99%): 国税收入降幅降幅 → 国税收入
  降幅; a bare growth in a later sentence: 国税收入降幅同比增长 → 国税收入同比增长;
- a bare bureau after a placed one written short (双峰县地税局 … 地税局副局长宋果能): holdsPost 地税局 (a second,
  unplaced body) → 双峰县地方税务局;
- a count of categories right before a counted figure (税务总局共推出39大类147项创新服务举措): 税务总局推出 →
  创新服务举措类别;
- offices and communities visited together (走进机关社区、田间地头): a Place 机关社区 → none;
- a team formed of so many people (各新闻单位组成40余人的宣传队伍): 县地税局及各新闻单位组成 → 宣传队伍."""
from __future__ import annotations

from conftest import extract_text


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}


def _indicators(doc) -> dict[tuple, str]:
    return {(m.value, m.unit): m.indicator for m in doc.metrics}


def test_a_township_tax_office_written_after_its_stem_is_the_townships():
    """07-zaozhuang-shizhong-shuixuan: 被分配在枣庄市市中区齐村税务所上班; base: no agency, a Place 齐村 with no code."""
    doc = extract_text("税收宣传,我们一直在路上\n1992年,我被分配在枣庄市市中区齐村税务所上班。")
    assert "齐村镇税务所" in _agencies(doc), _agencies(doc)
    places = _places(doc)
    assert places.get("齐村镇") == "370402103" and "齐村" not in places, places


def test_a_county_tax_office_named_by_its_town_stays():
    """安吉县递铺税务所: the office keeps its head.  On merging round 115, gongan115's stations of a 街道 written
    by its stem alone (上梅派出所 → 上梅街道派出所) read 递铺 as 安吉县's 递铺街道 (递铺镇 until 2020), as this
    branch reads 齐村税务所 as 齐村镇税务所: the office is the 街道's, and its head's post is there."""
    doc = extract_text("安吉县递铺税务所所长王明表示,将优化服务。")
    assert "递铺街道税务所" in _agencies(doc)
    assert ("王明", "递铺街道税务所") in _posts(doc)


def test_a_tax_bureaus_inspection_bureau_is_named_by_the_chain():
    """Inspection cases (稽查局 of a city bureau); base: only 国家税务总局南昌市税务局 and 国家税务总局深圳市税务局."""
    doc = extract_text("国家税务总局南昌市税务局稽查局依法查处江西某贸易有限公司偷税案件。"
                       "国家税务总局深圳市税务局第三稽查局近日公布一起案件。")
    got = _agencies(doc)
    assert "国家税务总局南昌市税务局稽查局" in got, got
    assert "国家税务总局深圳市税务局第三稽查局" in got, got
    doc = extract_text("南昌市税务局稽查局局长王明表示,将严厉打击涉税违法行为。")
    assert ("王明", "南昌市税务局稽查局") in _posts(doc), _posts(doc)


def test_the_handling_verb_is_no_part_of_a_refund():
    """Tax releases' refunds (累计办理留抵退税8.2亿元); base: 累计办理留抵退税."""
    doc = extract_text("2022年11月8日\n前三季度,全区累计办理留抵退税8.2亿元,同比增长15.3%。"
                       "今年以来,市税务局共为2.3万户制造业中小微企业办理缓缴税费4.6亿元。")
    got = _indicators(doc)
    assert got[(820000000, "元")] == "留抵退税", got
    assert got[(15.3, "%")] == "留抵退税同比增长", got


def test_the_beneficiary_and_handling_verb_are_no_part_of_a_refund():
    """Provincial releases (武汉市税务局为企业办理出口退税12.3亿元); base: 企业办理出口退税."""
    doc = extract_text("2023年1月18日\n2022年,武汉市税务局为企业办理出口退税12.3亿元。")
    assert _indicators(doc)[(1230000000, "元")] == "出口退税", _indicators(doc)


def test_a_handling_count_stays_a_noun():
    """Guard: 办理量 is a noun of its own, not 办理 + 量."""
    doc = extract_text("2022年11月8日\n全年办税服务厅办理量3000件。")
    assert _indicators(doc)[(3000, "件")].endswith("办理量"), _indicators(doc)


def test_a_rate_noun_alone_after_that_rate_names_it_once():
    """01-zhengzhou-guoshui-shouru: 1月份全市国税收入降幅为-24.05%，二季度末降幅为-8.99%。…同比增长0.15%;
    base: 国税收入降幅降幅 and 国税收入降幅同比增长."""
    doc = extract_text("全市去年国税收入263亿元\n2009年,全市国税收入完成263.22亿元。1月份全市国税收入降幅为-24.05%,"
                       "二季度末降幅为-8.99%。随着政策初见成效,11月底开始止跌回升,同比增长0.15%。")
    got = _indicators(doc)
    assert got[(-8.99, "%")] == "国税收入降幅", got
    assert got[(0.15, "%")] == "国税收入同比增长", got
    doc = extract_text("2009年,全市工业增加值增幅为8.1%,一季度增幅为5.2%。")
    assert _indicators(doc)[(5.2, "%")] == "工业增加值增幅", _indicators(doc)


def test_a_rate_change_in_points_still_names_the_rate():
    """Guard: a change in points after a rate is the rate's own (增长率同比提高1个百分点)."""
    doc = extract_text("2023年,全市税收收入增长率为6%,同比提高1个百分点。")
    assert _indicators(doc)[(1, "个百分点")] == "税收收入增长率同比提高", _indicators(doc)


def test_a_bare_bureau_written_short_is_the_placed_one_before():
    """10-shuangfeng-xiaojizhe: 走进双峰县国税局、双峰县地税局…地税局副局长宋果能; base: 宋果能 holdsPost 地税局
    (an unplaced second body) and 龚霞 holdsPost 国税局."""
    doc = extract_text("4月12日,15名小记者走进双峰县国税局、双峰县地税局办税服务大厅。"
                       "活动期间,小记者采访了地税局副局长宋果能。国税局副局长龚霞接受采访。")
    posts = _posts(doc)
    assert ("宋果能", "双峰县地方税务局") in posts, posts
    assert ("龚霞", "双峰县国家税务局") in posts, posts
    assert not {"地税局", "国税局"} & _agencies(doc), _agencies(doc)


def test_a_bare_bureau_after_two_placed_ones_stays_unplaced():
    """Guard: after 市地税局 and 县地税局 a bare 地税局 may be either: it is neither."""
    doc = extract_text("双峰县地税局和娄底市地税局联合开展活动。地税局副局长宋果能说,活动很成功。")
    posts = _posts(doc)
    assert ("宋果能", "双峰县地方税务局") not in posts and ("宋果能", "娄底市地方税务局") not in posts, posts


def test_categories_before_a_counted_figure_sort_its_noun():
    """04-chunfeng-xingdong: 税务总局…共推出39大类147项创新服务举措; base: 税务总局推出 (the body and its verb)
    where the body opens the clause (省局推出5大类20项措施 the same: 措施类别)."""
    doc = extract_text("税务总局共推出39大类147项创新服务举措。")
    got = _indicators(doc)
    assert got[(39, "类")] == "创新服务举措类别", got
    assert got[(147, "项")] == "创新服务举措", got
    doc = extract_text("省税务局推出5大类20项便民措施。")
    assert _indicators(doc)[(5, "类")] == "便民措施类别", _indicators(doc)


def test_offices_and_communities_visited_are_no_community():
    """05-zhoukou-shuixuanyue: 组建宣传小分队,走进机关社区、田间地头义务宣传税法知识; base: a Place 机关社区."""
    doc = extract_text("周口市地税局组建宣传小分队,走进机关社区、田间地头义务宣传税法知识。")
    assert "机关社区" not in _places(doc), _places(doc)


def test_a_team_formed_of_people_is_measured_by_its_size():
    """06-suixian-xinwen-yuesai: 县国税局、县地税局及各新闻单位组成40余人的宣传队伍; base: the indicator
    县地税局及各新闻单位组成 (the bodies and their verb)."""
    doc = extract_text("睢县新闻\n活动结束后,县国税局、县地税局及各新闻单位组成40余人的宣传队伍,出动宣传车20余辆。")
    got = _indicators(doc)
    assert got[(40, "人")] == "宣传队伍", got
    assert got[(20, "辆")] == "出动宣传车", got


def test_people_forming_a_team_after_their_count_stay_the_people():
    """Guard: 抽调民警20余人组成专案组 counts the officers drawn (the verb after the count, no 的)."""
    doc = extract_text("该局抽调民警20余人组成专案组。")
    assert _indicators(doc)[(20, "人")] == "抽调民警", _indicators(doc)
