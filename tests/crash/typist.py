"""A child process that types and tags a note the way the app autosaves, until it is killed.

Usage: python typist.py DB SEED. Prints ``typed <length> <monotonic>`` as it types and
``saved <length>`` after each commit, so the parent knows what the database must hold.
"""

from __future__ import annotations

import random
import sys
import time

from fieldnotes.core.demo_text import DemoText
from fieldnotes.core.seed import theme_id
from fieldnotes.core.store import Store

AUTOSAVE_SECONDS = 0.25  # the app saves within one second; the harness is stricter


def main(db: str, seed: int) -> None:
    rng = random.Random(seed)
    words = DemoText(rng)
    store = Store.open(db)
    visit = next(store.rows("visit"))["id"]
    note = store.create("note", visit_id=visit, text="", position=seed)
    text, last_save = "", time.monotonic()
    while True:
        text += words.sentence() + " "
        print(f"typed {len(text)} {time.monotonic():.6f}", flush=True)
        if time.monotonic() - last_save >= AUTOSAVE_SECONDS:
            store.update("note", note, text=text)
            if rng.random() < 0.3:
                start = rng.randrange(0, max(1, len(text) - 10))
                store.create(
                    "tag",
                    note_id=note,
                    theme_id=theme_id(rng.choice(["1a", "1c", "2a"])),
                    start=start,
                    end=min(len(text), start + 10),
                )
            last_save = time.monotonic()
            print(f"saved {len(text)} {note}", flush=True)
        time.sleep(rng.uniform(0.0, 0.02))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
