#!/usr/bin/env bash
# The Linux packages, built, inspected, installed, run and removed:
#   tests/packaging/test-packaging.sh BUILD_DIR      (ctest runs it as "packaging")
# 1. cpack makes the .deb, .rpm and .tar.gz from BUILD_DIR (accrue and accrue-cli must be built);
# 2. their dependencies are those of the binaries: every library accrue or accrue-cli links
#    (readelf NEEDED) is a Depends of the .deb and a requirement of the .rpm, libcurl only if
#    linked, and the Qt plugins loaded at run time (SQL drivers, SVG) are named;
# 3. the .deb is installed with dpkg (as root or with sudo -n, else the test FAILS), both
#    executables print the package version, the GUI opens a demo book offscreen and saves a
#    screenshot, the desktop file, AppStream metainfo and icons are in place and valid;
# 4. dpkg -r removes everything again (a trap removes the package whenever the test stops);
# 5. the .tar.gz holds bin/accrue and bin/accrue-cli, and the latter runs.
set -euo pipefail

fail() {
    echo "packaging: FAIL: $*" >&2
    exit 1
}
step() { echo "packaging: $*"; }

[[ $# -eq 1 && -d "$1" ]] || fail "usage: $0 BUILD_DIR"
build="$(cd "$1" && pwd)"
app_id="org.example.Accrue"
icon_sizes=(16 22 24 32 48 64 128 256 512)

for tool in cpack dpkg dpkg-deb dpkg-query rpm rpmbuild readelf ldd desktop-file-validate \
    appstreamcli identify tar flock timeout; do
    command -v "$tool" >/dev/null 2>&1 ||
        fail "$tool is missing (scripts/install-deps.sh --tests installs the test tools)"
done
for exe in accrue accrue-cli; do
    [[ -x "$build/bin/$exe" ]] || fail "$build/bin/$exe is not built (cmake --build $build --target accrue accrue-cli)"
done
[[ -f "$build/CPackConfig.cmake" ]] || fail "$build/CPackConfig.cmake is missing (configure first)"

if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    fail "installing the .deb needs root or password-less sudo (sudo -n); run ctest as root or configure sudo"
fi

version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
[[ -n "$version" ]] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
step "package version $version"

work="$(mktemp -d /tmp/accrue-packaging.XXXXXX)"
installed_by_us=0
cleanup() {
    if [[ $installed_by_us -eq 1 ]]; then
        echo "packaging: removing the accrue package again" >&2
        "${as_root[@]}" dpkg -r accrue >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# --- 1. Build the packages -------------------------------------------------------------------
step "cpack -G DEB;RPM;TGZ"
cpack --config "$build/CPackConfig.cmake" -G "DEB;RPM;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$work"/out/*.deb 2>/dev/null | head -n1)"
rpm_file="$(ls "$work"/out/*.rpm 2>/dev/null | head -n1)"
tgz="$(ls "$work"/out/*.tar.gz 2>/dev/null | head -n1)"
[[ -f "$deb" ]] || fail "cpack made no .deb"
[[ -f "$rpm_file" ]] || fail "cpack made no .rpm"
[[ -f "$tgz" ]] || fail "cpack made no .tar.gz"

# --- 2. Dependencies -------------------------------------------------------------------------
# The libraries the two executables link directly, and the files they resolve to here.
needed="$(readelf -d "$build/bin/accrue" "$build/bin/accrue-cli" |
    sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | sort -u)"
[[ -n "$needed" ]] || fail "readelf found no NEEDED entries"
links_curl=0
grep -q '^libcurl' <<<"$needed" && links_curl=1

deb_depends="$(dpkg-deb -f "$deb" Depends)"
step "Depends: $deb_depends"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail ".deb version is not $version"
has_dep_re() { grep -Eq "(^|, )($1)( |,|$)" <<<"$deb_depends"; } # a package name regex
has_dep() { has_dep_re "$(sed 's/[][\.*^$+?(){}|]/\\&/g' <<<"$1")"; } # a package name
for pkg in libpq5 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite \
    libqt6sql6-psql libqt6svg6; do
    has_dep "$pkg" || fail ".deb does not depend on $pkg"
done
if [[ $links_curl -eq 1 ]]; then
    has_dep_re 'libcurl4|libcurl3-gnutls|libcurl3-nss' || fail "a binary links libcurl but the .deb does not depend on it"
else
    ! grep -q 'libcurl' <<<"$deb_depends" || fail ".deb depends on libcurl, which no binary links"
fi
# Every linked library's Debian package is a dependency (what dpkg-shlibdeps should give).
resolved="$(ldd "$build/bin/accrue" "$build/bin/accrue-cli" | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort -u)"
owner_of() { # file -> Debian package owning it (merged /usr: try both spellings)
    local f
    for f in "$1" "$(readlink -f "$1")" "/usr${1#/usr}" "${1#/usr}"; do
        dpkg-query -S "$f" 2>/dev/null | head -n1 | cut -d: -f1 && return 0
    done
    return 1
}
while read -r soname; do
    case "$soname" in ld-linux*) continue ;; esac # the dynamic loader, libc6's
    path="$(awk -v s="$soname" '$1 == s {print $2; exit}' <<<"$resolved")"
    [[ -n "$path" ]] || fail "ldd does not resolve $soname"
    pkg="$(owner_of "$path")" || fail "no Debian package owns $path ($soname)"
    has_dep "$pkg" || fail "$soname comes from $pkg, which is not in the .deb's Depends"
done <<<"$needed"

rpm_requires="$(rpm -qpR "$rpm_file" 2>/dev/null)"
[[ "$(rpm -qp --qf '%{VERSION}' "$rpm_file" 2>/dev/null)" == "$version" ]] ||
    fail ".rpm version is not $version"
while read -r soname; do
    case "$soname" in ld-linux*) continue ;; esac
    grep -q "^${soname//./\\.}()" <<<"$rpm_requires" || fail ".rpm does not require $soname"
done <<<"$needed"
for req in 'libpq\.so\.5' 'libQt6Core\.so\.6' 'libQt6Widgets\.so\.6' 'libQt6Sql\.so\.6' \
    'qt6-qtbase-postgresql or qt6-sql-postgresql' 'qt6-qtbase or qt6-sql-sqlite'; do
    grep -q "$req" <<<"$rpm_requires" || fail ".rpm requires nothing matching '$req'"
done
if [[ $links_curl -eq 0 ]]; then
    ! grep -q 'libcurl' <<<"$rpm_requires" || fail ".rpm requires libcurl, which no binary links"
fi
rpm_files="$(rpm -qpl "$rpm_file" 2>/dev/null)"
for f in /usr/bin/accrue /usr/bin/accrue-cli "/usr/share/applications/$app_id.desktop" \
    "/usr/share/metainfo/$app_id.metainfo.xml"; do
    grep -qx "$f" <<<"$rpm_files" || fail ".rpm lacks $f"
done
for d in /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor; do
    ! grep -qx "$d" <<<"$rpm_files" || fail ".rpm claims the system directory $d"
done

# The desktop file, metainfo and icons together, as software centres read them.
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate-tree --no-net "$work/root" >"$work/tree.log" 2>&1 ||
    { cat "$work/tree.log" >&2; fail "appstreamcli validate-tree rejects the .deb's files"; }
! grep -Eq '^[EW]:' "$work/tree.log" ||
    { cat "$work/tree.log" >&2; fail "appstreamcli validate-tree reports errors or warnings"; }

# --- 3. Install and run ----------------------------------------------------------------------
# One installation at a time on this machine (another build dir's run may be at it).
exec 9>/tmp/accrue-packaging-test.lock
flock -w 600 9 || fail "another packaging test holds /tmp/accrue-packaging-test.lock"
# A package installed by someone else is theirs: never replace and remove it.
if [[ "$(dpkg-query -W -f='${db:Status-Status}' accrue 2>/dev/null || true)" == installed ]]; then
    fail "an accrue package is installed on this machine; the test installs and removes its own, so remove that one first (dpkg -r accrue)"
fi
step "dpkg -i $(basename "$deb")"
installed_by_us=1
"${as_root[@]}" dpkg -i "$deb" >"$work/dpkg.log" 2>&1 ||
    { cat "$work/dpkg.log" >&2; fail "dpkg -i failed (are the Depends installed? scripts/install-deps.sh)"; }

check_version() { # executable, output
    local got
    got="$(grep -oE '[0-9]+\.[0-9]+\.[0-9]+' <<<"$2" | head -n1 || true)"
    [[ "$got" == "$version" ]] || fail "$1 --version printed '$2', not version $version"
}
# The GUI runs without a desktop session: offscreen, private HOME, no D-Bus.
run_env=(env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
    XDG_RUNTIME_DIR="$work/run" DBUS_SESSION_BUS_ADDRESS= QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8)
mkdir -p "$work/home" "$work/run" && chmod 700 "$work/run"
check_version /usr/bin/accrue-cli "$("${run_env[@]}" timeout 60 /usr/bin/accrue-cli --version 2>&1)"
check_version /usr/bin/accrue "$("${run_env[@]}" timeout 60 /usr/bin/accrue --version 2>&1)"

step "accrue --demo --screenshot (offscreen)"
"${run_env[@]}" timeout 180 /usr/bin/accrue --db "$work/demo.sqlite" --demo --today 2026-11-15 \
    --screenshot "$work/shot.png" >"$work/gui.log" 2>&1 ||
    { cat "$work/gui.log" >&2; fail "the installed accrue failed to take a screenshot"; }
[[ -s "$work/shot.png" ]] || fail "no screenshot written"
read -r width height colours < <(identify -format '%w %h %k\n' "$work/shot.png" 2>/dev/null | head -n1) ||
    fail "the screenshot is not an image"
((width >= 400 && height >= 300)) || fail "the screenshot is only ${width}x${height}"
((colours >= 64)) || fail "the screenshot has only $colours colours (an empty window?)"

desktop="/usr/share/applications/$app_id.desktop"
metainfo="/usr/share/metainfo/$app_id.metainfo.xml"
[[ -f "$desktop" ]] || fail "$desktop not installed"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
grep -qx 'Exec=accrue %f' "$desktop" || fail "$desktop does not start accrue"
grep -qx 'Icon=accrue' "$desktop" || fail "$desktop does not name the icon accrue"
[[ -f "$metainfo" ]] || fail "$metainfo not installed"
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli validate rejects $metainfo"; }
! grep -Eq '^[EW]:' "$work/appstream.log" ||
    { cat "$work/appstream.log" >&2; fail "appstreamcli reports errors or warnings for $metainfo"; }
grep -q "<id>$app_id</id>" "$metainfo" || fail "$metainfo has not the id $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "$metainfo does not launch $app_id.desktop"
newest="$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1)"
[[ "$newest" == "<release version=\"$version\"" ]] ||
    fail "the newest release in $metainfo is $newest, not $version"
for size in "${icon_sizes[@]}"; do
    icon="/usr/share/icons/hicolor/${size}x${size}/apps/accrue.png"
    [[ -f "$icon" ]] || fail "$icon not installed"
    [[ "$(identify -format '%wx%h' "$icon")" == "${size}x${size}" ]] || fail "$icon is not ${size}x${size}"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/accrue.svg ]] || fail "the scalable icon is not installed"

# --- 4. Remove -------------------------------------------------------------------------------
step "dpkg -r accrue"
"${as_root[@]}" dpkg -r accrue >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -r failed"; }
installed_by_us=0
[[ "$(dpkg-query -W -f='${db:Status-Status}' accrue 2>/dev/null || true)" != installed ]] ||
    fail "accrue is still installed after dpkg -r"
for f in /usr/bin/accrue /usr/bin/accrue-cli "$desktop" "$metainfo" \
    /usr/share/icons/hicolor/256x256/apps/accrue.png /usr/share/icons/hicolor/scalable/apps/accrue.svg; do
    [[ ! -e "$f" ]] || fail "$f is left after dpkg -r"
done
flock -u 9

# --- 5. The tarball --------------------------------------------------------------------------
tar -tzf "$tgz" >"$work/tgz.list" || fail "cannot list $tgz"
for exe in accrue accrue-cli; do
    grep -Eq "^[^/]+/bin/$exe$" "$work/tgz.list" || fail "$(basename "$tgz") has no bin/$exe"
done
mkdir -p "$work/tgz" && tar -xzf "$tgz" -C "$work/tgz"
cli="$(ls "$work"/tgz/*/bin/accrue-cli)"
check_version "$cli" "$("${run_env[@]}" timeout 60 "$cli" --version 2>&1)"

step "PASS: .deb, .rpm and .tar.gz of $version"
