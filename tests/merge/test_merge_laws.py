"""The merge laws over generated edit histories: order, grouping and repetition don't matter."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldnotes.core.erasure import redact
from fieldnotes.core.export_json import write_json
from fieldnotes.core.seed import theme_id
from fieldnotes.core.store import Store
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import write_package

PLACES = ["Ærø", "Fanø", "Læsø"]
PARAGRAPHS = [
    f"{word} afsnit om {place}."
    for word, place in zip(["Første", "Andet", "Tredje"], PLACES, strict=True)
]
THEMES = ["1a", "1b", "1c", "1d", "2a"]

# An operation: (replica, kind, a, b) with small ints that pick targets and values.
operation = st.tuples(
    st.integers(0, 2),
    st.sampled_from(
        ["paragraph", "title", "status", "note", "delete", "undelete", "tag", "person", "redact"]
    ),
    st.integers(0, 9),
    st.integers(0, 9),
)


def export(store: Store) -> str:
    out = io.StringIO()
    write_json(store, out, include_deleted=True)
    return out.getvalue()


def _apply(store: Store, kind: str, a: int, b: int) -> tuple[str, str] | None:
    """Apply one operation; returns ``(note id, name)`` if it redacted a name."""
    notes = [n["id"] for n in store.rows("note", include_deleted=True) if n["origin"] != "erased"]
    visit = next(store.rows("visit"))["id"]
    note = notes[a % len(notes)]
    row = store.get("note", note)
    if kind == "paragraph" and not row["deleted"]:
        paragraphs = (row["text"] or "").split("\n\n")
        paragraphs[a % len(paragraphs)] += f" Tilføjet {b}."
        store.update("note", note, text="\n\n".join(paragraphs))
    elif kind == "title":
        store.update("visit", visit, title=f"Besøg nr. {a}{b} på Ærø")
    elif kind == "status":
        store.update("visit", visit, status=["planned", "done", "written_up"][b % 3])
    elif kind == "note":
        store.create("note", visit_id=visit, text=f"Ny note {a}{b} – æøå", position=a)
    elif kind == "delete":
        store.delete("note", note)
    elif kind == "undelete":
        store.undelete("note", note)
    elif kind == "tag" and not row["deleted"]:
        store.link("visit_theme", visit, theme_id(THEMES[b % 5]))
    elif kind == "person":
        store.create("person", name=f"Person {a}{b} Ødegaard", role="leder")
    elif kind == "erase" and len(notes) > 1:
        store.erase("note", note)
    elif kind == "redact" and redact(store, note, PLACES[b % 3]):
        return note, PLACES[b % 3]
    return None


def _replicas(
    tmp: Path,
    history: list[tuple[int, str, int, int]],
    redacted: set[tuple[str, str]] | None = None,
) -> list[Path]:
    """Three members who start from one shared package, edit apart, and send packages;
    ``redacted`` collects the (note, name) pairs they redacted."""
    origin = Store.memory(member_name="Anne Holm")
    visit = origin.create("visit", title="Besøg på Ærø", status="planned")
    origin.create("note", visit_id=visit, text="\n\n".join(PARAGRAPHS), position=0)
    base = tmp / "base.fieldnotes"
    write_package(origin, base)
    replicas = [origin]
    for name in ("Bo Berg", "Cecilie Ørum"):
        replica = Store.memory(member_name=name)
        merge_package(replica, base)
        replicas.append(replica)
    for index, kind, a, b in history:
        done = _apply(replicas[index], kind, a, b)
        if done and redacted is not None:
            redacted.add(done)
    packages = []
    for index, replica in enumerate(replicas):
        path = tmp / f"r{index}.fieldnotes"
        write_package(replica, path)
        packages.append(path)
    return packages


def _merged(*packages: Path) -> Store:
    master = Store.memory()
    for package in packages:
        merge_package(master, package)
    return master


laws = settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@laws
@given(history=st.lists(operation, max_size=12))
def test_merge_order_does_not_matter(tmp_path_factory, history) -> None:  # type: ignore[no-untyped-def]
    packages = _replicas(tmp_path_factory.mktemp("laws"), history)
    results = {export(_merged(*order)) for order in itertools.permutations(packages)}
    assert len(results) == 1


@laws
@given(history=st.lists(operation, max_size=12))
def test_merge_grouping_does_not_matter(tmp_path_factory, history) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("laws")
    a, b, c = _replicas(tmp, history)
    grouped = _merged(b, c)
    bc = tmp / "bc.fieldnotes"
    write_package(grouped, bc)
    assert export(_merged(a, bc)) == export(_merged(a, b, c))
    ab = tmp / "ab.fieldnotes"
    write_package(_merged(a, b), ab)
    assert export(_merged(ab, c)) == export(_merged(a, b, c))


@laws
@given(history=st.lists(operation, max_size=12))
def test_merging_again_changes_nothing(tmp_path_factory, history) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("laws")
    packages = _replicas(tmp, history)
    master = _merged(*packages)
    once = export(master)
    again = merge_package(master, packages[0])
    assert again.already_merged
    # The same revisions in a package the master has never seen (another file) change nothing.
    copy = tmp / "copy.fieldnotes"
    write_package(_merged(packages[1]), copy)
    assert merge_package(master, copy).revisions_added == 0
    assert export(master) == once


def test_concurrent_edits_survive_and_conflicts_are_kept(tmp_path: Path) -> None:
    history = [
        (1, "paragraph", 0, 1),  # Bo edits the first paragraph
        (2, "paragraph", 2, 2),  # Cecilie the third: both survive
        (1, "title", 1, 1),
        (2, "title", 2, 2),  # the same field: a conflict with a kept loser
    ]
    master = _merged(*_replicas(tmp_path, history))
    note = next(master.rows("note"))
    assert "Første afsnit om Ærø. Tilføjet 1." in note["text"]
    assert "Tredje afsnit om Læsø. Tilføjet 2." in note["text"]
    [conflict] = master.conflicts()
    assert (conflict.entity, conflict.field) == ("visit", "title")
    loser = next(r for r in master.revisions("visit", conflict.row_id) if r.id in conflict.losers)
    assert loser.decoded in ("Besøg nr. 11 på Ærø", "Besøg nr. 22 på Ærø")


def test_deleting_a_note_another_member_edited_is_a_conflict(tmp_path: Path) -> None:
    master = _merged(*_replicas(tmp_path, [(1, "delete", 0, 0), (2, "paragraph", 0, 5)]))
    note = next(master.rows("note", include_deleted=True))
    assert note["deleted"] == 0
    assert "Tilføjet 5." in note["text"]
    assert [c.kind for c in master.conflicts()] == ["delete"]


def test_resolving_a_conflict_closes_it_everywhere(tmp_path: Path) -> None:
    packages = _replicas(tmp_path, [(1, "title", 1, 1), (2, "title", 2, 2)])
    master = _merged(*packages)
    master.set_member("Sekretariatet")
    [conflict] = master.conflicts()
    values = master.conflict_values(conflict)
    assert sorted(values.values()) == ["Besøg nr. 11 på Ærø", "Besøg nr. 22 på Ærø"]
    master.resolve(conflict, "Besøg på Ærø (samlet)")
    assert master.conflicts() == []
    resolved = tmp_path / "master.fieldnotes"
    write_package(master, resolved)
    other = _merged(*reversed(packages))
    assert len(other.conflicts()) == 1
    merge_package(other, resolved)
    assert other.conflicts() == []
    assert next(other.rows("visit"))["title"] == "Besøg på Ærø (samlet)"


def test_a_deletion_conflict_can_be_settled_either_way(tmp_path: Path) -> None:
    packages = _replicas(tmp_path, [(1, "delete", 0, 0), (2, "paragraph", 0, 5)])
    for keep in (True, False):
        master = _merged(*packages)
        master.set_member("Sekretariatet")
        [conflict] = master.conflicts()
        master.resolve(conflict, not keep)
        assert master.conflicts() == []
        assert master.count("note") == (1 if keep else 0)


def test_an_erased_note_never_comes_back_in_any_merge_order(tmp_path: Path) -> None:
    history = [(0, "note", 1, 1), (1, "paragraph", 0, 1), (2, "paragraph", 0, 2)]
    packages = _replicas(tmp_path, history)
    master = _merged(*packages)
    master.set_member("Sekretariatet")
    target = next(n for n in master.rows("note") if "Tilføjet" in n["text"])
    master.erase("note", target["id"])
    erasure = tmp_path / "erasure.fieldnotes"
    write_package(master, erasure)
    texts = []
    for order in itertools.permutations([*packages, erasure]):
        merged = _merged(*order)
        row = merged.get("note", target["id"])
        assert row["deleted"] == 1 and row["text"] is None
        assert all(r.field == "erased" for r in merged.revisions("note", target["id"]))
        texts.append(export(merged))
    assert len(set(texts)) == 1
    assert "Tilføjet" not in texts[0]


@laws
@given(
    history=st.lists(operation, max_size=10),
    redaction=st.tuples(st.integers(0, 2), st.just("redact"), st.integers(0, 9), st.integers(0, 9)),
    at=st.integers(0, 10),
)
def test_a_redacted_name_stays_out_in_every_merge_order(  # type: ignore[no-untyped-def]
    tmp_path_factory, history, redaction, at
) -> None:
    history.insert(at, redaction)
    redacted: set[tuple[str, str]] = set()
    packages = _replicas(tmp_path_factory.mktemp("redact"), history, redacted)
    results = set()
    for order in itertools.permutations(packages):
        master = _merged(*order)
        for note, name in redacted:
            assert name not in "".join(r.value for r in master.revisions("note", note))
            assert name not in (master.get("note", note)["text"] or "")
        results.add(export(master))
    assert len(results) == 1


def test_a_redaction_scrubs_edits_made_concurrently_elsewhere(tmp_path: Path) -> None:
    history = [(1, "redact", 0, 0), (2, "paragraph", 0, 5), (0, "paragraph", 2, 6)]
    redacted: set[tuple[str, str]] = set()
    packages = _replicas(tmp_path, history, redacted)
    [(note, name)] = redacted
    assert name == "Ærø"
    text = _merged(*packages).get("note", note)["text"]
    assert text.startswith("Første afsnit om [slettet]. Tilføjet 5.")
    assert text.endswith("Tredje afsnit om Læsø. Tilføjet 6.")


@laws
@given(first=st.lists(operation, max_size=6), later=st.lists(operation, max_size=6))
def test_changes_only_packages_merge_like_full_ones(tmp_path_factory, first, later) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("delta")
    member = Store.memory(member_name="Anne Holm")
    visit = member.create("visit", title="Besøg på Ærø", status="planned")
    member.create("note", visit_id=visit, text="\n\n".join(PARAGRAPHS), position=0)
    for _, kind, a, b in first:
        _apply(member, kind, a, b)
    write_package(member, tmp / "1.fieldnotes")
    for _, kind, a, b in later:
        _apply(member, kind, a, b)
    write_package(member, tmp / "2-changes.fieldnotes", only_changes=True)
    write_package(member, tmp / "2-full.fieldnotes")
    by_delta = _merged(tmp / "1.fieldnotes", tmp / "2-changes.fieldnotes")
    assert export(by_delta) == export(_merged(tmp / "2-full.fieldnotes"))
