#!/usr/bin/env bash
# Shows that Làng Nghề runs as several nodes on one database: starts a private MariaDB server and two
# instances of the production jar on it (each with its job executor, both on one attachments folder), then
# runs TwoNodesCheck against them and stops everything, whatever the outcome. Exits non-zero on failure.
# Everything it writes is under target/two-nodes/ (database, attachments, each node's log).
#
# usage: ops/two-nodes.sh
# environment: TWO_NODES_DB_PORT (33306), TWO_NODES_PORTS ("18081 18082")
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/common.sh
started=$SECONDS
work=$PWD/target/two-nodes
db_port=${TWO_NODES_DB_PORT:-33306}
read -r -a ports <<< "${TWO_NODES_PORTS:-18081 18082}"

for port in "$db_port" "${ports[@]}"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port is in use; choose others with TWO_NODES_DB_PORT / TWO_NODES_PORTS" >&2
        exit 2
    fi
done

rm -rf "$work"
mkdir -p "$work/attachments"
start_private_mariadb "$work" "$db_port"
db_url="jdbc:mariadb://127.0.0.1:$db_port/langnghe"

build_jar_if_stale "$JAR"

# The node names mark each node's entries in the engine's job log. A short polling interval makes both job
# executors compete for due timers, which is what the check is about. Acquiring by priority, node 1 takes timers
# of priority 0 or 1 and node 2 of priority 1 or 2 (every job the application creates has priority 0): the check
# gives some timers a priority only one node may take, so both nodes are seen to run timers however fast either is.
# Both nodes sign with one keystore, made here with the JDK's keytool as a province would for a test run.
keytool -genkeypair -storetype PKCS12 -keystore "$work/signing.p12" -storepass mat-khau-ky-so -alias tinh \
    -keyalg RSA -keysize 3072 -validity 3650 -dname "CN=UBND tinh Phu Tho (two-nodes check), C=VN" >/dev/null 2>&1
start_node() {
    SPRING_PROFILES_ACTIVE=prod DB_URL="$db_url" DB_USER=langnghe DB_PASSWORD="$PRIVATE_DB_PASSWORD" \
        ADMIN_USERNAME=quantri ADMIN_PASSWORD=mat-khau-quan-tri SERVER_PORT="$2" \
        SIGNING_KEYSTORE="$work/signing.p12" SIGNING_PASSWORD=mat-khau-ky-so SIGNING_ALIAS=tinh \
        LANGNGHE_ATTACHMENTS_DIRECTORY="$work/attachments" \
        java -Xmx768m -jar "$JAR" --camunda.bpm.generic-properties.properties.hostname="node-$1" \
        --camunda.bpm.job-execution.wait-time-in-millis=500 --camunda.bpm.job-execution.max-wait=1000 \
        --camunda.bpm.job-executor-acquire-by-priority=true \
        --camunda.bpm.generic-properties.properties.job-executor-priority-range-min="$(($1 - 1))" \
        --camunda.bpm.generic-properties.properties.job-executor-priority-range-max="$1" \
        > "$work/node-$1.log" 2>&1 &
    pids+=($!)
    # A crowded 2-core machine has needed three minutes for one start.
    for _ in $(seq 300); do
        curl -sf -o /dev/null "http://127.0.0.1:$2/login" && return 0
        kill -0 "${pids[-1]}" 2>/dev/null || break
        sleep 1
    done
    echo "Node $1 did not start; see $work/node-$1.log" >&2
    return 1
}
# One after the other: the first start on an empty database creates the schema (Flyway and the engine).
start_node 1 "${ports[0]}"
start_node 2 "${ports[1]}"
echo "Both nodes answer after $((SECONDS - started)) s"

./mvnw -q -B test-compile surefire:test@default-test -Dtest=TwoNodesCheck -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtwonodes.node1="http://127.0.0.1:${ports[0]}" -Dtwonodes.node2="http://127.0.0.1:${ports[1]}" \
    -Dtwonodes.db-url="$db_url" -Dtwonodes.db-user=langnghe -Dtwonodes.db-password="$PRIVATE_DB_PASSWORD"
grep -h "Timers run per node" target/surefire-reports/vn.langnghe.TwoNodesCheck-output.txt || true
echo "Two nodes checked in $((SECONDS - started)) s"
