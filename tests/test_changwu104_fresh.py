"""Round 104 (changwu104): government executive meetings — reports of county and city 政府常务会议
(十六届县人民政府第52次常务会议, 第58次市政府常务会议, 市政府常务会议 … 会议听取了…汇报, 审议并原则通过了《…》)
and of a 国务院常务会议, from Gansu (清水县), Shandong (菏泽, 聊城), Heilongjiang (绥化) and the State
Council (fresh texts of /tmp/s26/fresh/changwu104).  Fixes: a document a government's standing meeting
approves (会议审议并原则通过了《…实施意见》《…工作方案》) is run by that government and done where it is,
each of a list of them (a report it approves, a document it only hears of, or another body's meeting
approving one, no runner); a sum handed down by a verb ending in 达 (去年底已依法提前下达1.46万亿元) keeps
the verb whole (was the indicator 依法提前下)."""
from __future__ import annotations

from conftest import extract_text


def _runs(doc) -> set[tuple[str, str]]:
    n = lambda k: doc.entities[k].name if k in doc.entities else k  # noqa: E731
    return {(n(r.subject), n(r.object)) for r in doc.relations if r.predicate == "runs"}


def _placed(doc) -> set[tuple[str, str]]:
    n = lambda k: doc.entities[k].name if k in doc.entities else k  # noqa: E731
    return {(n(r.subject), n(r.object)) for r in doc.relations if r.predicate == "implementedIn"}


def _indicators(doc) -> set[str]:
    return {m.indicator for m in doc.metrics}


_HEZE = ("菏泽市政府第58次常务会议召开\n4月8日，市委副书记、市长陈平主持召开第58次市政府常务会议。会议听取经济普查等"
         "情况汇报，审议并原则通过了《关于推动“六稳”工作落地见效的实施意见》《关于抓好20项重点民生实事落实的工作方案》。")


def test_documents_a_standing_meeting_approves_are_the_governments():
    """02-heze-58th: 4月8日，市委副书记、市长陈平主持召开第58次市政府常务会议。…审议并原则通过了《菏泽市打好柴油货车
    污染防治攻坚战作战方案》《关于推动“六稳”工作落地见效的实施意见》…《关于抓好20项重点民生实事落实的工作方案》
    (base: the documents named without the city ran nowhere and were nobody's).  The government whose
    meeting it is runs each one listed after the verb, and they are done in its city."""
    doc = extract_text(_HEZE)
    runs, placed = _runs(doc), _placed(doc)
    for title in ("关于推动“六稳”工作落地见效的实施意见", "关于抓好20项重点民生实事落实的工作方案"):
        assert ("菏泽市人民政府", title) in runs, runs
        assert (title, "菏泽市") in placed, placed


def test_a_meeting_that_only_hears_or_approves_a_report_runs_nothing():
    """04-liaocheng-cwhy: 会议听取了关于《全市道路交通安全隐患百日集中整治行动工作方案》起草情况汇报 (a draft
    heard, not approved); 01-qingshui-52th: 讨论了《政府工作报告（草案）》 — a report stays its drafter's.  And
    a party committee's meeting (县委常委会) approving a document is no government's standing meeting."""
    doc = extract_text("聊城市政府常务会议召开\n9月25日上午，市长张百顺主持召开市政府常务会议。会议听取了关于《全市道路"
                       "交通安全隐患百日集中整治行动工作方案》起草情况汇报。会议审议通过了《政府工作报告》。")
    runs = _runs(doc)
    assert not {t for a, t in runs if a == "聊城市人民政府"}, runs
    doc = extract_text("县委常委会召开\n3月5日，县委常委会召开。会议审议通过了《关于推动工作落地见效的实施意见》。")
    assert not _runs(doc), _runs(doc)


def test_the_government_must_hold_the_meeting():
    """The government is the one written right before (第N次)常务会议; an article that names a government
    elsewhere (市政府办公室印发…) and a meeting of no government gives no runner."""
    doc = extract_text("专题会议召开\n4月8日，菏泽市人民政府召开专题会议，市应急局参加。会议审议通过了《防汛应急预案》。")
    assert ("菏泽市人民政府", "防汛应急预案") not in _runs(doc), _runs(doc)


def test_a_sum_handed_down_keeps_its_verb_whole():
    """05-guowuyuan-20220329: 今年新增地方政府专项债3.65万亿元。为加强周期性调节，去年底已依法提前下达1.46万亿元。
    (base: indicator 依法提前下 — 达 stripped as the link verb "reach").  达 after 下, 送, 抵, 传, 转, 表 is the
    verb's own character; 达 after a noun (游客人数达5000人) is still cut."""
    doc = extract_text("国务院常务会议\n今年新增地方政府专项债3.65万亿元。为加强周期性调节，去年底已依法提前下达1.46万亿元。")
    inds = _indicators(doc)
    assert "依法提前下" not in inds and not any(i.endswith("下") for i in inds), inds
    doc = extract_text("旅游\n国庆期间全县游客人数达5000人。")
    assert "游客人数" in _indicators(doc), _indicators(doc)
