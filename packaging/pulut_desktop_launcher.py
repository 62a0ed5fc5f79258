"""Entry point of the frozen application (PyInstaller runs this file as ``__main__``)."""

import sys

from pulut_desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())
