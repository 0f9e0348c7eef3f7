"""Sale session latency per command on a 50-line sale vs a raw durable SQLite commit.

Both are measured in the same run on the same disk: the baseline is one small
INSERT committed under WAL + synchronous=FULL with the stdlib driver, the least a
durable command can cost. Prints p50/p99 per round, the median over rounds, and
the ratio session/baseline. Goal: session p99 < 2 ms and within 4x of the baseline.

    .venv/bin/python bench/sale_session_bench.py [--commands 3000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import SystemClock
from pos_app.domain.sale import PricingRules, state_to_json
from pos_app.services.sale_commands import AddItem, SetQuantity
from pos_app.services.sales import SalesDesk
from tests.conftest import TAX_CLASSES, variant


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def raw_commit(path: Path, n: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    out = []
    payload = "x" * 200
    for _ in range(n):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (v) VALUES (?)", (payload,))
        conn.execute("COMMIT")
        out.append((time.perf_counter() - t0) * 1000)
    conn.close()
    return out


def session_commands(data_dir: Path, n: int, seed: int) -> tuple[list[float], int]:
    db = LocalDatabase(data_dir)
    desk = SalesDesk(SqliteSaleStore(db), PricingRules(TAX_CLASSES), SystemClock(),
                     Uuid7Generator(), terminal_id="T1", currency="USD")
    rng = random.Random(seed)
    s = desk.new_sale(cashier_id="c1")
    for i in range(50):
        s.execute(AddItem(variant(i, 100 + i * 7, ["standard", "food", "exempt"][i % 3])))
    out = []
    for _ in range(n):
        cmd = SetQuantity(rng.randint(1, 50), rng.randint(1, 20))
        t0 = time.perf_counter()
        s.execute(cmd)
        out.append((time.perf_counter() - t0) * 1000)
    size = len(state_to_json(s.state).encode())
    db.close()
    return out, size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--commands", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    rows = []
    size = 0
    for r in range(args.rounds):
        with tempfile.TemporaryDirectory() as tmp:
            base = raw_commit(Path(tmp) / "raw.sqlite3", args.commands)
            sess, size = session_commands(Path(tmp) / "pos", args.commands, r)
        rows.append((pct(base, 50), pct(base, 99), pct(sess, 50), pct(sess, 99)))
        print(f"round {r + 1}: raw commit p50 {rows[-1][0]:.3f} ms p99 {rows[-1][1]:.3f} ms | "
              f"session p50 {rows[-1][2]:.3f} ms p99 {rows[-1][3]:.3f} ms", flush=True)
    med = [statistics.median(c) for c in zip(*rows, strict=True)]
    print()
    print(f"commands per round: {args.commands}, rounds: {args.rounds}, sale of 50 lines")
    print(f"raw durable commit  p50 {med[0]:.3f} ms   p99 {med[1]:.3f} ms")
    print(f"sale session        p50 {med[2]:.3f} ms   p99 {med[3]:.3f} ms")
    print(f"ratio session/raw   p50 {med[2] / med[0]:.2f}x  p99 {med[3] / med[1]:.2f}x "
          f"(goal: p99 < 2 ms and <= 4x)")
    print(f"persisted state of the 50-line sale: {size} bytes (goal < 16384)")


if __name__ == "__main__":
    main()
