#!/usr/bin/env bash
# Builds the Debian package from an already built tree (default build/release) with `cpack -G DEB`, validates its
# desktop file, AppStream metainfo and man pages, checks its Depends and contents, then unpacks it into a scratch
# root (dpkg-deb -x) and runs both programs from there, with no build or source tree in reach. Called by
# tests/run-all.sh after the normal build's tests; about 15 s. Needs dpkg-dev (dpkg-shlibdeps), appstream,
# desktop-file-utils (packaging/install-deps.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build/release}" && pwd)"

fail() {
  echo "check-deb: $*" >&2
  exit 1
}

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

echo "== cpack -G DEB ($build)"
rm -f "$build"/mailauth-wizard_*.deb
if ! (cd "$build" && cpack -G DEB >"$scratch/cpack.log" 2>&1); then
  cat "$scratch/cpack.log"
  fail "cpack failed"
fi
deb="$(ls "$build"/mailauth-wizard_"$version"_*.deb)"
echo "$deb"

echo "== control fields"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends
depends="$(dpkg-deb --field "$deb" Depends)"
# dpkg-shlibdeps found them from the programs' own links (none is written by hand in packaging/CPackSettings.cmake).
# Names are matched from their start: bookworm's spdlog is libspdlog1.10-fmt9, a later libssl may be libssl3t64.
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6charts6 libc-ares2 libssl3 libgmime-3.0-0 \
  libarchive13 libexpat1 libpsl5 libspdlog1 libfmt libc6 libstdc++6; do
  tr ',' '\n' <<<"$depends" | sed 's/^ *//' | cut -c "1-${#package}" | grep -qxF "$package" ||
    fail "Depends lacks $package: $depends"
done

echo "== contents"
dpkg-deb -x "$deb" "$scratch/root"
usr="$scratch/root/usr"
app_id=io.github.mailauth.MailAuthWizard
for file in bin/mailauth bin/mailauth-wizard \
  share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml share/mime/packages/mailauth-wizard.xml \
  share/icons/hicolor/scalable/apps/mailauth-wizard.svg \
  share/man/man1/mailauth.1.gz share/man/man1/mailauth-wizard.1.gz \
  share/mailauth-wizard/samples/contoso-rollout.mailauth \
  share/mailauth-wizard/training/FORMAT.md share/mailauth-wizard/training/microsoft.world; do
  [ -s "$usr/$file" ] || fail "missing /usr/$file"
done
for size in 16 24 32 48 64 128 256; do
  png="$usr/share/icons/hicolor/${size}x$size/apps/mailauth-wizard.png"
  [ "$(identify -format '%wx%h' "$png")" = "${size}x$size" ] || fail "$png is not ${size}x$size"
done
for scenario in "$root"/resources/training/*.scenario; do
  cmp -s "$scenario" "$usr/share/mailauth-wizard/training/$(basename "$scenario")" ||
    fail "$(basename "$scenario") is not installed as it is in the source"
done
if find "$scratch/root" ! -type l -perm -o+w | grep -q .; then
  fail "world-writable files in the package"
fi

echo "== desktop file, metainfo, man pages"
desktop-file-validate "$usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$usr/share/metainfo/$app_id.metainfo.xml"
grep -q "<release version=\"$version\"" "$usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no <release> for $version"
for page in "$usr"/share/man/man1/*.1.gz; do
  gzip -t "$page"
  if command -v man >/dev/null; then
    # man --warnings prints groff's complaints (unknown macros, bad escapes) on stderr.
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)"
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
  fi
done

echo "== run from the unpacked package"
# A home of its own, so nothing is read from or written to the user's; no library path, so Qt and the other
# libraries come from the system as the Depends say.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset LD_LIBRARY_PATH
cd "$scratch"
[ "$("$usr/bin/mailauth" --version)" = "mailauth $version" ] || fail "mailauth --version"
"$usr/bin/mailauth" lint spf "v=spf1 include:spf.protection.outlook.com -all" >lint.txt || fail "mailauth lint"
grep -q "SPF record: valid" lint.txt || fail "mailauth lint did not find the record valid: $(cat lint.txt)"
"$usr/bin/mailauth" generate --project "$usr/share/mailauth-wizard/samples/contoso-rollout.mailauth" \
  --format zone -o records.zone 2>/dev/null || fail "mailauth generate from the installed sample"
grep -q "_dmarc" records.zone || fail "the sample's zone export has no DMARC record"
for training in "" "$usr/share/mailauth-wizard/training/spf-over-limit.scenario"; do
  rm -f grab.png
  QT_QPA_PLATFORM=offscreen "$usr/bin/mailauth-wizard" --training ${training:+"$training"} --grab grab.png ||
    fail "mailauth-wizard --training ${training:-(built-in)} --grab"
  [ "$(head -c 8 grab.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
  [ "$(stat -c %s grab.png)" -gt 10000 ] || fail "the screenshot is nearly empty"
done
echo "check-deb: $(basename "$deb") is good"
