# Sourced by bench scripts: a throw-away server as the README starts it (embedded PostgreSQL in a temporary data
# directory, a bootstrap API key, the rate limit out of the way) and helpers to talk to it and to its database.
# The caller sets PORT; `start_server [NAME=value …]` passes extra environment to the server (e.g. engine off).
# BENCH_DATA=/some/dir keeps the server's data (and its API key) there across runs instead of a throw-away folder.

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ -n "${BENCH_DATA:-}" ]; then
    DATA=$BENCH_DATA; mkdir -p "$DATA"
else
    DATA=$(mktemp -d)
fi
[ -f "$DATA/bench.key" ] || echo "bld_$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$DATA/bench.key"
KEY=$(cat "$DATA/bench.key")
LOG="$DATA/server.log"

require() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk postgresql-client" >&2; exit 1; }
    done
}

cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null || true; [ -n "${BENCH_DATA:-}" ] || rm -rf "$DATA"; }
trap cleanup EXIT

# Starts the jar in the background (PID), waits until it is healthy and finds its embedded PostgreSQL (PGPORT).
start_server() {
    [ -f bootstrap/target/app/skillify.jar ] || ./mvnw -q -B -DskipTests package
    env SERVER_PORT="$PORT" SKILLIFY_DATA_DIR="$DATA" SKILLIFY_BOOTSTRAP_API_KEY="$KEY" \
        SKILLIFY_RATE_LIMIT_PER_MINUTE=1000000000 "$@" \
        "$JAVA" ${JAVA_OPTS:-} -jar bootstrap/target/app/skillify.jar >"$LOG" 2>&1 &
    PID=$!
    until curl -sf "http://127.0.0.1:$PORT/actuator/health" | grep -q UP; do
        kill -0 "$PID" 2>/dev/null || { tail -50 "$LOG"; exit 1; }
        sleep 0.2
    done
    PGPORT=$(sed -n 's/.*on port \([0-9]*\).*/\1/p' "$LOG" | head -1)
}

SQL() { psql -h localhost -p "$PGPORT" -U postgres -d postgres -tAc "$1"; }
api() { curl -s -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' "$@"; }
