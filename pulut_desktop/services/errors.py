"""Errors the use cases raise themselves (the layers below raise their own). Texts: ``messages``."""

from __future__ import annotations

from ..domain.errors import PulutError


class NotATrainingStore(PulutError):
    """Demo data goes into a training store only."""

    code = "demo.not_training"
