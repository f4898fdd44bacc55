"""The govkg-extraction/1 exchange format (see docs/extraction-format.md): what `kg eval` scores."""
from __future__ import annotations

import json


def dumps(extraction) -> str:
    return json.dumps(extraction.to_json(), ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def write(extraction, path, **_options) -> None:
    """Streamed to the file: on a 100 MB corpus the whole text would be a ~1 GB string."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(extraction.to_json(), f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
