#!/usr/bin/env bash
# Flat-out ingest with wrk (Debian package `wrk`) against a running stack: the no-op baseline, a warm-up, the
# measured run, then how long the services' consumers take to catch up. Numbers and how to read them:
# docs/benchmarks.md. Usage: load-generator/wrk/flat-out.sh [comment-service URL]
# Environment: DURATION (60s), WARMUP (30s), CONNECTIONS (64), THREADS (2), ARTICLES (5),
#              COMMENTMOD_API_KEY (local-site-key), KAFKA (127.0.0.1:9092).
# Needs the load generator's jar (./mvnw -q -pl load-generator -am package -DskipTests) for the consumer lag.
set -euo pipefail
url=${1:-http://127.0.0.1:8081}
duration=${DURATION:-60s}
warmup=${WARMUP:-30s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
articles=${ARTICLES:-5}
export COMMENTMOD_API_KEY=${COMMENTMOD_API_KEY:-local-site-key}
kafka=${KAFKA:-127.0.0.1:9092}
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/load-generator.jar"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -pl load-generator -am package -DskipTests" >&2; exit 2; }

seeds=$(mktemp --suffix=.wrk-seeds)
trap 'rm -f "$seeds"' EXIT
export COMMENTMOD_WRK_SEEDS=$seeds
# shellcheck source=lib.sh
. "$here/lib.sh"
seed_articles

echo "-- No-op baseline: GET /api/v1/ping (the same HTTP stack, key check included, no work), same client, 10 s"
wrk -t"$threads" -c"$connections" -d5s -H "X-Api-Key: $COMMENTMOD_API_KEY" "$url/api/v1/ping" > /dev/null  # warm-up
noop=$(wrk -t"$threads" -c"$connections" -d10s -H "X-Api-Key: $COMMENTMOD_API_KEY" "$url/api/v1/ping" \
  | tee /dev/stderr | awk '/^Requests\/sec/ {print $2}')

echo "-- Warm-up: POST /api/v1/comments for $warmup"
wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 10s -s "$here/comments.lua" "$url" | grep -E "Requests/sec|Non-2xx|Socket"

echo "-- Measured: POST /api/v1/comments for $duration, $connections in flight"
out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -s "$here/comments.lua" "$url")
echo "$out"
rate=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
errors=$(wrk_errors "$out")

echo "-- Consumers catching up (committed offsets of the services' groups)"
java -cp "$jar" io.commentmod.load.LagWatch "$kafka" 600 || true

echo "-- Summary"
echo "accepted ${rate}/s, errors ${errors} (non-2xx, socket errors and timeouts), no-op GET ${noop}/s," \
  "ratio $(echo "scale=3; $rate / $noop" | bc)"
