"""The window's link to the core: runs operations, keeps the undo history, reports changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core import operations as ops
from ..core.errors import KnownError
from ..core.store import Store
from .writer import Write, Writer


class Session(QObject):
    """Runs core operations for the widgets; widgets never write to the store themselves.

    ``changed`` carries the finished ``Operation`` (also after undo and redo), ``failed`` a
    message the user can act on, ``history_changed`` tells menus to reword Undo/Redo.
    ``run_soon`` writes in the background (autosaves); ``writing`` is true while such a
    write is announced. Every other change first settles the background writes, so the
    history and the database see changes in the same order.
    """

    changed = Signal(object)
    failed = Signal(str)
    history_changed = Signal()
    flush_requested = Signal()
    reloaded = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.history = ops.History(store)
        self.writing = False
        self._writer: Writer | None = None
        self._use_writer(store)

    def _use_writer(self, store: Store) -> None:
        # An in-memory database has no file for a second connection: it is written here.
        self._writer = Writer(store.path, store.clock, self) if store.path else None
        if self._writer is not None:
            self._writer.ready.connect(self._take_written)

    def run(
        self, fn: Callable[..., ops.Operation], *args: Any, **kwargs: Any
    ) -> ops.Operation | None:
        """Run ``fn(store, *args, **kwargs)``; None (and ``failed``) when it could not be done."""
        self.settle()
        try:
            op = self.history.run(fn, self.store, *args, **kwargs)
        except KnownError as exc:
            self.failed.emit(exc.message())
            return None
        self._announce(op)
        return op

    def run_soon(
        self,
        fn: Callable[..., ops.Operation],
        *args: Any,
        on_failure: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Run ``fn(store, *args, **kwargs)`` on the writer thread (for an in-memory database:
        here, at once); its operation joins the history and is announced here once written.
        ``on_failure`` is called (with ``failed``) if it could not be done."""
        write = Write(lambda store: fn(store, *args, **kwargs), on_failure)
        if self._writer is None:
            try:
                write.result = write.work(self.store)
            except KnownError as exc:
                write.error = exc
            self._finish(write)
        else:
            self._writer.submit(write)

    def settle(self) -> None:
        """Wait for the background writes and announce them."""
        while self._writer is not None and (write := self._writer.take(wait=True)):
            self._finish(write)

    def _take_written(self) -> None:
        """Announce the writes finished so far (the writer's ``ready``)."""
        while self._writer is not None and (write := self._writer.take(wait=False)):
            self._finish(write)

    def _finish(self, write: Write) -> None:
        if isinstance(write.error, KnownError):
            self.failed.emit(write.error.message())
            if write.on_failure is not None:
                write.on_failure()
            return
        if write.error is not None:
            raise write.error
        op = self.history.push(write.result)
        self.writing = True
        try:
            self._announce(op)
        finally:
            self.writing = False

    def push(self, op: ops.Operation) -> ops.Operation:
        """Remember an operation the caller already ran (``import_document(store, …)``), and
        announce it like ``run`` does."""
        self.settle()
        op = self.history.push(op)
        self._announce(op)
        return op

    def changed_elsewhere(self) -> None:
        """Another connection (a merge in the background) changed the database: catch up and
        let every view read again."""
        self.settle()
        ops.catch_up(self.store)
        self.reloaded.emit()

    def use(self, store: Store) -> None:
        """Work on ``store`` from now on (after a backup was restored); the old history
        no longer applies."""
        self.settle()
        if self._writer is not None:
            self._writer.deleteLater()
        self.store = store
        self.history = ops.History(store)
        self._use_writer(store)
        self.reloaded.emit()
        self.history_changed.emit()

    def forget_history(self) -> None:
        """Drop every undo and redo step: after an erasure or a redaction, undoing would
        write the erased or redacted text back (or fail on an erased row)."""
        self.history = ops.History(self.store)
        self.history_changed.emit()

    def undo(self) -> None:
        self._step(self.history.undo)

    def redo(self) -> None:
        self._step(self.history.redo)

    def _step(self, fn: Callable[[], ops.Operation | None]) -> None:
        self.flush_requested.emit()
        self.settle()
        try:
            op = fn()
        except KnownError as exc:
            self.failed.emit(exc.message())
            return
        if op is not None:
            self._announce(op)

    def _announce(self, op: ops.Operation) -> None:
        if op.steps:
            self.changed.emit(op)
        self.history_changed.emit()

    # --- wording ------------------------------------------------------------------------
    def undo_text(self) -> str:
        kind = self.history.undo_kind()
        if kind is None:
            return self.tr("&Fortryd")
        return self.tr("&Fortryd {0}").format(self.describe(kind))

    def redo_text(self) -> str:
        kind = self.history.redo_kind()
        if kind is None:
            return self.tr("&Annullér fortryd")
        return self.tr("&Annullér fortryd {0}").format(self.describe(kind))

    def describe(self, kind: str) -> str:
        """The translated noun for an operation kind, e.g. "tagging"."""
        words = {
            "create": self.tr("oprettelse"),
            "update": self.tr("ændring"),
            "delete": self.tr("sletning"),
            "typing": self.tr("skrivning"),
            "new_note": self.tr("ny note"),
            "speaker": self.tr("valg af taler"),
            "tag": self.tr("tagging"),
            "untag": self.tr("fjernelse af tag"),
            "quote": self.tr("citatmarkering"),
            "capture_method": self.tr("registrering af metode"),
            "capture_idea": self.tr("registrering af idé"),
            "capture_resource": self.tr("registrering af ressourcetal"),
            "capture_followup": self.tr("registrering af opfølgning"),
            "resolve": self.tr("løsning af konflikt"),
            "plan_visit": self.tr("planlægning af besøg"),
            "edit_visit": self.tr("ændring af besøg"),
            "import": self.tr("import af dokument"),
            "combine": self.tr("sammenlægning af dubletter"),
        }
        return words.get(kind, kind)
