"""What encryption at rest costs: the same work on a plain and on an encrypted copy.

One demo database is made, copied, and the copy encrypted (``fieldnotes encrypt``'s code). Both
then open, search (the queries of bench_search.py), save typed text (an autosave per update)
and take a backup; each median on the encrypted copy is printed against the plain one measured
in the same run (the floor). Goal: at most 2x for search and typing, and opening a database
with its passphrase (the key derivation SQLCipher asks for) under one second.

    .venv/bin/python benchmarks/bench_encryption.py [--notes 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fieldnotes.core import backups, cipher, demo
from fieldnotes.core.encryption import change_encryption
from fieldnotes.core.store import Store
from fieldnotes.search.engine import search

PASSPHRASE = "en lang sætning til målingen"
QUERIES = ("mentorordning", "brobygger*", "sprog OG job", '"fælles mål"', "Ærø", "tolk")


def _median(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _work(path: Path, repeat: int, folder: Path) -> dict[str, float]:
    store = Store.open(path)
    try:
        note = next(store.rows("note"))["id"]
        typed = iter(range(10**9))
        return {
            "open (key known)": _median(lambda: Store.open(path).close(), repeat),
            "search": _median(lambda: [search(store, q) for q in QUERIES], repeat),
            "typing (50 saves)": _median(
                lambda: [
                    store.update("note", note, text=f"Tekst {next(typed)}") for _ in range(50)
                ],
                repeat,
            ),
            "backup": _median(lambda: backups.back_up(store, "manual", folder=folder), repeat),
        }
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        plain, secret = Path(work) / "plain.db", Path(work) / "secret.db"
        store = Store.open(plain, create=True)
        demo.generate(store, visits=max(10, args.notes // 30), notes=args.notes, seed=1)
        store.close()
        shutil.copyfile(plain, secret)
        start = time.perf_counter()
        change_encryption(secret, PASSPHRASE, folder=Path(work) / "backups")
        print(f"encrypting {args.notes} notes: {time.perf_counter() - start:.2f} s")
        cipher.forget_all()
        start = time.perf_counter()
        Store.open(secret, passphrase=PASSPHRASE).close()
        first = time.perf_counter() - start
        print(f"first opening with the passphrase: {first:.2f} s (goal < 1 s)")
        floor = _work(plain, args.repeat, Path(work) / "backups")
        found = _work(secret, args.repeat, Path(work) / "backups")
    worst = 0.0
    for name, plain_time in floor.items():
        ratio = found[name] / plain_time
        if name in ("search", "typing (50 saves)"):
            worst = max(worst, ratio)
        print(
            f"{name:<20} plain {plain_time * 1000:8.1f} ms  encrypted "
            f"{found[name] * 1000:8.1f} ms  ratio {ratio:4.2f}"
        )
    print(f"worst ratio for search and typing: {worst:.2f} (goal ≤ 2)")


if __name__ == "__main__":
    main()
