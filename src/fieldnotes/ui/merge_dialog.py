"""The secretariat's merge: choose packages, preview each, back up, merge with progress, report.

Every step that reads packages or writes the database runs in a background ``Job`` with its
own connection; the dialog only shows what the core's ``MergeResult``s say.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import KnownError
from ..core.store import Store
from ..merge.backup import Backup, back_up
from ..merge.engine import MergeCancelled, MergeResult, merge_package
from .background import Cancelled, Job
from .encryption import unlock_package
from .labels import entity_title
from .widgets import Retranslating

COUNTS = ("new", "changed", "deleted", "conflicts")
STEPS = 1000  # progress units per package
ERROR = QColor("#b00020")


def _preview(paths: list[Path]) -> Any:
    def work(store: Store, progress: Any, cancelled: Any) -> dict[str, MergeResult | str]:
        found: dict[str, MergeResult | str] = {}
        for number, path in enumerate(paths, start=1):
            if cancelled():
                raise Cancelled
            try:
                found[str(path)] = merge_package(store, path, dry_run=True, cancelled=cancelled)
            except KnownError as exc:
                found[str(path)] = exc.message()
            progress(number, len(paths))
        return found

    return work


def _merge(paths: list[Path], backups: Path) -> Any:
    def work(store: Store, progress: Any, cancelled: Any) -> dict[str, Any]:
        backup = back_up(store, backups, packages=tuple(p.name for p in paths))
        outcome: dict[str, MergeResult | str | None] = {}
        for number, path in enumerate(paths):

            def step(done: int, total: int, base: int = number * STEPS) -> None:
                progress(base + done * STEPS // max(total, 1), len(paths) * STEPS)

            try:
                outcome[str(path)] = merge_package(store, path, progress=step, cancelled=cancelled)
            except MergeCancelled:
                outcome[str(path)] = None
                break
            except KnownError as exc:
                outcome[str(path)] = exc.message()
        return {"backup": backup, "outcome": outcome}

    return work


class MergeDialog(Retranslating, QDialog):
    """Merge several packages at once; ``merged`` once the database has changed."""

    merged = Signal()
    show_conflicts = Signal()

    def __init__(
        self,
        store: Store,
        backups: Path,
        paths: list[Path] | tuple[Path, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert store.path is not None, "merging needs a database file"
        self.db_path = store.path
        self.backups = backups
        self.paths: list[Path] = []
        self.previews: dict[str, MergeResult | str] = {}
        self.outcome: dict[str, MergeResult | str | None] = {}
        self.backup: Backup | None = None
        self.job: Job | None = None
        self.state = "choose"  # choose → preview → ready → merging → done
        self._init_widgets()
        self._connect_signals()
        self.retranslate()
        self.resize(920, 600)
        if paths:
            self.add_packages([Path(p) for p in paths])
        self._update()

    # --- building ---------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.intro = QLabel(wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(1 + len(COUNTS))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(COUNTS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.status = QLabel(wordWrap=True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.report = QTextBrowser()
        self.report.setOpenLinks(False)
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.conflicts_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.choose_packages)
        self.remove_button.clicked.connect(self.remove_current)
        self.merge_button.clicked.connect(self.start_merge)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        self.conflicts_button.clicked.connect(self._to_conflicts)
        self.tree.currentItemChanged.connect(lambda *_a: self._update())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Flet pakker ind"))
        self.intro.setText(
            self.tr(
                "Vælg medlemmernes pakker. Fieldnotes viser først, hvad hver pakke vil ændre; "
                "intet ændres, før du trykker Flet. Databasen sikkerhedskopieres først, så "
                "fletningen kan fortrydes."
            )
        )
        self.tree.setHeaderLabels(
            [
                self.tr("Pakke og slags"),
                self.tr("Nye"),
                self.tr("Ændrede"),
                self.tr("Slettede"),
                self.tr("Konflikter"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Pakker og hvad de ændrer"))
        self.report.setAccessibleName(self.tr("Rapport over fletningen"))
        self.add_button.setText(self.tr("&Tilføj pakker …"))
        self.remove_button.setText(self.tr("&Fjern pakke"))
        self.merge_button.setText(self.tr("&Flet"))
        self.conflicts_button.setText(self.tr("Vis &konflikter"))
        self.cancel_button.setText(self.tr("&Afbryd"))
        self.close_button.setText(self.tr("&Luk"))
        self._fill_tree()
        self._update()
        if self.state == "done":
            self._show_report()

    # --- choosing and previewing ---------------------------------------------------------
    def choose_packages(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Vælg pakker"),
            str(Path.home()),
            self.tr("Fieldnotes-pakker (*.fieldnotes);;Alle filer (*)"),
        )
        if files:
            self.add_packages([Path(f) for f in files])

    def add_packages(self, paths: list[Path]) -> None:
        """Add packages to the list and preview the new ones (a dry run each)."""
        fresh = [p for p in paths if str(p) not in {str(q) for q in self.paths}]
        if not fresh or self.job is not None:
            return
        for path in fresh:
            unlock_package(path, self)
        self.paths.extend(fresh)
        self._fill_tree()
        self.state = "preview"
        self._run(_preview(fresh), self._previewed)
        self.status.setText(self.tr("Gennemgår %n pakke(r) …", "", len(fresh)))
        self._update()

    def remove_current(self) -> None:
        path = self._current_path()
        if path is None or self.job is not None:
            return
        self.paths = [p for p in self.paths if str(p) != path]
        self.previews.pop(path, None)
        self._fill_tree()
        self._update()

    def _previewed(self, found: dict[str, MergeResult | str]) -> None:
        self.previews.update(found)
        self.state = "ready"
        bad = sum(isinstance(v, str) for v in found.values())
        self.status.setText(
            self.tr("%n pakke(r) kan ikke bruges og bliver ikke flettet.", "", bad) if bad else ""
        )
        self._fill_tree()

    def mergeable(self) -> list[Path]:
        """The previewed packages that would change something."""
        return [
            p
            for p in self.paths
            if isinstance(self.previews.get(str(p)), MergeResult)
            and not self.previews[str(p)].already_merged  # type: ignore[union-attr]
        ]

    # --- merging -------------------------------------------------------------------------
    def start_merge(self) -> None:
        """Back up the database, then merge every usable package in turn."""
        paths = self.mergeable()
        if not paths or self.job is not None:
            return
        self.state = "merging"
        self.progress.setRange(0, len(paths) * STEPS)
        self.progress.setValue(0)
        self.status.setText(self.tr("Sikkerhedskopierer og fletter …"))
        self._run(_merge(paths, self.backups), self._merged)
        self._update()

    def cancel(self) -> None:
        """Stop the running preview or merge; without one, close the dialog."""
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Afbryder …"))
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def _merged(self, result: dict[str, Any]) -> None:
        self.backup = result["backup"]
        self.outcome = result["outcome"]
        self.state = "done"
        self.progress.setValue(self.progress.maximum())
        merged = [r for r in self.outcome.values() if isinstance(r, MergeResult)]
        self.status.setText(
            self.tr("Færdig: %n pakke(r) flettet ind.", "", len(merged))
            + (
                " " + self.tr("%n ny(e) konflikt(er) venter.", "", self.conflicts_found())
                if self.conflicts_found()
                else ""
            )
        )
        self._show_report()
        if any(isinstance(r, MergeResult) and not r.already_merged for r in self.outcome.values()):
            self.merged.emit()

    def _run(self, work: Any, done: Any) -> None:
        self.job = Job(self.db_path, work, self, cancel_types=(MergeCancelled,))
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.finished.connect(self._job_ended)
        self.job.start()

    def _progress(self, done: int, total: int) -> None:
        if self.state == "merging":
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.state = "ready" if self.state == "preview" else "done"
        if self.state == "done":
            self._show_report(message)

    def _cancelled(self) -> None:
        if self.state == "preview":
            self.paths = [p for p in self.paths if str(p) in self.previews]
            self.state = "ready"
            self._fill_tree()
            self.status.setText(self.tr("Gennemgangen blev afbrudt."))
        else:
            self.state = "done"
            self._show_report(self.tr("Fletningen blev afbrudt; databasen er uændret."))

    def _job_ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.cancel_button.setEnabled(True)
        self._update()

    def _to_conflicts(self) -> None:
        self.show_conflicts.emit()
        self.accept()

    def reject(self) -> None:
        if self.job is not None:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)

    # --- showing ---------------------------------------------------------------------------
    def _current_path(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _fill_tree(self) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for path in self.paths:
            found = self.previews.get(str(path))
            top = QTreeWidgetItem([self._package_line(path, found)])
            top.setData(0, Qt.ItemDataRole.UserRole, str(path))
            top.setFont(0, bold)
            top.setToolTip(0, str(path))
            self.tree.addTopLevelItem(top)
            if isinstance(found, str):
                problem = QTreeWidgetItem([found])
                problem.setForeground(0, QBrush(ERROR))
                problem.setToolTip(0, found)
                top.addChild(problem)
            elif isinstance(found, MergeResult):
                totals = [0] * len(COUNTS)
                for name, summary in found.entities.items():
                    values = [getattr(summary, key) for key in COUNTS]
                    totals = [a + b for a, b in zip(totals, values, strict=True)]
                    child = QTreeWidgetItem([entity_title(name), *map(str, values)])
                    self._align(child)
                    top.addChild(child)
                for column, total in enumerate(totals, start=1):
                    top.setText(column, str(total) if found.entities else "")
                self._align(top)
                if found.conflicts:
                    top.setForeground(4, QBrush(ERROR))
            top.setExpanded(True)

    @staticmethod
    def _align(item: QTreeWidgetItem) -> None:
        for column in range(1, 1 + len(COUNTS)):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)

    def _package_line(self, path: Path, found: MergeResult | str | None) -> str:
        if found is None:
            return self.tr("{0} – gennemgås …").format(path.name)
        if isinstance(found, str):
            return self.tr("{0} – kan ikke bruges").format(path.name)
        who = found.manifest.member_name or self.tr("ukendt medlem")
        if found.already_merged:
            return self.tr("{0} ({1}) – allerede flettet, ændrer intet").format(path.name, who)
        return self.tr("{0} ({1}) – %n ny(e) ændring(er)", "", found.revisions_added).format(
            path.name, who
        )

    def _show_report(self, problem: str = "") -> None:
        self.report.setHtml(self._report_html(problem))

    def _report_html(self, problem: str) -> str:
        parts = [f"<h3>{html.escape(self.tr('Rapport over fletningen'))}</h3>"]
        if problem:
            parts.append(f"<p style='color:#b00020'>{html.escape(problem)}</p>")
        if self.backup is not None:
            parts.append(
                "<p>"
                + html.escape(self.tr("Sikkerhedskopi før fletningen: {0}")).format(
                    f"<code>{html.escape(str(self.backup.path))}</code>"
                )
                + "<br>"
                + html.escape(self.tr("»Filer ▸ Fortryd sidste fletning« gendanner den."))
                + "</p>"
            )
        heads = "".join(
            f"<th align='right'>{html.escape(self.tree.headerItem().text(i))}</th>"
            for i in range(1, 1 + len(COUNTS))
        )
        for path in self.paths:
            key = str(path)
            if key not in self.outcome and key not in self.previews:
                continue
            result = self.outcome.get(key, self.previews.get(key))
            parts.append(f"<h4>{html.escape(path.name)}</h4>")
            if key not in self.outcome and isinstance(result, MergeResult):
                if result.already_merged:
                    parts.append(
                        f"<p>{html.escape(self.tr('Allerede flettet; intet ændret.'))}</p>"
                    )
                else:
                    parts.append(f"<p>{html.escape(self.tr('Ikke flettet.'))}</p>")
                continue
            if result is None:
                parts.append(f"<p>{html.escape(self.tr('Afbrudt; intet ændret.'))}</p>")
            elif isinstance(result, str):
                parts.append(f"<p style='color:#b00020'>{html.escape(result)}</p>")
            else:
                parts.append(
                    "<p>"
                    + html.escape(
                        self.tr("%n ændring(er) flettet ind.", "", result.revisions_added)
                    )
                    + "</p>"
                )
                rows = "".join(
                    f"<tr><td>{html.escape(entity_title(name))}</td>"
                    + "".join(f"<td align='right'>{getattr(s, k)}</td>" for k in COUNTS)
                    + "</tr>"
                    for name, s in result.entities.items()
                )
                parts.append(
                    "<table cellspacing='0' cellpadding='3' border='1' "
                    "style='border-color:#ccc; border-collapse:collapse'>"
                    f"<tr><th align='left'></th>{heads}</tr>{rows}</table>"
                )
        return "".join(parts)

    def conflicts_found(self) -> int:
        return sum(r.conflicts for r in self.outcome.values() if isinstance(r, MergeResult))

    def _update(self) -> None:
        busy = self.job is not None
        done = self.state == "done"
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and self._current_path() is not None)
        self.add_button.setVisible(not done)
        self.remove_button.setVisible(not done)
        self.merge_button.setEnabled(not busy and not done and bool(self.mergeable()))
        self.merge_button.setVisible(not done)
        self.cancel_button.setVisible(busy or not done)
        self.close_button.setVisible(done)
        self.conflicts_button.setVisible(done and self.conflicts_found() > 0)
        self.progress.setVisible(busy or done)
        self.tree.setVisible(not done)
        self.report.setVisible(done)
