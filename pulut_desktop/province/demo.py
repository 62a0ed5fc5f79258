"""Make the DEMO/TRAINING province: keys in a province data dir, public keys into the app's resources.

    python -m pulut_desktop.province.demo --data-dir DIR [--passphrase-stdin]

Writes ``resources/province/province-keys.json`` (public keys only), which laptops trust out of the
box. The private keys stay in ``DIR`` (encrypted with the passphrase) for the trainers' province; a
real deployment ships the real province's ``province-keys.json`` instead (or laptops get it with
``pulut-desktop enrol --province-keys FILE``).
"""

from __future__ import annotations

import argparse
import getpass
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from pulut_desktop.paths import resource
from pulut_desktop.sync.province_keys import SHIPPED

from .keys import create_keys
from .store import ProvinceStore


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pulut_desktop.province.demo")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--passphrase-stdin", action="store_true")
    parser.add_argument("--resources", type=Path, default=resource(*SHIPPED))
    args = parser.parse_args(argv)
    passphrase = sys.stdin.readline().rstrip("\r\n") if args.passphrase_stdin else getpass.getpass()
    store = ProvinceStore.open(args.data_dir, create=True)
    try:
        create_keys(store, passphrase, name="Provinsi Latihan Pulut Ketan (DEMO)", training=True)
    finally:
        store.close()
    args.resources.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(store.data_dir.public_keys, args.resources)
    print(args.resources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
