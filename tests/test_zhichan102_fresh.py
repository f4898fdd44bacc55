"""Round 102 (zhichan102): intellectual property releases — 国家知识产权局 press conferences and annual
figures (发明专利授权, 每万人口高价值发明专利拥有量, PCT, 地理标志), the 全国知识产权局局长会议, provincial and city
知识产权局 / 市场监管局（知识产权局） news (Guangdong, Quanzhou and Fuzhou in Fujian, Nantong in Jiangsu), the
中国（三亚）知识产权保护中心 in Hainan and the Supreme People's Court's IP tribunal (fresh texts of
/tmp/s26/fresh/zhichan102).  Fixes: a body named 中国（地方）+ its kind (中国（三亚）知识产权保护中心,
中国(晋江)知识产权快速维权中心) read as written and placed in the bracket's place; 知识产权办公会议办公室 no
知识产权办 (办公会 is the meeting); a year set apart opening a later sentence of the lead after a reporter's
lead (记者获悉，2021年，…) the period of the paragraphs after it; a name between a people's government and its
head post (仓山区人民政府高晓健副区长) holding that post; a short list of bare kinds before 专利 or 著作权 and a
measure (作品、计算机软件著作权登记量分别达…) sharing them; an example place in a bracketed aside (大省（如江苏省
同比下降7.7%）) owning its own figure; a rank after a scope word (全国首个…) no national scope."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _rels(doc) -> set[tuple[str, str, str]]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name.get(r.subject), r.predicate, name.get(r.object)) for r in doc.relations}


def _metrics(doc) -> set[tuple]:
    name = {k: e.name for k, e in doc.entities.items()}
    return {(name.get(m.subject), m.indicator, m.value, m.unit, m.period) for m in doc.metrics}


def test_a_protection_centre_named_with_its_place_in_brackets():
    """10-sanya-baohuzhongxin: 中国（三亚）知识产权保护中心近日通过国家知识产权局的验收 (five mentions); 04-quanzhou-
    2023-fabuhui: 泉州设立中国(晋江)知识产权快速维权中心 (base: no agency at all, only the places 中国 and 三亚市).
    The centre is named as written and sits in the bracket's place; a company's place in brackets
    (联想（北京）有限公司) and a bracket after anything but 中国 are left as they were."""
    doc = extract_text("保护中心投入运行\n2月10日，中国（三亚）知识产权保护中心通过国家知识产权局的验收。"
                       "泉州设立中国(晋江)知识产权快速维权中心。")
    agencies = _names(doc, "Agency")
    assert {"中国（三亚）知识产权保护中心", "中国(晋江)知识产权快速维权中心"} <= agencies, agencies
    rels = _rels(doc)
    assert ("中国（三亚）知识产权保护中心", "locatedIn", "三亚市") in rels, rels
    assert ("中国(晋江)知识产权快速维权中心", "locatedIn", "晋江市") in rels, rels
    doc = extract_text("公告\n联想（北京）有限公司发布公告。北京大学（青岛）计算社会科学研究院揭牌。")
    assert not any(n.startswith(("中国（", "中国(")) for n in _names(doc, "Agency")), _names(doc, "Agency")
    assert "联想（北京）有限公司" in _names(doc, "Organization"), _names(doc, "Organization")


def test_the_joint_meetings_office_is_no_office_cut_at_ban():
    """02-guangdong-2016-zhuanli: 届时，广东省政府知识产权办公会议办公室和全省各级知识产权职能部门，将组织开展…宣传
    活动 (base: an agency 广东省人民政府知识产权办, cut inside 办公会议, a unit of the government).  A short 办
    before any other word still ends its office (市扶贫办公布名单)."""
    doc = extract_text("宣传周\n届时，广东省政府知识产权办公会议办公室和全省各级知识产权职能部门将组织开展宣传活动。")
    assert not any(n.endswith("知识产权办") for n in _names(doc, "Agency")), _names(doc, "Agency")
    doc = extract_text("名单\n市扶贫办公布名单。")
    assert any(n.startswith("市扶贫") for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_a_year_opening_a_later_sentence_of_the_lead_dates_the_paragraphs_after_it():
    """06-quanguo-juzhang-2022: 近日，2022年全国知识产权局局长会议在北京召开。记者获悉，2021年，我国知识产权发展指标量
    质齐升。 then 创造方面，授权发明专利69.6万件，实用新型312.0万件 … (base: every figure of the paragraphs after
    it had no period).  The meeting's year (2022年全国…会议) dates nothing, and a year inside a sentence of
    the lead (会议指出，2022年是关键之年; 2021年全市完成投资…) sets no period for the paragraphs after it."""
    doc = extract_text("全国知识产权局局长会议召开\n近日，2022年全国知识产权局局长会议在北京召开。记者获悉，2021年，"
                       "我国知识产权发展指标量质齐升。\n创造方面，授权发明专利69.6万件，实用新型312.0万件。\n"
                       "审查方面，发明专利平均审查周期压减至18.5个月。")
    periods = {m[1]: m[4] for m in _metrics(doc)}
    assert periods.get("授权发明专利") == "2021", periods
    assert periods.get("实用新型") == "2021", periods
    assert all(p == "2021" for p in periods.values()), periods
    doc = extract_text("会议\n3月5日，市政府召开全市经济工作会议。会议指出，2022年是关键之年。\n全市完成投资100亿元。")
    assert {m[4] for m in _metrics(doc)} == {None}, _metrics(doc)
    doc = extract_text("会议\n3月5日，市政府召开全市经济工作会议。2021年全市完成投资80亿元。\n全市完成投资100亿元。")
    assert {m[4] for m in _metrics(doc) if m[2] == 10_000_000_000} == {None}, _metrics(doc)


def test_a_name_between_a_government_and_its_head_post_holds_it():
    """11-fuzhou-xuanchuanzhou-2025: 福州市市场监管局何朝晖副局长、仓山区人民政府高晓健副区长共同为知识产权与质量文化公园
    揭牌 and 仓山区人民政府高晓健副区长登台致辞 (base: 何朝晖 held his post, 高晓健 was no person).  The head post
    follows the government's place (区 → 区长, 市 → 市长, 自治区 → 主席); another post after the name
    (市长助理) is no head's."""
    doc = extract_text("揭牌\n开园仪式上，福州市市场监管局何朝晖副局长、仓山区人民政府高晓健副区长共同为公园揭牌。"
                       "广西壮族自治区人民政府李明副主席出席。")
    posts = held_posts(doc)
    assert ("高晓健", "仓山区人民政府", "副区长", None) in posts, posts
    assert ("何朝晖", "福州市市场监督管理局", "副局长", None) in posts, posts
    assert ("李明", "广西壮族自治区人民政府", "副主席", None) in posts, posts
    doc = extract_text("会议\n市政府王明市长助理出席。")
    assert not held_posts(doc), held_posts(doc)


def test_bare_kinds_before_a_right_share_it_and_the_measure():
    """07-guoxinban-2022-fazhan: 作品、计算机软件著作权登记量分别达451.7万件、183.5万件 (base: both figures' indicator
    件).  So 发明、实用新型、外观设计专利授权量.  Items counted of their own (核准注册商标、PCT国际专利申请) take
    nothing from each other."""
    doc = extract_text("登记\n2022年，作品、计算机软件著作权登记量分别达451.7万件、183.5万件。")
    inds = {m[1]: m[2] for m in _metrics(doc)}
    assert inds.get("作品著作权登记量") == 4_517_000, inds
    assert inds.get("计算机软件著作权登记量") == 1_835_000, inds
    doc = extract_text("授权\n2022年，全市发明、实用新型、外观设计专利授权量分别为1200件、3400件、5600件。")
    inds = {m[1] for m in _metrics(doc)}
    assert {"发明专利授权量", "实用新型专利授权量", "外观设计专利授权量"} <= inds, inds
    doc = extract_text("受理\n2022年，核准注册商标、PCT国际专利申请分别为1200件、3400件。")
    assert not any("商标专利" in m[1] or m[1].startswith("核准注册商标专利") for m in _metrics(doc)), _metrics(doc)


def test_an_example_place_in_brackets_owns_its_figure():
    """02-guangdong-2016-zhuanli: 全省专利授权量…仍保持全年同比增长7.40%，明显高于部分专利大省（如江苏省同比下降7.7%，浙江省同比
    下降5.8%）和全国平均水平（同比增长2.00%） (base: 7.7% 广东省's, indicator 如江苏省同比下降, and 浙江省's 5.8% the
    same indicator).  A bracket with no place of its own (比上年提高1.2个百分点) stays the sentence's place's, and
    如期 opening a clause is no example (如期完成投资)."""
    doc = extract_text("专利\n值得一提的是，2016年，广东省专利授权量突破25万件。2016年，全省专利授权量同比增长7.40%，"
                       "明显高于部分专利大省（如江苏省同比下降7.7%，浙江省同比下降5.8%）。")
    subj = {m[2]: (m[0], m[1]) for m in _metrics(doc)}
    assert subj[7.7][0] == "江苏省" and not subj[7.7][1].startswith("如"), subj
    assert subj[5.8][0] == "浙江省" and "江苏" not in subj[5.8][1], subj
    assert subj[7.4][0] == "广东省", subj
    doc = extract_text("测试\n2022年，杭州市GDP增长5%（比上年提高1.2个百分点）。全市如期完成投资100亿元。")
    subj = {m[2]: (m[0], m[1]) for m in _metrics(doc)}
    assert subj[1.2][0] == "杭州市", subj
    assert any(m[1].startswith("如期") for m in _metrics(doc)), _metrics(doc)


def test_a_first_in_the_country_is_no_national_scope():
    """03-quanzhou-2025-fabuhui: 全国首个海外知识产权纠纷应对指导中心泉州分中心…相继落地，联合潮州、景德镇建立全国首个跨省域陶瓷
    地理标志协作保护机制，全年协助企业监测处理8.3万条侵权链接 (base: the links and the 6000万元 recovered 中国's).
    A national figure (全国发明专利授权量) stays the country's."""
    doc = extract_text("泉州专利\n2024年度全市专利授权量达3.79万件。\n全国首个海外知识产权纠纷应对指导中心泉州分中心等平台相继落地，"
                       "联合潮州、景德镇建立全国首个跨省域陶瓷地理标志协作保护机制，全年协助企业监测处理8.3万条侵权链接，挽回损失超6000万元。")
    subj = {m[2]: m[0] for m in _metrics(doc)}
    assert subj[83000] == "泉州市", subj
    assert subj[60_000_000] == "泉州市", subj
    doc = extract_text("测试\n2023年，全国发明专利授权量达92.1万件。")
    assert {m[0] for m in _metrics(doc)} == {"中国"}, _metrics(doc)
