"""Round 99 (guotong99): 国家统计局 national releases — quarterly 国民经济运行情况 (前三季度 2016, 2017,
2021, 2024), 固定资产投资 and 房地产 releases (前三季度 2011, 1-10月 2009), monthly 能源生产 (10月 2020,
11月 2023) and a 城市司 statistician's reading of the CPI (4月 2021), as carried by the bureau and by
papers (fresh texts of /tmp/s26/fresh/guotong99).  Fixes: the bureau's statisticians (国家统计局城市司
首席统计师董莉娟, 投资司高级统计师李皎) no person and no post; a paper's report that opens with the bureau
releasing its data (本报讯 国家统计局发布的最新数据显示,10月,…) and names no place, and a reading whose
title names only a unit of the bureau (国家统计局城市司…解读…CPI), no place: their national figures
had no subject (now 中国)."""
from __future__ import annotations

from conftest import extract_text, post_triples


def _subjects(doc) -> set:
    return {doc.entities[m.subject].name if m.subject in doc.entities else None for m in doc.metrics}


def test_a_statistics_bureaus_statisticians_hold_posts():
    """05-cpi-2021-04-dongli: 国家统计局城市司高级统计师董莉娟进行了解读 (and the reading's common form, 国家统计局
    城市司首席统计师董莉娟解读…; 国家统计局投资司高级统计师李皎认为, from the 2015 房地产 reading) (base: no person,
    no post).  统计 alone after a unit is no post (统计局统计李明 is no statistician's title)."""
    doc = extract_text("解读CPI\n10月14日,国家统计局城市司首席统计师董莉娟解读9月份CPI数据。"
                       "国家统计局投资司高级统计师李皎认为,房地产市场仍处于调整之中。")
    posts = post_triples(doc)
    assert ("董莉娟", "国家统计局城市司", "首席统计师") in posts, posts
    assert ("李皎", "国家统计局投资司", "高级统计师") in posts, posts
    doc = extract_text("调研\n县统计局统计员参加了培训。")
    assert not post_triples(doc), post_triples(doc)


def test_a_bureaus_data_release_in_a_papers_lead_is_the_countrys():
    """09-nengyuan-2020-10: 本报讯 国家统计局发布的最新数据显示,10月,规模以上工业原煤生产由降转增。…10月,
    发电量6094亿千瓦时,同比增长4.6% (base: no subject).  A release that names a province stays the
    province's (国家统计局发布数据显示，山西省…), and a central organ that only visits is no release."""
    doc = extract_text("10月规模以上工业原煤生产由降转增\n本报讯 国家统计局发布的最新数据显示,10月,规模以上工业原煤生产"
                       "由降转增。10月,发电量6094亿千瓦时,同比增长4.6%。")
    assert _subjects(doc) == {"中国"}, _subjects(doc)
    doc = extract_text("原煤生产由降转增\n国家统计局发布的数据显示,10月,山西省原煤产量1.1亿吨,同比增长1.4%。")
    assert _subjects(doc) == {"山西省"}, _subjects(doc)
    doc = extract_text("调研组来我县\n国家统计局调研组一行到我县调研。全县发电量60亿千瓦时,同比增长4.6%。")
    assert "中国" not in _subjects(doc), _subjects(doc)


def test_a_reading_titled_by_a_bureaus_unit_is_the_countrys():
    """05-cpi-2021-04-dongli (title 国家统计局城市司高级统计师董莉娟解读2021年4月份CPI和PPI数据; the 2022 form
    国家统计局城市司首席统计师董莉娟解读2022年9月份CPI和PPI数据): 从同比看,CPI上涨2.8% (base, where the text names
    China nowhere: no subject)."""
    doc = extract_text("国家统计局城市司首席统计师董莉娟解读2022年9月份CPI和PPI数据\n"
                       "9月份,居民消费市场运行总体平稳。从同比看,CPI上涨2.8%,涨幅比上月扩大0.3个百分点。")
    assert _subjects(doc) == {"中国"}, _subjects(doc)
