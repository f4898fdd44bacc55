"""Round 72 (jiangxi72): ordinary news of 江西 counties, districts and townships (吉安 吉水县 and 吉安县,
赣州 南康区, 上饶 广丰区, 九江, 抚州 南城县 and 南丰县, 萍乡 芦溪县 and 上栗县) from fresh texts of
/tmp/s26/fresh/jiangxi72.  Fixes: the former names 九江县 (now 柴桑区) and 星子县 (now 庐山市) are names of
their divisions, so a 2015 story's townships lie in the county; an amount of money run straight into a
noun of things counted with their count next (其中20亿元项目2个) names a size class, no level of 项目; a
village may open the speaker's clause after a closed quotation (…。”郭家村党支部书记张三说); 占股 (shares
held) is no name after a post; a quoted birth cohort (“80后”的付亮亮) is no programme; a scope word after a
verb of entering a list (列入全市重点工业建设项目16个) names whose list it is, no subject of the count; a
count before a size word, an amount and a class noun (8个总投资127亿元项目) counts the class noun, and the amount
is the size word's (总投资); a word jieba tags ns opening an item of a list of projects (、腾达智能制造等8个…项目) is a
trade name, no place; the first half of a correlative (不仅, 不但) opening a clause is no word of the
indicator."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str | None, str, float, str]]:
    return {(doc.entities[m.subject].name if m.subject else None, m.indicator, m.value, m.unit) for m in doc.metrics}


def _part_of(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "partOf"}


def test_former_county_names_of_jiujiang():
    """05-jiujiang-county-water (中国江西网 2015): 在九江县新塘乡前进村…九江县2015年度“农田水利项目县”建设总投资
    1500多万元 (base: no 九江县 at all, 新塘乡 partOf 九江市 and the county's figures the township's)."""
    doc = extract_text("九江县农田水利项目县建设忙\n12月22日,在九江县新塘乡前进村“农田水利项目县”建设工地上,一片繁忙景象。"
                       "九江县2015年度“农田水利项目县”建设总投资1500多万元,项目分布新塘乡、新合镇等乡镇。")
    assert "柴桑区" in _names(doc, "Place"), _names(doc, "Place")
    assert ("新塘乡", "柴桑区") in _part_of(doc), _part_of(doc)
    assert ("柴桑区", "农田水利项目县建设总投资", 15000000, "元") in _metrics(doc), _metrics(doc)
    doc = extract_text("星子县温泉镇举行庐山西海旅游推介活动。")
    assert "庐山市" in _names(doc, "Place"), _names(doc, "Place")


def test_an_amount_run_into_counted_projects_is_their_size_class():
    """03-jian-county-q1 (吉安县): 一季度,全县共签约项目18个,签约金额199.7亿元,其中20亿元项目2个 (base: 项目
    20亿元 as a level, and the 2 projects under the bare 项目).  An amount with no count after its noun stays."""
    doc = extract_text("吉安县项目建设\n一季度,吉安县共签约项目18个,签约金额199.7亿元,其中20亿元项目2个。")
    got = _metrics(doc)
    assert ("吉安县", "20亿元项目", 2, "个") in got, got
    assert not any(v == 2e9 for _s, _i, v, _u in got), got
    doc = extract_text("吉安县项目建设\n今年3月,吉安县一个总投资20亿元项目开工建设。")
    assert any(v == 2e9 for _s, _i, v, _u in _metrics(doc)), _metrics(doc)


def test_a_village_opens_the_speaker_s_clause_after_a_quotation():
    """07-nanfeng-jinxian-village (南丰县市山镇): “…进贤村的明天会越来越好。”…进贤村党支部书记、村委会主任刘春根说
    — in the shape of a speaker named after a closed quotation (base: no village; 进贤 itself stays out, 进 opening
    进村入户)."""
    doc = extract_text("“多亏了村里的这帮年轻人,把我们的难事解决了。”郭家村党支部书记张三说。")
    assert "郭家村" in _names(doc, "Place"), _names(doc, "Place")
    assert "郭家村党支部" in _names(doc, "Agency"), _names(doc, "Agency")
    doc = extract_text("“多亏了这帮年轻人。”新农村建设取得实效。")
    assert not any(n.endswith("村") for n in _names(doc, "Place")), _names(doc, "Place")


def test_shares_held_are_no_name_after_a_post():
    """10-jian-hengjiang-liangjian (吉安县横江镇良枧村): 村委会占股20股…村干部占股35股 (base: a person 占股)."""
    doc = extract_text("良枧村产业基地\n整个合作社共有股份110股。村委会占股20股,由中国人保集团扶持投入12万;"
                       "村干部占股35股,由三名党员干部个人出资;贫困户占股55股。")
    assert "占股" not in _names(doc, "Person"), _names(doc, "Person")


def test_a_quoted_birth_cohort_is_no_programme():
    """04-guangfeng-liyang-yu (上饶 广丰区): “80后”的付亮亮,是村里的种植大户 (base: a programme 80后, and the
    grower's figures its)."""
    doc = extract_text("里洋绵芋乘“网”飞出山旮旯\n  “80后”的付亮亮,是村里的种植大户,早就尝过电商流量的“甜头”。"
                       "2022年,他通过电商渠道把自己的4万斤绵芋销售一空。")
    assert "80后" not in _names(doc, "Programme"), _names(doc, "Programme")
    doc = extract_text("广丰区返乡创业\n“90后”的王小明,大学毕业后回到村里种植绵芋。")
    assert "90后" not in _names(doc, "Programme"), _names(doc, "Programme")


def test_a_scope_after_entering_a_list_is_no_subject():
    """03-jian-county-q1 (吉安县): 一季度,全县26个重点工业项目已开工建设17个;列入全市重点工业建设项目16个,开工复工率
    达到62.5% (base: both the city's, 吉安市)."""
    doc = extract_text("吉安县项目建设提速\n一季度,吉安县26个重点工业项目已开工建设17个,开工率为65%;"
                       "列入全市重点工业建设项目16个,开工复工率达到62.5%。增幅均位居吉安市第一。")
    got = _metrics(doc)
    assert ("吉安县", "列入全市重点工业建设项目", 16, "个") in got, got
    assert ("吉安县", "开工复工率", 62.5, "%") in got, got
    doc = extract_text("吉安市项目建设提速\n一季度,全市26个重点工业项目已开工建设17个,开工率为65%。")
    assert ("吉安市", "开工率", 65, "%") in _metrics(doc), _metrics(doc)


def test_a_count_before_a_sized_class_counts_the_class():
    """03-jian-county-q1 (吉安县): VR智慧屏、伊戈尔磁电、腾达智能制造等8个总投资127亿元项目开工建设 (base: 总投资 8个
    and 项目 127亿元, the two swapped).  A count of a plain noun keeps it (共签约8个投资项目)."""
    doc = extract_text("吉安县项目建设\n一季度,VR智慧屏、伊戈尔磁电等8个总投资127亿元项目开工建设。")
    got = _metrics(doc)
    assert ("吉安县", "项目", 8, "个") in got, got
    assert ("吉安县", "总投资", 12700000000, "元") in got, got
    doc = extract_text("吉安县项目建设\n一季度,吉安县共有32个总投资50亿元的项目集中开工。")
    assert ("吉安县", "项目", 32, "个") in _metrics(doc), _metrics(doc)
    doc = extract_text("吉安县招商\n一季度,吉安县共签约8个投资项目,投资额20亿元。")
    assert ("吉安县", "投资项目", 8, "个") in _metrics(doc), _metrics(doc)


def test_a_trade_name_in_a_list_of_projects_is_no_place():
    """03-jian-county-q1 (吉安县): VR智慧屏、伊戈尔磁电、腾达智能制造等8个总投资127亿元项目开工建设 (base: a place 腾达,
    jieba's ns guess).  A list closed by a count of divisions keeps its places (在南昌、九江等5个市)."""
    doc = extract_text("吉安县项目建设\n一季度,VR智慧屏、伊戈尔磁电、腾达智能制造等8个总投资127亿元项目开工建设。")
    assert "腾达" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("今年,在南昌、九江等5个市开展试点项目。")
    assert {"南昌市", "九江市"} <= _names(doc, "Place"), _names(doc, "Place")


def test_the_first_half_of_a_correlative_is_no_word_of_the_indicator():
    """10-jian-hengjiang-liangjian (吉安县良枧村): 不仅贫困户每年可从中获得2100元的分红,更能带动村级集体经济的发展壮大
    (base: the indicator 不仅贫困户每年可从中获得)."""
    doc = extract_text("良枧村产业基地\n不仅贫困户每年可从中获得2100元的分红,更能带动村级集体经济的发展壮大。")
    assert any(i == "贫困户每年可从中获得" and v == 2100 for _s, i, v, _u in _metrics(doc)), _metrics(doc)
    doc = extract_text("良枧村产业基地\n该村不但实现村集体收入20万元,而且带动农户增收。")
    assert any(i == "村集体收入" and v == 200000 for _s, i, v, _u in _metrics(doc)), _metrics(doc)
