"""Round 57 (congress57): people's congress standing committee news from fresh texts of
/tmp/s26/fresh/congress57 (Chongqing, Guangdong, Hunan 湘西州, Jiangxi 修水县, the NPC): no bare
congress body read after a list of levels (委托区县(自治县)人大常委会), no body named with 有关 in it,
the part the counted bodies take in a task no word of their noun (19家单位牵头办理), a national law cited
short the law cited in full, laws inspected (《A》、《B》执法检查) run by no inspector, a law under
review in its revision draft (修订草案) and a law opening a report's title (《〈…条例〉贯彻实施情况报告
的审议意见》) named as the law, an appointee whose name opens with a weekday (免去周四龙的…职务), and a
province's congress in session (省十三届人大一次会议…) the story of the province, not of a city its
approved regulations name."""
from __future__ import annotations

from conftest import article_place, extract_text, relation_pairs


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _indicators(doc) -> dict[float, str]:
    return {m.value: m.indicator for m in doc.metrics}


def test_congresses_of_a_list_of_levels_are_no_body():
    """重庆日报 2018-04-17: 重庆市人大常委会启动委托区县(自治县)人大常委会执法检查工作; 湘西网 2024-12-31:
    各县市人大常委会负责同志…列席会议 (base: an agency 人大常委会 of its own, running 重庆市义务教育条例)."""
    doc = extract_text("市人大常委会启动委托区县人大常委会执法检查工作\n"
                       "4月16日,重庆市人大常委会启动委托区县(自治县)人大常委会执法检查工作。"
                       "今年,市人大常委会委托丰都、璧山等5个区县(自治县)人大常委会,分别开展了对《重庆市义务教育条例》"
                       "等5件法规的执法检查工作。各县市人大常委会负责同志列席会议。")
    agencies = _names(doc, "Agency")
    assert "人大常委会" not in agencies, agencies
    assert "重庆市人大常委会" in agencies
    lone = extract_text("会议召开\n人大常委会副主任张三出席会议。")
    assert "人大常委会" in _names(lone, "Agency")  # the body written alone stays


def test_the_committees_concerned_are_no_named_body():
    """南方日报 2024-11-28 (广东省十四届人大常委会第十三次会议闭幕): 会议表决通过省人大有关专门委员会关于…
    议案审议结果的报告 (base: an agency 广东省人大有关专门委员会)."""
    doc = extract_text("省十四届人大常委会第十三次会议闭幕\n"
                       "会议表决通过省人大有关专门委员会关于省十四届人大二次会议主席团交付审议的代表提出的议案审议结果的报告。")
    assert not any("有关" in n for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_the_part_taken_in_a_task_ends_the_counted_noun():
    """jshj.org (十四届全国人大二次会议代表建议办理): 交由213家承办单位研究办理 … 交由国家发展改革委等19家
    单位牵头办理,由全国人大财经委等7个专门委员会负责督办; 湘西网: 及10名州人大代表列席会议 (base:
    承办单位研究办理, 单位牵头办理, 专门委员会负责督办, 州人大代表列席会议)."""
    doc = extract_text("代表建议全部办理完毕\n"
                       "代表提出建议9235件,交由213家承办单位研究办理。今年的重点督办建议共20项,"
                       "交由国家发展改革委等19家单位牵头办理,由全国人大财经委等7个专门委员会负责督办。"
                       "州直相关部门负责同志及10名州人大代表列席会议。")
    ind = _indicators(doc)
    assert ind.get(213) == "承办单位" and ind.get(19) == "单位" and ind.get(7) == "专门委员会", ind
    assert ind.get(10) == "州人大代表", ind
    kept = extract_text("会议召开\n全县共有5名项目负责人、3个牵头单位参加。")
    assert _indicators(kept).get(5) == "项目负责人", _indicators(kept)  # the nouns that hold the word stay whole


def test_a_national_law_cited_short_is_the_law_cited_in_full_and_inspected_not_run():
    """修水县 (lvdong.xiushui.net 2009-09-24): 县人大常委会先后开展了《中华人民共和国人民警察法》、《江西省
    动物防疫条例》执法检查 … 检查《人民警察法》贯彻执行情况 (base: a second programme 人民警察法, and
    县人大常委会 runs both laws)."""
    doc = extract_text("县人大常委会开展两部法律法规执法检查\n"
                       "9月9日至17日,县人大常委会先后开展了《中华人民共和国人民警察法》、《江西省动物防疫条例》执法检查。"
                       "县人大常委会副主任匡林滋率执法检查组来到县公安局检查《人民警察法》贯彻执行情况。")
    programmes = _names(doc, "Programme")
    assert "中华人民共和国人民警察法" in programmes and "人民警察法" not in programmes, programmes
    assert not relation_pairs(doc, "runs"), relation_pairs(doc, "runs")


def test_a_revision_draft_and_a_law_opening_a_report_title_name_the_laws():
    """湘西网 2024-12-31: 审议了关于《湘西土家族苗族自治州非物质文化遗产保护条例(修订草案)》…,关于检查
    《〈湘西土家族苗族自治州酉水河保护条例〉贯彻实施情况报告的审议意见》办理落实情况的报告 (base: no
    programme for the draft; 〈…〉贯彻实施情况报告的审议意见 as the programme)."""
    doc = extract_text("湘西州十五届人大常委会举行第二十五次会议\n"
                       "会议审议了关于《湘西土家族苗族自治州非物质文化遗产保护条例(修订草案)》(二次审议稿),关于检查"
                       "《〈湘西土家族苗族自治州酉水河保护条例〉贯彻实施情况报告的审议意见》办理落实情况的报告。")
    programmes = _names(doc, "Programme")
    assert "湘西土家族苗族自治州酉水河保护条例" in programmes, programmes
    assert any(n.startswith("湘西土家族苗族自治州非物质文化遗产保护条例") for n in programmes), programmes
    assert not any("审议意见" in n for n in programmes), programmes


def test_a_name_opening_with_a_weekday_after_a_verb_of_removal():
    """南方日报 2024-11-28: 会议经表决,免去周四龙的广东省人民代表大会常务委员会副秘书长职务 (base: no
    person, 周四 read as Thursday); a weekday with a part of the day after it stays a time (周四晚的讲话)."""
    doc = extract_text("省十四届人大常委会第十三次会议闭幕\n"
                       "会议经表决,免去周四龙的广东省人民代表大会常务委员会副秘书长职务。")
    assert ("周四龙", "广东省人大常委会") in relation_pairs(doc, "holdsPost"), relation_pairs(doc, "holdsPost")
    time = extract_text("县政府召开会议\n副县长周四晚的讲话引起关注。")
    assert not _names(time, "Person"), _names(time, "Person")


def test_a_provincial_congress_session_is_the_province_s_story():
    """南方日报 2017-12-01: 省十三届人大一次会议 明年1月25日在穗召开, whose session approved 《广州市湿地保护规定》、
    《深圳市人民代表大会常务委员会关于修改〈深圳市节约用水条例〉…》… (base: the article's place 深圳市,
    the committee's 55 members counted for it); an official's visit titled 省委书记… stays the city's."""
    text = ("省十三届人大一次会议 明年1月25日在穗召开\n"
            "11月30日下午,省十二届人大常委会第三十七次会议召开第二次全体会议。常委会组成人员55名出席会议。"
            "会议表决通过了《广东省气瓶安全条例》;表决通过了关于批准《广州市湿地保护规定》、"
            "《深圳市人民代表大会常务委员会关于修改〈深圳市节约用水条例〉等三项法规的决定》、"
            "《深圳市扬尘污染防治条例》的决定。")
    assert article_place(text) == "广东省", article_place(text)
    assert article_place("省委书记张三来我市调研\n5月3日,省委书记张三到邯郸市调研。") == "邯郸市"
