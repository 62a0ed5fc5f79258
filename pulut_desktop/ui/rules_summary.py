"""The programme rules this laptop checks under, as the lines Pengaturan shows (issue 19)."""

from __future__ import annotations

from ..domain.rules import ProgrammeRules
from ..messages import text


def _rupiah(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def rules_lines(rules: ProgrammeRules, language: str) -> list[str]:
    """Version and date (or "shipped defaults"), then the rules an officer meets at the form."""
    if rules.shipped or rules.published_at is None:
        first = text("settings.rules_shipped", None, language)
    else:
        first = text("settings.rules_version", {"version": rules.version,
                     "published_at": f"{rules.published_at:%d-%m-%Y %H:%M} UTC"}, language)  # fmt: skip
    age = rules.age
    limits = [
        text(code, {"limit": limit}, language)
        for code, limit in (
            ("settings.rules_block_below", age.block_below),
            ("settings.rules_block_above", age.block_above),
        )
        if limit is not None
    ]
    block = text("settings.rules_or", None, language).join(limits) or text("settings.rules_no_block", None, language)
    phone = rules.phone
    required = "settings.rules_phone_required" if phone.required else "settings.rules_phone_optional"
    mobile = "settings.rules_phone_mobile" if phone.mobile_only else "settings.rules_phone_any"
    jkk, jkm = rules.contributions["JKK"].amount, rules.contributions["JKM"].amount
    return [
        first,
        text(
            "settings.rules_age", {"warn_below": age.warn_below, "warn_above": age.warn_above, "block": block}, language
        ),
        text(
            "settings.rules_phone",
            {"required": text(required, None, language), "mobile": text(mobile, None, language)},
            language,
        ),
        text(
            "settings.rules_contribution",
            {
                "jkk": _rupiah(jkk),
                "jkm": _rupiah(jkm),
                "total": _rupiah(jkk + jkm),
                "months": rules.coverage.default_months,
            },
            language,
        ),
    ]
