"""The catalogue of exportable documents: every kind an area registers (``Area.exports``), each with
the formats it supports, and the one path that writes any of them.

``export(services, key, request)`` checks the request, builds the kind's ``Document`` and draws it
with the renderer of the format (``render``); a kind with its own ``run`` writes itself: for every
format when it has no ``build``, for JSON only when it has both (a register printed from its
document and also written as data, e.g. ``corrective-actions``).
The CLI (``export KIND``), the export dialogs and the coming report read this module; no area
writes its own pipeline.
"""

from __future__ import annotations

import dataclasses
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.areas import ExportKind, ExportRequest, export_kind, export_kinds
from app.services.errors import DomainError
from app.services.exports.model import Document

# format → (module, function) drawing a Document; imported when a file of that format is written.
RENDERERS = {
    "pdf": ("app.services.exports.pdf", "render"),
    "docx": ("app.services.exports.docx", "render"),
    "xlsx": ("app.services.exports.workbook", "render"),
}


def kinds() -> list[ExportKind]:
    """Every exportable kind, in the registry's order."""
    return export_kinds()


def kinds_lines() -> list[str]:
    """One line per kind with its formats: ``plan pdf,docx,xlsx`` (``export --kinds``)."""
    return [f"{k.key} {','.join(k.formats)}" for k in kinds()]


def find(key: str) -> ExportKind:
    try:
        return export_kind(key)
    except KeyError:
        raise DomainError("export.bad_document", kind=key) from None


def render(document: Document, fmt: str, out: Path) -> Path:
    """Draw ``document`` as ``fmt`` into ``out`` (written atomically); returns the path."""
    if fmt not in RENDERERS:
        raise DomainError("export.bad_format", format=fmt)
    module_name, function = RENDERERS[fmt]
    drawn: Path = getattr(importlib.import_module(module_name), function)(document, Path(out))
    return drawn


def build(services: Any, key: str, request: ExportRequest) -> Document:
    """The document of kind ``key`` for ``request`` (no file written): the preview, the tests."""
    kind = find(key)
    if kind.build is None:
        raise DomainError("export.bad_format", format=request.fmt)
    return kind.build(services, request)


def check_request(kind: ExportKind, request: ExportRequest) -> None:
    if request.fmt not in kind.formats:
        raise DomainError("export.format_not_offered", kind=kind.key, formats=", ".join(kind.formats))
    if kind.needs_year and request.year is None and not request.number:
        raise DomainError("export.year_needed", kind=kind.key)
    if request.variant is not None and request.variant not in kind.variants:
        raise DomainError("export.bad_kind", kind=request.variant)


def output_path(services: Any, request: ExportRequest) -> Path:
    """The checked output path: not inside the open data folder, the format's extension, an
    existing folder (``files.check_output_path``)."""
    from app.services.files import check_output_path

    return check_output_path(Path(request.out), request.fmt, getattr(services, "data_root", None))


@dataclass(frozen=True)
class Exported:
    """A written file and what the user should know about it ("the form's code is not set: it
    prints blank"): the document's ``warnings``."""

    path: Path
    warnings: tuple[str, ...] = ()


def write(services: Any, key: str, request: ExportRequest) -> Exported:
    """Write the document of kind ``key`` as ``request.fmt`` to ``request.out``.

    Nothing is written when the request or its path is refused (a ``DomainError`` says why)."""
    kind = find(key)
    check_request(kind, request)
    out = output_path(services, request)
    checked = dataclasses.replace(request, out=out)
    if kind.run is not None and (kind.build is None or checked.fmt == "json"):
        return Exported(kind.run(services, checked))
    assert kind.build is not None, kind.key
    document = kind.build(services, checked)
    return Exported(render(document, checked.fmt, out), tuple(document.warnings))


def export(services: Any, key: str, request: ExportRequest) -> Path:
    """``write`` for a caller that needs only the path."""
    return write(services, key, request).path
