"""Posts of names whose family name and first given character make a dictionary noun (王家波:
王家 'royal family'), and foreign ministers written after their country (蒙古国外长巴特策策格)."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve", "posts"))


def posts(text: str) -> dict[tuple[str, str], set]:
    """(person, body) -> the posts held, of `text`."""
    out: dict[tuple[str, str], set] = {}
    for person, body, post, _status in held_posts(_PIPE(text_doc(text))):
        out.setdefault((person, body), set()).add(post)
    return out


def test_a_name_opening_with_a_household_noun_after_a_post_is_a_name():
    got = posts("永丰县政府召开第十二次常务会议\n3月5日，永丰县政府召开第十二次常务会议。会议由县委副书记、"
                "县长李明主持，常务副县长王家波，副县长张伟、刘芳出席会议。")
    assert "常务副县长" in got[("王家波", "永丰县")]
    assert "副县长" in got[("张伟", "永丰县")]


def test_a_household_noun_running_on_into_text_is_no_name():
    got = posts("永丰县召开会议\n永丰县县长李明主持会议，副县长王家的事情被提及。")
    assert not any(p.startswith("王家") for p, _ in got)


def test_a_foreign_minister_holds_his_post_in_his_countrys_foreign_ministry():
    got = posts("王毅同蒙古国外长会谈\n新华社北京5月10日电 王毅10日在北京同蒙古国外长巴特策策格举行会谈。"
                "此前，阿联酋外长阿卜杜拉、法国总统马克龙也曾访华。")
    assert "外长" in got[("巴特策策格", "蒙古国外交部")]
    assert "外长" in got[("阿卜杜拉", "阿联酋外交部")]
    assert "总统" in got[("马克龙", "法国")]
    assert not any(body in ("蒙古国", "阿联酋") for _, body in got)


def test_a_post_after_a_country_naming_no_ministry_stays_bodiless():
    got = posts("美方代表团访华\n新华社北京5月10日电 美国国务卿布林肯10日抵达北京。")
    assert not any(body == "美国" for _, body in got)


def test_a_kind_of_organisation_alone_is_no_body_of_a_post():
    got = posts("永丰县召开民营企业座谈会\n3月5日，永丰县召开民营企业座谈会。会上，公司董事长张海、集团总经理刘洋、"
                "医院院长陈红先后发言。永丰县恒达实业有限公司董事长周斌介绍了企业发展情况。")
    bodies = {body for _, body in got}
    assert not bodies & {"公司", "集团", "医院", "医院院", "公司集团", "公司医院"}
    assert "董事长" in got[("周斌", "永丰县恒达实业有限公司")]


def test_a_scoped_hospital_still_holds_its_heads_post():
    got = posts("永丰县卫健委召开会议\n3月5日，永丰县卫健委召开会议，县人民医院院长陈刚、县中医院副院长李红参加。")
    assert "院长" in got[("陈刚", "永丰县人民医院")]


def status_of(text: str) -> dict[str, set]:
    doc = _PIPE(text_doc(text))
    name = {k: e.name for k, e in doc.entities.items()}
    out: dict[str, set] = {}
    for r in doc.relations:
        if r.predicate == "holdsPost":
            out.setdefault(name[r.subject], set()).update(p.get("status") for p in r.posts)
    return out


def test_an_earlier_career_verb_makes_every_pair_of_its_list_former():
    got = status_of("浙江县委书记调整\n曾任西湖区区长刘颖、桐庐县县长方毅、嵊州市市长徐建役3位任县（市、区）委书记。")
    assert got["刘颖"] == {"former"}
    assert got["方毅"] == {"former"}
    assert got["徐建役"] == {"former"}


def test_a_list_of_pairs_without_a_status_verb_stays_current():
    got = status_of("永丰县召开会议\n永丰县县长李明、副县长王刚、副县长张伟出席会议。")
    assert got["王刚"] == {None}
    assert got["张伟"] == {None}


def test_a_class_word_after_a_post_and_ren_is_no_given_name():
    doc = _PIPE(text_doc("浙江干部调整\n（3）由县（市、区）委书记任省级产业集聚区管理委员会主任的两人：张新宇、刘根宏。"))
    assert not any(e.type == "Person" and e.name.startswith("任") for e in doc.entities.values())


def test_chinas_premier_and_state_councillors_hold_their_posts_in_the_state_council():
    got = posts("温家宝抵达乌兰巴托\n中新网乌兰巴托6月1日电 中国总理温家宝1日下午抵达蒙古国首都乌兰巴托。\n"
                "李克强总理夫人程虹、国务委员兼外交部长王毅等陪同人员同机抵达。")
    assert "总理" in got[("温家宝", "国务院")]
    assert "国务委员" in got[("王毅", "国务院")]
    assert "部长" in got[("王毅", "外交部")]
    assert ("温家宝", "中国") not in got


def test_a_bare_premier_in_a_sentence_about_a_foreign_country_gets_no_state_council():
    got = posts("中意会谈\n新华社罗马电 总理普罗迪满意地说，意大利政府愿同中方加强合作。")
    assert not any(body == "国务院" for _, body in got)


def test_civil_service_ranks_and_chief_planners_are_posts_of_their_department():
    got = posts("江西省举行新闻发布会\n3月5日，省政府新闻办举行新闻发布会，省发展改革委党组成员、副主任刘卫东，"
                "省财政厅二级巡视员李建平，省自然资源厅总规划师王晓明介绍有关情况。")
    assert "二级巡视员" in got[("李建平", "江西省财政厅")]
    assert "总规划师" in got[("王晓明", "江西省自然资源厅")]


def test_a_courts_judicial_committee_is_an_inner_body_of_the_court():
    got = posts("吉安市人大常委会会议闭幕\n3月28日，会议表决通过了人事任免事项：任命王丽为吉安市中级人民法院副院长、"
                "审判委员会委员；任命赵强为吉安市人民检察院检察委员会委员。")
    assert any("审判委员会委员" in p for p in got[("王丽", "吉安市中级人民法院")])
    assert any("检察委员会委员" in p for p in got[("赵强", "吉安市人民检察院")])
    assert not any(body.endswith(("审判委员会", "检察委员会")) for _, body in got)


def test_a_long_transliterated_name_after_a_head_of_state_post():
    got = posts("温家宝访问蒙古国\n新华社乌兰巴托6月1日电 访问期间，温家宝将分别会见蒙古国总统额勒贝格道尔吉和国家大呼拉尔主席登贝尔勒。")
    assert "总统" in got[("额勒贝格道尔吉", "蒙古国")]


def test_an_office_stationed_elsewhere_is_the_mission_of_the_body_before_zhu():
    got = posts("庄河市党政代表团来松江考察\n9月20日，松江区副区长陈容，大连市政府驻上海办事处主任刘龙邦，"
                "庄河市委常委、副市长王野参加有关活动。")
    assert "主任" in got[("刘龙邦", "大连市人民政府驻上海办事处")]
    assert not any(p == "刘龙邦" and body != "大连市人民政府驻上海办事处" for p, body in got)
