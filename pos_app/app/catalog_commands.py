"""CLI: `demo-data`, `import-catalog` and `search` — the catalog and staff from a terminal."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, TextIO

from pos_app.domain.errors import PermissionDenied

from .commands import command

if TYPE_CHECKING:
    from pos_app.services.catalog import ImportReport

EX_OK = 0
EX_DATAERR = 65  # some rows were rejected
EX_INTERRUPTED = 130
MAX_ERRORS_SHOWN = 50
_VALUE_WIDTH = 30


def _product_count(text: str) -> int:
    from pos_app.services.demo_data import MAX_DEMO_PRODUCTS

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_DEMO_PRODUCTS:
        raise argparse.ArgumentTypeError(f"must be 1 to {MAX_DEMO_PRODUCTS:,}")
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


class _Progress:
    """Progress on stderr: one line rewritten in place on a terminal, else a line per 10 %."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        self._tty = stream.isatty()
        self._last_step = -1
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        text = f"Importing {self._label}: {done:,} of {total:,} rows ({percent}%)"
        if self._tty:
            self._stream.write("\r" + text)
            self._stream.flush()
            self._shown = True
        elif percent // 10 != self._last_step:
            self._last_step = percent // 10
            self._stream.write(text + "\n")

    def finish(self) -> None:
        if self._tty and self._shown:
            self._stream.write("\n")
            self._stream.flush()


@contextmanager
def _cancel_on_interrupt() -> Iterator[threading.Event]:
    """First Ctrl-C asks the import to stop after its current batch; a second one aborts."""
    cancel = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield cancel  # signal handlers can only be set from the main thread
        return

    def on_sigint(_signum: int, _frame: FrameType | None) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print("\nStopping after the current batch (Ctrl-C again to abort)...", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


def _short(value: str) -> str:
    text = repr(value)
    return text if len(text) <= _VALUE_WIDTH else text[:_VALUE_WIDTH - 4] + "...'"


def print_import_report(report: ImportReport, out: TextIO) -> None:
    status = "stopped early" if report.cancelled else "done"
    print(f"Import of {report.path} {status}: {report.rows_read:,} rows read, "
          f"{report.inserted:,} new, {report.updated:,} updated, "
          f"{report.unchanged:,} unchanged, {report.skipped:,} rejected.", file=out)
    if report.ignored_columns:
        print(f"Ignored columns: {', '.join(report.ignored_columns)}", file=out)
    if report.cancelled:
        print("Rows after that point were not read; the rows above are saved.", file=out)
    if not report.errors:
        return
    print("\nRejected rows (line is the line number in the file):", file=out)
    rows = [(str(e.row_number), e.column, _short(e.value), e.message)
            for e in report.errors[:MAX_ERRORS_SHOWN]]
    widths = [max(len(r[i]) for r in [("line", "column", "value", ""), *rows])
              for i in range(3)]
    header = ("line", "column", "value", "problem")
    for cells in (header, *rows):
        print("  " + "  ".join(c.ljust(w) for c, w in zip(cells[:3], widths, strict=True))
              + "  " + cells[3], file=out)
    hidden = len(report.errors) - MAX_ERRORS_SHOWN
    if hidden > 0:
        print(f"  ... and {hidden:,} more problems ({len(report.errors):,} in all)", file=out)


def _configure_demo(p: argparse.ArgumentParser) -> None:
    from pos_app.services.demo_data import MAX_DEMO_PRODUCTS

    p.add_argument("--products", type=_product_count, default=2000, metavar="N",
                   help=f"how many products (1 to {MAX_DEMO_PRODUCTS:,}; default 2,000; "
                        "apparel products have several variants)")


@command("demo-data", "fill the local database with a demo store: catalog, tax classes, staff",
         _configure_demo)
def demo_data(args: argparse.Namespace) -> int:
    # A demo store may be started here; never over a store that was here (identity.py).
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
    from pos_app.services.demo_data import DEMO_STAFF, seed_demo

    from .context import open_context
    from .wiring import staff_service

    ctx = open_context(data_dir=args.data_dir, config_path=args.config, create=True)
    try:
        catalog = SqliteCatalogRepository(ctx.db, clock=ctx.clock)
        staff = staff_service(ctx)
        report = seed_demo(catalog, staff, n_products=args.products,
                           currency=ctx.settings.store.currency)
        total = catalog.count()
    finally:
        ctx.close()
    written = report.written
    print(f"Demo store in {ctx.settings.data_dir}: {report.products:,} products, "
          f"{report.variants:,} variants ({written.inserted:,} new, {written.updated:,} "
          f"updated, {written.unchanged:,} unchanged); {total:,} variants in the catalog.")
    print(f"Staff added: {report.staff_added}. Demo sign-in PINs:")
    for person in DEMO_STAFF:
        print(f"  {person.pin}  {person.name} ({person.role.value})")
    return EX_OK


def _configure_import(p: argparse.ArgumentParser) -> None:
    from pos_app.services.catalog import OPTIONAL_COLUMNS, REQUIRED_COLUMNS

    from .staff_auth import add_credential_args

    p.add_argument("file", type=Path, metavar="FILE.csv",
                   help=f"CSV with a header row; required columns: {', '.join(REQUIRED_COLUMNS)}; "
                        f"optional: {', '.join(OPTIONAL_COLUMNS)}")
    # Prices change for the whole store: a manager's PIN, or the owner credential.
    add_credential_args(p, staff_help="the manager who imports", staff_required=False)


@command("import-catalog", "add or update products from a CSV file (keyed by SKU)",
         _configure_import)
def import_catalog(args: argparse.Namespace) -> int:
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
    from pos_app.domain.permissions import REQUIRED, Action
    from pos_app.services.catalog import CatalogService

    from .context import open_context
    from .staff_auth import manager_or_owner
    from .wiring import staff_service

    ctx = open_context(data_dir=args.data_dir, config_path=args.config)
    progress = _Progress(sys.stderr, args.file.name)
    try:
        staff = staff_service(ctx)
        by = manager_or_owner(ctx, staff, args, "import-catalog",
                              need=REQUIRED[Action.IMPORT_CATALOG], refusal=PermissionDenied(
                                  "import-catalog changes prices for the whole store: name "
                                  "the manager with --staff NAME (and their PIN), or run as "
                                  "the owner with --as-owner"))
        service = CatalogService(SqliteCatalogRepository(ctx.db, clock=ctx.clock),
                                 ids=ctx.ids, currency=ctx.settings.store.currency)
        with _cancel_on_interrupt() as cancel:
            report = service.import_by(by, args.file, audit=staff.audit, progress=progress,
                                       should_cancel=cancel.is_set)
    finally:
        progress.finish()
        ctx.close()
    print_import_report(report, sys.stdout)
    if report.cancelled:
        return EX_INTERRUPTED
    return EX_OK if report.ok else EX_DATAERR


def _configure_search(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", nargs="+", help="words of the title, or the start of a SKU/barcode")
    p.add_argument("--limit", type=_positive, default=20, help="most results (default 20)")


@command("search", "find products by title words, SKU or barcode", _configure_search)
def search(args: argparse.Namespace) -> int:
    from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository, refuse_other_currency
    from pos_app.domain.money import Money
    from pos_app.services.catalog import CatalogService

    from .context import open_context

    text = " ".join(args.text)
    ctx = open_context(data_dir=args.data_dir, config_path=args.config, read_only=True)
    # Read-only opens skip the start-up currency check; search answers as the counter
    # would, so a config in another currency than the catalog's is refused here too.
    refuse_other_currency(ctx.db, ctx.settings.store.currency, on_refusal=ctx.close)
    try:
        service = CatalogService(SqliteCatalogRepository(ctx.db, clock=ctx.clock),
                                 ids=ctx.ids, currency=ctx.settings.store.currency)
        results = service.search(text, limit=args.limit)
    finally:
        ctx.close()
    if not results:
        print(f"No products match {text!r}.", file=sys.stderr)
        return EX_OK
    rows = [(v.sku, v.barcode or "-", Money(v.price_minor, v.currency).format(), v.title)
            for v in results]
    widths = [max(len(r[i]) for r in [("SKU", "BARCODE", "PRICE", ""), *rows])
              for i in range(3)]
    for sku, barcode, price, title in [("SKU", "BARCODE", "PRICE", "TITLE"), *rows]:
        print(f"{sku.ljust(widths[0])}  {barcode.ljust(widths[1])}  "
              f"{price.rjust(widths[2])}  {title}")
    return EX_OK
