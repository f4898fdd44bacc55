"""Places from the division table and sub-place grammar, on real sentences of the corpus."""
from __future__ import annotations

from kg.model import Article, Doc, OffsetMap, Section
from kg.pipeline import Pipeline
from kg.stages.gazetteer import places_in
from kg.stages.sentences import split_sentences


def run(text: str) -> Doc:
    art = Article(id="t#A1", text=text, offsets=OffsetMap([(0, 0, len(text))]),
                  sections=[Section("body", 0, len(text))])
    art.sentences = split_sentences(art)
    doc = Doc(id="t", source="t.txt", text=text)
    doc.articles = [art]
    return Pipeline(("gazetteer",))(doc)


def places(doc: Doc) -> list[tuple[str, str, str | None]]:
    return sorted((m.surface, m.norm, m.attrs.get("code")) for m in doc.mentions if m.label == "Place")


def test_full_and_short_names_with_codes():
    doc = run("邯郸推动新时代文明实践中心建设。馆陶县聚焦主导产业。馆陶建立项目建设推进机制。")
    assert places(doc) == [("邯郸", "邯郸市", "130400"), ("馆陶", "馆陶县", "130433"),
                           ("馆陶县", "馆陶县", "130433")]


def test_county_short_name_needs_its_city_in_context():
    assert places(run("馆陶建立项目建设推进机制。")) == []


def test_county_short_name_before_a_brigade():
    doc = run("邯郸市交巡警支队综合施策。成安大队加强与县农业农村局等部门协调配合。")
    assert ("成安", "成安县", "130424") in places(doc)
    # but not before other words that glue a short name into something else
    assert places(run("邯郸市大力推进。")) == [("邯郸市", "邯郸市", "130400")]


def test_sub_place_chain_and_township():
    doc = run("5月30日,“惠民实践团”联动宣讲走进复兴区百家村街道六二社区,为居民讲解防范诈骗和金融安全知识。")
    got = {m.surface: m for m in doc.mentions if m.label == "Place"}
    assert set(got) == {"复兴区", "百家村街道", "六二社区"}
    assert got["百家村街道"].attrs["level"] == "township"
    assert got["六二社区"].attrs["level"] == "community"
    assert got["六二社区"].attrs["qualified"] == "百家村街道六二社区"


def test_locative_community():
    doc = run("5月27日,丛台区志愿者在蔚庄社区开展健康义诊志愿服务活动。")
    assert ("蔚庄社区", "蔚庄社区", None) in places(doc)


def test_places_in_a_credit_line():
    assert places_in("邯郸市委宣传部供图") == [(0, 3, "邯郸市", "130400", "city", False)]
    assert places_in("河北日报通讯员 孙海峰摄") == [(0, 2, "河北省", "130000", "province", True)]


def test_community_names_starting_with_common_characters():
    # 城东社区 is a name; 城乡社区 is not
    doc = run("邯郸市邯山区祺府苑社区开展活动。丛台区城东社区志愿者走进农村社区。")
    names = {m.surface for m in doc.mentions if m.label == "Place"}
    assert "城东社区" in names and "祺府苑社区" in names
    assert not any(n.startswith("农村") for n in names)


def test_state_level_new_area_is_a_place_of_its_province():
    doc = Pipeline(("gazetteer", "entities", "resolve", "relations"))(
        run("我省力保雄安新区起步区安全度汛。安新、容城、雄县3县共发现安全隐患8处。"))
    area = next(e for e in doc.entities.values() if e.name == "雄安新区")
    assert area.type == "Place" and area.code is None
    assert any(r.subject == area.id and r.predicate == "partOf" and r.object == "place-130000"
               for r in doc.relations)


def test_common_nouns_after_a_place_are_not_villages():
    doc = run("邯郸市涉县推进乡村振兴,打造美丽乡村精品村。")
    assert {m.surface for m in doc.mentions if m.label == "Place"} == {"邯郸市", "涉县"}


def test_part_of_the_nearest_division_the_text_names():
    doc = Pipeline(("entities", "resolve", "relations"))(
        run("我省力保雄安新区起步区安全度汛。安新、容城、雄县3县共发现安全隐患8处。"))
    name = {k: e.name for k, e in doc.entities.items()}
    part_of = {(name[r.subject], name[r.object]) for r in doc.relations if r.predicate == "partOf"}
    assert ("安新县", "河北省") in part_of  # 保定市 is never named
    assert "保定市" not in name.values()


def test_a_zone_of_a_place_is_part_of_it():
    doc = Pipeline(("entities", "resolve", "relations"))(
        run("我省力保雄安新区起步区安全度汛。保障起步区不受外部洪水威胁。石家庄市核心区加快改造。"))
    zone = next(e for e in doc.entities.values() if e.name == "雄安新区起步区")
    assert zone.type == "Place" and "起步区" in zone.aliases and len(zone.mentions) == 2
    area = next(e for e in doc.entities.values() if e.name == "雄安新区")
    core = next(e for e in doc.entities.values() if e.name == "石家庄市核心区")
    part_of = {(r.subject, r.object) for r in doc.relations if r.predicate == "partOf"}
    assert (zone.id, area.id) in part_of and (core.id, "place-130100") in part_of


def test_a_community_named_like_a_city_is_not_the_city():
    doc = run("保定市竞秀区商务局在韩村北路街道朝阳社区试点建设便民服务网点12个。")
    got = {m.surface: m for m in doc.mentions if m.label == "Place"}
    assert "朝阳" not in got and got["朝阳社区"].attrs["level"] == "community"


def test_a_township_written_with_its_people():
    doc = run("沧州市黄骅市推进盐碱地综合利用,在羊二庄回族镇建设示范基地。")
    got = {m.surface: m for m in doc.mentions if m.label == "Place"}
    assert got["羊二庄回族镇"].norm == "羊二庄镇" and got["羊二庄回族镇"].attrs["level"] == "township"


def test_a_full_name_read_across_a_word_is_no_place():
    """其中|山区 (a geography of Yunnan, the 海河 basin) is no 中山区 of Dalian, 集中|山区 neither;
    where the text writes the district (大连市中山区, 在中山区) or a province before its capital
    (湖南省长沙市) the name stays."""
    for text in ("除昆明市的五华、盘龙区两个城区外，山区比重都在70%以上。其中山区面积占县域总面积"
                 "70一79.9%的有4个，山区面积占80一89.9%的有13个。",
                 "海河北系流域面积为8.34万平方公里，其中山区、平原分别占62.5%、37.5%。",
                 "集中山区资源发展特色旅游。"):
        assert "中山区" not in {m.norm for m in run(text).mentions if m.label == "Place"}, text
    names = {m.norm for m in run("大连市中山区召开会议。他在中山区工作多年。湖南省长沙市开福区举行活动。").mentions
             if m.label == "Place"}
    assert {"大连市", "中山区", "湖南省", "长沙市", "开福区"} <= names


def test_a_short_place_name_inside_another_word_is_no_place():
    """河长治 is not 长治, 确保山更绿 is not 保山, 茅塔河 is not 塔河, 长治久安 is not 长治;
    a short name after a verb or in a list still is."""
    doc = run("各地要实现河长治，确保山更绿、水更清，维护社会长治久安。茅塔河综合治理工程年内完工。")
    assert not [m.surface for m in doc.mentions if m.label == "Place"]
    doc = run("代表团先后赴长治、保山考察，沿途还到了新疆生产建设兵团。")
    names = {m.norm for m in doc.mentions if m.label == "Place"}
    assert {"长治市", "保山市", "新疆维吾尔自治区"} <= names
