"""Card geometry and colours, shared by the front, the back and the sheet layouts."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm

# ISO/IEC 7810 ID-1 (CR80)
CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm

MARGIN = 3.0 * mm  # safe area inside the trim line
HEADER_HEIGHT = 11.5 * mm
STRIPE_HEIGHT = 0.8 * mm

QR_SIZE = 21.0 * mm  # the symbol itself; white space around it is the quiet zone
QR_COLUMN_WIDTH = 23.0 * mm

PRIMARY = HexColor("#0B5D45")  # deep green of the programme
PRIMARY_DARK = HexColor("#08402F")
ACCENT = HexColor("#E0A526")  # rice-gold
INK = HexColor("#1D2630")
MUTED = HexColor("#5D6975")
PAPER_TINT = HexColor("#F2F7F4")
PROVISIONAL_COLOUR = HexColor("#C8641E")
VALID_COLOUR = HexColor("#1E7F3C")
TRAINING_COLOUR = HexColor("#6B7280")
WHITE = Color(1, 1, 1)
BLACK = Color(0, 0, 0)

LABEL_SIZE = 4.4  # points
VALUE_SIZE = 6.6
NAME_SIZE = 7.6
SMALL_SIZE = 4.3
