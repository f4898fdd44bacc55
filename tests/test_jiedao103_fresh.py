"""Round 103 (jiedao103): urban sub-district (街道) and community (社区) news — old-estate renovation and
lift retrofits (老旧小区改造, 加装电梯), a sub-district's yearly list of practical projects (实事项目), grid
management and volunteers (网格化), a district's commendation of 街道办事处 and 居委会 — from 合肥蜀山,
上海静安/虹口/杨浦, 福州鼓楼, 湖北十堰 and 河南西峡 (fresh texts of /tmp/s26/fresh/jiedao103).  Fixes: a
community written after its sub-district's office (武当路街办三桥社区, 街道办, 街道办事处) starts past the
office — base read 办三桥社区 and 办事处社区 — and keeps the sub-district as parent; communities listed by name
(建设发展部、青阳路社区、清溪路社区、家家景园社区) are places as listed villages are, while kinds of
community in a list (城市社区、农村社区, 和谐社区、平安社区) stay none."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def test_a_community_after_the_sub_districts_short_office():
    """05-sanqiao-wangge: 在茅箭区武当路街办三桥社区，眼下正活跃着几十名志愿者和楼栋长 (base: a Place 办三桥社区
    partOf 武当路街道).  街办 is the 街道办事处 written short; the community is 三桥社区."""
    doc = extract_text("三桥社区细化网格\n在茅箭区武当路街办三桥社区，眼下正活跃着几十名志愿者和楼栋长。")
    assert "三桥社区" in _places(doc), _places(doc)
    assert "办三桥社区" not in _places(doc), _places(doc)
    assert ("三桥社区", "武当路街道") in relation_pairs(doc, "partOf")


def test_a_community_after_the_sub_districts_office_written_out():
    """The same office written 街道办 and 街道办事处 (珞南街道办珞南社区, 台北街道办事处台北一路社区; base: 办珞南社区,
    and no community after 办事处)."""
    doc = extract_text("社区简讯\n在洪山区珞南街道办珞南社区开展服务。在江岸区台北街道办事处台北一路社区，志愿者开展活动。")
    places = _places(doc)
    assert {"珞南社区", "台北一路社区"} <= places, places
    assert not {p for p in places if p.startswith("办")}, places
    assert {("珞南社区", "珞南街道"), ("台北一路社区", "台北街道")} <= relation_pairs(doc, "partOf")


def test_no_community_made_of_the_office_and_what_follows_it():
    """What follows the office is no community unless it is one by name: 街道办事处社区服务中心 (base: a Place
    办事处社区), 街道办事处所辖社区, 街办联合社区志愿者, and a verb opening the name (办事处实施三桥社区改造: 三桥社区)."""
    doc = extract_text("街道工作简讯\n武当路街道办事处所辖社区开展活动。武当路街办联合社区志愿者开展巡查。"
                       "武当路街道办事处社区服务中心开放。武当路街道办事处实施三桥社区改造。台北街道办事处主任张明出席。")
    places = _places(doc)
    assert "三桥社区" in places, places
    assert not {p for p in places if p.endswith("社区") and p != "三桥社区"}, places


def test_communities_listed_by_name_are_places():
    """01-wulidun-laojiu: 五里墩街道党工委委员邹瑞、建设发展部、青阳路社区、清溪路社区、家家景园社区、相关小区管理单位
    负责人全程参加 (base: none of the three communities)."""
    doc = extract_text("老旧小区改造\n1月5日，区住建局开展行走设计。街道党工委委员邹瑞、建设发展部、青阳路社区、清溪路社区、"
                       "家家景园社区、相关小区管理单位负责人全程参加。")
    assert {"青阳路社区", "清溪路社区", "家家景园社区"} <= _places(doc), _places(doc)


def test_kinds_of_community_in_a_list_are_no_places():
    """A list of kinds, not names (城市社区、农村社区; 和谐社区、平安社区; 智慧社区、完整社区; 老旧社区、新建社区):
    no place of them."""
    doc = extract_text("社区建设\n推进城市社区、农村社区协同发展。创建和谐社区、平安社区。"
                       "打造智慧社区、完整社区，建设老旧社区、新建社区。")
    assert not {p for p in _places(doc) if p.endswith("社区")}, _places(doc)


def test_a_residents_committee_named_by_its_lane_is_a_community():
    """08-yangpu-yanji: 副区长李亚萍到延吉新村街道控江路645弄居委会…听取了…控江路645弄和延吉四村居委会的工作汇报 (base:
    no place, and in 控江路645弄居委会主任王芳 an agency 弄居委会).  Shanghai's committees named by their lane:
    the road's name opens a word (考察|控江路, not 察控江路); a bare address (位于控江路645弄) names none."""
    doc = extract_text("居委会简讯\n控江路645弄居委会主任王芳介绍情况。考察控江路645弄居委会建设情况。"
                       "延吉新村街道长宁路1088弄居民区开展活动。小区位于控江路645弄。")
    places = _places(doc)
    assert {"控江路645弄居委会", "长宁路1088弄居民区"} <= places, places
    assert not {p for p in places if p.startswith("考") or p.endswith("弄")}, places
    assert ("长宁路1088弄居民区", "延吉新村街道") in relation_pairs(doc, "partOf")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "弄居委会" not in agencies, agencies


def test_a_lane_community_takes_the_district_written_before_it_only():
    """杨浦区控江路645弄居委会: the district written right before is the parent; written alone, the lane's committee
    takes no county of its sentence by nearness (到延吉市新村街孔江路645弄居委会, a typo of 延吉新村街: none of 延吉市,
    as test_county41_fresh pins)."""
    doc = extract_text("睦邻中心建设\n上海市召开会议。副区长到杨浦区控江路645弄居委会调研。")
    assert ("控江路645弄居委会", "杨浦区") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")
    doc = extract_text("睦邻中心建设\n上海市杨浦区召开会议。副区长李亚萍到延吉市新村街孔江路645弄居委会,调研睦邻中心建设。")
    assert not any(parent == "延吉市" for _c, parent in relation_pairs(doc, "partOf")), relation_pairs(doc, "partOf")
