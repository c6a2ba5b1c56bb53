#!/usr/bin/env bash
# Rehearses CI on a fresh Debian: `bash .ci/run` on a clean clone of HEAD in a debootstrap chroot that has only Node.
#
# Usage: sudo scripts/ci-fresh-debian.sh [COMMAND]
#   COMMAND  run this in the clone instead of `bash .ci/run` (e.g. 'node -v' to check the chroot itself)
#
# Why: a green run on a developer's machine hides every package that machine happens to have. CI starts from a fresh
# Debian with Node; this starts from bookworm's minimal base with the host's Node and npm copied in, so whatever the
# project forgets to install fails here first (found so far: cupsd not started after its install, ImageMagick, GNU
# time, shellcheck, git).
#
# Environment (all optional):
#   CHROOT   the chroot's folder (default /var/tmp/chayue-fresh-debian); made by debootstrap when missing, kept after
#            so later rehearsals skip the download; delete it for a truly fresh start
#   SHARED   the shared test material copied beside the clone (default: ../shared beside this repository)
#
# Needs root, debootstrap (apt-get install debootstrap) and the Debian mirror. The chroot shares the host's network: a
# cupsd on the host holds port 631, so stop it first (the chroot's .ci/run starts its own, stopped at the end). The
# host's CA bundle and npm settings are copied in, for networks that reach the registries through a proxy.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
root=${CHROOT:-/var/tmp/chayue-fresh-debian}
shared=${SHARED:-$repo/../shared}
command=${1:-bash .ci/run}

[ "$(id -u)" = 0 ] || { echo "ci-fresh-debian.sh: run it as root (debootstrap, chroot and mounts)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "ci-fresh-debian.sh: apt-get install debootstrap" >&2; exit 1; }
[ -d "$shared" ] || { echo "ci-fresh-debian.sh: no shared test material at $shared (set SHARED)" >&2; exit 1; }
if [ "$command" = "bash .ci/run" ] && LC_ALL=C lpstat -r 2>/dev/null | grep -qx 'scheduler is running'; then
  echo "ci-fresh-debian.sh: a cupsd runs on this host and holds port 631: stop it first (pkill cupsd)" >&2
  exit 1
fi

if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "Making a minimal Debian bookworm in $root"
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
  printf '%s\n' 'Types: deb' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm bookworm-updates' \
    'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' '' 'Types: deb' \
    'URIs: http://deb.debian.org/debian-security' 'Suites: bookworm-security' 'Components: main' \
    'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' >"$root/etc/apt/sources.list.d/debian.sources"
  rm -f "$root/etc/apt/sources.list"
fi

# The host's Node and npm, as a CI machine of this kind has them; its CA bundle and npm settings after it (apt's
# ca-certificates rewrites the bundle in the chroot, without a proxy's own certificate).
node_dir=$(dirname "$(readlink -f "$(command -v npm)")")/../..
cp "$(command -v node)" "$root/usr/bin/node"
mkdir -p "$root/usr/lib/node_modules"
rm -rf "$root/usr/lib/node_modules/npm"
cp -a "$node_dir/npm" "$root/usr/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/bin/npx"
cp /etc/resolv.conf "$root/etc/resolv.conf"
if [ -d /usr/local/share/ca-certificates ]; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
fi
mkdir -p "$root/etc/ssl/certs"
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
[ -f "$HOME/.npmrc" ] && cp "$HOME/.npmrc" "$root/root/.npmrc"

# A clean clone of HEAD with the shared material beside it, as CI lays them out.
rm -rf "$root/work/ci-clone" "$root/work/shared"
mkdir -p "$root/work"
git clone -q "$repo" "$root/work/ci-clone"
cp -a "$shared" "$root/work/shared"

mounted=()
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  local i proc
  # What the run left running inside (the chroot's cupsd, a server): stopped, so the host gets port 631 back.
  for proc in /proc/[0-9]*; do
    if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then kill "${proc#/proc/}" 2>/dev/null || true; fi
  done
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
for dir in proc sys dev dev/pts dev/shm; do
  mountpoint -q "$root/$dir" && continue
  mount --bind "/$dir" "$root/$dir"
  mounted+=("$root/$dir")
done

start=$(date +%s)
status=0
chroot "$root" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root CI=true TERM=dumb \
  NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt bash -c "cd /work/ci-clone && $command" || status=$?
echo "ci-fresh-debian.sh: '$command' exited $status after $(($(date +%s) - start)) s"
exit "$status"
