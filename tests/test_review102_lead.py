"""Review of round 102 (the lead's): national releases filed in Beijing, both countries' ministries, a name
opening with an adjective, and a bridge named by a place word.

`resolve._national_voice` makes a story that names no place of its own and speaks for the whole
country (a central organ's release, 全国 opening a clause) China's story.  Three shapes of national
release slipped past it (guotong99 and fabu97 texts):
- a plain-text page keeps the dispatch's head in the lead (本报北京10月18日讯 记者…报道:国家统计局今天
  发布…): its 北京 was read as the place the story names, so the story was 北京市's;
- a wire's dateline read as the byline (新华社北京12月15日电) still counted as a place named, so a
  release titled 国家统计局:11月份国民经济持续回升向好 had no place at all;
- a release whose first paragraph is a preamble on policy (前三季度，面对复杂严峻的外部环境…) wrote its
  first clause-opening 全国 after the 120 characters of the lead the rule read.
Where the story was filed is no place it is about; a story naming a place of its own keeps it.

registry and agencies: a joint statement's 两国外交部 (each country's ministry) was read as China's 外交部
(shengming101 and earlier rounds' joint statements).

entities.pos: 来到…上水桥施工现场 (xibei101) gave a region 上水: a place word of jieba's dictionary before 桥 names
the bridge, as before 大桥, 公路 or 隧道.

posts: 哈尔滨新区党工委书记高大伟, (shengfabu101): 高大 is an adjective of jieba's dictionary, so the
three characters after the post were read as a word, not as a name as 王家波 (a noun first) is.
"""
from conftest import extract_text, held_posts


def _laid_out(text: str):
    """`text` as a whole page through the default pipeline, layout included (the dateline read)."""
    from kg.model import Doc
    from kg.pipeline import DEFAULT_PIPELINE, Pipeline
    return Pipeline(DEFAULT_PIPELINE)(Doc(id="t", source="t.txt", text=text))


def _place(doc) -> str | None:
    key = doc.articles[0].place
    return doc.entities[key].name if key in doc.entities else None


_PAPER = ("前三季度固定资产投资同比增长24.9%\n"
          "本报北京10月18日讯 记者薛志伟报道:国家统计局今天发布的统计数据显示,前三季度,固定资产投资"
          "(不含农户)212274亿元,同比名义增长24.9%。\n"
          "统计显示,前三季度国有及国有控股投资73481亿元,增长12.7%。\n")


def test_paper_dispatch_from_beijing_of_a_national_release_is_chinas():
    """guotong99 06 (经济日报 2011): the base placed the release of 国家统计局 in 北京市."""
    assert _place(_laid_out(_PAPER)) == "中国"
    assert _place(extract_text(_PAPER)) == "中国"


def test_paper_dispatch_of_a_city_story_keeps_its_city():
    """A dispatch from Beijing whose story speaks of the city (北京市统计局, 全市) stays Beijing's; one
    naming no place and no national voice stays the dispatch's city."""
    city = ("北京前三季度固定资产投资增长\n"
            "本报北京10月18日讯 北京市统计局今天发布的统计数据显示,前三季度,全市固定资产投资3000亿元。\n")
    assert _place(_laid_out(city)) == "北京市"
    local = ("一批重点项目集中开工\n本报兰州10月18日讯 记者王刚报道:今天,一批重点项目集中开工,总投资120亿元。\n")
    assert _place(_laid_out(local)) == "兰州市"


def test_wire_byline_from_beijing_does_not_unplace_a_central_organs_release():
    """fabu97 05 (新华社北京12月15日电, title 国家统计局:11月份…): the base left the story with no place."""
    text = ("国家统计局:11月份国民经济持续回升向好\n"
            "新华社北京12月15日电(记者魏玉坤、韩佳诺)\n"
            "国家统计局15日发布的数据显示,11月份,国民经济持续回升向好,规模以上工业增加值同比增长6.6%。\n")
    assert _place(_laid_out(text)) == "中国"


def test_national_scope_after_a_preamble_paragraph():
    """guotong99 02 (国家统计局 2024, its stamp dropped as chrome): 全国 opens a clause only in the
    release's third paragraph, after a preamble of 200 characters; the base left it unplaced."""
    preamble = ("前三季度,面对复杂严峻的外部环境和国内经济运行中的新情况新问题,在以习近平同志为核心的党中央坚强领导下,"
                "各地区各部门深入贯彻落实党中央、国务院决策部署,坚持稳中求进工作总基调,加大宏观调控力度,"
                "着力深化改革开放、扩大国内需求、优化经济结构,国民经济运行总体平稳、稳中有进。")
    text = ("前三季度国民经济运行稳中有进\n" + preamble + "\n"
            "初步核算,前三季度国内生产总值949746亿元,同比增长4.8%。\n"
            "前三季度,农业增加值同比增长3.7%。全国夏粮早稻产量合计16383万吨,比上年增产87.2万吨。\n")
    assert _place(extract_text(text)) == "中国"
    county = text.replace("全国夏粮", "全县夏粮")  # a text speaking as a county is none of China's
    assert _place(extract_text(county)) != "中国"


def test_three_character_name_opening_with_an_adjective_after_a_post():
    """shengfabu101 07: 哈尔滨新区党工委书记高大伟,哈尔滨市副市长王沿民… — the base missed 高大伟."""
    doc = extract_text("哈尔滨召开发布会\n哈尔滨市委常委、哈尔滨新区党工委书记高大伟,哈尔滨市副市长王沿民出席发布会。")
    people = {m.surface for m in doc.mentions if m.label == "Person"}
    assert {"高大伟", "王沿民"} <= people
    assert any(p == "高大伟" for p, *_ in held_posts(doc))


def test_adjective_after_a_post_running_on_is_no_name():
    """县长高度重视, 局长高兴地说: an adjective after a post running on into the clause is no name."""
    doc = extract_text("县里召开会议\n县长高度重视此项工作。局长高兴地说，项目进展顺利。")
    people = {m.surface for m in doc.mentions if m.label == "Person"}
    assert not people & {"高度重", "高度", "高兴地", "高兴"}


def test_both_countries_ministries_are_no_single_agency():
    """A joint statement: 双方同意加强两国外交部之间的磋商 — the base read 外交部 (China's) at 两国外交部 and
    双方外交部; either country's ministry named as such stays, and so does a bare 外交部 elsewhere."""
    text = ("中越联合声明\n双方同意加强两国外交部之间的磋商与合作，双方外交部定期举行会晤，两国国家发展改革委加强合作。"
            "中国外交部和越南外交部签署合作计划，外交部发言人表示欢迎。")
    doc = extract_text(text)
    agencies = sorted(((m.surface, m.start) for m in doc.mentions if m.label == "Agency"), key=lambda a: a[1])
    assert [a for a, _ in agencies] == ["中国外交部", "越南外交部", "外交部"]
    assert text[agencies[-1][1] - 1] == "，"


def test_place_word_before_a_bridge_is_the_bridges_name():
    """xibei101 08: 来到离石区东属巴离柳分水口现场、上水桥施工现场 — the base read a region 上水."""
    doc = extract_text("离石区调研\n龚孟建一行来到离石区东属巴离柳分水口现场、上水桥施工现场详细了解工程规划。")
    places = {m.surface for m in doc.mentions if m.label == "Place"}
    assert "上水" not in places and "离石区" in places
