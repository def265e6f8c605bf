#!/usr/bin/env bash
# Put beside a built program what installer/linux/install.sh needs (scripts/build-dist runs
# it on each PyInstaller folder; the installer's test runs it on a stand-in folder):
#   stage.sh FOLDER omnipos|omnipos-hub
set -euo pipefail
folder=${1:?usage: stage.sh FOLDER omnipos|omnipos-hub}; kind=${2:?usage: stage.sh FOLDER KIND}
repo=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$folder/linux"
cp "$repo/installer/linux/install.sh" "$folder/linux/"
cp "$repo/README.md" "$folder/"
case "$kind" in
  omnipos) cp "$repo/installer/linux/omnipos.desktop" "$repo/resources/udev/60-omnipos-devices.rules" \
              "$repo/omnipos/resources/icons/omnipos.svg" "$folder/linux/";;
  omnipos-hub) cp "$repo/installer/linux/omnipos-hub.service" "$folder/linux/";;
  *) echo "stage.sh: unknown kind $kind" >&2; exit 2;;
esac
