# Shared by the launch scripts at the top of the repository; sourced, not run.
#
# build_if_needed JAR: builds the project (without tests) when JAR is missing or any source file
# or POM is newer than it, so a fresh clone needs nothing but a JDK to start.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

require_java() {
    if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ]; then
        echo "$(basename "$0"): no Java found; install a JDK 17 or newer (or set JAVA_HOME)" >&2
        exit 1
    fi
    JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
}

build_if_needed() {
    local jar="$1"
    local stale=""
    if [ ! -f "$jar" ]; then
        stale="first run"
    elif [ -n "$(find "$ROOT" -path "$ROOT/*/target" -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -type f -newer "$jar" -print -quit)" ]; then
        stale="sources changed"
    fi
    if [ -n "$stale" ]; then
        echo "Building Lana checkout ($stale; takes a minute the first time)..." >&2
        if ! (cd "$ROOT" && ./mvnw -q -B -DskipTests package >"$ROOT/target-build.log" 2>&1); then
            echo "$(basename "$0"): build failed; see $ROOT/target-build.log" >&2
            tail -n 20 "$ROOT/target-build.log" >&2
            exit 1
        fi
        rm -f "$ROOT/target-build.log"
    fi
}
