"""Synthetic sample data for the card tests and the benchmark (no real person)."""

from __future__ import annotations

from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from pulut_desktop.domain.numbers import device_code, registration_number
from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import Consent, ConsentMethod, FundingSource, Registration
from pulut_desktop.domain.status import Status

SAMPLE_NIK = "1471014508900001"  # Pekanbaru (Sukajadi), woman born 5 Aug 1990
ISSUED_ON = date(2026, 1, 15)


def device_code_of(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return device_code(raw)


def sample_registration(
    code: str,
    sequence: int = 1,
    *,
    name: str = "SITI AMINAH",
    status: Status = Status.APPROVED,
    occupation_id: str = "NELAYAN",
    village_code: str = "14.71.01.1003",
    funding: FundingSource = FundingSource.APBD,
) -> Registration:
    return Registration(
        nik=SAMPLE_NIK,
        full_name=name,
        birth_place="PEKANBARU",
        birth_date=date(1990, 8, 5),
        sex=Sex.FEMALE,
        address_line="Jl. Sudirman Gg. Damai No. 7",
        village_code=village_code,
        occupation_id=occupation_id,
        funding_source=funding,
        coverage_start=date(2026, 1, 1),
        coverage_months=12,
        consent=Consent(given=True, method=ConsentMethod.SIGNED_FORM),
        officer="petugas01",
        status=status,
        registration_number=registration_number(code, sequence),
    )
