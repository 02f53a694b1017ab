"""The user guides stay true: every ``fieldnotes …`` command in their code blocks exists, with
the options it is written with, and every screenshot they show exists and can be regenerated."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from fieldnotes.cli import cli

DOCS = Path(__file__).resolve().parents[1] / "docs"
GUIDES = {"da": DOCS / "brugervejledning.md", "en": DOCS / "user-guide.md"}
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
PROGRAM = re.compile(r"^(?:.*/)?fieldnotes(?:\.exe)?$")


def command_lines(text: str) -> list[str]:
    """Lines of the code blocks that run ``fieldnotes`` (continuations joined, comments cut)."""
    lines = []
    for block in FENCE.findall(text):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.strip().removeprefix("$ ")
            if not line or line.startswith("#"):
                continue
            words = shlex.split(line, comments=True)
            # Skip environment assignments such as QT_QPA_PLATFORM=offscreen.
            while words and re.match(r"^[A-Z_]+=", words[0]):
                words.pop(0)
            if words and PROGRAM.match(words[0]):
                lines.append(shlex.join(words))
    return lines


def resolve(words: list[str]) -> tuple[str, ...]:
    """The subcommand path of ``fieldnotes WORDS…``; fails on an unknown command or option."""
    command: click.Command = cli
    path: list[str] = []
    rest = list(words)
    while rest:
        word = rest.pop(0)
        if word in ("--help", "-h"):
            break
        if word.startswith("-"):
            name = word.split("=", 1)[0]
            option = next((p for p in command.params if name in p.opts + p.secondary_opts), None)
            assert option is not None, f"»fieldnotes {' '.join(path)}« has no option {name}"
            if isinstance(option, click.Option) and not option.is_flag and "=" not in word:
                del rest[: option.nargs]
            continue
        if not isinstance(command, click.Group):
            break  # an argument of a leaf command
        sub = command.commands.get(word)
        assert sub is not None, f"»fieldnotes {' '.join([*path, word])}« is not a command"
        command = sub
        path.append(word)
    return tuple(path)


def guide(lang: str) -> str:
    return GUIDES[lang].read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_command_in_the_guide_exists(lang: str) -> None:
    lines = command_lines(guide(lang))
    assert len(lines) >= 15, "the guide's code blocks should show the commands it explains"
    for line in lines:
        resolve(shlex.split(line)[1:])


@pytest.mark.parametrize("lang", sorted(GUIDES))
def test_every_screenshot_in_the_guide_exists_and_is_made_by_the_script(lang: str) -> None:
    images = IMAGE.findall(guide(lang))
    assert images, "the guide shows no screenshots"
    views = next(p for p in cli.commands["screenshot"].params if p.name == "view")
    script = (DOCS / "make_screenshots.sh").read_text(encoding="utf-8")
    for image in images:
        path = (DOCS / image).resolve()
        assert path.is_file(), f"{image} is missing; run docs/make_screenshots.sh"
        assert path.parent.name == lang, f"{image}: the {lang} guide should show {lang} screens"
        assert path.stem in views.type.choices, f"{image} is not a view of fieldnotes screenshot"
        assert path.stem in script, f"docs/make_screenshots.sh does not make {image}"


def test_both_guides_show_the_same_commands_and_screens() -> None:
    def commands(lang: str) -> set[tuple[str, ...]]:
        return {resolve(shlex.split(line)[1:]) for line in command_lines(guide(lang))}

    def screens(lang: str) -> set[str]:
        return {Path(image).name for image in IMAGE.findall(guide(lang))}

    assert commands("da") == commands("en")
    assert screens("da") == screens("en")


def test_the_checker_notices_a_missing_command_or_option() -> None:
    text = "```sh\nfieldnotes --db m.db merge a.fieldnotes\nfieldnotes frobnicate\n```\n"
    first, second = command_lines(text)
    assert resolve(shlex.split(first)[1:]) == ("merge",)
    with pytest.raises(AssertionError, match="frobnicate"):
        resolve(shlex.split(second)[1:])
    with pytest.raises(AssertionError, match="--colour"):
        resolve(["export", "json", "--colour", "red"])
    assert resolve(["export", "docx", "--kind", "theme", "--theme", "1a"]) == ("export", "docx")
