"""One writer at a time: the app's lock file beside the database, and network-share detection.

The GUI holds ``<db>.fieldnotes-lock`` (JSON: pid, host, start time) while it has the database
open; the command-line tools ask ``app_holds(db_path)`` before they write. A lock whose process
is gone (a crash, a power cut) is stale and taken over. No Qt here.

>>> with hold(db_path):  # doctest: +SKIP
...     assert app_holds(db_path)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import KnownError

LOCK_SUFFIX = ".fieldnotes-lock"
MOUNTS = Path("/proc/mounts")
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.smbnetfs",
    }
)

_MESSAGES = {
    "held": (
        "Databasen {path} er åben i Fieldnotes (proces {pid} på {host}). Luk programmet "
        "først. Kører det ikke længere på {host}, så slet filen {lock}.",
        "The database {path} is open in Fieldnotes (process {pid} on {host}). Close the app "
        "first. If it no longer runs on {host}, delete the file {lock}.",
    ),
}


class LockError(KnownError):
    """The database is open in the Fieldnotes app; nothing was written."""

    messages = _MESSAGES


@dataclass(frozen=True)
class Holder:
    """Who holds the lock: a process on a host, since ``started`` (ISO time)."""

    pid: int
    host: str
    started: str


def path_key(db_path: Path | str) -> str:
    """A short, stable name for a database file: a hash of its resolved path.

    >>> len(path_key("/tmp/master.db"))
    16
    """
    resolved = str(Path(db_path).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]


def lock_path(db_path: Path | str) -> Path:
    """``master.db`` → ``master.db.fieldnotes-lock``, in the same folder."""
    path = Path(db_path).expanduser()
    return path.with_name(path.name + LOCK_SUFFIX)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, but alive
    return True


def _host() -> str:
    """This machine's name, as ``socket.gethostname()`` has it (on Unix the same system call,
    without loading ``socket``, which start-up does not otherwise need)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def holder(db_path: Path | str) -> Holder | None:
    """The live holder of the app's lock on ``db_path``, or None (no lock, or a stale one).

    A lock written on another host cannot be checked from here and counts as held.
    """
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        found = Holder(int(data["pid"]), str(data["host"]), str(data.get("started", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if found.host == _host() and not _alive(found.pid):
        return None
    return found


def app_holds(db_path: Path | str) -> bool:
    """True while the Fieldnotes app has ``db_path`` open (its lock is there and not stale)."""
    return holder(db_path) is not None


def refuse_if_held(db_path: Path | str) -> None:
    """Raise ``LockError`` when the app holds ``db_path``: the command-line tools call this
    before they write."""
    found = holder(db_path)
    if found is not None:
        raise LockError(
            "held", path=db_path, pid=found.pid, host=found.host, lock=lock_path(db_path)
        )


def acquire(db_path: Path | str) -> Path:
    """Take the lock for this process; a stale lock is replaced. Raises ``LockError`` when
    another live process holds it. Returns the lock file's path."""
    path = lock_path(db_path)
    found = holder(db_path)
    if found is not None and not (found.pid == os.getpid() and found.host == _host()):
        raise LockError("held", path=db_path, pid=found.pid, host=found.host, lock=path)
    content = json.dumps(
        {
            "pid": os.getpid(),
            "host": _host(),
            "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        }
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(content, encoding="utf-8")
    os.replace(tmp, path)
    return path


def release(db_path: Path | str) -> None:
    """Give the lock up, if it is this process's (never another's)."""
    found = holder(db_path)
    if found is not None and found.pid == os.getpid() and found.host == _host():
        with contextlib.suppress(OSError):
            lock_path(db_path).unlink()


@contextlib.contextmanager
def hold(db_path: Path | str) -> Iterator[Path]:
    """Hold the lock for the duration of a ``with`` block."""
    path = acquire(db_path)
    try:
        yield path
    finally:
        release(db_path)


# --- network shares --------------------------------------------------------------------------
def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def filesystem_type(path: Path | str, mounts: Path = MOUNTS) -> str | None:
    """The type of the file system holding ``path`` per a mounts table, or None if unknown."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = Path(path).expanduser().resolve()
    best: tuple[int, str] | None = None
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = Path(_unescape(parts[1]))
        if (target == mount_point or mount_point in target.parents) and (
            best is None or len(mount_point.parts) >= best[0]
        ):
            best = (len(mount_point.parts), parts[2])
    return best[1] if best else None


def is_network_path(path: Path | str, mounts: Path = MOUNTS) -> bool:
    """True if ``path`` lies on a network share (NFS, SMB/CIFS, …), where SQLite's locking is
    unreliable. Linux reads ``mounts``; Windows asks for UNC paths and mapped drives."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _windows_remote(Path(path))
    kind = filesystem_type(path, mounts)
    return kind is not None and (kind in NETWORK_FILESYSTEMS or kind.startswith("nfs"))


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    text = str(path.expanduser().resolve())
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(text)[0] + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # type: ignore[attr-defined]
