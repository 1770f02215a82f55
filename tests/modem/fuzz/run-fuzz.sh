#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset, clang) and fuzzes each for a bounded time on a
# temporary copy of its seed corpus: new inputs never land in the repository.
#
#   tests/modem/fuzz/run-fuzz.sh [seconds per target] [target...]
#
# Seconds default to 20 (or $RAPPORT_FUZZ_SECONDS); targets to pdudecoder and atlinereader.
# Prints libFuzzer's final statistics (executions, corpus size) per target. Fails when a target
# crashes, leaks or breaks an invariant; the reproducer is kept under build/fuzz/findings/ (see
# README.md for adding it to the corpus). The ctest test fuzz_short_run runs this script.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
cd "$root"

seconds=${1:-${RAPPORT_FUZZ_SECONDS:-20}}
[ $# -ge 1 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pdudecoder atlinereader)
case $seconds in '' | *[!0-9]*) echo "run-fuzz: seconds must be a whole number, not '$seconds'." >&2; exit 2 ;; esac

# Largest input per target: a PDU is at most 176 octets plus a 12-octet SMSC field; a modem
# exchange needs room for a few lines and a listing.
max_len_of() {
    case $1 in
    pdudecoder) echo 400 ;;
    atlinereader) echo 2048 ;;
    *) echo "run-fuzz: unknown target '$1' (pdudecoder, atlinereader)." >&2; exit 2 ;;
    esac
}
for target in "${targets[@]}"; do max_len_of "$target" >/dev/null; done

work=$(mktemp -d "${TMPDIR:-/tmp}/rapport-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The toolchain: clang itself, and compiler-rt's libFuzzer + sanitizer runtimes (a separate
# package on Debian, without which linking -fsanitize=fuzzer fails).
if ! command -v clang++ >/dev/null; then
    echo "run-fuzz: clang++ is not installed. Install it with: sudo apt-get install clang" >&2
    echo "(installer/quickstart installs it, with libclang-rt-14-dev)" >&2
    exit 1
fi
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
    >"$work/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$work/probe.cpp" -o "$work/probe" \
    2>"$work/probe.log"; then
    cat "$work/probe.log" >&2
    echo "run-fuzz: clang++ cannot link a libFuzzer target: the libFuzzer and sanitizer runtimes" \
        "are missing. Install them with: sudo apt-get install libclang-rt-14-dev" >&2
    exit 1
fi

build_dir="$root/build/fuzz"
mkdir -p "$build_dir"
# One build of build/fuzz at a time (ctest of two presets can run this script together).
exec 9>"$build_dir/.run-fuzz.lock"
flock 9

cmake --preset fuzz >"$work/configure.log" 2>&1 || { cat "$work/configure.log" >&2; exit 1; }
cmake --build --preset fuzz --target $(printf 'fuzz_%s ' "${targets[@]}")

# A finding ends the run; leaks count. UBSan reports already abort (-fno-sanitize-recover).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp"

status=0
summary=()
for target in "${targets[@]}"; do
    corpus="$work/corpus-$target"
    cp -R "$root/tests/modem/fuzz/corpus/$target" "$corpus"
    seeds=$(find "$corpus" -type f | wc -l)
    mkdir -p "$work/artifacts-$target"
    echo "== fuzz_$target: ${seconds} s on a copy of $seeds seed inputs"
    set +e
    "$build_dir/bin/fuzz_$target" -max_total_time="$seconds" -max_len="$(max_len_of "$target")" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts-$target/" "$corpus" >"$work/$target.log" 2>&1
    result=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target.log" | tail -n 1)
    # libFuzzer's own corpus (inputs with new coverage) at the end, as "<units>/<bytes>b".
    units=$(grep -oE 'corp: [0-9]+/[0-9]+b' "$work/$target.log" | tail -n 1 | cut -d" " -f2 || true)
    grep '^stat::' "$work/$target.log" || true
    if [ $result -ne 0 ]; then
        status=1
        tail -n 80 "$work/$target.log" >&2
        findings="$build_dir/findings/$target"
        mkdir -p "$findings"
        cp "$work/artifacts-$target"/* "$findings/" 2>/dev/null || true
        echo "run-fuzz: fuzz_$target FAILED (exit $result); reproducers kept in $findings:" >&2
        ls -1 "$findings" >&2 || true
        summary+=("fuzz_$target: FAILED after ${execs:-?} executions")
    else
        summary+=("fuzz_$target: ${execs:-?} executions, ${rate:-?} exec/s, corpus of $seeds seeds -> ${units:-?}")
    fi
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
