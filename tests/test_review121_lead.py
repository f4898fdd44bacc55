"""The lead's review (round 121): sizes listed before one kind, from round 119's water bulletins.

base = 36f22e33 (round 119 merged).
- metrics: one-character sizes joined by 、 before one kind word closed by 型 (大、中型水库总蓄水量125.6亿立方米,
  大、中、小型水库368座, 大、中小型企业) are one modifier of the noun (`metrics._size_list_start`,
  `metrics.size_list_chars`), as levels are (省、市重点项目). Base: the last size alone (中型水库总蓄水量, 小型水库).
- registry: a two-character name whose given name and the 为 of the post make a short company alias (任命李华为县教育
  体育局副局长: 华为) is no company after a verb of naming (`copula_naming_verbs`) or where the name opens the clause and a
  level of government follows; a company's unit never opens with one (`enterprise_unit_not_first`). Base: Organization
  华为县教育体育局 under 华为技术有限公司, no person 李华, no post.
"""
from conftest import body_names, extract_text, post_triples


def _indicators(text):
    doc = extract_text("工作动态\n" + text + "\n")
    return {(m.value, m.unit): m.indicator for m in doc.metrics}


def test_sizes_listed_before_one_kind_are_one_modifier():
    ms = _indicators("2023年末，全省大、中型水库总蓄水量125.6亿立方米。")
    assert ms[(12560000000, "立方米")] == "大、中型水库总蓄水量", ms
    ms = _indicators("全市共有大、中、小型水库368座，大、中小型企业1200家。")
    assert ms[(368, "座")] == "大、中、小型水库", ms
    assert ms[(1200, "家")] == "大、中小型企业", ms


def test_a_list_of_things_after_a_size_word_stays_a_list():
    """Guards (pass on the base): no 型 after the sizes, or items that are no sizes, keep the list's cut."""
    ms = _indicators("全年新建学校、中型水库12座。")
    assert ms[(12, "座")] == "中型水库", ms
    ms = _indicators("企业规模大、中小企业数量多，全市共有企业1200家。")
    assert ms[(1200, "家")] == "企业", ms


def test_a_given_name_and_the_wei_of_the_post_are_no_company():
    doc = extract_text("任命李华为县教育体育局副局长；免去张强的县水利局局长职务。")
    assert not any("华为" in n for n in body_names(doc)), body_names(doc)
    assert ("李华", "县教育体育局", "副局长") in post_triples(doc), post_triples(doc)
    doc = extract_text("经研究，李华为市教育局副局长。")
    assert not any("华为" in n for n in body_names(doc)), body_names(doc)


def test_the_company_named_in_running_text_stays():
    """Guards (pass on the base): 华为 after a verb or a preposition is the company."""
    assert "华为技术有限公司" in body_names(extract_text("县政府与华为公司签署战略合作协议。"))
    assert "华为技术有限公司" in body_names(extract_text("全市支持华为发展鲲鹏产业。"))
