"""SIGKILL at random points while a child process rings up sales; nothing acked is lost."""

from __future__ import annotations

import os

from tests.crash_harness import run_crash_cycles


def test_random_sigkills_lose_no_acknowledged_command(tmp_path):
    kills = int(os.environ.get("POS_CRASH_KILLS", "200"))
    stats = run_crash_cycles(tmp_path, kills=kills, seed=20261127)
    assert stats.failures == []
    assert stats.kills == kills
    assert stats.completed_sales > kills // 4  # the child really did complete sales
