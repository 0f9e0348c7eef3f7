"""`pos-app --self-test`, as an installer or CI runs it: a fresh process, no display."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_rings_a_sale_by_keys_and_prints_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TMPDIR"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "pos_app", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Signed in        Sam Cashier" in done.stdout
    assert "Self-test passed: sale #1" in done.stdout
    # Its temporary data directory is gone.
    assert not list(tmp_path.glob("pos-app-self-test-*"))
