"""Round 67 (hainan67): news of 海南's cities and counties directly under the province (陵水, 乐东, 保亭,
琼中, 白沙, 万宁, 东方, 三沙), 洋浦, a 海垦 farm company and Li villages, from fresh texts of
/tmp/s26/fresh/hainan67.  Fixes: the people a list of those present names before its verb 有 (出席会议…的
领导有县委书记麦正华) are no part of the body after it; a photo credit with a role and no name (通讯员供图)
names no person 供图; 采访人员, the word reposting sites write for 记者, is a byline's role, no part of the
name; 工厂化 (the factory way of farming) ends no factory's name; an unlisted village written again alone
keeps the county its first mention got, not the one nearest it in its sentence; a span whose 时间 is
followed by 过去 (7年时间过去) is a stretch, no figure; a verb of place (坐落在, 位于, 地处) opening a
height (海拔800米) is no part of the indicator; a place's 政协 written before
its term (陵水黎族自治县政协第十届委员会) is that place's 政协, as 政协陵水黎族自治县第十届委员会 is; a numeral
opens a river's name (九曲江, no 曲江); 助力 before a body is a verb; 深水港 (a deep-water port) is no place; a verb of going (到, 赴) opens a
list of township stems a count closes (到中原、博鳌两镇); 山鸡 (a pheasant) is no place; a ministry spoken
with 国家 before it (国家农业部) is the ministry; a count's noun ends before 年 and what the things do in a
year (64家农户|年可出栏山鸡6.5万只) or before a word of each time (10亩胶林|每月也能带来3000元收入); 战略意图 (strategic intent) names no strategy."""
from __future__ import annotations

from conftest import body_names as _names, extract_text, post_pairs as _posts


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_the_people_listed_before_you_is_no_part_of_the_body():
    """01-lingshui-cppcc (hainan.sina.com, 陵水县政协): 出席会议并在主席台就座的领导有县委书记麦正华
    (base: an agency 领导有县委 and 麦正华 holdsPost it)."""
    doc = extract_text("陵水县政协会议开幕\n16日上午,政协陵水黎族自治县第十届委员会第二次会议在县人民会堂召开。"
                       "出席会议并在主席台就座的领导有县委书记麦正华,县人大常委会主任张隆挺。")
    assert not any("领导有" in n for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert ("麦正华", "陵水黎族自治县委") in _posts(doc), _posts(doc)
    city = extract_text("某市会议召开\n出席会议的市领导有市委副书记王建国。")
    assert not any("领导有" in n for n in _names(city, "Agency")), _names(city, "Agency")


def test_a_credit_with_no_name_names_no_person():
    """05-wanning-hele-park (南海网, 万宁市和乐镇): a photo's line 万宁市工厂化养殖产业园项目 通讯员供图
    (base: a Person 供图); a credit with its name keeps it."""
    doc = extract_text("万宁市工厂化养殖产业园项目加快建设\n近日,万宁和乐镇英豪半岛项目施工现场一派热火朝天的建设景象。\n"
                       "万宁市工厂化养殖产业园项目 通讯员供图\n自2月6日项目正式开工建设以来,和乐镇各级干部主动作为。\n"
                       "作业车辆进行土方回填 通讯员王清云供图\n和乐镇相关负责人介绍了项目进展。")
    people = _names(doc, "Person")
    assert "供图" not in people, people
    assert "王清云" in people, people


def test_caifang_renyuan_is_a_byline_role():
    """07-haiken-rongguang (南海网 reposted, 海垦荣光农场公司): (采访人员杜倬荷 通讯员王秋英) (base: a Person
    采访人员杜倬荷)."""
    doc = extract_text("海垦荣光农场公司前三季度生产总值达5.19亿元\n新海南客户端、南海网、南国都市报10月19日消息(采访人员杜倬荷 "
                       "通讯员王秋英)近日,农业农村部农垦局第三方评估组赴海垦荣光农场公司开展评估工作。")
    people = _names(doc, "Person")
    assert "杜倬荷" in people and not any(p.startswith("采访人员") for p in people), people


def test_factory_way_farming_is_no_factory():
    """05-wanning-hele-park: 万宁和乐镇英豪半岛万宁市工厂化养殖产业园项目 (base: an Organization
    万宁和乐镇英豪半岛万宁市工厂)."""
    doc = extract_text("万宁项目建设忙\n近日,万宁和乐镇英豪半岛万宁市工厂化养殖产业园项目施工现场一派热火朝天的建设景象。"
                       "该镇还推广工厂化育苗技术。")
    assert not any(n.endswith("工厂") for n in _names(doc, "Organization")), _names(doc, "Organization")
    plant = extract_text("某县企业投产\n县食品厂和县第二工厂今年投产。")
    assert _names(plant, "Organization"), "a factory's name must still be read"


def test_a_repeated_village_keeps_its_first_county():
    """04-baoting-shijin (国际在线, 保亭县什进村): the headline names 保亭's 什进村; then 现场会在陵水黎族自治县召开,
    参会人员参观了什进村 (base: a second 什进村, part of 陵水)."""
    doc = extract_text("保亭探索“大区小镇新村” 什进村华丽转身\n12月14日,海南全省推进少数民族特色村寨建设现场会在陵水黎族自治县"
                       "召开,参会人员参观了什进村的特色村寨建设。2010年,保亭县政府在什进村探索实施开发模式。")
    ents = doc.entities
    parts = {(ents[r.subject].name, ents[r.object].name) for r in doc.relations
             if r.predicate == "partOf" and r.subject in ents and r.object in ents}
    assert ("什进村", "保亭黎族苗族自治县") in parts, parts
    assert ("什进村", "陵水黎族自治县") not in parts, parts
    assert len([e for e in ents.values() if e.name == "什进村"]) == 1


def test_a_span_that_passes_is_no_figure():
    """04-baoting-shijin: 7年时间过去,村民从低矮潮湿的瓦房搬进了…楼房 (base: a metric 时间过去 7年).  A time
    spent stays a figure (历经5年左右的考察, 仅用7天时间完成…)."""
    doc = extract_text("什进村华丽转身\n2010年,保亭县政府在什进村探索实施开发模式。7年时间过去,村民从低矮潮湿的瓦房"
                       "搬进了宽敞明亮的特色楼房。")
    assert not any(m.unit == "年" for m in doc.metrics), _metrics(doc)
    spent = extract_text("某县项目落地\n历经5年左右的考察,项目落地。")
    assert any(m.unit == "年" for m in spent.metrics), _metrics(spent)


def test_a_verb_of_place_is_no_part_of_a_height():
    """09-li-villages (琼中县什寒村): 什寒村坐落在海拔800米左右的高山盆地中 (base: the indicator 坐落在海拔);
    该村位于海拔1500米, 地处海拔1200米 alike."""
    for text in ("琼中县红毛镇什寒村\n琼中县什寒村坐落在海拔800米左右的高山盆地中,是海南海拔最高的村庄之一。",
                 "某村发展旅游\n该村位于海拔1500米的山区。", "某村发展旅游\n该村地处海拔1200米的山区。"):
        doc = extract_text(text)
        assert {m.indicator for m in doc.metrics} == {"海拔"}, _metrics(doc)


def test_a_cppcc_committee_with_its_term_after_zhengxie_is_the_place_s_cppcc():
    """01-lingshui-cppcc: 受陵水黎族自治县政协第十届委员会常务委员会委托 (base: a body 陵水黎族自治县政协第十届委员会
    under 陵水黎族自治县政协, the standing committee lost); 十堰市政协第五届委员会第三次会议 alike."""
    doc = extract_text("陵水县政协会议开幕\n受陵水黎族自治县政协第十届委员会常务委员会委托,苏忠仕作报告。")
    agencies = _names(doc, "Agency")
    assert "陵水黎族自治县政协常委会" in agencies and not any("第十届" in a for a in agencies), agencies
    city = extract_text("某市政协会议开幕\n十堰市政协第五届委员会第三次会议今天开幕。")
    assert _names(city, "Agency") == {"十堰市政协"}, _names(city, "Agency")


def test_a_numeral_opens_a_river_s_name():
    """15-qionghai-npc-2025 (海南日报, 琼海市): 打造万泉河与九曲江流域生态和文化旅游带 (base: a water place 曲江,
    the dictionary's district name, cut out of 九曲江)."""
    doc = extract_text("琼海市人代会开幕\n琼海将打造万泉河与九曲江流域生态和文化旅游带。")
    places = _names(doc, "Place")
    assert "九曲江" in places and "曲江" not in places, places


def test_zhuli_before_a_hospital_is_no_part_of_its_name():
    """15-qionghai-npc-2025: 加强跨院合作,助力瑞金海南医院打造国家区域医疗中心 (base: an Organization
    助力瑞金海南医院)."""
    doc = extract_text("琼海市人代会开幕\n琼海将全力支持乐城加强跨院合作,助力瑞金海南医院打造国家区域医疗中心。")
    orgs = _names(doc, "Organization")
    assert "瑞金海南医院" in orgs and not any(o.startswith("助力") for o in orgs), orgs


def test_a_deep_water_port_as_a_kind_is_no_place():
    """12-lingao-jinpai-appoint (国际在线, 临高县金牌港经济开发区): 拥有美丽而难得的自然港湾,深水港口建设条件优越
    (base: a Place 深水港)."""
    doc = extract_text("临高金牌港经济开发区主要领导任免\n金牌经济开发区拥有美丽而难得的自然港湾,深水港口建设条件优越。")
    assert "深水港" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_verb_of_going_opens_a_counted_list_of_townships():
    """11-qionghai-boao-check (琼海市政府网): 市委书记何琼妹带队到中原、博鳌两镇检查 (base: 博鳌镇 only, 中原 after
    到 read as no township)."""
    doc = extract_text("琼海市委书记检查风貌管控\n琼海市委书记何琼妹带队到中原、博鳌两镇检查博鳌亚洲论坛重点路段。")
    places = _names(doc, "Place")
    assert {"中原镇", "博鳌镇"} <= places, places


def test_a_pheasant_is_no_place():
    """16-tunchang-fengmu (屯昌县西昌镇群星村): 西昌镇群星村以山鸡养殖作为主导产品 (base: a Place 山鸡)."""
    doc = extract_text("屯昌县群星村获评示范村\n屯昌县西昌镇群星村以山鸡养殖作为主导产品,加盟的64家农户年可出栏山鸡6.5万只。")
    assert "山鸡" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_ministry_spoken_with_guojia_is_the_ministry():
    """16-tunchang-fengmu: 屯昌县枫木镇…被国家农业部认定为第五批全国一村一品示范村镇 (base: an agency 国家农业部
    beside the registry's 农业农村部); 国家安全部 and 国家统计局 are names of their own."""
    doc = extract_text("屯昌县获评示范村镇\n近日,屯昌县枫木镇被国家农业部认定为第五批全国一村一品示范村镇。")
    assert _names(doc, "Agency") == {"农业农村部"}, _names(doc, "Agency")
    own = extract_text("某县\n国家安全部发布提示。国家统计局发布数据。国家外交部发言人表示。")
    assert {"国家安全部", "国家统计局", "外交部"} <= _names(own, "Agency"), _names(own, "Agency")


def test_a_count_s_noun_ends_before_what_the_things_do_in_a_year():
    """16-tunchang-fengmu: 加盟的64家农户年可出栏山鸡6.5万只 (base: 64家 counted 农户年可出栏山鸡); 30家企业年产值
    达5亿元 alike (base: 企业年).  青年 keeps its 年 (100名优秀青年)."""
    doc = extract_text("屯昌县群星村获评示范村\n西昌镇群星村加盟的64家农户年可出栏山鸡6.5万只,产值650万元。"
                       "全镇带动30家企业年产值达5亿元。")
    got = {(m.value, m.unit): m.indicator for m in doc.metrics}
    assert got.get((64, "家")) == "农户" and got.get((30, "家")) == "企业", got
    youth = extract_text("某县志愿服务\n该县组织100名优秀青年参加志愿服务。")
    assert any(m.indicator.endswith("青年") for m in youth.metrics if m.unit == "名"), _metrics(youth)


def test_a_count_s_noun_ends_before_each_month():
    """09-li-villages (白沙县阴坡村): 家里10亩胶林每月也能带来3000元收入 (base: 10亩 counted 胶林每月); 20头牛每年
    可带来5万元收入 alike (base: 牛每年可带来)."""
    doc = extract_text("白沙县阴坡村脱贫\n白沙县阴坡村村民符国华家里10亩胶林每月也能带来3000元收入。"
                       "村民养殖的20头牛每年可带来5万元收入。")
    got = {(m.value, m.unit): m.indicator for m in doc.metrics}
    assert got.get((10, "亩")) == "胶林" and got.get((20, "头")) == "牛", got


def test_strategic_intent_names_no_strategy():
    """08-sansha (sansha.gov.cn): 三沙市委、市政府深入贯彻落实中央战略意图 (base: a Programme 中央战略); a strategy
    named before its deployment stays (实施乡村振兴战略部署)."""
    doc = extract_text("三沙市概况\n设市4年多以来,三沙市委、市政府深入贯彻落实中央战略意图和习近平总书记的重要指示精神。")
    assert not _names(doc, "Programme"), _names(doc, "Programme")
    named = extract_text("某县推进乡村振兴\n该县全面实施乡村振兴战略部署。")
    assert "乡村振兴战略" in _names(named, "Programme"), _names(named, "Programme")
