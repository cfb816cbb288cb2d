#!/usr/bin/env bash
# SSE fan-out: what 1,000 open run-log streams cost one instance (heap after GC and RSS, idle) and how late a log
# line reaches each of 1,000 subscribers of one run (its `at` to its arrival). Usage: bench/sse-fanout.sh
# [streams=1000] [lines=20]. Needs JDK 25, curl; the client runs from bench/SseFanOutBench.java (single-file).
set -euo pipefail
cd "$(dirname "$0")/.."

STREAMS=${1:-1000}
LINES=${2:-20}
PORT=${BENCH_PORT:-18093}
source bench/server.sh
require curl
start_server SKILLIFY_SSE_MAX_STREAMS_PER_ACCOUNT=$((STREAMS + 10))

WS=$(api -d '{"name":"bench"}' "http://127.0.0.1:$PORT/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
# A first line, a 30 s pause (the streams are open and idle: the memory is measured then), then LINES lines 250 ms
# apart, each one a separate commit, so every line is one notification fanned out to every stream.
NODES='{"id":"start","type":"trigger.manual","position":{"x":0,"y":0},"data":{}},
 {"id":"first","type":"notify.log","position":{"x":0,"y":1},"data":{"message":"first"}},
 {"id":"idle","type":"flow.delay","position":{"x":0,"y":2},"data":{"duration":"30s"}}'
EDGES='{"id":"e0","source":"start","target":"first"},{"id":"e1","source":"first","target":"idle"}'
PREVIOUS=idle
for i in $(seq 1 "$LINES"); do
    NODES="$NODES,"'{"id":"line'$i'","type":"notify.log","position":{"x":1,"y":'$i'},"data":{"message":"line '$i'"}},
 {"id":"gap'$i'","type":"flow.delay","position":{"x":2,"y":'$i'},"data":{"duration":"250ms"}}'
    EDGES="$EDGES"',{"id":"l'$i'","source":"'$PREVIOUS'","target":"line'$i'"},{"id":"g'$i'","source":"line'$i'","target":"gap'$i'"}'
    PREVIOUS=gap$i
done
AUTOMATION=$(api -d "{\"name\":\"fan-out\",\"flow\":{\"nodes\":[$NODES],\"edges\":[$EDGES]}}" \
    "http://127.0.0.1:$PORT/api/$WS/automations" | sed -n 's/.*"data":{"id":"\([^"]*\)".*/\1/p')

"$JAVA" -Xmx1g bench/SseFanOutBench.java "http://127.0.0.1:$PORT" "$KEY" "$WS" "$AUTOMATION" "$STREAMS" "$PID"
