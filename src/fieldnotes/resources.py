"""Where the shipped data files are: the source tree, an installed copy, or a bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resource_dir() -> Path:
    """The ``resources`` folder (override with ``FIELDNOTES_RESOURCES``)."""
    override = os.environ.get("FIELDNOTES_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(name: str) -> Path:
    """A shipped file, e.g. ``resource("municipalities.csv")``."""
    return resource_dir() / name
