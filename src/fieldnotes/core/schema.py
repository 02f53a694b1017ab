"""The entity catalogue: every kind of item, its fields and their rules, as data.

The store, the merge, the JSON export and the checks all read this one table, so a field
added here is stored, merged, exported and validated without further code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

# Allowed values of the enumerated fields; labels for people live in core.labels.
ACTOR_KINDS = (
    "municipality",
    "housing_association",
    "association",
    "institution",
    "practitioner",
    "state_agency",
    "research",
)
VISIT_STATUSES = ("planned", "done", "written_up")
#: The secretariat's verdict on a visit's material; travels back to the member.
REVIEW_STATES = ("reviewed", "needs_followup")
FUNDING_SOURCES = ("municipal", "state", "housing_social", "other")
CERTAINTIES = ("exact", "estimate", "uncertain")
IDEA_CATEGORIES = ("local_effort", "knowledge")
IDEA_STATUSES = ("proposal", "discussed", "in_catalogue", "rejected")
MEMBER_ROLES = ("member", "secretariat")

#: Kinds of many-to-many link, each with the entities it joins.
LINK_KINDS: dict[str, tuple[str, str]] = {
    "visit_actor": ("visit", "actor"),
    "visit_member": ("visit", "member"),
    "visit_theme": ("visit", "theme"),
    "hearing_actor": ("hearing_input", "actor"),
    "hearing_theme": ("hearing_input", "theme"),
    "method_theme": ("method", "theme"),
    "method_note": ("method", "note"),
    "idea_theme": ("idea", "theme"),
    "idea_note": ("idea", "note"),
}


@dataclass(frozen=True)
class Field:
    """One user-editable column.

    ``kind`` is one of text, longtext (merged paragraph by paragraph), int, bool, date,
    datetime, ref (an id of ``ref``), enum (one of ``choices``).
    """

    name: str
    kind: str = "text"
    required: bool = False
    ref: str | None = None
    choices: tuple[str, ...] = ()
    personal: bool = False
    max_length: int = 2_000
    #: The schema step that added the column; step 0001 creates only fields with ``since == 1``.
    since: int = 1

    @property
    def sql_type(self) -> str:
        return "INTEGER" if self.kind in ("int", "bool") else "TEXT"


@dataclass(frozen=True)
class Entity:
    """A kind of item with its own table (``table``) and user fields."""

    name: str
    table: str
    fields: tuple[Field, ...]
    personal: bool = False
    search_fields: tuple[str, ...] = field(default_factory=tuple)

    def field(self, name: str) -> Field:
        return self._by_name[name]

    @cached_property
    def _by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


LONG = 200_000  # characters: a long interview note, not a pasted book

_ENTITIES: tuple[Entity, ...] = (
    Entity(
        "member",
        "members",
        (
            Field("name", required=True, max_length=200),
            Field("initials", required=True, max_length=10),
            Field("role", "enum", required=True, choices=MEMBER_ROLES),
        ),
    ),
    Entity(
        "theme",
        "themes",
        (
            Field("code", required=True, max_length=20),
            Field("title", required=True, max_length=500),
            Field("description", "longtext", max_length=20_000),
            Field("parent_id", "ref", ref="theme"),
            Field("position", "int"),
            Field("color", max_length=9),
        ),
    ),
    Entity(
        "actor",
        "actors",
        (
            Field("kind", "enum", required=True, choices=ACTOR_KINDS),
            Field("name", required=True, max_length=500),
            Field("municipality_code", max_length=3),
            Field("region", max_length=100),
            Field("municipality_id", "ref", ref="actor"),
            Field("description", "longtext", max_length=20_000),
        ),
        search_fields=("name", "description"),
    ),
    Entity(
        "person",
        "people",
        (
            Field("name", required=True, max_length=300, personal=True),
            Field("role", max_length=300),
            Field("organisation_id", "ref", ref="actor"),
            Field("organisation", max_length=500),
            Field("contact", max_length=500, personal=True),
        ),
        personal=True,
        search_fields=("name", "role", "organisation"),
    ),
    Entity(
        "hearing_input",
        "hearing_inputs",
        (
            Field("stakeholder", required=True, max_length=500),
            Field("received_on", "date"),
            Field("problems", "longtext", max_length=LONG),
            Field("suggestions", "longtext", max_length=LONG),
        ),
        search_fields=("stakeholder", "problems", "suggestions"),
    ),
    Entity(
        "guide",
        "guides",
        (
            Field("title", required=True, max_length=500),
            Field("version", "int", required=True),
            Field("based_on_id", "ref", ref="guide"),
            Field("description", "longtext", max_length=20_000),
        ),
    ),
    Entity(
        "guide_section",
        "guide_sections",
        (
            Field("guide_id", "ref", required=True, ref="guide"),
            Field("theme_id", "ref", ref="theme"),
            Field("title", required=True, max_length=500),
            Field("position", "int"),
        ),
    ),
    Entity(
        "guide_question",
        "guide_questions",
        (
            Field("section_id", "ref", required=True, ref="guide_section"),
            Field("text", required=True, max_length=2_000),
            Field("position", "int"),
        ),
    ),
    Entity(
        "visit",
        "visits",
        (
            Field("title", required=True, max_length=500),
            Field("starts_at", "datetime"),
            Field("ends_at", "datetime"),
            Field("place", max_length=500),
            Field("municipality_id", "ref", ref="actor"),
            Field("status", "enum", required=True, choices=VISIT_STATUSES),
            Field("guide_id", "ref", ref="guide"),
            Field("hearing_input_id", "ref", ref="hearing_input"),
            Field("summary", "longtext", max_length=LONG),
            Field("review", "enum", choices=REVIEW_STATES, since=5),
            Field("review_note", max_length=2_000, since=5),
        ),
        search_fields=("title", "place", "summary"),
    ),
    Entity(
        "note",
        "notes",
        (
            Field("visit_id", "ref", required=True, ref="visit"),
            Field("question_id", "ref", ref="guide_question"),
            Field("person_id", "ref", ref="person"),
            Field("text", "longtext", max_length=LONG, personal=True),
            Field("position", "int"),
        ),
        personal=True,
        search_fields=("text",),
    ),
    Entity(
        "tag",
        "tags",
        (
            Field("note_id", "ref", required=True, ref="note"),
            Field("theme_id", "ref", required=True, ref="theme"),
            Field("start", "int"),
            Field("end", "int"),
            Field("is_quote", "bool"),
        ),
    ),
    Entity(
        "method",
        "methods",
        (
            Field("title", required=True, max_length=500),
            Field("description", "longtext", max_length=LONG),
            Field("place", max_length=500),
            Field("actor_id", "ref", ref="actor"),
            Field("target_group", max_length=2_000),
            Field("results", "longtext", max_length=LONG),
            Field("resources", "longtext", max_length=LONG),
            Field("spreading", "longtext", max_length=LONG),
        ),
        search_fields=("title", "description", "target_group", "results", "spreading"),
    ),
    Entity(
        "resource_entry",
        "resource_entries",
        (
            Field("municipality_id", "ref", required=True, ref="actor"),
            Field("year", "int", required=True),
            Field("funding_source", "enum", required=True, choices=FUNDING_SOURCES),
            Field("amount_dkk", "int", required=True),
            Field("purpose", max_length=2_000),
            Field("coordinated_with", max_length=2_000),
            Field("certainty", "enum", choices=CERTAINTIES),
            Field("source_note", max_length=2_000),
            Field("note_id", "ref", ref="note"),
        ),
    ),
    Entity(
        "idea",
        "ideas",
        (
            Field("title", required=True, max_length=500),
            Field("description", "longtext", max_length=LONG),
            Field("category", "enum", required=True, choices=IDEA_CATEGORIES),
            Field("carried_by", max_length=2_000),
            Field("cost", max_length=500),
            Field("status", "enum", required=True, choices=IDEA_STATUSES),
            Field("sources", max_length=2_000),
        ),
        search_fields=("title", "description", "carried_by"),
    ),
    Entity(
        "followup",
        "followups",
        (
            Field("what", required=True, max_length=2_000),
            Field("who", max_length=300),
            Field("due_on", "date"),
            Field("done", "bool"),
            Field("visit_id", "ref", ref="visit"),
            Field("note_id", "ref", ref="note"),
        ),
    ),
    Entity(
        "link",
        "links",
        (
            Field("kind", "enum", required=True, choices=tuple(LINK_KINDS)),
            Field("source_id", "ref", required=True),
            Field("target_id", "ref", required=True),
        ),
    ),
)

#: Entities in dependency order: the order of tables, of the JSON export and of the merge.
ENTITIES: dict[str, Entity] = {e.name: e for e in _ENTITIES}

#: Columns every entity table has besides its fields; all derived from the revision log.
META_COLUMNS = ("id", "created_by", "created_at", "origin", "updated_by", "updated_at", "deleted")


def entity(name: str) -> Entity:
    """The entity called ``name``; ``KeyError`` for an unknown one."""
    return ENTITIES[name]
