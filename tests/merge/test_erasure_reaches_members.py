"""An erasure made on the master reaches a member's laptop through a package: the member's
database file and its backups lose the person too."""

from __future__ import annotations

from fieldnotes.core import backups
from fieldnotes.core.erasure import erase_everywhere
from fieldnotes.core.store import Store
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import write_package


def test_an_erasure_merged_in_leaves_the_members_file_and_backups(tmp_path) -> None:  # type: ignore[no-untyped-def]
    master = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    visit = master.create("visit", title="Besøg på Ærø", status="done")
    person = master.create("person", name="Zacharias Quist", contact="zq@example.dk")
    master.create("note", visit_id=visit, person_id=person, text="Om mentorer på Ærø.")
    write_package(master, tmp_path / "før.fieldnotes")

    member_path = tmp_path / "anne.db"
    member = Store.open(member_path, create=True, member_name="Anne Holm")
    assert merge_package(member, tmp_path / "før.fieldnotes").erasures == 0
    old = backups.back_up(member, "manual")
    assert b"Zacharias" in old.path.read_bytes()

    erase_everywhere(master, person)
    write_package(master, tmp_path / "efter.fieldnotes")
    master.close()
    assert merge_package(member, tmp_path / "efter.fieldnotes", dry_run=True).erasures == 1
    assert b"Zacharias" in old.path.read_bytes()  # a dry run changes nothing
    assert merge_package(member, tmp_path / "efter.fieldnotes").erasures == 1
    assert member.get("person", person)["name"] is None
    member.close()
    for file in (old.path, member_path):
        data = file.read_bytes()
        assert b"Zacharias" not in data and b"zq@example" not in data
