#!/usr/bin/env bash
# How late schedule ticks fire: COUNT automations (in 10 workspaces) with six-field crons, plus one broken schedule
# written straight into the database (as a flow saved before the cron checks); for DURATION seconds the ticker
# fires them, then we read (run created_at − tick time) of every scheduled run from the database.
# Two patterns: "spread" (automation i fires at second i mod 60 of every minute: COUNT/60 runs a second) and
# "burst" (all fire at second 0 of every minute). Usage: bench/schedules.sh [count=1000] [seconds=180] [pattern=spread]
# Needs JDK 25, psql.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${1:-1000}
SECONDS_TO_RUN=${2:-180}
PATTERN=${3:-spread}
PORT=${BENCH_PORT:-18093}
source bench/server.sh
require psql curl
start_server SKILLIFY_SCHEDULE_MIN_INTERVAL=1s

flow() {
    printf '{"nodes":[{"id":"tick","type":"trigger.schedule","position":{"x":0,"y":0},"data":{"cron":"%s"}},' "$1"
    printf '{"id":"log","type":"notify.log","position":{"x":0,"y":1},"data":{"message":"tick"}}],'
    printf '"edges":[{"id":"e1","source":"tick","target":"log"}]}'
}

echo "== creating $COUNT scheduled automations ($PATTERN)"
for w in $(seq 1 10); do
    WS=$(api -d "{\"name\":\"bench $w\"}" "http://127.0.0.1:$PORT/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
    for i in $(seq "$w" 10 "$COUNT"); do
        [ "$PATTERN" = burst ] && SECOND=0 || SECOND=$((i % 60))
        api -o /dev/null -d "{\"name\":\"clock $i\",\"flow\":$(flow "$SECOND * * * * *")}" \
            "http://127.0.0.1:$PORT/api/$WS/automations"
    done
done
BROKEN=$(api -d "{\"name\":\"broken\",\"flow\":$(flow "0 0 * * * *")}" "http://127.0.0.1:$PORT/api/$WS/automations" \
    | sed -n 's/.*"data":{"id":"\([^"]*\)".*/\1/p')
SQL "update automation_versions set flow = jsonb_set(flow, '{nodes,0,data,cron}', '\"0 0 0 31W * ?\"')
     where automation_id = '$BROKEN'; update schedules set cron = '0 0 0 31W * ?', next_fire_at = now()
     where automation_id = '$BROKEN'" >/dev/null
SQL "select count(*) from schedules" | awk '{print "schedules stored: " $1}'
SQL "delete from runs" >/dev/null
START=$(SQL "select now()")

echo "== ticking for $SECONDS_TO_RUN s"
sleep "$SECONDS_TO_RUN"
SQL "update automations set enabled = false" >/dev/null
SQL "delete from schedules" >/dev/null
until [ "$(SQL "select count(*) from runs where status in ('queued','running')")" = 0 ]; do sleep 0.5; done

echo
echo "== lateness of scheduled runs (run created_at − tick time)"
SQL "select count(*),
            count(distinct r.automation_id),
            round((percentile_cont(0.5) within group (order by extract(epoch from r.created_at - t.tick_at)) * 1000)::numeric, 1),
            round((percentile_cont(0.99) within group (order by extract(epoch from r.created_at - t.tick_at)) * 1000)::numeric, 1),
            round((max(extract(epoch from r.created_at - t.tick_at)) * 1000)::numeric, 1)
     from runs r join schedule_ticks t on t.run_id = r.id
     where t.tick_at >= '$START'::timestamptz + interval '5 seconds'" \
    | awk -F'|' '{printf "runs %s from %s automations; late by p50 %s ms, p99 %s ms, max %s ms\n", $1, $2, $3, $4, $5}'
SQL "select count(*) from runs where automation_id = '$BROKEN'" | awk '{print "runs of the broken schedule: " $1}'
grep -c "could not fire" "$LOG" | awk '{print "warnings logged for the broken schedule: " $1}'
grep -m1 "could not fire" "$LOG" || true
