#!/usr/bin/env bash
# Regenerate every screenshot in the user guides from a fresh demo database.
#
#   docs/make_screenshots.sh                 # with .venv/bin/fieldnotes
#   FIELDNOTES=dist/fieldnotes-bundle/fieldnotes docs/make_screenshots.sh   # with the bundle
#
# Writes docs/screenshots/da/VIEW.png and docs/screenshots/en/VIEW.png (Danish and English GUI)
# with `fieldnotes screenshot`, offscreen, so it needs no display. The demo data are the same
# on every run (fixed seed), so only a changed GUI changes the pictures.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FIELDNOTES="${FIELDNOTES:-$ROOT/.venv/bin/fieldnotes}"
OUT="$ROOT/docs/screenshots"
VIEWS=(visits visit visit_dialog item_dialog notes people methods ideas resources followups hearing
       search matrix coverage conflicts merges duplicates member erase_dialog redact_dialog
       settings passphrase)
SIZE=1366x768

[[ -x "$FIELDNOTES" ]] || { echo "error: $FIELDNOTES not found; run ./dev test first" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Keep the screenshot runs away from the user's own settings and data.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"

db="$work/demo.db"
"$FIELDNOTES" demo --db "$db" --notes 2000 --seed 1 2>/dev/null
for lang in da en; do
    mkdir -p "$OUT/$lang"
    for view in "${VIEWS[@]}"; do
        "$FIELDNOTES" --db "$db" screenshot --view "$view" --lang "$lang" --size "$SIZE" \
            --out "$OUT/$lang/$view.png" 2> >(grep -v propagateSizeHints >&2)
    done
done
echo "screenshots written to $OUT/{da,en}/ (${#VIEWS[@]} views each)"
