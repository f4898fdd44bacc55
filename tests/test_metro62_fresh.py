"""Round 62 (metro62): district and street news of 北京, 上海, 广州 and 深圳 (/tmp/s26/fresh/metro62: 朝阳区望京
街道 接诉即办, 静安区彭浦新村街道, 黄浦区打浦桥街道, 海淀区中关村街道, 西城区老旧小区, 南山区南头街道, 罗湖区南湖
街道, 越秀区人民街/白云街): a community named on its own at the start of a clause, before where it lies, its
organs or its residents (大德中社区地处人民街道辖区北部, 望京西路社区居民…反映), with the street it says it lies in
as its parent; a 街道 written 街 (Guangzhou's papers) before its office's bodies or area wherever it stands
(白云街党工委, 位于白云街辖区); no 街道 of a far county read out of a city's streets in general (北京街道变化
不小: not 越秀区's 北京街道); no community named by a verb of shaping governance (开创社区治理新模式, 深入剖析社区
需求); no distance in the idiom of the last stretch (就医最后100米); a part of a whole that contracts its parts named
on its own (333个街乡镇,其中街道152个: 街道, not 街道街乡镇); figures of a paragraph that opens with a street go on about that street (西城区德胜街道党工委书记…。
眼下,已在6个社区施划了642个街道自治停车位: 德胜街道's, not 北京市's); a counted noun ending before 组成 or 统筹 (由333个街乡镇组成 → 街乡镇; 按照800米服务半径统筹规划 → 服务半径) or
its figure after 只有 (面积只有23.7平方米 → 面积); the whole before 中 and the part that reached a result after it
(全区263个社区中达标228个 → 社区 263, 达标社区 228); a building counted by one character (10余个街道的86栋楼 → 楼, not 街道); and the guest's body after a verb of inviting (特邀|北京大学…: no organisation 特邀北京大学)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_community_opening_its_clause_before_where_it_lies_is_under_that_street():
    """越秀区 容貌品质社区: 大德中社区地处人民街道辖区北部 (base: no community; its figures went to 越秀区)."""
    doc = extract_text("越秀3个社区入选市级容貌品质社区\n越秀区的3个社区入选。\n"
                       "大德中社区地处人民街道辖区北部,东至解放南路,南至濠畔街。"
                       "大德中社区严格落实门前责任制,购置100多个分类桶。")
    assert "大德中社区" in _names(doc, "Place"), _names(doc, "Place")
    assert ("大德中社区", "人民街道") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")


def test_a_community_opening_its_clause_before_its_residents_is_a_place():
    """望京街道 接诉即办: 望京西路社区居民郑女士反映…干枯树枝堆积 (base: no community); 城市社区党委, 老旧社区
    居民, 全体社区居民 are kinds of community, never a community's name."""
    doc = extract_text("望京街道接诉即办\n12月6日,望京西路社区居民郑女士反映小区外西侧干枯树枝堆积,希望社区尽快解决。")
    assert "望京西路社区" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("社区治理\n会议要求,城市社区党委要发挥作用,老旧社区居民要积极参与,全体社区居民共建共治。")
    places = _names(doc, "Place")
    assert not any(p.endswith("社区") for p in places), places


def test_the_guest_body_after_a_verb_of_inviting_has_no_verb_in_its_name():
    """南头街道 古城砺锋工作室: 活动特邀北京大学深圳研究生院于长江教授授课 (base: an organisation 特邀北京大学)."""
    doc = extract_text("南头街道古城砺锋工作室开班\n活动特邀北京大学深圳研究生院于长江教授授课。")
    orgs = _names(doc, "Organization")
    assert not any(o.startswith("特邀") for o in orgs), orgs


def test_a_street_office_written_jie_before_its_bodies_or_area_is_the_street():
    """越秀区 广九社区: 广九社区位于白云街辖区东北部…白云街党工委联合海印集团党委 (base: no 白云街道, no
    community 广九社区, no 白云街道党工委); 解放街 without them stays a road."""
    doc = extract_text("越秀区容貌品质社区\n越秀区的3个社区入选。\n广九社区位于白云街辖区东北部,北至白云路。"
                       "白云街党工委联合海印集团党委打造主题公园。")
    assert "白云街道" in _names(doc, "Place"), _names(doc, "Place")
    assert ("广九社区", "白云街道") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")
    assert "白云街道党工委" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("越秀区道路改造\n越秀区对人民街进行改造,人民街上车辆减少。")
    assert "人民街道" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_distance_after_zuihou_is_the_last_stretch_idiom_no_figure():
    """龙山街道 养老设施 (北京人大网): 可有效解决老年人就医最后100米问题 (base: a metric 问题 100米); a distance
    measured stays one (建成绿道3.5公里)."""
    doc = extract_text("怀柔区龙山街道养老设施\n项目建立了综合性区域养老服务模式,可有效解决老年人就医最后100米问题。"
                       "龙山街道今年建成滨河绿道3.5公里。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    units = {(m.value, m.unit) for m in ms}
    assert not any(v == 100 for v, _ in units), units
    assert any(v == 3.5 for v, _ in units), units


def test_a_city_s_streets_in_general_are_no_far_street_office():
    """街道“二人转”的新唱法 (北京日报): 这一年,北京街道变化不小 (base: 越秀区's 北京街道, coded 440104003, in a
    Beijing story); 北京街道党工委 (its organ) still names that office."""
    doc = extract_text("街道“二人转”的新唱法\n这一年,北京街道变化不小。西城区德胜街道党工委书记孙广俊试点全域自治停车。")
    assert "北京街道" not in _names(doc, "Place"), _names(doc, "Place")
    assert "德胜街道" in _names(doc, "Place")


def test_no_community_named_by_a_verb_of_shaping_its_governance():
    """北京市开创社区治理新模式 (法治日报), 深入剖析社区需求层次 (蛇口消息报) (base: places 开创社区 under
    北京市, 剖析社区)."""
    doc = extract_text("北京市开创社区治理新模式\n教授从社会学视角,深入剖析社区需求层次,系统讲解调研方法。")
    places = _names(doc, "Place")
    assert "开创社区" not in places and "剖析社区" not in places, places


def _indicators(doc) -> dict[str, float]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator: m.value for m in ms}


def test_a_part_of_a_whole_that_contracts_its_parts_is_named_on_its_own():
    """北京街道工作会议 (法治日报): 北京全市共有333个街乡镇,其中街道152个、乡镇181个 (base: 街道街乡镇 152);
    a class word still names its part of the whole (其中国家级2家 → 国家级农业产业化龙头企业)."""
    doc = extract_text("北京市召开街道工作会议\n目前,北京全市共有333个街乡镇,其中街道152个、乡镇181个。")
    ind = _indicators(doc)
    assert ind.get("街道") == 152 and ind.get("乡镇") == 181, ind
    doc = extract_text("龙头企业\n全县共有农业产业化龙头企业48家,其中国家级2家、省级15家。")
    assert _indicators(doc).get("国家级农业产业化龙头企业") == 2, _indicators(doc)


def _subjects(doc) -> dict[str, str]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator: doc.entities[m.subject].name for m in ms if m.subject in doc.entities}


def test_figures_of_a_paragraph_opening_with_a_street_are_the_street_s():
    """街道“二人转”的新唱法 (北京日报): 西城区德胜街道党工委书记孙广俊…试点“全域自治停车”。眼下,已在6个社区
    施划了642个街道自治停车位 (base: 北京市's, the article's place); a paragraph opening with the city keeps
    the city's figures."""
    doc = extract_text("北京街道的新唱法\n北京这样一个超大城市,由333个街乡镇组成。\n"
                       "西城区德胜街道党工委书记孙广俊今年试点“全域自治停车”,破解停车难题。"
                       "眼下,已施划了642个街道自治停车位,提供共享车位2250个。")
    subj = _subjects(doc)
    assert subj.get("共享车位") == "德胜街道", subj
    assert [v for k, v in subj.items() if k.startswith("街乡镇")] == ["北京市"], subj


def test_a_counted_noun_ends_before_zucheng_or_tongchou():
    """北京日报: 由333个街乡镇组成 (base: 街乡镇组成); 徐汇区 邻里汇: 按照800米服务半径统筹规划 (base: 服务半径统筹
    规划); a noun opening with the word keeps it, and a group's members are no 组成 (指导组成员单位)."""
    ind = _indicators(extract_text("北京街道\n北京这样一个超大城市,由333个街乡镇组成。"))
    assert ind.get("街乡镇") == 333, ind
    ind = _indicators(extract_text("徐汇区邻里汇\n按照800米服务半径统筹规划,今年全区布局建设了40家党群服务中心。"))
    assert ind.get("服务半径") == 800, ind
    ind = _indicators(extract_text("文明实践\n20个市新时代文明实践中心建设工作指导组成员单位参加会议。报告分为3个组成部分。"))
    assert "市新时代文明实践中心建设工作指导组成员单位" in ind and ind.get("组成部分") == 3, ind


def test_a_figure_after_zhiyou_has_no_zhi_in_its_indicator():
    """徐汇东安新村旧改 (新华每日电讯): 吉华琴住了36年、面积只有23.7平方米的家 (base: 面积只); 船只 keeps its 只."""
    ind = _indicators(extract_text("东安新村旧改\n该村耕地面积只有500亩。"))
    assert ind.get("耕地面积") == 500, ind


def test_the_part_of_a_whole_that_reached_a_result_after_zhong():
    """西城区住建委: 目前全区263个社区中达标228个,达标率86.7% (base: 社区中达标 263 and 228); 中有 as before."""
    ind = _indicators(extract_text("绿色社区创建\n目前全区263个社区中达标228个,达标率86.7%。"))
    assert ind.get("社区") == 263 and ind.get("达标社区") == 228, ind
    doc = extract_text("企业效益\n全市120家规上企业中有80家实现盈利。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    assert ("规上企业", 120) in {(m.indicator, m.value) for m in ms}


def test_buildings_counted_by_one_character_are_named_by_it():
    """西城区明年启动45个老旧小区改造: 涉及…10余个街道的86栋楼、7300余户居民 (base: 街道 86)."""
    doc = extract_text("西城区老旧小区改造\n明年启动改造的老旧小区涉及西长安街街道等10余个街道的86栋楼、7300余户居民。")
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    pairs = {(m.indicator, m.value) for m in ms}
    assert ("楼", 86) in pairs and ("街道", 86) not in pairs, pairs
