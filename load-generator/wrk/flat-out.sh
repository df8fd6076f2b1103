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
json_header=(-H 'Content-Type: application/json' -H "X-Api-Key: $COMMENTMOD_API_KEY")

echo "-- Articles and the comments replies will answer"
for a in $(seq 1 "$articles"); do
  id="wrk-article-$a"
  curl -fsS -o /dev/null -X PUT "${json_header[@]}" "$url/api/v1/articles/$id" -d "{\"title\":\"Load test article $a\",
    \"url\":\"https://therapy-qa.example/articles/$id\",
    \"therapist\":{\"name\":\"Therapist $a\",\"email\":\"therapist$a.wrk@clinic.example\"}}"
  for c in $(seq 1 20); do
    answer=$(curl -fsS -X POST "${json_header[@]}" "$url/api/v1/comments" -d "{\"articleId\":\"$id\",
      \"author\":{\"name\":\"Seed $c\",\"email\":\"seed$c.wrk@example.org\"},
      \"body\":\"Seed comment $c on article $a, written at $(date +%s%N) for replies to answer.\",\"notifyOnReply\":true}")
    echo "$id $(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$answer")" >> "$seeds"
  done
done
echo "$(wc -l < "$seeds") seed comments on $articles articles"

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
errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")

echo "-- Consumers catching up (committed offsets of the services' groups)"
java -cp "$jar" io.commentmod.load.LagWatch "$kafka" 600 || true

echo "-- Summary"
echo "accepted ${rate}/s, errors ${errors} (non-2xx, socket errors and timeouts), no-op GET ${noop}/s," \
  "ratio $(echo "scale=3; $rate / $noop" | bc)"
