#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang-14, ASan and UBSan in
# $ACCRUE_FUZZ_BUILD (default: build/sanitize in the repo, the sanitize
# preset, where the core test suites run under the same sanitizers),
# then runs each target for N seconds on a copy of its seed corpus
# (tests/fuzz/corpus/<target>) in a temporary folder, so the repo stays clean.
#
#   scripts/fuzz.sh            20 s per target (CI runs 15)
#   scripts/fuzz.sh 60         60 s per target
#   scripts/fuzz.sh --long     600 s per target
#   scripts/fuzz.sh 30 fuzz_ofx fuzz_money     only these targets
#
# Exits non-zero if a target finds a crash, a leak, a sanitizer report, an
# exception other than Accrue::Error or a hang (-timeout); the reproducing
# input's path is printed ("crash file: ..."). Reproduce with
#   $ACCRUE_FUZZ_BUILD/fuzz/<target> <file>
# Environment: ACCRUE_FUZZ_BUILD, ACCRUE_FUZZ_JOBS (ninja -j, default 1),
# ACCRUE_FUZZ_KEEP=1 keeps the work folder (grown corpus, logs).
set -euo pipefail

repo_root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
build="${ACCRUE_FUZZ_BUILD:-$repo_root/build/sanitize}"
jobs="${ACCRUE_FUZZ_JOBS:-1}"
all_targets=(fuzz_bank_csv fuzz_ofx fuzz_camt053 fuzz_invoice_json fuzz_invoice_csv fuzz_money)

seconds=20
if [[ $# -gt 0 ]]; then
    case "$1" in
        --long) seconds=600 ;;
        ''|*[!0-9]*) echo "usage: $0 [SECONDS|--long] [TARGET...]" >&2; exit 2 ;;
        *) seconds="$1" ;;
    esac
    shift
fi
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")

for tool in clang-14 clang++-14; do
    command -v "$tool" >/dev/null || {
        echo "fuzz.sh: $tool missing: apt-get install -y clang-14 libclang-rt-14-dev" >&2
        exit 2
    }
done

start=$SECONDS
if [[ ! -f "$build/build.ninja" ]]; then
    # The sanitize preset: -O1 and line tables only, about twice as fast to
    # compile as RelWithDebInfo's -O2 -g, and assert() stays on (no NDEBUG).
    (cd "$repo_root" && cmake --preset sanitize -B "$build")
fi
cmake --build "$build" --target "${targets[@]}" -j "$jobs"
echo "fuzz.sh: build took $((SECONDS - start)) s"

work="$(mktemp -d "${TMPDIR:-/tmp}/accrue-fuzz.XXXXXX")"
if [[ "${ACCRUE_FUZZ_KEEP:-0}" != 1 ]]; then
    # Crash files live in $work/findings; they are copied out before this runs.
    trap 'rm -rf "$work"' EXIT
fi
findings="${ACCRUE_FUZZ_FINDINGS:-/tmp/fuzz-findings}"

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}"

failed=()
for target in "${targets[@]}"; do
    corpus="$work/corpus/$target"
    mkdir -p "$corpus" "$work/findings/$target"
    cp -r "$repo_root/tests/fuzz/corpus/$target/." "$corpus/"
    log="$work/$target.log"
    echo "fuzz.sh: $target for ${seconds} s"
    status=0
    "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$work/findings/$target/" \
        "$corpus" >"$log" 2>&1 || status=$?
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" | tr '\n' ' ' || true
    echo
    artifacts=("$work/findings/$target"/*)
    if [[ $status -ne 0 || -e "${artifacts[0]}" ]]; then
        failed+=("$target")
        mkdir -p "$findings/$target"
        cp "$log" "$findings/$target/"
        for a in "${artifacts[@]}"; do
            [[ -e "$a" ]] || continue
            cp "$a" "$findings/$target/"
            echo "fuzz.sh: $target: crash file: $findings/$target/$(basename "$a")"
        done
        echo "fuzz.sh: $target FAILED (exit $status); log: $findings/$target/$target.log"
        grep -E 'ERROR: |SUMMARY: |runtime error|fuzz invariant|terminate called|what\(\)' "$log" | head -5 || true
        grep -E '^ +#[0-9]+ ' "$log" | head -12 || true
    fi
done

echo "fuzz.sh: elapsed $((SECONDS - start)) s"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz.sh: findings in: ${failed[*]} (inputs and logs under $findings)" >&2
    exit 1
fi
echo "fuzz.sh: all ${#targets[@]} targets ran ${seconds} s without findings"
