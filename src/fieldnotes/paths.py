"""Where databases live: ``--db`` beats ``FIELDNOTES_DB`` beats the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Fieldnotes"


def data_dir() -> Path:
    """The user's data folder for Fieldnotes (not created here)."""
    import platformdirs  # here: opening a window on ``--db PATH`` needs none of it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db() -> Path:
    """The user's own database."""
    return data_dir() / "fieldnotes.db"


def demo_db() -> Path:
    """The demo database, kept apart from the user's own data."""
    return data_dir() / "demo" / "fieldnotes-demo.db"


def resolve_db(option: str | os.PathLike[str] | None) -> Path:
    """The database to use for a command given its ``--db`` value (or None)."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get("FIELDNOTES_DB")
    return Path(env).expanduser() if env else default_db()


def backup_dir() -> Path:
    """Where copies taken before merges (and other backups) are kept."""
    return data_dir() / "backups"


def spelling_words() -> Path:
    """The member's own words for the spell checker ("Tilføj til ordbog"), one a line."""
    return data_dir() / "ordbog.txt"
