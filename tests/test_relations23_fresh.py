"""Foreign-affairs news, expos and county festivals (round 23, relations23): a name joining China
and a partner is one programme whatever dash the source writes it with (中国-东盟, 中国－东盟,
中国―东盟, 中国—东盟); a summit named with its edition (首届中国—阿拉伯国家峰会) is held by both
parties, not in the 中国 of its name; a head after a head (…合作委员会峰会) names the summit, not the
council; a summit held in a country's capital (沙特首都利雅得) is placed in the city; the national
harvest festival written after its year (2023年中国农民丰收节暨…展销会) is found, with the local
event 暨 joins to it.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import built as _result, placed_in as _placed, programmes_in as _programmes


def test_a_joint_name_written_with_any_dash_is_one_programme():
    """中国―东盟博览会 (a horizontal bar) was no programme at all, and 中国-东盟博览会 (a hyphen) and
    中国－东盟博览会 (a full-width minus) were three programmes beside 中国—东盟博览会."""
    text = ("9月12日，第14届中国―东盟博览会在南宁开幕。中国-东盟博览会是双方合作的平台。"
            "中国－东盟博览会由商务部主办。")
    names = _programmes(text)
    assert "中国—东盟博览会" in names
    assert not any(d in n for n in names for d in "-－―")
    assert ("中国—东盟博览会", "南宁市") in _placed(text)


def test_the_same_summit_with_a_hyphen_and_an_em_dash_is_one():
    names = _programmes("首届中国-阿拉伯国家峰会举行。会议期间，各方代表出席首届中国—阿拉伯国家峰会。")
    assert "中国—阿拉伯国家峰会" in names
    assert "中国-阿拉伯国家峰会" not in names


def test_a_joint_summit_with_its_edition_is_not_placed_in_china():
    """首届中国—阿拉伯国家峰会 found by the edition rule was placed in the 中国 its name opens with."""
    placed = _placed("习近平出席首届中国—阿拉伯国家峰会并发表主旨讲话。")
    assert ("中国—阿拉伯国家峰会", "中国") not in placed


def test_a_head_after_a_head_names_the_summit():
    names = _programmes("习近平出席中国—海湾阿拉伯国家合作委员会峰会并发表讲话。")
    assert "中国—海湾阿拉伯国家合作委员会峰会" in names
    assert "中国—海湾阿拉伯国家合作委员会" not in names


def test_a_summit_in_a_capital_is_placed_in_the_city():
    """在沙特首都利雅得举行: the summit is held in 利雅得, not only somewhere in 沙特阿拉伯."""
    placed = _placed("当地时间12月9日，首届中国-阿拉伯国家峰会在沙特首都利雅得举行。")
    assert ("中国—阿拉伯国家峰会", "利雅得") in placed
    assert ("中国—阿拉伯国家峰会", "沙特阿拉伯") not in placed


def test_a_summit_in_a_city_written_after_its_country_is_placed_in_the_city():
    """在哈萨克斯坦阿斯塔纳举行: a city right after its country ended the chain at the country."""
    placed = _placed("第三届中国—中亚峰会在哈萨克斯坦阿斯塔纳举行。")
    assert ("中国—中亚峰会", "阿斯塔纳") in placed
    assert ("中国—中亚峰会", "哈萨克斯坦") not in placed


def test_the_national_festival_after_its_year_and_the_event_joined_to_it():
    """2023年中国农民丰收节暨宿松优质农产品展销会: the year before the festival's name (a Han 年) hid
    the festival, and with it the local fair joined by 暨."""
    names = _programmes("近日，2023年中国农民丰收节暨宿松优质农产品展销会在宿松县洲头乡举办。")
    assert {"中国农民丰收节", "宿松优质农产品展销会"} <= names
    names = _programmes("9月23日，云县在大寨镇举办2022年农民丰收节暨京东农特产购物节。")
    assert {"中国农民丰收节", "京东农特产购物节"} <= names


def test_a_word_ending_in_year_still_hides_the_festival():
    """青年 is no year: a name it opens is a longer local name (the rule wants four digits)."""
    names = _programmes("团县委举办青年农民丰收节联欢活动。")
    assert "中国农民丰收节" not in names


def _runs(text: str) -> set[tuple[str, str]]:
    res = _result(text)
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "runs"}


def test_a_notice_issues_the_plan_that_names_another_in_its_title():
    """关于印发湖南省贯彻落实《…规划》工作方案的通知: the office issues the province's 工作方案; the
    national plan in 《》 inside its name was read as the document issued (the office ran it)."""
    text = ("湖南省人民政府办公厅关于印发湖南省贯彻落实《长江经济带发展规划》工作方案的通知\n"
            "各市州人民政府，省政府各厅委：\n"
            "《湖南省贯彻落实〈长江经济带发展规划〉工作方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n"
            "湖南省人民政府办公厅\n2017年5月15日")
    runs = _runs(text)
    assert ("湖南省人民政府办公厅", "湖南省贯彻落实〈长江经济带发展规划〉工作方案") in runs
    assert ("湖南省人民政府办公厅", "长江经济带发展规划") not in runs


def test_a_notice_issuing_a_quoted_plan_still_runs_it():
    text = ("湖南省人民政府办公厅关于印发《湖南省就业促进行动方案》的通知\n各市州人民政府：\n"
            "《湖南省就业促进行动方案》已经省人民政府同意，现印发给你们。\n湖南省人民政府办公厅\n2017年5月15日")
    assert ("湖南省人民政府办公厅", "湖南省就业促进行动方案") in _runs(text)


def test_a_quoted_brand_is_no_programme():
    """推出“华阳河”牌大米, 打造“万福辣椒”品牌, “乡宁味道”系列产品: a quoted name a brand word follows
    named a programme (by the verb before it); it is a brand or a product line."""
    names = _programmes("该县打造“宿松大米”区域公用品牌，推出“华阳河”牌大米、“乡宁味道”系列产品。")
    assert not names & {"宿松大米", "华阳河", "乡宁味道"}
    assert "万福辣椒" not in _programmes("许家村发展辣椒种植产业，打造“万福辣椒”品牌。")


def test_a_campaign_of_a_brand_is_still_a_programme():
    assert "百县千品" in _programmes("该县开展“百县千品”品牌提升行动。")
    assert "三品一标" in _programmes("全县推进“三品一标”产品认证工作。")


def test_two_events_joined_before_a_first_edition():
    """龙虾节暨首届农产品博览会: 首届 after 暨 opens a second event as 第三届 does; the name held 暨."""
    names = _programmes("10月，县里举办第三届龙虾节暨首届农产品博览会。")
    assert "农产品博览会" in names
    assert not any("暨" in n for n in names)


def test_the_title_without_de_names_the_quoted_plan():
    """关于印发湖南省…就业实施方案的通知 … 《湖南省…就业的实施方案》: the title drops the 的 the
    plan's own name holds; they were two programmes."""
    text = ("湖南省人民政府办公厅关于印发湖南省进一步稳定和扩大就业实施方案的通知\n各市州人民政府：\n"
            "《湖南省进一步稳定和扩大就业的实施方案》已经省人民政府同意，现印发给你们。\n"
            "湖南省人民政府办公厅\n2023年3月17日")
    names = _programmes(text)
    assert "湖南省进一步稳定和扩大就业的实施方案" in names
    assert "湖南省进一步稳定和扩大就业实施方案" not in names


def _cooperating(text: str) -> set[tuple[str, str]]:
    res = _result(text)
    names = {k: e.name for k, e in res.entities.items()}
    return {(names[r.subject], names[r.object]) for r in res.relations if r.predicate == "cooperatesWith"}


def test_bodies_each_signing_with_one_company():
    """A、B分别与C签订…协议: each of the listed bodies signs with C (分别 pairs by rank only when both
    sides are lists); nobody signed before."""
    pairs = _cooperating("无棣县人民政府、无棣县农业农村局分别与华润集团签订了乡村振兴合作协议。")
    assert {("无棣县人民政府", "华润集团有限公司"), ("无棣县农业农村局", "华润集团有限公司")} <= pairs
    pairs = _cooperating("无棣县人民政府、阳信县人民政府分别与华润集团、中粮集团签订合作协议。")
    assert ("无棣县人民政府", "华润集团有限公司") in pairs
    assert ("无棣县人民政府", "中粮集团有限公司") not in pairs


def test_the_business_summit_beside_the_expo():
    """中国—东盟商务与投资峰会, held in Nanning with the expo: its 与 kept every rule from naming it."""
    text = "9月12日，第14届中国―东盟博览会、中国–东盟商务与投资峰会在南宁开幕。"
    assert "中国—东盟商务与投资峰会" in _programmes(text)
    assert ("中国—东盟商务与投资峰会", "南宁市") in _placed(text)
