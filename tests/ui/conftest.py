"""Fixtures for the GUI tests: a fresh store with one visit, and a main window over it."""

from __future__ import annotations

import pytest

from fieldnotes.core.seed import DEFAULT_GUIDE_ID, municipality_id
from fieldnotes.core.store import Store
from fieldnotes.ui.i18n import Translations
from fieldnotes.ui.main_window import MainWindow


@pytest.fixture(autouse=True, scope="session")
def danish(qapp) -> Translations:
    """Every GUI test starts in Danish, with the compiled translations installed."""
    translations = Translations()
    translations.use("da")
    return translations


@pytest.fixture(autouse=True)
def no_leftover_windows(qapp):
    """Delete every main window after its test: a window left alive would go on reacting
    (to a language change, say) with a store that its test has closed."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    for window in windows:
        window.close()
        window.deleteLater()
    if windows:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def store() -> Store:
    store = Store.memory(member_name="Anne Holm")
    yield store
    store.close()


@pytest.fixture
def visit(store: Store) -> str:
    return store.create(
        "visit",
        title="Besøg i Ærø Kommune",
        status="planned",
        starts_at="2013-03-04T10:00",
        guide_id=DEFAULT_GUIDE_ID,
        municipality_id=municipality_id("492"),
    )


@pytest.fixture
def window(qtbot, store: Store, danish: Translations) -> MainWindow:
    window = MainWindow(store, danish)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts need an active window with a focus widget
    return window


# The offscreen platform plugin cannot size real windows; that is not a fault of the app.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def master(tmp_path) -> Store:
    """A database on disk (background work needs a file to open its own connection to)."""
    store = Store.open(tmp_path / "master.db", create=True, member_name="Sekretariatet")
    store.create("visit", title="Besøg i Ærø Kommune", status="done", guide_id=DEFAULT_GUIDE_ID)
    yield store
    store.close()


@pytest.fixture
def master_window(qtbot, master: Store, danish: Translations) -> MainWindow:
    window = MainWindow(master, danish)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    window.store.close()


@pytest.fixture
def make_package():
    """``make_package(folder, name, member, visits=1, notes=2)`` → a member's package file."""
    return _make_package


def _make_package(folder, name: str, member: str, visits: int = 1, notes: int = 2):
    """A member's package with ``visits`` visits of ``notes`` notes each."""
    from fieldnotes.merge.package import write_package

    store = Store.open(folder / f"{name}.db", create=True, member_name=member)
    for v in range(visits):
        visit = store.create("visit", title=f"{member}s besøg {v}", status="done")
        for n in range(notes):
            store.create("note", visit_id=visit, text=f"Note {n} fra {member} – æøå.")
    path = folder / f"{name}.fieldnotes"
    write_package(store, path)
    store.close()
    return path


@pytest.fixture
def conflicted(tmp_path) -> tuple[Store, str, str]:
    """A master where a note's text and a visit's title were changed on two laptops."""
    from fieldnotes.merge.engine import merge_package
    from fieldnotes.merge.package import write_package

    master = Store.open(tmp_path / "conflicted.db", create=True, member_name="Sekretariatet")
    visit = master.create("visit", title="Besøg", status="done", guide_id=DEFAULT_GUIDE_ID)
    note = master.create(
        "note", visit_id=visit, text="Indledning.\n\nFørste afsnit om sprog.\n\nAfslutning.\n"
    )
    write_package(master, tmp_path / "master.fieldnotes")
    member = Store.open(tmp_path / "anne.db", create=True, member_name="Anne Holm")
    merge_package(member, tmp_path / "master.fieldnotes")
    master.update(
        "note", note, text="Indledning.\n\nSekretariatets afsnit om sprog.\n\nAfslutning.\n"
    )
    member.update("note", note, text="Indledning.\n\nAnnes afsnit om sprogstøtte.\n\nAfslutning.\n")
    member.update("visit", visit, title="Annes titel")
    master.update("visit", visit, title="Sekretariatets titel")
    write_package(member, tmp_path / "anne.fieldnotes")
    merge_package(master, tmp_path / "anne.fieldnotes")
    member.close()
    yield master, visit, note
    master.close()
