#!/usr/bin/env bash
# The one test command (README, .ci/run): installs dependencies, builds the application (normal build) and checks its
# Debian package and translations, builds everything again with clang, ASan+UBSan and the libFuzzer targets, runs
# every test there, then runs each fuzz target for 30 s.
# Exits non-zero on the first failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

./packaging/install-deps.sh

jobs="$(nproc)"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 0700 "$XDG_RUNTIME_DIR"

# Two builds of the same sources (normal; sanitizers with fuzzing): ccache keeps repeated runs short. Paths are made
# relative to the checkout, so clones in other folders share the cache.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
fi

# Each stage line gives the seconds elapsed so far, so a slow CI run shows where the time went.
stage() { echo "== $1 (after ${SECONDS}s)"; }

stage "layout (.clang-format)"
git ls-files -- '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

# The normal build is the one people install (the same tree as packaging/run-app.sh): optimised, without the suites,
# which run once below, under the sanitizers. Building every test twice took half of a cold CI run.
stage "normal build (the application, as installed)"
cmake -S . -B build/app-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DMAILAUTH_BUILD_TESTS=OFF "${launcher[@]}"
cmake --build build/app-release -j "$jobs"

stage "Debian package (cpack, validated, run from a scratch root)"
./packaging/check-deb.sh build/app-release

stage "translations up to date"
# lupdate must find nothing new: every tr() string is in the .ts files (and translated, see translations_test).
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  cmake --build build/app-release --target update_translations >/dev/null
  if ! git diff --quiet -- translations; then
    git --no-pager diff --stat -- translations
    echo "translations/*.ts are out of date: run 'cmake --build build --target update_translations', translate, commit."
    exit 1
  fi
fi

stage "ASan + UBSan build (clang, with the fuzz targets)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
# Every suite runs here, with ASan and UBSan watching. One clang tree serves the suites and the libFuzzer targets
# (MAILAUTH_FUZZ instruments the libraries for coverage; only the fuzz targets link libFuzzer): a separate fuzz build
# of the same libraries took about a fifth of a cold run. GCC's warnings stay enforced by the normal build above.
# -g1 keeps file and line in the sanitizers' reports and compiles a quarter faster than -g.
CC=clang CXX=clang++ cmake -S . -B build/sanitizers -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DMAILAUTH_SANITIZE=ON -DMAILAUTH_FUZZ=ON "${launcher[@]}"
cmake --build build/sanitizers -j "$jobs"
ctest --test-dir build/sanitizers --output-on-failure -j "$jobs"

stage "fuzzing (libFuzzer + ASan + UBSan; 30 s per target, two at a time)"
MAILAUTH_FUZZ_BUILD=build/sanitizers MAILAUTH_FUZZ_NO_BUILD=1 ./tests/fuzz/run-fuzzers.sh 30
stage "done"
