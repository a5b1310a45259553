#!/usr/bin/env bash
# Every user-visible string of core, ui and app has a finished German, French
# and Spanish translation: lupdate (the same options as the accrue_lupdate
# target) runs over the sources into copies of the .ts files, and
# scripts/ts-todo.py check counts unfinished messages and placeholders or
# shortcut markers that differ from the source. Usage: check-translations.sh REPO
set -euo pipefail
repo="${1:?usage: check-translations.sh REPO}"
lupdate="$(command -v lupdate || true)"
[[ -x "$lupdate" ]] || lupdate=/usr/lib/qt6/bin/lupdate
[[ -x "$lupdate" ]] || { echo "check-translations: lupdate not found (qt6-l10n-tools)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$repo"
mapfile -t sources < <(find core ui app -name '*.cpp' | sort)
status=0
for language in de fr es; do
    cp "translations/accrue_$language.ts" "$work/"
    # The include paths let lupdate see each class's declaration, as the
    # accrue_lupdate target does, so the contexts come out the same.
    "$lupdate" -locations relative -no-obsolete -I core -I ui -I app -I app/cli \
        "${sources[@]}" -ts "$work/accrue_$language.ts" >"$work/lupdate.log" 2>&1 \
        || { cat "$work/lupdate.log" >&2; exit 1; }
    python3 scripts/ts-todo.py check "$work/accrue_$language.ts" || status=1
done
exit "$status"
