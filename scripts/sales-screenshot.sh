#!/usr/bin/env bash
# Renders the sales screen with the 62.50€ reference basket into docs/sales-screen.png (or $1),
# against a checkout server started in-process on a free loopback port. Needs a display: without
# one it runs itself under xvfb-run (apt-get install xvfb xauth).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require_java
OUT="$(realpath -m "${1:-$ROOT/docs/sales-screen.png}")"
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$OUT"
fi
cd "$ROOT"
./mvnw -q -B -pl desktop-client -am -DskipTests package dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="desktop-client/target/test-classes:desktop-client/target/classes:$(cat desktop-client/target/test-classpath.txt)"
"$JAVA" -Dawt.useSystemAAFontSettings=on -cp "$CP" com.lana.checkout.client.ui.TillScreenshot "$OUT"
