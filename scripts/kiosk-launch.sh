#!/usr/bin/env bash
# Runs a reading-point terminal: serves the built app on localhost and keeps Chromium in kiosk mode on it, restarting it at once whenever it exits or its page hangs.
#
# Usage: scripts/kiosk-launch.sh [--test] [URL]
#   URL      open this page instead of serving the build (no local server is started then)
#   --test   a normal window instead of the full-screen kiosk, with a profile of its own: to try it on a desk machine
#
# Environment (all optional):
#   CHROMIUM               the browser (default: $CHROMIUM_PATH, else the first found of the browsers below)
#   CHAYUE_PORT            port of the local server (default 4180). The app's data (content, settings, service worker)
#                          belongs to its origin http://localhost:PORT: keep the port fixed on a terminal, or it starts empty.
#                          0 picks a free port (tests only).
#   CHAYUE_PROFILE         Chromium's profile folder, kept across restarts (default ~/.local/share/chayue/profile, or
#                          ~/snap/chromium/common/chayue/profile for the snap Chromium, which cannot write hidden folders)
#   CHAYUE_DIST            the built app (default: dist/ of this checkout, made by `npm run build`)
#   CHAYUE_SITE            open /?site=NAME, i.e. kiosk-config/NAME.json (default: none, which loads default.json)
#   CHAYUE_LAUNCH_TEST=1   the same as --test; its profile defaults to the one above with "-test" appended
#   CHAYUE_CHROMIUM_ARGS   extra Chromium flags, split on spaces (e.g. --no-sandbox, --disable-gpu on a troublesome machine);
#                          a second --disable-features replaces ours, so list Translate in it too
#   CHAYUE_RESTART_MS      pause before Chromium starts again after it exits (default 500; the same every time: a
#                          growing wait only showed residents an empty screen for longer)
#   CHAYUE_STABLE_MS       a shorter run counts as a quick exit; 5 in a row are said once in the log (default 120000)
#   CHAYUE_ALIVE_TIMEOUT_MS  Chromium is stopped and started again when the page it serves has sent no sign of life
#                          (POST /local/alive, every 15 s from the app's main thread) for this long (default 60000;
#                          0 turns the watch off). Only for the page of the local server, not for a URL given.
#   CHAYUE_ALIVE_GRACE_MS  the same for the first sign after a start, which takes longer on a slow terminal (default 120000)
#   CHAYUE_ROTATE          normal, left, right or inverted: turns the screen and its touch input before Chromium starts,
#                          for a panel mounted on its side (立式) or upside down. left for a panel turned a quarter
#                          clockwise (its top edge now on the right), right for one turned the other way. X11 only
#                          (xrandr and xinput; in a Wayland session set it in the desktop's display settings). A value
#                          not in the list stops the launcher. Default: unset, the screen stays as the system has it
#   CHAYUE_POLICY_DIRS     folders, separated by ':', where the browser reads managed policies; the launcher checks at
#                          start that the kiosk policy is there (default: the usual folders of the browser found)
#
# Browsers, looked for in this order (all Chromium-based and taking the same flags; the floor is Chromium 90, below it
# the app shows a page for staff and the launcher says so in its log):
#   chromium, chromium-browser, /snap/bin/chromium   Debian, Ubuntu (the snap), RK3588 Debian images (Chromium 91)
#   google-chrome-stable, google-chrome               Chrome, e.g. the Windows 7 一体机's 109 line on Linux
#   browser                                           统信 UOS 浏览器 (6 = Chromium 93), its usual command on UOS
#   qaxbrowser-safe-stable                            奇安信可信浏览器 (reports Chrome 90) on UOS and Kylin
# Tested here: Debian's chromium, and Chromium 86, 90 and 119 under Playwright (README); the 信创 commands are their
# packages' usual names, not tried on a real terminal.
#
# The kiosk policy (scripts/kiosk/chayue-policy.json: no developer tools, chrome:// pages, other sites, downloads of
# dangerous files or history) needs root to install: install-terminal-packages.sh does it, the launcher only checks.
#
# Logs: one timestamped line per start, exit and restart on stderr; under systemd they go to the journal
# (journalctl --user -u chayue-kiosk). Chromium's own output goes to the same place.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=kiosk/launch-guards.sh
. "$here/kiosk/launch-guards.sh"
# shellcheck source-path=SCRIPTDIR source=kiosk/rotate-screen.sh
. "$here/kiosk/rotate-screen.sh"

log() { printf '%(%Y-%m-%dT%H:%M:%S%z)T chayue-kiosk: %s\n' -1 "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

# Milliseconds since the epoch; EPOCHREALTIME's decimal mark follows the locale.
now_ms() { local t=${EPOCHREALTIME/[.,]/}; echo $((t / 1000)); }
seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }
is_on() { case ${1:-} in '' | 0 | no | false) return 1 ;; *) return 0 ;; esac; }
is_whole_number() { [[ $1 =~ ^[0-9]+$ ]]; }

test_mode=${CHAYUE_LAUNCH_TEST:-}
url=""
for arg in "$@"; do
  case $arg in
    --test) test_mode=1 ;;
    -h | --help) usage; exit 0 ;;
    -*) die "unknown option $arg (see --help)" ;;
    *) [ -z "$url" ] || die "only one URL, got '$url' and '$arg'"; url=$arg ;;
  esac
done

port=${CHAYUE_PORT:-4180}
restart_ms=${CHAYUE_RESTART_MS:-500}
stable_ms=${CHAYUE_STABLE_MS:-120000}
alive_timeout_ms=${CHAYUE_ALIVE_TIMEOUT_MS:-60000}
alive_grace_ms=${CHAYUE_ALIVE_GRACE_MS:-120000}
for knob in port restart_ms stable_ms alive_timeout_ms alive_grace_ms; do
  is_whole_number "${!knob}" || die "$knob must be a whole number, got '${!knob}'"
done
if [ -n "${CHAYUE_BACKOFF_MS:-}${CHAYUE_BACKOFF_MAX_MS:-}" ]; then
  log "CHAYUE_BACKOFF_MS and CHAYUE_BACKOFF_MAX_MS are no longer used: Chromium restarts after CHAYUE_RESTART_MS (${restart_ms} ms) every time"
fi
QUICK_EXITS_TO_WARN=5
# Once, before anything is shown: Chromium takes the screen's size as it finds it at start.
if [ -n "${CHAYUE_ROTATE:-}" ]; then rotate_screen "$CHAYUE_ROTATE"; fi

find_chromium() {
  local candidate
  for candidate in "${CHROMIUM:-}" "${CHROMIUM_PATH:-}" chromium chromium-browser /snap/bin/chromium \
    google-chrome-stable google-chrome browser qaxbrowser-safe-stable; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; return 0; fi
    # An explicit choice that does not exist is a mistake to report, not to paper over with another browser.
    if [ "$candidate" = "${CHROMIUM:-}" ]; then die "CHROMIUM=$candidate is not an executable"; fi
  done
  die "Chromium not found: install it with scripts/kiosk/install-terminal-packages.sh, or set CHROMIUM"
}

# Ubuntu's chromium packages install a snap; /usr/bin/chromium-browser is then a script that runs it.
is_snap() {
  [[ $(readlink -f "$1") == /snap/* ]] && return 0
  [ "$(head -c 2 "$1" 2>/dev/null)" = '#!' ] && grep -qs '/snap/' "$1"
}

# The Chromium version a browser reports ("Chromium 90.0.4430.212", "Google Chrome 109.0…"), or nothing. A 信创 browser
# may print its own version first (UOS 浏览器 6): only a number after Chromium or Chrome counts.
chromium_major() {
  local said
  said=$(timeout 10 "$1" --version 2>/dev/null) || true
  [[ $said =~ (Chromium|Chrome)[^0-9]*([0-9]+)\. ]] && echo "${BASH_REMATCH[2]}"
}

chromium=$(find_chromium)
major=$(chromium_major "$chromium" || true)
if [ -z "$major" ]; then
  log "$chromium did not say its Chromium version; the app checks it and shows a page for staff below Chromium 90"
elif ((major < 90)); then
  log "warning: $chromium is Chromium $major, below the floor: 需要 Chromium 90 或更新版本的浏览器. The kiosk will only show a page for staff saying so; install a newer browser or set CHROMIUM"
else
  log "$chromium is Chromium $major (the floor is 90)"
fi
if [ -n "${CHAYUE_PROFILE:-}" ]; then
  profile=$CHAYUE_PROFILE
else
  if is_snap "$chromium"; then profile=$HOME/snap/chromium/common/chayue/profile; else profile=${XDG_DATA_HOME:-$HOME/.local/share}/chayue/profile; fi
  if is_on "$test_mode"; then profile+=-test; fi
fi
mkdir -p "$profile"

flags=(
  --user-data-dir="$profile"
  --kiosk-printing # prints go straight to the CUPS default printer, no dialog
  --noerrdialogs
  --disable-session-crashed-bubble
  --hide-crash-restore-bubble # the older flag above is ignored by recent Chromium
  --overscroll-history-navigation=0
  --disable-pinch # the screen never zooms; the document viewer zooms its page itself from pointer events
  --disable-features=Translate
  --no-first-run
  --no-default-browser-check
  --password-store=basic # no "unlock your keyring" prompt over the kiosk on GNOME, DDE or UKUI
  --check-for-update-interval=31536000 # no "update Chromium" bubble on a terminal that is offline for months
  # Background networking off: an offline terminal would otherwise keep trying to reach Google's hosts.
  --disable-background-networking
  --disable-component-update
  --disable-sync
)
if is_on "$test_mode"; then flags+=("--window-size=1366,768"); else flags=(--kiosk "${flags[@]}"); fi
if [ -n "${CHAYUE_CHROMIUM_ARGS:-}" ]; then
  read -r -a extra <<<"$CHAYUE_CHROMIUM_ARGS"
  flags+=("${extra[@]}")
fi

runtime=$(mktemp -d "${TMPDIR:-/tmp}/chayue-kiosk.XXXXXX")
server_pid=""
browser_pid=""
pause_pid=""
watch_pid=""

stop_pid() { # pid, what: TERM, then KILL if it lingers (Chromium saves its profile on TERM)
  local pid=$1 i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then log "$2 did not stop within 10 s, killing it"; kill -KILL "$pid" 2>/dev/null || true; fi
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  stop_pid "$pause_pid" "wait"
  stop_pid "$watch_pid" "the page watch"
  stop_pid "$browser_pid" "Chromium"
  stop_pid "$server_pid" "the local server"
  rm -rf "$runtime"
}
on_signal() { # name, exit code
  trap - TERM INT HUP
  log "got SIG$1, stopping"
  exit "$2" # runs cleanup through the EXIT trap
}
trap cleanup EXIT
trap 'on_signal TERM 0' TERM # systemctl stop: a clean stop, not a failure
trap 'on_signal HUP 0' HUP
trap 'on_signal INT 130' INT

start_server() {
  local dist=${CHAYUE_DIST:-$here/../dist} i
  [ -f "$dist/index.html" ] || die "no built app in $dist: run npm run build, or set CHAYUE_DIST"
  dist=$(cd "$dist" && pwd)
  # The system's Python when there is one: Debian's python3-cups (printing) is built for it alone, and a python3 found
  # first on PATH (pyenv, conda) would serve the app but answer every print with cups-unavailable.
  local python=/usr/bin/python3
  if [ ! -x "$python" ]; then
    python=$(command -v python3) || die "python3 is needed for the local server: sudo apt-get install python3 python3-cups"
  fi
  rm -f "$runtime/port"
  # $$, not $BASHPID: the arguments of a background command are expanded in the forked child.
  "$python" "$here/kiosk/serve-static.py" --root "$dist" --port "$port" --ready-file "$runtime/port" \
    --alive-file "$runtime/alive" --parent-pid "$$" &
  server_pid=$!
  for ((i = 0; i < 600; i++)); do # up to 30 s: a cold start on a slow terminal
    if [ -s "$runtime/port" ]; then
      server_port=$(<"$runtime/port")
      log "serving $dist on http://localhost:$server_port/ (pid $server_pid)"
      return 0
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
      wait "$server_pid" || true
      server_pid=""
      die "the local server did not start (port $port in use? set CHAYUE_PORT)"
    fi
    sleep 0.05
  done
  die "the local server did not answer within 30 s"
}

start_url() {
  if [ -n "$url" ]; then echo "$url"; return; fi
  local site=""
  if [ -n "${CHAYUE_SITE:-}" ]; then site="?site=$CHAYUE_SITE"; fi
  echo "http://localhost:$server_port/$site"
}

# After a power cut Chromium marks the profile as crashed and offers to restore pages over the kiosk.
mark_clean_exit() {
  local prefs=$profile/Default/Preferences
  [ -f "$prefs" ] || return 0
  sed -i -e 's/"exit_type":"Crashed"/"exit_type":"Normal"/g' -e 's/"exited_cleanly":false/"exited_cleanly":true/g' "$prefs" || true
}

pause_ms() { # interruptible: a signal ends the wait at once instead of after up to a minute
  sleep "$(seconds "$1")" &
  pause_pid=$!
  wait "$pause_pid" || true
  pause_pid=""
}

log "launcher starting: $chromium, profile $profile$(is_on "$test_mode" && echo ', test mode (window)')"
watching=0
if [ -z "$url" ] && ((alive_timeout_ms > 0)); then
  if [ -n "$major" ] && ((major < 90)); then
    log "not watching the page for signs of life: below the floor it shows only a page for staff, which sends none"
  else
    watching=1
  fi
fi
runs=0
quick_exits=0
while true; do
  if [ -z "$url" ] && { [ -z "$server_pid" ] || ! kill -0 "$server_pid" 2>/dev/null; }; then
    if [ -n "$server_pid" ]; then log "the local server had stopped, starting it again"; wait "$server_pid" || true; fi
    start_server
  fi
  page=$(start_url)
  if ((runs == 0)); then
    [[ $page =~ ^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]* ]] && check_policy "${BASH_REMATCH[0]}"
  fi
  mark_clean_exit
  wipe_history
  rm -f "$runtime/hung"
  runs=$((runs + 1))
  log "starting Chromium (run $runs) on $page"
  started_ms=$(now_ms)
  "$chromium" "${flags[@]}" "$page" &
  browser_pid=$!
  if ((watching)); then
    watch_alive "$browser_pid" "$alive_timeout_ms" "$alive_grace_ms" &
    watch_pid=$!
  fi
  code=0
  wait "$browser_pid" || code=$?
  browser_pid=""
  stop_pid "$watch_pid" "the page watch"
  watch_pid=""
  ran_ms=$(($(now_ms) - started_ms))
  if [ -e "$runtime/hung" ]; then
    log "Chromium was stopped after $(seconds "$ran_ms") s because its page had hung; restarting in $(seconds "$restart_ms") s"
  else
    log "Chromium exited with code $code after $(seconds "$ran_ms") s; restarting in $(seconds "$restart_ms") s"
  fi
  if ((ran_ms < stable_ms)); then quick_exits=$((quick_exits + 1)); else quick_exits=0; fi
  if ((quick_exits == QUICK_EXITS_TO_WARN)); then
    log "warning: Chromium keeps exiting ($quick_exits runs in a row under $(seconds "$stable_ms") s); still restarting it every $(seconds "$restart_ms") s. Its own output above says why; CHAYUE_CHROMIUM_ARGS=--disable-gpu helps with a troublesome graphics driver"
  fi
  pause_ms "$restart_ms"
done
