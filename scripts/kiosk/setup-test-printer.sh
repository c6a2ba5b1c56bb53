#!/usr/bin/env bash
# Prepares CUPS for the printing tests (and a developer's machine): cupsd running, a cups-pdf queue "chayue-pdf" that writes each job as a PDF, and a backend that always fails as an empty paper tray would.
#
# Usage: sudo scripts/kiosk/setup-test-printer.sh      (idempotent: run it again at any time)
#
# Needs the Debian packages cups, printer-driver-cups-pdf, python3-cups and poppler-utils (.ci/run installs them).
# After it:
#   chayue-pdf                       a queue on cups-pdf:/chayue-pdf, the default queue only if there was none; every job lands
#                                    as /var/spool/cups-pdf/chayue-pdf/job_ID-TITLE.pdf, readable by all
#   /usr/lib/cups/backend/chayue-fail   device chayue-fail:/ for a test queue: it says media-empty-error and fails
# The tests add and delete their own queues on these two devices; they never change the default.
set -euo pipefail
export PATH=$PATH:/usr/sbin:/sbin # lpadmin, cupsenable and cupsd live there; a plain user's PATH may not have it

queue=chayue-pdf
out=/var/spool/cups-pdf/$queue

[ "$(id -u)" = 0 ] || { echo "setup-test-printer.sh: run it as root (it starts cupsd and adds a queue)" >&2; exit 1; }
for need in /usr/sbin/cupsd /usr/lib/cups/backend/cups-pdf; do
  [ -e "$need" ] || { echo "setup-test-printer.sh: $need is missing: apt-get install cups printer-driver-cups-pdf python3-cups poppler-utils" >&2; exit 1; }
done

# lpstat -r exits 0 whether or not the scheduler runs ("scheduler is not running"): only its words tell.
scheduler_running() { [ "$(LC_ALL=C lpstat -r 2>/dev/null)" = "scheduler is running" ]; }

# No systemd in a container, and a fresh boot has no cupsd even where the package is installed: start the daemon
# ourselves. Without -f/-F cupsd forks into the background, and it stays up (IdleExitTimeout only applies when it was
# started on demand with -l).
if ! scheduler_running; then
  echo "Starting cupsd"
  /usr/sbin/cupsd || { echo "setup-test-printer.sh: cupsd would not start (see /var/log/cups/error_log)" >&2; exit 1; }
  for ((i = 0; i < 100; i++)); do
    scheduler_running && break
    sleep 0.1
  done
  scheduler_running || { echo "setup-test-printer.sh: cupsd did not start (see /var/log/cups/error_log)" >&2; exit 1; }
fi

# cups-pdf reads /etc/cups/cups-pdf-NAME.conf instead of cups-pdf.conf when its device is cups-pdf:/NAME (not by the
# queue's name: a queue on plain cups-pdf:/ takes the system's cups-pdf.conf), so the test queue gets its own folder.
# Its quirks, handled here: the job's user decides where a file goes, and cups-pdf writes it as that user. Debian's Out
# is ${HOME}/PDF, so root's jobs went to /root/PDF; a user unknown to the system (a remote or made-up
# requesting-user-name) goes to AnonDirName as "nobody". One fixed folder for both, sticky and writable by all like
# cups-pdf's own ANONYMOUS folder, since a kiosk user's job is written by that user. UserUMask 0022: a known user's
# file is 0600 by default, which a test running as someone else could not read. Label 1 names every file
# "job_ID-TITLE.pdf", so a test finds its job's output by the CUPS job id.
conf=/etc/cups/cups-pdf-$queue.conf
wanted=$(printf '%s\n' \
  "# Written by Chayue's scripts/kiosk/setup-test-printer.sh for the device cups-pdf:/$queue." \
  "Out $out" \
  "AnonDirName $out" \
  "UserUMask 0022" \
  "AnonUMask 0022" \
  "Label 1" \
  "Grp lpadmin")
if [ "$(cat "$conf" 2>/dev/null)" != "$wanted" ]; then printf '%s\n' "$wanted" >"$conf"; fi
install -d -m 1777 -g lpadmin "$out"

# Installed 0755, not 0700: CUPS runs a backend as root only when it has no permissions for group and others, and a
# backend that only prints two lines needs no root (one owned by root and writable only by root is required either way).
backend=/usr/lib/cups/backend/chayue-fail
wanted_backend='#!/bin/sh
# Chayue test backend (scripts/kiosk/setup-test-printer.sh): every job fails as a printer with an empty tray would.
# Without arguments CUPS asks a backend which devices it sees: none, so lpinfo -v lists nothing of it.
[ $# -eq 0 ] && exit 0
echo "STATE: +media-empty-error" >&2
echo "ERROR: out of paper (Chayue test backend)" >&2
exit 1 # CUPS_BACKEND_FAILED: what happens next is the queue'"'"'s printer-error-policy'
if [ "$(cat "$backend" 2>/dev/null)" != "$wanted_backend" ]; then
  printf '%s\n' "$wanted_backend" >"$backend.tmp"
  chown root:root "$backend.tmp"
  chmod 0755 "$backend.tmp"
  mv -f "$backend.tmp" "$backend"
fi

# The PPD without options: the one with options sets Label 2 as its default, which would override the config above.
ppd=$(find /usr/share/ppd/cups-pdf -name 'CUPS-PDF_noopt.ppd' -print -quit 2>/dev/null || true)
[ -n "$ppd" ] || ppd=$(find /usr/share/ppd/cups-pdf -name '*.ppd' -print -quit 2>/dev/null || true)
[ -n "$ppd" ] || { echo "setup-test-printer.sh: no cups-pdf PPD under /usr/share/ppd/cups-pdf" >&2; exit 1; }
# lpadmin warns that PPD drivers are deprecated (cups-pdf has no other way in CUPS 2.4): that warning is dropped, any
# other error shown.
if ! lpstat -v "$queue" >/dev/null 2>&1; then
  lpadmin -p "$queue" -v "cups-pdf:/$queue" -P "$ppd" -D "Chayue test printer (PDF files)" 2> >(grep -v 'deprecated' >&2)
fi
# Set every time, so an older setup's queue is brought up to date. abort-job: a cups-pdf failure ends the job at once
# instead of retrying it every 30 s (the default policy) while a test waits.
lpadmin -p "$queue" -v "cups-pdf:/$queue" -o printer-error-policy=abort-job
cupsenable "$queue"
cupsaccept "$queue"
default=$(LC_ALL=C lpstat -d 2>/dev/null || true) # "system default destination: NAME" or "no system default destination"
if [[ $default != *:* ]]; then lpadmin -d "$queue"; fi

echo "CUPS is running; queue $queue writes to $out/ ($(LC_ALL=C lpstat -d 2>/dev/null || true))"
