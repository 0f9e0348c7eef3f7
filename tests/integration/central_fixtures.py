"""Real central databases for tests: a throwaway PostgreSQL database (with terminal roles)
or an embedded SQLite file, and terminals with their own local databases."""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError

from pos_app.adapters.central import migrate as central_migrate
from pos_app.adapters.central.engine import make_central_engine
from pos_app.adapters.central.repository import PUSH_RECORDS_SQL, CentralAdmin, SqlCentralStore
from pos_app.adapters.central.rls import provision_settler, provision_terminal
from pos_app.adapters.ids import Uuid7Generator
from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.adapters.sqlite.commission_repo import SqliteCommissionLedger
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.clock import FixedClock, iso
from pos_app.domain.commission import CommissionRecord, RecordKind, RecordStatus
from pos_app.services.central_sync import CentralSync, TerminalIdentity

PG_ADMIN_URL = os.environ.get("POS_TEST_PG_URL",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _url_for(db: str, user: str = "postgres") -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return base.replace("postgres@", f"{user}@", 1) + f"/{db}"


@dataclass
class PgServer:
    """One database for the whole test session; roles made in it are dropped after."""

    name: str
    admin: Engine
    roles: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def new_role(self, store_id: str, terminal_id: str) -> str:
        role = f"pos_t_{uuid.uuid4().hex[:16]}"
        # GRANTs on one table from two transactions at once fail in PostgreSQL ("tuple
        # concurrently updated"): tests that make roles from threads take turns.
        with self.lock:
            self.roles.append(role)
            provision_terminal(self.admin, role, store_id=store_id, terminal_id=terminal_id)
        return role

    def new_settler(self, store_id: str) -> str:
        role = f"pos_s_{uuid.uuid4().hex[:16]}"
        with self.lock:
            self.roles.append(role)
            provision_settler(self.admin, role, store_id=store_id)
        return role

    def terminate(self, pid: int) -> None:
        with self.admin.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            conn.commit()


@contextlib.contextmanager
def throwaway_central(prefix: str, revision: str = "heads") -> Iterator[PgServer]:
    """A central database of its own on the test server, migrated to `revision`, then
    dropped with the roles made in it (skips when PostgreSQL is not reachable)."""
    root = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with root.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        root.dispose()
        pytest.skip(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc.orig}")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with root.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin = make_central_engine(_url_for(name))
    server = PgServer(name, admin)
    try:
        central_migrate.upgrade(admin, revision)
        yield server
    finally:
        admin.dispose()
        with root.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in server.roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        root.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    with throwaway_central("pos_central") as server:
        yield server


@dataclass
class Central:
    """A central database under test, and how terminals connect to it."""

    kind: str  # postgres | sqlite
    admin_engine: Engine
    pg: PgServer | None = None
    sqlite_path: Path | None = None
    _engines: list[Engine] = field(default_factory=list)

    @property
    def admin(self) -> CentralAdmin:
        return CentralAdmin(self.admin_engine)

    def terminal_engine(self, store_id: str, terminal_id: str) -> Engine:
        if self.pg is not None:
            role = self.pg.new_role(store_id, terminal_id)
            engine = make_central_engine(_url_for(self.pg.name, role))
        else:
            engine = make_central_engine(f"sqlite:///{self.sqlite_path}")
        self._engines.append(engine)
        return engine

    def settlement_engine(self, store_id: str) -> Engine:
        """A connection of the store's settlement role (PostgreSQL), or the embedded
        database (SQLite: no roles)."""
        if self.pg is not None:
            engine = make_central_engine(_url_for(self.pg.name, self.pg.new_settler(store_id)))
        else:
            engine = make_central_engine(f"sqlite:///{self.sqlite_path}")
        self._engines.append(engine)
        return engine

    def inject_disconnects(self, engine: Engine, on_batches: set[int]) -> list[int]:
        """Drop the connection in the middle of the listed pushes (1-based): after the
        records are inserted, before the transaction commits. Returns the hit list."""
        hits: list[int] = []
        count = [0]

        if self.pg is not None:
            pg = self.pg

            @event.listens_for(engine, "after_cursor_execute")
            def _kill(conn, _cursor, statement, _params, _context, _many):
                if statement.startswith(PUSH_RECORDS_SQL.split("(")[0]):
                    count[0] += 1
                    if count[0] in on_batches:
                        hits.append(count[0])
                        pg.terminate(conn.connection.dbapi_connection.info.backend_pid)
        else:
            armed = [False]

            @event.listens_for(engine, "before_cursor_execute", retval=True)
            def _break(_conn, _cursor, statement, params, _context, _many):
                if statement.startswith("INSERT INTO commission_record"):
                    count[0] += 1
                    armed[0] = count[0] in on_batches
                elif armed[0] and statement.startswith("INSERT INTO terminal_cursor"):
                    armed[0] = False
                    hits.append(count[0])
                    return "SELECT simulated_connection_drop()", params
                return statement, params
        return hits

    def close(self) -> None:
        for e in self._engines:
            e.dispose()


@pytest.fixture(params=["postgres", "sqlite"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    if request.param == "postgres":
        server: PgServer = request.getfixturevalue("pg_server")
        c = Central("postgres", server.admin, pg=server)
    else:
        path = tmp_path / "central.sqlite3"
        engine = make_central_engine(f"sqlite:///{path}")
        central_migrate.upgrade(engine)
        c = Central("sqlite", engine, sqlite_path=path)
    try:
        yield c
    finally:
        c.close()
        if c.pg is None:
            c.admin_engine.dispose()


def unique_store() -> str:
    return f"S-{uuid.uuid4().hex[:10]}"


class Terminal:
    """A terminal with its own local database and a sync service to the central one."""

    def __init__(self, root: Path, central: Central, store_id: str, terminal_id: str, *,
                 batch_size: int = 200) -> None:
        self.terminal_id = terminal_id
        self.store_id = store_id
        self.clock = FixedClock(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
        self.ids = Uuid7Generator()
        self.db = LocalDatabase(root / f"{store_id}-{terminal_id}")
        self.ledger = SqliteCommissionLedger(self.db, self.ids)
        self.outbox = SqliteSyncOutbox(self.db)
        self.engine = central.terminal_engine(store_id, terminal_id)
        self._central = central
        self._settle_engine: Engine | None = None
        self.store = SqlCentralStore(self.engine)
        self.sync = self.sync_as(TerminalIdentity(store_id, terminal_id), batch_size)

    @property
    def settle_engine(self) -> Engine:
        """The store's settlement role (made on first use), for store-wide settlement."""
        if self._settle_engine is None:
            self._settle_engine = self._central.settlement_engine(self.store_id)
        return self._settle_engine

    def sync_as(self, identity: TerminalIdentity, batch_size: int = 200) -> CentralSync:
        return CentralSync(self.outbox, self.store, identity, self.clock,
                           batch_size=batch_size, jitter=lambda: 0.5)

    def record(self, staff: str, amount: int, *, version: int = 1,
               rid: str | None = None) -> CommissionRecord:
        return CommissionRecord(
            id=rid or self.ids.new_id(), version=version, kind=RecordKind.SALE,
            status=RecordStatus.OK, staff_id=staff, currency="USD",
            at=iso(self.clock.now()), terminal_id=self.terminal_id, amount=amount,
            rate_part=amount, base=amount * 20, units=1, line_quantity=1,
            sale_id=self.ids.new_id(), line_no=1, plan_id="p", plan_version=1)

    def add_events(self, n: int, topic: str = "sale") -> None:
        with self.db.write() as conn:
            conn.execute(text(
                "INSERT INTO outbox (op_id, topic, aggregate_id, payload, created_at, attempts, "
                "status) VALUES (:o, :t, :a, :p, :c, 0, 'pending')"),
                [{"o": self.ids.new_id(), "t": topic, "a": f"sale-{i}",
                  "p": f'{{"sale_id": "sale-{i}", "total": {i}}}', "c": iso(self.clock.now())}
                 for i in range(n)])

    def local_totals(self) -> tuple[int, int]:
        with self.db.read() as conn:
            row = conn.execute(text(
                "SELECT count(*), coalesce(sum(amount), 0) FROM commission_record")).one()
        return int(row[0]), int(row[1])

    def local_events(self) -> int:
        with self.db.read() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM outbox WHERE topic != 'commission_record'")).scalar_one())

    def drain(self, *, max_rounds: int = 100) -> int:
        """Sync until nothing is pending; returns the rounds that stopped on an error."""
        errors = 0
        for _ in range(max_rounds):
            summary = self.sync.sync_once(force=True)
            if summary.error:
                errors += 1
                continue
            if summary.pending_left == 0:
                return errors
        raise AssertionError(f"terminal {self.terminal_id} did not drain its outbox")

    def close(self) -> None:
        self.engine.dispose()
        self.db.close()


@pytest.fixture
def terminals(tmp_path: Path) -> Iterator[Callable[..., Terminal]]:
    """`terminals(central, store, tid, **kw)`: a Terminal under tmp_path, closed after the
    test (a module takes it as `terminals = central_fixtures.terminals`)."""
    made: list[Terminal] = []

    def make(central: Central, store: str, tid: str, **kw: Any) -> Terminal:
        t = Terminal(tmp_path, central, store, tid, **kw)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()
