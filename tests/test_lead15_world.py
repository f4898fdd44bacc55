"""Foreign-affairs text (lead15): kinds of state and slogans jieba's dictionary tags as places
(贵国, 东道国, 列国, 第三国, 中立国, 保家卫国) are no places; 中非 and 中欧 are China–Africa and
China–Europe (中非合作, 中欧班列), while 中非共和国 stays the country; a body's members written as one
word with it (安理会常任理事国, 欧盟成员国) name the body, not an organisation of that name."""
from __future__ import annotations

from conftest import text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("gazetteer", "registry", "numbers", "entities", "resolve"))


def _names(doc, typ):
    return {e.name for e in doc.entities.values() if e.type == typ}


def test_kinds_of_state_are_no_places():
    doc = _PIPE(text_doc("王毅表示，贵国是中国的好朋友。作为东道国，中方愿同列国合作，不针对第三国，中立国瑞士也出席。"
                         "全国人民保家卫国。"))
    assert _names(doc, "Place") == {"中国", "瑞士"}


def test_china_africa_and_china_europe_are_pairs():
    doc = _PIPE(text_doc("双方同意提升中非新型战略伙伴关系水平，中欧班列开行顺利。"))
    assert not {"中非", "中欧"} & _names(doc, "Place")
    doc = _PIPE(text_doc("中非共和国总统图瓦德拉会见中方代表。"))
    assert "中非共和国" in _names(doc, "Place")


def test_the_members_of_a_body_name_the_body():
    doc = _PIPE(text_doc("安理会常任理事国对维护国际和平与安全负有特殊责任。"))
    assert _names(doc, "Organization") == {"联合国安全理事会"}


def test_a_news_site_opening_a_dateline_is_the_site_not_its_country():
    doc = _PIPE(text_doc("水观镇召开农村工作会\n中国众识网3月21日(刘洋,黄玉凤)水观消息，阆中市水观镇党委召开会议。"))
    assert "中国众识网" in _names(doc, "Organization")
    assert "中国" not in _names(doc, "Place")
    doc = _PIPE(text_doc("标题\n中国经济网北京3月1日讯 会议召开。"))
    assert "中国经济网" in _names(doc, "Organization")


def test_a_site_of_a_kind_before_a_date_is_no_name():
    doc = _PIPE(text_doc("通知\n该通知已在政务网3月21日发布。"))
    assert not _names(doc, "Organization")


def test_a_common_word_of_two_country_characters_is_no_pair():
    doc = _PIPE(text_doc("专项行动\n打击整治边境地区野生动物非法贸易专项行动，双方要加以合作。"))
    assert not _names(doc, "Place")
    doc = _PIPE(text_doc("双边关系\n中法合作、中日关系、中意合作不断深化。"))
    assert {"中国", "法国", "日本", "意大利"} <= _names(doc, "Place")


def test_a_source_line_naming_a_site_is_the_site():
    from kg.builder import _pipeline
    from kg.model import Doc
    doc = _pipeline(None)(Doc(id="t", source="t.txt", text="县政府召开常务会议\n来源：中国经济网 2023-03-01\n"
                                                          "3月1日，扶风县政府召开常务会议。\n"))
    assert "中国经济网" in _names(doc, "Organization") and "中国" not in _names(doc, "Place")
    doc = _pipeline(None)(Doc(id="u", source="u.txt", text="标题\n正文第一句。\n互联网\n"))
    assert not _names(doc, "Organization")
