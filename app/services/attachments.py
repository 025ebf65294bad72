"""Attachments: files copied into ``attachments/`` under their SHA-256, shared by every area.

The stored name is built from the hash alone (``ab/abcdef…``), so no file name chosen by a user or
found in an import can reach outside the folder. A file is kept while any record refers to it;
``collect_garbage`` removes the others. The links are read from the schema: every column with a
foreign key to ``attachment.id`` (``link_columns``), so a new area's file column is never forgotten.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select

from app import models as m
from app.services import dto
from app.services.errors import DomainError, NotFound
from app.services.files import atomic_output, durable_replace
from app.services.sanitize import strip_format_characters
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import clean

log = logging.getLogger(__name__)

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
MAX_FILE_BYTES = 200 * 1024 * 1024


def link_columns() -> list[tuple[str, str]]:
    """Every (table, column) with a foreign key to ``attachment.id``; a file no row refers to is
    garbage."""
    links = []
    for table in m.Base.metadata.sorted_tables:
        for column in table.columns:
            if any(
                fk.column.table.name == "attachment" and fk.column.name == "id" for fk in column.foreign_keys
            ):
                links.append((table.name, column.name))
    return links


def stored_path(store: Path, sha256: str) -> Path:
    if not _HEX64.match(sha256):
        raise ValueError("not a sha256 hex digest")
    return store / sha256[:2] / sha256


# Names Windows keeps for devices, with or without an extension ("con.pdf", "Com1.docx"), in any
# case and with trailing spaces before the dot: a file cannot be created under them.
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789\u00b9\u00b2\u00b3"}
)


def clean_display_name(name: str) -> str:
    """An attachment's display name: one line without control or format characters (bidi
    overrides and marks, zero-width and tag characters: an RLO makes "x\u202efdp.exe" show as
    "xexe.pdf"), NFC, trimmed, at most 255 characters."""
    return clean(strip_format_characters(clean(name)))[:255]


def safe_file_name(name: str) -> str:
    """A display name made safe as a single file name on every system: no folders, no reserved or
    invisible characters, no trailing dots or spaces, never a Windows device name (CON, NUL,
    COM1…; "_" is put in front)."""
    base = re.split(r"[\\/]", clean_display_name(name))[-1]
    base = re.sub(r'[<>:"|?*]', "_", base).strip(" .")[:180].rstrip(" .")
    if base.split(".", 1)[0].rstrip(" ").upper() in _WINDOWS_DEVICES:
        base = "_" + base
    return base or "tep"


def _ref(row: m.Attachment) -> dto.AttachmentRef:
    return dto.AttachmentRef(id=row.id, original_name=row.original_name, size=row.size, sha256=row.sha256)


class AttachmentService:
    def __init__(self, uow: UowFactory, store: Path) -> None:
        self._uow = uow
        self.store = store

    def copy_in(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` into the store (if its content is new); returns (sha256, size).

        Done before the database transaction that links it: a file whose transaction fails is
        removed by ``collect_garbage``, never the other way round (a row without its file).
        """
        source = Path(source)
        if not source.is_file():
            raise DomainError("attachment.not_found", path=str(source))
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DomainError(
                "attachment.too_big", path=str(source), limit_mb=MAX_FILE_BYTES // (1024 * 1024)
            )
        self.store.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=self.store)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
            sha = digest.hexdigest()
            target = stored_path(self.store, sha)
            if target.exists() and target.stat().st_size == size:
                Path(tmp_name).unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                durable_replace(Path(tmp_name), target)  # on disk before a row refers to it
        except OSError as exc:
            Path(tmp_name).unlink(missing_ok=True)
            raise DomainError("attachment.copy_failed", path=str(source), detail=str(exc)) from exc
        return sha, size

    def attach(self, uow: UnitOfWork, source: Path, display_name: str | None = None) -> m.Attachment:
        """Store ``source`` and return its row, inside the caller's unit of work."""
        sha, size = self.copy_in(source)
        row = uow.session.scalars(select(m.Attachment).where(m.Attachment.sha256 == sha)).first()
        if row is None:
            name = clean_display_name(display_name or Path(source).name) or sha[:12]
            row = m.Attachment(sha256=sha, size=size, original_name=name)
            uow.session.add(row)
            uow.session.flush()
        return row

    def get(self, attachment_id: int) -> dto.AttachmentRef:
        with self._uow() as uow:
            row = uow.session.get(m.Attachment, attachment_id)
            if row is None:
                raise NotFound("Attachment", attachment_id)
            return _ref(row)

    def path_of(self, attachment_id: int) -> Path:
        """Where the file of ``attachment_id`` is stored (to open it with the system viewer)."""
        ref = self.get(attachment_id)
        path = stored_path(self.store, ref.sha256)
        if not path.is_file():
            raise DomainError("attachment.missing_file", name=ref.original_name)
        return path

    def viewing_copy(self, attachment_id: int, folder: Path | None = None) -> Path:
        """A copy under the original file name (so the system viewer knows its type), in a
        temporary folder; the stored file itself is never handed out to be edited."""
        ref = self.get(attachment_id)
        source = self.path_of(attachment_id)
        base = folder or Path(tempfile.gettempdir()) / "thuky-iso-xem-tep"
        target_dir = base / ref.sha256[:16]
        target = target_dir / safe_file_name(ref.original_name)
        if not target.exists():
            target_dir.mkdir(parents=True, exist_ok=True)
            self.save_copy(attachment_id, target)
        return target if target.exists() else source

    def save_copy(self, attachment_id: int, target: Path) -> Path:
        """Copy a stored file out (written to a temporary name, then moved into place)."""
        source = self.path_of(attachment_id)
        target = Path(target)
        try:
            with atomic_output(target) as temp:
                shutil.copyfile(source, temp)
        except OSError as exc:
            raise DomainError("attachment.copy_failed", path=str(target), detail=str(exc)) from exc
        return target

    def collect_garbage(self) -> int:
        """Delete attachment rows no record refers to, and stored files no row refers to."""
        removed = 0
        with self._uow() as uow:
            referenced: set[int] = set()
            for table, column in link_columns():
                referenced |= {
                    r[0]
                    for r in uow.session.execute(
                        m.Base.metadata.tables[table]
                        .select()
                        .with_only_columns(m.Base.metadata.tables[table].c[column])
                    )
                }
            for row in uow.session.scalars(select(m.Attachment)):
                if row.id not in referenced:
                    uow.session.delete(row)
            uow.commit()
            keep = set(uow.session.scalars(select(m.Attachment.sha256)))
        if self.store.is_dir():
            for path in self.store.glob("*/*"):
                if path.is_file() and _HEX64.match(path.name) and path.name not in keep:
                    path.unlink(missing_ok=True)
                    removed += 1
            for tmp in self.store.glob(".tmp-*"):
                tmp.unlink(missing_ok=True)
        if removed:
            log.info("removed %d unreferenced attachment files", removed)
        return removed
