"""Visits and cooperation news: the two sides of a 考察团 visit or a 结对/签约 tie.

- A lead sentence (no title naming a place) that says a delegation came 来X县考察: the story is the
  host X县's, not the visitors' (named first); a trip 赴北京参加会议 is no visit there.
- A title X县考察团莅临Y县: the story is Y县's.
- A delegation lists its own county's bodies in a 、-list (由A县人大常委会副主任…、县人民法院院长…带队):
  those relative names are A县's, even in a story about the host.
- 与-pairs of places closed by signing, pairing or cooperating (A县与B区签订…, 自A区与B县结对以来)
  are the two sides of a tie (cooperatesWith); a place inside an agency name is no side, and a
  pair closed by nothing of the kind (交界, 相比) is none.

Sentences written in the shapes of county and city news of such visits (names changed)."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("layout", "sentences", "dates", "gazetteer", "registry", "numbers", "entities", "resolve",
                  "posts", "relations"))


def build(text: str):
    doc = _PIPE(text_doc(text))
    name = {k: e.name for k, e in doc.entities.items()}
    rels = {(name.get(r.subject), r.predicate, name.get(r.object)) for r in doc.relations}
    return doc, rels


def ties(rels) -> set[frozenset]:
    return {frozenset((s, o)) for s, p, o in rels if p == "cooperatesWith"}


# ---------------------------------------------------------------- the host of a visit

def test_a_lead_visit_to_a_county_is_the_hosts_story():
    doc, rels = build("5月12日，浙江省嘉善县委常委、宣传部部长李建明带领考察组来思南县考察对接东西部协作工作。"
                      "县委副书记、县长张晓东，县领导王平参加活动。\n"
                      "考察组一行先后来到思南县中等职业学校等地实地考察。")
    assert doc.articles[0].place == "place-520624"
    assert ("张晓东", "holdsPost", "思南县委") in rels
    assert ("李建明", "holdsPost", "嘉善县委") in rels


def test_a_trip_to_a_meeting_is_no_visit_there():
    doc, _ = build("3月2日，邯郸市委书记张大山赴北京参加全国县域经济工作会议。会议总结了经验。")
    assert doc.articles[0].place == "place-130400"


def test_a_title_delegation_arriving_at_a_county_is_the_hosts_story():
    doc, _ = build("四川省成都市郫都区考察团莅临理县\n"
                   "6月3日，郫都区考察团一行莅临理县，就对口帮扶工作进行考察交流。县委书记刘海参加座谈。")
    assert doc.articles[0].place == "place-513222"


def test_a_delegations_own_bodies_listed_after_its_first_keep_its_county():
    doc, rels = build("莒县考察团莅临墨竹工卡县\n"
                      "由山东省莒县人大常委会副主任王立群、县人民法院院长刘东、县人民检察院检察长孙涛带队的考察团一行6人"
                      "莅临墨竹工卡县考察交流工作。\n"
                      "下午，墨竹工卡县委、县政府在家县级领导与考察团进行了座谈。")
    names = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert {"莒县人民法院", "莒县人民检察院", "墨竹工卡县人民政府"} <= names
    assert "墨竹工卡县人民法院" not in names
    assert ("刘东", "holdsPost", "莒县人民法院") in rels


# ---------------------------------------------------------------- the tie between the two sides

def test_places_signing_an_agreement_cooperate():
    _, rels = build("7月8日上午，闽侯县与黔江区对口合作座谈会召开。会上，黔江区与闽侯县签订《全方位战略合作框架协议》。")
    assert ties(rels) == {frozenset(("闽侯县", "黔江区"))}
    assert sum(p == "cooperatesWith" for _, p, _ in rels) == 1  # one tie, whichever side is named first


def test_places_paired_since_and_twinned_cooperate():
    _, rels = build("自柯城区与岷县结对以来，两地开展了多领域交流。海宁市和德江县缔结友好城市签约仪式在德江县举行。")
    assert ties(rels) >= {frozenset(("柯城区", "岷县")), frozenset(("海宁市", "德江县"))}


def test_governments_signing_cooperate_not_their_places():
    _, rels = build("签约仪式上，海宁市人民政府与德江县人民政府签署缔结友好城市框架协议。")
    assert ("海宁市人民政府", "cooperatesWith", "德江县人民政府") in rels \
        or ("德江县人民政府", "cooperatesWith", "海宁市人民政府") in rels
    assert frozenset(("海宁市", "德江县")) not in ties(rels)


def test_neighbours_and_comparisons_are_no_tie():
    _, rels = build("柯城区与岷县交界处山高路远。海宁市与德江县相比，产业基础差异较大。")
    assert not ties(rels)


# ---------------------------------------------------------------- a host named by one character

def test_a_visit_to_one_character_of_the_hosts_short_name_is_the_hosts_story():
    doc, _ = build("浙江省湖州市吴兴区考察团来岷调研东西部协作工作\n"
                   "5月8日，吴兴区考察团一行先后来到岷县中药材产业园等地考察。县委书记赵宏参加座谈。")
    assert doc.articles[0].place == "place-621126"  # 岷县, not the visitors' 吴兴区


def test_a_foreign_delegation_coming_to_a_county_by_its_short_name():
    doc, _ = build("日本某市友好访问团来宁访问\n"
                   "11月7日，日本某市友好访问团与海宁市政府进行了交流与会谈。市委副书记、市长王明参加会谈。")
    assert doc.articles[0].place == "place-330481"  # 海宁市 (宁 of 海宁), not 日本


def test_coming_to_china_names_no_county():
    doc, _ = build("法国友好代表团来华访问\n"
                   "代表团一行参观了华容县的现代农业园区，并与当地企业座谈。")
    assert doc.articles[0].place != "place-430623"


def test_a_resolved_we_county_is_a_side_of_a_tie():
    _, rels = build("岷县举行东西部协作签约仪式\n1月16日，柯城区党政代表团来岷县考察。"
                    "据了解，自2018年我县与柯城区结对签约以来，两地合作不断深化。")
    assert frozenset(("柯城区", "岷县")) in ties(rels)


def test_mountains_and_sea_of_a_pairing_programme_is_no_place():
    doc, _ = build("永平县党政代表团赴奉贤区考察对接东西部协作工作，双方共叙山海情谊，深化山海协作工程。")
    assert "山海" not in {e.name for e in doc.entities.values() if e.type == "Place"}


# ---------------------------------------------------------------- where a delegation goes

def test_a_company_a_delegation_goes_to_is_named_without_the_verb():
    doc, _ = build("考察团先后赴宏达机械集团、德阳市企业服务中心等地考察。在斗门期间，王明一行还前往粤海食品（珠海）有限公司开展实地调研。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "宏达机械集团" in orgs and "粤海食品（珠海）有限公司" in orgs
    assert not any(o.startswith(("考察团", "前往", "先后")) for o in orgs)


# ---------------------------------------------------------------- a foreign friendship city

def test_a_foreign_city_after_its_country_is_a_world_place_of_it():
    doc, rels = build("我市友好城市日本高松市市长访问我市\n"
                      "4月1日，日本高松市市长山田太郎率政府代表团访问。1985年，长沙市和高松市建立友好城市关系。"
                      "5月20日，韩国顺天郡议长一行访问我市。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert {"高松市", "顺天郡"} <= places
    assert ("高松市", "partOf", "日本") in rels and ("顺天郡", "partOf", "韩国") in rels
    m = [m for m in doc.mentions if m.norm == "高松市"]
    assert len(m) >= 3  # the title's, the lead's and 长沙市和高松市


def test_no_foreign_city_without_its_diplomacy_or_across_a_verb():
    doc, _ = build("日本企业落户我县工业园区。日本佐贺县小城市友好访问团来访。美国商人在县城投资。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert not any(p.startswith(("企业", "佐贺县小")) or p.endswith("小城市") for p in places)


def test_a_city_written_by_sound_after_its_country_is_not_one_name_with_it():
    doc, rels = build("挪威特隆赫姆市代表团访问泰顺\n"
                      "12月12日，挪威特隆赫姆市代表团一行来我县访问。近年来，温州市与特隆赫姆市交流频繁。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "特隆赫姆市" in places and not any(p.startswith("挪威") and p != "挪威" for p in places)
    assert ("特隆赫姆市", "partOf", "挪威") in rels


def test_a_lead_delegation_coming_to_we_city_is_the_visitors_not_the_story():
    doc, _ = build("本报讯 8月31日至9月3日，四川省阿坝州汶川县党政代表团来我市考察，两地召开对口支援工作座谈会，"
                   "就深化两地务实合作深入沟通交流。\n"
                   "绍兴市领导李明、王红等参加相关活动。李明说，自2010年结对以来，绍兴坚决扛牢对口支援的使命。")
    assert doc.articles[0].place == "place-330600"  # 绍兴市, not the visitors' 汶川县
