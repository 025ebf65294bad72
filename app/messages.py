"""Vietnamese messages for the services' error codes — one catalogue for the GUI and the command line.

Qt-free on purpose: the CLI prints these, the GUI shows them. Placeholders are ``{name}`` fields
filled from the error's parameters.
"""

from __future__ import annotations

from typing import Any

from app.services.errors import DomainError, FieldError, ValidationError

MESSAGES: dict[str, str] = {
    # generic field problems
    "field.required": "Cần nhập thông tin này.",
    "field.too_long": "Dài quá {limit} ký tự.",
    "field.bad_email": "Địa chỉ thư điện tử không hợp lệ.",
    "field.not_found": "Mục đã chọn không còn trong dữ liệu.",
    "date.out_of_range": "Ngày không hợp lệ (năm phải từ 1945 đến 2100).",
    "date.bad_day_month": "Ngày/tháng không có thật (ví dụ 15/06).",
    "validation": "Thông tin chưa hợp lệ ({count} chỗ cần sửa). Xem các dòng báo đỏ.",
    "not_found": "Không tìm thấy bản ghi (có thể đã bị xóa).",
    "ui.bad_date": "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2026.",
    # agency
    "agency.bad_abbreviation": "Chữ viết tắt chỉ gồm chữ in hoa và chữ số, không dấu cách, không dấu “/” (ví dụ UBND).",
    "agency.too_many_signing_lines": "Thẩm quyền ký tối đa {limit} dòng.",
    "agency.already_set_up": "Thông tin cơ quan đã được khai báo.",
    "agency.not_set_up": "Chưa khai báo thông tin cơ quan.",
    "leader.head_exists": "Đã có người đứng đầu ({name}). Mỗi cơ quan chỉ có một người đứng đầu.",
    "deadline.wrong_year": "Hạn phải thuộc năm {year}.",
    "deadline.annual_before_six_month": "Hạn báo cáo năm phải sau hạn báo cáo 6 tháng.",
    # organization
    "department.duplicate_name": "Đã có bộ phận “{name}”.",
    "department.in_use": "Bộ phận “{name}” còn {count} cán bộ nên không xóa được. Hãy chuyển cán bộ sang bộ phận khác hoặc đánh dấu ngừng sử dụng.",
    "person.in_use": "“{name}” đã có tên trong Ban chỉ đạo ISO nên không xóa được. Hãy đánh dấu ngừng công tác.",
    # QMS frame
    "steering.no_members": "Ban chỉ đạo ISO cần có ít nhất một thành viên.",
    "steering.one_head": "Ban chỉ đạo ISO phải có đúng một Trưởng ban (hiện có {count}).",
    "steering.duplicate_person": "Một người chỉ được ghi một lần trong Ban chỉ đạo.",
    "decision.duplicate_number": "Số “{number}” đã được dùng cho một quyết định khác trong năm {year}.",
    "version.duplicate_date": "Đã có một phiên bản hiệu lực từ ngày này.",
    "publication.initial_exists": "Đã có quyết định công bố lần đầu (số {number}). Lần sau hãy chọn “Công bố lại”.",
    # data directory and database
    "lock.held": "Dữ liệu đang được mở để ghi bởi {program} (người dùng {user}, máy {host}, tiến trình {pid}, từ {since}). Hãy đóng chương trình đó rồi thử lại.",
    "db.too_new": "Cơ sở dữ liệu {path} được tạo bởi phiên bản Thư ký ISO mới hơn (phiên bản dữ liệu {revision}). Hãy cài phiên bản mới nhất; dữ liệu được giữ nguyên.",
    "db.foreign": "Tệp {path} không phải cơ sở dữ liệu của Thư ký ISO.",
    "db.damaged": "Cơ sở dữ liệu {path} bị hỏng ({detail}). Hãy khôi phục từ bản sao lưu.",
    "db.integrity": "Kiểm tra toàn vẹn dữ liệu không đạt: {detail}",
    "db.upgrade_needs_lock": "Cơ sở dữ liệu cần nâng cấp nhưng đang được mở bởi {program}. Hãy đóng chương trình đó rồi thử lại.",
    "datadir.not_writable": "Không ghi được vào thư mục dữ liệu {path}: {detail}",
    "datadir.missing": "Thư mục dữ liệu {path} không tồn tại.",
    "datadir.no_database": "Thư mục dữ liệu {path} chưa có dữ liệu (không có tệp thuky-iso.sqlite3).",
    "db.outdated": "Cơ sở dữ liệu {path} ở phiên bản dữ liệu {revision}, cũ hơn phiên bản {head} của chương trình; cần nâng cấp (tự làm, có sao lưu trước, khi mở bằng giao diện).",
    "demo.not_empty": "Thư mục dữ liệu đã có dữ liệu; lệnh demo chỉ chạy trên dữ liệu trống.",
    "demo.bad_scale": "Hệ số nhân dữ liệu mẫu phải từ {low} đến {high}.",
    # backup / restore
    "backup.write_failed": "Không ghi được tệp sao lưu {path}: {detail}",
    "backup.read_failed": "Không đọc được tệp sao lưu {path}: {detail}",
    "backup.restore_failed": "Không khôi phục được dữ liệu từ {path}: {detail}. Dữ liệu cũ đã được sao lưu trong thư mục backups.",
    "backup.not_found": "Không tìm thấy tệp {path}.",
    "backup.not_zip": "Tệp {path} không phải tệp sao lưu của Thư ký ISO (không đọc được dạng nén zip).",
    "backup.no_manifest": "Tệp {path} thiếu phần mô tả (manifest.json) nên không phải bản sao lưu hợp lệ.",
    "backup.bad_manifest": "Phần mô tả của tệp sao lưu {path} không hợp lệ: {detail}",
    "backup.missing_member": "Tệp sao lưu thiếu {member}.",
    "backup.checksum_mismatch": "Tệp sao lưu bị hỏng: {member} không khớp mã kiểm tra.",
    "backup.db_damaged": "Cơ sở dữ liệu trong tệp sao lưu bị hỏng: {detail}",
    "backup.db_foreign": "Cơ sở dữ liệu trong tệp sao lưu không phải của Thư ký ISO.",
    "backup.db_too_new": "Tệp sao lưu được tạo bởi phiên bản Thư ký ISO mới hơn (phiên bản dữ liệu {revision}); phiên bản này không mở được.",
    "backup.unsafe_member": "Tệp sao lưu chứa đường dẫn không an toàn: {member}.",
    "backup.inside_data_dir": "Không lưu bản sao lưu vào thư mục dữ liệu {data_dir}: hãy chọn thư mục khác (ví dụ Tài liệu, ổ USB hoặc ổ mạng).",
    "backup.wrong_extension": "Tên tệp {path} không có đuôi .zip: hãy đặt tên tệp sao lưu kết thúc bằng .zip.",
    # attachments
    "attachment.not_found": "Không tìm thấy tệp {path}.",
    "attachment.too_big": "Tệp {path} lớn quá {limit_mb} MB.",
    "attachment.copy_failed": "Không sao chép được tệp {path}: {detail}",
    "attachment.missing_file": "Tệp “{name}” không còn trong thư mục dữ liệu (có thể đã bị xóa bằng tay). Hãy khôi phục từ bản sao lưu hoặc đính kèm lại.",
    # documents
    "document.duplicate_code": "Mã hiệu “{doc_code}” đã dùng cho tài liệu đang hiệu lực “{title}”.",
    "document.parent_not_allowed": "Chỉ biểu mẫu hoặc hướng dẫn mới thuộc một quy trình.",
    "document.parent_self": "Tài liệu không thể thuộc chính nó.",
    "document.parent_not_procedure": "Tài liệu cha phải là một quy trình.",
    "document.has_revisions": "Tài liệu {doc_code} đã ban hành {count} lần nên không xóa được; hãy chuyển sang “Hết hiệu lực”.",
    "document.obsolete": "Tài liệu {doc_code} đã hết hiệu lực; không ban hành thêm được.",
    "revision.bad_issue_number": "Lần ban hành phải là số từ 1 đến 999.",
    "revision.effective_before_issue": "Ngày hiệu lực không được trước ngày ban hành.",
    "revision.issue_not_increasing": "Lần ban hành phải lớn hơn lần trước ({previous}).",
    "revision.duplicate_issue": "Đã có lần ban hành số {number}.",
    # TTHC catalogue
    "tthc.bad_code": "Mã TTHC “{tthc_code}” không đúng dạng (một chữ số, dấu chấm, sáu chữ số; ví dụ 1.001193).",
    "tthc.duplicate_code": "Mã TTHC {tthc_code} đã có trong danh mục.",
    # legal documents
    "legal.bad_months": "Thời hạn cập nhật phải từ 1 đến 36 tháng.",
    "legal.bad_days": "Số ngày báo trước phải từ 0 đến 365.",
    "legal.effective_before_issue": "Ngày hiệu lực không được trước ngày ban hành.",
    "legal.replaced_by_self": "Văn bản không thể thay thế chính nó.",
    "impact.not_procedure": "Chỉ quy trình mới cần cập nhật theo văn bản pháp lý ({doc_code} không phải quy trình).",
    "impact.other_document": "Lần ban hành được chọn thuộc một tài liệu khác.",
    "impact.revision_too_early": "Lần ban hành này có hiệu lực trước văn bản {number} (hiệu lực {effective}) nên chưa phản ánh thay đổi đó.",
    "impact.already_closed": "Việc cập nhật này đã xong; muốn ghi nhận lại, hãy mở lại trước.",
    "impact.not_closed": "Việc cập nhật này đang mở, không có gì để mở lại.",
    "workflow.reason_required": "Cần ghi lý do.",
    "impact.no_revision_yet": "Quy trình {doc_code} chưa có lần ban hành nào hiệu lực từ {effective} trở đi. Hãy ban hành lần mới ở trang Tài liệu rồi đánh dấu ở đây.",
    # quality objectives and the annual plan
    "objective.bad_target": "Chỉ tiêu phải là một số (ví dụ 98 hoặc 0).",
    "objective.bad_value": "Giá trị đo phải là một số.",
    "objective.bad_period": "Kỳ đo phải từ 1 đến {count}.",
    "objective.frequency_has_measurements": "Mục tiêu đã có {count} kết quả đo theo tần suất cũ; hãy xóa các kết quả đó trước khi đổi tần suất.",
    "document_meta.number_only": "Chỉ nhập số văn bản (ví dụ 05); phần ký hiệu như /KH-UBND được ghép tự động.",
    "document_meta.too_many_recipients": "Nơi nhận tối đa {limit} dòng.",
    "document_meta.too_many_lines": "Tối đa {limit} dòng.",
    "plan.exists": "Năm {year} đã có kế hoạch.",
    "plan.missing": "Năm {year} chưa có kế hoạch.",
    "plan.bad_quarter": "Chọn quý từ I đến IV.",
    "plan.completed_but_open": "Chỉ ghi ngày hoàn thành khi nhiệm vụ đã hoàn thành.",
    "rollover.year_not_empty": "Năm {year} đã có mục tiêu chất lượng hoặc kế hoạch; không sao chép đè lên.",
    "rollover.nothing_to_copy": "Năm {year} chưa có mục tiêu chất lượng hay kế hoạch để sao chép.",
    # ---- import (messages added by the import work go here) ----
    "import.not_found": "Không tìm thấy tệp {path}.",
    "import.xls": "Tệp {name} là bảng tính Excel 97–2003 (.xls), dạng này không đọc được. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) dạng “Excel Workbook (*.xlsx)” rồi nhập tệp .xlsx đó.",
    "import.encrypted": "Tệp {name} được đặt mật khẩu nên không đọc được. Hãy mở tệp bằng Excel, bỏ mật khẩu rồi lưu lại dạng .xlsx.",
    "import.bad_extension": "Chỉ nhập được bảng tính .xlsx hoặc .csv (tệp đã chọn: {name}).",
    "import.unreadable": "Không đọc được tệp {name}: tệp bị hỏng hoặc không phải bảng tính .xlsx ({detail}). Hãy mở tệp bằng Excel và lưu lại dạng .xlsx.",
    "import.bad_encoding": "Tệp {name} không phải văn bản UTF-8. Trong Excel hãy lưu dạng “CSV UTF-8 (Comma delimited)” hoặc lưu thành .xlsx.",
    "import.empty": "Tệp {name} không có dữ liệu.",
    "import.no_header": "Không tìm thấy dòng tiêu đề của bảng trong tệp {name}: cần có các cột {columns}. Có thể tệp không phải loại danh mục đang nhập; hãy xem tệp mẫu (nút “Tải mẫu…”).",
    "import.bad_kind": "Không có loại danh mục “{kind}” (chọn tthc hoặc documents).",
    "import.template_failed": "Không ghi được tệp mẫu {path}: {detail}",
    "import.apply_failed": "Không ghi được dữ liệu nhập ({detail}); chưa có dòng nào được ghi.",
    "import.missing_code": "Thiếu {column}.",
    "import.missing_value": "Thiếu {column}.",
    "import.bad_code": "Mã TTHC “{raw}” không đúng dạng (một chữ số, dấu chấm, sáu chữ số; ví dụ 1.001193).",
    "import.bad_linked_code": "Cột Mã TTHC có mã “{raw}” không đúng dạng (một chữ số, dấu chấm, sáu chữ số; ví dụ 1.001193).",
    "import.duplicate_in_file": "Mã {value} đã có ở dòng {first_row} của tệp; dòng này bị bỏ qua.",
    "import.invalid": "{column}: {detail}",
    "import.bad_doc_type": "Loại tài liệu “{value}” không nhận ra (ghi một trong: Quy trình TTHC, Quy trình nội bộ, Biểu mẫu, Hướng dẫn, Chính sách, kế hoạch).",
    "import.bad_status": "Trạng thái “{value}” không nhận ra (ghi một trong: Đang hiệu lực, Dự thảo, Hết hiệu lực).",
    "import.bad_issue": "Lần ban hành “{value}” không phải số nguyên từ 1 đến 999.",
    "import.bad_date": "{column} “{value}” không đọc được (ghi dạng ngày/tháng/năm, ví dụ 05/01/2026).",
    "import.missing_dates": "Lần ban hành {issue} chưa có Ngày ban hành hay Ngày hiệu lực.",
    "import.issue_older": "Lần ban hành {issue} cũ hơn lần ban hành mới nhất ({latest}) của tài liệu {doc_code}; dòng này không được nhập.",
    "import.obsolete_document": "Tài liệu {doc_code} đã hết hiệu lực; không thêm lần ban hành được.",
    "import.unknown_department": "Bộ phận “{name}” chưa có trong danh sách bộ phận; tài liệu được nhập không ghi bộ phận chủ trì.",
    # ---- export (messages added by the export work go here) ----
    "export.no_plan": "Năm {year} chưa có Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng; hãy lập kế hoạch trước khi in.",
    "export.no_objectives": "Năm {year} chưa có mục tiêu chất lượng nào; hãy nhập mục tiêu trước khi in kế hoạch thực hiện.",
    "export.bad_document": "Không có văn bản “{kind}” để xuất (xem danh sách bằng lệnh export --kinds).",
    "export.bad_kind": "Không có danh mục “{kind}” (chọn internal: tài liệu nội bộ, hoặc external: tài liệu bên ngoài).",
    "export.bad_format": "Không xuất được dạng “{format}” (chọn pdf, docx hoặc xlsx).",
    "export.format_not_offered": "Văn bản “{kind}” chỉ xuất được dạng {formats}.",
    "export.year_needed": "Văn bản “{kind}” cần năm (--year).",
    "export.record_not_found": "Không có {what} số {number} năm {year}.",
    "export.no_record": "Chưa có {what} nào để xuất.",
    "export.write_failed": "Không ghi được tệp {path}: {detail}. Kiểm tra thư mục còn ghi được và tệp không đang mở trong Excel hay trình đọc PDF.",
    "export.font_missing": "Thiếu phông chữ để in ({path}): {detail}. Hãy cài lại chương trình.",
    "export.inside_data_dir": "Không lưu tệp xuất vào thư mục dữ liệu {data_dir}: hãy chọn thư mục khác (ví dụ Tài liệu hoặc Màn hình nền).",
    "export.wrong_extension": "Tên tệp {path} không có đuôi .{format}: hãy đặt tên tệp kết thúc bằng .{format}.",
    # ---- corrective actions (ca.*): added by the corrective-action service
    "ca.needs_description": "Cần mô tả sự không phù hợp trước khi phân tích nguyên nhân.",
    "ca.needs_department": "Cần chọn bộ phận có sự không phù hợp trước khi phân tích nguyên nhân.",
    "ca.needs_found_by": "Cần ghi người phát hiện trước khi phân tích nguyên nhân.",
    "ca.needs_found_on": "Cần ghi ngày phát hiện trước khi phân tích nguyên nhân.",
    "ca.needs_root_cause": "Cần ghi nguyên nhân gốc trước khi triển khai thực hiện.",
    "ca.needs_action": "Cần ít nhất một hành động khắc phục (chưa hủy) có người thực hiện và hạn hoàn thành.",
    "ca.action_incomplete": "Hành động thứ {line} chưa có người thực hiện hoặc hạn hoàn thành.",
    "ca.needs_new_action": "Lần kiểm tra trước kết luận chưa hiệu quả: cần thêm hành động khắc phục mới (chưa hoàn thành) trước khi triển khai lại.",
    "ca.actions_open": "Còn {count} hành động chưa hoàn thành.",
    "ca.actions_done": "Mọi hành động đã hoàn thành.",
    "ca.finding_taken": "Phát hiện của phiếu này đã được phiếu số {number} xử lý; không mở lại phiếu đã hủy được. Hãy bỏ liên kết ở một trong hai phiếu trước.",
    "ca.not_new": "Chỉ phiếu mới lập mới chuyển sang phân tích nguyên nhân.",
    "ca.not_analysing": "Chỉ phiếu đang phân tích nguyên nhân mới triển khai thực hiện được.",
    "ca.not_in_progress": "Phiếu không ở trạng thái đang thực hiện.",
    "ca.not_verifying": "Chỉ kiểm tra hiệu lực khi mọi hành động đã hoàn thành (phiếu chờ kiểm tra hiệu lực).",
    "ca.not_open": "Phiếu đã đóng hoặc đã hủy.",
    "ca.not_closed": "Phiếu chưa đóng, không có gì để mở lại.",
    "ca.not_cancelled": "Phiếu chưa bị hủy.",
    "ca.not_done": "Phiếu đang được xử lý, không cần mở lại.",
    "ca.closed_read_only": "Phiếu {number} đã đóng nên không sửa được. Muốn sửa, hãy mở lại phiếu (kèm lý do).",
    "ca.cancelled_read_only": "Phiếu {number} đã hủy nên không sửa được. Muốn sửa, hãy mở lại phiếu (kèm lý do).",
    "ca.delete_not_new": "Chỉ xóa được phiếu mới lập (chưa phân tích). Phiếu đã xử lý thì hủy kèm lý do.",
    "ca.delete_has_findings": "Phiếu đang gắn với phát hiện nên không xóa được. Hãy bỏ liên kết phát hiện trước, hoặc hủy phiếu kèm lý do.",
    "ca.delete_has_source": "Phiếu đang gắn với hồ sơ nguồn nên không xóa được. Hãy bỏ nguồn trước, hoặc hủy phiếu kèm lý do.",
    "ca.year_fixed": "Phiếu {number} thuộc năm {year}: ngày lập phải trong năm {year} (số phiếu không đổi).",
    "ca.raised_in_future": "Ngày lập phiếu không được sau hôm nay.",
    "ca.bad_source_type": "Loại hồ sơ nguồn “{source_type}” không có trong phần mềm.",
    "ca.source_incomplete": "Hồ sơ nguồn cần có cả loại và bản ghi cụ thể.",
    "ca.found_after_raised": "Ngày phát hiện không được sau ngày lập phiếu.",
    "ca.due_before_raised": "Hạn hoàn thành không được trước ngày lập phiếu.",
    "ca.finding_closed": "Phát hiện đã được đóng không cần hành động khắc phục (ngày {on}); muốn lập phiếu, hãy mở lại phát hiện trước.",
    "ca.finding_has_request": "Phát hiện đã có phiếu yêu cầu hành động khắc phục số {number}; mỗi phát hiện chỉ có một phiếu đang hiệu lực.",
    "ca.action_cancelled": "Hành động đã hủy; muốn ghi hoàn thành, hãy bỏ hủy trước.",
    "ca.last_action": "Phiếu đang thực hiện cần ít nhất một hành động chưa hủy. Hãy thêm hành động khác trước.",
    "ca.verified_in_future": "Ngày kiểm tra hiệu lực không được sau hôm nay.",
    "ca.verified_before_completion": "Ngày kiểm tra hiệu lực không được trước ngày hoàn thành hành động cuối cùng ({date}).",
    "ca.date_in_future": "Ngày không được sau hôm nay.",
    "ca.date_before_raised": "Ngày không được trước ngày lập phiếu ({raised}).",
    "ca.date_before_last_move": "Ngày không được trước lần chuyển trạng thái gần nhất ({last}).",
    "ca.completed_in_future": "Ngày hoàn thành không được sau hôm nay.",
    "ca.completed_before_raised": "Ngày hoàn thành không được trước ngày lập phiếu ({raised}).",
    "ca.action_due_before_raised": "Hạn của hành động không được trước ngày lập phiếu ({raised}).",
    # ---- audits, findings, inspections (audit.*, finding.*, inspection.*): added by their services
    "audit.bad_month": "Tháng phải từ 1 đến 12.",
    "audit.programme_scope_required": "Cần ghi phạm vi (bộ phận, quá trình) được đánh giá.",
    "audit.programme_other_year": "Cuộc đánh giá đã chọn không thuộc năm {year}.",
    "audit.end_before_start": "Ngày kết thúc không được trước ngày bắt đầu.",
    "audit.report_before_start": "Ngày báo cáo không được trước ngày bắt đầu đánh giá.",
    "audit.bad_number": "Số cuộc đánh giá là một số (ví dụ 01); để trống thì phần mềm tự đánh số tiếp theo.",
    "audit.number_other_year": "Số cuộc đánh giá phải thuộc năm {year} (năm của ngày bắt đầu).",
    "audit.duplicate_number": "Năm {year} đã có cuộc đánh giá số {number}.",
    "audit.in_programme_of_year": "Cuộc đánh giá nằm trong chương trình đánh giá năm {year}; không chuyển sang năm khác được. Hãy bỏ liên kết trong chương trình trước.",
    "audit.has_requests": "Cuộc đánh giá có phát hiện đã lập phiếu yêu cầu hành động khắc phục số {number} nên không xóa được.",
    "audit.leader_required": "Cần chọn Trưởng đoàn.",
    "audit.schedule_date_required": "Cần nhập ngày.",
    "audit.schedule_outside": "Ngày phải trong thời gian đánh giá (từ {start} đến {end}).",
    "audit.bad_time": "Giờ không hợp lệ: nhập theo dạng giờ:phút, ví dụ 08:00.",
    "audit.time_order": "Giờ kết thúc không được trước giờ bắt đầu.",
    "audit.schedule_needs_target": "Cần chọn bộ phận hoặc ghi quá trình được đánh giá.",
    "audit.own_department": "Dòng {line}: {name} được phân công đánh giá chính bộ phận của mình ({department}). Chuyên gia đánh giá không nên đánh giá công việc của mình; nên đổi người đánh giá.",
    "audit.own_department_lines": "Có chuyên gia được phân công đánh giá chính bộ phận của mình (các dòng tô màu trong lịch đánh giá).",
    "audit.no_leader": "Chưa chọn Trưởng đoàn đánh giá.",
    "audit.no_schedule": "Chưa lập lịch đánh giá.",
    "audit.no_checklist": "Chưa có câu hỏi nào trong phiếu đánh giá.",
    "audit.auditor_not_in_team": "Lịch đánh giá có người đánh giá không thuộc đoàn đánh giá.",
    "audit.template_empty": "Mẫu phiếu đánh giá cần có ít nhất một câu hỏi.",
    "finding.one_source": "Phát hiện phải thuộc đúng một cuộc đánh giá nội bộ hoặc một cuộc kiểm tra của cấp trên.",
    "finding.recommendation_of_inspection": "Kiến nghị chỉ dùng cho phát hiện của cuộc kiểm tra của cấp trên.",
    "finding.nc_type_required": "Điểm không phù hợp cần chọn mức độ: nặng hoặc nhẹ.",
    "finding.has_request": "Phát hiện đã có phiếu yêu cầu hành động khắc phục số {number} nên không xóa hay bỏ được.",
    "finding.has_live_request": "Phát hiện đã có phiếu yêu cầu hành động khắc phục số {number}; không cần đóng riêng.",
    "finding.close_in_future": "Ngày đóng không được sau hôm nay.",
    "finding.close_before_found": "Ngày đóng không được trước ngày phát hiện ({found}).",
    "finding.no_action_needed": "Chỉ điểm không phù hợp và kiến nghị mới cần hành động khắc phục hoặc đóng kèm lý do.",
    "finding.already_closed": "Phát hiện đã được đóng ngày {on}; muốn ghi lại, hãy mở lại trước.",
    "finding.not_closed": "Phát hiện chưa được đóng, không có gì để mở lại.",
    "inspection.notice_before_inspection": "Ngày thông báo kết quả không được trước ngày kiểm tra.",
    "inspection.due_before_inspection": "Hạn báo cáo khắc phục không được trước ngày kiểm tra.",
    "inspection.has_requests": "Cuộc kiểm tra có kiến nghị đã lập phiếu yêu cầu hành động khắc phục số {number} nên không xóa được.",
    # ---- printed audit documents and registers (audit_export.*)
    # ---- risks (risk.*)
    "risk.bad_scale": "Chọn một mức từ 1 đến 5.",
    "risk.bad_band_limit": "Ngưỡng điểm phải là số nguyên từ 1 đến 25.",
    "risk.band_order": "Ngưỡng “cao từ” phải lớn hơn ngưỡng “trung bình từ”.",
    "risk.date_in_future": "Ngày không được sau hôm nay.",
    "risk.before_identified": "Ngày không được trước ngày nhận diện ({on}).",
    "risk.review_before_identified": "Ngày xem xét lại không được trước ngày nhận diện.",
    "risk.review_before_evaluation": "Ngày xem xét lại tiếp theo không được trước ngày đánh giá.",
    "risk.identified_after_evaluation": "Ngày nhận diện không được sau lần đánh giá hiệu lực đầu tiên ({on}).",
    "risk.closed_read_only": "Rủi ro, cơ hội đã đóng ngày {on}; muốn sửa, hãy mở lại trước.",
    "risk.already_closed": "Rủi ro, cơ hội đã đóng ngày {on}.",
    "risk.not_closed": "Rủi ro, cơ hội đang theo dõi, không có gì để mở lại.",
    "risk.has_request": "Rủi ro là nguồn của phiếu yêu cầu hành động khắc phục số {number} nên không xóa được.",
    # ---- surveys and complaints (survey.*, complaint.*)
    "survey.ends_before_start": "Ngày kết thúc không được trước ngày bắt đầu khảo sát.",
    "survey.count_invalid": "Hãy nhập một số nguyên.",
    "survey.count_negative": "Không được nhập số âm.",
    "survey.count_too_large": "Số quá lớn, hãy kiểm tra lại.",
    "survey.forms_below_answers": "Số phiếu không được ít hơn tổng số ý kiến theo bốn mức ({answered}).",
    "complaint.received_in_future": "Ngày tiếp nhận không được sau hôm nay.",
    "complaint.resolved_in_future": "Ngày giải quyết xong không được sau hôm nay.",
    "complaint.resolved_before_received": "Ngày giải quyết xong không được trước ngày tiếp nhận.",
    "complaint.not_well_founded": "Chỉ lập phiếu yêu cầu hành động khắc phục cho phản ánh, kiến nghị có kết luận “Đúng” hoặc “Đúng một phần”.",
    "complaint.has_request": "Phản ánh, kiến nghị đã có phiếu yêu cầu hành động khắc phục số {number}.",
    "complaint.raised_before_received": "Ngày lập phiếu không được trước ngày tiếp nhận phản ánh ({received}).",
    # ---- TTHC results and their import (tthc_result.*)
    "tthc_result.to_before_from": "Đến ngày không được trước Từ ngày.",
    "tthc_result.bad_count": "Số hồ sơ phải là số nguyên không âm.",
    "tthc_result.split_mismatch": "Trực tuyến cộng trực tiếp, bưu chính phải bằng số mới tiếp nhận ({total}).",
    "tthc_result.overlap": "Lĩnh vực “{field}” đã có số liệu từ {span}, trùng với khoảng ngày này: các dòng của cùng một lĩnh vực không được chồng lên nhau.",
    "tthc_result.import_no_period": "Tệp {name} không ghi kỳ báo cáo (dòng “Từ ngày … đến ngày …”): hãy chọn kỳ trong hộp thoại nhập, hoặc thêm dòng đó vào tệp.",
    "tthc_result.import_bad_period": "Kỳ báo cáo {span} không hợp lệ: ngày cuối trước ngày đầu.",
    "tthc_result.import_row_no_period": "Dòng không có Từ ngày, Đến ngày và tệp không ghi kỳ báo cáo.",
    "tthc_result.import_bad_number": "{column} “{value}” không phải số nguyên.",
    "tthc_result.import_overlap": "Lĩnh vực “{field}” đã có số liệu từ {span}, chồng lên kỳ của dòng này; dòng không được nhập.",
    "tthc_result.import_overlap_in_file": "Lĩnh vực “{field}” đã có ở dòng {first_row} của tệp với kỳ chồng lên kỳ này; dòng không được nhập.",
    "tthc_result.import_total_mismatch": "Dòng Tổng cộng ghi {column} là {total} nhưng cộng các lĩnh vực được {sum}: hãy kiểm tra lại tệp (dòng tổng không được nhập).",
    # ---- training (training.*)
    "training.bad_hours": "Số giờ phải là một số từ 0 đến {limit}.",
    "training.unknown_person": "Không tìm thấy cán bộ được chọn (có thể đã bị xóa).",
    "training.not_attendee": "Cán bộ này không có trong danh sách tham dự lớp.",
    "training.certificate_before_session": "Lớp dự kiến tổ chức ngày {on}, chưa diễn ra nên chưa đính kèm chứng chỉ được.",
    "training.everyone_on": "Mọi cán bộ, công chức đang công tác đều đã có trong danh sách tham dự lớp.",
    "training.future_with_certificates": "Lớp đã có chứng chỉ của người tham dự nên ngày tổ chức không được sau hôm nay.",
    # ---- management reviews (review.*)
    "review.signed": "Biên bản đã ký: cuộc họp và số liệu của nó không sửa được nữa.",
    "review.year_fixed": "Cuộc họp số {number} thuộc năm {year}: ngày họp phải trong năm {year}.",
    "review.bad_time": "Giờ phải theo dạng giờ:phút, ví dụ 08:00.",
    "review.ends_before_start": "Giờ kết thúc phải sau giờ bắt đầu.",
    "review.period_reversed": "Ngày bắt đầu của kỳ số liệu phải trước ngày kết thúc.",
    "review.signed_before_held": "Ngày ký biên bản không được trước ngày họp.",
    "review.signed_in_future": "Ngày ký biên bản không được sau hôm nay.",
    "review.due_before_held": "Thời hạn không được trước ngày họp.",
    "review.done_before_held": "Ngày hoàn thành không được trước ngày họp.",
    "review.done_in_future": "Ngày hoàn thành không được sau hôm nay.",
    # ---- form codes (form_code.*)
    "form_code.unknown_form": "Phần mềm không in biểu mẫu “{form}”.",
    "form_code.document_missing": "Biểu mẫu đã chọn không còn trong danh mục tài liệu.",
    "form_code.not_a_form": "Tài liệu {doc_code} không phải biểu mẫu: hãy chọn một biểu mẫu của danh mục tài liệu.",
    "form_code.withdrawn": "Biểu mẫu {doc_code} đã hết hiệu lực: hãy chọn biểu mẫu đang dùng.",
}

ENTITY_NAMES: dict[str, str] = {
    "Agency": "cơ quan",
    "Leader": "lãnh đạo",
    "Recipient": "nơi nhận",
    "Department": "bộ phận",
    "Person": "cán bộ",
    "SteeringDecision": "quyết định Ban chỉ đạo ISO",
    "ScopeVersion": "phạm vi áp dụng",
    "PolicyVersion": "chính sách chất lượng",
    "PublicationDecision": "quyết định công bố",
    "deadline": "hạn báo cáo",
    "Audit": "cuộc đánh giá nội bộ",
    "AuditProgramme": "chương trình đánh giá",
    "Finding": "phát hiện",
    "Inspection": "cuộc kiểm tra",
    "CorrectiveAction": "phiếu yêu cầu hành động khắc phục",
    "CaAction": "hành động",
    "CaVerification": "lần kiểm tra hiệu lực",
    "Risk": "rủi ro, cơ hội",
    "RiskAction": "biện pháp xử lý",
    "RiskEvaluation": "lần đánh giá rủi ro",
    "Survey": "đợt khảo sát",
    "Complaint": "phản ánh, kiến nghị",
    "TthcResult": "số liệu giải quyết TTHC",
    "Training": "lớp đào tạo, tập huấn",
    "ManagementReview": "cuộc họp xem xét của lãnh đạo",
    "ReviewDecision": "quyết định sau xem xét của lãnh đạo",
}


def _fill(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def field_message(error: FieldError) -> str:
    return _fill(MESSAGES.get(error.code, error.code), dict(error.params))


def message(error: DomainError) -> str:
    """One Vietnamese sentence (or two) for ``error``."""
    if error.code == "not_found":
        entity = ENTITY_NAMES.get(str(error.params.get("entity")), "bản ghi")
        return f"Không tìm thấy {entity} (có thể đã bị xóa)."
    if isinstance(error, ValidationError) and len(error.errors) == 1:
        return field_message(error.errors[0])
    return _fill(MESSAGES.get(error.code, error.code), error.params)


def import_reason(rejected: Any) -> str:
    """Why an imported row was rejected (or what to know about it), in Vietnamese: anything with a
    ``code`` and ``params`` (``RejectedRow``, ``ImportNote``)."""
    params = dict(getattr(rejected, "params", {}) or {})
    code = str(getattr(rejected, "code", ""))
    if code == "import.invalid":
        detail = _fill(MESSAGES.get(str(params.get("reason")), str(params.get("reason", ""))), params)
        params["detail"] = detail
    return _fill(MESSAGES.get(code, code), params)
