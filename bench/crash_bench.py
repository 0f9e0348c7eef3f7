"""SIGKILL crash loop, bench mode: many more kills than CI runs, with a summary.

    .venv/bin/python bench/crash_bench.py --kills 1000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.crash_harness import run_crash_cycles


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kills", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        stats = run_crash_cycles(Path(tmp), kills=args.kills, seed=args.seed)
    wall = time.perf_counter() - t0
    print(f"kills: {stats.kills}  acknowledged commands: {stats.acked_commands}  "
          f"completed sales: {stats.completed_sales}  wall: {wall:.0f} s")
    print(f"lost acknowledged commands / partial sales / integrity failures: "
          f"{len(stats.failures)}")
    for f in stats.failures[:20]:
        print("  " + f)
    return 1 if stats.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
