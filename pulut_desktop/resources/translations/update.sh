#!/bin/sh
# Extract the English source strings of pulut_desktop/ui into the .ts files, fill the Indonesian
# translations from every pulut_desktop/resources/translations/*_strings_id.tsv (one per feature: nobody edits the
# .ts files by hand), make the English catalogue complete and compile the .qm files.
# Usage: pulut_desktop/resources/translations/update.sh [path/to/venv/bin]   (called by `make translations`)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
bin=${1:-"$root/.venv/bin"}
cd "$root"
ts=pulut_desktop/resources/translations
sources=$(find pulut_desktop/ui -name '*.py' | sort)
# shellcheck disable=SC2086 # one argument per source file
"$bin/pyside6-lupdate" -no-obsolete -locations none $sources -ts "$ts/pulut_id.ts" "$ts/pulut_en.ts"
"$bin/python" "$here/merge_tsv.py" "$ts/pulut_id.ts"
"$bin/python" "$here/fill_english.py" "$ts/pulut_en.ts"
for lang in id en; do
    "$bin/pyside6-lrelease" "$ts/pulut_$lang.ts" -qm "$ts/pulut_$lang.qm"
done
# Qt's own texts (buttons, file dialogs, context menus): Qt ships no Indonesian catalogue.
"$bin/python" "$here/qt_catalogue.py" "$ts/qt_id.ts"
"$bin/pyside6-lrelease" "$ts/qt_id.ts" -qm "$ts/qt_id.qm"
