"""The built-in checklist template (phiếu đánh giá mẫu) of an internal audit: questions organised by the
clauses 4–10 of TCVN ISO 9001:2015, worded for a public agency that receives and settles administrative
procedures (TTHC) at a one-stop shop (Bộ phận Một cửa).

The agency edits it and saves its own copy (``AuditService.save_template``); this list is what
"Khôi phục mẫu mặc định" brings back. Each question is one line of a checklist: the auditor writes
the evidence seen and the result next to it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TemplateQuestion:
    """One question of the template: the ISO 9001:2015 clause it checks ("7.5.3") and its text."""

    clause: str
    question: str


def _q(clause: str, question: str) -> TemplateQuestion:
    return TemplateQuestion(clause, question)


BUILT_IN_TEMPLATE: tuple[TemplateQuestion, ...] = (
    # ---- 4. Bối cảnh của tổ chức ------------------------------------------------------------------
    _q(
        "4.1",
        "Cơ quan đã xác định các vấn đề bên ngoài và nội bộ ảnh hưởng đến khả năng đạt được kết quả dự kiến "
        "của Hệ thống quản lý chất lượng chưa? Các vấn đề này có được theo dõi, xem xét định kỳ không?",
    ),
    _q(
        "4.2",
        "Nhu cầu và mong đợi của người dân, tổ chức và các bên quan tâm (cơ quan cấp trên, cơ quan phối hợp) "
        "đã được xác định và cập nhật chưa?",
    ),
    _q(
        "4.3",
        "Phạm vi áp dụng Hệ thống quản lý chất lượng đã được xác định bằng văn bản, bao gồm đầy đủ các thủ tục "
        "hành chính thuộc thẩm quyền giải quyết và các hoạt động nội bộ chưa?",
    ),
    _q(
        "4.3",
        "Khi danh mục thủ tục hành chính thay đổi, phạm vi áp dụng có được rà soát và công bố lại (nếu cần) "
        "không?",
    ),
    _q(
        "4.4",
        "Các quá trình của Hệ thống quản lý chất lượng, trình tự và sự tương tác giữa các quá trình, trách "
        "nhiệm và nguồn lực cho từng quá trình đã được xác định chưa?",
    ),
    _q(
        "4.4",
        "Mỗi thủ tục hành chính thuộc phạm vi áp dụng đã có quy trình giải quyết được ban hành và đang áp "
        "dụng chưa?",
    ),
    # ---- 5. Sự lãnh đạo --------------------------------------------------------------------------------
    _q(
        "5.1.1",
        "Lãnh đạo cơ quan có trực tiếp chỉ đạo việc áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng "
        "(ban hành kế hoạch, bố trí nguồn lực, chủ trì họp xem xét của lãnh đạo) không?",
    ),
    _q(
        "5.1.2",
        "Lãnh đạo cơ quan có chỉ đạo bảo đảm các yêu cầu của người dân, tổ chức và yêu cầu của pháp luật "
        "được xác định, đáp ứng; sự hài lòng của người dân, tổ chức được duy trì, nâng cao không?",
    ),
    _q(
        "5.2",
        "Chính sách chất lượng đã được ban hành, phù hợp với chức năng, nhiệm vụ của cơ quan, được phổ biến "
        "đến cán bộ, công chức và niêm yết, đăng tải chưa?",
    ),
    _q(
        "5.2.2",
        "Cán bộ, công chức được phỏng vấn có hiểu chính sách chất lượng và phần việc của mình trong việc thực "
        "hiện chính sách không?",
    ),
    _q(
        "5.3",
        "Trách nhiệm, quyền hạn của Ban chỉ đạo ISO, Thư ký ISO và các bộ phận đối với Hệ thống quản lý chất "
        "lượng đã được phân công bằng văn bản và cập nhật khi thay đổi nhân sự chưa?",
    ),
    _q(
        "5.3",
        "Việc phân công cán bộ, công chức tiếp nhận, thẩm định, giải quyết hồ sơ thủ tục hành chính có rõ "
        "ràng và được phổ biến trong bộ phận không?",
    ),
    # ---- 6. Hoạch định -----------------------------------------------------------------------------------
    _q(
        "6.1",
        "Rủi ro và cơ hội của các quá trình, nhất là quá trình giải quyết thủ tục hành chính, đã được nhận "
        "diện, đánh giá và có kế hoạch hành động giải quyết chưa?",
    ),
    _q(
        "6.1.2",
        "Các hành động giải quyết rủi ro, cơ hội có được thực hiện đúng kế hoạch và đánh giá hiệu lực không?",
    ),
    _q(
        "6.2.1",
        "Mục tiêu chất lượng năm đã được thiết lập cho cơ quan và các bộ phận, nhất quán với chính sách chất "
        "lượng, đo lường được và được phổ biến chưa?",
    ),
    _q(
        "6.2.2",
        "Kế hoạch thực hiện mục tiêu chất lượng có xác định rõ công việc, nguồn lực, người chịu trách nhiệm, "
        "thời hạn và cách đánh giá kết quả không?",
    ),
    _q(
        "6.2.1",
        "Kết quả thực hiện mục tiêu chất lượng có được đo lường, theo dõi định kỳ không? Mục tiêu không đạt "
        "có được phân tích nguyên nhân và có biện pháp xử lý không?",
    ),
    _q(
        "6.3",
        "Các thay đổi đối với Hệ thống quản lý chất lượng (quy trình, tổ chức bộ máy, nhân sự) có được hoạch "
        "định và thực hiện có kiểm soát không?",
    ),
    # ---- 7. Hỗ trợ ---------------------------------------------------------------------------------------
    _q(
        "7.1.3",
        "Cơ sở hạ tầng (trụ sở, Bộ phận Một cửa, máy tính, đường truyền, phần mềm một cửa điện tử, dịch vụ "
        "công trực tuyến) có đáp ứng yêu cầu tiếp nhận, giải quyết hồ sơ và được bảo trì không?",
    ),
    _q(
        "7.1.4",
        "Môi trường làm việc tại Bộ phận Một cửa có thuận tiện cho người dân, tổ chức (chỗ ngồi chờ, niêm yết "
        "thủ tục hành chính, hòm thư góp ý) không?",
    ),
    _q(
        "7.1.5",
        "Các phương tiện theo dõi, đo lường (phiếu khảo sát, sổ theo dõi, phần mềm thống kê hồ sơ) có cho "
        "kết quả tin cậy và được kiểm soát không?",
    ),
    _q(
        "7.2",
        "Năng lực cần thiết của cán bộ, công chức làm công việc ảnh hưởng đến chất lượng đã được xác định; "
        "cán bộ, công chức có được đào tạo, bồi dưỡng và có lưu hồ sơ đào tạo không?",
    ),
    _q(
        "7.2",
        "Các thành viên Đoàn đánh giá nội bộ đã được đào tạo về TCVN ISO 9001:2015 và kỹ năng đánh giá chưa?",
    ),
    _q(
        "7.3",
        "Cán bộ, công chức có nhận thức được chính sách chất lượng, mục tiêu chất lượng liên quan, đóng góp "
        "của mình và hậu quả của việc không tuân thủ quy trình không?",
    ),
    _q(
        "7.4",
        "Việc trao đổi thông tin nội bộ và với người dân, tổ chức về Hệ thống quản lý chất lượng (nội dung, "
        "thời điểm, đối tượng, cách thức) đã được xác định và thực hiện chưa?",
    ),
    _q(
        "7.5.2",
        "Tài liệu của Hệ thống quản lý chất lượng có được xem xét, phê duyệt trước khi ban hành và có mã "
        "hiệu, lần ban hành, ngày hiệu lực rõ ràng không?",
    ),
    _q(
        "7.5.3",
        "Tài liệu đang sử dụng tại bộ phận có đúng lần ban hành hiện hành không? Tài liệu hết hiệu lực có "
        "được thu hồi hoặc đánh dấu để tránh sử dụng nhầm không?",
    ),
    _q(
        "7.5.3",
        "Văn bản quy phạm pháp luật, quyết định công bố thủ tục hành chính có được cập nhật, và các quy trình "
        "liên quan có được sửa đổi kịp thời khi văn bản thay đổi không?",
    ),
    _q(
        "7.5.3",
        "Hồ sơ giải quyết thủ tục hành chính và hồ sơ của Hệ thống quản lý chất lượng có được lưu trữ đầy "
        "đủ, dễ truy tìm và bảo quản đúng thời hạn quy định không?",
    ),
    # ---- 8. Thực hiện ------------------------------------------------------------------------------------
    _q(
        "8.1",
        "Công việc có được thực hiện đúng quy trình đã ban hành (trình tự, biểu mẫu, thời gian, trách nhiệm) "
        "không?",
    ),
    _q(
        "8.2.1",
        "Thủ tục hành chính (thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí, biểu mẫu) có được niêm yết "
        "đầy đủ, đúng quy định tại Bộ phận Một cửa và trên Cổng dịch vụ công không?",
    ),
    _q(
        "8.2.2",
        "Hồ sơ có được kiểm tra tính đầy đủ, hợp lệ khi tiếp nhận; hồ sơ chưa đầy đủ có được hướng dẫn bổ sung "
        "một lần bằng phiếu hướng dẫn không?",
    ),
    _q(
        "8.2.3",
        "Giấy tiếp nhận hồ sơ và hẹn trả kết quả có ghi đúng thời hạn giải quyết theo quy định không?",
    ),
    _q(
        "8.4",
        "Các quá trình, dịch vụ do bên ngoài cung cấp (dịch vụ bưu chính công ích, phần mềm, cơ quan phối hợp "
        "giải quyết liên thông) có được xác định và kiểm soát không?",
    ),
    _q(
        "8.5.1",
        "Hồ sơ thủ tục hành chính có được giải quyết, trả kết quả đúng hẹn không? Hồ sơ quá hạn có văn bản xin "
        "lỗi và hẹn lại ngày trả kết quả không?",
    ),
    _q(
        "8.5.1",
        "Việc theo dõi quá trình giải quyết hồ sơ (sổ theo dõi, phiếu kiểm soát quá trình, phần mềm một cửa "
        "điện tử) có được cập nhật đầy đủ, kịp thời không?",
    ),
    _q(
        "8.5.3",
        "Giấy tờ, tài liệu của người dân, tổ chức trong thời gian giải quyết có được giữ gìn, bảo quản và trả "
        "lại đầy đủ không?",
    ),
    _q(
        "8.7",
        "Kết quả giải quyết có sai sót hoặc không đúng quy định có được nhận biết, kiểm soát, khắc phục và lưu "
        "hồ sơ không?",
    ),
    # ---- 9. Đánh giá kết quả hoạt động ----------------------------------------------------------------------
    _q(
        "9.1.1",
        "Cơ quan đã xác định những gì cần theo dõi, đo lường (tiến độ giải quyết hồ sơ, mục tiêu chất lượng, "
        "sự hài lòng), phương pháp và thời điểm thực hiện chưa?",
    ),
    _q(
        "9.1.2",
        "Việc khảo sát sự hài lòng của người dân, tổ chức có được thực hiện định kỳ; kết quả có được tổng hợp, "
        "phân tích không?",
    ),
    _q(
        "9.1.2",
        "Phản ánh, kiến nghị của người dân, tổ chức có được tiếp nhận, xử lý, trả lời đúng thời hạn và lưu hồ "
        "sơ không?",
    ),
    _q(
        "9.1.3",
        "Số liệu về kết quả giải quyết thủ tục hành chính (đúng hạn, quá hạn), mục tiêu chất lượng, sự hài "
        "lòng có được phân tích, đánh giá làm đầu vào cho xem xét của lãnh đạo không?",
    ),
    _q(
        "9.2",
        "Chương trình đánh giá nội bộ năm đã được lập; cuộc đánh giá gần nhất có bao quát đủ phạm vi và bảo "
        "đảm chuyên gia không đánh giá công việc của chính mình không?",
    ),
    _q(
        "9.2.2",
        "Kết quả đánh giá nội bộ có được báo cáo lãnh đạo; các điểm không phù hợp có được khắc phục kịp thời "
        "không?",
    ),
    _q(
        "9.3",
        "Cuộc họp xem xét của lãnh đạo có được tổ chức theo kế hoạch, có đủ các đầu vào theo mục 9.3.2 và có "
        "biên bản không?",
    ),
    _q(
        "9.3.3",
        "Đầu ra của xem xét của lãnh đạo (cải tiến, thay đổi Hệ thống quản lý chất lượng, nhu cầu nguồn lực) "
        "có được giao trách nhiệm, thời hạn và theo dõi thực hiện không?",
    ),
    # ---- 10. Cải tiến ----------------------------------------------------------------------------------------
    _q(
        "10.1",
        "Cơ quan có xác định và thực hiện các cơ hội cải tiến (ứng dụng công nghệ thông tin, đơn giản hóa thủ "
        "tục, rút ngắn thời gian giải quyết) không?",
    ),
    _q(
        "10.2.1",
        "Khi có sự không phù hợp (kể cả từ phản ánh, kiến nghị và hồ sơ quá hạn), có thực hiện sự khắc phục, "
        "xác định nguyên nhân gốc rễ và hành động khắc phục không?",
    ),
    _q(
        "10.2.1",
        "Có xem xét sự không phù hợp tương tự đã hoặc có thể xảy ra ở bộ phận khác không; khi cần, rủi ro, cơ "
        "hội và Hệ thống quản lý chất lượng có được cập nhật không?",
    ),
    _q(
        "10.2.2",
        "Hiệu lực của hành động khắc phục có được kiểm tra, xác nhận và lưu hồ sơ trên phiếu yêu cầu hành "
        "động khắc phục không?",
    ),
    _q(
        "10.3",
        "Kết quả phân tích, đánh giá và đầu ra của xem xét của lãnh đạo có được sử dụng để cải tiến thường "
        "xuyên Hệ thống quản lý chất lượng không?",
    ),
)


def main_clause(clause: str) -> int | None:
    """The top-level clause of "7.5.3" (7); None when it does not start with a number."""
    head = clause.strip().split(".", 1)[0]
    return int(head) if head.isdigit() else None
