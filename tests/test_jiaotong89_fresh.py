"""Round 89 (jiaotong89): transport news, second pass — 交通运输部 releases on port throughput, road
construction and the 2023 statistics bulletin, its vice-ministers at press conferences, and county and
city 交通运输局 news of 四好农村路 (华安 in Fujian, 蕲春 in Hubei, 鸡泽 in Hebei, 福州) from
/tmp/s26/fresh/jiaotong89.  Fixes: containers counted in TEU (1776万TEU) as in 标箱, not a bare figure
with no indicator; a port named by its city with the verb of its result before the measure
(上海港完成集装箱吞吐量) read as the port's 港口集装箱吞吐量, not 港完成集装箱吞吐量; a Markdown list
item's mark a scraped page keeps (`- 年末农村公路里程…`) no part of the indicator."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[float, tuple[str, str, str | None]]:
    return {m.value: (m.indicator, m.unit, doc.entities[m.subject].name if m.subject in doc.entities else None)
            for m in doc.metrics}


def test_containers_in_teu_are_the_container_unit():
    """02-gangkou-wuyue: 11个国际枢纽海港完成集装箱吞吐量1776万TEU,同比增长5.2% (base: 17760000 in no
    unit with the indicator `TEU`, and its change `TEU同比增长`); the 标箱 line beside it keeps its reading."""
    doc = extract_text("全国港口生产平稳\n5月份,11个国际枢纽海港完成集装箱吞吐量1776万TEU,同比增长5.2%;"
                       "全国港口完成集装箱吞吐量2308万标箱。")
    got = _metrics(doc)
    assert got[17760000][:2] == ("集装箱吞吐量", "标准箱"), got
    assert got[5.2][0] == "集装箱吞吐量同比增长", got
    # (haiyang104: 完成 between the ports and their throughput is no word of it)
    assert got[23080000][:2] == ("港口集装箱吞吐量", "标准箱"), got


def test_a_port_named_by_its_city_with_its_verb_before_the_measure():
    """02-gangkou-wuyue: 上海港完成集装箱吞吐量340.96万标箱,同比下降10% (base: indicator 港完成集装箱吞吐量
    and 港完成集装箱吞吐量同比下降); 深圳港集装箱吞吐量 keeps its 港口集装箱吞吐量, and a port's works that
    are no port measure (上海港完成改造项目3个) do not become the port's."""
    doc = extract_text("港口生产平稳\n5月份,上海港完成集装箱吞吐量340.96万标箱,同比下降10%。"
                       "深圳港集装箱吞吐量2500万标箱。")
    got = _metrics(doc)
    assert got[3409600] == ("港口集装箱吞吐量", "标准箱", "上海市"), got
    assert got[10][0] == "港口集装箱吞吐量同比下降", got
    assert got[25000000][0] == "港口集装箱吞吐量", got
    doc = extract_text("上海港建设加快\n今年上海港完成改造项目3个。")
    assert all(not m.indicator.startswith("港口") for m in doc.metrics), _metrics(doc)


def test_a_markdown_list_mark_is_no_part_of_the_indicator():
    """07-tongji-gongbao: `- 年末农村公路里程459.86万公里。` and `- 全年新开通高铁2776公里` in a scraped page
    of the 2023 bulletin (base: indicators `- 年末农村公路里程`, `- 全年新开通高铁`, and 年末 not read as the
    year's end); a star with a space marks an item as the dash does."""
    doc = extract_text("交通运输部发布统计公报\n2023年我国不断加强交通基础设施建设:\n"
                       "- 年末农村公路里程459.86万公里。\n* 全年新开通高铁2776公里。")
    got = _metrics(doc)
    assert got[4598600][0] == "农村公路里程", got
    assert got[2776][0] == "新开通高铁", got
    assert not any(m.indicator.startswith(("-", "*", " ")) for m in doc.metrics), got
