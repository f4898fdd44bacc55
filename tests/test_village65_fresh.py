"""Round 65 (village65): village and community news — village collective economy, cooperatives,
village party branches and committees, communities' lift and election news (fresh texts of
/tmp/s26/fresh/village65: 湖北襄阳, 湖南永州, 山东德州, 贵州石阡, 云南/四川/广西, 重庆綦江, 江苏无锡, 浙江兰溪,
四川乐山).  Fixes: a village leader elected by the villagers (被村民推选为, 被村民们推荐当选为) or becoming the
leader (通过竞选成为) holds the post; a party branch's committee written short (党支部支委委员) is an
inner body, no body 党支部支委; a paragraph or sentence framing one village as the example (以老渡口村为例，
该村…) has that village for the subject of its figures, not the township."""
from __future__ import annotations

from conftest import extract_text


def _posts(doc) -> set[tuple[str, str, str]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), names.get(r.object), p["post"])
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def _subjects(doc) -> dict[str, str]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {m.indicator: names.get(m.subject, m.subject) for m in doc.metrics}


def test_a_village_head_elected_by_the_villagers():
    """04-shiqian-liangshan (贵州石阡县): 2010年,年富力强的李文安被村民们推荐当选为村委会主任 after the village
    named (base: no person, no post)."""
    doc = extract_text("石阡县推行村社合一\n石阡县本庄镇凉山村海拔近900米,全村350多户人家散居在山上。"
                       "2010年,年富力强的李文安被村民们推荐当选为村委会主任。")
    assert ("李文安", "凉山村委会", "主任") in _posts(doc), _posts(doc)
    doc = extract_text("凉山村发展产业\n石阡县本庄镇凉山村海拔近900米。2012年,王德明被村民推选为村委会主任。")
    assert ("王德明", "凉山村委会", "主任") in _posts(doc), _posts(doc)


def test_a_village_secretary_who_ran_and_became_one():
    """01-xiangyang-cunjiti (襄阳日报): 龚保贵…通过竞选成为老河口市张集镇油房湾村党支部书记 (base: no person)."""
    doc = extract_text("襄阳村均集体收入超40万元\n2018年,龚保贵通过竞选成为老河口市张集镇油房湾村党支部书记。")
    assert ("龚保贵", "油房湾村党支部", "书记") in _posts(doc), _posts(doc)
    # 成为 without a post after it: the village becomes a model, no one takes a post
    doc = extract_text("凉山村获评示范村\n石阡县本庄镇凉山村通过竞选成为全省示范村,村民张明华说,日子越过越好。")
    assert not _posts(doc), _posts(doc)


def test_a_branch_committee_member_written_short():
    """02-yongzhou-yanzhuqiao (湖南永州): 烟竹桥村党支部支委委员…唐出成说 (base: an Agency 烟竹桥村党支部支委)."""
    doc = extract_text("烟竹桥村壮大集体经济\n大村甸镇烟竹桥村党支部支委委员唐出成说:“我们村集体经济不断壮大。”")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "烟竹桥村党支部支委" not in agencies, agencies
    assert ("唐出成", "烟竹桥村党支部", "支委委员") in _posts(doc), _posts(doc)


_ERTUN = ("二屯镇发展村集体经济\n德城区二屯镇老渡口村村民王玉池来到金银花种植基地。\n"
          "二屯镇坚持发展壮大村集体经济。\n")


def test_the_village_framed_as_the_example_is_the_subject():
    """03-dezhou-erton (德州德城区): 以老渡口村为例,该村党支部立足实际…。…整理出土地50余亩。…惠及村民50人
    (base: both figures the township's, 二屯镇)."""
    doc = extract_text(_ERTUN + "以老渡口村为例,该村党支部立足实际,探索经营方式。村党支部统筹推进综合开发利用,"
                                "整理出土地50余亩。同时,惠及村民50人。")
    got = _subjects(doc)
    assert got.get("整理出土地") == "老渡口村" and got.get("惠及村民") == "老渡口村", got
    doc = extract_text(_ERTUN + "以老渡口村为例,该村立足实际,整理出土地50余亩。")
    assert _subjects(doc).get("整理出土地") == "老渡口村", _subjects(doc)
    # 以老渡口村为例,全镇…: 全镇 names the township, whatever the frame
    doc = extract_text(_ERTUN + "以老渡口村为例,全镇整理出土地50余亩。")
    assert _subjects(doc).get("整理出土地") == "二屯镇", _subjects(doc)


def test_a_residential_compound_is_no_district():
    """07-huishan-yuqi, 08-lanxi-qingsheng (community lift and owners' committee news): 阳光花园小区业主委员会主任
    张华 (base: an Agency 惠山区业主委员会 — 小区's 区 read as the article's district)."""
    doc = extract_text("玉祁街道加装电梯\n无锡市惠山区玉祁街道阳光花园小区业主委员会主任张华说,加梯难题解决了。")
    agencies = {e.name for e in doc.entities.values() if e.type == "Agency"}
    assert "惠山区业主委员会" not in agencies, agencies
    assert any(a.endswith("玉祁街道阳光花园小区业主委员会") for a in agencies), agencies
    # the district's own committee, written bare after the district, stays the district's
    doc = extract_text("惠山区召开会议\n无锡市惠山区召开会议,区委书记张华说,好。")
    assert ("张华", "惠山区委", "书记") in _posts(doc), _posts(doc)
