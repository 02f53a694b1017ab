"""Loading the app's and Qt's translations; builds missing ``.qm`` files from the ``.ts``."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from ..core.errors import KnownError
from ..resources import resource

LANGUAGES = ("da", "en")
_LOCALES = {"da": QLocale.Language.Danish, "en": QLocale.Language.English}
_COUNTRIES = {"da": QLocale.Country.Denmark, "en": QLocale.Country.UnitedKingdom}


def ts_file(lang: str) -> Path:
    return resource("translations") / f"fieldnotes_{lang}.ts"


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def qm_file(lang: str) -> Path | None:
    """The compiled translation for ``lang``: shipped, cached, or built now with lrelease."""
    ts = ts_file(lang)
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    # Only a checkout without built translations gets here.
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    if not generic:  # no cache folder known: Danish source texts rather than a stray folder
        return None
    cache = Path(generic) / "Fieldnotes" / "translations"
    cached = cache / shipped.name
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    import subprocess  # building one: only after the .ts changed

    tool = _lrelease()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(cached)], capture_output=True, check=False
    )
    return cached if done.returncode == 0 and cached.exists() else None


class Translations:
    """The installed translators; ``use("en")`` switches the whole app's language."""

    def __init__(self) -> None:
        self.language = "da"
        self._translators: list[QTranslator] = []

    def remove(self) -> None:
        """Uninstall this object's translators (another ``Translations`` may hold the app's)."""
        for old in self._translators:
            QCoreApplication.removeTranslator(old)
        self._translators = []

    def use(self, lang: str) -> None:
        """Install ``lang``; widgets get a LanguageChange event and retranslate."""
        lang = lang if lang in LANGUAGES else "da"
        app = QCoreApplication.instance()
        for old in self._translators:
            QCoreApplication.removeTranslator(old)
        self._translators = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [str(p) for p in [qm_file(lang)] if p] + [f"{qt_dir}/qtbase_{lang}.qm"]
        for path in candidates:
            translator = QTranslator(app)
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
        self.language = lang
        KnownError.language = lang
        QLocale.setDefault(QLocale(_LOCALES[lang], _COUNTRIES[lang]))
