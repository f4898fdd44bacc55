"""Round 76 (jiaojing76): traffic police and work-safety news from fresh texts of
/tmp/s26/fresh/jiaojing76 (交警 night checks on drink-driving in 山东罗庄 and 陕西杨凌, accident reports of
广州 and 清远 highways, 应急管理局 hazard checks in 河南获嘉, 湖北谷城, 安徽庐江 and 辽宁开原).  Fixes: a
vehicle's seats (一辆7座小客车) read as a count of 座; a detachment's numbered highway brigade
(交通警察支队高速公路六大队) cut at the 支队; a place whose accident's lessons a safety notice draws
(深刻吸取…大连瓦房店燃气闪爆事故教训) taken for the article's place and the subject of its figures; 党政联席会议
read as a named meeting; a death toll bounding a class of accidents (一次死亡3人以上交通事故) read as a toll;
行驶至…高速公路 read as a road between two ends; a kilometre post (441公里+600米) read as a distance, and the
carriageway's direction (往杭州方向) as the subject of the figures."""
from __future__ import annotations

from conftest import article_place, extract_text


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _subjects(doc) -> dict[str, str | None]:
    return {m.indicator: (doc.entities[m.subject].name if m.subject in doc.entities else None) for m in doc.metrics}


def test_a_vehicle_s_seats_are_no_count():
    """07-qingyuan-gaosu (广东清远): 一辆车牌号为湘E7U728的7座小客车尾随碰撞…, 造成3人当场死亡 (base: a metric
    小客车尾随碰撞一辆车牌号 7 座); a count of stations built (新建2座汽车站) keeps its 座."""
    doc = extract_text("清远交警通报事故\n8月4日,一辆7座小客车尾随碰撞一辆重型半挂牵引车,造成3人当场死亡。")
    got = _metrics(doc)
    assert not any(u == "座" for _i, _v, u in got), got
    assert ("当场死亡", 3, "人") in got, got
    doc = extract_text("某县交通建设\n今年,该县新建2座汽车站,新建3座客车停车场。")
    got = _metrics(doc)
    assert ("汽车站", 2, "座") in got and ("客车停车场", 3, "座") in got, got


def test_a_detachment_s_numbered_highway_brigade():
    """07-qingyuan-gaosu: 据广东清远市公安局交通警察支队高速公路六大队微博通报 (base: the agency
    清远市公安局交通警察支队, the brigade that reported cut off); 高速 alone before the number too."""
    doc = extract_text("事故通报\n据广东清远市公安局交通警察支队高速公路六大队微博通报,8月4日发生一起交通事故。")
    assert "清远市公安局交通警察支队高速公路六大队" in _agencies(doc), _agencies(doc)
    doc = extract_text("事故通报\n广州市公安局交警支队高速三大队民警迅速赶到现场。")
    assert "广州市公安局交警支队高速三大队" in _agencies(doc), _agencies(doc)
    doc = extract_text("事故通报\n广州市公安局交警支队在高速路段开展巡逻。")
    assert "广州市公安局交警支队" in _agencies(doc), _agencies(doc)


def test_the_place_of_an_accident_whose_lessons_are_drawn():
    """11-tieling-kaiyuan (辽宁): 为深刻吸取10月21日沈阳市燃气燃爆事故、10月24日大连瓦房店燃气闪爆事故教训,…
    全市各部门累计检查企业492家 (base: the article placed in 瓦房店市, its 市住建局 and 492家 瓦房店's);
    深刻汲取江西新余…火灾事故教训,我县… (base: the county's 56家 新余市's).  A place after the lesson is
    drawn stays the story's."""
    text = ("隐患大排查\n为深刻吸取10月24日大连瓦房店燃气闪爆事故教训,应急管理局下发通知,要求市住建局实行日报告制度,"
            "并上报铁岭市应急管理局。截至目前,全市各部门累计检查企业492家。")
    assert article_place(text) == "铁岭市", article_place(text)
    doc = extract_text(text)
    assert _subjects(doc).get("累计检查企业") == "铁岭市", _subjects(doc)
    doc = extract_text("隐患排查\n深刻汲取江西新余“1·24”特别重大火灾事故教训,我县开展隐患排查,共检查企业56家。")
    assert _subjects(doc).get("检查企业") != "新余市", _subjects(doc)
    assert article_place("隐患排查\n吸取教训后,临沂市开展隐患排查,共检查企业56家。") == "临沂市"


def test_a_joint_meeting_of_party_and_government_is_a_kind():
    """08-huojia-anquan (河南获嘉县): 县委、县政府高度重视,先后两次召开党政联席会议和政府常务会议听取安全生产专题汇报
    (base: a Programme 党政联席会议 the committee and the government run); a joint meeting named by what it is
    about (东西部协作党政联席会议) stays named."""
    doc = extract_text("获嘉县开展安全生产活动\n活动开展以来,县委、县政府高度重视,先后两次召开党政联席会议听取安全生产专题汇报。")
    progs = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "党政联席会议" not in progs, progs
    doc = extract_text("两地协作\n佛山市与黔东南州召开东西部协作党政联席会议。")
    progs = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert any(p.endswith("东西部协作党政联席会议") for p in progs), progs


def test_a_death_toll_bounding_a_class_of_accidents_is_no_figure():
    """14-guoqing-quanguo (公安部, 2019 国庆): 全国接报…一次死亡3人以上交通事故10起、同比下降28.6%,未接报一次死亡10人以上
    重特大交通事故 (base: metrics 交通事故 3 人 and 重特大交通事故 10 人, and the count's indicator cut to 以上交通事故);
    a toll with no class (事故造成3人死亡) stays a figure."""
    doc = extract_text("国庆假期全国道路交通安全形势平稳\n10月1日至7日17时,全国接报一次死亡3人以上交通事故10起、同比下降28.6%,"
                       "未接报一次死亡10人以上重特大交通事故。")
    got = _metrics(doc)
    assert not any(u == "人" for _i, _v, u in got), got
    assert ("接报一次死亡3人以上交通事故", 10, "起") in got, got
    got = _metrics(extract_text("事故通报\n事故造成3人死亡,5人受伤。"))
    assert ("死亡", 3, "人") in got and ("受伤", 5, "人") in got, got


def test_a_vehicle_driving_to_a_road_names_no_route():
    """06-guangzhou-shigu (信息时报, 广州): 宋某驾驶…牵引车行驶至北二环高速公路西行13KM+300M处 (base: a Programme
    车辆行驶至北二环高速公路, read as a road between two ends); a road between two ends stays one."""
    doc = extract_text("警方通报\n车辆行驶至北二环高速公路西行13KM+300M处,与前方车辆发生碰撞。")
    progs = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert not progs, progs
    doc = extract_text("项目建设\n者东村至学堂村公路建设项目开工。")
    progs = {e.name for e in doc.entities.values() if e.type == "Programme"}
    assert "者东村至学堂村公路" in progs, progs


def test_a_kilometre_post_and_the_carriageway_s_direction():
    """chinadaily 2014 (浙江衢州): G60沪昆高速公路衢州段往杭州方向441公里+600米附近,两辆…货车发生追尾事故 (base: a
    metric 441 公里, and the vehicles counted 杭州市's, the direction's city); a road's length stays a figure."""
    doc = extract_text("衢州高速追尾事故\n11月14日凌晨,G60沪昆高速公路衢州段往杭州方向441公里+600米附近,两辆货车发生追尾事故。")
    got = _metrics(doc)
    assert not any(u in ("公里", "米") for _i, _v, u in got), got
    assert "杭州市" not in set(_subjects(doc).values()), _subjects(doc)
    got = _metrics(extract_text("公路建设\n该路段全长441公里,总投资20亿元。"))
    assert ("该路段全长", 441, "公里") in got, got
