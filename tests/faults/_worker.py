"""Subprocess for the kill -9 tests: runs one step of the chain over and over until it is killed."""

import sys
from pathlib import Path

from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.receipts import apply_receipts
from pulut_desktop.province.ingest import import_paths
from pulut_desktop.province.keys import unlock
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.storage.backup import write_backup
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD
from tests.outbox.helpers import PASSPHRASE

step, where, stick = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
print("ready", flush=True)
if step == "province-import":
    store = ProvinceStore.open(where)
    keys = unlock(store, PASSPHRASE)
    while True:
        import_paths(store, [stick], keys)
laptop = Store.open(where, "super", PASSWORD)
for round_ in range(10_000):
    if step == "backup":
        write_backup(laptop, stick / f"backup-{round_ % 3}")
    elif step == "export":
        export_batch(laptop, stick, max_registrations=150)
    elif step == "apply":
        apply_receipts(laptop, stick)
