"""Pulut Desktop: offline-first field registration for Pulut Ketan, Provinsi Riau."""

__version__ = "0.1.0"


class PulutWarning(UserWarning):
    """Warnings raised by our own code; the test suite turns them into errors."""
