"""Round 70 (messy70): government news pages scraped with their page furniture (/tmp/s26/fresh/messy70:
county and town portals, a people's-congress site, a photo page, content farms and mirrors with breadcrumbs,
来源/发布时间/浏览次数 lines, 打印 关闭, related-news tails and copyright footers; 山东, 江苏, 安徽, 浙江, 重庆,
湖北, 四川, 吉林, 甘肃, 上海, 福建). Fixes: a road named after a lake or river that bears a division's short name
(南阳湖路 in 微山县) names no city (it had placed a 微山县 page in 河南省); a footer's copyright line names the
site's owner before its mark (声明:绵阳市场信息网内容版权所有), kept as 主办's value is, so an article naming
only a township two counties share (魏城镇) is placed; 现已 (by now) opens no indicator (现已种植蔬菜2万多亩);
a stem the story writes before 社区 or 街道 is no abbreviation after a verb (在华泾广场 beside 华泾社区: no 中国);
a headline's verb of pushing (骆岗街道力推社区…) opens no community's name; 临街 (facing the street) is no place;
praise for what was held (丰富多彩的, 形式多样的) and its doers (各部门) open no indicator; a district channel's
tag opening a headline ([徐汇]…) places the story in the district, as a verb of place does; a lake's name read
backwards stops after its county's (金乡县金水湖 → 金水湖)."""
from __future__ import annotations

from conftest import article_place, extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _relations(doc) -> set[tuple[str, str, str]]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name[r.subject], r.predicate, name[r.object]) for r in doc.relations}


def test_a_road_named_after_a_lake_names_no_city():
    """01-weishan-shantytown (微山县政府网): 县长…前往…南阳湖路跨通惠河桥梁建设现场 (base: a Place 南阳市 and the
    page placed in 河南省)."""
    text = ("县长督导桥梁建设工作\n\n来源:微山县政府办公室 发布时间:2020-12-16 浏览次数:\n\n"
            "12月15日,县长张玉强前往南阳湖路跨通惠河桥梁建设现场查看进展,副县长王如意参加。\n\n打印 关闭")
    doc = extract_text(text)
    assert "南阳市" not in _places(doc), _places(doc)
    assert article_place(text) == "微山县"
    # the rule reads a road's word right after the water's character only: 九江湖口县 keeps 九江市 and 湖口县
    doc = extract_text("湖口县推进项目建设\n江西九江湖口县今年开工重点项目12个。")
    assert {"九江市", "湖口县"} <= _places(doc), _places(doc)


def test_a_copyright_footer_names_the_site_owner():
    """09-mianyang-weicheng (绵阳市场信息网): a town's story naming no county, the footer 声明:…网内容版权所有
    (base: 魏城镇, a town of 魏县 and of 游仙区, placed nowhere; the story in no place)."""
    body = ("魏城镇召开环境治理大会\n1月9日上午,魏城镇召开城乡环境综合治理誓师大会,1200余人参加会议。"
            "镇长刘子江作了动员讲话。\n")
    doc = extract_text(body + "声明:绵阳市场信息网内容版权所有,未经许可不得转载。")
    assert ("魏城镇", "partOf", "绵阳市") in _relations(doc), _relations(doc)
    assert article_place(body + "声明:绵阳市场信息网内容版权所有,未经许可不得转载。") == "魏城镇"


def test_a_copyright_line_of_the_site_itself_names_no_owner():
    """本站版权所有 names no owner; 某县人民政府 版权所有 and 版权所有：某办公室 do (the owner's span kept)."""
    from kg.stages.chrome import classify
    for line, owner in (("本站版权所有", None), ("微山县人民政府 版权所有", "微山县人民政府"),
                        ("版权所有：微山县人民政府办公室 网站标识码：3708260001", "微山县人民政府办公室")):
        c = classify(line)
        got = [line[s:e] for s, e in c.values] if c else []
        assert got == ([owner] if owner else []), (line, got)


def test_xianyi_opens_no_indicator():
    """07-enshi-hongtu (湖北日报 photo page): 现已种植蔬菜2万多亩; 11-huating (华亭县): 现已建成乡级电商服务站点6个
    (base: indicators 现已种植蔬菜, 现已建成乡级电商服务站点)."""
    doc = extract_text("红土乡发展高山蔬菜\n近年来,红土乡引导农民种植高山蔬菜,现已种植蔬菜2万多亩。"
                       "该县现已建成乡级电商服务站点6个。全乡现有耕地面积3.2万亩。")
    got = {m.indicator for m in doc.metrics}
    assert "种植蔬菜" in got and "乡级电商服务站点" in got, got
    assert not any(i.startswith("现已") for i in got), got
    assert any("耕地" in i for i in got), got


def test_a_community_stem_after_a_verb_is_no_abbreviation():
    """15-xuhui-leifeng (东方网): 华泾社区的40多支学雷锋志愿者队伍就在华泾广场摆起摊位 (base: 在华 read as China,
    the story placed in 中国); a story naming no such stem keeps 在华 (外资企业在华投资)."""
    doc = extract_text("志愿服务最快乐\n3月5日,华泾社区的40多支志愿者队伍就在华泾广场摆起摊位,为市民提供服务。")
    assert "中国" not in _places(doc), _places(doc)
    doc = extract_text("外资企业看好中国市场\n今年以来,多家外资企业在华投资设厂。")
    assert "中国" in _places(doc), _places(doc)


def test_a_headline_verb_opens_no_community_and_facing_the_street_is_no_place():
    """12-baohe-luogang (包河区新闻网): 骆岗街道力推社区志愿服务广场建设 (base: a community 力推社区);
    14-maiji (麦积区政府网): 临街店铺占道经营 (base: a Place 临街); 骆岗街道 and 包河苑社区 stay."""
    doc = extract_text("骆岗街道力推社区志愿服务广场建设\n骆岗街道以包河苑社区为试点,增建了社区志愿服务广场。"
                       "志愿者对临街店铺占道经营等不文明行为进行了劝导。")
    got = _places(doc)
    assert "力推社区" not in got and "临街" not in got, got
    assert {"骆岗街道", "包河苑社区"} <= got, got


def test_praise_for_what_was_held_and_its_doers_are_no_part_of_the_indicator():
    """16-fuzhou-volunteer-day (东南网): 我市各级各部门积极开展丰富多彩的志愿服务活动共计53项 (base: the indicator
    各部门积极开展丰富多彩的志愿服务活动); the shape 开展形式多样的宣传活动120场次 alike."""
    doc = extract_text("国际志愿者日活动举行\n据悉,今年国际志愿者日期间,我市各级各部门积极开展丰富多彩的志愿服务活动共计53项。"
                       "全县开展形式多样的宣传活动120场次。")
    got = {(m.indicator, m.value, m.unit) for m in doc.metrics}
    assert ("志愿服务活动", 53, "项") in got and ("宣传活动", 120, "场次") in got, got


def test_a_district_channel_tag_places_the_story():
    """15-xuhui-leifeng (东方网 区县联播): [徐汇]争当时代“活雷锋” over a story naming only its communities (base: the
    story placed nowhere, 徐汇 not read); a tag two cities' districts share ([鼓楼]) stays unread."""
    text = "[徐汇]争当时代活雷锋 志愿服务最快乐\n3月5日,记者走进华泾社区活动现场,对数十位志愿者进行了采访。"
    assert article_place(text) == "徐汇区"
    assert article_place("【鼓楼】社区开展志愿服务\n3月5日,社区开展志愿服务。") is None


def test_a_lake_after_its_county_is_named_without_the_county():
    """06-jinxiang-wetland (content farm, 山东金乡县): 济宁市金乡县金水湖湿地公园杏花满枝 (base: a Place named
    金乡县金水湖); a lake jieba knows after its county (东平县东平湖) stays as it was."""
    doc = extract_text("金水湖杏花满枝\n阳春三月,济宁市金乡县金水湖湿地公园杏花满枝,人们投入到大自然的怀抱。")
    got = _places(doc)
    assert "金水湖" in got and "金乡县金水湖" not in got, got
    doc = extract_text("东平湖保护\n东平县东平湖生态保护持续推进。")
    assert "东平湖" in _places(doc), _places(doc)
