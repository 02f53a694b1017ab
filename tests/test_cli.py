"""The fieldnotes command, driven through click's runner as a user would type it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from fieldnotes import __version__
from fieldnotes.cli import cli
from fieldnotes.core.migrations import SCHEMA_VERSION
from fieldnotes.core.store import Store


def run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "noter.db"
    assert run("init", "--db", str(path), "--member", "Anne Ærbø").exit_code == 0
    return path


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run("demo", "--db", str(path), "--visits", "12", "--notes", "300", "--seed", "3")
    assert result.exit_code == 0, result.output
    return path


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"fieldnotes {__version__}"


def _command_paths(group: click.Group = cli, prefix: tuple[str, ...] = ()) -> list[str]:
    paths = []
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            paths += _command_paths(command, (*prefix, name))
        else:
            paths.append(" ".join((*prefix, name)))
    return paths


@pytest.mark.parametrize("command", _command_paths())
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(*command.split(), "--help")
    assert result.exit_code == 0
    assert "Eksempel:" in result.output or "Eksempler:" in result.output


def test_init_creates_database_with_member(db: Path) -> None:
    result = run("info", "--db", str(db), "--json")
    facts = json.loads(result.output)
    assert facts["member"]["name"] == "Anne Ærbø"
    assert facts["member"]["initials"] == "AÆ"
    assert facts["schema_version"] == SCHEMA_VERSION
    assert facts["counts"]["actor"] == 98


def test_fieldnotes_db_environment_variable_selects_database(db: Path) -> None:
    result = run("info", "--json", env={"FIELDNOTES_DB": str(db)})
    assert json.loads(result.output)["path"] == str(db)


def test_default_database_lives_in_the_user_data_folder(private_folders: Path) -> None:
    assert run("init", "--member", "Bo").exit_code == 0
    assert (private_folders / "data" / "Fieldnotes" / "fieldnotes.db").is_file()


def test_info_in_danish(db: Path) -> None:
    result = run("info", "--db", str(db))
    assert "Kommuner og aktører" in result.output
    assert "Anne Ærbø (AÆ)" in result.output


def test_demo_has_all_entities_and_themes(demo_db: Path) -> None:
    counts = json.loads(run("info", "--db", str(demo_db), "--json").output)["counts"]
    for entity, count in counts.items():
        assert count > 0, entity
    assert counts["note"] == 300 and counts["visit"] == 12


def test_demo_passages_are_whole_sentences(demo_db: Path) -> None:
    conn = sqlite3.connect(demo_db)
    passages = conn.execute(
        'SELECT n.text, g.start, g."end" FROM tags g JOIN notes n ON n.id = g.note_id'
        " WHERE g.start IS NOT NULL"
    ).fetchall()
    assert len(passages) > 100
    for text, start, end in passages:
        assert start == 0 or text[:start].rstrip(" ").endswith((".", "\n")), text[start:end]
        assert end == len(text) or text[end - 1] == "." or text[end] == "\n", text[start:end]


def test_demo_passes_check(demo_db: Path) -> None:
    result = run("check", "--db", str(demo_db))
    assert result.exit_code == 0, result.output
    assert "i orden" in result.output


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    outputs = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        run("demo", "--db", str(path), "--visits", "5", "--notes", "60", "--seed", "9")
        outputs.append(run("export", "json", "--db", str(path), "--out", "-").output)
    assert outputs[0] == outputs[1]
    other = tmp_path / "c.db"
    run("demo", "--db", str(other), "--visits", "5", "--notes", "60", "--seed", "10")
    assert run("export", "json", "--db", str(other), "--out", "-").output != outputs[0]


def test_export_json_twice_gives_identical_bytes(demo_db: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    assert run("export", "json", "--db", str(demo_db), "--out", str(first)).exit_code == 0
    assert run("export", "json", "--db", str(demo_db), "--out", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert list(data["entities"])[:3] == ["member", "theme", "actor"]
    notes = data["entities"]["note"]
    assert [n["id"] for n in notes] == sorted(n["id"] for n in notes)
    assert "æ" in first.read_text(encoding="utf-8")


def test_check_finds_a_row_that_disagrees_with_its_revisions(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE themes SET title = 'Forkert' WHERE code = '1a'")
    result = run("check", "--db", str(db))
    assert result.exit_code == 1
    assert "title" in result.output


def _one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["info", "--db", "{tmp}/findes-ikke.db"],
        ["info", "--db", "{tmp}/tekst.txt"],
        ["info", "--db", "{tmp}"],
        ["export", "json", "--db", "{tmp}/findes-ikke.db", "--out", "-"],
        ["demo", "--db", "{tmp}/d.db", "--notes", "-5"],
        ["demo", "--db", "{tmp}/d.db", "--visits", "99999999999"],
        ["demo", "--db", "{tmp}/d.db", "--seed", "abc"],
        ["info", "--bogus"],
        ["frobnicate"],
    ],
)
def test_bad_input_gives_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "tekst.txt").write_text("ikke en database", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run(*(a.format(tmp=tmp_path) for a in args))
    assert _one_line_error(result).startswith("fieldnotes: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_argument_that_is_not_utf8_text_is_refused(db: Path) -> None:
    before = db.read_bytes()
    # What Python makes of the byte 0xE6 (æ in Latin-1) from a terminal not set to UTF-8.
    result = run("search", "--db", str(db), "mentor", "--save", "navn\udce6")
    assert "»navn?« er ikke gyldig tekst (UTF-8)" in _one_line_error(result)
    assert db.read_bytes() == before


def test_export_to_missing_folder_fails_cleanly(db: Path, tmp_path: Path) -> None:
    result = run("export", "json", "--db", str(db), "--out", str(tmp_path / "nope" / "x.json"))
    assert "mappen findes ikke" in _one_line_error(result)


def test_demo_refuses_a_database_with_user_data(db: Path) -> None:
    run("demo", "--db", str(db), "--visits", "2", "--notes", "5")
    before = db.read_bytes()
    result = run("demo", "--db", str(db), "--visits", "2", "--notes", "5")
    assert "demodata" in _one_line_error(result)
    assert db.read_bytes() == before


def test_foreign_database_is_named_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "andet.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE x (y)")
    before = path.read_bytes()
    line = _one_line_error(run("info", "--db", str(path)))
    assert "andet program" in line
    assert path.read_bytes() == before


def test_package_merge_and_conflicts_from_the_command_line(db: Path, tmp_path: Path) -> None:
    master = tmp_path / "master.db"
    run("init", "--db", str(master), "--member", "Sekretariatet")
    run("demo", "--db", str(db), "--visits", "2", "--notes", "10")
    package = tmp_path / "anne.fieldnotes"
    result = run("package", "--db", str(db), "--out", str(package))
    assert result.exit_code == 0, result.output
    dry = run("merge", "--db", str(master), "--dry-run", str(package))
    assert "ville tilføje" in dry.output and "Noter" in dry.output
    assert json.loads(run("info", "--db", str(master), "--json").output)["counts"]["note"] == 0
    merged = run("merge", "--db", str(master), str(package))
    assert merged.exit_code == 0 and "tilføjede" in merged.output
    assert json.loads(run("info", "--db", str(master), "--json").output)["counts"]["note"] == 10
    assert "allerede flettet" in run("merge", "--db", str(master), str(package)).output
    assert run("conflicts", "--db", str(master)).output.strip() == "0 åbne konflikter."


def test_merge_of_a_bad_package_names_it(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "brev.fieldnotes"
    bad.write_text("hej", encoding="utf-8")
    line = _one_line_error(run("merge", "--db", str(db), str(bad)))
    assert "brev.fieldnotes" in line and "ikke en Fieldnotes-pakke" in line


def test_merge_into_a_locked_master_is_refused(db: Path, tmp_path: Path) -> None:
    package = tmp_path / "p.fieldnotes"
    run("package", "--db", str(db), "--out", str(package))
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert "i brug" in _one_line_error(run("merge", "--db", str(db), str(package)))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_duplicates_are_listed_and_combined_on_request(tmp_path: Path) -> None:
    master = tmp_path / "master.db"
    run("init", "--db", str(master), "--member", "Sekretariatet")
    for name in ("Anne", "Bo"):
        member = tmp_path / f"{name}.db"
        run("init", "--db", str(member), "--member", name)
        store = Store.open(member)
        store.create("person", name="Søren Ødegaard")
        store.close()
        run("package", "--db", str(member), "--out", str(tmp_path / f"{name}.fieldnotes"))
        run("merge", "--db", str(master), str(tmp_path / f"{name}.fieldnotes"))
    listed = run("duplicates", "--db", str(master)).output
    assert "1 mulige dubletter" in listed and "Søren Ødegaard" in listed
    keep, other = listed.splitlines()[0].split(": ")[-1].split()
    assert run("duplicates", "--db", str(master), "--combine", keep, other).exit_code == 0
    assert "0 mulige dubletter" in run("duplicates", "--db", str(master)).output
    bad = run("duplicates", "--db", str(master), "--combine", keep, keep)
    assert "ikke foreslået" in _one_line_error(bad)


def test_merge_log_shows_packages_and_what_each_item_came_from(db: Path, tmp_path: Path) -> None:
    master = tmp_path / "master.db"
    run("init", "--db", str(master), "--member", "Sekretariatet")
    store = Store.open(db)
    person = store.create("person", name="Åse Æbeltoft")
    store.close()
    run("package", "--db", str(db), "--out", str(tmp_path / "anne.fieldnotes"))
    run("merge", "--db", str(master), str(tmp_path / "anne.fieldnotes"))
    log = run("merge-log", "--db", str(master)).output
    assert "anne.fieldnotes  (Anne Ærbø)" in log and "1 fletninger." in log
    assert "1 fletninger." in run("merge-log", "--db", str(master), "--item", person).output
    assert "0 fletninger." in run("merge-log", "--db", str(db), "--item", person).output


def test_erase_asks_first_and_then_removes_the_person(db: Path) -> None:
    store = Store.open(db)
    visit = store.create("visit", title="Besøg", status="done")
    person = store.create("person", name="Åse Æbeltoft")
    store.create("note", visit_id=visit, text="Åse Æbeltoft fortalte om frivillige.")
    store.close()
    declined = CliRunner().invoke(cli, ["erase", "--db", str(db), person], input="n\n")
    assert declined.exit_code == 2
    assert Store.open(db).get("person", person)["name"] == "Åse Æbeltoft"
    result = run("erase", "--db", str(db), person, "--yes")
    assert result.exit_code == 0 and "stadig i 1 noter" in result.output
    assert Store.open(db).get("person", person)["name"] is None
    assert "ikke" in _one_line_error(run("erase", "--db", str(db), person, "--yes"))


def test_redact_asks_for_the_name_and_takes_it_out_of_every_version(
    db: Path, tmp_path: Path
) -> None:
    store = Store.open(db)
    visit = store.create("visit", title="Besøg", status="done")
    note = store.create("note", visit_id=visit, text="Åse Æbeltoft fortalte om frivillige.")
    store.close()
    run("package", "--db", str(db), "--out", str(tmp_path / "p.fieldnotes"))  # keeps the version
    store = Store.open(db)
    store.update("note", note, text="En leder fortalte om frivillige.")
    store.close()
    declined = CliRunner().invoke(cli, ["redact", "--db", str(db)], input="åse æbeltoft\nn\n")
    assert declined.exit_code == 2 and note in declined.output
    assert "Æbeltoft".encode() in db.read_bytes()
    result = run_with_input("Åse Æbeltoft\n", "redact", "--db", str(db), "--yes")
    assert result.exit_code == 0 and "erstattet i 1 noter" in result.output
    assert "Æbeltoft".encode() not in db.read_bytes()
    assert f"Navn overstreget i note: note {note}" in run("audit", "--db", str(db)).output
    again = run_with_input("Åse Æbeltoft\n", "redact", "--db", str(db), "--yes")
    assert "står ikke i nogen" in again.output


def run_with_input(text: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=text, catch_exceptions=False)


def test_review_marks_a_visit(db: Path) -> None:
    store = Store.open(db)
    visit = store.create("visit", title="Besøg på Læsø", status="done")
    store.close()
    result = run("review", "--db", str(db), visit, "--status", "needs_followup", "--note", "Tal?")
    assert result.exit_code == 0 and "Til opfølgning" in result.output
    row = Store.open(db).get("visit", visit)
    assert (row["review"], row["review_note"]) == ("needs_followup", "Tal?")
    assert run("review", "--db", str(db), visit, "--status", "none").exit_code == 0
    assert Store.open(db).get("visit", visit)["review"] is None
    assert "findes ikke" in _one_line_error(run("review", "--db", str(db), "x", "--status", "none"))


def _conflicted_master(tmp_path: Path) -> tuple[Path, str]:
    """A master with one title conflict between two members."""
    master = tmp_path / "master.db"
    run("init", "--db", str(master), "--member", "Sekretariatet")
    first = tmp_path / "anne.db"
    run("init", "--db", str(first), "--member", "Anne")
    store = Store.open(first)
    visit = store.create("visit", title="Besøg", status="done")
    store.close()
    run("package", "--db", str(first), "--out", str(tmp_path / "base.fieldnotes"))
    second = tmp_path / "bo.db"
    run("init", "--db", str(second), "--member", "Bo")
    run("merge", "--db", str(second), str(tmp_path / "base.fieldnotes"))
    for path, title in ((first, "Besøg på Ærø"), (second, "Besøg på Fanø")):
        store = Store.open(path)
        store.update("visit", visit, title=title)
        store.close()
        out = tmp_path / f"{path.stem}.fieldnotes"
        run("package", "--db", str(path), "--out", str(out))
        run("merge", "--db", str(master), str(out))
    return master, visit


def test_conflicts_are_listed_and_resolved_from_the_command_line(tmp_path: Path) -> None:
    master, visit = _conflicted_master(tmp_path)
    listed = run("conflicts", "--db", str(master)).output
    assert f"visit {visit} title" in listed and "Ærø" in listed and "Fanø" in listed
    loser = next(
        line.split()[0].rstrip(":")
        for line in listed.splitlines()
        if "Ærø" in line or "Fanø" in line
        if "vinder" not in line
    )
    assert "ikke en af" in _one_line_error(
        run("resolve", "--db", str(master), "visit", visit, "title", "--keep", "nope")
    )
    result = run("resolve", "--db", str(master), "visit", visit, "title", "--keep", loser)
    assert result.exit_code == 0, result.output
    assert "0 åbne konflikter" in run("conflicts", "--db", str(master)).output


def test_merge_backs_up_and_can_be_undone(db: Path, tmp_path: Path, private_folders: Path) -> None:
    master = tmp_path / "master.db"
    run("init", "--db", str(master), "--member", "Sekretariatet")
    run("demo", "--db", str(db), "--visits", "2", "--notes", "6")
    run("package", "--db", str(db), "--out", str(tmp_path / "p.fieldnotes"))
    merged = run("merge", "--db", str(master), str(tmp_path / "p.fieldnotes"))
    assert "Sikkerhedskopi" in merged.output
    assert json.loads(run("info", "--db", str(master), "--json").output)["counts"]["note"] == 6
    assert run("undo-merge", "--db", str(master), "--yes").exit_code == 0
    assert json.loads(run("info", "--db", str(master), "--json").output)["counts"]["note"] == 0
    assert "ingen sikkerhedskopi" in _one_line_error(
        run("undo-merge", "--db", str(master), "--yes")
    )


def test_merge_into_a_full_disk_changes_nothing(db: Path, tmp_path: Path) -> None:
    master = tmp_path / "master.db"
    run("init", "--db", str(master), "--member", "Sekretariatet")
    run("demo", "--db", str(db), "--visits", "3", "--notes", "300")
    run("package", "--db", str(db), "--out", str(tmp_path / "p.fieldnotes"))
    before = run("export", "json", "--db", str(master), "--out", "-").output
    real_open = Store.open

    def nearly_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        store = real_open(*args, **kwargs)
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 5}")  # SQLite's own "disk full"
        return store

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Store, "open", nearly_full)
        line = _one_line_error(run("merge", "--db", str(master), str(tmp_path / "p.fieldnotes")))
    assert "fuld" in line
    assert run("export", "json", "--db", str(master), "--out", "-").output == before


def test_merge_into_a_read_only_master_changes_nothing(db: Path, tmp_path: Path) -> None:
    import subprocess

    master = tmp_path / "master.db"
    run("init", "--db", str(master), "--member", "Sekretariatet")
    run("package", "--db", str(db), "--out", str(tmp_path / "p.fieldnotes"))
    before = master.read_bytes()
    if subprocess.run(["chattr", "+i", str(master)], capture_output=True).returncode:
        pytest.skip("chattr +i is not permitted here, so the file cannot be made read-only")
    try:
        line = _one_line_error(run("merge", "--db", str(master), str(tmp_path / "p.fieldnotes")))
    finally:
        subprocess.run(["chattr", "-i", str(master)], check=True)
    assert "skrive" in line or "i brug" in line
    assert master.read_bytes() == before


def test_writing_commands_refuse_a_database_the_app_holds(db: Path, tmp_path: Path) -> None:
    from fieldnotes.core.lock import hold

    package = tmp_path / "p.fieldnotes"
    run("package", "--db", str(db), "--out", str(package))
    with hold(db):
        for args in (
            ["merge", "--db", str(db), str(package)],
            ["review", "--db", str(db), "x", "--status", "none"],
            ["redact", "--db", str(db), "--yes"],
            ["init", "--db", str(db), "--member", "Bo"],
            ["package", "--db", str(db), "--out", str(tmp_path / "q.fieldnotes")],
        ):
            before = db.read_bytes()
            line = _one_line_error(run(*args))
            assert "Fieldnotes" in line, line
            assert db.read_bytes() == before
        assert run("info", "--db", str(db)).exit_code == 0  # reading is fine


def test_exports_packages_and_erasures_are_in_the_audit_log(db: Path, tmp_path: Path) -> None:
    store = Store.open(db)
    person = store.create("person", name="Åse Æbeltoft")
    store.close()
    run("export", "json", "--db", str(db), "--out", str(tmp_path / "alt.json"))
    run("package", "--db", str(db), "--out", str(tmp_path / "p.fieldnotes"))
    run("erase", "--db", str(db), person, "--yes")
    log = run("audit", "--db", str(db)).output
    assert "JSON-eksport: alt.json" in log and "Pakke til sekretariatet: p.fieldnotes" in log
    assert f"Sletning til glemsel: person {person}" in log and "Anne Ærbø" in log
    assert "Åse" not in log  # the log names what happened, never the person
    assert "3 registreringer." in log
