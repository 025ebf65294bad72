"""Composition root: open a data directory (lock, migrations, engine) and build the services once.

Both front ends — the GUI (``app.ui``) and the command line (``app.cli``) — start here. Qt-free, so
headless commands stay fast.
"""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from app.services.changes import ChangeHub, WriteContext
from app.services.clock import Clock
from app.services.datadir import DataDir
from app.services.db import make_engine, make_session_factory
from app.services.errors import DataDirError
from app.services.files import PENDING_DIR, track_temporaries, tracking_folder
from app.services.lock import WriterLock
from app.services.migrations import (
    DbState,
    DbStatus,
    inspect_database,
    refuse_unusable,
    refuse_unwritable,
    upgrade_database,
)
from app.services.recovery import Recovery, recover, restore_pending
from app.services.unit_of_work import UnitOfWork, UowFactory

if TYPE_CHECKING:
    from app.services.agency import AgencyService
    from app.services.attachments import AttachmentService
    from app.services.audits import AuditService
    from app.services.backup import RestoreResult
    from app.services.corrective_actions import CorrectiveActionService
    from app.services.documents import DocumentService
    from app.services.exports.audit_documents import AuditDocumentExporter
    from app.services.exports.plan_documents import PlanDocumentExporter
    from app.services.exports.registers import RegisterExporter
    from app.services.form_codes import FormCodeService
    from app.services.history import HistoryService
    from app.services.imports import ImportService
    from app.services.indicators import IndicatorsService
    from app.services.inspections import InspectionService
    from app.services.legal import LegalService
    from app.services.objectives import ObjectiveService
    from app.services.organization import OrganizationService
    from app.services.plans import PlanService
    from app.services.qms import QmsService
    from app.services.search import SearchService
    from app.services.tthc import TthcService

log = logging.getLogger(__name__)


class Services:
    """Every service of one database, built once per data directory.

    The clock, the unit of work and the change hub are made here; the attachments store, the
    cross-area services and the areas' services (from the registry, ``app.services.areas``) are
    imported and built on first use, each factory taking what it needs from this object. The annotations below only give the built-in
    ones their types; an area added later is reached the same way (``services.<name>``).
    """

    clock: Clock
    changes: ChangeHub
    uow: UowFactory
    attachments: AttachmentService
    indicators: IndicatorsService
    search: SearchService
    history: HistoryService
    agency: AgencyService
    organization: OrganizationService
    qms: QmsService
    documents: DocumentService
    tthc: TthcService
    legal: LegalService
    imports: ImportService
    exports: RegisterExporter
    objectives: ObjectiveService
    plans: PlanService
    plan_exports: PlanDocumentExporter
    form_codes: FormCodeService
    audits: AuditService
    inspections: InspectionService
    corrective_actions: CorrectiveActionService
    audit_exports: AuditDocumentExporter

    def __init__(self, engine: Engine, attachments_dir: Path, clock: Clock | None = None) -> None:
        self.clock = clock or Clock()
        self.changes = ChangeHub()
        # The change history (app.services.history): every transaction logs its writes.
        from app.services.history import install as install_history

        install_history(self.changes, self.clock)
        self._attachments_dir = attachments_dir
        self.rebind(engine)

    @property
    def data_root(self) -> Path | None:
        """The folder of the database (the data folder); None for a database in memory. Exports
        and backups never write there (``files.check_output_path``)."""
        return self._data_root

    def rebind(self, engine: Engine) -> None:
        """Point every service at ``engine`` (after a restore); services are rebuilt on next use.
        The clock and the change hub's listeners stay."""
        from app.services.areas import record_types

        for name in [n for n in vars(self) if n not in ("clock", "changes", "_attachments_dir")]:
            delattr(self, name)
        database = engine.url.database
        self._data_root = Path(database).resolve().parent if database and database != ":memory:" else None
        write = WriteContext(clock=self.clock, hub=self.changes)
        for record_type in record_types():
            if record_type.model is not None and record_type.search_fields:
                write.declare_search(record_type.model, record_type.search_fields)
            if record_type.model is not None and record_type.sort_keys:
                write.declare_sort(record_type.model, record_type.sort_keys)
        factory = make_session_factory(engine, write)

        def uow() -> UnitOfWork:
            return UnitOfWork(factory)

        self.uow = uow

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not built yet: the areas' services and the cross-area ones.
        if name.startswith("_"):
            raise AttributeError(name)
        factory = _CORE_FACTORIES.get(name)
        if factory is None:
            from app.services.areas import service_factories

            factory = service_factories().get(name)
        if factory is None:
            raise AttributeError(f"no service {name!r} (not in the area registry)")
        service = factory(self)
        setattr(self, name, service)
        return service


def _attachments(s: Services) -> object:
    from app.services.attachments import AttachmentService

    return AttachmentService(s.uow, s._attachments_dir)


def _indicators(s: Services) -> object:
    from app.services.indicators import IndicatorsService

    return IndicatorsService(s)


def _search(s: Services) -> object:
    from app.services.search import SearchService

    return SearchService(s)


def _history(s: Services) -> object:
    from app.services.history import HistoryService

    return HistoryService(s.uow)


_CORE_FACTORIES: dict[str, Callable[[Services], object]] = {
    "attachments": _attachments,
    "indicators": _indicators,
    "search": _search,
    "history": _history,
}


@dataclass
class AppContext:
    """An opened data directory: its services, and the writer lock when this process writes."""

    data_dir: DataDir
    engine: Engine
    services: Services
    status_before: DbStatus
    lock: WriterLock | None = None
    # What the open put right first: an interrupted restore finished or undone, leftovers removed.
    recovery: Recovery | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def writer(self) -> bool:
        return self.lock is not None and self.lock.held

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.engine.dispose()
        if tracking_folder() == self.data_dir.root / PENDING_DIR:
            track_temporaries(None)
        if self.lock is not None:
            self.lock.release()


def build_services(engine: Engine, attachments_dir: Path, clock: Clock | None = None) -> Services:
    return Services(engine, attachments_dir, clock)


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


def existing_data_dir(root: Path) -> DataDir:
    """The data directory at ``root`` when it exists and holds a database; creates nothing.

    Raises ``DataDirError`` "datadir.missing" (no such folder) or "datadir.no_database" (a folder
    without this app's database file, or with an empty one and nothing else); an empty file beside
    the data of an earlier database is refused as such ("db.empty", see ``inspect_database``)."""
    data_dir = DataDir(Path(root).expanduser().resolve())
    if not data_dir.root.is_dir():
        raise DataDirError("datadir.missing", path=str(data_dir.root))
    if restore_pending(data_dir):  # a restore a crash interrupted: the open puts it right first
        return data_dir
    if data_dir.db_path.is_dir():
        raise DataDirError("db.is_folder", path=str(data_dir.db_path))
    if not data_dir.db_path.is_file():
        raise DataDirError("datadir.no_database", path=str(data_dir.root))
    if data_dir.db_path.stat().st_size == 0:
        status = inspect_database(data_dir.db_path)
        refuse_unusable(status, data_dir.db_path)
        if status.state is DbState.MISSING:
            raise DataDirError("datadir.no_database", path=str(data_dir.root))
    return data_dir


def open_data_dir(
    root: Path,
    *,
    writer: bool,
    program: str,
    today: date | None = None,
    create: bool = True,
    read_only: bool = False,
) -> AppContext:
    """Open ``root`` for reading, or for writing under the writer lock, migrating as needed.

    ``today`` pins the services' clock (``--today``). Raises ``DataDirError`` (lock held, database
    too new / foreign / damaged / empty beside earlier data, locked by another program, read-only,
    no permission, folder not writable: see ``datadir.sqlite_problem``) without having written to
    the database; a writer is refused at once when the database cannot be written.
    ``create=False`` (the commands that only read): a missing folder or one without a database raises
    ``DataDirError`` (see ``existing_data_dir``) and nothing is created. ``read_only=True``
    (``selftest``): as ``create=False``, and nothing in the folder is written either: no sub-folders,
    no log, no upgrade (an outdated database raises "db.outdated"), and the connections refuse writes.
    """
    if read_only and writer:
        raise ValueError("a read-only data directory cannot be opened for writing")
    if read_only:
        data_dir = existing_data_dir(root)
    else:
        if not create:
            existing_data_dir(root)
        data_dir = prepare_data_dir(root)
    lock = WriterLock(data_dir.lock_path)
    if writer:
        lock.acquire(program)
        if lock.taken_over is not None:
            log.warning("took over a stale lock left by %s", lock.taken_over)
    try:
        recovery = _put_right(data_dir, lock, program, read_only=read_only)
        status = inspect_database(data_dir.db_path)
        refuse_unusable(status, data_dir.db_path)
        if status.state is DbState.MISSING and (read_only or not create):
            raise DataDirError("datadir.no_database", path=str(data_dir.root))
        if status.state is DbState.OUTDATED and read_only:
            raise DataDirError(
                "db.outdated", path=str(data_dir.db_path), revision=status.revision, head=status.head
            )
        engine = make_engine(data_dir.db_path)
        if read_only:
            _refuse_writes(engine)
        try:
            if writer and status.state is DbState.CURRENT:
                # A read-only file or folder, another program's write lock: said now, not at the first save.
                refuse_unwritable(data_dir.db_path, engine)
            if status.state in (DbState.MISSING, DbState.OUTDATED):
                _upgrade(data_dir, engine, lock, program)
        except BaseException:
            engine.dispose()
            raise
        return AppContext(
            data_dir=data_dir,
            engine=engine,
            services=build_services(engine, data_dir.attachments_dir, Clock(today)),
            status_before=status,
            lock=lock if writer else None,
            recovery=recovery,
        )
    except BaseException:
        lock.release()
        raise


def _put_right(data_dir: DataDir, lock: WriterLock, program: str, *, read_only: bool) -> Recovery | None:
    """First thing after the lock: finish or undo a restore a crash interrupted, and remove the
    leftovers of interrupted writes (``recovery.recover``). A writer does it under its lock; a
    reader takes the lock for it only when a restore is pending (and refuses while another program
    holds it: it could be that restore, still running); ``read_only`` writes nothing and refuses."""
    if not read_only:
        track_temporaries(data_dir.root / PENDING_DIR)
    if lock.held:
        return _logged(data_dir, recover(data_dir))
    if not restore_pending(data_dir):
        return None
    if read_only:
        raise DataDirError("restore.pending", path=str(data_dir.root))
    try:
        lock.acquire(program)
    except DataDirError as exc:
        if exc.code != "lock.held":
            raise
        raise DataDirError("restore.pending_locked", path=str(data_dir.root), **exc.params) from exc
    try:
        return _logged(data_dir, recover(data_dir))
    finally:
        lock.release()


def _logged(data_dir: DataDir, recovery: Recovery) -> Recovery:
    """A restore the open finished is in the change log like any restore (when the restored
    database has the log already: a backup made before the log gets it at its upgrade, without
    that entry)."""
    if recovery.restore is None or not recovery.restore.completed:
        return recovery
    from sqlalchemy import inspect

    from app.services.history import log_restore

    engine = make_engine(data_dir.db_path)
    try:
        if inspect(engine).has_table("change_log"):
            log_restore(engine, recovery.restore.backup)
    finally:
        engine.dispose()
    return recovery


def recover_data_dir(root: Path, program: str) -> Recovery | None:
    """Put an existing data folder right (``recovery.recover``) when the writer lock is free;
    ``None`` when it is not (a reader's open then still refuses a pending restore) or there is no
    database there. For ``check``: a reader that tidies up when it can."""
    data_dir = DataDir(Path(root).expanduser().resolve())
    if not data_dir.db_path.is_file() and not restore_pending(data_dir):
        return None  # nothing to put right, and nothing is created (not even the lock file)
    lock = WriterLock(data_dir.lock_path)
    try:
        lock.acquire(program)
    except DataDirError:
        return None
    try:
        return _logged(data_dir, recover(data_dir))
    finally:
        lock.release()


def _refuse_writes(engine: Engine) -> None:
    """Every connection of ``engine`` reads only (SQLite's ``query_only``)."""
    from sqlalchemy import event

    def query_only(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA query_only=ON")

    event.listen(engine, "connect", query_only)


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
    root: Path, backup_file: Path, *, program: str, lock: WriterLock | None = None, clock: Clock | None = None
) -> RestoreResult:
    """Replace the data of ``root`` with a verified backup, then bring it to head.

    Works on a data directory whose current database is unusable (that is when restoring matters),
    so it does not open it first. ``lock`` is the caller's writer lock when it already holds one
    (the GUI); otherwise the lock is taken for the duration. The change log is then the backup's
    plus one entry for the restore (``history.log_restore``, on ``clock``'s day).
    """
    from app.services.backup import restore_backup
    from app.services.history import log_restore

    data_dir = prepare_data_dir(root)
    own_lock = lock is None
    writer_lock = lock or WriterLock(data_dir.lock_path)
    writer_lock.acquire(program)
    try:
        recover(data_dir)  # an earlier restore a crash interrupted is finished (or undone) first
        result = restore_backup(data_dir, backup_file)
        engine = make_engine(data_dir.db_path)
        try:
            upgrade_database(data_dir.db_path, engine, data_dir.backups_dir)
            log_restore(engine, backup_file, clock=clock)
        finally:
            engine.dispose()
        log.info("restored %s from %s", data_dir.root, backup_file)
        return result
    finally:
        if own_lock:
            writer_lock.release()
