#!/bin/sh
# Renders the PNG fallbacks from the SVG sources. Qt loads SVG only through the optional
# Qt SVG plugin, so the app uses these PNGs at run time. Run after changing an SVG:
#   sh resources/icons/render-png.sh      (needs rsvg-convert: apt-get install librsvg2-bin)
set -eu
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" collectdesk.svg -o "collectdesk-$size.png"
done
for svg in group-*.svg; do
    name="${svg%.svg}"
    rsvg-convert -w 16 -h 16 "$svg" -o "$name.png"
    rsvg-convert -w 32 -h 32 "$svg" -o "$name@2x.png"
done
mkdir -p ../../installer/linux
rsvg-convert -w 256 -h 256 collectdesk.svg -o ../../installer/linux/collectdesk.png
