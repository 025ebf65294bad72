"""Mã biểu mẫu: which form of the document register (a biểu mẫu, e.g. "BM.HĐKP.01") each form the
app prints is, so the printed form carries that code and issue in its header.

A printed form is an export kind whose document is a QMS form (``PRINTED_FORMS``). The secretary
maps each to a biểu mẫu in force; unmapped (or mapped to a form since withdrawn), the code prints
blank and the export says so (``Document.warnings``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import models as m
from app.services.clock import Clock
from app.services.errors import DomainError
from app.services.unit_of_work import UowFactory

# The export kinds that print a QMS form, in the order the setting lists them.
PRINTED_FORMS = ("ca-form", "audit-checklist")


@dataclass(frozen=True)
class FormCodeInfo:
    """What a printed form shows of its register entry: "BM.HĐKP.01", "Lần ban hành: 02"."""

    document_id: int
    code: str
    title: str
    issue_text: str  # "" when the form has no issue in effect yet


@dataclass(frozen=True)
class FormCodeRow:
    """One printed form and the register form it is (the setting's table)."""

    form_key: str
    form_title: str
    document_id: int | None
    code: str
    title: str
    issue_text: str
    withdrawn: bool  # mapped to a form no longer in force: prints blank


@dataclass(frozen=True)
class RegisterForm:
    """A biểu mẫu of the register that a printed form can be mapped to."""

    document_id: int
    code: str
    title: str


def form_title(form_key: str) -> str:
    from app.services.areas import export_kind

    return export_kind(form_key).title


def _issue_text(session: Session, document_id: int, today: date) -> str:
    rev = m.Revision
    number = session.scalar(
        select(func.max(rev.issue_number)).where(rev.document_id == document_id, rev.effective_on <= today)
    )
    return f"Lần ban hành: {number:02d}" if number else ""


class FormCodeService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def forms(self, today: date | None = None) -> list[FormCodeRow]:
        """Every printed form with the register form it is mapped to (or none)."""
        today = today or self._clock.today()
        with self._uow() as uow:
            mapped = {row.form_key: row for row in uow.session.scalars(select(m.FormCode))}
            rows = []
            for key in PRINTED_FORMS:
                link = mapped.get(key)
                doc = link.document if link is not None else None
                if doc is None:
                    rows.append(FormCodeRow(key, form_title(key), None, "", "", "", False))
                    continue
                rows.append(
                    FormCodeRow(
                        key,
                        form_title(key),
                        doc.id,
                        doc.code,
                        doc.title,
                        _issue_text(uow.session, doc.id, today),
                        doc.status is m.DocumentStatus.OBSOLETE,
                    )
                )
            return rows

    def register_forms(self) -> list[RegisterForm]:
        """The biểu mẫu of the register not withdrawn, by code: what a printed form can be."""
        with self._uow() as uow:
            docs = uow.session.scalars(
                select(m.Document)
                .where(
                    m.Document.doc_type == m.DocumentType.FORM, m.Document.status != m.DocumentStatus.OBSOLETE
                )
                .order_by(m.Document.code_key)
            )
            return [RegisterForm(d.id, d.code, d.title) for d in docs]

    def set_form(self, form_key: str, document_id: int | None) -> None:
        """Map ``form_key`` to the register form ``document_id`` (None: unset)."""
        if form_key not in PRINTED_FORMS:
            raise DomainError("form_code.unknown_form", form=form_key)
        with self._uow() as uow:
            if document_id is not None:
                doc = uow.session.get(m.Document, document_id)
                if doc is None:
                    raise DomainError("form_code.document_missing")
                if doc.doc_type is not m.DocumentType.FORM:
                    raise DomainError("form_code.not_a_form", doc_code=doc.code)
                if doc.status is m.DocumentStatus.OBSOLETE:
                    raise DomainError("form_code.withdrawn", doc_code=doc.code)
            link = uow.session.scalars(select(m.FormCode).where(m.FormCode.form_key == form_key)).first()
            if link is None:
                link = m.FormCode(form_key=form_key)
                uow.session.add(link)
            link.document_id = document_id
            uow.commit()

    def code_for(self, form_key: str, today: date | None = None) -> FormCodeInfo | None:
        """The register form ``form_key`` prints as; None when unset or withdrawn (prints blank)."""
        row = next((r for r in self.forms(today) if r.form_key == form_key), None)
        if row is None or row.document_id is None or row.withdrawn:
            return None
        return FormCodeInfo(row.document_id, row.code, row.title, row.issue_text)


def unset_warning(form_key: str) -> str:
    """The line an export prints when the form's code is not set (``Document.warnings``)."""
    return (
        f"Chưa chọn mã biểu mẫu cho “{form_title(form_key)}”: mã để trống trên bản in. "
        "Chọn biểu mẫu tương ứng ở trang Thông tin cơ quan, thẻ Mã biểu mẫu."
    )
