#!/usr/bin/env bash
# The project's test command (README): installs what the tests need on a fresh machine, then runs every test
# except the long ones. The browser tests drive Debian's Chromium through Playwright (no browser download).
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium for the browser tests (apt-get)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi
exec dotnet test Spokes.sln --filter "Category!=Long" "$@"
