"""Translations: complete English, up-to-date .ts files, and switching language live."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldnotes.ui import i18n

UI = Path(i18n.__file__).parent


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("lang", ["en", "da"])
def test_every_string_is_translated(lang):
    untranslated = []
    for message in _messages(i18n.ts_file(lang)):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            untranslated.append(message.findtext("source"))
    assert untranslated == []


def test_the_ts_files_hold_every_string_of_the_source(tmp_path):
    ts = tmp_path / "check.ts"
    shutil.copy(i18n.ts_file("en"), ts)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True)
    fresh = {
        m.findtext("source") for m in _messages(ts) if m.find("translation").get("type") is None
    }
    assert fresh == {m.findtext("source") for m in _messages(i18n.ts_file("en"))}


def test_a_missing_qm_is_built_into_the_cache():
    qm = i18n.qm_file("en")
    assert qm is not None and qm.stat().st_size > 0


def test_switching_to_english_retranslates_the_window(qtbot, window, visit):
    window.open_visit(visit)
    try:
        window.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Visits")
        assert window.undo_action.text() == "&Undo"
        assert window.visit_view.new_note_action.text() == "&New note"
        assert window.visit_view.outline.topLevelItem(5).text(0) == "Other notes"
    finally:
        window.language_actions["da"].trigger()
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "Besøg")


def test_switching_language_retranslates_the_search_filters(qtbot, window):
    window.show_list("search")
    panel = window.pages["search"]
    try:
        window.language_actions["en"].trigger()
        qtbot.waitUntil(lambda: panel.theme.itemText(0) == "All themes")
        assert panel.place.itemText(0) == "All" and panel.kind.itemText(0) == "All kinds"
        assert panel.date_from.placeholderText() == "YYYY-MM-DD"
    finally:
        window.language_actions["da"].trigger()
    qtbot.waitUntil(lambda: panel.theme.itemText(0) == "Alle temaer")
