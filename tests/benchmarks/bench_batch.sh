#!/usr/bin/env bash
# End-to-end batch throughput: `rapportctl modem send --batch` against `rapportctl modem simulate`
# over a pseudo-terminal, for several simulated network delays.
#
#   tests/benchmarks/bench_batch.sh [DELAY_MS …]        (default: 0 300)
#
# For each delay D it starts the simulator (--delay-ms D --report-delay-ms 100), sends the same
# 200 one-part texts RUNS times (default 3, env RUNS) with --no-report, and prints each run and
# the median: seconds from the first send to the last outcome as rapportctl measures them,
# messages/s, and for D > 0 the fraction of the ideal rate 1/D (ideal time = 200 × D ms): the
# share of the network's capacity the engine actually uses. Target (reported, not asserted):
# ≥ 0.97 at 300 ms. Also printed: the wall time of the whole command, session start-up included.
#
# Env: RAPPORTCTL (default build/default/bin/rapportctl), RUNS (default 3), MESSAGES (default 200).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rapportctl="${RAPPORTCTL:-$root/build/default/bin/rapportctl}"
runs="${RUNS:-3}"
messages="${MESSAGES:-200}"
delays=("$@")
if [[ ${#delays[@]} -eq 0 ]]; then
    delays=(0 300)
fi
if [[ ! -x "$rapportctl" ]]; then
    echo "bench_batch: $rapportctl is missing; build it with" >&2
    echo "  cmake --build build/default --target rapportctl" >&2
    exit 3
fi

export LC_ALL=C.UTF-8 QT_LOGGING_RULES="rapport.*.debug=false"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/rapport-bench-batch.XXXXXX")"
sim_pid=""
send_pid=""

# shellcheck source=process-control.sh
source "$(dirname "${BASH_SOURCE[0]}")/process-control.sh"
stop_simulator() {
    stop_process "$sim_pid"
    sim_pid=""
}
cleanup() {
    stop_process "$send_pid"
    stop_simulator
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the batch: realistic one-part GSM-7 texts to varied numbers (Ofcom drama ranges) ----------
names=(Sam Priya Tom Aisha Ben Chloe Dan Emma Farid Grace Hugo Isla Jack Kemi Leo Maya Noah
    Olivia Pavel Rosa)
shops=("Bright Smile Dental" "Harbour Street Vets" "Cutting Room Salon" "FixIt Phone Repairs"
    "Corner Books" "Paws and Claws Grooming")
templates=(
    "Hi %s, a reminder from %s: your appointment is tomorrow at %d:30. Reply YES to confirm or call us to rebook."
    "Hello %s! %s here. Your repair is ready to collect, open 9am-6pm. Ticket %d."
    "Happy birthday %s! Everyone at %s wishes you a great day. Enjoy %d%% off your next visit this month."
    "%s, thanks for visiting %s today. How did we do? Reply with a score from 1 to 5. Ref %d"
    "Dear %s, %s has a cancellation on Friday at %d:15. Reply BOOK to take it, first come first served."
    "Hi %s, your order at %s has arrived. We hold it for 7 days (ref %d). Reply STOP to opt out."
)
batch="$tmp/batch.tsv"
for ((i = 0; i < messages; i++)); do
    name="${names[i % ${#names[@]}]}"
    shop="${shops[(i / 3) % ${#shops[@]}]}"
    template="${templates[i % ${#templates[@]}]}"
    # shellcheck disable=SC2059 # the templates are the format strings
    text="$(printf "$template" "$name" "$shop" $((9 + i % 9)))"
    # Numbers as customers give them: international and national forms.
    if ((i % 4 == 3)); then
        number="07700 900$(printf '%03d' $((i * 7 % 1000)))"
    else
        number="+44 7700 900$(printf '%03d' $((i * 7 % 1000)))"
    fi
    if ((${#text} > 160)) || [[ "$text" == *[\[\]\{\}^~\\\|]* ]]; then
        echo "bench_batch: line $((i + 1)) would not be one GSM-7 part: $text" >&2
        exit 1
    fi
    printf '%s\t%s\n' "$number" "$text" >>"$batch"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "bench_batch: $messages one-part texts per run, $runs runs per delay, --no-report;" \
    "simulator --report-delay-ms 100"
echo "rapportctl: $rapportctl"
echo
summary=()
for delay in "${delays[@]}"; do
    link="$tmp/modem"
    "$rapportctl" modem simulate --link "$link" --delay-ms "$delay" --report-delay-ms 100 \
        </dev/null >"$tmp/simulator-$delay.log" 2>&1 &
    sim_pid=$!
    for _ in $(seq 100); do
        [[ -e "$link" ]] && break
        kill -0 "$sim_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ ! -e "$link" ]]; then
        echo "bench_batch: the simulator did not come up:" >&2
        cat "$tmp/simulator-$delay.log" >&2
        exit 1
    fi

    seconds_list=()
    wall_list=()
    for ((run = 1; run <= runs; run++)); do
        started=$(date +%s.%N)
        # In the background and waited for, so an interrupt reaches the trap at once.
        "$rapportctl" modem send "$link" --batch "$batch" --no-report \
            >"$tmp/send.out" 2>"$tmp/send.err" &
        send_pid=$!
        send_status=0
        wait "$send_pid" || send_status=$?
        send_pid=""
        if ((send_status != 0)); then
            echo "bench_batch: rapportctl modem send failed (delay $delay ms, run $run):" >&2
            cat "$tmp/send.out" "$tmp/send.err" >&2
            exit 1
        fi
        wall=$(echo "$(date +%s.%N) - $started" | bc -l)
        # "200 of 200 sent, 0 failed, in 60.4 s (3.31 messages/s)"
        line="$(grep -E '^[0-9]+ of [0-9]+ sent' "$tmp/send.out" | tail -n1)"
        sent="$(sed -E 's/^([0-9]+) of .*/\1/' <<<"$line")"
        printed="$(sed -E 's/.* in ([0-9.]+) s .*/\1/' <<<"$line")"
        rate="$(sed -E 's/.*\(([0-9.]+) messages\/s\).*/\1/' <<<"$line")"
        if [[ -z "$line" || "$sent" != "$messages" ]]; then
            echo "bench_batch: unexpected result (delay $delay ms, run $run): ${line:-nothing}" >&2
            cat "$tmp/send.err" >&2
            exit 1
        fi
        # rapportctl prints the seconds with one decimal (±0.05 s) and messages/s, computed from
        # the unrounded time, with two (±0.005/s). Take the time from whichever is finer: the rate
        # for short runs (D = 0: 0.04 s), the printed seconds for long ones (D = 300: 60 s).
        seconds=$(echo "$sent / $rate" | bc -l)
        if (($(echo "$seconds * $seconds * 0.005 / $sent > 0.05" | bc -l))); then
            seconds="$printed"
        fi
        seconds_list+=("$seconds")
        wall_list+=("$wall")
        if ((delay > 0)); then
            fraction=$(echo "$messages * $delay / 1000 / $seconds" | bc -l)
            printf '  D=%4d ms  run %d: %8.3f s  %8.2f messages/s  %.3f of ideal   (wall %.2f s)   [%s]\n' \
                "$delay" "$run" "$seconds" "$rate" "$fraction" "$wall" "$line"
        else
            printf '  D=%4d ms  run %d: %8.3f s  %8.2f messages/s                   (wall %.2f s)   [%s]\n' \
                "$delay" "$run" "$seconds" "$rate" "$wall" "$line"
        fi
    done
    stop_simulator

    med_seconds=$(printf '%s\n' "${seconds_list[@]}" | median)
    med_wall=$(printf '%s\n' "${wall_list[@]}" | median)
    med_rate=$(echo "$messages / $med_seconds" | bc -l)
    if ((delay > 0)); then
        ideal=$(echo "$messages * $delay / 1000" | bc -l)
        fraction=$(echo "$ideal / $med_seconds" | bc -l)
        overhead_ms=$(echo "($med_seconds - $ideal) * 1000 / $messages" | bc -l)
        result=$(printf 'D=%4d ms  median of %d: %8.3f s  %8.2f messages/s  %.3f of ideal 1/D (ideal %.1f s; %+.1f ms per message over D)  wall %.2f s' \
            "$delay" "$runs" "$med_seconds" "$med_rate" "$fraction" "$ideal" "$overhead_ms" "$med_wall")
    else
        result=$(printf 'D=%4d ms  median of %d: %8.3f s  %8.2f messages/s  (%.2f ms per message)  wall %.2f s' \
            "$delay" "$runs" "$med_seconds" "$med_rate" "$(echo "$med_seconds * 1000 / $messages" | bc -l)" "$med_wall")
    fi
    echo "  $result"
    echo
    summary+=("$result")
done

echo "Summary (target, not asserted: >= 0.97 of ideal at D=300 ms):"
printf '  %s\n' "${summary[@]}"
