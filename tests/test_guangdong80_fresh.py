"""Round 80 (guangdong80): ordinary county, town and village news of 广东 (梅州, 清远, 湛江, 河源, 江门's
towns), 福建 (宁德's 下党乡) and 海南 (琼海's 潭门镇), from fresh texts of /tmp/s26/fresh/guangdong80:
驻镇帮镇扶村 (Guangdong's scheme of teams stationed in towns) read as no village 镇帮镇扶村 (a level
character after 驻 is the verb's object, no name); 镇委 (how 两广 and 海南 write a town's party committee)
one body with 镇党委; and a chain of posts read past a programme's quoted name inside a body's name
(清城区委书记、区“百千万工程”指挥部总指挥廖家杰: both posts); and a bare measure after a clause naming an
industry grown (发展各类特色产业,面积已达1.6万亩) the industry's, not the township's own area; a grower a
role noun introduces (种植大户王茂权沿着山路…) a person where the story writes the name again."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _posts(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_a_team_stationed_in_the_town_names_no_village():
    """03-xingning-zhuzhen (dfz.gd.gov.cn, 兴宁市): 郑伟仪一行先后来到永和镇驻镇帮镇扶村工作队驻地 (base: a village
    镇帮镇扶村 of 永和镇, written again at every 驻镇帮镇扶村 of the text)."""
    doc = extract_text("调研驻镇帮镇扶村工作\n近日,调研组到兴宁市调研驻镇帮镇扶村工作。调研组先后来到永和镇驻镇帮镇扶村"
                       "工作队驻地、肉鸽产业园,实地了解驻镇帮镇扶村工作队工作开展情况。")
    places = _names(doc, "Place")
    assert not any("帮镇扶" in p for p in places), places
    assert "永和镇" in places, places
    # a village named after 驻 stays one (萨迦县驻扎西岗村工作队)
    team = extract_text("工作队进村\n萨迦县驻扎西岗村工作队开展入户走访。")
    assert "扎西岗村" in _names(team, "Place"), _names(team, "Place")


def test_a_town_s_committee_written_zhenwei_is_its_party_committee():
    """09-zhaiwu-zuotanhui (鹤山市宅梧镇): 镇党委书记侯锦强出席会议并讲话。座谈会上,镇委副书记、镇长邓仲宇…
    (base: two bodies, 宅梧镇党委 and 宅梧镇委; as in guangdong74's 临高 东英镇委)."""
    doc = extract_text("宅梧镇召开座谈会\n近日,宅梧镇召开“百千万工程”座谈会。镇党委书记侯锦强出席会议并讲话。"
                       "座谈会上,镇委副书记、镇长邓仲宇传达了会议精神。")
    agencies = _names(doc, "Agency")
    assert "宅梧镇委" not in agencies and "宅梧镇党委" in agencies, agencies
    assert ("邓仲宇", "宅梧镇党委") in _posts(doc), _posts(doc)
    named = extract_text("大埔镇召开会议\n近日,大埔镇委书记张建明主持召开会议。")
    assert ("张建明", "大埔镇党委") in _posts(named), _posts(named)
    # a county's 委 keeps its name (兴宁市委), and so does a city's
    county = extract_text("兴宁市召开会议\n兴宁市委书记余其豹主持会议。")
    assert ("余其豹", "兴宁市委") in _posts(county), _posts(county)


def test_a_chain_of_posts_goes_on_past_a_quoted_programme_in_a_body():
    """04-qingcheng-zhihuibu (qingcheng.gov.cn, 清远市清城区): 清城区委书记、区“百千万工程”指挥部总指挥廖家杰主持召开…
    (base: only the headquarters' post; 区委书记 lost at the quotes)."""
    doc = extract_text("清城区召开指挥部会议\n9月10日,清城区委书记、区“百千万工程”指挥部总指挥廖家杰主持召开指挥部"
                       "2024年第十次会议。")
    posts = _posts(doc)
    assert ("廖家杰", "清城区委") in posts and ("廖家杰", "清城区百千万工程指挥部") in posts, posts
    # an honour in quotes closed by 、 before the post is no body: the chain is the post's alone
    honour = extract_text("表彰会召开\n会上,荣获“优秀党务工作者”称号的镇党委书记李明作发言。")
    assert all(b != "优秀党务工作者" for _, b in _posts(honour)), _posts(honour)


def _metrics(doc) -> set[tuple[str, str, float]]:
    return {(doc.entities[m.subject].name if m.subject else "", m.indicator, m.value) for m in doc.metrics}


def test_a_bare_area_after_an_industry_grown_is_the_industry_s():
    """05-shouning-xiadang (人民日报, 寿宁县下党乡): 下党乡因地制宜发展各类特色产业,面积已达1.6万亩 (base: indicator
    面积 of 下党乡, which reads as the township's own area)."""
    doc = extract_text("产业有特色 生活更甜美\n福建宁德市寿宁县下党乡因地制宜发展各类特色产业,面积已达1.6万亩。")
    assert ("下党乡", "特色产业面积", 16000) in _metrics(doc), _metrics(doc)
    # a place's own area after a clause of where it lies stays its area
    own = extract_text("下党乡概况\n福建宁德市寿宁县下党乡位于寿宁县西北部,面积达120平方公里。")
    assert any(ind == "面积" for _, ind, _ in _metrics(own)), _metrics(own)


def test_a_grower_named_after_his_role_and_written_again_is_a_person():
    """05-shouning-xiadang: 种植大户王茂权沿着崎岖山路,钻进茂密的锥栗林… 王茂权面露喜色 (base: no person; the role
    noun's name needed a verb of speech after it)."""
    doc = extract_text("产业有特色\n下屏峰村,秋雨蒙蒙。种植大户王茂权沿着崎岖山路,钻进茂密的锥栗林,查看锥栗长势。"
                       "“看这长势,又是个丰收年!”王茂权面露喜色。")
    assert "王茂权" in _names(doc, "Person"), _names(doc, "Person")
    # written once and closed by no verb of speech, a role noun's "name" stays none (a verb and its object)
    once = extract_text("牧区储草\n当地干部引导牧民储草备料,确保牲畜安全越冬。")
    assert not any(n.startswith("储草") for n in _names(once, "Person")), _names(once, "Person")
