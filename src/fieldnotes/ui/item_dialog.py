"""Editing any kind of item: a form built from the schema's fields, and its linked items."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import operations as ops
from ..core import queries
from ..core.schema import ENTITIES, Field
from ..core.store import Store
from .labels import choice_label, entity_name, field_title
from .session import Session
from .widgets import Retranslating

#: Fields people do not edit by hand (order in a list, character ranges).
HIDDEN = {"position", "start", "end"}
LINK = Qt.ItemDataRole.UserRole


def editor_for(session: Session, field: Field) -> QWidget:
    """A widget for one field of the schema."""
    if field.kind == "longtext":
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setMinimumHeight(90)
        return box
    if field.kind == "int":
        spin = QSpinBox(minimum=-1, maximum=2_000_000_000)
        spin.setSpecialValueText(" ")  # -1 shows as empty: no value
        if field.name == "amount_dkk":
            spin.setGroupSeparatorShown(True)
        return spin
    if field.kind == "bool":
        return QCheckBox()
    if field.kind in ("enum", "ref"):
        combo = QComboBox()
        if not field.required:
            combo.addItem("", None)
        if field.kind == "enum":
            for code in field.choices:
                combo.addItem(choice_label(code), code)
        elif field.ref:
            for row_id, label in queries.choices(session.store, field.ref):
                combo.addItem(" ".join(label.split())[:90], row_id)
        return combo
    line = QLineEdit()
    line.setMaxLength(field.max_length)
    return line


def _local_time(moment: str) -> str:
    try:
        return dt.datetime.fromisoformat(moment).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return moment


def provenance_lines(store: Store, entity: str, row_id: str) -> list[str]:
    """One line per package that brought changes to the item, oldest first, e.g.
    "anne.fieldnotes (Anne Holm) – flettet 04-03-2013 10:15"."""
    lines = []
    for entry in queries.provenance(store, entity, row_id):
        who = f" ({entry['member']})" if entry["member"] else ""
        merged = QCoreApplication.translate("ItemDialog", "flettet {0}").format(
            _local_time(str(entry["merged_at"]))
        )
        lines.append(f"{entry['file_name']}{who} – {merged}")
    return lines


class ProvenanceBox(Retranslating, QWidget):
    """ "Hentet fra": the packages that brought an item here (hidden when there are none)."""

    def __init__(self, store: Store, entity: str, row_id: str | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.lines = QLabel(wordWrap=True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        found = provenance_lines(store, entity, row_id) if row_id else []
        self.lines.setText("\n".join(found))
        self.setVisible(bool(found))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Hentet fra"))
        self.lines.setAccessibleName(self.tr("Hentet fra"))


def set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(-1 if value is None else int(value))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))


def get_value(widget: QWidget) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText() or None
    if isinstance(widget, QSpinBox):
        return None if widget.value() < 0 else widget.value()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QLineEdit)
    return widget.text().strip() or None


class ItemDialog(Retranslating, QDialog):
    """Create (``row_id`` None) or edit one item; ``opened(entity, id)`` for a linked item."""

    opened = Signal(str, str)

    def __init__(
        self,
        session: Session,
        entity: str,
        row_id: str | None = None,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.entity = entity
        self.row_id = row_id
        self.spec = ENTITIES[entity]
        self.row = (session.store.get(entity, row_id) if row_id else None) or dict(defaults)
        self.fields = [f for f in self.spec.fields if f.name not in HIDDEN]
        self.editors: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in self.fields:
            editor = editor_for(session, field)
            set_value(editor, self.row.get(field.name))
            label = QLabel()
            label.setBuddy(editor)
            self.form.addRow(label, editor)
            self.editors[field.name] = editor
        self.links_label = QLabel()
        self.links = QListWidget()
        self.links.setMaximumHeight(130)
        self.links.setWordWrap(True)
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.provenance = ProvenanceBox(session.store, entity, row_id)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.links_label)
        layout.addWidget(self.links)
        layout.addWidget(self.provenance)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.links.itemActivated.connect(self._open_link)
        self.session.failed.connect(self._failed)
        self._fill_links()
        self.retranslate()
        # at most 680 high: the dialog fits a 1366x768 screen (long texts scroll)
        self.resize(720, min(self.sizeHint().height(), 680))

    def retranslate(self) -> None:
        noun = entity_name(self.entity)
        title = self.tr("Redigér {0}") if self.row_id else self.tr("Ny {0}")
        self.setWindowTitle(title.format(noun))
        for field in self.fields:
            label = self.form.labelForField(self.editors[field.name])
            assert isinstance(label, QLabel)
            text = field_title(field.name)
            label.setText(f"&{text}:" if "&" not in text else f"{text}:")
            self.editors[field.name].setAccessibleName(text)
        self.links_label.setText(self.tr("&Koblet til (Enter åbner):"))
        self.links_label.setBuddy(self.links)
        self.links.setAccessibleName(self.tr("Koblede emner"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))

    def _fill_links(self) -> None:
        """References this item makes (its visit, note, municipality …) and its links."""
        found: list[tuple[str, str, str]] = []
        for field in self.spec.fields:
            value = self.row.get(field.name)
            if field.kind == "ref" and field.ref and value and self.row_id:
                title = queries.item_title(self.session.store, field.ref, value)
                found.append((field.ref, value, f"{field_title(field.name)}: {title}"))
        if self.row_id:
            for link in queries.links_of(self.session.store, self.row_id):
                label = f"{entity_name(link['entity']).capitalize()}: {link['title']}"
                found.append((link["entity"], link["id"], label))
        for entity, row_id, label in found:
            line = " ".join(label.split())
            item = QListWidgetItem(line if len(line) <= 140 else line[:139].rstrip() + "…")
            item.setToolTip(line)
            item.setData(LINK, (entity, row_id))
            self.links.addItem(item)
        self.links.setVisible(bool(found))
        self.links_label.setVisible(bool(found))

    def _open_link(self, item: QListWidgetItem) -> None:
        entity, row_id = item.data(LINK)
        self.opened.emit(entity, row_id)

    def values(self) -> dict[str, Any]:
        """Every edited field's value."""
        return {name: get_value(editor) for name, editor in self.editors.items()}

    def changed(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self.row.get(k) != v}

    def _failed(self, message: str) -> None:
        if self.isVisible():
            self.error.setText(message)
            self.error.show()

    def accept(self) -> None:
        """Save through an undoable operation; stay open with the reason if it fails."""
        if self.row_id is None:
            values = {k: v for k, v in self.values().items() if v not in (None, "")}
            op = self.session.run(ops.create, self.entity, **values)
            if op is None:
                return
            self.row_id = op.result
        else:
            changed = self.changed()
            if (
                changed
                and self.session.run(ops.update, self.entity, self.row_id, **changed) is None
            ):
                return
        super().accept()
