"""Round 46 (transport46): transport and infrastructure news from fresh texts of
/tmp/s26/fresh/transport46 (NDRC railway approvals, expressway starts and openings, high-speed lines):
no newspaper 联合报 read from 联合报来 (bodies submitting jointly), no place read from a station's compass
part (福州南站, 定襄北站), a ring road (北三环), a line's short pair (大西高铁) or the verb 加密; the figures
of a line are not its end's or waypoint's (自弥勒经开远至蒙自,正线全长116.4公里) but the smallest division
holding the places it runs through; and a section's 段 is no part of its length (廊坊段全长)."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metric(doc, value: float):
    names = {k: e.name for k, e in doc.entities.items()}
    m = next(m for m in doc.metrics if m.value == value)
    return names.get(m.subject, m.subject), m.indicator


def test_bodies_submitting_jointly_name_no_newspaper():
    """NDRC approval of the 黔江—张家界—常德 railway: 原铁道部和重庆市、湖北省、湖南省人民政府联合报来《…的函》
    收悉 (base: an Organization 联合报, the Taiwanese paper)."""
    doc = extract_text("国家发展改革委关于新建黔江至张家界至常德铁路可行性研究报告的批复\n"
                       "中国铁路总公司，重庆市、湖北、湖南省发展改革委：\n"
                       "原铁道部和重庆市、湖北省、湖南省人民政府联合报来《关于报送新建黔江至张家界至常德铁路"
                       "可行性研究报告的函》(铁计函〔2012〕1596号)收悉。经研究，现批复如下：")
    assert "联合报" not in _names(doc, "Organization"), _names(doc, "Organization")


def test_station_compass_parts_ring_roads_and_line_pairs_are_no_places():
    """中新网 (温福高铁): 接入福州至厦门高铁福州南站; 雄忻高铁 (山西): 新建五台山站、五台县站、定襄北站3座高铁站,
    接入大西高铁忻州西站; 央广网 (广东): 珠江三角洲环线增城至花都段(北三环二期) (base: places 南站, 北站,
    大西, 北三环)."""
    doc = extract_text("温福高铁开工建设\n新建温福高铁起自杭州至深圳高铁乐清站，经浙江省温州市，福建省宁德市、"
                       "福州市，接入福州至厦门高铁福州南站，新建正线全长约303公里。")
    assert "南站" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("雄忻高铁山西段预计2027年3月建成\n其中，山西段新建五台山站、五台县站、定襄北站3座高铁站。"
                       "雄忻高铁山西段自北太行山隧道进口经五台山风景区，忻州市五台县、定襄县、忻府区，"
                       "接入大西高铁忻州西站。")
    places = _names(doc, "Place")
    assert not places & {"北站", "大西"}, places
    doc = extract_text("广东高速公路总里程达9002公里\n其中，揭惠高速二期、广州凤凰山隧道、珠江三角洲环线增城至花都段"
                       "(北三环二期)等项目已于11月前相继通车。")
    assert "北三环" not in _names(doc, "Place"), _names(doc, "Place")


def test_the_verb_jiami_is_no_place():
    """辽宁 台安至黑山高速公路开工: 对于加强京哈交通走廊联系水平，加密“一圈一带两区”快速联系通道
    (base: a place 加密)."""
    doc = extract_text("台安至黑山高速公路开工仪式举行\n冯卫东在讲话中说，台黑项目是秦沈高速与京哈高速之间的重要"
                       "联络线，对于加强京哈交通走廊联系水平，加密“一圈一带两区”快速联系通道具有重要意义。")
    assert "加密" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_line_s_length_is_not_its_end_s():
    """NDRC approval of the 弥勒—蒙自 railway: 线路位于云南省红河自治州，自弥勒经开远至蒙自，正线全长116.4公里:
    the prefecture's (base: 蒙自市, the line's end)."""
    doc = extract_text("国家发展改革委关于新建弥勒至蒙自铁路项目建议书的批复\n"
                       "建设方案：线路位于云南省红河自治州，自弥勒经开远至蒙自，正线全长116.4公里。")
    subject, indicator = _metric(doc, 116.4)
    assert subject == "红河哈尼族彝族自治州" and indicator == "正线全长", (subject, indicator)


def test_a_line_s_figures_belong_to_the_division_holding_its_waypoints():
    """永州 零道高速: 零道高速公路起于零陵区富家桥镇，北接永零高速，南至厦蓉高速，路线纵贯零陵区、双牌县和道县，
    …建设工期4年: the city holding its start and waypoints (base: 富家桥镇, the township it starts in)."""
    doc = extract_text("零陵至道县高速公路工程举行开工仪式\n永州市委书记朱洪武宣布工程开工。\n"
                       "零道高速公路起于零陵区富家桥镇，北接永零高速，南至厦蓉高速，路线纵贯零陵区、双牌县和道县，"
                       "全线采用双向四车道高速公路标准建设，建设工期4年。")
    subject, _ind = _metric(doc, 4)
    assert subject == "永州市", subject


def test_a_section_s_word_is_no_part_of_its_length():
    """廊坊 廊沧高速通车: 廊沧高速公路是河北省“十一五”重点建设项目，廊坊段全长93.248公里 (base: the
    indicator 段全长)."""
    doc = extract_text("廊沧高速公路(廊坊段)通车仪式在我县举行\n廊沧高速公路是河北省重点建设项目，"
                       "廊坊段全长93.248公里，概算投资71.74亿元。")
    subject, indicator = _metric(doc, 93.248)
    assert indicator == "全长" and subject == "廊坊市", (subject, indicator)


def test_a_counted_noun_ends_before_an_adverb_a_time_word_or_a_verb():
    """NDRC press conference (费志荣): 这32个项目中，有6个项目去年完成了审批或核准…其他26个项目也基本完成了审批和核准的
    手续。另外32个项目属于铁路改造等配套项目 (base: indicators 项目去年, 项目也基本, 项目属于铁路改造)."""
    doc = extract_text("发展改革委：预计全年可完成铁路投资8000亿元\n他说，今年铁路计划新开工项目64个，其中国家干线铁路项目"
                       "32个。这32个项目中，有6个项目去年完成了审批或核准，在今年年内开工。到今年9月底，其他26个项目也基本"
                       "完成了审批和核准的手续。另外32个项目属于铁路改造等配套项目。")
    indicators = {m.value: m.indicator for m in doc.metrics}
    assert indicators.get(6) == "项目" and indicators.get(26) == "项目", indicators
    assert not any(i.startswith("项目属于") for i in indicators.values()), indicators


def test_the_state_railway_group_written_without_china_is_the_group():
    """广东省发展改革委 reply on the 瑞梅铁路: 国家铁路集团与广东、江西两省已联合发文 (base: an Organization
    国家铁路集团 beside 中国国家铁路集团有限公司, the same company)."""
    doc = extract_text("瑞梅铁路可研报告已报送至国家发改委审批\n目前，国家铁路集团与广东、江西两省已联合发文，"
                       "将瑞梅铁路项目可行性研究报告报送国家发展改革委审批。")
    orgs = _names(doc, "Organization")
    assert "中国国家铁路集团有限公司" in orgs and "国家铁路集团" not in orgs, orgs


def test_a_phase_ordinal_before_works_is_no_count():
    """志金钢铁网 (西宁机场): 西宁曹家堡国际机场三期扩建工程试验段开工奠基仪式 (base: a figure of 3 期,
    indicator 扩建工程试验段); 举办3期培训班 stays a count."""
    doc = extract_text("西宁机场扩建工程开工\n18日上午，西宁曹家堡国际机场三期扩建工程试验段开工奠基仪式在西宁机场东侧场址举行。"
                       "西宁机场三期扩建工程总概算97.3亿元。")
    assert not [m for m in doc.metrics if m.unit == "期"], [(m.indicator, m.value) for m in doc.metrics]
    doc = extract_text("县人社局举办培训班\n今年以来，县人社局共举办3期培训班。")
    assert [m for m in doc.metrics if m.unit == "期" and m.value == 3], [(m.indicator, m.unit) for m in doc.metrics]


def test_a_design_capacity_is_measured_by_the_words_before_it():
    """西宁机场: 近期可满足2030年旅客吞吐量2100万人次需求; 西宁机场2019年旅客吞吐量有望突破700万人次; 第一财经日报
    (贵阳龙洞堡机场): 按照到2020年满足年旅客吞吐量1550万人次、货邮吞吐量22万吨需要设计 (base: indicators 需求,
    旅客吞吐量有望, 满足年旅客吞吐量, 需要设计)."""
    doc = extract_text("西宁机场扩建工程开工\n西宁机场2019年旅客吞吐量有望突破700万人次。西宁机场三期扩建工程总概算97.3亿元。"
                       "近期可满足2030年旅客吞吐量2100万人次需求，远期可满足2045年旅客吞吐量3600万人次需求。")
    indicators = {m.value: m.indicator for m in doc.metrics}
    assert indicators.get(7000000) == "旅客吞吐量" and indicators.get(21000000) == "旅客吞吐量", indicators
    doc = extract_text("国内三机场改扩建获批\n其中贵阳龙洞堡国际机场扩建工程项目总投资32.18亿元，按照到2020年满足年旅客吞吐量"
                       "1550万人次、货邮吞吐量22万吨需要设计，将新建一个航站楼和25.8万平方米停机坪。")
    indicators = {m.value: m.indicator for m in doc.metrics}
    assert indicators.get(15500000) == "年旅客吞吐量" and indicators.get(220000) == "货邮吞吐量", indicators


def _relations(doc, pred: str) -> set[tuple[str, str]]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(names.get(r.subject), names.get(r.object)) for r in doc.relations if r.predicate == pred}


def test_a_high_speed_line_named_by_its_ends_is_a_project_and_no_story_place():
    """中新网宁德 (温福高铁): 新建温州至福州高铁开工建设 …接入福州至厦门高铁福州南站 (base: no programme, the story
    placed in 温州市, an end of the line named in the title, and its section's investment 温州市's); the line it
    joins, whose ends both lie outside 宁德市, is not implemented in 宁德市."""
    doc = extract_text("新建温州至福州高铁开工建设 打通长三角与粤港澳高铁大通道\n"
                       "中新网宁德9月29日电 (记者 吕巧琴)记者从中国国家铁路集团有限公司获悉，9月29日，新建温州至福州高铁"
                       "开工建设。\n据介绍，新建温福高铁起自杭州至深圳高铁乐清站，经浙江省温州市，福建省宁德市、福州市，"
                       "接入福州至厦门高铁福州南站，新建正线全长约303公里。\n其中，温福高铁(宁德段)线路起自浙闽省界，"
                       "途经福鼎市、柘荣县、福安市、蕉城区，终至宁德与福州交界。正线全长134.03km，本段投资255.77亿元。\n"
                       "在温福高铁(宁德段)的开工现场，宁德市委书记张永宁表示，温福高铁是宁德加快融入温州、福州两大都市圈的"
                       "黄金通道，宁德段各项工作准备就绪。")
    assert {"温州至福州高铁", "福州至厦门高铁"} <= _names(doc, "Programme"), _names(doc, "Programme")
    assert doc.entities[doc.articles[0].place].name == "宁德市"
    assert _metric(doc, 25577000000)[0] == "宁德市"
    assert ("福州至厦门高铁", "宁德市") not in _relations(doc, "implementedIn"), _relations(doc, "implementedIn")


def test_a_bound_before_the_things_it_classes_and_their_count_is_no_figure():
    """新京报 (民航局《2023年全国民用运输机场生产统计公报》): 年旅客吞吐量1000万人次以上的运输机场有38个 … 年旅客吞吐量
    200万人次以下的运输机场有185个 (base: figures of 1000万 and 200万 人次, the country's 年旅客吞吐量, which are the
    bounds of the classes counted); the count keeps the class as its indicator."""
    doc = extract_text("去年我国38个机场年旅客吞吐量超1000万人次\n新京报讯据民航局消息，《公报》显示，各运输机场中，"
                       "年旅客吞吐量1000万人次以上的运输机场有38个，较上年净增加20个。"
                       "年旅客吞吐量200万人次以下的运输机场有185个，较上年减少21个。")
    assert not [m for m in doc.metrics if m.value == 2000000], [(m.indicator, m.value) for m in doc.metrics]
    indicators = {m.value: m.indicator for m in doc.metrics}
    assert indicators.get(185) == "年旅客吞吐量200万人次以下的运输机场", indicators


def test_a_short_name_run_into_a_mountain_s_name_is_no_division():
    """NDRC approval of the 黔江—张家界—常德 railway: 加强武陵山片区基础设施建设, in a text naming 常德市 (base:
    武陵区 of 常德市, read from 武陵 of the 武陵山 range)."""
    doc = extract_text("国家发展改革委关于新建黔江至张家界至常德铁路可行性研究报告的批复\n新建线路自重庆市黔江站引出，"
                       "终至常德市。一、新建黔江至张家界至常德铁路有利于完善区域路网布局，加强武陵山片区基础设施建设，"
                       "加快沿线地区经济社会发展。")
    assert "武陵区" not in _names(doc, "Place"), _names(doc, "Place")
