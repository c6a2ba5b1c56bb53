# shellcheck shell=bash disable=SC2154 # $chromium, $profile and $runtime are set by kiosk-launch.sh
# What kiosk-launch.sh does around each Chromium run so a public terminal keeps no trace and cannot be left: sourced, not run.
# Uses the launcher's log, seconds, stop_pid, $chromium, $profile and $runtime.

# The folders Chromium-based browsers read managed policies from; a 信创 browser may read its own (CHAYUE_POLICY_DIRS).
policy_dirs_for() { # browser path
  if [ -n "${CHAYUE_POLICY_DIRS:-}" ]; then
    tr ':' '\n' <<<"$CHAYUE_POLICY_DIRS"
    return
  fi
  case $(basename "$1") in
    chromium | chromium-browser) printf '%s\n' /etc/chromium/policies/managed /etc/chromium-browser/policies/managed ;;
    google-chrome*) echo /etc/opt/chrome/policies/managed ;;
    *) printf '%s\n' /etc/chromium/policies/managed /etc/chromium-browser/policies/managed /etc/opt/chrome/policies/managed ;;
  esac
}

# Says whether the kiosk policy (scripts/kiosk/chayue-policy.json, installed by install-terminal-packages.sh) is where the
# browser reads it, and whether it lets the browser open the kiosk's page: without it developer tools, chrome:// pages
# and history are open to anyone at the terminal; with a policy for another origin the page itself is blocked.
check_policy() { # the origin the kiosk opens
  local origin=$1 dir found="" looked=()
  while IFS= read -r dir; do
    [ -n "$dir" ] || continue
    looked+=("$dir")
    if [ -f "$dir/chayue-kiosk.json" ] && grep -qs '"DeveloperToolsAvailability": *2' "$dir/chayue-kiosk.json"; then
      found=$dir/chayue-kiosk.json
      break
    fi
  done < <(policy_dirs_for "$chromium")
  if [ -z "$found" ]; then
    log "warning: the kiosk policy is not installed for $chromium (looked in ${looked[*]}): developer tools, chrome:// pages, other sites and history stay open to anyone at the terminal. Install it: sudo scripts/kiosk/install-terminal-packages.sh --policy-only (a 信创 browser may read another folder: set CHAYUE_POLICY_DIRS)"
  elif ! grep -qsF "\"$origin\"" "$found"; then
    log "warning: the kiosk policy $found does not allow $origin, the page the kiosk opens: Chromium will block it. Install it again with --port or --allow (see scripts/kiosk/install-terminal-packages.sh --help)"
  else
    log "kiosk policy installed: $found"
  fi
}

# Chromium keeps visited URLs in History (a resident's search typed into #/search?q=… before the app stopped writing it)
# and each tab's back list in the session files. The policy turns history off, but a terminal may run without it (no
# root, a browser reading another folder) and the session files are kept either way: wiped before every start, while no
# Chromium has them open. IndexedDB, the service worker and Preferences (the app's content and settings) stay.
wipe_history() {
  local default=$profile/Default
  [ -d "$default" ] || return 0
  rm -rf -- "$default"/History* "$default/Visited Links" "$default"/Top\ Sites* "$default"/Shortcuts* \
    "$default"/Favicons* "$default"/Network\ Action\ Predictor* "$default/Sessions" \
    "$default/Current Session" "$default/Current Tabs" "$default/Last Session" "$default/Last Tabs"
}

# Milliseconds on a clock that never jumps (since boot): the page's signs of life are timed here, so a wall clock
# corrected by hours neither kills a live page nor spares a hung one.
mono_ms() {
  local up
  if read -r up _ </proc/uptime 2>/dev/null; then
    echo $((${up%.*} * 1000 + 10#${up#*.} * 10))
  else
    now_ms
  fi
}

alive_count() { # the local server's count of POST /local/alive, or 0
  local count=0
  if [ -f "$runtime/alive" ]; then read -r count <"$runtime/alive" 2>/dev/null || true; fi
  echo "${count:-0}"
}

# Run in the background beside a Chromium run: stops Chromium when its page sends no sign of life for too long (a hung
# main thread, a renderer that crashed to a "sad tab", a page navigated away). The main loop then restarts it.
watch_alive() { # browser pid, timeout ms, grace ms (for the first sign: a cold start on a slow terminal takes longer)
  local pid=$1 timeout_ms=$2 limit_ms=$3 seen changed now count poll_ms
  poll_ms=$((timeout_ms / 4 < 1000 ? timeout_ms / 4 : 1000))
  seen=$(alive_count)
  changed=$(mono_ms)
  while kill -0 "$pid" 2>/dev/null; do
    sleep "$(seconds "$poll_ms")"
    count=$(alive_count)
    now=$(mono_ms)
    if [ "$count" != "$seen" ]; then
      seen=$count changed=$now limit_ms=$timeout_ms
    elif ((now - changed > limit_ms)); then
      log "no sign of life from the page for $(seconds $((now - changed))) s, stopping Chromium"
      : >"$runtime/hung"
      stop_pid "$pid" "Chromium"
      return 0
    fi
  done
}
