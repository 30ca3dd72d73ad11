#!/usr/bin/env bash
# Sets up and starts MailAuth Wizard: installs dependencies, builds (release), runs the GUI.
# Arguments are passed to mailauth-wizard (try --help).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./packaging/install-deps.sh
cmake -S . -B build/app-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DMAILAUTH_BUILD_TESTS=OFF
cmake --build build/app-release -j "$(nproc)"
exec ./build/app-release/app/mailauth-wizard "$@"
