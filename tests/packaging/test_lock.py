"""The lock file pins, with hashes, a version of every dependency pyproject.toml asks for (all extras),
so `make venv`, CI and `make bundle` install the same versions; the version has one source."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from pulut_desktop import __version__

from .helpers import REPO

LOCK = REPO / "requirements" / "lock.txt"
_PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)")


def _pins() -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes)"""
    pins: dict[str, tuple[str, int]] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = (match.group(2), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
    return pins


def test_every_dependency_of_every_extra_is_pinned_with_hashes():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *(dep for deps in project["optional-dependencies"].values() for dep in deps)]
    pins = _pins()
    assert len(pins) > 40
    assert all(hashes > 0 for _, hashes in pins.values()), [name for name, (_, h) in pins.items() if not h]
    problems = []
    for text in wanted:
        requirement = Requirement(text)
        pinned = pins.get(canonicalize_name(requirement.name))
        if pinned is None or not requirement.specifier.contains(pinned[0], prereleases=True):
            problems.append(f"{text}: locked {pinned and pinned[0]}")
    assert problems == [], "run `make lock`: " + "; ".join(problems)


def test_the_version_has_one_source():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "pulut_desktop.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    iss = (REPO / "packaging" / "windows" / "pulut-desktop.iss").read_text(encoding="utf-8")
    assert not re.search(r"\d+\.\d+\.\d+", iss.split("[Setup]")[1]), "the installer takes /DAppVersion from the build"
