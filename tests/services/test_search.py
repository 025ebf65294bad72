"""One search over every record type of the registry, by the fields each declares."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.areas import record_types
from app.services.demo import fill_demo


@pytest.fixture(scope="module")
def demo_services(tmp_path_factory):  # type: ignore[no-untyped-def]
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(tmp_path_factory.mktemp("s") / "data", writer=True, program="kiểm thử")
    fill_demo(ctx.services, today=date(2026, 11, 22))
    yield ctx.services
    ctx.close()


def test_every_searchable_record_type_has_a_provider(demo_services):
    searchable = {t.key for t in record_types() if t.search_fields or t.search}
    assert {
        "document",
        "tthc",
        "legal",
        "objective",
        "plan_task",
        "audit",
        "finding",
        "corrective_action",
    } <= searchable
    assert {"inspection", "risk", "complaint", "training", "review", "report"} <= searchable
    assert set(demo_services.search.providers()) == searchable


@pytest.mark.parametrize(
    ("query", "record_type", "expected"),
    [
        ("khai sinh", "tthc", "Đăng ký khai sinh"),  # no diacritics typed
        ("KHAI SINH", "document", "khai sinh"),
        ("1.001193", "tthc", "Đăng ký khai sinh"),  # by code
        ("luat thi dua", "legal", "Luật Thi đua, khen thưởng"),
        ("ho so dung han", "objective", "đúng hạn"),
        ("danh gia noi bo", "plan_task", "đánh giá nội bộ"),
        ("ho tich", "audit", "Trung tâm Phục vụ hành chính công"),
        ("thu tuc dat dai", "finding", "thủ tục đất đai"),
        ("05/2026", "corrective_action", "Sổ chứng thực bản sao"),  # by number
        ("125/TB-SKHCN", "inspection", "Sở Khoa học và Công nghệ"),
        ("may quet", "risk", "máy quét"),
        ("duong day nong", "complaint", "một cửa"),
        ("tap huan nhan thuc", "training", "Tập huấn nhận thức"),
        ("hoi truong", "review", "Hội trường"),
        ("bao cao 6 thang 2026", "report", "Báo cáo 6 tháng đầu năm 2026"),
        ("thiet bi danh gia", "survey", ""),  # a survey is found by its method
    ],
)
def test_search_finds_records_of_each_type(demo_services, query, record_type, expected):
    hits = demo_services.search.search(query)
    assert record_type in hits
    assert any(expected.casefold() in h.title.casefold() for h in hits[record_type]), hits[record_type][:3]


def test_codes_that_start_with_the_query_come_first(demo_services):
    hits = demo_services.search.search("1.00")["tthc"]
    assert hits and all(h.code.startswith("1.00") for h in hits[:3])


def test_an_empty_query_finds_nothing(demo_services):
    assert demo_services.search.search("   ") == {}
