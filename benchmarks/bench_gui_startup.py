"""Start-up to a usable main window on a 10,000-note database, against a bare QMainWindow.

Each start is a fresh Python process running the installed command's entry point
(``fieldnotes --db PATH``: the single-instance check, the lock, the start-up backup and all),
timed from launch until the window has been shown and the event loop has run once, so what the
user waits for is measured (the child reports that moment; tearing the process down afterwards
is not start-up). Modules are
loaded from compiled bytecode, as in an installed app, even when PYTHONDONTWRITEBYTECODE is
set: a warm-up start compiles them into a temporary cache. The floor, measured in the same
run: a process that imports PySide6 and shows an empty QMainWindow. Goal: at most 2x the floor.

    .venv/bin/python benchmarks/bench_gui_startup.py [--notes 10000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fieldnotes.core import demo
from fieldnotes.core.store import Store

BARE = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
window.show()
QTimer.singleShot(0, lambda: (print(time.time()), app.quit()))
app.exec()
"""

APP = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

_exec = QApplication.exec


def _report_once_running(_app=None):
    QTimer.singleShot(0, lambda: (print(time.time()), QApplication.instance().quit()))
    return _exec()


QApplication.exec = _report_once_running
sys.argv = ["fieldnotes", "--db", sys.argv[1]]
from fieldnotes.launch import main  # the installed command's own entry point
main()
"""


def _time(code: str, *args: str, env: dict[str, str]) -> float:
    """Seconds from launching ``code`` until it reports its event loop has run once."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, env=env, stdout=subprocess.PIPE, text=True
    )
    return float(done.stdout.split()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = Store.open(db, create=True)
        demo.generate(store, visits=max(1, options.notes // 50), notes=options.notes, seed=3)
        store.close()
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(Path(tmp) / "config"),
            "XDG_CACHE_HOME": str(Path(tmp) / "cache"),
            "XDG_DATA_HOME": str(Path(tmp) / "data"),  # the start-up backup goes here
        }
        _time(APP, str(db), env=env)  # warm the file cache and build the translations once
        _time(BARE, env=env)
        bare, app = [], []
        for _ in range(options.runs):
            bare.append(_time(BARE, env=env))
            app.append(_time(APP, str(db), env=env))
    floor, ours = statistics.median(bare), statistics.median(app)
    print(f"bare QMainWindow : {floor * 1000:7.0f} ms (median of {options.runs})")
    print(f"Fieldnotes       : {ours * 1000:7.0f} ms on {options.notes:,} notes")
    print(f"ratio            : {ours / floor:7.2f}x (goal: at most 2x)")
    print("PASS" if ours / floor <= 2 else "FAIL")


if __name__ == "__main__":
    main()
