"""A small hand-made Extraction of real content from the seed page, for the RDF/query/serve tests.

Offsets are computed with str.find on the shipped seed page, so every evidence span really
contains what it claims.
"""
from __future__ import annotations

from pathlib import Path

from kg.model import Entity, Evidence, Extraction, Metric, Relation

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
DOC = "hebei-daily-handan-page"
SOURCE = "hebei-daily-handan-page.txt"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _sentence(text: str, needle: str, start_from: int = 0) -> tuple[int, int]:
    """Source span of the sentence containing `needle` (sentence ends at 。 or end of line)."""
    i = text.index(needle, start_from)
    s = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
    ends = [j for j in (text.find("。", i), text.find("\n", i)) if j >= 0]
    e = min(ends)
    return s, e + 1 if text[e] == "。" else e


def evidence(text: str, needle: str, article: str, rule: str, sentence: bool = True,
             start_from: int = 0, doc: str = DOC) -> Evidence:
    if sentence:
        s, e = _sentence(text, needle, start_from)
    else:
        s = text.index(needle, start_from)
        e = s + len(needle)
    return Evidence(doc, SOURCE, s, e, article, text[s:e], rule)


def _article(text: str, heading: str, next_heading: str | None, aid: str, place: str | None):
    s = text.index(heading)
    e = text.index(next_heading, s) if next_heading else len(text)
    title = text[s:text.index("\n", s)].lstrip("# ").strip()
    return {"id": aid, "title": title, "subtitle": None, "authors": [],
            "dateline": None, "captions": [], "place": place, "spans": [[s, e]]}


def sample_extraction(doc: str = DOC, text: str | None = None) -> Extraction:
    text = seed_text() if text is None else text
    x = Extraction()

    def ev(*args, **kwargs):
        return evidence(*args, doc=doc, **kwargs)

    x.texts[doc] = text
    x.documents.append({
        "id": doc, "source": SOURCE, "title": "河北日报 邯郸版", "date": None,
        "articles": [
            _article(text, "## 邯郸推动新时代文明实践中心建设提档升级", "## 魏县帮助", "A1", "handan"),
            _article(text, "## 市生态环境局 “云执法”", "## 明确项目完成", "A5", "handan"),
            _article(text, "## 明确项目完成审批", None, "A6", "guantao"),
        ]})

    def ent(eid, etype, name, aliases=(), code=None, level=None, mentions=()):
        e = Entity(eid, etype, name, set(aliases), code, level, list(mentions), {"test"})
        x.entities[eid] = e
        return e

    ent("hebei", "Place", "河北省", ["河北"], "130000", "province")
    ent("handan", "Place", "邯郸市", ["邯郸", "全市"], "130400", "city",
        [ev(text, "邯郸推动", "A1", "gazetteer", sentence=False)])
    ent("hanshan", "Place", "邯山区", [], "130402", "district",
        [ev(text, "邯山区", "A1", "gazetteer", sentence=False)])
    ent("guantao", "Place", "馆陶县", ["馆陶"], "130433", "county",
        [ev(text, "馆陶县", "A6", "gazetteer", sentence=False)])
    ent("handan-eeb", "Agency", "邯郸市生态环境局", ["市生态环境局"],
        mentions=[ev(text, "邯郸市生态环境局", "A5", "agency-suffix", sentence=False)])
    ent("guantao-keyprojects", "Programme", "重点项目建设落实年活动", [],
        mentions=[ev(text, "重点项目建设落实年活动", "A6", "programme-suffix", sentence=False)])
    ent("yunzhifa", "Programme", "云执法", [],
        mentions=[ev(text, "云执法", "A5", "quoted-name", sentence=False)])

    def rel(s, p, o, evs):
        x.relations[(s, p, o)] = Relation(s, p, o, list(evs), {e.rule for e in evs})

    rel("hanshan", "partOf", "handan",
        [ev(text, "邯郸市邯山区", "A1", "place-prefix")])
    rel("guantao", "partOf", "handan", [])
    rel("handan-eeb", "locatedIn", "handan",
        [ev(text, "邯郸市生态环境局印发", "A5", "agency-place")])
    rel("handan-eeb", "runs", "yunzhifa",
        [ev(text, "自实行“云执法”", "A5", "agency-runs")])
    rel("guantao-keyprojects", "implementedIn", "guantao",
        [ev(text, "开展重点项目建设落实年活动", "A6", "programme-place")])
    rel("yunzhifa", "implementedIn", "handan",
        [ev(text, "自实行“云执法”", "A5", "programme-place")])

    def met(mid, subj, indicator, value, unit, approx, surface, evs, period=None):
        x.metrics[mid] = Metric(subj, indicator, value, unit, approx, surface, period,
                                list(evs), {e.rule for e in evs}, mid)

    met("m-xuncha", "yunzhifa", "网上巡查", 1200, "次", True, "网上巡查1200余次",
        [ev(text, "网上巡查1200余次", "A5", "count")])
    met("m-quzheng", "yunzhifa", "电子取证", 15, "条", False, "电子取证15条",
        [ev(text, "电子取证15条", "A5", "count")])
    met("m-gt-total", "guantao", "总投资", 17360000000, "元", False, "总投资173.6亿元",
        [ev(text, "总投资173.6亿元", "A6", "money"),
         ev(text, "总投资173.6亿元", "A6", "money",
                  start_from=text.index("总投资173.6亿元") + 1)])
    met("m-gt-23", "guantao", "总投资", 5365000000, "元", False, "总投资53.65亿元",
        [ev(text, "总投资53.65亿元", "A6", "money")])
    met("m-gt-share", "guantao", "完成投资占年度计划", 48.32, "%", False, "48.32%",
        [ev(text, "占年度计划的48.32%", "A6", "percent")], period="1至4月")
    return x
