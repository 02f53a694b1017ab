"""Pseudonymisation and redaction: people become role + stable code; CPR numbers, phone
numbers and e-mail addresses leave free text.

>>> p = Privacy(True, [{"id": "a1", "name": "Anne Holm", "role": "leder"}])
>>> p.text("Anne Holm (tlf. 12 34 56 78) har cpr 010203-1234.")
'leder P-… (tlf. [tlf.nr. fjernet]) har cpr [cpr-nr. fjernet].'
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

CPR = re.compile(r"(?<![\d-])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[- ]?\d{4}(?![\d-])")
PHONE = re.compile(
    r"(?<![\w.,/-])(?:(?:\+|00)45[ -]?)?"
    r"(?:\d{8}|\d{2}[ -]\d{2}[ -]\d{2}[ -]\d{2}|\d{4}[ -]\d{4})(?![\w.,/-]*\d)"
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAMEISH = re.compile(r"^[A-ZÆØÅ][\w'-]+(?: [A-ZÆØÅ][\w'-]+){1,3}$")

CPR_MARK = "[cpr-nr. fjernet]"
PHONE_MARK = "[tlf.nr. fjernet]"
EMAIL_MARK = "[e-mail fjernet]"
NAME_MARK = "[navn fjernet]"


def pseudonym_code(person_id: str) -> str:
    """A short code that is the same for a person in every export: ``P-7KQ2M``."""
    digest = hashlib.sha256(person_id.encode("utf-8")).digest()
    return "P-" + base64.b32encode(digest).decode("ascii")[:5]


@dataclass(frozen=True)
class Findings:
    """How much personal data free text holds, for the notice before export."""

    cpr: int = 0
    phone: int = 0
    email: int = 0

    @property
    def total(self) -> int:
        return self.cpr + self.phone + self.email


def scan(texts: Iterable[str | None]) -> Findings:
    """Count CPR numbers, phone numbers and e-mail addresses in ``texts``."""
    cpr = phone = email = 0
    for text in texts:
        if not text:
            continue
        cpr += len(CPR.findall(text))
        phone += len(PHONE.findall(CPR.sub("", text)))
        email += len(EMAIL.findall(text))
    return Findings(cpr, phone, email)


class Privacy:
    """How people and free text appear in one export.

    Disabled, people appear by name and role and text is unchanged. Enabled, every known
    person appears as their role and a stable code, any run of known name parts
    (»Fatima Hansen«) becomes »[navn fjernet]«, and CPR, phone and e-mail are removed.
    Task force members keep their names: they sign the documents.
    """

    def __init__(
        self,
        enabled: bool,
        people: Iterable[Mapping[str, Any]] = (),
        members: Iterable[Mapping[str, Any]] = (),
    ) -> None:
        self.enabled = enabled
        self._people = {p["id"]: p for p in people}
        self._members = {m["name"].casefold() for m in members if m.get("name")}
        self._names: re.Pattern[str] | None = None
        self._parts: re.Pattern[str] | None = None
        if enabled and self._people:
            full = sorted(
                {p["name"] for p in self._people.values() if p.get("name")}, key=len, reverse=True
            )
            self._by_name = {p["name"]: p for p in self._people.values() if p.get("name")}
            self._names = re.compile(r"\b(?:" + "|".join(map(re.escape, full)) + r")\b")
            parts = sorted(
                {
                    part
                    for name in full
                    for part in re.split(r"[\s]+", name)
                    if len(part) > 1 and part[:1].isupper()
                },
                key=len,
                reverse=True,
            )
            word = "(?:" + "|".join(map(re.escape, parts)) + ")"
            self._parts = re.compile(rf"\b{word}(?:[ -]{word}){{1,3}}\b")

    def person(self, person_id: str | None, name: str | None, role: str | None) -> str:
        """How a speaker is named: »Anne Holm, leder« or, pseudonymised, »leder (P-7KQ2M)«."""
        role = (role or "").strip()
        if not self.enabled:
            return ", ".join(part for part in ((name or "").strip(), role) if part)
        code = pseudonym_code(person_id) if person_id else "P-?"
        return f"{role} ({code})" if role else f"person {code}"

    def role(self, person_id: str | None, role: str | None) -> str:
        """The speaker as a quote's source shows them: role, with the code when pseudonymised."""
        role = (role or "").strip() or "ukendt rolle"
        if self.enabled and person_id:
            return f"{role} ({pseudonym_code(person_id)})"
        return role

    def text(self, text: str | None) -> str:
        """Free text with, when enabled, names, CPR, phone and e-mail taken out."""
        if not text or not self.enabled:
            return text or ""
        text = CPR.sub(CPR_MARK, text)
        text = EMAIL.sub(EMAIL_MARK, text)
        text = PHONE.sub(PHONE_MARK, text)
        if self._names is not None:
            text = self._names.sub(self._replace_name, text)
        if self._parts is not None:
            text = self._parts.sub(NAME_MARK, text)
        return text

    def who(self, value: str | None) -> str:
        """A responsible person's name (a follow-up's »who«): members stay, others go."""
        value = (value or "").strip()
        if not self.enabled or not value or value.casefold() in self._members:
            return value
        cleaned = self.text(value)
        if cleaned == value and _NAMEISH.match(value):
            return NAME_MARK
        return cleaned

    def _replace_name(self, match: re.Match[str]) -> str:
        person = self._by_name[match.group(0)]
        return f"{(person.get('role') or 'person').strip()} {pseudonym_code(person['id'])}"
