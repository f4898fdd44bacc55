"""Round 83 (xibu83): ordinary county, town, 苏木/嘎查 and village news of 甘肃 (天水, 清水, 庆阳), 青海 (海东),
内蒙古 (乌审旗, 阿鲁科尔沁旗, 科左中旗, 科左后旗) and 山西 (兴县) from fresh texts of /tmp/s26/fresh/xibu83:
a villager's given name that jieba tags as a place read as no place before his household (村民包海山家),
a river's basin named as the object of a work verb read as no subject of the town's counts that follow
(全面推进黄河流域河湖生态保护工作), a group's leader named with the post after his name in the frame
在…的带领下 read as a person (在刘五娥会长的带领下), the verb 计算 closing a reckoning rate read as no noun
counted (按照每头牛可获利1500元计算), and a township written before a company registered under its own city
read as where the company stands, no part of its name (皂郊镇|天水易天果业有限公司), and a modal before the
verb of reaching read as no part of the indicator (盈利可以保持在90万元)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_villagers_given_name_before_his_household_is_no_place():
    """08-kezuozhong-rouniu (内蒙古日报, 科左中旗): 走进保康镇吐古伦柴达木嘎查村民包海山家 (base: a Place 海山, no person)."""
    doc = extract_text("科左中旗发展特色产业\n走进保康镇吐古伦柴达木嘎查村民包海山家,20头体格健壮的肉牛正舒适地晒着太阳。"
                       "谈起这些牛给生活带来的变化,包海山有说不完的话。")
    assert "海山" not in _names(doc, "Place"), _names(doc, "Place")
    assert "包海山" in _names(doc, "Person"), _names(doc, "Person")
    herder = extract_text("牧区见闻\n牧民王海山在草场上放牧,今年出栏肉羊200只。")
    assert "海山" not in _names(herder, "Place") and "王海山" in _names(herder, "Person"), herder.entities
    plain = extract_text("村里新变化\n走进王家村村民活动中心,村民们正在排练节目。")  # no family name after the role noun
    assert not _names(plain, "Person"), _names(plain, "Person")


def test_a_basin_named_as_a_works_object_is_no_subject_of_the_towns_counts():
    """05-wushen-sulide-sumu (乌审旗苏力德苏木): 全面推进黄河流域河湖生态保护工作,…集中对全苏木范围内的4条河流与
    2个湖泊进行排查。…累计完成农村牧区户改厕1806户 (base: every count the subject 黄河)."""
    doc = extract_text("苏力德苏木激发乡村振兴活力\n苏力德苏木位于乌审旗西南部。全面推进黄河流域河湖生态保护工作,以河湖长制为抓手,"
                       "集中对全苏木范围内的4条河流与2个湖泊进行排查。强力推进“厕所革命”,累计完成农村牧区户改厕1806户,"
                       "新建水冲式公厕6座。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics if m.value in (4, 2, 1806, 6)}
    assert subjects == {"苏力德苏木"}, subjects
    basin = extract_text("黄河流域经济发展\n2023年,黄河流域9省区地区生产总值达到28万亿元。")  # no work verb governs it
    assert {basin.entities[m.subject].name for m in basin.metrics} == {"黄河"}, basin.metrics


def test_a_leader_named_in_the_frame_led_under_is_a_person():
    """07-xingxian-gongyi-cun (红色山西网, 吕梁兴县): 兴县老促会调研组一行7人,在刘五娥会长的带领下,同蔚汾镇老促会
    会长及工作人员…进行了调研 (base: no person 刘五娥)."""
    doc = extract_text("合作社蹚出共同致富路\n8月20日,兴县老促会调研组一行7人,在刘五娥会长的带领下,同蔚汾镇老促会会长及"
                       "工作人员对公义村经济合作总社进行了调研。")
    assert "刘五娥" in _names(doc, "Person"), _names(doc, "Person")
    chair = extract_text("政协调研\n8月20日,县政协调研组一行,在刘建国主席带领下,深入乡镇进行了调研。")
    assert "刘建国" in _names(chair, "Person"), _names(chair, "Person")
    body = extract_text("村里致富\n在王家村党支部的带领下,村民发展养殖产业。")  # a body in the frame names nobody
    assert not _names(body, "Person"), _names(body, "Person")


def test_a_reckoning_rate_names_its_indicator_not_the_verb_after_it():
    """09-kezuohou-nugusitai (中国台湾网, 科左后旗努古斯台镇): 按照每头牛可获利1500元计算,每个育肥牛户在养牛业的收入就可
    达到30000元 (base: an indicator 计算)."""
    doc = extract_text("努古斯台镇发展黄牛产业\n全镇常年育肥牛户发展到300户,按照每头牛可获利1500元计算,"
                       "每个育肥牛户在养牛业的收入就可达到30000元。")
    got = {m.indicator for m in doc.metrics if m.value == 1500}
    assert got == {"每头牛可获利"}, got


def test_a_township_before_a_company_registered_under_its_city_is_where_it_stands():
    """01-tianshui-chanye-xianchanghui (天水在线): 与会人员实地观摩了…秦州区…皂郊镇天水易天果业有限公司苹果自动化分选线
    (base: an Organization 皂郊镇天水易天果业有限公司)."""
    doc = extract_text("全市乡村产业发展现场会在秦州区召开\n与会人员实地观摩了秦州区杨家寺镇设施蔬菜产业园、皂郊镇天水易天果业有限公司"
                       "苹果自动化分选线。")
    orgs = {e.name for e in doc.entities.values() if e.type == "Organization"}
    assert "天水易天果业有限公司" in orgs and not any(o.startswith("皂郊镇") for o in orgs), orgs
    firm = next(e for e in doc.entities.values() if e.name == "天水易天果业有限公司")
    town = next(e for e in doc.entities.values() if e.name == "皂郊镇")
    assert any(r.subject == firm.id and r.predicate == "locatedIn" and r.object == town.id for r in doc.relations), \
        doc.relations


def test_a_modal_before_the_verb_of_reaching_is_no_part_of_the_indicator():
    """09-kezuohou-nugusitai (科左后旗): 按照每头牛可获利1500元计算,养殖场每年的盈利可以保持在90万元左右 (base: the
    indicator 养殖场每年的盈利可以); 收入能够达到3万元 alike."""
    doc = extract_text("努古斯台镇发展黄牛产业\n目前牛场里有育肥牛存栏300头,养殖场每年的盈利可以保持在90万元左右,"
                       "每户收入能够达到3万元。")
    got = {(m.indicator, m.unit) for m in doc.metrics if m.value in (900000, 30000)}
    assert got == {("养殖场每年的盈利", "元"), ("收入", "元/户")}, got  # minsheng117: 每户 opening it is the per part
