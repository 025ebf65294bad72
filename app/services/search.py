"""One search over every record type the area registry declares.

Each record type is found by a provider: by default a LIKE over the folded ``search_text`` the
change hook keeps from the type's ``search_fields`` (every word of the query, diacritics and case
ignored); a type may declare its own provider. Results are grouped by record-type key, codes that
start with the query first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import QueryableAttribute

from app.services.areas import RecordType, SearchProvider, record_types
from app.services.documents import text_filter
from app.services.text import fold


@dataclass(frozen=True)
class SearchHit:
    """A record found: its type key, id, code (may be empty) and title."""

    type: str
    id: int
    code: str
    title: str


def default_provider(record_type: RecordType) -> SearchProvider | None:
    """The LIKE-over-``search_text`` provider of a stored, searchable record type."""
    model = record_type.model
    if model is None or not record_type.search_fields:
        return None

    code_field, title_field = record_type.code_field, record_type.title_field
    plain = all(
        isinstance(getattr(model, name), QueryableAttribute) for name in (code_field, title_field) if name
    )
    columns = [model.id, *(getattr(model, name) for name in (code_field, title_field) if name)]

    def provide(services: Any, needle: str, limit: int) -> Sequence[SearchHit]:
        condition = text_filter(model.search_text, needle)
        with services.uow() as uow:
            if plain:
                # The columns shown, not the whole rows: a keystroke reads up to 15 types.
                rows = uow.session.execute(select(*columns).where(condition).order_by(model.id).limit(limit))
                found = []
                for row in rows:
                    values = iter(row[1:])
                    code = next(values) if code_field else None
                    found.append((row[0], code, next(values) if title_field else None))
            else:  # a code or title computed in Python
                found = [
                    (
                        row.id,
                        getattr(row, code_field) if code_field else None,
                        getattr(row, title_field) if title_field else None,
                    )
                    for row in uow.session.scalars(
                        select(model).where(condition).order_by(model.id).limit(limit)
                    )
                ]
        return [
            SearchHit(record_type.key, row_id, str(code or ""), " ".join(str(title or "").split()))
            for row_id, code, title in found
        ]

    return provide


class _OneTransaction:
    """The services as the providers see them during one search: every ``uow()`` is the same read
    transaction (a session and BEGIN per type cost about as much as the query itself)."""

    def __init__(self, services: Any, uow: Any) -> None:
        self._services = services
        self._uow = uow

    @contextmanager
    def uow(self) -> Iterator[Any]:
        yield self._uow

    def __getattr__(self, name: str) -> Any:
        return getattr(self._services, name)


class SearchService:
    def __init__(self, services: Any) -> None:
        self._services = services
        self._providers: dict[str, SearchProvider] | None = None

    def providers(self) -> dict[str, SearchProvider]:
        """Record-type key → provider, for every searchable type of the registry."""
        if self._providers is not None:
            return self._providers
        result: dict[str, SearchProvider] = {}
        for record_type in record_types():
            provider = record_type.search or default_provider(record_type)
            if provider is not None:
                result[record_type.key] = provider
        self._providers = result
        return result

    def search(self, text: str, *, limit: int = 20) -> dict[str, list[SearchHit]]:
        """Records matching every word of ``text``, grouped by type (types without a hit left out)."""
        needle = fold(text)
        if not needle:
            return {}
        results: dict[str, list[SearchHit]] = {}
        with self._services.uow() as uow:
            shared = _OneTransaction(self._services, uow)
            for key, provider in self.providers().items():
                hits = list(provider(shared, text, limit))
                if hits:
                    hits.sort(key=lambda h: not fold(h.code).startswith(needle))
                    results[key] = hits
        return results
