"""Finding the receipt printers this machine can reach, in the forms `ReceiptPrinter`
takes (see escpos_printer.py): for the set-up wizard's printer step and `pos-app printer
list`.

Where printers are looked for:

- USB line printers the kernel drives (`/dev/usb/lp*`) -> `file:/dev/usb/lp0`, named
  from sysfs (maker, model, USB ids) when it says, and flagged when this user may not
  write to it;
- USB devices with a printer interface (`/sys/bus/usb/devices/*`, class 07) ->
  `usb:VID:PID` (python-escpos over libusb);
- USB serial adapters (`/dev/ttyUSB*`, `/dev/ttyACM*`) -> `serial:/dev/ttyUSB0`;
- CUPS queues (`lpstat -v`): a raw socket, serial or file queue -> its device; a queue
  on a printer CUPS holds on USB or a parallel port -> `cups:QUEUE` (raw through `lp`,
  as CUPS keeps the device to itself); any other queue (IPP, a network page printer) is
  listed as not usable for ESC/POS (`cups:QUEUE` can still be typed for one that sends
  to a receipt printer).

A network printer is typed by hand (`network:HOST[:PORT]`): nothing here scans a
network. Every source is injectable (`run` for commands, `root` for /dev and /sys), so
tests do not depend on the machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

Run = Callable[[Sequence[str]], str | None]


@dataclass(frozen=True, slots=True)
class FoundPrinter:
    """One printer found. `device` is what [printer] device takes; None when the
    printer cannot print receipts from here (`note` says why)."""

    device: str | None
    label: str  # what a person reads: where it is and what it is
    source: str  # "usb-lp" | "usb" | "serial" | "cups"
    note: str = ""  # a problem to fix first (permissions), or why it is not usable
    # The same in parts, for a screen to say in its language:
    where: str = ""  # the device path, the CUPS queue's name or the USB ids
    name: str = ""  # maker and model when the machine says
    problem: str = ""  # "" | "no_write" (permissions) | "page_printer" (CUPS, not raw)

    @property
    def usable(self) -> bool:
        return self.device is not None


def run_command(argv: Sequence[str], timeout: float = 3.0) -> str | None:
    """A command's standard output in the C locale; None when it is not installed, fails
    or takes too long (detection never stops the wizard)."""
    if shutil.which(argv[0]) is None:
        return None
    try:
        done = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout,
                              check=False, env={**os.environ, "LC_ALL": "C", "LANG": "C"})
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def detect_printers(*, run: Run = run_command, root: Path = Path("/"),
                    writable: Callable[[Path], bool] | None = None) -> list[FoundPrinter]:
    """Every printer found, usable ones first, each device once."""
    can_write = writable or (lambda p: os.access(p, os.W_OK))
    found: list[FoundPrinter] = []
    found += _line_printers(root, can_write)
    found += _usb_printers(root)
    found += _serial_ports(root)
    found += _cups_queues(run)
    seen: set[str] = set()
    unique: list[FoundPrinter] = []
    for p in found:
        key = p.device or p.label
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return sorted(unique, key=lambda p: not p.usable)


# ---- USB ------------------------------------------------------------------------------

def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _usb_name(device_dir: Path) -> tuple[str, str]:
    """("EPSON TM-T20II", "04b8:0e15") from a USB device's sysfs directory."""
    name = " ".join(x for x in (_read(device_dir / "manufacturer"),
                                _read(device_dir / "product")) if x)
    vid, pid = _read(device_dir / "idVendor"), _read(device_dir / "idProduct")
    return name, f"{vid}:{pid}" if vid and pid else ""


def _line_printers(root: Path, can_write: Callable[[Path], bool]) -> list[FoundPrinter]:
    out = []
    for dev in sorted((root / "dev" / "usb").glob("lp[0-9]*")):
        # /sys/class/usbmisc/lp0/device is the printer interface; its parent the device.
        iface = root / "sys" / "class" / "usbmisc" / dev.name / "device"
        name, ids = _usb_name(iface.resolve().parent) if iface.exists() else ("", "")
        path = "/" + dev.relative_to(root).as_posix()
        what = f"USB line printer {path}" + (f": {name}" if name else "") \
            + (f" ({ids})" if ids else "")
        note = "" if can_write(dev) else (
            f"this user may not write to {path}: add it to the device's group (often "
            f"'lp': sudo usermod -aG lp $USER, then log in again)")
        out.append(FoundPrinter(f"file:{path}", what, "usb-lp", note, where=path,
                                name=" ".join(x for x in (name, f"({ids})" if ids else "")
                                              if x),
                                problem="" if not note else "no_write"))
    return out


def _usb_printers(root: Path) -> list[FoundPrinter]:
    out = []
    base = root / "sys" / "bus" / "usb" / "devices"
    for device_dir in sorted(base.glob("*")):
        if ":" in device_dir.name or not (device_dir / "idVendor").exists():
            continue  # an interface, or a hub without ids
        interfaces = device_dir.glob(f"{device_dir.name}:*/bInterfaceClass")
        if not any(_read(c) == "07" for c in interfaces):
            continue
        name, ids = _usb_name(device_dir)
        vid, _, pid = ids.partition(":")
        if not (re.fullmatch(r"[0-9a-fA-F]{4}", vid) and re.fullmatch(r"[0-9a-fA-F]{4}", pid)):
            continue
        label = f"USB printer {name or 'unnamed'} ({ids}), through libusb"
        out.append(FoundPrinter(f"usb:{vid.lower()}:{pid.lower()}", label, "usb",
                                where=ids, name=name))
    return out


def _serial_ports(root: Path) -> list[FoundPrinter]:
    out = []
    for pattern in ("ttyUSB[0-9]*", "ttyACM[0-9]*"):
        for dev in sorted((root / "dev").glob(pattern)):
            path = "/" + dev.relative_to(root).as_posix()
            out.append(FoundPrinter(f"serial:{path}", f"Serial port {path} (9600 baud; "
                                                      f"add :BAUD for another speed)",
                                    "serial", where=path))
    return out


# ---- CUPS -----------------------------------------------------------------------------

_LPSTAT_LINE = re.compile(r"^device for (?P<queue>[^:]+):\s*(?P<uri>\S+)\s*$")


def _cups_queues(run: Run) -> list[FoundPrinter]:
    listing = run(["lpstat", "-v"])
    if not listing:
        return []
    out = []
    for line in listing.splitlines():
        m = _LPSTAT_LINE.match(line.strip())
        if m is None:
            continue
        queue, uri = m.group("queue").strip(), m.group("uri")
        device = cups_device(uri)
        label = f"CUPS queue {queue} ({_shown(uri)})"
        if device is None and _held_by_cups(uri):
            device, label = f"cups:{queue}", f"{label}, raw through lp"
        note = "" if device else ("CUPS prints to it as a page printer; give the "
                                  "printer's own form instead (usb:VID:PID, "
                                  "network:HOST, serial:DEVICE)")
        out.append(FoundPrinter(device, label, "cups", note, where=queue, name=_shown(uri),
                                problem="" if device else "page_printer"))
    return out


def _held_by_cups(uri: str) -> bool:
    """A printer on this machine that CUPS drives itself (its usb or parallel backend):
    only CUPS can reach it, so it is printed to through the queue, raw."""
    return urlsplit(uri).scheme.lower() in ("usb", "parallel")


def _shown(uri: str) -> str:
    """A device URI without credentials or query (serial numbers)."""
    parts = urlsplit(uri)
    host = parts.netloc.rpartition("@")[2]  # as written: a USB maker keeps its capitals
    return f"{parts.scheme}://{host}{unquote(parts.path)}" if parts.netloc \
        else f"{parts.scheme}:{unquote(parts.path)}"


def cups_device(uri: str) -> str | None:
    """The `ReceiptPrinter` form of a CUPS device URI, when it has one: socket:// (raw
    port 9100, JetDirect) -> network:, serial: -> serial:, file: -> file:."""
    parts = urlsplit(uri)
    scheme = parts.scheme.lower()
    if scheme == "socket" and parts.hostname:
        host = parts.hostname
        if ":" in host:
            host = f"[{host}]"
        return f"network:{host}:{parts.port or 9100}"
    if scheme == "serial" and parts.path:
        baud = re.search(r"(?:^|[?&])baud=(\d+)", parts.query)
        return f"serial:{unquote(parts.path)}" + (f":{baud.group(1)}" if baud else "")
    if scheme == "file" and parts.path:
        return f"file:{unquote(parts.path)}"
    return None
