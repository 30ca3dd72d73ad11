#!/usr/bin/env bash
# Renders resources/icons/mailauth-wizard.svg into the hicolor PNG sizes and the Windows .ico, which are committed so
# that no build (Windows and macOS included) needs an SVG renderer. Run after editing the SVG; needs rsvg-convert
# (librsvg2-bin) and ImageMagick's convert (both in install-deps.sh).
set -euo pipefail
icons="$(cd "$(dirname "$0")/../resources/icons" && pwd)"
sizes=(16 24 32 48 64 128 256)
pngs=()
for size in "${sizes[@]}"; do
  out="$icons/mailauth-wizard-$size.png"
  rsvg-convert --width "$size" --height "$size" "$icons/mailauth-wizard.svg" --output "$out"
  # No time stamps or other chunks that would change the file on every run.
  convert "$out" -strip -define png:exclude-chunks=date,time "$out"
  pngs+=("$out")
done
convert "${pngs[@]}" "$icons/mailauth-wizard.ico"
echo "render-icons: ${#sizes[@]} PNGs and mailauth-wizard.ico in $icons"
