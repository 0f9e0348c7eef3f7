"""A till with thousands of sales, its scheduled jobs, and a scanner that measures waits.

`Scanner` rings items on an open sale from its own thread (a sale held and a new one
opened every 40 lines, so a sale's own size never grows the command's cost) and keeps
the `WriterWait` of every one of its commands, as the database's writer gate reports it
(adapters/sqlite/writer_gate.py): how long the command waited for the writer, and how
much of that a background job's transaction still held it.
"""

from __future__ import annotations

import statistics
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.schedulers.base import BaseScheduler

from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.adapters.sqlite.writer_gate import WriterHold, WriterWait
from pos_app.domain.catalog import Variant
from pos_app.domain.sale import TenderKind
from pos_app.services.sale_commands import AddItem, AddTender, Complete, Hold
from pos_app.services.sales import SalesDesk


def ring_sales(desk: SalesDesk, variants: Sequence[Variant], n: int, *,
               cashier_id: str = "cashier-1", tick: Callable[[], None] = lambda: None) \
        -> list[int]:
    """`n` completed cash sales of one item each, through the sale session; receipts."""
    receipts = []
    for i in range(n):
        s = desk.new_sale(cashier_id=cashier_id)
        s.execute(AddItem(variants[i % len(variants)]))
        s.execute(AddTender(TenderKind.CASH, s.settlement().remaining))
        receipt = s.execute(Complete()).receipt_no
        assert receipt is not None
        receipts.append(receipt)
        tick()
    return receipts


def ms(seconds: float) -> float:
    return seconds * 1000


def p(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))] if ordered else 0.0


class Scanner(threading.Thread):
    def __init__(self, desk: SalesDesk, db: LocalDatabase, variant: Variant, *,
                 every: float = 0.002, lines_per_sale: int = 40) -> None:
        super().__init__(name="scanner", daemon=True)
        self.desk = desk
        self.db = db
        self.variant = variant
        self.every = every  # seconds between scans: faster than a person, many samples
        self.lines_per_sale = lines_per_sale
        self.waits: list[WriterWait] = []
        self.holds: list[WriterHold] = []  # every job transaction meanwhile
        self.errors: list[BaseException] = []
        self.commands = 0
        self.stop = threading.Event()
        self.started = threading.Event()
        db.gate.observers.append(self._observe)

    def _observe(self, event: WriterWait | WriterHold) -> None:
        if isinstance(event, WriterHold):
            self.holds.append(event)
        elif threading.current_thread() is self:
            self.waits.append(event)

    def run(self) -> None:
        try:
            sale = self.desk.new_sale(cashier_id="cashier-1")
            self.started.set()
            while not self.stop.is_set():
                sale.execute(AddItem(self.variant))
                self.commands += 1
                if len(sale.state.lines) >= self.lines_per_sale:
                    sale.execute(Hold())
                    sale = self.desk.new_sale(cashier_id="cashier-1")
                self.stop.wait(self.every)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            self.errors.append(exc)
            self.started.set()

    def finish(self) -> None:
        self.stop.set()
        self.join(timeout=30)
        self.db.gate.observers.remove(self._observe)
        assert not self.is_alive()
        if self.errors:
            raise self.errors[0]

    def report(self, label: str) -> str:
        waited = [ms(w.waited) for w in self.waits]
        behind = [ms(w.behind_job) for w in self.waits]
        work = [ms(w.job_cpu) for w in self.waits]
        held = [ms(h.held) for h in self.holds]
        held_cpu = [ms(h.cpu) for h in self.holds]
        return (f"{label}: {self.commands} scans; writer wait p50 "
                f"{statistics.median(waited) if waited else 0:.2f} p99 {p(waited, .99):.2f} "
                f"max {max(waited, default=0):.2f} ms; behind a job p99 {p(behind, .99):.2f} "
                f"max {max(behind, default=0):.2f} ms, of the job's own CPU p99 "
                f"{p(work, .99):.2f} max {max(work, default=0):.2f} ms; "
                f"{len(held)} job transactions, held p99 {p(held, .99):.2f} "
                f"max {max(held, default=0):.2f} ms (CPU p99 {p(held_cpu, .99):.2f} "
                f"max {max(held_cpu, default=0):.2f} ms)")


class JobRuns:
    """Runs scheduled jobs now, by id, on the started scheduler, and waits for them."""

    def __init__(self, scheduler: BaseScheduler) -> None:
        self.scheduler = scheduler
        self._cond = threading.Condition()
        self.done: dict[str, int] = {}
        self.errors: list[tuple[str, BaseException]] = []
        scheduler.add_listener(self._listen, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    def _listen(self, event: JobExecutionEvent) -> None:
        with self._cond:
            if event.exception is not None:
                self.errors.append((event.job_id, event.exception))
            self.done[event.job_id] = self.done.get(event.job_id, 0) + 1
            self._cond.notify_all()

    def run(self, job_ids: Iterable[str], timeout: float = 120) -> None:
        ids = list(job_ids)
        with self._cond:
            before = {j: self.done.get(j, 0) for j in ids}
        for j in ids:
            job = self.scheduler.get_job(j)
            assert job is not None, f"no job {j}"
            job.modify(next_run_time=datetime.now(UTC))
        with self._cond:
            assert self._cond.wait_for(
                lambda: all(self.done.get(j, 0) > before[j] for j in ids), timeout), \
                f"jobs not done in {timeout} s: {ids}, done {self.done}"
        assert not self.errors, self.errors
