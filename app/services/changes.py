"""The one write path's hook: every row created, changed or deleted, with its old and new values.

Installed once on every mapped class (SQLAlchemy mapper events on ``Base``). A session made by
``make_session_factory`` carries a ``WriteContext`` in ``session.info``:

- before a row is written, every String/Text column loses the invisible characters that break the
  exports and the search (``app.services.sanitize``: control characters, bidi overrides, zero-width
  characters; CR becomes LF) — on every row written by any service, import or demo;
- then its search text is rebuilt from the fields its record type declares
  (``search_fields``) and its timestamps are taken from the app's ``Clock`` (so ``--today`` governs
  them too) — no service, import or demo computes either itself;
- after a row is written, a ``Change`` is recorded; ``UnitOfWork.commit`` hands the transaction's
  changes to the ``ChangeHub`` listeners (inside the transaction, so a history writer can add its
  rows) and again after the commit (for screens that refresh).

Cost: a few microseconds per row (the column values are read from the instance's state, no query);
``benchmarks/save.py`` measures a typical save.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Enum, String, event, inspect
from sqlalchemy.orm import Mapper, Session, object_session
from sqlalchemy.orm.attributes import NO_VALUE

from app.models import Base
from app.services.clock import Clock
from app.services.sanitize import needs_cleaning, strip_controls
from app.services.text import fold

ChangeKind = Literal["create", "update", "delete"]
SearchField = str | Callable[[Any], str]

# Columns the hook or a service keeps for the application (not part of a record's history):
# the search text and the sort keys (``*_key``).
_BOOKKEEPING = frozenset({"search_text", "code_key", "title_key", "name_key"})
# Sort keys (``vocabulary.sort_text``) hold control characters on purpose: never stripped.
_SORT_TEXT = frozenset({"title_key", "name_key"})
_CREATED = ("created_at", "added_at")
_UPDATED = ("updated_at",)


@dataclass(frozen=True, slots=True)
class Change:
    """One row written in a transaction. ``old``/``new`` hold column values: for a create only
    ``new`` (every column), for a delete only ``old`` (every column), for an update the columns that
    changed, in both."""

    kind: ChangeKind
    table: str
    row_id: int | None
    old: Mapping[str, object]
    new: Mapping[str, object]
    model: type[Any] = field(compare=False, repr=False, default=object)


ChangeListener = Callable[[Session, Sequence[Change]], None]
CommittedListener = Callable[[Sequence[Change]], None]


class ChangeHub:
    """Who wants to see the changes: ``in_transaction`` listeners run before COMMIT with the
    session (they may add rows), ``committed`` listeners after it."""

    def __init__(self) -> None:
        self._in_transaction: list[ChangeListener] = []
        self._committed: list[CommittedListener] = []

    def subscribe(self, listener: ChangeListener) -> Callable[[], None]:
        self._in_transaction.append(listener)
        return lambda: self._in_transaction.remove(listener)

    def subscribe_committed(self, listener: CommittedListener) -> Callable[[], None]:
        self._committed.append(listener)
        return lambda: self._committed.remove(listener)

    @property
    def active(self) -> bool:
        return bool(self._in_transaction or self._committed)

    def before_commit(self, session: Session, changes: Sequence[Change]) -> None:
        for listener in list(self._in_transaction):
            listener(session, changes)

    def after_commit(self, changes: Sequence[Change]) -> None:
        for listener in list(self._committed):
            listener(changes)


@dataclass
class WriteContext:
    """What the row hooks of one database need: the clock, the search fields per model, the hub."""

    clock: Clock
    search_fields: dict[type[Any], tuple[SearchField, ...]] = field(default_factory=dict)
    hub: ChangeHub = field(default_factory=ChangeHub)
    sort_keys: dict[type[Any], tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def declare_search(self, model: type[Any], fields: Iterable[SearchField]) -> None:
        if "search_text" not in inspect(model).columns:
            raise ValueError(f"{model.__name__} has no search_text column")
        self.search_fields[model] = tuple(fields)

    def declare_sort(self, model: type[Any], keys: Mapping[str, str]) -> None:
        """Keep ``column = sort_text(row.field)`` for each ``column: field`` of ``keys``."""
        columns = inspect(model).columns
        missing = [column for column in keys if column not in columns]
        if missing:
            raise ValueError(f"{model.__name__} has no column {missing[0]}")
        self.sort_keys[model] = tuple(keys.items())


INFO_KEY = "write_context"
_CHANGES_KEY = "changes"


def search_text_of(row: Any, fields: Sequence[SearchField]) -> str:
    """The folded text a record is found by (case and diacritics ignored)."""
    parts = []
    for spec in fields:
        value = spec(row) if callable(spec) else getattr(row, spec, None)
        if value:
            parts.append(str(value))
    return fold(" ".join(parts))


def take_changes(session: Session) -> list[Change]:
    changes: list[Change] = session.info.pop(_CHANGES_KEY, [])
    return changes


def discard_changes(session: Session) -> None:
    session.info.pop(_CHANGES_KEY, None)


def _context(target: Any) -> tuple[Session | None, WriteContext | None]:
    session = object_session(target)
    if session is None:
        return None, None
    ctx = session.info.get(INFO_KEY)
    return session, ctx if isinstance(ctx, WriteContext) else None


def _plain(value: object) -> object:
    return value.value if isinstance(value, enum.Enum) else value


_COLUMNS: dict[Mapper[Any], tuple[str, ...]] = {}


def _columns(mapper: Mapper[Any]) -> tuple[str, ...]:
    columns = _COLUMNS.get(mapper)
    if columns is None:
        columns = _COLUMNS[mapper] = tuple(
            attr.key for attr in mapper.column_attrs if attr.key not in _BOOKKEEPING
        )
    return columns


_TEXT_COLUMNS: dict[Mapper[Any], tuple[str, ...]] = {}


def _text_columns(mapper: Mapper[Any]) -> tuple[str, ...]:
    columns = _TEXT_COLUMNS.get(mapper)
    if columns is None:
        columns = _TEXT_COLUMNS[mapper] = tuple(
            attr.key
            for attr in mapper.column_attrs
            if attr.key not in _SORT_TEXT
            and len(attr.columns) == 1
            and isinstance(attr.columns[0].type, String)
            and not isinstance(attr.columns[0].type, Enum)
        )
    return columns


def _strip_text(mapper: Mapper[Any], target: Any) -> None:
    # The instance's own dict: an expired column is not loaded (it was clean when stored).
    values = target.__dict__
    for key in _text_columns(mapper):
        value = values.get(key)
        if isinstance(value, str) and needs_cleaning(value):
            setattr(target, key, strip_controls(value))


def _table(mapper: Mapper[Any]) -> str:
    return str(getattr(mapper.local_table, "name", mapper.class_.__name__))


def _utc_now(ctx: WriteContext) -> datetime:
    # SQLite's CURRENT_TIMESTAMP is UTC without a zone; keep that, on the clock's day.
    real = datetime.now(UTC).replace(tzinfo=None)
    pinned = ctx.clock.pinned
    return real if pinned is None else datetime.combine(pinned, real.time())


def _before_write(mapper: Mapper[Any], target: Any, *, insert: bool) -> None:
    _strip_text(mapper, target)
    _session, ctx = _context(target)
    if ctx is None:
        return
    fields = ctx.search_fields.get(type(target))
    if fields is not None:
        target.search_text = search_text_of(target, fields)
    sort_keys = ctx.sort_keys.get(type(target))
    if sort_keys:
        from app.services.vocabulary import sort_text  # vocabulary imports the DTOs, which import us

        for column, source in sort_keys:
            setattr(target, column, sort_text(getattr(target, source, None) or ""))
    columns = mapper.columns
    names = (_CREATED + _UPDATED) if insert else _UPDATED
    for name in names:
        if name in columns and (not insert or getattr(target, name, None) is None):
            setattr(target, name, _utc_now(ctx))


def _record(target: Any, change: Change) -> None:
    session = object_session(target)
    if session is None or not isinstance(session.info.get(INFO_KEY), WriteContext):
        return
    session.info.setdefault(_CHANGES_KEY, []).append(change)


def _after_insert(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    # The instance's own dict: every column just written is there (reading it through
    # ``inspect(target).attrs`` costs several times more per row).
    values = target.__dict__
    new = {key: _plain(values.get(key)) for key in _columns(mapper)}
    _record(target, Change("create", _table(mapper), getattr(target, "id", None), {}, new, type(target)))


def _after_update(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    state = inspect(target)
    old: dict[str, object] = {}
    new: dict[str, object] = {}
    for key in _columns(mapper):
        history = state.attrs[key].history
        if not history.added and not history.deleted:
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before is NO_VALUE:
            before = None
        if _plain(before) == _plain(after):
            continue
        old[key], new[key] = _plain(before), _plain(after)
    if new:
        _record(
            target,
            Change("update", _table(mapper), getattr(target, "id", None), old, new, type(target)),
        )


def _after_delete(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    values = target.__dict__
    old = {key: _plain(values.get(key)) for key in _columns(mapper)}
    _record(target, Change("delete", _table(mapper), getattr(target, "id", None), old, {}, type(target)))


def _before_insert(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    _before_write(mapper, target, insert=True)


def _before_update(mapper: Mapper[Any], _connection: Any, target: Any) -> None:
    _before_write(mapper, target, insert=False)


_LISTENERS = (
    ("before_insert", _before_insert),
    ("before_update", _before_update),
    ("after_insert", _after_insert),
    ("after_update", _after_update),
    ("after_delete", _after_delete),
)


def _install() -> None:
    for name, listener in _LISTENERS:
        event.listen(Base, name, listener, propagate=True)


def uninstall() -> None:
    """Detach the hook (benchmarks/save.py measures the hook's cost this way); never in the app."""
    for name, listener in _LISTENERS:
        event.remove(Base, name, listener)


_install()
