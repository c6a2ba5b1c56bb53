#!/usr/bin/env bash
# Installs what a reading-point terminal needs on Debian, Ubuntu, UOS or Kylin: Chromium, Chinese fonts, a Mandarin voice for read-aloud, printing, python3 and python3-cups for the launcher's local server, xrandr and xinput to turn a screen mounted on its side, and the kiosk's Chromium policy.
#
# Usage: scripts/kiosk/install-terminal-packages.sh [--dry-run] [--policy-only | --session] [--port N] [--allow ORIGIN]...
#   --dry-run       print the apt-get command and the policy instead of installing them
#   --policy-only   install only the kiosk policy (again, e.g. after changing the port), no packages
#   --session       install only the kiosk's own X session ("Chayue kiosk" at the display manager's login, running
#                   scripts/kiosk/chayue-session of this checkout): no desktop behind the browser
#   --port N        the launcher's CHAYUE_PORT, which the policy lets the browser open (default: $CHAYUE_PORT, else 4180)
#   --allow ORIGIN  another origin the kiosk opens, e.g. the URL given to the launcher instead of the local build
#                   (repeatable; default: $CHAYUE_POLICY_ALLOW, separated by spaces)
#
# The policy (chayue-policy.json, made for the port by kiosk-policy.py) goes to every folder a Chromium-based browser
# reads managed policies from: /etc/chromium/policies/managed (Debian's chromium), /etc/chromium-browser/policies/managed
# (chromium-browser, and the Ubuntu snap), /etc/opt/chrome/policies/managed (Chrome); CHAYUE_POLICY_DIRS (separated by
# ':') replaces them for a 信创 browser that reads its own. It applies to every user of that browser on the machine: it
# blocks all other web pages, so install it on a terminal, never on a desk machine.
#
# Chromium's package name differs: Debian (and UOS, Kylin when their sources carry it) call it `chromium`; some
# repositories only have `chromium-browser`. On Ubuntu both are small debs that install the snap: that works (the
# launcher puts the profile where the snap may write), and `sudo snap refresh --hold chromium` keeps the snap from
# updating itself under a resident. Where no source has Chromium, install it from the vendor's store and point the
# launcher at it with CHROMIUM=/path/to/chromium.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dry_run=0
policy_only=0
session_only=0
port=${CHAYUE_PORT:-4180}
allow=()
read -r -a allow <<<"${CHAYUE_POLICY_ALLOW:-}"
usage() { echo "usage: $0 [--dry-run] [--policy-only | --session] [--port N] [--allow ORIGIN]..." >&2; exit 2; }
while (($#)); do
  case $1 in
    --dry-run) dry_run=1 ;;
    --policy-only) policy_only=1 ;;
    --session) session_only=1 ;;
    --port) (($# > 1)) || usage; port=$2; shift ;;
    --allow) (($# > 1)) || usage; allow+=("$2"); shift ;;
    -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) usage ;;
  esac
  shift
done

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

sudo=()
[ "$(id -u)" = 0 ] || sudo=(sudo)

if [ "$session_only" = 1 ]; then
  # A wrapper with this checkout's path, since a session entry needs one fixed command.
  wrapper=$(printf '#!/bin/bash\n# The Chayue kiosk X session (installed by %s).\nexec %q "$@"\n' "$0" "$here/chayue-session")
  if [ "$dry_run" = 1 ]; then
    printf 'would write /usr/local/bin/chayue-session:\n%s\nand /usr/share/xsessions/chayue-kiosk.desktop\n' "$wrapper"
    exit 0
  fi
  printf '%s\n' "$wrapper" | "${sudo[@]}" tee /usr/local/bin/chayue-session >/dev/null
  "${sudo[@]}" chmod 755 /usr/local/bin/chayue-session
  "${sudo[@]}" install -D -m 644 "$here/chayue-kiosk-xsession.desktop" /usr/share/xsessions/chayue-kiosk.desktop
  echo "Installed the \"Chayue kiosk\" session. Make it the kiosk user's autologin session (README, \"Running a terminal\")."
  exit 0
fi

policy=""
make_policy() {
  local args=(--port "$port") origin
  for origin in "${allow[@]}"; do args+=(--allow "$origin"); done
  policy=$(python3 "$here/kiosk-policy.py" "${args[@]}")
}
# Made first where python3 already is (every Debian-family desktop), so a wrong --port or --allow stops the script
# before anything is installed; otherwise once the packages below have brought python3.
if [ "$policy_only" = 1 ] || command -v python3 >/dev/null 2>&1; then make_policy; fi

install_policy() {
  local dirs dir
  [ -n "$policy" ] || make_policy
  IFS=: read -r -a dirs <<<"${CHAYUE_POLICY_DIRS:-/etc/chromium/policies/managed:/etc/chromium-browser/policies/managed:/etc/opt/chrome/policies/managed}"
  if [ "$dry_run" = 1 ]; then
    echo "kiosk policy for ${dirs[*]} (as chayue-kiosk.json):"
    echo "$policy"
    return 0
  fi
  for dir in "${dirs[@]}"; do
    "${sudo[@]}" mkdir -p "$dir"
    # Readable by all, writable by root only: Chromium ignores a policy file that its user could change.
    printf '%s\n' "$policy" | "${sudo[@]}" tee "$dir/chayue-kiosk.json.tmp" >/dev/null
    "${sudo[@]}" chmod 644 "$dir/chayue-kiosk.json.tmp"
    "${sudo[@]}" mv -f "$dir/chayue-kiosk.json.tmp" "$dir/chayue-kiosk.json"
    echo "kiosk policy installed: $dir/chayue-kiosk.json"
  done
}

if [ "$policy_only" = 1 ]; then
  install_policy
  exit 0
fi

[ "$dry_run" = 1 ] || "${sudo[@]}" apt-get update -qq

packages=(
  fonts-noto-cjk # Noto Sans/Serif CJK: the interface and documents in Chinese; without it, boxes or a thin fallback
  speech-dispatcher # Chromium's speechSynthesis on Linux goes through it
  espeak-ng # its voice data include Mandarin (cmn), used for read-aloud
  cups # printing; --kiosk-printing prints silently to the CUPS default printer
  cups-client # lpadmin, lpoptions, lpstat: set and check that default printer
  python3 # the launcher's local static server (standard library only)
  python3-cups # its printing endpoints talk to CUPS through pycups (for the system's python3, which the launcher uses)
  x11-xserver-utils # xrandr: the launcher turns a screen mounted on its side (CHAYUE_ROTATE)
  xinput # and its touch input with it
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
  install_policy
  exit 0
fi
"${command[@]}"
install_policy

voices=$(espeak-ng --voices=zh 2>/dev/null || true)
if [[ ! $voices =~ cmn ]]; then
  echo "warning: espeak-ng has no Mandarin voice (cmn); read-aloud will not speak Chinese. Install espeak-ng-data." >&2
fi
echo "Done. Next: set the default printer (lpadmin -d NAME), then enable the launcher (see README, \"Running a terminal\")."
