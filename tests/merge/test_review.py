"""The secretariat's review of a visit travels back to the member with the master package."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldnotes.core.errors import ValidationError
from fieldnotes.core.store import Store
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import write_package


def test_review_state_reaches_the_member(tmp_path: Path) -> None:
    member = Store.memory(member_name="Anne Holm")
    visit = member.create("visit", title="Besøg i Tårnby", status="written_up")
    write_package(member, tmp_path / "anne.fieldnotes")
    master = Store.memory(member_name="Sekretariatet")
    merge_package(master, tmp_path / "anne.fieldnotes")
    master.update("visit", visit, review="needs_followup", review_note="Mangler tal for 1d")
    write_package(master, tmp_path / "master.fieldnotes")
    member.update("visit", visit, title="Besøg i Tårnby Kommune")  # meanwhile, at the member
    merge_package(member, tmp_path / "master.fieldnotes")
    row = member.get("visit", visit)
    assert (row["review"], row["review_note"]) == ("needs_followup", "Mangler tal for 1d")
    assert row["title"] == "Besøg i Tårnby Kommune"
    assert member.conflicts() == []


def test_review_takes_only_known_states() -> None:
    store = Store.memory(member_name="Sekretariatet")
    visit = store.create("visit", title="Besøg", status="done")
    with pytest.raises(ValidationError):
        store.update("visit", visit, review="godkendt")
