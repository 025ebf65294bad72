"""Demo data: a realistic commune People's Committee, filled through the public services only.

Used by the ``demo`` command (and by benchmarks through ``scale``). Everything is written with the
same service calls a user's form would make, so every row has passed the services' validation. The
demo agency is a commune after the 1 July 2025 two-level reform ("Ủy ban nhân dân xã Tùng Ảnh",
Hà Tĩnh province). Names and texts are invented but written the way a real commune writes them.

Dates derive from ``today``: the current year is ``today.year`` and no record is dated after
``today`` (report deadlines are settings, not records, so this year's may lie ahead). A seeded
``random.Random`` makes two runs with the same ``scale`` and ``today`` produce the same data.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.models import AgencyKind, LeaderRole, PeriodConvention, PublicationKind, SteeringRole
from app.services import dto
from app.services.areas import MAX_DEMO_SCALE, DemoCount
from app.services.errors import DomainError
from app.services.vocabulary import citation_date

if TYPE_CHECKING:
    from app.bootstrap import Services

DEMO_SEED = 20250701
# Local government became two-level (province, commune) on this day: the demo commune was formed then.
REFORM_DAY = date(2025, 7, 1)
# Earliest year the demo history goes back to at large scales (QMS in state bodies since 2006–2008).
EARLIEST_YEAR = 2008
PERSONS_PER_SCALE = 25

AGENCY_NAME = "Ủy ban nhân dân xã Tùng Ảnh"
_EMAIL_DOMAIN = "hatinh.gov.vn"


MAX_SCALE = MAX_DEMO_SCALE


@dataclass
class DemoContext:
    """What the areas' demo steps share (``app.services.areas.DemoStep``): the services, the scale,
    the pinned day, and what earlier steps created (departments, people, the QMS's dates)."""

    services: Services
    scale: int
    today: date
    first_year: int
    reform_on: date
    chair: str  # the head of the agency, who approves documents
    deputies: tuple[str, str]  # who review them
    secretary: str  # the Thư ký ISO, who drafts them
    seed: int = DEMO_SEED
    initial_on: date = date(2000, 1, 1)  # the first publication of conformity (set by the agency step)
    department_ids: dict[str, int] = field(default_factory=dict)  # department code -> id
    person_ids: dict[str, int] = field(default_factory=dict)  # full name of a named person -> id


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill_demo`` wrote: one labelled count per kind of row, in the order the steps ran
    (``summary.documents`` reads the count keyed "documents"), and the years it covers."""

    agency_name: str
    scale: int
    first_year: int
    current_year: int
    counts: tuple[DemoCount, ...]

    def __getattr__(self, name: str) -> int:
        for count in self.counts:
            if count.key == name:
                return count.value
        raise AttributeError(name)


# ---- the commune's units and people -----------------------------------------------------------------


@dataclass(frozen=True)
class _Unit:
    name: str
    code: str
    head_position: str
    staff_position: str
    # What the unit's member of the steering committee answers for ("... đối với {area}").
    area: str


_UNITS: tuple[_Unit, ...] = (
    _Unit(
        "Văn phòng HĐND và UBND",
        "VP",
        "Chánh Văn phòng HĐND và UBND",
        "Chuyên viên Văn phòng HĐND và UBND",
        "Văn phòng HĐND và UBND",
    ),
    _Unit("Phòng Kinh tế", "KT", "Trưởng phòng Kinh tế", "Chuyên viên Phòng Kinh tế", "Phòng Kinh tế"),
    _Unit(
        "Phòng Văn hóa - Xã hội",
        "VHXH",
        "Trưởng phòng Văn hóa - Xã hội",
        "Chuyên viên Phòng Văn hóa - Xã hội",
        "Phòng Văn hóa - Xã hội",
    ),
    _Unit(
        "Trung tâm Phục vụ hành chính công",
        "TTPVHCC",
        "Giám đốc Trung tâm Phục vụ hành chính công",
        "Viên chức Trung tâm Phục vụ hành chính công",
        "Trung tâm Phục vụ hành chính công",
    ),
    _Unit(
        "Tư pháp - Hộ tịch",
        "TPHT",
        "Công chức Tư pháp - Hộ tịch",
        "Công chức Tư pháp - Hộ tịch",
        "lĩnh vực tư pháp, hộ tịch, chứng thực",
    ),
    _Unit(
        "Địa chính - Xây dựng",
        "ĐCXD",
        "Công chức Địa chính - Xây dựng",
        "Công chức Địa chính - Xây dựng",
        "lĩnh vực đất đai, xây dựng",
    ),
    _Unit(
        "Tài chính - Kế toán",
        "TCKT",
        "Công chức Tài chính - Kế toán",
        "Kế toán viên",
        "lĩnh vực tài chính, kế toán",
    ),
    _Unit(
        "Nông nghiệp và Môi trường",
        "NNMT",
        "Công chức Nông nghiệp và Môi trường",
        "Công chức Nông nghiệp và Môi trường",
        "lĩnh vực nông nghiệp, tài nguyên và môi trường",
    ),
    _Unit(
        "Lao động - Thương binh và Xã hội",
        "LĐTBXH",
        "Công chức Lao động - Thương binh và Xã hội",
        "Công chức Lao động - Thương binh và Xã hội",
        "lĩnh vực lao động, người có công và bảo trợ xã hội",
    ),
    _Unit(
        "Ban Chỉ huy Quân sự xã",
        "QS",
        "Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
        "Chỉ huy phó Ban Chỉ huy Quân sự xã",
        "lĩnh vực quân sự, quốc phòng",
    ),
)


@dataclass(frozen=True)
class _Staff:
    full_name: str
    position: str
    unit: str | None  # a _Unit.code; None for the commune's leaders
    active: bool = True


CHAIR = "Phan Văn Hùng"
DEPUTIES = ("Trần Thị Thu Hà", "Lê Đình Quang")
ISO_SECRETARY = "Dương Thị Ngọc Ánh"
ISO_SECRETARY_TITLE = "Công chức Văn phòng - Thống kê"
SIGNER = DEPUTIES[0]

_STAFF: tuple[_Staff, ...] = (
    _Staff(CHAIR, "Chủ tịch Ủy ban nhân dân xã", None),
    _Staff(DEPUTIES[0], "Phó Chủ tịch Ủy ban nhân dân xã", None),
    _Staff(DEPUTIES[1], "Phó Chủ tịch Ủy ban nhân dân xã", None),
    _Staff("Nguyễn Thị Mai Hương", "Chánh Văn phòng HĐND và UBND", "VP"),
    _Staff(ISO_SECRETARY, ISO_SECRETARY_TITLE, "VP"),
    _Staff("Lý Văn Tài", "Chuyên viên Văn phòng HĐND và UBND", "VP"),
    _Staff("Hoàng Văn Long", "Trưởng phòng Kinh tế", "KT"),
    _Staff("Ngô Thị Phương", "Chuyên viên Phòng Kinh tế", "KT"),
    _Staff("Đặng Thị Lan", "Trưởng phòng Văn hóa - Xã hội", "VHXH"),
    _Staff("Võ Văn Hải", "Chuyên viên Phòng Văn hóa - Xã hội", "VHXH"),
    _Staff("Nguyễn Thị Bích Ngọc", "Công chức Văn hóa - Xã hội", "VHXH"),
    _Staff("Võ Minh Tuấn", "Giám đốc Trung tâm Phục vụ hành chính công", "TTPVHCC"),
    _Staff("Phạm Thị Yến", "Viên chức tiếp nhận và trả kết quả", "TTPVHCC"),
    _Staff("Nguyễn Đức Mạnh", "Viên chức tiếp nhận và trả kết quả", "TTPVHCC"),
    _Staff("Bùi Thị Hồng Nhung", "Công chức Tư pháp - Hộ tịch", "TPHT"),
    _Staff("Đỗ Văn Thắng", "Công chức Địa chính - Xây dựng", "ĐCXD"),
    _Staff("Trần Quốc Khánh", "Công chức Địa chính - Xây dựng", "ĐCXD"),
    _Staff("Hồ Thị Thanh Tâm", "Công chức Tài chính - Kế toán", "TCKT"),
    _Staff("Phan Thị Kim Oanh", "Kế toán viên", "TCKT"),
    _Staff("Ngô Quang Vinh", "Công chức Nông nghiệp và Môi trường", "NNMT"),
    _Staff("Lê Thị Hoài Thương", "Công chức Lao động - Thương binh và Xã hội", "LĐTBXH"),
    _Staff("Hoàng Minh Đức", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã", "QS"),
    _Staff("Đặng Văn Toàn", "Chỉ huy phó Ban Chỉ huy Quân sự xã", "QS"),
    # Left last year: they sat on the steering committee until this year's kiện toàn.
    _Staff("Lê Văn Bình", "Trưởng phòng Kinh tế", "KT", active=False),
    _Staff("Phạm Thị Thúy", "Công chức Tư pháp - Hộ tịch", "TPHT", active=False),
)

# Who represents each unit on the steering committee now, and who did before the staff changes.
_UNIT_HEADS: dict[str, str] = {
    "VP": "Nguyễn Thị Mai Hương",
    "KT": "Hoàng Văn Long",
    "VHXH": "Đặng Thị Lan",
    "TTPVHCC": "Võ Minh Tuấn",
    "TPHT": "Bùi Thị Hồng Nhung",
    "ĐCXD": "Đỗ Văn Thắng",
    "TCKT": "Hồ Thị Thanh Tâm",
    "NNMT": "Ngô Quang Vinh",
    "LĐTBXH": "Lê Thị Hoài Thương",
    "QS": "Hoàng Minh Đức",
}
_FORMER_UNIT_HEADS: dict[str, str] = {"KT": "Lê Văn Bình", "TPHT": "Phạm Thị Thúy"}

_LEADERS: tuple[dto.LeaderFields, ...] = (
    dto.LeaderFields(full_name=CHAIR, title="Chủ tịch", role=LeaderRole.HEAD, sort_order=0),
    dto.LeaderFields(full_name=DEPUTIES[0], title="Phó Chủ tịch", role=LeaderRole.DEPUTY, sort_order=1),
    dto.LeaderFields(full_name=DEPUTIES[1], title="Phó Chủ tịch", role=LeaderRole.DEPUTY, sort_order=2),
)

# The usual recipients: the purpose prints after the name under "Nơi nhận"; the note is the
# secretary's own (never printed); the leaders and units are listed on the plans only.
_RECIPIENTS: tuple[dto.RecipientFields, ...] = (
    dto.RecipientFields(
        name="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
        note="Nhận báo cáo 6 tháng, báo cáo năm về Hệ thống quản lý chất lượng",
        purpose="để báo cáo",
        addressee=True,
        sort_order=1,
    ),
    dto.RecipientFields(
        name="Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh",
        note="Gửi kèm báo cáo năm",
        purpose="để báo cáo",
        addressee=False,
        on_plans=False,
        sort_order=2,
    ),
    dto.RecipientFields(
        name="Sở Nội vụ tỉnh Hà Tĩnh",
        note="Theo dõi công tác cải cách hành chính",
        purpose="để biết",
        addressee=False,
        on_plans=False,
        sort_order=3,
    ),
    dto.RecipientFields(name="Thường trực Đảng ủy xã", purpose="để báo cáo", addressee=False, sort_order=4),
    dto.RecipientFields(
        name="Thường trực Hội đồng nhân dân xã", purpose="để báo cáo", addressee=False, sort_order=5
    ),
    dto.RecipientFields(
        name="Chủ tịch, các Phó Chủ tịch UBND xã", addressee=False, on_reports=False, sort_order=6
    ),
    dto.RecipientFields(
        name="Thành viên Ban chỉ đạo ISO",
        purpose="để thực hiện",
        addressee=False,
        on_reports=False,
        sort_order=7,
    ),
    dto.RecipientFields(
        name="Các phòng, bộ phận chuyên môn thuộc UBND xã",
        note="Gửi qua hệ thống quản lý văn bản và điều hành",
        purpose="để thực hiện",
        addressee=False,
        on_reports=False,
        sort_order=8,
    ),
)
# The province's plan the commune's annual plan carries out (seed 003 cites it).
_UPPER_PLAN = dto.LegalBasisFields(
    kind="plan",
    lead="Thực hiện",
    doc_type="Kế hoạch",
    number="310/KH-UBND",
    issued_on=date(2022, 8, 9),
    issuer="Ủy ban nhân dân tỉnh Hà Tĩnh",
    subject=(
        "về Xây dựng và áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong hoạt động của các "
        "cơ quan, tổ chức hành chính, sự nghiệp tỉnh Hà Tĩnh giai đoạn 2022-2030"
    ),
)

_DUTY_HEAD = "Chỉ đạo chung việc áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng; ban hành chính sách chất lượng, mục tiêu chất lượng; chủ trì cuộc họp xem xét của lãnh đạo."
_DUTY_DEPUTIES = (
    "Giúp Trưởng ban điều hành hoạt động của Ban chỉ đạo; trực tiếp chỉ đạo đánh giá nội bộ, hành động khắc phục và việc cập nhật quy trình giải quyết thủ tục hành chính.",
    "Chỉ đạo áp dụng Hệ thống quản lý chất lượng trong các lĩnh vực kinh tế, đất đai, xây dựng, nông nghiệp và môi trường.",
)
_DUTY_SECRETARY = "Giúp Ban chỉ đạo theo dõi, tổng hợp tình hình áp dụng Hệ thống quản lý chất lượng; quản lý tài liệu, hồ sơ; dự thảo kế hoạch, báo cáo 6 tháng và báo cáo năm."
_DUTY_MEMBER = "Tổ chức áp dụng, duy trì Hệ thống quản lý chất lượng đối với {area}; rà soát, đề xuất cập nhật quy trình thuộc lĩnh vực phụ trách."

# ---- generated names (scale > 1) ----------------------------------------------------------------------

# Family names roughly by frequency in Vietnam (Nguyễn first by far).
_FAMILY = (
    ("Nguyễn", 30),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Phan", 5),
    ("Võ", 4),
    ("Đặng", 3),
    ("Bùi", 3),
    ("Đỗ", 3),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 2),
    ("Lý", 1),
    ("Đinh", 2),
    ("Trương", 2),
    ("Thái", 1),
    ("Hà", 1),
)
_MIDDLE_MALE = ("Văn", "Đình", "Minh", "Quang", "Hữu", "Đức", "Xuân", "Công", "Thanh", "Trọng", "Văn", "Ngọc")
_MIDDLE_FEMALE = (
    "Thị",
    "Thị Thu",
    "Thị Hồng",
    "Thị Thanh",
    "Thị Mai",
    "Thị Kim",
    "Thị Bích",
    "Ngọc",
    "Thị",
    "Thùy",
)
_GIVEN_MALE = (
    "Hùng",
    "Dũng",
    "Tuấn",
    "Nam",
    "Hải",
    "Sơn",
    "Thắng",
    "Cường",
    "Phong",
    "Khoa",
    "Hiếu",
    "Trung",
    "Quân",
    "Tùng",
    "Đạt",
    "Lâm",
    "Nghĩa",
    "Hoàng",
    "Vũ",
    "Kiên",
    "Thành",
    "Bảo",
    "Lộc",
    "Phúc",
)
_GIVEN_FEMALE = (
    "Hoa",
    "Lan",
    "Hương",
    "Hằng",
    "Linh",
    "Trang",
    "Nga",
    "Hạnh",
    "Thảo",
    "Phương",
    "Dung",
    "Huyền",
    "Loan",
    "Vân",
    "Yến",
    "Quỳnh",
    "Giang",
    "Nhung",
    "Oanh",
    "Liên",
    "Hiền",
    "Thủy",
    "Ánh",
    "Châu",
)
_MOBILE_PREFIXES = (
    "091",
    "094",
    "088",
    "096",
    "097",
    "098",
    "086",
    "032",
    "033",
    "035",
    "036",
    "038",
    "039",
    "081",
    "083",
    "084",
    "085",
    "070",
    "076",
    "077",
    "079",
)

# ---- QMS texts ----------------------------------------------------------------------------------------


def _scope_initial() -> str:
    return "\n".join(
        (
            "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 của Ủy ban nhân dân xã Tùng Ảnh được áp dụng đối với:",
            "- Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã theo danh mục do Chủ tịch Ủy ban nhân dân tỉnh công bố, được tiếp nhận và trả kết quả tại Bộ phận Tiếp nhận và Trả kết quả của xã;",
            "- Các hoạt động nội bộ: quản lý văn bản đi, văn bản đến; kiểm soát tài liệu và hồ sơ; đánh giá nội bộ; kiểm soát sự không phù hợp và hành động khắc phục; xem xét của lãnh đạo.",
            "Đối tượng áp dụng: lãnh đạo Ủy ban nhân dân xã và các công chức chuyên môn thuộc Ủy ban nhân dân xã.",
        )
    )


def _scope_update(effective: date) -> str:
    return "\n".join(
        (
            f"Từ ngày {citation_date(effective)}, Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của Ủy ban nhân dân xã Tùng Ảnh được áp dụng đối với:",
            "- Các thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã theo danh mục do Chủ tịch Ủy ban nhân dân tỉnh công bố, bổ sung các thủ tục mới được công bố trong kỳ;",
            "- Các hoạt động nội bộ: quản lý văn bản; kiểm soát tài liệu và hồ sơ; đánh giá nội bộ; hành động khắc phục; xem xét của lãnh đạo.",
        )
    )


def _scope_after_reform(effective: date) -> str:
    return "\n".join(
        (
            f"Từ ngày {citation_date(effective)}, sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của Ủy ban nhân dân xã Tùng Ảnh được áp dụng đối với:",
            "- Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã, Chủ tịch Ủy ban nhân dân xã, kể cả các thủ tục hành chính được phân cấp, phân quyền từ cấp huyện (trước đây) về cấp xã, được tiếp nhận và trả kết quả tại Trung tâm Phục vụ hành chính công xã;",
            "- Các quy trình nội bộ: quản lý văn bản đi, văn bản đến; kiểm soát tài liệu và hồ sơ; quản lý rủi ro và cơ hội; đánh giá nội bộ; kiểm soát sự không phù hợp và hành động khắc phục; đo lường sự hài lòng của người dân; xem xét của lãnh đạo.",
            "Đối tượng áp dụng: lãnh đạo Ủy ban nhân dân xã; Văn phòng HĐND và UBND, Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công và các công chức chuyên môn thuộc Ủy ban nhân dân xã.",
        )
    )


_POLICY_INITIAL = "\n".join(
    (
        "Ủy ban nhân dân xã Tùng Ảnh cam kết xây dựng, áp dụng, duy trì và cải tiến thường xuyên Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 trong giải quyết thủ tục hành chính và các hoạt động quản lý nhà nước tại địa phương.",
        "Cán bộ, công chức Ủy ban nhân dân xã thực hiện phương châm: “Công khai - Minh bạch - Đúng hẹn - Tận tình”, lấy sự hài lòng của người dân, tổ chức làm thước đo chất lượng phục vụ.",
        "Lãnh đạo Ủy ban nhân dân xã bảo đảm nguồn lực; thường xuyên đào tạo, nâng cao trình độ chuyên môn, đạo đức công vụ của cán bộ, công chức để giải quyết công việc đúng pháp luật, nhanh chóng, chính xác.",
    )
)

_POLICY_AFTER_REFORM = "\n".join(
    (
        "Ủy ban nhân dân xã Tùng Ảnh cam kết áp dụng, duy trì và cải tiến thường xuyên Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, bảo đảm chính quyền địa phương cấp xã sau sắp xếp hoạt động thông suốt, hiệu lực, hiệu quả, gần dân, sát dân.",
        "Cung cấp dịch vụ hành chính công “Chuyên nghiệp - Minh bạch - Hiệu quả - Thân thiện”; giải quyết thủ tục hành chính đúng quy định, đúng hẹn; đẩy mạnh tiếp nhận, giải quyết hồ sơ trực tuyến và chuyển đổi số.",
        "Lắng nghe, tiếp thu phản ánh, kiến nghị của người dân, tổ chức; lấy sự hài lòng của người dân, tổ chức làm thước đo hiệu quả phục vụ.",
        "Mọi cán bộ, công chức, người lao động của Ủy ban nhân dân xã hiểu rõ, thực hiện chính sách chất lượng và không ngừng học tập, nâng cao năng lực.",
    )
)


# ---- the builder ------------------------------------------------------------------------------------


def is_empty(services: Services) -> bool:
    """True when no agency, department or person exists yet (the only state the demo fills)."""
    return (
        services.agency.count_rows() == 0
        and not services.organization.list_departments()
        and not services.organization.list_persons()
    )


def fill_demo(services: Services, *, scale: int = 1, today: date | None = None) -> DemoSummary:
    """Fill an empty database with the demo commune; ``scale`` (1…``MAX_SCALE``) multiplies the
    volumes. Every area's demo step runs in the registry's order of stages.

    The years follow ``today`` (the services' clock by default): the current and the previous one,
    and a longer history at larger scales; no record is dated after ``today``. Raises
    ``DomainError("demo.not_empty")`` without writing anything when the database already holds an
    agency, a department or a person.
    """
    if not 1 <= scale <= MAX_SCALE:
        raise DomainError("demo.bad_scale", low=1, high=MAX_SCALE)
    if not is_empty(services):
        raise DomainError("demo.not_empty")
    from app.services.areas import demo_steps

    day = today or services.clock.today()
    # The commune as it is now was formed by the 2025 reform; if ``today`` is earlier than that
    # (tests, or a wrong clock), the reorganisation is placed in the previous year instead.
    reform_on = REFORM_DAY if day >= REFORM_DAY + timedelta(days=30) else date(day.year - 1, 7, 1)
    first = max(day.year - 3 - 2 * scale, min(EARLIEST_YEAR, day.year - 5))
    ctx = DemoContext(
        services=services,
        scale=scale,
        today=day,
        first_year=min(first, reform_on.year - 2),
        reform_on=reform_on,
        chair=CHAIR,
        deputies=DEPUTIES,
        secretary=ISO_SECRETARY,
    )
    counts: list[DemoCount] = []
    # The services check dates against their clock ("not after today"): while the demo writes, their
    # today is the demo's.
    clock = services.clock
    pinned = clock.pinned
    clock.pin(day)
    try:
        for _area, step in demo_steps():
            counts += step.fill(ctx)
    finally:
        clock.pin(pinned)
    return DemoSummary(AGENCY_NAME, scale, ctx.first_year, day.year, tuple(counts))


def fill_agency(ctx: DemoContext) -> list[DemoCount]:
    """The agency, its reporting settings, departments and people, steering committee, scope,
    policy and publication decisions (the first demo step: every other step refers to them)."""
    return _DemoBuilder(ctx).run()


class _DemoBuilder:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.s = ctx.services
        self.scale = ctx.scale
        self.today = ctx.today
        self.rng = random.Random(DEMO_SEED + ctx.scale)
        self.year = ctx.today.year
        self.reform_on = ctx.reform_on
        self.first_year = ctx.first_year
        self._numbers: dict[int, set[int]] = {}
        self._emails: set[str] = set()
        self.department_ids = ctx.department_ids  # department code -> id
        self.person_ids = ctx.person_ids  # full name of a hand-written person -> id
        self.extra_heads: list[tuple[int, _Unit]] = []  # heads of the scaled copies of the units
        self.counts: dict[str, int] = {}
        self.secretary_phone = ""
        self.initial_on = date(self.first_year, 11, 15)  # set by _texts_and_publications

    # ---- helpers ------------------------------------------------------------------------------
    def _past(self, d: date) -> date:
        return min(d, self.today)

    def _number(self, year: int, low: int, high: int) -> str:
        """A decision number unused so far in ``year`` ("12/QĐ-UBND"): numbers restart every year."""
        used = self._numbers.setdefault(year, set())
        n = self.rng.randint(low, high)
        while n in used:
            n += 1
        used.add(n)
        return f"{n:02d}/QĐ-UBND"

    def _phone(self) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(7))
        prefix = self.rng.choice(_MOBILE_PREFIXES)
        return f"{prefix}{digits[0]} {digits[1:4]} {digits[4:]}"

    def _email(self, full_name: str) -> str:
        """Provincial mail style: given name + initials of the other names, e.g. huongntm.tunganh@..."""
        words = _ascii(full_name).split()
        local = words[-1] + "".join(w[0] for w in words[:-1])
        candidate, n = local, 1
        while candidate in self._emails:
            n += 1
            candidate = f"{local}{n}"
        self._emails.add(candidate)
        return f"{candidate}.tunganh@{_EMAIL_DOMAIN}"

    def _generated_name(self) -> str:
        family = self.rng.choices([f for f, _ in _FAMILY], weights=[w for _, w in _FAMILY])[0]
        if self.rng.random() < 0.5:
            return f"{family} {self.rng.choice(_MIDDLE_MALE)} {self.rng.choice(_GIVEN_MALE)}"
        return f"{family} {self.rng.choice(_MIDDLE_FEMALE)} {self.rng.choice(_GIVEN_FEMALE)}"

    # ---- steps --------------------------------------------------------------------------------
    def run(self) -> list[DemoCount]:
        self._agency()
        self._reporting()
        self._organization()
        decisions, members = self._steering()
        scopes, policies, publications = self._texts_and_publications()
        self.ctx.initial_on = self.initial_on
        c = self.counts
        return [
            DemoCount("leaders", "Lãnh đạo", len(_LEADERS)),
            DemoCount("recipients", "Nơi nhận báo cáo", len(_RECIPIENTS)),
            DemoCount("deadlines", "Hạn báo cáo riêng theo năm", c["deadlines"]),
            DemoCount("departments", "Bộ phận", c["departments"]),
            DemoCount("persons", "Cán bộ", c["persons"]),
            DemoCount("inactive_persons", "Cán bộ đã nghỉ hưu, chuyển công tác", c["inactive_persons"]),
            DemoCount("steering_decisions", "Quyết định Ban chỉ đạo ISO", decisions),
            DemoCount("steering_members", "Lượt thành viên Ban chỉ đạo", members),
            DemoCount("scope_versions", "Phiên bản phạm vi áp dụng", scopes),
            DemoCount("policy_versions", "Phiên bản chính sách chất lượng", policies),
            DemoCount("publications", "Quyết định công bố", publications),
        ]

    def _agency(self) -> None:
        self.secretary_phone = secretary_phone = self._phone()
        self.s.agency.set_up(
            dto.AgencyFields(
                full_name=AGENCY_NAME,
                short_name="UBND xã Tùng Ảnh",
                kind=AgencyKind.COMMUNE,
                parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
                place_name="Tùng Ảnh",
                code_abbreviation="UBND",
                address="Thôn Trung Tiến, xã Tùng Ảnh, tỉnh Hà Tĩnh",
                phone="0239 3846 215",
                email=f"ubnd.tunganh@{_EMAIL_DOMAIN}",
                iso_secretary_name=ISO_SECRETARY,
                iso_secretary_title=ISO_SECRETARY_TITLE,
                iso_secretary_phone=secretary_phone,
                signing_lines="TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                signer_name=SIGNER,
                drafting_unit="VP",
            ),
            _LEADERS[0],
        )
        for leader in _LEADERS[1:]:
            self.s.agency.save_leader(leader)
        for recipient in _RECIPIENTS:
            self.s.agency.save_recipient(recipient)
        upper = next(b for b in self.s.agency.list_legal_bases("plan") if b.lead == "Thực hiện")
        self.s.agency.save_legal_basis(_UPPER_PLAN, upper.id)

    def _reporting(self) -> None:
        self.s.agency.update_reporting(
            dto.ReportingSettings(
                period_convention=PeriodConvention.DECREE_09,
                six_month_deadline_day=15,
                six_month_deadline_month=6,
                annual_deadline_day=15,
                annual_deadline_month=12,
            )
        )
        # The province moved this year's deadlines five days earlier; earlier years kept 15/6, 15/12.
        # Not before the QMS existed (at large scales ``year - scale`` would reach the 1900s).
        years = range(max(self.first_year, self.year - self.scale), self.year + 1)
        for year in years:
            day = 10 if year == self.year else 15
            self.s.agency.save_deadline(
                dto.DeadlineFields(
                    year=year, six_month_deadline=date(year, 6, day), annual_deadline=date(year, 12, day)
                )
            )
        self.counts["deadlines"] = len(years)

    def _organization(self) -> None:
        org = self.s.organization
        copies: list[tuple[str, str, _Unit]] = []  # (name, code, unit) of every department
        for k in range(1, self.scale + 1):
            for unit in _UNITS:
                suffix = "" if k == 1 else f" {k}"
                copies.append((unit.name + suffix, unit.code + ("" if k == 1 else str(k)), unit))
        for order, (name, code, _unit) in enumerate(copies, start=1):
            saved = org.save_department(dto.DepartmentFields(name=name, code=code, sort_order=order))
            self.department_ids[code] = saved.id

        inactive = 0
        for staff in _STAFF:
            person = org.save_person(
                dto.PersonFields(
                    full_name=staff.full_name,
                    position=staff.position,
                    department_id=self.department_ids[staff.unit] if staff.unit else None,
                    phone=self.secretary_phone if staff.full_name == ISO_SECRETARY else self._phone(),
                    email=self._email(staff.full_name),
                    active=staff.active,
                )
            )
            self.person_ids[staff.full_name] = person.id
            inactive += not staff.active
        persons = len(_STAFF)

        # Scaled copies: a head for every copied unit, then staff spread over all departments.
        extra_departments = copies[len(_UNITS) :]
        for _name, code, unit in extra_departments:
            name = self._generated_name()
            person = org.save_person(
                dto.PersonFields(
                    full_name=name,
                    position=unit.head_position,
                    department_id=self.department_ids[code],
                    phone=self._phone(),
                    email=self._email(name),
                )
            )
            self.extra_heads.append((person.id, unit))
            persons += 1
        remaining = max(0, PERSONS_PER_SCALE * self.scale - persons)
        leaving = set(self.rng.sample(range(remaining), k=min(remaining, 2 * (self.scale - 1))))
        for i in range(remaining):
            _name, code, unit = self.rng.choice(copies)
            name = self._generated_name()
            org.save_person(
                dto.PersonFields(
                    full_name=name,
                    position=unit.staff_position,
                    department_id=self.department_ids[code],
                    phone=self._phone(),
                    email=self._email(name),
                    active=i not in leaving,
                )
            )
        persons += remaining
        inactive += len(leaving)
        self.counts.update(departments=len(copies), persons=persons, inactive_persons=inactive)

    def _members(self, *, current: bool) -> list[dto.SteeringMemberFields]:
        ids = self.person_ids
        members = [
            dto.SteeringMemberFields(person_id=ids[CHAIR], role=SteeringRole.HEAD, duty=_DUTY_HEAD),
            *(
                dto.SteeringMemberFields(person_id=ids[name], role=SteeringRole.DEPUTY, duty=duty)
                for name, duty in zip(DEPUTIES, _DUTY_DEPUTIES, strict=True)
            ),
        ]
        for unit in _UNITS:
            name = (
                _UNIT_HEADS[unit.code]
                if current
                else _FORMER_UNIT_HEADS.get(unit.code, _UNIT_HEADS[unit.code])
            )
            members.append(
                dto.SteeringMemberFields(
                    person_id=ids[name], role=SteeringRole.MEMBER, duty=_DUTY_MEMBER.format(area=unit.area)
                )
            )
        for person_id, unit in self.extra_heads:
            members.append(
                dto.SteeringMemberFields(
                    person_id=person_id, role=SteeringRole.MEMBER, duty=_DUTY_MEMBER.format(area=unit.area)
                )
            )
        members.append(
            dto.SteeringMemberFields(
                person_id=ids[ISO_SECRETARY], role=SteeringRole.SECRETARY, duty=_DUTY_SECRETARY
            )
        )
        return members

    def _steering(self) -> tuple[int, int]:
        """The founding decision, then a kiện toàn every January (only the last two at scale 1)."""
        qms = self.s.qms
        standard = "TCVN ISO 9001:2015" if self.first_year >= 2016 else "TCVN ISO 9001:2008"
        founded_on = date(self.first_year, 3, self.rng.randint(5, 25))
        qms.save_steering_decision(
            dto.SteeringDecisionFields(
                number=self._number(self.first_year, 20, 60),
                signed_on=founded_on,
                subject=f"Về việc thành lập Ban chỉ đạo xây dựng, áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia {standard}",
                note="Thành lập Ban chỉ đạo ISO để triển khai xây dựng, áp dụng Hệ thống quản lý chất lượng.",
            ),
            self._members(current=False),
        )
        decisions, members = 1, len(self._members(current=False))
        start = max(self.first_year + 1, self.year - 1 - 3 * (self.scale - 1))
        for year in range(start, self.year + 1):
            current = year == self.year
            note = (
                f"Kiện toàn do thay đổi nhân sự: ông {_FORMER_UNIT_HEADS['KT']} chuyển công tác, bà {_FORMER_UNIT_HEADS['TPHT']} nghỉ hưu; "
                f"bổ sung ông {_UNIT_HEADS['KT']}, bà {_UNIT_HEADS['TPHT']}."
                if current
                else "Kiện toàn đầu năm theo Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng."
            )
            roster = self._members(current=current)
            qms.save_steering_decision(
                dto.SteeringDecisionFields(
                    number=self._number(year, 5, 30),
                    signed_on=self._past(date(year, 1, self.rng.randint(8, 22))),
                    subject=f"Về việc kiện toàn Ban chỉ đạo ISO duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm {year}",
                    note=note,
                ),
                roster,
            )
            decisions += 1
            members += len(roster)
        return decisions, members

    def _texts_and_publications(self) -> tuple[int, int, int]:
        """Scope and policy versions with the publication decisions that announced them."""
        qms = self.s.qms
        scopes = policies = publications = 0

        initial_on = self.initial_on = date(self.first_year, 11, self.rng.randint(10, 28))
        initial_number = self._number(self.first_year, 150, 250)
        qms.save_publication(
            dto.PublicationFields(
                kind=PublicationKind.INITIAL,
                number=initial_number,
                signed_on=initial_on,
                reason="Công bố lần đầu sau khi xây dựng, áp dụng Hệ thống quản lý chất lượng.",
                scope=_scope_initial(),
                agency_name=AGENCY_NAME,
                posted_on=self._past(initial_on + timedelta(days=3)),
            )
        )
        qms.save_scope_version(
            dto.TextVersionFields(
                effective_on=initial_on, text=_scope_initial(), note=f"Theo Quyết định số {initial_number}"
            )
        )
        qms.save_policy_version(
            dto.TextVersionFields(
                effective_on=initial_on,
                text=_POLICY_INITIAL,
                note=f"Ban hành kèm theo Quyết định số {initial_number}",
            )
        )
        publications, scopes, policies = 1, 1, 1

        # Longer histories (scale > 1) re-publish every three years as the TTHC list changes.
        if self.scale > 1:
            for year in range(self.first_year + 3, self.reform_on.year, 3):
                signed_on = date(year, 8, self.rng.randint(5, 25))
                number = self._number(year, 100, 300)
                qms.save_publication(
                    dto.PublicationFields(
                        kind=PublicationKind.REPUBLICATION,
                        number=number,
                        signed_on=signed_on,
                        reason="Cập nhật, mở rộng phạm vi áp dụng theo danh mục thủ tục hành chính thuộc thẩm quyền giải quyết do Chủ tịch Ủy ban nhân dân tỉnh công bố.",
                        scope=_scope_update(signed_on),
                        agency_name=AGENCY_NAME,
                        posted_on=self._past(signed_on + timedelta(days=3)),
                    )
                )
                qms.save_scope_version(
                    dto.TextVersionFields(
                        effective_on=signed_on,
                        text=_scope_update(signed_on),
                        note=f"Theo Quyết định số {number}",
                    )
                )
                publications += 1
                scopes += 1

        republished_on = self._past(self.reform_on + timedelta(days=self.rng.randint(60, 90)))
        number = self._number(republished_on.year, 300, 450)
        reason = (
            f"Sắp xếp đơn vị hành chính cấp xã: xã Tùng Ảnh được tổ chức lại từ ngày {citation_date(self.reform_on)} "
            "trên cơ sở sắp xếp xã Tùng Ảnh (cũ) và các xã lân cận, tổ chức chính quyền địa phương hai cấp; "
            "mở rộng phạm vi áp dụng đối với các thủ tục hành chính được phân cấp, phân quyền về cấp xã."
        )
        qms.save_publication(
            dto.PublicationFields(
                kind=PublicationKind.REPUBLICATION,
                number=number,
                signed_on=republished_on,
                reason=reason,
                scope=_scope_after_reform(self.reform_on),
                agency_name=AGENCY_NAME,
                posted_on=self._past(republished_on + timedelta(days=3)),
            )
        )
        qms.save_scope_version(
            dto.TextVersionFields(
                effective_on=self.reform_on,
                text=_scope_after_reform(self.reform_on),
                note=f"Công bố lại theo Quyết định số {number}",
            )
        )
        qms.save_policy_version(
            dto.TextVersionFields(
                effective_on=self.reform_on,
                text=_POLICY_AFTER_REFORM,
                note="Ban hành lại sau khi sắp xếp đơn vị hành chính",
            )
        )
        return scopes + 1, policies + 1, publications + 1


def _ascii(text: str) -> str:
    """Lower-case ASCII transliteration of Vietnamese ("Đặng Thị Lan" -> "dang thi lan")."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
