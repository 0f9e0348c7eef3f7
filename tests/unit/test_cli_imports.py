"""`pos-app --help` stays quick: building the parser (every command's arguments) loads
no GUI, database, network, keyring, scheduler or locale library; each command imports
those inside its handler, when it runs."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "httpx", "keyring", "apscheduler",
         "babel", "psycopg", "escpos", "prometheus_client", "cryptography")


def _imported(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "pos_app", *args],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage: pos-app" in done.stdout
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    assert "argparse" in names  # the report was read
    return names


def _heavy(names: set[str]) -> list[str]:
    return sorted(n for n in names if n.split(".")[0] in HEAVY)


def test_help_imports_no_heavy_library() -> None:
    names = _imported("--help")
    assert _heavy(names) == []
    # Nor the adapters that wrap them: the database, the central store, the printers.
    assert sorted(n for n in names if n.startswith(("pos_app.adapters.sqlite",
                                                    "pos_app.adapters.central",
                                                    "pos_app.adapters.shopify",
                                                    "pos_app.adapters.printing",
                                                    "pos_app.ui", "pos_app.jobs"))) == []


def test_a_command_help_imports_no_heavy_library() -> None:
    assert _heavy(_imported("staff", "--help")) == []


def test_every_command_configures_its_arguments_without_heavy_imports() -> None:
    """`--help` configures no command; this builds all of them, as `pos-app X --help`
    does for X, and checks each command's arguments stay cheap too."""
    probe = ("import sys\nfrom pos_app.app.cli import build_parser\n"
             "parser = build_parser()\n"
             "print(len(parser._subparsers._group_actions[0].choices))\n")
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", probe],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) > 20
    names = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
             if line.startswith("import time:") and "|" in line}
    assert _heavy(names) == []
