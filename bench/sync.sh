#!/usr/bin/env bash
# Sync benchmark: synthetic content of 1,000, 10,000 and 50,000 entries. For each size: the floor (read and
# Markdig-parse every file, nothing else), a full build (no database), a start with nothing changed (time to
# the first response), and one changed file picked up by the live sync. At the largest size, peak resident
# memory under load. Usage: bench/sync.sh [sizes...], a size being a number or `real` (the repository's content/). Results: bench/out/sync-results.md
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/out
PORT=5083
SIZES=("$@"); [ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 10000 50000)
mkdir -p "$OUT"
command -v wrk >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
dotnet publish "$ROOT/src/OnThisDay.Web" -c Release -r linux-x64 --self-contained false -o "$OUT/publish" --nologo -v quiet
dotnet build "$ROOT/bench/SyncBench" -c Release --nologo -v quiet -o "$OUT/syncbench"

pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null || true' EXIT
now_ms() { date +%s%3N; }
start_site() { # content db log
  (cd "$OUT/publish" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$1" ConnectionStrings__OnThisDay="Data Source=$2" \
    ASPNETCORE_URLS="http://127.0.0.1:$PORT" Content__DebounceMilliseconds=50 RateLimits__Enabled=false \
    exec env "Serilog__MinimumLevel__Override__OnThisDay.Web.Sync=Debug" dotnet OnThisDay.Web.dll >"$3" 2>&1) &
  pid=$!
}
wait_for() { until curl -sf -o /dev/null "http://127.0.0.1:$PORT$1"; do sleep 0.02; done; }
stop_site() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
sync_ms() { grep -o 'Synced content: .* in [0-9]* ms' "$1" | tail -1 | grep -o '[0-9]* ms$' | cut -d' ' -f1; }

RESULTS="$OUT/sync-results.md"
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores"
  echo
  echo "| entries | floor: read + parse | full build (sync) | ratio to floor | full build, start to first response | unchanged start: sync | unchanged start: first response | one changed file visible |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$RESULTS"

for n in "${SIZES[@]}"; do
  content="$OUT/content-$n"
  if [ "$n" = real ]; then
    # The repository's own content/, copied so that the changed-file step does not touch it.
    rm -rf "$content"; cp -r "$ROOT/content" "$content"
  else
    [ -d "$content/events" ] || python3 "$ROOT/bench/gen_entries.py" "$n" "$content"
  fi
  floor=$(dotnet "$OUT/syncbench/SyncBench.dll" "$content" 3 | grep '^floor' | grep -o 'median [0-9]*' | cut -d' ' -f2)
  db="$OUT/sync-$n.db"; rm -f "$db"*

  t0=$(now_ms); start_site "$content" "$db" "$OUT/sync-$n-full.log"; wait_for /june/12; t1=$(now_ms)
  full_sync=$(sync_ms "$OUT/sync-$n-full.log"); full_first=$((t1 - t0))
  stop_site

  t0=$(now_ms); start_site "$content" "$db" "$OUT/sync-$n-warm.log"; wait_for /june/12; t1=$(now_ms)
  # The existing read model is served while the start-up check runs beside it: wait for the check's report.
  until grep -q 'Synced content' "$OUT/sync-$n-warm.log"; do sleep 0.05; done
  warm_sync=$(sync_ms "$OUT/sync-$n-warm.log"); warm_first=$((t1 - t0))

  # One changed file: a new title, then poll its page until the new title is served.
  file=$(find "$content/events/03-14" -name '*.md' -print -quit)
  slug=$(basename "$file" .md); year=${slug%%-*}; name=${slug#*-}; slug="$year-03-14-$name"
  marker="Changed Title $RANDOM$RANDOM"
  sed -i "s/^title: .*/title: $marker/" "$file"
  t0=$(now_ms)
  until curl -sf "http://127.0.0.1:$PORT/events/$slug" -o "$OUT/page.html" && grep -q "$marker" "$OUT/page.html"; do sleep 0.01; done
  changed=$(( $(now_ms) - t0 ))

  if [ "$n" = "${SIZES[-1]}" ]; then
    wrk -t2 -c32 -d20s "http://127.0.0.1:$PORT/june/12" >/dev/null & w1=$!
    wrk -t1 -c8 -d20s "http://127.0.0.1:$PORT/search?q=river" >/dev/null & w2=$!
    for m in $(seq 1 12); do for d in 1 5 9 13 17 21 25; do curl -s -o /dev/null "http://127.0.0.1:$PORT/$m/$d" -L; done; done
    wait "$w1" "$w2"
    peak=$(grep VmHWM "/proc/$pid/status" | awk '{ printf "%.0f MB", $2 / 1024 }')
    echo "peak resident memory at $n entries under load: $peak" >"$OUT/memory.txt"
  fi
  stop_site
  ratio=$(awk -v a="$full_sync" -v b="$floor" 'BEGIN { printf "%.1f", a / b }')
  label=$n; [ "$n" = real ] && label="content/ ($(find "$content/events" -name '*.md' | wc -l))"
  echo "| $label | $floor ms | $full_sync ms | $ratio× | $full_first ms | $warm_sync ms | $warm_first ms | $changed ms |" | tee -a "$RESULTS"
done
[ -f "$OUT/memory.txt" ] && cat "$OUT/memory.txt" | tee -a "$RESULTS"
echo "results: $RESULTS"
