"""The window's link to the core: runs operations, keeps the undo history, reports changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core import operations as ops
from ..core.errors import KnownError
from ..core.store import Store


class Session(QObject):
    """Runs core operations for the widgets; widgets never write to the store themselves.

    ``changed`` carries the finished ``Operation`` (also after undo and redo), ``failed`` a
    message the user can act on, ``history_changed`` tells menus to reword Undo/Redo.
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

    def run(
        self, fn: Callable[..., ops.Operation], *args: Any, **kwargs: Any
    ) -> ops.Operation | None:
        """Run ``fn(store, *args, **kwargs)``; None (and ``failed``) when it could not be done."""
        try:
            op = self.history.run(fn, self.store, *args, **kwargs)
        except KnownError as exc:
            self.failed.emit(exc.message())
            return None
        self._announce(op)
        return op

    def push(self, op: ops.Operation) -> ops.Operation:
        """Remember an operation the caller already ran (``import_document(store, …)``), and
        announce it like ``run`` does."""
        op = self.history.push(op)
        self._announce(op)
        return op

    def changed_elsewhere(self) -> None:
        """Another connection (a merge in the background) changed the database: catch up and
        let every view read again."""
        ops.catch_up(self.store)
        self.reloaded.emit()

    def use(self, store: Store) -> None:
        """Work on ``store`` from now on (after a backup was restored); the old history
        no longer applies."""
        self.store = store
        self.history = ops.History(store)
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
