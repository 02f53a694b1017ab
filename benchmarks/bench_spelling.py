"""Keystroke latency in a 200 KB note with spell checking on, against off, in the same run.

As in bench_gui_typing.py, keystrokes arrive on a fixed schedule (one every 30 ms) at the end
of a note of about 200 KB, with autosave running; a keystroke's latency is the time from
when it was due until the editor had handled it. Typing starts 200 ms after the note opens,
so with spell checking on the worker is still checking the whole note (thousands of words)
while the keys arrive: the worst case. Goal: spell checking adds nothing a typist can feel,
p99 under 16 ms and a p99 ratio on/off near 1.

    .venv/bin/python benchmarks/bench_spelling.py [--keys 400] [--interval 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from typist import long_text, p99, type_on_schedule

from fieldnotes.core import operations as ops
from fieldnotes.core.seed import DEFAULT_GUIDE_ID
from fieldnotes.core.spelling import Unavailable, enchant_dictionary
from fieldnotes.core.store import Store
from fieldnotes.ui import spelling
from fieldnotes.ui.i18n import Translations
from fieldnotes.ui.main_window import MainWindow

TEXT = "Kommunen fortæller om sprogstøtte og job i Ærø, integrasjon og mentorordninger. "


def run(app: QApplication, checking: bool, options: argparse.Namespace) -> dict[str, float]:
    """Type into a fresh 200 KB note; the keystroke latencies in ms and what was checked."""
    translations = Translations()
    translations.use("da")
    with tempfile.TemporaryDirectory() as tmp:
        service = spelling.SpellService(words_path=Path(tmp) / "ordbog.txt")
        service.enabled = checking  # not through QSettings: leave the user's settings alone
        spelling.install(service)
        checked: list[float] = []
        service.checked.connect(lambda verdicts: checked.append(time.perf_counter()))
        store = Store.open(Path(tmp) / "typing.db", create=True, member_name="Anne Holm")
        visit = store.create("visit", title="Besøg", status="done", guide_id=DEFAULT_GUIDE_ID)
        ops.new_note(store, visit, text=long_text(options.size, TEXT, 5))
        window = MainWindow(store, translations)
        window.resize(1366, 768)
        window.show()
        opened = time.perf_counter()
        window.open_visit(visit)
        editor = window.visit_view.editor
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        ms = type_on_schedule(app, editor, options.keys, options.interval)
        typed = editor.toPlainText()
        saved = store.get("note", window.visit_view.note_id)["text"]
        window.close()
        window.deleteLater()
        store.close()
        spelling.install(None)
        translations.remove()
    assert saved == typed, "the last keystrokes were not saved"
    return {
        "median": statistics.median(ms),
        "p99": p99(ms),
        "max": ms[-1],
        "checking": (checked[-1] - opened) * 1000 if checked else 0.0,
        "size": len(typed),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=400)
    parser.add_argument("--interval", type=int, default=30, help="ms between keystrokes")
    parser.add_argument("--size", type=int, default=195_000, help="characters (≈200 KB)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each, best counts")
    options = parser.parse_args()
    try:
        enchant_dictionary()
    except Unavailable as exc:
        sys.exit(f"no Danish dictionary ({exc.reason}): apt-get install hunspell-da")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Fieldnotes-bench")
    runs: dict[bool, list[dict[str, float]]] = {False: [], True: []}
    for _round in range(options.rounds):
        for checking in (False, True):
            runs[checking].append(run(app, checking, options))
    # other programs on a shared machine slow both alike: compare the best runs
    off = {name: min(r[name] for r in runs[False]) for name in runs[False][0]}
    on = {name: min(r[name] for r in runs[True]) for name in runs[True][0]}
    print(
        f"note size        : {on['size']:,} characters, {options.keys} keystrokes,"
        f" best of {options.rounds} runs each"
    )
    print("                      spelling off   spelling on")
    for name in ("median", "p99", "max"):
        print(f"latency {name:<8} : {off[name]:10.2f} ms {on[name]:10.2f} ms")
    print(
        f"checking the note: done {on['checking']:.0f} ms after opening, in the worker,"
        " while typing went on"
    )
    print(
        f"p99 ratio on/off : {on['p99'] / max(off['p99'], 0.01):.2f}"
        f" (goal: near 1; p99 under 16 ms)"
    )


if __name__ == "__main__":
    main()
