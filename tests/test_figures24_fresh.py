"""Figures in shapes read on fresh city statistics bulletins, county economic news, price releases
and aid news (round 24): the CPI's categories listed before 分别 share 价格 (教育文化和娱乐、交通和
通信、居住价格分别下降…).  Sentences written for these tests in the shape of such texts (figures
illustrative)."""
from __future__ import annotations

from conftest import figure_table


def _metrics(text: str, date: str | None = "2024-10-15"):
    return figure_table(text, date)


def test_price_categories_before_respectively_share_the_price():
    """教育文化和娱乐、交通和通信、居住、生活用品及服务价格分别下降a、b、c、d: the categories of the
    consumer price index hold 和/及 inside their names and share 价格 with the last one; each figure
    is its own category's price change (all four were read as 生活用品及服务价格下降, and 医疗保健
    lost its 价格)."""
    ms = _metrics("9月份，其他七大类价格同比三升四降。其中，教育文化和娱乐、交通和通信、居住、"
                  "生活用品及服务价格分别下降3.0%、2.8%、1.1%、0.6%。")
    assert ms[(3.0, "%")][0] == "教育文化和娱乐价格下降"
    assert ms[(2.8, "%")][0] == "交通和通信价格下降"
    assert ms[(1.1, "%")][0] == "居住价格下降"
    assert ms[(0.6, "%")][0] == "生活用品及服务价格下降"
    ms = _metrics("其中，医疗保健、其他用品和服务、衣着价格分别上涨5.5%、3.6%、2.8%。")
    assert ms[(5.5, "%")][0] == "医疗保健价格上涨"
    assert ms[(3.6, "%")][0] == "其他用品和服务价格上涨"
    assert ms[(2.8, "%")][0] == "衣着价格上涨"
