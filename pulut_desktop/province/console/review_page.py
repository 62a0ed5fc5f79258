"""Tinjauan: near-duplicates held for review, both records side by side with the fields that differ
marked; accept, reject or mark as the same person, with a note. The decision goes through
:func:`..review.decide` (the CLI's path), which re-signs the batch's receipt: the laptop gets it at its
next sync."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from .. import review
from ..accounts import REVIEWER
from ..models import Device, RegistrationVersion
from ..store import ProvinceStore
from .web import PREFIX, Console, Page, Refused, back, int_param

PAGE_SIZE = 10
FIELDS = (
    ("Nama lengkap", "full_name"), ("NIK", "nik"), ("Tanggal lahir", "birth_date"), ("Tempat lahir", "birth_place"),
    ("Jenis kelamin", "sex"), ("Nama ibu kandung", "mother_maiden_name"), ("Kode desa", "village_code"),
    ("Pekerjaan", "occupation_id"), ("Sumber dana", "funding_source"), ("Nomor registrasi", "registration_number"),
    ("Perangkat", "device"), ("Diterima provinsi", "received_at"),
)  # fmt: skip
DECISIONS = {"accept": (True, False), "reject": (False, False), "same_person": (False, True)}


@dataclass(frozen=True)
class Line:
    label: str
    new: str
    old: str
    differs: bool


@dataclass(frozen=True)
class Pair:
    case: review.CaseView
    lines: list[Line]


def _values(session, row: RegistrationVersion | None) -> dict[str, str]:
    if row is None:
        return {}
    data = row.data or {}
    device = session.get(Device, row.device_id)
    values = {key: str(data.get(key) or "") for _, key in FIELDS}
    values.update(full_name=row.full_name, nik=row.nik, village_code=row.village_code,
                  registration_number=row.registration_number or "", device=device.code if device else "",
                  received_at=f"{row.received_at:%Y-%m-%d %H:%M}")  # fmt: skip
    return values


def pairs(store: ProvinceStore, cases: list[review.CaseView]) -> list[Pair]:
    out = []
    with store.reader() as session:
        for case in cases:
            new = _values(session, session.get(RegistrationVersion, (case.registration_id, case.version)))
            old = _values(session, session.scalars(
                select(RegistrationVersion)
                .where(RegistrationVersion.registration_id == case.other_registration_id)
                .order_by(RegistrationVersion.version.desc())
            ).first())  # fmt: skip
            lines = []
            for label, key in FIELDS:
                a, b = new.get(key, ""), old.get(key, "")
                differs = a.casefold() != b.casefold() and key not in ("registration_number", "device", "received_at")
                if key == "nik":  # shown masked; compared in full
                    a, b = review.mask_nik(a) or "", review.mask_nik(b) or ""
                lines.append(Line(label, a, b, differs))
            out.append(Pair(case, lines))
    return out


def queue(store: ProvinceStore, page: int) -> dict:
    total = review.count_cases(store)
    shown = Page.of(total, page, PAGE_SIZE)
    cases = review.list_cases(store, offset=shown.offset, limit=shown.size)
    return {"pairs": pairs(store, cases), **shown.context()}


def register(app: FastAPI, console: Console) -> None:
    @app.get(PREFIX + "/tinjauan", response_class=HTMLResponse, include_in_schema=False)
    async def review_queue(request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        data = await run_in_threadpool(queue, console.store, int_param(request.query_params.get("halaman")))
        return console.render(request, "review.html", signed=signed, page="review", **data)

    @app.post(PREFIX + "/tinjauan/{case_id}", include_in_schema=False)
    async def decide(case_id: int, request: Request) -> Response:
        signed, form = await console.action(request, REVIEWER)
        decision = DECISIONS.get(form.get("decision", ""))
        if decision is None:
            raise Refused("province.review_error", status=400)
        accept, same = decision
        note = form.get("note", "").strip()[:500] or None
        case = await run_in_threadpool(
            lambda: review.decide(
                console.store, case_id, accept, console.keys, by=signed.account.username, note=note, same_person=same
            )
        )
        return back(f"{PREFIX}/tinjauan", case.status)
