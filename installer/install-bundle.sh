#!/usr/bin/env bash
# Installs the unpacked bundle (this folder) for the current user on a Linux till, no
# Python needed: the files under ~/.local/share/pos-app, `pos-app` on PATH, a menu entry,
# then the bundle's self-test. Re-running upgrades in place.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${POS_APP_PREFIX:-$HOME/.local/share/pos-app}"
mkdir -p "$dest" "$HOME/.local/bin" "$HOME/.local/share/applications" \
  "$HOME/.local/share/icons"
if [ "$here" != "$dest" ]; then
  rm -rf "$dest.new" && cp -a "$here" "$dest.new" && rm -rf "$dest" && mv "$dest.new" "$dest"
fi
ln -sf "$dest/pos-app" "$HOME/.local/bin/pos-app"
sed "s|^Exec=.*|Exec=$dest/pos-app run|" "$dest/pos-app.desktop" \
  > "$HOME/.local/share/applications/pos-app.desktop"
install -m 0644 "$dest/pos-app.svg" "$HOME/.local/share/icons/pos-app.svg"
QT_QPA_PLATFORM=offscreen "$dest/pos-app" --self-test
echo "Installed in $dest. Start it from the menu or run: pos-app run"
