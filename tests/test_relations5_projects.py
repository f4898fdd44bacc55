"""Projects listed with 、 and closed by 等项目 (建成中海油惠州1200万吨炼油、茂名石化100万吨乙烯扩建等项目):
each item that states a capacity after a name is a named project, run by the company its name
opens with.  Sentences written in the shape of provincial economic reports."""
from __future__ import annotations

from conftest import programmes_and_relations

build = programmes_and_relations


def test_listed_projects_with_a_capacity_are_named_and_run_by_their_company():
    progs, rels = build("湖南省能源建设提速\n今年以来，湖南开工建设华能岳阳200万千瓦燃煤发电、大唐华银攸县100万千瓦扩建等重点项目。")
    assert {"华能岳阳200万千瓦燃煤发电", "大唐华银攸县100万千瓦扩建"} <= progs
    assert ("华能岳阳200万千瓦燃煤发电", "implementedIn", "岳阳市") in rels  # the place its name holds
    assert ("大唐华银攸县100万千瓦扩建", "implementedIn", "攸县") in rels


def test_the_company_a_listed_project_is_named_after_runs_it():
    _, rels = build("广东能源供应\n广东建成中海油惠州1200万吨炼油、茂名石化100万吨乙烯扩建等项目。")
    assert ("茂名石化", "runs", "茂名石化100万吨乙烯扩建") in rels
    assert ("中海油惠州1200万吨炼油", "implementedIn", "惠州市") in rels


def test_kinds_sizes_and_years_in_such_a_list_are_no_names():
    progs, _ = build("邯郸市推进项目建设\n今年全市推进城市道路、桥梁、水利等项目建设，"
                     "开工10万头生猪养殖、5万吨饲料加工等项目，完成2023年老旧小区改造、背街小巷整治等工程。")
    assert not any(ch.isdigit() for p in progs for ch in p[:1])
    assert "2023年老旧小区改造" not in progs
    assert "城市道路" not in progs


def test_an_event_named_after_the_verb_that_holds_it_and_de():
    progs, rels = build("富顺县举办文化旅游节\n3月5日，由县委宣传部主办的第三届乡村文化旅游节在县城举行。")
    assert "乡村文化旅游节" in progs and not any(p.startswith("的") for p in progs)
    assert ("富顺县委宣传部", "runs", "乡村文化旅游节") in rels


def test_bodies_that_hold_an_event_together_each_run_it():
    progs, rels = build("中阿联合声明\n双方欢迎在访问期间由阿联酋经济部和中国商务部共同举行的中阿商务论坛。")
    assert "中阿商务论坛" in progs
    assert ("阿联酋经济部", "runs", "中阿商务论坛") in rels
    assert ("商务部", "runs", "中阿商务论坛") in rels


def test_a_bare_event_word_after_held_de_is_no_name():
    progs, _ = build("邯郸市招商引资\n今年在我市举办的博览会吸引众多客商，会议期间举行的各类活动丰富多彩。")
    assert not progs


def test_a_titled_film_is_a_programme_its_maker_runs_and_gets_no_place():
    progs, rels = build("全椒县开展廉政教育\n会上，播放了市纪委拍摄的《以案为鉴，遵守准则，筑牢防线》警示教育片。")
    assert "以案为鉴，遵守准则，筑牢防线" in progs
    assert ("滁州市纪委", "runs", "以案为鉴，遵守准则，筑牢防线") in rels
    assert not any(s == "以案为鉴，遵守准则，筑牢防线" and p == "implementedIn" for s, p, _ in rels)


def test_a_title_in_angle_quotes_with_no_head_after_is_no_programme():
    progs, _ = build("全椒县开展廉政教育\n干部们认真学习了《习近平谈治国理政》，并交流心得体会。")
    assert "习近平谈治国理政" not in progs
