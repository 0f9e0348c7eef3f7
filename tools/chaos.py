"""`make chaos`: three terminal processes selling against the Shopify emulator and a real
PostgreSQL, under faults, then the invariants and how long convergence took.

Faults while the terminals sell (default 240 s):
  - SIGKILL of a random terminal every few seconds (restarted at once);
  - PostgreSQL connections of the terminals' roles terminated (pg_terminate_backend);
  - Shopify faults (5xx, 429, resets, hangs, drops) on a share of requests and a small
    cost bucket (throttling);
  - a network cut: both Shopify and PostgreSQL are reached through TCP proxies on
    loopback, which drop every connection and refuse new ones for a while, then heal.
Then the faults stop and the terminals keep running until every queue is empty
(convergence), and the checks run:
  - no acknowledged sale lost (every DONE line a process printed is a completed sale);
  - no partial sale (every completed sale has lines and is paid in full), receipts
    gapless per terminal;
  - every sale at central exactly once (terminal_event, topic sale, per terminal);
  - Shopify quantities exact (start - what the terminals sold, per SKU);
  - every rejected item surfaced (outbox rows set aside are listed by `status`).
Usage: python tools/chaos.py [--seconds 240] [--terminals 3] [--skus 200] [--seed 1]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import select
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_ROOT = os.environ.get("POS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TOKEN = "shpat_chaos"
STORE = "chaos"


class TcpProxy:
    """Forwards a loopback port to `target`; `cut()` drops every connection and refuses
    new ones until `heal()`: a network cut the terminals cannot tell from a real one."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.open = threading.Event()
        self.open.set()
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                client, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self.open.is_set():
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns.update((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, a: socket.socket, b: socket.socket) -> None:
        try:
            while self.open.is_set():
                ready, _, _ = select.select([a, b], [], [], 0.2)
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    (b if s is a else a).sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                with self._lock:
                    self._conns.discard(s)
                with contextlib.suppress(OSError):
                    s.close()

    def cut(self) -> None:
        self.open.clear()
        with self._lock:
            conns = list(self._conns)
        for s in conns:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def heal(self) -> None:
        self.open.set()

    def close(self) -> None:
        self._stop.set()
        self.cut()
        self.server.close()


@dataclass
class Terminal:
    tid: str
    data_dir: Path
    config: Path
    role: str
    proc: subprocess.Popen[str] | None = None
    done: dict[str, tuple[int, str]] = field(default_factory=dict)  # sale id -> (no, sold)
    kills: int = 0
    starts: int = 0
    sync_errors: int = 0
    quiet: bool = False
    ready: bool = False
    _reader: threading.Thread | None = None

    def start(self, seed: int, env: dict[str, str]) -> None:
        self.starts += 1
        self.ready = False
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tools" / "chaos_terminal.py"), str(self.data_dir),
             str(self.config), str(seed)], stdout=subprocess.PIPE,
            stderr=open(self.data_dir.parent / f"{self.tid}.log", "a"),  # noqa: SIM115
            text=True, env=env, cwd=ROOT)
        proc = self.proc
        self._reader = threading.Thread(target=self._read, args=(proc,), daemon=True)
        self._reader.start()

    def _read(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            parts = line.split()
            if parts and parts[0] == "READY":
                self.ready = True
                if self.quiet:
                    proc.send_signal(signal.SIGUSR1)
            elif parts and parts[0] == "DONE":
                self.done[parts[1]] = (int(parts[2]), parts[3] if len(parts) > 3 else "")
            elif parts and parts[0] == "SYNCERR":
                self.sync_errors += 1

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.kills += 1
        if self._reader is not None:
            self._reader.join(timeout=5)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._reader is not None:
            self._reader.join(timeout=5)

    def pending(self) -> int:
        """Outbox rows still to deliver (central and Shopify), read-only."""
        with sqlite3.connect(f"file:{self.data_dir / 'pos.sqlite3'}?mode=ro", uri=True,
                             timeout=5) as conn:
            return int(conn.execute(
                "SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0])


def _cli(*args: str) -> None:
    from pos_app.app.cli import main

    code = main(list(args))
    if code != 0:
        raise SystemExit(f"chaos set-up: `pos-app {' '.join(args)}` exited {code}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=240.0, help="how long the faults last")
    ap.add_argument("--terminals", type=int, default=3)
    ap.add_argument("--skus", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--converge-timeout", type=float, default=300.0)
    args = ap.parse_args()
    os.environ.setdefault("POS_APP_PIN_PEPPER", "chaos-pepper-not-a-secret-0123456789")
    os.environ.setdefault("POS_APP_JOURNAL_KEY", "c4a05" * 12 + "c4a0")
    rng = random.Random(args.seed)

    from sqlalchemy import create_engine, text

    from pos_app.adapters.central.engine import make_central_engine
    from pos_app.adapters.central.rls import provision_terminal
    from pos_app.adapters.shopify_emulator import FaultPlan, ShopifyEmulator
    from pos_app.adapters.shopify_emulator.seed import seed_generated

    root = create_engine(PG_ROOT, isolation_level="AUTOCOMMIT")
    db_name = f"pos_chaos_{uuid.uuid4().hex[:10]}"
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{db_name}"'))
    base = PG_ROOT.rsplit("/", 1)[0]
    admin_url = f"{base}/{db_name}"
    work = Path(tempfile.mkdtemp(prefix="pos-chaos-"))
    faults = FaultPlan(rate=0.0, seed=args.seed)
    emulator = ShopifyEmulator(tokens={TOKEN: "standard"}, faults=faults)
    # The terminals share one app token, so one cost bucket (the standard plan's): with
    # three tills pulling and pushing, throttling is met.
    loc = seed_generated(emulator.state, args.skus, available=100_000)
    shop_url = emulator.start()
    shop_port = int(shop_url.rsplit(":", 1)[1])
    pg_proxy = TcpProxy(("127.0.0.1", 5432))
    shop_proxy = TcpProxy(("127.0.0.1", shop_port))
    start_levels = {sku: _available(emulator, sku, loc) for sku in
                    (f"SKU-{i:06d}" for i in range(args.skus))}
    terminals: list[Terminal] = []
    roles: list[str] = []
    env = dict(os.environ, POS_APP_SHOPIFY_TOKEN=TOKEN, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    table: list[tuple[str, str]] = []
    ok = True
    try:
        _cli("central", "init", "--admin-url", admin_url)
        admin = make_central_engine(admin_url)
        for n in range(1, args.terminals + 1):
            tid = f"T{n}"
            role = f"pos_chaos_{uuid.uuid4().hex[:10]}"
            roles.append(role)
            provision_terminal(admin, role, store_id=STORE, terminal_id=tid)
            data_dir, config = work / tid, work / f"{tid}.toml"
            config.write_text(
                f'[terminal]\nid = "{tid}"\n\n[store]\nname = "Chaos Store"\n\n'
                f'[shopify]\nshop = "http://127.0.0.1:{shop_proxy.port}"\n'
                f'location = "gid://shopify/Location/{loc}"\nrequest_timeout_seconds = 3.0\n\n'
                f'[central]\nurl = "postgresql+psycopg://{role}@127.0.0.1:{pg_proxy.port}/'
                f'{db_name}"\nstore_id = "{STORE}"\nconnect_timeout_seconds = 3\n',
                encoding="utf-8")
            common = ["--data-dir", str(data_dir), "--config", str(config)]
            _cli("init", *common, "--store-id", STORE)
            _cli("tax-class", "set", "standard", *common, "--as-owner", "--rate",
                 "sales:8.25:Sales tax")
            _cli("tax-class", "set", "exempt", *common, "--as-owner")
            terminals.append(Terminal(tid, data_dir, config, role))
        admin.dispose()
        for t in terminals:
            t.start(rng.randrange(1 << 30), env)

        # ---- faults -------------------------------------------------------------------
        began = time.monotonic()
        faults.set_rate(0.08)
        cut_at = began + args.seconds * 0.5
        cut_for = min(30.0, args.seconds * 0.15)
        cut_done = False
        pg_drops = 0
        while time.monotonic() - began < args.seconds:
            time.sleep(rng.uniform(2.0, 5.0))
            victim = rng.choice(terminals)
            victim.kill()
            victim.start(rng.randrange(1 << 30), env)
            pg_drops += _drop_connections(root, roles)
            if not cut_done and time.monotonic() >= cut_at:
                pg_proxy.cut()
                shop_proxy.cut()
                time.sleep(cut_for)
                pg_proxy.heal()
                shop_proxy.heal()
                cut_done = True

        # ---- heal and converge -------------------------------------------------------
        faults.set_rate(0.0)
        for t in terminals:  # the store closes: no new sales, the queues drain
            t.quiet = True
            if t.ready and t.proc is not None and t.proc.poll() is None:
                t.proc.send_signal(signal.SIGUSR1)  # (one not READY yet is told on READY)
        healed = time.monotonic()
        converged: float | None = None
        shown_at = healed
        while time.monotonic() - healed < args.converge_timeout:
            if all(t.proc is not None and t.proc.poll() is None for t in terminals) and \
                    all(t.pending() == 0 for t in terminals):
                converged = time.monotonic() - healed
                break
            if time.monotonic() - shown_at >= 10.0:  # how the queues drain, every 10 s
                shown_at = time.monotonic()
                print(f"converging, +{shown_at - healed:.0f} s: " + "; ".join(
                    f"{t.tid} " + ",".join(f"{w[0]}={w[1]}" for w in _waiting(t))
                    for t in terminals), flush=True)
            time.sleep(1.0)
        if converged is None:
            for t in terminals:
                print(f"{t.tid} still waiting:", _waiting(t), "alive:",
                      t.proc is not None and t.proc.poll() is None, flush=True)
                log = (work / f"{t.tid}.log").read_text(errors="replace").splitlines()
                dead = [i for i, ln in enumerate(log) if ln.startswith("Traceback")]
                print("\n".join(log[dead[-1]:][:40] if dead else log[-15:]), flush=True)
        for t in terminals:
            t.stop()

        # ---- checks --------------------------------------------------------------------
        done_total = sum(len(t.done) for t in terminals)
        lost, partial, gaps = _check_local(terminals)
        at_central = _central_sales(admin_url)
        central_bad = [t.tid for t in terminals
                       if sorted(at_central.get(t.tid, [])) != sorted(_completed_ids(t))]
        sold: Counter[str] = Counter()
        for t in terminals:
            for sale_no_sold in _sold_lines(t):
                sold.update(sale_no_sold)
        shop_bad = [sku for sku, start in start_levels.items()
                    if _available(emulator, sku, loc) != start - sold[sku]]
        rejected = sum(_rejected(t) for t in terminals)
        shown = sum(_rejected_in_status(t) for t in terminals)
        checks = [
            ("no acknowledged sale lost", not lost, f"{done_total} acknowledged, "
             f"{len(lost)} missing"),
            ("no partial sale, receipts gapless", not partial and not gaps,
             f"{len(partial)} partial, {len(gaps)} gaps"),
            ("every sale at central exactly once", not central_bad,
             f"{sum(len(v) for v in at_central.values())} at central; differ: "
             f"{', '.join(central_bad) or 'none'}"),
            ("Shopify quantities exact", not shop_bad,
             f"{len(start_levels)} SKUs, {sum(sold.values())} units sold; off: "
             f"{len(shop_bad)}"),
            ("every rejected item surfaced", shown == rejected,
             f"{rejected} set aside, {shown} shown by `pos-app status --json`"),
            ("converged after healing", converged is not None,
             f"{converged:.1f} s" if converged is not None else
             f"not within {args.converge_timeout:.0f} s"),
        ]
        ok = all(passed for _, passed, _ in checks)
        table = [(name, f"{'PASS' if passed else 'FAIL'}  {detail}")
                 for name, passed, detail in checks]
        table += [
            ("terminals / fault time", f"{len(terminals)} / {args.seconds:.0f} s"),
            ("SIGKILLs", str(sum(t.kills for t in terminals))),
            ("PostgreSQL connections dropped", str(pg_drops)),
            ("network cut", f"{cut_for:.0f} s (PostgreSQL and Shopify)"),
            ("Shopify faults injected", ", ".join(f"{k.value} {v}" for k, v in
                                                  sorted(faults.injected.items(),
                                                         key=lambda kv: kv[0].value))
             or "none"),
            ("sync rounds that failed", str(sum(t.sync_errors for t in terminals))),
        ]
    finally:
        for t in terminals:
            t.stop()
        pg_proxy.close()
        shop_proxy.close()
        emulator.stop()
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        root.dispose()
        if os.environ.get("CHAOS_KEEP"):  # the terminals' logs, for a post-mortem
            print(f"chaos: work directory kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    width = max(len(k) for k, _ in table) if table else 0
    print("\n| check | result |\n|---|---|")
    for k, v in table:
        print(f"| {k:<{width}} | {v} |")
    print(f"\nchaos: {'PASSED' if ok else 'FAILED'}")
    return 0 if ok else 1


def _available(emulator: object, sku: str, loc: int) -> int:
    st = emulator.state  # type: ignore[attr-defined]
    with st.lock:
        return int(st.levels[(st.item_by_sku[sku], loc)].quantity("available"))


def _drop_connections(root: object, roles: list[str]) -> int:
    from sqlalchemy import text

    with root.connect() as conn:  # type: ignore[attr-defined]
        rows = conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ANY(:r)"),
            {"r": roles}).all()
    return len(rows)


def _db(t: Terminal) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{t.data_dir / 'pos.sqlite3'}?mode=ro", uri=True, timeout=10)


def _completed_ids(t: Terminal) -> list[str]:
    with _db(t) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM sale WHERE status = 'completed'")]


def _check_local(terminals: list[Terminal]) -> tuple[list[str], list[str], list[str]]:
    lost: list[str] = []
    partial: list[str] = []
    gaps: list[str] = []
    for t in terminals:
        with _db(t) as conn:
            rows = {r[0]: r for r in conn.execute(
                "SELECT id, receipt_no, total_minor, state FROM sale WHERE status = "
                "'completed'")}
            numbers = sorted(r[1] for r in rows.values())
        lost += [f"{t.tid}:{sid}" for sid in t.done if sid not in rows]
        if numbers != list(range(1, len(numbers) + 1)):
            gaps.append(t.tid)
        for sid, (_sid, _no, total, state) in rows.items():
            st = json.loads(state)  # the compact state: lines "lines", tenders "tn"
            paid = sum(int(tn[2]) for tn in st.get("tn", []))
            if not st.get("lines") or paid < total:
                partial.append(f"{t.tid}:{sid}")
    return lost, partial, gaps


def _sold_lines(t: Terminal) -> list[Counter[str]]:
    out = []
    with _db(t) as conn:
        for (state,) in conn.execute("SELECT state FROM sale WHERE status = 'completed'"):
            st = json.loads(state)
            c: Counter[str] = Counter()
            for ln in st.get("lines", []):
                c[ln["s"]] += int(ln["q"])
            out.append(c)
    return out


def _waiting(t: Terminal) -> list[tuple[object, ...]]:
    """What is still queued, by topic: count, attempts, next try, last error."""
    with _db(t) as conn:
        return [tuple(r) for r in conn.execute(
            "SELECT topic, count(*), max(attempts), max(next_attempt_at), max(last_error) "
            "FROM outbox WHERE status = 'pending' GROUP BY topic")]


def _rejected(t: Terminal) -> int:
    with _db(t) as conn:
        return int(conn.execute("SELECT count(*) FROM outbox WHERE status = 'rejected'")
                   .fetchone()[0])


def _rejected_in_status(t: Terminal) -> int:
    """Rows set aside as `pos-app status --json` reports them (what a person sees)."""
    done = subprocess.run([sys.executable, "-m", "pos_app", "status", "--json",
                           "--data-dir", str(t.data_dir), "--config", str(t.config)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    channels = json.loads(done.stdout)["channels"]
    return sum(int(ch.get("rejected") or 0) for ch in channels.values())


def _central_sales(admin_url: str) -> dict[str, list[str]]:
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT terminal_id, aggregate_id FROM terminal_event WHERE store_id = :s "
                "AND topic = 'sale'"), {"s": STORE}).all()
    finally:
        engine.dispose()
    out: dict[str, list[str]] = {}
    for tid, agg in rows:
        out.setdefault(tid, []).append(agg)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
