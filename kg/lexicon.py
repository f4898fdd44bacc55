"""Built-in lexicons for names of Chinese government bodies, and the user dictionary loader.

Agency names are compositional: a scope (a place, or 市/县/省 relative to the article's place),
an optional organ (委, 人民政府 …), a department stem (财政, 人力资源和社会保障 …) and a
unit suffix (局, 委员会, 支队 …).  The stems below are the standard department names of
provincial, city and county governments and party committees (with their customary short forms),
so that names are recognised by grammar rather than listed one by one.  Users add what the
grammar cannot know (a company, a named project, a local unit) with a user dictionary.

The vocabulary is data: every list lives in a TSV file of `kg/resources/lexicon/` (described in its
README.md) and is read by `load_table`, the one loader, as jionlp's `dictionary_loader` reads its
`dictionary/` files.  A new department stem or organ suffix is a line in a file, not a code edit.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .model import ENTITY_TYPES

LEXICON_DIR = Path(__file__).resolve().parent / "resources" / "lexicon"


EXTRA_ENV = "GOVKG_LEXICON_EXTRA"  # a directory whose tables add rows to the built-in ones


def _extra_dir() -> Path | None:
    import os
    d = os.environ.get(EXTRA_ENV)
    return Path(d) if d else None


def _parse(path: Path) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise ValueError(f"{path}: cannot read lexicon table ({getattr(e, 'strerror', None) or e})") from None
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = tuple(map(str.strip, line.split("\t")))  # (map: no generator frame per cell, 90,000 per start)
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise ValueError(f"{path}: line {no} has {len(cells)} fields, the header names {len(header)}")
        rows.append(cells + ("",) * (len(header) - len(cells)))
    if header is None:
        raise ValueError(f"{path}: no header line")
    return header, rows


@lru_cache(maxsize=None)
def _read_table(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    header, rows = _parse(LEXICON_DIR / name)
    extra = _extra_dir()
    if extra is not None and (extra / name).is_file():
        more_header, more = _parse(extra / name)
        if more_header != header:
            raise ValueError(f"{extra / name}: header {' '.join(more_header)!r} differs from "
                             f"the built-in table's {' '.join(header)!r}")
        rows += [r for r in more if r not in rows]
    return header, tuple(rows)


def load_table(name: str) -> list[dict[str, str]]:
    """Rows of `kg/resources/lexicon/<name>` as dicts keyed by its header (UTF-8 TSV; `#` lines and
    blank lines skipped; missing trailing fields are empty strings; `.tsv` may be left out).
    Read once per process."""
    header, rows = _read_table(name if name.endswith(".tsv") else name + ".tsv")
    return [dict(zip(header, r)) for r in rows]


@lru_cache(maxsize=None)
def word_lists(name: str) -> dict[str, tuple[str, ...]]:
    """The named word lists of a (list, word) table (relation_cues, place_grammar,
    programme_cues …) in file order: one reader for every grammar's cue words."""
    out: dict[str, list[str]] = {}
    for r in load_table(name):
        out.setdefault(r["list"], []).append(r["word"])
    return {k: tuple(v) for k, v in out.items()}


def column(name: str, col: str | None = None) -> tuple[str, ...]:
    """One column of a table in file order (the first column by default)."""
    header, rows = _read_table(name)
    k = header.index(col) if col else 0
    return tuple(r[k] for r in rows)


def words(list_name: str) -> tuple[str, ...]:
    """The words of one named list of `cue_words.tsv`, in file order (order matters where a list
    becomes a regular-expression alternation)."""
    return _cue_lists().get(list_name, ())


@lru_cache(maxsize=1)
def _cue_lists() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in load_table("cue_words.tsv"):
        out.setdefault(r["list"], []).append(r["word"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def surnames() -> tuple[str, ...]:
    """The family names of `surnames.tsv`, longest first (复姓 before their first character): one
    table every stage that opens a person's name reads (posts, layout's datelines)."""
    return tuple(sorted((r["surname"] for r in load_table("surnames")), key=lambda s: (-len(s), s)))


@lru_cache(maxsize=1)
def single_surnames() -> frozenset[str]:
    """The one-character family names of `surnames.tsv` (王, 李 …), read once: the first character a
    person's name opens with, for stages that test one character (layout's glued bylines, periods'
    holiday words)."""
    return frozenset(s for s in surnames() if len(s) == 1)


def chars(set_name: str) -> str:
    """The characters of one named set of `char_classes.tsv` (tested one character at a time)."""
    return _char_sets().get(set_name, "")


@lru_cache(maxsize=1)
def _char_sets() -> dict[str, str]:
    """`char_classes.tsv` by set name, read once (`chars` is called for some 40 sets at import)."""
    return {r["set"]: r["chars"] for r in load_table("char_classes.tsv")}


def words_alt(list_name: str) -> str:
    """A regex alternation of a cue list, in file order."""
    return "|".join(re.escape(w) for w in words(list_name))


def resource_files() -> list[Path]:
    """Every lexicon data file (the extraction cache key hashes them all)."""
    files = [p for p in LEXICON_DIR.iterdir() if p.is_file() and p.suffix == ".tsv"]
    extra = _extra_dir()
    if extra is not None and extra.is_dir():
        files += [p for p in extra.iterdir() if p.is_file() and p.suffix == ".tsv"]
    return sorted(files)


# department stems of governments (full names and customary short forms), with their standard forms
GOV_STEMS = column("department_stems.tsv")
CANONICAL_STEMS = {r["stem"]: r["canonical"] for r in load_table("department_stems.tsv") if r["canonical"]}
CANONICAL_SUFFIX = {(r["stem"], r["suffix"]): r["canonical"] for r in load_table("canonical_suffixes.tsv")}
SHORT_TAILS = {(r["stem"], r["suffix"]): r["tail"] for r in load_table("short_tails.tsv")}  # 通管办
# people's organisations (群团组织) named after their scope: 市总工会, 县妇联 …
MASS_ORGS = column("mass_organizations.tsv")
# departments of party committees (市委宣传部 …) and of governments' own offices
PARTY_STEMS = column("party_stems.tsv")
UNIT_SUFFIXES = column("unit_suffixes.tsv")
STRONG_SUFFIXES = column("strong_suffixes.tsv")
ORGANS = column("organs.tsv")
BARE_STEMS = {r["stem"]: r["suffix"] for r in load_table("bare_stems.tsv")}
BARE_STEMS_PROVINCE = {r["stem"]: r.get("province_suffix") or r["suffix"] for r in load_table("bare_stems.tsv")}
NATIONAL = column("national_bodies.tsv")
NATIONAL_MINISTRIES = column("national_ministries.tsv")
ORG_SUFFIXES = column("organization_suffixes.tsv")
FACILITY_SUFFIXES = column("facility_suffixes.tsv")
PROGRAMME_HEADS = tuple((r["head"], int(r["modifiers"])) for r in load_table("programme_heads.tsv"))
RUN_VERBS = column("run_verbs.tsv")
ISSUE_VERBS = column("issue_verbs.tsv")
POLICY_HEADS = column("policy_heads.tsv")
ANAPHORA = {r["form"]: r["level"] for r in load_table("anaphora.tsv")}
RELATIVE_SCOPES = {r["scope"]: r["level"] for r in load_table("relative_scopes.tsv")}
NEW_AREAS = {r["name"]: r["province_code"] for r in load_table("new_areas.tsv")}
ETHNIC_GROUPS = column("ethnic_groups.tsv")
SCOPE_ANAPHORA = {r["form"]: r["scope"] for r in load_table("scope_anaphora.tsv")}


# --------------------------------------------------------------------------- user dictionary

@dataclass
class UserEntry:
    """One user-dictionary entry: a name of a given type, its aliases, optional code and parent."""
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    code: str | None = None
    parent: str | None = None


def _split_aliases(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [a.strip() for a in str(value).replace("，", ",").replace("|", ",").replace(";", ",").split(",")
            if a.strip()]


def _entry(row: dict, where: str) -> UserEntry:
    name = str(row.get("name") or "").strip()
    typ = str(row.get("type") or "").strip()
    if not name:
        raise ValueError(f"{where}: entry without a name")
    if typ not in ENTITY_TYPES:
        raise ValueError(f"{where}: type {typ!r} of {name!r} is not one of {', '.join(ENTITY_TYPES)}")
    return UserEntry(name, typ, _split_aliases(row.get("aliases")),
                     (str(row["code"]).strip() or None) if row.get("code") else None,
                     (str(row["parent"]).strip() or None) if row.get("parent") else None)


def load_user_dict(path: str | Path) -> list[UserEntry]:
    """Read a user dictionary: JSON (a list of objects, or {"entries": [...]}) or TSV with a
    header row `name  type  aliases  code  parent` (aliases separated by commas or |).
    A TSV without a header is read as name, type, aliases, code, parent; # starts a comment."""
    path = Path(path)
    text = path.read_text(encoding="utf-8-sig")
    entries: list[UserEntry] = []
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        data = json.loads(text)
        if isinstance(data, dict):
            data = data.get("entries", [])
        for i, row in enumerate(data):
            entries.append(_entry(row, f"{path}: entry {i + 1}"))
        return entries
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return entries
    cols = ["name", "type", "aliases", "code", "parent"]
    first = [c.strip().lower() for c in lines[0].split("\t")]
    if "name" in first and "type" in first:
        cols, lines = first, lines[1:]
    for i, row in enumerate(csv.reader(lines, delimiter="\t")):
        entries.append(_entry(dict(zip(cols, row)), f"{path}: line {i + 1}"))
    return entries

