"""Round 50 (community50): street and community news on grid management and community elections
from fresh texts of /tmp/s26/fresh/community50 (青岛崂山 中韩街道, 杭州萧山 南晖社区, 乌海 新苑社区,
青岛西海岸 隐珠街道, 大中街道): a mechanism set up with the resultative 起 (建立起…机制), no community
named by the words of an election (依法推选社区), the people counted cut before what they do
(肩负/投身/划分), and a post among a body's members counted as that post (其中主任1人)."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> dict[str, float]:
    ms = doc.metrics.values() if isinstance(doc.metrics, dict) else doc.metrics
    return {m.indicator: m.value for m in ms}


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_mechanism_set_up_with_resultative_qi_is_named_without_it():
    """中韩街道 (qtv.com.cn): 目前中韩街道23个社区均建立起居民自治议事协商机制 (base: a programme
    起居民自治议事协商机制, the verb's 起 opening its name)."""
    doc = extract_text("中韩街道打造社区“微治理”模式\n"
                       "崂山区中韩街道充分利用议事会、议事厅、议事亭等形式,形成“共治共享”的治理效能,"
                       "目前中韩街道23个社区均建立起居民自治议事协商机制。")
    programmes = _names(doc, "Programme")
    assert "居民自治议事协商机制" in programmes and "起居民自治议事协商机制" not in programmes, programmes
    assert ("居民自治议事协商机制", "中韩街道") in relation_pairs(doc, "implementedIn")


def test_no_community_named_by_the_words_of_an_election():
    """南晖社区 (xsnet.cn): 在依法推选社区选举委员会、居民代表、民登证发放等关键环节上 (base: a place
    依法推选社区)."""
    doc = extract_text("南晖社区居委会换届选举圆满完成\n"
                       "在依法推选社区选举委员会、居民代表、民登证发放等关键环节上,切实做到法定程序不变、规定步骤不少。")
    assert not any("推选" in p for p in _names(doc, "Place")), _names(doc, "Place")


def test_people_counted_end_before_what_they_do():
    """新苑社区 (nmghndj.gov.cn) 102名居民代表肩负使命, 隐珠街道 (xihaiannews) 8800余名在职党员投身大党建
    发展格局, 大中街道 29个社区划分成246个综合网格 (base: 居民代表肩负使命, 在职党员投身大党建发展格局,
    社区划分成)."""
    doc = extract_text("社区当家人居民选\n1月14日上午,拉僧仲街道新苑社区第十一届居民委会选举大会正式召开,"
                       "102名居民代表肩负使命,一起见证了新苑社区新一届居委会成员的诞生。")
    assert _metrics(doc).get("居民代表") == 102, _metrics(doc)
    doc = extract_text("深耕“小网格”\n隐珠街道引导153名兼职委员、8800余名在职党员投身大党建发展格局。")
    assert _metrics(doc).get("在职党员") == 8800, _metrics(doc)
    doc = extract_text("大中街道:党建引领多元共治\n全街道21个村、29个社区划分成246个综合网格、797个微网格。")
    ms = _metrics(doc)
    assert ms.get("社区") == 29 and ms.get("综合网格") == 246, ms


def test_a_post_among_a_body_s_members_is_counted_as_that_post():
    """南晖社区: 此次选举产生新一届社区居委会委员5人,其中主任1人,副主任2人,委员2人 (base: 主任新一届
    社区居委会委员, 副主任新一届社区居委会委员); a class word after 其中 still names its part
    (其中国家级2家 → 国家级农业产业化龙头企业)."""
    doc = extract_text("南晖社区居委会换届选举圆满完成\n12月12日,新塘街道南晖社区圆满完成了社区居委会换届选举工作。"
                       "此次选举产生新一届社区居委会委员5人,其中主任1人,副主任2人,委员2人。")
    ms = _metrics(doc)
    assert ms.get("主任") == 1 and ms.get("副主任") == 2, ms
    assert not any(k.startswith("主任新") or k.startswith("副主任新") for k in ms), ms
    doc = extract_text("龙头企业\n全县共有农业产业化龙头企业48家,其中国家级2家、省级15家。")
    assert _metrics(doc).get("国家级农业产业化龙头企业") == 2, _metrics(doc)


def test_the_last_community_of_a_list_after_he_is_read_with_its_street():
    """文昌街道 (桐城市融媒体中心): 记者在文昌街道翻身社区和西苑社区居民委员会选举现场看到 (base: 翻身社区
    only; 西苑社区 after 和 and its 居民委员会 missed); 和 before no community's name stays a joiner."""
    doc = extract_text("文昌街道:圆满完成村(社区)“两委”换届工作\n"
                       "12月11日,记者在文昌街道翻身社区和西苑社区居民委员会选举现场看到,选举工作有序。")
    assert {("翻身社区", "文昌街道"), ("西苑社区", "文昌街道")} <= relation_pairs(doc, "partOf")
    doc = extract_text("走访\n到西合营镇南大坪村和村民座谈。")
    assert not any(p.startswith("村民") for p in _names(doc, "Place")), _names(doc, "Place")
