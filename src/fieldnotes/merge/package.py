"""Packages: one file that carries a member's revisions to the secretariat (and back).

A package is a zip file with ``manifest.json`` and ``revisions.sqlite`` (a table of revisions
and nothing else). It is untrusted input: ``open_package`` checks the container, the checksum,
the schema objects and every value before the merge sees a single revision.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

from ..core import cipher
from ..core.errors import KnownError, ValidationError
from ..core.ids import hlc_millis, is_hlc, is_uuid
from ..core.migrations import APPLICATION_ID, SCHEMA_VERSION
from ..core.redaction import Redaction
from ..core.revisions import CREATE, DELETED, ERASED, REDACTED, Revision
from ..core.schema import ENTITIES
from ..core.store import SQLITE_HEADER, Store
from ..core.validate import check_field

FORMAT = "fieldnotes-package"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
CONTENT_NAME = "revisions.sqlite"
#: ``application_id`` of a package's content ("FNPK"), distinct from a database's.
PACKAGE_APPLICATION_ID = 0x464E504B
MAX_CONTENT_BYTES = 4 * 1024**3
MAX_VALUE_CHARS = 1_000_000
MAX_PARENTS = 256
MAX_FUTURE_MS = 7 * 24 * 3600 * 1000
REVISION_COLUMNS = ("id", "entity", "row_id", "field", "value", "parents", "member_id", "origin")
_CREATE_CONTENT = """CREATE TABLE revisions (
  id TEXT PRIMARY KEY NOT NULL,
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  parents TEXT NOT NULL DEFAULT '',
  member_id TEXT,
  origin TEXT NOT NULL
)"""

_MESSAGES = {
    "missing": ("Pakken {path} findes ikke.", "The package {path} does not exist."),
    "empty": (
        "{path} er tom – ikke en Fieldnotes-pakke.",
        "{path} is empty – not a Fieldnotes package.",
    ),
    "not_package": (
        "{path} er ikke en Fieldnotes-pakke.",
        "{path} is not a Fieldnotes package.",
    ),
    "is_database": (
        "{path} er en Fieldnotes-database, ikke en pakke. Lav en pakke med »fieldnotes package«.",
        "{path} is a Fieldnotes database, not a package. Make one with 'fieldnotes package'.",
    ),
    "truncated": (
        "Pakken {path} er afkortet eller beskadiget ({detail}).",
        "The package {path} is truncated or damaged ({detail}).",
    ),
    "checksum": (
        "Pakken {path} er ændret eller beskadiget: kontrolsummen passer ikke.",
        "The package {path} was altered or damaged: its checksum does not match.",
    ),
    "too_new": (
        "Pakken {path} er fra en nyere Fieldnotes (version {found}); opdatér først.",
        "The package {path} is from a newer Fieldnotes (version {found}); update first.",
    ),
    "foreign": (
        "Pakken {path} indeholder en database fra et andet program.",
        "The package {path} holds a database from another program.",
    ),
    "schema_objects": (
        "Pakken {path} indeholder fremmede databaseobjekter ({detail}) og bliver ikke brugt.",
        "The package {path} holds foreign database objects ({detail}) and is not used.",
    ),
    "bad_revision": (
        "Pakken {path} har en ugyldig ændring {revision}: {detail}.",
        "The package {path} has an invalid change {revision}: {detail}.",
    ),
    "inconsistent": (
        "Pakken {path} strider mod masteren: ændring {revision} findes med andet indhold.",
        "The package {path} contradicts the master: change {revision} exists with other content.",
    ),
    "encrypted": (
        "Pakken {path} er krypteret – skriv adgangskoden (den samme som til databasen, "
        "den pakken kommer fra).",
        "The package {path} is encrypted – enter the passphrase (the one of the database it "
        "came from).",
    ),
    "wrong_passphrase": (
        "Forkert adgangskode til pakken {path}. Masteren er ikke ændret.",
        "Wrong passphrase for the package {path}. The master was not changed.",
    ),
    "incomplete": (
        "Pakken {path} henviser til data, som masteren ikke har ({detail}). "
        "Flet først medlemmets tidligere pakker.",
        "The package {path} refers to data the master does not have ({detail}). "
        "Merge the member's earlier packages first.",
    ),
}


class PackageError(KnownError):
    """A package that cannot be used; the master is left exactly as it was."""

    messages = _MESSAGES


@dataclass(frozen=True)
class Manifest:
    """What a package says about itself."""

    installation_id: str
    member_id: str | None
    member_name: str | None
    created_at: str
    since: str
    through: str
    revisions: int
    counts: dict[str, int]
    sha256: str
    schema_version: int = SCHEMA_VERSION
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    extra: dict[str, object] = field(default_factory=dict)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_package(store: Store, out: Path, *, only_changes: bool = False) -> Manifest:
    """Write a package of ``store`` to ``out``; with ``only_changes``, just what is new since
    the previous package. Safe while the app has the database open (one read snapshot)."""
    since = store.get_meta("packaged_through") if only_changes else ""
    out = Path(out).expanduser()
    work = Path(tempfile.mkdtemp(prefix=".fieldnotes-package-", dir=out.parent))
    try:
        content = work / CONTENT_NAME
        through, counts, total = _snapshot(store, content, since or "")
        member = store.get("member", store.member_id) if store.member_id else None
        manifest = Manifest(
            installation_id=store.installation_id,
            member_id=store.member_id,
            member_name=member["name"] if member else None,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            since=since or "",
            through=through,
            revisions=total,
            counts=counts,
            sha256=_sha256(content),
        )
        staged = work / out.name
        with zipfile.ZipFile(staged, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(MANIFEST_NAME, json.dumps(asdict(manifest), ensure_ascii=False, indent=1))
            zf.write(content, CONTENT_NAME)
        os.replace(staged, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    store.audit("package", f"{out.name} ({total} ændringer)")
    if through > (store.get_meta("packaged_through") or ""):
        with store.transaction():
            store.set_meta("packaged_through", through)
    return manifest


def _snapshot(store: Store, content: Path, since: str) -> tuple[str, dict[str, int], int]:
    # The content of an encrypted database's package is encrypted with the same key.
    key = store.key
    conn = cipher.connect(content, key=key)
    conn.execute(_CREATE_CONTENT)
    conn.execute(f"PRAGMA application_id = {PACKAGE_APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    db = store.db
    if key is None:
        db.execute("ATTACH DATABASE ? AS package", [str(content)])
    else:
        db.execute("ATTACH DATABASE ? AS package KEY ?", [str(content), key.literal])
    try:
        with db.atomic():
            db.execute(
                "INSERT INTO package.revisions SELECT * FROM main.revisions WHERE id > ?"
                " ORDER BY id",
                [since],
            )
            through = db.execute("SELECT max(id) FROM package.revisions").fetchone()[0]
            counts = dict(
                db.execute(
                    "SELECT entity, count(DISTINCT row_id) FROM package.revisions"
                    " GROUP BY entity ORDER BY entity"
                ).fetchall()
            )
            total = db.execute("SELECT count(*) FROM package.revisions").fetchone()[0]
    finally:
        db.execute("DETACH DATABASE package")
    return through or since, counts, total


@dataclass
class Package:
    """An opened, checked package; iterate ``revisions()`` for its validated content."""

    path: Path
    manifest: Manifest
    conn: cipher.Connection

    def rows(self, batch: int = 5_000) -> Iterator[list[tuple[object, ...]]]:
        """The raw, unchecked rows of the package in batches, oldest first."""
        cursor = self.conn.execute(
            f"SELECT {', '.join(REVISION_COLUMNS)} FROM revisions ORDER BY id"
        )
        while rows := cursor.fetchmany(batch):
            yield rows

    def validated(self, rows: Iterable[tuple[object, ...]]) -> Iterator[Revision]:
        """Each row as a checked revision; raises ``PackageError`` on the first bad one."""
        limit = int(time.time() * 1000) + MAX_FUTURE_MS
        for row in rows:
            yield _validated(self.path, row, limit)


def _bad(path: Path, revision: object, detail: str) -> PackageError:
    return PackageError("bad_revision", path=path, revision=str(revision)[:60], detail=detail)


def _validated(path: Path, row: tuple[object, ...], limit_ms: int) -> Revision:
    rev_id, entity, row_id, field_name, value, parents, member_id, origin = row
    if not all(isinstance(v, str) for v in (rev_id, entity, row_id, field_name, value, origin)):
        raise _bad(path, rev_id, "felter har forkert type")
    if not is_hlc(rev_id) or hlc_millis(str(rev_id)) > limit_ms:
        raise _bad(path, rev_id, "ugyldigt eller fremtidigt tidsstempel")
    if entity not in ENTITIES:
        raise _bad(path, rev_id, f"ukendt slags {entity!r}")
    if not is_uuid(row_id):
        raise _bad(path, rev_id, "id er ikke et UUID")
    if member_id is not None and not is_uuid(member_id):
        raise _bad(path, rev_id, "medlems-id er ikke et UUID")
    if not (is_uuid(origin) or origin == "seed"):
        raise _bad(path, rev_id, "ukendt installation")
    parent_ids = str(parents or "").split()
    if len(parent_ids) > MAX_PARENTS or not all(is_hlc(p) and p < rev_id for p in parent_ids):
        raise _bad(path, rev_id, "ugyldige forældre")
    if len(value) > MAX_VALUE_CHARS:
        raise _bad(path, rev_id, f"værdien er {len(value)} tegn lang")
    revision = Revision(
        str(rev_id),
        entity,
        str(row_id),
        field_name,
        value,
        " ".join(parent_ids),
        member_id if isinstance(member_id, str) else None,
        origin,
    )
    try:
        decoded = revision.decoded
    except ValueError as exc:
        raise _bad(path, rev_id, "værdien er ikke JSON") from exc
    _check_value(path, revision, decoded)
    return revision


def _check_value(path: Path, revision: Revision, decoded: object) -> None:
    spec = ENTITIES[revision.entity]
    try:
        if revision.field == CREATE:
            if not isinstance(decoded, dict) or not set(decoded) <= set(spec.field_names):
                raise _bad(path, revision.id, "rækken har ukendte felter")
            for name, value in decoded.items():
                check_field(spec, spec.field(name), value)
        elif revision.field == ERASED:
            if decoded is not True or revision.parents:
                raise _bad(path, revision.id, "en sletning til glemsel må intet indeholde")
        elif revision.field == REDACTED:
            try:
                Redaction.from_json(revision.value)
            except ValueError as exc:
                raise _bad(path, revision.id, f"ugyldig overstregning: {exc}") from exc
            if revision.parents:
                raise _bad(path, revision.id, "en overstregning har ingen forældre")
        elif revision.field == DELETED:
            if not isinstance(decoded, bool):
                raise _bad(path, revision.id, "sletning er ikke ja/nej")
        elif revision.field in spec.field_names:
            check_field(spec, spec.field(revision.field), decoded)
        else:
            raise _bad(path, revision.id, f"ukendt felt {revision.field!r}")
    except ValidationError as exc:
        raise _bad(path, revision.id, exc.message()) from exc


@contextlib.contextmanager
def open_package(
    path: Path | str, passphrase: cipher.Passphrase | str | None = None
) -> Iterator[Package]:
    """Check a package file and open its content read-only (nothing in it can ever run).

    Encrypted content is opened with ``passphrase``, else one the session knows (or asks
    for, see ``core.cipher.ask_with``)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise PackageError("missing", path=path)
    if path.stat().st_size == 0:
        raise PackageError("empty", path=path)
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if head == SQLITE_HEADER:
        raise PackageError("is_database" if _is_fieldnotes_db(path) else "foreign", path=path)
    work = Path(tempfile.mkdtemp(prefix=".fieldnotes-merge-"))
    try:
        manifest = _extract(path, work)
        content = work / CONTENT_NAME
        if _sha256(content) != manifest.sha256:
            raise PackageError("checksum", path=path)
        conn = _open_content(path, content, passphrase)
        try:
            yield Package(path, manifest, conn)
        finally:
            conn.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def content_encrypted(path: Path | str) -> bool:
    """Whether the package at ``path`` holds encrypted content (False if it cannot be read:
    ``open_package`` words that)."""
    try:
        with zipfile.ZipFile(path) as zf, zf.open(CONTENT_NAME) as fh:
            return fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return False


def _is_fieldnotes_db(path: Path) -> bool:
    try:
        with contextlib.closing(
            sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        ) as conn:
            return conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.Error:
        return False


def _extract(path: Path, work: Path) -> Manifest:
    try:
        with zipfile.ZipFile(path) as zf:
            names = sorted(zf.namelist())
            if names != sorted([MANIFEST_NAME, CONTENT_NAME]):
                raise PackageError("not_package", path=path)
            info = zf.getinfo(CONTENT_NAME)
            if info.file_size > MAX_CONTENT_BYTES or zf.getinfo(MANIFEST_NAME).file_size > 1 << 20:
                raise PackageError("truncated", path=path, detail="for stor")
            raw = json.loads(zf.read(MANIFEST_NAME).decode("utf-8"))
            manifest = _manifest(path, raw)
            with zf.open(CONTENT_NAME) as src, (work / CONTENT_NAME).open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
    except zipfile.BadZipFile as exc:
        with path.open("rb") as fh:
            is_zip = fh.read(2) == b"PK"
        raise PackageError(
            "truncated" if is_zip else "not_package", path=path, detail=str(exc)
        ) from exc
    except (ValueError, UnicodeDecodeError, EOFError, zipfile.LargeZipFile) as exc:
        raise PackageError("truncated", path=path, detail=str(exc)[:80]) from exc
    return manifest


def _manifest(path: Path, raw: object) -> Manifest:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PackageError("not_package", path=path)
    version = raw.get("format_version")
    schema = raw.get("schema_version")
    if not isinstance(version, int) or not isinstance(schema, int):
        raise PackageError("not_package", path=path)
    if version > FORMAT_VERSION or schema > SCHEMA_VERSION:
        raise PackageError("too_new", path=path, found=f"{version}/{schema}")
    try:
        manifest = Manifest(**{k: v for k, v in raw.items() if k in Manifest.__dataclass_fields__})
    except TypeError as exc:
        raise PackageError("not_package", path=path) from exc
    if not (isinstance(manifest.sha256, str) and is_uuid(manifest.installation_id)):
        raise PackageError("not_package", path=path)
    return manifest


def _open_content(
    path: Path, content: Path, passphrase: cipher.Passphrase | str | None
) -> cipher.Connection:
    key = None
    with content.open("rb") as fh:
        plain = fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    if not plain and not cipher.is_encrypted(content):
        raise PackageError("truncated", path=path, detail="indholdet er ikke en database")
    if not plain:
        try:
            key = cipher.unlock(content, passphrase, shown=path)
        except cipher.CipherError as exc:
            if exc.code not in _MESSAGES:
                raise
            raise PackageError(exc.code, path=path) from exc
    conn = cipher.connect(content, key=key, immutable=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        if conn.execute("PRAGMA application_id").fetchone()[0] != PACKAGE_APPLICATION_ID:
            raise PackageError("foreign", path=path)
        objects = conn.execute("SELECT type, name FROM sqlite_master ORDER BY name").fetchall()
        if objects != [("table", "revisions"), ("index", "sqlite_autoindex_revisions_1")]:
            expected = ("revisions", "sqlite_autoindex_revisions_1")
            detail = ", ".join(f"{t} {n}" for t, n in objects if n not in expected)
            raise PackageError("schema_objects", path=path, detail=detail or "ændret tabel")
        columns = tuple(r[1] for r in conn.execute("PRAGMA table_info(revisions)"))
        if columns != REVISION_COLUMNS:
            raise PackageError("schema_objects", path=path, detail="ændret tabel")
    except cipher.DATABASE_ERRORS as exc:
        conn.close()
        raise PackageError("truncated", path=path, detail=str(exc)) from exc
    except PackageError:
        conn.close()
        raise
    return conn
