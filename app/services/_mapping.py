"""Copying between ``*Fields`` dataclasses and ORM rows, so each service states only its rules."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from app.services.errors import NotFound
from app.services.unit_of_work import UnitOfWork

T = TypeVar("T")


def field_names(cls: type[Any]) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def apply_fields(row: object, values: object) -> None:
    """Set every dataclass field of ``values`` on ``row`` (same attribute names)."""
    for name in field_names(type(values)):
        setattr(row, name, getattr(values, name))


def to_dto(cls: type[T], row: object, **extra: Any) -> T:
    """Build ``cls`` from the attributes of ``row`` that it declares, plus ``extra``."""
    kwargs = {name: getattr(row, name) for name in field_names(cls) if name not in extra}
    kwargs.update(extra)
    return cls(**kwargs)


def get_or_raise(uow: UnitOfWork, cls: type[T], ident: int | None) -> T:
    """The row of ``cls`` with primary key ``ident`` or ``NotFound``."""
    row = uow.session.get(cls, ident) if ident is not None else None
    if row is None:
        raise NotFound(cls.__name__, ident)
    return row
