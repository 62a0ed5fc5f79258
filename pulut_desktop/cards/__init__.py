"""Enrollment cards: what a card shows, its signed QR payload, and the ReportLab renderer. No Qt.

Public API::

    card_from_registration(reg, *, device_code, issued_on) -> EnrollmentCard
    sign_card(card, private_key) -> str
    verify_card(text, known_keys, today) -> CardVerification
    render_cards(cards, out, layout="a4", progress=None, should_cancel=None) -> int
"""

from .errors import CardError, CardsCancelled
from .layout import A4_LAYOUT, CARD_LAYOUT, LAYOUTS
from .model import CardStatus, EnrollmentCard, card_from_registration
from .payload import CardFields, CardVerification, VerificationKind, sign_card, verify_card
from .render import CardJob, render_cards, render_pdf_bytes

__all__ = [
    "A4_LAYOUT",
    "CARD_LAYOUT",
    "LAYOUTS",
    "CardError",
    "CardFields",
    "CardJob",
    "CardStatus",
    "CardVerification",
    "CardsCancelled",
    "EnrollmentCard",
    "VerificationKind",
    "card_from_registration",
    "render_cards",
    "render_pdf_bytes",
    "sign_card",
    "verify_card",
]
