"""Merge speed: six members' packages of 5,000 notes each into a master.

Floor, measured in the same run: copying the same rows (revisions and entity tables) from the
members' databases with ATTACH and INSERT … SELECT, which is what a merge with no checks and no
conflict handling would cost. Goals: first merge at most 3x the floor; merging packages whose
content the master already holds at most half the first merge.

    .venv/bin/python benchmarks/bench_merge.py [--notes 5000] [--members 6]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from fieldnotes.core import demo
from fieldnotes.core.schema import ENTITIES
from fieldnotes.core.store import Store
from fieldnotes.merge.engine import merge_package
from fieldnotes.merge.package import write_package


def _members(work: Path, members: int, notes: int) -> list[tuple[Path, Path]]:
    made = []
    for n in range(members):
        db = work / f"member{n}.db"
        store = Store.open(db, create=True)
        demo.generate(store, visits=max(1, notes // 100), notes=notes, seed=100 + n)
        package = work / f"member{n}.fieldnotes"
        write_package(store, package)
        store.close()
        made.append((db, package))
    return made


def _floor(work: Path, members: list[tuple[Path, Path]]) -> float:
    target = work / "floor.db"
    Store.open(target, create=True).close()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA foreign_keys = OFF")
    start = time.perf_counter()
    for db, _ in members:
        conn.execute("ATTACH DATABASE ? AS member", [str(db)])
        with conn:
            conn.execute("INSERT OR IGNORE INTO revisions SELECT * FROM member.revisions")
            for spec in ENTITIES.values():
                conn.execute(
                    f'INSERT OR IGNORE INTO "{spec.table}" SELECT * FROM member."{spec.table}"'
                )
        conn.execute("DETACH DATABASE member")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _merge_all(master: Path, packages: list[Path]) -> float:
    store = Store.open(master, create=True)
    start = time.perf_counter()
    for package in packages:
        merge_package(store, package)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5_000)
    parser.add_argument("--members", type=int, default=6)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fieldnotes-bench-"))
    try:
        members = _members(work, args.members, args.notes)
        packages = [p for _, p in members]
        floor = _floor(work, members)
        master = work / "master.db"
        first = _merge_all(master, packages)
        with sqlite3.connect(master) as conn:  # forget the log, keep the content
            conn.execute("DELETE FROM merge_items")
            conn.execute("DELETE FROM merges")
        again = _merge_all(master, packages)
        print(f"{args.members} packages × {args.notes} notes")
        print(f"floor (ATTACH + INSERT … SELECT): {floor:7.2f} s")
        print(
            f"merge into empty master:          {first:7.2f} s  ratio {first / floor:5.2f}x"
            "  (goal ≤ 3x)"
        )
        print(
            f"merge into master holding them:   {again:7.2f} s  ratio {again / first:5.2f}"
            " of first  (goal ≤ 0.5)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
