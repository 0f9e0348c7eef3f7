"""`pos-app run --demo` from process spawn: to a usable sign-in screen, to the first
stock sync with the demo's own Shopify, and from quit to exit.

    .venv/bin/python bench/demo_start_bench.py [--runs 5]

Runs the real `run_gui` offscreen in a fresh process per run, on one data directory: the
first run seeds the demo store, the rest start warm. Each run is also timed with the
demo Shopify switched off ("without"), so its cost to start-up shows against the same
machine's noise. Goal: sign-in no slower with the demo Shopify than without.
"""

from __future__ import annotations

import argparse
import ast
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import sys, time
from datetime import datetime
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import pos_app.app.demo_shopify as demo_shopify
import pos_app.app.gui as gui

data, config, t0, with_shop = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3]), \
    sys.argv[4] == "with"
if not with_shop:
    demo_shopify.start_demo_shopify = lambda *a, **k: None
marks = {}

def probe():
    app = QApplication.instance()
    win = next((w for w in app.topLevelWidgets() if hasattr(w, "login")), None)
    if win is not None:
        if "sign_in" not in marks and win.login.staff.count() > 0:
            marks["sign_in"] = time.time() - t0
        if "sign_in" in marks:
            rec = (getattr(win, "_last_status", None) or {}).get("reconcile") or {}
            last = rec.get("last_success_at")
            if last and datetime.fromisoformat(last).timestamp() >= t0:
                marks["first_sync"] = time.time() - t0
            win.refresh_status()
        if "first_sync" in marks or (not with_shop and "sign_in" in marks) \
                or time.time() - t0 > 120:
            marks["quit"] = time.time()
            app.quit()
            return
    QTimer.singleShot(5 if "sign_in" not in marks else 50, probe)

QTimer.singleShot(0, probe)
gui.run_gui(data_dir=data, config_path=config, demo=True)
marks["exit"] = time.time() - marks.pop("quit")
print(marks, flush=True)
"""


def run(data: Path, cfg: Path, mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(data), str(cfg), repr(time.time()), mode],
        capture_output=True, text=True, cwd=ROOT, check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    marks: dict[str, float] = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    return marks


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pos-demo-bench-"))
    cfg = tmp / "config.toml"
    cfg.write_text('[terminal]\nid = "T1"\n', encoding="utf-8")
    first = run(tmp / "data", cfg, "with")
    print(f"first run (seeds the demo store): sign-in {first['sign_in']:.2f} s, "
          f"first Shopify sync {first.get('first_sync', float('nan')):.2f} s, "
          f"exit {first['exit']:.2f} s")
    runs: dict[str, list[dict[str, float]]] = {"without": [], "with": []}
    for _ in range(args.runs):
        for mode, results in runs.items():
            results.append(run(tmp / "data", cfg, mode))

    def med(mode: str, key: str) -> float:
        return statistics.median(r.get(key, float("nan")) for r in runs[mode])

    print(f"warm start to usable sign-in, median of {args.runs}: "
          f"{med('with', 'sign_in'):.2f} s with the demo Shopify, "
          f"{med('without', 'sign_in'):.2f} s without")
    print(f"warm start to the first stock sync with the demo shop: "
          f"{med('with', 'first_sync'):.2f} s; quit to exit {med('with', 'exit'):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
