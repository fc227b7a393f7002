#!/usr/bin/env bash
# Runs one benchmark at its full size and prints its figures (a Markdown table, also kept in
# target/benchmarks/<name>.md). `./mvnw verify` runs every benchmark at a small smoke size only.
#
# usage: ops/benchmark.sh <workflow|registry|screens|startup> [size] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: ops/benchmark.sh <workflow|registry|screens|startup> [size] [runs]}
case "$name" in
    workflow) class=WorkflowBenchmark ;;
    registry) class=RegistryBenchmark ;;
    screens) class=ScreensBenchmark ;;
    startup) exec ops/startup-benchmark.sh "${@:2}" ;;
    *) echo "unknown benchmark: $name" >&2; exit 2 ;;
esac
./mvnw -q -B test-compile surefire:test@benchmarks -Dtest="$class" -Dsurefire.failIfNoSpecifiedTests=false -Dbench.full=true \
    ${2:+-Dbench.size=$2} ${3:+-Dbench.runs=$3}
cat "target/benchmarks/$name.md"
