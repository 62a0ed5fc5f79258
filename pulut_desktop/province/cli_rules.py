"""``pulut-province rules show | set KEY VALUE | publish [--to STICK]`` (issue 19).

Thin: every action is a function of :mod:`pulut_desktop.province.rules`, which the console calls too.
"""

from __future__ import annotations

import argparse
import getpass
import json
from pathlib import Path

from .. import messages

EXIT_OK = 0


def _say(args: argparse.Namespace, message: str, **params: object) -> None:
    print(messages.text(message, params, args.lang))


def _store(args: argparse.Namespace):
    from .cli import _store

    return _store(args)


def cmd_rules_show(args: argparse.Namespace) -> int:
    from .rules import flatten, rules_state

    with _store(args) as store:
        state = rules_state(store)
    if state.published is None:
        _say(args, "province.rules_none_published")
    else:
        _say(args, "province.rules_published_version", version=state.published.version,
             published_at=f"{state.published.published_at:%Y-%m-%d %H:%M} UTC")  # fmt: skip
    published = dict(flatten(state.published)) if state.published else {}
    for key, value in flatten(state.draft):
        if key in ("version", "published_at"):
            continue
        changed = state.published is not None and published.get(key) != value
        print(f"{'*' if changed else ' '} {key} = {json.dumps(value, ensure_ascii=False)}")
    if state.unpublished_changes:
        _say(args, "province.rules_unpublished")
    return EXIT_OK


def cmd_rules_set(args: argparse.Namespace) -> int:
    from .rules import flatten, set_rule

    with _store(args) as store:
        draft = set_rule(store, args.key, args.value, actor=getpass.getuser())
    _say(args, "province.rules_changed", key=args.key, value=json.dumps(dict(flatten(draft))[args.key]))
    return EXIT_OK


def cmd_rules_publish(args: argparse.Namespace) -> int:
    from ..sync import reference as bundle_wire
    from ..sync import usb
    from .bundle import build_reference_bundle
    from .cli_service import _keys
    from .rules import publish_rules

    with _store(args) as store:
        keys = _keys(args, store)
        rules = publish_rules(store, keys, actor=getpass.getuser())
        _say(args, "province.rules_published", version=rules.version)
        if args.to is not None:
            target = usb.ensure_layout(args.to).inbox / bundle_wire.FILE_NAME
            usb.write_file_atomically(target, build_reference_bundle(store, keys))
            _say(args, "province.rules_written", path=str(target))
    return EXIT_OK


def add_rules_commands(sub) -> None:
    rules = sub.add_parser("rules", help="aturan program (usia, HP, sumber dana, iuran)")
    commands = rules.add_subparsers(dest="rules_command", required=True)
    p = commands.add_parser("show", help="tampilkan aturan (draf dan versi terbit)")
    p.set_defaults(func=cmd_rules_show)
    p = commands.add_parser("set", help="ubah satu aturan di draf, mis. 'age.block_above 65'")
    p.add_argument("key")
    p.add_argument("value", help='nilai JSON (65, true, null, ["APBD"]) atau teks')
    p.set_defaults(func=cmd_rules_set)
    p = commands.add_parser("publish", help="tandatangani draf sebagai versi baru untuk semua laptop")
    p.add_argument("--to", type=Path, default=None, help="flashdisk: tulis paket referensi berisi aturan")
    p.set_defaults(func=cmd_rules_publish)
