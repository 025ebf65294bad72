"""Đào tạo, tập huấn: sessions, attendees chosen from the staff, certificates kept as attachments, a
person's history, the figures of a period and the year's register."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from app import models as m
from app.services import dto
from app.services.areas import ExportRequest
from app.services.errors import DomainError, NotFound, ValidationError
from app.services.exports import catalogue
from app.services.training import TrainingFields

Y = 2026
TODAY = date(Y, 10, 1)
T = m.TrainingType


@pytest.fixture
def training(agency, services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    return services.training


@pytest.fixture
def people(services):  # type: ignore[no-untyped-def]
    """Four persons; the last has left the agency."""
    ids = {}
    for name, active in (
        ("Nguyễn Thị Mai Hương", True),
        ("Lý Văn Tài", True),
        ("Hồ Thị Thanh Tâm", True),
        ("Phạm Thị Thúy", False),
    ):
        ids[name] = services.organization.save_person(dto.PersonFields(full_name=name, active=active)).id
    return ids


def _fields(**kw) -> TrainingFields:  # type: ignore[no-untyped-def]
    values = {
        "on": date(Y, 5, 22),
        "title": "Tập huấn nhận thức về HTQLCL theo TCVN ISO 9001:2015",
        "organiser": "UBND xã Tùng Ảnh",
        "type": T.AWARENESS,
        "hours": 4,
    }
    values.update(kw)
    return TrainingFields(**values)


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


# ---- sessions ------------------------------------------------------------------------------------
def test_a_session_is_recorded_edited_listed_by_year_and_deleted(training):
    first = training.create(_fields())
    detail = training.get(first)
    assert (detail.on, detail.type, detail.hours, detail.organiser, detail.planned) == (
        date(Y, 5, 22),
        T.AWARENESS,
        4.0,
        "UBND xã Tùng Ảnh",
        False,
    )
    training.update(first, _fields(title="  Tập huấn   nhận thức HTQLCL ", hours=3.5))
    assert (training.get(first).title, training.get(first).hours) == ("Tập huấn nhận thức HTQLCL", 3.5)
    older = training.create(_fields(on=date(Y - 1, 8, 20), type=T.INTERNAL_AUDITOR, hours=24))
    assert [r.id for r in training.sessions()] == [first, older]
    assert [r.id for r in training.sessions(Y - 1)] == [older]
    assert training.years() == [Y, Y - 1]
    training.delete(older)
    assert [r.id for r in training.sessions()] == [first]
    with pytest.raises(NotFound):
        training.get(older)


def test_a_session_needs_a_date_a_title_and_hours_from_0(training):
    with pytest.raises(ValidationError) as caught:
        training.create(_fields(on=None, title="  ", hours=-1))
    assert {e.field: e.code for e in caught.value.errors} == {
        "on": "field.required",
        "title": "field.required",
        "hours": "training.bad_hours",
    }
    for bad in (math.nan, 1001):
        with pytest.raises(ValidationError) as caught:
            training.create(_fields(hours=bad))
        assert caught.value.for_field("hours") is not None
    assert training.sessions() == []
    # 0 hours: not recorded, accepted.
    assert training.get(training.create(_fields(hours=0))).hours == 0


def test_a_session_after_today_is_planned(training, people, tmp_path):
    planned = training.create(_fields(on=date(Y, 11, 12)), [people["Lý Văn Tài"]])
    assert training.get(planned).planned and training.sessions()[0].planned
    # Who is to attend can be listed, but no certificate before the session took place.
    with pytest.raises(DomainError) as caught:
        training.attach_certificate(planned, people["Lý Văn Tài"], _file(tmp_path, "cc.pdf", b"cc"))
    assert caught.value.code == "training.certificate_before_session"
    # Nor does a session with certificates move after today.
    held = training.create(_fields(), [people["Lý Văn Tài"]])
    training.attach_certificate(held, people["Lý Văn Tài"], _file(tmp_path, "cc.pdf", b"cc"))
    with pytest.raises(ValidationError) as caught:
        training.update(held, _fields(on=date(Y, 12, 1)))
    assert caught.value.for_field("on").code == "training.future_with_certificates"


# ---- attendees -----------------------------------------------------------------------------------
def test_attendees_are_added_once_removed_and_former_staff_stay_on_old_sessions(training, people):
    session = training.create(_fields(on=date(Y - 1, 5, 22)), [people["Lý Văn Tài"], people["Phạm Thị Thúy"]])
    added = training.add_attendees(session, [people["Lý Văn Tài"], people["Nguyễn Thị Mai Hương"]])
    assert added == 1
    detail = training.get(session)
    # Active staff first, by given name; the one who left stays, marked inactive.
    assert [(a.full_name, a.active) for a in detail.attendees] == [
        ("Nguyễn Thị Mai Hương", True),
        ("Lý Văn Tài", True),
        ("Phạm Thị Thúy", False),
    ]
    assert training.sessions()[0].attendees == 3
    training.remove_attendee(session, people["Lý Văn Tài"])
    assert [a.full_name for a in training.get(session).attendees] == ["Nguyễn Thị Mai Hương", "Phạm Thị Thúy"]
    with pytest.raises(DomainError) as caught:
        training.remove_attendee(session, people["Lý Văn Tài"])
    assert caught.value.code == "training.not_attendee"
    with pytest.raises(DomainError) as caught:
        training.add_attendees(session, [999_999])
    assert caught.value.code == "training.unknown_person"
    assert len(training.get(session).attendees) == 2


# ---- certificates --------------------------------------------------------------------------------
def test_a_certificate_is_attached_replaced_and_removed_its_file_kept_while_referenced(
    ctx, training, people, tmp_path
):
    tai, tam = people["Lý Văn Tài"], people["Hồ Thị Thanh Tâm"]
    session = training.create(_fields(type=T.INTERNAL_AUDITOR, hours=16), [tai, tam])
    first = _file(tmp_path, "Chung chi CGDGNB - Ly Van Tai.pdf", b"%PDF-1.4 chung chi 1")
    ref = training.attach_certificate(session, tai, first)
    assert ref.original_name == "Chung chi CGDGNB - Ly Van Tai.pdf"
    stored = ctx.data_dir.attachments_dir / ref.sha256[:2] / ref.sha256
    assert stored.read_bytes() == first.read_bytes()
    by_person = {a.person_id: a.certificate for a in training.get(session).attendees}
    assert by_person == {tai: ref, tam: None}
    assert training.sessions()[0].certificates == 1

    # The same file for a second attendee: one stored copy, kept while either refers to it.
    training.attach_certificate(session, tam, first)
    training.remove_certificate(session, tam)
    assert stored.is_file()

    # Replacing it: the old file goes (nothing else refers to it), the new one is kept.
    second = _file(tmp_path, "Chung chi (ban sua).pdf", b"%PDF-1.4 chung chi 2")
    new_ref = training.attach_certificate(session, tai, second)
    new_stored = ctx.data_dir.attachments_dir / new_ref.sha256[:2] / new_ref.sha256
    assert not stored.exists() and new_stored.is_file()
    assert ctx.services.attachments.viewing_copy(new_ref.id).read_bytes() == second.read_bytes()

    training.remove_certificate(session, tai)
    assert not new_stored.exists()
    assert all(a.certificate is None for a in training.get(session).attendees)

    # Taking off an attendee, or deleting the session, takes their certificate with them.
    third = training.attach_certificate(session, tai, _file(tmp_path, "c3.pdf", b"3"))
    third_stored = ctx.data_dir.attachments_dir / third.sha256[:2] / third.sha256
    training.remove_attendee(session, tai)
    assert not third_stored.exists()
    fourth = training.attach_certificate(session, tam, _file(tmp_path, "c4.pdf", b"4"))
    training.delete(session)
    assert not (ctx.data_dir.attachments_dir / fourth.sha256[:2] / fourth.sha256).exists()


# ---- history and figures -------------------------------------------------------------------------
def test_a_persons_history_lists_their_sessions_newest_first(training, people, tmp_path):
    tai = people["Lý Văn Tài"]
    awareness = training.create(_fields(on=date(Y - 1, 5, 22)), [tai, people["Hồ Thị Thanh Tâm"]])
    auditor = training.create(
        _fields(on=date(Y, 8, 19), title="Chuyên gia đánh giá nội bộ", type=T.INTERNAL_AUDITOR), [tai]
    )
    training.create(_fields(on=date(Y, 9, 1), title="Lớp khác"), [people["Hồ Thị Thanh Tâm"]])
    training.attach_certificate(auditor, tai, _file(tmp_path, "cc.pdf", b"cc"))
    history = training.person_history(tai)
    assert [(h.training_id, h.type, h.certificate is not None) for h in history] == [
        (auditor, T.INTERNAL_AUDITOR, True),
        (awareness, T.AWARENESS, False),
    ]
    assert training.person_history(people["Nguyễn Thị Mai Hương"]) == []
    with pytest.raises(NotFound):
        training.person_history(999_999)


def test_period_figures_count_sessions_and_attendees_held_in_the_period(training, people):
    everyone = list(people.values())
    training.create(_fields(on=date(Y, 1, 10), hours=4), everyone)  # 4 people
    training.create(_fields(on=date(Y, 3, 31), type=T.PROFESSIONAL, hours=8), everyone[:2])
    training.create(_fields(on=date(Y, 4, 1), hours=2), everyone[:1])  # next quarter
    training.create(_fields(on=date(Y, 11, 1), hours=2), everyone)  # planned (after today)
    q1 = training.period_figures(date(Y, 1, 1), date(Y, 3, 31))
    assert (q1.sessions, q1.attendances, q1.people, q1.hours) == (2, 6, 4, 12.0)
    assert q1.by_type == {T.AWARENESS: 1, T.PROFESSIONAL: 1}
    year = training.period_figures(date(Y, 1, 1), date(Y, 12, 31))
    assert (year.sessions, year.attendances, year.people) == (3, 7, 4)
    empty = training.period_figures(date(Y - 1, 1, 1), date(Y - 1, 12, 31))
    assert (empty.sessions, empty.attendances, empty.people, empty.hours) == (0, 0, 0, 0.0)


# ---- the year's register -------------------------------------------------------------------------
def _request(fmt: str, out: Path) -> ExportRequest:
    return ExportRequest(fmt=fmt, out=out, year=Y, today=TODAY)


def _sample(training, people, tmp_path):  # type: ignore[no-untyped-def]
    tai = people["Lý Văn Tài"]
    auditor = training.create(
        _fields(
            on=date(Y, 8, 19),
            title="Bồi dưỡng chuyên gia đánh giá nội bộ",
            organiser="Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
            type=T.INTERNAL_AUDITOR,
            hours=16,
        ),
        [tai, people["Hồ Thị Thanh Tâm"]],
    )
    training.attach_certificate(auditor, tai, _file(tmp_path, "cc.pdf", b"cc"))
    awareness = training.create(_fields(organiser="", hours=3.5), list(people.values()))
    planned = training.create(_fields(on=date(Y, 11, 5), title="Cập nhật văn bản mới", type=T.PROFESSIONAL))
    training.create(_fields(on=date(Y - 1, 5, 22)))  # another year
    return awareness, auditor, planned


def test_the_registers_json_lists_the_years_sessions_with_their_attendee_count(
    services, training, people, tmp_path
):
    awareness, auditor, planned = _sample(training, people, tmp_path)
    out = tmp_path / "dao-tao.json"
    catalogue.write(services, "training", _request("json", out))
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [{k: r[k] for k in ("id", "on", "title", "type", "hours", "attendees")} for r in rows] == [
        {
            "id": awareness,
            "on": "2026-05-22",
            "title": "Tập huấn nhận thức về HTQLCL theo TCVN ISO 9001:2015",
            "type": "nhan_thuc",
            "hours": 3.5,
            "attendees": 4,
        },
        {
            "id": auditor,
            "on": "2026-08-19",
            "title": "Bồi dưỡng chuyên gia đánh giá nội bộ",
            "type": "chuyen_gia_danh_gia",
            "hours": 16.0,
            "attendees": 2,
        },
        {
            "id": planned,
            "on": "2026-11-05",
            "title": "Cập nhật văn bản mới",
            "type": "chuyen_mon",
            "hours": 4.0,
            "attendees": 0,
        },
    ]
    assert [(r["organiser"], r["planned"], r["certificates"]) for r in rows] == [
        (None, False, 0),
        ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", False, 1),
        ("UBND xã Tùng Ảnh", True, 0),
    ]


def test_the_register_prints_to_pdf_and_xlsx(services, training, people, tmp_path):
    _sample(training, people, tmp_path)
    pdf = tmp_path / "dao-tao.pdf"
    catalogue.write(services, "training", _request("pdf", pdf))
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    assert "DANH SÁCH ĐÀO TẠO, TẬP HUẤN" in flat.upper()
    assert "Bồi dưỡng chuyên gia đánh giá nội bộ" in flat
    assert "05/11/2026 (dự kiến)" in flat
    assert "Tổng số: 02 lớp đã tổ chức, 06 lượt người tham dự (04 người), 19,5 giờ; 01 lớp dự kiến." in flat

    xlsx = tmp_path / "dao-tao.xlsx"
    catalogue.write(services, "training", _request("xlsx", xlsx))
    sheet = openpyxl.load_workbook(xlsx).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Lý Văn Tài (có chứng chỉ), Hồ Thị Thanh Tâm" in values
    assert "Chuyên gia đánh giá nội bộ" in values


def test_an_empty_year_exports_an_empty_register(services, training, tmp_path):
    out = tmp_path / "trong.json"
    catalogue.write(services, "training", _request("json", out))
    assert json.loads(out.read_text(encoding="utf-8")) == []
    document = services.training.register_document("training", Y, today=TODAY)
    assert document.body[0].rows == ()
