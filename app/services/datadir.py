"""Layout of a data directory: the database, backups, attachments, the log and the writer lock —
and what is really wrong when one of them cannot be opened (locked, read-only, no permission, a
folder where a file belongs, a full disk), so that only a real defect is called damage."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import DataDirError

DB_FILENAME = "thuky-iso.sqlite3"


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.root / "attachments"

    @property
    def log_path(self) -> Path:
        return self.root / "thuky-iso.log"

    @property
    def lock_path(self) -> Path:
        return self.root / "thuky-iso.lock"

    def ensure(self) -> None:
        for folder in (self.root, self.backups_dir, self.attachments_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise os_problem(exc, folder) from exc


# ---- what is really wrong ------------------------------------------------------------------------

_WINDOWS_WRITE_PROTECT = 19  # ERROR_WRITE_PROTECT: a write-protected disk
_WINDOWS_PATH_TOO_LONG = 206  # ERROR_FILENAME_EXCED_RANGE


def os_problem(exc: OSError, path: Path) -> DataDirError:
    """The ``DataDirError`` for an operating-system error met while creating or writing ``path`` in
    a data directory: ``path`` is what the message names (the folder that must be writable). The
    caller checks first that a file it is about to create is not a folder (``datadir.is_folder``):
    Windows reports that as a permission error."""
    where = str(path)
    code = exc.errno
    winerror = getattr(exc, "winerror", None)
    if code == errno.EROFS or winerror == _WINDOWS_WRITE_PROTECT:
        return DataDirError("datadir.read_only_media", path=where)
    if code == errno.ENAMETOOLONG or winerror == _WINDOWS_PATH_TOO_LONG:
        return DataDirError("datadir.name_too_long", path=where, length=len(where))
    if code in (errno.EACCES, errno.EPERM):
        return DataDirError("datadir.no_permission", path=where)
    if code == errno.EISDIR:
        return DataDirError("datadir.is_folder", path=where)
    if code == errno.ENOTDIR:
        return DataDirError("datadir.not_a_folder", path=where)
    if code in _DISK_FULL:
        return DataDirError("datadir.disk_full", path=where)
    return DataDirError("datadir.not_writable", path=where, detail=exc.strerror or str(exc))


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}

# SQLite's primary result codes (https://sqlite.org/rescode.html); an exception's
# ``sqlite_errorcode`` is the extended code, whose low byte is the primary one.
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_AUTH = 23
_SQLITE_NOTADB = 26

# The same, from the message, for an error without a code.
_SQLITE_TEXTS = (
    ("database is locked", _SQLITE_BUSY),
    ("database table is locked", _SQLITE_LOCKED),
    ("readonly database", _SQLITE_READONLY),
    ("disk i/o error", _SQLITE_IOERR),
    ("malformed", _SQLITE_CORRUPT),
    ("database or disk is full", _SQLITE_FULL),
    ("unable to open database", _SQLITE_CANTOPEN),
    ("file is not a database", _SQLITE_NOTADB),
)


def sqlite_error(exc: BaseException | None) -> sqlite3.Error | None:
    """The SQLite error behind ``exc`` (itself, SQLAlchemy's ``.orig``, or a cause), if any."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sqlite3.Error):
            return exc
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.Error):
            return orig
        exc = exc.__cause__ or exc.__context__
    return None


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    return next((value for words, value in _SQLITE_TEXTS if words in text), None)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def read_only_media(path: Path) -> bool:
    """Whether the file system holding ``path`` is mounted read-only (POSIX; False elsewhere)."""
    if sys.platform == "win32" or not hasattr(os, "statvfs"):
        return False
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def write_problem(db_path: Path) -> DataDirError | None:
    """Why the database at ``db_path`` (when it exists) cannot be written, seen from the file
    system: read-only media, a read-only file, a folder without write permission. None when
    nothing says so (SQLite may still refuse: see ``sqlite_problem``)."""
    folder = db_path.parent
    if read_only_media(folder):
        return DataDirError("datadir.read_only_media", path=str(folder))
    if db_path.is_file() and not _writable(db_path):
        return DataDirError("db.read_only_file", path=str(db_path))
    if folder.is_dir() and not _writable(folder):
        return DataDirError("db.read_only_folder", path=str(folder))
    return None


def sqlite_problem(exc: sqlite3.Error, db_path: Path) -> DataDirError:
    """What is really wrong when SQLite fails on the database at ``db_path``, as the
    ``DataDirError`` to show: locked by another program, read-only, no permission, a folder, a full
    disk, a disk error — and "db.damaged" only when SQLite says the file is corrupt or not a database."""
    code = _primary_code(exc)
    detail = str(exc)
    path = str(db_path)
    if db_path.is_dir():
        return DataDirError("db.is_folder", path=path)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DataDirError("db.locked", path=path)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DataDirError("db.damaged", path=path, detail=detail)
    if code == _SQLITE_FULL:
        return DataDirError("datadir.disk_full", path=path)
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_AUTH, _SQLITE_CANTOPEN):
        problem = write_problem(db_path)
        if problem is not None:
            return problem
        if db_path.exists() and not os.access(db_path, os.R_OK):
            return DataDirError("db.no_permission", path=path)
        if code == _SQLITE_READONLY:
            return DataDirError("db.read_only_file", path=path)
    if code == _SQLITE_IOERR:
        return DataDirError("db.io_error", path=path, detail=detail)
    return DataDirError("db.open_failed", path=path, detail=detail)


# What ``storage_problem`` reports: the state of the disk or of another program, never a defect of
# this program (a constraint failure, an unknown error) — those stay unexpected errors, with a trace.
_STORAGE_CODES = {
    "db.locked",
    "db.read_only_file",
    "db.read_only_folder",
    "db.no_permission",
    "db.is_folder",
    "db.io_error",
    "db.damaged",
    "datadir.read_only_media",
    "datadir.disk_full",
}


_DEFECTS = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.DataError, sqlite3.NotSupportedError)


def storage_problem(exc: BaseException, db_path: Path) -> DataDirError | None:
    """The ``DataDirError`` that explains ``exc`` — raised while the database at ``db_path`` was in
    use, after it was opened — when SQLite failed because of the disk, the file's permissions or
    another program (locked, read-only, full, I/O, corrupt); None for anything else."""
    error = sqlite_error(exc)
    if not isinstance(error, sqlite3.DatabaseError) or isinstance(error, _DEFECTS):
        return None
    problem = sqlite_problem(error, db_path)
    return problem if problem.code in _STORAGE_CODES else None
