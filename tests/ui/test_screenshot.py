"""Screenshots: each named view renders to a PNG of the asked size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from fieldnotes.core import operations as ops
from fieldnotes.core.seed import DEFAULT_GUIDE_ID
from fieldnotes.core.store import Store
from fieldnotes.ui import screenshot


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "noter.db"
    store = Store.open(path, create=True, member_name="Anne Holm")
    visit = store.create("visit", title="Besøg i Ærø", status="done", guide_id=DEFAULT_GUIDE_ID)
    ops.new_note(store, visit, text="Vi mødte Søren Ågård.")
    store.close()
    return path


@pytest.mark.parametrize("view", screenshot.VIEWS)
def test_a_view_renders_to_a_png(qapp, db, tmp_path, view):
    out = screenshot.render(db, tmp_path / f"{view}.png", view=view, lang="en", size=(1366, 768))
    image = QImage(str(out))
    assert not image.isNull()
    dialogs = ("member", "visit_dialog", "item_dialog", "erase_dialog", "redact_dialog")
    if view not in (*dialogs, "settings", "passphrase"):
        assert (image.width(), image.height()) == (1366, 768)


def test_the_overviews_and_the_secretariat_pages_can_be_rendered():
    assert {"search", "matrix", "coverage", "conflicts", "merges", "duplicates"} <= set(
        screenshot.VIEWS
    )


def test_an_unknown_view_is_refused(db, tmp_path):
    with pytest.raises(ValueError):
        screenshot.render(db, tmp_path / "x.png", view="nowhere")
