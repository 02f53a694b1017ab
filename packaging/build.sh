#!/usr/bin/env bash
# Build Fieldnotes as a one-folder app for the platform this runs on (Linux, macOS, or Windows
# in Git Bash), from a fresh clone, with one command:
#
#   packaging/build.sh
#
# 1. makes build/venv with Fieldnotes and PyInstaller installed (or uses PYTHON=/path/to/python
#    of an environment that already has both, e.g. PYTHON=.venv/bin/python),
# 2. renders the icons from packaging/icons/fieldnotes.svg when the SVG changed,
# 3. runs PyInstaller with packaging/fieldnotes.spec -> dist/fieldnotes-bundle/,
# 4. starts the bundle offscreen (--version, init, info, screenshot) as a smoke test,
# 5. Linux: validates the .desktop and AppStream files and writes
#    dist/fieldnotes-VERSION-linux-ARCH.tar.gz (bundle, desktop file, icons, metainfo,
#    install.sh). Set FIELDNOTES_SCREENSHOT_URL to where docs/ is published (metainfo),
#    FIELDNOTES_DIST / FIELDNOTES_BUILD to use other folders than dist/ and build/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HERE="$ROOT/packaging"
APP_ID=dk.integrationstaskforce.Fieldnotes
DIST="${FIELDNOTES_DIST:-$ROOT/dist}"      # where the bundle and the tarball go
export FIELDNOTES_BUILD="${FIELDNOTES_BUILD:-$ROOT/build}"  # work folders (read by the spec)
WORK="$FIELDNOTES_BUILD"
BUNDLE="$DIST/fieldnotes-bundle"
SCREENSHOT_URL="${FIELDNOTES_SCREENSHOT_URL:-https://fieldnotes.invalid}"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

case "$(uname -s)" in
    Linux) platform=linux ;;
    Darwin) platform=macos ;;
    MINGW* | MSYS* | CYGWIN*) platform=windows ;;
    *) die "unsupported platform $(uname -s)" ;;
esac

mkdir -p "$WORK" "$DIST"
# Two builds sharing a work folder would delete each other's files: take turns.
if command -v flock >/dev/null; then
    exec 9>"$WORK/.build.lock"
    flock 9
fi

# --- 1. the build environment ------------------------------------------------------------
if [[ -z "${PYTHON:-}" ]]; then
    venv="$ROOT/build/venv"
    PYTHON="$venv/bin/python"
    [[ "$platform" == windows ]] && PYTHON="$venv/Scripts/python.exe"
    if [[ ! -x "$PYTHON" ]]; then
        base="$(command -v python3 || command -v python || true)"
        [[ -n "$base" ]] || die "Python >= 3.11 not found (Debian: sudo apt-get install python3-venv)"
        say "creating build/venv with $("$base" --version 2>&1)"
        "$base" -m venv "$venv" || die "could not create build/venv (Debian: apt-get install python3-venv)"
        "$PYTHON" -m pip install -q --upgrade pip
    fi
    say "installing Fieldnotes and PyInstaller into build/venv"
    "$PYTHON" -m pip install -q "$ROOT" "pyinstaller>=6.10,<7"
fi
"$PYTHON" -c "import PyInstaller, fieldnotes" 2>/dev/null ||
    die "$PYTHON lacks fieldnotes or PyInstaller (pip install pyinstaller)"
VERSION="$("$PYTHON" -c 'from importlib.metadata import version; print(version("fieldnotes"))')"
export QT_QPA_PLATFORM=offscreen

# --- 2. icons ----------------------------------------------------------------------------
png="$HERE/icons/hicolor/512x512/apps/$APP_ID.png"
if [[ ! -f "$png" || "$HERE/icons/fieldnotes.svg" -nt "$png" ]]; then
    say "rendering icons"
    "$PYTHON" "$HERE/icons.py"
fi

# --- 3. the bundle -----------------------------------------------------------------------
say "PyInstaller: fieldnotes $VERSION for $platform (takes a minute)"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" "$HERE/fieldnotes.spec"

# --- 4. smoke test -----------------------------------------------------------------------
exe="$BUNDLE/fieldnotes"
[[ "$platform" == windows ]] && exe="$BUNDLE/fieldnotes.exe"
smoke="$(mktemp -d)"
trap 'rm -rf "$smoke"' EXIT
say "smoke test: $("$exe" --version)"
XDG_DATA_HOME="$smoke" XDG_CONFIG_HOME="$smoke" XDG_CACHE_HOME="$smoke" bash -c '
    set -e
    "$1" --db "$2/smoke.db" init --member "Smoke Test" >/dev/null
    "$1" --db "$2/smoke.db" info >/dev/null
    "$1" --db "$2/smoke.db" screenshot --view visits --out "$2/smoke.png" >/dev/null 2>&1
    test -s "$2/smoke.png"
' smoke "$exe" "$smoke" || die "the bundle does not start (run $exe --db /tmp/x.db info)"
say "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"

# --- 5. Linux: desktop integration and the tarball ---------------------------------------
if [[ "$platform" == linux ]]; then
    arch="$(uname -m)"
    name="fieldnotes-$VERSION-linux-$arch"
    stage="$WORK/tarball/$name"
    rm -rf "$WORK/tarball"
    mkdir -p "$stage/share/applications" "$stage/share/metainfo" "$stage/share/icons"
    cp -R "$BUNDLE" "$stage/"
    cp "$HERE/linux/$APP_ID.desktop" "$stage/share/applications/"
    cp -R "$HERE/icons/hicolor" "$stage/share/icons/"
    sed -e "s|@VERSION@|$VERSION|" -e "s|@DATE@|$(date -u +%Y-%m-%d)|" \
        -e "s|@SCREENSHOT_URL@|$SCREENSHOT_URL|" \
        "$HERE/linux/$APP_ID.metainfo.xml.in" >"$stage/share/metainfo/$APP_ID.metainfo.xml"
    cp "$HERE/linux/install.sh" "$stage/"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$stage/share/applications/$APP_ID.desktop"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net --pedantic "$stage/share/metainfo/$APP_ID.metainfo.xml" ||
            die "AppStream metainfo does not validate"
    fi
    tar -C "$WORK/tarball" -czf "$DIST/$name.tar.gz" "$name"
    say "tarball: $DIST/$name.tar.gz ($(du -h "$DIST/$name.tar.gz" | cut -f1))"
fi
