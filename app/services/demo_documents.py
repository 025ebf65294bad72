"""Demo data, part two: the TTHC catalogue, the document register and the legal documents.

Called by ``app.services.demo.fill_demo`` once the agency, its people and its QMS frame exist. The
whole set is first *planned* in memory (plain objects, a seeded ``random.Random``, dates derived from
``today``), then written:

- through the services' bulk write paths (``tthc.import_rows``, ``documents.write_many``,
  ``legal.write_many``): the same checks and row writers as the forms and the imports, one
  transaction per kind of record, for the commune (copy 1) and the scaled copies (``scale`` > 1,
  copies 2…N, used for benchmarks) alike.

The story: procedures issued in one batch before the first publication of conformity, a few TTHC
added over the years, a batch re-issue after the 1 July 2025 two-level reform (plus the TTHC devolved
from the districts), legal changes closed by later issues or "no change needed", and a few recent
provincial decisions whose updates are overdue, due soon, open or not yet in effect. Apart from
deliberately upcoming issues (issued already, effective later) and legal documents not yet in effect,
no date lies after ``today``.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.models import DocumentStatus, DocumentType, ImpactStatus, LegalKind
from app.services import dto
from app.services.areas import DemoCount
from app.services.text import add_months
from app.services.vocabulary import citation_date

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.services.demo import DemoContext

LEVEL = "Cấp xã"
PROVINCE = "tỉnh Hà Tĩnh"
PROVINCIAL_ISSUER = "Ủy ban nhân dân tỉnh Hà Tĩnh"
# Provincial departments were merged on this day (names of the managing department change).
DEPARTMENT_MERGER = date(2025, 3, 1)
# Same-day issues of one document merge into one issue, so do events closer than this.
MERGE_DAYS = 7


@dataclass(frozen=True)
class DocumentDemoSetting:
    """What the document part of the demo needs from the rest of it."""

    scale: int
    today: date
    first_year: int
    initial_on: date  # the first publication of conformity
    reform_on: date
    department_ids: Mapping[str, int]  # unit code (+ copy number from 2 on) -> department id
    preparer: str  # the Thư ký ISO
    reviewers: tuple[str, str]  # Phó Chủ tịch (culture/society/internal, economy/land)
    approver: str  # the Chủ tịch
    seed: int


# ---- the catalogue ------------------------------------------------------------------------------
#
# Flags of a TTHC (letters may combine):
#   ""  handled since the QMS was built (procedure issued in the first batch)
#   A   added later by a provincial decision (procedure issued some years later)
#   P   a provincial TTHC (code 1.1xxxxx), otherwise like A
#   R   devolved to the commune by the 1 July 2025 reform (procedure issued after it)
#   O   like R, and an older procedure under the former coding scheme is now obsolete
#   N   announced after the reform (procedure issued recently)
#   X   listed, but not in the commune's jurisdiction
#   U   in the jurisdiction, no procedure yet
#   D   in the jurisdiction, procedure still a draft


@dataclass(frozen=True)
class _Field:
    name: str
    abbrev: str  # in the procedure code "QT 01/CX-<abbrev>"
    unit: str  # department code of the owner
    economic: bool  # reviewed by the deputy for economy, land and construction
    agencies: tuple[str, str]  # provincial department managing the field, before / after the merger
    form_prefix: str  # the TTHC-specific form: "Tờ khai đăng ký khai sinh", "" for none
    tthc: tuple[tuple[str, str], ...]
    out_note: str = ""


_JUSTICE = ("Sở Tư pháp", "Sở Tư pháp")
_SOCIAL = ("Sở Lao động - Thương binh và Xã hội", "Sở Y tế")
_MERIT = ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ")

_FIELDS: tuple[_Field, ...] = (
    _Field(
        "Hộ tịch",
        "HT",
        "TPHT",
        False,
        _JUSTICE,
        "Tờ khai",
        (
            ("Đăng ký khai sinh", ""),
            ("Đăng ký kết hôn", ""),
            ("Đăng ký nhận cha, mẹ, con", ""),
            ("Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con", ""),
            ("Đăng ký khai tử", ""),
            ("Đăng ký khai sinh lưu động", ""),
            ("Đăng ký kết hôn lưu động", ""),
            ("Đăng ký khai tử lưu động", ""),
            ("Đăng ký giám hộ", "O"),
            ("Đăng ký chấm dứt giám hộ", ""),
            ("Thay đổi, cải chính, bổ sung thông tin hộ tịch", ""),
            ("Cấp Giấy xác nhận tình trạng hôn nhân", ""),
            ("Đăng ký lại khai sinh", ""),
            ("Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân", ""),
            ("Đăng ký lại kết hôn", ""),
            ("Đăng ký lại khai tử", ""),
            ("Cấp bản sao trích lục hộ tịch", ""),
            ("Đăng ký khai sinh có yếu tố nước ngoài", "R"),
            ("Đăng ký kết hôn có yếu tố nước ngoài", "R"),
            ("Đăng ký khai tử có yếu tố nước ngoài", "R"),
            (
                "Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
                "R",
            ),
            (
                "Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
                "A",
            ),
            (
                "Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, hỗ trợ chi phí mai táng",
                "A",
            ),
        ),
    ),
    _Field(
        "Chứng thực",
        "CT",
        "TPHT",
        False,
        _JUSTICE,
        "Phiếu yêu cầu",
        (
            (
                "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
                "",
            ),
            (
                "Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)",
                "",
            ),
            ("Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật", "R"),
            (
                "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
                "",
            ),
            ("Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", ""),
            ("Sửa lỗi sai sót trong hợp đồng, giao dịch", ""),
            ("Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", ""),
            ("Chứng thực di chúc", ""),
            ("Chứng thực văn bản từ chối nhận di sản", ""),
            (
                "Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở",
                "",
            ),
            ("Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở", ""),
        ),
    ),
    _Field(
        "Nuôi con nuôi",
        "NCN",
        "TPHT",
        False,
        _JUSTICE,
        "Tờ khai",
        (("Đăng ký việc nuôi con nuôi trong nước", ""), ("Đăng ký lại việc nuôi con nuôi trong nước", "")),
    ),
    _Field(
        "Hòa giải ở cơ sở",
        "HGCS",
        "TPHT",
        False,
        _JUSTICE,
        "Đơn đề nghị",
        (
            ("Công nhận hòa giải viên", ""),
            ("Công nhận tổ trưởng tổ hòa giải", ""),
            ("Thôi làm hòa giải viên", ""),
            ("Thanh toán thù lao cho hòa giải viên", ""),
            (
                "Thực hiện hỗ trợ khi hòa giải viên gặp tai nạn hoặc rủi ro ảnh hưởng đến sức khỏe, tính mạng trong khi thực hiện hoạt động hòa giải",
                "U",
            ),
        ),
    ),
    _Field(
        "Phổ biến, giáo dục pháp luật",
        "PBGDPL",
        "TPHT",
        False,
        _JUSTICE,
        "",
        (("Công nhận tuyên truyền viên pháp luật", ""), ("Cho thôi làm tuyên truyền viên pháp luật", "")),
    ),
    _Field(
        "Bồi thường nhà nước",
        "BTNN",
        "TPHT",
        False,
        _JUSTICE,
        "",
        (
            (
                "Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ gây thiệt hại",
                "",
            ),
        ),
    ),
    _Field(
        "Đất đai",
        "ĐĐ",
        "ĐCXD",
        True,
        ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
        "Đơn đề nghị",
        (
            ("Hòa giải tranh chấp đất đai", ""),
            (
                "Xác nhận tiếp tục sử dụng đất nông nghiệp của hộ gia đình, cá nhân khi hết thời hạn sử dụng đất",
                "A",
            ),
            (
                "Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất đối với hộ gia đình, cá nhân",
                "R",
            ),
            ("Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân", "R"),
            ("Gia hạn sử dụng đất nông nghiệp của hộ gia đình, cá nhân", "R"),
            (
                "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu",
                "R",
            ),
            ("Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất", "D"),
            ("Đăng ký biến động đất đai, tài sản gắn liền với đất", "X"),
            ("Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "X"),
            ("Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất", "X"),
            ("Đính chính Giấy chứng nhận đã cấp", "X"),
        ),
        "Thuộc thẩm quyền của Chi nhánh Văn phòng đăng ký đất đai; xã tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công.",
    ),
    _Field(
        "Xây dựng",
        "XD",
        "ĐCXD",
        True,
        ("Sở Xây dựng", "Sở Xây dựng"),
        "Đơn đề nghị",
        (
            ("Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "R"),
            ("Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ", "R"),
            ("Cấp giấy phép di dời đối với nhà ở riêng lẻ", "R"),
            ("Điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ", "R"),
            ("Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ", "R"),
            ("Cấp lại giấy phép xây dựng đối với nhà ở riêng lẻ", "R"),
        ),
    ),
    _Field(
        "Môi trường",
        "MT",
        "NNMT",
        True,
        ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
        "",
        (("Đăng ký môi trường", "R"), ("Tham vấn trong đánh giá tác động môi trường", "A")),
    ),
    _Field(
        "Nông nghiệp",
        "NN",
        "NNMT",
        True,
        ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"),
        "Đơn đề nghị",
        (
            ("Phê duyệt kế hoạch khuyến nông địa phương", ""),
            ("Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh", ""),
            ("Xác nhận bảng kê lâm sản", "A"),
            (
                "Hỗ trợ đầu tư xây dựng phát triển thủy lợi nhỏ, thủy lợi nội đồng và tưới tiên tiến, tiết kiệm nước",
                "R",
            ),
            ("Hỗ trợ phát triển sản xuất nông nghiệp theo Nghị quyết của Hội đồng nhân dân tỉnh", "P"),
            ("Hỗ trợ dự án liên kết sản xuất gắn với tiêu thụ sản phẩm nông nghiệp", "N"),
            (
                "Thẩm định, phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập trong quá trình thi công thuộc thẩm quyền của Ủy ban nhân dân cấp xã",
                "X",
            ),
            ("Đăng ký khai thác nước dưới đất", "X"),
        ),
        "Không phát sinh trên địa bàn xã (không có công trình đập, hồ chứa đang thi công; không có công trình khai thác nước dưới đất phải đăng ký).",
    ),
    _Field(
        "Thành lập và hoạt động của hộ kinh doanh",
        "HKD",
        "KT",
        True,
        ("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
        "Giấy đề nghị",
        (
            ("Đăng ký thành lập hộ kinh doanh", "R"),
            ("Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", "R"),
            ("Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh", "R"),
            ("Chấm dứt hoạt động hộ kinh doanh", "R"),
            ("Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", "U"),
        ),
    ),
    _Field(
        "Kinh tế hợp tác",
        "KTHT",
        "KT",
        True,
        ("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
        "",
        (
            ("Thông báo thành lập tổ hợp tác", "A"),
            ("Thông báo thay đổi tổ hợp tác", "A"),
            ("Thông báo chấm dứt hoạt động của tổ hợp tác", "A"),
        ),
    ),
    _Field(
        "Bảo trợ xã hội",
        "BTXH",
        "LĐTBXH",
        False,
        _SOCIAL,
        "Tờ khai",
        (
            (
                "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng",
                "",
            ),
            (
                "Chi trả trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng khi đối tượng thay đổi nơi cư trú",
                "",
            ),
            ("Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", ""),
            ("Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", ""),
            ("Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", ""),
            ("Đổi, cấp lại Giấy xác nhận khuyết tật", ""),
            ("Đăng ký hoạt động đối với cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó khăn", "R"),
            ("Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội", "X"),
        ),
        "Thuộc thẩm quyền của cơ sở trợ giúp xã hội cấp tỉnh; xã lập hồ sơ đề nghị.",
    ),
    _Field(
        "Giảm nghèo",
        "GN",
        "LĐTBXH",
        False,
        _MERIT,
        "Đơn đề nghị",
        (
            ("Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", ""),
            ("Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm", ""),
            (
                "Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình",
                "",
            ),
            (
                "Hỗ trợ kinh phí mua thẻ bảo hiểm y tế cho người thuộc hộ gia đình có mức sống trung bình theo chính sách của tỉnh",
                "P",
            ),
        ),
    ),
    _Field(
        "Trẻ em",
        "TE",
        "LĐTBXH",
        False,
        _SOCIAL,
        "",
        (
            (
                "Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc người gây tổn hại cho trẻ em",
                "",
            ),
            ("Chấm dứt việc chăm sóc thay thế cho trẻ em", ""),
            (
                "Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi và trẻ em có hoàn cảnh đặc biệt",
                "",
            ),
        ),
    ),
    _Field(
        "Người có công",
        "NCC",
        "LĐTBXH",
        False,
        _MERIT,
        "Đơn đề nghị",
        (
            ("Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", ""),
            (
                "Hỗ trợ người có công đi làm phương tiện, dụng cụ trợ giúp chỉnh hình; đi điều trị phục hồi chức năng",
                "",
            ),
            ("Giải quyết chế độ mai táng phí đối với cựu chiến binh", ""),
            ("Cấp giấy xác nhận thân nhân của người có công", ""),
            ("Đề nghị di chuyển hài cốt liệt sĩ; đề nghị thăm viếng mộ liệt sĩ", ""),
            ("Xác nhận vào đơn đề nghị di chuyển hài cốt liệt sĩ", ""),
            (
                "Giải quyết trợ cấp một lần đối với thân nhân khi người có công đang hưởng trợ cấp ưu đãi hằng tháng từ trần",
                "R",
            ),
        ),
    ),
    _Field(
        "Văn hóa",
        "VH",
        "VHXH",
        False,
        ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        "Đơn đề nghị",
        (
            ("Xét tặng danh hiệu Gia đình văn hóa hằng năm", ""),
            ("Xét tặng danh hiệu Thôn, Tổ dân phố văn hóa", ""),
            ("Thủ tục công nhận câu lạc bộ thể thao cơ sở", ""),
            ("Thủ tục thông báo tổ chức lễ hội cấp xã", ""),
            ("Thủ tục đăng ký tổ chức lễ hội cấp xã", ""),
            ("Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu từ 500 bản đến dưới 1.000 bản", "A"),
            ("Đăng ký hoạt động cơ sở tư vấn về phòng, chống bạo lực gia đình", "R"),
            ("Hỗ trợ xây dựng, sửa chữa nhà văn hóa thôn theo chính sách của tỉnh", "P"),
        ),
    ),
    _Field(
        "Thi đua - Khen thưởng",
        "TĐKT",
        "VP",
        False,
        ("Sở Nội vụ", "Sở Nội vụ"),
        "Báo cáo thành tích đề nghị",
        (
            ("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thực hiện nhiệm vụ chính trị", ""),
            ("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã cho gia đình", ""),
            (
                "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích thi đua theo đợt hoặc chuyên đề",
                "",
            ),
            ("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã về thành tích đột xuất", ""),
            ("Xét tặng danh hiệu Lao động tiên tiến", ""),
        ),
    ),
    _Field(
        "Giáo dục",
        "GD",
        "VHXH",
        False,
        ("Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
        "Tờ trình đề nghị",
        (
            ("Thành lập nhóm trẻ, lớp mẫu giáo độc lập", "R"),
            ("Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động giáo dục trở lại", "R"),
            ("Sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập", "R"),
            ("Giải thể nhóm trẻ, lớp mẫu giáo độc lập", "D"),
            (
                "Xét, duyệt chính sách hỗ trợ đối với học sinh bán trú đang học tại các trường tiểu học, trung học cơ sở ở xã, thôn đặc biệt khó khăn",
                "N",
            ),
            ("Cho phép cơ sở giáo dục khác thực hiện chương trình giáo dục tiểu học", "X"),
        ),
        "Trên địa bàn xã không có cơ sở giáo dục đề nghị thực hiện chương trình giáo dục tiểu học.",
    ),
    _Field(
        "Tín ngưỡng, tôn giáo",
        "TG",
        "VHXH",
        False,
        ("Sở Nội vụ", "Sở Dân tộc và Tôn giáo"),
        "Văn bản đề nghị",
        (
            ("Đăng ký hoạt động tín ngưỡng", ""),
            ("Đăng ký bổ sung hoạt động tín ngưỡng", ""),
            ("Đăng ký sinh hoạt tôn giáo tập trung", ""),
            (
                "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động tôn giáo ở một xã",
                "",
            ),
            (
                "Thông báo tổ chức quyên góp trong địa bàn một xã của cơ sở tín ngưỡng, tổ chức tôn giáo, tổ chức tôn giáo trực thuộc",
                "A",
            ),
            ("Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung trong địa bàn một xã", "U"),
        ),
    ),
    _Field(
        "Tiếp công dân, giải quyết khiếu nại, tố cáo",
        "KNTC",
        "VP",
        False,
        ("Thanh tra tỉnh", "Thanh tra tỉnh"),
        "",
        (
            ("Thủ tục tiếp công dân tại cấp xã", ""),
            ("Thủ tục xử lý đơn tại cấp xã", ""),
            ("Thủ tục giải quyết khiếu nại lần đầu tại cấp xã", ""),
            ("Thủ tục giải quyết tố cáo tại cấp xã", ""),
        ),
    ),
    _Field(
        "Nghĩa vụ quân sự",
        "QS",
        "QS",
        False,
        ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        "",
        (
            ("Đăng ký nghĩa vụ quân sự lần đầu", "A"),
            ("Đăng ký nghĩa vụ quân sự bổ sung", "A"),
            ("Đăng ký nghĩa vụ quân sự chuyển đi khi thay đổi nơi cư trú hoặc nơi làm việc, học tập", "A"),
        ),
    ),
)
_FIELD_BY_NAME = {f.name: f for f in _FIELDS}
# The one real code the domain brief quotes; the others are invented in the same format.
_KNOWN_CODES = {"Đăng ký khai sinh": "1.001193"}

# The TTHC whose procedure was abolished (not in the catalogue any more): an obsolete procedure.
_ABOLISHED = (
    "Nông nghiệp",
    "Quy trình đăng ký kê khai số lượng chăn nuôi tập trung và nuôi trồng thủy sản ban đầu",
)

# ---- internal procedures (code "QT-NB nn") with their forms (biểu mẫu) and guides ----------------


@dataclass(frozen=True)
class _Internal:
    key: str
    title: str
    forms: tuple[str, ...]
    guides: tuple[str, ...] = ()
    unit: str = "VP"


_INTERNAL: tuple[_Internal, ...] = (
    _Internal(
        "nb01",
        "Quy trình kiểm soát thông tin dạng văn bản",
        (
            "Phiếu đề nghị soạn thảo, sửa đổi tài liệu",
            "Danh mục tài liệu nội bộ",
            "Danh mục tài liệu có nguồn gốc bên ngoài",
            "Danh mục hồ sơ",
            "Sổ theo dõi phân phối tài liệu",
        ),
        ("Hướng dẫn mã hóa, trình bày tài liệu của Hệ thống quản lý chất lượng",),
    ),
    _Internal(
        "nb02",
        "Quy trình đánh giá nội bộ",
        (
            "Chương trình đánh giá nội bộ",
            "Kế hoạch đánh giá nội bộ",
            "Phiếu ghi chép đánh giá nội bộ",
            "Báo cáo kết quả đánh giá nội bộ",
        ),
    ),
    _Internal(
        "nb03",
        "Quy trình kiểm soát đầu ra không phù hợp",
        ("Phiếu theo dõi đầu ra không phù hợp", "Sổ theo dõi đầu ra không phù hợp"),
    ),
    _Internal(
        "nb04",
        "Quy trình hành động khắc phục",
        ("Phiếu yêu cầu hành động khắc phục", "Sổ theo dõi hành động khắc phục"),
    ),
    _Internal(
        "nb05",
        "Quy trình xem xét của lãnh đạo",
        (
            "Thông báo họp xem xét của lãnh đạo",
            "Báo cáo đầu vào xem xét của lãnh đạo",
            "Biên bản họp xem xét của lãnh đạo",
        ),
    ),
    _Internal(
        "nb06",
        "Quy trình quản lý văn bản đi - đến",
        ("Sổ đăng ký văn bản đến", "Sổ đăng ký văn bản đi", "Phiếu giải quyết văn bản đến"),
    ),
    _Internal(
        "nb07",
        "Quy trình đo lường sự hài lòng của người dân, tổ chức",
        ("Phiếu khảo sát ý kiến người dân, tổ chức", "Bảng tổng hợp kết quả khảo sát sự hài lòng"),
        ("Hướng dẫn đánh giá sự hài lòng qua thiết bị điện tử tại Trung tâm Phục vụ hành chính công",),
    ),
    _Internal(
        "nb08",
        "Quy trình quản lý rủi ro và cơ hội",
        ("Bảng nhận diện rủi ro và cơ hội", "Kế hoạch hành động giải quyết rủi ro và cơ hội"),
    ),
    _Internal(
        "nb09",
        "Quy trình tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức",
        ("Sổ theo dõi tiếp nhận, xử lý phản ánh, kiến nghị",),
    ),
    _Internal(
        "nb10",
        "Quy trình tiếp nhận hồ sơ, chuyển giao và trả kết quả giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông",
        (
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
            "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
            "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
            "Phiếu kiểm soát quá trình giải quyết hồ sơ",
            "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
            "Sổ theo dõi hồ sơ",
        ),
        unit="TTPVHCC",
    ),
)
# The TCVN ISO 9001:2008 generation (six documented procedures), obsolete since the 2015 transition.
_INTERNAL_2008: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Quy trình kiểm soát tài liệu",
        ("Phiếu đề nghị soạn thảo, sửa đổi tài liệu", "Danh mục tài liệu nội bộ"),
    ),
    ("Quy trình kiểm soát hồ sơ", ("Danh mục hồ sơ", "Sổ theo dõi hồ sơ lưu trữ")),
    (
        "Quy trình đánh giá chất lượng nội bộ",
        ("Chương trình đánh giá", "Phiếu ghi chép đánh giá", "Báo cáo đánh giá"),
    ),
    ("Quy trình kiểm soát sản phẩm không phù hợp", ("Phiếu theo dõi sản phẩm không phù hợp",)),
    ("Quy trình hành động khắc phục", ("Phiếu yêu cầu hành động khắc phục",)),
    ("Quy trình hành động phòng ngừa", ("Phiếu yêu cầu hành động phòng ngừa",)),
)
_OLD_RECORDS_PROCEDURE = "Quy trình kiểm soát hồ sơ"

# ---- texts of the changes --------------------------------------------------------------------------

_FIRST_ISSUE = "Ban hành lần đầu."
_FIRST_ISSUE_2015 = "Ban hành lần đầu khi chuyển đổi Hệ thống quản lý chất lượng sang TCVN ISO 9001:2015, thay thế các quy trình theo TCVN ISO 9001:2008."
_REFORM_CHANGE_INTERNAL = "Sửa đổi sau sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp: cập nhật tên các bộ phận, trách nhiệm thực hiện và hồ sơ cần lưu."
_FIRST_ISSUE_ADDED = "Ban hành lần đầu đối với thủ tục hành chính được bổ sung vào danh mục thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã."
_FIRST_ISSUE_REFORM = "Ban hành lần đầu: thủ tục hành chính được phân cấp, phân quyền về Ủy ban nhân dân cấp xã khi tổ chức chính quyền địa phương hai cấp từ ngày {reform}."
_FIRST_ISSUE_NEW = (
    "Ban hành lần đầu đối với thủ tục hành chính mới được Chủ tịch Ủy ban nhân dân tỉnh công bố."
)
_REFORM_CHANGE = "Sửa đổi sau sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp: cập nhật cơ quan giải quyết, nơi tiếp nhận hồ sơ (Trung tâm Phục vụ hành chính công xã) và trách nhiệm thực hiện từng bước."
_PERIODIC_TTHC = (
    "Rà soát định kỳ: cập nhật căn cứ pháp lý, chuẩn hóa biểu mẫu theo mẫu mới.",
    "Rút ngắn thời gian giải quyết theo phương án đơn giản hóa thủ tục hành chính của tỉnh.",
    "Bổ sung cách thức nộp hồ sơ trực tuyến và nhận kết quả qua dịch vụ bưu chính công ích.",
    "Điều chỉnh trách nhiệm thực hiện do thay đổi nhân sự; sửa lỗi trình bày.",
    "Cập nhật thành phần hồ sơ, phí, lệ phí theo quy định hiện hành.",
    "Bổ sung bước số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
)
_PERIODIC_INTERNAL = (
    "Cập nhật sau đánh giá nội bộ năm {year}: làm rõ trách nhiệm, bổ sung hồ sơ cần lưu.",
    "Sửa đổi theo kết luận cuộc họp xem xét của lãnh đạo năm {year}.",
    "Rà soát, tinh gọn các bước; cập nhật biểu mẫu kèm theo.",
)
_NO_CHANGE_REASONS = (
    "Văn bản không làm thay đổi trình tự, thời hạn giải quyết và thành phần hồ sơ của quy trình.",
    "Nội dung sửa đổi không liên quan đến thủ tục do Ủy ban nhân dân xã giải quyết.",
    "Quy trình hiện hành đã phù hợp; căn cứ pháp lý sẽ được cập nhật ở lần ban hành sau.",
    "Chỉ sửa đổi mẫu đơn, tờ khai; biểu mẫu kèm theo quy trình đã đúng mẫu mới.",
)
_FORM_FIRST = "Ban hành kèm theo {parent} (lần ban hành {issue:02d})."
_FORM_CHANGE = "Sửa đổi kèm theo {parent} lần ban hành {issue:02d}."


def _lcfirst(text: str) -> str:
    return text[:1].lower() + text[1:]


def _procedure_title(names: Sequence[str]) -> str:
    parts = [_lcfirst(n.removeprefix("Thủ tục ")) for n in names]
    return "Quy trình " + "; ".join(parts)


# ---- the plan ----------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Event:
    """One lần ban hành of one document."""

    issued: date
    effective: date
    summary: list[str]
    kind: str  # born | periodic | legal | reform | upcoming | parent
    closes: list[_Impact] = dataclasses.field(default_factory=list)
    db_id: int | None = None


@dataclass(eq=False)
class _Doc:
    code: str
    title: str
    doc_type: DocumentType
    field: str
    unit: str
    reviewer: str
    born: date | None  # first issue; None for a draft
    status: DocumentStatus = DocumentStatus.IN_FORCE
    parent: _Doc | None = None
    note: str = ""
    tthc_codes: tuple[str, ...] = ()
    key: str = ""  # internal procedures: "nb01"…
    names: tuple[str, ...] = ()  # TTHC procedures: the names of the TTHC it covers
    retired: date | None = None  # obsolete from that day
    events: list[_Event] = dataclasses.field(default_factory=list)
    db_id: int | None = None

    @property
    def is_procedure(self) -> bool:
        return self.doc_type in (DocumentType.TTHC_PROCEDURE, DocumentType.INTERNAL_PROCEDURE)

    @property
    def live(self) -> bool:
        """In force and issued: can be affected by a legal change and re-issued."""
        return self.status is DocumentStatus.IN_FORCE and self.born is not None

    @property
    def last_issued(self) -> date:
        return max(e.issued for e in self.events)


@dataclass(eq=False)
class _Legal:
    kind: LegalKind
    number: str
    title: str
    issuer: str
    issued: date | None
    effective: date | None
    label: str  # how a change summary cites it
    note: str = ""
    replaced_by: _Legal | None = None
    db_id: int | None = None


@dataclass(eq=False)
class _Impact:
    legal: _Legal
    doc: _Doc
    outcome: ImpactStatus
    reason: str = ""
    closed_on: date | None = None
    by_revision: _Event | None = None
    # Closed afterwards with LegalService.close_with_revision rather than while issuing.
    close_later: bool = False
    db_id: int | None = None


@dataclass
class _Plan:
    tthc: list[dto.TthcFields] = dataclasses.field(default_factory=list)
    docs: list[_Doc] = dataclasses.field(default_factory=list)
    legal: list[_Legal] = dataclasses.field(default_factory=list)  # this copy's own legal documents
    impacts: list[_Impact] = dataclasses.field(default_factory=list)


# ---- real legal documents (shared by every copy) -------------------------------------------------------


@dataclass(frozen=True)
class _RealLegal:
    key: str
    kind: LegalKind
    number: str
    title: str
    issuer: str
    issued: date | None
    effective: date | None
    label: str
    affects: tuple[str, ...]  # field names, "*TTHC", "*INTERNAL" or internal keys
    p_update: float = 0.8
    replaced_by: str = ""
    note: str = ""


_REAL_LEGAL: tuple[_RealLegal, ...] = (
    _RealLegal(
        "qd19",
        LegalKind.LAW,
        "19/2014/QĐ-TTg",
        "Quyết định về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
        "Thủ tướng Chính phủ",
        date(2014, 3, 5),
        date(2014, 4, 20),
        "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
        ("*INTERNAL",),
    ),
    _RealLegal(
        "tcvn",
        LegalKind.OTHER,
        "TCVN ISO 9001:2015",
        "Tiêu chuẩn quốc gia TCVN ISO 9001:2015 (ISO 9001:2015) Hệ thống quản lý chất lượng - Các yêu cầu",
        "Bộ Khoa học và Công nghệ",
        None,
        None,
        "TCVN ISO 9001:2015",
        (),
        note="Tài liệu bên ngoài: tiêu chuẩn áp dụng của Hệ thống quản lý chất lượng.",
    ),
    _RealLegal(
        "qd101",
        LegalKind.OTHER,
        "101/QĐ-BKHCN",
        "Quyết định ban hành Mô hình khung hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương",
        "Bộ Khoa học và Công nghệ",
        date(2019, 1, 21),
        date(2019, 1, 21),
        "Quyết định số 101/QĐ-BKHCN ngày 21/01/2019 của Bộ Khoa học và Công nghệ",
        ("*INTERNAL",),
        p_update=0.6,
    ),
    _RealLegal(
        "ht",
        LegalKind.LAW,
        "60/2014/QH13",
        "Luật Hộ tịch",
        "Quốc hội",
        date(2014, 11, 20),
        date(2016, 1, 1),
        "Luật Hộ tịch số 60/2014/QH13",
        ("Hộ tịch",),
    ),
    _RealLegal(
        "nd23",
        LegalKind.LAW,
        "23/2015/NĐ-CP",
        "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
        "Chính phủ",
        date(2015, 2, 16),
        date(2015, 4, 10),
        "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ",
        ("Chứng thực",),
    ),
    _RealLegal(
        "nd61",
        LegalKind.LAW,
        "61/2018/NĐ-CP",
        "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        "Chính phủ",
        date(2018, 4, 23),
        date(2018, 6, 21),
        "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ",
        ("*TTHC", "nb10"),
        replaced_by="nd118",
    ),
    _RealLegal(
        "nd118",
        LegalKind.LAW,
        "118/2025/NĐ-CP",
        "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
        "Chính phủ",
        date(2025, 6, 9),
        date(2025, 7, 1),
        "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ",
        ("*TTHC", "nb10"),
        p_update=0.95,
    ),
    _RealLegal(
        "nd30",
        LegalKind.LAW,
        "30/2020/NĐ-CP",
        "Nghị định về công tác văn thư",
        "Chính phủ",
        date(2020, 3, 5),
        date(2020, 3, 5),
        "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ",
        ("nb01", "nb06"),
    ),
    _RealLegal(
        "ld2013",
        LegalKind.LAW,
        "45/2013/QH13",
        "Luật Đất đai",
        "Quốc hội",
        date(2013, 11, 29),
        date(2014, 7, 1),
        "Luật Đất đai số 45/2013/QH13",
        ("Đất đai",),
        replaced_by="ld2024",
    ),
    _RealLegal(
        "ld2024",
        LegalKind.LAW,
        "31/2024/QH15",
        "Luật Đất đai",
        "Quốc hội",
        date(2024, 1, 18),
        date(2024, 8, 1),
        "Luật Đất đai số 31/2024/QH15",
        ("Đất đai",),
        p_update=1.0,
    ),
    _RealLegal(
        "nd131",
        LegalKind.LAW,
        "131/2021/NĐ-CP",
        "Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng",
        "Chính phủ",
        date(2021, 12, 30),
        date(2022, 2, 15),
        "Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ",
        ("Người có công",),
    ),
    _RealLegal(
        "tdkt",
        LegalKind.LAW,
        "06/2022/QH15",
        "Luật Thi đua, khen thưởng",
        "Quốc hội",
        date(2022, 6, 15),
        date(2024, 1, 1),
        "Luật Thi đua, khen thưởng số 06/2022/QH15",
        ("Thi đua - Khen thưởng",),
        p_update=1.0,
    ),
)


# ---- entry point ---------------------------------------------------------------------------------------


def fill_documents(ctx: DemoContext) -> list[DemoCount]:
    """Plan and write the catalogue, the documents and the legal documents of every copy."""
    setting = DocumentDemoSetting(
        scale=ctx.scale,
        today=ctx.today,
        first_year=ctx.first_year,
        initial_on=ctx.initial_on,
        reform_on=ctx.reform_on,
        department_ids=ctx.department_ids,
        preparer=ctx.secretary,
        reviewers=ctx.deputies,
        approver=ctx.chair,
        seed=ctx.seed * 31 + ctx.scale,
    )
    services = ctx.services
    planner = _Planner(setting)
    shared = planner.shared_legal()
    plans = [planner.plan_copy(k, shared) for k in range(1, setting.scale + 1)]
    # Through the services' bulk write paths: row by row through the forms' calls took seconds even
    # at scale 1.
    _write(services, plans, shared, setting)

    coverage = services.tthc.coverage()
    summary = services.legal.summary(today=setting.today)
    events = [e for p in plans for d in p.docs for e in d.events]
    docs = [d for p in plans for d in p.docs]
    return [
        DemoCount("tthc", "Thủ tục hành chính trong danh mục", coverage.total),
        DemoCount("tthc_in_jurisdiction", "TTHC thuộc thẩm quyền", coverage.in_jurisdiction),
        DemoCount("tthc_covered", "TTHC có quy trình đang hiệu lực", coverage.covered),
        DemoCount("documents", "Tài liệu (quy trình, biểu mẫu, hướng dẫn…)", len(docs)),
        DemoCount("procedures", "Quy trình", sum(d.is_procedure for d in docs)),
        DemoCount("forms", "Biểu mẫu", sum(d.doc_type is DocumentType.FORM for d in docs)),
        DemoCount("revisions", "Lần ban hành tài liệu", len(events)),
        DemoCount(
            "upcoming_revisions",
            "Lần ban hành sắp hiệu lực",
            sum(e.effective > setting.today for e in events),
        ),
        DemoCount(
            "legal_documents",
            "Văn bản pháp lý, tài liệu bên ngoài",
            len(shared) + sum(len(p.legal) for p in plans),
        ),
        DemoCount(
            "impacts",
            "Lượt quy trình cần cập nhật theo văn bản",
            summary.open + summary.updated + summary.no_change,
        ),
        DemoCount("impacts_open", "Cập nhật chưa thực hiện", summary.open),
        DemoCount("impacts_overdue", "Cập nhật quá hạn", summary.overdue),
    ]


# ---- planning ----------------------------------------------------------------------------------------


class _Planner:
    def __init__(self, setting: DocumentDemoSetting) -> None:
        self.s = setting
        self.today = setting.today
        self.rng = random.Random(setting.seed)
        self._codes: set[str] = set(_KNOWN_CODES.values())
        self._decision_numbers: dict[int, set[int]] = {}
        rng = self.rng
        # Procedures were issued in one batch some weeks before the first publication of conformity.
        self.initial_batch = setting.initial_on - timedelta(days=rng.randint(45, 100))
        # …and re-issued in one batch soon after the reform (the real commune example: 07/7/2025).
        self.reform_batch = self._past(setting.reform_on + timedelta(days=rng.randint(5, 20)))
        # A system built under TCVN ISO 9001:2008 moved to the 2015 edition by September 2018.
        self.transition = (
            date(2018, rng.randint(3, 8), rng.randint(1, 28)) if self.initial_batch.year < 2017 else None
        )

    # ---- helpers ----
    def _past(self, d: date) -> date:
        return min(d, self.today)

    def _between(self, low: date, high: date) -> date:
        if high <= low:
            return low
        return low + timedelta(days=self.rng.randint(0, (high - low).days))

    def _tthc_code(self, provincial: bool) -> str:
        while True:
            if provincial:
                code = f"1.1{self.rng.randint(0, 99999):05d}"
            else:
                prefix = self.rng.choice(("1.00", "1.00", "1.00", "1.01", "2.00", "1.03"))
                code = f"{prefix}{self.rng.randint(0, 9999):04d}"
            if code not in self._codes:
                self._codes.add(code)
                return code

    def _decision_number(self, day: date) -> str:
        """A provincial decision number: about eight decisions a day, numbers restarting each year."""
        used = self._decision_numbers.setdefault(day.year, set())
        n = day.timetuple().tm_yday * 8 + self.rng.randint(0, 7)
        while n in used:
            n += 1
        used.add(n)
        return f"{n}/QĐ-UBND"

    def _reviewer(self, fld: _Field | None) -> str:
        return self.s.reviewers[1] if fld is not None and fld.economic else self.s.reviewers[0]

    # ---- shared legal documents ----
    def shared_legal(self) -> list[_Legal]:
        """The real laws and standards, as far as they were issued by ``today``."""
        by_key: dict[str, _Legal] = {}
        for real in _REAL_LEGAL:
            if real.issued is not None and real.issued > self.today:
                continue
            by_key[real.key] = _Legal(
                kind=real.kind,
                number=real.number,
                title=real.title,
                issuer=real.issuer,
                issued=real.issued,
                effective=real.effective,
                label=real.label,
                note=real.note,
            )
        for real in _REAL_LEGAL:
            if real.key in by_key and real.replaced_by in by_key:
                by_key[real.key].replaced_by = by_key[real.replaced_by]
        return list(by_key.values())

    # ---- one copy of the commune's set ----
    def plan_copy(self, k: int, shared: Sequence[_Legal]) -> _Plan:
        plan = _Plan()
        suffix = "" if k == 1 else f"-{k}"
        unit_suffix = "" if k == 1 else str(k)
        rng = self.rng
        today = self.today
        reform = self.s.reform_on

        early = self.initial_batch + timedelta(days=180)
        late = reform - timedelta(days=60)
        new_low = self._past(self.reform_batch + timedelta(days=30))
        self._born = {
            "": self.initial_batch,
            "R": self.reform_batch,
            "O": self.reform_batch,
            "N": self._between(new_low, max(new_low, today - timedelta(days=25))),
        }

        # --- TTHC and their procedures
        for fld in _FIELDS:
            self._plan_field(plan, fld, k, suffix, unit_suffix, self._between(early, late))

        # The abolished TTHC's procedure (its TTHC is no longer listed).
        abolished_field = _FIELD_BY_NAME[_ABOLISHED[0]]
        count = sum(1 for d in plan.docs if d.field == abolished_field.name)
        retired = self._between(
            self.initial_batch + timedelta(days=200), max(self.initial_batch + timedelta(days=200), late)
        )
        abolished = _Doc(
            code=f"QT {count + 1:02d}/CX-{abolished_field.abbrev}{suffix}",
            title=_ABOLISHED[1],
            doc_type=DocumentType.TTHC_PROCEDURE,
            field=abolished_field.name,
            unit=abolished_field.unit + unit_suffix,
            reviewer=self._reviewer(abolished_field),
            born=self.initial_batch,
            status=DocumentStatus.OBSOLETE,
            retired=retired,
            note=f"Hết hiệu lực từ ngày {citation_date(retired)}: thủ tục hành chính bị bãi bỏ theo quyết định công bố của Chủ tịch Ủy ban nhân dân tỉnh.",
            tthc_codes=(self._tthc_code(False),),
        )
        abolished.events.append(self._event(self.initial_batch, [_FIRST_ISSUE], "born"))
        plan.docs.append(abolished)

        # --- forms of the TTHC procedures: the application form of each TTHC (the forms common to
        # every TTHC belong to the one-stop procedure QT-NB 10)
        for doc in [d for d in plan.docs if d.doc_type is DocumentType.TTHC_PROCEDURE and d.live]:
            prefix = _FIELD_BY_NAME[doc.field].form_prefix
            if not prefix or rng.random() < 0.05:
                continue
            for i, name in enumerate(doc.names, start=1):
                title = f"{prefix} {_lcfirst(name.removeprefix('Thủ tục '))}"
                plan.docs.append(self._child(doc, f"BM {i:02d}-{doc.code}", title, DocumentType.FORM))

        # --- internal procedures, their forms and guides
        guide_number = self._internal(plan, suffix, unit_suffix, late)
        online_guide = _Doc(
            code=f"HD {guide_number + 1:02d}{suffix}",
            title="Hướng dẫn tiếp nhận, số hóa hồ sơ và trả kết quả giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
            doc_type=DocumentType.GUIDE,
            field="",
            unit="TTPVHCC" + unit_suffix,
            reviewer=self.s.reviewers[0],
            born=self.reform_batch,
        )
        online_guide.events.append(self._event(self.reform_batch, [_FIRST_ISSUE], "born"))
        plan.docs.append(online_guide)

        # --- policy and plan documents
        plan.docs.extend(self._policy_documents(suffix, unit_suffix))

        # --- history: periodic reviews, legal changes, the reform
        self._periodic(plan)
        for legal in shared:
            real = next(r for r in _REAL_LEGAL if r.number == legal.number)
            targets = [d for d in plan.docs if self._affected(d, real.affects)]
            self._legal_change(plan, legal, targets, real.p_update)
        self._provincial_history(plan)
        self._reform(plan)
        for doc in plan.docs:
            self._merge(doc)
        # --- the recent legal changes (overdue, due soon, open, not yet in effect)
        self._recent(plan)
        for doc in plan.docs:
            doc.events.sort(key=lambda e: e.issued)
            if self.s.scale == 1:
                self._cap(doc, 4)
        # --- forms and guides follow their procedure
        for doc in plan.docs:
            if doc.parent is not None:
                self._follow_parent(doc)
        # --- obsolete documents retire after their last issue
        for doc in plan.docs:
            if doc.retired is not None:
                doc.events = [e for e in doc.events if e.issued < doc.retired] or doc.events[:1]
        return plan

    def _plan_field(
        self, plan: _Plan, fld: _Field, k: int, suffix: str, unit_suffix: str, added_on: date
    ) -> None:
        """The field's TTHC, and procedures for those in the jurisdiction: one to three TTHC of the
        same history per procedure, numbered "QT 01/CX-<field>", except the uncovered ones."""
        rng = self.rng
        number = 0
        group: list[tuple[str, str]] = []  # (name, code) waiting to share a procedure
        group_kind = ""
        firsts = {
            "": _FIRST_ISSUE,
            "A": _FIRST_ISSUE_ADDED,
            "P": _FIRST_ISSUE_ADDED,
            "R": _FIRST_ISSUE_REFORM.format(reform=citation_date(self.s.reform_on)),
            "O": _FIRST_ISSUE_REFORM.format(reform=citation_date(self.s.reform_on)),
            "N": _FIRST_ISSUE_NEW,
        }

        def procedure(names: Sequence[str], codes: Sequence[str], born: date | None) -> _Doc:
            nonlocal number
            number += 1
            return _Doc(
                code=f"QT {number:02d}/CX-{fld.abbrev}{suffix}",
                title=_procedure_title(names),
                doc_type=DocumentType.TTHC_PROCEDURE,
                field=fld.name,
                unit=fld.unit + unit_suffix,
                reviewer=self._reviewer(fld),
                born=born,
                tthc_codes=tuple(codes),
                names=tuple(names),
            )

        def flush() -> _Doc | None:
            nonlocal group, group_kind
            if not group:
                return None
            born = self._born.get(group_kind, added_on)
            doc = procedure([n for n, _ in group], [c for _, c in group], born)
            doc.events.append(self._event(born, [firsts[group_kind]], "born"))
            plan.docs.append(doc)
            group, group_kind = [], ""
            return doc

        for name, flags in fld.tthc:
            code = (_KNOWN_CODES.get(name) if k == 1 else None) or self._tthc_code("P" in flags)
            in_jurisdiction = "X" not in flags
            note = "" if in_jurisdiction else fld.out_note
            if "D" in flags:
                note = "Đang xây dựng quy trình giải quyết."
            plan.tthc.append(
                dto.TthcFields(
                    code=code,
                    name=name,
                    field=fld.name,
                    level=LEVEL,
                    in_jurisdiction=in_jurisdiction,
                    note=note,
                )
            )
            if not in_jurisdiction or "U" in flags:
                continue
            if "D" in flags:
                flush()
                draft = procedure([name], [code], None)
                draft.status = DocumentStatus.DRAFT
                draft.note = "Dự thảo, đang lấy ý kiến các bộ phận liên quan trước khi trình ban hành."
                plan.docs.append(draft)
                continue
            kind = next((f for f in ("A", "P", "R", "O", "N") if f in flags), "")
            size = rng.choices((1, 2, 3), weights=(75, 18, 7))[0]
            if group and (
                kind != group_kind or len(group) >= size or sum(len(n) for n, _ in group) + len(name) > 420
            ):
                flush()
            group.append((name, code))
            group_kind = kind
            if kind == "O":
                current = flush()
                assert current is not None
                plan.docs.append(self._old_scheme_procedure(current, fld, suffix, unit_suffix))
        flush()

    def _internal(self, plan: _Plan, suffix: str, unit_suffix: str, late: date) -> int:
        """Internal procedures with their forms and guides; returns the number of guides.

        A history that starts under TCVN ISO 9001:2008 keeps that generation's procedures as
        obsolete documents, replaced at the transition to TCVN ISO 9001:2015.
        """
        unit = "VP" + unit_suffix
        transition = self.transition
        start = transition or self.initial_batch
        if transition is not None:
            for number, (title, forms) in enumerate(_INTERNAL_2008, start=1):
                code = f"QT-ISO.{number:02d}{suffix}"
                old = _Doc(
                    code=code,
                    title=title,
                    doc_type=DocumentType.INTERNAL_PROCEDURE,
                    field="",
                    unit=unit,
                    reviewer=self.s.reviewers[0],
                    born=self.initial_batch,
                    status=DocumentStatus.OBSOLETE,
                    retired=transition,
                    note=f"Hết hiệu lực từ ngày {citation_date(transition)} khi chuyển đổi Hệ thống quản lý chất lượng sang TCVN ISO 9001:2015.",
                    key="iso2008",
                )
                old.events.append(self._event(self.initial_batch, [_FIRST_ISSUE], "born"))
                plan.docs.append(old)
                for i, form in enumerate(forms, start=1):
                    child = self._child(old, f"BM.{i:02d}/{code}", form, DocumentType.FORM)
                    child.status, child.retired = DocumentStatus.OBSOLETE, transition
                    plan.docs.append(child)
            records_retired = None
        else:
            records_retired = self._between(
                self.initial_batch + timedelta(days=150), max(self.initial_batch + timedelta(days=150), late)
            )
        guide_number = 0
        for number, spec in enumerate(_INTERNAL, start=1):
            code = f"QT-NB {number:02d}{suffix}"
            born = start
            first = _FIRST_ISSUE if transition is None else _FIRST_ISSUE_2015
            if spec.key == "nb03" and records_retired is not None:
                old = _Doc(
                    code=code,
                    title=_OLD_RECORDS_PROCEDURE,
                    doc_type=DocumentType.INTERNAL_PROCEDURE,
                    field="",
                    unit=unit,
                    reviewer=self.s.reviewers[0],
                    born=start,
                    status=DocumentStatus.OBSOLETE,
                    retired=records_retired,
                    note=f"Hết hiệu lực từ ngày {citation_date(records_retired)}: nội dung kiểm soát hồ sơ được hợp nhất vào QT-NB 01{suffix} Quy trình kiểm soát thông tin dạng văn bản; mã hiệu QT-NB 03{suffix} dùng cho Quy trình kiểm soát đầu ra không phù hợp.",
                    key="old-nb03",
                )
                old.events.append(self._event(start, [first], "born"))
                plan.docs.append(old)
                born = records_retired
                first = f"Ban hành lần đầu, thay thế {_OLD_RECORDS_PROCEDURE.lower()} cùng mã hiệu."
            doc = _Doc(
                code=code,
                title=spec.title,
                doc_type=DocumentType.INTERNAL_PROCEDURE,
                field="",
                unit=spec.unit + unit_suffix,
                reviewer=self.s.reviewers[0],
                born=born,
                key=spec.key,
            )
            doc.events.append(self._event(born, [first], "born"))
            plan.docs.append(doc)
            for i, title in enumerate(spec.forms, start=1):
                plan.docs.append(self._child(doc, f"BM {i:02d}/{code}", title, DocumentType.FORM))
            for title in spec.guides:
                guide_number += 1
                plan.docs.append(self._child(doc, f"HD {guide_number:02d}/{code}", title, DocumentType.GUIDE))
        return guide_number

    def _event(self, issued: date, summary: list[str], kind: str, effective: date | None = None) -> _Event:
        return _Event(issued=issued, effective=effective or issued, summary=summary, kind=kind)

    def _child(self, parent: _Doc, code: str, title: str, doc_type: DocumentType) -> _Doc:
        return _Doc(
            code=code,
            title=title,
            doc_type=doc_type,
            field=parent.field,
            unit=parent.unit,
            reviewer=parent.reviewer,
            born=parent.born,
            parent=parent,
        )

    def _old_scheme_procedure(self, current: _Doc, fld: _Field, suffix: str, unit_suffix: str) -> _Doc:
        """The procedure of ``current``'s TTHC under the coding scheme used before the reform."""
        number = self.rng.randint(3, 12)
        old = _Doc(
            code=f"QT {number:02d}/CX-TP{suffix}",
            title=current.title,
            doc_type=DocumentType.TTHC_PROCEDURE,
            field=fld.name,
            unit=fld.unit + unit_suffix,
            reviewer=self._reviewer(fld),
            born=self.initial_batch,
            status=DocumentStatus.OBSOLETE,
            retired=self.reform_batch,
            note=f"Hết hiệu lực từ ngày {citation_date(self.reform_batch)}: thay thế bởi {current.code} khi chuẩn hóa mã hiệu quy trình theo lĩnh vực sau sắp xếp đơn vị hành chính.",
            tthc_codes=current.tthc_codes,
        )
        old.events.append(self._event(self.initial_batch, [_FIRST_ISSUE], "born"))
        return old

    def _policy_documents(self, suffix: str, unit_suffix: str) -> list[_Doc]:
        s, rng, today = self.s, self.rng, self.today
        unit = "VP" + unit_suffix
        policy = _Doc(
            code=f"CSCL{suffix}",
            title="Chính sách chất lượng",
            doc_type=DocumentType.POLICY_PLAN,
            field="",
            unit=unit,
            reviewer=s.reviewers[0],
            born=s.initial_on,
            key="policy",
        )
        policy.events = [
            self._event(
                s.initial_on,
                ["Ban hành lần đầu kèm theo quyết định công bố Hệ thống quản lý chất lượng."],
                "born",
            ),
            self._event(
                s.reform_on,
                ["Ban hành lại sau khi sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp."],
                "reform",
            ),
        ]
        manual = _Doc(
            code=f"STCL{suffix}",
            title="Sổ tay chất lượng",
            doc_type=DocumentType.POLICY_PLAN,
            field="",
            unit=unit,
            reviewer=s.reviewers[0],
            born=self.initial_batch,
            key="manual",
        )
        manual.events = [self._event(self.initial_batch, [_FIRST_ISSUE], "born")]
        objectives = _Doc(
            code=f"MTCL{suffix}",
            title="Mục tiêu chất lượng và kế hoạch thực hiện mục tiêu chất lượng",
            doc_type=DocumentType.POLICY_PLAN,
            field="",
            unit=unit,
            reviewer=s.reviewers[0],
            born=s.initial_on,
            key="objectives",
        )
        objectives.events = [
            self._event(s.initial_on, [f"Ban hành mục tiêu chất lượng năm {s.initial_on.year + 1}."], "born")
        ]
        for year in range(max(s.initial_on.year + 2, today.year - 2), today.year + 1):
            day = date(year, 1, rng.randint(8, 25))
            if day <= today:
                objectives.events.append(
                    self._event(day, [f"Ban hành mục tiêu chất lượng năm {year}."], "objectives")
                )
        return [policy, manual, objectives]

    # ---- history ----
    def _periodic(self, plan: _Plan) -> None:
        """Reviews every few years, field by field (internal procedures after internal audits)."""
        rng = self.rng
        limit = min(self.s.reform_on - timedelta(days=90), self.today - timedelta(days=30))
        groups: dict[str, list[_Doc]] = {}
        for doc in plan.docs:
            if doc.is_procedure and doc.born is not None:
                groups.setdefault(doc.field or "*internal", []).append(doc)
        for name, docs in groups.items():
            start = min(d.born for d in docs if d.born is not None)
            step = add_months(start, rng.randint(18, 40))
            while step < limit:
                day = min(step + timedelta(days=rng.randint(-12, 12)), limit)
                summary = (
                    rng.choice(_PERIODIC_INTERNAL).format(year=day.year - 1)
                    if name == "*internal"
                    else rng.choice(_PERIODIC_TTHC)
                )
                for doc in docs:
                    # A document issued less than half a year ago is not reviewed yet.
                    if doc.born is not None and (day - doc.born).days > 180 and rng.random() < 0.65:
                        doc.events.append(self._event(day, [summary], "periodic"))
                step = add_months(step, rng.randint(24, 44))

    @staticmethod
    def _affected(doc: _Doc, affects: Sequence[str]) -> bool:
        if not doc.live or not doc.is_procedure:
            return False
        if doc.doc_type is DocumentType.TTHC_PROCEDURE:
            return "*TTHC" in affects or doc.field in affects
        return "*INTERNAL" in affects or doc.key in affects

    def _legal_change(self, plan: _Plan, legal: _Legal, targets: Sequence[_Doc], p_update: float) -> None:
        """Link ``targets`` issued before ``legal`` took effect; update most, close the rest unchanged."""
        eff = legal.effective
        if eff is None:
            return
        targets = [d for d in targets if d.born is not None and d.born < eff and not d.retired]
        if not targets:
            return
        today, rng = self.today, self.rng
        if self.reform_batch >= eff and (self.reform_batch - eff).days <= 100:
            update_day = self.reform_batch
        else:
            update_day = eff + timedelta(days=rng.randint(10, 75))
        for doc in targets:
            if rng.random() < p_update:
                if update_day > today:  # not done yet: still open
                    plan.impacts.append(_Impact(legal, doc, ImpactStatus.OPEN))
                    continue
                event = self._event(update_day, [f"Cập nhật theo {legal.label}."], "legal")
                impact = _Impact(legal, doc, ImpactStatus.UPDATED, by_revision=event)
                impact.close_later = rng.random() < 0.15
                event.closes.append(impact)
                doc.events.append(event)
                plan.impacts.append(impact)
            else:
                closed = eff + timedelta(days=rng.randint(5, 40))
                if closed > today:
                    plan.impacts.append(_Impact(legal, doc, ImpactStatus.OPEN))
                    continue
                plan.impacts.append(
                    _Impact(
                        legal,
                        doc,
                        ImpactStatus.NO_CHANGE,
                        reason=rng.choice(_NO_CHANGE_REASONS),
                        closed_on=closed,
                    )
                )

    def _provincial(
        self,
        plan: _Plan,
        fld: _Field,
        issued: date,
        effective: date,
        what: str = "mới ban hành, được sửa đổi, bổ sung, bị bãi bỏ",
    ) -> _Legal:
        agency = fld.agencies[0] if issued < DEPARTMENT_MERGER else fld.agencies[1]
        number = self._decision_number(issued)
        amended, repealed = self.rng.randint(1, 4), self.rng.randint(0, 2)
        legal = _Legal(
            kind=LegalKind.TTHC_DECISION,
            number=number,
            title=f"Quyết định công bố Danh mục thủ tục hành chính {what} trong lĩnh vực {fld.name} thuộc phạm vi chức năng quản lý của {agency} {PROVINCE}",
            issuer=PROVINCIAL_ISSUER,
            issued=issued,
            effective=effective,
            label=f"Quyết định số {number} ngày {citation_date(issued)} của Ủy ban nhân dân {PROVINCE}",
            note=f"Cấp xã: sửa đổi, bổ sung {amended:02d} thủ tục"
            + (f", bãi bỏ {repealed:02d} thủ tục." if repealed else "."),
        )
        plan.legal.append(legal)
        return legal

    def _provincial_history(self, plan: _Plan) -> None:
        """Provincial TTHC decisions over the years (one every three years or so), then the one
        announcing the commune's TTHC after the reform, which replaces the latest of them."""
        rng, reform = self.rng, self.s.reform_on
        first = self.initial_batch.year + 1
        latest: _Legal | None = None
        for year in range(first, reform.year, 3):
            effective = date(year, rng.randint(2, 11), rng.randint(1, 28))
            if effective >= reform - timedelta(days=30) or effective >= self.today:
                continue
            candidates = [f for f in _FIELDS if any(self._older(d, f.name, effective) for d in plan.docs)]
            if not candidates:
                continue
            fld = rng.choice(candidates)
            legal = self._provincial(plan, fld, effective - timedelta(days=rng.randint(0, 6)), effective)
            targets = [d for d in plan.docs if self._older(d, fld.name, effective)]
            self._legal_change(plan, legal, targets, 0.75)
            latest = legal
        fld = _FIELD_BY_NAME[rng.choice(("Bảo trợ xã hội", "Người có công", "Văn hóa"))]
        agency = fld.agencies[1] if reform >= DEPARTMENT_MERGER else fld.agencies[0]
        legal = self._provincial(plan, fld, reform - timedelta(days=rng.randint(3, 12)), reform)
        legal.title = (
            "Quyết định công bố Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã "
            f"sau sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp trong lĩnh vực {fld.name} "
            f"thuộc phạm vi chức năng quản lý của {agency} {PROVINCE}"
        )
        targets = [d for d in plan.docs if self._older(d, fld.name, reform)]
        self._legal_change(plan, legal, targets, 0.9)
        if latest is not None:
            latest.replaced_by = legal

    @staticmethod
    def _older(doc: _Doc, field_name: str, day: date) -> bool:
        """An in-force TTHC procedure of the field, issued before ``day``."""
        return (
            doc.field == field_name
            and doc.doc_type is DocumentType.TTHC_PROCEDURE
            and doc.live
            and doc.born is not None
            and doc.born < day
        )

    def _reform(self, plan: _Plan) -> None:
        """After the reform, most procedures (and the quality manual) were re-issued in one batch."""
        rng = self.rng
        summary = _REFORM_CHANGE
        for doc in plan.docs:
            if not doc.live or doc.born is None or doc.born >= self.s.reform_on or doc.parent is not None:
                continue
            if doc.key in ("policy", "objectives"):
                continue
            if doc.key == "manual" or (doc.is_procedure and rng.random() < 0.85):
                if doc.doc_type is DocumentType.TTHC_PROCEDURE:
                    text = summary
                elif doc.is_procedure:
                    text = _REFORM_CHANGE_INTERNAL
                else:
                    text = "Sửa đổi sau sắp xếp đơn vị hành chính: cập nhật bối cảnh, cơ cấu tổ chức và phạm vi áp dụng."
                doc.events.append(self._event(self.reform_batch, [text], "reform"))

    @staticmethod
    def _merge(doc: _Doc) -> None:
        """Events of one document within a few days make one issue, dated the latest of them (so
        every legal change it closes is already in effect)."""
        order = ("born", "reform", "legal", "periodic")
        events = sorted(doc.events, key=lambda e: (e.issued, order.index(e.kind) if e.kind in order else 9))
        merged: list[_Event] = []
        for event in events:
            prev = merged[-1] if merged else None
            if (
                prev is not None
                and prev.kind != "born"
                and event.kind != "born"
                and (event.issued - prev.issued).days < MERGE_DAYS
            ):
                prev.issued = max(prev.issued, event.issued)
                prev.effective = max(prev.effective, event.effective)
                for text in event.summary:
                    if text not in prev.summary:
                        prev.summary.append(text)
                prev.closes.extend(event.closes)
                for impact in event.closes:
                    impact.by_revision = prev
                if event.kind in ("legal", "reform"):
                    prev.kind = event.kind
                continue
            merged.append(event)
        doc.events = merged

    @staticmethod
    def _cap(doc: _Doc, limit: int) -> None:
        """At scale 1, at most ``limit`` issues: drop routine reviews that closed nothing."""
        while len(doc.events) > limit:
            routine = [e for e in doc.events if e.kind == "periodic" and not e.closes]
            if not routine:
                return
            doc.events.remove(routine[0])

    def _pick(
        self,
        plan: _Plan,
        n: int,
        fld: str,
        *,
        born_before: date,
        last_before: date | None = None,
        exclude: set[int],
    ) -> list[_Doc]:
        """Up to ``n`` in-force TTHC procedures, preferably of ``fld``."""

        def ok(d: _Doc) -> bool:
            return (
                d.doc_type is DocumentType.TTHC_PROCEDURE
                and d.live
                and d.born is not None
                and d.born < born_before
                and id(d) not in exclude
                and (last_before is None or d.last_issued < last_before)
            )

        preferred = [d for d in plan.docs if ok(d) and d.field == fld]
        others = [d for d in plan.docs if ok(d) and d.field != fld]
        chosen = self.rng.sample(preferred, min(n, len(preferred)))
        if len(chosen) < n:
            chosen += self.rng.sample(others, min(n - len(chosen), len(others)))
        exclude.update(id(d) for d in chosen)
        return chosen

    def _recent(self, plan: _Plan) -> None:
        """Provincial decisions of the last months: updates overdue, due soon, open, upcoming."""
        rng, today = self.rng, self.today
        used: set[int] = set()
        choice = {f.name for f in _FIELDS}

        def pick_field(preferred: str) -> _Field:
            name = preferred if preferred in choice else rng.choice(sorted(choice))
            choice.discard(name)
            return _FIELD_BY_NAME[name]

        def open_impacts(legal: _Legal, docs: Sequence[_Doc]) -> None:
            plan.impacts.extend(_Impact(legal, d, ImpactStatus.OPEN) for d in docs)

        # Overdue: in effect for four to five and a half months, deadline three months.
        eff = today - timedelta(days=rng.randint(125, 170))
        fld = pick_field("Hộ tịch")
        legal = self._provincial(plan, fld, eff - timedelta(days=rng.randint(0, 5)), eff)
        updated = self._pick(plan, 1, fld.name, born_before=eff, exclude=used)
        for doc in updated:
            day = self._between(eff + timedelta(days=20), today - timedelta(days=15))
            event = self._event(day, [f"Cập nhật theo {legal.label}."], "legal")
            impact = _Impact(legal, doc, ImpactStatus.UPDATED, by_revision=event)
            event.closes.append(impact)
            doc.events.append(event)
            plan.impacts.append(impact)
        open_impacts(legal, self._pick(plan, 3, fld.name, born_before=eff, last_before=eff, exclude=used))

        # Due soon: the deadline falls within the next three weeks.
        eff = add_months(today, -3) + timedelta(days=rng.randint(5, 20))
        fld = pick_field("Bảo trợ xã hội")
        legal = self._provincial(plan, fld, eff - timedelta(days=rng.randint(0, 5)), eff)
        docs = self._pick(plan, 3, fld.name, born_before=eff, last_before=eff, exclude=used)
        open_impacts(legal, docs[:2])
        for doc in docs[2:]:
            plan.impacts.append(
                _Impact(
                    legal,
                    doc,
                    ImpactStatus.NO_CHANGE,
                    reason=rng.choice(_NO_CHANGE_REASONS),
                    closed_on=self._between(eff + timedelta(days=3), today),
                )
            )

        # Open, not yet due; one procedure already re-issued, effective in a few weeks (upcoming).
        eff = today - timedelta(days=rng.randint(20, 40))
        fld = pick_field("Đất đai")
        legal = self._provincial(plan, fld, eff - timedelta(days=rng.randint(0, 5)), eff)
        docs = self._pick(
            plan, 3, fld.name, born_before=eff, last_before=today - timedelta(days=10), exclude=used
        )
        for doc in docs[:1]:
            effective = today + timedelta(days=rng.randint(8, 30))
            event = self._event(
                today - timedelta(days=rng.randint(0, 6)),
                [f"Cập nhật theo {legal.label}; áp dụng từ ngày {citation_date(effective)}."],
                "upcoming",
                effective,
            )
            impact = _Impact(legal, doc, ImpactStatus.UPDATED, by_revision=event)
            event.closes.append(impact)
            doc.events.append(event)
            plan.impacts.append(impact)
        open_impacts(legal, docs[1:])

        # Not yet in effect: one procedure re-issued to take effect the same day, one still open.
        eff = today + timedelta(days=rng.randint(15, 45))
        issued = today - timedelta(days=rng.randint(3, 12))
        fld = pick_field("Chứng thực")
        legal = self._provincial(plan, fld, issued, eff)
        docs = self._pick(
            plan, 2, fld.name, born_before=issued, last_before=today - timedelta(days=10), exclude=used
        )
        for doc in docs[:1]:
            event = self._event(
                today - timedelta(days=rng.randint(0, 2)),
                [f"Cập nhật theo {legal.label}; áp dụng từ ngày {citation_date(eff)}."],
                "upcoming",
                eff,
            )
            impact = _Impact(legal, doc, ImpactStatus.UPDATED, by_revision=event)
            impact.close_later = True
            event.closes.append(impact)
            doc.events.append(event)
            plan.impacts.append(impact)
        open_impacts(legal, docs[1:])

        eff = today + timedelta(days=rng.randint(30, 75))
        fld = pick_field("Giáo dục")
        legal = self._provincial(plan, fld, today - timedelta(days=rng.randint(1, 8)), eff)
        open_impacts(legal, self._pick(plan, 2, fld.name, born_before=today, exclude=used))

    def _follow_parent(self, doc: _Doc) -> None:
        """A form or guide is issued with its procedure, and re-issued with some of its later issues."""
        parent = doc.parent
        assert parent is not None
        if not parent.events:
            return
        doc.born = parent.events[0].issued
        events = [
            self._event(
                parent.events[0].issued,
                [_FORM_FIRST.format(parent=parent.code, issue=1)],
                "born",
                parent.events[0].effective,
            )
        ]
        for issue, event in enumerate(parent.events[1:], start=2):
            if self.rng.random() < 0.6:
                events.append(
                    self._event(
                        event.issued,
                        [_FORM_CHANGE.format(parent=parent.code, issue=issue)],
                        "parent",
                        event.effective,
                    )
                )
        doc.events = events


# ---- writing through the services ---------------------------------------------------------------


def _write(
    services: Services, plans: Sequence[_Plan], shared: Sequence[_Legal], setting: DocumentDemoSetting
) -> None:
    """Write every copy through the services' bulk write paths (the same checks and row writers a
    form or an import uses; one transaction per kind of record)."""
    services.tthc.import_rows([t for plan in plans for t in plan.tthc], [])

    # Parents first, so that children can name them by their position in the batch.
    docs = [
        d
        for children in (False, True)
        for plan in plans
        for d in plan.docs
        if (d.parent is not None) is children
    ]
    position = {id(d): i for i, d in enumerate(docs)}
    writes = []
    for doc in docs:
        writes.append(
            dto.DocumentWrite(
                fields=dto.DocumentFields(
                    code=doc.code,
                    title=doc.title,
                    doc_type=doc.doc_type,
                    field=doc.field,
                    department_id=setting.department_ids.get(doc.unit),
                    status=doc.status,
                    note=doc.note,
                    tthc_codes=tuple(dict.fromkeys(doc.tthc_codes)),
                ),
                revisions=tuple(
                    dto.RevisionFields(
                        issue_number=issue,
                        issued_on=event.issued,
                        effective_on=event.effective,
                        change_summary="\n".join(event.summary),
                        prepared_by=setting.preparer,
                        reviewed_by=doc.reviewer,
                        approved_by=setting.approver,
                    )
                    for issue, event in enumerate(doc.events, start=1)
                ),
                parent_index=position[id(doc.parent)] if doc.parent is not None else None,
            )
        )
    for doc, outcome in zip(docs, services.documents.write_many(writes), strict=True):
        assert outcome.status == "added", (doc.code, outcome.status)
        doc.db_id = outcome.id
        for issue, event in enumerate(doc.events, start=1):
            event.db_id = outcome.revision_ids[issue]

    legal_docs = [*shared, *(legal for plan in plans for legal in plan.legal)]
    index = {id(legal): i for i, legal in enumerate(legal_docs)}
    impacts: dict[int, list[dto.ImpactWrite]] = {}
    for plan in plans:
        for impact in plan.impacts:
            assert impact.doc.db_id is not None
            revision = impact.by_revision
            impacts.setdefault(id(impact.legal), []).append(
                dto.ImpactWrite(
                    document_id=impact.doc.db_id,
                    status=impact.outcome,
                    revision_id=revision.db_id if revision is not None else None,
                    reason=impact.reason,
                    closed_on=impact.closed_on,
                )
            )
    ids = services.legal.write_many(
        [
            dto.LegalWrite(
                fields=dto.LegalFields(
                    kind=legal.kind,
                    number=legal.number,
                    title=legal.title,
                    issuer=legal.issuer,
                    issued_on=legal.issued,
                    effective_on=legal.effective,
                    note=legal.note,
                ),
                impacts=tuple(impacts.get(id(legal), ())),
                replaced_by_index=index[id(legal.replaced_by)] if legal.replaced_by is not None else None,
            )
            for legal in legal_docs
        ]
    )
    for legal, legal_id in zip(legal_docs, ids, strict=True):
        legal.db_id = legal_id


__all__ = ["DocumentDemoSetting", "fill_documents"]
