"""Round 110 (hezhang110): river, lake and forest chief news (河湖长制, 林长制) — 颍州区's 区级总林长会议, 大英县's
林长制 推进会, 青阳县's 林长制 座谈会, 广东's year of 河湖长制 (广州日报), 梧州市's 河长制 figures, 利川市's 河长制
公示牌, 祁东县步云桥镇's 河长 述职, 寿宁县南阳镇's 巡河, 威远县's 县级河长 and 儋州's 巡河 (fresh texts of
/tmp/s27/txt/hezhang110).  Fixes: a bare chief (河长, 林长) written after 、 and another post no longer hides the
person named after it (南阳镇党委书记、河长张建龙); a city's short name that is the stem of a township the
article names in full, of a county of another city, is that town (南阳渔溪段 after 寿宁县南阳镇: no 南阳市); a lead
speaking of 全省 before any place, in a text speaking as no lower division and naming the province, is the
province's story (no 中山市 named once as an example); a national organ that handed out the task (水利部下发的)
makes no national figure of the place's work; 台班 one unit (16.8万台班); a sign after a quoted system is counted
(184块“河长制”公示牌, not 河长制)."""
from __future__ import annotations

from conftest import article_place, extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _posts(doc) -> set[tuple]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subjects(doc) -> dict:
    return {m.indicator: (doc.entities[m.subject].name if m.subject in doc.entities else m.subject)
            for m in doc.metrics}


def test_a_bare_chief_after_another_post_keeps_the_person():
    """08-shouning-nanyang: 寿宁县南阳镇党委书记、河长张建龙带队对南阳渔溪段河流进行巡查; base: no person 张建龙."""
    doc = extract_text("巡河\n近日，寿宁县南阳镇党委书记、河长张建龙带队对河流进行巡查。")
    assert "张建龙" in _names(doc, "Person")
    assert ("张建龙", "南阳镇党委") in _posts(doc)
    doc = extract_text("巡林\n南阳镇镇长、林长李明，副镇长、湖长王强参加巡查。")
    assert {"李明", "王强"} <= _names(doc, "Person")


def test_a_bare_chief_names_no_person_of_its_own():
    """Guards: the bare chief is still no post word (河长制, 各级河长、林长), and no name follows 、河长治理."""
    doc = extract_text("巡河\n各级河长、林长、湖长要履职尽责。市委书记、河长治理工作取得成效。")
    assert not _names(doc, "Person")


def test_a_town_written_short_after_its_full_name_is_no_city():
    """08-shouning-nanyang: 寿宁县南阳镇…对南阳渔溪段河流进行巡查; base: 南阳 read as 南阳市 of Henan."""
    doc = extract_text("巡河\n近日，寿宁县南阳镇党委书记张建龙带队对南阳渔溪段河流进行巡查。")
    assert "南阳市" not in _names(doc, "Place")
    assert "南阳镇" in _names(doc, "Place")


def test_the_city_stays_where_it_is_written_in_full():
    """Guard: the city written in full is the city (寿宁县南阳镇与南阳市…, 南阳客商)."""
    doc = extract_text("合作\n寿宁县南阳镇与南阳市签订协议。南阳客商到访。")
    assert "南阳市" in _names(doc, "Place")


_GUANGDONG = ("广州日报讯 （全媒体记者杜娟、王浩宇 通讯员粤河清）记者从省河长办获悉，2023年，全省各级党委、政府深入实施"
              "河湖长制，聚焦“百县千镇万村高质量发展工程”和绿美广东生态建设，在更高起点上推动河湖生态保护治理工作取得"
              "新进步，展现新气象，广东河湖长制工作连续5年获得国务院督查激励。\n"
              "常态化开展专项行动。全面完成水利部下发的6.5万宗河湖遥感图斑复核，确认的3766宗“四乱”问题已整治销号，"
              "全年累计整治6093宗，清拆违法建筑物202万平方米。\n"
              "全面开展水塘河道清淤。截至2024年1月15日，全省累计清淤2158.89万立方米，出动机械超16.8万台班，人员近24万人次。"
              "中山市推行“小包干”机制，充分调动基层积极性。")


def test_a_lead_speaking_of_the_province_is_the_provinces_story():
    """04-guangdong-hehuzhang: …全省各级党委、政府深入实施河湖长制…广东河湖长制工作… then 中山市推行…; base: the
    article placed in 中山市 (the one city named, once) and its figures 中山市's."""
    assert article_place(_GUANGDONG) == "广东省"


def test_a_city_speaking_after_the_province_keeps_its_story():
    """Guard: 全省 in the lead of a city's story that speaks as 我市 stays the city's."""
    text = ("河湖名单公布\n日前，全省第二批美丽河湖名单公布，全市3条河流入选。"
            "韶关市河长办介绍，韶关市将继续推进河湖长制，广东省水利厅予以肯定。")
    assert article_place(text) == "韶关市"


def test_an_organ_handing_out_the_task_makes_no_national_figure():
    """04-guangdong-hehuzhang: 全面完成水利部下发的6.5万宗河湖遥感图斑复核…全年累计整治6093宗; base: 中国's."""
    subjects = _subjects(extract_text(_GUANGDONG))
    assert subjects.get("河湖遥感图斑复核") == "广东省", subjects
    assert subjects.get("累计整治") == "广东省", subjects


def test_machine_shifts_are_one_unit():
    """04-guangdong-hehuzhang: 出动机械超16.8万台班; base: indicator 班 in 台."""
    got = _metrics(extract_text("清淤\n截至2024年1月15日，全省累计清淤2158.89万立方米，出动机械超16.8万台班，人员近24万人次。"))
    assert ("出动机械", 168000, "台班") in got, got


def test_a_sign_after_a_quoted_system_is_counted():
    """06-lichuan-gongshipai: 184块“河长制”公示牌已全部安装到各养护河道醒目位置; base: indicator 河长制 (and the
    system 河长制 its subject).  A quoted name alone (3393个“健康小屋”，) or before a verb (9个“明星村”上榜) stays."""
    doc = extract_text("河长制\n利川市积极推进“河长制”，184块“河长制”公示牌已全部安装到各养护河道醒目位置。")
    assert ("河长制公示牌", 184, "块") in _metrics(doc)
    assert _subjects(doc).get("河长制公示牌") == "利川市"
    got = _metrics(extract_text("示范\n建成10个“双微”提升点，9个“明星村”上榜，3393个“健康小屋”，服务群众。"))
    assert ("双微提升点", 10, "个") in got and ("明星村", 9, "个") in got, got
