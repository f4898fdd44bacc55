"""Round 54 (penalty54): administrative penalty decisions of 生态环境 and 应急管理 bureaus (fresh
texts of /tmp/s26/fresh/penalty54: 汨罗, 铜仁, 新乡县, 晋城, 濮阳, 沅陵): the evidence list's counts of
copies and photos (营业执照复印件1份, 现场检查照片9张) are the case file, and the fine's scale a quoted law
sets (处二万元以上二十万元以下的罚款) is a norm — neither is a figure; the fine decided stays."""
from __future__ import annotations

from conftest import extract_text


def _figures(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_evidence_list_counts_are_no_figures():
    """新乡县 豫0721环罚决字〔2024〕5号: 执法人员制作：…现场检查（勘察）笔录1份，现场勘察示意图1份，现场检查照片9张…
    以上证据证明 (base: eleven metrics 营业执照复印件 1 份, 现场检查照片 9 张 …)."""
    doc = extract_text("新乡县龙泉宏宇编织有限公司行政处罚决定书\n"
                       "1.2023年12月22日执法人员制作：新乡市生态环境局现场检查（勘察）笔录1份，现场勘察示意图1份，"
                       "现场检查照片9张，新乡市生态环境局调查询问笔录1份。以上证据证明我局执法人员对你单位现场检查情况。\n"
                       "2.你单位2023年12月22日提供：营业执照复印件1份、法定代表人身份证复印件1份、授权委托书1份。"
                       "以上证据证明你单位法定代表人身份。")
    assert not doc.metrics, _figures(doc)
    # the rule reads an evidence list only: 下达责令限期整改指令书356份 is a year's enforcement
    kept = extract_text("县应急管理局开展安全生产执法检查\n"
                        "今年以来，县应急管理局共检查企业120家，下达责令限期整改指令书356份。")
    assert any(m.value == 356 and m.unit == "份" for m in kept.metrics), _figures(kept)


def test_evidence_documents_named_in_brackets_are_no_figures():
    """沅陵县 (湘怀沅)应急罚〔2025〕执法二中队-9号: 证据2：…《现场检查记录》1份；证据3：现场检查照片3张 (base:
    metrics 现场检查记录 1 份, 现场检查照片 3 张, …询问笔录各 1 份)."""
    doc = extract_text("沅陵鑫久矿业有限公司行政处罚决定书\n"
                       "主要证据有：证据1：沅陵鑫久矿业有限公司的《营业执照》复印件、《采矿许可证》复印件各1份；"
                       "证据2：《现场检查记录》1份；证据3：现场检查照片3张；证据4：员工询问笔录各1份。")
    assert not doc.metrics, _figures(doc)


def test_a_fine_scale_set_by_law_is_no_figure_but_the_fine_decided_is():
    """汨罗 岳环罚决字〔2021〕136号 / 岳汨环罚决字〔2023〕020号 and 晋市环罚〔2025〕25号: the law quoted, 处二万元以上
    二十万元以下的罚款, 处20万元以上100万元以下的罚款, 总投资额百分之一以上百分之五以下的罚款 (base: metrics
    处二万元以上 200000 元, 金额 200000 元, 的罚款 1000000 元, 罚款 5 %); 罚款人民币伍万贰仟壹佰贰拾元 stays."""
    doc = extract_text("汨罗市恒锋新材料有限公司行政处罚决定书\n"
                       "依据《中华人民共和国大气污染防治法》第一百零八条第（一）项：“违反本法规定，由县级以上人民政府"
                       "生态环境主管部门责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令停产整治”。"
                       "依据《建设项目环境保护管理条例》第二十三条第一款“由县级以上环境保护行政主管部门责令限期改正，"
                       "处20万元以上100万元以下的罚款；逾期不改正的，处100万元以上200万元以下的罚款”。"
                       "根据违法情节和危害后果，处建设项目总投资额百分之一以上百分之五以下的罚款。"
                       "对你公司作出如下行政处罚：\n罚款人民币伍万贰仟壹佰贰拾元")
    assert {(m.value, m.unit) for m in doc.metrics} == {(52120, "元")}, _figures(doc)


def test_a_party_s_founding_date_and_a_product_s_date_are_not_the_publication():
    """万州区 渝万州市监处字〔2023〕497号: 当事人：重庆妙帅食品有限公司⏎类型：有限责任公司⏎成立日期：2021年8月20日 and the
    seized goods' label 生产日期：2023年02月06日 (base: article date 2021-08-20, then 2023-02-06)."""
    doc = extract_text("重庆市万州区市场监督管理局行政处罚决定书（重庆妙帅食品有限公司）\n\n"
                       "重庆市万州区市场监督管理局\n行政处罚决定书\n渝万州市监处字〔2023〕497号\n"
                       "当事人：重庆妙帅食品有限公司\n类型：有限责任公司\n成立日期：2021年8月20日\n法定代表人：钟滢\n"
                       "2023年2月17日，本局执法人员依法对重庆妙帅食品有限公司进行现场检查，其食品包装盒外包装已张贴标注有"
                       "“生产日期：2023年02月06日，生产商：阳信华信清真肉类股份有限公司”等信息。")
    dates = {a.date for a in doc.articles}
    assert not dates & {"2021-08-20", "2023-02-06"}, dates


def test_a_date_s_day_and_the_bureau_after_it_are_no_japan():
    """无为市 无市监处罚〔2023〕646号: 于2023年6月20日本局执法人员在…问询室对当事人经营者丁宗仕进行调查询问 (base: a
    Place 日本 read across 20日 and 本局)."""
    doc = extract_text("无为市市场监督管理局行政处罚案件信息公开\n"
                       "为进一步查明事实，于2023年6月20日本局执法人员在无为市市场监督管理局严桥市场监督管理所问询室"
                       "对当事人经营者丁宗仕进行调查询问。")
    assert "日本" not in {e.name for e in doc.entities.values()}


def test_prices_of_goods_per_bottle_box_and_kilogram():
    """无为市 无市监处罚〔2023〕646号 (进价19元/瓶，售价22元/瓶) and 城口县 渝城口市监处字〔2023〕31号 (进货价格：13.6元/kg):
    a price per bottle or kilogram, named by its word (base: 19 元 with the indicator /瓶, 13.6 元 with /kg)."""
    doc = extract_text("无为市市场监督管理局行政处罚案件信息公开\n"
                       "经查明，该批次的洗发露共购进了5瓶。进价19元/瓶，售价22元/瓶。"
                       "散装称重区的风味面制品，进货价格：13.6元/kg，销售价格：15.2元/kg。")
    figures = _figures(doc)
    assert {("进价", 19, "元/瓶"), ("售价", 22, "元/瓶"), ("进货价格", 13.6, "元/kg")} <= figures, figures


def test_the_party_addressed_is_no_word_of_the_indicator():
    """晋城市 晋市环罚〔2025〕25号: 根据…出具的认定意见，你单位铸造高炉容积为635立方米 (base: the indicator 你单位铸造高炉容积)."""
    doc = extract_text("晋城市生态环境局行政处罚决定书\n"
                       "根据山西省冶金设计院有限公司出具的认定意见，你单位铸造高炉容积为635立方米。")
    assert ("铸造高炉容积", 635, "立方米") in _figures(doc), _figures(doc)


def test_the_party_s_address_under_its_particulars_is_read():
    """新乡县 豫0721环罚决字〔2024〕5号 and 濮阳 豫0923环罚决字〔2024〕7号: 统一社会信用代码：…⏎地址：河南省新乡市新乡县七里营镇龙泉村
    (base: the line dropped as a site footer's 地址 field — no 河南省, 七里营镇, 南乐县)."""
    doc = extract_text("行政处罚决定书\n豫0721环罚决字〔2024〕5号\n新乡县龙泉宏宇编织有限公司\n"
                       "统一社会信用代码：914107216999952908\n地址：河南省新乡市新乡县七里营镇龙泉村\n法定代表人：孙世普\n"
                       "一、环境违法事实和证据\n2023年12月22日，执法人员对你单位现场检查。")
    places = {e.name: e.code for e in doc.entities.values() if e.type == "Place"}
    assert places.get("七里营镇") == "410721103" and places.get("河南省") == "410000", places
    other = extract_text("行政处罚决定书\n单位名称：濮阳市东大食品有限公司\n统一社会信用代码：91410923581749967U\n"
                         "地址：南乐县产业集聚区永乐路南侧\n法定代表人：邓运东\n一、环境违法事实和证据\n我局对你单位进行了调查。")
    assert "南乐县" in {e.name for e in other.entities.values()}
