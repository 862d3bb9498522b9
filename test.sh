#!/usr/bin/env bash
# The project's test command (README): installs what the tests need on a fresh machine, then runs every test
# except the long ones. The browser tests drive Debian's Chromium through Playwright and Debian's firefox-esr over
# WebDriver BiDi (no browser download); they save screenshots under artifacts/screenshots/. The cluster tests
# start a loopback redis-server for Orleans' Redis membership.
set -euo pipefail
cd "$(dirname "$0")"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)

# Another apt or dpkg (unattended-upgrades on a fresh machine, a second install) holds the package lock: wait for
# it, up to LOCK_WAIT seconds (default 600), instead of failing at once. apt's own DPkg::Lock::Timeout covers the
# dpkg lock; the loop also covers the lists lock that `apt-get update` takes.
LOCK_WAIT=${LOCK_WAIT:-600}
apt_wait() {
  local sudo=(); [ "$(id -u)" = 0 ] || sudo=(sudo)
  local start=$SECONDS err
  while true; do
    if err=$("${sudo[@]}" apt-get -o DPkg::Lock::Timeout="$LOCK_WAIT" "$@" 2>&1 >/dev/null); then return 0; fi
    if ! grep -qi "lock" <<<"$err" || [ $((SECONDS - start)) -ge "$LOCK_WAIT" ]; then echo "$err" >&2; return 1; fi
    echo "waiting for the package lock (another apt or dpkg is running; $((SECONDS - start)) s of ${LOCK_WAIT} s)" >&2
    sleep 10
  done
}
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} for the tests (apt-get)"
  apt_wait update -qq && apt_wait install -y -qq "${missing[@]}"
fi
exec dotnet test Spokes.sln --filter "Category!=Long" "$@"
