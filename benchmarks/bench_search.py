"""Search speed and memory at 50,000 notes.

Speed: the median, over a set of realistic queries, of the time to a first page of ranked,
highlighted hits (as many as the search panel asks for first; the next load as its list is
scrolled), against the same queries answered by a LIKE scan in the same run (the floor). Each
query's time is the best of ``--repeat`` runs, on both sides alike: on a shared machine the
slower runs measure the other processes (as ``timeit`` advises). Goals: median under 10 ms and
at least 100x faster than LIKE. A page of 50 hits is timed too, for reference, and so is the
index alone: the one statement that finds the page's rows in the app's order (BM25-ranked up to
``RANK_LIMIT`` hits, else newest first), without counting, context or snippets. Its median is
the most the ratio can reach with exact BM25 ranking on this SQLite.

Memory: the resident memory of a process with the database open and the main window, the search
panel, the matrix and the coverage view shown (and a search done, and the views' own background
counts finished, so their worker connections count too), against a bare PySide6 window.
Goal: at most 80 MB more.

    .venv/bin/python benchmarks/bench_search.py [--db /tmp/search-50k.db] [--repeat 7]

Without ``--db`` a 50,000-note demo database is made in a temporary folder first (~1 min).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fieldnotes.core import demo
from fieldnotes.core.store import Store
from fieldnotes.search.engine import RANK_LIMIT, like_search, search
from fieldnotes.search.query import parse
from fieldnotes.ui.search_panel import PAGE

QUERIES = (
    "mentorordning",
    "brobygger*",
    "sprog OG job",
    '"fælles mål"',
    "integrationsindsats",
    "mentor* IKKE praktik",
    "Ærø",
    "frivillig* ELLER forening*",
    "boligsocial*",
    "tolk",
    "beskæftigelse kvinder",
    "sundhedsplejersker",
    "(lektiecafé ELLER lektiehjælp) børn",
    "koordinering* kommune",
)

_BARE = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.resize(1366, 768); w.show(); app.processEvents()
print(open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
"""

_APP = """
import sys
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from fieldnotes.core.store import Store
from fieldnotes.ui.i18n import Translations
from fieldnotes.ui.main_window import MainWindow
from fieldnotes.ui.search_panel import SearchPanel
from fieldnotes.ui.matrix_view import MatrixView
from fieldnotes.ui.coverage_view import CoverageView
app = QApplication(sys.argv)
translations = Translations(); translations.use("da")
store = Store.open(sys.argv[1])
window = MainWindow(store, translations); window.resize(1366, 768); window.show()
views = [SearchPanel(store), MatrixView(store), CoverageView(store)]
for view in views:
    view.resize(1366, 768); view.show()
views[0].run_now("kommune"); views[0].run_now("mentor*")
for view in views[1:]:
    view.refresh_now()
QThreadPool.globalInstance().waitForDone()
app.processEvents()
print(open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
"""


def _verdict(met: bool) -> str:
    return "PASS" if met else "FAIL"


def _timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _index_part(store: Store, query: str, ranked: bool) -> None:
    """The hits counted and the page's rows found in the app's order, and nothing else."""
    matches = "FROM search_index WHERE search_index MATCH ?"
    fts = parse(query).fts()
    store.db.execute(f"SELECT count(*) FROM (SELECT 1 {matches} LIMIT ?)", [fts, RANK_LIMIT + 1])
    order = "bm25(search_index)" if ranked else "rowid DESC"
    store.db.execute(f"SELECT rowid {matches} ORDER BY {order} LIMIT ?", [fts, PAGE]).fetchall()


def _rss_kb(script: str, *args: str) -> int | None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env
    )
    if done.returncode != 0:
        print(done.stderr.strip().splitlines()[-1:] or "failed", file=sys.stderr)
        return None
    return int(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args()
    work = None
    path = args.db
    if path is None or not path.exists():
        work = Path(tempfile.mkdtemp(prefix="fieldnotes-bench-"))
        path = path or work / "search-50k.db"
        print(f"making a 50,000-note demo database at {path} …", flush=True)
        store = Store.open(path, create=True)
        demo.generate(store, visits=500, notes=50_000)
        store.close()
    try:
        store = Store.open(path)
        notes = store.count("note")
        for query in QUERIES:  # warm the page cache for both sides alike
            search(store, query)
            like_search(store, query)
        fts, like, fifty, alone = [], [], [], []
        print(
            f"{notes} notes; best of {args.repeat} runs per query, first page of {PAGE} hits"
            " (and of 50)"
        )
        print(
            f"{'query':38} {'FTS5 ms':>8} {'LIKE ms':>9} {'ratio':>7} {'50 hits':>8}"
            f" {'index':>7}  hits"
        )
        for query in QUERIES:
            f = _timed(lambda q=query: search(store, q, limit=PAGE), args.repeat)
            g = _timed(lambda q=query: like_search(store, q, limit=PAGE), args.repeat)
            h = _timed(lambda q=query: search(store, q, limit=50), args.repeat)
            results = search(store, query)
            total = results.total if results.total is not None else f">{RANK_LIMIT}"
            i = _timed(lambda q=query, r=results.ranked: _index_part(store, q, r), args.repeat)
            fts.append(f)
            like.append(g)
            fifty.append(h)
            alone.append(i)
            print(
                f"{query:38} {f * 1000:8.2f} {g * 1000:9.1f} {g / f:6.0f}x {h * 1000:8.2f}"
                f" {i * 1000:7.2f}  {total}"
            )
        store.close()
        median_fts, median_like = statistics.median(fts), statistics.median(like)
        ratio = median_like / median_fts
        print(
            f"median FTS5 {median_fts * 1000:.2f} ms (goal < 10 ms: "
            f"{_verdict(median_fts < 0.010)}); slowest {max(fts) * 1000:.1f} ms;"
            f" a page of 50: median {statistics.median(fifty) * 1000:.2f} ms,"
            f" {median_like / statistics.median(fifty):.0f}x"
        )
        print(
            f"median LIKE {median_like * 1000:.1f} ms; ratio {ratio:.0f}x"
            f" (goal ≥ 100x: {_verdict(ratio >= 100)})"
        )
        median_alone = statistics.median(alone)
        print(
            f"the index's part alone (count and order, no context or snippets): median"
            f" {median_alone * 1000:.2f} ms, {median_like / median_alone:.0f}x"
        )
        if not args.no_memory:
            bare, app = _rss_kb(_BARE), _rss_kb(_APP, str(path))
            if bare and app:
                more = (app - bare) / 1024
                print(
                    f"memory: bare PySide6 window {bare / 1024:.0f} MB, app with the database "
                    f"and views {app / 1024:.0f} MB: +{more:.0f} MB (goal ≤ 80 MB: "
                    f"{_verdict(more <= 80)})"
                )
    finally:
        if work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
