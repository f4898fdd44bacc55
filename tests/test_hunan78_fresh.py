"""Round 78 (hunan78): ordinary county, town and village news of 湖南 and 江西 (邵东 乡村振兴, 泰和 防汛
调研, a village profile of 新晃, 祁阳 and 冷水滩 party standing committees, 桂东 and 双峰 project
openings) from fresh texts of /tmp/s26/fresh/hunan78.  Fixes: a village opening its clause whose stem
holds a bound morpheme (涞溪村位于…, 涞 tagged g) read as a village, its parent the last place of the
chain after 位于; livestock farms classed by their turnoff (年出栏5000头以上的规模养猪场22家) keep the
bound out of the figures; a plant's output in pieces inside a project's name (年产50万樘门生产线) is
its size, and 樘 counts doors; a bare 区委/区长 of posts in a prefecture's story naming one county
alone is that county's (永州市政协副主席、冷水滩区委书记…区委副书记、区长桂砺锋)."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> dict[str, str]:
    return {k: e.name for k, e in doc.entities.items() if e.type == "Place"}


def _names(doc) -> dict[str, str]:
    return {k: e.name for k, e in doc.entities.items()}


def _rels(doc, predicate: str) -> set[tuple[str, str]]:
    names = _names(doc)
    return {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == predicate}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_village_whose_stem_holds_a_bound_morpheme_opens_its_profile():
    """03-xinhuang-laixi (怀化新晃): 涞溪村位于湖南省怀化市新晃侗族自治县步头降乡东部…全村辖12个村民小组
    (base: no village at all, its households counted as the township's)."""
    doc = extract_text("涞溪村位于湖南省怀化市新晃侗族自治县步头降乡东部,距乡机关所在地2.5公里。"
                       "全村辖12个村民小组,共253户,888人。")
    places = _places(doc)
    assert "涞溪村" in places.values(), places
    assert ("涞溪村", "步头降苗族乡") in _rels(doc, "partOf"), _rels(doc, "partOf")
    village = next(k for k, v in places.items() if v == "涞溪村")
    assert any(m.subject == village and m.indicator == "村民小组" for m in doc.metrics), \
        [(m.subject, m.indicator) for m in doc.metrics]


def test_a_pronoun_before_a_village_is_no_village():
    """The negative: 该村位于… (该, a function word) and 全村 name no village."""
    doc = extract_text("该村位于新晃侗族自治县步头降乡东部,全村辖12个村民小组。")
    assert not any(v.endswith("村") for v in _places(doc).values()), _places(doc)


def test_a_pig_farm_classed_by_its_turnoff_keeps_the_bound_out():
    """01-shaodong-rural (邵阳邵东): 年出栏5000头以上的规模养猪场22家 (base: a metric 年出栏 5000头)."""
    doc = extract_text("邵东市发展中药材产业基地16万余亩、油茶产业基地15万余亩,年出栏5000头以上的规模养猪场22家。")
    got = _metrics(doc)
    assert not any(v == 5000 for _, v, _ in got), got
    assert any(v == 22 and u == "家" for _, v, u in got), got


def test_a_plant_s_output_in_pieces_is_the_size_of_its_line():
    """06-shuangfeng-projects (娄底双峰): 桑圆门业投资1.24亿元建设的年产50万樘门生产线 (base: a metric
    樘门生产线 500000 with no unit); 樘 counts doors where they are made."""
    doc = extract_text("双峰县梓门桥镇项目开工。桑圆门业投资1.24亿元建设的年产50万樘门生产线开工。")
    got = _metrics(doc)
    assert not any(v == 500000 for _, v, _ in got), got
    assert any(v == 124000000 for _, v, _ in got), got
    doc = extract_text("双峰县木门产业发展。今年,该企业生产木门12万樘。")
    assert ("生产木门", 120000, "樘") in _metrics(doc), _metrics(doc)


def test_a_bare_district_committee_in_a_city_story_of_one_district():
    """08-lengshuitan-standing (永州冷水滩): 永州市政协副主席、冷水滩区委书记何冲龙主持召开区委常委会会议…
    区委副书记、区长桂砺锋 in a story where 永州 is named most (base: 区委 and 区人民政府 with no place)."""
    doc = extract_text("2020年12月14日,永州市政协副主席、冷水滩区委书记何冲龙在区政府三楼视频会议室主持召开2020年第三十次"
                       "区委常委会会议。会议传达学习贯彻许达哲、毛伟明在省委十一届十二次全体会议上的讲话精神以及第40次、"
                       "第41次市委常委会会议精神,听取省脱贫攻坚工作实地考核反馈问题整改落实工作、省生态环境保护督察“回头看”"
                       "整改工作、省政府安全生产考核巡查交办问题隐患整改工作、全区新冠肺炎疫情常态化防控工作等情况汇报,"
                       "审议《湖南永州潇湘光电科技产业园投资合同书(送审稿)》《湖南永州潇湘光电科技产业园(一期)投资合作补充协议"
                       "(送审稿)》《永州中凌智能3D触控显示屏项目投资合同(送审稿)》。区委副书记、区长桂砺锋,区委副书记施创太,"
                       "区委常委何小华、彭峰出席会议。")
    posts = _rels(doc, "holdsPost")
    assert ("桂砺锋", "冷水滩区委") in posts and ("何小华", "冷水滩区委") in posts, posts
    assert ("何小华", "区委") not in posts, posts


def test_a_city_story_of_two_districts_leaves_a_bare_committee_alone():
    """The negative: two districts of the city named, 区委常委 is neither's by this rule."""
    doc = extract_text("永州市委书记到冷水滩区、零陵区调研项目建设,永州市发改委、永州市住建局负责人参加。"
                       "永州市长说,永州要加快项目建设。区委常委何小华陪同。")
    posts = _rels(doc, "holdsPost")
    assert ("何小华", "冷水滩区委") not in posts and ("何小华", "零陵区委") not in posts, posts


def test_the_idiom_of_streets_and_village_ends_names_no_village():
    """09-luxi-xuanfeng-town (萍乡芦溪县): 漫步在宣风街头村尾 (base: a village 宣风街头村 where the programme
    of the town was implemented); a village after 在 still is one (走进…竹垣村)."""
    doc = extract_text("漫步在宣风街头村尾,人们会惊喜地发现大街小巷干净有序。宣风镇着力推进“十个一”标准化体系建设。")
    assert "宣风街头村" not in _places(doc).values(), _places(doc)
    doc = extract_text("记者走进芦溪县宣风镇竹垣村,漫步在村头,绿树成荫。")
    assert "竹垣村" in _places(doc).values(), _places(doc)


def test_a_village_bearing_a_named_township_s_name_lies_in_it():
    """02-taihe-flood (吉安泰和) and 10-fengxin-songbu-town (宜春奉新): 来到苏溪镇丰颖稻业农民专业合作社…在苏溪村,
    宋埠镇…宋埠村牌楼组人 (base: the villages with no parent); a village of another stem is left alone."""
    doc = extract_text("3月29日上午,县委书记廖东生深入泰和县禾市镇、苏溪镇等地调研。随后,廖东生来到苏溪镇丰颖稻业"
                       "农民专业合作社。在苏溪村,廖东生现场察看了春耕备耕情况。在塘洲村,他察看了水毁工程。")
    part_of = _rels(doc, "partOf")
    assert ("苏溪村", "苏溪镇") in part_of, part_of
    assert not any(a == "塘洲村" and b in ("苏溪镇", "禾市镇") for a, b in part_of), part_of
