#!/usr/bin/env bash
# Runs the libFuzzer targets (tests/fuzz) for SECONDS each, two at a time, on a scratch copy of the seed corpora.
#
#   tests/fuzz/run-fuzzers.sh SECONDS [TARGET...]     TARGET: spf dmarc dkim_key dkim_paste dns_message
#                                                              project_file training_scenario aggregate_report
#                                                              message_headers
#                                                              (default: all)
#
# Builds build/fuzz first (clang, -DMAILAUTH_FUZZ=ON) unless MAILAUTH_FUZZ_NO_BUILD=1. Prints per target the
# executions per second, total executions and coverage, and exits non-zero on any crash, leak, timeout, out-of-memory
# or sanitizer report; the input that caused it is kept under build/fuzz/artifacts/ and named in the output.
# Environment: MAILAUTH_FUZZ_BUILD (build directory), MAILAUTH_FUZZ_PARALLEL (targets at a time, default 2).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

all_targets=(spf dmarc dkim_key dkim_paste dns_message project_file training_scenario aggregate_report message_headers)
if [ $# -lt 1 ] || ! [[ "$1" =~ ^[0-9]+$ ]] || [ "$1" -lt 1 ]; then
  echo "usage: $0 SECONDS [TARGET...]   (targets: ${all_targets[*]})" >&2
  exit 2
fi
seconds="$1"
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=("${all_targets[@]}"); fi
for t in "${targets[@]}"; do
  if [ ! -d "tests/fuzz/corpus/$t" ]; then
    echo "unknown fuzz target '$t' (known: ${all_targets[*]})" >&2
    exit 2
  fi
done

build="${MAILAUTH_FUZZ_BUILD:-build/fuzz}"
parallel="${MAILAUTH_FUZZ_PARALLEL:-2}"

if [ "${MAILAUTH_FUZZ_NO_BUILD:-0}" != 1 ]; then
  if [ ! -f "$build/CMakeCache.txt" ]; then
    launcher=()
    if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DMAILAUTH_FUZZ=ON -DMAILAUTH_BUILD_TESTS=OFF \
      "${launcher[@]}"
  fi
  cmake --build "$build" -j "$(nproc)" --target "${targets[@]/%/_fuzzer}"
fi

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
artifacts="$root/$build/artifacts/$stamp"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# abort_on_error: a sanitizer report ends the run as a crash, with the input written out by libFuzzer.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

run_one() {
  local t="$1" bin="$root/$build/tests/fuzz/${1}_fuzzer"
  local dict=() work="$scratch/$t"
  mkdir -p "$work/corpus" "$artifacts/$t"
  cp -R "tests/fuzz/corpus/$t/." "$work/corpus/"
  if [ -f "tests/fuzz/$t.dict" ]; then dict=(-dict="tests/fuzz/$t.dict"); fi
  local rc=0
  "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$t/" "${dict[@]}" "$work/corpus" >"$work/log" 2>&1 || rc=$?
  echo "$rc" >"$work/rc"
}

echo "== fuzzing ${targets[*]} for ${seconds}s each, $parallel at a time (artefacts: $artifacts)"
running=0
for t in "${targets[@]}"; do
  if [ ! -x "$root/$build/tests/fuzz/${t}_fuzzer" ]; then
    echo "$build/tests/fuzz/${t}_fuzzer is missing: build it (or unset MAILAUTH_FUZZ_NO_BUILD)" >&2
    exit 2
  fi
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait || true

failed=0
failed_targets=()
printf '%-20s %10s %14s %8s %s\n' target exec/s executions cov: result
for t in "${targets[@]}"; do
  log="$scratch/$t/log"
  rc="$(cat "$scratch/$t/rc" 2>/dev/null || echo 99)"
  # A crashed run has no final statistics: the numbers are then missing, not an error of this script.
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 || true)"
  speed="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1 || true)"
  cov="$( (grep -o ' cov: [0-9]*' "$log" || true) | tail -1 | tr -dc 0-9)"
  result=ok
  if [ "$rc" != 0 ] || grep -Eq 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|SUMMARY: |Test unit written to' "$log"; then
    result="FAILED (exit $rc)"
    failed=1
  elif [ -z "$execs" ]; then
    result="FAILED (no final statistics)"
    failed=1
  fi
  if [ "$result" != ok ]; then failed_targets+=("$t"); fi
  printf '%-20s %10s %14s %8s %s\n' "$t" "${speed:-?}" "${execs:-?}" "${cov:-?}" "$result"
  cp "$log" "$artifacts/$t/fuzz.log"
done

if [ "$failed" != 0 ]; then
  for t in "${failed_targets[@]}"; do
    echo "== $t: last lines of $artifacts/$t/fuzz.log"
    tail -n 60 "$scratch/$t/log"
    grep -h 'Test unit written to' "$scratch/$t/log" || true
  done
  echo "fuzzing found problems: reproduce with $build/tests/fuzz/<target>_fuzzer <artefact>" >&2
  exit 1
fi
echo "fuzzing: no crash, leak, timeout or sanitizer report"
