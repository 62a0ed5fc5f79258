"""``pulut-desktop --self-test``: prove on any machine that an installed build works, without a display.

In a throw-away data dir it creates the encrypted store, saves a registration, renders its card and
reads the QR back out of the PDF, seals a batch to a throw-away province key and opens it again, checks
the audit chain, and draws the first screen offscreen. One line per check; exit status 0 only if every
check passed. Nothing here imports Qt: the window check lives in :mod:`pulut_desktop.ui.selftest_window`.
"""

from __future__ import annotations

import base64
import dataclasses
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
import traceback
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from . import __version__, messages
from .paths import resources_dir

EXIT_OK, EXIT_FAILED = 0, 1
SELF_TEST_REGENCY = "14.71"  # Kota Pekanbaru
SELF_TEST_VILLAGE = "14.71.01.1002"  # Jadirejo, Sukajadi
SELF_TEST_NIK = "1471014508900001"  # synthetic: a woman born 5 Aug 1990 in Sukajadi
REQUIRED_RESOURCES = (
    ("translations", "pulut_id.qm"),
    ("translations", "pulut_en.qm"),
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("data", "riau_regions.csv"),
    ("data", "occupations_picklist.csv"),
    ("style", "pulut.qss"),
    ("handbook", "panduan-petugas.md"),
    ("handbook", "province-admin.md"),
)
_INLINE_QR = re.compile(rb"BI /W (\d+) /H (\d+) /IM true /F /AHx ID\s+([0-9a-fA-F]+)>\s*EI")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.DOTALL)


class SelfTestFailure(Exception):
    """A check found something wrong; the message says what, in plain words."""


@dataclass
class _Run:
    root: Path
    language: str
    out: TextIO
    state: dict = field(default_factory=dict)

    def check(self, name: str, func: Callable[[_Run], str]) -> None:
        started = time.perf_counter()
        detail = func(self)
        elapsed = time.perf_counter() - started
        print(f"ok   {name:<13} {detail} ({elapsed:.2f} s)", file=self.out, flush=True)


# -- the checks ------------------------------------------------------------------------------------
def _check_resources(run: _Run) -> str:
    root = resources_dir()
    missing = [str(Path(*parts)) for parts in REQUIRED_RESOURCES if not root.joinpath(*parts).is_file()]
    if missing:
        raise SelfTestFailure(f"missing in {root}: {', '.join(missing)}")
    where = "bundle" if getattr(sys, "frozen", False) else "source"
    return f"{len(REQUIRED_RESOURCES)} files found ({where}: {root})"


def _check_migrations(run: _Run) -> str:
    from .storage import migrate

    if not migrate.MIGRATIONS.joinpath("env.py").is_file():
        raise SelfTestFailure(f"Alembic scripts missing in {migrate.MIGRATIONS}")
    return f"schema head {migrate.head_revision()} ({migrate.MIGRATIONS})"


def _check_store(run: _Run) -> str:
    from .services.setup import NewStore, create_store, log_in

    password = secrets.token_urlsafe(18)
    new = NewStore("selftest", "Uji Mandiri", password, "Uji Mandiri", SELF_TEST_REGENCY, language=run.language)
    create_store(run.root, new)
    run.state["store"] = store = log_in(run.root, "selftest", password)  # the unlock path a login takes
    if not store.data_dir.database.is_file():
        raise SelfTestFailure(f"no database file at {store.data_dir.database}")
    size = store.data_dir.database.stat().st_size
    if store.data_dir.database.read_bytes()[:16] == b"SQLite format 3\x00":
        raise SelfTestFailure("the database is not encrypted")
    return f"created, locked and opened again (encrypted, {size} bytes)"


def _utc_now_naive() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # the store keeps naive UTC


def _sample_registration():
    from .domain.people import Sex
    from .domain.registration import Consent, ConsentMethod, Heir, HeirRelationship, Registration

    today = date.today()
    return Registration(
        nik=SELF_TEST_NIK,
        full_name="Siti Aminah",
        birth_place="Pekanbaru",
        birth_date=date(1990, 8, 5),
        sex=Sex.FEMALE,
        address_line="Jl. Sudirman No. 1, RT 001/RW 002",
        village_code=SELF_TEST_VILLAGE,
        phone="0812-3456-7890",
        occupation_id="NELAYAN",
        coverage_start=today.replace(day=1),
        coverage_months=12,
        heirs=[Heir("Ahmad Yani", HeirRelationship.SPOUSE)],
        consent=Consent(True, ConsentMethod.SIGNED_FORM, _utc_now_naive(), form_reference="UJI"),
    )


def _check_registration(run: _Run) -> str:
    from .domain.registration import normalise
    from .services.registration import open_registration, save_registration

    store = run.state["store"]
    saved = save_registration(store, normalise(_sample_registration()), new=True).saved
    if saved is None:
        raise SelfTestFailure("the sample registration was held as a near match on a new store")
    again = open_registration(store, saved.id)[0]
    if (again.nik, again.full_name.upper(), again.registration_number) != (
        SELF_TEST_NIK,
        saved.full_name.upper(),
        saved.registration_number,
    ):
        raise SelfTestFailure("the saved registration reads back differently")
    run.state["registration"] = again
    return f"saved and read back {again.registration_number} ({again.status.value})"


def qr_matrices_in_pdf(pdf: bytes) -> list[tuple[bytes, ...]]:
    """Every QR drawn as an inline image mask in ``pdf``, as rows of modules (1 = dark)."""
    contents = [pdf]
    for raw in _STREAM.findall(pdf):
        for decode in (zlib.decompress, lambda data: zlib.decompress(base64.a85decode(data.strip(), adobe=True))):
            try:  # ReportLab writes page content as /ASCII85Decode /FlateDecode, fonts as /FlateDecode
                contents.append(decode(raw))
                break
            except (ValueError, zlib.error):
                continue
    found = []
    for content in contents:
        for width, height, hex_bits in _INLINE_QR.findall(content):
            size, rows = int(width), []
            if size != int(height):
                continue
            stride = (size + 7) // 8
            bits = bytes.fromhex(hex_bits.decode("ascii"))
            for r in range(size):
                row = int.from_bytes(bits[r * stride : (r + 1) * stride], "big")
                # Image-mask bit 0 is painted (dark); the row is padded on the right to whole bytes.
                rows.append(bytes(0 if row >> (stride * 8 - 1 - c) & 1 else 1 for c in range(size)))
            found.append(tuple(rows))
    return found


def _check_card(run: _Run) -> str:
    from .cards import VerificationKind, card_from_registration, render_cards, sign_card, verify_card
    from .cards.qrdraw import encode_qr

    store, reg = run.state["store"], run.state["registration"]
    with store.reader() as session:
        code = store.device(session).code
    private_key = store.signing_key()
    card = card_from_registration(reg, device_code=code, issued_on=date.today())
    payload = sign_card(card, private_key)
    out = store.data_dir.exports / "kartu uji mandiri.pdf"
    size = render_cards([(card, payload)], out, layout="card")
    pdf = out.read_bytes()
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
        raise SelfTestFailure(f"{out} is not a complete PDF")
    matrices = qr_matrices_in_pdf(pdf)
    expected = encode_qr(payload).rows
    if expected not in matrices:
        raise SelfTestFailure(f"the PDF has {len(matrices)} QR code(s), none carrying the signed payload")
    result = verify_card(payload, {code: private_key.public_key()}, date.today())
    if result.kind is not VerificationKind.VALID:
        raise SelfTestFailure(f"QR payload verification says {result.kind.value}")
    forged = verify_card(
        payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB"), {code: private_key.public_key()}, date.today()
    )
    if forged.ok:
        raise SelfTestFailure("a tampered QR payload was accepted")
    return f"PDF {size} bytes, QR {len(expected)}x{len(expected)} in the PDF verified as {result.kind.value}"


def _check_batch(run: _Run) -> str:
    from .sync.batch import build_batch, open_batch
    from .sync.keys import generate_encryption_key
    from .sync.records import registration_record

    store, reg = run.state["store"], run.state["registration"]
    # The wire format wants aware timestamps; the store gives back naive UTC.
    recorded_at = reg.consent.recorded_at and reg.consent.recorded_at.replace(tzinfo=UTC)
    reg = dataclasses.replace(reg, consent=dataclasses.replace(reg.consent, recorded_at=recorded_at))
    province_key = generate_encryption_key()  # throw-away: never leaves this process
    device_id = str(uuid.uuid4())
    signing_key = store.signing_key()
    data = build_batch(
        device_id=device_id,
        sequence=1,
        records=[registration_record(reg)],
        device_key=signing_key,
        province_public_key=province_key.public_key(),
    )
    opened = open_batch(data, device_keys={device_id: signing_key.public_key()}, province_keys=province_key)
    records = [r.data for r in opened.records]
    if len(records) != 1 or (records[0].id, records[0].nik) != (reg.id, reg.nik):
        raise SelfTestFailure("the opened batch does not carry the registration that was sealed")
    try:
        open_batch(data, device_keys={device_id: signing_key.public_key()}, province_keys=generate_encryption_key())
    except Exception:  # any refusal is right; the wrong key must not open it
        pass
    else:
        raise SelfTestFailure("a batch opened with the wrong province key")
    return f"{len(data)} bytes sealed, signed, opened and verified (1 record)"


def _check_audit(run: _Run) -> str:
    from .services.setup import verify_audit_chain

    report = verify_audit_chain(run.state["store"])
    if not report.ok:
        raise SelfTestFailure(f"audit chain broken at event {report.first_bad_seq} ({report.problem})")
    return f"{report.checked} events chained"


def _check_window(run: _Run) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .ui.selftest_window import check_first_screen

    try:
        return check_first_screen(run.root, run.language)
    except RuntimeError as err:
        raise SelfTestFailure(str(err)) from err


def _check_handbook(run: _Run) -> str:
    from .handbook import ADMIN_GUIDE, HANDBOOK, handbook, handbook_dir

    summaries = []
    for name in (HANDBOOK, ADMIN_GUIDE):
        book = handbook(name)
        missing = [image for image in book.images if not (handbook_dir() / image).is_file()]
        if missing:
            raise SelfTestFailure(f"{name} shows screenshots that are missing: {', '.join(missing)}")
        if len(book.html) < 2000 or not book.anchors:
            raise SelfTestFailure(f"{name} is empty or has no sections")
        summaries.append(f"{name} {len(book.anchors)} sections, {len(book.images)} screenshots")
    return "; ".join(summaries)


def _check_pages(run: _Run) -> str:
    from .ui.selftest_pages import check_pages

    try:
        return check_pages(run.state["store"], run.language)
    except RuntimeError as err:
        raise SelfTestFailure(str(err)) from err


CHECKS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("resources", _check_resources),
    ("migrations", _check_migrations),
    ("store", _check_store),
    ("registration", _check_registration),
    ("card", _check_card),
    ("batch", _check_batch),
    ("audit", _check_audit),
    ("handbook", _check_handbook),
    ("window", _check_window),
    ("pages", _check_pages),
)


# -- the command -----------------------------------------------------------------------------------
def run_self_test(
    data_dir: Path | str | None = None, language: str = messages.DEFAULT_LANGUAGE, out: TextIO | None = None
) -> int:
    """Run every check in a new folder inside ``data_dir`` (default: the system temp folder).

    The folder is removed afterwards; an existing store in ``data_dir`` is never opened or changed.
    Returns :data:`EXIT_OK` or :data:`EXIT_FAILED`.
    """
    out = out or sys.stdout
    started = time.perf_counter()
    parent = Path(data_dir) if data_dir is not None else None
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="pulut-self-test-", dir=parent))
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    print(f"Pulut Desktop {__version__}{frozen} self-test in {root}", file=out, flush=True)
    run = _Run(root=root, language=language, out=out)
    failed = None
    try:
        for name, func in CHECKS:
            failed = name
            run.check(name, func)
        failed = None
    except SelfTestFailure as err:
        print(f"FAIL {failed:<13} {err}", file=out, flush=True)
    except Exception as err:  # report anything, with the detail a support person needs
        reason = messages.error_text(err, language) if getattr(err, "code", None) else f"{type(err).__name__}: {err}"
        print(f"FAIL {failed:<13} {reason}", file=out, flush=True)
        traceback.print_exc(file=sys.stderr)
    finally:
        store = run.state.get("store")
        if store is not None:
            store.close()
        shutil.rmtree(root, ignore_errors=True)
    elapsed = time.perf_counter() - started
    if failed is not None:
        print(f"self-test FAILED at '{failed}' ({elapsed:.1f} s)", file=out, flush=True)
        return EXIT_FAILED
    print(f"self-test passed: {len(CHECKS)} checks ({elapsed:.1f} s)", file=out, flush=True)
    return EXIT_OK
