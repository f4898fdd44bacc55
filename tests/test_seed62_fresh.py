"""Round 62 (seed62): county and city agriculture news — seed production and seed-law enforcement,
high-standard farmland, reclaiming idle land — from fresh texts of /tmp/s26/fresh/seed62 (湖南, 四川,
重庆, 广西, 贵州, 江苏, 山东, 安徽).  Fixes: an agriculture law-enforcement brigade named without 综合
(农业行政执法大队, 农业执法监察大队) and the seed, plant-protection and farm-machinery stations of an
agriculture bureau (种子管理站, 省种子站, 植保站, 农机推广站) read as agencies; a list of townships
closed by 的 and a count of villages (新厂镇的20个行政村) names no village 新厂镇的; a figure of a list
of townships each heading its villages is the county's (the article's place), not the last
township's, and a list's figure in a story of another place is the group's; a bare verb of works
before a figure whose noun follows 的 (大力推进1.32万亩的高标准农田建设) is no indicator.  Later fixes: the
extension centres (农技总站, 农业技术服务中心, 耕保站) as agencies and their staff's professional titles (研究员,
高级农艺师) as posts; an adjective closing the clause before a bare share (备案较差,仅为50%); the venue after 在 of
an event held owns no attendance; a year closing a visited site's name is no project; 且, 县里 and a list's last
item are no indicator; 组成/分赴 end the noun of the people counted; a place listed as an origin is not what 我市
means; 改造提升 is no change of a level."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _subjects(doc) -> dict[float, str | None]:
    return {m.value: (doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}


def test_agriculture_enforcement_brigades_and_seed_stations_are_agencies():
    """10-zhongfang (湖南中方县), 11-yongchuan (重庆永川区), 14-dazhou (四川达州市): 中方县农业行政执法大队、
    种子管理站…组成综合执法组; 永川区农业执法监察大队执法人员…; 根据省种子站…要求, 达州市种子管理站联合市农业
    行政执法支队 (base: none of them an agency)."""
    doc = extract_text("中方开展种子执法专项行动\n4月2日,中方县农业行政执法大队、种子管理站等股站组成综合执法组,"
                       "对铜湾农贸市场散装水稻种子专项整治。")
    assert {"中方县农业行政执法大队", "中方县种子管理站"} <= _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("2月15日,重庆市永川区农业执法监察大队执法人员深入城乡各农贸市场,对种子和化肥进行检查。")
    assert "永川区农业执法监察大队" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("根据省种子站和市农业局相关要求,达州市种子管理站联合市农业行政执法支队开展种子市场专项督查。"
                       "绥宁县植保站、绥宁县农机推广站参加。")
    assert {"达州市种子管理站", "达州市农业行政执法支队", "四川省种子站", "绥宁县植保站", "绥宁县农机推广站"} \
        <= _names(doc, "Agency"), _names(doc, "Agency")
    # a seed company or a farmer's seed is no station (no agency of the bureau)
    firm = extract_text("他从县种子公司购买种子,种子经营户说今年种子价格平稳。")
    assert not any("种子" in n for n in _names(firm, "Agency")), _names(firm, "Agency")


def test_townships_listed_before_de_and_a_count_of_villages():
    """02-jingzhou (湖南靖州县): 项目涉及大堡子镇、三锹乡、坳上镇、新厂镇的20个行政村 (base: a place 新厂镇的
    beside 新厂镇)."""
    doc = extract_text("靖州县高标准农田建设项目开工\n今年,该县高标准农田建设任务是2.05万亩,项目涉及大堡子镇、三锹乡、"
                       "坳上镇、新厂镇的20个行政村。")
    places = _names(doc, "Place")
    assert "新厂镇" in places and not any(n.endswith("的") for n in places), places


def test_a_list_of_townships_with_their_villages_is_the_county_s():
    """01-huaying (四川华蓥市): 此次项目将在永兴镇河心村、大佛山村及庆华镇黄桷村、三合村等完成2.4万亩农田建设
    (base: the figures 庆华镇's, the last township of the list)."""
    doc = extract_text("华蓥市推进高标准农田建设\n华蓥市农业农村局着力推进2020年度高标准农田项目建设。此次项目将在永兴镇"
                       "河心村、大佛山村及庆华镇黄桷村、三合村等完成2.4万亩农田建设,0.36万亩节水灌溉。")
    got = _subjects(doc)
    assert got.get(24000) == "华蓥市" and got.get(3600) == "华蓥市", got
    # one township named alone keeps its figure
    one = extract_text("华蓥市推进高标准农田建设\n华蓥市农业农村局着力推进高标准农田项目建设。项目将在庆华镇黄桷村"
                       "完成2.4万亩农田建设。")
    assert _subjects(one).get(24000) != "华蓥市", _subjects(one)


def test_a_list_s_figure_outside_the_story_s_place_is_the_group_s():
    """A story of a city on the cities it is paired with (the shape of eastwest62's 广州 text): 安顺市和黔西南州共有
    60万人脱贫,12个贫困县摘帽 (base: the counties 黔西南州's, the last of the two)."""
    doc = extract_text("宁波市东西部扶贫协作成效明显\n宁波市持续推进东西部扶贫协作。如今,安顺市和黔西南州共有60万人"
                       "脱贫,12个贫困县摘帽,1300个贫困村出列。")
    got = _subjects(doc)
    assert got.get(12) is None and got.get(1300) is None, got


def test_a_bare_verb_of_works_before_a_figure_and_its_noun_after_de():
    """03-yuelai (江苏悦来镇): 今年以来,悦来镇大力推进1.32万亩的高标准农业建设 (base: indicator 大力推进);
    完成了2万亩的撂荒地复耕 (base: no figure at all)."""
    doc = extract_text("悦来镇推进高标准农田建设\n今年以来,悦来镇大力推进1.32万亩的高标准农田建设,总投资4500万元。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("高标准农田建设", 13200) in got, got
    done = extract_text("龙池镇推进复耕\n今年,龙池镇完成了2万亩的撂荒地复耕。")
    assert ("撂荒地复耕", 20000) in {(m.indicator, m.value) for m in done.metrics}
    # a measure named before the verb keeps its own name (项目完成投资5亿元)
    inv = extract_text("项目建设提速\n今年,该项目完成投资5亿元的目标任务。")
    assert "投资" in {m.indicator for m in inv.metrics} or any("投资" in m.indicator for m in inv.metrics)


def test_extension_centres_are_agencies():
    """16-longnan (甘肃陇南), 17-leiyang (湖南耒阳): 陇南市农技总站、武都区农技中心联合举办…; 按照甘肃省耕保站的部署
    要求; 耒阳市农业农村局、市农业技术服务中心在马水镇举办… (base: none of the three an agency)."""
    doc = extract_text("科学施肥专题培训班举办\n按照甘肃省耕保站的部署要求,9月28日,陇南市农技总站、武都区农技中心联合"
                       "举办了科学施肥专题培训班。")
    assert {"陇南市农技总站", "甘肃省耕保站"} <= _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("近日,耒阳市农业农村局、市农业技术服务中心在马水镇举办化肥农药减量增效技术培训班。")
    assert "耒阳市农业技术服务中心" in _names(doc, "Agency"), _names(doc, "Agency")


def test_an_adjective_closing_the_clause_before_a_bare_share():
    """14-dazhou (四川达州): 乡镇种子门店备案较差,仅为50%左右 (base: the indicator %, the unit)."""
    doc = extract_text("达州市开展种子市场专项督查\n城区种子经营门市备案情况良好。乡镇种子门店备案较差,仅为50%左右。")
    got = {m.value: m.indicator for m in doc.metrics}
    assert got.get(50) == "乡镇种子门店备案", got


def test_the_venue_of_an_event_held_owns_no_attendance():
    """19-shucheng (安徽舒城县): 全县春季…大培训活动在棠树乡洪院村…基地隆重举办,…共100余人参加 (base: the
    attendance 洪院村's, the venue); the county of the story it is."""
    doc = extract_text("舒城县开展春管技术大培训\n2月16日,全县春季农业科技服务暨春管技术大培训活动在棠树乡洪院村农业新品种"
                       "示范展示基地隆重举办,共100余人参加了培训和观摩。")
    assert _subjects(doc).get(100) == "舒城县", _subjects(doc)
    # a village doing the work itself keeps its figure
    own = extract_text("舒城县春耕生产\n棠树乡洪院村今年种植水稻300亩。")
    assert _subjects(own).get(300) != "舒城县", _subjects(own)


def test_a_year_closing_a_site_s_name_is_no_project():
    """03-yuelai (江苏悦来镇): 调研组实地参观了…及友爱村2021年项目施工现场 (base: a programme 友爱村2021年)."""
    doc = extract_text("省农业农村厅领导调研高标准农田建设\n调研组实地参观了保民村、永平村高标准农田建设项目及友爱村2021年"
                       "项目施工现场,察看了土地平整、泵站等建设情况。")
    assert not any(n.endswith("年") for n in _names(doc, "Programme")), _names(doc, "Programme")


def test_an_extension_station_s_professional_title_after_its_head_s_post():
    """16-longnan (甘肃陇南): 市农技总站站长、研究员田金全致词 (base: no person 田金全: the title 研究员 between
    the post and the name hid him)."""
    doc = extract_text("科学施肥专题培训班举办\n9月28日,陇南市农技总站、武都区农技中心联合举办了科学施肥专题培训班。"
                       "培训班开幕式由武都区农技中心主任王高世主持,市农技总站站长、研究员田金全致词。")
    assert "田金全" in _names(doc, "Person"), _names(doc, "Person")
    held = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "holdsPost"}
    assert ("田金全", "陇南市农技总站") in held, held


def test_the_paper_s_own_city_is_no_place_listed_as_an_origin():
    """21-taixing (江苏泰兴, a city paper): 来自淮安、连云港、安徽等地的农机收割手纷纷提前来到我市…保证我市62万亩小麦
    能够及时收获 (base: the wheat 连云港市's, a place of the origins' list, and the indicator 小麦能够)."""
    doc = extract_text("夏收工作即将全面展开\n来自淮安、连云港、安徽等地的农机收割手纷纷提前来到我市,快速落实好收割田块。"
                       "本地的1000多台收割机也将参与到夏收工作中来,保证我市62万亩小麦能够及时收获。")
    got = {m.value: (m.indicator, doc.entities[m.subject].name if m.subject else None) for m in doc.metrics}
    assert got.get(620000) == ("小麦", None), got


def test_connective_qie_and_a_list_s_last_item_name_no_indicator():
    """07-suining (湖南绥宁): …平均亩产均居全国首位,且种子纯度达98%以上 (base: indicator 且种子纯度); 16-longnan
    (甘肃陇南): 参加培训的有…农民专业合作社、肥料加工营销企业等单位的代表,共计80余人 (base: indicator 肥料, the
    words of the list's last item up to its verb)."""
    doc = extract_text("绥宁杂交水稻制种\n绥宁现有杂交水稻制种面积、总产量均居全国首位,且种子纯度达98%以上。")
    assert {m.indicator for m in doc.metrics if m.value == 98} == {"种子纯度"}, [m.indicator for m in doc.metrics]
    doc = extract_text("科学施肥专题培训班举办\n参加培训的有市、区、重点乡镇农技人员、种植养殖大户以及农民专业合作社、"
                       "肥料加工营销企业等单位的代表,共计80余人。")
    assert "肥料" not in {m.indicator for m in doc.metrics}, [m.indicator for m in doc.metrics]


def test_upgrading_farmland_is_no_change_of_a_level():
    """The shape of high-standard farmland reports (03-yuelai, 13-xiangyang): 新增高标准农田2.5万亩,其中新建1.5万亩、
    改造提升1万亩 (base: 改造提升 read as a level 改造 rising by 1万亩, a change)."""
    doc = extract_text("巢湖市高标准农田建设\n2023年新增高标准农田2.5万亩,其中新建1.5万亩、改造提升1万亩。")
    got = {m.value: m.kind for m in doc.metrics}
    assert got.get(10000) == "level", got
    grown = extract_text("全县夏杂粮面积增加约73千公顷。")  # a level's noun before its change verb keeps the change
    assert {m.kind for m in grown.metrics} == {"change"}, [(m.indicator, m.kind) for m in grown.metrics]


def test_people_forming_teams_end_their_noun():
    """The shape of extension-service news (16-longnan, 17-leiyang): 黄梅县农业技术推广中心组织36名农技人员组成12个
    技术服务小组 (base: indicator 农技人员组成); 3个组成部分 keeps its noun."""
    doc = extract_text("黄梅县农技推广\n黄梅县农业技术推广中心组织36名农技人员组成12个技术服务小组,分赴全县16个乡镇开展春耕技术指导。")
    assert {m.indicator for m in doc.metrics if m.value == 36} == {"农技人员"}, [m.indicator for m in doc.metrics]
    parts = extract_text("方案包括3个组成部分。")
    assert {m.indicator for m in parts.metrics} == {"组成部分"}, [m.indicator for m in parts.metrics]


def test_a_colloquial_scope_is_no_word_of_the_indicator():
    """The shape of a station head's quote in farm-machinery news: 今年县里发放农机购置补贴资金680万元 (base: indicator
    县里发放农机购置补贴资金)."""
    doc = extract_text("建宁县农机化发展\n建宁县农业机械化技术推广站站长李明说,今年县里发放农机购置补贴资金680万元。")
    assert {m.indicator for m in doc.metrics} == {"农机购置补贴资金"}, [m.indicator for m in doc.metrics]
