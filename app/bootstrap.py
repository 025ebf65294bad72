"""Composition root: open a data directory (lock, migrations, engine) and build the services once.

Both front ends — the GUI (``app.ui``) and the command line (``app.cli``) — start here. Qt-free, so
headless commands stay fast.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from app.services.agency import AgencyService
from app.services.attachments import AttachmentService
from app.services.datadir import DataDir
from app.services.db import make_engine, make_session_factory
from app.services.documents import DocumentService
from app.services.errors import DataDirError
from app.services.exports.plan_documents import PlanDocumentExporter
from app.services.exports.registers import RegisterExporter
from app.services.imports import ImportService
from app.services.legal import LegalService
from app.services.lock import WriterLock
from app.services.migrations import DbState, DbStatus, inspect_database, refuse_unusable, upgrade_database
from app.services.objectives import ObjectiveService
from app.services.organization import OrganizationService
from app.services.plans import PlanService
from app.services.qms import QmsService
from app.services.tthc import TthcService
from app.services.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from app.services.backup import RestoreResult

log = logging.getLogger(__name__)


@dataclass
class Services:
    agency: AgencyService
    organization: OrganizationService
    qms: QmsService
    attachments: AttachmentService
    documents: DocumentService
    tthc: TthcService
    legal: LegalService
    imports: ImportService
    exports: RegisterExporter
    objectives: ObjectiveService
    plans: PlanService
    plan_exports: PlanDocumentExporter


@dataclass
class AppContext:
    """An opened data directory: its services, and the writer lock when this process writes."""

    data_dir: DataDir
    engine: Engine
    services: Services
    status_before: DbStatus
    lock: WriterLock | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def writer(self) -> bool:
        return self.lock is not None and self.lock.held

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def build_services(engine: Engine, attachments_dir: Path) -> Services:
    factory = make_session_factory(engine)

    def uow() -> UnitOfWork:
        return UnitOfWork(factory)

    attachments = AttachmentService(uow, attachments_dir)
    agency = AgencyService(uow)
    documents = DocumentService(uow, attachments)
    tthc = TthcService(uow)
    legal = LegalService(uow)
    objectives = ObjectiveService(uow, attachments)
    plans = PlanService(uow)
    return Services(
        agency=agency,
        organization=OrganizationService(uow),
        qms=QmsService(uow),
        attachments=attachments,
        documents=documents,
        tthc=tthc,
        legal=legal,
        imports=ImportService(uow, agency, documents, tthc),
        exports=RegisterExporter(agency, documents, legal),
        objectives=objectives,
        plans=plans,
        plan_exports=PlanDocumentExporter(agency, objectives, plans),
    )


def configure_logging(log_path: Path, *, level: int = logging.INFO) -> None:
    """Log to a rotating file in the data directory (once per process and path)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(log_path):
            return
    try:
        handler = logging.handlers.RotatingFileHandler(
            log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))


def prepare_data_dir(root: Path) -> DataDir:
    """Create the folders of a data directory and start logging into it."""
    data_dir = DataDir(Path(root).expanduser().resolve())
    try:
        data_dir.ensure()
    except OSError as exc:
        raise DataDirError("datadir.not_writable", path=str(data_dir.root), detail=str(exc)) from exc
    configure_logging(data_dir.log_path)
    return data_dir


def open_data_dir(root: Path, *, writer: bool, program: str) -> AppContext:
    """Open ``root`` for reading, or for writing under the writer lock, migrating as needed.

    Raises ``DataDirError`` (lock held, database too new / foreign / damaged, folder not writable)
    without having written to the database.
    """
    data_dir = prepare_data_dir(root)
    lock = WriterLock(data_dir.lock_path)
    if writer:
        lock.acquire(program)
        if lock.taken_over is not None:
            log.warning("took over a stale lock left by %s", lock.taken_over)
    try:
        status = inspect_database(data_dir.db_path)
        refuse_unusable(status, data_dir.db_path)
        engine = make_engine(data_dir.db_path)
        if status.state in (DbState.MISSING, DbState.OUTDATED):
            _upgrade(data_dir, engine, lock, program)
        return AppContext(
            data_dir=data_dir,
            engine=engine,
            services=build_services(engine, data_dir.attachments_dir),
            status_before=status,
            lock=lock if writer else None,
        )
    except BaseException:
        lock.release()
        raise


def _upgrade(data_dir: DataDir, engine: Engine, lock: WriterLock, program: str) -> None:
    """Migrations write, so a reader takes the writer lock just for the upgrade."""
    temporary = not lock.held
    if temporary:
        try:
            lock.acquire(program)
        except DataDirError as exc:
            raise DataDirError("db.upgrade_needs_lock", **exc.params) from exc
    try:
        upgrade_database(data_dir.db_path, engine, data_dir.backups_dir)
    finally:
        if temporary:
            lock.release()


def restore_data_dir(
    root: Path, backup_file: Path, *, program: str, lock: WriterLock | None = None
) -> RestoreResult:
    """Replace the data of ``root`` with a verified backup, then bring it to head.

    Works on a data directory whose current database is unusable (that is when restoring matters),
    so it does not open it first. ``lock`` is the caller's writer lock when it already holds one
    (the GUI); otherwise the lock is taken for the duration.
    """
    from app.services.backup import restore_backup

    data_dir = prepare_data_dir(root)
    own_lock = lock is None
    writer_lock = lock or WriterLock(data_dir.lock_path)
    writer_lock.acquire(program)
    try:
        result = restore_backup(data_dir, backup_file)
        engine = make_engine(data_dir.db_path)
        try:
            upgrade_database(data_dir.db_path, engine, data_dir.backups_dir)
        finally:
            engine.dispose()
        log.info("restored %s from %s", data_dir.root, backup_file)
        return result
    finally:
        if own_lock:
            writer_lock.release()
