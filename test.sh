#!/usr/bin/env bash
# The project's test command (README): installs what the tests need on a fresh machine, then runs every test
# except the long ones. The browser tests drive Debian's Chromium through Playwright (no browser download); the
# cluster tests start a loopback redis-server for Orleans' Redis membership.
set -euo pipefail
cd "$(dirname "$0")"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} for the tests (apt-get)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}" >/dev/null; fi
fi
exec dotnet test Spokes.sln --filter "Category!=Long" "$@"
