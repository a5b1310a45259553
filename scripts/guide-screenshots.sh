#!/usr/bin/env bash
# Takes the user guide's screenshots (docs/guide/images/*.png) with the app
# itself: a demo book fixed on 2026-11-15, each tab and the key dialogs at
# 1280x800 under xvfb-run, then shrunk for the guide (ImageMagick) to keep the
# repository small. Look at every picture before committing it.
#
#   scripts/guide-screenshots.sh [BUILD_DIR]     # default: build/release
#
# Needs xvfb-run (xvfb) and convert (imagemagick); the app must be built. The
# invoice editor is pictured by tst_ui_invoicing (ACCRUE_UI_SHOTS) when that
# suite is built: --action new opens the Customers page's New Customer.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/release}
app=$build/bin/accrue
out=$root/docs/guide/images
today=2026-11-15

for tool in xvfb-run convert; do
    command -v "$tool" >/dev/null || { echo "guide-screenshots: $tool is missing" >&2; exit 1; }
done
[[ -x $app ]] || { echo "guide-screenshots: build the app first ($app)" >&2; exit 1; }

# A fixed folder: the status bar shows the book's path.
work=${TMPDIR:-/tmp}/accrue-guide
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
book=$work/demo.sqlite
mkdir -p "$out" "$work/raw" "$work/runtime"
chmod 700 "$work/runtime"

# The same window on every machine: no saved geometry or tab from the user's
# own settings, English words and numbers.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
# The user the pictures show (the book's user on SQLite is the OS login).
export USER=maria

# shoot NAME ARGS...: one PNG of the window (or of the dialog an --action
# opens) into the raw folder.
shoot() {
    local name=$1
    shift
    echo "guide-screenshots: $name"
    xvfb-run -a -s "-screen 0 1280x800x24" \
        "$app" --db "$book" --demo --today "$today" "$@" --screenshot "$work/raw/$name.png"
}

# The first run fills the empty book with the demo data.
shoot dashboard --tab dashboard
for tab in invoices customers reports revenue transactions; do
    shoot "$tab" --tab "$tab"
done

# Dialogs, by the objectName of the action that opens them.
shoot settings --tab dashboard --action settings
shoot users --tab dashboard --action users
shoot catalog --tab dashboard --action catalog
shoot billing-run --tab invoices --action billingRun
shoot audit-log --tab dashboard --action auditLog
shoot new-customer --tab customers --action new
shoot dunning-run --tab invoices --action dunningRun
shoot recognise-revenue --tab revenue --action recogniseRevenue
shoot record-usage --tab revenue --action recordUsage
shoot export-journal --tab revenue --action exportJournal
shoot close-period --tab revenue --action closePeriod

# The invoice editor with two lines, as its suite fills it in.
suite=$build/tests/tst_ui_invoicing
if [[ -x $suite ]]; then
    echo "guide-screenshots: invoice-editor"
    ACCRUE_UI_SHOTS=$work/raw QT_QPA_PLATFORM=offscreen \
        "$suite" invoiceEditorTotalsUndoSaveIssue >/dev/null
    mv "$work/raw/editor.png" "$work/raw/invoice-editor.png"
else
    echo "guide-screenshots: build tst_ui_invoicing for the invoice editor's picture" >&2
fi

# At most 900 pixels wide (the guide window shows about 950) and 256 colours.
for raw in "$work"/raw/*.png; do
    convert "$raw" -resize '900x>' -strip -colors 256 "PNG8:$out/$(basename "$raw")"
done
du -ch "$out"/*.png | tail -n 1
