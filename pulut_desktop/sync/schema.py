"""Field types shared by the JSON documents of the sync formats (pydantic v2, strict).

Every document is a :class:`WireModel`: strict types, no unknown fields, immutable. Identifiers,
hashes, keys and times are strings with one exact spelling, so a parsed document dumps back to the
very bytes it was read from (see :func:`pulut_desktop.sync.container.parse_model`).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, StringConstraints

MAX_SAFE_INTEGER = 2**53 - 1  # integers beyond this do not survive JavaScript or double-based readers

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
# The one spelling of each (ASCII digits only); read with int() instead of strptime, which is ~10x slower
# and, at the province, was a fifth of the time to open a batch.
_TIMESTAMP = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


class WireModel(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


def _pattern(regex: str) -> Any:
    return StringConstraints(pattern=regex)


Uuid = Annotated[str, _pattern(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
KeyId = Annotated[str, _pattern(r"^[0-9a-f]{16}$")]
Sha256Hex = Annotated[str, _pattern(r"^[0-9a-f]{64}$")]
PublicKeyB64 = Annotated[str, _pattern(r"^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$")]
DeviceCode = Annotated[str, _pattern(r"^[0-9A-HJKMNP-TV-Z]{8}$")]
RegencyCode = Annotated[str, _pattern(r"^14\.[0-9]{2}$")]  # Riau's kabupaten/kota, e.g. "14.71"
Code = Annotated[str, _pattern(r"^[a-z0-9_]{1,40}(\.[a-z0-9_]{1,40}){0,3}$")]
Sequence = Annotated[int, Field(ge=1, le=MAX_SAFE_INTEGER)]
Count = Annotated[int, Field(ge=0, le=MAX_SAFE_INTEGER)]


def Text(max_length: int, min_length: int = 0) -> Any:
    return Annotated[str, StringConstraints(min_length=min_length, max_length=max_length)]


def _to_timestamp(value: Any) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("timestamp must be timezone-aware")
        if value.tzinfo is UTC:  # what the laptop's export hands in (tens of thousands per batch)
            return value.replace(microsecond=0) if value.microsecond else value
        return value.astimezone(UTC).replace(microsecond=0)
    match = _TIMESTAMP.fullmatch(value) if isinstance(value, str) else None
    if match:
        try:
            return datetime(*map(int, match.groups()), tzinfo=UTC)
        except ValueError:
            pass
    raise ValueError("timestamp must be YYYY-MM-DDTHH:MM:SSZ")


def _to_date(value: Any) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    match = _DATE.fullmatch(value) if isinstance(value, str) else None
    if match:
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            pass
    raise ValueError("date must be YYYY-MM-DD")


def _timestamp_text(v: datetime) -> str:
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}Z"


def timestamp_text(value: datetime) -> str:
    """The wire spelling of an aware datetime, exactly what a :data:`Timestamp` field dumps to in JSON mode
    (for writers that build a line's JSON form directly). Raises ValueError for a naive datetime."""
    return _timestamp_text(value if value.tzinfo is UTC else _to_timestamp(value))


# A UTC instant to the second, spelled "2026-11-03T08:15:00Z".
Timestamp = Annotated[
    datetime,
    BeforeValidator(_to_timestamp),
    PlainSerializer(_timestamp_text, return_type=str, when_used="json"),
]
# A calendar date, spelled "2026-11-03".
Date = Annotated[
    date,
    BeforeValidator(_to_date),
    PlainSerializer(lambda v: v.isoformat(), return_type=str, when_used="json"),
]


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
