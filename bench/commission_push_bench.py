"""Push throughput of a commission backlog to PostgreSQL, batched vs one row per transaction.

Builds a throwaway database (dropped afterwards) with the central migrations and a
least-privilege terminal role under row-level security, fills a terminal's local
SQLite outbox with a backlog of commission records, and times `CentralSync.sync_once`
draining it (read outbox, validate, push in batches, acknowledge locally). The naive
baseline runs the same code with a batch size of 1 (one central transaction and one
local acknowledgement per record) on a smaller sample, extrapolated per record.

    .venv/bin/python bench/commission_push_bench.py [--records 100000] [--naive 2000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pos_app.adapters.central import migrate as central_migrate
from pos_app.adapters.central.engine import make_central_engine
from pos_app.adapters.central.repository import CentralAdmin, SqlCentralStore
from pos_app.adapters.central.rls import provision_terminal
from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import FixedClock, iso
from pos_app.domain.commission import CommissionRecord, RecordKind, RecordStatus
from pos_app.services.central_sync import CentralSync, TerminalIdentity

ADMIN_URL = os.environ.get("POS_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _url(db: str, user: str) -> str:
    return ADMIN_URL.rsplit("/", 1)[0].replace("postgres@", f"{user}@", 1) + f"/{db}"


def fill(db: LocalDatabase, n: int, terminal: str) -> None:
    ids = Uuid7Generator()
    ledger = SqliteCommissionLedger(db, ids)
    at = iso(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    chunk = 10_000
    for start in range(0, n, chunk):
        ledger.append([CommissionRecord(
            id=ids.new_id(), version=1, kind=RecordKind.SALE, status=RecordStatus.OK,
            staff_id=f"staff-{i % 50}", currency="USD", at=at, terminal_id=terminal,
            amount=100 + i % 900, rate_part=100 + i % 900, base=2_000 + i, units=1,
            share_bp=10_000, line_quantity=1, sale_id=ids.new_id(), line_no=1 + i % 5,
            plan_id="floor", plan_version=1, period_start=date(2026, 11, 1), sku=f"SKU-{i % 997}")
            for i in range(start, min(n, start + chunk))], at)


def run(records: int, naive_sample: int, batch: int) -> int:
    root = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"pos_bench_{uuid.uuid4().hex[:10]}"
    role = f"pos_bench_t_{uuid.uuid4().hex[:10]}"
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin = make_central_engine(_url(name, "postgres"))
    engines = [admin]
    tmp = tempfile.TemporaryDirectory()
    dbs: list[LocalDatabase] = []
    try:
        central_migrate.upgrade(admin)
        provision_terminal(admin, role, store_id="S1", terminal_id="T1")
        term = make_central_engine(_url(name, role))
        engines.append(term)
        store = SqlCentralStore(term)
        clock = FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
        ident = TerminalIdentity("S1", "T1")

        results = {}
        for label, n, size in (("batched", records, batch), ("naive", naive_sample, 1)):
            db = LocalDatabase(Path(tmp.name) / label)
            dbs.append(db)
            t0 = time.perf_counter()
            fill(db, n, "T1")
            filled = time.perf_counter() - t0
            sync = CentralSync(SqliteSyncOutbox(db), store, ident, clock, batch_size=size)
            t0 = time.perf_counter()
            summary = sync.sync_once(force=True)
            secs = time.perf_counter() - t0
            assert summary.ok and summary.pushed == n and summary.pending_left == 0, summary
            results[label] = (n, secs, summary.batches, filled)
        count, _ = CentralAdmin(admin).record_totals("S1")
        assert count == records + naive_sample, (count, records, naive_sample)

        n, secs, batches, filled = results["batched"]
        rate = n / secs
        nn, nsecs, _, _ = results["naive"]
        naive_rate = nn / nsecs
        print("PostgreSQL push of a commission backlog (terminal role under row-level "
              "security, local SQLite outbox WAL+FULL)")
        print(f"  batched   {n:>7,} records  {secs:6.2f} s  {rate:>9,.0f} records/s  "
              f"({batches} batches of {batch}; backlog built in {filled:.1f} s)")
        print(f"  naive     {nn:>7,} records  {nsecs:6.2f} s  {naive_rate:>9,.0f} records/s  "
              f"(one central transaction + one local ack per record; measured on a "
              f"{nn:,}-record sample, extrapolated to {n:,}: {n / naive_rate:,.0f} s)")
        print(f"  ratio     {rate / naive_rate:,.1f}x   goal >= 10,000 records/s and >= 20x: "
              f"{'met' if rate >= 10_000 and rate / naive_rate >= 20 else 'NOT met'}")
        return 0
    finally:
        for db in dbs:
            db.close()
        tmp.cleanup()
        for e in engines:
            e.dispose()
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        root.dispose()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--records", type=int, default=100_000)
    p.add_argument("--naive", type=int, default=2_000)
    p.add_argument("--batch", type=int, default=1_000)
    a = p.parse_args()
    return run(a.records, a.naive, a.batch)


if __name__ == "__main__":
    raise SystemExit(main())
