"""The ``fieldnotes`` command: each subcommand only calls the core.

Bad input ends with one line on stderr and exit status 2; ``check`` exits 1 on problems.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import click

from . import paths
from .commands import database, db_option, given_db, open_store, opened, register_all
from .core import cipher
from .core import demo as demo_data
from .core.errors import KnownError, StoreError
from .core.export_json import write_json
from .core.labels import CHOICE_LABELS, ENTITY_LABELS
from .core.lock import refuse_if_held
from .core.migrations import SCHEMA_VERSION
from .core.store import Store, sqlite_error
from .ui.screenshot import VIEWS as SCREENSHOT_VIEWS

DEBUG_ENV = "FIELDNOTES_DEBUG"
#: Where scripts give the passphrase of an encrypted database (never on the command line,
#: where it would stay in the shell's history and show in the process list).
PASSPHRASE_ENV = "FIELDNOTES_PASSPHRASE"


def _fail(message: str) -> None:
    click.echo(f"fieldnotes: {message}", err=True)
    sys.exit(2)


def _check_text(arguments: Sequence[str]) -> None:
    """Refuse an argument that is not text: bytes from a terminal set to another character set
    than UTF-8 would otherwise reach the database and the output as they are. (A file that
    exists may have such a name.)"""
    for argument in arguments:
        if os.path.lexists(argument) or os.path.lexists(argument.partition("=")[2]):
            continue  # a file, or an --option=file
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = argument.encode("utf-8", "replace").decode("utf-8")
            _fail(
                f"»{shown}« er ikke gyldig tekst (UTF-8). Sæt terminalen til UTF-8 og skriv det "
                "igen."
            )


class FieldnotesGroup(click.Group):
    """A group whose errors are one readable line and exit status 2, never a traceback."""

    def main(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["standalone_mode"] = False
        kwargs.setdefault("prog_name", "fieldnotes")
        given = args[0] if args else kwargs.get("args")
        _check_text(sys.argv[1:] if given is None else given)
        cipher.ask_with(ask_passphrase)
        try:
            result = super().main(*args, **kwargs)
        except click.UsageError as exc:
            hint = f" (se »{exc.ctx.command_path} --help«)" if exc.ctx else ""
            _fail(exc.format_message() + hint)
        except click.ClickException as exc:
            _fail(exc.format_message())
        except click.Abort:
            _fail("afbrudt")
        except KnownError as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            _fail(exc.message())
        except (*cipher.ERRORS, OSError) as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            path = getattr(exc, "filename", None) or "databasen"
            _fail(sqlite_error(exc, path).message())
        finally:
            cipher.ask_with(None)
        sys.exit(result if isinstance(result, int) else 0)


def ask_passphrase(path: Path, attempt: int) -> str | None:
    """The passphrase of the encrypted file ``path``: from FIELDNOTES_PASSPHRASE (one try),
    else typed on the terminal without echo (three tries), else None."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given if attempt == 0 else None
    if not sys.stdin.isatty():
        return None
    if attempt:
        click.echo("Forkert adgangskode.", err=True)
    return getpass.getpass(f"Adgangskode til {path.name}: ")


@contextlib.contextmanager
def _output(target: str) -> Iterator[TextIO]:
    """Write to stdout for "-", else to a temporary file that replaces ``target`` at the end,
    so a full disk or an error never leaves a half-written file behind."""
    if target == "-":
        yield sys.stdout
        return
    path = Path(target).expanduser()
    if path.is_dir():
        raise StoreError("is_directory", path=path)
    if not path.parent.is_dir():
        raise StoreError("not_writable", path=path, detail="mappen findes ikke")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.group(cls=FieldnotesGroup, invoke_without_command=True)
@click.version_option(
    package_name="fieldnotes", prog_name="fieldnotes", message="%(prog)s %(version)s"
)
@db_option
@click.option("--demo", is_flag=True, help="Åbn demodatabasen (adskilt fra dine egne data).")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, demo: bool) -> None:
    """Fieldnotes: interviewnoter for Task Force om integration.

    Uden underkommando åbnes programmet. Eksempel:

        fieldnotes --db ~/noter.db info
    """
    ctx.obj = db_path or (paths.demo_db() if demo else None)
    if ctx.invoked_subcommand is None:
        from .app import run_gui

        if demo:
            target = db_path or paths.demo_db()
            if not target.exists():
                store = Store.open(target, create=True)
                demo_data.generate(store)
                store.close()
        else:
            target = paths.resolve_db(db_path)
        sys.exit(run_gui(target))


@cli.command()
@db_option
@click.option("--member", "member", help="Dit navn; installationen tilhører dette medlem.")
@click.pass_context
def init(ctx: click.Context, db_path: Path | None, member: str | None) -> None:
    """Opret en ny database (eller sæt medlem på en eksisterende).

    Eksempel: fieldnotes init --member "Anne Holm"
    """
    target = database(ctx, db_path)
    existed = target.exists()
    refuse_if_held(target)
    store = Store.open(target, create=True, member_name=member)
    click.echo(f"{'Databasen findes allerede' if existed else 'Oprettet'}: {target}")
    if store.member_id:
        click.echo(f"Medlem: {store.get('member', store.member_id)['name']}")
    store.close()


@cli.command()
@db_option
@click.option(
    "--visits", type=click.IntRange(1, demo_data.MAX_VISITS), default=40, show_default=True
)
@click.option(
    "--notes", type=click.IntRange(0, demo_data.MAX_NOTES), default=1200, show_default=True
)
@click.option("--seed", type=click.IntRange(0, 2**31), default=1, show_default=True)
@click.pass_context
def demo(ctx: click.Context, db_path: Path | None, visits: int, notes: int, seed: int) -> None:
    """Fyld en ny database med realistiske demodata.

    Uden --db bruges demodatabasen, adskilt fra dine egne data. Eksempel:

        fieldnotes demo --db /tmp/demo.db --notes 50000 --seed 7
    """
    target = given_db(ctx, db_path) or paths.demo_db()
    refuse_if_held(target)
    store = Store.open(target, create=True)
    try:
        counts = demo_data.generate(
            store,
            visits=visits,
            notes=notes,
            seed=seed,
            progress=lambda step: click.echo(f"Opretter {step} …", err=True),
        )
    finally:
        store.close()
    click.echo(f"Demodata i {target}: {counts['visit']} besøg, {counts['note']} noter.")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Skriv som JSON.")
@click.pass_context
def info(ctx: click.Context, db_path: Path | None, as_json: bool) -> None:
    """Vis sti, skemaversion, medlem og antal af hver slags.

    Eksempel: fieldnotes info --json
    """
    with opened(ctx, db_path) as store:
        member = store.get("member", store.member_id) if store.member_id else None
        facts = {
            "path": str(store.path),
            "schema_version": SCHEMA_VERSION,
            "installation_id": store.installation_id,
            "member": {"id": member["id"], "name": member["name"], "initials": member["initials"]}
            if member
            else None,
            "counts": store.counts(),
            "open_conflicts": len(store.conflicts()),
        }
    if as_json:
        click.echo(json.dumps(facts, ensure_ascii=False, indent=2))
        return
    who = f"{member['name']} ({member['initials']})" if member else "(ikke valgt)"
    click.echo(f"Database:      {facts['path']}")
    click.echo(f"Skemaversion:  {SCHEMA_VERSION}")
    click.echo(f"Medlem:        {who}")
    click.echo(f"Installation:  {facts['installation_id']}")
    click.echo(f"Åbne konflikter: {facts['open_conflicts']}")
    for name, count in facts["counts"].items():
        click.echo(f"  {ENTITY_LABELS[name]:<22}{count:>9}")


@cli.command()
@db_option
@click.pass_context
def check(ctx: click.Context, db_path: Path | None) -> None:
    """Kontrollér databasens integritet og sammenhæng; afslut med 1 ved fejl.

    Eksempel: fieldnotes check --db master.db
    """
    try:
        store = open_store(database(ctx, db_path))
    except StoreError as exc:
        if exc.code != "damaged":
            raise
        click.echo(exc.message())
        sys.exit(1)
    found = 0
    from .core import backups
    from .core import check as checks

    for problem in [*checks.problems(store), *backups.problems(store.path)]:
        found += 1
        click.echo(problem)
    store.close()
    if found:
        click.echo(f"{found} problem(er) fundet.", err=True)
        sys.exit(1)
    click.echo("Databasen er i orden.")


@cli.group()
def export() -> None:
    """Eksportér data (json)."""


@export.command("json")
@db_option
@click.option("--out", "out", required=True, help="Fil, eller - for standard output.")
@click.option("--include-deleted", is_flag=True, help="Tag også slettede rækker med.")
@click.pass_context
def export_json(ctx: click.Context, db_path: Path | None, out: str, include_deleted: bool) -> None:
    """Alle data som JSON i fast, dokumenteret rækkefølge (docs/data-model.md).

    Samme indhold giver byte-identisk fil. Eksempel:

        fieldnotes export json --out alt.json
    """
    with opened(ctx, db_path) as store:
        with _output(out) as fh:
            write_json(store, fh, include_deleted=include_deleted)
        store.audit("export_json", "standard output" if out == "-" else Path(out).name)


@cli.command()
@db_option
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Pakkefilen, fx anne.fieldnotes.",
)
@click.option("--changes-only", is_flag=True, help="Kun det, der er nyt siden forrige pakke.")
@click.pass_context
def package(ctx: click.Context, db_path: Path | None, out: Path, changes_only: bool) -> None:
    """Lav en pakke til sekretariatet (eller fra masteren tilbage til medlemmerne).

    Eksempel: fieldnotes package --out anne-2013-03-01.fieldnotes
    """
    from .merge.package import write_package

    if out.is_dir():
        raise StoreError("is_directory", path=out)
    if not out.parent.expanduser().is_dir():
        raise StoreError("not_writable", path=out, detail="mappen findes ikke")
    with opened(ctx, db_path, write=True) as store:
        manifest = write_package(store, out, only_changes=changes_only)
    click.echo(
        f"Pakke skrevet: {out} ({manifest.revisions} ændringer, SHA-256 {manifest.sha256[:12]}…)"
    )


@cli.command()
@db_option
@click.option("--dry-run", is_flag=True, help="Vis hvad der ville ske, uden at ændre noget.")
@click.argument("packages", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.pass_context
def merge(
    ctx: click.Context, db_path: Path | None, dry_run: bool, packages: tuple[Path, ...]
) -> None:
    """Flet medlemmernes pakker ind i masteren.

    Eksempel: fieldnotes merge --db master.db anne.fieldnotes bo.fieldnotes
    """
    from .merge.backup import back_up
    from .merge.engine import merge_package

    with opened(ctx, db_path, write=not dry_run) as store:
        if not dry_run:
            backup = back_up(store, paths.backup_dir(), tuple(p.name for p in packages))
            click.echo(f"Sikkerhedskopi før fletning: {backup.path}")
        for path in packages:
            result = merge_package(store, path, dry_run=dry_run)
            click.echo(_merge_summary(result, dry_run))


@cli.command("undo-merge")
@db_option
@click.option("--yes", is_flag=True, help="Spørg ikke om bekræftelse.")
@click.pass_context
def undo_merge(ctx: click.Context, db_path: Path | None, yes: bool) -> None:
    """Fortryd den seneste fletning ved at gendanne kopien fra før den.

    Den nuværende tilstand gemmes først til side. Eksempel: fieldnotes undo-merge --db master.db
    """
    from .merge.backup import last_backup, restore

    target = database(ctx, db_path)
    refuse_if_held(target)
    Store.open(target).close()  # a Fieldnotes database that can be opened
    backup = last_backup(target, paths.backup_dir())
    if backup and not yes:
        click.confirm(
            f"Gendan {target.name} som før fletningen {backup.made_at}?", abort=True, err=True
        )
    aside = restore(target, paths.backup_dir())
    click.echo(f"Fletningen er fortrudt. Tilstanden før fortrydelsen er gemt i {aside}.")


@cli.command()
@db_option
@click.argument("entity")
@click.argument("row_id")
@click.argument("field")
@click.option("--keep", "keep", help="Id på den ændring, hvis værdi skal gælde.")
@click.option("--value", "value", help="En ny, samlet tekst.")
@click.pass_context
def resolve(
    ctx: click.Context,
    db_path: Path | None,
    entity: str,
    row_id: str,
    field: str,
    keep: str | None,
    value: str | None,
) -> None:
    """Afgør en konflikt: behold én side (--keep) eller skriv en samlet tekst (--value).

    Se konflikterne med »fieldnotes conflicts«. Eksempel:

        fieldnotes resolve --db master.db visit 3f2b… title --value "Besøg i Ærø Kommune"
    """
    if (keep is None) == (value is None):
        raise click.UsageError("angiv enten --keep eller --value")
    with opened(ctx, db_path, write=True) as store:
        conflict = next(
            (
                c
                for c in store.conflicts()
                if (c.entity, c.row_id, c.field) == (entity, row_id, field)
            ),
            None,
        )
        if conflict is None:
            raise click.BadParameter(f"ingen åben konflikt om {entity} {row_id} {field}")
        options = store.conflict_values(conflict)
        if keep is not None and keep not in options:
            raise click.BadParameter(f"{keep} er ikke en af {', '.join(options)}")
        chosen: object = options[keep] if keep is not None else value
        if field == "deleted" and value is not None:
            chosen = value.lower() in ("ja", "yes", "true", "1")
        store.resolve(conflict, chosen)
        click.echo("Konflikten er afgjort.")


def _merge_summary(result: Any, dry_run: bool) -> str:
    who = result.manifest.member_name or result.manifest.installation_id
    head = f"{result.path.name} ({who})"
    if result.already_merged:
        return f"{head}: allerede flettet – intet ændret."
    verb = "ville tilføje" if dry_run else "tilføjede"
    lines = [f"{head}: {verb} {result.revisions_added} ændringer"]
    for name, s in result.entities.items():
        lines.append(
            f"  {ENTITY_LABELS[name]:<22} nye {s.new:>6}  ændrede {s.changed:>6}"
            f"  slettede {s.deleted:>5}  konflikter {s.conflicts:>4}"
        )
    return "\n".join(lines)


@cli.command()
@db_option
@click.pass_context
def conflicts(ctx: click.Context, db_path: Path | None) -> None:
    """Vis åbne konflikter efter fletning.

    Eksempel: fieldnotes conflicts --db master.db
    """
    with opened(ctx, db_path) as store:
        found = store.conflicts()
        for c in found:
            click.echo(f"{ENTITY_LABELS[c.entity]} ({c.kind}): {c.entity} {c.row_id} {c.field}")
            for revision, value in store.conflict_values(c).items():
                shown = str(value).replace("\n", " ")[:70]
                mark = "vinder" if revision == c.winner else "      "
                click.echo(f"  {mark} {revision}: {shown}")
        click.echo(f"{len(found)} åbne konflikter.")


@cli.command()
@db_option
@click.argument("person_id")
@click.option("--redact-mentions", is_flag=True, help="Erstat navnet i noternes tekst.")
@click.option("--yes", is_flag=True, help="Spørg ikke om bekræftelse.")
@click.pass_context
def erase(
    ctx: click.Context, db_path: Path | None, person_id: str, redact_mentions: bool, yes: bool
) -> None:
    """Slet en person til glemsel; personen kommer ikke tilbage ved nogen fletning.

    Eksempel: fieldnotes erase --db master.db 3f2b… --redact-mentions
    """
    from .core.erasure import erase_everywhere, mentions

    with opened(ctx, db_path, write=True) as store:
        person = store.get("person", person_id)
        if person is None or person["origin"] == "erased":
            raise StoreError("not_found", entity="Person", id=person_id)
        found = mentions(store, person["name"])
        if not yes:
            click.confirm(
                f"Slet {person['name']} til glemsel? Det kan ikke fortrydes.", abort=True, err=True
            )
        erase_everywhere(store, person_id, redact_mentions=redact_mentions)
        click.echo(f"Slettet til glemsel: {person_id}.")
        verb = "Navnet er erstattet i" if redact_mentions else "Navnet står stadig i"
        click.echo(f"{verb} {len(found)} noter.")
        for mention in found if not redact_mentions else []:
            click.echo(f"  {mention.note_id}: …{mention.excerpt}…")


@cli.command()
@db_option
@click.argument("visit_id")
@click.option(
    "--status",
    type=click.Choice(["reviewed", "needs_followup", "none"]),
    required=True,
    help="reviewed: gennemgået; needs_followup: medlemmet skal følge op; none: nulstil.",
)
@click.option("--note", default=None, help="Besked til medlemmet.")
@click.pass_context
def review(
    ctx: click.Context, db_path: Path | None, visit_id: str, status: str, note: str | None
) -> None:
    """Markér et besøgs materiale som gennemgået eller til opfølgning hos medlemmet.

    Markeringen følger med næste pakke fra masteren. Eksempel:

        fieldnotes review --db master.db 3f2b… --status needs_followup --note "Mangler tal"
    """
    with opened(ctx, db_path, write=True) as store:
        visit = store.get("visit", visit_id)
        if visit is None or visit["deleted"]:
            raise StoreError("not_found", entity="Besøg", id=visit_id)
        changes: dict[str, object] = {"review": None if status == "none" else status}
        if note is not None:
            changes["review_note"] = note or None
        store.update("visit", visit_id, **changes)
        click.echo(f"{visit['title']}: {CHOICE_LABELS.get(status, 'ingen markering')}.")


@cli.command("audit")
@db_option
@click.pass_context
def audit_log(ctx: click.Context, db_path: Path | None) -> None:
    """Vis hvem der har eksporteret eller slettet personoplysninger til glemsel, og hvornår.

    Eksempel: fieldnotes audit --db master.db
    """
    with opened(ctx, db_path) as store:
        entries = store.audit_log()
        for entry in entries:
            who = entry["member"] or "(ukendt)"
            click.echo(
                f"{entry['at']}  {who:<24} {AUDIT_WORDS[entry['action']]}: {entry['detail']}"
            )
        click.echo(f"{len(entries)} registreringer.")


AUDIT_WORDS = {
    "export_json": "JSON-eksport",
    "export_docx": "Word-eksport",
    "package": "Pakke til sekretariatet",
    "erase": "Sletning til glemsel",
    "redact": "Navn overstreget i note",
}


@cli.command("merge-log")
@db_option
@click.option("--item", metavar="ID", help="Kun de fletninger, der bragte dette element.")
@click.pass_context
def merge_log(ctx: click.Context, db_path: Path | None, item: str | None) -> None:
    """Vis hvilke pakker der er flettet ind, hvornår, og hvad de bragte.

    Eksempel: fieldnotes merge-log --db master.db
    """
    with opened(ctx, db_path) as store:
        entries = store.merge_log()
        if item:
            kinds = [name for name in ENTITY_LABELS if store.get(name, item)]
            wanted = {p["id"] for kind in kinds for p in store.provenance(kind, item)}
            entries = [e for e in entries if e["id"] in wanted]
        for entry in reversed(entries):
            who = entry["manifest"].get("member_name") or entry["manifest"]["installation_id"]
            counts = ", ".join(
                f"{ENTITY_LABELS[name].lower()}: {s['new']} nye, {s['changed']} ændrede"
                for name, s in entry["summary"].items()
                if name != "link"
            )
            click.echo(f"{entry['merged_at']}  {entry['file_name']}  ({who})  {counts}")
        click.echo(f"{len(entries)} fletninger.")


@cli.command()
@db_option
@click.option("--combine", nargs=2, metavar="BEHOLD DUBLET", help="Slå to rækker sammen.")
@click.pass_context
def duplicates(ctx: click.Context, db_path: Path | None, combine: tuple[str, str] | None) -> None:
    """Vis sandsynlige dubletter efter fletning, eller slå to sammen.

    Eksempel: fieldnotes duplicates --db master.db --combine ID-DER-BEHOLDES ID-DER-FJERNES
    """
    from .merge.duplicates import combine as combine_rows
    from .merge.duplicates import find_duplicates

    with opened(ctx, db_path, write=combine is not None) as store:
        if combine:
            keep, other = combine
            entity = next(
                (d.entity for d in find_duplicates(store) if {keep, other} <= set(d.ids)), None
            )
            if entity is None:
                raise click.BadParameter(f"{keep} og {other} er ikke foreslået som dubletter")
            moved = combine_rows(store, entity, keep, other)
            click.echo(f"Slået sammen: {other} → {keep} ({moved} henvisninger flyttet).")
            return
        found = find_duplicates(store)
        for group in found:
            click.echo(f"{ENTITY_LABELS[group.entity]} ({group.reason}): {' '.join(group.ids)}")
        click.echo(f"{len(found)} mulige dubletter.")


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} er ikke BREDDExHØJDE, fx 1366x768") from exc
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise click.BadParameter(f"{value} ligger uden for 320x240–7680x4320")
    return width, height


@cli.command()
@db_option
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--view", default="visits", show_default=True, type=click.Choice(SCREENSHOT_VIEWS))
@click.option("--lang", type=click.Choice(["da", "en"]), default="da", show_default=True)
@click.option("--size", default="1366x768", show_default=True, help="BREDDExHØJDE i pixel.")
@click.pass_context
def screenshot(
    ctx: click.Context, db_path: Path | None, out: Path, view: str, lang: str, size: str
) -> None:
    """Tegn en visning som PNG uden skærm (til vejledningen og README).

    Eksempel: fieldnotes --demo screenshot --view visit --out besøg.png
    """
    from .ui.screenshot import render

    if not out.parent.expanduser().is_dir():
        raise StoreError("not_writable", path=out, detail="mappen findes ikke")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = database(ctx, db_path)
    if not target.exists():
        raise StoreError("no_database", path=target)
    render(target, out, view, lang, _size(size))
    click.echo(f"Skærmbillede gemt: {out}")


register_all(cli)


def main() -> None:
    """Console-script entry point."""
    cli.main()
