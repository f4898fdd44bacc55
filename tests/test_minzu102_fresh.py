"""Round 102 (minzu102): ethnic affairs and autonomous areas — 国家民委 decisions naming a
全国民族团结进步示范州, provincial 民族宗教事务委员会 and 民宗委 news, and stories of autonomous
prefectures and banners (黔西南州, 黔东南州, 延边州, 恩施州, 阿坝州, 鄂托克旗, 西双版纳州 …) from Guizhou,
Jilin, Hubei, Sichuan, Inner Mongolia, Yunnan, Jiangxi and Xinjiang (fresh texts of
/tmp/s26/fresh/minzu102).  The base already reads the autonomous divisions in full and short form,
their posts (州长, 旗长, 自治县县长) and transliterated names with ·; the faults were in the figures:
a share closing on the place it describes (少数民族人口占比超过三分之一的贵州省) read the place as the
indicator; a plateau named after 位于 (位于四川省西北部,青藏高原东南边缘) took the prefecture's area;
全国 inside a document's 《》 name or after a local level word (州级全国…培育库) made a prefecture's
tasks the nation's; and a count of counties classed by an amount (地区生产总值超过10亿元的县达到8个)
was read as 元的县; 跃升 (由2010年的77亿元跃升到…) was the noun counted; a place's class after ,是全国唯一的…
made its area the nation's.  In posts, a roster's lines run on into one sentence gave a bare 秘书长 the
body of the row before, and 副部长级专委 was read as 副部长; jieba's 正北, 正西 were places; a share aside
between the peoples of a breakdown (其中蒙古族29名,占代表总数的14.5%,满族1名) left the next ones bare, and two
peoples' equal counts merged into one; 最近5天 was a figure of 5 days."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_share_closing_on_a_place_is_that_places():
    """02-guizhou-zhulao: 众多民族聚居共生、少数民族人口占比超过三分之一的贵州省,努力建设…模范省 (base:
    indicator 贵州省, subject 台江县 — the story's county).  The measure stands before the figure and the
    place after 的 is whose share it is; a place followed by more noun (三分之一的贵州省农村人口) still
    names what is measured."""
    doc = extract_text("多彩贵州\n台江县开展活动。\n\n众多民族聚居共生、少数民族人口占比超过三分之一的贵州省,"
                       "努力建设铸牢中华民族共同体意识模范省。")
    got = _metrics(doc)
    assert ("贵州省", "少数民族人口占比", 33.33, "%") in got, got
    assert not any(ind == "贵州省" for _s, ind, *_ in got), got
    doc = extract_text("脱贫\n全省三分之一的贵州省农村人口实现脱贫。")
    assert any(ind.startswith("贵州省农村人口") for _s, ind, *_ in _metrics(doc)), _metrics(doc)


def test_a_region_the_place_lies_in_is_not_the_subject():
    """08-aba-70zhounian: 阿坝藏族羌族自治州位于四川省西北部,青藏高原东南边缘,幅员面积八点四万平方公里
    (base: 青藏高原's area).  A region named after 位于 or 地处 is where the prefecture lies; a region
    with no such verb before it may still hold its own figure."""
    doc = extract_text("阿坝州成立70周年\n阿坝藏族羌族自治州位于四川省西北部,青藏高原东南边缘,幅员面积八点四万平方公里。")
    got = _metrics(doc)
    assert ("阿坝藏族羌族自治州", "幅员面积", 84000, "平方公里") in got, got
    doc = extract_text("延边\n延边朝鲜族自治州地处吉林省东部,长白山北麓,幅员4.27万平方公里。")
    assert {s for s, *_ in _metrics(doc)} == {"延边朝鲜族自治州"}, _metrics(doc)
    doc = extract_text("高原\n青藏高原面积约250万平方公里。")
    assert {s for s, *_ in _metrics(doc)} == {"青藏高原"}, _metrics(doc)


def test_a_national_word_in_a_documents_name_scopes_nothing():
    """05-yanbian-mingming-banfa: 对照《全国民族团结进步创建示范测评指标体系》,细化为7个方面22项重点任务52个具体
    举措 (base: the nation's 22 tasks, in a story of 延边州).  全国 inside 《》 names the document; a national
    word outside it still scopes the figures after it."""
    doc = extract_text("延边州推动创建\n延边州制定任务分工方案,对照《全国民族团结进步创建示范测评指标体系》,"
                       "细化为22项重点任务52个具体举措。")
    got = _metrics(doc)
    assert ("延边朝鲜族自治州", "重点任务", 22, "项") in got, got
    assert "中国" not in {s for s, *_ in got}, got
    doc = extract_text("全国创建\n全国共命名示范区示范单位488个。")
    assert {s for s, *_ in _metrics(doc)} == {"中国"}, _metrics(doc)


def test_a_local_level_word_before_the_national_word_makes_a_name():
    """05-yanbian-mingming-banfa: 完善州级全国民族团结进步示范创建培育库,每两年培育10个示范区、20个示范单位
    (base: the nation's).  州级 before 全国 names the prefecture's own pool."""
    doc = extract_text("延边州推动创建\n延边州建立动态培育机制,完善州级全国民族团结进步示范创建培育库,"
                       "每两年培育10个示范区、20个示范单位。")
    got = _metrics(doc)
    assert ("延边朝鲜族自治州", "示范区", 10, "个") in got, got
    assert "中国" not in {s for s, *_ in got}, got


def test_counties_classed_by_an_amount_are_counted():
    """08-aba-70zhounian: 县域经济实力不断增强,地区生产总值超过10亿元的县达到8个 (base: indicator 元的县).
    The amount bounds the class of divisions counted, as it does for firms (超过10亿元的企业); an amount
    with no class noun after it stays a figure, and so does a count before 以上 and a name holding 村
    (1000个以上强村富民惠民项目, minqiong100)."""
    doc = extract_text("阿坝州建州60周年\n阿坝州县域经济实力不断增强,地区生产总值超过10亿元的县达到8个。")
    got = _metrics(doc)
    assert ("阿坝藏族羌族自治州", "地区生产总值超过10亿元的县", 8, "个") in got, got
    doc = extract_text("集体经济\n全县集体经济收入超过10万元的村有120个,村集体经济收入达到500万元。")
    got = _metrics(doc)
    assert any(ind == "集体经济收入超过10万元的村" and v == 120 for _s, ind, v, _u in got), got
    assert any(v == 5000000 for _s, _ind, v, _u in got), got
    doc = extract_text("强村富民\n宁德市谋划实施1000个以上强村富民惠民项目。")  # (村 inside a name: the figure stays)
    assert any(v == 1000 for _s, _ind, v, _u in _metrics(doc)), _metrics(doc)


def test_a_leap_up_is_a_change_verb():
    """12-diqing-zhengfu-baogao: 全州地区生产总值由2010年的77亿元跃升到2015年的161.1亿元 (base: indicator 跃升,
    the verb read as the noun counted).  跃升 moves the level as 攀升 and 增加 do."""
    doc = extract_text("政府工作报告\n迪庆州全州地区生产总值由2010年的77亿元跃升到2015年的161.1亿元,年均增长13.8%。")
    got = _metrics(doc)
    assert ("迪庆藏族自治州", "地区生产总值", 7700000000, "元") in got, got
    assert not any(ind == "跃升" for _s, ind, *_ in got), got


def test_the_class_a_place_is_in_leaves_its_later_figures_its_own():
    """13-qinghai-zhuhetuan: 海西蒙古族藏族自治州始建于1954年,是全国唯一的蒙古族藏族自治州,区域面积30.09万
    平方公里 (base: 中国's area).  The place opening the sentence goes on as the topic after ,是全国…; a figure
    in the class's own clause (是全国30个少数民族自治州中…) is still the nation's."""
    doc = extract_text("祝贺团赴青海\n海西蒙古族藏族自治州始建于1954年,是全国唯一的蒙古族藏族自治州,区域面积30.09万平方公里。")
    assert ("海西蒙古族藏族自治州", "区域面积", 300900, "平方公里") in _metrics(doc), _metrics(doc)
    doc = extract_text("祝贺团赴青海\n果洛藏族自治州成立于1954年,是全国30个少数民族自治州中主体民族比例最高的一个自治州。")
    assert {s for s, *_ in _metrics(doc)} == {"中国"}, _metrics(doc)


def test_a_roster_line_run_on_keeps_its_own_bare_post():
    """13-qinghai-zhuhetuan: 副团长、国务院办公厅秘书六局副局长孙浩康 ⏎⏎ 副团长兼秘书长、国家民委协调推进司副司长
    孙启军 (the lines run on into one sentence; base: 孙启军 秘书长 of 国务院办公厅秘书六局).  A bare post written
    right after the last name opens a row of its own; 、 after a name still shares its body (局长张三、副局长李四)."""
    doc = extract_text("祝贺团\n副团长、国务院办公厅秘书六局副局长孙浩康副团长兼秘书长、国家民委协调推进司副司长孙启军")
    got = {(p, b, post) for p, b, post in post_triples(doc)}
    assert ("孙浩康", "国务院办公厅秘书六局", "副局长") in got, got
    assert not any(p == "孙启军" and b == "国务院办公厅秘书六局" for p, b, _post in got), got
    doc = extract_text("会议\n县财政局局长张三、副局长李四出席。")
    assert ("李四", "县财政局") in {(p, b) for p, b, _post in post_triples(doc)}, post_triples(doc)


def test_a_rank_before_a_short_member_is_no_post():
    """13-qinghai-zhuhetuan: 今年5月,查显友任国家民委副部长级专委 (base: 副部长 of 国家民委 — the rank read as
    the post).  副部长级 is the rank of the full-time member (专委), as 副部级专职 is."""
    doc = extract_text("履新\n今年5月,查显友任国家民委副部长级专委,兼任中央民族大学党委书记。")
    got = post_triples(doc)
    assert not any(p == "查显友" and post == "副部长" for p, _b, post in got), got
    assert any(p == "查显友" and post.endswith("专委") for p, _b, post in got), got


def test_a_due_compass_direction_is_no_place():
    """14-qianguo-zizhixian: 正北隔嫩江为黑龙江省肇源县,…正西与乾安县毗连 (base: places 正北 and 正西, jieba's ns)."""
    doc = extract_text("前郭县\n前郭县正北隔嫩江为黑龙江省肇源县,正西与乾安县毗连。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert not {"正北", "正西"} & places, places
    assert "肇源县" in places, places


def test_each_peoples_count_after_a_share_aside_keeps_the_whole():
    """14-qianguo-zizhixian: 出席代表大会的代表199名,其中蒙古族29名,占代表总数的14.5%,满族1名,回族2名,锡伯族1名,
    汉族166名 (base: indicators 满族, 回族, 锡伯族, 汉族 bare — the share between broke the breakdown; once named in
    full, 锡伯族's 1名 was merged into 满族's).  The share is an aside of the part before it; each people's count
    is a fact of its own."""
    doc = extract_text("前郭县成立\n出席代表大会的代表199名,其中蒙古族29名,占代表总数的14.5%,满族1名,回族2名,锡伯族1名,汉族166名。")
    got = {(ind, v) for _s, ind, v, _u in _metrics(doc)}
    assert {("满族出席代表大会的代表", 1), ("锡伯族出席代表大会的代表", 1), ("汉族出席代表大会的代表", 166)} <= got, got
    doc = extract_text("人口\n全县总人口58万人,其中蒙古族5万人,满族1万人。")
    got = {(ind, v) for _s, ind, v, _u in _metrics(doc)}
    assert ("满族总人口", 10000) in got, got
    doc = extract_text("开平市自然资源\n耕地面积年内减少0.13万亩,主要是建设用地占用耕地0.11万亩,占耕地减少量的84.62%"
                       "(其中占水田0.09万亩,达占用耕地减少量的69.23%)。")  # (ziran87: a breakdown of its own after the share)
    got = {ind for _s, ind, _v, _u in _metrics(doc)}
    assert not any(ind.startswith("占水田建设用地") for ind in got), got


def test_the_last_few_days_are_a_stretch_not_a_figure():
    """13-qinghai-zhuhetuan: 最近5天,中央有关部门祝贺团赴青海,参加了两场庆祝活动 (base: 青海省's 天 5天; 过去30天 read
    as the figure 过去).  The days up to now after 最近/过去/近 are a stretch of time, as 近两个月 is; after a verb of
    lasting (历时近5天) 近 means nearly and the figure stays."""
    doc = extract_text("祝贺团赴青海\n最近5天,中央有关部门祝贺团赴青海,参加了两场庆祝活动。过去30天,空气质量优良天数28天。")
    got = _metrics(doc)
    assert not any(u == "天" and v in (5, 30) for _s, _i, v, u in got), got
    assert any(v == 28 for _s, _i, v, _u in got), got
    doc = extract_text("救援\n历时近5天的救援行动结束,救出群众120人。")
    assert any(v == 5 and u == "天" for _s, _i, v, u in _metrics(doc)), _metrics(doc)
