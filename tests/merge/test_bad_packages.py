"""A package is untrusted input: every bad one is named, explained, and changes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldnotes.core.export_json import write_json
from fieldnotes.core.store import Store
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import CONTENT_NAME, MANIFEST_NAME, PackageError, write_package


@pytest.fixture
def member(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    visit = store.create("visit", title="Besøg i Høje-Taastrup", status="done")
    store.create("note", visit_id=visit, text="Mødet handlede om sprogstøtte – æøå.")
    return store


@pytest.fixture
def master(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")


@pytest.fixture
def good(member: Store, tmp_path: Path) -> Path:
    path = tmp_path / "anne.fieldnotes"
    write_package(member, path)
    return path


def snapshot(store: Store) -> str:
    out = io.StringIO()
    write_json(store, out, include_deleted=True)
    merges = store.db.execute("SELECT count(*) FROM merges").fetchone()[0]
    return out.getvalue() + str(merges)


def rebuild(
    good: Path,
    target: Path,
    *,
    edit_content: Callable[[sqlite3.Connection], None] | None = None,
    edit_manifest: Callable[[dict], None] | None = None,
    fix_checksum: bool = True,
) -> Path:
    """A copy of ``good`` with its content or manifest changed (checksum redone if asked)."""
    work = target.parent / (target.name + ".d")
    work.mkdir()
    with zipfile.ZipFile(good) as zf:
        zf.extractall(work)
    content = work / CONTENT_NAME
    if edit_content:
        conn = sqlite3.connect(content)
        edit_content(conn)
        conn.commit()
        conn.close()
    manifest = json.loads((work / MANIFEST_NAME).read_text(encoding="utf-8"))
    if fix_checksum:
        manifest["sha256"] = hashlib.sha256(content.read_bytes()).hexdigest()
    if edit_manifest:
        edit_manifest(manifest)
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr(MANIFEST_NAME, json.dumps(manifest))
        zf.write(content, CONTENT_NAME)
    return target


def refused(master: Store, path: Path, code: str) -> PackageError:
    before = snapshot(master)
    with pytest.raises(PackageError) as info:
        merge_package(master, path)
    assert info.value.code == code
    assert path.name in info.value.message("da")
    assert snapshot(master) == before
    return info.value


def test_good_package_merges(master: Store, good: Path) -> None:
    result = merge_package(master, good)
    assert result.entities["note"].new == 1
    assert merge_package(master, good).already_merged


def test_text_file(master: Store, tmp_path: Path) -> None:
    path = tmp_path / "noter.fieldnotes"
    path.write_text("Kære sekretariat", encoding="utf-8")
    refused(master, path, "not_package")


def test_empty_file(master: Store, tmp_path: Path) -> None:
    path = tmp_path / "tom.fieldnotes"
    path.touch()
    refused(master, path, "empty")


def test_missing_file(master: Store, tmp_path: Path) -> None:
    refused(master, tmp_path / "væk.fieldnotes", "missing")


def test_truncated_file(master: Store, good: Path, tmp_path: Path) -> None:
    path = tmp_path / "halv.fieldnotes"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(master, path, "truncated")


def test_checksum_mismatch(master: Store, good: Path, tmp_path: Path) -> None:
    def tamper(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE revisions SET value = replace(value, 'sprog', 'SPROG')")

    path = rebuild(good, tmp_path / "ændret.fieldnotes", edit_content=tamper, fix_checksum=False)
    refused(master, path, "checksum")


def test_foreign_sqlite_database(master: Store, tmp_path: Path) -> None:
    path = tmp_path / "andet.fieldnotes"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    refused(master, path, "foreign")


def test_a_database_instead_of_a_package(master: Store, member: Store) -> None:
    error = refused(master, member.path, "is_database")
    assert "fieldnotes package" in error.message("da")


def test_foreign_database_inside_the_zip(master: Store, good: Path, tmp_path: Path) -> None:
    def foreign(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA application_id = 42")

    refused(master, rebuild(good, tmp_path / "f.fieldnotes", edit_content=foreign), "foreign")


def test_newer_package(master: Store, good: Path, tmp_path: Path) -> None:
    def newer(manifest: dict) -> None:
        manifest["schema_version"] += 1

    refused(master, rebuild(good, tmp_path / "ny.fieldnotes", edit_manifest=newer), "too_new")


def test_older_package_is_merged(master: Store, good: Path, tmp_path: Path) -> None:
    def older(manifest: dict) -> None:
        manifest["schema_version"] = 1

    result = merge_package(master, rebuild(good, tmp_path / "gl.fieldnotes", edit_manifest=older))
    assert result.entities["visit"].new == 1


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TRIGGER evil AFTER INSERT ON revisions BEGIN DELETE FROM revisions; END",
        "CREATE VIEW peek AS SELECT * FROM revisions",
        "CREATE TABLE extra (x)",
        "CREATE INDEX sneaky ON revisions(value)",
    ],
)
def test_schema_objects_never_run(master: Store, good: Path, tmp_path: Path, sql: str) -> None:
    path = rebuild(good, tmp_path / "objekter.fieldnotes", edit_content=lambda c: c.execute(sql))
    refused(master, path, "schema_objects")


def _insert(conn: sqlite3.Connection, **changes: object) -> None:
    row = dict(
        zip(
            ("id", "entity", "row_id", "field", "value", "parents", "member_id", "origin"),
            conn.execute("SELECT * FROM revisions WHERE entity = 'note'").fetchone(),
            strict=True,
        )
    )
    row.update(changes)
    conn.execute(
        "DELETE FROM revisions WHERE id = ?",
        [conn.execute("SELECT id FROM revisions WHERE entity = 'note'").fetchone()[0]],
    )
    conn.execute("INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(row.values()))


def _note(**fields: object) -> str:
    values = {"visit_id": None, "question_id": None, "person_id": None, "position": 0}
    values.update(fields)
    return json.dumps(values)


@pytest.mark.parametrize(
    "changes",
    [
        {"value": _note(text="x" * 5_000_000)},
        {"value": _note(text="Styrt\x07tegn")},
        {"row_id": "not-a-uuid"},
        {"entity": "recipes"},
        {"field": "colour", "value": '"red"'},
        {"id": "9999999999999.00000.abcdef"},
        {"id": "i går"},
        {"value": "{not json"},
        {"parents": "9999999999998.00000.zz"},
        {"field": "redacted", "value": '{"words": 2, "salt": "00", "digest": "zz"}'},
    ],
    ids=[
        "5MB-note",
        "control-char",
        "bad-uuid",
        "unknown-entity",
        "unknown-field",
        "far-future",
        "bad-clock",
        "not-json",
        "parent-after-child",
        "bad-redaction",
    ],
)
def test_absurd_values(master: Store, good: Path, tmp_path: Path, changes: dict) -> None:
    path = rebuild(
        good, tmp_path / "absurd.fieldnotes", edit_content=lambda c: _insert(c, **changes)
    )
    refused(master, path, "bad_revision")


def test_dates_in_year_9999(master: Store, member: Store, tmp_path: Path) -> None:
    visit_id = next(member.rows("visit"))["id"]

    def future_visit(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE revisions SET value = json_set(value, '$.starts_at', '9999-01-01T10:00')"
            " WHERE row_id = ?",
            [visit_id],
        )

    good = tmp_path / "god.fieldnotes"
    write_package(member, good)
    refused(
        master,
        rebuild(good, tmp_path / "9999.fieldnotes", edit_content=future_visit),
        "bad_revision",
    )


def test_contradicting_revision(master: Store, good: Path, tmp_path: Path) -> None:
    merge_package(master, good)

    def rewrite(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE revisions SET value = replace(value, 'Mødet', 'Sødet') WHERE entity = 'note'"
        )

    refused(
        master,
        rebuild(good, tmp_path / "modsiger.fieldnotes", edit_content=rewrite),
        "inconsistent",
    )


def test_changes_only_package_without_its_base(
    master: Store, member: Store, tmp_path: Path
) -> None:
    write_package(member, tmp_path / "first.fieldnotes")
    visit = next(member.rows("visit"))["id"]
    member.create("note", visit_id=visit, text="Endnu en note")
    later = tmp_path / "later.fieldnotes"
    write_package(member, later, only_changes=True)
    refused(master, later, "incomplete")
    merge_package(master, tmp_path / "first.fieldnotes")
    assert merge_package(master, later).entities["note"].new == 1


def test_changes_only_package_with_edits_of_rows_the_master_lacks(
    master: Store, member: Store, tmp_path: Path
) -> None:
    from fieldnotes.core.erasure import redact

    write_package(member, tmp_path / "first.fieldnotes")
    note = next(member.rows("note"))["id"]
    member.update("note", note, text="Mødet handlede om sprogstøtte og Søren Ødegaard.")
    write_package(member, tmp_path / "edit.fieldnotes", only_changes=True)
    redact(member, note, "Søren Ødegaard")
    write_package(member, tmp_path / "redaction.fieldnotes", only_changes=True)
    for name in ("edit", "redaction"):
        refused(master, tmp_path / f"{name}.fieldnotes", "incomplete")
    for name in ("first", "edit", "redaction"):
        merge_package(master, tmp_path / f"{name}.fieldnotes")
    assert master.get("note", note)["text"] == "Mødet handlede om sprogstøtte og [slettet]."
