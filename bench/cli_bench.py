"""How long the CLI takes from process spawn to exit: `pos-app --help` and `pos-app
status` on a small store, against the bare interpreter start (`python -c pass`) timed in
the same run as the baseline.

    .venv/bin/python bench/cli_bench.py [--runs 20]

Each command runs `--runs` times in a fresh process, interleaved with the baseline so a
busy machine slows all three alike. Goal: `--help` under 0.3 s (median); the import
report of one `--help` run lists the slowest modules it loaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import Results, json_arg

GOAL_HELP_S = 0.3


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          check=False)
    took = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): "
                         f"{done.stderr.decode()[-500:]}")
    return took


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def _slowest_imports(env: dict[str, str], top: int = 8) -> list[tuple[int, str]]:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "pos_app", "--help"],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if line.startswith("import time:") and len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2]
            if name.startswith(" ") and not name.startswith("  "):  # imported by __main__
                rows.append((int(parts[1]), name.strip()))
    return sorted(rows, reverse=True)[:top]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--products", type=int, default=50, help="the small store's catalog")
    json_arg(ap)
    opts = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="pos-cli-bench-") as tmp:
        data = Path(tmp) / "data"
        # As installed: bytecode compiled once and cached (here in the temp dir, so the
        # tree stays clean), even where PYTHONDONTWRITEBYTECODE is set.
        env = {**os.environ, "POS_APP_CONFIG": str(Path(tmp) / "none.toml"),
               "POS_APP_LOG_DIR": str(Path(tmp) / "logs"),
               "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        env.pop("POS_APP_DATA_DIR", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # As a checkout run with PYTHONDONTWRITEBYTECODE: pos_app compiled at every start.
        cold = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
        cold.pop("PYTHONPYCACHEPREFIX")
        (Path(tmp) / "none.toml").write_text("", encoding="utf-8")
        pos = [sys.executable, "-m", "pos_app"]
        subprocess.run([*pos, "demo-data", "--products", str(opts.products),
                        "--data-dir", str(data)], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cases = {
            "python -c pass (baseline)": [sys.executable, "-c", "pass"],
            "pos-app --help": [*pos, "--help"],
            f"pos-app status ({opts.products} products)": [*pos, "status", "--data-dir",
                                                            str(data)],
        }
        no_cache = "pos-app --help, no bytecode cache"
        envs = {name: env for name in cases} | {no_cache: cold}
        cases[no_cache] = [*pos, "--help"]
        times: dict[str, list[float]] = {name: [] for name in cases}
        for name, cmd in cases.items():  # warm the OS caches and the bytecode once
            _timed(cmd, envs[name])
        for _ in range(opts.runs):
            for name, cmd in cases.items():
                times[name].append(_timed(cmd, envs[name]))
        slowest = _slowest_imports(env)

    base = statistics.median(times["python -c pass (baseline)"])
    print(f"CLI start to exit, {opts.runs} runs each, interleaved (median / p99, "
          "x baseline median):")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"  {name:<36} {med * 1000:7.1f} ms / {_p99(values) * 1000:7.1f} ms"
              f"   x{med / base:4.1f}  (+{(med - base) * 1000:.1f} ms)")
    help_med = statistics.median(times["pos-app --help"])
    verdict = "met" if help_med < GOAL_HELP_S else "MISSED"
    print(f"goal: --help median under {GOAL_HELP_S * 1000:.0f} ms: {verdict} "
          f"({help_med * 1000:.1f} ms)")
    base_name = "python -c pass"
    res = Results("cli_bench", "CLI start to exit vs a bare interpreter start")
    res.add("python -c pass (baseline) median", base * 1000, "ms")
    res.add("pos-app --help median", help_med * 1000, "ms", max_value=GOAL_HELP_S * 1000,
            baseline=base_name, baseline_value=base * 1000, goal="under 300 ms")
    res.add("pos-app --help p99", _p99(times["pos-app --help"]) * 1000, "ms",
            baseline=base_name, baseline_value=_p99(times["python -c pass (baseline)"]) * 1000)
    for name, values in times.items():
        if name.startswith("pos-app status") or name.endswith("no bytecode cache"):
            res.add(f"{name} median", statistics.median(values) * 1000, "ms",
                    baseline=base_name, baseline_value=base * 1000)
    res.save()
    print("slowest imports of --help (cumulative, us):")
    for us, name in slowest:
        print(f"  {us:>8}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
