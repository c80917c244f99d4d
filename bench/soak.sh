#!/usr/bin/env bash
# Soak: steady load for a while (default 10 minutes) against a mix of pages; records errors and the
# resident memory every 30 seconds, to show it stays flat. Results: bench/soak-results.md
# Usage: bench/soak.sh [seconds, default 600]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/out
SECONDS_TOTAL=${1:-600}
PORT=5084
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
dotnet publish "$ROOT/src/OnThisDay.Web" -c Release -r linux-x64 --self-contained false -o "$OUT/publish" --nologo -v quiet
rm -f "$OUT"/soak.db*
(cd "$OUT/publish" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$ROOT/content" ConnectionStrings__OnThisDay="Data Source=$OUT/soak.db" \
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" RateLimits__Enabled=false exec dotnet OnThisDay.Web.dll >"$OUT/soak.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.2; done

# Every day page, event pages, searches and the API in turn, so the cache fills and keeps being read.
cat >"$OUT/soak.lua" <<'LUA'
local months = { "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december" }
local words = { "war", "moon", "treaty", "king", "earthquake", "independence", "ship", "music" }
local i = 0
request = function()
  i = i + 1
  local kind = i % 4
  if kind == 0 then return wrk.format("GET", "/" .. months[(i % 12) + 1] .. "/" .. ((i % 28) + 1)) end
  if kind == 1 then return wrk.format("GET", "/search?q=" .. words[(i % #words) + 1]) end
  if kind == 2 then return wrk.format("GET", string.format("/api/v1/onthisday/all/%02d/%02d", (i % 12) + 1, (i % 28) + 1)) end
  return wrk.format("GET", "/calendar")
end
LUA

wrk -t2 -c32 -d"${SECONDS_TOTAL}s" -s "$OUT/soak.lua" "http://127.0.0.1:$PORT" >"$OUT/soak-wrk.txt" 2>&1 &
wrk_pid=$!
samples=()
for t in $(seq 0 30 "$SECONDS_TOTAL"); do
  rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
  samples+=("$t s: $rss MB")
  sleep 30
  kill -0 "$wrk_pid" 2>/dev/null || break
done
wait "$wrk_pid" || true
requests=$(awk '/requests in/ { print $1 }' "$OUT/soak-wrk.txt")
errors=$(awk '/Non-2xx or 3xx responses/ { print $5 }' "$OUT/soak-wrk.txt"); errors=${errors:-0}
socket=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' "$OUT/soak-wrk.txt"); socket=${socket:-0}
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'): ${SECONDS_TOTAL} s of wrk -t2 -c32 over day pages, searches, the API and the calendar."
  echo
  echo "| requests | non-2xx/3xx | socket errors | requests/s | peak RSS |"
  echo "|---|---|---|---|---|"
  echo "| $requests | $errors | $socket | $(awk '/Requests\/sec/ { print $2 }' "$OUT/soak-wrk.txt") | $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$pid/status") |"
  echo
  echo "Resident memory every 30 s: ${samples[*]}"
} | tee "$ROOT/bench/soak-results.md"
