"""One search over every record type the area registry declares.

Each record type is found by a provider: by default a LIKE over the folded ``search_text`` the
change hook keeps from the type's ``search_fields`` (every word of the query, diacritics and case
ignored); a type may declare its own provider. Results are grouped by record-type key, codes that
start with the query first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

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

    def provide(services: Any, needle: str, limit: int) -> Sequence[SearchHit]:
        stmt = select(model).where(text_filter(model.search_text, needle)).order_by(model.id).limit(limit)
        with services.uow() as uow:
            rows = uow.session.scalars(stmt).all()
            return [
                SearchHit(
                    record_type.key,
                    row.id,
                    str(getattr(row, record_type.code_field, "") or "") if record_type.code_field else "",
                    " ".join(str(getattr(row, record_type.title_field, "") or "").split())
                    if record_type.title_field
                    else "",
                )
                for row in rows
            ]

    return provide


class SearchService:
    def __init__(self, services: Any) -> None:
        self._services = services

    def providers(self) -> dict[str, SearchProvider]:
        """Record-type key → provider, for every searchable type of the registry."""
        result: dict[str, SearchProvider] = {}
        for record_type in record_types():
            provider = record_type.search or default_provider(record_type)
            if provider is not None:
                result[record_type.key] = provider
        return result

    def search(self, text: str, *, limit: int = 20) -> dict[str, list[SearchHit]]:
        """Records matching every word of ``text``, grouped by type (types without a hit left out)."""
        needle = fold(text)
        if not needle:
            return {}
        results: dict[str, list[SearchHit]] = {}
        for key, provider in self.providers().items():
            hits = list(provider(self._services, text, limit))
            if hits:
                hits.sort(key=lambda h: not fold(h.code).startswith(needle))
                results[key] = hits
        return results
