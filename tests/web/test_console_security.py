"""Security of the console over plain HTTP against a live ``pulut-province serve``: every
state-changing route refuses a missing or foreign CSRF token and (unless it is for every role) a
viewer; the session cookie is HttpOnly, SameSite=Strict, and Secure behind HTTPS; every response has
the security headers; no Swagger UI from a CDN."""

from __future__ import annotations

import re

import httpx
import pytest
from starlette.routing import Route

from pulut_desktop.province.app import create_app
from pulut_desktop.province.models import Event
from tests.outbox.helpers import make_province

from .conftest import PASSWORDS

FOR_EVERY_ROLE = {"/admin/logout", "/admin/laporan/cakupan"}


def state_changing_routes(tmp_path) -> list[str]:
    """Every POST route of the console, from the application itself (a new route is covered too)."""
    province = make_province(tmp_path / "routes")
    try:
        app = create_app(province.store, province.keys)
    finally:
        province.store.close()
    paths = [r.path for r in app.routes if isinstance(r, Route) and "POST" in r.methods and r.path.startswith("/admin")]
    return [re.sub(r"\{[a-z_]+\}", "x" * 36, p.replace("{case_id}", "1")) for p in paths if p != "/admin/login"]


def client(province) -> httpx.Client:
    return httpx.Client(base_url=province.url, trust_env=False, follow_redirects=False, timeout=30)


def signed_in(province, username: str, headers: dict | None = None) -> tuple[httpx.Client, str, httpx.Response]:
    c = client(province)
    page = c.get("/admin/login", headers=headers)
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    if headers:  # behind HTTPS the form's cookie is Secure: a client on plain http must send it by hand
        login_cookie = page.headers["set-cookie"].split(";")[0]
        assert "secure" in page.headers["set-cookie"].lower()
        headers = {**headers, "Cookie": login_cookie}
    form = {"csrf": token, "username": username, "password": PASSWORDS[username]}
    answer = c.post("/admin/login", data=form, headers=headers)
    assert answer.status_code == 303, answer.text
    if headers:
        return c, "", answer
    home = c.get("/admin")
    return c, re.search(r'name="csrf" value="([^"]+)"', home.text).group(1), answer


def test_every_state_changing_route_checks_csrf_and_role(province, tmp_path):
    routes = state_changing_routes(tmp_path)
    assert {"/admin/tinjauan/1", "/admin/laporan/bpjs", "/admin/kuota", "/admin/logout"} <= set(routes)
    admin, admin_csrf, _ = signed_in(province, "admin")
    viewer, viewer_csrf, _ = signed_in(province, "viewer")
    try:
        for path in routes:
            for who, form in (
                (admin, {}),
                (admin, {"csrf": viewer_csrf}),
                (viewer, {}),
                (viewer, {"csrf": admin_csrf}),
            ):
                answer = who.post(path, data={**form, "format": "csv", "quota": "5", "decision": "accept"})
                assert answer.status_code == 403, (path, form, answer.status_code)
                assert "Formulir kedaluwarsa" in answer.text
            if path not in FOR_EVERY_ROLE:
                answer = viewer.post(path, data={"csrf": viewer_csrf, "format": "csv", "quota": "5"})
                assert answer.status_code == 403, (path, answer.status_code)
                assert "Peran Anda (viewer) tidak diizinkan" in answer.text
        anonymous = client(province).post("/admin/kuota", data={"csrf": admin_csrf, "quota": "5"})
        assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/admin/login")
        assert admin.get("/admin").status_code == 200  # refusals did not end the admin's session
    finally:
        admin.close()
        viewer.close()
    store_events = province_events(province)
    assert "quota.set" not in store_events and "bpjs.exported" not in store_events


def province_events(province) -> set[str]:
    from sqlalchemy import select

    from pulut_desktop.province.store import ProvinceStore

    with ProvinceStore.open(province.data_dir, province.database_url) as store, store.reader() as session:
        return set(session.scalars(select(Event.action)))


def test_sign_in_form_needs_its_csrf_token(province):
    with client(province) as c:
        answer = c.post("/admin/login", data={"username": "admin", "password": PASSWORDS["admin"]})
        assert answer.status_code == 403 and "pulut_console" not in answer.headers.get("set-cookie", "")


def cookie_flags(response: httpx.Response) -> str:
    return next(h for h in response.headers.get_list("set-cookie") if h.startswith("pulut_console="))


def test_session_cookie_flags_and_secure_behind_https(province):
    _c, _csrf, plain = signed_in(province, "viewer")
    flags = cookie_flags(plain).lower()
    assert "httponly" in flags and "samesite=strict" in flags and "path=/admin" in flags
    assert "secure" not in flags  # plain http on 127.0.0.1: a Secure cookie would never come back
    _c, _csrf, proxied = signed_in(province, "viewer", headers={"X-Forwarded-Proto": "https"})
    flags = cookie_flags(proxied).lower()
    assert "secure" in flags and "httponly" in flags and "samesite=strict" in flags


@pytest.mark.parametrize("path", ["/admin/login", "/v1/health", "/admin/static/console.css"])
def test_security_headers(province, path):
    answer = httpx.get(province.url + path, trust_env=False, timeout=30)
    assert answer.status_code == 200
    csp = answer.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["referrer-policy"] == "no-referrer"
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_no_swagger_ui_from_a_cdn(province):
    assert httpx.get(province.url + "/docs", trust_env=False).status_code == 404
    assert httpx.get(province.url + "/redoc", trust_env=False).status_code == 404
    assert httpx.get(province.url + "/openapi.json", trust_env=False).json()["info"]["title"]


def test_a_session_ends_at_sign_out(province):
    c, csrf, _ = signed_in(province, "viewer")
    try:
        cookie = c.cookies.get("pulut_console")
        assert c.post("/admin/logout", data={"csrf": csrf}).status_code == 303
        again = client(province)
        again.cookies.set("pulut_console", cookie, domain="127.0.0.1", path="/admin")
        assert again.get("/admin").status_code == 303  # the old cookie value no longer signs anyone in
    finally:
        c.close()
