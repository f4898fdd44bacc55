"""Short forms a text defines in a bracket (以下简称…): later uses name the full name's entity."""
from kg.builder import extract_document
from kg.model import Doc
from kg.stages.short_forms import MAX_PER_ARTICLE


def _run(text):
    res = extract_document(Doc(id="t", text=text, source="t"))
    return res, {e.name: e for e in res.entities.values()}


def test_a_relative_short_form_joins_the_agency_named_in_full():
    text = ("第二条 齐齐哈尔市营商环境建设监督局(以下简称市营商局)是平台的主管部门。"
            "使用单位受市营商局委托开展工作。")
    res, ents = _run(text)
    full = ents["齐齐哈尔市营商环境建设监督局"]
    assert len(full.mentions) == 3 and "市营商局" in full.aliases
    assert not [n for n in ents if n.endswith("营商局")]


def test_a_short_form_no_finder_reads_becomes_a_mention_of_the_full_name():
    text = "日前，烟台市政府采购管理办公室（以下简称“采购办”）发布数据。采购办负责人介绍了有关情况。"
    res, ents = _run(text)
    full = ents["烟台市政府采购管理办公室"]
    assert [text[m.start:m.end] for m in full.mentions] == ["烟台市政府采购管理办公室", "采购办", "采购办"]
    assert {m.rule for m in full.mentions[1:]} == {"short_form.defined"}


def test_a_document_short_title_after_its_number_is_the_document():
    text = ("根据《临江市电子政务管理办法(暂行)》(临政办发〔2018〕23号)(以下简称《管理办法》)，"
            "制定本细则。各单位按《管理办法》执行。")
    res, ents = _run(text)
    assert "管理办法" not in ents
    assert len(ents["临江市电子政务管理办法(暂行)"].mentions) == 3


def test_a_company_short_form_in_quotes():
    text = "7月14日，中国中铁股份有限公司（以下简称“中国中铁”）与恒健控股公司签署协议。中国中铁将参与建设。"
    res, ents = _run(text)
    assert len(ents["中国中铁股份有限公司"].mentions) == 3 and "中国中铁" not in ents


def test_nothing_defined_when_no_name_is_found_before_the_bracket_or_the_short_form_is_a_place():
    text = "为加强电子政务云平台(以下简称云平台)资源管理，制定本细则。云平台由信息中心管理。"
    res, ents = _run(text)
    assert not [m for e in ents.values() for m in e.mentions if m.rule == "short_form.defined"]
    text = "河北雄安新区管理委员会(以下简称雄安新区)召开会议。雄安新区将加快建设。"
    res, ents = _run(text)
    assert "雄安新区" not in {e.name for e in ents.values() if e.type == "Agency"}


def test_definitions_per_article_are_capped_so_a_long_list_stays_linear():
    names = [a + b for a in "甲乙丙丁戊己庚辛壬癸" for b in "光明兴盛"]
    body = "".join(f"临江市{n}协会（以下简称{n}协）成立，{n}协召开会议。" for n in names)
    res, ents = _run(body)
    linked = [n for n in names if f"{n}协" in ents[f"临江市{n}协会"].aliases]
    assert len(names) > MAX_PER_ARTICLE and linked == names[:MAX_PER_ARTICLE]
