"""Reading a written document back as a reader (and python-docx) sees it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document

#: What the hand-made store of conftest.py holds, for the tests to look for.
CPR = "010203-1234"
PHONE = "12 34 56 78"
EMAIL = "soeren@aeroe.dk"
NAME = "Søren Ågård"
QUOTE = "Vi får børnene i skole før de når at gå i stå"


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, tables' cells included."""
    doc = Document(str(path))
    out = [(p.style.name, p.text) for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                out += [("cell", p.text) for p in cell.paragraphs]
    return out


def all_xml(path: Path) -> str:
    """Every XML part of the package as one text (body, headers, footers, properties)."""
    with zipfile.ZipFile(path) as package:
        return "\n".join(
            package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.endswith(".xml")
        )


def table_rows(path: Path) -> list[list[str]]:
    doc = Document(str(path))
    return [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
