"""CLI: `pos-app printer list|test|use`, the set-up wizard's printer step for scripted
installs (the same back end: setup_steps.FirstRunSetup). None of them opens the data
directory: they work beside a running counter and before a store exists."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from .commands import command, location_args

if TYPE_CHECKING:
    from .setup_steps import FirstRunSetup

EX_TEMPFAIL = 75  # the printer did not answer: check it, then try again


def _printer_args(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="printer_action", metavar="ACTION", required=True)
    ls = sub.add_parser("list", help="the printers this machine can reach, and the one "
                                     "in use",
                        description="USB line printers (/dev/usb/lp*), USB printers "
                                    "(usb:VID:PID), USB serial ports and CUPS queues "
                                    "(cups:QUEUE, raw through lp); a "
                                    "network printer is not searched for: give "
                                    "network:HOST[:PORT].")
    location_args(ls)
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    test = sub.add_parser("test", help="print a test page (nothing is saved)")
    location_args(test)
    test.add_argument("target", nargs="?", default=None,
                      help="usb:VID:PID, network:HOST[:PORT], serial:DEVICE[:BAUD], "
                           "file:PATH or cups:QUEUE (default: [printer] device)")
    use = sub.add_parser("use", help="print a test page, then write [printer] device")
    location_args(use)
    use.add_argument("target", help="usb:VID:PID, network:HOST[:PORT], "
                                    "serial:DEVICE[:BAUD], file:PATH or cups:QUEUE")
    use.add_argument("--no-test", action="store_true",
                     help="write it without printing (the printer is not here yet)")


@command("printer", "Find the receipt printer, print a test page, choose it "
                    "(`printer list|test|use`).", _printer_args)
def printer_cmd(args: argparse.Namespace) -> int:
    from pos_app.adapters.config import default_config_path, load_settings
    from pos_app.domain.errors import ConfigError

    from .setup_steps import FirstRunSetup, StepRefused

    settings = load_settings(data_dir=args.data_dir, config_path=args.config)
    setup = FirstRunSetup(data_dir=args.data_dir,
                          config_path=settings.config_path or default_config_path())
    if args.printer_action == "list":
        return _list(setup, as_json=args.json)
    target = args.target or (setup.configured_printer() if args.printer_action == "test"
                             else None)
    if not target:
        raise ConfigError("No printer given and none in [printer] device: name one, e.g. "
                          "`pos-app printer test network:192.0.2.10` (`pos-app printer "
                          "list` shows what this machine can reach)")
    try:
        if args.printer_action == "use" and args.no_test:
            lines = setup.keep_printer(target)
        else:
            lines = setup.test_print(target, keep=args.printer_action == "use")
    except StepRefused as exc:
        print(f"pos-app: {exc}", file=sys.stderr)
        return exc.exit_code
    print("\n".join(str(ln) for ln in lines))  # English
    return 0


def _list(setup: FirstRunSetup, *, as_json: bool) -> int:
    found = setup.find_printers()
    current = setup.configured_printer()
    if as_json:
        json.dump({"configured": current,
                   "found": [{"device": p.device, "label": p.label, "source": p.source,
                              "note": p.note} for p in found]},
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"In use           {current or 'none ([printer] device not set)'}")
    if not found:
        print("Found            none: give a network printer as network:HOST[:PORT], or "
              "check the USB cable and power")
    for p in found:
        mark = p.device or "(not usable)"
        print(f"  {mark:<28} {p.label}" + (f"\n  {'':<28} ! {p.note}" if p.note else ""))
    print("Then             pos-app printer use TARGET   (prints a test page, then keeps it)")
    return 0
