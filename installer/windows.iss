; Inno Setup script: wraps the one-folder bundle built on Windows with
;   pyinstaller --noconfirm --distpath dist installer\pos-app.spec
; into dist\pos-app-setup.exe:  iscc installer\windows.iss
; The bundle's own check after install:  "%LOCALAPPDATA%\Programs\pos-app\pos-app.exe" --self-test

#define AppName "POS Terminal"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F1C2B7E-8D4A-4B7C-9E3A-2C5D1F0A9B11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=pos_app
DefaultDirName={localappdata}\Programs\pos-app
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=pos-app-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\dist\pos-app\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\pos-app.exe"; Parameters: "run"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\pos-app.exe"; Parameters: "run"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\pos-app.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
