"""Round 76 (guizhou76): county and township news of 贵州 and 广西 (second pass), from fresh texts of
/tmp/s26/fresh/guizhou76 (经济日报 on 毕节/铜仁 relocation, 晴隆 三宝乡, 余庆 photo story, 环江 中南村,
右江区 mango, 融水 坡会, 三都 60 years, 黔西南 survey).  Fixes: an agency a photo credit names by its
county's short form (环江农业农村局供图); a coined brand's bound morpheme read as a verb (贞丰县宏臻菌业有限公司)
and a name cut inside a word by the scan's length limit (…西|部新城…制衣厂); set phrases of wild land
jieba tags ns (荒山野岭); a photo story whose story paragraph is a credited caption (no figure in its
body); a paragraph opening with the province a story's city lies in (“十四五”时期,贵州…。数据显示,…); a
community written under its street keeps that parent when written alone later (…搬迁到旺家社区); a photo position mark
(村民王秀英(左)) closing a single name after a role noun; an area
before its land and a localizer (2400平方公里的土地上) read as that land's area (土地面积); a count
opening the group of a share (3000多劳动力中有47%在外务工) kept out of its indicator; 利益联结机制 a
kind of mechanism, no programme; a name
after 图为 standing at a position in the photo (图为柳仕鸿(右)) a person."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _subjects(doc) -> dict[float, str]:
    return {m.value: doc.entities[m.subject].name for m in doc.metrics if m.subject in doc.entities}


def test_a_credit_names_an_agency_by_its_county_s_short_form():
    """04-huanjiang-zhongnan (广西环江): 中南村村貌。环江农业农村局供图 (base: no agency; 环江 is read short only
    with its article's 环江毛南族自治县)."""
    doc = extract_text("中南村入选全国美丽休闲乡村\n环江毛南族自治县下南乡中南村成功上榜。\n中南村村貌。环江农业农村局供图\n"
                       "中南村所辖面积5.988万亩。")
    assert "环江毛南族自治县农业农村局" in _names(doc, "Agency"), _names(doc, "Agency")
    company = extract_text("三都举办赛马节\n三都水族自治县举办赛马节。\n赛马现场。三都宏远文化传媒有限公司供图\n全县接待游客3万人次。")
    orgs = _names(company, "Organization")  # the short forms are read for agencies only: a company keeps its name
    assert not any(n.startswith("三都水族自治县宏远") for n in orgs), orgs


def test_a_coined_brand_s_bound_morpheme_is_no_verb():
    """08-qianxinan-wangmo: 来到…贞丰县宏臻菌业有限公司 (base: 菌业有限公司, 臻 read as a verb)."""
    doc = extract_text("省长调研\n李炳军来到贞丰县宏臻菌业有限公司和贞丰县花椒产业加工集散中心。")
    assert "贞丰县宏臻菌业有限公司" in _names(doc, "Organization"), _names(doc, "Organization")
    verb = extract_text("省长调研\n李炳军来到贞丰县考察花椒产业有限公司。")
    assert "考察花椒产业有限公司" not in _names(verb, "Organization"), _names(verb, "Organization")


def test_a_name_is_not_cut_inside_a_word():
    """03-yuqing-relocation: 在余庆县西部新城易地扶贫搬迁安置点制衣厂内 (base: 部新城…制衣厂, the scan's
    limit stopping inside 西部)."""
    doc = extract_text("搬迁群众就业\n8月27日,在余庆县西部新城易地扶贫搬迁安置点制衣厂内,就业的搬迁群众在工作。")
    assert not any(n.startswith("部新城") for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_wild_land_set_phrases_are_no_places():
    """05-youjiang-mango: “荒山野岭变成了芒果林…”四塘镇农民罗世高说 (base: a Place 荒山野岭)."""
    doc = extract_text("小芒果成了致富果\n“荒山野岭变成了芒果林,村庄变成了景区!”右江区四塘镇农民罗世高说。三都县地处崇山峻岭之间。")
    assert not {"荒山野岭", "崇山峻岭"} & _names(doc, "Place"), _names(doc, "Place")
    assert "四塘镇" in _names(doc, "Place")


def test_a_photo_story_s_credited_paragraph_gives_its_figures():
    """03-yuqing-relocation (新华网 组图): a first photo's caption set as the body, then the story as a
    credited caption (base: none of 10余家, 3000余名, 90%)."""
    doc = extract_text("贵州余庆:搬迁群众实现家门口就业\n"
                       "8月27日,搬迁群众在余庆县东部产城易地扶贫搬迁安置点的苦丁茶育苗基地内搭建遮阳棚。\n"
                       "近年来,贵州省遵义市余庆县引进企业,打造就业“扶贫工厂”10余家,吸纳3000余名易地扶贫搬迁群众"
                       "家门口就业,就业率达90%。 新华社记者 刘续 摄\n")
    got = {(m.value, m.unit) for m in doc.metrics}
    assert {(3000, "名"), (90, "%")} <= got, got
    body = extract_text("余庆县搬迁群众就业\n余庆县吸纳3000余名搬迁群众就业。\n"
                        "搬迁群众在制衣厂工作,全县就业率达90%。 新华社记者 刘续 摄\n")
    assert (90, "%") not in {(m.value, m.unit) for m in body.metrics}  # a body with figures: the caption repeats


def test_a_paragraph_opening_with_the_story_s_province_holds_its_figures():
    """01-bijie-tongren-relocation (经济日报): “十四五”时期,贵州积极构建…。数据显示,搬迁脱贫人口人均纯收入从
    2020年的11228元增加至2024年的16927元 in a story placed in 铜仁市 (base: 铜仁市's)."""
    doc = extract_text("搬迁群众安居乐业\n“十四五”时期,贵州积极构建后续扶持协同联动格局,确保搬迁群众长期稳定脱贫。"
                       "数据显示,搬迁脱贫人口人均纯收入从2020年的11228元增加至2024年的16927元。\n"
                       "记者走进铜仁市万山区丹都街道旺家社区。2019年,她从铜仁市思南县鹦鹉溪镇青中村搬迁到旺家社区。\n")
    subj = _subjects(doc)
    assert subj.get(11228) == "贵州省" and subj.get(16927) == "贵州省", subj
    city = extract_text("搬迁群众安居乐业\n“十四五”时期,贵州积极构建后续扶持协同联动格局。全市搬迁脱贫人口人均纯收入达16927元。\n"
                        "记者走进铜仁市万山区丹都街道旺家社区。\n")
    assert _subjects(city).get(16927) == "铜仁市", _subjects(city)  # 全市: the story's city, as before


def test_a_community_written_under_its_street_keeps_that_parent():
    """01-bijie-tongren-relocation: 铜仁市万山区丹都街道旺家社区…。她从铜仁市思南县鹦鹉溪镇青中村搬迁到旺家社区
    (base: 旺家社区 partOf 思南县 too, the county nearest its second mention)."""
    doc = extract_text("搬迁群众安居乐业\n记者走进铜仁市万山区丹都街道旺家社区。2019年,她从铜仁市思南县鹦鹉溪镇青中村搬迁到旺家社区。")
    parents = {doc.entities[r.object].name for r in doc.relations
               if r.predicate == "partOf" and doc.entities[r.subject].name == "旺家社区"}
    assert parents == {"丹都街道"}, parents
    alone = extract_text("搬迁群众安居乐业\n她从思南县鹦鹉溪镇青中村搬迁到旺家社区。")  # no parent written: the county, as before
    assert any(doc_r.predicate == "partOf" for doc_r in alone.relations
               if alone.entities[doc_r.subject].name == "旺家社区")


def test_a_photo_position_mark_closes_a_villager_s_name():
    """02-qinglong-sanbao (图为柳仕鸿(右)与客商洽谈) and photo stories of the same shape: 图为村民王秀英(左)在查看
    茶叶长势 (base: no person; only a verb of speech or 家/在 closed a single name after a role noun)."""
    doc = extract_text("茶园喜丰收\n今年茶园丰收。\n图为村民王秀英(左)在查看茶叶长势。")
    assert "王秀英" in _names(doc, "Person"), _names(doc, "Person")
    wide = extract_text("芒果丰收\n今年芒果丰收,村民韦德才（右二）向客商介绍芒果品种。")
    assert "韦德才" in _names(wide, "Person"), _names(wide, "Person")
    group = extract_text("村务公开\n村民小组(左)负责公开栏。")
    assert not _names(group, "Person"), _names(group, "Person")


def test_an_area_before_its_land_and_a_localizer_is_that_land_s_area():
    """07-sandu-sixty-years (中新网, 三都水族自治县): 在2400平方公里的土地上,世居着水、苗、布依、侗等26个少数民族
    (base: the indicator 土地上)."""
    doc = extract_text("三都建县60周年\n三都县山清水秀,在2400平方公里的土地上,世居着水、苗、布依、侗等26个少数民族。")
    got = {m.indicator for m in doc.metrics if m.value == 2400}
    assert got == {"土地面积"}, got
    sea = extract_text("海洋保护\n某县5000平方公里的近岸海域得到保护。")
    assert "近岸海域面积" not in {m.indicator for m in sea.metrics}  # no localizer: the noun as before


def test_a_count_opening_a_group_is_no_word_of_its_share():
    """02-qinglong-sanbao (晴隆县三宝乡): 目前三宝乡3000多劳动力中有47%在外务工 (base: the indicator
    三宝乡3000多劳动力在外务工, the count and the place inside the share's group)."""
    doc = extract_text("三宝乡劳务输出\n当地成立人力资源公司组织劳务输出,目前三宝乡3000多劳动力中有47%在外务工。")
    got = {m.indicator for m in doc.metrics if m.value == 47}
    assert got == {"劳动力在外务工"}, got


def test_the_benefit_linkage_mechanism_is_a_kind_not_a_programme():
    """08-qianxinan-wangmo: 强调要坚持农民主体地位,…完善利益联结机制 (base: a Programme 利益联结机制 implemented in
    望谟县); a quoted model before it stays a programme."""
    doc = extract_text("省长调研\n李炳军来到望谟县,强调要坚持农民主体地位,进一步优化组织经营方式,完善利益联结机制。")
    assert "利益联结机制" not in _names(doc, "Programme"), _names(doc, "Programme")
    model = extract_text("某县产业\n该县建立“龙头企业+合作社+农户”利益联结机制。")
    assert _names(model, "Programme"), _names(model, "Programme")


def test_a_name_standing_in_a_photo_is_a_person():
    """02-qinglong-sanbao: 退伍回乡的柳仕鸿创办了彝外婆服饰加工坊,图为柳仕鸿(右)与客商洽谈 (base: no person)."""
    doc = extract_text("搬迁妇女就业\n退伍回乡的柳仕鸿创办了彝外婆服饰加工坊,图为柳仕鸿(右)与客商洽谈。")
    assert "柳仕鸿" in _names(doc, "Person"), _names(doc, "Person")
    pair = extract_text("茶园\n图为张建国(左)、李秀梅(右)在茶园采茶。")
    assert {"张建国", "李秀梅"} <= _names(pair, "Person"), _names(pair, "Person")
    things = extract_text("茶园\n图为茶园(左)和厂房(右)。")
    assert not _names(things, "Person"), _names(things, "Person")
