"""Danish formats for documents: amounts (1.234.567 kr.), numbers, dates and times.

>>> format_dkk(1234567)
'1.234.567 kr.'
>>> format_date("2013-03-04T10:00")
'4. marts 2013'
"""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def format_int(value: int) -> str:
    """An integer with a full stop between thousands: ``1.234.567``; minus as "−"."""
    digits = f"{abs(int(value)):,}".replace(",", ".")
    return f"−{digits}" if value < 0 else digits


def format_dkk(value: int | None) -> str:
    """An amount in kroner: ``1.234.567 kr.`` (empty for None)."""
    return "" if value is None else f"{format_int(value)} kr."


def _parse(value: str | dt.date | None) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def format_date(value: str | dt.date | None) -> str:
    """``4. marts 2013`` for a date or datetime (ISO text or object); "" if unknown."""
    when = _parse(value)
    return "" if when is None else f"{when.day}. {MONTHS[when.month - 1]} {when.year}"


def format_short_date(value: str | dt.date | None) -> str:
    """``4.3.2013``: the compact form for tables."""
    when = _parse(value)
    return "" if when is None else f"{when.day}.{when.month}.{when.year}"


def format_time(value: str | None) -> str:
    """``kl. 10.00`` for an ISO datetime with a time; "" otherwise."""
    when = _parse(value)
    if when is None or value is None or "T" not in str(value):
        return ""
    return f"kl. {when.hour:02d}.{when.minute:02d}"


def format_period(start: str | None, end: str | None) -> str:
    """``4. marts 2013, kl. 10.00–12.00`` for a visit's start and end."""
    text = format_date(start)
    begin, finish = format_time(start), format_time(end)
    if begin:
        text += f", {begin}"
        if finish and format_date(end) == format_date(start):
            text += "–" + finish.removeprefix("kl. ")
    return text


def join_and(items: list[str]) -> str:
    """``a, b og c``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " og " + items[-1]


def plural(n: int, one: str, many: str) -> str:
    """``1 besøg``, ``3 noter``: the number in Danish format with the right form."""
    return f"{format_int(n)} {one if n == 1 else many}"
