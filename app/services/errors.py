"""Typed domain errors with stable codes.

Services never build user-facing sentences: they raise these errors with a code and parameters, and
``app.messages`` (shared by the GUI and the command line) turns them into Vietnamese text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any


class DomainError(Exception):
    """A failure the user can understand and act on; ``code`` keys the message catalogue."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        return f"{self.code} {self.params}" if self.params else self.code


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field (``field`` is the input dataclass attribute name)."""

    field: str
    code: str
    params: Mapping[str, Any] = dc_field(default_factory=dict)


class ValidationError(DomainError):
    """Input rejected before anything was written; carries one error per offending field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("validation", count=len(errors))
        self.errors = errors

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFound(DomainError):
    def __init__(self, entity: str, ident: object) -> None:
        super().__init__("not_found", entity=entity, ident=ident)


class DataDirError(DomainError):
    """The data directory or its database cannot be opened as asked (lock, version, damage)."""


class BackupError(DomainError):
    """A backup file cannot be written or is not a valid backup of this app."""
