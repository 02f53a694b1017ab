"""Row ids and the hybrid logical clock that orders every change across installations."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Namespace for ids that every installation must compute identically (seed data, links).
FIELDNOTES_NAMESPACE = "6f1c2b9e-4a51-4f0e-9d7e-3b5a8c2d1e40"

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HLC_RE = re.compile(r"^\d{13}\.\d{5}\.[0-9a-z]{1,32}$")

#: The clock value of seed rows (themes, municipalities, the default guide): older than any edit.
SEED_HLC = "0000000000000.00000.seed"


def new_id() -> str:
    """A fresh random row id, e.g. ``'3f2b…'`` (UUID 4 in canonical text form)."""
    import uuid  # here, not at the top: opening the window makes no ids (start-up time)

    return str(uuid.uuid4())


def stable_id(*parts: str) -> str:
    """An id that every installation derives the same way: ``stable_id("theme", "1a")``."""
    import uuid

    return str(uuid.uuid5(uuid.UUID(FIELDNOTES_NAMESPACE), "/".join(parts)))


def is_uuid(value: object) -> bool:
    """True for a canonical lower-case UUID string."""
    return isinstance(value, str) and bool(_UUID_RE.match(value))


def is_hlc(value: object) -> bool:
    """True for a well-formed clock value such as ``'1764071234567.00003.a1b2c3d4e5f6'``."""
    return isinstance(value, str) and bool(_HLC_RE.match(value))


def hlc_millis(value: str) -> int:
    """The wall-clock part of a clock value, in milliseconds since 1970."""
    return int(value[:13])


@dataclass
class HybridClock:
    """A hybrid logical clock (Kulkarni et al.): wall time in ms, a counter, and the site.

    Values are fixed-width strings, so string order is clock order, and the site suffix makes
    every value unique across installations. ``observe`` keeps the clock ahead of every value
    merged in, so a later local edit always sorts after what the user has seen.
    """

    site: str
    millis: int = 0
    counter: int = 0
    wall: Callable[[], int] = lambda: time.time_ns() // 1_000_000

    def tick(self) -> str:
        """The next clock value for a local change."""
        now = self.wall()
        if now > self.millis:
            self.millis, self.counter = now, 0
        else:
            self.counter += 1
        if self.counter > 99_999:
            self.millis, self.counter = self.millis + 1, 0
        return self.format()

    def observe(self, value: str) -> None:
        """Move the clock past a value that arrived from another installation."""
        millis, counter = int(value[:13]), int(value[14:19])
        if (millis, counter) > (self.millis, self.counter):
            self.millis, self.counter = millis, counter

    def format(self) -> str:
        return f"{self.millis:013d}.{self.counter:05d}.{self.site}"
