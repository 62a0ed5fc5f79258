"""A stolen laptop's key sends hostile records: each is refused on its own with its code, through
``pulut-province import`` of a stick, on SQLite and PostgreSQL; the clean record beside it and the next
clean batch still import, the reference bundle still builds, and the BPJS export and the coverage
report hold no formula and carry every NIK as 16-digit text."""

from __future__ import annotations

import csv
import io
import itertools
import re
import zipfile
from dataclasses import replace

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pulut_desktop.domain.canonical import canonical_report, is_identifier
from pulut_desktop.province import cli as province_cli
from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.models import NikHolder, RegistrationVersion
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.sync import receipt as receipt_format
from pulut_desktop.sync import reference, usb
from pulut_desktop.sync.records import RegistrationRecord, registration_from_record
from pulut_desktop.sync.spreadsheet import FORMULA_LEADS
from tests.outbox.helpers import PASSPHRASE

from .conftest import BACKENDS
from .hostile import enrol_by_hand, fresh_nik, put_on_stick

WHITESPACE = ["\u0020", "\t", "\u00a0", "\u3000", "\n", "\u2007", "\u202f"]
FOREIGN_DIGITS = ["\u0661", "\uff11", "\u0967", "\u09e7", "\U0001d7cf"]
CONTROLS = ["\x00", "\x07", "\x1b", "\r", "\x7f", "\x85", "\x9b", "\u200b", "\ufeff", "\u00ad", "\u2028"]
BIDI = ["\u202e", "\u202d", "\u2066", "\u2067", "\u200f", "\u061c"]
FORMULAS = ['=HYPERLINK("http://contoh.invalid/x","klik")', "+SUM(1+1)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)"]
TEXT_FIELDS = ["full_name", "birth_place", "address_line", "mother_maiden_name", "heir", "witness_name"]
IDENTIFIERS = {"nik": "nik.not_canonical", "kk_number": "kk.not_canonical", "heir_nik": "nik.not_canonical"}


def _around(value: str, extra: str, where: int) -> str:
    """``extra`` before, inside or after ``value``."""
    position = (0, len(value) // 2, len(value))[where % 3]
    return value[:position] + extra + value[position:]


identifier_attacks = st.one_of(
    st.tuples(st.just("whitespace"), st.sampled_from(WHITESPACE), st.sampled_from([0, 2])),
    st.tuples(st.just("digit"), st.sampled_from(FOREIGN_DIGITS), st.integers(0, 15)),
)
text_attacks = st.one_of(
    st.tuples(st.just("text.control_character"), st.sampled_from(CONTROLS), st.integers(0, 2)),
    st.tuples(st.just("text.bidi_control"), st.sampled_from(BIDI), st.integers(0, 2)),
    st.tuples(st.just("text.not_nfc"), st.sampled_from(["E\u0301", "A\u0308", "n\u0303"]), st.integers(0, 2)),
    st.tuples(st.just("text.spacing"), st.sampled_from([" ", "  "]), st.sampled_from([0, 2])),
    st.tuples(st.just("text.too_long"), st.just(""), st.just(2)),
)
ATTACKS = st.one_of(
    st.tuples(st.just("identifier"), st.sampled_from(sorted(IDENTIFIERS)), identifier_attacks),
    st.tuples(st.just("text"), st.sampled_from(TEXT_FIELDS), text_attacks),
    st.tuples(st.just("formula"), st.sampled_from(FORMULAS), st.none()),
    st.tuples(st.just("squat"), st.none(), st.none()),
    st.tuples(st.just("nik_change"), st.none(), st.none()),
)


def _hostile_identifier(reg, field, attack):
    kind, extra, where = attack
    value = fresh_nik() if field == "heir_nik" else getattr(reg, field)
    if kind == "whitespace":
        bad = extra + value if where == 0 else value + extra
    else:
        bad = value[:where] + extra + value[where + 1 :]
    if field == "heir_nik":
        return replace(reg, heirs=[replace(reg.heirs[0], nik=bad)])
    return replace(reg, **{field: bad})


def _hostile_text(reg, field, attack):
    code, extra, where = attack
    if code == "text.too_long":  # only the name has a limit below the wire's (100 < 200)
        return replace(reg, full_name=reg.full_name + " " + "X" * 95)
    if field == "heir":
        return replace(reg, heirs=[replace(reg.heirs[0], name=_around(reg.heirs[0].name, extra, where))])
    if field == "witness_name":
        return replace(reg, consent=replace(reg.consent, witness_name=_around("SARI", extra, where)))
    value = getattr(reg, field)
    return replace(reg, **{field: _around(value, extra, where)})


class Scenario:
    """One province (SQLite or PostgreSQL), two hand-driven laptops, sticks imported by the CLI."""

    def __init__(self, tmp_path, database_url, monkeypatch) -> None:
        self.root, self.tmp = tmp_path / "province", tmp_path
        self.store = ProvinceStore.open(self.root, database_url, create=True)
        self.keys = create_keys(self.store, PASSPHRASE, name="Provinsi Uji", training=True)
        self.a = enrol_by_hand(self.store, self.keys, "Laptop A")
        self.b = enrol_by_hand(self.store, self.keys, "Laptop B")
        self.argv = ["--data-dir", str(self.root)] + (["--database-url", database_url] if database_url else [])
        self.sticks = itertools.count()
        self.accepted = []  # registrations of A the province accepted
        monkeypatch.setenv(province_cli.PASSPHRASE_ENV, PASSPHRASE)

    def cli(self, *args: str) -> int:
        return province_cli.main([*self.argv, *args])

    def send(self, device, registrations) -> dict[tuple[str, int], receipt_format.RecordStatus]:
        stick = self.tmp / f"stick-{next(self.sticks)}"
        put_on_stick(stick, device.batch(registrations), device)
        assert self.cli("import", str(stick)) == 0
        inbox = usb.find_layout(stick).inbox
        data = (inbox / usb.receipt_file_name(device.id, device.sequence)).read_bytes()
        parsed = receipt_format.parse_receipt(data, province_signing_keys=self.keys.signing.public_key())
        reference.parse_bundle(  # the bundle beside the receipts still builds and verifies
            (inbox / reference.FILE_NAME).read_bytes(), province_signing_key=self.keys.signing.public_key()
        )
        return {(r.registration_id, r.version): r for r in parsed.records}

    def stored(self, registration_id: str, version: int):
        with self.store.reader() as session:
            return session.get(RegistrationVersion, (registration_id, version))


def _check(scenario: Scenario, attack) -> None:
    kind, field, detail = attack
    a, b = scenario.a, scenario.b
    clean = a.registration()
    if kind in ("identifier", "text"):
        base = a.registration()
        hostile = (_hostile_identifier if kind == "identifier" else _hostile_text)(base, field, detail)
        expected = IDENTIFIERS[field] if kind == "identifier" else detail[0]
        got = scenario.send(a, [hostile, clean])
        assert got[(hostile.id, 1)].status is receipt_format.RecordOutcome.REJECTED
        assert got[(hostile.id, 1)].code == expected, (hostile, got[(hostile.id, 1)])
        assert scenario.stored(hostile.id, 1) is None  # nothing non-canonical is stored
    elif kind == "formula":
        hostile = a.registration(full_name=field)
        got = scenario.send(a, [hostile, clean])
        assert got[(hostile.id, 1)].status is receipt_format.RecordOutcome.ACCEPTED  # a name; the exports defuse it
    elif kind == "squat":
        owned = a.registration()
        assert scenario.send(a, [owned])[(owned.id, 1)].status is receipt_format.RecordOutcome.ACCEPTED
        squatted = b.registration(id=owned.id, version=2)
        clean = b.registration()
        got = scenario.send(b, [squatted, clean])
        assert got[(owned.id, 2)].code == "province.registration_elsewhere"
        assert scenario.stored(owned.id, 2) is None
        genuine = replace(owned, version=2, address_line="Jl. Diponegoro No. 9")
        assert scenario.send(a, [genuine])[(owned.id, 2)].status is receipt_format.RecordOutcome.ACCEPTED
    else:  # nik_change: a corrected NIK frees the old one for its real owner
        first = a.registration()
        assert scenario.send(a, [first])[(first.id, 1)].status is receipt_format.RecordOutcome.ACCEPTED
        corrected = replace(first, version=2, nik=fresh_nik())
        assert scenario.send(a, [corrected])[(first.id, 2)].status is receipt_format.RecordOutcome.ACCEPTED
        owner = b.registration(nik=first.nik)
        clean = b.registration()
        got = scenario.send(b, [owner, clean])
        assert got[(owner.id, 1)].status is receipt_format.RecordOutcome.ACCEPTED, got[(owner.id, 1)]
    assert got[(clean.id, 1)].status is receipt_format.RecordOutcome.ACCEPTED  # the record, not the batch


def _assert_safe_exports(scenario: Scenario) -> None:
    out = scenario.tmp
    assert scenario.cli("bpjs-export", "--out", str(out / "bpjs.xlsx"), "--format", "xlsx") == 0
    assert scenario.cli("bpjs-export", "--out", str(out / "bpjs.csv"), "--format", "csv") == 0
    assert scenario.cli("report", "--out", str(out / "cakupan.xlsx"), "--format", "xlsx") == 0
    assert scenario.cli("report", "--out", str(out / "cakupan.csv"), "--format", "csv") == 0
    for name in ("bpjs.xlsx", "cakupan.xlsx"):
        with zipfile.ZipFile(out / name) as book:
            sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
            assert sheets
            for sheet in sheets:
                assert not re.search(rb"<f[ >]", book.read(sheet)), (name, sheet)
    from openpyxl import load_workbook

    sheet = load_workbook(out / "bpjs.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    nik_column = rows[0].index("nik")
    assert len(rows) > 1
    for row in rows[1:]:
        assert isinstance(row[nik_column], str) and is_identifier(row[nik_column])
        for value in row:
            assert not (isinstance(value, str) and value and value[0] in FORMULA_LEADS and value[0] != "+"), row
    text = (out / "bpjs.csv").read_bytes().decode("utf-8-sig")
    lines = text.splitlines()
    assert all(line.startswith('"') for line in lines)  # every cell quoted: NIKs are read as text
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert "'" + FORMULAS[0] in {r["nama_lengkap"] for r in parsed}
    for r in parsed:
        assert is_identifier(r["nik"])
        for value in r.values():
            assert not (value and value[0] in FORMULA_LEADS and not re.fullmatch(r"\+[0-9]+", value)), r


def _assert_all_stored_canonical(scenario: Scenario) -> None:
    with scenario.store.reader() as session:
        assert all(is_identifier(n) for n in session.scalars(select(NikHolder.nik)))
        for row in session.scalars(select(RegistrationVersion)):
            assert is_identifier(row.nik)
            record = RegistrationRecord.model_validate(row.data, strict=False)
            assert canonical_report(registration_from_record(record)).ok, row.data


@BACKENDS
def test_hostile_records_are_refused_one_by_one(tmp_path, database_url, monkeypatch):
    scenario = Scenario(tmp_path, database_url, monkeypatch)
    seen: set[str] = set()

    @settings(
        max_examples=40,
        deadline=None,
        derandomize=True,
        phases=[
            Phase.explicit,
            Phase.reuse,
            Phase.generate,
        ],  # a failure is shown as found: shrinking re-imports for minutes
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(attack=ATTACKS)
    def run(attack):
        seen.add(attack[0])
        _check(scenario, attack)

    try:
        run()
        assert seen == {"identifier", "text", "formula", "squat", "nik_change"}
        clean = scenario.a.registration()  # the next clean batch imports
        assert scenario.send(scenario.a, [clean])[(clean.id, 1)].status is receipt_format.RecordOutcome.ACCEPTED
        _assert_all_stored_canonical(scenario)
        formula = scenario.a.registration(full_name=FORMULAS[0])
        scenario.send(scenario.a, [formula])
        _assert_safe_exports(scenario)
    finally:
        scenario.store.close()
