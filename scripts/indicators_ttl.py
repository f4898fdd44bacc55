"""Write ontology/indicators.ttl, the SKOS concept scheme of govkg's indicators, from the data file
kg/resources/lexicon/indicators.tsv (the one place the vocabulary is edited).

    python scripts/indicators_ttl.py            # rewrite the file
    python scripts/indicators_ttl.py --check    # exit 1 when the file is out of date
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.indicators import scheme_turtle  # noqa: E402

OUT = ROOT / "ontology" / "indicators.ttl"


def main(argv: list[str]) -> int:
    text = scheme_turtle()
    if "--check" in argv:
        if not OUT.is_file() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT}: out of date; run python scripts/indicators_ttl.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
