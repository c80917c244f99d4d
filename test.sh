#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing (Debian's Chromium for the
# browser tests), then runs `dotnet test`. Extra arguments go to `dotnet test`, e.g. --filter.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: /usr/bin/chromium is missing; installing Debian's chromium package" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

rm -rf TestResults
dotnet test OnThisDay.sln \
  --logger "trx;LogFileName=results.trx" \
  --logger "console;verbosity=normal" \
  --results-directory TestResults \
  "$@"
