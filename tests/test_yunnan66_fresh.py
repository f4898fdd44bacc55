"""Round 66 (yunnan66): ordinary county, township and village news of 云南 and 贵州 from fresh texts of
/tmp/s26/fresh/yunnan66 (红河县 green food, 云龙县 visit, 楚雄州 and 罗平县 chronicles, 石林/陆良 meeting,
大方县达溪镇 and 凤冈县 cooperatives).  Fixes: the stage of processing a plant does (深加工厂, 精加工厂)
read as no organisation; the verb 领办 of a party branch running a cooperative is no word of the
cooperative's name; a clause of a name, 是 and a post (晏忠琴是蔬菜合作社基地负责人) names a person; a
chronicle's 、-list of names closed by 参加会谈 (周志远、陈翡敏、李红梅参加会谈) names people; Norbu written
农布 (副州长农布央宗) opens a Tibetan given name."""
from __future__ import annotations

from conftest import extract_text


def _orgs(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Organization"}


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _posts(doc) -> set[tuple[str, str]]:
    names = {e.id: e.name for e in doc.entities.values()}
    return {(names[r.subject], names[r.object]) for r in doc.relations if r.predicate == "holdsPost"}


def test_a_processing_stage_plant_counted_is_no_organisation():
    """01-honghe-green-food (云南网, 红河县): 有州级龙头企业深加工厂1个,初制加工厂14个 (base: an
    Organization 深加工厂); the counts stay."""
    doc = extract_text("红河县茶叶产业发展迅速\n目前,全县有州级龙头企业深加工厂1个,初制加工厂14个,精加工厂2个。")
    assert not (_orgs(doc) & {"深加工厂", "精加工厂"}), _orgs(doc)
    assert 14 in {m.value for m in doc.metrics}, [(m.indicator, m.value) for m in doc.metrics]
    # negative: a company whose own name holds the trade (红河县滇红茶叶深加工有限公司) is still one
    doc = extract_text("红河县茶叶产业发展迅速\n红河县滇红茶叶深加工有限公司投资建设茶叶初制厂。")
    assert any(o.endswith("有限公司") for o in _orgs(doc)), _orgs(doc)


def test_a_cooperative_run_by_the_party_branch_is_a_model_not_a_name():
    """06-dafang-daxi (贵州大方县): 以党支部领办农民专业合作社的模式为抓手 (base: an Organization
    党支部领办农民专业合作社); a named cooperative after 领办 keeps its name."""
    doc = extract_text("达溪镇发展特色产业\n近年来,大方县达溪镇以党支部领办农民专业合作社的模式为抓手,积极发展特色产业。")
    assert not any("领办" in o for o in _orgs(doc)), _orgs(doc)
    doc = extract_text("该村产业发展\n该村由村集体领办的金穗种植专业合作社带动农户增收。")
    assert "金穗种植专业合作社" in _orgs(doc), _orgs(doc)


def test_a_name_is_a_post_names_a_person():
    """06-dafang-daxi: 晏忠琴是蔬菜合作社基地负责人,她告诉记者 (base: no person); 王强是县农业局局长 holds
    the post in the bureau; 李明是县长的秘书 holds none."""
    doc = extract_text("新寨村蔬菜合作社带动增收\n晏忠琴是蔬菜合作社基地负责人,她告诉记者,采摘季节每天带动务工人员二三十人。")
    assert "晏忠琴" in _persons(doc), _persons(doc)
    doc = extract_text("某县烤烟产业\n王强是县农业局局长,他介绍说,今年全县种植烤烟5万亩。")
    assert "王强" in _persons(doc) and any(p == "王强" for p, _ in _posts(doc)), _posts(doc)
    # negative: 李明是县长的秘书 (the post is another's, after 的) and 王强是县里的好干部 hold no post
    doc = extract_text("某县新闻\n李明是县长的秘书。王强是县里的好干部。")
    assert not _posts(doc), _posts(doc)


def test_names_listed_as_sitting_in_on_a_meeting_are_people():
    """03-chuxiong-dashiji (楚雄州政府公报 大事记): 周志远、陈翡敏、李红梅参加会谈 after a leader's meeting
    (base: no person); a list of places or bureaus before the same cue stays no people."""
    doc = extract_text("大事记\n8月20日,州委书记张子建会见陆学伟一行,双方就深化文旅领域合作进行座谈交流。周志远、陈翡敏、李红梅参加会谈。")
    assert {"周志远", "陈翡敏", "李红梅"} <= _persons(doc), _persons(doc)
    doc = extract_text("大事记\n8月21日,农业局、林业局、水务局参加会议。上海、北京、广州参加会谈。")
    assert not _persons(doc), _persons(doc)


def test_a_tibetan_name_of_yunnan_after_a_post_is_a_person():
    """05-shangrila-zxlx (香格里拉网, 迪庆州): 州委常委、州政府副州长农布央宗致辞 (base: no person; Norbu is
    written 农布 in 迪庆); a family name 农 keeps its own reading (局长农建国)."""
    doc = extract_text("八自治州政协联系会议召开\n州政协主席杜永春主持会议。州委常委、州政府副州长农布央宗致辞。")
    assert "农布央宗" in _persons(doc), _persons(doc)
    doc = extract_text("某县会议\n县农业农村局局长农建国出席会议。")
    assert "农建国" in _persons(doc), _persons(doc)
