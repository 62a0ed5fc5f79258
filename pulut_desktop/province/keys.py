"""Province keys: an X25519 encryption key and an Ed25519 signing key, private halves encrypted at rest.

Private keys are PKCS#8 PEM encrypted with the admin's passphrase (``BestAvailableEncryption``) and kept
in the ``province_keys`` table; the passphrase is asked for when an operation needs them (approve,
import) and never stored. ``province-keys.json`` (public keys only) is what laptops trust.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from pulut_desktop.fsutil import atomic_write_bytes
from pulut_desktop.sync.keys import generate_encryption_key, generate_signing_key, key_id, public_key_bytes
from pulut_desktop.sync.province_keys import province_keys_document

from .errors import AlreadyInitialised, BadPassphrase, NotInitialised
from .models import ProvinceKey, Setting
from .store import ProvinceStore, log_event, utcnow

ENCRYPTION, SIGNING = "encryption", "signing"
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class ProvinceKeyring:
    """The unlocked keys: every encryption key by id (old batches stay readable) and the active
    signing key."""

    encryption: dict[str, X25519PrivateKey]
    active_encryption: X25519PrivateKey
    signing: Ed25519PrivateKey


def _encrypt(key: X25519PrivateKey | Ed25519PrivateKey, passphrase: str) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def create_keys(
    store: ProvinceStore, passphrase: str, *, name: str = "Disnakertrans Riau", training: bool = False
) -> ProvinceKeyring:
    """Generate the province keys (``init``) and write ``province-keys.json`` into the data dir."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise BadPassphrase("province.passphrase_too_short", limit=MIN_PASSPHRASE)
    encryption, signing = generate_encryption_key(), generate_signing_key()
    with store.session() as session:
        if session.scalars(select(ProvinceKey)).first() is not None:
            raise AlreadyInitialised(path=str(store.data_dir.root))
        for kind, key in ((ENCRYPTION, encryption), (SIGNING, signing)):
            session.add(
                ProvinceKey(
                    key_id=key_id(key),
                    kind=kind,
                    public_key=public_key_bytes(key),
                    private_key_pem=_encrypt(key, passphrase),
                    active=True,
                    created_at=utcnow(),
                )
            )
        session.add(Setting(key="province", value={"name": name, "training": training}))
        log_event(session, "province.init", key_id(signing), encryption_key_id=key_id(encryption))
    atomic_write_bytes(
        store.data_dir.public_keys,
        province_keys_document(name, training, encryption.public_key(), signing.public_key()),
    )
    return ProvinceKeyring({key_id(encryption): encryption}, encryption, signing)


def unlock(store: ProvinceStore, passphrase: str) -> ProvinceKeyring:
    with store.reader() as session:
        rows = list(session.scalars(select(ProvinceKey)))
    if not rows:
        raise NotInitialised(path=str(store.data_dir.root))
    encryption: dict[str, X25519PrivateKey] = {}
    active_encryption = signing = None
    for row in rows:
        try:
            key = serialization.load_pem_private_key(row.private_key_pem, passphrase.encode("utf-8"))
        except (ValueError, TypeError) as err:
            raise BadPassphrase() from err
        if row.kind == ENCRYPTION and isinstance(key, X25519PrivateKey):
            encryption[row.key_id] = key
            if row.active:
                active_encryption = key
        elif row.kind == SIGNING and isinstance(key, Ed25519PrivateKey) and row.active:
            signing = key
    if active_encryption is None or signing is None:
        raise NotInitialised(path=str(store.data_dir.root))
    return ProvinceKeyring(encryption, active_encryption, signing)


def public_keys_document(store: ProvinceStore) -> bytes:
    return store.data_dir.public_keys.read_bytes()


def export_public(store: ProvinceStore, out) -> bytes:
    """Write ``province-keys.json`` again from the store (public halves of the active keys, no
    passphrase needed) to ``out``; the private halves never leave the database."""
    from pathlib import Path

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    with store.reader() as session:
        rows = {r.kind: r for r in session.scalars(select(ProvinceKey).where(ProvinceKey.active.is_(True)))}
        setting = session.get(Setting, "province")
    if ENCRYPTION not in rows or SIGNING not in rows or setting is None:
        raise NotInitialised(path=str(store.data_dir.root))
    document = province_keys_document(
        setting.value["name"],
        bool(setting.value["training"]),
        X25519PublicKey.from_public_bytes(rows[ENCRYPTION].public_key),
        Ed25519PublicKey.from_public_bytes(rows[SIGNING].public_key),
    )
    atomic_write_bytes(Path(out), document)
    return document
