"""Round 64 (bank64): banking, credit and financial-regulation news from fresh texts of
/tmp/s26/fresh/bank64 (人民银行 branches' deposit and loan reports in 四川, 甘肃, 浙江义乌; 政银企对接
meetings in 福建三明, 山东台儿庄, 吉林白城, 江西宜春, 山西, 湖北天门; 防范非法集资 campaigns of 绵阳 and
宿松 banks): a loan balance's increase 比年初新增 read as a change (as 比年初增加 is); a paragraph heading
“党派”对接。 whose quoted common noun only qualifies the heading's word, no programme; a provincial
paper's dateline naming itself before the place (甘肃日报兰州讯) giving the story's place; a bank's or a
national organ's unit named by the place it serves (中国人民银行兰州中心支行, 国家金融监督管理总局绵阳监管分局,
工行安庆宿松支行) located in that place, and the place of a story that names no other."""
from __future__ import annotations

from conftest import extract_text, relation_pairs


def _programmes(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Programme"}


def _metrics(doc) -> dict[str, tuple[str, str | None]]:
    """{indicator: (kind, subject's name)} of the document's figures."""
    names = {k: e.name for k, e in doc.entities.items()}
    return {m.indicator: (m.kind, names.get(m.subject, m.subject)) for m in doc.metrics}


def test_an_increase_since_the_year_start_written_xinzeng_is_a_change():
    """10-yiwu-renhang-zhihang (人行义乌市支行): 全市金融机构本外币贷款余额为707.42亿元,同比增长18.75%,
    比年初新增111.71亿元 (base: the increase a level, where 比年初增加 is a change)."""
    doc = extract_text("义乌市贷款稳步增长\n截至12月底,义乌市金融机构本外币贷款余额为707.42亿元,"
                       "同比增长18.75%,比年初新增111.71亿元。")
    got = _metrics(doc)
    assert got["金融机构本外币贷款余额比年初新增"][0] == "change", got
    assert got["金融机构本外币贷款余额"][0] == "level", got
    # 新增 with no comparison before it (新增城镇就业1.2万人) counts new jobs, a level
    doc = extract_text("就业形势稳定\n今年以来,义乌市新增城镇就业1.2万人,贷款余额比年初增加30亿元。")
    got = _metrics(doc)
    assert got["新增城镇就业"][0] == "level", got
    assert got["贷款余额比年初增加"][0] == "change", got


def test_a_quoted_common_noun_heading_a_paragraph_is_no_programme():
    """02-sanming-sanyuan-zhengyinqi (三元区): “党派”对接。… “专场”对接。… “行业”对接。 heading three
    paragraphs (base: programmes 党派, 专场, 行业, the subjects of the paragraphs' credit figures);
    a coined name heading its paragraph (“厕所革命”见实效。) stays a programme."""
    doc = extract_text("三元区深化政银企对接\n近年来,三元区着力在政银企对接上下功夫。\n"
                       "“党派”对接。民建三明市委不定期邀请金融部门开展银企对接活动,三元工行已为企业授信2000万元。\n"
                       "“专场”对接。2020年以来,常态化开展“一月一行一专场”政银企对接会。\n"
                       "“行业”对接。围绕绿色制造,举办金融专场对接会,首批为4家公司授信1.6亿元。\n"
                       "“厕所革命”见实效。全区今年改造农村户厕1200户。")
    got = _programmes(doc)
    assert not {"党派", "专场", "行业"} & got, got
    assert {"一月一行一专场", "厕所革命"} <= got, got


def test_a_paper_named_before_its_dateline_place_gives_the_story_s_place():
    """09-gansu-lanzhou-deposits (甘肃日报): 甘肃日报兰州讯(…)记者从中国人民银行兰州中心支行了解到,至6月末,
    全省金融机构各项存款余额21408亿元 (base: no article place, the province's deposits with no subject)."""
    doc = extract_text("上半年全省存款平稳增长\n甘肃日报兰州讯(新甘肃·甘肃日报记者齐兴福)记者从中国人民银行兰州中心支行"
                       "了解到,至6月末,全省金融机构各项存款余额21408亿元,比年初增加1639亿元。")
    names = {k: e.name for k, e in doc.entities.items()}
    assert names.get(doc.articles[0].place) == "兰州市", doc.articles[0].place
    assert _metrics(doc)["金融机构各项存款余额"][1] == "甘肃省", _metrics(doc)
    doc = extract_text("存款平稳增长\n河北日报讯(记者王某)记者从有关部门了解到,至6月末,金融机构各项存款余额"
                       "21408亿元。")
    assert doc.articles[0].place is None, doc.articles[0].place  # the paper's name alone names no place
    # (dangjian83: a story that speaks as the paper's province, 全省, 省委, is that province's: 河北省)


def test_a_unit_named_by_its_place_is_located_there_and_places_the_story():
    """11-mianyang-jianguanfenju, 12-susong-gonghang-fangfei: 在国家金融监督管理总局绵阳监管分局的统一部署下,
    建设银行绵阳分行…; 工行安庆宿松支行利用辖内2家营业网点 (base: no locatedIn, no article place — the place
    inside a unit's name is no mention of its own)."""
    doc = extract_text("防范非法集资宣传\n在国家金融监督管理总局绵阳监管分局的统一部署下,建设银行绵阳分行开展宣传活动,"
                       "全市网点共发放资料3000余份。")
    located = relation_pairs(doc, "locatedIn")
    assert ("国家金融监督管理总局绵阳监管分局", "绵阳市") in located, located
    assert ("建设银行绵阳分行", "绵阳市") in located, located
    names = {k: e.name for k, e in doc.entities.items()}
    assert names.get(doc.articles[0].place) == "绵阳市", doc.articles[0].place
    doc = extract_text("防范非法集资宣传\n工行安庆宿松支行利用辖内2家营业网点开展宣传。")
    assert ("工行安庆宿松支行", "宿松县") in relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")
    # negatives: 农业农村部办公厅 names no place; the organ's headquarters seated in a city serves it all;
    # a story naming its own county keeps it (人民银行兰州中心支行 only locates the branch)
    doc = extract_text("通知印发\n农业农村部办公厅印发通知,部署秋冬种工作。")
    assert not relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")
    doc = extract_text("关于做好金融服务的通知\n中国人民银行上海总部,各分行、营业管理部,省会城市中心支行:现将有关事项通知如下。")
    assert not relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")  # the organ's headquarters
    doc = extract_text("榆中县金融服务乡村振兴\n记者从中国人民银行兰州中心支行了解到,榆中县涉农贷款余额达45亿元。")
    names = {k: e.name for k, e in doc.entities.items()}
    assert names.get(doc.articles[0].place) == "榆中县", doc.articles[0].place


def test_a_nationwide_kind_of_bank_is_no_national_scope():
    """01-sichuan-chengdu-fenhang (人民银行成都分行): 四川辖内…存款余额增量占比最大的是中资全国性四家大型银行
    (base: the four banks counted as China's, 全国性 read as the national scope); 全国 itself stays one."""
    doc = extract_text("四川存款增长\n截至2月末,四川辖内金融机构本外币各项存款余额达43463.67亿元。"
                       "存款余额增量占比最大的是中资全国性四家大型银行,占717.27亿元。")
    assert _metrics(doc)["大型银行"][1] == "四川省", _metrics(doc)
    doc = extract_text("存款增长\n截至2月末,四川省存款余额达43463亿元,全国存款余额达290万亿元。")
    got = {(m.value, m.subject) for m in doc.metrics}
    assert (2.9e14, "place-iso-CN") in got, got


def test_leiji_after_the_bodies_counted_ends_their_noun():
    """04-taierzhuang-zhengyinqi (台儿庄区): 8家银行机构与我区18家企业累计签署贷款意向金额18.1亿元 (base: the
    firms counted as 企业累计签署贷款意向, the amount's indicator a bare 金额); a noun opening with 累计
    (3个累计项目) keeps it."""
    doc = extract_text("政银企对接大会召开\n会上,8家银行机构与我区18家企业累计签署贷款意向金额18.1亿元,"
                       "3个累计项目已竣工。")
    got = {m.indicator: m.value for m in doc.metrics}
    assert got.get("企业") == 18 and got.get("累计签署贷款意向金额") == 1.81e9, got
    assert got.get("累计项目") == 3, got
