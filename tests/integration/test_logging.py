"""The log file: one JSON object a line, rotated at its size limit, no secret in it, and
a failing scheduler job or an unhandled exception written with its traceback."""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from apscheduler.events import EVENT_JOB_ERROR
from apscheduler.schedulers.background import BackgroundScheduler

from pos_app.adapters import log_setup
from pos_app.adapters.log_setup import (
    LogSettings,
    close_file_logging,
    log_context,
    log_job_errors,
    log_settings,
    setup_file_logging,
)
from pos_app.adapters.redaction import install_log_redaction, register_secret
from pos_app.app.cli import main
from pos_app.domain.errors import ConfigError

TOKEN = "shpat_0123456789abcdef0123456789abcdef"
PASSWORD = "correct-horse-battery-staple"
CARD = "4111 1111 1111 1111"


@pytest.fixture
def file_log(tmp_path: Path) -> Iterator[LogSettings]:
    root = logging.getLogger()
    level = root.level
    settings = log_settings({"dir": str(tmp_path / "logs")})
    setup_file_logging(settings, terminal_id="TILL-7", command="run")
    try:
        yield settings
    finally:
        close_file_logging()
        root.setLevel(level)


def _records(path: Path) -> list[dict[str, object]]:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_record_is_one_json_line_with_its_context(file_log: LogSettings) -> None:
    log = logging.getLogger("pos_app.services.counter")
    log.info("sale completed: %d lines", 3, extra={"sale_id": "S-42"})
    with log_context(sale_id="S-43", channel="central"):
        log.warning("pushed late")
    log.debug("below the file's level")  # INFO by default: not written

    lines = _records(file_log.path)
    assert [r["message"] for r in lines] == ["sale completed: 3 lines", "pushed late"]
    first, second = lines
    assert first["level"] == "INFO" and first["logger"] == "pos_app.services.counter"
    assert str(first["time"]).endswith("Z")
    assert (first["terminal_id"], first["command"], first["sale_id"]) == ("TILL-7", "run", "S-42")
    assert (second["level"], second["sale_id"], second["channel"]) == ("WARNING", "S-43",
                                                                      "central")


def test_the_file_rotates_at_its_size_limit_and_keeps_the_set_count(tmp_path: Path) -> None:
    settings = log_settings({"dir": str(tmp_path), "max_mb": 0.002, "backups": 2})
    assert settings.max_bytes == 2097
    log = logging.getLogger("pos_app.test_rotation")
    root_level = logging.getLogger().level
    setup_file_logging(settings)
    try:
        for i in range(200):
            log.info("record %03d %s", i, "x" * 40)
    finally:
        close_file_logging()
        logging.getLogger().setLevel(root_level)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["pos_app.log", "pos_app.log.1", "pos_app.log.2"]  # the oldest dropped
    for name in files:
        data = (tmp_path / name).read_text(encoding="utf-8")
        assert len(data.encode()) <= settings.max_bytes
        assert all(json.loads(line)["logger"] == "pos_app.test_rotation"
                   for line in data.splitlines())
    newest = (tmp_path / "pos_app.log").read_text(encoding="utf-8").splitlines()
    assert json.loads(newest[-1])["message"].startswith("record 199 ")


def test_no_token_password_or_card_number_reaches_the_file(file_log: LogSettings) -> None:
    register_secret(TOKEN)
    install_log_redaction()  # what the CLI does after: must keep the file's JSON format
    log = logging.getLogger("pos_app.adapters.shopify")
    log.error("request with X-Shopify-Access-Token %s refused", TOKEN)
    log.warning("central at postgresql://pos_terminal:%s@db.example:5432/pos?sslmode=require",
                PASSWORD)
    log.info("customer typed %s into the note", CARD)
    try:
        raise RuntimeError(f"token {TOKEN} card {CARD}")
    except RuntimeError:
        log.exception("sync failed")

    text = file_log.path.read_text(encoding="utf-8")
    for secret in (TOKEN, PASSWORD, CARD, CARD.replace(" ", "")):
        assert secret not in text
    records = _records(file_log.path)
    assert len(records) == 4  # still one JSON object a line
    assert "[redacted]" in str(records[0]["message"])
    assert "Traceback" in str(records[3]["exception"])
    assert "[redacted]" in str(records[3]["exception"])


def test_a_failing_scheduler_job_is_logged_with_its_traceback(file_log: LogSettings) -> None:
    def nightly_compaction() -> None:
        raise ValueError("disk said no")

    failed = threading.Event()
    scheduler = BackgroundScheduler(timezone="UTC")
    log_job_errors(scheduler)
    scheduler.add_listener(lambda _e: failed.set(), EVENT_JOB_ERROR)  # after ours
    scheduler.add_job(nightly_compaction, id="compaction")
    scheduler.start()
    try:
        assert failed.wait(10)
    finally:
        scheduler.shutdown(wait=True)

    ours = [r for r in _records(file_log.path) if r["logger"] == "pos_app.jobs"]
    assert len(ours) == 1
    (line,) = ours
    assert line["level"] == "ERROR" and line["job"] == "compaction"
    assert line["terminal_id"] == "TILL-7"
    trace = str(line["exception"])
    assert "Traceback" in trace and "nightly_compaction" in trace
    assert "ValueError: disk said no" in trace


def test_an_unhandled_exception_is_logged_before_the_usual_hook(
        file_log: LogSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, _e, _tb: seen.append(kind))
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(log_setup, "_hooks_installed", [])
    log_setup.install_exception_logging()
    try:
        raise KeyError("slot crashed")
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)  # what Qt does for a slot

    (line,) = [r for r in _records(file_log.path) if r["logger"] == "pos_app.crash"]
    assert line["level"] == "CRITICAL" and "slot crashed" in str(line["exception"])
    assert seen == [KeyError]  # the previous hook still runs


def test_logging_settings_are_checked() -> None:
    defaults = log_settings(None, env={})
    assert (defaults.max_bytes, defaults.backups, defaults.level) == (10 * 1024 * 1024, 10,
                                                                      "INFO")
    assert defaults.dir.name == "pos_app" or "pos_app" in str(defaults.dir)
    assert log_settings(None, env={"POS_APP_LOG_DIR": "/x/y"}).dir == Path("/x/y")
    for bad in ({"max_mb": 0}, {"backups": 0}, {"level": "LOUD"}, {"colour": True},
                {"dir": 3}):
        with pytest.raises(ConfigError):
            log_settings(bad)


def test_logs_command_shows_the_path_and_last_lines(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log_dir = tmp_path / "logs"
    config = tmp_path / "config.toml"
    config.write_text(f'[logging]\ndir = "{log_dir.as_posix()}"\n', encoding="utf-8")
    root_level = logging.getLogger().level
    setup_file_logging(log_settings({"dir": str(log_dir)}))
    try:
        for i in range(5):
            logging.getLogger("pos_app.x").warning("line %d", i)
    finally:
        close_file_logging()
        logging.getLogger().setLevel(root_level)

    rc = main(["logs", "--tail", "2", "--config", str(config),
               "--data-dir", str(tmp_path / "data")])
    out, err = capsys.readouterr()
    assert rc == 0
    assert str(log_dir / "pos_app.log") in err
    assert [json.loads(line)["message"] for line in out.splitlines()] == ["line 3", "line 4"]


def test_long_running_commands_write_the_file_named_by_the_config(
        tmp_path: Path) -> None:
    import argparse

    from pos_app.app import cli

    log_dir = tmp_path / "logs"
    config = tmp_path / "config.toml"
    config.write_text(f'[terminal]\nid = "TILL-9"\n\n[logging]\ndir = "{log_dir.as_posix()}"\n'
                      'max_mb = 1\nbackups = 3\n', encoding="utf-8")

    def ns(command: str, **kw: object) -> argparse.Namespace:
        return argparse.Namespace(command=command, data_dir=tmp_path / "data", config=config,
                                  **kw)

    assert cli._long_running(ns("run")) and cli._long_running(ns("sync", once=True))
    assert cli._long_running(ns("reconcile", once=False, status=False))
    assert not cli._long_running(ns("reconcile", once=True, status=False))
    assert not cli._long_running(ns("status")) and not cli._long_running(ns("logs"))

    root_level = logging.getLogger().level
    try:
        cli._start_file_log(ns("reconcile", once=False, status=False))
        logging.getLogger("pos_app.jobs.inventory_sync").info("pass done")
        (handler,) = [h for h in logging.getLogger().handlers
                      if isinstance(h, logging.handlers.RotatingFileHandler)]
        assert (handler.maxBytes, handler.backupCount) == (1024 * 1024, 3)
    finally:
        close_file_logging()
        logging.getLogger().setLevel(root_level)
    lines = [json.loads(line) for line in
             (log_dir / "pos_app.log").read_text(encoding="utf-8").splitlines()]
    assert lines[-1]["message"] == "pass done"
    assert all((r["terminal_id"], r["command"]) == ("TILL-9", "reconcile") for r in lines)


def test_a_sale_bug_is_logged_with_the_sale_id_as_its_own_key(file_log: LogSettings) -> None:
    from types import SimpleNamespace
    from typing import cast

    from pos_app.adapters.ids import Uuid7Generator
    from pos_app.domain.sale import SaleState
    from pos_app.services.completion import CompletionFacts, apply_hooks

    def broken_hook(_facts: CompletionFacts) -> list[object]:
        raise ZeroDivisionError("commission rate")

    facts = CompletionFacts(sale=cast(SaleState, SimpleNamespace(id="S-77")), lines=(),
                            payments=(), stock=(), events=(), total=0, rounding=0, at="")
    out = apply_hooks(facts, [broken_hook], Uuid7Generator())  # type: ignore[list-item]
    assert [e.topic for e in out.events] == ["needs_attention"]  # the sale still completes
    (line,) = [r for r in _records(file_log.path)
               if r["logger"] == "pos_app.services.completion"]
    assert line["sale_id"] == "S-77" and line["terminal_id"] == "TILL-7"
    assert "ZeroDivisionError: commission rate" in str(line["exception"])


def test_chatty_libraries_write_only_warnings_at_the_default_level(
        file_log: LogSettings) -> None:
    logging.getLogger("apscheduler.executors.default").info('Job "park" executed successfully')
    logging.getLogger("httpx").info("HTTP Request: GET https://shop.example/admin 200")
    logging.getLogger("apscheduler.executors.default").error('Job "compact" raised')
    logging.getLogger("pos_app.jobs.backup").info("backup written")
    assert [(r["logger"], r["message"]) for r in _records(file_log.path)] == [
        ("apscheduler.executors.default", 'Job "compact" raised'),
        ("pos_app.jobs.backup", "backup written")]
