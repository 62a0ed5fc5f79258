"""Every bad request gets the right 4xx with a specific error code and changes nothing."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from pulut_desktop.outbox.export import _prepare
from pulut_desktop.province import devices
from pulut_desktop.province.models import Base
from pulut_desktop.storage.models import BatchRow
from pulut_desktop.sync.auth import signed_text
from pulut_desktop.sync.keys import b64encode
from tests.outbox.helpers import approve_new, make_laptop

from .conftest import SMALL_LIMIT, enrol_direct


def snapshot(service) -> dict:
    """Every province table but the nonce challenges (issued and consumed by design)."""
    out = {}
    with service.store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name != "nonces":
                out[table.name] = sorted(map(tuple, conn.execute(select(table)).all()), key=repr)
    return out


@pytest.fixture
def world(service, tmp_path):
    laptop = make_laptop(tmp_path / "laptop", "Laptop Uji", "14.71")
    device_id = enrol_direct(laptop, service.province)
    approve_new(laptop, 1)
    _prepare(laptop, 2000)
    with laptop.reader() as session:
        data = session.scalars(select(BatchRow.file_bytes)).one()
    with httpx.Client(base_url=service.url, trust_env=False) as http:
        yield service, laptop, device_id, data, http
    laptop.close()


def signed(http, laptop, device_id, method, path, body, nonce=None, key=None):
    nonce = nonce or http.get("/v1/nonce").json()["nonce"]
    signature = b64encode((key or laptop.signing_key()).sign(signed_text(method, path, nonce, body)))
    headers = {"X-Pulut-Device": device_id, "X-Pulut-Nonce": nonce, "X-Pulut-Signature": signature}
    return http.request(method, path, content=body, headers=headers), nonce


def expect(response, status, code):
    assert response.status_code == status, response.text
    assert response.json()["error"] == code
    assert response.json()["message"] and response.json()["pesan"]


def test_bad_requests_change_nothing(world):
    service, laptop, device_id, data, http = world
    before = snapshot(service)

    expect(http.post("/v1/batches", content=data), 401, "province.auth_missing")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    r, _ = signed(http, laptop, device_id, "POST", "/v1/batches", data, key=Ed25519PrivateKey.generate())
    expect(r, 401, "province.auth_bad_signature")
    r, _ = signed(http, laptop, device_id, "POST", "/v1/batches", data[: len(data) // 2])
    expect(r, 422, "batch.truncated")
    corrupt = bytearray(data)
    corrupt[20:24] = b"{{{{"  # inside the JSON header
    r, _ = signed(http, laptop, device_id, "POST", "/v1/batches", bytes(corrupt))
    assert r.status_code == 422 and r.json()["error"].startswith("batch.")
    expect(http.post("/v1/device-requests", content=b'{"format": "pulut-device-request", '), 422, "request.bad_magic")
    r, _ = signed(http, laptop, device_id, "POST", "/v1/batches", b"x" * (SMALL_LIMIT + 1))
    expect(r, 413, "province.body_too_large")

    def chunks():
        for _ in range(SMALL_LIMIT // 1024 + 2):
            yield b"y" * 1024

    # No Content-Length: the stream is cut off at the limit (device headers in shape, checked first) ...
    nonce = http.get("/v1/nonce").json()["nonce"]
    signature = b64encode(laptop.signing_key().sign(signed_text("POST", "/v1/batches", nonce, b"")))
    headers = {"X-Pulut-Device": device_id, "X-Pulut-Nonce": nonce, "X-Pulut-Signature": signature}
    expect(http.post("/v1/batches", content=chunks(), headers=headers), 413, "province.body_too_large")
    # ... and without them the body is never read at all.
    expect(http.post("/v1/batches", content=chunks()), 401, "province.auth_missing")
    assert snapshot(service) == before

    # A replayed request (its nonce already used) is refused, though its signature is valid.
    r, nonce = signed(http, laptop, device_id, "GET", "/v1/reference-bundle", b"")
    assert r.status_code == 200
    r, _ = signed(http, laptop, device_id, "GET", "/v1/reference-bundle", b"", nonce=nonce)
    expect(r, 401, "province.auth_nonce")
    r, _ = signed(http, laptop, device_id, "POST", "/v1/batches", data, nonce="made-up-nonce")
    expect(r, 401, "province.auth_nonce")
    assert snapshot(service) == before

    devices.revoke(service.store, device_id, "laptop dicuri")
    before = snapshot(service)
    r, _ = signed(http, laptop, device_id, "POST", "/v1/batches", data)
    expect(r, 403, "province.device_revoked")
    assert snapshot(service) == before


def test_openapi_schema_is_served(service):
    with httpx.Client(base_url=service.url, trust_env=False) as http:
        paths = http.get("/openapi.json").json()["paths"]
    assert {"/v1/nonce", "/v1/batches", "/v1/reference-bundle", "/v1/device-requests"} <= set(paths)
