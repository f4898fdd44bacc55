"""Round 69 (xinjiang69): ordinary news of 新疆 and the 兵团 from fresh texts of /tmp/s26/fresh/xinjiang69
(石河子 cotton harvest, 乌恰县 and 江苏援疆, 阿克苏地委's meeting, 昌吉 and 哈密 projects, 吐鲁番's cooperatives,
一师阿拉尔市's union and city meetings, 阿瓦提县's village work team).  Fixes: a Uyghur name (parts joined by
·) closed by an adverbial of manner (兴奋地告诉, 自豪地介绍) rather than a verb; a scraped daily's byline with a
slash after the role (本报记者/陈晨) run into the lead's first figure; a one-character adverb (正) closing a
counted noun; 撤县设市 read as a scope (an agency 库车市工作领导小组); 中国最西部 read as a ministry, and a
title's 中国最西部县城 taken for the story's place; the Corps and a division (新疆兵团第八师石河子市) cutting a
chain of places short (the figure 新疆's, not the city's)."""
from __future__ import annotations

from conftest import extract_text


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _agencies(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Agency"}


def _metrics(doc) -> set[tuple[str, str, float]]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value)
            for m in doc.metrics}


def test_a_dotted_name_closed_by_an_adverbial_of_manner():
    """06-turpan-coops (吐鲁番): 村民吾尔江汗·肉孜兴奋地告诉记者 (base: no person); 村委会主任…麦麦提自豪地介绍
    (base: a person 阿卜杜热合曼·麦麦提自豪地).  A name before a place word stays short of it."""
    doc = extract_text("合作社富了众乡亲\n3月13日,高昌区艾丁湖镇琼库勒村村民吾尔江汗·肉孜兴奋地告诉记者,她加入了合作社。")
    assert "吾尔江汗·肉孜" in _people(doc), _people(doc)
    doc = extract_text("村里建了合作社\n村委会主任阿卜杜热合曼·麦麦提自豪地介绍,村里建起了打馕合作社。")
    assert _people(doc) == {"阿卜杜热合曼·麦麦提"}, _people(doc)
    plain = extract_text("合作社富了众乡亲\n村民张小明高兴地说,她加入了合作社。")
    assert "张小明" in _people(plain), _people(plain)
    place = extract_text("合作社富了众乡亲\n村民吾尔江汗·肉孜所在地的合作社扩大了规模。")
    assert not any("所在" in p for p in _people(place)), _people(place)


def test_a_byline_with_a_slash_is_no_part_of_the_first_figure():
    """06-turpan-coops: □本报记者/陈晨 实习生/热蒂夫·伊明 over 吐鲁番市目前拥有合作社1794家 (base: the indicator
    实习生/热蒂夫·伊明吐鲁番市目前拥有合作社)."""
    doc = extract_text("吐鲁番:合作社富了众乡亲\n\n□本报记者/陈晨 实习生/热蒂夫·伊明\n\n"
                       "吐鲁番市目前拥有合作社1794家,入社成员2.75万人。")
    assert ("吐鲁番市", "合作社", 1794) in _metrics(doc), _metrics(doc)
    assert {"陈晨", "热蒂夫·伊明"} <= _people(doc), _people(doc)


def test_a_one_character_adverb_closes_no_counted_noun():
    """01-shihezi-cotton: 新疆兵团第八师石河子市863台采棉机正陆续投入使用 (base: the indicator 采棉机正, and the
    subject 新疆: the Corps and its division cut the chain of places before the city)."""
    doc = extract_text("石河子垦区棉花开采\n据介绍,新疆兵团第八师石河子市863台采棉机正陆续投入使用。")
    assert ("石河子市", "采棉机", 863) in _metrics(doc), _metrics(doc)
    word = extract_text("某市项目建设\n今年,某市5个首都功能区项目陆续开工。")
    assert not any(ind.endswith("首") for _s, ind, _v in _metrics(word)), _metrics(word)


def test_a_county_made_a_city_is_no_scope_of_a_body():
    """03-aksu-diwei-meeting: 要尽快成立撤县设市工作领导小组 (base: an agency 库车市工作领导小组, 市 read as the
    article's city)."""
    doc = extract_text("库车县撤县设市\n在审议库车县撤县设市相关事宜时,会议指出,要尽快成立撤县设市工作领导小组。")
    assert not any(a.endswith("工作领导小组") for a in _agencies(doc)), _agencies(doc)
    city = extract_text("库车市\n市工作领导小组召开会议。")
    assert "库车市工作领导小组" in _agencies(city), _agencies(city)


def test_a_superlative_after_the_country_is_no_ministry_and_no_scene():
    """02-wuqia-jiangsu-aid: 江苏援疆助力中国最西部县城…, 提起中国最西部的新疆克州乌恰县 (base: an agency
    中国最西部; without it, the title's 中国 the story's place and the county's figures nobody's)."""
    doc = extract_text("江苏援疆助力中国最西部县城驶入发展快车道\n平均海拔在3197米,全县仅5万多人口,提起帕米尔高原上"
                       "中国最西部的新疆克州乌恰县,难免让人想起高寒。")
    assert "中国最西部" not in _agencies(doc), _agencies(doc)
    assert ("乌恰县", "平均海拔", 3197) in _metrics(doc), _metrics(doc)
    organ = extract_text("会见\n俄罗斯最高法院院长会见代表团。")
    assert "俄罗斯最高法院" in _agencies(organ), _agencies(organ)


def test_a_health_commission_written_with_jian_and_a_long_uyghur_village():
    """08-awati-village-team (阿克苏地区阿瓦提县): 位于阿瓦提县的阿依巴格乡玉斯屯克阿依库勒村就是一例,该村有329户
    (base: no village of an eight-character stem, the households the township's); 来自阿克苏地区卫建委的6名队员
    (base: no agency; 卫建 is 卫健 written with 建)."""
    doc = extract_text("驻村工作队\n位于阿瓦提县的阿依巴格乡玉斯屯克阿依库勒村就是一例,该村有329户(1456人),"
                       "来自阿克苏地区卫建委的6名队员在这里驻村。")
    places = {e.name for e in doc.entities.values() if e.type == "Place"}
    assert "玉斯屯克阿依库勒村" in places, places
    assert ("玉斯屯克阿依库勒村", "户", 329) in _metrics(doc), _metrics(doc)
    assert "阿克苏地区卫生健康委员会" in _agencies(doc), _agencies(doc)
    phrase = extract_text("驻村工作队\n阿依巴格乡党委书记带领干部走访全乡各村。")
    assert not any(e.name.endswith("村") for e in phrase.entities.values() if e.type == "Place")


def test_the_country_s_founding_anniversary_is_no_subject():
    """07-aral-union-lecture (一师阿拉尔市总工会): 为庆祝新中国70周年,…各单位“两委”代表、职工代表共400余人次参加了
    活动 (base: the figure 中国's)."""
    doc = extract_text("一师阿拉尔市总工会组织劳模巡回宣讲\n为庆祝新中国70周年,分享师市团场改革取得的丰硕成果,一师阿拉尔市"
                       "总工会以师市劳动模范及代表组成宣讲团,于5月27-30日分别赴八团、十一团、十三团、十六团,开展巡回宣讲,"
                       "各单位“两委”代表、职工代表共400余人次参加了活动。")
    got = {(s, v) for s, _i, v in _metrics(doc)}
    assert ("阿拉尔市", 400) in got, _metrics(doc)



def test_an_ordinal_list_with_its_measure_word_after_each_item():
    """03-aksu-diwei-meeting: 听取2019年第十五次、十六次行署党组(扩大)会议…情况汇报 (base: a count of 16 meetings,
    行署党组(扩大) 16次); a count after an ordinal of another measure word stays a count."""
    doc = extract_text("阿克苏地委召开委员(扩大)会议\n会议听取2019年第十五次、十六次行署党组(扩大)会议和第十一次行署常务会议"
                       "情况汇报。")
    assert not any(v == 16 for _s, _i, v in _metrics(doc)), _metrics(doc)
    other = extract_text("某县表彰大会\n全县举办第3期培训班、4个专题班,共培训200人。")
    assert any(v == 4 for _s, _i, v in _metrics(other)), _metrics(other)


def test_a_division_before_its_city_opens_no_indicator():
    """01-shihezi-cotton's shape (第八师石河子市…): 第一师阿拉尔市今年种植棉花300万亩 (base: the indicator
    第一师阿拉尔市今年种植棉花); a teachers' college (第一师范学院) is no division."""
    doc = extract_text("兵团棉花播种全面展开\n据介绍,第一师阿拉尔市今年种植棉花300万亩。")
    assert ("阿拉尔市", "种植棉花", 3000000) in _metrics(doc), _metrics(doc)
    college = extract_text("某市教育\n今年,第一师范学院招生3000人。")
    assert any(i.startswith("第一师范学院") or i == "招生" for _s, i, _v in _metrics(college)), _metrics(college)


def test_a_named_city_before_de_says_where_the_counted_things_are():
    """10-aral-city-management (一师阿拉尔市): 详细介绍了…十二团中学改扩建等12个阿拉尔市城区的援建项目 (base: the
    indicator 阿拉尔市城区, twelve of one city's districts); 5个老城区的改造项目 still counts the districts."""
    doc = extract_text("一师阿拉尔市召开城市管理工作会议\n会议详细介绍了阿拉尔职业技术学校、十二团中学改扩建等12个阿拉尔市城区的"
                       "援建项目。")
    assert ("阿拉尔市", "援建项目", 12) in _metrics(doc), _metrics(doc)
    old = extract_text("某市城市更新\n今年,全市启动5个老城区的改造项目。")
    assert any(i == "老城区" and v == 5 for _s, i, v in _metrics(old)), _metrics(old)
