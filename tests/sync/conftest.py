"""Fixtures of the sync tests; the helpers themselves live in ``sync_helpers``."""

from __future__ import annotations

import pytest

from tests.sync.sync_helpers import Keys, make_batch, make_keys


@pytest.fixture(scope="session")
def keys() -> Keys:
    return make_keys()


@pytest.fixture(scope="session")
def small_batch(keys: Keys) -> bytes:
    return make_batch(keys)
