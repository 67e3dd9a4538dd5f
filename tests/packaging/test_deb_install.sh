#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian package built by CPack on this machine, checks what it installed, starts the
# installed GUI on a virtual X display until its main window shows, and removes the package again.
#   test_deb_install.sh <folder with the .deb> <app id> <version>
# Needs root (dpkg); exits 77 (skipped) otherwise.
set -euo pipefail

if [ "${1:-}" = "--on-display" ]; then
    # Second stage, run by xvfb-run: start the GUI and wait for its main window.
    log_file=$2 shot_file=$3
    QT_QPA_PLATFORM=xcb /usr/bin/invoicedesk >"$log_file" 2>&1 &
    pid=$!
    window=""
    for _ in $(seq 60); do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "FAIL: /usr/bin/invoicedesk exited before showing a window:" >&2
            cat "$log_file" >&2
            exit 1
        fi
        window=$(xdotool search --onlyvisible --name '^InvoiceDesk' 2>/dev/null | head -n 1 || true)
        [ -n "$window" ] && break
        sleep 0.5
    done
    if [ -z "$window" ]; then
        echo "FAIL: no window titled InvoiceDesk appeared within 30 s" >&2
        cat "$log_file" >&2
        kill "$pid" 2>/dev/null || true
        exit 1
    fi
    echo "Window $window: \"$(xdotool getwindowname "$window")\""
    xdotool getwindowgeometry "$window"
    sleep 3
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "FAIL: /usr/bin/invoicedesk died after showing its window:" >&2
        cat "$log_file" >&2
        exit 1
    fi
    if command -v xwd >/dev/null; then
        xwd -root -silent -out "$shot_file" && echo "Screenshot: $shot_file"
    fi
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    exit 0
fi

deb_dir=$1 app_id=$2 version=$3

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing a Debian package needs root (run as root, as CI does)"
    exit 77
fi
for tool in dpkg apt-get xvfb-run xdotool desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (./dev installs it)" >&2; exit 1; }
done

shopt -s nullglob
debs=("$deb_dir"/invoicedesk_"$version"-*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "FAIL: expected one invoicedesk_$version-*.deb in $deb_dir, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
echo "Package: $deb"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# What the package declares: the libraries it links (from dpkg-shlibdeps) and those loaded at run time.
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
depends_on() { grep -Eq "(^|, )$1( |,|$)" <<<"$depends"; }
for dep in libqt6core6 libqt6widgets6 libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6; do
    depends_on "$dep" || fail "the package does not depend on $dep"
done

scratch=$(mktemp -d)
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive dpkg -r invoicedesk >/dev/null || echo "could not remove invoicedesk" >&2
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
installed=1
if ! dpkg -i "$deb"; then
    echo "dpkg left dependencies missing; letting apt install them"
    apt-get install -f -y --no-install-recommends
fi
[ "$(dpkg-query -W -f='${Status}' invoicedesk)" = "install ok installed" ] || fail "invoicedesk is not installed"
[ "$(dpkg-query -W -f='${Version}' invoicedesk)" = "$version-1" ] || fail "the installed version is not $version-1"

# The files, under one reverse-DNS id.
for binary in invoicedesk invoicedesk-cli invoicedesk-sandbox; do
    [ -x "/usr/bin/$binary" ] || fail "/usr/bin/$binary is missing"
    if ldd "/usr/bin/$binary" | grep -q "not found"; then
        ldd "/usr/bin/$binary" >&2
        fail "/usr/bin/$binary has unresolved libraries"
    fi
done
desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
[ -f "$desktop" ] || fail "$desktop is missing"
[ -f "$metainfo" ] || fail "$metainfo is missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejects $metainfo"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file does not name the icon $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
[ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "the scalable icon is missing"
for size in 16 22 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || fail "$png is missing"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a $size x $size PNG"
done

# Whatever the binaries link must be a declared dependency (dpkg-shlibdeps finds it from the links).
linked=$(ldd /usr/bin/invoicedesk /usr/bin/invoicedesk-cli /usr/bin/invoicedesk-sandbox)
for lib in libqt6keychain libphonenumber libqrencode libQt6Sql libQt6Network; do
    path=$(awk -v lib="$lib" 'index($1, lib) == 1 { print $3; exit }' <<<"$linked")
    [ -n "$path" ] || continue
    owner=$(dpkg -S "$(realpath "$path")" | cut -d: -f1)
    # Debian's shlibs may name a virtual package the owner provides (libphonenumber8-protobuf32).
    provided=$(dpkg-query -W -f='${Provides}' "$owner" 2>/dev/null | tr ',' '\n' | awk '{ print $1 }')
    satisfied=false
    for candidate in "$owner" $provided; do
        depends_on "$candidate" && satisfied=true
    done
    $satisfied || fail "the binaries link $path but the package depends neither on $owner nor on what it provides"
done

# Start the installed GUI the way a desktop would, with a fresh home and no settings.
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
    XDG_CACHE_HOME="$scratch/home/.cache" XDG_RUNTIME_DIR="$scratch/runtime" \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    "$0" --on-display "$scratch/invoicedesk.log" "$PWD/invoicedesk-installed.xwd"

# Removal takes every file with it.
dpkg -r invoicedesk
installed=0
for path in /usr/bin/invoicedesk "$desktop" "$metainfo"; do
    [ ! -e "$path" ] || fail "$path is still there after dpkg -r"
done
echo "PASS: installed, validated, started and removed $deb"
