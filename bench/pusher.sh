#!/usr/bin/env bash
# Realtime through the outbox: API latency of POST /api/tasks (each one two task:created events) with Pusher up,
# hanging and down, and the events/s the outbox delivers, live and when draining a backlog after Pusher comes back.
# Usage: bench/pusher.sh [duration=20s] [connections=16]. Needs JDK 25, wrk, psql.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20s}
CONNECTIONS=${2:-16}
PORT=${BENCH_PORT:-18093}
SINK=${BENCH_SINK_PORT:-18094}
source bench/server.sh
require wrk psql

"$JAVA" bench/PusherSink.java "$SINK" >"$DATA/sink.log" 2>&1 &
SINK_PID=$!
trap 'kill $SINK_PID 2>/dev/null; cleanup' EXIT
until curl -sf "http://127.0.0.1:$SINK/count" >/dev/null; do sleep 0.2; done

start_server SKILLIFY_ENGINE_ENABLED=false SKILLIFY_PUSHER_APP_ID=1 SKILLIFY_PUSHER_KEY=bench SKILLIFY_PUSHER_SECRET=bench \
    SKILLIFY_PUSHER_HOST=127.0.0.1 SKILLIFY_PUSHER_PORT="$SINK" SKILLIFY_PUSHER_SCHEME=http

WS=$(api -d '{"name":"bench"}' "http://127.0.0.1:$PORT/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
cat > "$DATA/create.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $KEY"
wrk.body = '{"workspaceId":"$WS","title":"bench"}'
LUA

mode() { curl -sf "http://127.0.0.1:$SINK/mode/$1" >/dev/null; }
count() { curl -sf "http://127.0.0.1:$SINK/count"; }
outstanding() { SQL "select count(*) from event_publication"; }
load() {  # prints req/s, p50, p99 and non-2xx answers of one wrk run
    wrk -t2 -c"$CONNECTIONS" -d"$1" --latency -s "$DATA/create.lua" "http://127.0.0.1:$PORT/api/tasks" >"$DATA/wrk.out"
    awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
         END {printf "%8.0f req/s  p50 %-9s p99 %-9s non-2xx %s\n", rps, p50, p99, bad+0}' "$DATA/wrk.out"
}
drain() {  # seconds until the outbox is empty, and the events/s delivered meanwhile
    local start=$(date +%s.%N) before=$(count)
    until [ "$(outstanding)" = 0 ]; do sleep 0.2; done
    local end=$(date +%s.%N) after=$(count)
    awk -v s="$start" -v e="$end" -v b="$before" -v a="$after" \
        'BEGIN {printf "drained in %.1f s, %d events, %.0f events/s\n", e-s, a-b, (a-b)/(e-s)}'
}

load 10s >/dev/null   # warm-up
drain >/dev/null
echo "== POST /api/tasks, $CONNECTIONS connections, $DURATION each"
before=$(count); start=$(date +%s.%N)
printf '%-12s' "pusher up"; load "$DURATION"
printf '%-12s' "  outbox"; drain
mode hang
printf '%-12s' "hanging"; load "$DURATION"
mode down
printf '%-12s' "down (503)"; load "$DURATION"
echo "outstanding publications when Pusher comes back: $(outstanding)"
mode up
printf '%-12s' "  backlog"; drain
