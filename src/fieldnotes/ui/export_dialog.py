"""The Word export dialog: kind, filters, template, privacy and target; the export runs on a
worker thread with its own store connection, with progress and cancel."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import report_queries as rq
from ..core.errors import KnownError
from ..core.store import Store
from ..export import KINDS, MARKINGS, ExportCancelled, ExportOptions, export_docx, preview
from .labels import choice_label
from .widgets import Retranslating


class ExportWorker(QObject):
    """Runs one export in a worker thread with its own ``Store`` connection."""

    progress = Signal(int, str)
    succeeded = Signal(str)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, db_path: Path, options: ExportOptions, out: Path) -> None:
        super().__init__()
        self.db_path, self.options, self.out = db_path, options, out
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            store = Store.open(self.db_path)
            try:
                written = export_docx(
                    store,
                    self.options,
                    self.out,
                    progress=lambda f, text: self.progress.emit(int(f * 100), text),
                    cancelled=self._cancel.is_set,
                )
            finally:
                store.close()
            self.succeeded.emit(str(written))
        except ExportCancelled as exc:
            self.failed.emit(exc.message())
        except KnownError as exc:
            self.failed.emit(exc.message())
        except Exception as exc:  # a bug: show it rather than lose it in the thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        finally:
            self.finished.emit()


class ExportDialog(Retranslating, QDialog):
    """Choose what to export and where; ``ExportDialog(db_path, parent).exec()``."""

    export_finished = Signal(bool, str)  # success, path or message

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.ask_to_open = True
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._init_widgets()
        self._init_layout()
        self._load_choices()
        self._connect_signals()
        self.retranslate()
        self._update()

    # --- building ---------------------------------------------------------------------------
    def _init_widgets(self) -> None:
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.visit = QComboBox()
        self.themes = QListWidget()
        self.municipalities = QListWidget()
        self.members = QListWidget()
        self.statuses = QListWidget()
        for widget in (self.themes, self.municipalities, self.members, self.statuses):
            widget.setMaximumHeight(96)
        self.use_period = QCheckBox()
        self.date_from = QDateEdit(QDate(2013, 1, 1), calendarPopup=True)
        self.date_to = QDateEdit(QDate.currentDate(), calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
        self.drafts = QCheckBox()
        self.template = QLineEdit()
        self.template_button = QPushButton()
        self.redact = QCheckBox()
        self.marking = QComboBox()
        for code in MARKINGS:
            self.marking.addItem("", code)
        self.notice = QLabel(wordWrap=True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.target = QLineEdit()
        self.target_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setVisible(False)

    def _init_layout(self) -> None:
        self.form = QFormLayout()
        period = QHBoxLayout()
        for widget in (self.use_period, self.date_from, self.date_to):
            period.addWidget(widget)
        template = QHBoxLayout()
        template.addWidget(self.template)
        template.addWidget(self.template_button)
        target = QHBoxLayout()
        target.addWidget(self.target)
        target.addWidget(self.target_button)
        self._rows: list[tuple[QLabel, object]] = []
        # Each label's &-mnemonic moves the focus to the widget that takes the input.
        for field, buddy in (
            (self.kind, self.kind),
            (self.visit, self.visit),
            (self.themes, self.themes),
            (self.municipalities, self.municipalities),
            (self.members, self.members),
            (period, self.use_period),
            (self.drafts, self.drafts),
            (self.statuses, self.statuses),
            (template, self.template),
            (self.marking, self.marking),
            (self.redact, self.redact),
            (self.notice, None),
            (target, self.target),
        ):
            label = QLabel()
            if buddy is not None:
                label.setBuddy(buddy)
            self.form.addRow(label, field)
            self._rows.append((label, field))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _load_choices(self) -> None:
        store = Store.open(self.store_path)
        try:
            for visit in rq.visits(store, rq.ReportFilter(include_drafts=True)):
                day = (visit["starts_at"] or "")[:10]
                self.visit.addItem(f"{day}  {visit['title']}", visit["id"])
            for theme in rq.themes(store):
                self._check_item(self.themes, f"{theme['code']}. {theme['title']}", theme["id"])
            for town in rq.municipalities(store):
                self._check_item(self.municipalities, town["name"], town["id"])
            for member in rq.members(store):
                self._check_item(
                    self.members, f"{member['name']} ({member['initials']})", member["id"]
                )
        finally:
            store.close()
        for status in ("proposal", "discussed", "in_catalogue", "rejected"):
            item = self._check_item(self.statuses, choice_label(status), status)
            item.setCheckState(
                Qt.CheckState.Checked
                if status in rq.DEFAULT_IDEA_STATUSES
                else Qt.CheckState.Unchecked
            )

    @staticmethod
    def _check_item(widget: QListWidget, text: str, data: str) -> QListWidgetItem:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, data)
        return item

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._update)
        self.visit.currentIndexChanged.connect(self._update)
        for widget in (self.themes, self.municipalities, self.members, self.statuses):
            widget.itemChanged.connect(self._update)
        for box in (self.use_period, self.drafts, self.redact):
            box.toggled.connect(self._update)
        self.date_from.dateChanged.connect(self._update)
        self.date_to.dateChanged.connect(self._update)
        self.template_button.clicked.connect(self._choose_template)
        self.target_button.clicked.connect(self._choose_target)
        self.target.textChanged.connect(self._update_buttons)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.buttons.rejected.connect(self.reject)

    # --- words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Eksportér til Word"))
        kinds = {
            "visit": self.tr("Besøgsnotat"),
            "theme": self.tr("Temaopsamling"),
            "methods": self.tr("Katalog over gode metoder"),
            "ideas": self.tr("Idékatalog"),
            "resources": self.tr("Ressourceoversigt (tema 1d)"),
            "report": self.tr("Afrapportering (rapportudkast)"),
        }
        for n, kind in enumerate(KINDS):
            self.kind.setItemText(n, kinds[kind])
        markings = {
            "none": self.tr("Ingen mærkning"),
            "draft": self.tr("Udkast"),
            "internal": self.tr("Internt – må ikke videregives"),
            "confidential": self.tr("Fortroligt"),
        }
        for n, code in enumerate(MARKINGS):
            self.marking.setItemText(n, markings[code])
        labels = (
            self.tr("&Dokument:"),
            self.tr("&Besøg:"),
            self.tr("&Temaer:"),
            self.tr("&Kommuner:"),
            self.tr("&Medlemmer:"),
            self.tr("&Periode:"),
            self.tr("Udkast:"),
            self.tr("&Idéstatus:"),
            self.tr("&Skabelon:"),
            self.tr("&Mærkning:"),
            self.tr("Personoplysninger:"),
            self.tr("Indhold:"),
            self.tr("&Gem som:"),
        )
        for (label, _field), text in zip(self._rows, labels, strict=True):
            label.setText(text)
        self.use_period.setText(self.tr("Kun besøg fra–til"))
        self.drafts.setText(self.tr("Medtag besøg, der endnu ikke er skrevet op"))
        self.redact.setText(
            self.tr("Anonymisér personer og fjern cpr-numre, telefonnumre og e-mailadresser")
        )
        self.template.setPlaceholderText(self.tr("Standardskabelonen"))
        self.template_button.setText(self.tr("Vælg…"))
        self.target_button.setText(self.tr("Vælg…"))
        self.export_button.setText(self.tr("&Eksportér"))
        self.cancel_button.setText(self.tr("&Afbryd"))
        self.themes.setToolTip(self.tr("Intet valgt betyder alle"))
        self._update()

    # --- state ------------------------------------------------------------------------------
    def choose(
        self, kind: str, theme_ids: tuple[str, ...] = (), municipality_ids: tuple[str, ...] = ()
    ) -> None:
        """Start from a document kind with these themes and municipalities ticked (the
        matrix's cell); ids the lists do not hold (an actor that is no municipality) are left."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        for widget, wanted in ((self.themes, theme_ids), (self.municipalities, municipality_ids)):
            for n in range(widget.count()):
                item = widget.item(n)
                checked = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                if checked:
                    widget.scrollToItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(
            widget.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(widget.count())
            if widget.item(n).checkState() == Qt.CheckState.Checked
        )

    def options(self) -> ExportOptions:
        """The export the dialog describes now."""
        kind = self.kind.currentData()
        period = self.use_period.isChecked()
        report_filter = rq.ReportFilter(
            theme_ids=self._checked(self.themes),
            municipality_ids=self._checked(self.municipalities),
            member_ids=self._checked(self.members),
            date_from=self.date_from.date().toString("yyyy-MM-dd") if period else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if period else None,
            include_drafts=self.drafts.isChecked(),
            idea_statuses=self._checked(self.statuses),
        )
        template = self.template.text().strip()
        return ExportOptions(
            kind,
            report_filter,
            visit_id=self.visit.currentData() if kind == "visit" else None,
            template=Path(template) if template else None,
            redact=self.redact.isChecked(),
            marking=self.marking.currentData(),
            date=dt.date.today(),
        )

    def _update(self) -> None:
        kind = self.kind.currentData()
        self.visit.setEnabled(kind == "visit")
        for widget in (
            self.themes,
            self.municipalities,
            self.members,
            self.use_period,
            self.drafts,
        ):
            widget.setEnabled(kind != "visit")
        self.statuses.setEnabled(kind in ("ideas", "report"))
        self.date_from.setEnabled(kind != "visit" and self.use_period.isChecked())
        self.date_to.setEnabled(kind != "visit" and self.use_period.isChecked())
        self._show_preview()
        self._update_buttons()

    def _show_preview(self) -> None:
        if not hasattr(self, "_rows"):
            return
        try:
            store = Store.open(self.store_path)
            try:
                seen = preview(store, self.options())
            finally:
                store.close()
        except KnownError as exc:
            self.notice.setText(exc.message())
            return
        parts = [
            self.tr("%n besøg", "", seen.visits),
            self.tr("%n noter", "", seen.notes),
            self.tr("%n markerede passager", "", seen.passages),
            self.tr("%n citater", "", seen.quotes),
            self.tr("%n metoder", "", seen.methods),
            self.tr("%n idéer", "", seen.ideas),
            self.tr("%n ressourcetal", "", seen.resources),
        ]
        contents = ", ".join(parts)
        if seen.personal_data:
            found = seen.findings
            notice = self.tr(
                "Dokumentet indeholder personoplysninger: navne på %1 personer, %2 cpr-numre,"
                " %3 telefonnumre og %4 e-mailadresser. Vælg anonymisering, hvis dokumentet"
                " skal videre."
            )
            for n, value in enumerate((seen.people, found.cpr, found.phone, found.email), 1):
                notice = notice.replace(f"%{n}", str(value))
        elif self.redact.isChecked():
            notice = self.tr("Personer anonymiseres; cpr-numre, telefonnumre og e-mail fjernes.")
        else:
            notice = self.tr("Dokumentet indeholder ingen navne på personer mødt.")
        self.notice.setText(notice)
        self.form.labelForField(self.notice).setText(self.tr("Personoplysninger:"))
        self.status.setText(self.tr("Indhold: %1").replace("%1", contents))

    def _update_buttons(self) -> None:
        running = self._thread is not None
        ok = bool(self.target.text().strip()) and not running
        if self.kind.currentData() == "visit" and self.visit.currentData() is None:
            ok = False
        self.export_button.setEnabled(ok)
        self.cancel_button.setVisible(running)

    def _choose_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vælg Word-skabelon"), "", self.tr("Word-skabeloner (*.docx *.dotx)")
        )
        if name:
            self.template.setText(name)

    def _choose_target(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Gem Word-dokument"), "", self.tr("Word-dokumenter (*.docx)")
        )
        if name:
            self.target.setText(name if name.lower().endswith(".docx") else name + ".docx")

    # --- running ----------------------------------------------------------------------------
    def start_export(self) -> None:
        """Start the export on a worker thread (the dialog stays responsive)."""
        if self._thread is not None:
            return
        worker = ExportWorker(self.store_path, self.options(), Path(self.target.text().strip()))
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.succeeded.connect(self._on_success)
        worker.failed.connect(self._on_failure)
        worker.finished.connect(thread.quit)
        thread.finished.connect(self._on_thread_done)
        self._thread, self._worker = thread, worker
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update_buttons()
        thread.start()

    def cancel_export(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText(self.tr("Afbryder …"))

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)

    def _on_success(self, path: str) -> None:
        self.status.setText(self.tr("Gemt: %1").replace("%1", path))
        self.export_finished.emit(True, path)
        if self.ask_to_open:
            answer = QMessageBox.question(
                self, self.tr("Eksport færdig"), self.tr("Vil du åbne dokumentet nu?")
            )
            if answer == QMessageBox.StandardButton.Yes:
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _on_failure(self, message: str) -> None:
        self.status.setText(message)
        self.export_finished.emit(False, message)

    def _on_thread_done(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self.progress.setVisible(False)
        self._update_buttons()

    def reject(self) -> None:
        """Close, cancelling and waiting for a running export first."""
        if self._thread is not None:
            self.cancel_export()
            self._thread.quit()
            self._thread.wait()
        super().reject()
