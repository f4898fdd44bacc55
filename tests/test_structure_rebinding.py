"""A module-level name bound twice in one module of kg/ (two rules' tables given one name) silently
hands every function of the module the second value: round 55 lost two rules so (a 12-character
reach of a size bound's aside became 120; a list of 总数-words overwrote another list's).  Each module
binds a name once, or rebinds it from itself (`X = re.compile(X)`).  The bindings listed in
`_KNOWN` predate the check: each function reading them gets the last value, which is what the
outputs measured so far were built with; they are left as they are until a rule is measured on them."""
from __future__ import annotations

import ast
from pathlib import Path

KG = Path(__file__).resolve().parent.parent / "kg"

_KNOWN = {
    ("kg/stages/entities/pos.py", "_DIRECTIONS"),
    ("kg/stages/gazetteer.py", "_MUNICIPALITY_END"),
    ("kg/stages/gazetteer.py", "_TOWNSHIP_SUFFIXES"),
    ("kg/stages/gazetteer.py", "_NAME_TAGS"),
    ("kg/stages/metrics.py", "_BARE_CHANGE"),
    ("kg/stages/posts.py", "_LIST_CLOSERS"),
}


def _rebound(path: Path) -> list[tuple[str, int, int]]:
    """(name, first line, second line) of every module-level name bound again not from itself."""
    seen: dict[str, int] = {}
    out = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [x.id for t in node.targets for x in ast.walk(t) if isinstance(x, ast.Name)]
            used = {x.id for x in ast.walk(node.value) if isinstance(x, ast.Name)}
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names, used = [node.name], set()
        else:
            continue
        for name in names:
            if name in seen and name not in used:
                out.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    return out


def test_no_module_binds_a_name_twice():
    found = []
    for path in sorted(KG.rglob("*.py")):
        rel = path.relative_to(KG.parent).as_posix()
        found += [(rel, *hit) for hit in _rebound(path) if (rel, hit[0]) not in _KNOWN]
    assert not found, f"module-level names bound twice (rename one): {found}"


def test_the_check_finds_a_second_binding(tmp_path):
    """The check itself: a second table under one name is found, a compile of a name from itself is not."""
    src = tmp_path / "m.py"
    src.write_text("A = 1\nB = 'x'\nB = f(B)\ndef g():\n    return A\nA = 2\n", encoding="utf-8")
    assert _rebound(src) == [("A", 1, 6)]
