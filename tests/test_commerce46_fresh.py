"""Round 46 (commerce46): investment promotion and foreign trade news from fresh texts of
/tmp/s26/fresh/commerce46 (十堰 十房网, 黔东南州, 聊城 齐鲁晚报, 云浮云城区, 酒泉肃州区, 中山火炬高新区):
a news flash's outlet (十房网讯) is no subject of its figures; 我州 is a scope word; a subtitle over
the reporter's line runs into no body; a double dash opens a clause; a project of a size class
(超10亿元投资项目) is counted, not measured; 在谈项目 keeps its 在; 共签约 ends the noun counted;
the venue of someone else's event (在深圳的招商推介会上) is not what the figures are about."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _metrics(doc) -> list[tuple[str | None, str, float, str]]:
    """(subject name, indicator, value, unit) of every metric of `doc`."""
    names = {k: e.name for k, e in doc.entities.items()}
    return [(names.get(m.subject), m.indicator, m.value, m.unit) for m in doc.metrics]


def test_a_news_flash_outlet_is_no_subject():
    """十堰 十房网: 十房网讯 8月17日,记者从市招商服务中心获悉,我市上半年新签约项目293个 (base: the
    outlet 十房网 was the subject of the city's 293 projects)."""
    doc = extract_text("我市上半年新签约项目293个\n"
                       "十房网讯 8月17日,记者从市招商服务中心获悉,我市上半年新签约项目293个,"
                       "招商引资工作在全省市州排名第三位,连续两次排名进入全省第一方阵。")
    got = _metrics(doc)
    assert any(i == "新签约项目" and v == 293 for _s, i, v, _u in got), got
    assert not any(s == "十房网" for s, *_ in got), got


def test_wo_zhou_is_a_scope_word_not_part_of_the_indicator():
    """黔东南州: 第一季度,我州新签约项目280个 (base: indicator 我州新签约项目)."""
    doc = extract_text("我州取得第一季度招商引资工作开门红\n"
                       "据统计,第一季度,我州新签约项目280个,协议签约资金583.40亿元。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 280}
    assert inds == {"新签约项目"}, _metrics(doc)


def test_a_subtitle_over_the_byline_does_not_run_into_the_body():
    """聊城 齐鲁晚报: the subtitle 计划投资额2529.64亿元,制造业项目占比超七成 over 齐鲁晚报 2024年02月07日 /
    记者 陶春燕 (base: joined to the first body line, 超七成 was the share of 聊城市政府新闻办公室举行
    读懂政府工作报告主题系列新闻发布)."""
    doc = extract_text("2023年全市新引进过亿元项目496个\n"
                       "计划投资额2529.64亿元,制造业项目占比超七成\n"
                       "齐鲁晚报 2024年02月07日\n"
                       "记者 陶春燕\n"
                       "聊城市政府新闻办公室举行“读懂政府工作报告”主题系列新闻发布会招商项目攻坚突破专场,"
                       "聊城市投资促进局党组书记、局长赵迎春介绍2023年全市招商引资项目引进有关情况。\n")
    shares = [i for _s, i, v, _u in _metrics(doc) if v == 70]
    assert shares == ["制造业项目占比"], _metrics(doc)


def test_a_double_dash_opens_the_indicator_s_clause():
    """中山 火炬高新区: 火炬高新区主会场交出亮眼答卷——现场集中签约项目20个 (base: the indicator ran
    back over the dash to 火炬高新区主会场交出亮眼答卷)."""
    doc = extract_text("中山市招商引资项目集中签约仪式举行\n"
                       "当天,火炬高新区主会场交出亮眼答卷——现场集中签约项目20个,总投资额超100亿元。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 20}
    assert inds == {"现场集中签约项目"}, _metrics(doc)


def test_a_project_named_by_gai_is_no_word_of_the_indicator():
    """中山: 以大湾区新型电力系统示范区项目为例,该项目计划投资超50亿元 (base: indicator 该项目计划投资)."""
    doc = extract_text("中山市招商引资项目集中签约仪式举行\n"
                       "以大湾区新型电力系统示范区项目为例,该项目计划投资超50亿元,预计年产值超24亿元。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 5e9}
    assert inds == {"计划投资"}, _metrics(doc)


def test_projects_of_a_size_class_and_projects_under_negotiation():
    """云浮云城区: 其中超亿元投资项目21个,超10亿元投资项目2个 … 在谈项目共58个 (base: 10亿元 read as a
    level of 投资项目, the 2 projects left as 投资项目; 在谈项目 cut to 谈项目)."""
    doc = extract_text("云城区2023年招商引资工作情况\n"
                       "2023年,云城区共上报市入统招商项目40个,总投资100.2亿元。其中超亿元投资项目21个,"
                       "超10亿元投资项目2个。在谈项目共58个,计划总投资897.355亿元。")
    got = _metrics(doc)
    assert not any(u == "元" and v == 1e9 for _s, _i, v, u in got), got
    assert any(i == "超10亿元投资项目" and v == 2 for _s, i, v, _u in got), got
    assert any(i == "在谈项目" and v == 58 for _s, i, v, _u in got), got


def test_gong_and_a_verb_end_the_counted_noun():
    """云城区: 全区各镇(街)及10支招商分队共签约项目58个 (base: 10支 counted 招商分队共签约项目, and the
    58 projects were 招商分队共签约项目 too)."""
    doc = extract_text("云城区2023年招商引资工作情况\n"
                       "2023年,全区各镇(街)及10支招商分队共签约项目58个,计划总投资215.0391亿元。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert ("招商分队", 10) in got and ("签约项目", 58) in got, got


def test_the_venue_of_an_event_elsewhere_is_not_the_subject():
    """酒泉肃州区: 在深圳的招商推介会上签订框架性协议项目6个 … 在福建泉州和山东烟台、淄博等地的项目考察
    对接中,签订…意向性合作协议6个,签约额26亿元 (base: 深圳市 and 泉州市 were the subjects of
    肃州区's signed projects)."""
    doc = extract_text("肃州区外出招商新签约项目32个\n"
                       "至目前,肃州区共外出招商5批40人次,新签约项目32个,签约额99.75亿元。其中,"
                       "在深圳的招商推介会上签订框架性协议项目6个,总投资10亿元以上;"
                       "在福建泉州和山东烟台、淄博等地的项目考察对接中,签订湿地生态修复及综合利用等"
                       "意向性合作协议6个,签约额26亿元。")
    subjects = {s for s, _i, _v, _u in _metrics(doc)}
    assert not subjects & {"深圳市", "泉州市"}, _metrics(doc)
    assert any(s == "肃州区" and v == 2.6e9 for s, _i, v, _u in _metrics(doc)), _metrics(doc)


def test_a_region_s_promotion_event_is_a_venue_too():
    """肃州区: 在长三角地区招商引资和项目推介会上,签订意向性合作协议3个,签约额13.15亿元 (base: 长江三角洲,
    a region of the country holding no event of its own, was the subject)."""
    doc = extract_text("肃州区外出招商新签约项目32个\n"
                       "至目前,肃州区共外出招商5批40人次,新签约项目32个,签约额99.75亿元。其中,"
                       "在长三角地区招商引资和项目推介会上,签订意向性合作协议3个,签约额13.15亿元。")
    got = _metrics(doc)
    assert not any(s == "长江三角洲" for s, *_ in got), got
    assert any(s == "肃州区" and v == 1.315e9 for s, _i, v, _u in got), got


def test_a_ranking_list_is_part_of_the_noun_counted():
    """大连 新华网: 124家世界500强企业在大连市投资了287个项目 (base: 124家 counted 世界, the noun cut at 500)."""
    doc = extract_text("大连24个外资项目现场签约\n"
                       "截至2022年底,大连市累计引进外商投资企业17226家,124家世界500强企业在大连市投资了287个项目。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert ("世界500强企业", 124) in got, got


def test_gai_diqu_is_no_word_of_the_indicator():
    """自贸试验区: 根据安徽自贸试验区最新数据,截至2月底,该地区新设立企业3999家 (base: indicator
    该地区新设立企业)."""
    doc = extract_text("加快自由贸易试验区建设\n"
                       "根据安徽自贸试验区最新数据,截至2月底,该地区新设立企业3999家,协议投资3195亿元。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 3999}
    assert inds == {"新设立企业"}, _metrics(doc)


def test_qu_before_a_zone_organ_is_the_zone_its_sentence_named():
    """珠海高新区: 珠海高新区党工委副书记、区管委会主任王小彬,高新区党工委委员、区管委会副主任薛飞 (base: a bare
    区管委会 of no place held both posts)."""
    doc = extract_text("珠海高新区按下招商引资“加速键”\n"
                       "7月28日上午,珠海高新区重点项目签约仪式在珠海高新区科技创新展示厅举行。"
                       "珠海高新区党工委副书记、区管委会主任王小彬,高新区党工委委员、区管委会副主任薛飞出席活动。")
    posts = relation_pairs(doc, "holdsPost")
    assert ("王小彬", "珠海高新区管委会") in posts and ("薛飞", "珠海高新区管委会") in posts, posts
    assert "区管委会" not in {e.name for e in doc.entities.values()}


def test_a_trade_partner_opening_the_sentence_is_not_the_trader():
    """云南 昆明海关: 东盟依然是云南省最大的贸易伙伴,前5个月对东盟贸易额23.5亿美元,同比增长45.4%,增幅高于全省
    31.3%的平均外贸增幅 (base: 东盟 was the subject of the trade with it, and 31.3% the share of 平)."""
    doc = extract_text("前5月云南外贸进出口总额59.5亿美元\n"
                       "据昆明海关统计,今年1-5月,云南省外贸进出口总额59.5亿美元。\n"
                       "东盟依然是云南省最大的贸易伙伴,前5个月对东盟贸易额23.5亿美元,同比增长45.4%,"
                       "增幅高于全省31.3%的平均外贸增幅。")
    got = _metrics(doc)
    assert ("云南省", "对东盟贸易额", 2.35e9, "美元") in got, got
    assert not any(s == "东南亚国家联盟" for s, *_ in got), got
    assert not any(i == "平" for _s, i, *_ in got), got


def test_an_upper_bound_word_is_an_approximation_not_the_indicator():
    """常州 中德合作: 中德建交50年来,贸易额由全年不到3亿美元增至2021年的2400多亿欧元 (base: indicator
    贸易额由全年不, an exact figure); so 不足 (贫困人口不足3000人: base 贫困人口不足)."""
    doc = extract_text("中德签约10个合作项目\n中德建交50年来,贸易额由全年不到3亿美元增至2021年的2400多亿欧元。"
                       "全县贫困人口不足3000人。")
    got = {(m.indicator, m.value, m.approx) for m in doc.metrics}
    assert ("贸易额", 3e8, True) in got and ("贫困人口", 3000, True) in got, got


def test_a_company_s_sales_region_is_no_place():
    """常州: 德国海外商会联盟大中华区副总裁徐晶波 (base: a place 大中华区, and 徐晶波 held a post of it)."""
    doc = extract_text("中德签约10个合作项目\n德国海外商会联盟大中华区副总裁徐晶波、中国驻德国杜塞尔多夫总领事杜春国等先后致辞。")
    assert "大中华区" not in {e.name for e in doc.entities.values()}
    assert not any(o == "大中华区" for _p, o in relation_pairs(doc, "holdsPost"))


def test_a_noun_before_a_compared_period_is_no_glued_label():
    """昆明海关: 云南省外贸进出口总额59.5亿美元,排名全国第23位。贸易额较上年同期增长31.3% (base: 贸易额较 read
    as a bulletin's label glued to a time, the indicator left as 增长)."""
    doc = extract_text("前5月云南外贸进出口总额59.5亿美元\n"
                       "今年1-5月,云南省外贸进出口总额59.5亿美元,排名全国第23位。贸易额较上年同期增长31.3%。")
    inds = {i for _s, i, v, _u in _metrics(doc) if v == 31.3}
    assert inds and "增长" not in inds and all(i.startswith("贸易额") for i in inds), _metrics(doc)


def test_partners_listed_after_yu_each_get_their_trade():
    """焦作 市商务局: 1~5月份,我市与美国、欧盟、拉美、东盟和非洲的出口额分别达11484万美元、10114万美元、6898万美元、
    5991万美元和4841万美元 (base: 非洲 the subject of all five, indicator 东盟和非洲的出口额)."""
    doc = extract_text("1~5月份全市进出口同比增长10%\n"
                       "1~5月份,我市与美国、欧盟、拉美、东盟和非洲的出口额分别达11484万美元、10114万美元、"
                       "6898万美元、5991万美元和4841万美元。")
    got = {(s, i, v) for s, i, v, _u in _metrics(doc)}
    assert (None, "对美国出口额", 114840000) in got and (None, "对非洲出口额", 48410000) in got, got
    assert not any(s == "非洲" for s, _i, _v in got), got


def test_a_phase_of_a_project_is_no_count():
    """新乡经开区: 随后举行了以中开企业城三期项目为代表的“开工一批”活动 (base: 3 期 of 项目, a count of phases);
    三期培训班 still counts sessions."""
    doc = extract_text("经开区参加全省重大项目建设暨“三个一批”推进会\n"
                       "随后举行了以中开企业城三期项目为代表的“开工一批”活动。该园区三期工程开工建设。共举办三期培训班。")
    got = {(i, v, u) for _s, i, v, u in _metrics(doc)}
    assert not any(u == "期" and i in ("项目", "工程") for i, _v, u in got), got
    assert ("培训班", 3, "期") in got, got


def test_a_verb_of_attending_ends_the_noun_counted():
    """中山, 大连: 超100位嘉宾齐聚; 10家商协会机构现场签署了战略合作协议 (base: the counted nouns 嘉宾齐聚 and
    商协会机构现场签署了战略合作协议)."""
    doc = extract_text("大连24个外资项目现场签约\n"
                       "此次盛会吸引企业代表、行业领军专家等超100位嘉宾齐聚。24个外资项目现场签约,总投资约270亿元。"
                       "大连市还与英中贸易协会等10家商协会机构现场签署了战略合作协议。")
    got = {(i, v) for _s, i, v, _u in _metrics(doc)}
    assert {("嘉宾", 100), ("商协会机构", 10)} <= got, got
