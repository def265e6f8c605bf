#!/usr/bin/env bash
# Install an unpacked OmniPOS bundle on Linux: the till (omnipos-VERSION) or the hub
# (omnipos-hub-VERSION), whichever folder this script sits in (as linux/install.sh).
#
#   sudo ./linux/install.sh                 # into /opt, with the menu entry, udev rules or service
#   ./linux/install.sh --prefix /tmp/try    # the same files under /tmp/try, nothing else touched
#
# The till: /opt/omnipos, /usr/local/bin/omnipos, a menu entry and its icon, and the udev rules
# that let the till's user reach receipt printers and serial scanners.
# The hub: /opt/omnipos-hub, /usr/local/bin/omnipos-hub, the systemd unit omnipos-hub.service,
# its settings in /etc/default/omnipos-hub (written once, never overwritten) and a system user.
# Installing again replaces the program and keeps every setting and database.
set -euo pipefail
bundle=$(cd "$(dirname "$0")/.." && pwd)
prefix=""
usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "install.sh: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix=${2%/}; shift 2;;
    --prefix=*) prefix=${1#--prefix=}; prefix=${prefix%/}; shift;;
    -h|--help) usage; exit 0;;
    *) die "unknown option $1 (try --help)";;
  esac
done
if [ -x "$bundle/omnipos" ]; then
  name=omnipos
elif [ -x "$bundle/omnipos-hub" ]; then
  name=omnipos-hub
else
  die "$bundle holds neither omnipos nor omnipos-hub: run the install.sh of an unpacked bundle"
fi
live=$([ -z "$prefix" ] && echo yes || echo no)  # installing for real: tell the system
[ "$live" = no ] || [ "$(id -u)" = 0 ] || die "run it as root (sudo), or try it with --prefix DIR"

# The program: copied beside the old one, then swapped in, so a failed copy breaks nothing.
dest="$prefix/opt/$name"
mkdir -p "$prefix/opt"
rm -rf "$dest.new" "$dest.old"
cp -a "$bundle" "$dest.new"
[ -e "$dest" ] && mv "$dest" "$dest.old"
mv "$dest.new" "$dest"
rm -rf "$dest.old"
mkdir -p "$prefix/usr/local/bin"
ln -sfn "/opt/$name/$name" "$prefix/usr/local/bin/$name"
echo "installed $("$dest/$name" --version 2>/dev/null || echo "$name") in $dest"

if [ "$name" = omnipos ]; then
  install -Dm644 "$bundle/linux/omnipos.desktop" "$prefix/usr/share/applications/omnipos.desktop"
  install -Dm644 "$bundle/linux/omnipos.svg" \
    "$prefix/usr/share/icons/hicolor/scalable/apps/omnipos.svg"
  install -Dm644 "$bundle/linux/60-omnipos-devices.rules" \
    "$prefix/etc/udev/rules.d/60-omnipos-devices.rules"
  echo "menu entry, icon and udev rules installed"
  if [ "$live" = yes ]; then
    command -v udevadm >/dev/null && udevadm control --reload && udevadm trigger || true
    command -v update-desktop-database >/dev/null && update-desktop-database -q || true
    command -v gtk-update-icon-cache >/dev/null \
      && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
  fi
  cat <<'NEXT'
Next: unplug and replug the printer and scanner; on a till without a desktop session also run
  sudo usermod -aG lp,dialout <till user>
Then start OmniPOS from the menu (or run: omnipos). The first start asks for a hub or a store.
NEXT
else
  install -Dm644 "$bundle/linux/omnipos-hub.service" \
    "$prefix/etc/systemd/system/omnipos-hub.service"
  defaults="$prefix/etc/default/omnipos-hub"
  if [ ! -e "$defaults" ]; then
    mkdir -p "$(dirname "$defaults")"
    cat >"$defaults" <<'DEFAULTS'
# Settings of omnipos-hub.service (read at each start: sudo systemctl restart omnipos-hub).
# The database: SQLite for one store, PostgreSQL for a chain.
#OMNIPOS_HUB_DB=postgresql+psycopg://omnipos:PASSWORD@localhost/omnipos
# Where tills reach it (put a TLS proxy in front when tills connect over a network).
#OMNIPOS_HUB_LISTEN=--host 0.0.0.0 --port 8700
# More options of `omnipos-hub serve`, e.g. --workers 4 --smtp smtp://mail.example:25
#OMNIPOS_HUB_SERVE_OPTIONS=
DEFAULTS
  fi
  echo "systemd unit installed; settings in /etc/default/omnipos-hub"
  if [ "$live" = yes ]; then
    getent passwd omnipos-hub >/dev/null || useradd --system --home-dir /var/lib/omnipos-hub \
      --shell /usr/sbin/nologin --user-group omnipos-hub
    command -v systemctl >/dev/null && systemctl daemon-reload || true
  fi
  cat <<'NEXT'
Next: sudo systemctl enable --now omnipos-hub
Then add a store and an enrollment code for each till (see README, "Install a hub"):
  sudo -u omnipos-hub OMNIPOS_HUB_DB=sqlite:////var/lib/omnipos-hub/hub.sqlite3 omnipos-hub store add ...
NEXT
fi
