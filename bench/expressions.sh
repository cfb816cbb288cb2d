#!/usr/bin/env bash
# Isolation from hostile expressions (API §9 "Expressions"): p99 of GET /actuator/health and of another tenant's
# GET /api/{workspaceId}/automations, first on an idle server, then while one tenant keeps 8 runs in flight whose
# transform never ends (each stopped at SKILLIFY_EXPRESSION_TIMEOUT). Usage: bench/expressions.sh [duration=15s]
# [connections=4]. Needs JDK 25, wrk, psql, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-15s}
CONNECTIONS=${2:-4}
IN_FLIGHT=${IN_FLIGHT:-8}
PORT=${BENCH_PORT:-18093}
source bench/server.sh
require wrk psql curl
start_server

URL="http://127.0.0.1:$PORT"
WS=$(api -d '{"name":"hostile"}' "$URL/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
FLOW='{"nodes":[
 {"id":"start","type":"trigger.manual","position":{"x":0,"y":0},"data":{}},
 {"id":"calc","type":"data.transform","position":{"x":0,"y":1},"data":{"set":{"loop":"($f := function($n){ $f($n + 1) }; $f(0))"}}}],
 "edges":[{"id":"e1","source":"start","target":"calc"}]}'
AUTOMATION=$(api -d "{\"name\":\"never ends\",\"flow\":$FLOW}" "$URL/api/$WS/automations" \
    | sed -n 's/.*"data":{"id":"\([^"]*\)".*/\1/p')

NEIGHBOUR_KEY=$(api -d '{"name":"neighbour"}' "$URL/api/accounts" | sed -n 's/.*"apiKey":"\([^"]*\)".*/\1/p')
NEIGHBOUR_WS=$(curl -s -H "Authorization: Bearer $NEIGHBOUR_KEY" -H 'Content-Type: application/json' \
    -d '{"name":"neighbour"}' "$URL/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
curl -s -H "Authorization: Bearer $NEIGHBOUR_KEY" -H 'Content-Type: application/json' \
    -d '{"name":"calm","flow":{"nodes":[{"id":"start","type":"trigger.manual","position":{"x":0,"y":0},"data":{}}],"edges":[]}}' \
    "$URL/api/$NEIGHBOUR_WS/automations" >/dev/null

measure() {
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@"
}
health() { measure "$URL/actuator/health"; }
neighbour() { measure -H "Authorization: Bearer $NEIGHBOUR_KEY" "$URL/api/$NEIGHBOUR_WS/automations"; }

# Keeps IN_FLIGHT hostile runs queued or running until stopped.
hostile_load() {
    while true; do
        running=$(SQL "select count(*) from runs where workspace_id = '$WS' and status in ('queued','running')")
        for _ in $(seq $((IN_FLIGHT - running)) -1 1); do
            api -o /dev/null -d '{"input":{}}' "$URL/api/$WS/automations/$AUTOMATION/runs"
        done
        sleep 0.05
    done
}

health >/dev/null; neighbour >/dev/null                                  # warm-up
echo "== idle"
H0=$(health); echo "$H0"
N0=$(neighbour); echo "$N0"

hostile_load & LOAD=$!
sleep 2
echo "== $IN_FLIGHT hostile runs in flight"
H1=$(health); echo "$H1"
N1=$(neighbour); echo "$N1"
kill "$LOAD"; wait "$LOAD" 2>/dev/null || true
FAILED=$(SQL "select count(*) from runs where workspace_id = '$WS' and status = 'failed'")
ERROR=$(SQL "select error from run_steps where workspace_id = '$WS' and error is not null limit 1" 2>/dev/null || true)

field() { echo "$1" | awk -v k="$2" '$1==k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
non2xx() { echo "$1" | awk '/Non-2xx/ {print $NF}'; }
row() { echo "| $1 | $(rps "$2") req/s, p50 $(field "$2" 50%), p99 $(field "$2" 99%), non-2xx: $(non2xx "$2" || echo 0) |"; }

echo
echo "hostile runs failed meanwhile: $FAILED; a step error: $ERROR"
echo "| measure | value |"
echo "|---|---|"
row "GET /actuator/health, idle" "$H0"
row "GET /api/{other workspace}/automations, idle" "$N0"
row "GET /actuator/health, $IN_FLIGHT hostile runs in flight" "$H1"
row "GET /api/{other workspace}/automations, $IN_FLIGHT hostile runs in flight" "$N1"
