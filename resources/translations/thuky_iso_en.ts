<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../app/ui/pages/agency.py" line="351"/>
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
        <location filename="../../app/ui/pages/agency.py" line="291"/>
        <location filename="../../app/ui/pages/agency.py" line="295"/>
        <source>tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="293"/>
        <source>Hạn báo cáo năm: ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="300"/>
        <source>Lưu cách tính kỳ báo cáo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="313"/>
        <source>Hạn riêng theo năm (khi cấp trên quy định khác mặc định)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="315"/>
        <location filename="../../app/ui/pages/agency.py" line="366"/>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="317"/>
        <location filename="../../app/ui/pages/agency.py" line="367"/>
        <source>Hạn báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="323"/>
        <location filename="../../app/ui/pages/agency.py" line="368"/>
        <source>Hạn báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="335"/>
        <source>hạn riêng năm {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="340"/>
        <source>Báo cáo định kỳ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="371"/>
        <source>Hạn báo cáo theo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="391"/>
        <source>Năm {0}: báo cáo 6 tháng lấy số liệu từ {1} đến {2}, hạn gửi {3}; báo cáo năm lấy số liệu từ {4} đến {5}, hạn gửi {6}{7}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/agency.py" line="401"/>
        <source> (hạn riêng của năm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="53"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="57"/>
        <source>Lịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="59"/>
        <source>Chọn ngày trên lịch</source>
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
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/formatting.py" line="20"/>
        <source>UBND xã/phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="21"/>
        <source>Trường học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="22"/>
        <source>Sở/ban/ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="23"/>
        <source>Cơ quan khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="29"/>
        <source>Người đứng đầu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="30"/>
        <source>Cấp phó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="36"/>
        <source>Trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="37"/>
        <source>Phó trưởng ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="38"/>
        <source>Thành viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="39"/>
        <source>Thư ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="45"/>
        <source>Công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="46"/>
        <source>Công bố lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="52"/>
        <source>Theo Nghị định 09/2019/NĐ-CP (15/12 năm trước – 14/6 và 14/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="55"/>
        <source>Theo nửa năm dương lịch (01/01 – 30/6 và 31/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="60"/>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="60"/>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="66"/>
        <source>còn {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="68"/>
        <source>hạn là hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/formatting.py" line="69"/>
        <source>đã qua {0} ngày</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="174"/>
        <source>Tìm (không cần gõ dấu)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="203"/>
        <source>Thêm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="204"/>
        <source>Sửa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="205"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tables.py" line="226"/>
        <source>{0} dòng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Thư mục dữ liệu: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>Sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Mở thư mục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>Giới thiệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="124"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; phiên bản {1}&lt;br&gt;Quản lý Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho cơ quan hành chính nhà nước. Chạy trên máy, không cần mạng.&lt;br&gt;&lt;br&gt;Thư mục dữ liệu:&lt;br&gt;{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Sao lưu dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Tệp sao lưu (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>Đã sao lưu dữ liệu vào:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Đang sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <location filename="../../app/ui/main_window.py" line="191"/>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {0}?
Dữ liệu hiện tại sẽ được giữ lại trong thư mục backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202"/>
        <source>Đã khôi phục dữ liệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="210"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="256"/>
        <source>Đang sao lưu/khôi phục, hãy đợi xong rồi đóng.</source>
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
        <location filename="../../app/ui/pages/organization.py" line="118"/>
        <location filename="../../app/ui/pages/organization.py" line="133"/>
        <source>Bộ phận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="31"/>
        <location filename="../../app/ui/pages/organization.py" line="104"/>
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
        <location filename="../../app/ui/pages/organization.py" line="115"/>
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
        <location filename="../../app/ui/pages/organization.py" line="141"/>
        <source>Cán bộ, công chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="56"/>
        <location filename="../../app/ui/pages/organization.py" line="131"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="61"/>
        <location filename="../../app/ui/pages/organization.py" line="132"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="63"/>
        <location filename="../../app/ui/pages/organization.py" line="134"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="66"/>
        <location filename="../../app/ui/pages/organization.py" line="136"/>
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
        <location filename="../../app/ui/pages/organization.py" line="106"/>
        <source>Ví dụ: Văn phòng HĐND và UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="110"/>
        <source>Chữ viết tắt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="112"/>
        <source>Dùng ở dòng “Lưu: VT, VP.” của văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="114"/>
        <source>Thứ tự</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="128"/>
        <source>(chưa thuộc bộ phận nào)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="132"/>
        <source>Ví dụ: Công chức Tư pháp - Hộ tịch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/organization.py" line="135"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="40"/>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="48"/>
        <source>Báo cáo 6 tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="49"/>
        <source>Báo cáo năm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="50"/>
        <source>Ban chỉ đạo ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="51"/>
        <source>Chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="52"/>
        <source>Phạm vi áp dụng HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="53"/>
        <source>Công bố HTQLCL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="54"/>
        <source>Bộ phận và cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="55"/>
        <source>Thư ký ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="79"/>
        <source>Chưa khai báo thông tin cơ quan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="82"/>
        <source>{0} — năm {1}. Hôm nay: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="92"/>
        <source>Hạn gửi {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="93"/>
        <source>Số liệu từ {0} đến {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="99"/>
        <source>Chưa có quyết định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="100"/>
        <source>Ghi quyết định thành lập/kiện toàn ở trang Ban chỉ đạo ISO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="105"/>
        <source>{0} thành viên; Trưởng ban: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="108"/>
        <source>Quyết định từ năm {0}: xem xét kiện toàn nếu có thay đổi nhân sự.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="111"/>
        <source>Quyết định số {0} ngày {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="115"/>
        <source>Chưa có chính sách chất lượng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="116"/>
        <source>Chưa có phạm vi áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="123"/>
        <source>Hiệu lực từ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="128"/>
        <source>Chưa ghi quyết định công bố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="132"/>
        <source>{0}: số {1} ngày {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="135"/>
        <source>{0} quyết định đã ghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="139"/>
        <source>{0} bộ phận, {1} cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="140"/>
        <source>Đang hoạt động / đang công tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="148"/>
        <source>Chưa khai báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/overview.py" line="148"/>
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
        <location filename="../../app/ui/widgets/forms.py" line="313"/>
        <source>Lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/forms.py" line="314"/>
        <source>Hủy</source>
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
</TS>
