#!/usr/bin/env bash
# Installs a built ComputeAtlas .deb and checks it from the installed paths only:
# the files are where the desktop expects them, the CLI runs, the demo imports and
# schedules, a Chinese report is written, the GUI stays up offscreen on a project, and
# xdg-mime recognises a .atlas file. Run as root (CI is); removes the package at the end
# unless --keep is given.
#
#   installer/check-installed.sh [--keep] build/computeatlas_0.1.0_amd64.deb
set -euo pipefail

keep=0
if [ "${1:-}" = --keep ]; then keep=1; shift; fi
deb="${1:-}"
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "usage: $0 [--keep] PACKAGE.deb" >&2
    exit 2
fi
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

step() { printf 'check-installed: %s\n' "$*"; }
fail() { printf 'check-installed: FAILED: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
    fail "run as root: it installs $deb with apt-get"
fi

work="$(mktemp -d /tmp/atlas-installed.XXXXXX)"
gui_pid=""
cleanup() {
    if [ -n "$gui_pid" ]; then kill "$gui_pid" 2>/dev/null || true; fi
    rm -rf "$work"
    if [ "$keep" -eq 0 ]; then
        dpkg -r computeatlas >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

# --- install, with the package's dependencies and the tools this check uses
step "installing $(basename "$deb")"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "$deb" \
    xdg-utils libfile-mimeinfo-perl desktop-file-utils poppler-utils >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get install $deb"; }
dpkg-query -W -f='${Status}' computeatlas 2>/dev/null | grep -q 'install ok installed' \
    || fail "computeatlas is not installed after apt-get install"

# --- files where the desktop looks for them
for f in /usr/bin/computeatlas /usr/bin/computeatlas-cli; do
    [ -x "$f" ] || fail "missing executable $f"
done
for f in /usr/share/applications/io.computeatlas.ComputeAtlas.desktop \
         /usr/share/mime/packages/computeatlas.xml \
         /usr/share/metainfo/io.computeatlas.ComputeAtlas.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/computeatlas.svg \
         /usr/share/icons/hicolor/16x16/apps/computeatlas.png \
         /usr/share/icons/hicolor/48x48/apps/computeatlas.png \
         /usr/share/icons/hicolor/256x256/apps/computeatlas.png \
         /usr/share/computeatlas/demo/demo.yaml \
         /usr/share/doc/computeatlas/copyright; do
    [ -s "$f" ] || fail "missing or empty $f"
done
desktop-file-validate /usr/share/applications/io.computeatlas.ComputeAtlas.desktop \
    || fail "the installed desktop entry does not validate"

# Everything below runs away from any source or build tree, with a fresh home.
cd "$work"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID

# --- the command line
version="$(/usr/bin/computeatlas-cli --version 2>&1)" || fail "computeatlas-cli --version: $version"
step "computeatlas-cli --version: $version"

project="$work/demo.atlas"
/usr/bin/computeatlas-cli import /usr/share/computeatlas/demo/demo.yaml "$project" >"$work/import.log" 2>&1 \
    || { cat "$work/import.log" >&2; fail "import of the installed demo"; }
/usr/bin/computeatlas-cli schedule "$project" --scenario use --json "$work/use.json" >"$work/schedule.log" 2>&1 \
    || { cat "$work/schedule.log" >&2; fail "schedule --scenario use on the demo"; }
grep -q '"computeatlas-result/1"' "$work/use.json" || fail "schedule wrote no result JSON"
step "imported and scheduled the installed demo: $(head -n 1 "$work/schedule.log")"

# --- a Chinese report (skipped only when this build says reports are unavailable)
pdf="$work/report-zh.pdf"
if /usr/bin/computeatlas-cli report "$project" --lang zh_CN --scenarios today,use --out "$pdf" \
        >"$work/report.log" 2>&1; then
    [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "the report is not a PDF"
    pdftotext -enc UTF-8 "$pdf" "$work/report.txt" || fail "pdftotext cannot read the report"
    grep -qP '[\x{4e00}-\x{9fff}]' "$work/report.txt" || fail "the zh_CN report has no Chinese text"
    pdffonts "$pdf" 2>/dev/null | grep -qi 'cjk\|noto' || fail "the zh_CN report embeds no CJK font"
    step "wrote a Chinese report ($(stat -c %s "$pdf") bytes, $(grep -oP '[\x{4e00}-\x{9fff}]' "$work/report.txt" | wc -l) CJK characters)"
elif grep -qi 'unavailable\|not available' "$work/report.log"; then
    step "SKIPPED the Chinese report: $(head -n 1 "$work/report.log")"
else
    cat "$work/report.log" >&2
    fail "computeatlas-cli report --lang zh_CN"
fi

# --- the GUI, offscreen, in Chinese, on the project: it must still be running after 5 s
LANG=zh_CN.UTF-8 LANGUAGE=zh_CN QT_QPA_PLATFORM=offscreen /usr/bin/computeatlas "$project" \
    >"$work/gui.log" 2>&1 &
gui_pid=$!
sleep 5
if ! kill -0 "$gui_pid" 2>/dev/null; then
    status=0; wait "$gui_pid" || status=$?
    gui_pid=""
    cat "$work/gui.log" >&2
    fail "the GUI exited after less than 5 s (status $status)"
fi
kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; gui_pid=""
if grep -qi 'could not load the qt platform plugin\|cannot load library\|qt.qpa.plugin' "$work/gui.log"; then
    cat "$work/gui.log" >&2
    fail "the GUI reported a missing plugin"
fi
step "the GUI ran offscreen on the project for 5 s"

# --- the desktop: MIME type of a .atlas file (by name and by content) and its handler
type="$(xdg-mime query filetype "$project" 2>&1 || true)"
[ "$type" = application/x-computeatlas-project ] || fail "xdg-mime query filetype demo.atlas gives '$type'"
cp "$project" "$work/renamed.bin"
type="$(xdg-mime query filetype "$work/renamed.bin" 2>&1 || true)"
[ "$type" = application/x-computeatlas-project ] \
    || fail "the magic rule does not recognise a renamed project ('$type')"
handler="$(xdg-mime query default application/x-computeatlas-project 2>&1 || true)"
[ "$handler" = io.computeatlas.ComputeAtlas.desktop ] \
    || fail "xdg-mime query default gives '$handler', not io.computeatlas.ComputeAtlas.desktop"
step "xdg-mime: .atlas is application/x-computeatlas-project, opened by $handler"

step "all checks passed"
