#!/usr/bin/env bash
# Analytics at scale: bulk-loads N finished runs (default 10,000,000) across 100 automations of one workspace with
# COPY into runs and run_steps (created over the last 90 days, 85 % succeeded, 10 % failed, 5 % cancelled, two
# steps each), rebuilds the aggregates with the backfill command and reports its time, then measures p50/p95 of
# each analytics route, cold (every call a new cache key) and warm (the same call repeated).
# Usage: bench/analytics.sh [runs=10000000] [calls=100]. Needs JDK 25, psql, curl. SKIP_ROUTES=1: load + backfill only.
# BENCH_DATA=/dir keeps the loaded database there: a second run with the same BENCH_DATA skips load and backfill.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-10000000}
CALLS=${2:-100}
AUTOMATIONS=100
CHUNK=${CHUNK:-1000000}
PORT=${BENCH_PORT:-18093}
source bench/server.sh
require psql curl
BASE="http://127.0.0.1:$PORT"

if [ -f "$DATA/analytics.loaded" ]; then
    source "$DATA/analytics.loaded"
    N=$LOADED
    echo "== reusing the $N runs loaded in $DATA (BENCH_DATA)"
else
    start_server
    WS=$(api -d '{"name":"analytics bench"}' "$BASE/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
    FLOW='{"nodes":[{"id":"start","type":"trigger.manual","position":{"x":0,"y":0},"data":{}},
     {"id":"log","type":"notify.log","position":{"x":0,"y":1},"data":{"message":"hello"}}],
     "edges":[{"id":"e1","source":"start","target":"log"}]}'
    for i in $(seq 1 $AUTOMATIONS); do
        api -d "{\"name\":\"automation $i\",\"flow\":$FLOW}" "$BASE/api/$WS/automations" >/dev/null
    done
    FIRST_AUTOMATION=$(SQL "select id from automations where workspace_id = '$WS' order by id limit 1")

    echo "== loading $N runs across $AUTOMATIONS automations (COPY, $CHUNK per chunk)"
    LOAD_START=$(date +%s.%N)
    PSQL() { psql -h localhost -p "$PGPORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 -c "$(tr "\n" " " <<<"$1")"; }
    for ((loaded=0; loaded < N; loaded += CHUNK)); do
        n=$(( N - loaded < CHUNK ? N - loaded : CHUNK ))
        # The chunk's runs: automation round robin, creation over the last 90 days, status, duration (ms).
        PSQL "drop table if exists bench_chunk; create unlogged table bench_chunk as
              select '$WS'::uuid as workspace_id, uuidv7(created_at - now()) as id, a.ids[1 + g % $AUTOMATIONS] as automation_id,
                     created_at, created_at + interval '5 ms' as started_at,
                     case when r < 0.85 then 'succeeded' when r < 0.95 then 'failed' else 'cancelled' end as status,
                     (200 + (random() ^ 3) * 20000)::int as duration_ms
              from generate_series(1, $n) g,
                   lateral (select now() - random() * interval '90 days' + g * interval '0' as created_at, random() as r) t,
                   (select array_agg(id order by id) as ids from automations where workspace_id = '$WS') a"
        PSQL "\\copy (select workspace_id, id, automation_id, 1, status, 'manual', '{}', created_at, started_at,
                      started_at + duration_ms * interval '1 ms', created_at from bench_chunk) to '$DATA/runs.csv' with (format csv)"
        PSQL "\\copy runs (workspace_id, id, automation_id, version, status, trigger, input, created_at, started_at,
                      finished_at, due_at) from '$DATA/runs.csv' with (format csv)"
        # Two steps per run: the trigger (1 ms) and a log step that ends with the run (skipped when it was cancelled).
        PSQL "\\copy (select c.workspace_id, c.id, s.node_id, s.type,
                      case when s.node_id = 'start' then 'succeeded' when c.status = 'cancelled' then 'skipped' else c.status end,
                      case when s.node_id = 'log' and c.status = 'cancelled' then 0 else 1 end,
                      case when s.node_id = 'log' and c.status = 'cancelled' then null
                           when s.node_id = 'start' then c.started_at else c.started_at + interval '1 ms' end,
                      case when s.node_id = 'log' and c.status = 'cancelled' then null
                           when s.node_id = 'start' then c.started_at + interval '1 ms'
                           else c.started_at + c.duration_ms * interval '1 ms' end
               from bench_chunk c cross join (values ('start', 'trigger.manual'), ('log', 'notify.log')) s(node_id, type))
               to '$DATA/steps.csv' with (format csv)"
        PSQL "\\copy run_steps (workspace_id, run_id, node_id, type, status, attempt, started_at, finished_at)
               from '$DATA/steps.csv' with (format csv)"
        echo "   $(( loaded + n )) runs loaded"
    done
    PSQL "drop table bench_chunk"
    SQL "vacuum analyze runs" >/dev/null; SQL "vacuum analyze run_steps" >/dev/null
    echo "loaded in $(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $LOAD_START}") s; runs $(SQL "select count(*) from runs"), step rows $(SQL "select count(*) from run_steps")"

    echo "== backfill (java -jar skillify.jar --skillify.analytics.backfill=true)"
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
    BACKFILL_START=$(date +%s.%N)
    env SERVER_PORT="$PORT" SKILLIFY_DATA_DIR="$DATA" SKILLIFY_BOOTSTRAP_API_KEY="$KEY" \
        "$JAVA" ${JAVA_OPTS:-} -jar bootstrap/target/app/skillify.jar --skillify.analytics.backfill=true >"$DATA/backfill.log" 2>&1 \
        && STATUS=0 || STATUS=$?
    BACKFILL_SECONDS=$(awk "BEGIN {printf \"%.1f\", $(date +%s.%N) - $BACKFILL_START}")
    grep -E "Analytics backfill (done|stopped)" "$DATA/backfill.log" || tail -20 "$DATA/backfill.log"
    echo "backfill: exit $STATUS, $BACKFILL_SECONDS s wall (JVM start and stop included), $(awk "BEGIN {printf \"%.0f\", $N / $BACKFILL_SECONDS}") runs/s"

    echo "WS=$WS FIRST_AUTOMATION=$FIRST_AUTOMATION LOADED=$N" >"$DATA/analytics.loaded"
fi
start_server
grep -h "Successfully applied\|Migrating schema" "$LOG" || true
for table in $(SQL "select tablename from pg_tables where tablename like 'analytics\_%\_%' and tablename not like '%backfill%' order by 1"); do
    echo "aggregate rows in $table: $(SQL "select count(*) from $table where workspace_id = '$WS'")"
done
echo "check: workspace total = $(SQL "select sum(total) from analytics_runs_15m where workspace_id = '$WS' and automation_id = '00000000-0000-0000-0000-000000000000'") (loaded $N)"
[ -n "${SKIP_ROUTES:-}" ] && exit 0

# p50/p95 in ms of the call times given on standard input (seconds, one a line)
percentiles() { sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "p50 %.1f ms, p95 %.1f ms (%d calls)", t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], NR }'; }
call() { curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $KEY" "$1"; }
# the same URL CALLS times over one kept-alive connection, as a browser or an API client calls (one time a call)
calls_kept_alive() {
    local args=() i
    for ((i = 0; i < CALLS; i++)); do args+=(-o /dev/null -w '%{time_total}\n' "$1"); done
    curl -s -H "Authorization: Bearer $KEY" "${args[@]}"
}

TO=$(date -u +%s)
iso() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%SZ; }
# A server in use has its hot paths compiled: the warm-up calls every route ${WARMUP_CALLS} times (keep-alive, 100 a
# connection) on windows ending a week earlier than any measured one, so no measured cache key is filled by it.
echo "== warm-up: ${WARMUP_CALLS:=2000} calls per route and as many to GET /api/workspaces, on earlier windows"
warm_up() { # route, separator, first call index
    local args=() i end
    for ((i = $3; i < $3 + 100; i++)); do
        end=$(( TO - 7 * 86400 - i * 900 ))
        args+=(-o /dev/null "$BASE/api/$WS/analytics/$1$2tz=America/New_York&from=$(iso $(( end - (30 + i % 61) * 86400 )))&to=$(iso "$end")"
               -o /dev/null "$BASE/api/workspaces")
    done
    curl -s -H "Authorization: Bearer $KEY" "${args[@]}"
}
for route in "trends?bucket=day" "success-rate" "heatmap" "insights"; do
    sep=$([[ $route == *\?* ]] && echo "&" || echo "?")
    for ((start = 0; start < WARMUP_CALLS; start += 100)); do warm_up "$route" "$sep" "$start"; done
done
floor=$(for i in $(seq 1 "$CALLS"); do call "$BASE/api/workspaces"; done | percentiles)
floor_kept=$(calls_kept_alive "$BASE/api/workspaces" | percentiles)
echo "== floor: GET /api/workspaces (authenticated, no analytics): new connections $floor; kept alive $floor_kept"
for DAYS in 30 90; do
    echo "== routes over $DAYS days (tz=America/New_York; cold: each call a window one quarter earlier, so a new cache"
    echo "   key and no row in the database's cache for its edges; warm: one window repeated)"
    for route in "trends?bucket=day" "success-rate" "heatmap" "insights"; do
        for scope in "" "&automationId=$FIRST_AUTOMATION"; do
            sep=$([[ $route == *\?* ]] && echo "&" || echo "?")
            url() { echo "$BASE/api/$WS/analytics/$route${sep}tz=America/New_York&from=$(iso $(( $1 - DAYS * 86400 )))&to=$(iso "$1")$scope"; }
            status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $KEY" "$(url "$TO")")
            cold=$(for i in $(seq 1 "$CALLS"); do call "$(url $(( TO - i * 900 )))"; done | percentiles)
            warm=$(for i in $(seq 1 "$CALLS"); do call "$(url "$TO")"; done | percentiles)
            kept=$(calls_kept_alive "$(url "$TO")" | percentiles)
            label=workspace; [ -n "$scope" ] && label="one automation"
            printf '%-20s %-15s HTTP %s  cold %s  warm %s  warm kept alive %s\n' "$route" "$label" "$status" \
                "$cold" "$warm" "$kept"
        done
    done
done
