"""Realistic demo data: a task force's year of visits, notes and findings, from a seed.

The same seed gives the same content byte for byte (ids, clock values and text all come from
the seeded generator), so ``fieldnotes export json`` of two demo databases can be compared.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import StoreError
from .ids import HybridClock, stable_id
from .schema import (
    ACTOR_KINDS,
    CERTAINTIES,
    FUNDING_SOURCES,
    IDEA_CATEGORIES,
    IDEA_STATUSES,
)
from .seed import DEFAULT_GUIDE_ID, load_municipalities, municipality_id, theme_id
from .store import Store

if TYPE_CHECKING:
    from .demo_text import DemoText

THEME_CODES = ("1a", "1b", "1c", "1d", "2a")
#: Three municipalities whose resource use theme 1d examines in depth.
RESOURCE_MUNICIPALITIES = ("101", "751", "169")
START = dt.datetime(2013, 1, 7, 9, 0)
MAX_NOTES = 1_000_000
MAX_VISITS = 100_000


@dataclass
class _Demo:
    store: Store
    rng: random.Random
    text: DemoText
    clock: HybridClock
    members: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)
    actors: list[str] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, entity: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for row in rows:
            member = row.pop("_by", None) or self.rng.choice(self.members)
            row.update(_revision=self.clock.tick(), _member=member, _origin=self.origins[member])
        self.store.bulk_create(entity, rows)
        return rows

    def link(self, kind: str, source: str, target: str) -> None:
        self.links.append(
            {
                "id": stable_id("link", kind, source, target),
                "kind": kind,
                "source_id": source,
                "target_id": target,
            }
        )

    def themes(self, k_max: int = 2) -> list[str]:
        return self.rng.sample(THEME_CODES, self.rng.randint(1, k_max))


def generate(
    store: Store,
    *,
    visits: int = 40,
    notes: int = 1_200,
    seed: int = 1,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Fill an empty database with demo data; returns the counts per entity.

    >>> generate(Store.memory(), visits=3, notes=20, seed=7)["note"]
    20
    """
    if not 1 <= visits <= MAX_VISITS:
        raise StoreError("out_of_range", name="--visits", low=1, high=MAX_VISITS, value=visits)
    if not 0 <= notes <= MAX_NOTES:
        raise StoreError("out_of_range", name="--notes", low=0, high=MAX_NOTES, value=notes)
    if store.count("visit", include_deleted=True) or store.count("note", include_deleted=True):
        raise StoreError("not_empty", path=store.path or ":memory:")
    from .demo_text import DemoText  # its vocabulary takes a moment to build: only when needed

    rng = random.Random(seed)
    clock = HybridClock(site=f"demo{seed}"[:32], wall=lambda: int(START.timestamp() * 1000))
    demo = _Demo(store, rng, DemoText(rng), clock)
    say = progress or (lambda _message: None)
    with store.transaction():
        say("medlemmer")
        _members(demo)
        say("aktører og høringssvar")
        _actors(demo)
        _hearing(demo)
        say("besøg")
        visit_ids = _visits(demo, visits)
        people = _people(demo, visit_ids)
        say("noter")
        note_rows = _notes(demo, visit_ids, people, notes)
        say("metoder, idéer, ressourcer og opfølgning")
        _findings(demo, visit_ids, note_rows)
        demo.add("link", demo.links)
        store.clock.observe(clock.format())
    return store.counts()


def _members(demo: _Demo) -> None:
    rows = []
    for n in range(8):
        member_id = demo.uid()
        name = demo.text.person_name()
        demo.members.append(member_id)
        demo.origins[member_id] = stable_id("demo-installation", member_id)
        initials = "".join(part[0] for part in name.split()).upper()
        role = "member" if n < 6 else "secretariat"
        rows.append(
            {"id": member_id, "name": name, "initials": initials, "role": role, "_by": member_id}
        )
    demo.add("member", rows)
    demo.store.set_meta("member_id", demo.members[-1])


def _actors(demo: _Demo) -> None:
    municipalities = load_municipalities()
    demo.actors = [municipality_id(m["code"]) for m in municipalities]
    rows = []
    for _ in range(60):
        kind = demo.rng.choice(ACTOR_KINDS[1:])
        home = demo.rng.choice(municipalities)
        rows.append(
            {
                "id": demo.uid(),
                "kind": kind,
                "name": f"{demo.text.stakeholder()} {home['name']}",
                "municipality_id": municipality_id(home["code"]),
                "region": home["region"],
                "description": demo.text.paragraph(),
            }
        )
    demo.add("actor", rows)
    demo.actors.extend(row["id"] for row in rows)


def _hearing(demo: _Demo) -> None:
    rows = []
    for n in range(30):
        hearing_id = demo.uid()
        received = dt.date(2012, 12, 1) + dt.timedelta(days=n)
        rows.append(
            {
                "id": hearing_id,
                "stakeholder": demo.text.stakeholder(),
                "received_on": received.isoformat(),
                "problems": demo.text.paragraph(),
                "suggestions": demo.text.paragraph(),
            }
        )
        for actor in demo.rng.sample(demo.actors, 3):
            demo.link("hearing_actor", hearing_id, actor)
        for code in demo.themes():
            demo.link("hearing_theme", hearing_id, theme_id(code))
    demo.add("hearing_input", rows)


def _visits(demo: _Demo, count: int) -> list[str]:
    rows = []
    municipalities = load_municipalities()
    for n in range(count):
        visit_id = demo.uid()
        home = demo.rng.choice(municipalities)
        day = START + dt.timedelta(days=int(n * 140 / max(count, 1)), hours=demo.rng.randint(0, 6))
        status = (
            "written_up"
            if day < START + dt.timedelta(days=90)
            else demo.rng.choice(("planned", "done", "written_up"))
        )
        rows.append(
            {
                "id": visit_id,
                "title": f"Besøg i {home['name']} Kommune",
                "starts_at": day.isoformat(timespec="minutes"),
                "ends_at": (day + dt.timedelta(hours=2)).isoformat(timespec="minutes"),
                "place": f"{home['name']} Rådhus",
                "municipality_id": municipality_id(home["code"]),
                "status": status,
                "guide_id": DEFAULT_GUIDE_ID,
                "summary": demo.text.paragraph(),
            }
        )
        demo.link("visit_actor", visit_id, municipality_id(home["code"]))
        for actor in demo.rng.sample(demo.actors[98:], demo.rng.randint(0, 2)):
            demo.link("visit_actor", visit_id, actor)
        for member in demo.rng.sample(demo.members, demo.rng.randint(1, 3)):
            demo.link("visit_member", visit_id, member)
        for code in demo.themes(3):
            demo.link("visit_theme", visit_id, theme_id(code))
    demo.add("visit", rows)
    return [row["id"] for row in rows]


def _people(demo: _Demo, visit_ids: list[str]) -> dict[str, list[str]]:
    by_visit: dict[str, list[str]] = {}
    rows = []
    for visit_id in visit_ids:
        for _ in range(demo.rng.randint(1, 4)):
            person_id = demo.uid()
            name = demo.text.person_name()
            rows.append(
                {
                    "id": person_id,
                    "name": name,
                    "role": demo.text.role(),
                    "organisation_id": demo.rng.choice(demo.actors),
                    "contact": f"{name.split()[0].lower()}@example.dk",
                }
            )
            by_visit.setdefault(visit_id, []).append(person_id)
    demo.add("person", rows)
    return by_visit


def _guide_questions(demo: _Demo) -> list[str]:
    return [row["id"] for row in demo.store.rows("guide_question", order_by="id")]


def _notes(
    demo: _Demo, visit_ids: list[str], people: dict[str, list[str]], count: int
) -> list[dict[str, Any]]:
    questions = _guide_questions(demo)
    rows: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    for n in range(count):
        visit_id = visit_ids[n * len(visit_ids) // max(count, 1)]
        text = demo.text.note()
        note_id = demo.uid()
        rows.append(
            {
                "id": note_id,
                "visit_id": visit_id,
                "question_id": demo.rng.choice(questions),
                "person_id": demo.rng.choice(people[visit_id]),
                "text": text,
                "position": n,
            }
        )
        tags.extend(_tags(demo, note_id, text))
    demo.add("note", rows)
    demo.add("tag", tags)
    return rows


#: Where a sentence ends: a full stop before a capital or a new line ("jf. skolen", "ca. 56"
#: and "bl.a. unge" go on).
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZÆØÅ«]|\s*$)|\n", re.MULTILINE)


def _whole_sentences(
    text: str, breaks: list[re.Match[str]], start: int, end: int
) -> tuple[int, int]:
    """The range widened to the sentences it touches (``breaks``: where sentences end), as a
    member marks a passage."""
    begin = max((b.end() for b in breaks if b.end() <= start), default=0)
    stops = (b.start() if b.group() == "\n" else b.end() for b in breaks)
    stop = min((s for s in stops if s >= end), default=len(text))
    return begin + len(text[begin:]) - len(text[begin:].lstrip()), stop


def _tags(demo: _Demo, note_id: str, text: str) -> list[dict[str, Any]]:
    tags = []
    breaks = list(_SENTENCE_END.finditer(text))
    for code in demo.themes():
        start = end = None
        if demo.rng.random() < 0.6 and len(text) > 40:
            start = demo.rng.randrange(0, len(text) - 30)
            end = min(len(text), start + demo.rng.randint(20, 200))
            start, end = _whole_sentences(text, breaks, start, end)
        tags.append(
            {
                "id": demo.uid(),
                "note_id": note_id,
                "theme_id": theme_id(code),
                "start": start,
                "end": end,
                "is_quote": start is not None and demo.rng.random() < 0.25,
            }
        )
    return tags


def _findings(demo: _Demo, visit_ids: list[str], notes: list[dict[str, Any]]) -> None:
    rng, text = demo.rng, demo.text
    visits = {row["id"]: row for row in demo.store.rows("visit")}
    methods = []
    for visit_id in visit_ids:
        if rng.random() < 0.7:
            method_id = demo.uid()
            visit = visits[visit_id]
            methods.append(
                {
                    "id": method_id,
                    "title": text.title(),
                    "description": text.paragraph(),
                    "place": visit["place"],
                    "actor_id": visit["municipality_id"],
                    "target_group": text.sentence(),
                    "results": text.paragraph(),
                    "resources": text.sentence(),
                    "spreading": text.paragraph(),
                }
            )
            for code in demo.themes():
                demo.link("method_theme", method_id, theme_id(code))
            for note in rng.sample(notes, min(2, len(notes))):
                demo.link("method_note", method_id, note["id"])
    demo.add("method", methods)
    ideas = []
    for _ in range(max(10, len(visit_ids))):
        idea_id = demo.uid()
        ideas.append(
            {
                "id": idea_id,
                "title": text.title(),
                "description": text.paragraph(),
                "category": rng.choice(IDEA_CATEGORIES),
                "carried_by": text.stakeholder(),
                "cost": f"ca. {rng.randint(1, 40) * 250_000:,} kr.".replace(",", "."),
                "status": rng.choice(IDEA_STATUSES),
                "sources": text.sentence(),
            }
        )
        for code in demo.themes():
            demo.link("idea_theme", idea_id, theme_id(code))
        if notes:
            demo.link("idea_note", idea_id, rng.choice(notes)["id"])
    demo.add("idea", ideas)
    _resources(demo, notes)
    followups = [
        {
            "id": demo.uid(),
            "what": text.sentence(),
            "who": text.person_name(),
            "due_on": (START.date() + dt.timedelta(days=rng.randint(7, 150))).isoformat(),
            "done": rng.random() < 0.4,
            "visit_id": visit_id,
        }
        for visit_id in visit_ids
        for _ in range(rng.randint(0, 3))
    ]
    demo.add("followup", followups)


def _resources(demo: _Demo, notes: list[dict[str, Any]]) -> None:
    rng = demo.rng
    rows = []
    codes = list(RESOURCE_MUNICIPALITIES) + [m["code"] for m in load_municipalities()[::12]]
    for code in codes:
        for year in (2011, 2012, 2013):
            for source in FUNDING_SOURCES:
                if code not in RESOURCE_MUNICIPALITIES and rng.random() < 0.6:
                    continue
                rows.append(
                    {
                        "id": demo.uid(),
                        "municipality_id": municipality_id(code),
                        "year": year,
                        "funding_source": source,
                        "amount_dkk": rng.randint(2, 400) * 50_000,
                        "purpose": demo.text.sentence(),
                        "coordinated_with": demo.text.sentence(),
                        "certainty": rng.choice(CERTAINTIES),
                        "source_note": demo.text.sentence(),
                        "note_id": rng.choice(notes)["id"] if notes else None,
                    }
                )
    demo.add("resource_entry", rows)
