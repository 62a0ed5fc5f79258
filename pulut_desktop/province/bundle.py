"""The province's reference bundle (format: :mod:`pulut_desktop.sync.reference`), built from the store.

Built on demand (``GET /v1/reference-bundle``, ``pulut-province import`` writes it beside the
receipts). The roster key is random, made once and kept in ``settings``; see docs/province-service.md.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from pulut_desktop.domain.canonical import is_identifier
from pulut_desktop.paths import resource
from pulut_desktop.sync import reference as wire
from pulut_desktop.sync.keys import b64decode, b64encode

from .devices import REVOKED
from .keys import ProvinceKeyring
from .models import Device, NikHolder, RegistrationVersion, Setting
from .quotas import list_quotas
from .rules import published_rules
from .store import ProvinceStore, log_event, utcnow

ROSTER_KEY = "roster_key"


def regions_version() -> str:
    return hashlib.sha256(resource("data", "riau_regions.csv").read_bytes()).hexdigest()[:16]


def roster_key(store: ProvinceStore) -> bytes:
    with store.session() as session:
        row = session.get(Setting, ROSTER_KEY)
        if row is None:
            row = Setting(key=ROSTER_KEY, value={"key": b64encode(os.urandom(32)), "created_at": utcnow().isoformat()})
            session.add(row)
            log_event(session, "roster.key_created")
        return b64decode(row.value["key"], "roster-key")


def build_reference_bundle(store: ProvinceStore, keys: ProvinceKeyring) -> bytes:
    key = roster_key(store)
    with store.reader() as session:
        devices = [
            {
                "device_id": d.id,
                "device_code": d.code,
                "public_key": b64encode(d.public_key),
                "active": d.status != REVOKED,
            }
            for d in session.scalars(select(Device).order_by(Device.code))
        ]
        niks = list(session.scalars(select(NikHolder.nik)))
        niks += list(
            session.scalars(select(RegistrationVersion.nik).where(RegistrationVersion.status == "held_for_review"))
        )
    # The laptops' dashboards measure against this year's quotas (the wire carries no year).
    quotas = [{k: q[k] for k in ("regency_code", "funding_source", "quota", "accepted")} for q in list_quotas(store)]
    published = published_rules(store)
    document = {
        "rules": b64encode(published[1]) if published else None,
        "bundle_id": str(uuid.uuid4()),
        "issued_at": datetime.now(UTC).replace(microsecond=0),
        "regions_version": regions_version(),
        "devices": devices,
        "quotas": quotas,
        # Only canonical NIKs are stored since issue 15; a row from before that (or edited by hand) is
        # left out rather than breaking the bundle for every laptop.
        "roster": wire.pack_roster(key, [n for n in niks if is_identifier(n)]),
    }
    return wire.build_bundle(document, keys.signing)


def write_bundles(store: ProvinceStore, keys: ProvinceKeyring, outcomes: list) -> list:
    """After a USB import: the latest bundle beside the receipts (``PULUT/inbox/reference.pulutbundle``)."""
    from pulut_desktop.sync import usb

    folders = {o.receipt_path.parent for o in outcomes if getattr(o, "receipt_path", None) is not None}
    if not folders:
        return []
    data = build_reference_bundle(store, keys)
    written = []
    for folder in sorted(folders):
        try:
            usb.write_file_atomically(folder / wire.FILE_NAME, data)
            written.append(folder / wire.FILE_NAME)
        except (OSError, usb.UsbError):
            continue  # the receipts are what matters; the next import writes the bundle again
    return written
