"""Declarative workflows: the states a record goes through, the transitions between them, a guard per
transition, and the history of every transition taken (date, reason).

A service declares its machine once::

    LEGAL_UPDATE_FLOW = StateMachine(
        "legal_update",
        states=("open", "updated", "no_change"),
        transitions=(
            TransitionSpec("close_no_change", ("open",), "no_change", wrong_state="impact.already_closed"),
            TransitionSpec("reopen", ("updated", "no_change"), "open", wrong_state="impact.not_closed"),
        ),
    )

and moves a record with ``machine.apply(uow, record_id, state, action, on=…, reason=…)``, which
refuses (``DomainError`` with the guard's code) or records the transition in the ``transition``
table. ``machine.refusals(state, row)`` tells a screen which actions are open and, for the others,
the coded reason it shows on the disabled button. The machine knows nothing of the record's table:
the service sets the new state itself after ``apply`` accepted it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from app import models as m
from app.services.errors import DomainError
from app.services.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Refusal:
    """Why a transition is not open now: a message code and its parameters (see app.messages)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def error(self) -> DomainError:
        return DomainError(self.code, **self.params)


Guard = Callable[[Any], Refusal | None]


@dataclass(frozen=True)
class TransitionSpec:
    """``action`` moves a record from one of ``sources`` to ``target``. ``wrong_state`` is the
    refusal code when the record is in another state; ``guard`` (given the caller's context object)
    may refuse for a reason of its own; ``needs_reason`` refuses an empty reason."""

    action: str
    sources: tuple[str, ...]
    target: str
    wrong_state: str
    guard: Guard | None = None
    needs_reason: bool = False


@dataclass(frozen=True)
class TransitionRecord:
    """One transition taken, as the history shows it."""

    action: str
    from_state: str
    to_state: str
    on: date
    reason: str


class StateMachine:
    def __init__(
        self, record_type: str, states: Sequence[str], transitions: Sequence[TransitionSpec]
    ) -> None:
        self.record_type = record_type
        self.states = tuple(states)
        self.transitions = {t.action: t for t in transitions}
        for t in transitions:
            unknown = [s for s in (*t.sources, t.target) if s not in self.states]
            if unknown:
                raise ValueError(f"{record_type}.{t.action}: unknown state {unknown[0]!r}")

    def spec(self, action: str) -> TransitionSpec:
        try:
            return self.transitions[action]
        except KeyError:
            raise ValueError(f"{self.record_type}: no transition {action!r}") from None

    def refusal(
        self, state: str, action: str, context: Any = None, *, reason: str | None = None
    ) -> Refusal | None:
        """None when ``action`` may be taken from ``state`` (with ``context`` for the guard)."""
        spec = self.spec(action)
        if state not in spec.sources:
            return Refusal(spec.wrong_state)
        if spec.guard is not None:
            refused = spec.guard(context)
            if refused is not None:
                return refused
        if spec.needs_reason and reason is not None and not reason.strip():
            return Refusal("workflow.reason_required")
        return None

    def refusals(self, state: str, context: Any = None) -> dict[str, Refusal | None]:
        """Every action with its refusal (None: open now), for the buttons of a screen."""
        return {action: self.refusal(state, action, context) for action in self.transitions}

    def apply(
        self,
        uow: UnitOfWork,
        record_id: int,
        state: str,
        action: str,
        *,
        on: date,
        reason: str = "",
        context: Any = None,
    ) -> str:
        """Check ``action`` from ``state`` and record it; returns the target state (the caller
        stores it on its record in the same unit of work). Raises the refusal as a DomainError."""
        refused = self.refusal(state, action, context, reason=reason)
        if refused is not None:
            raise refused.error()
        spec = self.spec(action)
        uow.session.add(
            m.Transition(
                record_type=self.record_type,
                record_id=record_id,
                action=action,
                from_state=state,
                to_state=spec.target,
                on=on,
                reason=reason,
            )
        )
        return spec.target

    def history(self, uow: UnitOfWork, record_id: int) -> list[TransitionRecord]:
        """The transitions of one record, oldest first."""
        rows = uow.session.scalars(
            select(m.Transition)
            .where(m.Transition.record_type == self.record_type, m.Transition.record_id == record_id)
            .order_by(m.Transition.on, m.Transition.id)
        )
        return [TransitionRecord(r.action, r.from_state, r.to_state, r.on, r.reason) for r in rows]
