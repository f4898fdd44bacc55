"""Round 72 (embassy72): news of China's embassies and consulates abroad and of foreign affairs visits
(/tmp/s26/fresh/embassy72: consulates in 累西腓, 宿务, 开普敦; the embassies in 菲律宾, 韩国, 赞比亚; 四川, 黑龙江 and
浙江 receiving envoys and delegations; 外交部 and 中新社 trade figures).  The fixes: a consulate in a foreign
city written with no sender is China's (驻开普敦总领馆), a mission's envoy named between the mission and his
post holds it (林静总领事), a stop after a foreign post opens no name (巴西总统|将率), 中方 is a figure's subject
and no word of it (出口额), a foreign province named with a land-form word is read whole (巴坦群岛省), a list of
foreign ministers is no compound ministry and each of its ministers holds a ministry of that country
(赞比亚旅游部长西孔巴), a foreign prefecture's assembly speaker and governor hold their posts (新潟县议会议长,
济州道知事), a place welcomed to an event is no place it is held in, and a mission jieba keeps as one word is an agency (中国驻韩国大使馆)."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_consulate_in_a_foreign_city_written_with_no_sender_is_china_s():
    """03-capetown-chinatown-visit (驻开普敦总领馆林静总领事赴开普敦市中国城走访侨胞商铺) and 01-recife (驻累西腓总领馆…
    严宇清总领事致辞): China's consulate there, its consul-general named before his post (base: no agency, no
    person 林静)."""
    doc = extract_text("林静总领事走访侨胞\n2022年7月7日,驻开普敦总领馆林静总领事赴开普敦市中国城走访侨胞商铺,"
                       "开展领保宣传活动。")
    assert "中国驻开普敦总领馆" in _names(doc, "Agency"), _names(doc, "Agency")
    assert ("林静", "中国驻开普敦总领馆", "总领事", None) in held_posts(doc), held_posts(doc)
    recife = extract_text("总领馆举行春节联谊活动\n1月13日,驻累西腓总领馆举行兔年春节侨界联谊活动,严宇清总领事致辞。")
    assert ("严宇清", "中国驻累西腓总领馆", "总领事", None) in held_posts(recife), held_posts(recife)
    # a sender written before 驻 (各国) is no China's consulate
    others = extract_text("招待会举行\n各国驻开普敦总领馆代表出席招待会。")
    assert "中国驻开普敦总领馆" not in _names(others, "Agency"), _names(others, "Agency")


def test_an_envoy_named_between_the_embassy_and_his_post_holds_it():
    """驻日本使馆吴江浩大使会见侨胞代表 (the shape of 驻开普敦总领馆林静总领事): the name between a mission and its
    head's post (大使, 总领事) holds that post there (base: no person)."""
    doc = extract_text("大使会见侨胞代表\n3月5日,驻日本使馆吴江浩大使会见侨胞代表。")
    assert ("吴江浩", "中国驻日本使馆", "大使", None) in held_posts(doc), held_posts(doc)


def test_a_stop_after_a_foreign_post_opens_no_name():
    """06-brazil-lula-delegation: 巴西总统将率240名商界代表访华 (base: a person 将率 holding a post of 巴西);
    a name after the post is read still."""
    doc = extract_text("巴西总统将率240名商界代表访华\n巴西外交部一名高级官员17日表示,巴西总统卢拉本月将带领代表团访华。")
    assert "将率" not in _names(doc, "Person"), _names(doc, "Person")
    assert "卢拉" in _names(doc, "Person")


def test_the_chinese_side_is_the_subject_of_its_export_figure():
    """06-brazil-lula-delegation: 其中中方出口额619.7亿美元,同比增长15.7% (base: the indicator 方出口额)."""
    doc = extract_text("中巴经贸关系\n据中国海关统计,2022年中巴双边贸易额为1714.9亿美元,同比增长4.9%,"
                       "其中中方出口额619.7亿美元,同比增长15.7%。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("出口额", 61970000000) in got, got
    assert not any(i.startswith("方") for i, _ in got), got


def test_a_foreign_province_named_with_a_land_form_word_is_read_whole():
    """05-philippines-batanes: 黄溪连一行会见巴坦群岛省省长凯科 (base: a place 群岛省 and 凯科 its governor)."""
    doc = extract_text("中国驻菲律宾大使访问巴坦群岛省\n中国驻菲律宾大使黄溪连一行18日至20日进行工作访问。"
                       "访问期间,黄溪连一行会见巴坦群岛省省长凯科、省议员及省政府各部门负责人。")
    places = _names(doc, "Place")
    assert "巴坦群岛省" in places and "群岛省" not in places, places
    assert ("凯科", "巴坦群岛省", "省长", None) in held_posts(doc), held_posts(doc)


def test_a_list_of_foreign_ministers_is_no_compound_ministry():
    """10-zambia-embassy-reception: 赞比亚商业、贸易和工业部长穆伦加、旅游部长西孔巴、交通部长塔亚利等政府官员 (base:
    an agency 赞比亚商业、贸易和工业部长穆伦加、旅游部长西孔巴、交通部, 塔亚利 its 部长)."""
    doc = extract_text("中国驻赞比亚使馆举办招待会\n中国驻赞比亚大使杜晓晖主持招待会,赞比亚商业、贸易和工业部长穆伦加、"
                       "旅游部长西孔巴、交通部长塔亚利等政府官员参加。")
    assert not any("部长" in a for a in _names(doc, "Agency")), _names(doc, "Agency")
    assert ("杜晓晖", "中国驻赞比亚使馆", "大使", None) in held_posts(doc), held_posts(doc)


def test_each_minister_of_a_foreign_list_holds_a_ministry_of_that_country():
    """10-zambia-embassy-reception: …工业部长穆伦加、旅游部长西孔巴、交通部长塔亚利等政府官员: the ministers after the
    first are ministers of 赞比亚 too (base: no 西孔巴, and 塔亚利 the 部长 of a body running over the list);
    a name of a family name the scan read (新加坡…交通部长易华仁) is left as it was."""
    doc = extract_text("中国驻赞比亚使馆举办招待会\n招待会上,赞比亚外交部长卡卡博、旅游部长西孔巴、交通部长塔亚利等政府官员参加。")
    got = held_posts(doc)
    assert ("西孔巴", "赞比亚旅游部", "部长", None) in got, got
    assert ("塔亚利", "赞比亚交通部", "部长", None) in got, got
    bare = extract_text("招待会举行\n赞比亚外交部长卡卡博、旅游部长和交通部长出席招待会。")
    assert {p[0] for p in held_posts(bare)} == {"卡卡博"}, held_posts(bare)


def test_a_mission_jieba_holds_as_one_word_is_an_agency():
    """09-korea-jeju-governor: 中国驻韩国大使馆和驻济州总领事馆将一如既往支持济州道 (base: an organisation
    中国驻韩国大使馆 of jieba's nt tag, where 中国驻日本大使馆 is an agency)."""
    doc = extract_text("大使会见济州道知事\n中国驻韩国大使馆将一如既往支持济州道继续深化对华往来。")
    assert "中国驻韩国大使馆" in _names(doc, "Agency"), (_names(doc, "Agency"), _names(doc, "Organization"))
    envoys = extract_text("使馆声明\n美国驻华大使馆发布声明。")
    assert "美国驻华大使馆" in _names(envoys, "Agency"), _names(envoys, "Agency")


def test_a_place_welcomed_to_an_event_is_no_place_it_is_held_in():
    """08-sichuan-ecuador-ambassador: 真诚欢迎厄瓜多尔青年积极参加第31届世界大学生夏季运动会 (base: the Universiade
    implementedIn 厄瓜多尔); a place that is the sentence's subject still places its programme."""
    from conftest import programmes_and_relations
    _, rels = programmes_and_relations("黄强会见厄瓜多尔驻华大使\n4月4日,省长黄强在成都会见厄瓜多尔驻华大使拉雷亚。"
                                       "真诚欢迎厄瓜多尔青年积极参加第31届世界大学生夏季运动会。")
    assert not any(o.endswith("厄瓜多尔") for _s, p, o in rels if p == "implementedIn"), rels
    _, own = programmes_and_relations("会议召开\n四川省积极推进“天府粮仓”建设。")
    assert ("天府粮仓", "implementedIn", "四川省") in own, own


def test_a_foreign_prefecture_s_assembly_speaker_and_governor_hold_their_posts():
    """11-heilongjiang-niigata: 会见了以日本新潟县议会议长早川吉秀为团长的…代表团 (base: no person 早川吉秀), and
    09-korea-jeju-governor: 邢海明在首尔会见韩国济州道知事吴怜勋 (base: no person 吴怜勋): the speaker holds his post in
    the prefecture's assembly, the governor (知事) in the province."""
    doc = extract_text("孙永波会见日本新潟县议会代表团\n29日,副省长孙永波在哈尔滨会见了以日本新潟县议会议长早川吉秀为团长的"
                       "日本新潟县议会代表团一行。")
    assert ("早川吉秀", "新潟县议会", "议长", None) in held_posts(doc), held_posts(doc)
    jeju = extract_text("大使会见济州道知事\n6日,中国驻韩国大使邢海明在首尔会见韩国济州道知事吴怜勋。")
    assert ("吴怜勋", "济州道", "知事", None) in held_posts(jeju), held_posts(jeju)
