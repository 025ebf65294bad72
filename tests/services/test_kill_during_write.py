"""SIGKILL of a real writer process at random points, and of an upgrade: nothing acknowledged is lost,
the database stays whole, the stale writer lock is taken over, an upgrade is all or nothing.

A short run of ``benchmarks/kill_writes.py`` (200 kills on demand: see its docstring for the figures
it prints); issue 16, "Crash and fault tests kept in the project"."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.kill_writes import fork_server, run_creation_kills, run_migration_kills, run_write_kills

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture(scope="module", autouse=True)
def _fork_server() -> Iterator[None]:
    with fork_server():
        yield


def test_writer_killed_at_random_points_loses_nothing_acknowledged(tmp_path: Path) -> None:
    stats = run_write_kills(5, seed=16, root=tmp_path, early_share=0.3)
    assert stats.ok, stats.problems
    assert stats.kills == 5
    assert (stats.corrupt_databases, stats.lost_inserts, stats.lost_updates, stats.failed_opens) == (
        0,
        0,
        0,
        0,
    )
    assert stats.problems == []
    # Every kill after the lock's holder file was written left a stale lock the next writer took over.
    assert stats.lock_takeovers + stats.kills_before_lock_holder_written == stats.kills
    assert stats.lock_takeovers >= 1
    assert stats.acknowledged_inserts >= 1


def test_upgrade_killed_at_random_points_is_all_or_nothing(tmp_path: Path) -> None:
    stats = run_migration_kills(2, seed=16, root=tmp_path, start="0003", window=0.8)
    assert stats.ok, stats.problems
    assert stats.left_half_upgraded == 0 and stats.corrupt_databases == 0
    assert stats.left_at_old_revision_intact + stats.left_at_head == stats.kills
    assert stats.next_open_completed == stats.kills
    assert stats.partial_backups_left == 0


def test_first_start_killed_while_creating_the_database_starts_fresh_next_time(tmp_path: Path) -> None:
    stats = run_creation_kills(2, seed=16, root=tmp_path, window=0.5)
    assert stats.ok, stats.problems
    assert stats.refused == 0 and stats.next_open_at_head == stats.kills
