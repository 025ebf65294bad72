<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="69"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="171"/>
        <source>Nội dung thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="70"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="172"/>
        <source>Nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="71"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="173"/>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="139"/>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="201"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="72"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="174"/>
        <location filename="../../app/ui/pages/plan.py" line="78"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="72"/>
        <source>ví dụ Quý I/2026, hằng tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="73"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="175"/>
        <source>Cách đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="108"/>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="112"/>
        <source>ví dụ: 100% hồ sơ TTHC được giải quyết đúng hoặc trước hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="116"/>
        <source>Chỉ số đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="119"/>
        <source>Cách tính, ví dụ: số hồ sơ đúng hạn / tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="123"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="127"/>
        <source>ví dụ 98</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="128"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="128"/>
        <source>%, vụ, hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="131"/>
        <source>Tần suất đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="137"/>
        <source>Giá trị năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="96"/>
        <source>AuditDialogs</source>
        <comment>Loại</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="97"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="545"/>
        <source>AuditDialogs</source>
        <comment>Điều khoản</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="98"/>
        <source>AuditDialogs</source>
        <comment>Bộ phận</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="100"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="539"/>
        <source>AuditDialogs</source>
        <comment>Nội dung</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="106"/>
        <source>AuditDialogs</source>
        <comment>Hành động khắc phục</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="112"/>
        <source>AuditDialogs</source>
        <comment>Ngày phát hiện</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="118"/>
        <source>AuditDialogs</source>
        <comment>Bằng chứng</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="122"/>
        <source>AuditDialogs</source>
        <comment>Nguồn</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="180"/>
        <source>Số cuộc đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="182"/>
        <source>Để trống thì tự đánh số tiếp theo trong năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="184"/>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="55"/>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="50"/>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="185"/>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="66"/>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="56"/>
        <source>đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="186"/>
        <source>Quyết định thành lập đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="187"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="894"/>
        <source>ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="190"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="285"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="307"/>
        <source>Phạm vi đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="193"/>
        <source>Các bộ phận, quá trình được đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="195"/>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="198"/>
        <source>Chuẩn mực đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="201"/>
        <source>Mỗi chuẩn mực một dòng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="205"/>
        <location filename="../../app/ui/pages/reports.py" line="199"/>
        <source>Cuộc đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="205"/>
        <source>Thêm cuộc đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="228"/>
        <source>Kết quả, kết luận đánh giá {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="230"/>
        <source>Kết quả chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="231"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="892"/>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="153"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="232"/>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="29"/>
        <source>Ngày báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="235"/>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="57"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="238"/>
        <source>Mỗi nơi nhận một dòng; để trống thì in nơi nhận mặc định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="271"/>
        <source>Chương trình đánh giá nội bộ năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="273"/>
        <source>Ngày phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="282"/>
        <source>Các cuộc đánh giá dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="284"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="306"/>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="286"/>
        <source>Cuộc đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="291"/>
        <source>Cuộc đánh giá dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="293"/>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="310"/>
        <source>Cuộc đánh giá đã thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="312"/>
        <source>(chưa thực hiện)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="355"/>
        <source>Đoàn đánh giá {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="359"/>
        <source>Trưởng đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="362"/>
        <source>(chọn Trưởng đoàn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="371"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="372"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="375"/>
        <source>Thành viên đoàn đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="377"/>
        <source>Thêm thành viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="428"/>
        <source>Lịch đánh giá {0} (từ {1} đến {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="443"/>
        <source>Dòng lịch đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="451"/>
        <source>người đánh giá thuộc chính bộ phận được đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="483"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="484"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="796"/>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="485"/>
        <source> (ngoài đoàn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="492"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="798"/>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="71"/>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="137"/>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="146"/>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="95"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="493"/>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="69"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="494"/>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="41"/>
        <source>Từ giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="495"/>
        <source>đến giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="496"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="794"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="142"/>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="134"/>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="152"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="497"/>
        <source>Quá trình, hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="497"/>
        <source>Tiếp nhận và trả kết quả TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="498"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="569"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="691"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="791"/>
        <source>Điều khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="499"/>
        <source>Người đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="500"/>
        <source>Người được đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="533"/>
        <source>AuditDialogs</source>
        <comment>Ngày</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="538"/>
        <source>AuditDialogs</source>
        <comment>Thời gian</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="541"/>
        <source>AuditDialogs</source>
        <comment>Bộ phận / quá trình</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="546"/>
        <source>AuditDialogs</source>
        <comment>Người đánh giá</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="547"/>
        <source>AuditDialogs</source>
        <comment>Người được đánh giá</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="561"/>
        <source>Câu hỏi của phiếu đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="565"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="599"/>
        <source>Bộ phận được đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="567"/>
        <source>(chung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="570"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="692"/>
        <source>Câu hỏi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="595"/>
        <source>Lấy câu hỏi từ mẫu phiếu đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="601"/>
        <source>(chung cho các bộ phận)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="608"/>
        <source>{0} câu hỏi của mẫu sẽ được thêm vào cuối phiếu đánh giá.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="627"/>
        <source>Kết quả đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="633"/>
        <source>(chưa đánh giá)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="637"/>
        <source>Mức độ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="640"/>
        <source>(chọn nặng hoặc nhẹ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="645"/>
        <source>Bằng chứng ghi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="685"/>
        <source>Mẫu phiếu đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="687"/>
        <source>Lưu làm mẫu của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="696"/>
        <source>Câu hỏi của mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="698"/>
        <source>Thêm câu hỏi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="708"/>
        <source>Khôi phục mẫu mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="710"/>
        <source>Bỏ mẫu của cơ quan, dùng lại bộ câu hỏi có sẵn theo TCVN ISO 9001:2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="783"/>
        <source>Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="783"/>
        <source>Thêm kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="785"/>
        <source>Phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="785"/>
        <source>Thêm phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="790"/>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="138"/>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="118"/>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="101"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="799"/>
        <source>Bằng chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="802"/>
        <source>Ngày phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="804"/>
        <source>Để trống: ngày bắt đầu đánh giá / ngày kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="831"/>
        <source>Đóng phát hiện không cần hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="833"/>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="315"/>
        <source>Ngày đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="836"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="840"/>
        <source>Ví dụ: đã khắc phục ngay trong buổi đánh giá, có biên bản kèm theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="868"/>
        <location filename="../../app/ui/pages/reports.py" line="214"/>
        <source>Cuộc kiểm tra của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="868"/>
        <source>Thêm cuộc kiểm tra của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="870"/>
        <source>Ngày kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="873"/>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="140"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="880"/>
        <source>Cơ quan kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="882"/>
        <source>Sở Khoa học và Công nghệ tỉnh …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="886"/>
        <source>Căn cứ kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="889"/>
        <source>Kế hoạch / Quyết định kiểm tra số …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="891"/>
        <source>Thành phần đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="893"/>
        <source>Thông báo kết quả số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="895"/>
        <source>Hạn báo cáo khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="143"/>
        <source>Người phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="144"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="147"/>
        <source>Sửa mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="147"/>
        <source>Thêm mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="169"/>
        <source>Kế hoạch thực hiện mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="446"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="181"/>
        <source>Thêm dòng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="284"/>
        <source>Kỳ đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="293"/>
        <source>Giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="295"/>
        <source>ví dụ 97,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="296"/>
        <source>Số thập phân viết 97,5 hoặc 97.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="274"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="287"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="314"/>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="896"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="298"/>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="75"/>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="148"/>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="158"/>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="74"/>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="113"/>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="73"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="300"/>
        <source>Ghi kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="309"/>
        <source>Minh chứng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="313"/>
        <source>Giữ tệp đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="315"/>
        <source>Chưa chọn tệp (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="318"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="326"/>
        <source>{0} — chỉ tiêu {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="57"/>
        <source>Quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="58"/>
        <source>Tên quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="59"/>
        <source>Hạn cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="36"/>
        <source>Cuộc họp xem xét của lãnh đạo số {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="38"/>
        <source>Thêm cuộc họp xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="40"/>
        <source>Ngày họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="42"/>
        <source>đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="43"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="43"/>
        <source>Hội trường Ủy ban nhân dân xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="44"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="44"/>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="45"/>
        <source>Họ và tên — chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="45"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="48"/>
        <source>Thành phần tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="51"/>
        <source>Mỗi dòng một người hoặc một nhóm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="55"/>
        <source>Vắng mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="58"/>
        <source>Mỗi dòng một người, kèm lý do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="62"/>
        <source>Số liệu từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="64"/>
        <source>Để trống: từ ngày sau cuộc họp trước (cuộc họp đầu tiên: từ 01/01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="90"/>
        <source>Nội dung biên bản họp số {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="94"/>
        <source>a) Hành động từ các lần xem xét trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="99"/>
        <source>b) Thay đổi vấn đề bên ngoài, nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="102"/>
        <source>c) Kết quả thực hiện của hệ thống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="104"/>
        <source>c) Nhà cung cấp bên ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="105"/>
        <source>d) Sự thỏa đáng của nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="107"/>
        <source>e) Hành động giải quyết rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="109"/>
        <source>f) Cơ hội cải tiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="110"/>
        <source>Ý kiến thảo luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="111"/>
        <source>Kết luận của chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="135"/>
        <source>Quyết định sau xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="135"/>
        <source>Thêm quyết định sau xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="139"/>
        <source>Bộ phận hoặc người được giao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="143"/>
        <location filename="../../app/ui/pages/legal.py" line="60"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="147"/>
        <source>Ngày hoàn thành / hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="631"/>
        <location filename="../../app/ui/pages/legal.py" line="62"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="64"/>
        <source>Lần ban hành {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="72"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="74"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="68"/>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="71"/>
        <source>Thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="73"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="73"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="74"/>
        <source>Bộ phận hoặc người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="89"/>
        <source>trước ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="92"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="119"/>
        <source>Ngày nhận diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="122"/>
        <source>Tên rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="124"/>
        <source>Ví dụ: Văn bản pháp luật mới chưa được cập nhật vào quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="128"/>
        <source>Quá trình, lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="136"/>
        <source>(chưa chọn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="139"/>
        <source>Mô tả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="140"/>
        <source>Nguyên nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="141"/>
        <source>Hậu quả, tác động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="142"/>
        <source>Người chịu trách nhiệm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="145"/>
        <source>Khả năng xảy ra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="148"/>
        <source>Với cơ hội: lợi ích mang lại × tính khả thi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="152"/>
        <source>Mức độ ảnh hưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="157"/>
        <source>Ngày xem xét lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="161"/>
        <source>Rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="161"/>
        <source>Thêm rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="200"/>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="206"/>
        <source>Biện pháp xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/review_dialogs.py" line="140"/>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="202"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="203"/>
        <location filename="../../app/ui/pages/plan.py" line="96"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="206"/>
        <source>Thêm biện pháp xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="242"/>
        <source>Ngày đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="245"/>
        <source>Biện pháp có hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="247"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="247"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="252"/>
        <source>Lợi ích còn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="252"/>
        <source>Khả năng xảy ra còn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="258"/>
        <source>Tính khả thi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="258"/>
        <source>Mức độ ảnh hưởng còn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="263"/>
        <source>Nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="266"/>
        <source>Ngày xem xét lại tiếp theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="268"/>
        <source>Để trống thì giữ ngày xem xét lại đang có.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="272"/>
        <source>Đánh giá hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="272"/>
        <source>Thêm đánh giá hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="311"/>
        <source>Đóng rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="318"/>
        <source>Rủi ro, cơ hội đã đóng không còn trên bản đồ nhiệt; có thể mở lại khi cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="340"/>
        <source>Ngưỡng mức rủi ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="344"/>
        <source>Mức trung bình từ (điểm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="351"/>
        <source>Mức cao từ (điểm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/risk_dialogs.py" line="356"/>
        <source>Điểm = khả năng xảy ra × mức độ ảnh hưởng (1–25). Dưới ngưỡng trung bình là mức thấp. Mặc định: trung bình từ 5, cao từ 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="99"/>
        <source>Sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="102"/>
        <source>Kết quả phải có khi xong, ví dụ: Biên bản họp xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="103"/>
        <source>In trong cột “Sản phẩm” của kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="107"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="110"/>
        <source>Văn bản, hồ sơ chứng minh đã thực hiện (số, ngày…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="111"/>
        <source>Chỉ để theo dõi, không in trong kế hoạch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="115"/>
        <source>Sửa nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="115"/>
        <source>Thêm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="62"/>
        <source>Ban hành lần mới — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="64"/>
        <source>Sửa lần ban hành {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="66"/>
        <source>Lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="67"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="68"/>
        <source>Ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="69"/>
        <source>Nội dung sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="70"/>
        <source>Người soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="71"/>
        <source>Người xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="72"/>
        <source>Người phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="103"/>
        <source>chưa có hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="104"/>
        <source>đã đóng không cần hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="110"/>
        <source>Đóng không cần HĐKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="112"/>
        <source>Ghi ngày và lý do không cần lập phiếu yêu cầu hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="115"/>
        <source>Mở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="115"/>
        <source>Bỏ việc đóng không cần hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="117"/>
        <location filename="../../app/ui/pages/audits.py" line="141"/>
        <source>Lập phiếu HĐKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="137"/>
        <source>Mở phiếu HĐKP {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="138"/>
        <source>Mở phiếu yêu cầu hành động khắc phục ở trang Hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="145"/>
        <source>Lập phiếu yêu cầu hành động khắc phục cho phát hiện này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="147"/>
        <source>Chức năng lập phiếu yêu cầu hành động khắc phục chưa có trong phiên bản này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="53"/>
        <source>Đợt khảo sát sự hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="53"/>
        <source>Thêm đợt khảo sát sự hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="59"/>
        <source>Hình thức khảo sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="62"/>
        <source>Thiết bị đánh giá, phiếu giấy, Cổng dịch vụ công…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="66"/>
        <source>Số phiếu thu về</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="70"/>
        <source>Rất hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="71"/>
        <source>Hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="72"/>
        <source>Bình thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="73"/>
        <source>Không hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="131"/>
        <source>(chưa xác định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="135"/>
        <location filename="../../app/ui/pages/reports.py" line="258"/>
        <source>Phản ánh, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="135"/>
        <source>Thêm phản ánh, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="137"/>
        <source>Ngày tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="145"/>
        <source>Người phản ánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="145"/>
        <source>Họ tên, địa chỉ (nếu có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="147"/>
        <source>Bộ phận liên quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="148"/>
        <source>Xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="149"/>
        <source>Kết quả trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="150"/>
        <source>Ngày giải quyết xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="84"/>
        <source>Lớp đào tạo, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="84"/>
        <source>Thêm lớp đào tạo, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="88"/>
        <source>Ngày tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="91"/>
        <source>Ngày sau hôm nay: lớp dự kiến (chưa đính kèm chứng chỉ được).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="97"/>
        <source>Ví dụ: Tập huấn nhận thức về HTQLCL theo TCVN ISO 9001:2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="107"/>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="110"/>
        <source>Ví dụ: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="112"/>
        <source>Số giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="112"/>
        <source>Ví dụ: 4 hoặc 3,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="139"/>
        <source>Thêm người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="141"/>
        <source>Chọn cán bộ, công chức đã tham dự lớp (giữ Ctrl hoặc Shift để chọn nhiều người; “Chọn tất cả” cho lớp toàn thể cán bộ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="146"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="151"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="158"/>
        <source>Chọn tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="159"/>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="51"/>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="54"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="57"/>
        <source>Để trống: toàn cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="59"/>
        <source>Kỳ trước chuyển sang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="60"/>
        <source>Mới tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="61"/>
        <source>Trong đó trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="61"/>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="65"/>
        <source>không bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="64"/>
        <source>Trực tiếp, bưu chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="68"/>
        <source>Đã giải quyết trước hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="69"/>
        <source>Đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="70"/>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="72"/>
        <location filename="../../app/ui/pages/risks.py" line="157"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="71"/>
        <source>Đang giải quyết trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="76"/>
        <source>Sửa số liệu giải quyết TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="76"/>
        <source>Thêm số liệu giải quyết TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="154"/>
        <source>Đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="155"/>
        <source>Xong muộn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="156"/>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="158"/>
        <source>Chưa đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="62"/>
        <source>{0}, từ {1} đến {2}: {3}. Bấm đúp một dòng để mở hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="70"/>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="77"/>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="26"/>
        <source>Thông tin {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="28"/>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="98"/>
        <source>Số báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="28"/>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="98"/>
        <source>ví dụ 25/BC-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="32"/>
        <source>Chốt số liệu đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="35"/>
        <source>Kỳ báo cáo từ {0} đến {1}. Để trống: ngày kết thúc kỳ hoặc ngày báo cáo (hôm nay khi chưa có ngày), ngày nào sớm hơn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="41"/>
        <source>Kính gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="45"/>
        <source>Mỗi dòng một cơ quan. Để trống: các cơ quan nhận báo cáo của cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="49"/>
        <source>Thực hiện văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="52"/>
        <source>Công văn số …/SKHCN-TĐC ngày … của Sở Khoa học và Công nghệ về việc …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="53"/>
        <source>Văn bản của cấp trên yêu cầu báo cáo (nếu có).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="61"/>
        <source>Mỗi dòng một nơi nhận. Để trống: nơi nhận báo cáo của cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="65"/>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="72"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="96"/>
        <source>Ký {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="101"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="105"/>
        <source>Số liệu được lấy lại lần cuối theo ngày ký rồi chốt lại; báo cáo đã ký không sửa được nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="114"/>
        <source>Ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="129"/>
        <source>Ghi nhận đã gửi {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="130"/>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/report_dialogs.py" line="136"/>
        <source>Ghi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="89"/>
        <source>Tài liệu, quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="92"/>
        <source>TTHC thuộc thẩm quyền giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="94"/>
        <source>Danh mục TTHC, khi lập báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="98"/>
        <source>TTHC đã có quy trình đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="100"/>
        <source>Danh mục TTHC, tài liệu; tại ngày chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="103"/>
        <source>Quy trình nội bộ đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="105"/>
        <source>Tài liệu nội bộ, tại ngày chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="109"/>
        <source>Quy trình ban hành mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="111"/>
        <source>Lần ban hành 01 hiệu lực trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="115"/>
        <source>Quy trình sửa đổi, bổ sung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="117"/>
        <source>Lần ban hành từ 02 hiệu lực trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="121"/>
        <source>Văn bản pháp lý là căn cứ sửa đổi quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="123"/>
        <source>Việc cập nhật đóng bằng các lần trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="127"/>
        <source>Quy trình hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="131"/>
        <source> (ngoài ra {0} quy trình hết hiệu lực chưa ghi ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="138"/>
        <source>Ngày hết hiệu lực trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="142"/>
        <source>Văn bản pháp lý liên quan có hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="144"/>
        <source>Ngày hiệu lực trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="148"/>
        <source>Việc cập nhật quy trình quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="150"/>
        <source>Việc cần cập nhật, tại ngày chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="155"/>
        <source>Chính sách, mục tiêu, kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="158"/>
        <source>Chính sách chất lượng ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="158"/>
        <source>Phạm vi và chính sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="161"/>
        <source>Quyết định ban hành mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="163"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="165"/>
        <source>Kế hoạch duy trì, cải tiến ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="165"/>
        <source>Kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="167"/>
        <source>Mục tiêu chất lượng của năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="168"/>
        <source>{0}: đạt {1}, không đạt {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="171"/>
        <location filename="../../app/ui/pages/reports.py" line="181"/>
        <source>Kết quả đo, tại ngày chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="175"/>
        <source>Mục tiêu chưa kết thúc kỳ đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="176"/>
        <source>đúng tiến độ {0}, có nguy cơ không đạt {1}, chưa đo {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="185"/>
        <source>Nhiệm vụ kế hoạch hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="187"/>
        <source>{0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="189"/>
        <source>chưa có kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="191"/>
        <source>Kế hoạch năm, tại ngày chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="196"/>
        <source>Đánh giá, kiểm tra, khắc phục, xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="199"/>
        <source>Ngày kết thúc trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="202"/>
        <source>Phát hiện không phù hợp (nặng / nhẹ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="203"/>
        <source>{0} / {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="207"/>
        <location filename="../../app/ui/pages/reports.py" line="211"/>
        <source>Đánh giá, kiểm tra trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="211"/>
        <source>Phát hiện khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="215"/>
        <source>{0}; kiến nghị đã khắc phục {1}, chưa khắc phục {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="218"/>
        <source>Ngày kiểm tra trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="221"/>
        <source>Phiếu HĐKP mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="221"/>
        <source>Ngày lập trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="222"/>
        <source>Phiếu HĐKP đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="222"/>
        <source>Ngày đóng trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="224"/>
        <source>Phiếu HĐKP quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="226"/>
        <source>Chưa đóng, quá hạn tại ngày chốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="230"/>
        <source>Cuộc họp xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="231"/>
        <source>{0} (quyết định: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="234"/>
        <source>Ngày họp trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="238"/>
        <source>Quyết định công bố, công bố lại HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="240"/>
        <source>Ngày ký trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="245"/>
        <source>Kết quả phục vụ tổ chức, cá nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="248"/>
        <source>Mức độ hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="249"/>
        <source>{0} ({1} đợt khảo sát, {2} phiếu trả lời)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="254"/>
        <source>Kết thúc trong kỳ, cộng gộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="259"/>
        <source>tiếp nhận {0}, có cơ sở {1}, đã giải quyết {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="264"/>
        <source>Ngày tiếp nhận trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="268"/>
        <source>Hồ sơ TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="269"/>
        <source>tiếp nhận {0}, đúng hạn {1}, trễ hạn {2}; tỷ lệ đúng hạn {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="275"/>
        <source>Các kỳ nằm trọn trong kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="279"/>
        <source>Đào tạo, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="280"/>
        <source>{0} lớp, {1} lượt người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="283"/>
        <source>Ngày tổ chức trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="54"/>
        <source>Tên cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="56"/>
        <source>Ví dụ: Ủy ban nhân dân xã Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="60"/>
        <source>Tên viết gọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="61"/>
        <source>Ví dụ: UBND xã Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="65"/>
        <source>Loại cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="72"/>
        <source>Cơ quan chủ quản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="73"/>
        <source>Ví dụ: Ủy ban nhân dân tỉnh Hà Tĩnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="74"/>
        <source>In ở dòng đầu bên trái của văn bản (chữ in hoa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="78"/>
        <source>Địa danh ghi ngày tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="80"/>
        <source>Ví dụ: Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="81"/>
        <source>Dùng trong dòng “Tùng Ảnh, ngày … tháng … năm …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="85"/>
        <source>Chữ viết tắt trong số ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="88"/>
        <source>Ví dụ văn bản số 05/BC-UBND thì chữ viết tắt là UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="90"/>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="91"/>
        <location filename="../../app/ui/pages/agency.py" line="100"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="92"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="98"/>
        <source>Họ và tên Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="99"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="108"/>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="112"/>
        <source>Mỗi dòng một dòng in trên khối chữ ký (chữ in hoa). Để trống thì in như chữ mờ trong ô (theo loại cơ quan). Từng văn bản vẫn có thể ghi khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="125"/>
        <source>Đơn vị soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="127"/>
        <source>Chữ viết tắt in ở dòng cuối của Nơi nhận, ví dụ VP thì in “- Lưu: VT, VP.”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="120"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="121"/>
        <source>Họ và tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="142"/>
        <source>Thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="143"/>
        <source>Tên, địa danh, lãnh đạo, người ký mặc định, nơi nhận báo cáo và hạn báo cáo định kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="166"/>
        <source>Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="169"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="171"/>
        <source>Ký văn bản (mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="180"/>
        <source>Lưu thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="190"/>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="220"/>
        <location filename="../../app/ui/pages/agency.py" line="544"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="227"/>
        <location filename="../../app/ui/pages/agency.py" line="260"/>
        <source>Lãnh đạo cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="229"/>
        <location filename="../../app/ui/pages/agency.py" line="249"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="230"/>
        <location filename="../../app/ui/pages/agency.py" line="250"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="232"/>
        <location filename="../../app/ui/pages/agency.py" line="253"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="245"/>
        <source>Lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="250"/>
        <source>Ví dụ: Phó Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="257"/>
        <location filename="../../app/ui/pages/agency.py" line="313"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="275"/>
        <source>Ghi ở “Kính gửi”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="271"/>
        <location filename="../../app/ui/pages/agency.py" line="286"/>
        <location filename="../../app/ui/pages/agency.py" line="292"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="294"/>
        <source>Ví dụ: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="301"/>
        <source>Ví dụ: để báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="306"/>
        <source>Ghi ở dòng “Kính gửi” của báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="438"/>
        <source>Kỳ báo cáo, hạn gửi mặc định và cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="479"/>
        <source>Cảnh báo trước (ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="485"/>
        <source>Cảnh báo trước: việc có hạn trong số ngày này (báo cáo, nhiệm vụ, cập nhật quy trình…) hiện là “sắp đến hạn” ở mọi trang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="493"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="444"/>
        <source>Thời gian chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="269"/>
        <location filename="../../app/ui/pages/agency.py" line="316"/>
        <source>Nơi nhận thường dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="272"/>
        <source>Mục đích (in trên văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="273"/>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="274"/>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="276"/>
        <source>Ghi chú nội bộ (không in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="298"/>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="302"/>
        <source>In trong ngoặc sau tên nơi nhận: “- Sở Khoa học và Công nghệ (để báo cáo);”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="304"/>
        <source>Ghi ở Nơi nhận của kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="305"/>
        <source>Ghi ở Nơi nhận của báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="309"/>
        <source>Ghi chú nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="310"/>
        <source>Ví dụ: gửi qua hệ thống quản lý văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="311"/>
        <source>Chỉ để Thư ký ISO ghi nhớ, không in trên văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="325"/>
        <source>Căn cứ pháp lý in trên văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="327"/>
        <source>Căn cứ (như in trên văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="337"/>
        <source>Văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="340"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="343"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="346"/>
        <location filename="../../app/ui/pages/agency.py" line="425"/>
        <source>Khôi phục mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="349"/>
        <source>Thay danh sách bằng các căn cứ mặc định (QĐ 19/2014/QĐ-TTg, TT 26/2014/TT-BKHCN, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="354"/>
        <source>Mỗi căn cứ in thành một dòng “Căn cứ …;” hoặc “Thực hiện …;” ở đầu văn bản; số hoặc ngày để trống thì in chỗ trống để ghi tay. Từng văn bản có thể ghi căn cứ riêng (ô Căn cứ của văn bản).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="369"/>
        <location filename="../../app/ui/pages/agency.py" line="413"/>
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="382"/>
        <source>Mở đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="385"/>
        <source>Loại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="389"/>
        <source>Ví dụ: Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="393"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="395"/>
        <source>Để trống để ghi tay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="397"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="398"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="398"/>
        <source>Ví dụ: Thủ tướng Chính phủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="401"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="404"/>
        <source>Ví dụ: về việc áp dụng Hệ thống quản lý chất lượng …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="426"/>
        <source>Thay các căn cứ của “{0}” bằng danh sách mặc định?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="429"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="450"/>
        <source>Cấp trên yêu cầu báo cáo 6 tháng (bỏ chọn nếu chỉ báo cáo năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="455"/>
        <source>Hạn báo cáo 6 tháng: ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="462"/>
        <location filename="../../app/ui/pages/agency.py" line="473"/>
        <source>tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="469"/>
        <source>Hạn báo cáo năm: ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="506"/>
        <source>Hạn riêng theo năm (khi cấp trên quy định khác mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="508"/>
        <location filename="../../app/ui/pages/agency.py" line="559"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="510"/>
        <location filename="../../app/ui/pages/agency.py" line="560"/>
        <source>Hạn báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="516"/>
        <location filename="../../app/ui/pages/agency.py" line="561"/>
        <source>Hạn báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="528"/>
        <source>hạn riêng năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="533"/>
        <source>Báo cáo định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="564"/>
        <source>Hạn báo cáo theo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="573"/>
        <source>Mã biểu mẫu in trên các phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="575"/>
        <source>Phiếu phần mềm in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="576"/>
        <source>Biểu mẫu trong danh mục tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="577"/>
        <source>Lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="585"/>
        <source>Chọn biểu mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="589"/>
        <source>Mỗi phiếu in từ phần mềm là một biểu mẫu trong danh mục tài liệu (ví dụ BM.HĐKP.01): mã và lần ban hành của biểu mẫu được in ở đầu phiếu. Chưa chọn thì mã để trống và khi xuất phiếu phần mềm sẽ nhắc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="597"/>
        <location filename="../../app/ui/pages/agency.py" line="614"/>
        <source>Mã biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="600"/>
        <source>(chưa chọn: để trống mã)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="610"/>
        <source>Các biểu mẫu đang hiệu lực trong danh mục tài liệu nội bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="640"/>
        <source>Năm {0}: báo cáo 6 tháng lấy số liệu từ {1} đến {2}, hạn gửi {3}; báo cáo năm lấy số liệu từ {4} đến {5}, hạn gửi {6}{7}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="650"/>
        <source> (hạn riêng của năm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="663"/>
        <source>(chưa chọn: mã để trống trên bản in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="665"/>
        <source>{0} — {1} (đã hết hiệu lực: mã để trống)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../app/services/areas.py" line="236"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="242"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="251"/>
        <source>Kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="259"/>
        <source>Tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="273"/>
        <source>Danh mục TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="281"/>
        <source>Văn bản pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="288"/>
        <source>Đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="302"/>
        <source>Kiểm tra của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="309"/>
        <source>Hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="319"/>
        <source>Rủi ro và cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="328"/>
        <source>Hài lòng, phản ánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="337"/>
        <source>Kết quả giải quyết TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="346"/>
        <source>Đào tạo, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="355"/>
        <source>Xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="365"/>
        <source>Báo cáo định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="375"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="382"/>
        <source>Phạm vi và chính sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="387"/>
        <source>Công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="393"/>
        <source>Bộ phận và cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="399"/>
        <source>Thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="407"/>
        <source>Nhật ký thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialogs</name>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="76"/>
        <source>Trưởng đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="78"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="85"/>
        <source>Phiếu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="87"/>
        <source>Đóng ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="89"/>
        <source>Chưa có hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="90"/>
        <source>Không cần</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="223"/>
        <source>Đoàn đánh giá nội bộ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="230"/>
        <source>Bằng chứng: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="253"/>
        <location filename="../../app/ui/pages/audits.py" line="553"/>
        <source>Đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="255"/>
        <source>Chương trình đánh giá của năm, các cuộc đánh giá (đoàn, lịch, phiếu đánh giá, phát hiện) và mọi phát hiện của năm; phát hiện chưa có hành động khắc phục hiện màu đỏ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="264"/>
        <source>Chương trình đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="265"/>
        <location filename="../../app/ui/pages/audits.py" line="303"/>
        <source>Cuộc đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="266"/>
        <location filename="../../app/ui/pages/audits.py" line="340"/>
        <location filename="../../app/ui/pages/audits.py" line="414"/>
        <location filename="../../app/ui/pages/audits.py" line="753"/>
        <source>Phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="273"/>
        <source>Mẫu phiếu đánh giá…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="275"/>
        <source>Xem, sửa bộ câu hỏi mẫu theo TCVN ISO 9001:2015 và lưu làm mẫu của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="284"/>
        <source>Điểm không phù hợp và kiến nghị của năm chưa có phiếu yêu cầu hành động khắc phục và chưa được đóng kèm lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="301"/>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="302"/>
        <location filename="../../app/ui/pages/audits.py" line="715"/>
        <source>Phạm vi đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="304"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="321"/>
        <source>Chưa thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="322"/>
        <source>{0}, từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="330"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="332"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="337"/>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="338"/>
        <location filename="../../app/ui/pages/audits.py" line="714"/>
        <source>Trưởng đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="345"/>
        <source>Phạm vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="349"/>
        <source>Thêm cuộc đánh giá…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="355"/>
        <source>có phát hiện chưa có hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="361"/>
        <source>In văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="363"/>
        <source>Xuất văn bản của cuộc đánh giá đang chọn để trình ký (PDF, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="383"/>
        <source>{0} KPH nặng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="384"/>
        <source>{0} KPH nhẹ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="385"/>
        <source>{0} lưu ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="386"/>
        <source>{0} cải tiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="388"/>
        <source>Chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="395"/>
        <location filename="../../app/ui/pages/audits.py" line="711"/>
        <source>{0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="410"/>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="411"/>
        <source>Đoàn đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="412"/>
        <source>Lịch đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="413"/>
        <source>Phiếu đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="436"/>
        <source>Sửa thông tin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="438"/>
        <source>Kết quả, kết luận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="440"/>
        <source>Kết quả chung, kết luận, ngày và nơi nhận của báo cáo đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="453"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="454"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="455"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="456"/>
        <location filename="../../app/ui/pages/audits.py" line="492"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="466"/>
        <source>Chọn đoàn đánh giá…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="478"/>
        <source>người đánh giá thuộc chính bộ phận được đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="482"/>
        <source>Sửa lịch đánh giá…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="493"/>
        <source>Điều khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="494"/>
        <source>Câu hỏi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="495"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="496"/>
        <source>Bằng chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="499"/>
        <source>Thêm câu hỏi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="507"/>
        <source>Ghi kết quả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="508"/>
        <source>Ghi bằng chứng và kết quả của câu hỏi đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="510"/>
        <source>Sửa câu hỏi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="513"/>
        <source>Lấy câu hỏi từ mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="515"/>
        <source>Thêm các câu hỏi của mẫu phiếu đánh giá cho một bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="529"/>
        <source>Thêm phát hiện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="543"/>
        <source>Tìm nội dung, điều khoản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="544"/>
        <source>Tìm theo nội dung, điều khoản, bằng chứng (không cần gõ dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="548"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="552"/>
        <source>Mọi nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="554"/>
        <source>Kiểm tra của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="556"/>
        <source>Chỉ phát hiện chưa có hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="581"/>
        <source>Xuất danh sách phát hiện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="584"/>
        <source>Danh sách phát hiện của năm (đánh giá nội bộ và kiểm tra của cấp trên): Excel, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="598"/>
        <source>{0} cuộc đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="602"/>
        <source>Mọi bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="609"/>
        <source>Chưa có hành động khắc phục: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="616"/>
        <source>Năm {0} chưa có chương trình đánh giá nội bộ. Bấm “Lập chương trình…” để lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="620"/>
        <source>Lập chương trình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="622"/>
        <source>Chương trình đánh giá nội bộ năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="624"/>
        <source>phê duyệt ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="630"/>
        <source>Sửa chương trình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="634"/>
        <source>{0} cuộc dự kiến, đã thực hiện {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="659"/>
        <source>Năm {0} chưa có cuộc đánh giá nội bộ nào. Bấm “Thêm cuộc đánh giá…” để bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="662"/>
        <source>Chọn một cuộc đánh giá để xem chi tiết.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="673"/>
        <source>Cuộc đánh giá số {0}, từ {1} đến {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="689"/>
        <source>{0} câu hỏi, đã đánh giá {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="692"/>
        <source>Đoàn đánh giá ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="693"/>
        <source>Phiếu đánh giá ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="696"/>
        <source>Phát hiện ({0}, chưa có HĐKP: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="698"/>
        <location filename="../../app/ui/pages/audits.py" line="753"/>
        <source>Phát hiện ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="713"/>
        <source>Quyết định thành lập đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="716"/>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="717"/>
        <source>Chuẩn mực đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="718"/>
        <source>Kết quả chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="719"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="720"/>
        <source>Ngày báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="747"/>
        <source>{0} / {1} phát hiện, chưa có hành động: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="790"/>
        <source>Xuất danh sách phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="826"/>
        <source>cuộc đánh giá số {0} cùng đoàn, lịch, phiếu đánh giá và phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="851"/>
        <source>Lưu ý về lịch đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="867"/>
        <source>câu hỏi “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildList</name>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="470"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="470"/>
        <source>Đưa dòng đang chọn lên trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="473"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="475"/>
        <source>Đưa dòng đang chọn xuống dưới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="591"/>
        <source>Dòng {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectiveActions</name>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="83"/>
        <source>Phân tích nguyên nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="84"/>
        <source>Triển khai thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="85"/>
        <source>Các hành động đã hoàn thành (tự động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="86"/>
        <source>Còn hành động chưa hoàn thành (tự động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="87"/>
        <source>Kiểm tra hiệu lực: có hiệu lực, đóng phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="88"/>
        <source>Kiểm tra hiệu lực: chưa hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="89"/>
        <source>Hủy phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="92"/>
        <source>Mở lại phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="98"/>
        <source>Đã hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="100"/>
        <source>Đã hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="102"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="103"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectiveActionsPage</name>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="125"/>
        <source>Hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="127"/>
        <source>Phiếu yêu cầu hành động khắc phục: phân tích nguyên nhân, thực hiện, kiểm tra hiệu lực rồi mới đóng (TCVN ISO 9001:2015, điều 10.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="158"/>
        <source>Tìm phiếu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="160"/>
        <source>Tìm theo số phiếu, mô tả, nguyên nhân, người phát hiện (không cần gõ dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="166"/>
        <source>Mọi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="170"/>
        <source>Mọi nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="174"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="478"/>
        <source>Mọi bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="178"/>
        <source>Sổ theo dõi của năm: phiếu lập trong năm và phiếu năm trước chưa đóng, chưa hủy trước 01/01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="181"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="483"/>
        <source>Mọi năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="186"/>
        <source>Chỉ quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="233"/>
        <source>Số phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="234"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="652"/>
        <source>Ngày lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="236"/>
        <source>Nội dung không phù hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="238"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="239"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="364"/>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="241"/>
        <source>Chưa xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="246"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="654"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="247"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="415"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="653"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="916"/>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="248"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="666"/>
        <source>Ngày đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="255"/>
        <source>Lập phiếu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="263"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="384"/>
        <source>quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="263"/>
        <source>đã đóng, đã hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="268"/>
        <source>In phiếu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="270"/>
        <source>In phiếu đang chọn ra PDF hoặc Word, theo mẫu biểu của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="273"/>
        <source>Xuất sổ theo dõi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="275"/>
        <source>Sổ theo dõi hành động khắc phục của năm (Excel, PDF hoặc dữ liệu JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="298"/>
        <source>Phân tích nguyên nhân…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="299"/>
        <source>Triển khai thực hiện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="300"/>
        <source>Kiểm tra hiệu lực…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="301"/>
        <source>Hủy phiếu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="302"/>
        <source>Mở lại…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="311"/>
        <source>Chuyển phiếu sang đang phân tích nguyên nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="312"/>
        <source>Bắt đầu thực hiện các hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="313"/>
        <source>Ghi kết quả kiểm tra hiệu lực của các hành động đã hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="314"/>
        <source>Hủy phiếu (ghi ngày và lý do); có thể mở lại sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="315"/>
        <source>Mở lại phiếu đã đóng hoặc đã hủy (ghi lý do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="333"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="334"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="594"/>
        <source>Hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="335"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="603"/>
        <source>Phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="336"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="609"/>
        <source>Kiểm tra hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="337"/>
        <source>Chuyển trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="361"/>
        <source>TT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="362"/>
        <source>Nội dung hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="363"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="366"/>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="371"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="374"/>
        <source>Thêm hành động…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="385"/>
        <source>đã hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="386"/>
        <source>đã hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="392"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="817"/>
        <source>Ghi hoàn thành…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="394"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="820"/>
        <source>Hủy hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="411"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="913"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="412"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="914"/>
        <source>Điều khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="413"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="915"/>
        <source>Nội dung phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="414"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="459"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="418"/>
        <source>Gắn phát hiện…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="419"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="936"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="940"/>
        <source>Bỏ liên kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="423"/>
        <source>Mở phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="424"/>
        <source>Mở phát hiện này ở trang của nó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="434"/>
        <source>Ngày kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="435"/>
        <source>Người kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="436"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="437"/>
        <source>Nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="453"/>
        <source>Có hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="453"/>
        <source>Chưa hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="460"/>
        <source>Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="461"/>
        <source>Từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="462"/>
        <source>Sang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="463"/>
        <source>Lý do, nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="506"/>
        <source>{0}/{1} phiếu · mở {2} · quá hạn {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="542"/>
        <source>Chọn một phiếu để xem nội dung, hành động và kiểm tra hiệu lực.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="556"/>
        <source>Phiếu {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="558"/>
        <source> · hạn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="560"/>
        <source> (quá hạn {0} ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="564"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="566"/>
        <source> ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="594"/>
        <source>Hành động ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="597"/>
        <source>Hành động ({0}, chưa xong {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="601"/>
        <source>Phát hiện ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="607"/>
        <source>Kiểm tra hiệu lực ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="623"/>
        <source>Chưa thể “{0}”: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="625"/>
        <source>Bước tiếp theo: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="637"/>
        <source>chưa xác định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="638"/>
        <source>có ở nơi khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="639"/>
        <source>không có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="646"/>
        <source>cập nhật rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="647"/>
        <source>thay đổi Hệ thống quản lý chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="655"/>
        <source>Người phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="656"/>
        <source>Ngày phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="657"/>
        <source>Mô tả sự không phù hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="658"/>
        <source>Sự khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="659"/>
        <source>Nguyên nhân gốc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="660"/>
        <source>Trường hợp tương tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="661"/>
        <source>Cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="661"/>
        <source>không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="662"/>
        <source>Người phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="663"/>
        <source>Hạn hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="668"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="764"/>
        <source>Ngày hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="669"/>
        <source>Lý do hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="699"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="1041"/>
        <source>Phiếu yêu cầu hành động khắc phục {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="701"/>
        <source>Lập phiếu yêu cầu hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="713"/>
        <source>Để trống hạn: {0} ngày sau ngày lập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="717"/>
        <source>+{0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="731"/>
        <source>phiếu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="756"/>
        <source>Phân tích nguyên nhân — phiếu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="757"/>
        <source>Triển khai thực hiện — phiếu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="758"/>
        <source>Hủy phiếu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="759"/>
        <source>Mở lại phiếu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="762"/>
        <source>Ngày bắt đầu phân tích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="763"/>
        <source>Ngày triển khai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="765"/>
        <source>Ngày mở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="768"/>
        <source>Ví dụ: lập trùng với phiếu khác; sự không phù hợp không còn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="769"/>
        <source>Ví dụ: sự không phù hợp tái diễn; phiếu bị hủy nhầm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="795"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="1053"/>
        <source>Kiểm tra hiệu lực — phiếu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="817"/>
        <source>Bỏ hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="820"/>
        <source>Khôi phục hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="837"/>
        <source>Hành động khắc phục — phiếu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="861"/>
        <source>hành động “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="873"/>
        <source>Ghi hoàn thành hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="907"/>
        <source>Gắn phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="909"/>
        <source>Chọn các phát hiện phiếu {0} xử lý (giữ Ctrl để chọn nhiều). Chỉ hiện phát hiện chưa đóng và chưa có phiếu khác đang xử lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="937"/>
        <source>Phiếu {0} không xử lý phát hiện “{1}” nữa?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="962"/>
        <source>In phiếu yêu cầu hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="982"/>
        <source>Xuất sổ theo dõi hành động khắc phục năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/corrective_actions.py" line="986"/>
        <source>Dữ liệu JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="88"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="92"/>
        <source>Lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="94"/>
        <source>Chọn ngày trên lịch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionExport</name>
    <message>
        <location filename="../../app/ui/dialogs/decision_export.py" line="55"/>
        <source>In quyết định</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="59"/>
        <source>Tài liệu nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="61"/>
        <source>Quy trình, biểu mẫu, hướng dẫn và các lần ban hành; tài liệu hết hiệu lực vẫn tìm được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="150"/>
        <source>Tìm mã, tên, TTHC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="152"/>
        <source>Tìm theo mã hiệu, tên tài liệu, lĩnh vực, mã TTHC (không cần gõ dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="526"/>
        <source>Tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="72"/>
        <location filename="../../app/ui/pages/documents.py" line="253"/>
        <location filename="../../app/ui/pages/documents.py" line="456"/>
        <source>Mã hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="73"/>
        <location filename="../../app/ui/pages/documents.py" line="457"/>
        <source>Tên tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="82"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="83"/>
        <location filename="../../app/ui/pages/documents.py" line="466"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="84"/>
        <location filename="../../app/ui/pages/documents.py" line="255"/>
        <source>Lần BH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="86"/>
        <source>Hiệu lực từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="74"/>
        <location filename="../../app/ui/pages/documents.py" line="256"/>
        <location filename="../../app/ui/pages/documents.py" line="473"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="76"/>
        <source>Cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="91"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="98"/>
        <source>Thêm tài liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="108"/>
        <source>cần cập nhật theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="109"/>
        <source>hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="116"/>
        <source>Nhập từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="118"/>
        <source>Xuất danh mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="138"/>
        <source>Sắp hiệu lực (từ {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="141"/>
        <source> · lần {0} từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="158"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="163"/>
        <source>Mọi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="212"/>
        <source>Lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="215"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="221"/>
        <source>Ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="226"/>
        <location filename="../../app/ui/pages/documents.py" line="284"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="227"/>
        <source>Nội dung sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="228"/>
        <source>Soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="229"/>
        <source>Phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="230"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="234"/>
        <source>Ban hành lần mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="243"/>
        <source>Mở tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="245"/>
        <source>Lưu bản sao…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="249"/>
        <source>Các lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="254"/>
        <source>Tên biểu mẫu / hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="269"/>
        <source>Biểu mẫu kèm theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="273"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="274"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="276"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="282"/>
        <source>Hạn cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="294"/>
        <source>Mở việc cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="296"/>
        <source>Mở văn bản và việc cập nhật này ở trang Văn bản pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="299"/>
        <location filename="../../app/ui/pages/documents.py" line="428"/>
        <source>Cập nhật theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="303"/>
        <location filename="../../app/ui/pages/documents.py" line="435"/>
        <source>Chuyển hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="316"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="319"/>
        <source>Mọi bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="352"/>
        <source>{0} / {1} tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="388"/>
        <source>Chọn một tài liệu để xem các lần ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="402"/>
        <source>Sắp hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="405"/>
        <source>Lĩnh vực: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="407"/>
        <source>Bộ phận: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="409"/>
        <source>Thuộc quy trình: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="411"/>
        <source>Mã TTHC: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="415"/>
        <source>Lần {0} sẽ hiệu lực từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="426"/>
        <source>Cập nhật theo văn bản ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="430"/>
        <source>Biểu mẫu kèm theo ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="435"/>
        <source>Dùng lại (đang hiệu lực)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="447"/>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="450"/>
        <source>(không thuộc quy trình nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="460"/>
        <source>Loại tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="470"/>
        <source>Bộ phận chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="479"/>
        <source>Thuộc quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="482"/>
        <source>Chỉ với biểu mẫu, hướng dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="486"/>
        <source>Mã TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="488"/>
        <source>Các thủ tục hành chính quy trình này giải quyết, cách nhau bởi dấu chấm phẩy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="490"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="533"/>
        <source>tài liệu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="543"/>
        <source>Hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="544"/>
        <source>Chuyển {0} sang hết hiệu lực? Tài liệu vẫn được lưu và tìm được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="545"/>
        <source>Chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="580"/>
        <source>lần ban hành {0} của {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="603"/>
        <source>Lưu bản sao ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="25"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="30"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="31"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="38"/>
        <source>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="40"/>
        <source>Chi tiết được ghi trong tệp nhật ký:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="44"/>
        <source>Lỗi ngoài dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="47"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="35"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="985"/>
        <source>PDF để in (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="36"/>
        <source>Văn bản Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="37"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="984"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="38"/>
        <source>Số liệu cho phần mềm khác (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="96"/>
        <location filename="../../app/ui/pages/corrective_actions.py" line="1008"/>
        <source>Đang xuất tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="108"/>
        <source>Lưu ý trước khi trình ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="161"/>
        <source>Xuất danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="106"/>
        <source>Đã lưu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="116"/>
        <source>Mở tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="117"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../app/services/area_defs.py" line="215"/>
        <source>Danh mục tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="223"/>
        <source>Danh mục thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="230"/>
        <source>Kế hoạch thực hiện mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="238"/>
        <source>Kế hoạch duy trì, cải tiến HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="260"/>
        <source>Quyết định kiện toàn Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="269"/>
        <source>Quyết định công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="428"/>
        <source>Quyết định thành lập Đoàn đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="437"/>
        <source>Kế hoạch đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="446"/>
        <source>Phiếu đánh giá nội bộ (để trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="455"/>
        <source>Báo cáo đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="464"/>
        <source>Phiếu yêu cầu hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="474"/>
        <source>Sổ theo dõi hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="483"/>
        <source>Danh sách phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="624"/>
        <source>Sổ theo dõi rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="631"/>
        <source>Kết quả khảo sát sự hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="638"/>
        <source>Sổ theo dõi phản ánh, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="645"/>
        <source>Kết quả giải quyết thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="652"/>
        <source>Danh sách đào tạo, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="740"/>
        <source>Biên bản họp xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="750"/>
        <source>Sổ theo dõi quyết định sau xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="824"/>
        <source>Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../app/services/figure_records.py" line="40"/>
        <source>Quyết định của các kỳ xem xét trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="41"/>
        <source>Văn bản pháp lý có hiệu lực trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="42"/>
        <source>Tài liệu ban hành, sửa đổi có hiệu lực trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="43"/>
        <source>Các đợt khảo sát sự hài lòng kết thúc trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="44"/>
        <source>Phản ánh, kiến nghị tiếp nhận trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="45"/>
        <source>Mục tiêu chất lượng của năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="46"/>
        <source>Số liệu giải quyết TTHC trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="47"/>
        <source>Phiếu HĐKP mở trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="48"/>
        <source>Phiếu HĐKP đóng trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="49"/>
        <source>Phiếu HĐKP chưa đóng ở cuối kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="50"/>
        <source>Phiếu HĐKP quá hạn ở cuối kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="51"/>
        <source>Cuộc đánh giá nội bộ trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="52"/>
        <source>Cuộc kiểm tra của cấp trên trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="53"/>
        <source>Phát hiện của các cuộc đánh giá, kiểm tra trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="54"/>
        <source>Đánh giá hiệu lực xử lý rủi ro, cơ hội trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="55"/>
        <source>Cơ hội cải tiến ghi nhận trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="56"/>
        <source>Lớp đào tạo, tập huấn trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="57"/>
        <source>Quy trình ban hành mới trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="58"/>
        <source>Quy trình sửa đổi, bổ sung trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="59"/>
        <source>Văn bản pháp lý dẫn đến việc ban hành, sửa đổi quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="62"/>
        <source>Quy trình hết hiệu lực trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="63"/>
        <source>Quy trình nội bộ đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="64"/>
        <source>TTHC thuộc thẩm quyền giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/figure_records.py" line="65"/>
        <source>Cuộc họp xem xét của lãnh đạo trong kỳ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="28"/>
        <source>Thư ký ISO — Khai báo cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="33"/>
        <source>&lt;b&gt;Chào mừng đến với Thư ký ISO.&lt;/b&gt;&lt;br&gt;Hãy khai báo cơ quan áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015. Thông tin này được in trên mọi văn bản; có thể sửa lại bất cứ lúc nào ở trang Thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="42"/>
        <source>Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="46"/>
        <source>Người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="49"/>
        <location filename="../../app/ui/dialogs/first_run.py" line="61"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="50"/>
        <location filename="../../app/ui/dialogs/first_run.py" line="62"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="50"/>
        <source>Ví dụ: Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="55"/>
        <source>Ký văn bản (mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="58"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="76"/>
        <source>Bắt đầu sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="78"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="90"/>
        <source>Khả năng xảy ra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="111"/>
        <source>Mức độ ảnh hưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="145"/>
        <source>Khả năng {0} × ảnh hưởng {1} = {2} điểm, mức {3}: {4} rủi ro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/services/area_defs.py" line="97"/>
        <source>Mã hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="98"/>
        <source>Tên tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="99"/>
        <source>Loại tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="100"/>
        <location filename="../../app/services/area_defs.py" line="118"/>
        <location filename="../../app/services/area_defs.py" line="576"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="101"/>
        <source>Bộ phận chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="102"/>
        <location filename="../../app/services/area_defs.py" line="147"/>
        <location filename="../../app/services/area_defs.py" line="817"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="103"/>
        <source>Thuộc quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="104"/>
        <location filename="../../app/services/area_defs.py" line="121"/>
        <location filename="../../app/services/area_defs.py" line="139"/>
        <location filename="../../app/services/history.py" line="148"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="116"/>
        <location filename="../../app/services/history.py" line="172"/>
        <source>Mã TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="117"/>
        <source>Tên thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="119"/>
        <source>Cấp thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="120"/>
        <source>Thuộc thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="132"/>
        <location filename="../../app/services/history.py" line="224"/>
        <source>Loại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="133"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="134"/>
        <location filename="../../app/services/history.py" line="151"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="135"/>
        <location filename="../../app/services/history.py" line="246"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="136"/>
        <location filename="../../app/services/history.py" line="166"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="137"/>
        <location filename="../../app/services/history.py" line="165"/>
        <source>Ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="138"/>
        <source>Được thay thế bởi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="148"/>
        <location filename="../../app/services/history.py" line="110"/>
        <location filename="../../app/services/history.py" line="167"/>
        <source>Lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="149"/>
        <source>Lý do không sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="150"/>
        <location filename="../../app/services/area_defs.py" line="184"/>
        <location filename="../../app/services/history.py" line="159"/>
        <location filename="../../app/services/history.py" line="160"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="160"/>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="161"/>
        <source>Chỉ số đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="162"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="163"/>
        <source>So sánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="164"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="165"/>
        <source>Cách tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="166"/>
        <source>Tần suất đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="167"/>
        <location filename="../../app/services/area_defs.py" line="362"/>
        <location filename="../../app/services/area_defs.py" line="396"/>
        <location filename="../../app/services/area_defs.py" line="561"/>
        <location filename="../../app/services/history.py" line="96"/>
        <location filename="../../app/services/history.py" line="183"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="168"/>
        <location filename="../../app/services/area_defs.py" line="529"/>
        <source>Người chịu trách nhiệm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="178"/>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="179"/>
        <location filename="../../app/services/history.py" line="154"/>
        <source>Thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="180"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="181"/>
        <source>Quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="182"/>
        <location filename="../../app/services/history.py" line="158"/>
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="183"/>
        <location filename="../../app/services/area_defs.py" line="402"/>
        <location filename="../../app/services/area_defs.py" line="531"/>
        <location filename="../../app/services/history.py" line="144"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="185"/>
        <source>Sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="186"/>
        <location filename="../../app/services/history.py" line="188"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="342"/>
        <location filename="../../app/services/history.py" line="138"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="343"/>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="344"/>
        <source>Ngày quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="345"/>
        <location filename="../../app/services/area_defs.py" line="542"/>
        <location filename="../../app/services/area_defs.py" line="574"/>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="346"/>
        <location filename="../../app/services/area_defs.py" line="543"/>
        <location filename="../../app/services/area_defs.py" line="575"/>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="347"/>
        <location filename="../../app/services/history.py" line="152"/>
        <source>Phạm vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="348"/>
        <source>Chuẩn mực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="349"/>
        <location filename="../../app/services/area_defs.py" line="381"/>
        <location filename="../../app/services/area_defs.py" line="565"/>
        <location filename="../../app/services/area_defs.py" line="706"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="360"/>
        <source>Loại phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="361"/>
        <location filename="../../app/services/history.py" line="185"/>
        <location filename="../../app/services/history.py" line="186"/>
        <source>Điều khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="363"/>
        <location filename="../../app/services/history.py" line="147"/>
        <source>Mô tả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="364"/>
        <source>Bằng chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="365"/>
        <source>Ngày đóng không cần hành động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="366"/>
        <source>Lý do đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="377"/>
        <source>Ngày kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="378"/>
        <source>Cơ quan kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="379"/>
        <source>Căn cứ kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="380"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="382"/>
        <source>Số thông báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="383"/>
        <source>Hạn báo cáo khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="394"/>
        <location filename="../../app/services/history.py" line="218"/>
        <source>Ngày lập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="395"/>
        <location filename="../../app/services/history.py" line="287"/>
        <source>Nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="397"/>
        <source>Người phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="398"/>
        <source>Mô tả sự không phù hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="399"/>
        <source>Sự khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="400"/>
        <location filename="../../app/services/history.py" line="215"/>
        <source>Nguyên nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="401"/>
        <source>Hạn hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="403"/>
        <location filename="../../app/services/area_defs.py" line="532"/>
        <location filename="../../app/services/history.py" line="161"/>
        <source>Ngày đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="404"/>
        <source>Lý do hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="524"/>
        <location filename="../../app/services/area_defs.py" line="593"/>
        <location filename="../../app/services/history.py" line="140"/>
        <location filename="../../app/services/history.py" line="141"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="525"/>
        <source>Tên rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="526"/>
        <source>Quá trình, lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="527"/>
        <source>Khả năng xảy ra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="528"/>
        <source>Mức độ ảnh hưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="530"/>
        <source>Ngày xem xét lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="544"/>
        <source>Số phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="545"/>
        <source>Rất hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="546"/>
        <source>Hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="547"/>
        <source>Bình thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="548"/>
        <source>Không hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="558"/>
        <source>Ngày tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="559"/>
        <source>Hình thức tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="560"/>
        <location filename="../../app/services/area_defs.py" line="591"/>
        <location filename="../../app/services/history.py" line="145"/>
        <location filename="../../app/services/history.py" line="146"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="562"/>
        <source>Xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="563"/>
        <location filename="../../app/services/history.py" line="174"/>
        <location filename="../../app/services/history.py" line="189"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="564"/>
        <source>Ngày giải quyết xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="577"/>
        <source>Mới tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="578"/>
        <source>Trước hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="579"/>
        <source>Đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="580"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="590"/>
        <location filename="../../app/services/history.py" line="156"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="592"/>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="594"/>
        <source>Số giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="698"/>
        <source>Số biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="699"/>
        <source>Ngày họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="700"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="701"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="702"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="703"/>
        <location filename="../../app/services/history.py" line="259"/>
        <source>Số liệu từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="704"/>
        <location filename="../../app/services/history.py" line="260"/>
        <source>Số liệu đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="705"/>
        <source>Tình trạng biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="814"/>
        <source>Số báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="815"/>
        <location filename="../../app/services/history.py" line="269"/>
        <source>Ngày báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="816"/>
        <source>Ngày chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="818"/>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="81"/>
        <source>Tạo mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="82"/>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="83"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="84"/>
        <source>Chuyển trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="90"/>
        <source>Cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="91"/>
        <source>Thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="92"/>
        <source>Lãnh đạo cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="93"/>
        <location filename="../../app/services/history.py" line="268"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="94"/>
        <location filename="../../app/services/history.py" line="248"/>
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="95"/>
        <source>Hạn báo cáo theo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="97"/>
        <location filename="../../app/services/history.py" line="180"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="98"/>
        <source>Quyết định Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="99"/>
        <source>Thành viên Ban chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="100"/>
        <source>Phạm vi áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="101"/>
        <location filename="../../app/services/history.py" line="263"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="102"/>
        <source>Quyết định công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="103"/>
        <source>Văn bản mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="104"/>
        <location filename="../../app/services/history.py" line="262"/>
        <source>Kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="105"/>
        <source>Chương trình đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="106"/>
        <source>Cuộc đánh giá trong chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="107"/>
        <location filename="../../app/services/history.py" line="178"/>
        <source>Tệp đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="108"/>
        <source>Câu hỏi mẫu phiếu đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="109"/>
        <source>Mã biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="111"/>
        <source>Tệp của lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="112"/>
        <source>TTHC của quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="113"/>
        <source>Kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="114"/>
        <source>Kế hoạch thực hiện mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="115"/>
        <source>Thành viên đoàn đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="116"/>
        <source>Lịch đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="117"/>
        <location filename="../../app/services/history.py" line="216"/>
        <source>Câu hỏi phiếu đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="118"/>
        <source>Hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="119"/>
        <source>Kiểm tra hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="120"/>
        <source>Phát hiện liên quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="121"/>
        <source>Biện pháp xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="122"/>
        <source>Đánh giá hiệu lực biện pháp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="123"/>
        <source>Quyết định sau xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="124"/>
        <source>Người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="130"/>
        <source>Lý do chuyển trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="131"/>
        <source>Khôi phục từ tệp sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="132"/>
        <location filename="../../app/services/history.py" line="133"/>
        <source>Tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="134"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="135"/>
        <source>Tên viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="136"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="137"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="139"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="142"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="143"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="149"/>
        <source>Nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="150"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="153"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="155"/>
        <source>Người kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="157"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="162"/>
        <source>Đã hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="163"/>
        <source>Có hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="164"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="168"/>
        <source>Tóm tắt sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="169"/>
        <source>Người soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="170"/>
        <source>Người xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="171"/>
        <location filename="../../app/services/history.py" line="210"/>
        <source>Người phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="173"/>
        <source>Kỳ đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="175"/>
        <source>Hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="176"/>
        <source>Nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="177"/>
        <source>Đánh giá kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="179"/>
        <source>Chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="181"/>
        <source>Chuyên gia đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="182"/>
        <source>Người được đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="184"/>
        <source>Phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="187"/>
        <source>Câu hỏi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="190"/>
        <source>Quá trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="191"/>
        <source>Từ giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="192"/>
        <source>Đến giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="193"/>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="194"/>
        <source>Khả năng xảy ra còn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="195"/>
        <source>Mức độ ảnh hưởng còn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="196"/>
        <source>Tên tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="197"/>
        <source>Dung lượng (byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="198"/>
        <source>Đang sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="199"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="200"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="201"/>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="202"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="203"/>
        <source>Vắng mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="204"/>
        <source>Nơi nhận (kính gửi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="205"/>
        <source>Tên cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="206"/>
        <source>Hạn báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="207"/>
        <source>Ngày hạn báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="208"/>
        <source>Tháng hạn báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="209"/>
        <source>Ngày phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="211"/>
        <source>Thành phần tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="212"/>
        <source>Cuộc đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="213"/>
        <source>Ngày hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="214"/>
        <source>Kỳ trước chuyển sang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="217"/>
        <source>Chữ viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="219"/>
        <source>Hậu quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="220"/>
        <source>Sửa đổi báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="221"/>
        <source>Đã sửa ngày chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="222"/>
        <source>Việc trong chu trình năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="223"/>
        <source>Nội dung thảo luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="225"/>
        <source>Tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="226"/>
        <source>Đơn vị soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="227"/>
        <source>Số ngày báo sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="228"/>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="229"/>
        <source>Biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="230"/>
        <source>Ngày phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="231"/>
        <source>Thể thức văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="232"/>
        <source>Kinh phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="233"/>
        <source>Ngày nhận diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="234"/>
        <source>Tổ chức thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="235"/>
        <source>Tình trạng các quyết định trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="236"/>
        <source>Cơ hội cải tiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="237"/>
        <source>Thay đổi các vấn đề nội bộ, bên ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="238"/>
        <source>Kết quả thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="239"/>
        <source>Kết quả của nhà cung cấp bên ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="240"/>
        <source>Sự đầy đủ của nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="241"/>
        <source>Hiệu lực của hành động giải quyết rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="242"/>
        <source>Cuộc kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="243"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="244"/>
        <source>Điện thoại thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="245"/>
        <source>Chức vụ thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="247"/>
        <source>Lời dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="249"/>
        <source>Văn bản pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="250"/>
        <source>Phương pháp khảo sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="251"/>
        <source>Ngày thông báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="252"/>
        <source>Ngày hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="253"/>
        <source>Gửi kèm kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="254"/>
        <source>Gửi kèm báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="255"/>
        <source>Cơ quan cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="256"/>
        <source>Đang giải quyết trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="257"/>
        <source>Đang giải quyết quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="258"/>
        <source>Cách tính kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="261"/>
        <source>Địa danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="264"/>
        <source>Ngày niêm yết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="265"/>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="266"/>
        <source>Tiếp nhận trực tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="267"/>
        <source>Tiếp nhận trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="270"/>
        <source>Đề cương báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="271"/>
        <source>Văn bản yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="272"/>
        <source>Yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="273"/>
        <source>Mức cao từ điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="274"/>
        <source>Mức trung bình từ điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="275"/>
        <source>Nội dung các phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="276"/>
        <source>Người phản ánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="277"/>
        <source>Số thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="278"/>
        <source>Mã băm SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="279"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="280"/>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="281"/>
        <source>Có sự không phù hợp tương tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="282"/>
        <source>Sự không phù hợp tương tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="283"/>
        <source>Hạn báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="284"/>
        <source>Ngày hạn báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="285"/>
        <source>Tháng hạn báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="286"/>
        <source>Có báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="288"/>
        <source>Hồ sơ nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="289"/>
        <source>Loại hồ sơ nguồn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="290"/>
        <source>Trạng thái trước khi hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="291"/>
        <source>Tóm tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="292"/>
        <source>Thành phần đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="293"/>
        <source>Số tháng cập nhật quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="294"/>
        <source>Cập nhật HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/history.py" line="295"/>
        <source>Cập nhật rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../app/ui/pages/history.py" line="79"/>
        <source>Nhật ký thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="81"/>
        <source>Mọi lần tạo, sửa, xóa và chuyển trạng thái hồ sơ: lúc nào, ai (tài khoản máy tính), trên máy nào, thay đổi gì. Nhật ký chỉ được ghi thêm, không sửa hay xóa được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="91"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="92"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="93"/>
        <source>Loại hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="94"/>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="95"/>
        <source>Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="96"/>
        <source>Nội dung thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="103"/>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="104"/>
        <source>Chuyển đến hồ sơ của thay đổi đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="108"/>
        <source>Chi tiết thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="122"/>
        <source>Từ ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="126"/>
        <source>Đến ngày:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="131"/>
        <source>Loại hồ sơ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="136"/>
        <location filename="../../app/ui/pages/history.py" line="145"/>
        <location filename="../../app/ui/pages/history.py" line="161"/>
        <location filename="../../app/ui/pages/history.py" line="162"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="141"/>
        <source>Người dùng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/history.py" line="182"/>
        <source>{0} thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="75"/>
        <source>Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="79"/>
        <source>Trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="80"/>
        <source>Sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="109"/>
        <source>Thời điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="114"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="116"/>
        <source>Thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="123"/>
        <source>Lịch sử thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="128"/>
        <source>Chi tiết thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/history.py" line="173"/>
        <source>Lịch sử</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="53"/>
        <source>Nhập danh mục thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="53"/>
        <source>Nhập danh mục tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="60"/>
        <source>Chọn tệp Excel (.xlsx) hoặc .csv: danh sách tải từ Cổng dịch vụ công, phụ lục quyết định công bố TTHC của tỉnh, hoặc tệp mẫu của chương trình. Chương trình tự tìm dòng tiêu đề và các dòng nhóm (lĩnh vực, cấp thực hiện). Chưa có gì được ghi cho đến khi bấm “Nhập”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="66"/>
        <source>Chọn tệp Excel (.xlsx) hoặc .csv của danh mục tài liệu nội bộ (xem tệp mẫu). Tài liệu đã có được nhận ra theo mã hiệu; lần ban hành mới hơn được thêm vào lịch sử ban hành. Chưa có gì được ghi cho đến khi bấm “Nhập”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="76"/>
        <source>Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="79"/>
        <source>Chưa chọn tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="81"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="84"/>
        <source>Tải mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="85"/>
        <source>Lưu tệp mẫu .xlsx của chương trình để điền rồi nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="101"/>
        <source>Tên thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="101"/>
        <source>Tên tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="102"/>
        <source>Dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="106"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="114"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="123"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="108"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="117"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="116"/>
        <source>Thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="124"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="137"/>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="140"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="158"/>
        <source>Chọn tệp để nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="160"/>
        <source>Bảng tính (*.xlsx *.csv);;Tất cả tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="169"/>
        <source>Lưu tệp mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="171"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="186"/>
        <source>Đã lưu tệp mẫu {0}. Điền vào tệp rồi bấm “Chọn tệp…” để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="228"/>
        <source>Đang đọc tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="239"/>
        <source>Đang nhập dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="247"/>
        <source>Đã nhập: thêm mới {0}, cập nhật {1}, không đổi {2}, bị loại {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="266"/>
        <source>Thêm mới ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="267"/>
        <source>Cập nhật ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="268"/>
        <source>Bị loại ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="276"/>
        <source>Trang tính “{0}”, dòng tiêu đề {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="278"/>
        <source>Dòng tiêu đề {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="281"/>
        <source>Không đổi: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="283"/>
        <source> — các dòng bị loại không được nhập; sửa tệp rồi chọn lại nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="285"/>
        <source> — không có gì để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="35"/>
        <source>Kiểm tra của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="37"/>
        <source>Các cuộc kiểm tra việc áp dụng HTQLCL của cơ quan cấp trên, kết luận và các kiến nghị; kiến nghị chưa có hành động khắc phục hiện màu đỏ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="49"/>
        <source>Ngày kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="50"/>
        <source>Cơ quan kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="51"/>
        <location filename="../../app/ui/pages/inspections.py" line="183"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="52"/>
        <location filename="../../app/ui/pages/inspections.py" line="186"/>
        <source>Thông báo kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="54"/>
        <source>Hạn khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="59"/>
        <location filename="../../app/ui/pages/inspections.py" line="115"/>
        <source>Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="63"/>
        <source>Thêm cuộc kiểm tra…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="68"/>
        <source>có kiến nghị chưa có hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="83"/>
        <source>{0}, chưa có HĐKP: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="90"/>
        <location filename="../../app/ui/pages/inspections.py" line="180"/>
        <source>{0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="119"/>
        <source>Thêm kiến nghị…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="133"/>
        <source>{0} cuộc kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="151"/>
        <source>Chưa có cuộc kiểm tra nào. Bấm “Thêm cuộc kiểm tra…” để ghi nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="153"/>
        <source>Chọn một cuộc kiểm tra để xem kết luận và kiến nghị.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="161"/>
        <source>Kiểm tra ngày {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="166"/>
        <source>{0} kiến nghị, chưa có hành động khắc phục: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="182"/>
        <source>Căn cứ kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="184"/>
        <source>Thành phần đoàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="185"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="187"/>
        <source>Hạn báo cáo khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="190"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/inspections.py" line="205"/>
        <source>cuộc kiểm tra ngày {0} cùng các kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="303"/>
        <source>UBND xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="304"/>
        <source>Trường học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="305"/>
        <source>Sở/ban/ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="306"/>
        <source>Cơ quan khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="309"/>
        <source>Người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="310"/>
        <source>Cấp phó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="313"/>
        <source>Trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="314"/>
        <source>Phó trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="315"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="316"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="319"/>
        <source>Công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="320"/>
        <source>Công bố lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="323"/>
        <source>Theo Nghị định 09/2019/NĐ-CP (15/12 năm trước – 14/6 và 14/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="326"/>
        <source>Theo nửa năm dương lịch (01/01 – 30/6 và 31/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="328"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="329"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="286"/>
        <source>còn {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="287"/>
        <source>hạn là hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="288"/>
        <source>đã qua {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="358"/>
        <source>Quy trình TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="359"/>
        <source>Quy trình nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="360"/>
        <source>Biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="361"/>
        <source>Hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="362"/>
        <source>Chính sách, kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="380"/>
        <location filename="../../app/services/vocabulary.py" line="571"/>
        <location filename="../../app/services/vocabulary.py" line="596"/>
        <source>Dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="381"/>
        <source>Đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="382"/>
        <source>Hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="385"/>
        <source>Đang áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="386"/>
        <source>Sắp hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="387"/>
        <source>Đã thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="390"/>
        <source>Văn bản quy phạm pháp luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="391"/>
        <source>Quyết định công bố TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="392"/>
        <source>Tài liệu bên ngoài khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="395"/>
        <source>VBQPPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="396"/>
        <source>QĐ công bố TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="397"/>
        <source>Tài liệu khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="405"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="406"/>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="407"/>
        <source>Chưa cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="408"/>
        <source>Đã cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="409"/>
        <source>Không cần sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="455"/>
        <source>Không phù hợp nặng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="456"/>
        <source>Không phù hợp nhẹ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="457"/>
        <location filename="../../app/services/vocabulary.py" line="464"/>
        <source>Điểm lưu ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="458"/>
        <location filename="../../app/services/vocabulary.py" line="465"/>
        <source>Cơ hội cải tiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="459"/>
        <source>Kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="462"/>
        <source>Phù hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="463"/>
        <source>Không phù hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="468"/>
        <source>Họp khai mạc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="469"/>
        <source>Đánh giá tại bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="470"/>
        <source>Họp kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="473"/>
        <source>Trực tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="474"/>
        <source>Qua hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="477"/>
        <source>Mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="478"/>
        <source>Đang phân tích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="480"/>
        <source>Chờ kiểm tra hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="481"/>
        <location filename="../../app/services/vocabulary.py" line="527"/>
        <source>Đã đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="482"/>
        <location filename="../../app/services/vocabulary.py" line="582"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="485"/>
        <source>Đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="486"/>
        <source>Kiểm tra của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="487"/>
        <source>Phản ánh, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="488"/>
        <source>Xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="489"/>
        <source>Hồ sơ TTHC trễ hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="490"/>
        <source>Tự phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="491"/>
        <source>Rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="522"/>
        <source>Rủi ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="523"/>
        <source>Cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="526"/>
        <source>Đang theo dõi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="531"/>
        <source>Thấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="532"/>
        <source>Trung bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="533"/>
        <source>Cao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="536"/>
        <source>Đúng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="537"/>
        <source>Đúng một phần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="538"/>
        <source>Sai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="539"/>
        <source>Chưa kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="542"/>
        <source>Nâng cao nhận thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="543"/>
        <source>Chuyên gia đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="544"/>
        <source>Chuyên môn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="572"/>
        <location filename="../../app/services/vocabulary.py" line="597"/>
        <source>Đã ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="575"/>
        <source>Cải tiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="576"/>
        <source>Thay đổi HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="577"/>
        <source>Nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="592"/>
        <source>Báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="593"/>
        <source>Báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="598"/>
        <source>Đã gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="620"/>
        <source>Giá trị kỳ gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="621"/>
        <source>Cộng dồn các kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="622"/>
        <source>Trung bình các kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="625"/>
        <source>Hằng tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="626"/>
        <source>Hằng quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="627"/>
        <source>6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="628"/>
        <source>Hằng năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="647"/>
        <source>Quý {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="648"/>
        <source>Tháng {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="649"/>
        <source>6 tháng đầu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="650"/>
        <source>6 tháng cuối năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="651"/>
        <source>Cả năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="631"/>
        <source>Chưa đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="632"/>
        <source>Đang đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="633"/>
        <source>Có nguy cơ không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="634"/>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="635"/>
        <source>Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="638"/>
        <source>Chưa thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="479"/>
        <location filename="../../app/services/vocabulary.py" line="580"/>
        <location filename="../../app/services/vocabulary.py" line="639"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="581"/>
        <location filename="../../app/services/vocabulary.py" line="640"/>
        <source>Đã hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="643"/>
        <source>Theo quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="644"/>
        <source>Trước ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="645"/>
        <location filename="../../app/services/vocabulary.py" line="653"/>
        <source>Thường xuyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="652"/>
        <source>Trước {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalBasisKinds</name>
    <message>
        <location filename="../../app/services/agency.py" line="62"/>
        <source>Kế hoạch duy trì, cải tiến HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/agency.py" line="63"/>
        <source>Kế hoạch thực hiện mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/agency.py" line="64"/>
        <source>Báo cáo 6 tháng, báo cáo năm về HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="91"/>
        <source>Văn bản pháp lý và tài liệu bên ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="93"/>
        <source>Khi văn bản quy phạm pháp luật hoặc danh mục TTHC thay đổi, các quy trình bị ảnh hưởng phải được cập nhật trong thời hạn quy định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="101"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="102"/>
        <location filename="../../app/ui/pages/legal.py" line="347"/>
        <source>Việc cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="128"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="153"/>
        <location filename="../../app/ui/pages/legal.py" line="383"/>
        <location filename="../../app/ui/pages/legal.py" line="426"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="154"/>
        <location filename="../../app/ui/pages/legal.py" line="385"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="155"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="169"/>
        <location filename="../../app/ui/pages/legal.py" line="387"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="171"/>
        <location filename="../../app/ui/pages/legal.py" line="388"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="157"/>
        <location filename="../../app/ui/pages/legal.py" line="391"/>
        <location filename="../../app/ui/pages/legal.py" line="479"/>
        <source>Ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="176"/>
        <source>Thay thế bởi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="164"/>
        <source>Cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="115"/>
        <source>Các quy trình bị ảnh hưởng phải được cập nhật trong số tháng này, kể từ ngày văn bản mới có hiệu lực.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="118"/>
        <source>Hạn cập nhật quy trình:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="125"/>
        <source>tháng sau ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="178"/>
        <source>Thêm văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="185"/>
        <source>Mọi loại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="196"/>
        <source>quá hạn cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="197"/>
        <source>sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="198"/>
        <source>đã bị thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="205"/>
        <source>văn bản {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="225"/>
        <source>Thêm quy trình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="226"/>
        <source>Thêm các quy trình bị ảnh hưởng bởi văn bản này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="239"/>
        <source> (quá hạn {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="241"/>
        <source> (sắp đến hạn {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="259"/>
        <source>đã xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="262"/>
        <source>Đã cập nhật…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="263"/>
        <source>Ghi nhận lần ban hành của quy trình đã phản ánh văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="264"/>
        <location filename="../../app/ui/pages/legal.py" line="530"/>
        <location filename="../../app/ui/pages/legal.py" line="534"/>
        <source>Bỏ liên kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="267"/>
        <source>Không cần sửa đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="269"/>
        <source>Mở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="297"/>
        <source>Chỉ việc chưa xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="313"/>
        <source>Không có quy trình nào đang chờ cập nhật theo văn bản mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="315"/>
        <source>Cần cập nhật {0} quy trình: quá hạn {1}, sắp đến hạn {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="345"/>
        <source>Việc cần cập nhật ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="353"/>
        <source>Chọn một văn bản để xem các quy trình phải cập nhật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="359"/>
        <source>Quy trình phải cập nhật theo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="361"/>
        <source> (hiệu lực {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="376"/>
        <source>(chưa bị thay thế)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="386"/>
        <source>Trích yếu / tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="387"/>
        <source>Chính phủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="393"/>
        <source>Hạn cập nhật quy trình tính từ ngày này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="395"/>
        <source>Bị thay thế bởi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="396"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="399"/>
        <source>Văn bản pháp lý / tài liệu bên ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="416"/>
        <source>Quy trình bị ảnh hưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="418"/>
        <source>Chọn các quy trình phải cập nhật theo {0} (giữ Ctrl để chọn nhiều). Có thể tìm theo mã TTHC ghi trong văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="422"/>
        <source>Mã hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="423"/>
        <source>Mã TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="424"/>
        <source>Tên quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="430"/>
        <source>Quy trình TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="434"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="475"/>
        <source>Đã cập nhật bằng lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="476"/>
        <source>Chọn lần ban hành của {0} đã phản ánh {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="478"/>
        <source>Lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="480"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="481"/>
        <source>Nội dung sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="500"/>
        <source>Không cần sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="504"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="509"/>
        <source>Ví dụ: văn bản mới không thay đổi thành phần hồ sơ, thời hạn, phí, lệ phí của thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="531"/>
        <source>Bỏ {0} khỏi danh sách phải cập nhật theo {1}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="490"/>
        <source>Tìm (không cần gõ dấu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="491"/>
        <source>Tìm trong mọi cột, không cần gõ dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="531"/>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="532"/>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="533"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="539"/>
        <source>Xuất Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="541"/>
        <source>Lưu ra tệp Excel đúng các dòng đang hiện (theo ô tìm và thứ tự sắp xếp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="679"/>
        <source>{0} dòng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="141"/>
        <source>Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>Thư mục dữ liệu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>Khôi phục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>Từ lần mở trước ({0}) có {1} việc mới quá hạn: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Quá hạn: {0} việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Không có việc quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="222"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="223"/>
        <source>Sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Mở thư mục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="241"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="242"/>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="246"/>
        <source>Tìm mọi hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="254"/>
        <source>Tìm mọi hồ sơ (Ctrl+K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; phiên bản {1}&lt;br&gt;Quản lý Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho cơ quan hành chính nhà nước. Chạy trên máy, không cần mạng.&lt;br&gt;&lt;br&gt;Thư mục dữ liệu:&lt;br&gt;{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="356"/>
        <source>Không tìm thấy bản ghi (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>Sao lưu dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="372"/>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>Tệp sao lưu (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>Đã sao lưu dữ liệu vào:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="386"/>
        <source>Đang sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="404"/>
        <location filename="../../app/ui/main_window.py" line="409"/>
        <location filename="../../app/ui/main_window.py" line="414"/>
        <location filename="../../app/ui/main_window.py" line="425"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="411"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {0}?
Dữ liệu hiện tại sẽ được giữ lại trong thư mục backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="425"/>
        <source>Đã khôi phục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="433"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="498"/>
        <source>Đang {0}. Đóng ứng dụng ngay khi việc này xong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="499"/>
        <source>Đóng khi xong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="373"/>
        <source>Gợi ý từ số liệu một cửa: {0}&#xa0;% ({1}) — bấm để dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="379"/>
        <source>Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn lũy kế từ đầu năm, theo trang Kết quả giải quyết TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="390"/>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="390"/>
        <source>Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveChart</name>
    <message>
        <location filename="../../app/ui/widgets/chart.py" line="76"/>
        <source>Chọn một mục tiêu để xem biểu đồ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chart.py" line="94"/>
        <source>Kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chart.py" line="102"/>
        <source>Chỉ tiêu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chart.py" line="116"/>
        <source>Cộng dồn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="193"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="202"/>
        <source>(không chọn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="227"/>
        <source>Từ {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="228"/>
        <source>(không gắn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="85"/>
        <source>Sửa dòng kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="87"/>
        <source>Thêm dòng kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="82"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="84"/>
        <source>Mục tiêu chất lượng của năm, kế hoạch thực hiện và kết quả đo từng kỳ; tình trạng đạt/không đạt được tính từ kết quả đo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="103"/>
        <source>Số, ngày văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="108"/>
        <source>Xuất kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="105"/>
        <source>Số, ngày ký, căn cứ, người ký và nơi nhận của văn bản mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="110"/>
        <source>Xuất Mục tiêu chất lượng và Kế hoạch thực hiện mục tiêu của năm (PDF, Word hoặc Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="115"/>
        <source>Bắt đầu năm sau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="117"/>
        <source>Sao chép mục tiêu (không kèm kết quả đo) và kế hoạch năm sang năm kế tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="129"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="130"/>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="132"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="137"/>
        <source>Tần suất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="139"/>
        <source>Giá trị hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="145"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="146"/>
        <source>Bộ phận/người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="149"/>
        <source>Thêm mục tiêu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="199"/>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="205"/>
        <source>Giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="211"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="212"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="216"/>
        <source>Ghi kết quả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="217"/>
        <source>Xóa kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="224"/>
        <source>Mở minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="231"/>
        <source>Kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="234"/>
        <source>Biểu đồ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="239"/>
        <source>Nội dung thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="240"/>
        <source>Nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="241"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="242"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="243"/>
        <source>Cách đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="251"/>
        <source>Sửa kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="252"/>
        <source>Sửa mục tiêu cùng các dòng kế hoạch thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="256"/>
        <source>Kế hoạch thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="275"/>
        <source>Năm {0} chưa có mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="277"/>
        <source>{0} mục tiêu: đạt {1}, chưa đạt {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="284"/>
        <source>Chọn một mục tiêu để xem kết quả đo và kế hoạch thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="291"/>
        <source>{0} — chỉ tiêu {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="315"/>
        <source>mục tiêu “{0}” cùng các kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="334"/>
        <source>kết quả đo kỳ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="355"/>
        <source>Văn bản mục tiêu chất lượng năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="25"/>
        <source>Bộ phận và cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="26"/>
        <source>Các bộ phận chủ trì quy trình, hành động và cán bộ, công chức của cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="33"/>
        <location filename="../../app/ui/pages/organization.py" line="69"/>
        <location filename="../../app/ui/pages/organization.py" line="134"/>
        <location filename="../../app/ui/pages/organization.py" line="149"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="36"/>
        <location filename="../../app/ui/pages/organization.py" line="120"/>
        <source>Tên bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="45"/>
        <source>Viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="38"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="41"/>
        <location filename="../../app/ui/pages/organization.py" line="71"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="42"/>
        <location filename="../../app/ui/pages/organization.py" line="131"/>
        <source>Đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="42"/>
        <source>Ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="54"/>
        <source>bộ phận “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="60"/>
        <location filename="../../app/ui/pages/organization.py" line="157"/>
        <source>Cán bộ, công chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="63"/>
        <location filename="../../app/ui/pages/organization.py" line="147"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="68"/>
        <location filename="../../app/ui/pages/organization.py" line="148"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="75"/>
        <location filename="../../app/ui/pages/organization.py" line="150"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="72"/>
        <location filename="../../app/ui/pages/organization.py" line="152"/>
        <source>Đang công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="72"/>
        <source>Đã nghỉ/chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="80"/>
        <source>Chỉ cán bộ của bộ phận đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="90"/>
        <source>Đào tạo đã tham gia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="92"/>
        <source>Các lớp đào tạo, tập huấn cán bộ đang chọn đã tham dự và chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="122"/>
        <source>Ví dụ: Văn phòng HĐND và UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="126"/>
        <source>Chữ viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="128"/>
        <source>Dùng ở dòng “Lưu: VT, VP.” của văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="130"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="144"/>
        <source>(chưa thuộc bộ phận nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="148"/>
        <source>Ví dụ: Công chức Tư pháp - Hộ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="151"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="55"/>
        <source>Bấm để mở trang này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="89"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="96"/>
        <source>Báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="97"/>
        <source>Báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="98"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="99"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="100"/>
        <source>Phạm vi áp dụng HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="101"/>
        <source>Công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="102"/>
        <source>Bộ phận và cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="103"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="104"/>
        <source>TTHC có quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="106"/>
        <source>Tài liệu nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="107"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="108"/>
        <source>Kế hoạch duy trì, cải tiến HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="109"/>
        <source>Đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="110"/>
        <source>Hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="256"/>
        <source>Chưa khai báo thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="259"/>
        <source>{0} — năm {1}. Hôm nay: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="227"/>
        <source>Số liệu từ {0} đến {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="137"/>
        <source>Việc cần làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="147"/>
        <source>Chỉ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="152"/>
        <source>Biểu đồ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="231"/>
        <source>Không phải gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="231"/>
        <source>Cấp trên không yêu cầu báo cáo 6 tháng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="235"/>
        <source>Đã gửi ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="236"/>
        <source>Số {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="240"/>
        <source>hạn gửi {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="244"/>
        <source>Đã ký, chưa gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="245"/>
        <source>Đang dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="271"/>
        <source>Chưa có quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="272"/>
        <source>Ghi quyết định thành lập/kiện toàn ở trang Ban chỉ đạo ISO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="277"/>
        <source>{0} thành viên; Trưởng ban: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="280"/>
        <source>Quyết định từ năm {0}: xem xét kiện toàn nếu có thay đổi nhân sự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="283"/>
        <source>Quyết định số {0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="286"/>
        <source>Chưa có chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="287"/>
        <source>Chưa có phạm vi áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="294"/>
        <source>Hiệu lực từ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="299"/>
        <source>Chưa ghi quyết định công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="302"/>
        <source>{0}: số {1} ngày {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="305"/>
        <source>{0} quyết định đã ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="310"/>
        <source>Chưa có mục tiêu năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="311"/>
        <source>Xây dựng ở trang Mục tiêu chất lượng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="316"/>
        <source>{0}/{1} mục tiêu đang đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="317"/>
        <source>Có nguy cơ hoặc không đạt: {0} · chưa đo: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="325"/>
        <source>Chưa có kế hoạch năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="326"/>
        <source>Tạo ở trang Kế hoạch năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="331"/>
        <source>Đã hoàn thành {0}/{1} nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="339"/>
        <source>Chưa nhập danh mục TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="339"/>
        <source>Nhập ở trang Danh mục TTHC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="343"/>
        <source>{0}/{1} TTHC ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="346"/>
        <source>Chưa có quy trình: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="348"/>
        <source>Đủ quy trình cho mọi TTHC thuộc thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="354"/>
        <source>Không có việc chờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="354"/>
        <source>Mọi quy trình đã cập nhật theo văn bản mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="358"/>
        <source>{0} quy trình cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="385"/>
        <source>Phát hiện chưa có hành động khắc phục: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="387"/>
        <source>Mọi điểm không phù hợp, kiến nghị đã có hành động khắc phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="391"/>
        <source>Năm {0}: {1} cuộc, gần nhất {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="399"/>
        <source>Năm {0} chưa đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="404"/>
        <source>Không có phiếu đang mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="404"/>
        <source>Mọi phiếu đã đóng hoặc hủy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="407"/>
        <source>{0} phiếu đang mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="408"/>
        <source>Quá hạn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="332"/>
        <location filename="../../app/ui/pages/overview.py" line="359"/>
        <source>Quá hạn: {0} · sắp đến hạn: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="105"/>
        <source>Cập nhật quy trình theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="364"/>
        <source>{0} tài liệu đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="365"/>
        <source>Quy trình: {0} · biểu mẫu: {1} · sắp có lần ban hành mới: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="370"/>
        <source>{0} bộ phận, {1} cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="371"/>
        <source>Đang hoạt động / đang công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="379"/>
        <source>Chưa khai báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="379"/>
        <source>Nhập ở trang Thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="147"/>
        <location filename="../../app/ui/pages/base.py" line="149"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="148"/>
        <source>Xóa {0}? Thao tác này không hoàn tác được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="202"/>
        <source>Xuất Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="209"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="219"/>
        <source>Đang xuất danh sách ra Excel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTrainingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="168"/>
        <source>Đào tạo đã tham gia — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="177"/>
        <source>{0}: {1} lớp đã tham dự, tổng {2} giờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="184"/>
        <source>{0} chưa tham dự lớp đào tạo, tập huấn nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="189"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="190"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="191"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="193"/>
        <source>Số giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="199"/>
        <source>Chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="208"/>
        <source>Mở chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="215"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="223"/>
        <source>{0} (dự kiến)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="41"/>
        <source>Chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="42"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="30"/>
        <source>Để trống thì in như chữ mờ trong ô (theo thông tin cơ quan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="34"/>
        <source>Số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="35"/>
        <source>ví dụ 05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="36"/>
        <source>Chỉ số, ví dụ 05; phần ký hiệu được ghép tự động. Để trống để ghi tay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="40"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="43"/>
        <source>Căn cứ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="46"/>
        <source>Mỗi căn cứ một dòng; dòng không bắt đầu bằng “Căn cứ” hay “Thực hiện” được thêm “Căn cứ”. Danh sách chung sửa ở trang Thông tin cơ quan, thẻ Căn cứ pháp lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="53"/>
        <source>Dòng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="61"/>
        <source>Mỗi nơi nhận một dòng, mục đích trong ngoặc: “Sở Khoa học và Công nghệ (để báo cáo)”. Để trống thì in danh sách nơi nhận của cơ quan; ghi chú nội bộ không bao giờ được in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="104"/>
        <source>Xuất kế hoạch thực hiện mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="55"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="58"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="106"/>
        <source>Xuất kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="160"/>
        <source>Kế hoạch duy trì, cải tiến HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="162"/>
        <source>Các nhiệm vụ của năm: ai thực hiện, khi nào, đã xong chưa; nhiệm vụ quá hạn hiện màu đỏ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="177"/>
        <source>Xuất kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="179"/>
        <source>Xuất kế hoạch năm để trình ký (PDF, Word) hoặc theo dõi (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="184"/>
        <source>Bắt đầu năm sau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="186"/>
        <source>Sao chép nhiệm vụ (trạng thái đặt lại) và mục tiêu chất lượng sang năm kế tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="207"/>
        <source>Danh sách nhiệm vụ mẫu theo chu kỳ năm của HTQLCL: ban hành kế hoạch, mục tiêu chất lượng, rủi ro và cơ hội, báo cáo 6 tháng và năm, đánh giá nội bộ, xem xét của lãnh đạo… Có thể sửa, thêm, xóa sau khi tạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="216"/>
        <source>Tạo kế hoạch theo danh sách nhiệm vụ mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="218"/>
        <source>Tạo kế hoạch trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="232"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="233"/>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="234"/>
        <source>Thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="236"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="241"/>
        <source>Sản phẩm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="242"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="244"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="249"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="252"/>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="261"/>
        <location filename="../../app/ui/pages/plan.py" line="395"/>
        <source>quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="269"/>
        <source>nhiệm vụ “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="273"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="274"/>
        <source>Đưa nhiệm vụ lên trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="276"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="277"/>
        <source>Đưa nhiệm vụ xuống dưới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="297"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="298"/>
        <source>Thông tin văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="304"/>
        <source>Mỗi ý một dòng, bắt đầu bằng “- ”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="305"/>
        <source>Để trống thì in nội dung mặc định (chữ mờ trong ô).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="307"/>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="308"/>
        <source>Yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="309"/>
        <source>Kinh phí thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="312"/>
        <source>Tổ chức thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="316"/>
        <source>Dòng “1. Tên đơn vị” là tiêu đề, dòng “- …” là một nhiệm vụ của đơn vị. Để trống thì in nội dung mặc định (chữ mờ), có hạn báo cáo theo thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="448"/>
        <source>Đã chép nội dung mặc định; bấm Lưu để giữ cho văn bản này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="331"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="333"/>
        <source>Chép nội dung mặc định vào ô trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="335"/>
        <source>Chép nội dung sẽ in (chữ mờ) vào các ô đang trống để sửa lại cho văn bản này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="356"/>
        <source>Năm {0} chưa có kế hoạch duy trì, cải tiến HTQLCL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="369"/>
        <source>{0} nhiệm vụ, đã hoàn thành {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="371"/>
        <source>Quá hạn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="380"/>
        <source>Chọn một nhiệm vụ để xem đầy đủ nội dung và minh chứng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="385"/>
        <source>Thực hiện: {0} — thời gian: {1} — {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="393"/>
        <source> ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="398"/>
        <source>Sản phẩm: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="400"/>
        <source>Minh chứng: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="443"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationsPage</name>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="27"/>
        <source>Công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="29"/>
        <source>Quyết định công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 và các lần công bố lại khi điều chỉnh, mở rộng hoặc thu hẹp phạm vi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="38"/>
        <source>Quyết định công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="40"/>
        <location filename="../../app/ui/pages/publications.py" line="107"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="41"/>
        <location filename="../../app/ui/pages/publications.py" line="111"/>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="43"/>
        <location filename="../../app/ui/pages/publications.py" line="112"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="45"/>
        <location filename="../../app/ui/pages/publications.py" line="115"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="47"/>
        <source>Thêm quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="54"/>
        <source>quyết định số {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="60"/>
        <source>In quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="62"/>
        <source>Xuất quyết định công bố đang chọn để trình ký: PDF, Word hoặc Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="85"/>
        <source>Chưa có quyết định công bố nào. Bấm “Thêm quyết định…” để ghi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="88"/>
        <source>{0} — Quyết định số {1} ngày {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="92"/>
        <source>Lý do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="94"/>
        <source>Phạm vi công bố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="118"/>
        <source>Bắt buộc khi công bố lại (ví dụ: sắp xếp đơn vị hành chính, mở rộng phạm vi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="120"/>
        <source>Phạm vi công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="123"/>
        <source>Tên cơ quan trong quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="125"/>
        <source>Tên cơ quan khi công bố. Cơ quan đổi tên (sắp xếp đơn vị hành chính…) thì phải công bố lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="128"/>
        <source>Ngày niêm yết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="137"/>
        <source>Quyết định công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="381"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="382"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <location filename="../../app/services/area_defs.py" line="90"/>
        <source>Tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="109"/>
        <source>Thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="126"/>
        <source>Văn bản pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="144"/>
        <source>Cập nhật quy trình theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="155"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="173"/>
        <source>Nhiệm vụ kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="336"/>
        <source>Cuộc đánh giá nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="354"/>
        <source>Phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="371"/>
        <source>Kiểm tra của cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="388"/>
        <source>Hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="519"/>
        <source>Rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="537"/>
        <source>Khảo sát sự hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="553"/>
        <source>Phản ánh, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="570"/>
        <source>Kết quả giải quyết TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="585"/>
        <source>Đào tạo, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="692"/>
        <source>Xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="809"/>
        <source>Báo cáo định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSectionsEditor</name>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="57"/>
        <source>Thêm mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="58"/>
        <source>Thêm một mục văn bản tự do sau mục đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="60"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="62"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="64"/>
        <location filename="../../app/ui/widgets/report_sections.py" line="220"/>
        <location filename="../../app/ui/widgets/report_sections.py" line="222"/>
        <source>Xóa mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="69"/>
        <source>Lưu dàn ý làm mẫu của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="72"/>
        <source>Các báo cáo sau bắt đầu từ các đề mục, thứ tự và văn bản tự do này (không lưu số liệu: các mục viết tự động được viết lại theo số liệu của từng báo cáo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="81"/>
        <source>Đề mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="92"/>
        <source>Lưu mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="94"/>
        <source>Viết lại theo số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="95"/>
        <source>Bỏ phần đã sửa, lấy lại văn bản viết từ số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="133"/>
        <source>Đã sửa: giữ nguyên khi cập nhật số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="158"/>
        <source>Văn bản tự do: có thể dùng số liệu dạng {ca_opened}, {satisfaction_percent}… — được điền khi cập nhật số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="163"/>
        <source>Viết tự động từ số liệu; sửa rồi bấm “Lưu mục” thì giữ nguyên khi cập nhật số liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="166"/>
        <source>Mục này đã được sửa tay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="202"/>
        <source>Thêm mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="202"/>
        <source>Đề mục, ví dụ “11. Ứng dụng công nghệ thông tin”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="221"/>
        <source>Xóa mục “{0}” khỏi báo cáo này?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="230"/>
        <source>Dàn ý báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/report_sections.py" line="231"/>
        <source>Đã lưu dàn ý làm mẫu: các báo cáo lập sau bắt đầu từ dàn ý này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="59"/>
        <source>chưa có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="299"/>
        <source>Báo cáo định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="301"/>
        <source>Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL gửi cấp trên (6 tháng và năm): số liệu lấy từ hồ sơ đến ngày chốt, dự thảo → đã ký → đã gửi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="310"/>
        <location filename="../../app/ui/pages/reports.py" line="487"/>
        <source>Lập báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="312"/>
        <location filename="../../app/ui/pages/reports.py" line="487"/>
        <source>Lập báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="323"/>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="325"/>
        <location filename="../../app/ui/pages/reports.py" line="584"/>
        <source>Kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="326"/>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="331"/>
        <source>Chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="333"/>
        <location filename="../../app/ui/pages/reports.py" line="598"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="335"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="337"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="338"/>
        <location filename="../../app/ui/pages/reports.py" line="611"/>
        <source>Ngày gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="342"/>
        <location filename="../../app/ui/pages/reports.py" line="679"/>
        <location filename="../../app/ui/pages/reports.py" line="684"/>
        <source>Lập bản sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="347"/>
        <source>Sao báo cáo đã ký hoặc đã gửi thành một bản dự thảo mới để sửa và ký lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="368"/>
        <source>{0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="370"/>
        <source>{0} (bản sửa đổi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="372"/>
        <source>{0}, đã có bản sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="388"/>
        <source>Sửa thông tin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="390"/>
        <source>Số, ngày, ngày chốt số liệu, Kính gửi, văn bản yêu cầu, nơi nhận, người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="393"/>
        <source>Cập nhật số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="394"/>
        <source>Lấy lại số liệu từ hồ sơ đến ngày chốt (chỉ bản dự thảo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="396"/>
        <source>Ký…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="397"/>
        <source>Ghi số, ngày ký; báo cáo đã ký không sửa được nữa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="399"/>
        <source>Đã gửi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="400"/>
        <source>Ghi ngày gửi báo cáo đã ký lên cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="402"/>
        <source>Xuất báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="405"/>
        <source>Lưu báo cáo ra tệp PDF (để ký), Word (để sửa), Excel (kèm các danh sách chi tiết) hoặc JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="409"/>
        <source>Xem trước, in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="410"/>
        <source>Xem các trang của bản PDF và in ra giấy A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="426"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="426"/>
        <location filename="../../app/ui/pages/reports.py" line="445"/>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="426"/>
        <source>Nguồn số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="457"/>
        <source>Thông tin báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="460"/>
        <source>Nội dung báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="473"/>
        <source>{0} báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="482"/>
        <source>Cập nhật dự thảo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="484"/>
        <source>Cập nhật dự thảo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="490"/>
        <source>Báo cáo đã ký: muốn sửa, chọn báo cáo rồi bấm “Lập bản sửa đổi”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="492"/>
        <source>Lập bản dự thảo với số liệu lấy từ hồ sơ (hoặc cập nhật bản dự thảo đang có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="521"/>
        <source>Chưa có báo cáo nào của năm {0}. Bấm “Lập báo cáo …” để lập bản dự thảo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="531"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="532"/>
        <source> ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="536"/>
        <source>Số liệu từ {0} đến {1} (ngày chốt), lấy từ hồ sơ ngày {2}{3}. Bấm đúp một dòng có dấu ▸ để xem các hồ sơ của số liệu đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="542"/>
        <source> và đã chốt khi ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="555"/>
        <source>Bấm đúp để xem các hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="563"/>
        <source>(chưa ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="582"/>
        <source>Cơ quan báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="586"/>
        <source>từ {0} đến {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="590"/>
        <source>Chốt số liệu đến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="594"/>
        <source>(đặt tay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="594"/>
        <source>(tự động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="599"/>
        <source>Ngày báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="600"/>
        <source>Kính gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="601"/>
        <source>Thực hiện văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="602"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="604"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="610"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="612"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="631"/>
        <source>Danh sách theo hồ sơ hiện nay; số liệu của báo cáo đã chốt khi ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="681"/>
        <source>Lập một bản dự thảo mới từ {0} (số {1})? Báo cáo đã ký được giữ nguyên làm hồ sơ; bản sửa đổi lấy lại số liệu từ hồ sơ và được ký lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="693"/>
        <source>bản dự thảo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="719"/>
        <source>Xuất báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="738"/>
        <source>Xem trước khi in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="60"/>
        <source>Xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="62"/>
        <source>Các cuộc họp xem xét của lãnh đạo trong năm (TCVN ISO 9001:2015, mục 9.3): đầu vào lấy từ hồ sơ của hệ thống, các quyết định được theo dõi đến khi hoàn thành, biên bản in sẵn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="71"/>
        <source>Xuất sổ quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="73"/>
        <source>Lưu sổ theo dõi quyết định sau xem xét của năm ra tệp Excel hoặc PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="84"/>
        <source>Số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="86"/>
        <source>Ngày họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="88"/>
        <location filename="../../app/ui/pages/reviews.py" line="277"/>
        <source>Địa điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="89"/>
        <location filename="../../app/ui/pages/reviews.py" line="278"/>
        <source>Chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="90"/>
        <source>Biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="91"/>
        <location filename="../../app/ui/pages/reviews.py" line="180"/>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="95"/>
        <source>Thêm cuộc họp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="116"/>
        <source>{0}, đang thực hiện: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="127"/>
        <source>Sửa nội dung…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="128"/>
        <source>Nội dung các đầu vào, ý kiến thảo luận và kết luận của chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="130"/>
        <source>Cập nhật số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="131"/>
        <source>Lấy lại số liệu đầu vào từ hồ sơ (chỉ khi biên bản chưa ký)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="133"/>
        <location filename="../../app/ui/pages/reviews.py" line="433"/>
        <location filename="../../app/ui/pages/reviews.py" line="438"/>
        <source>Ký biên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="134"/>
        <source>Biên bản đã ký: cuộc họp và số liệu không thay đổi nữa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="136"/>
        <source>In biên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="148"/>
        <source>Cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="149"/>
        <source>Đầu vào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="153"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="154"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="155"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="156"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="157"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="158"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="159"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="163"/>
        <source>Thêm quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="170"/>
        <source>quá hạn chưa hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="170"/>
        <source>sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="176"/>
        <source>Lập phiếu HĐKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="178"/>
        <source>Lập phiếu yêu cầu hành động khắc phục cho quyết định đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="205"/>
        <source>{0} (quá hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="206"/>
        <source>{0} (sắp đến hạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="215"/>
        <source>{0} cuộc họp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="229"/>
        <source>Chưa có cuộc họp xem xét nào trong năm. Bấm “Thêm cuộc họp…” để ghi nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="231"/>
        <source>Chọn một cuộc họp để xem đầu vào và quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="242"/>
        <source>Cuộc họp số {0}/{1} ngày {2} — {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="245"/>
        <source> ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="255"/>
        <source>{0} quyết định, quá hạn: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="257"/>
        <source>Quyết định ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="266"/>
        <source>(chưa ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="276"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="279"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="280"/>
        <source>Thành phần tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="281"/>
        <source>Vắng mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="283"/>
        <source>Số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="284"/>
        <source>từ {0} đến {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="286"/>
        <source>Ý kiến thảo luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="287"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="293"/>
        <source>Chưa lấy số liệu. Bấm “Cập nhật số liệu”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="296"/>
        <source>a) Tình trạng các hành động từ các lần xem xét trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="297"/>
        <source>b) Thay đổi các vấn đề bên ngoài và nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="300"/>
        <source>c) Kết quả thực hiện và hiệu lực của hệ thống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="303"/>
        <source>d) Sự thỏa đáng của nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="304"/>
        <source>e) Hiệu lực của hành động giải quyết rủi ro và cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="305"/>
        <source>f) Cơ hội cải tiến, đào tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="310"/>
        <source>Số liệu từ {0} đến {1}, lấy từ hồ sơ của hệ thống{2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="313"/>
        <source> (đã chốt khi ký biên bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="347"/>
        <source>quyết định kỳ trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="350"/>
        <source>văn bản pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="351"/>
        <source>lần ban hành tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="354"/>
        <source>đợt khảo sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="355"/>
        <source>phản ánh, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="356"/>
        <source>mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="357"/>
        <source>số liệu TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="358"/>
        <source>phiếu HĐKP mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="359"/>
        <source>phiếu đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="360"/>
        <source>phiếu chưa đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="361"/>
        <source>phiếu quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="362"/>
        <source>cuộc đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="363"/>
        <source>cuộc kiểm tra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="364"/>
        <source>phát hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="366"/>
        <source>lần đánh giá hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="368"/>
        <source>cơ hội cải tiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="369"/>
        <source>lớp đào tạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="391"/>
        <source>Danh sách theo hồ sơ hiện nay; số liệu của biên bản đã chốt khi ký.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="412"/>
        <source>cuộc họp xem xét số {0}/{1} cùng các quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="435"/>
        <source>Ghi nhận biên bản họp số {0}/{1} đã ký hôm nay? Sau khi ký, thông tin cuộc họp và số liệu đầu vào không sửa được nữa; các quyết định vẫn được theo dõi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="456"/>
        <source>quyết định “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="468"/>
        <source>Lập phiếu yêu cầu hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="469"/>
        <source>Lập phiếu yêu cầu hành động khắc phục cho quyết định “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="470"/>
        <source>Lập phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="518"/>
        <source>In biên bản họp xem xét của lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reviews.py" line="527"/>
        <source>Xuất sổ theo dõi quyết định sau xem xét</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="81"/>
        <source>Tệp của lần ban hành (Word, PDF…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="83"/>
        <source>Tên tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="85"/>
        <source>Dung lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="91"/>
        <source>Lấy từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="92"/>
        <source>Đã lưu trong dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="99"/>
        <source>Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="100"/>
        <source>Bỏ tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="108"/>
        <source>Lần ban hành này cập nhật theo văn bản (đánh dấu văn bản đã phản ánh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="146"/>
        <source>{0} — {1} (hiệu lực {2}, hạn cập nhật {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="161"/>
        <source>Chọn tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="163"/>
        <source>Tài liệu (*.doc *.docx *.pdf *.xls *.xlsx *.odt);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="175"/>
        <source>Rủi ro và cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="177"/>
        <source>Nhận diện, đánh giá rủi ro và cơ hội (điểm = khả năng xảy ra × mức độ ảnh hưởng), biện pháp xử lý và đánh giá hiệu lực; bản đồ nhiệt các rủi ro đang theo dõi theo điểm còn lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="194"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="195"/>
        <source>Rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="197"/>
        <source>Điểm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="200"/>
        <source>Còn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="207"/>
        <location filename="../../app/ui/pages/risks.py" line="347"/>
        <source>Mức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="213"/>
        <source>Xem xét lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="218"/>
        <location filename="../../app/ui/pages/risks.py" line="599"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="221"/>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="229"/>
        <source>quá ngày xem xét lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="230"/>
        <source>sắp đến ngày xem xét lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="231"/>
        <source>đã đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="238"/>
        <location filename="../../app/ui/pages/risks.py" line="536"/>
        <source>Đóng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="239"/>
        <location filename="../../app/ui/pages/risks.py" line="544"/>
        <source>Lập phiếu HĐKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="255"/>
        <source>Loại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="257"/>
        <location filename="../../app/ui/pages/risks.py" line="264"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="262"/>
        <source>Trạng thái:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="269"/>
        <source>Cần xem xét lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="271"/>
        <source>Chỉ hiện rủi ro, cơ hội đang theo dõi đã đến hoặc sắp đến ngày xem xét lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="275"/>
        <source>Ngưỡng mức rủi ro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="276"/>
        <source>Đặt điểm bắt đầu mức trung bình và mức cao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="305"/>
        <source>Thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="309"/>
        <location filename="../../app/ui/pages/risks.py" line="326"/>
        <location filename="../../app/ui/pages/risks.py" line="331"/>
        <source>Biện pháp xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="310"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="311"/>
        <source>Thời hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="313"/>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="318"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="322"/>
        <source>Thêm biện pháp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="335"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="337"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="338"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="338"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="342"/>
        <source>Còn lại (K × A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="348"/>
        <source>Nhận xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="352"/>
        <source>Đánh giá hiệu lực…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="356"/>
        <location filename="../../app/ui/pages/risks.py" line="360"/>
        <source>Đánh giá hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="370"/>
        <source>Bản đồ nhiệt rủi ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="388"/>
        <source>Bỏ lọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="389"/>
        <source>Hiện lại mọi rủi ro, cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="422"/>
        <source>{0} rủi ro, {1} cơ hội</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="437"/>
        <source>{0} rủi ro đang theo dõi, theo điểm còn lại (lần đánh giá gần nhất). Bấm một ô để xem các rủi ro ở ô đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="443"/>
        <source>thấp (dưới {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="444"/>
        <source>trung bình ({0}–{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="445"/>
        <source>cao (từ {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="455"/>
        <source>Danh sách đang lọc theo ô khả năng {0} × ảnh hưởng {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="465"/>
        <source>Đã đánh giá lại các rủi ro trong quý&#xa0;I/{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="467"/>
        <source>Chưa đánh giá lại đủ các rủi ro trong quý&#xa0;I/{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="473"/>
        <source>Cần xem xét lại: {0} quá ngày, {1} sắp đến ngày.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="500"/>
        <source>Chưa có rủi ro, cơ hội nào. Bấm “Thêm…” để nhận diện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="502"/>
        <source>Chọn một rủi ro, cơ hội để xem chi tiết.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="516"/>
        <source>Biện pháp xử lý ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="517"/>
        <source>Đánh giá hiệu lực ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="533"/>
        <source>Mở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="534"/>
        <source>Theo dõi lại rủi ro, cơ hội này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="537"/>
        <source>Ghi ngày đóng: rủi ro, cơ hội không còn cần theo dõi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="540"/>
        <source>Mở phiếu HĐKP {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="541"/>
        <source>Mở phiếu yêu cầu hành động khắc phục ở trang Hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="545"/>
        <source>Lập phiếu yêu cầu hành động khắc phục có nguồn là rủi ro này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="574"/>
        <source>(đánh giá ngày {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="576"/>
        <source>(chưa đánh giá hiệu lực)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="582"/>
        <source>ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="584"/>
        <source>Quá trình, lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="585"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="586"/>
        <source>Nguyên nhân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="587"/>
        <source>Hậu quả, tác động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="588"/>
        <source>Người chịu trách nhiệm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="589"/>
        <source>Ngày nhận diện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="591"/>
        <source>Điểm ban đầu (lợi ích × khả thi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="593"/>
        <source>Điểm ban đầu (K × A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="597"/>
        <source>Điểm còn lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="598"/>
        <source>Ngày xem xét lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="603"/>
        <source>Phiếu HĐKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="605"/>
        <source>Mô tả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="607"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="635"/>
        <source>“{0}” cùng các biện pháp xử lý và đánh giá hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="663"/>
        <source>Lập phiếu yêu cầu hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="664"/>
        <source>Lập phiếu yêu cầu hành động khắc phục có nguồn là rủi ro “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="667"/>
        <source>Lập phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="702"/>
        <source>biện pháp “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="720"/>
        <source>lần đánh giá hiệu lực ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/risks.py" line="772"/>
        <source>Nguyên nhân: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SatisfactionPage</name>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="52"/>
        <source>Hài lòng, phản ánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="54"/>
        <source>Kết quả khảo sát sự hài lòng của người dân, tổ chức (đợt khảo sát tính vào kỳ chứa ngày kết thúc) và các phản ánh, kiến nghị; phản ánh có căn cứ cần lập phiếu yêu cầu hành động khắc phục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="64"/>
        <source>Khảo sát sự hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="65"/>
        <source>Phản ánh, kiến nghị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="89"/>
        <source>Từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="90"/>
        <source>Đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="91"/>
        <location filename="../../app/ui/pages/satisfaction.py" line="172"/>
        <source>Hình thức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="92"/>
        <source>Số phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="93"/>
        <source>Rất hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="94"/>
        <source>Hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="95"/>
        <source>Bình thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="96"/>
        <source>Không hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="98"/>
        <source>Tỷ lệ hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="106"/>
        <source>Thêm đợt khảo sát…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="122"/>
        <source>chưa có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="126"/>
        <source>Cả năm {0}: &lt;b&gt;{1}&lt;/b&gt; ({2} / {3} ý kiến, {4} đợt khảo sát)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="134"/>
        <source>Cả năm {0}: &lt;b&gt;chưa có số liệu&lt;/b&gt; (các đợt chưa có ý kiến đánh giá)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="139"/>
        <source>Năm {0} chưa có đợt khảo sát nào. Bấm “Thêm đợt khảo sát…” để ghi kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="155"/>
        <source>đợt khảo sát {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="167"/>
        <source>Ngày tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="173"/>
        <location filename="../../app/ui/pages/satisfaction.py" line="268"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="174"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="175"/>
        <location filename="../../app/ui/pages/satisfaction.py" line="271"/>
        <source>Kết luận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="177"/>
        <source>Giải quyết xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="182"/>
        <source>Phiếu HĐKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="185"/>
        <source>Thêm phản ánh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="192"/>
        <source>có căn cứ, chưa lập phiếu HĐKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="193"/>
        <source>chưa giải quyết xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="200"/>
        <location filename="../../app/ui/pages/satisfaction.py" line="238"/>
        <location filename="../../app/ui/pages/satisfaction.py" line="247"/>
        <source>Lập phiếu HĐKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="234"/>
        <source>Chọn một phản ánh, kiến nghị để xem nội dung, cách xử lý và kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="236"/>
        <source>Năm {0} chưa có phản ánh, kiến nghị nào.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="243"/>
        <source>Mở phiếu HĐKP {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="244"/>
        <source>Mở phiếu yêu cầu hành động khắc phục ở trang Hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="250"/>
        <source>Lập phiếu yêu cầu hành động khắc phục cho phản ánh có căn cứ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="252"/>
        <source>Chỉ lập phiếu cho phản ánh có kết luận “Đúng” hoặc “Đúng một phần”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="265"/>
        <source>{0} (có căn cứ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="267"/>
        <source>Người phản ánh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="269"/>
        <source>Xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="270"/>
        <source>Kết quả trả lời</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="274"/>
        <source>Phiếu yêu cầu HĐKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="286"/>
        <source>phản ánh, kiến nghị ngày {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="299"/>
        <source>Lập phiếu yêu cầu hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="300"/>
        <source>Lập phiếu yêu cầu hành động khắc phục cho phản ánh “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="303"/>
        <source>Lập phiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="319"/>
        <source>{0} đợt khảo sát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="325"/>
        <source>{0} phản ánh, có căn cứ: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="327"/>
        <source>Khảo sát sự hài lòng ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/satisfaction.py" line="328"/>
        <source>Phản ánh, kiến nghị ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePolicyPage</name>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="128"/>
        <source>Phạm vi áp dụng và chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="130"/>
        <source>Mỗi lần thay đổi được lưu thành một phiên bản có ngày hiệu lực; phiên bản mới nhất đã có hiệu lực là phiên bản đang áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="139"/>
        <source>phạm vi áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="147"/>
        <source>chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="153"/>
        <source>Phạm vi áp dụng HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="154"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="36"/>
        <source>Tìm mọi hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="41"/>
        <source>Gõ mã, số hoặc vài chữ (không cần dấu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="52"/>
        <source>Mã, số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="52"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="80"/>
        <source>Tìm trong tài liệu (cả mã TTHC), TTHC, văn bản, mục tiêu, kế hoạch, đánh giá, hồ sơ khắc phục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="104"/>
        <source>xem tất cả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="116"/>
        <source>{0} kết quả. Enter hoặc bấm đúp để mở.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="118"/>
        <source>Không tìm thấy hồ sơ nào.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCharts</name>
    <message>
        <location filename="../../app/ui/widgets/status_charts.py" line="150"/>
        <source>Mục tiêu chất lượng năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/status_charts.py" line="165"/>
        <source>Phiếu HĐKP năm {0} theo tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/status_charts.py" line="173"/>
        <source>Rủi ro đang theo dõi: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/status_charts.py" line="190"/>
        <source>Tỷ lệ giải quyết TTHC đúng hạn năm {0} (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/status_charts.py" line="201"/>
        <source>chưa có số liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SteeringDialog</name>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="65"/>
        <source>Quyết định về Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="69"/>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="73"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="76"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="79"/>
        <location filename="../../app/ui/pages/steering.py" line="111"/>
        <source>Về việc kiện toàn Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="81"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="89"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="100"/>
        <source>Thêm thành viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="130"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="133"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="137"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="94"/>
        <source>Thành viên Ban chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SteeringMembers</name>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="43"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="44"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="46"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="51"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SteeringPage</name>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="166"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="167"/>
        <source>Quyết định thành lập, kiện toàn Ban chỉ đạo ISO và thành viên theo từng quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="174"/>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="176"/>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="178"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="180"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="181"/>
        <source>Số thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="182"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="184"/>
        <source>Thêm quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="191"/>
        <source>quyết định số {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="197"/>
        <source>In quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="200"/>
        <source>Xuất quyết định đang chọn (kèm phụ lục danh sách thành viên) để trình ký: PDF, Word hoặc Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="233"/>
        <source>Đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="235"/>
        <source>Chưa đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="236"/>
        <source>Đã được thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="250"/>
        <source>Chọn một quyết định để xem thành viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="255"/>
        <source>Thành viên theo Quyết định số {0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="106"/>
        <source>Tỷ lệ hài lòng: chưa có số liệu (chưa nhập ý kiến nào).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="108"/>
        <source>Tỷ lệ hài lòng: {0} ({1} / {2} ý kiến).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/satisfaction_dialogs.py" line="114"/>
        <source>Số phiếu thu về không ít hơn tổng số ý kiến theo bốn mức (phiếu trống, không hợp lệ tính thêm).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="84"/>
        <source>chạy một việc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="392"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="723"/>
        <source>Đang dùng mẫu mặc định: {0} câu hỏi theo các điều khoản 4–10 của TCVN ISO 9001:2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="725"/>
        <source>Đang dùng mẫu của cơ quan: {0} câu hỏi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="732"/>
        <source>Điều khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="733"/>
        <source>Câu hỏi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="751"/>
        <source>Khôi phục mẫu mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="753"/>
        <source>Bỏ mẫu phiếu đánh giá của cơ quan và dùng lại mẫu mặc định? Các phiếu đã lập không đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/audit_dialogs.py" line="755"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="54"/>
        <source>Chọn tệp chứng chỉ, giấy chứng nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/training_dialog.py" line="56"/>
        <source>Tệp PDF, ảnh (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../app/ui/pages/training.py" line="41"/>
        <source>Đào tạo, tập huấn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="43"/>
        <source>Các lớp đào tạo, tập huấn, nâng cao nhận thức của năm, người tham dự và chứng chỉ của họ (TCVN ISO 9001:2015, mục 7.2, 7.3). Lớp có ngày sau hôm nay là lớp dự kiến.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="54"/>
        <source>Xuất danh sách…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="56"/>
        <source>Lưu danh sách đào tạo, tập huấn của năm ra tệp PDF hoặc Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="67"/>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="68"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="69"/>
        <location filename="../../app/ui/pages/training.py" line="212"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="70"/>
        <location filename="../../app/ui/pages/training.py" line="213"/>
        <source>Đơn vị tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="72"/>
        <location filename="../../app/ui/pages/training.py" line="214"/>
        <source>Số giờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="78"/>
        <location filename="../../app/ui/pages/training.py" line="117"/>
        <source>Người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="82"/>
        <source>Thêm lớp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="99"/>
        <source>{0} (dự kiến)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="120"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="125"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="126"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="127"/>
        <source>Chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="130"/>
        <source>Thêm người tham dự…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="131"/>
        <location filename="../../app/ui/pages/training.py" line="294"/>
        <source>Bỏ khỏi danh sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="140"/>
        <source>Đính kèm chứng chỉ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="143"/>
        <location filename="../../app/ui/pages/training.py" line="228"/>
        <source>Lưu bản chụp chứng chỉ, giấy chứng nhận của người đang chọn (thay bản cũ nếu có)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="147"/>
        <source>Mở chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="150"/>
        <location filename="../../app/ui/pages/training.py" line="320"/>
        <source>Bỏ chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="166"/>
        <source>{0} lớp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="168"/>
        <source>Năm {0}: {1} lớp đã tổ chức, {2} lượt người tham dự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="187"/>
        <source>Năm {0} chưa có lớp đào tạo, tập huấn nào. Bấm “Thêm lớp…” để ghi nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="191"/>
        <source>Chọn một lớp để xem người tham dự và chứng chỉ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="200"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="205"/>
        <source>{0} người, {1} có chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="230"/>
        <source>Lớp dự kiến chưa diễn ra: chưa đính kèm chứng chỉ được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="247"/>
        <source>lớp “{0}” ngày {1} cùng danh sách tham dự và chứng chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="291"/>
        <source>Bỏ {0} khỏi danh sách tham dự lớp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="293"/>
        <source>Chứng chỉ đã đính kèm của người này cũng bị bỏ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="294"/>
        <location filename="../../app/ui/pages/training.py" line="324"/>
        <source>Bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="321"/>
        <source>Bỏ chứng chỉ “{0}” của {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/training.py" line="353"/>
        <source>Xuất danh sách đào tạo, tập huấn năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TthcPage</name>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="30"/>
        <source>Danh mục thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="32"/>
        <source>TTHC thuộc thẩm quyền giải quyết của cơ quan phải có quy trình đang hiệu lực (mục tiêu 100 %). Nhập danh mục từ tệp Excel của Cổng dịch vụ công hoặc quyết định công bố của tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="55"/>
        <location filename="../../app/ui/pages/tthc.py" line="119"/>
        <source>Thuộc thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="124"/>
        <source>Không thuộc thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="57"/>
        <source>Cả danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="44"/>
        <source>Tìm mã, tên thủ tục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="45"/>
        <source>Tìm theo mã hoặc tên thủ tục, không cần gõ dấu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="56"/>
        <source>Ngoài thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="58"/>
        <source>Chỉ TTHC chưa có quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="81"/>
        <location filename="../../app/ui/pages/tthc.py" line="202"/>
        <source>Mã TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="82"/>
        <location filename="../../app/ui/pages/tthc.py" line="203"/>
        <source>Tên thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="83"/>
        <location filename="../../app/ui/pages/tthc.py" line="206"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="84"/>
        <location filename="../../app/ui/pages/tthc.py" line="210"/>
        <source>Cấp thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="86"/>
        <source>Thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="89"/>
        <source>Quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="90"/>
        <source>Chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="100"/>
        <source>Thêm TTHC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="111"/>
        <source>chưa có quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="116"/>
        <source>TTHC {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="121"/>
        <source>Đánh dấu các TTHC đang chọn là thuộc thẩm quyền giải quyết của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="126"/>
        <source>Nhập từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="128"/>
        <source>Xuất danh mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="131"/>
        <source>In danh mục TTHC (lĩnh vực, thẩm quyền, quy trình ISO giải quyết) ra PDF, Word hoặc Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="157"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="176"/>
        <source>{0} TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="183"/>
        <source>Chưa có danh mục TTHC. Bấm “Nhập từ tệp…” để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="187"/>
        <source>Thuộc thẩm quyền: {0} TTHC — đã có quy trình: {1} ({2}) — chưa có quy trình: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="210"/>
        <source>Cấp xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="211"/>
        <source>Thuộc thẩm quyền giải quyết của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="212"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="220"/>
        <source>Thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TthcResultImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="118"/>
        <source>Nhập kết quả giải quyết TTHC từ hệ thống một cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="123"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="125"/>
        <source>Kỳ và số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="131"/>
        <source>Chọn tệp Excel (.xlsx) “Báo cáo kết quả giải quyết thủ tục hành chính” tải từ hệ thống một cửa (mỗi lĩnh vực một dòng, dòng Tổng cộng chỉ dùng để đối chiếu), hoặc sổ kết quả giải quyết TTHC do chương trình xuất. Kỳ báo cáo đọc từ dòng “Từ ngày … đến ngày …”; nếu tệp không ghi, hãy nhập kỳ bên dưới. Chưa có gì được ghi cho đến khi bấm “Nhập”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="142"/>
        <source>Kỳ báo cáo: từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="145"/>
        <source>đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="148"/>
        <source>Đọc lại với kỳ này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="176"/>
        <source>Đang đọc tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="185"/>
        <source>Hãy nhập đủ Từ ngày, Đến ngày của kỳ báo cáo (ví dụ 01/01/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="194"/>
        <source>Đang nhập dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="211"/>
        <source>Kỳ báo cáo: từ {0} đến {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/tthc_result_dialog.py" line="214"/>
        <source>Dòng {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TthcResultsPage</name>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="46"/>
        <source>Kết quả giải quyết TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="48"/>
        <source>Số liệu giải quyết thủ tục hành chính theo kỳ, theo báo cáo của hệ thống một cửa: toàn cơ quan và từng lĩnh vực. Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / số đã giải quyết; kỳ có hồ sơ quá hạn hiện màu đỏ; “còn trong hạn”, “còn quá hạn”: hồ sơ đang giải quyết cuối kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="56"/>
        <source>Lĩnh vực:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="62"/>
        <source>Nhập từ tệp của hệ thống một cửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="76"/>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="82"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="84"/>
        <source>Kỳ trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="85"/>
        <source>Mới nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="86"/>
        <source>Trước hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="87"/>
        <source>Đúng hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="88"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="89"/>
        <source>Tỷ lệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="90"/>
        <source>Còn trong hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="91"/>
        <source>Còn quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="95"/>
        <source>Thêm số liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="100"/>
        <source>có hồ sơ giải quyết quá hạn hoặc đang quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="116"/>
        <location filename="../../app/ui/pages/tthc_results.py" line="125"/>
        <source>Toàn cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="124"/>
        <source>Tất cả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="142"/>
        <source>{0} dòng số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="149"/>
        <source>toàn cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="151"/>
        <source>Năm {0} chưa bắt đầu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="154"/>
        <source>Chưa có số liệu của {0} trong năm {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="163"/>
        <source>quý {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="169"/>
        <source>Lũy kế năm {0} của {1} ({2}): tiếp nhận mới {3}, đã giải quyết {4} hồ sơ, quá hạn {5}; tỷ lệ đúng hạn, trước hạn {6}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="181"/>
        <source>Theo quý: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc_results.py" line="193"/>
        <source>số liệu {0} từ {1} đến {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="40"/>
        <source>Các phiên bản {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="43"/>
        <source>Hiệu lực từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="48"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="49"/>
        <location filename="../../app/ui/pages/scope_policy.py" line="102"/>
        <source>Căn cứ / ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="50"/>
        <location filename="../../app/ui/pages/scope_policy.py" line="99"/>
        <source>Nội dung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="52"/>
        <source>Thêm phiên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="60"/>
        <source>phiên bản {0} hiệu lực từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="75"/>
        <source>Đang áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="77"/>
        <source>Sắp hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="78"/>
        <source>Đã thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="92"/>
        <source>Chưa có phiên bản nào. Bấm “Thêm phiên bản…” để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="98"/>
        <source>Hiệu lực từ ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="103"/>
        <source>Ví dụ: Quyết định số 15/QĐ-UBND ngày 10/01/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="107"/>
        <source>Phiên bản {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearPage</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="238"/>
        <source>{0} năm {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="245"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="283"/>
        <source>Bắt đầu năm sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="285"/>
        <source>Sao chép các mục tiêu chất lượng (không kèm kết quả đo) và các nhiệm vụ của kế hoạch năm {0} sang năm {1}? Dữ liệu năm {0} giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="288"/>
        <source>Sao chép</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="168"/>
        <source>phát hiện “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="199"/>
        <source>Lập phiếu yêu cầu hành động khắc phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="200"/>
        <source>Lập phiếu yêu cầu hành động khắc phục cho phát hiện “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/audits.py" line="203"/>
        <source>Lập phiếu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
