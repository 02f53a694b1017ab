#!/bin/sh
# Install Fieldnotes from this unpacked tarball.
#
#   sudo ./install.sh            for everyone: /opt/fieldnotes, /usr/local/bin, /usr/local/share
#   ./install.sh --user          for you only: ~/.local/opt/fieldnotes, ~/.local/bin, ~/.local/share
#   ./install.sh --uninstall [--user]
#
# Needs no Python. The desktop's menu shows Fieldnotes under Office after the next log-in (or
# at once on most desktops).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
app_id=dk.integrationstaskforce.Fieldnotes
user=no
uninstall=no
for arg in "$@"; do
    case "$arg" in
        --user) user=yes ;;
        --uninstall) uninstall=yes ;;
        *) echo "usage: $0 [--user] [--uninstall]" >&2; exit 2 ;;
    esac
done
if [ "$user" = yes ]; then
    lib="$HOME/.local/opt/fieldnotes" bin="$HOME/.local/bin" share="$HOME/.local/share"
else
    lib=/opt/fieldnotes bin=/usr/local/bin share=/usr/local/share
fi

rm -rf "$lib"
rm -f "$bin/fieldnotes" "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml"
find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
if [ "$uninstall" = yes ]; then
    echo "Fieldnotes is uninstalled (your notes in ~/.local/share/Fieldnotes are kept)."
    exit 0
fi

mkdir -p "$lib" "$bin" "$share/applications" "$share/metainfo"
cp -R "$here/fieldnotes-bundle/." "$lib/"
ln -s "$lib/fieldnotes" "$bin/fieldnotes"
sed "s|^Exec=fieldnotes|Exec=$lib/fieldnotes|" "$here/share/applications/$app_id.desktop" \
    >"$share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
cp -R "$here/share/icons" "$share/"
command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
echo "Fieldnotes is installed: $bin/fieldnotes (and in the desktop menu under Office)."
