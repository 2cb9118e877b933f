#!/usr/bin/env bash
# Renders packaging/icons/sourcelight.svg to the PNG sizes the installers and the window use, and a Windows .ico.
# Needs ImageMagick (Debian: imagemagick). The outputs are committed, so a build never needs ImageMagick.
# macOS .icns: on a Mac, `iconutil -c icns` over an .iconset folder made from these PNGs (docs/installers.md).
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
for s in 16 32 48 64 128 256 512; do
  convert -background none -density 384 sourcelight.svg -resize ${s}x${s} sourcelight-$s.png
done
convert sourcelight-16.png sourcelight-32.png sourcelight-48.png sourcelight-64.png sourcelight-128.png sourcelight-256.png sourcelight.ico
mkdir -p ../../resources/icons
cp sourcelight-16.png sourcelight-32.png sourcelight-64.png sourcelight-128.png sourcelight-256.png ../../resources/icons/
