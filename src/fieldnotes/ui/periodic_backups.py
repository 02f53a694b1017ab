"""Backups while the window is open: one at start and one every few minutes of editing.

Kept apart from the backups dialog so that start-up loads no dialog; each backup runs in a
background thread through ``fieldnotes.core.backups``, which that thread loads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from .background import Call

if TYPE_CHECKING:
    from ..core.backups import BackupInfo

DEFAULT_MINUTES = 10


class PeriodicBackups(QObject):
    """A backup at start and every ``minutes`` minutes, each only if something was edited
    since the newest backup. ``db_path`` is called each time (the window may swap stores)."""

    made = Signal(object)  # a BackupInfo
    failed = Signal(str)

    def __init__(
        self,
        db_path: Callable[[], Path | None],
        minutes: int = DEFAULT_MINUTES,
        parent: QObject | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.folder = folder
        self.call: Call | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(lambda: self.back_up("periodic"))

    def start(self) -> None:
        """Back up now (reason ``start``) and then every few minutes."""
        self.back_up("start")
        self.timer.start()

    def back_up(self, reason: str) -> Call | None:
        """Start one backup in the background (skipped while one runs); returns its thread."""
        path = self.db_path()
        if path is None or self.call is not None:
            return None
        folder = self.folder

        def back_up_file() -> BackupInfo | None:
            from ..core import backups  # loaded on the worker: the window opens without it

            return backups.back_up_file(path, reason, folder=folder, skip_unchanged=True)

        call = Call(back_up_file)
        call.succeeded.connect(lambda info: info is not None and self.made.emit(info))
        call.failed.connect(self.failed)
        call.done.connect(lambda: self._ended(call))
        self.call = call
        call.start()
        return call

    def _ended(self, call: Call) -> None:
        call.wait()
        self.call = None
        call.deleteLater()

    def stop(self) -> None:
        """Stop the timer and wait for a running backup (before the store closes)."""
        self.timer.stop()
        if self.call is not None:
            self.call.wait()
            self.call = None
