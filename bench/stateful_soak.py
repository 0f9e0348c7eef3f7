"""Soak the till's stateful invariant test: many more examples than CI, with a summary.

    .venv/bin/python bench/stateful_soak.py --examples 2000 [--steps 60] [--seed 7]
        [--shrink] [--ignore units-returned,refund-tender]

Runs tests/integration/test_sale_invariants_stateful.py's machine with the given
budget (the same POS_APP_STATEFUL_* variables the test reads) and prints examples,
steps, commands accepted and refused per kind, restarts, and the failures found.
Exit status 1 when an invariant failed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=2000)
    ap.add_argument("--steps", type=int, default=60)
    ap.add_argument("--seed", type=int, default=None,
                    help="a fixed walk (default: a new random walk every run)")
    ap.add_argument("--shrink", action="store_true", help="shrink failures to a minimum")
    ap.add_argument("--ignore", default="", help="invariant tags to skip, comma-separated")
    args = ap.parse_args()
    os.environ["POS_APP_STATEFUL_EXAMPLES"] = str(args.examples)
    os.environ["POS_APP_STATEFUL_STEPS"] = str(args.steps)
    if args.seed is not None:
        os.environ["POS_APP_STATEFUL_SEED"] = str(args.seed)
    if args.shrink:
        os.environ["POS_APP_STATEFUL_SHRINK"] = "1"
    if args.ignore:
        os.environ["POS_APP_STATEFUL_IGNORE"] = args.ignore

    from tests.integration.test_sale_invariants_stateful import STATS, run_machine

    t0 = time.perf_counter()
    failures: list[str] = []
    try:
        run_machine()
    except BaseException as exc:  # noqa: BLE001 - report whatever failed, then exit 1
        if isinstance(exc, KeyboardInterrupt):
            failures.append("interrupted")
        else:
            failures.append("".join(traceback.format_exception(exc))[-20000:])
    wall = time.perf_counter() - t0
    steps = STATS["steps"]
    print(f"examples: {STATS['examples']}  steps: {steps}  commands: {STATS['commands']}  "
          f"restarts: {STATS['restarts']}  wall: {wall:.0f} s  "
          f"({1000 * wall / max(steps, 1):.1f} ms/step)")
    for key in sorted(k for k in STATS if k.startswith(("ok ", "refused ", "why "))):
        print(f"  {key:<40} {STATS[key]}")
    print(f"failures: {len(failures)}")
    for f in failures:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
