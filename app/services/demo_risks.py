"""Demo data: the commune's risks and opportunities (ISO 9001:2015 §6.1), for the previous and the
current year, written through ``RiskService`` as the user's forms would.

It agrees with the plan demo (``demo_objectives``): last year the risk task was done on 26 March
("14 rủi ro, 3 cơ hội có kế hoạch hành động"); this year it lags (``_CURRENT_LAGGING = "risks"``).

The story:

- previous year: 14 risks and 3 opportunities identified between 20/02 and 26/03 (so that year's
  review is complete), each with its treatment actions; most evaluated in late September (residual
  scores lower), the lost-dossier risk closed on 20/12 after nine months without a lost file;
- current year: two new risks identified in March; the risks still open re-evaluated between 17/03
  and 26/03, except two (social-allowance files and one-stop equipment) whose review date, 31/03,
  has passed without an evaluation: "reviewed in the current year" is False once the first quarter
  is over, and those two show as "cần xem xét lại".

Every event is dated; nothing after ``ctx.today`` is written (a review date is a plan, so it may
lie ahead).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from app import models as m
from app.services.areas import DemoCount

if TYPE_CHECKING:
    from app.services.demo import DemoContext

# (year offset: 0 previous year, 1 current year; month; day)
Day = tuple[int, int, int]


@dataclass(frozen=True)
class _Action:
    description: str
    owner: str
    due: Day
    done: Day | None = None


@dataclass(frozen=True)
class _Evaluation:
    on: Day
    likelihood: int
    impact: int
    effective: bool = True
    comment: str = ""
    next_review: Day | None = None


@dataclass(frozen=True)
class _Risk:
    title: str
    department: str
    process: str
    cause: str
    consequence: str
    owner: str
    likelihood: int
    impact: int
    identified: Day
    review: Day
    actions: tuple[_Action, ...] = ()
    evaluations: tuple[_Evaluation, ...] = ()
    closed: Day | None = None
    kind: m.RiskKind = m.RiskKind.RISK


_SEP = (0, 9, 26)
_Q1_REVIEW = (1, 3, 31)
_NEXT = (1, 12, 31)

_RISKS: tuple[_Risk, ...] = (
    _Risk(
        "Văn bản pháp luật mới, sửa đổi chưa được cập nhật kịp thời vào quy trình giải quyết TTHC",
        "VP",
        "Kiểm soát tài liệu; cập nhật văn bản pháp luật",
        "Nhiều văn bản mới ban hành; chưa phân công theo dõi văn bản theo từng lĩnh vực.",
        "Giải quyết hồ sơ theo quy định đã hết hiệu lực; người dân phải bổ sung hồ sơ.",
        "Nguyễn Thị Bích Ngọc",
        4,
        4,
        (0, 2, 20),
        _Q1_REVIEW,
        (
            _Action(
                "Phân công công chức theo dõi văn bản pháp luật theo từng lĩnh vực",
                "Văn phòng HĐND và UBND",
                (0, 3, 31),
                (0, 3, 25),
            ),
            _Action(
                "Rà soát văn bản mới hằng tháng, đề xuất sửa đổi quy trình trong 15 ngày",
                "Thư ký ISO",
                (0, 12, 31),
                (0, 12, 26),
            ),
        ),
        (
            _Evaluation(
                _SEP, 3, 4, True, "Đã cập nhật 06 quy trình; còn quy trình đất đai chờ hướng dẫn của tỉnh."
            ),
            _Evaluation((1, 3, 20), 2, 4, True, "Sổ theo dõi văn bản được cập nhật hằng tháng.", _NEXT),
        ),
    ),
    _Risk(
        "Hồ sơ TTHC lĩnh vực đất đai giải quyết trễ hạn",
        "ĐCXD",
        "Giải quyết TTHC lĩnh vực đất đai",
        "Khối lượng hồ sơ lớn; phải xác minh nguồn gốc đất, chờ ý kiến cơ quan cấp trên.",
        "Người dân phải chờ đợi, phải xin lỗi công dân; giảm tỷ lệ hồ sơ đúng hạn.",
        "Đỗ Văn Thắng",
        4,
        4,
        (0, 2, 24),
        _Q1_REVIEW,
        (
            _Action(
                "Theo dõi hạn xử lý hằng tuần trên hệ thống một cửa, nhắc việc hồ sơ sắp đến hạn",
                "Trần Quốc Khánh",
                (0, 4, 30),
                (0, 4, 15),
            ),
            _Action(
                "Báo cáo lãnh đạo trước 03 ngày đối với hồ sơ có nguy cơ trễ hạn", "Đỗ Văn Thắng", (1, 6, 30)
            ),
        ),
        (
            _Evaluation(_SEP, 3, 4, False, "Vẫn còn 05 hồ sơ trễ hạn trong quý III; cần thêm biện pháp."),
            _Evaluation(
                (1, 3, 24),
                3,
                4,
                False,
                "Quý I còn 02 hồ sơ trễ hạn; bổ sung biện pháp báo cáo sớm hồ sơ có nguy cơ trễ hạn.",
                (1, 6, 30),
            ),
            _Evaluation((1, 6, 26), 2, 4, True, "Quý II không có hồ sơ trễ hạn.", _NEXT),
        ),
    ),
    _Risk(
        "Biến động nhân sự (luân chuyển, nghỉ hưu) làm gián đoạn việc giải quyết hồ sơ",
        "VP",
        "Quản lý nguồn nhân lực",
        "Sắp xếp tổ chức bộ máy; chưa có người dự phòng cho từng vị trí.",
        "Hồ sơ bị tồn đọng khi người phụ trách vắng; người mới chưa nắm quy trình.",
        "Nguyễn Thị Bích Ngọc",
        3,
        4,
        (0, 3, 2),
        _Q1_REVIEW,
        (
            _Action(
                "Phân công người dự phòng cho từng vị trí tiếp nhận, giải quyết hồ sơ",
                "Văn phòng HĐND và UBND",
                (0, 5, 31),
                (0, 5, 20),
            ),
            _Action(
                "Bàn giao công việc, hồ sơ đang giải quyết bằng biên bản khi luân chuyển",
                "Văn phòng HĐND và UBND",
                (0, 12, 31),
                (0, 11, 30),
            ),
        ),
        (
            _Evaluation(_SEP, 2, 4, True, "Đã có người dự phòng ở các vị trí một cửa."),
            _Evaluation((1, 3, 18), 2, 3, True, "Bàn giao đầy đủ khi 02 công chức nghỉ hưu.", _NEXT),
        ),
    ),
    _Risk(
        "Phần mềm một cửa điện tử (hệ thống thông tin giải quyết TTHC) gặp sự cố, mất kết nối",
        "TTPVHCC",
        "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC",
        "Đường truyền không ổn định; phần mềm nâng cấp, lỗi đồng bộ với hệ thống của tỉnh.",
        "Không tiếp nhận, cập nhật được hồ sơ; hồ sơ bị tính trễ hạn trên hệ thống.",
        "Võ Minh Tuấn",
        3,
        5,
        (0, 2, 26),
        _Q1_REVIEW,
        (
            _Action(
                "Lắp đường truyền dự phòng cho Trung tâm Phục vụ hành chính công",
                "Võ Minh Tuấn",
                (0, 6, 30),
                (0, 7, 10),
            ),
            _Action(
                "Lập sổ tiếp nhận tạm khi phần mềm lỗi và cập nhật lại ngay khi khắc phục",
                "Phạm Thị Yến",
                (0, 3, 31),
                (0, 3, 20),
            ),
        ),
        (
            _Evaluation(_SEP, 2, 4, True, "Đường truyền dự phòng hoạt động; sự cố được xử lý trong ngày."),
            _Evaluation((1, 3, 25), 2, 4, True, "Có 01 lần lỗi đồng bộ, đã báo Sở và xử lý.", _NEXT),
        ),
    ),
    _Risk(
        "Thất lạc hồ sơ khi luân chuyển giữa Trung tâm Phục vụ hành chính công và các bộ phận",
        "TTPVHCC",
        "Luân chuyển hồ sơ giải quyết TTHC",
        "Luân chuyển hồ sơ giấy không có phiếu kiểm soát; nhiều người cùng xử lý.",
        "Mất hồ sơ của người dân; phải xin lỗi, làm lại hồ sơ.",
        "Phạm Thị Yến",
        2,
        5,
        (0, 3, 5),
        (0, 12, 20),
        (
            _Action(
                "Dùng phiếu kiểm soát quá trình giải quyết hồ sơ, ký nhận mỗi lần chuyển",
                "Phạm Thị Yến",
                (0, 4, 15),
                (0, 4, 10),
            ),
        ),
        (
            _Evaluation(_SEP, 1, 5, True, "Không có hồ sơ thất lạc từ tháng 4."),
            _Evaluation((0, 12, 20), 1, 3, True, "09 tháng không có hồ sơ thất lạc; đóng theo dõi."),
        ),
        closed=(0, 12, 20),
    ),
    _Risk(
        "Người dân phải bổ sung hồ sơ nhiều lần do hướng dẫn chưa đầy đủ",
        "TTPVHCC",
        "Hướng dẫn, tiếp nhận hồ sơ",
        "Công chức hướng dẫn bằng lời; chưa có mẫu hướng dẫn từng thủ tục.",
        "Người dân không hài lòng; phản ánh, kiến nghị.",
        "Phạm Thị Yến",
        3,
        3,
        (0, 3, 6),
        _Q1_REVIEW,
        (
            _Action(
                "Niêm yết bộ hồ sơ mẫu của các thủ tục thường gặp", "Phạm Thị Yến", (0, 5, 31), (0, 5, 28)
            ),
            _Action(
                "Hướng dẫn bổ sung hồ sơ một lần bằng phiếu hướng dẫn", "Võ Minh Tuấn", (0, 4, 30), (0, 4, 20)
            ),
        ),
        (
            _Evaluation(_SEP, 2, 3, True, "Phản ánh về hướng dẫn giảm rõ."),
            _Evaluation((1, 3, 19), 2, 2, True, "", _NEXT),
        ),
    ),
    _Risk(
        "Sai sót trong chứng thực bản sao, chữ ký",
        "TPHT",
        "Chứng thực",
        "Lượng hồ sơ chứng thực lớn vào giờ cao điểm; đối chiếu bản chính chưa kỹ.",
        "Chứng thực sai, phải thu hồi; trách nhiệm của người ký.",
        "Bùi Thị Hồng Nhung",
        2,
        4,
        (0, 3, 9),
        _Q1_REVIEW,
        (
            _Action(
                "Kiểm tra chéo trước khi trình ký chứng thực", "Bùi Thị Hồng Nhung", (0, 4, 30), (0, 4, 25)
            ),
        ),
        (
            _Evaluation(_SEP, 1, 4, True),
            _Evaluation((1, 3, 19), 1, 4, True, "Không phát sinh sai sót.", _NEXT),
        ),
    ),
    _Risk(
        "Hồ sơ, tài liệu lưu trữ không đầy đủ, khó tra cứu",
        "VP",
        "Kiểm soát hồ sơ",
        "Chưa lập danh mục hồ sơ; lưu trữ phân tán ở các bộ phận.",
        "Không chứng minh được việc giải quyết; mất thời gian tra cứu.",
        "Nguyễn Thị Bích Ngọc",
        3,
        2,
        (0, 3, 10),
        _Q1_REVIEW,
        (
            _Action(
                "Lập danh mục hồ sơ của từng bộ phận, lưu theo năm", "Các bộ phận", (0, 9, 30), (0, 9, 20)
            ),
        ),
        (
            _Evaluation(_SEP, 2, 2, True),
            _Evaluation((1, 3, 20), 2, 2, True, "", _NEXT),
        ),
    ),
    _Risk(
        "Cán bộ, công chức chưa nắm vững yêu cầu của HTQLCL, áp dụng còn hình thức",
        "VP",
        "Nhận thức, đào tạo",
        "Nhiều người mới; ít được tập huấn về TCVN ISO 9001:2015.",
        "Quy trình không được tuân thủ; đánh giá nội bộ phát hiện nhiều điểm không phù hợp.",
        "Thư ký ISO",
        3,
        3,
        (0, 3, 12),
        _Q1_REVIEW,
        (_Action("Tập huấn nhận thức HTQLCL cho cán bộ, công chức", "Thư ký ISO", (0, 6, 30), (0, 5, 22)),),
        (
            _Evaluation(_SEP, 2, 3, True),
            _Evaluation((1, 3, 21), 2, 3, True, "Tiếp tục tập huấn cho người mới.", _NEXT),
        ),
    ),
    _Risk(
        "Thông tin cá nhân của người dân trong hồ sơ bị lộ, lọt",
        "TTPVHCC",
        "Tiếp nhận, lưu trữ hồ sơ",
        "Hồ sơ để trên bàn; máy tính không đặt mật khẩu.",
        "Vi phạm quy định bảo vệ dữ liệu cá nhân; khiếu nại.",
        "Võ Minh Tuấn",
        2,
        4,
        (0, 3, 13),
        _Q1_REVIEW,
        (_Action("Đặt mật khẩu máy tính, tủ hồ sơ có khóa", "Võ Minh Tuấn", (0, 4, 30), (0, 4, 18)),),
        (_Evaluation((1, 3, 21), 1, 4, True, "", _NEXT),),
    ),
    _Risk(
        "Chậm chi trả trợ cấp bảo trợ xã hội do thiếu hồ sơ xác minh",
        "LĐTBXH",
        "Giải quyết chế độ bảo trợ xã hội",
        "Hồ sơ xác minh của thôn gửi chậm.",
        "Đối tượng nhận trợ cấp chậm; phản ánh của người dân.",
        "Đặng Thị Lan",
        2,
        3,
        (0, 3, 16),
        _Q1_REVIEW,
        (
            _Action(
                "Lập lịch nhận hồ sơ xác minh của các thôn trước ngày 10 hằng tháng",
                "Đặng Thị Lan",
                (0, 5, 10),
                (0, 5, 10),
            ),
        ),
        (_Evaluation(_SEP, 2, 2, True, "", _Q1_REVIEW),),
    ),
    _Risk(
        "Tranh chấp đất đai do đo đạc, xác minh nguồn gốc đất chưa chính xác",
        "ĐCXD",
        "Giải quyết TTHC lĩnh vực đất đai",
        "Bản đồ địa chính cũ; hồ sơ gốc không đầy đủ.",
        "Khiếu nại, tranh chấp kéo dài; hủy kết quả giải quyết.",
        "Trần Quốc Khánh",
        2,
        5,
        (0, 3, 17),
        _Q1_REVIEW,
        (
            _Action(
                "Xác minh thực địa có mặt người sử dụng đất liền kề",
                "Trần Quốc Khánh",
                (0, 6, 30),
                (0, 6, 25),
            ),
        ),
        (
            _Evaluation(_SEP, 2, 4, True),
            _Evaluation((1, 3, 24), 2, 4, True, "", _NEXT),
        ),
    ),
    _Risk(
        "Máy tính, máy quét tại bộ phận một cửa hư hỏng, xuống cấp",
        "TTPVHCC",
        "Cơ sở hạ tầng",
        "Thiết bị sử dụng trên 07 năm.",
        "Chậm tiếp nhận, số hóa hồ sơ.",
        "Võ Minh Tuấn",
        3,
        2,
        (0, 3, 19),
        _Q1_REVIEW,
        (_Action("Đề xuất kinh phí thay 02 máy tính, 01 máy quét", "Võ Minh Tuấn", (1, 6, 30)),),
        (),
    ),
    _Risk(
        "Mất điện, mưa bão làm gián đoạn việc tiếp nhận hồ sơ",
        "VP",
        "Cơ sở hạ tầng",
        "Mùa mưa bão; chưa có nguồn điện dự phòng.",
        "Ngừng tiếp nhận hồ sơ; hồ sơ trễ hạn.",
        "Nguyễn Thị Bích Ngọc",
        2,
        3,
        (0, 3, 20),
        _Q1_REVIEW,
        (
            _Action(
                "Trang bị bộ lưu điện cho máy chủ và máy tính một cửa",
                "Tài chính - Kế toán",
                (0, 8, 31),
                (0, 8, 20),
            ),
        ),
        (
            _Evaluation(_SEP, 1, 3, True, "Bộ lưu điện đã dùng được trong đợt mưa bão tháng 9."),
            _Evaluation((1, 3, 20), 1, 3, True, "", _NEXT),
        ),
    ),
    # opportunities (benefit × feasibility)
    _Risk(
        "Thanh toán trực tuyến phí, lệ phí; dịch vụ công trực tuyến toàn trình",
        "TTPVHCC",
        "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC",
        "Tỉnh đã kết nối Cổng Dịch vụ công quốc gia.",
        "Giảm thời gian đi lại của người dân; tăng tỷ lệ hồ sơ trực tuyến.",
        "Võ Minh Tuấn",
        4,
        4,
        (0, 3, 23),
        _Q1_REVIEW,
        (
            _Action(
                "Hướng dẫn người dân nộp hồ sơ, thanh toán trực tuyến tại Trung tâm",
                "Phạm Thị Yến",
                (0, 12, 31),
                (0, 12, 20),
            ),
        ),
        (
            _Evaluation(_SEP, 4, 5, True, "Tỷ lệ hồ sơ trực tuyến tăng."),
            _Evaluation((1, 3, 25), 4, 5, True, "", _NEXT),
        ),
        kind=m.RiskKind.OPPORTUNITY,
    ),
    _Risk(
        "Số hóa hồ sơ, kết quả giải quyết TTHC để tái sử dụng dữ liệu",
        "TTPVHCC",
        "Số hóa hồ sơ",
        "Có máy quét, phần mềm hỗ trợ số hóa.",
        "Người dân không phải nộp lại giấy tờ đã số hóa.",
        "Phạm Thị Yến",
        4,
        3,
        (0, 3, 24),
        _Q1_REVIEW,
        (
            _Action(
                "Số hóa kết quả giải quyết TTHC ngay khi trả kết quả",
                "Phạm Thị Yến",
                (0, 12, 31),
                (0, 12, 28),
            ),
        ),
        (_Evaluation((1, 3, 26), 4, 4, True, "", _NEXT),),
        kind=m.RiskKind.OPPORTUNITY,
    ),
    _Risk(
        "Đoàn thanh niên hỗ trợ người dân nộp hồ sơ trực tuyến",
        "VHXH",
        "Hướng dẫn, tiếp nhận hồ sơ",
        "Đoàn viên có kỹ năng công nghệ thông tin; mô hình tình nguyện của huyện.",
        "Người cao tuổi được hỗ trợ; tăng hồ sơ trực tuyến.",
        "Đặng Thị Lan",
        3,
        4,
        (0, 3, 26),
        _Q1_REVIEW,
        (
            _Action(
                "Lập tổ tình nguyện hỗ trợ tại Trung tâm vào sáng thứ bảy",
                "Đặng Thị Lan",
                (0, 5, 31),
                (0, 5, 15),
            ),
        ),
        (_Evaluation((1, 3, 26), 3, 4, True, "", _NEXT),),
        kind=m.RiskKind.OPPORTUNITY,
    ),
    # new this year
    _Risk(
        "Thay đổi thẩm quyền, thủ tục khi sắp xếp tổ chức bộ máy chính quyền địa phương",
        "VP",
        "Kiểm soát tài liệu; cập nhật văn bản pháp luật",
        "Nhiều văn bản về sắp xếp tổ chức bộ máy ban hành trong thời gian ngắn.",
        "Danh mục TTHC, quy trình không còn phù hợp; tiếp nhận sai thẩm quyền.",
        "Thư ký ISO",
        4,
        4,
        (1, 3, 12),
        (1, 6, 30),
        (
            _Action(
                "Rà soát danh mục TTHC và quy trình theo thẩm quyền mới", "Thư ký ISO", (1, 5, 31), (1, 5, 28)
            ),
            _Action("Cập nhật danh mục TTHC trên hệ thống một cửa", "Võ Minh Tuấn", (1, 4, 30), (1, 4, 25)),
        ),
        (_Evaluation((1, 6, 27), 2, 4, True, "Đã cập nhật danh mục TTHC và 09 quy trình.", _NEXT),),
    ),
    _Risk(
        "Quá tải hồ sơ vào thời điểm cao điểm đầu năm, cuối năm",
        "TTPVHCC",
        "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC",
        "Số hồ sơ tăng gấp đôi vào tháng 1 và tháng 12.",
        "Người dân chờ lâu; hồ sơ trễ hạn.",
        "Võ Minh Tuấn",
        3,
        3,
        (1, 3, 18),
        (1, 6, 30),
        (_Action("Bố trí thêm 01 quầy tiếp nhận vào giờ cao điểm", "Võ Minh Tuấn", (1, 4, 15), (1, 4, 10)),),
        (_Evaluation((1, 6, 27), 2, 3, True, "", _NEXT),),
    ),
)


def fill_risks(ctx: DemoContext) -> list[DemoCount]:
    from app.services.risks import RiskActionFields, RiskEvaluationFields, RiskFields

    s: Any = ctx.services.risks
    today = ctx.today
    previous = today.year - 1

    def day(d: Day) -> date:
        return date(previous + d[0], d[1], d[2])

    risks = opportunities = actions = evaluations = 0
    owners = {"Thư ký ISO": ctx.secretary}
    for spec in _RISKS:
        identified = day(spec.identified)
        if identified > today:
            continue
        risk_id = s.create(
            RiskFields(
                kind=spec.kind,
                title=spec.title,
                process=spec.process,
                department_id=ctx.department_ids.get(spec.department),
                description="",
                cause=spec.cause,
                consequence=spec.consequence,
                owner=owners.get(spec.owner, spec.owner),
                likelihood=spec.likelihood,
                impact=spec.impact,
                identified_on=identified,
                review_on=day(spec.review),
            )
        )
        if spec.kind is m.RiskKind.RISK:
            risks += 1
        else:
            opportunities += 1
        for a in spec.actions:
            done = day(a.done) if a.done is not None and day(a.done) <= today else None
            s.add_action(
                risk_id,
                RiskActionFields(
                    description=a.description,
                    owner=owners.get(a.owner, a.owner),
                    due_on=day(a.due),
                    completed_on=done,
                ),
            )
            actions += 1
        for e in spec.evaluations:
            if day(e.on) > today:
                continue
            s.add_evaluation(
                risk_id,
                RiskEvaluationFields(
                    on=day(e.on),
                    effective=e.effective,
                    residual_likelihood=e.likelihood,
                    residual_impact=e.impact,
                    comment=e.comment,
                    next_review_on=day(e.next_review) if e.next_review is not None else None,
                ),
            )
            evaluations += 1
        if spec.closed is not None and day(spec.closed) <= today:
            s.close(risk_id, day(spec.closed))
    return [
        DemoCount("risks", "Rủi ro", risks),
        DemoCount("opportunities", "Cơ hội", opportunities),
        DemoCount("risk_actions", "Biện pháp xử lý rủi ro, cơ hội", actions),
        DemoCount("risk_evaluations", "Đánh giá hiệu lực biện pháp xử lý", evaluations),
    ]
