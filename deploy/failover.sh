#!/usr/bin/env bash
# Starts two instances of the site and nginx in front of them on loopback, drives load through nginx,
# kills one instance mid-run (SIGKILL, as a crash), and reports the failed requests. Results: deploy/failover-results.md
# Rate limits are off here: all the load comes from one client address, which they would rightly throttle.
# Usage: deploy/failover.sh [duration in seconds, default 20] [instances, default 2]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/deploy/out
DURATION=${1:-20}
COUNT=${2:-2}
LISTEN=127.0.0.1:8090
command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light; }
mkdir -p "$OUT"
dotnet publish "$ROOT/src/OnThisDay.Web" -c Release -r linux-x64 --self-contained false -o "$OUT/publish" --nologo -v quiet

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; nginx -c "$OUT/nginx.conf" -s stop 2>/dev/null || true; }
trap cleanup EXIT

upstreams=""
for i in $(seq 1 "$COUNT"); do
  port=$((5100 + i))
  rm -f "$OUT/instance-$i.db"*
  (cd "$OUT/publish" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$ROOT/content" \
    ConnectionStrings__OnThisDay="Data Source=$OUT/instance-$i.db" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    RateLimits__KnownProxies__0=127.0.0.1 RateLimits__Enabled=false exec dotnet OnThisDay.Web.dll >"$OUT/instance-$i.log" 2>&1) &
  pids+=($!)
  upstreams+="server 127.0.0.1:$port max_fails=1 fail_timeout=5s; "
done
for i in $(seq 1 "$COUNT"); do
  until curl -sf -o /dev/null "http://127.0.0.1:$((5100 + i))/healthz"; do sleep 0.2; done
done
sed -e "s|@PREFIX@|$OUT|g" -e "s|@LISTEN@|$LISTEN|g" -e "s|@UPSTREAMS@|$upstreams|g" "$ROOT/deploy/nginx.conf.template" >"$OUT/nginx.conf"
nginx -c "$OUT/nginx.conf"
sleep 0.5

cat >"$OUT/paths.lua" <<'LUA'
local paths = { "/june/12", "/", "/events/2018-06-12-trump-meets-kim-jong-un", "/calendar", "/api/v1/onthisday/all/06/12", "/july/20" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA

wrk -t2 -c32 -d"${DURATION}s" -s "$OUT/paths.lua" "http://$LISTEN" >"$OUT/wrk.txt" 2>&1 &
wrk_pid=$!
sleep $((DURATION / 3))
echo "killing instance 1 (pid ${pids[0]}) with SIGKILL"
kill -9 "${pids[0]}"
wait "$wrk_pid"

requests=$(awk '/requests in/ { print $1 }' "$OUT/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx responses/ { print $5 }' "$OUT/wrk.txt"); non2xx=${non2xx:-0}
socket=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' "$OUT/wrk.txt"); socket=${socket:-0}
rps=$(awk '/Requests\/sec/ { print $2 }' "$OUT/wrk.txt")
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'): $COUNT instances behind nginx, wrk -t2 -c32 -d${DURATION}s over 6 paths,"
  echo "instance 1 killed with SIGKILL after $((DURATION / 3)) s."
  echo
  echo "| requests | failed (non-2xx/3xx) | socket errors | requests/s |"
  echo "|---|---|---|---|"
  echo "| $requests | $non2xx | $socket | $rps |"
} | tee "$ROOT/deploy/failover-results.md"
[ "$non2xx" = 0 ] && [ "$socket" = 0 ]
