"""Realistic synthetic corpora for the scale benchmark, as JSON Lines.

Every sentence is a real one from the sample page (the Hebei Daily Handan page, plus the other
real texts in shared/corpus/extra when present), recombined: each generated document keeps the
shape of one of the page's articles (title, subtitle, byline, headings, body, captions), with its
paragraphs re-drawn from the pool of real sentences.  Places are moved elsewhere in China through
the division table (邯郸市 → another city, its counties → that city's counties, 百家村街道 → a
township of the new county, 河北 → the new province), agency names keep their department stem but
often change it (科技局 → 民政局 …), and figures are re-drawn with the same number of digits.
Cities are drawn with Zipf-like weights (news concentrates on a few cities), so the graph grows
sub-linearly, as a real one does: new documents mostly mention known places and agencies, with a
steady trickle of new ones.

    python benchmarks/corpus_gen.py --mb 10 --out /tmp/corpus-10mb.jsonl

Output is deterministic for a given size and seed.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __import__("importlib.util").util.find_spec("kg") is None:  # not installed: run from the tree
    sys.path.insert(0, str(ROOT))

from kg.divisions import table  # noqa: E402

SEED_PAGE = ROOT / "kg" / "resources" / "corpus" / "hebei-daily-handan-page.txt"
EXTRA = ROOT.parent / "shared" / "corpus" / "extra"

# the Handan names of the page, by role; replaced consistently within a document
CITY_FULL, CITY_SHORT = "邯郸市", "邯郸"
PROVINCE_FULL, PROVINCE_SHORT = "河北省", "河北"
COUNTIES = {  # full name → short forms used on the page
    "魏县": [], "永年区": ["永年"], "成安县": ["成安"], "肥乡区": ["肥乡"], "邱县": [],
    "广平县": ["广平"], "馆陶县": ["馆陶"], "丛台区": [], "邯山区": [], "复兴区": [],
}
TOWNSHIPS = ["百家村街道"]
COMMUNITIES = ["祺府苑社区", "六二社区", "蔚庄社区", "东城社区"]

STEMS = ["科技局", "生态环境局", "人力资源和社会保障局", "农业农村局", "民政局", "教育局",
         "卫生健康委员会", "发展和改革委员会", "财政局", "住房和城乡建设局", "交通运输局",
         "水利局", "商务局", "文化广电和旅游局", "应急管理局", "市场监督管理局",
         "自然资源和规划局", "公安局", "司法局", "审计局", "统计局", "医疗保障局",
         "退役军人事务局", "行政审批局", "工业和信息化局", "林业局", "体育局", "城市管理局"]
_STEM_RE = re.compile("|".join(sorted(map(re.escape, STEMS), key=len, reverse=True)))
_FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=[余多]?[个支项条万亿元%％平方米所家人名次处户座公里吨亩台套件辆场])")
_SENT = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$")
_COMMUNITY_CHARS = "东西南北新华康宁和平安民兴盛园林桥湖阳光明泉水城乐福祥瑞"


def _articles(text: str) -> list[list[str]]:
    """The page's articles as lists of lines (an article starts at a `## ` title)."""
    arts: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.startswith("## ") and any(l.strip() for l in arts[-1]):
            arts.append([])
        arts[-1].append(line)
    return [a for a in arts if sum(len(l) for l in a) > 200]


def _is_body(line: str) -> bool:
    s = line.strip()
    return len(s) > 30 and "\t" not in s and \
        not s.startswith(("#", "——", "上图", "中图", "下图", "河北日报"))


def _pool(texts: list[str]) -> list[str]:
    pool = []
    for text in texts:
        for line in text.splitlines():
            if _is_body(line):
                pool += [s for s in _SENT.findall(line.strip()) if len(s) >= 12]
    return pool


class Generator:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        page = SEED_PAGE.read_text(encoding="utf-8")
        extras = [p.read_text(encoding="utf-8") for p in sorted(EXTRA.glob("*.txt"))] \
            if EXTRA.is_dir() else []
        self.articles = _articles(page)
        self.pool = _pool([page] + extras)
        T = table()
        self.T = T
        counties: dict[str, list] = {}
        for d in T.by_code.values():
            if d.level == "county" and d.parent and not d.functional:
                counties.setdefault(d.parent, []).append(d)
        self.cities = sorted((d for d in T.by_code.values()
                              if d.level == "city" and len(counties.get(d.code, [])) >= 3),
                             key=lambda d: d.code)
        self.counties = {k: sorted(v, key=lambda d: d.code) for k, v in counties.items()}
        order = list(range(len(self.cities)))
        self.rng.shuffle(order)
        handan = next(i for i, d in enumerate(self.cities) if d.name == CITY_FULL)
        order.remove(handan)
        order.insert(0, handan)  # the page's own city stays the most frequent
        self.weights = [0.0] * len(self.cities)
        for rank, i in enumerate(order):
            self.weights[i] = 1.0 / (rank + 1) ** 1.1
        names = [CITY_FULL, CITY_SHORT, PROVINCE_FULL, PROVINCE_SHORT, *TOWNSHIPS, *COMMUNITIES]
        for full, shorts in COUNTIES.items():
            names += [full, *shorts]
        self._place_re = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))

    # ----------------------------------------------------------------- one document
    def _place_map(self) -> dict[str, str]:
        rng = self.rng
        city = rng.choices(self.cities, self.weights)[0]
        prov = self.T.by_code[city.parent] if city.parent else None
        m = {CITY_FULL: city.name, CITY_SHORT: city.short or city.name}
        if prov is not None:
            m[PROVINCE_FULL] = prov.name
            m[PROVINCE_SHORT] = prov.short or prov.name
        pool = list(self.counties[city.code])
        rng.shuffle(pool)
        first_county = None
        for i, (full, shorts) in enumerate(COUNTIES.items()):
            c = pool[i % len(pool)]
            first_county = first_county or c
            m[full] = c.name
            for s in shorts:
                m[s] = c.short or c.name
        towns = sorted(self.T.townships(first_county.code)) if first_county else []
        for t in TOWNSHIPS:
            m[t] = rng.choice(towns) if towns else t
        for c in COMMUNITIES:
            m[c] = "".join(rng.sample(_COMMUNITY_CHARS, 2)) + "社区"
        return m

    def _figure(self, match: re.Match) -> str:
        s = match.group(1)
        rng = self.rng
        if "." in s:
            a, b = s.split(".")
            lead = str(rng.randint(1, 9)) if len(a) > 1 or a != "0" else "0"
            return lead + "".join(rng.choice("0123456789") for _ in range(len(a) - 1)) \
                + "." + "".join(rng.choice("0123456789") for _ in b)
        return str(rng.randint(10 ** (len(s) - 1) if len(s) > 1 else 1, 10 ** len(s) - 1))

    def _rewrite(self, text: str, places: dict[str, str], stems: dict[str, str]) -> str:
        text = self._place_re.sub(lambda m: places.get(m.group(0), m.group(0)), text)
        text = _STEM_RE.sub(lambda m: stems.get(m.group(0), m.group(0)), text)
        return _FIGURE.sub(self._figure, text)

    def document(self, i: int) -> dict:
        rng = self.rng
        places = self._place_map()
        stems = {s: rng.choice(STEMS) if rng.random() < 0.6 else s for s in STEMS}
        art = rng.choice(self.articles)
        target = int(rng.lognormvariate(7.9, 0.5))  # ≈ 2,700 characters on average
        lines: list[str] = []
        size = 0
        body_lines = [l for l in art if _is_body(l)]
        for line in art:
            if _is_body(line):
                continue
            lines.append(line)
            if line.startswith(("河北日报记者", "本报记者")) or (line.startswith("#") and
                                                                 not line.startswith("## ")):
                break
        while size < target:
            src = rng.choice(body_lines) if body_lines and rng.random() < 0.5 else None
            sents = _SENT.findall(src.strip()) if src else \
                [rng.choice(self.pool) for _ in range(rng.randint(2, 6))]
            para = "".join(s if rng.random() < 0.7 else rng.choice(self.pool) for s in sents)
            if rng.random() < 0.08:
                lines += ["", "### " + rng.choice(["提档升级", "壮大力量", "精准服务", "打造品牌",
                                                   "保障落实", "优化服务", "强化监管"]), ""]
            lines += ["", para]
            size += len(para)
        text = self._rewrite("\n".join(lines).strip("\n") + "\n", places, stems)
        title = next((l[3:].strip() for l in text.splitlines() if l.startswith("## ")), None)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        return {"id": f"doc-{i:06d}", "title": title, "date": f"2023-{month:02d}-{day:02d}",
                "source": "synthetic/hebei-daily-recombined", "text": text}


def generate(path: str | Path, mb: float, seed: int = 7) -> dict:
    """Write about `mb` megabytes (10^6 bytes) of JSON Lines to `path`; returns counts."""
    gen = Generator(seed)
    limit = int(mb * 1_000_000)
    written = docs = chars = 0
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        while written < limit:
            rec = gen.document(docs)
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            chars += len(rec["text"])
            docs += 1
    return {"path": str(path), "bytes": written, "documents": docs, "chars": chars}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size in megabytes (10^6 bytes)")
    ap.add_argument("--out", required=True, help="output .jsonl file")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    info = generate(args.out, args.mb, args.seed)
    print(f"{info['path']}: {info['documents']} documents, {info['chars']:,} characters, "
          f"{info['bytes']:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
