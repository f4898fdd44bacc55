"""Round 64 (west64): ordinary county, banner and township news of 内蒙古, 新疆 (兵团 too), 西藏, 青海 and 宁夏
(/tmp/s26/fresh/west64: 苏尼特左旗 巡边, 鄂温克旗 苏木调研, 墨玉县 北京援疆, 和田地委 调研, 海原县 项目, 一师四团,
安多县 色务乡, 东乌旗人大 考察).  Fixes: a Mongolian name opened by 孟和 after a post (孟和巴图: 和 is no
syllable); a Tibetan name ended by 准备 (贡曲桑珠准备前往…); 党政军 (jieba nt) no organisation; a branch
of an academy named by its short name and a place (中科院新疆分院); a count of households written against a
count of people takes the noun after the pair, not the clause before's measure (完成134户618人脱贫); a place
in the frame of help 在…的对口支援下 gives the help and is no subject of the figures after it; 福 a family name
right after a post (副旗长福青); a project's progress phrase (正如火如荼) ends the noun after a figure; a subheading set between blank lines
after a finished paragraph (朝阳区投入50万助力林下养殖扶贫) runs into no prose under it."""
from __future__ import annotations

from conftest import extract_text, held_posts

from kg.model import Doc
from kg.stages.layout import split_articles


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple]:
    return {(doc.entities[m.subject].name if m.subject in doc.entities else None, m.indicator, m.value, m.unit)
            for m in doc.metrics}


def test_a_mongolian_name_opened_by_menghe_after_a_post():
    """11 (正蓝旗人大): 旗人大常委会选联委主任孟和巴图,旗人大常委会农牧委主任乌云毕力格陪同考察 (base: no person
    孟和巴图, only 乌云毕力格)."""
    doc = extract_text("东乌旗人大代表来我旗考察\n9月22日,锡林郭勒盟东乌珠穆沁旗人大代表来我旗考察。旗人大常委会选联委主任"
                       "孟和巴图,旗人大常委会农牧委主任乌云毕力格陪同考察。")
    assert "孟和巴图" in _names(doc, "Person"), _names(doc, "Person")
    assert any(p[0] == "孟和巴图" and p[2] == "主任" for p in held_posts(doc)), held_posts(doc)
    # a Han name opened by the same two characters stays whole
    han = extract_text("县政府常务会议\n3月2日,县长孟和平主持召开县政府常务会议。")
    assert "孟和平" in _names(han, "Person"), _names(han, "Person")


def test_a_tibetan_name_ended_by_a_verb_of_intent():
    """10 (西藏日报, 安多县色务乡): 乡党委书记贡曲桑珠准备前往山南市的森布日生态搬迁安置点看望搬迁群众 (base: no
    person 贡曲桑珠: 准备 ended no name)."""
    doc = extract_text("色务,不再遥远\n就在记者来采访的前一天,色务乡党委书记贡曲桑珠准备前往山南市的森布日生态搬迁安置点"
                       "看望搬迁群众,车子坏在了半路。")
    assert "贡曲桑珠" in _names(doc, "Person"), _names(doc, "Person")


def test_party_government_army_is_no_organisation():
    """02 (苏尼特左旗): 调研督导党政军警民合力强边固防 (base: an Organization 党政军, jieba's nt)."""
    doc = extract_text("王永军深入边境一线巡边\n3月28日,旗委书记王永军深入赛罕高毕苏木调研督导党政军警民合力强边固防工作,"
                       "要求形成党政军警民强大合力。")
    assert "党政军" not in _names(doc, "Organization"), _names(doc, "Organization")
    assert "王永军" in _names(doc, "Person")


def test_an_academy_branch_named_by_its_short_name_and_a_place():
    """07 (和田地委 调研): 村第一书记、中科院新疆分院驻阿依玛克村工作队队长吴卫华 (base: 中国科学院 and an
    agency 新疆维吾尔自治区分院驻阿依玛克村工作队; the branch is one organisation of the academy)."""
    doc = extract_text("和田地委领导调研阿依玛克村\n中科院新疆分院驻阿依玛克村工作队队长吴卫华介绍了两个厂子建设情况。")
    orgs = _names(doc, "Organization")
    assert "中科院新疆分院" in orgs, orgs
    assert not any(n.startswith("新疆维吾尔自治区分院") for n in _names(doc, "Agency")), _names(doc, "Agency")
    pairs = {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
             if r.predicate == "subOrganizationOf"}
    assert ("中科院新疆分院", "中国科学院") in pairs, pairs


def test_households_written_against_people_take_the_noun_after_the_pair():
    """06 (新京报, 墨玉县胡木丹村): 全村农牧民人均收入7812.01元,完成134户618人脱贫 (base: 134户 read as
    农牧民人均收入, the measure of the clause before)."""
    doc = extract_text("胡木丹村脱贫摘帽\n胡木丹村村集体收入达到18万元,全村农牧民人均收入7812.01元,完成134户618人脱贫,"
                       "贫困发生率降至2.18%。")
    got = {(i, v, u) for _s, i, v, u in _metrics(doc)}
    assert ("脱贫", 134, "户") in got, got
    assert ("农牧民人均收入", 134, "户") not in got, got
    assert ("农牧民人均收入", 7812.01, "元") in got, got


def test_a_place_in_the_frame_of_help_is_no_subject():
    """06 (新京报, 墨玉县胡木丹村): 在北京市及北京市朝阳区的对口支援下,胡木丹村…村集体收入达到18万元 (base: the
    figures 朝阳区's, the giver of the aid)."""
    doc = extract_text("墨玉县胡木丹村\n近年来,在北京市及北京市朝阳区的对口支援下,胡木丹村全面实现了“两不愁、三保障”,"
                       "村集体收入达到18万元,完成134户618人脱贫。")
    subjects = {s for s, _i, _v, _u in _metrics(doc)}
    assert "朝阳区" not in subjects, _metrics(doc)
    assert ("胡木丹村", "村集体收入", 180000, "元") in _metrics(doc), _metrics(doc)
    # without the frame the district that leads the clause stays the subject
    plain = extract_text("朝阳区经济\n今年以来,北京市朝阳区地区生产总值达到500亿元。")
    assert ("朝阳区", "地区生产总值", 50000000000, "元") in _metrics(plain), _metrics(plain)


def test_a_deputy_banner_head_named_fu():
    """04 (鄂温克族自治旗): 旗委副书记、旗长敖慧然,旗政府副旗长福青一行先后赴…调研 (base: no person 福青, 福 no
    family name); 福 opens a name only right after a post (县长福利院检查: none)."""
    doc = extract_text("敖慧然深入苏木乡镇调研\n4月16日—17日,旗委副书记、旗长敖慧然,旗政府副旗长福青一行先后赴巴彦塔拉达斡尔"
                       "民族乡、锡尼河西苏木调研禁牧休牧工作。")
    assert ("福青", "鄂温克族自治旗", "副旗长", None) in held_posts(doc), held_posts(doc)
    assert not _names(extract_text("养老服务\n县长福利院检查工作。"), "Person")


def test_a_project_s_progress_phrase_is_no_part_of_the_noun():
    """08 (宁夏日报, 海原县): 总投资4.6亿元的华润100兆瓦光伏发电项目正如火如荼建设中 (base: an indicator
    光伏发电项目正如火如荼建设中 of 100兆瓦); the phrase ends the noun as 正在 does."""
    doc = extract_text("海原县项目建设开门红\n连日来,在海原县关桥乡瓦窑河村的山上,占地2700亩、总投资4.6亿元的华润100兆瓦光伏"
                       "发电项目正如火如荼建设中。全县120个项目正紧锣密鼓推进。")
    got = {(i, v, u) for _s, i, v, u in _metrics(doc)}
    assert not any("如火如荼" in i or "紧锣密鼓" in i for i, _v, _u in got), got
    assert ("总投资", 460000000, "元") in got and ("项目", 120, "个") in got, got


def _paras(text: str) -> list[str]:
    return split_articles(Doc(id="t", text=text, source="t.txt"))[0].text.split("\n")


def test_a_subheading_between_paragraphs_is_kept_apart():
    """06 (新京报, 墨玉县): `…第十批援疆干部之一。` ⏎⏎ `朝阳区投入50万助力林下养殖扶贫` ⏎⏎ `付菁文提到的扶贫项目…`
    (base: the heading ran into the prose, its figure's indicator 助力林下养殖扶贫付菁文提)."""
    text = ("北京援疆干部在墨玉\n\n今年刚满30岁的付菁文便是第十批援疆干部之一。\n\n朝阳区投入50万助力林下养殖扶贫\n\n"
            "付菁文提到的扶贫项目就是北京援建的金鸡养殖园林下养殖项目,该项目地处墨玉县。\n")
    assert "朝阳区投入50万助力林下养殖扶贫" in _paras(text), _paras(text)
    # a sentence a column broke before its figure still runs on (test_layout9's case)
    broken = "今年以来，全市经济运行总体平稳。\n\n全市新增就业岗位\n\n1.5万个，城镇登记失业率控制在4%以内。\n"
    assert "全市新增就业岗位1.5万个，城镇登记失业率控制在4%以内。" in _paras(broken), _paras(broken)
