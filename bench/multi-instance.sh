#!/usr/bin/env bash
# Three server instances on one PostgreSQL under mixed load (MultiInstanceTest with bigger counts): runs started
# through all three by API and webhook, a schedule firing every second, tasks created through all three and claimed
# by workers on all three, log streams open on every instance, Pusher (the test fake) receiving every event. Ends
# with the test's verdict line ("MultiInstanceTest: ... PASS") or its failure.
# Usage: bench/multi-instance.sh [runs=300] [tasks=300] [claimers=32] [webhooks=runs/2] [streamed=30]
# Needs JDK 25 (JAVA_HOME); builds what the bootstrap tests need.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-300}
TASKS=${2:-300}
CLAIMERS=${3:-32}
WEBHOOKS=${4:-$((RUNS / 2))}
STREAMED=${5:-30}

REPORTS=bootstrap/target/surefire-reports
rm -f "$REPORTS"/TEST-io.skillify.MultiInstanceTest.xml "$REPORTS"/io.skillify.MultiInstanceTest*.txt
./mvnw -q -B -ntp -pl bootstrap -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest=MultiInstanceTest -Dskillify.multi.runs="$RUNS" -Dskillify.multi.tasks="$TASKS" \
    -Dskillify.multi.claimers="$CLAIMERS" -Dskillify.multi.webhooks="$WEBHOOKS" \
    -Dskillify.multi.streamed="$STREAMED" -Dskillify.multi.within-seconds=600 \
    | grep -E "^MultiInstanceTest:|Tests run|FAIL|expected|Expecting" || true
grep -q 'errors="0"' "$REPORTS"/TEST-io.skillify.MultiInstanceTest.xml 2>/dev/null \
    && grep -q 'failures="0"' "$REPORTS"/TEST-io.skillify.MultiInstanceTest.xml \
    && echo "verdict: PASS" || { echo "verdict: FAIL (bootstrap/target/surefire-reports/)"; exit 1; }
