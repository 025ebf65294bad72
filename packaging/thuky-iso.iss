; Inno Setup 6 script of Thư ký ISO: dist\ThuKyISO-<version>-Setup.exe from the PyInstaller build in
; dist\ThuKyISO (packaging\thuky-iso.spec). On a Windows PC with Python 3.11 and Inno Setup 6.3+:
;
;     python dev.py build              (builds, runs the smoke run, then calls ISCC with the version)
;     iscc packaging\thuky-iso.iss     (the same installer by hand, after python dev.py build)
;
; Per user, without administrator rights, into %LOCALAPPDATA%\Programs\ThuKyISO. The user's data
; (%APPDATA%\ThuKyISO\thuky-iso, see app/paths.py) is never written by the installer nor removed by the
; uninstaller; an upgrade installs over the same folder (same AppId) and the new version's first start
; backs the database up before migrating it. Saved as UTF-8 with a BOM (Vietnamese text).

#define AppName "Thư ký ISO"
#define ExeName "ThuKyISO.exe"
#define BuildDir AddBackslash(SourcePath) + "..\dist\ThuKyISO"
#ifndef AppVersion
  ; The version the build took from pyproject.toml, read back from the program's version resource.
  #define AppVersion GetStringFileInfo(BuildDir + "\" + ExeName, "ProductVersion")
#endif
#if AppVersion == ""
  #error dist\ThuKyISO\ThuKyISO.exe not found or without a version: run "python dev.py build" first
#endif

[Setup]
; Never change the AppId: an upgrade finds the installed copy (its folder, its uninstaller) by it.
AppId={{A72AA286-539D-43D1-A219-BB7DE018D709}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ThuKyISO
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\ThuKyISO
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=ThuKyISO-{#AppVersion}-Setup
SetupIconFile=..\resources\icons\thuky-iso.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
ShowLanguageDialog=no
; An open copy of the program is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
Compression=lzma2/max
SolidCompression=yes
SetupLogging=yes

[Languages]
; Inno Setup's own Vietnamese file is an unofficial translation it does not ship: ours (packaging\
; Vietnamese.isl) is read over the English messages, so anything it leaves out is still worded.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: no library of the older version is left beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
