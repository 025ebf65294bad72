; Vietnamese messages of the Thư ký ISO installer (Inno Setup 6), written for this project.
;
; Inno Setup ships no official Vietnamese translation (only an unofficial one, kept apart from its
; releases), so packaging\thuky-iso.iss reads this file over compiler:Default.isl: every message
; translated here replaces the English one; a message left out (pages this installer does not show:
; password, licence, components, Start-menu folder; rare file conflicts) stays in English. Message
; names as in Inno Setup 6.1 and later. Same licence as the project.
; UTF-8 with a BOM. Do not add a full stop where the English message has none: Inno adds it.

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]

; *** Tên cửa sổ
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

; *** Chung
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

; *** Khởi động
SetupLdrStartupMessage=Chương trình sẽ cài đặt %1. Bạn có muốn tiếp tục không?
LdrCannotCreateTemp=Không tạo được tệp tạm. Đã dừng cài đặt
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Đã dừng cài đặt
LastErrorMessage=%1.%n%nLỗi %2: %3
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Hãy lấy lại bộ cài đặt mới.
SetupFileCorrupt=Bộ cài đặt bị hỏng. Hãy lấy lại bộ cài đặt mới.
SetupFileCorruptOrWrongVer=Bộ cài đặt bị hỏng hoặc không hợp với phiên bản trình cài đặt này. Hãy lấy lại bộ cài đặt mới.
InvalidParameter=Tham số dòng lệnh không hợp lệ:%n%n%1
SetupAlreadyRunning=Trình cài đặt đang chạy.
WindowsVersionNotSupported=Chương trình không chạy được trên phiên bản Windows của máy này.
NotOnThisPlatform=Chương trình không chạy được trên %1.
OnlyOnThisPlatform=Chương trình chỉ chạy trên %1.
OnlyOnTheseArchitectures=Chương trình chỉ cài được trên các phiên bản Windows cho kiến trúc bộ xử lý sau:%n%n%1
WinVersionTooLowError=Chương trình cần %1 phiên bản %2 trở lên.
WinVersionTooHighError=Chương trình không cài được trên %1 phiên bản %2 trở lên.
SetupAppRunningError=%1 đang chạy.%n%nHãy đóng chương trình rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.
UninstallAppRunningError=%1 đang chạy.%n%nHãy đóng chương trình rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.

; *** Lỗi thư mục
ErrorCreatingDir=Không tạo được thư mục "%1"
ErrorTooManyFilesInDir=Không tạo được tệp trong thư mục "%1" vì thư mục có quá nhiều tệp

; *** Thoát
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Chưa cài đặt xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt lúc khác để cài tiếp.%n%nThoát cài đặt?
AboutSetupMenuItem=&Giới thiệu trình cài đặt...
AboutSetupTitle=Giới thiệu trình cài đặt
AboutSetupMessage=%1 phiên bản %2%n%3%n%nTrang chủ của %1:%n%4

; *** Nút bấm
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=OK
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông với tất cả
ButtonFinish=&Xong
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=&Tạo thư mục mới

; *** Chọn ngôn ngữ
SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt:

; *** Chung cho các trang
ClickNext=Bấm Tiếp để tiếp tục, hoặc Hủy để thoát cài đặt.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách dưới đây rồi bấm OK.
NewFolderName=Thư mục mới

; *** Trang "Chào mừng"
WelcomeLabel1=Chào mừng đến với trình cài đặt [name]
WelcomeLabel2=Trình cài đặt sẽ cài [name/ver] vào máy tính của bạn.%n%nDữ liệu đang có của bạn (nếu đã dùng phiên bản trước) được giữ nguyên.%n%nNên đóng các chương trình khác trước khi tiếp tục.

; *** Trang "Chọn thư mục cài đặt"
WizardSelectDir=Chọn thư mục cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceMBLabel=Cần ít nhất [mb] MB chỗ trống trên ổ đĩa.
CannotInstallToNetworkDrive=Không cài được vào ổ đĩa mạng.
CannotInstallToUNCPath=Không cài được vào đường dẫn UNC.
InvalidPath=Cần nhập đường dẫn đầy đủ có ký tự ổ đĩa, ví dụ:%n%nC:\APP%n%nhoặc đường dẫn UNC dạng:%n%n\\server\share
InvalidDrive=Ổ đĩa hoặc thư mục chia sẻ UNC đã chọn không có hoặc không truy cập được. Hãy chọn nơi khác.
DiskSpaceWarningTitle=Không đủ chỗ trống
DiskSpaceWarning=Cần ít nhất %1 KB chỗ trống để cài đặt, nhưng ổ đĩa đã chọn chỉ còn %2 KB.%n%nVẫn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được chứa các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Vẫn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Tạo thư mục này?

; *** Trang "Chọn việc cần làm thêm"
WizardSelectTasks=Chọn việc cần làm thêm
SelectTasksDesc=Cần làm thêm những việc nào?
SelectTasksLabel2=Chọn các việc trình cài đặt làm thêm khi cài [name], rồi bấm Tiếp.

; *** Trang "Sẵn sàng cài đặt"
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính của bạn.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại nếu muốn xem lại hay thay đổi lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Thư mục cài đặt:
ReadyMemoTasks=Việc làm thêm:

; *** Trang "Chuẩn bị cài đặt"
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] vào máy tính của bạn.
PreviousInstallNotCompleted=Lần cài đặt hoặc gỡ bỏ chương trình trước chưa xong. Cần khởi động lại máy để hoàn tất.%n%nSau khi khởi động lại máy, hãy chạy lại trình cài đặt để cài [name].
CannotContinue=Không thể tiếp tục cài đặt. Bấm Hủy để thoát.
ApplicationsFound=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để trình cài đặt tự đóng các chương trình này.
ApplicationsFound2=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để trình cài đặt tự đóng các chương trình này. Cài xong, trình cài đặt sẽ thử mở lại chúng.
CloseApplications=&Tự đóng các chương trình
DontCloseApplications=&Không đóng các chương trình
ErrorCloseApplications=Trình cài đặt không tự đóng được mọi chương trình. Nên tự đóng các chương trình đang dùng những tệp cần cập nhật trước khi tiếp tục.

; *** Trang "Đang cài đặt"
WizardInstalling=Đang cài đặt
InstallingLabel=Xin chờ trong khi trình cài đặt cài [name] vào máy tính của bạn.

; *** Trang "Hoàn tất"
FinishedHeadingLabel=Đã cài xong [name]
FinishedLabelNoIcons=Trình cài đặt đã cài xong [name] vào máy tính của bạn.
FinishedLabel=Trình cài đặt đã cài xong [name] vào máy tính của bạn. Mở chương trình bằng lối tắt vừa tạo.
ClickFinish=Bấm Xong để thoát trình cài đặt.
FinishedRestartLabel=Cần khởi động lại máy để hoàn tất việc cài [name]. Khởi động lại ngay?
FinishedRestartMessage=Cần khởi động lại máy để hoàn tất việc cài [name].%n%nKhởi động lại ngay?
YesRadio=&Có, khởi động lại máy ngay
NoRadio=&Không, tôi sẽ khởi động lại sau
RunEntryExec=Mở %1
RunEntryShellExec=Xem %1

; *** Trong khi cài đặt
SetupAborted=Chưa cài đặt xong.%n%nHãy khắc phục sự cố rồi chạy lại trình cài đặt.
AbortRetryIgnoreSelectAction=Chọn cách xử lý
AbortRetryIgnoreRetry=&Thử lại
AbortRetryIgnoreIgnore=&Bỏ qua lỗi và tiếp tục
AbortRetryIgnoreCancel=Hủy cài đặt
StatusClosingApplications=Đang đóng các chương trình...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateIniEntries=Đang ghi tệp INI...
StatusCreateRegistryEntries=Đang ghi registry...
StatusRegisterFiles=Đang đăng ký tệp...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất cài đặt...
StatusRestartingApplications=Đang mở lại các chương trình...
StatusRollback=Đang hoàn tác các thay đổi...

; *** Lỗi
ErrorInternal2=Lỗi nội bộ: %1
ErrorFunctionFailedNoCode=%1 không thành công
ErrorFunctionFailed=%1 không thành công; mã %2
ErrorFunctionFailedWithMessage=%1 không thành công; mã %2.%n%3
ErrorExecutingProgram=Không chạy được tệp:%n%1
FileAbortRetryIgnoreSkipNotRecommended=&Bỏ qua tệp này (không nên)
FileAbortRetryIgnoreIgnoreNotRecommended=&Bỏ qua lỗi và tiếp tục (không nên)
SourceIsCorrupted=Tệp nguồn bị hỏng
SourceDoesntExist=Không có tệp nguồn "%1"
ErrorReadingExistingDest=Lỗi khi đọc tệp đang có:
ErrorCreatingTemp=Lỗi khi tạo tệp trong thư mục cài đặt:
ErrorReadingSource=Lỗi khi đọc tệp nguồn:
ErrorCopying=Lỗi khi chép tệp:
ErrorReplacingExistingFile=Lỗi khi thay tệp đang có:
ErrorRenamingTemp=Lỗi khi đổi tên tệp trong thư mục cài đặt:

; *** Tên trong danh sách chương trình đã cài
UninstallDisplayNameMark=%1 (%2)
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=Mọi người dùng
UninstallDisplayNameMarkCurrentUser=Người dùng hiện tại

; *** Sau khi cài
ErrorRestartingComputer=Trình cài đặt không khởi động lại được máy. Hãy tự khởi động lại.

; *** Gỡ cài đặt
UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được
UninstallUnsupportedVer=Tệp nhật ký gỡ cài đặt "%1" có định dạng mà trình gỡ cài đặt này không đọc được. Không gỡ cài đặt được
UninstallUnknownEntry=Gặp mục lạ (%1) trong nhật ký gỡ cài đặt
ConfirmUninstall=Gỡ hẳn %1 khỏi máy? Dữ liệu của bạn (cơ sở dữ liệu, tệp đính kèm, bản sao lưu) vẫn được giữ nguyên.
UninstallStatusLabel=Xin chờ trong khi %1 được gỡ khỏi máy tính của bạn.
UninstalledAll=Đã gỡ xong %1 khỏi máy tính của bạn.
UninstalledMost=Đã gỡ xong %1.%n%nMột vài mục không gỡ được; có thể tự xóa chúng.
UninstalledAndNeedsRestart=Cần khởi động lại máy để gỡ xong %1.%n%nKhởi động lại ngay?
UninstallDataCorrupted=Tệp "%1" bị hỏng. Không gỡ cài đặt được
WizardUninstalling=Tình trạng gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

; *** Lý do chặn tắt máy
ShutdownBlockReasonInstallingApp=Đang cài %1.
ShutdownBlockReasonUninstallingApp=Đang gỡ %1.

[CustomMessages]
NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt khác:
CreateDesktopIcon=Tạo lối tắt trên &màn hình nền (Desktop)
CreateQuickLaunchIcon=Tạo lối tắt &Quick Launch
ProgramOnTheWeb=%1 trên mạng
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
AssocFileExtension=&Gắn %1 với đuôi tệp %2
AssocingFileExtension=Đang gắn %1 với đuôi tệp %2...
AutoStartProgramGroupDescription=Khởi động cùng Windows:
AutoStartProgram=Tự mở %1
AddonHostProgramNotFound=Không tìm thấy %1 trong thư mục đã chọn.%n%nVẫn tiếp tục?
