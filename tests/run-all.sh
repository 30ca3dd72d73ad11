#!/usr/bin/env bash
# The one test command (README, .ci/run): installs dependencies, then builds and tests twice,
# a normal build and an ASan+UBSan build, then builds the libFuzzer targets (clang) and runs each for 30 s.
# Exits non-zero on the first failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

./packaging/install-deps.sh

jobs="$(nproc)"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 0700 "$XDG_RUNTIME_DIR"

# Three builds of the same sources (normal, sanitizers, fuzzing): ccache keeps repeated runs short. Paths are made
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

stage "normal build"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
cmake --build build/release -j "$jobs"
ctest --test-dir build/release --output-on-failure -j "$jobs"

stage "Debian package (cpack, validated, run from a scratch root)"
./packaging/check-deb.sh build/release

stage "translations up to date"
# lupdate must find nothing new: every tr() string is in the .ts files (and translated, see translations_test).
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  cmake --build build/release --target update_translations >/dev/null
  if ! git diff --quiet -- translations; then
    git --no-pager diff --stat -- translations
    echo "translations/*.ts are out of date: run 'cmake --build build --target update_translations', translate, commit."
    exit 1
  fi
fi

stage "ASan + UBSan build"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMAILAUTH_SANITIZE=ON "${launcher[@]}"
cmake --build build/asan -j "$jobs"
ctest --test-dir build/asan --output-on-failure -j "$jobs"

stage "fuzzing (clang, libFuzzer + ASan + UBSan; 30 s per target, two at a time)"
./tests/fuzz/run-fuzzers.sh 30
stage "done"
