"""Round 86 (xinzang86): county, township, village and 兵团 news of 新疆 and 西藏, second pass (a 师市's
regiments and companies, 援疆/援藏 work teams and their projects, village heads with names of parts
joined by ·) from fresh texts of /tmp/s26/fresh/xinzang86 (二师铁门关市, 一师阿拉尔市, 六师五家渠市,
十二师, 十四师, 和田地区墨玉县, 哈密伊吾县, 林芝察隅县, 林芝 and 拉萨).  Fixes: a regiment written alone
(三十四团, 二十二团) in a document of one 兵团 division and its city is a place of that city
(gazetteer `_bare_regiments`, read only where every division and 兵团 city the document names is the
same one, never a single numeral's 一团, nor 第一师范's 一师); a company written right after its
regiment (十团五连) is a village-level place of that regiment, the same place where written again
alone (五连党支部), and a repeat written before the chaining mention keeps that parent (resolve
`_later_parent`); 指导员 is a post (posts.tsv); a dotted name opening a clause with no post
(阿卜迪麦麦提·奥布力在墨玉县…) is a person (posts `_dotted_alone`); a programme the state holds
(响应国家实施乡村振兴战略) is not the clause agency's (relations `_clause_subject`); a place opening
quoted words said (“二十二团种植小麦3.42万亩，…”) stays the figures' subject (metrics)."""
from __future__ import annotations

from conftest import extract_text, held_posts, relation_pairs


def _places(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Place"}


def _persons(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def test_a_regiment_written_alone_in_a_one_division_document_is_its_citys_place():
    """02-tiemenguan-nongye (二师铁门关市): 2024年6月,在三十四团七连职工王环平的60亩农田里…; “二十二团种植小麦
    3.42万亩,平均亩产620公斤” (base: neither regiment a place, the 60亩 given to 铁门关市; only a regiment
    written right after its division or city, 二师三十四团, was read)."""
    doc = extract_text("回顾2024丨农业增活力\n新征程上,新疆生产建设兵团二师铁门关市践行大农业观。2024年6月,在三十四团七连"
                       "职工王环平的60亩农田里,孜然已从绿色转为黄色。在二十二团,专家组正对该团创建的示范田进行实收测产。")
    assert {"三十四团", "二十二团"} <= _places(doc), _places(doc)
    pairs = relation_pairs(doc, "partOf")
    assert {("三十四团", "铁门关市"), ("二十二团", "铁门关市")} <= pairs, pairs
    # 03-wujiaqu-yilingsantuan names 六师五家渠市 and 四师可克达拉市 (04-shiershi-yilingsituan 农六师 and 第十二师):
    # with two divisions a regiment written alone could be either's, so none is read; nor a single
    # numeral's 一团 (抱成一团), nor 百团大战, nor a 团 another word continues (二十二团委).
    doc = extract_text("兵团干部职工在春天里阔步前行\n新疆生产建设兵团六师五家渠市干部和四师可克达拉市干部交流。"
                       "三十四团职工种植棉花。")
    assert "三十四团" not in _places(doc), _places(doc)
    doc = extract_text("兵团二师铁门关市开展活动\n新疆生产建设兵团二师铁门关市职工抱成一团,重温百团大战历史,"
                       "二十二团委组织青年参加。")
    assert not {"一团", "百团", "二十二团"} & _places(doc), _places(doc)


def test_the_instructor_of_a_company_is_a_post():
    """03-wujiaqu-yilingsantuan (六师五家渠市一〇三团): 十四连党支部书记、连管会指导员郭茂林在修改课件 (base: no person,
    指导员 no post, so the name after it was never read)."""
    doc = extract_text("在春天里阔步前行\n2月14日,新疆生产建设兵团六师五家渠市一〇三团十四连党支部书记、连管会指导员郭茂林"
                       "在修改课件。")
    assert "郭茂林" in _persons(doc), _persons(doc)
    assert any(p[0] == "郭茂林" and "指导员" in p[2] for p in held_posts(doc)), held_posts(doc)
    doc = extract_text("社区开展全民健身\n社会体育指导员王明在广场带领居民锻炼。")
    assert not {"指导员王明", "体育指导员王明"} & _persons(doc), _persons(doc)


def test_a_company_written_after_its_regiment_is_the_regiments_place():
    """01-bingtuan-yishi-shituan: 1月2日,一师十团五连职工谭新超细数自己的收入来源 (base: no place 五连); 03-wujiaqu-
    yilingsantuan: …十四连职工李佩新说 … 一〇三团十四连和兵团环境保护科学研究所签订… (base: no 十四连; the company
    written alone before the sentence that chains it to 一〇三团 is the same place, not one of 五家渠市); and
    the company written again alone (五连还是…, 五连党支部, 五连与新疆塔禾农业科技有限公司合作: base gave that
    cooperation to 新疆生产建设兵团) is the same place, never inside 十五连 or 五连冠.
    连续, 连片 after a regiment are no company."""
    doc = extract_text("平畴沃野气象新\n1月2日,新疆生产建设兵团一师十团五连职工谭新超细数自己的收入来源。几年前,五连还是"
                       "典型的单一棉花种植连队。五连党支部牵头成立合作社。2022年,五连与新疆塔禾农业科技有限公司合作。"
                       "该团十五连的职工也来参观,五连冠的球队也来了。")
    assert ("五连", "十团") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")
    assert ("五连", "新疆塔禾农业科技有限公司") in relation_pairs(doc, "cooperatesWith"), relation_pairs(doc, "cooperatesWith")
    five = next(e for e in doc.entities.values() if e.name == "五连")
    assert len(five.mentions) >= 3 and not any("十五连" in m.quote for m in five.mentions), five.mentions
    doc = extract_text("在春天里阔步前行\n新疆生产建设兵团六师五家渠市一〇三团有着多年甜瓜种植历史。“今年大伙儿还跟着您干!”"
                       "十四连职工李佩新说。在郭茂林的牵头下,一〇三团十四连和兵团环境保护科学研究所签订合同。")
    pairs = relation_pairs(doc, "partOf")
    assert ("十四连", "一〇三团") in pairs and ("十四连", "五家渠市") not in pairs, pairs
    assert sum(e.name == "十四连" for e in doc.entities.values()) == 1, doc.entities
    doc = extract_text("兵团一师阿拉尔市十团连续三年增收\n新疆生产建设兵团一师十团连续三年增收,一师十团七连片区棉花丰收。")
    assert "十团" in _places(doc) and not {"七连", "三连", "十团连"} & _places(doc), _places(doc)


def test_a_programme_the_state_holds_is_not_the_work_teams():
    """09-chayu-shenzhen-yuanzang (深圳援藏, 林芝察隅县): 深圳第八批援藏工作组进驻以来,积极响应国家实施乡村振兴战略,推动
    乡村基础设施提档升级 (base: 深圳第八批援藏工作组 runs 乡村振兴战略, and the strategy implementedIn 深圳市): the
    verb's subject is 国家; a work team that holds a programme itself still runs it."""
    doc = extract_text("深圳援藏工作组建了10个小康村项目\n深圳第八批援藏工作组进驻以来,积极响应国家实施乡村振兴战略,"
                       "推动乡村基础设施提档升级,建设了察隅县察瓦龙乡、古拉乡10个小康村建设项目。")
    runs = relation_pairs(doc, "runs")
    assert not any(o == "乡村振兴战略" for _, o in runs), runs
    assert ("乡村振兴战略", "深圳市") not in relation_pairs(doc, "implementedIn")
    doc = extract_text("察隅县开展活动\n察隅县农业农村局实施“高原粮仓”工程,推动乡村基础设施提档升级。")
    assert any(o == "高原粮仓" and s.startswith("察隅县") for s, o in relation_pairs(doc, "runs")), \
        relation_pairs(doc, "runs")


def test_a_dotted_name_opening_a_clause_with_no_post_is_a_person():
    """07-moyu-buguqi (墨玉县托胡拉乡布古其村): 2月26日,阿卜迪麦麦提·奥布力在墨玉县托胡拉乡布古其村走访调研; 近年来,
    阿卜迪麦麦提·奥布力一心带领村民增收致富 (base: no person at all — a name of parts joined by · was read only
    after a post, or before one).  走进天山·天池 and two places joined by · stay no person."""
    doc = extract_text("履职记\n近年来,阿卜迪麦麦提·奥布力一心带领村民增收致富。2月26日,阿卜迪麦麦提·奥布力在墨玉县托胡拉乡"
                       "布古其村走访调研。")
    assert "阿卜迪麦麦提·奥布力" in _persons(doc), _persons(doc)
    doc = extract_text("新疆旅游\n游客们说,走进天山·天池景区。7月1日,阿勒泰·布尔津迎来旅游旺季。")
    assert not _persons(doc), _persons(doc)


def test_a_place_opening_quoted_words_said_is_the_figures_subject():
    """02-tiemenguan-nongye: “二十二团种植小麦3.42万亩,平均亩产620公斤,产量创新高。”二十二团…副主任王宜娟说 (base: both
    figures given to 铁门关市 — a place with no code opening a quote was read as a word of a campaign's
    quoted name, “南粤春暖”线上招聘; a quote holding a clause mark is words said)."""
    doc = extract_text("兵团二师铁门关市农业丰收\n新疆生产建设兵团二师铁门关市小麦丰收。“二十二团种植小麦3.42万亩,"
                       "平均亩产620公斤。”王宜娟说。")
    subjects = {(doc.entities[m.subject].name, m.indicator) for m in doc.metrics}
    assert ("二十二团", "平均亩产") in subjects, subjects


def test_a_normal_college_names_no_division():
    """The one-division reading of a bare regiment (02-tiemenguan-nongye) counts the divisions a document
    writes: 新疆第一师范学院 names none (its 一师 is no 第一师阿拉尔市), so 二师铁门关市's 三十四团 is still
    read."""
    doc = extract_text("兵团二师铁门关市开展支教\n新疆第一师范学院学生到新疆生产建设兵团二师铁门关市支教。三十四团学校迎来新教师。")
    assert ("三十四团", "铁门关市") in relation_pairs(doc, "partOf"), relation_pairs(doc, "partOf")
