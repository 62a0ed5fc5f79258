"""``settings.json`` has one writer at a time: processes writing together lose none of each other's keys."""

from __future__ import annotations

import json
import subprocess
import sys

from pulut_desktop.paths import DataDir
from pulut_desktop.public_settings import read_public_settings

WRITER = """
import sys
from pulut_desktop.paths import DataDir
from pulut_desktop.public_settings import write_public_settings
for i in range(40):
    write_public_settings(DataDir(sys.argv[1]), {f"{sys.argv[2]}-{i}": i})
"""


def test_writers_in_several_processes_keep_every_change(tmp_path):
    data = DataDir(tmp_path / "data").ensure()
    (data.settings).write_text(json.dumps({"language": "id"}))
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(data.root), f"w{n}"]) for n in range(4)]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0, 0]
    settings = read_public_settings(data)
    assert settings["language"] == "id"
    assert {k for k in settings if k != "language"} == {f"w{n}-{i}" for n in range(4) for i in range(40)}
