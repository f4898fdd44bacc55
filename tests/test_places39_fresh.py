"""places39: places that are no places or the wrong places in government text (excerpts of real
texts, as published): a province abroad written with 省 after its city's name, a division abroad
read from a determiner (有关省), a Tibetan name after a post, a conjunction between two people's
names, a figure of speech (钢铁长城), a kind of village (边境村), and the places of an envoy's
sender and host placing the story told where the envoy goes."""
from __future__ import annotations

from conftest import article_place, extract_text


def _places(doc) -> dict[str, str | None]:
    return {e.name: e.code for e in doc.entities.values() if e.type == "Place"}


def _part_of(doc) -> set[tuple[str, str]]:
    E = doc.entities
    return {(E[r.subject].name, E[r.object].name) for r in doc.relations
            if r.predicate == "partOf" and r.subject in E and r.object in E}


def test_a_city_abroad_written_with_sheng_is_that_countrys_province():
    """阮成发…会见了…琅勃拉邦省委书记兼省长坎康·占塔维苏: the province (part of Laos), not its capital."""
    doc = extract_text("\n此外,阮成发还会见了外交部长沙伦赛、琅勃拉邦省委书记兼省长坎康·占塔维苏。"
                       "访老期间,阮成发拜会了老挝人民革命党中央总书记、国家主席本扬·沃拉吉。")
    places = _places(doc)
    assert "琅勃拉邦省" in places and "琅勃拉邦" not in places, places
    assert places["琅勃拉邦省"].startswith("iso-LA-"), places
    assert ("琅勃拉邦省", "老挝") in _part_of(doc), _part_of(doc)


def test_the_big5_spelling_of_a_province_abroad_is_read_whole():
    """gov.cn big5: 老撾瑯勃拉邦省省委書記兼省長坎平·賽宋平 — 瑯 is 琅: no place 拉邦省."""
    doc = extract_text("\n廣西壯族自治區黨委書記郭聲琨在南寧會見了前來出席2012廣西國際友好城市交流大會的"
                       "老撾瑯勃拉邦省省委書記兼省長坎平·賽宋平。")
    places = _places(doc)
    assert "拉邦省" not in places and "琅勃拉邦省" in places, places
    assert ("琅勃拉邦省", "老挝") in _part_of(doc), _part_of(doc)


def test_a_determiner_before_sheng_after_a_country_is_no_province():
    """积极推动与越南有关省市在经贸…等领域的交流与合作: 有关省 is "the provinces concerned"."""
    doc = extract_text("\n力争将其打造成为两国地方合作的典范,并积极推动与越南有关省市在经贸、教育、文化、交通、"
                       "卫生等领域的交流与合作。")
    assert "有关省" not in _places(doc) and "越南" in _places(doc), _places(doc)


def test_haiphong_and_its_party_committee():
    """会见了外交部副部长黎怀忠、海防市委书记黎文成: the city of Vietnam, its 市委 no 外交部's."""
    doc = extract_text("\n阮成发拜会了越南政府总理阮春福。此外,阮成发还会见了外交部副部长黎怀忠、海防市委书记黎文成、"
                       "海防市人委会主席阮文松。")
    places = _places(doc)
    assert places.get("海防", "").startswith("iso-VN-"), places
    assert ("海防", "越南") in _part_of(doc), _part_of(doc)
    plain = extract_text("\n加强海防建设,巩固国防。")
    assert "海防" not in _places(plain), _places(plain)  # coastal defence, written alone


def test_a_tibetan_name_after_a_post_holds_no_place():
    """本網拉薩9月11日訊 …自治區人大常委會主任洛桑江村在拉薩會見了…: 洛桑 (Lausanne) and 江村 are the
    words of his name, written again alone (洛桑江村首先代表…)."""
    doc = extract_text("\n本網拉薩9月11日訊(記者 劉倩茹)10日下午,區黨委副書記、自治區人大常委會主任洛桑江村在拉薩會見了"
                       "來自墨西哥、尼日利亞、塞浦路斯、瑞士、哥倫比亞、捷克、挪威、緬甸等11個國家的外國駐華使節和外交官一行。\n"
                       "洛桑江村首先代表自治區黨委、人大常委會、政府對以墨西哥駐華大使貝爾納爾為團長的使節團赴藏訪問表示歡迎。")
    places = _places(doc)
    assert not {"洛桑", "江村"} & set(places) and "拉萨市" in places, places


def test_a_conjunction_between_two_names_is_no_hotan():
    """张伟和田秀英 (the names as a real text wrote them, seen by the brief): 和 joins two people, 田 is a
    family name — no 和田地区; 赴新疆和田调研 keeps it."""
    doc = extract_text("\n张伟和田秀英参加了活动。")
    assert "和田地区" not in _places(doc), _places(doc)
    doc = extract_text("\n援疆干部赴新疆和田调研。")
    assert "和田地区" in _places(doc), _places(doc)


def test_the_great_wall_as_a_figure_of_speech_is_no_place():
    """国家林草局: 在祖国北疆筑起了一道抵御风沙、保持水土、护农促牧的绿色长城 — a shelter belt, no place."""
    doc = extract_text("\n40多年来,经过几代人艰苦努力,三北防护林体系建设取得了巨大成就,在祖国北疆筑起了一道抵御风沙、"
                       "保持水土、护农促牧的绿色长城,三北地区农田林网面积和粮食产量呈“双增”趋势。")
    assert "长城" not in _places(doc), _places(doc)


def test_a_border_village_is_a_kind_of_village():
    """云南省全面启动现代化边境小康村建设; 边境村对国家领土安全…发挥着重要作用: no village 边境村."""
    doc = extract_text("\n2021年,云南省临沧市沧源佤族自治县边境村的10位老支书给习近平总书记写信。"
                       "代表团团长、山南市市长普布顿珠希望在边境小康村建设等方面进一步得到支持。")
    places = _places(doc)
    assert not {"边境村", "边境小康村"} & set(places) and "沧源佤族自治县" in places, places


def test_an_envoys_country_does_not_place_his_visit():
    """老挝驻华大使宋蓬四川行 … 应中国—东盟中心邀请赴四川参访: the story is Sichuan's, not Laos's."""
    text = ("老挝驻华大使宋蓬四川行\n"
            "2024年11月25日至29日,老挝驻华大使宋蓬应中国—东盟中心邀请赴四川参访。期间,中国—东盟中心在四川大学"
            "成功举办“中国—东盟关系系列演讲”活动。\n"
            "四川省委副书记、省长施小琳会见宋蓬大使和中国—东盟中心秘书长史忠俊一行,就加强四川同老挝及东盟国家合作交换意见。")
    assert article_place(text) == "四川省"


def test_a_central_organs_trip_is_the_story_of_the_place_it_goes_to():
    """商务部网站: 国家商务部调研组到章凤口岸调研 — the title names the trip, not the country's story;
    the lead's county (陇川) is the place, however the text places the port in 中国西南边陲."""
    text = ("国家商务部调研组到章凤口岸调研\n"
            "2011年11月2日上午,国家商务部纪检组长王和民率商务部外资司、合作司、综合司在省商务厅纪检组长赵平及"
            "省商务厅外资处、外经处等相关处室人员,在州委常委、州人民政府副州长姜在君、州商务局局长李舟宇等领导的"
            "陪同下到陇川章凤口岸就口岸及通道建设工作进行调研。\n"
            "县委书记杨世庄向调研组就陇川基本情况和建设桥头堡等相关工作向调研组做了现场汇报。地处中国西南边陲的"
            "章凤口岸正在成为连接中国中西部与东南亚、南亚陆上通道的中心。")
    assert article_place(text) == "陇川县"


def test_a_people_and_a_mountain_range_of_a_kazakh_county():
    """木垒哈萨克自治县: 南倚天山与鄯善县交界 (the range, no 天山区 of Urumqi); 其中哈萨克族人口为22425人,
    形成哈萨克部族, 1954年设木垒哈萨克自治区 (the people, no Kazakhstan)."""
    doc = extract_text("\n木垒哈萨克自治县位于新疆维吾尔自治区东北部,昌吉州最东部,天山北麓,准噶尔盆地东南缘。东与巴里坤哈萨克"
                       "自治县接壤,西与奇台县毗邻,南倚天山与鄯善县交界,北与蒙古国接壤,边境线长达150公里。"
                       "总人口87229人,其中哈萨克族人口为22425人,占总人口的25.8%。\n"
                       "木垒是形成哈萨克部族之一的克烈部落谢普氏族牧居的地方。1954年设木垒哈萨克自治区,属迪化专区管辖。")
    places = _places(doc)
    assert not {"天山区", "哈萨克斯坦"} & set(places), places
    assert {"鄯善县", "蒙古国", "木垒哈萨克自治县"} <= set(places), places


def test_an_announcement_of_state_visits_is_the_datelines_story():
    """新華社北京11月23日電 外交部發言人陸慷23日宣佈:應西班牙王國國王…邀請 under a title naming the four
    countries to be visited: an announcement made in Beijing, not Spain's story."""
    text = ("習近平將對西班牙、阿根廷、巴拿馬和葡萄牙進行國事訪問並出席二十國集團領導人第十三次峰會\n"
            "新華社北京11月23日電 外交部發言人陸慷23日宣佈:應西班牙王國國王費利佩六世、阿根廷共和國總統馬克裏、"
            "巴拿馬共和國總統巴雷拉、葡萄牙共和國總統德索薩邀請,國家主席習近平將於11月27日至12月5日對上述四國進行國事訪問。")
    doc = extract_text(text)  # (the whole pipeline: its traditional script read as simplified)
    assert doc.entities[doc.articles[0].place].name == "北京市"


def test_a_sultan_after_his_country_is_no_sudan():
    """新華社北京11月12日電 …應巴布亞新幾內亞獨立國總督…、文萊達魯薩蘭國蘇丹哈桑納爾…邀請: Brunei and its
    sultan's title, no Sudan."""
    doc = extract_text("\n新華社北京11月12日電 外交部發言人陸慷12日宣布:應巴布亞新幾內亞獨立國總督達達埃和總理奧尼爾、"
                       "文萊達魯薩蘭國蘇丹哈桑納爾、菲律賓共和國總統杜特爾特邀請,國家主席習近平將于11月15日至21日"
                       "對上述三國進行國事訪問。")
    places = _places(doc)
    assert "苏丹" not in places and {"文莱", "菲律宾"} <= set(places), places


def test_a_province_named_beside_china_in_the_lead_is_more_specific():
    """云南日报: 第七屆中國(云南)—緬甸合作論壇在昆明舉行。論壇由云南省政府和緬甸外交部共同舉辦: the province's
    story (it holds the forum), not China's."""
    doc = extract_text("\n12月10日,第七屆中國(云南)—緬甸合作論壇在昆明舉行。\n"
                       "論壇由云南省政府和緬甸外交部共同舉辦。滇緬政府部門有關負責人、工商界代表與會。")
    assert doc.entities[doc.articles[0].place].name == "云南省"


def test_oblasts_of_kazakhstan_named_after_their_cities():
    """人民日报: 中国驻哈萨克斯坦大使张霄和哈萨克斯坦阿克纠宾州州长沙哈罗夫共同为总领事馆揭牌 — the oblast
    (no 宾州, Pennsylvania's short name); 从阿拉木图州拆分出杰特苏州 — Almaty oblast, part of Kazakhstan."""
    doc = extract_text("\n中国驻哈萨克斯坦阿克托别总领事馆30日举行开馆仪式。中国驻哈萨克斯坦大使张霄和哈萨克斯坦阿克纠宾州"
                       "州长沙哈罗夫共同为总领事馆揭牌。")
    places = _places(doc)
    assert "宾州" not in places and "阿克纠宾州" in places, places
    doc = extract_text("\n8月25日,中国驻阿拉木图总领事蒋薇会见杰特苏州州长伊萨巴耶夫。"
                       "今年5月,哈萨克斯坦改革行政区划,从阿拉木图州拆分出杰特苏州。")
    assert ("阿拉木图州", "哈萨克斯坦") in _part_of(doc), _part_of(doc)
