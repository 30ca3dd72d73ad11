#!/usr/bin/env bash
# Installs everything MailAuth Wizard needs to build, test and run on Debian 12 (bookworm).
# Idempotent: packages already present are skipped by apt; safe to run on every build.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git clang-format ccache
  clang libclang-rt-14-dev lld
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev
  libc-ares-dev libspdlog-dev libfmt-dev libgtest-dev libgmock-dev
  libpsl-dev publicsuffix libssl-dev
  libarchive-dev libgmime-3.0-dev libexpat1-dev qt6-charts-dev libqt6opengl6-dev
  knot knot-dnsutils unbound dnsmasq bind9-dnsutils
  python3-dkim
  xvfb xauth imagemagick poppler-utils
  appstream desktop-file-utils
  dpkg-dev librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
