"""Secrets and card data go nowhere: a store run end to end through the command line,
with planted secrets, then every output, log record, file and table searched for them.

Planted: a Shopify access token (POS_APP_SHOPIFY_TOKEN) and a wrong one, the central
database password (POS_APP_CENTRAL_PASSWORD, and typed into URLs, which are refused),
and a card number typed as a tender reference (refused). The run: a demo catalog,
sales, central syncs to a real PostgreSQL as the terminal's role and to an unreachable
server, Shopify passes against the emulator over loopback with a 500, a 401 and a
plain-HTTP shop that is refused, status, backup. Nothing of the secrets or the card
number may appear in stdout, stderr, any log record (as formatted and as raised), any
byte of any file the terminal wrote (the SQLite files with their WAL, the backups),
or any row of the central database.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from pos_app.adapters.shopify_emulator import FaultPlan, ShopifyEmulator
from pos_app.adapters.shopify_emulator.faults import Fault
from pos_app.adapters.shopify_emulator.seed import seed_demo_store
from pos_app.app.cli import main
from pos_app.app.context import open_context
from pos_app.app.wiring import build_services
from pos_app.domain.errors import TenderError
from pos_app.domain.sale import TenderKind
from pos_app.services.sale_commands import AddItem, AddTender, Complete
from tests.integration import central_fixtures
from tests.integration.central_fixtures import unique_store

pg_server = central_fixtures.pg_server

TOKEN = "shpat_" + secrets.token_hex(16)
WRONG_TOKEN = "shpat_" + secrets.token_hex(16)
PASSWORD = "pw-" + secrets.token_hex(12)
CARD = "4111 1111 1111 1111"
NEEDLES = (TOKEN, WRONG_TOKEN, PASSWORD, CARD, CARD.replace(" ", ""),
           CARD.replace(" ", "-"))


@pytest.fixture
def env(monkeypatch, tmp_path):
    def refuse(*_args: object) -> str:
        raise AssertionError("the OS keyring was read")

    monkeypatch.setattr("pos_app.adapters.shopify.token._system_keyring_get", refuse)
    monkeypatch.setattr("keyring.get_password", refuse)
    for var in ("POS_APP_CENTRAL_URL", "POS_APP_STORE_ID", "POS_APP_DATA_DIR",
                "POS_APP_CONFIG", "POS_APP_SHOPIFY_SHOP"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("POS_APP_SHOPIFY_TOKEN", TOKEN)
    monkeypatch.setenv("POS_APP_CENTRAL_PASSWORD", PASSWORD)
    return monkeypatch


def _sell(data: Path, cfg: Path) -> None:
    """Two sales at the till; a card number typed as the reference is refused."""
    ctx = open_context(data_dir=data, config_path=cfg)
    try:
        services = build_services(ctx)
        staff = services.staff.list_staff()
        manager = next(s for s in staff if s.role.value == "manager")
        if services.shifts.current_shift() is None:
            services.shifts.open_shift(manager.id, 10_000)
        variants = list(services.catalog_repo.get_by_skus(
            [r[0] for r in _skus(ctx)]).values())
        for n, variant in enumerate(variants[:2]):
            sale = services.desk.new_sale(cashier_id=manager.id)
            sale.execute(AddItem(variant, 1))
            due = sale.settlement().remaining
            with pytest.raises(TenderError, match="full card number"):
                sale.execute(AddTender(TenderKind.CARD, due, f"{CARD} exp 12/29 cvv 123"))
            sale.execute(AddTender(TenderKind.CARD, due, "*1111") if n == 0
                         else AddTender(TenderKind.CASH, due))
            sale.execute(Complete())
    finally:
        ctx.close()


def _skus(ctx) -> list[tuple[str]]:
    with ctx.db.read() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT sku FROM variant WHERE tracked = 1 ORDER BY sku LIMIT 2"))]


def _central_rows(admin_engine, store: str) -> str:
    out: list[str] = []
    with admin_engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                out.append(" ".join(str(v) for v in row))
    return "\n".join(out)


def test_no_token_password_or_card_number_anywhere(tmp_path, env, pg_server, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    store = unique_store()
    role = pg_server.new_role(store, "T1")
    good_url = central_fixtures._url_for(pg_server.name, role)
    dead_url = "postgresql+psycopg://t1@127.0.0.1:1/nowhere"
    emulator = ShopifyEmulator(tokens={TOKEN: "standard"}, faults=FaultPlan())
    seed_demo_store(emulator.state)
    shop_url = emulator.start()
    location = next(iter(emulator.state.locations.values())).name
    data, cfg = tmp_path / "data", tmp_path / "config.toml"
    cfg.write_text(f'[terminal]\nid = "T1"\n\n[central]\nstore_id = "{store}"\n\n'
                   f'[shopify]\nshop = "{shop_url}"\nlocation = "{location}"\n'
                   'request_timeout_seconds = 2.0\n', encoding="utf-8")
    common = ["--data-dir", str(data), "--config", str(cfg)]
    codes: dict[str, int] = {}
    try:
        codes["demo"] = main(["demo-data", "--products", "40", *common])
        _sell(data, cfg)
        # The central database: down, then a password typed into the URL (flag, env),
        # then the real one as the terminal's role, the password from the environment.
        codes["dead"] = main(["-v", "sync", "--once", "--central-url", dead_url, *common])
        codes["pw-flag"] = main(["sync", "--once", "--central-url",
                                 good_url.replace(f"{role}@", f"{role}:{PASSWORD}@"),
                                 *common])
        codes["pw-query"] = main(["sync", "--once", "--central-url",
                                  f"{good_url}?password={PASSWORD}", *common])
        env.setenv("POS_APP_CENTRAL_URL", f"{good_url}?sslmode=prefer&password={PASSWORD}")
        codes["pw-env"] = main(["status", "--json", *common])
        env.delenv("POS_APP_CENTRAL_URL")
        codes["sync"] = main(["-v", "sync", "--once", "--central-url", good_url, *common])
        # Shopify: a 500, then a refused token, then plain HTTP to a remote host.
        emulator.faults.script([Fault.HTTP_500] * 8)
        codes["500"] = main(["-v", "reconcile", "--once", *common])
        env.setenv("POS_APP_SHOPIFY_TOKEN", WRONG_TOKEN)
        codes["401"] = main(["-v", "reconcile", "--once", *common])
        env.setenv("POS_APP_SHOPIFY_TOKEN", TOKEN)
        codes["http"] = main(["reconcile", "--once", "--shop", "http://192.0.2.10:8765",
                              *common])
        codes["reconcile"] = main(["-v", "reconcile", "--once", *common])
        codes["status"] = main(["status", "--json", *common])
        codes["backup"] = main(["backup", "--to", str(tmp_path / "backups"), *common])
    finally:
        emulator.stop()
    out = capsys.readouterr()

    # The run did what it says (and so met the secrets on its way).
    assert codes["demo"] == 0 and codes["sync"] == 0 and codes["reconcile"] == 0
    assert codes["dead"] == 75 and codes["status"] == 0 and codes["backup"] == 0
    assert codes["pw-flag"] == codes["pw-query"] == codes["pw-env"] == 78
    assert codes["401"] != 0 and codes["500"] != 0 and codes["http"] == 78
    assert "POS_APP_CENTRAL_PASSWORD" in out.err and "must use https://" in out.err
    assert "cannot be reached" in out.err and "127.0.0.1:1/nowhere" in out.err
    assert emulator.faults.injected.get(Fault.HTTP_500)

    # Nothing of the secrets anywhere.
    places = {"stdout": out.out, "stderr": out.err, "log (formatted)": caplog.text,
              "log (as raised)": "\n".join(r.getMessage() for r in caplog.records)}
    for path in sorted(tmp_path.rglob("*")):
        if path.is_file():
            places[str(path.relative_to(tmp_path))] = path.read_bytes().decode("latin-1")
    places["central database"] = _central_rows(pg_server.admin, store)
    assert len([p for p in places if p.startswith("data/pos.sqlite3")]) >= 1
    leaks = [(where, needle[:8]) for where, body in places.items() for needle in NEEDLES
             if needle in body]
    assert leaks == []
