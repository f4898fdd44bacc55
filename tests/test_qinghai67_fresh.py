"""Round 67 (qinghai67): county, prefecture and township news of 青海 and the Tibetan areas of 甘肃 and
四川 from fresh texts of /tmp/s26/fresh/qinghai67 (玉树州治多县 and 曲麻莱县 herders, 果洛州玛多县 aid
cadres and 久治县, 阿坝州红原县, 甘孜州 villages and 理塘县's yearbook, 海南州, 黄南州河南县, a meeting of
prefecture heads at 甘南州合作市, 海东市 and 海南州).  Fixes: Tibetan names after a post opening with 昂,
昂文, 旦正 (州林草局局长昂江多杰, 村委会主任昂文加, 县长旦正加); 图丹 (Thubten) of a name no place; a count of
households after a count of villages no second count of villages; kinds of lake jieba tags ns (咸水湖,
堰塞湖) no places; a paired-aid donor (上海援青资金) not where its programme is done; a road named by its
ends starting after 修建/兴建 (成都至阿坝公路); a national word after a place's copula (海南州是我国…实验区)
no scope of its figures; the first of two bare townships joined by 和 (索加和扎河两乡); a closed aside
leaving the next part a sibling (小学32所(含…),初中3所); a clause going on about the local scope its
sentence opened with (全村共有牧户126户,牲畜存栏…); 州X局 in a county's story its prefecture's, and 州
never a county-level city (马尔康市's 州委 is 阿坝州委); 合作社模式 no organisation."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _rels(doc, predicate: str) -> set[tuple[str, str]]:
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name) for r in doc.relations
            if r.predicate == predicate and r.subject in ents and r.object in ents}


def test_a_tibetan_name_opening_with_ang_after_a_post():
    """11-qumalai-guanhu (人民日报海外版, 玉树州): 州林草局局长昂江多杰 (base: no person, 昂 no syllable of
    Tibetan names)."""
    doc = extract_text("玉树州种草造林\n在玉树的北山,州林草局局长昂江多杰带领一行人在山崖间察看造林地块。")
    assert "昂江多杰" in _names(doc, "Person"), _names(doc, "Person")
    assert ("昂江多杰", "玉树藏族自治州林业和草原局") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")
    other = extract_text("虫草价格\n县长扎西次仁说,今年虫草价格昂贵,牧民收入增加。")
    assert not any("昂" in n for n in _names(other, "Person")), _names(other, "Person")


def test_thubten_of_a_name_is_no_place():
    """11-qumalai-guanhu: 生态管护员图丹东珠和格江像往常一样 (base: a Place 图丹, which jieba tags ns)."""
    doc = extract_text("三江源生态管护\n春季,生态管护员图丹东珠和格江像往常一样,在代曲村纳宗山下巡逻。")
    assert "图丹" not in _names(doc, "Place"), _names(doc, "Place")


def test_households_after_villages_are_no_count_of_villages():
    """04-ganzi-xiangcun (甘孜州丹巴县): 全镇共有17个行政村,共有1818户,常住人口6473人 (base: 1818户 under the
    indicator 行政村)."""
    doc = extract_text("墨尔多山镇概况\n墨尔多山镇位于丹巴县城东北部。全镇共有17个行政村,共有1818户,常住人口6473人。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("行政村", 17) in got and ("常住人口", 6473) in got, got
    assert ("行政村", 1818) not in got, got
    same = extract_text("企业发展\n今年净增高新技术企业16家,达到21家。")
    assert ("高新技术企业", 21) in {(m.indicator, m.value) for m in same.metrics}


def test_kinds_of_lake_are_no_places():
    """10-hainan-60 (新华社, 海南州): 因地处我国最大的内陆咸水湖——青海湖南部而得名 (base: a Place 咸水湖)."""
    doc = extract_text("海南州成立60周年\n海南藏族自治州因地处我国最大的内陆咸水湖——青海湖南部而得名,震后形成堰塞湖3处。")
    places = _names(doc, "Place")
    assert "青海湖" in places, places
    assert not {"咸水湖", "堰塞湖"} & places, places


def test_a_paired_aid_donor_is_not_where_its_programme_is_done():
    """02-maduo-yuanqing (果洛州玛多县): 上海援青资金自2022年起投入建设“五小工程”…,在玛多县的四个乡镇实现全覆盖
    (base: 五小工程 implementedIn 上海市, the donor)."""
    doc = extract_text("玛多县五小工程\n上海援青资金自2022年起投入建设“五小工程”(即小食堂、小厕所、小澡堂),"
                       "在玛多县的四个乡镇实现全覆盖。")
    got = _rels(doc, "implementedIn")
    assert ("五小工程", "上海市") not in got, got
    assert ("五小工程", "玛多县") in got, got


def test_a_road_named_by_its_ends_starts_after_a_verb_of_building():
    """03-hongyuan-road (四川日报, 阿坝州红原县): 新中国成立后,筹备修建成都至阿坝公路时 (base: a Programme
    筹备修建成都至阿坝公路, the verbs of building in its name)."""
    doc = extract_text("红原的路\n新中国成立后,筹备修建成都至阿坝公路时,在刷经寺组建了筑路指挥部。")
    progs = _names(doc, "Programme")
    assert "成都至阿坝公路" in progs, progs
    assert not any(p.startswith(("筹备", "修建")) for p in progs), progs


def test_a_national_word_naming_a_place_s_class_is_no_scope_of_its_figures():
    """10-hainan-60 (新华社): 海南州是我国生态畜牧业国家级实验区,…3年累计完成产值20亿元 (base: the figure
    China's, as if 我国 scoped it)."""
    doc = extract_text("海南州成立60周年\n海南州是我国生态畜牧业国家级实验区,自2011年8月启动运行以来,"
                       "实验项目覆盖区初步实现草畜平衡,3年累计完成产值20亿元。")
    got = {(doc.entities[m.subject].name, m.value) for m in doc.metrics if m.subject in doc.entities}
    assert ("海南藏族自治州", 2000000000) in got, got
    nation = extract_text("牦牛产业\n我国是全球最大的牦牛养殖国,全国牦牛存栏1600万头。")
    got = {(nation.entities[m.subject].name, m.value) for m in nation.metrics if m.subject in nation.entities}
    assert ("中国", 16000000) in got, got


def test_the_first_of_two_bare_townships_joined_by_he_before_their_count():
    """01-zhiduo-guanhuyuan (玉树州治多县): 园区试点涉及索加和扎河两乡八个行政村 (base: 扎河乡 only, 索加 before 和
    not read as 索加乡)."""
    doc = extract_text("治多县生态管护\n治多县园区试点涉及索加和扎河两乡八个行政村。")
    places = _names(doc, "Place")
    assert {"索加乡", "扎河乡"} <= places, places


def test_a_closed_aside_leaves_the_next_part_a_sibling():
    """05-litang-yearbook (甘孜州理塘县): 其中小学32所(含小学教学点5所),初中3所(含九年一贯制学校1所) (base: the
    indicator 初中小学, as if the closed aside had left 初中 a part of 小学)."""
    doc = extract_text("理塘县教育\n2020年,全县有学校35所,其中小学32所(含小学教学点5所),初中3所(含九年一贯制学校1所)。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("初中", 3) in got and ("小学", 32) in got, got


def test_ngawang_as_qinghai_writes_it_opens_a_name_after_a_post():
    """A village head of a 海西州 pasture (the shape of 11-qumalai-guanhu's 昂江多杰): 村党支部书记、村委会主任昂文加说
    (base: no person; 文 is no syllable, 昂文 no opener)."""
    doc = extract_text("巴音村禁牧\n村党支部书记、村委会主任昂文加说,今年全村禁牧草场12万亩。县长昂旺出席会议。")
    people = _names(doc, "Person")
    assert {"昂文加", "昂旺"} <= people, people


def test_a_clause_goes_on_about_the_scope_its_sentence_opened_with():
    """A village's figures after 全村 (04-ganzi-xiangcun's 全镇共有17个行政村, 共有1818户 shape): 全村共有牧户126户,
    牲畜存栏2.3万头只 (base: the herd the article's county's, 全村 read for the first clause only); a place
    opening the sentence before 全市 stays its topic (兖州区纳入全市集中开工项目共有18个,总投资157.5亿元)."""
    doc = extract_text("乌兰县牧区工作\n5月10日,技术人员来到乌兰县茶卡镇巴音村。全村共有牧户126户,牲畜存栏2.3万头只。")
    got = {(doc.entities[m.subject].name, m.indicator) for m in doc.metrics if m.subject in doc.entities}
    assert ("巴音村", "牲畜存栏") in got, got
    other = extract_text("兖州区项目\n王庆说,兖州区纳入全市集中开工项目共有18个,总投资157.5亿元,年内计划完成投资62亿元。")
    got = {(other.entities[m.subject].name, m.indicator) for m in other.metrics if m.subject in other.entities}
    assert ("兖州区", "总投资") in got, got


def test_a_prefecture_bureau_written_with_zhou_in_a_county_story():
    """The county news of the Tibetan prefectures (01-zhiduo's 玉树州, 06-gannan's 甘南州): 州长带领州农牧局、
    州生态环境局负责同志深入称多县…调研 in a story titled by 称多县 (base: no agency; 州 counted a level the
    text names only where it wrote a 州 itself); 县长旦正加 (base: no person)."""
    doc = extract_text("称多县调研\n6月3日,州长带领州农牧局、州生态环境局负责同志深入称多县清水河镇扎玛村调研。县长旦正加陪同。")
    agencies = _names(doc, "Agency")
    assert {"玉树藏族自治州农牧局", "玉树藏族自治州生态环境局"} <= agencies, agencies
    assert "旦正加" in _names(doc, "Person"), _names(doc, "Person")
    foreign = extract_text("鄞州区外事\n宁波市鄞州区与美国加州政府代表会谈。")
    assert not any(a.endswith("州政府") for a in _names(foreign, "Agency")), _names(foreign, "Agency")


def test_zhou_never_stands_for_a_county_level_city():
    """A plenum of 马尔康市 (阿坝州; sichuan62's 01-maerkang-plenum shape): 全面落实省委、州委决策部署,紧扣市委…部署
    (base: no 州委 at all, and with a 州 named before it, 州委 read as 马尔康市委 as 市 is in a county-level
    city's story); 州政府副州长 in a story of 香格里拉市 is 迪庆州's."""
    doc = extract_text("马尔康市全会\n中国共产党马尔康市第三届委员会第十次全体会议召开。全会认为,市委坚持以习近平新时代中国特色社会主义思想"
                       "为指导,全面落实省委、州委决策部署,紧扣市委“16611”系统部署。")
    agencies = _names(doc, "Agency")
    assert {"阿坝藏族羌族自治州委", "马尔康市委"} <= agencies, agencies
    other = extract_text("香格里拉市会议\n12日,会议在香格里拉市召开。州委常委、州政府副州长农布央宗致辞。")
    assert "迪庆藏族自治州人民政府" in _names(other, "Agency"), _names(other, "Agency")


def test_a_mode_named_by_a_kind_of_body_is_no_organisation():
    """A 黄南州泽库县 herding story (the shape of 01-zhiduo-guanhuyuan's 生态畜牧业合作社): 拉格日村探索生态畜牧业合作社
    模式 (base: an Organization 宁秀镇拉格日村探索生态畜牧业合作社, the verb and the mode's kind in it)."""
    doc = extract_text("泽库县生态畜牧业\n近年来,泽库县宁秀镇拉格日村探索生态畜牧业合作社模式,全村216户牧户入股。")
    assert not any("合作社" in o for o in _names(doc, "Organization")), _names(doc, "Organization")
    named = extract_text("合作社分红\n泽库县拉格日生态畜牧业专业合作社负责人说,今年分红3600元。")
    assert "泽库县拉格日生态畜牧业专业合作社" in _names(named, "Organization"), _names(named, "Organization")
