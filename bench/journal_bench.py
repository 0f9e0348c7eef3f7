"""What the journal costs the counter: command latency with and without it.

Rings up `--sales` sales per round on a real SQLite file (WAL, synchronous=FULL): five
scans, a line discount within the cashier's limit, one over it (approved), a line
removed, a tender, completion. The last five are journaled (a record read, chained and
inserted in the command's own transaction); scans and tenders are not. The same
workload runs with the journal switched off (the sale store's journal entry made
None) in alternating rounds, so both see the same disk. Prints p50/p99 per kind of
command, and the difference. Goal: the p99 of journaled commands within 0.3 ms of the
same commands without the journal.

    .venv/bin/python bench/journal_bench.py [--sales 300] [--rounds 4]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("POS_APP_JOURNAL_KEY", "be" * 32)  # never the real keyring

from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite import sale_store
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import SystemClock
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.pricing import Discount, DiscountKind
from pos_app.domain.sale import PricingRules, TenderKind
from pos_app.services.sale_commands import (
    AddItem,
    AddTender,
    Command,
    Complete,
    RemoveLine,
    SetLineDiscount,
)
from pos_app.services.sale_session import SaleSession
from pos_app.services.sales import SalesDesk
from tests.conftest import TAX_CLASSES, variant

CASHIER = Actor("cashier-1", Role.CASHIER)
MANAGER = Actor("manager-1", Role.MANAGER)
JOURNALED = ("line_discount", "discount_over_limit", "remove_line", "complete")


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


@contextmanager
def journal_off() -> Iterator[None]:
    real = sale_store.sale_entry
    sale_store.sale_entry = lambda *_a, **_k: None  # type: ignore[assignment]
    try:
        yield
    finally:
        sale_store.sale_entry = real


def ring(desk: SalesDesk, n: int, times: dict[str, list[float]]) -> None:
    def timed(kind: str, session: SaleSession, command: Command, **who: Actor) -> None:
        t0 = time.perf_counter()
        session.execute(command, **who)
        times[kind].append((time.perf_counter() - t0) * 1000)

    for i in range(n):
        s = desk.new_sale(cashier_id="cashier-1")
        for k in range(5):
            timed("scan", s, AddItem(variant(1 + (i + k) % 40)), actor=CASHIER)
        timed("line_discount", s, SetLineDiscount(1, Discount(DiscountKind.PERCENT, 500)),
              actor=CASHIER)
        timed("discount_over_limit", s,
              SetLineDiscount(2, Discount(DiscountKind.PERCENT, 2500)), actor=CASHIER,
              approver=MANAGER)
        timed("remove_line", s, RemoveLine(5), actor=CASHIER)
        timed("tender", s, AddTender(TenderKind.CASH, s.settlement().remaining),
              actor=CASHIER)
        timed("complete", s, Complete(), actor=CASHIER)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sales", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()
    results: dict[bool, dict[str, list[float]]] = {True: defaultdict(list),
                                                   False: defaultdict(list)}
    with tempfile.TemporaryDirectory(prefix="journal-bench-") as tmp:
        for r in range(args.rounds * 2):
            on = r % 2 == 0
            db = LocalDatabase(Path(tmp) / f"round{r}")
            desk = SalesDesk(SqliteSaleStore(db), PricingRules(TAX_CLASSES), SystemClock(),
                             Uuid7Generator(), terminal_id="T1", currency="USD")
            ring(desk, 20, defaultdict(list))  # warm up (first key lookup, caches)
            if on:
                ring(desk, args.sales, results[True])
            else:
                with journal_off():
                    ring(desk, args.sales, results[False])
            db.close()
    print(f"{args.sales} sales x {args.rounds} rounds each way; latency in ms")
    print(f"{'command':22} {'p50 off':>8} {'p50 on':>8} {'p99 off':>8} {'p99 on':>8} "
          f"{'p99 diff':>9}")
    rows = [*JOURNALED, "scan", "tender"]
    for kind in rows:
        off, on = results[False][kind], results[True][kind]
        print(f"{kind:22} {statistics.median(off):8.3f} {statistics.median(on):8.3f} "
              f"{pct(off, 99):8.3f} {pct(on, 99):8.3f} {pct(on, 99) - pct(off, 99):+9.3f}")
    off_all = [v for k in JOURNALED for v in results[False][k]]
    on_all = [v for k in JOURNALED for v in results[True][k]]
    print(f"{'journaled (all)':22} {statistics.median(off_all):8.3f} "
          f"{statistics.median(on_all):8.3f} {pct(off_all, 99):8.3f} {pct(on_all, 99):8.3f} "
          f"{pct(on_all, 99) - pct(off_all, 99):+9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
