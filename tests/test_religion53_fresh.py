"""Round 53 (religion53): ethnic and religious affairs news from fresh texts of /tmp/s26/fresh/religion53
(安州区 temple checks, 四川/陕西/岳西/绍兴 religious associations, 于都 Buddhist association, 青海 and 成都
honours for ethnic unity): no district read from a temple or a hotel named after it (福田禅寺, 锦江宾馆);
no mechanism opened by a second joined verb (完善并实施有关规章制度); no relative district inside a
zone's or a title's name (集中发展区管理委员会, 民族团结进步先进区工作领导小组办公室); the religious
associations named after their scope, written short too (省伊协, 县道教协会会长, 中国伊协), and a bare
市佛协 the one the article names with its city."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_a_temple_named_after_a_place_is_no_district():
    """于都佛教协会 news: 于都县佛教协会在福田禅寺召开2017年度年终工作总结: the temple 福田禅寺, no 福田区 of
    Shenzhen (base: Place 福田区 440304)."""
    doc = extract_text("于都佛教协会召开年终工作点评会\n"
                       "12月13号上午,于都县佛教协会在福田禅寺召开2017年度年终工作总结及点评会,县统战部、县民宗局、"
                       "全县各寺院负责人及僧尼居士两百余人参加了会议。")
    places = _names(doc, "Place")
    assert "福田区" not in places and "福田" not in places, places
    assert "于都县" in places


def test_a_hotel_named_after_a_district_is_no_mention_of_it():
    """四川省伊协: 四川省伊斯兰教第七次代表会议于2012年12月20日在成都锦江宾馆隆重召开: the hotel, no 锦江区
    (base: Place 锦江区 partOf 成都市)."""
    doc = extract_text("四川省伊斯兰教第七次代表会议召开\n"
                       "四川省伊斯兰教第七次代表会议于2012年12月20日在成都锦江宾馆隆重召开。")
    places = _names(doc, "Place")
    assert "锦江区" not in places and "锦江" not in places, places


def test_a_second_joined_verb_opens_no_mechanism():
    """安州区 (四川统一战线): 完善并实施有关规章制度: "carry out the relevant rules", no programme
    (base: Programme 并实施有关规章制度); a named one after the joined verb stays."""
    doc = extract_text("检查组强调,要坚持底线思维,完善并实施有关规章制度,进一步推动宗教场所规范化管理提质升级。")
    assert not any("规章制度" in n for n in _names(doc, "Programme")), _names(doc, "Programme")
    named = extract_text("要建立并落实河湖长巡查制度。")
    assert "河湖长巡查制度" in _names(named, "Programme")


def test_a_development_zone_s_committee_is_no_district_s():
    """成都 (看度新闻): 分别为成都市金牛区、成都—阿坝工业集中发展区管理委员会: the zone's committee, not a
    金牛区管委会 (base: Agency 金牛区管委会 locatedIn 金牛区)."""
    doc = extract_text("四川有12个地区和单位被命名为“全国民族团结进步示范区示范单位”,其中成都3处,分别为成都市金牛区、"
                       "成都—阿坝工业集中发展区管理委员会、成都市武侯区浆洗街街道洗面桥社区。")
    assert "金牛区管委会" not in _names(doc, "Agency"), _names(doc, "Agency")


def test_a_title_s_district_is_no_relative_scope():
    """青海日报: 记者从省创建民族团结进步先进区工作领导小组办公室获悉: the province's office of the campaign
    for the title 先进区 (base: a bare Agency 区工作领导小组办公室)."""
    doc = extract_text("我省14个地区和单位被命名为全国民族团结进步示范区\n"
                       "青海省西宁市。1月21日,记者从省创建民族团结进步先进区工作领导小组办公室获悉。")
    agencies = _names(doc, "Agency")
    assert "区工作领导小组办公室" not in agencies, agencies


def test_a_religious_association_written_short_before_its_head():
    """陕西省伊协: 选举产生了省伊斯兰教第四届委员会…马希平当选为第四届省伊协会长: 马希平 heads the 陕西省伊斯兰教协会
    (base: an Organization 第四届省伊协会, 协会 + 长)."""
    doc = extract_text("陕西省伊斯兰教协会第四次代表会议在西安圆满闭幕\n"
                       "陕西省伊斯兰教第四次代表会议于2014年12月22日至23日在陕西宾馆隆重召开。"
                       "马希平当选为第四届省伊协会长。马新芳兼任秘书长。")
    assert ("马希平", "陕西省伊斯兰教协会") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    assert not any(n.endswith("伊协会") for n in _names(doc, "Organization"))


def test_a_county_association_before_its_president_is_the_county_s():
    """岳西县佛教协会: 县道教协会会长李奕木代表兄弟协会致贺词: 岳西县道教协会 (base: a bare 县道教协会)."""
    doc = extract_text("岳西县佛教协会第三次代表大会召开\n"
                       "2016年11月27日,岳西县佛教协会第三次代表大会召开。县道教协会会长李奕木代表兄弟协会致贺词。")
    assert ("李奕木", "岳西县道教协会") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")


def test_the_national_islamic_association_written_short():
    """四川省伊协: 中国伊协副会长阿地里江·阿吉克力木出席开幕式: the 中国伊斯兰教协会 (base: no body, the
    post unread)."""
    doc = extract_text("四川省伊斯兰教第七次代表会议召开\n"
                       "会议在成都召开。中国伊协副会长阿地里江·阿吉克力木出席开幕式并作重要讲话。")
    assert ("阿地里江·阿吉克力木", "中国伊斯兰教协会") in relation_pairs(doc, "holdsPost"), \
        relation_pairs(doc, "holdsPost")


def test_a_bare_city_association_is_the_one_the_article_names():
    """庆元县委统战部 visit (绍兴): 赴绍兴市佛教协会…参访 … 市佛协会长净芳: the 市佛协 is 绍兴's, not the
    article's own city 丽水's (base: 市佛协 unread; read
    as the article's city's, it became a 丽水市佛教协会)."""
    doc = extract_text("庆元县委统战部一行赴市佛协参访调研\n"
                       "10月12日下午,丽水市庆元县委统战部副部长毛志平一行专赴绍兴市佛教协会参访。"
                       "市佛协会长净芳介绍了我市佛教慈善工作的开展情况。")
    orgs = {e.name: e for e in doc.entities.values() if e.type == "Organization"}
    assert "丽水市佛教协会" not in orgs, orgs
    assert "市佛协" in {m.surface for m in orgs["绍兴市佛教协会"].mentions}  # (base: 市佛协 unread)


def test_an_association_s_term_and_council_before_its_president():
    """晋江 (闽南网): 丁宗沐当选晋江市伊斯兰教协会第四届理事会会长: he heads the association (base: no post,
    the term 第四届 between the body and 理事会会长 hid the body)."""
    doc = extract_text("晋江市伊斯兰教协会召开第四次代表大会\n"
                       "昨日上午,晋江市伊斯兰教协会第四次代表大会在陈埭镇召开,丁宗沐当选晋江市伊斯兰教协会第四届理事会会长。")
    assert ("丁宗沐", "晋江市伊斯兰教协会") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")


def test_a_title_won_times_in_a_row_is_no_figure():
    """延边日报: 延边作为曾连续五次被国务院评为“全国民族团结进步模范集体”的模范自治州: how often the title was
    won, no figure (base: a metric 作为曾连续 5 次 of 延边朝鲜族自治州)."""
    doc = extract_text("吴海英到我州调研\n"
                       "吉林省延边朝鲜族自治州。她指出,延边作为曾连续五次被国务院评为“全国民族团结进步模范集体”的模范自治州,"
                       "一直以来,始终将民族工作作为基础性工程和战略性工程进行谋划。")
    assert not [m for m in doc.metrics if m.value == 5], [(m.indicator, m.value) for m in doc.metrics]


def test_a_monk_s_family_name_opens_a_name_after_a_post():
    """于都佛教协会: 县佛教协会会长释祖清法师代表县佛协作工作报告: 释 is the family name of Han Buddhist monks, the
    president 释祖清 (base: no person, 释 no family name); 释放 after a post stays a word."""
    doc = extract_text("于都佛教协会召开年终工作点评会\n"
                       "12月13号上午,于都县佛教协会召开年终工作总结。县佛教协会会长释祖清法师代表县佛协作工作报告。")
    assert ("释祖清", "于都县佛教协会") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    verb = extract_text("市委书记释放信号,局长释疑解惑。")
    assert not [e for e in verb.entities.values() if e.type == "Person"]
