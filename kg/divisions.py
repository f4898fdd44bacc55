"""China's administrative divisions: names, codes, levels, hierarchy and former names.

The table ships with the package (statistics codes, 2023; see resources/divisions/README.md), so
builds are offline.  Codes are the current ones; former names (肥乡县 → 肥乡区) are aliases of the
current division, with the old code kept as an attribute.
"""
from __future__ import annotations

import csv
from collections import Counter
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

LEVELS = ("province", "city", "county", "township")


@lru_cache(maxsize=None)
def level_rank() -> dict[str, float]:
    """How specific a place of each level is (`place_levels.tsv`: a country 0, a province 1 … a
    village 5, new areas and zones in between): the one scale every rule that prefers the most
    specific of several places reads, so that no stage keeps its own copy of the ladder."""
    from . import lexicon as L
    return {r["level"]: float(r["rank"]) for r in L.load_table("place_levels")}


def _place_grammar() -> dict[str, tuple[str, ...]]:
    from . import lexicon as L
    return L.word_lists("place_grammar")


@lru_cache(maxsize=None)
def place_words(list_name: str) -> tuple[str, ...]:
    """The words of one list of `place_grammar.tsv` (the place grammars' vocabulary), in file order.
    Cached (as `word_lists` is): the grammars ask for their lists at every match."""
    return _place_grammar().get(list_name, ())


@lru_cache(maxsize=None)
def place_chars(list_name: str) -> str:
    """The characters of a list of `place_grammar.tsv` written as one row of characters."""
    return "".join(place_words(list_name))


def _suffix_re(list_name: str) -> re.Pattern:
    return re.compile(f"({'|'.join(map(re.escape, place_words(list_name)))})$")


@lru_cache(maxsize=1)
def _ethnic_re() -> re.Pattern:
    return re.compile(f"({'|'.join(map(re.escape, place_words('division_ethnic')))})+")


@dataclass
class Division:
    code: str  # 6 digits for province/city/county, 9 for township
    name: str
    level: str
    parent: str | None  # code of the containing division
    short: str | None = None  # 邯郸 for 邯郸市, 馆陶 for 馆陶县; None when too short or unsafe
    former: list[tuple[str, str, str]] = field(default_factory=list)  # (old name, old code, year)
    functional: bool = False  # development zones: statistics code, not an administrative division


def _strip_ethnic(stem: str) -> str:
    """怒江傈僳族 → 怒江, 德宏傣族景颇族 → 德宏; but 内蒙古 stays (蒙古 is its name, not a mark)."""
    out = _ethnic_re().sub("", stem)
    return out if len(out) >= 2 else stem


def short_name(name: str, level: str) -> str | None:
    """The customary short form of a division name, or None when it would be ambiguous."""
    W = place_words
    if level == "province":
        s = _strip_ethnic(_suffix_re("province_suffixes").sub("", name))
    elif level == "city":
        s = _strip_ethnic(_suffix_re("city_suffixes").sub("", name))
    elif level == "county":
        auto = next((x for x in W("autonomous_county_suffixes") if name.endswith(x)), None)
        if auto:
            s = _strip_ethnic(name[:-len(auto)])
            if _ethnic_re().fullmatch(s):
                return None  # 东乡族自治县, 鄂温克族自治旗: the stem is the people (东乡族群众), no short name
        elif name.endswith(W("county_suffixes")) or (name.endswith(W("county_city_suffix")) and len(name) > 2):
            s = name[:-1]
        elif name.endswith(W("district_suffix")) and len(name) >= 4 and not name.endswith(W("district_not_short")):
            s = name[:-1]  # 沙依巴克区 → 沙依巴克: allowed only where the city is in context
        else:
            return None
    else:
        return None
    return s if len(s) >= 2 and s != name else None


class DivisionTable:
    """Lookup by code and by name (full, short or former)."""

    def __init__(self):
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[str]] = {}  # full or former name → codes
        self.by_short: dict[str, list[str]] = {}
        self._townships: dict[str, dict[str, str]] = {}  # county code → {name: code}
        self.district_stems: set[str] = set()  # short names of three-character districts (萧山)
        self.aliases: dict[str, str] = {}  # customary names (恩施州, 科右前旗) → code
        self.derived_former: set[str] = set()  # former names by stem (水城县): need their city named
        self._stems: list[tuple[str, str]] = []
        self._load()

    # ------------------------------------------------------------------ loading
    def _rows(self, name: str):
        with resources.files("kg.resources.divisions").joinpath(name).open(encoding="utf-8") as f:
            yield from csv.DictReader(f)

    def _add(self, d: Division) -> None:
        self.by_code[d.code] = d
        self.by_name.setdefault(d.name, []).append(d.code)
        d.short = short_name(d.name, d.level)
        if d.short:
            self.by_short.setdefault(d.short, []).append(d.code)
        elif d.level == "county" and not d.functional and len(d.name) == 3 \
                and d.name.endswith(place_words("district_suffix")):
            self._stems.append((d.name[:2], d.code))

    def _add_district_stems(self) -> None:
        """萧山区 → 萧山, 牟平区 → 牟平: customary short names, but many such stems are common
        words too (和平区, 解放区), so the gazetteer checks them (`district_stems`) — unless the
        stem is a short name of its own already (肥乡 of the former 肥乡县)."""
        for stem, code in self._stems:
            if stem not in self.by_short:
                self.district_stems.add(stem)
            if stem in self.district_stems:
                self.by_short.setdefault(stem, []).append(code)

    def _load(self) -> None:
        provinces = {}
        for r in self._rows("provinces.csv"):
            code = r["code"] + "0000"
            provinces[r["code"]] = code
            self._add(Division(code, r["name"], "province", None))
        cities = {}
        for r in self._rows("cities.csv"):
            pcode = provinces[r["provinceCode"]]
            if r["name"] in place_words("placeholder_cities"):
                cities[r["code"]] = pcode  # counties directly under a province or municipality
                continue
            code = r["code"] + "00"
            cities[r["code"]] = code
            self._add(Division(code, r["name"], "city", pcode))
        for r in self._rows("areas.csv"):
            parent = cities.get(r["cityCode"]) or provinces[r["provinceCode"]]
            if r["code"] == parent:  # 东莞市, 中山市, 儋州市: a city without counties is listed
                continue             # as its own county; it is one division, not its own child
            name = r["name"]
            functional = not name.endswith(place_words("division_suffixes")) \
                or any(z in name for z in place_words("zone_words")) \
                or name.endswith(place_words("new_area_suffix")) and r["code"][4:6] >= "70"
            self._add(Division(r["code"], r["name"], "county", parent, functional=functional))
        with resources.files("kg.resources.divisions").joinpath("streets.csv").open(encoding="utf-8") as f:
            rows = csv.reader(f)  # 41k rows: plain rows, not a dict per row (DictReader)
            header = next(rows)
            area, name, code = header.index("areaCode"), header.index("name"), header.index("code")
            for r in rows:
                if r:  # (a blank line, which DictReader skipped too)
                    self._townships.setdefault(r[area], {})[r[name]] = r[code]
        for r in self._rows("changes.csv"):
            d = self.by_code.get(r["new_code"])
            if d is None:
                continue
            d.former.append((r["old_name"], r["old_code"], r["year"]))
            self.by_name.setdefault(r["old_name"], []).append(d.code)
            s = short_name(r["old_name"], d.level)
            if s and s != d.short:
                self.by_short.setdefault(s, []).append(d.code)
        self._add_district_stems()
        self._add_aliases()
        self._add_stem_former_names()
        self._check_hierarchy()

    def _add_aliases(self) -> None:
        """Customary names: 恩施州 and 恩施自治州 for every autonomous prefecture (its short name + 州
        or + 自治州) and the listed ones of division_aliases.tsv (科右前旗); they are names of the
        division, not former ones."""
        from . import lexicon as L
        prefectures = [d for d in self.by_code.values()
                       if d.level == "city" and d.short and d.name.endswith(place_words("autonomous_prefecture"))]
        pairs = [(d.short + place_chars("prefecture_alias_suffix"), d.code) for d in prefectures]
        # … and 楚雄自治州, 延边自治州: the short name with the whole suffix, the people left out
        pairs += [(d.short + place_words("autonomous_prefecture")[0], d.code) for d in prefectures]
        pairs += self._autonomous_county_aliases()
        for r in L.load_table("division_aliases"):
            codes = self.by_name.get(r["name"], [])
            if len(codes) == 1:
                pairs.append((r["alias"], codes[0]))
        counts = Counter(alias for alias, _ in pairs)
        for alias, code in pairs:
            if alias not in self.by_name and counts[alias] == 1:  # two divisions' alias names neither
                self.by_name[alias] = [code]
                self.aliases[alias] = code

    def _add_stem_former_names(self) -> None:
        """水城县 for 水城区, 康定县 for 康定市, 南海市 for 南海区: a county-level division's stem
        with a suffix it had before 撤县设区 or 撤县设市 is a former name of it, where no division
        bears that name now and changes.csv does not list it.  Hundreds of counties were renamed
        so; the stem with the old suffix is how older texts and the approvals themselves write them.
        They are `derived_former`: the gazetteer takes them only where the document names the city
        or province they lie in (a district never so called, or 平安县 in 创建平安县, stays out)."""
        olds = {place_words("district_suffix")[0]: place_words("former_suffixes_of_district"),
                place_words("county_city_suffix")[0]: place_words("former_suffixes_of_county_city")}
        from . import lexicon as L
        common = set(L.column("place_common_words.tsv"))  # (解放区, 新市区: common words too)
        derived: dict[str, list[str]] = {}
        for d in self.by_code.values():
            if d.level != "county" or d.functional or d.name in common or d.name[-1] not in olds:
                continue
            stem = d.name[:-1]
            if len(stem) >= 2 and not d.name.endswith(place_words("district_not_short")):
                for old in olds[d.name[-1]]:
                    if stem + old not in self.by_name and not (stem + old).endswith(place_words("former_not_ending")):
                        derived.setdefault(stem + old, []).append(d.code)
        for name, codes in sorted(derived.items()):
            self.by_name[name] = codes
            self.derived_former.add(name)
            for code in codes:
                self.by_code[code].former.append((name, "", ""))

    def _autonomous_county_aliases(self) -> list[tuple[str, str]]:
        """彭水苗族土家族自治县 is written 彭水自治县 and 彭水县, 镇沅彝族哈尼族拉祜族自治县 镇沅县
        (the short name with the suffix or its last character, as official texts write them)."""
        out = []
        for d in self.by_code.values():
            auto = next((x for x in place_words("autonomous_county_suffixes") if d.name.endswith(x)), None)
            if d.level == "county" and auto and d.short and not d.short.endswith(place_chars("ethnic_last")):
                out += [(d.short + auto, d.code), (d.short + auto[-1], d.code)]
        return out

    def _check_hierarchy(self) -> None:
        """Refuse a table whose parent links loop or dangle: every walk up the hierarchy must end
        (a division that was its own parent once made `ancestors` grow a list without bound)."""
        done: set[str] = set()
        for code in self.by_code:
            path: list[str] = []
            on_path: set[str] = set()
            c: str | None = code
            while c is not None and c not in done:
                if c in on_path:
                    raise ValueError(f"division table: parent links form a cycle: "
                                     f"{' → '.join(path[path.index(c):] + [c])}")
                d = self.by_code.get(c)
                if d is None:
                    raise ValueError(f"division table: {path[-1]} has unknown parent {c}")
                path.append(c)
                on_path.add(c)
                c = d.parent
            done.update(path)

    # ------------------------------------------------------------------ lookups
    def get(self, code: str) -> Division | None:
        if code in self.by_code:
            return self.by_code[code]
        if len(code) == 9:
            county = code[:6]
            for name, c in self._townships.get(county, {}).items():
                if c == code:
                    return Division(code, name, "township", county)
        return None

    def townships(self, county_code: str) -> dict[str, str]:
        """Township-level names (街道/镇/乡) of a county → 9-digit code."""
        return self._townships.get(county_code, {})

    def ancestors(self, code: str) -> list[Division]:
        """The division's chain upwards, nearest first (excluding itself)."""
        out: list[Division] = []
        seen = {code}
        d = self.get(code)
        while d is not None and d.parent and d.parent not in seen:  # cycle-safe, whatever the data
            seen.add(d.parent)
            d = self.by_code.get(d.parent)
            if d is not None:
                out.append(d)
        return out

    def is_within(self, code: str, ancestor: str) -> bool:
        return any(a.code == ancestor for a in self.ancestors(code))

    def candidates(self, name: str) -> list[Division]:
        """Divisions a full or former name can denote."""
        return [self.by_code[c] for c in self.by_name.get(name, [])]

    def short_candidates(self, name: str) -> list[Division]:
        return [self.by_code[c] for c in self.by_short.get(name, [])]


@lru_cache(maxsize=1)
def table() -> DivisionTable:
    """The shared table, loaded once per process (≈0.2 s)."""
    return DivisionTable()
