"""The `pos-app` command: run the app, seed demo data, import a catalog, show status."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pos_app.domain.errors import (
    ConfigError,
    DatabaseBusy,
    EnvironmentFault,
    InputError,
    PermissionDenied,
    PosError,
    TerminalBusy,
)

log = logging.getLogger("pos_app")

Handler = Callable[[argparse.Namespace], int]

EX_IOERR = 74  # an unusable data directory, a damaged database, a full disk
EX_TEMPFAIL = 75  # the data directory is open in another window, or its database is busy
EX_NOPERM = 77  # a wrong PIN, or a role that may not do this


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", type=Path, default=None,
                   help="where the local database lives (env POS_APP_DATA_DIR; "
                        "default: the platform's user data dir)")
    p.add_argument("--config", type=Path, default=None,
                   help="TOML config file (env POS_APP_CONFIG)")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; given `argv`, only the command it names gets its arguments
    (the others are listed by name and help: `pos-app --help` configures none)."""
    from . import commands  # registers every subcommand

    parser = argparse.ArgumentParser(
        prog="pos-app", description="Offline-first point of sale for Shopify stores.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    chosen = None if argv is None else next((a for a in argv if not a.startswith("-")), "")
    for name, help_text, configure, handler in commands.REGISTRY:
        p = sub.add_parser(name, help=help_text, description=help_text)
        if chosen is None or chosen == name:
            _common(p)
            configure(p)
            p.set_defaults(handler=handler)
    return parser


def _long_running(args: argparse.Namespace) -> bool:
    """The counter, the back office and the commands that keep running write the log
    file (pos_app/adapters/log_setup.py); one-shot commands only print."""
    command = getattr(args, "command", None)
    if command in ("run", "backoffice", "sync"):
        return True
    return command == "reconcile" and not getattr(args, "once", False) \
        and not getattr(args, "status", False)


def _start_file_log(args: argparse.Namespace) -> None:
    """The rotating JSON log of a long-running command; a log directory that cannot be
    written is said on stderr and the command goes on (the till must still sell)."""
    from pos_app.adapters.config import load_settings
    from pos_app.adapters.log_setup import log_settings, setup_file_logging

    settings = load_settings(data_dir=args.data_dir, config_path=args.config)
    log_conf = log_settings(settings.sections.get("logging"))
    try:
        path = setup_file_logging(log_conf, terminal_id=settings.terminal_id,
                                  command=args.command)
    except OSError as exc:
        print(f"pos-app: no log file in {log_conf.dir}: {exc}", file=sys.stderr)
        return
    log.info("pos-app %s started; log file %s", args.command, path)


def main(argv: Sequence[str] | None = None) -> int:
    from pos_app.adapters.file_modes import restrict_umask
    from pos_app.adapters.redaction import install_log_redaction

    restrict_umask()  # every file and directory this process creates: owner only
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:  # what an installer or CI runs against a bundle
        argv = ["self-test"]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_redaction()  # no token, password, URL credential or card number logged
    handler: Handler = args.handler
    try:
        if _long_running(args):
            _start_file_log(args)
        return handler(args)
    except ConfigError as exc:
        print(f"pos-app: configuration error: {exc}", file=sys.stderr)
        return 78  # EX_CONFIG
    except (TerminalBusy, DatabaseBusy) as exc:  # try again in a moment
        print(f"pos-app: {exc}", file=sys.stderr)
        return EX_TEMPFAIL
    except EnvironmentFault as exc:
        print(f"pos-app: {exc}", file=sys.stderr)
        return EX_IOERR
    except PermissionDenied as exc:  # a wrong PIN, a role that may not, a lock
        print(f"pos-app: {exc}", file=sys.stderr)
        return EX_NOPERM
    except InputError as exc:
        print(f"pos-app: {exc}", file=sys.stderr)
        return 65  # EX_DATAERR
    except PosError as exc:
        print(f"pos-app: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pos-app: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
