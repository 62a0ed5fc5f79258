"""The shipped province keys file: read strictly; a demo (training) key is trusted by training laptops only."""

from __future__ import annotations

import pytest

from pulut_desktop.outbox import trust
from pulut_desktop.paths import resource
from pulut_desktop.sync import province_keys
from pulut_desktop.sync.errors import ProvinceKeysInvalid
from pulut_desktop.sync.keys import generate_encryption_key, generate_signing_key, public_key_bytes


def _write(path, training):
    sign = generate_signing_key()
    doc = province_keys.province_keys_document(
        "Uji", training, generate_encryption_key().public_key(), sign.public_key()
    )
    path.write_bytes(doc)
    return sign


def test_shipped_file_is_the_training_province():
    shipped = province_keys.read_province_keys(resource(*province_keys.SHIPPED))
    assert shipped.training


@pytest.mark.parametrize("training_file", [True, False])
def test_training_key_only_for_training_laptops(tmp_path, monkeypatch, training_file):
    sign = _write(tmp_path / "keys.json", training_file)
    monkeypatch.setattr(trust, "resource", lambda *parts: tmp_path / "keys.json")
    assert [public_key_bytes(k) for k in trust.trusted_signing_keys(training=True)] == [public_key_bytes(sign)]
    assert len(trust.trusted_signing_keys(training=False)) == (0 if training_file else 1)
    # An explicit file is the admin's choice: always trusted.
    assert len(trust.trusted_signing_keys([tmp_path / "keys.json"], training=False)) == (1 if training_file else 2)


def test_damaged_keys_file_is_refused(tmp_path):
    path = tmp_path / "keys.json"
    _write(path, False)
    path.write_text(path.read_text().replace('"signing_key_id": "', '"signing_key_id": "0'))
    with pytest.raises(ProvinceKeysInvalid):
        province_keys.read_province_keys(path)
