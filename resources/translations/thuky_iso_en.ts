<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="75"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="162"/>
        <source>Nội dung thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="76"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="163"/>
        <source>Nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="77"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="164"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="78"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="165"/>
        <location filename="../../app/ui/pages/plan.py" line="70"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="78"/>
        <source>ví dụ Quý I/2026, hằng tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="79"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="166"/>
        <source>Cách đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="100"/>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="104"/>
        <source>ví dụ: 100% hồ sơ TTHC được giải quyết đúng hoặc trước hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="107"/>
        <source>Chỉ số đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="107"/>
        <source>Cách tính, ví dụ: số hồ sơ đúng hạn / tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="111"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="115"/>
        <source>ví dụ 98</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="116"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="116"/>
        <source>%, vụ, hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="119"/>
        <source>Tần suất đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="125"/>
        <source>Giá trị năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="130"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="131"/>
        <source>Người phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="132"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="135"/>
        <source>Sửa mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="135"/>
        <source>Thêm mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="160"/>
        <source>Kế hoạch thực hiện mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="170"/>
        <source>Thêm dòng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="294"/>
        <source>Kỳ đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="303"/>
        <source>Giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="305"/>
        <source>ví dụ 97,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="306"/>
        <source>Số thập phân viết 97,5 hoặc 97.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="308"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="310"/>
        <source>Ghi kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="319"/>
        <source>Minh chứng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="323"/>
        <source>Giữ tệp đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="325"/>
        <source>Chưa chọn tệp (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="328"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="44"/>
        <source>Quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="45"/>
        <source>Tên quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="46"/>
        <source>Hạn cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="47"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="49"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="51"/>
        <source>Lần ban hành {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="59"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="61"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="60"/>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="63"/>
        <source>Thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="65"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="65"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="66"/>
        <source>Bộ phận hoặc người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="81"/>
        <source>trước ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="84"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="88"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="91"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="94"/>
        <source>Văn bản, hồ sơ chứng minh đã thực hiện (số, ngày…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="98"/>
        <source>Sửa nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="98"/>
        <source>Thêm nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="43"/>
        <source>Tên cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="45"/>
        <source>Ví dụ: Ủy ban nhân dân xã Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="49"/>
        <source>Tên viết gọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="50"/>
        <source>Ví dụ: UBND xã Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="54"/>
        <source>Loại cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="61"/>
        <source>Cơ quan chủ quản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="62"/>
        <source>Ví dụ: Ủy ban nhân dân tỉnh Hà Tĩnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="63"/>
        <source>In ở dòng đầu bên trái của văn bản (chữ in hoa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="67"/>
        <source>Địa danh ghi ngày tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="69"/>
        <source>Ví dụ: Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="70"/>
        <source>Dùng trong dòng “Tùng Ảnh, ngày … tháng … năm …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="74"/>
        <source>Chữ viết tắt trong số ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="77"/>
        <source>Ví dụ văn bản số 05/BC-UBND thì chữ viết tắt là UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="79"/>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="80"/>
        <location filename="../../app/ui/pages/agency.py" line="89"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="81"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="87"/>
        <source>Họ và tên Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="88"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="97"/>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="101"/>
        <source>Mỗi dòng một dòng in trên khối chữ ký (chữ in hoa). Từng văn bản vẫn có thể ghi khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="108"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="109"/>
        <source>Họ và tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="120"/>
        <source>Thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="121"/>
        <source>Tên, địa danh, lãnh đạo, người ký mặc định, nơi nhận báo cáo và hạn báo cáo định kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="141"/>
        <source>Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="144"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="146"/>
        <source>Ký văn bản (mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="155"/>
        <source>Lưu thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="165"/>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="186"/>
        <location filename="../../app/ui/pages/agency.py" line="365"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="193"/>
        <location filename="../../app/ui/pages/agency.py" line="226"/>
        <source>Lãnh đạo cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="195"/>
        <location filename="../../app/ui/pages/agency.py" line="215"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="196"/>
        <location filename="../../app/ui/pages/agency.py" line="216"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="198"/>
        <location filename="../../app/ui/pages/agency.py" line="219"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="211"/>
        <source>Lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="216"/>
        <source>Ví dụ: Phó Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="223"/>
        <location filename="../../app/ui/pages/agency.py" line="261"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="235"/>
        <location filename="../../app/ui/pages/agency.py" line="264"/>
        <source>Nơi nhận báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="237"/>
        <location filename="../../app/ui/pages/agency.py" line="255"/>
        <source>Cơ quan nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="238"/>
        <location filename="../../app/ui/pages/agency.py" line="259"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="239"/>
        <source>Ghi ở “Kính gửi”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="249"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="257"/>
        <source>Ví dụ: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="259"/>
        <source>Ví dụ: để báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="260"/>
        <source>Ghi ở dòng “Kính gửi” của báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="274"/>
        <source>Kỳ báo cáo và hạn gửi mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="280"/>
        <source>Thời gian chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="286"/>
        <source>Hạn báo cáo 6 tháng: ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="293"/>
        <location filename="../../app/ui/pages/agency.py" line="304"/>
        <source>tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="300"/>
        <source>Hạn báo cáo năm: ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="314"/>
        <source>Lưu cách tính kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="327"/>
        <source>Hạn riêng theo năm (khi cấp trên quy định khác mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="329"/>
        <location filename="../../app/ui/pages/agency.py" line="380"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="331"/>
        <location filename="../../app/ui/pages/agency.py" line="381"/>
        <source>Hạn báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="337"/>
        <location filename="../../app/ui/pages/agency.py" line="382"/>
        <source>Hạn báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="349"/>
        <source>hạn riêng năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="354"/>
        <source>Báo cáo định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="385"/>
        <source>Hạn báo cáo theo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="407"/>
        <source>Năm {0}: báo cáo 6 tháng lấy số liệu từ {1} đến {2}, hạn gửi {3}; báo cáo năm lấy số liệu từ {4} đến {5}, hạn gửi {6}{7}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="417"/>
        <source> (hạn riêng của năm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="83"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="87"/>
        <source>Lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="89"/>
        <source>Chọn ngày trên lịch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="53"/>
        <source>Tài liệu nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="55"/>
        <source>Quy trình, biểu mẫu, hướng dẫn và các lần ban hành; tài liệu hết hiệu lực vẫn tìm được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="59"/>
        <location filename="../../app/ui/pages/documents.py" line="445"/>
        <source>Tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="66"/>
        <location filename="../../app/ui/pages/documents.py" line="235"/>
        <location filename="../../app/ui/pages/documents.py" line="376"/>
        <source>Mã hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="67"/>
        <location filename="../../app/ui/pages/documents.py" line="377"/>
        <source>Tên tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="68"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="69"/>
        <location filename="../../app/ui/pages/documents.py" line="386"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="71"/>
        <location filename="../../app/ui/pages/documents.py" line="237"/>
        <source>Lần BH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="78"/>
        <source>Hiệu lực từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="83"/>
        <location filename="../../app/ui/pages/documents.py" line="238"/>
        <location filename="../../app/ui/pages/documents.py" line="393"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="85"/>
        <source>Cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="91"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="94"/>
        <source>Thêm tài liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="105"/>
        <source>Nhập từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="107"/>
        <source>Xuất danh mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="125"/>
        <source> · lần {0} từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="134"/>
        <source>Tìm theo mã hiệu, tên, lĩnh vực (không cần gõ dấu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="139"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="144"/>
        <source>Mọi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="193"/>
        <source>Lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="196"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="202"/>
        <source>Ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="207"/>
        <location filename="../../app/ui/pages/documents.py" line="262"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="208"/>
        <source>Nội dung sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="209"/>
        <source>Soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="210"/>
        <source>Phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="211"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="215"/>
        <source>Ban hành lần mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="225"/>
        <source>Mở tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="227"/>
        <source>Lưu bản sao…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="231"/>
        <source>Các lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="236"/>
        <source>Tên biểu mẫu / hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="247"/>
        <source>Biểu mẫu kèm theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="251"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="252"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="254"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="260"/>
        <source>Hạn cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="271"/>
        <location filename="../../app/ui/pages/documents.py" line="348"/>
        <source>Cập nhật theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="274"/>
        <location filename="../../app/ui/pages/documents.py" line="355"/>
        <source>Chuyển hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="284"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="287"/>
        <source>Mọi bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="297"/>
        <source>{0} / {1} tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="311"/>
        <source>Chọn một tài liệu để xem các lần ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="325"/>
        <source>Lĩnh vực: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="327"/>
        <source>Bộ phận: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="329"/>
        <source>Thuộc quy trình: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="331"/>
        <source>Mã TTHC: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="335"/>
        <source>Lần {0} sẽ hiệu lực từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="346"/>
        <source>Cập nhật theo văn bản ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="350"/>
        <source>Biểu mẫu kèm theo ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="355"/>
        <source>Dùng lại (đang hiệu lực)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="367"/>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="370"/>
        <source>(không thuộc quy trình nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="380"/>
        <source>Loại tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="390"/>
        <source>Bộ phận chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="399"/>
        <source>Thuộc quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="402"/>
        <source>Chỉ với biểu mẫu, hướng dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="406"/>
        <source>Mã TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="408"/>
        <source>Các thủ tục hành chính quy trình này giải quyết, cách nhau bởi dấu chấm phẩy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="410"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="452"/>
        <source>tài liệu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="462"/>
        <source>Hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="463"/>
        <source>Chuyển {0} sang hết hiệu lực? Tài liệu vẫn được lưu và tìm được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="464"/>
        <source>Chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="499"/>
        <source>lần ban hành {0} của {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="522"/>
        <source>Lưu bản sao ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="24"/>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="29"/>
        <source>Đồng ý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="30"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="37"/>
        <source>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="39"/>
        <source>Chi tiết được ghi trong tệp nhật ký:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="43"/>
        <source>Lỗi ngoài dự kiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="46"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="28"/>
        <source>PDF để in (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="29"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="32"/>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="45"/>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="57"/>
        <source>Xuất danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="46"/>
        <source>Đã lưu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="49"/>
        <source>Mở tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="50"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="63"/>
        <source>Đang xuất danh mục…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="32"/>
        <source>Thư ký ISO — Khai báo cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="37"/>
        <source>&lt;b&gt;Chào mừng đến với Thư ký ISO.&lt;/b&gt;&lt;br&gt;Hãy khai báo cơ quan áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015. Thông tin này được in trên mọi văn bản; có thể sửa lại bất cứ lúc nào ở trang Thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="46"/>
        <source>Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="50"/>
        <source>Người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="53"/>
        <location filename="../../app/ui/dialogs/first_run.py" line="65"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="54"/>
        <location filename="../../app/ui/dialogs/first_run.py" line="66"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="54"/>
        <source>Ví dụ: Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="59"/>
        <source>Ký văn bản (mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="62"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="80"/>
        <source>Bắt đầu sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/first_run.py" line="82"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="46"/>
        <source>Nhập danh mục thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="46"/>
        <source>Nhập danh mục tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="53"/>
        <source>Chọn tệp Excel (.xlsx) hoặc .csv: danh sách tải từ Cổng dịch vụ công, phụ lục quyết định công bố TTHC của tỉnh, hoặc tệp mẫu của chương trình. Chương trình tự tìm dòng tiêu đề và các dòng nhóm (lĩnh vực, cấp thực hiện). Chưa có gì được ghi cho đến khi bấm “Nhập”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="59"/>
        <source>Chọn tệp Excel (.xlsx) hoặc .csv của danh mục tài liệu nội bộ (xem tệp mẫu). Tài liệu đã có được nhận ra theo mã hiệu; lần ban hành mới hơn được thêm vào lịch sử ban hành. Chưa có gì được ghi cho đến khi bấm “Nhập”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="69"/>
        <source>Tệp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="72"/>
        <source>Chưa chọn tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="74"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="77"/>
        <source>Tải mẫu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="78"/>
        <source>Lưu tệp mẫu .xlsx của chương trình để điền rồi nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="94"/>
        <source>Tên thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="94"/>
        <source>Tên tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="95"/>
        <source>Dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="99"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="107"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="116"/>
        <source>Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="101"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="110"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="109"/>
        <source>Thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="117"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="130"/>
        <source>Nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="133"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="151"/>
        <source>Chọn tệp để nhập</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="153"/>
        <source>Bảng tính (*.xlsx *.csv);;Tất cả tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="162"/>
        <source>Lưu tệp mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="164"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="179"/>
        <source>Đã lưu tệp mẫu {0}. Điền vào tệp rồi bấm “Chọn tệp…” để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="216"/>
        <source>Đã nhập: thêm mới {0}, cập nhật {1}, không đổi {2}, bị loại {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="236"/>
        <source>Thêm mới ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="237"/>
        <source>Cập nhật ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="238"/>
        <source>Bị loại ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="246"/>
        <source>Trang tính “{0}”, dòng tiêu đề {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="248"/>
        <source>Dòng tiêu đề {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="251"/>
        <source>Không đổi: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="253"/>
        <source> — các dòng bị loại không được nhập; sửa tệp rồi chọn lại nếu cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="255"/>
        <source> — không có gì để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="35"/>
        <source>UBND xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="36"/>
        <source>Trường học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="37"/>
        <source>Sở/ban/ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="38"/>
        <source>Cơ quan khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="44"/>
        <source>Người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="45"/>
        <source>Cấp phó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="51"/>
        <source>Trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="52"/>
        <source>Phó trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="53"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="54"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="60"/>
        <source>Công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="61"/>
        <source>Công bố lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="67"/>
        <source>Theo Nghị định 09/2019/NĐ-CP (15/12 năm trước – 14/6 và 14/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="70"/>
        <source>Theo nửa năm dương lịch (01/01 – 30/6 và 31/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="75"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="75"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="81"/>
        <source>còn {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="83"/>
        <source>hạn là hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="84"/>
        <source>đã qua {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="89"/>
        <source>Quy trình TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="90"/>
        <source>Quy trình nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="91"/>
        <source>Biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="92"/>
        <source>Hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="93"/>
        <source>Chính sách, kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="99"/>
        <source>Dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="100"/>
        <source>Đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="101"/>
        <source>Hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="107"/>
        <source>Đang áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="108"/>
        <source>Sắp hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="109"/>
        <source>Đã thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="115"/>
        <source>Văn bản quy phạm pháp luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="116"/>
        <source>Quyết định công bố TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="117"/>
        <source>Tài liệu bên ngoài khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="123"/>
        <source>VBQPPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="124"/>
        <source>QĐ công bố TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="125"/>
        <source>Tài liệu khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="131"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="132"/>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="133"/>
        <source>Chưa cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="134"/>
        <source>Đã cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="135"/>
        <source>Không cần sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="174"/>
        <source>Giá trị kỳ gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="175"/>
        <source>Cộng dồn các kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="176"/>
        <source>Trung bình các kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="182"/>
        <source>Hằng tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="183"/>
        <source>Hằng quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="184"/>
        <source>6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="185"/>
        <source>Hằng năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="193"/>
        <source>Quý {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="199"/>
        <source>Tháng {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="204"/>
        <source>6 tháng đầu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="204"/>
        <source>6 tháng cuối năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="206"/>
        <source>Cả năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="211"/>
        <source>Chưa đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="212"/>
        <source>Đang đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="213"/>
        <source>Có nguy cơ không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="214"/>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="215"/>
        <source>Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="231"/>
        <source>Chưa thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="232"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="233"/>
        <source>Đã hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="239"/>
        <source>Theo quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="240"/>
        <source>Trước ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="241"/>
        <location filename="../../app/ui/formatting.py" line="251"/>
        <source>Thường xuyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="250"/>
        <source>Trước {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="76"/>
        <source>Văn bản pháp lý và tài liệu bên ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="78"/>
        <source>Khi văn bản quy phạm pháp luật hoặc danh mục TTHC thay đổi, các quy trình bị ảnh hưởng phải được cập nhật trong thời hạn quy định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="83"/>
        <source>Văn bản pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="87"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="88"/>
        <location filename="../../app/ui/pages/legal.py" line="290"/>
        <source>Việc cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="102"/>
        <source>Thời hạn cập nhật quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="109"/>
        <source>tháng sau ngày hiệu lực; báo trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="111"/>
        <source>ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="112"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="135"/>
        <location filename="../../app/ui/pages/legal.py" line="318"/>
        <location filename="../../app/ui/pages/legal.py" line="359"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="136"/>
        <location filename="../../app/ui/pages/legal.py" line="320"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="137"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="138"/>
        <location filename="../../app/ui/pages/legal.py" line="322"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="140"/>
        <location filename="../../app/ui/pages/legal.py" line="323"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="146"/>
        <location filename="../../app/ui/pages/legal.py" line="326"/>
        <location filename="../../app/ui/pages/legal.py" line="411"/>
        <source>Ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="151"/>
        <source>Thay thế bởi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="152"/>
        <source>Cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="154"/>
        <source>Thêm văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="159"/>
        <source>Mọi loại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="170"/>
        <source>văn bản {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="183"/>
        <source>Thêm quy trình…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="184"/>
        <source>Thêm các quy trình bị ảnh hưởng bởi văn bản này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="197"/>
        <source> (quá hạn {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="199"/>
        <source> (sắp đến hạn {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="213"/>
        <source>Đã cập nhật…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="214"/>
        <source>Ghi nhận lần ban hành của quy trình đã phản ánh văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="215"/>
        <location filename="../../app/ui/pages/legal.py" line="462"/>
        <location filename="../../app/ui/pages/legal.py" line="466"/>
        <source>Bỏ liên kết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="219"/>
        <source>Không cần sửa đổi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="221"/>
        <source>Mở lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="240"/>
        <source>Chỉ việc chưa xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="256"/>
        <source>Không có quy trình nào đang chờ cập nhật theo văn bản mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="258"/>
        <source>Cần cập nhật {0} quy trình: quá hạn {1}, sắp đến hạn {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="288"/>
        <source>Việc cần cập nhật ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="296"/>
        <source>Chọn một văn bản để xem các quy trình phải cập nhật.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="300"/>
        <source>Quy trình phải cập nhật theo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="302"/>
        <source> (hiệu lực {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="311"/>
        <source>(chưa bị thay thế)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="321"/>
        <source>Trích yếu / tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="322"/>
        <source>Chính phủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="328"/>
        <source>Hạn cập nhật quy trình tính từ ngày này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="330"/>
        <source>Bị thay thế bởi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="331"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="334"/>
        <source>Văn bản pháp lý / tài liệu bên ngoài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="351"/>
        <source>Quy trình bị ảnh hưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="352"/>
        <source>Chọn các quy trình phải cập nhật theo {0} (giữ Ctrl để chọn nhiều):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="356"/>
        <source>Mã hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="357"/>
        <source>Tên quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="363"/>
        <source>Quy trình TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="367"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="407"/>
        <source>Đã cập nhật bằng lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="408"/>
        <source>Chọn lần ban hành của {0} đã phản ánh {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="410"/>
        <source>Lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="412"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="413"/>
        <source>Nội dung sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="432"/>
        <source>Không cần sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="436"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="441"/>
        <source>Ví dụ: văn bản mới không thay đổi thành phần hồ sơ, thời hạn, phí, lệ phí của thủ tục.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/legal.py" line="463"/>
        <source>Bỏ {0} khỏi danh sách phải cập nhật theo {1}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="188"/>
        <source>Tìm (không cần gõ dấu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="221"/>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="222"/>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="223"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="244"/>
        <source>{0} dòng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Thư mục dữ liệu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>Sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Mở thư mục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="135"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; phiên bản {1}&lt;br&gt;Quản lý Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho cơ quan hành chính nhà nước. Chạy trên máy, không cần mạng.&lt;br&gt;&lt;br&gt;Thư mục dữ liệu:&lt;br&gt;{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Sao lưu dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Tệp sao lưu (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>Đã sao lưu dữ liệu vào:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Đang sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="192"/>
        <location filename="../../app/ui/main_window.py" line="197"/>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="199"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {0}?
Dữ liệu hiện tại sẽ được giữ lại trong thư mục backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="213"/>
        <source>Đã khôi phục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="221"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266"/>
        <source>Đang sao lưu/khôi phục, hãy đợi xong rồi đóng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="337"/>
        <source>Chọn tệp minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="337"/>
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
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="187"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="196"/>
        <source>(không chọn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="204"/>
        <source>Từ {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="205"/>
        <source>(không gắn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="226"/>
        <source>Sửa dòng kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="226"/>
        <source>Thêm dòng kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="118"/>
        <location filename="../../app/ui/pages/objectives.py" line="125"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="120"/>
        <source>Mục tiêu chất lượng của năm, kế hoạch thực hiện và kết quả đo từng kỳ; tình trạng đạt/không đạt được tính từ kết quả đo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="149"/>
        <source>Số, ngày văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="151"/>
        <source>Số, ngày ký, người ký và nơi nhận của văn bản mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="154"/>
        <source>Xuất kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="156"/>
        <source>Xuất Mục tiêu chất lượng và Kế hoạch thực hiện mục tiêu của năm (PDF để in hoặc Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="161"/>
        <source>Bắt đầu năm sau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="163"/>
        <source>Sao chép mục tiêu (không kèm kết quả đo) và kế hoạch năm sang năm kế tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="175"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="176"/>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="178"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="183"/>
        <source>Tần suất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="185"/>
        <source>Giá trị hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="191"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="192"/>
        <source>Bộ phận/người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="195"/>
        <source>Thêm mục tiêu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="240"/>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="246"/>
        <source>Giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="252"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="253"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="257"/>
        <source>Ghi kết quả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="258"/>
        <source>Xóa kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="265"/>
        <source>Mở minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="272"/>
        <source>Kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="275"/>
        <source>Biểu đồ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="280"/>
        <source>Nội dung thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="281"/>
        <source>Nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="282"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="283"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="284"/>
        <source>Cách đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="292"/>
        <source>Sửa kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="293"/>
        <source>Sửa mục tiêu cùng các dòng kế hoạch thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="297"/>
        <source>Kế hoạch thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="319"/>
        <source>Năm {0} chưa có mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="322"/>
        <source>{0} mục tiêu: đạt {1}, chưa đạt {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="333"/>
        <source>Chọn một mục tiêu để xem kết quả đo và kế hoạch thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="340"/>
        <source>{0} — chỉ tiêu {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="364"/>
        <source>mục tiêu “{0}” cùng các kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="383"/>
        <source>kết quả đo kỳ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="402"/>
        <source>Văn bản mục tiêu chất lượng năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="21"/>
        <source>Bộ phận và cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="22"/>
        <source>Các bộ phận chủ trì quy trình, hành động và cán bộ, công chức của cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="28"/>
        <location filename="../../app/ui/pages/organization.py" line="62"/>
        <location filename="../../app/ui/pages/organization.py" line="119"/>
        <location filename="../../app/ui/pages/organization.py" line="134"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="31"/>
        <location filename="../../app/ui/pages/organization.py" line="105"/>
        <source>Tên bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="33"/>
        <source>Viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="34"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="36"/>
        <location filename="../../app/ui/pages/organization.py" line="65"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="37"/>
        <location filename="../../app/ui/pages/organization.py" line="116"/>
        <source>Đang hoạt động</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="37"/>
        <source>Ngừng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="47"/>
        <source>bộ phận “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="53"/>
        <location filename="../../app/ui/pages/organization.py" line="142"/>
        <source>Cán bộ, công chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="56"/>
        <location filename="../../app/ui/pages/organization.py" line="132"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="61"/>
        <location filename="../../app/ui/pages/organization.py" line="133"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="63"/>
        <location filename="../../app/ui/pages/organization.py" line="135"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="66"/>
        <location filename="../../app/ui/pages/organization.py" line="137"/>
        <source>Đang công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="66"/>
        <source>Đã nghỉ/chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="72"/>
        <source>Chỉ cán bộ của bộ phận đang chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="107"/>
        <source>Ví dụ: Văn phòng HĐND và UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="111"/>
        <source>Chữ viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="113"/>
        <source>Dùng ở dòng “Lưu: VT, VP.” của văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="115"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="129"/>
        <source>(chưa thuộc bộ phận nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="133"/>
        <source>Ví dụ: Công chức Tư pháp - Hộ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="136"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="42"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="50"/>
        <source>Báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="51"/>
        <source>Báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="52"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="53"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="54"/>
        <source>Phạm vi áp dụng HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="55"/>
        <source>Công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="56"/>
        <source>Bộ phận và cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="57"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="58"/>
        <source>TTHC có quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="59"/>
        <source>Cập nhật quy trình theo văn bản mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="60"/>
        <source>Tài liệu nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="61"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="62"/>
        <source>Kế hoạch duy trì, cải tiến HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="91"/>
        <source>Chưa khai báo thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="94"/>
        <source>{0} — năm {1}. Hôm nay: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="104"/>
        <source>Hạn gửi {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="105"/>
        <source>Số liệu từ {0} đến {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="111"/>
        <source>Chưa có quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="112"/>
        <source>Ghi quyết định thành lập/kiện toàn ở trang Ban chỉ đạo ISO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="117"/>
        <source>{0} thành viên; Trưởng ban: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="120"/>
        <source>Quyết định từ năm {0}: xem xét kiện toàn nếu có thay đổi nhân sự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="123"/>
        <source>Quyết định số {0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="127"/>
        <source>Chưa có chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="128"/>
        <source>Chưa có phạm vi áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="135"/>
        <source>Hiệu lực từ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="140"/>
        <source>Chưa ghi quyết định công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="144"/>
        <source>{0}: số {1} ngày {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="147"/>
        <source>{0} quyết định đã ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="152"/>
        <source>Chưa có mục tiêu năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="153"/>
        <source>Xây dựng ở trang Mục tiêu chất lượng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="165"/>
        <source>{0}/{1} mục tiêu đang đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="166"/>
        <source>Có nguy cơ hoặc không đạt: {0} · chưa đo: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="176"/>
        <source>Chưa có kế hoạch năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="177"/>
        <source>Tạo ở trang Kế hoạch năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="184"/>
        <source>Đã hoàn thành {0}/{1} nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="185"/>
        <source>Quá hạn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="191"/>
        <source>Chưa nhập danh mục TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="191"/>
        <source>Nhập ở trang Danh mục TTHC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="195"/>
        <source>{0}/{1} TTHC ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="198"/>
        <source>Chưa có quy trình: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="200"/>
        <source>Đủ quy trình cho mọi TTHC thuộc thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="206"/>
        <source>Không có việc chờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="206"/>
        <source>Mọi quy trình đã cập nhật theo văn bản mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="210"/>
        <source>{0} quy trình cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="211"/>
        <source>Quá hạn: {0} · sắp đến hạn: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="216"/>
        <source>{0} tài liệu đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="217"/>
        <source>Quy trình: {0} · biểu mẫu: {1} · sắp có lần ban hành mới: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="223"/>
        <source>{0} bộ phận, {1} cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="224"/>
        <source>Đang hoạt động / đang công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="232"/>
        <source>Chưa khai báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="232"/>
        <source>Nhập ở trang Thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/ui/pages/base.py" line="87"/>
        <location filename="../../app/ui/pages/base.py" line="89"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/base.py" line="88"/>
        <source>Xóa {0}? Thao tác này không hoàn tác được.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="39"/>
        <source>Chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/pick_dialog.py" line="40"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="28"/>
        <source>Để trống = theo mặc định của cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="32"/>
        <source>Số văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="33"/>
        <source>ví dụ 05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="34"/>
        <source>Chỉ số, ví dụ 05; phần ký hiệu được ghép tự động. Để trống để ghi tay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="38"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="41"/>
        <source>Dòng ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="44"/>
        <source>TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="47"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="50"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="53"/>
        <source>Mỗi nơi nhận một dòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="64"/>
        <source>Xuất mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="66"/>
        <source>Xuất kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="68"/>
        <source>PDF để in (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="69"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="84"/>
        <source>Đã lưu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="87"/>
        <source>Mở tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="88"/>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_document_dialog.py" line="101"/>
        <source>Đang xuất văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="141"/>
        <source>Kế hoạch duy trì, cải tiến HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="143"/>
        <source>Các nhiệm vụ của năm: ai thực hiện, khi nào, đã xong chưa; nhiệm vụ quá hạn hiện màu đỏ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="147"/>
        <source>Kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="168"/>
        <source>Xuất kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="169"/>
        <source>Xuất kế hoạch năm để trình ký (PDF) hoặc theo dõi (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="173"/>
        <source>Bắt đầu năm sau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="175"/>
        <source>Sao chép nhiệm vụ (trạng thái đặt lại) và mục tiêu chất lượng sang năm kế tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="196"/>
        <source>Danh sách nhiệm vụ mẫu theo chu kỳ năm của HTQLCL: ban hành kế hoạch, mục tiêu chất lượng, rủi ro và cơ hội, báo cáo 6 tháng và năm, đánh giá nội bộ, xem xét của lãnh đạo… Có thể sửa, thêm, xóa sau khi tạo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="205"/>
        <source>Tạo kế hoạch theo danh sách nhiệm vụ mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="207"/>
        <source>Tạo kế hoạch trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="221"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="222"/>
        <source>Nội dung công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="223"/>
        <source>Thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="225"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="230"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="232"/>
        <source>Ngày hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="237"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="240"/>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="251"/>
        <source>nhiệm vụ “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="256"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="257"/>
        <source>Đưa nhiệm vụ lên trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="259"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="260"/>
        <source>Đưa nhiệm vụ xuống dưới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="266"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="267"/>
        <source>Thông tin văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="274"/>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="275"/>
        <source>Yêu cầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="278"/>
        <source>Tổ chức thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="281"/>
        <source>Phân công các bộ phận, chế độ báo cáo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="294"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="321"/>
        <source>Năm {0} chưa có kế hoạch duy trì, cải tiến HTQLCL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="330"/>
        <source>{0} nhiệm vụ, đã hoàn thành {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="333"/>
        <source>Quá hạn: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/plan.py" line="379"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicationsPage</name>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="23"/>
        <source>Công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="25"/>
        <source>Quyết định công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 và các lần công bố lại khi điều chỉnh, mở rộng hoặc thu hẹp phạm vi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="33"/>
        <source>Quyết định công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="35"/>
        <location filename="../../app/ui/pages/publications.py" line="89"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="36"/>
        <location filename="../../app/ui/pages/publications.py" line="93"/>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="38"/>
        <location filename="../../app/ui/pages/publications.py" line="94"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="40"/>
        <location filename="../../app/ui/pages/publications.py" line="97"/>
        <source>Lý do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="42"/>
        <source>Thêm quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="49"/>
        <source>quyết định số {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="73"/>
        <source>Chưa có quyết định công bố nào. Bấm “Thêm quyết định…” để ghi lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="76"/>
        <source>{0} — Quyết định số {1} ngày {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="80"/>
        <source>Lý do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="82"/>
        <source>Phạm vi công bố:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="100"/>
        <source>Bắt buộc khi công bố lại (ví dụ: sắp xếp đơn vị hành chính, mở rộng phạm vi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="102"/>
        <source>Phạm vi công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/publications.py" line="109"/>
        <source>Quyết định công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="370"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="371"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="46"/>
        <source>Ban hành lần mới — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="48"/>
        <source>Sửa lần ban hành {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="58"/>
        <source>Lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="59"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="60"/>
        <source>Ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="61"/>
        <source>Nội dung sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="62"/>
        <source>Người soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="63"/>
        <source>Người xem xét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="64"/>
        <source>Người phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="69"/>
        <source>Tệp của lần ban hành (Word, PDF…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="75"/>
        <source>Thêm tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="77"/>
        <source>Bỏ tệp đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="86"/>
        <source>Lần ban hành này cập nhật theo văn bản (đánh dấu văn bản đã phản ánh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="97"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="98"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="133"/>
        <source>{0} — {1} (hiệu lực {2}, hạn cập nhật {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="147"/>
        <source>Chọn tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/revision_dialog.py" line="149"/>
        <source>Tài liệu (*.doc *.docx *.pdf *.xls *.xlsx *.odt);;Mọi tệp (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePolicyPage</name>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="126"/>
        <source>Phạm vi áp dụng và chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="128"/>
        <source>Mỗi lần thay đổi được lưu thành một phiên bản có ngày hiệu lực; phiên bản mới nhất đã có hiệu lực là phiên bản đang áp dụng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="132"/>
        <source>Phạm vi và chính sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="137"/>
        <source>phạm vi áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="145"/>
        <source>chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="151"/>
        <source>Phạm vi áp dụng HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/scope_policy.py" line="152"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SteeringDialog</name>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="71"/>
        <source>Quyết định về Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="77"/>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="78"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="80"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="80"/>
        <location filename="../../app/ui/pages/steering.py" line="125"/>
        <source>Về việc kiện toàn Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="82"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="88"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="92"/>
        <source>Thêm thành viên…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="98"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="99"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="112"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="113"/>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="148"/>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="151"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="155"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="167"/>
        <source>Thành viên Ban chỉ đạo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SteeringMembers</name>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="50"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="51"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="53"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="58"/>
        <source>Nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SteeringPage</name>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="230"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="231"/>
        <source>Quyết định thành lập, kiện toàn Ban chỉ đạo ISO và thành viên theo từng quyết định.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="237"/>
        <source>Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="239"/>
        <source>Số quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="241"/>
        <source>Ngày ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="243"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="244"/>
        <source>Số thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="245"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="247"/>
        <source>Thêm quyết định…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="254"/>
        <source>quyết định số {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="280"/>
        <source>Đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="282"/>
        <source>Chưa đến ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="283"/>
        <source>Đã được thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="296"/>
        <source>Chọn một quyết định để xem thành viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/steering.py" line="300"/>
        <source>Thành viên theo Quyết định số {0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TthcPage</name>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="24"/>
        <source>Danh mục thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="26"/>
        <source>TTHC thuộc thẩm quyền giải quyết của cơ quan phải có quy trình đang hiệu lực (mục tiêu 100 %). Nhập danh mục từ tệp Excel của Cổng dịch vụ công hoặc quyết định công bố của tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="31"/>
        <source>Danh mục TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="38"/>
        <source>Tìm theo mã, tên thủ tục (không cần gõ dấu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="48"/>
        <location filename="../../app/ui/pages/tthc.py" line="89"/>
        <source>Thuộc thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="49"/>
        <location filename="../../app/ui/pages/tthc.py" line="94"/>
        <source>Không thuộc thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="50"/>
        <source>Cả danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="51"/>
        <source>Chỉ TTHC chưa có quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="66"/>
        <location filename="../../app/ui/pages/tthc.py" line="139"/>
        <source>Mã TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="67"/>
        <location filename="../../app/ui/pages/tthc.py" line="140"/>
        <source>Tên thủ tục hành chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="68"/>
        <location filename="../../app/ui/pages/tthc.py" line="143"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="69"/>
        <location filename="../../app/ui/pages/tthc.py" line="147"/>
        <source>Cấp thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="70"/>
        <source>Thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="71"/>
        <source>Quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="71"/>
        <source>Chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="75"/>
        <source>Thêm TTHC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="85"/>
        <source>TTHC {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="91"/>
        <source>Đánh dấu các TTHC đang chọn là thuộc thẩm quyền giải quyết của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="96"/>
        <source>Nhập từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="113"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="120"/>
        <source>Chưa có danh mục TTHC. Bấm “Nhập từ tệp…” để nhập.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="124"/>
        <source>Thuộc thẩm quyền: {0} TTHC — đã có quy trình: {1} ({2}) — chưa có quy trình: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="147"/>
        <source>Cấp xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="148"/>
        <source>Thuộc thẩm quyền giải quyết của cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="149"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/tthc.py" line="157"/>
        <source>Thủ tục hành chính</source>
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
    <name>page</name>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="75"/>
        <source>Bắt đầu năm sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="77"/>
        <source>Sao chép các mục tiêu chất lượng (không kèm kết quả đo) và các nhiệm vụ của kế hoạch năm {0} sang năm {1}? Dữ liệu năm {0} giữ nguyên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="80"/>
        <source>Sao chép</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="50"/>
        <source>Năm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
