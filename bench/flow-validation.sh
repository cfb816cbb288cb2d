#!/usr/bin/env bash
# Validations per second of a 500-node flow: every rule of contract §4 including JSON Schema checks of each node.
# Usage: bench/flow-validation.sh   (needs JDK 25 as JAVA_HOME or java on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
./mvnw -q -B -DskipTests install -pl application -am
CP_FILE=$(mktemp)
./mvnw -q -B dependency:build-classpath -pl application -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=runtime
CP="application/target/classes:domain/target/classes:$(cat "$CP_FILE")"
rm -f "$CP_FILE"
"$JAVA" -Xms512m -Xmx512m -cp "$CP" bench/FlowValidationBench.java
