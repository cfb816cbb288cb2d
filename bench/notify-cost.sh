#!/usr/bin/env bash
# What a NOTIFY inside each writing transaction costs concurrent writers (ADR 0014): pgbench inserts history-like
# rows from CLIENTS connections into two copies of a table, one plain, one with a statement-level trigger that
# notifies once per statement (the design ADR 0014 rejected), alternately, on the embedded PostgreSQL of a
# throw-away server (fsync and synchronous_commit on, as in production). Usage: bench/notify-cost.sh [seconds=15]
# [clients=16] [rounds=3]. Needs JDK 25, psql, pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-15}
CLIENTS=${2:-16}
ROUNDS=${3:-3}
PORT=${BENCH_PORT:-18094}
source bench/server.sh
require psql pgbench
start_server SKILLIFY_ENGINE_ENABLED=false

SQL "create table plain_logs (run_id uuid not null, seq bigint not null, at timestamptz not null, message text not null,
                              primary key (run_id, seq));
     create table notified_logs (like plain_logs including all);
     create function notify_runs() returns trigger language plpgsql as \$\$
     declare changed uuid;
     begin
         for changed in select distinct run_id from added loop
             perform pg_notify('bench_changes', 'run-history:' || changed);
         end loop;
         return null;
     end \$\$;
     create trigger notify_runs after insert on notified_logs referencing new table as added
         for each statement execute function notify_runs();" >/dev/null
# a listener, as every server instance would hold one
psql -h localhost -p "$PGPORT" -U postgres -d postgres -c "LISTEN bench_changes; select pg_sleep(100000)" >/dev/null 2>&1 &
LISTENER=$!
trap 'kill $LISTENER 2>/dev/null; cleanup' EXIT

for table in plain_logs notified_logs; do
    cat > "$DATA/$table.sql" <<SQL
\set n random(1, 1000000000)
insert into $table values (gen_random_uuid(), :n, now(), 'a log line of a run, about as long as a real one');
SQL
done

for round in $(seq 1 "$ROUNDS"); do
    for table in plain_logs notified_logs; do
        BEFORE=$(SQL "select coalesce(sum(fsyncs), 0) from pg_stat_io where object = 'wal'")
        TPS=$(pgbench -h localhost -p "$PGPORT" -U postgres -n -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -f "$DATA/$table.sql" postgres \
            | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
        AFTER=$(SQL "select coalesce(sum(fsyncs), 0) from pg_stat_io where object = 'wal'")
        TX=$(awk "BEGIN {printf \"%d\", $TPS * $SECONDS_EACH}")
        echo "round $round, $table: $TPS commits/s, $(awk "BEGIN {printf \"%.2f\", ($AFTER - $BEFORE) / $TX}") WAL fsyncs per commit"
    done
done
