"""`pos-app tax-class`: a fresh terminal gets the tax classes Shopify products need,
by a manager or the owner, and the first reconcile says exactly what is missing."""

from __future__ import annotations

import json
from decimal import Decimal

from pos_app.adapters.shopify_emulator import ShopifyEmulator
from pos_app.adapters.shopify_emulator.seed import seed_demo
from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.cli import main

TOKEN = "shpat_tax"


def test_fresh_terminal_reconciles_once_its_tax_classes_exist(tmp_path, monkeypatch, capsys):
    data = tmp_path / "data"
    assert main(["init", "--data-dir", str(data), "--store-id", "s1",
                 "--store-name", "Corner Shop"]) == 0
    emu = ShopifyEmulator(tokens={TOKEN: "standard"})
    seed_demo(emu.state)
    url = emu.start()
    monkeypatch.setenv("POS_APP_SHOPIFY_TOKEN", TOKEN)
    shop = ["--data-dir", str(data), "--shop", url, "--location", "Main Street"]
    try:
        capsys.readouterr()
        assert main(["reconcile", "--once", *shop]) == 78
        err = capsys.readouterr().err
        assert "Tax class 'standard'" in err and "none yet" in err
        assert "pos-app tax-class set standard" in err

        # Without a manager or the owner, nothing changes.
        assert main(["tax-class", "set", "standard", "--data-dir", str(data),
                     "--rate", "state:6.25:State tax"]) == 77
        assert main(["tax-class", "set", "standard", "--data-dir", str(data), "--as-owner",
                     "--rate", "state:6.25:State tax", "--rate", "county:1.5"]) == 0
        assert main(["tax-class", "set", "exempt", "--data-dir", str(data), "--as-owner",
                     "--name", "Exempt"]) == 0
        # A malformed rate is refused with the form that works.
        capsys.readouterr()
        assert main(["tax-class", "set", "reduced", "--data-dir", str(data), "--as-owner",
                     "--rate", "vat:7,5"]) == 65
        assert "like 6.25" in capsys.readouterr().err

        db = LocalDatabase(data)
        try:
            classes = SqliteCatalogRepository(db).tax_classes()
        finally:
            db.close()
        assert set(classes) == {"standard", "exempt"}
        assert classes["standard"].combined == Decimal("0.0775")
        assert classes["exempt"].rates == ()

        assert main(["reconcile", "--once", "--json", *shop]) == 0
        assert json.loads(capsys.readouterr().out)["catalog_inserted"] > 0
        assert main(["tax-class", "list", "--data-dir", str(data)]) == 0
        assert "State tax 6.25%" in capsys.readouterr().out
    finally:
        emu.stop()
