# Sourced by the benchmark scripts: stopping a background rapportctl without waiting for ever.
stop_process() {
    local pid="$1"
    [[ -n "$pid" ]] || return 0
    kill -TERM "$pid" 2>/dev/null || true
    # rapportctl stops on SIGTERM; do not wait for ever if it does not.
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
