#!/usr/bin/env bash
# The pipeline's CPU per comment at its best, stage by stage, against a running local stack on this machine (Linux):
# moderation-service and notification-service are paused (SIGSTOP) while wrk posts comments flat out, then resumed
# one after the other, so that each stage works off a backlog in the largest batches it ever sees. For each stage it
# prints the CPU seconds of every process of the stack (less what each spends idle, measured first) per comment.
# The sum over the stages, 2 cores divided by it, is the most comments/s this machine can carry through the whole
# pipeline. Numbers and how to read them: docs/benchmarks.md. Usage: load-generator/wrk/stage-costs.sh [URL]
# Environment: INGEST (30s), CONNECTIONS (64), THREADS (2), ARTICLES (5), IDLE (10), COMMENTMOD_API_KEY
#              (local-site-key), KAFKA (127.0.0.1:9092), MAIL_URL (http://127.0.0.1:8025).
# Run it on a fresh stack started with the rate limits off (COMMENTMOD_INGEST_RATELIMIT_ENABLED=false).
set -euo pipefail
url=${1:-http://127.0.0.1:8081}
ingest=${INGEST:-30s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
articles=${ARTICLES:-5}
idle_seconds=${IDLE:-10}
export COMMENTMOD_API_KEY=${COMMENTMOD_API_KEY:-local-site-key}
kafka=${KAFKA:-127.0.0.1:9092}
mail=${MAIL_URL:-http://127.0.0.1:8025}
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/load-generator.jar"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }
[ -f "$jar" ] || { echo "$jar is missing: ./mvnw -q -pl load-generator -am package -DskipTests" >&2; exit 2; }

names=(local-stack comment-service moderation-service notification-service)
declare -A pid
pid[local-stack]=$(pgrep -f 'local-stack\.jar' | head -1 || true)
for service in comment-service moderation-service notification-service; do
  pid[$service]=$(pgrep -f "$service-[^ ]*-exec\.jar" | head -1 || true)
done
for name in "${names[@]}"; do
  [ -n "${pid[$name]}" ] || { echo "no $name process: start the stack first (java -jar local-stack/target/local-stack.jar)" >&2; exit 2; }
done
resume() { kill -CONT "${pid[moderation-service]}" "${pid[notification-service]}" 2>/dev/null || true; }
seeds=$(mktemp --suffix=.wrk-seeds)
trap 'resume; rm -f "$seeds"' EXIT
export COMMENTMOD_WRK_SEEDS=$seeds

ticks_per_second=$(getconf CLK_TCK)
# "name ticks" for every process, then the time
snapshot() {
  local name
  for name in "${names[@]}"; do
    echo "$name $(awk '{print $14 + $15}' "/proc/${pid[$name]}/stat")"
  done
  echo "time $(date +%s.%N)"
}
value() { awk -v key="$1" '$1 == key {print $2}' <<<"$2"; }
lag_zero() { java -cp "$jar" io.commentmod.load.LagWatch "$kafka" 1800 "$@" | tail -1; }
emails() { curl -fsS "$mail/api/messages" | grep -o '"number"' | wc -l; }

# shellcheck source=lib.sh
. "$here/lib.sh"
seed_articles
lag_zero > /dev/null

echo "-- Idle, $idle_seconds s"
idle_from=$(snapshot); sleep "$idle_seconds"; idle_to=$(snapshot)
idle_span=$(echo "$(value time "$idle_to") - $(value time "$idle_from")" | bc)
declare -A idle_share
for name in "${names[@]}"; do
  idle_share[$name]=$(echo "scale=6; ($(value "$name" "$idle_to") - $(value "$name" "$idle_from")) / $ticks_per_second / $idle_span" | bc)
  echo "  $name ${idle_share[$name]} of a core"
done

# Prints the stage's CPU per comment by process, less each one's idle share (never below 0).
report() {
  local stage=$1 from=$2 to=$3 comments=$4 mails=${5:-0} span name used total=0
  span=$(echo "$(value time "$to") - $(value time "$from")" | bc)
  echo "-- $stage: $comments comments in $span s${5:+, $mails emails}; CPU ms per comment, less idle"
  for name in "${names[@]}"; do
    used=$(echo "scale=6; (($(value "$name" "$to") - $(value "$name" "$from")) / $ticks_per_second - ${idle_share[$name]} * $span) * 1000 / $comments" | bc)
    # a paused process spends nothing, not less than nothing
    if [ "$(echo "$used < 0" | bc)" = 1 ]; then used=0; fi
    total=$(echo "$total + $used" | bc)
    printf '  %-22s %8.3f ms\n' "$name" "$used"
  done
  printf '  %-22s %8.3f ms\n' "stage" "$total"
  stage_total=$total
}

kill -STOP "${pid[moderation-service]}" "${pid[notification-service]}"
echo "-- Ingest: wrk posts flat out for $ingest (moderation and notification paused), then the store catches up"
before=$(snapshot)
out=$(wrk -t"$threads" -c"$connections" -d"$ingest" --timeout 10s -s "$here/comments.lua" "$url")
lag_zero comment-service
after=$(snapshot)
requests=$(awk '/requests in/ {print $1}' <<<"$out")
failed=$(wrk_errors "$out")
accepted=$((requests - failed))
echo "  $accepted accepted ($failed failed), $(awk '/^Requests\/sec/ {print $2}' <<<"$out") requests/s"
report "ingest (HTTP, the comment-submitted record, the store; wrk not counted)" "$before" "$after" "$accepted"
sum=$stage_total

echo "-- Moderation: moderation-service resumed; until it and comment-service's verdicts are done"
before=$(snapshot)
kill -CONT "${pid[moderation-service]}"
lag_zero moderation-service comment-service
after=$(snapshot)
report "moderation and verdicts applied" "$before" "$after" "$accepted"
sum=$(echo "$sum + $stage_total" | bc)

mails_before=$(emails)
echo "-- Notification: notification-service resumed; until its lag is 0"
before=$(snapshot)
kill -CONT "${pid[notification-service]}"
lag_zero notification-service
after=$(snapshot)
mails=$(($(emails) - mails_before))
report "notification (emails through SMTP)" "$before" "$after" "$accepted" "$mails"
sum=$(echo "$sum + $stage_total" | bc)

echo "-- Summary"
echo "the stack's CPU per comment at its best: $sum ms (wrk not counted); on $(nproc) cores at most" \
  "$(echo "scale=0; $(nproc) * 1000 / $sum" | bc) comments/s through the whole pipeline"
