"""Back up a data directory to one .zip file, check such a file, and restore from it.

A backup holds:

* ``database.sqlite3`` — a consistent copy of the database made with SQLite's online backup API
  (so it can be taken while the app is open and writing), in rollback-journal mode so the file
  stands alone;
* ``attachments/<relative path>`` — every file under the data directory's ``attachments/``;
* ``manifest.json`` — format, app version, time, schema revision, and the size and SHA-256 of every
  member above.

``verify_backup`` checks a file completely (zip structure, manifest, declared sizes against the
limits, checksums, member names, database integrity and schema revision) without touching any data
directory, and ``restore_backup`` only starts replacing data once that check has passed and the
disk has room for it. Nothing here imports Qt.

A restore survives a crash at any moment: it writes a journal (``thuky-iso-restore.json``) before
it touches anything, and the next open of the data folder (``recover_restore``, called first thing
under the writer lock) finishes it — when the backup's database and attachments were completely
extracted and still check out — or else puts the previous data back.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import app
from app.services import migrations
from app.services.datadir import DataDir
from app.services.errors import BackupError, DataDirError, DomainError
from app.services.faults import fault_point
from app.services.files import (
    check_output_path,
    durable_remove,
    durable_rename,
    durable_replace,
    durable_write,
    fsync_dir,
    fsync_tree,
    pending_temporary,
    temporary_name,
)
from app.services.migrations import DbState
from app.services.recovery import JOURNAL_NAME, restore_pending
from app.services.vocabulary import number_text

log = logging.getLogger(__name__)

FORMAT = "thuky-iso-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DB_MEMBER = "database.sqlite3"
ATTACHMENTS_PREFIX = "attachments/"
SAFETY_PREFIX = "truoc-khoi-phuc-"

_CHUNK = 1024 * 1024
_MAX_MANIFEST_BYTES = 16 * 1024 * 1024
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")

# What a backup may expand to, whatever the disk has room for: a zip declaring more is not one of
# ours (a "deflate bomb" packs gigabytes of zeros in a few kilobytes). Attachments are at most
# 200 MB when attached (attachments.MAX_FILE_BYTES); a file put in the folder by hand may be more.
MAX_ATTACHMENT_BYTES = 1024**3
MAX_DATABASE_BYTES = 16 * 1024**3
MAX_TOTAL_BYTES = 64 * 1024**3

JOURNAL_FORMAT = "thuky-iso-restore-journal"
VERIFY_PREFIX = "thuky-iso-kiem-tra-"


@dataclass(frozen=True)
class BackupInfo:
    """What a (written or verified) backup file holds."""

    path: Path
    created_at: datetime
    app_version: str
    revision: str | None
    attachment_count: int
    database_size: int


@dataclass(frozen=True)
class RestoreResult:
    """The restored backup, and the backup of the replaced data (``None`` when there was none)."""

    info: BackupInfo
    safety_backup: Path | None


@dataclass(frozen=True)
class _Entry:
    member: str
    sha256: str
    size: int


@dataclass(frozen=True)
class _Manifest:
    app_version: str
    created_at: datetime
    database: _Entry
    attachments: list[_Entry]


# ---- create ------------------------------------------------------------------------------------


def create_backup(data_dir: DataDir, out_file: Path) -> BackupInfo:
    """Write a backup of ``data_dir`` to ``out_file`` (a .zip), replacing it if it exists.

    Safe while another process has the database open for writing: this only reads (no writer lock
    is taken) and copies the database with SQLite's online backup API. The zip is written under a
    temporary name beside ``out_file`` and moved into place at the end, so ``out_file`` is either
    the previous file or the complete new one. Raises ``BackupError('backup.not_found')`` when the
    data directory has no database, ``BackupError('backup.write_failed')`` on I/O failure, and
    refuses (``files.check_output_path``) a file inside the data directory — ``--out
    DATA/thuky-iso.sqlite3`` would replace the live database — or not named ``.zip``.
    """
    out_file = Path(out_file)
    try:
        check_output_path(out_file, "backup", data_dir.root, create_parents=True)
    except DomainError as exc:
        raise BackupError(exc.code, **exc.params) from exc
    if not data_dir.db_path.is_file():
        raise BackupError("backup.not_found", path=str(data_dir.db_path))
    return _write_checked(data_dir, out_file, raw_database=False)


def _write_checked(data_dir: DataDir, out_file: Path, *, raw_database: bool) -> BackupInfo:
    try:
        return _write_archive(data_dir, out_file, raw_database=raw_database)
    except (OSError, sqlite3.Error, zipfile.LargeZipFile) as exc:
        if _disk_full(exc):
            raise BackupError("backup.disk_full", path=str(out_file), folder=str(out_file.parent)) from exc
        raise BackupError("backup.write_failed", path=str(out_file), detail=_reason(exc)) from exc


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return isinstance(exc, sqlite3.OperationalError) and "disk is full" in str(exc)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}" + (f": {exc.filename}" if exc.filename else "")
    return str(exc) or exc.__class__.__name__


def size_text(size: int) -> str:
    """A size the Vietnamese way: "850 KB", "12,4 MB", "1,2 GB"."""
    if size >= 1024**3:
        return f"{number_text(size / 1024**3, 1)} GB"
    if size >= 1024**2:
        return f"{number_text(size / 1024**2, 1)} MB"
    return f"{number_text(max(1, round(size / 1024)) if size > 0 else 0)} KB"


def _write_archive(data_dir: DataDir, out_file: Path, *, raw_database: bool) -> BackupInfo:
    """The work — a copy of the database and the zip being written — is done in one private
    temporary folder beside ``out_file`` (never the system's temporary folder: it holds a full copy
    of the data), removed at the end whatever happens, and by the next open after a crash."""
    out_file.parent.mkdir(parents=True, exist_ok=True)
    created_at = datetime.now().astimezone().replace(microsecond=0)
    work = temporary_name(out_file)
    with pending_temporary(work):
        try:
            work.mkdir(mode=0o700)
            db_copy = work / DB_MEMBER
            if raw_database:
                shutil.copyfile(data_dir.db_path, db_copy)
            else:
                migrations.sqlite_backup(data_dir.db_path, db_copy)
                _make_standalone(db_copy)
            fault_point("backup.db_copied")
            revision = migrations.inspect_database(db_copy).revision
            archive = work / "archive.zip"
            fd = os.open(archive, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
                database = _add_file(zf, db_copy, DB_MEMBER)
                attachments = [
                    _add_file(zf, path, ATTACHMENTS_PREFIX + rel)
                    for path, rel in _attachment_files(data_dir.attachments_dir)
                ]
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "app_version": app.__version__,
                    "created_at": created_at.isoformat(),
                    "revision": revision,
                    "database": {"name": DB_MEMBER, "sha256": database.sha256, "size": database.size},
                    "attachments": [
                        {"path": a.member[len(ATTACHMENTS_PREFIX) :], "sha256": a.sha256, "size": a.size}
                        for a in attachments
                    ],
                }
                zf.writestr(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=2))
            fault_point("backup.archive_written")
            durable_replace(archive, out_file)
            fault_point("backup.done")
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return BackupInfo(
        path=out_file,
        created_at=created_at,
        app_version=app.__version__,
        revision=revision,
        attachment_count=len(attachments),
        database_size=database.size,
    )


def _make_standalone(db_file: Path) -> None:
    """Switch a private database copy to rollback-journal mode: one self-contained file."""
    conn = sqlite3.connect(str(db_file))
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _attachment_files(folder: Path) -> list[tuple[Path, str]]:
    """Regular files under ``folder`` (recursively, symlinks not followed), with their POSIX paths."""
    found: list[tuple[Path, str]] = []
    if not folder.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.is_file() and not path.is_symlink():
                found.append((path, path.relative_to(folder).as_posix()))
    return found


def _add_file(zf: zipfile.ZipFile, path: Path, member: str) -> _Entry:
    """Stream ``path`` into the zip as ``member``, hashing exactly the bytes written."""
    info = zipfile.ZipInfo.from_file(path, member)
    info.compress_type = zipfile.ZIP_DEFLATED
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as src, zf.open(info, "w") as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    return _Entry(member, digest.hexdigest(), size)


# ---- verify ------------------------------------------------------------------------------------


def verify_backup(file: Path) -> BackupInfo:
    """Check ``file`` completely and say what it holds; raise ``BackupError`` if it is not usable.

    Checks, in order: the file exists and is a zip; no member name could leave the folder it is
    extracted to; ``manifest.json`` is present and well-formed; what it declares stays within the
    limits (``MAX_*_BYTES``: "backup.too_large"); every member it names is present, of the stated
    size and SHA-256 (counting the bytes actually read, whatever the headers say); the database
    passes ``PRAGMA integrity_check`` and is this app's, at a schema revision this version knows (an
    older one is fine: it is upgraded when opened). Only a temporary folder is written to (the
    database, when the system's temporary folder has room for it: "backup.not_enough_space").
    """
    return _verify(Path(file))[0]


def _verify(file: Path) -> tuple[BackupInfo, _Manifest]:
    with _open_zip(file) as zf:
        manifest = _read_manifest(zf, file)
        _check_limits(file, manifest)
        for entry in manifest.attachments:
            _check_member(zf, file, entry, None)
        work = Path(tempfile.gettempdir()) / f"{VERIFY_PREFIX}{uuid.uuid4().hex[:12]}"
        _check_space(work.parent, manifest.database.size, "backup.no_room_to_check")
        with pending_temporary(work):
            try:
                work.mkdir(mode=0o700)
                db_copy = work / DB_MEMBER
                with db_copy.open("wb") as out:
                    _check_member(zf, file, manifest.database, out)
                revision = _check_database(db_copy)
            except OSError as exc:
                if _disk_full(exc):
                    raise BackupError("backup.disk_full", path=str(work), folder=str(work.parent)) from exc
                raise BackupError("backup.write_failed", path=str(work), detail=_reason(exc)) from exc
            finally:
                shutil.rmtree(work, ignore_errors=True)
    info = BackupInfo(
        path=file,
        created_at=manifest.created_at,
        app_version=manifest.app_version,
        revision=revision,
        attachment_count=len(manifest.attachments),
        database_size=manifest.database.size,
    )
    return info, manifest


def _check_limits(file: Path, manifest: _Manifest) -> None:
    """Refuse a backup whose declared sizes no real one of ours reaches (a deflate bomb)."""

    def refuse(member: str, size: int, limit: int) -> BackupError:
        return BackupError(
            "backup.too_large", path=str(file), member=member, size=size_text(size), limit=size_text(limit)
        )

    if manifest.database.size > MAX_DATABASE_BYTES:
        raise refuse(manifest.database.member, manifest.database.size, MAX_DATABASE_BYTES)
    for entry in manifest.attachments:
        if entry.size > MAX_ATTACHMENT_BYTES:
            raise refuse(entry.member, entry.size, MAX_ATTACHMENT_BYTES)
    total = _expanded_size(manifest)
    if total > MAX_TOTAL_BYTES:
        raise refuse("toàn bộ tệp sao lưu", total, MAX_TOTAL_BYTES)


def _expanded_size(manifest: _Manifest) -> int:
    return manifest.database.size + sum(entry.size for entry in manifest.attachments)


def _free_space(folder: Path) -> int | None:
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None  # unknown: the write itself will say if the disk fills up


def _check_space(folder: Path, needed: int, code: str, **sizes: int) -> None:
    """Refuse (``BackupError(code)``), before writing, when the disk holding ``folder`` has less
    than ``needed`` bytes free; the sizes are given in the message."""
    free = _free_space(folder)
    if free is not None and needed > free:
        texts = {name: size_text(value) for name, value in sizes.items()}
        raise BackupError(code, path=str(folder), needed=size_text(needed), free=size_text(free), **texts)


@contextlib.contextmanager
def _open_zip(file: Path) -> Iterator[zipfile.ZipFile]:
    if not file.is_file():
        raise BackupError("backup.not_found", path=str(file))
    try:
        zf = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise BackupError("backup.not_zip", path=str(file)) from exc
    except OSError as exc:
        raise BackupError("backup.read_failed", path=str(file), detail=str(exc)) from exc
    with zf:
        for name in zf.namelist():
            if not is_safe_member_name(name):
                raise BackupError("backup.unsafe_member", member=name)
        yield zf


def is_safe_member_name(name: str) -> bool:
    """True when ``name`` stays inside the folder it is extracted to, on every platform.

    Refused: empty names, absolute paths, ``.``/``..``/empty segments, backslashes (a separator on
    Windows), colons (drive letters, Windows streams) and control characters.
    """
    if not name or name.startswith("/") or "\\" in name or ":" in name:
        return False
    if any(ord(ch) < 32 for ch in name):
        return False
    parts = name.split("/")
    if name.endswith("/"):  # a directory entry
        parts = parts[:-1]
    return all(part not in ("", ".", "..") for part in parts)


def _read_manifest(zf: zipfile.ZipFile, file: Path) -> _Manifest:
    try:
        info = zf.getinfo(MANIFEST_NAME)
    except KeyError as exc:
        raise BackupError("backup.no_manifest", path=str(file)) from exc

    def bad(detail: str) -> BackupError:
        return BackupError("backup.bad_manifest", path=str(file), detail=detail)

    if info.file_size > _MAX_MANIFEST_BYTES:
        raise bad("manifest.json is too large")
    try:
        data = json.loads(zf.read(info).decode("utf-8"))
    except (ValueError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise bad(f"unreadable manifest.json ({exc})") from exc
    if not isinstance(data, dict):
        raise bad("manifest.json is not an object")
    if data.get("format") != FORMAT:
        raise bad(f"format is {data.get('format')!r}, expected {FORMAT!r}")
    version = data.get("format_version")
    if not _is_int(version) or version != FORMAT_VERSION:
        raise bad(f"format_version {version!r} is not supported (expected {FORMAT_VERSION})")
    app_version = data.get("app_version")
    if not isinstance(app_version, str):
        raise bad("app_version is missing")
    try:
        created_at = datetime.fromisoformat(data["created_at"])
    except (KeyError, TypeError, ValueError) as exc:
        raise bad("created_at is missing or not an ISO date-time") from exc
    revision = data.get("revision")
    if revision is not None and not isinstance(revision, str):
        raise bad("revision is not a string")

    db = data.get("database")
    if not isinstance(db, dict) or db.get("name") != DB_MEMBER:
        raise bad(f"database entry is missing or not named {DB_MEMBER!r}")
    database = _entry(db, DB_MEMBER, bad)

    raw_attachments = data.get("attachments")
    if not isinstance(raw_attachments, list):
        raise bad("attachments is not a list")
    attachments: list[_Entry] = []
    seen: set[str] = set()
    for item in raw_attachments:
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            raise bad("an attachment entry has no path")
        member = ATTACHMENTS_PREFIX + item["path"]
        if not is_safe_member_name(item["path"]) or item["path"].endswith("/"):
            raise BackupError("backup.unsafe_member", member=member)
        if member.casefold() in seen:
            raise bad(f"attachment {item['path']!r} is listed twice")
        seen.add(member.casefold())
        attachments.append(_entry(item, member, bad))
    return _Manifest(app_version, created_at, database, attachments)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _entry(item: dict[str, Any], member: str, bad: Callable[[str], BackupError]) -> _Entry:
    sha = item.get("sha256")
    size = item.get("size")
    if not isinstance(sha, str) or not _SHA256_RE.match(sha):
        raise bad(f"{member}: sha256 is missing or malformed")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise bad(f"{member}: size is missing or negative")
    return _Entry(member, sha, size)


def _check_member(zf: zipfile.ZipFile, file: Path, entry: _Entry, out: IO[bytes] | None) -> None:
    """Stream ``entry``'s member (into ``out`` if given), checking its size and SHA-256.

    Never more than the declared size is read or written, whatever the zip's headers say. Only a
    failure to read the backup is blamed on it: one to write ``out`` (a full disk) is raised as the
    ``OSError`` it is.
    """
    try:
        info = zf.getinfo(entry.member)
    except KeyError as exc:
        raise BackupError("backup.missing_member", member=entry.member) from exc
    if info.is_dir() or info.file_size != entry.size:
        raise BackupError("backup.checksum_mismatch", member=entry.member)
    digest = hashlib.sha256()
    size = 0
    try:
        src = zf.open(info)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise BackupError("backup.checksum_mismatch", member=entry.member) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encryption
        raise BackupError("backup.not_zip", path=str(file)) from exc
    except OSError as exc:
        raise BackupError("backup.read_failed", path=str(file), detail=_reason(exc)) from exc
    with src:
        while True:
            try:
                # One byte more than is left: a member longer than declared is caught, never written.
                chunk = src.read(min(_CHUNK, entry.size - size + 1))
            except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # bad CRC, corrupt deflate data
                raise BackupError("backup.checksum_mismatch", member=entry.member) from exc
            except (NotImplementedError, RuntimeError) as exc:
                raise BackupError("backup.not_zip", path=str(file)) from exc
            except OSError as exc:
                raise BackupError("backup.read_failed", path=str(file), detail=_reason(exc)) from exc
            if not chunk:
                break
            size += len(chunk)
            if size > entry.size:
                raise BackupError("backup.checksum_mismatch", member=entry.member)
            digest.update(chunk)
            if out is not None:
                out.write(chunk)
    if size != entry.size or digest.hexdigest() != entry.sha256:
        raise BackupError("backup.checksum_mismatch", member=entry.member)


def _check_database(db_file: Path) -> str | None:
    """Integrity and identity of an extracted database; returns its schema revision."""
    try:
        problems = migrations.integrity_problems(db_file)
    except sqlite3.Error as exc:
        raise BackupError("backup.db_damaged", detail=str(exc)) from exc
    if problems:
        raise BackupError("backup.db_damaged", detail="; ".join(problems[:5]))
    status = migrations.inspect_database(db_file)
    if status.state is DbState.DAMAGED:
        raise BackupError("backup.db_damaged", detail=status.detail)
    if status.state in (DbState.FOREIGN, DbState.MISSING):
        raise BackupError("backup.db_foreign")
    if status.state is DbState.TOO_NEW:
        raise BackupError("backup.db_too_new", revision=status.revision)
    return status.revision


# ---- restore -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreRecovery:
    """What the open of a data folder did with a restore a crash interrupted."""

    completed: bool  # True: finished (the backup's data); False: undone (the data from before)
    backup: str  # the backup file the restore was made from
    safety_backup: str | None  # the copy of the data from before, when it was made


def restore_backup(data_dir: DataDir, file: Path) -> RestoreResult:
    """Replace the database and attachments of ``data_dir`` with those in backup ``file``.

    The caller must hold the data directory's writer lock and have no engine or connection open on
    its database (close the ``AppContext`` first, reopen it afterwards: an older database is then
    upgraded as usual), and must have let ``recover_restore`` finish any earlier restore.

    Nothing is touched unless ``verify_backup`` passes and the disk has room for the backup's data
    beside the current one and a copy of the latter ("backup.not_enough_space"). The steps:

    1. the journal ``thuky-iso-restore.json`` is written (phase "staging");
    2. the data being replaced is saved to ``backups/truoc-khoi-phuc-<time>.zip``
       (``RestoreResult.safety_backup``);
    3. the backup is extracted, checking every checksum again, to ``.restore-<id>.sqlite3`` and
       ``.restore-attachments-<id>/`` in the data folder, and flushed to disk;
    4. the journal moves to phase "swapping": from here on the restore is finished, even after a
       crash (``recover_restore``);
    5. ``attachments/`` is renamed ``.attachments-old-<id>``, the new folder takes its name; the
       database (with its ``-wal``/``-journal``) is renamed ``.restore-old-<id>.sqlite3``, the new
       one takes its name — every rename flushed to disk;
    6. the journal is removed (the restore is done), then the old pieces.

    A failure (an exception) puts the previous data back before raising ``BackupError``
    ("backup.disk_full" when the disk filled up, "backup.restore_failed" otherwise).
    """
    file = Path(file)
    info, manifest = _verify(file)
    fault_point("restore.verified")
    data_dir.ensure()
    expanded = _expanded_size(manifest)
    current = _current_size(data_dir)
    _check_space(
        data_dir.root, expanded + current, "backup.not_enough_space", expanded=expanded, current=current
    )
    token = uuid.uuid4().hex[:12]
    journal: dict[str, Any] = {
        "format": JOURNAL_FORMAT,
        "phase": "staging",
        "backup": str(file.absolute()),
        "safety_backup": None,
        "had_database": data_dir.db_path.exists(),
        "staged_db": f".restore-{token}.sqlite3",
        "staged_attachments": f".restore-attachments-{token}",
        "old_db": f".restore-old-{token}.sqlite3",
        "old_attachments": f".attachments-old-{token}",
        "database": {"sha256": manifest.database.sha256, "size": manifest.database.size},
        "attachments": [
            {"path": e.member[len(ATTACHMENTS_PREFIX) :], "sha256": e.sha256, "size": e.size}
            for e in manifest.attachments
        ],
    }
    try:
        _write_journal(data_dir, journal)
        fault_point("restore.journal_started")
        safety = _safety_backup(data_dir)
        journal["safety_backup"] = str(safety) if safety is not None else None
        fault_point("restore.safety_written")
        root = data_dir.root
        _extract(file, root / journal["staged_db"], root / journal["staged_attachments"])
        fault_point("restore.staged")
        journal["phase"] = "swapping"
        _write_journal(data_dir, journal)
        fault_point("restore.journal_swapping")
        _roll_forward(data_dir, journal)
    except BaseException as exc:
        if restore_pending(data_dir):  # not once the journal is gone: the restore is done by then
            try:
                _roll_back(data_dir, journal)
            except BaseException:  # the journal stays: the next open finishes the job
                log.exception("could not undo the failed restore from %s", file)
        if isinstance(exc, OSError):
            if _disk_full(exc):
                needed, free = expanded + current, _free_space(data_dir.root)
                raise BackupError(
                    "backup.restore_disk_full",
                    path=str(data_dir.root),
                    needed=size_text(needed),
                    free=size_text(free) if free is not None else "?",
                ) from exc
            raise BackupError("backup.restore_failed", path=str(file), detail=_reason(exc)) from exc
        if isinstance(exc, BackupError) and exc.code == "backup.disk_full":
            raise BackupError(
                "backup.restore_disk_full",
                path=str(data_dir.root),
                needed=size_text(expanded + current),
                free=size_text(_free_space(data_dir.root) or 0),
            ) from exc
        raise
    return RestoreResult(info=info, safety_backup=safety)


def _current_size(data_dir: DataDir) -> int:
    """The data a restore replaces: its safety backup needs at most this much room."""
    total = 0
    db = data_dir.db_path
    for path in (db, _side(db, "-wal")):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    for path, _rel in _attachment_files(data_dir.attachments_dir):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _safety_backup(data_dir: DataDir) -> Path | None:
    """Back up the data about to be replaced; a database SQLite cannot read is kept byte for byte."""
    db = data_dir.db_path
    if not db.is_file() or db.stat().st_size == 0:
        return None
    out = _unique(data_dir.backups_dir / f"{SAFETY_PREFIX}{migrations.timestamp()}.zip")
    try:
        # Not create_backup: it refuses (rightly) a file inside the data folder.
        return _write_checked(data_dir, out, raw_database=False).path
    except BackupError as exc:
        if exc.code == "backup.disk_full":
            raise
        # A damaged database is what one usually restores over: keep its raw bytes instead.
        return _write_checked(data_dir, out, raw_database=True).path


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _extract(file: Path, db_target: Path, attachments_target: Path) -> None:
    """Extract the database and attachments, checking every checksum again while writing, and
    flush them to disk."""
    attachments_target.mkdir(mode=0o700)
    with _open_zip(file) as zf:
        # Read the manifest again: the file could have changed since it was verified.
        manifest = _read_manifest(zf, file)
        _check_limits(file, manifest)
        _write_member(zf, file, manifest.database, db_target)
        fault_point("restore.extracted")
        for entry in manifest.attachments:
            target = attachments_target.joinpath(*entry.member[len(ATTACHMENTS_PREFIX) :].split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_member(zf, file, entry, target)
            fault_point("restore.extracted")
    fsync_tree(attachments_target, files=False)  # each file was flushed as it was written
    fsync_dir(db_target.parent)


def _write_member(zf: zipfile.ZipFile, file: Path, entry: _Entry, target: Path) -> None:
    with target.open("xb") as out:
        _check_member(zf, file, entry, out)
        out.flush()
        os.fsync(out.fileno())


# ---- the journal, and finishing or undoing a restore -------------------------------------------


def _write_journal(data_dir: DataDir, journal: dict[str, Any]) -> None:
    data = json.dumps(journal, ensure_ascii=False, indent=1).encode("utf-8")
    durable_write(data_dir.root / JOURNAL_NAME, data)


def _read_journal(path: Path) -> dict[str, Any]:
    """The journal, checked: every name it gives is a plain name in the data folder."""
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(journal, dict) or journal.get("format") != JOURNAL_FORMAT:
            raise ValueError("not a restore journal")
        for key, prefix in (
            ("staged_db", ".restore-"),
            ("staged_attachments", ".restore-attachments-"),
            ("old_db", ".restore-old-"),
            ("old_attachments", ".attachments-old-"),
        ):
            name = journal[key]
            if not isinstance(name, str) or not name.startswith(prefix) or "/" in name or "\\" in name:
                raise ValueError(f"{key} is not a name in the data folder")
        if journal["phase"] not in ("staging", "swapping"):
            raise ValueError(f"unknown phase {journal['phase']!r}")
        database = journal["database"]
        if not _SHA256_RE.match(str(database["sha256"])):
            raise ValueError("no checksum for the database")
        for item in journal["attachments"]:
            if not is_safe_member_name(item["path"]) or not _SHA256_RE.match(str(item["sha256"])):
                raise ValueError("a bad attachment entry")
        return journal
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataDirError("restore.journal_unreadable", path=str(path), detail=str(exc)) from exc


def recover_restore(data_dir: DataDir) -> RestoreRecovery | None:
    """Finish or undo a restore a crash interrupted; ``None`` when there was none.

    The caller holds the writer lock, and nothing has opened the database yet. A restore past its
    "staging" phase whose new database and attachments are all there, with the backup's checksums,
    is finished (rolled forward); anything else — still staging, or a staged piece missing or
    changed — is undone (rolled back): the previous database and attachments are put back.
    Both are idempotent: a crash during recovery is recovered from at the next open.
    """
    path = data_dir.root / JOURNAL_NAME
    if not path.exists():
        return None
    journal = _read_journal(path)
    try:
        complete = journal["phase"] == "swapping" and _new_data_complete(data_dir, journal)
        if complete:
            _roll_forward(data_dir, journal)
        else:
            _roll_back(data_dir, journal)
    except OSError as exc:
        raise DataDirError("restore.recovery_failed", path=str(data_dir.root), detail=_reason(exc)) from exc
    outcome = RestoreRecovery(
        completed=complete, backup=str(journal.get("backup", "?")), safety_backup=journal.get("safety_backup")
    )
    log.warning("an interrupted restore from %s was %s", outcome.backup, "finished" if complete else "undone")
    return outcome


def _side(db: Path, suffix: str) -> Path:
    return db.with_name(db.name + suffix)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _new_data_complete(data_dir: DataDir, journal: dict[str, Any]) -> bool:
    """Whether the backup's database and attachments are all there — still staged, or already in
    place — with the checksums the journal gives."""
    root = data_dir.root
    staged_db = root / journal["staged_db"]
    db = staged_db if staged_db.exists() else data_dir.db_path
    try:
        if (
            db.stat().st_size != journal["database"]["size"]
            or _sha256_of(db) != journal["database"]["sha256"]
        ):
            return False
        staged = root / journal["staged_attachments"]
        folder = staged if staged.exists() else data_dir.attachments_dir
        found = {rel: path for path, rel in _attachment_files(folder)}
        wanted = {item["path"]: item for item in journal["attachments"]}
        if set(found) != set(wanted):
            return False
        return all(
            found[rel].stat().st_size == item["size"] and _sha256_of(found[rel]) == item["sha256"]
            for rel, item in wanted.items()
        )
    except OSError:
        return False


def _move_database_aside(db: Path, old_db: Path) -> None:
    """Rename the database and the files that go with it (a WAL, a hot journal: they belong to it
    and must never be replayed onto another database); the shared-memory index is rebuilt."""
    for suffix in ("-wal", "-journal"):
        if _side(db, suffix).exists():
            durable_rename(_side(db, suffix), _side(old_db, suffix))
    _side(db, "-shm").unlink(missing_ok=True)
    if db.exists():
        durable_rename(db, old_db)


def _remove_database(db: Path) -> None:
    for suffix in ("-wal", "-journal", "-shm", ""):
        _side(db, suffix).unlink(missing_ok=True)
    fsync_dir(db.parent)


def _journal_paths(data_dir: DataDir, journal: dict[str, Any]) -> tuple[Path, Path, Path, Path]:
    """The journal's staged and set-aside attachments folders and databases, in the data folder."""
    root = data_dir.root
    return tuple(
        root / journal[key] for key in ("staged_attachments", "old_attachments", "staged_db", "old_db")
    )


def _roll_forward(data_dir: DataDir, journal: dict[str, Any]) -> None:
    """Put the staged database and attachments in place, then drop the journal and the old data."""
    root = data_dir.root
    staged_attachments, old_attachments, staged_db, old_db = _journal_paths(data_dir, journal)
    current, db = data_dir.attachments_dir, data_dir.db_path
    if staged_attachments.exists():
        if current.exists():
            if old_attachments.exists():
                current.rmdir()  # made again, empty, by the open (DataDir.ensure) after the crash
            else:
                durable_rename(current, old_attachments)
        fault_point("restore.attachments_aside")
        durable_rename(staged_attachments, current)
        fault_point("restore.attachments_in")
    if staged_db.exists():
        if old_db.exists() or _side(old_db, "-wal").exists() or _side(old_db, "-journal").exists():
            # Already moved aside: what is left under the database's name is not the data.
            if db.exists() and db.stat().st_size > 0:
                raise OSError(errno.EEXIST, "cơ sở dữ liệu đã có ở chỗ của bản khôi phục", str(db))
            _remove_database(db)
        else:
            _move_database_aside(db, old_db)
        fault_point("restore.db_aside")
        durable_rename(staged_db, db)
        fault_point("restore.db_in")
    durable_remove(root / JOURNAL_NAME)
    fault_point("restore.committed")
    # Done: from here on nothing may undo the restore. What is left over is swept at the next open.
    shutil.rmtree(old_attachments, ignore_errors=True)
    try:
        _remove_database(old_db)
    except OSError as exc:
        log.warning("could not remove the replaced database %s: %s", old_db, exc)
    fault_point("restore.done")


def _is_new_database(db: Path, journal: dict[str, Any]) -> bool:
    return db.exists() and _sha256_of(db) == journal["database"]["sha256"]


def _roll_back(data_dir: DataDir, journal: dict[str, Any]) -> None:
    """Put the previous database and attachments back, then drop the journal and the new data."""
    root = data_dir.root
    staged_attachments, old_attachments, staged_db, old_db = _journal_paths(data_dir, journal)
    current, db = data_dir.attachments_dir, data_dir.db_path
    if old_db.exists() or _side(old_db, "-wal").exists() or _side(old_db, "-journal").exists():
        _remove_database(db)  # the backup's database, if it got there
        for suffix in ("-wal", "-journal", ""):
            if _side(old_db, suffix).exists():
                durable_rename(_side(old_db, suffix), _side(db, suffix))
        fault_point("restore.rolled_back_db")
    elif not journal.get("had_database", True) and not staged_db.exists() and _is_new_database(db, journal):
        _remove_database(db)  # restored into an empty folder: there was none before
    _remove_database(staged_db)
    if old_attachments.exists():
        if current.exists():
            shutil.rmtree(current)  # the backup's files (or the empty folder the open made)
        durable_rename(old_attachments, current)
    shutil.rmtree(staged_attachments, ignore_errors=True)
    durable_remove(root / JOURNAL_NAME)
