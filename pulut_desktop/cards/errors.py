"""Typed errors of the cards feature. Codes are translated by ``pulut_desktop.messages.cards``."""

from __future__ import annotations

from ..domain.errors import PulutError


class CardError(PulutError):
    """A card cannot be made or rendered; ``code`` is one of ``cards.*``."""

    code = "cards.error"


class CardsCancelled(PulutError):
    """The user cancelled a render; nothing was written at the target path."""

    code = "cards.cancelled"
