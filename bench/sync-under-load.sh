#!/usr/bin/env bash
# Sync under load: while wrk drives 64 connections, 200 entries are rewritten (title and body both carry a
# version mark). Every response must be 2xx, and every page fetched meanwhile must be all-old or all-new.
# Results: bench/sync-under-load-results.md
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/out
PORT=5085
CONTENT=$OUT/content-under-load
mkdir -p "$OUT"
dotnet publish "$ROOT/src/OnThisDay.Web" -c Release -r linux-x64 --self-contained false -o "$OUT/publish" --nologo -v quiet
rm -rf "$CONTENT" "$OUT"/under-load.db*
mkdir -p "$CONTENT/events"
write_entries() { # version
  for i in $(seq 1 200); do
    m=$(( (i % 12) + 1 )); d=$(( (i % 28) + 1 ))
    dir=$(printf "%s/events/%02d-%02d" "$CONTENT" "$m" "$d"); mkdir -p "$dir"
    printf -- "---\ntitle: Entry %s Version %s\ndate: %04d-%02d-%02d\nsummary: Summary %s.\n---\nBody of entry %s, mark version-%s-mark.\n" \
      "$i" "$1" $((1500 + i)) "$m" "$d" "$i" "$i" "$1" >"$dir/$((1500 + i))-entry-$i.md"
  done
}
write_entries A
(cd "$OUT/publish" && ASPNETCORE_ENVIRONMENT=Production Content__Path="$CONTENT" ConnectionStrings__OnThisDay="Data Source=$OUT/under-load.db" \
  ASPNETCORE_URLS="http://127.0.0.1:$PORT" RateLimits__Enabled=false exec dotnet OnThisDay.Web.dll >"$OUT/under-load.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.2; done

wrk -t2 -c64 -d15s "http://127.0.0.1:$PORT/events/1501-02-02-entry-1" >"$OUT/under-load-wrk.txt" 2>&1 &
wrk_pid=$!
sleep 3
write_entries B &
writer=$!
mixed=0; checked=0
for _ in $(seq 1 300); do
  i=$(( (RANDOM % 200) + 1 )); m=$(( (i % 12) + 1 )); d=$(( (i % 28) + 1 ))
  page=$(curl -sf "http://127.0.0.1:$PORT/events/$((1500 + i))-$(printf %02d-%02d "$m" "$d")-entry-$i" || echo "FAILED")
  checked=$((checked + 1))
  if grep -q "Version A" <<<"$page" && grep -q "version-A-mark" <<<"$page"; then continue; fi
  if grep -q "Version B" <<<"$page" && grep -q "version-B-mark" <<<"$page"; then continue; fi
  mixed=$((mixed + 1))
done
wait "$writer"
wait "$wrk_pid"
non2xx=$(awk '/Non-2xx or 3xx responses/ { print $5 }' "$OUT/under-load-wrk.txt"); non2xx=${non2xx:-0}
socket=$(awk -F'[ ,]+' '/Socket errors/ { print $4 + $6 + $8 + $10 }' "$OUT/under-load-wrk.txt"); socket=${socket:-0}
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'): 200 entries rewritten under wrk -t2 -c64 -d15s."
  echo
  echo "| wrk requests | non-2xx/3xx | socket errors | pages checked | pages mixing versions or failing |"
  echo "|---|---|---|---|---|"
  echo "| $(awk '/requests in/ { print $1 }' "$OUT/under-load-wrk.txt") | $non2xx | $socket | $checked | $mixed |"
} | tee "$ROOT/bench/sync-under-load-results.md"
[ "$non2xx" = 0 ] && [ "$mixed" = 0 ]
