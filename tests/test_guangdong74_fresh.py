"""Round 74 (guangdong74): 广东 county, 镇 and 街道 news (东莞 寮步镇 and 清溪镇, 中山 南头镇, 三乡镇,
横栏镇 and 南区街道, 梅州 梅江区, 湛江 遂溪县北坡镇's yearbook entry, 清远 英德市) and 海南 临高县东英镇,
from fresh texts of /tmp/s26/fresh/guangdong74.  Fixes: a county's short name before a common word
and 乡村 (临高|发展乡村) read as no unlisted township of the county (发展乡 of 黑龙江 in the table); a place
heading a project's name (重点建设遂溪县…新型储能示范项目(投资10亿元)) carried as the subject of the
paragraph's later figures; a village whose two-character stem is made of common characters (潭角, 石内)
read before its own organ (潭角村委会, 石内村党支部) as a place, as its organ already was; villages
listed by name before a count whose noun opens with a year (新丰6个2022年开工任务村) read as villages;
a headline over a photo's caption whose credit closes it in brackets (…旧貌换新颜。(林翔 摄)) kept as the title."""
from __future__ import annotations

from conftest import extract_text


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _subjects(doc) -> dict[str, str]:
    return {m.indicator: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_a_county_before_developing_the_countryside_names_no_township():
    """06-dongying-lingao (nongcun5.cn, 海南临高县东英镇): the title 海南临高发展乡村特色产业 (base: a Place
    发展乡 partOf 临高县); a township of the county written after it stays one (临高县东英镇)."""
    doc = extract_text("海南临高发展乡村特色产业\n海南省临高县东英镇有5.6万亩林地,八成种的是浆纸林。")
    assert "发展乡" not in _places(doc), _places(doc)
    assert {"临高县", "东英镇"} <= _places(doc), _places(doc)


def test_a_place_heading_a_project_s_name_is_no_paragraph_subject():
    """05-beipo-suixi (遂溪县年鉴, 北坡镇): 重点建设遂溪县300MW/600MWh新型储能示范项目(投资10亿元)…。第三产业
    增加值9.5575亿元 (base: 第三产业增加值 and 社会消费品零售总额 of 遂溪县, the project's county)."""
    doc = extract_text("北坡镇\n【经济发展】 2024年,北坡镇全年国民经济生产总值(GDP)21.6028亿元,增长0.8%。"
                       "第二产业增加值1.4625亿元,增速为-16.5%;重点建设遂溪县300MW/600MWh新型储能示范项目"
                       "(投资10亿元)和鱼龙湖商业街(一期完成)。第三产业增加值9.5575亿元,增速为-0.1%,"
                       "社会消费品零售总额7.6884亿元,增长2.6%。")
    got = _subjects(doc)
    assert got.get("第三产业增加值") == "北坡镇", got
    assert got.get("社会消费品零售总额") == "北坡镇", got


def test_a_county_named_as_a_place_still_carries_its_paragraph():
    """The negative: a county named on its own in the figure's sentence (遂溪县重点项目完成投资…) is what
    the paragraph goes on about, in an article of its city."""
    doc = extract_text("湛江市重点项目建设提速\n2024年,湛江市重点项目完成投资420亿元。遂溪县重点项目完成投资"
                       "30亿元,增长12%。全年新开工项目25个。")
    assert _subjects(doc).get("新开工项目") == "遂溪县", _subjects(doc)


def test_a_village_of_common_characters_before_its_own_organ_is_a_place():
    """06-dongying-lingao, 08-qingxi-jiexi: 潭角村委会共管辖4个自然村, 石内村党支部书记 (base: the organ
    read, no Place 潭角村); a pair that is a word (老区村, 山区村) stays none."""
    doc = extract_text("坪上镇推进乡村振兴\n潭角村委会共管辖4个自然村,615户2560人。石内村党支部书记王明介绍了情况。")
    assert {"潭角村", "石内村"} <= _places(doc), _places(doc)
    other = extract_text("某镇新闻\n老区村党支部书记王明说。山区村委会负责人李强说。前几天,我同村委会主任商量过。")
    assert not {"老区村", "山区村", "我同村"} & _places(other), _places(other)


def test_villages_listed_before_a_count_of_a_year_s_villages():
    """09-henglan-dangwei (中山 横栏镇): 完成西冲、五沙、三沙、新茂、裕祥、新丰6个2022年开工任务村(社区)结算 (base: 三沙
    read as 三沙市 of 海南, the list no villages: the count's noun opens with a year)."""
    doc = extract_text("横栏镇召开党委(扩大)会议\n农村生活污水治理工程完成西冲、五沙、三沙、新茂、裕祥、新丰6个2022年"
                       "开工任务村(社区)结算。")
    assert "三沙市" not in _places(doc), _places(doc)
    assert {"五沙", "三沙", "裕祥"} <= _places(doc), _places(doc)


def test_a_headline_over_a_credited_photo_caption_stays_the_title():
    """04-meijiang-baiqianwan (meizhou.gov.cn): the headline, then a photo's caption whose credit is in
    brackets after its full stop (西阳镇美丽圩镇入口旧貌换新颜。(林翔 摄)) (base: no title, the article's
    place 西阳镇 of the caption, not 梅江区 of the headline)."""
    doc = extract_text("梅江区以头号力度统筹推进“百千万工程”\n\n西阳镇美丽圩镇入口旧貌换新颜。(林翔 摄)\n\n"
                       "梅江区以头号力度统筹推进“百千万工程”,区镇村三级书记齐抓共管。2024年,全区81个行政村"
                       "集体经济经营性收入平均达46.29万元。")
    art = doc.articles[0]
    assert art.title == "梅江区以头号力度统筹推进“百千万工程”", art.title
    assert doc.entities[art.place].name == "梅江区", art.place
