"""Fieldnotes: interview notes for the Task Force on good integration methods."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the package metadata on first use: importlib.metadata is slow
    # to import, and start-up should not pay for it.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("fieldnotes")
        except PackageNotFoundError:  # a source tree that is not installed
            return "0.0.0"
    raise AttributeError(name)
