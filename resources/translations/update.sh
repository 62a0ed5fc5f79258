#!/bin/sh
# Extract the English source strings of pulut_desktop/ui into the .ts files, fill the Indonesian
# translations from every resources/translations/*_strings_id.tsv (one per feature: nobody edits the
# .ts files by hand), make the English catalogue complete and compile the .qm files.
# Usage: resources/translations/update.sh [path/to/venv/bin]   (called by `make translations`)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-"$root/.venv/bin"}
cd "$root"
sources=$(find pulut_desktop/ui -name '*.py' | sort)
# shellcheck disable=SC2086 # one argument per source file
"$bin/pyside6-lupdate" -no-obsolete -locations none $sources \
    -ts resources/translations/pulut_id.ts resources/translations/pulut_en.ts
"$bin/python" "$here/merge_tsv.py" resources/translations/pulut_id.ts
"$bin/python" "$here/fill_english.py" resources/translations/pulut_en.ts
for lang in id en; do
    "$bin/pyside6-lrelease" "resources/translations/pulut_$lang.ts" -qm "resources/translations/pulut_$lang.qm"
done
# Qt's own texts (buttons, file dialogs, context menus): Qt ships no Indonesian catalogue.
"$bin/python" "$here/qt_catalogue.py" resources/translations/qt_id.ts
"$bin/pyside6-lrelease" resources/translations/qt_id.ts -qm resources/translations/qt_id.qm
