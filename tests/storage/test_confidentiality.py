"""No plaintext NIK or name reaches disk: database, WAL, journal, logs, drafts, backups."""

import os

from pulut_desktop.storage import drafts, registrations
from pulut_desktop.storage.backup import write_backup
from pulut_desktop.storage.demo import synthetic_registrations
from tests.conftest import make_registration

SECRET_NIK = "1471015209870123"
SECRET_NAME = "KARTIKA ZULAIKHA"


def _scan(root):
    needles = [
        SECRET_NIK.encode(),
        SECRET_NAME.encode(),
        SECRET_NAME.title().encode(),
        SECRET_NIK.encode("utf-16-le"),
        SECRET_NAME.encode("utf-16-le"),
    ]
    found = []
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            found += [(path, n) for n in needles if n in data]
    return found


def test_no_plaintext_personal_data_anywhere_under_the_data_dir(store, tmp_path):
    reg = make_registration(nik=SECRET_NIK, full_name=SECRET_NAME, birth_date=None, sex=None)
    registrations.save(store, reg, submit=False)
    registrations.import_many(store, synthetic_registrations(300, seed=3))
    drafts.save_draft(store, "draft-1", {"nik": SECRET_NIK, "full_name": SECRET_NAME})
    write_backup(store, store.data_dir.backups / "nightly")
    # While the store is open the WAL holds the latest pages: scan it too.
    assert any(p.name.endswith("-wal") for p in store.data_dir.root.iterdir())
    assert _scan(tmp_path / "data") == []
    store.close()
    assert _scan(tmp_path / "data") == []


def test_scanner_finds_plaintext_when_it_is_there(tmp_path):
    (tmp_path / "leak.txt").write_bytes(b"xx" + SECRET_NIK.encode() + b"yy")
    assert _scan(tmp_path) != []
