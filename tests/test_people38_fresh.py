"""people38: names without a family name after an appointment verb or in a resignation request
(Tibetan and Mongolian names: 补选公保扎西为…, 接受多杰热旦辞去…), a family name read only after a post
in a request (接受布小林辞去…), a one-character given name that is a particle before the duties of
a division of work (副市长张为分管…), and the credit line of a video report (摄像:才项仁增 撰稿:张娜)
(excerpts of real texts, as published)."""
from __future__ import annotations

from conftest import body_names, extract_text, post_pairs


def _people(doc) -> set[str]:
    return body_names(doc, "Person")


def test_tibetan_names_after_an_appointment_verb_and_in_a_request():
    """青海 政协 (traditional script): 接受多杰熱旦辭去…主席職務請求, 補選公保扎西為…主席 — both names of
    Tibetan syllables with no family name, framed by the request and by the verb and 為 (扎西, a
    place the gazetteer reads inside the name, is no bar)."""
    doc = extract_text(
        "大會通過關於接受多杰熱旦辭去政協第十二屆青海省委員會主席職務請求的決定,補選公保扎西為政協第十二屆"
        "青海省委員會主席,增選馬吉孝、張黎為政協第十二屆青海省委員會副主席。")
    people = _people(doc)
    assert {"多杰热旦", "公保扎西", "马吉孝", "张黎"} <= people, people
    assert ("公保扎西", "青海省政协") in post_pairs(doc), post_pairs(doc)


def test_opener_name_after_appointment_verb():
    """任命洛桑江村为自治区人民政府副主席: a name opened by 洛桑 after 任命, not only after a post."""
    doc = extract_text("西藏自治区人大常委会会议决定任命洛桑江村为自治区人民政府副主席。")
    assert "洛桑江村" in _people(doc), _people(doc)


def test_bu_family_name_in_a_resignation_request():
    """内蒙古: 接受布小林辞去内蒙古自治区主席职务的请求 — 布 is read as a family name only after a post;
    the request frames the name as firmly."""
    doc = extract_text(
        "内蒙古自治区第十三届人民代表大会常务委员会第二十八次会议8月5日决定,接受布小林辞去内蒙古自治区主席职务的请求,"
        "任命王莉霞为内蒙古自治区副主席、代理主席。")
    assert {"布小林", "王莉霞"} <= _people(doc), _people(doc)
    assert ("布小林", "内蒙古自治区人民政府") in post_pairs(doc), post_pairs(doc)
    verb = extract_text("会上,县长宣布辞去县人民政府县长职务的请求已被接受。")  # 宣布辞去: 布 of a verb
    assert not any(n.startswith("布") for n in _people(verb)), _people(verb)


def test_particle_given_name_before_duties_of_a_division_of_work():
    """上海市长、副市长分工: 副市长张为分管市交通委员会… — 为 is the given name, 分管 the duty after it."""
    doc = extract_text("根据分工,副市长张为分管市交通委员会及市道路运输管理局、市机关事务管理局。")
    assert "张为" in _people(doc), _people(doc)


def test_credit_line_of_a_video_report():
    """刚察县新闻中心: 摄像:才项仁增 撰稿:张娜 编辑:秦敏娟 closing the story: three people credited."""
    doc = extract_text(
        "深入哈尔盖镇调研\n"
        "近日,来自山东等地的援青干部高志国、吴建海深入刚察县五个乡镇开展调研,县委办公室负责人陪同调研。\n"
        "摄像:才项仁增 撰稿:张娜 编辑:秦敏娟")
    assert {"才项仁增", "张娜", "秦敏娟"} <= _people(doc), _people(doc)


def test_unit_taken_charge_of_is_no_name():
    """邓州 张楼乡 (scrape): 机关干部包村,村干部包组、包片 — 包 the verb before the unit a cadre takes
    charge of, no person 包村, 包组, 包片."""
    doc = extract_text("该乡成立了秸秆禁烧指挥部,严格责任机制,副乡级领导和机关干部包村,村干部包组、包片,组干部包地块。")
    assert not {"包村", "包组", "包片"} & _people(doc), _people(doc)


def test_name_ends_before_a_preposition():
    """涡河网 利辛: 听取社区书记姜健关于如何抓好中心村建设…的工作汇报 — the name is 姜健, 关于 the preposition."""
    doc = extract_text("走进姜黄美丽乡村,张吉明实地观看了中心村建设状况,听取社区书记姜健关于如何抓好中心村建设和环境整治的工作汇报。")
    people = _people(doc)
    assert "姜健" in people and "姜健关" not in people, people


def test_syllable_name_opening_a_clause_of_holding_a_post():
    """财新 西藏: 此前,旦巴担任西藏自治区政府副主席、党组成员 — a two-syllable Tibetan name with no family
    name opens the clause of the post he held."""
    doc = extract_text("近日,西藏自治区政府网更新显示,藏族高官旦巴已履新西藏党委常委、区政府党组副书记、常务副主席。"
                       "此前,旦巴担任西藏自治区政府副主席、党组成员。")
    assert "旦巴" in _people(doc), _people(doc)
    assert ("旦巴", "西藏自治区人民政府") in post_pairs(doc), post_pairs(doc)
