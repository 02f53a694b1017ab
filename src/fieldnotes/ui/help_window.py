"""The user guide, offline in the user's language, and the About box with versions and licences."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..resources import resource_dir
from .widgets import Retranslating

GUIDES = {"da": "brugervejledning.md", "en": "user-guide.md"}


def docs_dir() -> Path:
    """The guides: ``docs/`` beside ``resources/`` (in a source tree and in the bundle)."""
    return resource_dir().parent / "docs"


def guide_path(language: str) -> Path:
    """The guide in ``language`` (Danish when there is none in that language)."""
    return docs_dir() / GUIDES.get(language, GUIDES["da"])


class HelpWindow(Retranslating, QDialog):
    """Shows the Markdown guide with its screenshots; links to other guide files work."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self.show_guide(language)
        self.retranslate()

    def show_guide(self, language: str) -> None:
        path = guide_path(language)
        if not path.is_file():
            self.browser.setPlainText(
                self.tr("Brugervejledningen findes ikke på {0}.").format(path)
            )
            return
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Brugervejledning – Fieldnotes"))
        self.browser.setAccessibleName(self.tr("Brugervejledning"))


def about_text(version: str) -> str:
    """The About box's text: what Fieldnotes is, its version and its parts' licences."""
    purpose = QCoreApplication.translate(
        "About",
        "Interviewnoter, fletning og Word-dokumenter for Task Force om gode metoder og "
        "erfaringer til en styrket integration.",
    )
    licences = QCoreApplication.translate(
        "About",
        "Licenser: Fieldnotes GPL-3.0-or-later; Qt og PySide6 LGPL-3.0; SQLite public domain; "
        "sqlite-utils Apache-2.0; python-docx og platformdirs MIT; click BSD-3-Clause; "
        "merge3 GPL-2.0-or-later; SQLCipher BSD-3-Clause og sqlcipher3 MIT; "
        "pyenchant og Enchant LGPL-2.1-or-later.",
    )
    versions = f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
    return f"<h3>Fieldnotes {version}</h3><p>{purpose}</p><p>{versions}</p><p>{licences}</p>"


def show_about(parent: QWidget | None) -> None:
    """The About box, with Qt's own About box one click away."""
    from .. import __version__

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "Om Fieldnotes"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(__version__))
    about_qt = box.addButton(
        QCoreApplication.translate("About", "Om Qt"), QMessageBox.ButtonRole.HelpRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is about_qt:
        QMessageBox.aboutQt(parent)
