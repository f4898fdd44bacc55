"""Round 108 (jigou108): agencies' own profile pages — a city government office's 三定 regulation (内设机构,
人员编制: 市政府办公室机关行政编制79名。其中:主任1名,副主任3名;…正科级领导职数19名), a district office's 内设
机构 (常州钟楼区), 牡丹江市政府办公室简介 (its history, then 办公室机关现有在职工作人员63人,其中主任1人…), 阿坝州's
township offices (漳扎、川主寺、日隆三个旅游建制镇可增设城镇工作办公室) and 金华市自然资源和规划局's office duties
(fresh texts of /tmp/s27/txt/jigou108).  Fixes: a 其中 sentence breaking down a body's staffing is that
body's with no article place too (was no subject, or the page's title agency); a post named as a part of
the staff or posts counted (其中主任1人) is the post itself, no 主任办公室机关现有在职工作人员; a stock held now
(现有, 现设, 现辖) is not dated by the month of a past event in the sentences before it (was 1973-09); 可 and
应 end the noun counted before what the things may or should do (三个旅游建制镇可增设… → 旅游建制镇); a
portal's profile page head (…简介, …机构职能, …领导信息) over a short section heading is the page's title."""
from __future__ import annotations

from conftest import extract_text


def _metrics(doc) -> dict[str, tuple]:
    return {m.indicator: (m.value, m.unit, doc.entities[m.subject].name if m.subject in doc.entities else None,
                          m.period) for m in doc.metrics}


def test_a_staffing_breakdown_is_the_bodys_with_no_article_place():
    """01-shizhengfu-bangongshi-bianzhi: 市政府办公室机关行政编制79名。其中:主任1名,副主任3名;…;正科级领导职数19名,
    副科级领导职数9名 (base: 主任, 副主任 of no subject; the 职数 of the page's first heading's office)."""
    doc = extract_text("四、人员编制\n市政府办公室机关行政编制79名。其中:主任1名,副主任3名;机关党委专职副书记1名;"
                       "正科级领导职数19名,副科级领导职数9名。")
    got = _metrics(doc)
    assert got["机关行政编制"][2] == "市人民政府办公室", got
    assert got["主任"][:3] == (1, "名", "市人民政府办公室"), got
    assert got["副主任"][:3] == (3, "名", "市人民政府办公室"), got
    assert got["正科级领导职数"][:3] == (19, "名", "市人民政府办公室"), got


def test_a_post_among_the_staff_counted_is_the_post():
    """05-mudanjiang-bangongshi-jianjie: 办公室机关现有在职工作人员63人,其中主任1人,副主任4人,…,科长20人 (base:
    主任办公室机关现有在职工作人员, 副主任办公室机关现有在职工作人员); the same under 行政编制 (其中局长1名)."""
    doc = extract_text("基本情况\n办公室机关现有在职工作人员63人,其中主任1人,副主任4人,科长20人。")
    got = _metrics(doc)
    assert got.get("主任", (None,))[0] == 1, got
    assert got.get("副主任", (None,))[0] == 4, got
    assert not any(k.startswith(("主任办公室", "副主任办公室")) for k in got), got
    doc = extract_text("简介\n1998年5月，经省政府批准，组建县林业局。县林业局现设股室6个，现有干部职工45人，其中局长1人，副局长3人。")
    got = _metrics(doc)
    assert got.get("局长", (None,))[0] == 1 and got.get("副局长", (None,))[0] == 3, got


def test_a_class_of_a_whole_still_names_the_whole():
    """Guard: a class word that is no post keeps the whole's noun (全县共有农业产业化龙头企业48家，其中国家级2家),
    and a body's members in a post stay the post (委员5人，其中主任1人)."""
    got = _metrics(extract_text("产业\n全县共有农业产业化龙头企业48家，其中国家级2家、省级15家。"))
    assert "国家级农业产业化龙头企业" in got, got
    got = _metrics(extract_text("换届\n选举产生新一届社区居委会委员5人，其中主任1人。"))
    assert "主任" in got, got


def test_a_stock_held_now_is_not_dated_by_a_past_month():
    """05-mudanjiang-bangongshi-jianjie: 1973年9月,根据上级指示精神,设立…办公室。…办公室机关现有在职工作人员63人 (base:
    period 1973-09 for every staffing figure); 现设 and 现辖 say the same of offices and villages."""
    got = _metrics(extract_text("简介\n1973年9月,根据上级指示精神,设立市革委办公室。市政府办公室是市政府的办事机构。"
                                "办公室机关现有在职工作人员63人。"))
    assert got["办公室机关现有在职工作人员"][3] is None, got
    got = _metrics(extract_text("简介\n1998年5月，经省政府批准，组建县林业局。县林业局现设股室6个。"))
    assert got["现设股室"][3] is None, got


def test_a_communiques_year_still_frames_a_stock_held_now():
    """Guard (nongye82): a bare year opening its sentence frames the paragraph, which a later 现有 still
    speaks of (2014年，全县…。全县现有卫生机构45个: 2014)."""
    got = _metrics(extract_text("卫生\n2014年，全县卫生事业稳步发展。全县现有卫生机构45个。"))
    assert got["现有卫生机构"][3] == "2014", got


def test_may_and_should_end_the_noun_counted():
    """06-aba-xiangzhen-jigou: 县政府驻地镇及漳扎、川主寺、日隆三个旅游建制镇可增设城镇工作办公室 (base: indicator
    旅游建制镇可增设城镇工作办公室); 5个中心镇应设立… (base: 中心镇应)."""
    got = _metrics(extract_text("机构设置\n县政府驻地镇及漳扎、川主寺、日隆三个旅游建制镇可增设城镇工作办公室。"))
    assert got.get("旅游建制镇", (None,))[0] == 3, got
    got = _metrics(extract_text("机构设置\n全县5个中心镇应设立便民服务中心。"))
    assert got.get("中心镇", (None,))[0] == 5, got


def test_a_modal_inside_a_word_stays_in_the_noun():
    """Guard: 可 and 应 of a word (不可移动文物, 应急预案, 供应站) or of a noun's term (项目可研报告, devset 06's
    除5个标段可采区外) are no modal verb."""
    for text, noun in (("全县有5个不可移动文物保护单位。", "不可移动文物保护单位"), ("制定3个应急预案。", "应急预案"),
                       ("建成2个供应站。", "供应站"), ("完成3个项目可研报告。", "项目可研报告"),
                       ("除5个标段可采区外，其余河段均为禁采区。", "标段可采区")):
        got = _metrics(extract_text("测试\n" + text))
        assert any(k.startswith(noun) for k in got), (text, got)


def test_a_profile_pages_head_over_a_section_heading_is_its_title():
    """05-mudanjiang-bangongshi-jianjie: 牡丹江市政府办公室简介 ⏎ 办公室基本情况 ⏎ … (base: no title); a leaders'
    page (…领导信息 ⏎ 局长 ⏎ 王某某) alike."""
    doc = extract_text("牡丹江市政府办公室简介\n办公室基本情况\n牡丹江市人民政府办公室是市政府的办事机构。")
    assert doc.articles[0].title == "牡丹江市政府办公室简介", doc.articles[0].title
    doc = extract_text("县统计局机构职能\n基本情况\n县统计局是县政府工作部门。")
    assert doc.articles[0].title == "县统计局机构职能", doc.articles[0].title


def test_a_short_first_line_of_no_page_head_is_not_made_a_title():
    """Guard: two short lines that are no profile page's head stay as they were read (一、主要职责 ⏎ 基本情况)."""
    doc = extract_text("一、主要职责\n基本情况\n县统计局是县政府工作部门。")
    assert doc.articles[0].title != "一、主要职责", doc.articles[0].title
