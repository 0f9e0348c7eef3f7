"""The terminal's log file: one JSON object a line, rotated by size, secrets redacted.

Written by the counter (`pos-app run`), the back office and the long-running commands
(`reconcile` without --once, `sync`); the CLI keeps printing human text on stderr. The
`[logging]` table of the config file:

    [logging]
    dir = "/var/log/pos_app"  # default: the platform's user log dir (env POS_APP_LOG_DIR)
    max_mb = 10               # rotate when the file reaches this size (MB)
    backups = 10              # rotated files kept: pos_app.log.1 ... pos_app.log.10
    level = "INFO"            # DEBUG, INFO, WARNING or ERROR

Every line carries `time` (UTC, ISO 8601), `level`, `logger` and `message`, then the
context known where it was written: `terminal_id` and `command` for the whole process,
and `sale_id`, `job`, `channel`... from `log_context(...)` or a record's `extra`. An
exception adds `exception` with the whole traceback. Each text goes through
`redaction.redact` (registered secrets, URL credentials, card numbers) before it is
encoded, so nothing a formatter or a traceback carries reaches the file unmasked.
"""

from __future__ import annotations

import contextlib
import json
import logging
import logging.handlers
import os
import sys
import threading
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from pos_app.domain.errors import ConfigError

from .redaction import RedactingFormatter, redact

APP_NAME = "pos_app"
ENV_LOG_DIR = "POS_APP_LOG_DIR"
LOG_FILE = "pos_app.log"
DEFAULT_MAX_MB = 10
DEFAULT_BACKUPS = 10
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# Record attributes (set with `extra=` or log_context) written as their own JSON keys.
CONTEXT_KEYS = ("terminal_id", "store_id", "command", "sale_id", "receipt", "staff_id",
                "job", "channel", "shift_id")

# Libraries that log every job run, request or migration step at INFO: in the file only
# from WARNING up unless the level is DEBUG (a week of a till fits the rotation).
CHATTY = ("apscheduler", "httpx", "httpcore", "alembic", "urllib3")

_context: ContextVar[Mapping[str, str] | None] = ContextVar("pos_app_log_context", default=None)
_process_context: dict[str, str] = {}  # every thread's: the terminal, the command
_quietened: list[logging.Logger] = []  # the CHATTY loggers set to WARNING, for close


@dataclass(frozen=True, slots=True)
class LogSettings:
    dir: Path
    max_bytes: int = DEFAULT_MAX_MB * 1024 * 1024
    backups: int = DEFAULT_BACKUPS
    level: str = "INFO"

    @property
    def path(self) -> Path:
        return self.dir / LOG_FILE


def default_log_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get(ENV_LOG_DIR):
        return Path(env[ENV_LOG_DIR]).expanduser()
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_settings(table: Mapping[str, Any] | None,
                 env: Mapping[str, str] | None = None) -> LogSettings:
    """The `[logging]` table read and checked (absent: every default)."""
    raw = dict(table or {})
    unknown = set(raw) - {"dir", "max_mb", "backups", "level"}
    if unknown:
        raise ConfigError(f"[logging] has unknown keys: {', '.join(sorted(unknown))}")
    directory = raw.get("dir")
    if directory is not None and (not isinstance(directory, str) or not directory.strip()):
        raise ConfigError("[logging] dir must be a directory path")
    max_mb = raw.get("max_mb", DEFAULT_MAX_MB)
    if isinstance(max_mb, bool) or not isinstance(max_mb, int | float) \
            or not 0 < max_mb <= 10_000:
        raise ConfigError("[logging] max_mb must be a number of megabytes, 0 < max_mb <= 10000")
    backups = raw.get("backups", DEFAULT_BACKUPS)
    if isinstance(backups, bool) or not isinstance(backups, int) or not 1 <= backups <= 1000:
        raise ConfigError("[logging] backups must be a whole number from 1 to 1000")
    level = str(raw.get("level", "INFO")).upper()
    if level not in LEVELS:
        raise ConfigError(f"[logging] level must be one of {', '.join(LEVELS)}")
    return LogSettings(
        dir=Path(directory).expanduser() if directory else default_log_dir(env),
        max_bytes=max(1, int(max_mb * 1024 * 1024)), backups=backups, level=level)


@contextlib.contextmanager
def log_context(**fields: object) -> Iterator[None]:
    """Adds `fields` (sale_id=..., job=...) to every line written inside the block."""
    token = _context.set({**(_context.get() or {}), **{k: str(v) for k, v in fields.items()}})
    try:
        yield
    finally:
        _context.reset(token)


class JsonFormatter(RedactingFormatter):
    """One JSON object per record, every text redacted before it is encoded."""

    def __init__(self) -> None:
        super().__init__()

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        context = {**_process_context, **(_context.get() or {})}
        for key in CONTEXT_KEYS:
            value = getattr(record, key, None)
            if value is not None:
                context[key] = str(value)
        line.update({k: redact(v) for k, v in context.items()})
        if record.threadName and record.threadName != "MainThread":
            line["thread"] = record.threadName
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            line["exception"] = redact(record.exc_text)
        if record.stack_info:
            line["stack"] = redact(self.formatStack(record.stack_info))
        return json.dumps(line, ensure_ascii=False, default=str)


class _FileHandler(logging.handlers.RotatingFileHandler):
    """Ours, so a second setup in one process replaces it instead of adding another."""


def setup_file_logging(settings: LogSettings, *, terminal_id: str | None = None,
                       command: str | None = None,
                       logger: logging.Logger | None = None) -> Path:
    """Adds the rotating JSON file to the root logger (once) and logs unhandled
    exceptions of every thread to it. Human stderr output keeps its own level."""
    root = logger or logging.getLogger()
    settings.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = _FileHandler(settings.path, maxBytes=settings.max_bytes,
                           backupCount=settings.backups, encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    handler.setLevel(settings.level)
    for old in [h for h in root.handlers if isinstance(h, _FileHandler)]:
        root.removeHandler(old)
        old.close()
    # The stderr handlers keep the level they printed at (WARNING unless -v).
    for existing in root.handlers:
        if existing.level == logging.NOTSET:
            existing.setLevel(root.level)
    verbose = root.level == logging.DEBUG  # -v: everything on stderr, libraries too
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, handler.level))
    if handler.level > logging.DEBUG and not verbose:
        for name in CHATTY:
            chatty = logging.getLogger(name)
            if chatty.level == logging.NOTSET:
                chatty.setLevel(logging.WARNING)
                _quietened.append(chatty)
    _process_context.clear()
    if terminal_id:
        _process_context["terminal_id"] = terminal_id
    if command:
        _process_context["command"] = command
    install_exception_logging()
    return settings.path


def close_file_logging(logger: logging.Logger | None = None) -> None:
    root = logger or logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _FileHandler)]:
        root.removeHandler(old)
        old.close()
    _process_context.clear()
    while _quietened:
        _quietened.pop().setLevel(logging.NOTSET)


_crash_log = logging.getLogger("pos_app.crash")
_hooks_installed: list[bool] = []  # non-empty once the hooks are in


def install_exception_logging() -> None:
    """Unhandled exceptions (the main thread, Qt slots, worker and scheduler threads)
    are written to the log with their traceback, then handled as before."""
    if _hooks_installed:
        return
    _hooks_installed.append(True)
    previous = sys.excepthook
    previous_thread = threading.excepthook

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            _crash_log.critical("unhandled exception: %s", kind.__name__,
                                exc_info=(kind, exc, tb))
        previous(kind, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            name = args.thread.name if args.thread is not None else "?"
            _crash_log.critical("unhandled exception in thread %s", name,
                                exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        previous_thread(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def log_job_errors(scheduler: Any) -> None:
    """A scheduler job that raises is written with the job's id and its traceback
    (APScheduler's own line has the traceback too; this one names the job)."""
    from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent

    jobs_log = logging.getLogger("pos_app.jobs")

    def on_error(event: JobExecutionEvent) -> None:
        exc = event.exception
        jobs_log.error("scheduled job %s failed: %s", event.job_id, exc,
                       exc_info=(type(exc), exc, exc.__traceback__) if exc else None,
                       extra={"job": event.job_id})

    scheduler.add_listener(on_error, EVENT_JOB_ERROR)


def tail_lines(path: Path, count: int) -> list[str]:
    """The last `count` lines of `path` (read from the end: a large log costs nothing)."""
    if count <= 0 or not path.exists():
        return []
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        block = 8192
        data = b""
        while end > 0 and data.count(b"\n") <= count:
            start = max(0, end - block)
            f.seek(start)
            data = f.read(end - start) + data
            end = start
    lines = data.decode("utf-8", errors="replace").splitlines()
    return lines[-count:]
