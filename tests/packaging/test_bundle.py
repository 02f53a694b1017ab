"""The PyInstaller bundle: built by packaging/build.sh, started offscreen without the venv.

The build takes a minute or two and needs PyInstaller (``pip install pyinstaller``); without
it the slow tests are skipped. The quick checks of the desktop files always run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from fieldnotes import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "dk.integrationstaskforce.Fieldnotes"
UNUSED_QT = ("QtQml", "QtQuick", "QtWebEngine", "Qt3D", "QtMultimedia", "QtNetwork", "QtPdf")

needs_pyinstaller = pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None,
    reason="PyInstaller is not installed (pip install pyinstaller) - the bundle cannot be built",
)
needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="build.sh needs bash")


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once for the module, into a temporary dist folder."""
    out = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("build")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "FIELDNOTES_DIST": str(out),
        "FIELDNOTES_BUILD": str(work),
    }
    done = subprocess.run(
        ["bash", str(PACKAGING / "build.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return out


def bundled(
    dist: Path, *args: str, home: Path, extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the bundle with no Python and no venv on PATH, offscreen, in a private home."""
    exe = dist / "fieldnotes-bundle" / ("fieldnotes.exe" if os.name == "nt" else "fieldnotes")
    env = {
        "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ["PATH"],
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        **(extra or {}),
    }
    return subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.mark.slow
@needs_pyinstaller
@needs_bash
def test_the_bundle_runs_info_and_screenshot_offscreen(dist: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    version = bundled(dist, "--version", home=tmp_path)
    assert version.stdout.strip() == f"fieldnotes {__version__}"
    assert bundled(dist, "demo", "--db", db, "--notes", "60", home=tmp_path).returncode == 0
    info = bundled(dist, "--db", db, "info", "--json", home=tmp_path)
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["counts"]["note"] == 60
    for lang in ("da", "en"):
        png = tmp_path / f"visit-{lang}.png"
        shot = bundled(
            dist, "--db", db, "screenshot", "--view", "visit", "--lang", lang, "--out", str(png),
            home=tmp_path,
        )  # fmt: skip
        assert shot.returncode == 0, shot.stderr
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 20_000


@pytest.mark.slow
@needs_pyinstaller
@needs_bash
def test_the_bundle_runs_every_kind_of_command(dist: Path, tmp_path: Path) -> None:
    def ok(*args: str) -> str:
        done = bundled(dist, *args, home=tmp_path)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        return done.stdout

    member, master = str(tmp_path / "anne.db"), str(tmp_path / "master.db")
    package = str(tmp_path / "anne.fieldnotes")
    ok("demo", "--db", member, "--notes", "40")
    visits = json.loads(ok("search", "--db", member, "Besøg", "--kind", "visit", "--json"))
    into = ("import", "--db", member, "--visit", visits["hits"][0]["id"])
    notes = tmp_path / "referat.md"
    notes.write_text("# Mødet på Ærø\n\nMentorordningen får folk i job.\n", encoding="utf-8")
    assert "Importeret 2 noter" in ok(*into, str(notes))  # the heading fits no guide section
    damaged = tmp_path / "referat.docx"  # python-docx's XML parser (lxml) is in the bundle
    with zipfile.ZipFile(damaged, "w") as package_file:
        package_file.writestr("[Content_Types].xml", "<ikke xml")
    refused = bundled(dist, *into, str(damaged), home=tmp_path)
    assert refused.returncode == 2 and "kan ikke læses som Word-fil" in refused.stderr
    ok("package", "--db", member, "--out", package)
    ok("init", "--db", master, "--member", "Sekretariatet")
    assert "tilføjede" in ok("merge", "--db", master, package)
    assert "allerede flettet" in ok("merge", "--db", master, package)
    ok("check", "--db", master)
    ok("conflicts", "--db", master)
    ok("search", "--db", master, "kommune")
    for kind in ("ideas", "report"):  # python-docx reads its own templates from the bundle
        out = tmp_path / f"{kind}.docx"
        ok("export", "docx", "--db", master, "--kind", kind, "--redact", "--out", str(out))
        assert out.stat().st_size > 5_000
    bad = bundled(dist, "--db", str(tmp_path / "missing.db"), "info", home=tmp_path)
    assert bad.returncode == 2 and bad.stderr.startswith("fieldnotes: ")
    secret = {"FIELDNOTES_PASSPHRASE": "tre blå elefanter"}  # SQLCipher is in the bundle
    assert bundled(dist, "encrypt", "--db", master, home=tmp_path, extra=secret).returncode == 0
    found = bundled(dist, "search", "--db", master, "kommune", home=tmp_path, extra=secret)
    assert found.returncode == 0, found.stderr
    refused = bundled(dist, "search", "--db", master, "kommune", home=tmp_path)
    assert refused.returncode == 2 and "krypteret" in refused.stderr


@pytest.mark.slow
@needs_pyinstaller
@needs_bash
def test_the_bundle_holds_translations_resources_and_no_unused_qt(dist: Path) -> None:
    inside = dist / "fieldnotes-bundle" / "_internal"
    names = [p.relative_to(inside).as_posix() for p in inside.rglob("*")]
    for lang in ("da", "en"):
        assert f"resources/translations/fieldnotes_{lang}.qm" in names
        assert any(n.endswith(f"translations/qtbase_{lang}.qm") for n in names)
    for shipped in ("resources/municipalities.csv", "resources/themes.json"):
        assert shipped in names
    assert "resources/templates/fieldnotes.docx" in names
    assert "docs/user-guide.md" in names and "docs/brugervejledning.md" in names
    unused = [n for n in names if any(qt in n for qt in UNUSED_QT)]
    assert not unused, f"Qt modules the app does not use: {unused[:5]}"
    if sys.platform.startswith("linux"):
        tarball = next(dist.glob(f"fieldnotes-{__version__}-linux-*.tar.gz"))
        with tarfile.open(tarball) as tar:
            members = tar.getnames()
        top = members[0].split("/")[0]
        for part in (
            "install.sh",
            "fieldnotes-bundle/fieldnotes",
            f"share/applications/{APP_ID}.desktop",
            f"share/metainfo/{APP_ID}.metainfo.xml",
            f"share/icons/hicolor/256x256/apps/{APP_ID}.png",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        ):
            assert f"{top}/{part}" in members


def test_the_desktop_files_name_the_same_app_and_icon() -> None:
    desktop = (PACKAGING / "linux" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in desktop and "Exec=fieldnotes\n" in desktop
    meta = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml.in").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    shots = [i.text or "" for i in meta.iter("image")]
    assert shots, "AppStream needs a screenshot"
    for url in shots:
        assert (ROOT / url.split("@SCREENSHOT_URL@/", 1)[1]).is_file()
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[16:24] == size.to_bytes(4, "big") * 2, png
    assert (PACKAGING / "windows" / "fieldnotes.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (PACKAGING / "macos" / "fieldnotes.icns").read_bytes()[:4] == b"icns"
