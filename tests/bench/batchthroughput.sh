#!/usr/bin/env bash
# Batch sending against the sandbox, measured beside its floor in the same run (issue 17):
#  1. no rate limit: 4 curl processes side by side, each posting 100 asserts over one kept-alive
#     connection, against `assertdesk-cli batch` of a generated CSV with --concurrency 4; each on
#     a sandbox started fresh and writing no log; asserts per second and the ratio (target: the
#     batch >= 80 %); beside them, the app's HTTP client alone (bench_roundtrip concurrent 4), the
#     same way: the ceiling Qt's HTTP stack and the client set before the batch's own work. After
#     the last batch a dry run reads the file's rows back from its sandbox (one contact each,
#     holding the row's values: none to create, none ambiguous); the same batch with
#     --concurrency 8 in the same rounds;
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
# /dev/null its request log is written there, each line prefixed by the seconds since it started.
# The timed rounds run it without a log, curl's and the app's alike.
start_sandbox() {
  local log=$1
  shift
  if [[ $log == /dev/null ]]; then
    "$B/bin/assertdesk-sandbox" --key "$key" "$@" >"$tmp/sandbox.out" 2>/dev/null &
  else
    QT_LOGGING_RULES='assertdesk.sandbox.debug=true' QT_MESSAGE_PATTERN='%{time process} %{message}' \
      "$B/bin/assertdesk-sandbox" --key "$key" "$@" >"$tmp/sandbox.out" 2>"$log" &
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

# The app's HTTP client alone (ApiCall, no history, no batch), 4 calls at a time for 2 s on a
# fresh sandbox: what Qt's HTTP stack and the client give before the batch adds anything.
client_round() {
  start_sandbox /dev/null
  local r
  r=$("$B/tests/bench/bench_roundtrip" "$base" "$key" concurrent 4 2 2>/dev/null | cut -f1)
  stop_sandbox
  echo "$r"
}

# contacts.csv with N rows, each a distinct contact.
make_csv() {
  awk -v n="$1" -v tag="$2" 'BEGIN {
    print "primary_email,first_name,last_name,title,stage"
    for (i = 1; i <= n; i++) printf "person%d@%s.example,First%d,Last%d,Buyer,new\n", i, tag, i, i % 997
  }' >"$3"
}

# batch_round TAG ROWS LOG [SANDBOX OPTIONS...]: a fresh sandbox (its log in LOG), a fresh
# history, the batch sent with --concurrency $concurrency (4 unless set); prints asserts/s over the whole command and leaves
# the results in $tmp/TAG.results.csv and, read after it from the same sandbox by a dry run,
# what the sandbox holds for the file's rows in $tmp/TAG.after.json.
batch_round() {
  local tag=$1 n=$2 log=$3
  shift 3
  start_sandbox "$log" "$@"
  rm -rf "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
  "$B/bin/assertdesk-cli" profile add Bench --base-url "$base" --timeout 30 >/dev/null
  make_csv "$n" "$tag" "$tmp/$tag.csv"
  local start end
  start=$(now)
  "$B/bin/assertdesk-cli" batch "$tmp/$tag.csv" --profile Bench --concurrency "${concurrency:-4}" --results "$tmp/$tag.results.csv" \
    >"$tmp/$tag.cli.out" 2>&1 || echo "batch $tag: exit $?: $(tail -3 "$tmp/$tag.cli.out")" >&2
  end=$(now)
  "$B/bin/assertdesk-cli" batch "$tmp/$tag.csv" --profile Bench --dry-run --json >"$tmp/$tag.after.json" 2>/dev/null || true
  sleep 0.3 # the log's last lines
  stop_sandbox
  rate "$n" "$start" "$end"
}

# What a dry run found for the rows after the batch: "create update unchanged ambiguous". Every
# row sent once leaves one contact holding its values: none to create, none ambiguous (an address
# created twice would be), all unchanged.
after_batch() {
  /usr/bin/python3 - "$1" <<'EOF'
import json, sys
p = json.load(open(sys.argv[1]))['preview']
print(p['create'], p['update'], p['unchanged'], p['ambiguous'])
EOF
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

curl_rates=() client_rates=() batch_rates=() batch8_rates=()
for r in $(seq "$rounds"); do
  curl_rates+=("$(curl_round "$r")")
  client_rates+=("$(client_round)")
  batch_rates+=("$(batch_round "free$r" "$rows" /dev/null)")
  batch8_rates+=("$(concurrency=8 batch_round "eight$r" "$rows" /dev/null)")
done
b8=$(printf '%s\n' "${batch8_rates[@]}" | median)
cr=$(printf '%s\n' "${curl_rates[@]}" | median)
kr=$(printf '%s\n' "${client_rates[@]}" | median)
br=$(printf '%s\n' "${batch_rates[@]}" | median)
read -r ac au an aa < <(after_batch "$tmp/free$rounds.after.json")
ok=$(succeeded "$tmp/free$rounds.results.csv")
echo "| the app's HTTP client alone (ApiCall on QNetworkAccessManager: no history, no check, no batch), 4 calls at a time for 2 s, asserts/s (median of $rounds; each round ${client_rates[*]}) | $kr/s | $cr/s (4 curl processes, as below) | $(awk -v a="$kr" -v b="$cr" 'BEGIN { printf "%.0f %%", 100 * a / b }') (what the batch could reach with this client) |"
echo "| batch send, $rows rows, --concurrency 4, sandbox without a limit: asserts/s (whole command: check, history, send, results; median of $rounds; each round ${curl_rates[*]} against ${batch_rates[*]}) | $br/s ($ok of $rows succeeded; read back by a dry run: $an unchanged, $ac to create, $au to update, $aa ambiguous) | $cr/s (4 curl processes, 100 asserts each over one connection) | $(awk -v a="$br" -v b="$cr" 'BEGIN { printf "%.0f %%", 100 * a / b }') (target 80 %) |"
echo "| the same batch with --concurrency 8 (same rounds; each ${batch8_rates[*]}) | $b8/s | $cr/s | $(awk -v a="$b8" -v b="$cr" 'BEGIN { printf "%.0f %%", 100 * a / b }') |"

batch_round limited "$limited_rows" "$tmp/limited.log" --rate-limit 200 >/dev/null
read -r c u t o < <(served "$tmp/limited.log")
ok=$(succeeded "$tmp/limited.results.csv")
# The steady part: the middle of the run, from the 20th to the 80th percentile of the served
# asserts, so that the start (the first second's burst) and the tail stay out.
steady=$(awk '/contact\/_assert/ && $NF != 429 { t[++n] = $1 }
              END { a = int(n * 0.2); b = int(n * 0.8); printf "%.0f", (b - a) / (t[b] - t[a]) }' "$tmp/limited.log")
echo "| batch send, $limited_rows rows, --concurrency 4, sandbox with --rate-limit 200: asserts/s over the steady part / rows succeeded / created, updated, 429s at the sandbox | $steady/s / $ok of $limited_rows / $c, $u, $t (other answers: $o) | 200/s (the limit) | no row lost or sent twice |"
