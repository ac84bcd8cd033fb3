#!/usr/bin/env bash
# Measures the Lana checkout server, building it first when needed (see docs/PERFORMANCE.md):
#   ./run-bench.sh --quick                  # every scenario, short runs: about 1.7 minutes
#   ./run-bench.sh                          # the full run: about 8 minutes
#   ./run-bench.sh --quick --store memory,jdbc:h2:file:/tmp/x --store "$(scripts/local-postgres.sh --url)"
#                                           # also on H2 and PostgreSQL (password: $LANA_STORE_PASSWORD): +3 minutes
#   ./run-bench.sh --results docs/performance.txt --chart docs/performance.svg   # refresh the docs' figures
#   ./run-bench.sh --jmh [JMH options]      # in-process microbenchmarks (pricing, Basket, wire)
#   ./run-bench.sh --plot RESULTS SVG       # redraw the chart from a saved --results file
#   ./run-bench.sh --quick --catalog-size [--store "$(scripts/local-postgres.sh --url)"]
#                                           # 100,000 products vs 3: import, start, heap, scans, search
#   ./run-bench.sh --make-catalog FILE.csv|FILE.json [N]   # write a generated catalog of 100,000 (or N) products
#   ./run-bench.sh --scenarios chain-day --quick [--store ...] [--chart FILE.svg]
#                                           # simulated tills stepped up to capacity: about 4 minutes for memory and H2
#   ./run-bench.sh --help
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
require_java
JAR="$ROOT/bench/target/checkout-bench.jar"
build_if_needed "$JAR"
case "${1:-}" in
    --jmh)
        shift
        exec "$JAVA" ${CHECKOUT_BENCH_JAVA_OPTS:-} -cp "$JAR" org.openjdk.jmh.Main "$@"
        ;;
    --plot)
        shift
        exec "$JAVA" -cp "$JAR" com.lana.checkout.bench.Chart "$@"
        ;;
    --make-catalog)
        shift
        exec "$JAVA" -cp "$JAR" com.lana.checkout.bench.MakeCatalog "$@"
        ;;
    *)
        exec "$JAVA" ${CHECKOUT_BENCH_JAVA_OPTS:-} -Dlana.bench.root="$ROOT" -jar "$JAR" "$@"
        ;;
esac
