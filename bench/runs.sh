#!/usr/bin/env bash
# Runs per second of a 5-node flow (manual → transform → condition → transform → log), end to end with every state
# change persisted: wrk starts runs over HTTP for the given time, then we wait for all of them to finish and read
# the timings from the database. Usage: bench/runs.sh [duration=20s] [connections=16]. Needs JDK 25, wrk, psql.
# SKILLIFY_ANALYTICS_ENABLED=false bench/runs.sh measures the same without the analytics listeners (the server
# inherits the environment).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20s}
CONNECTIONS=${2:-16}
PORT=${BENCH_PORT:-18090}
source bench/server.sh
require wrk psql
start_server
if [ -n "${SYNC_COMMIT:-}" ]; then   # profiling only: what waiting for the disk at each commit costs (never in production)
    SQL "alter role postgres set synchronous_commit = '$SYNC_COMMIT'" >/dev/null
    SQL "select pg_terminate_backend(pid) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()" >/dev/null
fi

WS=$(api -d '{"name":"bench"}' "http://127.0.0.1:$PORT/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
FLOW='{"nodes":[
 {"id":"start","type":"trigger.manual","position":{"x":0,"y":0},"data":{}},
 {"id":"enrich","type":"data.transform","position":{"x":0,"y":1},"data":{"set":{"amount":"input.amount","vip":"input.amount > 100"}}},
 {"id":"check","type":"logic.condition","position":{"x":0,"y":2},"data":{"expression":"steps.enrich.output.vip"}},
 {"id":"tier","type":"data.transform","position":{"x":0,"y":3},"data":{"set":{"tier":"'"'"'gold'"'"'"}}},
 {"id":"log","type":"notify.log","position":{"x":0,"y":4},"data":{"message":"order {{input.amount}} is {{steps.tier.output.tier}}"}}],
 "edges":[{"id":"e1","source":"start","target":"enrich"},{"id":"e2","source":"enrich","target":"check"},
 {"id":"e3","source":"check","target":"tier","sourceHandle":"true"},{"id":"e4","source":"tier","target":"log"}]}'
AUTOMATION=$(api -d "{\"name\":\"five nodes\",\"flow\":$FLOW}" "http://127.0.0.1:$PORT/api/$WS/automations" \
    | sed -n 's/.*"data":{"id":"\([^"]*\)".*/\1/p')

cat > "$DATA/start-run.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"input":{"amount":150}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $KEY"
LUA
URL="http://127.0.0.1:$PORT/api/$WS/automations/$AUTOMATION/runs"

# CPU seconds used so far by the JVM and by PostgreSQL (its processes alive plus what the postmaster's exited children
# used; the only PostgreSQL on the machine): steadier than runs/s on a shared two-core machine.
cpu_seconds() { awk '{ print ($14 + $15) / 100 }' "/proc/$1/stat"; }
cpu_now() {
    local postmaster
    postmaster=$(pgrep -o -x postgres)
    echo "$(cpu_seconds "$PID") $( { for p in $(pgrep -x postgres); do cpu_seconds "$p"; done
        awk '{ print ($16 + $17) / 100 }' "/proc/$postmaster/stat"; } | awk '{ s += $1 } END { print s }')"
}
wrk -t2 -c"$CONNECTIONS" -d${WARMUP:-60s} -s "$DATA/start-run.lua" "$URL" >/dev/null       # warm-up
until [ "$(SQL "select count(*) from runs where status in ('queued','running')")" = 0 ]; do sleep 0.5; done
SQL "delete from runs" >/dev/null
COMMITS_BEFORE=$(SQL "select xact_commit from pg_stat_database where datname = current_database()")
CPU_BEFORE=$(cpu_now)
FSYNCS_BEFORE=$(SQL "select coalesce(sum(fsyncs), 0) from pg_stat_io where object = 'wal'")

echo "== starting runs for $DURATION with $CONNECTIONS connections"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$DATA/start-run.lua" "$URL"
until [ "$(SQL "select count(*) from runs where status in ('queued','running')")" = 0 ]; do sleep 0.5; done
COMMITS=$(( $(SQL "select xact_commit from pg_stat_database where datname = current_database()") - COMMITS_BEFORE ))
FSYNCS=$(( $(SQL "select coalesce(sum(fsyncs), 0) from pg_stat_io where object = 'wal'") - FSYNCS_BEFORE ))

echo
echo "== runs, end to end"
SQL "select count(*) as runs,
            count(*) filter (where status = 'succeeded') as succeeded,
            round(extract(epoch from max(finished_at) - min(created_at))::numeric, 2) as seconds,
            round(count(*) / extract(epoch from max(finished_at) - min(created_at))::numeric, 1) as runs_per_second,
            round((percentile_cont(0.5) within group (order by extract(epoch from finished_at - created_at)) * 1000)::numeric, 1) as p50_ms,
            round((percentile_cont(0.99) within group (order by extract(epoch from finished_at - created_at)) * 1000)::numeric, 1) as p99_ms
     from runs" | awk -F'|' '{printf "runs %s, succeeded %s, in %s s: %s runs/s end to end; created→finished p50 %s ms, p99 %s ms\n", $1, $2, $3, $4, $5, $6}'
SQL "select count(*) from run_steps" | awk '{print "step rows written: " $1}'
SQL "select count(*) from run_logs" | awk '{print "history rows written (log lines, step changes, ends): " $1}'
RUNS=$(SQL "select count(*) from runs")
echo "database commits: $COMMITS ($(( COMMITS / RUNS )) per run, the bench's own polling included); WAL fsyncs: $FSYNCS ($(awk "BEGIN {printf \"%.2f\", $FSYNCS / $RUNS}") per run)"
COUNTINGS=$(SQL "select count(distinct c.xmin::text) from analytics_counted_runs c join runs r on r.id = c.run_id")
[ "$COUNTINGS" -gt 0 ] && echo "analytics: $COUNTINGS counting transactions for these runs"
echo "CPU per run (JVM + PostgreSQL, while the measured runs ran): $(awk -v runs="$RUNS" -v before="$CPU_BEFORE" -v after="$(cpu_now)" 'BEGIN {
    split(before, b); split(after, a)
    printf "%.2f ms + %.2f ms", (a[1] - b[1]) * 1000 / runs, (a[2] - b[2]) * 1000 / runs }')"
