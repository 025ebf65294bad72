"""Demo data, part four: internal audits, an upstream inspection, their findings and the corrective
actions that answer them, for the previous and the current year.

Written through the public services (``audits``, ``inspections``, ``corrective_actions``,
``form_codes``) as the user's forms would. It agrees with what the plan demo says
(``demo_objectives``): the internal audit ends on 17 September each year with "04 điểm không phù
hợp, 06 khuyến nghị"; last year's corrective actions are done but one (the land procedure) is still
open and overdue.

The story:

- previous year: a programme, audit 01 (15–17/9) of four units, 4 minor NCs, 3 observations, 3
  opportunities for improvement; requests 01–04 raised on 22/9, three closed in November, the fourth
  (the land procedure) still being carried out, overdue;
- current year: a programme; on 18/6 the Department of Science and Technology inspects the QMS and
  makes three recommendations: one answered by request 01 (closed), one closed with a dated note,
  one still without action; request 02 (found by the unit itself in March) was verified not effective
  in May and is being carried out again with a new action; request 03 (a late file) was cancelled as a
  duplicate of 02; audit 01 (15–17/9) finds 1 major and 3 minor NCs, 3 observations, 3 OFIs: request
  04 waits for its effectiveness check, 05 is overdue, 06 is being analysed, one minor NC has no
  request yet; request 07 (a complaint) was raised three days before ``today`` and is new.

Every event is dated; what would fall after ``today`` is not written (a demo made in March has no
audit of that year yet).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app import models as m
from app.services.areas import DemoCount

if TYPE_CHECKING:
    from app.services.demo import DemoContext

# The units audited each year (department codes of the demo agency) and who is audited there.
_AUDITED = ("TTPVHCC", "TPHT", "ĐCXD", "VHXH")
_AUDITEES = {
    "TTPVHCC": "Võ Minh Tuấn, Phạm Thị Yến",
    "TPHT": "Bùi Thị Hồng Nhung",
    "ĐCXD": "Đỗ Văn Thắng, Trần Quốc Khánh",
    "VHXH": "Đặng Thị Lan, Nguyễn Thị Bích Ngọc",
}
_PROCESSES = {
    "TTPVHCC": "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC; khảo sát sự hài lòng",
    "TPHT": "Giải quyết TTHC lĩnh vực hộ tịch, chứng thực",
    "ĐCXD": "Giải quyết TTHC lĩnh vực đất đai, xây dựng",
    "VHXH": "Giải quyết TTHC lĩnh vực văn hóa, giáo dục, bảo trợ xã hội",
}
_CLAUSES = {
    "TTPVHCC": "7.5; 8.2; 8.5; 8.7; 9.1.2",
    "TPHT": "7.5; 8.5; 8.6",
    "ĐCXD": "6.1; 7.5; 8.5; 10.2",
    "VHXH": "7.2; 7.5; 8.5",
}
# Team: the leader (a deputy head), and who audits which unit (never their own).
_LEADER = "Lê Đình Quang"
_AUDITORS = {
    "TTPVHCC": "Dương Thị Ngọc Ánh",
    "TPHT": "Nguyễn Thị Mai Hương",
    "ĐCXD": "Lý Văn Tài",
    "VHXH": "Hồ Thị Thanh Tâm",
}
_CRITERIA = "\n".join(
    (
        "Tiêu chuẩn quốc gia TCVN ISO 9001:2015;",
        "Tài liệu của Hệ thống quản lý chất lượng của Ủy ban nhân dân xã;",
        "Các văn bản quy phạm pháp luật liên quan đến hoạt động được đánh giá.",
    )
)
_PURPOSE = (
    "Xác định mức độ phù hợp của Hệ thống quản lý chất lượng với yêu cầu của Tiêu chuẩn quốc gia TCVN ISO "
    "9001:2015, các quy định của pháp luật và của cơ quan; đánh giá việc áp dụng, duy trì có hiệu lực Hệ thống "
    "quản lý chất lượng; phát hiện điểm không phù hợp và cơ hội cải tiến."
)
_SCOPE = (
    "Trung tâm Phục vụ hành chính công xã; công chức Tư pháp - Hộ tịch; công chức Địa chính - Xây dựng; "
    "Phòng Văn hóa - Xã hội; các quy trình giải quyết thủ tục hành chính và quy trình nội bộ liên quan."
)


@dataclass(frozen=True)
class _Finding:
    unit: str
    kind: m.FindingType
    clause: str
    description: str
    evidence: str


_PREVIOUS_FINDINGS = (
    _Finding(
        "TPHT",
        m.FindingType.NC_MINOR,
        "7.5.3",
        "Hồ sơ đăng ký khai sinh lưu chưa đủ thành phần theo quy trình: thiếu tờ khai của người yêu cầu.",
        "02/15 hồ sơ khai sinh tháng 7 kiểm tra ngẫu nhiên thiếu tờ khai.",
    ),
    _Finding(
        "TTPVHCC",
        m.FindingType.NC_MINOR,
        "8.5.1",
        "Phiếu kiểm soát quá trình giải quyết hồ sơ không ghi đủ thời gian chuyển giao giữa các bước.",
        "Sổ theo dõi hồ sơ tháng 8: 09 phiếu bỏ trống cột thời gian chuyển giao.",
    ),
    _Finding(
        "VHXH",
        m.FindingType.NC_MINOR,
        "7.5.2",
        "Sử dụng biểu mẫu cũ (lần ban hành 01) đã được thay thế trong hồ sơ trợ cấp xã hội.",
        "03 hồ sơ trợ cấp hằng tháng lập trên mẫu BM cũ.",
    ),
    _Finding(
        "ĐCXD",
        m.FindingType.NC_MINOR,
        "10.2",
        "Quy trình giải quyết thủ tục đất đai chưa cập nhật theo Luật Đất đai 2024 và các văn bản hướng dẫn.",
        "Quy trình lần ban hành 02, hiệu lực trước ngày 01/8/2024; căn cứ pháp lý còn dẫn Luật Đất đai 2013.",
    ),
    _Finding(
        "TTPVHCC",
        m.FindingType.OBSERVATION,
        "9.1.2",
        "Số phiếu khảo sát sự hài lòng thu về quý III thấp, chưa đủ đại diện.",
        "Thu về 38 phiếu/1.250 hồ sơ.",
    ),
    _Finding(
        "TPHT",
        m.FindingType.OBSERVATION,
        "7.1.3",
        "Tủ lưu hồ sơ hộ tịch đã đầy, một số hồ sơ để ngoài tủ.",
        "Quan sát tại phòng làm việc công chức Tư pháp - Hộ tịch.",
    ),
    _Finding(
        "VHXH",
        m.FindingType.OBSERVATION,
        "7.3",
        "Một số công chức mới chưa nắm rõ Chính sách chất lượng của cơ quan.",
        "Phỏng vấn 02 công chức mới nhận công tác.",
    ),
    _Finding(
        "TTPVHCC",
        m.FindingType.OFI,
        "8.2.1",
        "Có thể niêm yết mã QR tra cứu tình trạng hồ sơ tại khu vực chờ.",
        "Người dân hỏi tình trạng hồ sơ qua điện thoại nhiều lần.",
    ),
    _Finding(
        "ĐCXD",
        m.FindingType.OFI,
        "7.5.3",
        "Số hóa hồ sơ đất đai đã giải quyết để tra cứu nhanh.",
        "Tra cứu hồ sơ cũ mất trung bình 20 phút.",
    ),
    _Finding(
        "TPHT",
        m.FindingType.OFI,
        "10.3",
        "Lập danh mục câu hỏi thường gặp về hộ tịch để hướng dẫn người dân.",
        "Nhiều hồ sơ phải bổ sung vì thiếu giấy tờ giống nhau.",
    ),
)

_CURRENT_FINDINGS = (
    _Finding(
        "TTPVHCC",
        m.FindingType.NC_MAJOR,
        "8.5.1",
        "Hồ sơ giải quyết trễ hạn không có Phiếu xin lỗi và hẹn lại ngày trả kết quả gửi người dân theo quy "
        "định; quá trình giải quyết không được kiểm soát ở bước chuyển hồ sơ sang bộ phận chuyên môn.",
        "07 hồ sơ trễ hạn tháng 8 (lĩnh vực đất đai, hộ tịch) không có phiếu xin lỗi; sổ theo dõi hồ sơ "
        "không ghi ngày chuyển giao.",
    ),
    _Finding(
        "TPHT",
        m.FindingType.NC_MINOR,
        "7.5.3",
        "Sổ chứng thực bản sao từ bản chính ghi chưa đầy đủ thông tin người yêu cầu.",
        "Sổ chứng thực năm nay, các trang 41–45.",
    ),
    _Finding(
        "ĐCXD",
        m.FindingType.NC_MINOR,
        "6.1",
        "Chưa nhận diện rủi ro chậm trễ do phải lấy ý kiến cơ quan thuế trong thủ tục chuyển mục đích sử "
        "dụng đất.",
        "Sổ theo dõi rủi ro và cơ hội của bộ phận không có rủi ro này; 03 hồ sơ trễ hạn do chờ ý kiến.",
    ),
    _Finding(
        "VHXH",
        m.FindingType.NC_MINOR,
        "7.2",
        "Công chức mới phụ trách lĩnh vực bảo trợ xã hội chưa được hướng dẫn quy trình giải quyết.",
        "Phỏng vấn công chức; không có hồ sơ hướng dẫn, kèm cặp.",
    ),
    _Finding(
        "TTPVHCC",
        m.FindingType.OBSERVATION,
        "9.1.2",
        "Kết quả khảo sát sự hài lòng chưa được tổng hợp theo từng lĩnh vực.",
        "Bảng tổng hợp quý II, quý III.",
    ),
    _Finding(
        "TPHT",
        m.FindingType.OBSERVATION,
        "7.1.4",
        "Khu vực lưu hồ sơ chưa có biện pháp chống ẩm.",
        "Quan sát tại kho lưu trữ tầng 1.",
    ),
    _Finding(
        "ĐCXD",
        m.FindingType.OBSERVATION,
        "7.5.2",
        "Một số quy trình in lưu tại bộ phận chưa phải lần ban hành mới nhất.",
        "Quy trình giao đất lưu tại bộ phận là lần ban hành 02 (hiện hành 03).",
    ),
    _Finding(
        "TTPVHCC",
        m.FindingType.OFI,
        "8.2.1",
        "Gửi tin nhắn thông báo cho người dân khi có kết quả giải quyết hồ sơ.",
        "Phần mềm một cửa có chức năng nhưng chưa sử dụng.",
    ),
    _Finding(
        "VHXH",
        m.FindingType.OFI,
        "10.3",
        "Rút ngắn thời gian giải quyết hồ sơ trợ cấp bằng cách tiếp nhận trực tuyến.",
        "Thời gian giải quyết trung bình 8/10 ngày.",
    ),
    _Finding(
        "ĐCXD",
        m.FindingType.OFI,
        "7.1.6",
        "Tổ chức chia sẻ kinh nghiệm giải quyết hồ sơ đất đai giữa các công chức.",
        "Mỗi công chức tự tra cứu văn bản mới.",
    ),
)


# ---- corrective actions ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Action:
    description: str
    owner: str
    due: date
    done: date | None = None


@dataclass
class _Request:
    """A request and what happens to it, each step dated; steps after ``today`` are not taken."""

    raised: date
    source: m.CaSource
    unit: str
    found_by: str
    description: str
    due: date
    correction: str = ""
    root_cause: str = ""
    approver: str = "Phan Văn Hùng"
    similar: bool | None = None
    update_risks: bool = False
    finding: int | None = None  # index of the year's findings it answers
    recommendation: int | None = None  # index of the inspection's recommendations it answers
    steps: list[tuple[date, str, Any]] = field(default_factory=list)


def _previous_requests(y: int) -> list[_Request]:
    raised = date(y, 9, 22)
    requests = []
    texts = (
        (
            "Bổ sung tờ khai còn thiếu vào 02 hồ sơ; rà soát toàn bộ hồ sơ khai sinh tháng 7, 8.",
            "Công chức chưa đối chiếu danh mục thành phần hồ sơ khi lưu.",
            "Áp dụng phiếu kiểm tra thành phần hồ sơ trước khi lưu",
            "Bùi Thị Hồng Nhung",
        ),
        (
            "Ghi bổ sung thời gian chuyển giao vào 09 phiếu.",
            "Viên chức mới chưa được hướng dẫn ghi phiếu kiểm soát.",
            "Hướng dẫn ghi Phiếu kiểm soát quá trình giải quyết hồ sơ cho viên chức Trung tâm",
            "Võ Minh Tuấn",
        ),
        (
            "Thu hồi biểu mẫu cũ, lập lại 03 hồ sơ trên mẫu hiện hành.",
            "Chưa thu hồi biểu mẫu hết hiệu lực tại bộ phận khi ban hành lại.",
            "Rà soát, thu hồi biểu mẫu hết hiệu lực tại các bộ phận",
            "Đặng Thị Lan",
        ),
    )
    for i, (correction, cause, action, owner) in enumerate(texts):
        request = _Request(
            raised,
            m.CaSource.AUDIT,
            _PREVIOUS_FINDINGS[i].unit,
            _LEADER,
            _PREVIOUS_FINDINGS[i].description,
            date(y, 10, 31),
            correction=correction,
            root_cause=cause,
            similar=False,
            finding=i,
        )
        done = date(y, 10, 20 + i)
        request.steps = [
            (date(y, 9, 25), "analyse", None),
            (date(y, 9, 29), "action", _Action(action, owner, date(y, 10, 31))),
            (date(y, 9, 29), "implement", None),
            (done, "complete", 0),
            (
                date(y, 11, 18 + i),
                "verify",
                ("Dương Thị Ngọc Ánh", True, "Đã kiểm tra hồ sơ phát sinh sau khắc phục: đạt."),
            ),
        ]
        requests.append(request)
    land = _Request(
        raised,
        m.CaSource.AUDIT,
        "ĐCXD",
        _LEADER,
        _PREVIOUS_FINDINGS[3].description,
        date(y, 12, 15),
        correction="Tạm thời áp dụng thành phần hồ sơ, thời hạn theo Quyết định công bố TTHC mới của tỉnh.",
        root_cause="Chưa phân công người theo dõi văn bản pháp luật lĩnh vực đất đai; chờ văn bản hướng dẫn của tỉnh.",
        similar=True,
        update_risks=True,
        finding=3,
    )
    land.steps = [
        (date(y, 9, 25), "analyse", None),
        (
            date(y, 9, 30),
            "action",
            _Action(
                "Phân công công chức theo dõi văn bản pháp luật lĩnh vực đất đai",
                "Đỗ Văn Thắng",
                date(y, 10, 15),
            ),
        ),
        (
            date(y, 9, 30),
            "action",
            _Action(
                "Sửa đổi, ban hành lại các quy trình đất đai theo Luật Đất đai 2024",
                "Đỗ Văn Thắng",
                date(y, 12, 15),
            ),
        ),
        (date(y, 9, 30), "implement", None),
        (date(y, 10, 10), "complete", 0),
    ]
    requests.append(land)
    return requests


def _current_requests(y: int, today: date) -> list[_Request]:
    inspection = _Request(
        date(y, 7, 2),
        m.CaSource.INSPECTION,
        "TPHT",
        "Đoàn kiểm tra Sở Khoa học và Công nghệ",
        "Quy trình giải quyết 02 thủ tục hành chính lĩnh vực hộ tịch chưa cập nhật theo Quyết định công bố "
        "danh mục thủ tục hành chính mới của Chủ tịch UBND tỉnh.",
        date(y, 7, 31),
        correction="Áp dụng ngay thành phần hồ sơ, thời hạn giải quyết theo quyết định công bố mới.",
        root_cause="Chưa có đầu mối theo dõi quyết định công bố thủ tục hành chính của tỉnh.",
        similar=True,
        recommendation=0,
    )
    inspection.steps = [
        (date(y, 7, 3), "analyse", None),
        (
            date(y, 7, 6),
            "action",
            _Action("Sửa đổi, ban hành lại 02 quy trình hộ tịch", "Bùi Thị Hồng Nhung", date(y, 7, 25)),
        ),
        (
            date(y, 7, 6),
            "action",
            _Action(
                "Giao Thư ký ISO theo dõi quyết định công bố TTHC hằng tuần",
                "Dương Thị Ngọc Ánh",
                date(y, 7, 15),
            ),
        ),
        (date(y, 7, 6), "implement", None),
        (date(y, 7, 14), "complete", 1),
        (date(y, 7, 24), "complete", 0),
        (date(y, 7, 28), "verify", ("Trần Thị Thu Hà", True, "Quy trình đã ban hành lại, áp dụng từ 25/7.")),
    ]
    self_found = _Request(
        date(y, 3, 10),
        m.CaSource.SELF,
        "TTPVHCC",
        "Võ Minh Tuấn",
        "Sổ theo dõi hồ sơ trên phần mềm một cửa không cập nhật trạng thái hồ sơ đã trả kết quả; báo cáo "
        "tỷ lệ đúng hạn tháng 2 sai lệch.",
        date(y, 4, 30),
        correction="Cập nhật trạng thái 46 hồ sơ tháng 2 trên phần mềm.",
        root_cause="Viên chức trả kết quả không thao tác bước kết thúc hồ sơ trên phần mềm.",
        approver="Trần Thị Thu Hà",
        similar=False,
    )
    self_found.steps = [
        (date(y, 3, 12), "analyse", None),
        (
            date(y, 3, 16),
            "action",
            _Action(
                "Nhắc viên chức kết thúc hồ sơ trên phần mềm khi trả kết quả", "Võ Minh Tuấn", date(y, 3, 31)
            ),
        ),
        (date(y, 3, 16), "implement", None),
        (date(y, 3, 27), "complete", 0),
        (
            date(y, 5, 20),
            "verify",
            ("Dương Thị Ngọc Ánh", False, "Tháng 4 vẫn còn 12 hồ sơ chưa kết thúc trên phần mềm."),
        ),
        (
            date(y, 5, 22),
            "root_cause",
            (
                "Không có bước kiểm tra cuối ngày; nhắc nhở không thay đổi được thói quen thao tác.",
                date(y, 12, 15),
            ),
        ),
        (
            date(y, 5, 22),
            "action",
            _Action(
                "Giám đốc Trung tâm kiểm tra danh sách hồ sơ chưa kết thúc cuối mỗi ngày; đưa vào tiêu chí "
                "đánh giá viên chức hằng tháng",
                "Võ Minh Tuấn",
                date(y, 12, 15),
            ),
        ),
        (date(y, 5, 22), "implement", None),
    ]
    late = _Request(
        date(y, 4, 8),
        m.CaSource.LATE_FILE,
        "TTPVHCC",
        "Phạm Thị Yến",
        "Hồ sơ đăng ký kết hôn trả kết quả trễ 01 ngày do trạng thái trên phần mềm không cập nhật.",
        date(y, 5, 8),
        approver="Trần Thị Thu Hà",
    )
    late.steps = [
        (
            date(y, 4, 15),
            "cancel",
            "Trùng nội dung với phiếu 02/{y}: cùng nguyên nhân, đang xử lý tại phiếu đó.",
        )
    ]
    audit_raised = date(y, 9, 22)
    major = _Request(
        audit_raised,
        m.CaSource.AUDIT,
        "TTPVHCC",
        _LEADER,
        _CURRENT_FINDINGS[0].description,
        date(y, 11, 30),
        correction="Gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả cho 07 người dân; trả kết quả trong tuần.",
        root_cause="Chưa có bước kiểm soát hồ sơ đến hạn trả; bộ phận chuyên môn không báo trước khi hồ sơ có "
        "nguy cơ trễ hạn.",
        similar=True,
        update_risks=True,
        finding=0,
    )
    major.steps = [
        (date(y, 9, 24), "analyse", None),
        (
            date(y, 9, 28),
            "action",
            _Action(
                "Lập danh sách hồ sơ đến hạn trả hằng ngày trên phần mềm một cửa",
                "Võ Minh Tuấn",
                date(y, 10, 15),
            ),
        ),
        (
            date(y, 9, 28),
            "action",
            _Action(
                "Sửa đổi quy trình tiếp nhận, trả kết quả: bổ sung bước cảnh báo trước hạn 02 ngày",
                "Dương Thị Ngọc Ánh",
                date(y, 10, 31),
            ),
        ),
        (date(y, 9, 28), "implement", None),
        (date(y, 10, 14), "complete", 0),
        (date(y, 10, 29), "complete", 1),
    ]
    records = _Request(
        audit_raised,
        m.CaSource.AUDIT,
        "TPHT",
        _LEADER,
        _CURRENT_FINDINGS[1].description,
        date(y, 10, 31),
        correction="Ghi bổ sung thông tin còn thiếu vào sổ chứng thực.",
        root_cause="Công chức kiêm nhiệm nhiều việc, ghi sổ sau khi trả kết quả.",
        finding=1,
    )
    records.steps = [
        (date(y, 9, 25), "analyse", None),
        (
            date(y, 9, 30),
            "action",
            _Action(
                "Ghi sổ chứng thực ngay khi ký chứng thực; Văn phòng kiểm tra hằng tuần",
                "Bùi Thị Hồng Nhung",
                date(y, 10, 31),
            ),
        ),
        (date(y, 9, 30), "implement", None),
    ]
    risks = _Request(
        audit_raised,
        m.CaSource.AUDIT,
        "ĐCXD",
        _LEADER,
        _CURRENT_FINDINGS[2].description,
        date(y, 12, 15),
        correction="Theo dõi riêng 03 hồ sơ đang chờ ý kiến cơ quan thuế.",
        update_risks=True,
        finding=2,
    )
    risks.steps = [(date(y, 9, 26), "analyse", None)]
    requests = [inspection, self_found, late, major, records, risks]
    complaint_on = today - timedelta(days=3)
    if complaint_on.year == y:
        requests.append(
            _Request(
                complaint_on,
                m.CaSource.COMPLAINT,
                "TTPVHCC",
                "Nguyễn Đức Mạnh",
                "Người dân phản ánh qua đường dây nóng: phải đi lại nhiều lần vì được hướng dẫn bổ sung hồ sơ "
                "không một lần.",
                complaint_on + timedelta(days=30),
            )
        )
    return requests


# ---- the writer ------------------------------------------------------------------------------------
def fill_audits(ctx: DemoContext) -> list[DemoCount]:
    writer = _AuditWriter(ctx)
    writer.run()
    return [
        DemoCount("audits", "Cuộc đánh giá nội bộ", writer.audits),
        DemoCount("inspections", "Cuộc kiểm tra của cấp trên", writer.inspections),
        DemoCount("findings", "Phát hiện", writer.findings),
        DemoCount("corrective_actions", "Phiếu yêu cầu hành động khắc phục", writer.requests),
    ]


class _AuditWriter:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.s: Any = ctx.services
        self.today = ctx.today
        self.audits = self.inspections = self.findings = self.requests = 0

    def person(self, name: str) -> int:
        return self.ctx.person_ids[name]

    def unit(self, code: str) -> int:
        return self.ctx.department_ids[code]

    def run(self) -> None:
        from app.services import audits as a

        self._template_and_form_codes()
        current = self.today.year
        for year in (current - 1, current):
            self.s.audits.save_programme(
                year,
                a.ProgrammeFields(
                    approved_on=date(year, 1, 20) if date(year, 1, 20) <= self.today else None,
                    note="Đánh giá toàn bộ các bộ phận, quá trình thuộc phạm vi áp dụng ít nhất 01 lần trong năm.",
                    items=(
                        a.ProgrammeItemFields(9, _SCOPE),
                        a.ProgrammeItemFields(
                            12,
                            "Đánh giá bổ sung tại bộ phận có điểm không phù hợp nặng (nếu có).",
                            note="Chỉ thực hiện khi có điểm không phù hợp nặng chưa khắc phục.",
                        ),
                    ),
                ),
            )
        previous_findings = self._audit(current - 1, _PREVIOUS_FINDINGS, decision_no=f"{52:02d}/QĐ-UBND")
        recommendations = self._inspection(current)
        current_findings = self._audit(current, _CURRENT_FINDINGS, decision_no=f"{118}/QĐ-UBND")
        for request in _previous_requests(current - 1):
            self._request(request, previous_findings, [])
        for request in _current_requests(current, self.today):
            self._request(request, current_findings, recommendations)

    def _template_and_form_codes(self) -> None:
        forms = {f.title: f.document_id for f in self.s.form_codes.register_forms()}
        for key, title in (
            ("ca-form", "Phiếu yêu cầu hành động khắc phục"),
            ("audit-checklist", "Phiếu ghi chép đánh giá nội bộ"),
        ):
            if title in forms:
                self.s.form_codes.set_form(key, forms[title])

    # ---- an audit -------------------------------------------------------------------------------
    def _audit(self, year: int, findings: Sequence[_Finding], *, decision_no: str) -> list[int]:
        from app.services import audits as a

        start, end = date(year, 9, 15), date(year, 9, 17)
        if end > self.today:
            return []
        audit_id = self.s.audits.create_audit(
            a.AuditFields(
                start_on=start,
                end_on=end,
                decision_number=decision_no,
                decision_on=date(year, 8, 28),
                purpose=_PURPOSE,
                scope=_SCOPE,
                criteria=_CRITERIA,
                summary=(
                    "Các bộ phận được đánh giá đã áp dụng Hệ thống quản lý chất lượng theo các quy trình đã ban "
                    "hành; hồ sơ giải quyết thủ tục hành chính cơ bản được lưu đầy đủ; cán bộ, công chức nắm "
                    "được Chính sách chất lượng, Mục tiêu chất lượng. Còn một số điểm không phù hợp về kiểm "
                    "soát hồ sơ trễ hạn, lưu giữ hồ sơ và cập nhật quy trình."
                ),
                conclusion=(
                    "Hệ thống quản lý chất lượng của Ủy ban nhân dân xã phù hợp với yêu cầu của Tiêu chuẩn quốc "
                    "gia TCVN ISO 9001:2015 và được áp dụng, duy trì có hiệu lực. Các bộ phận có điểm không phù "
                    "hợp thực hiện hành động khắc phục theo phiếu yêu cầu, trong thời hạn ghi trên phiếu."
                ),
                report_on=date(year, 9, 20) if date(year, 9, 20) <= self.today else None,
            )
        )
        self.audits += 1
        members = [self.person(n) for n in _AUDITORS.values()]
        self.s.audits.set_team(audit_id, self.person(_LEADER), members)
        schedule = [
            a.ScheduleFields(
                on=start,
                kind=m.ScheduleKind.OPENING,
                time_from="07:30",
                time_to="08:00",
                process="Thống nhất mục đích, phạm vi, lịch đánh giá",
                auditee="Lãnh đạo UBND xã, đại diện các bộ phận",
            )
        ]
        slots = (("08:00", "11:00"), ("13:30", "16:30"))
        for n, code in enumerate(_AUDITED):
            schedule.append(
                a.ScheduleFields(
                    on=start + timedelta(days=n // 2),
                    time_from=slots[n % 2][0],
                    time_to=slots[n % 2][1],
                    department_id=self.unit(code),
                    process=_PROCESSES[code],
                    clauses=_CLAUSES[code],
                    auditor_id=self.person(_AUDITORS[code]),
                    auditee=_AUDITEES[code],
                )
            )
        schedule.append(
            a.ScheduleFields(
                on=end,
                kind=m.ScheduleKind.CLOSING,
                time_from="15:00",
                time_to="16:00",
                process="Thông báo kết quả đánh giá, thống nhất các phát hiện",
                auditee="Lãnh đạo UBND xã, đại diện các bộ phận",
            )
        )
        self.s.audits.save_schedule(audit_id, schedule)
        ids: list[int] = []
        # Each unit's checklist: the template's questions on the clauses audited there, and on
        # policy, objectives and awareness (5.2, 6.2, 7.3) everywhere.
        template = self.s.audits.template()
        for code in _AUDITED:
            wanted = {c.strip() for c in _CLAUSES[code].split(";")} | {"5.2", "6.2", "7.3"}
            for q in template:
                if any(q.clause == w or q.clause.startswith(w + ".") for w in wanted):
                    self.s.audits.save_checklist_item(
                        None,
                        audit_id,
                        a.ChecklistFields(
                            question=q.question, clause=q.clause, department_id=self.unit(code)
                        ),
                    )
        rows = self.s.audits.get_audit(audit_id).checklist
        used: set[int] = set()
        result_of = {
            m.FindingType.NC_MAJOR: m.ChecklistResult.NC,
            m.FindingType.NC_MINOR: m.ChecklistResult.NC,
            m.FindingType.OBSERVATION: m.ChecklistResult.OBSERVATION,
            m.FindingType.OFI: m.ChecklistResult.OFI,
        }
        for finding in findings:
            department = self.unit(finding.unit)
            row = next(
                (
                    r
                    for r in rows
                    if r.department_id == department
                    and r.id not in used
                    and r.clause.split(".")[:2] == finding.clause.split(".")[:2]
                ),
                None,
            )
            if row is None:
                ids.append(
                    self.s.audits.add_finding(
                        a.FindingFields(
                            audit_id=audit_id,
                            type=finding.kind,
                            clause=finding.clause,
                            department_id=department,
                            description=finding.description,
                            evidence=finding.evidence,
                        )
                    )
                )
            else:
                used.add(row.id)
                nc_type = finding.kind if result_of[finding.kind] is m.ChecklistResult.NC else None
                finding_id = self.s.audits.set_result(
                    row.id, result_of[finding.kind], finding.evidence, nc_type
                )
                assert finding_id is not None
                self.s.audits.update_finding(
                    finding_id,
                    a.FindingFields(
                        audit_id=audit_id,
                        type=finding.kind,
                        clause=finding.clause,
                        department_id=department,
                        description=finding.description,
                        evidence=finding.evidence,
                    ),
                )
                ids.append(finding_id)
        # The other questions asked at each unit were found conforming (the first ten of each).
        per_unit: dict[int | None, int] = {}
        for r in rows:
            if r.id in used:
                continue
            seen = per_unit.get(r.department_id, 0)
            if seen < 10:
                per_unit[r.department_id] = seen + 1
                self.s.audits.set_result(r.id, m.ChecklistResult.CONFORM, "Hồ sơ, sổ sách kiểm tra phù hợp.")
        self.findings += len(ids)
        return ids

    # ---- the upstream inspection ------------------------------------------------------------------
    def _inspection(self, year: int) -> list[int]:
        from app.services import audits as a
        from app.services import inspections as i

        on = date(year, 6, 18)
        if on > self.today:
            return []
        notice_on = date(year, 6, 30)
        inspection_id = self.s.inspections.create(
            i.InspectionFields(
                on=on,
                body="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
                basis=f"Kế hoạch số 45/KH-SKHCN ngày 10/3/{year} của Sở Khoa học và Công nghệ về kiểm tra việc "
                f"áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng năm {year}",
                form=m.InspectionForm.ON_SITE,
                team="Bà Nguyễn Thị Thanh Bình, Phó Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng, "
                "Trưởng đoàn; 02 công chức Chi cục",
                conclusions="Ủy ban nhân dân xã đã áp dụng, duy trì Hệ thống quản lý chất lượng theo TCVN ISO "
                "9001:2015; công bố, niêm yết đúng quy định; còn một số tồn tại cần khắc phục.",
                notice_number="125/TB-SKHCN" if notice_on <= self.today else "",
                notice_on=notice_on if notice_on <= self.today else None,
                remediation_due_on=date(year, 7, 31),
            )
        )
        self.inspections += 1
        texts = (
            (
                "TPHT",
                "8.5.1",
                "Cập nhật quy trình giải quyết 02 thủ tục hành chính lĩnh vực hộ tịch theo quyết định công bố mới.",
            ),
            ("VP", "5.2.2", "Đăng tải Chính sách chất lượng trên trang thông tin điện tử của xã."),
            (
                "TTPVHCC",
                "6.1",
                "Bổ sung nhận diện rủi ro đối với quá trình tiếp nhận hồ sơ trực tuyến.",
            ),
        )
        ids = []
        for code, clause, text in texts:
            ids.append(
                self.s.inspections.add_recommendation(
                    inspection_id,
                    a.FindingFields(
                        inspection_id=inspection_id,
                        type=m.FindingType.RECOMMENDATION,
                        clause=clause,
                        department_id=self.unit(code),
                        description=text,
                    ),
                )
            )
        closed_on = date(year, 6, 25)
        if closed_on <= self.today:
            self.s.audits.close_finding(
                ids[1],
                closed_on,
                "Đã đăng tải ngày 25/6 tại mục Cải cách hành chính; không cần hành động khắc phục.",
            )
        self.findings += len(ids)
        return ids

    # ---- a corrective action ----------------------------------------------------------------------
    def _request(self, request: _Request, findings: Sequence[int], recommendations: Sequence[int]) -> None:
        from app.services import corrective_actions as c

        if request.raised > self.today:
            return
        linked: tuple[int, ...] = ()
        if request.finding is not None:
            if request.finding >= len(findings):
                return
            linked = (findings[request.finding],)
        if request.recommendation is not None:
            if request.recommendation >= len(recommendations):
                return
            linked = (recommendations[request.recommendation],)
        fields = c.CaFields(
            raised_on=request.raised,
            source=request.source,
            source_type="finding" if linked else "",
            source_id=linked[0] if linked else None,
            department_id=self.unit(request.unit),
            found_by=request.found_by,
            found_on=request.raised,
            description=request.description,
            correction=request.correction,
            root_cause=request.root_cause,
            similar_exists=request.similar,
            update_risks=request.update_risks,
            approver=request.approver,
            due_on=request.due,
            finding_ids=linked,
        )
        ca_id = self.s.corrective_actions.create(fields)
        self.requests += 1
        actions: list[int] = []
        steps: dict[str, Callable[[date, Any], None]] = {}

        def action(on: date, a: _Action) -> None:
            actions.append(
                self.s.corrective_actions.add_action(
                    ca_id, c.ActionFields(description=a.description, owner=a.owner, due_on=a.due)
                )
            )

        def complete(on: date, index: int) -> None:
            self.s.corrective_actions.set_action_completed(actions[index], on)

        def verify(on: date, args: tuple[str, bool, str]) -> None:
            by, effective, comment = args
            self.s.corrective_actions.verify(
                ca_id, c.VerificationFields(by=by, on=on, effective=effective, comment=comment)
            )

        def root_cause(on: date, args: tuple[str, date]) -> None:
            # After an action that did not work: the new cause and a new overall due date.
            text, due = args
            detail = self.s.corrective_actions.get(ca_id)
            self.s.corrective_actions.update(
                ca_id, dataclasses.replace(detail.fields(), root_cause=text, due_on=due)
            )

        def cancel(on: date, reason: str) -> None:
            self.s.corrective_actions.move(
                ca_id, "cancel", on=on, reason=reason.format(y=request.raised.year)
            )

        steps.update(action=action, complete=complete, verify=verify, root_cause=root_cause, cancel=cancel)
        for on, name, arg in request.steps:
            if on > self.today:
                break
            if name in steps:
                steps[name](on, arg)
            else:
                self.s.corrective_actions.move(ca_id, name, on=on)
