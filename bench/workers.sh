#!/usr/bin/env bash
# Claim+complete cycles per second over HTTP (POST /api/workers/claim, then PATCH …{status: completed}) with 1, 4, 16
# and 64 worker clients (CLIENTS="1 2 4 8 16 32 64" for another list), beside the raw database limit: pgbench running
# the equivalent SKIP LOCKED claim and completing update against the same PostgreSQL in the same run.
# Usage: bench/workers.sh [duration=15s] [tasks=200000]. Needs JDK 25, wrk, psql, pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-15s}
TASKS=${2:-200000}
PORT=${BENCH_PORT:-18091}
source bench/server.sh
require wrk psql pgbench
start_server SKILLIFY_ENGINE_ENABLED=false

WS=$(api -d '{"name":"bench"}' "http://127.0.0.1:$PORT/api/workspaces" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
SQL "update accounts set max_concurrent_workers = 1000" >/dev/null

seed() {  # $1 = table: fresh pending tasks of the bench workspace
    SQL "delete from workers; delete from bench_workers; delete from $1;
         insert into $1 (workspace_id, id, title, status, created_at, updated_at)
         select '$WS', gen_random_uuid(), 'task ' || n, 'pending', now() + n * interval '1 microsecond', now()
         from generate_series(1, $TASKS) n; analyze $1;" >/dev/null
}

cat > "$DATA/cycle.lua" <<LUA
local queue = {}
local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer $KEY"}
request = function()
  local id = table.remove(queue)
  if id then return wrk.format("PATCH", "/api/workers/" .. id, headers, '{"status":"completed"}') end
  return wrk.format("POST", "/api/workers/claim", headers, '{"maxTasks":1}')
end
response = function(status, hdrs, body)
  local id = body:match('"workers":%[{"id":"([^"]+)"')
  if id then table.insert(queue, id) end
end
LUA

# pgbench: the server's claim and completion as plain SQL (pick with SKIP LOCKED in priority/age order and assign,
# a worker row, then the account row locked and its active workers counted; then worker and task completed).
SQL "create table bench_tasks (like tasks including all); create table bench_workers (like workers including all)" >/dev/null
ACCOUNT=$(SQL "select id from accounts limit 1")
cat > "$DATA/cycle.sql" <<SQL
begin;
with picked as (select id from bench_tasks where status = 'pending' order by priority desc, created_at, id
                limit 1 for update skip locked)
update bench_tasks t set status = 'assigned', attempts = attempts + 1, worker_id = gen_random_uuid(), updated_at = now()
from picked where t.id = picked.id returning t.id as task_id, t.worker_id as worker_id \gset
insert into bench_workers (workspace_id, id, account_id, task_id, name, branch, status, lease_until, created_at, updated_at)
values ('$WS', :worker_id, '$ACCOUNT', :task_id, 'bench', 'buildd/bench', 'idle', now() + interval '15 minutes', now(), now());
select max_concurrent_workers from accounts where id = '$ACCOUNT' for no key update;
select count(*) from bench_workers where account_id = '$ACCOUNT' and status in ('idle','starting','running','waiting_input','paused');
commit;
begin;
update bench_workers set status = 'completed', progress = 100, completed_at = now(), updated_at = now() where id = :worker_id;
update bench_tasks set status = 'completed', updated_at = now() where id = :task_id;
commit;
SQL

seed tasks   # warm-up: the same load first, so that the JIT has compiled the hot paths before any measure
wrk -t2 -c16 -d${WARMUP:-30s} -s "$DATA/cycle.lua" "http://127.0.0.1:$PORT" >/dev/null

echo "== $DURATION per measure, $TASKS tasks seeded before each"
printf '%-8s %-18s %-18s %s\n' clients "HTTP cycles/s" "pgbench cycles/s" "HTTP / pgbench"
for clients in ${CLIENTS:-1 4 16 64}; do
    seed tasks
    threads=$(( clients < 2 ? 1 : 2 ))
    wrk -t$threads -c$clients -d"$DURATION" -s "$DATA/cycle.lua" "http://127.0.0.1:$PORT" >/dev/null
    [ -n "${BENCH_DEBUG:-}" ] && SQL "select status, count(*) from tasks group by 1; select status, count(*) from workers group by 1" >&2
    http=$(SQL "select round(count(*) / extract(epoch from max(updated_at) - min(updated_at))::numeric, 0)
                from tasks where status = 'completed'")
    seed bench_tasks
    raw=$(pgbench -h localhost -p "$PGPORT" -U postgres -n -M extended -c "$clients" -j $threads -T "${DURATION%s}" \
        -f "$DATA/cycle.sql" postgres 2>"$DATA/pgbench.err" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | cut -d. -f1 || true)
    [ -n "$raw" ] || { cat "$DATA/pgbench.err" >&2; exit 1; }
    printf '%-8s %-18s %-18s %s\n' "$clients" "$http" "$raw" "$(awk -v a="$http" -v b="$raw" 'BEGIN{printf "%.0f %%", 100*a/b}')"
done
