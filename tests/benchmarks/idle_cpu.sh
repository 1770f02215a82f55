#!/usr/bin/env bash
# Idle CPU of a modem session: `rapportctl modem listen` sitting on `rapportctl modem simulate`
# with nothing to do but its periodic work (status poll every 30 s, storage sweep every 60 s).
#
#   tests/benchmarks/idle_cpu.sh
#
# Starts the simulator and the listener, waits SETTLE seconds (default 10) after the listener
# says it is listening, then samples utime+stime (/proc/PID/stat) and context switches (summed
# over the threads' /proc/PID/task/*/status) of both processes over WINDOW seconds (default 60)
# and prints CPU % of one core and wake-ups per second (voluntary context switches). Target:
# near zero.
#
# Then the vanished port: types "disappear" on the simulator's console (its pty master closes,
# as when a USB stick is pulled) and watches the listener for up to VANISH_TIMEOUT seconds
# (default 10): it must exit (status 3, "unavailable") rather than spin on read errors. Printed:
# how long it took to exit and the CPU it used meanwhile.
#
# Env: RAPPORTCTL (default build/default/bin/rapportctl), SETTLE, WINDOW, VANISH_TIMEOUT.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rapportctl="${RAPPORTCTL:-$root/build/default/bin/rapportctl}"
settle="${SETTLE:-10}"
window="${WINDOW:-60}"
vanish_timeout="${VANISH_TIMEOUT:-10}"
if [[ ! -x "$rapportctl" ]]; then
    echo "idle_cpu: $rapportctl is missing; build it with" >&2
    echo "  cmake --build build/default --target rapportctl" >&2
    exit 3
fi

export LC_ALL=C.UTF-8 QT_LOGGING_RULES="rapport.*.debug=false"
ticks_per_second="$(getconf CLK_TCK)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/rapport-idle-cpu.XXXXXX")"
sim_pid=""
listen_pid=""
wrapper_pid=""
sleep_pid=""

# shellcheck source=process-control.sh
source "$(dirname "${BASH_SOURCE[0]}")/process-control.sh"
# A sleep waited for in the background, so an interrupt reaches the trap at once.
pause() {
    sleep "$1" &
    sleep_pid=$!
    wait "$sleep_pid"
    sleep_pid=""
}
cleanup() {
    [[ -z "$sleep_pid" ]] || kill "$sleep_pid" 2>/dev/null || true
    stop_process "$listen_pid"
    stop_process "$wrapper_pid"
    stop_process "$sim_pid"
    exec 3>&- 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# utime+stime in clock ticks, or nothing when the process is gone or reaped. Field 2 (comm) may
# hold spaces, so count fields after the closing parenthesis: state is field 3, utime 14, stime 15.
cpu_ticks() {
    local stat
    stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
    awk '{ print $12 + $13 }' <<<"${stat##*) }"
}
process_state() {
    local stat
    stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 0
    awk '{ print $1 }' <<<"${stat##*) }"
}
# Time on a CPU in nanoseconds (first field of schedstat), summed over the live threads: finer
# than the 10 ms ticks of utime/stime, which an idle process may not accumulate one of.
cpu_ns() {
    { cat /proc/"$1"/task/*/schedstat 2>/dev/null || true; } | awk '{ s += $1 } END { print s + 0 }'
}
# Voluntary and involuntary context switches, summed over the process's threads.
context_switches() {
    { cat /proc/"$1"/task/*/status 2>/dev/null || true; } \
        | awk '/^voluntary_ctxt_switches/ { v += $2 } /^nonvoluntary_ctxt_switches/ { n += $2 }
               END { print v + 0, n + 0 }'
}
thread_count() { find "/proc/$1/task" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l; }

# --- start the simulator (console on a FIFO we keep open) and the listener -----------------------
mkfifo "$tmp/console"
exec 3<>"$tmp/console"
link="$tmp/modem"
"$rapportctl" modem simulate --link "$link" --delay-ms 0 <"$tmp/console" \
    >"$tmp/simulator.out" 2>"$tmp/simulator.err" &
sim_pid=$!
for _ in $(seq 100); do
    [[ -e "$link" ]] && break
    sleep 0.1
done
[[ -e "$link" ]] || { echo "idle_cpu: the simulator did not come up" >&2; cat "$tmp"/simulator.* >&2; exit 1; }

# The listener runs under a small shell that reports, once it has exited, the CPU time it used
# over its whole life (bash `times`, children's user and system time, millisecond resolution):
# the one exact figure for a process that is gone.
# shellcheck disable=SC2016 # expanded by the inner shell
PIDFILE="$tmp/listen.pid" TIMESFILE="$tmp/listen.times" \
    bash -c '"$@" & echo $! >"$PIDFILE"; status=0; wait $! || status=$?; times >"$TIMESFILE"; exit $status' \
    listener "$rapportctl" modem listen "$link" >"$tmp/listen.out" 2>"$tmp/listen.err" &
wrapper_pid=$!
for _ in $(seq 300); do
    [[ -z "$listen_pid" && -s "$tmp/listen.pid" ]] && listen_pid="$(cat "$tmp/listen.pid")"
    grep -q '^Listening on' "$tmp/listen.err" && break
    kill -0 "$wrapper_pid" 2>/dev/null || break
    sleep 0.1
done
if ! grep -q '^Listening on' "$tmp/listen.err"; then
    echo "idle_cpu: the listener did not start:" >&2
    cat "$tmp/listen.err" >&2
    exit 1
fi

echo "idle_cpu: simulator pid $sim_pid ($(thread_count "$sim_pid") threads), listener pid" \
    "$listen_pid ($(thread_count "$listen_pid") threads); CLK_TCK $ticks_per_second"
echo "settling ${settle} s, then sampling ${window} s ..."
pause "$settle"

# --- idle window -----------------------------------------------------------------------------
declare -A ticks0 ns0 vol0 invol0
for who in sim listen; do
    pid_var="${who}_pid"
    pid="${!pid_var}"
    ticks0[$who]="$(cpu_ticks "$pid")"
    ns0[$who]="$(cpu_ns "$pid")"
    read -r vol0[$who] invol0[$who] < <(context_switches "$pid")
done
start_ns=$(date +%s%N)
pause "$window"
elapsed=$(echo "($(date +%s%N) - $start_ns) / 1000000000" | bc -l)
for who in sim listen; do
    pid_var="${who}_pid"
    pid="${!pid_var}"
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "idle_cpu: the $who process died during the idle window" >&2
        cat "$tmp/simulator.err" "$tmp/listen.err" >&2 || true
        exit 1
    fi
    ticks1="$(cpu_ticks "$pid")"
    ns1="$(cpu_ns "$pid")"
    read -r vol1 invol1 < <(context_switches "$pid")
    dticks=$((ticks1 - ticks0[$who]))
    dns=$((ns1 - ns0[$who]))
    dvol=$((vol1 - vol0[$who]))
    dinvol=$((invol1 - invol0[$who]))
    label=$([[ $who == sim ]] && echo "simulator (modem simulate)" || echo "listener  (modem listen) ")
    printf '  %s  CPU %7.4f %% of one core (%.2f ms on CPU in %.1f s; utime+stime %d ticks)  wake-ups %.2f /s (%d voluntary, %d involuntary switches)\n' \
        "$label" "$(echo "100 * $dns / 1000000000 / $elapsed" | bc -l)" \
        "$(echo "$dns / 1000000" | bc -l)" "$elapsed" "$dticks" \
        "$(echo "$dvol / $elapsed" | bc -l)" "$dvol" "$dinvol"
done

# --- vanished port ---------------------------------------------------------------------------
echo
echo "vanished port: typing 'disappear' on the simulator's console ..."
listen_ticks0="$(cpu_ticks "$listen_pid")"
listen_ns0="$(cpu_ns "$listen_pid")"
sim_ns0="$(cpu_ns "$sim_pid")"
last_ticks="$listen_ticks0"
last_ns="$listen_ns0"
start_ns=$(date +%s%N)
echo disappear >&3
exited=""
deadline=$(($(date +%s%N) + vanish_timeout * 1000000000))
while (($(date +%s%N) < deadline)); do
    state="$(process_state "$listen_pid")"
    now_ticks="$(cpu_ticks "$listen_pid")"
    now_ns="$(cpu_ns "$listen_pid")"
    [[ -n "$now_ticks" ]] && last_ticks="$now_ticks"
    ((now_ns > 0)) && last_ns="$now_ns"
    # A zombie still reports its final times until it is reaped.
    if [[ -z "$state" || "$state" == Z ]]; then
        exited=yes
        break
    fi
    sleep 0.05
done
took=$(echo "($(date +%s%N) - $start_ns) / 1000000000" | bc -l)
sim_ns1="$(cpu_ns "$sim_pid")"
dticks=$((last_ticks - listen_ticks0))
dns=$((last_ns - listen_ns0))
if [[ -n "$exited" ]]; then
    status=0
    wait "$wrapper_pid" || status=$?
    wrapper_pid=""
    listen_pid=""
    # Second line of `times`: children's user and system time, "0m0.123s 0m0.045s".
    total_ms="$(sed -n 2p "$tmp/listen.times" \
        | awk '{ t = 0; for (i = 1; i <= 2; ++i) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } print t * 1000 }')"
    after_ms="$(echo "$total_ms - $listen_ns0 / 1000000" | bc -l)"
    printf '  listener exited after %.2f s with status %d; CPU from "disappear" to exit %.1f ms = %.1f %% of one core over that time\n' \
        "$took" "$status" "$after_ms" "$(echo "100 * $after_ms / 1000 / $took" | bc -l)"
    printf '    (its whole life: %.0f ms of CPU; last sample before exit %.2f ms, %d ticks, after "disappear")\n' \
        "$total_ms" "$(echo "$dns / 1000000" | bc -l)" "$dticks"
    echo "  its last words: $(tail -n 2 "$tmp/listen.err" | tr '\n' ' ')"
else
    printf '  listener did NOT exit within %d s; CPU meanwhile %.2f ms (%d ticks) = %.1f %% of one core\n' \
        "$vanish_timeout" "$(echo "$dns / 1000000" | bc -l)" "$dticks" \
        "$(echo "100 * $dns / 1000000000 / $took" | bc -l)"
fi
printf '  simulator after disappearing: %.2f ms on CPU over %.2f s\n' \
    "$(echo "($sim_ns1 - $sim_ns0) / 1000000" | bc -l)" "$took"
grep -E 'Gone|Cannot' "$tmp/simulator.out" | sed 's/^/  simulator console: /' || true
