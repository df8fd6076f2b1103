# Sourced by the wrk scripts.

# Registers $articles articles and posts 20 seed comments on each for replies to answer, writing
# "<article id> <comment id>" lines to $COMMENTMOD_WRK_SEEDS (comments.lua reads them).
# Needs: url, articles, COMMENTMOD_API_KEY, COMMENTMOD_WRK_SEEDS.
seed_articles() {
  local json_header=(-H 'Content-Type: application/json' -H "X-Api-Key: $COMMENTMOD_API_KEY")
  local a c id answer
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
      echo "$id $(sed -E 's/.*"id":"([^"]+)".*/\1/' <<<"$answer")" >> "$COMMENTMOD_WRK_SEEDS"
    done
  done
  echo "$(wc -l < "$COMMENTMOD_WRK_SEEDS") seed comments on $articles articles"
}

# The failed requests of a wrk run whose output is $1: non-2xx answers, socket errors and timeouts.
wrk_errors() {
  awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$1"
}
