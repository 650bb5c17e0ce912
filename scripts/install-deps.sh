#!/usr/bin/env bash
# Installs the Debian 12 packages Assert Desk needs to build, run and test, skipping those
# already present. Needs root (or sudo). Never installs dbus-x11: with it a keychain call under
# Xvfb without a session bus waits forever on an invisible prompt.
set -euo pipefail

packages=(
  cmake ninja-build ccache g++ clang libclang-rt-14-dev pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libcsv-dev
  libphonenumber-dev
  gnome-keyring libsecret-tools dbus
  xvfb xauth x11-utils imagemagick xdotool at-spi2-core python3-pyatspi
  desktop-file-utils appstream sqlite3 curl dpkg-dev file time python3
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
