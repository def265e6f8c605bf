; Inno Setup script of the OmniPOS till for Windows (built on Windows, not in CI):
;   pip install -e .[dist]
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\omnipos.spec
;   iscc /DVersion=0.1.0 installer\windows\omnipos.iss
; makes dist\omnipos-0.1.0-setup.exe from the one-folder build dist\omnipos-0.1.0\.
; The till keeps its data in %LOCALAPPDATA%\omnipos (platformdirs), which an uninstall leaves alone.

#ifndef Version
  #define Version "0.1.0"
#endif
#define Name "OmniPOS"
#define Bundle "..\..\dist\omnipos-" + Version

[Setup]
AppId={{6B7C1E3A-5D0F-4C52-9B7E-0F1D2A3C4E5F}
AppName={#Name}
AppVersion={#Version}
AppPublisher=OmniPOS contributors
AppPublisherURL=https://github.com/omnipos/omnipos
DefaultDirName={autopf}\OmniPOS
DefaultGroupName=OmniPOS
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=omnipos-{#Version}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
SetupIconFile=..\omnipos.ico
UninstallDisplayIcon={app}\omnipos.exe
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "autostart"; Description: "Start OmniPOS when this till's user signs in"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\OmniPOS"; Filename: "{app}\omnipos.exe"
Name: "{group}\OmniPOS self-test"; Filename: "{app}\omnipos.exe"; Parameters: "--self-test"
Name: "{group}\Uninstall OmniPOS"; Filename: "{uninstallexe}"
Name: "{autodesktop}\OmniPOS"; Filename: "{app}\omnipos.exe"; Tasks: desktopicon
Name: "{userstartup}\OmniPOS"; Filename: "{app}\omnipos.exe"; Tasks: autostart

[Run]
Filename: "{app}\omnipos.exe"; Description: "{cm:LaunchProgram,OmniPOS}"; Flags: nowait postinstall skipifsilent
