#!/usr/bin/env bash
# Screenshots of every wizard page, in English, German and French, under Xvfb: ./packaging/screenshots.sh [OUTDIR]
# Needs a build with tests (build/release: cmake -S . -B build/release && cmake --build build/release).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/build/screenshots}"
tool="$root/build/release/tests/tools/wizard_screenshots"
[ -x "$tool" ] || { echo "Build first: cmake --build build/release --target wizard_screenshots" >&2; exit 2; }
for lang in en_US de_DE fr_FR; do
  mkdir -p "$out/$lang"
  LANG="$lang.UTF-8" LANGUAGE="${lang%_*}" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x900x24" "$tool" "$out/$lang"
done
echo "Screenshots in $out"
