#!/usr/bin/env bash
# Opens the clerks' sales screen, building it first when needed. Options pass through:
#   ./run-client.sh --help
#   ./run-client.sh --host till-server --port 1099
#   ./run-client.sh --servers till-a:1099,till-b:1099   # fails over between servers
#   ./run-client.sh --store jdbc:h2:file:./till         # no server answers: the one run inside this till keeps sales here
#   ./run-client.sh --printer tcp://127.0.0.1:9100      # receipts and the drawer (try: java scripts/FakePrinter.java)
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
require_java
JAR="$ROOT/desktop-client/target/checkout-desktop-client.jar"
build_if_needed "$JAR"
exec "$JAVA" ${CHECKOUT_CLIENT_JAVA_OPTS:-} -jar "$JAR" "$@"
