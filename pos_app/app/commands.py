"""Subcommand registry: (name, help, configure(parser), handler(args) -> exit code)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

Configure = Callable[[argparse.ArgumentParser], None]
Handler = Callable[[argparse.Namespace], int]

REGISTRY: list[tuple[str, str, Configure, Handler]] = []


def command(name: str, help_text: str, configure: Configure | None = None) \
        -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        REGISTRY.append((name, help_text, configure or (lambda _p: None), fn))
        return fn
    return deco


# Importing the modules registers their commands.
from . import (  # noqa: E402, F401
    backoffice,
    catalog_commands,
    central_commands,
    central_setup_commands,
    core_commands,
    journal_commands,
    log_commands,
    setup_steps,
    shift_commands,
    shopify_commands,
    staff_commands,
    tax_commands,
)
