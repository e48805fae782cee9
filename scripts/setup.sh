#!/usr/bin/env bash
# Installs what the product and its tests need on a fresh Debian machine: Debian's Chromium
# and Firefox ESR (the browser tests drive them; no browser is downloaded) and the npm
# packages. Another install running at the same time (unattended upgrades, a second
# setup) is waited for, not failed on.
set -euo pipefail
cd "$(dirname "$0")/.."

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "Injunction Lens needs Node 20 or later (found $(node --version))." >&2
  exit 1
fi

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
# apt waits up to 10 minutes for dpkg's lock; the lists lock of `apt-get update` is not
# covered by that option, so update is retried while another apt holds it.
APT=(-o DPkg::Lock::Timeout=600 -qq)
apt_retry() {
  for i in $(seq 1 60); do
    if $SUDO env DEBIAN_FRONTEND=noninteractive apt-get "${APT[@]}" "$@"; then return 0; fi
    echo "apt-get $1: another package manager holds the lock; waiting ($i/60)" >&2
    sleep 10
  done
  return 1
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} (apt-get)..."
  apt_retry update
  apt_retry install -y "${missing[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
