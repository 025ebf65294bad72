"""Putting a data folder right when it is opened, before anything reads it, and checking that its
attachments are all there.

``recover`` (the caller holds the writer lock) finishes or undoes a restore a crash interrupted
(``backup.recover_restore``: its journal is ``thuky-iso-restore.json``), then removes what
interrupted writes left behind:

* in the data folder: a restore's staged pieces (``.restore-*``), the replaced attachments
  (``.attachments-old-*``), temporary files (``.<name>.<id>.tmp``);
* in ``backups/``: a safety or upgrade backup being written (``.truoc-khoi-phuc-*.tmp``, ``*.part``);
* in ``attachments/``: a file being copied in (``.tmp-*``);
* outside the data folder: temporaries listed in ``.pending-temp/`` by a process that died (an
  export's ``.tmp`` beside the user's file, a backup's work folder, a verification's copy of a
  database: ``files.pending_temporary``), and the system temporary folder's ``thuky-iso-backup-*``
  and ``thuky-iso-verify-*`` folders earlier versions left there (each a full copy of a database).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.datadir import DataDir
from app.services.files import PENDING_DIR, remove_leftovers, sweep_pending

if TYPE_CHECKING:
    from app.services.backup import RestoreRecovery

log = logging.getLogger(__name__)

JOURNAL_NAME = "thuky-iso-restore.json"

_ROOT_LEFTOVERS = re.compile(r"^(\.restore-.+|\.attachments-old-.+|\..+\.tmp)$", re.DOTALL)
_BACKUPS_LEFTOVERS = re.compile(r"^(\..+\.tmp|.+\.part)$", re.DOTALL)
_STORE_LEFTOVERS = re.compile(r"^\.tmp-.+$", re.DOTALL)
# Made by earlier versions only (this one works beside the backup file, and lists what it makes).
_SYSTEM_TEMP_LEFTOVERS = re.compile(r"^thuky-iso-(backup|verify)-.+$", re.DOTALL)


@dataclass(frozen=True)
class Recovery:
    """What opening the data folder put right."""

    restore: RestoreRecovery | None  # an interrupted restore finished or undone
    removed: tuple[Path, ...]  # leftovers removed


def restore_pending(data_dir: DataDir) -> bool:
    """Whether a restore was interrupted (its journal is there)."""
    return (data_dir.root / JOURNAL_NAME).exists()


def recover(data_dir: DataDir) -> Recovery:
    """Finish or undo an interrupted restore, then remove leftovers. Holds: the writer lock."""
    restore = None
    if restore_pending(data_dir):
        from app.services.backup import recover_restore

        restore = recover_restore(data_dir)
    removed = sweep_leftovers(data_dir)
    if removed:
        log.info("removed %d leftovers of interrupted writes: %s", len(removed), [str(p) for p in removed])
    return Recovery(restore=restore, removed=tuple(removed))


def sweep_leftovers(data_dir: DataDir) -> list[Path]:
    """Remove what interrupted writes left (see the module's text); never a restore's pieces while
    its journal is there."""
    if restore_pending(data_dir):
        return []
    removed = sweep_pending(data_dir.root / PENDING_DIR)
    removed += remove_leftovers(data_dir.root, _ROOT_LEFTOVERS)
    removed += remove_leftovers(data_dir.backups_dir, _BACKUPS_LEFTOVERS)
    removed += remove_leftovers(data_dir.attachments_dir, _STORE_LEFTOVERS)
    removed += [p for p in _legacy_temp_folders() if _remove_tree(p)]
    return removed


def _legacy_temp_folders() -> list[Path]:
    folder = Path(tempfile.gettempdir())
    found: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        if not _SYSTEM_TEMP_LEFTOVERS.match(entry.name):
            continue
        try:
            if not entry.is_dir(follow_symlinks=False):
                continue
            if sys.platform != "win32" and entry.stat(follow_symlinks=False).st_uid != os.getuid():
                continue  # another user's (a shared /tmp): not ours to remove
        except OSError:
            continue
        found.append(Path(entry.path))
    return found


def _remove_tree(path: Path) -> bool:
    import shutil

    try:
        shutil.rmtree(path)
    except OSError as exc:
        log.warning("could not remove the leftover %s: %s", path, exc)
        return False
    return True


# ---- attachments -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentProblem:
    attachment_id: int
    name: str  # the name the user gave the file
    problem: str  # "missing": no file; "changed": the file's size or SHA-256 is not the row's


def attachment_problems(db_path: Path, store: Path) -> tuple[int, list[AttachmentProblem]]:
    """Check that every attachment row has its file in ``store``, of its size and SHA-256; returns
    the number of rows and the problems found. Reads the database through a read-only
    connection."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id, sha256, size, original_name FROM attachment ORDER BY id").fetchall()
    finally:
        conn.close()
    problems: list[AttachmentProblem] = []
    for attachment_id, sha, size, name in rows:
        path = store / sha[:2] / sha if re.fullmatch(r"[0-9a-f]{64}", sha or "") else None
        if path is None or not path.is_file():
            problems.append(AttachmentProblem(attachment_id, name, "missing"))
        elif path.stat().st_size != size or _sha256_of(path) != sha:
            problems.append(AttachmentProblem(attachment_id, name, "changed"))
    return len(rows), problems


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
