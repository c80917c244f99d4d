#!/usr/bin/env bash
# Screenshots of the real site (content/ as it is) for the README: the day page on a desktop and on a
# phone, light and dark, taken by headless Chromium. Writes docs/screenshots/*.png.
# Usage: docs/screenshots.sh [path, default /june/12]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/docs/screenshots
PAGE=${1:-/june/12}
PORT=5086
[ -x /usr/bin/chromium ] || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }
mkdir -p "$OUT"
dotnet build "$ROOT/src/OnThisDay.Web" -c Release --nologo -v quiet
db=$(mktemp -d)/screenshots.db
(cd "$ROOT/src/OnThisDay.Web" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$ROOT/content" ConnectionStrings__OnThisDay="Data Source=$db" \
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" exec dotnet bin/Release/net10.0/OnThisDay.Web.dll >/dev/null 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.2; done

shoot() { # name width height scheme(0 dark, 1 light)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --user-data-dir="$(mktemp -d)" --window-size="$2,$3" --blink-settings=preferredColorScheme="$4" \
    --virtual-time-budget=3000 --screenshot="$OUT/$1.png" "http://127.0.0.1:$PORT$PAGE" >/dev/null 2>&1
}
shoot desktop-light 1280 1600 1
shoot desktop-dark 1280 1600 0
shoot phone-light 390 1400 1
shoot phone-dark 390 1400 0
ls -1 "$OUT"
