#!/usr/bin/env bash
# Batch sending against the sandbox, measured beside its floor in the same run (issue 17):
#  1. no rate limit: 4 curl processes side by side, each posting 100 asserts over one kept-alive
#     connection, against `assertdesk-cli batch` of a generated CSV with --concurrency 4; each on
#     a sandbox started fresh; asserts per second and the ratio (target: the batch >= 80 %);
#  2. --rate-limit 200: a batch settles at the limit (the rate over its steady part, read from the
#     sandbox's own log, timestamped as it is written) and no row is lost or sent twice (every row
#     succeeded in the results CSV; the sandbox created one contact per row and updated none).
# Prints markdown table rows.
#   batchthroughput.sh BUILD_DIR [ROWS [LIMITED_ROWS [ROUNDS]]]   (defaults 5000 3000 3)
set -euo pipefail
B=${1:?usage: batchthroughput.sh BUILD_DIR [ROWS [LIMITED_ROWS [ROUNDS]]]}
rows=${2:-5000}
limited_rows=${3:-3000}
rounds=${4:-3}
tmp=$(mktemp -d)
sandbox_pid=
cleanup() {
  [[ -n $sandbox_pid ]] && kill "$sandbox_pid" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
# A home of its own: the CLI's profiles and history go there; the key comes from the environment,
# as in the tests, so the bench never touches a keychain.
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data ASSERTDESK_API_KEY=bench
key=bench

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
now() { echo "$EPOCHREALTIME"; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%.0f", n / (b - a) }'; }

# start_sandbox LOG [OPTIONS...]: a fresh sandbox (contacts in memory); sets $base. With LOG not
# /dev/null its request log is written there, each line prefixed by the time it was read.
start_sandbox() {
  local log=$1
  shift
  if [[ $log == /dev/null ]]; then
    "$B/bin/assertdesk-sandbox" --key "$key" "$@" >"$tmp/sandbox.out" 2>/dev/null &
  else
    QT_LOGGING_RULES='assertdesk.sandbox.debug=true' "$B/bin/assertdesk-sandbox" --key "$key" "$@" \
      >"$tmp/sandbox.out" 2> >(while IFS= read -r line; do echo "$EPOCHREALTIME $line"; done >"$log") &
  fi
  sandbox_pid=$!
  for _ in $(seq 100); do grep -q listening "$tmp/sandbox.out" 2>/dev/null && break; sleep 0.05; done
  base="$(head -1 "$tmp/sandbox.out" | sed 's/listening on //')/api/v2"
}
stop_sandbox() {
  kill "$sandbox_pid" 2>/dev/null || true
  wait "$sandbox_pid" 2>/dev/null || true
  sandbox_pid=
  : >"$tmp/sandbox.out"
}

# curl_config FILE PREFIX: 100 asserts for one curl process, one connection (curl keeps it
# alive between the --next parts of one run); each body a distinct email.
curl_config() {
  local file=$1 prefix=$2 i
  for i in $(seq 100); do
    printf 'url = "%s/contact/_assert"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\n' "$base" "$key"
    printf 'header = "Content-Type: application/json"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{num_connects}\\n"\n'
    printf 'data-binary = "{\\"match\\":{\\"primary_email\\":\\"%s%d@curl.example\\"},\\"attributes\\":{\\"first_name\\":\\"C%d\\",\\"title\\":\\"Buyer\\"}}"\n' "$prefix" "$i" "$i"
    [[ $i -lt 100 ]] && printf 'next\n'
  done >"$file"
}

# One curl round: a fresh sandbox, 4 processes at once; prints asserts/s. Every answer must be a
# 201 and each process must have opened one connection.
curl_round() {
  start_sandbox /dev/null
  local p
  for p in 1 2 3 4; do curl_config "$tmp/curl$p.cfg" "r${1}p${p}x"; done
  local start end
  start=$(now)
  local pids=()
  for p in 1 2 3 4; do
    curl -s -K "$tmp/curl$p.cfg" >"$tmp/curl$p.out" &
    pids+=($!)
  done
  wait "${pids[@]}"
  end=$(now)
  stop_sandbox
  local created connects
  created=$(cat "$tmp"/curl[1-4].out | grep -c '^201 ' || true)
  connects=$(cat "$tmp"/curl[1-4].out | awk '{ s += $2 } END { print s }')
  [[ $created -eq 400 && $connects -eq 4 ]] || echo "curl round: $created of 400 created over $connects connections" >&2
  rate 400 "$start" "$end"
}

# contacts.csv with N rows, each a distinct contact.
make_csv() {
  awk -v n="$1" -v tag="$2" 'BEGIN {
    print "primary_email,first_name,last_name,title,stage"
    for (i = 1; i <= n; i++) printf "person%d@%s.example,First%d,Last%d,Buyer,new\n", i, tag, i, i % 997
  }' >"$3"
}

# batch_round TAG ROWS [SANDBOX OPTIONS...]: a fresh sandbox (its log in $tmp/TAG.log), a fresh
# history, the batch sent with --concurrency 4; prints asserts/s over the whole command and leaves
# the results in $tmp/TAG.results.csv.
batch_round() {
  local tag=$1 n=$2
  shift 2
  start_sandbox "$tmp/$tag.log" "$@"
  rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
  "$B/bin/assertdesk-cli" profile add Bench --base-url "$base" --timeout 30 >/dev/null
  make_csv "$n" "$tag" "$tmp/$tag.csv"
  local start end
  start=$(now)
  "$B/bin/assertdesk-cli" batch "$tmp/$tag.csv" --profile Bench --concurrency 4 --results "$tmp/$tag.results.csv" \
    >"$tmp/$tag.cli.out" 2>&1 || echo "batch $tag: exit $?: $(tail -3 "$tmp/$tag.cli.out")" >&2
  end=$(now)
  sleep 0.3 # the log's last lines
  stop_sandbox
  rate "$n" "$start" "$end"
}

# Rows that succeeded in a results CSV (the outcome column by name).
succeeded() {
  /usr/bin/python3 - "$1" <<'EOF'
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(sum(1 for r in csv.DictReader(f) if r.get('outcome') == 'succeeded'))
EOF
}

# Asserts the sandbox answered (created, updated) and throttled, from its log.
served() {
  awk '/contact\/_assert/ { s = $NF; if (s == 201) c++; else if (s == 200) u++; else if (s == 429) t++; else o++ }
       END { printf "%d %d %d %d\n", c, u, t, o }' "$1"
}

curl_rates=() batch_rates=()
for r in $(seq "$rounds"); do
  curl_rates+=("$(curl_round "$r")")
  batch_rates+=("$(batch_round "free$r" "$rows")")
done
cr=$(printf '%s\n' "${curl_rates[@]}" | median)
br=$(printf '%s\n' "${batch_rates[@]}" | median)
read -r c u t o < <(served "$tmp/free$rounds.log")
ok=$(succeeded "$tmp/free$rounds.results.csv")
echo "| batch send, $rows rows, --concurrency 4, sandbox without a limit: asserts/s (whole command: check, history, send, results; median of $rounds; each round ${curl_rates[*]} against ${batch_rates[*]}) | $br/s ($ok of $rows succeeded; the sandbox created $c, updated $u) | $cr/s (4 curl processes, 100 asserts each over one connection) | $(awk -v a="$br" -v b="$cr" 'BEGIN { printf "%.0f %%", 100 * a / b }') (target 80 %) |"

batch_round limited "$limited_rows" --rate-limit 200 >/dev/null
read -r c u t o < <(served "$tmp/limited.log")
ok=$(succeeded "$tmp/limited.results.csv")
# The steady part: the middle of the run, from the 20th to the 80th percentile of the served
# asserts, so that the start (the first second's burst) and the tail stay out.
steady=$(awk '/contact\/_assert/ && $NF != 429 { t[++n] = $1 }
              END { a = int(n * 0.2); b = int(n * 0.8); printf "%.0f", (b - a) / (t[b] - t[a]) }' "$tmp/limited.log")
echo "| batch send, $limited_rows rows, --concurrency 4, sandbox with --rate-limit 200: asserts/s over the steady part / rows succeeded / created, updated, 429s at the sandbox | $steady/s / $ok of $limited_rows / $c, $u, $t (other answers: $o) | 200/s (the limit) | no row lost or sent twice |"
