"""Field values checked against the entity catalogue before they are stored or merged."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from .errors import ValidationError
from .ids import is_uuid
from .schema import ENTITIES, Entity, Field

if TYPE_CHECKING:
    from .store import Store

# Control characters other than tab and newline corrupt Word exports and confuse diffs.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
INT_LIMITS = {"year": (1990, 2100), "amount_dkk": (0, 100_000_000_000)}
DEFAULT_INT_LIMITS = (-1_000_000_000, 1_000_000_000)
YEARS = (1990, 2100)


def _fail(spec: Entity, f: Field, detail: str) -> ValidationError:
    return ValidationError("invalid_value", entity=spec.name, field=f.name, detail=detail)


def _check_date(spec: Entity, f: Field, value: str) -> None:
    try:
        parsed = (
            dt.date.fromisoformat(value) if f.kind == "date" else dt.datetime.fromisoformat(value)
        )
    except ValueError as exc:
        raise _fail(spec, f, f"{value!r} er ikke en dato (ÅÅÅÅ-MM-DD)") from exc
    if not YEARS[0] <= parsed.year <= YEARS[1]:
        raise _fail(spec, f, f"året {parsed.year} ligger uden for {YEARS[0]}–{YEARS[1]}")


def check_field(spec: Entity, f: Field, value: object) -> None:
    """Raise ``ValidationError`` if ``value`` cannot be stored in field ``f``."""
    if value is None:
        if f.required:
            raise _fail(spec, f, "skal udfyldes")
        return
    if f.kind in ("int", "bool"):
        if not isinstance(value, int) or (f.kind == "int" and isinstance(value, bool)):
            raise _fail(spec, f, f"{value!r} er ikke et heltal")
        low, high = (0, 1) if f.kind == "bool" else INT_LIMITS.get(f.name, DEFAULT_INT_LIMITS)
        if not low <= int(value) <= high:
            raise _fail(spec, f, f"{value} ligger uden for {low}–{high}")
        return
    if not isinstance(value, str):
        raise _fail(spec, f, f"{value!r} er ikke tekst")
    if f.required and not value.strip():
        raise _fail(spec, f, "skal udfyldes")
    if len(value) > f.max_length:
        raise _fail(spec, f, f"{len(value)} tegn, højst {f.max_length}")
    if _CONTROL.search(value):
        raise _fail(spec, f, "indeholder kontroltegn")
    if f.kind == "ref" and not is_uuid(value):
        raise _fail(spec, f, f"{value!r} er ikke et gyldigt id")
    if f.kind == "enum" and value not in f.choices:
        raise _fail(spec, f, f"{value!r} er ikke en af {', '.join(f.choices)}")
    if f.kind in ("date", "datetime"):
        _check_date(spec, f, value)


def check_values(
    spec: Entity,
    values: Mapping[str, object],
    *,
    unknown: Iterable[str] = (),
    store: Store | None = None,
) -> None:
    """Check each given value; with a ``store``, also that referenced rows exist."""
    for name in unknown:
        raise ValidationError("invalid_value", entity=spec.name, field=name, detail="ukendt felt")
    for name, value in values.items():
        f = spec.field(name)
        check_field(spec, f, value)
        if (
            store is not None
            and f.ref
            and value is not None
            and store.get(f.ref, str(value)) is None
        ):
            raise _fail(spec, f, f"{ENTITIES[f.ref].name} {value} findes ikke")
