"""Round 87 (fabuhui87): press conferences — provincial and city 新闻发布会 write-ups and transcripts
(陕西省政府新闻办 on the environment, 山东 and 河南 quarterly economy conferences, 新乡 half-year
figures, 国新办 conferences of 财政部 and 国家统计局, the 全国人大 press hall seen by a 中新社 reporter,
the first conference of 上海市委's spokespersons) — from fresh texts of /tmp/s26/fresh/fabuhui87.
Fixes: a party committee's Taiwan work office (市委台湾工作办公室) is that committee's office, 台湾 naming its
work and not the place it sits in; the quoted word a speaker names his points by (五个“有力”的主要特点,
三个“持续”的特点) is the outline of his answer, no count of 有力, while a quoted thing counted
(3393个“健康小屋”) stays a figure; 全国 after 对 with a contribution noun closing its clause (对全国夏粮增产贡献率达
44.9%) is the whole the province contributes to, no subject of that figure or the next; a count of people before a
post's title and 是/分别是 (两位副部长是许宏才先生、朱忠明先生) introduces who holds it, no figure, while post-holders
counted (选派第一书记120名) stay figures."""
from __future__ import annotations

from conftest import extract_text, post_triples as _posts


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def test_party_committee_taiwan_work_office_is_the_committees():
    """08-shanghai-shiwei-fayanren: 市委9个工作部门的13位新闻发言人分别是:…市委台湾工作办公室副主任李雷鸣 (base: an agency
    台湾工作办公室 locatedIn 台湾, 李雷鸣 its 副主任)."""
    doc = extract_text("中共上海市委新闻发言人记者见面会举行。新闻发言人分别是:市委宣传部副部长马春雷;"
                       "市委台湾工作办公室副主任李雷鸣;市委党史研究室副主任严爱云。")
    assert ("李雷鸣", "上海市委台湾工作办公室", "副主任") in _posts(doc), _posts(doc)
    assert "台湾工作办公室" not in _names(doc, "Agency"), _names(doc, "Agency")
    assert "台湾" not in _names(doc, "Place"), _names(doc, "Place")


def test_taiwan_work_alone_stays_taiwan():
    """Negative: 台湾 outside an office's name stays the place (台湾同胞), and 台湾工作 alone opens no body."""
    doc = extract_text("福建省委召开会议,部署对台湾工作。台湾同胞积极参与两岸交流。")
    assert "台湾" in _names(doc, "Place"), _names(doc, "Place")
    assert not any("台湾工作" in n for n in _names(doc, "Agency")), _names(doc, "Agency")


def test_quoted_point_words_are_the_answers_outline():
    """02-shandong-yijidu: 陆万明…他介绍,一季度,全省经济全面恢复、向上向好,主要呈现五个“有力”的主要特点 (base: a metric
    山东省 | 有力 | 5 个)."""
    doc = extract_text("山东省统计局副局长陆万明介绍,一季度,全省经济全面恢复、向上向好,主要呈现五个“有力”的主要特点。"
                       "全省就业呈现三个“持续”的特点。")
    inds = {m.indicator for m in doc.metrics}
    assert not {"有力", "持续"} & inds, inds


def test_quoted_thing_counted_stays_a_figure():
    """Negative: a quoted thing counted (建成3393个“健康小屋”) and a figure beside the outline stay figures."""
    doc = extract_text("山东省卫生健康委介绍,全省建成3393个“健康小屋”,一季度全省生产总值20411亿元。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("健康小屋", 3393) in got, got


def test_whole_contributed_to_is_no_subject():
    """03-henan-liangshi: 宋虎振指出…总产、单产均位居全国第一,创历史新高,对全国夏粮增产贡献率达44.9%,优质专用小麦面积达到
    1204万亩 (base: both figures 中国's — 全国 after 对 read as their scope)."""
    doc = extract_text("河南省农业农村厅党组书记宋虎振指出,今年全省夏粮总产达到749.08亿斤,总产、单产均位居全国第一,"
                       "对全国夏粮增产贡献率达44.9%,优质专用小麦面积达到1204万亩。")
    subj = {m.indicator: m.subject for m in doc.metrics}
    assert subj.get("夏粮增产贡献率") == "place-410000", subj
    assert subj.get("优质专用小麦面积") == "place-410000", subj


def test_nation_stays_subject_beside_contribution():
    """Negative: 全国 opening its own figure's clause stays its scope (全国粮食总产), whatever 对全国 before."""
    doc = extract_text("国家统计局介绍,对全国的要求落实到位,全国粮食总产达到13908亿斤。")
    subj = {m.indicator: m.subject for m in doc.metrics}
    assert subj.get("粮食总产") == "place-iso-CN", subj


def test_post_holders_introduced_are_no_figure():
    """05-guoxinban-caizheng: 与刘部长一起出席今天新闻发布会的两位副部长是许宏才先生、朱忠明先生 (base: a metric 副部长 2 位);
    08-shanghai-shiwei-fayanren: 市委9个工作部门的13位新闻发言人分别是:… (base: 新闻发言人 13 位, twice)."""
    doc = extract_text("国务院新闻办公室举行新闻发布会,邀请财政部部长刘昆介绍情况,与刘部长一起出席今天新闻发布会的"
                       "两位副部长是许宏才先生、朱忠明先生。上海市委9个工作部门的13位新闻发言人分别是:市纪委常委黄建平;"
                       "市委组织部秘书长冯伟。")
    inds = {m.indicator for m in doc.metrics}
    assert not {"副部长", "新闻发言人"} & inds, inds


def test_post_holders_counted_stay_figures():
    """Negative: post-holders counted with no introduction of who they are stay figures (选派第一书记120名)."""
    doc = extract_text("平昌县委组织部介绍,全县共选派第一书记120名,驻村工作队员360名。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("驻村工作队员", 360) in got and any(v == 120 for _, v in got), got
