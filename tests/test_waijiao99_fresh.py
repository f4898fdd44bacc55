"""Round 99 (waijiao99): 外交部发言人 regular press conferences, third pass — transcripts and
announcements of visits (应…邀请，…将于…访问) by 华春莹 (2018), 毛宁 (2024, 2026), 郭嘉昆 (2025), 秦刚
(2014), 汪文斌 (2024) and 耿爽 (2019), on ASEAN, the SCO (上合组织), BRICS (金砖国家), the G20 and visits
from Oceania, Southeast Asia, Europe and Africa, as news sites and an embassy reposted them (fresh texts
of /tmp/s26/fresh/waijiao99).  Fixes: a spirit named after a city (弘扬“上海精神”, the SCO's creed;
延安精神) no mention of the city, while its own civility and mental-health bodies (上海精神文明建设,
精神卫生中心) keep it; a bare 成员 (金砖迎来新成员印尼) no post before a person's name, so the country
after it is found — 党组成员, 班子成员 still are posts; a count closed by the postposition of a time
clause (9个伙伴国后的首次外长会晤, 引进3个项目后，) counts the partners, no 伙伴国后."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype and e.mentions}


def _counted(doc) -> set[tuple]:
    return {(m.indicator, m.value) for m in doc.metrics}


def test_a_spirit_named_after_a_city_is_no_mention_of_it():
    """02-maoning-shanghe-2024: 白俄罗斯作为上合组织观察员国，高度认同“上海精神”等上合组织核心理念; 06-maoning-
    shanghe-zongli-2024: 呼吁各方弘扬“上海精神” (base: 上海市 a place of both, partOf 中国).  延安精神 and 大庆精神
    are ideas too; 上海精神文明建设 and a mental-health centre are the city's own."""
    doc = extract_text("上合组织\n毛宁说，白俄罗斯高度认同“上海精神”等上合组织核心理念。")
    assert "上海市" not in _names(doc, "Place"), _names(doc, "Place")
    assert "白俄罗斯" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("学习\n全县干部大力弘扬延安精神和大庆精神。")
    assert not {"大庆市", "延安市"} & _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("文明\n会议部署上海精神文明建设工作。")
    assert "上海市" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("卫生\n市民可前往上海精神卫生中心咨询。")
    assert "上海市" in {e.name for e in doc.entities.values() if e.type == "Place"} \
        or any("上海" in n for n in _names(doc, "Organization")), _names(doc, "Organization")


def test_a_country_after_a_bare_member_word_is_found():
    """05-guojiakun-jinzhuan-2025: “此次会晤是金砖大家庭迎来新成员印尼和9个伙伴国后的首次外长会晤。” (base: no
    印度尼西亚 — 成员 read as a post and 印 as the family name of its holder).  After a body (党组成员,
    领导班子成员) 成员 stays a post: the name after it is a person's."""
    doc = extract_text("金砖\n郭嘉昆说，此次会晤是金砖大家庭迎来新成员印尼和9个伙伴国后的首次外长会晤。")
    assert "印度尼西亚" in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("会议\n县委常委、党组成员印华出席会议并讲话。")
    assert "印华" in _names(doc, "Person"), _names(doc, "Person")
    assert "印度尼西亚" not in _names(doc, "Place"), _names(doc, "Place")


def test_a_count_closed_by_a_time_clause_counts_the_things():
    """05-guojiakun-jinzhuan-2025: 迎来新成员印尼和9个伙伴国后的首次外长会晤 (base: indicator 伙伴国后).  The
    same with a comma after the clause (引进3个项目后，…); a dictionary word ending in 后 stays (3个皇后)."""
    doc = extract_text("金砖\n郭嘉昆说，此次会晤是金砖大家庭迎来新成员印尼和9个伙伴国后的首次外长会晤。")
    assert ("伙伴国", 9) in _counted(doc), _counted(doc)
    assert not any(i.endswith("后") for i, _v in _counted(doc)), _counted(doc)
    doc = extract_text("招商\n该县引进3个项目后，产值大幅增长。")
    assert ("项目", 3) in _counted(doc), _counted(doc)
