"""`pos-app demo-data`, `import-catalog` and `search`, run in-process against tmp_path."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.adapters.sqlite.catalog_repo import SqliteCatalogRepository
from pos_app.adapters.sqlite.store import LocalDatabase
from pos_app.app.catalog_commands import _cancel_on_interrupt, _Progress
from pos_app.app.cli import main
from pos_app.services.demo_data import DEMO_TAX_CLASSES
from tests.integration.catalog_fixtures import CSV_HEADER, MILK_EAN, write_csv

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No config file or POS_APP_* variable from the machine running the tests."""
    for name in ("POS_APP_CONFIG", "POS_APP_DATA_DIR", "POS_APP_TERMINAL_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data dir whose store has the demo tax classes, as after a settings sync."""
    path = tmp_path / "store"
    db = LocalDatabase(path)
    try:
        repo = SqliteCatalogRepository(db)
        for tax_class in DEMO_TAX_CLASSES:
            repo.upsert_tax_class(tax_class)
    finally:
        db.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_data_seeds_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "demo")
    code, out, _ = run(capsys, "demo-data", "--products", "60", "--data-dir", data)
    assert code == 0
    assert "60 products" in out
    assert "Staff added: 4" in out
    assert "  1234  Alex Manager (manager)" in out
    assert "  1111  Sam Cashier (cashier)" in out
    code, out, _ = run(capsys, "demo-data", "--products", "60", "--data-dir", data)
    assert code == 0
    assert "(0 new, 0 updated," in out
    assert "Staff added: 0" in out
    code, out, _ = run(capsys, "search", "bananas", "--data-dir", data)
    assert code == 0
    assert out.splitlines()[1].split() == ["4011", "-", "0.69", "USD", "Bananas", "(per", "lb)"]


def test_demo_data_rejects_a_silly_product_count(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["demo-data", "--products", "0", "--data-dir", str(tmp_path)])
    assert info.value.code == 2
    assert "--products: must be 1 to 10,000" in capsys.readouterr().err


def test_import_catalog_all_good(data_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "good.csv", CSV_HEADER +
                     f"DAI-1,{MILK_EAN},Organic Whole Milk 1 gal,5.49,food,,,Dairy,Meadow\n"
                     "BAK-2,,Sourdough Bread,3.99,food,,,,\n")
    code, out, err = run(capsys, "import-catalog", "--as-owner", str(path),
                       "--data-dir", str(data_dir))
    assert code == 0
    assert err == "Importing good.csv: 2 of 2 rows (100%)\n"
    assert out == (f"Import of {path} done: 2 rows read, 2 new, 0 updated, 0 unchanged, "
                   "0 rejected.\n")
    code, out, _ = run(capsys, "search", "whole", "mil", "--data-dir", str(data_dir))
    assert code == 0
    assert out.splitlines() == [
        "SKU    BARCODE           PRICE  TITLE",
        f"DAI-1  {MILK_EAN}  5.49 USD  Organic Whole Milk 1 gal",
    ]
    code, _, err = run(capsys, "search", "caviar", "--data-dir", str(data_dir))
    assert (code, err) == (0, "No products match 'caviar'.\n")


def test_import_catalog_reports_rejected_rows(data_dir: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "mixed.csv",
                     "sku,title,price,tax_class,colour\n"
                     "A-1,Apple Juice,2.49,food,\n"
                     "A-2,Pear Juice,-1,food,\n"
                     "A-3,Plum Juice,1.00,luxury,\n")
    code, out, _ = run(capsys, "import-catalog", "--as-owner", str(path),
                       "--data-dir", str(data_dir))
    assert code == 65
    assert out.splitlines() == [
        f"Import of {path} done: 3 rows read, 1 new, 0 updated, 0 unchanged, 2 rejected.",
        "Ignored columns: colour",
        "",
        "Rejected rows (line is the line number in the file):",
        "  line  column     value     problem",
        "  3     price      '-1'      Price must not be negative",
        "  4     tax_class  'luxury'  Unknown tax class 'luxury' (known: exempt, food, standard)",
    ]


def test_import_catalog_shows_the_first_fifty_problems(data_dir: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    rows = "".join(f"B-{i},Item {i},free,food\n" for i in range(60))
    path = write_csv(tmp_path / "bad.csv", "sku,title,price,tax_class\n" + rows)
    code, out, _ = run(capsys, "import-catalog", "--as-owner", str(path),
                       "--data-dir", str(data_dir))
    assert code == 65
    lines = out.splitlines()
    assert sum(1 for line in lines if "Price must be a number" in line) == 50
    assert lines[-1] == "  ... and 10 more problems (60 in all)"


@pytest.mark.parametrize(("content", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "is not a CSV file: it contains binary data"),
    (b"name,email\nSam,sam@example.com\n", "is missing the required columns"),
])
def test_import_catalog_refuses_files_that_are_not_catalogs(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        content: bytes, message: str) -> None:
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "import-catalog", "--as-owner", str(path),
                       "--data-dir", str(data_dir))
    assert code == 65
    assert out == ""
    assert err.startswith(f"pos-app: {path} ")
    assert message in err


def test_import_catalog_of_a_missing_file(data_dir: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import-catalog", "--as-owner", str(tmp_path / "nope.csv"),
                       "--data-dir", str(data_dir))
    assert code == 65
    assert f"Cannot read {tmp_path / 'nope.csv'}: No such file or directory" in err


def test_progress_rewrites_one_line_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    progress = _Progress(stream, "c.csv")
    progress(1000, 3000)
    progress(3000, 3000)
    progress.finish()
    assert stream.getvalue() == ("\rImporting c.csv: 1,000 of 3,000 rows (33%)"
                                 "\rImporting c.csv: 3,000 of 3,000 rows (100%)\n")


def test_progress_prints_a_line_per_ten_percent_elsewhere() -> None:
    stream = io.StringIO()
    progress = _Progress(stream, "c.csv")
    for done in range(1000, 25_001, 1000):
        progress(done, 25_000)
    progress.finish()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 11  # 4 %, then one per ten percent up to 100 %
    assert lines[0].endswith("(4%)")
    assert lines[-1] == "Importing c.csv: 25,000 of 25,000 rows (100%)"


def test_first_ctrl_c_asks_to_stop_and_the_second_aborts(
        capsys: pytest.CaptureFixture[str]) -> None:
    before = signal.getsignal(signal.SIGINT)
    with pytest.raises(KeyboardInterrupt), _cancel_on_interrupt() as cancel:
        signal.raise_signal(signal.SIGINT)
        assert cancel.is_set()
        signal.raise_signal(signal.SIGINT)
    assert signal.getsignal(signal.SIGINT) is before
    assert "Stopping after the current batch" in capsys.readouterr().err


def test_help_runs_as_a_module() -> None:
    result = subprocess.run([sys.executable, "-m", "pos_app", "--help"], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    for name in ("demo-data", "import-catalog", "search"):
        assert name in result.stdout
