"""National lists of townships, Tibetan and Guangxi village news, Taiwan Affairs Office briefings
(places23): townships the table knows under another kind or name, a team stationed in a village,
events' host cities in a national briefing.

任县西固城乡 (a 2020 list) lost the county (任县 became 任泽区 that year) and read 固城乡 under
Beijing's 房山区; 平山县苏家庄镇 took the code of 宁晋县's 苏家庄镇 (平山's is still 苏家庄乡 in
the table); 田林县潞城乡 had no code (the table writes 潞城瑶族乡); 萨迦县驻扎西岗村工作队 made
a village 驻扎西岗村; a briefing announcing fairs 在福建厦门举行 was placed in 厦门."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _doc(text: str):
    return _PIPE(text_doc(text))


def _places(text: str) -> dict[str, dict]:
    return {m.surface: m.attrs for m in _doc(text).mentions if m.label == "Place"}


def test_a_county_renamed_a_district_keeps_its_former_name():
    """任县 (邢台, a district 任泽区 since 2020): the county, and its township 西固城乡 (the table's
    西固城镇); 担任县委书记, 挂任县发改委 (任 "serve as" glued to the word before, 邢台 not named)
    and 任县(市、区) (every county-level division) stay no place."""
    got = _places("标题\n河北省：任县西固城乡、巨鹿县堤村乡。")
    assert got["任县"]["code"] == "130505"
    assert got["西固城乡"]["code"] == "130505104"
    assert not _places("标题\n张三曾任县委书记、县长。")
    assert "任县" not in _places("标题\n会上宣布，5位同志任县（市、区）党委书记。")
    assert "任县" not in _places("标题\n会上，王磊挂任县发改委副主任。")
    assert _places("标题\n邢台市任县召开乡村振兴推进会。")["任县"]["code"] == "130505"


def test_a_township_raised_to_a_town_is_read_in_its_own_county():
    """平山县苏家庄镇: 平山's 苏家庄乡 raised to a town after the table was made, not 宁晋县's
    苏家庄镇 of the same province."""
    got = _places("标题\n河北省：平山县苏家庄镇、隆化县七家镇。")
    assert got["苏家庄镇"]["code"] == "130131204"


def test_an_ethnic_township_written_without_its_people():
    """田林县潞城乡 and 钟山县两安乡: the table's 潞城瑶族乡 and 两安瑶族乡, written short."""
    assert _places("标题\n示范区项目位于田林县潞城乡，下辖19个行政村。")["潞城乡"]["code"] == "451029200"
    assert _places("标题\n钟山县两安乡沙坪村群众唱响山歌。")["两安乡"]["code"] == "451122201"


def test_a_village_after_stationed_at_starts_after_the_verb():
    """萨迦县驻扎西岗村、玉萨村工作队: the villages 扎西岗村 and 玉萨村 (驻 is the team's verb);
    驻村工作队 and 驻点帮扶村 name no village."""
    got = _places("标题\n日喀则市萨迦县驻扎西岗村、玉萨村工作队帮助村民开办砖厂。")
    assert "驻扎西岗村" not in got
    assert got["扎西岗村"]["level"] == "village" and got["玉萨村"]["level"] == "village"
    assert set(_places("标题\n萨迦县驻村工作队帮助村民开办砖厂。")) == {"萨迦县"}
    assert "点帮扶村" not in _places("标题\n萨迦县驻点帮扶村开展工作。")


def test_event_host_cities_of_a_national_briefing_are_no_article_place():
    """国务院台办…发布会 announcing a forum 在北京举办 and fairs 在福建厦门举行, 在福建厦门和漳州举办:
    the cities host the events; the briefing is no story of 厦门.  A county story naming its own
    county stays the county's."""
    text = ("标题\n1月28日上午10时，国务院台办在新闻发布厅举行例行新闻发布会。发言人就近期两岸热点问题回答了记者提问。\n"
            "发言人：首先我发布一条消息。经有关方面协商，两党智库论坛将于2月3日在北京举办。\n"
            "记者：两岸现代农业博览会日前在福建厦门举行。\n"
            "发言人：11月30日至12月2日，博览会在福建厦门和漳州举办，吸引3万多人次前来观展购物。")
    assert _doc(text).articles[0].place != "place-350200"
    county = ("标题\n近日，全县乡村振兴工作会议召开。\n会上，宾阳县通报了各乡镇工作进展。"
              "宾阳县将于下月在南宁举办农产品推介会。")
    assert _doc(county).articles[0].place == "place-450126"


def test_table_townships_follow_the_one_county_the_others_lie_in():
    """我县…经官庄街道、乌杨街道、清溪场镇和平凯街道: 平凯街道 is 秀山's alone, and 清溪场镇 is
    秀山's 清溪场街道 by its old name (not 渠县's 清溪场镇 of Sichuan, the country's only one so
    named now); 官庄街道 and 乌杨街道, names many counties share, are 秀山's then too."""
    got = _places("标题\n去年7月，我县启动实施联络线改建工程。工程经官庄街道、乌杨街道、清溪场镇和平凯街道等地。")
    assert got["清溪场镇"]["code"] == "500241005"
    assert got["官庄街道"]["code"] == "500241004" and got["乌杨街道"]["code"] == "500241002"
    # a township of another county's name only, with no sibling to place it, keeps its one code
    assert _places("标题\n近日，清溪场镇召开乡村振兴工作会，镇党委书记主持会议。")["清溪场镇"]["code"] == "511725110"


def test_a_story_naming_townships_of_one_county_is_the_county_s():
    """县委书记…深入到各乡镇 (then 一拉溪镇、万昌镇 and 西阳镇 of 永吉县, the county never named
    but in a slogan): the county's story, not its first township's."""
    text = ("标题\n9月15日至16日，县委书记带队深入到各乡镇，对农村人居环境整治、“千村示范”创建和“绿化永吉、全民行动”工作推进情况进行联合巡检。\n"
            "走进各乡镇、村屯，房屋整齐、道路平整。散发着稻香的万昌镇新房子村，给巡检人员留下了深刻的印象。\n"
            "在评比总结会上，一拉溪镇和万昌镇获得总分前两名，西阳镇负责人作了表态发言。")
    assert _doc(text).articles[0].place == "place-220221"


def test_kowloon_city_district_written_without_its_suffix():
    """在九龙城、油尖旺和荃湾区各增设一个民选议席 (Hong Kong's districts listed): the district
    九龙城(区), not Kowloon (九龙) followed by a 城."""
    got = _places("标题\n政府检讨各区区议员数目后，建议在九龙城、油尖旺和荃湾区各增设一个民选议席。")
    assert "九龙" not in got and "九龙城" in got
