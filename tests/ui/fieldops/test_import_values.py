"""A village list that says "Pedagang", "Tukang Ojek", "Buruh sawit": the officer confirms what each word
means once, every row imports, and the next list with the same words needs no question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from pulut_desktop.fieldops.value_mapping import remembered_value_map, suggest_occupation
from pulut_desktop.storage.models import AuditEvent, RegistrationRow
from pulut_desktop.ui.fieldops.lists import DONE, PREVIEW, VALUES, ImportPage

HEADER = "NIK,Nama,Tempat Lahir,Tanggal Lahir,JK,Alamat,Pekerjaan,Desa"
WORDS = ["Pedagang", "Tukang Ojek", "Buruh sawit"]


def write_list(path, first: int, words: list[str]) -> None:
    lines = [HEADER]
    for i, word in enumerate(words * 2):
        nik = f"147101450890{first + i:04d}"
        lines.append(f"{nik},Pekerja {first + i},Pekanbaru,05-08-1990,P,Jl. Sawit {i},{word},Jadirejo")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_suggestions_are_the_obvious_meanings():
    assert suggest_occupation("Pedagang")[0] == "PEDAGANG_KECIL"
    assert suggest_occupation("Tukang Ojek")[0] == "OJEK_PANGKALAN"
    assert suggest_occupation("Buruh sawit")[0] == "BURUH_KEBUN_SAWIT"
    assert suggest_occupation("Petani")[0] == "PETANI"
    assert suggest_occupation("Astronot") == (None, suggest_occupation("Astronot")[1])


def _import(qtbot, page: ImportPage, source) -> None:
    with qtbot.waitSignal(page.sig_table_loaded, timeout=20_000):
        page.load_file(source)
    page.file_step.district.set_code("14.71.01")
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)  # columns -> the list's words


def test_list_words_map_once_import_with_zero_errors_and_are_remembered(qtbot, supervisor_store, runner, tmp_path):
    store = supervisor_store
    first = tmp_path / "desa-a.csv"
    write_list(first, 1, WORDS)
    page = ImportPage(store, runner)
    qtbot.addWidget(page)
    page.show()
    _import(qtbot, page, first)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == VALUES, timeout=20_000)
    listed = {c.value: (c.rows, c.choice, c.remembered) for c in page.values_step.choices}
    assert listed == {
        "Pedagang": (2, "PEDAGANG_KECIL", False),
        "Tukang Ojek": (2, "OJEK_PANGKALAN", False),
        "Buruh sawit": (2, "BURUH_KEBUN_SAWIT", False),
    }
    # The officer changes one meaning by typing, as at the desk: "Pedagang" sells in the market here.
    row = next(i for i, c in enumerate(page.values_step.choices) if c.value == "Pedagang")
    combo = page.values_step.combos[row]
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Pedagang Pasar")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)  # one item matches: taken
    assert combo.code() == "PEDAGANG_PASAR"

    with qtbot.waitSignal(page.sig_plan_ready, timeout=60_000) as checked:
        qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    plan = checked.args[0]
    assert page.stack.currentIndex() == PREVIEW
    assert plan.errors == [] and len(plan.valid) == 6
    with qtbot.waitSignal(page.sig_import_finished, timeout=60_000) as finished:
        qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    assert finished.args[0] == 6 and page.stack.currentIndex() == DONE
    with store.reader() as session:
        jobs = sorted(session.scalars(select(RegistrationRow.occupation_id)))
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "import.values_mapped")))
    assert jobs == sorted(["PEDAGANG_PASAR", "OJEK_PANGKALAN", "BURUH_KEBUN_SAWIT"] * 2)
    assert len(events) == 1
    assert remembered_value_map(store)["occupation"] == {
        "pedagang": "PEDAGANG_PASAR",
        "tukangojek": "OJEK_PANGKALAN",
        "buruhsawit": "BURUH_KEBUN_SAWIT",
    }

    # The next village's list uses the same words (one in capitals): remembered, nothing to change.
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)  # "Import another list"
    second = tmp_path / "desa-b.csv"
    write_list(second, 101, ["PEDAGANG", "Tukang Ojek", "Buruh sawit"])
    _import(qtbot, page, second)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == VALUES, timeout=20_000)
    listed = {c.value: (c.choice, c.remembered) for c in page.values_step.choices}
    assert listed == {
        "PEDAGANG": ("PEDAGANG_PASAR", True),
        "Tukang Ojek": ("OJEK_PANGKALAN", True),
        "Buruh sawit": ("BURUH_KEBUN_SAWIT", True),
    }
    with qtbot.waitSignal(page.sig_plan_ready, timeout=60_000) as checked:
        qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    assert checked.args[0].errors == [] and len(checked.args[0].valid) == 6
