"""Kill a typing child with SIGKILL at random moments; check what survived each time."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from fieldnotes.core.check import problems
from fieldnotes.core.store import Store

TYPIST = Path(__file__).with_name("typist.py")
GRACE_SECONDS = 1.0  # what the user may lose: the last second of typing


@dataclass
class Round:
    """One kill: how much had been typed a second before it, and what the database kept."""

    typed_a_second_before: int
    kept: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return self.kept >= self.typed_a_second_before and not self.problems


def prepare(db: Path) -> None:
    store = Store.open(db, create=True, member_name="Typist")
    store.create("visit", title="Besøg under nedbrud", status="done")
    store.close()


def one_round(db: Path, seed: int, rng: random.Random) -> Round:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, str(TYPIST), str(db), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    typed: list[tuple[float, int]] = []
    note: list[str] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            parts = line.split()
            if parts[0] == "typed":
                typed.append((float(parts[2]), int(parts[1])))
            elif parts[0] == "saved" and not note:
                note.append(parts[2])

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 10
    while not note and time.monotonic() < deadline:  # wait until the note exists
        time.sleep(0.01)
    time.sleep(rng.uniform(0.3, 2.0))
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=5)
    before = [length for at, length in typed if at <= killed_at - GRACE_SECONDS]
    store = Store.open(db)
    try:
        row = store.get("note", note[0]) if note else None
        kept = len(row["text"] or "") if row else 0
        found = list(problems(store))
    finally:
        store.close()
    return Round(max(before, default=0), kept, found)


def run(db: Path, rounds: int, seed: int = 1) -> list[Round]:
    rng = random.Random(seed)
    prepare(db)
    return [one_round(db, seed * 1000 + n, rng) for n in range(rounds)]
