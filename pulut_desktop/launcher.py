"""``pulut-desktop`` and ``python -m pulut_desktop``: a subcommand runs headless (``pulut_desktop.cli``),
``--self-test`` runs the self-test, and no subcommand starts the GUI.

Outside the layers on purpose: the only module that knows both front ends. The GUI and the self-test are
imported when wanted only, so a headless command never loads Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from . import cli
from .console import make_console_safe


def main(argv: Sequence[str] | None = None) -> int:
    make_console_safe()
    args = cli.build_parser().parse_args(argv)
    if args.self_test:  # in a new temporary folder (inside --data-dir if given), never the real store
        from .selftest import run_self_test

        return run_self_test(args.data_dir, args.lang)
    if args.func is None:
        from .ui.app import main as gui_main

        # Without --data-dir the GUI picks the folder chosen in its first-run wizard (or the default).
        return gui_main(sys.argv[:1], args.data_dir)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
