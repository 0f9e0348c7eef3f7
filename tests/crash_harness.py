"""Kill -9 crash harness: a child rings up sales, the parent kills it at random points.

The child prints a line only after a command has returned, i.e. after it is durable:
    ACK <sale_id> <version>        a command was acknowledged
    DONE <sale_id> <version> <no>  a sale was completed with receipt number <no>
After every kill the parent reopens the database and checks that every acknowledged
command is there, no sale is partial, versions are contiguous, receipt numbers are
gapless and `PRAGMA integrity_check` is ok. Used by the test suite and by bench/.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

CHILD = r'''
import random, sys, threading
from datetime import UTC, datetime
from pathlib import Path
from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.sale_store import SqliteSaleStore
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import SystemClock
from pos_app.domain.permissions import Actor, Role
from pos_app.domain.sale import PricingRules, TenderKind
from pos_app.services.sale_commands import AddItem, AddTender, Complete, SetQuantity, Void
from pos_app.services.sales import SalesDesk
from tests.conftest import TAX_CLASSES, variant

data_dir, seed = Path(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
db = LocalDatabase(data_dir)
grow = sys.argv[3:] == ["presize"]  # the WAL grown beside the sales, as the till's job does

def start_growing():
    def run():
        with db.gate.background():
            size = db.presize_wal(chunk_bytes=65536)  # many small turns: kills land among them
        out.write(f"GROWN {size}\n"); out.flush()
    threading.Thread(target=run, daemon=True).start()
desk = SalesDesk(SqliteSaleStore(db), PricingRules(TAX_CLASSES, cash_increment=5),
                 SystemClock(), Uuid7Generator(), terminal_id="T1", currency="USD")
manager = Actor("m", Role.MANAGER)
out = sys.stdout

def ack(sale, r):
    global grow
    out.write(f"ACK {sale.id} {r.version}\n"); out.flush()
    if grow:  # once SQLite has written the WAL's header (the first commit)
        grow = False
        start_growing()

for s in desk.open_sales():  # finish what the previous run left open
    if s.state.lines:
        if not s.settlement().settled:
            ack(s, s.execute(AddTender(TenderKind.CASH, s.settlement().remaining_cash + 1000)))
        r = s.execute(Complete())
        out.write(f"DONE {s.id} {r.version} {r.receipt_no}\n"); out.flush()
    else:
        ack(s, s.execute(Void(), actor=manager))
out.write("READY\n"); out.flush()
while True:
    s = desk.new_sale(cashier_id="c1")
    out.write(f"ACK {s.id} 1\n"); out.flush()
    for _ in range(rng.randint(1, 6)):
        ack(s, s.execute(AddItem(variant(rng.randint(1, 50), rng.randint(50, 5000),
                                         rng.choice(["standard", "food", "exempt"])),
                                 rng.randint(1, 3))))
    if rng.random() < 0.3:
        ack(s, s.execute(SetQuantity(s.state.lines[0].no, rng.randint(1, 9))))
    if rng.random() < 0.1:
        ack(s, s.execute(Void(), actor=manager)); continue
    cash = s.settlement().remaining_cash + rng.randint(0, 999)
    ack(s, s.execute(AddTender(TenderKind.CASH, cash)))
    r = s.execute(Complete())
    out.write(f"DONE {s.id} {r.version} {r.receipt_no}\n"); out.flush()
'''


@dataclass
class CrashStats:
    kills: int = 0
    acked_commands: int = 0
    completed_sales: int = 0
    failures: list[str] = field(default_factory=list)
    largest_wal: int = 0  # bytes of the -wal file found right after a kill
    grown: int = 0  # children that finished growing the WAL before their kill
    grown_to: int = 0  # the largest WAL size such a child reported


def verify(db_path: Path, acked: dict[str, int], done: dict[str, int],
           settled: set[str] | None = None) -> list[str]:
    """Check the invariants after a kill. `settled` holds completed sales already
    checked: completed sales are immutable, so later calls skip them (and add the ones
    they check), which keeps a 1,000-kill run linear instead of quadratic."""
    problems: list[str] = []
    settled = set() if settled is None else settled
    conn = sqlite3.connect(db_path)
    try:
        if (ic := conn.execute("PRAGMA integrity_check").fetchone()[0]) != "ok":
            problems.append(f"integrity_check: {ic}")
        versions = {sid: v for sid, v in conn.execute("SELECT id, version FROM sale")
                    if sid not in settled}
        for sid, v in acked.items():
            if sid not in settled and versions.get(sid, 0) < v:
                problems.append(f"lost acknowledged command: {sid} v{v} (stored "
                                f"{versions.get(sid)})")
        for sid, v in versions.items():
            logged = [r[0] for r in conn.execute(
                "SELECT version FROM sale_command WHERE sale_id=? ORDER BY version", (sid,))]
            if logged != list(range(1, v + 1)):
                problems.append(f"versions of {sid} not contiguous 1..{v}")
        for sid, no in done.items():
            if sid in settled:
                continue
            got = conn.execute("SELECT status, receipt_no FROM sale WHERE id=?",
                               (sid,)).fetchone()
            if got != ("completed", no):
                problems.append(f"completed sale {sid} #{no} stored as {got}")
        sale_events = dict(conn.execute("SELECT aggregate_id, count(*) FROM outbox "
                                        "WHERE topic='sale' GROUP BY aggregate_id"))
        for sid, state, total in conn.execute(
                "SELECT id, state, total_minor FROM sale WHERE status='completed'"):
            if sid in settled:
                continue
            n_lines = len(json.loads(state)["lines"])
            got_lines, got_total = conn.execute(
                "SELECT count(*), coalesce(sum(total),0) FROM sold_line WHERE sale_id=?",
                (sid,)).fetchone()
            pays = conn.execute("SELECT count(*) FROM payment WHERE sale_id=?",
                                (sid,)).fetchone()[0]
            events = sale_events.get(sid, 0)
            if (got_lines, got_total) != (n_lines, total) or pays == 0 or events != 1:
                problems.append(f"partial sale {sid}: lines {got_lines}/{n_lines}, "
                                f"payments {pays}, events {events}")
            elif sid in done:
                settled.add(sid)
        n, low, high = conn.execute("SELECT count(*), min(receipt_no), max(receipt_no) "
                                    "FROM sale WHERE receipt_no IS NOT NULL").fetchone()
        distinct = conn.execute("SELECT count(DISTINCT receipt_no) FROM sale "
                                "WHERE receipt_no IS NOT NULL").fetchone()[0]
        if n and (low, high, distinct) != (1, n, n):
            problems.append(f"receipt numbers not gapless: {n} receipts span {low}..{high}, "
                            f"{distinct} distinct")
        partial = conn.execute("SELECT count(*) FROM sold_line l LEFT JOIN sale s ON "
                               "s.id=l.sale_id WHERE s.status IS NOT 'completed'").fetchone()[0]
        if partial:
            problems.append(f"{partial} sold lines belong to no completed sale")
    finally:
        conn.close()
    return problems


def run_crash_cycles(data_dir: Path, kills: int, seed: int = 1,
                     max_acks_before_kill: int = 60, presize: bool = False) -> CrashStats:
    """`presize`: each child also grows the WAL file in a background thread
    (LocalDatabase.presize_wal) while it sells, so kills land while zeros are written."""
    rng = random.Random(seed)
    repo_root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(repo_root)}
    acked: dict[str, int] = {}
    done: dict[str, int] = {}
    stats = CrashStats()
    settled: set[str] = set()
    db_path = data_dir / "pos.sqlite3"
    for i in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(data_dir), str(rng.randrange(1 << 30)),
             *(["presize"] if presize else [])],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=repo_root)
        assert proc.stdout is not None
        target = rng.randint(0, max_acks_before_kill)
        seen = 0
        ready = False
        while True:
            line = proc.stdout.readline()
            if not line:
                break
            parts = line.split()
            if parts[0] == "READY":
                ready = True
            elif parts[0] == "GROWN":
                stats.grown += 1
                stats.grown_to = max(stats.grown_to, int(parts[1]))
            elif parts[0] in ("ACK", "DONE"):
                acked[parts[1]] = max(acked.get(parts[1], 0), int(parts[2]))
                stats.acked_commands += 1
                if parts[0] == "DONE":
                    done[parts[1]] = int(parts[3])
                seen += 1
            if ready and seen >= target:
                break
        proc.send_signal(signal.SIGKILL)
        rest, err = proc.communicate()
        for line in rest.splitlines():  # acknowledged before the kill landed
            parts = line.split()
            if parts and parts[0] == "GROWN":
                stats.grown += 1
                stats.grown_to = max(stats.grown_to, int(parts[1]))
            if parts and parts[0] in ("ACK", "DONE"):
                acked[parts[1]] = max(acked.get(parts[1], 0), int(parts[2]))
                if parts[0] == "DONE":
                    done[parts[1]] = int(parts[3])
        if proc.returncode != -signal.SIGKILL:
            stats.failures.append(f"cycle {i}: child exited {proc.returncode}: {err[-2000:]}")
            break
        stats.kills += 1
        wal = db_path.with_name(db_path.name + "-wal")
        stats.largest_wal = max(stats.largest_wal, wal.stat().st_size if wal.exists() else 0)
        problems = verify(db_path, acked, done, settled)
        if problems:
            stats.failures.extend(f"cycle {i}: {p}" for p in problems)
            break
    if not stats.failures and stats.kills:  # one last full check, nothing skipped
        stats.failures.extend(f"final: {p}" for p in verify(db_path, acked, done))
    stats.completed_sales = len(done)
    return stats
