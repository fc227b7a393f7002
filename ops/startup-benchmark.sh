#!/usr/bin/env bash
# Start-up benchmark: the time from launching the jar to the login page answering, and the memory at rest
# (resident size 20 s after it answers; heap in use after a full GC), for the demo run (embedded MariaDB, demo
# users) and the production profile (a private Debian MariaDB server, see ops/common.sh). The first
# start is on an empty database (schema, demo data); the others restart on the data it left.
# Writes target/benchmarks/startup.md.
#
# usage: ops/startup-benchmark.sh [starts per configuration, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/common.sh
starts=${1:-3}
work=$PWD/target/startup-benchmark
port=18090
db_port=33307

build_jar_if_stale "$JAR"
rm -rf "$work"
mkdir -p "$work" target/benchmarks
start_private_mariadb "$work/prod-db" "$db_port"

median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# start_once <name> <args…>: launches the jar, prints "seconds-to-login java-rss-MB child-rss-MB heap-MB".
start_once() {
    local name=$1
    shift
    local begin=$SECONDS begin_ns
    begin_ns=$(date +%s%N)
    "$@" > "$work/$name.log" 2>&1 &
    local pid=$!
    trap "kill $pid 2>/dev/null || true" EXIT
    until curl -sf -o /dev/null "http://127.0.0.1:$port/login"; do
        kill -0 "$pid" 2>/dev/null || { echo "$name did not start; see $work/$name.log" >&2; exit 1; }
        [ $((SECONDS - begin)) -lt 600 ] || { echo "$name: no login page after 10 min" >&2; exit 1; }
        sleep 0.2
    done
    local seconds
    seconds=$(awk -v ns=$(($(date +%s%N) - begin_ns)) 'BEGIN {printf "%.1f", ns / 1e9}')
    sleep 20
    local rss children heap
    rss=$(ps -o rss= -p "$pid" | awk '{printf "%d", $1 / 1024}')
    children=$(ps -o rss= --ppid "$pid" | awk '{s += $1} END {printf "%d", s / 1024}')
    jcmd "$pid" GC.run > /dev/null
    heap=$(jcmd "$pid" GC.heap_info | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) if ($i == "used") {sub("K,?", "", $(i + 1)); printf "%d", $(i + 1) / 1024}}')
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "$seconds $rss $children $heap"
}

declare -A results
for configuration in demo prod; do
    for ((n = 1; n <= starts; n++)); do
        if [ "$configuration" = demo ]; then
            line=$(start_once "demo-$n" java -jar "$JAR" --server.port=$port \
                --langnghe.db.embedded.directory="$work/demo/mariadb" \
                --langnghe.attachments.directory="$work/demo/attachments")
        else
            line=$(SPRING_PROFILES_ACTIVE=prod DB_URL="jdbc:mariadb://127.0.0.1:$db_port/langnghe" DB_USER=langnghe \
                DB_PASSWORD="$PRIVATE_DB_PASSWORD" ADMIN_USERNAME=quantri ADMIN_PASSWORD=mat-khau-quan-tri \
                SIGNING_ENABLED=false SERVER_PORT=$port LANGNGHE_ATTACHMENTS_DIRECTORY="$work/prod-attachments" \
                start_once "prod-$n" java -jar "$JAR")
        fi
        echo "$configuration start $n: $line (s to /login, java RSS MB, embedded MariaDB RSS MB, heap after GC MB)"
        results[$configuration-$n]=$line
    done
done

{
    echo "### Start-up: $starts starts per configuration, the first on an empty database"
    echo
    echo "| what | figure | target |"
    echo "|---|---|---|"
    for configuration in demo prod; do
        label=$([ "$configuration" = demo ] && echo "demo run (embedded MariaDB, demo data)" \
            || echo "production jar (prod profile, Debian MariaDB)")
        first=(${results[$configuration-1]})
        echo "| $label, first start on an empty database: launch to login page | ${first[0]} s | |"
        if [ "$starts" -gt 1 ]; then
            again=$(for ((n = 2; n <= starts; n++)); do echo "${results[$configuration-$n]}" | cut -d' ' -f1; done | median)
            echo "| $label, restart on existing data (median): launch to login page | $again s | |"
        fi
        rss=$(for ((n = 1; n <= starts; n++)); do echo "${results[$configuration-$n]}" | cut -d' ' -f2; done | median)
        heap=$(for ((n = 1; n <= starts; n++)); do echo "${results[$configuration-$n]}" | cut -d' ' -f4; done | median)
        echo "| $label, at rest: resident memory of the JVM (median) | $rss MB | |"
        echo "| $label, at rest: heap in use after a full GC (median) | $heap MB | |"
        if [ "$configuration" = demo ]; then
            child=$(for ((n = 1; n <= starts; n++)); do echo "${results[$configuration-$n]}" | cut -d' ' -f3; done | median)
            echo "| $label, at rest: resident memory of the embedded MariaDB (median) | $child MB | |"
        fi
    done
} > target/benchmarks/startup.md
cat target/benchmarks/startup.md
