#!/usr/bin/env bash
# What the keyboard test on a real X server needs (tests/ui/shell/test_no_window_manager.py):
# Xvfb, xdotool and the libraries of Qt's xcb platform. Without them that test skips and
# says why; with apt-get (CI, a developer's Debian or Ubuntu) they are installed here.
set -uo pipefail
packages=(xvfb xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1
          libxkbcommon-x11-0 libx11-xcb1 libxrender1 libfontconfig1 libegl1 libgl1)
command -v dpkg >/dev/null || { echo "gui-test-deps: no dpkg here; the X test will skip" >&2; exit 0; }
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null || [ "$(id -u)" -ne 0 ]; then
  echo "gui-test-deps: missing ${missing[*]} (install them as root); the X test will skip" >&2
  exit 0
fi
apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null \
  || echo "gui-test-deps: could not install ${missing[*]}; the X test will skip" >&2
exit 0
