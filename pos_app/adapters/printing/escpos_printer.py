"""Receipts, reports and the cash drawer on ESC/POS thermal printers (python-escpos 3.x).

A printer is named by one config string:

    usb:VID:PID               usb:04b8:0202 (hex ids, as lsusb shows them)
    serial:DEVICE[:BAUD]      serial:/dev/ttyS0, serial:COM3:19200 (default 9600)
    network:HOST[:PORT]       network:192.0.2.10, network:[fd00::5]:9100 (default 9100)
    file:PATH                 file:/dev/usb/lp0 (each job replaces what the file held)
    cups:QUEUE                cups:Kitchen: raw through CUPS (`lp -d Kitchen -o raw`)
    dummy                     keeps the bytes in memory (`output`): for tests

Each job is composed in full in memory first and then sent in one write, so a job
that cannot be composed sends nothing, and a printer that cannot be reached raises
`PrinterOffline` (an environment fault with a message a cashier can act on) before
any paper moves. Printing never touches the sale: it is durable before it prints.
A CUPS queue takes the job as `lp` queues it: a printer behind it that is switched off
prints it when it is back (`lpstat -p QUEUE`), so only a refused job is PrinterOffline.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import subprocess
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from escpos import printer as escpos_printers  # type: ignore[import-untyped]
from escpos.exceptions import DeviceNotFoundError  # type: ignore[import-untyped]
from escpos.exceptions import Error as EscposError

from pos_app.domain.errors import ConfigError, EnvironmentFault
from pos_app.services.receipts import PrintLine, Receipt, Style, columns, layout_receipt

log = logging.getLogger(__name__)

# Widest a Code 128 symbol may be, in dots: the printable width of 72 mm at 180 dpi.
_MAX_BARCODE_DOTS = 512
_DRAWER_PIN = 2
_DEFAULT_TIMEOUT_S = 5.0


class PrinterOffline(EnvironmentFault):
    """The receipt printer (or the drawer behind it) cannot be reached."""

    MESSAGE = "Printer offline: check paper and cable"

    def __init__(self, detail: str = "") -> None:
        super().__init__(self.MESSAGE)
        self.detail = detail  # for the log, not for the cashier


@dataclass(frozen=True, slots=True)
class PrinterConfig:
    kind: str  # usb | serial | network | file | cups | dummy
    target: str = ""  # device path, host, file path or CUPS queue
    port: int = 0  # TCP port or baud rate
    vendor_id: int = 0
    product_id: int = 0


_FORMS = ("usb:VID:PID, serial:/dev/ttyS0[:baud], network:host[:port], file:/path, "
          "cups:QUEUE or dummy")


def parse_printer_config(text: str) -> PrinterConfig:
    """Read a printer config string (see the module docstring); ConfigError if invalid."""
    raw = text.strip()
    kind, _, rest = raw.partition(":")
    kind = kind.lower()

    def bad(why: str) -> ConfigError:
        return ConfigError(f"Printer {raw!r}: {why}. Use {_FORMS}")

    if kind == "dummy" and not rest:
        return PrinterConfig("dummy")
    if kind == "file":
        if not rest:
            raise bad("the file path is missing")
        return PrinterConfig("file", rest)
    if kind == "cups":
        if not rest:
            raise bad("the CUPS queue's name is missing (`lpstat -v` lists them)")
        if rest.startswith("-") or any(ch.isspace() or not ch.isprintable() for ch in rest):
            raise bad("a CUPS queue's name has no spaces and does not start with '-'")
        return PrinterConfig("cups", rest)
    if kind == "network":
        host, port = _host_port(rest)
        if not host:
            raise bad("the host is missing")
        if port is None or not 0 < port < 65536:
            raise bad("the port must be a number from 1 to 65535")
        return PrinterConfig("network", host, port)
    if kind == "serial":
        device, _, baud = rest.rpartition(":")
        if not device or not baud.isdigit():
            device, baud = rest, "9600"
        if not device:
            raise bad("the serial device is missing")
        if int(baud) <= 0:
            raise bad("the baud rate must be a positive number")
        return PrinterConfig("serial", device, int(baud))
    if kind == "usb":
        ids = rest.split(":")
        if len(ids) != 2:
            raise bad("give the USB vendor and product id, e.g. usb:04b8:0202")
        try:
            vid, pid = (int(x.lower().removeprefix("0x"), 16) for x in ids)
        except ValueError as exc:
            raise bad("the USB ids must be hexadecimal") from exc
        if not (0 < vid <= 0xFFFF and 0 < pid <= 0xFFFF):
            raise bad("the USB ids must be 4 hex digits")
        return PrinterConfig("usb", vendor_id=vid, product_id=pid)
    raise bad("unknown kind of printer")


def _host_port(rest: str) -> tuple[str, int | None]:
    bracketed = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?", rest)
    if bracketed:  # an IPv6 address
        return bracketed.group(1), int(bracketed.group(2) or 9100)
    host, sep, port = rest.rpartition(":")
    if not sep:
        return rest, 9100
    return host, int(port) if port.isdigit() else None


@dataclass(frozen=True, slots=True)
class SamplePageWords:
    """The test page's words (the set-up passes them in the store's language)."""

    title: str = "Printer test page"
    printed_at: str = "Printed {when}"
    device: str = "Printer {device}"
    normal: str = "Normal text, {n} characters:"
    small: str = "Small text, {n} characters:"
    wide: str = "Wide, {n} characters:"
    ok: str = "Each ruler on one line and the paper cut: receipts will print."


def _ruler(n: int) -> str:
    """1234567890123... n characters: where a line wraps shows the printer's width."""
    return ("1234567890" * (n // 10 + 1))[:n]


class ReceiptPrinter:
    """One ESC/POS printer and the cash drawer wired to it. Safe to share across threads."""

    def __init__(self, config: str, *, width: int | None = None,
                 timeout: float = _DEFAULT_TIMEOUT_S, tz: tzinfo | None = None,
                 profile: str | None = None, closing: Sequence[str] | None = None) \
            -> None:
        self.config = parse_printer_config(config)
        self._profile = profile
        self._timeout = timeout
        self._tz = tz
        # None: the receipt's own closing line, in its language ("Thank you!").
        self._closing = tuple(closing) if closing is not None else None
        self._lock = threading.Lock()
        self._check_dependencies()
        try:
            composer = self._composer()
        except KeyError as exc:
            raise ConfigError(f"Unknown printer profile {profile!r} (python-escpos names "
                              "models such as 'TM-T88V')") from exc
        self._dummy: Any = composer if self.config.kind == "dummy" else None
        self.width = width or int(composer.profile.get_columns("a"))

    def _check_dependencies(self) -> None:
        needs = {"usb": (escpos_printers.Usb, "pyusb"),
                 "serial": (escpos_printers.Serial, "pyserial")}.get(self.config.kind)
        if needs is not None and not needs[0].is_usable():
            raise ConfigError(f"{self.config.kind.upper()} printers need the {needs[1]} "
                              "package installed")

    # ---- what the counter calls ------------------------------------------------------

    def print_receipt(self, receipt: Receipt, *, open_drawer: bool,
                      reprint: bool = False) -> None:
        """Print the receipt and cut; kick the drawer after it when `open_drawer`
        (cash was tendered or refunded). Raises PrinterOffline."""
        self._send(self.receipt_job(receipt, open_drawer=open_drawer, reprint=reprint))

    def reprint(self, receipt: Receipt) -> None:
        """The same receipt again, marked REPRINT; never opens the drawer."""
        self.print_receipt(receipt, open_drawer=False, reprint=True)

    def open_drawer(self) -> None:
        """Kick the cash drawer alone (the caller authorises and audits a no-sale open)."""
        self._send(self._job(lambda p: p.cashdraw(_DRAWER_PIN)))

    def print_text(self, text: str, *, cut: bool = True) -> None:
        """Print preformatted monospace text (X and Z reports), then cut."""
        def compose(p: Any) -> None:
            for line in text.splitlines():
                for part in _fit(_clean(line), self.width):
                    p.textln(part)
            if cut:
                p.cut()
        self._send(self._job(compose))

    def print_sample_page(self, store_name: str, printed_at: str,
                          words: SamplePageWords | None = None) -> None:
        """The set-up's test page (`sample_page_job`), sent. Raises PrinterOffline."""
        self._send(self.sample_page_job(store_name, printed_at, words))

    # ---- composing ---------------------------------------------------------------------

    def sample_page_job(self, store_name: str, printed_at: str,
                        words: SamplePageWords | None = None) -> bytes:
        """A test page: the store's name large, when it was printed, the printer, a ruler
        line as wide as each character width prints (normal, small font B, double
        width), then a cut. A line that wraps or is cut short shows a wrong width."""
        w = words or SamplePageWords()
        small = self.width * self._font_columns("b") // max(1, self._font_columns("a"))
        wide = self.width // 2

        def compose(p: Any) -> None:
            p.set(align="center", bold=True, double_width=True, double_height=True)
            for part in _fit(_clean(store_name) or "-", wide):
                p.textln(part)
            p.set(align="center", bold=True, normal_textsize=True)
            p.textln(_clean(w.title))
            p.set(align="left", bold=False, normal_textsize=True)
            # Babel writes "9:45 AM" with a narrow no-break space: a plain one prints.
            when = "".join(" " if unicodedata.category(ch) == "Zs" else ch
                           for ch in printed_at)
            p.textln(_clean(w.printed_at.format(when=when)))
            p.textln(_clean(w.device.format(device=self.describe())))
            p.textln("")
            p.textln(_clean(w.normal.format(n=self.width)))
            p.textln(_ruler(self.width))
            p.set(font="b")
            p.textln(_clean(w.small.format(n=small)))
            p.textln(_ruler(small))
            p.set(font="a")
            p.set(double_width=True)
            p.textln(_clean(w.wide.format(n=wide))[:wide])
            p.textln(_ruler(wide))
            p.set(normal_textsize=True)
            p.textln("")
            for part in _fit(_clean(w.ok), self.width):
                p.textln(part)
            p.cut()

        return self._job(compose)

    def _font_columns(self, font: str) -> int:
        try:
            return int(self._composer().profile.get_columns(font))
        except (KeyError, ValueError, TypeError):
            return 0

    def receipt_job(self, receipt: Receipt, *, open_drawer: bool, reprint: bool = False) \
            -> bytes:
        """The bytes of one receipt job, without sending them."""
        layout = layout_receipt(receipt, self.width, tz=self._tz, reprint=reprint,
                                closing=self._closing)

        def compose(p: Any) -> None:
            style = _StyleState(p)
            for line in layout.lines:
                style.apply(line)
                p.textln(line.text)
            style.reset()
            self._barcode(p, layout.barcode)
            for line in layout.closing:
                style.apply(line)
                p.textln(line.text)
            style.reset()
            p.cut()
            if open_drawer:
                p.cashdraw(_DRAWER_PIN)

        return self._job(compose)

    def _barcode(self, p: Any, payload: str) -> None:
        # Code 128, code set B: 11 modules per character, plus start, check and stop.
        modules = 11 * (len(payload) + 3) + 2
        module_dots = 3 if modules * 3 <= _MAX_BARCODE_DOTS else 2
        if modules * module_dots > _MAX_BARCODE_DOTS:
            log.warning("receipt barcode %s is too wide to print; printing its text", payload)
            p.set(align="center")
            p.textln(payload)
            p.set(align="left")
            return
        p.barcode("{B" + payload, "CODE128", height=64, width=module_dots, pos="BELOW",
                  font="A", align_ct=True, function_type="B")
        p.set(align="left")

    def _composer(self) -> Any:
        return escpos_printers.Dummy(profile=self._profile)

    def _job(self, compose: Callable[[Any], None]) -> bytes:
        p = self._composer()
        p.hw("INIT")  # ESC @: a known state whatever the last job left behind
        compose(p)
        return bytes(p.output)

    # ---- sending -----------------------------------------------------------------------

    @property
    def output(self) -> bytes:
        """Everything sent to the dummy printer so far (dummy backend only)."""
        if self._dummy is None:
            raise ValueError("only the dummy printer keeps its output")
        return bytes(self._dummy.output)

    def clear(self) -> None:
        if self._dummy is not None:
            self._dummy.clear()

    def _send(self, data: bytes) -> None:
        with self._lock:
            if self._dummy is not None:
                self._dummy._raw(data)
                return
            if self.config.kind == "cups":
                try:
                    send_lp(self.config.target, data, timeout=self._timeout)
                except PrinterOffline as exc:
                    log.warning("printer %s unreachable: %s", self.describe(), exc.detail)
                    raise
                return
            device = self._device()
            try:
                device.open()
                if self.config.kind == "serial":
                    # pyserial would otherwise wait forever on a printer holding DSR low.
                    device.device.write_timeout = self._timeout
                # `_raw` is the one write every python-escpos backend implements.
                device._raw(data)
            except (DeviceNotFoundError, EscposError, OSError, ValueError) as exc:
                # ValueError: pyusb found no USB backend (libusb) on this machine.
                detail = " ".join(str(exc).split())
                log.warning("printer %s unreachable: %s", self.describe(), detail)
                raise PrinterOffline(detail) from exc
            finally:
                _close_quietly(device)

    def _device(self) -> Any:
        c = self.config
        if c.kind == "network":
            return _Network(c.target, c.port, timeout=self._timeout, profile=self._profile)
        if c.kind == "file":
            return escpos_printers.File(c.target, profile=self._profile)
        if c.kind == "serial":
            return escpos_printers.Serial(c.target, baudrate=c.port, timeout=self._timeout,
                                          profile=self._profile)
        if c.kind == "usb":
            return escpos_printers.Usb(c.vendor_id, c.product_id,
                                       timeout=int(self._timeout * 1000),
                                       profile=self._profile)
        raise ConfigError(f"no device for printer kind {c.kind}")

    def describe(self) -> str:
        c = self.config
        if c.kind == "usb":
            return f"usb:{c.vendor_id:04x}:{c.product_id:04x}"
        if c.kind in ("network", "serial"):
            return f"{c.kind}:{c.target}:{c.port}"
        return f"{c.kind}:{c.target}" if c.target else c.kind


def send_lp(queue: str, data: bytes, *, timeout: float) -> None:
    """One job to a CUPS queue, raw: `lp -d QUEUE -o raw` with the bytes on its standard
    input (no shell; CUPS passes them to the printer unfiltered). PrinterOffline, its
    detail lp's own words, when lp is missing, fails or takes longer than `timeout`."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterOffline("the lp command is not installed (the CUPS client: "
                             "cups-client or cups-bsd)")
    try:
        done = subprocess.run([lp, "-d", queue, "-o", "raw"], input=data,
                              capture_output=True, timeout=timeout, check=False,
                              env={**os.environ, "LC_ALL": "C", "LANG": "C"})
    except subprocess.TimeoutExpired as exc:
        raise PrinterOffline(f"lp did not finish within {timeout:g} s") from exc
    except OSError as exc:
        raise PrinterOffline(f"lp could not be run: {exc}") from exc
    if done.returncode != 0:
        said = " ".join(done.stderr.decode("utf-8", errors="replace").split())
        raise PrinterOffline(said or f"lp exited with status {done.returncode}")


class _Network(escpos_printers.Network):  # type: ignore[misc]
    """python-escpos 3.1 leaves the socket open when connecting fails; this closes it.

    `socket.create_connection` also resolves host names and IPv6 addresses.
    """

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)


def _close_quietly(device: Any) -> None:
    try:
        device.close()
    except (EscposError, OSError, ValueError) as exc:
        log.warning("closing the printer connection failed: %s", exc)


def _clean(line: str) -> str:
    """A line of preformatted text without control characters; spacing kept."""
    line = line.expandtabs(8)
    return "".join(ch for ch in line if unicodedata.category(ch)[0] != "C")


def _fit(line: str, width: int) -> list[str]:
    """Preformatted text is already laid out: cut, never reflow, a line that is too wide."""
    parts = []
    while columns(line) > width:
        cut = used = 0
        while cut < len(line) and (used + columns(line[cut]) <= width or cut == 0):
            used += columns(line[cut])
            cut += 1
        parts.append(line[:cut])
        line = line[cut:]
    return [*parts, line]


class _StyleState:
    """Sends a style change only when a line needs a different one."""

    def __init__(self, p: Any) -> None:
        self._p = p
        self._style = Style.NORMAL
        self._center = False

    def apply(self, line: PrintLine) -> None:
        if line.style is not self._style:
            large = line.style is Style.LARGE
            self._p.set(bold=line.style is not Style.NORMAL, double_width=large,
                        double_height=large, normal_textsize=not large)
            self._style = line.style
        if line.center != self._center:
            self._p.set(align="center" if line.center else "left")
            self._center = line.center

    def reset(self) -> None:
        self.apply(PrintLine("", Style.NORMAL, False))

