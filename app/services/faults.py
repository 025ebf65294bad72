"""Named kill points for crash tests.

``THUKY_ISO_KILL_AT=<point>`` (or ``<point>@<n>``: the n-th time) makes ``fault_point(<point>)``
kill the process on the spot, as a power cut or the task manager would: SIGKILL, no clean-up, no
``finally``. Set only by the crash tests (``tests/services/test_restore_crash.py``) and
``benchmarks/kill_points.py`` in the processes they start; unset, a point costs one comparison.

The points, in the order a run meets them:

* backup: ``backup.db_copied``, ``backup.archive_written``, ``backup.done``;
* restore: ``restore.verified``, ``restore.journal_started``, ``restore.safety_written``,
  ``restore.extracted`` (after each member), ``restore.staged``, ``restore.journal_swapping``,
  ``restore.attachments_aside``, ``restore.attachments_in``, ``restore.db_aside``,
  ``restore.db_in``, ``restore.committed``, ``restore.done``; undoing one:
  ``restore.rolled_back_db`` (the same points are met when the next open finishes or undoes it);
* files: ``files.temp_written`` (an export's temporary file, before it is moved into place);
* import: ``import.flushed`` (rows written inside the transaction, not committed),
  ``import.committed``.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator

ENV = "THUKY_ISO_KILL_AT"

_name, _, _count = os.environ.get(ENV, "").partition("@")
_left = int(_count) if _count.isdigit() and int(_count) > 0 else 1


def armed() -> str:
    """The point this process dies at ("" when none)."""
    return _name


def fault_point(name: str) -> None:
    """Die here when this is the point (and the time) ``THUKY_ISO_KILL_AT`` names."""
    global _left
    if name != _name:
        return
    _left -= 1
    if _left <= 0:
        kill_now()


def kill_now() -> None:
    kill = getattr(signal, "SIGKILL", None)
    if kill is not None:
        os.kill(os.getpid(), kill)
    os._exit(137)  # Windows: no SIGKILL; _exit runs no clean-up either


@contextlib.contextmanager
def kill_after_flush(name: str) -> Iterator[None]:
    """During the block, point ``name`` is met after every flush of a database session: rows sent
    to SQLite inside the transaction, before it is committed."""
    if name != _name:
        yield
        return
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    def after_flush(*_args: object) -> None:
        fault_point(name)

    event.listen(Session, "after_flush", after_flush)
    try:
        yield
    finally:
        event.remove(Session, "after_flush", after_flush)
