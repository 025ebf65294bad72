"""The vocabulary: how numbers, percentages, targets, counts, dates, names and labels are written."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from app.models import (
    AgencyKind,
    Aggregation,
    Comparison,
    DocumentStatus,
    DocumentType,
    Frequency,
    LeaderRole,
    LegalKind,
    PeriodConvention,
    PublicationKind,
    SteeringRole,
    TaskStatus,
    TimeframeKind,
)
from app.services import vocabulary as v
from app.services.dto import ObjectiveStatus, RevisionState, UpdateState

NBSP = "\u00a0"
ROOT = Path(__file__).resolve().parents[2]


# ---- numbers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1.000"),
        (1234, "1.234"),
        (12345678, "12.345.678"),
        (-1234, "-1.234"),
        (-7, "-7"),
    ],
)
def test_integers_take_a_dot_for_thousands(value: int, text: str) -> None:
    assert v.number_text(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (97.5, "97,5"),
        (98.0, "98"),  # never "98,0"
        (98.25, "98,25"),
        (1234.5, "1.234,5"),
        (-1234.56, "-1.234,56"),
        (0.1 + 0.2, "0,3"),
        (2.675, "2,68"),  # rounded half up as written, not as its binary neighbour 2.67499…
        (98.004, "98"),
        (-0.001, "0"),  # never "-0"
        (None, ""),
    ],
)
def test_decimals_take_a_comma_and_no_trailing_zeros(value: float | None, text: str) -> None:
    assert v.number_text(value) == text


def test_decimals_argument() -> None:
    assert v.number_text(1 / 3) == "0,33"
    assert v.number_text(1 / 3, 4) == "0,3333"
    assert v.number_text(2.5, 0) == "3"
    assert v.number_text(1.5, 1) == "1,5"
    assert v.number_text(1.05, 1) == "1,1"
    assert v.number_text(1234.5, 6, grouping=False) == "1234,5"
    assert v.number_text(1e21) == "1.000.000.000.000.000.000.000"


@pytest.mark.parametrize(
    ("numerator", "denominator", "text", "value"),
    [
        (100, 100, f"100{NBSP}%", 100.0),
        (3, 3, f"100{NBSP}%", 100.0),
        (0, 100, f"0{NBSP}%", 0.0),
        (96, 100, f"96,0{NBSP}%", 96.0),  # one decimal, ",0" kept
        (1, 3, f"33,3{NBSP}%", 33.3),
        (2, 3, f"66,7{NBSP}%", 66.7),
        (1, 16, f"6,3{NBSP}%", 6.3),  # 6,25 rounds half up
        (999, 1000, f"99,9{NBSP}%", 99.9),
        (9999, 10000, f"99,9{NBSP}%", 99.9),  # not complete: never shown as 100 %
        (1, 10000, f"0,1{NBSP}%", 0.1),  # not nothing: never shown as 0 %
        (1, 0, "—", None),
        (0, 0, "—", None),
    ],
)
def test_percentages(numerator: int, denominator: int, text: str, value: float | None) -> None:
    assert v.percent(numerator, denominator) == text
    assert v.percent_value(numerator, denominator) == value


def test_percent_value_is_a_json_number() -> None:
    assert json.loads(v.to_json({"share": v.percent_value(1, 3)})) == {"share": 33.3}
    assert v.to_json(v.percent_value(1, 0)) == "null"


@pytest.mark.parametrize(
    ("comparison", "target", "unit", "text"),
    [
        (Comparison.GE, 98, "%", f"≥ 98{NBSP}%"),
        (Comparison.GE, 98.5, "%", f"≥ 98,5{NBSP}%"),
        (Comparison.EQ, 100, "%", f"100{NBSP}%"),  # never "= 100 %"
        (Comparison.GE, 100, "%", f"100{NBSP}%"),
        (Comparison.GE, 100, "hồ sơ", "≥ 100 hồ sơ"),  # only a rate of 100 % needs no sign
        (Comparison.LE, 0, "vụ", "0 vụ"),  # never "≤ 0 vụ"
        (Comparison.LT, 0, "vụ", "0 vụ"),
        (Comparison.LE, 2, "ngày", "≤ 2 ngày"),
        (Comparison.LT, 2, "%", f"< 2{NBSP}%"),
        (Comparison.GT, 5, "hồ sơ", "> 5 hồ sơ"),
        (Comparison.GT, 1500, " hồ sơ ", "> 1.500 hồ sơ"),
        (Comparison.EQ, 3, "", "3"),
        (Comparison.GE, 90, " % ", f"≥ 90{NBSP}%"),
    ],
)
def test_targets_as_a_person_writes_them(comparison: Comparison, target: float, unit: str, text: str) -> None:
    assert v.target_text(comparison, target, unit) == text


def test_values_with_units_and_signs() -> None:
    assert v.value_with_unit(97.5, "%") == f"97,5{NBSP}%"
    assert v.value_with_unit(3, "vụ") == "3 vụ"
    assert v.value_with_unit(2, "") == "2"
    assert v.value_with_unit(None, "%") == ""
    assert [v.comparison_label(c) for c in Comparison] == ["≥", ">", "=", "≤", "<"]


@pytest.mark.parametrize(
    ("n", "noun", "text"),
    [
        (3, "bộ phận", "03 bộ phận"),
        (1, "cuộc", "01 cuộc"),
        (9, "", "09"),
        (0, "hồ sơ", "0 hồ sơ"),
        (0, "", "0"),
        (10, "hồ sơ", "10 hồ sơ"),
        (1234, "hồ sơ", "1.234 hồ sơ"),
        (12, "", "12"),
    ],
)
def test_counts_in_prose(n: int, noun: str, text: str) -> None:
    assert v.count_text(n, noun) == text


def test_file_sizes_and_roman_numerals() -> None:
    assert v.file_size_text(100) == "1 KB"
    assert v.file_size_text(12 * 1024) == "12 KB"
    assert v.file_size_text(1024 * 1024) == "1 MB"
    assert v.file_size_text(1536 * 1024) == "1,5 MB"
    assert v.file_size_text(1500 * 1024 * 1024) == "1.500 MB"
    assert [v.roman_numeral(n) for n in (1, 2, 3, 4, 5, 9, 10, 14)] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "IX",
        "X",
        "XIV",
    ]
    assert v.roman_numeral(0) == "0"


# ---- dates --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "citation", "table"),
    [
        (date(2014, 3, 5), "05/3/2014", "05/03/2014"),
        (date(2019, 1, 21), "21/01/2019", "21/01/2019"),
        (date(2025, 2, 9), "09/02/2025", "09/02/2025"),
        (date(2025, 7, 1), "01/7/2025", "01/07/2025"),
        (date(2026, 12, 15), "15/12/2026", "15/12/2026"),
        (date(2026, 10, 1), "01/10/2026", "01/10/2026"),
    ],
)
def test_dates(day: date, citation: str, table: str) -> None:
    assert v.citation_date(day) == citation
    assert v.table_date(day) == table


def test_no_date_is_empty_text() -> None:
    assert v.citation_date(None) == ""
    assert v.table_date(None) == ""
    assert v.table_date(datetime(2026, 3, 5, 14, 30)) == "05/03/2026"


def test_decree_30_place_date_line() -> None:
    assert v.place_date_line("Tùng Ảnh", date(2026, 3, 5)) == "Tùng Ảnh, ngày 05 tháng 3 năm 2026"
    assert v.place_date_line("Tùng Ảnh", date(2026, 1, 5)) == "Tùng Ảnh, ngày 05 tháng 01 năm 2026"
    assert v.place_date_line("  Tùng Ảnh ", date(2026, 12, 1)) == "Tùng Ảnh, ngày 01 tháng 12 năm 2026"
    assert v.place_date_line("", date(2026, 7, 15)) == "Ngày 15 tháng 7 năm 2026"
    blank = v.BLANK
    assert v.place_date_line("Tùng Ảnh", year=2026) == f"Tùng Ảnh, ngày {blank} tháng {blank} năm 2026"
    assert v.date_words(year=2026, month=2) == f"ngày {blank} tháng 02 năm 2026"
    assert v.date_words(date(2019, 6, 29)) == "ngày 29 tháng 6 năm 2019"


def test_days_left() -> None:
    today = date(2026, 3, 5)
    assert v.days_left_text(date(2026, 3, 10), today) == "còn 5 ngày"
    assert v.days_left_text(today, today) == "hạn là hôm nay"
    assert v.days_left_text(date(2026, 3, 2), today) == "đã qua 3 ngày"
    shown = v.days_left_text(date(2026, 3, 10), today, lambda context, text: f"[{context}] {text}")
    assert shown == "[Labels] còn 5 ngày"  # the template is translated, then filled


# ---- Vietnamese order ---------------------------------------------------------------------------
def _sorted(words: list[str]) -> list[str]:
    return sorted(words, key=v.sort_key)


def test_vietnamese_alphabet_order() -> None:
    assert _sorted(["E", "Đ", "D"]) == ["D", "Đ", "E"]
    assert _sorted(["đen", "dê", "em"]) == ["dê", "đen", "em"]
    assert _sorted(["Ư", "V", "U"]) == ["U", "Ư", "V"]
    assert _sorted(["ưu", "uy", "vui"]) == ["uy", "ưu", "vui"]
    assert _sorted(["ân", "ăn", "an", "bé"]) == ["an", "ăn", "ân", "bé"]
    assert _sorted(["ơi", "ôi", "oi"]) == ["oi", "ôi", "ơi"]
    assert _sorted(["Bình", "An"]) == ["An", "Bình"]


def test_case_is_ignored() -> None:
    assert v.sort_key("đức") == v.sort_key("ĐỨC") == v.sort_key("Đức")
    assert _sorted(["bình", "An", "Cường", "an"]) == ["An", "an", "bình", "Cường"]  # stable for equals
    assert _sorted(["dung", "Đông", "Dũng", "đào"]) == ["dung", "Dũng", "đào", "Đông"]


def test_tones_only_break_ties() -> None:
    # ngang, huyền, sắc, hỏi, ngã, nặng
    assert _sorted(["mạ", "mã", "mả", "má", "mà", "ma"]) == ["ma", "mà", "má", "mả", "mã", "mạ"]
    assert _sorted(["Án", "an", "Bình"]) == ["an", "Án", "Bình"]  # the bare letter first
    assert _sorted(["bác", "bà"]) == ["bà", "bác"]  # letters first: the tone of "bà" does not count
    assert _sorted(["ấn", "ân"]) == ["ân", "ấn"]  # â with a tone is still â


def test_digits_before_letters_and_any_unicode_form() -> None:
    assert _sorted(["Tổ A", "Tổ 10", "Tổ 2"]) == ["Tổ 2", "Tổ 10", "Tổ A"]
    assert _sorted(["a", "1"]) == ["1", "a"]
    decomposed = "Nguye\u0302\u0303n"  # "Nguyễn" typed with combining marks
    assert v.sort_key(decomposed) == v.sort_key("Nguyễn")
    assert _sorted(["An Bình", "Anh"]) == ["An Bình", "Anh"]  # word by word


def test_people_sort_by_given_name_then_family_then_middle() -> None:
    people = ["Nguyễn Thị Bình", "Trần Văn An", "Nguyễn Văn An", "Lê Văn An", "Đỗ Thị An", "Lê Thị An"]
    assert sorted(people, key=v.person_sort_key) == [
        "Đỗ Thị An",
        "Lê Thị An",
        "Lê Văn An",
        "Nguyễn Văn An",
        "Trần Văn An",
        "Nguyễn Thị Bình",
    ]
    assert sorted(["Phạm Đức", "Phạm Dũng"], key=v.person_sort_key) == ["Phạm Dũng", "Phạm Đức"]
    assert sorted(["Hà Văn Ân", "Hà Văn An"], key=v.person_sort_key) == ["Hà Văn An", "Hà Văn Ân"]
    # tones of the given name give way to the family name
    assert sorted(["Trần Án", "Lê An"], key=v.person_sort_key) == ["Lê An", "Trần Án"]
    assert sorted(["Minh", "Lê An", ""], key=v.person_sort_key) == ["", "Lê An", "Minh"]


# ---- JSON ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Row:
    name: str
    on: date | None
    kind: DocumentType
    count: int
    share: float
    tags: tuple[str, ...]


def test_json_values() -> None:
    row = _Row("Quy trình cấp bản sao", date(2026, 12, 2), DocumentType.FORM, 3, 97.5, ("a", "b"))
    assert v.json_value(row) == {
        "name": "Quy trình cấp bản sao",
        "on": "2026-12-02",
        "kind": "form",
        "count": 3,
        "share": 97.5,
        "tags": ["a", "b"],
    }
    assert v.json_value(datetime(2026, 3, 5, 14, 30)) == "2026-03-05T14:30:00"
    assert v.json_value(None) is None
    assert v.json_value(True) is True
    assert isinstance(v.json_value(3), int)
    assert v.json_value({Frequency.MONTH: [date(2026, 1, 1)]}) == {"month": ["2026-01-01"]}
    with pytest.raises(TypeError):
        v.json_value(object())


def test_to_json_is_pretty_and_keeps_vietnamese_letters() -> None:
    text = v.to_json({"tên": "Đức", "ngày": date(2026, 12, 2), "số": 1, "không": None})
    assert text == '{\n  "tên": "Đức",\n  "ngày": "2026-12-02",\n  "số": 1,\n  "không": null\n}'
    assert json.loads(v.to_json([_Row("x", None, DocumentType.GUIDE, 0, 0.0, ())])) == [
        {"name": "x", "on": None, "kind": "guide", "count": 0, "share": 0.0, "tags": []}
    ]


# ---- labels -------------------------------------------------------------------------------------
def test_every_enum_member_has_a_label() -> None:
    functions = [
        (v.agency_kind_label, AgencyKind),
        (v.leader_role_label, LeaderRole),
        (v.steering_role_label, SteeringRole),
        (v.publication_kind_label, PublicationKind),
        (v.period_convention_label, PeriodConvention),
        (v.document_type_label, DocumentType),
        (v.document_type_heading, DocumentType),
        (v.document_type_noun, DocumentType),
        (v.document_status_label, DocumentStatus),
        (v.revision_state_label, RevisionState),
        (v.legal_kind_label, LegalKind),
        (v.legal_kind_short, LegalKind),
        (v.legal_kind_heading, LegalKind),
        (v.update_state_label, UpdateState),
        (v.aggregation_label, Aggregation),
        (v.frequency_label, Frequency),
        (v.objective_status_label, ObjectiveStatus),
        (v.task_status_label, TaskStatus),
        (v.timeframe_kind_label, TimeframeKind),
    ]
    for function, enum_type in functions:
        labels = [function(member) for member in enum_type]
        assert all(labels), function.__name__
        assert len(set(labels)) == len(labels), function.__name__


def test_labels_say_it_in_vietnamese() -> None:
    assert v.document_status_label(DocumentStatus.IN_FORCE) == "Đang hiệu lực"
    assert v.document_type_label(DocumentType.TTHC_PROCEDURE) == "Quy trình TTHC"
    assert v.document_type_heading(DocumentType.TTHC_PROCEDURE) == "Quy trình giải quyết thủ tục hành chính"
    assert v.legal_kind_short(LegalKind.LAW) == "VBQPPL"
    assert v.frequency_label(Frequency.QUARTER) == "Hằng quý"
    assert v.yes_no(True) == "Có" and v.yes_no(False) == "Không"
    assert [v.quarter_label(q) for q in (1, 2, 3, 4)] == ["Quý I", "Quý II", "Quý III", "Quý IV"]
    assert v.period_label(Frequency.MONTH, 3) == "Tháng 3"
    assert v.period_label(Frequency.QUARTER, 2) == "Quý II"
    assert v.period_label(Frequency.HALF, 1) == "6 tháng đầu năm"
    assert v.period_label(Frequency.HALF, 2) == "6 tháng cuối năm"
    assert v.period_label(Frequency.YEAR, 1) == "Cả năm"
    assert v.timeframe_text(TimeframeKind.QUARTER, 1, None) == "Quý I"
    assert v.timeframe_text(TimeframeKind.DATE, None, date(2026, 6, 30)) == "Trước 30/06/2026"
    assert v.timeframe_text(TimeframeKind.CONTINUOUS, None, None) == "Thường xuyên"
    assert v.timeframe_text(TimeframeKind.DATE, None, None) == ""


def test_labels_are_marked_for_qt_linguist() -> None:
    """Every label string sits in a QT_TRANSLATE_NOOP("Labels", …) call that lupdate extracts."""
    tree = ast.parse((ROOT / "app" / "services" / "vocabulary.py").read_text(encoding="utf-8"))
    marked = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "Labels"
        and isinstance(node.args[1], ast.Constant)
    }
    shown = [
        v.agency_kind_label(AgencyKind.SCHOOL),
        v.document_status_label(DocumentStatus.OBSOLETE),
        v.update_state_label(UpdateState.NO_CHANGE),
        v.objective_status_label(ObjectiveStatus.AT_RISK),
        v.timeframe_kind_label(TimeframeKind.DATE),
        v.period_convention_label(PeriodConvention.DECREE_09),
        "Quý {0}",
        "Tháng {0}",
        "Trước {0}",
        "còn {0} ngày",
    ]
    assert set(shown) <= marked


def test_the_vocabulary_never_imports_qt() -> None:
    code = "import sys, app.services.vocabulary; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_moment_is_time_then_date():
    from datetime import datetime

    from app.services.vocabulary import moment_text

    assert moment_text(datetime(2026, 11, 22, 9, 5)) == "09:05 ngày 22/11/2026"


def test_sort_text_orders_strings_exactly_as_sort_key():
    import random

    words = ["An", "Án", "án", "Bình", "Đức", "Dung", "Duc", "Tổ 2", "Tổ 02", "Tổ 10", "Tổ A", "Ư", "U"]
    words += ["Uy", "Quy trình", "quy trinh", "Nguyễn", "ngo", "a-b", "a b", "ab", "", "x9", "Ω", "a\x00b"]
    rng = random.Random(7)
    for _ in range(3000):
        a, b = rng.choice(words), rng.choice(words)
        assert (v.sort_key(a) < v.sort_key(b)) == (v.sort_text(a) < v.sort_text(b)), (a, b)
        assert (v.sort_key(a) == v.sort_key(b)) == (v.sort_text(a) == v.sort_text(b)), (a, b)
    assert "\x00" not in v.sort_text("a\x00b")  # safe to store and compare in SQLite


def test_fold_gives_the_same_text_as_the_unicode_decomposition():
    import unicodedata

    from app.services.text import _slow_fold, fold

    for code in range(0x20, 0x3000):
        if 0xD800 <= code < 0xE000:
            continue
        char = chr(code)
        for text in (char, f"Đ{char}b ", f"{char}\u0301", unicodedata.normalize("NFD", f"ệ{char}")):
            assert fold(text) == _slow_fold(text), hex(code)
    assert fold("  Quy trình – CHỨNG thực  “bản sao”  ") == "quy trinh – chung thuc “ban sao”"
