<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="68"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="170"/>
        <source>Nội dung thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="69"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="171"/>
        <source>Nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="70"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="172"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="71"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="173"/>
        <location filename="../../app/ui/pages/plan.py" line="78"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="71"/>
        <source>ví dụ Quý I/2026, hằng tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="72"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="174"/>
        <source>Cách đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="107"/>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="111"/>
        <source>ví dụ: 100% hồ sơ TTHC được giải quyết đúng hoặc trước hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="115"/>
        <source>Chỉ số đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="118"/>
        <source>Cách tính, ví dụ: số hồ sơ đúng hạn / tổng số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="122"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="126"/>
        <source>ví dụ 98</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="127"/>
        <source>Đơn vị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="127"/>
        <source>%, vụ, hồ sơ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="130"/>
        <source>Tần suất đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="136"/>
        <source>Giá trị năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="141"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="142"/>
        <source>Người phụ trách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="143"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="146"/>
        <source>Sửa mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="146"/>
        <source>Thêm mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="168"/>
        <source>Kế hoạch thực hiện mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="180"/>
        <source>Thêm dòng…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="283"/>
        <source>Kỳ đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="292"/>
        <source>Giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="294"/>
        <source>ví dụ 97,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="295"/>
        <source>Số thập phân viết 97,5 hoặc 97.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="297"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="299"/>
        <source>Ghi kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="308"/>
        <source>Minh chứng:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="312"/>
        <source>Giữ tệp đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="314"/>
        <source>Chưa chọn tệp (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="317"/>
        <source>Chọn tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="325"/>
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
        <location filename="../../app/ui/pages/legal.py" line="60"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <location filename="../../app/ui/pages/plan.py" line="96"/>
        <source>Ngày hoàn thành</source>
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
</context>
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="53"/>
        <source>Tên cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="55"/>
        <source>Ví dụ: Ủy ban nhân dân xã Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="59"/>
        <source>Tên viết gọn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="60"/>
        <source>Ví dụ: UBND xã Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="64"/>
        <source>Loại cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="71"/>
        <source>Cơ quan chủ quản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="72"/>
        <source>Ví dụ: Ủy ban nhân dân tỉnh Hà Tĩnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="73"/>
        <source>In ở dòng đầu bên trái của văn bản (chữ in hoa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="77"/>
        <source>Địa danh ghi ngày tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="79"/>
        <source>Ví dụ: Tùng Ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="80"/>
        <source>Dùng trong dòng “Tùng Ảnh, ngày … tháng … năm …”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="84"/>
        <source>Chữ viết tắt trong số ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="87"/>
        <source>Ví dụ văn bản số 05/BC-UBND thì chữ viết tắt là UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="89"/>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="90"/>
        <location filename="../../app/ui/pages/agency.py" line="99"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="91"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="97"/>
        <source>Họ và tên Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="98"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="107"/>
        <source>Thẩm quyền ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="111"/>
        <source>Mỗi dòng một dòng in trên khối chữ ký (chữ in hoa). Để trống thì in như chữ mờ trong ô (theo loại cơ quan). Từng văn bản vẫn có thể ghi khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="124"/>
        <source>Đơn vị soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="126"/>
        <source>Chữ viết tắt in ở dòng cuối của Nơi nhận, ví dụ VP thì in “- Lưu: VT, VP.”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="119"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="120"/>
        <source>Họ và tên người ký</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="141"/>
        <source>Thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="142"/>
        <source>Tên, địa danh, lãnh đạo, người ký mặc định, nơi nhận báo cáo và hạn báo cáo định kỳ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="164"/>
        <source>Cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="167"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="169"/>
        <source>Ký văn bản (mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="178"/>
        <source>Lưu thông tin cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="188"/>
        <source>Thông tin chung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="218"/>
        <location filename="../../app/ui/pages/agency.py" line="537"/>
        <source>Đã lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="225"/>
        <location filename="../../app/ui/pages/agency.py" line="258"/>
        <source>Lãnh đạo cơ quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="227"/>
        <location filename="../../app/ui/pages/agency.py" line="247"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="228"/>
        <location filename="../../app/ui/pages/agency.py" line="248"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="230"/>
        <location filename="../../app/ui/pages/agency.py" line="251"/>
        <source>Vai trò</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="243"/>
        <source>Lãnh đạo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="248"/>
        <source>Ví dụ: Phó Chủ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="255"/>
        <location filename="../../app/ui/pages/agency.py" line="311"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="273"/>
        <source>Ghi ở “Kính gửi”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="269"/>
        <location filename="../../app/ui/pages/agency.py" line="284"/>
        <location filename="../../app/ui/pages/agency.py" line="290"/>
        <source>Nơi nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="292"/>
        <source>Ví dụ: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="299"/>
        <source>Ví dụ: để báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="304"/>
        <source>Ghi ở dòng “Kính gửi” của báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="436"/>
        <source>Kỳ báo cáo, hạn gửi mặc định và cảnh báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="472"/>
        <source>Cảnh báo trước (ngày)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="478"/>
        <source>Cảnh báo trước: việc có hạn trong số ngày này (báo cáo, nhiệm vụ, cập nhật quy trình…) hiện là “sắp đến hạn” ở mọi trang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="486"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="442"/>
        <source>Thời gian chốt số liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="267"/>
        <location filename="../../app/ui/pages/agency.py" line="314"/>
        <source>Nơi nhận thường dùng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="270"/>
        <source>Mục đích (in trên văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="271"/>
        <source>Kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="272"/>
        <source>Báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="274"/>
        <source>Ghi chú nội bộ (không in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="296"/>
        <source>Mục đích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="300"/>
        <source>In trong ngoặc sau tên nơi nhận: “- Sở Khoa học và Công nghệ (để báo cáo);”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="302"/>
        <source>Ghi ở Nơi nhận của kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="303"/>
        <source>Ghi ở Nơi nhận của báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="307"/>
        <source>Ghi chú nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="308"/>
        <source>Ví dụ: gửi qua hệ thống quản lý văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="309"/>
        <source>Chỉ để Thư ký ISO ghi nhớ, không in trên văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="323"/>
        <source>Căn cứ pháp lý in trên văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="325"/>
        <source>Căn cứ (như in trên văn bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="335"/>
        <source>Văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="338"/>
        <source>Lên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="341"/>
        <source>Xuống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="344"/>
        <location filename="../../app/ui/pages/agency.py" line="423"/>
        <source>Khôi phục mặc định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="347"/>
        <source>Thay danh sách bằng các căn cứ mặc định (QĐ 19/2014/QĐ-TTg, TT 26/2014/TT-BKHCN, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="352"/>
        <source>Mỗi căn cứ in thành một dòng “Căn cứ …;” hoặc “Thực hiện …;” ở đầu văn bản; số hoặc ngày để trống thì in chỗ trống để ghi tay. Từng văn bản có thể ghi căn cứ riêng (ô Căn cứ của văn bản).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="367"/>
        <location filename="../../app/ui/pages/agency.py" line="411"/>
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="380"/>
        <source>Mở đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="383"/>
        <source>Loại văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="387"/>
        <source>Ví dụ: Quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="391"/>
        <source>Số, ký hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="393"/>
        <source>Để trống để ghi tay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="395"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="396"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="396"/>
        <source>Ví dụ: Thủ tướng Chính phủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="399"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="402"/>
        <source>Ví dụ: về việc áp dụng Hệ thống quản lý chất lượng …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="424"/>
        <source>Thay các căn cứ của “{0}” bằng danh sách mặc định?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="427"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="448"/>
        <source>Hạn báo cáo 6 tháng: ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="455"/>
        <location filename="../../app/ui/pages/agency.py" line="466"/>
        <source>tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="462"/>
        <source>Hạn báo cáo năm: ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="499"/>
        <source>Hạn riêng theo năm (khi cấp trên quy định khác mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="501"/>
        <location filename="../../app/ui/pages/agency.py" line="552"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="503"/>
        <location filename="../../app/ui/pages/agency.py" line="553"/>
        <source>Hạn báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="509"/>
        <location filename="../../app/ui/pages/agency.py" line="554"/>
        <source>Hạn báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="521"/>
        <source>hạn riêng năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="526"/>
        <source>Báo cáo định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="557"/>
        <source>Hạn báo cáo theo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="581"/>
        <source>Năm {0}: báo cáo 6 tháng lấy số liệu từ {1} đến {2}, hạn gửi {3}; báo cáo năm lấy số liệu từ {4} đến {5}, hạn gửi {6}{7}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="591"/>
        <source> (hạn riêng của năm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../app/services/areas.py" line="233"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="236"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="245"/>
        <source>Kế hoạch năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="253"/>
        <source>Tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="266"/>
        <source>Danh mục TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="274"/>
        <source>Văn bản pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="281"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="288"/>
        <source>Phạm vi và chính sách</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="293"/>
        <source>Công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="299"/>
        <source>Bộ phận và cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/areas.py" line="305"/>
        <source>Thông tin cơ quan</source>
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
        <location filename="../../app/ui/pages/documents.py" line="58"/>
        <source>Tài liệu nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="60"/>
        <source>Quy trình, biểu mẫu, hướng dẫn và các lần ban hành; tài liệu hết hiệu lực vẫn tìm được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="149"/>
        <source>Tìm mã, tên, TTHC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="151"/>
        <source>Tìm theo mã hiệu, tên tài liệu, lĩnh vực, mã TTHC (không cần gõ dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="524"/>
        <source>Tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="71"/>
        <location filename="../../app/ui/pages/documents.py" line="252"/>
        <location filename="../../app/ui/pages/documents.py" line="454"/>
        <source>Mã hiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="72"/>
        <location filename="../../app/ui/pages/documents.py" line="455"/>
        <source>Tên tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="81"/>
        <source>Loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="82"/>
        <location filename="../../app/ui/pages/documents.py" line="464"/>
        <source>Lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="83"/>
        <location filename="../../app/ui/pages/documents.py" line="254"/>
        <source>Lần BH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="85"/>
        <source>Hiệu lực từ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="73"/>
        <location filename="../../app/ui/pages/documents.py" line="255"/>
        <location filename="../../app/ui/pages/documents.py" line="471"/>
        <source>Trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="75"/>
        <source>Cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="90"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="97"/>
        <source>Thêm tài liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="107"/>
        <source>cần cập nhật theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="108"/>
        <source>hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="115"/>
        <source>Nhập từ tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="117"/>
        <source>Xuất danh mục…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="137"/>
        <source>Sắp hiệu lực (từ {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="140"/>
        <source> · lần {0} từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="157"/>
        <source>Mọi loại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="162"/>
        <source>Mọi trạng thái</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="211"/>
        <source>Lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="214"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="220"/>
        <source>Ngày hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="225"/>
        <location filename="../../app/ui/pages/documents.py" line="283"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="226"/>
        <source>Nội dung sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="227"/>
        <source>Soạn thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="228"/>
        <source>Phê duyệt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="229"/>
        <source>Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="233"/>
        <source>Ban hành lần mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="242"/>
        <source>Mở tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="244"/>
        <source>Lưu bản sao…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="248"/>
        <source>Các lần ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="253"/>
        <source>Tên biểu mẫu / hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="268"/>
        <source>Biểu mẫu kèm theo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="272"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="273"/>
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="275"/>
        <source>Hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="281"/>
        <source>Hạn cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="293"/>
        <source>Mở việc cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="295"/>
        <source>Mở văn bản và việc cập nhật này ở trang Văn bản pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="298"/>
        <location filename="../../app/ui/pages/documents.py" line="426"/>
        <source>Cập nhật theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="301"/>
        <location filename="../../app/ui/pages/documents.py" line="433"/>
        <source>Chuyển hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="314"/>
        <source>Mọi lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="317"/>
        <source>Mọi bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="350"/>
        <source>{0} / {1} tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="386"/>
        <source>Chọn một tài liệu để xem các lần ban hành.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="400"/>
        <source>Sắp hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="403"/>
        <source>Lĩnh vực: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="405"/>
        <source>Bộ phận: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="407"/>
        <source>Thuộc quy trình: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="409"/>
        <source>Mã TTHC: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="413"/>
        <source>Lần {0} sẽ hiệu lực từ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="424"/>
        <source>Cập nhật theo văn bản ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="428"/>
        <source>Biểu mẫu kèm theo ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="433"/>
        <source>Dùng lại (đang hiệu lực)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="445"/>
        <source>(không ghi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="448"/>
        <source>(không thuộc quy trình nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="458"/>
        <source>Loại tài liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="468"/>
        <source>Bộ phận chủ trì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="477"/>
        <source>Thuộc quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="480"/>
        <source>Chỉ với biểu mẫu, hướng dẫn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="484"/>
        <source>Mã TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="486"/>
        <source>Các thủ tục hành chính quy trình này giải quyết, cách nhau bởi dấu chấm phẩy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="488"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="531"/>
        <source>tài liệu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="541"/>
        <source>Hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="542"/>
        <source>Chuyển {0} sang hết hiệu lực? Tài liệu vẫn được lưu và tìm được.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="543"/>
        <source>Chuyển</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="578"/>
        <source>lần ban hành {0} của {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/documents.py" line="601"/>
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
        <location filename="../../app/ui/dialogs/export_dialog.py" line="35"/>
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
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="95"/>
        <source>Đang xuất tệp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="107"/>
        <source>Lưu ý trước khi trình ký:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="151"/>
        <source>Xuất danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="105"/>
        <source>Đã lưu {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="115"/>
        <source>Mở tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_dialog.py" line="116"/>
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
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="116"/>
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
        <source>Trích yếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="135"/>
        <source>Cơ quan ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="136"/>
        <source>Ngày ban hành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="137"/>
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
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="168"/>
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
        <source>Hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/area_defs.py" line="183"/>
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
        <source>Minh chứng</source>
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
    <name>Labels</name>
    <message>
        <location filename="../../app/services/vocabulary.py" line="288"/>
        <source>UBND xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="289"/>
        <source>Trường học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="290"/>
        <source>Sở/ban/ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="291"/>
        <source>Cơ quan khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="294"/>
        <source>Người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="295"/>
        <source>Cấp phó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="298"/>
        <source>Trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="299"/>
        <source>Phó trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="300"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="301"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="304"/>
        <source>Công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="305"/>
        <source>Công bố lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="308"/>
        <source>Theo Nghị định 09/2019/NĐ-CP (15/12 năm trước – 14/6 và 14/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="311"/>
        <source>Theo nửa năm dương lịch (01/01 – 30/6 và 31/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="313"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="314"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="271"/>
        <source>còn {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="272"/>
        <source>hạn là hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="273"/>
        <source>đã qua {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="343"/>
        <source>Quy trình TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="344"/>
        <source>Quy trình nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="345"/>
        <source>Biểu mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="346"/>
        <source>Hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="347"/>
        <source>Chính sách, kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="365"/>
        <source>Dự thảo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="366"/>
        <source>Đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="367"/>
        <source>Hết hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="370"/>
        <source>Đang áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="371"/>
        <source>Sắp hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="372"/>
        <source>Đã thay thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="375"/>
        <source>Văn bản quy phạm pháp luật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="376"/>
        <source>Quyết định công bố TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="377"/>
        <source>Tài liệu bên ngoài khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="380"/>
        <source>VBQPPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="381"/>
        <source>QĐ công bố TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="382"/>
        <source>Tài liệu khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="390"/>
        <source>Quá hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="391"/>
        <source>Sắp đến hạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="392"/>
        <source>Chưa cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="393"/>
        <source>Đã cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="394"/>
        <source>Không cần sửa đổi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="440"/>
        <source>Giá trị kỳ gần nhất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="441"/>
        <source>Cộng dồn các kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="442"/>
        <source>Trung bình các kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="445"/>
        <source>Hằng tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="446"/>
        <source>Hằng quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="447"/>
        <source>6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="448"/>
        <source>Hằng năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="467"/>
        <source>Quý {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="468"/>
        <source>Tháng {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="469"/>
        <source>6 tháng đầu năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="470"/>
        <source>6 tháng cuối năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="471"/>
        <source>Cả năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="451"/>
        <source>Chưa đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="452"/>
        <source>Đang đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="453"/>
        <source>Có nguy cơ không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="454"/>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="455"/>
        <source>Không đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="458"/>
        <source>Chưa thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="459"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="460"/>
        <source>Đã hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="463"/>
        <source>Theo quý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="464"/>
        <source>Trước ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="465"/>
        <location filename="../../app/services/vocabulary.py" line="473"/>
        <source>Thường xuyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/services/vocabulary.py" line="472"/>
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
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Thư mục dữ liệu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="132"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="133"/>
        <source>Sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="138"/>
        <source>Mở thư mục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <location filename="../../app/ui/main_window.py" line="159"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; phiên bản {1}&lt;br&gt;Quản lý Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho cơ quan hành chính nhà nước. Chạy trên máy, không cần mạng.&lt;br&gt;&lt;br&gt;Thư mục dữ liệu:&lt;br&gt;{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>Không tìm thấy bản ghi (có thể đã bị xóa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255"/>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Sao lưu dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255"/>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Tệp sao lưu (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>Đã sao lưu dữ liệu vào:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="269"/>
        <source>Đang sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <location filename="../../app/ui/main_window.py" line="292"/>
        <location filename="../../app/ui/main_window.py" line="297"/>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {0}?
Dữ liệu hiện tại sẽ được giữ lại trong thư mục backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>Đã khôi phục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="316"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="381"/>
        <source>Đang {0}. Đóng ứng dụng ngay khi việc này xong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="382"/>
        <source>Đóng khi xong</source>
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
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="192"/>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="201"/>
        <source>(không chọn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="226"/>
        <source>Từ {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="227"/>
        <source>(không gắn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="84"/>
        <source>Sửa dòng kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/objective_dialog.py" line="86"/>
        <source>Thêm dòng kế hoạch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesPage</name>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="81"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="83"/>
        <source>Mục tiêu chất lượng của năm, kế hoạch thực hiện và kết quả đo từng kỳ; tình trạng đạt/không đạt được tính từ kết quả đo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="102"/>
        <source>Số, ngày văn bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="107"/>
        <source>Xuất kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="104"/>
        <source>Số, ngày ký, căn cứ, người ký và nơi nhận của văn bản mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="109"/>
        <source>Xuất Mục tiêu chất lượng và Kế hoạch thực hiện mục tiêu của năm (PDF, Word hoặc Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="114"/>
        <source>Bắt đầu năm sau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="116"/>
        <source>Sao chép mục tiêu (không kèm kết quả đo) và kế hoạch năm sang năm kế tiếp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="128"/>
        <source>STT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="129"/>
        <source>Mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="131"/>
        <source>Chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="136"/>
        <source>Tần suất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="138"/>
        <source>Giá trị hiện tại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="144"/>
        <source>Tình trạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="145"/>
        <source>Bộ phận/người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="148"/>
        <source>Thêm mục tiêu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="198"/>
        <source>Kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="204"/>
        <source>Giá trị</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="210"/>
        <source>Ghi chú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="211"/>
        <source>Minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="215"/>
        <source>Ghi kết quả…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="216"/>
        <source>Xóa kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="223"/>
        <source>Mở minh chứng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="230"/>
        <source>Kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="233"/>
        <source>Biểu đồ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="238"/>
        <source>Nội dung thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="239"/>
        <source>Nguồn lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="240"/>
        <source>Người thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="241"/>
        <source>Thời gian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="242"/>
        <source>Cách đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="250"/>
        <source>Sửa kế hoạch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="251"/>
        <source>Sửa mục tiêu cùng các dòng kế hoạch thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="255"/>
        <source>Kế hoạch thực hiện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="273"/>
        <source>Năm {0} chưa có mục tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="275"/>
        <source>{0} mục tiêu: đạt {1}, chưa đạt {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="282"/>
        <source>Chọn một mục tiêu để xem kết quả đo và kế hoạch thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="289"/>
        <source>{0} — chỉ tiêu {1}, {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="313"/>
        <source>mục tiêu “{0}” cùng các kết quả đo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="332"/>
        <source>kết quả đo kỳ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/objectives.py" line="353"/>
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
        <location filename="../../app/ui/pages/organization.py" line="127"/>
        <location filename="../../app/ui/pages/organization.py" line="142"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="36"/>
        <location filename="../../app/ui/pages/organization.py" line="113"/>
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
        <location filename="../../app/ui/pages/organization.py" line="124"/>
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
        <location filename="../../app/ui/pages/organization.py" line="150"/>
        <source>Cán bộ, công chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="63"/>
        <location filename="../../app/ui/pages/organization.py" line="140"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="68"/>
        <location filename="../../app/ui/pages/organization.py" line="141"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="75"/>
        <location filename="../../app/ui/pages/organization.py" line="143"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="72"/>
        <location filename="../../app/ui/pages/organization.py" line="145"/>
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
        <location filename="../../app/ui/pages/organization.py" line="115"/>
        <source>Ví dụ: Văn phòng HĐND và UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="119"/>
        <source>Chữ viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="121"/>
        <source>Dùng ở dòng “Lưu: VT, VP.” của văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="123"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="137"/>
        <source>(chưa thuộc bộ phận nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="141"/>
        <source>Ví dụ: Công chức Tư pháp - Hộ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="144"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="48"/>
        <source>Bấm để mở trang này</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="75"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="82"/>
        <source>Báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="83"/>
        <source>Báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="84"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="85"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="86"/>
        <source>Phạm vi áp dụng HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="87"/>
        <source>Công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="88"/>
        <source>Bộ phận và cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="89"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="90"/>
        <source>TTHC có quy trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="92"/>
        <source>Tài liệu nội bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="93"/>
        <source>Mục tiêu chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="94"/>
        <source>Kế hoạch duy trì, cải tiến HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="147"/>
        <source>Chưa khai báo thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="150"/>
        <source>{0} — năm {1}. Hôm nay: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="154"/>
        <source>Hạn gửi {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="157"/>
        <source>Số liệu từ {0} đến {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="164"/>
        <source>Chưa có quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="165"/>
        <source>Ghi quyết định thành lập/kiện toàn ở trang Ban chỉ đạo ISO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="170"/>
        <source>{0} thành viên; Trưởng ban: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="173"/>
        <source>Quyết định từ năm {0}: xem xét kiện toàn nếu có thay đổi nhân sự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="176"/>
        <source>Quyết định số {0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="179"/>
        <source>Chưa có chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="180"/>
        <source>Chưa có phạm vi áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="187"/>
        <source>Hiệu lực từ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="192"/>
        <source>Chưa ghi quyết định công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="195"/>
        <source>{0}: số {1} ngày {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="198"/>
        <source>{0} quyết định đã ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="203"/>
        <source>Chưa có mục tiêu năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="204"/>
        <source>Xây dựng ở trang Mục tiêu chất lượng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="209"/>
        <source>{0}/{1} mục tiêu đang đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="210"/>
        <source>Có nguy cơ hoặc không đạt: {0} · chưa đo: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="218"/>
        <source>Chưa có kế hoạch năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="219"/>
        <source>Tạo ở trang Kế hoạch năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="224"/>
        <source>Đã hoàn thành {0}/{1} nhiệm vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="231"/>
        <source>Chưa nhập danh mục TTHC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="231"/>
        <source>Nhập ở trang Danh mục TTHC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="235"/>
        <source>{0}/{1} TTHC ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="238"/>
        <source>Chưa có quy trình: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="240"/>
        <source>Đủ quy trình cho mọi TTHC thuộc thẩm quyền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="246"/>
        <source>Không có việc chờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="246"/>
        <source>Mọi quy trình đã cập nhật theo văn bản mới.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="250"/>
        <source>{0} quy trình cần cập nhật</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="225"/>
        <location filename="../../app/ui/pages/overview.py" line="251"/>
        <source>Quá hạn: {0} · sắp đến hạn: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="91"/>
        <source>Cập nhật quy trình theo văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="256"/>
        <source>{0} tài liệu đang hiệu lực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="257"/>
        <source>Quy trình: {0} · biểu mẫu: {1} · sắp có lần ban hành mới: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="262"/>
        <source>{0} bộ phận, {1} cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="263"/>
        <source>Đang hoạt động / đang công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="271"/>
        <source>Chưa khai báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="271"/>
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
        <location filename="../../app/ui/pages/publications.py" line="127"/>
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
    <name>TaskRunner</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="84"/>
        <source>chạy một việc</source>
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
</TS>
