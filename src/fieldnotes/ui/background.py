"""Long database work off the GUI thread: a worker with its own connection, reporting by signal.

Python's sqlite3 connections belong to the thread that made them, so the worker opens its own
``Store`` on the same file, runs one plain function ``fn(store, progress, cancelled)`` and
closes it again. The GUI hears ``progress(done, total)`` and then exactly one of
``succeeded(result)``, ``failed(message)`` or ``cancelled()``, followed by ``finished()``.

>>> job = Job(store.path, lambda store, progress, cancelled: write_package(store, out))
>>> job.succeeded.connect(show_manifest)
>>> job.start()

``Call`` is the plainer kind, for work that opens no ``Store`` (backups, rewriting a file).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.errors import KnownError
from ..core.store import Store

Work = Callable[[Store, Callable[[int, int], None], Callable[[], bool]], Any]


class Cancelled(Exception):
    """Raised by work that noticed ``cancelled()``; the job reports ``cancelled``."""


class _Worker(QObject):
    progress = Signal(int, int)
    outcome = Signal(str, object)

    def __init__(
        self, db_path: Path, fn: Work, cancel: threading.Event, cancel_types: tuple[type, ...]
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.fn = fn
        self.cancel = cancel
        self.cancel_types = (Cancelled, *cancel_types)

    @Slot()
    def run(self) -> None:
        try:
            self._work()
        finally:
            # Quit from here, not only from the GUI thread's ``_finish``: a window that waits
            # for the job while closing blocks the GUI thread, and the thread would never end.
            QThread.currentThread().quit()

    def _work(self) -> None:
        try:
            store = Store.open(self.db_path)
        except KnownError as exc:
            self.outcome.emit("failed", exc.message())
            return
        try:
            result = self.fn(store, self.progress.emit, self.cancel.is_set)
        except self.cancel_types:
            self.outcome.emit("cancelled", None)
        except KnownError as exc:
            self.outcome.emit("failed", exc.message())
        except Exception as exc:  # a bug: say so rather than hang the dialog
            traceback.print_exc()
            self.outcome.emit("bug", f"{type(exc).__name__}: {exc}")
        else:
            self.outcome.emit("succeeded", result)
        finally:
            store.close()


class Job(QObject):
    """One piece of background work on the database at ``db_path``."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        db_path: Path,
        fn: Work,
        parent: QObject | None = None,
        *,
        cancel_types: tuple[type, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(Path(db_path), fn, self._cancel, cancel_types)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.outcome.connect(self._finish)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the thread has ended (for closing windows); True if it did."""
        return self._thread.wait(msecs)

    def _finish(self, kind: str, payload: object) -> None:
        self._thread.quit()
        self._thread.wait()
        self.running = False
        if kind == "succeeded":
            self.succeeded.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        elif kind == "bug":
            self.failed.emit(self.tr("Uventet fejl: {0}").format(payload))
        else:
            self.failed.emit(str(payload))
        self.finished.emit()


class Call(QThread):
    """Run one plain function in a thread; ``succeeded(result)`` or ``failed(message)``, then
    ``done()``. All three are emitted on the caller's thread, from its event loop, so a caller
    may connect to them after ``start()`` without missing a quick outcome."""

    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()
    _outcome = Signal(str, object)  # emitted in the thread, delivered queued to ``_deliver``

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn = fn
        self._outcome.connect(self._deliver)

    def run(self) -> None:
        try:
            result = self.fn()
        except KnownError as exc:
            self._outcome.emit("failed", exc.message())
        except Exception as exc:  # a bug: say so rather than hang
            traceback.print_exc()
            self._outcome.emit("failed", f"{type(exc).__name__}: {exc}")
        else:
            self._outcome.emit("succeeded", result)

    def _deliver(self, kind: str, payload: object) -> None:
        if kind == "succeeded":
            self.succeeded.emit(payload)
        else:
            self.failed.emit(payload)
        self.done.emit()
