#!/usr/bin/env bash
# Long variant of the authorization matrix (issue 15, point 3): AuthorizationMatrixTest repeated on ROUNDS fresh
# fixtures (new accounts, workspaces, automation, run, task, worker each round), every operation of the OpenAPI
# document × every refused caller. Prints the test's verdict line (checks made, wrong answers) and PASS/FAIL.
# Usage: bench/authz-matrix.sh [rounds=5]. Needs JDK 25 (JAVA_HOME).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-5}
REPORT=bootstrap/target/surefire-reports/TEST-io.skillify.AuthorizationMatrixTest.xml

if ./mvnw -q -B -ntp -pl bootstrap -am verify -Dtest=AuthorizationMatrixTest \
        -Dsurefire.failIfNoSpecifiedTests=false -Dskillify.authz.rounds="$ROUNDS"; then
    VERDICT=PASS
else
    VERDICT=FAIL
fi
grep -o 'Authorization matrix: .*' "$REPORT" | head -1 || true
echo "authorization matrix, $ROUNDS round(s): $VERDICT"
[ "$VERDICT" = PASS ]
