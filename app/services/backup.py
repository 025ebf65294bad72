"""Back up a data directory to one .zip file, check such a file, and restore from it.

A backup holds:

* ``database.sqlite3`` — a consistent copy of the database made with SQLite's online backup API
  (so it can be taken while the app is open and writing), in rollback-journal mode so the file
  stands alone;
* ``attachments/<relative path>`` — every file under the data directory's ``attachments/``;
* ``manifest.json`` — format, app version, time, schema revision, and the size and SHA-256 of every
  member above.

``verify_backup`` checks a file completely (zip structure, manifest, checksums, member names,
database integrity and schema revision) without touching any data directory, and
``restore_backup`` only starts replacing data once that check has passed. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
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
from app.services.errors import BackupError, DomainError
from app.services.files import check_output_path
from app.services.migrations import DbState

FORMAT = "thuky-iso-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DB_MEMBER = "database.sqlite3"
ATTACHMENTS_PREFIX = "attachments/"
SAFETY_PREFIX = "truoc-khoi-phuc-"

_CHUNK = 1024 * 1024
_MAX_MANIFEST_BYTES = 16 * 1024 * 1024
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


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
    try:
        return _write_archive(data_dir, out_file, raw_database=False)
    except (OSError, sqlite3.Error, zipfile.LargeZipFile) as exc:
        raise BackupError("backup.write_failed", path=str(out_file), detail=str(exc)) from exc


def _write_archive(data_dir: DataDir, out_file: Path, *, raw_database: bool) -> BackupInfo:
    out_file.parent.mkdir(parents=True, exist_ok=True)
    created_at = datetime.now().astimezone().replace(microsecond=0)
    with tempfile.TemporaryDirectory(prefix="thuky-iso-backup-") as work:
        db_copy = Path(work) / DB_MEMBER
        if raw_database:
            shutil.copyfile(data_dir.db_path, db_copy)
        else:
            migrations.sqlite_backup(data_dir.db_path, db_copy)
            _make_standalone(db_copy)
        revision = migrations.inspect_database(db_copy).revision
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out_file.name}.", suffix=".tmp", dir=out_file.parent)
        tmp = Path(tmp_name)
        try:
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
            os.replace(tmp, out_file)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
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
    extracted to; ``manifest.json`` is present and well-formed; every member it names is present,
    of the stated size and SHA-256; the database passes ``PRAGMA integrity_check`` and is this
    app's, at a schema revision this version knows (an older one is fine: it is upgraded when
    opened). Only a temporary folder is written to.
    """
    file = Path(file)
    with _open_zip(file) as zf:
        manifest = _read_manifest(zf, file)
        for entry in manifest.attachments:
            _check_member(zf, file, entry, None)
        with tempfile.TemporaryDirectory(prefix="thuky-iso-verify-") as work:
            db_copy = Path(work) / DB_MEMBER
            with db_copy.open("wb") as out:
                _check_member(zf, file, manifest.database, out)
            revision = _check_database(db_copy)
    return BackupInfo(
        path=file,
        created_at=manifest.created_at,
        app_version=manifest.app_version,
        revision=revision,
        attachment_count=len(manifest.attachments),
        database_size=manifest.database.size,
    )


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
    """Stream ``entry``'s member (into ``out`` if given), checking its size and SHA-256."""
    try:
        info = zf.getinfo(entry.member)
    except KeyError as exc:
        raise BackupError("backup.missing_member", member=entry.member) from exc
    if info.is_dir() or info.file_size != entry.size:
        raise BackupError("backup.checksum_mismatch", member=entry.member)
    digest = hashlib.sha256()
    size = 0
    try:
        with zf.open(info) as src:
            while chunk := src.read(_CHUNK):
                size += len(chunk)
                if size > entry.size:
                    break
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:  # bad CRC, corrupt deflate data
        raise BackupError("backup.checksum_mismatch", member=entry.member) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encryption
        raise BackupError("backup.not_zip", path=str(file)) from exc
    except OSError as exc:
        raise BackupError("backup.read_failed", path=str(file), detail=str(exc)) from exc
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


def restore_backup(data_dir: DataDir, file: Path) -> RestoreResult:
    """Replace the database and attachments of ``data_dir`` with those in backup ``file``.

    The caller must hold the data directory's writer lock and have no engine or connection open on
    its database (close the ``AppContext`` first, reopen it afterwards: an older database is then
    upgraded as usual).

    Nothing is touched unless ``verify_backup`` passes. The data being replaced is first saved to
    ``backups/truoc-khoi-phuc-<time>.zip`` (``RestoreResult.safety_backup``). Everything is then
    extracted to temporary places inside the data directory before the database file is swapped in
    with ``os.replace`` and the attachments folder is swapped by renames. Raises ``BackupError``.
    """
    file = Path(file)
    info = verify_backup(file)
    data_dir.ensure()
    safety = _safety_backup(data_dir)

    root = data_dir.root
    tmp_db: Path | None = None
    tmp_attachments: Path | None = None
    try:
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".restore-", suffix=".sqlite3", dir=root)
            os.close(fd)
            tmp_db = Path(tmp_name)
            tmp_attachments = Path(tempfile.mkdtemp(prefix=".restore-attachments-", dir=root))
            _extract(file, tmp_db, tmp_attachments)
            _swap_in(data_dir, tmp_db, tmp_attachments)
            tmp_db = tmp_attachments = None
        except OSError as exc:
            raise BackupError("backup.restore_failed", path=str(file), detail=str(exc)) from exc
    finally:
        if tmp_db is not None:
            with contextlib.suppress(OSError):
                tmp_db.unlink()
        if tmp_attachments is not None:
            shutil.rmtree(tmp_attachments, ignore_errors=True)
    return RestoreResult(info=info, safety_backup=safety)


def _safety_backup(data_dir: DataDir) -> Path | None:
    """Back up the data about to be replaced; a database SQLite cannot read is kept byte for byte."""
    db = data_dir.db_path
    if not db.is_file() or db.stat().st_size == 0:
        return None
    out = _unique(data_dir.backups_dir / f"{SAFETY_PREFIX}{migrations.timestamp()}.zip")
    try:
        return create_backup(data_dir, out).path
    except BackupError:
        # A damaged database is what one usually restores over: keep its raw bytes instead.
        try:
            return _write_archive(data_dir, out, raw_database=True).path
        except (OSError, sqlite3.Error, zipfile.LargeZipFile) as exc:
            raise BackupError("backup.write_failed", path=str(out), detail=str(exc)) from exc


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _extract(file: Path, db_target: Path, attachments_target: Path) -> None:
    """Extract the database and attachments, checking every checksum again while writing."""
    with _open_zip(file) as zf:
        # Read the manifest again: the file could have changed since it was verified.
        manifest = _read_manifest(zf, file)
        with db_target.open("wb") as out:
            _check_member(zf, file, manifest.database, out)
        for entry in manifest.attachments:
            target = attachments_target.joinpath(*entry.member[len(ATTACHMENTS_PREFIX) :].split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as out:
                _check_member(zf, file, entry, out)


def _swap_in(data_dir: DataDir, new_db: Path, new_attachments: Path) -> None:
    """Put the extracted attachments folder and database in place, undoing the first if the second fails."""
    current = data_dir.attachments_dir
    old: Path | None = None
    if current.exists():
        old = current.with_name(f".attachments-old-{uuid.uuid4().hex[:12]}")
        os.rename(current, old)
    try:
        os.rename(new_attachments, current)
    except OSError:
        if old is not None:
            os.rename(old, current)
        raise
    try:
        db = data_dir.db_path
        # A leftover WAL belongs to the old database and must never be replayed onto the new one.
        for suffix in ("-wal", "-shm", "-journal"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(new_db, db)
    except OSError:
        with contextlib.suppress(OSError):
            os.rename(current, new_attachments)
            if old is not None:
                os.rename(old, current)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
