#!/usr/bin/env bash
# Builds Accrue-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin.
#
#   packaging/appimage/build-appimage.sh [WORK_DIR]      (default WORK_DIR: build/appimage)
#
# Needs: the build dependencies (scripts/install-deps.sh), qt6-wayland (the Wayland platform
# plugin to bundle), and in WORK_DIR/tools or on PATH
#   linuxdeploy-x86_64.AppImage            https://github.com/linuxdeploy/linuxdeploy/releases
#   linuxdeploy-plugin-qt-x86_64.AppImage  https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases
# (both from the "continuous" release, chmod +x). Set ACCRUE_APPIMAGE_DOWNLOAD=1 to let the
# script download them with curl. Without FUSE (containers, CI) it sets
# APPIMAGE_EXTRACT_AND_RUN=1 so the tools run unpacked.
#
# The AppImage bundles the libraries of the build machine, so build it on the oldest
# distribution it should run on (glibc is not bundled).
#
# What happens:
#  1. configure a Release build with the prefix /usr and without the tests, build, and install
#     it into WORK_DIR/AppDir (DESTDIR): usr/bin/accrue, usr/bin/accrue-cli, the desktop file,
#     the AppStream metainfo and the hicolor icons, as the DEB has them;
#  2. linuxdeploy finds both executables, the one desktop file and its icon in the AppDir and
#     copies the libraries the executables need into usr/lib; with --plugin qt it
#     adds the Qt plugins: platforms (xcb always, Wayland through EXTRA_PLATFORM_PLUGINS and
#     the xdg-shell integration through EXTRA_QT_MODULES), image formats, the SVG icon engine,
#     print support, and every SQL driver of the Qt it uses (QMAKE) - so libqsqlite and
#     libqsqlpsql with libpq;
#  3. --output appimage packs the AppDir; AppRun starts the desktop file's Exec (accrue).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
work="${1:-$source_dir/build/appimage}"
mkdir -p "$work/tools"
work="$(cd "$work" && pwd)"
arch="$(uname -m)"

find_tool() { # name -> path of WORK_DIR/tools/<name>-<arch>.AppImage or <name> on PATH
    local bundled="$work/tools/$1-$arch.AppImage"
    if [[ -x "$bundled" ]]; then
        echo "$bundled"
    elif command -v "$1" >/dev/null 2>&1; then
        command -v "$1"
    elif [[ "${ACCRUE_APPIMAGE_DOWNLOAD:-0}" == 1 ]]; then
        local owner_repo="linuxdeploy/$1"
        curl -fsSL -o "$bundled" \
            "https://github.com/$owner_repo/releases/download/continuous/$1-$arch.AppImage"
        chmod +x "$bundled"
        echo "$bundled"
    else
        echo "build-appimage.sh: $1 not found in $work/tools or on PATH" >&2
        echo "build-appimage.sh: download it (see the top of this script) or set ACCRUE_APPIMAGE_DOWNLOAD=1" >&2
        exit 1
    fi
}
linuxdeploy="$(find_tool linuxdeploy)"
# linuxdeploy finds plugins next to itself or on PATH, by the name linuxdeploy-plugin-qt*.
qt_plugin="$(find_tool linuxdeploy-plugin-qt)"
export PATH="$(dirname "$qt_plugin"):$PATH"

if [[ ! -e /dev/fuse ]]; then
    export APPIMAGE_EXTRACT_AND_RUN=1
fi

# 1. Build and install into the AppDir.
build="$work/build"
appdir="$work/AppDir"
cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr -DACCRUE_BUILD_TESTS=OFF
cmake --build "$build" --target accrue accrue-cli
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --strip
version="$("$appdir/usr/bin/accrue-cli" --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1)"

# 2. and 3. Bundle the libraries and Qt plugins, then pack.
export QMAKE="${QMAKE:-$(command -v qmake6 || command -v qmake)}"
export EXTRA_PLATFORM_PLUGINS="libqwayland-egl.so;libqwayland-generic.so"
export EXTRA_QT_MODULES="svg;wayland-shell-integration"
export LINUXDEPLOY_OUTPUT_VERSION="$version"
export OUTPUT="$work/Accrue-$version-$arch.AppImage"
cd "$work"
# The AppDir already holds both executables, the desktop file and the icons (cmake --install):
# linuxdeploy deploys the dependencies of the files it finds there, as in the AppImage
# packaging guide's "make install" workflow.
"$linuxdeploy" --appdir "$appdir" --plugin qt --output appimage

echo "build-appimage.sh: wrote $OUTPUT"
