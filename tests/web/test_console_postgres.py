"""The console on PostgreSQL: ``pulut-province init --admin`` and ``serve`` with ``--database-url``,
then sign-in, lockout, a role refusal, a change with its audit line, and ``users disable`` ending the
session — over HTTP against the live service."""

from __future__ import annotations

import pytest

from tests.province_http.conftest import database_url  # noqa: F401  (the fixture)

from .conftest import PASSWORDS, start_province, stop_province
from .test_console_security import client, signed_in


def csrf(page) -> str:
    return page.text.split('name="csrf" value="')[1].split('"')[0]


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_console_on_postgresql(tmp_path, database_url):  # noqa: F811
    live = start_province(tmp_path, database_url)
    try:
        admin, admin_csrf, _ = signed_in(live, "admin")
        viewer, viewer_csrf, _ = signed_in(live, "viewer")
        saved = admin.post("/admin/kuota", data={"csrf": admin_csrf, "regency": "14.08", "source": "APBD",
                                                 "quota": "1500"})  # fmt: skip
        assert saved.status_code == 303
        page = admin.get("/admin/kuota").text
        assert "14.08 Kabupaten Siak" in page and "1.500" in page
        refused = viewer.post("/admin/kuota", data={"csrf": viewer_csrf, "regency": "14.08", "source": "APBD",
                                                    "quota": "1"})  # fmt: skip
        assert refused.status_code == 403
        audit = admin.get("/admin/audit", params={"action": "quota.set"}).text
        assert audit.count("<td>quota.set</td>") == 1 and "<td>admin</td>" in audit

        with client(live) as stranger:
            answer = stranger.get("/admin/login")
            for _ in range(5):  # each answer is the form again, with a new token
                answer = stranger.post(
                    "/admin/login", data={"csrf": csrf(answer), "username": "viewer", "password": "x"}
                )
            assert answer.status_code == 429 and "Akun dikunci" in answer.text
        live.cli("users", "reset", "viewer", "--password-stdin", stdin=PASSWORDS["viewer"] + "\n")
        assert viewer.get("/admin").status_code == 303  # the reset ended the viewer's session
        live.cli("users", "disable", "viewer")
        with client(live) as again:
            answer = again.post("/admin/login", data={"csrf": csrf(again.get("/admin/login")), "username": "viewer",
                                                      "password": PASSWORDS["viewer"]})  # fmt: skip
            assert answer.status_code == 401
        admin.close()
        viewer.close()
    finally:
        stop_province(live)
