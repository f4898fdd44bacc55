"""User-dictionary entries (`kg.lexicon.load_user_dict`), matched with Aho-Corasick; they win over
the grammar where they overlap."""
from __future__ import annotations

from functools import lru_cache

import ahocorasick

from ... import lexicon as L
from .common import Found


@lru_cache(maxsize=8)
def user_automaton(path: str):
    entries = L.load_user_dict(path)
    A = ahocorasick.Automaton()
    for e in entries:
        for n in [e.name] + e.aliases:
            A.add_word(n, (n, e))
    if entries:
        A.make_automaton()
    return A if entries else None


def find_user_entries(text: str, path: str) -> list[Found]:
    A = user_automaton(path)
    if A is None:
        return []
    out = []
    for end_idx, (surface, e) in A.iter_long(text):
        s = end_idx - len(surface) + 1
        attrs = {"user": True}
        if e.code:
            attrs["code"] = e.code
        if e.parent:
            attrs["parent_name"] = e.parent
        out.append(Found(s, end_idx + 1, e.type, e.name, "user-dict", attrs))
    return out

