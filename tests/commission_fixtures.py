"""Put a commission plan on a terminal as the central sync would (pulled, version 1)."""

from __future__ import annotations

from pos_app.adapters.sqlite.central_outbox import SqliteSyncOutbox
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.domain.commission import CommissionPlan, digest
from pos_app.services.central_sync import PulledPlan


def install_plan(db: LocalDatabase, plan: CommissionPlan, version: int = 1) -> int:
    body = plan.body_json()
    return SqliteSyncOutbox(db).apply_plans(
        [PulledPlan(plan.id, plan.store_id, version, digest(body), body)],
        "2026-11-27T09:00:00+00:00")
