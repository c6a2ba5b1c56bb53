#!/usr/bin/env bash
# Installs what a reading-point terminal needs on Debian, Ubuntu, UOS or Kylin: Chromium, Chinese fonts, a Mandarin voice for read-aloud, printing, and python3 for the launcher's local server.
#
# Usage: scripts/kiosk/install-terminal-packages.sh [--dry-run]
#   --dry-run   print the apt-get command instead of running it
#
# Chromium's package name differs: Debian (and UOS, Kylin when their sources carry it) call it `chromium`; some
# repositories only have `chromium-browser`. On Ubuntu both are small debs that install the snap: that works (the
# launcher puts the profile where the snap may write), and `sudo snap refresh --hold chromium` keeps the snap from
# updating itself under a resident. Where no source has Chromium, install it from the vendor's store and point the
# launcher at it with CHROMIUM=/path/to/chromium.
set -euo pipefail

dry_run=0
case ${1:-} in
  --dry-run) dry_run=1 ;;
  '') ;;
  *) echo "usage: $0 [--dry-run]" >&2; exit 2 ;;
esac

sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)

# The first of the names that the configured sources can install. LC_ALL=C: apt-cache's words are translated otherwise.
installable() {
  local name policy
  for name in "$@"; do
    # Read whole, then matched: `apt-cache | grep -q` fails under pipefail when grep stops reading early.
    policy=$(LC_ALL=C apt-cache policy "$name" 2>/dev/null || true)
    if [[ $policy =~ Candidate:\ [^\(] ]]; then echo "$name"; return 0; fi
  done
  return 1
}

[ "$dry_run" = 1 ] || "${sudo[@]}" apt-get update -qq

packages=(
  fonts-noto-cjk # Noto Sans/Serif CJK: the interface and documents in Chinese; without it, boxes or a thin fallback
  speech-dispatcher # Chromium's speechSynthesis on Linux goes through it
  espeak-ng # its voice data include Mandarin (cmn), used for read-aloud
  cups # printing; --kiosk-printing prints silently to the CUPS default printer
  cups-client # lpadmin, lpoptions, lpstat: set and check that default printer
  python3 # the launcher's local static server (standard library only)
)
# The speech-dispatcher module that drives espeak-ng is a separate package on Debian and Ubuntu.
if module=$(installable speech-dispatcher-espeak-ng); then packages+=("$module"); fi

if chromium=$(installable chromium chromium-browser); then
  packages=("$chromium" "${packages[@]}")
else
  echo "No Chromium package in the apt sources: install Chromium another way and start the launcher with CHROMIUM=/path/to/chromium." >&2
fi

command=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${packages[@]}")
if [ "$dry_run" = 1 ]; then
  echo "${command[*]}"
  exit 0
fi
"${command[@]}"

voices=$(espeak-ng --voices=zh 2>/dev/null || true)
if [[ ! $voices =~ cmn ]]; then
  echo "warning: espeak-ng has no Mandarin voice (cmn); read-aloud will not speak Chinese. Install espeak-ng-data." >&2
fi
echo "Done. Next: set the default printer (lpadmin -d NAME), then enable the launcher (see README, \"Running a terminal\")."
