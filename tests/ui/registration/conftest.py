"""Fixtures for the registration pages: a temp store, English source strings (no translator installed),
offscreen Qt. The runner is tests/ui/conftest.py's; here no error at all (not even a PulutError) may reach
its default handler: the registration pages handle their own refusals."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import
sys.path.insert(0, os.path.dirname(__file__))  # the _registration_* helper modules

import pytest

from pulut_desktop.domain.reference import RegionLevel, regions


@pytest.fixture
def store(tmp_path):
    from pulut_desktop.storage.store import Store

    opened = Store.create(
        tmp_path / "data",
        username="super",
        full_name="Sri",
        password="rahasia-123",
        device_name="Laptop Uji",
        regency_code="14.71",
    )
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def no_error_reaches_the_default_handler(request):
    """Stricter than tests/ui: a PulutError that reaches the runner's default handler fails too."""
    if "runner" not in request.fixturenames:
        yield
        return
    # Asked for here, so the runner's own teardown (wait for the work to finish) runs before this check.
    runner, errors = request.getfixturevalue("runner"), request.getfixturevalue("errors")
    yield
    assert runner.wait_for_done(30000), "the runner still had work at teardown"
    assert not errors.errors, f"errors from background work reached the default handler: {errors.errors!r}"


@pytest.fixture
def village():
    """A village in Kota Pekanbaru (14.71), with its district and regency."""
    directory = regions()
    found = next(r for r in directory.of_level(RegionLevel.VILLAGE) if r.code.startswith("14.71."))
    district = directory.get(found.parent_code)
    return found, district, directory.get(district.parent_code)
