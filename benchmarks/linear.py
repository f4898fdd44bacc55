"""Does the pipeline's work grow linearly with a document's length, whatever the document repeats?

Long documents that repeat one shape — a list of thousands of names (出席会议的有…), an
appointment list (任命…为…；), the same meeting sentence, a run of posts and names with no full
stop, a list of short lines, a national organ over and over, short forms defined and used
(…协会（以下简称…协）) — made stages that checked each new
name against every earlier one quadratic (a 200,000-character list of posts and names took 43 s,
50,000 characters 6 s, and a 400,000-character one passed the 300 s `--doc-timeout`, losing the
document).  For each shape this prints the pipeline's CPU seconds (one process, warm) on one
document of N, 2N and 4N characters and the growth from each size to the next: linear work
doubles (≈ 2.0×); a quadratic scan shows as 3–4× and more.

    python benchmarks/linear.py                 # N = 25,000 characters
    python benchmarks/linear.py --chars 50000 --shapes attendance,meetings

`tests/test_robust11_linear.py` checks the same shapes by counting function calls (no clock).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文斌海波辉鹏飞宇浩然凯俊峰晨阳"
_BODIES = ("魏县人民政府", "邯郸市科技局", "魏县人力资源和社会保障局", "肥乡区农业农村局", "县委宣传部")
_POSTS = ("副县长", "县长", "局长", "副局长", "主任", "书记", "常务副县长", "县委常委")
_PLACES = ("邯郸市", "魏县", "肥乡区", "河北省", "石家庄市", "广平县", "大名县", "涉县", "武安市", "临漳县")

SHAPES = ("meetings", "posts-no-stop", "attendance", "appointments", "lines", "registry",
          "definitions", "programmes", "committees", "elections", "headline-list", "organisers", "index-table",
          "monthly-table", "town-stems", "shared-names", "court-news", "country-runs", "new-area-lists",
          "resumes", "stations")


def shape(kind: str, n: int) -> str:
    """`n` characters of one shape of government text repeated, the names varying (seeded by
    the shape's name: the same text every run)."""
    rnd = random.Random(kind)

    def name() -> str:
        return rnd.choice(_SURNAMES) + rnd.choice(_GIVEN) + (rnd.choice(_GIVEN) if rnd.random() < .6 else "")

    parts, size = [], 0
    while size < n:
        if kind == "meetings":
            s = f"国务院总理{name()}在北京会见美国国务卿{name()}。"
        elif kind == "posts-no-stop":
            s = f"{rnd.choice(_POSTS)}{name()}、"
        elif kind == "attendance":
            s = "出席会议的有" + "、".join(name() for _ in range(50)) + "。"
        elif kind == "appointments":
            s = f"任命{name()}为{rnd.choice(_BODIES)}{rnd.choice(_POSTS)}；"
        elif kind == "lines":
            s = f"{rnd.choice(_PLACES)}{rnd.choice(_BODIES)}\n"
        elif kind == "registry":
            s = "中华人民共和国国务院"
        elif kind == "programmes":  # quoted programmes named by their places (relations: the place inside a name)
            s = f"“{rnd.choice(_PLACES)}{rnd.choice(('惠民实践团', '清河行动', '云执法'))}”、"
        elif kind == "definitions":  # short forms defined and used (kg.stages.short_forms)
            stem = rnd.choice("甲乙丙丁戊己庚辛壬癸") + rnd.choice("光明兴盛")
            s = f"{rnd.choice(_PLACES)}{stem}协会（以下简称{stem}协）成立，{stem}协召开会议。"
        elif kind == "elections":  # one verb opening a run of appointments with no full stop (选举A为…，B为…)
            s = ("会议选举" if not parts else "") + f"{name()}为{rnd.choice(_POSTS)}，"
        elif kind == "committees":  # party committees written in full (中共广德县委员会 → 广德县委)
            s = f"中共{rnd.choice(_PLACES)}委员会，"
        elif kind == "headline-list":  # a scraped line of appointments, spaces and no clause mark (A任… B任…)
            s = f"{name()}任{rnd.choice(_PLACES)}{rnd.choice(_POSTS)} "
        elif kind == "organisers":  # one organiser clause listing many bodies with 和/与 (由A和B与C…主办)
            s = ("活动由" if not parts else rnd.choice("和与")) + f"{rnd.choice(_PLACES)}{rnd.choice(('农业', '农村', '文化'))}"
        elif kind == "index-table":  # a price-index table scraped with bars (numbers._index_table: one pass)
            s = ("居民消费价格指数(上年同月=100)\n名称 | 环比 | 同比 | 累计比 |\n" if not parts else "") \
                + f"{rnd.choice(_PLACES)[:2]}{rnd.choice(('食品', '衣着', '居住'))} | {rnd.randint(950, 1050) / 10} | " \
                  f"{rnd.randint(950, 1050) / 10} | {rnd.randint(950, 1050) / 10} |\n"
        elif kind == "monthly-table":  # a monthly table with a cumulative column (metrics._table_month: one walk)
            s = ("全省接待过夜游客情况(2014年3月)\n本 月 | 比上年同月 ±% | 本月止累计 | 比上年同期 ±% |\n"
                 "一、接待过夜游客(人次) | 22792906 | 6.85 | 64533707 | 2.52 |\n" if not parts else "") \
                + f"{rnd.choice(_PLACES)[:2]}游客 | {rnd.randint(1000, 9999)} | {rnd.randint(-99, 99) / 10} | " \
                  f"{rnd.randint(10000, 99999)} | {rnd.randint(-99, 99) / 10} |\n"
        elif kind == "town-stems":  # a town named in full, then its short name in running text (pos: 南浦溪|生态)
            s = f"{rnd.choice(('延安', '宝鸡', '南浦溪'))}的发展很好，{rnd.choice(('宝鸡', '南浦'))}也在变化。\n"
        elif kind == "shared-names":  # a district name several cities share, over and over, with bureaus' heads
            # (gazetteer: the shared name's townships searched; posts: each new body's alias looked up)
            s = f"鼓楼区{rnd.choice(('文化', '教育', '卫生', '水务', '商务'))}局局长{name()}来到长安区" \
                f"{rnd.choice(('第一', '第二', '实验'))}小学调研。"
        elif kind == "court-news":  # a court's long report: 该院 and 院党组 over and over (posts: the article's court)
            s = f"潢川县人民法院执行局干警{name()}介绍，该院{name()}副院长通报案件{rnd.randint(10, 99)}件，" \
                f"院党组成员、副院长{name()}出席。"
        elif kind == "country-runs":  # countries written one character each, over and over (resolve: the lists)
            s = f"外交部发言人{name()}说，美日韩、美英澳三边关系不应针对第三方，中巴双边贸易额增长{rnd.randint(1, 9)}%，"
        elif kind == "new-area-lists":  # a city's new areas listed among its counties (gazetteer: the listed items)
            s = f"古塔区、松山新区、滨海新区和凌河区分别增长{rnd.randint(1, 9)}%、{rnd.randint(1, 9)}%、" \
                f"{rnd.randint(1, 9)}%和{rnd.randint(1, 9)}%，"
        elif kind == "resumes":  # a run-on list of resumes, no full stop (posts: the names a note of sex closes)
            s = f"{rnd.choice(_POSTS)}{name()}，{rnd.choice('男女')}，汉族，{rnd.randint(1965, 1990)}年{rnd.randint(1, 12)}月生，"
        elif kind == "stations":  # police stations named with their bureau, then by their own name (short_forms)
            stem = rnd.choice("东西南北中新城河山") + rnd.choice("关桥湖岭坪坝口营")
            s = f"{rnd.choice(_PLACES)}公安局{stem}派出所民警{name()}说，{stem}派出所出动警力{rnd.randint(3, 30)}人，"
        else:
            raise ValueError(f"unknown shape {kind!r}; shapes: {', '.join(SHAPES)}")
        parts.append(s)
        size += len(s)
    return "".join(parts)[:n]


def _doc(text: str):
    """`text` as the reader gives a plain-text file (layout and sentences run in the pipeline)."""
    from kg.model import Doc
    return Doc(id="linear", source="linear.txt", text=text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chars", type=int, default=25000, help="N: the smallest document (default 25,000)")
    ap.add_argument("--shapes", default=",".join(SHAPES), help=f"comma-separated, of: {', '.join(SHAPES)}")
    args = ap.parse_args(argv)
    if str(Path(__file__).resolve().parents[1]) not in sys.path and \
            __import__("importlib.util").util.find_spec("kg") is None:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from kg.builder import _pipeline
    pipe = _pipeline(None)
    pipe(_doc("邯郸市魏县召开会议。"))  # warm-up: tables and automata
    print(f"{'shape':14s} " + " ".join(f"{args.chars * k:>9,} ch" for k in (1, 2, 4)) + "   growth ×2, ×2")
    for kind in args.shapes.split(","):
        text = shape(kind, 4 * args.chars)
        secs = []
        for k in (1, 2, 4):
            doc = _doc(text[:k * args.chars])
            c = time.process_time()
            pipe(doc)
            secs.append(time.process_time() - c)
        growth = [secs[i + 1] / secs[i] if secs[i] else float("nan") for i in range(2)]
        print(f"{kind:14s} " + " ".join(f"{s:10.2f} s" for s in secs)
              + f"   {growth[0]:.2f}×, {growth[1]:.2f}×", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
