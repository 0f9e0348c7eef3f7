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


def test_random_sigkills_while_the_wal_file_is_grown_lose_nothing(tmp_path):
    """The same invariants with the WAL grown in advance beside the sales
    (LocalDatabase.presize_wal in 64 KB turns, from the child's first commit): kills
    land while zeros are written past the WAL's end and after it is grown; recovery
    still finds every acknowledged command. (The parent's check closes the database
    after each kill, so SQLite removes the WAL and each child grows it again.)"""
    kills = int(os.environ.get("POS_CRASH_KILLS_PRESIZE", "24"))
    stats = run_crash_cycles(tmp_path, kills=kills, seed=20261206,
                             max_acks_before_kill=2000, presize=True)
    assert stats.failures == []
    assert stats.kills == kills
    # It grew (kills land at 0-2,000 acknowledged commands: on this machine 22 of 30
    # children had finished growing it when killed, 8 were killed on the way).
    assert stats.largest_wal > 30 << 20
    # and by the growing itself, not only by the sales' own frames (up to 33 MB
    # before SQLite's automatic checkpoint): a child finished it and said how far.
    assert stats.grown > 0 and stats.grown_to > 30 << 20
