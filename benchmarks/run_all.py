"""``make bench``: run every benchmark in this folder and refresh its section of docs/performance.md.

Each ``bench_*.py`` module has ``run() -> str`` returning a markdown section that measures our code
beside a baseline in the same run. Pass names to run only some: ``run_all.py store cards``.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import update_section


def main(names: list[str]) -> int:
    folder = Path(__file__).parent
    available = sorted(p.stem.removeprefix("bench_") for p in folder.glob("bench_*.py"))
    chosen = names or available
    unknown = set(chosen) - set(available)
    if unknown:
        print(f"unknown benchmarks: {', '.join(sorted(unknown))}; available: {', '.join(available)}")
        return 2
    for name in chosen:
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        section = importlib.import_module(f"benchmarks.bench_{name}").run()
        update_section(name, section)
        print(section)
        print(f"({time.perf_counter() - start:.0f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
