"""Agency profile: identity, leaders, signing defaults, usual recipients (with the purpose printed
after each), the legal bases its documents cite, reporting settings."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from sqlalchemy import func, select

from app import models as m
from app.services import dto
from app.services._mapping import apply_fields, to_dto
from app.services._mapping import get_or_raise as _get
from app.services.deadlines import MAX_WINDOW_DAYS
from app.services.errors import DomainError, FieldError, NotFound, ValidationError
from app.services.periods import (
    ReportCalendar,
    annual_period,
    is_valid_day_month,
    six_month_period,
)
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline
from app.services.vocabulary import QT_TRANSLATE_NOOP, citation_date

_ABBREVIATION = re.compile(r"^[A-ZĐ0-9][A-ZĐ0-9&.]*$")
MAX_SIGNING_LINES = 4

# What the signature block says when neither the document nor the agency says otherwise.
DEFAULT_SIGNING_LINES = {
    m.AgencyKind.COMMUNE: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
    m.AgencyKind.SCHOOL: "HIỆU TRƯỞNG",
    m.AgencyKind.DEPARTMENT: "GIÁM ĐỐC",
    m.AgencyKind.OTHER: "THỦ TRƯỞNG",
}

# The purposes offered for a recipient (any other text may be typed).
RECIPIENT_PURPOSES = ("để báo cáo", "để biết", "để thực hiện", "để phối hợp", "để chỉ đạo")


def signing_lines_for(profile: dto.AgencyProfile | None, override: str = "") -> str:
    """The signing lines a document prints: its own, else the agency's, else the default of the
    agency's kind (what a signing field left empty shows as its placeholder)."""
    if override.strip():
        return override.strip()
    if profile is None:
        return DEFAULT_SIGNING_LINES[m.AgencyKind.COMMUNE]
    return profile.signing_lines.strip() or DEFAULT_SIGNING_LINES.get(profile.kind, "")


def clean_purpose(text: str) -> str:
    """ "(Để báo cáo)" → "để báo cáo": no brackets, lower-case first letter, no final punctuation."""
    text = clean(text).strip(" ();.,")
    return text[:1].lower() + text[1:]


# ---- legal bases ---------------------------------------------------------------------------------
# The document kinds that cite legal bases, with their labels.
LEGAL_BASIS_KINDS = {
    "plan": QT_TRANSLATE_NOOP("LegalBasisKinds", "Kế hoạch duy trì, cải tiến HTQLCL"),
    "objectives": QT_TRANSLATE_NOOP("LegalBasisKinds", "Kế hoạch thực hiện mục tiêu chất lượng"),
    "report": QT_TRANSLATE_NOOP("LegalBasisKinds", "Báo cáo 6 tháng, báo cáo năm về HTQLCL"),
}
LEGAL_BASIS_LEADS = ("Căn cứ", "Thực hiện")
_QD19 = dto.LegalBasisFields(
    kind="",
    doc_type="Quyết định",
    number="19/2014/QĐ-TTg",
    issued_on=date(2014, 3, 5),
    issuer="Thủ tướng Chính phủ",
    subject=(
        "về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào "
        "hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước"
    ),
)
_TT26 = dto.LegalBasisFields(
    kind="",
    doc_type="Thông tư",
    number="26/2014/TT-BKHCN",
    issued_on=date(2014, 10, 10),
    issuer="Bộ Khoa học và Công nghệ",
    subject="quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
)
_TT116 = dto.LegalBasisFields(
    kind="",
    doc_type="Thông tư",
    number="116/2015/TT-BTC",
    issued_on=date(2015, 8, 11),
    issuer="Bộ Tài chính",
    subject=(
        "quy định công tác quản lý tài chính đối với việc tư vấn, xây dựng, áp dụng, duy trì và cải tiến "
        "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ "
        "quan, tổ chức thuộc hệ thống hành chính nhà nước"
    ),
)
_QD4109 = dto.LegalBasisFields(
    kind="",
    doc_type="Quyết định",
    number="4109/QĐ-BKHCN",
    issued_on=date(2015, 12, 31),
    issuer="Bộ Khoa học và Công nghệ",
    subject="về việc công bố Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
)
_QD101 = dto.LegalBasisFields(
    kind="",
    doc_type="Quyết định",
    number="101/QĐ-BKHCN",
    issued_on=date(2019, 1, 21),
    issuer="Bộ Khoa học và Công nghệ",
    subject=(
        "về việc công bố Mô hình khung Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
        "9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương"
    ),
)


def default_legal_bases(kind: str, profile: dto.AgencyFields | None = None) -> list[dto.LegalBasisFields]:
    """The legal bases a new agency starts with for documents of ``kind``: Decision 19/2014/QĐ-TTg,
    Circulars 26/2014/TT-BKHCN and 116/2015/TT-BTC (the plan: it has a budget), Decisions
    4109/QĐ-BKHCN and 101/QĐ-BKHCN; the plan also carries out the upper level's plan, whose number
    and date the secretary fills in ("Thực hiện Kế hoạch số …/KH-UBND ngày … của Ủy ban nhân dân
    tỉnh …")."""
    if kind == "plan":
        upper = (profile.parent_body if profile else "").strip() or "Ủy ban nhân dân tỉnh"
        chosen = [
            _QD19,
            _TT26,
            _TT116,
            _QD4109,
            _QD101,
            dto.LegalBasisFields(
                kind="",
                lead="Thực hiện",
                doc_type="Kế hoạch",
                issuer=upper,
                subject=(
                    "về việc duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO "
                    "9001:2015 trong hoạt động của các cơ quan hành chính nhà nước"
                ),
            ),
        ]
    elif kind == "objectives":
        chosen = list(QMS_BASES)
    elif kind == "report":
        # The report's opening: "Thực hiện Quyết định số 19/2014/QĐ-TTg … và Thông tư số 26/2014/TT-BKHCN …"
        chosen = [dataclasses.replace(b, lead="Thực hiện") for b in (_QD19, _TT26)]
    else:
        chosen = []
    return [dataclasses.replace(b, kind=kind, sort_order=i) for i, b in enumerate(chosen)]


# The QMS rules every QMS document cites (the objectives plan, the decisions): Decision 19/2014,
# Circular 26/2014, Decision 101/2019.
QMS_BASES = (_QD19, _TT26, _QD101)


def legal_basis_text(basis: dto.LegalBasisFields, *, blank: str = "……") -> str:
    """The printed line: "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính
    phủ về việc …;" (the date in citation format); an empty number or date prints ``blank``."""
    parts = [basis.lead.strip() or "Căn cứ", basis.doc_type.strip()]
    parts.append(f"số {basis.number.strip() or blank}")
    parts.append(f"ngày {citation_date(basis.issued_on) if basis.issued_on else blank}")
    if basis.issuer.strip():
        parts.append(f"của {basis.issuer.strip()}")
    if basis.subject.strip():
        parts.append(basis.subject.strip().rstrip(";.,"))
    return " ".join(p for p in parts if p) + ";"


class AgencyService:
    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    # ---- profile -------------------------------------------------------------------------------
    @staticmethod
    def _agency(uow: UnitOfWork) -> m.Agency | None:
        return uow.session.scalars(select(m.Agency).order_by(m.Agency.id).limit(1)).first()

    def get_profile(self) -> dto.AgencyProfile | None:
        with self._uow() as uow:
            agency = self._agency(uow)
            return to_dto(dto.AgencyProfile, agency) if agency else None

    def is_set_up(self) -> bool:
        return self.get_profile() is not None

    @staticmethod
    def _checked(fields: dto.AgencyFields) -> dto.AgencyFields:
        f = dataclasses.replace(
            fields,
            full_name=clean(fields.full_name),
            short_name=clean(fields.short_name),
            parent_body=clean(fields.parent_body),
            place_name=clean(fields.place_name),
            code_abbreviation=clean(fields.code_abbreviation).upper(),
            address=clean(fields.address),
            phone=clean(fields.phone),
            email=clean(fields.email),
            iso_secretary_name=clean(fields.iso_secretary_name),
            iso_secretary_title=clean(fields.iso_secretary_title),
            iso_secretary_phone=clean(fields.iso_secretary_phone),
            signing_lines="\n".join(
                clean(line) for line in clean_multiline(fields.signing_lines).split("\n") if line.strip()
            ),
            signer_name=clean(fields.signer_name),
            drafting_unit=clean(fields.drafting_unit),
        )
        c = Checker()
        c.text("full_name", f.full_name, 255, required=True)
        c.text("short_name", f.short_name, 120)
        if not isinstance(f.kind, m.AgencyKind):
            c.add("kind", "field.required")
        c.text("parent_body", f.parent_body, 255)
        c.text("place_name", f.place_name, 120, required=True)
        if c.required("code_abbreviation", f.code_abbreviation):
            c.max_length("code_abbreviation", f.code_abbreviation, 30)
            if not _ABBREVIATION.match(f.code_abbreviation):
                c.add("code_abbreviation", "agency.bad_abbreviation")
        c.text("address", f.address, 255)
        c.text("phone", f.phone, 60)
        if f.email and ("@" not in f.email or " " in f.email):
            c.add("email", "field.bad_email")
        c.text("email", f.email, 120)
        c.text("iso_secretary_name", f.iso_secretary_name, 120)
        c.text("iso_secretary_title", f.iso_secretary_title, 120)
        c.text("iso_secretary_phone", f.iso_secretary_phone, 60)
        lines = [line for line in f.signing_lines.split("\n") if line]
        if len(lines) > MAX_SIGNING_LINES:
            c.add("signing_lines", "agency.too_many_signing_lines", limit=MAX_SIGNING_LINES)
        elif any(len(line) > 60 for line in lines):
            c.add("signing_lines", "field.too_long", limit=60)
        c.text("signer_name", f.signer_name, 120)
        c.text("drafting_unit", f.drafting_unit, 30)
        c.raise_if_any()
        return f

    def set_up(self, fields: dto.AgencyFields, head: dto.LeaderFields | None = None) -> dto.AgencyProfile:
        """First run: create the agency (and optionally its head) in one transaction."""
        # Report the agency's and the head's problems together; the head's fields are prefixed
        # "head_" because both have a full_name.
        problems: list[FieldError] = []
        try:
            f = self._checked(fields)
        except ValidationError as error:
            problems += error.errors
        head_fields = None
        try:
            if head is not None:
                head_fields = self._checked_leader(dataclasses.replace(head, role=m.LeaderRole.HEAD))
        except ValidationError as error:
            problems += [FieldError(f"head_{e.field}", e.code, e.params) for e in error.errors]
        if problems:
            raise ValidationError(problems)
        with self._uow() as uow:
            if self._agency(uow) is not None:
                raise DomainError("agency.already_set_up")
            agency = m.Agency()
            apply_fields(agency, f)
            uow.session.add(agency)
            if head_fields:
                leader = m.Leader()
                apply_fields(leader, head_fields)
                uow.session.add(leader)
            for kind in LEGAL_BASIS_KINDS:
                for basis in default_legal_bases(kind, f):
                    uow.session.add(_basis_row(m.LegalBasis(), basis))
            uow.commit()
            return to_dto(dto.AgencyProfile, agency)

    def update_profile(self, fields: dto.AgencyFields) -> dto.AgencyProfile:
        f = self._checked(fields)
        with self._uow() as uow:
            agency = self._agency(uow)
            if agency is None:
                raise DomainError("agency.not_set_up")
            apply_fields(agency, f)
            uow.commit()
            return to_dto(dto.AgencyProfile, agency)

    # ---- leaders -------------------------------------------------------------------------------
    @staticmethod
    def _checked_leader(fields: dto.LeaderFields) -> dto.LeaderFields:
        f = dataclasses.replace(fields, full_name=clean(fields.full_name), title=clean(fields.title))
        c = Checker()
        c.text("full_name", f.full_name, 120, required=True)
        c.text("title", f.title, 120, required=True)
        if not isinstance(f.role, m.LeaderRole):
            c.add("role", "field.required")
        c.raise_if_any()
        return f

    def list_leaders(self) -> list[dto.Leader]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(m.Leader).order_by(m.Leader.role, m.Leader.sort_order, m.Leader.id)
            )
            # HEAD sorts before DEPUTY alphabetically ("deputy" < "head"), so order in Python.
            leaders = [to_dto(dto.Leader, r) for r in rows]
        return sorted(leaders, key=lambda x: (x.role is not m.LeaderRole.HEAD, x.sort_order, x.id))

    def save_leader(self, fields: dto.LeaderFields, leader_id: int | None = None) -> dto.Leader:
        f = self._checked_leader(fields)
        with self._uow() as uow:
            if f.role is m.LeaderRole.HEAD:
                other_head = uow.session.scalars(
                    select(m.Leader).where(
                        m.Leader.role == m.LeaderRole.HEAD, m.Leader.id != (leader_id or 0)
                    )
                ).first()
                if other_head is not None:
                    raise DomainError("leader.head_exists", name=other_head.full_name)
            row = _get(uow, m.Leader, leader_id) if leader_id else m.Leader()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.Leader, row)

    def delete_leader(self, leader_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.Leader, leader_id))
            uow.commit()

    # ---- recipients ----------------------------------------------------------------------------
    def list_recipients(self) -> list[dto.Recipient]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(m.Recipient).order_by(m.Recipient.sort_order, m.Recipient.id))
            return [to_dto(dto.Recipient, r) for r in rows]

    def save_recipient(self, fields: dto.RecipientFields, recipient_id: int | None = None) -> dto.Recipient:
        f = dataclasses.replace(
            fields, name=clean(fields.name), note=clean(fields.note), purpose=clean_purpose(fields.purpose)
        )
        c = Checker()
        c.text("name", f.name, 255, required=True)
        c.text("note", f.note, 255)
        c.text("purpose", f.purpose, 60)
        c.raise_if_any()
        with self._uow() as uow:
            row = _get(uow, m.Recipient, recipient_id) if recipient_id else m.Recipient()
            apply_fields(row, f)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.Recipient, row)

    def delete_recipient(self, recipient_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.Recipient, recipient_id))
            uow.commit()

    # ---- legal bases ---------------------------------------------------------------------------
    def list_legal_bases(self, kind: str) -> list[dto.LegalBasis]:
        """The "Căn cứ …" lines documents of ``kind`` cite, in order."""
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(m.LegalBasis)
                .where(m.LegalBasis.kind == kind)
                .order_by(m.LegalBasis.sort_order, m.LegalBasis.id)
            )
            return [to_dto(dto.LegalBasis, r) for r in rows]

    @staticmethod
    def _checked_basis(fields: dto.LegalBasisFields) -> dto.LegalBasisFields:
        f = dataclasses.replace(
            fields,
            lead=clean(fields.lead) or "Căn cứ",
            doc_type=clean(fields.doc_type),
            number=clean(fields.number),
            issuer=clean(fields.issuer),
            subject=clean(fields.subject).rstrip(";.,").strip(),
        )
        c = Checker()
        if f.kind not in LEGAL_BASIS_KINDS:
            c.add("kind", "field.required")
        c.text("lead", f.lead, 20)
        c.text("doc_type", f.doc_type, 60, required=True)
        c.text("number", f.number, 60)
        c.date_range("issued_on", f.issued_on)
        c.text("issuer", f.issuer, 255)
        c.text("subject", f.subject, 1000)
        c.raise_if_any()
        return f

    def save_legal_basis(self, fields: dto.LegalBasisFields, basis_id: int | None = None) -> dto.LegalBasis:
        """Add a legal basis (last in its kind's list) or change one."""
        f = self._checked_basis(fields)
        with self._uow() as uow:
            if basis_id:
                row = _get(uow, m.LegalBasis, basis_id)
                f = dataclasses.replace(f, sort_order=row.sort_order)
            else:
                row = m.LegalBasis()
                last = uow.session.scalar(
                    select(func.max(m.LegalBasis.sort_order)).where(m.LegalBasis.kind == f.kind)
                )
                f = dataclasses.replace(f, sort_order=(last if last is not None else -1) + 1)
            _basis_row(row, f)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.LegalBasis, row)

    def delete_legal_basis(self, basis_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.LegalBasis, basis_id))
            uow.commit()

    def move_legal_basis(self, basis_id: int, step: int) -> None:
        with self._uow() as uow:
            row = _get(uow, m.LegalBasis, basis_id)
            rows = list(
                uow.session.scalars(
                    select(m.LegalBasis)
                    .where(m.LegalBasis.kind == row.kind)
                    .order_by(m.LegalBasis.sort_order, m.LegalBasis.id)
                )
            )
            i = rows.index(row)
            j = i + step
            if 0 <= j < len(rows):
                rows[i], rows[j] = rows[j], rows[i]
                for order, r in enumerate(rows):
                    r.sort_order = order
                uow.commit()

    def reset_legal_bases(self, kind: str) -> list[dto.LegalBasis]:
        """Replace the list of ``kind`` with the defaults (``default_legal_bases``)."""
        if kind not in LEGAL_BASIS_KINDS:
            raise DomainError("export.bad_document", kind=kind)
        profile = self.get_profile()
        with self._uow() as uow:
            for row in uow.session.scalars(select(m.LegalBasis).where(m.LegalBasis.kind == kind)):
                uow.session.delete(row)
            for basis in default_legal_bases(kind, profile):
                uow.session.add(_basis_row(m.LegalBasis(), basis))
            uow.commit()
        return self.list_legal_bases(kind)

    # ---- reporting -----------------------------------------------------------------------------
    def get_reporting(self) -> dto.ReportingSettings:
        with self._uow() as uow:
            agency = self._agency(uow)
            if agency is None:
                return dto.ReportingSettings()
            return to_dto(dto.ReportingSettings, agency)

    def update_reporting(self, settings: dto.ReportingSettings) -> dto.ReportingSettings:
        c = Checker()
        if not isinstance(settings.period_convention, m.PeriodConvention):
            c.add("period_convention", "field.required")
        if not is_valid_day_month(settings.six_month_deadline_day, settings.six_month_deadline_month):
            c.add("six_month_deadline_day", "date.bad_day_month")
        if not is_valid_day_month(settings.annual_deadline_day, settings.annual_deadline_month):
            c.add("annual_deadline_day", "date.bad_day_month")
        if not 0 <= settings.due_soon_days <= MAX_WINDOW_DAYS:
            c.add("due_soon_days", "legal.bad_days")
        c.raise_if_any()
        six = (settings.six_month_deadline_month, settings.six_month_deadline_day)
        annual = (settings.annual_deadline_month, settings.annual_deadline_day)
        if six >= annual:
            c.add("annual_deadline_day", "deadline.annual_before_six_month")
            c.raise_if_any()
        with self._uow() as uow:
            agency = self._agency(uow)
            if agency is None:
                raise DomainError("agency.not_set_up")
            apply_fields(agency, settings)
            uow.commit()
            return to_dto(dto.ReportingSettings, agency)

    def report_outline(self) -> str:
        """The agency's saved report outline (JSON; empty: the app's default)."""
        with self._uow() as uow:
            agency = self._agency(uow)
            return agency.report_outline if agency is not None else ""

    def save_report_outline(self, text: str) -> None:
        with self._uow() as uow:
            agency = self._agency(uow)
            if agency is None:
                raise DomainError("agency.not_set_up")
            agency.report_outline = text
            uow.commit()

    def list_deadlines(self) -> list[dto.Deadline]:
        with self._uow() as uow:
            rows = uow.session.scalars(select(m.ReportDeadline).order_by(m.ReportDeadline.year.desc()))
            return [to_dto(dto.Deadline, r) for r in rows]

    def save_deadline(self, fields: dto.DeadlineFields) -> dto.Deadline:
        """Set (or replace) the deadlines of one year."""
        c = Checker()
        if not (2000 <= fields.year <= 2100):
            c.add("year", "date.out_of_range")
        c.date_range("six_month_deadline", fields.six_month_deadline, required=True)
        c.date_range("annual_deadline", fields.annual_deadline, required=True)
        c.raise_if_any()
        assert fields.six_month_deadline and fields.annual_deadline
        if fields.six_month_deadline.year != fields.year:
            c.add("six_month_deadline", "deadline.wrong_year", year=fields.year)
        if not (
            fields.annual_deadline.year == fields.year
            or (fields.annual_deadline.year == fields.year + 1 and fields.annual_deadline.month == 1)
        ):
            c.add("annual_deadline", "deadline.wrong_year", year=fields.year)
        if not c.errors and fields.annual_deadline <= fields.six_month_deadline:
            c.add("annual_deadline", "deadline.annual_before_six_month")
        c.raise_if_any()
        with self._uow() as uow:
            row = (
                uow.session.scalars(
                    select(m.ReportDeadline).where(m.ReportDeadline.year == fields.year)
                ).first()
                or m.ReportDeadline()
            )
            apply_fields(row, fields)
            uow.session.add(row)
            uow.commit()
            return to_dto(dto.Deadline, row)

    def delete_deadline(self, year: int) -> None:
        with self._uow() as uow:
            row = uow.session.scalars(select(m.ReportDeadline).where(m.ReportDeadline.year == year)).first()
            if row is None:
                raise NotFound("deadline", year)
            uow.session.delete(row)
            uow.commit()

    def report_calendar(self, year: int) -> ReportCalendar:
        settings = self.get_reporting()
        with self._uow() as uow:
            override = uow.session.scalars(
                select(m.ReportDeadline).where(m.ReportDeadline.year == year)
            ).first()
            if override is not None:
                six, annual = override.six_month_deadline, override.annual_deadline
            else:
                six = date(year, settings.six_month_deadline_month, settings.six_month_deadline_day)
                annual = date(year, settings.annual_deadline_month, settings.annual_deadline_day)
        return ReportCalendar(
            year=year,
            convention=settings.period_convention,
            six_month_period=six_month_period(year, settings.period_convention),
            annual_period=annual_period(year, settings.period_convention),
            six_month_deadline=six,
            annual_deadline=annual,
            deadlines_overridden=override is not None,
        )

    def count_rows(self) -> int:
        """Rows in the agency table (0 or 1); used to tell an empty database."""
        with self._uow() as uow:
            return uow.session.scalar(select(func.count()).select_from(m.Agency)) or 0


def _basis_row(row: m.LegalBasis, fields: dto.LegalBasisFields) -> m.LegalBasis:
    apply_fields(row, fields)
    return row
