#!/usr/bin/env bash
# Installs pos_app for the current user on a Linux store terminal: a private venv,
# the `pos-app` command on PATH, and a desktop entry. Re-running upgrades in place.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
prefix="${POS_APP_PREFIX:-$HOME/.local/share/pos_app-runtime}"
python3 -m venv "$prefix"
"$prefix/bin/pip" install --quiet --upgrade pip
"$prefix/bin/pip" install --quiet "$here"
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons"
ln -sf "$prefix/bin/pos-app" "$HOME/.local/bin/pos-app"
install -m 0644 "$here/installer/pos-app.desktop" "$HOME/.local/share/applications/"
install -m 0644 "$here/resources/pos-app.svg" "$HOME/.local/share/icons/pos-app.svg"
echo "Installed. Start it from the menu or run: pos-app run"
