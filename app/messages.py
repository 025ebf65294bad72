"""Vietnamese messages for the services' error codes — one catalogue for the GUI and the command line.

Qt-free on purpose: the CLI prints these, the GUI shows them. Placeholders are ``{name}`` fields
filled from the error's parameters.
"""

from __future__ import annotations

from typing import Any

from app.services.errors import DomainError, FieldError, ValidationError
from app.services.validation import excerpt

MESSAGES: dict[str, str] = {
    # generic field problems
    "field.required": "Cần nhập thông tin này.",
    "field.too_long": "Dài quá {limit} ký tự.",
    "field.bad_email": "Địa chỉ thư điện tử không hợp lệ.",
    "field.not_found": "Mục đã chọn không còn trong dữ liệu.",
    "date.out_of_range": "Ngày không hợp lệ (năm phải từ 1945 đến 2100).",
    "date.bad_day_month": "Ngày/tháng không có thật (ví dụ 15/06).",
    "number.too_large": "Số quá lớn: độ lớn tối đa là {limit}.",
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
    # what is really wrong when the data cannot be opened (not damage: nothing to restore)
    "db.locked": "Cơ sở dữ liệu {path} đang bị chương trình khác khóa (ví dụ phần mềm xem cơ sở dữ liệu, sao lưu hoặc đồng bộ thư mục). Dữ liệu không bị hỏng. Hãy đóng chương trình đó hoặc chờ nó chạy xong rồi thử lại.",
    "db.read_only_file": "Tệp cơ sở dữ liệu {path} chỉ cho phép đọc nên không ghi được. Dữ liệu không bị hỏng. Hãy bỏ thuộc tính “Chỉ đọc” của tệp (chuột phải vào tệp, chọn Properties) hoặc nhờ quản trị máy cấp quyền ghi, rồi mở lại.",
    "db.read_only_folder": "Không có quyền ghi vào thư mục dữ liệu {path}; Thư ký ISO cần ghi vào thư mục này, kể cả khi chỉ xem. Dữ liệu không bị hỏng. Hãy nhờ quản trị máy cấp quyền ghi cho thư mục, hoặc chép cả thư mục sang nơi ghi được rồi mở từ đó.",
    "db.no_permission": "Không có quyền đọc tệp cơ sở dữ liệu {path}. Dữ liệu không bị hỏng. Hãy nhờ quản trị máy cấp quyền đọc và ghi tệp này cho tài khoản đang dùng, rồi mở lại.",
    "db.is_folder": "Đường dẫn cơ sở dữ liệu {path} là một thư mục, không phải tệp. Hãy đổi tên hoặc chuyển thư mục đó ra chỗ khác rồi mở lại; chương trình không xóa gì.",
    "db.io_error": "Lỗi đọc/ghi ổ đĩa với cơ sở dữ liệu {path} ({detail}). Chưa có dấu hiệu dữ liệu bị hỏng. Hãy kiểm tra ổ đĩa (ổ mạng, ổ USB còn kết nối) rồi thử lại; nếu lỗi lặp lại, chạy lệnh check để kiểm tra toàn vẹn.",
    "db.open_failed": "Không mở được cơ sở dữ liệu {path} ({detail}). Hãy thử lại; nếu lỗi lặp lại, chạy lệnh check để kiểm tra toàn vẹn.",
    "db.empty": "Tệp cơ sở dữ liệu {path} rỗng (không chứa dữ liệu nào) trong khi thư mục dữ liệu vẫn còn dữ liệu của lần dùng trước ({attachments} tệp đính kèm, {backups} tệp trong thư mục backups, {logs} tệp nhật ký): đây không phải cơ sở dữ liệu Thư ký ISO dùng được, và chương trình không tạo dữ liệu mới đè lên. Hãy khôi phục từ bản sao lưu gần nhất (lệnh restore). Nếu thật sự muốn bắt đầu lại từ đầu, hãy chuyển tệp rỗng này ra chỗ khác.",
    "datadir.read_only_media": "Ổ đĩa chứa {path} chỉ cho phép đọc (ví dụ đĩa CD, thẻ nhớ gạt khóa ghi, ổ mạng chỉ đọc) nên không mở được dữ liệu để ghi. Dữ liệu không bị hỏng. Hãy chép cả thư mục dữ liệu sang ổ đĩa ghi được rồi mở từ đó.",
    "datadir.no_permission": "Không có quyền ghi vào {path}. Hãy nhờ quản trị máy cấp quyền ghi cho tài khoản đang dùng, hoặc chọn thư mục dữ liệu khác, rồi mở lại.",
    "datadir.is_folder": "{path} là một thư mục, trong khi Thư ký ISO cần dùng tên này cho một tệp. Hãy đổi tên hoặc chuyển thư mục đó ra chỗ khác rồi mở lại; chương trình không xóa gì.",
    "datadir.not_a_folder": "Một phần của đường dẫn {path} là tệp chứ không phải thư mục. Hãy chọn thư mục dữ liệu khác.",
    "datadir.name_too_long": "Đường dẫn {path} quá dài ({length} ký tự) hoặc có tên thư mục quá dài. Hãy chọn thư mục dữ liệu có đường dẫn ngắn hơn (ví dụ D:\\ThuKyISO).",
    "datadir.disk_full": "Ổ đĩa chứa {path} đã đầy. Dữ liệu đã lưu trước đó không bị ảnh hưởng. Hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.",
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
    "backup.disk_full": "Ổ đĩa chứa thư mục {folder} đã đầy nên không ghi được tệp sao lưu {path}. Hãy giải phóng chỗ trống hoặc chọn nơi lưu khác (ví dụ ổ USB) rồi thử lại.",
    "backup.restore_disk_full": "Ổ đĩa chứa thư mục dữ liệu {path} đã đầy nên chưa khôi phục được (cần khoảng {needed}, còn trống {free}). Tệp sao lưu không có lỗi; dữ liệu hiện tại được giữ nguyên. Hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.",
    "backup.not_enough_space": "Không đủ chỗ trống trên ổ đĩa chứa thư mục dữ liệu {path} để khôi phục: cần khoảng {needed} (dữ liệu trong bản sao lưu {expanded}, cộng bản sao an toàn của dữ liệu hiện tại {current}), chỉ còn trống {free}. Chưa có gì thay đổi. Hãy giải phóng chỗ trống trên ổ đĩa rồi thử lại.",
    "backup.no_room_to_check": "Không đủ chỗ trống trong thư mục tạm {path} để kiểm tra cơ sở dữ liệu trong bản sao lưu: cần {needed}, chỉ còn trống {free}. Hãy giải phóng chỗ trống trên ổ đĩa hệ thống rồi thử lại.",
    "backup.too_large": "Tệp {path} không phải bản sao lưu dùng được: {member} khai báo dung lượng khi giải nén {size}, vượt giới hạn {limit} (tệp nén bất thường, có thể cố ý làm đầy ổ đĩa). Chưa có gì thay đổi.",
    "restore.pending": "Thư mục dữ liệu {path} còn một lần khôi phục dữ liệu chưa xong (chương trình bị dừng giữa chừng). Hãy mở Thư ký ISO hoặc chạy lệnh check để hoàn tất trước.",
    "restore.pending_locked": "Thư mục dữ liệu {path} đang có một lần khôi phục dữ liệu chưa xong, và dữ liệu đang được mở để ghi bởi {program} (người dùng {user}, máy {host}, tiến trình {pid}, từ {since}). Hãy chờ việc khôi phục xong hoặc đóng chương trình đó rồi thử lại.",
    "restore.journal_unreadable": "Không đọc được nhật ký khôi phục {path} ({detail}) nên không biết lần khôi phục trước đã đến đâu. Dữ liệu trước khi khôi phục được giữ trong thư mục backups (tệp truoc-khoi-phuc-…); hãy khôi phục lại từ bản sao lưu rồi xóa tệp nhật ký này.",
    "restore.recovery_failed": "Không hoàn tất được lần khôi phục dữ liệu dở dang trong {path}: {detail}. Chưa có gì bị xóa; hãy đóng các chương trình đang mở tệp trong thư mục dữ liệu rồi thử lại.",
    "restore.recovered_completed": "Khôi phục dở dang từ {backup} đã được hoàn tất: dữ liệu hiện tại là của bản sao lưu đó.",
    "restore.recovered_rolled_back": "Khôi phục dở dang từ {backup} đã được hủy: dữ liệu được giữ như trước khi khôi phục.",
    "restore.safety_kept": "Dữ liệu trước khi khôi phục được giữ tại {path}.",
    "recovery.leftovers_removed": "Đã xóa {count} tệp tạm còn sót lại sau lần ghi bị ngắt giữa chừng.",
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
    "tthc.foreign_digits": "Mã TTHC “{tthc_code}” có chữ số không phải chữ số thường 0–9 (ví dụ chữ số Ả Rập ٠١٢…). Hãy gõ lại mã bằng bàn phím.",
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
    # hostile or broken files (tabular): sizes, quotes, digits
    "import.too_big": "Tệp {name} lớn quá ({size_mb} MB; giới hạn {limit_mb} MB mỗi lần nhập). Hãy chia thành nhiều tệp nhỏ hơn.",
    "import.too_big_unpacked": "Không đọc tệp {name}: phần {part} khi giải nén lớn {size_mb} MB, quá giới hạn {limit_mb} MB. Tệp có thể bị hỏng hoặc được tạo để làm treo máy; hãy mở bằng Excel và lưu lại dạng .xlsx.",
    "import.too_many_rows": "Tệp {name} có dữ liệu ở dòng {row}, quá giới hạn {limit} dòng mỗi lần nhập. Hãy chia thành nhiều tệp nhỏ hơn.",
    "import.too_many_rows_sheet": "Trang “{sheet}” của tệp {name} có dữ liệu ở dòng {row}, quá giới hạn {limit} dòng mỗi lần nhập. Hãy xóa các dòng thừa ở cuối trang (Ctrl+End trong Excel cho biết ô cuối cùng có dữ liệu) hoặc chia thành nhiều tệp.",
    "import.cell_too_long": "Tệp {name}: một ô ở dòng {line} dài quá {limit} ký tự (giới hạn của một ô bảng tính); dòng bắt đầu bằng “{text}”. Hãy sửa dòng này rồi nhập lại.",
    "import.cell_too_long_sheet": "Trang “{sheet}” của tệp {name}: ô {cell} dài {length} ký tự, quá giới hạn {limit} ký tự của một ô bảng tính (“{text}”). Hãy sửa ô này rồi nhập lại.",
    "import.unbalanced_quote": 'Tệp {name}: dấu ngoặc kép (") mở ở dòng {line} không có dấu đóng, nên mọi dòng sau nó sẽ bị gộp vào một ô (“{text}”). Hãy thêm dấu " đóng hoặc bỏ dấu " thừa ở dòng {line} rồi nhập lại.',
    "import.foreign_digits": "Mã TTHC “{raw}” có chữ số không phải chữ số thường 0–9 (ví dụ chữ số Ả Rập ٠١٢…); dòng này không được nhập. Hãy gõ lại mã bằng bàn phím.",
    "import.code_folded": "Mã TTHC “{raw}” viết bằng ký tự toàn khổ (full-width) được đọc thành {code}.",
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
    # ---- the 6-month and annual reports (report.*)
    "report.read_only": "Báo cáo đã ký hoặc đã gửi không sửa được nữa. Muốn sửa, lập bản sửa đổi (một bản dự thảo mới).",
    "report.signed_exists": (
        "{title} đã ký. Muốn sửa, lập bản sửa đổi (nút “Lập bản sửa đổi…” hoặc lệnh report correct)."
    ),
    "report.draft_exists": "{title} đang có một bản dự thảo: sửa bản đó, không lập thêm.",
    "report.not_found": "Chưa có {title}. Lập báo cáo trước (nút “Lập báo cáo” hoặc lệnh report compose).",
    "report.not_required": "Cơ quan đã đặt là cấp trên không yêu cầu báo cáo 6 tháng (trang Thông tin cơ quan, thẻ Báo cáo định kỳ).",
    "report.cutoff_outside": "Ngày chốt số liệu phải trong kỳ báo cáo, từ {start} đến {end}.",
    "publication.posted_before_signed": "Ngày niêm yết không được trước ngày ký quyết định công bố.",
    "report.no_section": "Báo cáo không có mục này (có thể vừa bị xóa).",
    "report.cutoff_after_date": "Ngày chốt số liệu không được sau ngày báo cáo ({date}).",
    "report.date_before_period": "Ngày báo cáo không được trước ngày bắt đầu kỳ báo cáo ({start}).",
    "report.number_needed": "Nhập số báo cáo trước khi ký.",
    "report.date_needed": "Nhập ngày báo cáo trước khi ký.",
    "report.signed_in_future": "Ngày ký không được sau hôm nay.",
    "report.not_signed": "Báo cáo phải được ký trước khi gửi.",
    "report.sent_before_signed": "Ngày gửi không được trước ngày ký ({signed}).",
    "report.sent_in_future": "Ngày gửi không được sau hôm nay.",
    "report.delete_signed": "Chỉ xóa được bản dự thảo; báo cáo đã ký hoặc đã gửi được giữ lại làm hồ sơ.",
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


def recovery_lines(recovery: Any) -> list[str]:
    """What opening a data folder put right (``recovery.Recovery``), one sentence a line: an
    interrupted restore finished or undone, leftovers removed."""
    lines: list[str] = []
    if recovery is None:
        return lines
    restore = recovery.restore
    if restore is not None:
        key = "restore.recovered_completed" if restore.completed else "restore.recovered_rolled_back"
        lines.append(_fill(MESSAGES[key], {"backup": restore.backup}))
        if restore.completed and restore.safety_backup:
            lines.append(_fill(MESSAGES["restore.safety_kept"], {"path": restore.safety_backup}))
    if recovery.removed:
        lines.append(_fill(MESSAGES["recovery.leftovers_removed"], {"count": len(recovery.removed)}))
    return lines


def import_reason(rejected: Any) -> str:
    """Why an imported row was rejected (or what to know about it), in Vietnamese: anything with a
    ``code`` and ``params`` (``RejectedRow``, ``ImportNote``)."""
    # Text taken from the file is quoted at most EXCERPT_CHARS characters long.
    params = {
        key: excerpt(value) if isinstance(value, str) else value
        for key, value in dict(getattr(rejected, "params", {}) or {}).items()
    }
    code = str(getattr(rejected, "code", ""))
    if code == "import.invalid":
        detail = _fill(MESSAGES.get(str(params.get("reason")), str(params.get("reason", ""))), params)
        params["detail"] = detail
    return _fill(MESSAGES.get(code, code), params)
