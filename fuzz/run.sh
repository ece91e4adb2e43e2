#!/usr/bin/env bash
# Fuzzes the library with cargo-fuzz (libFuzzer). Not part of `cargo test` or CI.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS: run time per target (default 60). TARGETs: input_json, framework_json, payroll_csv
# (default: all three, one after the other). Each target is built (release, debug assertions
# and overflow checks on), its committed seeds (seeds/<target>/) are copied into the working
# corpus (corpus/<target>/, ignored by git), and libFuzzer runs one process for SECONDS.
# Before fuzzing, the reproducers of past findings (regressions/<target>/) are run once each and
# reported (they stay out of the corpus: one that still fails would stop the fuzzer at once).
# A summary line per target gives executions, exec/s, corpus size (units in libFuzzer's corpus
# at the end; the directory also keeps superseded units) and whether a crash, timeout or
# out-of-memory input was found (kept in artifacts/<target>/). Full logs go to logs/.
#
# Environment: SANITIZER (default none: the crate forbids unsafe code; `address` is about 2x
# slower), TIMEOUT (seconds per input before libFuzzer reports a timeout, default 10),
# FUZZ_ARGS (more libFuzzer flags), FUZZ_SKIP (checks to turn off, e.g. `nonfinite` once a
# finding is reported: see fuzz_targets/common/mod.rs).
set -uo pipefail
cd "$(dirname "$0")"

SECONDS_PER_TARGET=${1:-60}
shift $(( $# > 0 ? 1 : 0 ))
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(input_json framework_json payroll_csv payroll_workbook records_workbook)
SANITIZER=${SANITIZER:-none}
TIMEOUT=${TIMEOUT:-10}

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz is not installed: run 'cargo install cargo-fuzz'" >&2
    exit 2
fi
# libFuzzer needs nightly compiler flags: the nightly toolchain if there is one, else stable
# with RUSTC_BOOTSTRAP=1.
if cargo +nightly --version >/dev/null 2>&1; then
    CARGO=(cargo +nightly)
else
    export RUSTC_BOOTSTRAP=1
    CARGO=(cargo)
fi

max_len() {
    case "$1" in
        payroll_csv) echo 262144 ;; # 256 KiB
        *) echo 65536 ;;            # 64 KiB
    esac
}
dict() {
    case "$1" in
        input_json) echo dict/input.dict ;;
        framework_json) echo dict/framework.dict ;;
        payroll_csv) echo dict/csv.dict ;;
    esac
}

mkdir -p logs
status=0
summary=()
for t in "${TARGETS[@]}"; do
    if [ ! -f "fuzz_targets/$t.rs" ]; then
        echo "unknown target: $t" >&2
        exit 2
    fi
    mkdir -p "corpus/$t" "artifacts/$t"
    cp -n seeds/"$t"/* "corpus/$t/" 2>/dev/null || true
    echo "== building $t"
    if ! "${CARGO[@]}" fuzz build --sanitizer "$SANITIZER" --debug-assertions "$t"; then
        echo "build of $t failed" >&2
        exit 2
    fi
    bin="target/x86_64-unknown-linux-gnu/release/$t"
    regress=""
    if compgen -G "regressions/$t/*" >/dev/null; then
        failing=0
        total=0
        for r in regressions/"$t"/*; do
            total=$((total + 1))
            # Every check on (FUZZ_SKIP unset): a regression passes only once fixed.
            if ! env -u FUZZ_SKIP "$bin" "$r" >/dev/null 2>&1; then
                failing=$((failing + 1))
                echo "   regression still failing: fuzz/$r"
            fi
        done
        regress=", regressions failing: $failing of $total"
        [ "$failing" -gt 0 ] && status=1
    fi
    before=$(ls "artifacts/$t" | wc -l)
    started=$(date +%s)
    log="logs/$t-$(date +%Y%m%dT%H%M%S).log"
    echo "== running $t for ${SECONDS_PER_TARGET}s (log: fuzz/$log)"
    # One process (no -jobs/-workers: libFuzzer's -jobs=1 would only move the output to a
    # fuzz-0.log file); the machine's other core stays free for other work.
    # shellcheck disable=SC2086
    "${CARGO[@]}" fuzz run --sanitizer "$SANITIZER" --debug-assertions "$t" "corpus/$t" -- \
        -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout="$TIMEOUT" \
        -max_len="$(max_len "$t")" -dict="$(dict "$t")" -print_final_stats=1 \
        ${FUZZ_ARGS:-} >"$log" 2>&1
    rc=$?
    elapsed=$(($(date +%s) - started))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    corpus=$(grep -oE 'corp: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
    files=$(ls "corpus/$t" | wc -l)
    after=$(ls "artifacts/$t" | wc -l)
    finding=none
    if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
        status=1
        kind=$(grep -oE 'ERROR: libFuzzer: [a-z-]+|panicked at [^ ]+' "$log" | head -1)
        art=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -1 | sed 's/Test unit written to //')
        finding="FOUND (${kind:-exit $rc})${art:+ -> ${art#"$PWD"/}}"
    fi
    line="$t: ran ${elapsed}s of ${SECONDS_PER_TARGET}s, executions ${execs:-?}, exec/s ${rate:-?}, peak RSS ${rss:-?} MB, corpus ${corpus:-?} units ($files files), crash/timeout/oom: $finding$regress"
    echo "$line"
    summary+=("$line")
done
echo
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $status
