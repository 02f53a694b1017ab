"""Importing .docx, .txt and .md into a visit: headings placed in the guide, paragraphs as
notes, æ ø å intact, undoable, searchable at once, and clear messages for bad files."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from fieldnotes.core import operations as ops
from fieldnotes.core import queries
from fieldnotes.core.seed import DEFAULT_GUIDE_ID
from fieldnotes.core.store import Store
from fieldnotes.search.engine import search
from fieldnotes.search.errors import DocumentError
from fieldnotes.search.importer import import_document, read_document

SECTION = "1c. Målrettet indsats for nydanskere, der ikke er arbejdsmarkedsparate"


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Referat fra Ærø", level=1)
    document.add_paragraph("Første møde på rådhuset i Ærøskøbing.")
    document.add_heading(SECTION, level=1)
    document.add_paragraph("Mentorordningen får borgerne tættere på job.")
    document.add_paragraph("")
    document.add_paragraph("ØKONOMI: Å-projektet koster 2 mio. kr.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Sagsbehandler"
    table.cell(0, 1).text = "Søren Åberg"
    document.save(str(path))
    return path


def _docx_with_broken_xml() -> bytes:
    """A Word file whose text part was cut off half-way, as an interrupted copy leaves it."""
    whole, cut = io.BytesIO(), io.BytesIO()
    docx.Document().save(whole)
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(cut, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(
                item, data[: len(data) // 2] if item.filename.endswith("document.xml") else data
            )
    return cut.getvalue()


def _notes(store: Store, visit: str) -> list[dict]:
    return queries.visit_notes(store, visit)


def test_docx_headings_find_the_guide_and_paragraphs_become_notes(
    store: Store, visit: str, tmp_path: Path
) -> None:
    op = import_document(store, visit, _docx(tmp_path / "referat.docx"))
    notes = _notes(store, visit)
    assert [n["text"] for n in notes] == [
        "Referat fra Ærø",  # fits nothing in the guide: kept as a note
        "Første møde på rådhuset i Ærøskøbing.",
        "Mentorordningen får borgerne tættere på job.",
        "ØKONOMI: Å-projektet koster 2 mio. kr.",
        "Sagsbehandler | Søren Åberg",
    ]
    outline = queries.guide_outline(store, DEFAULT_GUIDE_ID)
    section = next(s for s in outline if s["title"] == SECTION)
    first_question = section["questions"][0]["id"]
    assert [n["question_id"] for n in notes] == [None, None, *[first_question] * 3]
    assert op.kind == "import" and op.result == notes[0]["id"]
    assert {h.row_id for h in search(store, "mentorordningen").hits} == {notes[2]["id"]}


def test_import_is_undone_and_redone_as_one_step(store: Store, visit: str, tmp_path: Path) -> None:
    history = ops.History(store)
    history.push(import_document(store, visit, _docx(tmp_path / "referat.docx")))
    assert len(_notes(store, visit)) == 5
    history.undo()
    assert _notes(store, visit) == []
    assert search(store, "mentorordningen").hits == []
    history.redo()
    assert len(_notes(store, visit)) == 5


def test_markdown_into_a_visit_without_guide_makes_a_guide(store: Store, tmp_path: Path) -> None:
    visit = store.create("visit", title="Møde i Århus", status="done")
    path = tmp_path / "noter.md"
    path.write_text(
        "# Sprog og job\n\nBørnene lærer dansk.\nOg forældrene også.\n\n"
        "## Hvordan går det med praktik?\n\nGodt, siger Åse.\n\n"
        "Anden overskrift\n================\n\nSidste afsnit med æøå.\n",
        encoding="utf-8",
    )
    history = ops.History(store)
    history.push(import_document(store, visit, path))
    guide_id = store.get("visit", visit)["guide_id"]
    outline = queries.guide_outline(store, guide_id)
    assert [s["title"] for s in outline] == ["Sprog og job", "Anden overskrift"]
    assert [q["text"] for q in outline[0]["questions"]] == [
        "Sprog og job",
        "Hvordan går det med praktik?",
    ]
    notes = _notes(store, visit)
    assert [n["text"] for n in notes] == [
        "Børnene lærer dansk.\nOg forældrene også.",
        "Godt, siger Åse.",
        "Sidste afsnit med æøå.",
    ]
    by_id = {q["id"]: q["text"] for s in outline for q in s["questions"]}
    assert [by_id[n["question_id"]] for n in notes] == [
        "Sprog og job",
        "Hvordan går det med praktik?",
        "Anden overskrift",
    ]
    history.undo()
    assert store.get("visit", visit)["guide_id"] is None
    assert _notes(store, visit) == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le"])
def test_text_files_keep_aeoeaa_in_any_usual_encoding(
    store: Store, visit: str, tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "noter.txt"
    path.write_bytes("Første afsnit: Ærø, Østerbro, Århus.\r\n\r\nAndet afsnit.".encode(encoding))
    import_document(store, visit, path)
    assert [n["text"] for n in _notes(store, visit)] == [
        "Første afsnit: Ærø, Østerbro, Århus.",
        "Andet afsnit.",
    ]


def test_decomposed_letters_and_page_breaks_are_imported_as_typed_text(
    store: Store, visit: str, tmp_path: Path
) -> None:
    path = tmp_path / "fra-pdf.txt"
    text = "Bla\u030abær og fa\u030areavl.\fSide to.\n\n\x01\n\n\x02får et job."
    path.write_text(text + " Mange ord i en lang note." * 5, encoding="utf-8")
    import_document(store, visit, path)
    texts = [n["text"] for n in _notes(store, visit)]
    assert texts[0] == "Blåbær og fåreavl. Side to."
    assert len(texts) == 2 and texts[1].startswith("får et job.")  # no empty note between
    assert len(search(store, "blåbær").hits) == 1


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("referat.docx", b"this is not a zip file", "not_docx"),
        ("referat.docx", b"PK\x03\x04broken", "not_docx"),
        ("referat.pdf", b"%PDF-1.4", "unsupported"),
        ("referat.doc", b"\xd0\xcf\x11\xe0", "unsupported"),
        ("tom.txt", b"\n\n   \n", "empty"),
        ("binær.txt", b"\x00\x01\x02\x00", "binary"),
        ("billede.txt", bytes(range(1, 256)) * 4, "binary"),  # no NUL, yet not text
        ("program.txt", b"\x7fELF\x02\x01\x01" + bytes(40) + b"\x03\x00>\x00", "binary"),
        ("utf16.txt", b"\xff\xfe" + "Ærø".encode("utf-16-le") + b"x", "encoding"),
        ("broken.docx", _docx_with_broken_xml(), "not_docx"),
    ],
)
def test_unreadable_files_get_a_clear_message(
    store: Store, visit: str, tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        import_document(store, visit, path)
    assert caught.value.code == code
    assert name in caught.value.message("da") and name in caught.value.message("en")
    assert _notes(store, visit) == []


def test_a_file_name_that_is_not_utf8_names_the_new_guide_readably(
    store: Store, visit: str, tmp_path: Path
) -> None:
    bare = store.create("visit", title="Uden guide", status="done")
    path = tmp_path / "referat-Ny\udcf8.md"  # "Nyø" from a Latin-1 disk
    path.write_text("# Ærø\n\nMentorordningen.\n", encoding="utf-8")
    import_document(store, bare, path)
    guide = store.get("guide", store.get("visit", bare)["guide_id"])
    assert guide["title"] == "Import: referat-Ny?"
    assert [n["text"] for n in _notes(store, bare)] == ["Mentorordningen."]


def test_a_file_the_user_may_not_read_is_said_to_be_so(tmp_path: Path) -> None:
    locked = [_docx(tmp_path / "referat.docx"), tmp_path / "noter.txt"]
    locked[1].write_text("Hemmeligt.", encoding="utf-8")
    for path in locked:
        path.chmod(0)
    read = (
        "from pathlib import Path\n"
        "from fieldnotes.search.importer import read_document\n"
        "from fieldnotes.search.errors import DocumentError\n"
        "for name in ('referat.docx', 'noter.txt'):\n"
        "    try: read_document(Path(name))\n"
        "    except DocumentError as e: print(e.message())\n"
    )
    command = [sys.executable, "-c", read]
    if os.geteuid() == 0:  # root reads anything: drop that power for the child
        if shutil.which("setpriv") is None:
            pytest.skip("as root, a file can only be made unreadable with setpriv")
        drop = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--bounding-set={drop}", f"--inh-caps={drop}", *command]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    if done.stderr.startswith("setpriv:"):
        pytest.skip(f"setpriv is not permitted here: {done.stderr.strip()}")
    assert done.stdout.splitlines() == [
        "referat.docx kan ikke læses: du har ikke adgang til filen.",
        "noter.txt kan ikke læses: du har ikke adgang til filen.",
    ], done.stderr


def test_a_document_far_beyond_a_visits_minutes_is_refused(
    store: Store, visit: str, tmp_path: Path
) -> None:
    many = tmp_path / "bog.txt"
    many.write_text("\n\n".join(f"Afsnit {n} om Ærø." for n in range(5_001)), encoding="utf-8")
    big = tmp_path / "dump.txt"
    with big.open("wb") as fh:
        fh.truncate(20_000_001)
    long = tmp_path / "lang.txt"
    long.write_text("Kort afsnit.\n\n" + "ord " * 60_000, encoding="utf-8")
    for path, code in ((many, "too_many"), (big, "too_big"), (long, "long_paragraph")):
        with pytest.raises(DocumentError) as caught:
            import_document(store, visit, path)
        assert caught.value.code == code and path.name in caught.value.message("da")
    assert _notes(store, visit) == []


def test_missing_file_and_missing_visit(store: Store, visit: str, tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(tmp_path / "findes-ikke.md")
    assert caught.value.code == "missing"
    with pytest.raises(DocumentError) as caught:
        import_document(store, "no-such-visit", _docx(tmp_path / "a.docx"))
    assert caught.value.code == "visit_gone"
