"""The search filters, saved searches, matrix and coverage from the command line: what they print,
and one line with exit 2 for a name that does not exist."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from fieldnotes.cli import cli
from fieldnotes.core.seed import municipality_id, theme_id
from fieldnotes.core.store import Store

AERO, ODENSE = "492", "461"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Anne's visit to Ærø and Bo's to Odense, each with a tagged note on mentors."""
    path = tmp_path / "noter.db"
    store = Store.open(path, create=True, member_name="Anne Holm")
    anne = store.member_id
    bo = store.create("member", name="Bo Ørsted", initials="BØ", role="member")
    today = dt.date.today()
    for code, member, theme, text in (
        (AERO, anne, "1c", "Mentorordningen på Ærø får folk i job."),
        (ODENSE, bo, "2a", "Mentorerne i Odense er frivillige."),
    ):
        visit = store.create(
            "visit", title=f"Besøg {code}", status="done", municipality_id=municipality_id(code)
        )
        store.link("visit_member", visit, member)
        note = store.create("note", visit_id=visit, text=text, position=0)
        store.create("tag", note_id=note, theme_id=theme_id(theme))
    method = store.create("method", title="Ærø-modellen", actor_id=municipality_id(AERO))
    store.link("method_theme", method, theme_id("1c"))
    store.create(
        "resource_entry",
        municipality_id=municipality_id(AERO),
        year=2012,
        funding_source="municipal",
        amount_dkk=250_000,
    )
    store.create("followup", what="Ring til Åse", due_on=str(today - dt.timedelta(days=2)))
    store.create("followup", what="Send referat", due_on=str(today + dt.timedelta(days=3)))
    store.close()
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_search_narrows_by_place_and_member(db: Path) -> None:
    code, out, _ = _run("search", "--db", str(db), "mentor*")
    assert code == 0 and "2 fund." in out
    code, out, _ = _run("search", "--db", str(db), "mentor*", "--place", "ærø kommune")
    assert code == 0 and "Note: " in out and "[Mentorordningen] på Ærø" in out
    assert "1 fund." in out
    code, out, _ = _run("search", "--db", str(db), "mentor*", "--place", ODENSE, "--json")
    assert [h["snippet"] for h in json.loads(out)["hits"]] == [
        "[Mentorerne] i Odense er frivillige."
    ]
    code, out, _ = _run("search", "--db", str(db), "mentor*", "--member", "bø")
    assert code == 0 and "Odense" in out and "1 fund." in out


def test_a_saved_search_keeps_its_query_and_filters(db: Path) -> None:
    code, out, _ = _run(
        "search", "--db", str(db), "mentor*", "--member", "Bo Ørsted", "--save", "Bos  mentorer"
    )
    assert code == 0 and "Gemt som »Bos mentorer«." in out
    code, out, _ = _run("saved-searches", "--db", str(db))
    assert out.strip() == "Bos mentorer: mentor*  (Bo Ørsted)"
    code, out, _ = _run("search", "--db", str(db), "--saved", "BOS MENTORER", "--json")
    data = json.loads(out)
    assert code == 0 and data["query"] == "mentor*" and data["total"] == 1
    code, out, _ = _run("saved-searches", "--db", str(db), "--json")
    [listed] = json.loads(out)
    assert listed["name"] == "Bos mentorer" and len(listed["filters"]["members"]) == 1
    code, out, _ = _run("saved-searches", "--db", str(db), "--remove", "bos mentorer")
    assert code == 0 and "Glemt" in out
    assert _run("saved-searches", "--db", str(db))[1].strip() == "Ingen gemte søgninger."


def test_the_matrix_counts_per_municipality_and_lists_a_cell(db: Path) -> None:
    code, out, _ = _run("matrix", "--db", str(db))
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["1c", "2a"]
    assert lines[1].split() == ["Odense", "·", "1/0/0"]  # Danish order: Odense before Ærø
    assert lines[2].split() == ["Ærø", "1/1/0", "·"]
    code, out, _ = _run("matrix", "--db", str(db), "--json")
    cells = {(c["theme"], c["place"]): c for c in json.loads(out)["cells"]}
    assert (cells["1c", "Ærø"]["passages"], cells["1c", "Ærø"]["methods"]) == (1, 1)
    code, out, _ = _run("matrix", "--db", str(db), "--theme", "1c", "--place", "Ærø")
    assert code == 0 and "Mentorordningen på Ærø får folk i job." in out
    assert "Metode: Ærø-modellen" in out and "2 i cellen." in out


def test_a_main_themes_cell_holds_its_sub_themes_cells(db: Path) -> None:
    code, out, _ = _run("matrix", "--db", str(db), "--theme", "1", "--place", "Ærø")
    assert code == 0 and "Mentorordningen på Ærø får folk i job." in out
    assert "Metode: Ærø-modellen" in out and "2 i cellen." in out


def test_an_actor_has_a_cell_on_the_actor_axis_only(db: Path) -> None:
    store = Store.open(db)
    store.create("actor", kind="association", name="Foreningen Åbne Døre")
    store.close()
    code, _, err = _run(
        "matrix", "--db", str(db), "--theme", "1c", "--place", "foreningen åbne døre"
    )
    assert (
        code == 2 and "»foreningen åbne døre« er ikke en kommune" in err and "--axis actor" in err
    )
    code, out, _ = _run(
        "matrix",
        "--db",
        str(db),
        "--axis",
        "actor",
        "--theme",
        "1c",
        "--place",
        "Foreningen Åbne Døre",
    )
    assert code == 0 and "0 i cellen." in out


def test_coverage_shows_themes_resources_statuses_and_followups(db: Path) -> None:
    code, out, _ = _run("coverage", "--db", str(db))
    rows = {line.split()[0]: line.split()[-4:] for line in out.splitlines() if line[:4].strip()}
    assert code == 0 and rows["1c"] == ["1", "1", "1", "0"]
    assert "Ressourcetal (tema 1d) fra 1 kommuner (mål: 3, ikke nået): Ærø" in out
    assert "gennemført 2" in out
    assert "Forfaldne opfølgninger: 1" in out and "Ring til Åse" in out
    assert "Opfølgninger inden for 14 dage: 1" in out
    data = json.loads(_run("coverage", "--db", str(db), "--json")[1])
    assert data["resource_municipalities"] == ["Ærø"] and data["resources_covered"] is False


@pytest.mark.parametrize(
    "args",
    [
        ["search", "mentor", "--place", "Atlantis"],
        ["search", "mentor", "--member", "Ingen Ukendt"],
        ["search", "--saved", "findes ikke"],
        ["search", "mentor", "--saved", "noget"],
        ["search", "--saved", "noget", "--theme", "1c"],
        ["search"],
        ["search", "mentor", "--save", "  "],
        ["saved-searches", "--remove", "findes ikke"],
        ["matrix", "--theme", "1c"],
        ["matrix", "--theme", "9z", "--place", "Ærø"],
        ["matrix", "--theme", "1c", "--place", "Atlantis"],
        ["matrix", "--axis", "planet"],
    ],
)
def test_bad_names_are_one_line_and_exit_2(db: Path, args: list[str]) -> None:
    before = db.read_bytes()
    code, out, err = _run(args[0], "--db", str(db), *args[1:])
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("fieldnotes: ")
    assert db.read_bytes() == before


def test_a_damaged_saved_search_says_so_and_can_be_removed(db: Path) -> None:
    _run("search", "--db", str(db), "mentor*", "--theme", "1c", "--save", "Tolke")
    store = Store.open(db)
    store.db.execute("UPDATE saved_searches SET filters = 'not json'")
    store.close()
    before = db.read_bytes()
    code, out, err = _run("search", "--db", str(db), "--saved", "tolke")
    assert code == 2 and out == "" and "»Tolke« er beskadiget" in err
    assert len(err.strip().splitlines()) == 1 and db.read_bytes() == before
    code, out, _ = _run("saved-searches", "--db", str(db))
    assert code == 0 and "Tolke: mentor*  (beskadiget" in out
    assert json.loads(_run("saved-searches", "--db", str(db), "--json")[1])[0]["filters"] is None
    code, out, _ = _run("saved-searches", "--db", str(db), "--remove", "Tolke")
    assert code == 0 and "Glemt: »Tolke«." in out


def test_saving_into_a_database_another_program_writes_names_the_file(db: Path) -> None:
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    try:
        code, _, err = _run("search", "--db", str(db), "mentor", "--save", "Mentorer")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2 and err.strip() == (
        f"fieldnotes: Databasen {db} er i brug af et andet program. Luk det og prøv igen."
    )
    assert _run("saved-searches", "--db", str(db))[1].strip() == "Ingen gemte søgninger."


def test_coverage_lists_the_earliest_followups_and_counts_the_rest(db: Path) -> None:
    store = Store.open(db)
    for day in range(1, 25):
        store.create("followup", what=f"Opgave {day}", due_on=f"2013-01-{day:02}")
    store.close()
    code, out, _ = _run("coverage", "--db", str(db))
    assert code == 0 and "Forfaldne opfølgninger: 25" in out
    assert "2013-01-01  Opgave 1\n" in out
    assert "2013-01-20  Opgave 20\n" in out and "Opgave 21" not in out
    assert "… og 5 flere (alle med --json)" in out
    data = json.loads(_run("coverage", "--db", str(db), "--json")[1])
    assert len(data["followups_overdue"]) == 25
