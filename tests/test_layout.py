"""Page structure on real text: the seed newspaper page splits into its six stories with the
right titles, bylines, datelines and captions; column breaks are re-joined; the story that runs
out of room (A6) takes its continuation back from A1's area; every span points at the exact
source text; plain files, CRLF input, a synthetic page and arbitrary text behave."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from kg.model import Doc
from kg.stages.layout import forms_word, layout, opens_with_actor, split_articles, terminated

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
EXTRA = Path(__file__).resolve().parent / "data" / "extra"
needs_extra = pytest.mark.skipif(not EXTRA.exists(), reason="shared corpus not mounted")

PAGE_TEXT = PAGE.read_text(encoding="utf-8")


def line_start(text: str, n: int) -> int:
    """Offset of the first character of 1-based line `n` (lines split at \\n)."""
    pos = 0
    for _ in range(n - 1):
        pos = text.index("\n", pos) + 1
    return pos


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def line_content(text: str, n: int) -> tuple[int, int]:
    s = line_start(text, n)
    e = text.find("\n", s)
    return s, (len(text) if e < 0 else e)


@pytest.fixture(scope="module")
def seed():
    doc = Doc(id="seed", source="hebei-daily-handan-page.txt", text=PAGE_TEXT)
    return layout()(doc)


# --------------------------------------------------------------------------- the seed page

def test_six_articles_with_expected_titles(seed):
    arts = seed.articles
    assert [a.id for a in arts] == [f"seed#A{n}" for n in range(1, 7)]
    assert [a.title for a in arts] == [
        "邯郸推动新时代文明实践中心建设提档升级",
        None,
        "魏县帮助重点企业解决用工需求",
        "市交巡警支队 警力下沉一线保“三夏”交通安全",
        "市生态环境局 “云执法”实时管控面源环境污染",
        "馆陶建立项目建设推进机制",
    ]
    assert arts[0].subtitle == "“五有”标准打造群众欢迎的文明实践阵地"
    assert arts[5].subtitle == "明确项目完成审批、开工、竣工和投产四个时间节点"
    assert all(a.place is None for a in arts)


def test_bylines_and_datelines(seed):
    a1, a2, a3, a4, a5, a6 = seed.articles
    assert a1.authors == ["陈正"] and a1.dateline is None
    assert a2.dateline == "河北日报(记者陈正)" and a2.authors == ["陈正"]
    assert a3.dateline == "河北日报(记者白增安)" and a3.authors == ["白增安"]
    assert a4.dateline == "河北日报(通讯员苗文金)" and a4.authors == ["苗文金"]
    assert a5.authors == ["陈正", "麻艳超", "蒿文祥"]
    assert a6.dateline == "河北日报(通讯员王华美、郝立翠)" and a6.authors == ["王华美", "郝立翠"]
    # the body starts after the dateline
    assert a2.body.startswith("近日,邯郸市科技局出台")
    assert seed.text[a2.spans[0][0]:a2.spans[0][0] + 2] == "近日"
    assert "河北日报" not in a2.text and "记者" not in a3.text
    assert "河北日报记者" not in a1.text


def test_articles_cover_the_expected_lines(seed):
    text = seed.text
    expected = {  # first and last body line, from the page as laid out
        "seed#A1": (11, 85), "seed#A2": (93, 105), "seed#A3": (109, 113),
        "seed#A4": (117, 123), "seed#A5": (127, 129),
    }
    for a in seed.articles:
        lines = [line_of(text, s) for s, _ in a.spans]
        if a.id in expected:
            lo, hi = expected[a.id]
            assert lines[0] == lo and lines[-1] == hi and lines == sorted(lines)
    a1 = seed.articles[0]
    assert a1.spans[0] == line_content(text, 11)
    assert a1.spans[-1] == line_content(text, 85)
    # A6 reads 135…155, then its continuation printed at lines 87–91
    a6_lines = [line_of(text, s) for s, _ in seed.articles[5].spans]
    assert a6_lines == [135, 137, 139, 141, 143, 145, 147, 149, 151, 153, 155, 87, 89, 91]
    # A2's dateline paragraph (line 93) is the first in A2 and nothing of 87-91 is left in A1
    assert all(line_of(text, s) <= 85 for s, _ in a1.spans)


def test_a6_takes_its_continuation(seed):
    a1, a6 = seed.articles[0], seed.articles[5]
    assert "建立建账、对账、交账、要账、算账“五账”推进机制" in a6.body
    assert "该县持续深化放管服改革" in a6.body
    assert "“四最”营商环境。" in a6.body
    assert "五账" not in a1.text and "放管服" not in a1.text
    assert a6.body.endswith("着力打造政策最优、成本最低、服务最好、办事最快的“四最”营商环境。")
    # the lead box (line 135) is body text of its own, not joined to the dateline paragraph
    paras = a6.body.split("\n")
    assert paras[0] == "今年争列省市重点项目34个,总投资173.6亿元,年计划完成投资33.4亿元;1至4月,实际完成投资16.16亿元,占年度计划的48.32%"
    assert paras[1].startswith("6月2日,馆陶县")


def test_column_breaks_are_rejoined(seed):
    a1, a6 = seed.articles[0], seed.articles[5]
    for joined in ("8类常备队伍和“N”支特色队伍。", "联动宣讲,让理论“名嘴”讲政策", "贴近群众、服务群众。截至目前"):
        assert joined in a1.text and joined in a1.body
    for joined in ("今年争列省市重点项目34个", "年度综合考核”制度"):
        assert joined in a6.body
    # the lead box of A1 (line 11) stays its own paragraph
    assert "实践志愿服务队伍4624支\n端午节前夕" in a1.body


def test_captions_are_metadata_not_body(seed):
    a1 = seed.articles[0]
    assert [c.text[:3] for c in a1.captions] == ["上图:", "中图:", "下图:"]
    assert [c.credit for c in a1.captions] == ["河北日报通讯员 聂长青摄", "邯郸市委宣传部供图",
                                               "河北日报通讯员 孙海峰摄"]
    for c in a1.captions:
        assert seed.text[c.start:c.end] == c.text
        assert c.text not in a1.body
        assert c.text in a1.text  # captions stay extractable
        assert c.credit not in a1.text
    assert [line_of(seed.text, c.start) for c in a1.captions] == [35, 39, 43]
    kinds = [s.kind for s in a1.sections]
    assert kinds.count("caption") == 3 and kinds[:2] == ["title", "subtitle"]
    assert "聂长青" not in a1.body and "供图" not in a1.body


def test_headings_are_sections(seed):
    a1 = seed.articles[0]
    headings = [a1.text[s.start:s.end] for s in a1.sections if s.kind == "heading"]
    assert headings[:2] == ["提档升级", "打造全域覆盖、功能完善的实践场所"]
    assert len(headings) == 10
    assert "提档升级" not in a1.body.split("\n")


def test_every_piece_is_exact_source_text(seed):
    text = seed.text
    for a in seed.articles:
        for s, e in a.spans:
            assert 0 <= s < e <= len(text)
            assert text[s:e].strip() == text[s:e] and "\n" not in text[s:e]
        for view, src, length in a.offsets.pieces:
            assert a.text[view:view + length] == text[src:src + length]
        # every character of every section maps to the source; only joiners do not
        mapped = sum(p[2] for p in a.offsets.pieces)
        assert mapped + len(a.sections) - 1 == len(a.text)
        for sec in a.sections:
            assert a.offsets.to_source(sec.start) is not None
            assert a.offsets.to_source(sec.end - 1) is not None
            if sec.end < len(a.text):
                assert a.text[sec.end] == "\n"
        body_spans = "".join(text[s:e] for s, e in a.spans)
        assert body_spans == a.body.replace("\n", "")


def test_title_rule():
    assert opens_with_actor("邯郸推动新时代文明实践中心建设提档升级")
    assert opens_with_actor("馆陶建立项目建设推进机制")
    assert not opens_with_actor("明确项目完成审批、开工、竣工和投产四个时间节点")
    assert not opens_with_actor("“五有”标准打造群众欢迎的文明实践阵地")


def test_junction_words_and_terminators():
    assert forms_word("加强项目建设全过程管理,建立建", "账、对账")
    assert forms_word("联动宣", "讲,让理论")
    assert not forms_word("建立建", "为提升政务服务效能")
    assert not forms_word("志愿服务队伍4624支", "端午节前夕")
    assert terminated("实现高质量全覆盖。") and terminated("他说:“好。”")
    assert not terminated("占年度计划的48.32%") and not terminated("建立建")


# --------------------------------------------------------------------------- other inputs

@needs_extra
def test_plain_files_are_one_article_each():
    gw = (EXTRA / "hebei-groundwater-2023.txt").read_text(encoding="utf-8")
    [a] = split_articles(Doc(id="gw", source="gw.txt", text=gw))
    assert a.title == "河北省省长王正谱部署推进华北地下水超采综合治理 在节水换水补水管水方面加压发力"
    assert a.authors == ["张铭贤"]
    assert "中国环境报记者" not in a.text
    assert a.body.startswith("河北省省长王正谱近日主持召开") and a.body.endswith("确保圆满完成各项目标任务。")
    assert len(a.spans) == 3

    fl = (EXTRA / "hebei-xiongan-flood-2018.txt").read_text(encoding="utf-8")
    [a] = split_articles(Doc(id="fl", source="fl.txt", text=fl))
    assert a.title == "我省力保雄安新区起步区安全度汛" and a.authors == []
    assert len(a.body.split("\n")) == 4

    # a list of dated titles: no headline, no joins, every line its own paragraph
    tl = (EXTRA / "handan-gov-portal-titles-2020.txt").read_text(encoding="utf-8")
    [a] = split_articles(Doc(id="tl", source="tl.txt", text=tl))
    assert a.title is None
    assert len(a.spans) == 52
    assert a.body.split("\n")[0] == "2020-08-02\t邯郸市教育局关于印发《全市教育系统安全专项整治三年行动实施方案》的通知"


def test_doc_title_names_a_single_article():
    text = "邯郸市科技局出台10项措施为科技企业纾困解难。加快省级科技创新券发放兑付进度。"
    [a] = split_articles(Doc(id="j", source="c.jsonl#1", text=text, title="科技局出台措施"))
    assert a.title == "科技局出台措施"
    assert [s.kind for s in a.sections] == ["body"] and a.body == text
    # the same title as first line of the text is copied from the text
    text2 = "科技局出台措施\n" + text
    [b] = split_articles(Doc(id="j", source="c.jsonl#2", text=text2, title="科技局出台措施"))
    assert b.title == "科技局出台措施" and b.sections[0].kind == "title" and b.body == text
    # a page's own articles are never renamed after the document
    page = split_articles(Doc(id="p", source="p.txt", text=PAGE_TEXT, title="河北日报 邯郸新闻"))
    assert page[1].title is None


def test_text_without_structure_is_one_body_article():
    text = "没有标题也没有标点的一段文字"
    [a] = split_articles(Doc(id="x", source="x", text=text))
    assert a.title is None and a.body == text and a.spans == [(0, len(text))]


def test_empty_and_blank_text_give_no_articles():
    for text in ("", "\n\n", "  \r\n\u3000\t\n", "#\n##"):
        assert split_articles(Doc(id="e", source="e", text=text)) == []


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings(newline):
    text = PAGE_TEXT.replace("\n", newline)
    doc = layout()(Doc(id="seed", source="p.txt", text=text))
    base = layout()(Doc(id="seed", source="p.txt", text=PAGE_TEXT))
    assert [a.title for a in doc.articles] == [a.title for a in base.articles]
    for a, b in zip(doc.articles, base.articles):
        assert a.text == b.text and a.authors == b.authors
        assert [text[s:e] for s, e in a.spans] == [PAGE_TEXT[s:e] for s, e in b.spans]
        assert all("\r" not in text[s:e] for s, e in a.spans)
        for c in a.captions:
            assert text[c.start:c.end] == c.text


SYNTHETIC = """## 峰峰矿区推进老旧小区改造

河北日报记者 李明

今年以来,峰峰矿区改造老旧小区42个,惠及居民8000余户。该区设立专项资金,推动改造工程

图为改造后的小区。

河北日报通讯员 王强摄

按期完工。

## 武安市开展农机安全检查

河北日报(通讯员赵刚、孙丽)近日,武安市农业农村局开展农机安全检查,检查农机300余台。
"""


def test_synthetic_two_article_page():
    doc = Doc(id="syn", source="syn.txt", text=SYNTHETIC)
    a, b = split_articles(doc)
    assert (a.id, a.title, a.authors) == ("syn#A1", "峰峰矿区推进老旧小区改造", ["李明"])
    assert a.body == "今年以来,峰峰矿区改造老旧小区42个,惠及居民8000余户。该区设立专项资金,推动改造工程按期完工。"
    assert [(c.text, c.credit) for c in a.captions] == [("图为改造后的小区。", "河北日报通讯员 王强摄")]
    assert len(a.spans) == 2 and SYNTHETIC[a.spans[1][0]:a.spans[1][1]] == "按期完工。"
    assert (b.id, b.title, b.authors) == ("syn#A2", "武安市开展农机安全检查", ["赵刚", "孙丽"])
    assert b.dateline == "河北日报(通讯员赵刚、孙丽)"
    assert b.body == "近日,武安市农业农村局开展农机安全检查,检查农机300余台。"


# --------------------------------------------------------------------------- robustness

FRAGMENTS = ["## 邯郸推动文明实践", "# 副题", "### 小节", "——引言", "河北日报记者 陈正",
             "河北日报(记者陈正)近日,", "上图:志愿者在社区。", "河北日报通讯员 聂长青摄", "邯郸市委宣传部供图",
             "建立建", "账、对账。", "该县", "该市", "。", "”", ";", "\n", "\n\n", "\r\n", "\r", "\u2028",
             " ", "\u3000", "联动宣", "讲,", "#", "(", "）", "a", "1"]


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300),
                 st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)))
def test_never_crashes_and_spans_stay_in_text(text):
    doc = Doc(id="h", source="h", text=text)
    arts = split_articles(doc)
    for n, a in enumerate(arts, 1):
        assert a.id == f"h#A{n}"
        for s, e in a.spans:
            assert 0 <= s < e <= len(text)
        for view, src, length in a.offsets.pieces:
            assert a.text[view:view + length] == text[src:src + length]
        for c in a.captions:
            assert text[c.start:c.end] == c.text
    if not text.strip():
        assert arts == []


def test_continuations_stay_on_their_page():
    """Two copies of the page separated by a form feed: each A6 takes the block of its own page."""
    text = PAGE_TEXT + "\n\f\n" + PAGE_TEXT
    arts = split_articles(Doc(id="two", source="two.txt", text=text))
    assert len(arts) == 12
    second = len(PAGE_TEXT) + 3
    for a6, page_start in ((arts[5], 0), (arts[11], second)):
        assert a6.title == "馆陶建立项目建设推进机制"
        cont = a6.spans[-3]
        assert cont[0] - page_start == line_start(PAGE_TEXT, 87)
    assert all("五账" not in a.text for a in (arts[0], arts[6]))


MIDDLE_PAGE = """## 肥乡区完善基层治理机制

河北日报(记者刘洋)今年以来,肥乡区聚焦基层治理,建立健

## 广平县开展春季植树活动

河北日报(通讯员周敏)近日,广平县组织干部群众植树2万余株。

全机制,该区推行网格化管理,划分网格320个。

## 永年区举办招聘会

河北日报(记者陈正)近日,永年区举办招聘会,提供岗位1200余个,现场达成意向
"""


def test_continuation_of_an_article_in_the_middle_of_the_page():
    a, b, c = split_articles(Doc(id="m", source="m.txt", text=MIDDLE_PAGE))
    assert a.body == "今年以来,肥乡区聚焦基层治理,建立健全机制,该区推行网格化管理,划分网格320个。"
    assert b.body == "近日,广平县组织干部群众植树2万余株。"
    assert [MIDDLE_PAGE[s:e][:3] for s, e in a.spans] == ["今年以", "全机制"]
    # the last article also ends unterminated, but nothing on the page continues it
    assert c.body.endswith("现场达成意向") and len(c.spans) == 1
