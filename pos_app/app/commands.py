"""Subcommand registry: (name, help, configure(parser), handler(args) -> exit code)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

Configure = Callable[[argparse.ArgumentParser], None]
Handler = Callable[[argparse.Namespace], int]

REGISTRY: list[tuple[str, str, Configure, Handler]] = []


def command(name: str, help_text: str, configure: Configure | None = None) \
        -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        REGISTRY.append((name, help_text, configure or (lambda _p: None), fn))
        return fn
    return deco


def location_args(p: argparse.ArgumentParser) -> None:
    """--data-dir and --config on an action's own parser (`shift open --data-dir D`):
    accepted after the action as well as before it; SUPPRESS keeps a value given
    before the action from being reset by this parser's default."""
    p.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                   help="where the local database lives")
    p.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="TOML config file")


# Importing the modules registers their commands.
from . import (  # noqa: E402, F401
    backoffice,
    catalog_commands,
    central_commands,
    central_setup_commands,
    core_commands,
    flag_commands,
    journal_commands,
    log_commands,
    printer_commands,
    setup_steps,
    shift_commands,
    shopify_commands,
    staff_commands,
    tax_commands,
)
