"""Errors the user can act on, carrying data; worded in Danish (default) or English.

``KnownError`` is bad input or a bad environment (the user's to fix, told kindly); anything
else escaping the core is a bug.
"""

from __future__ import annotations

from typing import ClassVar

_MESSAGES: dict[str, tuple[str, str]] = {
    "no_database": (
        "Der findes ingen database på {path}. Opret den med »fieldnotes init«.",
        "There is no database at {path}. Create it with 'fieldnotes init'.",
    ),
    "not_sqlite": (
        "{path} er ikke en Fieldnotes-database (filen er ikke en SQLite-database).",
        "{path} is not a Fieldnotes database (the file is not an SQLite database).",
    ),
    "foreign_database": (
        "{path} er en SQLite-database fra et andet program, ikke fra Fieldnotes.",
        "{path} is an SQLite database from another program, not from Fieldnotes.",
    ),
    "damaged": (
        "Databasen {path} er beskadiget ({detail}). Den er ikke ændret; gendan en sikkerhedskopi.",
        "The database {path} is damaged ({detail}). It was not changed; restore a backup.",
    ),
    "too_new": (
        "Databasen {path} er fra en nyere Fieldnotes (skemaversion {found}, denne version "
        "kender {known}). Opdatér Fieldnotes; databasen er ikke ændret.",
        "The database {path} is from a newer Fieldnotes (schema version {found}, this version "
        "knows {known}). Update Fieldnotes; the database was not changed.",
    ),
    "locked": (
        "Databasen {path} er i brug af et andet program. Luk det og prøv igen.",
        "The database {path} is in use by another program. Close it and try again.",
    ),
    "not_writable": (
        "Kan ikke skrive til {path}: {detail}.",
        "Cannot write to {path}: {detail}.",
    ),
    "disk_full": (
        "Disken er fuld; intet er ændret i {path}. Frigør plads og prøv igen.",
        "The disk is full; nothing was changed in {path}. Free some space and try again.",
    ),
    "is_directory": (
        "{path} er en mappe, ikke en databasefil.",
        "{path} is a folder, not a database file.",
    ),
    "exists": (
        "Der findes allerede en database på {path}.",
        "A database already exists at {path}.",
    ),
    "not_empty": (
        "Databasen {path} indeholder allerede besøg eller noter; demodata skal i en ny database.",
        "The database {path} already holds visits or notes; demo data needs a new database.",
    ),
    "no_member": (
        "Denne database har endnu ingen medlemsidentitet. Angiv den med »--member NAVN«.",
        "This database has no member identity yet. Set it with '--member NAME'.",
    ),
    "invalid_value": (
        "Ugyldig værdi for {entity}.{field}: {detail}.",
        "Invalid value for {entity}.{field}: {detail}.",
    ),
    "not_found": (
        "{entity} med id {id} findes ikke.",
        "{entity} with id {id} does not exist.",
    ),
    "erased": (
        "{entity} {id} er slettet til glemsel og kan ikke ændres.",
        "{entity} {id} has been erased and cannot be changed.",
    ),
    "out_of_range": (
        "{name} skal være mellem {low} og {high} (fik {value}).",
        "{name} must be between {low} and {high} (got {value}).",
    ),
}


class KnownError(Exception):
    """An error with a message for the user; ``code`` picks the message, ``params`` fill it.

    A subclass brings its own ``messages``: code → (Danish, English) templates.
    """

    language: ClassVar[str] = "da"
    messages: ClassVar[dict[str, tuple[str, str]]] = _MESSAGES

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` ("da" or "en"; default: the class-wide choice)."""
        danish, english = type(self).messages[self.code]
        template = english if (language or self.language) == "en" else danish
        return template.format(**self.params)


class StoreError(KnownError):
    """A database that cannot be opened or written as asked."""


class ValidationError(KnownError):
    """A value that does not fit its field."""
