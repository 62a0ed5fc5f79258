"""``pulut-desktop --self-test`` from the source tree, in plain and awkward folders."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pulut_desktop import selftest
from pulut_desktop.cards import card_from_registration, render_pdf_bytes, sign_card
from pulut_desktop.cards.qrdraw import encode_qr
from tests.cards.samples import ISSUED_ON, device_code_of, sample_registration

from .helpers import AWKWARD_PARTS, SOURCE_APP, assert_self_test_passed, run_app


def test_self_test_passes_from_source(tmp_path):
    data = tmp_path / "data"
    result = run_app(SOURCE_APP, "--self-test", "--data-dir", str(data))
    assert_self_test_passed(result, data)
    assert "(source: " in result.stdout and "platform offscreen" in result.stdout
    assert "'Pulut Desktop — Masuk'" in result.stdout  # Indonesian by default: the .qm was loaded


def test_self_test_under_spaces_and_non_ascii_folders(tmp_path):
    data = tmp_path.joinpath(*AWKWARD_PARTS)
    result = run_app(SOURCE_APP, "--self-test", "--lang", "en", "--data-dir", str(data))
    assert_self_test_passed(result, data)
    assert "'Pulut Desktop — Sign in'" in result.stdout


def test_self_test_without_data_dir_uses_the_temp_folder(tmp_path):
    env_tmp = tmp_path / "temp folder é"
    env_tmp.mkdir()
    from .helpers import child_env

    env = child_env(TMPDIR=str(env_tmp), TEMP=str(env_tmp), TMP=str(env_tmp), PULUT_DATA_DIR=str(tmp_path / "real"))
    result = run_app(SOURCE_APP, "--self-test", env=env)
    assert_self_test_passed(result, env_tmp)
    assert not (tmp_path / "real").exists()  # the officer's real data dir is never touched


def test_a_failing_check_stops_with_a_clear_message_and_non_zero_status(tmp_path, monkeypatch):
    empty = tmp_path / "no resources"
    empty.mkdir()
    monkeypatch.setattr(selftest, "resources_dir", lambda: empty)
    out = io.StringIO()
    assert selftest.run_self_test(tmp_path / "data", "id", out=out) == selftest.EXIT_FAILED
    lines = out.getvalue().splitlines()
    assert lines[1].startswith("FAIL resources") and "translations/pulut_id.qm".replace("/", _sep()) in lines[1]
    assert lines[-1].startswith("self-test FAILED at 'resources'")
    assert list((tmp_path / "data").iterdir()) == []


def _sep() -> str:
    return str(Path("a", "b"))[1]


def test_qr_reader_finds_exactly_the_signed_payload(device_key):
    code = device_code_of(device_key)
    cards = [card_from_registration(sample_registration(code, n), device_code=code, issued_on=ISSUED_ON)
             for n in (1, 2)]  # fmt: skip
    payloads = [sign_card(card, device_key) for card in cards]
    pdf = render_pdf_bytes(list(zip(cards, payloads, strict=True)), layout="a4")
    found = selftest.qr_matrices_in_pdf(pdf)
    assert [encode_qr(p).rows for p in payloads] == found
    assert encode_qr(payloads[0] + "x").rows not in found


@pytest.fixture(scope="module")
def device_key():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate()
