"""Our own emblem, drawn with plain paths: a ripe rice stalk sheltered by two open hands (arcs).

Glutinous rice (pulut ketan) stands for the programme; the arcs for protection. No third-party or
government logo is reproduced on the card.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from .style import ACCENT, PRIMARY, WHITE

# Grains along the stalk in unit coordinates (emblem radius = 1): (x, y, angle in degrees)
_GRAINS = (
    (0.02, 0.62, 10),
    (-0.17, 0.45, 35),
    (0.20, 0.40, -25),
    (-0.22, 0.20, 40),
    (0.24, 0.15, -30),
    (-0.20, -0.04, 45),
    (0.22, -0.08, -38),
)


def draw_emblem(canvas: Canvas, cx: float, cy: float, diameter: float) -> None:
    r = diameter / 2
    canvas.saveState()
    canvas.translate(cx, cy)
    # Disc with a gold ring
    canvas.setFillColor(WHITE)
    canvas.circle(0, 0, r, stroke=0, fill=1)
    canvas.setFillColor(PRIMARY)
    canvas.circle(0, 0, r * 0.86, stroke=0, fill=1)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(r * 0.07)
    canvas.circle(0, 0, r * 0.93, stroke=1, fill=0)

    # Stalk
    canvas.setStrokeColor(WHITE)
    canvas.setLineCap(1)
    canvas.setLineWidth(r * 0.06)
    stalk = canvas.beginPath()
    stalk.moveTo(0, -0.55 * r)
    stalk.curveTo(0.02 * r, -0.1 * r, -0.05 * r, 0.35 * r, 0.02 * r, 0.72 * r)
    canvas.drawPath(stalk, stroke=1, fill=0)

    # Grains
    canvas.setFillColor(WHITE)
    for x, y, angle in _GRAINS:
        canvas.saveState()
        canvas.translate(x * r, y * r)
        canvas.rotate(angle)
        canvas.ellipse(-0.075 * r, -0.15 * r, 0.075 * r, 0.15 * r, stroke=0, fill=1)
        canvas.restoreState()

    # Two sheltering arcs (open hands) under the stalk
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(r * 0.09)
    for sign in (-1, 1):
        hand = canvas.beginPath()
        hand.moveTo(sign * 0.06 * r, -0.68 * r)
        hand.curveTo(sign * 0.45 * r, -0.66 * r, sign * 0.62 * r, -0.35 * r, sign * 0.56 * r, 0.02 * r)
        canvas.drawPath(hand, stroke=1, fill=0)
    canvas.restoreState()
