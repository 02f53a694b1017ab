"""The JSON export: every entity in a fixed, documented order, byte-identical for equal content.

Format (docs/data-model.md): an object with ``format``, ``format_version``,
``schema_version``, ``entities`` (entity name → rows sorted by id, keys sorted) and
``conflicts``. Installation facts (path, member, clock) are left out on purpose, so two
databases with the same content give the same bytes.
"""

from __future__ import annotations

import json
from typing import TextIO

from .migrations import SCHEMA_VERSION
from .schema import ENTITIES
from .store import Store

FORMAT_VERSION = 1


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def write_json(store: Store, out: TextIO, *, include_deleted: bool = False) -> None:
    """Stream the export of ``store`` to ``out`` (rows are never all in memory at once)."""
    out.write("{\n")
    out.write(f' "format": "fieldnotes-export",\n "format_version": {FORMAT_VERSION},\n')
    out.write(f' "schema_version": {SCHEMA_VERSION},\n "entities": {{\n')
    for index, name in enumerate(ENTITIES):
        out.write(f"  {_dump(name)}: [")
        for n, row in enumerate(store.rows(name, include_deleted=include_deleted)):
            out.write(("," if n else "") + "\n   " + _dump(row))
        out.write("\n  ]" + ("," if index < len(ENTITIES) - 1 else "") + "\n")
    out.write(' },\n "conflicts": [')
    for n, c in enumerate(store.conflicts()):
        item = {
            "entity": c.entity,
            "row_id": c.row_id,
            "field": c.field,
            "kind": c.kind,
            "winner": c.winner,
            "losers": list(c.losers),
        }
        out.write(("," if n else "") + "\n  " + _dump(item))
    out.write("\n ]\n}\n")
