"""Errors of the Word export, worded in Danish (default) or English like the core's."""

from __future__ import annotations

from ..core.errors import KnownError

_MESSAGES: dict[str, tuple[str, str]] = {
    "locked": (
        "{path} er åben i Word (låsefilen {lock} findes). Luk dokumentet og prøv igen.",
        "{path} is open in Word (the lock file {lock} exists). Close it and try again.",
    ),
    "not_writable": (
        "Kan ikke skrive {path}: {detail}.",
        "Cannot write {path}: {detail}.",
    ),
    "no_folder": (
        "Mappen {folder} findes ikke; vælg en anden placering til {name}.",
        "The folder {folder} does not exist; choose another place for {name}.",
    ),
    "is_directory": (
        "{path} er en mappe; angiv et filnavn, der ender på .docx.",
        "{path} is a folder; give a file name ending in .docx.",
    ),
    "not_docx": (
        "{path} skal ende på .docx.",
        "{path} must end in .docx.",
    ),
    "bad_template": (
        "Skabelonen {path} kan ikke bruges: {detail}.",
        "The template {path} cannot be used: {detail}.",
    ),
    "no_template": (
        "Skabelonen {path} findes ikke.",
        "The template {path} does not exist.",
    ),
    "unknown_kind": (
        "Ukendt dokumenttype »{kind}«; vælg en af: {known}.",
        "Unknown kind of document '{kind}'; choose one of: {known}.",
    ),
    "visit_required": (
        "Et besøgsnotat kræver et besøg: angiv --visit ID.",
        "A visit memo needs a visit: give --visit ID.",
    ),
    "unknown_visit": (
        "Der findes intet besøg med id »{id}«.",
        "There is no visit with id '{id}'.",
    ),
    "ambiguous_visit": (
        "»{id}« passer på flere besøg ({matches}); angiv flere tegn af id'et.",
        "'{id}' matches several visits ({matches}); give more of the id.",
    ),
    "unknown_theme": (
        "Ukendt tema »{theme}«; temaerne er {known}.",
        "Unknown theme '{theme}'; the themes are {known}.",
    ),
    "unknown_municipality": (
        "Ukendt kommune »{name}«; angiv navn eller kommunekode (fx 101).",
        "Unknown municipality '{name}'; give its name or code (e.g. 101).",
    ),
    "unknown_member": (
        "Ukendt medlem »{name}«; angiv navn eller initialer.",
        "Unknown member '{name}'; give a name or initials.",
    ),
    "bad_date": (
        "»{value}« er ikke en dato; skriv ÅÅÅÅ-MM-DD, fx 2013-03-01.",
        "'{value}' is not a date; write YYYY-MM-DD, e.g. 2013-03-01.",
    ),
    "bad_period": (
        "Perioden slutter ({end}) før den begynder ({start}).",
        "The period ends ({end}) before it begins ({start}).",
    ),
    "cancelled": (
        "Eksporten blev afbrudt; der er ikke skrevet nogen fil.",
        "The export was cancelled; no file was written.",
    ),
}


class ExportError(KnownError):
    """Bad input or a target that cannot be written; nothing has been written."""

    messages = _MESSAGES


class ExportCancelled(ExportError):
    """The user stopped the export; no file was written."""

    def __init__(self) -> None:
        super().__init__("cancelled")
