#!/usr/bin/env bash
# Starts the Lana checkout server, building it first when needed. Options pass through:
#   ./run-server.sh --help
#   ./run-server.sh --port 1099 --catalog my-catalog.json
#   ./run-server.sh --metrics 9464     # also GET localhost:9464/metrics and /health
#   ./run-server.sh catalog import products.csv --store URL   # a new catalog version in a database store
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
require_java
JAR="$ROOT/server/target/checkout-server.jar"
build_if_needed "$JAR"
exec "$JAVA" ${CHECKOUT_SERVER_JAVA_OPTS:-} -jar "$JAR" "$@"
