"""Machine-readable bench results, and the one report `make bench` writes from them.

Each bench records its figures with `Results` (name, value, unit, goal, its same-run
baseline and the ratio to it) and saves them as JSON when asked to, by `--json FILE` on
its command line or by `POS_BENCH_OUT=<dir>` (then `<dir>/<bench>.json`). Its console
output stays as it was.

    .venv/bin/python bench/_report.py bench/out

collects every `bench/out/*.json` into `bench/out/report.md` and one PNG chart per bench
(`bench/out/<bench>.png`: each figure beside its baseline and goal). Charts need
matplotlib (the `bench` extra); without it the report is written without them.

The ratio is always "times worse than the baseline": value / baseline for times, and
baseline / value for rates (`higher_is_better`), so a goal "within 2x" is `ratio <= 2`.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass
class Row:
    name: str
    value: float
    unit: str
    goal: str = ""
    baseline: str = ""
    baseline_value: float | None = None
    ratio: float | None = None
    passed: bool | None = None
    higher_is_better: bool = False
    note: str = ""


@dataclass
class Results:
    """The figures of one bench run."""

    bench: str
    title: str
    rows: list[Row] = field(default_factory=list)
    started: str = field(default_factory=lambda: datetime.now(UTC).isoformat(
        timespec="seconds"))

    def add(self, name: str, value: float, unit: str, *, max_value: float | None = None,
            min_value: float | None = None, baseline: str = "",
            baseline_value: float | None = None, max_ratio: float | None = None,
            higher_is_better: bool = False, goal: str = "", note: str = "") -> Row:
        """Record one figure. Its goal is every bound given (a value bound and/or a
        ratio to the baseline); `passed` is None when there is no goal."""
        ratio = None
        if baseline_value:
            ratio = (baseline_value / value if value else float("inf")) \
                if higher_is_better else value / baseline_value
        checks: list[bool] = []
        parts: list[str] = []
        if max_value is not None:
            checks.append(value <= max_value)
            parts.append(f"<= {_num(max_value)} {unit}")
        if min_value is not None:
            checks.append(value >= min_value)
            parts.append(f">= {_num(min_value)} {unit}")
        if max_ratio is not None and ratio is not None:
            checks.append(ratio <= max_ratio)
            parts.append(f"within {_num(max_ratio)}x of baseline")
        row = Row(name, value, unit, goal or " and ".join(parts), baseline, baseline_value,
                  ratio, all(checks) if checks else None, higher_is_better, note)
        self.rows.append(row)
        return row

    def save(self, argv: list[str] | None = None) -> Path | None:
        """Write the JSON if `--json FILE` is in argv or POS_BENCH_OUT is set."""
        args = sys.argv[1:] if argv is None else argv
        path: Path | None = None
        if "--json" in args:
            path = Path(args[args.index("--json") + 1])
        elif os.environ.get("POS_BENCH_OUT"):
            path = Path(os.environ["POS_BENCH_OUT"]) / f"{self.bench}.json"
        if path is None:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"bench": self.bench, "title": self.title,
                                    "started": self.started,
                                    "rows": [asdict(r) for r in self.rows]}, indent=1),
                        encoding="utf-8")
        return path


def json_arg(parser: Any) -> None:
    """Add the shared `--json FILE` option to a bench's argument parser."""
    parser.add_argument("--json", metavar="FILE",
                        help="also write the figures as JSON (for bench/_report.py)")


def _num(x: float | None) -> str:
    if x is None:
        return ""
    if x == int(x) and abs(x) >= 100:
        return f"{int(x):,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.3g}" if abs(x) < 1 else f"{x:.2f}"


def _verdict(passed: bool | None) -> str:
    return {True: "met", False: "**MISSED**", None: "-"}[passed]


def _chart(out: Path, data: dict[str, Any]) -> str | None:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    rows = [r for r in data["rows"] if r.get("baseline_value")]
    if not rows:
        rows = data["rows"]
    if not rows:
        return None
    fig, axes = plt.subplots(len(rows), 1, figsize=(8, 0.9 + 0.75 * len(rows)),
                             squeeze=False)
    for ax, r in zip(axes[:, 0], rows, strict=True):
        names = ["this project"]
        values = [r["value"]]
        colors = ["#2e7d32" if r["passed"] is not False else "#c62828"]
        if r.get("baseline_value"):
            names.append(f"baseline: {r['baseline']}"[:48])
            values.append(r["baseline_value"])
            colors.append("#757575")
        ax.barh(names, values, color=colors)
        ax.invert_yaxis()
        ratio = f"  ({r['ratio']:.2f}x)" if r.get("ratio") is not None else ""
        ax.set_title(f"{r['name']} [{r['unit']}]{ratio}", fontsize=9, loc="left")
        ax.tick_params(labelsize=8)
        for i, v in enumerate(values):
            ax.text(v, i, f" {_num(v)}", va="center", fontsize=8)
        ax.set_xlim(0, max(values) * 1.25 or 1)
    fig.suptitle(data["title"], fontsize=10)
    fig.tight_layout()
    path = out / f"{data['bench']}.png"
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return path.name


def build(out: Path) -> int:
    """Write out/report.md (and charts) from out/*.json; 1 if a bench left no results."""
    files = sorted(out.glob("*.json"))
    expected = [b.strip() for b in os.environ.get("POS_BENCH_EXPECT", "").split() if b]
    benches = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    seen = {b["bench"] for b in benches}
    missing = [b for b in expected if b not in seen]
    lines = ["# Benchmarks", "",
             f"Generated {datetime.now(UTC).isoformat(timespec='seconds')} by `make bench` "
             f"on {os.uname().nodename if hasattr(os, 'uname') else 'this machine'} "
             f"({os.cpu_count()} CPUs). Every figure is measured in the same run as its "
             "baseline (what a user would otherwise use). Ratio = times worse than the "
             "baseline (value/baseline for times, baseline/value for rates).", ""]
    total = met = 0
    summary = ["| bench | figure | value | goal | baseline | baseline value | ratio | "
               "result |", "|---|---|---:|---|---|---:|---:|---|"]
    for data in benches:
        for r in data["rows"]:
            unit = r["unit"]
            summary.append(
                f"| {data['bench']} | {r['name']} | {_num(r['value'])} {unit} | "
                f"{r['goal'] or '-'} | {r['baseline'] or '-'} | "
                f"{_num(r['baseline_value']) + ' ' + unit if r['baseline_value'] else '-'} | "
                f"{(_num(r['ratio']) + 'x') if r['ratio'] is not None else '-'} | "
                f"{_verdict(r['passed'])} |")
            if r["passed"] is not None:
                total += 1
                met += bool(r["passed"])
    lines.append(f"**{met} of {total} goals met.**"
                 + (f" Benches that wrote no results (failed): {', '.join(missing)}."
                    if missing else ""))
    lines += ["", *summary, ""]
    for data in benches:
        lines += [f"## {data['title']} (`bench/{data['bench']}.py`)", ""]
        chart = _chart(out, data)
        if chart:
            lines += [f"![{data['bench']}]({chart})", ""]
        notes = [f"- {r['name']}: {r['note']}" for r in data["rows"] if r.get("note")]
        lines += [*notes, ""] if notes else []
    (out / "report.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(summary))
    print(f"\n{met} of {total} goals met; report: {out / 'report.md'}")
    if missing:
        print(f"benches that wrote no results: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(build(Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")))
