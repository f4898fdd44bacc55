"""Round 59 (mine59): fresh texts of /tmp/s26/fresh/mine59 (government news of the northwest: 新疆, 西藏, 宁夏,
青海, 内蒙古, and a Beijing office's page on its paired aid to 玉树州): a studied speech's place and a central
organ in a lead's formula choose no article place, a Mongolian official's name, a region's founding year and a
note's year of a place's change date no figure, places governed or at an extreme point are no subject, counted
nouns cut before how they get on, and a poster's phrase a line."""
from __future__ import annotations

from conftest import extract_text


def _place(text: str) -> str | None:
    return extract_text(text).articles[0].place


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _subjects(doc) -> dict[str, str]:
    return {m.indicator: doc.entities[m.subject].name if m.subject in doc.entities else m.subject
            for m in doc.metrics}


ORDOS = ("市政府召开常务会议杜汇良主持\n\n发表时间:2024-04-12 16:50:23    来源:《鄂尔多斯日报》\n\n"
         "2024年3月29日,市委副书记、市长杜汇良主持召开市政府常务会议。\n\n"
         "会议传达学习落实习近平总书记在湖南考察和在新时代推动中部地区崛起座谈会上的重要讲话精神,"
         "强调要深入实施科技“突围”工程,加快发展新质生产力。\n\n"
         "会议传达学习落实《节约用水条例》,结合《鄂尔多斯市水资源管理条例》,精打细算用好水资源。")


def test_the_place_of_a_studied_speech_is_not_the_meetings():
    """鄂尔多斯日报 2024 (市政府召开常务会议杜汇良主持): 传达学习…习近平总书记在湖南考察…的重要讲话精神 (base: the
    article was placed in 湖南省, the mayor's post and the programmes there); a text naming the province only
    keeps it."""
    doc = extract_text(ORDOS)
    assert doc.articles[0].place == "place-150600", doc.articles[0].place
    assert "鄂尔多斯市人民政府" in _names(doc, "Agency")
    assert _place("长沙县召开常务会议。会议传达学习习近平总书记在湖南考察时的重要讲话精神。") == "place-430121"


def test_a_central_organ_in_a_regions_formula_makes_no_national_story():
    """新疆 2024年工作回顾: 在以习近平同志为核心的党中央坚强领导下，自治区党委团结带领全疆各族人民… (base: a
    national lead, the article placed nowhere once 中国式现代化 was left out, and all 16 figures China's)."""
    text = ("2024年工作回顾\n过去一年,面对严峻复杂的国际形势、国内多重因素交织叠加带来的经济下行压力,"
            "在以习近平同志为核心的党中央坚强领导下,自治区党委团结带领全疆各族人民,"
            "贯彻落实习近平总书记关于新疆工作的重要讲话重要指示批示精神,"
            "锚定中央赋予新疆的“五大战略定位”,中国式现代化新疆实践迈出新的坚实步伐!\n"
            "全疆粮食播种面积4440万亩、新增202.9万亩,粮食单产1050斤。")
    doc = extract_text(text)
    assert doc.articles[0].place == "place-650000", doc.articles[0].place
    assert set(_subjects(doc).values()) == {"新疆维吾尔自治区"}, _subjects(doc)


def test_a_mongolian_officials_name_after_a_post():
    """鄂尔多斯头条 2023 (一产重塑重大项目春季集中开复工): 副市长额登毕力格出席开工仪式 (base: missed: 力 was no
    syllable of a Mongolian name); 乌力吉, 孟克巴雅尔 likewise."""
    doc = extract_text("市委常委、副市长苏翠芳,副市长额登毕力格出席开工仪式。")
    assert {"苏翠芳", "额登毕力格"} <= _names(doc, "Person")
    doc = extract_text("旗委书记、旗长孟克巴雅尔主持会议,副旗长乌力吉参加。")
    assert {"孟克巴雅尔", "乌力吉"} <= _names(doc, "Person")


YUSHU = ("玉树州建政于1951年12月,是全国第二个成立的少数民族自治州。北与海西州相连。州境总面积26.7万平方公里,"
         "平均海拔4200米,最高峰布喀达板峰海拔6860米;最低处囊谦县娘拉乡海拔3335米。属典型的高原高寒气候,"
         "年降水量246.3~658.5毫米。现辖玉树市(2013年撤县设市)、称多、囊谦、杂多、治多、曲麻莱1市5县,"
         "11镇34乡4个街道办事处,258个村和49个社区;总人口41.66万。")


def test_a_founding_year_and_a_notes_year_of_change_date_no_figure():
    """北京市发展改革委 (对口支援·青海省玉树州): 玉树州建政于1951年12月 dated every figure of the paragraph
    1951-12, and 玉树市(2013年撤县设市) dated the counts after it 2013 (base)."""
    doc = extract_text(YUSHU)
    assert doc.metrics and {m.period for m in doc.metrics} == {None}, {(m.indicator, m.period) for m in doc.metrics}


def test_places_governed_or_at_an_extreme_point_are_no_subject():
    """北京市发展改革委 (玉树州): 现辖玉树市…1市5县，11镇34乡 counted 玉树市's towns, and 最低处囊谦县娘拉乡海拔3335米
    made 娘拉乡 the subject of that figure and of every later one of the paragraph (base)."""
    doc = extract_text(YUSHU)
    subjects = _subjects(doc)
    assert set(subjects.values()) == {"玉树藏族自治州"}, subjects
    # a place opening its clause before the verb is the one governing, the subject still
    doc = extract_text("据了解,魏县辖12个乡镇、561个行政村。")
    assert set(_subjects(doc).values()) == {"魏县"}, _subjects(doc)


def test_counted_nouns_end_before_how_they_get_on():
    """宁夏日报 2022 (宁夏100个重点项目超额完成全年投资目标): 67个重大产业项目年度计划投资378亿元 (base: 重大产业项目年度,
    the money 计划投资), 等11个项目进展较快 (base: 项目进展较快); 新闻联播 (一四三团): 由21个民族构成 (base: 民族构成)."""
    doc = extract_text("分行业来看,67个重大产业项目年度计划投资378亿元,完成投资463.5亿元。"
                       "其中,中卫至兰州高铁等11个项目进展较快,均已完成年度投资目标。全团人口3.67万人,由21个民族构成。")
    got = sorted(m.indicator for m in doc.metrics if m.unit == "个")
    assert got == ["民族", "重大产业项目", "项目"], got
    assert "年度计划投资" in {m.indicator for m in doc.metrics}


def test_a_posters_phrase_a_line_closes_on_its_figure():
    """鄂尔多斯融媒 2023 (90天!鄂尔多斯市开复工368项), a poster set one phrase a line: 完成投资286亿元 ⏎⏎
    广大建设者们全力抢进度 (base: the sum was named 广大建设者们全力抢进度)."""
    doc = extract_text("标题\n\n368个重大项目已开复工\n\n完成投资286亿元\n\n广大建设者们全力抢进度、赶工期\n\n"
                       "拼出项目建设“加速度”\n")
    money = [m for m in doc.metrics if m.unit == "元"]
    assert [m.indicator for m in money] and "建设者" not in money[0].indicator, [m.indicator for m in money]


def test_average_rates_after_respective_levels_pair_in_order():
    """东乌珠穆沁旗 政府工作报告 2022: 城乡常住居民人均可支配收入分别达到44846元和37342元，年均增长4.9%和7.2% (base:
    both rates named 农村常住居民人均可支配收入年均增长)."""
    doc = extract_text("城乡常住居民人均可支配收入分别达到44846元和37342元,年均增长4.9%和7.2%。")
    got = sorted((m.indicator, m.value) for m in doc.metrics if m.unit == "%")
    assert got == [("农村常住居民人均可支配收入年均增长", 7.2), ("城镇常住居民人均可支配收入年均增长", 4.9)], got


def test_a_mark_passed_after_a_change_is_the_level_reached():
    """鄂尔多斯日报 2025 (包献华…审议自治区政府工作报告): 预计地区生产总值增长6%左右、突破2.6万亿元 (base: the level
    named 金额, as no verb of reaching stood before it)."""
    doc = extract_text("过去一年,预计地区生产总值增长6%左右、突破2.6万亿元。")
    assert sorted(m.indicator for m in doc.metrics) == ["地区生产总值", "地区生产总值增长"]


KASHI = ("8月14日,地区领导会见出席第十五届新疆喀什·中亚南亚商品交易会外国部长级嘉宾、贸易代表和国际组织代表等。自治区人民政府副主席、地委书记聂壮致辞,地委副书记、行署专员艾尼瓦尔·吐尔逊主持。\n"
         "8月14日,地区领导会见出席第十五届新疆喀什·中亚南亚商品交易会外国部长级嘉宾、贸易代表和国际组织代表等。喀什地区融媒体中心 记者陈昭淋 摄\n"
         "聂壮代表自治区人民政府和喀什地委、行署向各位嘉宾表示热烈欢迎。他指出,喀什是古丝绸之路的交通要冲和商埠重镇,也是新时代丝绸之路经济带核心区的重要支点,文化底蕴深厚、区位优势独特、自然资源丰富、自然风光壮美、政策优势明显。连续举办十四届的喀交会已经成为喀什与中亚、南亚等地区国家友谊的纽带、合作的桥梁,真诚希望大家以此届喀交会为契机,加强更深层次的交流对接,开创更加多元的合作领域,拓展更广维度的人文交流,携手开创共赢发展的美好未来。\n"
         "聂壮表示,喀什将抢抓国家赋予新疆的“五大战略定位”带来的机遇,以高质量共建“一带一路”为主要平台,积极落实第二届中国—中亚峰会成果,以更加开放的姿态拥抱机遇,以更加实干的精神谋求发展,持续深化与周边国家的交流合作,发掘更多合作机遇,形成更多务实成果,促进政策沟通、设施联通、贸易畅通、资金融通、民心相通,为构建周边命运共同体作出喀什贡献。\n"
         "会见中,与会嘉宾分别发言,充分肯定喀什开放发展取得的成效,共同展望喀什地区与中亚、南亚等周边国家合作发展的美好前景,表达深化合作交流、实现互利共赢的美好愿望。\n"
         "地区领导李宏琪、吴晓斌等参加会见。")


def test_the_fair_the_guests_came_to_is_the_hosts():
    """喀什地区 (地区领导会见出席第十五届新疆喀什·中亚南亚商品交易会外国部长级嘉宾): 喀什 inside the fair's name was
    read as the guests' place, and the story placed in 新疆维吾尔自治区 (base)."""
    assert extract_text(KASHI).articles[0].place == "place-653100"


def test_a_prefectures_committee_after_a_regions_post():
    """喀什地区: 自治区人民政府副主席、地委书记聂壮 (base: 新疆维吾尔自治区地委, a body no region has); 地委副书记、
    行署专员 heads the prefecture (base: a bare 地委)."""
    doc = extract_text(KASHI)
    posts = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
             if r.predicate == "holdsPost"}
    assert ("聂壮", "喀什地委") in posts and ("艾尼瓦尔·吐尔逊", "喀什地委") in posts, posts
    assert not any("自治区地委" in n for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_the_regions_party_committee_written_short():
    """阿里地委 (噶尔县委书记高宝军宣讲): 在区党委和地委的坚强领导下 (base: a bare 区党委, no body); in an autonomous
    region 区党委 is the region's (a district has a 区委), elsewhere it stays the district's."""
    doc = extract_text("噶尔县召开会议。在区党委和地委的坚强领导下,全县工作成效明显。")
    assert "西藏自治区党委" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("吴忠市召开会议。会议传达了区党委常委会议精神。")
    assert "宁夏回族自治区党委" in _names(doc, "Agency"), _names(doc, "Agency")
    assert "丛台区党委" in _names(extract_text("邯郸市丛台区召开会议,传达区党委会议精神。"), "Agency")


def test_a_regions_name_in_its_new_slogan():
    """日喀则市 (市长王方红主持召开市政府常务会议): 努力建设社会主义现代化新日喀则 (base: 新 read as a lone word glued
    to the name, no place, and the article placed nowhere); 新拉萨 likewise."""
    assert extract_text("市长王方红主持召开会议,努力建设社会主义现代化新日喀则。").articles[0].place == "place-540200"
    assert extract_text("建设团结富裕文明和谐美丽的社会主义现代化新拉萨。").articles[0].place == "place-540100"


def test_tibetan_names_with_chime_and_penden():
    """那曲市第二届人民代表大会第一次会议: 执行主席、秘书长齐美次仁主持开幕会议 (base: missed: 齐 was no syllable of a
    Tibetan name); 斑丹卓玛 likewise."""
    assert "齐美次仁" in _names(extract_text("大会主席团常务主席、执行主席、秘书长齐美次仁主持开幕会议。"), "Person")
    assert "斑丹卓玛" in _names(extract_text("副县长斑丹卓玛出席会议。"), "Person")


def test_a_quote_that_is_a_whole_line_is_no_programme():
    """日喀则市第二届人民代表大会第六次会议: the year's highlights quoted one a line (“群众当年受灾、当年入住” ⏎
    “97项政务服务事项不出乡、52项不出村”) were read as programmes heading their paragraphs, and the counts as
    the quote's own (base)."""
    doc = extract_text("日喀则市交出了一份亮眼的\n民生与发展答卷:\n“群众当年受灾、当年入住”\n"
                       "“97项政务服务事项不出乡、52项不出村”\n……\n会议听取了报告。")
    assert _names(doc, "Programme") == set(), _names(doc, "Programme")
    # a quote heading its paragraph still names the programme
    doc = extract_text("日喀则市召开会议。\n“厕所革命”持续推进,全市新建厕所300座。")
    assert "厕所革命" in _names(doc, "Programme")


def test_my_city_in_a_title_is_the_county_level_city_named():
    """格尔木市融媒体中心 (我市与新华社青海分社交流座谈): the story names 格尔木市 alone (base: 我市 taken for its prefecture
    海西蒙古族藏族自治州, which the text never names); a stone dam and a salt lake are no places."""
    text = ("我市与新华社青海分社交流座谈\n来源:格尔木市融媒体中心\n\n"
            "本报讯(记者 夏静 沙磊)3月18日,我市与新华社青海分社举行交流座谈会,围绕盐湖十年发展等重点工作深入交流。\n\n"
            "座谈会上,我市全面介绍了格尔木盐湖产业发展情况。")
    doc = extract_text(text)
    assert doc.articles[0].place == "place-632801", doc.articles[0].place
    assert "盐湖" not in _names(doc, "Place")
    doc = extract_text("和田县召开会议。洪水共冲毁永久性防洪堤3处、冲毁土石坝11处、冲毁道路3处。")
    assert "石坝" not in _names(doc, "Place") and {m.subject for m in doc.metrics} == {"place-653221"}


def test_a_bracketed_measure_before_the_figure_leaves_no_scrap():
    """A banner's 2018 bulletin (a mirror that glossed characters with pinyin): 全旗地区生产总值比上年增长(按可比口径计算)2.3%
    (base: a level named 地区生产总值比上年增长(计算); (按可比价格计算) left "()")."""
    doc = extract_text("初步核算,2018年全旗地区生产总值比上年增长(按可比口径计算)2.3%。")
    assert [(m.indicator, m.kind) for m in doc.metrics] == [("地区生产总值比上年增长", "change")]
    doc = extract_text("全县地区生产总值增长(按可比价格计算)5.1%。")
    assert [(m.indicator, m.kind) for m in doc.metrics] == [("地区生产总值增长", "change")]


def test_a_league_speaks_of_itself_and_inner_and_outer_is_no_body():
    """A league's 2022 bulletin: 全盟上下…认真落实党中央、国务院、自治区党委、政府决策部署 (base: a national lead, the
    bulletin placed in 中国, and 内外部环境 an Agency 内外部); 全盟/我盟 are the league's own words, as 全市 is."""
    doc = extract_text("2022年,面对复杂严峻的内外部环境和艰巨繁重的改革发展任务,全盟上下认真落实党中央、国务院、"
                       "自治区党委、政府决策部署,坚持以习近平新时代中国特色社会主义思想为指导。\n"
                       "全年地区生产总值完成407.3亿元,比上年增长3.6%。")
    assert doc.articles[0].place is None, doc.articles[0].place
    assert "内外部" not in _names(doc, "Agency")
    assert extract_text("锡林郭勒盟召开会议。全盟上下认真落实。").articles[0].place == "place-152500"


def test_basis_points_are_a_change_of_a_rate():
    """海南省2024年国民经济和社会发展计划执行情况: 新发放企业贷款加权平均利率下降43个基点 (base: a level of 43 个 named
    基点); 比上年下降20个基点 likewise."""
    doc = extract_text("启动普惠金融高质量发展行动,新发放企业贷款加权平均利率下降43个基点。")
    assert [(m.indicator, m.value, m.unit, m.kind) for m in doc.metrics] == \
        [("新发放企业贷款加权平均利率下降", 43, "个基点", "change")]


def test_a_reports_fields_and_features_are_its_outline():
    """鄂尔多斯日报 2025: 政府工作报告部署的11个方面工作, 报告整体体现出三个特点; 那曲市人代会: 从…7个方面总结了工作
    (base: counts of 方面工作, 特点 and 方面总结了工作)."""
    doc = extract_text("政府工作报告部署的11个方面工作,充分体现了党中央的部署。报告整体体现出三个特点。")
    assert doc.metrics == [], [(m.indicator, m.value) for m in doc.metrics]
    doc = extract_text("全县12个方面的38项任务全部完成。")
    assert [(m.indicator, m.value) for m in doc.metrics] == [("任务", 38)]


def test_a_lone_quoted_theme_line_and_a_citys_meeting_held_in_its_county():
    """Review of mine59 on earlier folders: archive58's subtitle line “请听档案说” names the day's theme (a lone quoted
    line, no run of highlights), and gat44's 全市台办主任会议召开, held in 桐乡市 with 各县(市、区)台办, is 嘉兴市's (only
    我市 speaks as the county-level city the story names)."""
    doc = extract_text("档案日活动丰富多彩\n“请听档案说”\n本报讯 通州区档案局围绕“请听档案说”主题开展宣传活动。")
    assert "请听档案说" in _names(doc, "Programme")
    text = ("全市台办主任会议召开\n来源: 市台办 发布时间: 2022-09-21 10:08\n"
            "8月31日,全市台办主任会议在桐乡市石门镇海峡两岸青年乡创基地召开。\n"
            "会上,各县(市、区)台办分别汇报交流了上半年工作情况。上半年,全市新设台资企业16家。")
    assert extract_text(text).articles[0].place != "place-330483"
