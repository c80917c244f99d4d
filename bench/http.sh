#!/usr/bin/env bash
# HTTP benchmark: wrk against the site and against nginx serving the very same bytes as static files,
# in the same run, at the same connection counts; once with the output cache on and once with it off.
# Usage: bench/http.sh [duration, default 10s] (WARMUP=15s per path by default; PATHS="/june/12 /search?q=war" and
# CACHE="false" measure a subset). Results: bench/out/http-results.md
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/out
DURATION=${1:-10s}
SITE_PORT=5081
NGINX_PORT=8081
read -r -a PATHS <<<"${PATHS:-/june/12 / /events/2018-06-12-trump-meets-kim-jong-un /search?q=war /api/v1/onthisday/all/06/12}"
read -r -a CACHE_MODES <<<"${CACHE:-true false}"
CONNECTIONS=(32 128)
WARMUP=${WARMUP:-15s}

command -v wrk >/dev/null && command -v nginx >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light; }
mkdir -p "$OUT"
dotnet publish "$ROOT/src/OnThisDay.Web" -c Release -r linux-x64 --self-contained false -o "$OUT/publish" --nologo -v quiet

site_pid=""
nginx_started=""
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -c "$OUT/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT

start_site() {
  rm -f "$OUT"/http-bench.db*
  (cd "$OUT/publish" && ASPNETCORE_ENVIRONMENT=Production Caching__OutputCache="$1" Content__Path="$ROOT/content" \
    ConnectionStrings__OnThisDay="Data Source=$OUT/http-bench.db" ASPNETCORE_URLS="http://127.0.0.1:$SITE_PORT" \
    Site__BaseUrl="http://127.0.0.1:$SITE_PORT" RateLimits__Enabled=false exec dotnet OnThisDay.Web.dll >"$OUT/site.log" 2>&1) &
  site_pid=$!
  # Ready when it answers and its first sync has reported (nothing then runs beside the measurement).
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$SITE_PORT/healthz" && grep -q 'Synced content' "$OUT/site.log" && return 0
    sleep 0.2
  done
  echo "site did not start" >&2; exit 1
}

static_name() { local p=${1%%\?*}; [ "$p" = "/" ] && p="/index"; echo "$OUT/static$p"; }

# nginx serves each page's bytes from a file at the same path (the query string is ignored).
write_nginx() {
  cat >"$OUT/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx.pid;
error_log $OUT/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $OUT/static;
    location = / { try_files /index =404; }
  }
}
CONF
}

run_wrk() { # url connections -> "rps p50 p99"
  wrk -t2 -c"$2" -d"$DURATION" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    END { print rps, p50, p99 }'
}

RESULTS="$OUT/http-results.md"
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, wrk -t2 -d$DURATION; nginx $(nginx -v 2>&1 | sed 's/.*\///')"
  echo
  echo "| output cache | path | conns | site req/s | nginx req/s | ratio | site p50 | site p99 | nginx p50 | nginx p99 |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} >"$RESULTS"

write_nginx
for cache in "${CACHE_MODES[@]}"; do
  start_site "$cache"
  rm -rf "$OUT/static"
  for path in "${PATHS[@]}"; do
    file=$(static_name "$path"); mkdir -p "$(dirname "$file")"
    curl -sf "http://127.0.0.1:$SITE_PORT$path" -o "$file"
  done
  if [ -z "$nginx_started" ]; then nginx -c "$OUT/nginx.conf"; nginx_started=1; else nginx -c "$OUT/nginx.conf" -s reload; fi
  sleep 0.5
  # Warm up: JIT, caches and connection pools, for both servers, before anything is measured. The runtime
  # recompiles hot methods with what it saw them do (tiered PGO): a path reaches its steady rate only after some
  # 10-20 s of load, and two seconds of it measured the uncached day page at half its later rate.
  for path in "${PATHS[@]}"; do
    wrk -t2 -c32 -d"$WARMUP" "http://127.0.0.1:$SITE_PORT$path" >/dev/null
    wrk -t2 -c32 -d1s "http://127.0.0.1:$NGINX_PORT$path" >/dev/null
  done
  for path in "${PATHS[@]}"; do
    for conns in "${CONNECTIONS[@]}"; do
      read -r s_rps s_p50 s_p99 < <(run_wrk "http://127.0.0.1:$SITE_PORT$path" "$conns")
      read -r n_rps n_p50 n_p99 < <(run_wrk "http://127.0.0.1:$NGINX_PORT$path" "$conns")
      ratio=$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.2f", a / b }')
      echo "| $([ "$cache" = true ] && echo on || echo off) | \`$path\` | $conns | ${s_rps%.*} | ${n_rps%.*} | $ratio | $s_p50 | $s_p99 | $n_p50 | $n_p99 |" | tee -a "$RESULTS"
    done
  done
  kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""
done
echo "results: $RESULTS"
