"""Writing a finished document safely: refuse a target open in Word or not writable, write a
temporary file beside it, then rename it into place (never a half-written file)."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import ExportError


def lock_files(path: Path) -> list[Path]:
    """Lock files Word (``~$name.docx``, shortened for long names) and LibreOffice leave."""
    name = path.name
    names = {f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"}
    return [path.with_name(n) for n in sorted(names)]


def check_target(path: Path | str) -> Path:
    """The target as a Path, or an ``ExportError`` saying why it cannot be written now."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError("is_directory", path=path)
    if path.suffix.lower() != ".docx":
        raise ExportError("not_docx", path=path)
    if not path.parent.is_dir():
        raise ExportError("no_folder", folder=path.parent, name=path.name)
    for lock in lock_files(path):
        if lock.exists():
            raise ExportError("locked", path=path, lock=lock.name)
    if not os.access(path.parent, os.W_OK):
        raise ExportError("not_writable", path=path, detail="mappen er skrivebeskyttet")
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError("not_writable", path=path, detail="filen er skrivebeskyttet")
    return path


def write_atomic(doc: Any, path: Path | str) -> Path:
    """Save the python-docx ``doc`` to ``path`` through a temporary file and a rename."""
    path = check_target(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".fieldnotes-", suffix=".docx.tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError("not_writable", path=path, detail=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            doc.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if exc.errno == errno.ENOSPC:
            raise ExportError("not_writable", path=path, detail="disken er fuld") from exc
        if isinstance(exc, PermissionError) and path.exists():
            raise ExportError("locked", path=path, lock="(filen er i brug)") from exc
        raise ExportError("not_writable", path=path, detail=exc.strerror or str(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
