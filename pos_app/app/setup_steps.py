"""The first-run steps, shared by the set-up commands (`init`, `tax-class set`, `shopify
connect`, `central connect`) and the Qt set-up wizard (pos_app/ui/setup_wizard.py):
each step checks what a person gave, does it, and says what was done in lines of text;
every refusal is a PosError whose message names what to do (the CLI's own words).

`FirstRunSetup` is what the wizard calls, on its worker thread: one object per data
directory and config file, opening the store for each step and closing it after, so a
step that fails leaves nothing open.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pos_app.domain.clock import Clock, SystemClock
from pos_app.domain.errors import (
    ConfigError,
    InputError,
    Message,
    PermissionDenied,
    PosError,
    msg,
)
from pos_app.domain.errors import said as message_of

from .commands import command
from .said import Said

if TYPE_CHECKING:
    import argparse

    from pos_app.adapters.printing.detect import FoundPrinter
    from pos_app.adapters.shopify.connect import ShopLocation, ShopProbe
    from pos_app.services.inventory_reconciler import CatalogProgress


class StepRefused(PosError):
    """A set-up step refused with what to do; `exit_code` is what the CLI returns."""

    def __init__(self, message: str | Message, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class PullCancelled(PosError):
    """Esc during the first catalog pull: raised from its progress callback between two
    stored chunks (each its own transaction), so what was stored stays, whole."""


# ---- Shopify ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ShopCheck:
    base_url: str
    version: str
    probe: ShopProbe

    def message(self) -> Message:
        p = self.probe
        return msg("Shop             {name} ({domain}), sells in {currency}; API {version}",
                   name=p.name, domain=p.domain, currency=p.currency, version=self.version)

    def line(self) -> str:
        return str(self.message())


def check_shop(shop: str, token: str, *, api_version: str, timeout: float = 10.0) -> ShopCheck:
    """The shop's address normalised (any form a person pastes), the API version checked,
    and one test call with `token`: who the shop is, its scopes and locations."""
    from pos_app.adapters.shopify.client import ShopifyAdminClient
    from pos_app.adapters.shopify.connect import probe_shop
    from pos_app.adapters.transport import require_secure_http
    from pos_app.services.inventory_ports import ShopifyAuthError, ShopifyUnavailable
    from pos_app.services.shopify_settings import check_api_version, normalize_shop

    base_url = require_secure_http(normalize_shop(shop), what="The Shopify shop URL")
    version = check_api_version(api_version)
    if not token.strip():
        from pos_app.adapters.shopify.token import ENV_TOKEN

        raise InputError(f"A Shopify access token is needed (or {ENV_TOKEN}): the shop's "
                         f"admin, Settings → Apps → Develop apps → your app → API "
                         f"credentials")
    client = ShopifyAdminClient(base_url, version, token.strip, timeout=timeout,
                                max_throttle_wait=30.0)
    try:
        probe = probe_shop(client)
    except ShopifyAuthError as exc:
        raise StepRefused(str(exc), 77) from exc
    except ShopifyUnavailable as exc:
        raise StepRefused(f"{exc}; check the address ({base_url}) and the network, then "
                          f"try again", 75) from exc
    finally:
        client.close()
    return ShopCheck(base_url, version, probe)


def require_scopes_and_currency(check: ShopCheck, currency: str) -> None:
    from pos_app.adapters.shopify.connect import REQUIRED_SCOPES

    found = check.probe
    if found.missing_scopes:
        raise StepRefused(
            f"the token lacks the access scope(s) {', '.join(found.missing_scopes)}; in the "
            f"shop's admin give the app {', '.join(REQUIRED_SCOPES)}, reinstall it and "
            f"connect with its new token", 77)
    if found.currency != currency:
        raise ConfigError(f"The shop sells in {found.currency} but this store's [store] "
                          f"currency is {currency}; set [store] currency = "
                          f"\"{found.currency}\" (before the first sale) or connect the "
                          f"shop of this store")


def pick_location(check: ShopCheck, wanted: str | None) -> ShopLocation | None:
    """The location named (name or gid), the only one, or None when there is a choice."""
    names = "\n".join(f"  {loc.name}  ({loc.id})" for loc in check.probe.locations)
    if wanted:
        loc = check.probe.find_location(wanted)
        if loc is None:
            raise ConfigError(f"Shopify has no active location {wanted!r}; the shop's "
                              f"locations:\n{names}")
        return loc
    return check.probe.locations[0] if len(check.probe.locations) == 1 else None


def save_shop(check: ShopCheck, token: str | None, location: ShopLocation,
              config_path: Path | None) -> list[Message]:
    """The token in the keyring (None: it stays in POS_APP_SHOPIFY_TOKEN) and [shopify]
    in the config file; what was done as templates and values (str(): the English)."""
    from pos_app.adapters.config_writer import set_config_values
    from pos_app.adapters.shopify.token import KEYRING_SERVICE, keyring_username, store_token

    lines = [msg("Location         {name} ({id})", name=location.name, id=location.id)]
    if token is None:
        lines.append(msg("Token            from POS_APP_SHOPIFY_TOKEN (kept there, not "
                         "stored)"))
    else:
        try:
            store_token(check.base_url, token)
        except LookupError as exc:
            raise ConfigError(str(exc)) from exc
        lines.append(msg("Token            stored in the keyring (service {service}, "
                         "user {user})", service=repr(KEYRING_SERVICE),
                         user=repr(keyring_username(check.base_url))))
    if config_path is None:
        raise ConfigError("No config file to write [shopify] to: pass --config FILE")
    base = check.base_url
    set_config_values(config_path, "shopify", {
        "shop": base.removeprefix("https://") if base.endswith(".myshopify.com") else base,
        "location": location.name, "api_version": check.version})
    lines.append(msg("Config           [shopify] written to {path}", path=str(config_path)))
    return lines


def require_tax_classes(current: Any, known: set[str], *, wizard: bool = False) -> None:
    """The tax classes Shopify's products are sold in ([shopify] taxable_tax_class and
    exempt_tax_class) must exist before the first pull, or it stops on the first
    product: refused before anything is stored, with how to make them."""
    missing = [c for c in (current.taxable_tax_class, current.exempt_tax_class)
               if c not in known]
    if not missing:
        return
    how = " and ".join(f"`pos-app tax-class set {c}" + (" --rate sales:8.25:Sales tax"
                                                         if c == current.taxable_tax_class
                                                         else "") + " --as-owner`"
                       for c in missing)
    raise StepRefused(
        f"Shopify's products are sold in the tax classes "
        f"{' and '.join(repr(c) for c in missing)} ([shopify] taxable_tax_class, "
        f"exempt_tax_class), which this store does not have yet: "
        + ("go back to Taxes (PgUp), or run " if wizard else "create them first with ")
        + how + " (or connect with --no-pull and create them before the first reconcile)"
        * (not wizard), 78)


# ---- The wizard's steps -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class StoreAnswers:
    store_id: str
    store_name: str
    terminal_id: str
    currency: str
    locale: str
    timezone: str


@dataclass(frozen=True, slots=True)
class TaxAnswers:
    prices_include_tax: bool
    tax_rounding: str  # "per_line" | "per_total"
    cash_rounding: int  # minor units, 1 = none
    classes: tuple[tuple[str, str, tuple[str, ...]], ...]  # (code, name, rates)


_LOCK = threading.Lock()  # one step at a time writes the config file


class FirstRunSetup:
    """The wizard's back end: each method is one step, run on the wizard's worker.
    `clock` dates the printer's test page; `detect` finds printers (the machine's
    printers by default: adapters/printing/detect.py)."""

    def __init__(self, *, data_dir: Path | None, config_path: Path,
                 clock: Clock | None = None,
                 detect: Callable[[], list[FoundPrinter]] | None = None) -> None:
        self.data_dir = data_dir
        self.config_path = config_path
        self.clock: Clock = clock or SystemClock()
        self._detect = detect

    # -- reading

    def settings(self) -> Any:
        import os

        from pos_app.adapters.config import ENV_CONFIG, default_config_path, load_settings

        if not self.config_path.exists() and self.config_path == default_config_path():
            # Nothing written yet to the default file: the defaults (a file named on the
            # command line that is missing is still refused, as a typo).
            env = {k: v for k, v in os.environ.items() if k != ENV_CONFIG}
            return load_settings(data_dir=self.data_dir, env=env)
        return load_settings(data_dir=self.data_dir, config_path=self.config_path)

    def has_store(self) -> bool:
        from pos_app.adapters.sqlite.db import DB_FILENAME
        from pos_app.adapters.sqlite.identity import read_sidecar

        path = self.settings().data_dir
        return (path / DB_FILENAME).exists() or (path.is_dir()
                                                  and read_sidecar(path) is not None)

    def where(self) -> str:
        """The data directory the store goes into, shown before it is started."""
        return str(self.settings().data_dir)

    def defaults(self) -> StoreAnswers:
        from pos_app.adapters.central.settings import central_settings

        s = self.settings()
        store_id = central_settings(s.sections.get("central", {})).store_id
        return StoreAnswers(store_id, s.store.name, s.terminal_id, s.store.currency,
                            s.store.locale, s.store.timezone)

    @contextlib.contextmanager
    def _store(self) -> Iterator[Any]:
        from .context import open_context

        ctx = open_context(data_dir=self.data_dir, config_path=self.config_path)
        try:
            yield ctx
        finally:
            ctx.close()

    def _write(self, section: str, values: dict[str, str | int | bool]) -> None:
        """Write values to the config, and put the file back when they are refused."""
        from pos_app.adapters.config_writer import set_config_values

        with _LOCK:
            before = self.config_path.read_text(encoding="utf-8") \
                if self.config_path.exists() else None
            set_config_values(self.config_path, section, values)
            try:
                self.settings()
            except ConfigError:
                if before is None:
                    self.config_path.unlink(missing_ok=True)
                else:
                    self.config_path.write_text(before, encoding="utf-8")
                raise

    # -- steps

    def create_store(self, a: StoreAnswers) -> list[Message]:
        from .context import init_context

        for needed, value in ((msg("The store id is required"), a.store_id),
                              (msg("The store name is required"), a.store_name),
                              (msg("The terminal id is required"), a.terminal_id)):
            if not value.strip():
                raise InputError(needed)
        self._write("store", {"name": a.store_name.strip(), "currency": a.currency.strip()
                              .upper(), "locale": a.locale.strip(),
                              "timezone": a.timezone.strip()})
        self._write("terminal", {"id": a.terminal_id.strip()})
        ctx = init_context(data_dir=self.data_dir, config_path=self.config_path,
                           store_id=a.store_id.strip(), store_name=a.store_name.strip())
        try:
            ident = ctx.identity
            assert ident is not None
            # Templates and values: the wizard says them in its language (str(): English).
            # What a store owner needs: the store, the till, the first receipt's number;
            # the database id and the data directory are `pos-app init`'s and `status`'s.
            return [msg("Started store {store} ({name}), terminal {terminal}",
                        store=ident.store_id, name=ident.store_name,
                        terminal=ident.terminal_id),
                    msg("Receipts start at #1.")]
        finally:
            ctx.close()

    def set_taxes(self, a: TaxAnswers) -> list[Message]:
        from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
        from pos_app.services.catalog import CatalogService

        from .staff_auth import owner_actor
        from .tax_commands import _percent
        from .wiring import staff_service

        if a.cash_rounding < 1:
            raise InputError(msg("Cash rounding must be 1 (none) or more minor units, "
                                 "e.g. 5"))
        self._write("store", {"prices_include_tax": a.prices_include_tax,
                              "tax_rounding": a.tax_rounding,
                              "cash_rounding": a.cash_rounding})
        rounded = msg("per total") if a.tax_rounding == "per_total" else \
            msg("per line") if a.tax_rounding == "per_line" else a.tax_rounding
        lines = [msg("Prices include tax; tax rounded {rounding}; cash rounding {cash}",
                     rounding=rounded, cash=a.cash_rounding) if a.prices_include_tax
                 else msg("Prices exclude tax; tax rounded {rounding}; cash rounding {cash}",
                          rounding=rounded, cash=a.cash_rounding)]
        with self._store() as ctx:
            staff = staff_service(ctx)
            by = owner_actor(ctx, staff, "setup tax-class")
            repo = SqliteCatalogRepository(ctx.db, clock=ctx.clock)
            service = CatalogService(repo, ids=ctx.ids, currency=ctx.settings.store.currency)
            for code, name, rates in a.classes:
                tc = service.define_tax_class_by(by, code, name, list(rates),
                                                 audit=staff.audit)
                each = tuple(msg("{name} {percent}%", name=r.name,
                                 percent=_percent_value(_percent(r.rate)))
                             for r in tc.rates) or msg("{percent}%", percent=0)
                lines.append(msg("Tax class {code} ({name}): {rates}", code=tc.code,
                                 name=tc.name, rates=each))
        return lines

    def create_owner(self, name: str, pin: str, again: str) -> list[str]:
        from pos_app.services.staff import check_pin_format

        from .staff_commands import init_owner

        name = " ".join(name.split())
        if not name:
            raise InputError(msg("The owner's name is required"))
        if pin != again:
            raise InputError(msg("The two PINs differ: type the same PIN twice"))
        check_pin_format(pin)
        with self._store() as ctx, _quiet() as said:
            init_owner(ctx, (name, pin))
        return said.getvalue().splitlines()

    def check_shop(self, shop: str, token: str) -> ShopCheck:
        from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository

        from .wiring import shopify_settings

        s = self.settings()
        with self._store() as ctx:
            current = shopify_settings(ctx)
            known = SqliteCatalogRepository(ctx.db, clock=ctx.clock).tax_classes()
        check = check_shop(shop, token, api_version=current.api_version,
                           timeout=current.request_timeout_seconds)
        require_scopes_and_currency(check, s.store.currency)
        require_tax_classes(current, set(known), wizard=True)
        return check

    def connect_shop(self, check: ShopCheck, token: str, location: ShopLocation,
                     cancelled: Callable[[], bool] = lambda: False,
                     progress: CatalogProgress | None = None) -> list[str | Message]:
        """Store the token and [shopify], then the first catalog pull (one pass; a pass
        is all or nothing per batch, so a cancel between steps leaves a usable store).
        `progress(read, total[, records])` follows the pull (called on this thread;
        `records`: Shopify's count so far while it prepares a bulk read)."""
        lines: list[str | Message] = [check.message(), *save_shop(
            check, token, location, self.config_path)]
        if cancelled():
            return [*lines, msg("Catalog          not pulled (cancelled): the next "
                                "reconcile pulls it")]
        from .shopify_commands import reconcile

        last: list[tuple[int, int | None]] = [(0, None)]

        def moved(done: int, total: int | None, records: int | None = None) -> None:
            last[0] = (done, total)
            if progress is not None:
                progress(done, total, records)
            if cancelled():  # between two chunks or polls: a chunk is stored whole or not
                raise PullCancelled("cancelled")

        with _quiet() as said:
            try:
                code = _run_cli(reconcile, data_dir=self.data_dir, config=self.config_path,
                                status=False, once=True, json=False, shop=None,
                                location=None, progress=moved)
            except PullCancelled:
                done, total = last[0]
                return [*lines, msg("Catalog          cancelled at {done} products: the "
                                    "next reconcile pulls the rest", done=done)
                        if total is None else
                        msg("Catalog          cancelled at {done} of {total} products: the "
                            "next reconcile pulls the rest", done=done, total=total)]
        lines += [_with_outcome_word(item) for item in said.items()]
        if code not in (0, 3):
            raise StepRefused("\n".join(str(ln) for ln in [
                *lines, "The first catalog pull did not finish: `pos-app reconcile "
                        "--once` retries it"]), code)
        return lines

    def connect_central(self, url: str, store_id: str, admin_url: str,
                        admin_password: str) -> list[str | Message]:
        """`pos-app central connect` (with the schema created or upgraded first when an
        admin URL is given), then the first sync."""
        from .central_setup_commands import central

        if not url.strip() or not store_id.strip():
            raise InputError(msg("The central database's URL (postgresql+psycopg://ROLE@"
                                 "HOST/DB) and the store id are both required; or skip "
                                 "this step to keep the embedded database"))
        password = admin_password or None
        with _quiet() as said:
            if admin_url.strip():
                code = _run_cli(central, central_action="init", admin_url=admin_url.strip(),
                                admin_password=password, from_wizard=True)
                if code != 0:
                    raise StepRefused(_refusal(said) or msg("central init failed"), code)
            code = _run_cli(central, central_action="connect", data_dir=self.data_dir,
                            config=self.config_path, url=url.strip(),
                            store_id=store_id.strip(), admin_url=admin_url.strip() or None,
                            admin_password=password, from_wizard=True,
                            password_stdin=False)
        if code != 0:
            raise StepRefused(_refusal(said) or msg("central connect failed"), code)
        return _for_a_person(said.items())

    def overview(self) -> dict[str, str | None]:
        """What this till is set up with, part by part (None: not set up), for the back
        office's Settings section."""
        from pos_app.adapters.central.settings import central_settings
        from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
        from pos_app.adapters.sqlite.staff_repo import SqliteStaffRepository
        from pos_app.domain.permissions import Role

        from .context import open_context
        from .tax_commands import _percent

        s = self.settings()
        out: dict[str, str | None] = dict.fromkeys(
            ("store", "taxes", "owner", "shopify", "central", "printer"))
        if self.has_store():
            out["store"] = " · ".join((s.store.name, s.terminal_id, s.store.currency,
                                       s.store.locale, s.store.timezone))
            ctx = open_context(data_dir=self.data_dir, config_path=self.config_path,
                               read_only=True)
            try:
                classes = SqliteCatalogRepository(ctx.db, clock=ctx.clock).tax_classes()
                owners = [p.name for p in SqliteStaffRepository(ctx.db).list_staff()
                          if p.role is Role.OWNER]
            finally:
                ctx.close()
            out["owner"] = ", ".join(owners) or None
            out["taxes"] = " · ".join(
                f"{tc.code}: " + (", ".join(f"{r.name} {_percent(r.rate)}%"
                                            for r in tc.rates) or "0%")
                for tc in classes.values()) or None
        shop = s.sections.get("shopify", {})
        if shop.get("shop"):
            out["shopify"] = " · ".join(str(x) for x in (shop.get("shop"),
                                                         shop.get("location")) if x)
        central = central_settings(s.sections.get("central", {}))
        if getattr(central, "url", None):
            out["central"] = " · ".join(str(x) for x in (central.url, central.store_id)
                                        if x)
        out["printer"] = self.configured_printer()
        return out

    # -- the printer

    def find_printers(self) -> list[FoundPrinter]:
        """The printers this machine can reach (usable first), and the configured one."""
        if self._detect is not None:
            return self._detect()
        from pos_app.adapters.printing.detect import detect_printers

        return detect_printers()

    def configured_printer(self) -> str | None:
        device = self.settings().sections.get("printer", {}).get("device")
        return device if isinstance(device, str) else None

    def test_print(self, device: str, words: Any = None, *,
                   keep: bool = True) -> list[Message]:
        """A test page on `device` (the store's name, the date and time by the injected
        clock, a ruler per character width, a cut); then, with `keep`, [printer]
        device written to the config. PrinterNotReached names what to check."""
        device = device.strip()
        if not device:
            raise InputError(msg("Choose or type the printer's form (e.g. usb:04b8:0202, "
                                 "network:192.0.2.10:9100)"))
        printer = printer_for(device)
        s = self.settings()
        when = s.store.locale_format().date_time(self.clock.now())
        send_sample_page(printer, s.store.name, when, words)
        lines = [msg("Printer {printer}: test page sent ({when})",
                     printer=printer.describe(), when=when)]
        return [*lines, *self.keep_printer(device)] if keep else lines

    def keep_printer(self, device: str) -> list[Message]:
        """[printer] device written to the config (a form ReceiptPrinter refuses is not)."""
        device = device.strip()
        printer_for(device)
        self._write("printer", {"device": device})
        return [msg("Config: [printer] device = {device} written to {path}",
                    device=repr(device), path=str(self.config_path))]


def _percent_value(text: str) -> Decimal | str:
    """A rate's percent as a number the screen writes as its locale does (8,25 in
    Spanish); as text when it has more decimals than a number is shown with (3)."""
    value = Decimal(text)
    exponent = value.as_tuple().exponent
    return value if isinstance(exponent, int) and exponent >= -3 else text


class PrinterNotReached(StepRefused):
    """The test page did not reach the printer: `kind` (network, file, usb, serial, cups),
    `target` (host:port, path, ids, port, queue) and the system's `detail` say what to
    check."""

    def __init__(self, kind: str, target: str, detail: str) -> None:
        self.kind, self.target, self.detail = kind, target, detail or "no answer"
        super().__init__(_not_reached_text(kind, target, self.detail), 75)


def _not_reached_text(kind: str, target: str, detail: str) -> str:
    if kind == "network":
        return (f"The printer at {target} did not answer ({detail}): check that it is "
                f"switched on and its address (its network status sheet: hold FEED while "
                f"switching it on), and that this till is on the same network")
    if kind == "file":
        return (f"Cannot write to {target} ({detail}): check that the printer is switched "
                f"on and its cable is in, and that this user may write to {target} (the "
                f"device's group, often 'lp')")
    if kind == "usb":
        return (f"The USB printer {target} was not reached ({detail}): check the cable "
                f"and power, its ids with lsusb, and that this user may use the device (a "
                f"udev rule)")
    if kind == "cups":
        return (f"The CUPS queue {target} did not take the test page ({detail}): check that "
                f"the queue exists and accepts jobs (`lpstat -p {target}`) and that the "
                f"CUPS client (lp) is installed")
    return (f"The serial port {target} could not be used ({detail}): check the cable, the "
            f"port's name and the baud rate")


def printer_for(device: str) -> Any:
    from pos_app.adapters.printing.escpos_printer import ReceiptPrinter

    return ReceiptPrinter(device)  # a bad form is refused here (ConfigError), by name


def send_sample_page(printer: Any, store_name: str, when: str, words: Any = None) -> None:
    """The test page to `printer`; PrinterNotReached when it cannot be sent."""
    from pos_app.adapters.printing.escpos_printer import PrinterOffline, SamplePageWords

    if isinstance(words, dict):  # the screen's words, in its language
        words = SamplePageWords(**words)
    try:
        printer.print_sample_page(store_name, when, words)
    except PrinterOffline as exc:
        c = printer.config
        target = {"network": f"{c.target}:{c.port}", "usb": printer.describe()
                  .removeprefix("usb:")}.get(c.kind, c.target)
        raise PrinterNotReached(c.kind, target, exc.detail) from exc


@contextlib.contextmanager
def _quiet() -> Iterator[Said]:
    said = Said()
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        yield said


def _refusal(said: Said) -> Message | None:
    """What a command said before it refused, as one message of its lines in order (each
    a template said in the wizard's language, or a printed line as it is, without the
    command line's "pos-app: "); None when it said nothing."""
    items = [_first_lines(item) if isinstance(item, Message)
             else item.removeprefix("pos-app: ") for item in said.items()]
    if not items:
        return None
    if len(items) == 1 and isinstance(items[0], Message):
        return items[0]
    return Message("\n".join(f"{{line{i}}}" for i in range(len(items))),
                   {f"line{i}": item for i, item in enumerate(items)})


def _outcome_word(value: str) -> Message | str:
    """A pass's outcome (PassOutcome's value, as `reconcile` and --json write it) as a
    word the wizard says in its language; an outcome not listed as it is."""
    words = {"ok": msg("ok"), "offline": msg("offline"), "paused": msg("paused"),
             "auth_failed": msg("auth_failed"), "busy": msg("busy"), "error": msg("error")}
    return words.get(value, value)


def _with_outcome_word(item: str | Message) -> str | Message:
    """The pull's "Outcome ..." line with its outcome a word to translate (str(): the
    same English)."""
    if isinstance(item, Message) and item.template.startswith("Outcome  ") \
            and isinstance(item.values.get("outcome"), str):
        return Message(item.template, {**item.values,
                                       "outcome": _outcome_word(str(item.values["outcome"]))})
    return item


def _first_lines(message: Message) -> Message:
    """`message` with each text value its first line: a driver's error (psycopg's
    "connection failed: ... Connection refused" then a tab and a hint) said on one line."""
    return Message(message.template, {
        k: v.strip().splitlines()[0] if isinstance(v, str) and "\n" in v.strip() else v
        for k, v in message.values.items()})


def _topic_said(part: object) -> object:
    """A sync's "{topic} {count}" with the topic (the outbox's name for it) a word the
    wizard says in its language; a topic not listed as it is."""
    if not isinstance(part, Message) or not isinstance(part.values.get("topic"), str):
        return part
    words = {"staff": msg("staff"), "commission_record": msg("commission records"),
             "shift": msg("shifts"), "alert": msg("alerts")}
    topic = str(part.values["topic"])
    return Message(part.template, {**part.values, "topic": words.get(topic, topic)})


def _for_a_person(items: Sequence[str | Message]) -> list[str | Message]:
    """The central step's lines as the wizard shows them: what a store owner needs (the
    schema made, this till's role for its store, the first sync's figures), not the
    command line's next commands, the keyring's service names or the config file's
    path (the English of each line is the template it was said with)."""
    out: list[str | Message] = []
    for item in items:
        template = item.template if isinstance(item, Message) else ""
        if template.startswith(("Next: ", "Config           [central]")):
            continue
        if isinstance(item, Message) and template.startswith("Central schema "):
            out.append(msg("Central schema   {what}", what=item.values["what"]))
        elif isinstance(item, Message) and template.startswith("Pushed ") \
                and isinstance(topics := item.values.get("topics"), tuple):
            out.append(Message(template, {**item.values, "topics": tuple(
                _topic_said(t) for t in topics)}))
        elif template.startswith("Password         in the keyring"):
            out.append(msg("Password         kept in this computer's keyring"))
        elif template.startswith("Settlement       by the store's settlement role"):
            out.append(msg("Settlement       by the store's settlement role"))
        else:
            out.append(item)
    return out


def _run_cli(handler: Callable[..., int], **values: Any) -> int:
    """A CLI handler with the arguments it reads; PosErrors become StepRefused with
    the CLI's message (the exit code it would have given)."""
    import argparse

    try:
        return int(handler(argparse.Namespace(**values)))
    except ConfigError as exc:
        raise StepRefused(message_of(exc), 78) from exc
    except PermissionDenied as exc:  # its template kept: the wizard translates it
        raise StepRefused(message_of(exc), 77) from exc
    except InputError as exc:
        raise StepRefused(message_of(exc), 65) from exc


def first_run(*, data_dir: Path | None, config_path: Path | None, demo: bool,
              always: bool = False, language: str | None = None) -> bool:
    """`pos-app run` on a data directory with no store (never in the demo): the set-up
    wizard first. True when the counter may start (a store exists), False when the
    wizard was closed before the store was made. `always`: open it on a store too
    (`pos-app setup`), from the step after the store. A directory named on the command
    line (`run --data-dir DIR`) that holds no store is left to be refused as before: a
    mistyped path must never start a store (`pos-app setup --data-dir DIR` sets one up
    there on purpose)."""
    if data_dir is not None and not always:
        return True
    from pos_app.adapters.config import default_config_path, load_settings

    settings = load_settings(data_dir=data_dir, config_path=config_path,
                             demo=True if demo else None)
    if settings.demo:  # the demo skips it all
        return True
    setup = FirstRunSetup(data_dir=data_dir,
                          config_path=settings.config_path or default_config_path())
    if setup.has_store() and not always:
        return True
    from PySide6.QtWidgets import QApplication

    from pos_app.ui.i18n import install_language, set_format
    from pos_app.ui.setup_wizard import SetupWizard

    app = QApplication.instance() or QApplication([])
    set_format(settings.store.locale_format())
    install_language(language or settings.store.ui_language, app)
    wizard = SetupWizard(setup)
    wizard.showMaximized()
    wizard.exec()
    return setup.has_store()


@command("setup", "Open the set-up wizard: the store, taxes, owner, Shopify, the central "
                  "database and the printer (each step can be skipped and done later).")
def setup_cmd(args: argparse.Namespace) -> int:
    made = first_run(data_dir=args.data_dir, config_path=args.config, demo=False,
                     always=True)
    if not made:
        print("No store was started: run `pos-app setup` again, or `pos-app init`.")
    return 0
