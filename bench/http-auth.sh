#!/usr/bin/env bash
# Measures the foundation: start-up time to healthy, idle RSS, and throughput/latency of two authenticated reads
# (GET /api/accounts/me and GET /api/{workspaceId}, API-key auth) under wrk on loopback.
# Usage: bench/http-auth.sh [duration=30s] [connections=32]. Needs JDK 25 (JAVA_HOME) and wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-30s}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-18080}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
KEY="bld_$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
DATA=$(mktemp -d)
LOG="$DATA/server.log"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -f bootstrap/target/app/skillify.jar ] || ./mvnw -q -B -DskipTests package

cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

# Starts the server in the background (PID) and sets STARTUP_MS to the time until /actuator/health is UP.
start_server() {
    local started=$(date +%s%N)
    SERVER_PORT=$PORT SKILLIFY_DATA_DIR="$DATA" SKILLIFY_BOOTSTRAP_API_KEY="$KEY" \
        SKILLIFY_RATE_LIMIT_PER_MINUTE=1000000000 "$JAVA" -jar bootstrap/target/app/skillify.jar >"$LOG" 2>&1 &
    PID=$!
    until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; do
        kill -0 "$PID" 2>/dev/null || { echo "server died:"; tail -50 "$LOG"; exit 1; }
        sleep 0.05
    done
    STARTUP_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

rss_mib() { echo $(( $(ps -o rss= -p "$PID") / 1024 )); }

echo "== first start (initdb of the embedded PostgreSQL included)"
start_server; FIRST_MS=$STARTUP_MS
kill "$PID"; wait "$PID" 2>/dev/null || true
echo "== start-up time to healthy, existing data directory"
start_server; START_MS=$STARTUP_MS
sleep 5
IDLE_RSS=$(rss_mib)

AUTH="Authorization: Bearer $KEY"
WS=$(curl -s -H "$AUTH" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
    "http://127.0.0.1:$PORT/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')

run_wrk() {
    local path=$1
    wrk -t2 -c"$CONNECTIONS" -d10s -H "$AUTH" "http://127.0.0.1:$PORT$path" >/dev/null   # warm-up
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$AUTH" "http://127.0.0.1:$PORT$path"
}

echo "== GET /api/accounts/me"
ME=$(run_wrk /api/accounts/me); echo "$ME"
echo "== GET /api/{workspaceId}"
WSOUT=$(run_wrk "/api/$WS"); echo "$WSOUT"
sleep 5
AFTER_RSS=$(rss_mib)

field() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
non2xx() { echo "$1" | awk '/Non-2xx/ {print $NF}'; }

echo
echo "| measure | value |"
echo "|---|---|"
echo "| first start to healthy (initdb included) | ${FIRST_MS} ms |"
echo "| start-up to healthy (existing data) | ${START_MS} ms |"
echo "| idle RSS after start | ${IDLE_RSS} MiB |"
echo "| idle RSS after the load | ${AFTER_RSS} MiB |"
echo "| GET /api/accounts/me | $(rps "$ME") req/s, p50 $(field "$ME" 50%), p99 $(field "$ME" 99%), non-2xx: $(non2xx "$ME" || true) |"
echo "| GET /api/{workspaceId} | $(rps "$WSOUT") req/s, p50 $(field "$WSOUT" 50%), p99 $(field "$WSOUT" 99%), non-2xx: $(non2xx "$WSOUT" || true) |"
