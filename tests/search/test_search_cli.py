"""``fieldnotes search`` and ``fieldnotes import``: output, and one line with exit 2 for bad
input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from fieldnotes.cli import cli
from fieldnotes.core.seed import theme_id
from fieldnotes.core.store import Store
from fieldnotes.search import engine


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "noter.db"
    store = Store.open(path, create=True, member_name="Anne Holm")
    visit = store.create("visit", title="Besøg på Ærø", status="done")
    note = store.create("note", visit_id=visit, text="Mentorordningen får folk i job.")
    store.create("tag", note_id=note, theme_id=theme_id("1c"))
    store.create("note", visit_id=visit, text="En far om mentorordningen.")
    store.close()
    return path, visit


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_search_prints_hits_and_json(db: tuple[Path, str]) -> None:
    path, _ = db
    code, out, _ = _run("search", "--db", str(path), "mentorordningen", "--theme", "1c")
    assert code == 0
    assert "[Mentorordningen] får" in out and "1 fund." in out
    code, out, _ = _run("search", "--db", str(path), "får", "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1 and "[får]" in data["hits"][0]["snippet"]


def test_json_of_an_unranked_list_has_no_scores(
    db: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = db
    monkeypatch.setattr(engine, "RANK_LIMIT", 1)
    code, out, _ = _run("search", "--db", str(path), "mentorordningen", "--json")
    data = json.loads(out)
    assert code == 0 and data["ranked"] is False and data["total"] is None
    assert [hit["score"] for hit in data["hits"]] == [None, None]


@pytest.mark.parametrize(
    "args",
    [
        ["search", '"ikke lukket'],
        ["search", "job OR"],
        ["search", "IKKE job"],
        ["search", "mentor", "--theme", "9z"],
        ["search", "mentor", "--from", "i går"],
        ["import", "--visit", "no-such-visit", "{doc}"],
        ["import", "--visit", "{visit}", "{pdf}"],
        ["import", "--visit", "{visit}", "{broken}"],
        ["import", "--visit", "{visit}", "{missing}"],
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    db: tuple[Path, str], tmp_path: Path, args: list[str]
) -> None:
    path, visit = db
    (tmp_path / "a.md").write_text("Et afsnit.", encoding="utf-8")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "b.docx").write_bytes(b"not a zip")
    names = {
        "doc": str(tmp_path / "a.md"),
        "visit": visit,
        "pdf": str(tmp_path / "a.pdf"),
        "broken": str(tmp_path / "b.docx"),
        "missing": str(tmp_path / "c.txt"),
    }
    filled = [a.format(**names) for a in args]
    code, out, err = _run(filled[0], "--db", str(path), *filled[1:])
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("fieldnotes: ")
    assert "Traceback" not in err


def test_search_without_a_database_is_one_line(tmp_path: Path) -> None:
    code, _, err = _run("search", "--db", str(tmp_path / "ingen.db"), "job")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_import_brings_notes_in_and_makes_them_searchable(
    db: tuple[Path, str], tmp_path: Path
) -> None:
    path, visit = db
    doc = tmp_path / "referat.md"
    doc.write_text("# Overskrift\n\nBrobyggeren på Ærø.\n\nAndet afsnit.", encoding="utf-8")
    code, out, _ = _run("import", "--db", str(path), "--visit", visit, str(doc))
    assert code == 0 and "2 noter" in out
    code, out, _ = _run("search", "--db", str(path), "brobyggeren")
    assert "1 fund." in out
