"""The place an article is about when its headline names the guests a host meets (县委书记李明会见
深圳市宝安区考察团: the story is the host county's, named in the body), while a foreign guest's
country stays what such a story is about only where no meeting place is written (home_code reads its
relative names as the host's)."""
from __future__ import annotations

from conftest import article_place


def test_the_chinese_guests_of_a_meeting_headline_are_not_what_it_is_about():
    text = ("县委书记李明会见深圳市宝安区考察团一行\n3月5日，县委书记李明在县行政中心会见了深圳市宝安区副区长张伟"
            "带领的考察团一行。李明对考察团一行表示欢迎，并介绍了于都县经济社会发展情况。")
    assert article_place(text) == "于都县"


def test_a_host_named_before_the_verb_is_chosen_over_the_guests():
    text = ("于都县委书记李明会见深圳市宝安区考察团\n3月5日，李明会见了深圳市宝安区考察团一行。")
    assert article_place(text) == "于都县"


def test_a_meeting_headline_with_a_foreign_guest_is_where_the_meeting_is():
    """(places33: the guest's country is no place of the story; 在广州会见 says where it happens.)"""
    text = ("省长王伟中会见乌克兰外长库列巴\n5月10日，省长王伟中在广州会见乌克兰外长库列巴一行。")
    assert article_place(text) == "广州市"


def test_a_meeting_headline_with_a_foreign_guest_and_no_meeting_place_keeps_the_country():
    text = ("省长王伟中会见乌克兰外长库列巴\n5月10日，省长王伟中会见乌克兰外长库列巴一行。")
    assert article_place(text) == "乌克兰"


def test_a_work_report_is_the_place_of_the_congress_its_heading_names():
    text = ("政府工作报告\n\n——2024年1月10日在南昌市第十六届人民代表大会第五次会议上\n\n各位代表：\n"
            "现在，我代表市人民政府向大会报告工作，请予审议。\n过去一年，赣江新区加快发展，赣江新区直管区生产总值增长8%。"
            "全市地区生产总值增长4.8%。赣江新区新引进项目50个。我们将支持赣江新区建设。市财政局要加强统筹。")
    assert article_place(text) == "南昌市"


def test_a_place_named_without_a_session_leaves_the_choice_as_it_was():
    text = ("赣江新区召开工作会议\n3月5日，赣江新区召开2024年工作会议，南昌市有关部门负责人参加。")
    assert article_place(text) == "赣江新区"


def test_a_lead_speaking_as_its_province_is_about_the_province():
    text = ("28名拟提拔省管领导干部任前公示\n浙江在线11月28日讯 11月19日至11月26日，我省有28名拟提拔任用省管领导干部"
            "任前公示。本次任命前分别任嘉善县委书记、温岭市委书记。娄绍光、李无文分别从永嘉、瑞安调任瓯海、鹿城，"
            "杨秀清从莲都区区长任缙云县委书记，缙云县、嘉善县干部群众反响热烈。")
    assert article_place(text) == "浙江省"


def test_a_lead_naming_its_county_before_we_keeps_the_county():
    text = ("全力推进项目建设\n3月5日，永丰县召开项目建设推进会。会议指出，我省各地项目建设如火如荼，吉安市各县竞相发展。")
    assert article_place(text) == "永丰县"


def test_a_delegation_coming_to_a_place_in_the_headline_is_that_places_story():
    text = ("庄河市党政代表团来松江考察调研\n9月20日上午，庄河市党政代表团来松江考察调研，区委书记王华杰会见庄河市委书记"
            "申守勃一行。在松江区·庄河市对口合作工作座谈会上，王靖对庄河市党政代表团一行的到来表示热烈欢迎。")
    assert article_place(text) == "松江区"


def test_the_guests_a_lead_names_after_a_meeting_verb_are_not_the_story():
    text = ("加强合作交流促进共同发展\n昨天上午，市长许宗衡会见了由扬州市委书记季建业、市长王燕文率领的党政代表团一行。"
            "扬州市领导王荣平参加会见，深圳市委常委、副市长陈应春参加会见。\n许宗衡介绍了深圳经济社会发展的基本情况。"
            "季建业表示，深圳是改革开放的先行区。\n昨天，扬州市党政代表团一行参观了高新科技园区。")
    assert article_place(text) == "深圳市"


def test_a_township_whose_county_is_only_listed_is_not_what_the_story_is_about():
    text = ("两县联合开展防汛应急演练\n3月5日，永丰县、吉水县在佐龙乡联合开展防汛应急演练，两县应急管理、水利等部门参加。"
            "演练模拟佐龙乡遭遇强降雨，两县迅速启动应急响应。")
    assert article_place(text) != "佐龙乡"


def test_a_township_of_a_headline_stays_chosen_beside_a_list_of_counties():
    text = ("永兴镇：柑橘园里话丰收\n近日，在永兴镇龙头桥村的柑橘基地，果农们正忙着采摘。今年，开江县、宣汉县、大竹县等地"
            "柑橘喜获丰收，永兴镇柑橘种植面积达5000亩。")
    assert article_place(text) == "永兴镇"


def test_a_press_conference_of_a_central_organ_is_chinas_story():
    text = ("2024年3月5日外交部发言人毛宁主持例行记者会\n问：据报道，菲律宾总统马科斯表示将访问日本。中方对此有何评论？\n"
            "答：我们注意到有关报道。中方一贯认为，国与国之间的交往应当有利于地区和平稳定。")
    assert article_place(text) == "中国"


def test_a_central_organ_in_a_title_with_a_place_keeps_the_place():
    text = ("国家发展改革委在江西省召开现场会\n3月5日，国家发展改革委在南昌市召开全国现场会，中方代表出席。")
    assert article_place(text) != "中国"
