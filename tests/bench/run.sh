#!/usr/bin/env bash
# Builds the release configuration and prints Assert Desk's figures next to the floor they are
# measured against in the same run (a bare Qt window, curl). Each figure is a median.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
B=$PWD/build/release
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='*.info=false'
tmp=$(mktemp -d)
sandbox_pid=
tls_pid=
cleanup() {
  for pid in $sandbox_pid $tls_pid; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/run
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
runs=${RUNS:-7}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
ms2() { awk -v u="$1" 'BEGIN { printf "%.2f", u / 1000 }'; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)"
echo

# Start-up and idle memory, with a 100,000-row history present.
"$B/tests/bench/bench_history" 100000 "$tmp/history" >/dev/null
# bench_startup alternates the app and the floor run by run (after warm-up runs), so a machine
# that speeds up or slows down during the measurement moves both alike.
IFS=$'\t' read -r at bt am bm <<<"$("$B/tests/bench/bench_startup" "$((runs * 5))" \
  "$B/bin/assertdesk" --quit-after-paint --data-dir "$tmp/history" -- "$B/tests/bench/bench_barewindow")"

echo "| measure | Assert Desk | floor | ratio / target |"
echo "|---|---|---|---|"
echo "| start-up to first paint (100k-row history) | $(ms "$at") ms | $(ms "$bt") ms (bare Qt window) | $(ratio "$at" "$bt")x (target 2.5x) |"
echo "| peak resident memory, start-up to first paint | $((am / 1024)) MB | $((bm / 1024)) MB (bare Qt window) | $(ratio "$am" "$bm")x (target 1.5x) |"

# Memory when idle: each program started normally, left alone for 3 s (the app builds the rest of
# its form, decodes its icon and, on the sandbox profile, starts the sandbox as a child process),
# then read and closed with SIGTERM. Alternating, medians.
idle_rss() { # command...: prints "rss_kb child_rss_kb"
  "$@" >/dev/null 2>&1 &
  local pid=$! child rss crss=0
  sleep 3
  rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
  child=$(pgrep -P "$pid" | head -1 || true)
  [[ -n $child ]] && crss=$(awk '/^VmRSS/ { print $2 }' "/proc/$child/status")
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$rss $crss"
}
app_idle=() child_idle=() bare_idle=()
for _ in $(seq 5); do
  read -r r c < <(idle_rss "$B/bin/assertdesk" --data-dir "$tmp/history")
  app_idle+=("$r") child_idle+=("$c")
  read -r r _ < <(idle_rss "$B/tests/bench/bench_barewindow" --stay)
  bare_idle+=("$r")
done
ai=$(printf '%s\n' "${app_idle[@]}" | median)
ci=$(printf '%s\n' "${child_idle[@]}" | median)
bi=$(printf '%s\n' "${bare_idle[@]}" | median)
echo "| resident memory idle, 3 s after start | $((ai / 1024)) MB (the sandbox child apart: $((ci / 1024)) MB) | $((bi / 1024)) MB (bare Qt window) | $(ratio "$ai" "$bi")x (target 1.5x) |"

# Phone numbers: the first check in a process loads libphonenumber (its module, the library with
# protobuf and abseil, and its metadata), which the window, the CLI and the sandbox do on their
# first phone check, not at start-up. Separate processes, medians.
phone_first=() phone_each=()
phone_module=
for m in "$B"/lib/*/assertdesk/libassertdesk_phonenumbers.so "$B"/lib/assertdesk/libassertdesk_phonenumbers.so; do
  [[ -e $m ]] && phone_module=$m
done
for _ in $(seq "$runs"); do
  line=$(ASSERTDESK_PHONENUMBERS_MODULE=$phone_module "$B/tests/bench/bench_phonenumbers")
  IFS=$'\t' read -r f e <<<"$line"
  phone_first+=("$f") phone_each+=("$e")
done
pf=$(printf '%s\n' "${phone_first[@]}" | median)
pe=$(printf '%s\n' "${phone_each[@]}" | median)
echo "| phone number check: the first in a process (loads libphonenumber and its metadata) / each after it | $(ms "$pf") ms / ${pe} µs | | on first use, not at start-up |"

# Where start-up goes, phase by phase: both programs print the milliseconds from the start of
# main() to each phase (the app when its assertdesk.startup log is on). They run alternately, and
# each run's wall time less its last mark is what happens before and after main(). Medians.
phase_run() { # label command...: prints "label phase ms ..." for one run
  local label=$1 start end line
  shift
  start=$EPOCHREALTIME
  line=$("$@" 2>&1 >/dev/null | sed -n 's/.*phases ms: //p')
  end=$EPOCHREALTIME
  echo "$label $line wall $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) * 1000 }')"
}
declare -A ap bp
while read -r who k v; do
  if [[ $who == A ]]; then ap[$k]=$v; else bp[$k]=$v; fi
done < <(
  for _ in $(seq $((runs * 3))); do
    QT_LOGGING_RULES='*.info=false;assertdesk.startup.info=true' \
      phase_run A "$B/bin/assertdesk" --quit-after-paint --data-dir "$tmp/history"
    phase_run B "$B/tests/bench/bench_barewindow"
  done | awk '{ for (i = 2; i < NF; i += 2) { print $1, $i, $(i + 1); if ($i == "teardown") t = $(i + 1) }
                print $1, "outside", $NF - t }' |
    sort -k1,1 -k2,2 -k3,3n |
    awk '{ k = $1 " " $2; v[k] = v[k] " " $3; n[k]++ }
         END { for (k in v) { split(substr(v[k], 2), a, " "); print k, a[int((n[k] + 1) / 2)] } }')
bp[services]=${bp[application]}
d() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a - b }'; }
echo
echo "| start-up phase, median ms | Assert Desk | bare Qt window |"
echo "|---|---|---|"
echo "| before main() and after it: loading and linking libraries, process exit | $(d "${ap[outside]}" 0) | $(d "${bp[outside]}" 0) |"
echo "| QApplication (platform plugin, settings) | $(d "${ap[application]}" 0) | $(d "${bp[application]}" 0) |"
echo "| composition: translator, network, profiles, keychain, history thread | $(d "${ap[services]}" "${ap[application]}") | — |"
echo "| building the window (the app's includes loading the first font) | $(d "${ap[window]}" "${ap[services]}") | $(d "${bp[window]}" "${bp[services]}") |"
echo "| show: polish and layout | $(d "${ap[shown]}" "${ap[window]}") | $(d "${bp[shown]}" "${bp[window]}") |"
echo "| first paint (the bare window's includes loading the first font) | $(d "${ap[first-paint]}" "${ap[shown]}") | $(d "${bp[first-paint]}" "${bp[shown]}") |"
echo "| leaving the event loop, teardown (history closed, window destroyed) | $(d "${ap[teardown]}" "${ap[first-paint]}") | $(d "${bp[teardown]}" "${bp[first-paint]}") |"
echo "| whole run, wall | $(d "${ap[wall]}" 0) | $(d "${bp[wall]}" 0) |"
echo
echo "| measure | Assert Desk | floor | ratio / target |"
echo "|---|---|---|---|"

# Large answers in the typed tree.
for mb in 1 10 50; do
  line=$("$B/tests/bench/bench_response" "$mb" 2>/dev/null)
  IFS=$'\t' read -r _ first stall mem <<<"$line"
  echo "| ${mb} MB answer: first rows / longest UI stall / extra memory | ${first} ms / ${stall} ms / ${mem} MB | | target (10 MB): 300 ms / 50 ms |"
done

# Reading a large answer off the wire (ApiCall), against the 64 MB cap: the peak memory it adds,
# with and without a Content-Length, within and past the cap; then the same answer checked as a
# send checks it (one parse, which the window hands on instead of parsing again).
for args in "60 length read" "60 close read" "100 length read" "100 close read" "60 length checked"; do
  IFS=$'\t' read -r mb mode step peak kept _ <<<"$("$B/tests/bench/bench_answercap" $args 2>/dev/null)"
  [[ $mode == length ]] && how="with its Content-Length" || how="without a length"
  echo "| ${mb} MB answer ${how}, ${step}: peak extra memory | ${peak} MB (${kept} MB kept) | 64 MB (the cap) | $(ratio "$peak" 64)x (target: a little over 1x when read) |"
done

# History at scale.
for rows in 100000 1000000; do
  IFS=$'\t' read -r _ open search insert domain <<<"$("$B/tests/bench/bench_history" "$rows")"
  echo "| history, $rows rows: open view / FTS search for an email, for a domain / one insert | $(ms "$open") ms / $(ms "$search") ms, $(ms "$domain") ms / $(ms "$insert") ms | | target (1M): 100 ms / 50 ms |"
done

# The field diff a preview shows: a request writing every attribute of a 47-attribute record.
IFS=$'\t' read -r fields diff_median diff_p99 _ <<<"$("$B/tests/bench/bench_diff" 2000)"
echo "| field diff of a ${fields}-attribute record: median / 99th percentile of 2000 | ${diff_median} µs / ${diff_p99} µs | | target 1 ms |"
# A CSV of contacts checked as `batch --dry-run` does: a generated file, read, mapped and
# checked, with the phone module the command line loads (this program is not in bin/); the
# million-row file shows whether memory grows with the file.
for rows in 100000 1000000; do
  IFS=$'\t' read -r _ bytes secs cpu hwm tenth end <<<"$(ASSERTDESK_PHONENUMBERS_MODULE=$phone_module "$B/tests/bench/bench_batch" "$rows" 2>/dev/null)"
  echo "| batch dry run, $rows rows ($((bytes / 1048576)) MB): read, mapped and checked / CPU / peak memory / resident after a tenth, at the end | $secs s / $cpu s / $hwm MB / $tenth MB, $end MB | | target (100k): 1.5 s / 150 MB |"
done
# The batch preview against the sandbox: 10,000 rows, a tenth of them seeded contacts.
IFS=$'\t' read -r rows queries secs rate _ _ _ _ hwm <<<"$("$B/tests/bench/bench_batchpreview" 10000 2>/dev/null)"
echo "| batch preview, $rows rows against the sandbox: queries / time / rows per second / peak memory | $queries / $secs s / $rate / $hwm MB | | one query per 100 rows |"
# Sending a batch against the sandbox beside 4 curl processes in the same run, then under
# --rate-limit 200 (each on a fresh sandbox; see the script).
tests/bench/batchthroughput.sh "$B"

# Round trips against the sandbox on loopback, the app's client against curl. sandbox_url FILE
# waits for a sandbox started with its output in FILE and prints its base URL.
sandbox_url() {
  for _ in $(seq 50); do grep -q listening "$1" 2>/dev/null && break; sleep 0.1; done
  echo "$(head -1 "$1" | sed 's/listening on //')/api/v2"
}
# Alternating rounds, as for start-up: the machine's drift moves both alike. Each figure is the
# median of the rounds' medians. curl_round BASE [CURL OPTIONS...]: 20 asserts, a new
# connection each.
curl_round() {
  local url=$1/contact/_assert
  shift
  for i in $(seq 20); do
    curl -s -o /dev/null -w '%{time_total}\n' "$@" -X POST "$url" -H 'Authorization: Bearer bench' \
      -H 'Content-Type: application/json' --data-binary "{\"match\":{\"primary_email\":\"curl$((i % 50))@x.example\"},\"attributes\":{\"title\":\"T$i\"}}"
  done | awk '{ printf "%d\n", $1 * 1000000 }' | median
}
rounds_median() { printf '%s\n' "$@" | median; }

"$B/bin/assertdesk-sandbox" --key bench >"$tmp/sandbox.out" &
sandbox_pid=$!
base=$(sandbox_url "$tmp/sandbox.out")
client_rounds=() fresh_rounds=() curl_rounds=()
for _ in $(seq 5); do
  client_rounds+=("$("$B/tests/bench/bench_roundtrip" "$base" bench sequential 60 2>/dev/null)")
  fresh_rounds+=("$("$B/tests/bench/bench_roundtrip" "$base" bench fresh 60 2>/dev/null)")
  curl_rounds+=("$(curl_round "$base")")
done
client_us=$(rounds_median "${client_rounds[@]}")
fresh_us=$(rounds_median "${fresh_rounds[@]}")
curl_us=$(rounds_median "${curl_rounds[@]}")
echo "| one assert round trip on loopback, new connection each | $(ms2 "$fresh_us") ms | $(ms2 "$curl_us") ms (curl, new connection each) | $(ratio "$fresh_us" "$curl_us")x (target 1x) |"
echo "| one assert round trip on loopback, connection kept alive | $(ms2 "$client_us") ms | $(ms2 "$curl_us") ms (curl, new connection each) | $(ratio "$client_us" "$curl_us")x |"

# The same over HTTPS (a sandbox with the test certificate): a new TLS connection each time, or
# the connection the window's warm-up opened while the request was edited.
cert=tests/data/tls/sandbox-cert.pem
"$B/bin/assertdesk-sandbox" --key bench --tls "$cert" --tls tests/data/tls/sandbox-key.pem >"$tmp/sandbox-tls.out" &
tls_pid=$!
tls_base=$(sandbox_url "$tmp/sandbox-tls.out")
tls_fresh_rounds=() tls_warm_rounds=() tls_curl_rounds=()
for _ in $(seq 5); do
  tls_fresh_rounds+=("$(BENCH_CA=$cert "$B/tests/bench/bench_roundtrip" "$tls_base" bench fresh 20 2>/dev/null)")
  tls_warm_rounds+=("$(BENCH_CA=$cert "$B/tests/bench/bench_roundtrip" "$tls_base" bench warm 20 2>/dev/null)")
  tls_curl_rounds+=("$(curl_round "$tls_base" --cacert "$cert")")
done
kill "$tls_pid" 2>/dev/null || true
tls_pid=
tls_fresh_us=$(rounds_median "${tls_fresh_rounds[@]}")
tls_warm_us=$(rounds_median "${tls_warm_rounds[@]}")
tls_curl_us=$(rounds_median "${tls_curl_rounds[@]}")
echo "| one assert over HTTPS on loopback, new TLS connection each | $(ms2 "$tls_fresh_us") ms | $(ms2 "$tls_curl_us") ms (curl, new TLS connection each) | $(ratio "$tls_fresh_us" "$tls_curl_us")x |"
echo "| one assert over HTTPS on loopback, connection opened by the window's warm-up | $(ms2 "$tls_warm_us") ms | $(ms2 "$tls_curl_us") ms (curl, new TLS connection each) | $(ratio "$tls_warm_us" "$tls_curl_us")x |"
IFS=$'\t' read -r rps _ <<<"$("$B/tests/bench/bench_roundtrip" "$base" bench concurrent 8 3)"
echo "| sandbox throughput, 8 concurrent clients | ${rps} asserts/s | | |"
