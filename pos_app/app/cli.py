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


def build_parser() -> argparse.ArgumentParser:
    from . import commands  # registers every subcommand

    parser = argparse.ArgumentParser(
        prog="pos-app", description="Offline-first point of sale for Shopify stores.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, help_text, configure, handler in commands.REGISTRY:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p)
        configure(p)
        p.set_defaults(handler=handler)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from pos_app.adapters.file_modes import restrict_umask
    from pos_app.adapters.redaction import install_log_redaction

    restrict_umask()  # every file and directory this process creates: owner only
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:  # what an installer or CI runs against a bundle
        argv = ["self-test"]
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_redaction()  # no token, password, URL credential or card number logged
    handler: Handler = args.handler
    try:
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
