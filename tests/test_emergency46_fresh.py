"""Round 46 (emergency46): emergency management, disasters, work safety and fire news from fresh
texts of /tmp/s26/fresh/emergency46 — typhoon and flood reports of 应急管理部 and the 防指, a county's
safety campaign, a city's 安委办, a fire brigade's call-out, a county's forest-fire notice and a
rainstorm report.  Rivers named like counties (北流河, 白沙江), a park named like a district (黄浦公园),
ships back in port (回港避风) and the adjective 重特大 are no places; a storm's quoted name is no
programme; campaigns pushed on (推进, 深化) are; wind speeds, the fields a campaign covers and the
floor of a numbered building are no figures."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _metrics(doc) -> list:
    ms = doc.metrics
    return list(ms.values()) if isinstance(ms, dict) else list(ms)


def test_rivers_named_like_counties_are_no_counties():
    """09 (中国网, 台风“山竹”): 广西西江支流北流河、白沙江及桂南沿海清湾江等38条中小河流发生超警洪水 — the rivers
    北流河 and 白沙江 (base: 北流市 of Guangxi and 白沙黎族自治县 of Hainan, with the flood's figure)."""
    doc = extract_text("台风“山竹”影响广西\n"
                       "受其影响,广东东江支流淡水河、西江支流罗定江及粤西沿海漠阳江,广西西江支流北流河、白沙江及"
                       "桂南沿海清湾江等38条中小河流发生超警洪水,超警幅度0.01~2.67米,目前大部分已出峰回落。")
    places = _names(doc, "Place")
    assert "北流市" not in places and "白沙黎族自治县" not in places, places
    assert "广西壮族自治区" in places
    # only before 江/河 and a list mark: 湖南江永县 keeps 湖南省 (the short name runs on into a county's name)
    county = extract_text("江永县召开防汛会议\n湖南江永县召开防汛工作会议,部署防汛救灾工作。")
    assert {"江永县", "湖南省"} <= _names(county, "Place")


def test_ships_back_in_port_name_no_hong_kong():
    """09: 广东省防总启动防风I级应急响应,全省5万艘渔船回港避风 — ships back in port (base: 香港 read from
    回|港, the verb and Hong Kong's one character)."""
    doc = extract_text("广东防御台风\n其中,广东省防总启动防风I级应急响应,全省5万艘渔船回港避风,转移危险区人员205.9万人;"
                       "海南省防总启动防汛防风Ⅲ级应急响应并派出7个工作组,全省2.4万艘渔船回港避风。")
    assert "香港" not in _names(doc, "Place")
    hk = extract_text("特首返港\n香港特别行政区行政长官结束访问后回港,特区政府发布消息。")
    assert "香港" in _names(hk, "Place")  # a document naming Hong Kong still reads 回港 so


def test_a_park_named_after_a_district_is_no_district():
    """08 (上海, 暴雨): 水文测站中,黄浦公园、米市渡等22个测站超警戒水位 — the park (base: 黄浦区, then the
    place 黄浦 of jieba's tag, with the 22 gauging stations as its figure)."""
    doc = extract_text("上海暴雨\n截至9时,上海全市面平均雨量为73.28毫米。水文测站中,黄浦公园、米市渡等22个测站超警戒水位。")
    places = _names(doc, "Place")
    assert "黄浦区" not in places and "黄浦" not in places, places


def test_zhongteda_is_no_place():
    """12 (湖北 county notice): 为遏制森林火灾高发态势,严防重特大森林火灾发生 — 重特大, an adjective of
    accidents (base: a Place 重特大 from jieba's ns tag)."""
    doc = extract_text("关于提前进入重点森林防火期的通告\n为遏制森林火灾高发态势,严防重特大森林火灾发生,我县提前进入重点森林防火期。")
    assert "重特大" not in _names(doc, "Place")


def test_a_campaign_pushed_on_or_deepened_is_a_programme():
    """04 (安康市应急管理局): 持续深化安全生产专项整治三年行动; 深入推进…三年行动 — the campaign (base: none;
    only 开展/实施/启动 ran a campaign)."""
    doc = extract_text("市安委办:持续深化安全生产专项整治三年行动\n"
                       "5月13日,安康市安委办召开会议,研究部署推进“巩固提升阶段”各项工作任务。")
    assert "安全生产专项整治三年行动" in _names(doc, "Programme")
    pushed = extract_text("会议\n安康市深入推进安全生产专项整治三年行动,坚决遏制各类安全生产事故。")
    assert ("安全生产专项整治三年行动", "安康市") in relation_pairs(pushed, "implementedIn")


def test_a_typhoon_s_quoted_name_is_no_programme():
    """09: 今年第22号台风“山竹”造成…; 国家防总部署“山竹”防御工作; “山竹”于9月16日17时在广东江门台山沿海登陆
    — the storm (base: a Programme 山竹 run by 国家防总 and implemented in 台山市)."""
    doc = extract_text("“山竹”致107.9万人受灾\n"
                       "今年第22号台风“山竹”造成广东、海南两省107.9万人受灾,直接经济损失29.1亿元。"
                       "国家防总部署“山竹”防御工作,各省全力做好各项防汛防台风工作。\n"
                       "“山竹”于9月16日17时在广东江门台山沿海登陆,登陆时风力14级(45米/秒)。")
    assert "山竹" not in _names(doc, "Programme")


def test_a_wind_speed_is_no_length():
    """09: 登陆时风力14级(45米/秒) — a speed (base: a metric 45 米 with the indicator “/秒”)."""
    doc = extract_text("台风登陆\n台风于9月16日17时在广东江门台山沿海登陆,登陆时风力14级(45米/秒),17日12时风力8级(18米/秒)。")
    assert not [m for m in _metrics(doc) if m.unit == "米"], [(m.indicator, m.value) for m in _metrics(doc)]


def test_the_fields_a_campaign_covers_are_no_figure():
    """03 (获嘉县应急管理局): 突出对建筑施工、道路交通、危险化学品、烟花爆竹、消防、人员密集场所等六个重点领域的
    检查整治力度 — the campaign's outline (base: a metric 重点领域 6 个); its counts stay."""
    doc = extract_text("获嘉县开展安全生产百日攻坚行动\n"
                       "突出对建筑施工、道路交通、危险化学品、烟花爆竹、消防、人员密集场所等六个重点领域的检查整治力度。"
                       "活动开展期间,共排查企业684家,排查一般隐患231项。")
    inds = {m.indicator for m in _metrics(doc)}
    assert not any("领域" in i for i in inds), inds
    assert "排查企业" in inds


def test_the_floor_of_a_numbered_building_is_an_address():
    """11 (福建宁德消防): 福安市鸿辉小区A区1号楼1层楼梯间着火 — where the fire broke out (base: a metric
    楼梯间着火 1 层); the brigade's call-out stays a figure."""
    doc = extract_text("小区楼道起火 消防救出8人\n"
                       "7月4日17时20分,福安消防大队接到报警:福安市鸿辉小区A区1号楼1层楼梯间着火,楼上有人员被困。"
                       "经过35分钟扑救大火被完全扑灭,此次灭火救援共救出被困人员8人。")
    units = [(m.indicator, m.unit) for m in _metrics(doc)]
    assert not [u for u in units if u[1] == "层"], units
    assert any(u[1] == "人" for u in units), units


def test_an_earthquake_s_focus_and_distance_are_no_figures():
    """06 (新华社, 云南墨江4.4级地震): 发生4.4级地震,震源深度6000米; 震中位于…,距墨江县城直线距离约48公里 —
    where the quake struck, like its coordinates (base: metrics 震源深度 6000 米 and 距墨江县城直线距离
    48 公里); what it did stays a figure."""
    doc = extract_text("云南墨江:发生4.4级地震\n"
                       "据中国地震台网测定:2月21日06时37分在云南省墨江哈尼族自治县发生4.4级地震,震源深度6000米。"
                       "震中位于墨江县文武镇大沟村新寨组一带,距墨江县城直线距离约48公里,地震造成3间房屋倒塌。")
    units = {m.unit for m in _metrics(doc)}
    assert "米" not in units and "公里" not in units, units
    assert "间" in units, units


def test_a_quoted_manner_or_phase_is_no_programme():
    """07 (庐江县矾山镇): 对辖区内的所有在营企业单位开展“地毯式”检查; 04 (安康): 研究部署推进“巩固提升阶段”各项
    工作任务 — how the check is done and the campaign's phase (base: Programmes 地毯式 and 巩固提升阶段)."""
    doc = extract_text("矾山镇积极开展安全生产检查\n"
                       "近日,矾山镇联合公安、消防、市场监管等部门,对辖区内的所有在营企业单位开展“地毯式”检查。")
    assert "地毯式" not in _names(doc, "Programme")
    phase = extract_text("市安委办:持续深化安全生产专项整治三年行动\n"
                         "5月13日,安康市安委办召开安全生产专项整治三年行动联络员会议,研究部署推进“巩固提升阶段”各项工作任务。")
    assert "巩固提升阶段" not in _names(phase, "Programme")
    model = extract_text("烟台市政府采购\n烟台市积极探索,推广“烟台模式”,完善政府采购工作。")
    assert "烟台模式" in _names(model, "Programme")  # a model's name ends in 式 too: still a programme


def _subjects(doc) -> dict[str, str | None]:
    ents = doc.entities
    return {m.indicator: (ents[m.subject].name if m.subject in ents else m.subject) for m in _metrics(doc)}


def test_a_province_s_own_scope_word_leaves_a_national_report_national():
    """02 (中新网/应急管理部): 今年以来洪涝灾害造成…27省(区、市)3385万人次受灾…;2.3万间房屋倒塌…;直接经济损失
    695.9亿元, then 浙江省防指启动…全省防汛Ⅲ级应急响应 — the 全省 is Zhejiang's, the losses China's (base:
    the article read as a local one by its 全省, the figures after the semicolon with no subject)."""
    doc = extract_text("今年以来洪涝灾害造成27省(区、市)3385万人次受灾\n"
                       "应急管理部指出,截至7月10日14时,今年以来洪涝灾害造成浙江、安徽、江西、湖北、湖南等27省(区、市)"
                       "3385万人次受灾,141人死亡失踪;2.3万间房屋倒塌,26.9万间不同程度损坏;直接经济损失695.9亿元。\n"
                       "湖北省防指启动防汛Ⅲ级应急响应;浙江省防指启动钱塘江流域防汛Ⅰ级应急响应、全省防汛Ⅲ级应急响应,"
                       "紧急转移安置人员4.7万多人;安徽省防指启动全省防汛Ⅱ级应急响应。")
    subjects = _subjects(doc)
    assert subjects.get("直接经济损失") == "中国" and subjects.get("房屋倒塌") == "中国", subjects


def test_a_name_before_guanyu_is_read_with_its_posts():
    """05 (溧阳市): 会议听取了市安委办主任、应急管理局局长王国权关于一季度全市安全生产工作情况汇报 — 王国权 holds
    both posts (base: no person, 王国 a word of the dictionary and 关于 no word that ends a name)."""
    doc = extract_text("市政府召开第二十四次常务会议\n"
                       "3月23日上午,溧阳市市长徐华勤主持召开市政府第二十四次常务会议。"
                       "会议听取了市安委办主任、应急管理局局长王国权关于一季度全市安全生产工作情况汇报。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("王国权", "溧阳市应急管理局") in posts and ("王国权", "溧阳市安全生产委员会办公室") in posts, posts
