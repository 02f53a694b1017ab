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
