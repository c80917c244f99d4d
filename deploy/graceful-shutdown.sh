#!/usr/bin/env bash
# Graceful shutdown: a slow client is mid-download when the site gets SIGTERM; the site finishes sending
# the page before it exits. Prints the outcome; exits non-zero if the page was cut short.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/deploy/out
PORT=5110
mkdir -p "$OUT"
dotnet publish "$ROOT/src/OnThisDay.Web" -c Release -r linux-x64 --self-contained false -o "$OUT/publish" --nologo -v quiet
rm -f "$OUT"/graceful.db*
(cd "$OUT/publish" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$ROOT/content" ConnectionStrings__OnThisDay="Data Source=$OUT/graceful.db" \
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" exec dotnet OnThisDay.Web.dll >"$OUT/graceful.log" 2>&1) &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.2; done
expected=$(curl -sf "http://127.0.0.1:$PORT/calendar" | wc -c)
# About 20 KB/s: the calendar page takes several seconds to arrive.
curl -sf --limit-rate 20k "http://127.0.0.1:$PORT/calendar" -o "$OUT/slow.html" -w "%{http_code}" >"$OUT/slow.status" &
curl_pid=$!
sleep 1
kill -TERM "$pid"
started=$(date +%s)
wait "$curl_pid" && curl_ok=1 || curl_ok=0
wait "$pid"; code=$?
got=$(wc -c <"$OUT/slow.html")
echo "in-flight download: status $(cat "$OUT/slow.status"), $got of $expected bytes; site exit code $code after $(( $(date +%s) - started )) s"
[ "$curl_ok" = 1 ] && [ "$got" = "$expected" ] && [ "$code" = 0 ]
