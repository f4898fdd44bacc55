"""mine41: flood-season and project news of several provinces and a national health campaign (as
published): a macro-region sharing a district's short name, a national office's short form, a
lead that speaks for the whole country, a time word opening an indicator."""
from __future__ import annotations

from conftest import body_names, built, extract_text, relation_pairs


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def test_a_macro_region_is_no_district_of_a_province_named():
    # 国家防总 press release: 江南 among 西南、华南 is the region south of the Yangtze, not 南宁's 江南区
    doc = extract_text("据悉，6月3日，西南、华南和江南部分地区出现大雨或暴雨，湖南、广东等省局地大暴雨。"
                       "湖南、江西、浙江、广东、广西、贵州、重庆、福建等地一些河流发生了超警、超保洪水。")
    places = _places(doc)
    assert "江南" in places and "江南区" not in places
    assert not {p for p in relation_pairs(doc, "partOf") if p[0] == "江南区"}


def test_the_district_stays_where_its_city_is_named():
    doc = extract_text("南宁市江南区召开防汛工作会议。江南区各街道迅速行动。")
    assert _places(doc).get("江南区") == "450105"


def test_a_national_office_by_its_short_form():
    doc = extract_text("国家防总决定于4日13时将防汛应急响应提升至Ⅲ级。6月4日，国家防办、应急管理部会商调度重点地区强降雨防范应对工作。")
    assert "国家防汛抗旱总指挥部办公室" in body_names(doc, "Agency")
    assert ("国家防汛抗旱总指挥部办公室", "国家防汛抗旱总指挥部") in relation_pairs(doc, "subOrganizationOf")


def test_a_nationwide_lead_is_the_countrys_story():
    # 人民日报: a national campaign; the provinces named late are where one team goes
    text = ("本报北京10月13日电 （记者白剑峰）13日起至19日，全国各省、市、县同时启动为期一周的“服务百姓健康行动”"
            "全国大型义诊活动周活动，全国约60万人次医务人员将走进基层为群众提供义诊服务。"
            "活动主要包括开展公共场所义诊活动、举办健康大讲堂等7个方面。"
            "国家卫生计生委、国家中医药管理局共同组织8支国家医疗队，赴吕梁山集中连片特殊困难地区（山西省和陕西省）等地开展义诊活动。")
    doc = extract_text(text)
    assert doc.articles[0].place == "place-iso-CN"
    assert ("服务百姓健康行动", "山西省") not in relation_pairs(doc, "implementedIn")


def test_a_province_named_in_the_lead_keeps_its_story():
    doc = extract_text("13日，山西省与全国各省同步启动“服务百姓健康行动”，共组织医疗队8支。此前，陕西省已启动这项活动。")
    assert doc.articles[0].place == "place-140000"


def test_a_time_word_opens_no_indicator():
    doc = extract_text("2月19日上午，全省重大项目集中开工动员大会在兰州新区召开。当天集中开工1亿元以上重大项目741个，总投资6095亿元。")
    indicators = {m.indicator for m in doc.metrics}
    assert "集中开工1亿元以上重大项目" in indicators
    assert not {i for i in indicators if i and i.startswith("当天")}


def test_a_content_farms_glosses_leave_the_names_whole(tmp_path):
    # a 武威 plan as a content farm copied it: readings and traditional forms glued into the words
    text = ("一、目标任务为进一步扩大(读:dà)城镇教育资源,2021年nián 全市新建公办幼儿园、中小《练:xiǎo》学9所,"
            "新增中小学(繁体:學)学位4000个。其中:凉州区4所,古浪làng 县4所,天祝县1所。"
            "3-4月,凉州区柏树镇[繁体:鎮]清{pinyin:qīng}水小学、古浪县第五幼儿【ér】园建设项目开复工。")
    from kg.readers.corpus import read_corpus
    path = tmp_path / "wuwei.txt"
    path.write_text(text, encoding="utf-8")
    [doc] = read_corpus([path])
    assert "凉州区柏树镇[繁体:鎮]" not in doc.text and "中小学学位4000个" in doc.text and "古浪县4所" in doc.text
    res = built(doc.text)
    orgs = {e.name for e in res.entities.values() if e.type == "Organization"}
    assert {"凉州区柏树镇清水小学", "古浪县第五幼儿园"} <= orgs
    indicators = {m.indicator for m in res.metrics}
    assert {"中小学", "中小学学位"} <= indicators
    assert not {i for i in indicators if i and ("繁体" in i or "xiǎo" in i)}


def test_a_note_in_latin_letters_stays():
    from kg.readers.corpus import without_pinyin_ruby
    assert without_pinyin_ruby("北京(Beijing)电话：010-12345 来源：新华社") == "北京(Beijing)电话：010-12345 来源：新华社"


def test_a_wire_datelines_reporters_named_alone():
    # 中新社: the bracket after the dateline holds the two reporters, no role word before them
    res = built("中新社長春2月7日電 (李彥國 陳博宜)正當馬年“馬上體”風行大陸的時候,中國東北省份吉林官方在春節后"
                "首個工作日給出了“馬上就問”名單。")
    people = {e.name for e in res.entities.values() if e.type == "Person"}
    assert {"李彦国", "陈博宜"} <= people


def test_a_bracketed_note_after_a_dateline_is_no_reporter():
    res = built("新华社北京3月5日电（图文）国务院召开常务会议，部署有关工作。")
    assert not {e.name for e in res.entities.values() if e.type == "Person"}


def test_the_wire_agency_of_a_dateline_is_named():
    # as a paper before 记者 is (河北日报(记者…)): 新华社 opening the dateline is the medium
    res = built("新华社北京10月13日电（记者白剑峰）13日起至19日，全国各省、市、县同时启动义诊活动周活动。")
    orgs = {e.name for e in res.entities.values() if e.type == "Organization"}
    assert "新华通讯社" in orgs
    assert "白剑峰" in {e.name for e in res.entities.values() if e.type == "Person"}


def test_a_speaker_named_after_the_body():
    doc = extract_text("8月29日，县农业农村局李明介绍，今年全县种植玉米5万亩。市教育局王芳表示，将加快学校建设。")
    people = body_names(doc, "Person")
    assert {"李明", "王芳"} <= people


def test_no_speaker_without_a_name_after_the_body():
    doc = extract_text("市教育局相关负责人介绍，将加快学校建设。县委常委会议指出，要加快发展。")
    assert not body_names(doc, "Person")


def test_the_medium_and_city_of_a_dateline_after_ju():
    # 据新华社南京5月12日电（…）: the medium and its city, named in the dateline only
    res = built("据新华社南京5月12日电（李大伟、陶琳）从60年代的《霓虹灯下的哨兵》到目前正在巡回演出的《虎踞钟山》，"
                "南京军区前线话剧团建团43年奉献出60余部作品。")
    names = {(e.type, e.name) for e in res.entities.values()}
    assert {("Organization", "新华通讯社"), ("Place", "南京市"), ("Person", "李大伟"), ("Person", "陶琳")} <= names


def test_a_kind_of_school_is_no_school():
    # 厦门 education bureau: public kindergartens in general, the city's as a whole, a new round of schools
    doc = extract_text("今年，厦门还将加快建设一批公办幼儿园。计划建成幼儿园项目23个，力争全市幼儿园公办率达到58%以上。"
                       "2023年，厦门将加快新一轮学校项目建设。2021年全市新建公办幼儿园、中小学9所。")
    assert not body_names(doc, "Organization")


def test_a_named_kindergarten_stays():
    doc = extract_text("厦门市公办幼儿园招生工作启动，思明区第一幼儿园报名火爆。")
    assert "思明区第一幼儿园" in body_names(doc, "Organization")


def test_a_dateline_medium_keeps_its_place_and_the_story_its_own():
    res = built("中新社長春2月7日電 (李彥國 陳博宜)正當馬年“馬上體”風行大陸的時候,中國東北省份吉林官方在春節后首個"
                "工作日給出了“馬上就問”名單。")
    names = {k: e.name for k, e in res.entities.items()}
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in res.relations}
    assert ("中国新闻社", "locatedIn", "北京市") in rels
    doc = extract_text("新华社哈尔滨3月1日电（记者王建）桦南县坚持产业富民，全县培育致富带头人120名。")
    assert doc.articles[0].place != "place-230100"
