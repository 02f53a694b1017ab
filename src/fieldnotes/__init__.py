"""Fieldnotes: interview notes for the Task Force on good integration methods."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fieldnotes")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
