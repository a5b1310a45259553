#!/usr/bin/env bash
# Regenerates the application icons from resources/icons/accrue.svg; the results are committed,
# so a build needs none of these tools. Run it after changing the SVG:
#   packaging/generate-icons.sh
# Writes:
#   packaging/icons/hicolor/<N>x<N>/apps/accrue.png  for the freedesktop icon theme (DEB, RPM, AppImage)
#   packaging/windows/accrue.ico                     for the Windows executable and installer
#   packaging/macos/accrue.icns                      for the macOS bundle
# Needs (Debian 12): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/../resources/icons/accrue.svg"
sizes=(16 22 24 32 48 64 128 256 512)

for tool in rsvg-convert convert png2icns; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "generate-icons.sh: $tool not found (apt-get install librsvg2-bin imagemagick icnsutils)" >&2
        exit 1
    fi
done

for size in "${sizes[@]}"; do
    dir="$here/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" --output "$dir/accrue.png"
done

png() { echo "$here/icons/hicolor/$1x$1/apps/accrue.png"; }

# Windows picks the nearest of these sizes for the title bar, taskbar and Explorer.
mkdir -p "$here/windows"
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" \
    "$here/windows/accrue.ico"

# png2icns takes only the sizes an .icns has slots for.
mkdir -p "$here/macos"
png2icns "$here/macos/accrue.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" \
    "$(png 512)" >/dev/null

echo "generate-icons.sh: wrote ${#sizes[@]} PNG sizes, accrue.ico and accrue.icns"
