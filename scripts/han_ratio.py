"""How much of the extractor's vocabulary lives in data files (issue 12's measure).

Counts Han characters in string literals of ``kg/`` (docstrings excluded; f-strings count their
literal parts) and in ``kg/resources/lexicon/`` (every TSV, comment lines excluded; files whose first line says they are
generated, such as ``world_places.tsv`` from pycountry, are left out unless ``--with-generated``),
and prints the share held by data.  ``--top N`` lists the modules with the most Han characters in code, so a
newcomer can see where vocabulary still hides.

    python scripts/han_ratio.py [--top 15] [--min 0.8]

Exit status 1 when ``--min`` is given and the share is below it.
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _docstring_nodes(tree: ast.AST) -> set[int]:
    """ids of the Constant nodes that are docstrings (module, class, function)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                out.add(id(body[0].value))
    return out


def code_han(path: Path) -> int:
    """Han characters in the string literals of one module, docstrings excluded."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docs = _docstring_nodes(tree)
    n = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            n += len(HAN.findall(node.value))
    return n


def data_han(path: Path) -> int:
    """Han characters of a data file, comment lines excluded."""
    n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.lstrip().startswith("#"):
            n += len(HAN.findall(line))
    return n


def _generated(path: Path) -> bool:
    """A table written by a script from another source is not hand-moved vocabulary."""
    with path.open(encoding="utf-8") as fh:
        return fh.readline().lower().startswith("# generated")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--min", type=float, default=None)
    ap.add_argument("--with-generated", action="store_true",
                    help="count generated tables (world_places.tsv) as data too")
    a = ap.parse_args(argv)
    kg = ROOT / "kg"
    lex = kg / "resources" / "lexicon"
    per_module = {p.relative_to(ROOT).as_posix(): code_han(p) for p in sorted(kg.rglob("*.py"))}
    in_code = sum(per_module.values())
    files = sorted(lex.glob("*.tsv")) + sorted(lex.glob("*.json"))
    if not a.with_generated:
        files = [p for p in files if not _generated(p)]
    in_data = sum(data_han(p) for p in files)
    share = in_data / (in_data + in_code) if in_data + in_code else 1.0
    print(f"Han characters: {in_data} in kg/resources/lexicon/, {in_code} in string literals of kg/"
          f" -> {share:.1%} in data")
    for mod, n in sorted(per_module.items(), key=lambda kv: -kv[1])[:a.top]:
        if n:
            print(f"  {n:6d}  {mod}")
    if a.min is not None and share < a.min:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
