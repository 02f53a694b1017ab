"""One Fieldnotes per database: a second start hands over to the first and leaves at once.

The first instance on a database listens on a local server (``QLocalServer``) whose name is a
hash of the user and the database's resolved path. A second instance finds it, asks it to
come to the front, and exits without opening the database. A server left behind by a crash
(a stale socket file on Unix) is removed and taken over.

>>> instance = SingleInstance(db_path)  # doctest: +SKIP
>>> if not instance.claim():  # another Fieldnotes has this database; it is now in front
...     sys.exit(0)
>>> instance.activated.connect(lambda: bring_to_front(window))
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.lock import is_network_path

ACTIVATE = b"activate\n"
ACK = b"ok\n"


def server_name(db_path: Path | str) -> str:
    """The local server's name for ``db_path``: the same for every start by this user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or password database
        user = ""
    resolved = str(Path(db_path).expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:24]
    return f"fieldnotes-{digest}"


class SingleInstance(QObject):
    """The claim of this process on one database; ``activated`` when a second start asks
    this instance to come to the front."""

    activated = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_path)
        self.server: QLocalServer | None = None
        self.acknowledged = False  # after hand_over: the first instance answered

    def claim(self, timeout_ms: int = 3000) -> bool:
        """True if this process is now the one instance on the database; False if another
        instance has it (which has been asked to come to the front)."""
        if self.hand_over(timeout_ms):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                return True  # no server possible (odd platform): run, as before
            if self.hand_over(timeout_ms):  # another instance started just now
                return False
            QLocalServer.removeServer(self.name)  # left behind by a crash
            if not server.listen(self.name):
                return True
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def hand_over(self, timeout_ms: int = 3000) -> bool:
        """Ask a running instance to come to the front; True if one is there."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(timeout_ms)
        self.acknowledged = (
            socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == ACK
        )
        socket.disconnectFromServer()
        return True

    def close(self) -> None:
        """Stop listening (at exit)."""
        if self.server is not None:
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            socket.write(ACK)
            socket.flush()
            self.activated.emit()


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimised, raised and active (as far as the window system lets us)."""
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


def tell_already_open(parent: QWidget | None = None) -> None:
    """Said by a second start whose first instance did not answer (it may be busy)."""
    QMessageBox.information(
        parent,
        "Fieldnotes",
        QCoreApplication.translate(
            "SingleInstance",
            "Fieldnotes har allerede denne database åben i et andet vindue. "
            "Skift til det vindue for at arbejde videre.",
        ),
    )


def network_warning(db_path: Path) -> str | None:
    """The warning for a database on a network share, or None for a local one."""
    if not is_network_path(db_path):
        return None
    return QCoreApplication.translate(
        "SingleInstance",
        "Databasen {0} ligger på et netværksdrev. SQLite kan ikke låse filer pålideligt "
        "dér, så to computere kan ødelægge den for hinanden. Kopiér den til din egen disk, "
        "og brug pakker til at dele arbejdet.",
    ).format(db_path)
