"""Fixtures of the card tests: a device key, sample cards and their rendered PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pulut_desktop.cards import EnrollmentCard, card_from_registration, render_cards, sign_card
from pulut_desktop.domain.registration import FundingSource
from pulut_desktop.domain.status import Status

from .samples import ISSUED_ON, device_code_of, sample_registration


@pytest.fixture(scope="session")
def device_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="session")
def device_code(device_key: Ed25519PrivateKey) -> str:
    return device_code_of(device_key)


@pytest.fixture(scope="session")
def cards(device_code: str) -> list[EnrollmentCard]:
    """Three different cards: provisional APBD, valid DBH Sawit with long texts, a plain one."""
    regs = [
        sample_registration(device_code, 1),
        sample_registration(
            device_code,
            2,
            name="MUHAMMAD RIZKY SYAHPUTRA BIN ABDUL RAHMAN HASIBUAN",
            status=Status.ACCEPTED,
            occupation_id="BURUH_KEBUN_SAWIT",
            village_code="14.71.01.1008",
            funding=FundingSource.DBH_SAWIT,
        ),
        sample_registration(device_code, 3, name="DEDI IRAWAN", status=Status.SENT, occupation_id="BURUH_NELAYAN"),
    ]
    return [card_from_registration(r, device_code=device_code, issued_on=ISSUED_ON) for r in regs]


@pytest.fixture(scope="session")
def jobs(cards: list[EnrollmentCard], device_key: Ed25519PrivateKey) -> list[tuple[EnrollmentCard, str]]:
    return [(card, sign_card(card, device_key)) for card in cards]


@pytest.fixture(scope="session")
def card_pdf(jobs: list[tuple[EnrollmentCard, str]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cards") / "cards.pdf"
    render_cards(jobs, path, layout="card")
    return path


@pytest.fixture(scope="session")
def a4_jobs(jobs: list[tuple[EnrollmentCard, str]]) -> list[tuple[EnrollmentCard, str]]:
    """Twelve cards: one full sheet of ten and a second sheet with two."""
    return (jobs * 4)[:12]


@pytest.fixture(scope="session")
def a4_pdf(a4_jobs: list[tuple[EnrollmentCard, str]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cards") / "cards-a4.pdf"
    render_cards(a4_jobs, path, layout="a4")
    return path
