"""A real terminal for UI tests: SQLite in tmp_path, demo catalog and staff, real widgets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pos_app.app.context import AppContext, open_context
from pos_app.app.wiring import Services, build_services, ensure_demo_store
from pos_app.domain.clock import Clock
from pos_app.services.demo_data import DEMO_STAFF
from pos_app.services.staff import Approval, Staff


@dataclass
class Terminal:
    ctx: AppContext
    services: Services

    def pin(self, role: str) -> str:
        return next(p.pin for p in DEMO_STAFF if p.role.value == role)

    def staff_id(self, role: str) -> str:
        name = next(p.name for p in DEMO_STAFF if p.role.value == role)
        return next(s.id for s in self.services.staff.list_staff() if s.name == name)

    def login(self, role: str) -> Staff:
        """Sign in at the counter as the demo person of `role` (chosen, then PIN)."""
        return self.services.counter.login(self.pin(role), self.staff_id(role))

    def approval(self, role: str) -> Approval:
        """The demo person of `role` approving: chosen from the list, their PIN."""
        return Approval(self.staff_id(role), self.pin(role))

    def barcodes(self, n: int) -> list[str]:
        from sqlalchemy import text

        with self.ctx.db.read() as conn:
            return list(conn.execute(text(
                "SELECT barcode FROM variant WHERE barcode IS NOT NULL AND tracked = 1 "
                "ORDER BY sku LIMIT :n"), {"n": n}).scalars())


def make_terminal(data_dir: Path, *, clock: Clock | None = None) -> Terminal:
    """`clock`: e.g. a FixedClock, for waits that tests move through without sleeping."""
    cfg = data_dir.parent / "config.toml"
    if not cfg.exists():
        cfg.write_text("[terminal]\nid = \"T1\"\n\n[printer]\ndevice = \"dummy\"\n",
                       encoding="utf-8")
    ctx = open_context(data_dir=data_dir, config_path=cfg, demo=True, clock=clock)
    services = build_services(ctx)
    ensure_demo_store(ctx, services, n_products=150)
    if services.shifts.current_shift() is None:
        manager = next(s for s in services.staff.list_staff() if s.role.value == "manager")
        services.shifts.open_shift(manager.id, 15000)
    return Terminal(ctx, services)


@pytest.fixture
def terminal(tmp_path):
    t = make_terminal(tmp_path / "data")
    yield t
    t.ctx.close()
