"""Device requests posted to the live service, handled with ``pulut-province devices ...``: a name
built to spoof the terminal is printed escaped, spam can be rejected and purged, a revoked key can
never ask again, and ``--server-url`` must be https (refused before anything is approved)."""

from __future__ import annotations

import httpx
import pytest

from pulut_desktop.province import cli as province_cli
from pulut_desktop.province import devices
from pulut_desktop.sync import enrolment as wire
from pulut_desktop.sync.keys import generate_signing_key
from tests.outbox.helpers import PASSPHRASE

SPOOF = "Laptop\r\x1b[2KABCD1234 \x1b]0;x\x07\u202e\x9b31m"


def _cli(service, *args: str) -> int:
    return province_cli.main(["--data-dir", str(service.store.data_dir.root), *args])


def _post(http, key, name: str = "Laptop Siak") -> httpx.Response:
    data = wire.build_device_request(device_key=key, device_name=name, regency_code="14.08", training=False)
    return http.post("/v1/device-requests", content=data)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_spoofing_names_spam_and_revoked_keys(service, capsys, monkeypatch):
    monkeypatch.setenv(province_cli.PASSPHRASE_ENV, PASSPHRASE)
    with httpx.Client(base_url=service.url, trust_env=False) as http:
        spoof = _post(http, generate_signing_key(), SPOOF)
        assert spoof.status_code == 202, spoof.text
        request_id = spoof.json()["request_id"]
        capsys.readouterr()
        assert _cli(service, "devices", "requests") == 0
        out = capsys.readouterr().out
        assert request_id in out
        printed = out.encode("utf-8")
        assert not any((b < 0x20 and b not in b"\t\n") or b == 0x7F for b in printed), out
        assert "\x9b" not in out and "\u202e" not in out
        assert "\\r\\x1b[2K" in out  # shown, escaped: the admin sees what was sent

        # spam: rejected one by one, then purged
        assert _cli(service, "devices", "reject", request_id) == 0
        assert http.get(f"/v1/device-requests/{request_id}/enrolment").status_code == 403
        assert _cli(service, "devices", "purge", "--older-than-days", "0") == 0
        assert devices.find_request(service.store, request_id) is None

        # a revoked key never files a request again
        key = generate_signing_key()
        answer = _post(http, key)
        device, _ = devices.approve_online(service.store, answer.json()["request_id"], service.keys)
        devices.revoke(service.store, device.id, "laptop dicuri")
        again = _post(http, key, "Laptop Baru")
        assert again.status_code == 400 and again.json()["error"] == "province.device_revoked", again.text

        # the URL handed to laptops must be https
        pending = _post(http, generate_signing_key()).json()["request_id"]
        capsys.readouterr()
        assert _cli(service, "devices", "approve", pending, "--server-url", "http://10.0.0.5:8750") == 2
        assert "https" in capsys.readouterr().err
        assert devices.find_request(service.store, pending).status == "pending"
        assert _cli(service, "devices", "approve", pending, "--server-url", "https://pulut.riau.example") == 0
        assert devices.find_request(service.store, pending).status == "approved"
