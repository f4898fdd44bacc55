"""Round 57 (openinfo57): 政府信息公开工作年度报告 (annual reports on government information
disclosure) of counties, districts and cities, from fresh texts of /tmp/s26/fresh/openinfo57: the
template's outline (…其他需要报告的事项6个部分, 等六项内容) is no figure, the year of cases carried over
(办理2021年结转件4件, 无结转2024年继续办理件) is no time of the figures after it, and the country in the
cited law's title (《中华人民共和国政府信息公开条例》) is not the report's place."""
from __future__ import annotations

from conftest import article_place, extract_text


def _metrics(doc) -> dict[str, tuple]:
    return {m.indicator: (m.value, m.unit, m.period) for m in doc.metrics}


def test_the_report_s_parts_are_no_figure():
    """合江县 / 府谷县 2022 reports: 全文包括总体情况,…,其他需要报告的事项6个部分 and 贵阳市 2021:
    …等六项内容 (base: metrics 部分 6个 and 内容 6项)."""
    doc = extract_text("合江县2022年政府信息公开工作年度报告\n"
                       "本报告根据《中华人民共和国政府信息公开条例》规定编制。全文包括总体情况,主动公开政府信息情况,"
                       "存在的主要问题及改进情况,其他需要报告的事项6个部分。"
                       "2022年,全县累计公开政府信息21597条。本报告包括总体情况、存在的主要问题及改进情况、"
                       "其他需要报告的事项等六项内容。")
    got = _metrics(doc)
    assert "部分" not in got and "内容" not in got, got
    assert got.get("累计公开政府信息", (None,))[0] == 21597, got


def test_a_carried_over_year_is_no_time_of_the_figures_after_it():
    """云县 2022 report: 截至2022年12月31日,云县收到政府信息依申请公开11件…;办理2021年结转件4件;…。
    因政府信息公开申请行政复议数量4件 (base: the appeals and lawsuits read as 2021's)."""
    doc = extract_text("云县人民政府2022年政府信息公开工作年度报告\n"
                       "(二)依申请公开情况。截至2022年12月31日,云县收到政府信息依申请公开11件,办理完毕11件;"
                       "办理2021年结转件4件;办理市人民政府办公室转办件1件。因政府信息公开申请行政复议数量4件,"
                       "提起行政诉讼数量2件。")
    got = _metrics(doc)
    assert got["因政府信息公开申请行政复议数量"][2].startswith("2022"), got
    assert got["提起行政诉讼数量"][2].startswith("2022"), got


def test_a_year_carried_to_is_no_time_of_the_next_sentence():
    """船山区 2023 report: …无结转2024年继续办理件。全年收到因政府信息公开申请引起的行政复议1件
    (base: the appeal read as 2024's)."""
    doc = extract_text("船山区人民政府办公室2023年政府信息公开工作年度报告\n"
                       "(二)依申请公开\n"
                       "2023年,区政府办公室共受理36件政府信息公开申请,其中按期办结36件,按期办结率达100%,"
                       "无结转2024年继续办理件。全年收到因政府信息公开申请引起的行政复议1件(已办结)。")
    got = _metrics(doc)
    assert got["收到因政府信息公开申请引起的行政复议"][2] == "2023", got


def test_the_country_opening_a_law_s_title_is_not_the_report_s_place():
    """府谷县政府办 2022 report, titled 县政府办2022年度政府信息公开工作年度报告, whose lead cites
    《中华人民共和国政府信息公开条例》 (base: article place 中国, every figure China's)."""
    text = ("县政府办2022年度政府信息公开工作年度报告\n"
            "本报告根据《中华人民共和国政府信息公开条例》规定编制。报告电子版通过府谷县人民政府网站全文公开。\n"
            "2022年,府谷县人民政府办公室严格贯彻落实《中华人民共和国政府信息公开条例》,扎实工作。"
            "2022年,收到申请公开21条,办结21条。")
    assert article_place(text) == "府谷县"


def test_a_quoted_medium_s_name_is_no_part_of_what_is_counted():
    """上海市 2022 report: 在上海市人民政府网站、《上海市人民政府公报》主动公开市政府规章13件, and 子长市
    2023: “子长发布”微信公众号发布信息576条 (base: indicators 公报主动公开市政府规章 and
    发布微信公众号发布信息, the quoted name's tail read as what is counted)."""
    doc = extract_text("2022年上海市政府信息公开工作年度报告\n"
                       "2022年,在上海市人民政府网站、《上海市人民政府公报》主动公开市政府规章13件。")
    assert _metrics(doc).get("主动公开市政府规章", (None,))[0] == 13, _metrics(doc)
    doc = extract_text("子长市人民政府2023年度政府信息公开工作报告\n"
                       "2023年度,子长市政府政务新媒体共计两个。“子长发布”微信公众号发布信息576条,"
                       "“子长发布”微博账号发布信息168条。")
    got = _metrics(doc)
    assert got.get("微信公众号发布信息", (None,))[0] == 576 and got.get("微博账号发布信息", (None,))[0] == 168, got


def test_a_government_office_written_short_before_its_counts():
    """佳木斯市向阳区 2023 report: 2023年区政府办主动公开信息158条 … 区政府办共受理政府信息公开申请0件
    (base: the district's government, indicators 办主动公开信息 and 办共受理政府信息公开申请)."""
    doc = extract_text("佳木斯市向阳区人民政府办公室2023年政府信息公开工作年度报告\n"
                       "(一)主动公开政府信息情况\n2023年区政府办主动公开信息158条。\n"
                       "(二)依申请公开情况\n2023年,区政府办共受理政府信息公开申请3件。")
    got = {m.indicator: (m.value, doc.entities[m.subject].name) for m in doc.metrics}
    assert got.get("主动公开信息") == (158, "向阳区人民政府办公室"), got
    assert got.get("受理政府信息公开申请") == (3, "向阳区人民政府办公室"), got


def test_the_report_year_of_a_report_out_the_next_january():
    """府谷县 县政府办2022年度政府信息公开工作年度报告, dated 2023-01-18: (三)政府信息管理 本年度共公开政府信息
    3030条 (base: 2023, the publication's year, for a report on 2022)."""
    doc = extract_text("县政府办2022年度政府信息公开工作年度报告\n"
                       "成文日期 2023-01-18 发布日期 2023-01-18\n"
                       "2022年,府谷县人民政府办公室扎实工作。2022年,收到申请公开21条,办结21条。\n"
                       "(三)政府信息管理\n本年度共公开政府信息3030条,转载新闻1317条。")
    got = _metrics(doc)
    assert got["公开政府信息"][2] == "2022" and got["转载新闻"][2] == "2022", got
