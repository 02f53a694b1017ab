"""The guide opens offline in the user's language; the About box names versions and licences."""

from __future__ import annotations

from fieldnotes.ui.help_window import HelpWindow, about_text, guide_path


def test_each_language_has_its_guide() -> None:
    assert guide_path("da").name == "brugervejledning.md" and guide_path("da").is_file()
    assert guide_path("en").name == "user-guide.md" and guide_path("en").is_file()


def test_the_guide_is_shown_with_its_headings(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = HelpWindow("da")
    qtbot.addWidget(window)
    assert "Brugervejledning" in window.windowTitle()
    text = window.browser.toPlainText()
    assert "fieldnotes" in text.lower() and len(text) > 2_000
    window.show_guide("en")
    assert window.browser.source().fileName() == "user-guide.md"


def test_about_names_the_version_and_licences() -> None:
    text = about_text("1.2.3")
    assert "Fieldnotes 1.2.3" in text and "LGPL-3.0" in text and "PySide6" in text


def test_f1_opens_the_guide_in_the_windows_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from fieldnotes.core.store import Store
    from fieldnotes.ui.main_window import MainWindow

    window = MainWindow(Store.memory(member_name="Anne Holm"))
    qtbot.addWidget(window)
    assert window.help_menu.title() == "&Hjælp"
    window.guide_action.trigger()
    assert window.help_window.browser.source().fileName() == "brugervejledning.md"
    window.help_window.close()
