"""Round 94, topic 自然资源 (second pass: 卫片执法, 地质灾害 隐患点, 国土资源 分局): fresh texts from
county and district 自然资源/国土资源 bureaus and provincial news (Yunnan 姚安, Henan 新乡平原示范区,
Ningxia, Zhejiang 武义, Guangdong, Guizhou 铜仁万山), collected with the search tool; the texts do not
ship, each test models its snippet on the real sentence.

What the tests pin down: a street office's 行政主任 is a post of its own, so a roster row
(指挥长：郑洋 谢桥街道办事处行政主任) gives the person and his post in the 办事处; a roster row's
name cell that only jieba's place tag guessed a place (副指挥长：于洋 …分局局长) is the person, and
the guessed place goes — but no cell without a posts' cell after it is read as a name.  A news
flash's outlet (武义新闻网讯) opens no clause a semicolon's next clause goes on about; an agency that
hands things down to a local scope (国土资源部下发我县…770个，总面积…亩) leaves the scope the topic of the
sentence's later clauses.
"""
from conftest import extract_text, figure_table, mentioned, post_triples, surfaces


def test_roster_row_street_office_administrative_head():
    """06-wanshan-yanlian: 指挥长：郑洋 谢桥街道办事处行政主任 — the base knew no post 行政主任 and
    found neither the person nor the post (a plain 主任 after a body 行政 is no cell of the row)."""
    doc = extract_text("三、组织机构\n指挥长：郑洋 谢桥街道办事处行政主任\n")
    assert ("郑洋", "谢桥街道办事处", "行政主任") in post_triples(doc)
    assert "郑洋" in surfaces(doc, "Person")


def test_administrative_head_in_running_text_keeps_body_whole():
    """06-wanshan-yanlian, as running text: 谢桥街道办事处行政主任郑洋 holds 行政主任 in the 办事处."""
    doc = extract_text("会议由谢桥街道办事处行政主任郑洋主持。")
    assert ("郑洋", "谢桥街道办事处", "行政主任") in post_triples(doc)


def test_administrative_service_centre_director_untouched():
    """Negative: 行政服务中心主任 is 主任 of a 行政服务中心, not a 行政主任 (the body keeps 行政)."""
    doc = extract_text("县行政服务中心主任王明出席。")
    posts = post_triples(doc)
    assert not any(p == "行政主任" for _, _, p in posts)
    assert any(person == "王明" and p == "主任" for person, _, p in posts)


def test_roster_row_name_jieba_guessed_as_place():
    """06-wanshan-yanlian: 副指挥长：于洋 铜仁市国土资源局万山分局局长 — the base read 于洋 as a Place
    (jieba's ns tag alone) and found no person nor post; the row's name cell, a family name's shape
    that only the tag guessed a place, is the person, and the guessed place goes."""
    doc = extract_text("三、组织机构\n副指挥长：于洋 铜仁市国土资源局万山分局局长\n")
    assert ("于洋", "铜仁市国土资源局万山分局", "局长") in post_triples(doc)
    assert "于洋" not in mentioned(doc, "Place")
    assert "铜仁市" in mentioned(doc, "Place")


def test_guessed_place_cell_without_post_stays():
    """Negative: with no posts' cell after it (地点：于洋 …分局), the cell is no roster row's name and
    nobody is read there."""
    doc = extract_text("地点：于洋 铜仁市国土资源局万山分局\n")
    assert "于洋" not in mentioned(doc, "Person")
    assert not post_triples(doc)


def test_news_flash_outlet_is_no_subject_after_semicolon():
    """04-wuyi-weipian: 武义新闻网讯 …，截至目前，已交办拆除整改图斑124宗，开展督查3次；已完成拆除整改任务
    97宗 — the base gave the 97宗 after the semicolon to the outlet 武义新闻网 (the clause before "went
    on"); a news flash's outlet reports the figures and opens no clause they are about."""
    table = figure_table("武义县国土资源局全力推进卫片执法整改\n武义新闻网讯 针对卫片执法整改的严峻形势，"
                         "县国土资源局扎实推进整改，截至目前，已交办拆除整改图斑124宗，开展督查3次；"
                         "已完成拆除整改任务97宗，取得了阶段性成果。", "2015-02-06")
    assert table[(97, "宗")][1] == "武义县"
    assert table[(124, "宗")][1] == "武义县"


def test_semicolon_clause_keeps_opening_place():
    """Negative of the above: a place opening the clause before a semicolon still governs the next
    (北京市优良天数比例为77.9%…；PM2.5浓度为31微克/立方米)."""
    table = figure_table("北京市优良天数比例为77.9%，同比上升9.4个百分点；PM2.5浓度为31微克/立方米。", "2023-01-05")
    assert table[(31, "微克/立方米")][1] == "北京市"


def test_allotting_agency_leaves_scope_topic_for_next_clause():
    """04-wuyi-weipian: 国土资源部下发我县2014年度遥感监测图斑770个，总面积4310.87亩 — the base gave the
    770个 to the county (我县 in its clause) but the 总面积 of the next clause to the ministry that handed
    the patches down; an agency, an allotting verb (下发, 下达) and a local scope word make the scope the
    topic the later clauses go on about."""
    table = figure_table("武义县国土局推进卫片执法整改\n国土资源部下发我县2014年度遥感监测图斑770个，"
                         "总面积4310.87亩。", "2015-02-06")
    assert table[(770, "个")][1] == "武义县"
    assert table[(4310.87, "亩")][1] == "武义县"


def test_agency_with_other_verb_before_scope_keeps_agency():
    """Negative: no allotting verb right before the scope word (省财政厅向全县拨付…: 向 between): the
    later clause's figure stays the agency's, as the base read it."""
    text = "武义县国土局推进整改\n省财政厅向全县拨付资金500万元，其中省级资金300万元。"
    table = figure_table(text, "2015-02-06")
    assert table[(3000000, "元")][1] == "浙江省财政厅"
