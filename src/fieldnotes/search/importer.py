"""Import notes written elsewhere (.docx, .txt, .md) into a visit, as one undoable operation.

Headings find their place in the visit's interview guide: a heading that names a guide section
(or question) puts the paragraphs after it under that section's first question (or that
question). A visit without a guide gets a new guide made of the document's headings. A heading
that fits nothing in an existing guide is kept as a note of its own, so nothing is lost.

Example: ``history.push(import_document(store, visit_id, Path("referat.docx")))``; undo then
removes the imported notes (and a guide made for them) again.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import queries
from ..core.operations import Operation, Recorder, recording
from ..core.schema import LONG
from . import danish
from .errors import DocumentError

if TYPE_CHECKING:
    from ..core.store import Store

SUFFIXES = (".docx", ".txt", ".md")
#: The most one import takes: far beyond a visit's minutes (a 100-page report has some 1,500
#: paragraphs), so a wrong file (a database dump, a book) is refused before it fills a visit.
MAX_BYTES, MAX_BLOCKS = 20_000_000, 5_000
_ATX = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_HEADING_STYLE = re.compile(r"^(heading|overskrift)\s*(\d)$", re.IGNORECASE)
#: Control characters a note may not hold (a page break from a PDF's text): read as spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
#: Control characters that no text file holds more than a few of.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class Block:
    """A heading (``level`` 1–6) or a paragraph (``level`` 0) of an imported document."""

    text: str
    level: int = 0

    @property
    def is_heading(self) -> bool:
        return self.level > 0


# --- reading ---------------------------------------------------------------------------------
def read_document(path: Path) -> list[Block]:
    """The headings and paragraphs of a .docx, .txt or .md file, in order.

    ``DocumentError`` for a missing, unsupported, unreadable or empty file.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError("unsupported", path=path)
    try:
        if not path.is_file():
            raise DocumentError("missing", path=path)
        path.open("rb").close()  # may we read it? (Word's reader would call it damaged)
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if size > MAX_BYTES:
        raise DocumentError(
            "too_big", path=path, size=size // 1_000_000, limit=MAX_BYTES // 1_000_000
        )
    read = _read_docx(path) if suffix == ".docx" else _read_text(path)
    blocks = [Block(text, b.level) for b in read if (text := clean(b.text))]
    if not blocks:
        raise DocumentError("empty", path=path)
    if len(blocks) > MAX_BLOCKS:
        raise DocumentError("too_many", path=path, count=len(blocks), limit=MAX_BLOCKS)
    for number, block in enumerate(blocks, 1):
        if len(block.text) > LONG:  # what one note may hold
            raise DocumentError("long_paragraph", path=path, number=number, limit=LONG)
    return blocks


def clean(text: str) -> str:
    """Text in Unicode's composed form (an "å" from a Mac or a PDF is one letter, as typed
    ones are, so search finds it), without control characters or space around it. A file
    name that is not UTF-8 (from an old disk) has "?" for what cannot be read."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _read_docx(path: Path) -> list[Block]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from lxml.etree import XMLSyntaxError

    try:
        document = Document(str(path))
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        XMLSyntaxError,
        KeyError,
        ValueError,
        OSError,
    ) as exc:
        if isinstance(exc, OSError):
            raise _unreadable(path, exc) from exc
        raise DocumentError("not_docx", path=path) from exc
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(c.text.split()) for c in row.cells]
                line = " | ".join(dict.fromkeys(c for c in cells if c))
                if line:
                    blocks.append(Block(line))
            continue
        text = item.text.strip()
        if not text:
            continue
        style = item.style.name if item.style is not None else ""
        match = _HEADING_STYLE.match(style or "")
        level = int(match.group(2)) if match else (1 if style in ("Title", "Titel") else 0)
        blocks.append(Block(" ".join(text.split()) if level else text, level))
    return blocks


def _unreadable(path: Path, exc: OSError) -> DocumentError:
    if isinstance(exc, PermissionError):
        return DocumentError("no_access", path=path)
    return DocumentError("read_failed", path=path, errno=exc.errno or "?")


def _encodings(raw: bytes) -> tuple[str, ...]:
    """What to try to read ``raw`` as: UTF-16 when it says so, or when nearly every other byte
    is 0 and the rest are not (Danish text in UTF-16 without its mark); else UTF-8, else what
    Notepad and Word's "plain text" write on Danish Windows (cp1252)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ("utf-16",)
    pairs = len(raw) // 2
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    if pairs and odd >= 0.9 * pairs and even <= 0.1 * pairs:
        return ("utf-16-le",)
    if pairs and even >= 0.9 * pairs and odd <= 0.1 * pairs:
        return ("utf-16-be",)
    return ("utf-8-sig", "cp1252")


def _decode(path: Path) -> str:
    """The text of a text file; ``DocumentError`` if it holds something else."""
    raw = path.read_bytes()
    encodings = _encodings(raw)
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        # Text has no NUL, and a control character (other than tab, line breaks and page
        # breaks) at most here and there; a program's or an image's bytes have them all over.
        if "\x00" in text or len(_BINARY.findall(text)) > 8 + len(text) // 100:
            raise DocumentError("binary", path=path)
        return text
    # Only a file that says it is UTF-16 is text that failed to decode; other bytes that are
    # neither UTF-16 nor Windows text are a program's or a picture's.
    if encodings[0] != "utf-16" and _BINARY.search(raw.decode("latin-1")):
        raise DocumentError("binary", path=path)
    raise DocumentError("encoding", path=path)


def _read_text(path: Path) -> list[Block]:
    """Paragraphs are separated by blank lines; ``#`` and underlined lines are headings
    (in .txt files too: people type them there as well)."""
    try:
        text = _decode(path)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    blocks: list[Block] = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            blocks.append(Block("\n".join(lines).strip()))
            lines.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.rstrip()
        atx = _ATX.match(line)
        if atx:
            flush()
            blocks.append(Block(atx.group(2), len(atx.group(1))))
        elif _SETEXT.match(line) and len(lines) == 1:
            heading = lines.pop()
            blocks.append(Block(heading.strip(), 1 if line.startswith("=") else 2))
        elif not line.strip():
            flush()
        else:
            lines.append(line)
    flush()
    return [b for b in blocks if b.text]


# --- placing in the visit --------------------------------------------------------------------
def _key(text: str) -> str:
    """A heading compared loosely: folded, without a leading code like "1c." and punctuation."""
    return " ".join(re.sub(r"[^\w ]", " ", danish.fold(text)).split())


def _code(text: str) -> str | None:
    match = re.match(r"^\s*(\d[a-z]?)[.)]?\s", danish.fold(text) + " ")
    return match.group(1) if match else None


class _Guide:
    """The visit's guide outline, matched against a document's headings."""

    def __init__(self, outline: list[dict[str, Any]]) -> None:
        self.outline = outline

    def section(self, heading: str) -> dict[str, Any] | None:
        key, code = _key(heading), _code(heading)
        for section in self.outline:
            title = _key(section["title"])
            if key == title or (code and code == _code(section["title"])):
                return section
            if len(key) >= 8 and (title.startswith(key) or key.startswith(title)):
                return section
        return None

    def question(self, heading: str, section: dict[str, Any] | None) -> str | None:
        key = _key(heading)
        sections = [section] if section else self.outline
        for candidate in sections:
            for question in candidate["questions"]:
                text = _key(question["text"])
                if key == text or (len(key) >= 12 and text.startswith(key)):
                    return str(question["id"])
        return None


def import_document(store: Store, visit_id: str, path: Path) -> Operation:
    """Bring the document at ``path`` into the visit as notes; returns the undoable operation.

    The kind is ``"import"``; ``operation.result`` is the first imported note's id.
    """
    visit = store.get("visit", visit_id)
    if visit is None or visit["deleted"]:
        raise DocumentError("visit_gone", id=visit_id)
    blocks = read_document(Path(path))
    guide_id = visit["guide_id"]
    outline = queries.guide_outline(store, guide_id) if guide_id else []
    position = queries.next_note_position(store, visit_id)

    def run(rec: Recorder) -> str | None:
        nonlocal position
        first: str | None = None
        has_headings = any(b.is_heading for b in blocks)
        question = build_guide(rec) if not guide_id and has_headings else None
        guide = _Guide(outline)
        section: dict[str, Any] | None = None
        current: str | None = None
        for block in blocks:
            text = block.text
            if block.is_heading and question is not None:
                current = question.get(id(block), current)
                continue
            if block.is_heading:
                found = guide.question(text, section)
                matched = guide.section(text) if found is None else None
                if found or matched:
                    section = matched or section
                    asks = matched["questions"] if matched else []
                    first_question = asks[0]["id"] if asks else None
                    current = found or first_question
                    continue
            note_id = rec.create(
                "note", visit_id=visit_id, question_id=current, text=text, position=position
            )
            position += 1
            first = first or note_id
        return first

    def build_guide(rec: Recorder) -> dict[int, str]:
        """A guide from the document's headings: top-level headings become sections, deeper
        ones questions; a section without questions asks its own heading."""
        top = min((b.level for b in blocks if b.is_heading), default=1)
        title = clean(Path(path).stem) or "dokument"
        new_guide = rec.create("guide", title=f"Import: {title}", version=1)
        rec.update("visit", visit_id, guide_id=new_guide)
        placed: dict[int, str] = {}
        section_id: str | None = None
        positions = {"section": 0, "question": 0}

        def add_section(name: str) -> str:
            positions["section"] += 1
            return rec.create(
                "guide_section", guide_id=new_guide, title=name[:500], position=positions["section"]
            )

        def add_question(section: str, text: str) -> str:
            positions["question"] += 1
            return rec.create(
                "guide_question",
                section_id=section,
                text=text[:2000],
                position=positions["question"],
            )

        for block in blocks:
            if not block.is_heading:
                continue
            if block.level == top:
                section_id = add_section(block.text)
                placed[id(block)] = add_question(section_id, block.text)
            else:
                section_id = section_id or add_section(title)
                placed[id(block)] = add_question(section_id, block.text)
        return placed

    return recording(store, "import", run)
