"""Unit of work: one session and one transaction per user action."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from app.services.changes import INFO_KEY, Change, WriteContext, discard_changes, take_changes


class UnitOfWork:
    """``with uow_factory() as uow: ...; uow.commit()`` — leaving the block without commit rolls back.

    ``commit`` is where the change hook runs: the rows written since the last commit reach the
    hub's listeners inside the transaction (with the session), then again once committed.
    ``changes`` keeps what the last commit wrote.
    """

    session: Session

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory
        self.changes: list[Change] = []

    def __enter__(self) -> Self:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.session.rollback()
        discard_changes(self.session)
        self.session.close()

    def commit(self) -> None:
        ctx = self.session.info.get(INFO_KEY)
        hub = ctx.hub if isinstance(ctx, WriteContext) else None
        self.session.flush()
        changes = take_changes(self.session)
        if hub is not None and hub.active and changes:
            hub.before_commit(self.session, changes)
            self.session.flush()
            changes += take_changes(self.session)
        self.session.commit()
        self.changes = changes
        if hub is not None and hub.active and changes:
            hub.after_commit(changes)


UowFactory = Callable[[], UnitOfWork]
