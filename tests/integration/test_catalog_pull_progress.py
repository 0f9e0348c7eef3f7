"""The first catalog pull says how far it is: Shopify is asked how many variants it will
read (productVariantsCount, against the emulator over HTTP), and `shopify connect`
prints "N of M products" as they are stored, ending at the whole count; while Shopify
prepares a bulk read, the records it has written so far (its objectCount)."""

from __future__ import annotations

import io
import re

import pytest

from pos_app.adapters.shopify_emulator import ShopifyEmulator
from pos_app.adapters.shopify_emulator.seed import seed_generated
from pos_app.app.cli import main
from pos_app.app.shopify_commands import PullProgress
from tests.integration import test_shopify_connect

TOKEN = "shpat_progress"

# An initialised till with its tax classes and a memory keyring, as `shopify connect`
# tests it: (common args, config path, keyring).
store = test_shopify_connect.store


@pytest.fixture
def big_shop():
    emu = ShopifyEmulator(tokens={TOKEN: "plus"})
    seed_generated(emu.state, 2000)
    emu.start()
    yield emu
    emu.stop()


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "pages"])
def test_shopify_connect_prints_the_first_pulls_progress(big_shop, store, monkeypatch,
                                                         capsys, bulk):
    if not bulk:  # the first pull in pages of 250 instead of one bulk read
        monkeypatch.setenv("POS_APP_FLAG_BATCH_RECONCILIATION", "0")
    # Each 1,000 lines the bulk operation writes wait for a status read: every step seen.
    big_shop.api.bulk.step_per_poll = True
    monkeypatch.setattr("sys.stdin", io.StringIO(TOKEN + "\n"))
    common, _config, _keyring = store
    assert main(["shopify", "connect", *common, "--shop", big_shop.url, "--location",
                 "Main Street", "--token-stdin"]) == 0
    out = capsys.readouterr().out
    shown = [(int(a.replace(",", "")), int(b.replace(",", ""))) for a, b in re.findall(
        r"^Catalog +([\d,]+) of ([\d,]+) products$", out, re.MULTILINE)]
    assert shown[0] == (0, 2000) and shown[-1] == (2000, 2000)
    assert all(total == 2000 for _, total in shown)
    done = [d for d, _ in shown]
    assert done == sorted(done) and len(done) == len(set(done)) >= 5  # steps, each once
    assert "Catalog          2000 variants read, 2000 new" in out  # then the summary
    preparing = re.findall(r"^Catalog +Shopify is preparing the catalog: ([\d,]+) records "
                           r"so far$", out, re.MULTILINE)
    if not bulk:
        assert preparing == []
        return
    # While Shopify writes the bulk file (2,000 variants and their 2,000 levels), its
    # count, said each time it has doubled, all before the first products are stored.
    assert preparing == ["1,000", "2,000", "4,000"]
    assert out.index("4,000 records so far") < out.index("Catalog          250 of 2,000")


def test_progress_on_a_terminal_rewrites_one_line():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Tty()
    progress = PullProgress(out)
    for done in (0, 250, 1240, 2000):
        progress(done, 2000)
    progress.finish()
    assert out.getvalue() == ("\rCatalog          0 of 2,000 products"
                              "\rCatalog          250 of 2,000 products"
                              "\rCatalog          1,240 of 2,000 products"
                              "\rCatalog          2,000 of 2,000 products\n")
    # A bulk read: Shopify's count at each poll, then the products, padded over the
    # longer line before them.
    out = Tty()
    progress = PullProgress(out)
    progress(0, 2000)
    progress(0, 2000, 1000)
    progress(0, 2000, 12_400)
    progress(250, 2000)
    progress.finish()
    wide = len("Catalog          Shopify is preparing the catalog: 12,400 records so far")
    assert out.getvalue() == (
        "\rCatalog          0 of 2,000 products"
        "\rCatalog          Shopify is preparing the catalog: 1,000 records so far"
        + "\rCatalog          Shopify is preparing the catalog: 12,400 records so far"
        + "\r" + "Catalog          250 of 2,000 products".ljust(wide) + "\n")
    plain = io.StringIO()
    unknown = PullProgress(plain)
    unknown(0, None)
    unknown(300, None)
    assert plain.getvalue() == ("Catalog          0 products read\n"
                                "Catalog          300 products read\n")
