"""Autosaves off the GUI thread: one writer thread, with its own connection, runs them in order.

Saving a long note (its revision, the derived row, the search index, the commit) takes tens of
milliseconds; on the GUI thread that would hold up the keystrokes typed meanwhile. SQLite
allows one writer at a time and a connection belongs to the thread that made it, so the
writer opens the database itself while it has work and closes it when idle. It shares the GUI
store's clock: the session settles every queued write before the GUI thread writes, so the
two never tick it at once and revisions keep their order.

>>> writer = Writer(store.path, store.clock)
>>> writer.ready.connect(collect_finished_writes)
>>> writer.submit(Write(lambda store: ops.update(store, "note", note, kind="typing", text=t)))
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.ids import HybridClock
from ..core.store import Store


@dataclass
class Write:
    """One piece of work for the writer, and, once ``done``, its result or error."""

    work: Callable[[Store], Any]
    on_failure: Callable[[], None] | None = None
    result: Any = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)


class Writer(QObject):
    """Runs writes in submission order on a thread of its own; ``ready`` (on the GUI thread)
    says finished writes wait to be taken with ``take``."""

    ready = Signal()

    def __init__(self, db_path: Path, clock: HybridClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.clock = clock
        self._lock = threading.Lock()
        self._queue: collections.deque[Write] = collections.deque()  # for the thread
        self._running = False
        self._submitted: collections.deque[Write] = collections.deque()  # not yet taken

    def submit(self, write: Write) -> None:
        """Queue ``write``; the thread starts when there is work and ends when idle."""
        self._submitted.append(write)
        with self._lock:
            self._queue.append(write)
            if not self._running:
                self._running = True
                threading.Thread(target=self._run, name="fieldnotes-writer", daemon=True).start()

    def pending(self) -> bool:
        """Whether any write has not been taken yet."""
        return bool(self._submitted)

    def take(self, wait: bool) -> Write | None:
        """The oldest write not taken yet, once it is done; with ``wait`` block until it is."""
        if not self._submitted:
            return None
        first = self._submitted[0]
        if not first.done.is_set() and not wait:
            return None
        first.done.wait()
        return self._submitted.popleft()

    def _run(self) -> None:
        store: Store | None = None
        try:
            while True:
                with self._lock:
                    if not self._queue:
                        self._running = False
                        return
                    write = self._queue.popleft()
                try:
                    if store is None:
                        store = Store.open(self.db_path)
                        self.clock.observe(store.clock.format())
                        store.clock = self.clock
                    write.result = write.work(store)
                except Exception as exc:  # handed to the GUI thread, as if it had run there
                    write.error = exc
                if write.error is not None and store is not None:
                    store.close()  # start afresh: the connection may be in a bad state
                    store = None
                write.done.set()
                self.ready.emit()
        finally:
            if store is not None:
                store.close()
