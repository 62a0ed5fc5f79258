"""The province reference bundle on the laptop: verify, keep the newest, and answer from it offline.

Kept in the encrypted laptop store as the settings row ``reference_bundle`` (the verified file, base64),
so no laptop migration is needed. Hooks for the rest of the app:

* :func:`known_device_keys` — device code -> Ed25519 public key of every enrolled device (cards/verify);
* :func:`probably_registered_elsewhere` — the roster check (probabilistic by design);
* :func:`quotas` — per regency and funding source, with the count accepted when the bundle was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pulut_desktop.storage import audit
from pulut_desktop.storage.models import Setting
from pulut_desktop.storage.rules import keep_rules
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import container
from pulut_desktop.sync import reference as wire
from pulut_desktop.sync.keys import b64decode, b64encode, signing_public_key_from_b64
from pulut_desktop.sync.rules import parse_rules

from .enrolment import require_enrolment

SETTING = "reference_bundle"


@dataclass(frozen=True)
class AppliedBundle:
    bundle_id: str
    issued_at: str
    replaced: bool  # False: the laptop already had this bundle or a newer one


def apply_reference_bundle(store: Store, data: bytes) -> AppliedBundle:
    """Verify a bundle with the enrolled province key and keep it if it is newer. Raises ReceiptError."""
    info = require_enrolment(store)
    bundle = wire.parse_bundle(data, province_signing_key=info.signing_public_key)
    issued = bundle.model_dump(mode="json")["issued_at"]
    signed_rules = b64decode(bundle.rules, "rules") if bundle.rules else None
    rules = parse_rules(signed_rules, province_signing_key=info.signing_public_key) if signed_rules else None
    with store.session() as session:
        if rules is not None:
            keep_rules(session, rules, signed_rules, actor=store.officer.username)
        row = session.get(Setting, SETTING)
        current = row.value if row is not None else None
        if current and (current["issued_at"], current["bundle_id"]) >= (issued, bundle.bundle_id):
            return AppliedBundle(bundle.bundle_id, issued, replaced=False)
        value = {"bundle_id": bundle.bundle_id, "issued_at": issued, "file": b64encode(data)}
        if row is None:
            session.add(Setting(key=SETTING, value=value))
        else:
            row.value = value
        audit.record(
            session,
            actor=store.officer.username,
            action="reference.bundle_applied",
            entity_type="device",
            details={"bundle_id": bundle.bundle_id, "issued_at": issued, "devices": len(bundle.devices),
                     "roster": bundle.roster.count, "regions_version": bundle.regions_version},
        )  # fmt: skip
    return AppliedBundle(bundle.bundle_id, issued, replaced=True)


@lru_cache(maxsize=4)
def _parsed(raw: str) -> wire.ReferenceBundle:
    return wire.ReferenceBundle.model_validate_json(_header(b64decode(raw, "bundle")))


def _header(data: bytes) -> bytes:
    frame = container.unpack_document(
        data, magic=wire.MAGIC, version=wire.VERSION, max_size=wire.MAX_FILE_SIZE, error=wire.ReceiptError,
        prefix="receipt",
    )  # fmt: skip
    return frame.header


def current_bundle(store: Store) -> wire.ReferenceBundle | None:
    """The bundle kept in the store (verified when it was applied)."""
    with store.reader() as session:
        row = session.get(Setting, SETTING)
        raw = row.value["file"] if row is not None else None
    return _parsed(raw) if raw else None


def known_device_keys(store: Store, *, include_revoked: bool = True) -> dict[str, Ed25519PublicKey]:
    """Device code -> public key of every device the province enrolled (cards issued before a
    revocation stay verifiable unless ``include_revoked`` is False)."""
    bundle = current_bundle(store)
    if bundle is None:
        return {}
    return {
        d.device_code: signing_public_key_from_b64(d.public_key) for d in bundle.devices if include_revoked or d.active
    }


def card_keys(store: Store) -> dict[str, Ed25519PublicKey]:
    """Device code -> public key of every device whose cards this laptop can check: every device in
    the province's reference bundle (when one was applied; revoked devices included, so cards issued
    before a revocation stay checkable) plus this laptop's own key, which always wins for its code."""
    keys = dict(known_device_keys(store))
    with store.reader() as session:
        device = store.device(session)
        keys[device.code] = Ed25519PublicKey.from_public_bytes(device.public_key)
    return keys


@lru_cache(maxsize=4)
def _roster(raw: str) -> frozenset[int]:
    return frozenset(wire.roster_set(_parsed(raw).roster))


def probably_registered_elsewhere(store: Store, nik: str) -> bool:
    """True when the NIK's truncated keyed hash is in the province roster: *probably* registered
    (false positives are expected, about roster size / 2**32). False when no bundle is kept."""
    with store.reader() as session:
        row = session.get(Setting, SETTING)
        raw = row.value["file"] if row is not None else None
    if not raw:
        return False
    bundle = _parsed(raw)
    key = b64decode(bundle.roster.key, "roster-key")
    return wire.roster_hash(key, nik, bundle.roster.bits) in _roster(raw)


def quotas(store: Store) -> list[dict]:
    bundle = current_bundle(store)
    return [q.model_dump() for q in bundle.quotas] if bundle else []


def quotas_of(store: Store) -> dict[str, int] | None:
    """This laptop's regency's quota per funding source, or None before the province sent any."""
    bundle = current_bundle(store)
    if bundle is None:
        return None
    with store.reader() as session:
        regency = store.device(session).regency_code
    mine = {q.funding_source: q.quota for q in bundle.quotas if q.regency_code == regency}
    return mine or None
