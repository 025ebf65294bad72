"""One writer at a time per data directory.

The lock is an operating-system lock on ``thuky-iso.lock`` (``flock`` on POSIX, ``msvcrt.locking``
on Windows), so it disappears with the process that held it, even after a crash. A JSON file beside
it says who holds it; finding that file while the OS lock is free means the previous holder crashed,
and the lock is taken over.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from app.services.datadir import os_problem
from app.services.errors import DataDirError
from app.services.vocabulary import moment_text


@dataclass(frozen=True)
class LockHolder:
    program: str
    pid: int
    user: str
    host: str
    since: str


def try_os_lock(fd: int) -> bool:
    """A non-blocking OS lock on the first byte of ``fd``: ``msvcrt.locking`` on Windows, ``flock``
    elsewhere; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class WriterLock:
    def __init__(self, lock_path: Path) -> None:
        self.lock_path = lock_path
        self.info_path = lock_path.with_name(lock_path.name + ".json")
        self._fd: int | None = None
        self.taken_over: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def read_holder(self) -> LockHolder | None:
        try:
            data = json.loads(self.info_path.read_text(encoding="utf-8"))
            return LockHolder(**{k: data[k] for k in ("program", "pid", "user", "host", "since")})
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def acquire(self, program: str) -> None:
        """Take the lock or raise ``DataDirError('lock.held')`` naming the holder; a folder that
        cannot hold the lock (read-only, no permission, a folder in the lock file's place, a name too
        long) raises the ``DataDirError`` that says so (``datadir.os_problem``)."""
        if self._fd is not None:
            return
        # Windows reports a folder in the lock's place as "permission denied": look first.
        if self.lock_path.is_dir():
            raise DataDirError("datadir.is_folder", path=str(self.lock_path))
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise os_problem(exc, self.lock_path.parent) from exc
        if not try_os_lock(fd):
            os.close(fd)
            holder = self.read_holder()
            raise DataDirError(
                "lock.held",
                program=holder.program if holder else "?",
                pid=holder.pid if holder else "?",
                user=holder.user if holder else "?",
                host=holder.host if holder else "?",
                since=holder.since if holder else "?",
            )
        self._fd = fd
        # A holder file with the OS lock free: its process died without releasing.
        taken_over = self.read_holder()
        try:
            self._write_holder(program)
        except OSError as exc:
            self.release()
            raise os_problem(exc, self.lock_path.parent) from exc
        self.taken_over = taken_over

    def _write_holder(self, program: str) -> None:
        me = LockHolder(
            program=program,
            pid=os.getpid(),
            user=_user_name(),
            host=socket.gethostname(),
            since=moment_text(datetime.now()),
        )
        tmp = self.info_path.with_name(self.info_path.name + ".tmp")
        try:
            tmp.write_text(json.dumps(asdict(me), ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.info_path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.info_path.unlink()
        _os_unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name is not worth failing for
        return "?"
