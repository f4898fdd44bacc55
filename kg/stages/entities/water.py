"""Water works for the entities stage: dikes, reservoirs and sluices by name (白洋淀千里堤,
岗南水库) as facilities (Organization).  The grammar lives in `kg.stages.water`, beside the
rivers and lakes the gazetteer stage finds with it; this module keeps the entities stage's import.
"""
from __future__ import annotations

from .common import Found


def find_water_works(text: str, places: list[Found]) -> list[Found]:
    """Dikes, reservoirs and sluices named in `text` (the rivers and lakes are the gazetteer's)."""
    from ..water import find_works  # imported here: kg.stages.water imports this package's common
    return find_works(text, places)
